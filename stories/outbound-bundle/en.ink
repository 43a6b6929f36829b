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

~ trust = 30
~ patience = 45
~ interest = 20

Monday, 12:35. You dial the number ending 6688 from the 10000 outbound desk. # speaker: narrator
Hello?
-> opening

=== opening ===
* [Apologise for disturbing him and ask whether he has a few minutes to hear about a special promotion #fault: forbidden-opener #tip: Sorry to disturb you and have you got a few minutes are banned openers: they invite a no and announce a sales pitch]
  ~ shift(patience, -20)
  ~ shift(trust, -10)
  A promotion. I'm on my lunch break. Who is this?
  -> opening_rescue
* [Greet him, give company, department and your name, say the call is free, and confirm you are speaking with Mr Zhou #opening: +1 #technique: opener-standard #tip: The standard opener: greeting, China Telecom, the 10000 service centre, your name, a free call, and the right person confirmed before anything else]
  ~ shift(trust, 5)
  Yes, Zhou speaking. What's it about?
  -> permission
* [Greet warmly, say who you are and that the call is free, and go straight into the family offer for long-standing customers #fault: skip-identity-check #tip: Confirm you are speaking to the account holder before you say anything about his account]
  ~ shift(trust, -5)
  Sorry, who did you want? This is his wife. My husband left his phone on the table. # speaker: Mrs Zhou
  -> wrong_person

= opening_rescue
* [Apologise and start again properly: company, department, your name, a free call, and check you are speaking with Mr Zhou #technique: opener-standard #tip: A clean standard opener can still rescue a bad first sentence, but the customer's patience is already lower]
  Yes, it's Zhou. Go on, quickly.
  -> permission
* [Tell him it only takes a minute and describe the broadband and 5G deal #fault: premature-pitch #tip: He has just told you he is busy; pitching harder ends the call]
  ~ shift(patience, -30)
  Not interested. Goodbye. # outcome: hang-up
  -> END

= wrong_person
* [Thank her, apologise for not checking first, and explain that it concerns his own account, so you will call him back at a better time #technique: protect-privacy #conduct: +1 #tip: Account matters are for the account holder; saying nothing more to a family member protects his data]
  ~ shift(trust, 5)
  That's very proper of you. He's gone out for lunch. Try him after six, he'll be home. # speaker: Mrs Zhou # outcome: follow-up
  -> END
* [Tell her the offer is for the whole family anyway and explain his 129 plan, his top-ups and the bundle price #fault: privacy-breach #tip: Reading a customer's plan and usage to someone else breaks the Personal Information Protection Law, whoever they are]
  ~ shift(trust, -30)
  You're telling me about his account? I don't think you're supposed to do that. I'll tell him you called. # speaker: Mrs Zhou # outcome: hang-up
  -> END

=== permission ===
* [Thank him for eight years as a customer, say you would like to see how the family's phones and home internet fit together, and ask whether you may ask two or three quick questions first #technique: opener-please #technique: four-layer-permission #tip: Sincere thanks for his loyalty earns the next minute, and asking leave before asking questions is the first of the four layers]
  ~ shift(trust, 5)
  ~ shift(interest, 5)
  Eight years? Has it been that long. All right, go ahead. Briefly.
  -> information
* [Mention the text message he opened last week: the fused 5G and gigabit bundle is 239 a month, and offer to set it up for him today #fault: premature-pitch #close: close-direct #tip: Offering to set something up before a single question is both a premature pitch and a close with no buying signal]
  ~ shift(patience, -15)
  ~ shift(trust, -5)
  Set it up? You don't know the first thing about my household.
  -> pitch_rescue

= pitch_rescue
* [Agree that you don't, and ask whether you may ask a couple of questions about how his family uses the phone and internet, to see whether it is even relevant #technique: four-layer-permission #tip: Admitting you jumped ahead and asking leave turns the call back into a conversation]
  Hm. Fine. Two minutes.
  -> information
* [Tell him the offer ends on the 30th, so it is worth deciding now #fault: pressure #tip: Deadline pressure on someone who has not even heard why the offer fits him is over-selling]
  ~ shift(patience, -30)
  Then it can end without me. Goodbye. # outcome: hang-up
  -> END

=== information ===
{patience <= 10: -> hang_up}
* [Before going further, ask him to confirm his ID card number and home address for your records #fault: privacy-breach #tip: You placed the call and you already have his record; asking a customer to read out his ID number sounds exactly like a fraud call]
  ~ shift(trust, -30)
  You called me, and now you want my ID number? This sounds like one of those scam calls. Goodbye. # outcome: hang-up
  -> END
* [Ask who at home uses the internet, and what the family has for home broadband at the moment #technique: four-layer-information #tip: Information layer: collect the facts of the household before looking for problems]
  ~ shift(trust, 5)
  Four of us. My wife, our daughter, she's twelve, and our son, eight. Broadband is 100 megabits with another provider, 600 a year, paid in advance. The phones are with you.
  -> problem

=== problem ===
{patience <= 10: -> hang_up}
* [Ask how the 100-megabit line copes in the evening, when all four of them are online #technique: four-layer-problem #tip: Problem layer: needs grow from a dissatisfaction, so ask where the service lets them down]
  ~ shift(interest, 10)
  Badly, since you ask. Both children have online lessons from seven to nine. When both classes are on, the little one's video freezes, and we end up arguing about who gets the Wi-Fi. # reveals: online-classes
  -> implication
* [Say that with two children at home they must be on screens a lot, and ask whether they spend too long online #fault: intrusive-question #tip: Questions about how he raises his children hurt his self-respect and are none of the call's business]
  ~ shift(trust, -15)
  ~ shift(patience, -10)
  How my children spend their time is my business.
  -> problem_rescue

= problem_rescue
{patience <= 10: -> hang_up}
* [Apologise, that was not your place, and ask instead whether the connection keeps up when everyone is online at once #technique: four-layer-problem #tip: A quick apology and a question about the service, not the family, gets you back on track]
  ~ shift(interest, 5)
  Not really. Both kids have lessons from seven to nine, and the little one's video freezes whenever his sister's class is on. # reveals: online-classes
  -> implication
* [Explain that you only meant children today need fast internet, which is exactly what the bundle gives #fault: argue #tip: Explaining why your question was fine tells him he was wrong to mind it]
  ~ shift(patience, -20)
  I know what you meant. I have to go. # outcome: hang-up
  -> END

=== implication ===
{patience <= 10: -> hang_up}
* [Say that sounds frustrating and that gigabit would fix it, then offer to tell him about the bundle #discovery: -1 #tip: Stopping at the first problem misses the bigger ones; an implication question would have shown what the freezes really cost]
  Go on, then.
  -> present
* [Ask what a frozen lesson leads to, for the children and for the rest of the household #technique: spin-implication #tip: Implication: let him size the consequences himself, a small annoyance becomes a real cost]
  ~ shift(interest, 10)
  The teacher marks him as dropped out. And it hits me too: I work from home on Tuesdays and Thursdays. My video calls break up when the kids are online, so I tether to my phone, hence the top-ups. And my month-end upload takes forty minutes. # reveals: home-office
  -> payoff

=== payoff ===
{patience <= 10: -> hang_up}
* [Ask whether faster broadband would solve all that #discovery: -1 #tip: A leading yes-or-no question gets a shrug; an open need-payoff question lets him tell you what a fix is worth and what it must look like]
  Probably. Depends what it costs.
  -> present
* [Ask what it would be worth if both lessons and his work calls could run at the same time with no more top-ups, and what a fix would have to look like for him #technique: four-layer-solution #technique: spin-need-payoff #tip: Solution layer and need-payoff: when he states the value and the conditions, he has written your pitch for you]
  ~ shift(interest, 10)
  ~ bill_known = true
  Worth a fair bit. No rows, no top-ups. But it has to cost less overall, not more. And ideally one bill. Every month I reconcile three bills from two companies, and I do spreadsheets for a living. # reveals: one-bill
  -> present

=== present ===
{patience <= 10: -> hang_up}
* [List what the bundle includes: gigabit fibre, a Wi-Fi 6 router, 60 GB, 1000 minutes, two sub-cards, free installation, video membership discounts #fault: feature-dump #tip: A list of features with no link to what he told you makes him do the work of relating it to his family]
  ~ shift(patience, -10)
  That's a catalogue. What does it do for us? And will each of us actually get a thousand megabits?
  -> speed
* [Present it with FABE: gigabit fibre, ten times his 100 megabits with uploads up to 100, so both lessons{payoff: and his video calls} run together{payoff: and a forty-minute upload takes a few}; evening-peak speed tests on his estate average over 600 #technique: fabe #tip: Feature, advantage, benefit, evidence, each tied to something he said; an analytical customer listens for the evidence]
  ~ shift(interest, 10)
  ~ shift(trust, 5)
  Hm. Those are proper figures. But will each of us actually get a thousand megabits?
  -> speed

=== speed ===
{patience <= 10: -> hang_up}
* [Be straight: 1000 is what reaches the home; over Wi-Fi 6 a new laptop usually gets 400 to 700 and an older phone less, while a video lesson needs under 10, so four people at once is comfortable #technique: honest-answer #tip: Saying plainly what the product cannot do, with figures, is what makes the rest believable to an analytical customer]
  ~ shift(trust, 10)
  Good. A straight answer, with numbers.
  -> price
* [Assure him every device gets the full 1000, guaranteed #fault: false-promise #tip: No one can guarantee 1000 Mbps over Wi-Fi on every device; he knows it, and now he doubts everything else you said]
  ~ shift(trust, -20)
  Guaranteed, over Wi-Fi? That's not how Wi-Fi works. Now I wonder what else isn't true.
  -> price

=== price ===
{patience <= 10: -> hang_up}
And this is the 239-a-month bundle from your text last week? I pay 129 now. That nearly doubles it. # raises: price
* [Cut in to explain that it is not double, because the broadband is included #fault: interrupt #tip: Listen comes first in LSCPA; cutting in tells him his sums don't matter to you]
  ~ shift(patience, -10)
  ~ shift(trust, -5)
  Let me finish. Another 110 a month is 1,320 a year. For faster internet, that's a lot.
  -> price_clarify
* [Let him finish, then invite him to go on: what is he comparing the 239 with? #technique: lscpa-listen #tip: Listen: let the whole objection come out before you answer it; you need his own figures]
  ~ shift(trust, 5)
  With my phone bill, 129. Another 110 a month is 1,320 a year. For faster internet, that's a lot.
  -> price_clarify

= price_clarify
{patience <= 10: -> hang_up}
* [Tell him it is great value and that most families pay far more than that elsewhere #objections: -1 #tip: A vague claim about other families gives an analytical customer nothing to check, and sounds like a brush-off]
  ~ shift(trust, -10)
  Most families? I asked about my money, not theirs. Give me figures: the difference from what I pay now.
  -> price_compare
* [Say it is right to check the sums, you would do the same, then ask what else, besides the 129, the family pays each month for phones and internet #technique: lscpa-share #technique: lscpa-clarify #tip: Share the concern, then clarify: he is comparing one bill with a bundle that replaces three]
  ~ shift(trust, 5)
  Well. The broadband, 50 a month. My daughter's prepaid card, 30. And those top-ups, about 17 on average.
  {not bill_known:
    Three bills from two companies, come to think of it. I reconcile them every month. # reveals: one-bill
    ~ bill_known = true
  }
  -> price_present

= price_present
{patience <= 10: -> hang_up}
* [Lay the figures side by side: 129 plus 50 plus 30 plus about 17 in top-ups is 226 over three bills, against 239 on one bill, so 13 more a month, under half a yuan a day, for ten times the speed, twice the data and no top-ups #technique: lscpa-present #technique: present-comparison #technique: price-daily-split #tip: Present: a like-for-like comparison with his own numbers, then the small difference split by day]
  ~ shift(trust, 10)
  ~ shift(interest, 5)
  Let me check. 129, 50, 30, 17. Yes, 226. So thirteen a month.
  -> price_ask
* [Tell him that 239 a month is less than 8 yuan a day for everything #technique: price-daily-split #tip: A daily split of the whole price, not of the difference, sounds like a trick to a customer who does his own sums]
  ~ shift(trust, -5)
  ~ shift(patience, -5)
  Per-day figures are a sales trick. 239 is 239. What matters is the difference from what I pay now.
  -> price_compare

= price_compare
{patience <= 10: -> hang_up}
* [Tell him it really is worth every fen and he will see that once it is installed #fault: ignore-objection #tip: He asked for the difference from what he pays now; not giving it leaves the objection standing]
  ~ shift(trust, -10)
  Then I'll pass, thanks. Goodbye. # outcome: no-sale
  -> END
* [Give him the difference: 226 today over three bills against 239 on one, 13 more a month, for ten times the speed, twice the data and no top-ups #technique: lscpa-present #technique: present-comparison #tip: Comparison method: his own figures, side by side, answer the question he actually asked]
  ~ shift(trust, 5)
  That's more like it. 129, 50, 30, 17. Yes, 226. So thirteen a month.
  -> price_ask

= price_ask
{patience <= 10: -> hang_up}
{trust <= 20: -> no_trust}
* [Ask whether that answers his concern about the cost, or whether there is a figure he would like you to check again #technique: lscpa-ask #tip: Ask: his confirmation is what closes the objection, and it is often the first buying signal]
  ~ shift(trust, 5)
  It does. The figures hold; price isn't the problem. # resolved: price
  -> contract
* [Take that as a yes and ask whether to book the installation now #close: close-direct #tip: He has not shown a buying signal yet; he agreed with a number, not with buying]
  ~ shift(patience, -10)
  Slow down. The figures hold, but I haven't agreed to anything. # resolved: price
  -> contract

=== contract ===
{patience <= 10: -> hang_up}
{trust < 40: -> not_convinced}
There's a snag, though. I prepaid the other provider for a year, and four months are left. I'm not paying for broadband twice. # raises: contract
* [Tell him it is only about 200 yuan, and that for gigabit you would just let it go #fault: pressure #tip: Telling a customer to write off his own money is over-selling; he decides what his 200 yuan is worth]
  ~ shift(trust, -10)
  ~ shift(patience, -15)
  It's my 200 yuan, and I'll decide what to let go. Send me the comparison in writing. I'll think about it.
  -> send_details
* [Agree he should not pay twice, then offer to time it: the order goes in now, the engineer comes the week his prepaid year ends, and until then he stays on his 129 #technique: objection-empathy #tip: Empathy first, then a fix that removes the overlap rather than arguing about it]
  ~ shift(trust, 10)
  ~ shift(interest, 10)
  Oh. So there's no overlap at all. # resolved: contract
  -> signals
* [Reassure him that we will refund whatever he has prepaid to the other provider #fault: false-promise #tip: You cannot refund another company's fees; an analytical customer checks, and a broken promise ends the relationship]
  ~ shift(trust, -15)
  You'll refund another company's fees? I'd want that in writing. I doubt you can.
  -> contract_retract

= contract_retract
{trust <= 20: -> no_trust}
* [Correct yourself honestly: we cannot refund another provider, but we can time the installation for the week his prepaid year ends, and he stays on his 129 until then #technique: honest-answer #tip: Taking back a wrong promise at once costs less than letting him find out]
  ~ shift(trust, 5)
  An honest correction. All right, that would work. # resolved: contract
  So my daughter's card would join straight away? # signal: verbal
  -> close
* [Say you will check with your supervisor and send him the details in writing #follow-up: +1 #tip: A written check may rescue the call, but the false promise still hangs over it]
  Do that. Then we'll see. # outcome: follow-up
  -> END

= send_details
* [Push once more: the first month free only lasts until the 30th, so he should decide today #fault: pressure #tip: He has asked for it in writing; a second push turns a maybe into a no]
  ~ shift(patience, -30)
  I said I'll think about it. Goodbye. # outcome: hang-up
  -> END
* [Agree, and confirm the plan: the written comparison by text today, a call on Wednesday evening to answer his questions, and a note so nobody else calls him meanwhile #technique: follow-up-plan #technique: confirm-agreement #tip: When the customer asks for time, a concrete follow-up plan keeps the door open]
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
* [Say yes, from the day he orders, and that you will send him the details by text so he can think it over #fault: no-close #tip: He asked how his daughter's card would join: that is a buying signal, and you let it pass]
  Fine, send it. # outcome: follow-up
  -> END
* [Say yes, from the day he orders; and if four months feels a long wait, orders placed by the 30th get the first month free, 239, more than the 200 left on his old contract, so installing now costs nothing extra; ask if you should place the order #close: close-urgency #technique: incentive #tip: A real deadline plus a first month free that pays for the overlap: urgency that rests on his own numbers]
  ~ shift(interest, 10)
  ~ shift(trust, 5)
  So the free month covers the overlap. You've done the sums with me. Yes, let's do it. # signal: verbal
  -> slot
* [Tell him everyone on his estate is switching and he does not want to be the last, so do it now #fault: pressure #tip: Social pressure is no substitute for his own reasons, and this customer decides on figures]
  ~ shift(trust, -15)
  I don't buy things because the neighbours do. I'll think about it. Goodbye. # outcome: no-sale
  -> END
* [Say yes, from the day he orders, and ask whether you should go ahead and place the order #close: close-direct #tip: A direct close after clear signals works; a real deadline or incentive would have given him a reason to install now]
  ~ shift(interest, 5)
  Yes, go ahead. And I'd rather not wait four months.
  -> slot

=== slot ===
* [Ask when would be convenient for the installation #tip: An open question works, but an either-or choice makes the decision easier and assumes the yes]
  Saturday morning, I suppose.
  -> confirm
* [Ask whether the engineer should come this Saturday morning or Sunday afternoon #close: close-either-or #tip: Either-or: two answers that are both a yes make the decision concrete]
  ~ shift(trust, 5)
  Saturday morning. Before the kids are up, ideally.
  -> confirm

=== confirm ===
* [Say he is all set and wish him a good afternoon #fault: no-next-step #tip: He has just bought; restate what he bought, when the engineer comes and how he confirms the order]
  All set with what, exactly? Fine. Send me something in writing. # outcome: sale
  -> END
* [Ask him to read out his ID card number and home address to complete the order #fault: privacy-breach #tip: Orders are confirmed by SMS code or in the app; reading an ID number over the phone exposes his data]
  ~ shift(trust, -10)
  Not over the phone. Text me the order and I'll confirm it myself. # outcome: sale
  -> END
* [Thank him and confirm: the 239 bundle, first month free, his daughter's card as a free sub-card, the engineer on Saturday from 9 to 11; he confirms the order by replying to your SMS with the code, so no ID numbers over the phone, and you will call on Monday to check the speeds #technique: confirm-agreement #technique: protect-privacy #technique: after-sale-care #tip: Thank, restate the agreement, confirm it safely and name the next step: the call ends as cleanly as the sale]
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
