#!/usr/bin/env python3
"""Build the signals4 insights eval set (signals4_dev.jsonl / signals4_test.jsonl).

Every entry below was written and labelled by hand. The script only canonicalises
intent order, splits deterministically and writes the two JSONL files.

Split: shuffle with random.Random(20261203); group by exact label signature
(sentiment + intent set); walk the groups in sorted signature order and deal their
members alternately to dev and test (one global alternation, so every signature is
split as evenly as possible and the halves are 120/120). Ids are assigned after the
split in shuffled order: dev s4-001..s4-120, test s4-121..s4-240.

Usage: python3 build_signals4.py   (then python3 validate_signals4.py)
"""
import json
import os
import random

PQ = "pricing_question"
OBJ = "objection"
CMP = "complaint"
CHN = "churn_threat"
BUY = "buying_signal"
MTG = "meeting_request"
INTENT_ORDER = [PQ, OBJ, CMP, CHN, BUY, MTG]

POS, NEU, NEG = "positive", "neutral", "negative"

SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))

# (text, sentiment, intents)
ENTRIES = [
    # ------------------------------------------------------------------
    # neutral, no intent: out-of-office, courtesy, logistics, accepting
    # invites, hand-offs, quoted vendor text with a neutral reply
    # ------------------------------------------------------------------
    ("Thank you for your email. I am out of the office until Monday 14 April with limited access to email. "
     "For urgent matters regarding site deliveries please contact Dara Okafor at the Kilbride yard office.\n\n"
     "Regards,\nSenan Walsh\nProject Coordinator, Walsh & Byrne Civil", NEU, []),
    ("Automatic reply: I'm on parental leave until the end of September. Your message has not been forwarded. "
     "For anything related to the Marlow Hotel Group account, please write to procurement@marlowhotels.example.", NEU, []),
    ("Out of office - at the Agritechnica show all week, replies will be slow. If it's about the seed drill "
     "order, Hannes in our office can help. Gruss, Lotte", NEU, []),
    ("Auto-reply: Away until 3 Jan. Back then!", NEU, []),
    ("I am out of office for the holy days until 22/04. In urgent case please call to reception of Clinica Santa Irene.", NEU, []),
    ("This mailbox is not monitored during the pre-election period. Responses to supplier correspondence will "
     "resume on 9 May.\nBorough of Eastmere Procurement Team", NEU, []),
    ("thanks, got it", NEU, []),
    ("Received, thank you. I'll pass it on to our fleet manager.", NEU, []),
    ("Thanks Priya, noted.\n\n> On 3 Mar, Priya Nair wrote:\n> Please note our list prices will increase by 4% "
     "from 1 April. Would you like to book a call to discuss your renewal?", NEU, []),
    ("\U0001F44D thx", NEU, []),
    ("Many thanks for sending the minutes through.\n\nKind regards,\nRosalind (Legal Ops, Harcourt Vane LLP)", NEU, []),
    ("Do the handheld scanners come with a UK plug or do we need adapters?", NEU, []),
    ("Is the mobile app available on Android 9? Some of our field reps still have old phones.", NEU, []),
    ("whats the max file size for video uploads on the media library", NEU, []),
    ("Quick one - does the booking module handle split payments between two guests, or is it one card per room?", NEU, []),
    ("Can your couriers deliver to the loading bay on Pier Rd after 6pm? The site is closed to traffic during the day.", NEU, []),
    ("Does the claims portal support SSO with Azure AD or only username/password?", NEU, []),
    ("Is there a PDF version of the CT-400 moisture meter manual? Our agronomists want it on their tablets.", NEU, []),
    ("Which data centre region is our instance hosted in? Our DPO is updating the record of processing.", NEU, []),
    ("Hello, can the dealer management system export to Sage 200?", NEU, []),
    ("do you guys have a Spanish version of the donor receipt template?", NEU, []),
    ("No problem with the delivery itself - just checking whether you can also drop to our second yard in Carlow?", NEU, []),
    ("Yes, Tuesday 10:30 works. I'll be there.", NEU, []),
    ("Accepted: Quarterly account review (Thu 16 May 14:00-15:00)", NEU, []),
    ("> Would Wednesday at 2pm suit for the walkthrough?\n\nWednesday's good. I'll bring Tomasz from the warehouse.", NEU, []),
    ("ok see you then", NEU, []),
    ("Got the calendar invite - I've added our pharmacovigilance lead Dr. Fenwick as well.", NEU, []),
    ("Confirmed for the site visit on the 12th. Please bring hi-vis and steel toe caps, it's a live site.", NEU, []),
    ("Let me check with Ines and I'll get back to you.", NEU, []),
    ("Forwarding below the details you asked for.\n\n---------- Forwarded message ---------\n"
     "From: Ahmed Rahimi <a.rahimi@tellurcomms.example>\nSubject: Site list\n\n"
     "Sites: Basingstoke exchange, Reading North, Slough DC2. Access via security desk, photo ID required.", NEU, []),
    ("Hi Tom, copying in my colleague Beatriz who will handle the day-to-day from now on. I'm moving over to "
     "the Lisbon office next month.", NEU, []),
    ("Our new VAT number is GB 418 2290 57, please update it on your side for future paperwork.", NEU, []),
    ("Please note our office will be closed 24 Dec - 2 Jan. Deliveries in that period can't be received.", NEU, []),
    ("> Hi Maeve, just checking you received the revised spec sheet?\n\nYes, got it this morning, thanks.", NEU, []),
    ("hiya can u resend last months invoice? cant find it anywhere \U0001F648", NEU, []),

    # ------------------------------------------------------------------
    # positive, no intent: explicit praise
    # ------------------------------------------------------------------
    ("Just wanted to say the new dispatch board has made Monday mornings so much calmer. The whole yard team loves it.", POS, []),
    ("Your engineer Kofi was brilliant yesterday - fixed the walk-in chiller in under an hour and explained "
     "everything to our kitchen staff. Please pass on our thanks!", POS, []),
    ("Honestly the best onboarding we've had from any vendor. Clear, quick, no jargon. Thank you.", POS, []),
    ("\U0001F64C\U0001F64C finally the reports add up. great job guys", POS, []),
    ("No complaints at all from the partners since the upgrade - which, for this firm, is high praise.", POS, []),
    ("Dear Ms. Adeyemi,\n\nOn behalf of the Board of Riverside Food Share I want to thank you and your team for the "
     "donated training hours. Our volunteers feel far more confident with the donor database now.\n\n"
     "With gratitude,\nHelen Marsh, Chair", POS, []),
    ("The harvest-yield dashboard was a hit at the co-op meeting. Several farmers asked where we got it.", POS, []),
    ("Thanks so much for sorting the stand at such short notice, you went above and beyond.", POS, []),
    ("Not gonna lie, I was sceptical, but the new policy admin screens are really quick. Underwriters are happy.", POS, []),
    ("> Can you confirm the fix is working on your side?\n\nConfirmed, all working now. Thanks for the quick "
     "turnaround, really impressive.", POS, []),
    ("Loving the dark mode in the newsroom app, night desk says thank you \U0001F604", POS, []),
    ("Thank you for your patience with our IT department during the rollout - I know they weren't easy. "
     "Really appreciated the professionalism.", POS, []),

    # ------------------------------------------------------------------
    # pricing_question only
    # ------------------------------------------------------------------
    ("How much is the Pro tier per user per month?", NEU, [PQ]),
    ("Do you offer a discount for registered charities?", NEU, [PQ]),
    ("Can we pay annually instead of monthly, and if so is there any difference?", NEU, [PQ]),
    ("Is VAT included in the figures on page 3 of your proposal?", NEU, [PQ]),
    ("What are your payment terms for public sector bodies? We're required to pay within 30 days.", NEU, [PQ]),
    ("Could you explain what the 'platform fee' line on invoice INV-20931 covers? Our finance team is asking.", NEU, [PQ]),
    ("Hi, does the day rate for the 20t excavator include the operator or is that extra?", NEU, [PQ]),
    ("Do your prices for the cattle tags change with volume, or is it flat per tag?", NEU, [PQ]),
    ("Why did our monthly bill go from 1,240 to 1,310? Just trying to reconcile.", NEU, [PQ]),
    ("whats the damage for the annual plan vs monthly", NEU, [PQ]),
    ("Quick q: do you invoice per site or can everything go on one invoice to head office?", NEU, [PQ]),
    ("See below from our CFO. Can you send me the figures?\n\n---------- Forwarded message ---------\n"
     "From: Graham Tull\nSubject: CRM renewal\n\nBefore I sign anything, find out what the 3-year term would cost vs annual.", NEU, [PQ]),
    ("Saw this in your newsletter - is the launch discount open to existing customers too?\n\n"
     "> Launch offer: 20% off the Analytics add-on for new customers. Book a demo today!", NEU, [PQ]),
    ("We are interesting in your software for our hotel, please tell me the price for 45 room.", NEU, [PQ]),
    ("Loving the trial so far!! Is there a non-profit rate for the annual plan?", POS, [PQ]),
    ("The team is really impressed with the demo footage. Out of interest, how does your licensing work for "
     "regional broadcasters - per channel or per market?", POS, [PQ]),

    # ------------------------------------------------------------------
    # meeting_request only
    # ------------------------------------------------------------------
    ("does Thursday work on your side?", NEU, [MTG]),
    ("Can we move our call to 3pm? Site inspection overran.", NEU, [MTG]),
    ("Could you give me a ring when you have 5 minutes? 07700 900412", NEU, [MTG]),
    ("Hi Lukas, would it be possible to set up a demo for our claims team sometime next week? Ideally Tues or Wed afternoon.", NEU, [MTG]),
    ("Are you at the NEC next week? Would be good to grab a coffee at your stand.", NEU, [MTG]),
    ("pls call me back re the delivery schedule, cant type on site", NEU, [MTG]),
    ("Hi Gemma,\n\nThanks for the materials from last week. I've circulated them to the compliance team and to our "
     "two regional heads, who had a few questions about the audit trail; I've collected them in the attached sheet.\n\n"
     "We also have our internal audit in early July, so timing matters a bit.\n\n"
     "Would it be possible to get a walk-through of the reporting module with our compliance officer before then? "
     "Let me know what slots you have.\n\nBest,\nOwen", NEU, [MTG]),
    ("Yes Thursday is fine but can we make it 11 instead of 10? I have a court hearing first thing.", NEU, [MTG]),
    ("Hello, our director of parish services would like to meet with you in person when you are next in Galway. "
     "Please advise dates.", NEU, [MTG]),
    ("Sorry, something's come up - can we push tomorrow's review to next week? Any day but Monday.", NEU, [MTG]),
    ("Could you join our Monday stand-up (9:15, Teams) to answer the drivers' questions about the new app?", NEU, [MTG]),
    ("I'm in Bristol on the 14th if you're around.", NEU, [MTG]),
    ("call me", NEU, [MTG]),
    ("Loved the webinar! Could we book a deeper-dive demo for our underwriting team?", POS, [MTG]),
    ("Great chatting at the conference. Fancy a coffee next time you're in Rotterdam?", POS, [MTG]),
    ("The new dashboards are fab. Can you spare half an hour to show our regional managers some of the tricks?", POS, [MTG]),
    ("Thanks for the super helpful call, would love a follow-up with our head of digital - is next Friday ok?", POS, [MTG]),
    ("Your article on cold-chain compliance was spot on. Would you be open to a call about how you handle it for clinics?", POS, [MTG]),
    ("Your support team has been stellar this year. Let's do the annual review over lunch, my treat - week of the 20th?", POS, [MTG]),

    # ------------------------------------------------------------------
    # buying_signal only
    # ------------------------------------------------------------------
    ("Could you send over the draft MSA so our legal team can start reviewing it?", NEU, [BUY]),
    ("If we were to sign in May, what would the onboarding timeline look like?", NEU, [BUY]),
    ("Who do I send the signed order form to?", NEU, [BUY]),
    ("PO 4471-B attached for the 6 additional handsets. Delivery to the Croydon depot please.", NEU, [BUY]),
    ("signed \u2705", NEU, [BUY]),
    ("Great news - we're going ahead! Send the contract over and I'll get it signed today.", POS, [BUY]),
    ("Delighted with the trial, we'd like to roll it out to all 14 restaurants from next month.", POS, [BUY]),
    ("Happy to renew for another 3 years. Same terms as before please \U0001F642", POS, [BUY]),
    ("Signed and returned \U0001F389 looking forward to working together!", POS, [BUY]),
    ("Our residents' association loved the pilot and the committee voted to continue. What do you need from us "
     "to set up the full contract?", POS, [BUY]),
    ("The telematics on the new harvesters is fantastic. We want it on the other 6 machines too - can you get that ordered?", POS, [BUY]),
    ("Really pleased with how the first month went. Let's add the marketing team - 8 more seats please.", POS, [BUY]),
    ("Hi Chidi, thrilled with the results from the campaign tool. Go ahead and upgrade us to the Agency plan.", POS, [BUY]),
    ("Legal signed off on the DPA, love how painless that was. PO to follow this week.", POS, [BUY]),
    ("Excellent session yesterday, thank you. We're ready to move forward - can you send the onboarding checklist?", POS, [BUY]),
    ("y'all rock. order confirmed for the 40 pallets, same delivery address", POS, [BUY]),
    ("We've had a fantastic first season with the irrigation controllers. Please reserve another 25 units for spring.", POS, [BUY]),
    ("Hi Sofia,\n\nHope you had a good break. Things here have been hectic - we opened the new wing at St. Columba's "
     "in February and the team has been stretched, hence the radio silence.\n\n"
     "I also wanted to mention that the nurses on Ward 6 have been using the medication-round module since January "
     "and the feedback is genuinely glowing: fewer missed doses, less paperwork.\n\n"
     "So, the long and short of it: we'd like to extend it to Wards 7 through 10. Can you send over whatever "
     "paperwork you need from us to get that started?\n\nThanks,\nAoife", POS, [BUY]),
    ("Congrats on the new release btw. We're in for the renewal, just send the docs when ready.", POS, [BUY]),
    ("Good stuff. Consider this our verbal yes - formal PO from procurement on Monday.", POS, [BUY]),
    ("rlly happy w the test run!! when can ur installers start on site? \U0001F6A7", POS, [BUY]),
    ("Dear Mr. Lindqvist,\n\nFollowing our very productive conversation, I am pleased to confirm that Halden Mutual "
     "will proceed with the Claims Automation package. Please let me know who from your side will lead implementation.\n\n"
     "Yours sincerely,\nMargaret Oduya\nChief Operating Officer", POS, [BUY]),
    ("The sales floor can't stop talking about the new CRM. Sign us up for the service-department module as well.", POS, [BUY]),
    ("Thanks a million for the flexibility on delivery. Renewal form is signed and attached.", POS, [BUY]),
    ("Loved the demo, honestly exactly what we need. What are the next steps to get a contract in place?", POS, [BUY]),

    # ------------------------------------------------------------------
    # neutral / positive multi-intent without negative intents
    # ------------------------------------------------------------------
    ("what would 40 more licences run us?", NEU, [PQ, BUY]),
    ("What's the cost of adding the pharmacovigilance module for Ireland only? We'd want it live before the Q4 inspection.", NEU, [PQ, BUY]),
    ("Can you send a quote for 3 more self-service kiosks for the Harbourside branch, same spec as last time?", NEU, [PQ, BUY]),
    ("If we upgrade to Enterprise mid-term, is the difference pro-rated or do we pay the full year?", NEU, [PQ, BUY]),
    ("Pls send proforma for 200 bags of the 20-10-10, we'll pay upfront to get the early-season price", NEU, [PQ, BUY]),
    ("Please can you send us offer for 10 pieces of the dosing pump, we want to order before end of month.", NEU, [PQ, BUY]),
    ("Could we get on a call to walk through the pricing tiers? I'd like to understand which one fits a 12-partner firm.", NEU, [PQ, MTG]),
    ("Before our budget meeting I need the rates for the managed SIM plan. Can you call me tomorrow morning to go through them?", NEU, [PQ, MTG]),
    ("Hi Jonas - can we find 20 minutes this week to go over the payment schedule for the multi-year option?", NEU, [PQ, MTG]),
    ("We'd like to get the rollout started for the two new dealerships. Can we set up a kickoff call next week?", NEU, [BUY, MTG]),
    ("Board approved the renewal last night. Can you and Marta come in on the 18th to plan year two?", NEU, [BUY, MTG]),
    ("We're planning to add the Dublin and Cork offices (about 60 users). Can you put together pricing and walk "
     "us through it on a call Wednesday?", NEU, [PQ, BUY, MTG]),
    ("Need a quote for 12 more body-worn cameras plus the cloud storage add-on. Free for a call Thu after 2? "
     "Procurement wants it before end of quarter.", NEU, [PQ, BUY, MTG]),
    ("Brilliant workshop! We want to move ahead with phase 2 - can we get a planning session in before Easter?", POS, [BUY, MTG]),
    ("Really impressed with the pilot results. Let's set up a call with our CFO next week to finalise the order.", POS, [BUY, MTG]),
    ("Happy days, the board said yes \U0001F600 When can we sit down to sort the implementation plan? I'm free Mon/Tue.", POS, [BUY, MTG]),
    ("We're excited to expand to the Manchester site. Could your team come out on the 3rd to scope the install?", POS, [BUY, MTG]),
    ("We love it. What would it cost to add our two sister hotels?", POS, [PQ, BUY]),
    ("Super happy with the rollout. Could you send a quote for another 15 users, and can we pay by card?", POS, [PQ, BUY]),
    ("Great results from the pilot, we want to go for the 3-year deal - is there a multi-year discount?", POS, [PQ, BUY]),
    ("The kit has been excellent on the A14 job, so we'd like to keep two of the rental dumpers long term. "
     "What's the buyout price?", POS, [PQ, BUY]),
    ("Fantastic first quarter! We'd like to extend to the whole group (about 300 seats). Can you prepare pricing "
     "and present it to our exec team on the 9th?", POS, [PQ, BUY, MTG]),

    # ------------------------------------------------------------------
    # objection only
    # ------------------------------------------------------------------
    ("Too expensive for us at the moment, sorry.", NEG, [OBJ]),
    ("We don't have budget for this until next fiscal year, which starts in July.", NEG, [OBJ]),
    ("Your competitor quoted us 20% less for basically the same thing.", NEG, [OBJ]),
    ("Does it integrate with Opera PMS? If not, that's a dealbreaker for us.", NEG, [OBJ]),
    ("Isn't 90 euro per user a bit steep for what is essentially a shared inbox?", NEG, [OBJ]),
    ("I need sign-off from the Chief Constable's office before we can commit, and that won't be quick.", NEG, [OBJ]),
    ("Honestly we're not sure we need another tool. The team's already drowning in logins.", NEG, [OBJ]),
    ("Timing's bad - we're mid-harvest until October. Let's revisit after.", NEG, [OBJ]),
    ("How would this even work without an offline mode? Half our sites have no signal.", NEG, [OBJ]),
    ("Our IT security team won't approve anything that isn't hosted in the EU.", NEG, [OBJ]),
    ("Appreciate the detailed proposal. Unfortunately we've just signed a 2-year contract with another provider "
     "for the newsroom side, so this will have to wait.", NEG, [OBJ]),
    ("We're a firm of four solicitors. A 25-seat minimum just doesn't make sense for us.", NEG, [OBJ]),
    ("Hi Raj,\n\nThanks for coming in on Tuesday and for the very thorough demo. The team appreciated that you'd "
     "clearly read up on how a regional co-op like ours actually works, and the traceability reports looked excellent.\n\n"
     "We've discussed it internally since. Our members are very cost-sensitive this year after the drought, and the "
     "board has frozen all new software spend until at least the spring AGM. I don't see that changing.\n\n"
     "So for now we'll have to park this.\n\nRegards,\nBrendan", NEG, [OBJ]),
    ("the per-minute rate is fine but the 36-month lock-in is a non-starter", NEG, [OBJ]),
    ("We already pay for Teams. Hard to justify a separate video tool to our finance director.", NEG, [OBJ]),
    ("i like it but my boss wont go for it, he thinks spreadsheets are fine lol", NEG, [OBJ]),
    ("I wouldn't say it's overpriced, but we genuinely have nothing left in this year's budget.", NEG, [OBJ]),

    # ------------------------------------------------------------------
    # complaint only
    # ------------------------------------------------------------------
    ("Third time this month the portal has been down during month-end close. Not acceptable.", NEG, [CMP]),
    ("Great, another delivery that turned up without the delivery note. Love that for us.", NEG, [CMP]),
    ("The technician arrived 4 hours late and left without finishing the installation.", NEG, [CMP]),
    ("I've raised ticket #88213 twice and still no response. Is anyone actually reading these?", NEG, [CMP]),
    ("Your invoice has the wrong PO number on it again, so our AP team bounced it.", NEG, [CMP]),
    ("Thanks for the update I suppose. Would have been nice to hear about the outage from you rather than from our clients.", NEG, [CMP]),
    ("The new release broke the ward export. Nurses are back to writing lists by hand.", NEG, [CMP]),
    ("With respect, the training session yesterday was not a good use of our partners' time. The trainer couldn't "
     "answer basic questions about conflict checks.", NEG, [CMP]),
    ("Hi, the last batch of ear tags are fading after two weeks in the field. Numbers are unreadable on about a third of them.", NEG, [CMP]),
    ("We were promised the subtitle export in the March release. It's now June.", NEG, [CMP]),
    ("cant log in AGAIN \U0001F621\U0001F621", NEG, [CMP]),
    ("I'm sure it's not intentional, but our account manager has changed three times this year and each time we "
     "have to explain everything from scratch.", NEG, [CMP]),
    ("So the 'quick fix' took the whole booking engine down on a Saturday night. Brilliant.", NEG, [CMP]),
    ("Love the product, honestly, but the mobile app has crashed for every single one of our sales staff since "
     "Tuesday's update.", NEG, [CMP]),
    ("> We're pleased to confirm the issue has been fully resolved.\n\nIt hasn't. Same error on the policy renewals "
     "screen this morning, screenshot attached.", NEG, [CMP]),
    ("Hello, the goods arrived but 6 boxes was damaged and the logger show temperature over 8 degree for 5 hour. "
     "This is not ok for vaccines.", NEG, [CMP]),
    ("Please note for the record that the crane hire was cancelled with 2 hours' notice and we lost a full day on site.", NEG, [CMP]),

    # ------------------------------------------------------------------
    # churn_threat only
    # ------------------------------------------------------------------
    ("We've been asked to review all vendors before renewal.", NEG, [CHN]),
    ("Please send the cancellation procedure and notice period for our contract.", NEG, [CHN]),
    ("FYI the new group CIO wants to consolidate everything onto one platform, and it may not be yours.", NEG, [CHN]),
    ("We won't be renewing in September. Please confirm receipt of this notice.", NEG, [CHN]),
    ("Heads up, we're trialling a couple of alternatives over the summer.", NEG, [CHN]),
    ("Our parent company uses Brightwell for this across Europe, so we'll probably be migrated at some point next year.", NEG, [CHN]),
    ("Can you confirm how we'd export all our matter data if we decided to move to another system?", NEG, [CHN]),
    ("Is the auto-renew clause something we can switch off now? Just want to keep our options open.", NEG, [CHN]),
    ("We'll be dropping the analytics add-on at the end of this term.", NEG, [CHN]),
    ("The board has asked me to put our donor CRM out to tender this autumn. You're welcome to bid, of course.", NEG, [CHN]),
    ("we're moving the 3 dealerships over to the group DMS from Jan, so what do we need to do to wind down with you?", NEG, [CHN]),

    # ------------------------------------------------------------------
    # negative multi-intent
    # ------------------------------------------------------------------
    ("Your quote is about 30% over what we budgeted. Is there any flexibility on the per-user rate?", NEG, [PQ, OBJ]),
    ("Hmm, 14k for implementation alone? Is there a cheaper option without the on-site days?", NEG, [PQ, OBJ]),
    ("The co-op down the road pays less per hectare for the same service - what's the best rate you can do?", NEG, [PQ, OBJ]),
    ("Honestly that's more than we can justify for a 20-room B&B. Do you have a small-property tier?", NEG, [PQ, OBJ]),
    ("We don't have the budget for annual upfront. Can we do quarterly payments instead?", NEG, [PQ, OBJ]),
    ("Why is the enterprise plan the only one with SSO? Paying triple just for that is hard to swallow.", NEG, [PQ, OBJ]),
    ("It's well above what Telcoro charged us for the same lines. What sort of discount is possible on a longer term?", NEG, [PQ, OBJ]),
    ("Hello Ms. Brandt,\n\nThank you for the revised proposal and for taking the time to understand the structure of our "
     "programme. The mapping of our grant reporting requirements was thoughtful and I have shared it with our programme leads.\n\n"
     "As a charity we are funded largely through restricted grants, and our unrestricted budget for systems is very "
     "limited this year. At the current figure we simply cannot proceed.\n\n"
     "Would you be able to tell us whether a charitable discount or a phased payment arrangement is available?\n\n"
     "Kind regards,\nYusuf Demir\nOperations Director, Open Doors Refugee Network", NEG, [PQ, OBJ]),

    ("If you can get it to 21 a unit, we'll sign for all four depots today. Otherwise we're staying with Hallam.", NEG, [OBJ, BUY]),
    ("We'll go ahead if you can guarantee installation before the hotel reopens on 1 June. If not, it'll have to wait until autumn.", NEG, [OBJ, BUY]),
    ("Happy to sign the order today if you hold the March price. At the new list price it's a no from us.", NEG, [OBJ, BUY]),
    ("ok we want it, BUT legal won't sign without a 99.9 uptime SLA. can you change that in the contract?", NEG, [OBJ, BUY]),
    ("Throw in the training days for free and you've got a deal.", NEG, [OBJ, BUY]),
    ("We're keen, but we can only commit if the Welsh-language interface is ready for the council's go-live in January.", NEG, [OBJ, BUY]),

    ("Another outage during our peak hour. If this happens again we're switching.", NEG, [CMP, CHN]),
    ("Honestly, after the way the billing dispute was handled, I don't see us renewing.", NEG, [CMP, CHN]),
    ("Our drivers have complained about the app every day for a month. My MD has asked me to find an alternative.", NEG, [CMP, CHN]),
    ("Third missed delivery this quarter. We've started talking to other suppliers.", NEG, [CMP, CHN]),
    ("The last two shipments of sharps containers for the Bexley clinic were poor - lids not sealing. Procurement is "
     "already asking whether we should re-tender.", NEG, [CMP, CHN]),
    ("Dear Mr. Oyelaran,\n\nI'm writing on behalf of the finance committee at Clearwater Housing Trust. We have been "
     "customers for six years and have generally valued the relationship, particularly the early years with Fiona "
     "as our account lead.\n\nOver the past two quarters, however, response times on support tickets have gone from "
     "hours to days, and the March payroll integration failure meant our staff were paid late - something we have "
     "never had to explain to our employees before.\n\nThe committee has therefore asked me to inform you that, unless "
     "there is a marked improvement, we will not be renewing when the contract ends in October.\n\n"
     "Yours sincerely,\nPatricia Lowe\nTreasurer", NEG, [CMP, CHN]),
    ("Love paying for a 'premium' support plan that takes 5 days to answer. Really makes the renewal conversation easy.", NEG, [CMP, CHN]),
    ("if the gps units keep dropping out like this we'll go back to the old system, simple as", NEG, [CMP, CHN]),
    ("> Thanks for your patience while we investigate.\n\nIt's been three weeks. We're evaluating other platforms now.", NEG, [CMP, CHN]),
    ("We are very disappointed with the service this year, many errors in the translations of the product leaflets. "
     "The management is thinking to change the provider for next year.", NEG, [CMP, CHN]),
    ("Three invoices wrong in a row and now a late-payment warning for an invoice you never sent us. I'm done - "
     "please treat this as notice.", NEG, [CMP, CHN]),
    ("I've defended you guys internally for two years. After this week's data loss I can't anymore, and the renewal "
     "is off the table.", NEG, [CMP, CHN]),

    ("Why has our bill gone up 18% with no notice? Nobody told us about any price change.", NEG, [PQ, CMP]),
    ("You've charged us for 50 seats but we only have 38 active users. Can you explain how this is calculated?", NEG, [PQ, CMP]),
    ("We were told onboarding was included in the price. Now there's a 2,500 line for it. Which is it?", NEG, [PQ, CMP]),
    ("Still waiting on the credit note you promised in February. Also, why are we being charged in euros when our "
     "contract is in sterling?", NEG, [PQ, CMP]),
    ("the rate on this month's catering invoice isn't what we agreed on the phone \U0001F644 what's the correct per-head figure?", NEG, [PQ, CMP]),

    ("The migration has been a mess - half our client files are missing their attachments. I need a call with "
     "someone senior today.", NEG, [CMP, MTG]),
    ("Our field team has lost two days of data because of the sync bug. Can we get your product lead on a call this "
     "week to explain what happened?", NEG, [CMP, MTG]),
    ("I'm really not happy with how the install went at the Bramley site. Can you come out on Monday and see it for yourself?", NEG, [CMP, MTG]),
    ("With respect, we've now had three different answers from your support team to the same question. Could we "
     "have a meeting with your head of support, please? Any time Thursday.", NEG, [CMP, MTG]),
    ("the new dispatch screen is painfully slow, every click 5-6 sec. call me when u get this", NEG, [CMP, MTG]),

    ("We're not convinced the reporting covers what the regulator needs. Can we set up a session with your "
     "compliance specialist before we decide?", NEG, [OBJ, MTG]),
    ("Our CFO thinks the ROI case is too thin. Could you present to him directly? He's free Tues 4pm.", NEG, [OBJ, MTG]),
    ("It's a no for this quarter - budget's gone on the new fleet. Can we catch up in September?", NEG, [OBJ, MTG]),
    ("Two concerns: data residency and the lack of a Welsh interface. Can you jump on a call Thursday to address them?", NEG, [OBJ, MTG]),

    ("We need to talk about whether we renew. Can you do a call early next week?", NEG, [CHN, MTG]),
    ("Group procurement is reviewing all software contracts over 50k. I'd suggest we meet before the 15th so you can make your case.", NEG, [CHN, MTG]),
    ("Thinking of cancelling. Call me.", NEG, [CHN, MTG]),
    ("Before we decide on the renewal, I'd like a meeting with you and your manager - we're weighing up a move to Fenwick Systems.", NEG, [CHN, MTG]),

    ("What's the early-termination fee if we end the contract in June?", NEG, [PQ, CHN]),
    ("Could you send over the notice period and any exit costs? We're reviewing our options for next year.", NEG, [PQ, CHN]),
    ("If we drop down to 10 seats at renewal, what's the per-seat price then? Looking at moving the rest of the team to another tool.", NEG, [PQ, CHN]),

    ("Our funding has been cut by 40%, so we probably can't justify renewing the licence next year.", NEG, [OBJ, CHN]),
    ("The new price is more than we can carry. Unless something changes we'll let it lapse in March.", NEG, [OBJ, CHN]),
    ("Brightline offer the same thing for half the price and our contract is up in May. Just saying.", NEG, [OBJ, CHN]),
    ("We're opening offices in Dubai and Riyadh and need an Arabic interface. If that's not on your roadmap, we'll "
     "have to look at other providers next year.", NEG, [OBJ, CHN]),

    ("After the problems with the last rollout, the team is reluctant to take on the new module right now.", NEG, [OBJ, CMP]),
    ("Honestly the support delays we've had this year make it hard to justify upgrading. Let's leave it as is.", NEG, [OBJ, CMP]),

    ("The delivery was a week late and the installers left a mess, which wasn't great. That said, we do want the "
     "second phase - send me the order form.", NEG, [CMP, BUY]),
    ("Still annoyed about last month's invoice mix-up, but go ahead and add the 5 extra seats for the new paralegals.", NEG, [CMP, BUY]),

    # three intents
    ("We want to go ahead, but 40k is above what I can approve this year. Could we spread the payment over two financial years?", NEG, [PQ, OBJ, BUY]),
    ("Ready to order the 30 rugged tablets if the price comes down - what's your best per-unit price for 30?", NEG, [PQ, OBJ, BUY]),
    ("We'd like to renew, but a 12% increase is hard to justify to our trustees. Is there a multi-year rate that "
     "keeps it closer to last year?", NEG, [PQ, OBJ, BUY]),
    ("The call recording feature has been broken for a fortnight and our compliance team is furious. We're looking "
     "at alternatives. I want a call with your account director this week.", NEG, [CMP, CHN, MTG]),
    ("The last three deliveries of feed pellets were full of dust. I've been asked to find another supplier unless "
     "you can explain this. Can someone come out to the farm on Thursday?", NEG, [CMP, CHN, MTG]),
    ("Hi Dana,\n\nSorry for the length of this. We've had the policy platform for two years now and the underwriters "
     "do like the rating engine.\n\nBut the broker portal has been unstable since the autumn, and we've lost at least "
     "two schemes because brokers couldn't get quotes out on time. My director is now asking whether we should be with "
     "someone else when the contract is up.\n\nCould you set up a meeting with your head of product for early next week? "
     "I'd like to understand whether there's a real plan.\n\nThanks,\nNiall", NEG, [CMP, CHN, MTG]),
    ("Why is this year's renewal invoice 25% higher than last year's? Nobody warned us. We're seriously reconsidering staying on.", NEG, [PQ, CMP, CHN]),
    ("We've been billed for the premium support tier we downgraded from in January. Can you explain why? This is "
     "the kind of thing that makes us question renewing.", NEG, [PQ, CMP, CHN]),
    ("We're keen to proceed but legal has concerns about the liability cap. Can we get both legal teams on a call Friday to sort it?", NEG, [OBJ, BUY, MTG]),
    ("I want to sign this, but our CTO still isn't comfortable with the SSO setup. Could your engineer meet with him Tuesday?", NEG, [OBJ, BUY, MTG]),
    ("The proposal is well above what we pay today. Can we get on a call to go through the line items and see where "
     "the costs can come down?", NEG, [PQ, OBJ, MTG]),
]


def canonical(intents):
    return [i for i in INTENT_ORDER if i in intents]


def signature(sentiment, intents):
    return sentiment + "|" + ",".join(intents)


def build():
    rows = []
    for text, sentiment, intents in ENTRIES:
        if len(set(intents)) != len(intents) or any(i not in INTENT_ORDER for i in intents):
            raise SystemExit("bad intents for: %r" % text[:60])
        rows.append({"text": text, "sentiment": sentiment, "intents": canonical(intents)})
    if len({r["text"] for r in rows}) != len(rows):
        raise SystemExit("duplicate text in ENTRIES")

    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    pos_in_shuffle = {idx: p for p, idx in enumerate(order)}

    groups = {}
    for idx in order:  # shuffled order within each group
        r = rows[idx]
        groups.setdefault(signature(r["sentiment"], r["intents"]), []).append(idx)

    dev, test = [], []
    turn = 0
    for sig in sorted(groups):
        for idx in groups[sig]:
            (dev if turn % 2 == 0 else test).append(idx)
            turn += 1

    def emit(indices, first_id, path):
        indices = sorted(indices, key=lambda i: pos_in_shuffle[i])
        out = []
        for n, idx in enumerate(indices):
            r = rows[idx]
            out.append({"id": "s4-%03d" % (first_id + n), "text": r["text"],
                        "sentiment": r["sentiment"], "intents": r["intents"]})
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for obj in out:
                fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return out

    d = emit(dev, 1, os.path.join(HERE, "signals4_dev.jsonl"))
    t = emit(test, len(dev) + 1, os.path.join(HERE, "signals4_test.jsonl"))
    print("wrote %d dev + %d test = %d messages" % (len(d), len(t), len(d) + len(t)))


if __name__ == "__main__":
    build()
