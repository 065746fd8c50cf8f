#!/usr/bin/env python3
"""Build signals5_dev.jsonl and signals5_test.jsonl from hand-written literals.

Every entry below was written and labelled by hand, one at a time (see README_signals5.md).
Nothing is generated: this script only numbers the entries and writes them out.
Standard library only; the output is deterministic.

Entry format: (text, sentiment, [intents in the fixed order]).
Fixed intent order: pricing_question, objection, complaint, churn_threat, buying_signal, meeting_request.
"""
import json
import os

PQ = "pricing_question"
OBJ = "objection"
COM = "complaint"
CHU = "churn_threat"
BUY = "buying_signal"
MEET = "meeting_request"

POS = "positive"
NEU = "neutral"
NEG = "negative"

# ---------------------------------------------------------------------------
# DEV: s5-001 .. s5-120
# ---------------------------------------------------------------------------
DEV = [
    # 001 out-of-office, names a colleague
    ("Automatic reply: I am out of the office until Monday 14 April with limited access to email. "
     "For anything urgent about the Harwick Primary timetable project please contact Deepa Marr on "
     "01632 960418.\n\nKind regards,\nOwen Tully\nSchool Business Manager",
     NEU, []),
    # 002
    ("Signed copy of the framework agreement attached. Our accounts team will raise the PO on Monday.\n\n"
     "Lars Vinter\nNordbrygge Freight A/S",
     NEU, [BUY]),
    # 003 rhetorical price question = objection only
    ("£14 a month per vet for a rota app?? We're a four-vet practice in a market town, not a hospital group.",
     NEG, [OBJ]),
    # 004 price of adding a site to an existing plan, never says "price"
    ("Hi, if we added the hygienist room in Kelso to our plan, what would that do to the monthly direct debit?",
     NEU, [PQ, BUY]),
    # 005
    ("Third time this month the door-entry tablets at our Leith site have dropped offline during the 6am rush. "
     "Members were queueing outside in the rain. Can someone actually look at this rather than sending me the "
     "reboot guide again?",
     NEG, [COM]),
    # 006
    ("Just wanted to say the audio-guide handsets have been a hit with the school groups this term. The curators "
     "are thrilled and the teachers keep asking where we got them. Thank you to Maya for setting it all up so "
     "patiently.",
     POS, []),
    # 007 indirect meeting ask
    ("I'm at the Northern Architecture Show in Manchester on the 22nd. If anyone from your side is about, it'd be "
     "useful to see the rendering plug-in running on a real model rather than the video.",
     NEU, [MEET]),
    # 008 tender = churn
    ("Dear Supplier,\n\nPlease note that Calder Valley Energy will be putting its meter-data management contract "
     "out to open tender in Q3, as required under our procurement rules. Your organisation is welcome to respond "
     "when the notice is published.\n\nProcurement Team",
     NEG, [CHU]),
    # 009 counter-proposal
    ("Tuesday 10am clashes with a press run. Could we do Wednesday after 2 instead?\n– Gemma, Halden Print",
     NEU, [MEET]),
    # 010 plain acceptance
    ("Thursday 9:15 at our Dunmore depot is fine. I'll be the one in the hi-vis by gate 3.",
     NEU, []),
    # 011
    ("Brilliant news that the monitoring centre can take our 12 new sites from June. The board is delighted! "
     "Please go ahead and send the onboarding pack to Fiona in facilities.",
     POS, [BUY]),
    # 012 prospect price discovery
    ("Do you offer a reduced rate for agencies with fewer than 10 recruiters? We're seven consultants.",
     NEU, [PQ]),
    # 013
    ("We've had two residents locked out of the Marlow Court car park this week because the ANPR cameras didn't "
     "read their plates, and your helpdesk closed the ticket without a fix. If this happens again over the bank "
     "holiday I'll be recommending to the board that we go back to fobs with another provider.",
     NEG, [COM, CHU]),
    # 014 sarcasm
    ("Love that the VAT return module picked the exact week before the quarterly deadline to start timing out. "
     "Really great timing, guys.",
     NEG, [COM]),
    # 015
    ("Thanks Rob, received.",
     NEU, []),
    # 016 competitor cheaper
    ("Appreciate the proposal. Honestly the turnaround-tracking tool looks solid, but AeroDesk quoted us nearly a "
     "third less for the same number of stands, and I can't take your number to our station manager with that gap.",
     NEG, [OBJ]),
    # 017 approval given + site visit
    ("Governors approved the spend last night. Could you send someone over to walk the site before the summer "
     "holidays so the install can be planned? Any weekday after 3:30 is fine.",
     NEU, [BUY, MEET]),
    # 018 multi-paragraph, point at the end
    ("Hi Tessa,\n\nThanks for getting the renewal paperwork over before the season starts, and for the notes on "
     "the new pontoon map.\n\nI have to be straight with you though: the quote for the berth-booking system is 18% "
     "up on last year. The harbour committee will say no to that as it stands. Before I put it in front of them, "
     "can we get on a call to discuss whether there's a multi-year rate that brings it down?\n\nRegards,\n"
     "Neil Pascoe, Harbour Master, Porthkennack Marina",
     NEG, [PQ, OBJ, MEET]),
    # 019 more sites
    ("Please add the Cardiff and Swansea stores to the rollout list (store codes 114 and 117). Same configuration "
     "as Bristol.",
     NEU, [BUY]),
    # 020 third party's problem
    ("FYI, the lab courier (not you lot) lost a batch of samples yesterday, so some results won't show in the "
     "system until next week. Nothing wrong on your end, just didn't want you chasing a sync fault.",
     NEU, []),
    # 021 innocent "cancelled"
    ("We've cancelled the Friday fire drill, so the building will be open as normal when your engineer arrives. "
     "No change needed to the booking.",
     NEU, []),
    # 022 parent company standardising + price
    ("Our parent group, Brightwater Leisure, has told all 14 clubs to move onto the group booking platform from "
     "January. I've argued for keeping yours, but at the per-member fee in your renewal quote I don't have much "
     "of a case.",
     NEG, [OBJ, CHU]),
    # 023 negation + praise
    ("No complaints at all from the warehouse team since the scanner firmware update. Pick rates are up and the "
     "lads actually like the new screens. Cheers for pushing that through.",
     POS, []),
    # 024 enthusiastic prospect asking price
    ("Loved the walkthrough yesterday, the whole design team was buzzing about the clash-detection view. What does "
     "it cost for a practice of 9 seats, and is there any education discount? We do a lot of school work.",
     POS, [PQ]),
    # 025 billing error + asks how it is calculated
    ("Invoice INV-20931 charges us for 60 cleaner app licences. We have 41 staff on the system and told your "
     "account manager so in March. Why are we being billed for 60, and how is the 'platform fee' line calculated? "
     "It wasn't on last year's invoice.",
     NEG, [PQ, COM]),
    # 026
    ("PO 4471-KD attached for the 3 additional chlorine analysers. Delivery to the Ashgrove works please.",
     NEU, [BUY]),
    # 027 invoicing arrangements
    ("Do you invoice quarterly or annually in advance? Our trust's finance year starts in April.",
     NEU, [PQ]),
    # 028
    ("The quarterly vacancy report we received yesterday double-counted every candidate who applied to more than "
     "one role, and I'd already sent it on to our client. I need someone senior on the phone today to explain how "
     "that happened.\n\nPriya Anand\nDirector, Kestrel Talent",
     NEG, [COM, MEET]),
    # 029
    ("Training session with the dental nurses this morning was superb. Kemi explained everything clearly and "
     "nobody felt rushed. Thank you!",
     POS, []),
    # 030 approval as a hurdle + timing
    ("We like it, but anything over £5k has to go through the trustees and they don't meet again until October. "
     "So realistically nothing will happen before then.",
     NEG, [OBJ]),
    # 031 chat shorthand
    ("ok go ahead w/ the 2yr option, send docusign to me pls",
     NEU, [BUY]),
    # 032
    ("We budgeted £2,000 for the year and your quote is £3,450. Is there a smaller package without the reporting "
     "module, or a way to spread it over two financial years?",
     NEG, [PQ, OBJ]),
    # 033 automated mail
    ("This is an automated message from Harbourside Property Services accounts payable. Invoice 88213 has been "
     "received and is queued for approval. Please do not reply to this address.",
     NEU, []),
    # 034 non-native
    ("Hello, the spare parts for the boat lift arrive yesterday but two of the hydraulic hoses is wrong size, is "
     "12mm and we order 16mm. Our technician now waiting with nothing to do. Please send correct one quickly.\n"
     "Regards, Matteo\nCantiere Bellavista",
     NEG, [COM]),
    # 035 callback request relayed by receptionist
    ("Hi it's Sandra from Pennyworth Vets front desk, Dr Hale asked if someone could ring her back about the new "
     "X-ray software, she's free after 4 today. Thanks",
     NEU, [MEET]),
    # 036
    ("Our building management team has logged 23 false alarms from your sensors at the Quayside block since "
     "November. Each one is a £95 call-out from the fire service. We are reviewing whether to continue the "
     "contract past March.",
     NEG, [COM, CHU]),
    # 037 celebratory buying step
    ("🎉 Contract signed! Really looking forward to getting the new timetable system in front of staff. Thank you "
     "for your patience with our governors.",
     POS, [BUY]),
    # 038 prospect ballpark, never says "price"
    ("Before we go any further, roughly what would a three-gym setup with the class-booking app run to per month? "
     "I just need a ballpark for my business plan.",
     NEU, [PQ]),
    # 039 timing + catch-up later
    ("Timing is the problem for us. We're midway through the inspection cycle and nobody has headspace for a new "
     "MIS until spring. Could we pencil in a catch-up for February and look again then?",
     NEG, [OBJ, MEET]),
    # 040 product question, no commitment
    ("Do your alarm panels work with the existing Honeywell door contacts, or would those need replacing?",
     NEU, []),
    # 041 praise + current complaint
    ("Your engineers are lovely and I have no issue with the people. But the boiler monitoring portal has shown the "
     "wrong readings for Block C for three weeks now and nobody has fixed it.",
     NEG, [COM]),
    # 042 exit fee + can't justify
    ("Morning Paul,\n\nA question from our directors' meeting yesterday. What is the early termination charge if we "
     "end the fleet telematics contract at month 18 instead of 36? Given how little of the tracking we actually use "
     "for what it costs, they want the number before the next board.\n\nThanks\nGraham",
     NEG, [PQ, OBJ, CHU]),
    # 043
    ("Board's signed off phase 2. What do you need from us to get the Aberdeen and Dundee depots live in May?",
     NEU, [BUY]),
    # 044
    ("Just a quick one to say the new gate-booking screen has made Monday mornings at the yard so much calmer. "
     "Hauliers actually turn up in their slots now. Nice work.",
     POS, []),
    # 045 export fee "for when the contract ends"
    ("Can you tell me what notice we need to give, and whether there's a fee for exporting our patient records in a "
     "standard format? We're looking at options for when the contract ends in August.",
     NEG, [PQ, CHU]),
    # 046 prospect: pricing tiers on a call
    ("We're comparing a few visitor-management systems for the gallery. Could someone walk me through your pricing "
     "tiers on a call this week? Afternoons are best.",
     NEU, [PQ, MEET]),
    # 047 "not that it's expensive, but"
    ("Not that it's expensive, but we only have one pre-press room and the volume doesn't justify a dedicated "
     "colour-management seat. Maybe when we open the second site.",
     NEG, [OBJ]),
    # 048 forward: sender asks for the order form
    ("Fwd from our procurement lead below. They've approved the three-year term, can you send the final order form "
     "over to me for signature?\n\n---------- Forwarded message ---------\nFrom: Halima Yusuf\n"
     "Subject: RE: Keelhaul Marine software\n\nApproved at the 3-year term as discussed. Please proceed. H",
     NEU, [BUY]),
    # 049 complaint + go-ahead
    ("Still not happy that the January invoice went to our old address and got us a late-payment letter. But we do "
     "need the extra 6 scanner licences for the Hull depot, so add them to the account please.",
     NEG, [COM, BUY]),
    # 050 courtesy
    ("Many thanks for sending the certificates over, Alan. Have a good weekend.",
     NEU, []),
    # 051 emoji praise
    ("the new class booking page is 🔥🔥 members love it",
     POS, []),
    # 052
    ("Is VAT included in the figure on page 3, or on top?",
     NEU, [PQ]),
    # 053 complaint about support + objection to paying more (rhetorical)
    ("Support has taken four days to answer every ticket since Christmas, and now the renewal quote has 'premium "
     "support' for an extra £1,800? I'm not paying more for the same slow service.",
     NEG, [OBJ, COM]),
    # 054 innocent "meeting" (with other carriers) = churn
    ("Your courier has now missed the Thursday collection slot at our Brackley warehouse three weeks running. "
     "We have meetings with two other carriers next week.",
     NEG, [COM, CHU]),
    # 055 praise + second demo
    ("Really enjoyed the demo. The staff-rota feature is exactly what our practice managers have been asking for. "
     "Could we get a second session for the clinical directors? Any time on the 9th or 10th.",
     POS, [MEET]),
    # 056 quote for stated expansion
    ("Wharf Street opens in June and the concierge team there will need logins, 20 of them. Could you put a quote "
     "together on the same terms as our current contract?",
     NEU, [PQ, BUY]),
    # 057
    ("Countersigned and returned via the portal. Purchase order number is PO-77120.",
     NEU, [BUY]),
    # 058 central standardising + supplier review
    ("Heads up: from next financial year all our academies will be moving to whichever MIS the trust picks "
     "centrally, and we've been told to expect a formal review of current suppliers in the autumn.",
     NEG, [CHU]),
    # 059 angry caps
    ("THE LABELS ARE PRINTING UPSIDE DOWN AGAIN. This is the same batch your tech 'fixed' on Tuesday and we have "
     "400 parcels going out at 4pm.",
     NEG, [COM]),
    # 060 prospect: setup fee flexibility + hard to justify switching
    ("Your competitor throws in onboarding for free. Is there any flexibility on the £2,500 setup fee? Otherwise "
     "it's hard to justify moving away from what we use now.",
     NEG, [PQ, OBJ]),
    # 061 fixed and thanked
    ("Confirmed, the booking emails are going out again and the two clients who missed theirs have been sorted. "
     "Thanks for jumping on it so fast on a Saturday, really appreciated.",
     POS, []),
    # 062 indirect meeting ask
    ("Our ops director will be in London on the 3rd and 4th. If someone could meet her near King's Cross she'd like "
     "to see the load-planning module in person.",
     NEU, [MEET]),
    # 063 innocent "renewal"
    ("Our customers' renewal season is a nightmare, so please don't expect quick replies from me until the end of "
     "the month. Nothing needed from your side.",
     NEU, []),
    # 064
    ("Please set up onboarding for Abbeygate Dental from 1 June. Practice manager is Lorna Kerr, "
     "lorna@abbeygatedental.example.",
     NEU, [BUY]),
    # 065 conditional offer from a prospect
    ("If you can get the first units installed before our September intake, we'll sign. If not, we'll have to go "
     "with the system the other two colleges already use.",
     NEG, [OBJ, BUY]),
    # 066 pure admin
    ("Quick admin one: our finance team has a new VAT number from 1 May (GB 123 4567 89). Could you update it on "
     "future invoices?",
     NEU, []),
    # 067
    ("The tide-gauge readings in last week's report are off by roughly 40cm at all three stations, which is well "
     "outside spec. Can we get your engineer and our harbourmaster on a call on Monday to work out what went wrong?",
     NEG, [COM, MEET]),
    # 068 formal, positive buying
    ("Dear Mr Lindqvist,\n\nWe are very pleased with the pilot at the Norwich store and would like to proceed with "
     "the full rollout to all 22 branches. Excellent work from your team throughout.\n\nPlease send the contract "
     "to me for signature.\n\nYours sincerely,\nAnnabel Frost\nOperations Director, Frost & Daughters Home Stores",
     POS, [BUY]),
    # 069
    ("Do you charge per locker bank or per door for the smart-locker software?",
     NEU, [PQ]),
    # 070 two words
    ("Got it.",
     NEU, []),
    # 071 hedged complaint
    ("I don't want to make a fuss, and maybe it's our fault, but the last two shipments of toner arrived without "
     "delivery notes, so our stores team couldn't book them in. Could you check that with your warehouse?",
     NEG, [COM]),
    # 072
    ("Whoever wrote the new help articles for the rota module deserves a pay rise. Our practice manager set up the "
     "whole summer schedule without having to call anyone once.",
     POS, []),
    # 073 closure notice
    ("Our office will be closed between Christmas and New Year, reopening on 2 January.",
     NEU, []),
    # 074 delighted + quote for expansion
    ("Delighted with how the first term has gone, the teachers genuinely love it. We want to add the sixth-form "
     "centre in September; can you send me a price for another 140 students?",
     POS, [PQ, BUY]),
    # 075 alternatives
    ("Second data outage in a fortnight. Our water-quality samples weren't logged for 9 hours and we had to explain "
     "the gap to the regulator. I've asked procurement to start looking at alternatives.",
     NEG, [COM, CHU]),
    # 076
    ("We'll take the 3 additional treadmills on the same lease terms as the last lot. Delivery to the Headingley "
     "gym.",
     NEU, [BUY]),
    # 077
    ("Which browser versions does the candidate portal support? Some of our clients are still on older machines.",
     NEU, []),
    # 078
    ("Is the £4.20 per unit per month negotiable? For a 600-unit portfolio that comes to more than our current "
     "managing agent spends on software altogether.",
     NEG, [PQ, OBJ]),
    # 079 formal praise
    ("Dear Ms Okafor,\n\nOn behalf of the trustees I would like to thank you and your team for the exceptional care "
     "taken in moving the ceramics collection. Not a single piece was damaged, and our conservators were impressed "
     "by the packing.\n\nYours sincerely,\nDr Helen Ashby\nDirector, Pendle House Museum",
     POS, []),
    # 080 trialling an alternative, missing workflow
    ("We've run Vetstack alongside your system for a month at the Fenwick branch and the vets prefer it. Unless "
     "something changes on the prescribing workflow, I'd expect us to switch at renewal.",
     NEG, [OBJ, CHU]),
    # 081 reschedule
    ("Can we move tomorrow's call to Friday? Something's come up with an inspection.",
     NEU, [MEET]),
    # 082 acceptance
    ("Friday at 11 is fine, I'll forward the Teams link to the others.",
     NEU, []),
    # 083 late + wrong invoice, no pricing question
    ("Your invoice arrived three weeks after the work was finished and with the wrong site name on it, so our AP "
     "team rejected it twice. Please get this right going forward.",
     NEG, [COM]),
    # 084
    ("Please treat this email as confirmation that we want the silver maintenance plan for the Rotherham pump "
     "station from 1 July.",
     NEU, [BUY]),
    # 085
    ("What's the cost difference between annual servicing and the six-monthly plan for 4 dental chairs?",
     NEU, [PQ]),
    # 086 praise + asks vendor to present
    ("Your webinar on the new making-tax-digital rules was the clearest thing I've seen on it. Would you be up for "
     "doing a 30-minute version for our partners' meeting in May? Happy to work round your diary.",
     POS, [MEET]),
    # 087 complaint + meeting demand + notice threat
    ("Frankly this has been the worst quarter we've had with you: missed cleans at three sites, no supervisor "
     "visits, and complaints from our tenants. I want a meeting with your account director before the end of the "
     "month, or we'll be serving notice.",
     NEG, [COM, CHU, MEET]),
    # 088 third party (council roadworks)
    ("Not your issue but worth knowing: the council is digging up Mill Lane from the 6th, so deliveries to the back "
     "door of the Sandgate store won't be possible. Use the front loading bay that week.",
     NEU, []),
    # 089
    ("Great news! The partners loved the proposal and have agreed to go ahead with the full practice licence. Can "
     "we get a kick-off call in the diary for next week? Monday or Tuesday morning would be ideal.",
     POS, [BUY, MEET]),
    # 090 non-native, discount + too expensive
    ("Hello, we are receive your offer for 5 pool chemical dosing units. Price is more high than our current "
     "supplier by 15%. Can you make better discount? Otherwise is difficult for us.",
     NEG, [PQ, OBJ]),
    # 091 praise + timing objection
    ("Honestly the product's great. It's just not a priority this year with the merger going on. Maybe revisit "
     "next year.",
     NEG, [OBJ]),
    # 092
    ("Going ahead with the 12-month plan for all three studios. Do you need anything else from me to get started?",
     NEU, [BUY]),
    # 093
    ("The April payroll export dropped the overtime column for everyone in the Glasgow office. We only noticed "
     "after payslips went out. Not impressed.",
     NEG, [COM]),
    # 094
    ("Please note my new email address is j.marsh@tideline-ports.example from Monday; the old one will stop "
     "working.",
     NEU, []),
    # 095 admin
    ("Could you send us a copy of your public liability insurance certificate? Our landlord is asking for it from "
     "all contractors on site.",
     NEU, []),
    # 096
    ("Hi all,\n\nQuick thank you from everyone at the Redmoor practice. Since switching to your reminder texts our "
     "no-show rate has halved. It has genuinely made a difference.\n\nBest, Carys",
     POS, []),
    # 097 doubt + asks for a session
    ("I'm not convinced the route optimisation will save us anything on rural routes, most of our drops are single "
     "farms. If you can show me it working on our actual data, maybe. Could we set up a session?",
     NEG, [OBJ, MEET]),
    # 098 forwarded third-party complaint (lift company), sender asks nothing
    ("FYI forwarding the email below from one of our tenants about the lift at Carrick House. That's the lift "
     "company's contract, not yours, so no action needed; it's just why the concierge log looks odd this week.\n\n"
     "---------- Forwarded message ----------\nFrom: R. Bell\n\nThe lift has been out AGAIN. This is ridiculous, "
     "I have a pram and I live on floor 6.",
     NEU, []),
    # 099
    ("Attached: signed SOW for the Gatwick North ramp-scheduling integration. Please assign us a project manager.",
     NEU, [BUY]),
    # 100 terse
    ("PO to follow this afternoon.",
     NEU, [BUY]),
    # 101
    ("Sorry, wrong Mike! I think this was meant for Mike Carden in our estates team. I've forwarded it to him.",
     NEU, []),
    # 102 fixed and thanked, emoji
    ("Fixed! Thank you thank you 🙌 the kiosk is printing wristbands again",
     POS, []),
    # 103 unannounced increase already billed + why
    ("Why has our monthly charge gone from £640 to £712 without any notice? Nothing in our contract mentions an "
     "annual uplift.",
     NEG, [PQ, COM]),
    # 104 praise + missing integration
    ("The platform is genuinely impressive and our recruiters enjoyed the trial. The problem is it doesn't integrate "
     "with Bullhorn, and that's a deal-breaker for us.",
     NEG, [OBJ]),
    # 105 reply quoting vendor: proceed
    ("Yes, please proceed.\n\nOn Tue 4 Mar, Daniel Reyes <daniel@finchsoft.example> wrote:\n> Hi Carla, shall I go "
     "ahead and book the data migration for the week of the 17th? Once confirmed we'll start the onboarding.",
     NEU, [BUY]),
    # 106 reply quoting a vendor maintenance notice
    ("Noted, thanks. I'll pass it to our site team.\n\n> Hi Rhys, just a reminder that our engineers will be "
     "carrying out firmware updates on all alarm panels in the Kingsway portfolio on 12 May between 9 and 1. No "
     "action is needed on your side.",
     NEU, []),
    # 107 conditional order + asks for best price
    ("We'll place the order for 40 access-control doors this quarter if you can do it at last year's rate of £310 "
     "per door. What's the best you can do? Otherwise it'll have to wait until next budget year.",
     NEG, [PQ, OBJ, BUY]),
    # 108
    ("The new print-proofing portal is so much easier than emailing PDFs back and forth. Our clients have noticed "
     "too. Keep it up!",
     POS, []),
    # 109 sarcasm
    ("Fantastic. Another 'scheduled maintenance' in the middle of the school day. Thanks for the 20 minutes' "
     "warning.",
     NEG, [COM]),
    # 110
    ("I'll be honest, Harbourline have offered us the same weekly groupage service for about 12% less. Hard to see "
     "why we'd stay with you at renewal unless that gap closes.",
     NEG, [OBJ, CHU]),
    # 111 innocent "meeting room"
    ("The meeting room's booked for the inspectors on Wednesday, so your trainer will have to use the staff room. "
     "Same time as planned.",
     NEU, []),
    # 112 supplier review + asks for time
    ("Our new CFO has asked for a review of every supplier contract before it renews, yours included. Can we get "
     "some time in the diary in September to go through usage and value?",
     NEG, [CHU, MEET]),
    # 113
    ("I've passed your brochure to Sam, who handles our IT. He's off until next week.",
     NEU, []),
    # 114 praise + repeat order
    ("Really chuffed with how fast you turned round the signage for the Preston opening. We'll need the same again "
     "for Blackburn in August, same sizes and vinyl. Can you book it in?",
     POS, [BUY]),
    # 115
    ("Stock-count app went live in all 9 shops this morning without a hitch. Best rollout we've had from any "
     "supplier, honestly. Well done to Callum and the team.",
     POS, []),
    # 116 "happy to go with" = acceptance phrasing, not praise
    ("We're happy to go with the 24-month term. Send the paperwork over.",
     NEU, [BUY]),
    # 117
    ("Just back from the handover at Gate 14. Your team's training for our ramp agents was first class: practical, "
     "patient, and nobody was talked down to. Please pass that on.\n\nTomasz Wójcik\nDuty Manager, SkyLink Ground "
     "Services",
     POS, []),
    # 118 payment terms
    ("Could we pay the setup fee in two instalments?",
     NEU, [PQ]),
    # 119
    ("Thank you so much Aisha, that's a huge help and exactly what I needed 🙏",
     POS, []),
    # 120 logistics
    ("Parking at our site is tight on Tuesdays because of the farmers' market. Best to use the Co-op car park on "
     "Bridge St.",
     NEU, []),
]

# ---------------------------------------------------------------------------
# TEST: s5-121 .. s5-240
# ---------------------------------------------------------------------------
TEST = [
    # 121 out-of-office, bilingual
    ("I'm on annual leave until 2 September. For urgent shipments please contact ops@meridianfreight.example or "
     "call the duty desk.\nIk ben met vakantie tot 2 september.\n\nPieter de Graaf | Meridian Freight Forwarding",
     NEU, []),
    # 122
    ("Signed order form for the 30 extra handheld scanners is attached.",
     NEU, [BUY]),
    # 123 rhetorical
    ("£28,000 for a booking system? We could hire someone for that.",
     NEG, [OBJ]),
    # 124 prospect price, never says "price"
    ("If we came on board with about 1,100 pupils across two sites, what sort of annual figure are we looking at?",
     NEU, [PQ]),
    # 125 praise of a driver; the problem was the customer's own forklift
    ("Your driver Kev went above and beyond yesterday. He helped our lads unload in the rain when our forklift "
     "died. Please tell his manager.",
     POS, []),
    # 126 double charge, refund request only
    ("We've been charged twice for February. Can you refund one of them please?",
     NEG, [COM]),
    # 127 call-back
    ("Could you give me a ring when you get a minute? 07700 900381. It's about the pool dosing readings.",
     NEU, [MEET]),
    # 128 automated calendar acceptance
    ("Accepted: Quarterly service review – Harrow Road Library\nThis event has been accepted by Joanne Pike.",
     NEU, []),
    # 129 group-wide deal with another provider
    ("FYI, the group has signed a national deal with another security provider, which will cover our sites once our "
     "current agreement with you expires.",
     NEG, [CHU]),
    # 130 thrilled + full rollout
    ("Thrilled to confirm we're going ahead with the full estate rollout, all 48 properties. The pilot blew us away. "
     "Contract attached.",
     POS, [BUY]),
    # 131 wiggle room + most expensive
    ("Is there any wiggle room on the per-door price? We're comparing you with two others and you're the most "
     "expensive by some distance.",
     NEG, [PQ, OBJ]),
    # 132 courtesy emoji
    ("Thanks Priya, all recieved 👍",
     NEU, []),
    # 133
    ("Your technician left the plant room unlocked overnight. That is a serious breach of our site rules.",
     NEG, [COM]),
    # 134
    ("We'd like to go ahead with option B (the 3-site bundle). Can you send the contract to our solicitor, Amrit "
     "Gill, at gill@ashworthlaw.example?",
     NEU, [BUY]),
    # 135 counter-proposal
    ("The 14th is no good for us, we've got an inspection visit. Any chance of the 16th or 17th, same time?",
     NEU, [MEET]),
    # 136 third party's problem (payroll bureau)
    ("Just so you're aware, the payroll bureau we use (not you) messed up the March pensions file, so the figures "
     "imported into the ledger will be wrong until they resend it. No need to do anything.",
     NEU, []),
    # 137 parent/head office standardising + price
    ("Head office have decided all UK stores move to the group's own ePOS from next year, so unless you can come in "
     "well under what they're paying, I doubt we'll be renewing.",
     NEG, [OBJ, CHU]),
    # 138 discount for paying upfront
    ("Do you give a discount for paying three years upfront?",
     NEU, [PQ]),
    # 139
    ("Just had our first audit since moving to your practice software and it was the smoothest one in years. The "
     "auditor even asked who our provider was!",
     POS, []),
    # 140 start date
    ("when can your installer start? we're ready whenever",
     NEU, [BUY]),
    # 141 multi-paragraph complaint, point at the end
    ("Morning Felix,\n\nHope you had a good break. Busy start here: the new term's timetable went out on Monday and "
     "the Year 7s have mostly found their rooms.\n\nOn a less happy note, the cover-supervisor app crashed every "
     "time someone tried to log an absence yesterday morning, so our attendance officer had to do it all on paper. "
     "That's the second Monday in a row.\n\nJo",
     NEG, [COM]),
    # 142 innocent "cancel", I'll get back to you
    ("Sorry for the slow reply, we had to cancel and rearrange the whole of Year 9 parents' evening this week. I'll "
     "look at your document properly on Monday.",
     NEU, []),
    # 143 timing, stay with existing provider (prospect)
    ("We've decided to stick with our existing alarm provider for now. Nothing wrong with your proposal, the timing "
     "just isn't right with the refurbishment.",
     NEG, [OBJ]),
    # 144 expansion price
    ("We want to put the chilled-trailer tracking on the other 11 trailers as well. What would that add per month?",
     NEU, [PQ, BUY]),
    # 145 fixed and thanked
    ("All sorted, the alarm at the Ravensworth site is reporting properly again. Thanks Nadia for staying on the line "
     "until it was done, above and beyond.",
     POS, []),
    # 146 complaint + demands call
    ("Third missed collection at the Colnbrook cross-dock. I want your ops manager on a call tomorrow morning, 8am.",
     NEG, [COM, MEET]),
    # 147 product question
    ("Does the water softener need a drain within a certain distance, or can it pump uphill?",
     NEU, []),
    # 148 printing: requisition + PO from head office
    ("Purchase requisition raised for the 200 tote bags with our logo. The official PO comes from head office within "
     "48h.",
     NEU, [BUY]),
    # 149 budget frozen + speak again in April
    ("It's a no for this financial year, I'm afraid, budgets are frozen. Shall we speak again in April when the new "
     "year's money lands?",
     NEG, [OBJ, MEET]),
    # 150
    ("Noted with thanks.",
     NEU, []),
    # 151 formal praise
    ("Dear Mr Adeyemi,\n\nI wanted to write formally to commend your installation team. The lighting in the new "
     "Egyptology gallery is superb and the opening went flawlessly.\n\nWith thanks,\nMargaret Clough\n"
     "Head of Collections, Ellerby Museum",
     POS, []),
    # 152 unexplained new charge + what is it
    ("Our latest bill has a 'network access' charge of £85 we've never seen before. What is it, and why wasn't it in "
     "our contract?",
     NEG, [PQ, COM]),
    # 153 forward: head approved, sender asks to book install
    ("See below from the head, we're good to go. Please book the install.\n\n> From: Mrs J. Okonkwo (Headteacher)\n"
     "> I'm happy for us to proceed with the classroom audio system for all 14 rooms. JO",
     NEU, [BUY]),
    # 154 complaint + hint of switching
    ("Our pupils lost two days of coursework when the cloud drive sync failed. Parents are furious. If you can't "
     "guarantee this won't happen again we'll be looking elsewhere for September.",
     NEG, [COM, CHU]),
    # 155 praise + repeat demo for colleague
    ("The demo of the inspection module was excellent, really well thought through. Our head of compliance missed "
     "it. Could you do a repeat for her on Thursday?",
     POS, [MEET]),
    # 156 how-to question with innocent "price" and "cancellations"
    ("Our members are price-sensitive so we're freezing fees this year, which is why I'm keen on the cancellations "
     "report in the new dashboard. Where do I find it?",
     NEU, []),
    # 157 a second wave of seats (named users)
    ("Please add Dr Mehta and Dr Collins as users from next month, they're our new associates.",
     NEU, [BUY]),
    # 158 no budget, asks for a cheaper version
    ("We really don't have the budget for the full monitoring package this year. Is there a stripped-back version, "
     "just the alarms without the CCTV analytics?",
     NEG, [PQ, OBJ]),
    # 159 sarcasm
    ("Wow, only nine days to get a replacement card reader out to us. Truly impressive.",
     NEG, [COM]),
    # 160 quoted vendor call offer; sender only acknowledges
    ("Thanks Ben, that answers it.\n\n> Hi Marcia, yes, the scanners keep working offline and sync once the Wi-Fi is "
     "back. Happy to set up a call if you'd like to go through it. Ben",
     NEU, []),
    # 161 positive + add studios
    ("Loving the system so far 🙌 can we add the two new studios in Bath from next month?",
     POS, [BUY]),
    # 162 indirect meeting ask
    ("I'll be at the Southampton Boat Show all week on stand H42. Swing by if you want to show me the new mooring "
     "app.",
     NEU, [MEET]),
    # 163 conditional offer (prospect) with a package ask
    ("If you can throw in the first year's servicing, we'll sign for all six lifts. Without it, the board will go "
     "with the other tender.",
     NEG, [OBJ, BUY]),
    # 164 renewal approved
    ("Finance have OK'd the renewal for another two years. I'll get the PO number to you by Friday.",
     NEU, [BUY]),
    # 165
    ("omg the new timetable export is SO much better 😍 thank u",
     POS, []),
    # 166 non-native complaint
    ("Dear, I am writing again because the filters you send us last month is already leaking. We install them "
     "exactly like the manual say. This is not acceptable.",
     NEG, [COM]),
    # 167 admin
    ("Please can you stop sending the newsletter to reception@? It's a shared inbox. Send it to me instead.",
     NEU, []),
    # 168 multi-paragraph: can't justify, lighter product
    ("Hi Sam,\n\nThanks for the renewal paperwork, and for sorting the login issue last month.\n\nI've been through "
     "the renewal with our finance partner. We've used the audit module maybe twice this year and I can't justify "
     "paying for the full suite again. We're looking at whether a lighter product would do the job.\n\nRegards,\n"
     "Ewan",
     NEG, [OBJ, CHU]),
    # 169
    ("Could you break down the £9,400 quote into hardware, installation and first-year monitoring? Our finance "
     "committee likes to see it itemised.",
     NEU, [PQ]),
    # 170 non-native order confirmation
    ("Good morning, we confirm the order of 2 UV disinfection unit for Plant Nord. Please tell me the delivery date.\n"
     "Best regards, Jiří",
     NEU, [BUY]),
    # 171 praise + complaint about a current problem
    ("Love the new app, genuinely, but the push notifications for class changes aren't arriving for half our Android "
     "members and they're turning up to cancelled classes.",
     NEG, [COM]),
    # 172 automated auto-reply from the customer's side
    ("Thank you for contacting Ashcombe Schools Trust. Your email has been received and will be answered within 3 "
     "working days. This mailbox is not monitored at weekends.",
     NEU, []),
    # 173 call to understand costs of years 2 and 3
    ("I'm putting together the budget paper for the trust board. Could we have a quick call so you can talk me "
     "through what the costs would look like in years 2 and 3?",
     NEU, [PQ, MEET]),
    # 174 hedged timing objection
    ("I think the team would struggle with yet another system right now, to be honest. Maybe something to look at "
     "once the new warehouse is bedded in.",
     NEG, [OBJ]),
    # 175 non-native praise
    ("Hello, I want say thank you for the quick help with the container booking last week. Your colleague Sofie was "
     "very professional and friendly. We are very satisfied.",
     POS, []),
    # 176 legal done, signed
    ("Contract's back from our legal team with no changes. I've signed it, over to you.",
     NEU, [BUY]),
    # 177 exit fee for data
    ("If we were to leave at the end of the current term, would there be any charge for getting our photo archive "
     "back as full-resolution files?",
     NEG, [PQ, CHU]),
    # 178
    ("Hi, can you remind me which email address the support tickets go to? I've lost the card.",
     NEU, []),
    # 179 chat complaint
    ("printer's jammed again on the big job, 3rd time since your guy serviced it 😤",
     NEG, [COM]),
    # 180 missing offline mode
    ("Without an offline mode the app's no use on the boats, there's no signal past the harbour wall. Until that's "
     "sorted we can't really consider it.",
     NEG, [OBJ]),
    # 181 delighted + upgrade price
    ("We're delighted with the first six months. We'd like to move up to the tier with payroll included. How much "
     "more per month would that be?",
     POS, [PQ, BUY]),
    # 182 reschedule
    ("Let's push Monday's demo back a week, same time OK?",
     NEU, [MEET]),
    # 183 innocent "complaint" (neighbour), request to vendor drivers
    ("We've had a complaint from a neighbour about lorries idling outside the Vale Road depot before 7am. That's our "
     "own fleet, not yours, but could your drivers also avoid arriving before 7 just in case?",
     NEU, []),
    # 184 formal: inviting quotations from alternatives
    ("Dear Ms Haugen,\n\nFurther to our recent conversations, I must inform you that the repeated delays to the "
     "weekly Rotterdam consolidations have caused us considerable difficulty with our own customers.\n\nWe are "
     "currently inviting quotations from alternative forwarders.\n\nYours faithfully,\nR. Okoye\nLogistics "
     "Manager, Brackenfield Components",
     NEG, [COM, CHU]),
    # 185 printing: same treatment, stated quantity
    ("So pleased with the new branding work that we'd like the same treatment for our autumn brochures: 5,000 "
     "copies, please book us in.",
     POS, [BUY]),
    # 186 complaint + go-ahead
    ("The last delivery was a day late and the driver was rude to our receptionist, which I'm not happy about. That "
     "said, we'll need another 40 cases of the nitrile gloves by the 20th, please confirm.",
     NEG, [COM, BUY]),
    # 187 approval hurdle
    ("I'm keen, but my MD will want to see at least two other quotes before signing anything over £10k. Company "
     "policy.",
     NEG, [OBJ]),
    # 188
    ("Could you resend the wiring diagram for the panel? Our electrician has lost his copy.",
     NEU, []),
    # 189 praise from recruiters
    ("Our recruiters keep telling me the new CV parser is the best tool we've bought in years. Thought you should "
     "hear it.",
     POS, []),
    # 190 repeat order
    ("We'll need the same guard cover for the Christmas market as last year, 6 nights. Can you confirm you can staff "
     "it?",
     NEU, [BUY]),
    # 191 term objection + price on shorter term
    ("Your quote assumes five years. We can only commit to three under our funding agreement, so what would the "
     "annual cost be on a 3-year term?",
     NEG, [PQ, OBJ]),
    # 192 complaint + site meeting
    ("The floor plans you sent back have the stair core in the wrong place on levels 2 and 3, and the structural "
     "engineer has already priced off them. Can we meet on site Thursday to sort it out?",
     NEG, [COM, MEET]),
    # 193 innocent "renewal" (certificate), visit constraint
    ("Our ISO 9001 certificate is up for renewal next month, so the auditors will be in on the 14th and 15th. Please "
     "don't schedule the engineer for those days.",
     NEU, []),
    # 194 positive + approved + plan launch
    ("Fantastic news from our side: the trustees have approved the new visitor app! 🎉 When can we get together to "
     "plan the launch? I'm free most of next week.",
     POS, [BUY, MEET]),
    # 195 payment question
    ("hi, does the 'per location' pricing count our pop-up kiosks as locations? we have 4 of them in summer",
     NEU, [PQ]),
    # 196 "We need to talk" + exit clause
    ("We need to talk. Since the migration the dispatch screen freezes several times a shift and my controllers are "
     "back on paper. I want a call with someone senior this week, and I've asked our solicitor to look at the exit "
     "clause.",
     NEG, [COM, CHU, MEET]),
    # 197 ticking a procedural box: pilot go-ahead
    ("Count us in for the pilot at the two Norfolk branches. Who's our contact for set-up?",
     NEU, [BUY]),
    # 198 outage handled well: praise, not a complaint
    ("Really impressed with how your support team handled the outage yesterday. Clear updates every half hour and a "
     "proper explanation afterwards. That's how it should be done.",
     POS, []),
    # 199 complaint + objection to an add-on
    ("The onboarding was chaotic, three different contacts in two weeks, and now you want us to buy the analytics "
     "add-on as well? Let's get the basics working first.",
     NEG, [OBJ, COM]),
    # 200 forwarded landlord access confirmation
    ("Forwarding for your records: the landlord's confirmation that your installers can access the roof on the 3rd."
     "\n\n---------- Forwarded message ---------\nFrom: Kettering Estates\n\nAccess confirmed for 3 June, 8am to "
     "4pm. Keys at security.",
     NEU, []),
    # 201 enthusiastic prospect asks price + monthly option
    ("Love what I've seen of your recruitment CRM so far! Quick question: what does it cost for a team of 5, and is "
     "there a monthly option rather than annual?",
     POS, [PQ]),
    # 202 competitor offer + board comparison (existing customer)
    ("Another provider has offered our trust the same safeguarding software with free training for every school. "
     "I've been told to put a comparison with yours to the board by the end of term.",
     NEG, [OBJ, CHU]),
    # 203 technical call
    ("Would it be possible to have a 20-minute call with someone technical before Friday? I just want to understand "
     "how the API handles multi-currency ledgers.",
     NEU, [MEET]),
    # 204
    ("The parcels for our Exeter branch went to Exmouth. Again.",
     NEG, [COM]),
    # 205 go-live date (start date, not a meeting)
    ("Please schedule the go-live for the Southampton terminal for the 1st.",
     NEU, [BUY]),
    # 206 invoicing currency
    ("What currency do you invoice in for EU customers? We're based in Rotterdam.",
     NEU, [PQ]),
    # 207 "Perfect, thanks" = courtesy
    ("Perfect, thanks!",
     NEU, []),
    # 208 vendor review + present your case
    ("We're going through a formal supplier review in Q1 as part of the merger. Can we book an hour in January for "
     "you to present your case to our new procurement lead?",
     NEG, [CHU, MEET]),
    # 209 praise + repeat order
    ("Excellent pilot, the vets are converts. Please send the paperwork for all four branches.",
     POS, [BUY]),
    # 210 too expensive + tier in between on a call
    ("Your Enterprise plan is well above what a six-branch practice can justify. Can we jump on a call and see "
     "whether there's a tier in between?",
     NEG, [PQ, OBJ, MEET]),
    # 211 new receptionist, admin
    ("Hi, I'm the new receptionist at Cove Street Vets. Just letting you know Dr Finch has left the practice, so "
     "please take her off your mailing list.",
     NEU, []),
    # 212 multi-paragraph praise, point at the end
    ("Hi Jonas,\n\nHope the move went well. Quick update from our side: we closed the autumn term last week and the "
     "governors' report is finally done.\n\nOne thing I wanted to mention. The attendance dashboards made that report "
     "so much easier to write this time. Hours saved, honestly. Thank you.\n\nBeth",
     POS, []),
    # 213 chat complaint + hint of switching
    ("bins not emptied AGAIN at Oakfield Court. 3 weeks running. pretty sure the council's contractor would at least "
     "turn up",
     NEG, [COM, CHU]),
    # 214 credit application = opening an account to buy
    ("Attached is the completed credit application so we can open a trade account with you.",
     NEU, [BUY]),
    # 215 doubt + session with engineer
    ("We're not convinced it'll cope with our volume over the Black Friday weekend. Before we commit, can we have a "
     "session with one of your engineers to go through the load testing?",
     NEG, [OBJ, MEET]),
    # 216
    ("Happy Friday! Our office is closed on Monday for the bank holiday.",
     NEU, []),
    # 217 quote for a further print run
    ("Can you quote for a further 500 copies of the exhibition catalogue, same spec as the first run?",
     NEU, [PQ, BUY]),
    # 218 accountant practice: too expensive + anything for a small firm
    ("The £450 a month is more than we pay for our whole accounts package. Can you do anything for a two-partner "
     "firm?",
     NEG, [PQ, OBJ]),
    # 219
    ("That training video you sent was brilliant, the whole front desk watched it over lunch.",
     POS, []),
    # 220 chat: go ahead, annual billing stated (not asked)
    ("Ok let's do it. 3 locations, annual billing. What do you need from me?",
     NEU, [BUY]),
    # 221 no callback + crates missing
    ("I was promised a callback on Tuesday about the missing crates. Nobody called, and the crates still haven't "
     "turned up.",
     NEG, [COM]),
    # 222
    ("Quick q: is the desktop app on Mac yet or still Windows only?",
     NEU, []),
    # 223 downgrade price + hard to defend
    ("How much would it cost to drop from 40 seats to 15 at renewal? We're not using most of them and the licence "
     "bill is hard to defend.",
     NEG, [PQ, OBJ, CHU]),
    # 224 praise + coffee
    ("Had a great chat with your colleague at the conference, loved what you're doing with berth sensors. Fancy a "
     "coffee when I'm next in Plymouth? I'm there on the 19th.",
     POS, [MEET]),
    # 225 upgrade
    ("Go ahead and upgrade us to the Professional tier from the next billing cycle.",
     NEU, [BUY]),
    # 226 currency on invoice is wrong + which rate
    ("Invoice 2291 is in dollars. We signed in sterling. Which exchange rate did you use, and why?",
     NEG, [PQ, COM]),
    # 227 auto-renewal off, reviewing alternatives
    ("Could you make sure our subscription doesn't roll over automatically in November? We're reviewing a few "
     "alternatives.",
     NEG, [CHU]),
    # 228 spam folder, admin
    ("Sorry, your last email went to our spam folder. Could you send the safety data sheets again?",
     NEU, []),
    # 229 heritage rate, never says "discount"
    ("We're an accredited museum run mostly by volunteers. Do you have anything like a heritage or small-organisation "
     "rate?",
     NEU, [PQ]),
    # 230 ground crew praise
    ("You've made our ground crew's lives much easier. The new tablet app is fast and nobody has asked for the paper "
     "sheets back. Cheers!",
     POS, []),
    # 231 praise + "not the right fit"
    ("Lovely demo and the vets enjoyed it, but honestly we're a tiny practice and I can't see us using half those "
     "features. Doesn't feel like the right fit.",
     NEG, [OBJ]),
    # 232 decided + kick-off meeting
    ("We've decided to go with you for the clinic fit-out drawings. Can we get a kick-off meeting with your lead "
     "architect the week of the 8th?",
     NEU, [BUY, MEET]),
    # 233 turnstiles broken + demo booked with another company
    ("The gym's been without working turnstiles for a week. I've got a demo from another access company booked for "
     "Wednesday.",
     NEG, [COM, CHU]),
    # 234 Sunday call-out charge
    ("Is the call-out charge the same on Sundays?",
     NEU, [PQ]),
    # 235 "I'll get back to you"
    ("Received with thanks, will review with the team and come back to you.",
     NEU, []),
    # 236 grudging praise
    ("I hate to admit it but you were right, the hybrid boiler is saving us a fortune 😄",
     POS, []),
    # 237 conditional: order if delivery bundled, re-quote
    ("We're ready to order the 12 kiosks, but only if delivery and installation can be bundled into the unit price. "
     "We have no separate budget line for it. Can you re-quote on that basis?",
     NEG, [PQ, OBJ, BUY]),
    # 238 new office manager takes over an existing account
    ("Who should our new office manager contact about logging in? She starts Monday (Becky Lord) and is replacing "
     "Tom, so she can just take over his account.",
     NEU, []),
    # 239 negation + praise
    ("No complaints here. The new sampling schedule has been spot on and the lab reports are arriving a day earlier "
     "than before. Good job.",
     POS, []),
    # 240 chat praise
    ("Amazing service from the Leeds branch today 👏 sorted our stock transfer in 10 minutes",
     POS, []),
]

INTENT_ORDER = [PQ, OBJ, COM, CHU, BUY, MEET]


def write(entries, first_id, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for offset, (text, sentiment, intents) in enumerate(entries):
            row = {
                "id": "s5-%03d" % (first_id + offset),
                "text": text,
                "sentiment": sentiment,
                "intents": list(intents),
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write(DEV, 1, os.path.join(here, "signals5_dev.jsonl"))
    write(TEST, 121, os.path.join(here, "signals5_test.jsonl"))
    print("wrote %d dev and %d test entries" % (len(DEV), len(TEST)))


if __name__ == "__main__":
    main()
