"""Build signals3_dev.jsonl and signals3_test.jsonl (hand-labelled insights eval set, round 3).

Every message below was written and labelled by hand, following the definitions and
conventions in README.md of this folder (see README_signals3.md for the extra conventions
decided for this set). The detector's code was not consulted.

Each entry is (industry, sentiment, intent codes, text). Codes:
    P = pricing_question, O = objection, C = complaint, X = churn_threat,
    B = buying_signal,    M = meeting_request
The industry tag is authoring metadata only (used for the README tally); it is not written out.

Split: the 240 entries are shuffled with random.Random(20261201), then stratified by the
exact label signature (sentiment + intent set) and dealt alternately to dev / test, so both
halves get the same mix. Ids are assigned after the split: dev s3-001..s3-120,
test s3-121..s3-240, in shuffled order (so authoring order leaks nothing).

Run:  python3 tests/corpus/insights/build_signals3.py
Then: python3 tests/corpus/insights/validate_signals3.py
"""

import json
import random
from collections import Counter
from pathlib import Path

SEED = 20261201
HERE = Path(__file__).resolve().parent
DEV_PATH = HERE / "signals3_dev.jsonl"
TEST_PATH = HERE / "signals3_test.jsonl"

CODE = {
    "P": "pricing_question",
    "O": "objection",
    "C": "complaint",
    "X": "churn_threat",
    "B": "buying_signal",
    "M": "meeting_request",
}
ORDER = ["pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request"]

MESSAGES = [
    # ------------------------------------------------------------------
    # Neutral, no intent: out-of-office, thanks, logistics, product questions
    # ------------------------------------------------------------------
    ("logistics", "neutral", "",
     "Automatic reply: I'm out of the office until Tuesday 14 January with limited access to email. "
     "For anything urgent about collections please contact dispatch@harlowfreight.example or call the yard on 01632 960447."),
    ("retail", "neutral", "", "thx got it"),
    ("legal", "neutral", "", "Received, will pass to accounts."),
    ("packaging", "neutral", "", "Hi, just confirming the pallets for Thursday are 1200x1000, not euro size. Cheers, Gav"),
    ("healthcare", "neutral", "",
     "Out of office: Dr Anneliese Vorhees is on annual leave, returning 3rd March. "
     "Clinical queries to the practice manager, Rhona Tully, on ext. 214."),
    ("hospitality", "neutral", "", "👍👍"),
    ("manufacturing", "neutral", "",
     "can you resend the safety data sheet for the citrus degreaser, the link in ur last email has expired"),
    ("food", "neutral", "",
     "Our new delivery address from 1 Feb is Unit 7, Calder Park, Wakefield. Please update your records."),
    ("energy", "neutral", "",
     "---------- Forwarded message ---------\n"
     "From: Priya Natarajan <priya@oakhollowestates.example>\n"
     "Subject: Gate codes for install week\n\n"
     "Gate code is 4471#. The side gate is padlocked so use the main entrance.\n"
     "----------\n\n"
     "Adding Jonas here, he'll be handling site access while the panels go in."),
    ("retail", "neutral", "", "Thank you, Sandra."),
    ("manufacturing", "neutral", "", "Is the 40L drum food-grade certified or only the 20L?"),
    ("logistics", "neutral", "", "do u guys deliver to Jersey? (the channel island not NJ lol)"),
    ("telecom", "neutral", "",
     "Please note I'm no longer the contact for this account. Future correspondence should go to "
     "Matteo Ferri (m.ferri@valdoratelecom.example)."),
    ("construction", "neutral", "", "which portal do I upload the COI to, the old one or the new one?"),
    ("veterinary", "neutral", "",
     "Auto-reply: Thank you for contacting Brightwater Veterinary Group. A member of the team will respond "
     "within 2 working days. If your message relates to an emergency, please phone the surgery."),
    ("saas", "neutral", "", "Hey, quick one, what's the max file size for the bulk contact import?"),
    ("manufacturing", "neutral", "",
     "Sorry for the slow reply, I was at the trade fair in Hannover all week. "
     "Will read through the proposal properly tomorrow."),
    ("education", "neutral", "",
     "Adding my colleague Fen Liu in cc, she'll be your contact while I'm on parental leave from next month."),
    ("construction", "neutral", "", "What's the lead time on the 316 stainless hinges at the moment?"),
    ("saas", "neutral", "", "Please find attached our updated W-9 for your vendor file."),
    ("food", "neutral", "",
     "Hi all, a reminder that our kitchens are closed 24 Dec – 2 Jan. "
     "Anything ordered after the 20th will be received in the new year."),
    ("saas", "neutral", "", "Thanks for the update."),
    ("pharma", "neutral", "", "Will the recording of Thursday's webinar be shared with attendees afterwards?"),
    ("food", "neutral", "", "Got the samples. Will have the kitchen team try them next week."),
    ("automotive", "neutral", "", "Which of your reps covers the Midlands now that Tom's left?"),
    ("logistics", "neutral", "",
     "Can you confirm the serial numbers on the two units shipped to our Leeds depot? Need them for the asset register."),
    ("retail", "neutral", "",
     "FYI our PO numbers are changing format from next quarter (prefix HX- instead of HC-). "
     "Nothing needed from you except quoting the new one on invoices."),
    ("facilities", "neutral", "",
     "Re: Site survey\n\n> Could you confirm parking is available for the survey van?\n\n"
     "Yes, two bays behind building C. Just sign in at reception when you arrive."),
    ("education", "neutral", "", "Will the trainer need a projector or are they bringing their own?"),
    ("manufacturing", "neutral", "", "Merry Christmas to you and everyone at Norwell! 🎄"),
    ("saas", "neutral", "", "tues 10 works for me, see you then"),
    ("retail", "neutral", "", "Please remove Jakob Lindqvist from your mailing list, he left the company in October."),
    ("automotive", "neutral", "", "What voltage do the chargers need? Our depot has a 3-phase 400V supply."),
    ("logistics", "neutral", "", "Hi Oksana, driver arrived 7:40, all signed for. Thanks"),
    ("hospitality", "neutral", "",
     "Out of office through Labor Day. For banquet orders please reach Keisha Dumont at the front desk, (555) 014-2290."),
    ("agriculture", "neutral", "",
     "Harvest has started so I'll be slow on email for the next fortnight. Text if it's urgent."),

    # ------------------------------------------------------------------
    # Positive, no intent: explicit praise
    # ------------------------------------------------------------------
    ("energy", "positive", "",
     "Just wanted to say the install crew were brilliant: tidy, on time, and our site manager hasn't stopped "
     "talking about them. Please pass on our thanks."),
    ("saas", "positive", "", "honestly the smoothest onboarding we've had from any supplier, cheers Dev 🙌"),
    ("food", "positive", "", "New batch of the T55 flour is spot on, the bakers are very happy."),
    ("manufacturing", "positive", "",
     "Quick note to say the replacement compressor has run flawlessly for a month now. "
     "Really appreciate how fast your team turned that around."),
    ("healthcare", "positive", "",
     "No complaints at all from the ward staff since the switchover, which from them is basically a standing ovation."),
    ("education", "positive", "",
     "The students loved the lab kits! Several teachers have asked if they can keep the spares 😄"),
    ("logistics", "positive", "",
     "Just so you know, your driver Marek went above and beyond yesterday helping us re-stack the cold room "
     "after our racking collapsed. Absolute legend."),

    # ------------------------------------------------------------------
    # Positive buying signals
    # ------------------------------------------------------------------
    ("food", "positive", "B", "go ahead w the order, same as last month but double the oat milk"),
    ("retail", "positive", "B",
     "We'd like to add the Kendal and Penrith branches to the agreement from April. Can you draw up an amendment?"),
    ("saas", "positive", "B", "Board signed off this morning 🎉 What do you need from us to get started?"),
    ("healthcare", "positive", "B",
     "PO 44871 attached for the 12 additional tablets. Please deliver to the Leeds office."),
    ("telecom", "positive", "B",
     "Our renewal is coming up in March and we'd like to extend for another three years, possibly with the "
     "analytics add-on too. Who should I speak to about the paperwork?"),
    ("veterinary", "positive", "B", "we're ready to roll this out to all 9 clinics. when can your team start?"),
    ("events", "positive", "B",
     "Can you hold 30 rooms for 14–16 May while we finalise numbers? Fairly confident we'll confirm by Friday."),
    ("saas", "positive", "B", "Let's do it. Send the e-sign link to Hannah in legal and copy me in."),
    ("facilities", "positive", "B",
     "We've been through the three proposals and yours came out on top. Next step is getting you set up on our "
     "procurement portal, I'll send the supplier registration link today."),
    ("cleaning", "positive", "B",
     "Would you be able to start the deep clean at the new warehouse on the 3rd? If so, consider this confirmed."),
    ("saas", "positive", "B", "what do we need to do to go from starter to pro? the team's outgrown it"),
    ("manufacturing", "positive", "B",
     "Dear Mr Okafor,\n\n"
     "Thank you for hosting us at the plant last week. The team appreciated seeing the extrusion line in "
     "operation, and the hospitality was excellent.\n\n"
     "As you know, we have been reviewing options for the next two seasons. The trial run of 5,000 units met "
     "our tolerances and our QA manager has signed off the material certificates.\n\n"
     "On that basis we would like to proceed with a first production order of 40,000 units for delivery in Q3. "
     "Could you confirm the earliest slot you can give us and send the supply agreement for review?\n\n"
     "Kind regards,\nIngrid Aasen\nHead of Sourcing, Fjordlys Outdoor"),
    ("education", "positive", "B",
     "We'd love to get Ms Carver's Year 9 classes on the platform too. Can we bolt on 120 student accounts mid-year?"),
    ("saas", "positive", "B",
     "I think we're there. Assuming legal doesn't find anything weird in the MSA we should be good to sign next week."),
    ("payroll", "positive", "B",
     "we might be in a position to move ahead before year end. What does a typical implementation timeline "
     "look like from signature?"),
    ("automotive", "positive", "B", "Yes please to the extended warranty on all 14 vans."),
    ("printing", "positive", "B",
     "Hiya, loving the new menu boards!! Can we get the same done for the Brighton and Hove sites? 🙏"),
    ("agriculture", "positive", "B",
     "Following up from our chat at the county show: we're keen to pilot the soil moisture probes on two of our "
     "farms this spring. What's the process to get going?"),
    ("security", "positive", "B", "Send me the onboarding checklist and I'll get our IT guy on it."),
    ("logistics", "positive", "B",
     "Please treat this as our formal acceptance of quote Q-2291. Delivery to the Rotterdam terminal, as discussed."),
    ("legal", "positive", "B",
     "The partners have agreed to extend the engagement to cover the Singapore entity as well. "
     "Please send a revised engagement letter."),
    ("events", "positive", "B",
     "Perfect, book us in for the 12th then. Thanks for squeezing us in, you're lifesavers 🙏"),
    ("saas", "positive", "B", "Rep was great. Go ahead and renew us for another year, same config."),

    # Positive buying signal + pricing question
    ("waste", "positive", "PB",
     "Great session today. If we went for all three depots, what sort of volume discount are we talking?"),
    ("saas", "positive", "PB",
     "We're planning to take another 25 licences in Q2. Could you tell me what that would come to on our current contract?"),
    ("saas", "positive", "PB",
     "rollout in sales went way better than expected so we'll need more seats. what would 50 more users run us?"),
    ("telecom", "positive", "PB", "Happy to go with the 36-month option. Can we pay quarterly rather than annually?"),
    ("food", "positive", "PB",
     "We'd like to proceed with the gold-tier maintenance plan for the blast chillers. Is that invoiced monthly or up front?"),
    ("food", "positive", "PB",
     "Love the new flavours. Put us down for 20 cases of the yuzu one. Is the intro offer still on?"),
    ("automotive", "positive", "PB",
     "Hi Tomasz, we're looking to move the whole fleet onto your telematics by summer. Can you quote for "
     "62 vehicles, and do you do anything for a multi-year commitment?"),

    # Positive buying signal + meeting request
    ("saas", "positive", "BM", "Ready to go. Can you jump on zoom tmrw 3pm to run through the rollout plan?"),
    ("healthcare", "positive", "BM",
     "We'd like to move forward with the pilot. Could we set up a kickoff with your implementation lead sometime next week?"),
    ("energy", "positive", "BM",
     "Sounds good, let's lock it in. Any chance your engineer could swing by Thursday morning to measure up the roof?"),
    ("education", "positive", "BM",
     "The governors approved the budget for the new science benches 🎉 Can we get half an hour with your "
     "designer to finalise the layout?"),
    ("payroll", "positive", "BM",
     "We're really pleased with how the payroll migration went. We'd like to bring the Irish entity on board as "
     "well. Could you give me a ring this week?"),

    # Positive buying signal + pricing + meeting
    ("printing", "positive", "PBM",
     "We've decided to go ahead with the rebrand package. Could you pop over the payment schedule, and are you "
     "free Weds to kick things off?"),
    ("food", "positive", "PBM",
     "The trial's won over our head chef. Can someone call me to set up a standing weekly order? "
     "Also, what are your terms for 60-day payment?"),

    # Positive meeting request (interest, no commitment)
    ("saas", "positive", "M",
     "Really enjoyed the demo, the team's buzzing. Could we get a second session for our finance folks next week?"),
    ("pharma", "positive", "M",
     "Your webinar on cold-chain compliance was excellent. Would Dana be up for a call to talk through how it "
     "applies to our pharmacy network?"),
    ("architecture", "positive", "M",
     "Loved the proposal, thank you! Shall we grab a coffee next time you're in Manchester?"),

    # Positive pricing question (curiosity)
    ("saas", "positive", "P",
     "The pilot's been fantastic, seriously. Out of curiosity, what does the enterprise tier cost?"),

    # ------------------------------------------------------------------
    # Neutral pricing questions
    # ------------------------------------------------------------------
    ("retail", "neutral", "P", "how much for 500 branded mugs, 2 colour print"),
    ("waste", "neutral", "P",
     "Hi, could you send me a quote for weekly general waste collection at the three sites below?\n\n"
     "- 14 Mill Lane, Stockport\n- Unit 3, Brinnington Trading Estate\n- 220 Wellington Road South"),
    ("education", "neutral", "P", "Do you offer any discount for registered charities?"),
    ("veterinary", "neutral", "P", "whats the day rate for a locum vet over christmas"),
    ("facilities", "neutral", "P",
     "Can you break down the £4,870 on invoice INV-2093? I can't tell which line covers the callout."),
    ("construction", "neutral", "P", "Is VAT included in the figure you gave me on the phone?"),
    ("saas", "neutral", "P", "Do you bill per seat or per active user?"),
    ("manufacturing", "neutral", "P",
     "What are your payment terms for new accounts? We normally work on 45 days end of month."),
    ("healthcare", "neutral", "P",
     "Hello Jamie,\n\n"
     "I hope you're well. Apologies for the delay getting back to you; we had an inspection this month and "
     "everything else went on hold.\n\n"
     "The clinics have settled into the new scheduling system and reception are now using it without support, "
     "so that's one thing off my list.\n\n"
     "The reason I'm writing: our finance team has asked whether future invoices can be split between two cost "
     "centres (Community Services and Outpatients), roughly 60/40. Is that something you can set up on your "
     "side, and would it affect the payment terms?\n\n"
     "Many thanks,\nOlu"),
    ("energy", "neutral", "P",
     "Just noticed our March statement is about 12% higher than February's. Has something changed in the tariff?"),
    ("construction", "neutral", "P", "Ballpark for resurfacing a 40-space parking lot?"),
    ("saas", "neutral", "P", "what do you charge for extended support hours? asking for the ops team"),
    ("food", "neutral", "P", "Can we pay by BACS rather than card going forward?"),
    ("logistics", "neutral", "P",
     "Out of interest, is temperature monitoring something you can add to trucks already on the plan, and "
     "roughly what does it cost per vehicle?"),
    ("manufacturing", "neutral", "P",
     "Is there a price difference between the 3-year and 5-year service plans, or is it just longer cover?"),
    ("education", "neutral", "P",
     "Our fiscal year starts in July. Any chance of invoicing the annual fee in two halves?"),
    ("security", "neutral", "P",
     "Quick one: do the rates on your website include installation, or is that extra?"),
    ("logistics", "neutral", "P", "What's the per-cbm rate for LCL to Durban these days?"),

    # Neutral meeting requests
    ("manufacturing", "neutral", "M", "can u call me back when ur free, re the forklift service"),
    ("saas", "neutral", "M", "Could we move Thursday's review to Friday, same time? It clashes with a board meeting."),
    ("retail", "neutral", "M", "Are you around for a quick call at some point this afternoon?"),
    ("manufacturing", "neutral", "M",
     "Hi Lena, would it be possible to arrange a site visit at the Dunmore plant sometime in the week of the 17th?"),
    ("dental", "neutral", "M",
     "I'd like someone to walk our new practice manager through the booking system. "
     "Does Tuesday or Wednesday morning suit?"),
    ("construction", "neutral", "M", "Ring me on 07700 900123 when you get a sec"),
    ("hospitality", "neutral", "M",
     "Hi, I'm the new procurement lead at Castellan Hotels. It'd be good to put faces to names. "
     "Do you have an hour in the next couple of weeks?"),
    ("saas", "neutral", "M", "Running 15 min late, can we push to 2:15?"),
    ("pharma", "neutral", "M", "Teams at 11 instead? the 10 o'clock got eaten by an audit"),
    ("retail", "neutral", "M",
     "Could you demo the reporting module for our regional managers? They're all in head office on the 9th."),

    # Neutral pricing + meeting
    ("saas", "neutral", "PM",
     "Can someone from your team talk me through the different licence tiers and what each costs? "
     "I'm free most of Thursday."),
    ("payroll", "neutral", "PM", "Hey, could we hop on a call to go over the invoicing setup for the new entity?"),
    ("logistics", "neutral", "PM",
     "I'd like to go through the 2025 rate card before we commit to anything. When's good for a call next week?"),
    ("saas", "neutral", "PM", "What's the cost of adding the Glasgow office? Might be easier to chat, I'm free after 4."),

    # ------------------------------------------------------------------
    # Negative: complaints
    # ------------------------------------------------------------------
    ("pharma", "negative", "C", "third time I've asked for the calibration certs. still nothing."),
    ("legal", "negative", "C",
     "Great, another invoice addressed to a company that hasn't existed since 2021. Love that for us."),
    ("packaging", "negative", "C", "THE DRIVER LEFT THE PALLET OUT IN THE RAIN. AGAIN. 40 BOXES OF LABELS RUINED"),
    ("manufacturing", "negative", "C",
     "Hi Jo, not ideal that the engineer turned up without the replacement part. We'd cleared the whole bay for "
     "the morning. Can you make sure it's on the van next time?"),
    ("healthcare", "negative", "C",
     "The app logged out every one of our nurses twice during night shift this week. "
     "This is a patient safety issue, not a cosmetic bug."),
    ("security", "negative", "C", "Per my last email, the access cards for floor 4 still don't work."),
    ("manufacturing", "negative", "C", "Ordered 2mm gauge, received 3mm. Again."),
    ("saas", "negative", "C", "Thanks so much for the 'priority' support, only took nine days to hear back 🙃"),
    ("cleaning", "negative", "C",
     "Dear Sir/Madam,\n\n"
     "I am writing to express my disappointment with the standard of cleaning at our Harbour Street office over "
     "the past month. Bins have been left unemptied on at least four occasions and the kitchen was not touched "
     "last Friday.\n\n"
     "I would appreciate it if this could be raised with the supervisor.\n\n"
     "Yours faithfully,\nMargaret Ellwood\nOffice Manager, Ellwood & Pike Solicitors"),
    ("telecom", "negative", "C", "we were promised a callback by 5 yesterday. it's now 11am. nobody has called."),
    ("agriculture", "negative", "C", "About a third of the seed trays arrived cracked. Photos attached."),
    ("food", "negative", "C",
     "Im sorry but this is the 2nd week running the bread's turned up after we opened. we open at 7, van came "
     "at 9.20, customers asking for rolls we didnt have"),
    ("saas", "negative", "C",
     "Not to be that person, but the 'fully managed' migration has so far involved me doing most of it."),
    ("saas", "negative", "C",
     "> We've resolved the issue and it shouldn't recur.\n\nIt recurred. Same error, same screen, 8:02 this morning."),
    ("property", "negative", "C",
     "The gas safety certificate you sent has the wrong address on it, which leaves our tenant file "
     "non-compliant until it's fixed."),
    ("events", "negative", "C",
     "Honestly a bit gutted. We booked the terrace for the company's 40th and got moved indoors with no warning."),
    ("saas", "negative", "C",
     "Your helpdesk closed my ticket as 'resolved' without a single reply. Reopening it for the third time."),
    ("construction", "negative", "C",
     "Fwd from our site foreman:\n\n"
     "\"scaffold still not signed off, inspector came n went, nobody from your lot here. lost a day\"\n\n"
     "Can someone explain?"),
    ("education", "negative", "C",
     "It's a little disappointing that the training materials still reference the old interface. "
     "Our new starters keep getting confused."),
    ("pharma", "negative", "C",
     "Two of the six vaccine fridges have been alarming since Monday's service visit. Before the visit: zero alarms."),
    ("retail", "negative", "C", "hello?? anyone?? tills have been down since 9"),
    ("manufacturing", "negative", "C",
     "We appreciate you're busy, but four weeks for a spare filter cartridge is frankly not acceptable."),
    ("translation", "negative", "C",
     "the translation came back with our CEO's name spelled 3 different ways. in one document."),
    ("hospitality", "negative", "C",
     "Just flagging that the room rate on the final bill doesn't match what we agreed (£142 vs £119 per night). "
     "Please correct and reissue."),
    ("construction", "negative", "C",
     "Y'all shipped the wrong color tile to the Henderson job. We ordered Fog Gray, got Slate. "
     "Crew's sitting around on the clock."),
    ("fitness", "negative", "C",
     "Treadmill 6 has had an 'out of order' sign on it for three weeks now. Members have started making jokes about it."),

    # Complaint + pricing question (why did the bill change / billing arrangement)
    ("saas", "negative", "PC",
     "Why have we been charged for 14 users when we've had 11 since October? That's the third billing error this year."),
    ("saas", "negative", "PC",
     "Our invoice went up 18% with no notice. What's the reasoning, and why wasn't this flagged before renewal?"),
    ("facilities", "negative", "PC", "why is there a £95 'admin fee' on this?? never seen that before"),
    ("logistics", "negative", "PC",
     "The fuel surcharge seems to have doubled since last quarter while diesel's gone down. "
     "How exactly is that calculated?"),
    ("manufacturing", "negative", "PC",
     "We were told the callout fee would be waived for warranty repairs. It wasn't. Can you credit it back and "
     "confirm how warranty visits are billed from now on?"),

    # Complaint + meeting request
    ("saas", "negative", "CM",
     "The dashboard's been showing yesterday's data all week. I need someone technical on a call today, "
     "not another ticket number."),
    ("waste", "negative", "CM",
     "We've had three missed collections in a fortnight at the Eastgate site. I'd like to sit down with your "
     "account manager and go through what's going on."),
    ("healthcare", "negative", "CM",
     "Can your service manager ring me? Our MRI's been down since Tuesday and nobody can give me an ETA."),
    ("packaging", "negative", "CM",
     "Hi Raj, the lids we got last week don't fit the 500ml tubs. Could you come out to the plant Monday and "
     "see for yourself?"),
    ("hospitality", "negative", "CM", "cant keep doing this, kitchen display froze mid service AGAIN. call me asap"),
    ("education", "negative", "CM",
     "The teachers are really frustrated: half the tablets didn't enrol and term starts Monday. Could we get "
     "20 minutes tomorrow with someone who can actually fix it?"),

    # Complaint + churn threat
    ("food", "negative", "CX",
     "If the deliveries keep arriving short we'll have to look elsewhere. That's three shorts this month."),
    ("saas", "negative", "CX",
     "Honestly we're thinking about going back to spreadsheets. At least they never lost our data."),
    ("payroll", "negative", "CX",
     "Not sure how much longer I can defend this platform internally. Another outage during month-end close, "
     "the second this quarter."),
    ("logistics", "negative", "CX",
     "We've started talking to other carriers. The last two shipments both arrived damaged and the claims "
     "process has been a nightmare."),
    ("saas", "negative", "CX", "Give me one good reason to renew after the year we've had with your support desk."),
    ("fitness", "negative", "CX",
     "The chlorine dosing has been off for weeks and members are complaining about sore eyes. If it isn't sorted "
     "by the end of the month I'm cancelling the service contract."),
    ("retail", "negative", "CX",
     "Your competitor's rep was in yesterday and, frankly, after the mess with the autumn order, we listened."),
    ("saas", "negative", "CX",
     "Cancel our subscription. I'm done chasing refunds for a service that hasn't worked since June."),
    ("pharma", "negative", "CX",
     "Hi Marcus,\n\n"
     "Hope the move to the new office went smoothly. I saw the photos online, looks great.\n\n"
     "I wanted to give you a heads-up before our quarterly review. Over the last two quarters our average "
     "turnaround on lab results has slipped from 48 to nearly 90 hours, and two samples have gone missing "
     "entirely. Our clinicians have noticed and I'm getting it in the neck.\n\n"
     "Our medical director has asked me to scope alternatives ahead of the contract anniversary in September. "
     "I'd much rather fix this with you, but I need to see a real plan.\n\n"
     "Best,\nDr Farah Qureshi"),
    ("property", "negative", "CX",
     "After the flooding fiasco you've lost us at the Bristol site. Still deciding about the others."),
    ("saas", "negative", "CX",
     "We're reviewing all our vendors ahead of the renewal and, to be blunt, the number of failed syncs this "
     "year won't help your case."),
    ("hospitality", "negative", "CX",
     "The uniforms shrank after one wash. ONE. Our staff look like they're wearing their kids' shirts. "
     "We won't be reordering."),
    ("telecom", "negative", "CX",
     "Dropped calls on the main line again today, 3 of them mid-order. FYI I've got another carrier coming in "
     "Thursday to pitch."),

    # Churn threat only
    ("saas", "negative", "X", "our CFO asked me to get quotes from others before we renew"),
    ("facilities", "negative", "X",
     "Please treat this email as 90 days' notice under clause 14.2 that we will not be renewing the service agreement."),
    ("facilities", "negative", "X",
     "Heads up that group procurement is running a full tender for facilities services this spring, incumbents "
     "included. Expect the RFP pack in a few weeks."),
    ("logistics", "negative", "X",
     "Hi Sam,\n\n"
     "Hope you had a good break. Thanks again for the help with the Q4 stock count, the team really appreciated "
     "the extra hands.\n\n"
     "I wanted to give you some notice on something that's come up. As you may have seen, we completed the "
     "acquisition by Hartwell Group last month and integration work is starting now.\n\n"
     "Hartwell have a group-wide agreement with another warehouse management provider, and the expectation from "
     "their side is that we'll move onto it during next year. Nothing is final and I'll push for a fair "
     "assessment, but I wanted you to hear it from me first.\n\n"
     "Best,\nEleni"),
    ("dental", "negative", "X", "How would we export all our patient records if we were to leave?"),
    ("saas", "negative", "X", "whats the notice period to cancel? asking for a friend (the friend is our MD)"),
    ("hospitality", "negative", "X", "We'll be letting the lease on the coffee machines lapse at the end of the term."),
    ("payroll", "negative", "X",
     "Could you confirm our contract end date please? We're weighing up bringing payroll back in-house."),

    # Objection only
    ("healthcare", "negative", "O", "We can't get this past procurement until the new financial year, sorry."),
    ("education", "negative", "O",
     "Looks good, but it doesn't do Welsh-language output and that's a deal-breaker for us as a public body."),
    ("healthcare", "negative", "O",
     "why would we pay double what Hallam Supplies charges for basically the same gloves?"),
    ("manufacturing", "negative", "O",
     "The numbers are fine, it's just that we've frozen all new spend until the merger closes."),
    ("payroll", "negative", "O",
     "I'll need sign-off from our group IT security team, and they're booked solid until February."),
    ("dental", "negative", "O", "Honestly it's more than we need. We're a six-person practice, not a hospital."),
    ("food", "negative", "O",
     "We're not in a position to commit to a three-year term. The business is too young for that."),
    ("logistics", "negative", "O",
     "Our current system isn't perfect but it works, and the switching cost in staff time is hard to justify right now."),
    ("legal", "negative", "O", "Without a Ledgerwell integration we'd be double-keying everything, so it's a no for now."),
    ("agriculture", "negative", "O",
     "The co-op board only meets quarterly and the next slot isn't until June, so nothing's happening before then."),
    ("education", "negative", "O",
     "Sounds lovely but there's no budget line for it this year. Maybe revisit in the autumn?"),
    ("construction", "negative", "O",
     "tbh the lead time is the problem. 14 wks for the switchgear doesn't work when we break ground in 8"),
    ("saas", "negative", "O", "we already pay for something that does 80% of this."),
    ("telecom", "negative", "O",
     "Cost aside, my worry is your support is US-hours only and our shifts run 24/7 out of Manila."),

    # Objection + pricing question
    ("saas", "negative", "PO",
     "That's a fair bit more than we budgeted. Is there a cut-down version without the analytics piece, and what "
     "would that cost?"),
    ("manufacturing", "negative", "PO", "Kestrel quoted us 30% less for the same spec. Any flexibility on your side?"),
    ("retail", "negative", "PO", "is that per site?? if so there's no way"),
    ("education", "negative", "PO",
     "£12k is beyond what a school our size can justify. Do you have an education rate?"),
    ("fitness", "negative", "PO",
     "We love the kit but the upfront capital cost is a stretch. Do you do leasing or pay-monthly?"),
    ("saas", "negative", "PO",
     "Can you explain why the implementation fee is almost the same as the first year's licence? Feels steep."),
    ("waste", "negative", "PO",
     "Why is the per-tonne rate higher than last year when our volumes are up? I can't take this to my boss as it stands."),
    ("saas", "negative", "PO", "any wiggle room on the monthly? we're a startup and every pound counts rn"),

    # Objection + buying signal (conditional)
    ("hospitality", "negative", "OB",
     "If you can take the delivery charge off we'll sign today. If not, we'll probably stay put."),
    ("retail", "negative", "OB",
     "We'd like to go ahead, but only if you can guarantee the install before the Christmas trading period. "
     "Otherwise it'll have to wait till February."),
    ("saas", "negative", "OB",
     "If your team can get SSO working with our identity provider, we're in. Without that, security won't approve it."),
    ("telecom", "negative", "OB", "Happy to sign, but 36 months is a non-starter. Make it 12 and we'll put the PO through."),
    ("healthcare", "negative", "OB",
     "We really want this for the new clinic but the board won't approve anything over £20k. "
     "Get us under that and we'll move."),
    ("saas", "negative", "OB",
     "The trial went well and we're leaning towards you, but we can't stomach the jump at renewal. "
     "Lock in this year's rate for two years and it's done."),
    ("retail", "negative", "OB", "ok we'll take the 200 units if you throw in the shipping. otherwise need to think about it"),
    ("food", "negative", "POB",
     "We're keen, genuinely. Only blocker is your payment terms: we pay Net 60, not Net 14. Can you work with that?"),
    ("education", "negative", "OB",
     "we might be in a position to move ahead if the Spanish-language version is ready by Q2. Is it?"),
    ("construction", "negative", "OB",
     "Honestly you're our first choice. But finance needs a second quote before they'll release a PO, so bear with me."),
    ("hospitality", "negative", "OB",
     "We'd sign tomorrow if the units came in grey. Navy just won't work with our branding."),
    ("logistics", "negative", "OCB",
     "Look, we want to expand to the other two warehouses, but not while the scanners keep dropping connection. "
     "Fix that and we'll talk numbers."),

    # Objection + meeting request
    ("automotive", "negative", "OM",
     "Not convinced the ROI stacks up for a fleet our size. Can you walk me through the numbers on a call?"),
    ("healthcare", "negative", "OM",
     "Dear Mr Adeyemi,\n\n"
     "Thank you for the comprehensive proposal and for your patience while we worked through the internal "
     "review. The clinical leads were impressed with the triage workflow and felt it would save considerable "
     "time at the front desk.\n\n"
     "Our Director of IT has, however, raised concerns about hosting. As a provider working under public health "
     "contracts we need to be certain that patient data remains in the UK, and the documentation we received "
     "did not make this clear.\n\n"
     "Would it be possible to arrange a call between your security team and Mr Basu in the next fortnight?\n\n"
     "Kind regards,\nDr Helen Marsh\nOperations Director, Ashgrove Community Health"),
    ("manufacturing", "negative", "OM",
     "Timing's bad for us right now. Can we pick this back up in the new year? Send me an invite for mid-Jan."),
    ("hospitality", "negative", "OM",
     "Three weeks of training for the kitchen team isn't realistic in peak season. Can we talk about a lighter "
     "option? Free Thursday am."),
    ("energy", "negative", "OM",
     "Honestly your rates are higher than what we pay now. Happy to hear you out though, 20 mins on Teams Friday?"),

    # Objection + churn threat
    ("saas", "negative", "OX", "Renewal quote is 22% up. At that level we'd be better off moving to Lumenfield."),
    ("logistics", "negative", "OX",
     "With the new per-mile pricing we'd be paying more than Swiftline for the same lanes. "
     "I've been told to put the contract out to tender."),
    ("payroll", "negative", "OX",
     "Until you support multi-currency we can't grow with you, and frankly we're questioning whether to stay at all."),
    ("cleaning", "negative", "OX", "If there's no movement on price we won't be renewing in March. Simple as that."),
    ("manufacturing", "negative", "OX",
     "The new owners want everything on one ERP and yours isn't it. Can't promise we'll renew."),
    ("saas", "negative", "OX",
     "why would we renew at list price when Brightmoor is offering the first year free?"),

    # Complaint + churn threat + meeting request
    ("construction", "negative", "CXM",
     "After last week's no-show I've been told to start looking at other contractors. If you want to keep the "
     "account, call me before Friday."),
    ("saas", "negative", "CXM",
     "Our renewal's in six weeks and we've had nothing but problems with the new billing module. Let's get a "
     "call in the diary with your account director. I need to know if this is getting fixed or if we should move on."),
    ("energy", "negative", "CXM",
     "The last three invoices have all been wrong and I'm spending hours reconciling them. Can we meet? "
     "Because right now I'm being asked why we're still with you."),

    # Complaint + objection
    ("saas", "negative", "OC",
     "Still waiting on a fix for the reporting bug from March, so no, we won't be adding the HR module until "
     "that's sorted."),
    ("construction", "negative", "OC",
     "Given that phase one overran by two months, I can't recommend phase two to the board right now."),
    ("printing", "negative", "OC",
     "The sample was streaky and the price is higher than our current printer. Not feeling it tbh."),

    # Mixed praise + complaint / objection (labelled by what the rep must act on)
    ("saas", "negative", "PC", "Love the product, hate the invoicing. Why is it three separate bills every month?"),
    ("cleaning", "negative", "C",
     "The new crew are lovely, really friendly, but they've left the fire exit propped open twice this week, "
     "which our insurer would not love."),
    ("events", "negative", "C",
     "Food was excellent as always 👌 but it arrived 40 mins late and half our lunch meeting had left by then."),
    ("logistics", "negative", "C",
     "Really happy with the new software overall. Small thing (well, not that small): it still crashes whenever "
     "we print a batch of delivery notes."),
    ("telecom", "negative", "C",
     "Your account manager Carla is a star, genuinely. Your billing department, less so. "
     "We've been double-charged for October."),
    ("saas", "negative", "O",
     "The demo was impressive, no question. But I can't see us getting 40 reps to change how they log calls, "
     "and the cost is well above what we'd planned."),

    # Complaint + buying signal
    ("manufacturing", "negative", "CB",
     "Despite the hiccups with the first delivery we'd like to place a repeat order. Please just make sure it's "
     "palletised properly this time."),
    ("saas", "negative", "CB",
     "The rollout's been bumpy (the SSO issues cost us a week) but we're committed. Please send the paperwork "
     "for the remaining three regions."),

    # Churn threat + pricing question
    ("telecom", "negative", "PX", "What's the early termination fee if we end the contract at month 18?"),
    ("saas", "negative", "PX",
     "If we drop to the basic plan or cancel outright, what happens to the annual prepayment?"),
    ("energy", "negative", "POX",
     "Before renewal, can you send me your best price? We've had a very competitive offer from Ardent Power and "
     "I'm obliged to compare."),

    # Churn threat + meeting request
    ("saas", "negative", "XM",
     "We're re-evaluating the partnership at the end of the quarter. Could you set up time with your VP of "
     "Customer Success before then?"),
    ("security", "negative", "XM", "I'd like to discuss our options for winding down the contract. Are you free Monday?"),

    # Objection + pricing + meeting
    ("events", "negative", "POM",
     "Budget's tight this year. Could we get on a call to see if there's a smaller package that makes sense, "
     "and what it'd cost?"),

    # Complaint + pricing + churn
    ("logistics", "negative", "PCX",
     "You put our rates up 15% and the service has got WORSE. Explain that to me, or I'll be explaining it to "
     "your competitors."),
]


def to_record(entry):
    industry, sentiment, codes, text = entry
    intents = sorted({CODE[c] for c in codes}, key=ORDER.index)
    return {"text": text, "sentiment": sentiment, "intents": intents, "_industry": industry}


def split(records, seed=SEED):
    """Seeded shuffle, then stratified alternate dealing so both halves share the same mix."""
    rng = random.Random(seed)
    order = list(range(len(records)))
    rng.shuffle(order)
    position = {idx: pos for pos, idx in enumerate(order)}

    def key(i):
        r = records[i]
        return (r["sentiment"], tuple(r["intents"]))

    strata = {}
    for i in order:
        strata.setdefault(key(i), []).append(i)
    dev, test = [], []
    toggle = 0
    for k in sorted(strata):
        for i in strata[k]:
            (dev if toggle == 0 else test).append(i)
            toggle ^= 1
    dev.sort(key=position.get)
    test.sort(key=position.get)
    return dev, test


def main():
    records = [to_record(e) for e in MESSAGES]
    assert len(records) == 240, len(records)
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate text"
    dev_idx, test_idx = split(records)
    out = {}
    n = 0
    for name, idxs, path in (("dev", dev_idx, DEV_PATH), ("test", test_idx, TEST_PATH)):
        lines = []
        for i in idxs:
            n += 1
            r = records[i]
            lines.append(json.dumps(
                {"id": f"s3-{n:03d}", "text": r["text"], "sentiment": r["sentiment"], "intents": r["intents"]},
                ensure_ascii=False))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out[name] = idxs
        print(f"wrote {path.name}: {len(lines)} messages")
    industries = Counter(r["_industry"] for r in records)
    print(f"industries ({len(industries)}):", dict(sorted(industries.items())))


if __name__ == "__main__":
    main()
