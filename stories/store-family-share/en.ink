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
# brief: Her dance studio is in the old textile mill on Riverside Road: strong 5G on the street, weak indoors behind the old brick walls, 4G works there
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
VAR coverage_lie = false
VAR rushed = false

~ trust = 45
~ patience = 45
~ interest = 20

-> arrival

=== arrival ===
Tuesday, a quarter past three. The hall is quiet, two people wait on the blue chairs. The door slides open and a woman in a bright pink tracksuit breezes in, a gym bag on her shoulder, a folded bill in one hand and her phone in the other. She looks around for the ticket machine. # speaker: narrator
* [Hello! The ticket machine's just by the door. Take a number and we'll call you up. #opening: -2 #tip: Pointing her to the queue turns a salesperson back into a cashier: active marketing starts with walking up to the visitor and asking what brought her in]
    ~ shift(patience, -5)
    She takes ticket A017, sits down and scrolls through her phone for four minutes before her number flashes up at your counter. # speaker: narrator
    Hi. Phone bills, please. Three of them.
* [Good afternoon, welcome in! What brings you in today? Anything I can help with? #opening: +1 #technique: store-greet #tip: In the hall the first move is yours: greet first, smile, and ask what brought the visitor in]
    ~ shift(trust, 10)
    ~ shift(interest, 5)
    Oh, hello! Aren't you cheerful. I'm just here to pay the phone bills, same as every month. Three of them.
* [Hi there! Have you heard about our new 5G family plan? First month's free! #fault: premature-pitch #tip: Pitching before you know why she came in sounds like a script: greet her and ask her purpose first]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    Er... hi. I've barely got through the door. I'm just here to pay my bills.
- -> payment

=== payment ===
She puts the bill on the counter. # speaker: narrator
My number's on top. The other two are my kids', I pay the lot.
* [The bill will do, no ID needed. So 139 0571 2286 owes 59, and the kids' two owe 29 each? #fault: privacy-breach #tip: A bill is not proof of identity, and reading numbers and amounts aloud in a busy hall exposes her and her children's personal data]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    The man on the blue chairs looks up from his newspaper. # speaker: narrator
    Could you not read the numbers out loud? Two of those are my children's.
* [Could I see your ID card, please? I'll turn the screen so you can check all three. #conduct: +1 #technique: protect-privacy #tip: Check identity properly and let her read the details herself: numbers and balances stay off the shop floor]
    ~ shift(trust, 10)
    You check her ID card and angle the screen towards her: three lines, all on 4G plans, and a string of 20-yuan data top-ups on two of them. # speaker: narrator
    That's us. Me, Lele and Tongtong. Look at all those little top-ups... those are mine too, technically.
- -> leaflet

=== leaflet ===
The payment goes through and the printer starts warming up for the receipts. # speaker: narrator
* [While that prints, have you seen this one? It's new this month, for families paying for a few lines. #opening: +1 #technique: store-leaflet #tip: The wait for a receipt is the natural moment for the leaflet, and one sentence on who it is for is enough]
    ~ shift(interest, 5)
    She takes the leaflet. On the cover a family of four is laughing at one phone. # speaker: narrator
    "Family Share"... Oh, that's sweet, but we're fine as we are, honestly. I only came to pay. # raises: fine-as-is
    -> fine_as_is
* [All done! Here are your three receipts. Have a lovely afternoon, and see you next month. #opening: -2 #tip: Taking the payment and nothing more is the passive service the course warns against: she leaves without hearing anything new]
    Thanks! See you next month, same time. # outcome: no-sale
    -> END
* [While it prints, here's our family plan: 100 GB shared, 5G, 1,000 minutes, a video membership, cloud storage! #technique: store-leaflet #fault: feature-dump #tip: Offering the leaflet was right, but a list of features bores an expressive customer, and nothing on it is tied to anything she has told you]
    ~ shift(patience, -15)
    ~ shift(interest, -5)
    Halfway through the list her eyes drift to the printer. # speaker: narrator
    That's... a lot of things. We're fine as we are, honestly. I only came to pay. # raises: fine-as-is
    -> fine_as_is

=== fine_as_is ===
{patience < 25: -> walk_off}
* [Of course, that's entirely up to you. Take the leaflet home and have a look when you've got a quiet moment. #tip: Accepting the first "we're fine" without a single question is the passive habit the course warns against: her needs stay hidden, and a no-need objection is usually where discovery should start]
    Thanks, you're very sweet. Bye now! # outcome: no-sale
    -> END
* [Most families who say that are paying more than they need to. I'd bet your family is too. #fault: argue #tip: Telling her she is wrong about her own family only makes her defend it]
    ~ shift(trust, -15)
    ~ shift(patience, -15)
    Well, we're not most families. Just the receipts, please.
    -> cooling
* [Fine until the twentieth, says every parent I know! How do your two get on with their data? #technique: objection-humour #technique: open-question #tip: Light humour that laughs with her, never at her, lowers her guard, and an open question lets her tell the story herself]
    ~ shift(trust, 10)
    ~ shift(interest, 10)
    ~ shift(patience, 5)
    She bursts out laughing. # speaker: narrator
    The twentieth? Try the twelfth! # signal: emotional
- It's the kids, mostly. Lele's fifteen, Tongtong's thirteen, and by the middle of every month one of them texts me "MUM. NO DATA." with five crying faces. So I top them up from my phone, twenty yuan at a time, usually at midnight. Last month Tongtong ran out on a school trip, and she... # reveals: kids-topups
-> kids_story

=== kids_story ===
She pauses for effect. # speaker: narrator
* [Right, data! That's exactly what our family plan fixes. Look, here's the sharing page. #fault: interrupt #tip: She was in the middle of a story, and jumping in with the plan tells her you were waiting to pitch, not listening]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    ...and the pandas were... never mind. Yes. Data. Go on, then, tell me about your plan.
    -> invite
* [On a school trip, of all days! So every month someone runs dry and you bail them out? #technique: active-listening #tip: Saying back what she told you shows you heard it, and an expressive customer opens up further when her story lands]
    ~ shift(trust, 10)
    Every single month! Tongtong had to borrow a friend's hotspot just to send me a photo of the pandas. I'm their data bank. A very tired data bank.
* [On a school trip? Didn't you think to get her a bigger data pack before she went? #fault: intrusive-question #tip: It sounds like a problem question, but it hints she should have planned better, and problem questions must never hurt the customer's self-respect]
    ~ shift(trust, -10)
    ~ shift(patience, -5)
    ...Well, excuse me for not being psychic. She borrowed a friend's hotspot, if you must know.
- -> own_phone

=== own_phone ===
{patience < 25: -> walk_off}
* [Which plans are Lele and Tongtong on now, and how much data do they each get? #technique: spin-situation #tip: Situation questions have their place, but those facts are already on your screen, so asking her for them spends her patience on what you could have read]
    ~ shift(patience, -5)
    Some 29-yuan thing, ten gigs? Isn't it all on your screen? Anyway, that's us.
    -> summary
* [And your own phone? Is there anything about it that drives you mad? #technique: spin-problem #tip: Problem questions look for the dissatisfaction a need grows from, and asking about her, not only the kids, widens the picture]
    ~ shift(interest, 10)
    ~ heard_videos = true
    Mine? Oh, uploading! I teach dance. I film every class and send the clip to the parents' group, and from the studio it takes forever. Half the time I sit in the car park with the engine running, watching the little bar crawl. # reveals: dance-videos
- -> cost

=== cost ===
* [What would it be worth to you if nobody in the family ever ran out of data again? #technique: spin-need-payoff #tip: A need-payoff question lets her name the value, but asked this early it skips the cost she has not yet seen]
    ~ shift(interest, 5)
    Peace and quiet! No crying faces at midnight. That'd be worth a lot. # signal: emotional
* [Have you ever added up what the top-ups cost over a year? Or the midnight texts? #technique: spin-implication #tip: Implication questions make a small, familiar annoyance visible at its full size]
    ~ shift(interest, 10)
    ~ heard_bill = true
    Over a year? Goodness... I have no idea. That's the thing: three bills, top-ups on my phone at midnight, and I never actually know what the phones cost us all together. That's half the reason I come in to pay, to see it on paper. # reveals: one-bill
- -> summary

=== summary ===
{patience < 25: -> walk_off}
* [So it's mainly the kids' data{heard_videos:, more than your uploads at the studio}{heard_bill:, rather than the three bills}. A bigger pack on each of their lines would sort that, wouldn't it? #tip: A summary that steers to a smaller fix drops what she told you about herself and the bills, so the needs that make the family plan worth it never get said aloud]
    Bigger packs? That's just more things to pay for. I'm still not sure we need anything new.
* [Let me check I've got this: the kids run out of data by mid-month{heard_videos:, your videos crawl up from the studio}{heard_bill:, and three bills hide the total}. Is that about right? #technique: summarise #tip: A summary she agrees with turns scattered complaints into a need, and her agreement is a buying signal]
    ~ shift(interest, 10)
    ~ fine_ok = true
    ...Yes. When you put it like that, "fine as we are" is a bit generous, isn't it? # resolved: fine-as-is # signal: verbal
* [Well, {heard_videos:between the kids' data and your uploads crawling at the studio|with the kids running out every month}{heard_bill:, and all those separate bills to keep track of}, the family plan is just what you need. #tip: Skipping the summary leaves her objection standing, because she never heard her own problems added up]
    Maybe. I'm still not sure we need a whole new plan.
- -> invite

=== invite ===
The receipts slide out of the printer. Behind her three more people have come in, and the queue display ticks over to A019. # speaker: narrator
* [Let me run you through it right here, it won't take long. So, first there's a shared pool... #opening: -1 #tip: An explanation at the counter holds up the queue and gives her nothing to touch: the experience area does both jobs]
    ~ shift(patience, -5)
    She glances over her shoulder at the people waiting, then at her watch. # speaker: narrator
    Could we be quick? There are people waiting, and I've got a class at four. # raises: class-at-four
* [That demo phone over there is on the plan. Come and film a few seconds, send it, and see how fast it goes. #opening: +1 #technique: store-experience #tip: The experience area frees the counter and lets her feel the benefit instead of hearing about it]
    ~ shift(interest, 10)
    She glances at her watch. # speaker: narrator
    Now? I've got a class at four... # raises: class-at-four
- -> rush

=== rush ===
{patience < 25: -> walk_off}
* [Then let's not squeeze it in now. Could you pop back on Saturday instead, when you're not in a rush? #technique: respect-time #tip: Offering a better time respects her schedule, though the moment she is here is lost]
    ~ shift(trust, 10)
    Saturday? Oh, that's actually better, I could bring the kids. They'll want to poke at it anyway. # resolved: class-at-four # signal: verbal
    -> saturday
* [Of course, you can't be late. Three minutes at the stand, receipts are done, and you can stop me any time. #technique: objection-empathy #tip: Standing in her shoes first, then making the cost small and in her control, answers a timing objection]
    ~ shift(trust, 5)
    Three minutes. I'm timing you! # resolved: class-at-four # signal: emotional
    -> demo
* [It'll only take a moment, I promise, it's just over there by the window. Come on, this way, follow me, quick! #fault: pressure #tip: Walking off before she agrees ignores her objection and makes her feel herded]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    ~ rushed = true
    She hesitates, sighs, and follows you, checking her watch. # speaker: narrator
    -> demo

=== saturday ===
* [Lovely, just pop in on Saturday whenever it suits you, no need to book. Enjoy your class! #fault: no-next-step #tip: With no time booked and nothing sent, Saturday is likely to slip away]
    OK! Saturday, then. If I remember. # outcome: follow-up
    -> END
* [Shall I book you in for ten or eleven? I'll text you what you pay now next to the plan, and remind you Friday. #close: close-either-or #technique: follow-up-plan #tip: Two times to choose from turn her "Saturday" into an appointment, and the figures in writing within the day plus a reminder keep it alive]
    Ten, please. Saturday at ten, with two teenagers in tow. Good luck to you! # outcome: follow-up
    -> END

=== demo ===
{patience < 25: -> walk_off}
On the demo stand a 5G phone sits in its cradle, screen lit, next to a poster of a family on a sofa. # speaker: narrator
* [This one's standalone 5G on the n78 band, so the uplink is several times LTE's, with VoNR for calls. #fault: jargon #tip: Band numbers and acronyms mean nothing to her: let her try it instead]
    ~ shift(interest, -5)
    ~ shift(patience, -10)
    She nods politely while her eyes glaze over, then reaches past you and picks up the demo phone herself. # speaker: narrator # signal: physical
    I don't speak phone, sorry. Can I just try it? Oh. That was quick.
* [Here, film anything you like: a twirl, the posters, me. Then send it to yourself. #technique: present-experience #tip: Letting an expressive customer try it herself does more than any description of speed]
    ~ shift(interest, 15)
    ~ shift(patience, 5)
    She picks up the demo phone, films herself doing a neat little spin in the middle of the hall and taps send. The bar is full before she has lowered the phone. # speaker: narrator # signal: physical
    Wait, it's gone already? That's it? {heard_videos:At the studio that takes me ten minutes!|My phone would still be thinking about it!} # signal: verbal
- { not fine_ok:
    All right, maybe "fine as we are" was a bit generous. # resolved: fine-as-is
  }
-> sharing

=== sharing ===
{patience < 35: -> cut_to_price}
She turns the leaflet over to the family page. # speaker: narrator
And the kids? How would it work for them? # signal: verbal
* [Think of it as unlimited for them. Whatever they stream, games, videos, the lot, they won't run out again, and no more midnight texts to you. #fault: false-promise #tip: 100 GB is a big pool, not an endless one: promising they will never run out is a promise the plan cannot keep]
    ~ shift(interest, 5)
    Never run out? With Lele? Well, if you say so! That'd be a miracle.
    -> ask_price
* [You'd all share one 100 GB pool. If Lele runs low he draws from it, not from you, all on one bill. Families with teens mostly stop topping up in month one. #technique: fabe #tip: Feature, advantage, benefit and evidence, each tied to something she told you, is a presentation she can repeat at home]
    ~ shift(interest, 10)
    ~ shift(trust, 5)
    She nods slowly, looking at the pool picture on the leaflet. # speaker: narrator # signal: physical
    No more crying faces at midnight? And one bill where I can actually see everything? Oh, I like that.
* [Oh, it comes with everything: the 100 GB pool, 1,000 minutes, a video membership, 200 GB of cloud storage, caller ID, and a roaming pack for your summer holidays! #fault: feature-dump #tip: She asked one question about her kids and got a catalogue]
    ~ shift(patience, -15)
    Right... I don't need half of that. Do the kids get data or not? Actually, never mind. What does it cost?
    -> price
- -> coverage

=== coverage ===
{patience < 25: -> walk_off}
{not heard_videos: -> ask_price}
One thing, though. Does 5G actually work at my studio? It's in the old textile mill on Riverside Road, and my friend says her phone's useless in there.
* [Let's check the map. Your street has strong 5G. Thick brick walls weaken it, but 4G still works, and if it's poor I'll report it. #conduct: +1 #technique: honest-answer #tip: Saying plainly what the plan cannot promise is what makes the rest believable, and the map gives her something to check for herself]
    ~ shift(trust, 10)
    You zoom the coverage map in on Riverside Road together. The street is solid dark blue. # speaker: narrator
    Well, the studio's the new bit at the front, it's nearly all glass. And at worst I'm back in the car park, same as now! At least you didn't fib to me.
* [Oh, no need to worry about that at all. 5G covers the whole city now, so you'll be fine at the studio, at home, or anywhere else you go. #fault: false-promise #tip: Nobody can promise coverage inside every old building, and she will remember this when the signal drops]
    ~ shift(trust, 5)
    ~ coverage_lie = true
    Oh good! My friend will be jealous, then.
- -> ask_price

=== ask_price ===
Go on then, the scary bit. What does it cost?
-> price

=== price ===
You point to the price on the leaflet: 169 yuan a month. # speaker: narrator
A hundred and sixty-nine? We pay less than that now! # raises: price
* [Mind you, 169 isn't expensive for 5G and 100 GB. Most families would pay well over 200 for that elsewhere. #fault: argue #tip: Arguing about what counts as expensive leaves her objection standing and her trust lower: compare with what she actually pays]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    Not expensive for who? I'm the one paying it. I'd rather think about it and ask the kids.
    -> think_it_over
* [Let's add it up: 59 and two 29s, plus about 40 in top-ups, is roughly 157 now. So it's 12 more a month, 40 fen a day. #technique: price-daily-split #tip: Comparing with what she really pays, top-ups included, and splitting the difference by day makes the price concrete]
    ~ shift(interest, 10)
    ~ price_ok = true
    Forty fen a day? That's less than a bottle of water. And no midnight top-ups... All right, that's fair. # resolved: price # signal: verbal
* [Tell you what, since you've been with us nine years, I can take 30 a month off if you sign today. So 139, cheaper than now! #fault: false-promise #tip: There is no such discount, and the colleague who does the paperwork will have to say so]
    ~ shift(interest, 10)
    ~ fake_discount = true
    Really? Well, that changes things! Go on then, let's do it. # signal: verbal
    -> handover
- -> close

=== close ===
{patience < 25: -> walk_off}
She is still holding the demo phone, replaying her clip. # speaker: narrator
* [No rush at all. Take the leaflet home, have a chat with the kids, and good luck with your class! #fault: no-close #tip: She was holding the phone and smiling, a clear signal, and nobody asked her]
    Oh... OK. Yes, I'll have a think. Thanks! # outcome: no-sale
    -> END
* [The first month's free, and if it doesn't suit you, you can go back to your old plans at the end of it. Shall we? #close: close-trial #tip: A free first month with a way back lowers the risk of saying yes]
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
* [{heard_videos:Your next class video|Everything you send} can go up just like that one. Shall I move your three lines over now? #close: close-experience #tip: An experience close works best straight after the customer has felt the benefit herself]
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

=== think_it_over ===
* [Of course. So tonight I'll text you what you pay now next to the plan, and I'll ring Thursday. What time suits? #technique: follow-up-plan #technique: confirm-agreement #tip: When she wants time, agree a concrete next step: figures within the day, a call within three days]
    Deal. After six on Thursday is best. # outcome: follow-up
    -> END
* [No problem at all. Have a think with the kids, and pop back in whenever you're ready to go ahead. #fault: no-next-step #tip: Agreeing to "whenever" leaves nothing booked and nothing sent, and next month's bill is likely to come first]
    Will do. Bye! # outcome: no-sale
    -> END
* [Just so you know, the free month is only for sign-ups this month, so it's best to decide today while you're here. #fault: pressure #tip: The deadline is real, but pressing it after she asked for time turns a maybe into a no]
    ~ shift(trust, -10)
    Then I'll just have to miss it, won't I. # outcome: no-sale
    -> END

=== handover ===
Sign-ups are done at the service counter. Your colleague Xiao Wang at counter 3 has just finished with a customer. # speaker: narrator
* [Here's your ticket for the service counter, Ms Chen. When your number comes up, my colleagues will do all the paperwork there. #opening: -2 #tip: Sending her back into the queue without a word to your colleague makes her start from scratch]
    ~ shift(patience, -15)
    Six minutes later her number comes up at counter 3. # speaker: narrator
    Good afternoon! What can I do for you today? # speaker: Xiao Wang
    {patience < 25: -> walk_off}
    {fake_discount: -> discount_exposed}
    She sighs and explains it all again from the start, the kids, the studio, the bills. # speaker: narrator
    {coverage_lie: -> coverage_exposed}
    By the time the paperwork is done you are busy with another visitor, and she leaves with a quick wave across the hall. # speaker: narrator
    I'll give it a go, then. # outcome: sale
    -> END
* [Xiao Wang, Ms Chen's moving three lines to Family Share 169. The kids keep running out{heard_videos:, she uploads class videos}, she wants one bill. #opening: +1 #technique: store-handover #tip: A handover that carries her needs means she never has to repeat herself]
    ~ shift(trust, 5)
    {fake_discount: -> discount_exposed}
    {coverage_lie: -> coverage_exposed}
    Hello, Ms Chen! I've got everything, you won't have to repeat a word. Just your ID card once more, please. # speaker: Xiao Wang
    Oh, lovely. That's service.
    -> signed

=== discount_exposed ===
And don't forget my thirty yuan off!
~ shift(trust, -30)
Thirty yuan off? I'm sorry, Ms Chen, there's no discount like that on this plan. It's 169 a month, with the first month free. # speaker: Xiao Wang
She turns to look at you. # speaker: narrator
So that was just talk?
* [Xiao Wang, could you just check with the manager for us? I'm sure something can be done for Ms Chen after all. #fault: pressure #tip: Pushing a promise that was never real makes the whole hall look untrustworthy]
    ~ shift(trust, -10)
    No, don't bother. I'm late.
    She takes her receipts and walks out. # speaker: narrator # outcome: hang-up
    -> END
* [I'm sorry, Ms Chen, I got that wrong. There's no discount, only the free first month, so please sign only if that works for you. #conduct: +1 #tip: Owning a mistake at once is the only way to keep some of her trust]
    ~ shift(trust, 5)
    Hm. At least you own up to it. But I don't like being told stories at the counter. I'll think about it. # outcome: no-sale
    -> END

=== coverage_exposed ===
And 5G at my studio too, in the old mill on Riverside Road. Apparently the whole city's covered now!
The old textile mill? Just so you know, Ms Chen, inside the old brick part the 5G signal is weak. 4G works fine there, and we can log it for the network team. # speaker: Xiao Wang
~ shift(trust, -20)
She turns to look at you. # speaker: narrator
The whole city, you said.
* [Oh, it'll be fine in there, really. Xiao Wang's just being careful, you won't notice a thing. #fault: false-promise #tip: Repeating a promise your own colleague has just corrected costs the last of her trust]
    ~ shift(trust, -10)
    I'd rather believe the one who isn't selling to me. I'll think about it. # outcome: no-sale
    -> END
* [I'm sorry, I got that wrong. Inside the old part it's mostly 4G, so only sign if that still works for you. #conduct: +1 #tip: Owning the mistake at once, before she has to ask, is the only way to keep some of her trust]
    ~ shift(trust, 5)
    Hm. The front's all glass anyway, and I can go back within the month. I'll try it. But I'm checking, mind. # outcome: sale
    -> END

=== signed ===
Ten minutes later Xiao Wang hands her the plan summary, and her phone buzzes: "Welcome to Family Share". # speaker: narrator
* [There you go, all done and dusted! Enjoy the new plan, say hi to Lele and Tongtong for me, and have a lovely class. #fault: no-next-step #tip: She leaves without the agreement restated or any check-in planned]
    Bye! Thanks! # outcome: sale
    -> END
* [So: all three lines on Family Share from today, first month free, one bill on the 1st. I'll text you next week to see how it's going. #technique: confirm-agreement #technique: after-sale-care #tip: Restating the agreement and promising a check-in keeps the sale from turning into a complaint]
    Perfect. And if Lele burns through all hundred gigs, I'm sending him to you! # outcome: sale
    -> END

=== cooling ===
The receipts are ready. # speaker: narrator
* [Just one more minute, please, you really should hear this. It could save your family a lot. #fault: pressure #tip: Pressing on after a clear no sends her out of the door]
    ~ shift(trust, -10)
    She takes the receipts and walks out without another word. # speaker: narrator # outcome: hang-up
    -> END
* [Of course. Here are your receipts, and the leaflet in case you fancy a look. Thanks for coming in! #conduct: +1 #tip: Once she has said no twice, a friendly goodbye keeps the door open for next month]
    Thanks. Bye. # outcome: no-sale
    -> END

=== cut_to_price ===
She glances at the clock above the counters. # speaker: narrator
Look, I haven't got long. Just tell me what it costs.
-> price

=== walk_off ===
She checks her watch, picks up her bag and is already turning away. # speaker: narrator
Sorry, I really have to go. I'm going to be late. # outcome: hang-up
-> END
