"""Build the signals6 insights eval set (240 hand-written, hand-labelled inbound B2B messages).

Every entry below is a literal written and labelled by hand: (text, sentiment, intents, language).
The language code is bookkeeping only and is not written to the JSONL files.
This script only splits and numbers the entries; it uses the standard library and is deterministic.

Run:  python3 build_signals6.py && python3 validate_signals6.py
"""
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
INTENT_ORDER = ["pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request"]
PQ, OB, CO, CH, BS, MR = INTENT_ORDER
POS, NEU, NEG = "positive", "neutral", "negative"
SEED = 20260734  # first seed from 20260614 up whose split also balances the languages (en 107/107)

ENTRIES = [
    # ------------------------------------------------------------------ neutral, no intent
    ("Out of office: I'm at the ISTA conference in Sevilla until 14 June with limited email. For anything about the "
     "review workspace please contact my colleague Priya Raman (priya.raman@holloway-legal.example).\n\nRegards,\nTom Ashdown",
     NEU, [], "en"),
    ("Abwesenheitsnotiz: Ich bin bis einschließlich 22.08. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an "
     "unsere Laborleitung unter labor@biomedtec.example.\n\nMit freundlichen Grüßen\nDr. Katrin Vollmer",
     NEU, [], "de"),
    ("Automatic reply: Thank you for contacting Accounts Payable at Greystone Haulage Ltd. Your email has been received "
     "and will be processed within 5 working days. Please quote the PO number on all invoices. This mailbox is not "
     "monitored for queries.",
     NEU, [], "en"),
    ("Hi Marco, the parking sensors on level -2 are reporting again. Turned out our electrician tripped the breaker when "
     "he was fitting the new lights. Sorry for the false alarm!\nJen",
     NEU, [], "en"),
    ("We've had to cancel the spring gala at the Corn Exchange because the venue flooded. The event is already unpublished "
     "on our side. Do we need to do anything on the platform to trigger refunds to ticket buyers, or does that happen "
     "automatically once the event is marked cancelled?",
     NEU, [], "en"),
    ("Need to cancel tomorrow's call, sorry. Two of our drivers were in a collision on the A14 (nobody hurt, thankfully) "
     "and I'll be on the phone to insurers all day. I'll come back to you with another date.\nRuth",
     NEU, [], "en"),
    ("ok thx, will pass it on to the night shift",
     NEU, [], "en"),
    ("Could you resend invoice INV-20931? Our new AP system didn't pick it up. Also please note our new postal address: "
     "PO Box 4471, Wellbridge.",
     NEU, [], "en"),
    ("Quick one: does the alarm module on the -80 freezer send SMS, or only email? Our night porter doesn't check email.",
     NEU, [], "en"),
    ("Accepted: Quarterly review - Telemetrix / Brennan Foods (Thu 3 Oct 14:00-15:00)",
     NEU, [], "en"),
    ("Good morning Fernanda,\nproof of payment for the July invoice attached. Any doubt I stay at your disposal.\n"
     "Best regards\nRodrigo - Finance, AgroVale Sementes",
     NEU, [], "en"),
    ("The problem with the translation memory import was on our side. Someone had saved the TMX file as UTF-16. "
     "Re-exported it and it loaded fine. No action needed.",
     NEU, [], "en"),
    ("Hi, just to let you know our CFO Martin Hale has left the company. Please send all billing correspondence to "
     "finance@orrick-dairies.example from now on. Thanks",
     NEU, [], "en"),
    ("Our client settled, so the deposition is off and we won't need the rush processing on the Hartley matter this week. "
     "Standard timeline is fine for the remaining custodians.",
     NEU, [], "en"),
    ("Fine by me. See you Tuesday at 10.",
     NEU, [], "en"),
    ("Hello, I confirm we received the 12 electronic pipettes this morning. Delivery note is signed and scanned in "
     "attachment.\nKind regards,\nÉlodie Marchand\nLaboratoire Ceris",
     NEU, [], "en"),
    ("FYI below. This is between us and the venue's security firm, nothing you need to fix. Just wanted you to know why "
     "the scan numbers for Saturday look odd.\n\n---------- Forwarded message ---------\nFrom: Dale Price "
     "<d.price@arenaops.example>\nSubject: Gate C\n\nWhoever staffed Gate C on Saturday let about 300 people in without "
     "scanning. Absolute shambles. I want names.",
     NEU, [], "en"),
    ("hiya can u move Gary's payroll portal login over to Sophie Lund? she's replacing him, he left friday. "
     "sophie.lund@mcavoy-build.example",
     NEU, [], "en"),
    ("Thanks Ines, that answers it.",
     NEU, [], "en"),
    ("Hi, what's the max payload on the M4 with the LiDAR pod fitted? The client wants to know if we can do the quarry "
     "in one sortie.",
     NEU, [], "en"),
    ("Hola Javier, te reenvío los datos fiscales actualizados porque hemos cambiado el domicilio social. El CIF sigue "
     "siendo el mismo. Por favor, que salgan así en las próximas facturas.\nUn saludo,\nMarta Ibáñez\nAdministración - "
     "Bodegas Ribalta",
     NEU, [], "es"),
    ("We're closed 23 Dec to 3 Jan. Any chemical deliveries in that window will be refused at the gate, so please hold "
     "the January drop until the 6th.",
     NEU, [], "en"),
    ("Sorry, wrong Marco! That last email was meant for our electrician. Please ignore.",
     NEU, [], "en"),
    ("Re: Ticket #58213\nThat worked, the export is running again. Closing this on our side.",
     NEU, [], "en"),
    ("Our IT department is rolling out new laptops over the next fortnight, so the timesheet app might show logins from "
     "unfamiliar devices. Nothing to worry about.",
     NEU, [], "en"),
    ("Hi team, the problem is our own wifi in the cold store. The sensors can't reach the gateway behind the steel door. "
     "We've got a network guy coming Thursday. Just flagging in case you see gaps in the temperature log.",
     NEU, [], "en"),
    ("Hello Mr Brandt, attached as discussed the updated driver list with the new mobile numbers for the SMS alerts. "
     "If something is unclear please contact me.\nBest greetings\nSabine Krüger, fleet management",
     NEU, [], "en"),
    ("Which tips fit the P-1000, the 1250 µl extended ones or only the standard? Our stores guy keeps buying the wrong box.",
     NEU, [], "en"),
    ("Hi, I'm the new office manager at Fenwick & Dace, taking over from Carol. Could you send me the login for the billing "
     "portal or tell me how to reset it? Thanks, Asha",
     NEU, [], "en"),
    ("The price on our website was wrong because of our own CMS, not your booking widget. Our web agency has fixed it. "
     "Thanks for checking though.",
     NEU, [], "en"),
    ("Got it, thanks. Will forward to Derek.",
     NEU, [], "en"),
    ("I am on parental leave until March 2026. During this time please contact Operations (ops@kestrel-fleet.example) "
     "for any vehicle tracking matters. For urgent invoicing queries call 01632 960114.",
     NEU, [], "en"),
    ("Nope, no complaints from the drivers so far about the new dashcams. I'll ask again at Friday's toolbox talk.",
     NEU, [], "en"),
    ("Our auditors have asked for a copy of your SOC 2 report for the review platform. Can you share it under the "
     "existing NDA?",
     NEU, [], "en"),
    ("Meeting room 3 is booked for your trainers on the 12th, parking in bays 20-24. They'll need to sign in at reception "
     "for badges.",
     NEU, [], "en"),
    ("Hello, how can I reset the administrator password? Our former IT manager left without giving the access. "
     "Thanks in advance, Julien",
     NEU, [], "en"),
    ("Something for your product team: we had a complaint from a festival-goer that the QR on her ticket wouldn't scan. "
     "Turned out she'd sent herself a low-res screenshot. Sorted at the gate, no harm done.",
     NEU, [], "en"),
    ("Hi Dan, the invoices from our own freelance pool in Lisbon are a mess again but that's for our procurement to "
     "untangle, I've raised it with them. Separately, can you confirm the Polish glossary you have is the latest "
     "version before you start the manual?",
     NEU, [], "en"),
    ("Delivery note attached for the two replacement filter cartridges. Both arrived intact.",
     NEU, [], "en"),
    ("When is the next release of the route planner due? I'm planning training for our dispatchers.",
     NEU, [], "en"),
    ("Automatic reply: I'm out of the office from 5 to 16 August without access to email. For urgent matters please "
     "contact Juliana on +55 11 5555-0142. Thank you, Paulo Mendes",
     NEU, [], "en"),
    ("As discussed on the phone, the unit serial is CX-4471-B. Your engineer can collect it from goods-in any weekday "
     "before 3pm.",
     NEU, [], "en"),
    ("Thanks for the webinar invite. I can't make the 19th, but if there's a recording I'd like the link.",
     NEU, [], "en"),
    ("Hi, our payroll cut-off moves from the 20th to the 18th this month because of the bank holiday. Will the system pick "
     "that up from the calendar settings, or do I need to change something by hand?",
     NEU, [], "en"),
    ("Ticket prices on our events are set by the promoter, not by us, so please don't change any tiers without written "
     "instructions from Harbour Live. Thx",
     NEU, [], "en"),
    ("Spoke to our insurer. They want the crash reports as PDF, not CSV. Is there a setting for that?",
     NEU, [], "en"),
    ("Short info: the cold chain failure on Monday was caused by our haulier, his reefer unit broke down. Your sensors "
     "alarmed correctly. We are clearing this directly with the haulage company.\nRegards, Uwe Kessler",
     NEU, [], "en"),
    ("Please can you take accounts@ off the newsletter list and use marketing@ instead? It clutters the invoices inbox.",
     NEU, [], "en"),
    ("Re: delivery slot\nNo weekend deliveries please, the building's locked. Any weekday 8-4 is fine, ask for Ade at "
     "goods-in.",
     NEU, [], "en"),
    ("We ran the annual fire drill this morning and every sensor went into fault for about ten minutes while the power "
     "was off. Is that expected behaviour? All back to normal now.",
     NEU, [], "en"),
    ("Thanks all for your time today. Minutes attached, action items on page 2. Next check-in is already in the diary for "
     "the 28th.",
     NEU, [], "en"),
    ("Good afternoon, can you confirm if tonight's update touches the payroll module? We must close October payroll "
     "first thing tomorrow. Thanks, Lucía",
     NEU, [], "en"),
    ("lol no worries, happens to the best of us",
     NEU, [], "en"),
    ("Our sustainability lead needs idle time per vehicle for the last 12 months for our carbon disclosure. Can the portal "
     "export that, or is it something we have to ask you for?",
     NEU, [], "en"),
    ("Tomorrow's training is still on despite the rail strike, our people are all local. See you at 9.",
     NEU, [], "en"),
    ("Hi, the production export for matter 2231 came through. Opposing counsel is moaning about the load file format, "
     "but it's the format the court ordered, so that's their problem. Filing as is.",
     NEU, [], "en"),
    ("Confirming we're OK for you to record the onboarding sessions for internal training purposes.",
     NEU, [], "en"),
    ("Please note that from 1 January our company name changes from Holt Agritech Ltd to Holt Growing Systems Ltd. Bank "
     "details and VAT number are unchanged. Could you update your records and use the new name on future invoices?",
     NEU, [], "en"),
    ("Is there a way to bulk-delete test events from the dashboard? We created about 40 while we were playing around.",
     NEU, [], "en"),
    ("Hi Priya, I'm off next week so Callum will approve the timesheets. He already has manager rights.",
     NEU, [], "en"),
    ("Bonjour Madame Lefèvre,\npetite précision : l'annulation dont parlait mon collègue concerne notre séminaire "
     "interne de mars, pas le contrat de traduction. Tout continue comme prévu de notre côté.\nBien à vous,\nHugo Bernard",
     NEU, [], "fr"),
    ("FYI our office moves to Unit 7, Beacon Park on 1 Sept. Please use that delivery address for consumables from then "
     "on, the old site will be empty.",
     NEU, [], "en"),
    ("Which doc covers API rate limits? Our developer is getting 429s in the nightly sync and wants to add back-off "
     "properly.",
     NEU, [], "en"),
    ("Hi, received the 2026 price list, thanks. Filed with procurement.",
     NEU, [], "en"),
    ("I'm travelling with limited access to email until Monday 11th. If this is about the Ridgeway site survey, Ben "
     "Okafor is covering (07700 900318).",
     NEU, [], "en"),
    ("Thanks Lars, got the safety data sheets for the degreaser and filed them with H&S.",
     NEU, [], "en"),
    ("Our Q3 complaints log is attached for the audit. None of the entries relate to your machines, but the auditor "
     "asked us to send it to every equipment supplier.",
     NEU, [], "en"),
    ("Olá Carla, só para avisar que a reunião de hoje foi cancelada do nosso lado porque o diretor está doente. Depois "
     "te mando novas datas.\nAbraços, Renata",
     NEU, [], "pt"),
    ("This is an automated message from the Kingsmere Hospital supplier portal. Invoice KH-88213 has been matched to "
     "purchase order 4500221987 and is scheduled for payment on 30/11.",
     NEU, [], "en"),
    ("Hello, do the hi-vis jackets in the rental pack come in 4XL? Two of the lads on the new crew are big units.",
     NEU, [], "en"),
    ("Received, I'll pass this to our finance lead.\n\n> On 2 Sep, Helen Marsh <helen@corvid-telematics.example> wrote:\n"
     "> From 1 November our list prices will rise by 6%. Your account manager would be glad to arrange a call to walk "
     "you through the changes.",
     NEU, [], "en"),
    ("Sure, go ahead and close the ticket.",
     NEU, [], "en"),
    ("Good morning. Please find attached the signed data processing addendum you sent for the annual GDPR review.\n"
     "Kind regards,\nOffice of the DPO, Marlow Clinics",
     NEU, [], "en"),
    ("Heads-up: we're switching email provider this weekend, so if anything bounces from @tamworth-events.example on "
     "Sunday that's why.",
     NEU, [], "en"),
    ("Re: your satisfaction survey\nDone. Took 4 minutes.",
     NEU, [], "en"),
    ("We're shutting the plant for maintenance 4-15 Aug, so no cleaning crew those two weeks. Normal rota from the 18th.",
     NEU, [], "en"),
    ("Received, thanks. I'll go through the draft SOW over the weekend and get back to you on Monday.",
     NEU, [], "en"),
    ("Sorry for the radio silence, our whole finance team has been at the year-end stocktake. Catching up on email now.",
     NEU, [], "en"),
    ("Hallo zusammen,\ndie Kündigung, die Sie im Portal gesehen haben, betrifft einen Mitarbeiter, der zum Monatsende "
     "ausscheidet. Bitte im nächsten Lohnlauf berücksichtigen. Unser Vertrag mit Ihnen ist davon natürlich nicht "
     "betroffen.\nGruß\nJörg Wenzel",
     NEU, [], "de"),
    ("Can the next consumables delivery go to the Aberdeen site instead of Dundee? Same order, different address.",
     NEU, [], "en"),
    ("FYI, our PO threshold is now £5,000. Anything above that needs a second signature from finance. Nothing current is "
     "affected, it's just so you know for future paperwork.",
     NEU, [], "en"),
    ("Auto-reply: I'm on holiday until 2 September. For invoicing please write to billing@transportes-lirio.example. "
     "Regards, Andrés Pozo",
     NEU, [], "en"),
    ("Hi, can you confirm the chain-of-custody log is kept when we re-run OCR on a batch? The court is a bit fussy about it.",
     NEU, [], "en"),
    ("The drone was grounded on Tuesday because of the airspace restriction for the air show, not a fault. We've "
     "rebooked the flight ourselves for Friday.",
     NEU, [], "en"),
    ("Please add PO 77120 to invoice 3391 and reissue. Our system rejects any invoice without a PO reference.",
     NEU, [], "en"),
    ("Thank you for the calibration certificate. Our ISO auditor would like future certificates to show the ambient "
     "temperature at the time of test. Is that possible?",
     NEU, [], "en"),
    ("Our mistake, not yours: we keyed the overtime multiplier as 15 instead of 1.5, which is why the payslips were off. "
     "Fixed and re-run. Sorry for raising a ticket!",
     NEU, [], "en"),
    ("Hey, I'm out on Thursday so Karim will be at the handover instead of me. He knows the site.",
     NEU, [], "en"),
    ("Hi Noor, just to correct my last email: the Arabic handbook goes to print on the 14th, not the 4th. Typo on my part.",
     NEU, [], "en"),
    ("Quick q: if a driver's phone dies mid-shift, does the app keep the trip data and sync it later?",
     NEU, [], "en"),
    ("We cancelled the direct debit by mistake when we changed banks. The new mandate form is signed and attached. "
     "Please collect the missed amount with the next run.",
     NEU, [], "en"),
    ("Got the dongle. Works. Ta.",
     NEU, [], "en"),

    # ------------------------------------------------------------------ positive, no intent
    ("Just wanted to say the new driver scorecards are brilliant. Harsh braking is down 30% in six weeks and the lads "
     "actually compete over it now. Thank you!",
     POS, [], "en"),
    ("Confirmed, the blot imager is back to normal after your engineer's visit. Really appreciate him coming out the same "
     "day, it saved us a week of samples.",
     POS, [], "en"),
    ("Hats off to your support team on Saturday night. The gate scanners dropped at the arena and Nadia had us back up "
     "in eleven minutes. Genuinely impressed.",
     POS, [], "en"),
    ("Un grand merci à toute l'équipe pour la traduction du rapport annuel : nos administrateurs ont salué la qualité du "
     "texte anglais. Travail impeccable, comme d'habitude.",
     POS, [], "fr"),
    ("I hate to admit it, but you were right about switching the night shift to the concentrated detergent. Floors are "
     "cleaner and we're using less. Credit where it's due.",
     POS, [], "en"),
    ("Payroll ran first time this month with zero corrections. First time in three years. Whoever fixed the holiday "
     "accrual logic deserves a biscuit 🍪",
     POS, [], "en"),
    ("Pessoal, o treinamento de ontem foi excelente! A equipe saiu super confiante com o sistema. Obrigada pela "
     "paciência da Aline 👏",
     POS, [], "pt"),
    ("Your reviewers caught the privilege problem in the Thornbury documents before production. That could have been a "
     "very expensive mistake for us. Thank you, really first-class work.",
     POS, [], "en"),

    # ------------------------------------------------------------------ neutral + buying_signal (procedural)
    ("PO 4500233817 attached for the 25 additional trackers as per your quote Q-1187.",
     NEU, [BS], "en"),
    ("Signed contract attached. Who should I speak to about onboarding?",
     NEU, [BS], "en"),
    ("Legal have signed off the MSA. PO to follow from procurement early next week.",
     NEU, [BS], "en"),
    ("Please add these three reviewers to our workspace: j.hale@, r.ortiz@ and k.wu@ (all @pemberton-law.example). "
     "Bill them at the existing seat rate.",
     NEU, [BS], "en"),
    ("Hola Pablo, ya tenemos la aprobación de dirección. ¿Nos mandas el contrato para firmarlo esta semana?\nGracias,\nElena",
     NEU, [BS], "es"),
    ("Same as last year please: 40 crates of the citrus degreaser and 12 of the floor sealer, delivered to the Kettering "
     "depot.",
     NEU, [BS], "en"),
    ("What do you need from us to get the Leeds site live by 1 March?",
     NEU, [BS], "en"),
    ("Credit application form completed and attached. Once the account is open we'll place the first order for the "
     "calibration weights.",
     NEU, [BS], "en"),
    ("Count us in for the pilot of the humidity controllers. Bay 4 is free from next month.",
     NEU, [BS], "en"),
    ("Dear Ms Schulz, we would like to extend the maintenance contract for the three centrifuges by another 24 months. "
     "Please send us the documents for signature.\nKind regards\nDr. M. Albrecht",
     NEU, [BS], "en"),

    # ------------------------------------------------------------------ positive + buying_signal
    ("Great news, the board approved it! We'd like to go ahead with the full 60-vehicle rollout. Send over the paperwork 🎉",
     POS, [BS], "en"),
    ("Loved the trial. The team won't give the loan pipettes back, so let's make it permanent: please convert all five "
     "to a purchase.",
     POS, [BS], "en"),
    ("Honestly the best supplier we've taken on this year. Renew us for another three years, no need to re-quote.",
     POS, [BS], "en"),
    ("Really impressed with how smooth the first payroll was. We want to roll it out to the Irish entity too. Who sends "
     "the contract?",
     POS, [BS], "en"),
    ("The translation of the safety manuals was spot on, our inspectors couldn't find a thing. Please go ahead with the "
     "Italian and Romanian versions on the same terms.",
     POS, [BS], "en"),
    ("Delighted with the survey data from the quarry job. Book us in for quarterly flights for the rest of the year.",
     POS, [BS], "en"),
    ("Adoramos a plataforma! Pode mandar o contrato para as 3 unidades? Queremos assinar ainda este mês.",
     POS, [BS], "pt"),
    ("yesss finally got sign-off!! 🙌 can we start onboarding monday?",
     POS, [BS], "en"),

    # ------------------------------------------------------------------ neutral + pricing_question
    ("How much per unit for the cold-chain sensors if we trialled 10?",
     NEU, [PQ], "en"),
    ("Do you have a charity rate for the ticketing platform? We're a registered hospice running four fundraisers a year.",
     NEU, [PQ], "en"),
    ("Can you explain the 'platform fee' line on this month's invoice? It's the first time I've seen it.",
     NEU, [PQ], "en"),
    ("What are your payment terms, 30 or 60 days? Our standard for new suppliers is 60.",
     NEU, [PQ], "en"),
    ("Is hosting charged per GB per month or per matter? Trying to compare like with like.",
     NEU, [PQ], "en"),
    ("Bonjour, pourriez-vous me transmettre votre grille tarifaire pour la traduction juridique anglais-français, au mot "
     "et à la page ? Merci d'avance.",
     NEU, [PQ], "fr"),
    ("Budget season here. Could you confirm what next year's subscription will come to so finance can put the right "
     "figure in? Same number of licences.",
     NEU, [PQ], "en"),
    ("Ballpark for a drone survey of a 200-hectare farm? No rush, just pencilling costs into next season's plan.",
     NEU, [PQ], "en"),
    ("Is VAT included in the £14.50 per resident on the laundry quote, or on top?",
     NEU, [PQ], "en"),
    ("If we paid annually upfront instead of monthly, is there a discount?",
     NEU, [PQ], "en"),

    # ------------------------------------------------------------------ neutral + meeting_request
    ("Can we push Thursday's call to Friday, same time? Something's come up.",
     NEU, [MR], "en"),
    ("Could someone from your team ring me about the API integration? 07700 900562, best after 2pm.",
     NEU, [MR], "en"),
    ("I'm at Lab Innovations at the NEC on the 6th. Are you exhibiting? Would be good to grab 20 minutes.",
     NEU, [MR], "en"),
    ("Hola Diego, ¿podríamos hacer una llamada rápida el martes para revisar la configuración de turnos? Me viene bien "
     "a partir de las 11.\nSaludos, Carmen",
     NEU, [MR], "es"),
    ("Re: Kick-off\nThursday at 10 doesn't work for our IT lead. Could we do 2pm instead?",
     NEU, [MR], "en"),
    ("Need to cancel our 3pm today, there's a fire alarm test in the building. Monday morning instead? Any time before 11.",
     NEU, [MR], "en"),
    ("Would you be able to present the new reporting module at our quarterly ops meeting on 18 Nov? 20 minutes, on Teams.",
     NEU, [MR], "en"),
    ("Before you put anything together, can your cleaning supervisor do a walk-round of the plant with me? I want them "
     "to see the fryer extraction first.",
     NEU, [MR], "en"),

    # ------------------------------------------------------------------ neutral + pricing_question + buying_signal
    ("We'd like to add 15 seats for the new Glasgow team. Can you quote?",
     NEU, [PQ, BS], "en"),
    ("What would it cost to add the fuel-card integration module to our existing contract?",
     NEU, [PQ, BS], "en"),
    ("Please send a proforma for 8 benchtop centrifuges (model C-12), delivered to Cambridge. We want to order before "
     "year end.",
     NEU, [PQ, BS], "en"),
    ("What would it cost to keep the six loan units after the trial? We'd like to take them over.",
     NEU, [PQ, BS], "en"),
    ("See below from our COO. Can you send me figures for bringing the two Dublin venues onto our contract?\n\n"
     "---------- Forwarded message ---------\nFrom: Aoife Brennan\nTo: Ciaran Doyle\n\nCiaran, if the Dublin venues "
     "go on the same platform, find out what it does to the monthly fee before the board pack goes out.",
     NEU, [PQ, BS], "en"),
    ("Roughly what would upgrading from Standard to Enterprise run us for 120 users? Need the number for Thursday's "
     "budget meeting.",
     NEU, [PQ, BS], "en"),

    # ------------------------------------------------------------------ neutral + buying_signal + meeting_request
    ("Contract's signed. Can we set up a kick-off call next week? Tue or Wed afternoon works.",
     NEU, [BS, MR], "en"),
    ("We're ready to move forward on the depot chargers. Could your engineer do a walk-round with our facilities manager "
     "on the 12th to plan the install?",
     NEU, [BS, MR], "en"),
    ("Bonjour,\nnous avons validé le budget pour le déploiement sur les 4 sites. Pouvons-nous organiser une réunion de "
     "lancement la semaine du 15 ?\nCordialement,\nClaire Dubois",
     NEU, [BS, MR], "fr"),
    ("PO has gone through for the uniform rental. Can we grab 30 minutes with your account manager this week to agree "
     "the rollout schedule?",
     NEU, [BS, MR], "en"),

    # ------------------------------------------------------------------ positive + buying_signal + meeting_request
    ("Fantastic demo, the team's sold. Let's get a call in the diary to talk contract and start dates. How's Monday at 3?",
     POS, [BS, MR], "en"),
    ("Really pleased with the pilot results across the glasshouses. We want to extend to all 12 sites. Can we meet at "
     "our Almería office next month to plan the rollout?",
     POS, [BS, MR], "en"),
    ("Brilliant, thank you! We'll take the annual plan. Could you do a quick onboarding call with our two schedulers on "
     "Friday?",
     POS, [BS, MR], "en"),
    ("Die Testphase war wirklich überzeugend, unsere Disponenten sind begeistert. Wir möchten den Vertrag abschließen. "
     "Hätten Sie nächste Woche Zeit für einen Termin, um die Details zu besprechen?",
     POS, [BS, MR], "de"),

    # ------------------------------------------------------------------ positive + pricing_question
    ("Just watched the demo video and wow, this is exactly what our box office has been missing. What does it cost for a "
     "600-seat theatre?",
     POS, [PQ], "en"),
    ("A friend at Kinetic Expo showed me the localisation you did for them. Superb work. What would you charge for a "
     "12,000-word product catalogue into German and French?",
     POS, [PQ], "en"),

    # ------------------------------------------------------------------ positive + meeting_request
    ("Thanks for a really helpful session yesterday, Sam. I learned more in an hour than in a year on the old system. "
     "Could we do a follow-up on reporting next week?",
     POS, [MR], "en"),
    ("Great to meet you at the agritech expo! Your soil-moisture probes were the most impressive thing I saw all week. "
     "Can we set up a video call to go through them with my agronomist?",
     POS, [MR], "en"),

    # ------------------------------------------------------------------ neutral + pricing_question + meeting_request
    ("Can you talk me through the pricing tiers on a call? I'm free Wednesday after 1.",
     NEU, [PQ, MR], "en"),
    ("Could we jump on a call to go over the renewal quote? There are a couple of line items I don't follow.",
     NEU, [PQ, MR], "en"),
    ("Hi Thiago, could you call me tomorrow to explain how the per-vehicle billing works? We're evaluating it for the "
     "Campinas fleet.",
     NEU, [PQ, MR], "en"),
    ("What's the day rate for an on-site e-discovery consultant? If it works for us, could we meet next week to scope "
     "the Halden matter?",
     NEU, [PQ, MR], "en"),

    # ------------------------------------------------------------------ positive + pricing_question + buying_signal
    ("We're thrilled with the first month. The cold-chain alerts have already saved a full truck of yoghurt. What would "
     "20 more sensors cost for the Bristol depot?",
     POS, [PQ, BS], "en"),
    ("Honestly the payroll app has been a game changer for us. We're opening a third restaurant in March, how much to "
     "add another 35 staff?",
     POS, [PQ, BS], "en"),

    # ------------------------------------------------------------------ negative + complaint
    ("Third time this month the tracker on van 14 has gone offline for hours. Customers ring us asking where their "
     "delivery is and we have no idea. Sort it please.",
     NEG, [CO], "en"),
    ("Fantastic. Another payroll run, another set of wrong tax codes. Really loving the 'fully automated' bit.",
     NEG, [CO], "en"),
    ("The centrifuge you serviced last week is making exactly the same grinding noise it made before the service. What "
     "did your engineer actually do?",
     NEG, [CO], "en"),
    ("Your courier left four boxes of reagents on our loading bay in the rain over the weekend. Two are unusable. This is "
     "the second time.",
     NEG, [CO], "en"),
    ("Sehr geehrte Damen und Herren,\nseit dem letzten Update stürzt die App auf allen Tablets unserer Fahrer beim Öffnen "
     "der Tourenliste ab. Wir warten seit drei Tagen auf eine Rückmeldung Ihres Supports. So geht das nicht.\n"
     "Mit freundlichen Grüßen\nT. Hoffmann",
     NEG, [CO], "de"),
    ("The French version of our terms says 'livraison gratuite' where the English says 'free returns'. Our legal team "
     "caught it the day before launch. Not great.",
     NEG, [CO], "en"),
    ("I loved the demo and I still like the product, but the reports have shown the wrong time zone since the clocks "
     "changed, and nobody has fixed it in two weeks.",
     NEG, [CO], "en"),
    ("You promised a call back on Monday about the double-booked seats. It's Thursday.",
     NEG, [CO], "en"),
    ("Buenos días. Los uniformes de cocina han vuelto de la lavandería con manchas de grasa otra vez. Es la tercera "
     "semana seguida y necesitamos una solución ya.\nUn saludo,\nRamiro Ortega, jefe de cocina",
     NEG, [CO], "es"),
    ("Hi, just flagging (again) that the review platform logged us out mid-review four times yesterday and we lost our "
     "tagging each time. Our reviewers bill by the hour, so this is costing the client money.",
     NEG, [CO], "en"),
    ("Re: Invoice 55120\nWe were invoiced for 40 flight hours. Our logs say 28. Please correct and reissue.",
     NEG, [CO], "en"),
    ("Honestly? The install crew were rude to our growers and left cable offcuts all over the glasshouse floor. Not what "
     "we expect for the money.",
     NEG, [CO], "en"),
    ("with respect, the 'urgent' engineer visit you booked was 9 days after we reported the freezer fault. we lost a "
     "batch of patient samples. I want this escalated.",
     NEG, [CO], "en"),
    ("Doesn't matter how many times I ask, the sample labels still print 2mm off the edge. We're binning rolls of labels "
     "every week.",
     NEG, [CO], "en"),

    # ------------------------------------------------------------------ negative + complaint + churn_threat
    ("We've had nothing but dropped connections since you moved us to the new gateway. If this isn't fixed by the end of "
     "the month we'll be looking at other providers.",
     NEG, [CO, CH], "en"),
    ("I'll be honest with you. After the payroll errors in August and September, the partners have asked me to look at "
     "alternatives. I'd rather not move, but I need to show them something has changed.",
     NEG, [CO, CH], "en"),
    ("Madame, Monsieur,\nc'est la troisième livraison en retard ce trimestre. Nous avons commencé à consulter d'autres "
     "fournisseurs de consommables.\nCordialement,\nDirection des achats, Laboratoire Vérane",
     NEG, [CO, CH], "fr"),
    ("Your box office system fell over during our biggest on-sale of the year and we lost probably £20k in sales. We're "
     "trialling another platform for the winter season.",
     NEG, [CO, CH], "en"),
    ("Please send me the data export process and the notice period. After three months of missed laundry collections the "
     "care home group wants options on the table.",
     NEG, [CO, CH], "en"),
    ("We're not renewing the cleaning contract in its current form. Your crews have missed the Sunday deep clean four "
     "times since June and our food safety audit is in two weeks.",
     NEG, [CO, CH], "en"),
    ("Great job, guys, another translation delivered two days late. Our procurement team has opened a tender for next "
     "year's work. Thought you should hear it from me.",
     NEG, [CO, CH], "en"),
    ("Boa tarde. Os sensores de umidade continuam enviando leituras erradas desde a instalação. Se não resolverem até a "
     "próxima safra, vamos cancelar o contrato.\nAtt.,\nEduardo Lima - AgroSul",
     NEG, [CO, CH], "pt"),

    # ------------------------------------------------------------------ negative + churn_threat
    ("Our new group CFO has asked every department to review supplier contracts before renewal, and that includes the "
     "telematics. Nothing personal. I'll let you know the outcome.",
     NEG, [CH], "en"),
    ("Could you confirm how much notice we'd need to give if we decide not to renew in April? Just keeping our options "
     "open.",
     NEG, [CH], "en"),
    ("We've been acquired by Halvorsen Group and they use FleetSight across all their subsidiaries. I expect we'll be "
     "asked to move over next year, though I'll fight your corner if I can.",
     NEG, [CH], "en"),
    ("Please switch off auto-renew on our subscription. No decision made yet, we'd just like to review it properly "
     "before committing again.",
     NEG, [CH], "en"),
    ("We have a demo with another e-discovery provider on Wednesday. Our managing partner wants a comparison before the "
     "renewal.",
     NEG, [CH], "en"),
    ("Hola Sergio, te aviso con tiempo: la dirección ha decidido sacar a concurso el servicio de limpieza industrial para "
     "2026. Podréis presentaros, claro.\nSaludos, Nuria",
     NEG, [CH], "es"),
    ("Can you export all our historical payroll data to CSV? We're looking at bringing payroll in-house next year.",
     NEG, [CH], "en"),
    ("We'd like to drop from 45 seats to 30 at renewal. Everything else stays the same.",
     NEG, [CH], "en"),

    # ------------------------------------------------------------------ negative + objection
    ("The demo was great and my team loved the dashboards, but we simply can't justify €40k this year. Maybe next year.",
     NEG, [OB], "en"),
    ("Too expensive for us, sorry. Our current supplier is about a third cheaper for the same sensors.",
     NEG, [OB], "en"),
    ("Isn't £9 a head per month a bit steep for payroll when half our staff are part-time?",
     NEG, [OB], "en"),
    ("Vielen Dank für das Angebot. Leider fehlt die SAP-Anbindung, und ohne die können wir das System nicht einführen.",
     NEG, [OB], "de"),
    ("I'd need sign-off from the regional director and frankly I don't think she'll go for it before the new financial "
     "year.",
     NEG, [OB], "en"),
    ("Looks good, but we're tied into our current ticketing contract until 2027. Not much I can do.",
     NEG, [OB], "en"),
    ("Your rates are fine, it's the turnaround that's the issue. Ten working days for a 5,000-word contract doesn't work "
     "for a law firm.",
     NEG, [OB], "en"),
    ("Please cancel Friday's demo. We've decided to stay with our current box office provider for another year.",
     NEG, [OB], "en"),
    ("Merci pour la proposition. Honnêtement, nous sommes satisfaits de notre prestataire actuel et ne voyons pas de "
     "raison de changer pour l'instant.",
     NEG, [OB], "fr"),
    ("hmm. not convinced the drone data is any better than what we get from satellite for a fraction of the cost",
     NEG, [OB], "en"),
    ("Thanks, but no to the Premium upgrade. Standard does what we need and I can't see what the extra £3 a vehicle "
     "gets us.",
     NEG, [OB], "en"),
    ("Procurement rules say we need three quotes, and yours is the only one with a 36-month minimum term. That's going "
     "to be a hard sell internally.",
     NEG, [OB], "en"),

    # ------------------------------------------------------------------ negative + pricing_question + objection
    ("Your quote came in at almost double what we budgeted. Is there a smaller package, or a non-profit discount?",
     NEG, [PQ, OB], "en"),
    ("We like the platform but £1.20 per ticket is too much for our community events. Any chance of a flat annual fee "
     "instead?",
     NEG, [PQ, OB], "en"),
    ("El precio por sensor nos parece alto comparado con la competencia. ¿Hay descuento por volumen a partir de 200 "
     "unidades?",
     NEG, [PQ, OB], "es"),
    ("Honestly we can't commit to a three-year term. What would the monthly price be on a 12-month contract?",
     NEG, [PQ, OB], "en"),

    # ------------------------------------------------------------------ negative + objection + churn_threat
    ("Renewal quote received. A 22% increase isn't something we can accept. At that level we'll go back out to market.",
     NEG, [OB, CH], "en"),
    ("We can't justify renewing at this level after the budget cuts we've had. Realistically we'll probably move to a "
     "cheaper tool unless something changes.",
     NEG, [OB, CH], "en"),
    ("The new owners want everything in SAP and your payroll module doesn't integrate. Unless that's on this year's "
     "roadmap I don't see how we stay.",
     NEG, [OB, CH], "en"),
    ("Für die Verlängerung brauchen wir ein Rechenzentrum in der EU. Wenn Sie das nicht anbieten können, müssen wir uns "
     "leider anderweitig umsehen.",
     NEG, [OB, CH], "de"),

    # ------------------------------------------------------------------ negative + pricing_question + complaint
    ("Why did our monthly bill jump from £1,840 to £2,310 with no notice? Nobody told us about a price change.",
     NEG, [PQ, CO], "en"),
    ("We've been charged for 62 active vehicles, but 9 of those were sold in June and removed from the portal. How are "
     "you counting 'active'?",
     NEG, [PQ, CO], "en"),
    ("The invoice is in euros again, even though our contract is in sterling. Which exchange rate did you use, and why?",
     NEG, [PQ, CO], "en"),
    ("Two months running there's an 'urgent turnaround' surcharge on the German translations, even though we asked for "
     "standard delivery. Can someone explain what triggers that surcharge?",
     NEG, [PQ, CO], "en"),
    ("Bonjour, nous avons été facturés deux fois pour la maintenance du spectromètre en septembre. Pouvez-vous nous "
     "expliquer comment est calculé le montant de la deuxième ligne ? Ce n'est pas la première erreur.",
     NEG, [PQ, CO], "fr"),
    ("So the support package went up 15% at renewal and response times have got worse, not better. What exactly are we "
     "paying for? Send me a breakdown please.",
     NEG, [PQ, CO], "en"),

    # ------------------------------------------------------------------ negative + complaint + meeting_request
    ("The rollout at the Derby depot has been a mess, half the units weren't configured. I need a call with your "
     "project lead tomorrow, not another ticket number.",
     NEG, [CO, MR], "en"),
    ("Can we get your account manager on the phone today? Three refunds still haven't reached our customers after 20 "
     "days and they're blaming us.",
     NEG, [CO, MR], "en"),
    ("Hi Ana, I'm not happy with how the last audit translation went, the terminology was all over the place. Could we "
     "sit down next week and go through it before the next batch?",
     NEG, [CO, MR], "en"),
    ("Re: Re: Re: service report\n\nStill no explanation of why the autoclave failed validation two days after your "
     "visit. Please call me back this afternoon on 0161 496 0733.\n\n> On 3 Oct, Mark Dunn wrote:\n> We'll look into "
     "it and revert.",
     NEG, [CO, MR], "en"),

    # ------------------------------------------------------------------ negative + objection + buying_signal
    ("We're keen, but your price is £4k above the other bid. Match it and I'll sign this week.",
     NEG, [OB, BS], "en"),
    ("Happy to renew if you can hold last year's rate. If not I'll have to take it back to the board.",
     NEG, [OB, BS], "en"),
    ("We'll go ahead with the licences for the 30 new starters, but only if onboarding is done before 1 April. After that "
     "it's pointless for this tax year.",
     NEG, [OB, BS], "en"),
    ("D'accord pour signer, mais seulement si vous incluez la formation des chauffeurs sans frais supplémentaires. "
     "Sinon, nous restons avec notre prestataire actuel.",
     NEG, [OB, BS], "fr"),

    # ------------------------------------------------------------------ negative + pricing_question + churn_threat
    ("What would it cost to end the survey contract early, say at the end of Q2?",
     NEG, [PQ, CH], "en"),
    ("If we downgrade from Enterprise to Team at renewal, what's the price difference?",
     NEG, [PQ, CH], "en"),
    ("Is there an early exit fee on the cleaning contract? Asking for a friend (the friend is our new FM director).",
     NEG, [PQ, CH], "en"),
    ("How much would it be to keep read-only access to the archive if we move our active matters elsewhere next year?",
     NEG, [PQ, CH], "en"),

    # ------------------------------------------------------------------ negative + complaint + churn_threat + meeting_request
    ("The third payroll error in five months has landed us an HMRC penalty. I want a meeting with someone senior this "
     "week, because right now I'm recommending we leave at renewal.",
     NEG, [CO, CH, MR], "en"),
    ("Hola Marcos: otra vez los sensores de la cámara frigorífica sin señal todo el fin de semana. Estamos valorando "
     "cambiar de proveedor. ¿Podemos hablar mañana por teléfono?\nGracias, Paula",
     NEG, [CO, CH, MR], "es"),

    # ------------------------------------------------------------------ negative + objection + meeting_request
    ("Honestly the price is the sticking point for us. Can we get on a call with your sales director before we decide?",
     NEG, [OB, MR], "en"),
    ("IT won't sign off without SSO. Could your product person join a call next Tuesday and tell us when it's coming?",
     NEG, [OB, MR], "en"),

    # ------------------------------------------------------------------ negative + complaint + buying_signal
    ("Still annoyed that the first batch of reagents arrived warm, but the replacement was fine, so go ahead with the "
     "standing order from March.",
     NEG, [CO, BS], "en"),
    ("Look, the onboarding was a shambles and I haven't forgotten it. But the product works, so add the 10 seats for "
     "the new hires.",
     NEG, [CO, BS], "en"),

    # ------------------------------------------------------------------ negative + churn_threat + meeting_request
    ("We've got the budget review in January and every subscription is on the chopping block, yours included. Might be "
     "worth a call beforehand to make your case?",
     NEG, [CH, MR], "en"),
    ("Heads up, we're meeting two other telematics vendors next month ahead of renewal. If you want to pitch for it, "
     "suggest a time the week of the 10th.",
     NEG, [CH, MR], "en"),

    # ------------------------------------------------------------------ negative + pricing_question + objection + churn_threat
    ("The new service price list is 18% higher and we simply don't have that in the budget. Is there any flexibility? "
     "Otherwise we'll have to look at other service providers.",
     NEG, [PQ, OB, CH], "en"),
    ("Can't do the new per-user pricing, we'd be paying for 80 seasonal pickers who only clock in for six weeks. Is "
     "there a seasonal tier? If not we'll go back to paper timesheets.",
     NEG, [PQ, OB, CH], "en"),

    # ------------------------------------------------------------------ negative + pricing_question + complaint + churn_threat
    ("We were billed for a full year of the analytics add-on we never activated. Why? And what's the notice period? "
     "Frankly I'm minded to cancel the whole thing.",
     NEG, [PQ, CO, CH], "en"),
    ("Recebemos uma fatura 30% maior sem nenhum aviso. Como foi calculado esse reajuste? Se não houver explicação, "
     "vamos procurar outro fornecedor.",
     NEG, [PQ, CO, CH], "pt"),
]


def signature(sentiment, intents):
    return sentiment + "|" + ",".join(intents)


def split(entries):
    """Shuffle with a fixed seed, group by label signature, deal each group alternately to dev and test."""
    order = list(range(len(entries)))
    random.Random(SEED).shuffle(order)
    groups = defaultdict(list)
    for i in order:
        text, sentiment, intents, _lang = entries[i]
        groups[signature(sentiment, intents)].append(i)
    dev, test = [], []
    turn = 0
    for sig in sorted(groups):
        for i in groups[sig]:
            (dev if turn == 0 else test).append(i)
            turn ^= 1
    rank = {i: r for r, i in enumerate(order)}
    dev.sort(key=rank.get)
    test.sort(key=rank.get)
    return dev, test


def write(path, indices, first_id):
    rows = []
    for n, i in enumerate(indices):
        text, sentiment, intents, _lang = ENTRIES[i]
        rows.append({"id": f"s6-{first_id + n:03d}", "text": text, "sentiment": sentiment,
                     "intents": [x for x in INTENT_ORDER if x in intents]})
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main():
    dev, test = split(ENTRIES)
    write(HERE / "signals6_dev.jsonl", dev, 1)
    write(HERE / "signals6_test.jsonl", test, len(dev) + 1)
    for name, idx in (("dev", dev), ("test", test)):
        langs = Counter(ENTRIES[i][3] for i in idx)
        print(f"{name}: {len(idx)} messages; languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))


if __name__ == "__main__":
    main()
