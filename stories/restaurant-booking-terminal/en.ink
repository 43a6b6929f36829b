# id: restaurant-booking-terminal
# title: A booking terminal for a busy Hunan restaurant
# channel: key-account
# product: Dingcanbao booking terminal
# difficulty: 4
# time-limit: 900
# persona: Mr Tang
# persona-age: 47
# persona-role: owner of a two-floor Hunan restaurant
# persona-style: driver
# persona-tier: mid
# goal: Find out who decides, who influences and who uses; uncover the booking problems; win the order for the booking terminal or a dated demo.
# brief: Account: Xiangweiju Hunan restaurant, Jiefang Road. Two floors, 26 tables and 6 private rooms, about 300 covers a day.
# brief: Telecom services: 2 fixed lines (the booking number is printed on the menu), 200M broadband, 4 mobile lines on a business plan. About 680 yuan a month, customer for 6 years.
# brief: Contact on file: Mr Tang, owner, signs every contract. Who takes the bookings day to day is not on file.
# brief: Recent contact: 3 weeks ago the front desk reported the booking line busy at lunchtime and asked about an extra line.
# brief: Also listed on a food-delivery app that takes table bookings. Bookings otherwise kept in a paper book.
# brief: Offer: Dingcanbao booking terminal, 128 yuan a month with the terminal, two-year agreement, 1,000 texts a month. Reference: Old Wang's Dumpling House, two streets away, live since spring.
# brief: Visit agreed by phone for Friday 10:40, before the lunch service.
# need: missed-calls, Booking calls ring out at the till during the lunch and dinner rush
# need: no-shows, The paper booking book double-books private rooms, and no-shows are never confirmed or chased
# need: regulars, The owner cannot tell which regulars have stopped coming and has no way to bring them back
# objection: platform, competitor, Already takes table bookings through a food-delivery app
# objection: price, price, Does not want another monthly bill on top of the app's commission

INCLUDE ../_lib/customer.ink

// Who the trainee has drawn in, what they have heard, and where the objections stand:
// the owner decides, but only signs once his floor manager is on side.
VAR staff = false
VAR heard_calls = false
VAR heard_noshows = false
VAR heard_regulars = false
VAR lin_backs = false
VAR platform_ok = false
VAR price_ok = false

~ trust = 40
~ patience = 35
~ interest = 25

Friday, 10:40, Xiangweiju on Jiefang Road. Woks clatter in the kitchen, and the phone at the till rings and rings. Mr Tang, the owner, is counting crates of chillies at the door. # speaker: narrator
You're the one from Telecom? Lunch starts at half eleven. What is it?
-> opening

=== opening ===
* [Mr Tang, I look after your Telecom account. Your front desk said the booking line is engaged all lunchtime; I sorted that for Old Wang's Dumpling House. Ten minutes, then I'm gone. #opening: +1 #technique: opener-trust #technique: respect-time #tip: A credential he can check, a problem he already reported and a time limit: that is how a driver gives you the next minute]
    ~ shift(trust, 10)
    ~ shift(interest, 10)
    Old Wang? He keeps showing off some gadget by his phone. Ten minutes, then. Go.
    -> mapping
* [Morning, Mr Tang! The new front looks great, it must have cost you a bit. How's business been this year? Busier than last, judging by that queue at the till? #opening: -1 #tip: A driver hears small talk as time taken from him: lead with why you came and what is in it for him]
    ~ shift(patience, -10)
    The decor cost me a fortune and business is business. You didn't come to talk about my walls. What do you want?
    -> mapping
* [Sorry to bother you right before lunch, Mr Tang, I know how busy you are. Could you spare me a few minutes? We've got a new product I think you'd really like. #fault: forbidden-opener #tip: Apologising for the visit and asking for a few minutes is a banned opener: it tells him you expect to waste his time]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    Everyone who asks for a few minutes takes half an hour. One sentence. What is it?
    -> mapping
* [Mr Tang, I've brought you our brand-new booking terminal: caller display, confirmation texts, promotions, guest groups and a daily takings report. All that for just 128 yuan a month. #fault: premature-pitch #fault: feature-dump #tip: A list of functions before a single question tells the owner you know nothing about his restaurant]
    ~ shift(patience, -20)
    ~ shift(trust, -10)
    Stop. I don't buy gadgets from someone who has been in my restaurant for thirty seconds.
    He turns back to his chilli crates. # speaker: narrator
    -> mapping

=== mapping ===
{patience <= 10: -> hang_up}
The phone at the till rings again. The young cashier answers it with one hand and gives change with the other. # speaker: narrator
* [Before I show you anything: who answers the booking phone, and who keeps the booking book? And is a decision like this yours alone, or do they get a say? #technique: find-decision-maker #tip: In a key account, find out who decides, who influences and who uses before you present anything]
    -> staff_join
* [How do most of your bookings come in at the moment, by phone or through the app? And roughly how many would you take on a Friday night? #technique: four-layer-information #tip: A fair information question, but the owner does not take the calls: find the people who do]
    ~ shift(patience, -5)
    By phone, mostly. Forty-odd on a Friday, the private rooms go first. Lin writes them in the book. I don't take the calls, I've got a kitchen to run.
    -> mapping_late
* [Hear that? Every call that rings out is a table you've lost. Put in a second line with our booking terminal and you'd catch most of those calls, even at the busiest time. #fault: premature-pitch #tip: You are pitching a fix for a problem he has not admitted to. Ask the people who live with it first]
    ~ shift(patience, -15)
    ~ shift(trust, -5)
    Losing bookings? Says who? You've been standing in my doorway for two minutes.
    -> mapping_late

=== mapping_late ===
{patience <= 10: -> hang_up}
* [Could whoever keeps the bookings and whoever answers the phone join us for two minutes? And it's your decision in the end? #technique: find-decision-maker #tip: Better late than never: the decision-maker signs, but the influencer and the user decide whether it works]
    -> staff_join
* [How often would you say the booking line is engaged at lunch, then? Once or twice a week, or right through every service? #discovery: -1 #tip: The owner decides, but he is not the user: he cannot tell you what happens at the till]
    ~ shift(patience, -10)
    How would I know? I'm in the kitchen or on the floor. The phone is the cashier's job.
    -> implication

=== staff_join ===
~ staff = true
~ shift(trust, 5)
I sign for everything in here. Lin runs the floor and keeps the booking book. Xiao Chen on the till answers the phone, when he can. Lin! Xiao Chen! Over here, two minutes.
Ms Lin, the floor manager, comes over with a fat booking book under her arm. Xiao Chen stays half-turned towards the till, one eye on the phone. # speaker: narrator
-> user_question

=== user_question ===
{patience <= 10: -> hang_up}
* [Xiao Chen, walk me through it: it's twelve o'clock, there's a queue at the till and the phone starts ringing. What happens next? #technique: open-question #tip: The user knows the pain best. An open question lets him describe it in his own words]
    ~ heard_calls = true
    ~ shift(interest, 5)
    At twelve there's a queue to pay and the phone rings and I can't leave the till. If I do pick up, I write the booking on whatever is there and run it over to Ms Lin. Friday nights, five or six calls just ring out. # speaker: Xiao Chen # reveals: missed-calls
    Five or six? You never told me that.
    -> influencer_question
* [Xiao Chen, do you ever end up missing booking calls when it gets really busy at lunchtime? Even if it's only now and then? #tip: A yes-or-no question in front of his boss invites a defensive no: ask how things work, not whether he fails]
    ~ shift(patience, -10)
    Xiao Chen glances at Mr Tang. # speaker: narrator
    Now and then. Not many. # speaker: Xiao Chen
    -> influencer_question
* [How long does one bill take you at the till, Xiao Chen? If it's slow, I'd guess that's why so many of the calls go unanswered. #fault: intrusive-question #tip: A problem question must never hurt someone's self-respect: ask about the situation, not about a person's competence]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    Xiao Chen goes red and turns back to his queue. # speaker: narrator
    My staff work hard. Don't come in here and blame them.
    -> influencer_question

=== influencer_question ===
{patience <= 10: -> hang_up}
* [Ms Lin, on a full Friday night, where does the booking book let you down? What's the worst mix-up you've had with it? #technique: spin-problem #tip: Problem questions find the dissatisfaction a need grows from, and they show the influencer you take her work seriously]
    ~ heard_noshows = true
    ~ shift(interest, 5)
    Two of us write in it and nobody can read anybody else. Last month I gave private room 3 to two parties at seven o'clock. And the no-shows: a table of ten books, never turns up, and I've turned away walk-ins for them. I haven't got time to ring everyone back to confirm. # speaker: Ms Lin # reveals: no-shows
    -> implication
* [Ms Lin, wouldn't you rather have all of this on a screen instead of in that paper book? It must be a real headache. #tip: A leading question about replacing her tool puts the influencer on the defensive: ask about her difficulties first]
    ~ shift(patience, -10)
    I've kept that book for eight years. It works. # speaker: Ms Lin
    -> implication
* [Thanks, both of you, I won't hold up your lunch prep. Mr Tang, let's talk about what those missed calls are costing you. #tip: The floor manager is the influencer. Leave her out now and she will not back you when the owner turns to her]
    ~ staff = false
    Ms Lin shrugs and goes back to laying tables. Xiao Chen returns to his queue. # speaker: narrator
    -> implication

=== implication ===
{patience <= 10: -> hang_up}
* [What does a table of six spend here on a Friday night? And if you lose a few of those every Friday, what's that over a month? #technique: spin-implication #tip: Implication questions make the cost of a difficulty visible. Let him do the sum himself]
    ~ shift(interest, 15)
    A table of six spends four, five hundred here.
    {
    - heard_calls && heard_noshows:
        Five calls ringing out, and a no-show or two on top.
        He stops counting on his fingers. # speaker: narrator
        That's two thousand walking out of the door every Friday. Eight, ten thousand a month.
    - heard_calls || heard_noshows:
        If it's as they say, that's a couple of thousand every Friday. Eight thousand a month, maybe more.
    - else:
        I don't know how many we lose. A few.
        He frowns. # speaker: narrator
        A few tables a week is a lot of money, mind.
    }
    -> regulars
* [A table like that must spend a few hundred here. Lose a handful of those every Friday and that's thousands a month gone, easily. #discovery: -1 #tip: Telling a driver his own figures provokes him. Ask the question and let him reach the number himself]
    ~ shift(patience, -10)
    ~ shift(trust, -5)
    Don't tell me my numbers. I've run this place for eleven years.
    -> regulars
* [Right, I've heard enough to see what you need. Let me show you what the terminal does about all of this. #tip: A driver likes speed, but without the implication the problem stays small in his mind, your price will look big, and you never learn about his regulars]
    -> present

=== regulars ===
{patience <= 10: -> hang_up}
* [And your regulars: how do you keep track of them now? How would you know if one of them had stopped coming? #technique: four-layer-information #tip: An information question about how things work today uncovers a need the customer has never put into words]
    ~ heard_regulars = true
    ~ shift(interest, 5)
    In my head. And Lin's.
    He pauses. # speaker: narrator
    Director Wu's team from the district office ate here every month for years. I only noticed they'd stopped when Lin said so. Two months gone. Over the road to the new place, I'd bet. # reveals: regulars
    -> summary
* [If you let me have your regulars' phone numbers, I'll get them all loaded into the terminal for you before it goes in. #fault: privacy-breach #tip: Never ask for customers' personal data you have no need for. The guests' numbers belong to the restaurant, and the law protects them]
    ~ shift(trust, -20)
    ~ shift(patience, -10)
    My customers' numbers? To a salesman? Not a chance.
    -> summary
* [Do you do anything at the moment to bring customers back? Vouchers, loyalty cards, that kind of thing? #tip: A yes-or-no question about marketing gets a yes-or-no answer. Ask how he keeps track of regulars instead]
    ~ shift(patience, -10)
    Discount cards at New Year. Nobody ever brings them back.
    -> summary

=== summary ===
{patience <= 10: -> hang_up}
Right. What's your answer? Quickly.
* [Quickly, then, so I know I've got it right: bookings slip through between the phone and the book, and it costs you. Yes? #technique: summarise #tip: A short summary gets the decision-maker to agree to the problems before you show the fix]
    ~ shift(trust, 5)
    {
    - heard_calls && heard_noshows && heard_regulars:
        That's it. Calls going nowhere, a book nobody can read, and customers walking off without me noticing.
    - heard_calls || heard_noshows:
        That's about it. Bookings getting lost.
    - else:
        More or less. Go on.
    }
    -> present
* [You've told me enough. Let's put one terminal on your booking line, and I'll have it installed for you next week. #close: close-direct #tip: Asking for the order before any buying signal pushes a driver away. He has not even heard what it does]
    ~ shift(patience, -10)
    Order what? You haven't even told me what it does.
    -> present
* [Before I answer, one more question: if every booking call got answered and every room was confirmed, what would that be worth to you? #discovery: -1 #tip: A need-payoff question is a good tool, but not when a driver has just asked for your answer, quickly. Another question now sounds like stalling: sum up in one breath and show him the fix]
    ~ shift(patience, -10)
    I asked you a question. Don't answer it with another one.
    -> present

=== present ===
{patience <= 10: -> hang_up}
{
- staff:
    Ms Lin stays to listen, and Xiao Chen keeps one ear on you from the till. # speaker: narrator
}
* [I'll take the problems you've just described one at a time, and tell you what the terminal changes for each of them. #technique: fabe #tip: Feature, advantage, benefit, then evidence, with every benefit tied to a problem the customer has told you]
    ~ shift(interest, 15)
    -> fabe_words
* [It does the lot: caller display, a handwriting screen, confirmation texts, promotions, festival greetings, guest groups and daily takings. #fault: feature-dump #tip: A list of functions with no link to his problems is a catalogue, not a reason to buy]
    ~ shift(patience, -15)
    I asked what it does for me, not for a catalogue.
    -> evidence
* [It's a CRM terminal on our central platform, with an SMS gateway and push messages to the greeter's handset. #fault: jargon #tip: Jargon loses a busy owner. Say what it does in his words: calls, tables, regulars]
    ~ shift(patience, -10)
    Say that again in plain words. I run a kitchen.
    -> evidence

=== fabe_words ===
{
- heard_calls:
    Every call pops up on the screen with the number, and for anyone who has booked before, their name and how often they come. The calls nobody could get to stay on a list, so when the rush eases Xiao Chen can ring them back before they book somewhere else. And a booking takes a few taps, not a scrap of paper run over to Ms Lin. # speaker: trainee
- else:
    Every call pops up on the screen with the number, and the name of anyone who has booked before. Calls nobody could get to stay on a list to ring back after the rush, and a booking takes a few taps. # speaker: trainee
}
{
- heard_noshows:
    The booking goes on the screen instead of in the book, so a room cannot be given twice, and the guest gets a text at once with the room, the time and the address to forward to the party, so far fewer forget. # speaker: trainee
- else:
    The guest gets a text at once with the table, the time and the address, to forward to the rest of the party. # speaker: trainee
}
{
- heard_regulars:
    And every month it sorts your guests into new, returning, loyal and slipping away, so you see a Director Wu drifting before he has been gone two months, and can send him an invitation. # speaker: trainee
- else:
    And every month it sorts your guests into new, returning, loyal and slipping away, so you can see who needs an invitation back. # speaker: trainee
}
{
- staff:
    The guest gets the room by text, and I see the list on a screen? Then I'm not chasing bits of paper round the floor. # speaker: Ms Lin # signal: verbal
}
Mr Tang puts his clipboard down on the counter. # speaker: narrator # signal: physical
-> evidence

=== evidence ===
{patience <= 10: -> hang_up}
{
- staff:
    Will it stop the no-shows, though? # speaker: Ms Lin
- else:
    Does anybody round here actually use it?
}
* [Old Wang's Dumpling House, two streets away, has had one since spring. It won't stop every no-show, but his figures are worth hearing. #technique: honest-answer #technique: present-testimonial #tip: An honest limit makes the evidence believable, and a neighbour's figures are evidence a driver can check]
    Before, about one weekend booking in eight didn't turn up. With the confirmation text and a reminder on the day, it's about one in twenty. In his first month he texted thirty-odd regulars who had gone quiet, and a dozen came back. He's happy for you to ring him. # speaker: trainee
    {
    - staff:
        ~ lin_backs = true
        One in twenty. I'd take that. # speaker: Ms Lin # signal: verbal
    - else:
        One in twenty. Wang is no fool with his money. # signal: verbal
    }
    -> privacy
* [Old Wang's had no double bookings and not a single no-show since he put it in this spring. Ring him and ask him yourself, he'll tell you. #fault: false-promise #tip: A reference sounds like evidence, but no system ends no-shows. Inflating a neighbour's results is a false promise the owner can check with one phone call]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    {
    - staff:
        Not one no-show? Nothing does that. Have you ever run a floor? # speaker: Ms Lin
    }
    Don't promise me things you can't do.
    -> privacy
* [Let me show you rather than tell you. I'll book a table on my phone right now, and you can watch the text arrive. #technique: present-experience #tip: Letting them try it works, but with lunch forty minutes away a neighbour's figures would have been quicker]
    ~ shift(patience, -10)
    A phone buzzes: the table, the time, the address and a map link. # speaker: narrator
    {
    - staff:
        ~ lin_backs = true
        Oh, it even sends the map. The guests would like that. # speaker: Ms Lin # signal: emotional
    - else:
        Hm. Neat enough. # signal: emotional
    }
    -> privacy

=== privacy ===
{patience <= 10: -> hang_up}
And this guest list. Can I send an offer to everyone who has ever rung us? # signal: verbal
* [To guests who've booked and agreed to hear from you, yes. Every text carries an opt-out: the personal information law requires it. #technique: protect-privacy #tip: Protect personal data: marketing texts only to guests who have agreed, and say so before he learns it from a complaint]
    ~ shift(trust, 5)
    Fair enough. I don't want complaints either.
    -> platform
* [Yes, every number that's ever rung you goes on the list, and you can text the whole lot of them whenever you like. #fault: privacy-breach #tip: Texting every caller without consent breaks the Personal Information Protection Law, and the restaurant takes the complaints]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    {
    - staff:
        My cousin's tea shop got reported for texts like that. # speaker: Ms Lin
    }
    Hm. We'll see.
    -> platform
* [Anyone who's booked with you, yes. They gave you their number when they booked, so that already counts as their permission to get offers. #fault: privacy-breach #tip: A number given to book a table is not consent to marketing. Under the Personal Information Protection Law offers go only to guests who agreed to them, with an opt-out in every text]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    {
    - staff:
        Is that right? My cousin's tea shop got reported for texts like that. # speaker: Ms Lin
    }
    Hm. We'll see.
    -> platform

=== platform ===
{patience <= 10: -> hang_up}
But look. We're on the delivery app already, and people book tables through it. Why do I need your box as well? # raises: platform
* [When a regular books through the app, whose customer list does he end up on? And what does the app take for each booking? #technique: objection-guide #tip: The guide method: questions lead him to see the difference himself, without a word against the app]
    ~ platform_ok = true
    ~ shift(trust, 5)
    The app's, I suppose. And it takes its cut. And then it sends them coupons for the place over the road.
    He snorts. # speaker: narrator
    All right. The app is for strangers. The phone is for my regulars. # resolved: platform
    -> price
* [Keep the app, it's good for bringing in new faces. This is for your phone bookings and your regulars. The two sit side by side. #technique: objection-empathy #tip: Empathy first, then show how the two fit together: he keeps what works]
    ~ platform_ok = true
    ~ shift(patience, -5)
    Side by side. Fine. As long as I'm not paying twice for the same table. # resolved: platform
    -> price
* [Those apps bleed restaurants dry. They take a cut of every table, then sell your regulars to the place over the road. #fault: badmouth-competitor #tip: Running down a supplier he chose insults his judgement. Show your own value instead]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    That app brings me a third of my new customers. Don't rubbish people I do business with.
    -> price

=== price ===
{patience <= 10: -> hang_up}
He picks up the price sheet you laid on the counter. # speaker: narrator
128 a month, for two years. That's another bill on top of the app's cut and the phone bill. # raises: price
* [Which matters more to you, then: 128 yuan a month, or the tables that ring out on a Friday night? #technique: reverse-question #tip: A reverse question turns the price objection back into the need: he weighs the fee against his own losses]
    ~ price_ok = true
    ~ shift(interest, 10)
    He laughs, short and surprised. # speaker: narrator
    One table of six a month and it has paid for itself. When you put it like that. # resolved: price # signal: emotional
    -> close
* [Look at it another way: that's about four yuan a day. Less than a bowl of noodles. #technique: price-daily-split #tip: The daily figure answers the price, though a driver cares more about what he loses without it]
    ~ price_ok = true
    ~ shift(patience, -5)
    Everything costs four yuan a day if you chop it fine enough.
    He shrugs. # speaker: narrator
    Fine. It's not the money. It's whether it gets used. # resolved: price
    -> close
* [Come on, that's cheap. It's nothing next to what the app takes off you in commission every single month. #fault: argue #tip: Telling him he is wrong about his own costs starts an argument you cannot win]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    Don't tell me what's cheap. I pay the bills here, not you.
    -> close
* [Sign today and I'll get the first year's fee waived for you. That offer's only good for today, though. #fault: false-promise #fault: pressure #tip: You cannot give away a year on your own authority, and a today-only offer made up on the spot is pressure]
    ~ shift(trust, -20)
    ~ shift(patience, -10)
    A year free? Put that in writing with your manager's stamp on it.
    He watches your face. # speaker: narrator
    Thought not.
    -> close

=== close ===
{patience <= 10: -> hang_up}
{
- price_ok:
    How quickly could you put it in? We've got a wedding banquet a week on Saturday. # signal: verbal
}
{
- lin_backs:
    Mr Tang looks at Ms Lin. She nods. # speaker: narrator # signal: physical
- staff:
    Mr Tang looks at Ms Lin. She folds her arms. # speaker: narrator
}
* [Old Wang signed on a Thursday and was taking bookings by Monday lunch. I can do Monday at half nine for you. Shall I book it? #close: close-testimonial #tip: A testimonial close: a neighbour he respects made the same choice, and Monday is before his banquet]
    -> decide
* [I can have an engineer here Monday or Tuesday at half past nine, before your lunch prep either way. Which suits you? #close: close-either-or #tip: Either-or: both answers are a yes, which suits a driver who likes to pick]
    -> decide
* [Let me bring a demo unit on Tuesday at three, when it's quiet, so the people who'll use it can try it first. #close: close-trial #tip: A small step: the users try it before the owner signs. Right when the influencer is not yet convinced]
    {
    - trust >= 30:
        Tuesday at three. If Lin and Xiao Chen can work it, we'll talk.
        -> meeting_confirm
    - else:
        -> no_sale
    }
* [I'll leave you this brochure with all the prices in it. Have a read through when you've got a minute, and give me a ring then. #fault: no-close #tip: He has been giving buying signals: questions about how it works, a nod from his floor manager. Ask for the order instead of handing him homework]
    -> brochure

=== decide ===
{
- lin_backs && price_ok && platform_ok && trust >= 55:
    Monday, half past nine, before prep. Lin, you're learning it. # signal: verbal
    -> after_sale
- staff && not lin_backs && trust >= 35:
    I'd want to see it before I give up my book. # speaker: Ms Lin
    You heard her. Bring one on Tuesday at three and show her.
    -> meeting_confirm
- not staff && trust >= 35:
    Lin, my floor manager, is the one who'd use it, and she hasn't even seen it. Bring one on Tuesday at three and show her.
    -> meeting_confirm
- trust >= 35 && not platform_ok:
    Not today. And the app stays, whatever you think of it. Bring one on Tuesday at three, let them try it, and we'll see.
    -> meeting_confirm
- trust >= 35:
    Not today. Bring one on Tuesday at three, let them try it, and then we'll talk.
    -> meeting_confirm
- else:
    -> no_sale
}

=== after_sale ===
* [Thank you, Mr Tang. One terminal on the booking line, in on Monday at half past nine. Ms Lin, Xiao Chen, this is my direct number. #technique: confirm-agreement #technique: follow-up-plan #technique: after-sale-care #tip: Thank, confirm what was agreed, give the next steps with dates, and make sure the users know whom to call]
    You'll have the setup sheet by tomorrow. I'll call Ms Lin three days after it goes live, and in a week I'll bring your first guest report. On Monday I'll stay fifteen minutes to walk you both through it. # speaker: trainee
    Fifteen minutes on Monday, before the lunch rush. # speaker: Ms Lin
    Good. Lin, it's yours.
    He is already shouting for the chillies to go into the kitchen. # speaker: narrator # outcome: sale
    -> END
* [Thanks very much, Mr Tang, that's great news. I'll be in touch about the paperwork, and we'll get it all sorted for you. #fault: no-next-step #tip: In touch when? A sale with no confirmed next step leaves the owner unsure who does what]
    ~ shift(trust, -5)
    In touch when? I want it in on Monday.
    He is already walking to the kitchen. # speaker: narrator # outcome: sale
    -> END
* [While I've got you, Mr Tang: with all the calls you're getting, a second mobile line and faster broadband would really help as well. #fault: pressure #tip: Over-selling right after a yes puts the yes at risk. Confirm what was agreed and leave]
    ~ shift(trust, -10)
    Don't push your luck. One thing at a time. # outcome: sale
    -> END

=== meeting_confirm ===
* [Tuesday at three, then, with Ms Lin and your cashier. The proposal and Wang's figures reach you tomorrow; I'll ring Monday to check. #technique: confirm-agreement #technique: follow-up-plan #tip: A demo date is only real when it is confirmed, with the proposal and a reminder call in between]
    Tuesday at three. Don't be late, and be gone by four. # outcome: meeting
    -> END
* [Great, thanks. I'll give you a ring sometime next week, and we can find a time for the demo that suits everybody. #fault: no-next-step #tip: He gave you a day and a time. Confirm it now, or it slips]
    Call, then.
    He is already turning towards the kitchen. # speaker: narrator # outcome: follow-up
    -> END
* [Why wait until Tuesday? Sign today and I'll install it on the same visit, so your staff can learn it on the real thing straight away. #fault: pressure #tip: He chose the smaller step, a demo on Tuesday. Pushing for the signature after he has said not today is pressure, and it costs you the step he offered]
    ~ shift(trust, -15)
    I said Tuesday. Push me again and there won't be a Tuesday. Ring me next week.
    He turns his back on you and shouts for the chillies. # speaker: narrator # outcome: follow-up
    -> END

=== brochure ===
Leave it with Xiao Chen.
* [I'll ring you on Tuesday afternoon to answer any questions, and send you Old Wang's figures before then. #technique: follow-up-plan #tip: At least a dated next step keeps the door open]
    If I've read it. # outcome: follow-up
    -> END
* [No problem at all. Have a look through it whenever you get the chance, and I'll be in touch with you again soon. #fault: no-next-step #tip: With no date and no reason to call, the brochure ends up under the till]
    The brochure goes under the till with the takeaway menus. # speaker: narrator # outcome: no-sale
    -> END

=== no_sale ===
Not today. I've got a lunch service to run. # outcome: no-sale
-> END

=== hang_up ===
Enough. I've got a restaurant to run.
He walks into the kitchen without looking back. # speaker: narrator # outcome: hang-up
-> END
