# id: store-family-share
# title: Paying the bill, leaving with a family plan
# channel: store
# product: Family Share 169, a 5G family data-sharing plan
# difficulty: 1
# time-limit: 720
# persona: Ms Chen
# persona-age: 41
# persona-role: dance teacher and mother of two teenagers
# persona-style: expressive
# persona-tier: mid
# goal: Turn her bill payment into a conversation, find out what the family's phones really cost her, let her try 5G in the experience area and sign her up for Family Share, or book a firm next step
# brief: Holds 3 mobile lines under her name, customer for 9 years, pays in the hall every month
# brief: Own line: 4G plan at 59 yuan a month with 30 GB, used 28 GB last month, heavy uploads at weekends
# brief: Two children's lines: 4G plans at 29 yuan a month with 10 GB each
# brief: 6 data top-ups of 20 yuan bought for the children's lines in the last 3 months
# brief: Spends about 157 yuan a month on the 3 lines, top-ups included
# brief: Her phone and her son's support 5G, her daughter's phone is 4G only
# brief: Offer this month: Family Share 169, 100 GB shared by up to 4 lines, 5G where the phone supports it, one bill, first month free for sign-ups in the hall, old plans can be restored within that month
# need: kids-topups, Her two teenagers run out of data mid-month and she keeps buying them top-ups
# need: dance-videos, She films every dance class and uploading the clips from her studio on 4G is painfully slow
# need: one-bill, With three bills and midnight top-ups she never knows what the family's phones really cost
# objection: fine-as-is, no-need, Says the family is fine as it is and she only came in to pay the bill
# objection: class-at-four, timing, Has a class to teach at four and no time for a demonstration
# objection: price, price, Thinks 169 yuan a month is more than the family pays now

INCLUDE ../_lib/customer.ink

VAR heard_videos = false
VAR heard_bill = false
VAR fine_ok = false
VAR price_ok = false
VAR fake_discount = false
VAR rushed = false

~ trust = 45
~ patience = 45
~ interest = 20

-> arrival

=== arrival ===
Tuesday, a quarter past three. The hall is quiet, two people wait on the blue chairs. The door slides open and a woman in a bright pink tracksuit breezes in, a gym bag on her shoulder, a folded bill in one hand and her phone in the other. She looks around for the ticket machine. # speaker: narrator
* [Walk over with a smile, welcome her in and ask what you can help her with today #opening: +1 #technique: store-greet #tip: In the hall the first move is yours: greet first, smile, and ask what brought the visitor in]
    ~ shift(trust, 10)
    ~ shift(interest, 5)
    Oh, hello! Aren't you cheerful. I'm just here to pay the phone bills, same as every month. Three of them.
* [Nod to her from behind the counter and let her take a queue ticket like everyone else #opening: -2 #tip: Waiting at the counter turns a salesperson back into a cashier, active marketing starts with walking up to the visitor]
    ~ shift(patience, -5)
    She takes ticket A017, sits down and scrolls through her phone for four minutes before her number flashes up at your counter. # speaker: narrator
    Hi. Phone bills, please. Three of them.
* [Greet her and tell her straight away about this month's 5G family plan offer #fault: premature-pitch #tip: Pitching before you know why she came in sounds like a script, ask her purpose first]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    Er... hi. I've barely got through the door. I'm just here to pay my bills.
- -> payment

=== payment ===
She puts the bill on the counter. # speaker: narrator
My number's on top. The other two are my kids', I pay the lot.
* [Ask for her ID card, check it quietly, and turn the screen so she can see the three lines for herself #conduct: +1 #technique: protect-privacy #tip: Check identity properly, and keep numbers and balances off the shop floor]
    ~ shift(trust, 10)
    You check her ID card and angle the screen towards her: three lines, all on 4G plans, and a string of 20-yuan data top-ups on two of them. # speaker: narrator
    That's us. Me, Lele and Tongtong. Look at all those little top-ups... those are mine too, technically.
* [Pull the account up from the bill and read the three numbers and what each owes back to her, to be sure #fault: privacy-breach #tip: A bill is not proof of identity, and reading numbers and balances aloud in a busy hall exposes personal data]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    The man on the blue chairs looks up from his newspaper. # speaker: narrator
    Could you not read the numbers out loud? Two of those are my children's.
- -> leaflet

=== leaflet ===
The payment goes through and the printer starts warming up for the receipts. # speaker: narrator
* [While it prints, hand her the new-service leaflet: "This came out this month, for families who pay for several lines. Have you seen it?" #opening: +1 #technique: store-leaflet #tip: The wait for a receipt is the natural moment for the leaflet, and one sentence on who it is for is enough]
    ~ shift(interest, 5)
    She takes the leaflet. On the cover a family of four is laughing at one phone. # speaker: narrator
    "Family Share"... Oh, that's sweet, but we're fine as we are, honestly. I only came to pay. # raises: fine-as-is
    -> fine_as_is
* [While it prints, hand her the leaflet and read out everything the family plan includes: a 100 GB shared pool, 5G speeds, 1,000 minutes, a video membership, 200 GB of cloud storage and caller ID #technique: store-leaflet #fault: feature-dump #tip: The leaflet was the right move, but a list of features bores an expressive customer, and nothing on it is tied to anything she has told you]
    ~ shift(patience, -15)
    ~ shift(interest, -5)
    Halfway through the list her eyes drift to the printer. # speaker: narrator
    That's... a lot of things. We're fine as we are, honestly. I only came to pay. # raises: fine-as-is
    -> fine_as_is
* [Hand her the receipts and wish her a lovely afternoon #opening: -2 #tip: Taking the payment and nothing more is the passive service the course warns against, she leaves without hearing anything new]
    Thanks! See you next month, same time. # outcome: no-sale
    -> END

=== fine_as_is ===
{patience < 25: -> walk_off}
* [Laugh with her: "Fine as we are, the famous last words of every parent before the twentieth of the month!" Then ask how the kids get on with their phones #technique: objection-humour #technique: open-question #tip: Light humour that laughs with her, never at her, lowers her guard, and the open question lets her tell the story]
    ~ shift(trust, 10)
    ~ shift(interest, 10)
    ~ shift(patience, 5)
    She bursts out laughing. # speaker: narrator
    The twentieth? Try the twelfth! # signal: emotional
* [Say of course, it is entirely her call, and hand her the receipts with the leaflet to read at home #tip: Accepting the first "we're fine" without a single question is the passive habit the course warns against, her needs stay hidden]
    Thanks, you're very sweet. Bye now! # outcome: no-sale
    -> END
* [Tell her most families who say that are overpaying without knowing it #fault: argue #tip: Telling her she is wrong about her own family only makes her defend it]
    ~ shift(trust, -15)
    ~ shift(patience, -15)
    Well, we're not most families. Just the receipts, please.
    -> cooling
- It's the kids, mostly. Lele's fifteen, Tongtong's thirteen, and by the middle of every month one of them texts me "MUM. NO DATA." with five crying faces. So I top them up from my phone, twenty yuan at a time, usually at midnight. Last month Tongtong ran out on a school trip, and she... # reveals: kids-topups
-> kids_story

=== kids_story ===
* [Let her finish the story, then say it back: "So every month you end up rescuing one of them, twenty yuan at a time, often at midnight" #technique: active-listening #tip: Paraphrasing shows you heard her, and an expressive customer opens up further when her story lands]
    ~ shift(trust, 10)
    ...she had to borrow a friend's hotspot just to send me a photo of the pandas! But yes, exactly. I'm their data bank. A very tired data bank.
* [Cut in: "Right, data. The family plan solves exactly that," and turn the leaflet to the sharing page #fault: interrupt #tip: She was in the middle of a story, and cutting in tells her you were waiting to pitch, not listening]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    ...and the pandas were... never mind. Yes. Data. Go on, then, tell me about your plan.
    -> invite
- -> own_phone

=== own_phone ===
{patience < 25: -> walk_off}
* [Ask about her own phone: "And you? What does your phone do that drives you mad?" #technique: spin-problem #tip: Problem questions look for the dissatisfaction a need grows from, and asking about her, not only the kids, widens the picture]
    ~ shift(interest, 10)
    ~ heard_videos = true
    Mine? Oh, uploading! I teach dance. I film every class and send the clip to the parents' group, and from the studio it takes forever. Half the time I sit in the car park with the engine running, watching the little bar crawl. # reveals: dance-videos
* [Ask which plans the kids are on and how much data each of them gets #technique: spin-situation #tip: Those facts are already on your screen, so asking her for them spends her patience on what you could have read]
    ~ shift(patience, -5)
    Some 29-yuan thing, ten gigs? Isn't it all on your screen? Anyway, that's us.
    -> summary
- -> cost

=== cost ===
* [Ask what the top-ups add up to over a year, and what chasing them costs her #technique: spin-implication #tip: Implication questions make a small, familiar annoyance visible at its full size]
    ~ shift(interest, 10)
    ~ heard_bill = true
    Over a year? Goodness... I have no idea. That's the thing: three bills, top-ups on my phone at midnight, and I never actually know what the phones cost us all together. That's half the reason I come in to pay, to see it on paper. # reveals: one-bill
* [Ask what it would be worth to her if nobody in the family ever ran out of data again #technique: spin-need-payoff #tip: A need-payoff question lets her name the value, but asked this early it skips the cost she has not yet seen]
    ~ shift(interest, 5)
    Peace and quiet! No crying faces at midnight. That'd be worth a lot. # signal: emotional
- -> summary

=== summary ===
{patience < 25: -> walk_off}
* [Sum up: the kids run dry mid-month{heard_videos:, her class videos crawl at the studio}{heard_bill:, and with three bills she never sees the total}. Ask if that is about right #technique: summarise #tip: A summary she agrees with turns scattered complaints into a need, and her agreement is a buying signal]
    ~ shift(interest, 10)
    ~ fine_ok = true
    ...Yes. When you put it like that, "fine as we are" is a bit generous, isn't it? # resolved: fine-as-is # signal: verbal
* [Go straight to the answer: "Then the family plan is exactly what you need" #tip: Skipping the summary leaves her objection standing, because she never heard her own problems added up]
    Maybe. I'm still not sure we need a whole new plan.
- -> invite

=== invite ===
The receipts slide out of the printer. Behind her three more people have come in, and the queue display ticks over to A019. # speaker: narrator
* [Invite her to the experience area: "The demo phone over there is on the family plan. Film a few seconds and send it, and see how long the bar takes" #opening: +1 #technique: store-experience #tip: The experience area frees the counter and lets her feel the benefit instead of hearing about it]
    ~ shift(interest, 10)
    She glances at her watch. # speaker: narrator
    Now? I've got a class at four... # raises: class-at-four
* [Keep her at the counter and explain the plan properly, right here #opening: -1 #tip: An explanation at the counter holds up the queue and gives her nothing to touch, and the experience area does both jobs]
    ~ shift(patience, -5)
    She glances over her shoulder at the people waiting, then at her watch. # speaker: narrator
    Could we be quick? There are people waiting, and I've got a class at four. # raises: class-at-four
- -> rush

=== rush ===
{patience < 25: -> walk_off}
* [Acknowledge the class, then promise three minutes at the demo stand: the receipts are done, so she loses nothing, and she can stop you whenever she likes #technique: objection-empathy #tip: Standing in her shoes first, then making the cost small and in her control, answers a timing objection]
    ~ shift(trust, 5)
    Three minutes. I'm timing you! # resolved: class-at-four # signal: emotional
    -> demo
* [Offer to book her a proper look on Saturday, when she is not rushing, and let her keep the leaflet for now #technique: respect-time #tip: Offering a better time respects her schedule, though the moment she is here is lost]
    ~ shift(trust, 10)
    Saturday? Oh, that's actually better, I could bring the kids. They'll want to poke at it anyway. # resolved: class-at-four # signal: verbal
    -> saturday
* [Tell her it will only take a moment and walk to the stand before she answers #fault: pressure #tip: Walking off before she agrees ignores her objection and makes her feel herded]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    ~ rushed = true
    She hesitates, sighs, and follows you, checking her watch. # speaker: narrator
    -> demo

=== saturday ===
* [Book Saturday at ten at the demo stand under her name, message her today with what she pays now next to the plan, and send a reminder on Friday #technique: follow-up-plan #technique: confirm-agreement #tip: A booked time, the figures in writing within the day and a reminder turn a maybe into an appointment]
    Perfect. Saturday at ten, with two teenagers in tow. Good luck to you! # outcome: follow-up
    -> END
* [Tell her to drop in on Saturday whenever it suits and wave her off #fault: no-next-step #tip: With no time booked and nothing sent, Saturday is likely to slip away]
    OK! Saturday, then. If I remember. # outcome: follow-up
    -> END

=== demo ===
{patience < 25: -> walk_off}
On the demo stand a 5G phone sits in its cradle, screen lit, next to a poster of a family on a sofa. # speaker: narrator
* [Hand her the demo phone: "Film anything you like, a twirl, the posters, me. Then send it to yourself." #technique: present-experience #tip: Letting an expressive customer try it herself does more than any description of speed]
    ~ shift(interest, 15)
    ~ shift(patience, 5)
    She picks up the demo phone, films herself doing a neat little spin in the middle of the hall and taps send. The bar is full before she has lowered the phone. # speaker: narrator # signal: physical
    Wait, it's gone already? That's it? {heard_videos:At the studio that takes me ten minutes!|My phone would still be thinking about it!} # signal: verbal
* [Explain what makes it fast: "It's standalone 5G on the n78 band, several times the uplink of LTE, with VoNR for calls" #fault: jargon #tip: Band numbers and acronyms mean nothing to her, show her instead]
    ~ shift(interest, -5)
    ~ shift(patience, -10)
    She nods politely while her eyes glaze over, then reaches past you and picks up the demo phone herself. # speaker: narrator # signal: physical
    I don't speak phone, sorry. Can I just try it? Oh. That was quick.
- { not fine_ok:
    All right, maybe "fine as we are" was a bit generous. # resolved: fine-as-is
  }
-> sharing

=== sharing ===
{patience < 35: -> cut_to_price}
She turns the leaflet over to the family page. # speaker: narrator
And the kids? How would it work for them? # signal: verbal
* [Tie it to her family: one 100 GB pool for all three lines, so when Lele runs low he draws from the pool instead of texting her, one bill with every line on it, and families with two teenagers usually stop topping up from the first month #technique: fabe #tip: Feature, advantage, benefit and evidence, each tied to something she told you, is a presentation she can repeat at home]
    ~ shift(interest, 10)
    ~ shift(trust, 5)
    She nods slowly, looking at the pool picture on the leaflet. # speaker: narrator # signal: physical
    No more crying faces at midnight? And one bill where I can actually see everything? Oh, I like that.
* [Run through everything in the plan: the pool, 1,000 minutes, the video membership, cloud storage, caller ID and the roaming pack #fault: feature-dump #tip: She asked one question about her kids and got a catalogue]
    ~ shift(patience, -15)
    Right... I don't need half of that. Do the kids get data or not? Actually, never mind. What does it cost?
    -> price
- -> coverage

=== coverage ===
{patience < 25: -> walk_off}
{not heard_videos: -> ask_price}
One thing, though. Does 5G actually work at my studio? It's in the old textile mill on Riverside Road, and my friend says her phone's useless in there.
* [Check the coverage map with her and say it plainly: strong 5G on her street, weaker behind thick brick walls, 4G still works there, and if it is poor you will report it to the network team #conduct: +1 #technique: honest-answer #tip: Saying plainly what the plan cannot promise is what makes the rest believable]
    ~ shift(trust, 10)
    You zoom the coverage map in on Riverside Road together. The street is solid dark blue. # speaker: narrator
    Well, the studio's the new bit at the front, it's nearly all glass. And at worst I'm back in the car park, same as now! At least you didn't fib to me.
* [Reassure her: "5G covers the whole city now, you'll be fine anywhere" #fault: false-promise #tip: Nobody can promise coverage inside every old building, and she will remember this when the signal drops]
    ~ shift(trust, 5)
    Oh good! My friend will be jealous, then.
- -> ask_price

=== ask_price ===
Go on then, the scary bit. What does it cost?
-> price

=== price ===
You point to the price on the leaflet: 169 yuan a month. # speaker: narrator
A hundred and sixty-nine? We pay less than that now! # raises: price
* [Put the figures side by side: 59 + 29 + 29 and about 40 in top-ups makes roughly 157 now, so the plan is about 12 yuan more a month, 40 fen a day, with no more top-ups #technique: price-daily-split #tip: Comparing with what she really pays, top-ups included, and splitting the difference by day makes the price concrete]
    ~ shift(interest, 10)
    ~ price_ok = true
    Forty fen a day? That's less than a bottle of water. And no midnight top-ups... All right, that's fair. # resolved: price # signal: verbal
* [Tell her you can take 30 yuan a month off if she signs today #fault: false-promise #tip: There is no such discount, and the colleague who does the paperwork will have to say so]
    ~ shift(interest, 10)
    ~ fake_discount = true
    Really? Well, that changes things! Go on then, let's do it. # signal: verbal
    -> handover
* [Tell her 169 is not expensive for a 5G family plan #fault: argue #tip: Arguing about what counts as expensive leaves her objection standing and her trust lower]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    Not expensive for who? I'm the one paying it. I'd rather think about it and ask the kids.
    -> think_it_over
- -> close

=== close ===
{patience < 25: -> walk_off}
She is still holding the demo phone, replaying her clip. # speaker: narrator
* [Close on what she has just tried: "{heard_videos:Your next class video|Everything you send} can go up just like that one. Shall I get your three lines moved over now?" #close: close-experience #tip: An experience close works best straight after the customer has felt the benefit herself]
    {
    - not price_ok and not fake_discount:
        I'm still not sure about the money. I'd rather think about it and ask the kids.
        -> think_it_over
    - interest < 60 or trust < 40:
        I don't know... let me talk to the kids first.
        -> think_it_over
    - else:
        {rushed:Fine, yes, but quickly, I'm going to be late.|Ha! Yes. Go on, let's do it before I change my mind.}
        -> handover
    }
* [Offer a trial: the first month is free for sign-ups this month, and if it does not suit, she can go back to her old plans at the end of it #close: close-trial #tip: A free first month with a way back lowers the risk of saying yes]
    {
    - not price_ok and not fake_discount:
        Free is nice, but I'm still not sure about the money afterwards. I'd rather think about it and ask the kids.
        -> think_it_over
    - interest < 60 or trust < 40:
        Hm. Let me talk to the kids first.
        -> think_it_over
    - else:
        {rushed:A free month? Fine, yes, but quickly, I'm going to be late.|A free month, and I can go back? Then what have I got to lose? Let's try it!}
        -> handover
    }
* [Give her the leaflet to think it over at home and wish her a good class #fault: no-close #tip: She was holding the phone and smiling, a clear signal, and nobody asked her]
    Oh... OK. Yes, I'll have a think. Thanks! # outcome: no-sale
    -> END

=== think_it_over ===
* [Agree, and set the next step: a message tonight with what she pays now next to the plan, and a call on Thursday after her class to answer the kids' questions #technique: follow-up-plan #technique: confirm-agreement #tip: When she wants time, agree a concrete next step: figures within the day, a call within three days]
    Deal. After six on Thursday is best. # outcome: follow-up
    -> END
* [Remind her the free month is only for sign-ups this month, so she should really decide now #fault: pressure #tip: Pushing after she asked for time turns a maybe into a no]
    ~ shift(trust, -10)
    Then I'll just have to miss it, won't I. # outcome: no-sale
    -> END

=== handover ===
Sign-ups are done at the service counter. Your colleague Xiao Wang at counter 3 has just finished with a customer. # speaker: narrator
* [Walk her over and brief Xiao Wang first: "Ms Chen is moving her three lines to Family Share 169. The kids keep running out, she uploads class videos, and she wants one bill." #opening: +1 #technique: store-handover #tip: A handover that carries her needs means she never has to repeat herself]
    ~ shift(trust, 5)
    {fake_discount: -> discount_exposed}
    Hello, Ms Chen! I've got everything, you won't have to repeat a word. Just your ID card once more, please. # speaker: colleague
    Oh, lovely. That's service.
    -> signed
* [Give her a ticket for the service counter and tell her they will sort out the paperwork there #opening: -2 #tip: Sending her back into the queue without a word to your colleague makes her start from scratch]
    ~ shift(patience, -15)
    Six minutes later her number comes up at counter 3. # speaker: narrator
    Good afternoon! What can I do for you today? # speaker: colleague
    {patience < 25: -> walk_off}
    {fake_discount: -> discount_exposed}
    She sighs and explains it all again from the start. By the time the paperwork is done you are busy with another visitor, and she leaves with a quick wave across the hall. # speaker: narrator
    I'll give it a go, then. # outcome: sale
    -> END

=== discount_exposed ===
And don't forget my thirty yuan off!
~ shift(trust, -30)
Thirty yuan off? I'm sorry, Ms Chen, there's no discount like that on this plan. It's 169 a month, with the first month free. # speaker: colleague
She turns to look at you. # speaker: narrator
So that was just talk?
* [Apologise plainly: you were wrong, there is no discount, the real offer is the free first month, and she should only sign if that works for her #conduct: +1 #tip: Owning a mistake at once is the only way to keep some of her trust]
    ~ shift(trust, 5)
    Hm. At least you own up to it. But I don't like being told stories at the counter. I'll think about it. # outcome: no-sale
    -> END
* [Ask Xiao Wang to check with the manager whether something can be done after all #fault: pressure #tip: Pushing a promise that was never real makes the whole hall look untrustworthy]
    ~ shift(trust, -10)
    No, don't bother. I'm late.
    She takes her receipts and walks out. # speaker: narrator # outcome: hang-up
    -> END

=== signed ===
Ten minutes later Xiao Wang hands her the plan summary, and her phone buzzes: "Welcome to Family Share". # speaker: narrator
* [Thank her and confirm what is agreed: three lines on Family Share from today, first month free, one bill on the 1st, and you will text her in a week to see how the kids are using the pool #technique: confirm-agreement #technique: after-sale-care #tip: Restating the agreement and promising a check-in keeps the sale from turning into a complaint]
    Perfect. And if Lele burns through all hundred gigs, I'm sending him to you! # outcome: sale
    -> END
* [Wave her off with a cheerful "Enjoy the plan!" #fault: no-next-step #tip: She leaves without the agreement restated or any check-in planned]
    Bye! Thanks! # outcome: sale
    -> END

=== cooling ===
The receipts are ready. # speaker: narrator
* [Hand her the receipts and the leaflet, thank her for coming in, and leave it there #conduct: +1 #tip: Once she has said no twice, a friendly goodbye keeps the door open for next month]
    Thanks. Bye. # outcome: no-sale
    -> END
* [Keep going: "Just one more minute, you really should hear this" #fault: pressure #tip: Pressing on after a clear no sends her out of the door]
    ~ shift(trust, -10)
    She takes the receipts and walks out without another word. # speaker: narrator # outcome: hang-up
    -> END

=== cut_to_price ===
She glances at the clock above the counters. # speaker: narrator
Look, I haven't got long. Just tell me what it costs.
-> price

=== walk_off ===
She checks her watch, picks up her bag and is already turning away. # speaker: narrator
Sorry, I really have to go. I'm going to be late. # outcome: hang-up
-> END
