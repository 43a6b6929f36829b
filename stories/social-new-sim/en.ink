# id: social-new-sim
# title: A new 5G phone, a new SIM card
# channel: social-channel
# product: 5G Youth 99 plan with a video membership, plus the cloud gaming add-on
# difficulty: 1
# time-limit: 900
# persona: Lin Xiaoyu
# persona-age: 23
# persona-role: junior designer, new in the city
# persona-style: amiable
# persona-tier: mid
# goal: Register her new SIM with her ID handled by the book, find out how she will really use the phone, and sign her up to the 5G plan and add-on that fit, with nothing hidden
# brief: Walk-in at this authorised phone shop today: bought a 5G phone for 2,999 yuan (120 Hz gaming screen) and a new SIM card
# brief: SIM on the default starter plan, 29 yuan a month with 5 GB and 100 minutes; real-name registration not done yet
# brief: New customer, no history with us; told the cashier she moved to the city last week for her first job
# brief: Offers you may sell: 5G Youth 99 (60 GB, 300 minutes, a video membership included), cloud gaming add-on at 15 yuan a month (game library and a gaming speed-up lane, cancel any month in the app), 5G Unlimited 199
# brief: Shop rule: ID only on the activation terminal (card reader and face check), no copies, no photos, verification codes typed by the customer herself
# need: commute-video, Watches drama series on a fifty-minute metro ride each way and pays for her own video membership
# need: data-runs-out, Runs out of data around the 20th of every month and buys top-up packs
# need: game-lag, Plays team battle games with college friends at night and lags in every team fight
# objection: hidden-fees, trust, Fears a phone shop will slip in hidden fees or extras that renew themselves
# objection: budget, price, Has just spent 2,999 yuan on the phone, so a bigger monthly bill feels scary
# objection: think-at-home, send-info, Would rather have the details sent and think it over at home

INCLUDE ../_lib/customer.ink

// Needs she has told you about, as 0 or 1 so they can be counted.
VAR heard_commute = 0
VAR heard_data = 0
VAR heard_games = 0

~ trust = 45
~ patience = 60
~ interest = 35

-> counter

=== counter ===
Saturday afternoon in a carrier-authorised phone shop on a busy shopping street. Lin Xiaoyu has just paid for a new 5G phone and a SIM card on the 29-yuan starter plan. She is peeling the film off the screen while you switch on the activation terminal. # speaker: narrator
It's so pretty... So, is the card working yet? I start my new job on Monday and HR wants my number.
* [Almost! We just need to register it first. Meanwhile, do you know what this phone can do on 5G that your old one couldn't? #technique: opener-curiosity #tip: Spark curiosity: a question she wants the answer to earns the next minute better than any announcement]
    ~ shift(interest, 15)
    ~ shift(trust, 5)
    Um... go faster? Honestly, I picked it because it looked nice and the box said "gaming". What can it do?
    Quite a lot, depending on how you use it. Let's get your card registered, and I'll show you while it activates. # speaker: trainee
* [It's on the 29 starter plan for now, but most people with this phone go for the Unlimited 199. Shall I switch you over today? #fault: premature-pitch #tip: You know nothing yet about how she uses a phone: opening with the most expensive plan sounds like a sales target, not advice]
    ~ shift(patience, -15)
    ~ shift(trust, -10)
    ~ shift(interest, -5)
    199 a month? Oh. Um... I don't know. Can I just get the card working first?
* [Sorry to bother you, but could you spare me five minutes? I'd love to tell you about our latest packages. #fault: forbidden-opener #tip: A forbidden opener: apologising and asking for minutes to sell tells her the next five minutes are for you, not for her]
    ~ shift(patience, -15)
    ~ shift(trust, -5)
    Oh... um, I'm meeting a friend soon. Could we just do the card first?
- -> activation

=== activation ===
A new SIM only works once it is registered to its owner's real name. The activation terminal on the counter has an ID card reader and a face-check camera. Your own phone lies next to it. # speaker: narrator
What do you need from me? My ID card?
She holds her ID card out across the counter. # speaker: narrator
* [The reader's really slow today, so I'll just snap your ID on my phone and type it in after you've gone. It saves you waiting. #fault: privacy-breach #tip: An ID card photographed on a staff phone is exactly the leak the Personal Information Protection Law forbids, and real-name registration must go through the terminal]
    ~ shift(trust, -25)
    On... your own phone? Is that allowed? My cousin's ID was used for a loan she never took out. I'd really rather it wasn't on anyone's phone.
    -> activation_repair
* [Yes, please. Lay it on the reader yourself and look into the camera. It goes encrypted to the carrier, and we keep no copy. #technique: protect-privacy #tip: Registration through the terminal only, the customer handles her own card, nothing copied: that is what the Personal Information Protection Law and the Data Security Law ask of you]
    ~ shift(trust, 15)
    She lays the card on the reader and looks into the camera. The terminal beeps. # speaker: narrator
    Oh, that was easy. To be honest I was a bit nervous, some shops still photocopy your ID.
    -> discover
* [Thanks. I'll just run off a quick photocopy for our records, then we'll pop it on the reader and you're done. #fault: privacy-breach #tip: "For our records" sounds like procedure, but a copy of her ID kept in a shop drawer is a leak waiting to happen: the terminal reads the card, nothing is copied]
    ~ shift(trust, -20)
    A photocopy? Um... My cousin's ID was copied in a shop once, and someone took out a loan in her name. I'd really rather there was no copy anywhere.
    -> activation_repair

=== activation_repair ===
{trust <= 15: -> lost_trust}
* [You're right, I'm sorry. Let's do it properly: you put it on the reader yourself, and nothing gets copied at all. #technique: protect-privacy #tip: Owning the mistake at once and switching to the proper procedure is the only way back to her trust]
    ~ shift(trust, 10)
    She lays the card on the reader herself and looks into the camera. The terminal beeps. # speaker: narrator
    Okay. Thank you for saying sorry.
    -> discover
* [Oh, don't worry, every shop does it this way. Nobody ever looks at them afterwards, I promise you. #conduct: -2 #tip: Brushing off a privacy worry confirms it, and now she doubts everything else you say]
    ~ shift(trust, -20)
    -> lost_trust
* [I understand. I'll get rid of it the moment your details are in, and you're welcome to stand right here and watch. #fault: privacy-breach #tip: Deleting it afterwards still means her ID has left her hands: the only fix is to stop and use the terminal's reader and face check]
    ~ shift(trust, -15)
    Watch you...? But by then it's already out of my hands. No, sorry.
    -> lost_trust

=== discover ===
The terminal shows: registration in progress, about five minutes. # speaker: narrator
Five minutes. Okay. I can wait.
* [Perfect, then let me use the time to run you through our plans, and you can pick whichever one you like best. #fault: premature-pitch #tip: Plans shown before a single question leave her to guess what she needs, and an amiable customer does not guess, she postpones]
    ~ shift(patience, -5)
    Oh. Okay, sure.
    -> present

* [Can I ask, are you still a student? And do your parents pay your phone bill, or do you pay it yourself? #fault: intrusive-question #tip: Who pays her bills is private and sounds like you are sizing up her wallet: ask how she uses the phone instead]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    I... just started my first job, actually. I pay for myself. Why does that matter?
    -> discover_problem
* [Great. So while we wait, tell me: what does a normal day with your phone look like, from morning to evening? #technique: spin-situation #tip: A situation question collects the facts a recommendation rests on, and it is easy to answer]
    ~ shift(interest, 5)
    ~ shift(trust, 5)
    ~ heard_commute = 1
    Mostly the metro. It's fifty minutes each way to my new office, so I watch dramas the whole ride. I even pay 25 a month for my own video membership. # reveals: commute-video
    -> discover_problem
=== discover_problem ===
{patience <= 15: -> walk_out}
* [Got it. And thinking back to your old phone and your old plan, what annoyed you the most about them? #technique: spin-problem #tip: Needs start from dissatisfaction: a problem question lets her name it in her own words]
    ~ shift(interest, 10)
    ~ heard_data = 1
    The data! It's gone by about the 20th every month. Then I buy top-up packs, about 30 yuan a month, or I just stop watching and stare at the tunnel wall. # reveals: data-runs-out
    -> discover_games

* [Makes sense. With a phone like this, you'll want our biggest data plan, won't you? Most people do. #discovery: -1 #tip: A leading question answers itself and teaches you nothing: ask what went wrong with the old plan instead]
    ~ shift(patience, -5)
    I guess? I don't really know what I need. I just don't want to pick the wrong thing.
    -> discover_games
* {heard_commute} [A hundred minutes of video a day? Then it's more data you need. Shall I show you the plan I'd pick for that? #discovery: -2 #tip: One fact is not yet a need: you guessed her problem and pitched. Asking what goes wrong would have told you the data runs out by the 20th, and led you to more]
    ~ shift(interest, -5)
    Oh, um, okay. I'm not really sure what I need, though.
    -> present
=== discover_games ===
* [Okay, I think I've got a good picture of what you need now. So let me show you what I'd recommend. #tip: She chose a phone with a gaming screen: that clue was worth one more question]
    Okay!
    -> present
* [You went for the model with the 120 Hz gaming screen, though. What else do you do on it in the evenings? #technique: open-question #tip: An open question built on what you noticed lets her tell you the need she would not have mentioned]
    ~ shift(interest, 10)
    ~ shift(trust, 5)
    ~ heard_games = 1
    Games! My college friends and I play team battles most nights, on voice chat. On my old phone it lagged in every team fight. They call me "the statue". # reveals: game-lag
    She laughs, a little embarrassed. # speaker: narrator
    -> present
* [That screen's made for gaming, but you're more of a video person, aren't you? Dramas, shows, that kind of thing? #discovery: -1 #tip: A question that supplies its own answer gets a polite yes from an amiable customer, and whatever she does in the evenings stays hidden]
    Um, yeah... mostly, I guess.
    -> present

=== present ===
{patience <= 15: -> walk_out}
{trust <= 15: -> lost_trust}
So... which plan would you recommend for me?
* [For a phone like this, the Unlimited 199. Unlimited everything, and you'll never have to think about data again. #presentation: -1 #tip: The most expensive plan is not the best one for her: tie the recommendation to what she has told you]
    ~ shift(trust, -5)
    ~ shift(interest, -5)
    199? Every month? That's more than my gym and my old phone bill together... # raises: budget
    -> upsell_shock

* [Well, there's 29, 59, 99, 129 and 199, three memberships, music, cloud gaming, family sharing... which do you like? #fault: feature-dump #tip: A list with nothing tied to her needs turns the choice into homework, and an amiable customer fears picking wrong]
    ~ shift(patience, -15)
    ~ shift(interest, -10)
    That's... a lot. I'm scared I'll pick the wrong one.
    Could you maybe just send me the details? I'd like to go through them at home. # raises: think-at-home
    -> send_info(true)
* [I'd keep it simple: just one plan, the 5G Youth 99. Let me tell you what it would change for you. #technique: present-main-secondary #tip: Main and secondary: what solves her biggest problem first, the extra after, so she hears a plan made for her]
    -> recommend
=== upsell_shock ===
* [Fair enough. So what matters more to you: the lowest bill possible, or never running out of data again? #technique: reverse-question #tip: The reverse question finds what she values, but after a 199 pitch she no longer trusts the figures you give: step back to the plan that fits first]
    Not running out, I suppose... but not for 199.
    Could you send me the details of something cheaper? I'd like to think it over at home. # raises: think-at-home
    -> send_info(true)
* [It's only six or seven a day, though. After a 3,000-yuan phone, surely you can stretch to that? #fault: disrespect #tip: Measuring her budget by the phone she saved for makes her feel judged]
    ~ shift(trust, -20)
    I saved for months for this phone. I think I'll just stay on the starter plan for now. Bye. # outcome: no-sale
    -> END
* [You're right, that's more than you need. Going by what you've told me, the Youth 99 fits you better. #tip: Agreeing that her worry is fair and stepping back to the plan that fits wins back some of the trust the big pitch cost]
    ~ shift(trust, 5)
    -> recommend

=== recommend ===
{heard_commute + heard_data > 0: First, sixty gigabytes a month instead of five, so your dramas last the whole month, and a video membership is already included.|First, sixty gigabytes a month instead of five, and a video membership is already included.} {heard_games: Then, for your team fights, the gaming add-on at 15 a month. Its speed-up lane puts your game's traffic first on our 5G network, so far less lag, and a cloud game library comes with it.} # speaker: trainee
{heard_commute + heard_data + heard_games >= 2:
    ~ shift(interest, 15)
    {heard_games:
        A lane just for games? My friends would be so jealous. But does it really work?
    - else:
        Sixty gigabytes, and the membership's already in it? That sounds nice...
    }
    -> demo_offer
- else:
    It sounds nice... but I'm not sure I need all that.
    Could you maybe just send me the details? I'd like to think about it at home. # raises: think-at-home
    -> send_info(true)
}

=== demo_offer ===
{patience <= 15: -> walk_out}
* [Why don't you see for yourself? Come over to the demo corner and try it on your new phone, on our 5G. #technique: present-experience #tip: The experience method: what she feels in her own hands convinces her more than what you tell her]
    ~ shift(interest, 15)
    {heard_games:
        She plays one round of her game with the speed-up lane switched on. The ping counter in the corner stays at 28 milliseconds. # speaker: narrator
        Twenty-eight! My old phone showed two hundred. Oh, it's so smooth. # signal: emotional
    - else:
        She starts an episode of her drama. It plays in high definition within a second. # speaker: narrator
        Oh, no spinning circle at all. That's so nice. # signal: emotional
    }
    -> lag_question
* [Sure. Let me take you through the monthly price and the terms now, so you know exactly what you'd pay. #tip: She is still imagining it: one minute of trying it would do more than any explanation]
    Okay...
    -> lag_question
* [Great, so shall I switch you over to it now? It only takes a minute here on the terminal. #close: close-direct #tip: No buying signal yet, she has not asked one question about using it, so a close now feels like a trap]
    ~ shift(trust, -10)
    ~ shift(patience, -5)
    Wait, already? That's fast...
    Is there a catch? My roommate signed up for something in a phone shop and got charged for extras she never asked for. # raises: hidden-fees
    -> hidden_fees

=== lag_question ===
{heard_games:
    Will it really stop the lag, though? Even at home? My flat's in an old building. # signal: verbal
- else:
    And will it really be that fast on the metro? Some of the tunnels are awful. # signal: verbal
}
* [Don't worry about that at all. It's perfect everywhere, at home, on the metro, wherever you are. No lag, guaranteed. #fault: false-promise #tip: No network is perfect everywhere: a promise she can test on her first evening will come back as a complaint]
    ~ shift(trust, -10)
    Guaranteed? Everywhere? ...Now I'm a bit worried.
    Is there a catch somewhere? Like hidden fees? My roommate got charged for extras she never asked for. # raises: hidden-fees
    -> hidden_fees
* [{heard_games: Not everywhere, no. The lane works on our mobile network, not on your home Wi-Fi. Let's look up your street.|Not everywhere, no. Most of your line has good 5G, but a few old tunnels don't. Let me show you the map.} #technique: honest-answer #tip: Saying plainly what the product cannot do makes everything else you say believable]
    ~ shift(trust, 15)
    {heard_games: Here's the coverage map: type in your address and see for yourself. If your flat gets good 5G indoors, play on mobile data with the lane on. If you stay on Wi-Fi, the lane changes nothing there, and you can cancel the add-on in the app any month.|Most of your metro line shows 5G on our coverage map. In the two oldest tunnels it drops back to 4G, so your episode keeps playing, just a little slower.} # speaker: trainee
    Thank you for being honest. Everyone always says "perfect".
    -> before_price

* [It runs on a standalone 5G network slice with edge nodes, so your round-trip latency drops under 20 ms. #fault: jargon #tip: Terms she does not know answer nothing and make her feel she is missing something]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    Sorry, I didn't understand any of that.
    Is there something in the small print I should know about? Like fees? # raises: hidden-fees
    -> hidden_fees
=== before_price ===
* [Great. Then let's have a look at the monthly price next, and at what the whole thing comes to in total. #tip: She has a worry she has not said out loud yet, and an amiable customer would rather leave than ask]
    Yes, but first...
    Is there a catch? Hidden fees or anything? My roommate signed up for something in a shop and got charged for extras she never asked for. # raises: hidden-fees
    -> hidden_fees

* [Before we get to the price: people often worry about hidden fees in phone shops, so let me show you what's in it. #technique: objection-preempt #objections: +1 #tip: Answering the worry she has not voiced yet spares an amiable customer the awkwardness of asking]
    ~ shift(trust, 10)
    The membership is part of the 99, not a separate subscription. {heard_games: The add-on is 15 a month and you can cancel it in the app any month. }Nothing starts without the code you type in yourself, and an SMS lists every item. # speaker: trainee
    Oh, that's exactly what I wanted to ask! My roommate got stuck paying for a membership that renewed itself. Okay, that makes me feel better. # raises: hidden-fees # resolved: hidden-fees
    -> price
* [And don't worry about the price. We're an authorised shop, so there's never anything hidden here. Nothing at all, ever. #objections: -1 #tip: Pre-empting works with facts she can check, the items, the code, the SMS: a bare "nothing hidden" is what every shop says]
    ~ shift(trust, -5)
    That's what the shop told my roommate too... and then she got charged for extras she never asked for. So is there really no catch? # raises: hidden-fees
    -> hidden_fees
=== hidden_fees ===
{patience <= 15: -> walk_out}
* [We're an authorised shop, so we simply don't do that. I'm sure your roommate just didn't read what she signed. #fault: argue #tip: Proving her wrong, and her roommate with her, wins the argument and loses the customer]
    ~ shift(trust, -20)
    ~ shift(patience, -20)
    Her smile goes stiff. # speaker: narrator
    -> walk_out
* [I get it, nobody wants surprises on the bill. Let me show you every item on screen, and the SMS you'll get. #technique: objection-empathy #tip: Empathy first, then the facts in writing: she needs to feel her worry is reasonable before she can hear the answer]
    ~ shift(trust, 10)
    The membership is inside the 99, not a separate subscription. {heard_games: The add-on is 15 a month, cancel it in the app any month. }Nothing starts without the code you type yourself, and the SMS lists every item. # speaker: trainee
    Okay. If it's all in the SMS, I feel better. # resolved: hidden-fees
    -> price
* [Oh, don't worry about that at all. Everyone takes this plan, and nobody's ever had a problem with it. #fault: ignore-objection #tip: "Everyone takes it" is no answer to "is there a catch?": the worry stays and grows]
    ~ shift(trust, -15)
    Hmm. Everyone... okay.
    Could you maybe just send me the details? I'd like to read it all at home first. # raises: think-at-home
    -> send_info(true)

=== price ===
{patience <= 15: -> walk_out}
{trust <= 15: -> lost_trust}
{heard_games: So 99 plus 15... 114 a month.|So 99 a month.} My old plan was 39. And I just spent almost 3,000 on this phone... It feels like a lot. # raises: budget
* [That's fair. So tell me, what matters more to you: the lowest possible bill, or never running out of data again? #technique: reverse-question #tip: The reverse question finds what she values, but she still has no figure to hold on to: the daily split against what she pays today would have answered it]
    Not running out, I suppose... but it's still more than I planned.
    Could you send me the details? I'd like to sit down with my budget at home. # raises: think-at-home
    -> send_info(true)

* [Let's add up what you really pay now, top-ups and your membership included, and see the difference per day. #technique: price-daily-split #tip: Her real monthly spend, then the difference per day: a number she can picture instead of a bill that frightens her]
    ~ shift(trust, 5)
    ~ shift(interest, 10)
    {
    - heard_commute + heard_data == 2 && heard_games:
        Today you really pay about 94: the 39, about 30 in top-ups and 25 for your own membership. The new total is 114, so 20 more a month, under 70 fen a day, for 60 GB a month, 5G, the membership and the gaming lane. # speaker: trainee
    - heard_commute + heard_data == 2:
        Today you really pay about 94: the 39, about 30 in top-ups and 25 for your own membership. The new plan is 99, so 5 more a month, less than 20 fen a day, for 60 GB a month and 5G, with the membership included. # speaker: trainee
    - heard_commute:
        Today you really pay 64: the 39 and 25 for your own membership. The new total is 114, so 50 more a month, under 1.70 a day, for 60 GB a month, 5G, the membership and the gaming lane. # speaker: trainee
    - else:
        Today you really pay about 69: the 39 and about 30 in top-ups. The new total is 114, so 45 more a month, 1.50 a day, for 60 GB a month, 5G, a video membership and the gaming lane. # speaker: trainee
    }
    {heard_commute: Oh... when you put it like that. So the membership I pay for now would just be included?|Oh... that's less than I thought. And no more top-ups at all?} # resolved: budget # signal: verbal
    -> check_price
* [It's only 114, though. If you can spend 3,000 on a phone, a bit more each month should be no problem. #fault: disrespect #tip: Measuring her budget by the phone she saved for makes her feel judged]
    ~ shift(trust, -20)
    I saved for months for this phone. I think I'll just stay on the starter plan for now. Bye. # outcome: no-sale
    -> END
=== check_price ===
* [That's right. Does it feel fair to you now, or is there anything else still worrying you? #technique: lscpa-ask #tip: The last step of LSCPA: check the answer really settled it before you ask for the order]
    ~ shift(trust, 5)
    She thinks for a second, then nods. # speaker: narrator # signal: physical
    {heard_games: No, that's fair. And I can drop the gaming part any month, right? Okay.|No, that's fair. And it starts straight away? Okay.}
    -> close

* [That's right. So shall I go ahead and put it on your new number for you right now? #close: close-direct #tip: The signal was there, but you skipped checking she was satisfied with the answer]
    -> agree
* [That's right. And if you sign up with me today, I can get you the first month free as well. #fault: false-promise #tip: There is no first-month-free offer on this plan: a sweetener you make up is found out on the first bill, or, as here, on the screen]
    ~ shift(trust, -20)
    Free? Oh... but the screen there says the first month is {heard_games:114|99}. Now I don't know what to believe.
    -> hesitate
=== close ===
* [Then I'd decide today if I were you. This price might not be here tomorrow. #close: close-urgency #fault: pressure #tip: A deadline that is not real is pressure, and an amiable customer answers pressure by stepping back]
    ~ shift(trust, -15)
    Tomorrow? Now I feel rushed...
    -> hesitate
* [Great. Shall I set it up on your new number now, so it's all ready for Monday? #close: close-direct #tip: Direct close: after clear signals, asking plainly is the respectful thing to do]
    -> agree
* [Great. Would you like it to start today, or from the first of next month? #close: close-either-or #tip: Either-or: both answers are a yes, and she keeps the feeling of choosing]
    -> agree

=== agree ===
{trust < 50: -> hesitate}
Yes. Let's do it!
-> wrap_up

=== hesitate ===
I'm sorry, I think I'd like to think about it at home first. I don't want to do anything wrong.
-> send_info(false)

=== wrap_up ===
You select the plan on the terminal. A verification code arrives on her new number. # speaker: narrator
* [That's it, you're all set! Off you go to meet your friend, and enjoy the new phone. #tip: Without a recap she leaves unsure what she agreed to, and that is where complaints start]
    ~ shift(trust, -5)
    Oh. Okay... I hope I picked the right thing.
    -> aftercare
* [Could you type that code in yourself? Then I'll go over what you're getting, so it's all clear. #technique: confirm-agreement #tip: Restating the agreement lets her leave knowing exactly what she said yes to]
    ~ shift(trust, 5)
    She types the code in herself. # speaker: narrator
    The 5G Youth 99 from today: 60 GB, 300 minutes and the video membership. {heard_games: Plus the gaming add-on at 15, so 114 a month in total, and you can cancel the add-on in the app any month.|99 a month in total.} The SMS confirming it is on its way. # speaker: trainee
    Perfect. That's really clear, thank you.
    -> aftercare

* [Could you read me the code from that SMS? I'll type it in for you, it's quicker that way. #fault: privacy-breach #tip: A verification code is her signature: staff never ask for it, the customer types it herself]
    ~ shift(trust, -15)
    The code? Um... the message says never to share it with anyone.
    She types it in herself, without looking up. # speaker: narrator
    -> aftercare
=== aftercare ===
* [While you're here, you really should get our gigabit broadband for your flat too. I can sign you up right now. #fault: pressure #tip: One more product straight after the sale makes her wonder what the first one was really about]
    ~ shift(trust, -10)
    Um... no, thanks. That's enough for today.
    She picks up her phone box a little quickly. # speaker: narrator # outcome: sale
    -> END
* [Thank you so much, and good luck with the new job on Monday! I hope you enjoy the new phone. #tip: A warm goodbye, but she leaves without knowing where to turn if something goes wrong]
    Thanks! Bye! # outcome: sale
    -> END

* [One more thing: you'll get an SMS at 80% of your data, and if anything's wrong, text the number on this card. #technique: after-sale-care #tip: After the sale: a channel to reach you, usage reminders and a referral offer keep her a customer, not just a sale]
    ~ shift(trust, 5)
    Or just drop in any time. And if a friend joins with your code, you both get 10 GB. # speaker: trainee
    Oh, my roommate might want that! Thank you, really. You made this so easy. # outcome: sale
    -> END
=== send_info(raised) ===
* [Of course, no rush at all. Here's a leaflet with all our plans on it. Just come back whenever you've decided. #fault: no-next-step #tip: A leaflet with no date and no call leaves the decision to chance, and it will stay in her bag]
    Okay. Thanks.
    She slips the leaflet into her bag, where it will probably stay. # speaker: narrator # outcome: no-sale
    -> END
* [Of course. I'll text you a one-page summary with the monthly total today. Can I call you Thursday evening? #technique: follow-up-plan #tip: A summary within 24 hours and a call within 3 days: she gets her time to think, and you keep the next step]
    {raised:
        Thursday evening is fine. Thank you for not pushing me. # resolved: think-at-home
    - else:
        Thursday evening is fine. Thank you.
    }
    She saves the shop's number in her new phone. # speaker: narrator # outcome: follow-up
    -> END
* [Sure, but I can't promise the offer will still be here once you leave. It'd be safer to sign up today. #fault: pressure #tip: Pressure after she asked for time turns a maybe into a no]
    ~ shift(trust, -15)
    I... no. I'd rather not decide like this. Bye. # outcome: no-sale
    -> END

=== walk_out ===
She glances at the door and gathers her things. # speaker: narrator
Sorry, I really have to go. My friend's waiting. # outcome: hang-up
-> END

=== lost_trust ===
She puts her ID card and the phone box back in her bag. # speaker: narrator
I think I'll sort it all out at the carrier's own service hall. Thanks anyway. # outcome: no-sale
-> END
