# id: retention-port-out
# title: Keep a loyal customer who is porting out
# channel: retention
# product: Loyalty renewal of the 5G and gigabit family bundle
# difficulty: 3
# time-limit: 600
# persona: Mr Chen
# persona-age: 54
# persona-role: accountant running his own practice from home
# persona-style: driver
# persona-tier: high
# goal: Find out why Mr Chen is leaving, answer the signal and price objections honestly step by step, and have him drop the port-out and take the loyalty offer
# brief: Customer for 11 years, high value: main line plus two family lines, his wife and his mother aged 79
# brief: Plan: 5G and gigabit family bundle at 229 yuan a month, last three bills 268, 271 and 266 yuan
# brief: Port-out alert: he requested his number-porting authorisation code by SMS last night at 21:40
# brief: Two complaints in the last 60 days, calls drop indoors at the home address, both closed as optimisation in progress
# brief: Network: the base station serving his compound is scheduled for optimisation within 14 days, his handset supports Wi-Fi calling but it is switched off
# brief: He qualifies for the loyalty offer: same bundle at 189 yuan a month for 12 months, 30 GB shared data added, a free Wi-Fi mesh node
# brief: Policy: with an open coverage ticket, the 12-month term of the loyalty offer is waived if the ticket is not fixed within 30 days
# need: home-office, Takes client calls in his study at home, exactly where the calls drop
# need: elderly-parent, His 79-year-old mother on the family plan must always be reachable at home
# need: bill-transparency, Does not know why he pays about 40 yuan a month more than his plan price
# objection: unstable-signal, coverage, The signal at home is unstable and calls drop
# objection: price, price, Another operator offers a similar bundle for 199 yuan against the 268 he pays
INCLUDE ../_lib/customer.ink
VAR fix_offered = false
VAR signal_fixed = false
VAR price_ok = false
VAR guaranteed = false
VAR trial_offered = false
VAR rushed = false

~ trust = 30
~ patience = 40
~ interest = 20

Tuesday, 18:05. A porting alert came in last night on Mr Chen's number. You call his main line. # speaker: narrator
Chen. Who is this?
-> opening

=== opening ===
* [Good evening! Before anything else, I'd like to thank you personally for eleven years with us. Loyal customers like you matter a great deal to all of us here. #technique: opener-please #fault: skip-identity-check #tip: Thanking a loyal customer is a good lever, but first say who you are and confirm you have the right person]
  ~ shift(patience, -10)
  ~ shift(trust, 5)
  Eleven years, yes. And you are? Oh, the phone company. This is about me leaving, then. Get to the point.
  -> vent
* [Good evening, this is Lin from China Telecom's VIP care team, on a free call. Am I speaking to Mr Chen? Could I have two minutes about your porting request? #opening: +1 #technique: opener-standard #tip: The standard opener: greeting, company, team, name, free call, the right person, leave to go on]
  ~ shift(trust, 5)
  Yes, it's me. Two minutes. If you're calling to talk me out of it, you're a bit late.
  -> vent
* [Sorry to bother you this evening, sir. Have you got a few minutes? We've got some really good offers on this month that I'd love to tell you about. #fault: forbidden-opener #tip: Apologising for the call and leading with offers is a banned opener, and it ignores why he matters today]
  ~ shift(patience, -20)
  ~ shift(trust, -10)
  Offers. I get three of these calls a week. I'm leaving you anyway, so...
  -> rescue

=== rescue ===
* [Sorry, let me start again. I'm Lin from the VIP retention team, and I'm not calling to sell you anything. It's about your porting request. #opening: +1 #tip: Giving the real reason for the call at once can still save a bad start]
  You have thirty seconds.
  -> vent
* [It'll only take a minute, sir, I promise. There's a loyalty bonus this month, a free data pack, and a nice discount on your broadband as well. #fault: pressure #tip: He has already said no; pressing on with a pitch ends the call]
  ~ shift(patience, -20)
  I said no. # outcome: hang-up
  -> END

=== vent ===
Eleven years with you. Two hundred and sixty-odd yuan every month. And in my own flat the calls drop. I complained twice, and twice they closed it with optimisation in progress. # raises: unstable-signal
The other lot will give me the same for 199. So tell me why I should stay. # raises: price
* [Our network actually came top in the city's latest drive test, Mr Chen, so it must be something local to your flat. #fault: argue #tip: A city-wide statistic tells him his own experience is wrong; never argue with what the customer lives with]
  ~ shift(trust, -15)
  ~ shift(patience, -15)
  Congratulations. The city isn't my flat.
  -> share
* [If you stay with us, I can take a good amount off your bill straight away. Let me tell you how much I can do. #fault: ignore-objection #tip: He led with dropped calls; answering with a discount talks past the objection he raised first]
  ~ shift(patience, -15)
  ~ shift(trust, -5)
  Did you hear what I said? My calls drop. The money comes second.
  -> share
* [Please go on, Mr Chen, I'm listening. Tell me what actually happens to your calls when you're at home. #technique: lscpa-listen #tip: LSCPA starts with Listen: let the whole objection come out before you answer it]
  ~ shift(patience, 5)
  ~ shift(trust, 5)
  What happens? I'm in the middle of a sentence and the line is dead. Twice last week. Then I ring back from the kitchen on my wife's phone like an idiot.
  -> share

=== share ===
{patience <= 10: -> hang_up}
* [Eleven years, calls dropping in your own home, and two tickets closed without a fix. That isn't good enough, and I'd be fed up too. #technique: lscpa-share #tip: Share: name the feeling and admit what went wrong before you explain anything]
  ~ shift(trust, 10)
  Well. At least somebody says it.
  -> clarify
* [I do apologise for any inconvenience this has caused you, Mr Chen. Your satisfaction is extremely important to all of us here. #objections: -1 #tip: A stock apology sounds like a script, and a driver hears it as stalling]
  ~ shift(patience, -10)
  ~ shift(trust, -5)
  Spare me the script.
  -> clarify
* [If you could withdraw the porting request first, I'll personally make sure the network team looks at your signal straight after that. #close: close-direct #tip: Asking for the decision before anything is fixed, and before any buying signal, is a premature close]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  Withdraw first and you look later? That's exactly how I got here.
  -> clarify

=== clarify ===
{patience <= 10: -> hang_up}
* [Have you tried restarting the phone, or switching 5G off when you're at home? That often fixes it. #objections: -2 #tip: After two closed tickets, a first-line troubleshooting question tells him nobody has read his history]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  I'm not a child. Your engineers had two goes at it. Read the file.
  -> implication
* [Where exactly does it drop: which rooms, and is it calls or the internet as well? And since when? #technique: lscpa-clarify #tip: Clarify: the real cause decides the fix, so pin down the place, the service and the time]
  ~ shift(trust, 5)
  The study, at the back of the flat, north side. Calls mostly, the internet's fine. Since the spring. And the study is where I work: I've run my practice from home for three years, my clients ring me there. # reveals: home-office
  -> implication
* [That sounds like your older plan. Our new premium 5G plan is much stronger indoors. Can I tell you about it? #fault: premature-pitch #tip: A new plan before you know where, what and since when it drops is a pitch before discovery; clarify the cause first, it decides the fix]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  A new plan. You don't even know where it drops. Has anybody read my complaints?
  -> implication

=== implication ===
{patience <= 10: -> hang_up}
// A driver who has lost patience refuses more questions: early mistakes cost the discovery that follows.
{patience <= 25:
  That's enough questions. I want a fix, not a survey.
  -> present_fix
}
* [When a call cuts out in the middle of something, what does that actually cost you, at work and at home? #technique: spin-implication #tip: Implication: let him size the problem himself; the bigger it is, the more a real fix is worth]
  ~ shift(interest, 5)
  Costs? Last month a client thought I had hung up on him in the middle of a tax dispute. That took a lunch to smooth over.
  And it's not only work. My mother lives with us, she's seventy-nine, and her room is at the back too. She had a fall last winter. If she rings me and it doesn't go through... # reveals: elderly-parent
  -> present_fix
* [I won't keep you with any more questions, Mr Chen. Let me go straight to what I can do about the signal. #tip: Respecting a driver's time is right, but one more question would have shown what is really at stake for him]
  ~ shift(patience, 5)
  -> present_fix
* [Is there anyone at home with a health condition, someone older or unwell perhaps, who relies on that line? #fault: intrusive-question #tip: Aiming at a real need, but asking about his family's health pries into private life; ask what a dropped call costs him and let him tell you what he wants to]
  ~ shift(trust, -10)
  My family's health is my business. What are you going to do about the signal?
  -> present_fix

=== present_fix ===
{patience <= 10: -> hang_up}
So what are you going to do about it that the last two didn't?
* [I can put a 50-yuan credit on your account today to make up for the dropped calls, and I'll flag the problem on your file for the network team. #fault: ignore-objection #tip: Compensation without a fix answers a question he did not ask]
  ~ shift(trust, -5)
  ~ shift(patience, -10)
  Fifty yuan doesn't make my phone ring at home.
  -> price_talk
* [The mast serving your compound is booked for work within 14 days. Wi-Fi calling can be on tonight, over your broadband, and a free mesh node covers the back rooms. #technique: lscpa-present #technique: coverage-evidence #tip: Present: answer the cause with the site work on record, a measurable fix, and something that works tonight]
  ~ fix_offered = true
  ~ shift(trust, 10)
  ~ shift(interest, 10)
  Wi-Fi calling. Nobody ever mentioned that. So the calls go over my broadband, from tonight? # signal: verbal
  -> guarantee
* [I'll raise this as an urgent ticket with the network team myself today, mark it for a senior engineer, and make sure that they call you back before the end of this week. #tip: Another escalation with nothing concrete in it is exactly what his last two tickets got]
  ~ shift(trust, -10)
  ~ shift(patience, -5)
  That's what the last two people said.
  -> price_talk

=== guarantee ===
{patience <= 10: -> hang_up}
And after this optimisation the signal in the back rooms is solid? You guarantee that?
* [I can't promise full bars in every corner. Wi-Fi calling works tonight, and after the site work an engineer will measure the signal where your calls drop. #technique: honest-answer #conduct: +1 #tip: Being honest about the limits is what makes the rest of your offer believable]
  ~ shift(trust, 10)
  A straight answer. That makes a change.
  -> confirm_fix
* [Yes, I can guarantee that, Mr Chen. Once the work's done you'll have a full signal in every single room of the flat, the back rooms included, by next week at the latest. #fault: false-promise #tip: Nobody can guarantee indoor signal in every room; a broken promise is how he came to be porting out]
  ~ guaranteed = true
  ~ shift(interest, 5)
  Guaranteed. Right. I'll hold you to that.
  -> confirm_fix
* [Our engineers really know what they're doing, Mr Chen. I'm confident you'll notice a big difference in the flat once the work is done. #objections: -1 #tip: Vague reassurance dodges his question; a driver wants to hear plainly what will and will not change, and how it will be checked]
  ~ shift(trust, -5)
  ~ shift(patience, -5)
  Confident. That isn't an answer, that's a slogan.
  -> confirm_fix

=== confirm_fix ===
{patience <= 10: -> hang_up}
* [Good, so that's the signal sorted out, then. Now let's talk about your bill, because I think I can really help you there as well. #tip: You never checked he was satisfied; an objection he has not confirmed is not closed]
  We'll see.
  -> price_talk
* [So Wi-Fi calling from tonight, and an engineer measuring after the site work: would that take care of the dropped calls for you? #technique: lscpa-ask #tip: Ask: check he is satisfied before moving on; his yes is what closes the objection]
  ~ signal_fixed = true
  ~ shift(trust, 5)
  {guaranteed: If it's as good as you guarantee, yes.|If the calls stop dropping, yes. That's all I ever wanted.} # resolved: unstable-signal # signal: emotional
  -> price_talk

=== price_talk ===
{patience <= 10: -> hang_up}
// With trust this low he has stopped listening and made up his mind.
{trust <= 15: -> port_out}
{signal_fixed: Fine. Now the money.|Anyway. The money.} Two hundred and sixty-eight a month, and they're offering 199.
* [That 199 is a teaser price, you know; it goes up after six months. And their network round your way is a lot worse than ours is, anyway. #fault: badmouth-competitor #tip: Running down the rival sounds defensive; show your own value instead]
  ~ shift(trust, -10)
  ~ shift(patience, -5)
  Everybody says that about everybody. Just tell me what you can do on the price.
  -> offer
* [Look at it this way: 268 for three lines is under 9 yuan a day. That's less than a coffee, for the whole family. #technique: price-daily-split #objections: -2 #tip: A daily split helps when a price feels big, not against a rival who is cheaper every day as well]
  ~ shift(patience, -10)
  Don't do the maths trick on me. Theirs is cheaper per day too. What can you actually offer?
  -> offer
* [Nobody wants to pay 70 more for a line that drops; I'd compare too. What matters more to you, the lowest price or a line that holds? #technique: objection-empathy #technique: reverse-question #tip: Empathy first, then a reverse question that turns the price objection into the need behind it]
  ~ shift(trust, 5)
  ~ shift(interest, 5)
  If I have to pick, a phone that works. But I'm not paying more for the same mess.
  -> bill

=== bill ===
{patience <= 10: -> hang_up}
* [Then let me tell you straight away what we can offer a customer like you, who's been with us for a full eleven years. #tip: His bills run 40 yuan above his plan price; not asking why misses a need he has not said aloud]
  Go on, then.
  -> offer
* [Your plan is 229, but your last three bills were around 268. Would you like to know where the difference comes from? #technique: spin-problem #tip: Problem question: the gap between plan and bill is a dissatisfaction he has not named yet]
  ~ shift(trust, 5)
  Go on. I've never understood that bill. A different number every month. # reveals: bill-transparency
  You read it out: a video membership that renewed itself after a free month, 15 yuan; a 20-yuan data top-up added automatically to his mother's line in each of the last three months; caller display, 4 yuan. # speaker: narrator
  Fifteen a month for a video thing nobody watches. That's what I mean.
  -> offer

=== offer ===
{patience <= 10: -> hang_up}
{trust <= 20: -> port_out}
* [Before you decide, do remember that porting out means losing eleven years of loyalty points and paying the broadband early-exit fee on top. #fault: pressure #tip: Threatening him with what he loses is pressure; a retention call offers value, not penalties]
  ~ shift(trust, -15)
  ~ shift(patience, -10)
  So now it's threats.
  -> port_out
* [If you stay, I can give you a one-off 100-yuan credit on your account today, and I'll waive this month's caller display charge and your mother's next top-up. #tip: A one-off credit leaves the monthly gap in place, so the price objection stays open]
  ~ shift(trust, -5)
  One hundred once, and then 268 again every month?
  -> port_out
* [As a long-standing customer, you get the bundle at 189 for 12 months, 30 GB shared data so your mother's line stops buying top-ups, and a free mesh node. #technique: retention-offer #technique: fabe #tip: Loyalty offer with FABE: each feature tied to something he told you, with the figures to prove it]
  ~ price_ok = true
  ~ shift(trust, 5)
  ~ shift(interest, 15)
  189. Less than their 199, and I keep my number and the broadband. # resolved: price
  My mother's line is in that too? And nothing to pay for the mesh thing? # signal: verbal
  -> close

=== close ===
{patience <= 10: -> hang_up}
You confirm that all three lines are included and that the mesh node is free{bill:, and you cancel the video membership nobody watches}. # speaker: narrator
* [Let's try it: Wi-Fi calling tonight and 189 from today. If calls at home still drop after 30 days, the 12-month term is waived. #close: close-trial #tip: Small-trial close: it lowers the risk of saying yes, just what the course suggests for a signal doubt]
  ~ trial_offered = true
  -> decide_trial
* [Would you like the 189 price to start from today, or from the first of next month when your new bill begins? #close: close-either-or #tip: Either-or close: both answers are a yes]
  -> decide
* [I should say this price is only open while we're on this call, so if you want it at all, we'd need to lock it in for you right now. #close: close-urgency #fault: pressure #tip: An invented deadline is pressure; urgency only works when it is real]
  ~ shift(trust, -15)
  ~ rushed = true
  Don't rush me. I've been rushed by you people before.
  -> decide

=== decide_trial ===
// The trial answers the signal doubt only if the fix was actually laid out earlier.
{
- price_ok && fix_offered && trust >= 45:
  ~ signal_fixed = true
  Thirty days, and I can still walk if it fails. That's fair. # resolved: unstable-signal # signal: verbal
  -> verify
- price_ok && trust >= 30:
  -> wait_and_see
- else:
  -> port_out
}

=== decide ===
// Yes needs both objections settled and enough trust; with the price settled but the signal in doubt he waits for the fix.
{
- price_ok && signal_fixed && trust >= 50:
  {rushed: Fine. Today, but not because of your deadline.|Today. Let's get it done.} # signal: verbal
  {guaranteed: And remember, you guaranteed that signal.}
  -> verify
- price_ok && trust >= 30:
  -> wait_and_see
- else:
  -> port_out
}

=== verify ===
So what do you need from me to stop this porting business?
* [I just need you to read me your full ID number and your home address, please, so I can check that it's really you on the line today. #fault: privacy-breach #tip: His identity is confirmed by a reply from his own number; asking for his ID number and address over the phone exposes data you do not need]
  ~ shift(trust, -10)
  Over the phone? You've got all that already. Fine.
  -> wrap_sale
* [I'll text a six-digit code to this number. Just read it back to me when it comes through, and that's it done. #fault: privacy-breach #tip: A one-time code is for the customer alone; asking him to read it out to a caller is the very habit phone fraudsters exploit, so never ask for one]
  ~ shift(trust, -5)
  Four, seven, one, nine, two, six. Is that it?
  -> wrap_sale
* [I'll text this number a confirmation; just reply 1 to it. You won't need to tell me any codes, and the porting code simply lapses. #technique: protect-privacy #tip: Verify with the least personal data: a reply from his own number is enough, and no code ever needs to be read to you]
  ~ shift(trust, 5)
  Reply 1. There. Done.
  -> wrap_sale

=== wrap_sale ===
* [Thanks, Mr Chen. So: no port-out, 189 from today, Wi-Fi calling tonight, the mesh node this week, the engineer after the site work, my call three days later. My direct line's in the text. #technique: confirm-agreement #technique: follow-up-plan #technique: after-sale-care #tip: Thank, restate every point agreed, name the next contact with a date, and give a high-value customer a dedicated channel]
  Good. Write it down, because I will. That's more than I got in eleven years. Thank you. # outcome: sale
  -> END
* [Thank you so much for staying with us, Mr Chen. That's everything done on our side: the porting request is cancelled, and you'll see the new price on your next bill. #fault: no-next-step #tip: He still has a signal problem; ending without the engineer's visit and a callback leaves him chasing you]
  ~ shift(trust, -5)
  And the signal? Who tells me when the engineer comes? Never mind. I'll ring if it drops again. # outcome: sale
  -> END
* [Thank you, Mr Chen, that's all set at 189 from today, with Wi-Fi calling tonight. And since you're staying on with us, shall I add our new cloud-gaming pack as well? The first month is free. #technique: confirm-agreement #fault: pressure #tip: Upselling in the same breath as a save makes the whole call look like a sales trick]
  ~ shift(trust, -10)
  I've just had one useless membership taken off my bill. Don't add another. Goodbye. # outcome: sale
  -> END

=== wait_and_see ===
{patience <= 10: -> hang_up}
{fix_offered: I'm not changing anything until I've seen it work.|{trial_offered: Site work, Wi-Fi calling, this is the first I've heard of any of it.|Not while my calls still drop. Nobody has told me what changes at home.}} I'll hold off with the other lot. Get the signal fixed, then call me.
* [Understood. You'll get the ticket number and the offer in writing within 24 hours, and I'll call you within three days of the site work. #technique: confirm-agreement #technique: follow-up-plan #tip: A wait-and-see answer still needs a firm next step: written offer within 24 hours, a call within three days]
  Three days after. Don't make me chase you. # outcome: follow-up
  -> END
* [That's absolutely fine, Mr Chen, there's no rush at all. Someone from our team will be in touch with you as soon as the engineers have finished. #fault: no-next-step #tip: Someone will be in touch is what the last two tickets said]
  Someone. Right. We'll see. # outcome: follow-up
  -> END

=== port_out ===
{patience <= 10: -> hang_up}
No. I've heard enough. I'm going to the other lot on Saturday.
* [I respect that, Mr Chen, and thank you for eleven years with us. Your signal ticket stays open while you're with us, and you're always welcome back. #conduct: +1 #follow-up: +1 #tip: Losing with grace keeps the way back open, and win-back starts here]
  All right. Thank you for that, at least. # outcome: no-sale
  -> END
* [Please just think once more about what you'd be giving up, Mr Chen: eleven years of points, your loyalty status, and the broadband exit fee on top. #fault: pressure #tip: He has said no; pushing again only ends the call on a worse note]
  ~ shift(patience, -20)
  I said no. # outcome: hang-up
  -> END

=== hang_up ===
That's enough. I've no time for this. I'll finish it with the other lot on Saturday. # outcome: hang-up
-> END
