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
* [Thank him warmly for eleven years with us, before saying who you are or why you are calling #technique: opener-please #fault: skip-identity-check #tip: Thanking a loyal customer is a good lever, but first say who you are and confirm you have the right person]
  ~ shift(patience, -10)
  ~ shift(trust, 5)
  Eleven years, yes. And you are? Oh, the phone company. This is about me leaving, then. Get to the point.
  -> vent
* [Greet him, name the company, the VIP care team and yourself, say the call is free, confirm you are speaking to Mr Chen and ask for two minutes about his porting request #opening: +1 #technique: opener-standard #tip: The standard opener: greeting, company, team, name, free call, the right person, leave to go on]
  ~ shift(trust, 5)
  Yes, it's me. Two minutes. If you're calling to talk me out of it, you're a bit late.
  -> vent
* [Apologise for disturbing him and ask whether he has a few minutes to hear this month's special offers #fault: forbidden-opener #tip: Apologising for the call and leading with offers is a banned opener, and it ignores why he matters today]
  ~ shift(patience, -20)
  ~ shift(trust, -10)
  Offers. I get three of these calls a week. I'm leaving you anyway, so...
  -> rescue

=== rescue ===
* [Cut in politely: you are from the VIP retention team and you are calling about his porting request, not to sell anything #opening: +1 #tip: Giving the real reason for the call at once can still save a bad start]
  You have thirty seconds.
  -> vent
* [Carry on and describe this month's offers #fault: pressure #tip: He has already said no; pressing on with a pitch ends the call]
  ~ shift(patience, -20)
  I said no. # outcome: hang-up
  -> END

=== vent ===
Eleven years with you. Two hundred and sixty-odd yuan every month. And in my own flat the calls drop. I complained twice, and twice they closed it with optimisation in progress. # raises: unstable-signal
The other lot will give me the same for 199. So tell me why I should stay. # raises: price
* [Tell him the network came top in the city's latest drive test, so the trouble must be something local #fault: argue #tip: A city-wide statistic tells him his own experience is wrong; never argue with what the customer lives with]
  ~ shift(trust, -15)
  ~ shift(patience, -15)
  Congratulations. The city isn't my flat.
  -> share
* [Tell him you can take a good amount off his bill straight away if he stays #fault: ignore-objection #tip: He led with dropped calls; answering with a discount talks past the objection he raised first]
  ~ shift(patience, -15)
  ~ shift(trust, -5)
  Did you hear what I said? My calls drop. The money comes second.
  -> share
* [Let him finish, then ask him what actually happens with the calls at home #technique: lscpa-listen #tip: LSCPA starts with Listen: let the whole objection come out before you answer it]
  ~ shift(patience, 5)
  ~ shift(trust, 5)
  What happens? I'm in the middle of a sentence and the line is dead. Twice last week. Then I ring back from the kitchen on my wife's phone like an idiot.
  -> share

=== share ===
{patience <= 10: -> hang_up}
* [Acknowledge it plainly: eleven years as a customer, calls dropping at home and two tickets closed without a fix is not good enough, and he has every right to be fed up #technique: lscpa-share #tip: Share: name the feeling and admit what went wrong before you explain anything]
  ~ shift(trust, 10)
  Well. At least somebody says it.
  -> clarify
* [Say you are sorry for any inconvenience caused and that his satisfaction is very important to us #objections: -1 #tip: A stock apology sounds like a script, and a driver hears it as stalling]
  ~ shift(patience, -10)
  ~ shift(trust, -5)
  Spare me the script.
  -> clarify
* [Ask him to withdraw the porting request first, and promise the network team will look at the signal afterwards #close: close-direct #tip: Asking for the decision before anything is fixed, and before any buying signal, is a premature close]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  Withdraw first and you look later? That's exactly how I got here.
  -> clarify

=== clarify ===
{patience <= 10: -> hang_up}
* [Ask whether he has tried restarting the phone or switching 5G off at home #objections: -2 #tip: After two closed tickets, a first-line troubleshooting question tells him nobody has read his history]
  ~ shift(patience, -10)
  ~ shift(trust, -10)
  I'm not a child. Your engineers had two goes at it. Read the file.
  -> implication
* [Ask exactly where and when it drops: which rooms, calls or data, and since when #technique: lscpa-clarify #tip: Clarify: the real cause decides the fix, so pin down the place, the service and the time]
  ~ shift(trust, 5)
  The study, at the back of the flat, north side. Calls mostly, the internet's fine. Since the spring. And the study is where I work: I've run my practice from home for three years, my clients ring me there. # reveals: home-office
  -> implication

=== implication ===
{patience <= 10: -> hang_up}
// A driver who has lost patience refuses more questions: early mistakes cost the discovery that follows.
{patience <= 25:
  That's enough questions. I want a fix, not a survey.
  -> present_fix
}
* [Ask what a dropped call actually costs him, at work and at home #technique: spin-implication #tip: Implication: let him size the problem himself; the bigger it is, the more a real fix is worth]
  ~ shift(interest, 5)
  Costs? Last month a client thought I had hung up on him in the middle of a tax dispute. That took a lunch to smooth over.
  And it's not only work. My mother lives with us, she's seventy-nine, and her room is at the back too. She had a fall last winter. If she rings me and it doesn't go through... # reveals: elderly-parent
  -> present_fix
* [Ask no more questions, since he is in a hurry, and go straight to what you can do about the signal #tip: Respecting a driver's time is right, but one more question would have shown what is really at stake for him]
  ~ shift(patience, 5)
  -> present_fix

=== present_fix ===
{patience <= 10: -> hang_up}
So what are you going to do about it that the last two didn't?
* [Offer him a 50-yuan bill credit to make up for the dropped calls #fault: ignore-objection #tip: Compensation without a fix answers a question he did not ask]
  ~ shift(trust, -5)
  ~ shift(patience, -10)
  Fifty yuan doesn't make my phone ring in the study.
  -> price_talk
* [Show him the facts: the base station serving his compound is booked for optimisation within 14 days, Wi-Fi calling over his gigabit line can be on tonight, and a free mesh node will carry Wi-Fi into the study #technique: lscpa-present #technique: coverage-evidence #tip: Present: answer the cause with the site work on record, a measurable fix, and something that works tonight]
  ~ fix_offered = true
  ~ shift(trust, 10)
  ~ shift(interest, 10)
  Wi-Fi calling. Nobody ever mentioned that. So the calls go over my broadband, from tonight? # signal: verbal
  -> guarantee
* [Promise to escalate it to the network team as urgent and have them call him #tip: Another escalation with nothing concrete in it is exactly what his last two tickets got]
  ~ shift(trust, -10)
  ~ shift(patience, -5)
  That's what the last two people said.
  -> price_talk

=== guarantee ===
{patience <= 10: -> hang_up}
And after this optimisation the signal in the study is solid? You guarantee that?
* [Be straight: Wi-Fi calling works tonight, the site work should lift the indoor signal a lot, but you cannot promise full bars in every corner, so an engineer will measure in the study after the work #technique: honest-answer #conduct: +1 #tip: Being honest about the limits is what makes the rest of your offer believable]
  ~ shift(trust, 10)
  A straight answer. That makes a change.
  -> confirm_fix
* [Guarantee him a full signal in every room by next week #fault: false-promise #tip: Nobody can guarantee indoor signal in every room; a broken promise is how he came to be porting out]
  ~ guaranteed = true
  ~ shift(interest, 5)
  Guaranteed. Right. I'll hold you to that.
  -> confirm_fix

=== confirm_fix ===
{patience <= 10: -> hang_up}
* [Move on to the price, since the signal is now dealt with #tip: You never checked he was satisfied; an objection he has not confirmed is not closed]
  We'll see.
  -> price_talk
* [Ask whether Wi-Fi calling tonight, plus the engineer's measurement after the site work, would take care of the calls in the study #technique: lscpa-ask #tip: Ask: check he is satisfied before moving on; his yes is what closes the objection]
  ~ signal_fixed = true
  ~ shift(trust, 5)
  {guaranteed: If it's as good as you guarantee, yes.|If the calls stop dropping, yes. That's all I ever wanted.} # resolved: unstable-signal # signal: emotional
  -> price_talk

=== price_talk ===
{patience <= 10: -> hang_up}
// With trust this low he has stopped listening and made up his mind.
{trust <= 15: -> port_out}
{signal_fixed: Fine. Now the money.|Anyway. The money.} Two hundred and sixty-eight a month, and they're offering 199.
* [Tell him the 199 is a teaser that jumps after six months, and their network is worse anyway #fault: badmouth-competitor #tip: Running down the rival sounds defensive; show your own value instead]
  ~ shift(trust, -10)
  ~ shift(patience, -5)
  Everybody says that about everybody. Just tell me what you can do on the price.
  -> offer
* [Break it down: 268 yuan for three lines is under 9 yuan a day #technique: price-daily-split #objections: -2 #tip: A daily split helps when a price feels big, not against a rival who is cheaper every day as well]
  ~ shift(patience, -10)
  Don't do the maths trick on me. Theirs is cheaper per day too. What can you actually offer?
  -> offer
* [Empathise: nobody wants to pay 70 yuan more for a worse experience, and in his place you would compare too; then ask which matters more to him, the lowest price or a line that holds for his clients and his family #technique: objection-empathy #technique: reverse-question #tip: Empathy first, then a reverse question that turns the price objection into the need behind it]
  ~ shift(trust, 5)
  ~ shift(interest, 5)
  If I have to pick, a phone that works. But I'm not paying more for the same mess.
  -> bill

=== bill ===
{patience <= 10: -> hang_up}
* [Go straight to the loyalty offer #tip: His bills run 40 yuan above his plan price; not asking why misses a need he has not said aloud]
  Go on, then.
  -> offer
* [Point out that his plan is 229 but his bills run at about 268, and ask whether he wants to see where the difference comes from #technique: spin-problem #tip: Problem question: the gap between plan and bill is a dissatisfaction he has not named yet]
  ~ shift(trust, 5)
  Go on. I've never understood that bill. A different number every month. # reveals: bill-transparency
  You read it out: a video membership that renewed itself after a free month, 15 yuan; a 20-yuan data top-up added automatically to his mother's line in each of the last three months; caller display, 4 yuan. # speaker: narrator
  Fifteen a month for a video thing nobody watches. That's what I mean.
  -> offer

=== offer ===
{patience <= 10: -> hang_up}
{trust <= 20: -> port_out}
* [Remind him that porting out means losing eleven years of loyalty points and paying the broadband early-exit fee, so leaving is not really cheaper #fault: pressure #tip: Threatening him with what he loses is pressure; a retention call offers value, not penalties]
  ~ shift(trust, -15)
  ~ shift(patience, -10)
  So now it's threats.
  -> port_out
* [Offer a one-off 100-yuan credit if he stays #tip: A one-off credit leaves the monthly gap in place, so the price objection stays open]
  ~ shift(trust, -5)
  One hundred once, and then 268 again every month?
  -> port_out
* [Present the loyalty offer for long-standing customers: the same bundle at 189 a month for 12 months, 30 GB shared data so his mother's line stops buying top-ups, the unused membership cancelled, a free mesh node for the study, and one fixed figure on every bill #technique: retention-offer #technique: fabe #tip: Loyalty offer with FABE: each feature tied to something he told you, with the figures to prove it]
  ~ price_ok = true
  ~ shift(trust, 5)
  ~ shift(interest, 15)
  189. Less than their 199, and I keep my number and the broadband. # resolved: price
  My mother's line is in that too? And nothing to pay for the mesh thing? # signal: verbal
  -> close

=== close ===
{patience <= 10: -> hang_up}
You confirm that all three lines are included and that the mesh node is free. # speaker: narrator
* [Propose a trial: Wi-Fi calling on tonight and the loyalty price from today, the engineer after the site work; if calls in the study still drop after 30 days, the 12-month term is waived and he is free to go #close: close-trial #tip: Small-trial close: it lowers the risk of saying yes, just what the course suggests for a signal doubt]
  ~ trial_offered = true
  -> decide_trial
* [Ask whether he would like the loyalty price to start today or from the first of next month #close: close-either-or #tip: Either-or close: both answers are a yes]
  -> decide
* [Tell him the loyalty offer is only open if he decides on this call #close: close-urgency #fault: pressure #tip: An invented deadline is pressure; urgency only works when it is real]
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
* [Ask him to read out his full ID number and home address so you can verify him #fault: privacy-breach #tip: His identity can be confirmed with a one-time code; asking for his ID number and address over the phone exposes data you do not need]
  ~ shift(trust, -10)
  Over the phone? You've got all that already. Fine.
  -> wrap_sale
* [Tell him you will send a one-time code to this number to confirm the change, nothing else is needed, and his porting code will simply lapse unused #technique: protect-privacy #tip: Verify with the least personal data: a one-time code to his own number is enough]
  ~ shift(trust, 5)
  Got it. Four, seven, one, nine.
  -> wrap_sale

=== wrap_sale ===
* [Thank him and confirm what was agreed: porting dropped, the loyalty plan at 189 from today, Wi-Fi calling on tonight, the mesh node this week, the engineer's measurement after the site work and your call three days after it; give him your direct VIP line and set a data alert on his mother's line #technique: confirm-agreement #technique: follow-up-plan #technique: after-sale-care #tip: Thank, restate every point agreed, name the next contact with a date, and give a high-value customer a dedicated channel]
  Good. Write it down, because I will. That's more than I got in eleven years. Thank you. # outcome: sale
  -> END
* [Thank him and tell him the changes will show on his next bill #fault: no-next-step #tip: He still has a signal problem; ending without the engineer's visit and a callback leaves him chasing you]
  ~ shift(trust, -5)
  And the signal? Who tells me when the engineer comes? Never mind. I'll ring if it drops again. # outcome: sale
  -> END
* [Confirm the new plan, then mention the new cloud-gaming pack now that he is staying #technique: confirm-agreement #fault: pressure #tip: Upselling in the same breath as a save makes the whole call look like a sales trick]
  ~ shift(trust, -10)
  I've just had one useless membership taken off my bill. Don't add another. Goodbye. # outcome: sale
  -> END

=== wait_and_see ===
{patience <= 10: -> hang_up}
{fix_offered: I'm not changing anything until I've seen it work.|{trial_offered: Site work, Wi-Fi calling, this is the first I've heard of any of it.|Not while my calls still drop. Nobody has told me what changes in the study.}} I'll hold off with the other lot. Get the signal fixed, then call me.
* [Agree, and confirm: the porting stays on hold, the signal ticket number and the offer in writing by SMS within 24 hours, and your call within three days of the site work on his base station #technique: confirm-agreement #technique: follow-up-plan #tip: A wait-and-see answer still needs a firm next step: written offer within 24 hours, a call within three days]
  Three days after. Don't make me chase you. # outcome: follow-up
  -> END
* [Say that is fine and someone will be in touch #fault: no-next-step #tip: Someone will be in touch is what the last two tickets said]
  Someone. Right. We'll see. # outcome: follow-up
  -> END

=== port_out ===
{patience <= 10: -> hang_up}
No. I've heard enough. I'm going to the other lot on Saturday.
* [Accept his decision, thank him for eleven years, tell him the signal ticket stays open while his line is with us, and that the door is open if he changes his mind #conduct: +1 #follow-up: +1 #tip: Losing with grace keeps the way back open, and win-back starts here]
  All right. Thank you for that, at least. # outcome: no-sale
  -> END
* [Ask him to think again about everything he would lose by leaving #fault: pressure #tip: He has said no; pushing again only ends the call on a worse note]
  ~ shift(patience, -20)
  I said no. # outcome: hang-up
  -> END

=== hang_up ===
That's enough. I've no time for this. I'll finish it with the other lot on Saturday. # outcome: hang-up
-> END
