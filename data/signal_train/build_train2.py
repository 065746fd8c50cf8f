#!/usr/bin/env python3
"""Build train2.jsonl: training messages for the sentiment + intent classifier.

Standard library only and deterministic (fixed seed). Two sources:

* HAND: whole messages written one by one (python literals below). Each entry is
  (text, sentiment, codes) where codes is a string of intent letters:
      P = pricing_question   O = objection      C = complaint
      T = churn_threat       B = buying_signal  M = meeting_request
* COMPOSED: messages assembled from hand-written parts (clauses per intent in several
  registers, greetings, sign-offs, context paragraphs, quoted vendor text,
  typo / shorthand injection) with random.Random(SEED).

Usage:
    python build_train2.py           # writes train2.jsonl next to this file
    python build_train2.py --check   # rebuilds in memory, compares with train2.jsonl,
                                     # validates and prints counts per label
"""
import json
import os
import random
import sys
from collections import Counter

SEED = 20240611
TOTAL = 1200
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "train2.jsonl")

INTENT_ORDER = ["pricing_question", "objection", "complaint", "churn_threat",
                "buying_signal", "meeting_request"]
CODE = {"P": "pricing_question", "O": "objection", "C": "complaint",
        "T": "churn_threat", "B": "buying_signal", "M": "meeting_request"}
SENT = {"pos": "positive", "neu": "neutral", "neg": "negative"}
NEGATIVE_INTENTS = {"objection", "complaint", "churn_threat"}

# ---------------------------------------------------------------------------
# HAND-WRITTEN WHOLE MESSAGES
# ---------------------------------------------------------------------------

# Neutral, no intent: out-of-office, auto-replies, courtesy, logistics and product
# questions, and hard negatives that use price / meeting / cancel / problem words.
H_NEUTRAL = [
    ("I am out of the office until Monday 14th with limited access to email. For anything urgent please contact Priya Raman on 0161 555 0192.", "neu", ""),
    ("Automatic reply: Thank you for your message. This mailbox is monitored Monday to Friday, 8am-5pm, and we aim to respond within two working days.", "neu", ""),
    ("Out of office: I'm on parental leave until 3 March. For purchasing queries please contact procurement@hallmere-foods.example.", "neu", ""),
    ("Thanks for your email. I'm at the Harrogate trade show all week and will reply when I'm back on the 22nd.", "neu", ""),
    ("Auto-reply: your ticket #48213 has been logged with the Brackley Estates facilities desk. Someone will review it shortly.", "neu", ""),
    ("Je suis absente jusqu'au 5 août. / I'm away until 5 August. For billing questions please contact Marc Delorme (marc.delorme@veloria-sante.example).", "neu", ""),
    ("I'm travelling with patchy signal this week. If it's about the Q3 order, Dev in our warehouse can help: dev.okafor@ashbrook-logistics.example", "neu", ""),
    ("This address is no longer monitored. Please direct all correspondence to operations@tilbury-marine.example.", "neu", ""),
    ("Out of office until 2 Jan. Merry Christmas and see you in the new year!", "neu", ""),
    ("Hi, I left Greyfield Dental on Friday. My replacement is Hannah Cole (hannah.cole@greyfield-dental.example), please update your records.", "neu", ""),
    ("OOO - back Thurs. If this is about renewal pricing, Sam Whitlock is covering.", "neu", ""),
    ("Automatic reply: I'm in theatre lists most of today and will check email after 6pm.", "neu", ""),
    ("Thank you for contacting Marlow Green Primary. The school office is closed for half term and reopens on Monday 28 October.", "neu", ""),
    ("I'm on annual leave without access to email until 19 May. Your message will not be forwarded.", "neu", ""),
    ("Auto-response: we've received your delivery note. Goods-in will reconcile it against the PO within 48 hours.", "neu", ""),
    ("Away on site visits today and tomorrow so replies may be slow.", "neu", ""),
    ("Please note my working days are Tuesday to Thursday. I'll pick this up on Tuesday.", "neu", ""),
    ("Thanks for your message - I'm at a customer plant in Monterrey until the 9th. For anything on the Plant 2 conveyors, ask Luis Ortega.", "neu", ""),
    ("Automatische Antwort: Ich bin bis 12.06. nicht im Büro. / Automatic reply: I am out of the office until 12 June.", "neu", ""),
    ("Your email to the Caldera Hotels accounts team has been received. Invoices are processed on Wednesdays. Please do not reply to this message.", "neu", ""),
    ("I'm currently at sea on the Orla Bay survey and only have email once a day. Back ashore on the 30th.", "neu", ""),
    ("Harvest week here, so I'm mostly out in the fields. I'll get to emails on Sunday evening.", "neu", ""),
    ("Thanks, received.", "neu", ""),
    ("ok", "neu", ""),
    ("Got it, thanks.", "neu", ""),
    ("Noted 👍", "neu", ""),
    ("Thanks Laura, I'll pass this on to the team.", "neu", ""),
    ("The invoice arrived, thanks.", "neu", ""),
    ("Confirming we received the pallets this morning.", "neu", ""),
    ("Tuesday at 10 works, see you then.", "neu", ""),
    ("I'll be there.", "neu", ""),
    ("Thanks for the call earlier. I'll get back to you once I've spoken to Mark.", "neu", ""),
    ("ta, will read this evening", "neu", ""),
    ("Cheers, see you at the expo.", "neu", ""),
    ("Please find attached the signed delivery note for consignment 7731.", "neu", ""),
    ("Received with thanks. We'll review internally and come back to you.", "neu", ""),
    ("Just acknowledging receipt of the updated terms. Our legal team will look at them next week.", "neu", ""),
    ("Have forwarded to our finance team.", "neu", ""),
    ("Thanks, that answers my question.", "neu", ""),
    ("Many thanks for sending the calibration certificates over.", "neu", ""),
    ("Happy new year to you and everyone at Corvel!", "neu", ""),
    ("Accepted: Quarterly review - Thu 14:00-15:00 (Teams)", "neu", ""),
    ("Sounds good.", "neu", ""),
    ("ok thx", "neu", ""),
    ("Will do.", "neu", ""),
    ("Copying in Gemma, who handles our accounts payable.", "neu", ""),
    ("Sorry for the slow reply, it's been a hectic week. I'll look at this properly tomorrow.", "neu", ""),
    ("Yes, that's the right address for deliveries.", "neu", ""),
    ("Looking forward to it.", "neu", ""),
    ("k", "neu", ""),
    ("noted", "neu", ""),
    ("Thank you, I'll let you know.", "neu", ""),
    ("Do you deliver to the Isle of Wight?", "neu", ""),
    ("What's the minimum order quantity on the 5L containers?", "neu", ""),
    ("Does the card reader accept contactless cards issued outside the EU?", "neu", ""),
    ("What's the lead time on the stainless brackets at the moment?", "neu", ""),
    ("Is the API rate limit per user or per workspace?", "neu", ""),
    ("Can your drivers use the east gate this week? The main entrance is closed for resurfacing until Friday.", "neu", ""),
    ("Do you ship on UK or Euro pallets?", "neu", ""),
    ("Is there a safety data sheet for the citrus degreaser?", "neu", ""),
    ("Does the app work offline? A few of our farms have no signal at all.", "neu", ""),
    ("Where can I find the user guide for the v4 firmware?", "neu", ""),
    ("Could you confirm the delivery window for Thursday?", "neu", ""),
    ("Is the training session recorded? Two of our nurses are on nights that week.", "neu", ""),
    ("How do I reset the admin password? Locked myself out, entirely my own fault.", "neu", ""),
    ("Does your SSO work with Okta?", "neu", ""),
    ("What are the dimensions of the chiller unit? Need to check it'll fit through the service door.", "neu", ""),
    ("Are the nitrile gloves latex-free and powder-free?", "neu", ""),
    ("Can delivery notes be emailed as PDFs rather than sent on paper?", "neu", ""),
    ("Is there a sandbox environment we can test the integration in?", "neu", ""),
    ("What time does your support desk open on Saturdays?", "neu", ""),
    ("Quick one: is the tracking link the same for split consignments?", "neu", ""),
    ("do u guys deliver on sundays", "neu", ""),
    ("Which version of the import template should we be using now?", "neu", ""),
    ("Is the course content mapped to the new GCSE specification?", "neu", ""),
    ("Can the installer park on site or should he use the public car park on Mill Lane?", "neu", ""),
    ("How long do you keep data after a user account is deactivated?", "neu", ""),
    ("Does the turbine monitoring module log in UTC or local time?", "neu", ""),
    ("Who's our account manager now that Tom has left?", "neu", ""),
    ("Is the allergen information on your website up to date for the gluten-free range?", "neu", ""),
    ("Can you send the serial numbers for the units shipped last week? Our asset register needs them.", "neu", ""),
    ("Hi, does the dosing pump come with a UK plug or do we need an adapter?", "neu", ""),
    ("What's the shelf life on the frozen pastry once it's defrosted?", "neu", ""),
    ("Is the handheld rated IP65 or IP67?", "neu", ""),
    ("Do your technicians carry DBS checks? It's a requirement for working in our schools.", "neu", ""),
    ("Can we change the delivery contact for the Hull site to Bev Marsh? Her number is 01482 555 0170.", "neu", ""),
    ("Is there a limit on how many custom fields we can add to a contact record?", "neu", ""),
    ("Bonjour, the user manual exists also in French? Some of our operators don't read English well.", "neu", ""),
    ("Can the cold-chain loggers be reused or are they single-trip?", "neu", ""),
    ("No need to call, all sorted.", "neu", ""),
    ("We fixed the issue on our side. It was a firewall rule, no action needed from you.", "neu", ""),
    ("Not planning to cancel anything, just wanted to check who our account contact is these days.", "neu", ""),
    ("The meeting invite came through, thanks.", "neu", ""),
    ("Please ignore my earlier email about the missing pallet, it was sitting in the wrong bay.", "neu", ""),
    ("FYI we're closed for stocktake on the 30th, so no deliveries that day please.", "neu", ""),
    ("Cancel the Thursday call please, we've got what we need from the documentation.", "neu", ""),
    ("The price list is on the shared drive if anyone on your side needs it.", "neu", ""),
    ("Our auditors wanted copies of last year's invoices. I've downloaded them from the portal, all good.", "neu", ""),
    ("I've passed your pricing sheet to our buyer. She'll be in touch if she has questions.", "neu", ""),
    ("The label printer problem was our end - someone changed the paper size in the driver. Sorry for the noise!", "neu", ""),
    ("Re the complaint from our Bristol site: that's been resolved internally, please close the ticket.", "neu", ""),
    ("There's no problem with the delivery, I just needed the batch numbers for our records.", "neu", ""),
    ("We don't need a quote this time, just the spec sheet please.", "neu", ""),
    ("Cost centre for these is 4410, in case your system needs it.", "neu", ""),
    ("Renewal was already processed by our procurement team, so you can disregard the reminder email.", "neu", ""),
    ("I'm not complaining, just curious: why does the dashboard show yesterday's date until about 9am?", "neu", ""),
    ("Wrong person I'm afraid, I moved out of purchasing last year. Try Olu Bankole.", "neu", ""),
    ("We had a power cut at the plant on Monday, so that day's readings will look odd. Nothing wrong with your sensors.", "neu", ""),
    ("Switching our delivery contact to Jade from next week, she's taking over goods-in.", "neu", ""),
    ("Heads up: our offices move to Canary Wharf on 1 June. PO numbers and billing stay exactly the same.", "neu", ""),
    ("Not a complaint, just an observation: the new login screen is a lot brighter than the old one.", "neu", ""),
    ("No rush on this one.", "neu", ""),
    ("Please don't ring the site landline, it isn't staffed. Email is best.", "neu", ""),
    ("To be clear, we're not looking at other suppliers. The procurement survey was just a compliance exercise.", "neu", ""),
    ("Had a look through the SLA document. All clear from our side.", "neu", ""),
    ("Our legal team has no further comments on the DPA.", "neu", ""),
    ("For the record, we weren't charged twice. The second line on the statement was the deposit.", "neu", ""),
    ("Deactivating the intern accounts today as their placements have finished. Nothing else changes.", "neu", ""),
    ("No complaints from our side, just confirming we got the revised schedule.", "neu", ""),
    ("> Just a reminder that list prices increase by 6% from 1 April.\n\nThanks, noted. We'd already budgeted for it.", "neu", ""),
    ("> Would you like to book a call to go over the new features?\n\nNot needed thanks, the release notes covered it.", "neu", ""),
    ("> Sorry again about the delay on your last order.\n\nNo worries. Can you confirm the pallets will be shrink-wrapped this time? Our racking team asked.", "neu", ""),
    ("Hi Marcus,\n\nThanks for the update on the depot works. We've let the drivers know about the temporary one-way system and the new booking-in times.\n\nOn our side, the new WMS went live on Monday. There were a few teething issues with label formats but our own IT team have sorted those.\n\nLast thing: please make sure deliveries next week come to Bay 4 rather than Bay 2, as Bay 2 is being resurfaced.\n\nThanks,\nRuth", "neu", ""),
    ("Dear Ms Adeyemi,\n\nFurther to your letter of 4 September, I confirm that the governors have noted the revised safeguarding clause. I have filed the signed copy with the school business manager.\n\nYours sincerely,\nD. Hartley\nClerk to the Governors", "neu", ""),
    ("Morning - the drivers' handbook you sent references the old yard layout. Not an issue, we've briefed them, but might be worth updating for other customers.", "neu", ""),
    ("Just so you know, I'm handing the account over to my colleague Farid while I'm on secondment. He's across everything.", "neu", ""),
    ("Is it OK if the delivery comes to the back door on Quay Street? The front is a pedestrian zone until 11.", "neu", ""),
    ("The batch certificate for lot 22-118 is missing from the portal, could you upload it when you get a chance?", "neu", ""),
    ("We close at 2pm on Christmas Eve, so any deliveries need to be in before then.", "neu", ""),
    ("Resending the signed NDA as the first scan was a bit blurry.", "neu", ""),
    ("Meeting notes from Tuesday attached for your records.", "neu", ""),
    ("We've changed our VAT number following the restructure. New one on the attached letterhead.", "neu", ""),
    ("Hello, our pharmacy team asked whether the infusion sets are compatible with the Hollis 300 pumps we already use?", "neu", ""),
    ("Can your tech confirm which ports need opening on our firewall for the remote monitoring?", "neu", ""),
    ("Where should we send the returns for the two units that were ordered by mistake on our side?", "neu", ""),
]

# Positive, no intent: explicit praise, thanks with evaluative language, and praise
# that mentions meeting / price / problem words without asking for anything.
H_POSITIVE = [
    ("The meeting yesterday was great, thanks. Really useful.", "pos", ""),
    ("Just wanted to say the install team were brilliant. Tidy, quick and polite.", "pos", ""),
    ("Huge thanks to Dimitri for sorting the export over the weekend. Above and beyond.", "pos", ""),
    ("Our CFO said your demo was the best she's seen this year.", "pos", ""),
    ("Loving the new reporting screen, it saves me an hour every Monday.", "pos", ""),
    ("the new app update is 🔥", "pos", ""),
    ("Delivery arrived early and perfectly packed. Much appreciated!", "pos", ""),
    ("Honestly the smoothest onboarding we've had with any vendor.", "pos", ""),
    ("Staff picked up the new rota tool really quickly. Great training session.", "pos", ""),
    ("Just a note to say the kitchen team love the new blast chiller. Noticeably quieter too.", "pos", ""),
    ("Your support desk turned that around in 20 minutes. Impressive.", "pos", ""),
    ("No complaints at all, everything's run smoothly since go-live. Great job.", "pos", ""),
    ("Fab, thank you so much, you're a star ⭐", "pos", ""),
    ("Parents' evening booking went without a hitch this year. The teachers were delighted.", "pos", ""),
    ("Great call today. Really appreciated how candid you were about the roadmap.", "pos", ""),
    ("Kudos to your driver Ken, who helped our lads unload in the pouring rain.", "pos", ""),
    ("Spot on, exactly what we needed.", "pos", ""),
    ("We hit 99.2% pick accuracy last month, a record for us. The scanners have made a real difference.", "pos", ""),
    ("Thanks for being so flexible on the delivery dates, it really helped us out over Easter.", "pos", ""),
    ("The auditor specifically praised our traceability records this year, and they all come from your system. Thank you!", "pos", ""),
    ("can't fault the service tbh", "pos", ""),
    ("Merci beaucoup, the translation of the manuals is excellent.", "pos", ""),
    ("Patients have commented on how much quieter the new pumps are. Lovely result.", "pos", ""),
    ("Your engineer Aisha was fantastic and explained everything to our apprentices too.", "pos", ""),
    ("Passing on some good feedback from the night shift: the new handhelds are miles better than the old ones.", "pos", ""),
    ("Brilliant webinar this morning, learned loads.", "pos", ""),
    ("The quarterly review was genuinely useful, thanks for putting the deck together.", "pos", ""),
    ("Not unhappy at all. In fact it's been our best quarter on the platform.", "pos", ""),
    ("Really pleased with how the pilot went.", "pos", ""),
    ("10/10 would recommend. Already told two other practice managers about you.", "pos", ""),
    ("Thank you for going above and beyond on the recall paperwork. It saved us a lot of stress.", "pos", ""),
    ("Solid release. The bulk edit alone is worth it.", "pos", ""),
    ("Everything arrived, everything works, happy days.", "pos", ""),
    ("Wanted to say thank you for being so responsive during the storm outage. We felt well looked after.", "pos", ""),
    ("The new invoice layout is so much clearer. Thanks for listening to our feedback.", "pos", ""),
    ("Glad we went with you guys.", "pos", ""),
    ("Really impressed with how fast the samples came back.", "pos", ""),
    ("That was painless! Thanks.", "pos", ""),
    ("Great stuff 👏", "pos", ""),
    ("You've made my week, the reconciliation finally balances.", "pos", ""),
    ("Love it", "pos", ""),
    ("Top service as always from the Fenwick Road depot.", "pos", ""),
    ("The technicians were punctual and professional. Please pass on our thanks.", "pos", ""),
    ("Best support experience I've had this year, and I've had a few.", "pos", ""),
    ("Honestly didn't expect the migration to be this smooth. Well done everyone.", "pos", ""),
    ("Cheers for the quick fix, legend.", "pos", ""),
    ("Our drivers actually like the new app, which is a first.", "pos", ""),
    ("We showed the dashboard to the trustees and they were really impressed.", "pos", ""),
    ("Thank you! The costings you prepared were really clear and helped me make the case internally.", "pos", ""),
    ("Shoutout to Meera on your helpdesk, patient and knew her stuff.", "pos", ""),
    ("The problem we had last month hasn't come back once since your fix. Very happy.", "pos", ""),
    ("Great to finally meet the team in person last week. Productive day all round.", "pos", ""),
    ("The new packaging is a big improvement, far less breakage in transit.", "pos", ""),
    ("thank u sooo much!! the kids loved the workshop 😊", "pos", ""),
    ("Seriously good work on the tender documents. Our bid manager was chuffed.", "pos", ""),
    ("Wow, that was quick. Thanks!", "pos", ""),
    ("The barista training your team ran has already made a difference to our queue times. Really happy with it.", "pos", ""),
    ("Very happy with the new rates. Thank you for sorting that.", "pos", ""),
    ("Your price breakdown was the clearest of the three we received. Appreciated.", "pos", ""),
    ("> Sorry for the disruption during the maintenance window.\n\nHonestly no disruption at all, it was seamless. Nice work.", "pos", ""),
    ("Hi Tom,\n\nJust a quick one to say thanks. The reefer units you sent for the strawberry season have been faultless, and the temperature logs made our retailer audit a breeze.\n\nBest,\nGwen", "pos", ""),
    ("Dear Dr Mensah,\n\nOn behalf of the ward team, thank you for the training sessions last month. The staff feedback scores were the highest we have had for any supplier-led training, and several nurses mentioned how approachable your clinical trainer was.\n\nKind regards,\nSister J. Olawale", "pos", ""),
    ("We were dreading the switchover weekend but it went like clockwork. Credit to your night team.", "pos", ""),
    ("Much appreciated, that's a weight off my mind.", "pos", ""),
    ("Nice one, cheers 🙌", "pos", ""),
]

# Pricing questions (price, discounts, tiers, payment terms, quotes, invoicing
# arrangements, "why did the bill change"), asked without evaluative language.
H_PRICING = [
    ("Is VAT included in the figures you sent?", "neu", "P"),
    ("Can we pay quarterly instead of annually?", "neu", "P"),
    ("How much is the premium support add-on?", "neu", "P"),
    ("Do you offer a discount for registered charities?", "neu", "P"),
    ("What's the cost per test strip if we go for the bulk boxes?", "neu", "P"),
    ("Is there an education rate?", "neu", "P"),
    ("Are your prices fixed for the full 12 months or do they track the index?", "neu", "P"),
    ("Could you send over a quote for 2,000 litres of the food-grade lubricant?", "neu", "P"),
    ("Why has our invoice gone up this month? Just want to understand the change.", "neu", "P"),
    ("What are your payment terms, 30 days or 60?", "neu", "P"),
    ("Can invoices be issued in euros?", "neu", "P"),
    ("How is the usage tier worked out, per active user or per seat?", "neu", "P"),
    ("Does the figure include installation and commissioning?", "neu", "P"),
    ("Is shipping extra on orders under £500?", "neu", "P"),
    ("Any early-payment discount?", "neu", "P"),
    ("What's the difference in cost between Standard and Pro?", "neu", "P"),
    ("Can we split the invoice across two cost centres?", "neu", "P"),
    ("How much for next-day?", "neu", "P"),
    ("ballpark for 3 sites?", "neu", "P"),
    ("Is there a setup fee?", "neu", "P"),
    ("Do you charge for the data migration or is that bundled in?", "neu", "P"),
    ("What do you charge for out-of-hours callouts?", "neu", "P"),
    ("Would the per-unit figure come down if we committed to 12 months of deliveries?", "neu", "P"),
    ("Do you price per bed or per ward?", "neu", "P"),
    ("Can you quote me for the ward refurb? 14 rooms, same spec as last time.", "neu", "P"),
    ("Could the invoice reference our PO 55-10293? Our AP team will bounce it otherwise.", "neu", "P"),
    ("What's the hourly rate for a second technician?", "neu", "P"),
    ("Can we pay by card or is it bank transfer only?", "neu", "P"),
    ("Is the fuel surcharge still being applied this quarter?", "neu", "P"),
    ("How much would the annual plan save us compared with paying monthly?", "neu", "P"),
    ("Is there a cheaper tier for users who only need read access?", "neu", "P"),
    ("Hi, do you have a rate card for freight to Rotterdam?", "neu", "P"),
    ("Please can you tell me the cost of the 3 years contract and if it include the training?", "neu", "P"),
    ("Wie viel kostet die Lizenz pro Jahr? Sorry, in English: how much is the licence per year?", "neu", "P"),
    ("Do your quotes include taking away the old units?", "neu", "P"),
    ("Where's the price break, 500 units or 1,000?", "neu", "P"),
    ("Do you do multi-year pricing?", "neu", "P"),
    ("Could we move our billing date to the 1st of the month?", "neu", "P"),
    ("How are overages billed if we go over the API quota?", "neu", "P"),
    ("Is the £4.20 per case or per unit?", "neu", "P"),
    ("What would a 5-year PPA look like for a 2MW rooftop array?", "neu", "P"),
    ("Hi, are your rates per pallet or per kg on the Dublin route?", "neu", "P"),
    ("Can we have monthly invoices instead of one annual bill?", "neu", "P"),
    ("what's the damage for an extra training day?", "neu", "P"),
    ("What's the going rate for weekend cover?", "neu", "P"),
    ("Would you need a deposit for an order this size?", "neu", "P"),
    ("Is there a fee if we move the venue date by a week?", "neu", "P"),
    ("Who do I talk to about setting up a direct debit?", "neu", "P"),
    ("How much is a replacement charging dock?", "neu", "P"),
    ("Can you double-check the unit price on line 3 of the quote? Looks like it might be a typo.", "neu", "P"),
    ("Is there a price difference between the white and the anthracite frames?", "neu", "P"),
    ("Pricing for the API-only plan?", "neu", "P"),
    ("how much", "neu", "P"),
    ("Cost?", "neu", "P"),
    ("What would it cost to add the allergen module?", "neu", "P"),
    ("Do you charge per user or is it a flat fee for the practice?", "neu", "P"),
    ("What's included in the £2,400? Does that cover the annual service visit?", "neu", "P"),
    ("Is the discount you mentioned on the phone applied to the whole order or just the consumables?", "neu", "P"),
    ("Hi Jonas, our finance team asked if you can invoice on 60-day terms. Is that possible?", "neu", "P"),
    ("Could you break the quote down by site? Each store has its own budget.", "neu", "P"),
    ("How much does it cost to keep the archived projects after the first year?", "neu", "P"),
    ("Do you offer a not-for-profit tier? We're a community interest company.", "neu", "P"),
    ("Can the annual fee be spread over 12 payments?", "neu", "P"),
    ("What's the rate for hazardous waste collection vs general?", "neu", "P"),
    ("Are trade prices available to us now that we have a second shop?", "neu", "P"),
    ("Quick q - is the price per tonne ex-works or delivered?", "neu", "P"),
    ("what r ur rates for same day courier london to reading", "neu", "P"),
    ("Estimado equipo, the price in the quotation is with or without IVA? Thank you.", "neu", "P"),
    ("Is there a charge for additional admin users?", "neu", "P"),
    ("Could you confirm whether the quoted rate includes the congestion charge?", "neu", "P"),
    ("How do you bill for the pilot? Flat fee or per site?", "neu", "P"),
    ("Hi, could we get invoices addressed to the trust rather than to the individual hospital?", "neu", "P"),
    ("Are there volume tiers on the SMS bundles?", "neu", "P"),
    ("Do you offer a loyalty rate for customers who've been with you five years plus?", "neu", "P"),
    ("Please could you resend the March invoice with our new VAT number on it?", "neu", "P"),
    ("Our accounts team noticed the direct debit amount changed this month. What's behind that?", "neu", "P"),
    ("Can you tell me what we paid per kilo last season? I need it for the budget forecast.", "neu", "P"),
    ("Does the subscription include software updates or are those charged separately?", "neu", "P"),
    ("> Attached is our standard rate card for 2025.\n\nThanks. Do these rates apply to the Scottish depots as well, or is there a Highlands supplement?", "neu", "P"),
    ("Morning Grace,\n\nFollowing the site survey, could you put together a quotation for the LED retrofit in the two warehouses? Roughly 340 fittings, plus emergency lighting in the mezzanine.\n\nThanks,\nCallum Reid\nFacilities, Drummond Paper Co.", "neu", "P"),
    ("Hello,\n\nWe are a small family bakery in Porto and we want to know the price of the dough sheeter model DS-50, and also if the transport to Portugal is included or is extra.\n\nObrigado,\nRui", "neu", "P"),
    ("Good afternoon. Could you advise what the pro-rata charge would be if we changed plan mid-term?", "neu", "P"),
    ("Can we be invoiced per academic term rather than per calendar quarter?", "neu", "P"),
    ("Do you price the crane hire by the day or by the lift?", "neu", "P"),
]

# Meeting requests: any ask for, or proposal of, a call / demo / visit / time,
# including rescheduling and "call me back". Mostly without the word "meeting".
H_MEETING = [
    ("Does Thursday work your end?", "neu", "M"),
    ("Can you swing by the site next week? Easier to show you than explain it.", "neu", "M"),
    ("Ring me after 3.", "neu", "M"),
    ("pls call", "neu", "M"),
    ("Could we get 30 minutes in the diary to go through the Q3 forecast?", "neu", "M"),
    ("Can we move tomorrow's call to 2pm? I've got a clash with a board meeting.", "neu", "M"),
    ("Are you free for a quick chat this afternoon?", "neu", "M"),
    ("Give me a bell when you're back in the office.", "neu", "M"),
    ("Could someone walk our new ops lead through the dashboard? She started on Monday.", "neu", "M"),
    ("Would you be able to present to our clinical governance group on the 18th?", "neu", "M"),
    ("Happy to host you at the Grimsby depot. How's the week of the 9th?", "neu", "M"),
    ("Can we push the review to next Wednesday? Half the team are off with flu.", "neu", "M"),
    ("Could we see a demo of the scheduling module? Our practice managers would join.", "neu", "M"),
    ("Free for a Teams call at 11?", "neu", "M"),
    ("Let's find a slot to go over the implementation plan. I'm free Monday and Tuesday afternoons.", "neu", "M"),
    ("Can you call me back on 07700 900418? Tried you earlier.", "neu", "M"),
    ("Need to reschedule Friday. Can we do Monday, same time?", "neu", "M"),
    ("When's good for you to come and measure up the warehouse?", "neu", "M"),
    ("Quick call before I head into the budget meeting?", "neu", "M"),
    ("Could we set up a workshop with your data team and ours?", "neu", "M"),
    ("Mind jumping on Zoom for 10 mins? Easier than email.", "neu", "M"),
    ("Are you at the Birmingham show? Would be good to grab a coffee.", "neu", "M"),
    ("Can your engineer come out and look at line 4? Nothing's wrong, we just want a second opinion before we change the settings.", "neu", "M"),
    ("Let's catch up properly after the holidays. Send me a few times?", "neu", "M"),
    ("could we do a call w/ ur tech ppl re the SFTP setup", "neu", "M"),
    ("Would 8am tomorrow be too early to talk? I'm on site from 9.", "neu", "M"),
    ("Can we move the monthly check-in to the first Tuesday of each month going forward?", "neu", "M"),
    ("Please call me on my mobile rather than the office line: 07700 900 233.", "neu", "M"),
    ("I'd like to bring our head of IT into the next conversation. Can you offer a couple of times next week?", "neu", "M"),
    ("Is there any chance of a site visit before the tender deadline?", "neu", "M"),
    ("Can we have a quick huddle about the depot rollout schedule?", "neu", "M"),
    ("Pop over to the school one lunchtime and we'll show you the IT suite?", "neu", "M"),
    ("Could we meet at the Leeds office rather than online this time?", "neu", "M"),
    ("Around tomorrow? Want to talk through the spec.", "neu", "M"),
    ("¿Podemos hacer una llamada el martes? Sorry, can we have a call on Tuesday?", "neu", "M"),
    ("Any chance of seeing the telematics running on one of our own trucks at the yard?", "neu", "M"),
    ("Can we do 4pm instead of 3?", "neu", "M"),
    ("Let me know when you can talk.", "neu", "M"),
    ("Could you call Pete, our site manager, on 07700 900 771 to arrange access?", "neu", "M"),
    ("Are you free Thursday to go through the tender questions?", "neu", "M"),
    ("Can we get your food safety consultant in front of our head chefs sometime in March?", "neu", "M"),
    ("When are you next in Aberdeen? Would be good to sit down.", "neu", "M"),
    ("Shall we say 9:30 Monday?", "neu", "M"),
    ("Slight change of plan: can we make Wednesday's session in person at our Reading office?", "neu", "M"),
    ("Would your clinical specialist be able to join our ward manager on a call next week?", "neu", "M"),
    ("Could you show our finance lead how the reconciliation report works? 20 minutes would do.", "neu", "M"),
    ("Hi Ana, I missed your call. Try me again after lunch?", "neu", "M"),
    ("Book me in for a walkthrough of the new release when you have a slot.", "neu", "M"),
    ("Can we do the handover on site rather than remotely? The night supervisors want to see it in person.", "neu", "M"),
    ("Tuesday's out for me now. Wednesday or Thursday morning?", "neu", "M"),
    ("I'm at the farm all day but ring the mobile, I'll pick up.", "neu", "M"),
    ("Can we set up a recurring fortnightly call during the rollout?", "neu", "M"),
    ("Fancy a coffee when you're next in Bristol?", "neu", "M"),
    ("Could you come and do a toolbox talk with the lads on the new harness system?", "neu", "M"),
    ("Bring the samples along on Friday and we'll go through them with the chef.", "neu", "M"),
    ("Would a call with our procurement manager on the 12th work for you?", "neu", "M"),
    ("Our IT manager wants to ask a few questions about the integration. Can you set up 30 mins with your solutions engineer?", "neu", "M"),
    ("can u ring me asap", "neu", "M"),
    ("Call me.", "neu", "M"),
    ("> Thanks for your time today, I'll send the notes shortly.\n\nThanks Sam. Can we pencil in a follow-up for the same time in two weeks?", "neu", "M"),
    ("> I'm afraid I can't make Friday after all.\n\nNo problem. Does Monday at 11 suit instead?", "neu", "M"),
    ("Hi Priyanka,\n\nHope the conference went well. Our new head of estates, Dominic, would like to understand how the energy dashboards are set up across the three campuses.\n\nCould you find an hour with him in the next fortnight? He's generally free on Wednesdays.\n\nThanks,\nLouise", "neu", "M"),
    ("Good morning. Kindly advise your availability for a video conference with our board on Friday 14:00 CET to present the maintenance plan.", "neu", "M"),
    ("We're doing a supplier day on the 21st at the Coventry plant. Would you be able to come and run a short session on the new torque tools?", "neu", "M"),
]

# Pricing question + meeting request, neutral.
H_PRICING_MEETING = [
    ("Could we hop on a call to go through the pricing tiers? The page on your site is a bit confusing.", "neu", "PM"),
    ("Can you call me to talk through payment options? Finance would prefer to spread it over the year.", "neu", "PM"),
    ("Is there a time this week to walk through the quote line by line? A couple of items aren't clear to me.", "neu", "PM"),
    ("Would you be able to pop in and discuss rates for the winter gritting contract?", "neu", "PM"),
    ("Ring me re the invoice? Need to understand the new usage charges before it goes to the board.", "neu", "PM"),
    ("Can we have 15 minutes to go over how the per-student pricing works for multi-academy trusts?", "neu", "PM"),
    ("Before we get into detail, could you and I have a quick chat about what the ballpark numbers look like?", "neu", "PM"),
    ("Hi Ola, when are you free to go through the renewal figures?", "neu", "PM"),
    ("Could your finance person call ours about setting up consolidated billing for the group?", "neu", "PM"),
    ("Let's talk through the discount structure on Thursday if that suits.", "neu", "PM"),
    ("do u have time tmrw to run thru the cost breakdown?", "neu", "PM"),
    ("Could we arrange a call next week about moving to annual invoicing?", "neu", "PM"),
    ("Can someone explain the surcharge on last month's statement? A quick call is fine.", "neu", "PM"),
    ("Would you mind joining our budget review on the 4th to explain how the tiers scale as we grow?", "neu", "PM"),
    ("Could we set up a call with your pricing team? We need to understand what happens to the rate when volumes dip in winter.", "neu", "PM"),
]

# Buying signals (contract, PO, order, onboarding, start date, more seats/sites,
# renewal, upgrade), often without the word "buy". Originally labelled positive as a rule; since the
# relabel (RELABEL.md, tests/corpus/CONVENTIONS.md 10) entries without explicit praise, enthusiasm or
# satisfaction are neutral and marked "# was pos".
H_BUYING = [
    ("Who do I send the signed order form to?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Let's get the paperwork going.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can we add the Leeds office?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We'd like to go ahead with the Pro plan. What do you need from us?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Please send the contract over and I'll get it signed this week.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("PO number is 4500127733, go ahead and book the install.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We want to roll this out to the other two warehouses in the spring.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Board approved it! Let's get started.", "pos", "B"),
    ("Count us in for the renewal, same terms as last year.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can we get 10 more seats for the new starters?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We're ready to start onboarding. Who will our contact be?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Please upgrade us to the Enterprise tier from next month.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Go ahead with the order as quoted.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("what's the earliest start date you can do?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can you add two more vans to the tracking contract from 1 May?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Send me the DocuSign and we're good to go 🙌", "pos", "B"),
    ("Our procurement team will raise the PO tomorrow.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We're extending the pilot to all 12 schools from September.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Happy to sign. Where do I sign?", "pos", "B"),
    ("Could you send your supplier setup form so we can get you onto our system?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Please reserve 40 places on the June cohort for our graduates.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Let's lock in the same volumes for next year.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Yes, please proceed.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We'll take the 24-month option.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can you hold the April install slot for us while legal finish their review?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Add the Glasgow and Aberdeen depots to our account please.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Same order as last time please, but double the quantity.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("I've got sign-off. Can we kick off on the 3rd?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can you set up logins for the four consultants joining in March?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("ok lets do it", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Please consider this our formal acceptance of proposal v3.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We'll need onboarding for about 60 users. Can that start next month?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Our MD wants to take this to the Spanish stores too.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Where do we send the deposit to secure the dates?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("The trial's gone really well. How do we convert to a paid account?", "pos", "B"),
    ("Please book us in for the spring service on all 14 boilers.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We'd like the annual maintenance contract to carry on as is.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can you send the order confirmation through so I can get it on the system?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Just waiting on the CEO's signature, should be with you Friday.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Loved the demo. We want in.", "pos", "B"),
    ("Put us down for 300 cases of the Malbec for December.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We're moving the remaining 40 users across from the old system next quarter. Can you provision them?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Legal have signed off the MSA. Over to you for countersignature.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("How soon can you get the crew in? We're keen to start before the frost.", "pos", "B"),
    ("Can we bolt the analytics module onto our existing plan?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We're opening a fourth clinic in Harrogate and want it on the same setup as the others.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Deal. Send the paperwork.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We want to make the temporary licences permanent.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Yes to the extended warranty on all units.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Please add a second daily collection at the Wakefield site from Monday.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can you pencil us in for the next intake of the apprenticeship programme? Likely six learners.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Great news, funding came through. We can go ahead with the full rollout.", "pos", "B"),
    ("can we get the IT team set up with admin access so they can start configuring?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("All approved on our end. What's the next step?", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("We'd like to renew early so we don't have any gap over the summer.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Nous voulons commander 200 unités. / We want to order 200 units, please send the order form.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("vamos! send the contract 👍", "pos", "B"),
    ("Ready when you are. Ship it.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Please extend the cleaning contract to cover the new east wing once it opens in June.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Our vet group has bought two more practices, both need to come onto the platform.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("> Let me know if you'd like to proceed.\n\nWe would. Please send the contract to legal@parkhurst-haulage.example.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("> The proposal is valid until the 30th.\n\nUnderstood. PO attached, we're going ahead.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Hi Ben,\n\nThanks for your patience while we went through the internal approvals. I'm pleased to say the steering group agreed this morning to proceed with the full implementation across all four sites.\n\nCould you send the final contract and the onboarding questionnaire? Our project lead will be Nadia Farouk.\n\nBest,\nHelen Ashdown\nCOO, Westerby Care Group", "pos", "B"),
    ("Hello,\n\nWe are the procurement office of Kaunas Technical College. The committee selected your offer for the lab equipment. Please send the contract draft for signing and the delivery schedule.\n\nBest regards,\nRasa Vaitkutė", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Following the successful pilot at Kirkby, we'd like to extend the scanning solution to the Speke and Widnes sites. Let me know what you need from us to get started.", "pos", "B"),
]

# Buying signal + pricing question.
H_BUYING_PRICING = [
    ("What would 40 more licences run us?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("We want to go ahead with 50 seats. Is there a discount on the annual plan?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Ready to order 300 units. Can you confirm the price holds until month end?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("If we renew for three years instead of one, what does that do to the rate?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Adding the Leeds and York sites. Can you quote the extra?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("We'd like to upgrade to Pro. Is the charge pro-rated for the rest of the year?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Please send a revised quote for 120 users, we're moving ahead.", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can we pay the setup fee in two instalments? We're keen to start in March.", "pos", "PB"),
    ("How much to add SMS reminders to our plan? We want it live before term starts.", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("We've decided to go with you. Could the invoice go to our Dublin entity?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Renewal's approved. Can we be invoiced in two halves, April and October?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("quote for another 6 scanners pls, same as last batch", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("We'll need another 25 mattresses for the new ward. Same price as the last order?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Happy to commit to the full year. Is there a better rate if we pay upfront?", "pos", "PB"),
    ("We'd like to add weekend deliveries. What does that add to the monthly bill?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Great, let's proceed. Do you need the deposit before you schedule the install?", "pos", "PB"),
    ("Going with the Gold package. Can it be billed in USD?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("We want the extra 2MW capacity. What's the price per MWh for the top-up?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can you price up the same kit for our second kitchen? We want it in before Christmas.", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("We'll renew. Any chance the loyalty discount still applies?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("We're in for 20 more tablets. Does the education discount apply to add-ons too?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("how much extra for the cold store? want to add it to our contract", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("PO's ready to go, just need the final figure including delivery.", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("What's the cost to move from 3 to 5 days of cover? We'd like to start next month.", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Okay, we're convinced! What payment terms can you offer on the 3-year deal?", "pos", "PB"),
    ("Loving the platform. What would it cost to bring the Dubai team on as well?", "pos", "PB"),
    ("We'd like to order the 40 pallets. Is the price the same if we take delivery in two drops?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Let's go for it. Do you invoice on order or on delivery?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Can you send me a formal quote for the 3 extra classrooms? Head wants to sign it off this week.", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("> The upgrade is £9 per user per month.\n\nPerfect. Please apply it to all 48 users from the 1st. Can that be on one invoice?", "pos", "PB"),
    ("Hi Rosa,\n\nThe ops team are really happy with the route planning tool and we'd like to extend it to the refrigerated fleet (another 22 vehicles).\n\nCould you send pricing for the additional vehicles, and let me know whether we can co-term them with our existing contract?\n\nThanks,\nMatt", "pos", "PB"),
    ("Our expansion into Wales is confirmed. What would the rate be for adding the Cardiff and Swansea branches?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Would you do a bundle price if we took both the HR and payroll modules? We're keen to sign before April.", "pos", "PB"),
    ("Can I get a pro-forma for the 12 units so our finance team can release payment? We want to get them ordered.", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
]

# Buying signal + meeting request (and a few with pricing too).
H_BUYING_MEETING = [
    ("Let's do it. Can you get on a call Thursday to walk through onboarding?", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("We're in. When can your team come in to scope the install?", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Signed contract attached. Can we book a kickoff for next week?", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("We want to add the Manchester clinic. Can we have a quick call to plan it?", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Good news, we've got budget approval. Are you free Monday to plan next steps?", "pos", "BM"),
    ("PO's raised. Can your project manager call me to agree dates?", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("We're going ahead with the upgrade. Can someone come to site to plan the cutover?", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Keen to get started. Does Wednesday work for the kick-off?", "pos", "BM"),
    ("Happy to proceed with the extra lines. Could we meet at the plant to finalise the layout?", "pos", "BM"),
    ("Renewing for another year. Let's grab 30 mins to go over what we want to change in the setup.", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("We want to bring the Cork office on board. Who should I talk to, and when are you free?", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Great demo! We'd like to move forward. Can we set up a session with our IT team to plan the integration?", "pos", "BM"),
    ("All signed 🎉 when's the first onboarding call?", "pos", "BM"),
    ("We'd like to order for the autumn term. Can you come into school next week to confirm quantities with our heads of department?", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Hi Kemi, we're ready to sign the framework. Could you call me tomorrow to agree the start date?", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Dear Mr Haddad,\n\nI am pleased to confirm that the trust will proceed with the sterilisation services contract. I would be grateful if you could arrange a mobilisation meeting with our decontamination lead in the week of 6 May.\n\nYours sincerely,\nAnne Whitcombe\nHead of Procurement", "pos", "BM"),
    ("We'll take the extra capacity. Let's do a call with your ops team on Friday to sort the logistics.", "neu", "BM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Board said yes to the second line! Can you swing by next week to measure up?", "pos", "BM"),
    ("We're keen to roll out to all 9 hotels. Can we set up a call to talk through volume pricing?", "pos", "PBM"),
    ("Ready to add the two new stores. Can we meet to go over the pricing for them and a go-live date?", "neu", "PBM"),  # was pos; CONVENTIONS.md 10: no praise
    ("We want to go ahead with the solar install on the warehouse roof. Could your estimator come out and firm up the quote?", "neu", "PBM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Let's talk Monday about the renewal, we're staying, I just want to understand the new tiers before I sign.", "neu", "PBM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Looking to add 30 seats for the new sales team. Can we jump on a call to discuss price and timing?", "neu", "PBM"),  # was pos; CONVENTIONS.md 10: no praise
    ("Fab session today! We'd like to proceed. Could we have a call next week about payment terms and contract start?", "pos", "PBM"),
]

# Praise + something to act on (meeting, pricing) - positive.
H_PRAISE_MIX = [
    ("Great session yesterday, the team loved it. Could we do the same for the Newcastle branch next month?", "pos", "M"),
    ("Really impressed with the report. Can you walk our board through it on the 20th?", "pos", "M"),
    ("Your engineer was brilliant. Could he come back to train the evening shift?", "pos", "M"),
    ("Loving the new version! Any chance of a quick call so you can show me the new filters?", "pos", "M"),
    ("Thanks for the great support this year. Shall we catch up over lunch before Christmas?", "pos", "M"),
    ("Super helpful call, thank you. Let's do the same again in a month?", "pos", "M"),
    ("The pilot results are excellent. Could you present them to our regional directors?", "pos", "M"),
    ("Fantastic work on the launch event. Coffee next week to debrief?", "pos", "M"),
    ("Your team have been great. Out of interest, what would the platinum tier cost us?", "pos", "P"),
    ("Really happy with the service. Do you offer any discount for paying the year upfront?", "pos", "P"),
    ("The new menu cards look amazing. How much would another 500 cost?", "pos", "PB"),
    ("Love the new portal! Quick question, is the reporting add-on priced per user?", "pos", "P"),
    ("Great job on the audit prep. Can we get invoiced per site from now on? Makes our life easier.", "pos", "P"),
    ("Best supplier we've got, honestly. Can you give me a ring about the summer schedule?", "pos", "M"),
    ("Thanks so much for yesterday, really valuable. Can we get your clinical lead to do a follow-up with the ward sisters?", "pos", "M"),
    ("Cracking job on the refit! We'd like you to do the staff room next. Could you pop round and measure up?", "pos", "BM"),
]

# Objections: reasons not to buy or to delay (price, budget, timing, competitor,
# approval, missing feature, contract terms). Always negative.
H_OBJECTION = [
    ("too pricey", "neg", "O"),
    ("We don't have budget for this until the next financial year.", "neg", "O"),
    ("Timing's not right for us, we're in the middle of a merger.", "neg", "O"),
    ("Why would we pay more than we do for Stockline? It does 90% of the same job.", "neg", "O"),
    ("Honestly we can't see the value over our spreadsheet process.", "neg", "O"),
    ("I'll need sign-off from the CFO before we can commit, and she's away till the 20th.", "neg", "O"),
    ("Without a Xero integration this is a non-starter for us.", "neg", "O"),
    ("Kestrel Supplies quoted about 15% less for the same spec.", "neg", "O"),
    ("It's a lot of money for a school our size.", "neg", "O"),
    ("We've just signed three years with another provider, so not for now.", "neg", "O"),
    ("Our IT security team won't approve anything hosted outside the EU.", "neg", "O"),
    ("We can't change suppliers mid-season.", "neg", "O"),
    ("Need to think about it.", "neg", "O"),
    ("Can't justify it to the board at that price point.", "neg", "O"),
    ("The minimum order is far too high for a business our size.", "neg", "O"),
    ("We'd want a six-month trial before committing, and I gather you don't offer that.", "neg", "O"),
    ("Lovely product, but our nurses won't use anything that needs yet another login.", "neg", "O"),
    ("A 12-week lead time rules you out. We need stock by June.", "neg", "O"),
    ("We're going to hold off until the new head starts in September.", "neg", "O"),
    ("Not convinced the savings are real. The numbers in your case study look optimistic.", "neg", "O"),
    ("Contract length is the sticking point. We can't go beyond 12 months.", "neg", "O"),
    ("not this quarter sorry", "neg", "O"),
    ("Procurement rules say we need three quotes before we can go any further.", "neg", "O"),
    ("We already have something that does this.", "neg", "O"),
    ("I like it, my boss doesn't.", "neg", "O"),
    ("Our union reps have concerns about the tracking features, so we need to pause.", "neg", "O"),
    ("Bit rich for our blood.", "neg", "O"),
    ("The auto-renewal clause is a deal-breaker for our legal team.", "neg", "O"),
    ("We'd need Welsh-language forms, which I understand you don't support yet.", "neg", "O"),
    ("Why should we lock into 36 months when your competitor offers monthly rolling?", "neg", "O"),
    ("With the grant not confirmed we can't commit to anything.", "neg", "O"),
    ("Interesting, but it's not a priority for us this year.", "neg", "O"),
    ("The partners want to wait and see how the other firms get on with it first.", "neg", "O"),
    ("We're a 6-person practice. Enterprise pricing doesn't really work for us.", "neg", "O"),
    ("Ehh, not sure it's for us.", "neg", "O"),
    ("Our head office buys centrally, so I can't sign anything locally.", "neg", "O"),
    ("Can't see us moving on this before the spring.", "neg", "O"),
    ("The data has to stay on-prem. Cloud-only is a no from us.", "neg", "O"),
    ("It's good, but it's double what we pay for the current kit.", "neg", "O"),
    ("Our growers won't pay a per-hectare fee on top of the hardware.", "neg", "O"),
    ("We're in a spending freeze until the Ofsted inspection is done.", "neg", "O"),
    ("Honestly the switching costs outweigh the benefit for us right now.", "neg", "O"),
    ("We looked at it, but there's no mobile app for the field team and that's what we need most.", "neg", "O"),
    ("We'd rather not be the first hospital in the region to use it.", "neg", "O"),
    ("£40k for software? We're a charity.", "neg", "O"),
    ("That's way over what we had in mind.", "neg", "O"),
    ("Too expensive.", "neg", "O"),
    ("no budget", "neg", "O"),
    ("maybe next yr", "neg", "O"),
    ("NOT IN THIS BUDGET CYCLE, sorry.", "neg", "O"),
    ("Our insurers need the kit to be CE and UKCA marked and yours is only CE at the moment.", "neg", "O"),
    ("Le prix est trop élevé pour nous. The price is too high for us, sorry.", "neg", "O"),
    ("We have no people to implement this now, maybe after the ERP project, which is end of next year.", "neg", "O"),
    ("Looks great in the demo but I can't see our drivers bothering with it.", "neg", "O"),
    ("The board wants to see two more references from UK hospitals before they'll approve.", "neg", "O"),
    ("We'd have to retrain 300 staff, and we simply can't take that hit before peak.", "neg", "O"),
    ("Your competitor includes the hardware in the monthly fee. You don't.", "neg", "O"),
    ("Why is the setup fee more than the first year's subscription? That's hard to swallow.", "neg", "O"),
    ("Candidly, the ROI doesn't stack up at our volumes.", "neg", "O"),
    ("Finance has asked us to park all new spend until the audit is closed.", "neg", "O"),
    ("> Following up on the proposal - any thoughts?\n\nWe've decided to stay with our current setup for this year. Budget just isn't there.", "neg", "O"),
    ("> Shall I send over the contract?\n\nNot yet. Our GC wants to review the liability cap first and she's snowed under.", "neg", "O"),
    ("Hi Chris,\n\nThanks for the detailed proposal and for the site visit last week. The team were impressed with the walkthrough and the references checked out well.\n\nUnfortunately the capital budget for this year has been reallocated to the roof repairs, so we won't be able to proceed until at least the next financial year.\n\nBest,\nEleanor", "neg", "O"),
    ("Dear Sir/Madam,\n\nThank you for your tender submission. After evaluation, the panel noted that your proposal does not include the 24/7 on-site cover required in section 4.2. We are therefore unable to take it forward in its current form.\n\nRegards,\nProcurement Team, Eastholme Borough Council", "neg", "O"),
    ("Hi,\n\nI've talked it over with the other directors. We like what you've built, and Tara in particular was keen.\n\nThe problem is that we've only just finished moving everything to Dynamics last year and nobody has the appetite for another migration. Maybe revisit in 18 months?\n\nCheers,\nPaul", "neg", "O"),
]

# Objection + pricing question (negotiation).
H_OBJECTION_PRICING = [
    ("That's more than we budgeted. Is there any flexibility on the per-user price?", "neg", "PO"),
    ("Is there a cheaper package? £18k a year is above what we can spend.", "neg", "PO"),
    ("What's your best price? The current number won't get through our finance committee.", "neg", "PO"),
    ("Do you offer payment plans? Paying the full amount upfront is a problem for us.", "neg", "PO"),
    ("Seems steep compared to last year. Why the jump?", "neg", "PO"),
    ("Any wiggle room on price? We're a small team.", "neg", "PO"),
    ("Can you do better on the rate? Northgate are coming in well under you.", "neg", "PO"),
    ("It's over budget. Could you take the on-site training out and tell me what that does to the price?", "neg", "PO"),
    ("Is there a startup discount? Full price is out of reach for us at this stage.", "neg", "PO"),
    ("We can't stretch to annual upfront. Is monthly billing an option?", "neg", "PO"),
    ("How come you're £3 a case dearer than the cash-and-carry?", "neg", "PO"),
    ("Too much for us as it stands. What does the basic tier cost?", "neg", "PO"),
    ("That rate's higher than we hoped. Does it come down if we go to two years?", "neg", "PO"),
    ("Why's the managed service almost twice the self-serve one? Hard to justify internally.", "neg", "PO"),
    ("Any chance of a charity rate? Honestly we can't afford the list price.", "neg", "PO"),
    ("Could you sharpen the pencil on this? Our budget tops out around £12k.", "neg", "PO"),
    ("Our finance director thinks the support fee is excessive. Is it optional?", "neg", "PO"),
    ("ur quote is 2x the other guys, what's the best u can do", "neg", "PO"),
    ("Is there any discount for a longer commitment? At the moment we can't make the numbers work.", "neg", "PO"),
    ("Bonjour, your price is more expensive than the local supplier. Can you make a better offer for 3000 pieces?", "neg", "PO"),
    ("> Our standard rate for this is £1,450 per day.\n\nThat's well above what we've paid other trainers. Is there a half-day option at a lower cost?", "neg", "PO"),
    ("Hi Amira,\n\nThanks for turning the quote around so quickly. I've shared it with our MD.\n\nHonestly, it came in about 30% above what we'd pencilled in, mainly because of the installation line. Is there any way to reduce that, for example if our own maintenance team did the first fix?\n\nRegards,\nDarren", "neg", "PO"),
]

# Conditional offers and "yes, but": objection + buying signal (negative by rule).
H_OBJECTION_BUYING = [
    ("Match £18 per unit and we'll order this week, otherwise we'll stay with our current supplier.", "neg", "OB"),
    ("If you can include the training days at no extra cost, we'll sign.", "neg", "OB"),
    ("We'll go ahead if you can get the first delivery to us before the 14th. Any later and it's no use to us.", "neg", "OB"),
    ("Drop the setup fee and you've got a deal.", "neg", "OB"),
    ("Knock 10% off and we'll sign for two years.", "neg", "OB"),
    ("We want it, but only if SSO comes in the standard tier.", "neg", "OB"),
    ("Get the price under £9 a head and we'll roll it out to every site.", "neg", "OB"),
    ("We'd sign today if the contract was 12 months instead of 36.", "neg", "OB"),
    ("If your team can guarantee go-live before the audit, we'll proceed. If not, we'll have to wait a year.", "neg", "OB"),
    ("Happy to place the order, but not at these payment terms. 60 days and we're good.", "neg", "OB"),
    ("Waive the delivery charge and I'll raise the PO this afternoon.", "neg", "OB"),
    ("The only thing stopping us is the lack of a Sage connector. Build that and we'll buy.", "neg", "OB"),
    ("Can do the order if you can hold last year's price. Otherwise it has to go out to tender.", "neg", "OB"),
    ("We're keen, but finance will only approve it if we can cancel after year one without penalty.", "neg", "OB"),
    ("Throw in the extra hand units and we'll take the lot.", "neg", "OB"),
    ("We'll renew if you can match what Harlow Cloud are offering. They're 20% cheaper.", "neg", "OB"),
    ("yes if u can deliver by fri, no if not", "neg", "OB"),
    ("If you can get the unit price to $2.10 we'll commit to 50k units for the year.", "neg", "OB"),
    ("We'd love to move forward, it's just the implementation fee that's holding us back. Lose that and we're in.", "neg", "OB"),
    ("Conditional yes: the board will approve if the pilot shows a 10% reduction in missed appointments.", "neg", "OB"),
    ("Hi Jake,\n\nWe've compared your offer with the other two shortlisted suppliers. Yours is the strongest technically, but you're the most expensive by some margin.\n\nIf you can bring the annual fee down to £42,000, I'm confident we can get this signed before the end of the month. Otherwise we'll have to go with the cheaper option.\n\nKind regards,\nSiobhan Kerr", "neg", "OB"),
    ("If you can match £18 and confirm the price for the full year, what's the earliest you could deliver the first 500?", "neg", "POB"),
    ("We'd commit to three years if the rate drops. What's the lowest you can go?", "neg", "POB"),
    ("If you can do £12 per unit on 10,000 we'll place the order. What's your floor?", "neg", "POB"),
    ("We're ready to go, but £55k is above our ceiling. Can you quote the phased option so we can start with two sites?", "neg", "POB"),
    ("Happy to renew but not with the 9% uplift. Can you hold the current price?", "neg", "POB"),
]

# Objection + meeting request.
H_OBJECTION_MEETING = [
    ("Budget's frozen until April. Can we pick this up with a call in March?", "neg", "OM"),
    ("Our CFO isn't convinced about the ROI. Could you walk her through the numbers on a call?", "neg", "OM"),
    ("Too expensive as quoted, but let's talk. Can you do Thursday?", "neg", "OM"),
    ("We're not ready yet, the warehouse move comes first. Give me a ring in the new year.", "neg", "OM"),
    ("IT have concerns about the security model. Can you get your architect on a call with them?", "neg", "OM"),
    ("The heads aren't sold on it yet. Would you come in and present to them at the next SLT meeting?", "neg", "OM"),
    ("Missing the Xero link is a problem. Can we talk to your product team about whether it's on the roadmap?", "neg", "OM"),
    ("We're leaning towards the other supplier, to be honest. If you want to change my mind, call me before Friday.", "neg", "OM"),
    ("Not a priority this quarter, but let's catch up in the autumn.", "neg", "OM"),
    ("I need board approval first and they meet on the 25th. Can we schedule something for the week after?", "neg", "OM"),
    ("Pricing's a sticking point. Worth a quick chat to see if there's a way round it?", "neg", "OM"),
    ("Our surgeons prefer the competitor's handpiece. Could your clinical rep come in and let them try yours side by side?", "neg", "OM"),
    ("We're in a freeze right now. Ping me for a call in Q3?", "neg", "OM"),
    ("Can we talk Monday? The contract terms as drafted won't fly with our legal team.", "neg", "OM"),
    ("What's the cheapest tier? And can we have a call about it? What you've quoted so far is beyond us.", "neg", "POM"),
    ("We can't afford the full package. Can we set up time to go through what a stripped-back version would cost?", "neg", "POM"),
    ("Your quote is well above the other two. Can we get on a call to go through the line items before I take it to the board?", "neg", "POM"),
    ("We'd go ahead if the integration was included. Can we talk tomorrow about how to make that work?", "neg", "OBM"),
    ("If you can start before the school holidays we're in, otherwise it'll have to wait. Can you ring me to confirm?", "neg", "OBM"),
]

# Complaints: dissatisfaction with something that already happened. Polite, blunt,
# sarcastic, shouty, passive-aggressive. Always negative.
H_COMPLAINT = [
    ("Just flagging that the last two shipments were short.", "neg", "C"),
    ("Great, another invoice error.", "neg", "C"),
    ("WHERE IS OUR ORDER. It was due Monday.", "neg", "C"),
    ("The app has crashed three times this morning during ward rounds.", "neg", "C"),
    ("Your engineer turned up without the right parts. Again.", "neg", "C"),
    ("We've been charged twice for March.", "neg", "C"),
    ("Third week running the chilled delivery has arrived above 8°C.", "neg", "C"),
    ("I've been waiting 9 days for a reply on ticket #3318.", "neg", "C"),
    ("The new update broke the CSV export and we can't run payroll.", "neg", "C"),
    ("Per my last three emails, we still haven't received the credit note.", "neg", "C"),
    ("Fantastic, the courier left the pallet out in the rain. Again. 🙄", "neg", "C"),
    ("Just a gentle nudge that the replacement part promised for Tuesday hasn't turned up.", "neg", "C"),
    ("Half the labels in the last batch printed misaligned.", "neg", "C"),
    ("Your rep promised the training would be free and now it's on the invoice as a line item.", "neg", "C"),
    ("The driver was rude to our receptionist this morning. Not acceptable.", "neg", "C"),
    ("Logins have been painfully slow all week.", "neg", "C"),
    ("Not ideal that we found out about the price change from the invoice rather than from you.", "neg", "C"),
    ("The sensors on turbines 3 and 7 have been offline since Saturday and nobody has called us.", "neg", "C"),
    ("The bread was stale on arrival two days running.", "neg", "C"),
    ("Slightly disappointed that the report promised for Friday still hasn't materialised.", "neg", "C"),
    ("Support keep closing my ticket without fixing anything.", "neg", "C"),
    ("The invoice shows 40 seats but we only have 32 users.", "neg", "C"),
    ("So the 'guaranteed next-day' delivery took four days. Good to know.", "neg", "C"),
    ("ur portal is down AGAIN", "neg", "C"),
    ("The replacement scanners have exactly the same fault as the originals.", "neg", "C"),
    ("Two sync failures this week, and we lost a morning's orders each time.", "neg", "C"),
    ("The installers left scuff marks all over our brand new floor.", "neg", "C"),
    ("Wrong size gloves delivered. We ordered medium and got XL.", "neg", "C"),
    ("Honestly, onboarding has been a shambles. Three different contacts in four weeks.", "neg", "C"),
    ("It's a bit frustrating that every time we call support we have to explain the whole history again.", "neg", "C"),
    ("Love how the 'urgent' callout took 3 days. Really great stuff.", "neg", "C"),
    ("Oh brilliant, the update reset everyone's permissions. Just what I needed on a Monday.", "neg", "C"),
    ("THE PRINTER IS STILL JAMMING. This is the fourth time I've reported it.", "neg", "C"),
    ("Not to be a pain, but we're still waiting on the safety certificates you said you'd send last month.", "neg", "C"),
    ("The fish arrived at 11:40. Lunch service starts at 12. You can imagine how that went.", "neg", "C"),
    ("Three of the twelve chairs arrived with broken castors.", "neg", "C"),
    ("We were told the migration would take a weekend. It's been three weeks.", "neg", "C"),
    ("Your helpline kept me on hold for 50 minutes then cut me off.", "neg", "C"),
    ("the new UI is awful, can't find anything", "neg", "C"),
    ("The boiler you serviced on Tuesday failed on Wednesday.", "neg", "C"),
    ("Once again the driver didn't book in at the gate and was turned away.", "neg", "C"),
    ("Your system double-booked two patients into the same slot. Twice this week.", "neg", "C"),
    ("The tablets in the last order had cracked screens straight out of the box.", "neg", "C"),
    ("Really not happy with how the account was handed over. Nobody told us Rachel had left.", "neg", "C"),
    ("Bit disappointed, to be honest. The reports still don't match what we see in the ledger.", "neg", "C"),
    ("Your invoices keep going to the old address even though we updated it twice.", "neg", "C"),
    ("The grit wasn't spread before the 6am shift, and one of our staff slipped in the car park.", "neg", "C"),
    ("We paid for the premium SLA and got a four-day response. Explain that.", "neg", "C"),
    ("Thanks for nothing.", "neg", "C"),
    ("Appreciate the effort, but the fix didn't fix anything.", "neg", "C"),
    ("3 weeks late. THREE.", "neg", "C"),
    ("it keeps logging me out every 5 min 😤", "neg", "C"),
    ("Not great.", "neg", "C"),
    ("The concrete pour was delayed twice because your pump didn't show.", "neg", "C"),
    ("Hello, the machine you delivered makes very loud noise since first day and the display show error E4 always. It is not acceptable for new machine.", "neg", "C"),
    ("Estimados, the last delivery came with the wrong labels in German, we sell in Spain. Very bad.", "neg", "C"),
    ("Our pupils lost their coursework when the platform went down during the deadline week. The head is furious.", "neg", "C"),
    ("We have been invoiced for a service visit that never took place.", "neg", "C"),
    ("The meat was mislabelled as halal. That's a serious issue for our customers.", "neg", "C"),
    ("Can I just say how 'thrilled' we were to get the wrong pallets for the third time.", "neg", "C"),
    ("With respect, this is the fourth time I'm asking for the same data export.", "neg", "C"),
    ("Forgive me if I've missed something, but I thought we agreed the kit would be calibrated before it shipped. It wasn't.", "neg", "C"),
    ("I'm sure you're busy, but it would have been nice to get a reply before the deadline passed.", "neg", "C"),
    ("> We're sorry to hear about the delay and have escalated internally.\n\nThat's what you said last time. Still nothing has changed.", "neg", "C"),
    ("> Our records show the order was delivered on 12 March.\n\nYour records are wrong. Nothing arrived and nobody signed for it.", "neg", "C"),
    ("> Thanks for raising this, I've logged it as a low priority bug.\n\nLow priority? It's stopping our pharmacists dispensing. Please reconsider.", "neg", "C"),
    ("Hi Mo,\n\nHope all's well. Quick update from our end: the new starters are settling in and the Q2 targets look achievable, so thanks for the help with the templates earlier in the year.\n\nOne thing I do need to raise though: the last three batches of payslips have gone out with the wrong tax code for our Scottish employees. We've had a lot of upset people and HR are having to fix it by hand.\n\nThanks,\nGeorgia", "neg", "C"),
    ("Good morning,\n\nI'm writing on behalf of the residents' committee at Elmstead Court. Over the past month the cleaning rota has been missed on at least five occasions, bins have been left overflowing in the stairwells, and the communal windows haven't been touched since February.\n\nWe would like this put right.\n\nRegards,\nMrs P. Okonkwo", "neg", "C"),
    ("Dear Account Manager,\n\nWe received the shipment of 1,200 units yesterday. On inspection, 86 units had damaged packaging and 14 had visible dents on the housing. Photos attached.\n\nThis is not the quality we expect.\n\nBest regards,\nTomasz Nowak\nQuality Manager, Bielsko Components", "neg", "C"),
]

# Complaint + pricing question (billing disputes, unexplained charges).
H_COMPLAINT_PRICING = [
    ("Why did our bill jump 30% with no warning? This isn't what we agreed.", "neg", "PC"),
    ("We've been invoiced at the old rate again. How exactly is the discount meant to be applied?", "neg", "PC"),
    ("There's a £450 'admin fee' on the invoice that nobody mentioned. What is it for?", "neg", "PC"),
    ("Why are we paying for 50 licences when we told you in January we'd dropped to 35?", "neg", "PC"),
    ("Can someone explain why we've been charged a fuel surcharge on a collection that never happened?", "neg", "PC"),
    ("The price on the invoice doesn't match the quote. Which one is right?", "neg", "PC"),
    ("WHY has the direct debit doubled this month??", "neg", "PC"),
    ("Really annoyed to see the 'loyalty discount' disappear from our bill without explanation. What happened?", "neg", "PC"),
    ("Again with the late payment fee, even though we paid on time. Can you tell me how these are calculated?", "neg", "PC"),
    ("You've charged VAT on the zero-rated items. Can you reissue with the correct rates?", "neg", "PC"),
    ("How is it that the overage charge is more than our whole monthly fee? Nobody warned us we were close.", "neg", "PC"),
    ("We were quoted £3,200 and billed £4,050. What's the difference for?", "neg", "PC"),
    ("Hi Sunil,\n\nI've been going through the Q1 statements and I'm frankly confused. The per-user charge has gone up, there are two new line items I don't recognise, and the credit we were promised for the January outage isn't there.\n\nCould you please explain each of these changes?\n\nThanks,\nImogen", "neg", "PC"),
]

# Complaint + meeting request (escalations).
H_COMPLAINT_MEETING = [
    ("The rollout has been a mess. I want a call with your account director this week.", "neg", "CM"),
    ("Can someone come out today? The freezer alarm has gone off all night and it isn't our thermostat.", "neg", "CM"),
    ("Ring me urgently please. Your system has double-booked half of tomorrow's theatre lists.", "neg", "CM"),
    ("Nothing we've tried has fixed the sync issue. Can we get your engineer on a call with our IT team?", "neg", "CM"),
    ("The last two installs were sloppy. I'd like to meet your operations manager on site to go through it.", "neg", "CM"),
    ("The reports are still wrong. Can we sit down on Monday and go through them line by line?", "neg", "CM"),
    ("Three missed collections this month. Please have someone senior call me.", "neg", "CM"),
    ("Our tills went down during the Saturday rush. Call me as soon as you get this.", "neg", "CM"),
    ("The new line is running at half the rated speed. When can your commissioning engineer come back out?", "neg", "CM"),
    ("This is the third time the dashboard has shown wrong figures to our board. I need a call today to understand what's going on.", "neg", "CM"),
    ("call me re the missing stock. not happy", "neg", "CM"),
    ("The training was a waste of an afternoon, the trainer didn't know the product. Can we redo it with someone who does?", "neg", "CM"),
    ("Dear Ms Patel,\n\nFurther to my previous emails, the roof leak above the server room has returned after your contractor's repair. Water came through onto the racking again on Sunday night.\n\nI would like your surveyor on site this week to assess it in person.\n\nRegards,\nGraham Tully\nEstates Manager", "neg", "CM"),
    ("> Can you confirm the issue is resolved?\n\nIt isn't. Half our drivers still can't log in. Can someone call me please, this is costing us deliveries.", "neg", "CM"),
    ("Why has our monthly charge gone up when the service has been this bad? Call me.", "neg", "PCM"),
    ("We've been overbilled for three months. Can we set up a call with your finance team to work out what we're owed?", "neg", "PCM"),
]

# Complaint + churn threat (and escalations with meeting requests).
H_COMPLAINT_CHURN = [
    ("If the deliveries don't improve we'll be looking elsewhere.", "neg", "CT"),
    ("This is the third outage this month. We're reviewing our options.", "neg", "CT"),
    ("Frankly, after this week I'm not sure we'll renew.", "neg", "CT"),
    ("One more missed delivery and we're done.", "neg", "CT"),
    ("The support has been so poor that our COO has asked me to start talking to your competitors.", "neg", "CT"),
    ("Honestly, the quality has dropped off a cliff. We've started sampling other bakeries.", "neg", "CT"),
    ("We've had nothing but problems since the migration and the team want to go back to the old system.", "neg", "CT"),
    ("After the data breach notification we'll be putting the contract out to tender.", "neg", "CT"),
    ("If this is the level of service we can expect, we won't be renewing in March.", "neg", "CT"),
    ("Sorry, but with the number of failed pickups we've had, we're moving to another courier from next month.", "neg", "CT"),
    ("The app crashes every day. Give me one reason not to cancel.", "neg", "CT"),
    ("We've been patient, but three months of wrong invoices is enough. Please send the cancellation terms.", "neg", "CT"),
    ("your service is a joke, we're switching", "neg", "CT"),
    ("Hi Leon,\n\nI'm sorry to say the last quarter has been really poor. Late deliveries on 11 of 26 drops, two temperature excursions, and no proactive communication on any of it.\n\nOur category director has asked me to bring two alternative suppliers in for trials in June. I wanted you to hear it from me first.\n\nRegards,\nNaomi", "neg", "CT"),
    ("Good evening,\n\nThe heating in block C has been off for four days in November, with elderly residents in the building. Your engineers have been out twice and it is still not working.\n\nThe board will be discussing whether to terminate the maintenance contract at its meeting on Thursday.\n\nM. Fairclough\nChair, Linden House Housing Co-operative", "neg", "CT"),
    ("> Thanks for your patience while we investigate.\n\nOur patience ran out about two weeks ago. We've already had a demo from another provider.", "neg", "CT"),
    ("I need a call with someone senior today. Another failed delivery and we're out.", "neg", "CTM"),
    ("Our sites have been without working scanners for a week. Call me today or I'm starting the exit process.", "neg", "CTM"),
    ("We're very close to walking away. Can your director meet us on Friday to explain how you'll fix the delivery performance?", "neg", "CTM"),
    ("The software has let us down during two audits. I'd like a meeting before our renewal decision next month, because right now the answer is no.", "neg", "CTM"),
    ("The service has been terrible and now the renewal is up 12%? What's the cost to leave at the end of this term?", "neg", "PCT"),
    ("Charged for a premium SLA we never got. Refund the difference or we cancel.", "neg", "CT"),
]

# Churn threats and hints: cancel, not renew, switch, export data, notice periods,
# tenders, consolidation, downsizing. Always negative.
H_CHURN = [
    ("We've been told to review all vendors before renewal.", "neg", "T"),
    ("What's the process to export our data?", "neg", "T"),
    ("Our new parent company has its own provider.", "neg", "T"),
    ("Please don't auto-renew our contract.", "neg", "T"),
    ("We'll be going out to tender when the contract ends in June.", "neg", "T"),
    ("Can you confirm our notice period?", "neg", "T"),
    ("Looks like we'll be consolidating onto the group platform next year.", "neg", "T"),
    ("We've decided not to renew.", "neg", "T"),
    ("Please treat this email as notice of termination under clause 12.2.", "neg", "T"),
    ("The new CIO wants everything with one vendor, and it's probably not going to be you.", "neg", "T"),
    ("How many days' notice do we need to give to cancel?", "neg", "T"),
    ("We're trialling an alternative at the Bristol site.", "neg", "T"),
    ("If things don't change by the end of the quarter we'll have to reconsider the relationship.", "neg", "T"),
    ("We'll let the subscription lapse at the end of the term.", "neg", "T"),
    ("Our board has asked me to benchmark you against two other providers.", "neg", "T"),
    ("Please send over the offboarding checklist.", "neg", "T"),
    ("We'll be moving the Midlands stores to another supplier from next month.", "neg", "T"),
    ("Please hold the renewal invoice for now, we're reviewing whether to continue.", "neg", "T"),
    ("I'm sorry to say we won't be continuing after March.", "neg", "T"),
    ("At renewal we'd like to drop down to the minimum number of seats.", "neg", "T"),
    ("Can we get a full export of our customer records and attachments? Need it in CSV by end of month.", "neg", "T"),
    ("We're bringing the cleaning in-house from April.", "neg", "T"),
    ("Head office has mandated a single national supplier, so our local contract will end.", "neg", "T"),
    ("cancel pls", "neg", "T"),
    ("Please close our account.", "neg", "T"),
    ("Our accountant says we should move everything to the bank's own payroll service.", "neg", "T"),
    ("Just so you're aware, we've had a very competitive offer from Fernleigh and the directors are looking at it seriously.", "neg", "T"),
    ("How do we transfer our domain and mailboxes out?", "neg", "T"),
    ("We're going to pause the service for the foreseeable.", "neg", "T"),
    ("The practice has been sold and the new owners use a different system.", "neg", "T"),
    ("Is there a way to turn off the auto-renewal on our plan?", "neg", "T"),
    ("Our framework agreement comes up for review in September and we'll be opening it up to other bidders this time.", "neg", "T"),
    ("The school is joining a multi-academy trust that has its own catering contract.", "neg", "T"),
    ("We won't be needing the Sheffield route after the lease ends.", "neg", "T"),
    ("Thinking of going back to doing it manually, tbh.", "neg", "T"),
    ("Can you send the data retention policy? We want to know what happens to our records if we leave.", "neg", "T"),
    ("We're scaling back to one site, so we'll only need a fraction of the licences from next year.", "neg", "T"),
    ("Please remove the auto-renew flag. We'll decide nearer the time whether to continue.", "neg", "T"),
    ("Our contract with you will not be extended beyond 31 December. Please acknowledge.", "neg", "T"),
    ("Wir werden den Vertrag zum Jahresende kündigen. We will terminate the contract at year end.", "neg", "T"),
    ("> Your renewal is coming up on 1 July.\n\nThanks. We won't be renewing this time.", "neg", "T"),
    ("> We'd love to hear how you're getting on with the platform!\n\nHonestly, we've barely used it since the spring. Not sure it makes sense to keep paying for it.", "neg", "T"),
    ("Hi Jess,\n\nJust a courtesy heads-up. As you may know, we were acquired by Halvorsen Group in the summer. Their integration team is working through all our supplier contracts and the intention is to move us onto their group-wide logistics partner over the next year.\n\nNothing is decided for your contract specifically, but I wanted to be upfront.\n\nBest,\nOwen", "neg", "T"),
    ("Dear Sir or Madam,\n\nWe write to give formal notice that Ridgeway Veterinary Partners wishes to terminate the software licence agreement dated 3 March 2021 with effect from the end of the current term.\n\nPlease confirm receipt and advise on the data handover arrangements.\n\nYours faithfully,\nS. Abara\nPractice Director", "neg", "T"),
]

# Churn + pricing, churn + objection, churn + meeting.
H_CHURN_MIX = [
    ("What would it cost to exit the contract early?", "neg", "PT"),
    ("Is there a penalty if we cancel before the term ends?", "neg", "PT"),
    ("If we don't renew, do we still pay for the final month?", "neg", "PT"),
    ("Will we get a pro-rata refund if we close the account mid-year?", "neg", "PT"),
    ("How much notice do we need to give, and are there any exit fees?", "neg", "PT"),
    ("If we drop to the basic plan at renewal, what would we be paying?", "neg", "PT"),
    ("What's the charge for a full data export if we leave?", "neg", "PT"),
    ("Your competitor is offering to buy out our remaining term. What would the early termination fee come to?", "neg", "PT"),
    ("Kestrel quoted us 20% less and our contract's up in May.", "neg", "OT"),
    ("Honestly the renewal price is hard to justify. We're looking at other options.", "neg", "OT"),
    ("We're being asked to cut costs by 15% and your contract is the biggest line. It may not survive the review.", "neg", "OT"),
    ("Budgets have been slashed and we can't afford to renew at the new rate.", "neg", "OT"),
    ("The new pricing makes you the most expensive supplier on our list. We'll likely move at renewal.", "neg", "OT"),
    ("Your annual increase is 3x inflation. Why would we stay?", "neg", "OT"),
    ("Without the offline mode you promised, I can't see us renewing.", "neg", "OT"),
    ("Our new owners say we can't justify two systems, so we'll probably drop yours.", "neg", "T"),
    ("We can get the same service bundled with our telecoms for free. Struggling to see why we'd keep paying you.", "neg", "OT"),
    ("Match their price and we'll renew for three years. If not, we'll move at the end of the term.", "neg", "OTB"),
    ("We'd like to stay, but only if the renewal uplift is dropped. Otherwise we'll go to tender.", "neg", "OTB"),
    ("If you can bring the per-seat cost down to what Navra charge, we'll sign another two years. Otherwise we're leaving.", "neg", "OTB"),
    ("Can you do anything on price? Our renewal is due and finance want us to switch to the cheaper option.", "neg", "POT"),
    ("What's the lowest renewal price you can offer? The other quote we've got is a lot less.", "neg", "POT"),
    ("Before we decide on renewal, can we have a call? Being honest, we're leaning towards leaving.", "neg", "TM"),
    ("We've been asked to review all suppliers. Could you come in and make your case to our ops director?", "neg", "TM"),
    ("Ring me. The board is talking about switching providers and I want to hear your side first.", "neg", "TM"),
    ("We're considering moving to another platform at renewal. Can we set up time to talk through our options?", "neg", "TM"),
    ("Can we arrange an exit meeting to plan the handover of our data?", "neg", "TM"),
    ("The new owners want to consolidate suppliers. Can we talk next week about what a lower-cost option would look like to keep us?", "neg", "POTM"),
    ("Renewal's due and we've had a cheaper offer. Can you call me about what you can do on price?", "neg", "POTM"),
]

# Mixed and stylistically hard messages: praise + complaint, understatement,
# passive-aggressive politeness, CAPS, emoji, chat shorthand, non-native English,
# long emails with the point at the end, replies quoting the vendor ("> ...").
H_HARD_MIX = [
    ("Love the product, but the last three invoices have all been wrong.", "neg", "C"),
    ("Your people are lovely, genuinely. The deliveries, less so. Two late this week.", "neg", "C"),
    ("Great demo, but the pricing is way beyond what we can do.", "neg", "O"),
    ("The new features are great. Shame the app now takes a full minute to load.", "neg", "C"),
    ("Fab training session! Just a pity the kit for the practical didn't turn up.", "neg", "C"),
    ("Big fan of the platform, but if the renewal really is +18% we'll have to look around.", "neg", "OT"),
    ("Thanks for the quick response. Unfortunately the fix hasn't worked and the error is back.", "neg", "C"),
    ("Appreciate you getting back to me, but 'we're looking into it' for three weeks isn't really an answer.", "neg", "C"),
    ("Everything's fine apart from the fact that nothing has been delivered.", "neg", "C"),
    ("Minor thing, but the pallets came in 4 hours late and we had to pay the warehouse team overtime.", "neg", "C"),
    ("Not the end of the world, but we did lose a day's production when the sensor feed dropped.", "neg", "C"),
    ("Could be better. The hotline's been engaged every time I've called this week.", "neg", "C"),
    ("Slight issue: your van reversed into our gatepost.", "neg", "C"),
    ("Would it be too much to ask for the invoices to be correct for once?", "neg", "C"),
    ("Kind reminder that this is now the fifth reminder.", "neg", "C"),
    ("As previously mentioned (twice), the ward still has no working chargers.", "neg", "C"),
    ("Thanks for the update. Any chance the next one could include an actual delivery date?", "neg", "C"),
    ("Good to see the maintenance window ran over by only six hours this time.", "neg", "C"),
    ("Well that's one way to start a Monday: the whole system down and no status page update.", "neg", "C"),
    ("WE HAVE NO STOCK AND A STORE OPENING TOMORROW. WHERE ARE THE FIXTURES?", "neg", "C"),
    ("NEED SOMEONE ON THE PHONE NOW. Line 2 is down and your remote support isn't answering.", "neg", "CM"),
    ("DO NOT RENEW. I've said this three times.", "neg", "CT"),
    ("PLEASE SEND THE CONTRACT!! We want to start Monday 🙏", "pos", "B"),
    ("THANK YOU THANK YOU THANK YOU. The gala went perfectly 🎉", "pos", ""),
    ("HOW MUCH for the extra 10 licences? Need a number today pls", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("🙄🙄🙄 another missed slot", "neg", "C"),
    ("😡 the order is wrong AGAIN", "neg", "C"),
    ("👍 all good, received", "neu", ""),
    ("🔥🔥 the new dashboard. more seats pls, 5 for the ops team", "pos", "B"),
    ("📞? tmrw 10am", "neu", "M"),
    ("💸💸 bit steep no?", "neg", "O"),
    ("lol no, that's 3x our budget", "neg", "O"),
    ("tbh we're kinda over it, thinking of switching", "neg", "T"),
    ("gr8 thx, can u send PO form", "pos", "B"),
    ("fyi invoice #8812 has wrong qty, pls fix", "neg", "C"),
    ("any chnace of a discnt if we pay upfrnt?", "neu", "P"),
    ("r u free 2day 4 a quick call re renewal?", "neu", "M"),
    ("wat happened to our delivery??", "neg", "C"),
    ("cant login since 8am, whole team stuck, call me", "neg", "CM"),
    ("need 2 more vans on the contract asap, how much", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("nah we'll pass for now, budget's gone", "neg", "O"),
    ("ok so what's the exit fee", "neg", "PT"),
    ("Hello, we are very happy with the product but the delivery is always late 1 or 2 weeks. Please you can improve this?", "neg", "C"),
    ("Dear, I want to ask if is possible to have one meeting next week with your technical person for explain us the installation.", "neu", "M"),
    ("Good day sir, kindly send to us the proforma invoice for the 20 units so we can proceed the payment.", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("Hello, the price is little high for us. If you give 10% discount we can make order this month.", "neg", "OB"),
    ("Dear partner, we decide to stop the cooperation after this season because our new director choose other company.", "neg", "T"),
    ("Hi, I am not satisfy with the last service, the technician come very late and not finish the work.", "neg", "C"),
    ("Please we need the quotation for 500 meters of the cable, delivery to Gdańsk port.", "neu", "P"),
    ("Hallo, we have interest to extend the licence for 2 more years. Please send new contract.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Thank you very much for your support, your team is very professional, we are glad to work with you.", "pos", ""),
    ("Sorry my english. The machine is stop again and production is waiting. Please call to me urgent.", "neg", "CM"),
    ("Bonjour, can we do the video call on Thursday instead Wednesday? I have a problem with my agenda.", "neu", "M"),
    ("Dear Sirs, we have receive two invoices for the same order. Which one we must to pay?", "neg", "PC"),
    ("Grazie! All the wine arrived perfect, no bottle broken. Very good job.", "pos", ""),
    ("> Shall I go ahead and raise the order for the 40 units?\n\nYes please.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("> Would Tuesday 2pm suit for the review?\n\nYes, that works.", "neu", ""),
    ("> Happy to jump on a call if that helps.\n\nThanks, not needed. All clear now.", "neu", ""),
    ("> Please let us know if you have any questions about the new pricing.\n\nJust one: does the new rate apply to existing contracts or only new ones?", "neu", "P"),
    ("> We're really sorry about the missed collection.\n\nApology accepted, these things happen. Can we rebook the collection for Thursday?", "neu", ""),
    ("> Our engineer will be with you by 10am.\n\nIt's now 2pm and nobody's here.", "neg", "C"),
    ("> As discussed, the price for the extended warranty is £240 per unit.\n\nFine. Add it to all 30 units on the current order please.", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("> Let me know if there's anything else I can help with!\n\nThere is actually. Can you explain why we're still being billed for the Slough office? We closed it in June.", "neg", "PC"),
    ("> We value your business and hope to continue working with you.\n\nThen you need to sort out the service levels, because at the moment we're planning to move at renewal.", "neg", "CT"),
    ("> Just checking in to see how the new system is bedding in.\n\nIt's been great, the team are loving it. Actually, could you quote us for adding the warehouse staff too?", "pos", "PB"),
    ("> I've attached the renewal quote for your review.\n\nThanks. It's up 11% on last year which we weren't expecting. Can we talk before I take it to the partners?", "neg", "OM"),
    ("> Sorry, I'm fully booked on Thursday.\n\nFriday morning then? Any time before 11.", "neu", "M"),
    ("> Your account is now overdue. Please arrange payment at your earliest convenience.\n\nPaid yesterday, remittance attached.", "neu", ""),
    ("> Hi, just wanted to introduce myself as your new account manager!\n\nHi Callum, welcome. Ours is a simple account so I don't expect you'll hear much from us.", "neu", ""),
    ("> Would you like to extend your contract for another year at the current rate?\n\nNot at this stage. We're reviewing all our suppliers over the summer.", "neg", "T"),
    ("Hi Sara,\n\nHope you're well and that the move to the new office went smoothly.\n\nA few bits from our end. First, thanks for the updated SOPs, they've been rolled out to both shifts. Second, we've changed our goods-in hours to 6am-2pm from next month, so please update the booking system.\n\nLastly, and most importantly: can you send over the contract for the additional 4 lines we discussed? We'd like to get them running before peak.\n\nBest,\nKarl", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Dear Tom,\n\nThank you for your email and the updated product catalogue. I've circulated it to the heads of department, and the science team in particular were pleased to see the new data loggers.\n\nI also wanted to let you know that our exams officer, Mrs Bhatt, retires at Easter, so please make sure future correspondence about exam stationery goes to me.\n\nFinally, following the budget review, the governors have decided not to renew the VLE licence when it expires in August. We'll be moving to the platform the trust provides.\n\nKind regards,\nRichard Osei\nBusiness Manager", "neg", "T"),
    ("Hi both,\n\nGreat to see you at the expo, and thanks for the lunch.\n\nI've shared the brochure with our ops director and he liked the look of the route optimisation piece. He has asked me to find out whether the telematics would work with our older vehicles (2014 and earlier).\n\nAlso, could you let me know what the cost would be per vehicle per month for a 40-strong fleet?\n\nCheers,\nLiam", "neu", "P"),
    ("Morning Fatima,\n\nJust following up on the conversation last week. Our engineering team have now tested the sample valves and they performed well within spec, so thanks for getting those over so fast.\n\nWe're in the middle of year-end so things are a bit frantic here.\n\nWould you be free for a call on Tuesday or Wednesday next week to talk about the full order?\n\nRegards,\nBrendan", "pos", "BM"),
    ("Hi Declan,\n\nThanks for the Q3 service report. Uptime figures look good and the team appreciated the quick turnaround on the pump replacement at the Ashford site.\n\nA couple of admin points: our new purchase ledger contact is Yusuf Ali, and please note our PO format has changed to include the site code.\n\nOne last thing. Our group finance director has asked every department to go out to market on contracts over £50k at renewal, so yours will be going out to tender next spring. Nothing personal, just new policy.\n\nBest,\nCarmen", "neg", "T"),
    ("Hello Mr. Ibarra,\n\nThank you for the visit last month and the samples of the organic flour. Our bakers tested them in the sourdough and the croissant lines and the results were good.\n\nBefore we decide, we need to know the price per tonne for a monthly volume of 18 tonnes, delivered to our Valencia plant, and the payment terms you can offer.\n\nBest regards,\nLucía Ferrer\nPurchasing, Hornos Ferrer S.L.", "neu", "P"),
    ("Hi Grant,\n\nHope the family are well.\n\nWe had the quarterly safety committee yesterday and your harness inspection records came up - the committee were very impressed by how thorough they were, so well done to your inspectors.\n\nWe also discussed the budget for next year. Unfortunately with the new site in Dundee eating up most of the capex, the committee have decided to postpone the fall-arrest upgrade we talked about until at least 2026.\n\nRegards,\nMoira", "neg", "O"),
    ("Hey Jordan,\n\nQuick update on the roll-out: the Manchester team are live and happy, Birmingham go live next week.\n\nUnrelated, but our CTO was asking about SOC 2. Do you have a report you can share under NDA?\n\nAnd finally, I've been told to ask: the invoice for Q2 came through at £14,300 when the contract says £12,800. What's the extra £1,500 for?\n\nThanks!\nPriya", "neu", "P"),
    ("Hi Anton,\n\nI wanted to write properly rather than fire off an angry email.\n\nWe chose your platform because of the promised integration with our EHR. Six months in, it still isn't working, our clinicians are double-keying every appointment, and the workarounds your team suggested have added hours to every clinic.\n\nI've been asked by our medical director to prepare an options paper for the board, and that will include terminating the contract. Before I do, I'd like a meeting with your head of product and your implementation lead, ideally this week.\n\nRegards,\nDr. Helen Marsh\nClinical Systems Lead", "neg", "CTM"),
    ("Hi Ellie,\n\nThanks for hosting us at the plant last week, the tour was really helpful and the team enjoyed seeing the new extrusion line.\n\nWe've now had a chance to review your proposal internally. Everyone likes the product, but the unit price is about 12% above what we pay our current supplier, and the 16-week lead time is a concern for our Q1 launch.\n\nIf you can get closer on price and commit to 10 weeks, we'd be ready to place an initial order for 25,000 units.\n\nBest,\nMarco", "neg", "OB"),
    ("Hi Ravi,\n\nA quick note on a few things.\n\n1. The training portal is great, we've had 80% completion already.\n2. Could you add Juliet Park (juliet.park@kentwell-health.example) as an admin?\n3. We'll need another 15 licences for the district nursing team from November. Can you send a quote?\n\nThanks,\nBeth", "pos", "PB"),
    ("Hey Nikhil,\n\nSo, last week was rough. Two outages, the status page said 'operational' throughout, and our support ticket was answered by a bot that asked if we'd tried clearing our cache.\n\nI get that incidents happen. What I don't get is the silence. Our CEO has asked me whether we should be looking at alternatives, and right now I don't have a good answer for her.\n\nCan you and your head of support give me 30 minutes this week?\n\nJess", "neg", "CTM"),
    ("Hi Wendy,\n\nApologies for the radio silence, we've had Ofsted in.\n\nThe good news is it went well and the inspectors commented positively on the attendance tracking, which of course comes from your system.\n\nLooking ahead, I've got a meeting with the finance committee next week. I need to understand what the costs would be if we extended the licence to our sixth form college, roughly 900 extra students.\n\nMany thanks,\nTrevor", "pos", "PB"),
    ("Hi all,\n\nThe Q3 board pack is attached for info.\n\nFor your team specifically: board noted the improvement in on-time delivery (96% vs 89% last quarter), which is great.\n\nThey also approved extending the contract to include the two new distribution centres from January. Please send through the contract variation and let me know who will manage the onboarding.\n\nThanks,\nIsobel", "pos", "B"),
    ("Hi Femi,\n\nThank you for sending the SOC 2 report and pen test summary. Our security team have reviewed both and have no concerns.\n\nWe have also now completed reference calls with two of your customers, both positive.\n\nThe only outstanding item is commercial. Our budget for year one is £28,000 and your proposal is at £36,500. Unless we can close that gap, I don't think I'll get approval.\n\nKind regards,\nAdaeze", "neg", "O"),
    ("Hey Luca, great news on our side: the funding round closed! 🎉 Which means we can finally do the upgrade. Can you send the Enterprise contract? And can the first year be invoiced in two halves?", "pos", "PB"),
    ("Big thanks for last week's workshop. Really good energy in the room. Next step from our side is to get the order signed. Who should our legal team speak to?", "pos", "B"),
    ("Please pass on our thanks to Ahmed. He's been a real help during a tricky few weeks. Also, our accounts team wonder whether we could move to quarterly invoicing from next year?", "pos", "P"),
    ("The new vehicles are great and the drivers are happy. Could you send a quote for three more for the Preston depot?", "pos", "PB"),
    ("Cheers for sorting the access issue so quickly. While I have you: what's the process to add another warehouse to our account?", "pos", "B"),
    ("No complaints about the product. The problem is the price - we're paying double what we used to and the board has noticed.", "neg", "O"),
    ("Not cancelling, just want to move our renewal date to line up with the financial year. Is that possible?", "neu", "P"),
    ("We're not going anywhere, don't worry! Just want a copy of our data for an internal audit.", "neu", ""),
    ("Honestly no issues at all this quarter. Can we get the same rate locked in for next year?", "neu", "PB"),  # was pos; CONVENTIONS.md 10: no praise
    ("No need for a call, the notes covered everything. Go ahead and book the installation for the 14th.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("The 'problem' with the dashboard was user error on my part, sorry! Everything's working as it should.", "neu", ""),
    ("I'm not complaining, but why is there a £35 delivery charge on an order over £1,000? I thought those were free.", "neu", "P"),
    ("Cancelled our internal meeting, so I'm free at 3 after all if you want to talk through the spec.", "neu", "M"),
    ("Our previous supplier went bust, which is why we're coming to you. Could you quote for 800 uniforms for September?", "neu", "P"),
    ("We switched to you from Larkspur last year and haven't looked back.", "pos", ""),
    ("Our old provider's contract ends in March, so the timing's perfect. Let's get the order form signed.", "neu", "B"),  # was pos; CONVENTIONS.md 10: no praise
    ("Sorry to bother you again, but the replacement part still hasn't arrived.", "neg", "C"),
    ("I hate to be that person, but the invoice is wrong again.", "neg", "C"),
    ("We've been quite patient with the delays so far.", "neg", "C"),
    ("Don't get me wrong, we're happy overall. But we're paying for 24/7 support and nobody picks up after 6.", "neg", "C"),
    ("The team love it. Finance don't. Any chance of a better rate at renewal?", "neg", "PO"),
    ("We'd genuinely like to keep working with you, but we've been offered the same service for a lot less. Can you do anything?", "neg", "POT"),
    ("It works, it's just slow. And not cheap. And support takes days. Starting to wonder why we're still here.", "neg", "CT"),
    ("Everything's been perfect except for the billing, which has been a nightmare. Can someone from finance call me?", "neg", "CM"),
    ("Happy to renew if you can fix the reporting bug that's been open since January.", "neg", "OCB"),
    ("We'd like to add the Leeds team, but we're still waiting on a fix for the export issue we raised in May, so let's get that sorted first.", "neg", "OCB"),
    ("We'd order more from you, but honestly your deliveries aren't reliable enough right now.", "neg", "OC"),
]

# More churn threats and hints, alone and combined.
H_CHURN_MORE = [
    ("Our procurement team has asked for your contract end date and termination terms.", "neg", "T"),
    ("We've started a proof of concept with another vendor, just so you know.", "neg", "T"),
    ("Can you remind me when our minimum term ends?", "neg", "T"),
    ("The group is standardising on one CRM, and I'm not sure it'll be yours.", "neg", "T"),
    ("We're going to run the two systems side by side for a month and then decide which one stays.", "neg", "T"),
    ("Please downgrade us to the free tier at the end of this billing cycle.", "neg", "T"),
    ("Who do I speak to about winding down our account?", "neg", "T"),
    ("Our new CFO is questioning every subscription, yours included.", "neg", "T"),
    ("Your contract is on the list for the cost-cutting review next month.", "neg", "T"),
    ("We probably won't need you after the restructure.", "neg", "T"),
    ("can we get our data out before the end of the month? moving to something else", "neg", "T"),
    ("Heads up, the farm cooperative is voting on a new machinery supplier in June.", "neg", "T"),
    ("The hospital's moving to a managed service, so the direct contract with you will probably fall away.", "neg", "T"),
    ("Do we need to give notice in writing or is email OK?", "neg", "T"),
    ("We won't be booking the summer programme again.", "neg", "T"),
    ("Thanks for everything over the years, but we've decided to go in a different direction.", "neg", "T"),
    ("Your account manager keeps changing and nobody knows our setup. We're seriously thinking about leaving.", "neg", "CT"),
    ("After the price rise and the outages, the committee voted to seek alternative quotes.", "neg", "OCT"),
    ("Your rates went up 20% while the service went down. We're looking around.", "neg", "OCT"),
    ("Can someone talk me through the cancellation process on a call? I'd rather not do it by email.", "neg", "TM"),
    ("Not happy. Not renewing. Call me if you want to know why.", "neg", "CTM"),
    ("How much would we save if we cut back to just the London office at renewal?", "neg", "PT"),
    ("Is the early termination fee negotiable? We're merging with another practice.", "neg", "PT"),
    ("We have a competing offer on the table. Can you come in with a better renewal price, or should I give notice?", "neg", "POT"),
    ("Hi Simone,\n\nI hope you had a good summer.\n\nI'm writing to let you know that, following the merger with Tavistock Dental, the combined group will use the booking system Tavistock already has. We'll need to migrate our records across by the end of the year.\n\nCould you let me know what format the export comes in?\n\nThanks,\nAndrew", "neg", "T"),
    ("Hiya,\n\nThe new starter pack looks great, so thanks for that.\n\nThat said, I've got to be honest with you: our budget for next year has been cut by a third and your contract is the single biggest line in it. Unless there's a cheaper option, I can't see how we keep it.\n\nWhat would the basic tier cost us?\n\nChloe", "neg", "POT"),
]

HAND_GROUPS = [H_NEUTRAL, H_POSITIVE, H_PRICING, H_MEETING, H_PRICING_MEETING,
               H_BUYING, H_BUYING_PRICING, H_BUYING_MEETING, H_PRAISE_MIX,
               H_OBJECTION, H_OBJECTION_PRICING, H_OBJECTION_BUYING, H_OBJECTION_MEETING,
               H_COMPLAINT, H_COMPLAINT_PRICING, H_COMPLAINT_MEETING, H_COMPLAINT_CHURN,
               H_CHURN, H_CHURN_MIX, H_HARD_MIX, H_CHURN_MORE]
HAND = [entry for group in HAND_GROUPS for entry in group]

# ---------------------------------------------------------------------------
# COMPOSED MESSAGES: hand-written parts, assembled with a fixed seed
# ---------------------------------------------------------------------------

FIRST = ["Aaliyah", "Bogdan", "Ciaran", "Dalia", "Emeka", "Freya", "Gustavo", "Hana", "Ifeoma",
         "Jasper", "Kirsty", "Lorenzo", "Mairead", "Nikos", "Oona", "Parveen", "Quentin", "Rhiannon",
         "Stellan", "Tamsin", "Umar", "Vesna", "Wyn", "Ximena", "Yusra", "Zeb", "Anneke", "Bilal",
         "Cormac", "Delphine", "Eero", "Fenella", "Grzegorz", "Hollis", "Ines", "Jonah", "Kalinda",
         "Lars", "Marisol", "Nnamdi", "Odette", "Piers", "Rosalind", "Sanjay", "Thea", "Ulrike"]
LAST = ["Abernethy", "Bakshi", "Calloway", "Drummond", "Eze", "Fairbairn", "Galloway", "Hartigan",
        "Iqbal", "Jarvinen", "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura", "Ostrowski", "Pennington",
        "Quayle", "Ramsden", "Sorensen", "Trelawney", "Udeh", "Vasquez", "Whitlow", "Yardley", "Zielinski"]
REPS = ["Hattie", "Owain", "Sunita", "Marek", "Leona", "Dev", "Clodagh", "Ruben", "Aoife", "Kwame",
        "Beatrix", "Tariq", "Ingrid", "Fergus", "Lola", "Nadim", "Petra", "Seb"]
SITES = ["Leeds", "Swindon", "Cardiff", "Inverness", "Norwich", "Belfast", "Plymouth", "Lincoln",
         "Stoke", "Dundee", "Wrexham", "Exeter", "Carlisle", "Reading", "Galway", "Rotterdam",
         "Lyon", "Gdansk", "Preston", "Luton", "Hereford", "Ipswich"]
COMPETITORS = ["Vantora", "Brightmere", "Quillon", "Strandline", "Ostery", "Pemberton & Vale",
               "Kelvaro", "NorthBay", "Tallis Group", "Corvane"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TIMES = ["9", "10:30", "11", "2", "3", "4", "half 9", "midday"]
MONTHS = ["January", "March", "April", "June", "September", "October", "November"]
TITLES = ["Operations Manager", "Head of Procurement", "Practice Manager", "Finance Director",
          "Site Manager", "IT Lead", "Store Manager", "Facilities Coordinator", "Bursar",
          "Head Chef", "Plant Manager", "Office Manager", "COO", "Category Buyer"]

# name, company suffixes, items (plural), units (countable, plural), issues (past-tense
# clauses), team, add-on, project, feature, approver
INDUSTRIES = [
    ("healthcare", ["Health", "Care Group", "Clinics", "Medical"],
     ["infusion pumps", "bed sensors", "handheld scanners"], ["licences", "pumps", "handsets"],
     ["the pumps kept alarming for no reason on the night shift", "the scanners dropped off the wifi during ward rounds",
      "two of the new bed sensors failed within a week"],
     "ward managers", "remote monitoring add-on", "the EPR go-live", "an HL7 interface", "the trust board"),
    ("logistics", ["Logistics", "Haulage", "Freight", "Distribution"],
     ["trackers", "handheld terminals", "trailers"], ["vans", "trackers", "driver licences"],
     ["the Tuesday collection was missed", "the pallets arrived with crushed corners",
      "the tracking showed the wrong ETAs all week"],
     "depot managers", "proof-of-delivery module", "the depot move", "multi-drop routing", "our MD"),
    ("food", ["Foods", "Kitchens", "Catering", "Hospitality"],
     ["chilled deliveries", "combi ovens", "dry goods"], ["cases", "kitchens", "sites"],
     ["the chilled order arrived warm", "half the veg was past its best on arrival",
      "the sandwiches came with the wrong allergen labels"],
     "head chefs", "allergen management module", "the menu relaunch", "recipe costing", "the owners"),
    ("manufacturing", ["Engineering", "Components", "Manufacturing", "Precision"],
     ["line sensors", "spare parts", "torque tools"], ["machines", "sensors", "seats"],
     ["the line sensors went offline overnight", "the spare parts came in the wrong revision",
      "the calibration certificates were missing from the shipment"],
     "shift supervisors", "predictive maintenance package", "the line upgrade", "OPC UA support", "group engineering"),
    ("retail", ["Retail", "Stores", "Outfitters", "Home"],
     ["shelf-edge labels", "POS terminals", "store fixtures"], ["stores", "tills", "licences"],
     ["the tills froze during the Saturday rush", "the fixtures turned up a day after the store opened",
      "the price labels printed with last month's prices"],
     "store managers", "loyalty module", "peak trading", "click-and-collect support", "the buying director"),
    ("saas", ["Software", "Labs", "Digital", "Analytics"],
     ["dashboards", "user accounts", "integrations"], ["seats", "licences", "workspaces"],
     ["the overnight sync failed", "the CSV export broke after the update",
      "the dashboard timed out every morning this week"],
     "leadership team", "SSO add-on", "our ERP migration", "a Salesforce integration", "our CFO"),
    ("energy", ["Energy", "Power", "Renewables", "Utilities"],
     ["smart meters", "monitoring units", "inverters"], ["sites", "meters", "monitoring units"],
     ["the meter readings stopped coming through", "the inverter fault alarm went unanswered for three days",
      "last week's half-hourly data went missing"],
     "estates team", "carbon reporting module", "the net-zero audit", "half-hourly export", "the finance committee"),
    ("education", ["Academy", "College", "Schools Trust", "Learning"],
     ["laptops", "student licences", "revision guides"], ["student licences", "laptops", "classrooms"],
     ["the platform went down in the middle of mock exams", "half the laptops arrived without chargers",
      "the timetable sync wiped our room bookings"],
     "heads of department", "parent app", "the Ofsted inspection", "MIS integration", "the governors"),
    ("construction", ["Construction", "Builders", "Civils", "Contracting"],
     ["site cabins", "scaffold towers", "excavators"], ["cabins", "machines", "sites"],
     ["the scaffold inspection tags were out of date", "the excavator broke down on day two",
      "the cabins arrived without keys"],
     "site managers", "telematics package", "the phase two works", "weekend call-out cover", "the QS"),
    ("facilities", ["Facilities", "Property", "Estates", "Services"],
     ["washroom units", "cleaning rotas", "security patrols"], ["buildings", "floors", "sites"],
     ["the cleaners missed the third floor", "the washrooms weren't restocked over the weekend",
      "the patrol logs had gaps overnight"],
     "building managers", "deep-clean service", "the office move", "out-of-hours cover", "the landlord"),
    ("agriculture", ["Farms", "Growers", "Agri", "Produce"],
     ["soil probes", "feed deliveries", "drone surveys"], ["probes", "farms", "drones"],
     ["the feed delivery was two tonnes short", "the soil probes stopped reporting",
      "the drone survey came back with gaps"],
     "farm managers", "yield mapping add-on", "harvest", "an offline mode", "the co-op committee"),
    ("legal", ["LLP", "Solicitors", "Chambers", "Legal"],
     ["document templates", "e-signing credits", "case files"], ["fee earners", "users", "seats"],
     ["the e-sign links expired before clients could sign", "time entries disappeared overnight",
      "the billing export was out by a few pounds on every matter"],
     "partners", "conflict-check module", "year end", "a Xero link", "the partners"),
]
CO_PREFIX = ["Ashdown", "Brackenridge", "Coldharbour", "Dunmore", "Elmcroft", "Fallowfield", "Greystone",
             "Holloway", "Ivybridge", "Juniper", "Kingsmere", "Larchfield", "Millbrook", "Northcote",
             "Oakhanger", "Pendle", "Queensway", "Redhill", "Saltmarsh", "Thornbury", "Upton", "Wolds"]

GREETINGS = ["Hi {rep},", "Hello {rep},", "Dear {rep},", "Morning {rep},", "Hey {rep}!", "{rep},",
             "Hi there,", "Good afternoon,", "Hi team,", "Dear Sir/Madam,", "Afternoon all,", "Hi {rep}",
             "Good morning {rep},", "Evening {rep},"]
OPENERS = ["Hope you're well.", "Hope the week's going OK.", "Quick one.", "Following up on last week.",
           "Sorry for the delay in getting back to you.", "Hope you had a good weekend.",
           "Just catching up on emails after a few days away.", "Hope all's well with you.",
           "Apologies for the long email.", "Writing on behalf of {me2}, who's on leave.",
           "Thanks for your note on {day}.", "Bit of a mixed update from us."]
SIGNOFFS = ["Thanks,\n{me}", "Best,\n{me}\n{title}, {co}", "Cheers\n{me}", "Kind regards,\n{me}",
            "Sent from my iPhone", "{ini}", "Regards,\n{me} | {title} | {co}", "Many thanks\n{me}",
            "Best wishes,\n{me}", "Thanks in advance,\n{me}\n{co}", "--\n{me}\n{title}", "Ta\n{me}", ""]
CONTEXT = [
    "We've just finished the annual stocktake at {site}, so apologies if I've been slow on email.",
    "Our new {title2} started on Monday and will be copied in on things from now on.",
    "The works at {site} are still going on, so deliveries need to come in via the rear gate for a few more weeks.",
    "We had our quarterly review with the {team} yesterday and went through the usual operational stuff.",
    "Things are busy here with {project} coming up, so I'll keep this brief.",
    "For info, our accounts payable team has moved to a new shared mailbox: ap@{dom}.example.",
    "I've attached the updated site contact list, as a couple of names have changed since spring.",
    "We're closed on the bank holiday Monday, so nothing will be received that day.",
    "Our IT team are rolling out new laptops this month, so if anyone on our side goes quiet, that's why.",
    "Thanks for the notes from the last call, I've shared them with the {team}.",
    "Just to confirm, the delivery address for {site} hasn't changed.",
    "The {team} asked me to pass on that the new contact sheet is on the portal.",
    "We're also in the middle of moving offices, so bear with us.",
    "{me2} from our finance team will be picking up the admin side going forward.",
]
NEUTRAL_BITS = [  # no intent, including hard negatives
    "The invoice arrived, thanks.", "No need to call, it's all sorted now.",
    "We fixed the login problem on our side, it was a proxy setting.",
    "Not planning to cancel anything, just tidying up our contact list.",
    "Confirming receipt of the {items}.", "The price list is saved on our shared drive now.",
    "Thursday's meeting was cancelled on our side, so nothing for you to do there.",
    "Can you confirm the delivery address for {site} is still right on your system?",
    "Is there a user guide for the {items}?", "{me2} is taking over as our main contact from next week.",
    "Please make sure drivers book in at the gatehouse.", "No complaints from us, just confirming the schedule.",
    "The problem with the label printer was our fault, please ignore my last email.",
    "Our purchase order format now includes the site code, for info.",
    "We've updated our VAT number, new certificate attached.", "What's the lead time on the {items} at the moment?",
    "Can the {items} be delivered to the side entrance?", "Our renewal went through last month, so please ignore the reminder.",
    "Attached are the signed minutes from the review.", "Do the {items} come with a manual in Welsh?",
    "We're not switching anything, just checking who our account manager is now.",
    "I'll get back to you once I've spoken to {me2}.", "Tuesday works, see you then.",
]
QUOTES_VENDOR = [
    "> Just checking whether you'd like to book a call about your renewal?",
    "> Our prices will increase by 4% from {month}.",
    "> Sorry to hear about the issue with the last delivery, we've logged it.",
    "> Let us know if you'd like a quote for the additional sites.",
    "> Hi, just checking in. How are things going with the {items}?",
    "> Please find attached your invoice for {month}.",
    "> Would you be interested in our new {addon}?",
    "> We noticed your contract is up for renewal soon.",
    "> Thanks for your time on the call earlier.",
    "> Is there anything we could be doing better?",
]

PRICE = [
    "Is VAT included in the figure you gave us?", "Could you send a cost breakdown for {site}?",
    "Do you offer a discount for paying annually?", "What are the payment terms on this?",
    "Can invoices go to our AP team rather than to me?", "How much is the {addon}?",
    "Is there a price break above {n} {units}?", "Does the price include delivery to {site}?",
    "Why has the monthly charge changed since {month}?", "Can we be billed quarterly?",
    "what's the rate for the {addon}?", "Could you put a quote together for the {site} site?",
    "Do you have a rate card you could share?", "Are your prices fixed for the year?",
    "Is there a cheaper tier for occasional users?", "How much would the {addon} add per month?",
    "Do you charge extra for weekend work?", "Can we pay in two instalments?",
    "Could the PO number go on the invoice?", "What would the {addon} cost across all our sites?",
    "Is the quote per unit or per site?", "How are overage charges worked out?",
    "Could you confirm what we paid per unit last year?", "Can you invoice the {site} entity separately?",
]
PRICE_MORE = [  # asks the price of more of what they have: pricing + buying
    "What would {n} more {units} run us?", "Could you quote for another {n} {units}?",
    "How much to add {site} to our contract?", "Can you price up {n} extra {units} for the new team?",
]
BUY = [
    "We'd like to go ahead.", "Please send the contract over.", "Can we add {n} more {units}?",
    "We want to extend this to {site}.", "PO to follow tomorrow.", "Happy to proceed on the terms in your proposal.",
    "Let's get {site} onboarded next.", "We're keen to renew for another year.",
    "What's the earliest start date you can offer?", "Who do I send the signed paperwork to?",
    "our finance team are ready to raise the PO", "Put us down for the same again next month.",
    "We'd like to upgrade to the next tier up.", "Send me the order form and I'll get it signed.",
    "Let's lock it in.", "board's signed off, so we're good to go", "We'll take the {items} as quoted.",
    "Please set up accounts for the {site} team.", "Consider this our go-ahead.",
    "Can you book the install for {month}?",
]
MEET = [
    "Could we have a call on {day}?", "Are you free {day} at {time}?", "Can you swing by {site} next week?",
    "Give me a ring when you get a minute.", "Does {day} work your end?", "Can we move our call to {day}?",
    "Could your technical lead join us for half an hour next week?", "Ring me after {time}.",
    "Could you come out and see it for yourself?", "Shall we grab a coffee next time you're in {site}?",
    "Let's get something in the diary.", "can u call me", "Could we do a quick Teams call to go through it?",
    "Would you be able to present this to our {team}?", "Can we push {day}'s session back a week?",
    "Are you around {day} morning for a chat?", "Can someone call me back on the mobile?",
]
OBJ = [
    "Honestly it's more than we'd budgeted for.", "We've had a cheaper quote from {comp}.",
    "The timing isn't great, we're in the middle of {project}.",
    "I'll need sign-off from {approver} before we can commit.",
    "Without {feature} it's hard to make the case internally.", "There's no budget left this financial year.",
    "We can't commit to more than 12 months.", "{approver_cap} won't sign off at that price.",
    "{comp} do much the same thing for less.", "it's a bit steep for us", "The lead time is too long for us.",
    "We'd have to retrain everyone, and we don't have the capacity until after {project}.",
    "I'm struggling to see the value over what we do now.",
]
COMPL = [
    "The last {n} deliveries have been late.", "The {items} arrived damaged.",
    "We've been invoiced for {units} we don't have.", "Support still haven't replied to our ticket from last week.",
    "{Issue}.", "Just flagging that {issue}.", "Great, {issue} again.", "Frankly, the service lately hasn't been good enough.",
    "We're still waiting on the credit note you promised.", "Your engineer didn't turn up on {day}.",
    "Not impressed that {issue}.", "{Issue}, and nobody told us.", "Also, {issue}. Again.",
]
CHURN = [
    "We're reviewing all our suppliers before renewal.", "We'll be looking at alternatives when the contract ends.",
    "Could you let me know our notice period?", "We've been asked to get quotes from other providers.",
    "Our new parent company uses a different supplier.", "We may not renew.",
    "We're thinking of moving {site} to another provider.", "What's the process for exporting our data?",
    "Please make sure the contract doesn't auto-renew.", "We're running a trial with {comp}.",
    "The board wants to consolidate suppliers, and you might not make the cut.",
]
COMPL_CHURN = [
    "{Issue}. Any more of that and we'll be looking elsewhere.", "Since {issue}, the team are asking why we don't just switch.",
    "After {issue}, I've been told to line up alternatives.",
]
OBJ_CHURN = [
    "{comp} have offered us a better rate, and our contract's up in {month}.",
    "At the renewal price, we'll probably move to {comp}.", "The budget cuts mean we may not be able to keep you on.",
]
COND = ["match {comp}'s price", "drop the setup fee", "hold last year's rate", "deliver before the 14th",
        "include the training at no cost", "get the unit price under £{money}"]
COMMIT = ["sign this week", "place the order", "sign for two years", "roll it out to {site}", "raise the PO today"]
OBJ_BUY = ["If you can {cond}, we'll {commit}.", "{Cond} and we'll {commit}. Otherwise we'll stay with {comp}.",
           "We're keen, but only if you can {cond}.", "Happy to {commit} if you can {cond}."]
OBJ_CHURN_BUY = ["If you can {cond}, we'll renew. If not, we'll move to {comp}.",
                 "We'd like to stay, but only if you {cond}; otherwise it goes out to tender."]
PRAISE = [
    "The team at {site} love the new {items}.", "Thanks again for the great support last month.",
    "Really pleased with how the rollout has gone.", "Your engineer was brilliant on site.",
    "Honestly, best supplier we've worked with.", "The new {items} are a big improvement.",
    "The {team} have been really complimentary about your team.", "Great job on the last delivery, spot on.",
]

SHORTHAND = [("please", "pls"), ("Please", "Pls"), ("thanks", "thx"), ("Thanks", "Thx"), (" you ", " u "),
             (" your ", " ur "), ("tomorrow", "tmrw"), ("because", "cos"), ("about", "abt"),
             ("with", "w/"), ("probably", "prob"), ("are you", "r u"), ("before", "b4")]

# label recipes for composed messages (codes, count); "+" marks a praise clause
RECIPES = [("", 40), ("+", 8), ("T", 10), ("C", 5), ("B", 5),
           ("PB", 14), ("BM", 12), ("PBM", 8), ("PM", 8), ("PO", 12), ("OB", 12), ("POB", 5),
           ("OM", 10), ("POM", 4), ("PC", 10), ("CM", 12), ("CT", 14), ("CTM", 8), ("PT", 8),
           ("OT", 8), ("TM", 8), ("OTB", 4), ("POT", 4), ("OCT", 3), ("PCM", 3), ("PCT", 3), ("OBM", 2),
           ("+M", 4), ("+PB", 3)]


def _cap(s):
    return s[:1].upper() + s[1:]


class Composer:
    def __init__(self, rng):
        self.r = rng

    def ctx(self):
        r = self.r
        ind = r.choice(INDUSTRIES)
        name, sufs, items, units, issues, team, addon, project, feature, approver = ind
        pre = r.choice(CO_PREFIX)
        me = r.choice(FIRST) + " " + r.choice(LAST)
        issue = r.choice(issues)
        c = {"rep": r.choice(REPS), "me": me, "ini": me.split()[0][0] + me.split()[1][0],
             "me2": r.choice(FIRST), "co": pre + " " + r.choice(sufs), "dom": pre.lower(),
             "title": r.choice(TITLES), "title2": r.choice(TITLES).lower(), "site": r.choice(SITES),
             "comp": r.choice(COMPETITORS), "day": r.choice(DAYS), "time": r.choice(TIMES),
             "month": r.choice(MONTHS), "n": r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 40]),
             "items": r.choice(items), "units": r.choice(units), "issue": issue, "Issue": _cap(issue),
             "team": team, "addon": addon, "project": project, "feature": feature,
             "approver": approver, "approver_cap": _cap(approver), "money": r.choice(["9", "12.50", "18", "4.75", "30"])}
        cond = r.choice(COND).format(**c)
        c["cond"], c["Cond"] = cond, _cap(cond)
        c["commit"] = r.choice(COMMIT).format(**c)
        return c

    def clauses(self, codes, c):
        """Return a list of clauses realising exactly the intents in codes."""
        r = self.r
        codes = set(codes)
        out = []
        if "+" in codes:
            out.append(r.choice(PRAISE))
            codes.discard("+")
        # combined clauses first (they realise two or three intents at once)
        if {"O", "T", "B"} <= codes and r.random() < 0.8:
            out.append(r.choice(OBJ_CHURN_BUY)); codes -= {"O", "T", "B"}
        if {"O", "B"} <= codes:
            out.append(r.choice(OBJ_BUY)); codes -= {"O", "B"}
        if {"C", "T"} <= codes and r.random() < 0.5:
            out.append(r.choice(COMPL_CHURN)); codes -= {"C", "T"}
        if {"O", "T"} <= codes and r.random() < 0.6:
            out.append(r.choice(OBJ_CHURN)); codes -= {"O", "T"}
        if {"P", "B"} <= codes and r.random() < 0.4:
            out.append(r.choice(PRICE_MORE)); codes -= {"P", "B"}
        bank = {"P": PRICE, "O": OBJ, "C": COMPL, "T": CHURN, "B": BUY, "M": MEET}
        for code in "OCTPB":
            if code in codes:
                out.append(r.choice(bank[code]))
        # order: praise / complaint / objection first, asks later; meeting usually last
        if len(out) > 1 and r.random() < 0.25:
            r.shuffle(out)
        if "M" in codes:
            out.append(r.choice(MEET))
        return [s.format(**c) for s in out]

    def shorthand(self, text):
        r = self.r
        for a, b in SHORTHAND:
            if a in text and r.random() < 0.6:
                text = text.replace(a, b)
        text = text.replace("'", "") if r.random() < 0.5 else text
        if r.random() < 0.5:
            text = text.lower()
        words = text.split(" ")
        if len(words) > 4 and r.random() < 0.5:  # one swapped-letter typo
            i = r.randrange(len(words))
            w = words[i]
            if len(w) > 4 and w.isalpha():
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        return " ".join(words).rstrip(".")

    def wrap(self, body, c, mode):
        r = self.r
        f = lambda s: s.format(**c)
        if mode == "chat":
            sep = r.choice([" ", " - ", ". ", "\n"])
            bits = [b.rstrip(".") for b in body]
            text = bits[0]
            for b in bits[1:]:
                if sep in (" ", ". ") and text[-1:] not in "?!":
                    text += ". " + b
                elif sep == ". ":
                    text += " " + b
                else:
                    text += sep + b
            return self.shorthand(text)
        body = [_cap(b) if b[-1:] in ".?!" else _cap(b) + "." for b in body]
        if mode == "plain":
            return " ".join(body)
        if mode == "quote":
            q = f(r.choice(QUOTES_VENDOR))
            reply = " ".join(body)
            sign = f(r.choice(SIGNOFFS[:6] + [""]))
            return q + "\n\n" + reply + ("\n\n" + sign if sign else "")
        if mode == "bullets":
            bits = body + [f(r.choice(NEUTRAL_BITS[:12]))]
            r.shuffle(bits)
            return (f(r.choice(GREETINGS)) + "\n\nA few things from our side:\n" +
                    "\n".join("- " + b for b in bits) + "\n\n" + f(r.choice(SIGNOFFS[:12])))
        if mode == "ps":
            lead = f(r.choice(CONTEXT))
            return (f(r.choice(GREETINGS)) + "\n\n" + lead + "\n\n" + f(r.choice(SIGNOFFS[:12])) +
                    "\n\nP.S. " + " ".join(body))
        parts = [f(r.choice(GREETINGS))]
        if mode == "long":
            ctxs = r.sample(CONTEXT, 2)
            parts.append(f(r.choice(OPENERS)) + " " + f(ctxs[0]))
            parts.append(f(ctxs[1]))
            parts.append(r.choice(["Finally, ", "One last thing: ", "Separately, ", "", "Also, "]) + " ".join(body))
        else:  # email
            if r.random() < 0.6:
                parts.append(f(r.choice(OPENERS)) + " " + " ".join(body))
            else:
                parts.append(" ".join(body))
        sign = f(r.choice(SIGNOFFS))
        if sign:
            parts.append(sign)
        return "\n\n".join(parts)

    def make(self, recipe):
        r = self.r
        c = self.ctx()
        codes = recipe
        if codes == "":
            k = r.choice([1, 1, 2, 2, 3])
            body = [s.format(**c) for s in r.sample(NEUTRAL_BITS, k)]
            mode = r.choice(["chat", "plain", "email", "quote", "long", "email"])
        else:
            body = self.clauses(codes, c)
            mode = r.choice(["chat", "chat", "plain", "plain", "email", "email", "email", "quote",
                             "long", "long", "bullets", "ps"])
        text = self.wrap(body, c, mode)
        intents = [i for i in INTENT_ORDER if any(CODE[x] == i for x in codes if x in CODE)]
        if NEGATIVE_INTENTS & set(intents):
            sent = "negative"
        elif "buying_signal" in intents or "+" in codes:
            sent = "positive"
        else:
            sent = "neutral"
        return text, sent, intents


def _norm(t):
    return " ".join(t.lower().split())


def build():
    records = []
    seen = set()
    for text, s, codes in HAND:
        intents = [i for i in INTENT_ORDER if any(CODE[x] == i for x in codes)]
        records.append((text, SENT[s], intents, "hand"))
        seen.add(_norm(text))
    rng = random.Random(SEED)
    comp = Composer(rng)
    recipes = [code for code, k in RECIPES for _ in range(k)]
    need = TOTAL - len(records)
    if need < len(recipes):
        recipes = recipes[:need]
    while len(recipes) < need:
        recipes.append(rng.choice(RECIPES)[0])
    for recipe in recipes:
        for _ in range(200):
            text, sent, intents = comp.make(recipe)
            if _norm(text) not in seen:
                break
        else:
            raise RuntimeError("could not compose a unique message for " + recipe)
        seen.add(_norm(text))
        records.append((text, sent, intents, "composed"))
    rng.shuffle(records)
    out = []
    for k, (text, sent, intents, src) in enumerate(records, 1):
        out.append(({"id": "t2-%04d" % k, "text": text, "sentiment": sent, "intents": intents}, src))
    return apply_overrides(out)


# Sentiment overrides for COMPOSED messages (the hand-written ones are fixed in their literals above).
# tests/corpus/CONVENTIONS.md 10 (and README_signals4.md convention 2): positive needs explicit praise,
# enthusiasm or satisfaction; a bare procedural buying step is neutral. CONVENTIONS.md 11: negative only with
# objection/complaint/churn_threat. The recipe rule "buying_signal => positive" in Composer.make does not follow
# that, so each composed message below was read and relabelled by hand (see RELABEL.md).
# id -> (sentiment the recipe gives, sentiment to use, start of the text as a guard against id drift)
SENTIMENT_OVERRIDES = {
    "t2-0013": ("positive", "neutral", "Owain,\n\nA few things from our "),  # no praise: 'No complaints from us, just confirming the schedule' + take fixtures as quoted
    "t2-0085": ("positive", "neutral", "Dear Sir/Madam,\n\nWe're also in"),  # no praise: what would 3 more seats run us
    "t2-0106": ("positive", "neutral", "> Hi, just checking in. How ar"),  # no praise: charge question, 25 more cases, call (quoted vendor text is context)
    "t2-0158": ("positive", "neutral", "Hello Sunita,\n\nWhat would 8 mo"),  # no praise: price of 8 more pumps, coffee
    "t2-0192": ("positive", "neutral", "Good morning Sunita,\n\nXimena f"),  # no praise: payment terms, 'Consider this our go-ahead'
    "t2-0213": ("positive", "neutral", "> Just checking whether you'd "),  # no praise: PO to follow, ring me
    "t2-0279": ("positive", "neutral", "Can invoices go to our AP team"),  # no praise: invoices to AP, 'Let's lock it in'
    "t2-0301": ("positive", "neutral", "Hello Lola,\n\nWe're closed on t"),  # no praise: bank holiday note, send order form, call
    "t2-0352": ("positive", "neutral", "how much to add wrexham to our"),  # no praise: add Wrexham, move call
    "t2-0394": ("positive", "neutral", "Good afternoon,\n\nSend me the o"),  # no praise: send order form, site visit
    "t2-0403": ("positive", "neutral", "Dear Sir/Madam,\n\nQuick one. Wh"),  # no praise: add-on cost, book install
    "t2-0408": ("positive", "neutral", "how much to add gdansk to our "),  # no praise: how much to add Gdansk
    "t2-0424": ("positive", "neutral", "Morning Kwame,\n\nThanks for you"),  # no praise: quote for 20 more sites
    "t2-0460": ("positive", "neutral", "Good afternoon,\n\nHope the week"),  # no praise: earliest start date, Teams call
    "t2-0468": ("positive", "neutral", "We'll take the document templa"),  # no praise: take templates as quoted, call
    "t2-0517": ("positive", "neutral", "Hi there,\n\nQuick one. The work"),  # no praise: delivery note, add Lincoln, present to partners
    "t2-0529": ("positive", "neutral", "Hi Leona\n\nCan you book the ins"),  # no praise: book install, move call
    "t2-0552": ("positive", "neutral", "Good afternoon,\n\nCould you sen"),  # no praise: cost breakdown, 8 more trackers, diary
    "t2-0559": ("positive", "neutral", "Good afternoon,\n\nA few things "),  # no praise: receipt, book install, cost breakdown
    "t2-0624": ("positive", "neutral", "Please send the contract over."),  # no praise: send the contract, Teams call
    "t2-0641": ("positive", "neutral", "Could u quote for another 4 fl"),  # no praise: quote for 4 more floors
    "t2-0673": ("positive", "neutral", "Dear Dev,\n\nA few things from o"),  # no praise: go-ahead + 'No complaints from us, just confirming the schedule'
    "t2-0770": ("positive", "neutral", "Our finance team are ready to "),  # no praise: finance ready to raise PO, call
    "t2-0774": ("positive", "neutral", "Dear Tariq,\n\nBit of a mixed up"),  # no praise: 'mixed update', cost breakdown, same again
    "t2-0793": ("positive", "neutral", "Dear Sir/Madam,\n\nA few things "),  # no praise: call, not cancelling, price of 4 more seats
    "t2-0824": ("positive", "neutral", "do you offer a discount for pa"),  # no praise: annual discount, book install
    "t2-0832": ("positive", "neutral", "> Would you be interested in o"),  # no praise: take scanners as quoted, visit (quoted vendor text is context)
    "t2-0855": ("positive", "neutral", "> Hi, just checking in. How ar"),  # no praise: overage question, go-ahead (quoted vendor text is context)
    "t2-0881": ("positive", "neutral", "Dear Sir/Madam,\n\nWe'll take th"),  # no praise: take bed sensors as quoted
    "t2-0889": ("positive", "neutral", "Could u quote for another 15 s"),  # no praise: quote for 15 more sites
    "t2-0985": ("positive", "neutral", "Morning Nadim,\n\nA few things f"),  # no praise: 'No complaints from us, just confirming the schedule' + send order form
    "t2-1039": ("positive", "neutral", "Hey Hattie!\n\nWe'll take the ha"),  # no praise: take terminals as quoted, diary
    "t2-1043": ("positive", "neutral", "Hi there,\n\nThanks for your not"),  # no praise: admin notes, cheaper tier, upgrade, Friday
    "t2-1123": ("positive", "neutral", "Hey Lola!\n\nQuick one. How much"),  # no praise: how much to add Wrexham
    "t2-1125": ("positive", "neutral", "Can you book the install for S"),  # no praise: book install, module cost, Wednesday
    "t2-1141": ("positive", "neutral", "Marek,\n\nA few things from our "),  # no praise: 'No complaints from us, just confirming the schedule' + send contract
    "t2-1195": ("positive", "neutral", "Hey Fergus!\n\nSorry for the del"),  # no praise: admin notes, 25 more licences
}


def apply_overrides(out):
    by_id = {rec["id"]: rec for rec, _ in out}
    for rid, (was, new, prefix) in SENTIMENT_OVERRIDES.items():
        rec = by_id[rid]
        assert rec["text"].startswith(prefix), (rid, rec["text"][:40])
        assert rec["sentiment"] == was, (rid, rec["sentiment"])
        rec["sentiment"] = new
    return out


def serialise(records):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _ in records)


def validate(records):
    errors = []
    texts = set()
    for k, (rec, _) in enumerate(records, 1):
        if set(rec) != {"id", "text", "sentiment", "intents"}:
            errors.append("%s: bad keys %s" % (rec.get("id"), sorted(rec)))
        if rec["id"] != "t2-%04d" % k:
            errors.append("bad id %s at position %d" % (rec["id"], k))
        if not isinstance(rec["text"], str) or not rec["text"].strip():
            errors.append("%s: empty text" % rec["id"])
        key = _norm(rec["text"])
        if key in texts:
            errors.append("%s: duplicate text" % rec["id"])
        texts.add(key)
        if rec["sentiment"] not in ("positive", "neutral", "negative"):
            errors.append("%s: bad sentiment" % rec["id"])
        ints = rec["intents"]
        if any(i not in INTENT_ORDER for i in ints):
            errors.append("%s: unknown intent %s" % (rec["id"], ints))
        elif ints != sorted(set(ints), key=INTENT_ORDER.index):
            errors.append("%s: intents out of order or repeated %s" % (rec["id"], ints))
        if NEGATIVE_INTENTS & set(ints) and rec["sentiment"] != "negative":
            errors.append("%s: negative intent but sentiment %s" % (rec["id"], rec["sentiment"]))
    return errors


def report(records):
    n = len(records)
    sent = Counter(rec["sentiment"] for rec, _ in records)
    ints = Counter(i for rec, _ in records for i in rec["intents"])
    src = Counter(s for _, s in records)
    none_neu = sum(1 for rec, _ in records if not rec["intents"] and rec["sentiment"] == "neutral")
    multi = sum(1 for rec, _ in records if len(rec["intents"]) > 1)
    pct = lambda k: "%5.1f%%" % (100.0 * k / n)
    print("records: %d  (hand-written %d = %s, composed %d = %s)"
          % (n, src["hand"], pct(src["hand"]), src["composed"], pct(src["composed"])))
    print("sentiment:")
    for s in ("positive", "neutral", "negative"):
        print("  %-18s %4d %s" % (s, sent[s], pct(sent[s])))
    print("intents:")
    for i in INTENT_ORDER:
        print("  %-18s %4d %s" % (i, ints[i], pct(ints[i])))
    print("  %-18s %4d %s" % ("(no intent)", sum(1 for r_, _ in records if not r_["intents"]),
                                pct(sum(1 for r_, _ in records if not r_["intents"]))))
    print("neutral + no intent: %d %s" % (none_neu, pct(none_neu)))
    print("multi-intent:        %d %s" % (multi, pct(multi)))


def main(argv):
    records = build()
    errors = validate(records)
    if "--check" in argv:
        try:
            with open(OUT, encoding="utf-8") as fh:
                on_disk = fh.read()
        except FileNotFoundError:
            on_disk = None
        if on_disk != serialise(records):
            errors.append("%s differs from a fresh build (re-run without --check)" % OUT)
        report(records)
        if errors:
            print("CHECK FAILED:")
            for e in errors[:50]:
                print("  " + e)
            return 1
        print("CHECK OK")
        return 0
    if errors:
        for e in errors[:50]:
            print(e)
        return 1
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(serialise(records))
    print("wrote %s" % OUT)
    report(records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
