"""Writes fifth_dev.jsonl and fifth_test.jsonl: the hand-written items of the fifth corpus (fixture E, Keelstone
Solar), in the seeded stratified split. One add(...) per item. The helpers only type link ids once (a contact gives
its company; a deal gives its company and, when no person is named, its contact), fill the acting user in as
owner/author, and number new records from the next free id. Question answers are filled from the SQL in
validate_fifth.QUESTIONS (the only labels taken from SQL); everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python /work/evalsets/fifth/build_items.py
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_e import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"leonie": 1, "gustav": 2, "oren": 3, "bettina": 4, "dmitri": 5}
NEXT = {"companies": 22, "contacts": 61, "deals": 36, "activities": 401, "tasks": 42}
TODAY = "2030-05-16"

ITEMS: list[dict] = []
_cur: dict = {}


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, text, expect, tags, history=()):
    tags = list(tags)
    if user == "gustav" and "manager" not in tags:  # the admin writes as the sales manager
        tags.append("manager")
    ITEMS.append({"id": iid, "category": cat, "user": f"{user}@{DOMAIN}", "history": list(history), "text": text,
                  "expect": expect, "tags": list(tags)})


# ---- expectations
def ready(*steps):
    return {"status": "ready", "steps": list(steps)}


def clar(*opts):
    return {"status": "needs_clarification", "options": sorted(opts), "steps": []}


def rej(word=""):
    return {"status": "rejected", "steps": [], "error_contains": word}


def nochange():
    return {"status": "no_change", "steps": []}


def Q():
    return {"intent": "question", "answer_contains": None, "answer_excludes": None}


def DECLINE(*excludes):
    return {"intent": "question", "answer_contains": [], "answer_excludes": list(excludes), "decline": True}


# ---- steps (u = acting user name)
def _s(op, table, rid, ch):
    return {"op": op, "table": table, "id": rid, "changes": ch}


def ud(d, **ch):
    return _s("update_deal", "deals", d, ch)


def uc(c, **ch):
    return _s("update_contact", "contacts", c, ch)


def uco(c, **ch):
    return _s("update_company", "companies", c, ch)


def dd(d):
    return _s("delete_deal", "deals", d, {})


def dc(c):
    return _s("delete_contact", "contacts", c, {})


def dco(c):
    return _s("delete_company", "companies", c, {})


def done(t):
    return _s("complete_task", "tasks", t, {"status": "done"})


def links(contact=None, deal=None, company=None):
    ch = {}
    if deal is not None:
        dco_, dct = deal_row(deal) if deal < NEXT["deals"] else (company, contact)
        ch["deal_id"] = deal
        ch["company_id"] = dco_
        ch["contact_id"] = contact if contact is not None else dct
        if ch["contact_id"] is None:
            del ch["contact_id"]
    elif contact is not None:
        ch["contact_id"] = contact
        ch["company_id"] = company if company is not None else co_of(contact)
    elif company is not None:
        ch["company_id"] = company
    return ch


def act(u, kind, day=TODAY, contact=None, deal=None, company=None, k=0, author=None):
    ch = {"type": kind, "occurred_at": day, "author_id": author or U[u]}
    ch.update(links(contact, deal, company))
    return _s("log_activity", "activities", NEXT["activities"] + k, ch)


def task(u, due=None, contact=None, deal=None, company=None, owner=None, k=0):
    ch = {"status": "open", "owner_id": U[owner] if owner else U[u]}
    if due:
        ch["due_date"] = due
    ch.update(links(contact, deal, company))
    return _s("create_task", "tasks", NEXT["tasks"] + k, ch)


def ccontact(u, first, last, company, email=None, phone=None, owner=None, stage="lead", k=0):
    ch = {"first_name": first, "last_name": last, "company_id": company, "owner_id": U[owner] if owner else U[u],
          "lifecycle_stage": stage}
    if email:
        ch["email"] = email
    if phone:
        ch["phone"] = phone
    return _s("create_contact", "contacts", NEXT["contacts"] + k, ch)


def cdeal(u, company, stage="Prospecting", amount=None, close=None, product=None, contact=None, name=None,
          owner=None, k=0):
    ch = {"company_id": company, "stage": stage, "currency": "USD", "owner_id": U[owner] if owner else U[u]}
    if amount is not None:
        ch["amount"] = amount
    if close:
        ch["close_date"] = close
    if product:
        ch["product"] = product
    if contact is not None:
        ch["contact_id"] = contact
    if name:
        ch["name"] = name
    return _s("create_deal", "deals", NEXT["deals"] + k, ch)


def ccompany(u, name, domain=None, industry=None, owner=None, k=0):
    ch = {"name": name, "owner_id": U[owner] if owner else U[u]}
    if domain:
        ch["domain"] = domain
    if industry:
        ch["industry"] = industry
    return _s("create_company", "companies", NEXT["companies"] + k, ch)


# dates (today is Thursday 2030-05-16)
YDAY, TUE, MON, SUN, FRI_PAST = "2030-05-15", "2030-05-14", "2030-05-13", "2030-05-12", "2030-05-10"
TMRW, MON_N, TUE_N, WED_N = "2030-05-17", "2030-05-20", "2030-05-21", "2030-05-22"
EOM, EOJ = "2030-05-31", "2030-06-30"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, "leonie", "Marlowe Cider Rooftop Array -> Permitting", ready(ud(1, stage="Permitting")), ["stage", "mobile"])
add("upd-002", C, "oren", "Brackwater Warehouse Array is now 255k", ready(ud(7, amount=255000)), ["amount"])
add("upd-003", C, "dmitri", "Could you push the Orwell Cold Chain Rooftop Array close date to June 26?", ready(ud(19, close_date="2030-06-26")), ["date", "polite"])
add("upd-004", C, "leonie", "quenby charging hub: close date end of june", ready(ud(15, close_date=EOJ)), ["date", "lowercase", "mobile"])
add("upd-005", C, "oren", "The Saltmarsh Hotel EV Charging Hub has moved into Permitting, the council signed off the chargers.", ready(ud(12, stage="Permitting")), ["stage"])
add("upd-006", C, "dmitri", "halcyon data vault battery storage is now $1.2m, they're doing all three sites", ready(ud(23, amount=1200000)), ["amount", "lowercase"])
add("upd-007", C, "leonie", "Pennyroyal Carport Canopy, forty-nine thousand five hundred", ready(ud(11, amount=49500)), ["amount", "words"])
add("upd-008", C, "oren", "Ivybridge Academy Rooftop Array: they've signed, mark it Energised", ready(ud(17, stage="Energised")), ["stage", "won"])
add("upd-009", C, "dmitri", "Tessellate Print Rooftop Array - roof audit is booked, move it there", ready(ud(4, stage="Roof Audit")), ["stage"])
add("upd-010", C, "leonie", "can you set the Dunmore Leisure Carport Canopy to 48k and have it close end of July?", ready(ud(20, amount=48000, close_date="2030-07-31")), ["amount", "date", "polite", "same_record"])
add("upd-011", C, "oren", "Lowther Church Roof Panels close date: Sept 12", ready(ud(29, close_date="2030-09-12")), ["date"])
add("upd-012", C, "dmitri", "Corvid Brewing Rooftop Array - lost it to a cheaper installer", ready(ud(10, stage="Shelved")), ["stage", "lost"])
add("upd-013", C, "leonie", "Gorse Lane Bakery Rooftop Array went up to 26.5k after the roof audit", ready(ud(24, amount=26500)), ["amount"])
add("upd-014", C, "oren", "Thornbury Freight Charging Hub should close in two weeks", ready(ud(26, close_date="2030-05-30")), ["date", "relative_date"])
add("upd-015", C, "gustav", "Set the Peverell Foods Rooftop Array to Energised. The grid connection went live this morning.", ready(ud(30, stage="Energised")), ["stage", "won", "admin", "formal"])
add("upd-016", C, "dmitri", "Vantage Sheet Metal Battery Storage close date Monday", ready(ud(34, close_date=MON_N)), ["date", "weekday"])
add("upd-017", C, "leonie", "Hawkridge Dairy Battery Storage amount 41,250", ready(ud(6, amount=41250)), ["amount"])
add("upd-018", C, "oren", "the Wrenfield Winery Battery Storage close date went by last week, make it June 7", ready(ud(21, close_date="2030-06-07")), ["date", "past_dated"])
add("upd-019", C, "dmitri", "Saltmarsh Boatyard Panel Cleaning is dead, they're doing it in-house", ready(ud(14, stage="Shelved")), ["stage", "lost"])
add("upd-020", C, "leonie", "bramblecombe panels to roof audit pls", ready(ud(28, stage="Roof Audit")), ["stage", "mobile", "lowercase"])
add("upd-021", C, "oren", "Marlowe Parish Hall Panels: 19.2k", ready(ud(3, amount=19200)), ["amount", "terse"])
add("upd-022", C, "dmitri", "Brackwater Fleet Charging Hub - product should be Carport Canopy, they want the chargers under a canopy", ready(ud(8, product="Carport Canopy")), ["product"])
add("upd-023", C, "leonie", "Marlowe Cider Battery Storage: close date Jan 20", ready(ud(2, close_date="2031-01-20")), ["date", "year_roll"])
add("upd-024", C, "oren", "Saltmarsh Hotel Rooftop Array - $80,000 even", ready(ud(13, amount=80000)), ["amount"])
add("upd-025", C, "dmitri", "I need the Halcyon Data Vault Battery Storage back in Design, the permit application was withdrawn", ready(ud(23, stage="Design")), ["stage"])
add("upd-026", C, "gustav", "Please update the Thornbury Freight Rooftop Array: the amount should read 192,500.", ready(ud(25, amount=192500)), ["amount", "formal", "admin"])
add("upd-027", C, "leonie", "Quenby Motors Charging Hub WON!!", ready(ud(15, stage="Energised")), ["stage", "won", "mobile"])
add("upd-028", C, "oren", "ivybridge battery storage close date end of august", ready(ud(18, close_date="2030-08-31")), ["date", "lowercase", "mobile"])
add("upd-029", C, "dmitri", "Peverell Foods Rooftop Array close date - the 28th", ready(ud(30, close_date="2030-05-28")), ["date"])
add("upd-030", C, "leonie", "Pennyroyal Carport Canopy into Design", ready(ud(11, stage="Design")), ["stage", "terse"])
add("upd-031", C, "oren", "Please to change Brackwater Warehouse Array stage into Design, the permit is coming back for redo", ready(ud(7, stage="Design")), ["stage", "non_native"])
add("upd-032", C, "dmitri", "Tessellate Print Rooftop Array, 70k, close Aug 15", ready(ud(4, amount=70000, close_date="2030-08-15")), ["amount", "date", "same_record", "terse"])
add("upd-033", C, "leonie", "so long day, stuck on the ring road for an hour and the van's aircon died. anyway, the Pennyroyal Carport Canopy should close by June 14 now, they want it up before the summer sale", ready(ud(11, close_date="2030-06-14")), ["date", "rambling"])
add("upd-034", C, "oren", "Saltmarsh Hotel EV Charging Hub: two more chargers so 44k", ready(ud(12, amount=44000)), ["amount"])
add("upd-035", C, "dmitri", "mark Vantage Sheet Metal Battery Storage as Permitting", ready(ud(34, stage="Permitting")), ["stage"])
add("upd-036", C, "leonie", "Can you make the Gorse Lane Bakery Monitoring Plan 6.2k?", ready(ud(35, amount=6200)), ["amount", "polite"])
add("upd-037", C, "oren", "Lowther Church Roof Panels - the PCC voted yes, roof audit is next so move it", ready(ud(29, stage="Roof Audit")), ["stage"])
add("upd-038", C, "gustav", "Brackwater Fleet Charging Hub should close on July 3.", ready(ud(8, close_date="2030-07-03")), ["date", "admin"])
add("upd-039", C, "dmitri", "Hi, quick update for the CRM: the Orwell Cold Chain Rooftop Array has passed design review and is now in Permitting. Thanks, Dmitri", ready(ud(19, stage="Permitting")), ["stage", "formal_email"])
add("upd-040", C, "leonie", "hawkridge battery storage: permitting", ready(ud(6, stage="Permitting")), ["stage", "lowercase", "mobile"])
add("upd-041", C, "oren", "Thornbury Freight Rooftop Array has slipped a fortnight", ready(ud(25, close_date="2030-07-04")), ["date", "relative_to_record"])
add("upd-042", C, "dmitri", "sixty-two grand for the Corvid Brewing Rooftop Array", ready(ud(10, amount=62000)), ["amount", "words"])
add("upd-043", C, "leonie", "push Marlowe Cider Rooftop Array a week", ready(ud(1, close_date="2030-06-13")), ["date", "relative_to_record"])
add("upd-044", C, "oren", "Wrenfield Winery Battery Storage - 35.75k", ready(ud(21, amount=35750)), ["amount"])
add("upd-045", C, "dmitri", "Halcyon Data Vault Battery Storage closes at the end of next month", ready(ud(23, close_date=EOJ)), ["date"])
add("upd-046", C, "gustav", "Dunmore Leisure Carport Canopy: stage Roof Audit, amount 50k", ready(ud(20, stage="Roof Audit", amount=50000)), ["stage", "amount", "same_record", "admin"])
add("upd-047", C, "leonie", "Would you mind updating the Bramblecombe Care Home Panels deal? It's worth about 31k now.", ready(ud(28, amount=31000)), ["amount", "polite", "wrapper"])
add("upd-048", C, "oren", "could you make that change for me: Saltmarsh Hotel Rooftop Array close date August 20", ready(ud(13, close_date="2030-08-20")), ["date", "polite", "wrapper"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, "leonie", "Fenella Hart's new phone number is 07700 900118", ready(uc(1, phone="07700 900118")), ["phone", "near_duplicate"])
add("uct-002", C, "oren", "Caspar Lund email: caspar.lund@brackwater.com", ready(uc(3, email="caspar.lund@brackwater.com")), ["email", "near_duplicate"])
add("uct-003", C, "dmitri", "Ruairi Dolan is a customer now", ready(uc(9, lifecycle_stage="customer")), ["lifecycle"])
add("uct-004", C, "leonie", "Oren Blackwood's mobile is +44 7700 900 551", ready(uc(5, phone="+44 7700 900 551")), ["phone", "user_name_clash"])
add("uct-005", C, "oren", "Xavier Lemaire's email changed to Xavier.Lemaire@SaltmarshHotel.com", ready(uc(13, email="xavier.lemaire@saltmarshhotel.com")), ["email", "lowercase_email"])
add("uct-006", C, "dmitri", "Kalinda Raman has moved from Halcyon over to Orwell Cold Chain", ready(uc(21, company_id=12)), ["company_move"])
add("uct-007", C, "leonie", "Greta Vautrin got promoted to Head of Leisure Services", ready(uc(19)), ["job_title"])
add("uct-008", C, "oren", "set Nerys Llewellyn to prospect", ready(uc(31, lifecycle_stage="prospect")), ["lifecycle"])
add("uct-009", C, "dmitri", "Sunniva Berg phone 0117 496 5521 ext 12", ready(uc(25, phone="0117 496 5521 ext 12")), ["phone"])
add("uct-010", C, "gustav", "Honor Fairweather has churned, she sold the bakery", ready(uc(23, lifecycle_stage="churned")), ["lifecycle", "admin"])
add("uct-011", C, "leonie", "new email for Edric Tolland: e.tolland@bramblecombecare.org", ready(uc(26, email="e.tolland@bramblecombecare.org")), ["email"])
add("uct-012", C, "oren", "Leofric Hale -> opportunity", ready(uc(20, lifecycle_stage="opportunity")), ["lifecycle", "terse"])
add("uct-013", C, "dmitri", "Lachlan Fyfe's surname is actually spelled Fyffe, two f's", ready(uc(28, last_name="Fyffe")), ["name_fix"])
add("uct-014", C, "leonie", "Perpetua Ashby she have new number now, is 07700 900 734", ready(uc(29, phone="07700 900 734")), ["phone", "non_native"])
add("uct-015", C, "oren", "Marisa Quaye moved to Thornbury Freight Park as their finance person", ready(uc(17, company_id=17)), ["company_move", "job_title"])
add("uct-016", C, "dmitri", "Kofi Mensah's new phone number is (0117) 555 0199", ready(uc(32, phone="(0117) 555 0199")), ["phone"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, "leonie", "Quenby Motors' website is quenby-motors.co.uk now", ready(uco(10, domain="quenby-motors.co.uk")), ["domain"])
add("uco-002", C, "oren", "Wrenfield Winery industry: Agriculture", ready(uco(14, industry="Agriculture")), ["industry", "terse"])
add("uco-003", C, "dmitri", "Peverell Foods domain -> peverell.co.uk", ready(uco(21, domain="peverell.co.uk")), ["domain"])
add("uco-004", C, "gustav", "Change Halcyon Data Vault's industry to Data Centres.", ready(uco(15, industry="Data Centres")), ["industry", "admin"])
add("uco-005", C, "leonie", "rename Gorse Lane Bakery to Gorse Lane Bakehouse", ready(uco(16, name="Gorse Lane Bakehouse")), ["rename"])
add("uco-006", C, "oren", "Thornbury Freight Park's domain should be thornburyfreightpark.com", ready(uco(17, domain="thornburyfreightpark.com")), ["domain"])
add("uco-007", C, "dmitri", "Tessellate Print Co is really a printing firm, set the industry to Printing", ready(uco(3, industry="Printing")), ["industry"])
add("uco-008", C, "leonie", "Bramblecombe Care Home industry should say Social Care", ready(uco(19, industry="Social Care")), ["industry"])
add("uco-009", C, "oren", "Marlowe Parish Council changed their web address to marlowe-pc.gov.uk", ready(uco(2, domain="marlowe-pc.gov.uk")), ["domain", "near_duplicate"])

# ====================================================================== ownership
C = "ownership"
add("own-001", C, "gustav", "Oren is taking over Pennyroyal Garden Centre", ready(uco(7, owner_id=3)), ["ownership", "taking_over"])
add("own-002", C, "gustav", "we're moving the Quenby Motors Charging Hub to Dmitri", ready(ud(15, owner_id=5)), ["ownership", "moving_to"])
add("own-003", C, "leonie", "I'm taking over the Saltmarsh Hotel Rooftop Array from Oren", ready(ud(13, owner_id=1)), ["ownership", "taking_over"])
add("own-004", C, "gustav", "hand the Halcyon Data Vault account to Leonie", ready(uco(15, owner_id=1)), ["ownership", "hand"])
add("own-005", C, "oren", "Give Lowther Church Roof Panels to Dmitri", ready(ud(29, owner_id=5)), ["ownership"])
add("own-006", C, "gustav", "Dmitri owns Bramblecombe Care Home from now on", ready(uco(19, owner_id=5)), ["ownership"])
add("own-007", C, "dmitri", "make me the owner of Marisa Quaye", ready(uc(17, owner_id=5)), ["ownership", "make_me"])
add("own-008", C, "gustav", "put the Tessellate Print Rooftop Array under Leonie's name", ready(ud(4, owner_id=1)), ["ownership"])
add("own-009", C, "gustav", "Leonie takes over Caspar Whyte", ready(uc(4, owner_id=1)), ["ownership", "taking_over", "near_duplicate"])
add("own-010", C, "oren", "assign Brackwater Fleet Charging Hub to me, Wendell only talks to me anyway", ready(ud(8, owner_id=3)), ["ownership"])
add("own-011", C, "gustav", "Please transfer ownership of Orwell Cold Chain to Oren Takahashi.", ready(uco(12, owner_id=3)), ["ownership", "formal"])
add("own-012", C, "gustav", "Dmitri is taking over the Marlowe Cider Battery Storage deal", ready(ud(2, owner_id=5)), ["ownership", "taking_over"])
add("own-013", C, "leonie", "reassign Gorse Lane Bakery Monitoring Plan to Oren", ready(ud(35, owner_id=3)), ["ownership"])
add("own-014", C, "gustav", "we're moving Ivybridge Academy Trust to Leonie", ready(uco(11, owner_id=1)), ["ownership", "moving_to"])
add("own-015", C, "dmitri", "I'll look after Florence Adeyinka going forward", ready(uc(46, owner_id=5)), ["ownership"])
add("own-016", C, "gustav", "hand Wrenfield Winery Battery Storage over to Dmitri", ready(ud(21, owner_id=5)), ["ownership", "hand"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, "leonie", "add company Fallowfield Nurseries, fallowfieldnurseries.com, industry Horticulture", ready(ccompany("leonie", "Fallowfield Nurseries", "fallowfieldnurseries.com", "Horticulture")), ["comma_list"])
add("cco-002", C, "oren", "new account: Ravensworth Ice Rink", ready(ccompany("oren", "Ravensworth Ice Rink")), ["terse"])
add("cco-003", C, "dmitri", "create a company called Kittering Plastics (kitteringplastics.co.uk)", ready(ccompany("dmitri", "Kittering Plastics", "kitteringplastics.co.uk")), ["domain"])
add("cco-004", C, "gustav", "Add Merrow Valley Cheese Co (Food Manufacturing) and give it to Leonie", ready(ccompany("gustav", "Merrow Valley Cheese Co", industry="Food Manufacturing", owner="leonie")), ["ownership", "admin"])
add("cco-005", C, "leonie", "Set up Halberd Self Drive as a company, Automotive, halberdselfdrive.com", ready(ccompany("leonie", "Halberd Self Drive", "halberdselfdrive.com", "Automotive")), ["comma_list"])
add("cco-006", C, "oren", "Please add St Brannoc's Primary School as a new company in the Education sector.", ready(ccompany("oren", "St Brannoc's Primary School", industry="Education")), ["formal"])
add("cco-007", C, "dmitri", "new co: Ostler & Finch Logistics, ostlerfinch.com", ready(ccompany("dmitri", "Ostler & Finch Logistics", "ostlerfinch.com")), ["terse", "mobile"])
add("cco-008", C, "gustav", "Add Trevose Marina as a company; owner Dmitri", ready(ccompany("gustav", "Trevose Marina", owner="dmitri")), ["ownership", "admin"])
add("cco-009", C, "leonie", "could you add a new company for me, Pendle Farm Shop? industry is Retail", ready(ccompany("leonie", "Pendle Farm Shop", industry="Retail")), ["polite", "wrapper"])
add("cco-010", C, "gustav", "Create the company Caradon Timber Frames, caradontimber.co.uk", ready(ccompany("gustav", "Caradon Timber Frames", "caradontimber.co.uk")), ["admin", "admin_create"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, "leonie", "Add Tilda Marchbank, Finance Director at Quenby Motors, tilda@quenbymotors.com", ready(ccontact("leonie", "Tilda", "Marchbank", 10, "tilda@quenbymotors.com")), ["comma_list", "job_title"])
add("cct-002", C, "oren", "new contact at Brackwater Distribution: Idris Falconer, idris.falconer@brackwater.com, 07700 900 321", ready(ccontact("oren", "Idris", "Falconer", 5, "idris.falconer@brackwater.com", "07700 900 321")), ["comma_list", "phone"])
add("cct-003", C, "dmitri", "Add Sorcha Breen, CFO of Orwell Cold Chain, sbreen@orwellcoldchain.com", ready(ccontact("dmitri", "Sorcha", "Breen", 12, "sbreen@orwellcoldchain.com")), ["comma_list", "job_title"])
add("cct-004", C, "gustav", "Add Matthias Grell to Halcyon Data Vault and give him to Dmitri", ready(ccontact("gustav", "Matthias", "Grell", 15, owner="dmitri")), ["ownership", "admin"])
add("cct-005", C, "leonie", "Add Philomena Doyle at Hawkridge Dairy Farm, phone 01823 555 019", ready(ccontact("leonie", "Philomena", "Doyle", 4, phone="01823 555 019")), ["phone"])
add("cct-006", C, "oren", "Create a contact: Rufus Amadi, Saltmarsh Hotel & Spa, head of maintenance", ready(ccontact("oren", "Rufus", "Amadi", 8)), ["comma_list", "job_title"])
add("cct-007", C, "dmitri", "Nadira Okonjo, Peverell Foods, n.okonjo@peverellfoods.com - she's our new energy manager contact, please add her", ready(ccontact("dmitri", "Nadira", "Okonjo", 21, "n.okonjo@peverellfoods.com")), ["comma_list"])
add("cct-008", C, "leonie", "add Corentin Maheu @ Dunmore Leisure Centre, corentin@dunmoreleisure.org", ready(ccontact("leonie", "Corentin", "Maheu", 13, "corentin@dunmoreleisure.org")), ["mobile"])
add("cct-009", C, "oren", "Please add a contact for Ivybridge Academy Trust: Eulalia Spence, bursar, e.spence@ivybridgeacademy.org", ready(ccontact("oren", "Eulalia", "Spence", 11, "e.spence@ivybridgeacademy.org")), ["formal", "job_title"])
add("cct-010", C, "dmitri", "add Tobiah Quist at Tessellate Print Co as a prospect", ready(ccontact("dmitri", "Tobiah", "Quist", 3, stage="prospect")), ["lifecycle"])
add("cct-011", C, "gustav", "New contact Cordelia Wynne, Marlowe Parish Council, cwynne@marloweparish.gov.uk, owner Oren", ready(ccontact("gustav", "Cordelia", "Wynne", 2, "cwynne@marloweparish.gov.uk", owner="oren")), ["ownership", "admin", "comma_list"])
add("cct-012", C, "leonie", "add Ezra Pollard, Gorse Lane Bakery, 07700 900 880", ready(ccontact("leonie", "Ezra", "Pollard", 16, phone="07700 900 880")), ["phone", "comma_list"])
add("cct-013", C, "oren", "add contact Mabel Ashcroft to Wrenfield Winery, email MAshcroft@WrenfieldWinery.com", ready(ccontact("oren", "Mabel", "Ashcroft", 14, "mashcroft@wrenfieldwinery.com")), ["lowercase_email"])
add("cct-014", C, "dmitri", "new lead at Vantage Sheet Metal: Konrad Bielski, konrad.bielski@vantagesheetmetal.com", ready(ccontact("dmitri", "Konrad", "Bielski", 18, "konrad.bielski@vantagesheetmetal.com")), ["new_lead"])
add("cct-015", C, "leonie", "Add Solveig Amundsen, Operations Lead at Pennyroyal Garden Centre - she's a customer already", ready(ccontact("leonie", "Solveig", "Amundsen", 7, stage="customer")), ["lifecycle", "job_title"])
add("cct-016", C, "oren", "Add Gideon Farrant (gfarrant@thornburyfreight.com) at Thornbury Freight Park", ready(ccontact("oren", "Gideon", "Farrant", 17, "gfarrant@thornburyfreight.com")), ["email"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, "leonie", "new deal for Quenby Motors: carport canopy, 75k, closing Aug 30", ready(cdeal("leonie", 10, amount=75000, close="2030-08-30", product="Carport Canopy")), ["amount", "product"])
add("cdl-002", C, "oren", "Create a deal for Marlowe Parish Council - EV charging hub for the village hall car park, 32k", ready(cdeal("oren", 2, amount=32000, product="EV Charging Hub")), ["amount", "product"])
add("cdl-003", C, "dmitri", "new deal: Corvid Brewing Battery Storage, 40k, Roof Audit stage", ready(cdeal("dmitri", 6, stage="Roof Audit", amount=40000, name="Corvid Brewing Battery Storage")), ["deal_name_colon", "amount"])
add("cdl-004", C, "leonie", "open a deal at Bramblecombe Care Home for a monitoring plan, $4,800 a year, contact Edric Tolland", ready(cdeal("leonie", 19, amount=4800, product="Monitoring Plan", contact=26)), ["amount", "product"])
add("cdl-005", C, "oren", "Add a deal called Saltmarsh Hotel Battery Storage for Saltmarsh Hotel & Spa, 55k", ready(cdeal("oren", 8, amount=55000, name="Saltmarsh Hotel Battery Storage")), ["named", "amount"])
add("cdl-006", C, "dmitri", "new opportunity at Halcyon Data Vault: EV charging hub for staff parking, 88k, close end of September", ready(cdeal("dmitri", 15, amount=88000, close="2030-09-30", product="EV Charging Hub")), ["amount", "date", "product"])
add("cdl-007", C, "gustav", "Create a rooftop array deal for Dunmore Leisure Centre worth 120,000 and assign it to Leonie", ready(cdeal("gustav", 13, amount=120000, product="Rooftop Array", owner="leonie")), ["ownership", "admin", "amount"])
add("cdl-008", C, "leonie", "deal for Hawkridge Dairy Farm, panel cleaning contract, 3.6k", ready(cdeal("leonie", 4, amount=3600, product="Panel Cleaning Contract")), ["amount", "product", "terse"])
add("cdl-009", C, "oren", "New deal at Lowther Community Church with Delyth Parry: battery storage, twelve thousand", ready(cdeal("oren", 20, amount=12000, product="Battery Storage", contact=43)), ["amount", "words", "product"])
add("cdl-010", C, "dmitri", "Peverell Foods want a carport canopy too - 95k, put it straight into Design", ready(cdeal("dmitri", 21, stage="Design", amount=95000, product="Carport Canopy")), ["amount", "product", "stage"])
add("cdl-011", C, "leonie", "new deal Pennyroyal Garden Centre battery storage 36k close date July 19", ready(cdeal("leonie", 7, amount=36000, close="2030-07-19", product="Battery Storage")), ["amount", "date", "mobile"])
add("cdl-012", C, "oren", "Please create a new deal for Ivybridge Academy Trust named Ivybridge Sports Hall Array, valued at $68,500, expected to close on 30 September.", ready(cdeal("oren", 11, amount=68500, close="2030-09-30", name="Ivybridge Sports Hall Array")), ["named", "formal", "amount", "date"])
add("cdl-013", C, "dmitri", "deal for Saltmarsh Boatyard, monitoring plan, 2.4k, contact Aurelie Fontaine", ready(cdeal("dmitri", 9, amount=2400, product="Monitoring Plan", contact=35)), ["amount", "product", "comma_list"])
add("cdl-014", C, "leonie", "new deal for Marlowe Cider Works, EV charging hub, $48K", ready(cdeal("leonie", 1, amount=48000, product="EV Charging Hub")), ["amount", "near_duplicate"])
add("cdl-015", C, "oren", "create deal Thornbury Freight Park carport canopy 210 thousand", ready(cdeal("oren", 17, amount=210000, product="Carport Canopy")), ["amount", "words", "lowercase"])
add("cdl-016", C, "gustav", "New deal for Gorse Lane Bakery: a battery storage system, 19.5k, owner Leonie", ready(cdeal("gustav", 16, amount=19500, product="Battery Storage", owner="leonie")), ["ownership", "admin", "amount"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, "leonie", "called Fenella Hart about the inverter position", ready(act("leonie", "call", contact=1)), ["call", "near_duplicate"])
add("act-002", C, "oren", "met Caspar Lund at Brackwater yesterday", ready(act("oren", "meeting", YDAY, contact=3)), ["meeting", "date", "near_duplicate"])
add("act-003", C, "dmitri", "note on Orwell Cold Chain: they're adding a second blast freezer", ready(act("dmitri", "note", company=12)), ["note_on"])
add("act-004", C, "leonie", "emailed Greta Vautrin the canopy drawings", ready(act("leonie", "email", contact=19)), ["email"])
add("act-005", C, "oren", "texted Xavier Lemaire the crew ETA", ready(act("oren", "message", contact=13)), ["message"])
add("act-006", C, "dmitri", "note on the Halcyon Data Vault Battery Storage deal: fire officer wants a separate battery room", ready(act("dmitri", "note", deal=23)), ["note_on", "deal_note"])
add("act-007", C, "leonie", "left a voicemail for Rhodri Vaughan", ready(act("leonie", "call", contact=30)), ["call", "voicemail"])
add("act-008", C, "oren", "roof inspection at Ivybridge Academy Trust on Tuesday with Dashiell Ormsby", ready(act("oren", "meeting", TUE, contact=16)), ["meeting", "date"])
add("act-009", C, "dmitri", "WhatsApp'd Tamsin Penhaligon the layout options", ready(act("dmitri", "message", contact=6)), ["message"])
add("act-010", C, "leonie", "Spoke with Oren Blackwood on the phone, he's still chasing the DNO", ready(act("leonie", "call", contact=5)), ["call", "user_name_clash"])
add("act-011", C, "oren", "note on Wrenfield Winery: harvest means no roof access in September", ready(act("oren", "note", company=14)), ["note_on"])
add("act-012", C, "dmitri", "had a design review with Torsten Engel on Monday", ready(act("dmitri", "meeting", MON, contact=18)), ["meeting", "date"])
add("act-013", C, "leonie", "called Gethin Probert last Friday", ready(act("leonie", "call", FRI_PAST, contact=10)), ["call", "date"])
add("act-014", C, "oren", "emailed the Thornbury Freight Rooftop Array contract to Jory Penhaligon", ready(act("oren", "email", contact=7, deal=25)), ["email", "deal_link"])
add("act-015", C, "dmitri", "Lunch with Sunniva Berg today, she's warming to the battery idea", ready(act("dmitri", "meeting", contact=25)), ["meeting"])
add("act-016", C, "gustav", "Note on Peverell Foods: the board approved the capex.", ready(act("gustav", "note", company=21)), ["note_on", "admin"])
add("act-017", C, "leonie", "sent Honor Fairweather the monitoring portal invite by email", ready(act("leonie", "email", contact=23)), ["email"])
add("act-018", C, "oren", "phone call with Lowenna Pascoe two days ago re scaffolding", ready(act("oren", "call", TUE, contact=8)), ["call", "date"])
add("act-019", C, "dmitri", "met Kofi Mensah at Tessellate this morning", ready(act("dmitri", "meeting", contact=32)), ["meeting"])
add("act-020", C, "leonie", "note on the Quenby Motors Charging Hub: DNO offer came in at 140kVA", ready(act("leonie", "note", deal=15)), ["note_on", "deal_note"])
add("act-021", C, "oren", "messaged Cosmo Beaumont on Teams about the lease consent", ready(act("oren", "message", contact=24)), ["message"])
add("act-022", C, "dmitri", "site visit at Vantage Sheet Metal yesterday with Sabine Kessler", ready(act("dmitri", "meeting", YDAY, contact=41)), ["meeting", "date"])
add("act-023", C, "leonie", "call w/ Priscilla Oyinlola re canopy colours", ready(act("leonie", "call", contact=12)), ["call", "mobile"])
add("act-024", C, "oren", "emailed Yara Haddad on Wednesday about loading bay access", ready(act("oren", "email", YDAY, contact=45)), ["email", "date"])
add("act-025", C, "dmitri", "note on Saltmarsh Boatyard: the yard shuts for regatta week in July", ready(act("dmitri", "note", company=9)), ["note_on", "near_duplicate"])
add("act-026", C, "leonie", "Dropped in on Elowen Trevithick at the dairy", ready(act("leonie", "meeting", contact=58)), ["meeting"])
add("act-027", C, "oren", "called Hamish Drummond on Sunday about the gate codes", ready(act("oren", "call", SUN, contact=40)), ["call", "date"])
add("act-028", C, "dmitri", "Today I make a call with Mortimer Gale about the financing of the array", ready(act("dmitri", "call", contact=44)), ["call", "non_native"])
add("act-029", C, "leonie", "ugh what a morning. coffee machine broke, printer jammed, then I finally got hold of Anwen Rees on the phone and she says their finance committee only meets next month, so nothing till then", ready(act("leonie", "call", contact=15)), ["call", "rambling"])
add("act-030", C, "oren", "Dear team, for the record: I met Marisa Quaye at Ivybridge Academy Trust on Monday to go through the battery options. Regards, Oren", ready(act("oren", "meeting", MON, contact=17)), ["meeting", "formal_email", "date"])
add("act-031", C, "dmitri", "note on the Brackwater Fleet Charging Hub deal - fleet manager wants 22kW units", ready(act("dmitri", "note", deal=8)), ["note_on", "deal_note"])
add("act-032", C, "leonie", "emailed Fenella Hart the revised layout", ready(act("leonie", "email", contact=1)), ["email", "near_duplicate"])
add("act-033", C, "oren", "Bryony Kettle rang me back this afternoon", ready(act("oren", "call", contact=14)), ["call"])
add("act-034", C, "dmitri", "vm for ravi chaudhry", ready(act("dmitri", "call", contact=57)), ["call", "voicemail", "mobile", "lowercase"])
add("act-035", C, "gustav", "Log a call I had with Lachlan Fyfe yesterday about inverter room access.", ready(act("gustav", "call", YDAY, contact=28)), ["call", "admin", "date"])

# ====================================================================== create_task
C = "create_task"
add("tsk-001", C, "leonie", "remind me to call Perpetua Ashby tomorrow", ready(task("leonie", TMRW, contact=29)), ["task", "date"])
add("tsk-002", C, "oren", "task: send the scaffold plan to Lowenna Pascoe by Monday", ready(task("oren", MON_N, contact=8)), ["task", "date"])
add("tsk-003", C, "dmitri", "follow up with Sabine Kessler in a week", ready(task("dmitri", "2030-05-23", contact=41)), ["task", "relative_date"])
add("tsk-004", C, "gustav", "Ask Leonie to book the roof audit at Dunmore Leisure Centre by Tuesday", ready(task("gustav", TUE_N, company=13, owner="leonie")), ["task", "delegation", "ownership", "admin"])
add("tsk-005", C, "leonie", "set a task to chase Quenby Motors for the wiring sign-off, end of the month", ready(task("leonie", EOM, company=10)), ["task", "date"])
add("tsk-006", C, "oren", "remind me to send Cosmo Beaumont the lease plan on Wednesday", ready(task("oren", WED_N, contact=24)), ["task", "date"])
add("tsk-007", C, "dmitri", "create a task for the Orwell Cold Chain Rooftop Array: chase the structural calcs, due June 3", ready(task("dmitri", "2030-06-03", deal=19)), ["task", "deal_link"])
add("tsk-008", C, "leonie", "todo: check roof access at Gorse Lane Bakery, no date", ready(task("leonie", company=16)), ["task", "no_date"])
add("tsk-009", C, "oren", "put a reminder on my list to ring Tiago Mendes in 3 days", ready(task("oren", "2030-05-19", contact=38)), ["task", "relative_date"])
add("tsk-010", C, "dmitri", "remind me to send Ruairi Dolan the tariff comparison", ready(task("dmitri", contact=9)), ["task", "no_date"])
add("tsk-011", C, "gustav", "Create a task for Dmitri: review the Peverell Foods Rooftop Array grid offer, due Friday", ready(task("gustav", TMRW, deal=30, owner="dmitri")), ["task", "delegation", "ownership", "admin"])
add("tsk-012", C, "leonie", "remind me on the 24th to chase Priscilla Oyinlola", ready(task("leonie", "2030-05-24", contact=12)), ["task", "date"])
add("tsk-013", C, "oren", "Task for me: prepare heritage photos for Lowther Church Roof Panels, in two weeks", ready(task("oren", "2030-05-30", deal=29)), ["task", "deal_link", "relative_date"])
add("tsk-014", C, "dmitri", "set a reminder to call Kalinda Raman about the fire strategy June 10", ready(task("dmitri", "2030-06-10", contact=21)), ["task", "date"])
add("tsk-015", C, "leonie", "tmrw: call oren blackwood re permits", ready(task("leonie", TMRW, contact=5)), ["task", "mobile", "user_name_clash"])
add("tsk-016", C, "oren", "remind me to invite Bertrand Ilunga to the parish open evening, end of June", ready(task("oren", EOJ, contact=60)), ["task", "date"])
add("tsk-017", C, "dmitri", "Ask Oren to send the Brackwater Fleet Charging Hub quote to Wendell Asare by Monday", ready(task("dmitri", MON_N, deal=8, contact=11, owner="oren")), ["task", "delegation", "ownership", "deal_link"])
add("tsk-018", C, "leonie", "I need a task to send Marlowe Cider Works the export tariff update by Jan 15", ready(task("leonie", "2031-01-15", company=1)), ["task", "year_roll"])
add("tsk-019", C, "oren", "can you put a task on Leonie's list to cover the Saltmarsh Hotel & Spa visit on Tuesday", ready(task("oren", TUE_N, company=8, owner="leonie")), ["task", "delegation", "ownership", "polite"])
add("tsk-020", C, "dmitri", "follow-up task for the Corvid Brewing Rooftop Array, due the 22nd", ready(task("dmitri", WED_N, deal=10)), ["task", "deal_link"])
add("tsk-021", C, "leonie", "reminder: send Imogen Tarrant the cleaning schedule in a week", ready(task("leonie", "2030-05-23", contact=39)), ["task", "relative_date"])
add("tsk-022", C, "oren", "Please create a task for me to confirm the inverter delivery with Caspar Lund by 29 May.", ready(task("oren", "2030-05-29", contact=3)), ["task", "formal", "near_duplicate"])
add("tsk-023", C, "dmitri", "remind me to chase Halcyon Data Vault for the fire report by the 24th", ready(task("dmitri", "2030-05-24", company=15)), ["task", "date"])
add("tsk-024", C, "gustav", "Set a task for Oren: call Nerys Llewellyn about the newsletter opt-out, tomorrow", ready(task("gustav", TMRW, contact=31, owner="oren")), ["task", "delegation", "ownership", "admin"])
add("tsk-025", C, "leonie", "Could you set me a reminder to send Hawkridge Dairy Farm the battery brochure in two weeks?", ready(task("leonie", "2030-05-30", company=4)), ["task", "polite", "wrapper"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, "leonie", "done - sent the battery sizing to Perpetua Ashby", ready(done(6)), ["done_task"])
add("cmp-002", C, "oren", "mark the Lowenna scaffolding task done", ready(done(5)), ["done_task"])
add("cmp-003", C, "dmitri", "finished the transformer capacity check at Orwell, close that task", ready(done(38)), ["done_task"])
add("cmp-004", C, "leonie", "tick off the Oren Blackwood permits call", ready(done(12)), ["done_task", "user_name_clash"])
add("cmp-005", C, "oren", "done: sent Xavier Lemaire the EV charger spec", ready(done(11)), ["done_task"])
add("cmp-006", C, "dmitri", "grid study went to Kalinda Raman, close the task", ready(done(17)), ["done_task"])
add("cmp-007", C, "leonie", "mark 'Measure carport bays at Pennyroyal' complete", ready(done(10)), ["done_task"])
add("cmp-008", C, "oren", "complete the task about removing Nerys Llewellyn from the mailing list", ready(done(35)), ["done_task"])
add("cmp-009", C, "dmitri", "done - sent Tessellate the tariff comparison", ready(done(33)), ["done_task"])
add("cmp-010", C, "leonie", "the portal login for Imogen Tarrant went out, mark it done", ready(done(24)), ["done_task"])
add("cmp-011", C, "oren", "Ivybridge battery options sent. done", ready(done(39)), ["done_task", "terse"])
add("cmp-012", C, "dmitri", "the Sunniva Berg battery quote call is done", ready(done(23)), ["done_task"])
add("cmp-013", C, "leonie", "done: introduced Edric Tolland to the funding scheme", ready(done(21)), ["done_task"])
add("cmp-014", C, "gustav", "Mark Oren's task to book the structural engineer for Brackwater as complete.", ready(done(7)), ["done_task", "admin"])
add("cmp-015", C, "oren", "Chase Thornbury for the lease consent - done", ready(done(40)), ["done_task"])
add("cmp-016", C, "dmitri", "done - chased Torsten Engel for the roof drawings", ready(done(14)), ["done_task"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, "gustav", "Delete Zeno Papadakis", ready(dc(34)), ["admin_delete"])
add("del-002", C, "gustav", "delete the Corvid Brewing Panel Cleaning deal", ready(dd(32)), ["admin_delete", "closed_deal"])
add("del-003", C, "gustav", "remove Lowther Community Church from the CRM", ready(dco(20)), ["admin_delete"])
add("del-004", C, "gustav", "delete contact Alaric Stone, he left Orwell", ready(dc(49)), ["admin_delete"])
add("del-005", C, "gustav", "Delete the Vantage Sheet Metal Rooftop Array deal, it's a duplicate", ready(dd(27)), ["admin_delete"])
add("del-006", C, "gustav", "delete companies Bramblecombe Care Home and Peverell Foods", ready(dco(19), dco(21)), ["admin_delete", "two_records"])
add("del-007", C, "gustav", "delete Severin Holt and Ignatius Flint", ready(dc(55), dc(53)), ["admin_delete", "two_records"])
add("del-008", C, "gustav", "Please delete the Quenby Motors Carport Canopy deal.", ready(dd(16)), ["admin_delete", "formal"])
add("del-009", C, "gustav", "delete Tessellate Print Co", ready(dco(3)), ["admin_delete"])
add("del-010", C, "gustav", "get rid of the contact Percival Nash", ready(dc(51)), ["admin_delete"])
add("del-011", C, "gustav", "delete the Dunmore Leisure Monitoring Plan", ready(dd(33)), ["admin_delete"])
add("del-012", C, "gustav", "Delete Gorse Lane Bakery", ready(dco(16)), ["admin_delete"])
add("del-013", C, "gustav", "delete Emrys Talbot from contacts please", ready(dc(47)), ["admin_delete", "polite"])

# ====================================================================== bulk
C = "bulk"


def many(fn, ids, **ch):
    return [fn(i, **ch) for i in ids]


add("blk-001", C, "leonie", "push all my Roof Audit deals to Design", ready(*many(ud, [2, 6, 11, 24], stage="Design")), ["bulk_filter", "stage_filter"])
add("blk-002", C, "oren", "my Prospecting deals with no activity in 4 weeks can go to Shelved", ready(*many(ud, [13, 18, 29], stage="Shelved")), ["bulk_filter", "no_activity", "composed"])
add("blk-003", C, "gustav", "hand all of Dmitri's Design deals to Leonie", ready(*many(ud, [8, 10, 14, 19], owner_id=1)), ["bulk_filter", "ownership", "hand", "admin"])
add("blk-004", C, "dmitri", "set the close date on all my Permitting deals to June 28", ready(*many(ud, [23, 30], close_date="2030-06-28")), ["bulk_filter", "date"])
add("blk-005", C, "oren", "my rooftop array deals in Design or Permitting that close before the end of June: move the close date to July 15", ready(*many(ud, [3, 7, 25], close_date="2030-07-15")), ["bulk_filter", "composed", "either_stage", "date_range"])
add("blk-006", C, "gustav", "Move every battery storage deal that's in Roof Audit to Design.", ready(*many(ud, [2, 6, 34], stage="Design")), ["bulk_filter", "composed", "admin"])
add("blk-007", C, "leonie", "complete all my overdue tasks", ready(*many(lambda i: done(i), [6, 26])), ["bulk_filter", "overdue", "done_task"])
add("blk-008", C, "dmitri", "mark my overdue tasks done", ready(*many(lambda i: done(i), [9, 20, 38])), ["bulk_filter", "overdue", "done_task"])
add("blk-009", C, "gustav", "close out all the open tasks for Thornbury Freight Park", ready(*many(lambda i: done(i), [3, 4, 19, 40])), ["bulk_filter", "done_task", "admin"])
add("blk-010", C, "gustav", "delete all the Shelved deals", ready(*many(lambda i: dd(i), [16, 27, 32])), ["bulk_delete", "closed_stage", "admin"])
add("blk-011", C, "gustav", "Delete every contact at Lowther Community Church.", ready(*many(lambda i: dc(i), [27, 43])), ["bulk_delete", "admin"])
add("blk-012", C, "leonie", "set all my leads to prospect", ready(*many(uc, [34, 37, 39, 42, 47, 59], lifecycle_stage="prospect")), ["bulk_filter", "my_leads"])
add("blk-013", C, "gustav", "Oren is taking over all of Leonie's carport canopy deals", ready(*many(ud, [11, 20], owner_id=3)), ["bulk_filter", "ownership", "taking_over", "composed"])
add("blk-014", C, "gustav", "move every open deal whose close date is already in the past to June 30", ready(*many(ud, [21, 34], close_date=EOJ)), ["bulk_filter", "past_dated"])
add("blk-015", C, "dmitri", "log a call against each of my Permitting deals, I rang them all this morning", ready(act("dmitri", "call", deal=23, k=0), act("dmitri", "call", deal=30, k=1)), ["bulk_filter", "bulk_create"])
add("blk-016", C, "oren", "add a task to each Thornbury deal: send the updated lease plan, due Friday", ready(task("oren", TMRW, deal=25, k=0), task("oren", TMRW, deal=26, k=1)), ["bulk_filter", "bulk_create"])
add("blk-017", C, "gustav", "all EV charging hub deals closing before June 1: push them to the end of July", ready(*many(ud, [12, 15], close_date="2030-07-31")), ["bulk_filter", "composed", "date_range"])
add("blk-018", C, "oren", "anything of mine closing this month, push it to end of June", ready(*many(ud, [3, 7, 12, 21], close_date=EOJ)), ["bulk_filter", "date_range", "this_month"])
add("blk-019", C, "gustav", "deals with no activity in 6 weeks: shelve them", ready(*many(ud, [13, 18, 20, 28, 29], stage="Shelved")), ["bulk_filter", "no_activity"])
add("blk-020", C, "dmitri", "bump all my Design deals over 50k to Permitting", ready(*many(ud, [8, 10, 19], stage="Permitting")), ["bulk_filter", "composed", "amount_filter"])
add("blk-021", C, "gustav", "reassign all of Dmitri's accounts to Oren", ready(*many(uco, [3, 6, 9, 12, 15, 18, 21], owner_id=3)), ["bulk_filter", "ownership", "accounts"])
add("blk-022", C, "gustav", "remove all the Pennyroyal contacts who are still leads", ready(*many(lambda i: dc(i), [34, 59])), ["bulk_delete", "composed"])
add("blk-023", C, "oren", "for my rooftop array deals that have gone quiet for 3 weeks, set me a check-in task for Monday", ready(task("oren", MON_N, deal=13, k=0), task("oren", MON_N, deal=29, k=1)), ["bulk_filter", "bulk_create", "no_activity", "composed"])
add("blk-024", C, "gustav", "everything Leonie has in Prospecting goes to Dmitri", ready(*many(ud, [20, 28], owner_id=5)), ["bulk_filter", "ownership"])
add("blk-025", C, "oren", "my Prospecting deals under 30k: close date Sept 30", ready(*many(ud, [18, 29], close_date="2030-09-30")), ["bulk_filter", "composed", "amount_filter"])
add("blk-026", C, "gustav", "give Leonie's battery storage deals to Oren", ready(*many(ud, [2, 6], owner_id=3)), ["bulk_filter", "ownership"])
add("blk-027", C, "leonie", "complete all my open tasks for Quenby", ready(*many(lambda i: done(i), [12, 26])), ["bulk_filter", "done_task"])
add("blk-028", C, "gustav", "Dmitri's rooftop array deals in Design or Permitting that close in June: push each close date out two weeks",
    ready(ud(10, close_date="2030-06-17"), ud(19, close_date="2030-06-26"), ud(30, close_date="2030-06-15")), ["bulk_filter", "composed", "either_stage", "date_range", "relative_to_record"])
add("blk-029", C, "gustav", "delete the Energised monitoring plan deals", ready(*many(lambda i: dd(i), [9, 31, 33])), ["bulk_delete", "closed_stage", "admin"])
add("blk-030", C, "oren", "mark all my leads as prospects", ready(*many(uc, [27, 31, 38, 46, 48, 60], lifecycle_stage="prospect")), ["bulk_filter", "my_leads"])
add("blk-031", C, "gustav", "Leonie's open deals over 40k that haven't had any activity for 4 weeks go to Oren", ready(*many(ud, [11, 20], owner_id=3)), ["bulk_filter", "composed", "no_activity", "ownership", "amount_filter"])
add("blk-032", C, "dmitri", "all my deals closing between June 1 and June 15 -> close date June 30", ready(*many(ud, [10, 19, 23, 30], close_date=EOJ)), ["bulk_filter", "date_range"])

# ====================================================================== multi_intent
C = "multi_intent"
add("mul-001", C, "leonie", "Met Fenella Hart at Marlowe Cider this morning, move the Marlowe Cider Rooftop Array to Permitting and remind me to send her the DNO form Monday",
    ready(act("leonie", "meeting", contact=1), ud(1, stage="Permitting"), task("leonie", MON_N, contact=1)), ["multi", "clause_scope", "pronoun_person"])
add("mul-002", C, "oren", "Caspar Lund called - Brackwater Warehouse Array is now 248k, close date June 2",
    ready(act("oren", "call", contact=3), ud(7, amount=248000, close_date="2030-06-02")), ["multi", "clause_scope", "same_record"])
add("mul-003", C, "dmitri", "Add Ottavia Brenner at Corvid Brewing Company, ottavia@corvidbrewing.com, and log a call with her today",
    ready(ccontact("dmitri", "Ottavia", "Brenner", 6, "ottavia@corvidbrewing.com"), act("dmitri", "call", contact=61, company=6)), ["multi", "new_record_ref", "comma_list"])
add("mul-004", C, "gustav", "Give Hawkridge Dairy Farm to Oren and delete the contact Elowen Trevithick",
    ready(uco(4, owner_id=3), dc(58)), ["multi", "ownership", "admin"])
add("mul-005", C, "leonie", "new company Ashcombe Riding School, new contact Beatrice Lyle there, and a carport canopy deal with her for 28k",
    ready(ccompany("leonie", "Ashcombe Riding School"), ccontact("leonie", "Beatrice", "Lyle", 22),
          cdeal("leonie", 22, amount=28000, product="Carport Canopy", contact=61)), ["multi", "chain_create"])
add("mul-006", C, "oren", "Emailed Jory Penhaligon the lease plan and set a task to chase him Friday",
    ready(act("oren", "email", contact=7), task("oren", TMRW, contact=7)), ["multi", "pronoun_person"])
add("mul-007", C, "dmitri", "Peverell Foods Rooftop Array to Design, Halcyon Data Vault Battery Storage to Roof Audit",
    ready(ud(30, stage="Design"), ud(23, stage="Roof Audit")), ["multi", "terse"])
add("mul-008", C, "leonie", "Quenby Motors Charging Hub is Energised! also a note on Quenby Motors: ask about a second site",
    ready(ud(15, stage="Energised"), act("leonie", "note", company=10)), ["multi", "note_on", "won"])
add("mul-009", C, "oren", "Met Leofric Hale at Wrenfield yesterday, he's now an opportunity",
    ready(act("oren", "meeting", YDAY, contact=20), uc(20, lifecycle_stage="opportunity")), ["multi", "date"])
add("mul-010", C, "dmitri", "Called Ruairi Dolan about the Tessellate Print Rooftop Array, moving it to Roof Audit; remind me to send the audit pack tomorrow",
    ready(act("dmitri", "call", contact=9, deal=4), ud(4, stage="Roof Audit"), task("dmitri", TMRW, contact=9, deal=4)), ["multi", "inherit"])
add("mul-011", C, "leonie", "Greta Vautrin's email is greta.vautrin@dunmoreleisure.org and her phone is 01392 555 201",
    ready(uc(19, email="greta.vautrin@dunmoreleisure.org", phone="01392 555 201")), ["multi", "same_record", "phone"])
add("mul-012", C, "gustav", "Move the Orwell Cold Chain Rooftop Array to Oren and mark Dmitri's Orwell transformer task done",
    ready(ud(19, owner_id=3), done(38)), ["multi", "ownership", "admin", "done_task"])
add("mul-013", C, "oren", "Ivybridge Academy Rooftop Array to Design and 128k; log a meeting with Dashiell Ormsby today",
    ready(ud(17, stage="Design", amount=128000), act("oren", "meeting", contact=16)), ["multi", "clause_scope"])
add("mul-014", C, "dmitri", "texted Fenella Dacre, the Saltmarsh Boatyard Panel Cleaning goes to Permitting with a close date of June 9",
    ready(act("dmitri", "message", contact=2), ud(14, stage="Permitting", close_date="2030-06-09")), ["multi", "clause_scope", "near_duplicate"])
add("mul-015", C, "leonie", "Done - sent the shading report to Fenella Hart. Also push Marlowe Cider Rooftop Array close date to June 20",
    ready(done(1), ud(1, close_date="2030-06-20")), ["multi", "done_task"])
add("mul-016", C, "oren", "new contact Isolde Marr at Saltmarsh Hotel & Spa, isolde.marr@saltmarshhotel.com, and add a task to send her the spa roof photos Tuesday",
    ready(ccontact("oren", "Isolde", "Marr", 8, "isolde.marr@saltmarshhotel.com"), task("oren", TUE_N, contact=61, company=8)), ["multi", "new_record_ref"])
add("mul-017", C, "dmitri", "log a call with Sabine Kessler and move the Vantage Sheet Metal Battery Storage to Design",
    ready(act("dmitri", "call", contact=41), ud(34, stage="Design")), ["multi", "clause_scope"])
add("mul-018", C, "gustav", "Add company Cawsand Cold Stores with Dmitri as owner, then a rooftop array deal there for 140k, also Dmitri's",
    ready(ccompany("gustav", "Cawsand Cold Stores", owner="dmitri"), cdeal("gustav", 22, amount=140000, product="Rooftop Array", owner="dmitri")), ["multi", "ownership", "chain_create", "admin"])
add("mul-019", C, "leonie", "Note on Pennyroyal Garden Centre: they got planning. Pennyroyal Carport Canopy -> Permitting",
    ready(act("leonie", "note", company=7), ud(11, stage="Permitting")), ["multi", "note_on"])
add("mul-020", C, "oren", "Lowther Church Roof Panels is shelved and Minerva Achterberg is now churned",
    ready(ud(29, stage="Shelved"), uc(27, lifecycle_stage="churned")), ["multi", "lost"])
add("mul-021", C, "dmitri", "met Lachlan Fyfe on Tuesday about the Peverell Foods Rooftop Array and set its close date to June 12",
    ready(act("dmitri", "meeting", TUE, contact=28, deal=30), ud(30, close_date="2030-06-12")), ["multi", "date"])
add("mul-022", C, "leonie", "Quenby Motors Charging Hub: 71k. And Quenby Motors' domain is quenbymotors.co.uk",
    ready(ud(15, amount=71000), uco(10, domain="quenbymotors.co.uk")), ["multi", "amount"])
add("mul-023", C, "oren", "emailed Wendell Asare and Caspar Lund the monitoring options",
    ready(act("oren", "email", contact=11, k=0), act("oren", "email", contact=3, k=1)), ["multi", "two_people"])
add("mul-024", C, "dmitri", "Torsten Engel's phone is 01473 555 880; he wants a call on Monday, set me a task",
    ready(uc(18, phone="01473 555 880"), task("dmitri", MON_N, contact=18)), ["multi", "phone", "pronoun_person"])
add("mul-025", C, "gustav", "Oren is taking over Saltmarsh Boatyard and the Saltmarsh Boatyard Panel Cleaning deal",
    ready(uco(9, owner_id=3), ud(14, owner_id=3)), ["multi", "ownership", "taking_over", "admin"])
add("mul-026", C, "leonie", "right, quick brain dump before the school run: had a call with Gethin Probert this morning, he's happy with the barn array; Hawkridge Dairy Battery Storage should go to Design; and remind me to send Rhodri Vaughan the battery brochure Monday",
    ready(act("leonie", "call", contact=10), ud(6, stage="Design"), task("leonie", MON_N, contact=30)), ["multi", "rambling", "clause_scope"])
add("mul-027", C, "oren", "Could you do two things for me? Set Cosmo Beaumont to customer, and log that I met him yesterday.",
    ready(uc(24, lifecycle_stage="customer"), act("oren", "meeting", YDAY, contact=24)), ["multi", "polite", "wrapper"])

# ====================================================================== reference (history)
C = "reference"
add("ref-001", C, "oren", "the battery one", ready(ud(18, stage="Design")), ["history", "pick_option"], ["move the Ivybridge deal to Design"])
add("ref-002", C, "leonie", "Fenella Dacre", ready(act("leonie", "call", contact=2)), ["history", "pick_option", "near_duplicate"], ["log a call with Fenella this morning"])
add("ref-003", C, "dmitri", "the hotel", ready(act("dmitri", "note", company=8)), ["history", "pick_option"], ["note on Saltmarsh: they want a quote for roof repairs first"])
add("ref-004", C, "gustav", "move it back to Design", ready(ud(7, stage="Design")), ["history", "after_question"], ["what's the biggest open deal?"])
add("ref-005", C, "dmitri", "log a call with him yesterday", ready(act("dmitri", "call", YDAY, contact=18)), ["history", "after_question", "pronoun_person"], ["who's the contact on the Orwell Cold Chain Rooftop Array?"])
add("ref-006", C, "oren", "update it to w.asare@brackwater.com", ready(uc(11, email="w.asare@brackwater.com")), ["history", "after_question"], ["what's Wendell Asare's email?"])
add("ref-007", C, "leonie", "push its close date to June 5", ready(ud(15, close_date="2030-06-05")), ["history", "after_question"], ["when does the Quenby Motors Charging Hub close?"])
add("ref-008", C, "gustav", "and give that company to Dmitri", ready(uco(7, owner_id=5)), ["history", "ownership"], ["add a note on Pennyroyal Garden Centre: the owner is keen on a canopy over the car park"])
add("ref-009", C, "dmitri", "set a task to send her the grid study follow-up Tuesday", ready(task("dmitri", TUE_N, contact=21)), ["history", "pronoun_person"], ["met Kalinda Raman at Halcyon today"])
add("ref-010", C, "oren", "the charging hub one", ready(done(4)), ["history", "pick_option", "done_task"], ["mark the Thornbury DNO task done"])
add("ref-011", C, "leonie", "Whyte", ready(uc(4, phone="07700 900412")), ["history", "pick_option", "last_name_only"], ["Caspar's new mobile is 07700 900412"])
add("ref-012", C, "oren", "move both to Design", ready(ud(3, stage="Design"), ud(7, stage="Design")), ["history", "after_question"], ["which of my deals are in Permitting?"])
add("ref-013", C, "leonie", "actually never mind", nochange(), ["history", "never_mind"], ["create a deal for Dunmore Leisure Centre: battery storage, 45k"])
add("ref-014", C, "dmitri", "slip it to June 20", ready(ud(30, close_date="2030-06-20")), ["history", "after_question"], ["what's the close date on Peverell Foods Rooftop Array?"])
add("ref-015", C, "oren", "and mark him as a customer", ready(uc(13, lifecycle_stage="customer")), ["history"], ["log a meeting with Xavier Lemaire yesterday"])
add("ref-016", C, "gustav", "give it to Leonie", ready(uco(6, owner_id=1)), ["history", "after_question", "ownership"], ["who owns the Corvid Brewing account?"])
add("ref-017", C, "leonie", "the battery one", ready(act("leonie", "note", deal=2)), ["history", "pick_option", "note_on"], ["note on the Marlowe Cider deal: board meets next week"])
add("ref-018", C, "leonie", "set a follow-up with him for Monday", ready(task("leonie", MON_N, contact=10)), ["history", "pronoun_person"], ["Gethin Probert called about the battery quote"])
add("ref-019", C, "gustav", "hand them all to Dmitri", ready(*many(ud, [3, 7, 12, 13, 17, 18, 21, 25, 26, 29], owner_id=5)), ["history", "after_question", "ownership"], ["how many open deals does Oren have?"])
add("ref-020", C, "oren", "Lund", ready(act("oren", "call", contact=3)), ["history", "pick_option", "last_name_only"], ["log a call with Caspar"])
add("ref-021", C, "dmitri", "the boatyard", ready(cdeal("dmitri", 9, amount=5000, product="Panel Cleaning Contract")), ["history", "pick_option"], ["set up a deal for Saltmarsh: panel cleaning, 5k"])
add("ref-022", C, "gustav", "push both to the end of June", ready(ud(21, close_date=EOJ), ud(34, close_date=EOJ)), ["history", "after_question"], ["which open deals are past their close date?"])

# ====================================================================== clarification
C = "clarification"
add("clr-001", C, "leonie", "note on Marlowe: the orchard extension is going ahead", clar("companies:1", "companies:2"), ["clarification", "shared_first_word", "note_on"])
add("clr-002", C, "gustav", "move Saltmarsh to Dmitri", clar("companies:8", "companies:9"), ["clarification", "shared_first_word", "ownership", "admin"])
add("clr-003", C, "leonie", "call with Fenella just now", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-004", C, "oren", "Caspar's new email is caspar@fastmail.co.uk", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-005", C, "dmitri", "Penhaligon asked for a callback, log that I rang", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only"])
add("clr-006", C, "leonie", "move the Marlowe Cider deal to Permitting", clar("deals:1", "deals:2"), ["clarification", "two_open_deals"])
add("clr-007", C, "oren", "the Ivybridge deal is now 140k", clar("deals:17", "deals:18"), ["clarification", "two_open_deals"])
add("clr-008", C, "oren", "mark the Thornbury DNO task done", clar("tasks:3", "tasks:4"), ["clarification", "same_title_task"])
add("clr-009", C, "leonie", "done - sent the shading report to Fenella", clar("tasks:1", "tasks:2"), ["clarification", "same_title_task", "done_task"])
add("clr-010", C, "oren", "push the Saltmarsh Hotel deal to August 15", clar("deals:12", "deals:13"), ["clarification", "two_open_deals"])
add("clr-011", C, "oren", "move the Brackwater deal to Roof Audit", clar("deals:7", "deals:8"), ["clarification", "two_open_deals", "closed_not_offered"])
add("clr-012", C, "leonie", "Gorse Lane deal amount 30k", clar("deals:24", "deals:35"), ["clarification", "two_open_deals", "terse"])
add("clr-013", C, "oren", "Thornbury deal close date July 31", clar("deals:25", "deals:26"), ["clarification", "two_open_deals"])
add("clr-014", C, "leonie", "emailed Fenella the revised layout", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-015", C, "oren", "Marlowe's new domain is marlowe.org", clar("companies:1", "companies:2"), ["clarification", "shared_first_word"])
add("clr-016", C, "dmitri", "Caspar wants a call on Monday, set a task", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-017", C, "gustav", "the Saltmarsh account owner is now Leonie", clar("companies:8", "companies:9"), ["clarification", "shared_first_word", "ownership", "admin"])
add("clr-018", C, "dmitri", "the Penhaligon number is 07700 900 655", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only", "phone"])
add("clr-019", C, "gustav", "Please push the Marlowe Cider deal out to July.", clar("deals:1", "deals:2"), ["clarification", "two_open_deals", "formal"])

# ====================================================================== refusal
C = "refusal"
add("rfs-001", C, "bettina", "move Brackwater Warehouse Array to Design", rej("reviewer"), ["refusal", "reviewer"])
add("rfs-002", C, "bettina", "push all of Oren's Permitting deals to the end of June", rej("reviewer"), ["refusal", "reviewer", "bulk_filter"])
add("rfs-003", C, "bettina", "log a call with Fenella Hart and move the Marlowe Cider Rooftop Array to Permitting", rej("reviewer"), ["refusal", "reviewer", "multi"])
add("rfs-004", C, "bettina", "Add Ansel Fairbairn at Quenby Motors, ansel@quenbymotors.com", rej("reviewer"), ["refusal", "reviewer", "comma_list"])
add("rfs-005", C, "bettina", "note on Orwell Cold Chain: they asked for an audit copy", rej("reviewer"), ["refusal", "reviewer", "note_on"])
add("rfs-006", C, "bettina", "done - sent the grid study to Kalinda Raman", rej("reviewer"), ["refusal", "reviewer", "done_task"])
add("rfs-007", C, "leonie", "delete Zeno Papadakis", rej("admin"), ["refusal", "rep_delete"])
add("rfs-008", C, "oren", "delete the Lowther Church Roof Panels deal", rej("admin"), ["refusal", "rep_delete"])
add("rfs-009", C, "dmitri", "remove Tessellate Print Co from the CRM", rej("admin"), ["refusal", "rep_delete"])
add("rfs-010", C, "oren", "delete all the Shelved deals", rej("admin"), ["refusal", "rep_delete", "bulk_delete"])
add("rfs-011", C, "dmitri", "move Corvid Brewing Rooftop Array to Negotiation", rej("negotiation"), ["refusal", "unknown_stage"])
add("rfs-012", C, "dmitri", "mark the Orwell Cold Chain Rooftop Array as Quoted", rej("quoted"), ["refusal", "unknown_stage"])
add("rfs-013", C, "leonie", "Gorse Lane Bakery Rooftop Array -> Installed", rej("installed"), ["refusal", "unknown_stage"])
add("rfs-014", C, "gustav", "give Pennyroyal Garden Centre to Priya", rej("priya"), ["refusal", "unknown_user", "admin"])
add("rfs-015", C, "gustav", "Henrike takes over the Halcyon Data Vault Battery Storage", rej("henrike"), ["refusal", "unknown_user", "admin"])
add("rfs-016", C, "oren", "log a call with Ingrid Sorensen", rej("sorensen"), ["refusal", "unknown_contact"])
add("rfs-017", C, "dmitri", "note on Globex: they want panels on both warehouses", rej("globex"), ["refusal", "unknown_company", "note_on"])
add("rfs-018", C, "leonie", "Gorse Lane Bakery Rooftop Array amount minus 4k", rej("negative"), ["refusal", "negative_amount"])
add("rfs-019", C, "leonie", "set the Quenby Motors Charging Hub to -68,000", rej("negative"), ["refusal", "negative_amount"])
add("rfs-020", C, "leonie", "Greta Vautrin's email is greta at dunmoreleisure", rej("email"), ["refusal", "bad_email"])
add("rfs-021", C, "bettina", "Could you hand the Quenby Motors account to Dmitri?", rej("reviewer"), ["refusal", "reviewer", "ownership", "polite"])

# ====================================================================== negation
C = "negation"
add("neg-001", C, "leonie", "don't move Marlowe Cider Rooftop Array to Energised yet", nochange(), ["negation", "pure_negation"])
add("neg-002", C, "oren", "no need to log anything for the Brackwater visit", nochange(), ["negation", "pure_negation"])
add("neg-003", C, "dmitri", "leave the Orwell Cold Chain Rooftop Array in Design", nochange(), ["negation", "leave_as_is"])
add("neg-004", C, "leonie", "don't shelve the Dunmore Leisure Carport Canopy - move it to Roof Audit instead", ready(ud(20, stage="Roof Audit")), ["negation", "correction"])
add("neg-005", C, "oren", "not Permitting - put the Thornbury Freight Charging Hub in Design", ready(ud(26, stage="Design")), ["negation", "correction"])
add("neg-006", C, "dmitri", "hold off on the Halcyon close date, don't change anything yet", nochange(), ["negation", "pure_negation"])
add("neg-007", C, "gustav", "Don't reassign Quenby Motors; keep it with Leonie.", nochange(), ["negation", "leave_as_is", "admin"])
add("neg-008", C, "leonie", "actually, never mind", nochange(), ["negation", "never_mind", "history"], ["move Gorse Lane Bakery Rooftop Array to Design"])
add("neg-009", C, "oren", "no, don't create a task for that", nochange(), ["negation", "history", "never_mind"], ["remind me to call Hamish Drummond tomorrow"])
add("neg-010", C, "dmitri", "Corvid Brewing Rooftop Array stays at 58k, don't touch it", nochange(), ["negation", "leave_as_is"])
add("neg-011", C, "leonie", "don't complete the Pennyroyal carport task, just log a call with Priscilla Oyinlola", ready(act("leonie", "call", contact=12)), ["negation", "partial"])
add("neg-012", C, "oren", "Not 30k - the Ivybridge Academy Battery Storage is 31.5k", ready(ud(18, amount=31500)), ["negation", "correction", "amount"])
add("neg-013", C, "dmitri", "no need to change the stage, just set Tessellate Print Rooftop Array's close date to Aug 1", ready(ud(4, close_date="2030-08-01")), ["negation", "partial"])
add("neg-014", C, "gustav", "Do not delete Tessellate Print Co, just move it to Leonie", ready(uco(3, owner_id=1)), ["negation", "ownership", "admin"])
add("neg-015", C, "leonie", "forget the reminder", nochange(), ["negation", "never_mind", "history"], ["remind me to chase Anwen Rees on Friday"])

# ====================================================================== correction
C = "correction"
add("cor-001", C, "leonie", "set Pennyroyal Carport Canopy to 45k - sorry, 54k", ready(ud(11, amount=54000)), ["correction", "amount"])
add("cor-002", C, "oren", "Thornbury Freight Rooftop Array close date June 24, make that June 27", ready(ud(25, close_date="2030-06-27")), ["correction", "date"])
add("cor-003", C, "dmitri", "the Corvid deal should be 61k instead of 58k", ready(ud(10, amount=61000)), ["correction", "instead_of", "closed_not_offered"])
add("cor-004", C, "leonie", "Greta Vautrin's email is greta@dunmoreleisure.com - no wait, .org", ready(uc(19, email="greta@dunmoreleisure.org")), ["correction", "email"])
add("cor-005", C, "oren", "move Saltmarsh Hotel EV Charging Hub to Permitting, scratch that, Roof Audit", ready(ud(12, stage="Roof Audit")), ["correction", "scratch_that"])
add("cor-006", C, "dmitri", "task to call Ravi Chaudhry Monday - actually Tuesday", ready(task("dmitri", TUE_N, contact=57)), ["correction", "task"])
add("cor-007", C, "gustav", "Give Wrenfield Winery to Leonie... no, to Dmitri", ready(uco(14, owner_id=5)), ["correction", "ownership", "admin"])
add("cor-008", C, "leonie", "log a call with Honor Fairweather - sorry, it was a meeting", ready(act("leonie", "meeting", contact=23)), ["correction"])
add("cor-009", C, "oren", "Ivybridge Academy Rooftop Array amount 135k instead of 132k", ready(ud(17, amount=135000)), ["correction", "instead_of"])
add("cor-010", C, "dmitri", "Halcyon Data Vault Battery Storage to Design - no, keep it in Permitting and just change the close date to June 19", ready(ud(23, close_date="2030-06-19")), ["correction", "negation"])
add("cor-011", C, "leonie", "new contact Rosalind Pike at Quenby Motors, rpike@quenbymotors.com - sorry, rosalind.pike@quenbymotors.com", ready(ccontact("leonie", "Rosalind", "Pike", 10, "rosalind.pike@quenbymotors.com")), ["correction", "email"])
add("cor-012", C, "oren", "sorry, I meant Roof Audit", ready(ud(3, stage="Roof Audit")), ["correction", "history"], ["move Marlowe Parish Hall Panels to Design"])
add("cor-013", C, "dmitri", "scratch that, make the Peverell Foods Rooftop Array 150k rather than 146k", ready(ud(30, amount=150000)), ["correction", "scratch_that"])

# ====================================================================== typo
C = "typo"
add("typ-001", C, "leonie", "moev marlow cider rooftop aray to permiting", ready(ud(1, stage="Permitting")), ["typo", "multi_typo"])
add("typ-002", C, "oren", "calld caspar lnud at brackwatr this mornign", ready(act("oren", "call", contact=3)), ["typo", "multi_typo"])
add("typ-003", C, "dmitri", "orwel cold chian roftop array amout 180k", ready(ud(19, amount=180000)), ["typo", "multi_typo"])
add("typ-004", C, "leonie", "remnd me to cal Perpetua Ashbey tomoro", ready(task("leonie", TMRW, contact=29)), ["typo", "multi_typo"])
add("typ-005", C, "oren", "Ivybrige Acadamy battery storgae close dat end of sept", ready(ud(18, close_date="2030-09-30")), ["typo", "multi_typo"])
add("typ-006", C, "dmitri", "note on Peverel Foods: boad aproved the capex", ready(act("dmitri", "note", company=21)), ["typo", "note_on"])
add("typ-007", C, "leonie", "Quenbymotors charging hub wonn", ready(ud(15, stage="Energised")), ["typo", "won"])
add("typ-008", C, "oren", "saltmarsh hotle ev chargin hub to permitting pls", ready(ud(12, stage="Permitting")), ["typo", "mobile"])
add("typ-009", C, "dmitri", "emaild Sunniva Berg the batery quote", ready(act("dmitri", "email", contact=25)), ["typo"])
add("typ-010", C, "gustav", "hand Pennyroyl Garden Centre to Dmitri", ready(uco(7, owner_id=5)), ["typo", "ownership", "admin"])
add("typ-011", C, "leonie", "Fenela Hart new phone 07700 900 262", ready(uc(1, phone="07700 900 262")), ["typo", "phone", "near_duplicate"])
add("typ-012", C, "oren", "Lowther Chruch Roof Panles 15k", ready(ud(29, amount=15000)), ["typo", "amount"])
add("typ-013", C, "dmitri", "Tesselate Print rooftop array > roof audit", ready(ud(4, stage="Roof Audit")), ["typo"])
add("typ-014", C, "leonie", "met Priscila Oyinlolla at pennyroyal yesterdya", ready(act("leonie", "meeting", YDAY, contact=12)), ["typo", "multi_typo", "date"])
add("typ-015", C, "oren", "done - sent the EV chager spec to Xaiver Lemaire", ready(done(11)), ["typo", "done_task"])
add("typ-016", C, "dmitri", "halcyon data valut battery storge: $215k", ready(ud(23, amount=215000)), ["typo", "amount"])

# ====================================================================== unsupported
C = "unsupported"
add("uns-001", C, "leonie", "reschedule the Perpetua Ashby battery sizing task to next week", rej(), ["unsupported", "reschedule"])
add("uns-002", C, "oren", "rename the Thornbury lease consent task to 'Chase landlord consent'", rej(), ["unsupported", "task_rename"])
add("uns-003", C, "dmitri", "delete the call I logged with Sunniva Berg yesterday", rej(), ["unsupported", "activity_edit"])
add("uns-004", C, "gustav", "Merge Fenella Hart and Fenella Dacre into one contact.", rej(), ["unsupported", "merge", "admin"])
add("uns-005", C, "leonie", "reopen the Honor Fairweather testimonial task", rej(), ["unsupported", "reopen"])
add("uns-006", C, "oren", "change the date on my Caspar Lund meeting from yesterday to Monday", rej(), ["unsupported", "activity_edit"])
add("uns-007", C, "dmitri", "cancel the Tessellate tariff comparison task", rej(), ["unsupported", "task_cancel"])
add("uns-008", C, "leonie", "export all my contacts to a spreadsheet", rej(), ["unsupported", "export"])
add("uns-009", C, "oren", "move the scaffolding task with Lowenna Pascoe to May 27", rej(), ["unsupported", "reschedule"])
add("uns-010", C, "gustav", "Reassign Dmitri's transformer capacity task to Oren.", rej(), ["unsupported", "task_reassign", "admin"])
add("uns-011", C, "dmitri", "can you generate a PDF proposal for Peverell Foods?", rej(), ["unsupported", "document"])


# ====================================================================== extra voices (formal e-mail, non-native, rambling)
add("upd-049", "update_deal", "dmitri", "Hello, could you please record that the Tessellate Print Rooftop Array is now expected to close on 12 August? Many thanks, Dmitri", ready(ud(4, close_date="2030-08-12")), ["date", "formal_email", "polite"])
add("uct-017", "update_contact", "oren", "Good afternoon, Bryony Kettle has asked that we use her new direct line, 0117 496 2790, from now on. Best, Oren", ready(uc(14, phone="0117 496 2790")), ["phone", "formal_email"])
add("act-036", "log_activity", "leonie", "Hi all, FYI I had a call with Honor Fairweather this morning regarding the monitoring portal. Thanks, Leonie", ready(act("leonie", "call", contact=23)), ["call", "formal_email"])
add("upd-050", "update_deal", "oren", "Marlowe Parish Hall Panels, the clerk say they will sign in June, so please make close date to June 18", ready(ud(3, close_date="2030-06-18")), ["date", "non_native"])
add("tsk-026", "create_task", "dmitri", "Please make for me a reminder, I must call Pascal Ndiaye on Monday for the battery", ready(task("dmitri", MON_N, contact=22)), ["task", "non_native"])
add("act-037", "log_activity", "oren", "long one, sorry. parish meeting ran over, and Nerys Llewellyn cornered me afterwards to ask about grants for the church hall, which isn't even our deal, but I said I'd look into it. anyway that was the meeting. oh and the car park flooded again", ready(act("oren", "meeting", contact=31)), ["meeting", "rambling"])
add("cmp-017", "complete_task", "leonie", "okay so end-of-week brain is real, but I did finally send Perpetua Ashby the battery sizing, can you tick that off? I'll deal with everything else on Monday", ready(done(6)), ["done_task", "rambling", "polite"])
add("mul-028", "multi_intent", "dmitri", "Dear all, please note: Kalinda Raman is now a customer, and the Halcyon Data Vault Battery Storage should move to Design. Kind regards, Dmitri", ready(uc(21, lifecycle_stage="customer"), ud(23, stage="Design")), ["multi", "formal_email"])
add("neg-016", "negation", "oren", "Please do not change the Ivybridge Academy Rooftop Array stage, it is staying in Roof Audit for now", nochange(), ["negation", "leave_as_is", "non_native"])

add("del-014", "delete", "gustav", "delete Marlowe Parish Council and Saltmarsh Boatyard", ready(dco(2), dco(9)), ["admin_delete", "two_records", "near_duplicate"])
add("del-015", "delete", "gustav", "Please remove Halcyon Data Vault from the system.", ready(dco(15)), ["admin_delete", "formal"])
add("mul-029", "multi_intent", "oren", "Met Xavier Lemaire about the Saltmarsh Hotel EV Charging Hub yesterday; remind me to send the revised charger layout Tuesday",
    ready(act("oren", "meeting", YDAY, contact=13, deal=12), task("oren", TUE_N, contact=13, deal=12)), ["multi", "inherit", "date"])
add("cct-017", "create_contact", "dmitri", "new lead: Ptolemy Wragg at Corvid Brewing Company", ready(ccontact("dmitri", "Ptolemy", "Wragg", 6)), ["new_lead", "terse"])
add("cdl-017", "create_deal", "leonie", "new deal: Pennyroyal Greenhouse Array, 39k, contact Priscilla Oyinlola", ready(cdeal("leonie", 7, amount=39000, contact=12, name="Pennyroyal Greenhouse Array")), ["deal_name_colon", "amount"])
add("ref-023", "reference", "dmitri", "mark them all done", ready(done(9), done(20), done(38)), ["history", "after_question", "done_task"], ["which of my tasks are overdue?"])
add("ref-024", "reference", "leonie", "change it to gethin@hawkridgedairy.com", ready(uc(10, email="gethin@hawkridgedairy.com")), ["history", "after_question"], ["what's Gethin Probert's email?"])
add("ref-025", "reference", "oren", "bump it to 36k", ready(ud(21, amount=36000)), ["history", "after_question", "amount"], ["what's open with Wrenfield Winery?"])
add("ref-026", "reference", "gustav", "we're moving it to Dmitri", ready(uco(11, owner_id=5)), ["history", "after_question", "ownership", "moving_to"], ["who owns the Ivybridge Academy Trust account?"])
add("neg-017", "negation", "dmitri", "wait, no, leave it where it is", nochange(), ["negation", "never_mind", "history"], ["move the Halcyon Data Vault Battery Storage to Design"])

# ====================================================================== questions (answers from validate_fifth.QUESTIONS)
C = "question"
QS = [
    ("qst-001", "bettina", "what open deals do we have with Marlowe Cider Works?", ["company_deals", "near_duplicate"]),
    ("qst-002", "gustav", "list every deal Brackwater Distribution has ever had", ["company_deals", "closed_included"]),
    ("qst-003", "leonie", "which of my deals close this month?", ["closing", "my"]),
    ("qst-004", "gustav", "how many deals are sitting in Design?", ["count", "stage"]),
    ("qst-005", "bettina", "what's Oren's open pipeline worth?", ["pipeline", "sum"]),
    ("qst-006", "dmitri", "what's Fenella Dacre's phone number?", ["contact_info", "near_duplicate"]),
    ("qst-007", "leonie", "who owns the Saltmarsh Boatyard account?", ["owner", "account_owner", "near_duplicate"]),
    ("qst-008", "oren", "when's the last time we logged anything with Xavier Lemaire?", ["last_touch"]),
    ("qst-009", "gustav", "which deals have had no activity in the last 4 weeks?", ["stale_deals", "no_activity"]),
    ("qst-010", "leonie", "what's on my task list?", ["tasks", "my"]),
    ("qst-011", "dmitri", "which of my tasks are overdue?", ["tasks", "overdue", "my"]),
    ("qst-012", "bettina", "how much have we won this year?", ["won_lost", "sum"]),
    ("qst-013", "gustav", "what's our biggest open deal?", ["biggest_deal"]),
    ("qst-014", "oren", "who's the contact on Thornbury Freight Charging Hub?", ["deal_contact"]),
    ("qst-015", "leonie", "email address for Caspar Whyte?", ["contact_info", "near_duplicate", "terse"]),
    ("qst-016", "bettina", "who do we know at Halcyon Data Vault?", ["company_contacts"]),
    ("qst-017", "dmitri", "how many contacts at Ivybridge Academy Trust?", ["count", "company_contacts"]),
    ("qst-018", "gustav", "what have we shelved?", ["won_lost", "lost"]),
    ("qst-019", "leonie", "which deals are in Permitting?", ["stage"]),
    ("qst-020", "bettina", "total value of Dmitri's Design deals?", ["pipeline", "sum", "stage"]),
    ("qst-021", "oren", "close date on the Saltmarsh Hotel EV Charging Hub?", ["deal_info", "date"]),
    ("qst-022", "gustav", "which accounts does Leonie own?", ["owner", "accounts"]),
    ("qst-023", "dmitri", "how much is the Saltmarsh Boatyard Panel Cleaning worth?", ["deal_info", "amount"]),
    ("qst-024", "bettina", "what EV charging hub deals are open?", ["product"]),
    ("qst-025", "oren", "which of my deals have gone quiet for 3 weeks?", ["stale_deals", "no_activity", "my"]),
    ("qst-026", "dmitri", "how many open deals do I have?", ["count", "my"]),
    ("qst-027", "leonie", "what tasks do I have due this week?", ["tasks", "this_week", "my"]),
    ("qst-028", "gustav", "where does Lowenna Pascoe work and what's her title?", ["contact_info"]),
    ("qst-029", "oren", "what's the website for Saltmarsh Hotel & Spa?", ["company_info", "near_duplicate"]),
    ("qst-030", "bettina", "which open deals are past their close date?", ["closing", "past_dated"]),
    ("qst-031", "gustav", "how many overdue tasks are there across the team?", ["tasks", "overdue", "count"]),
    ("qst-032", "leonie", "what did we win with Hawkridge Dairy Farm?", ["won_lost", "company_deals"]),
    ("qst-033", "leonie", "who owns the Brackwater Fleet Charging Hub deal?", ["owner", "deal_owner"]),
    ("qst-034", "gustav", "who's the account owner for Brackwater Distribution?", ["owner", "account_owner"]),
    ("qst-035", "bettina", "what stage is the Thornbury Freight Rooftop Array in?", ["deal_info", "stage"]),
    ("qst-036", "oren", "how much rooftop array business is open right now?", ["pipeline", "sum", "product"]),
    ("qst-037", "gustav", "which open deals are over 100k?", ["amount_filter"]),
    ("qst-038", "leonie", "who's at Marlowe Parish Council?", ["company_contacts", "near_duplicate"]),
    ("qst-039", "dmitri", "Oren Blackwood's phone?", ["contact_info", "user_name_clash", "terse"]),
    ("qst-040", "bettina", "how many companies are in the CRM?", ["count"]),
    ("qst-041", "gustav", "which of Dmitri's contacts are leads?", ["contacts", "lifecycle"]),
    ("qst-042", "oren", "how much is the Marlowe Cider Battery Storage deal?", ["deal_info", "amount"]),
    ("qst-043", "gustav", "what does Leonie have closing in June?", ["closing"]),
    ("qst-044", "bettina", "how much did we lose this year?", ["won_lost", "sum", "lost"]),
    ("qst-045", "dmitri", "what's the average size of my open deals?", ["average_deal"]),
    ("qst-046", "leonie", "how many activities have I logged today?", ["activity", "today", "count", "my"]),
    ("qst-047", "gustav", "how many deals has Oren won?", ["won_lost", "count"]),
    ("qst-048", "oren", "who's the contact on the Ivybridge Academy Battery Storage deal?", ["deal_contact"]),
    ("qst-049", "dmitri", "how many activities are logged against Halcyon Data Vault Battery Storage?", ["activity", "count"]),
    ("qst-050", "bettina", "email for Jory Penhaligon?", ["contact_info", "near_duplicate", "terse"]),
    ("qst-051", "leonie", "what stage is the Vantage Sheet Metal Battery Storage at?", ["deal_info", "stage"]),
    ("qst-052", "gustav", "which of Dmitri's deals are in Prospecting?", ["stage"]),
    ("qst-053", "oren", "total open value at Thornbury Freight Park?", ["pipeline", "sum"]),
    ("qst-054", "bettina", "who owns the Ivybridge Academy Trust account?", ["owner", "account_owner"]),
    ("qst-055", "dmitri", "which battery storage deals are open?", ["product"]),
    ("qst-056", "leonie", "what do I have due tomorrow?", ["tasks", "my"]),
    ("qst-057", "gustav", "when does the Quenby Motors Charging Hub close?", ["deal_info", "date"]),
    ("qst-058", "bettina", "what's the average size of the deals we won this year?", ["average_deal", "won_lost"]),
    ("qst-059", "oren", "how many activities did I log this week?", ["activity", "this_week", "count", "my"]),
    ("qst-060", "gustav", "what's the biggest deal we've ever won?", ["biggest_deal", "won_lost"]),
    ("qst-061", "leonie", "which of my deals haven't been touched in six weeks?", ["stale_deals", "no_activity", "my"]),
    ("qst-062", "bettina", "who is Sunniva Berg?", ["contact_info"]),
    ("qst-063", "leonie", "how many open tasks does Oren have?", ["tasks", "count", "user_name_clash"]),
    ("qst-064", "gustav", "what's the total open pipeline?", ["pipeline", "sum"]),
    ("qst-065", "oren", "phone for Caspar Lund", ["contact_info", "near_duplicate", "terse"]),
    ("qst-066", "dmitri", "what deals close before June 1?", ["closing", "date_range"]),
    ("qst-067", "bettina", "which companies does Dmitri own?", ["owner", "accounts"]),
    ("qst-068", "gustav", "when was the last activity on the Dunmore Leisure Carport Canopy?", ["last_touch"]),
    ("qst-069", "leonie", "what's Gethin Probert's email?", ["contact_info"]),
    ("qst-070", "oren", "which contacts do we have at Saltmarsh Hotel & Spa?", ["company_contacts", "near_duplicate"]),
    ("qst-071", "bettina", "how many deals did we shelve this year?", ["won_lost", "count", "lost"]),
    ("qst-072", "gustav", "list Oren's deals in Roof Audit", ["stage"]),
    ("qst-073", "dmitri", "what industry is Orwell Cold Chain in?", ["company_info"]),
    ("qst-074", "leonie", "which deals did we win last month?", ["won_lost", "period"]),
    ("qst-075", "bettina", "what's Leonie's average open deal size?", ["average_deal"]),
    ("qst-076", "oren", "who's the contact on the Marlowe Parish Hall Panels deal?", ["deal_contact"]),
    ("qst-077", "gustav", "how many open deals does Brackwater have?", ["count", "company_deals"]),
    ("qst-078", "dmitri", "when is my grid study task for Kalinda Raman due?", ["tasks", "date"]),
    ("qst-079", "leonie", "what's the smallest open deal we have?", ["biggest_deal", "smallest"]),
    ("qst-080", "bettina", "what's open with Wrenfield Winery?", ["company_deals"]),
    ("qst-081", "gustav", "hey quick one - whats the total of everything we won in May?", ["won_lost", "sum", "period", "mobile"]),
    ("qst-082", "oren", "Could you tell me which Design deals close in June?", ["closing", "stage", "polite"]),
    ("qst-083", "gustav", "who's the owner of the Quenby Motors Charging Hub deal?", ["owner", "deal_owner"]),
    ("qst-084", "dmitri", "how many activities did I log today?", ["activity", "today", "count", "my"]),
]
for qid, user, text, tags in QS:
    add(qid, C, user, text, Q(), ["question"] + tags)

DECLINES = [
    ("dec-001", "leonie", "what's the weather going to be like in Marlowe tomorrow?", []),
    ("dec-002", "gustav", "what's Halcyon Data Vault's annual revenue?", []),
    ("dec-003", "oren", "how many employees does Brackwater Distribution have?", []),
    ("dec-004", "bettina", "who is the CFO of Globex?", []),
    ("dec-005", "dmitri", "what's the phone number for Ingrid Sorensen?", []),
    ("dec-006", "leonie", "what's our NPS score this quarter?", []),
    ("dec-007", "gustav", "how many kWh did the Hawkridge barn array generate last month?", []),
    ("dec-008", "oren", "what did Taylor close last quarter?", []),
    ("dec-009", "bettina", "what's the status of the Pemberton Brewing deal?", ["Corvid Brewing Rooftop Array"]),
    ("dec-010", "dmitri", "what's the going price for solar panels per watt right now?", []),
    ("dec-011", "leonie", "what's Fenella Hart's LinkedIn profile?", []),
    ("dec-012", "gustav", "what's our churn rate on monitoring plans?", []),
    ("dec-013", "oren", "which Marlowe Brewery contacts do we have?", ["Fenella Hart", "Lowenna Pascoe"]),
    ("dec-014", "bettina", "what's Saltmarsh Hotel & Spa's credit rating?", []),
]
for qid, user, text, ex in DECLINES:
    add(qid, C, user, text, DECLINE(*ex), ["question", "decline"])


def fill_answers() -> None:
    from validate_fifth import question_answers
    answers = question_answers()
    for it in ITEMS:
        e = it["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it["id"]]


def main() -> None:
    from validate_fifth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it["id"]: it for it in ITEMS}
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[i], ensure_ascii=False) + "\n" for i in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
