"""Writes sixth_dev.jsonl and sixth_test.jsonl: the hand-written items of the sixth corpus (fixture F, Ravelin Linen
Services), in the seeded stratified split. One add(...) per item. The helpers only type link ids once (a contact gives
its company; a deal gives its company and, when no person is named, its contact), fill the acting user in as
owner/author, and number new records from the next free id. Question answers are filled from the SQL in
validate_sixth.QUESTIONS (the only labels taken from SQL); everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_sixth.py
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_f import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"kasia": 1, "rowan": 2, "fergus": 3, "hedda": 4, "tavish": 5}
NEXT = {"companies": 26, "contacts": 47, "deals": 38, "activities": 421, "tasks": 43}
TODAY = "2031-10-13"  # a Monday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, text, expect, tags, history=()):
    tags = list(tags)
    if user == "rowan" and "manager" not in tags:  # the admin writes as the operations manager
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


def cdeal(u, company, stage="Scouting", amount=None, close=None, product=None, contact=None, name=None,
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
SC, LA, SR, PW, WON, LOST = "Scouting", "Linen Audit", "Sample Run", "Paperwork", "Onboarded", "Walked Away"
BED, TABLE, TOWEL, CHEF, WORK, MAT = ("Bed Linen Hire", "Table Linen Hire", "Towel Rental", "Chef Whites Rental",
                                      "Workwear Laundering", "Floor Mat Service")
# dates (today is Monday 2031-10-13). Past weekdays, for activities:
YDAY, SAT, FRI_P, THU_P, WED_P, TUE_P = "2031-10-12", "2031-10-11", "2031-10-10", "2031-10-09", "2031-10-08", "2031-10-07"
# future, for tasks and deals ("Monday" and "next <weekday>" are never used for a future date)
TMRW, WED, THU, FRI = "2031-10-14", "2031-10-15", "2031-10-16", "2031-10-17"
WEEK, TWO_WEEKS, EOM, EON, EOY = "2031-10-20", "2031-10-27", "2031-10-31", "2031-11-30", "2031-12-31"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, "kasia", "Larchmont Grand Bed Linen Hire → Paperwork", ready(ud(1, stage=PW)), ["stage", "mobile", "terse"])
add("upd-002", C, "fergus", "mossley holiday park bed linen is signed!! mark it onboarded", ready(ud(6, stage=WON)), ["stage", "won", "lowercase"])
add("upd-003", C, "tavish", "Ninebarrow Halls Bed Linen is now worth 156k, they added the new block", ready(ud(18, amount=156000)), ["amount"])
add("upd-004", C, "kasia", "could you push the close date on Skerryvore Cabin Linen to Dec 5?", ready(ud(19, close_date="2031-12-05")), ["date", "polite"])
add("upd-005", C, "fergus", "Oxbow Fitness Towel Rental - they walked away, went with the gym chain's national contract", ready(ud(12, stage=LOST)), ["stage", "lost"])
add("upd-006", C, "tavish", "sorrelwood bed linen to paperwork pls", ready(ud(9, stage=PW)), ["stage", "mobile", "lowercase"])
add("upd-007", C, "kasia", "Brockhurst Scrubs Laundering amount: 18,250", ready(ud(15, amount=18250)), ["amount"])
add("upd-008", C, "fergus", "Tarnside Inn Bed Linen - the landlord's agreed to an audit, move it to Linen Audit", ready(ud(29, stage=LA)), ["stage"])
add("upd-009", C, "tavish", "Oriel Banqueting Linen close date end of November", ready(ud(34, close_date=EON)), ["date"])
add("upd-010", C, "kasia", "Bramling Poultry Workwear, seventy-seven thousand five hundred", ready(ud(31, amount=77500)), ["amount", "words"])
add("upd-011", C, "fergus", "Ellerby Hall Banqueting Linen: 35k and close it end of the month", ready(ud(16, amount=35000, close_date=EOM)), ["amount", "date", "same_record"])
add("upd-012", C, "tavish", "Hobnail Chef Whites is dead, they're buying their own whites", ready(ud(24, stage=LOST)), ["stage", "lost"])
add("upd-013", C, "kasia", "Thimble Street Dental Tunics should close Dec 12", ready(ud(5, close_date="2031-12-12")), ["date", "near_duplicate"])
add("upd-014", C, "fergus", "Gannet Bay Spa Towels won 🎉", ready(ud(21, stage=WON)), ["stage", "won", "mobile"])
add("upd-015", C, "rowan", "Please set the Skerryvore Towel Rental amount to 61,000.", ready(ud(20, amount=61000)), ["amount", "formal"])
add("upd-016", C, "tavish", "Pipistrelle Salon Towels close date Friday", ready(ud(27, close_date=FRI)), ["date", "weekday"])
add("upd-017", C, "kasia", "Kilnworth Workwear Laundering has slipped a week", ready(ud(10, close_date="2031-10-26")), ["date", "relative_to_record"])
add("upd-018", C, "fergus", "the Alderholt Garage Overalls close date has been and gone - make it Nov 7", ready(ud(26, close_date="2031-11-07")), ["date", "past_dated"])
add("upd-019", C, "tavish", "Drovers Yard Bed Linen close date is already past, push it to the end of next month", ready(ud(30, close_date=EON)), ["date", "past_dated"])
add("upd-020", C, "kasia", "Colvend Hospice Bed Linen to linen audit", ready(ud(28, stage=LA)), ["stage", "terse"])
add("upd-021", C, "fergus", "Fallowmere Kitchen Whites: 6.75k", ready(ud(33, amount=6750)), ["amount", "terse"])
add("upd-022", C, "tavish", "Thimble Street Bistro Chef Whites - product should be Table Linen Hire, they want tablecloths not whites", ready(ud(4, product=TABLE)), ["product"])
add("upd-023", C, "kasia", "Puddleby Cot Linen close date Feb 20", ready(ud(36, close_date="2032-02-20")), ["date", "year_roll"])
add("upd-024", C, "fergus", "Larchmont Golf Club Table Linen, $15,900 even", ready(ud(3, amount=15900)), ["amount", "near_duplicate"])
add("upd-025", C, "tavish", "I need Ninebarrow Halls Bed Linen back in Scouting, their estates team is re-tendering", ready(ud(18, stage=SC)), ["stage"])
add("upd-026", C, "rowan", "Mossley Holiday Park Towels: the amount should read 43,750.", ready(ud(7, amount=43750)), ["amount", "formal"])
add("upd-027", C, "kasia", "Larchmont Grand Towel Rental - the sample run starts this week, move it along to that stage", ready(ud(2, stage=SR)), ["stage"])
add("upd-028", C, "fergus", "ellerby bridal suite linen close date end of january", ready(ud(17, close_date="2032-01-31")), ["date", "lowercase", "year_roll"])
add("upd-029", C, "tavish", "Hobnail Chef Whites close date the 24th", ready(ud(24, close_date="2031-10-24")), ["date"])
add("upd-030", C, "kasia", "Skerryvore Cabin Linen into Paperwork", ready(ud(19, stage=PW)), ["stage", "terse"])
add("upd-031", C, "fergus", "Please to put Gannet Bay Spa Towels close date on 21 October, the spa manager is away until then", ready(ud(21, close_date="2031-10-21")), ["date", "non_native"])
add("upd-032", C, "tavish", "Ravensmoor Vets Workwear, 7.4k, close Jan 9", ready(ud(23, amount=7400, close_date="2032-01-09")), ["amount", "date", "same_record", "terse", "year_roll"])
add("upd-033", C, "kasia", "long day, two vans off the road and the ironer at the plant jammed again. anyway, Bramling Poultry Workwear should close by Nov 21 now, they're waiting on their auditor", ready(ud(31, close_date="2031-11-21")), ["date", "rambling"])
add("upd-034", C, "fergus", "Mossley Holiday Park Towels: they're adding the lodges so 46k", ready(ud(7, amount=46000)), ["amount"])
add("upd-035", C, "tavish", "mark Tansy Lane Chef Whites as Linen Audit", ready(ud(14, stage=LA)), ["stage"])
add("upd-036", C, "kasia", "Can you make Thimble Street Dental Tunics 7.9k?", ready(ud(5, amount=7900)), ["amount", "polite"])
add("upd-037", C, "fergus", "Tarnside Inn Bed Linen - they've gone with the laundry in town, lost", ready(ud(29, stage=LOST)), ["stage", "lost"])
add("upd-038", C, "rowan", "The Kilnworth Workwear Laundering deal should close on November 3.", ready(ud(10, close_date="2031-11-03")), ["date"])
add("upd-039", C, "tavish", "Hi, quick CRM update: Pipistrelle Salon Towels finished the sample run and is now at Paperwork. Thanks, Tavish", ready(ud(27, stage=PW)), ["stage", "formal_email"])
add("upd-040", C, "kasia", "colvend hospice: close date end of the year", ready(ud(28, close_date=EOY)), ["date", "lowercase", "mobile"])
add("upd-041", C, "fergus", "Ellerby Hall Banqueting Linen has slipped a fortnight", ready(ud(16, close_date="2031-11-10")), ["date", "relative_to_record"])
add("upd-042", C, "tavish", "fifty-eight grand for Oriel Banqueting Linen", ready(ud(34, amount=58000)), ["amount", "words"])
add("upd-043", C, "kasia", "push Larchmont Grand Bed Linen Hire out two weeks", ready(ud(1, close_date="2031-11-20")), ["date", "relative_to_record"])
add("upd-044", C, "fergus", "Larchmont Golf Club Table Linen - 15.25k", ready(ud(3, amount=15250)), ["amount"])
add("upd-045", C, "tavish", "Drovers Yard Bed Linen closes in two weeks", ready(ud(30, close_date=TWO_WEEKS)), ["date", "relative_date"])
add("upd-046", C, "rowan", "Skerryvore Cabin Linen: stage Paperwork, amount 225k", ready(ud(19, stage=PW, amount=225000)), ["stage", "amount", "same_record"])
add("upd-047", C, "kasia", "Would you mind updating the Puddleby Cot Linen deal? It's more like 5.5k now.", ready(ud(36, amount=5500)), ["amount", "polite", "wrapper"])
add("upd-048", C, "fergus", "could you do me a favour and set Fallowmere Kitchen Whites to close on Dec 15", ready(ud(33, close_date="2031-12-15")), ["date", "polite", "wrapper"])
add("upd-049", C, "tavish", "Hello, could you please record that Ninebarrow Halls Bed Linen is now expected to close on 2 December? Many thanks, Tavish", ready(ud(18, close_date="2031-12-02")), ["date", "formal_email", "polite"])
add("upd-050", C, "kasia", "Kilnworth workwear they say yes, is signed now, please make it onboarded", ready(ud(10, stage=WON)), ["stage", "won", "non_native"])
add("upd-051", C, "tavish", "Sorrelwood Care Home Bed Linen: should close in 3 days", ready(ud(9, close_date=THU)), ["date", "relative_date"])
add("upd-052", C, "kasia", "Skerryvore Towel Rental: close date Jan 30", ready(ud(20, close_date="2032-01-30")), ["date", "year_roll"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, "kasia", "Ingeborg Falk's new mobile is 07700 900 431", ready(uc(1, phone="07700 900 431")), ["phone", "near_duplicate"])
add("uct-002", C, "fergus", "Cassius Bray email: cassius@mossleypark.com", ready(uc(3, email="cassius@mossleypark.com")), ["email", "near_duplicate"])
add("uct-003", C, "tavish", "Vashti Okonedo is an opportunity now", ready(uc(23, lifecycle_stage="opportunity")), ["lifecycle"])
add("uct-004", C, "fergus", "Fergus Hallam's direct line is 01425 555 207", ready(uc(5, phone="01425 555 207")), ["phone", "user_name_clash"])
add("uct-005", C, "kasia", "Nell Gowrie's email changed to Nell.Gowrie@SkerryvoreFerries.co.uk", ready(uc(16, email="nell.gowrie@skerryvoreferries.co.uk")), ["email", "lowercase_email"])
add("uct-006", C, "tavish", "Corwin Achard has moved from Ninebarrow over to Oriel Conference Centre", ready(uc(15, company_id=24)), ["company_move"])
add("uct-007", C, "kasia", "Jocasta Penfold is Managing Director at Kilnworth now", ready(uc(11)), ["job_title"])
add("uct-008", C, "fergus", "set Wenna Polglase to prospect", ready(uc(43, lifecycle_stage="prospect")), ["lifecycle"])
add("uct-009", C, "tavish", "Saffi Ruddock phone 0161 496 7702 ext 3", ready(uc(20, phone="0161 496 7702 ext 3")), ["phone"])
add("uct-010", C, "rowan", "Hilde Bramwell has churned, the tearooms are closing for good", ready(uc(12, lifecycle_stage="churned")), ["lifecycle"])
add("uct-011", C, "kasia", "new email for Kenver Treloar: k.treloar@brockhurstmedical.org", ready(uc(13, email="k.treloar@brockhurstmedical.org")), ["email"])
add("uct-012", C, "fergus", "Zillah Oakshott -> opportunity", ready(uc(33, lifecycle_stage="opportunity")), ["lifecycle", "terse"])
add("uct-013", C, "tavish", "Rollo Pennycook's surname is actually Pennicook, with an i", ready(uc(26, last_name="Pennicook")), ["name_fix"])
add("uct-014", C, "kasia", "Digby Tranter he have new number, is 07700 900 918", ready(uc(24, phone="07700 900 918")), ["phone", "non_native"])
add("uct-015", C, "fergus", "Elfrida Colquhoun's title is Business Manager now, not Bursar", ready(uc(25)), ["job_title"])
add("uct-016", C, "tavish", "Ludovic Sayle is a customer now that the clinic's signed up", ready(uc(18, lifecycle_stage="customer")), ["lifecycle"])
add("uct-017", C, "fergus", "Good afternoon, Tamar Eskdale has asked us to use her new direct line, 01202 555 318, from now on. Best, Fergus", ready(uc(17, phone="01202 555 318")), ["phone", "formal_email"])
add("uct-018", C, "kasia", "update Hartley Spode's email to hartley@larchmontgrand.com and make him an opportunity", ready(uc(28, email="hartley@larchmontgrand.com", lifecycle_stage="opportunity")), ["email", "lifecycle", "same_record"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, "kasia", "Puddleby Day Nursery's website is now puddleby.co.uk", ready(uco(25, domain="puddleby.co.uk")), ["domain"])
add("uco-002", C, "fergus", "Fallowmere School industry: Independent Schools", ready(uco(23, industry="Independent Schools")), ["industry", "terse"])
add("uco-003", C, "tavish", "Pipistrelle Hair Studio domain -> pipistrelle.salon", ready(uco(18, domain="pipistrelle.salon")), ["domain"])
add("uco-004", C, "rowan", "Change Skerryvore Ferries' industry to Maritime.", ready(uco(13, industry="Maritime")), ["industry", "formal"])
add("uco-005", C, "kasia", "rename Brockhurst Medical Practice to Brockhurst Health Centre", ready(uco(10, name="Brockhurst Health Centre")), ["rename"])
add("uco-006", C, "fergus", "Oxbow Fitness's domain should be oxbowgyms.com", ready(uco(8, domain="oxbowgyms.com")), ["domain"])
add("uco-007", C, "tavish", "Drovers Yard Hostel is really a budget hotel these days, set the industry to Budget Hotels", ready(uco(21, industry="Budget Hotels")), ["industry"])
add("uco-008", C, "kasia", "Colvend Hospice industry should say Palliative Care", ready(uco(19, industry="Palliative Care")), ["industry"])
add("uco-009", C, "fergus", "Larchmont Golf Club changed their web address to larchmontgolfclub.co.uk", ready(uco(2, domain="larchmontgolfclub.co.uk")), ["domain", "near_duplicate"])
add("uco-010", C, "tavish", "Thimble Street Bistro's domain is thimblebistro.com", ready(uco(3, domain="thimblebistro.com")), ["domain", "near_duplicate"])

# ====================================================================== ownership
C = "ownership"
add("own-001", C, "rowan", "Fergus is taking over Puddleby Day Nursery", ready(uco(25, owner_id=3)), ["ownership", "taking_over"])
add("own-002", C, "rowan", "we're moving the Ravensmoor Vets Workwear deal to Kasia", ready(ud(23, owner_id=1)), ["ownership", "moving_to"])
add("own-003", C, "kasia", "I'm taking over the Mossley Holiday Park Towels deal from Fergus", ready(ud(7, owner_id=1)), ["ownership", "taking_over"])
add("own-004", C, "rowan", "hand the Ninebarrow Student Living account to Fergus", ready(uco(12, owner_id=3)), ["ownership", "hand"])
add("own-005", C, "fergus", "Give Fallowmere Kitchen Whites to Tavish", ready(ud(33, owner_id=5)), ["ownership"])
add("own-006", C, "rowan", "Tavish owns Colvend Hospice from now on", ready(uco(19, owner_id=5)), ["ownership"])
add("own-007", C, "tavish", "make me the owner of Marigold Fennimore", ready(uc(29, owner_id=5)), ["ownership", "make_me"])
add("own-008", C, "rowan", "put the Hobnail Chef Whites under Kasia's name", ready(ud(24, owner_id=1)), ["ownership"])
add("own-009", C, "rowan", "Kasia takes over Ingeborg Raines", ready(uc(2, owner_id=1)), ["ownership", "taking_over", "near_duplicate"])
add("own-010", C, "fergus", "assign Alderholt Garage Overalls to Kasia, she's covering Alderholt while I'm on leave", ready(ud(26, owner_id=1)), ["ownership"])
add("own-011", C, "rowan", "Please transfer ownership of Oriel Conference Centre to Kasia Wolanski.", ready(uco(24, owner_id=1)), ["ownership", "formal"])
add("own-012", C, "rowan", "Tavish is taking over the Larchmont Grand Towel Rental deal", ready(ud(2, owner_id=5)), ["ownership", "taking_over"])
add("own-013", C, "kasia", "reassign Puddleby Cot Linen to Fergus", ready(ud(36, owner_id=3)), ["ownership"])
add("own-014", C, "rowan", "we're moving Gannet Bay Spa to Tavish", ready(uco(14, owner_id=5)), ["ownership", "moving_to"])
add("own-015", C, "tavish", "I'll look after Hamza Tilsley going forward", ready(uc(38, owner_id=5)), ["ownership"])
add("own-016", C, "rowan", "hand Thimble Street Dental Tunics over to Fergus", ready(ud(5, owner_id=3)), ["ownership", "hand"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, "kasia", "add company Wrackham Lodge Hotel, wrackhamlodge.com, industry Hospitality", ready(ccompany("kasia", "Wrackham Lodge Hotel", "wrackhamlodge.com", "Hospitality")), ["comma_list"])
add("cco-002", C, "fergus", "new account: Quernmore Rugby Club", ready(ccompany("fergus", "Quernmore Rugby Club")), ["terse"])
add("cco-003", C, "tavish", "create a company called Sallowfield Abattoir (sallowfield.co.uk)", ready(ccompany("tavish", "Sallowfield Abattoir", "sallowfield.co.uk")), ["domain"])
add("cco-004", C, "rowan", "Add Nettlecombe Retreat (Wellness) and give it to Kasia", ready(ccompany("rowan", "Nettlecombe Retreat", industry="Wellness", owner="kasia")), ["ownership"])
add("cco-005", C, "kasia", "Set up Ashlar House Dental as a company, Healthcare, ashlarhousedental.com", ready(ccompany("kasia", "Ashlar House Dental", "ashlarhousedental.com", "Healthcare")), ["comma_list"])
add("cco-006", C, "fergus", "Please add Saint Cuthbert's Almshouses as a new company in the Social Care sector.", ready(ccompany("fergus", "Saint Cuthbert's Almshouses", industry="Social Care")), ["formal"])
add("cco-007", C, "tavish", "new co: Brindabella Barbers, brindabellabarbers.com", ready(ccompany("tavish", "Brindabella Barbers", "brindabellabarbers.com")), ["terse", "mobile"])
add("cco-008", C, "rowan", "Add Hoxne Ferry Company as a company; owner Tavish", ready(ccompany("rowan", "Hoxne Ferry Company", owner="tavish")), ["ownership"])
add("cco-009", C, "kasia", "could you add a new company for me, Whinmoor Glamping? industry is Tourism", ready(ccompany("kasia", "Whinmoor Glamping", industry="Tourism")), ["polite", "wrapper"])
add("cco-010", C, "rowan", "Create the company Cleeve Abbey Conference Rooms, cleeveabbeyrooms.co.uk", ready(ccompany("rowan", "Cleeve Abbey Conference Rooms", "cleeveabbeyrooms.co.uk")), ["admin_create"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, "kasia", "Add Sennen Quiller, Head Porter at Larchmont Grand Hotel, sennen.quiller@larchmontgrand.com", ready(ccontact("kasia", "Sennen", "Quiller", 1, "sennen.quiller@larchmontgrand.com")), ["comma_list", "job_title"])
add("cct-002", C, "fergus", "new contact at Mossley Holiday Park: Bronagh Tewkes, bronagh@mossleypark.com, 07700 900 552", ready(ccontact("fergus", "Bronagh", "Tewkes", 5, "bronagh@mossleypark.com", "07700 900 552")), ["comma_list", "phone"])
add("cct-003", C, "tavish", "Add Ebenezer Pook, CFO of Ninebarrow Student Living, epook@ninebarrow.com", ready(ccontact("tavish", "Ebenezer", "Pook", 12, "epook@ninebarrow.com")), ["comma_list", "job_title"])
add("cct-004", C, "rowan", "Add Tiernan Brookwell to Ravensmoor Vets and give him to Kasia", ready(ccontact("rowan", "Tiernan", "Brookwell", 15, owner="kasia")), ["ownership"])
add("cct-005", C, "kasia", "Add Noreen Vosper at Kilnworth Meat Processors, phone 01632 555 014", ready(ccontact("kasia", "Noreen", "Vosper", 7, phone="01632 555 014")), ["phone"])
add("cct-006", C, "fergus", "Create a contact: Ozzie Blamire, Gannet Bay Spa, head therapist", ready(ccontact("fergus", "Ozzie", "Blamire", 14)), ["comma_list", "job_title"])
add("cct-007", C, "tavish", "Jojo Carnaby, Pipistrelle Hair Studio, jojo@pipistrellehair.com - she's the new salon manager, please add her", ready(ccontact("tavish", "Jojo", "Carnaby", 18, "jojo@pipistrellehair.com")), ["comma_list"])
add("cct-008", C, "kasia", "add Ferelith Dunne @ Colvend Hospice, ferelith.dunne@colvendhospice.org", ready(ccontact("kasia", "Ferelith", "Dunne", 19, "ferelith.dunne@colvendhospice.org")), ["mobile"])
add("cct-009", C, "fergus", "Please add a contact for Fallowmere School: Augustine Melhuish, head of boarding, a.melhuish@fallowmere.org", ready(ccontact("fergus", "Augustine", "Melhuish", 23, "a.melhuish@fallowmere.org")), ["formal", "job_title"])
add("cct-010", C, "tavish", "add Solomon Treadgold at Oriel Conference Centre as a prospect", ready(ccontact("tavish", "Solomon", "Treadgold", 24, stage="prospect")), ["lifecycle"])
add("cct-011", C, "rowan", "New contact Winnie Laithwaite, Tarnside Inn, winnie@tarnsideinn.com, owner Fergus", ready(ccontact("rowan", "Winnie", "Laithwaite", 20, "winnie@tarnsideinn.com", owner="fergus")), ["ownership", "comma_list"])
add("cct-012", C, "kasia", "add Gaspard Ollerenshaw, Bramling Poultry, 07700 900 663", ready(ccontact("kasia", "Gaspard", "Ollerenshaw", 22, phone="07700 900 663")), ["phone", "comma_list"])
add("cct-013", C, "fergus", "add contact Henna Poskitt to Oxbow Fitness, email HPoskitt@OxbowFitness.com", ready(ccontact("fergus", "Henna", "Poskitt", 8, "hposkitt@oxbowfitness.com")), ["lowercase_email"])
add("cct-014", C, "tavish", "new lead at Sorrelwood Care Home: Merryn Hosken, merryn.hosken@sorrelwoodcare.org", ready(ccontact("tavish", "Merryn", "Hosken", 6, "merryn.hosken@sorrelwoodcare.org")), ["new_lead", "comma_list"])
add("cct-015", C, "kasia", "Add Bathsheba Rowntree, Operations Lead at Skerryvore Ferries - she's already a customer", ready(ccontact("kasia", "Bathsheba", "Rowntree", 13, stage="customer")), ["lifecycle", "job_title"])
add("cct-016", C, "fergus", "Add Lorne Gilchrist (lorne@alderholtgarage.com) at Alderholt Garage", ready(ccontact("fergus", "Lorne", "Gilchrist", 17, "lorne@alderholtgarage.com")), ["email"])
add("cct-017", C, "tavish", "new lead: Boaz Trengrouse at Drovers Yard Hostel", ready(ccontact("tavish", "Boaz", "Trengrouse", 21)), ["new_lead", "terse"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, "kasia", "new deal for Thimble Street Dental: floor mats, 3.2k, closing Dec 19", ready(cdeal("kasia", 4, amount=3200, close="2031-12-19", product=MAT)), ["amount", "product", "near_duplicate"])
add("cdl-002", C, "fergus", "Create a deal for Larchmont Golf Club - towel rental for the changing rooms, 9k", ready(cdeal("fergus", 2, amount=9000, product=TOWEL)), ["amount", "product"])
add("cdl-003", C, "tavish", "new deal: Ninebarrow Kitchen Whites, 11k, Linen Audit stage", ready(cdeal("tavish", 12, stage=LA, amount=11000, name="Ninebarrow Kitchen Whites")), ["deal_name_colon", "amount"])
add("cdl-004", C, "kasia", "open a deal at Colvend Hospice for workwear laundering, $6,400 a year, contact Garnet Holroyd", ready(cdeal("kasia", 19, amount=6400, product=WORK, contact=21)), ["amount", "product"])
add("cdl-005", C, "fergus", "Add a deal called Gannet Bay Robes for Gannet Bay Spa, 14k", ready(cdeal("fergus", 14, amount=14000, name="Gannet Bay Robes")), ["named", "amount"])
add("cdl-006", C, "tavish", "new opportunity at Oriel Conference Centre: chef whites for the kitchen brigade, 12.5k, close end of November", ready(cdeal("tavish", 24, amount=12500, close=EON, product=CHEF)), ["amount", "date", "product"])
add("cdl-007", C, "rowan", "Create a bed linen deal for Tarnside Inn worth 22,000 and assign it to Fergus", ready(cdeal("rowan", 20, amount=22000, product=BED, owner="fergus")), ["ownership", "amount"])
add("cdl-008", C, "kasia", "deal for Bramling Poultry, floor mat service, 4.1k", ready(cdeal("kasia", 22, amount=4100, product=MAT)), ["amount", "product", "terse"])
add("cdl-009", C, "fergus", "New deal at Fallowmere School with Elfrida Colquhoun: bed linen for the boarding house, nineteen thousand", ready(cdeal("fergus", 23, amount=19000, product=BED, contact=25)), ["amount", "words", "product"])
add("cdl-010", C, "tavish", "Tansy Lane want towels too - 3.8k, put it straight into Sample Run", ready(cdeal("tavish", 9, stage=SR, amount=3800, product=TOWEL)), ["amount", "product", "stage"])
add("cdl-011", C, "kasia", "new deal Skerryvore Ferries chef whites 27k close date Dec 10", ready(cdeal("kasia", 13, amount=27000, close="2031-12-10", product=CHEF)), ["amount", "date", "mobile"])
add("cdl-012", C, "fergus", "Please create a new deal for Mossley Holiday Park named Mossley Lodge Linen, valued at $38,500, expected to close on 15 December.", ready(cdeal("fergus", 5, amount=38500, close="2031-12-15", name="Mossley Lodge Linen")), ["named", "formal", "amount", "date"])
add("cdl-013", C, "tavish", "deal for Ravensmoor Vets, towel rental, 2.9k, contact Roswitha Kemble", ready(cdeal("tavish", 15, amount=2900, product=TOWEL, contact=46)), ["amount", "product", "comma_list"])
add("cdl-014", C, "kasia", "new deal for Larchmont Grand Hotel, table linen, $44K", ready(cdeal("kasia", 1, amount=44000, product=TABLE)), ["amount", "near_duplicate"])
add("cdl-015", C, "fergus", "create deal ellerby hall weddings floor mats four thousand", ready(cdeal("fergus", 11, amount=4000, product=MAT)), ["amount", "words", "lowercase"])
add("cdl-016", C, "rowan", "New deal for Brockhurst Medical Practice: towel rental for the treatment rooms, 5.2k, owner Kasia", ready(cdeal("rowan", 10, amount=5200, product=TOWEL, owner="kasia")), ["ownership", "amount"])
add("cdl-017", C, "tavish", "new deal: Pipistrelle Gown Laundering, 2.2k, contact Saffi Ruddock", ready(cdeal("tavish", 18, amount=2200, contact=20, name="Pipistrelle Gown Laundering")), ["deal_name_colon", "amount"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, "kasia", "called Ingeborg Falk about the par levels", ready(act("kasia", "call", contact=1)), ["call", "near_duplicate"])
add("act-002", C, "fergus", "met Cassius Bray at Mossley on Friday", ready(act("fergus", "meeting", FRI_P, contact=3)), ["meeting", "date", "near_duplicate"])
add("act-003", C, "tavish", "note on Ninebarrow Student Living: they're adding 200 beds in the new block", ready(act("tavish", "note", company=12)), ["note_on"])
add("act-004", C, "kasia", "emailed Kenver Treloar the scrubs sizing chart", ready(act("kasia", "email", contact=13)), ["email"])
add("act-005", C, "fergus", "texted Tamar Eskdale the van ETA", ready(act("fergus", "message", contact=17)), ["message"])
add("act-006", C, "tavish", "note on the Oriel Banqueting Linen deal: they want ivory not white", ready(act("tavish", "note", deal=34)), ["note_on", "deal_note"])
add("act-007", C, "kasia", "left a voicemail for Digby Tranter", ready(act("kasia", "call", contact=24)), ["call", "voicemail"])
add("act-008", C, "fergus", "linen audit walk-round at Oxbow Fitness on Thursday with Zillah Oakshott", ready(act("fergus", "meeting", THU_P, contact=33)), ["meeting", "date"])
add("act-009", C, "tavish", "WhatsApp'd Lyra Ferrier the chef whites sizes", ready(act("tavish", "message", contact=6)), ["message", "near_duplicate"])
add("act-010", C, "fergus", "Spoke with Fergus Hallam on the phone, Alderholt still want the overalls collected twice a week", ready(act("fergus", "call", contact=5)), ["call", "user_name_clash"])
add("act-011", C, "fergus", "note on Ellerby Hall Weddings: they're booked solid every Saturday until March", ready(act("fergus", "note", company=11)), ["note_on"])
add("act-012", C, "tavish", "had a sample review with Dorcas Mossley on Thursday", ready(act("tavish", "meeting", THU_P, contact=8)), ["meeting", "date", "shared_word"])
add("act-013", C, "kasia", "called Jocasta Penfold last Friday", ready(act("kasia", "call", FRI_P, contact=11)), ["call", "date"])
add("act-014", C, "fergus", "emailed the Gannet Bay Spa Towels hire agreement to Tamar Eskdale", ready(act("fergus", "email", contact=17, deal=21)), ["email", "deal_link"])
add("act-015", C, "tavish", "Coffee with Corwin Achard today, he's keen on the summer storage option", ready(act("tavish", "meeting", contact=15)), ["meeting"])
add("act-016", C, "rowan", "Note on Bramling Poultry: their hygiene audit is booked for November.", ready(act("rowan", "note", company=22)), ["note_on"])
add("act-017", C, "kasia", "sent Clover Amesbury the cot linen brochure by email", ready(act("kasia", "email", contact=27)), ["email"])
add("act-018", C, "fergus", "phone call with Evadne Pullar two days ago re tablecloth sizes", ready(act("fergus", "call", SAT, contact=9)), ["call", "date"])
add("act-019", C, "tavish", "met Ludovic Sayle at Ravensmoor this morning", ready(act("tavish", "meeting", contact=18)), ["meeting"])
add("act-020", C, "kasia", "note on the Skerryvore Cabin Linen deal: they want cabins turned round in 40 minutes", ready(act("kasia", "note", deal=19)), ["note_on", "deal_note"])
add("act-021", C, "fergus", "messaged Ianto Gwillim on Teams about the winter rates", ready(act("fergus", "message", contact=22)), ["message"])
add("act-022", C, "tavish", "site visit at Drovers Yard Hostel on Friday with Vashti Okonedo", ready(act("tavish", "meeting", FRI_P, contact=23)), ["meeting", "date"])
add("act-023", C, "kasia", "call w/ Marigold Fennimore re invoices", ready(act("kasia", "call", contact=29)), ["call", "mobile"])
add("act-024", C, "fergus", "emailed Araminta Coles on Wednesday about the tablecloth swatches", ready(act("fergus", "email", WED_P, contact=14)), ["email", "date"])
add("act-025", C, "tavish", "note on Thimble Street Bistro: the owner's opening a second site in spring", ready(act("tavish", "note", company=3)), ["note_on", "near_duplicate"])
add("act-026", C, "kasia", "Dropped in on Aled Roskilly at the ferry terminal", ready(act("kasia", "meeting", contact=36)), ["meeting"])
add("act-027", C, "fergus", "called Crispin Eagleton yesterday about the Christmas bookings", ready(act("fergus", "call", YDAY, contact=40)), ["call", "date"])
add("act-028", C, "tavish", "Today I make a call with Kerensa Lusk about the invoices of the halls", ready(act("tavish", "call", contact=35)), ["call", "non_native"])
add("act-029", C, "kasia", "ugh, what a morning. the van's tail-lift broke, the coffee machine is dead, and then I finally got Garnet Holroyd on the phone and he says the hospice board only meets in December, so nothing moves till then", ready(act("kasia", "call", contact=21)), ["call", "rambling"])
add("act-030", C, "fergus", "Dear team, for the record: I met Hamza Tilsley at Alderholt Garage on Thursday to go through the overall sizes. Regards, Fergus", ready(act("fergus", "meeting", THU_P, contact=38)), ["meeting", "formal_email", "date"])
add("act-031", C, "tavish", "note on the Hobnail Chef Whites deal - head chef wants short-sleeve jackets", ready(act("tavish", "note", deal=24)), ["note_on", "deal_note"])
add("act-032", C, "kasia", "emailed Ingeborg Falk the laundry volumes for September", ready(act("kasia", "email", contact=1)), ["email", "near_duplicate"])
add("act-033", C, "fergus", "Caradoc Venn rang me back this afternoon", ready(act("fergus", "call", contact=30)), ["call"])
add("act-034", C, "tavish", "vm for rollo pennycook", ready(act("tavish", "call", contact=26)), ["call", "voicemail", "mobile", "lowercase"])
add("act-035", C, "rowan", "Log a call I had with Jocasta Penfold on Friday about delivery times.", ready(act("rowan", "call", FRI_P, contact=11)), ["call", "date", "formal"])
add("act-036", C, "kasia", "Hi all, FYI I had a call with Bartley Nuttall this morning about the tunic options. Thanks, Kasia", ready(act("kasia", "call", contact=10)), ["call", "formal_email"])
add("act-037", C, "fergus", "long one, sorry. the golf club AGM ran late and Wenna Polglase grabbed me afterwards to moan about the bar towels, which aren't even on our contract, but I said I'd look into it. anyway that was the meeting. oh and someone dented the van in their car park", ready(act("fergus", "meeting", contact=43)), ["meeting", "rambling"])
add("act-038", C, "tavish", "lunch meeting with Maisie Grewcock yesterday", ready(act("tavish", "meeting", YDAY, contact=19)), ["meeting", "date"])

# ====================================================================== create_task
C = "create_task"
add("tsk-001", C, "kasia", "remind me to call Hartley Spode tomorrow", ready(task("kasia", TMRW, contact=28)), ["task", "date", "remind_me"])
add("tsk-002", C, "fergus", "task: send the linen audit report to Zillah Oakshott by Thursday", ready(task("fergus", THU, contact=33)), ["task", "date"])
add("tsk-003", C, "tavish", "follow up with Corwin Achard in a week", ready(task("tavish", WEEK, contact=15)), ["task", "relative_date"])
add("tsk-004", C, "rowan", "Ask Kasia to book the linen audit at Puddleby Day Nursery by Wednesday", ready(task("rowan", WED, company=25, owner="kasia")), ["task", "delegation", "ownership"])
add("tsk-005", C, "kasia", "set a task to chase Kilnworth Meat Processors for the signed agreement, end of the month", ready(task("kasia", EOM, company=7)), ["task", "date"])
add("tsk-006", C, "fergus", "remind me to send Bevis Hanmer the bridal linen samples on Friday", ready(task("fergus", FRI, contact=34)), ["task", "date", "remind_me"])
add("tsk-007", C, "tavish", "create a task for the Ninebarrow Halls Bed Linen: chase the room schedule, due Nov 4", ready(task("tavish", "2031-11-04", deal=18)), ["task", "deal_link"])
add("tsk-008", C, "kasia", "todo: check the delivery bay height at Bramling Poultry, no date", ready(task("kasia", company=22)), ["task", "no_date"])
add("tsk-009", C, "fergus", "put a reminder on my list to ring Caradoc Venn in 3 days", ready(task("fergus", THU, contact=30)), ["task", "relative_date"])
add("tsk-010", C, "tavish", "remind me to send Ludovic Sayle the scrubs colour chart", ready(task("tavish", contact=18)), ["task", "no_date", "remind_me"])
add("tsk-011", C, "rowan", "Create a task for Tavish: review the Oriel Banqueting Linen pricing, due Friday", ready(task("rowan", FRI, deal=34, owner="tavish")), ["task", "delegation", "ownership", "deal_link"])
add("tsk-012", C, "kasia", "remind me on the 24th to chase Aled Roskilly", ready(task("kasia", "2031-10-24", contact=36)), ["task", "date", "remind_me"])
add("tsk-013", C, "fergus", "Task for me: prepare a towel count sheet for Mossley Holiday Park Towels, in two weeks", ready(task("fergus", TWO_WEEKS, deal=7)), ["task", "deal_link", "relative_date"])
add("tsk-014", C, "tavish", "set a reminder to call Saffi Ruddock about Saturday collections Nov 6", ready(task("tavish", "2031-11-06", contact=20)), ["task", "date"])
add("tsk-015", C, "kasia", "tmrw: call fergus hallam re overalls", ready(task("kasia", TMRW, contact=5)), ["task", "mobile", "user_name_clash"])
add("tsk-016", C, "fergus", "remind me to invite Temperance Fothergill to the kitchen textiles open day, end of November", ready(task("fergus", EON, contact=45)), ["task", "date", "remind_me"])
add("tsk-017", C, "tavish", "Ask Fergus to send the Hobnail Chef Whites sizing chart to Cassius Mott by Thursday", ready(task("tavish", THU, deal=24, contact=4, owner="fergus")), ["task", "delegation", "ownership", "deal_link"])
add("tsk-018", C, "kasia", "I need a task to send Larchmont Grand Hotel the new year price review by Jan 12", ready(task("kasia", "2032-01-12", company=1)), ["task", "year_roll"])
add("tsk-019", C, "fergus", "can you put a task on Tavish's list to cover the Gannet Bay Spa delivery on Wednesday", ready(task("fergus", WED, company=14, owner="tavish")), ["task", "delegation", "ownership", "polite"])
add("tsk-020", C, "tavish", "follow-up task for the Sorrelwood Care Home Bed Linen, due the 22nd", ready(task("tavish", "2031-10-22", deal=9)), ["task", "deal_link"])
add("tsk-021", C, "kasia", "reminder: send Isambard Coker the scrubs trial results in a week", ready(task("kasia", WEEK, contact=44)), ["task", "relative_date"])
add("tsk-022", C, "fergus", "Please create a task for me to confirm the Christmas delivery schedule with Ianto Gwillim by 29 October.", ready(task("fergus", "2031-10-29", contact=22)), ["task", "formal"])
add("tsk-023", C, "tavish", "remind me to chase Oriel Conference Centre for the event calendar by the 28th", ready(task("tavish", "2031-10-28", company=24)), ["task", "date", "remind_me"])
add("tsk-024", C, "rowan", "Set a task for Fergus: call Wenna Polglase about the bar towels, tomorrow", ready(task("rowan", TMRW, contact=43, owner="fergus")), ["task", "delegation", "ownership"])
add("tsk-025", C, "kasia", "Could you set me a reminder to send Thimble Street Dental the mat options in two weeks?", ready(task("kasia", TWO_WEEKS, company=4)), ["task", "polite", "wrapper", "relative_date"])
add("tsk-026", C, "tavish", "Please make for me a reminder, I must call Tybalt Gorringe on Thursday about the invoice", ready(task("tavish", THU, contact=42)), ["task", "non_native"])
add("tsk-027", C, "kasia", "remind me to delete the old Skerryvore price list from the shared drive on Friday", ready(task("kasia", FRI, company=13)), ["task", "remind_me", "not_a_delete"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, "kasia", "done - sent the cot linen brochure to Clover Amesbury", ready(done(27)), ["done_task"])
add("cmp-002", C, "fergus", "mark the Evadne table linen prices task done", ready(done(5)), ["done_task"])
add("cmp-003", C, "tavish", "finished the infection-control spec for Dorcas Mossley, close that task", ready(done(8)), ["done_task", "shared_word"])
add("cmp-004", C, "fergus", "tick off the Fergus Hallam overalls call", ready(done(42)), ["done_task", "user_name_clash"])
add("cmp-005", C, "fergus", "done: sent Tamar Eskdale the spa towel samples", ready(done(16)), ["done_task"])
add("cmp-006", C, "tavish", "banqueting linen plan went to Rollo Pennycook, close the task", ready(done(26)), ["done_task"])
add("cmp-007", C, "kasia", "mark 'Check loading bay access at Kilnworth' complete", ready(done(31)), ["done_task"])
add("cmp-008", C, "kasia", "complete the task about taking Marigold Fennimore off the newsletter list", ready(done(32)), ["done_task"])
add("cmp-009", C, "tavish", "done - Hilde Bramwell gave us the testimonial", ready(done(33)), ["done_task"])
add("cmp-010", C, "kasia", "the scrubs trial with Kenver Treloar is arranged, mark it done", ready(done(12)), ["done_task"])
add("cmp-011", C, "fergus", "Oxbow linen audit booked. done", ready(done(10)), ["done_task", "terse"])
add("cmp-012", C, "tavish", "the Corwin Achard call about term-time volumes is done", ready(done(14)), ["done_task"])
add("cmp-013", C, "kasia", "done: introduced Garnet Holroyd to the hospice linen scheme", ready(done(21)), ["done_task"])
add("cmp-014", C, "rowan", "Mark Fergus's task to count towel stock at Mossley as complete.", ready(done(7)), ["done_task", "formal"])
add("cmp-015", C, "fergus", "Collect uniform sizes from Hamza Tilsley - done", ready(done(19)), ["done_task"])
add("cmp-016", C, "tavish", "done - sent Ninebarrow the summer storage plan", ready(done(34)), ["done_task"])
add("cmp-017", C, "kasia", "okay so Monday brain is real, but I did finally chase Nell Gowrie for the cabin counts, can you tick that off? everything else can wait", ready(done(15)), ["done_task", "rambling", "polite"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, "rowan", "Delete Dunstan Greatorex", ready(dc(32)), ["admin_delete", "terse"])
add("del-002", C, "rowan", "delete the Gannet Bay Spa Floor Mats deal", ready(dd(22)), ["admin_delete", "closed_deal"])
add("del-003", C, "rowan", "remove Puddleby Day Nursery from the CRM", ready(dco(25)), ["admin_delete"])
add("del-004", C, "rowan", "delete contact Lark Ivens, she left Colvend", ready(dc(39)), ["admin_delete"])
add("del-005", C, "rowan", "Delete the Oriel Entrance Mats deal, it's a duplicate", ready(dd(35)), ["admin_delete", "closed_deal"])
add("del-006", C, "rowan", "delete companies Pipistrelle Hair Studio and Drovers Yard Hostel", ready(dco(18), dco(21)), ["admin_delete", "two_records"])
add("del-007", C, "rowan", "delete Tybalt Gorringe and Peronel Ditchfield", ready(dc(42), dc(37)), ["admin_delete", "two_records"])
add("del-008", C, "rowan", "Please delete the Kilnworth Floor Mats deal.", ready(dd(11)), ["admin_delete", "formal"])
add("del-009", C, "rowan", "delete Ravensmoor Vets", ready(dco(15)), ["admin_delete"])
add("del-010", C, "rowan", "get rid of the contact Isambard Coker", ready(dc(44)), ["admin_delete"])
add("del-011", C, "rowan", "delete the Tansy Lane Chef Whites deal", ready(dd(14)), ["admin_delete"])
add("del-012", C, "rowan", "Delete Tarnside Inn", ready(dco(20)), ["admin_delete"])
add("del-013", C, "rowan", "delete Wenna Polglase from contacts please", ready(dc(43)), ["admin_delete", "polite"])
add("del-014", C, "rowan", "delete Larchmont Golf Club and Thimble Street Dental", ready(dco(2), dco(4)), ["admin_delete", "two_records", "near_duplicate"])
add("del-015", C, "rowan", "Please remove Fallowmere School from the system.", ready(dco(23)), ["admin_delete", "formal"])
add("del-016", C, "rowan", "delete the Puddleby Cot Linen deal, the nursery's closing down", ready(dd(36)), ["admin_delete"])

# ====================================================================== bulk
C = "bulk"
add("blk-001", C, "kasia", "move all my Linen Audit deals to Sample Run", ready(*many(ud, [2, 5, 20], stage=SR)), ["bulk_filter", "stage_filter"])
add("blk-002", C, "fergus", "my Scouting deals with no activity in 6 weeks can go to Walked Away", ready(*many(ud, [17, 29], stage=LOST)), ["bulk_filter", "no_activity", "composed"])
add("blk-003", C, "rowan", "hand all of Tavish's Sample Run deals to Kasia", ready(*many(ud, [9, 24, 27], owner_id=1)), ["bulk_filter", "ownership", "hand"])
add("blk-004", C, "fergus", "set the close date on all my Paperwork deals to Nov 14", ready(*many(ud, [3, 6, 16, 21], close_date="2031-11-14")), ["bulk_filter", "date"])
add("blk-005", C, "kasia", "my bed linen deals in Sample Run or Paperwork that close before the end of November: move the close date to Dec 8", ready(*many(ud, [1, 19], close_date="2031-12-08")), ["bulk_filter", "composed", "either_stage", "date_range"])
add("blk-006", C, "rowan", "Move every towel deal that's in Linen Audit to Sample Run.", ready(*many(ud, [2, 12, 20], stage=SR)), ["bulk_filter", "composed"])
add("blk-007", C, "kasia", "complete all my overdue tasks", ready(*many(lambda i: done(i), [15, 29])), ["bulk_filter", "overdue", "done_task"])
add("blk-008", C, "fergus", "mark my overdue tasks done", ready(*many(lambda i: done(i), [6, 10, 13, 19])), ["bulk_filter", "overdue", "done_task"])
add("blk-009", C, "rowan", "close out all the open tasks for Skerryvore Ferries", ready(*many(lambda i: done(i), [3, 4, 15])), ["bulk_filter", "done_task"])
add("blk-010", C, "rowan", "delete all the Walked Away deals", ready(*many(lambda i: dd(i), [11, 22, 35])), ["bulk_delete", "closed_stage"])
add("blk-011", C, "rowan", "Delete every contact at Colvend Hospice.", ready(*many(lambda i: dc(i), [21, 39])), ["bulk_delete"])
add("blk-012", C, "kasia", "set all my leads to prospect", ready(*many(uc, [27, 29, 32, 36, 39, 44], lifecycle_stage="prospect")), ["bulk_filter", "my_leads"])
add("blk-013", C, "rowan", "Fergus is taking over all of Kasia's workwear deals", ready(*many(ud, [5, 10, 15, 31], owner_id=3)), ["bulk_filter", "ownership", "taking_over", "composed"])
add("blk-014", C, "rowan", "move every open deal whose close date is already in the past to Nov 28", ready(*many(ud, [26, 30], close_date="2031-11-28")), ["bulk_filter", "past_dated"])
add("blk-015", C, "fergus", "log a call against each of my Paperwork deals, I rang them all this morning",
    ready(*[act("fergus", "call", deal=d, k=k) for k, d in enumerate([3, 6, 16, 21])]), ["bulk_filter", "bulk_create"])
add("blk-016", C, "kasia", "add a task to each Skerryvore deal: send the winter timetable, due Friday",
    ready(task("kasia", FRI, deal=19, k=0), task("kasia", FRI, deal=20, k=1)), ["bulk_filter", "bulk_create"])
add("blk-017", C, "rowan", "all table linen deals closing before Nov 1: push them to the end of November", ready(*many(ud, [3, 16, 34], close_date=EON)), ["bulk_filter", "composed", "date_range"])
add("blk-018", C, "tavish", "anything of mine closing this month, push it to Nov 21", ready(*many(ud, [24, 30, 34], close_date="2031-11-21")), ["bulk_filter", "date_range", "this_month"])
add("blk-019", C, "rowan", "deals with no activity in 6 weeks: mark them walked away", ready(*many(ud, [17, 23, 28, 29, 36], stage=LOST)), ["bulk_filter", "no_activity"])
add("blk-020", C, "kasia", "bump all my Sample Run deals over 50k to Paperwork", ready(*many(ud, [1, 19, 31], stage=PW)), ["bulk_filter", "composed", "amount_filter"])
add("blk-021", C, "rowan", "reassign all of Tavish's accounts to Fergus", ready(*many(uco, [3, 6, 9, 12, 15, 18, 21, 24], owner_id=3)), ["bulk_filter", "ownership", "accounts"])
add("blk-022", C, "rowan", "remove all of Tavish's contacts who are still leads", ready(*many(lambda i: dc(i), [31, 35, 42, 46])), ["bulk_delete", "composed"])
add("blk-023", C, "fergus", "for my bed linen deals that have gone quiet for 3 weeks, set me a check-in task for Thursday",
    ready(task("fergus", THU, deal=17, k=0), task("fergus", THU, deal=29, k=1)), ["bulk_filter", "bulk_create", "no_activity", "composed"])
add("blk-024", C, "rowan", "everything Kasia has in Scouting goes to Tavish", ready(*many(ud, [28, 36], owner_id=5)), ["bulk_filter", "ownership"])
add("blk-025", C, "tavish", "my Scouting deals under 10k: close date Jan 31", ready(*many(ud, [14, 23], close_date="2032-01-31")), ["bulk_filter", "composed", "amount_filter", "year_roll"])
add("blk-026", C, "rowan", "give Fergus's towel deals to Tavish", ready(*many(ud, [7, 12, 21], owner_id=5)), ["bulk_filter", "ownership"])
add("blk-027", C, "kasia", "complete all my open tasks for Larchmont Grand Hotel", ready(*many(lambda i: done(i), [1, 29, 32])), ["bulk_filter", "done_task", "near_duplicate"])
add("blk-028", C, "rowan", "Tavish's Sample Run and Linen Audit deals that close in November: push each close date out a week",
    ready(ud(9, close_date="2031-11-08"), ud(18, close_date="2031-11-30"), ud(27, close_date="2031-11-11")), ["bulk_filter", "composed", "either_stage", "date_range", "relative_to_record"])
add("blk-029", C, "rowan", "delete the Onboarded floor mat deals", ready(*many(lambda i: dd(i), [8, 32])), ["bulk_delete", "closed_stage"])
add("blk-030", C, "fergus", "mark all my leads as prospects", ready(*many(uc, [37, 43, 45], lifecycle_stage="prospect")), ["bulk_filter", "my_leads"])
add("blk-031", C, "rowan", "Kasia's open deals over 30k that haven't had any activity for 4 weeks go to Fergus", ready(*many(ud, [20, 28], owner_id=3)), ["bulk_filter", "composed", "no_activity", "ownership", "amount_filter"])
add("blk-032", C, "tavish", "all my deals closing between Nov 1 and Nov 15 -> close date Nov 30", ready(*many(ud, [9, 27], close_date=EON)), ["bulk_filter", "date_range"])
add("blk-033", C, "rowan", "hand every deal over 20k with no activity in 30 days to Tavish", ready(*many(ud, [12, 20, 28], owner_id=5)), ["bulk_filter", "composed", "no_activity", "ownership", "amount_filter", "hand"])
add("blk-034", C, "kasia", "everyone at Kilnworth Meat Processors is a customer now", ready(*many(uc, [11, 32], lifecycle_stage="customer")), ["bulk_filter", "everyone_at"])

# ====================================================================== multi_intent
C = "multi_intent"
add("mul-001", C, "kasia", "Met Ingeborg Falk at Larchmont Grand this morning, move Larchmont Grand Bed Linen Hire to Paperwork and remind me to send her the hire agreement Friday",
    ready(act("kasia", "meeting", contact=1), ud(1, stage=PW), task("kasia", FRI, contact=1)), ["multi", "clause_scope", "pronoun_person"])
add("mul-002", C, "fergus", "Cassius Bray called - Mossley Holiday Park Bed Linen is now 131k, close date Oct 30",
    ready(act("fergus", "call", contact=3), ud(6, amount=131000, close_date="2031-10-30")), ["multi", "clause_scope", "same_record", "near_duplicate"])
add("mul-003", C, "tavish", "Add Orrin Castleford at Tansy Lane Tearooms, orrin@tansylane.com, and log a call with him today",
    ready(ccontact("tavish", "Orrin", "Castleford", 9, "orrin@tansylane.com"), act("tavish", "call", contact=47, company=9)), ["multi", "new_record_ref", "comma_list"])
add("mul-004", C, "rowan", "Give Tarnside Inn to Tavish and delete the contact Crispin Eagleton",
    ready(uco(20, owner_id=5), dc(40)), ["multi", "ownership"])
add("mul-005", C, "kasia", "new company Haddow Lane Surgery, new contact Perdita Scobie there, and a workwear deal with her for 8k",
    ready(ccompany("kasia", "Haddow Lane Surgery"), ccontact("kasia", "Perdita", "Scobie", 26),
          cdeal("kasia", 26, amount=8000, product=WORK, contact=47)), ["multi", "chain_create"])
add("mul-006", C, "fergus", "Emailed Evadne Pullar the tablecloth sizes and set a task to chase her Wednesday",
    ready(act("fergus", "email", contact=9), task("fergus", WED, contact=9)), ["multi", "pronoun_person"])
add("mul-007", C, "tavish", "Oriel Banqueting Linen to Onboarded, Hobnail Chef Whites to Paperwork",
    ready(ud(34, stage=WON), ud(24, stage=PW)), ["multi", "terse", "won"])
add("mul-008", C, "kasia", "Kilnworth Workwear Laundering is onboarded! also a note on Kilnworth Meat Processors: ask about the second plant",
    ready(ud(10, stage=WON), act("kasia", "note", company=7)), ["multi", "note_on", "won"])
add("mul-009", C, "fergus", "Met Zillah Oakshott at Oxbow on Friday, she's an opportunity now",
    ready(act("fergus", "meeting", FRI_P, contact=33), uc(33, lifecycle_stage="opportunity")), ["multi", "date"])
add("mul-010", C, "tavish", "Called Ludovic Sayle about the Ravensmoor Vets Workwear, moving it to Linen Audit; remind me to send the audit checklist tomorrow",
    ready(act("tavish", "call", contact=18, deal=23), ud(23, stage=LA), task("tavish", TMRW, contact=18, deal=23)), ["multi", "inherit"])
add("mul-011", C, "kasia", "Kenver Treloar's email is kenver@brockhurstmedical.org and his mobile is 07700 900 274",
    ready(uc(13, email="kenver@brockhurstmedical.org", phone="07700 900 274")), ["multi", "same_record", "phone"])
add("mul-012", C, "rowan", "Move the Sorrelwood Care Home Bed Linen to Kasia and mark Tavish's infection-control spec task for Dorcas done",
    ready(ud(9, owner_id=1), done(8)), ["multi", "ownership", "done_task"])
add("mul-013", C, "fergus", "Ellerby Hall Banqueting Linen to Onboarded and 34.5k; log a meeting with Araminta Coles today",
    ready(ud(16, stage=WON, amount=34500), act("fergus", "meeting", contact=14)), ["multi", "clause_scope", "won"])
add("mul-014", C, "kasia", "texted Oswin Ferrier, the Skerryvore Towel Rental goes to Sample Run with a close date of Dec 1",
    ready(act("kasia", "message", contact=7), ud(20, stage=SR, close_date="2031-12-01")), ["multi", "clause_scope", "near_duplicate"])
add("mul-015", C, "kasia", "Done - sent the par-level sheet to Ingeborg Falk. Also push Larchmont Grand Bed Linen Hire close date to Nov 14",
    ready(done(1), ud(1, close_date="2031-11-14")), ["multi", "done_task"])
add("mul-016", C, "fergus", "new contact Galen Rushworth at Gannet Bay Spa, galen@gannetbayspa.com, and add a task to send him the robe samples Thursday",
    ready(ccontact("fergus", "Galen", "Rushworth", 14, "galen@gannetbayspa.com"), task("fergus", THU, contact=47, company=14)), ["multi", "new_record_ref"])
add("mul-017", C, "tavish", "log a call with Vashti Okonedo and move Drovers Yard Bed Linen to Sample Run",
    ready(act("tavish", "call", contact=23), ud(30, stage=SR)), ["multi", "clause_scope"])
add("mul-018", C, "rowan", "Add company Yarrowby Sports Centre with Fergus as owner, then a towel rental deal there for 18k, also Fergus's",
    ready(ccompany("rowan", "Yarrowby Sports Centre", owner="fergus"), cdeal("rowan", 26, amount=18000, product=TOWEL, owner="fergus")), ["multi", "ownership", "chain_create"])
add("mul-019", C, "kasia", "Note on Colvend Hospice: board approved the linen budget. Colvend Hospice Bed Linen -> Linen Audit",
    ready(act("kasia", "note", company=19), ud(28, stage=LA)), ["multi", "note_on"])
add("mul-020", C, "fergus", "Tarnside Inn Bed Linen has walked away and Crispin Eagleton is now churned",
    ready(ud(29, stage=LOST), uc(40, lifecycle_stage="churned")), ["multi", "lost"])
add("mul-021", C, "tavish", "met Corwin Achard on Thursday about Ninebarrow Halls Bed Linen and set its close date to Dec 3",
    ready(act("tavish", "meeting", THU_P, contact=15, deal=18), ud(18, close_date="2031-12-03")), ["multi", "date"])
add("mul-022", C, "kasia", "Bramling Poultry Workwear: 79k. And Bramling Poultry's domain is bramling.co.uk",
    ready(ud(31, amount=79000), uco(22, domain="bramling.co.uk")), ["multi", "amount"])
add("mul-023", C, "fergus", "emailed Hamza Tilsley and Fergus Hallam the overall sizes",
    ready(act("fergus", "email", contact=38, k=0), act("fergus", "email", contact=5, k=1)), ["multi", "two_people", "user_name_clash"])
add("mul-024", C, "tavish", "Saffi Ruddock's phone is 0161 555 0442; she wants a call on Thursday, set me a task",
    ready(uc(20, phone="0161 555 0442"), task("tavish", THU, contact=20)), ["multi", "phone", "pronoun_person"])
add("mul-025", C, "rowan", "Kasia is taking over Oxbow Fitness and the Oxbow Fitness Towel Rental deal",
    ready(uco(8, owner_id=1), ud(12, owner_id=1)), ["multi", "ownership", "taking_over"])
add("mul-026", C, "kasia", "right, quick brain dump before I head to the plant: had a call with Digby Tranter this morning, he's happy with the sample run; Bramling Poultry Workwear should go to Paperwork; and remind me to send Mabli Cadwgan the hire agreement Thursday",
    ready(act("kasia", "call", contact=24), ud(31, stage=PW), task("kasia", THU, contact=41)), ["multi", "rambling", "clause_scope"])
add("mul-027", C, "fergus", "Could you do two things for me? Set Ianto Gwillim to customer, and log that I met him yesterday.",
    ready(uc(22, lifecycle_stage="customer"), act("fergus", "meeting", YDAY, contact=22)), ["multi", "polite", "wrapper"])
add("mul-028", C, "tavish", "Dear all, please note: Corwin Achard is now a customer, and Ninebarrow Halls Bed Linen should move to Paperwork. Kind regards, Tavish",
    ready(uc(15, lifecycle_stage="customer"), ud(18, stage=PW)), ["multi", "formal_email"])
add("mul-029", C, "fergus", "Met Tamar Eskdale about the Gannet Bay Spa Towels on Friday; remind me to send the revised towel counts Wednesday",
    ready(act("fergus", "meeting", FRI_P, contact=17, deal=21), task("fergus", WED, contact=17, deal=21)), ["multi", "inherit", "date"])
add("mul-030", C, "kasia", "met Nell Gowrie at the terminal, move Skerryvore Cabin Linen to Paperwork at 215k, remind me Friday",
    ready(act("kasia", "meeting", contact=16), ud(19, stage=PW, amount=215000), task("kasia", FRI, contact=16, deal=19)), ["multi", "inherit", "clause_scope", "terse"])
add("mul-031", C, "tavish", "Pipistrelle Salon Towels is onboarded, Saffi Ruddock is a customer now, and note on Pipistrelle Hair Studio: they want weekly collections",
    ready(ud(27, stage=WON), uc(20, lifecycle_stage="customer"), act("tavish", "note", company=18)), ["multi", "won", "note_on"])

# ====================================================================== reference (history)
C = "reference"
add("ref-001", C, "fergus", "the towels one", ready(ud(7, stage=PW)), ["history", "pick_option"], ["move the Mossley deal to Paperwork"])
add("ref-002", C, "kasia", "Ingeborg Falk", ready(act("kasia", "call", contact=1)), ["history", "pick_option", "near_duplicate"], ["log a call with Ingeborg this morning"])
add("ref-003", C, "tavish", "the bistro", ready(act("tavish", "note", company=3)), ["history", "pick_option"], ["note on Thimble Street: new head chef starts in November"])
add("ref-004", C, "rowan", "move it to Paperwork", ready(ud(19, stage=PW)), ["history", "after_question"], ["what's the biggest open deal?"])
add("ref-005", C, "tavish", "log a call with him yesterday", ready(act("tavish", "call", YDAY, contact=4)), ["history", "after_question", "pronoun_person"], ["who's the contact on Hobnail Chef Whites?"])
add("ref-006", C, "fergus", "update it to evadne@larchmontgolf.com", ready(uc(9, email="evadne@larchmontgolf.com")), ["history", "after_question"], ["what's Evadne Pullar's email?"])
add("ref-007", C, "kasia", "push its close date to Nov 12", ready(ud(10, close_date="2031-11-12")), ["history", "after_question"], ["when does the Kilnworth Workwear Laundering close?"])
add("ref-008", C, "rowan", "and give that company to Kasia", ready(uco(9, owner_id=1)), ["history", "ownership"], ["add a note on Tansy Lane Tearooms: they're refurbishing in January"])
add("ref-009", C, "tavish", "set a task to send her the laundry bag samples Wednesday", ready(task("tavish", WED, contact=8)), ["history", "pronoun_person", "shared_word"], ["met Dorcas Mossley at Sorrelwood today"])
add("ref-010", C, "kasia", "the towel one", ready(done(4)), ["history", "pick_option", "done_task"], ["mark the Skerryvore delivery slot task done"])
add("ref-011", C, "fergus", "Bray", ready(uc(3, phone="07700 900 615")), ["history", "pick_option", "last_name_only"], ["Cassius's new mobile is 07700 900 615"])
add("ref-012", C, "fergus", "mark them all onboarded", ready(*many(ud, [3, 6, 16, 21], stage=WON)), ["history", "after_question", "won"], ["which of my deals are in Paperwork?"])
add("ref-013", C, "kasia", "actually never mind", nochange(), ["history", "never_mind"], ["create a deal for Puddleby Day Nursery: towels, 2k"])
add("ref-014", C, "tavish", "slip it to Nov 7", ready(ud(34, close_date="2031-11-07")), ["history", "after_question"], ["what's the close date on Oriel Banqueting Linen?"])
add("ref-015", C, "fergus", "and mark her as a customer", ready(uc(14, lifecycle_stage="customer")), ["history"], ["log a meeting with Araminta Coles yesterday"])
add("ref-016", C, "rowan", "give it to Fergus", ready(uco(6, owner_id=3)), ["history", "after_question", "ownership"], ["who owns the Sorrelwood Care Home account?"])
add("ref-017", C, "kasia", "the towel one", ready(act("kasia", "note", deal=2)), ["history", "pick_option", "note_on"], ["note on the Larchmont Grand deal: GM wants a call before sign-off"])
add("ref-018", C, "kasia", "set a follow-up with her for Thursday", ready(task("kasia", THU, contact=11)), ["history", "pronoun_person"], ["Jocasta Penfold called about the delivery bay"])
add("ref-019", C, "rowan", "hand them all to Tavish", ready(*many(ud, [3, 6, 7, 12, 16, 17, 21, 26, 29, 33], owner_id=5)), ["history", "after_question", "ownership", "hand"], ["how many open deals does Fergus have?"])
add("ref-020", C, "fergus", "Mott", ready(act("fergus", "call", contact=4)), ["history", "pick_option", "last_name_only"], ["log a call with Cassius"])
add("ref-021", C, "tavish", "the dental one", ready(cdeal("tavish", 4, amount=1500, product=MAT)), ["history", "pick_option", "near_duplicate"], ["set up a deal for Thimble Street: floor mats, 1.5k"])
add("ref-022", C, "rowan", "push both to the end of November", ready(ud(26, close_date=EON), ud(30, close_date=EON)), ["history", "after_question"], ["which open deals are past their close date?"])
add("ref-023", C, "tavish", "mark them all done", ready(done(8), done(23)), ["history", "after_question", "done_task"], ["which of my tasks are overdue?"])
add("ref-024", C, "kasia", "change it to bartley@thimblestreetdental.com", ready(uc(10, email="bartley@thimblestreetdental.com")), ["history", "after_question"], ["what's Bartley Nuttall's email?"])
add("ref-025", C, "fergus", "bump it to 49k", ready(ud(21, amount=49000)), ["history", "after_question", "amount"], ["what's open with Gannet Bay Spa?"])
add("ref-026", C, "rowan", "we're moving it to Fergus", ready(uco(13, owner_id=3)), ["history", "after_question", "ownership", "moving_to"], ["who owns the Skerryvore Ferries account?"])
add("ref-027", C, "fergus", "the bridal one", ready(ud(17, stage=PW)), ["history", "pick_option"], ["move the Ellerby Hall deal to Paperwork"])
add("ref-028", C, "kasia", "Oswin", ready(act("kasia", "call", contact=7)), ["history", "pick_option", "first_name_pick"], ["log a call with Ferrier"])

# ====================================================================== clarification
C = "clarification"
add("clr-001", C, "kasia", "note on Larchmont: the new GM starts in November", clar("companies:1", "companies:2"), ["clarification", "shared_first_word", "note_on"])
add("clr-002", C, "rowan", "move Thimble Street to Fergus", clar("companies:3", "companies:4"), ["clarification", "shared_first_word", "ownership"])
add("clr-003", C, "kasia", "call with Ingeborg just now", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-004", C, "fergus", "Cassius's new email is cassius@parkmail.co.uk", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-005", C, "tavish", "Ferrier asked for a callback, log that I rang", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only"])
add("clr-006", C, "kasia", "move the Larchmont Grand deal to Paperwork", clar("deals:1", "deals:2"), ["clarification", "two_open_deals"])
add("clr-007", C, "fergus", "the Mossley deal is now 130k", clar("deals:6", "deals:7"), ["clarification", "two_open_deals", "closed_not_offered"])
add("clr-008", C, "kasia", "mark the Skerryvore delivery slot task done", clar("tasks:3", "tasks:4"), ["clarification", "same_title_task", "done_task"])
add("clr-009", C, "kasia", "done - sent the par-level sheet to Ingeborg", clar("tasks:1", "tasks:2"), ["clarification", "same_title_task", "done_task", "near_duplicate"])
add("clr-010", C, "fergus", "push the Ellerby Hall deal to Dec 12", clar("deals:16", "deals:17"), ["clarification", "two_open_deals"])
add("clr-011", C, "kasia", "Skerryvore deal close date Jan 16", clar("deals:19", "deals:20"), ["clarification", "two_open_deals", "terse"])
add("clr-012", C, "tavish", "the Thimble Street deal is worth 11k now", clar("deals:4", "deals:5"), ["clarification", "shared_first_word"])
add("clr-013", C, "fergus", "Larchmont's new domain is larchmont.co.uk", clar("companies:1", "companies:2"), ["clarification", "shared_first_word"])
add("clr-014", C, "kasia", "emailed Ingeborg the revised par levels", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-015", C, "tavish", "Cassius wants a call on Thursday, set a task", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-016", C, "rowan", "the Larchmont account owner is now Tavish", clar("companies:1", "companies:2"), ["clarification", "shared_first_word", "ownership"])
add("clr-017", C, "fergus", "the Ferrier number is 07700 900 873", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only", "phone"])
add("clr-018", C, "rowan", "Please push the Skerryvore deal out to December.", clar("deals:19", "deals:20"), ["clarification", "two_open_deals", "formal"])
add("clr-019", C, "kasia", "note on Mossley: wants the revised figures before the end of the month", clar("companies:5", "contacts:8"), ["clarification", "shared_word", "note_on"])
add("clr-020", C, "rowan", "give the Ferrier contact to Fergus", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only", "ownership"])

# ====================================================================== refusal
C = "refusal"
add("rfs-001", C, "hedda", "move Skerryvore Cabin Linen to Paperwork", rej("reviewer"), ["refusal", "reviewer"])
add("rfs-002", C, "hedda", "push all of Fergus's Paperwork deals to the end of November", rej("reviewer"), ["refusal", "reviewer", "bulk_filter"])
add("rfs-003", C, "hedda", "log a call with Ingeborg Falk and move Larchmont Grand Bed Linen Hire to Paperwork", rej("reviewer"), ["refusal", "reviewer", "multi"])
add("rfs-004", C, "hedda", "Add Romilly Ashdown at Oxbow Fitness, romilly@oxbowfitness.com", rej("reviewer"), ["refusal", "reviewer", "comma_list"])
add("rfs-005", C, "hedda", "note on Bramling Poultry: they asked for a copy of our hygiene certificate", rej("reviewer"), ["refusal", "reviewer", "note_on"])
add("rfs-006", C, "hedda", "done - sent the towel price list to Saffi Ruddock", rej("reviewer"), ["refusal", "reviewer", "done_task"])
add("rfs-007", C, "kasia", "delete Dunstan Greatorex", rej("admin"), ["refusal", "rep_delete"])
add("rfs-008", C, "fergus", "delete the Tarnside Inn Bed Linen deal", rej("admin"), ["refusal", "rep_delete"])
add("rfs-009", C, "tavish", "remove Pipistrelle Hair Studio from the CRM", rej("admin"), ["refusal", "rep_delete"])
add("rfs-010", C, "fergus", "delete all the Walked Away deals", rej("admin"), ["refusal", "rep_delete", "bulk_delete"])
add("rfs-011", C, "tavish", "move Hobnail Chef Whites to Negotiation", rej("negotiation"), ["refusal", "unknown_stage"])
add("rfs-012", C, "kasia", "mark Skerryvore Cabin Linen as Proposal", rej("proposal"), ["refusal", "unknown_stage"])
add("rfs-013", C, "fergus", "Gannet Bay Spa Towels -> Permitting", rej("permitting"), ["refusal", "unknown_stage"])
add("rfs-014", C, "rowan", "give Oxbow Fitness to Priya", rej("priya"), ["refusal", "unknown_user"])
add("rfs-015", C, "rowan", "Gustav takes over the Ninebarrow Halls Bed Linen", rej("gustav"), ["refusal", "unknown_user"])
add("rfs-016", C, "fergus", "log a call with Winslow Pargeter", rej("pargeter"), ["refusal", "unknown_contact"])
add("rfs-017", C, "tavish", "note on Quarrendon Tannery: they want overalls for 30 staff", rej("quarrendon"), ["refusal", "unknown_company", "note_on"])
add("rfs-018", C, "kasia", "Thimble Street Dental Tunics amount minus 2k", rej("negative"), ["refusal", "negative_amount"])
add("rfs-019", C, "kasia", "set Puddleby Cot Linen to -4,800", rej("negative"), ["refusal", "negative_amount"])
add("rfs-020", C, "kasia", "Kenver Treloar's email is kenver at brockhurst", rej("email"), ["refusal", "bad_email"])
add("rfs-021", C, "hedda", "Could you hand the Gannet Bay Spa account to Kasia?", rej("reviewer"), ["refusal", "reviewer", "ownership", "polite"])
add("rfs-022", C, "tavish", "Lyra Ferrier is now a VIP", rej("vip"), ["refusal", "unknown_lifecycle"])
add("rfs-023", C, "hedda", "remind me to call Corwin Achard tomorrow", rej("reviewer"), ["refusal", "reviewer", "task"])

# ====================================================================== negation
C = "negation"
add("neg-001", C, "kasia", "don't move Larchmont Grand Bed Linen Hire to Onboarded yet", nochange(), ["negation", "pure_negation"])
add("neg-002", C, "fergus", "no need to log anything for the Mossley visit", nochange(), ["negation", "pure_negation"])
add("neg-003", C, "tavish", "leave Ninebarrow Halls Bed Linen in Linen Audit", nochange(), ["negation", "leave_as_is"])
add("neg-004", C, "kasia", "don't mark Colvend Hospice Bed Linen as walked away - move it to Linen Audit instead", ready(ud(28, stage=LA)), ["negation", "correction"])
add("neg-005", C, "fergus", "not Paperwork - put Oxbow Fitness Towel Rental in Sample Run", ready(ud(12, stage=SR)), ["negation", "correction"])
add("neg-006", C, "tavish", "hold off on the Oriel close date, don't change anything yet", nochange(), ["negation", "pure_negation"])
add("neg-007", C, "rowan", "Don't reassign Skerryvore Ferries; keep it with Kasia.", nochange(), ["negation", "leave_as_is"])
add("neg-008", C, "kasia", "actually, never mind", nochange(), ["negation", "never_mind", "history"], ["move Thimble Street Dental Tunics to Sample Run"])
add("neg-009", C, "fergus", "no, don't create a task for that", nochange(), ["negation", "history", "never_mind"], ["remind me to call Caradoc Venn tomorrow"])
add("neg-010", C, "tavish", "Hobnail Chef Whites stays at 23k, don't touch it", nochange(), ["negation", "leave_as_is"])
add("neg-011", C, "kasia", "don't complete the Kilnworth loading bay task, just log a call with Dunstan Greatorex", ready(act("kasia", "call", contact=32)), ["negation", "partial"])
add("neg-012", C, "fergus", "Not 12k - the Ellerby Hall Bridal Suite Linen is 13.5k", ready(ud(17, amount=13500)), ["negation", "correction", "amount"])
add("neg-013", C, "tavish", "no need to change the stage, just set Sorrelwood Care Home Bed Linen's close date to Nov 8", ready(ud(9, close_date="2031-11-08")), ["negation", "partial"])
add("neg-014", C, "rowan", "Do not delete Alderholt Garage, just move it to Tavish", ready(uco(17, owner_id=5)), ["negation", "ownership"])
add("neg-015", C, "kasia", "forget the reminder", nochange(), ["negation", "never_mind", "history"], ["remind me to chase Hartley Spode on Friday"])
add("neg-016", C, "fergus", "Please do not change the Gannet Bay Spa Towels stage, it is staying in Paperwork for now", nochange(), ["negation", "leave_as_is", "non_native"])
add("neg-017", C, "tavish", "wait, no, leave it where it is", nochange(), ["negation", "never_mind", "history"], ["move Pipistrelle Salon Towels to Paperwork"])

# ====================================================================== correction
C = "correction"
add("cor-001", C, "kasia", "set Brockhurst Scrubs Laundering to 17k - sorry, 19k", ready(ud(15, amount=19000)), ["correction", "amount"])
add("cor-002", C, "fergus", "Ellerby Hall Banqueting Linen close date Nov 4, make that Nov 6", ready(ud(16, close_date="2031-11-06")), ["correction", "date"])
add("cor-003", C, "tavish", "the Sorrelwood deal should be 55k instead of 52k", ready(ud(9, amount=55000)), ["correction", "instead_of", "closed_not_offered"])
add("cor-004", C, "kasia", "Clover Amesbury's email is clover@puddlebynursery.co.uk - no wait, .com", ready(uc(27, email="clover@puddlebynursery.com")), ["correction", "email"])
add("cor-005", C, "fergus", "move Mossley Holiday Park Towels to Paperwork, scratch that, Linen Audit", ready(ud(7, stage=LA)), ["correction", "scratch_that"])
add("cor-006", C, "tavish", "task to call Kerensa Lusk Wednesday - actually Thursday", ready(task("tavish", THU, contact=35)), ["correction", "task"])
add("cor-007", C, "rowan", "Give Brockhurst Medical Practice to Fergus... no, to Tavish", ready(uco(10, owner_id=5)), ["correction", "ownership"])
add("cor-008", C, "kasia", "log a call with Hartley Spode - sorry, it was a meeting", ready(act("kasia", "meeting", contact=28)), ["correction"])
add("cor-009", C, "fergus", "Mossley Holiday Park Bed Linen amount 131k instead of 126k", ready(ud(6, amount=131000)), ["correction", "instead_of"])
add("cor-010", C, "tavish", "Ninebarrow Halls Bed Linen to Sample Run - no, keep it in Linen Audit and just change the close date to Nov 28", ready(ud(18, close_date="2031-11-28")), ["correction", "negation"])
add("cor-011", C, "kasia", "new contact Quenelda Parfitt at Brockhurst Medical Practice, qparfitt@brockhurstmedical.org - sorry, quenelda.parfitt@brockhurstmedical.org", ready(ccontact("kasia", "Quenelda", "Parfitt", 10, "quenelda.parfitt@brockhurstmedical.org")), ["correction", "email"])
add("cor-012", C, "fergus", "sorry, I meant Linen Audit", ready(ud(3, stage=LA)), ["correction", "history"], ["move Larchmont Golf Club Table Linen to Sample Run"])
add("cor-013", C, "tavish", "scratch that, make Oriel Banqueting Linen 64k rather than 62k", ready(ud(34, amount=64000)), ["correction", "scratch_that"])
add("cor-014", C, "kasia", "Skerryvore Towel Rental close date Dec 19 instead of Dec 12", ready(ud(20, close_date="2031-12-19")), ["correction", "instead_of", "date"])

# ====================================================================== typo
C = "typo"
add("typ-001", C, "kasia", "moev larchmont grnad bed linnen hire to paperwrok", ready(ud(1, stage=PW)), ["typo", "multi_typo"])
add("typ-002", C, "fergus", "calld cassius bary at mosley this mornign", ready(act("fergus", "call", contact=3)), ["typo", "multi_typo"])
add("typ-003", C, "tavish", "ninebarow halls bed linen amout 152k", ready(ud(18, amount=152000)), ["typo", "multi_typo"])
add("typ-004", C, "kasia", "remnd me to cal Hartly Spode tomoro", ready(task("kasia", TMRW, contact=28)), ["typo", "multi_typo"])
add("typ-005", C, "fergus", "Elerby Hal bridal suite linnen close dat end of febuary", ready(ud(17, close_date="2032-02-29")), ["typo", "multi_typo", "year_roll", "leap_year"])
add("typ-006", C, "tavish", "note on Ravensmor Vets: hed nurse wants softer scrubs", ready(act("tavish", "note", company=15)), ["typo", "note_on"])
add("typ-007", C, "kasia", "Kilnworth workwear launderin onbaorded", ready(ud(10, stage=WON)), ["typo", "won"])
add("typ-008", C, "fergus", "oxbow fitnes towel rentl to sample run pls", ready(ud(12, stage=SR)), ["typo", "multi_typo", "mobile"])
add("typ-009", C, "tavish", "emaild Saffi Rudock the towel prices", ready(act("tavish", "email", contact=20)), ["typo"])
add("typ-010", C, "rowan", "hand Tarnsid Inn to Kasia", ready(uco(20, owner_id=1)), ["typo", "ownership", "hand"])
add("typ-011", C, "kasia", "Ingebor Falk new phone 07700 900 386", ready(uc(1, phone="07700 900 386")), ["typo", "phone", "near_duplicate"])
add("typ-012", C, "fergus", "Fallowmer Kitchen Whits 7k", ready(ud(33, amount=7000)), ["typo", "amount"])
add("typ-013", C, "tavish", "Thimbel Street Bistro chef whits > linen audit", ready(ud(4, stage=LA)), ["typo", "multi_typo"])
add("typ-014", C, "kasia", "met Jocasa Penfold at kilnwroth yesterdya", ready(act("kasia", "meeting", YDAY, contact=11)), ["typo", "multi_typo", "date"])
add("typ-015", C, "fergus", "done - sent the spa towl samples to Tamr Eskdale", ready(done(16)), ["typo", "done_task"])
add("typ-016", C, "tavish", "oriel banquetting linen: $66k", ready(ud(34, amount=66000)), ["typo", "amount"])

# ====================================================================== unsupported
C = "unsupported"
add("uns-001", C, "kasia", "reschedule the Clover Amesbury brochure task to next month", rej(), ["unsupported", "reschedule"])
add("uns-002", C, "fergus", "rename the Alderholt purchase order task to 'Chase PO number'", rej(), ["unsupported", "task_rename"])
add("uns-003", C, "tavish", "delete the call I logged with Saffi Ruddock yesterday", rej(), ["unsupported", "activity_edit"])
add("uns-004", C, "rowan", "Merge Ingeborg Falk and Ingeborg Raines into one contact.", rej(), ["unsupported", "merge"])
add("uns-005", C, "kasia", "reopen the Bramling mat rota task", rej(), ["unsupported", "reopen"])
add("uns-006", C, "fergus", "change the date on my Cassius Bray meeting from Friday to Thursday", rej(), ["unsupported", "activity_edit"])
add("uns-007", C, "tavish", "cancel the Hilde Bramwell testimonial task", rej(), ["unsupported", "task_cancel"])
add("uns-008", C, "kasia", "export all my deals to a spreadsheet", rej(), ["unsupported", "export"])
add("uns-009", C, "fergus", "move the Evadne Pullar table linen prices task to Oct 24", rej(), ["unsupported", "reschedule"])
add("uns-010", C, "rowan", "Reassign Tavish's Corwin Achard call task to Fergus.", rej(), ["unsupported", "task_reassign"])
add("uns-011", C, "tavish", "can you print delivery labels for the Oriel order?", rej(), ["unsupported", "document"])

# ====================================================================== questions (answers from validate_sixth.QUESTIONS)
C = "question"
QS = [
    ("qst-001", "hedda", "what open deals do we have with Larchmont Grand Hotel?", ["company_deals", "near_duplicate"]),
    ("qst-002", "rowan", "list every deal Mossley Holiday Park has ever had", ["company_deals", "closed_included", "shared_word"]),
    ("qst-003", "fergus", "which of my deals close this month?", ["closing", "my"]),
    ("qst-004", "rowan", "how many deals are sitting in Sample Run?", ["count", "stage"]),
    ("qst-005", "hedda", "what's Kasia's open pipeline worth?", ["pipeline", "sum"]),
    ("qst-006", "tavish", "what's Ingeborg Raines's phone number?", ["contact_info", "near_duplicate"]),
    ("qst-007", "tavish", "who owns the Larchmont Golf Club account?", ["owner", "account_owner", "near_duplicate"]),
    ("qst-008", "fergus", "when did we last log anything with Tamar Eskdale?", ["last_touch"]),
    ("qst-009", "rowan", "which deals have had no activity in the last 4 weeks?", ["stale_deals", "no_activity"]),
    ("qst-010", "kasia", "what's on my task list?", ["tasks", "my"]),
    ("qst-011", "fergus", "which of my tasks are overdue?", ["tasks", "overdue", "my"]),
    ("qst-012", "hedda", "how much have we onboarded this year?", ["won_lost", "sum"]),
    ("qst-013", "rowan", "what's our biggest open deal?", ["biggest_deal"]),
    ("qst-014", "fergus", "who's the contact on Skerryvore Towel Rental?", ["deal_contact", "near_duplicate"]),
    ("qst-015", "kasia", "email address for Cassius Mott?", ["contact_info", "near_duplicate", "terse"]),
    ("qst-016", "hedda", "who do we know at Ninebarrow Student Living?", ["company_contacts"]),
    ("qst-017", "tavish", "how many contacts at Larchmont Grand Hotel?", ["count", "company_contacts"]),
    ("qst-018", "rowan", "what have we walked away from?", ["won_lost", "lost"]),
    ("qst-019", "kasia", "which deals are in Paperwork?", ["stage"]),
    ("qst-020", "hedda", "total value of Fergus's Paperwork deals?", ["pipeline", "sum", "stage"]),
    ("qst-021", "fergus", "close date on Ellerby Hall Banqueting Linen?", ["deal_info", "date", "terse"]),
    ("qst-022", "rowan", "which accounts does Kasia own?", ["owner", "accounts"]),
    ("qst-023", "tavish", "how much is Pipistrelle Salon Towels worth?", ["deal_info", "amount"]),
    ("qst-024", "hedda", "what chef whites deals are open?", ["product"]),
    ("qst-025", "fergus", "which of my deals have gone quiet for 3 weeks?", ["stale_deals", "no_activity", "my"]),
    ("qst-026", "tavish", "how many open deals do I have?", ["count", "my"]),
    ("qst-027", "kasia", "what tasks do I have due this week?", ["tasks", "this_week", "my"]),
    ("qst-028", "rowan", "where does Elfrida Colquhoun work and what's her title?", ["contact_info"]),
    ("qst-029", "fergus", "what's the website for Thimble Street Dental?", ["company_info", "near_duplicate"]),
    ("qst-030", "hedda", "which open deals are past their close date?", ["closing", "past_dated"]),
    ("qst-031", "rowan", "how many overdue tasks are there across the team?", ["tasks", "overdue", "count"]),
    ("qst-032", "kasia", "what did we onboard with Bramling Poultry?", ["won_lost", "company_deals"]),
    ("qst-033", "fergus", "who owns the Hobnail Chef Whites deal?", ["owner", "deal_owner"]),
    ("qst-034", "rowan", "who's the account owner for Hobnail Catering Co?", ["owner", "account_owner"]),
    ("qst-035", "hedda", "what stage is Skerryvore Cabin Linen in?", ["deal_info", "stage"]),
    ("qst-036", "fergus", "how much workwear business is open right now?", ["pipeline", "sum", "product"]),
    ("qst-037", "rowan", "which open deals are over 100k?", ["amount_filter"]),
    ("qst-038", "kasia", "who's at Larchmont Golf Club?", ["company_contacts", "near_duplicate"]),
    ("qst-039", "tavish", "Fergus Hallam's phone?", ["contact_info", "user_name_clash", "terse"]),
    ("qst-040", "hedda", "how many companies are in the CRM?", ["count"]),
    ("qst-041", "rowan", "which of Tavish's contacts are leads?", ["contacts", "lifecycle"]),
    ("qst-042", "fergus", "how much is the Larchmont Grand Towel Rental deal?", ["deal_info", "amount"]),
    ("qst-043", "rowan", "what does Kasia have closing in November?", ["closing"]),
    ("qst-044", "hedda", "how much did we lose this year?", ["won_lost", "sum", "lost"]),
    ("qst-045", "tavish", "what's the average size of my open deals?", ["average_deal", "my"]),
    ("qst-046", "kasia", "how many activities have I logged today?", ["activity", "today", "count", "my"]),
    ("qst-047", "rowan", "how many deals has Kasia onboarded?", ["won_lost", "count"]),
    ("qst-048", "fergus", "who's the contact on the Mossley Holiday Park Towels deal?", ["deal_contact"]),
    ("qst-049", "tavish", "how many activities are logged against Ninebarrow Halls Bed Linen?", ["activity", "count"]),
    ("qst-050", "hedda", "email for Oswin Ferrier?", ["contact_info", "near_duplicate", "terse"]),
    ("qst-051", "kasia", "what stage is Thimble Street Dental Tunics at?", ["deal_info", "stage", "near_duplicate"]),
    ("qst-052", "rowan", "which of Fergus's deals are in Scouting?", ["stage"]),
    ("qst-053", "fergus", "total open value at Ellerby Hall Weddings?", ["pipeline", "sum"]),
    ("qst-054", "hedda", "who owns the Ninebarrow Student Living account?", ["owner", "account_owner"]),
    ("qst-055", "tavish", "which towel deals are open?", ["product"]),
    ("qst-056", "kasia", "what do I have due tomorrow?", ["tasks", "my"]),
    ("qst-057", "rowan", "when does the Hobnail Chef Whites close?", ["deal_info", "date"]),
    ("qst-058", "hedda", "what's the average size of the deals we onboarded this year?", ["average_deal", "won_lost"]),
    ("qst-059", "fergus", "how many activities did I log last week?", ["activity", "last_week", "count", "my"]),
    ("qst-060", "rowan", "what's the biggest deal we've ever onboarded?", ["biggest_deal", "won_lost"]),
    ("qst-061", "kasia", "which of my deals haven't been touched in six weeks?", ["stale_deals", "no_activity", "my"]),
    ("qst-062", "hedda", "who is Digby Tranter?", ["contact_info"]),
    ("qst-063", "kasia", "how many open tasks does Fergus have?", ["tasks", "count", "user_name_clash"]),
    ("qst-064", "rowan", "what's the total open pipeline?", ["pipeline", "sum"]),
    ("qst-065", "fergus", "phone for Cassius Bray", ["contact_info", "near_duplicate", "terse"]),
    ("qst-066", "tavish", "what deals close before Nov 1?", ["closing", "date_range"]),
    ("qst-067", "hedda", "which companies does Tavish own?", ["owner", "accounts"]),
    ("qst-068", "rowan", "when was the last activity on the Tarnside Inn Bed Linen?", ["last_touch"]),
    ("qst-069", "kasia", "what's Jocasta Penfold's email?", ["contact_info"]),
    ("qst-070", "fergus", "which contacts do we have at Thimble Street Bistro?", ["company_contacts", "near_duplicate"]),
    ("qst-071", "hedda", "how many deals did we walk away from this year?", ["won_lost", "count", "lost"]),
    ("qst-072", "rowan", "list Kasia's deals in Linen Audit", ["stage"]),
    ("qst-073", "tavish", "what industry is Skerryvore Ferries in?", ["company_info"]),
    ("qst-074", "kasia", "which deals did we onboard last month?", ["won_lost", "period"]),
    ("qst-075", "hedda", "what's Fergus's average open deal size?", ["average_deal"]),
    ("qst-076", "fergus", "who's the contact on the Larchmont Golf Club Table Linen deal?", ["deal_contact"]),
    ("qst-077", "rowan", "how many open deals does Skerryvore have?", ["count", "company_deals"]),
    ("qst-078", "tavish", "when is my Rollo Pennycook banqueting plan task due?", ["tasks", "date"]),
    ("qst-079", "kasia", "what's the smallest open deal we have?", ["biggest_deal", "smallest"]),
    ("qst-080", "hedda", "what's open with Tansy Lane Tearooms?", ["company_deals"]),
    ("qst-081", "rowan", "hey quick one - whats the total of everything we onboarded in October?", ["won_lost", "sum", "period", "mobile"]),
    ("qst-082", "fergus", "Could you tell me which Sample Run deals close in November?", ["closing", "stage", "polite"]),
    ("qst-083", "rowan", "who's the owner of the Alderholt Garage Overalls deal?", ["owner", "deal_owner"]),
    ("qst-084", "tavish", "how many activities did I log today?", ["activity", "today", "count", "my"]),
    ("qst-085", "hedda", "what's Tavish got due this week?", ["tasks", "this_week"]),
]
for qid, user, text, tags in QS:
    add(qid, C, user, text, Q(), tags)

DECLINES = [
    ("dec-001", "kasia", "what's the weather looking like at the Skerryvore harbour tomorrow?", []),
    ("dec-002", "rowan", "what's Ninebarrow Student Living's annual revenue?", []),
    ("dec-003", "fergus", "how many staff does Mossley Holiday Park employ?", []),
    ("dec-004", "hedda", "who runs procurement at Wexcombe Linen Group?", []),
    ("dec-005", "tavish", "what's the phone number for Annabel Quickfall?", []),
    ("dec-006", "kasia", "what's our customer satisfaction score this quarter?", []),
    ("dec-007", "rowan", "how many tonnes of linen did we wash for Larchmont Grand last month?", []),
    ("dec-008", "fergus", "what did Morgan close last quarter?", []),
    ("dec-009", "hedda", "what's the status of the Larchmont Spa deal?", ["Larchmont Grand Towel Rental", "Gannet Bay Spa Towels"]),
    ("dec-010", "tavish", "what's the going rate for an industrial washer-extractor right now?", []),
    ("dec-011", "kasia", "what's Ingeborg Falk's LinkedIn?", []),
    ("dec-012", "rowan", "what's our linen loss rate at Mossley?", []),
    ("dec-013", "fergus", "which Thimble Street Bakery contacts do we have?", ["Lyra Ferrier", "Bartley Nuttall"]),
    ("dec-014", "hedda", "what's Skerryvore Ferries' credit rating?", []),
]
for qid, user, text, ex in DECLINES:
    add(qid, C, user, text, DECLINE(*ex), ["question", "decline"])


def fill_answers() -> None:
    from validate_sixth import question_answers
    answers = question_answers()
    for it in ITEMS:
        e = it["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it["id"]]


def main() -> None:
    from validate_sixth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it["id"]: it for it in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[i], ensure_ascii=False) + "\n" for i in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
