"""Writes seventh_dev.jsonl and seventh_test.jsonl: the hand-written items of the seventh corpus (fixture G, Quillon
Pest & Hygiene), in the seeded stratified split (random.Random(20261202)). One add(...) per item. The helpers only type
link ids once (a contact gives its company; a deal gives its company and, when no person is named, its contact), fill
the acting user in as owner/author, and number new records from the next free id. Question answers are filled from
the SQL in validate_seventh.QUESTIONS (the only labels taken from SQL); everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_seventh.py
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_g import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"odile": 1, "bertil": 2, "cosmin": 3, "wilma": 4, "lamar": 5}
NEXT = {"companies": 26, "contacts": 46, "deals": 38, "activities": 401, "tasks": 43}
TODAY = "2032-09-14"  # a Tuesday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, text, expect, tags, history=()):
    tags = list(tags)
    if user == "bertil" and "manager" not in tags:  # the admin writes as the operations manager
        tags.append("manager")
    if cat == "question" and "question" not in tags:
        tags.insert(0, "question")
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


def cdeal(u, company, stage="Sighting", amount=None, close=None, product=None, contact=None, name=None,
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


def many(fn, ids, **ch):
    return [fn(i, **ch) for i in ids]


# stages and products
SI, IN, TP, TO, WON, LOST = "Sighting", "Inspection", "Treatment Plan", "Terms Out", "Secured", "Went Cold"
ROD, INS, BIRD, WASH, FOG, HEAT = ("Rodent Control", "Insect Monitoring", "Bird Proofing", "Washroom Hygiene",
                                   "Deep Fogging", "Heat Treatment")
# dates (today is Tuesday 2032-09-14). Past days, for activities:
YDAY, SUN, SAT, FRI_P, THU_P, WED_P = "2032-09-13", "2032-09-12", "2032-09-11", "2032-09-10", "2032-09-09", "2032-09-08"
# future, for tasks and deals ("Tuesday" and "next <weekday>" are never used for a future date)
TMRW, THU, FRI, MON = "2032-09-15", "2032-09-16", "2032-09-17", "2032-09-20"
WEEK, TWO_WEEKS, EOM, EOO, EON, EOY = "2032-09-21", "2032-09-28", "2032-09-30", "2032-10-31", "2032-11-30", "2032-12-31"
o, c, l, b, w = "odile", "cosmin", "lamar", "bertil", "wilma"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, o, "Brightwater Bakery Rodent Control -> Terms Out", ready(ud(1, stage=TO)), ["stage", "terse", "near_duplicate"])
add("upd-002", C, c, "gildersleeve rodent control is secured!! they signed first thing", ready(ud(17, stage=WON)), ["stage", "won", "lowercase"])
add("upd-003", C, l, "Tollgate Rodent Control is now 140k, they've added the two new stores", ready(ud(19, amount=140000)), ["amount"])
add("upd-004", C, o, "could you push the close date on Elmstead Hospital Insect Monitoring to Nov 9?", ready(ud(16, close_date="2032-11-09")), ["date", "polite"])
add("upd-005", C, c, "Penwortham Washroom Hygiene went cold, the council cut their budget", ready(ud(13, stage=LOST)), ["stage", "lost"])
add("upd-006", C, l, "wexley grange heat treatment to terms out pls", ready(ud(9, stage=TO)), ["stage", "mobile", "lowercase"])
add("upd-007", C, o, "Fennick Row Academy Washrooms amount: 13,450", ready(ud(5, amount=13450)), ["amount", "near_duplicate"])
add("upd-008", C, c, "Rookwood Stables Rodent Control - yard manager wants someone out to look, move it to Inspection", ready(ud(34, stage=IN)), ["stage"])
add("upd-009", C, l, "Pollard's Insect Monitoring close date end of October", ready(ud(35, close_date=EOO)), ["date"])
add("upd-010", C, o, "Harrowgate Depot Rodent Control, one hundred and four thousand", ready(ud(32, amount=104000)), ["amount", "words"])
add("upd-011", C, c, "Hathersage Bird Proofing: 37.5k and close it end of the month", ready(ud(7, amount=37500, close_date=EOM)), ["amount", "date", "same_record"])
add("upd-012", C, l, "Lindfield Noodle Bar Insect Monitoring is dead, the owner's selling up", ready(ud(28, stage=LOST)), ["stage", "lost"])
add("upd-013", C, o, "Greywing Data Hall Monitoring should close Jan 14", ready(ud(37, close_date="2033-01-14")), ["date", "year_roll"])
add("upd-014", C, c, "kelsall pet foods rodent control $41K", ready(ud(30, amount=41000)), ["amount", "lowercase", "terse"])
add("upd-015", C, l, "Blackthorn Dairy Rodent Control: the farm manager wants a plan drawn up, so move it to Treatment Plan", ready(ud(24, stage=TP)), ["stage"])
add("upd-016", C, o, "Riverbend Cinema Heat Treatment is signed, mark it secured", ready(ud(21, stage=WON)), ["stage", "won"])
add("upd-017", C, c, "Brightwater Marina Bird Proofing slipped a week", ready(ud(3, close_date="2032-09-30")), ["date", "relative_to_record"])
add("upd-018", C, l, "Tidemill Bird Proofing - new close date Oct 8", ready(ud(31, close_date="2032-10-08")), ["date", "past_dated"])
add("upd-019", C, o, "Netherby Cookery School Fogging is worth $9,750", ready(ud(29, amount=9750)), ["amount"])
add("upd-020", C, c, "Honeysett Washroom Hygiene to Terms Out, thirty-one grand", ready(ud(23, stage=TO, amount=31000)), ["stage", "amount", "words", "same_record", "shared_word"])
add("upd-021", C, l, "so Saltcote Brewery Bird Proofing - they've had gulls nesting on the malt store roof again and the brewer is at his wits' end, we're booked in to have a proper look, so move it to Inspection", ready(ud(15, stage=IN)), ["stage", "rambling"])
add("upd-022", C, o, "Coldharbour Mill Rodent Control amount 74.25k", ready(ud(11, amount=74250)), ["amount"])
add("upd-023", C, c, "Cresswell Court Rodent Control close date is in the past, make it Oct 15", ready(ud(27, close_date="2032-10-15")), ["date", "past_dated"])
add("upd-024", C, l, "Wyvern Golf Bird Proofing closes end of October now", ready(ud(25, close_date=EOO)), ["date", "deal_owner"])
add("upd-025", C, o, "Hi, could you move Brightwater Bakery Insect Monitoring to Treatment Plan? Thanks", ready(ud(2, stage=TP)), ["stage", "polite", "wrapper"])
add("upd-026", C, c, "Gildersleeve Deep Fogging - 15k", ready(ud(18, amount=15000)), ["amount", "terse"])
add("upd-027", C, l, "Fennick Row Brasserie Deep Fogging to Inspection, 7.2k", ready(ud(4, stage=IN, amount=7200)), ["stage", "amount", "same_record", "near_duplicate"])
add("upd-028", C, b, "Please set the close date of Harrowgate Depot Rodent Control to 30 November.", ready(ud(32, close_date=EON)), ["date", "formal"])
add("upd-029", C, o, "elmstead hospital insect monitoring to terms out, they want the contract in place before half term", ready(ud(16, stage=TO)), ["stage", "lowercase"])
add("upd-030", C, c, "The Kelsall Pet Foods Rodent Control deal is now in Inspection", ready(ud(30, stage=IN)), ["stage"])
add("upd-031", C, l, "Tollgate Washroom Hygiene: $52K, closing Oct 29", ready(ud(20, amount=52000, close_date="2032-10-29")), ["amount", "date", "same_record"])
add("upd-032", C, b, "mark Hathersage Rodent Contract as secured", ready(ud(6, stage=WON)), ["stage", "won"])
add("upd-033", C, o, "Riverbend Cinema Heat Treatment price went up to 18k", ready(ud(21, amount=18000)), ["amount"])
add("upd-034", C, c, "push the Penwortham Washroom Hygiene close out two weeks", ready(ud(13, close_date="2032-11-11")), ["date", "relative_to_record"])
add("upd-035", C, l, "Tollgate Rodent Control is $1.2m across the whole chain now", ready(ud(19, amount=1200000)), ["amount"])
add("upd-036", C, o, "Brightwater Bakery Rodent Control close date: the 30th", ready(ud(1, close_date=EOM)), ["date"])
add("upd-037", C, c, "Rookwood Stables Rodent Control went cold, they've got a cat now", ready(ud(34, stage=LOST)), ["stage", "lost"])
add("upd-038", C, l, "I need Pollard's Insect Monitoring moved back to Treatment Plan", ready(ud(35, stage=TP)), ["stage"])
add("upd-039", C, b, "Greywing Data Hall Monitoring should be 25k", ready(ud(37, amount=25000)), ["amount"])
add("upd-040", C, o, "Fennick Row Academy Washrooms - bursar's approved it, Terms Out, close end of October", ready(ud(5, stage=TO, close_date=EOO)), ["stage", "date", "same_record"])
add("upd-041", C, c, "can you make Brightwater Marina Bird Proofing 29k? the harbour master wants the pontoons done as well. can you make that change?", ready(ud(3, amount=29000)), ["amount", "polite", "wrapper"])
add("upd-042", C, l, "Blackthorn Dairy Rodent Control close date to the 1st of December", ready(ud(24, close_date="2032-12-01")), ["date"])
add("upd-043", C, o, "harrowgate depot rodent control -> secured \U0001f389", ready(ud(32, stage=WON)), ["stage", "won", "mobile"])
add("upd-044", C, c, "Gildersleeve Rodent Control amount sixty-four thousand five hundred", ready(ud(17, amount=64500)), ["amount", "words"])
add("upd-045", C, l, "Wexley Grange Heat Treatment, close date Friday", ready(ud(9, close_date=FRI)), ["date"])
add("upd-046", C, o, "Netherby Cookery School Fogging: they want a proper inspection first, move to Inspection and the close date to Nov 20", ready(ud(29, stage=IN, close_date="2032-11-20")), ["stage", "date", "same_record"])
add("upd-047", C, c, "Hathersage Bird Proofing forty grand", ready(ud(7, amount=40000)), ["amount", "words", "terse"])
add("upd-048", C, l, "ok so Tidemill Bird Proofing is basically a go - mark it secured", ready(ud(31, stage=WON)), ["stage", "won"])
add("upd-050", C, l, "the Pollard's deal is now 10.2k", ready(ud(35, amount=10200)), ["amount", "closed_not_offered"])
add("upd-051", C, l, "okay so update the tollgate washroom hygiene deal the amount is fifty five thousand and the close date is the twenty first of october", ready(ud(20, amount=55000, close_date="2032-10-21")), ["amount", "date", "words", "same_record", "dictation"])
add("upd-052", C, c, "Hathersage Rodent Contract: the customer finalized the paperwork this morning, mark it secured", ready(ud(6, stage=WON)), ["stage", "won", "american"])
add("upd-049", C, o, "Please you change Greywing Data Hall Monitoring close date to 10 December, the client ask it", ready(ud(37, close_date="2032-12-10")), ["date", "non_native"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, o, "Benedetta Okonjo's new mobile is 07700 900 512", ready(uc(1, phone="07700 900 512")), ["phone", "near_duplicate"])
add("uct-002", C, c, "Jago Penberthy email: jago@hathersagedist.com", ready(uc(3, email="jago@hathersagedist.com")), ["email", "near_duplicate"])
add("uct-003", C, l, "Ciaran Moxley is a prospect now", ready(uc(31, lifecycle_stage="prospect")), ["lifecycle"])
add("uct-004", C, o, "Cosmin Pellegrino's direct line is 0113 555 0192", ready(uc(5, phone="0113 555 0192")), ["phone", "user_name_clash"])
add("uct-005", C, c, "Orlagh Brierley's email changed to O.Brierley@GildersleeveFoods.com", ready(uc(15, email="o.brierley@gildersleevefoods.com")), ["email", "lowercase_email"])
add("uct-006", C, l, "Fabian Quartermaine has left Tollgate and joined Lindfield Noodle Bar", ready(uc(16, company_id=18)), ["company_move"])
add("uct-007", C, o, "Torquil Stansfield is Director of Estates at Elmstead now", ready(uc(14)), ["job_title"])
add("uct-008", C, c, "set Aurelian Stobart to opportunity", ready(uc(39, lifecycle_stage="opportunity")), ["lifecycle"])
add("uct-009", C, l, "Meilin Foxcroft phone +44 113 555 0871 ext 12", ready(uc(21, phone="+44 113 555 0871 ext 12")), ["phone"])
add("uct-010", C, b, "Godfrey Latimer has churned, the butcher's is closing in October", ready(uc(27, lifecycle_stage="churned")), ["lifecycle"])
add("uct-011", C, o, "new email for Rupinder Gosling: r.gosling@fennickrow.sch.uk", ready(uc(10, email="r.gosling@fennickrow.sch.uk")), ["email"])
add("uct-012", C, c, "Rhiannon Tuckwell -> opportunity", ready(uc(33, lifecycle_stage="opportunity")), ["lifecycle", "terse"])
add("uct-013", C, l, "Celestine Harcourt's surname is spelled Harcort, no u", ready(uc(11, last_name="Harcort")), ["name_fix"])
add("uct-014", C, o, "Nkechi Arrowsmith she has a new number now, it is 0113 555 0464", ready(uc(25, phone="0113 555 0464")), ["phone", "non_native"])
add("uct-015", C, c, "Hello, Gudrun Kellaway has asked that we use her new email, gudrun.kellaway@kelsallpetfoods.co.uk, from now on. Regards, Cosmin", ready(uc(23, email="gudrun.kellaway@kelsallpetfoods.co.uk")), ["email", "formal_email"])
add("uct-016", C, l, "Barnabas Cheeseman is a customer now the dairy's signed up", ready(uc(18, lifecycle_stage="customer")), ["lifecycle"])
add("uct-017", C, o, "update Sidonie Blakeway's email to sidonie@greywingdc.com and make her a prospect", ready(uc(28, email="sidonie@greywingdc.com", lifecycle_stage="prospect")), ["email", "lifecycle", "same_record"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, o, "Greywing Data Centre's website is now greywing.io", ready(uco(25, domain="greywing.io")), ["domain"])
add("uco-002", C, c, "Rookwood Stables industry: Equine Services", ready(uco(23, industry="Equine Services")), ["industry", "terse"])
add("uco-003", C, l, "Lindfield Noodle Bar domain -> lindfieldnoodlebar.co.uk", ready(uco(18, domain="lindfieldnoodlebar.co.uk")), ["domain"])
add("uco-004", C, b, "Change Harrowgate Borough Council's industry to Local Government.", ready(uco(22, industry="Local Government")), ["industry", "formal"])
add("uco-005", C, o, "rename Netherby School of Cookery to Netherby Cookery Academy", ready(uco(19, name="Netherby Cookery Academy")), ["rename"])
add("uco-006", C, c, "Penwortham Leisure Centre's domain should be penworthamleisure.co.uk", ready(uco(8, domain="penworthamleisure.co.uk")), ["domain"])
add("uco-007", C, l, "Tidemill Fish Market does more processing than selling these days, set the industry to Seafood Processing", ready(uco(21, industry="Seafood Processing")), ["industry"])
add("uco-008", C, o, "Fennick Row Academy changed their web address to fennickrowacademy.org", ready(uco(4, domain="fennickrowacademy.org")), ["domain", "near_duplicate"])
add("uco-009", C, c, "Brightwater Marina's industry should say Marine", ready(uco(2, industry="Marine")), ["industry", "near_duplicate"])
add("uco-010", C, l, "pollard's butchers website is pollardsmeats.com now", ready(uco(24, domain="pollardsmeats.com")), ["domain", "lowercase"])

# ====================================================================== ownership
C = "ownership"
add("own-001", C, b, "Cosmin is picking up Netherby School of Cookery", ready(uco(19, owner_id=3)), ["ownership", "taking_over"])
add("own-002", C, b, "we're moving the Blackthorn Dairy Rodent Control deal to Odile", ready(ud(24, owner_id=1)), ["ownership", "moving_to"])
add("own-003", C, o, "I'm taking over Hathersage Bird Proofing from Cosmin", ready(ud(7, owner_id=1)), ["ownership", "taking_over"])
add("own-004", C, b, "hand the Kelsall Pet Foods account over to Lamar", ready(uco(20, owner_id=5)), ["ownership", "hand"])
add("own-005", C, c, "Give Rookwood Stables Rodent Control to Lamar", ready(ud(34, owner_id=5)), ["ownership"])
add("own-006", C, b, "Lamar owns Riverbend Cinema from now on", ready(uco(13, owner_id=5)), ["ownership"])
add("own-007", C, l, "make me the owner of Emmerich Dunsford", ready(uc(29, owner_id=5)), ["ownership", "make_me"])
add("own-008", C, b, "put Tollgate Washroom Hygiene under Cosmin's name", ready(ud(20, owner_id=3)), ["ownership"])
add("own-009", C, b, "Odile takes over Jago Winterbottom", ready(uc(4, owner_id=1)), ["ownership", "taking_over", "near_duplicate"])
add("own-010", C, c, "assign Cresswell Court Rodent Control to Odile, she's covering my patch while I'm on paternity leave", ready(ud(27, owner_id=1)), ["ownership"])
add("own-011", C, b, "Please transfer ownership of Saltcote Brewery to Odile Rasmussen.", ready(uco(9, owner_id=1)), ["ownership", "formal"])
add("own-012", C, b, "Lamar's picking up the Elmstead Hospital Insect Monitoring deal", ready(ud(16, owner_id=5)), ["ownership", "taking_over"])
add("own-013", C, o, "hand Greywing Data Hall Monitoring over to Cosmin", ready(ud(37, owner_id=3)), ["ownership", "hand"])
add("own-014", C, b, "we're moving Honeysett Care Village to Lamar", ready(uco(14, owner_id=5)), ["ownership", "moving_to"])
add("own-015", C, l, "I'll look after Hortensia Mulholland from now on", ready(uc(13, owner_id=5)), ["ownership"])
add("own-016", C, b, "the Wyvern Golf Bird Proofing deal goes back to Odile, she has the account anyway", ready(ud(25, owner_id=1)), ["ownership", "account_owner", "deal_owner"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, o, "add company Sandpiper Lodge Hotel, sandpiperlodge.com, industry Hospitality", ready(ccompany(o, "Sandpiper Lodge Hotel", "sandpiperlodge.com", "Hospitality")), ["comma_list"])
add("cco-002", C, c, "new account: Mardale Rugby Club", ready(ccompany(c, "Mardale Rugby Club")), ["terse"])
add("cco-003", C, l, "create a company called Ottercombe Abattoir (ottercombe.co.uk)", ready(ccompany(l, "Ottercombe Abattoir", "ottercombe.co.uk")), ["domain"])
add("cco-004", C, b, "Add Fallodon Retreat (Wellness) and give it to Odile", ready(ccompany(b, "Fallodon Retreat", industry="Wellness", owner=o)), ["ownership"])
add("cco-005", C, o, "Set up Quenington Dental as a company, Healthcare, queningtondental.co.uk", ready(ccompany(o, "Quenington Dental", "queningtondental.co.uk", "Healthcare")), ["comma_list"])
add("cco-006", C, c, "Please add Aldhelm House Almshouses as a new company in the Social Care sector.", ready(ccompany(c, "Aldhelm House Almshouses", industry="Social Care")), ["formal"])
add("cco-007", C, l, "new co: Merrow Bay Barbers, merrowbaybarbers.com", ready(ccompany(l, "Merrow Bay Barbers", "merrowbaybarbers.com")), ["terse", "mobile"])
add("cco-008", C, b, "Add Scarcliffe Grain Terminal as a company; owner Lamar", ready(ccompany(b, "Scarcliffe Grain Terminal", owner=l)), ["ownership"])
add("cco-009", C, o, "hey can you pop Whistlewood Campsite in as a new company? they're Tourism", ready(ccompany(o, "Whistlewood Campsite", industry="Tourism")), ["polite", "wrapper"])
add("cco-010", C, b, "Create the company Oxenhope Conference Barns, oxenhopebarns.co.uk", ready(ccompany(b, "Oxenhope Conference Barns", "oxenhopebarns.co.uk")), ["admin_create"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, o, "Add Thurstan Goodliffe, Night Manager at Riverbend Cinema, thurstan.goodliffe@riverbendcinema.com", ready(ccontact(o, "Thurstan", "Goodliffe", 13, "thurstan.goodliffe@riverbendcinema.com")), ["comma_list", "job_title"])
add("cct-002", C, c, "new contact at Hathersage Distribution: Marisela Vyne, marisela@hathersagedist.com, 07700 900 238", ready(ccontact(c, "Marisela", "Vyne", 5, "marisela@hathersagedist.com", "07700 900 238")), ["comma_list", "phone"])
add("cct-003", C, l, "Add Osgood Brimble, CFO of Tollgate Supermarket, obrimble@tollgatesupermarket.co.uk", ready(ccontact(l, "Osgood", "Brimble", 12, "obrimble@tollgatesupermarket.co.uk")), ["comma_list", "job_title"])
add("cct-004", C, b, "Add Ravindra Wilmshurst to Blackthorn Dairy and give him to Odile", ready(ccontact(b, "Ravindra", "Wilmshurst", 15, owner=o)), ["ownership"])
add("cct-005", C, o, "Add Clarimond Tebbutt at Coldharbour Mill, phone 0113 555 0377", ready(ccontact(o, "Clarimond", "Tebbutt", 7, phone="0113 555 0377")), ["phone"])
add("cct-006", C, c, "Create a contact: Ysabel Fairclough, Penwortham Leisure Centre, pool manager", ready(ccontact(c, "Ysabel", "Fairclough", 8)), ["comma_list", "job_title"])
add("cct-007", C, l, "Zuleika Barraclough, Lindfield Noodle Bar, zuleika@lindfieldnoodles.com - she's the new floor manager, please add her", ready(ccontact(l, "Zuleika", "Barraclough", 18, "zuleika@lindfieldnoodles.com")), ["comma_list"])
add("cct-008", C, o, "add Hildred Colclough @ Elmstead General Hospital, hildred.colclough@elmsteadgeneral.nhs.uk", ready(ccontact(o, "Hildred", "Colclough", 10, "hildred.colclough@elmsteadgeneral.nhs.uk")), ["mobile"])
add("cct-009", C, c, "Please add a contact for Rookwood Stables: Lavinia Tolhurst, head groom, l.tolhurst@rookwoodstables.com", ready(ccontact(c, "Lavinia", "Tolhurst", 23, "l.tolhurst@rookwoodstables.com")), ["formal", "job_title"])
add("cct-010", C, l, "add Caedmon Fairbairn at Saltcote Brewery as a prospect", ready(ccontact(l, "Caedmon", "Fairbairn", 9, stage="prospect")), ["lifecycle"])
add("cct-011", C, b, "New contact Aldous Kirkbride, Gildersleeve Foods, aldous@gildersleevefoods.com, owner Cosmin", ready(ccontact(b, "Aldous", "Kirkbride", 11, "aldous@gildersleevefoods.com", owner=c)), ["ownership", "comma_list"])
add("cct-012", C, o, "add Jethro Wainscott, Harrowgate Borough Council, 07700 900 771", ready(ccontact(o, "Jethro", "Wainscott", 22, phone="07700 900 771")), ["phone", "comma_list"])
add("cct-013", C, c, "add contact Rosheen Lavery to Kelsall Pet Foods, email RLavery@KelsallPetFoods.com", ready(ccontact(c, "Rosheen", "Lavery", 20, "rlavery@kelsallpetfoods.com")), ["lowercase_email"])
add("cct-014", C, l, "new lead at Wexley Grange Hotel: Oriana Skelton, oriana.skelton@wexleygrange.com", ready(ccontact(l, "Oriana", "Skelton", 6, "oriana.skelton@wexleygrange.com")), ["new_lead", "comma_list"])
add("cct-015", C, o, "Add Damaris Fenwright, Operations Lead at Greywing Data Centre - she's already a customer", ready(ccontact(o, "Damaris", "Fenwright", 25, stage="customer")), ["lifecycle", "job_title"])
add("cct-016", C, c, "Add Lucius Hepplewhite (lucius@cresswellcourt.co.uk) at Cresswell Court Flats", ready(ccontact(c, "Lucius", "Hepplewhite", 17, "lucius@cresswellcourt.co.uk")), ["email"])
add("cct-017", C, l, "new lead: Tancred Ollivant at Tidemill Fish Market", ready(ccontact(l, "Tancred", "Ollivant", 21)), ["new_lead", "terse"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, o, "new deal for Fennick Row Academy: deep fogging for the kitchens, 3.4k, closing Dec 2", ready(cdeal(o, 4, amount=3400, close="2032-12-02", product=FOG)), ["amount", "product", "near_duplicate"])
add("cdl-002", C, c, "Create a deal for Brightwater Marina - washroom hygiene for the shower block, 8.5k", ready(cdeal(c, 2, amount=8500, product=WASH)), ["amount", "product"])
add("cdl-003", C, l, "new deal: Tollgate Loading Dock Netting, 14k, Inspection stage", ready(cdeal(l, 12, stage=IN, amount=14000, name="Tollgate Loading Dock Netting")), ["deal_name_colon", "amount"])
add("cdl-004", C, o, "open a deal at Elmstead General Hospital for heat treatment, $22,000, contact Morwenna Carbery", ready(cdeal(o, 10, amount=22000, product=HEAT, contact=35)), ["amount", "product"])
add("cdl-005", C, c, "Add a deal called Honeysett Garden Wasp Control for Honeysett Care Village, 4.5k", ready(cdeal(c, 14, amount=4500, name="Honeysett Garden Wasp Control")), ["named", "amount"])
add("cdl-006", C, l, "new opportunity at Saltcote Brewery: rodent control for the grain store, 19.5k, close end of November", ready(cdeal(l, 9, amount=19500, close=EON, product=ROD)), ["amount", "date", "product"])
add("cdl-007", C, b, "Create an insect monitoring deal for Penwortham Leisure Centre worth 11,000 and assign it to Cosmin", ready(cdeal(b, 8, amount=11000, product=INS, owner=c)), ["ownership", "amount"])
add("cdl-008", C, o, "deal for Coldharbour Mill, bird proofing, 6.8k", ready(cdeal(o, 7, amount=6800, product=BIRD)), ["amount", "product", "terse"])
add("cdl-009", C, c, "New deal at Kelsall Pet Foods with Elin Pritchett: insect monitoring for the packing hall, twelve thousand", ready(cdeal(c, 20, amount=12000, product=INS, contact=40)), ["amount", "words", "product"])
add("cdl-010", C, l, "Pollard's want washroom hygiene as well - 2.6k, put it straight into Treatment Plan", ready(cdeal(l, 24, stage=TP, amount=2600, product=WASH)), ["amount", "product", "stage"])
add("cdl-011", C, o, "new deal Greywing Data Centre bird proofing 18k close date Nov 12", ready(cdeal(o, 25, amount=18000, close="2032-11-12", product=BIRD)), ["amount", "date", "mobile"])
add("cdl-012", C, c, "Please create a new deal for Gildersleeve Foods named Gildersleeve Dock Proofing, valued at $27,250, expected to close on 18 October.", ready(cdeal(c, 11, amount=27250, close="2032-10-18", name="Gildersleeve Dock Proofing")), ["named", "formal", "amount", "date"])
add("cdl-013", C, l, "deal for Blackthorn Dairy, insect monitoring, 3.9k, contact Tobiah Greenhalgh", ready(cdeal(l, 15, amount=3900, product=INS, contact=38)), ["amount", "product", "comma_list"])
add("cdl-014", C, o, "new deal for Brightwater Bakery, heat treatment, $31K", ready(cdeal(o, 1, amount=31000, product=HEAT)), ["amount", "near_duplicate"])
add("cdl-015", C, c, "create deal rookwood stables bird proofing four thousand", ready(cdeal(c, 23, amount=4000, product=BIRD)), ["amount", "words", "lowercase"])
add("cdl-016", C, b, "New deal for Riverbend Cinema: washroom hygiene for the foyer toilets, 7.7k, owner Odile", ready(cdeal(b, 13, amount=7700, product=WASH, owner=o)), ["ownership", "amount"])
add("cdl-017", C, l, "new deal: Lindfield Kitchen Deep Clean, 2.1k, contact Meilin Foxcroft", ready(cdeal(l, 18, amount=2100, contact=21, name="Lindfield Kitchen Deep Clean")), ["deal_name_colon", "amount"])
# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, o, "called Lowri Tregarthen about the shutdown fortnight", ready(act(o, "call", contact=6)), ["call", "near_duplicate"])
add("act-002", C, c, "met Jago Penberthy at the Hathersage depot on Friday", ready(act(c, "meeting", FRI_P, contact=3)), ["meeting", "date", "near_duplicate"])
add("act-003", C, l, "note on Tollgate Supermarket: they're opening a third store in the spring", ready(act(l, "note", company=12)), ["note_on"])
add("act-004", C, o, "emailed Torquil Stansfield the monitoring summary", ready(act(o, "email", contact=14)), ["email"])
add("act-005", C, c, "texted Anneliese Drabble the technician's ETA", ready(act(c, "message", contact=9)), ["message"])
add("act-006", C, l, "note on the Wexley Grange Heat Treatment deal: rooms 14 to 19 need doing first", ready(act(l, "note", deal=9)), ["note_on", "deal_note"])
add("act-007", C, o, "left a voicemail for Nkechi Arrowsmith", ready(act(o, "call", contact=25)), ["call", "voicemail"])
add("act-008", C, c, "bait-station walk-round at Penwortham Leisure Centre on Thursday with Rhiannon Tuckwell", ready(act(c, "meeting", THU_P, contact=33)), ["meeting", "date"])
add("act-009", C, l, "WhatsApp'd Celestine Harcourt the fogging dates", ready(act(l, "message", contact=11)), ["message"])
add("act-010", C, o, "Spoke with Cosmin Pellegrino on the phone, the cinema wants the heat treatment done overnight", ready(act(o, "call", contact=5)), ["call", "user_name_clash"])
add("act-011", C, c, "note on Honeysett Care Village: the residents' kitchen is being refitted in November", ready(act(c, "note", company=14)), ["note_on"])
add("act-012", C, l, "had a treatment review with Ezekiel Bamford on Monday", ready(act(l, "meeting", YDAY, contact=12)), ["meeting", "date"])
add("act-013", C, o, "called Benedetta Okonjo last Friday", ready(act(o, "call", FRI_P, contact=1)), ["call", "date", "near_duplicate"])
add("act-014", C, c, "emailed the Gildersleeve Rodent Control service terms to Orlagh Brierley", ready(act(c, "email", contact=15, deal=17)), ["email", "deal_link"])
add("act-015", C, l, "Coffee with Meilin Foxcroft today, she's worried about the bins out the back", ready(act(l, "meeting", contact=21)), ["meeting"])
add("act-016", C, b, "Note on Harrowgate Borough Council: their depot audit is booked for October.", ready(act(b, "note", company=22)), ["note_on"])
add("act-017", C, o, "sent Sidonie Blakeway the data hall brochure by email", ready(act(o, "email", contact=28)), ["email"])
add("act-018", C, c, "phone call with Gudrun Kellaway two days ago re the rodent audit", ready(act(c, "call", SUN, contact=23)), ["call", "date"])
add("act-019", C, l, "met Godfrey Latimer at the shop this morning", ready(act(l, "meeting", contact=27)), ["meeting"])
add("act-020", C, o, "note on the Coldharbour Mill Rodent Control deal: they want the bait boxes relabelled in Welsh", ready(act(o, "note", deal=11)), ["note_on", "deal_note"])
add("act-021", C, c, "messaged Jessamine Royle on Teams about the hay barn", ready(act(c, "message", contact=26)), ["message"])
add("act-022", C, l, "site visit at Tidemill Fish Market on Friday with Alonzo Threlkeld", ready(act(l, "meeting", FRI_P, contact=24)), ["meeting", "date"])
add("act-023", C, o, "call w/ Emmerich Dunsford re invoice", ready(act(o, "call", contact=29)), ["call", "mobile", "terse"])
add("act-024", C, c, "emailed Obadiah Sutcliffe on Wednesday about the bin store", ready(act(c, "email", WED_P, contact=20)), ["email", "date"])
add("act-025", C, l, "note on Fennick Row Brasserie: the new owner takes over in January", ready(act(l, "note", company=3)), ["note_on", "near_duplicate"])
add("act-026", C, o, "popped in to see Yvaine Pocklington at the resort", ready(act(o, "meeting", contact=19)), ["meeting"])
add("act-027", C, c, "rang Wilfred Haddleton yesterday about the loading bay netting", ready(act(c, "call", YDAY, contact=30)), ["call", "date"])
add("act-028", C, l, "Today I make a phone with Dervla Oxenham about the invoices of the brewery", ready(act(l, "call", contact=34)), ["call", "non_native"])
add("act-029", C, o, "honestly what a day. the van got a flat on the ring road, the coffee at the services was undrinkable, and THEN Torquil Stansfield finally picks up the phone and says the infection control board won't meet till October so it all waits", ready(act(o, "call", contact=14)), ["call", "rambling"])
add("act-030", C, c, "Dear team, for the record: I met Orlagh Brierley at Gildersleeve Foods on Thursday to go over the audit findings. Regards, Cosmin", ready(act(c, "meeting", THU_P, contact=15)), ["meeting", "formal_email", "date"])
add("act-031", C, l, "note on the Pollard's Insect Monitoring deal - they want the fly units out of sight of customers", ready(act(l, "note", deal=35)), ["note_on", "deal_note"])
add("act-032", C, o, "emailed Rupinder Gosling the washroom options", ready(act(o, "email", contact=10)), ["email"])
add("act-033", C, c, "Leontyne Hebblethwaite rang me back this afternoon", ready(act(c, "call", contact=17)), ["call"])
add("act-034", C, l, "vm for fabian quartermaine", ready(act(l, "call", contact=16)), ["call", "voicemail", "mobile", "lowercase"])
add("act-035", C, b, "Log a call I had with Lowri Tregarthen on Thursday about the shutdown dates.", ready(act(b, "call", THU_P, contact=6)), ["call", "date", "formal"])
add("act-036", C, o, "Hi all, FYI I had a call with Pilar Esterbrook this morning about the procurement framework. Thanks, Odile", ready(act(o, "call", contact=42)), ["call", "formal_email"])
add("act-037", C, c, "long one sorry. the leisure centre's swimming gala overran and Hortensia Mulholland collared me by the vending machines to complain about ants in the cafe, which isn't even on our contract yet, but anyway that was a meeting. also someone blocked me in", ready(act(c, "meeting", contact=13)), ["meeting", "rambling"])
add("act-039", C, c, "log a meeting with gudrun kellaway at kelsall pet foods yesterday afternoon we walked the packing hall together", ready(act(c, "meeting", YDAY, contact=23)), ["meeting", "date", "dictation", "lowercase"])
add("act-040", C, l, "had a good natter on the phone with Celestine Harcourt about the fogging programme", ready(act(l, "call", contact=11)), ["call", "british"])
add("act-038", C, l, "lunch meeting with Sholto Macaulay on Sunday", ready(act(l, "meeting", SUN, contact=41)), ["meeting", "date"])

# ====================================================================== create_task
C = "create_task"
add("tsk-001", C, o, "remind me to ring Rupinder Gosling tomorrow", ready(task(o, TMRW, contact=10)), ["task", "date", "remind_me"])
add("tsk-002", C, c, "task: send the inspection report to Rhiannon Tuckwell by Thursday", ready(task(c, THU, contact=33)), ["task", "date"])
add("tsk-003", C, l, "follow up with Ezekiel Bamford in a week", ready(task(l, WEEK, contact=12)), ["task", "relative_date"])
add("tsk-004", C, b, "Ask Odile to book the depot inspection at Harrowgate Borough Council by Friday", ready(task(b, FRI, company=22, owner=o)), ["task", "delegation", "ownership"])
add("tsk-005", C, o, "set a task to chase Coldharbour Mill for the signed terms, end of the month", ready(task(o, EOM, company=7)), ["task", "date"])
add("tsk-006", C, c, "remind me to send Jessamine Royle the stable rodent plan on Friday", ready(task(c, FRI, contact=26)), ["task", "date", "remind_me"])
add("tsk-007", C, l, "create a task for the Tollgate Rodent Control: chase the store floor plans, due Oct 4", ready(task(l, "2032-10-04", deal=19)), ["task", "deal_link"])
add("tsk-008", C, o, "todo: check the loft hatch size at Riverbend Cinema, no date", ready(task(o, company=13)), ["task", "no_date"])
add("tsk-009", C, c, "put a reminder on my list to ring Wilfred Haddleton in 3 days", ready(task(c, FRI, contact=30)), ["task", "relative_date"])
add("tsk-010", C, l, "remind me to send Barnabas Cheeseman the bait-box spec", ready(task(l, contact=18)), ["task", "no_date", "remind_me"])
add("tsk-011", C, b, "Create a task for Lamar: review the Tollgate Washroom Hygiene pricing, due Monday", ready(task(b, MON, deal=20, owner=l)), ["task", "delegation", "ownership", "deal_link"])
add("tsk-012", C, o, "remind me on the 24th to chase Pilar Esterbrook", ready(task(o, "2032-09-24", contact=42)), ["task", "date", "remind_me"])
add("tsk-013", C, c, "Task for me: prepare a netting plan for Hathersage Bird Proofing, in two weeks", ready(task(c, TWO_WEEKS, deal=7)), ["task", "deal_link", "relative_date"])
add("tsk-014", C, l, "set a reminder to call Godfrey Latimer about the Saturday opening hours on Oct 6", ready(task(l, "2032-10-06", contact=27)), ["task", "date"])
add("tsk-015", C, o, "tmrw: call cosmin pellegrino re screen 3", ready(task(o, TMRW, contact=5)), ["task", "mobile", "user_name_clash"])
add("tsk-016", C, c, "remind me to invite Aurelian Stobart to the pest awareness breakfast, end of October", ready(task(c, EOO, contact=39)), ["task", "date", "remind_me"])
add("tsk-017", C, l, "Ask Cosmin to send the netting photos to Yvaine Pocklington by Thursday", ready(task(l, THU, contact=19, owner=c)), ["task", "delegation", "ownership"])
add("tsk-018", C, o, "I need a task to send Brightwater Bakery the annual pest report by Jan 20", ready(task(o, "2033-01-20", company=1)), ["task", "year_roll"])
add("tsk-019", C, c, "can you put a task on Lamar's list to cover the Honeysett Care Village visit on Thursday", ready(task(c, THU, company=14, owner=l)), ["task", "delegation", "ownership", "polite"])
add("tsk-020", C, l, "follow-up task for the Wexley Grange Heat Treatment, due the 27th", ready(task(l, "2032-09-27", deal=9)), ["task", "deal_link"])
add("tsk-021", C, o, "reminder: send Morwenna Carbery the infection control checklist in a week", ready(task(o, WEEK, contact=35)), ["task", "relative_date"])
add("tsk-022", C, c, "Please create a task for me to confirm the October visit schedule with Hortensia Mulholland by 5 October.", ready(task(c, "2032-10-05", contact=13)), ["task", "formal"])
add("tsk-023", C, l, "remind me to chase Saltcote Brewery for the gull survey by the 30th", ready(task(l, EOM, company=9)), ["task", "date", "remind_me"])
add("tsk-024", C, b, "Set a task for Cosmin: call Ferdinand Oakenfold about the marina invoice, tomorrow", ready(task(b, TMRW, contact=43, owner=c)), ["task", "delegation", "ownership"])
add("tsk-025", C, o, "Could you set me a reminder to send Fennick Row Academy the half-term schedule in two weeks?", ready(task(o, TWO_WEEKS, company=4)), ["task", "polite", "wrapper", "relative_date"])
add("tsk-026", C, l, "Please make for me a reminder, I must call Ciaran Moxley on Thursday about the rooms", ready(task(l, THU, contact=31)), ["task", "non_native"])
add("tsk-027", C, o, "remind me to delete the old Riverbend price sheet from the shared drive on Friday", ready(task(o, FRI, company=13)), ["task", "remind_me", "not_a_delete"])
add("tsk-028", C, c, "remind me to mark Gildersleeve Rodent Control as secured once the PO lands, Friday", ready(task(c, FRI, deal=17)), ["task", "remind_me", "not_a_write", "deal_link"])
add("tsk-029", C, l, "remind me to give the Pollard's Butchers account to Odile after the handover meeting, Thursday", ready(task(l, THU, company=24)), ["task", "remind_me", "not_a_write"])
add("tsk-031", C, o, "remind me on friday to call nkechi arrowsmith about the depot keys full stop", ready(task(o, FRI, contact=25)), ["task", "dictation", "remind_me", "lowercase"])
add("tsk-030", C, c, "Good morning, please could you set me a task to send Kelsall Pet Foods the revised audit schedule by 1 October. Many thanks, Cosmin", ready(task(c, "2032-10-01", company=20)), ["task", "formal_email"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, o, "done \u2014 sent the data hall brochure to Sidonie Blakeway", ready(done(27)), ["done_task"])
add("cmp-002", C, c, "mark the Anneliese bird-proofing quote task done", ready(done(5)), ["done_task"])
add("cmp-003", C, l, "finished the method statement for Ezekiel Bamford, close that task", ready(done(8)), ["done_task"])
add("cmp-004", C, o, "tick off the Cosmin Pellegrino screen-room call", ready(done(42)), ["done_task", "user_name_clash"])
add("cmp-005", C, c, "done: sent Rosalba Wexley the washroom service schedule", ready(done(16)), ["done_task", "shared_word"])
add("cmp-006", C, l, "contract terms went to Godfrey Latimer, close the task", ready(done(26)), ["done_task"])
add("cmp-007", C, o, "mark 'Check roof access at Coldharbour Mill' complete", ready(done(31)), ["done_task"])
add("cmp-008", C, o, "complete the task about taking Emmerich Dunsford off the newsletter list", ready(done(32)), ["done_task"])
add("cmp-009", C, l, "done - Godfrey Latimer sent us a testimonial", ready(done(33)), ["done_task"])
add("cmp-010", C, o, "the washroom audit with Rupinder Gosling is arranged, mark it done", ready(done(12)), ["done_task"])
add("cmp-011", C, c, "Penwortham inspection booked. done", ready(done(10)), ["done_task", "terse"])
add("cmp-012", C, l, "the Meilin Foxcroft price email is done", ready(done(20)), ["done_task"])
add("cmp-013", C, o, "done: introduced Cuthbert Ramsbottom to the kitchen hygiene plan", ready(done(21)), ["done_task"])
add("cmp-014", C, b, "Mark Cosmin's task to measure the loading bay netting at Hathersage as complete.", ready(done(7)), ["done_task", "formal"])
add("cmp-015", C, c, "Collect bin-store access codes from Obadiah Sutcliffe \u2014 done", ready(done(19)), ["done_task"])
add("cmp-016", C, l, "done \u2014 sent Tollgate the summer wasp plan", ready(done(34)), ["done_task"])
add("cmp-018", C, l, "mark the task send insect monitoring price to meilin foxcroft as done thank you", ready(done(20)), ["done_task", "dictation"])
add("cmp-017", C, o, "right so this week's been mad but I did finally send Torquil Stansfield the monitoring report, can you tick that off? the rest can wait", ready(done(13)), ["done_task", "rambling", "polite"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, b, "Delete Hamnet Saltonstall", ready(dc(45)), ["admin_delete", "terse"])
add("del-002", C, b, "delete the Pollard's Deep Fogging deal", ready(dd(36)), ["admin_delete", "closed_deal"])
add("del-003", C, b, "remove Greywing Data Centre from the CRM", ready(dco(25)), ["admin_delete"])
add("del-004", C, b, "delete contact Blodwen Ashworth, she retired", ready(dc(37)), ["admin_delete"])
add("del-005", C, b, "Delete the Riverbend Cinema Rodent Control deal, it's a duplicate", ready(dd(22)), ["admin_delete", "closed_deal"])
add("del-006", C, b, "delete Eulalie Prothero and Elin Pritchett", ready(dc(44), dc(40)), ["admin_delete", "two_records"])
add("del-007", C, b, "Please delete the Coldharbour Mill Fogging deal.", ready(dd(12)), ["admin_delete", "formal"])
add("del-008", C, b, "delete Rookwood Stables", ready(dco(23)), ["admin_delete"])
add("del-009", C, b, "get rid of the contact Sholto Macaulay", ready(dc(41)), ["admin_delete"])
add("del-010", C, b, "delete the Saltcote Brewery Bird Proofing deal", ready(dd(15)), ["admin_delete"])
add("del-011", C, b, "Delete Lindfield Noodle Bar", ready(dco(18)), ["admin_delete"])
add("del-012", C, b, "delete Ferdinand Oakenfold from contacts please", ready(dc(43)), ["admin_delete", "polite"])
add("del-013", C, b, "delete Fennick Row Brasserie and Brightwater Marina", ready(dco(3), dco(2)), ["admin_delete", "two_records", "near_duplicate"])
add("del-014", C, b, "Please remove Kelsall Pet Foods from the system.", ready(dco(20)), ["admin_delete", "formal"])
add("del-016", C, b, "remove Penwortham Leisure Centre, the council's taken it back in-house", ready(dco(8)), ["admin_delete"])
add("del-017", C, b, "delete company Blackthorn Dairy", ready(dco(15)), ["admin_delete", "terse"])
add("del-015", C, b, "delete the Netherby Cookery School Fogging deal, the school's shutting", ready(dd(29)), ["admin_delete"])
# ====================================================================== bulk
C = "bulk"
add("blk-001", C, o, "move all my Inspection deals to Treatment Plan", ready(*many(ud, [2, 5], stage=TP)), ["bulk_filter", "stage_filter"])
add("blk-002", C, c, "my Sighting deals with no activity in 6 weeks can go to Went Cold", ready(*many(ud, [18, 30, 34], stage=LOST)), ["bulk_filter", "no_activity", "composed"])
add("blk-003", C, b, "hand all of Lamar's Treatment Plan deals to Odile", ready(*many(ud, [9, 20, 25, 28], owner_id=1)), ["bulk_filter", "ownership", "hand"])
add("blk-004", C, c, "set the close date on all my Terms Out deals to Oct 22", ready(*many(ud, [3, 6, 17], close_date="2032-10-22")), ["bulk_filter", "date"])
add("blk-005", C, o, "my rodent control deals in Treatment Plan or Terms Out that close before the end of October: close date Nov 5", ready(*many(ud, [1, 11, 32], close_date="2032-11-05")), ["bulk_filter", "composed", "either_stage", "date_range"])
add("blk-006", C, b, "Move every washroom deal that's in Inspection to Treatment Plan.", ready(*many(ud, [5, 13], stage=TP)), ["bulk_filter", "composed"])
add("blk-007", C, o, "anything of mine that's overdue on the task list, tick it all off", ready(*many(lambda i: done(i), [13, 29])), ["bulk_filter", "overdue", "done_task"])
add("blk-008", C, c, "clear my overdue tasks, they're all done", ready(*many(lambda i: done(i), [6, 10, 19])), ["bulk_filter", "overdue", "done_task"])
add("blk-009", C, b, "close out all the open tasks for Tollgate Supermarket", ready(*many(lambda i: done(i), [3, 4, 15, 34])), ["bulk_filter", "done_task"])
add("blk-010", C, b, "delete all the Went Cold deals", ready(*many(lambda i: dd(i), [12, 22, 36])), ["bulk_delete", "closed_stage"])
add("blk-011", C, b, "Delete every contact at Harrowgate Borough Council.", ready(*many(lambda i: dc(i), [25, 42])), ["bulk_delete"])
add("blk-012", C, o, "bump every one of my leads up to prospect", ready(*many(uc, [28, 29, 32, 35, 37, 42, 44], lifecycle_stage="prospect")), ["bulk_filter", "my_leads"])
add("blk-013", C, b, "Cosmin is picking up all of Odile's insect monitoring deals", ready(*many(ud, [2, 16, 37], owner_id=3)), ["bulk_filter", "ownership", "taking_over", "composed"])
add("blk-014", C, b, "move every open deal whose close date has already gone by to Oct 20", ready(*many(ud, [27, 31], close_date="2032-10-20")), ["bulk_filter", "past_dated"])
add("blk-015", C, c, "log a call against each of my Terms Out deals, I rang round them all this morning",
    ready(*[act(c, "call", deal=d, k=k) for k, d in enumerate([3, 6, 17])]), ["bulk_filter", "bulk_create"])
add("blk-016", C, l, "add a task to each Tollgate deal: send the pest-proofing checklist, due Friday",
    ready(task(l, FRI, deal=19, k=0), task(l, FRI, deal=20, k=1)), ["bulk_filter", "bulk_create"])
add("blk-017", C, b, "all rodent control deals closing before Oct 1: push them to the end of October", ready(*many(ud, [6, 11, 17, 27], close_date=EOO)), ["bulk_filter", "composed", "date_range"])
add("blk-018", C, l, "anything of mine closing this month, push it to Oct 15", ready(*many(ud, [31, 35], close_date="2032-10-15")), ["bulk_filter", "date_range", "this_month"])
add("blk-019", C, b, "deals with no activity in 6 weeks: mark them went cold", ready(*many(ud, [15, 18, 30, 34, 37], stage=LOST)), ["bulk_filter", "no_activity"])
add("blk-020", C, o, "bump all my Treatment Plan deals over 50k to Terms Out", ready(*many(ud, [16, 32], stage=TO)), ["bulk_filter", "composed", "amount_filter"])
add("blk-021", C, b, "reassign all of Lamar's accounts to Cosmin", ready(*many(uco, [3, 6, 9, 12, 15, 18, 21, 24], owner_id=3)), ["bulk_filter", "ownership", "accounts"])
add("blk-022", C, b, "remove all of Cosmin's contacts who are still leads", ready(*many(lambda i: dc(i), [36, 39, 40, 43, 45])), ["bulk_delete", "composed"])
add("blk-023", C, l, "for my deals that have gone quiet for 3 weeks, set me a check-in task for Thursday",
    ready(task(l, THU, deal=15, k=0), task(l, THU, deal=20, k=1)), ["bulk_filter", "bulk_create", "no_activity"])
add("blk-024", C, b, "everything Odile has in Sighting goes to Lamar", ready(*many(ud, [29, 37], owner_id=5)), ["bulk_filter", "ownership"])
add("blk-025", C, l, "my Sighting deals under 10k: close date Jan 31", ready(*many(ud, [4, 15], close_date="2033-01-31")), ["bulk_filter", "composed", "amount_filter", "year_roll"])
add("blk-026", C, b, "give Cosmin's bird proofing deals to Lamar", ready(*many(ud, [3, 7], owner_id=5)), ["bulk_filter", "ownership"])
add("blk-027", C, o, "complete all my open tasks for Coldharbour Mill", ready(*many(lambda i: done(i), [9, 31])), ["bulk_filter", "done_task"])
add("blk-028", C, b, "Lamar's Inspection and Treatment Plan deals that close in October: push each close date out a week",
    ready(ud(9, close_date="2032-10-10"), ud(19, close_date="2032-11-01"), ud(20, close_date="2032-10-24"),
          ud(25, close_date="2032-10-08"), ud(28, close_date="2032-10-13")),
    ["bulk_filter", "composed", "either_stage", "date_range", "relative_to_record"])
add("blk-029", C, b, "delete the Secured insect monitoring deals", ready(*many(lambda i: dd(i), [8, 14])), ["bulk_delete", "closed_stage"])
add("blk-030", C, c, "all my contacts still sitting as leads - make them prospects", ready(*many(uc, [36, 39, 40, 43, 45], lifecycle_stage="prospect")), ["bulk_filter", "my_leads"])
add("blk-031", C, b, "Cosmin's open deals over 15k that haven't had any activity for 4 weeks go to Odile", ready(*many(ud, [13, 30], owner_id=1)), ["bulk_filter", "composed", "no_activity", "ownership", "amount_filter"])
add("blk-032", C, l, "all my deals closing between Oct 1 and Oct 15 -> close date Oct 31", ready(*many(ud, [9, 25, 28], close_date=EOO)), ["bulk_filter", "date_range"])
add("blk-033", C, b, "deals over 20k with no activity in 30 days: set the close date to Dec 15", ready(*many(ud, [13, 20, 30, 37], close_date="2032-12-15")), ["bulk_filter", "composed", "no_activity", "amount_filter"])
add("blk-034", C, o, "everyone at Brightwater Bakery is a customer now", ready(*many(uc, [1, 29], lifecycle_stage="customer")), ["bulk_filter", "everyone_at", "near_duplicate"])
add("blk-035", C, c, "my Sighting and Inspection deals that have been quiet for 2 weeks - give them all a close date of Dec 20", ready(*many(ud, [13, 18, 30, 34], close_date="2032-12-20")), ["bulk_filter", "composed", "either_stage", "no_activity"])
add("blk-036", C, b, "hand Odile's rodent control deals closing in October to Cosmin", ready(*many(ud, [1, 32], owner_id=3)), ["bulk_filter", "composed", "ownership", "date_range", "hand"])

# ====================================================================== multi_intent
C = "multi_intent"
add("mul-001", C, o, "Met Benedetta Okonjo at the bakery this morning, move Brightwater Bakery Rodent Control to Terms Out and remind me to send her the service terms Friday",
    ready(act(o, "meeting", contact=1), ud(1, stage=TO), task(o, FRI, contact=1)), ["multi", "clause_scope", "pronoun_person", "near_duplicate"])
add("mul-002", C, c, "Jago Penberthy called - Hathersage Rodent Contract is now 91k, close date Oct 1",
    ready(act(c, "call", contact=3), ud(6, amount=91000, close_date="2032-10-01")), ["multi", "clause_scope", "same_record", "near_duplicate"])
add("mul-003", C, l, "Add Gaius Trelawny at Lindfield Noodle Bar, gaius@lindfieldnoodles.com, and log a call with him today",
    ready(ccontact(l, "Gaius", "Trelawny", 18, "gaius@lindfieldnoodles.com"), act(l, "call", contact=46, company=18)), ["multi", "new_record_ref", "comma_list"])
add("mul-004", C, b, "Give Blackthorn Dairy to Odile and delete the contact Tobiah Greenhalgh",
    ready(uco(15, owner_id=1), dc(38)), ["multi", "ownership"])
add("mul-005", C, o, "new company Yelverton Surgery, new contact Hesper Rudd there, and a washroom hygiene deal with her for 6k",
    ready(ccompany(o, "Yelverton Surgery"), ccontact(o, "Hesper", "Rudd", 26),
          cdeal(o, 26, amount=6000, product=WASH, contact=46)), ["multi", "chain_create"])
add("mul-006", C, c, "Emailed Anneliese Drabble the netting drawings and set a task to chase her Thursday",
    ready(act(c, "email", contact=9), task(c, THU, contact=9)), ["multi", "pronoun_person"])
add("mul-007", C, l, "Wexley Grange Heat Treatment to Secured, Pollard's Insect Monitoring to Treatment Plan",
    ready(ud(9, stage=WON), ud(35, stage=TP)), ["multi", "terse", "won"])
add("mul-008", C, o, "Coldharbour Mill Rodent Control is secured! also a note on Coldharbour Mill: ask about the second silo",
    ready(ud(11, stage=WON), act(o, "note", company=7)), ["multi", "note_on", "won"])
add("mul-009", C, c, "Met Rhiannon Tuckwell at Penwortham on Friday, she's an opportunity now",
    ready(act(c, "meeting", FRI_P, contact=33), uc(33, lifecycle_stage="opportunity")), ["multi", "date"])
add("mul-010", C, l, "Called Barnabas Cheeseman about the Blackthorn Dairy Rodent Control, moving it to Inspection; remind me to send the bait plan tomorrow",
    ready(act(l, "call", contact=18, deal=24), ud(24, stage=IN), task(l, TMRW, contact=18, deal=24)), ["multi", "inherit"])
add("mul-011", C, o, "Torquil Stansfield's email is torquil@elmsteadgeneral.nhs.uk and his mobile is 07700 900 655",
    ready(uc(14, email="torquil@elmsteadgeneral.nhs.uk", phone="07700 900 655")), ["multi", "same_record", "phone"])
add("mul-012", C, b, "Move the Honeysett Washroom Hygiene to Lamar and mark Cosmin's washroom schedule task for Rosalba done",
    ready(ud(23, owner_id=5), done(16)), ["multi", "ownership", "done_task", "shared_word"])
add("mul-013", C, c, "Gildersleeve Rodent Control to Secured and 63k; log a meeting with Orlagh Brierley today",
    ready(ud(17, stage=WON, amount=63000), act(c, "meeting", contact=15)), ["multi", "clause_scope", "won"])
add("mul-014", C, o, "texted Piran Tregarthen, the Wyvern Golf Bird Proofing goes to Terms Out with a close date of Oct 12",
    ready(act(o, "message", contact=7), ud(25, stage=TO, close_date="2032-10-12")), ["multi", "clause_scope", "near_duplicate", "deal_owner"])
add("mul-015", C, o, "Done - sent the bait-station map to Benedetta Okonjo. Also push Brightwater Bakery Rodent Control close date to Oct 21",
    ready(done(1), ud(1, close_date="2032-10-21")), ["multi", "done_task"])
add("mul-016", C, c, "new contact Evered Mallinson at Rookwood Stables, evered@rookwoodstables.com, and add a task to send him the rodent plan Thursday",
    ready(ccontact(c, "Evered", "Mallinson", 23, "evered@rookwoodstables.com"), task(c, THU, contact=46, company=23)), ["multi", "new_record_ref"])
add("mul-017", C, l, "log a call with Alonzo Threlkeld and move Tidemill Bird Proofing to Treatment Plan",
    ready(act(l, "call", contact=24), ud(31, stage=TP)), ["multi", "clause_scope"])
add("mul-018", C, b, "Add company Ravenglass Lido with Cosmin as owner, then a washroom hygiene deal there for 9k, also Cosmin's",
    ready(ccompany(b, "Ravenglass Lido", owner=c), cdeal(b, 26, amount=9000, product=WASH, owner=c)), ["multi", "ownership", "chain_create"])
add("mul-019", C, o, "Note on Elmstead General Hospital: infection control signed off the plan. Elmstead Hospital Insect Monitoring -> Terms Out",
    ready(act(o, "note", company=10), ud(16, stage=TO)), ["multi", "note_on"])
add("mul-020", C, c, "Rookwood Stables Rodent Control has gone cold and Jessamine Royle is now churned",
    ready(ud(34, stage=LOST), uc(26, lifecycle_stage="churned")), ["multi", "lost"])
add("mul-021", C, l, "met Fabian Quartermaine on Thursday about Tollgate Washroom Hygiene and set its close date to Oct 27",
    ready(act(l, "meeting", THU_P, contact=16, deal=20), ud(20, close_date="2032-10-27")), ["multi", "date"])
add("mul-022", C, o, "Greywing Data Hall Monitoring: 24k. And Greywing Data Centre's domain is greywing.co.uk",
    ready(ud(37, amount=24000), uco(25, domain="greywing.co.uk")), ["multi", "amount"])
add("mul-023", C, c, "emailed Orlagh Brierley and Horace Penhallow the revised terms",
    ready(act(c, "email", contact=15, k=0), act(c, "email", contact=36, k=1)), ["multi", "two_people"])
add("mul-024", C, l, "Godfrey Latimer's phone is 0113 555 0903; he wants a call on Thursday, set me a task",
    ready(uc(27, phone="0113 555 0903"), task(l, THU, contact=27)), ["multi", "phone", "pronoun_person"])
add("mul-025", C, b, "Odile is picking up Gildersleeve Foods and the Gildersleeve Deep Fogging deal",
    ready(uco(11, owner_id=1), ud(18, owner_id=1)), ["multi", "ownership", "taking_over"])
add("mul-026", C, o, "ok quick brain dump before the depot visit: had a call with Nkechi Arrowsmith this morning, she's happy with the bait plan; Harrowgate Depot Rodent Control should go to Terms Out; and remind me to send Pilar Esterbrook the framework forms Thursday",
    ready(act(o, "call", contact=25), ud(32, stage=TO), task(o, THU, contact=42)), ["multi", "rambling", "clause_scope"])
add("mul-027", C, c, "Could you do two things for me? Set Wilfred Haddleton to opportunity, and log that I met him yesterday.",
    ready(uc(30, lifecycle_stage="opportunity"), act(c, "meeting", YDAY, contact=30)), ["multi", "polite", "wrapper"])
add("mul-028", C, l, "Dear all, please note: Ezekiel Bamford is now a customer, and Wexley Grange Heat Treatment should move to Terms Out. Kind regards, Lamar",
    ready(uc(12, lifecycle_stage="customer"), ud(9, stage=TO)), ["multi", "formal_email"])
add("mul-029", C, c, "Met Obadiah Sutcliffe about the Cresswell Court Rodent Control on Friday; remind me to send the revised bin-store plan Monday",
    ready(act(c, "meeting", FRI_P, contact=20, deal=27), task(c, MON, contact=20, deal=27)), ["multi", "inherit", "date"])
add("mul-030", C, l, "met Jago Winterbottom at the store, move Tollgate Rodent Control to Treatment Plan at 138k, remind me Friday",
    ready(act(l, "meeting", contact=4), ud(19, stage=TP, amount=138000), task(l, FRI, contact=4, deal=19)), ["multi", "inherit", "clause_scope", "terse"])
add("mul-032", C, c, "new note on gildersleeve foods comma they want weekly visits right through christmas and then move gildersleeve deep fogging to inspection",
    ready(act(c, "note", company=11), ud(18, stage=IN)), ["multi", "note_on", "dictation"])
add("mul-031", C, o, "met Yvaine Pocklington at the clubhouse, and hand the Wyvern Golf Resort account to Lamar",
    ready(act(o, "meeting", contact=19), uco(16, owner_id=5)), ["multi", "ownership", "hand"])

# ====================================================================== reference (history)
C = "reference"
add("ref-001", C, c, "the fogging one", ready(ud(18, stage=TO)), ["history", "pick_option"], ["move the Gildersleeve deal to Terms Out"])
add("ref-002", C, o, "Benedetta Okonjo", ready(act(o, "call", contact=1)), ["history", "pick_option", "near_duplicate"], ["log a call with Benedetta this morning"])
add("ref-003", C, l, "the brasserie", ready(act(l, "note", company=3)), ["history", "pick_option"], ["note on Fennick Row: the new head chef starts in October"])
add("ref-004", C, b, "move it to Terms Out", ready(ud(19, stage=TO)), ["history", "after_question"], ["what's the biggest open deal?"])
add("ref-005", C, l, "I rang him yesterday, log it", ready(act(l, "call", YDAY, contact=27)), ["history", "after_question", "pronoun_person"], ["who's the contact on Pollard's Insect Monitoring?"])
add("ref-006", C, c, "update it to anneliese@brightwatermarina.co.uk", ready(uc(9, email="anneliese@brightwatermarina.co.uk")), ["history", "after_question"], ["what's Anneliese Drabble's email?"])
add("ref-007", C, o, "push its close date to Oct 2", ready(ud(11, close_date="2032-10-02")), ["history", "after_question"], ["when does the Coldharbour Mill Rodent Control close?"])
add("ref-008", C, b, "and give that company to Odile", ready(uco(18, owner_id=1)), ["history", "ownership"], ["add a note on Lindfield Noodle Bar: they're refitting the kitchen in November"])
add("ref-009", C, c, "set a task to send her the care home pest policy Thursday", ready(task(c, THU, contact=8)), ["history", "pronoun_person", "shared_word"], ["met Rosalba Wexley at Honeysett today"])
add("ref-010", C, l, "the washroom one", ready(done(4)), ["history", "pick_option", "done_task"], ["mark the Tollgate follow-up inspection task done"])
add("ref-011", C, o, "Piran", ready(uc(7, phone="07700 900 144")), ["history", "pick_option", "last_name_only", "first_name_pick"], ["Tregarthen's new mobile is 07700 900 144"])
add("ref-012", C, c, "mark them all secured", ready(*many(ud, [3, 6, 17], stage=WON)), ["history", "after_question", "won"], ["which of my deals are in Terms Out?"])
add("ref-013", C, o, "ah no, drop that", nochange(), ["history", "never_mind"], ["create a deal for Riverbend Cinema: bird proofing, 3k"])
add("ref-014", C, l, "slip it to Oct 9", ready(ud(35, close_date="2032-10-09")), ["history", "after_question"], ["what's the close date on Pollard's Insect Monitoring?"])
add("ref-015", C, c, "she's a customer now too, update her", ready(uc(15, lifecycle_stage="customer")), ["history"], ["log a meeting with Orlagh Brierley yesterday"])
add("ref-016", C, b, "give it to Cosmin", ready(uco(6, owner_id=3)), ["history", "after_question", "ownership", "account_owner"], ["who owns the Wexley Grange Hotel account?"])
add("ref-017", C, o, "the insect one", ready(act(o, "note", deal=2)), ["history", "pick_option", "note_on"], ["note on the Brightwater Bakery deal: the production manager wants a call before anything is signed"])
add("ref-018", C, o, "set a follow-up with her for Friday", ready(task(o, FRI, contact=25)), ["history", "pronoun_person"], ["Nkechi Arrowsmith called about the depot keys"])
add("ref-019", C, b, "hand them all to Lamar", ready(*many(ud, [3, 6, 7, 13, 17, 18, 23, 27, 30, 34], owner_id=5)), ["history", "after_question", "ownership", "hand"], ["how many open deals does Cosmin have?"])
add("ref-020", C, l, "Winterbottom", ready(act(l, "call", contact=4)), ["history", "pick_option", "last_name_only"], ["log a call with Jago"])
add("ref-021", C, l, "the academy", ready(cdeal(l, 4, amount=2400, product=WASH)), ["history", "pick_option", "near_duplicate"], ["set up a deal for Fennick Row: washroom hygiene, 2.4k"])
add("ref-022", C, b, "push both to the end of October", ready(ud(27, close_date=EOO), ud(31, close_date=EOO)), ["history", "after_question", "past_dated"], ["which open deals have already blown through their close date?"])
add("ref-023", C, c, "those are all done now, close them", ready(done(6), done(10), done(19)), ["history", "after_question", "done_task", "overdue"], ["which of my tasks have gone past their due date?"])
add("ref-024", C, o, "change it to rupinder@fennickrow.sch.uk", ready(uc(10, email="rupinder@fennickrow.sch.uk")), ["history", "after_question"], ["what's Rupinder Gosling's email?"])
add("ref-025", C, c, "bump it to 30k", ready(ud(3, amount=30000)), ["history", "after_question", "amount"], ["what's open with Brightwater Marina?"])
add("ref-026", C, b, "we're moving it to Lamar", ready(uco(7, owner_id=5)), ["history", "after_question", "ownership", "moving_to"], ["who owns the Coldharbour Mill account?"])
add("ref-027", C, l, "the heat treatment one", ready(ud(9, stage=TO)), ["history", "pick_option"], ["move the Wexley Grange deal to Terms Out"])
add("ref-028", C, o, "Lowri", ready(act(o, "call", contact=6)), ["history", "pick_option", "first_name_pick"], ["log a call with Tregarthen"])
add("ref-029", C, c, "no wait, make that Inspection", ready(ud(30, stage=IN)), ["history", "correction"], ["move Kelsall Pet Foods Rodent Control to Treatment Plan"])
add("ref-030", C, l, "and log that I texted him", ready(act(l, "message", contact=41)), ["history", "pronoun_person"], ["Sholto Macaulay's number is 07700 900 388"])
# ====================================================================== clarification
C = "clarification"
add("clr-001", C, o, "note on Brightwater: the new production manager starts in October", clar("companies:1", "companies:2"), ["clarification", "shared_first_word", "note_on"])
add("clr-002", C, b, "move Fennick Row to Cosmin", clar("companies:3", "companies:4"), ["clarification", "shared_first_word", "ownership"])
add("clr-003", C, o, "call with Benedetta just now", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-004", C, c, "Jago's new email is jago.p@outlook.com", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-005", C, o, "Tregarthen asked for a callback, log that I rang", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only"])
add("clr-006", C, o, "move the Brightwater Bakery deal to Terms Out", clar("deals:1", "deals:2"), ["clarification", "two_open_deals"])
add("clr-007", C, c, "the Hathersage deal is now 95k", clar("deals:6", "deals:7"), ["clarification", "two_open_deals", "closed_not_offered"])
add("clr-008", C, l, "mark the Tollgate inspection task done", clar("tasks:3", "tasks:4"), ["clarification", "same_title_task", "done_task"])
add("clr-009", C, o, "done - sent the bait-station map to Benedetta", clar("tasks:1", "tasks:2"), ["clarification", "same_title_task", "done_task", "near_duplicate"])
add("clr-010", C, c, "push the Gildersleeve deal to Nov 2", clar("deals:17", "deals:18"), ["clarification", "two_open_deals"])
add("clr-011", C, l, "Tollgate deal close date Dec 9", clar("deals:19", "deals:20"), ["clarification", "two_open_deals", "terse"])
add("clr-012", C, l, "the Fennick Row deal is worth 8k now", clar("deals:4", "deals:5"), ["clarification", "shared_first_word"])
add("clr-013", C, c, "Brightwater's new domain is brightwater.co.uk", clar("companies:1", "companies:2"), ["clarification", "shared_first_word"])
add("clr-014", C, o, "emailed Benedetta the revised bait plan", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-015", C, l, "Jago wants a call on Thursday, set a task", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-016", C, b, "the Brightwater account owner is now Lamar", clar("companies:1", "companies:2"), ["clarification", "shared_first_word", "ownership"])
add("clr-017", C, o, "the Tregarthen number is 07700 900 615", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only", "phone"])
add("clr-018", C, b, "Please push the Wexley Grange deal out to 30 November.", clar("deals:9", "deals:10"), ["clarification", "two_open_deals", "formal"])
add("clr-019", C, l, "note on Wexley: wants the revised figures before the end of the month", clar("companies:6", "contacts:8"), ["clarification", "shared_word", "note_on"])
add("clr-021", C, b, "set the Hathersage deal's close date to Oct 30", clar("deals:6", "deals:7"), ["clarification", "two_open_deals", "closed_not_offered"])
add("clr-020", C, b, "give the Tregarthen contact to Cosmin", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only", "ownership"])

# ====================================================================== refusal
C = "refusal"
add("rfs-001", C, w, "move Tollgate Rodent Control to Terms Out", rej("reviewer"), ["refusal", "reviewer"])
add("rfs-002", C, w, "push all of Cosmin's Terms Out deals to the end of October", rej("reviewer"), ["refusal", "reviewer", "bulk_filter"])
add("rfs-003", C, w, "log a call with Benedetta Okonjo and move Brightwater Bakery Rodent Control to Terms Out", rej("reviewer"), ["refusal", "reviewer", "multi"])
add("rfs-004", C, w, "Add Sabeline Crouch at Penwortham Leisure Centre, sabeline@penworthamleisure.org", rej("reviewer"), ["refusal", "reviewer", "comma_list"])
add("rfs-005", C, w, "note on Kelsall Pet Foods: they asked for a copy of our pest-control certificate", rej("reviewer"), ["refusal", "reviewer", "note_on"])
add("rfs-006", C, w, "done - sent the contract terms to Godfrey Latimer", rej("reviewer"), ["refusal", "reviewer", "done_task"])
add("rfs-007", C, o, "delete Hamnet Saltonstall", rej("admin"), ["refusal", "rep_delete"])
add("rfs-008", C, c, "delete the Kelsall Pet Foods Rodent Control deal", rej("admin"), ["refusal", "rep_delete"])
add("rfs-009", C, l, "remove Lindfield Noodle Bar from the CRM", rej("admin"), ["refusal", "rep_delete"])
add("rfs-010", C, c, "delete all the Went Cold deals", rej("admin"), ["refusal", "rep_delete", "bulk_delete"])
add("rfs-011", C, l, "move Tollgate Washroom Hygiene to Negotiation", rej("negotiation"), ["refusal", "unknown_stage"])
add("rfs-012", C, o, "mark Greywing Data Hall Monitoring as Proposal", rej("proposal"), ["refusal", "unknown_stage"])
add("rfs-013", C, c, "Hathersage Bird Proofing -> Quoted", rej("quoted"), ["refusal", "unknown_stage"])
add("rfs-014", C, b, "give Saltcote Brewery to Priya", rej("priya"), ["refusal", "unknown_user"])
add("rfs-015", C, b, "Kasia takes over the Tollgate Rodent Control", rej("kasia"), ["refusal", "unknown_user"])
add("rfs-016", C, c, "log a call with Peregrine Tuttlebury", rej("tuttlebury"), ["refusal", "unknown_contact"])
add("rfs-017", C, l, "note on Quarrington Tannery: they've got rats in the hide store", rej("quarrington"), ["refusal", "unknown_company", "note_on"])
add("rfs-018", C, o, "Fennick Row Academy Washrooms amount minus 3k", rej("negative"), ["refusal", "negative_amount"])
add("rfs-019", C, o, "set Netherby Cookery School Fogging to -8,200", rej("negative"), ["refusal", "negative_amount"])
add("rfs-020", C, o, "Rupinder Gosling's email is rupinder at fennickrow", rej("email"), ["refusal", "bad_email"])
add("rfs-021", C, w, "Could you hand the Riverbend Cinema account to Lamar?", rej("reviewer"), ["refusal", "reviewer", "ownership", "polite"])
add("rfs-022", C, l, "Celestine Harcourt is now a VIP", rej("vip"), ["refusal", "unknown_lifecycle"])
add("rfs-023", C, w, "remind me to call Torquil Stansfield tomorrow", rej("reviewer"), ["refusal", "reviewer", "task"])
add("rfs-024", C, c, "Gildersleeve Deep Fogging is -15k now", rej("negative"), ["refusal", "negative_amount"])

# ====================================================================== negation
C = "negation"
add("neg-001", C, o, "don't move Brightwater Bakery Rodent Control to Secured yet", nochange(), ["negation", "pure_negation"])
add("neg-002", C, c, "no need to log anything for the Penwortham visit", nochange(), ["negation", "pure_negation"])
add("neg-003", C, l, "leave Tollgate Rodent Control in Inspection", nochange(), ["negation", "leave_as_is"])
add("neg-004", C, o, "don't mark Elmstead Hospital Insect Monitoring as went cold - move it to Terms Out instead", ready(ud(16, stage=TO)), ["negation", "correction"])
add("neg-005", C, c, "not Terms Out - put Penwortham Washroom Hygiene in Treatment Plan", ready(ud(13, stage=TP)), ["negation", "correction"])
add("neg-006", C, l, "hold off on the Pollard's close date, don't change anything yet", nochange(), ["negation", "pure_negation"])
add("neg-007", C, b, "Don't reassign Harrowgate Borough Council; keep it with Odile.", nochange(), ["negation", "leave_as_is"])
add("neg-008", C, o, "actually, forget it", nochange(), ["negation", "never_mind", "history"], ["move Fennick Row Academy Washrooms to Treatment Plan"])
add("neg-009", C, c, "no, don't set a reminder for that", nochange(), ["negation", "history", "never_mind"], ["remind me to call Wilfred Haddleton tomorrow"])
add("neg-010", C, l, "Wyvern Golf Bird Proofing stays at 31k, don't touch it", nochange(), ["negation", "leave_as_is"])
add("neg-011", C, o, "don't complete the Coldharbour roof access task, just log a call with Leocadia Brompton", ready(act(o, "call", contact=32)), ["negation", "partial"])
add("neg-012", C, c, "Not 13.5k - the Gildersleeve Deep Fogging is 14.25k", ready(ud(18, amount=14250)), ["negation", "correction", "amount"])
add("neg-013", C, l, "no need to change the stage, just set Wexley Grange Heat Treatment's close date to Oct 11", ready(ud(9, close_date="2032-10-11")), ["negation", "partial"])
add("neg-014", C, b, "Do not delete Cresswell Court Flats, just move it to Lamar", ready(uco(17, owner_id=5)), ["negation", "ownership"])
add("neg-015", C, o, "scrap the reminder", nochange(), ["negation", "never_mind", "history"], ["remind me to chase Emmerich Dunsford on Friday"])
add("neg-016", C, c, "Please do not change the Hathersage Rodent Contract stage, it is staying in Terms Out for now", nochange(), ["negation", "leave_as_is", "non_native"])
add("neg-017", C, l, "wait no, leave it where it is", nochange(), ["negation", "never_mind", "history"], ["move Lindfield Noodle Bar Insect Monitoring to Terms Out"])
add("neg-018", C, o, "don't create a task, I've already rung Cuthbert Ramsbottom - just log the call", ready(act(o, "call", contact=22)), ["negation", "partial"])

# ====================================================================== correction
C = "correction"
add("cor-001", C, o, "set Fennick Row Academy Washrooms to 12k - sorry, 14k", ready(ud(5, amount=14000)), ["correction", "amount"])
add("cor-002", C, c, "Hathersage Bird Proofing close date Oct 20, make that Oct 22", ready(ud(7, close_date="2032-10-22")), ["correction", "date"])
add("cor-003", C, l, "the Tollgate washroom deal should be 50k instead of 48k", ready(ud(20, amount=50000)), ["correction", "instead_of"])
add("cor-004", C, o, "Sidonie Blakeway's email is sidonie@greywing.io - no wait, greywingdc.com", ready(uc(28, email="sidonie@greywingdc.com")), ["correction", "email"])
add("cor-005", C, c, "move Kelsall Pet Foods Rodent Control to Terms Out, scratch that, Inspection", ready(ud(30, stage=IN)), ["correction", "scratch_that"])
add("cor-006", C, l, "task to call Dervla Oxenham Wednesday - actually Thursday", ready(task(l, THU, contact=34)), ["correction", "task"])
add("cor-007", C, b, "Give Penwortham Leisure Centre to Odile... no, to Lamar", ready(uco(8, owner_id=5)), ["correction", "ownership"])
add("cor-008", C, o, "log a call with Leocadia Brompton - sorry, it was a meeting", ready(act(o, "meeting", contact=32)), ["correction"])
add("cor-009", C, c, "Gildersleeve Rodent Control amount 66k instead of 61k", ready(ud(17, amount=66000)), ["correction", "instead_of"])
add("cor-010", C, l, "Blackthorn Dairy Rodent Control to Inspection - no, keep it in Sighting and just change the close date to Nov 22", ready(ud(24, close_date="2032-11-22")), ["correction", "negation"])
add("cor-011", C, o, "new contact Marcellus Thwing at Coldharbour Mill, mthwing@coldharbourmill.co.uk - sorry, marcellus.thwing@coldharbourmill.co.uk", ready(ccontact(o, "Marcellus", "Thwing", 7, "marcellus.thwing@coldharbourmill.co.uk")), ["correction", "email"])
add("cor-012", C, c, "sorry, I meant Treatment Plan", ready(ud(3, stage=TP)), ["correction", "history"], ["move Brightwater Marina Bird Proofing to Inspection"])
add("cor-013", C, l, "scratch that, make Pollard's Insect Monitoring 10.5k rather than 9.8k", ready(ud(35, amount=10500)), ["correction", "scratch_that"])
add("cor-014", C, o, "Elmstead Hospital Insect Monitoring close date Nov 18 instead of Oct 11", ready(ud(16, close_date="2032-11-18")), ["correction", "instead_of", "date"])

# ====================================================================== typo
C = "typo"
add("typ-001", C, o, "moev brightwater bakry rodent controll to terms otu", ready(ud(1, stage=TO)), ["typo", "multi_typo"])
add("typ-002", C, c, "calld jago penbrthy at hathersage this mornign", ready(act(c, "call", contact=3)), ["typo", "multi_typo"])
add("typ-003", C, l, "tolgate rodent contrl amout 136k", ready(ud(19, amount=136000)), ["typo", "multi_typo"])
add("typ-004", C, o, "remnd me to cal Rupinder Gosling tomoro", ready(task(o, TMRW, contact=10)), ["typo", "multi_typo"])
add("typ-005", C, c, "Gildersleve deep foging close dat end of febuary", ready(ud(18, close_date="2033-02-28")), ["typo", "multi_typo", "year_roll"])
add("typ-006", C, l, "note on Blackthorn Diary: farm manger wants tamper-proof boxes", ready(act(l, "note", company=15)), ["typo", "note_on"])
add("typ-007", C, o, "Riverbend cinema heat treatmnet secured", ready(ud(21, stage=WON)), ["typo", "won"])
add("typ-008", C, c, "penwortham washrom hygeine to treatmnt plan pls", ready(ud(13, stage=TP)), ["typo", "multi_typo", "mobile"])
add("typ-009", C, l, "emaild Meilin Foxcrof the insect monitering price", ready(act(l, "email", contact=21)), ["typo", "multi_typo"])
add("typ-010", C, b, "hand Rookwod Stables to Lamar", ready(uco(23, owner_id=5)), ["typo", "ownership", "hand"])
add("typ-011", C, o, "Benedeta Okonjo new phone 07700 900 274", ready(uc(1, phone="07700 900 274")), ["typo", "phone", "near_duplicate"])
add("typ-012", C, c, "Rookwood Stabels Rodent Contrl 8k", ready(ud(34, amount=8000)), ["typo", "amount"])
add("typ-013", C, l, "Fenick Row brasserie deep fogging > inspection", ready(ud(4, stage=IN)), ["typo", "multi_typo"])
add("typ-014", C, o, "met Lowri Tregarthn at coldharbor yesterdya", ready(act(o, "meeting", YDAY, contact=6)), ["typo", "multi_typo", "date"])
add("typ-015", C, c, "done - sent the washrom schedule to Rosalba Wexly", ready(done(16)), ["typo", "done_task"])
add("typ-016", C, l, "wexley grnage heat treatmnt: $26k", ready(ud(9, amount=26000)), ["typo", "amount"])

# ====================================================================== unsupported
C = "unsupported"
add("uns-001", C, o, "reschedule the Sidonie Blakeway brochure task to next month", rej(), ["unsupported", "reschedule"])
add("uns-002", C, c, "rename the Cresswell Court purchase order task to 'Chase PO'", rej(), ["unsupported", "task_rename"])
add("uns-003", C, l, "delete the call I logged with Meilin Foxcroft yesterday", rej(), ["unsupported", "activity_edit"])
add("uns-004", C, b, "Merge Jago Penberthy and Jago Winterbottom into one contact.", rej(), ["unsupported", "merge"])
add("uns-005", C, o, "reopen the Harrowgate netting rota task", rej(), ["unsupported", "reopen"])
add("uns-006", C, c, "change the date on my Jago Penberthy meeting from Friday to Thursday", rej(), ["unsupported", "activity_edit"])
add("uns-007", C, l, "cancel the Godfrey Latimer testimonial task", rej(), ["unsupported", "task_cancel"])
add("uns-008", C, o, "can you dump my deals into an Excel file for me", rej(), ["unsupported", "export"])
add("uns-009", C, c, "move the Anneliese Drabble quote task to Sep 30", rej(), ["unsupported", "reschedule"])
add("uns-010", C, b, "Reassign Lamar's Meilin Foxcroft price task to Cosmin.", rej(), ["unsupported", "task_reassign"])
add("uns-011", C, l, "can you print the COSHH sheets for the Tollgate job?", rej(), ["unsupported", "document"])
# ====================================================================== questions (answers from validate_seventh.QUESTIONS)
C = "question"
QS = [
    ("qst-001", w, "what open deals do we have with Brightwater Bakery?", ["company_deals", "near_duplicate"]),
    ("qst-002", b, "list every deal Hathersage Distribution has ever had", ["company_deals", "closed_included"]),
    ("qst-003", c, "what have I got closing before the end of September?", ["closing", "my"]),
    ("qst-004", b, "how many deals are sitting in Treatment Plan?", ["count", "stage"]),
    ("qst-005", o, "what's my open pipeline worth?", ["pipeline", "sum", "my"]),
    ("qst-006", l, "what's Jago Winterbottom's phone number?", ["contact_info", "near_duplicate"]),
    ("qst-007", w, "who owns Brightwater Marina?", ["owner", "account_owner", "near_duplicate"]),
    ("qst-008", c, "when did we last speak to Orlagh Brierley?", ["last_touch"]),
    ("qst-009", b, "which deals have had no activity in 4 weeks?", ["stale_deals", "no_activity"]),
    ("qst-010", o, "what tasks have I got open?", ["tasks", "my"]),
    ("qst-011", c, "which of my tasks have gone past their due date?", ["tasks", "overdue", "my"]),
    ("qst-012", w, "how much have we secured this year?", ["won_lost", "sum"]),
    ("qst-013", b, "which open deal is worth the most?", ["biggest_deal"]),
    ("qst-014", l, "who's the contact on Tollgate Washroom Hygiene?", ["deal_contact"]),
    ("qst-015", o, "what's Benedetta Lascelles's email?", ["contact_info", "near_duplicate"]),
    ("qst-016", w, "who do we know at Tollgate Supermarket?", ["company_contacts"]),
    ("qst-017", b, "how many contacts do we have at Elmstead General Hospital?", ["count", "company_contacts"]),
    ("qst-018", c, "which deals went cold?", ["won_lost", "lost"]),
    ("qst-019", w, "which deals are in Terms Out?", ["pipeline", "stage"]),
    ("qst-020", b, "what's the total of Cosmin's Terms Out deals?", ["pipeline", "sum"]),
    ("qst-021", l, "when does Wexley Grange Heat Treatment close?", ["closing", "date", "shared_word"]),
    ("qst-022", o, "which accounts do I own?", ["owner", "accounts", "my"]),
    ("qst-023", c, "how much is Lindfield Noodle Bar Insect Monitoring worth?", ["amount"]),
    ("qst-024", w, "which open deals are for bird proofing?", ["product"]),
    ("qst-025", c, "which of my deals have gone quiet for three weeks?", ["stale_deals", "my", "no_activity"]),
    ("qst-026", b, "how many open deals does Lamar have?", ["count"]),
    ("qst-027", o, "what have I got due this week?", ["tasks", "this_week", "my"]),
    ("qst-028", l, "where does Sholto Macaulay work and what's his role?", ["contact_info", "job_title"]),
    ("qst-029", c, "what's Fennick Row Academy's website?", ["company_info", "near_duplicate"]),
    ("qst-030", w, "which open deals have already blown through their close date?", ["closing", "past_dated"]),
    ("qst-031", b, "how many tasks are overdue across the team?", ["count", "overdue"]),
    ("qst-032", o, "what did we secure with Harrowgate Borough Council?", ["won_lost"]),
    ("qst-033", w, "who owns the Wyvern Golf Bird Proofing deal?", ["owner", "deal_owner"]),
    ("qst-034", b, "who's the account owner for Wyvern Golf Resort?", ["owner", "account_owner"]),
    ("qst-035", l, "what stage is Tollgate Rodent Control at?", ["stage"]),
    ("qst-036", w, "what's the total value of open rodent control deals?", ["pipeline", "sum", "product"]),
    ("qst-037", b, "which open deals are over 60k?", ["amount_filter"]),
    ("qst-038", c, "which contacts do we have at Brightwater Marina?", ["company_contacts", "near_duplicate"]),
    ("qst-039", o, "what's Cosmin Pellegrino's number?", ["contact_info", "user_name_clash"]),
    ("qst-040", w, "how many companies have we got on file?", ["count"]),
    ("qst-041", b, "which of Lamar's contacts are still leads?", ["my_leads"]),
    ("qst-042", o, "how much is the Brightwater Bakery Insect Monitoring deal?", ["amount", "near_duplicate"]),
    ("qst-043", o, "which of my deals close in October?", ["closing", "my"]),
    ("qst-044", w, "how much went cold this year?", ["won_lost", "lost", "sum"]),
    ("qst-045", b, "what's Lamar's average open deal size?", ["average_deal"]),
    ("qst-046", o, "how many things have I logged so far today?", ["activity", "today", "count", "my"]),
    ("qst-047", c, "how many deals have I secured?", ["won_lost", "count", "my"]),
    ("qst-048", c, "who's the contact on Hathersage Bird Proofing?", ["deal_contact"]),
    ("qst-049", l, "how many activities are logged against Tollgate Rodent Control?", ["activity", "count"]),
    ("qst-050", o, "what's Piran Tregarthen's email?", ["contact_info", "near_duplicate"]),
    ("qst-051", w, "what stage is Fennick Row Academy Washrooms in?", ["stage", "near_duplicate"]),
    ("qst-052", c, "which of my deals are still at Sighting?", ["stage", "my"]),
    ("qst-053", b, "what's the total open pipeline at Gildersleeve Foods?", ["pipeline", "sum"]),
    ("qst-054", w, "who owns Coldharbour Mill?", ["owner", "account_owner"]),
    ("qst-055", w, "which open deals are for washroom hygiene?", ["product"]),
    ("qst-056", b, "when's the Harrowgate Depot Rodent Control due to close?", ["closing", "date"]),
    ("qst-057", o, "what's Greywing Data Centre's industry?", ["company_info"]),
    ("qst-058", c, "what's the total of everything we secured in September?", ["won_lost", "sum", "period"]),
    ("qst-059", l, "which of my deals are in Treatment Plan?", ["stage", "my"]),
    ("qst-060", w, "which deals have had no activity in 6 weeks?", ["stale_deals", "no_activity"]),
    ("qst-061", b, "how many open deals are there in total?", ["count", "pipeline"]),
    ("qst-062", o, "what's Yvaine Pocklington's job title?", ["contact_info", "job_title"]),
    ("qst-063", c, "which deals close before Oct 1?", ["closing", "date_range"]),
    ("qst-064", b, "what does the whole open pipeline add up to?", ["pipeline", "sum"]),
    ("qst-065", l, "phone for Jago Penberthy", ["contact_info", "near_duplicate", "terse"]),
    ("qst-066", w, "which companies does Cosmin own?", ["owner", "accounts"]),
    ("qst-067", o, "when was the last activity on the Netherby Cookery School Fogging?", ["last_touch"]),
    ("qst-068", c, "what's Hortensia Mulholland's email?", ["contact_info"]),
    ("qst-069", l, "which contacts do we have at Fennick Row Brasserie?", ["company_contacts", "near_duplicate"]),
    ("qst-070", w, "how many deals went cold this year?", ["won_lost", "count", "lost"]),
    ("qst-071", b, "list Odile's deals in Treatment Plan", ["stage"]),
    ("qst-072", l, "what industry is Tidemill Fish Market in?", ["company_info"]),
    ("qst-073", o, "which deals did we secure last month?", ["won_lost", "period"]),
    ("qst-074", w, "what's Cosmin's average open deal size?", ["average_deal"]),
    ("qst-075", c, "who's the contact on the Brightwater Marina Bird Proofing deal?", ["deal_contact"]),
    ("qst-076", b, "how many open deals does Tollgate have?", ["count", "company_deals"]),
    ("qst-077", l, "when is my Godfrey Latimer contract terms task due?", ["tasks", "date"]),
    ("qst-078", o, "what's the tiniest open deal on the books?", ["biggest_deal", "smallest"]),
    ("qst-079", w, "what's open with Saltcote Brewery?", ["company_deals"]),
    ("qst-080", b, "what's the total of everything we secured in July?", ["won_lost", "sum", "period"]),
    ("qst-081", c, "Could you tell me which Inspection deals close in October?", ["closing", "stage", "polite"]),
    ("qst-082", b, "who's the owner of the Cresswell Court Rodent Control deal?", ["owner", "deal_owner"]),
    ("qst-083", l, "how many activities have I put in today?", ["activity", "today", "count", "my"]),
    ("qst-084", w, "what's Lamar got due this week?", ["tasks", "this_week"]),
    ("qst-085", o, "how much is sitting in Treatment Plan right now?", ["pipeline", "sum", "stage"]),
]
for qid, user, text, tags in QS:
    add(qid, C, user, text, Q(), tags)

DECLINES = [
    ("dec-001", o, "what's the weather going to be like at the Harrowgate depot on Friday?", []),
    ("dec-002", b, "what's Tollgate Supermarket's annual turnover?", []),
    ("dec-003", c, "how many people work at Gildersleeve Foods?", []),
    ("dec-004", w, "who runs facilities at Marchbrook Cold Stores?", []),
    ("dec-005", l, "what's the mobile number for Philippa Grimshaw?", []),
    ("dec-006", o, "what's our NPS looking like at the moment?", []),
    ("dec-007", b, "how many rats did we catch at Hathersage last month?", []),
    ("dec-008", c, "what did Kasia close last quarter?", []),
    ("dec-009", w, "what's the status of the Brightwater Brewery deal?", ["Brightwater Bakery Rodent Control", "Saltcote Brewery Bird Proofing"]),
    ("dec-010", l, "how much does a tonne of rodenticide cost at the moment?", []),
    ("dec-011", o, "what's Torquil Stansfield's LinkedIn?", []),
    ("dec-012", b, "what's our callback rate for the Tollgate stores?", []),
    ("dec-013", c, "which Fennick Row Bakery contacts do we have?", ["Celestine Harcourt", "Rupinder Gosling"]),
    ("dec-014", w, "what's Wexley Grange Hotel's credit rating?", []),
]
for qid, user, text, ex in DECLINES:
    add(qid, C, user, text, DECLINE(*ex), ["question", "decline"])


def fill_answers() -> None:
    from validate_seventh import question_answers
    answers = question_answers()
    for it in ITEMS:
        e = it["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it["id"]]


def main() -> None:
    from validate_seventh import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it["id"]: it for it in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[i], ensure_ascii=False) + "\n" for i in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
