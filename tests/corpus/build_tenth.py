"""Writes tenth_dev.jsonl and tenth_test.jsonl: the hand-written items of the tenth corpus (fixture J, Ousefleet
Facility Services), in the seeded stratified split (random.Random(20360311)). One add(...) per item. The helpers
only type link ids once (a contact gives its company; a deal gives its company and, when no person is named, its
contact), fill the acting user in as owner/author, and number new records from the next free id. Question answers are
filled from the SQL in validate_tenth.QUESTIONS (the only labels taken from SQL); everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_tenth.py
(then check with: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_tenth.py)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_j import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"cosimo": 1, "damaris": 2, "eustace": 3, "hermione": 4, "jedidiah": 5}
NEXT = {"companies": 26, "contacts": 46, "deals": 39, "activities": 401, "tasks": 43}
TODAY = "2036-03-11"  # a Tuesday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, text, expect, tags, history=()):
    tags = list(tags)
    if user == "damaris" and "manager" not in tags:  # the admin writes as the operations manager
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


def cdeal(u, company, stage="Callback", amount=None, close=None, product=None, contact=None, name=None, owner=None,
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
CB, SA, TC, TR, WON, LOST = "Callback", "Site Audit", "Trial Clean", "Tender Review", "Mobilised", "Stood Down"
JAN, DEEP, WASH, WIN, FLOOR, KITCH = ("Janitorial Contract", "Deep Clean", "Washroom Services", "Window Cleaning",
                                      "Floor Care", "Kitchen Degreasing")
# dates (today is Tuesday 2036-03-11). Past days, for activities:
YDAY, SUN_P, SAT_P, FRI_P, THU_P, WED_P = "2036-03-10", "2036-03-09", "2036-03-08", "2036-03-07", "2036-03-06", "2036-03-05"
# future, for tasks and deals ("Tuesday" and "next <weekday>" are never used for a future date)
TMRW, THU, FRI, MON, WEEK, WK_ON_FRI = "2036-03-12", "2036-03-13", "2036-03-14", "2036-03-17", "2036-03-18", "2036-03-21"
IN3, TWO_WEEKS, EOM, EOAPR, EOMAY, EOJUN = "2036-03-14", "2036-03-25", "2036-03-31", "2036-04-30", "2036-05-31", "2036-06-30"
WED = TMRW  # today is a Tuesday, so "Wednesday" is tomorrow
c, m, e, h, jd = "cosimo", "damaris", "eustace", "hermione", "jedidiah"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, c, "Kelderby Chambers Nightly Cleaning -> Tender Review", ready(ud(1, stage=TR)), ["stage", "terse", "near_duplicate"])
add("upd-002", C, e, "brisgow data hall deep clean is mobilised, the PO landed at 7am", ready(ud(8, stage=WON)), ["stage", "won", "lowercase"])
add("upd-003", C, jd, "Fenwarden Arcade Mall Cleaning is now 71k, they've added the multi-storey stairwells", ready(ud(6, amount=71000)), ["amount"])
add("upd-004", C, c, "could you change the close date on Wendlebury Library Cleaning to March 27?", ready(ud(21, close_date="2036-03-27")), ["date", "polite"])
add("upd-005", C, jd, "Ulverby Taproom Washrooms is stood down, the brewery's own porters are taking it on", ready(ud(20, stage=LOST)), ["stage", "lost"])
add("upd-006", C, e, "yelverton showroom glazing to tender review pls", ready(ud(23, stage=TR)), ["stage", "mobile", "lowercase"])
add("upd-007", C, c, "Skelwith Window Contract value 7,650", ready(ud(17, amount=7650)), ["amount", "terse"])
add("upd-008", C, jd, "Zennor Open Plan Floors - they want us to look at the carpet tiles before pricing, move it to Site Audit", ready(ud(24, stage=SA)), ["stage", "stage_word"])
add("upd-009", C, e, "Tarrow Kennel Washrooms close date end of April", ready(ud(18, close_date=EOAPR)), ["date", "terse"])
add("upd-010", C, c, "Hinderwell Schools Contract, ninety-four thousand", ready(ud(32, amount=94000)), ["amount", "words"])
add("upd-011", C, jd, "move Garrowby Kitchen Degreasing to Trial Clean, the head chef wants to see one extraction hood done first", ready(ud(29, stage=TC)), ["stage", "stage_word"])
add("upd-012", C, e, "Quernhow Line Sanitation - close date the 27th please", ready(ud(13, close_date="2036-03-27")), ["date"])
add("upd-013", C, c, "Lowick Coworking Janitorial amount: $23.4K", ready(ud(37, amount=23400)), ["amount"])
add("upd-014", C, jd, "mark Jervaulx Clinical Cleaning as won", ready(ud(35, stage=WON)), ["stage", "won"])
add("upd-015", C, e, "Inglebarrow Warehouse Floors lost. Our price was too high for them", ready(ud(34, stage=LOST)), ["stage", "lost"])
add("upd-016", C, c, "Pockthorpe Terminal Washrooms has slipped, new close date April 15", ready(ud(27, close_date="2036-04-15")), ["date", "past_dated"])
add("upd-017", C, jd, "Cotterdale Branch Cleaning: 22.75k and close it end of April", ready(ud(31, amount=22750, close_date=EOAPR)), ["amount", "date", "same_record"])
add("upd-018", C, e, "Birchover Changing Rooms Deep Clean - they signed!", ready(ud(28, stage=WON)), ["stage", "won", "stage_word"])
add("upd-019", C, c, "please update Marlstone Court Daily Cleaning to 58,500, they've dropped the Saturday clean", ready(ud(11, amount=58500)), ["amount", "polite"])
add("upd-020", C, jd, "Ravensmere Summer Turnaround into Trial Clean, close date June 30", ready(ud(15, stage=TC, close_date=EOJUN)), ["stage", "date", "same_record"])
add("upd-021", C, e, "Brisgow Office Janitorial has moved on to site audit", ready(ud(9, stage=SA)), ["stage"])
add("upd-022", C, c, "Fenwarden Dental Surgery Hygiene close May 29", ready(ud(4, close_date="2036-05-29")), ["date", "terse", "shared_word"])
add("upd-023", C, jd, "Tollhaven Foyer Floor Care value is now twenty thousand five hundred", ready(ud(10, amount=20500)), ["amount", "words"])
add("upd-024", C, e, "Kelderby Depot Washrooms: push the close date out by two weeks", ready(ud(3, close_date="2036-04-03")), ["date", "relative_date", "relative_to_record"])
add("upd-025", C, c, "Skelwith Window Contract is a goner, stood down", ready(ud(17, stage=LOST)), ["stage", "lost"])
add("upd-026", C, jd, "Abbotsleigh Gallery Cleaning - the trustees approved it, mobilised", ready(ud(25, stage=WON)), ["stage", "won"])
add("upd-027", C, e, "Quernhow Canteen Degreasing to site audit, close date end of May", ready(ud(14, stage=SA, close_date=EOMAY)), ["stage", "date"])
add("upd-028", C, c, "Pockthorpe Lounge Cleaning amount 15.2k", ready(ud(38, amount=15200)), ["amount", "terse"])
add("upd-029", C, jd, "since their facilities committee sits on the 24th, move Zennor Open Plan Floors to tender review", ready(ud(24, stage=TR)), ["stage", "reason_clause"])
add("upd-030", C, e, "Tarrow Kennel Washrooms is won 🎉", ready(ud(18, stage=WON)), ["stage", "won", "mobile"])
add("upd-031", C, c, "Kelderby Chambers Carpet Refresh back to callback, the partners have paused the refit", ready(ud(2, stage=CB)), ["stage", "stage_word"])
add("upd-032", C, jd, "set Garrowby Ballroom Floors to 13,750", ready(ud(30, amount=13750)), ["amount"])
add("upd-033", C, e, "Brisgow Data Hall Deep Clean close date March 31", ready(ud(8, close_date=EOM)), ["date"])
add("upd-034", C, c, "Hinderwell Schools Contract has been pushed back a week", ready(ud(32, close_date="2036-04-15")), ["date", "relative_to_record"])
add("upd-035", C, jd, "Fenwarden Arcade Glazing up to 21k, they want the atrium roof lights done as well", ready(ud(5, amount=21000)), ["amount"])
add("upd-036", C, m, "move Marlstone Court Daily Cleaning to Mobilised, the contract came back countersigned", ready(ud(11, stage=WON)), ["stage", "won"])
add("upd-037", C, m, "Ulverby Brewhouse Deep Clean, amount 31,200 and close date May 15", ready(ud(19, amount=31200, close_date="2036-05-15")), ["amount", "date"])
add("upd-038", C, m, "Lowick Coworking Janitorial to site audit please", ready(ud(37, stage=SA)), ["stage", "polite"])
add("upd-039", C, e, "Yelverton Showroom Glazing: 9.9k", ready(ud(23, amount=9900)), ["amount", "terse"])
add("upd-040", C, c, "Wendlebury Library Cleaning is dead in the water, stand it down", ready(ud(21, stage=LOST)), ["stage", "lost"])
add("upd-041", C, jd, "Jervaulx Clinical Cleaning close date Friday", ready(ud(35, close_date=FRI)), ["date"])
add("upd-042", C, e, "Quernhow Line Sanitation into tender review, value 49k", ready(ud(13, stage=TR, amount=49000)), ["stage", "amount"])
add("upd-043", C, c, "Fenwarden Dental Surgery Hygiene to site audit, we're going in on Thursday to look at the surgeries", ready(ud(4, stage=SA)), ["stage", "stage_word"])
add("upd-044", C, jd, "Ravensmere Summer Turnaround is worth 27,800 now that block C is included", ready(ud(15, amount=27800)), ["amount", "reason_clause"])
add("upd-045", C, m, "the Pockthorpe Terminal Washrooms close date is in the past, make it the end of April", ready(ud(27, close_date=EOAPR)), ["date", "past_dated"])
add("upd-046", C, e, "Birchover Changing Rooms Deep Clean amount 5,450", ready(ud(28, amount=5450)), ["amount"])
add("upd-047", C, c, "Kelderby Chambers Nightly Cleaning close date: 4/20", ready(ud(1, close_date="2036-04-20")), ["date", "near_duplicate"])
add("upd-048", C, jd, "Garrowby Kitchen Degreasing — $33,000", ready(ud(29, amount=33000)), ["amount", "terse"])
add("upd-049", C, m, "Inglebarrow Warehouse Floors should be at trial clean", ready(ud(34, stage=TC)), ["stage"])
add("upd-050", C, e, "the Tarrow deal is at 19.4k now", ready(ud(18, amount=19400)), ["amount", "company_deal"])
add("upd-051", C, c, "the Abbotsleigh deal → tender review", ready(ud(25, stage=TR)), ["stage", "company_deal", "closed_not_offered", "account_owner"])
add("upd-052", C, jd, "Cotterdale Branch Cleaning can go through to Trial Clean", ready(ud(31, stage=TC)), ["stage"])
add("upd-053", C, e, "Kelderby Depot Washrooms amount 16k even", ready(ud(3, amount=16000)), ["amount", "near_duplicate"])
add("upd-054", C, c, "Hinderwell Schools Contract close date Jan 20", ready(ud(32, close_date="2037-01-20")), ["date", "year_roll"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, c, "Iolanthe Gotobed's new mobile is 07700 900 418", ready(uc(1, phone="07700 900 418")), ["phone", "near_duplicate"])
add("uct-002", C, e, "new email for Mordecai Jowett: Mordecai.Jowett@BrisgowDC.com", ready(uc(3, email="mordecai.jowett@brisgowdc.com")), ["email", "near_duplicate"])
add("uct-003", C, jd, "Ulick Rawcliffe is an opportunity now", ready(uc(12, lifecycle_stage="opportunity")), ["lifecycle"])
add("uct-004", C, e, "Eustace Loughrey changed his number to 0161 496 7720", ready(uc(5, phone="0161 496 7720")), ["phone", "user_name_clash"])
add("uct-005", C, c, "Hesper Whitelock has moved over to Fenwarden Dental Group", ready(uc(17, company_id=4)), ["company_move"])
add("uct-006", C, jd, "Fionnuala Vavasour email fvavasour@zennor-cc.co.uk", ready(uc(16, email="fvavasour@zennor-cc.co.uk")), ["email", "terse"])
add("uct-007", C, e, "mark Yolande Grimshaw as a customer", ready(uc(24, lifecycle_stage="customer")), ["lifecycle"])
add("uct-008", C, c, "Malachy Ackerley - phone +44 7700 900 265 ext 12", ready(uc(20, phone="+44 7700 900 265 ext 12")), ["phone"])
add("uct-009", C, jd, "Undine Dunnington got promoted to Director of Rooms", ready(uc(22)), ["job_title"])
add("uct-010", C, e, "Ingram Yeadon's details: phone 0113 496 0781, email ingram@birchoverfitness.com", ready(uc(18, phone="0113 496 0781", email="ingram@birchoverfitness.com")), ["phone", "email", "same_record"])
add("uct-011", C, c, "Vivienne Etheridge has churned, she's gone to a rival trust", ready(uc(23, lifecycle_stage="churned")), ["lifecycle"])
add("uct-012", C, m, "update Lettice Zouche's email to lettice.zouche@cotterdale.co.uk", ready(uc(19, email="lettice.zouche@cotterdale.co.uk")), ["email"])
add("uct-013", C, jd, "Sidony Pettigrew is a customer now that the foyer trial went well", ready(uc(11, lifecycle_stage="customer")), ["lifecycle", "reason_clause"])
add("uct-014", C, e, "Berenice Mellstrom's mobile: 07700 900 532", ready(uc(9, phone="07700 900 532")), ["phone", "terse"])
add("uct-015", C, c, "Zinnia Jarratt is now at Kelderby Law Chambers as their office manager", ready(uc(25, company_id=1)), ["company_move", "job_title"])
add("uct-016", C, m, "Blythe Midgley - lifecycle prospect", ready(uc(27, lifecycle_stage="prospect")), ["lifecycle", "terse"])
add("uct-017", C, jd, "can you put Linnea Earnshaw's new email in: l.earnshaw@jervaulxmedical.nhs.uk", ready(uc(38, email="l.earnshaw@jervaulxmedical.nhs.uk")), ["email", "polite"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, c, "Lowick Coworking's domain is now lowickspaces.com", ready(uco(25, domain="lowickspaces.com")), ["domain"])
add("uco-002", C, e, "change Yelverton Motors' industry to Motor Retail", ready(uco(14, industry="Motor Retail")), ["industry"])
add("uco-003", C, jd, "Tollhaven Cinemas website: tollhaven.film", ready(uco(6, domain="tollhaven.film")), ["domain", "terse"])
add("uco-004", C, m, "Elmscott Theatre's industry should be Performing Arts", ready(uco(20, industry="Performing Arts")), ["industry"])
add("uco-005", C, c, "Kelderby Law Chambers moved their site to kelderbychambers.com", ready(uco(1, domain="kelderbychambers.com")), ["domain", "near_duplicate"])
add("uco-006", C, e, "Inglebarrow Logistics: industry Warehousing, domain inglebarrow-logistics.com", ready(uco(23, industry="Warehousing", domain="inglebarrow-logistics.com")), ["industry", "domain", "same_record"])
add("uco-007", C, jd, "Garrowby Grand Hotel domain garrowbygrandhotel.co.uk", ready(uco(21, domain="garrowbygrandhotel.co.uk")), ["domain", "terse"])
add("uco-008", C, m, "set Pockthorpe Airport's industry to Airports", ready(uco(19, industry="Airports")), ["industry"])
add("uco-009", C, c, "Hinderwell Academy Trust's domain is hinderwell.sch.uk these days", ready(uco(22, domain="hinderwell.sch.uk")), ["domain"])
add("uco-010", C, e, "Birchover Fitness industry → Leisure & Fitness", ready(uco(17, industry="Leisure & Fitness")), ["industry"])
add("uco-011", C, jd, "Ravensmere Student Living moved their website over to ravensmere.homes", ready(uco(9, domain="ravensmere.homes")), ["domain"])

# ====================================================================== ownership
C = "ownership"
OW = ["ownership"]
add("own-001", C, m, "Eustace is taking over Pockthorpe Terminal Washrooms", ready(ud(27, owner_id=3)), OW + ["taking_over"])
add("own-002", C, m, "hand Zennor Contact Centre to Cosimo", ready(uco(15, owner_id=1)), OW + ["hand"])
add("own-003", C, c, "I'm taking over Elmscott Theatre", ready(uco(20, owner_id=1)), OW + ["taking_over"])
add("own-004", C, m, "we're moving Birchover Fitness to Jedidiah", ready(uco(17, owner_id=5)), OW + ["moving_to"])
add("own-005", C, e, "give Quernhow Canteen Degreasing to Jedidiah, he knows the head chef", ready(ud(14, owner_id=5)), OW + ["hand"])
add("own-006", C, m, "Jedidiah owns Brisgow Office Janitorial from now on", ready(ud(9, owner_id=5)), OW)
add("own-007", C, jd, "make me the owner of Zephaniah Sillitoe", ready(uc(13, owner_id=5)), OW)
add("own-008", C, m, "put Garrowby Ballroom Floors under Cosimo's name", ready(ud(30, owner_id=1)), OW)
add("own-009", C, m, "Cosimo is taking over Kerenza Postlethwaite", ready(uc(30, owner_id=1)), OW + ["taking_over"])
add("own-010", C, c, "hand Skelwith Window Contract over to Eustace", ready(ud(17, owner_id=3)), OW + ["hand"])
add("own-011", C, m, "we're moving Abbotsleigh Gallery Cleaning back to Cosimo, it's his account", ready(ud(25, owner_id=1)), OW + ["moving_to", "account_owner"])
add("own-012", C, jd, "Cotterdale Building Society goes to Eustace", ready(uco(18, owner_id=3)), OW)
add("own-013", C, m, "assign Linnea Earnshaw to Eustace", ready(uc(38, owner_id=3)), OW)
add("own-014", C, e, "I'll look after Zoltan Wrigglesworth from now on", ready(uc(34, owner_id=3)), OW)
add("own-015", C, m, "Jedidiah is taking over the Kelderby Bus Depot account", ready(uco(2, owner_id=5)), OW + ["taking_over", "near_duplicate"])
add("own-016", C, c, "Tollhaven Cinemas is mine now", ready(uco(6, owner_id=1)), OW)
add("own-017", C, m, "Inglebarrow Warehouse Floors goes over to Jedidiah", ready(ud(34, owner_id=5)), OW)

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, c, "new company: Scarcroft Tennis Centre, scarcrofttennis.com, Sport", ready(ccompany(c, "Scarcroft Tennis Centre", "scarcrofttennis.com", "Sport")), ["terse"])
add("cco-002", C, e, "add Thornaby Cold Store as a company, industry Logistics", ready(ccompany(e, "Thornaby Cold Store", industry="Logistics")), ["industry"])
add("cco-003", C, jd, "create a company called Wombleton Crematorium", ready(ccompany(jd, "Wombleton Crematorium")), ["named"])
add("cco-004", C, m, "add Hovingham Dental Lab, domain hovinghamlab.co.uk, and give it to Eustace", ready(ccompany(m, "Hovingham Dental Lab", "hovinghamlab.co.uk", owner=e)), ["ownership", "hand"])
add("cco-005", C, c, "could you set up Sproxton Rugby Club? website sproxtonrfc.org", ready(ccompany(c, "Sproxton Rugby Club", "sproxtonrfc.org")), ["polite", "domain"])
add("cco-006", C, e, "new account Brafferton Bakery, industry Food Manufacturing, domain braffertonbakes.com", ready(ccompany(e, "Brafferton Bakery", "braffertonbakes.com", "Food Manufacturing")), ["industry", "domain"])
add("cco-007", C, jd, "add company Nunnington Opticians", ready(ccompany(jd, "Nunnington Opticians")), ["terse"])
add("cco-008", C, m, "create Eppleby Freight, owned by Jedidiah", ready(ccompany(m, "Eppleby Freight", owner=jd)), ["ownership"])
add("cco-009", C, c, "Kirkleatham Parish Hall needs adding as a company, they're Community sector", ready(ccompany(c, "Kirkleatham Parish Hall", industry="Community")), ["industry"])
add("cco-010", C, e, "add a company: Osgodby Printworks (osgodbyprint.com)", ready(ccompany(e, "Osgodby Printworks", "osgodbyprint.com")), ["domain"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, c, "add Florizel Whiteley at Lowick Coworking, florizel@lowickwork.com", ready(ccontact(c, "Florizel", "Whiteley", 25, email="florizel@lowickwork.com")), ["new_lead", "email"])
add("cct-002", C, e, "new contact Godwin Brocklehurst, Quernhow Foods, 0113 496 0244", ready(ccontact(e, "Godwin", "Brocklehurst", 8, phone="0113 496 0244")), ["new_lead", "phone", "terse"])
add("cct-003", C, jd, "Hildegard Clutterbuck is the new GM at Garrowby Grand Hotel, add her", ready(ccontact(jd, "Hildegard", "Clutterbuck", 21)), ["new_lead", "job_title"])
add("cct-004", C, m, "add contact Isadora Dransfield at Marlstone Courthouse, give her to Cosimo", ready(ccontact(m, "Isadora", "Dransfield", 7, owner=c)), ["new_lead", "ownership", "hand"])
add("cct-005", C, c, "contacts at Pockthorpe Airport: Joscelin Fazackerley, Kingsley Gomersall", ready(ccontact(c, "Joscelin", "Fazackerley", 19), ccontact(c, "Kingsley", "Gomersall", 19, k=1)), ["new_lead", "comma_list"])
add("cct-006", C, e, "Nicodemus Haigh, Tarrow Veterinary Hospital, nhaigh@tarrowvets.com, 01632 960 771", ready(ccontact(e, "Nicodemus", "Haigh", 11, email="nhaigh@tarrowvets.com", phone="01632 960 771")), ["new_lead", "email", "phone", "terse"])
add("cct-007", C, jd, "add Olympia Kellett to Ulverby Brewery as a prospect", ready(ccontact(jd, "Olympia", "Kellett", 12, stage="prospect")), ["new_lead", "lifecycle"])
add("cct-008", C, c, "new contact at Wendlebury Public Library: Swithin Lightowler, swithin.lightowler@wendleburylibrary.org", ready(ccontact(c, "Swithin", "Lightowler", 13, email="swithin.lightowler@wendleburylibrary.org")), ["new_lead", "email"])
add("cct-009", C, e, "please add Tabitha Marsden (Yelverton Motors), she runs the parts department", ready(ccontact(e, "Tabitha", "Marsden", 14)), ["new_lead", "polite", "job_title"])
add("cct-010", C, m, "add Vanora Nowell at Zennor Contact Centre, email VNowell@ZennorCC.com", ready(ccontact(m, "Vanora", "Nowell", 15, email="vnowell@zennorcc.com")), ["new_lead", "email"])
add("cct-011", C, jd, "Xenia Outhwaite, Cotterdale Building Society, 07700 900 813 - add her as a contact", ready(ccontact(jd, "Xenia", "Outhwaite", 18, phone="07700 900 813")), ["new_lead", "phone"])
add("cct-012", C, c, "add these people at Skelwith Conference Centre: Ysabel Popplewell, Fitzwilliam Roebuck, Ulysses Scholefield", ready(ccontact(c, "Ysabel", "Popplewell", 10), ccontact(c, "Fitzwilliam", "Roebuck", 10, k=1), ccontact(c, "Ulysses", "Scholefield", 10, k=2)), ["new_lead", "comma_list"])
add("cct-013", C, e, "new contact Yseult Tetley from Brisgow Data Centre, she's already a customer of ours", ready(ccontact(e, "Yseult", "Tetley", 5, stage="customer")), ["new_lead", "lifecycle"])
add("cct-014", C, jd, "Drogo Varey, head chef at Garrowby Grand Hotel, please add", ready(ccontact(jd, "Drogo", "Varey", 21)), ["new_lead", "job_title"])
add("cct-015", C, e, "add Keziah Widdop and Melchior Yewdall, both at Inglebarrow Logistics", ready(ccontact(e, "Keziah", "Widdop", 23), ccontact(e, "Melchior", "Yewdall", 23, k=1)), ["new_lead", "comma_list"])
add("cct-016", C, m, "new contact: Nerissa Lumb, Birchover Fitness, nlumb@birchoverfitness.com, owner Eustace", ready(ccontact(m, "Nerissa", "Lumb", 17, email="nlumb@birchoverfitness.com", owner=e)), ["new_lead", "ownership", "email"])
add("cct-017", C, c, "add Maudie Fernyhough at Kelderby Law Chambers, she's their new senior clerk", ready(ccontact(c, "Maudie", "Fernyhough", 1)), ["new_lead", "job_title", "near_duplicate"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, c, "new deal for Elmscott Theatre: window cleaning, 6,800", ready(cdeal(c, 20, amount=6800, product=WIN)), ["amount", "product"])
add("cdl-002", C, e, "open a deal for Birchover Fitness, Washroom Services, 12k, close end of May", ready(cdeal(e, 17, amount=12000, close=EOMAY, product=WASH)), ["amount", "date", "product"])
add("cdl-003", C, jd, "new deal: Ravensmere Halls Window Rounds, 9,400", ready(cdeal(jd, 9, amount=9400, name="Ravensmere Halls Window Rounds")), ["deal_name_colon", "amount"])
add("cdl-004", C, m, "create a deal for Tollhaven Cinemas called Tollhaven Screen Four Refit Clean, 14.5k, owner Jedidiah", ready(cdeal(m, 6, amount=14500, name="Tollhaven Screen Four Refit Clean", owner=jd)), ["ownership", "amount", "named"])
add("cdl-005", C, c, "deal for Lowick Coworking, floor care, at site audit, 6k", ready(cdeal(c, 25, stage=SA, amount=6000, product=FLOOR)), ["stage", "product", "terse"])
add("cdl-006", C, e, "new deal for Kelderby Bus Depot: deep clean of the workshop pits, 18,200", ready(cdeal(e, 2, amount=18200, product=DEEP)), ["product", "amount", "near_duplicate"])
add("cdl-007", C, jd, "new deal with Cotterdale Building Society for window cleaning, close date April 30, 8.8k", ready(cdeal(jd, 18, amount=8800, close=EOAPR, product=WIN)), ["product", "date", "amount"])
add("cdl-008", C, c, "add a deal for Abbotsleigh Museum, Deep Clean, $26,500, contact Hesper Whitelock", ready(cdeal(c, 16, amount=26500, product=DEEP, contact=17)), ["product", "amount", "contact"])
add("cdl-009", C, e, "new deal: Tarrow Surgery Floor Sealing, 7,300, close date end of April", ready(cdeal(e, 11, amount=7300, close=EOAPR, name="Tarrow Surgery Floor Sealing")), ["deal_name_colon", "date"])
add("cdl-010", C, m, "new deal for Elmscott Theatre, janitorial contract, 38k, stage Tender Review, Eustace owns it", ready(cdeal(m, 20, stage=TR, amount=38000, product=JAN, owner=e)), ["ownership", "stage"])
add("cdl-011", C, jd, "Jervaulx Medical Centre - new deal, washroom services, 9k, with Romilly Tollhaven", ready(cdeal(jd, 24, amount=9000, product=WASH, contact=8)), ["contact", "product"])
add("cdl-012", C, c, "create a deal named Wendlebury Basement Archive Deep Clean for Wendlebury Public Library, 11k", ready(cdeal(c, 13, amount=11000, name="Wendlebury Basement Archive Deep Clean")), ["named", "amount"])
add("cdl-013", C, e, "new deal for Yelverton Motors: kitchen degreasing for the staff canteen, 4,900", ready(cdeal(e, 14, amount=4900, product=KITCH)), ["product", "amount"])
add("cdl-014", C, jd, "Zennor Contact Centre new deal, janitorial contract, seventy-two thousand, close June 30", ready(cdeal(jd, 15, amount=72000, close=EOJUN, product=JAN)), ["words", "product", "date"])
add("cdl-015", C, c, "new Hinderwell Academy Trust deal: floor care over the Easter holidays, 17k, close March 31", ready(cdeal(c, 22, amount=17000, close=EOM, product=FLOOR)), ["product", "date"])
add("cdl-016", C, e, "add deal Quernhow Foods, deep clean, 22k, in trial clean stage", ready(cdeal(e, 8, stage=TC, amount=22000, product=DEEP)), ["stage", "product", "stage_word"])
add("cdl-017", C, m, "set up a deal for Inglebarrow Logistics: window cleaning, 5.2k", ready(cdeal(m, 23, amount=5200, product=WIN)), ["product", "amount"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, c, "called Iolanthe Gotobed about when the nightly clean starts", ready(act(c, "call", contact=1)), ["call", "near_duplicate"])
add("act-002", C, e, "note on Brisgow Data Centre: they're building a second data hall next year", ready(act(e, "note", company=5)), ["note_on"])
add("act-003", C, jd, "emailed Sidony Pettigrew the foyer floor method statement", ready(act(jd, "email", contact=11)), ["email"])
add("act-004", C, c, "met Lavinia Halliwell at the courthouse on Monday", ready(act(c, "meeting", YDAY, contact=6)), ["meeting", "date"])
add("act-005", C, e, "left a voicemail for Yolande Grimshaw", ready(act(e, "call", contact=24)), ["call", "terse"])
add("act-006", C, jd, "texted Undine Dunnington what time the crew arrive", ready(act(jd, "message", contact=22)), ["message"])
add("act-007", C, c, "site audit at Kelderby Chambers with Iolanthe Gotobed this morning", ready(act(c, "meeting", contact=1)), ["meeting", "stage_word"])
add("act-008", C, e, "had a call with Mordecai Kenchington on Friday about the swab results", ready(act(e, "call", FRI_P, contact=4)), ["call", "date"])
add("act-009", C, jd, "log a meeting with Fionnuala Vavasour yesterday", ready(act(jd, "meeting", YDAY, contact=16)), ["meeting", "date"])
add("act-010", C, e, "Eustace Loughrey rang first thing about the isolation ward", ready(act(e, "call", contact=5)), ["call", "user_name_clash"])
add("act-011", C, c, "note on Hinderwell Schools Contract: governors want weekly quality audits", ready(act(c, "note", deal=32)), ["note_on", "deal_note"])
add("act-012", C, jd, "WhatsApp'd Bertram Bottomley photos of the ballroom floor", ready(act(jd, "message", contact=36)), ["message"])
add("act-013", C, e, "emailed the tender pack over to Berenice Mellstrom", ready(act(e, "email", contact=9)), ["email"])
add("act-014", C, c, "coffee with Zinnia Jarratt at Lowick on Thursday", ready(act(c, "meeting", THU_P, contact=25)), ["meeting", "date"])
add("act-015", C, jd, "spoke to Lettice Zouche about the branch keys", ready(act(jd, "call", contact=19)), ["call"])
add("act-016", C, e, "log a call with Blythe Midgley about the purchase order", ready(act(e, "call", contact=27)), ["call"])
add("act-017", C, c, "note on Marlstone Courthouse: security vetting takes six weeks for new cleaners", ready(act(c, "note", company=7)), ["note_on"])
add("act-018", C, jd, "walked the brewhouse with Sulien Tattersall on Wednesday", ready(act(jd, "meeting", WED_P, contact=31)), ["meeting", "date"])
add("act-019", C, e, "messaged Ingram Yeadon on Teams re the changing room schedule", ready(act(e, "message", contact=18)), ["message"])
add("act-020", C, c, "emailed Malachy Ackerley the airside pass forms", ready(act(c, "email", contact=20)), ["email"])
add("act-021", C, jd, "call with Romilly Tollhaven yesterday, Jervaulx Clinical Cleaning is looking good", ready(act(jd, "call", YDAY, contact=8, deal=35)), ["call", "date", "deal_link"])
add("act-022", C, e, "note on Tarrow Veterinary Hospital: they're opening a second surgery across town in the autumn", ready(act(e, "note", company=11)), ["note_on"])
add("act-023", C, c, "had lunch with Vivienne Etheridge last Friday", ready(act(c, "meeting", FRI_P, contact=23)), ["meeting", "date"])
add("act-024", C, m, "log a note on Pockthorpe Airport: new terminal director starts in April", ready(act(m, "note", company=19)), ["note_on"])
add("act-025", C, jd, "rang Gaius Halliwell about the hygiene open day", ready(act(jd, "call", contact=7)), ["call"])
add("act-026", C, e, "quick email to Erasmus Umfreville with the glazing price", ready(act(e, "email", contact=15)), ["email", "terse"])
add("act-027", C, c, "met Hesper Whitelock on Saturday at the museum's late opening", ready(act(c, "meeting", SAT_P, contact=17)), ["meeting", "date"])
add("act-028", C, jd, "Bertram Bottomley called me back this afternoon", ready(act(jd, "call", contact=36)), ["call", "today"])
add("act-029", C, e, "log an email to Fidelma Normington, sent the canteen degreasing costs", ready(act(e, "email", contact=28)), ["email"])
add("act-030", C, c, "swab test visit with Cornelius Thewlis on Thursday", ready(act(c, "meeting", THU_P, contact=14)), ["meeting", "date"])
add("act-031", C, jd, "note on Zennor Open Plan Floors: they're re-carpeting floor 2 themselves", ready(act(jd, "note", deal=24)), ["note_on", "deal_note"])
add("act-032", C, e, "texted Kerenza Postlethwaite the invoice number", ready(act(e, "message", contact=30)), ["message"])
add("act-033", C, c, "spoke with Agnetha Ashbridge on the phone two days ago", ready(act(c, "call", SUN_P, contact=35)), ["call", "date"])
add("act-034", C, jd, "emailed Ulick Rawcliffe the summer turnaround schedule", ready(act(jd, "email", contact=12)), ["email"])
add("act-035", C, m, "note on Skelwith Conference Centre: they're hosting the regional cleaning expo in May", ready(act(m, "note", company=10)), ["note_on"])
add("act-036", C, e, "meeting at Inglebarrow with Grainne Duckworth today", ready(act(e, "meeting", contact=37)), ["meeting", "today"])
add("act-037", C, c, "emailed Aldous Kershaw on Sunday", ready(act(c, "email", SUN_P, contact=26)), ["email", "date"])
add("act-038", C, jd, "phoned Linnea Earnshaw this morning", ready(act(jd, "call", contact=38)), ["call"])
add("act-039", C, e, "note on Quernhow Canteen Degreasing: the head chef wants quotes for quarterly hood cleans", ready(act(e, "note", deal=14)), ["note_on", "deal_note"])
add("act-040", C, c, "Iolanthe Gotobed emailed over the floor plans", ready(act(c, "email", contact=1)), ["email", "inbound"])
add("act-041", C, jd, "log a message to Sidony Pettigrew: confirmed alarm codes for Saturday", ready(act(jd, "message", contact=11)), ["message"])
add("act-042", C, e, "visited Tancred Bagshawe at the theatre on Monday", ready(act(e, "meeting", YDAY, contact=21)), ["meeting", "date"])

# ====================================================================== create_task
C = "create_task"
add("tsk-001", C, c, "remind me Friday to send Iolanthe Gotobed the revised rota", ready(task(c, FRI, contact=1)), ["remind_me", "date"])
add("tsk-002", C, e, "task: chase Blythe Midgley for the PO on Monday", ready(task(e, MON, contact=27)), ["date", "terse"])
add("tsk-003", C, jd, "remind me to call Fionnuala Vavasour tomorrow", ready(task(jd, TMRW, contact=16)), ["remind_me", "date"])
add("tsk-004", C, m, "ask Eustace to send the COSHH register to Mordecai Kenchington by Thursday", ready(task(m, THU, contact=4, owner=e)), ["delegation", "ownership", "date"])
add("tsk-005", C, c, "follow up with Cornelius Thewlis in a week", ready(task(c, WEEK, contact=14)), ["date", "relative_date"])
add("tsk-006", C, e, "remind me to book the swab test for Quernhow Line Sanitation by the end of the month", ready(task(e, EOM, deal=13)), ["remind_me", "date"])
add("tsk-007", C, jd, "todo: measure the taproom washrooms at Ulverby Brewery", ready(task(jd, company=12)), ["terse", "company_only"])
add("tsk-008", C, c, "remind me in two weeks to check on Lowick Coworking Janitorial", ready(task(c, TWO_WEEKS, deal=37)), ["remind_me", "date"])
add("tsk-009", C, m, "create a task for Jedidiah: send Undine Dunnington the degreasing samples by Friday", ready(task(m, FRI, contact=22, owner=jd)), ["delegation", "ownership", "date"])
add("tsk-010", C, e, "remind me to delete Theodora Uttridge once she confirms she's left Yelverton", ready(task(e, contact=32)), ["remind_me", "not_a_write"])
add("tsk-011", C, jd, "set a reminder for March 20 to call Sulien Tattersall", ready(task(jd, "2036-03-20", contact=31)), ["remind_me", "date"])
add("tsk-012", C, c, "remind me to move Skelwith Window Contract to tender review", ready(task(c, deal=17)), ["remind_me", "not_a_write", "stage_word"])
add("tsk-013", C, e, "I need to send Erasmus Umfreville the revised glazing price on Monday", ready(task(e, MON, contact=15)), ["date"])
add("tsk-014", C, jd, "remind me to chase Romilly Tollhaven for the tender questions in 3 days", ready(task(jd, IN3, contact=8)), ["remind_me", "relative_date"])
add("tsk-015", C, c, "task for me: renew the Marlstone Courthouse security passes by end of April", ready(task(c, EOAPR, company=7)), ["date", "company_only"])
add("tsk-016", C, m, "ask Cosimo to call Agnetha Ashbridge on Monday", ready(task(m, MON, contact=35, owner=c)), ["delegation", "ownership", "date"])
add("tsk-017", C, e, "put a task on Jedidiah's list: check the access platform for Fenwarden Arcade Glazing, Thursday", ready(task(e, THU, deal=5, owner=jd)), ["delegation", "ownership", "date"])
add("tsk-018", C, jd, "remind me on the 20th to send Bertram Bottomley the ballroom floor options", ready(task(jd, "2036-03-20", contact=36)), ["remind_me", "date"])
add("tsk-019", C, c, "remind me tomorrow to ring Malachy Ackerley about the airside passes", ready(task(c, TMRW, contact=20)), ["remind_me", "date"])
add("tsk-020", C, e, "todo for Monday: visit Kelderby Bus Depot", ready(task(e, MON, company=2)), ["terse", "company_only", "near_duplicate"])
add("tsk-021", C, jd, "remind me to take Tollhaven Cinemas off the mailing list", ready(task(jd, company=6)), ["remind_me", "company_only"])
add("tsk-022", C, c, "remind me to hand Pockthorpe Lounge Cleaning to Eustace after the review", ready(task(c, deal=38)), ["remind_me", "not_a_write"])
add("tsk-023", C, e, "follow-up task on Tarrow Kennel Washrooms for Friday", ready(task(e, FRI, deal=18)), ["date", "terse"])
add("tsk-024", C, jd, "remind me end of May to renew the Garrowby Kitchen Degreasing quote", ready(task(jd, EOMAY, deal=29)), ["remind_me", "date"])
add("tsk-025", C, m, "create a task for Eustace: call Yolande Grimshaw about the loading bay floor on Wednesday", ready(task(m, WED, contact=24, owner=e)), ["delegation", "ownership", "date"])
add("tsk-026", C, c, "remind me to send Zephaniah Sillitoe a thank-you card", ready(task(c, contact=13)), ["remind_me"])
add("tsk-027", C, e, "chase Fidelma Normington a week on Friday", ready(task(e, WK_ON_FRI, contact=28)), ["date", "relative_date"])
add("tsk-028", C, jd, "remind me on April 2 to check the Cotterdale Branch Cleaning close date", ready(task(jd, "2036-04-02", deal=31)), ["remind_me", "date"])
add("tsk-029", C, c, "remind me to ask Vivienne Etheridge for the term dates, Thursday", ready(task(c, THU, contact=23)), ["remind_me", "date"])
add("tsk-030", C, e, "remind me to mark Birchover Changing Rooms Deep Clean as won once the PO is in", ready(task(e, deal=28)), ["remind_me", "not_a_write"])
add("tsk-031", C, jd, "task: call Gaius Halliwell, due 03/18", ready(task(jd, WEEK, contact=7)), ["date", "terse"])
add("tsk-032", C, c, "remind me to send the trial clean report to Hesper Whitelock on Friday", ready(task(c, FRI, contact=17)), ["remind_me", "stage_word"])
add("tsk-033", C, m, "set a task for Jedidiah to arrange a site audit at Ravensmere Student Living, due end of the month", ready(task(m, EOM, company=9, owner=jd)), ["delegation", "ownership", "stage_word"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, c, "done — sent the cleaning rota to Iolanthe Gotobed", ready(done(1)), ["done_task", "near_duplicate"])
add("cmp-002", C, e, "I've confirmed out-of-hours access with Brisgow for the data hall deep clean", ready(done(3)), ["done_task", "near_duplicate"])
add("cmp-003", C, jd, "mark the Tollhaven trial clean booking task done", ready(done(10)), ["stage_word", "overdue"])
add("cmp-004", C, e, "done - COSHH sheets went to Mordecai Kenchington", ready(done(8)), ["done_task", "overdue"])
add("cmp-005", C, c, "called Lavinia Halliwell about the court contract, tick that off", ready(done(9)), ["done_task", "described_by_outcome"])
add("cmp-006", C, jd, "the degreasing samples went to Undine Dunnington, close the task", ready(done(20)), ["done_task"])
add("cmp-007", C, e, "complete the washroom spec task for Berenice Mellstrom", ready(done(5)), ["task_title"])
add("cmp-008", C, c, "done: swatches sent to Kelderby Law Chambers", ready(done(28)), ["done_task", "terse"])
add("cmp-009", C, jd, "I've collected the branch keys from Lettice Zouche", ready(done(19)), ["done_task", "described_by_outcome"])
add("cmp-010", C, e, "finished chasing Quernhow Foods for the canteen photos", ready(done(29)), ["done_task"])
add("cmp-011", C, c, "Aldous Kershaw is off the newsletter list now, close that task", ready(done(32)), ["done_task", "described_by_outcome"])
add("cmp-012", C, jd, "done — Fionnuala's floor survey is booked", ready(done(17)), ["done_task"])
add("cmp-013", C, e, "mark 'Call Eustace Loughrey about the isolation ward' as done", ready(done(42)), ["user_name_clash"])
add("cmp-014", C, c, "Zephaniah Sillitoe gave us a lovely testimonial, you can close that", ready(done(33)), ["done_task", "described_by_outcome"])
add("cmp-015", C, jd, "tender pack is with Romilly Tollhaven, done", ready(done(26)), ["done_task", "terse"])
add("cmp-016", C, e, "I did get the glazing price over to Erasmus Umfreville in the end", ready(done(13)), ["done_task", "described_by_outcome"])
add("cmp-017", C, c, "complete my task about the school holiday dates", ready(done(23)), ["overdue"])
add("cmp-018", C, jd, "done, measured the glazing at Fenwarden Arcade", ready(done(7)), ["done_task"])
add("cmp-019", C, m, "mark the Brisgow purchase order chase as done", ready(done(41)), [])
add("cmp-020", C, c, "the tender pack went to Cornelius Thewlis this morning, so that one's finished", ready(done(11)), ["done_task", "described_by_outcome"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, m, "delete Nuala Foulds", ready(dc(39)), ["terse"])
add("del-002", C, m, "remove the Garrowby Ballroom Floors deal", ready(dd(30)), [])
add("del-003", C, m, "delete the company Elmscott Theatre", ready(dco(20)), [])
add("del-004", C, m, "delete contact Cordelia Thackray", ready(dc(44)), [])
add("del-005", C, m, "Quernhow Canteen Degreasing was entered twice by mistake, delete it", ready(dd(14)), [])
add("del-006", C, m, "get rid of Lowick Coworking, they've shut the building", ready(dco(25)), [])
add("del-007", C, m, "delete Wolfram Longbottom, he's left Tollhaven", ready(dc(41)), [])
add("del-008", C, m, "delete the Skelwith Window Contract deal", ready(dd(17)), [])
add("del-009", C, m, "remove Zennor Contact Centre from the CRM", ready(dco(15)), [])
add("del-010", C, m, "delete Zebulon Openshaw and Yasmin Micklethwaite", ready(dc(43), dc(42)), ["multi"])
add("del-011", C, m, "delete Inglebarrow Warehouse Floors", ready(dd(34)), ["terse"])
add("del-012", C, m, "please delete Birchover Fitness", ready(dco(17)), ["polite"])
add("del-013", C, m, "Diggory Wainwright - delete", ready(dc(45)), ["terse"])
add("del-014", C, m, "delete the deal Ulverby Taproom Washrooms", ready(dd(20)), [])
add("del-015", C, m, "remove the Jervaulx Kitchen Degrease deal, it's ancient history", ready(dd(36)), ["lost"])
add("del-016", C, m, "delete Kelderby Bus Depot", ready(dco(2)), ["near_duplicate"])
add("del-017", C, m, "delete contact Grainne Duckworth", ready(dc(37)), [])

# ====================================================================== bulk
C = "bulk"
BK = ["bulk_filter"]
add("blk-001", C, c, "move all my Callback deals to Site Audit", ready(*many(ud, [4, 17, 37, 38], stage=SA)), BK + ["stage_word"])
add("blk-002", C, e, "push every one of my Tender Review deals to the end of April", ready(*many(ud, [3, 8, 18], close_date=EOAPR)), BK + ["date"])
add("blk-003", C, jd, "my trial clean deals are all going to tender review", ready(*many(ud, [6, 10, 20, 25], stage=TR)), BK)
add("blk-004", C, m, "set the close date to April 30 on Cosimo's janitorial contract deals that are at Trial Clean or Tender Review and close before the end of March", ready(*many(ud, [1, 11, 21], close_date=EOAPR)), BK + ["composed", "either_stage", "date_range"])
add("blk-005", C, jd, "all my deep clean deals to trial clean", ready(*many(ud, [15, 19], stage=TC)), BK + ["terse"])
add("blk-006", C, m, "every floor care deal still at Callback goes to Site Audit", ready(*many(ud, [24, 30, 34], stage=SA)), BK)
add("blk-007", C, c, "close all my overdue tasks", ready(*many(done, [6, 15, 23])), BK + ["overdue"])
add("blk-008", C, e, "mark all my overdue tasks as done please", ready(*many(done, [8, 13, 29])), BK + ["overdue", "polite"])
add("blk-009", C, m, "complete every open task for Brisgow Data Centre", ready(*many(done, [3, 4, 41])), BK)
add("blk-010", C, m, "delete all the Stood Down deals", ready(*many(dd, [12, 22, 36])), BK + ["bulk_delete", "lost"])
add("blk-011", C, jd, "everyone at Ravensmere Student Living is an opportunity now", ready(*many(uc, [12, 42], lifecycle_stage="opportunity")), BK)
add("blk-012", C, c, "all my leads → prospect", ready(*many(uc, [26, 29, 33, 35, 43, 45], lifecycle_stage="prospect")), BK + ["terse"])
add("blk-013", C, e, "my deep clean deals: close date end of April", ready(*many(ud, [8, 13, 28], close_date=EOAPR)), BK + ["terse"])
add("blk-014", C, m, "every open deal with a close date in the past gets moved to March 31", ready(*many(ud, [27, 31], close_date=EOM)), BK + ["past_dated"])
add("blk-015", C, e, "log a call against each of my Tender Review deals, I went through them all with procurement this morning", ready(act(e, "call", deal=3), act(e, "call", deal=8, k=1), act(e, "call", deal=18, k=2)), BK + ["bulk_create"])
add("blk-016", C, c, "remind me Friday to follow up on every Kelderby Law Chambers deal", ready(task(c, FRI, deal=1), task(c, FRI, deal=2, k=1)), BK + ["bulk_create", "remind_me", "near_duplicate"])
add("blk-017", C, m, "janitorial contract deals closing before April 1: push them to April 30", ready(*many(ud, [1, 11, 21, 25, 31, 35], close_date=EOAPR)), BK + ["date_range", "past_dated"])
add("blk-018", C, jd, "everything of mine that closes this month moves to April 30", ready(*many(ud, [25, 31, 35], close_date=EOAPR)), BK + ["date_range"])
add("blk-019", C, m, "move every deal with no activity in 6 weeks to Stood Down", ready(*many(ud, [9, 24, 30, 34, 37], stage=LOST)), BK + ["no_activity"])
add("blk-020", C, c, "my trial clean deals over 40k - set them to tender review", ready(*many(ud, [1, 32], stage=TR)), BK)
add("blk-021", C, m, "give all of Jedidiah's accounts to Eustace", ready(*many(uco, [3, 6, 9, 12, 15, 18, 21, 24], owner_id=3)), BK + ["ownership", "hand"])
add("blk-022", C, m, "hand all of Eustace's leads to Cosimo", ready(*many(uc, [27, 30, 32, 37, 39, 44], owner_id=1)), BK + ["ownership", "hand"])
add("blk-023", C, e, "remind me Monday to chase each of my deals with nothing logged in three weeks", ready(task(e, MON, deal=9), task(e, MON, deal=14, k=1), task(e, MON, deal=34, k=2)), BK + ["bulk_create", "no_activity", "remind_me"])
add("blk-024", C, c, "all my Callback deals closing in May - close date to June 30", ready(*many(ud, [4, 17, 38], close_date=EOJUN)), BK + ["date_range"])
add("blk-025", C, jd, "my callback deals under 25k, stand them down", ready(*many(ud, [24, 30], stage=LOST)), BK)
add("blk-026", C, c, "all my window cleaning and washroom deals → trial clean", ready(*many(ud, [4, 17, 27], stage=TC)), BK)
add("blk-027", C, e, "close every open task I have on Tarrow Veterinary Hospital", ready(*many(done, [16, 42])), BK)
add("blk-028", C, jd, "push each of my site audit deals out by a week", ready(ud(5, close_date="2036-04-20"), ud(15, close_date="2036-05-07"), ud(19, close_date="2036-04-26"), ud(31, close_date="2036-03-12")), BK + ["relative_to_record"])
add("blk-029", C, m, "give every Mobilised deal from this year to Eustace", ready(*many(ud, [7, 16, 26, 33], owner_id=3)), BK + ["ownership", "won"])
add("blk-030", C, jd, "bump all the contacts I own that are still leads up to prospect", ready(*many(uc, [12, 40, 41, 42], lifecycle_stage="prospect")), BK)
add("blk-031", C, m, "deals over 20k with no activity for 30 days - push their close dates to June 30", ready(*many(ud, [9, 24, 37], close_date=EOJUN)), BK + ["no_activity"])
add("blk-032", C, c, "close date to May 31 for my deals closing between March 15 and March 31", ready(*many(ud, [1, 11, 21], close_date=EOMAY)), BK + ["date_range"])
add("blk-033", C, m, "every deal over 10k that's been quiet for two weeks goes to Site Audit", ready(*many(ud, [9, 14, 24, 30, 37], stage=SA)), BK + ["no_activity"])
add("blk-034", C, m, "hand everyone at Kelderby Bus Depot to Jedidiah", ready(*many(uc, [9, 39], owner_id=5)), BK + ["ownership", "hand", "near_duplicate"])
add("blk-035", C, e, "my callback and site audit deals with no activity in three weeks: stood down", ready(*many(ud, [9, 14, 34], stage=LOST)), BK + ["composed", "either_stage", "no_activity"])
add("blk-036", C, c, "my janitorial and window cleaning deals closing in May → close date end of June", ready(*many(ud, [17, 38], close_date=EOJUN)), BK + ["date_range"])
add("blk-037", C, m, "Jedidiah's callback or site audit deals under 30k closing before the end of May with no activity in 4 weeks: hand them to Eustace", ready(*many(ud, [24, 30], owner_id=3)), BK + ["composed", "either_stage", "no_activity", "date_range", "ownership"])
add("blk-038", C, jd, "all my floor care deals, close date end of May", ready(*many(ud, [10, 24, 30], close_date=EOMAY)), BK)
add("blk-039", C, m, "Eustace's floor care or kitchen degreasing deals at Trial Clean or Callback, closing before the end of May, with nothing logged in four weeks - mark them Stood Down", ready(*many(ud, [14, 34], stage=LOST)), BK + ["composed", "either_stage", "no_activity", "date_range"])
add("blk-040", C, m, "delete all of Cosimo's Stood Down deals", ready(*many(dd, [12, 22])), BK + ["bulk_delete"])

# ====================================================================== multi_intent
C = "multi_intent"
MU = ["multi"]
add("mul-001", C, c, "met Lavinia Halliwell at the courthouse, move Marlstone Court Daily Cleaning to Mobilised at 62k, remind me Friday", ready(act(c, "meeting", contact=6), ud(11, stage=WON, amount=62000), task(c, FRI, contact=6, deal=11)), MU + ["clause_scope", "inherit"])
add("mul-002", C, e, "called Mordecai Jowett, Brisgow Data Hall Deep Clean is at 39k now", ready(act(e, "call", contact=3), ud(8, amount=39000)), MU + ["clause_scope"])
add("mul-003", C, jd, "emailed Sidony Pettigrew the trial report and moved Tollhaven Foyer Floor Care to tender review", ready(act(jd, "email", contact=11), ud(10, stage=TR)), MU + ["clause_scope"])
add("mul-004", C, c, "Hinderwell Schools Contract to tender review and close date April 30", ready(ud(32, stage=TR, close_date=EOAPR)), MU + ["same_record"])
add("mul-005", C, e, "spoke to Yolande Grimshaw, she wants the warehouse floors done over Easter; move Inglebarrow Warehouse Floors to site audit and remind me to send her a quote on Monday", ready(act(e, "call", contact=24), ud(34, stage=SA), task(e, MON, contact=24)), MU + ["clause_scope", "pronoun"])
add("mul-006", C, jd, "add Clarimond Wildblood at Garrowby Grand Hotel and log a meeting with her today", ready(ccontact(jd, "Clarimond", "Wildblood", 21), act(jd, "meeting", contact=46, company=21)), MU + ["new_lead"])
add("mul-007", C, c, "Pockthorpe Terminal Washrooms: close date April 18, 17.5k", ready(ud(27, close_date="2036-04-18", amount=17500)), MU + ["same_record", "terse"])
add("mul-008", C, e, "mark Tarrow Kennel Washrooms won and set up a task to book the first deep clean for Monday", ready(ud(18, stage=WON), task(e, MON, deal=18)), MU + ["inherit", "won"])
add("mul-009", C, jd, "log a call with Undine Dunnington and push Garrowby Kitchen Degreasing to end of June", ready(act(jd, "call", contact=22), ud(29, close_date=EOJUN)), MU + ["clause_scope"])
add("mul-010", C, m, "Cosimo is taking over Yelverton Motors and Yelverton Showroom Glazing", ready(uco(14, owner_id=1), ud(23, owner_id=1)), MU + ["ownership", "taking_over"])
add("mul-011", C, c, "note on Wendlebury Public Library: budget frozen till April. move Wendlebury Library Cleaning close date to April 30", ready(act(c, "note", company=13), ud(21, close_date=EOAPR)), MU + ["note_on", "clause_scope"])
add("mul-012", C, e, "Quernhow Line Sanitation is mobilised! remind me to send Mordecai Kenchington the start rota tomorrow", ready(ud(13, stage=WON), task(e, TMRW, contact=4)), MU + ["clause_scope", "remind_me"])
add("mul-013", C, jd, "add Bellamira Kitchingman at Tollhaven Cinemas, she's their new finance manager, and remind me to call her Friday", ready(ccontact(jd, "Bellamira", "Kitchingman", 6), task(jd, FRI, contact=46, company=6)), MU + ["new_lead", "remind_me"])
add("mul-014", C, c, "rang Hesper Whitelock; Abbotsleigh Gallery Cleaning close date is now April 4", ready(act(c, "call", contact=17), ud(25, close_date="2036-04-04")), MU + ["clause_scope"])
add("mul-015", C, e, "new deal for Birchover Fitness, window cleaning, 4k, and a task to send Ingram Yeadon the quote on Thursday", ready(cdeal(e, 17, amount=4000, product=WIN), task(e, THU, contact=18)), MU + ["clause_scope"])
add("mul-016", C, jd, "Ravensmere Summer Turnaround to trial clean, Ulverby Brewhouse Deep Clean to tender review", ready(ud(15, stage=TC), ud(19, stage=TR)), MU + ["terse"])
add("mul-017", C, m, "hand Lowick Coworking to Eustace and delete Diggory Wainwright", ready(uco(25, owner_id=3), dc(45)), MU + ["ownership", "hand"])
add("mul-018", C, c, "done with the Marlstone consumables check; also log a call with Lavinia Halliwell", ready(done(31), act(c, "call", contact=6)), MU + ["done_task"])
add("mul-019", C, e, "Kelderby Depot Washrooms 16.5k, close March 27; Brisgow Office Janitorial to site audit", ready(ud(3, amount=16500, close_date="2036-03-27"), ud(9, stage=SA)), MU + ["terse"])
add("mul-020", C, jd, "emailed Lettice Zouche, Cotterdale Branch Cleaning to Tender Review, and give Zoltan Wrigglesworth to Eustace", ready(act(jd, "email", contact=19), ud(31, stage=TR), uc(34, owner_id=3)), MU + ["ownership", "clause_scope"])
add("mul-021", C, c, "met Malachy Ackerley at the terminal on Friday, he wants Pockthorpe Lounge Cleaning at 15k - also remind me to chase his airside passes Monday", ready(act(c, "meeting", FRI_P, contact=20), ud(38, amount=15000), task(c, MON, contact=20)), MU + ["clause_scope", "pronoun"])
add("mul-022", C, e, "Fidelma Normington's email is fidelma@quernhowfoods.com and her phone is 0113 496 0662", ready(uc(28, email="fidelma@quernhowfoods.com", phone="0113 496 0662")), MU + ["same_record", "phone"])
add("mul-023", C, jd, "log a site audit at Ravensmere with Ulick Rawcliffe this morning and move Ravensmere Summer Turnaround to trial clean", ready(act(jd, "meeting", contact=12), ud(15, stage=TC)), MU + ["stage_word", "clause_scope"])
add("mul-024", C, m, "create Rillington Gym as a company and add Wilmot Sowerbutts there as a contact", ready(ccompany(m, "Rillington Gym"), ccontact(m, "Wilmot", "Sowerbutts", 26)), MU + ["new_lead"])
add("mul-025", C, c, "Iolanthe Gotobed is a customer now and Kelderby Chambers Nightly Cleaning is mobilised", ready(uc(1, lifecycle_stage="customer"), ud(1, stage=WON)), MU + ["won"])
add("mul-026", C, e, "rang Eustace Loughrey about the isolation ward, remind me to send Kerenza Postlethwaite the invoice on Friday", ready(act(e, "call", contact=5), task(e, FRI, contact=30)), MU + ["clause_scope", "user_name_clash"])
add("mul-027", C, jd, "Fenwarden Arcade Mall Cleaning is mobilised and the glazing one's at trial clean now", ready(ud(6, stage=WON), ud(5, stage=TC)), MU + ["won"])
add("mul-028", C, c, "add a deal for Skelwith Conference Centre, deep clean after the expo, 9,800, close May 31, and note on Skelwith Conference Centre: expo runs 14-16 May", ready(cdeal(c, 10, amount=9800, close=EOMAY, product=DEEP), act(c, "note", company=10)), MU + ["note_on"])
add("mul-029", C, e, "complete the COSHH sheets task and log an email to Mordecai Kenchington", ready(done(8), act(e, "email", contact=4)), MU)
add("mul-030", C, jd, "met Sidony Pettigrew at the cinema, move Tollhaven Foyer Floor Care to Mobilised at 22.4k, remind me Monday", ready(act(jd, "meeting", contact=11), ud(10, stage=WON, amount=22400), task(jd, MON, contact=11, deal=10)), MU + ["clause_scope", "inherit"])
add("mul-031", C, m, "Cosimo takes Birchover Fitness and Jedidiah takes Inglebarrow Logistics", ready(uco(17, owner_id=1), uco(23, owner_id=5)), MU + ["ownership"])
add("mul-032", C, c, "Lowick Coworking Janitorial at 24k, Skelwith Window Contract at 7.9k", ready(ud(37, amount=24000), ud(17, amount=7900)), MU + ["terse"])
add("mul-033", C, e, "texted Berenice Mellstrom, Kelderby Depot Washrooms to Mobilised, Nuala Foulds is a prospect now", ready(act(e, "message", contact=9), ud(3, stage=WON), uc(39, lifecycle_stage="prospect")), MU + ["clause_scope"])
add("mul-034", C, jd, "call with Fionnuala Vavasour yesterday; Zennor Open Plan Floors 26k, close end of May; remind me to call Fionnuala Vavasour again on the 20th", ready(act(jd, "call", YDAY, contact=16), ud(24, amount=26000, close_date=EOMAY), task(jd, "2036-03-20", contact=16)), MU + ["clause_scope"])
add("mul-035", C, c, "Vesper Verrall is now Abbotsleigh's Finance Manager, mark her an opportunity and update her email to vesper.verrall@abbotsleighmuseum.org", ready(uc(33, lifecycle_stage="opportunity", email="vesper.verrall@abbotsleighmuseum.org")), MU + ["same_record", "job_title"])
add("mul-036", C, e, "did the site audit with Grainne Duckworth this morning so Inglebarrow Warehouse Floors can go to Trial Clean", ready(act(e, "meeting", contact=37), ud(34, stage=TC)), MU + ["stage_word", "clause_scope"])

# ====================================================================== reference (history)
C = "reference"
RF = ["history"]
add("ref-001", C, c, "the carpet one", ready(ud(2, stage=TR)), RF + ["pick_option", "shared_word"], ["move the Kelderby deal to tender review"])
add("ref-002", C, e, "move the canteen one to site audit", ready(ud(14, stage=SA)), RF + ["after_question"], ["how many open deals does Quernhow Foods have?"])
add("ref-003", C, jd, "Iolanthe Ibbotson", ready(act(jd, "call", contact=2)), RF + ["pick_option", "near_duplicate"], ["log a call with Iolanthe"])
add("ref-004", C, c, "log a call with him, just now", ready(act(c, "call", contact=20)), RF + ["after_question"], ["what's the phone number for Malachy Ackerley?"])
add("ref-005", C, e, "also push its close date to March 28", ready(ud(8, close_date="2036-03-28")), RF, ["Brisgow Data Hall Deep Clean is at 38k"])
add("ref-006", C, jd, "and remind me to ring her Thursday", ready(task(jd, THU, contact=22)), RF + ["pronoun"], ["emailed Undine Dunnington the degreasing samples"])
add("ref-007", C, m, "give that company to Jedidiah", ready(uco(16, owner_id=5)), RF + ["after_question", "ownership", "account_owner"], ["who owns the Abbotsleigh Museum account?"])
add("ref-008", C, c, "Jowett", ready(act(c, "note", contact=3)), RF + ["pick_option", "last_name_only"], ["note on Mordecai: wants the Saturday cleans moved to Sunday"])
add("ref-009", C, e, "move them all to tender review", ready(*many(ud, [13, 23, 28], stage=TR)), RF + ["after_question"], ["which of my deals are at Trial Clean?"])
add("ref-010", C, e, "the data hall one", ready(done(3)), RF + ["pick_option"], ["mark the Brisgow out-of-hours access task done"])
add("ref-011", C, c, "push the lounge one to June 30", ready(ud(38, close_date=EOJUN)), RF + ["after_question"], ["what's open with Pockthorpe Airport?"])
add("ref-012", C, jd, "and make it 20k while you're at it", ready(ud(5, amount=20000)), RF, ["Fenwarden Arcade Glazing to trial clean"])
add("ref-013", C, m, "stand them all down", ready(*many(ud, [9, 24, 30, 34, 37], stage=LOST)), RF + ["after_question", "no_activity"], ["show me the deals nobody has touched for six weeks"])
add("ref-014", C, e, "Gaius", ready(act(e, "meeting", contact=7)), RF + ["pick_option", "last_name_only"], ["log a meeting with Halliwell"])
add("ref-015", C, c, "remind me to call her tomorrow", ready(task(c, TMRW, contact=23)), RF + ["after_question", "deal_contact"], ["who's the contact on Hinderwell Schools Contract?"])
add("ref-016", C, jd, "the kitchen one", ready(ud(29, amount=32000)), RF + ["pick_option"], ["the Garrowby deal is at 32k"])
add("ref-017", C, e, "update her email to yolande.grimshaw@inglebarrow.com", ready(uc(24, email="yolande.grimshaw@inglebarrow.com")), RF + ["pronoun"], ["Yolande Grimshaw rang about the racking aisles"])
add("ref-018", C, c, "move that deal to tender review", ready(ud(1, stage=TR)), RF + ["after_question"], ["tell me about Kelderby Chambers Nightly Cleaning"])
add("ref-019", C, m, "mark all of them done", ready(*many(done, [8, 13, 29])), RF + ["after_question", "overdue"], ["what are Eustace's overdue tasks?"])
add("ref-020", C, jd, "the arcade", ready(uco(3, owner_id=3)), RF + ["pick_option", "ownership", "shared_word"], ["hand Fenwarden to Eustace"])
add("ref-021", C, e, "make her an opportunity", ready(uc(28, lifecycle_stage="opportunity")), RF + ["after_question"], ["who is Fidelma Normington?"])
add("ref-022", C, c, "push those to April 30", ready(*many(ud, [1, 11, 21, 27], close_date=EOAPR)), RF + ["after_question", "past_dated"], ["which of my deals close before the end of March?"])
add("ref-023", C, jd, "actually Monday", ready(task(jd, MON, contact=8)), RF + ["correction"], ["remind me to call Romilly Friday"])
add("ref-024", C, m, "the terminal one", ready(dd(27)), RF + ["pick_option"], ["delete the Pockthorpe deal"])
add("ref-025", C, e, "log a meeting on it from yesterday with Eustace Loughrey", ready(act(e, "meeting", YDAY, contact=5, deal=18)), RF + ["after_question", "user_name_clash"], ["what's the latest on Tarrow Kennel Washrooms?"])
add("ref-026", C, c, "and make him a prospect", ready(uc(26, lifecycle_stage="prospect")), RF + ["pronoun"], ["log a call with Aldous Kershaw"])
add("ref-027", C, jd, "remind me Monday to chase each of them", ready(task(jd, MON, deal=20), task(jd, MON, deal=24, k=1), task(jd, MON, deal=30, k=2)), RF + ["after_question", "bulk_create", "no_activity"], ["which of my deals have been quiet for two weeks?"])
add("ref-028", C, e, "no wait, it's stood down - they went elsewhere", ready(ud(28, stage=LOST)), RF + ["correction"], ["mark Birchover Changing Rooms Deep Clean as won"])
add("ref-029", C, c, "Gotobed", ready(done(1)), RF + ["pick_option", "last_name_only"], ["complete the Iolanthe rota task"])
add("ref-030", C, m, "log a note on that company: new practice manager from May", ready(act(m, "note", company=24)), RF + ["after_question", "note_on"], ["which company is Romilly Tollhaven at?"])
add("ref-031", C, jd, "make it 34k", ready(ud(29, amount=34000)), RF + ["after_question"], ["what's the amount on Garrowby Kitchen Degreasing?"])

# ====================================================================== clarification
C = "clarification"
CL = ["clarification"]
add("clr-001", C, c, "move the Kelderby deal to Mobilised", clar("deals:1", "deals:2", "deals:3"), CL + ["shared_word"])
add("clr-002", C, jd, "log a call with Iolanthe", clar("contacts:1", "contacts:2"), CL + ["near_duplicate"])
add("clr-003", C, e, "note on Mordecai: prefers email to phone calls", clar("contacts:3", "contacts:4"), CL + ["near_duplicate", "note_on"])
add("clr-004", C, jd, "emailed Halliwell the open day invite", clar("contacts:6", "contacts:7"), CL + ["last_name_only"])
add("clr-005", C, m, "hand Fenwarden over to Eustace", clar("companies:3", "companies:4"), CL + ["shared_word", "ownership"])
add("clr-006", C, c, "note on Kelderby: new key-holder list from April", clar("companies:1", "companies:2"), CL + ["shared_word", "note_on"])
add("clr-007", C, jd, "the Fenwarden Arcade deal is at 70k", clar("deals:5", "deals:6"), CL + ["closed_not_offered"])
add("clr-008", C, e, "mark the Brisgow out-of-hours access task done", clar("tasks:3", "tasks:4"), CL + ["near_duplicate"])
add("clr-009", C, jd, "done — sent the cleaning rota to Iolanthe", clar("tasks:1", "tasks:2"), CL + ["done_task", "near_duplicate"])
add("clr-010", C, c, "move the Pockthorpe deal to tender review", clar("deals:27", "deals:38"), CL)
add("clr-011", C, e, "the Quernhow deal, close date end of April", clar("deals:13", "deals:14"), CL)
add("clr-012", C, jd, "Garrowby deal to site audit", clar("deals:29", "deals:30"), CL + ["terse"])
add("clr-013", C, m, "note on Tollhaven: the keys are with reception", clar("companies:6", "contacts:8"), CL + ["note_on"])
add("clr-014", C, c, "Brisgow Data Centre deal to trial clean", clar("deals:8", "deals:9"), CL)
add("clr-015", C, jd, "the Ulverby deal is dead", clar("deals:19", "deals:20"), CL + ["lost"])
add("clr-016", C, m, "delete Iolanthe", clar("contacts:1", "contacts:2"), CL + ["near_duplicate"])
add("clr-017", C, e, "Mordecai's phone is 07700 900 147", clar("contacts:3", "contacts:4"), CL + ["phone", "near_duplicate"])
add("clr-018", C, c, "met Halliwell this morning", clar("contacts:6", "contacts:7"), CL + ["last_name_only"])
add("clr-019", C, jd, "the Kelderby Law Chambers deal closes April 30", clar("deals:1", "deals:2"), CL)
add("clr-020", C, e, "note on Fenwarden: arcade refurb starts in June", clar("companies:3", "companies:4"), CL + ["shared_word", "note_on"])
add("clr-021", C, c, "remind me to call Mordecai on Monday", clar("contacts:3", "contacts:4"), CL + ["remind_me"])
add("clr-022", C, jd, "hand Kelderby to Jedidiah", clar("companies:1", "companies:2"), CL + ["shared_word", "ownership"])
add("clr-023", C, e, "Iolanthe wants her rota on Fridays - log a note", clar("contacts:1", "contacts:2"), CL + ["near_duplicate"])

# ====================================================================== refusal
C = "refusal"
RV = ["refusal", "reviewer"]
add("rfs-001", C, h, "move Brisgow Data Hall Deep Clean to Mobilised", rej("reviewer"), RV)
add("rfs-002", C, h, "log a call with Iolanthe Gotobed", rej("reviewer"), RV)
add("rfs-003", C, h, "delete Nuala Foulds", rej("reviewer"), RV)
add("rfs-004", C, c, "delete Aldous Kershaw", rej("admin"), ["refusal", "rep_delete"])
add("rfs-005", C, e, "delete the Quernhow Canteen Degreasing deal", rej("admin"), ["refusal", "rep_delete"])
add("rfs-006", C, jd, "delete all the Stood Down deals", rej("admin"), ["refusal", "rep_delete", "bulk_delete"])
add("rfs-007", C, c, "move Kelderby Chambers Nightly Cleaning to Negotiation", rej("negotiation"), ["refusal", "unknown_stage"])
add("rfs-008", C, e, "Brisgow Office Janitorial to Proposal", rej("proposal"), ["refusal", "unknown_stage"])
add("rfs-009", C, jd, "hand Tollhaven Foyer Floor Care to Priya", rej("priya"), ["refusal", "unknown_user"])
add("rfs-010", C, m, "give Yelverton Motors to Pelham", rej("pelham"), ["refusal", "unknown_user"])
add("rfs-011", C, c, "Skelwith Window Contract amount minus 2k", rej("negative"), ["refusal", "negative_amount"])
add("rfs-012", C, e, "Tarrow Kennel Washrooms amount -1,500", rej("negative"), ["refusal", "negative_amount"])
add("rfs-013", C, jd, "Iolanthe Ibbotson's email is iolanthe at fenwarden", rej("email"), ["refusal", "bad_email"])
add("rfs-014", C, h, "hand all of Cosimo's leads to Eustace", rej("reviewer"), RV + ["bulk"])
add("rfs-015", C, c, "move Hinderwell Schools Contract to Breaking Ground", rej("breaking"), ["refusal", "unknown_stage"])
add("rfs-016", C, e, "mark Fidelma Normington as VIP", rej("vip"), ["refusal", "unknown_lifecycle"])
add("rfs-017", C, m, "move Garrowby Kitchen Degreasing to Walkthrough", rej("walkthrough"), ["refusal", "unknown_stage"])
add("rfs-018", C, h, "remind me Friday to call Malachy Ackerley", rej("reviewer"), RV + ["remind_me"])
add("rfs-019", C, jd, "delete Romilly Tollhaven", rej("admin"), ["refusal", "rep_delete"])
add("rfs-020", C, c, "give Lowick Coworking to Jethro", rej("jethro"), ["refusal", "unknown_user"])
add("rfs-021", C, e, "Quernhow Line Sanitation to Contracted", rej("contracted"), ["refusal", "unknown_stage"])
add("rfs-022", C, h, "new deal for Elmscott Theatre, window cleaning, 5k", rej("reviewer"), RV)
add("rfs-023", C, jd, "Zennor Open Plan Floors amount minus 4,000", rej("negative"), ["refusal", "negative_amount"])
add("rfs-024", C, m, "move Hinderwell Schools Contract to Qualified", rej("qualified"), ["refusal", "unknown_stage"])

# ====================================================================== negation
C = "negation"
NG = ["negation"]
add("neg-001", C, c, "don't move Kelderby Chambers Nightly Cleaning to Mobilised yet", nochange(), NG)
add("neg-002", C, e, "no need to log anything, I only popped into Brisgow to drop off a fob", nochange(), NG + ["description"])
add("neg-003", C, jd, "don't mark Tollhaven Foyer Floor Care won, just set it to tender review", ready(ud(10, stage=TR)), NG)
add("neg-004", C, c, "ah never mind that, forget I asked", nochange(), NG + ["never_mind"])
add("neg-005", C, m, "leave Marlstone Court Daily Cleaning at Tender Review", nochange(), NG + ["already"])
add("neg-006", C, e, "don't change the amount on Quernhow Line Sanitation, just push the close date to April 10", ready(ud(13, close_date="2036-04-10")), NG)
add("neg-007", C, jd, "not Callback - move Garrowby Ballroom Floors to Site Audit", ready(ud(30, stage=SA)), NG)
add("neg-008", C, c, "actually never mind, leave it where it is", nochange(), NG + ["never_mind", "history"], ["move Skelwith Window Contract to Stood Down"])
add("neg-009", C, e, "don't delete anything, just mark Nuala Foulds as a prospect", ready(uc(39, lifecycle_stage="prospect")), NG)
add("neg-010", C, jd, "we did a trial clean at the taproom on Friday, it was only a favour, nothing to log", nochange(), NG + ["description", "stage_word"])
add("neg-011", C, c, "I don't want a reminder, just log that I called Zinnia Jarratt", ready(act(c, "call", contact=25)), NG)
add("neg-012", C, e, "no, don't hand Yelverton Motors to anyone", nochange(), NG)
add("neg-013", C, jd, "Ravensmere Summer Turnaround stays at 26k", nochange(), NG + ["already"])
add("neg-014", C, c, "don't log the call with Hesper Whitelock, but remind me to email her Thursday", ready(task(c, THU, contact=17)), NG + ["remind_me"])
add("neg-015", C, m, "hold off on deleting Elmscott Theatre for now", nochange(), NG)
add("neg-016", C, e, "the crew finished the trial clean at Quernhow on Sunday, great feedback from the line managers", nochange(), NG + ["description", "stage_word"])
add("neg-017", C, jd, "don't change the owner on Fenwarden Arcade Mall Cleaning, it stays with me", nochange(), NG)
add("neg-018", C, c, "don't push Hinderwell Schools Contract back, it's still on for April 8", nochange(), NG + ["already"])
add("neg-019", C, e, "no need for a task, I've already emailed Blythe Midgley - just log the email", ready(act(e, "email", contact=27)), NG)
add("neg-020", C, jd, "Jervaulx Clinical Cleaning isn't lost, it's still at Tender Review", nochange(), NG + ["already"])
add("neg-021", C, m, "please don't remove Zennor Contact Centre, Jedidiah still needs it", nochange(), NG + ["polite"])
add("neg-022", C, c, "not 23k for Lowick — 23.8k", ready(ud(37, amount=23800)), NG + ["correction"])
add("neg-023", C, e, "don't move Kelderby Depot Washrooms to Mobilised - it's Stood Down, they renewed with the incumbent", ready(ud(3, stage=LOST)), NG + ["lost"])
add("neg-024", C, jd, "three site audits booked in for next week, all good", nochange(), NG + ["description", "stage_word"])
add("neg-025", C, c, "scrap that request, leave everything as it was", nochange(), NG + ["never_mind", "history"], ["Hinderwell Schools Contract to 95k"])

# ====================================================================== correction
C = "correction"
CR = ["correction"]
add("cor-001", C, c, "Skelwith Window Contract at 7k - sorry, 7.4k", ready(ud(17, amount=7400)), CR)
add("cor-002", C, e, "remind me Thursday - make that Friday - to call Kerenza Postlethwaite", ready(task(e, FRI, contact=30)), CR + ["remind_me"])
add("cor-003", C, jd, "Fionnuala Vavasour's email is fionnuala@zennorcc.com, no wait, fvavasour@zennorcc.co.uk", ready(uc(16, email="fvavasour@zennorcc.co.uk")), CR + ["email"])
add("cor-004", C, c, "move Pockthorpe Lounge Cleaning to site audit, scratch that, trial clean", ready(ud(38, stage=TC)), CR + ["scratch_that"])
add("cor-005", C, e, "log a call with Yolande Grimshaw - instead of a call make it a meeting", ready(act(e, "meeting", contact=24)), CR + ["instead_of"])
add("cor-006", C, jd, "Zennor Open Plan Floors close date May 20, I mean May 27", ready(ud(24, close_date="2036-05-27")), CR)
add("cor-007", C, m, "give Tarrow Veterinary Hospital to Cosimo, no, to Jedidiah", ready(uco(11, owner_id=5)), CR + ["ownership"])
add("cor-008", C, c, "Wendlebury Library Cleaning 24k... actually 24.5k", ready(ud(21, amount=24500)), CR)
add("cor-009", C, e, "set Brisgow Data Hall Deep Clean to Mobilised instead of Tender Review", ready(ud(8, stage=WON)), CR + ["instead_of"])
add("cor-010", C, jd, "remind me tomorrow, sorry, on Monday, to send Undine Dunnington the samples", ready(task(jd, MON, contact=22)), CR + ["remind_me"])
add("cor-011", C, c, "new contact Lucasta Ruddlesden at Fenwarden Dental Group, email lucasta@fenwardendental.co - .com not .co", ready(ccontact(c, "Lucasta", "Ruddlesden", 4, email="lucasta@fenwardendental.com")), CR + ["new_lead"])
add("cor-012", C, e, "Birchover Changing Rooms Deep Clean 5.5k, scratch that, 5,350", ready(ud(28, amount=5350)), CR + ["scratch_that"])
add("cor-013", C, jd, "log a meeting with Bertram Bottomley yesterday - no, it was Sunday", ready(act(jd, "meeting", SUN_P, contact=36)), CR)
add("cor-014", C, m, "move Inglebarrow Warehouse Floors to Trial Clean instead of Site Audit", ready(ud(34, stage=TC)), CR + ["instead_of"])
add("cor-015", C, c, "Iolanthe Gotobed's phone is 0161 496 0471 - typo, 0161 496 0417", ready(uc(1, phone="0161 496 0417")), CR + ["phone"])

# ====================================================================== typo
C = "typo"
TY = ["typo"]
add("typ-001", C, c, "mvoe kelderby chambers nightly cleanign to tender reveiw", ready(ud(1, stage=TR)), TY + ["multi_typo", "lowercase"])
add("typ-002", C, e, "brisgwo data hall deep clean amout 38k", ready(ud(8, amount=38000)), TY + ["multi_typo"])
add("typ-003", C, jd, "loged a cal with Sidony Petigrew", ready(act(jd, "call", contact=11)), TY + ["multi_typo"])
add("typ-004", C, c, "remnd me frdiay to chase Vivienne Etheridge", ready(task(c, FRI, contact=23)), TY + ["multi_typo", "remind_me"])
add("typ-005", C, e, "Yelverton Showroom Glazng is mobilsed", ready(ud(23, stage=WON)), TY + ["multi_typo"])
add("typ-006", C, jd, "Garowby Kitchen Degreasing close dat end of april", ready(ud(29, close_date=EOAPR)), TY + ["multi_typo"])
add("typ-007", C, c, "ntoe on Wendlebury Public Libary: new caretaker starts monday", ready(act(c, "note", company=13)), TY + ["multi_typo", "note_on"])
add("typ-008", C, e, "Yolande Grimhsaw is a custmer now", ready(uc(24, lifecycle_stage="customer")), TY + ["multi_typo"])
add("typ-009", C, jd, "Tollhaven Foyer Flor Care to tendr review", ready(ud(10, stage=TR)), TY + ["multi_typo"])
add("typ-010", C, m, "delte Cordelia Thackary", ready(dc(44)), TY + ["multi_typo"])
add("typ-011", C, c, "Lowick Cowroking Janitorial -> site adit", ready(ud(37, stage=SA)), TY + ["multi_typo"])
add("typ-012", C, e, "emaild Berenice Melstrom teh washroom spec", ready(act(e, "email", contact=9)), TY + ["multi_typo"])
add("typ-013", C, jd, "Ulverby Brewhose Deep Clean ammount 30,750", ready(ud(19, amount=30750)), TY + ["multi_typo"])
add("typ-014", C, c, "Pockthorp Terminal Washrooms clsoe date april 24", ready(ud(27, close_date="2036-04-24")), TY + ["multi_typo"])
add("typ-015", C, e, "compelte the task to send the glazing prcie to Erasmus Umfreville", ready(done(13)), TY + ["multi_typo"])
add("typ-016", C, jd, "Ravensmre Summer Turnarond to tender reivew", ready(ud(15, stage=TR)), TY + ["multi_typo"])

# ====================================================================== unsupported
C = "unsupported"
UN = ["unsupported"]
add("uns-001", C, c, "reschedule my task with Lavinia Halliwell to later in the month", rej(""), UN + ["reschedule"])
add("uns-002", C, e, "delete the call I logged with Blythe Midgley yesterday", rej(""), UN + ["activity_edit"])
add("uns-003", C, jd, "merge Iolanthe Ibbotson with Quintus Kilburn", rej(""), UN + ["merge"])
add("uns-004", C, c, "rename the rota task for Iolanthe Gotobed to 'Send spring rota'", rej(""), UN + ["rename"])
add("uns-005", C, e, "cancel the task about the racking aisles", rej(""), UN + ["cancel"])
add("uns-006", C, jd, "export my pipeline to a spreadsheet for me", rej(""), UN + ["export"])
add("uns-007", C, m, "reopen the Hinderwell holiday crew task", rej(""), UN + ["reopen"])
add("uns-008", C, c, "change the date on my meeting with Hesper Whitelock to Friday", rej(""), UN + ["activity_edit"])
add("uns-009", C, e, "reassign my Brisgow purchase order task to Jedidiah", rej(""), UN + ["reassign"])
add("uns-010", C, jd, "draw up a cleaning schedule for Garrowby Grand Hotel", rej(""), UN)
add("uns-011", C, m, "print the tender pack for Wendlebury Library Cleaning", rej(""), UN)

# ====================================================================== voices (rambling, wrapper, formal, formal_email, non_native, dictation, mobile)
add("act-043", "log_activity", c, "right, just back from Kelderby Law Chambers - walked every floor with Iolanthe Gotobed, the partners' offices on 3 are still a state from the refit dust, she was chatty, both kids at uni now apparently, anyway log that as a meeting", ready(act(c, "meeting", contact=1)), ["rambling", "meeting", "near_duplicate"])
add("mul-037", "multi_intent", e, "long day. Went out to Quernhow Foods this afternoon and spent two hours on the production floor with Mordecai Kenchington, the swabs on line 3 came back clean so Quernhow Line Sanitation can move to Tender Review, and I promised I'd get him the night-shift rota by Friday so remind me", ready(act(e, "meeting", contact=4), ud(13, stage=TR), task(e, FRI, contact=4)), ["rambling", "multi", "clause_scope", "pronoun"])
add("act-044", "log_activity", jd, "so the Garrowby visit - Undine Dunnington showed me round the kitchens, the extraction hoods haven't been touched in a year, grease everywhere, she reckons the GM will sign off on anything under 35k. anyway, log a meeting with her for today, nothing else for now", ready(act(jd, "meeting", contact=22)), ["rambling", "meeting"])
add("tsk-034", "create_task", c, "had a wander round Pockthorpe Airport with Malachy this morning, no need to log the walk itself, but the lounge washrooms were grim and I want a reminder to send him photos of our Fenwarden washrooms by Thursday", ready(task(c, THU, contact=20)), ["rambling", "remind_me", "negation"])
add("upd-055", "update_deal", jd, "quick brain dump after the Ulverby brewhouse visit: Sulien Tattersall walked me through the fermentation hall, the CIP system does most of it, they only need us for the floors and drains, so Ulverby Brewhouse Deep Clean comes down to 24k. don't log the visit, I'll do a proper note later", ready(ud(19, amount=24000)), ["rambling", "amount", "negation"])
add("upd-056", "update_deal", e, "Hi! When you get a sec, Kelderby Depot Washrooms needs to go back to Trial Clean - can you make that change? thanks", ready(ud(3, stage=TC)), ["wrapper", "polite", "stage"])
add("act-045", "log_activity", c, "I was wondering if you could log a call with Gwenllian Ollerenshaw for me, we spoke about the window contract, cheers", ready(act(c, "call", contact=29)), ["wrapper", "polite", "call"])
add("upd-057", "update_deal", jd, "would you mind setting Jervaulx Clinical Cleaning's amount to 11,200? that'd be great, ta", ready(ud(35, amount=11200)), ["wrapper", "polite", "amount"])
add("uct-018", "update_contact", m, "Morning! Could you do me a favour and mark Zebulon Openshaw as a prospect? Many thanks", ready(uc(43, lifecycle_stage="prospect")), ["wrapper", "polite", "lifecycle"])
add("own-018", "ownership", e, "sorry to bother you - can you hand the Yelverton Showroom Glazing deal to Jedidiah? he's covering the dealership now. thanks!", ready(ud(23, owner_id=5)), ["wrapper", "polite", "ownership", "hand"])
add("own-019", "ownership", m, "Please record that Skelwith Conference Centre has been reassigned to Eustace Dimbleby.", ready(uco(10, owner_id=3)), ["formal", "ownership"])
add("upd-058", "update_deal", c, "Kindly update the close date of Kelderby Chambers Carpet Refresh to 30 April 2036.", ready(ud(2, close_date=EOAPR)), ["formal", "date"])
add("tsk-035", "create_task", e, "Please create a follow-up task, due on 17 March, to contact Theodora Uttridge regarding the canteen.", ready(task(e, MON, contact=32)), ["formal", "date"])
add("upd-059", "update_deal", jd, "I would like the Garrowby Kitchen Degreasing opportunity to be moved to the Site Audit stage.", ready(ud(29, stage=SA)), ["formal", "stage"])
add("act-046", "log_activity", m, "Please record that I held a telephone call with Lettice Zouche this morning.", ready(act(m, "call", contact=19)), ["formal", "call"])
add("upd-060", "update_deal", c, "Hi team,\n\nPlease note that Wendlebury Library Cleaning has now been awarded to us; kindly mark it as Mobilised.\n\nRegards,\nCosimo", ready(ud(21, stage=WON)), ["formal_email", "won"])
add("mul-038", "multi_intent", e, "Dear CRM, following today's meeting with Blythe Midgley at Brisgow, please log the meeting and set Brisgow Office Janitorial to Tender Review. Kind regards, Eustace", ready(act(e, "meeting", contact=27), ud(9, stage=TR)), ["formal_email", "multi", "clause_scope"])
add("uct-019", "update_contact", jd, "To whom it may concern - Ravensmere Student Living have confirmed that Yasmin Micklethwaite is their new point of contact for invoices; her email address is y.micklethwaite@ravensmereliving.com. Best, J.", ready(uc(42, email="y.micklethwaite@ravensmereliving.com")), ["formal_email", "email"])
add("cct-018", "create_contact", m, "Good afternoon, please add Honorine Blenkiron as a contact at Abbotsleigh Museum (honorine.blenkiron@abbotsleighmuseum.org). She is their new Collections Manager. Regards, Damaris", ready(ccontact(m, "Honorine", "Blenkiron", 16, email="honorine.blenkiron@abbotsleighmuseum.org")), ["formal_email", "new_lead", "job_title"])
add("upd-061", "update_deal", c, "Dear all, I am pleased to confirm that Hinderwell Schools Contract has been signed at 93,500. Please update the record accordingly. Many thanks, Cosimo", ready(ud(32, stage=WON, amount=93500)), ["formal_email", "won", "amount"])
add("upd-062", "update_deal", e, "please to change the Brisgow Office Janitorial amount in 56k, client is agree", ready(ud(9, amount=56000)), ["non_native", "amount"])
add("act-047", "log_activity", jd, "I have make a call with Sidony Pettigrew today morning", ready(act(jd, "call", contact=11)), ["non_native", "call"])
add("upd-063", "update_deal", c, "Pockthorpe Lounge Cleaning must to go in tender review, they are asking the offer", ready(ud(38, stage=TR)), ["non_native", "stage"])
add("tsk-036", "create_task", e, "remember me for call Theodora Uttridge on friday please", ready(task(e, FRI, contact=32)), ["non_native", "remind_me"])
add("upd-064", "update_deal", jd, "the Tollhaven Foyer Floor Care is closing for end of may, change the date", ready(ud(10, close_date=EOMAY)), ["non_native", "date"])
add("mul-039", "multi_intent", c, "log a call with Gwenllian Ollerenshaw today she wants the window contract started in april and move Skelwith Window Contract to site audit", ready(act(c, "call", contact=29), ud(17, stage=SA)), ["dictation", "multi", "clause_scope"])
add("mul-040", "multi_intent", e, "emailed Fidelma Normington the degreasing quote this morning remind me to chase her on friday", ready(act(e, "email", contact=28), task(e, FRI, contact=28)), ["dictation", "multi", "pronoun"])
add("upd-065", "update_deal", jd, "Zennor Open Plan Floors amount twenty five thousand five hundred close date end of may", ready(ud(24, amount=25500, close_date=EOMAY)), ["dictation", "words", "same_record"])
add("mul-041", "multi_intent", c, "mark Aldous Kershaw as a prospect and hand him to Jedidiah", ready(uc(26, lifecycle_stage="prospect", owner_id=5)), ["dictation", "multi", "same_record", "ownership", "hand"])
add("del-018", "delete", m, "delete the company Yelverton Motors and the deal Yelverton Showroom Glazing", ready(dco(14), dd(23)), ["dictation", "multi"])
add("upd-066", "update_deal", jd, "garrowby ballroom floors 13k thx", ready(ud(30, amount=13000)), ["mobile", "lowercase", "amount"])
add("act-048", "log_activity", e, "txt'd Berenice Mellstrom re washrooms", ready(act(e, "message", contact=9)), ["mobile", "message"])
add("upd-067", "update_deal", c, "pockthorpe lounge cleaning close end of june thx", ready(ud(38, close_date=EOJUN)), ["mobile", "lowercase", "date"])
add("tsk-037", "create_task", c, "remind me on Feb 3 to renew the Marlstone Courthouse security passes", ready(task(c, "2037-02-03", company=7)), ["remind_me", "year_roll", "company_only"])
add("uns-012", "unsupported", jd, "push my task with Fionnuala Vavasour back to next month", rej(""), ["unsupported", "reschedule"])
add("del-019", "delete", m, "delete Hinderwell Academy Trust", ready(dco(22)), ["terse"])
add("del-020", "delete", m, "remove the Ravensmere Student Living company, they've taken their cleaning in-house", ready(dco(9)), [])

# ====================================================================== questions (answers from validate_tenth.QUESTIONS)
C = "question"
QS = [
    ("qst-001", h, "what's open with Kelderby Law Chambers?", ["company_deals", "near_duplicate", "shared_word"]),
    ("qst-002", m, "list every deal Fenwarden Arcade has ever had, closed ones included", ["company_deals", "closed_included"]),
    ("qst-003", c, "which of my deals close before the end of March?", ["closing", "my", "past_dated"]),
    ("qst-004", h, "how many deals are sitting at Trial Clean?", ["count", "stage_word"]),
    ("qst-005", m, "what's Cosimo's open pipeline worth?", ["pipeline"]),
    ("qst-006", e, "what's Mordecai Kenchington's phone number?", ["contact_info", "near_duplicate"]),
    ("qst-007", h, "who owns the Kelderby Bus Depot account?", ["account_owner", "near_duplicate"]),
    ("qst-008", c, "when did we last speak to Iolanthe Gotobed?", ["last_touch", "near_duplicate"]),
    ("qst-009", h, "which open deals have gone 4 weeks without any activity?", ["stale_deals", "no_activity"]),
    ("qst-010", c, "what tasks have I still got open?", ["tasks", "my"]),
    ("qst-011", e, "anything overdue on my list?", ["tasks", "overdue", "my"]),
    ("qst-012", h, "what did we win this year?", ["won_lost", "won"]),
    ("qst-013", m, "which deals have we lost?", ["won_lost", "lost"]),
    ("qst-014", h, "of everything still open, which deal carries the biggest price tag?", ["biggest_deal"]),
    ("qst-015", m, "average size of an open deal?", ["average_deal", "terse"]),
    ("qst-016", c, "who's the contact on Hinderwell Schools Contract?", ["deal_contact"]),
    ("qst-017", h, "who owns the Abbotsleigh Gallery Cleaning deal?", ["deal_owner"]),
    ("qst-018", m, "who owns the Abbotsleigh Museum account?", ["account_owner"]),
    ("qst-019", e, "how many open deals does Quernhow Foods have?", ["count", "company_deals"]),
    ("qst-020", c, "what's the phone number for Malachy Ackerley?", ["contact_info"]),
    ("qst-021", e, "which of my deals are at Trial Clean?", ["pipeline", "my"]),
    ("qst-022", c, "what's open with Pockthorpe Airport?", ["company_deals"]),
    ("qst-023", h, "show me the deals nobody has touched for six weeks", ["stale_deals", "no_activity"]),
    ("qst-024", m, "what are Eustace's overdue tasks?", ["tasks", "overdue"]),
    ("qst-025", e, "who is Fidelma Normington?", ["contact_info"]),
    ("qst-026", m, "which company is Romilly Tollhaven at?", ["contact_info", "near_duplicate"]),
    ("qst-027", jd, "which of my deals have been quiet for two weeks?", ["stale_deals", "my"]),
    ("qst-028", jd, "what's the amount on Garrowby Kitchen Degreasing?", ["deal_amount"]),
    ("qst-029", h, "how much is sitting in Tender Review?", ["pipeline"]),
    ("qst-030", m, "how many open deals has Jedidiah got?", ["count"]),
    ("qst-031", h, "what's Jedidiah's average open deal?", ["average_deal"]),
    ("qst-032", jd, "what's the largest deal I've got open?", ["biggest_deal", "my"]),
    ("qst-033", e, "how many activities have I put in since midnight?", ["today", "count", "my"]),
    ("qst-034", c, "which of my tasks fall due this week?", ["tasks", "this_week", "my"]),
    ("qst-035", jd, "anything due for me this week?", ["tasks", "this_week", "my"]),
    ("qst-036", h, "when does Marlstone Court Daily Cleaning close?", ["closing"]),
    ("qst-037", m, "what stage is Ravensmere Summer Turnaround at?", ["stage"]),
    ("qst-038", c, "what's Iolanthe Ibbotson's email?", ["contact_info", "near_duplicate"]),
    ("qst-039", e, "who do we deal with at Birchover Fitness?", ["company_contacts"]),
    ("qst-040", h, "who are the contacts at Kelderby Law Chambers?", ["company_contacts", "shared_word"]),
    ("qst-041", m, "how many contacts does Garrowby Grand Hotel have?", ["count", "company_contacts"]),
    ("qst-042", h, "which deals close in April?", ["closing"]),
    ("qst-043", e, "what's the total of my open deals?", ["pipeline", "my"]),
    ("qst-044", h, "how many deals did we mobilise this year?", ["won_lost", "won", "count"]),
    ("qst-045", m, "how much have we won so far this year?", ["won_lost", "won"]),
    ("qst-046", jd, "which of my deals are stood down?", ["won_lost", "lost", "my"]),
    ("qst-047", h, "when was Brisgow Office Janitorial last touched?", ["last_touch"]),
    ("qst-048", c, "when did I last log anything on Lowick Coworking Janitorial?", ["last_touch"]),
    ("qst-049", e, "which of my deals have had nothing logged in three weeks?", ["stale_deals", "my"]),
    ("qst-050", m, "what's Jervaulx Clinical Cleaning worth?", ["deal_amount"]),
    ("qst-051", h, "what's the second biggest open deal?", ["biggest_deal"]),
    ("qst-052", jd, "what's Lettice Zouche's phone?", ["contact_info"]),
    ("qst-053", c, "what's the email for Aldous Kershaw?", ["contact_info"]),
    ("qst-054", h, "count the open tasks that are past due", ["overdue", "count"]),
    ("qst-055", m, "which open deals have a close date that's already gone by?", ["past_dated", "closing"]),
    ("qst-056", e, "what does Quernhow Foods have open?", ["company_deals"]),
    ("qst-057", h, "which deals are at Callback?", ["pipeline", "stage_word"]),
    ("qst-058", m, "how many deals are in Site Audit?", ["count", "stage_word"]),
    ("qst-059", h, "what's the total value of Jedidiah's open deals?", ["pipeline"]),
    ("qst-060", c, "when's my Hinderwell deal closing?", ["closing", "closed_not_offered"]),
    ("qst-061", jd, "who's my contact at Zennor Contact Centre?", ["company_contacts"]),
    ("qst-062", e, "what's the Brisgow Data Hall Deep Clean close date?", ["closing"]),
    ("qst-063", h, "list the deals with no activity in two weeks", ["stale_deals", "no_activity"]),
    ("qst-064", m, "how many companies does Eustace own?", ["count", "account_owner"]),
    ("qst-065", h, "which companies does Jedidiah look after?", ["account_owner"]),
    ("qst-066", c, "what's Hesper Whitelock's job title?", ["contact_info", "job_title"]),
    ("qst-067", e, "which company is Yolande Grimshaw with?", ["contact_info"]),
    ("qst-068", jd, "how many of my tasks are still open?", ["count", "tasks", "my"]),
    ("qst-069", h, "what's the pipeline total?", ["pipeline", "terse"]),
    ("qst-070", m, "who's got the most open pipeline?", ["pipeline"]),
    ("qst-071", h, "what's the smallest open deal?", ["biggest_deal"]),
    ("qst-072", e, "which of my deals are due to close in April?", ["closing", "my"]),
    ("qst-073", c, "what did we lose this year?", ["won_lost", "lost"]),
    ("qst-074", m, "when is the Send tender pack to Romilly Tollhaven task due?", ["tasks"]),
    ("qst-075", h, "how many activities were logged today?", ["today", "count"]),
    ("qst-076", jd, "how many calls have been logged on Tollhaven Foyer Floor Care?", ["activity", "count"]),
    ("qst-077", e, "how many meetings have there been with Mordecai Jowett?", ["activity", "near_duplicate"]),
    ("qst-078", h, "what's the average size of Cosimo's open deals?", ["average_deal"]),
    ("qst-079", h, "who's the account owner for Lowick Coworking?", ["account_owner"]),
    ("qst-080", m, "which Fenwarden Arcade deals are still open?", ["company_deals", "closed_not_offered"]),
    ("qst-081", h, "who is the contact for Garrowby Ballroom Floors?", ["deal_contact"]),
    ("qst-082", e, "how many open deals are over 40k?", ["count"]),
    ("qst-083", jd, "when did I last talk to Undine Dunnington?", ["last_touch"]),
    ("qst-084", m, "what's in Tender Review closing this month?", ["closing", "pipeline"]),
    ("qst-085", m, "who's the owner of Brisgow Office Janitorial?", ["deal_owner"]),
]
for qid, user, text, tags in QS:
    add(qid, C, user, text, Q(), tags)

DECLINES = [
    ("dec-001", c, "what will the weather be like for the Hinderwell window clean on Saturday?", []),
    ("dec-002", h, "how many square feet is Fenwarden Arcade?", []),
    ("dec-003", m, "how many cleaners does Quernhow Foods employ?", []),
    ("dec-004", e, "what's the deal with Sugden Bus Station?", []),
    ("dec-005", jd, "what's Anstice Wragby's phone number?", []),
    ("dec-006", h, "what's our client satisfaction score this quarter?", []),
    ("dec-007", m, "how much bleach did we buy last month?", []),
    ("dec-008", c, "what did Pelham log last week?", []),
    ("dec-009", e, "what's open with Kelderby Railway?", ["Kelderby Chambers Nightly Cleaning", "Kelderby Chambers Carpet Refresh", "Kelderby Depot Washrooms"]),
    ("dec-010", h, "what's Cotterdale Building Society's share price?", []),
    ("dec-011", jd, "what's Undine Dunnington's Instagram handle?", []),
    ("dec-012", m, "what's the staff turnover on our night shift?", []),
    ("dec-013", c, "who's the contact at Fenwarden Opticians?", ["Iolanthe Ibbotson", "Quintus Kilburn", "Quillon Oddie"]),
    ("dec-014", h, "what's Brisgow Data Centre's credit rating?", []),
    ("dec-015", e, "how many hours did the crew spend at Tarrow last week?", []),
]
for qid, user, text, ex in DECLINES:
    add(qid, C, user, text, DECLINE(*ex), ["question", "decline"])


def fill_answers() -> None:
    from validate_tenth import question_answers
    answers = question_answers()
    for it in ITEMS:
        e = it["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it["id"]]


def main() -> None:
    from validate_tenth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it["id"]: it for it in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[x], ensure_ascii=False) + "\n" for x in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
