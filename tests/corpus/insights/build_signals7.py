"""Build the signals7 insights eval set (240 hand-written, hand-labelled inbound B2B messages).

The inbox belongs to one invented vendor: Brennick Industrial Supply Ltd, an industrial-parts distributor
(bearings, power transmission, hydraulics, pneumatics, seals, fasteners) with StockPoint vending cabinets,
a Breakdown 24 emergency line, CondiSense vibration-monitoring subscriptions, a repair workshop and an EU
export desk in Rotterdam. See README_signals7.md.

Every entry below is a literal written and labelled by hand: (text, sentiment, intents, language).
The language code is bookkeeping only and is not written to the JSONL files.
This script only splits and numbers the entries; it uses the standard library and is deterministic.

Run:  python3 build_signals7.py && python3 validate_signals7.py
"""
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
INTENT_ORDER = ["pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request"]
PQ, OB, CO, CH, BS, MR = INTENT_ORDER
POS, NEU, NEG = "positive", "neutral", "negative"
SEED = 20261527  # first seed from 20261207 up whose split puts each language within 1 between the halves

ENTRIES = []

# --- batch 1 ---
ENTRIES += [
    ("lads the 6206 bearings came this morning, all good 👍 cheers for sorting it so fast", POS, [], "en"),
    ("""Subject: Short shipments – PO 88213 and PO 88240

Hi Dev,

I'm sorry to keep raising this. PO 88213 arrived with 12 of the 20 taper-lock bushes, and PO 88240 had the wrong pitch on the roller chain (we ordered 5/8" simplex, received 3/4"). Neither had a backorder note in the box.

Individually these things happen. But it's the fourth short or wrong delivery since September, and our maintenance planner now double-checks every Brennick box before it goes on the shelf, which rather defeats the point of having a distributor.

Our supply agreement comes up in March. I would rather not have to look elsewhere, but I will need to show our ops director that something has changed.

Regards,
Hannah Okafor
Stores & Procurement Lead
Teesdale Extrusions Ltd""", NEG, [CO, CH], "en"),
    ("Can u quote 40x 6205-2RS C3 + 10x UCP208 pls, need to raise the PO today", NEU, [PQ, BS], "en"),
    ("""Hello,

We saw the StockPoint vending cabinets on your stand at the Maintec show. What is the monthly charge for a 24-bay unit, and is there a minimum spend on the consumables inside it?

Thanks,
Rizwan Iqbal
Facilities Engineer, Pennine Foods""", NEU, [PQ], "en"),
    ("Brilliant. Ordered a gearbox seal kit for Tuesday, it's now Friday and tracking still says 'label created'. Really loving the next-day service 🙃", NEG, [CO], "en"),
    ("""Guten Tag Frau de Wit,

vielen Dank für das Angebot. Leider liegt Ihr Preis für die Hydraulikschläuche rund 18 % über dem unseres jetzigen Lieferanten. So können wir das intern nicht vertreten.

Mit freundlichen Grüßen
Jens Hollmann
Einkauf, Hollmann Kunststofftechnik GmbH""", NEG, [OB], "de"),
    ("Can Ellie swing by the Tipton site Weds or Thurs? Want to walk her round the stores before we sign off next year's VMI list", NEU, [BS, MR], "en"),
    ("""Out of office: I am away until Monday 4 January with no access to email. For urgent breakdown orders please call our stores on 01632 960412.

Kind regards,
Phil Garnett""", NEU, [], "en"),
    ("Board said YES to the CondiSense pilot 🎉🎉 send the paperwork over and let's get sensors on the kiln fans asap!", POS, [BS], "en"),
    ("Honest question: why would we pay £14 a unit for your own-brand V-belts when the Gates ones are £11 on the web?", NEG, [OB], "en"),
    ("""Dzień dobry,
czy możemy liczyć na 5% rabatu przy zamówieniu całorocznym na łożyska SKF? Proszę o informację.
Pozdrawiam
Agnieszka Wróbel
Dział zakupów, Wróbel-Pak Sp. z o.o.""", NEU, [PQ], "pl"),
    ("""Hi Joanne,

Just so you're aware, the October invoice (INV-204877) has the bearings at list price rather than our contract rate. Could you issue a credit note for the difference?

Thanks,
Mel""", NEG, [CO], "en"),
    ("""Dear Callum,

Just a courtesy note: following the merger, group procurement has asked every site to move MRO supply onto the Caledonia Industrial framework from April. I've enjoyed working with you and this isn't a reflection on your team.

Could you let me know what notice we need to give on the StockPoint cabinets?

Best,
Fiona Baird""", NEG, [CH], "en"),
    ("Love the CondiSense dashboards, genuinely. But £9 per sensor per month from January is a joke for what is basically a vibration alarm.", NEG, [OB], "en"),
    ("Morning, our new goods-in hours from 5 Jan are 7:00–15:00, please let your drivers know. Gate B as before.", NEU, [], "en"),
    ("Are you around Thursday pm? Rather talk the rebate figures through on the phone than by email", NEU, [PQ, MR], "en"),
    ("""Hola Sanne,

Confirmamos el pedido de los 12 motorreductores según vuestra oferta 2026-1183. Os enviamos la orden de compra esta tarde.

Un saludo,
Javier Lozano
Conservas del Cantábrico""", NEU, [BS], "es"),
    ("""Ellie,

I need someone senior from Brennick on the phone this week. Your Breakdown 24 line left us waiting five hours for a pump seal on Saturday and we lost a full shift.

If that's the level of cover we're paying for, I'll cancel it and go direct to the OEM.

Tom Fairlie
Maintenance Manager""", NEG, [CO, CH, MR], "en"),
    ("PO 55102 attached for the pillow blocks, delivery to Dock 3 please", NEU, [BS], "en"),
    ("Just wanted to say your lad Kieran was a star on Monday night, had the conveyor gearbox back in and running by 2am. Plant manager noticed. Thank you.", POS, [], "en"),
    ("We're definitely interested in the punchout catalogue but our SAP upgrade isn't finished until Q3, so there's no point starting anything before then.", NEG, [OB], "en"),
    ("How much extra would it be to add kitting to our monthly order? i.e. you bag up the service kits per machine before they ship. We'd want it for all 14 presses.", NEU, [PQ, BS], "en"),
    ("""Bonjour,

Je vous informe que notre usine sera fermée du 24 décembre au 2 janvier inclus. Merci de ne programmer aucune livraison pendant cette période.

Cordialement,
Claire Vasseur
Responsable logistique, Vasseur Emballages""", NEU, [], "fr"),
    ("Why has the 2\" ball valve gone from £38 to £52 on this month's invoice? Nobody told us about an increase. Please explain before we pay it.", NEG, [PQ, CO], "en"),
    ("That was the most useful supplier visit we've had in years, your engineer spotted two misaligned couplings just walking past. Could we get a proper CondiSense demo in front of our engineering manager in January?", POS, [MR], "en"),
    ("WHERE ARE THE HOSES FOR PO 77410?? LINE 2 HAS BEEN DOWN SINCE 6AM. NEED AN ETA NOW", NEG, [CO], "en"),
    ("If you can match Beacon's price on the hydraulic hose assemblies we'll move our account over to you in January. Otherwise we'll stay where we are.", NEG, [OB, BS], "en"),
    ("""Buongiorno,

potreste inviarci il listino prezzi aggiornato 2027 per cinghie e pulegge? Ci serve per chiudere il budget.

Grazie,
Luca Bernardi
Ufficio Acquisti, Bernardi Imballaggi Srl""", NEU, [PQ], "it"),
    ("Recieved the credit note, ta.", NEU, [], "en"),
    ("Really pleased with how the StockPoint cabinet has gone at Wednesbury, usage is down 20% already. What would a second one cost for the Bilston site?", POS, [PQ, BS], "en"),
]

# --- batch 2 ---
ENTRIES += [
    ("""Great news: finance have approved the three-year StockPoint agreement for both sites. Really happy with how Ellie's team ran the trial.

Where do I send the signed contract?

Gemma Lowe
Operations Buyer, Halesowen Press Tools""", POS, [BS], "en"),
    ("Please note our accounts payable address changes to ap@tamworthcastings.example from 1 December. Remittances will come from the new address.", NEU, [], "en"),
    ("3rd wrong bearing this month. Seriously thinking of moving the account to Beacon tbh", NEG, [CO, CH], "en"),
    ("What's the carriage charge on orders under £100 these days?", NEU, [PQ], "en"),
    ("Shout-out to your Rotherham counter: walked in with a seized hub at ten to five on a Friday and walked out with the right bearing and a spare. Proper service.", POS, [], "en"),
    ("We like the kit, but the subscription cost won't get past our FD as it stands. Could you come in and present it to him yourselves, maybe the week of the 12th?", NEG, [OB, MR], "en"),
    ("""Bom dia,

Gostaríamos de encomendar mais 200 rolamentos 6204 ao mesmo preço da última encomenda. Podem confirmar o prazo de entrega?

Obrigado,
Rui Tavares
Cortiças do Douro, Lda.""", NEU, [BS], "pt"),
    ("""Hi Dev,

The gearbox your workshop refurbished for us is running hot again after three weeks. Could you ring me today so we can work out what happens next?

Sue Hendry
Engineering, Corby Maltings""", NEG, [CO, MR], "en"),
    ("Can we move Thursday's stock review to the Friday, same time? Our planner is on a course.", NEU, [MR], "en"),
    ("Loved the trial of the CondiSense kit on the chillers 👏 We want to roll it out to the other 30 motors. Can you price that up and come over in January to plan the install?", POS, [PQ, BS, MR], "en"),
    ("""Hi Callum,

Can you confirm the end date and notice period on our Breakdown 24 contract? We're reviewing whether we still need it after April.

Thanks,
Aileen""", NEG, [CH], "en"),
    ("Thanks Joanne, I'll pass the quote to our engineering lead and come back to you.", NEU, [], "en"),
    ("""Hallo Sanne,

super Arbeit bei der Umstellung auf die Ausgabeautomaten, unsere Instandhaltung ist begeistert! Bitte schicken Sie uns den Vertrag für den zweiten Schrank in Halle 4.

Viele Grüße
Martina Keller
Keller Feinguss GmbH""", POS, [BS], "de"),
    ("Is there any flexibility on the 7% increase? Our customers won't accept us passing that on, and at that level we'd have to rethink how much we buy through you.", NEG, [PQ, OB, CH], "en"),
    ("Signed order form for the Bilston cabinet attached. Install any day w/c 18th except Tuesday.", NEU, [BS], "en"),
    ("Great to see the fourth invoice this quarter with somebody else's PO number on it. Keeps our accounts team on their toes I suppose.", NEG, [CO], "en"),
    ("""Goedemiddag,

Voor de derde keer deze maand komen de pneumatische cilinders te laat binnen. Als dit zo doorgaat, gaan we na de zomer met een andere leverancier in zee.

Met vriendelijke groet,
Bram Visser
Visser Machinebouw B.V.""", NEG, [CO, CH], "nl"),
    ("Do you do 60-day terms for new accounts or is it 30 only?", NEU, [PQ], "en"),
    ("""Fantastic turnaround on the quotes, thank you. We'd like to go ahead with option B.

Could Dev pop in next Tuesday or Wednesday morning to sort the bin layout with our stores team?""", POS, [BS, MR], "en"),
    ("I'll be honest, at renewal your price for the whole package is hard to defend internally. We've been asked to get two other distributors to quote.", NEG, [OB, CH], "en"),
    ("Sorry, wrong Ellie! Please ignore my last message.", NEU, [], "en"),
    ("We'd sign up for the punchout catalogue tomorrow if it connected to Coupa. Does it? If not we can't go ahead.", NEG, [OB, BS], "en"),
    ("""Merci beaucoup pour votre réactivité hier, le technicien a été parfait. Toute l'équipe de maintenance vous remercie !

Amélie Roux""", POS, [], "fr"),
    ("Hi, please send a proforma for 6 x Parker 3349 filter elements so we can pay upfront, our credit account isn't set up yet", NEU, [PQ, BS], "en"),
    ("Morning Joanne. The replacement cylinder arrived yesterday but the rod end thread is M16, not M20 as on the order. We've put it back in the box. Can you arrange a collection?", NEG, [CO], "en"),
    ("yes please!! go ahead with the 50 safety knives and the glove dispenser, you've made my week 😄", POS, [BS], "en"),
    ("Give me a bell when you're back in the office, need a chat about the Glasgow stores", NEU, [MR], "en"),
    ("""Re: INV-209112

We've been charged a "fuel surcharge" of £45 on every delivery since October. That isn't in our agreement. What is it based on?

Until it's removed I'm moving the fasteners business elsewhere.

D. Mensah
Purchasing, Northgate Trailers""", NEG, [PQ, CO, CH], "en"),
    ("walsall counter open 27th?", NEU, [], "en"),
    ("""Joanne, can you call me before 3?

This is the second time your driver has left pallets outside in the rain and we've had to scrap £2k of bearings. I've been asked to look at alternatives and I'd rather not.

Kev""", NEG, [CO, CH, MR], "en"),
]

# --- batch 3 ---
ENTRIES += [
    ("Please cancel the collection booked for tomorrow, our own driver will drop the pallets at Walsall on his way past.", NEU, [], "en"),
    ("FYI the complaint I mentioned on the phone was about our haulier, not you lot. All sorted now.", NEU, [], "en"),
    ("""Hi Ellie,

Heads-up that we're switching our ERP to Dynamics in February. From then on our POs will come from a new number range (PO-D-xxxxx). Same buyers, same addresses.

Regards,
Colin Marsh
Purchasing, Arden Valve Services""", NEU, [], "en"),
    ("Our new maintenance manager starts Monday: Priya Shah, priya.shah@ketleyfoods.example. Can you add her to the CondiSense alert emails and take Martin off?", NEU, [], "en"),
    ("Does an SKF 22218 E drop straight into the same plummer block as the FAG one we've got in now?", NEU, [], "en"),
    ("Accepted: Quarterly stock review, Brennick / Tipton, Thu 15 Jan 10:00–11:00", NEU, [], "en"),
    ("""Buenos días,

Adjunto el certificado actualizado de operador intracomunitario para vuestros registros.

Saludos,
Marta Ibáñez
Administración, Talleres Ibáñez e Hijos S.L.""", NEU, [], "es"),
    ("Our mistake this time, we ordered the 25mm bore when we needed 30. Can we send the four unused ones back?", NEU, [], "en"),
    ("No complaints from the shop floor about the new cut-resistant gloves so far. I'll let you know after a full month.", NEU, [], "en"),
    ("""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Januar nicht im Büro und lese keine E-Mails. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter +49 30 5550 1234.

Stefan Brandt""", NEU, [], "de"),
    ("Perfect, that's exactly what we needed. Please book the 12 x 6310 for Thursday delivery 👍", POS, [BS], "en"),
    ("""Hi Dev,

Your quote was the clearest of the three we had in, and the cheapest once carriage is included. We're going with Brennick. The PO will come from purchasing this week.

Thanks for all the help,
Owen""", POS, [BS], "en"),
    ("""Buongiorno Sanne,

ottimo lavoro con la consegna urgente della settimana scorsa, grazie davvero! Procediamo con l'ordine annuale come da vostra offerta n. 2026-1417.

Cordiali saluti,
Francesca Greco
Oleificio Greco""", POS, [BS], "it"),
    ("😍 the new hose crimper is a beast. Put us down for the spare die set as well please", POS, [BS], "en"),
    ("honestly the smoothest supplier onboarding we've ever done. we'll start putting POs through from monday", POS, [BS], "en"),
    ("Just a note to say thanks for the MRO spend report. It made my quarterly review with the FD a lot easier.", POS, [], "en"),
    ("The CondiSense alert caught a failing bearing on the main extract fan last night, before it let go. That's the whole year's subscription paid for in one go. Thank you!", POS, [], "en"),
    ("Confirmed the credit note has landed. Thanks for sorting it so quickly Joanne, much appreciated.", POS, [], "en"),
    ("Does that price include the mounting kit or is it extra?", NEU, [PQ], "en"),
    ("""Hello,

What is the difference in monthly cost between the 12-month and 36-month StockPoint terms? And is installation charged separately?

Many thanks,
Harriet Cole
Site Services, Ludlow Dairy Co-operative""", NEU, [PQ], "en"),
    ("""Hi Joanne,

Your engineers did a brilliant job on the pump rebuild, the line has never run so quietly. Out of interest, are your workshop rates changing next year? Just gathering figures for the budget.

Rob""", POS, [PQ], "en"),
    ("£420 for a seal kit?? Can you do anything on that or do I just get this one from the OEM?", NEG, [PQ, OB], "en"),
    ("We're not renewing the vending contract in its current form. The minimum monthly spend made sense when we ran three shifts; we're down to one.", NEG, [OB, CH], "en"),
    ("Your ordering portal has been down every Monday morning for a month, so we can't place orders when we need to. If it isn't fixed by the new year, the account goes out to tender.", NEG, [CO, CH], "en"),
    ("""Please add our Redditch plant as a delivery address on the account and put them on the same price file. They'll start ordering in January.

Contact there is Lewis Grant, 01632 960781.""", NEU, [BS], "en"),
    ("Order: 4x SPB 2000 belts, 2x taper-lock 2012 x 35mm. Acct BR4471. Will collect from the counter at 2.", NEU, [BS], "en"),
    ("Are any of your team at the Engineering Expo in Birmingham? Would be good to grab 20 minutes on the Wednesday.", NEU, [MR], "en"),
    ("""Before we commit to anything I need to understand why the CondiSense contract is 36 months minimum. As it stands that's a hard no from our side.

Can we talk it through on Teams on Tuesday?""", NEG, [OB, MR], "en"),
    ("Who's covering for Ellie while she's on leave?", NEU, [], "en"),
    ("Lost my login for the ordering portal again 🙈 can someone reset it pls", NEU, [], "en"),
]

# --- batch 4 ---
ENTRIES += [
    ("Hi Ellie, please switch off auto-renew on the StockPoint agreement for now. Nothing's decided, we just want to keep our options open while the new group structure settles.", NEG, [CH], "en"),
    ("""Olá Sanne,

A nossa casa-mãe em Madrid vai centralizar as compras de manutenção a partir de junho. Podem enviar-nos as condições de rescisão do contrato de consignação?

Cumprimentos,
Inês Carvalho
Têxteis Carvalho, S.A.""", NEG, [CH], "pt"),
    ("Can we get 30 mins on the phone next week? The board wants us to compare Brennick against a couple of the online distributors before we renew, and I'd rather you heard it from me first.", NEG, [CH, MR], "en"),
    ("""Bonjour Sanne,

Notre nouveau directeur des achats souhaite regrouper tous nos fournisseurs de maintenance chez un seul distributeur national l'an prochain. Pouvez-vous m'appeler cette semaine pour qu'on en parle ? Je préfère que vous soyez dans la boucle.

Cordialement,
Nathalie Girard
Girard Plasturgie""", NEG, [CH, MR], "fr"),
    ("The bearings arrived but the box had clearly been opened and retaped, and two of the seals are nicked. Not ideal for a food-grade line. Photos attached.", NEG, [CO], "en"),
    ("Still not impressed about the hose mix-up last week, but we need to get on: please send the 8 replacement assemblies plus 4 extra for stock.", NEG, [CO, BS], "en"),
    ("""Hola Sanne,

Seguimos esperando el abono de la factura de septiembre, que lleva ya dos meses pendiente. Aun así, os pasamos el pedido de enero; adjunto la orden de compra.

Saludos,
Andrés Moreno
Moreno Cerámicas""", NEG, [CO, BS], "es"),
    ("""Dev,

It happened again this morning. Same motor, same sensor, no alert until the bearing had already collapsed. I've got a fitter and an apprentice who now ignore the dashboard entirely.

I'm not going to keep paying for a monitoring service we can't trust. Please treat this as notice that we won't be renewing CondiSense in March unless you can show me what went wrong.

Alison Pryor
Reliability Engineer

On 2 Dec, Dev Rao wrote:
> Hi Alison, really sorry about last week's missed alert. We've recalibrated the sensor on M14 and it should be fine from here.
> Happy to come out and talk it through if useful.""", NEG, [CO, CH], "en"),
    ("mate thats the 3rd time the cabinet's been empty on a monday morning. if it happens agian im having it pulled out", NEG, [CO, CH], "en"),
    ("""Dear Sir/Madam,

Kindly note we have again received the incorrect grade of stainless fasteners (A2 instead of A4) against order 60-11873. This is the second occurrence. A supplier non-conformance has been raised and your account is now under review by our quality team.

Regards,
J. Whitfield
Supplier Quality, Marston Marine Engineering""", NEG, [CO, CH], "en"),
    ("""Buongiorno,

purtroppo anche questa volta le guarnizioni sono arrivate con dieci giorni di ritardo. Per il 2027 stiamo valutando altri fornitori.

Saluti,
Paolo Ricci
Manutenzione, Ricci Laterizi""", NEG, [CO, CH], "it"),
    ("I've now asked three times for the calibration certificates for the torque wrenches and I still have nothing. Our audit is Friday. Frankly I'm starting to wonder why we don't just buy these through our general supplier.", NEG, [CO, CH], "en"),
    ("The StockPoint cabinet has been rejecting badge scans since Tuesday's update, so our fitters are writing everything on a clipboard. Can someone ring me to sort it?", NEG, [CO, MR], "en"),
    ("""Hi Joanne,

We were invoiced for 40 drums of hydraulic oil and only received 32. I've attached the signed delivery note. Could you give me a call once you've had a look?

Thanks,
Pritpal""", NEG, [CO, MR], "en"),
    ("Dev, we need to sit down about service levels. Deliveries were late on 9 of the last 20 orders. Tuesday or Wednesday next week, your choice of time.", NEG, [CO, MR], "en"),
    ("Thanks for the catalogue, but to be straight with you we've been with Lowther Bearings for fifteen years and see no reason to change.", NEG, [OB], "en"),
    ("Not this year. Capex is frozen until the new financial year in April.", NEG, [OB], "en"),
    ("We can sign the VMI agreement this month provided the install is done before our shutdown on the 19th. If it can't be, it'll have to wait until spring.", NEG, [OB, BS], "en"),
    ("ok we'll take the 60 gearmotors BUT only at the price you did for Sheffield last year. non-negotiable from our end.", NEG, [OB, BS], "en"),
    ("The new £150 minimum order just doesn't work for a site our size. If it stays, we'll move the small stuff to the online guys and probably the rest with it.", NEG, [OB, CH], "en"),
    ("""Hoi Sanne,

Eerlijk gezegd is jullie nieuwe prijslijst voor ons niet haalbaar. We hebben inmiddels bij twee andere distributeurs een offerte aangevraagd.

Groet,
Femke de Boer
Inkoop, De Boer Voedingsmiddelen""", NEG, [OB, CH], "nl"),
    ("I'll be blunt. After the mess with the October deliveries I can't see our MD signing off the extra cabinets. Not yet anyway.", NEG, [OB, CO], "en"),
    ("Brilliant demo yesterday, the team were genuinely impressed. We'd like to go ahead with the 20-sensor package. Can you come in on the 9th to agree the install plan?", POS, [BS, MR], "en"),
    ("Love the new portal 😍 can we add two more users for the night-shift supervisors? What does that cost per head?", POS, [PQ, BS], "en"),
    ("""Hallo Sanne,

die Lieferungen laufen seit dem Sommer wirklich reibungslos, vielen Dank dafür! Wir möchten den Rahmenvertrag auf unseren Standort in Chemnitz erweitern. Was würde das an Mehrkosten bedeuten?

Grüße
Uwe Schäfer
Schäfer Antriebstechnik GmbH""", POS, [PQ, BS], "de"),
    ("Saw your stand at Maintec, the condition-monitoring display was the best thing in the hall. Could someone give me a ring next week? We've got 40 fans on the roof that nobody ever looks at.", POS, [MR], "en"),
    ("Really impressed with what you did for our sister plant in Telford. Could you come and see us about pricing for something similar here? Any day after the 5th.", POS, [PQ, MR], "en"),
    ("Just had the quarterly rebate through, bigger than I expected. Nice surprise before Christmas! 🎄", POS, [], "en"),
    ("Fab, thanks Callum!! Yes to the lot, raise the order and we'll sign it when it comes through 😊", POS, [BS], "en"),
    ("Happy days, the trial cabinet has been a hit with the night shift. Let's keep it, send the paperwork over.", POS, [BS], "en"),
]

# --- batch 5 ---
ENTRIES += [
    ("Your new portal makes us re-enter the cost centre on every single line. It's cost our buyers hours this month. We've started putting the odd order through RS instead just to save time, and if this carries on it won't stay the odd order.", NEG, [CO, CH], "en"),
    ("""Hi Callum,

We won't be extending the consignment stock arrangement. Tying up that much floor space in our stores doesn't make sense for us any more. Can you let us know how you'd like to collect the remaining stock?

Regards,
Moira Lindsay
Stores Manager, Clyde Paper Converters""", NEG, [OB, CH], "en"),
    ("""Dzień dobry Panie Marku,

niestety zarząd nie zgodził się na przedłużenie umowy na obecnych warunkach. Rozważamy przejście do innego dostawcy od kwietnia.

Pozdrawiam
Tomasz Lis
Kierownik utrzymania ruchu, Lis-Metal Sp. z o.o.""", NEG, [OB, CH], "pl"),
    ("Being honest, the CondiSense pilot threw so many false alarms in week one that the engineers have gone right off it, so I can't get a business case for the full rollout past them.", NEG, [OB, CO], "en"),
    ("We've had four late deliveries on the pneumatics since the summer and now a 9% price rise on top. I can't justify that to the board. Unless something changes we'll be going out to tender for 2027.", NEG, [OB, CO, CH], "en"),
    ("""Sanne, os lo digo claro: los plazos de entrega de este año han sido un desastre y vuestra nueva tarifa sale un 12 % más cara que la de la competencia. Así no podemos seguir; ya estamos pidiendo ofertas a otros proveedores.

Un saludo,
Carmen Ortega
Compras, Ortega Envases""", NEG, [OB, CO, CH], "es"),
    ("Honestly the quote is way above what we'd budgeted for a vending solution. If you want to save it, let's get on a call Thursday and see what could come out of the scope.", NEG, [OB, MR], "en"),
    ("Our engineers aren't convinced wireless sensors will survive the washdown areas. Could you bring one of your application engineers over to win them round? Any day but Friday.", NEG, [OB, MR], "en"),
    ("What would it cost us to end the StockPoint contract early, at the end of June instead of next December?", NEG, [PQ, CH], "en"),
    ("If we drop Breakdown 24 and keep only the CondiSense subscription, what does the monthly bill come down to?", NEG, [PQ, CH], "en"),
    ("Can someone explain how the rebate on our Q3 statement was worked out? It's roughly half what it should be on £180k of spend.", NEG, [PQ, CO], "en"),
    ("We've been billed for the Bilston cabinet from October, but it wasn't installed until 17 November. Why are we paying for six weeks we didn't have it?", NEG, [PQ, CO], "en"),
    ("""Guten Tag,

auf der Rechnung RE-55812 wurde uns ein Mindermengenzuschlag von 38 € berechnet, obwohl der Bestellwert über 400 € lag. Wie kommt dieser Zuschlag zustande? Bitte um Korrektur.

Mit freundlichen Grüßen
Heike Braun
Buchhaltung, Braun Stanztechnik GmbH""", NEG, [PQ, CO], "de"),
    ("""That's the third price change in a year, and nobody at Brennick thought to tell us. Can you send me the old and new price files side by side so I can see what has actually gone up?

Our FD is asking why we shouldn't move to Beacon.""", NEG, [PQ, CO, CH], "en"),
    ("Any chance of a better rate on the safety footwear? Your price is about 15% over what we pay at the moment.", NEG, [PQ, OB], "en"),
    ("£38 a month per cabinet for \"software\" on top of the rental? What are we actually getting for that, and can it be waived? Otherwise it's hard to see the value.", NEG, [PQ, OB], "en"),
    ("We'd need 90-day payment terms to make this work, group policy doesn't allow us 30. Is that something you offer?", NEG, [PQ, OB], "en"),
    ("bit steep that mate 😬 whats your best price if we take 3?", NEG, [PQ, OB], "en"),
    ("""Bonjour,

Votre devis pour les motoréducteurs est nettement au-dessus de notre budget. Pourriez-vous revoir le prix ou nous proposer un paiement échelonné ?

Merci,
Julien Petit
Petit Agroéquipements""", NEG, [PQ, OB], "fr"),
    ("If we're honest, the renewal figure is more than we can stomach this year. Is there a cut-down version of the StockPoint service? If not, we'll probably let it lapse.", NEG, [PQ, OB, CH], "en"),
    ("Your renewal quote is 11% up on last year and I can't take that to the board. Can we go through the line items on a call this week?", NEG, [PQ, OB, MR], "en"),
    ("""Before I recommend anything: is the install included, and can you do anything on the per-sensor price? As it stands it's more than our whole maintenance software budget.

Happy to talk Friday if that's easier.""", NEG, [PQ, OB, MR], "en"),
    ("Noted, I'll let goods-in know the pallets are coming Wednesday.", NEU, [], "en"),
    ("""Thanks Ellie, forwarded to Sarah in finance.

-----Original Message-----
From: Ellie Marchbank
Subject: 2027 price list

Please find attached our 2027 price list, effective 1 February. Most lines rise by 4–6%. Happy to set up a call to go through it.""", NEU, [], "en"),
    ("""Dzień dobry,
w załączniku przesyłam potwierdzenie przelewu za fakturę FV/2026/1187.
Pozdrawiam
Ewa Nowak
Księgowość""", NEU, [], "pl"),
    ("do you stock metric hydraulic fitings or just BSP??", NEU, [], "en"),
    ("Site's closed for a stock count on Friday the 30th, no deliveries that day please.", NEU, [], "en"),
    ("Could you send us your current insurance certificate and a bank details letter on headed paper? It's for our annual supplier file review.", NEU, [], "en"),
    ("""Hallo Sanne,

kurze Info: Herr Weber hat zum Jahresende gekündigt. Ab Januar ist Frau Lange Ihre Ansprechpartnerin für alle Bestellungen (lange@roth-verpackung.example).

Viele Grüße
Anja Roth""", NEU, [], "de"),
    ("Is there a cut-off time for next-day delivery to Scotland?", NEU, [], "en"),
]

# --- batch 6 ---
ENTRIES += [
    ("Whoever packed our last order deserves a medal, every bin labelled exactly the way we asked. Thank you!", POS, [], "en"),
    ("Just back from the audit and the inspector singled out our stores as the tidiest in the group. Half the credit goes to your cabinet setup, so cheers.", POS, [], "en"),
    ("Portal's working again. Thanks for jumping on it so fast this morning, really appreciated.", POS, [], "en"),
    ("""¡Muchas gracias por el detalle navideño! Da gusto trabajar con un proveedor así. Feliz Navidad a todo el equipo de Róterdam.

Lucía Herrera
Herrera Embalajes""", POS, [], "es"),
    ("Annoyingly, your own-brand bearings have outlasted the premium ones on the crusher. Don't tell anyone I said that 😂", POS, [], "en"),
    ("Ellie you absolute legend. PO attached for the lot 🙌", POS, [BS], "en"),
    ("We've been really happy with the Bristol branch, so we'd like to move our Swindon site onto the same account from February. What do you need from us?", POS, [BS], "en"),
    ("""Hoi Sanne,

De proefperiode met de uitgifteautomaat was een groot succes! We willen het contract graag voor twee jaar tekenen. Kun je het opsturen?

Groet,
Joris Bakker
Bakker Kunststoffen B.V.""", POS, [BS], "nl"),
    ("Great result on the hose audit. Go ahead and replace everything you flagged red, PO number to follow.", POS, [BS], "en"),
    ("""Hi Callum,

Quick one before the holidays. We've had a good year with you (the Breakdown 24 callouts in particular saved us more than once), so we're happy to renew on the terms in your letter of 28 November.

Please send the renewal documents to me and copy in our contracts team at contracts@forthbottling.example.

Merry Christmas to you and the team,
Gordon Muir
Engineering Manager, Forth Bottling Co.""", POS, [BS], "en"),
    ("all approved ✅🎉 thanks for your patience dev, order going in today", POS, [BS], "en"),
    ("""Dzień dobry,

jesteśmy bardzo zadowoleni z tegorocznych dostaw. Prosimy o przygotowanie umowy ramowej na 2027 rok na tych samych warunkach.

Pozdrawiam
Katarzyna Zielińska
Zielińska Opakowania Sp. z o.o.""", POS, [BS], "pl"),
    ("Really good first quarter with the cabinets. We want one in the tool room too. Could Ellie pop over one morning next week to look at where it should go?", POS, [BS, MR], "en"),
    ("Sold! The team loved the demo kit. Can we book your engineer for a kick-off session on site, maybe Monday the 12th?", POS, [BS, MR], "en"),
    ("Cracking job on the trial, we'll take the full install. Ring me tomorrow and we'll fix dates.", POS, [BS, MR], "en"),
    ("""Ciao Sanne,

il pilota è andato benissimo, complimenti al vostro tecnico! Vorremmo procedere con tutte e tre le linee. Possiamo sentirci martedì per definire i dettagli?

Marco Villa
Villa Pastificio""", POS, [BS, MR], "it"),
    ("Really chuffed with the new crimping setup. We need another crimper for the Leeds workshop, what's the price for a second one with the same dies?", POS, [PQ, BS], "en"),
    ("Excellent service as always. Please quote 200 x 6202-2Z, we'll order as soon as we have the price.", POS, [PQ, BS], "en"),
    ("Can you add the PPE vending module to our existing cabinet? The lads love the thing. How much extra per month?", POS, [PQ, BS], "en"),
    ("So pleased with the CondiSense results that we want the compressors covered too, 12 more sensors. Same price per sensor as the original order?", POS, [PQ, BS], "en"),
    ("""Bonjour Sanne,

Très satisfaits de cette première année avec vous ! Nous souhaitons ajouter le site de Lyon au contrat. Pouvez-vous nous envoyer un devis ?

Bien à vous,
Sophie Marchand
Marchand Cartonnages""", POS, [PQ, BS], "fr"),
    ("You've been brilliant this year. We're looking at moving our fasteners over to you as well, around £40k a year. What sort of discount could you do on volume like that?", POS, [PQ, BS], "en"),
    ("the gloves are a massive hit!! can we up it to 40 boxes a month? does the price per box drop at that volume?", POS, [PQ, BS], "en"),
    ("That CondiSense webinar was excellent. Could one of your team walk our reliability engineer through it one-to-one? Any afternoon next week suits.", POS, [MR], "en"),
    ("The new Rotherham branch is great, so much easier than driving down to Walsall. When's good for a catch-up in the new year?", POS, [MR], "en"),
    ("Thanks for such a useful visit yesterday. Could we do the same at our Corby site in February?", POS, [MR], "en"),
    ("""Hallo Sanne,

Ihr Vortrag auf der Messe in Hannover war sehr überzeugend. Hätten Sie im Januar Zeit, uns in Kassel zu besuchen?

Beste Grüße
Dirk Hoffmann
Hoffmann Fördertechnik""", POS, [MR], "de"),
    ("Love the StockPoint cabinets, saw one at a supplier of ours last week. What's the monthly rental on the 12-bay version?", POS, [PQ], "en"),
    ("Your counter staff are always brilliant. Quick one: is the trade discount on hand tools the same as on bearings?", POS, [PQ], "en"),
    ("Really enjoyed the workshop tour. For budgeting, roughly what would a gearbox rebuild like the one we saw cost?", POS, [PQ], "en"),
]

# --- batch 7 ---
ENTRIES += [
    ("""Subject: Complaint ref 4471 – closed

Hi Joanne,

Just confirming from our side that complaint ref 4471 can be closed. The replacement parts went in on Tuesday.

Regards,
Neil Ashworth""", NEU, [], "en"),
    ("Please don't send paper invoices any more, PDF to invoices@ only.", NEU, [], "en"),
    ("We're cancelling PO 88302, it was raised in error and duplicates 88299. Please only ship the one.", NEU, [], "en"),
    ("""Hi Dev,

Please ignore my panicky message from this morning about the gearbox. Our electrician had wired the new motor in reverse. Everything's running the right way now.

Gareth""", NEU, [], "en"),
    ("What's the lead time on a Rexroth A10VSO pump at the moment?", NEU, [], "en"),
    ("Quick reminder that from 1 January all drivers on our site need hi-vis and safety boots, no exceptions.", NEU, [], "en"),
    ("Can you confirm the bearing in the attached photo is a 6308 and not a 6309? Can't read the marking.", NEU, [], "en"),
    ("""Automatic reply: I'm on annual leave until 2 January. For anything urgent please contact Sam Doyle on 01632 960118 or sam.doyle@kettlewellmills.example.""", NEU, [], "en"),
    ("""FYI, see below from our night shift. Not your issue: our cleaners had unplugged the cabinet. Just so you have it on file.

---------- Forwarded message ----------
From: Night Shift Supervisor
> cabinet dead again, nothing dispensing, useless thing""", NEU, [], "en"),
    ("Got drawings, cheers", NEU, [], "en"),
    ("What's the price difference between C3 and normal clearance on the 6312?", NEU, [PQ], "en"),
    ("Do you charge a restocking fee if we return parts unopened?", NEU, [PQ], "en"),
    ("Hi Joanne, can you tell me what our 2027 price will be for the Breakdown 24 cover, same scope as now? Finance are doing budgets.", NEU, [PQ], "en"),
    ("Is the StockPoint rental invoiced monthly or quarterly in advance?", NEU, [PQ], "en"),
    ("Can we have the invoices for the Irish site in euros rather than sterling, and is there a conversion charge for that?", NEU, [PQ], "en"),
    ("""Dear Sales Team,

Please provide your best prices for the attached list of 46 lines (bearings and seals) against our annual usage. We are benchmarking our current supply arrangement and no decision will be made before Q2.

Please quote both ex-works and delivered.

Regards,
Procurement
Halden Water Services""", NEU, [PQ], "en"),
    ("How does the rebate work exactly, is it on total spend or just the contract lines?", NEU, [PQ], "en"),
    ("What's the call-out charge for Breakdown 24 outside the contracted hours?", NEU, [PQ], "en"),
    ("Do you offer an education rate? We're a UTC with a big engineering workshop.", NEU, [PQ], "en"),
    ("Please quote 3 x SKF SYJ 50 TF units delivered to Bilston, we need them before the 20th.", NEU, [PQ, BS], "en"),
    ("We'd like to add another 10 CondiSense sensors on the kiln line. Can you send a revised quote?", NEU, [PQ, BS], "en"),
    ("Need 2 more cabinets for the new building, same spec as the others. Price?", NEU, [PQ, BS], "en"),
    ("Can you send me a proforma for the 4 gearmotors on quote Q-33871 please, we'll pay by BACS before dispatch", NEU, [PQ, BS], "en"),
    ("We want to move to the 36-month StockPoint term when the current one ends. What would the monthly figure be?", NEU, [PQ, BS], "en"),
    ("Thanks for remembering our site induction rules, first supplier driver this year who hasn't needed reminding 😄", POS, [], "en"),
    ("The new layout on the bin cards is a big improvement. Whoever came up with it, thank you.", POS, [], "en"),
    ("Replacement chain fitted and running sweet. Thanks for getting it to us the same day, you saved our Saturday.", POS, [], "en"),
    ("Absolutely delighted with the pilot results!! We want CondiSense on all four lines. Can you send pricing for the full rollout and come in on Monday to go through it with the MD?", POS, [PQ, BS, MR], "en"),
    ("The sample repair report you sent over was the most thorough we've seen from any workshop, really impressive. Could we get on a call about what a service contract for our pump fleet would cost?", POS, [PQ, MR], "en"),
    ("Wonderful news that the shortage is over, please release the backorder for all 300 seals now 😀", POS, [BS], "en"),
]

# --- batch 8 ---
ENTRIES += [
    ("stuck behind a tractor on the A49, be with you about quarter past. sorry!", NEU, [], "en"),
    ("Can't make Thursday's visit after all. I'll send some new dates once the shutdown plan is out.", NEU, [], "en"),
    ("We've moved to a new building: Unit 7, Kingsway Trading Estate, Wolverhampton WV99 1ZZ. Please deliver there from Monday.", NEU, [], "en"),
    ("Sorry for the slow reply, I've been off sick. I'll go through your proposal this week.", NEU, [], "en"),
    ("Is the 2027 catalogue out yet? Our planners still like a paper copy.", NEU, [], "en"),
    ("PLEASE NOTE NEW GATE CODE FOR OUT OF HOURS DELIVERIES IS 4471#. DO NOT SHARE.", NEU, [], "en"),
    ("PO 71-2290 raised for the hydraulic power pack as quoted. Delivery to Stores, Building C.", NEU, [BS], "en"),
    ("Yes, go ahead with the replacements for all six motors.", NEU, [BS], "en"),
    ("Renewal's signed. Do you want the original posted or is a scan OK?", NEU, [BS], "en"),
    ("Legal have finished with the supply agreement, our MD will sign it on Monday.", NEU, [BS], "en"),
    ("Please add the Coventry and Nuneaton depots to our account from January, same delivery days as Walsall.", NEU, [BS], "en"),
    ("Supplier onboarding form filled in and attached. Our first PO should follow next week.", NEU, [BS], "en"),
    ("We're ready to go ahead with the VMI rollout at both sites. Can you and your installer come in on the 14th to agree the bin map?", NEU, [BS, MR], "en"),
    ("Capex sign-off came through for the extra sensors. When could your engineer get on a call to plan the install? Early January ideally.", NEU, [BS, MR], "en"),
    ("PO for the kitting service attached. Could somebody ring our stores lead Aisha tomorrow to agree the first kit list?", NEU, [BS, MR], "en"),
    ("Can we push the account review to January? December is mad here.", NEU, [MR], "en"),
    ("Are you free for 15 mins at 4? Quick question about the new bin labels", NEU, [MR], "en"),
    ("Could someone from your technical team call me about seal materials for a 120°C caustic wash? Want to get the spec right before we order anything.", NEU, [MR], "en"),
    ("Tuesday at 9 doesn't work for us, could we do 11 instead? Same place.", NEU, [MR], "en"),
    ("""Hi Ellie,

Hope you're well. Things have been hectic with the new line going in, which is partly why I'm writing.

We're reorganising the engineering stores over the summer and I'd like your view on what should live in a cabinet and what should stay on open shelving. Would you have an hour to walk the floor with me and our planner some time in the week of 19 January?

Best,
Rachel Adeyemi
Engineering Stores Supervisor, Stourport Foods""", NEU, [MR], "en"),
    ("Can we have a call about the rebate tiers? I'd like to know what spend gets us into the next band.", NEU, [PQ, MR], "en"),
    ("Before the renewal goes to our board I'd like to go through the new price file with you line by line. Can you do next Wednesday afternoon?", NEU, [PQ, MR], "en"),
    ("Ring me when you get a minute, need to understand how the per-sensor charge works for sensors we've moved between machines.", NEU, [PQ, MR], "en"),
    ("Big thanks to Marek on your export desk, he sorted our customs paperwork in an afternoon after our forwarder had given up. Top man.", POS, [], "en"),
    ("Thank you for the hamper!! Your team are a pleasure to deal with all year, not just at Christmas 😂🎄", POS, [], "en"),
    ("Delighted to confirm we're renewing StockPoint for another three years. It's been a game changer for our stores.", POS, [BS], "en"),
    ("Great quote, thanks. Order confirmed, please ship asap 👍", POS, [BS], "en"),
    ("YES!! Finally got the budget for the vibration monitoring. Let's do it 💪", POS, [BS], "en"),
    ("The fitters love the new torque tools so much they all want a set each. Please send another 5 sets on our usual account.", POS, [BS], "en"),
    ("You lot were fantastic during the shutdown. Please book us in for the same support next August.", POS, [BS], "en"),
]

# === ENTRIES END ===


def signature(sentiment, intents):
    return sentiment + "|" + ",".join(x for x in INTENT_ORDER if x in intents)


def split(entries, seed):
    """Shuffle with a fixed seed, group by label signature, deal each group alternately to dev and test."""
    order = list(range(len(entries)))
    random.Random(seed).shuffle(order)
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
        rows.append({"id": f"s7-{first_id + n:03d}", "text": text, "sentiment": sentiment,
                     "intents": [x for x in INTENT_ORDER if x in intents]})
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main():
    dev, test = split(ENTRIES, SEED)
    write(HERE / "signals7_dev.jsonl", dev, 1)
    write(HERE / "signals7_test.jsonl", test, len(dev) + 1)
    for name, idx in (("dev", dev), ("test", test)):
        langs = Counter(ENTRIES[i][3] for i in idx)
        print(f"{name}: {len(idx)} messages; languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))


if __name__ == "__main__":
    main()
