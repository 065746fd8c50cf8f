"""Writes fourteenth_dev.jsonl and fourteenth_test.jsonl: the hand-written items of the fourteenth corpus (fixture N,
Flintlock Fire Protection), split by validate_fourteenth.split (per category, balanced by voice). One add(...) per item.
The helpers (the item-building helpers of build_thirteenth.py, re-targeted to fixture N) only type link ids once (a
contact gives its company; a deal gives its company and, when no person is named, its contact), fill the acting user in
as owner/author, and number new records from the next free id. Every item names exactly one voice. Question answers are
filled from the SQL in validate_fourteenth.QUESTIONS (the only labels taken from SQL); everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_fourteenth.py
(then check with: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_fourteenth.py)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_n import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"anneli": 1, "kostas": 2, "tariq": 3, "mehtap": 4, "lwazi": 5, "ruxandra": 6}
NEXT = {"companies": 26, "contacts": 41, "deals": 46, "activities": 401, "tasks": 43}
TODAY = "2043-10-12"  # a Monday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, voice, text, expect, tags, history=()):
    """One item. `voice` is the item's single voice tag (validate_fourteenth.VOICES); it is put first in the tags."""
    tags = [voice] + [t for t in tags if t != voice]
    if cat == "question" and "question" not in tags:
        tags.insert(1, "question")
    ITEMS.append({"id": iid, "category": cat, "user": f"{user}@{DOMAIN}", "history": list(history), "text": text,
                  "expect": expect, "tags": tags})


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


# ---- steps
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


def act(u, kind, day=TODAY, contact=None, deal=None, company=None, k=0):
    ch = {"type": kind, "occurred_at": day, "author_id": U[u]}
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


def cdeal(u, company, stage="Callout", amount=None, close=None, product=None, contact=None, name=None, owner=None,
          k=0):
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


def many(fn, ids, **ch):
    return [fn(i, **ch) for i in ids]


# stages and products
CO, WR, SP, TD, WON, LOST = "Callout", "Walkround", "Specified", "Tendered", "Signed Off", "Burnt Out"
SPR, ALM, EXT, EML, FD, FRA = ("Sprinkler Systems", "Fire Alarms", "Extinguisher Servicing", "Emergency Lighting",
                               "Fire Doors", "Risk Assessments")
# dates (today is Monday 2043-10-12). Past days, for activities ("on Monday" is never used for an activity):
SUN_P, SAT_P, FRI_P, THU_P, WED_P, TUE_P = ("2043-10-11", "2043-10-10", "2043-10-09", "2043-10-08", "2043-10-07",
                                            "2043-10-06")
# future, for tasks and deals ("Monday" and "next <weekday>" are never used for a future date)
TUE, WED, THU, FRI, WEEK = "2043-10-13", "2043-10-14", "2043-10-15", "2043-10-16", "2043-10-19"
FORTNIGHT, EOM, EONOV, EOJAN = "2043-10-26", "2043-10-31", "2043-11-30", "2044-01-31"
an, ko, ta, me, lw, ru = "anneli", "kostas", "tariq", "mehtap", "lwazi", "ruxandra"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, an, "terse", "tanfield sprinkler retrofit → 61.5k", ready(ud(1, amount=61500)),
    ["amount", "partial_name", "abbreviation"])
add("upd-002", C, ta, "plain", "Kexby Data Hall Suppression is now at 118,250 after they added the extra aisle",
    ready(ud(15, amount=118250)), ["amount", "reason_clause"])
add("upd-003", C, me, "polite", "Could you push the close date on Cawkwell Hospital Sprinkler Extension to the end of "
    "January please?", ready(ud(24, close_date=EOJAN)), ["date", "year_roll"])
add("upd-004", C, lw, "plain", "Gristhorpe Library Fire Alarm — our tender went in this morning",
    ready(ud(30, stage=TD)), ["stage", "stage_word"])
add("upd-005", C, an, "plain", "Nafferton Sawmill Risk Assessment got signed off today!", ready(ud(37, stage=WON)),
    ["stage", "won", "stage_word"])
add("upd-006", C, me, "terse", "yearsley EL lost, went w/ another contractor", ready(ud(35, stage=LOST)),
    ["stage", "lost", "abbreviation", "partial_name"])
add("upd-007", C, ta, "plain", "Cottam Studios Fire Alarm won't close until 3 December now",
    ready(ud(33, close_date="2043-12-03")), ["date"])
add("upd-008", C, ru, "manager", "Set Luffenham Sprinkler Retrofit's amount to 92k and move it on to Tendered.",
    ready(ud(9, amount=92000, stage=TD)), ["amount", "stage", "same_record"])
add("upd-009", C, lw, "mobile", "Ainderby EL deal — up it to 6.4k pls", ready(ud(42, amount=6400)),
    ["amount", "abbreviation", "partial_name"])
add("upd-010", C, an, "plain", "The Eppleby foam suppression job has been specified now", ready(ud(32, stage=SP)),
    ["stage", "stage_word", "partial_name"])
add("upd-011", C, me, "rambling", "Right, so, I've just come away from Rudston — the centre management have pushed the "
    "whole refurb back again, honestly, so the Rudston Arcade Emergency Lighting won't close till the 20th of November "
    "now. Don't bother logging the visit, I'll write it up properly later.",
    ready(ud(18, close_date="2043-11-20")), ["date", "no_log"])
add("upd-012", C, ta, "plain", "Ousby Council Depot Risk Assessments belongs under Emergency Lighting now, not risk "
    "assessments — they changed the scope", ready(ud(23, product=EML)), ["product", "instead_of", "reason_clause"])
add("upd-013", C, lw, "plain", "Mellerby Print Works Risk Assessment: Specified, closing 19 November",
    ready(ud(14, stage=SP, close_date="2043-11-19")), ["stage", "date", "same_record"])
add("upd-014", C, ru, "manager", "Hartsop Pool Extinguisher Contract should close on the 28th rather than the 21st.",
    ready(ud(6, close_date="2043-10-28")), ["date", "instead_of"])
add("upd-015", C, an, "non_native", "Please to change the amount of Kexby Data Centre Alarm Servicing, it is 9 thousand "
    "300 now", ready(ud(16, amount=9300)), ["amount"])
add("upd-016", C, me, "plain", "Give Laxton Bakeries Extinguisher Servicing another fortnight on its close date",
    ready(ud(41, close_date="2043-11-14")), ["date", "relative_to_record"])
add("upd-017", C, ta, "formal_email", "Dear all, please note that the value of the Tanfield Church Fire Alarm "
    "opportunity has been revised to 4,650 following the bell tower survey. Kind regards, Tariq",
    ready(ud(3, amount=4650)), ["amount", "reason_clause"])
add("upd-018", C, lw, "terse", "bransdale ext → walkround", ready(ud(36, stage=WR)),
    ["stage", "abbreviation", "partial_name", "stage_word"])
add("upd-019", C, an, "plain", "Kexby Data Hall Suppression — close date moves to 4 December, their board meets late.",
    ready(ud(15, close_date="2043-12-04")), ["date", "cross_owner", "reason_clause"])
add("upd-020", C, me, "wrapper", "Morning! Quick one for you — Stagsden Hotel Spa Emergency Lighting is worth 7,150 now. "
    "Thanks!", ready(ud(12, amount=7150)), ["amount"])
add("upd-021", C, ru, "manager", "Cawkwell Hospital Fire Door Survey is showing a close date that's passed; make "
    "it 30 October.", ready(ud(25, close_date="2043-10-30")), ["date", "past_dated"])
add("upd-022", C, lw, "dictation", "update Fotherby Halls Fire Alarm Upgrade comma amount thirty two thousand four "
    "hundred full stop", ready(ud(19, amount=32400)), ["amount"])
add("upd-023", C, an, "plain", "We've tendered the Wissett Manor fire risk assessment at 2,750",
    ready(ud(7, stage=TD, amount=2750)), ["stage", "amount", "stage_word", "same_record"])
add("upd-024", C, ta, "mobile", "hunmanby EL → close end of month", ready(ud(28, close_date=EOM)),
    ["date", "abbreviation", "partial_name", "past_dated"])
add("upd-025", C, me, "plain", "The Hartsop Grammar fire doors deal is worth 30,100 — they've added the sports hall",
    ready(ud(4, amount=30100)), ["amount", "reason_clause", "partial_name"])
add("upd-026", C, lw, "polite", "Would you mind moving Gristhorpe Library Risk Assessment to Walkround? Thank you.",
    ready(ud(44, stage=WR)), ["stage"])
add("upd-027", C, an, "formal", "Kindly amend the product on Tanfield Cold Stores Alarm Upgrade to Emergency Lighting.",
    ready(ud(2, product=EML)), ["product"])
add("upd-028", C, ta, "plain", "Ousby Council Offices Fire Doors — they've agreed 39k, and it should land by Nov 20",
    ready(ud(22, amount=39000, close_date="2043-11-20")), ["amount", "date", "same_record"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, an, "plain", "Eleni Vlachou has a new mobile: 07700 900 418", ready(uc(11, phone="07700 900 418")),
    ["phone"])
add("uct-002", C, ta, "plain", "Folasade Ogunleye's address has changed — F.Ogunleye@Ousby.gov.uk is the new email",
    ready(uc(17, email="f.ogunleye@ousby.gov.uk")), ["email"])
add("uct-003", C, me, "terse", "Dimitra Kouri → customer", ready(uc(25, lifecycle_stage="customer")), ["lifecycle"])
add("uct-004", C, lw, "plain", "Linh Dao runs the whole fleet at Ainderby now, title Head of Fleet", ready(uc(18)),
    ["job_title"])
add("uct-005", C, ru, "manager", "Teodora Ilic has changed jobs — she's at Cawkwell Community Hospital now, move her "
    "there.", ready(uc(35, company_id=15)), ["company_move"])
add("uct-006", C, an, "dictation", "paavo lehtinen's email is now paavo at tanfieldcold dot co dot uk full stop",
    ready(uc(1, email="paavo@tanfieldcold.co.uk")), ["email", "near_duplicate"])
add("uct-007", C, me, "non_native", "Farida Sultani is opportunity now, she want the full survey for all wards",
    ready(uc(32, lifecycle_stage="opportunity")), ["lifecycle", "reason_clause"])
add("uct-008", C, lw, "plain", "Hamid Sadeghi's phone: +44 115 496 0913", ready(uc(15, phone="+44 115 496 0913")),
    ["phone"])
add("uct-009", C, ta, "plain", "Bronwyn Laxton's email is bronwyn.laxton@rudston-arcade.co.uk since they rebranded",
    ready(uc(8, email="bronwyn.laxton@rudston-arcade.co.uk")), ["email", "cross_owner", "surname_company"])
add("uct-010", C, ru, "manager", "Hyunwoo Jang should be a prospect, not a lead", ready(uc(37, lifecycle_stage="prospect")),
    ["lifecycle", "instead_of"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, an, "plain", "Welburn Brewery's website is welburnbrewing.com now", ready(uco(13, domain="welburnbrewing.com")),
    ["domain"])
add("uco-002", C, ta, "wrapper", "hiya, Cottam Film Studios are a broadcaster these days — set their industry to "
    "Broadcasting, ta!", ready(uco(22, industry="Broadcasting")), ["industry"])
add("uco-003", C, me, "terse", "yearsley self storage domain → yearsley-storage.com",
    ready(uco(23, domain="yearsley-storage.com")), ["domain"])
add("uco-004", C, lw, "polite", "Can you rename Mellerby Print Works to Mellerby Print & Packaging? They've rebranded.",
    ready(uco(8, name="Mellerby Print & Packaging")), ["rename", "reason_clause"])
add("uco-005", C, ru, "manager", "Bransdale Flying Club is really a sport aviation outfit — industry Sport Aviation, "
    "please", ready(uco(24, industry="Sport Aviation")), ["industry"])
add("uco-006", C, an, "formal", "Please update the domain held for Sproxton Marina to sproxton-marina.co.uk.",
    ready(uco(17, domain="sproxton-marina.co.uk")), ["domain"])

# ====================================================================== ownership
C = "ownership"
OW = ["ownership"]
add("own-001", C, ru, "manager", "Hunmanby Picture House Emergency Lighting now sits with Mehtap — she's taking it "
    "over from Tariq", ready(ud(28, owner_id=4)), OW + ["taking_over"])
add("own-002", C, ru, "manager", "We're shifting the Gristhorpe Library account across to Anneli this week",
    ready(uco(20, owner_id=1)), OW + ["moving_to", "account_owner"])
add("own-003", C, an, "plain", "Hand Welburn Brewery Risk Assessment over to Lwazi, he lives round the corner from them",
    ready(ud(21, owner_id=5)), OW + ["hand", "reason_clause"])
add("own-004", C, ta, "plain", "I'm taking Laxton Bakeries Sprinkler System off Mehtap's hands",
    ready(ud(29, owner_id=3)), OW + ["taking_over", "cross_owner"])
add("own-005", C, ru, "manager", "From today Serkan Aydemir is Lwazi's contact", ready(uc(12, owner_id=5)), OW)
add("own-006", C, ru, "manager", "Give the Thrumpton Motor Museum account to Mehtap; the deals stay with Tariq",
    ready(uco(10, owner_id=4)), OW + ["account_owner"])
add("own-007", C, lw, "plain", "I'll own Jiwoo Baek from here on", ready(uc(9, owner_id=5)), OW + ["cross_owner"])
add("own-008", C, ru, "manager", "Tariq ought to own Kexby Data Centre too, seeing as he's running the big suppression "
    "job there", ready(uco(9, owner_id=3)), OW + ["account_owner", "reason_clause"])
add("own-009", C, an, "plain", "Lwazi, Sproxton Marina Extinguishers is yours from now on", ready(ud(27, owner_id=5)),
    OW + ["hand"])
add("own-010", C, ru, "manager", "Reassign Eppleby Chemicals Foam Suppression to Tariq", ready(ud(32, owner_id=3)), OW)
add("own-011", C, me, "non_native", "For the Stagsden Hotel & Spa account, please make Lwazi the owner of it",
    ready(uco(7, owner_id=5)), OW + ["account_owner"])
add("own-012", C, ta, "wrapper", "Hey, small admin thing — Ama Boateng should sit with Lwazi now. Cheers",
    ready(uc(30, owner_id=5)), OW + ["moving_to"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, an, "plain", "Add a company: Kirkleatham Ice Rink, kirkleathamice.co.uk, industry Leisure",
    ready(ccompany(an, "Kirkleatham Ice Rink", "kirkleathamice.co.uk", "Leisure")), ["comma_list"])
add("cco-002", C, ta, "plain", "New account Scawton Crematorium, domain scawtoncrem.org.uk",
    ready(ccompany(ta, "Scawton Crematorium", "scawtoncrem.org.uk")), ["comma_list"])
add("cco-003", C, me, "formal_email", "Hello, could a company record be created for Bilsdale Veterinary Group "
    "(bilsdalevets.com, industry Veterinary)? Many thanks, Mehtap",
    ready(ccompany(me, "Bilsdale Veterinary Group", "bilsdalevets.com", "Veterinary")), [])
add("cco-004", C, lw, "terse", "new co: Ormesby Garden Centre, industry Retail",
    ready(ccompany(lw, "Ormesby Garden Centre", industry="Retail")), ["comma_list"])
add("cco-005", C, ru, "manager", "We need Hutton Rudby Boatworks on the system as a new account — Anneli will look "
    "after it", ready(ccompany(ru, "Hutton Rudby Boatworks", owner=an)), ["ownership"])
add("cco-006", C, an, "mobile", "add company Thixendale Foods pls", ready(ccompany(an, "Thixendale Foods")), [])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, an, "plain", "New contact at Kexby Data Centre: Valtteri Nieminen, valtteri.nieminen@kexbydc.com",
    ready(ccontact(an, "Valtteri", "Nieminen", 9, email="valtteri.nieminen@kexbydc.com")), ["comma_list"])
add("cct-002", C, ta, "plain", "Bushra Qadri looks after facilities at Cottam Film Studios — add her, 0115 496 0388",
    ready(ccontact(ta, "Bushra", "Qadri", 22, phone="0115 496 0388")), ["comma_list", "phone"])
add("cct-003", C, me, "terse", "new ct: Yasna Petrova @ Laxton Bakeries, yasna.petrova@laxtonbakeries.co.uk",
    ready(ccontact(me, "Yasna", "Petrova", 19, email="yasna.petrova@laxtonbakeries.co.uk")), ["abbreviation"])
add("cct-004", C, lw, "plain", "Temitope Alade from Gristhorpe Library needs adding as a contact; he's Anneli's to "
    "look after", ready(ccontact(lw, "Temitope", "Alade", 20, owner=an)), ["ownership"])
add("cct-005", C, ru, "manager", "Create a contact for Ousby District Council: Olumide Bankole, "
    "olumide.bankole@ousby.gov.uk — Tariq will own him",
    ready(ccontact(ru, "Olumide", "Bankole", 14, email="olumide.bankole@ousby.gov.uk", owner=ta)), ["ownership"])
add("cct-006", C, an, "rambling", "So at the fire safety expo on Thursday I got talking to this woman, Katriina Salo, "
    "she runs the estates side at Eppleby Chemicals — lovely, really sharp — can you put her in as a new contact, her "
    "email's katriina.salo@epplebychem.com, and yeah, log that I met her.",
    ready(ccontact(an, "Katriina", "Salo", 21, email="katriina.salo@epplebychem.com"),
          act(an, "meeting", THU_P, contact=41, company=21)), ["new_lead", "multi"])
add("cct-007", C, me, "plain", "Nilufar Rashidova, Stagsden Hotel & Spa, prospect — please add her",
    ready(ccontact(me, "Nilufar", "Rashidova", 7, stage="prospect")), ["lifecycle", "comma_list"])
add("cct-008", C, ta, "non_native", "Please add new person, name is Dmytro Savchenko, he work in Luffenham "
    "Distribution Park, phone 07700 900 277", ready(ccontact(ta, "Dmytro", "Savchenko", 6, phone="07700 900 277")),
    ["phone"])
add("cct-009", C, lw, "formal", "I should be grateful if Sefa Darko, who manages operations at Ainderby Bus Garage, "
    "could be added to our contacts.", ready(ccontact(lw, "Sefa", "Darko", 16)), ["job_title"])
add("cct-010", C, an, "plain", "New contact at Sproxton Marina — Elif Kaplan, already a customer, elif@sproxtonmarina.co.uk",
    ready(ccontact(an, "Elif", "Kaplan", 17, email="elif@sproxtonmarina.co.uk", stage="customer")), ["lifecycle"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, an, "plain", "New deal for Welburn Brewery: fire alarms, 6,800, closing end of November",
    ready(cdeal(an, 13, amount=6800, close=EONOV, product=ALM)), ["comma_list", "date"])
add("cdl-002", C, ta, "plain", "Open a fire doors deal at Hunmanby Picture House, 12k, with Nuno Baptista",
    ready(cdeal(ta, 18, amount=12000, product=FD, contact=19)), [])
add("cdl-003", C, me, "plain", "new deal: Laxton Bakeries Fire Door Replacement, 18,900, Specified",
    ready(cdeal(me, 19, stage=SP, amount=18900, name="Laxton Bakeries Fire Door Replacement")), ["deal_name_colon"])
add("cdl-004", C, lw, "plain", "Create a deal at Fotherby Student Halls for emergency lighting, 9,200 — it's Mehtap's deal",
    ready(cdeal(lw, 12, amount=9200, product=EML, owner=me)), ["ownership"])
add("cdl-005", C, ru, "manager", "Set up a deal called Kexby Generator Room Suppression for Kexby Data Centre: 47,500, "
    "Sprinkler Systems, stage Walkround, owner Tariq",
    ready(cdeal(ru, 9, stage=WR, amount=47500, product=SPR, name="Kexby Generator Room Suppression", owner=ta)),
    ["ownership", "comma_list"])
add("cdl-006", C, an, "plain", "Eppleby Chemicals want emergency lighting across the tank farm too — they've asked for a "
    "walkround, call it 22k", ready(cdeal(an, 21, stage=WR, amount=22000, product=EML)), ["stage_word"])
add("cdl-007", C, me, "rambling", "Had a really good chat with Farida Sultani at Cawkwell just now, they've got the new "
    "outpatients block coming and want us to price the emergency lighting for it, roughly fourteen and a half k, "
    "probably closing end of January. Set that up as a deal with her on it. No need to log the chat.",
    ready(cdeal(me, 15, amount=14500, close=EOJAN, product=EML, contact=32)), ["no_log", "year_roll"])
add("cdl-008", C, lw, "polite", "Could you add a deal for Bransdale Flying Club — fire alarms for the clubhouse, "
    "around 3,900?", ready(cdeal(lw, 24, amount=3900, product=ALM)), [])
add("cdl-009", C, ta, "terse", "new deal ousby council, risk assessments, 4.2k, close 15 dec",
    ready(cdeal(ta, 14, amount=4200, close="2043-12-15", product=FRA)), ["abbreviation", "comma_list"])
add("cdl-010", C, an, "plain", "Tanfield Cold Stores want fire doors on the loading bay as well — new deal, 16,750, "
    "Paavo Lehtinen is the contact, closes 1 December",
    ready(cdeal(an, 1, amount=16750, close="2043-12-01", product=FD, contact=1)), ["near_duplicate"])
add("cdl-011", C, ta, "terse", "new deal: Ousby Leisure Centre Sprinklers, Ousby District Council, 58k",
    ready(cdeal(ta, 14, amount=58000, name="Ousby Leisure Centre Sprinklers")), ["deal_name_colon"])
add("cdl-012", C, lw, "formal_email", "Good afternoon, Gristhorpe Library's architect has already specified emergency "
    "lighting for the reading rooms; please raise a deal for 6,300. Regards, Lwazi",
    ready(cdeal(lw, 20, stage=SP, amount=6300, product=EML)), ["stage_word"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, an, "plain", "Called Wiebke Hartung this morning, she's away until Thursday",
    ready(act(an, "call", contact=24)), ["today"])
add("act-002", C, ta, "plain", "Met Serkan Aydemir at Luffenham on Thursday to walk the racking aisles",
    ready(act(ta, "meeting", THU_P, contact=12)), ["date"])
add("act-003", C, me, "plain", "Mahsa Tehrani has the revised alarm figures now, I emailed them over first thing",
    ready(act(me, "email", contact=3)), ["near_duplicate"])
add("act-004", C, lw, "mobile", "txt'd Linh Dao re depot access", ready(act(lw, "message", contact=18)),
    ["abbreviation"])
add("act-005", C, an, "plain", "Note on Eppleby Chemicals: their insurer wants the foam system live before March",
    ready(act(an, "note", company=21)), ["note_on"])
add("act-006", C, ta, "plain", "Note on Cottam Studios Fire Alarm: they want addressable panels throughout",
    ready(act(ta, "note", deal=33)), ["note_on"])
add("act-007", C, me, "plain", "Did a walkround at Yearsley Self Storage with Aigerim Tulegenova on Wednesday",
    ready(act(me, "meeting", WED_P, contact=22)), ["stage_word", "date"])
add("act-008", C, lw, "plain", "Log the emergency callout at Mellerby Print Works this morning as a meeting with "
    "Marivic Dimaculangan", ready(act(lw, "meeting", contact=13)), ["stage_word", "today"])
add("act-009", C, an, "plain", "Tried Oksana Hrytsenko on Friday, got her voicemail and left a message",
    ready(act(an, "call", FRI_P, contact=26)), ["date"])
add("act-010", C, ru, "manager", "I had lunch with Folasade Ogunleye on Tuesday — log it as a meeting",
    ready(act(ru, "meeting", TUE_P, contact=17)), ["date"])
add("act-011", C, ta, "rambling", "Long day. Went over to Thrumpton this afternoon and Kavitha Ramalingam walked me round "
    "the new gallery wing, they're keen but the trustees are slow as anything, so yeah, log the visit, nothing else "
    "for now.", ready(act(ta, "meeting", contact=14)), ["today"])
add("act-012", C, me, "non_native", "On Friday I speak with Dimitra Kouri by phone about the sprinkler",
    ready(act(me, "call", FRI_P, contact=25)), ["date"])
add("act-013", C, lw, "plain", "WhatsApp'd Themba Khumalo the hangar photos", ready(act(lw, "message", contact=23)), [])
add("act-014", C, an, "plain", "Sent Donghyun Seo the risk assessment scope by email on Thursday",
    ready(act(an, "email", THU_P, contact=16)), ["date"])
add("act-015", C, ta, "plain", "Phoned Jiwoo Baek about access to the bell tower, she's checking with the vicar",
    ready(act(ta, "call", contact=9)), [])
add("act-016", C, me, "plain", "Note on Bronwyn Laxton: never before 3pm, she's on the shop floor all morning",
    ready(act(me, "note", contact=8)), ["note_on", "surname_company"])
add("act-017", C, lw, "formal", "Please record a meeting with Ayodele Fashola at Gristhorpe Library on Thursday "
    "regarding the closure dates.", ready(act(lw, "meeting", THU_P, contact=20)), ["date"])
add("act-018", C, an, "dictation", "log a call with eero kallio today full stop he wants the renewal in writing full "
    "stop", ready(act(an, "call", contact=6)), ["last_name_pair"])
add("act-019", C, ru, "manager", "Note on Ousby Council Depot Risk Assessments: procurement frozen until the new budget",
    ready(act(ru, "note", deal=23)), ["note_on"])
add("act-020", C, ta, "wrapper", "hi! just for the record, I met Rustam Nazarov at Cottam Film Studios last Friday. ta",
    ready(act(ta, "meeting", FRI_P, contact=21)), ["date"])

# ====================================================================== create_task
C = "create_task"
RM = ["remind_me"]
add("tsk-001", C, an, "plain", "Remind me to send Paavo Lehtinen the hydraulic calcs on Thursday",
    ready(task(an, THU, contact=1)), RM + ["near_duplicate"])
add("tsk-002", C, ta, "plain", "Task: chase Folasade Ogunleye for the door schedule sign-off by Friday",
    ready(task(ta, FRI, contact=17)), [])
add("tsk-003", C, me, "delegation", "Ask Lwazi to drop the extinguisher certificates round to Kanya Srisuk tomorrow",
    ready(task(me, TUE, contact=10, owner=lw)), ["delegation"])
add("tsk-004", C, lw, "plain", "two weeks from today, remind me to chase Bransdale Flying Club Extinguishers",
    ready(task(lw, FORTNIGHT, deal=36)), RM + ["relative_date"])
add("tsk-005", C, an, "plain", "I need to move Eppleby Chemicals Risk Assessment to Signed Off once their PO arrives — "
    "remind me Friday", ready(task(an, FRI, deal=31)), RM + ["later_is_task", "not_a_write"])
add("tsk-006", C, ru, "delegation", "Create a task for Mehtap: call Farida Sultani about the outpatients block, due "
    "Wednesday", ready(task(ru, WED, contact=32, owner=me)), ["delegation"])
add("tsk-007", C, ta, "plain", "remind me to delete the duplicate contact at Hunmanby Picture House",
    ready(task(ta, company=18)), RM + ["remind_delete", "not_a_write"])
add("tsk-008", C, me, "terse", "todo: send dimitra the sprinkler drawings, thurs", ready(task(me, THU, contact=25)),
    ["abbreviation"])
add("tsk-009", C, lw, "polite", "Could you set me a reminder to ring Hamid Sadeghi a week today?",
    ready(task(lw, WEEK, contact=15)), RM + ["relative_date"])
add("tsk-010", C, an, "plain", "Remind me at the end of the month to ask Eero Kallio about next year's berth layout",
    ready(task(an, EOM, contact=6)), RM)
add("tsk-011", C, ta, "plain", "At some point I'll have to hand Tanfield Church Fire Alarm over to Lwazi — stick a "
    "reminder on my list", ready(task(ta, deal=3)), ["later_is_task", "not_a_write"])
add("tsk-012", C, me, "formal_email", "Hi team, please create a task for me to send the fire door schedule to Farida "
    "Sultani by 23 October. Thanks, Mehtap", ready(task(me, "2043-10-23", contact=32)), [])
add("tsk-013", C, lw, "non_native", "Make for me a task: visit Hartsop Leisure Pool for the yearly extinguisher check, "
    "on Thursday", ready(task(lw, THU, company=4)), [])
add("tsk-014", C, ru, "delegation", "Tariq needs to send Ama Boateng the depot drawings by the end of the month — put it "
    "on his list", ready(task(ru, EOM, contact=30, owner=ta)), ["delegation"])
add("tsk-015", C, an, "rambling", "Just walked out of Wissett Manor. Eleni Vlachou wants all the CQC paperwork from us "
    "before their inspection, so can you set me a reminder to send it over Wednesday — and no need to log the visit, "
    "she'll email anyway.", ready(task(an, WED, contact=11)), RM + ["no_log"])
add("tsk-016", C, ta, "rambling", "ok so Kavitha Ramalingam's trustees are meeting this week, I think, or maybe the "
    "week after, anyway remind me on the 20th to check whether she got their approval, that'd be great",
    ready(task(ta, "2043-10-20", contact=14)), RM)
add("tsk-017", C, me, "plain", "Once Bronwyn confirms the extra stairwells I should put Rudston Arcade Emergency Lighting "
    "up to 12k, so remind me tomorrow", ready(task(me, TUE, deal=18)), RM + ["later_is_task", "not_a_write"])
add("tsk-018", C, lw, "delegation", "get Mehtap to check Anjali Deshmukh's extinguisher numbers by Friday",
    ready(task(lw, FRI, contact=38, owner=me)), ["delegation"])
add("tsk-019", C, an, "mobile", "reminder tmrw: call jun takeda re PO", ready(task(an, TUE, contact=29)),
    RM + ["abbreviation"])
add("tsk-020", C, ta, "plain", "remind me to remove Chidi Nwachukwu from the CRM once he's left Cottam",
    ready(task(ta, contact=36)), RM + ["remind_delete", "not_a_write"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, an, "plain", "done — sent Paavo Lehtinen the sprinkler drawings", ready(done(1)),
    ["done_task", "near_duplicate"])
add("cmp-002", C, ta, "plain", "Mark the Serkan Aydemir sprinkler tank survey task as done", ready(done(9)),
    ["description"])
add("cmp-003", C, me, "plain", "The fire door schedule went to Mahsa Rostami this morning, close that task",
    ready(done(6)), ["described_by_outcome", "today", "near_duplicate"])
add("cmp-004", C, lw, "terse", "extinguisher count w/ Kanya ✔ done", ready(done(7)), ["done_task", "abbreviation"])
add("cmp-005", C, ru, "manager", "Tick off Tariq's task about Kavitha Ramalingam's door survey photos",
    ready(done(12)), ["description", "cross_owner"])
add("cmp-006", C, an, "plain", "Finished the Eleni Vlachou risk assessment report task", ready(done(8)),
    ["description", "overdue"])
add("cmp-007", C, ta, "wrapper", "Quick update — Jiwoo Baek has had her alarm demo invite, so that one's done. Thanks!",
    ready(done(30)), ["described_by_outcome"])
add("cmp-008", C, me, "non_native", "The task for Aigerim lighting quote, it is finish, please close it",
    ready(done(26)), ["description", "overdue"])
add("cmp-009", C, lw, "plain", "done with the Linh Dao depot access task", ready(done(18)), ["done_task", "overdue"])
add("cmp-010", C, an, "formal", "Please mark the task 'Send risk assessment scope to Wiebke Hartung' as completed.",
    ready(done(28)), ["description"])
add("cmp-011", C, ta, "plain", "Both of my Ousby tasks are done", ready(done(16), done(33)), ["description"])
add("cmp-012", C, me, "dictation", "mark done the task chase mahsa tehrani for the alarm p o full stop", ready(done(5)),
    ["description", "overdue"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, ru, "manager", "Delete the contact Gulnara Ismailova, she's left Wissett Manor", ready(dc(40)), [])
add("del-002", C, ru, "manager", "Yearsley Self Storage has gone bust, take the company off the system",
    ready(dco(23)), [])
add("del-003", C, ru, "manager", "Delete Thrumpton Museum Risk Assessment, it was entered twice", ready(dd(45)), ["lost"])
add("del-004", C, ru, "formal", "I would ask that the Bransdale Flying Club company record be deleted, please.",
    ready(dco(24)), [])
add("del-005", C, ru, "manager", "Get rid of Kiet Luong, he's not at Rudston any more", ready(dc(33)), [])
add("del-006", C, ru, "manager", "Delete Rudston Arcade Alarm Servicing — it's from last year and we lost it anyway",
    ready(dd(40)), ["lost"])
add("del-007", C, an, "plain", "delete Welburn Brewery Risk Assessment", rej("admin"), ["rep_delete"])
add("del-008", C, ru, "terse", "del contact Hyunwoo Jang", ready(dc(37)), ["abbreviation"])
add("del-009", C, ru, "polite", "Could you please remove Nafferton Sawmill from our accounts?", ready(dco(25)), [])
add("del-010", C, lw, "polite", "Can you delete Teodora Ilic from Fotherby for me?", rej("admin"), ["rep_delete"])
add("del-011", C, ru, "manager", "Delete the Chidi Nwachukwu contact", ready(dc(36)), [])
add("del-012", C, ru, "manager", "Stagsden Hotel Spa Emergency Lighting was a test entry, please bin it",
    ready(dd(12)), [])
add("del-013", C, ru, "manager", "Cottam Studios Extinguishers was keyed in twice — delete the deal", ready(dd(34)),
    ["won"])
add("del-014", C, ta, "plain", "Thrumpton Museum Fire Doors was entered by mistake; remove it please", rej("admin"),
    ["rep_delete"])

# ====================================================================== bulk
C = "bulk"
BK = ["bulk_filter"]
add("blk-001", C, ru, "manager", "Lwazi's deals that are still at Callout have all had their walkround booked — move "
    "the lot to Walkround", ready(*many(ud, [26, 36, 44], stage=WR)), BK + ["stage_word"])
add("blk-002", C, ru, "manager", "Every open deal of Anneli's with nothing logged against it for six weeks or more — "
    "reassign those to Tariq", ready(*many(ud, [21, 32], owner_id=3)), BK + ["no_activity", "composed", "ownership"])
add("blk-003", C, me, "plain", "all my deals at Walkround — close dates out to the end of January please",
    ready(*many(ud, [5, 24, 29, 35], close_date=EOJAN)), BK + ["year_roll"])
add("blk-004", C, ru, "manager", "Every Tendered deal that Anneli or Mehtap owns and that closes before October 25: push "
    "the close date to November 7", ready(*many(ud, [11, 16, 25, 31, 37], close_date="2043-11-07")),
    BK + ["composed", "date_range"])
add("blk-005", C, me, "plain", "I've caught up on all the stuff that was overdue on my list, tick it all off",
    ready(*many(lambda t: done(t), [5, 26, 32])), BK + ["overdue"])
add("blk-006", C, ru, "manager", "Delete every deal that's Burnt Out", ready(*many(lambda d: dd(d), [10, 39, 40, 45])),
    BK + ["bulk_delete", "lost"])
add("blk-007", C, ta, "plain", "every lead contact I own should be a prospect now",
    ready(*many(uc, [28, 30, 36], lifecycle_stage="prospect")), BK + ["my_leads"])
add("blk-008", C, ru, "manager", "Everything Mehtap has open in Sprinkler Systems, hand it to Tariq",
    ready(*many(ud, [24, 29], owner_id=3)), BK + ["product_filter", "ownership", "hand"])
add("blk-009", C, lw, "plain", "everything on my task list for Gristhorpe Library is sorted, mark both complete",
    ready(done(22), done(36)), BK)
add("blk-010", C, ru, "manager", "Wherever an open deal's close date is already behind us, reset it to October 30",
    ready(*many(ud, [25, 28], close_date="2043-10-30")), BK + ["past_dated"])
add("blk-011", C, ru, "delegation", "Create a follow-up task on each of Tariq's Specified deals, due Friday, for Tariq to "
    "do", ready(*[task(ru, FRI, deal=d, owner=ta, k=i) for i, d in enumerate([9, 15, 22, 33])]),
    BK + ["bulk_create", "delegation"])
add("blk-012", C, an, "plain", "Anything of mine with no activity logged in the last four weeks can go to Burnt Out",
    ready(*many(ud, [2, 21, 32], stage=LOST)), BK + ["no_activity", "lost"])
add("blk-013", C, ru, "manager", "For Tariq and Lwazi: every Walkround or Callout deal that's been quiet for three weeks "
    "moves to Mehtap", ready(*many(ud, [17, 23, 26, 36], owner_id=4)),
    BK + ["composed", "either_stage", "no_activity", "ownership"])
add("blk-014", C, me, "terse", "all my deals under 5k → close 30 nov", ready(*many(ud, [35, 41], close_date=EONOV)),
    BK + ["amount_filter", "abbreviation"])
add("blk-015", C, ru, "manager", "Every open Risk Assessments deal closing in October goes to Lwazi",
    ready(*many(ud, [7, 31, 37], owner_id=5)), BK + ["product_filter", "date_range", "ownership", "composed"])
add("blk-016", C, lw, "plain", "make everyone at Fotherby Student Halls a customer",
    ready(*many(uc, [15, 35], lifecycle_stage="customer")), BK + ["company_contacts"])
add("blk-017", C, ru, "manager", "Lwazi's picking up Anneli's accounts — all of her companies over to him please",
    ready(*many(uco, [1, 5, 9, 13, 17, 21, 25], owner_id=5)), BK + ["account_owner", "ownership"])
add("blk-018", C, ta, "plain", "every deal of mine with no activity in the last two weeks — set the close date to 15 "
    "December", ready(*many(ud, [17, 23], close_date="2043-12-15")), BK + ["no_activity"])
add("blk-019", C, ru, "manager", "Push every open Emergency Lighting deal back a week",
    ready(ud(5, close_date="2043-12-05"), ud(12, close_date="2043-12-18"), ud(18, close_date="2043-11-04"),
          ud(28, close_date="2043-10-14"), ud(35, close_date="2043-11-30"), ud(42, close_date="2043-11-14")),
    BK + ["product_filter", "relative_to_record"])
add("blk-020", C, an, "plain", "All the open tasks on Eppleby Chemicals can be closed", ready(done(23), done(24)), BK)
add("blk-021", C, ru, "manager", "Mehtap's Specified or Tendered deals over 10k: move the close date to December 12",
    ready(*many(ud, [4, 11, 18], close_date="2043-12-12")), BK + ["composed", "either_stage", "amount_filter"])
add("blk-022", C, ru, "delegation", "Add a task for Lwazi on each of his deals closing in October: confirm the PO, due "
    "Thursday", ready(*[task(ru, THU, deal=d, owner=lw, k=i) for i, d in enumerate([6, 19])]),
    BK + ["bulk_create", "delegation", "date_range"])
add("blk-023", C, ru, "formal_email", "Dear team, Wissett Manor Care Home has changed hands and every contact we hold "
    "there is to be deleted. Regards, Ruxandra", ready(dc(11), dc(40)), BK + ["bulk_delete", "company_contacts"])
add("blk-024", C, an, "mobile", "all my leads → prospects pls", ready(*many(uc, [26, 29, 34, 37, 40], lifecycle_stage="prospect")),
    BK + ["my_leads"])

# ====================================================================== multi_intent
C = "multi_intent"
MU = ["multi"]
add("mul-001", C, an, "plain", "Paavo Lehtinen and I walked the freezer halls this morning; Tanfield Cold Stores "
    "Sprinkler Retrofit is now signed off", ready(act(an, "meeting", contact=1), ud(1, stage=WON)),
    MU + ["clause_scope", "won"])
add("mul-002", C, ta, "plain", "Called Kavitha Ramalingam — Thrumpton Museum Fire Doors to Specified, and remind me "
    "Thursday to send her the revised schedule",
    ready(act(ta, "call", contact=14), ud(17, stage=SP), task(ta, THU, contact=14)), MU + ["clause_scope"])
add("mul-003", C, me, "plain", "Stagsden Hotel Alarm Replacement is signed off! Add a note on Stagsden Hotel & Spa: PO "
    "number to follow", ready(ud(11, stage=WON), act(me, "note", company=7)), MU + ["won", "note_on"])
add("mul-004", C, lw, "plain", "Emailed Hamid Sadeghi the alarm tender clarifications and set Fotherby Halls Fire Alarm "
    "Upgrade to close on the 30th", ready(act(lw, "email", contact=15), ud(19, close_date="2043-10-30")),
    MU + ["clause_scope"])
add("mul-005", C, ru, "delegation", "Give Cawkwell Hospital Fire Door Survey to Lwazi and make him a task to call "
    "Mahsa Rostami about it by Wednesday",
    ready(ud(25, owner_id=5), task(ru, WED, contact=4, deal=25, owner=lw)), MU + ["ownership"])
add("mul-006", C, an, "rambling", "Right, voice note. Went round Kexby Data Centre with Jun Takeda on Thursday, he says "
    "the alarm servicing is basically agreed, so put Kexby Data Centre Alarm Servicing to Signed Off, and he wants a "
    "price for emergency lighting in the generator hall too, about 7 grand, make that a new deal for Kexby with him on "
    "it.", ready(act(an, "meeting", THU_P, contact=29), ud(16, stage=WON),
                 cdeal(an, 9, amount=7000, product=EML, contact=29)), MU + ["won"])
add("mul-007", C, ta, "plain", "Folasade Ogunleye has been promoted to Head of Property, and her new number is 0115 496 "
    "0651", ready(uc(17, phone="0115 496 0651")), MU + ["same_record", "job_title", "phone"])
add("mul-008", C, me, "plain", "Create Ibrahim Sesay at Laxton Bakeries and add a fire doors deal there at 8,500 with him "
    "as the contact", ready(ccontact(me, "Ibrahim", "Sesay", 19), cdeal(me, 19, amount=8500, product=FD, contact=41)),
    MU)
add("mul-009", C, lw, "plain", "Hartsop Pool Extinguisher Contract is signed off, and tick off the Kanya extinguisher "
    "count task", ready(ud(6, stage=WON), done(7)), MU + ["won"])
add("mul-010", C, an, "plain", "Sent Eleni Vlachou the draft FRA — remind me Friday to chase",
    ready(act(an, "email", contact=11), task(an, FRI, contact=11)), MU + ["inherit", "abbreviation"])
add("mul-011", C, ru, "manager", "Ousby Council Offices Fire Doors has moved up to Tendered, and Mehtap should be "
    "down as owner of the Ousby District Council account", ready(ud(22, stage=TD), uco(14, owner_id=4)),
    MU + ["ownership", "account_owner"])
add("mul-012", C, ta, "plain", "Update Nuno Baptista's email to nuno@hunmanbypictures.co.uk and log that I messaged him "
    "on Teams", ready(uc(19, email="nuno@hunmanbypictures.co.uk"), act(ta, "message", contact=19)), MU + ["email"])
add("mul-013", C, me, "plain", "Mahsa Tehrani's number is 07700 900 563; also Stagsden Hotel Alarm Replacement's close "
    "date to 31 October", ready(uc(3, phone="07700 900 563"), ud(11, close_date=EOM)), MU + ["phone"])
add("mul-014", C, lw, "rambling", "Spoke to Ruslan Abenov on Friday, lovely bloke, we talked football for ten "
    "minutes, but the upshot is Ainderby Bus Garage Emergency Lighting is now 6,100 and it should close Nov 14",
    ready(act(lw, "call", FRI_P, contact=39), ud(42, amount=6100, close_date="2043-11-14")), MU + ["clause_scope"])
add("mul-015", C, an, "plain", "New company Rievaulx Joinery with a contact, Ilkka Virtanen, ilkka@rievaulxjoinery.co.uk",
    ready(ccompany(an, "Rievaulx Joinery"), ccontact(an, "Ilkka", "Virtanen", 26, email="ilkka@rievaulxjoinery.co.uk")),
    MU + ["new_lead"])
add("mul-016", C, ta, "delegation", "Log a meeting with Rustam Nazarov on Friday and get Lwazi to send him the "
    "extinguisher certs by Thursday", ready(act(ta, "meeting", FRI_P, contact=21), task(ta, THU, contact=21, owner=lw)),
    MU + ["delegation", "clause_scope"])
add("mul-017", C, me, "plain", "Laxton Bakeries Sprinkler System to Specified; remind me to send Dimitra Kouri the design "
    "pack a week today", ready(ud(29, stage=SP), task(me, WEEK, contact=25)), MU + ["clause_scope", "relative_date"])
add("mul-018", C, lw, "plain", "done — rang Ayodele Fashola about the closure dates; also Gristhorpe Library Fire Alarm "
    "goes to Tendered", ready(done(36), ud(30, stage=TD)), MU + ["done_task"])
add("mul-019", C, ru, "manager", "Tariq inherits two deals from Anneli: Eppleby Chemicals Risk Assessment and "
    "Nafferton Sawmill Risk Assessment", ready(ud(31, owner_id=3), ud(37, owner_id=3)), MU + ["ownership", "taking_over"])
add("mul-020", C, an, "plain", "Sproxton Marina Extinguishers: amount 3,750, and Lwazi's running it from now on",
    ready(ud(27, amount=3750, owner_id=5)), MU + ["same_record", "ownership"])
add("mul-021", C, me, "mobile", "mtg w/ Bronwyn Laxton at Rudston today + Rudston Arcade EL → tendered",
    ready(act(me, "meeting", contact=8), ud(18, stage=TD)), MU + ["abbreviation", "clause_scope"])
add("mul-022", C, lw, "formal_email", "Hi all, further to my call with Marivic Dimaculangan this morning (please log "
    "it), please move Mellerby Print Works Risk Assessment to Tendered and set the value to 3,950. Best, Lwazi",
    ready(act(lw, "call", contact=13), ud(14, stage=TD, amount=3950)), MU)
add("mul-023", C, ru, "manager", "Hunmanby Picture House has closed for good: delete the company and Nuno Baptista "
    "as well", ready(dco(18), dc(19)), MU)
add("mul-024", C, an, "dictation", "rang donghyun seo about welburn brewery risk assessment comma remind me thursday to send "
    "over the scope full stop", ready(act(an, "call", contact=16, deal=21), task(an, THU, contact=16, deal=21)),
    MU + ["inherit"])

# ====================================================================== reference (history)
C = "reference"
RF = ["history"]
add("ref-001", C, an, "plain", "fine, make it the 27th instead", ready(ud(31, close_date="2043-10-27")),
    RF + ["after_question"], history=["Eppleby Chemicals Risk Assessment — what close date have we got on it?"])
add("ref-002", C, ta, "plain", "remind me to send him the tank survey quote on Thursday", ready(task(ta, THU, contact=12)),
    RF, history=["Spent the morning at Luffenham with Serkan Aydemir, log it as a meeting"])
add("ref-003", C, me, "plain", "Mahsa Rostami", ready(task(me, WED, contact=4)), RF + ["pick_option", "first_name_only"],
    history=["Set me a Wednesday reminder to ring Mahsa back"])
add("ref-004", C, lw, "plain", "the Fotherby one has just been signed off", ready(ud(19, stage=WON)),
    RF + ["after_question", "won"], history=["what's closing for me before the end of October?"])
add("ref-005", C, ru, "manager", "Mehtap is having that account from now on", ready(uco(16, owner_id=4)),
    RF + ["after_question", "account_owner"], history=["Ainderby Bus Garage — which rep is the account with?"])
add("ref-006", C, an, "plain", "all of those are actually finished, close them", ready(done(2), done(8), done(23)),
    RF + ["after_question", "overdue"], history=["Which of my tasks are past due?"])
add("ref-007", C, ta, "plain", "she's been a churchwarden there for years, make her a customer",
    ready(uc(9, lifecycle_stage="customer")), RF, history=["Had Jiwoo Baek on the phone just now, log it"])
add("ref-008", C, me, "plain", "the fire doors one", ready(ud(4, amount=31000)), RF + ["pick_option", "shared_word"],
    history=["Hartsop have agreed 31k for the deal"])
add("ref-009", C, lw, "plain", "I spoke to her on the phone this morning — log that", ready(act(lw, "call", contact=20)),
    RF + ["after_question"], history=["Gristhorpe Library Fire Alarm: which of their people do we deal with?"])
add("ref-010", C, ru, "manager", "they're all dead — burn them out", ready(*many(ud, [21, 23, 32, 36], stage=LOST)),
    RF + ["after_question", "no_activity", "stage_word"], history=["Which deals have had no activity for eight weeks?"])
add("ref-011", C, an, "plain", "the Kexby one", ready(task(an, FRI, contact=2)), RF + ["pick_option"],
    history=["Create a task to send Paavo the alarm quote by Friday"])
add("ref-012", C, ta, "polite", "could you switch her company over to Cawkwell Community Hospital? she's moved",
    ready(uc(17, company_id=15)), RF + ["after_question", "company_move"],
    history=["What's Folasade Ogunleye's email?"])
add("ref-013", C, me, "plain", "make that deal 43k", ready(ud(29, amount=43000)), RF + ["after_question"],
    history=["Laxton Bakeries Sprinkler System — who's the contact?"])
add("ref-014", C, lw, "plain", "create a task on each one to book a walkround, due in two weeks",
    ready(*[task(lw, FORTNIGHT, deal=d, k=i) for i, d in enumerate([26, 36, 44])]),
    RF + ["after_question", "bulk_create"], history=["Which deals of mine are in Callout?"])
add("ref-015", C, ru, "manager", "actually, reassign that company to Tariq as well", ready(uco(13, owner_id=3)),
    RF + ["account_owner"], history=["Note on Welburn Brewery: new head brewer starts in November"])
add("ref-016", C, ta, "plain", "push both of them to 15 December", ready(*many(ud, [24, 25], close_date="2043-12-15")),
    RF + ["after_question", "cross_owner"], history=["What's open at Cawkwell Community Hospital?"])
add("ref-017", C, me, "plain", "the one for the fire doors", ready(done(4)), RF + ["pick_option", "same_title"],
    history=["tick off the Hartsop Grammar walkround booking"])
add("ref-018", C, lw, "wrapper", "cheers — and add a task to send him the revised tender by Wednesday, thanks!",
    ready(task(lw, WED, contact=15)), RF, history=["Spent an hour with Hamid Sadeghi at Fotherby today, log the meeting"])

# ====================================================================== clarification
C = "clarification"
CL = ["clarification"]
add("clr-001", C, an, "plain", "just had Paavo on the phone about the alarm panel, log it", clar("contacts:1", "contacts:2"),
    CL + ["first_name_only"])
add("clr-002", C, me, "plain", "Send Mahsa the door schedule — remind me tomorrow", clar("contacts:3", "contacts:4"),
    CL + ["first_name_only"])
add("clr-003", C, ta, "plain", "Note on Tanfield: they want a walkround before Christmas",
    clar("companies:1", "companies:2"), CL + ["shared_word", "note_on"])
add("clr-004", C, lw, "terse", "Kallio called, log it", clar("contacts:5", "contacts:6"),
    CL + ["last_name_only", "last_name_pair"])
add("clr-005", C, ru, "manager", "Hartsop Grammar School: our tender for their deal has gone in", clar("deals:4", "deals:5"),
    CL + ["stage_word"])
add("clr-006", C, an, "plain", "The sprinkler retrofit is signed off!", clar("deals:1", "deals:9"),
    CL + ["near_duplicate", "won"])
add("clr-007", C, me, "plain", "Mark the Hartsop Grammar walkround task done", clar("tasks:3", "tasks:4"),
    CL + ["same_title"])
add("clr-008", C, ta, "plain", "Kexby have agreed 120k on the deal", clar("deals:15", "deals:16"), CL)
add("clr-009", C, me, "plain", "Stagsden have asked to slip their deal's close to 14 November",
    clar("deals:11", "deals:12"), CL + ["closed_not_offered"])
add("clr-010", C, ru, "manager", "Anneli is to pick up the Ainderby deal from Lwazi", clar("deals:26", "deals:42"),
    CL + ["ownership"])
add("clr-011", C, an, "plain", "note on Laxton: they're closed for a refit the week of the 26th",
    clar("companies:19", "contacts:8"), CL + ["surname_company", "note_on"])
add("clr-012", C, me, "plain", "Eppleby want their deal's close moved to January 15", clar("deals:31", "deals:32"),
    CL + ["cross_owner"])
add("clr-013", C, ru, "wrapper", "Hi — can the Stagsden Hotel deal go to Lwazi? Ta", clar("deals:11", "deals:12"),
    CL + ["closed_not_offered", "ownership"])
add("clr-014", C, an, "mobile", "remind me fri: email kallio re layout", clar("contacts:5", "contacts:6"),
    CL + ["last_name_only"])

# ====================================================================== refusal
C = "refusal"
RV = ["refusal"]
add("rfs-001", C, ko, "plain", "Move Luffenham Sprinkler Retrofit to Tendered", rej("reviewer"), RV + ["reviewer"])
add("rfs-002", C, ko, "plain", "I rang Eleni Vlachou earlier, put it in the log", rej("reviewer"), RV + ["reviewer"])
add("rfs-003", C, ko, "manager", "Every Walkround deal Mehtap has should go to Specified", rej("reviewer"),
    RV + ["reviewer", "bulk_filter"])
add("rfs-004", C, ko, "plain", "Kostas here — put a Friday chase of Hamid Sadeghi on my list", rej("reviewer"),
    RV + ["reviewer", "remind_me"])
add("rfs-005", C, an, "plain", "Move Wissett Manor Fire Risk Assessment to Negotiation", rej("negotiation"),
    RV + ["unknown_stage"])
add("rfs-006", C, ta, "plain", "Give Cottam Studios Fire Alarm to Wiremu", rej("wiremu"), RV + ["unknown_user"])
add("rfs-007", C, me, "plain", "Make Anjali Deshmukh a VIP", rej("vip"), RV + ["unknown_lifecycle"])
add("rfs-008", C, lw, "plain", "Set Mellerby Print Works Risk Assessment to minus 3,600", rej("negative"),
    RV + ["negative_amount"])
add("rfs-009", C, an, "plain", "Halima Bakari from Welburn came in for a meeting — log it", rej("halima"),
    RV + ["unknown_record"])
add("rfs-010", C, ta, "plain", "Move Ousby Council Depot Risk Assessments to Hive Check", rej("hive"),
    RV + ["unknown_stage"])
add("rfs-011", C, me, "plain", "Stagsden Hotel Alarm Replacement: the amount should be -2k after the credit note",
    rej("negative"), RV + ["negative_amount"])
add("rfs-012", C, lw, "plain", "Ainderby Bus Garage Alarms belongs with Priya now", rej("priya"), RV + ["unknown_user"])
add("rfs-013", C, ko, "plain", "Cancel my follow-up with Paavo Rantanen", rej("reviewer"), RV + ["reviewer", "cancel"])
add("rfs-014", C, an, "plain", "we've got Jun Takeda in twice, get rid of that contact", rej("admin"),
    RV + ["rep_delete"])
add("rfs-015", C, ta, "plain", "Paavo Rantanen's email is paavo at kexby", rej("email"), RV + ["email"])
add("rfs-016", C, me, "plain", "Note on Scorton Ice Rink: they want sprinklers in the plant room", rej("scorton"),
    RV + ["unknown_record", "note_on"])

# ====================================================================== negation
C = "negation"
NG = ["negation"]
add("neg-001", C, an, "plain", "Eppleby Chemicals Risk Assessment isn't signed off yet, so don't mark it",
    nochange(), NG + ["won"])
add("neg-002", C, ta, "plain", "Hold off on changing the Luffenham amount for now", nochange(), NG)
add("neg-003", C, me, "plain", "don't change Stagsden Hotel Alarm Replacement's stage, just set its close date to 7 "
    "November", ready(ud(11, close_date="2043-11-07")), NG + ["date"])
add("neg-004", C, lw, "plain", "fyi building control signed off the new lighting at Hartsop Leisure Pool — that's their "
    "inspection, nothing to change here", nochange(), NG + ["stage_word"])
add("neg-005", C, ru, "manager", "Kexby Data Hall Suppression was meant to go to Anneli but don't do that; Mehtap "
    "takes it", ready(ud(15, owner_id=4)), NG + ["ownership"])
add("neg-006", C, an, "plain", "the extractor motor at Welburn Brewery burnt out on Friday, not our kit, leave the deal "
    "alone", nochange(), NG + ["stage_word"])
add("neg-007", C, ta, "plain", "never mind the reminder about the Tanfield cold room doors", nochange(),
    NG + ["never_mind"])
add("neg-008", C, me, "plain", "Laxton Bakeries Extinguisher Servicing has slipped back: not Tendered, just Walkround",
    ready(ud(41, stage=WR)), NG + ["stage"])
add("neg-009", C, lw, "plain", "leave Bransdale Flying Club Extinguishers where it is, I was wrong about them dropping "
    "out", nochange(), NG + ["never_mind"])
add("neg-010", C, ru, "manager", "Mellerby Print Works stays on the system — no deleting — but Tariq becomes its owner",
    ready(uco(8, owner_id=3)), NG + ["ownership"])
add("neg-011", C, an, "plain", "no need to log anything for Tuuli Kallio, the call didn't connect", nochange(),
    NG + ["no_log"])
add("neg-012", C, ta, "plain", "Hold fire on Thrumpton Museum Fire Doors — no stage change until the trustees meet",
    nochange(), NG)

# ====================================================================== correction
C = "correction"
CR = ["correction"]
add("cor-001", C, an, "plain", "put Tanfield Cold Stores Alarm Upgrade down as 13k — hang on, misread my notes, "
    "it's 13.8k", ready(ud(2, amount=13800)), CR + ["amount"])
add("cor-002", C, ta, "plain", "Cottam Studios Fire Alarm close on Thursday, no wait, Friday",
    ready(ud(33, close_date=FRI)), CR + ["date"])
add("cor-003", C, me, "plain", "Dimitra Kouri — log it as a call. Hmm, actually she came in, so a meeting.",
    ready(act(me, "meeting", contact=25)), CR)
add("cor-004", C, lw, "plain", "the 7,900 on Gristhorpe Library Fire Alarm is out of date; the quote was revised to "
    "8,400", ready(ud(30, amount=8400)), CR + ["old_value", "amount"])
add("cor-005", C, ru, "manager", "Delete Hunmanby Picture House — sorry, I mean Gristhorpe Library", ready(dco(20)),
    CR + ["scratch_that"])
add("cor-006", C, an, "plain", "Eero Kallio's email is eero@sproxtonmarina.com — scratch that, .co.uk",
    ready(uc(6, email="eero@sproxtonmarina.co.uk")), CR + ["scratch_that", "email"])
add("cor-007", C, me, "plain", "Yearsley Self Storage Emergency Lighting is going to Tariq — er, no, Lwazi, Tariq's "
    "got enough on", ready(ud(35, owner_id=5)), CR + ["ownership"])
add("cor-008", C, ta, "plain", "Ousby Council Depot Risk Assessments — Specified. Wait, no: Tendered.",
    ready(ud(23, stage=TD)), CR + ["stage"])

# ====================================================================== typo
C = "typo"
TY = ["multi_typo"]
add("typ-001", C, an, "typo", "mvoe Tanfeild Cold Stores Alarm Upgarde to Specifed", ready(ud(2, stage=SP)), TY)
add("typ-002", C, ta, "typo", "logg a meting with Kavtiha Ramalingam on thursdya",
    ready(act(ta, "meeting", THU_P, contact=14)), TY)
add("typ-003", C, me, "typo", "Rudston Arcade Emergncy Lightng amout 11.9k plz", ready(ud(18, amount=11900)), TY)
add("typ-004", C, lw, "typo", "remnd me tomoz to cal Themba Khumaloo abt the hangar", ready(task(lw, TUE, contact=23)),
    TY + RM)
add("typ-005", C, ru, "typo", "delte the contcat Mirjana Kostic", ready(dc(28)), TY)
add("typ-006", C, an, "typo", "mark Sproxtn Marina Extinguishrs as sigend off", ready(ud(27, stage=WON)), TY + ["won"])
add("typ-007", C, ta, "typo", "chnage Jiwoo Baeks phnoe to 0115 496 0802", ready(uc(9, phone="0115 496 0802")),
    TY + ["phone"])
add("typ-008", C, me, "typo", "set Kwabena Owusu's lifecyle stage to champion", rej("champion"),
    TY + ["unknown_lifecycle"])
add("typ-009", C, lw, "typo", "Fotherby Halls Fire Alram Upgrade shoud close on 2 novmber",
    ready(ud(19, close_date="2043-11-02")), TY + ["date"])
add("typ-010", C, an, "typo", "emial to Wiebke Hartung with the FRA scope jsut went, log it pls",
    ready(act(an, "email", contact=24)), TY)

# ====================================================================== unsupported
C = "unsupported"
UN = ["unsupported"]
add("uns-001", C, an, "plain", "drop the follow-up task I've got for Eero Kallio, cancel it", rej(""), UN + ["cancel"])
add("uns-002", C, ta, "plain", "Reschedule the Cottam alarm survey task to next Tuesday", rej(""), UN)
add("uns-003", C, me, "plain", "Rename my task about Aigerim's lighting quote to 'Send revised lighting quote'",
    rej(""), UN)
add("uns-004", C, lw, "plain", "Delete the call I logged with Linh Dao this morning", rej(""), UN)
add("uns-005", C, an, "plain", "Merge Paavo Lehtinen and Paavo Rantanen, they're the same guy", rej(""), UN)
add("uns-006", C, ta, "polite", "could you cancel the reminder I set to invite Jiwoo Baek to the alarm demo?", rej(""),
    UN + ["cancel"])
add("uns-007", C, me, "plain", "Change the date on the meeting I logged with Bronwyn Laxton last week to Wednesday",
    rej(""), UN)
add("uns-008", C, lw, "plain", "reopen the Deliver extinguishers to Mellerby task", rej(""), UN)

# ====================================================================== questions (answers from validate_fourteenth.QUESTIONS)
C = "question"
add("qst-001", C, an, "plain", "Tanfield Cold Stores: which of their deals are still open with us?", Q(),
    ["company_deals", "shared_word"])
add("qst-002", C, ko, "plain", "list every deal Stagsden Hotel & Spa has had, won or not", Q(), ["company_deals"])
add("qst-003", C, me, "plain", "add up my open deals for me — what's the total?", Q(), ["pipeline", "my"])
add("qst-004", C, ru, "wrapper", "quick q — what's the count of deals at Specified at the moment? thanks", Q(),
    ["count", "stage_word"])
add("qst-005", C, lw, "terse", "Mahsa Rostami's phone no.?", Q(), ["contact_info", "near_duplicate"])
add("qst-006", C, ko, "plain", "which rep owns Tanfield Parish Church?", Q(), ["account_owner", "shared_word"])
add("qst-007", C, ta, "plain", "Paavo Rantanen — when was the last time anyone touched base with him?", Q(),
    ["last_touch", "near_duplicate"])
add("qst-008", C, ru, "manager", "list the open deals where nobody has logged a thing for four weeks", Q(),
    ["stale_deals", "no_activity"])
add("qst-009", C, an, "plain", "list every open task that's mine", Q(), ["tasks", "my"])
add("qst-010", C, me, "terse", "anything of mine overdue?", Q(), ["tasks", "overdue", "my"])
add("qst-011", C, ko, "plain", "what did we sign off in September?", Q(), ["won_lost", "won", "stage_word"])
add("qst-012", C, ru, "manager", "which deals burnt out on us this year?", Q(), ["won_lost", "lost", "stage_word"])
add("qst-013", C, lw, "mobile", "top open deal by value?", Q(), ["biggest_deal"])
add("qst-014", C, an, "plain", "what's an open deal worth on average?", Q(), ["average_deal"])
add("qst-015", C, ta, "plain", "Kexby Data Centre Alarm Servicing — which person are we dealing with?", Q(),
    ["deal_contact"])
add("qst-016", C, ko, "plain", "the Kexby Data Hall Suppression deal — whose name is on it?", Q(),
    ["deal_owner", "account_owner"])
add("qst-017", C, ko, "plain", "Kexby Data Centre as an account — which of the reps holds it?", Q(),
    ["account_owner", "deal_owner"])
add("qst-018", C, me, "plain", "Eero Kallio's email?", Q(), ["contact_info", "last_name_pair"])
add("qst-019", C, lw, "plain", "of my deals, which are sitting at the Callout stage still?", Q(),
    ["pipeline", "my", "stage_word"])
add("qst-020", C, ru, "terse", "any open deal where the last activity is over 6 wks old?", Q(),
    ["stale_deals", "no_activity", "abbreviation"])
add("qst-021", C, ru, "manager", "what's Tariq got that's overdue?", Q(), ["tasks", "overdue", "user_name_clash"])
add("qst-022", C, an, "plain", "which company does Bronwyn Laxton work for?", Q(), ["contact_info", "surname_company"])
add("qst-023", C, ta, "plain", "three weeks without a logged activity — any of mine in that boat?", Q(),
    ["stale_deals", "my", "no_activity"])
add("qst-024", C, ko, "plain", "sum the Tendered deals for me", Q(), ["pipeline", "stage_word"])
add("qst-025", C, ru, "terse", "open deal count for Mehtap, quickly?", Q(), ["count"])
add("qst-026", C, me, "plain", "across my open deals, what's the mean value?", Q(), ["average_deal", "my"])
add("qst-027", C, lw, "plain", "today's activity tally for me so far?", Q(), ["today", "count", "my"])
add("qst-028", C, an, "plain", "what's due on my list between today and Sunday?", Q(), ["tasks", "this_week", "my"])
add("qst-029", C, ta, "non_native", "which stage Cottam Studios Fire Alarm is now?", Q(), ["stage"])
add("qst-030", C, ko, "plain", "which people at Kexby Data Centre are in the CRM?", Q(),
    ["company_contacts", "near_duplicate"])
add("qst-031", C, ru, "terse", "contacts at Hartsop Grammar School?", Q(), ["company_contacts", "last_name_pair"])
add("qst-032", C, ko, "plain", "what's due to close between October 20 and October 31?", Q(), ["closing", "date_range"])
add("qst-033", C, ru, "manager", "sum of Lwazi's open pipeline, please", Q(), ["pipeline"])
add("qst-034", C, ko, "plain", "signed-off value since January 1st, in total?", Q(), ["won_lost", "won"])
add("qst-035", C, lw, "plain", "which of my deals burnt out?", Q(), ["won_lost", "lost", "my"])
add("qst-036", C, ru, "manager", "has Anneli got anything that's gone three weeks without activity?", Q(),
    ["stale_deals", "no_activity"])
add("qst-037", C, ko, "terse", "lowest-value deal that's still open?", Q(), ["biggest_deal"])
add("qst-038", C, ru, "manager", "team-wide, what's the count of overdue tasks?", Q(), ["count", "overdue", "team"])
add("qst-039", C, ko, "plain", "are any open deals sitting with a close date that's already been and gone?", Q(),
    ["closing", "past_dated"])
add("qst-040", C, me, "plain", "show me every open deal on the Sprinkler Systems product", Q(),
    ["pipeline", "product_filter"])
add("qst-041", C, ko, "polite", "could you list the companies Tariq is account owner for?", Q(),
    ["account_owner", "user_name_clash"])
add("qst-042", C, ru, "manager", "who has the most open pipeline?", Q(), ["pipeline", "biggest_deal"])
add("qst-043", C, ko, "plain", "any tasks due Thursday?", Q(), ["tasks", "team"])
add("qst-044", C, me, "plain", "Cawkwell Hospital Sprinkler Extension: who's our person there?", Q(), ["deal_contact"])
add("qst-045", C, an, "plain", "Eppleby Chemicals Foam Suppression — what's the expected close?", Q(), ["closing"])
add("qst-046", C, lw, "dictation", "what is linh dao's email address question mark", Q(), ["contact_info"])
add("qst-047", C, ta, "plain", "Fire Doors deals due to close during November?", Q(),
    ["closing", "product_filter", "team"])
add("qst-048", C, ru, "manager", "Mehtap's activity count for today?", Q(), ["today", "count"])
add("dec-001", C, an, "plain", "what's the sprinkler water pressure at Tanfield Cold Stores?", DECLINE(), ["decline"])
add("dec-002", C, ta, "plain", "what's the headcount on site at Luffenham Distribution Park these days?", DECLINE(),
    ["decline"])
add("dec-003", C, me, "plain", "Scarth Nick Quarry — are we working with them on anything?", DECLINE(),
    ["decline", "unknown_record"])
add("dec-004", C, lw, "plain", "where does Kanya Srisuk live? I need her home address for a card", DECLINE(),
    ["decline"])
add("dec-005", C, ko, "plain", "how many extinguishers did we service in September?", DECLINE(), ["decline"])
add("dec-006", C, ru, "manager", "which accounts has Itziar been given this quarter?", DECLINE(),
    ["decline", "unknown_user"])
add("dec-007", C, an, "plain", "have we quoted Hartsop Golf Club for anything yet?", DECLINE("Hartsop Grammar Fire Doors",
    "Hartsop Grammar Emergency Lighting", "Hartsop Pool Extinguisher Contract"), ["decline", "shared_word"])
add("dec-008", C, ko, "plain", "what was Kexby Data Centre's revenue last year?", DECLINE(), ["decline"])


def fill_answers() -> None:
    from validate_fourteenth import question_answers
    answers = question_answers()
    for it_ in ITEMS:
        e = it_["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it_["id"]]


def main() -> None:
    from validate_fourteenth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it_["id"]: it_ for it_ in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[x], ensure_ascii=False) + "\n" for x in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
