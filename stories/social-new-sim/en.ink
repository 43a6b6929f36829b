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
* [Tell her it is nearly ready, then ask: "Do you know what this phone can do on 5G that your old one never could?" #technique: opener-curiosity #tip: A question she wants the answer to earns the next minute better than any announcement]
    ~ shift(interest, 15)
    ~ shift(trust, 5)
    Um... go faster? Honestly, I picked it because it looked nice and the box said "gaming". What can it do?
    Quite a lot, depending on how you use it. Let's register your card first, and I'll show you while it activates. # speaker: trainee
* [Tell her the card is on the 29-yuan starter plan and that most people with this phone switch to the 199 Unlimited plan, shall you do it now? #fault: premature-pitch #tip: You know nothing yet about how she uses a phone, opening with the most expensive plan sounds like a sales target, not advice]
    ~ shift(patience, -15)
    ~ shift(trust, -10)
    ~ shift(interest, -5)
    199 a month? Oh. Um... I don't know. Can I just get the card working first?
* [Apologise for the interruption and ask if she could spare five minutes so you can introduce the latest packages #fault: forbidden-opener #tip: Apologising and asking for minutes to sell tells her the next five minutes are for you, not for her]
    ~ shift(patience, -15)
    ~ shift(trust, -5)
    Oh... um, I'm meeting a friend soon. Could we just do the card first?
- -> activation

=== activation ===
A new SIM only works once it is registered to its owner's real name. The activation terminal on the counter has an ID card reader and a face-check camera. Your own phone lies next to it. # speaker: narrator
What do you need from me? My ID card?
She holds her ID card out across the counter. # speaker: narrator
* [Say the reader is slow today, so you will snap her ID on your phone and key it in after she has gone, to save her waiting #fault: privacy-breach #tip: An ID card photographed on a staff phone is exactly the leak the Personal Information Protection Law forbids, and real-name registration must go through the terminal]
    ~ shift(trust, -25)
    On... your own phone? Is that allowed? My cousin's ID was used for a loan she never took out. I'd really rather it wasn't on anyone's phone.
    -> activation_repair
* [Ask her to place the card on the reader herself and look into the camera, and explain it goes encrypted to the carrier's real-name system, the shop keeps no copy #technique: protect-privacy #tip: Registration through the terminal only, the customer handles her own card, nothing copied: that is what the Personal Information Protection Law and the Data Security Law ask of you]
    ~ shift(trust, 15)
    She lays the card on the reader and looks into the camera. The terminal beeps. # speaker: narrator
    Oh, that was easy. To be honest I was a bit nervous, some shops still photocopy your ID.
    -> discover

=== activation_repair ===
{trust <= 15: -> lost_trust}
* [Apologise, say she is right, and do it properly: the reader and the face check only, nothing on your phone #technique: protect-privacy #tip: Owning the mistake at once and switching to the proper procedure is the only way back to her trust]
    ~ shift(trust, 10)
    She lays the card on the reader herself and looks into the camera. The terminal beeps. # speaker: narrator
    Okay. Thank you for saying sorry.
    -> discover
* [Reassure her that every shop does it and nobody ever looks at the photos #conduct: -2 #tip: Brushing off a privacy worry confirms it, and now she doubts everything else you say]
    ~ shift(trust, -20)
    -> lost_trust

=== discover ===
The terminal shows: registration in progress, about five minutes. # speaker: narrator
Five minutes. Okay. I can wait.
* [Suggest you show her the plans while she waits, so she can pick the one she likes #fault: premature-pitch #tip: Plans shown before a single question leave her to guess what she needs, and an amiable customer does not guess, she postpones]
    ~ shift(patience, -5)
    Oh. Okay, sure.
    -> present

* [Ask whether she is still a student, and whether her parents pay her phone bill or she does #fault: intrusive-question #tip: Who pays her bills is private and sounds like you are sizing up her wallet, ask how she uses the phone instead]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    I... just started my first job, actually. I pay for myself. Why does that matter?
    -> discover_problem
* [Ask what a normal day with her phone looks like, from the morning to the evening #technique: spin-situation #tip: Situation questions collect the facts a recommendation rests on, and they are easy to answer]
    ~ shift(interest, 5)
    ~ shift(trust, 5)
    ~ heard_commute = 1
    Mostly the metro. It's fifty minutes each way to my new office, so I watch dramas the whole ride. I even pay 25 a month for my own video membership. # reveals: commute-video
    -> discover_problem
=== discover_problem ===
{patience <= 15: -> walk_out}
* [Ask what annoyed her most about her old phone or her old plan #technique: spin-problem #tip: Needs start from dissatisfaction, a problem question lets her name it in her own words]
    ~ shift(interest, 10)
    ~ heard_data = 1
    The data! It's gone by about the 20th every month. Then I buy top-up packs, about 30 yuan a month, or I just stop watching and stare at the tunnel wall. # reveals: data-runs-out
    -> discover_games

* [Ask: "With a phone like this you'll want our biggest data plan, won't you?" #discovery: -1 #tip: A leading question answers itself and teaches you nothing, ask what went wrong with the old plan instead]
    ~ shift(patience, -5)
    I guess? I don't really know what I need. I just don't want to pick the wrong thing.
    -> discover_games
=== discover_games ===
* [Tell her you think you know what she needs now and move on to the plans #tip: She chose a phone with a gaming screen, that clue was worth one more question]
    Okay!
    -> present
* [Point out she chose the model with the 120 Hz gaming screen, and ask what else she will do on it in the evenings #technique: open-question #tip: An open question built on what you noticed lets her tell you the need she would not have mentioned]
    ~ shift(interest, 10)
    ~ shift(trust, 5)
    ~ heard_games = 1
    Games! My college friends and I play team battles most nights, on voice chat. On my old phone it lagged in every team fight. They call me "the statue". # reveals: game-lag
    She laughs, a little embarrassed. # speaker: narrator
    -> present

=== present ===
{patience <= 15: -> walk_out}
{trust <= 15: -> lost_trust}
So... which plan would you recommend for me?
* [Recommend the 5G Unlimited 199: a flagship phone deserves unlimited everything, and she will never have to think about it again #presentation: -1 #tip: The most expensive plan is not the best one for her, tie the recommendation to what she has told you]
    ~ shift(trust, -5)
    ~ shift(interest, -5)
    199? Every month? That's more than my gym and my old phone bill together... # raises: budget
    -> upsell_shock

* [List everything: plans at 29, 59, 99, 129 and 199, three video memberships, a music pack, cloud gaming, family sharing and a broadband bundle, and ask which she likes #fault: feature-dump #tip: A list with nothing tied to her needs turns the choice into homework, and an amiable customer fears picking wrong]
    ~ shift(patience, -15)
    ~ shift(interest, -10)
    That's... a lot. I'm scared I'll pick the wrong one.
    Could you maybe just send me the details? I'd like to go through them at home. # raises: think-at-home
    -> send_info(true)
* [Recommend one plan, leading with what matters most to her and adding the extra second #technique: present-main-secondary #tip: Main and secondary: what solves her biggest problem first, the extra after, so she hears a plan made for her]
    {heard_commute + heard_data > 0: The 5G Youth 99 first: sixty gigabytes a month instead of five, so your dramas last the whole month, and a video membership is already included.|The 5G Youth 99 first: sixty gigabytes a month instead of five, and a video membership is already included.} {heard_games: Then, for your team fights, the cloud gaming add-on, 15 a month, puts your games on a speed-up lane with much less lag.} # speaker: trainee
    {heard_commute + heard_data + heard_games >= 2:
        ~ shift(interest, 15)
        {heard_games:
            A lane for games? My friends would be so jealous. But does it really work?
        - else:
            Sixty gigabytes, and the membership's already in it? That sounds nice...
        }
        -> demo_offer
    - else:
        It sounds nice... but I'm not sure I need all that.
        Could you maybe just send me the details? I'd like to think about it at home. # raises: think-at-home
        -> send_info(true)
    }
=== upsell_shock ===
* [Ask her what matters more to her: the lowest possible bill, or never running out of data again #technique: reverse-question #tip: The reverse question finds what she values, but after a 199 pitch she no longer trusts the figures you give]
    Not running out, I suppose... but not for 199.
    Could you send me the details of something cheaper? I'd like to think it over at home. # raises: think-at-home
    -> send_info(true)
* [Tell her it is only six or seven yuan a day, and someone who just bought a 3,000-yuan phone can surely afford that #fault: disrespect #tip: Measuring her budget by the phone she saved for makes her feel judged]
    ~ shift(trust, -20)
    I saved for months for this phone. I think I'll just stay on the starter plan for now. Bye. # outcome: no-sale
    -> END

=== demo_offer ===
{patience <= 15: -> walk_out}
* [Invite her to the demo corner to try it on her new phone, on the shop's 5G: "One round is enough." #technique: present-experience #tip: The experience method: what she feels in her own hands convinces her more than what you tell her]
    ~ shift(interest, 15)
    {heard_games:
        She plays one round of her game. The ping counter in the corner stays at 28 milliseconds. # speaker: narrator
        Twenty-eight! My old phone showed two hundred. Oh, it's so smooth. # signal: emotional
    - else:
        She starts an episode of her drama. It plays in high definition within a second. # speaker: narrator
        Oh, no spinning circle at all. That's so nice. # signal: emotional
    }
    -> lag_question
* [Offer to walk her through the monthly price and the terms next #tip: She is still imagining it, one minute of trying it would do more than any explanation]
    Okay...
    -> lag_question
* [Say "Great, so shall I switch you over now?" #close: close-direct #tip: No buying signal yet, she has not asked one question about using it, so a close now feels like a trap]
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
* [Promise her it is perfect everywhere: no lag, no buffering, guaranteed #fault: false-promise #tip: No network is perfect everywhere, a promise she can test on her first evening will come back as a complaint]
    ~ shift(trust, -10)
    Guaranteed? Everywhere? ...Now I'm a bit worried.
    Is there a catch somewhere? Like hidden fees? My roommate got charged for extras she never asked for. # raises: hidden-fees
    -> hidden_fees
* [Answer honestly: not everywhere. Where 5G is strong, like here, the difference is big; indoors or in some tunnels it helps less. Then show her the coverage map #technique: honest-answer #tip: Saying plainly what the product cannot do makes everything else you say believable]
    ~ shift(trust, 15)
    {heard_games: Here's the coverage map, type in your street and see for yourself. If the add-on doesn't help at home, you can cancel it in the app any month.|Most of your metro line shows 5G on our coverage map. In the two oldest tunnels it drops back to 4G, so your episode keeps playing, just a little slower.} # speaker: trainee
    Thank you for being honest. Everyone always says "perfect".
    -> before_price

* [Explain that it runs on a 5G standalone network slice with edge nodes, so the round-trip time drops under 20 milliseconds #fault: jargon #tip: Terms she does not know answer nothing and make her feel she is missing something]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    Sorry, I didn't understand any of that.
    Is there something in the small print I should know about? Like fees? # raises: hidden-fees
    -> hidden_fees
=== before_price ===
* [Suggest you look at what it costs next #tip: She has a worry she has not said out loud yet, and an amiable customer would rather leave than ask]
    Yes, but first...
    Is there a catch? Hidden fees or anything? My roommate signed up for something in a shop and got charged for extras she never asked for. # raises: hidden-fees
    -> hidden_fees

* [Before the price, raise the worry people often have in phone shops yourself: hidden fees. Then tell her plainly what is included, what can be cancelled and how she is told #technique: objection-preempt #objections: +1 #tip: Answering the worry she has not voiced yet spares an amiable customer the awkwardness of asking]
    ~ shift(trust, 10)
    The membership is part of the 99, not a separate subscription. {heard_games: The add-on is 15 a month and you can cancel it in the app any month. }Nothing starts without the code you type in yourself, and an SMS lists every item. # speaker: trainee
    Oh, that's exactly what I wanted to ask! My roommate got stuck paying for a membership that renewed itself. Okay, that makes me feel better. # raises: hidden-fees # resolved: hidden-fees
    -> price
=== hidden_fees ===
{patience <= 15: -> walk_out}
* [Tell her you are an authorised shop and don't do that, her roommate probably just didn't read what she signed #fault: argue #tip: Proving her wrong, and her roommate with her, wins the argument and loses the customer]
    ~ shift(trust, -20)
    ~ shift(patience, -20)
    Her smile goes stiff. # speaker: narrator
    -> walk_out
* [Say you understand, nobody wants a surprise on the bill, then show her on the terminal every item and the SMS she will get #technique: objection-empathy #tip: Empathy first, then the facts in writing: she needs to feel her worry is reasonable before she can hear the answer]
    ~ shift(trust, 10)
    The membership is inside the 99, not a separate subscription. {heard_games: The add-on is 15 a month, cancel it in the app any month. }Nothing starts without the code you type yourself, and the SMS lists every item. # speaker: trainee
    Okay. If it's all in the SMS, I feel better. # resolved: hidden-fees
    -> price
* [Tell her not to worry, everyone takes this plan #fault: ignore-objection #tip: "Everyone takes it" is no answer to "is there a catch?", the worry stays and grows]
    ~ shift(trust, -15)
    Hmm. Everyone... okay.
    Could you maybe just send me the details? I'd like to read it all at home first. # raises: think-at-home
    -> send_info(true)

=== price ===
{patience <= 15: -> walk_out}
{trust <= 15: -> lost_trust}
{heard_games: So 99 plus 15... 114 a month.|So 99 a month.} My old plan was 39. And I just spent almost 3,000 on this phone... It feels like a lot. # raises: budget
* [Ask her what matters more to her: the lowest possible bill, or never running out of data again #technique: reverse-question #tip: The reverse question finds what she values, but she still has no figure to hold on to: the daily split against what she pays today would have answered it]
    Not running out, I suppose... but it's still more than I planned.
    Could you send me the details? I'd like to sit down with my budget at home. # raises: think-at-home
    -> send_info(true)

* [Compare it with what she really pays today, top-ups and membership included, then break the difference down by day #technique: price-daily-split #tip: Her real monthly spend, then the difference per day: a number she can picture instead of a bill that frightens her]
    ~ shift(trust, 5)
    ~ shift(interest, 10)
    {
    - heard_commute + heard_data == 2 && heard_games:
        Today you really pay about 94: the 39, about 30 in top-ups and 25 for your own membership. The new total is 114, so 20 more a month, under 70 fen a day, for six times the data, 5G, the membership and the gaming lane. # speaker: trainee
    - heard_commute + heard_data == 2:
        Today you really pay about 94: the 39, about 30 in top-ups and 25 for your own membership. The new plan is 99, so 5 more a month, less than 20 fen a day, for six times the data and 5G. # speaker: trainee
    - heard_commute:
        Today you really pay 64: the 39 and 25 for your own membership. The new total is 114, so 50 more a month, under 1.70 a day, for six times the data, 5G, the membership and the gaming lane. # speaker: trainee
    - else:
        Today you really pay about 69: the 39 and about 30 in top-ups. The new total is 114, so 45 more a month, 1.50 a day, for six times the data, 5G, a video membership and the gaming lane. # speaker: trainee
    }
    {heard_commute: Oh... when you put it like that. So the membership I pay for now would just be included?|Oh... that's less than I thought. And no more top-ups at all?} # resolved: budget # signal: verbal
    -> check_price
* [Tell her it is only 114, someone who just spent 3,000 on a phone can afford a bit more each month #fault: disrespect #tip: Measuring her budget by the phone she saved for makes her feel judged]
    ~ shift(trust, -20)
    I saved for months for this phone. I think I'll just stay on the starter plan for now. Bye. # outcome: no-sale
    -> END
=== check_price ===
* [Ask whether that feels fair to her, or whether anything is still worrying her #technique: lscpa-ask #tip: The last step of LSCPA: check the answer really settled it before you ask for the order]
    ~ shift(trust, 5)
    She thinks for a second, then nods. # speaker: narrator # signal: physical
    {heard_games: No, that's fair. And I can drop the gaming part any month, right? Okay.|No, that's fair. And it starts straight away? Okay.}
    -> close

* [Ask her straight away whether you should put it on her new number now #close: close-direct #tip: The signal was there, but you skipped checking she was satisfied with the answer]
    -> agree
=== close ===
* [Tell her she had better decide now, because this price might be gone tomorrow #close: close-urgency #fault: pressure #tip: A deadline that is not real is pressure, and an amiable customer answers pressure by stepping back]
    ~ shift(trust, -15)
    Tomorrow? Now I feel rushed...
    -> hesitate
* [Ask her directly: "Shall I set it up on your new number now, so it's ready for Monday?" #close: close-direct #tip: Direct close: after clear signals, asking plainly is the respectful thing to do]
    -> agree
* [Ask whether she would like it to start today, or from the first of next month #close: close-either-or #tip: Either-or: both answers are a yes, and she keeps the feeling of choosing]
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
* [Tell her that's it, she is all set #tip: Without a recap she leaves unsure what she agreed to, and that is where complaints start]
    ~ shift(trust, -5)
    Oh. Okay... I hope I picked the right thing.
    -> aftercare
* [Ask her to type the code in herself, then confirm what she is getting, what it costs in total, from when, and how to cancel the add-on #technique: confirm-agreement #tip: Restating the agreement lets her leave knowing exactly what she said yes to]
    ~ shift(trust, 5)
    She types the code in herself. # speaker: narrator
    The 5G Youth 99 from today: 60 GB, 300 minutes and the video membership. {heard_games: Plus the cloud gaming add-on at 15, so 114 a month in total, and you can cancel the add-on in the app any month.|99 a month in total.} The SMS confirming it is on its way. # speaker: trainee
    Perfect. That's really clear, thank you.
    -> aftercare

* [Ask her to read the code from the SMS out to you, so you can type it in for her #fault: privacy-breach #tip: A verification code is her signature: staff never ask for it, the customer types it herself]
    ~ shift(trust, -15)
    The code? Um... the message says never to share it with anyone.
    She types it in herself, without looking up. # speaker: narrator
    -> aftercare
=== aftercare ===
* [Suggest that while she is here she also takes the gigabit broadband for her flat, you can sign her up now #fault: pressure #tip: One more product straight after the sale makes her wonder what the first one was really about]
    ~ shift(trust, -10)
    Um... no, thanks. That's enough for today.
    She picks up her phone box a little quickly. # speaker: narrator # outcome: sale
    -> END
* [Thank her and wish her luck with the new job #tip: A warm goodbye, but she leaves without knowing where to turn if something goes wrong]
    Thanks! Bye! # outcome: sale
    -> END

* [Tell her she will get an SMS at 80% of her data, that she can message the shop's service number on this card or drop in any time, and that a friend who joins with her code gets them both 10 GB #technique: after-sale-care #tip: After the sale: a channel to reach you, usage reminders and a referral offer keep her a customer, not just a sale]
    ~ shift(trust, 5)
    Oh, my roommate might want that! Thank you, really. You made this so easy. # outcome: sale
    -> END
=== send_info(raised) ===
* [Hand her a leaflet and tell her to come back whenever she likes #fault: no-next-step #tip: A leaflet with no date and no call leaves the decision to chance, and it will stay in her bag]
    Okay. Thanks.
    She slips the leaflet into her bag, where it will probably stay. # speaker: narrator # outcome: no-sale
    -> END
* [Agree, promise a one-page summary with the exact monthly total by SMS today, and ask if a call on Thursday evening after work suits her #technique: follow-up-plan #tip: A summary within 24 hours and a call within 3 days: she gets her time to think, and you keep the next step]
    {raised:
        Thursday evening is fine. Thank you for not pushing me. # resolved: think-at-home
    - else:
        Thursday evening is fine. Thank you.
    }
    She saves the shop's number in her new phone. # speaker: narrator # outcome: follow-up
    -> END
* [Warn her that the offer may be gone if she leaves now, so she had better sign today #fault: pressure #tip: Pressure after she asked for time turns a maybe into a no]
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
