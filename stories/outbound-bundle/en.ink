# id: outbound-bundle
# title: A 10000 call: the fused 5G and gigabit bundle for a busy family
# channel: outbound-call
# product: Fused 5G + gigabit broadband bundle
# difficulty: 2
# time-limit: 420
# persona: Mr Zhou
# persona-age: 39
# persona-role: Data analyst who works from home two days a week
# persona-style: analytical
# persona-tier: mid
# goal: Find out why the family's phones and home internet no longer fit, answer his objections with real figures, and sign Mr Zhou up to the fused 5G + gigabit bundle with an installation date
# brief: Zhou Hang, mobile customer for 8 years, number ending 6688, no complaints on record
# brief: Plan: 5G 129, 30 GB and 500 minutes, 129 yuan a month. Data used in the last three months: 34, 37 and 33 GB
# brief: Five 10-yuan data top-ups in the last three months, all bought on Tuesdays or Thursdays
# brief: Also pays for a 30-yuan prepaid card on a separate account, registered to him
# brief: No home broadband with us. His estate is on our fibre network and gigabit is available at his address
# brief: Pre-warmed: an SMS about the fused bundle went out 6 days ago and was opened, no reply
# brief: Offer: Fused 5G + Gigabit at 239 yuan a month: 1000 Mbps broadband with a Wi-Fi 6 router, 60 GB and 1000 minutes, up to two free sub-cards sharing the data, one bill, free installation
# brief: Promotion: the first month is free on orders placed by the 30th of this month
# need: online-classes, Both children have online lessons at the same time every evening and the video freezes
# need: home-office, He works from home on Tuesdays and Thursdays, his video calls break up and big uploads take forty minutes, so he tethers to his phone and buys top-ups
# need: one-bill, He reconciles three bills from two companies every month and wants a single bill
# objection: price, price, Compares 239 with his 129 phone bill and thinks the bundle nearly doubles his spend
# objection: contract, contract, Has prepaid his current broadband provider for a year and four months are still left
INCLUDE ../_lib/customer.ink
VAR bill_known = false
VAR promised_saving = false

~ trust = 30
~ patience = 45
~ interest = 20

Monday, 12:35. You dial the number ending 6688 from the 10000 outbound desk. # speaker: narrator
Hello?
-> opening

=== opening ===
* [Hello, sorry to bother you. Have you got a few minutes? We're running a special promotion this month I'd like to tell you about. #fault: forbidden-opener #tip: Sorry to bother you and have you got a few minutes are banned openers: they invite a no and announce a sales pitch]
  ~ shift(patience, -20)
  ~ shift(trust, -10)
  A promotion. I'm on my lunch break. Who is this?
  -> opening_rescue
* [Good afternoon, this is Lin from China Telecom's 10000 service centre, and this call is free. Am I speaking with Mr Zhou? #opening: +1 #technique: opener-standard #tip: The standard opener: greeting, China Telecom, the 10000 service centre, your name, a free call, and the right person confirmed before anything else]
  ~ shift(trust, 5)
  Yes, Zhou speaking. What's it about?
  -> permission
* [Good afternoon! Lin from China Telecom 10000, on a free call. We have a family offer for long-standing customers. #fault: skip-identity-check #tip: Confirm you are speaking to the account holder before you say anything about his account]
  ~ shift(trust, -5)
  Sorry, who did you want? This is his wife. My husband left his phone on the table. # speaker: Mrs Zhou
  -> wrong_person

= opening_rescue
* [I'm sorry, let me start again. This is Lin from China Telecom's 10000 service centre, on a free call. Is that Mr Zhou? #technique: opener-standard #tip: A clean standard opener can still rescue a bad first sentence, but the customer's patience is already lower]
  Yes, it's Zhou. Go on, quickly.
  -> permission
* [It'll only take a minute, I promise: gigabit broadband and 5G together on one bill, and right now the first month is free. #fault: premature-pitch #tip: He has just told you he is busy; pitching harder ends the call]
  ~ shift(patience, -30)
  Not interested. Goodbye. # outcome: hang-up
  -> END

= wrong_person
* [Ah, sorry, I should have checked first. It's about his own account, so I'll call him back at a better time. Thank you. #technique: protect-privacy #conduct: +1 #tip: Account matters are for the account holder; saying nothing more to a family member protects his data]
  ~ shift(trust, 5)
  That's very proper of you. He's gone out for lunch. Try him after six, he'll be home. # speaker: Mrs Zhou # outcome: follow-up
  -> END
* [No problem, it's for the whole family anyway. He's on our 129 plan and keeps buying top-ups, so the 239 bundle would suit you. #fault: privacy-breach #tip: Reading a customer's plan and usage to someone else breaks the Personal Information Protection Law, whoever they are]
  ~ shift(trust, -30)
  You're telling me about his account? I don't think you're supposed to do that. I'll tell him you called. # speaker: Mrs Zhou # outcome: hang-up
  -> END

=== permission ===
* [Thank you for eight years with us, Mr Zhou. I'd like to check your phones and internet still suit the family. May I ask two or three quick questions? #technique: opener-please #technique: four-layer-permission #tip: Sincere thanks for his loyalty earns the next minute, and asking leave before asking questions is the first of the four layers]
  ~ shift(trust, 5)
  ~ shift(interest, 5)
  Eight years? Has it been that long. All right, go ahead. Briefly.
  -> information
* [You opened our text last week about the 5G and gigabit bundle at 239 a month. Shall I go ahead and set that up for you today? #fault: premature-pitch #close: close-direct #tip: Offering to set something up before a single question is both a premature pitch and a close with no buying signal]
  ~ shift(patience, -15)
  ~ shift(trust, -5)
  Set it up? You don't know the first thing about my household.
  -> pitch_rescue
* [I'm calling because we can put the family's phones and home broadband on one bill and save you money every month. Could I ask how you use the internet at home? #fault: false-promise #tip: Arousing interest is the right lever, but you have not seen his bills: the bundle turns out to cost him 13 a month more, so promising a saving is a promise you cannot keep]
  ~ shift(interest, 5)
  ~ shift(trust, -5)
  ~ promised_saving = true
  Save us money? You haven't even seen what we pay. All right, go on. Briefly.
  -> information

= pitch_rescue
* [You're right, I don't. Could I ask a couple of questions about how the family uses the phones and internet, to see if it's even relevant? #technique: four-layer-permission #tip: Admitting you jumped ahead and asking leave turns the call back into a conversation]
  Hm. Fine. Two minutes.
  -> information
* [I understand, but the first month free only runs until the 30th, so it's really worth deciding now, while you still can. #fault: pressure #tip: Deadline pressure on someone who has not even heard why the offer fits him is over-selling]
  ~ shift(patience, -30)
  Then it can end without me. Goodbye. # outcome: hang-up
  -> END

=== information ===
{patience <= 10: -> hang_up}
* [Thanks. Before we go on, could you just confirm your ID card number and your home address for our records? #fault: privacy-breach #tip: You placed the call and you already have his record; asking a customer to read out his ID number sounds exactly like a fraud call]
  ~ shift(trust, -30)
  You called me, and now you want my ID number? This sounds like one of those scam calls. Goodbye. # outcome: hang-up
  -> END
* [Thanks. Who's at home using the internet, and what do you have for home broadband at the moment? #technique: four-layer-information #tip: Information layer: collect the facts of the household before looking for problems]
  ~ shift(trust, 5)
  Four of us. My wife, our daughter, she's twelve, and our son, eight. Broadband is 100 megabits with another provider, 600 a year, paid in advance. The phones are with you.
  -> problem

=== problem ===
{patience <= 10: -> hang_up}
* [And in the evenings, when all four of you are online at once, how does the 100-megabit line cope? #technique: four-layer-problem #tip: Problem layer: needs grow from a dissatisfaction, so ask where the service lets them down]
  ~ shift(interest, 10)
  Badly, since you ask. Both children have online lessons from seven to nine. When both classes are on, the little one's video freezes, and we end up arguing about who gets the Wi-Fi. # reveals: online-classes
  -> implication
* [With two children at home they must be on screens half the day. Do you find they spend too long online? #fault: intrusive-question #tip: Questions about how he raises his children hurt his self-respect and are none of the call's business]
  ~ shift(trust, -15)
  ~ shift(patience, -10)
  How my children spend their time is my business.
  -> problem_rescue
* [Four of you on 100 megabits? Our gigabit is ten times faster. Shall I tell you what's included? #fault: premature-pitch #tip: Ten times faster only matters if something is slow, and you have not asked yet; a pitch before a single problem question is a premature pitch]
  ~ shift(trust, -5)
  ~ shift(patience, -10)
  Ten times faster for what? You haven't even asked whether it's slow.
  -> problem_rescue

= problem_rescue
{patience <= 10: -> hang_up}
* [You're right, sorry. Let me ask it properly: when everyone's online at once in the evening, does the connection keep up? #technique: four-layer-problem #tip: A quick apology and a question about the service, not the family, gets you back on track]
  ~ shift(interest, 5)
  Not really. Both kids have lessons from seven to nine, and the little one's video freezes whenever his sister's class is on. # reveals: online-classes
  -> implication
* [I only mean that a family of four needs more than 100 megabits these days. That's all I'm saying. #fault: argue #tip: Explaining why you were right tells him he was wrong to mind it]
  ~ shift(patience, -20)
  I know what my family needs. I have to go. # outcome: hang-up
  -> END

=== implication ===
{patience <= 10: -> hang_up}
* [That sounds really frustrating. Gigabit would fix it straight away. Shall I tell you about the bundle? #discovery: -1 #tip: Stopping at the first problem misses the bigger ones; an implication question would have shown what the freezes really cost]
  Go on, then.
  -> present
* [When a lesson freezes like that, what does it lead to, for him and for the rest of the household? #technique: spin-implication #tip: Implication: let him size the consequences himself, a small annoyance becomes a real cost]
  ~ shift(interest, 10)
  The teacher marks him as dropped out. And it hits me too: I work from home on Tuesdays and Thursdays. My video calls break up when the kids are online, so I tether to my phone, hence the top-ups. And my month-end upload takes forty minutes. # reveals: home-office
  -> payoff
* [If both lessons could run smoothly at the same time, what would that be worth to you? #technique: spin-need-payoff #discovery: -1 #tip: A need-payoff question is strong, but asked straight after the first problem it skips the implication; you never learn what the freezes cost him, or about his own work calls]
  ~ shift(interest, 5)
  Peace and quiet in the evenings. Worth something, sure. Depends what it costs.
  -> present

=== payoff ===
{patience <= 10: -> hang_up}
* [So a faster broadband line would sort all of that out for you and the kids, wouldn't it, Mr Zhou? #discovery: -1 #tip: A leading yes-or-no question gets a shrug; an open need-payoff question lets him tell you what a fix is worth and what it must look like]
  Probably. Depends what it costs.
  -> present
* [If the lessons and your calls all ran at once with no more top-ups, what would that be worth, and what would a fix need? #technique: four-layer-solution #technique: spin-need-payoff #tip: Solution layer and need-payoff: when he states the value and the conditions, he has written your pitch for you]
  ~ shift(interest, 10)
  ~ bill_known = true
  Worth a fair bit. No rows, no top-ups. But it has to cost less overall, not more. And ideally one bill. Every month I reconcile three bills from two companies, and I do spreadsheets for a living. # reveals: one-bill
  -> present

=== present ===
{patience <= 10: -> hang_up}
* [The bundle gives you gigabit fibre, a Wi-Fi 6 router, 60 GB of data, 1000 minutes, two free sub-cards, free installation and video membership discounts. #fault: feature-dump #tip: A list of features with no link to what he told you makes him do the work of relating it to his family]
  ~ shift(patience, -10)
  That's a catalogue. What does it do for us? And will each of us actually get a thousand megabits?
  -> speed
* [Gigabit is ten times your 100, with uploads up to 100, so both lessons{payoff: and your calls} run at once{payoff: and a forty-minute upload takes a few}. Evening tests on your estate average over 600. #technique: fabe #tip: Feature, advantage, benefit, evidence, each tied to something he said; an analytical customer listens for the evidence]
  ~ shift(interest, 10)
  ~ shift(trust, 5)
  Hm. Those are proper figures. But will each of us actually get a thousand megabits?
  -> speed

=== speed ===
{patience <= 10: -> hang_up}
* [Not each, no. 1000 is what reaches the flat; over Wi-Fi 6 a new laptop gets 400 to 700, an older phone less. A video lesson needs under 10, so four at once is easy. #technique: honest-answer #tip: Saying plainly what the product cannot do, with figures, is what makes the rest believable to an analytical customer]
  ~ shift(trust, 10)
  Good. A straight answer, with numbers.
  -> price
* [Yes, every device gets the full 1000: phones, laptops, the lot. With the Wi-Fi 6 router that's guaranteed, so nobody in the family ever waits again. #fault: false-promise #tip: No one can guarantee 1000 Mbps over Wi-Fi on every device; he knows it, and now he doubts everything else you said]
  ~ shift(trust, -20)
  Guaranteed, over Wi-Fi? That's not how Wi-Fi works. Now I wonder what else isn't true.
  -> price

=== price ===
{patience <= 10: -> hang_up}
{promised_saving:
  You said at the start this would save us money. We'll see.
}
And this is the 239-a-month bundle from your text last week? I pay 129 now, so that's nearly double, and frankly… # raises: price
* [It isn't double, though, because the broadband is already included in the 239 a month. #fault: interrupt #tip: Listen comes first in LSCPA; cutting in tells him his sums don't matter to you]
  ~ shift(patience, -10)
  ~ shift(trust, -5)
  Let me finish. Another 110 a month is 1,320 a year. For faster internet, that's a lot.
  -> price_clarify
* [Go on, I'm listening. What are you comparing the 239 with, exactly? #technique: lscpa-listen #tip: Listen: let the whole objection come out before you answer it; you need his own figures]
  ~ shift(trust, 5)
  With my phone bill, 129. Another 110 a month is 1,320 a year. For faster internet, that's a lot.
  -> price_clarify

= price_clarify
{patience <= 10: -> hang_up}
* [I know it sounds a lot, but it really is great value. Most families pay far more than that elsewhere. #objections: -1 #tip: A vague claim about other families gives an analytical customer nothing to check, and sounds like a brush-off]
  ~ shift(trust, -10)
  Most families? I asked about my money, not theirs. Give me figures: the difference from what I pay now.
  -> price_compare
* [Fair enough, I'd check the sums too. Besides the 129, what else does the family pay each month for phones and internet? #technique: lscpa-share #technique: lscpa-clarify #tip: Share the concern, then clarify: he is comparing one bill with a bundle that replaces three]
  ~ shift(trust, 5)
  Well. The broadband, 50 a month. My daughter's prepaid card, 30. And those top-ups, about 17 on average.
  {not bill_known:
    Three bills from two companies, come to think of it. I reconcile them every month. # reveals: one-bill
    ~ bill_known = true
  }
  -> price_present
* [Can I ask you one thing first: which matters more to you, saving that 110 a month, or evenings where everything just works? #technique: reverse-question #fault: ignore-objection #tip: A reverse question is a good tool, but here it accepts his premise that the bundle costs 110 more; clarify first, because he is comparing one bill with three]
  ~ shift(trust, -5)
  Both, obviously. And you've just agreed it's 110 more. Is it, or isn't it?
  -> price_compare

= price_present
{patience <= 10: -> hang_up}
* [So 129, 50, 30 and about 17 in top-ups: 226 over three bills, against 239 on one. That's 13 more a month, under half a yuan a day, for ten times the speed. #technique: lscpa-present #technique: present-comparison #technique: price-daily-split #tip: Present: a like-for-like comparison with his own numbers, then the small difference split by day]
  ~ shift(trust, 10)
  ~ shift(interest, 5)
  Let me check. 129, 50, 30, 17. Yes, 226. So thirteen a month.
  {promised_saving:
    So it doesn't save us anything, whatever you said at the start. Still, thirteen I can live with.
    ~ shift(trust, -10)
  }
  -> price_ask
* [Look at it this way: 239 a month is under 8 yuan a day, and for that you get the broadband, the phones, the sub-cards, everything. #technique: price-daily-split #tip: A daily split of the whole price, not of the difference, sounds like a trick to a customer who does his own sums]
  ~ shift(trust, -5)
  ~ shift(patience, -5)
  Per-day figures are a sales trick. 239 is 239. What matters is the difference from what I pay now.
  -> price_compare

= price_compare
{patience <= 10: -> hang_up}
* [I promise you it's worth every fen, Mr Zhou. Once it's in and the kids are online every evening without freezing, you'll see that for yourself. #fault: ignore-objection #tip: He asked for the difference from what he pays now; not giving it leaves the objection standing]
  ~ shift(trust, -10)
  Then I'll pass, thanks. Goodbye. # outcome: no-sale
  -> END
* [From your account and what you told me: 129, 50 broadband, the 30 card, 17 in top-ups. 226 over three bills; this is 239 on one, 13 more. #technique: lscpa-present #technique: present-comparison #tip: Comparison method: his own figures, side by side, answer the question he actually asked]
  ~ shift(trust, 5)
  That's more like it. 129, 50, 30, 17. Yes, 226. So thirteen a month.
  {promised_saving:
    So it doesn't save us anything, whatever you said at the start.
    ~ shift(trust, -10)
  }
  -> price_ask

= price_ask
{patience <= 10: -> hang_up}
{trust <= 20: -> no_trust}
* [Does that answer your worry about the cost, or is there a figure you'd like me to go through again? #technique: lscpa-ask #tip: Ask: his confirmation is what closes the objection, and it is often the first buying signal]
  ~ shift(trust, 5)
  It does. The figures hold; price isn't the problem. # resolved: price
  -> contract
* [Great, so it's only 13 more a month for all of that. Shall I go ahead and book the installation for you now, then? #close: close-direct #tip: He has not shown a buying signal yet; he agreed with a number, not with buying]
  ~ shift(patience, -10)
  Slow down. The figures hold, but I haven't agreed to anything. # resolved: price
  -> contract

=== contract ===
{patience <= 10: -> hang_up}
{trust < 40: -> not_convinced}
There's a snag, though. I prepaid the other provider for a year, and four months are left. I'm not paying for broadband twice. # raises: contract
* [It's only about 200 yuan left, though. For ten times the speed, I'd just write that off if I were you, most people do. #fault: pressure #tip: Telling a customer to write off his own money is over-selling; he decides what his 200 yuan is worth]
  ~ shift(trust, -10)
  ~ shift(patience, -15)
  It's my 200 yuan, and I'll decide what to let go. Send me the comparison in writing. I'll think about it.
  -> send_details
* [You shouldn't pay twice. So we time it: the order goes in now, the engineer comes the week your year ends, and until then you stay on 129. #technique: objection-empathy #tip: Empathy first, then a fix that removes the overlap rather than arguing about it]
  ~ shift(trust, 10)
  ~ shift(interest, 10)
  Oh. So there's no overlap at all. # resolved: contract
  -> signals
* [That's no problem at all: we'll refund whatever you've prepaid to the other provider, so you won't lose a single fen by switching over to us now. #fault: false-promise #tip: You cannot refund another company's fees; an analytical customer checks, and a broken promise ends the relationship]
  ~ shift(trust, -15)
  You'll refund another company's fees? I'd want that in writing. I doubt you can.
  -> contract_retract

= contract_retract
{trust <= 20: -> no_trust}
* [You're right, I got that wrong: we can't refund another provider. But we can install the week your year ends, and you stay on 129 till then. #technique: honest-answer #tip: Taking back a wrong promise at once costs less than letting him find out]
  ~ shift(trust, 5)
  At least you admit it. All right, that would work. # resolved: contract
  So my daughter's card would join straight away? # signal: verbal
  -> close
* [Let me check that with my supervisor first, and I'll send you all the details in writing so you can look them over. #follow-up: +1 #tip: A written check may rescue the call, but the false promise still hangs over it]
  Do that. Then we'll see. # outcome: follow-up
  -> END

= send_details
* [Of course. Just bear in mind the free first month only runs until the 30th, so if I were you I'd decide today rather than risk missing it. #fault: pressure #tip: He has asked for it in writing; a second push turns a maybe into a no]
  ~ shift(patience, -30)
  I said I'll think about it. Goodbye. # outcome: hang-up
  -> END
* [Of course. I'll text you the comparison today and call you on Wednesday evening, and I'll note it so no one else calls you meanwhile. #technique: follow-up-plan #technique: confirm-agreement #tip: When the customer asks for time, a concrete follow-up plan keeps the door open]
  ~ shift(trust, 5)
  Wednesday evening is fine. Send it. # outcome: follow-up
  -> END

=== signals ===
(laughs) My wife will like that. No more Wi-Fi rota in the evenings. # signal: emotional
And my daughter's card would join straight away? # signal: verbal
-> close

=== close ===
{patience <= 10: -> hang_up}
{trust < 65: -> not_convinced}
* [Yes, from the day you order. I'll text you all the details right now, so you can talk it over with your wife tonight and come back to me whenever you're ready. #fault: no-close #tip: He asked how his daughter's card would join: that is a buying signal, and you let it pass]
  Fine, send it. # outcome: follow-up
  -> END
* [Yes, the day you order. And if you order by the 30th, the first month is free: that's 239, more than the 200 left on your old broadband. Shall I place it? #close: close-urgency #technique: incentive #tip: A real deadline plus a first month free that pays for the overlap: urgency that rests on his own numbers]
  ~ shift(interest, 10)
  ~ shift(trust, 5)
  So the free month covers the overlap. You've done the sums with me. Yes, let's do it. # signal: verbal
  -> slot
* [Yes, straight away. And half your estate has switched already; you don't want to be the last family still stuck on the slow line, do you? Shall we? #fault: pressure #tip: Social pressure is no substitute for his own reasons, and this customer decides on figures]
  ~ shift(trust, -15)
  I don't buy things because the neighbours do. I'll think about it. Goodbye. # outcome: no-sale
  -> END
* [Yes, from the day you order, she's simply added as a free sub-card. Shall I go ahead and put the order through for you now, then? #close: close-direct #tip: A direct close after clear signals works; a real deadline or incentive would have given him a reason to install now]
  ~ shift(interest, 5)
  Yes, go ahead. And I'd rather not wait four months.
  -> slot

=== slot ===
* [Great. When would be a good time for the engineer to come round and do the installation? #tip: An open question works, but an either-or choice makes the decision easier and assumes the yes]
  Saturday morning, I suppose.
  -> confirm
* [Great. Would this Saturday morning suit for the engineer, or Sunday afternoon? #close: close-either-or #tip: Either-or: two answers that are both a yes make the decision concrete]
  ~ shift(trust, 5)
  Saturday morning. Before the kids are up, ideally.
  -> confirm

=== confirm ===
* [Perfect, that's all sorted then, Mr Zhou. Thanks so much for your time today, I'm sure the whole family is going to love it. Enjoy the rest of your afternoon! #fault: no-next-step #tip: He has just bought; restate what he bought, when the engineer comes and how he confirms the order]
  All set with what, exactly? Fine. Send me something in writing. # outcome: sale
  -> END
* [Lovely, Saturday morning it is, then: the 239 bundle, first month free and your daughter's card added. To put the order through now, could you read me your ID card number and home address? #fault: privacy-breach #tip: Orders are confirmed by SMS code or in the app; reading an ID number over the phone exposes his data]
  ~ shift(trust, -10)
  Not over the phone. Text me the order and I'll confirm it myself. # outcome: sale
  -> END
* [Thank you. So: the 239 bundle, first month free, your daughter's card free, engineer Saturday 9 to 11. Reply to my text with the code to confirm, and I'll call Monday to check speeds. #technique: confirm-agreement #technique: protect-privacy #technique: after-sale-care #tip: Thank, restate the agreement, confirm it safely by SMS code rather than ID numbers over the phone, and name the next step: the call ends as cleanly as the sale]
  ~ shift(trust, 5)
  {
  - opening.opening_rescue: Clear and complete. You started badly, but you got there. Thank you. # outcome: sale
  - trust >= 95: Clear and complete. Thank you, that was the most useful sales call I've had in years. # outcome: sale
  - else: Clear and complete. Thank you. # outcome: sale
  }
  -> END

=== not_convinced ===
The figures look right, but you've said one or two things I'd want to check. Send it to me in writing first.
-> contract.send_details

=== no_trust ===
I've heard enough, thank you. I'll look at your website myself. Goodbye. # outcome: no-sale
-> END

=== hang_up ===
Actually, no. I've heard enough for one lunch break. Goodbye. # outcome: hang-up
-> END
