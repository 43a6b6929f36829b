# id: gatekeeper-factory-5g
# title: Past the front desk: a 5G private network for the workshop
# channel: prospecting
# product: 5G private network for industry
# difficulty: 4
# time-limit: 720
# persona: Director Zhou
# persona-age: 48
# persona-role: production director, Hengrui Precision Components
# persona-style: analytical
# persona-tier: high
# goal: Get past reception to the name of the person who decides, then win a meeting with the production director about a 5G private network for the workshop
# brief: Hengrui Precision Components, auto-parts maker in the Eastern Industrial Park, about 1,100 staff working three shifts
# brief: Existing customer for 6 years, a 500 Mbps internet leased line and 40 company mobile lines, always paid on time
# brief: Tender notice last month, a third machining line with about 20 more automated guided vehicles, due next spring
# brief: No contact with production so far, the switchboard screens sales calls and reception is run by Lin Xiaoyu
# brief: Reference, Dongfang Bearings in the same park has run our 5G private network for 8 months, network-related AGV stops down from about 20 to 2 a shift
# need: agv-roaming, The AGVs lose Wi-Fi when they roam between access points, stop for safety and need a manual reset
# need: vision-upload, Quality-camera images queue on the busy Wi-Fi at shift start, so defect alerts reach the line minutes late
# need: data-onsite, The carmaker customer's audit requires production data, camera images included, to stay inside the plant
# objection: send-info, send-info, The receptionist asks for an email to the general mailbox instead of putting the call through
# objection: wifi-upgrade, competitor, The plant's integrator has already quoted a Wi-Fi 6 upgrade
# objection: proof, trust, Has heard 5G promises before and wants measured results from a plant like his

INCLUDE ../_lib/customer.ink

// Until the call is put through, the three meters describe the receptionist.
VAR put_through = false
VAR knows_data = false
~ trust = 35
~ patience = 40
~ interest = 15

Monday, 10:05. You dial the switchboard of Hengrui Precision Components. Your target is whoever runs the workshops, but first you have to get past reception. # speaker: narrator
Good morning, Hengrui Precision, reception, Lin Xiaoyu speaking. # speaker: gatekeeper
-> gate_open

=== gate_open ===
* [Good morning. Chen Jie from Telecom. A plant in your park has cut its AGV stoppages by ninety percent this year, and I'd like to tell the right person how they did it. #technique: opener-interest #tip: A concrete gain earns interest, but a receptionist has no stake in AGVs; the six-year relationship would have opened her up more]
    ~ shift(trust, 5)
    ~ shift(interest, 5)
    AGV stoppages? I wouldn't know about that. What is this regarding, exactly? # speaker: gatekeeper
    -> gate_screen
* [Good morning, Ms Lin. Chen Jie, Hengrui's account manager at Telecom; we've looked after your leased line and company mobiles for six years. It's about the workshop network. #technique: opener-trust #opening: +1 #tip: Naming the existing relationship gives the gatekeeper a reason to treat you as a supplier she already knows, not as a cold caller]
    ~ shift(trust, 15)
    Oh, Telecom, yes, the line is yours. The workshops, though? That isn't really my area. # speaker: gatekeeper
    -> gate_screen
* [Hello, sorry to bother you, I'll only take a minute of your time. Could you put me through to your boss? We have a really great 5G offer on right now for companies just like yours. #fault: forbidden-opener #tip: Apologising for the call, asking for just a minute and announcing an offer mark it as a sales call in the first sentence, which is exactly what a switchboard is there to stop]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    Our management doesn't take sales calls, I'm afraid. # speaker: gatekeeper
    -> gate_send_info

=== gate_screen ===
* [It's about a 5G private network: dedicated cells, an on-site core, reserved uplink for cameras and millisecond latency for all of your automated vehicles. #fault: feature-dump #tip: Technical features mean nothing to a receptionist and do not get you the name you need; ask her who decides instead]
    ~ shift(trust, -5)
    ~ shift(patience, -15)
    I'm sorry, I didn't follow any of that. # speaker: gatekeeper
    -> gate_send_info
* [It's fairly technical, to be fair, not something reception would normally deal with. Could you just put me through to someone senior? #fault: disrespect #tip: Telling the receptionist the matter is beyond her belittles the one person who can open the door; screening calls is her job, and she is doing it]
    ~ shift(trust, -20)
    ~ shift(patience, -15)
    Judging calls is exactly what I am here for, actually. # speaker: gatekeeper
    -> gate_send_info
* [You'll know better than I do who this is for. Who makes the decisions about shop-floor equipment, and does IT have a say when that network changes? #technique: find-decision-maker #conduct: +1 #tip: Asking for her help, and for who decides as well as who influences, turns the gatekeeper from a barrier into a guide]
    ~ shift(trust, 10)
    That would be Mr Zhou Jianguo, our production director. IT looks after the offices; anything on the shop floor, Mr Zhou decides. # speaker: gatekeeper
    -> gate_send_info

=== gate_send_info ===
{
- trust >= 50:
    Mr Zhou is on the shop floor most of the day, though. Could you email the details to info@hengrui-precision.com? I will make sure it reaches him. # speaker: gatekeeper # raises: send-info
- else:
    Please send an email to our general mailbox, info@hengrui-precision.com. If anyone is interested, they will get back to you. # speaker: gatekeeper # raises: send-info
}
* [Of course. I'll email it over today and put "for the production director" in the subject line so it reaches the right desk. Thanks so much for your help, Ms Lin. #fault: no-next-step #tip: An email with no named reader, no date and no call agreed is where prospecting mail goes to die; you ended with no slot and no next step]
    Thank you for calling. Goodbye. # speaker: gatekeeper
    Your email joins the other sales mail in the general inbox. Nobody replies. # speaker: narrator # outcome: no-sale
    -> END
* [I understand, you must get a dozen calls like mine a day. It's one short question, whether network drop-outs hurt the shop floor; if they don't, I won't call again. When might suit? #technique: objection-empathy #tip: Acknowledging her position, then shrinking the request to one question with a clear way out, answers the real worry behind send-me-an-email]
    {
    - trust >= 50:
        ~ put_through = true
        Fair enough. He has just come back to his office; let me try him. # speaker: gatekeeper # resolved: send-info
        Mr Zhou? A Mr Chen from Telecom, about the workshop network. He says it won't take long. # speaker: gatekeeper
        -> director_intro
    - trust >= 25:
        He is in the changeover meeting until two. Call back at a quarter past two and I will put you through. # speaker: gatekeeper # resolved: send-info
        At 14:15 you call again. Lin Xiaoyu recognises your voice and puts you through. # speaker: narrator
        -> director_intro
    - else:
        I will note that you called. Email is really the only way I can offer you. Goodbye. # speaker: gatekeeper # outcome: no-sale
        -> END
    }
* [I'd rather not leave it to an email, I'm afraid. It's time-sensitive, with your new machining line going in next spring. Could you put me through to whoever runs production now? It really won't wait. #fault: pressure #tip: Pressing a gatekeeper who has already offered you a channel only proves she was right to screen you; acknowledge her position and make the request smaller instead]
    ~ shift(patience, -40)
    Then I can't help you. Goodbye. # speaker: gatekeeper # outcome: hang-up
    -> END

=== director_intro ===
// From here on the meters describe the production director, who starts out neutral and busy.
~ trust = 30
~ interest = 15
{
- put_through:
    ~ patience = 35
    Zhou. Lin says Telecom, about the workshop network? I have a changeover on line 2 in ten minutes, so be brief.
- else:
    ~ patience = 45
    Zhou speaking. Lin said you would call. I have a few minutes before the afternoon round.
}
-> director_open

=== director_open ===
* [Good morning, Director Zhou. This is Chen Jie from Telecom's enterprise team, and this call is free of charge. Is now a good time to talk about a 5G private network? #technique: opener-standard #tip: Correct and polite, but it gives a busy, numbers-minded director no reason to keep listening]
    ~ shift(patience, -5)
    It costs you nothing; my time is another matter. Convenient enough. What about it?
    -> director_permission
* [Director Zhou, 5G is transforming manufacturing, and our private network is the most advanced on the market today. It will change the way your whole plant works, from end to end, within months. #fault: premature-pitch #tip: Sweeping claims with no figures are exactly what an analytical buyer discounts, and you have not asked a single question]
    ~ shift(trust, -15)
    ~ shift(patience, -15)
    Every vendor tells me that. I don't have time for slogans. Send something in writing to Lin; if it has real figures in it, I will read it.
    -> director_followup
* [Thank you, Director Zhou. Chen Jie, Telecom; I'll call back if now is tight. One fact first: Dongfang Bearings put their AGVs on our 5G network, and stops fell from twenty a shift to two. #technique: opener-interest #technique: respect-time #tip: A measured result from a neighbouring plant in the first thirty seconds earns an analytical listener's attention, and offering to call back shows you value his time]
    ~ shift(trust, 10)
    ~ shift(interest, 15)
    ~ shift(patience, 10)
    Dongfang. I know their plant manager. Twenty a shift sounds familiar. All right, I can give you a few minutes now. Go on.
    -> director_permission

=== director_permission ===
{patience <= 10: -> director_hang_up}
* [Could we simply meet next week instead? I'd bring one of our engineers along and walk you through the whole thing in person, with all the figures. #close: close-direct #tip: Asking for the meeting before he has shown any interest is a premature close; he has no reason yet to give you an hour]
    ~ shift(trust, -10)
    ~ shift(patience, -15)
    Meet to discuss what? I don't know yet whether I have a problem you can solve. Ask what you want to ask.
    -> director_situation
* [Before I say anything about our side, may I ask a few quick questions about how your AGVs run today? Then I'll only cover what matters. #technique: four-layer-permission #tip: Asking leave before questioning makes the questions a courtesy rather than an interrogation, and lets him set the pace]
    ~ shift(trust, 5)
    ~ shift(patience, 5)
    Go ahead. Keep them short.
    -> director_situation
* [Let me give you a quick picture first of what our private network does on a shop floor, so that my questions make sense to you. #fault: premature-pitch #tip: He has given you a few minutes; spending them on your product before you know anything about his workshop is a pitch before discovery]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    I know what a network is. If you have questions about my plant, ask them.
    -> director_situation

=== director_situation ===
{patience <= 10: -> director_hang_up}
* [How are your AGVs and the quality cameras connected at the moment, and who looks after that network for you? #technique: spin-situation #tip: A situation question gathers the facts every later question builds on, and shows you will not guess]
    ~ shift(interest, 5)
    Thirty-eight AGVs on Wi-Fi, about sixty access points. Our IT and the integrator maintain it. The vision stations on line 1 are cabled; the newer ones on line 2 upload over the same Wi-Fi.
    -> director_problem
* [Would a 5G private network for the workshop be of interest to you? I can tell you in a minute what it does. #fault: premature-pitch #tip: A yes-or-no question about the product, before you know anything about his workshop, is a pitch in disguise and gives him nothing to answer]
    ~ shift(patience, -10)
    How would I know? You haven't told me what it would do for us. Tell me, then.
    -> director_present
* [Most plants your size run a patchwork of Wi-Fi that was never designed for AGVs. I'd expect yours is much the same. #fault: disrespect #tip: Telling a director his plant is badly run before you have seen it insults him and his team; ask, don't assume]
    ~ shift(trust, -25)
    ~ shift(patience, -30)
    You expect. You have never set foot in my workshop. I have a changeover to run. Goodbye. # outcome: hang-up
    -> END

=== director_problem ===
{patience <= 10: -> director_hang_up}
* [Then 5G is exactly what you need. Let me explain how it would work on your lines. #fault: premature-pitch #tip: You have his facts but not his problem; pitching now means guessing what he cares about]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    You haven't even asked what is wrong with it. Go on, then. Explain.
    -> director_present
* [When one of the AGVs loses its connection, what actually happens out there on the line? #technique: spin-problem #tip: A problem question invites him to describe the dissatisfaction in his own words, without implying anyone is to blame]
    ~ shift(interest, 10)
    It stops dead; that is the safety setting. Someone has to walk over and reset it. It is worst near the paint shop, where they roam between access points. Fifteen, twenty times a shift. # reveals: agv-roaming
    -> director_implication
* [Sixty access points is a lot to keep stable. Does your IT team manage to keep up with it? #fault: intrusive-question #tip: A problem question must not hurt self-respect: asking whether his team can cope puts them in the dock, so he defends them instead of telling you what goes wrong]
    ~ shift(trust, -10)
    ~ shift(patience, -10)
    My IT people do their job. What is it you are actually offering?
    -> director_present

=== director_implication ===
* [And each of those resets: how long is the AGV out, and what does that do to the line's output? #technique: spin-implication #tip: An implication question makes the cost of the problem visible, so a nuisance becomes a figure he cares about]
    ~ shift(interest, 10)
    Three to five minutes each. Line 2 runs to takt, so one stopped AGV starves two stations. We lose close to an hour of output a shift. And line 3 adds twenty more AGVs next spring, so it will get worse, not better.
    -> director_cameras
* [That must drive your maintenance people mad. Let me tell you how we'd put an end to it for good. #tip: Sympathy is fine, but moving to the solution now leaves the cost of the problem unspoken, so he has no figure to weigh your offer against]
    ~ shift(interest, 5)
    It does. What would you do about it?
    -> director_present
* [So near the paint shop, up to twenty times a shift, someone walks over and resets it by hand? #technique: active-listening #tip: Saying his answer back shows you listened, but it only confirms what you already know; asking what each stop costs would have turned the nuisance into a figure]
    ~ shift(trust, 5)
    That's right. Every shift.
    -> director_cameras

=== director_cameras ===
* [Right, so the AGVs are the real issue here. Let me explain what we would do about that for you. #tip: One problem found is not the whole picture; the cameras share the same network, and you never asked]
    Fine. What is it?
    -> director_present
* [Is anything else on that same Wi-Fi struggling at the busy times? The line 2 cameras, for instance? #technique: four-layer-problem #tip: Checking for a second problem on the same network often finds the one that costs more]
    ~ shift(interest, 10)
    Now that you mention it, yes. At shift start, when everyone's tablets sync, the camera images queue. Last month a defect alert reached the line four minutes late, and we machined eighty bad housings before anyone stopped it. # reveals: vision-upload
    -> director_payoff
* [Our network can also reserve uplink for your line 2 cameras, so their images never have to queue at all. #fault: feature-dump #tip: Offering a fix for a problem he has not mentioned is a feature looking for a need; ask whether the cameras suffer, and let him tell you]
    ~ shift(trust, -5)
    ~ shift(patience, -5)
    I didn't say the cameras had a problem. Stick to the AGVs. What would you do?
    -> director_present

=== director_payoff ===
* [If the AGVs stopped dropping out and camera alerts came through in real time, what would that be worth on lines 2 and 3? #technique: spin-need-payoff #tip: A need-payoff question lets him put a value on the solution himself, which an analytical buyer trusts far more than your estimate]
    ~ shift(interest, 15)
    ~ shift(trust, 5)
    An hour of output a shift, three shifts. That isn't a network problem any more; that is capacity I wouldn't have to buy for line 3. And no more scrapped batches like last month.
    -> director_constraints
* [Good, I think I have a clear picture of it now. Let me tell you what we would propose for your two lines. #tip: You skipped the question that lets him name the value himself, so your proposal will have to argue for its own worth]
    Go on.
    -> director_present
* [So an hour a shift, three shifts, plus the scrap: that's easily two million yuan a year, far more than what a network like ours costs. #tip: Putting your own figure on his problem invites an analytical buyer to pick it apart; a need-payoff question lets him name the value, and he believes his own number]
    ~ shift(trust, -5)
    Your figure, not mine. I would have to check it. What would you put in?
    -> director_present

=== director_constraints ===
* [Then let me tell you what we would put in for lines 2 and 3, and how it would all work day to day. #tip: Skipping his conditions means your proposal may fail on one you never heard about]
    Go on.
    -> director_present
* [Before I suggest anything: what would a new network have to guarantee before you'd let it onto your shop floor? #technique: four-layer-solution #tip: A solution-layer question brings out the conditions any proposal must meet, often the hidden need that decides the deal]
    ~ shift(trust, 5)
    ~ knows_data = true
    Two things. It must not disturb production while it goes in. And our carmaker customer audits us: production data, the camera images included, may not leave this plant. That rules out half the cloud offers I get. # reveals: data-onsite
    -> director_present
* [And you needn't worry about the install: we'd have it running in two weeks, without any disruption to production at all. #fault: false-promise #tip: No one can put cells and a core into a working plant in two weeks with a guarantee of zero disruption; a promise he can see through costs you the trust you just built, and you still don't know his conditions]
    ~ shift(trust, -10)
    Two weeks, in a running plant, with no disruption? Nobody does that. Tell me what it is first.
    -> director_present

=== director_present ===
{patience <= 10: -> director_hang_up}
* [Technically it's a standalone 5G LAN: network slicing, URLLC for the vehicles, an uplink-heavy frame structure, MEC on site and RedCap modules in the AGVs, with QoS set per slice on a dedicated standalone core. #fault: jargon #tip: A string of acronyms answers none of his questions; an analytical buyer wants to know what each part does for his line, with figures]
    ~ shift(trust, -10)
    ~ shift(patience, -10)
    Acronyms. I asked what it does for my AGVs. Put it in writing, with figures, and send it to Lin.
    -> director_followup
* [Dedicated 5G cells over the workshop, the core in your own server room. AGVs hand over in tens of milliseconds, so they keep their link; cameras get reserved uplink; data stays in the plant. Dongfang went from twenty stops a shift to two. #technique: fabe #tip: Feature, advantage, benefit and evidence, each tied to something he told you; that is FABE, and it gives an analytical buyer something to check]
    ~ shift(interest, 10)
    {knows_data: Data staying on site would settle the audit question, I grant you that.}
    But our integrator quoted a Wi-Fi 6 upgrade last month: more access points, about 380,000 yuan. Why wouldn't I just do that? # raises: wifi-upgrade
    -> director_wifi
* [One network for the whole site: gigabit speeds in every building, 5G coverage on every worker's phone, and high-definition video calls from the shop floor to your head office, all managed by us. It's the most complete package we offer for a site like yours. #fault: feature-dump #tip: Everything here is true and none of it is what he told you about; features with no link to his AGVs, cameras or audit are a feature dump]
    ~ shift(trust, -5)
    ~ shift(patience, -10)
    Phones and video calls are not my problem. Put something in writing for Lin, and make it about the AGVs.
    -> director_followup

=== director_wifi ===
* [With respect, Wi-Fi 6 is yesterday's technology. Your integrator is quoting more access points because access points are what they sell. It's a patch, not a solution, and in two or three years you would be paying for the whole thing all over again. #fault: badmouth-competitor #tip: Running down a supplier he has trusted for years makes him defend them; show your own value instead]
    ~ shift(trust, -15)
    ~ shift(patience, -10)
    They have kept this plant running for ten years. I would rather hear about your network than about them. Put your comparison in writing.
    -> director_followup
* [That's a fair question, and I don't want to give you half an answer. Could you let me have their quote? I'd go through it line by line with our radio engineers and come back to you with a proper written comparison. #tip: Deferring gives up the moment he asked for a comparison; you knew the difference that matters for moving AGVs and could have given it with figures]
    ~ shift(interest, -5)
    Do that. A written comparison, with figures.
    -> director_followup
* [For offices and fixed stations, Wi-Fi 6 is the right choice; 5G wouldn't add much there. Moving AGVs differ: under load a Wi-Fi roam can take hundreds of milliseconds, enough to trip the stop. A 5G handover takes tens, on licensed spectrum. #technique: present-comparison #technique: honest-answer #tip: A fair comparison with figures, which admits where the competitor's product is the right one, is far more convincing to an analytical buyer than running it down]
    ~ shift(trust, 15)
    ~ shift(interest, 5)
    Fair. So the office Wi-Fi stays, and the moving things and the cameras go on 5G. That is more sensible than the pitch I expected. # resolved: wifi-upgrade
    You hear him writing something down. # speaker: narrator # signal: physical
    Even so. In 2020 an operator showed us a 5G demo that never worked outside their showroom. I have heard the promises. I need measured figures from a plant like mine. # raises: proof
    -> director_proof

=== director_proof ===
* [Then let me put it in writing, in the contract: zero network-related AGV stops from the very first day, or you won't pay us a single yuan. That's how confident we are in what we install here. #fault: false-promise #tip: No network can promise zero stops; a promise like that confirms his distrust instead of answering it]
    ~ shift(trust, -20)
    Zero? No network gives zero. That is exactly the kind of promise I heard in 2020. Send me something in writing; I will read it when I have time.
    -> director_followup
* [After a demo like that, I'd want proof too. Dongfang's Ms Xu will show you eight months of stop logs, before and after, and we'd survey your line 2 free, results in writing. Would that be enough? #technique: present-testimonial #technique: lscpa-ask #tip: A neighbour's logs and a measured survey answer a trust objection with evidence, and asking whether it is enough checks the objection is really settled]
    ~ shift(trust, 15)
    ~ shift(interest, 10)
    Measured figures and their logs. That I would look at. # resolved: proof
    How long does a survey take, and would it disturb production? # signal: verbal
    -> director_close
* [I understand, but 2020 was very early equipment. The technology has moved on completely since then, so that old experience really doesn't apply to the kind of network we would install for you today. #fault: argue #tip: Telling him his experience no longer counts is an argument, not an answer; acknowledge it and bring evidence]
    ~ shift(trust, -20)
    ~ shift(patience, -30)
    Don't tell me what applies in my own plant. We are done here. # outcome: hang-up
    -> END

=== director_close ===
* [About half a day, and nothing has to be switched off at all. I'll email you the details and the survey steps today, so you can look them over in your own time. #fault: no-close #tip: He asked how long a survey takes and whether it disturbs production; that was a buying signal, and you let it pass without asking for the meeting]
    ~ shift(interest, -10)
    Fine. Send it.
    -> director_followup
* [Half a day, with a handheld scanner, and nothing is switched off. Could we plan it first with our radio engineer: Tuesday morning or Thursday afternoon? #close: close-either-or #tip: He asked about the practicalities, a clear buying signal; an either-or close gives him two yeses to choose between]
    ~ shift(trust, 5)
    Thursday afternoon. Two o'clock, after the shift meeting. Bring the engineer and Dongfang's figures.
    -> director_confirm
* [Half a day, and nothing gets switched off. Could we sit down with our radio engineer beforehand to plan it? I'll fit around your shifts. #close: close-direct #tip: Closing directly after a clear signal works; an either-or would have made saying yes even easier]
    Probably. Let me look. Thursday at two, after the shift meeting. Bring the engineer and the figures.
    -> director_confirm

=== director_confirm ===
* [Great, Thursday at two it is, then. Thank you so much for your time, Director Zhou; our engineer and I are really looking forward to it. See you on Thursday! #tip: You have the meeting, but nothing is confirmed: no place, no attendees, no agenda, no follow-up before the day]
    Thursday.
    He hangs up before you have confirmed where to go or who will attend. # speaker: narrator # outcome: meeting
    -> END
* [Thank you. So: Thursday at two, your office, with our radio engineer Mr Gao. I'll email the agenda and Dongfang's logs within 24 hours. Should anyone from IT join us? #technique: confirm-agreement #technique: follow-up-plan #tip: Restating the agreement and naming each next step with a date leaves nothing to chance, and asking about IT brings in the influencer]
    Yes, bring Wang from IT along; he will have questions about the integrator. Thursday, then. Good. # signal: emotional
    You have a meeting with the production director, and a clear plan for the days before it. # speaker: narrator # outcome: meeting
    -> END
* [Wonderful. And while I have you, could I quote you a new plan for your managers' mobiles as well? It would only take a minute, and it could save you quite a bit each month. #fault: pressure #tip: Piling a second sale onto a hard-won meeting is over-selling and puts the first yes at risk]
    ~ shift(trust, -10)
    One thing at a time, Mr Chen. Thursday at two. # outcome: meeting
    -> END

=== director_followup ===
* [Of course. I'll put it all together this week and send it over to Ms Lin, and I'll check in with you at some point once you've had a look. #fault: no-next-step #tip: "At some point" is not a next step; an email with no agreed day for the call back is easy to ignore]
    Fine. Goodbye.
    With no date and no call agreed, your email sinks among the others in his inbox. # speaker: narrator # outcome: no-sale
    -> END
* [I will. A one-page comparison with measured figures will reach you through Ms Lin within 24 hours. Could I call you on Thursday at ten for your questions? #technique: follow-up-plan #tip: When the meeting is not there yet, a written promise within 24 hours and a call on a fixed day keep the contact alive]
    Thursday at ten. If the figures hold up, we can talk. # outcome: follow-up
    -> END
* [I will, but paper never really does this justice. Could I just drop by on Thursday with our engineer instead? An hour would be enough to show you everything. #fault: pressure #tip: He told you what he wants, something in writing; pressing for a visit he has just declined is pressure, and it closes the door you still had]
    ~ shift(trust, -15)
    I said in writing. If that is not good enough for you, don't bother. Goodbye. # outcome: hang-up
    -> END

=== director_hang_up ===
I have heard enough, and I have a line to run. Goodbye. # outcome: hang-up
-> END
