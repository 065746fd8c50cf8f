"""Writes eighth_dev.jsonl and eighth_test.jsonl: the hand-written items of the eighth corpus (fixture H, Halyard
Print & Signage), in the seeded stratified split (random.Random(20261203)). One add(...) per item. The helpers only
type link ids once (a contact gives its company; a deal gives its company and, when no person is named, its contact),
fill the acting user in as owner/author, and number new records from the next free id. Question answers are filled
from the SQL in validate_eighth.QUESTIONS (the only labels taken from SQL); everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_eighth.py
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_h import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"pelham": 1, "honoria": 2, "gaspard": 3, "eustacia": 4, "orrin": 5}
NEXT = {"companies": 26, "contacts": 46, "deals": 38, "activities": 401, "tasks": 43}
TODAY = "2034-03-08"  # a Wednesday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, text, expect, tags, history=()):
    tags = list(tags)
    if user == "honoria" and "manager" not in tags:  # the admin writes as the studio manager
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


def cdeal(u, company, stage="Brief Received", amount=None, close=None, product=None, contact=None, name=None,
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
RB, RL, CP, PO, WON, LOST = "Brief Received", "Rough Layout", "Colour Proof", "Print Order", "Gone to Press", "Pulped"
BAN, WRAP, SIGN, WAY, BRO, EXH = ("Large Format Banners", "Vehicle Wraps", "Shopfront Signage", "Wayfinding Systems",
                                  "Brochure Print Runs", "Exhibition Stands")
# dates (today is Wednesday 2034-03-08). Past days, for activities:
YDAY, MON_P, SUN_P, FRI_P, THU_P, WED_P = "2034-03-07", "2034-03-06", "2034-03-05", "2034-03-03", "2034-03-02", "2034-03-01"
# future, for tasks and deals ("Wednesday" and "next <weekday>" are never used for a future date)
TMRW, FRI, IN3, MON, TUE = "2034-03-09", "2034-03-10", "2034-03-11", "2034-03-13", "2034-03-14"
WEEK, WK_ON_FRI, TWO_WEEKS, EOM, EOA, EOMAY = "2034-03-15", "2034-03-17", "2034-03-22", "2034-03-31", "2034-04-30", "2034-05-31"
THU = TMRW
p, a, g, v, o = "pelham", "honoria", "gaspard", "eustacia", "orrin"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, p, "Quayside Playhouse Season Banners => Print Order", ready(ud(1, stage=PO)), ["stage", "terse", "near_duplicate"])
add("upd-002", C, g, "gullhaven vessel wraps has gone to press!! the PO came through at lunch", ready(ud(17, stage=WON)), ["stage", "won", "lowercase"])
add("upd-003", C, o, "Summerisle Stage Banners is 131k now, they've bolted on a second stage", ready(ud(19, amount=131000)), ["amount"])
add("upd-004", C, p, "could you set the close date on Kingsmere Terminal Wayfinding to April 12?", ready(ud(16, close_date="2034-04-12")), ["date", "polite"])
add("upd-005", C, g, "Brackenholt Park Wayfinding got pulped, the trustees froze every bit of capital spend", ready(ud(13, stage=LOST)), ["stage", "lost"])
add("upd-006", C, o, "fairhaven open day banners to print order pls", ready(ud(9, stage=PO)), ["stage", "mobile", "lowercase"])
add("upd-007", C, p, "Larkspur Garden Centre Signage value: 13,950", ready(ud(5, amount=13950)), ["amount", "near_duplicate"])
add("upd-008", C, g, "Underhill Exhibition Boards - they've seen the sketches and want something firmer, move it to Rough Layout", ready(ud(34, stage=RL)), ["stage"])
add("upd-009", C, o, "Copperbeech Estate Signage close date end of April", ready(ud(35, close_date=EOA)), ["date"])
add("upd-010", C, p, "Grimsdyke Campus Wayfinding, one hundred and two thousand", ready(ud(32, amount=102000)), ["amount", "words"])
add("upd-011", C, g, "Castellan Christmas Banners: 36.5k and have it close at the end of the month", ready(ud(7, amount=36500, close_date=EOM)), ["amount", "date", "same_record"])
add("upd-012", C, o, "Crumbwell Shopfront Refit is dead, the family are selling the bakeries", ready(ud(28, stage=LOST)), ["stage", "lost"])
add("upd-013", C, p, "Vintry Window Graphics should close Feb 14", ready(ud(37, close_date="2035-02-14")), ["date", "year_roll"])
add("upd-014", C, g, "alpenglow trade show stand $39K", ready(ud(30, amount=39000)), ["amount", "lowercase", "terse"])
add("upd-015", C, o, "Hollins & Vane Office Signage: the senior partner wants to see a layout before anything else, so Rough Layout please", ready(ud(24, stage=RL)), ["stage", "polite"])
add("upd-016", C, p, "Lumiere Foyer Signage went to press this morning, mark it won", ready(ud(21, stage=WON)), ["stage", "won"])
add("upd-017", C, g, "Quayside Motors Showroom Signage has slipped by a week", ready(ud(3, close_date="2034-03-24")), ["date", "relative_to_record", "near_duplicate"])
add("upd-018", C, o, "Pendragon Venue Wayfinding - new close date April 3", ready(ud(31, close_date="2034-04-03")), ["date", "past_dated"])
add("upd-019", C, p, "Bellavista Menu Brochures is worth $10,250", ready(ud(29, amount=10250)), ["amount"])
add("upd-020", C, g, "Cleveden Ward Wayfinding to Print Order, thirty-two grand", ready(ud(23, stage=PO, amount=32000)), ["stage", "amount", "words", "same_record", "shared_word"])
add("upd-021", C, o, "right so Orrell Athletic Coach Wrap - the club finally sent the coach dimensions after three weeks of me nagging, the kit man says the new sponsor wants their logo down both sides, so we're drawing up a layout, move it to Rough Layout", ready(ud(15, stage=RL)), ["stage", "rambling"])
add("upd-022", C, p, "Wendover Fleet Wraps amount 74.25k", ready(ud(11, amount=74250)), ["amount"])
add("upd-023", C, g, "Fettle Studio Graphics close date has already gone by, make it April 9", ready(ud(27, close_date="2034-04-09")), ["date", "past_dated"])
add("upd-024", C, o, "Marbury Estates Van Wraps now closes at the end of April", ready(ud(25, close_date=EOA)), ["date", "deal_owner"])
add("upd-025", C, p, "Hi, would you move Quayside Playhouse Brochures on to Colour Proof? Cheers", ready(ud(2, stage=CP)), ["stage", "polite", "wrapper"])
add("upd-026", C, g, "Gullhaven Terminal Signage - 14k", ready(ud(18, amount=14000)), ["amount", "terse"])
add("upd-027", C, o, "Larkspur Museum Wayfinding to Rough Layout, 7.1k", ready(ud(4, stage=RL, amount=7100)), ["stage", "amount", "same_record", "near_duplicate"])
add("upd-028", C, a, "Please set the close date of Grimsdyke Campus Wayfinding to 30 April.", ready(ud(32, close_date=EOA)), ["date", "formal"])
add("upd-029", C, p, "kingsmere terminal wayfinding to print order, since the airport board signed off the budget on monday", ready(ud(16, stage=PO)), ["stage", "lowercase", "reason_clause"])
add("upd-030", C, g, "The Alpenglow Trade Show Stand deal has reached Rough Layout", ready(ud(30, stage=RL)), ["stage"])
add("upd-031", C, o, "Summerisle Exhibition Stands: $51K, closing April 20", ready(ud(20, amount=51000, close_date="2034-04-20")), ["amount", "date", "same_record"])
add("upd-032", C, a, "mark Castellan Wayfinding Refresh as gone to press", ready(ud(6, stage=WON)), ["stage", "won"])
add("upd-033", C, p, "Lumiere Foyer Signage goes up to 18k now that they want the lightbox as well", ready(ud(21, amount=18000)), ["amount", "reason_clause"])
add("upd-034", C, g, "push the Brackenholt Park Wayfinding close out by two weeks", ready(ud(13, close_date="2034-05-05")), ["date", "relative_to_record"])
add("upd-035", C, o, "Summerisle Stage Banners is $1.3m across all three festival sites now", ready(ud(19, amount=1300000)), ["amount"])
add("upd-036", C, p, "Quayside Playhouse Season Banners close date: the 28th", ready(ud(1, close_date="2034-03-28")), ["date", "near_duplicate"])
add("upd-037", C, g, "Underhill Exhibition Boards is pulped, they've gone all-digital", ready(ud(34, stage=LOST)), ["stage", "lost"])
add("upd-038", C, o, "I need Copperbeech Estate Signage sent back to Colour Proof", ready(ud(35, stage=CP)), ["stage"])
add("upd-039", C, a, "Vintry Window Graphics should be 25k", ready(ud(37, amount=25000)), ["amount"])
add("upd-040", C, p, "Larkspur Garden Centre Signage - store manager approved the roughs, Colour Proof, close end of April", ready(ud(5, stage=CP, close_date=EOA)), ["stage", "date", "same_record"])
add("upd-041", C, g, "can you make Quayside Motors Showroom Signage 29k? they've added a totem for the service bay. ta", ready(ud(3, amount=29000)), ["amount", "polite", "wrapper"])
add("upd-042", C, o, "Hollins & Vane Office Signage close date to the first of June", ready(ud(24, close_date="2034-06-01")), ["date", "words"])
add("upd-043", C, p, "wendover fleet wraps -> gone to press \U0001f680", ready(ud(11, stage=WON)), ["stage", "won", "mobile"])
add("upd-044", C, g, "Castellan Christmas Banners amount thirty-seven thousand five hundred", ready(ud(7, amount=37500)), ["amount", "words"])
add("upd-045", C, o, "Fairhaven Open Day Banners, close date Friday", ready(ud(9, close_date=FRI)), ["date"])
add("upd-046", C, p, "okay update the bellavista menu brochures deal the amount is eleven thousand and it closes on the twenty first of march", ready(ud(29, amount=11000, close_date="2034-03-21")), ["amount", "date", "words", "same_record", "dictation", "lowercase"])
add("upd-047", C, o, "Pendragon Venue Wayfinding is basically a yes, mark it gone to press", ready(ud(31, stage=WON)), ["stage", "won"])
add("upd-048", C, g, "Cleveden Ward Wayfinding: the trust finalized the order this morning, mark it gone to press", ready(ud(23, stage=WON)), ["stage", "won", "american", "shared_word"])
add("upd-049", C, p, "Vintry Window Graphics, please to change the close date for 10 July, the owner he ask for it", ready(ud(37, close_date="2034-07-10")), ["date", "non_native"])
add("upd-050", C, o, "the Copperbeech deal is now 10.4k", ready(ud(35, amount=10400)), ["amount", "closed_not_offered"])
add("upd-051", C, g, "Gullhaven Terminal Signage to color proof", ready(ud(18, stage=CP)), ["stage", "american"])
add("upd-052", C, p, "as the airport's runway works now run into May, push Kingsmere Terminal Wayfinding to May 20", ready(ud(16, close_date="2034-05-20")), ["date", "reason_clause"])
add("upd-053", C, o, "Orrell Athletic Coach Wrap close date a week on Friday", ready(ud(15, close_date=WK_ON_FRI)), ["date", "words", "british"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, p, "Ottoline Grieve's new mobile is 07700 900 418", ready(uc(1, phone="07700 900 418")), ["phone", "near_duplicate"])
add("uct-002", C, g, "Iestyn Abernethy email: iestyn@castellancentre.com", ready(uc(3, email="iestyn@castellancentre.com")), ["email", "near_duplicate"])
add("uct-003", C, o, "Raffaella Brackley has moved up to prospect", ready(uc(31, lifecycle_stage="prospect")), ["lifecycle"])
add("uct-004", C, p, "Orrin Sowerby's direct line is 0121 555 0143", ready(uc(5, phone="0121 555 0143")), ["phone", "user_name_clash"])
add("uct-005", C, g, "Radulf Pellow's email changed to R.Pellow@GullhavenFerries.com", ready(uc(15, email="r.pellow@gullhavenferries.com")), ["email", "lowercase_email"])
add("uct-006", C, o, "Fulke Jellicoe has left Hollins & Vane and gone to Pendragon Conference Centre", ready(uc(38, company_id=21)), ["company_move"])
add("uct-007", C, p, "Heloise Sandercock is Director of Operations at the airport now", ready(uc(14)), ["job_title"])
add("uct-008", C, g, "set Peregrina Loveday to opportunity", ready(uc(39, lifecycle_stage="opportunity")), ["lifecycle"])
add("uct-009", C, o, "Ludo Carrick phone +44 121 555 0730 ext 4", ready(uc(21, phone="+44 121 555 0730 ext 4")), ["phone"])
add("uct-010", C, a, "Jemima Delahunt has churned, Copperbeech have taken their printing in-house", ready(uc(27, lifecycle_stage="churned")), ["lifecycle"])
add("uct-011", C, p, "new email for Jerusha Kettleby: j.kettleby@larkspurgardens.co.uk", ready(uc(10, email="j.kettleby@larkspurgardens.co.uk")), ["email"])
add("uct-012", C, g, "Torvald Lavelle -> opportunity", ready(uc(33, lifecycle_stage="opportunity")), ["lifecycle", "terse"])
add("uct-013", C, o, "Thomasina Brandauer's surname is spelt Brandaur, there's no e", ready(uc(16, last_name="Brandaur")), ["name_fix", "british"])
add("uct-014", C, p, "Tegwen Penwarden she has changed the number, new one is 0121 555 0388", ready(uc(25, phone="0121 555 0388")), ["phone", "non_native"])
add("uct-015", C, g, "Good afternoon, Nolwenn Lyle has asked that we use nolwenn@alpenglow.co.uk for her from now on. Best wishes, Gaspard", ready(uc(23, email="nolwenn@alpenglow.co.uk")), ["email", "formal_email"])
add("uct-016", C, o, "Seren Cholmondeley is a customer now, since the club took the stadium banners", ready(uc(34, lifecycle_stage="customer")), ["lifecycle", "reason_clause"])
add("uct-017", C, p, "update Maelor Threadgold's email to maelor@vintrywines.co.uk and make him a prospect", ready(uc(28, email="maelor@vintrywines.co.uk", lifecycle_stage="prospect")), ["email", "lifecycle", "same_record"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, p, "Vintry Wine Merchants' website is now vintry.wine", ready(uco(25, domain="vintry.wine")), ["domain"])
add("uco-002", C, g, "Underhill Architects industry: Architecture & Interiors", ready(uco(23, industry="Architecture & Interiors")), ["industry", "terse"])
add("uco-003", C, o, "Crumbwell Bakeries domain -> crumbwellbakeries.co.uk", ready(uco(18, domain="crumbwellbakeries.co.uk")), ["domain"])
add("uco-004", C, a, "Change Grimsdyke College's industry to Further Education.", ready(uco(22, industry="Further Education")), ["industry", "formal"])
add("uco-005", C, p, "rename Bellavista Pizzerias to Bellavista Kitchen & Bar", ready(uco(19, name="Bellavista Kitchen & Bar")), ["rename"])
add("uco-006", C, g, "Brackenholt Wildlife Park's domain should be brackenholtwildlife.org.uk", ready(uco(8, domain="brackenholtwildlife.org.uk")), ["domain"])
add("uco-007", C, o, "Pendragon Conference Centre mostly does weddings these days, set the industry to Weddings & Events", ready(uco(21, industry="Weddings & Events")), ["industry"])
add("uco-008", C, p, "Larkspur Garden Centre changed their web address to larkspur-gardens.com", ready(uco(4, domain="larkspur-gardens.com")), ["domain", "near_duplicate"])
add("uco-009", C, g, "Quayside Motors' industry should say Car Dealership", ready(uco(2, industry="Car Dealership")), ["industry", "near_duplicate"])
add("uco-010", C, o, "hollins & vane's website is hollinsvane.law now", ready(uco(15, domain="hollinsvane.law")), ["domain", "lowercase"])
add("uco-011", C, g, "For Fettle Gym Group the web site is now fettle.fit, please you change it", ready(uco(17, domain="fettle.fit")), ["domain", "non_native"])

# ====================================================================== ownership
C = "ownership"
add("own-001", C, a, "Gaspard is picking up Bellavista Pizzerias", ready(uco(19, owner_id=3)), ["ownership", "taking_over"])
add("own-002", C, a, "we're moving the Orrell Athletic Coach Wrap deal over to Pelham", ready(ud(15, owner_id=1)), ["ownership", "moving_to"])
add("own-003", C, p, "I'm taking over Castellan Christmas Banners from Gaspard", ready(ud(7, owner_id=1)), ["ownership", "taking_over"])
add("own-004", C, a, "hand the Alpenglow Ski & Outdoor account over to Orrin", ready(uco(20, owner_id=5)), ["ownership", "hand"])
add("own-005", C, g, "Give Underhill Exhibition Boards to Orrin", ready(ud(34, owner_id=5)), ["ownership"])
add("own-006", C, a, "Orrin owns Lumiere Cinemas from now on", ready(uco(13, owner_id=5)), ["ownership"])
add("own-007", C, o, "make me the owner of Perdita Rendle", ready(uc(29, owner_id=5)), ["ownership", "make_me"])
add("own-008", C, a, "put Summerisle Exhibition Stands under Gaspard's name", ready(ud(20, owner_id=3)), ["ownership"])
add("own-009", C, a, "Pelham takes over Iestyn Quennell", ready(uc(4, owner_id=1)), ["ownership", "taking_over", "near_duplicate"])
add("own-010", C, g, "assign Fettle Studio Graphics to Pelham, he's covering my accounts while I'm at the Frankfurt trade fair", ready(ud(27, owner_id=1)), ["ownership"])
add("own-011", C, a, "Please transfer ownership of Orrell Athletic FC to Pelham Kearsley.", ready(uco(9, owner_id=1)), ["ownership", "formal"])
add("own-012", C, a, "Orrin's picking up the Kingsmere Terminal Wayfinding deal", ready(ud(16, owner_id=5)), ["ownership", "taking_over"])
add("own-013", C, p, "hand Vintry Window Graphics over to Gaspard", ready(ud(37, owner_id=3)), ["ownership", "hand"])
add("own-014", C, a, "we're moving Cleveden Health Trust to Orrin", ready(uco(14, owner_id=5)), ["ownership", "moving_to", "shared_word"])
add("own-015", C, o, "I'll look after Faramond Costigan from here on", ready(uc(13, owner_id=5)), ["ownership"])
add("own-016", C, a, "the Marbury Estates Van Wraps deal goes back to Pelham, it's his account anyway", ready(ud(25, owner_id=1)), ["ownership", "account_owner", "deal_owner"])
add("own-017", C, g, "Crumbwell Bakeries is mine now - Orrin handed it over this morning", ready(uco(18, owner_id=3)), ["ownership", "mine_now"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, p, "add company Wrabness Sailing Club, wrabnesssc.org, industry Sport", ready(ccompany(p, "Wrabness Sailing Club", "wrabnesssc.org", "Sport")), ["comma_list"])
add("cco-002", C, g, "new account: Ravensworth Lido", ready(ccompany(g, "Ravensworth Lido")), ["terse"])
add("cco-003", C, o, "create a company called Emberton Ice Rink (embertonice.co.uk)", ready(ccompany(o, "Emberton Ice Rink", "embertonice.co.uk")), ["domain"])
add("cco-004", C, a, "Add Tollesbury Oyster Bar (Hospitality) and give it to Pelham", ready(ccompany(a, "Tollesbury Oyster Bar", industry="Hospitality", owner=p)), ["ownership"])
add("cco-005", C, p, "Set up Ockendon Dental Studio as a company, Healthcare, ockendondental.co.uk", ready(ccompany(p, "Ockendon Dental Studio", "ockendondental.co.uk", "Healthcare")), ["comma_list"])
add("cco-006", C, g, "Please add Farthingale Opera House as a new company in the Performing Arts sector.", ready(ccompany(g, "Farthingale Opera House", industry="Performing Arts")), ["formal"])
add("cco-007", C, o, "new co: Quillback Climbing Wall, quillbackclimbing.com", ready(ccompany(o, "Quillback Climbing Wall", "quillbackclimbing.com")), ["terse", "mobile"])
add("cco-008", C, a, "Add Sandwick Ferry Terminal as a company; owner Orrin", ready(ccompany(a, "Sandwick Ferry Terminal", owner=o)), ["ownership"])
add("cco-009", C, p, "hey can you pop Haverigg Food Hall in as a new company? they're Food Retail", ready(ccompany(p, "Haverigg Food Hall", industry="Food Retail")), ["polite", "wrapper"])
add("cco-010", C, a, "Create the company Kilnsey Brewing Co, kilnseybrewing.co.uk", ready(ccompany(a, "Kilnsey Brewing Co", "kilnseybrewing.co.uk")), ["admin_create"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, p, "Add Bartolomea Hebden, Box Office Manager at Quayside Playhouse, bartolomea.hebden@quaysideplayhouse.co.uk", ready(ccontact(p, "Bartolomea", "Hebden", 1, "bartolomea.hebden@quaysideplayhouse.co.uk")), ["comma_list", "job_title", "near_duplicate"])
add("cct-002", C, g, "new contact at Castellan Shopping Centre: Ismay Cattermole, ismay@castellancentre.com, 07700 900 516", ready(ccontact(g, "Ismay", "Cattermole", 5, "ismay@castellancentre.com", "07700 900 516")), ["comma_list", "phone"])
add("cct-003", C, o, "Add Yestin Bulstrode, CFO of Summerisle Music Festival, ybulstrode@summerislefest.com", ready(ccontact(o, "Yestin", "Bulstrode", 12, "ybulstrode@summerislefest.com")), ["comma_list", "job_title"])
add("cct-004", C, a, "Add Aldric Dunwoody to Orrell Athletic FC and give him to Pelham", ready(ccontact(a, "Aldric", "Dunwoody", 9, owner=p)), ["ownership"])
add("cct-005", C, p, "Add Lettice Boddington at Wendover Bus Company, phone 0121 555 0462", ready(ccontact(p, "Lettice", "Boddington", 7, phone="0121 555 0462")), ["phone"])
add("cct-006", C, g, "Create a contact: Sulien Edgecombe, Brackenholt Wildlife Park, head keeper", ready(ccontact(g, "Sulien", "Edgecombe", 8)), ["comma_list", "job_title"])
add("cct-007", C, o, "Zephyrine Fettiplace, Crumbwell Bakeries, zephyrine@crumbwell.co.uk - she's their new area manager, please add her", ready(ccontact(o, "Zephyrine", "Fettiplace", 18, "zephyrine@crumbwell.co.uk")), ["comma_list"])
add("cct-008", C, p, "add Gawain Hambly @ Kingsmere Regional Airport, gawain.hambly@kingsmereairport.com", ready(ccontact(p, "Gawain", "Hambly", 10, "gawain.hambly@kingsmereairport.com")), ["mobile"])
add("cct-009", C, g, "Please add a contact for Underhill Architects: Cassiopeia Scobell, associate, c.scobell@underhillarchitects.com", ready(ccontact(g, "Cassiopeia", "Scobell", 23, "c.scobell@underhillarchitects.com")), ["formal", "job_title"])
add("cct-010", C, o, "add Fionnuala Jex at Hollins & Vane Solicitors as a prospect", ready(ccontact(o, "Fionnuala", "Jex", 15, stage="prospect")), ["lifecycle"])
add("cct-011", C, a, "New contact Oisin Kinnersley, Gullhaven Ferries, oisin@gullhavenferries.com, owner Gaspard", ready(ccontact(a, "Oisin", "Kinnersley", 11, "oisin@gullhavenferries.com", owner=g)), ["ownership", "comma_list"])
add("cct-012", C, p, "add Lionel Lidgate, Grimsdyke College, 07700 900 623", ready(ccontact(p, "Lionel", "Lidgate", 22, phone="07700 900 623")), ["phone", "comma_list"])
add("cct-013", C, g, "add contact Berenice Mapplebeck to Alpenglow Ski & Outdoor, email BMapplebeck@AlpenglowOutdoor.com", ready(ccontact(g, "Berenice", "Mapplebeck", 20, "bmapplebeck@alpenglowoutdoor.com")), ["lowercase_email"])
add("cct-014", C, o, "new lead at Fairhaven University: Quintus Nankivell, quintus.nankivell@fairhaven.ac.uk", ready(ccontact(o, "Quintus", "Nankivell", 6, "quintus.nankivell@fairhaven.ac.uk")), ["new_lead", "comma_list"])
add("cct-015", C, p, "Add Rowena Orchardson, Shop Manager at Vintry Wine Merchants - she's already a customer", ready(ccontact(p, "Rowena", "Orchardson", 25, stage="customer")), ["lifecycle", "job_title"])
add("cct-016", C, g, "Add Hesketh Quiller (hesketh@fettlegyms.com) at Fettle Gym Group", ready(ccontact(g, "Hesketh", "Quiller", 17, "hesketh@fettlegyms.com")), ["email"])
add("cct-017", C, o, "new lead: Ulysses Roscorla at Pendragon Conference Centre", ready(ccontact(o, "Ulysses", "Roscorla", 21)), ["new_lead", "terse"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, p, "new deal for Larkspur Garden Centre: banners for the spring plant fair, 3.4k, closing May 2", ready(cdeal(p, 4, amount=3400, close="2034-05-02", product=BAN)), ["amount", "product", "near_duplicate"])
add("cdl-002", C, g, "Create a deal for Quayside Motors - vehicle wraps for the courtesy cars, 8.5k", ready(cdeal(g, 2, amount=8500, product=WRAP)), ["amount", "product", "near_duplicate"])
add("cdl-003", C, o, "new deal: Summerisle Backstage Signage, 14k, Rough Layout stage", ready(cdeal(o, 12, stage=RL, amount=14000, name="Summerisle Backstage Signage")), ["deal_name_colon", "amount"])
add("cdl-004", C, p, "open a deal at Kingsmere Regional Airport for exhibition stands, $22,000, contact Zenobia Gathercole", ready(cdeal(p, 10, amount=22000, product=EXH, contact=35)), ["amount", "product"])
add("cdl-005", C, g, "Add a deal called Castellan Car Park Line Markings for Castellan Shopping Centre, 4.5k", ready(cdeal(g, 5, amount=4500, name="Castellan Car Park Line Markings")), ["named", "amount"])
add("cdl-006", C, o, "new opportunity at Orrell Athletic FC: shopfront signage for the club shop, 19.5k, close end of May", ready(cdeal(o, 9, amount=19500, close=EOMAY, product=SIGN)), ["amount", "date", "product"])
add("cdl-007", C, a, "Create a brochure print run deal for Brackenholt Wildlife Park worth 11,000 and assign it to Gaspard", ready(cdeal(a, 8, amount=11000, product=BRO, owner=g)), ["ownership", "amount"])
add("cdl-008", C, p, "deal for Wendover Bus Company, wayfinding, 6.8k", ready(cdeal(p, 7, amount=6800, product=WAY)), ["amount", "product", "terse"])
add("cdl-009", C, g, "New deal at Alpenglow Ski & Outdoor with Udo Mottram: large format banners for the winter sale, twelve thousand", ready(cdeal(g, 20, amount=12000, product=BAN, contact=40)), ["amount", "words", "product"])
add("cdl-010", C, o, "Copperbeech want a brochure run as well - 2.6k, put it straight into Colour Proof", ready(cdeal(o, 24, stage=CP, amount=2600, product=BRO)), ["amount", "product", "stage"])
add("cdl-011", C, p, "new deal Vintry Wine Merchants vehicle wraps 18k close date May 12", ready(cdeal(p, 25, amount=18000, close="2034-05-12", product=WRAP)), ["amount", "date", "mobile"])
add("cdl-012", C, g, "Please create a new deal for Gullhaven Ferries named Gullhaven Timetable Boards, valued at $27,250, expected to close on 18 June.", ready(cdeal(g, 11, amount=27250, close="2034-06-18", name="Gullhaven Timetable Boards")), ["named", "formal", "amount", "date"])
add("cdl-013", C, o, "deal for Hollins & Vane Solicitors, brochure print runs, 3.9k, contact Fulke Jellicoe", ready(cdeal(o, 15, amount=3900, product=BRO, contact=38)), ["amount", "product", "comma_list"])
add("cdl-014", C, p, "new deal for Quayside Playhouse, exhibition stands, $31K", ready(cdeal(p, 1, amount=31000, product=EXH)), ["amount", "near_duplicate"])
add("cdl-015", C, g, "create deal underhill architects wayfinding four thousand", ready(cdeal(g, 23, amount=4000, product=WAY)), ["amount", "words", "lowercase"])
add("cdl-016", C, a, "New deal for Lumiere Cinemas: vehicle wraps for the promo van, 7.7k, owner Pelham", ready(cdeal(a, 13, amount=7700, product=WRAP, owner=p)), ["ownership", "amount"])
add("cdl-017", C, o, "new deal: Crumbwell Delivery Van Livery, 2.1k, contact Ludo Carrick", ready(cdeal(o, 18, amount=2100, contact=21, name="Crumbwell Delivery Van Livery")), ["deal_name_colon", "amount"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, p, "called Demelza Pettifer about the depot wrap schedule", ready(act(p, "call", contact=6)), ["call", "near_duplicate"])
add("act-002", C, g, "met Iestyn Abernethy in the Castellan management suite on Friday", ready(act(g, "meeting", FRI_P, contact=3)), ["meeting", "date", "near_duplicate"])
add("act-003", C, o, "note on Summerisle Music Festival: they're adding a third stage this summer", ready(act(o, "note", company=12)), ["note_on"])
add("act-004", C, p, "emailed Heloise Sandercock the terminal sign schedule", ready(act(p, "email", contact=14)), ["email"])
add("act-005", C, g, "texted Blaise Pembury the fitter's ETA", ready(act(g, "message", contact=9)), ["message"])
add("act-006", C, o, "note on the Fairhaven Open Day Banners deal: everything has to be hung by the 25th", ready(act(o, "note", deal=9)), ["note_on", "deal_note"])
add("act-007", C, p, "left Tegwen Penwarden a voicemail", ready(act(p, "call", contact=25)), ["call", "voicemail"])
add("act-008", C, g, "proof review at Brackenholt Wildlife Park on Thursday with Torvald Lavelle", ready(act(g, "meeting", THU_P, contact=33)), ["meeting", "date"])
add("act-009", C, o, "WhatsApp'd Ludo Carrick the shopfront mock-ups", ready(act(o, "message", contact=21)), ["message"])
add("act-010", C, p, "Spoke with Orrin Sowerby on the phone, the cinema wants the lightbox fitted after closing time", ready(act(p, "call", contact=5)), ["call", "user_name_clash"])
add("act-011", C, g, "note on Cleveden Health Trust: the new wing opens in June", ready(act(g, "note", company=14)), ["note_on"])
add("act-012", C, o, "had a proof review with Sorcha Ironside on Monday", ready(act(o, "meeting", MON_P, contact=12)), ["meeting", "date"])
add("act-013", C, p, "rang Ottoline Grieve last Friday", ready(act(p, "call", FRI_P, contact=1)), ["call", "date", "near_duplicate"])
add("act-014", C, g, "emailed the Gullhaven Vessel Wraps order form to Radulf Pellow", ready(act(g, "email", contact=15, deal=17)), ["email", "deal_link"])
add("act-015", C, o, "Coffee with Verena Amory today, she wants a brass plaque for the door too", ready(act(o, "meeting", contact=18)), ["meeting"])
add("act-016", C, a, "Note on Grimsdyke College: their governors meet again in April.", ready(act(a, "note", company=22)), ["note_on", "formal"])
add("act-017", C, p, "sent Maelor Threadgold the window graphics brochure by email", ready(act(p, "email", contact=28)), ["email"])
add("act-018", C, g, "phone call with Nolwenn Lyle two days ago re the stand layout", ready(act(g, "call", MON_P, contact=23)), ["call", "date"])
add("act-019", C, o, "met Jemima Delahunt at the housing office this morning", ready(act(o, "meeting", contact=27)), ["meeting"])
add("act-020", C, p, "note on the Wendover Fleet Wraps deal: they want the livery in heritage green", ready(act(p, "note", deal=11)), ["note_on", "deal_note"])
add("act-021", C, g, "messaged Inigo Gammage on Teams about the board samples", ready(act(g, "message", contact=26)), ["message"])
add("act-022", C, o, "site measure at Pendragon Conference Centre on Friday with Esmond Birtles", ready(act(o, "meeting", FRI_P, contact=24)), ["meeting", "date"])
add("act-023", C, p, "call w/ Gilda Pinnock re invoice", ready(act(p, "call", contact=32)), ["call", "mobile", "terse"])
add("act-024", C, g, "emailed Drusilla Sallow last Wednesday about the studio floor plans", ready(act(g, "email", WED_P, contact=20)), ["email", "date"])
add("act-025", C, o, "note on Larkspur Natural History Museum: the dinosaur gallery reopens in the autumn", ready(act(o, "note", company=3)), ["note_on", "near_duplicate"])
add("act-026", C, p, "popped in to see Clovis Lowther at the estate agency", ready(act(p, "meeting", contact=19)), ["meeting"])
add("act-027", C, g, "rang Ninian Stirrup yesterday about the banner drops", ready(act(g, "call", YDAY, contact=30)), ["call", "date"])
add("act-028", C, o, "Today I am making a telephone to Seren Cholmondeley about the sizes of the coach wrap", ready(act(o, "call", contact=34)), ["call", "non_native"])
add("act-029", C, p, "what a morning. the motorway was shut at the junction, the satnav sent me round the ring road twice, I spilled coffee on the proofs, and then Heloise Sandercock finally rings to say the airport board has pushed the signage decision back so nothing moves till April", ready(act(p, "call", contact=14)), ["call", "rambling"])
add("act-030", C, g, "Dear team, for the record: I met Radulf Pellow at Gullhaven Ferries on Thursday to review the vinyl samples. Regards, Gaspard", ready(act(g, "meeting", THU_P, contact=15)), ["meeting", "formal_email", "date"])
add("act-031", C, o, "note on the Copperbeech Estate Signage deal - they want every sign in Welsh and English", ready(act(o, "note", deal=35)), ["note_on", "deal_note"])
add("act-032", C, p, "emailed Jerusha Kettleby the sign options", ready(act(p, "email", contact=10)), ["email"])
add("act-033", C, g, "Siward Scrope rang me back this afternoon", ready(act(g, "call", contact=17)), ["call"])
add("act-034", C, o, "vm for thomasina brandauer", ready(act(o, "call", contact=16)), ["call", "voicemail", "mobile", "lowercase"])
add("act-035", C, a, "Log a call I had with Demelza Pettifer on Thursday about the wrap schedule.", ready(act(a, "call", THU_P, contact=6)), ["call", "date", "formal"])
add("act-036", C, p, "Hi all, FYI I had a call with Yorick Ormerod this morning about the college procurement portal. Thanks, Pelham", ready(act(p, "call", contact=42)), ["call", "formal_email"])
add("act-037", C, g, "long story. the gym's open day ran late and Drusilla Sallow cornered me by the smoothie bar to moan about the studio mirrors, which aren't even ours, but technically that counts as a meeting. also my car got a ticket", ready(act(g, "meeting", contact=20)), ["meeting", "rambling"])
add("act-038", C, o, "lunch meeting with Parthenia Nettleship on Sunday", ready(act(o, "meeting", SUN_P, contact=41)), ["meeting", "date"])
add("act-039", C, g, "log a meeting with nolwenn lyle at alpenglow yesterday afternoon we walked the trade show floor plan together", ready(act(g, "meeting", YDAY, contact=23)), ["meeting", "date", "dictation", "lowercase"])
add("act-040", C, o, "had a proper catch-up on the phone with Kenelm Halloran about the gallery colour scheme", ready(act(o, "call", contact=11)), ["call", "british"])
add("act-041", C, p, "dropped by Lumiere Cinemas on Tuesday and talked the foyer artwork through with Amabel Inchbald", ready(act(p, "meeting", YDAY, contact=37)), ["meeting", "date"])
add("act-042", C, g, "emailed Ottoline Devereux the studio proofs", ready(act(g, "email", contact=2)), ["email", "near_duplicate"])

# ====================================================================== create_task
C = "create_task"
add("tsk-001", C, p, "remind me to ring Jerusha Kettleby tomorrow", ready(task(p, TMRW, contact=10)), ["task", "date", "remind_me"])
add("tsk-002", C, g, "task: send the proof pack to Torvald Lavelle by Friday", ready(task(g, FRI, contact=33)), ["task", "date"])
add("tsk-003", C, o, "follow up with Sorcha Ironside in a week", ready(task(o, WEEK, contact=12)), ["task", "relative_date"])
add("tsk-004", C, a, "Ask Pelham to book the campus walk-round at Grimsdyke College by Monday", ready(task(a, MON, company=22, owner=p)), ["task", "delegation", "ownership"])
add("tsk-005", C, p, "set a task to chase Wendover Bus Company for the signed order, end of the month", ready(task(p, EOM, company=7)), ["task", "date"])
add("tsk-006", C, g, "remind me to send Inigo Gammage the board samples on Friday", ready(task(g, FRI, contact=26)), ["task", "date", "remind_me"])
add("tsk-007", C, o, "create a task for Summerisle Stage Banners: chase the stage dimensions, due April 4", ready(task(o, "2034-04-04", deal=19)), ["task", "deal_link"])
add("tsk-008", C, p, "todo: check the lightbox wiring at Lumiere Cinemas, no date", ready(task(p, company=13)), ["task", "no_date"])
add("tsk-009", C, g, "put a reminder on my list to ring Radulf Pellow in 3 days", ready(task(g, IN3, contact=15)), ["task", "relative_date"])
add("tsk-010", C, o, "remind me to send Verena Amory the brass plaque options", ready(task(o, contact=18)), ["task", "no_date", "remind_me"])
add("tsk-011", C, a, "Create a task for Orrin: review the Summerisle Exhibition Stands pricing, due Tuesday", ready(task(a, TUE, deal=20, owner=o)), ["task", "delegation", "ownership", "deal_link"])
add("tsk-012", C, p, "remind me on the 24th to chase Yorick Ormerod", ready(task(p, "2034-03-24", contact=42)), ["task", "date", "remind_me"])
add("tsk-013", C, g, "Task for me: prepare a banner hanging plan for Castellan Christmas Banners, in two weeks", ready(task(g, TWO_WEEKS, deal=7)), ["task", "deal_link", "relative_date"])
add("tsk-014", C, o, "set a reminder to call Jemima Delahunt about the estate rollout on April 6", ready(task(o, "2034-04-06", contact=27)), ["task", "date"])
add("tsk-015", C, p, "tmrw: call orrin sowerby re lightbox", ready(task(p, TMRW, contact=5)), ["task", "mobile", "user_name_clash"])
add("tsk-016", C, g, "remind me to invite Peregrina Loveday to the print works open day, end of April", ready(task(g, EOA, contact=39)), ["task", "date", "remind_me"])
add("tsk-017", C, o, "Ask Gaspard to send the wrap visuals to Clovis Lowther by Thursday", ready(task(o, THU, contact=19, owner=g)), ["task", "delegation", "ownership"])
add("tsk-018", C, p, "I need a task to send Quayside Playhouse the autumn season print schedule by Jan 20", ready(task(p, "2035-01-20", company=1)), ["task", "year_roll", "near_duplicate"])
add("tsk-019", C, g, "can you put a task on Orrin's list to cover the Fairhaven University visit on Thursday", ready(task(g, THU, company=6, owner=o)), ["task", "delegation", "ownership", "polite"])
add("tsk-020", C, o, "follow-up task for Fairhaven Open Day Banners, due the 27th", ready(task(o, "2034-03-27", deal=9)), ["task", "deal_link"])
add("tsk-021", C, p, "reminder: send Zenobia Gathercole the wayfinding case study in a week", ready(task(p, WEEK, contact=35)), ["task", "relative_date"])
add("tsk-022", C, g, "Please create a task for me to confirm the install dates with Faramond Costigan by 5 April.", ready(task(g, "2034-04-05", contact=13)), ["task", "formal"])
add("tsk-023", C, o, "remind me to chase Hollins & Vane Solicitors for the logo files by the 31st", ready(task(o, EOM, company=15)), ["task", "date", "remind_me"])
add("tsk-024", C, a, "Set a task for Gaspard: call Winsome Pargeter about the showroom invoice, tomorrow", ready(task(a, TMRW, contact=43, owner=g)), ["task", "delegation", "ownership"])
add("tsk-025", C, p, "Could you set me a reminder to send Larkspur Garden Centre the spring fair banner sizes in two weeks?", ready(task(p, TWO_WEEKS, company=4)), ["task", "polite", "wrapper", "relative_date"])
add("tsk-026", C, o, "Please make for me one reminder, I have to phone Raffaella Brackley Thursday about the prospectus", ready(task(o, THU, contact=31)), ["task", "non_native"])
add("tsk-027", C, p, "remind me to delete the old Lumiere price sheet from the shared drive on Friday", ready(task(p, FRI, company=13)), ["task", "remind_me", "not_a_delete"])
add("tsk-028", C, g, "remind me to mark Gullhaven Vessel Wraps as gone to press once the deposit clears, Friday", ready(task(g, FRI, deal=17)), ["task", "remind_me", "not_a_write", "deal_link"])
add("tsk-029", C, o, "remind me to give the Crumbwell Bakeries account to Pelham after the handover call, Thursday", ready(task(o, THU, company=18)), ["task", "remind_me", "not_a_write"])
add("tsk-030", C, g, "Good morning, please could you set me a task to send Alpenglow Ski & Outdoor the revised stand drawings by 3 April. Many thanks, Gaspard", ready(task(g, "2034-04-03", company=20)), ["task", "formal_email"])
add("tsk-031", C, p, "remind me friday to phone tegwen penwarden about the campus map thanks", ready(task(p, FRI, contact=25)), ["task", "dictation", "remind_me", "lowercase"])
add("tsk-032", C, o, "remind me to print the order forms for Copperbeech a week on Friday", ready(task(o, WK_ON_FRI, company=24)), ["task", "remind_me", "not_a_write", "words", "stage_word"])
add("tsk-033", C, g, "remind me to move Fettle Studio Graphics to colour proof once the roughs are approved, no rush", ready(task(g, deal=27)), ["task", "remind_me", "not_a_write", "no_date", "deal_link"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, p, "done \u2014 sent the window graphics brochure to Maelor Threadgold", ready(done(27)), ["done_task"])
add("cmp-002", C, g, "mark the Blaise showroom mock-up task done", ready(done(5)), ["done_task"])
add("cmp-003", C, o, "finished the banner proofs for Sorcha Ironside, close that task", ready(done(8)), ["done_task"])
add("cmp-004", C, p, "tick off the Orrin Sowerby lightbox call", ready(done(42)), ["done_task", "user_name_clash"])
add("cmp-005", C, g, "done: sent Cressida Marbury the ward signage plan", ready(done(16)), ["done_task", "shared_word"])
add("cmp-006", C, o, "the final order form went to Jemima Delahunt, close the task", ready(done(26)), ["done_task"])
add("cmp-007", C, p, "mark 'Check scaffold access at the Wendover depot' complete", ready(done(31)), ["done_task"])
add("cmp-008", C, p, "complete the task about taking Perdita Rendle off the mailing list", ready(done(32)), ["done_task"])
add("cmp-009", C, o, "done - Jemima Delahunt gave us a lovely case study quote", ready(done(33)), ["done_task", "described_by_outcome"])
add("cmp-010", C, p, "the signage survey with Jerusha Kettleby is arranged, mark it done", ready(done(12)), ["done_task"])
add("cmp-011", C, g, "Brackenholt site measure booked. done", ready(done(10)), ["done_task", "terse"])
add("cmp-012", C, o, "the Ludo Carrick shopfront price email is done", ready(done(20)), ["done_task"])
add("cmp-013", C, p, "done: introduced Vincenzo Fenby to the menu designer", ready(done(21)), ["done_task"])
add("cmp-014", C, a, "Mark Gaspard's task to measure the banner drops at Castellan as complete.", ready(done(7)), ["done_task", "formal"])
add("cmp-015", C, g, "Collect studio floor plans from Drusilla Sallow \u2014 done", ready(done(19)), ["done_task"])
add("cmp-016", C, o, "done \u2014 sent Summerisle the stand build timetable", ready(done(34)), ["done_task"])
add("cmp-017", C, p, "long week but I did finally get the terminal sign schedule over to Heloise Sandercock, can you tick that off? everything else can wait", ready(done(13)), ["done_task", "rambling", "polite", "described_by_outcome"])
add("cmp-018", C, o, "mark the task book office walk round with verena amory as done thank you", ready(done(17)), ["done_task", "dictation", "lowercase"])
add("cmp-019", C, g, "I've rung Radulf about the vinyl samples, so that one's finished", ready(done(14)), ["done_task", "described_by_outcome"])
add("cmp-020", C, p, "Wulfric Pettifer has accepted the open day invite, you can close that", ready(done(30)), ["done_task", "described_by_outcome"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, a, "Delete Bronagh Rushworth", ready(dc(45)), ["admin_delete", "terse"])
add("del-002", C, a, "delete the Copperbeech Newsletter Print deal", ready(dd(36)), ["admin_delete", "closed_deal"])
add("del-003", C, a, "remove Vintry Wine Merchants from the CRM", ready(dco(25)), ["admin_delete"])
add("del-004", C, a, "delete contact Amabel Inchbald, she's moved abroad", ready(dc(37)), ["admin_delete"])
add("del-005", C, a, "Delete the Lumiere Poster Print Run deal, it was entered twice", ready(dd(22)), ["admin_delete", "closed_deal"])
add("del-006", C, a, "delete Urien Quarmby and Udo Mottram", ready(dc(44), dc(40)), ["admin_delete", "two_records"])
add("del-007", C, a, "Please delete the Wendover Timetable Brochures deal.", ready(dd(12)), ["admin_delete", "formal", "closed_deal"])
add("del-008", C, a, "delete Underhill Architects", ready(dco(23)), ["admin_delete"])
add("del-009", C, a, "get rid of the contact Parthenia Nettleship", ready(dc(41)), ["admin_delete"])
add("del-010", C, a, "delete the Orrell Athletic Coach Wrap deal", ready(dd(15)), ["admin_delete"])
add("del-011", C, a, "Delete Crumbwell Bakeries", ready(dco(18)), ["admin_delete"])
add("del-012", C, a, "delete Winsome Pargeter from contacts please", ready(dc(43)), ["admin_delete", "polite"])
add("del-013", C, a, "delete Larkspur Natural History Museum and Quayside Motors", ready(dco(3), dco(2)), ["admin_delete", "two_records", "near_duplicate"])
add("del-014", C, a, "Please remove Alpenglow Ski & Outdoor from the system.", ready(dco(20)), ["admin_delete", "formal"])
add("del-015", C, a, "remove Hollins & Vane Solicitors, the firm has merged with a London practice", ready(dco(15)), ["admin_delete"])
add("del-016", C, a, "delete the Bellavista Menu Brochures deal, the pizzerias have gone into administration", ready(dd(29)), ["admin_delete"])
add("del-017", C, a, "delete company Fettle Gym Group", ready(dco(17)), ["admin_delete", "terse"])

# ====================================================================== bulk
C = "bulk"
add("blk-001", C, p, "move all my Rough Layout deals on to Colour Proof", ready(*many(ud, [2, 5], stage=CP)), ["bulk_filter", "stage_filter"])
add("blk-002", C, g, "my Brief Received deals with no activity in 6 weeks can be pulped", ready(*many(ud, [18, 30, 34], stage=LOST)), ["bulk_filter", "no_activity", "composed", "lost"])
add("blk-003", C, a, "hand all of Orrin's Colour Proof deals to Pelham", ready(*many(ud, [9, 20, 25, 28], owner_id=1)), ["bulk_filter", "ownership", "hand"])
add("blk-004", C, g, "set the close date on all my Print Order deals to April 14", ready(*many(ud, [3, 6, 17], close_date="2034-04-14")), ["bulk_filter", "date"])
add("blk-005", C, p, "my wayfinding deals in Colour Proof or Print Order that close before the end of April: close date May 9", ready(*many(ud, [16, 32], close_date="2034-05-09")), ["bulk_filter", "composed", "either_stage", "date_range"])
add("blk-006", C, a, "Move every shopfront signage deal that's still at Brief Received to Rough Layout.", ready(*many(ud, [18, 24, 37], stage=RL)), ["bulk_filter", "composed"])
add("blk-007", C, p, "all my overdue tasks are actually done, close them", ready(*many(lambda i: done(i), [13, 29])), ["bulk_filter", "overdue", "done_task"])
add("blk-008", C, g, "tick off every task of mine that's past due, I've done the lot", ready(*many(lambda i: done(i), [6, 10, 19])), ["bulk_filter", "overdue", "done_task"])
add("blk-009", C, a, "close out all the open tasks for Summerisle Music Festival", ready(*many(lambda i: done(i), [3, 4, 15, 34])), ["bulk_filter", "done_task"])
add("blk-010", C, a, "delete all the Pulped deals", ready(*many(lambda i: dd(i), [12, 22, 36])), ["bulk_delete", "closed_stage"])
add("blk-011", C, a, "Delete every contact at Grimsdyke College.", ready(*many(lambda i: dc(i), [25, 42])), ["bulk_delete", "formal"])
add("blk-012", C, p, "all my leads are prospects now", ready(*many(uc, [28, 29, 32, 35, 37, 42, 44], lifecycle_stage="prospect")), ["bulk_filter", "my_leads"])
add("blk-013", C, a, "Gaspard is picking up all of Pelham's wayfinding deals", ready(*many(ud, [16, 32], owner_id=3)), ["bulk_filter", "ownership", "taking_over", "composed"])
add("blk-014", C, a, "move every open deal whose close date is already behind us to April 10", ready(*many(ud, [27, 31], close_date="2034-04-10")), ["bulk_filter", "past_dated"])
add("blk-015", C, g, "I phoned every one of my Print Order customers this morning, log a call on each deal",
    ready(*[act(g, "call", deal=d, k=k) for k, d in enumerate([3, 6, 17])]), ["bulk_filter", "bulk_create"])
add("blk-016", C, o, "add a task to each Summerisle deal: send the rigging checklist, due Friday",
    ready(task(o, FRI, deal=19, k=0), task(o, FRI, deal=20, k=1)), ["bulk_filter", "bulk_create"])
add("blk-017", C, a, "all wayfinding deals closing before April 1: push them to the end of April", ready(*many(ud, [6, 23, 31], close_date=EOA)), ["bulk_filter", "composed", "date_range"])
add("blk-018", C, o, "anything of mine closing this month, push it to April 15", ready(*many(ud, [9, 25, 28, 31, 35], close_date="2034-04-15")), ["bulk_filter", "date_range", "this_month"])
add("blk-019", C, a, "deals with no activity in 6 weeks: mark them pulped", ready(*many(ud, [15, 18, 30, 34, 37], stage=LOST)), ["bulk_filter", "no_activity", "lost"])
add("blk-020", C, p, "bump all my Colour Proof deals over 50k to Print Order", ready(*many(ud, [16, 32], stage=PO)), ["bulk_filter", "composed", "amount_filter"])
add("blk-021", C, a, "reassign all of Orrin's accounts to Gaspard", ready(*many(uco, [3, 6, 9, 12, 15, 18, 21, 24], owner_id=3)), ["bulk_filter", "ownership", "accounts"])
add("blk-022", C, a, "remove all of Gaspard's contacts who are still leads", ready(*many(lambda i: dc(i), [36, 39, 40, 43, 45])), ["bulk_delete", "composed"])
add("blk-023", C, o, "every deal of mine nobody's touched in 3 weeks needs a check-in task, due tomorrow",
    ready(task(o, TMRW, deal=15, k=0), task(o, TMRW, deal=20, k=1)), ["bulk_filter", "bulk_create", "no_activity"])
add("blk-024", C, a, "everything Pelham has at Brief Received goes to Orrin", ready(*many(ud, [29, 37], owner_id=5)), ["bulk_filter", "ownership"])
add("blk-025", C, o, "my Brief Received deals under 10k: close date Jan 31", ready(*many(ud, [4, 15], close_date="2035-01-31")), ["bulk_filter", "composed", "amount_filter", "year_roll"])
add("blk-026", C, a, "give Gaspard's exhibition stand deals to Orrin", ready(*many(ud, [30, 34], owner_id=5)), ["bulk_filter", "ownership"])
add("blk-027", C, p, "complete all my open tasks for Wendover Bus Company", ready(*many(lambda i: done(i), [9, 31])), ["bulk_filter", "done_task"])
add("blk-028", C, a, "Orrin's Rough Layout and Colour Proof deals that close in April: push each close date out a week",
    ready(ud(19, close_date="2034-04-25"), ud(20, close_date="2034-04-17")),
    ["bulk_filter", "composed", "either_stage", "date_range", "relative_to_record"])
add("blk-029", C, a, "delete the Gone to Press deals that closed in February", ready(*many(lambda i: dd(i), [8, 14])), ["bulk_delete", "closed_stage", "date_range"])
add("blk-030", C, g, "every lead I own should be an opportunity now", ready(*many(uc, [36, 39, 40, 43, 45], lifecycle_stage="opportunity")), ["bulk_filter", "my_leads"])
add("blk-031", C, a, "anything Gaspard owns over 15k that's been silent for four weeks - give it to Pelham", ready(*many(ud, [13, 30], owner_id=1)), ["bulk_filter", "composed", "no_activity", "ownership", "amount_filter"])
add("blk-032", C, p, "all my deals closing between April 1 and April 30 -> close date May 15", ready(*many(ud, [2, 5, 16, 32], close_date="2034-05-15")), ["bulk_filter", "date_range"])
add("blk-033", C, a, "deals over 20k with no activity in 30 days: set the close date to June 15", ready(*many(ud, [13, 20, 30, 37], close_date="2034-06-15")), ["bulk_filter", "composed", "no_activity", "amount_filter"])
add("blk-034", C, p, "everyone at Quayside Playhouse is a customer now", ready(*many(uc, [1, 29], lifecycle_stage="customer")), ["bulk_filter", "everyone_at", "near_duplicate"])
add("blk-035", C, g, "my Brief Received and Rough Layout deals that have been quiet for 2 weeks - give them all a close date of June 20", ready(*many(ud, [13, 18, 30, 34], close_date="2034-06-20")), ["bulk_filter", "composed", "either_stage", "no_activity"])
add("blk-036", C, a, "hand Pelham's wayfinding and banner deals closing in April to Gaspard", ready(*many(ud, [16, 32], owner_id=3)), ["bulk_filter", "composed", "ownership", "date_range", "hand"])
add("blk-037", C, a, "Gaspard's Brief Received and Rough Layout deals under 25k that close before the end of May and have had nothing logged in four weeks: pulp them", ready(*many(ud, [13, 18, 34], stage=LOST)), ["bulk_filter", "composed", "either_stage", "amount_filter", "date_range", "no_activity", "lost"])
add("blk-038", C, g, "my wayfinding deals: close date a week on Friday", ready(*many(ud, [6, 13, 23], close_date=WK_ON_FRI)), ["bulk_filter", "words", "date"])
add("blk-039", C, a, "Gaspard's wayfinding and exhibition stand deals at Brief Received or Rough Layout, closing by the end of May, with no activity in the last 4 weeks - set the close date to June 30", ready(*many(ud, [13, 30, 34], close_date="2034-06-30")), ["bulk_filter", "composed", "either_stage", "date_range", "no_activity", "product_set"])

# ====================================================================== multi_intent
C = "multi_intent"
add("mul-001", C, p, "Met Ottoline Grieve at the playhouse this morning, move Quayside Playhouse Season Banners to Print Order and remind me to send her the order form Friday",
    ready(act(p, "meeting", contact=1), ud(1, stage=PO), task(p, FRI, contact=1)), ["multi", "clause_scope", "pronoun_person", "near_duplicate"])
add("mul-002", C, g, "Iestyn Abernethy called - Castellan Wayfinding Refresh is now 91k, close date April 1",
    ready(act(g, "call", contact=3), ud(6, amount=91000, close_date="2034-04-01")), ["multi", "clause_scope", "same_record", "near_duplicate"])
add("mul-003", C, o, "Add Saffron Lumb at Crumbwell Bakeries, saffron@crumbwell.co.uk, and log a call with her today",
    ready(ccontact(o, "Saffron", "Lumb", 18, "saffron@crumbwell.co.uk"), act(o, "call", contact=46, company=18)), ["multi", "new_record_ref", "comma_list"])
add("mul-004", C, a, "Give Hollins & Vane Solicitors to Pelham and delete the contact Fulke Jellicoe",
    ready(uco(15, owner_id=1), dc(38)), ["multi", "ownership"])
add("mul-005", C, p, "new company Wetherden Model Railway, new contact Melisende Uglow there, and a banners deal with her for 6k",
    ready(ccompany(p, "Wetherden Model Railway"), ccontact(p, "Melisende", "Uglow", 26),
          cdeal(p, 26, amount=6000, product=BAN, contact=46)), ["multi", "chain_create"])
add("mul-006", C, g, "Emailed Blaise Pembury the totem drawings and set a task to chase him Thursday",
    ready(act(g, "email", contact=9), task(g, THU, contact=9)), ["multi", "pronoun_person"])
add("mul-007", C, o, "Fairhaven Open Day Banners gone to press, Copperbeech Estate Signage back to Colour Proof",
    ready(ud(9, stage=WON), ud(35, stage=CP)), ["multi", "terse", "won"])
add("mul-008", C, p, "Wendover Fleet Wraps has gone to press! also a note on Wendover Bus Company: ask about the new electric buses",
    ready(ud(11, stage=WON), act(p, "note", company=7)), ["multi", "note_on", "won"])
add("mul-009", C, g, "Met Torvald Lavelle at Brackenholt on Friday, he's an opportunity now",
    ready(act(g, "meeting", FRI_P, contact=33), uc(33, lifecycle_stage="opportunity")), ["multi", "date"])
add("mul-010", C, o, "Called Seren Cholmondeley about the Orrell Athletic Coach Wrap, moving it to Rough Layout; remind me to send the wrap template tomorrow",
    ready(act(o, "call", contact=34, deal=15), ud(15, stage=RL), task(o, TMRW, contact=34, deal=15)), ["multi", "inherit"])
add("mul-011", C, p, "Heloise Sandercock's email is heloise@kingsmereairport.com and her mobile is 07700 900 297",
    ready(uc(14, email="heloise@kingsmereairport.com", phone="07700 900 297")), ["multi", "same_record", "phone"])
add("mul-012", C, a, "Move Cleveden Ward Wayfinding to Orrin and mark Gaspard's ward signage task for Cressida done",
    ready(ud(23, owner_id=5), done(16)), ["multi", "ownership", "done_task", "shared_word"])
add("mul-013", C, g, "Gullhaven Vessel Wraps to Gone to Press at 63k; log a meeting with Radulf Pellow today",
    ready(ud(17, stage=WON, amount=63000), act(g, "meeting", contact=15)), ["multi", "clause_scope", "won"])
add("mul-014", C, p, "texted Wulfric Pettifer, then Kingsmere Terminal Wayfinding goes to Print Order with a close date of April 12",
    ready(act(p, "message", contact=7), ud(16, stage=PO, close_date="2034-04-12")), ["multi", "clause_scope", "near_duplicate"])
add("mul-015", C, p, "Done - sent the proof PDF to Ottoline Grieve. Also push Quayside Playhouse Season Banners close date to April 21",
    ready(done(1), ud(1, close_date="2034-04-21")), ["multi", "done_task"])
add("mul-016", C, g, "new contact Florizel Ackroyd at Underhill Architects, florizel@underhillarchitects.com, and add a task to send him the board samples Thursday",
    ready(ccontact(g, "Florizel", "Ackroyd", 23, "florizel@underhillarchitects.com"), task(g, THU, contact=46, company=23)), ["multi", "new_record_ref"])
add("mul-017", C, o, "log a call with Esmond Birtles and move Pendragon Venue Wayfinding to Colour Proof",
    ready(act(o, "call", contact=24), ud(31, stage=CP)), ["multi", "clause_scope"])
add("mul-018", C, a, "Add company Yarrowby Skate Park with Gaspard as owner, then a wayfinding deal there for 9k, also Gaspard's",
    ready(ccompany(a, "Yarrowby Skate Park", owner=g), cdeal(a, 26, amount=9000, product=WAY, owner=g)), ["multi", "ownership", "chain_create"])
add("mul-019", C, p, "Note on Kingsmere Regional Airport: the board approved the spend. Kingsmere Terminal Wayfinding -> Print Order",
    ready(act(p, "note", company=10), ud(16, stage=PO)), ["multi", "note_on"])
add("mul-020", C, g, "Underhill Exhibition Boards has been pulped and Inigo Gammage is now churned",
    ready(ud(34, stage=LOST), uc(26, lifecycle_stage="churned")), ["multi", "lost"])
add("mul-021", C, o, "met Thomasina Brandauer on Thursday about Summerisle Exhibition Stands and set its close date to April 24",
    ready(act(o, "meeting", THU_P, contact=16, deal=20), ud(20, close_date="2034-04-24")), ["multi", "date"])
add("mul-022", C, p, "Vintry Window Graphics: 24k. And Vintry Wine Merchants' domain is vintrywine.co.uk",
    ready(ud(37, amount=24000), uco(25, domain="vintrywine.co.uk")), ["multi", "amount"])
add("mul-023", C, g, "emailed Radulf Pellow and Hilarion Hobday the revised order",
    ready(act(g, "email", contact=15, k=0), act(g, "email", contact=36, k=1)), ["multi", "two_people"])
add("mul-024", C, o, "Jemima Delahunt's phone is 0121 555 0911; she wants a call on Thursday, set me a task",
    ready(uc(27, phone="0121 555 0911"), task(o, THU, contact=27)), ["multi", "phone", "pronoun_person"])
add("mul-025", C, a, "Pelham is picking up Gullhaven Ferries and the Gullhaven Terminal Signage deal",
    ready(uco(11, owner_id=1), ud(18, owner_id=1)), ["multi", "ownership", "taking_over"])
add("mul-026", C, p, "ok quick brain dump before I head over to the college: had a call with Tegwen Penwarden this morning, she's happy with the campus map; Grimsdyke Campus Wayfinding should go to Print Order; and remind me to send Yorick Ormerod the supplier forms Thursday",
    ready(act(p, "call", contact=25), ud(32, stage=PO), task(p, THU, contact=42)), ["multi", "rambling", "clause_scope"])
add("mul-027", C, g, "Two quick ones please: Ninian Stirrup is an opportunity now, and I met him at the centre yesterday, log it",
    ready(uc(30, lifecycle_stage="opportunity"), act(g, "meeting", YDAY, contact=30)), ["multi", "polite", "wrapper"])
add("mul-028", C, o, "Morning all - quick update for the record. Sorcha Ironside has become a customer and I'd like Fairhaven Open Day Banners moved to Print Order. Best, Orrin",
    ready(uc(12, lifecycle_stage="customer"), ud(9, stage=PO)), ["multi", "formal_email"])
add("mul-029", C, g, "Met Drusilla Sallow about the Fettle Studio Graphics on Friday; remind me to send the revised wall graphics Monday",
    ready(act(g, "meeting", FRI_P, contact=20, deal=27), task(g, MON, contact=20, deal=27)), ["multi", "inherit", "date"])
add("mul-030", C, o, "met Iestyn Quennell at the festival site, move Summerisle Stage Banners to Colour Proof at 138k, remind me Friday",
    ready(act(o, "meeting", contact=4), ud(19, stage=CP, amount=138000), task(o, FRI, contact=4, deal=19)), ["multi", "inherit", "clause_scope", "terse"])
add("mul-031", C, p, "met Clovis Lowther at the agency, and hand the Marbury Estates account to Orrin",
    ready(act(p, "meeting", contact=19), uco(16, owner_id=5)), ["multi", "ownership", "hand", "shared_word"])
add("mul-032", C, g, "note for brackenholt wildlife park the director wants everything installed before the easter holidays then put brackenholt park wayfinding into colour proof",
    ready(act(g, "note", company=8), ud(13, stage=CP)), ["multi", "note_on", "dictation", "lowercase"])
add("mul-033", C, o, "since the festival board signed off the budget, move Summerisle Exhibition Stands to Print Order and then log a call with Thomasina Brandauer",
    ready(ud(20, stage=PO), act(o, "call", contact=16)), ["multi", "reason_clause", "clause_scope"])
add("mul-034", C, p, "now that the council has approved the new depot, set Wendover Fleet Wraps to 80k, push it to the end of April, and remind me to call Demelza Pettifer on Monday",
    ready(ud(11, amount=80000, close_date=EOA), task(p, MON, contact=6)), ["multi", "reason_clause", "same_record", "three_changes", "clause_scope"])
add("mul-035", C, g, "Quayside Motors Showroom Signage is 31k and it's gone to press, then tick off the showroom mock-up task",
    ready(ud(3, amount=31000, stage=WON), done(5)), ["multi", "won", "done_task", "same_record"])

# ====================================================================== reference (history)
C = "reference"
add("ref-001", C, g, "the banners one", ready(ud(7, stage=PO)), ["history", "pick_option"], ["move the Castellan deal to Print Order"])
add("ref-002", C, p, "Ottoline Grieve", ready(act(p, "call", contact=1)), ["history", "pick_option", "near_duplicate"], ["log a call with Ottoline this morning"])
add("ref-003", C, o, "the museum", ready(act(o, "note", company=3)), ["history", "pick_option", "note_on"], ["note on Larkspur: the new curator starts in April"])
add("ref-004", C, a, "that one can go to Print Order", ready(ud(19, stage=PO)), ["history", "after_question", "biggest_deal"], ["which open deal has the largest amount?"])
add("ref-005", C, o, "I spoke to her on the phone yesterday, can you log that", ready(act(o, "call", YDAY, contact=27)), ["history", "after_question", "pronoun_person"], ["who's the contact on Copperbeech Estate Signage?"])
add("ref-006", C, g, "swap it for blaise@quaysidemotors.co.uk", ready(uc(9, email="blaise@quaysidemotors.co.uk")), ["history", "after_question"], ["what's Blaise Pembury's email?"])
add("ref-007", C, p, "move that to April 2", ready(ud(11, close_date="2034-04-02")), ["history", "after_question"], ["when does Wendover Fleet Wraps close?"])
add("ref-008", C, a, "and give that company to Pelham", ready(uco(18, owner_id=1)), ["history", "ownership"], ["add a note on Crumbwell Bakeries: they're opening two new shops in May"])
add("ref-009", C, g, "set a task to send her the ward map Thursday", ready(task(g, THU, contact=8)), ["history", "pronoun_person", "shared_word"], ["met Cressida Marbury at Cleveden today"])
add("ref-010", C, o, "the stands one", ready(done(4)), ["history", "pick_option", "done_task"], ["mark the Summerisle site access task done"])
add("ref-011", C, p, "Wulfric", ready(uc(7, phone="07700 900 236")), ["history", "pick_option", "last_name_only", "first_name_pick"], ["Pettifer's new mobile is 07700 900 236"])
add("ref-012", C, g, "mark them all gone to press", ready(*many(ud, [3, 6, 17], stage=WON)), ["history", "after_question", "won"], ["which of my deals are in Print Order?"])
add("ref-013", C, p, "hmm, no, forget I said that", nochange(), ["history", "never_mind"], ["create a deal for Lumiere Cinemas: wayfinding, 3k"])
add("ref-014", C, o, "move that out to April 9 then", ready(ud(35, close_date="2034-04-09")), ["history", "after_question"], ["what's the close date on Copperbeech Estate Signage?"])
add("ref-015", C, g, "he's a customer now as well, update him", ready(uc(15, lifecycle_stage="customer")), ["history", "pronoun_person"], ["log a meeting with Radulf Pellow yesterday"])
add("ref-016", C, a, "Gaspard should own it instead", ready(uco(6, owner_id=3)), ["history", "after_question", "ownership", "account_owner"], ["who owns the Fairhaven University account?"])
add("ref-017", C, p, "the brochure one", ready(act(p, "note", deal=2)), ["history", "pick_option", "note_on"], ["note on the Quayside Playhouse deal: the marketing manager wants a call before anything is signed"])
add("ref-018", C, p, "set a follow-up with him for Friday", ready(task(p, FRI, contact=19)), ["history", "pronoun_person"], ["Clovis Lowther called about the van wraps"])
add("ref-019", C, a, "Orrin takes all of those over", ready(*many(ud, [3, 6, 7, 13, 17, 18, 23, 27, 30, 34], owner_id=5)), ["history", "after_question", "ownership", "taking_over"], ["how many open deals does Gaspard have?"])
add("ref-020", C, o, "Quennell", ready(act(o, "call", contact=4)), ["history", "pick_option", "last_name_only"], ["log a call with Iestyn"])
add("ref-021", C, o, "the garden centre", ready(cdeal(o, 4, amount=2400, product=SIGN)), ["history", "pick_option", "near_duplicate"], ["set up a deal for Larkspur: shopfront signage, 2.4k"])
add("ref-022", C, a, "give both of them an end-of-April close date", ready(ud(27, close_date=EOA), ud(31, close_date=EOA)), ["history", "after_question", "past_dated"], ["which open deals have close dates that have already passed?"])
add("ref-023", C, g, "I've done all of those, close them", ready(done(6), done(10), done(19)), ["history", "after_question", "done_task", "overdue"], ["what tasks of mine are overdue right now?"])
add("ref-024", C, p, "change it to jerusha@larkspurgardens.co.uk", ready(uc(10, email="jerusha@larkspurgardens.co.uk")), ["history", "after_question"], ["what's Jerusha Kettleby's email?"])
add("ref-025", C, g, "make it 30k", ready(ud(3, amount=30000)), ["history", "after_question", "amount"], ["what's open with Quayside Motors?"])
add("ref-026", C, a, "that one goes to Orrin now", ready(uco(7, owner_id=5)), ["history", "after_question", "ownership"], ["who owns the Wendover Bus Company account?"])
add("ref-027", C, o, "the exhibition one", ready(ud(20, stage=PO)), ["history", "pick_option"], ["move the Summerisle deal to Print Order"])
add("ref-028", C, p, "Demelza", ready(act(p, "call", contact=6)), ["history", "pick_option", "first_name_pick"], ["log a call with Pettifer"])
add("ref-029", C, g, "hmm no, Colour Proof rather", ready(ud(30, stage=CP)), ["history", "correction"], ["move Alpenglow Trade Show Stand to Rough Layout"])
add("ref-030", C, o, "I've just messaged him too, log that", ready(act(o, "message", contact=11)), ["history", "pronoun_person"], ["Kenelm Halloran's number is 07700 900 452"])
add("ref-031", C, o, "she's got a new one: 07700 900 733", ready(uc(12, phone="07700 900 733")), ["history", "after_question", "phone"], ["what's Sorcha Ironside's phone number?"])

# ====================================================================== clarification
C = "clarification"
add("clr-001", C, p, "note on Quayside: the new artistic director starts in May", clar("companies:1", "companies:2"), ["clarification", "shared_first_word", "note_on"])
add("clr-002", C, a, "move Larkspur to Gaspard", clar("companies:3", "companies:4"), ["clarification", "shared_first_word", "ownership"])
add("clr-003", C, p, "call with Ottoline just now", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-004", C, g, "Iestyn's new email is iestyn@protonmail.com", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-005", C, p, "rang Pettifer back about the artwork", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only"])
add("clr-006", C, p, "move the Quayside Playhouse deal to Print Order", clar("deals:1", "deals:2"), ["clarification", "two_open_deals"])
add("clr-007", C, g, "Castellan deal amount 93k", clar("deals:6", "deals:7"), ["clarification", "two_open_deals", "closed_not_offered", "terse"])
add("clr-008", C, o, "mark the Summerisle site access task done", clar("tasks:3", "tasks:4"), ["clarification", "same_title_task", "done_task"])
add("clr-009", C, p, "done - sent the proof PDF to Ottoline", clar("tasks:1", "tasks:2"), ["clarification", "same_title_task", "done_task", "near_duplicate"])
add("clr-010", C, g, "push the Gullhaven deal to May 2", clar("deals:17", "deals:18"), ["clarification", "two_open_deals"])
add("clr-011", C, o, "Summerisle deal close date June 9", clar("deals:19", "deals:20"), ["clarification", "two_open_deals", "terse"])
add("clr-012", C, o, "the Larkspur deal is worth 8k now", clar("deals:4", "deals:5"), ["clarification", "shared_first_word"])
add("clr-013", C, g, "Quayside's new domain is quayside.co.uk", clar("companies:1", "companies:2"), ["clarification", "shared_first_word"])
add("clr-014", C, p, "emailed Ottoline the revised proofs", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-015", C, o, "Iestyn wants a call on Thursday, set a task", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-016", C, a, "the Larkspur account owner is now Orrin", clar("companies:3", "companies:4"), ["clarification", "shared_first_word", "ownership"])
add("clr-017", C, p, "the Pettifer number is 07700 900 681", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only", "phone"])
add("clr-018", C, a, "Please push the Fairhaven deal out to 30 June.", clar("deals:9", "deals:10"), ["clarification", "two_open_deals", "formal"])
add("clr-019", C, o, "note on Marbury: wants the revised visuals before the end of the month", clar("companies:16", "contacts:8"), ["clarification", "shared_word", "note_on"])
add("clr-020", C, a, "give the Pettifer contact to Gaspard", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only", "ownership"])
add("clr-021", C, a, "set the Castellan deal's close date to April 30", clar("deals:6", "deals:7"), ["clarification", "two_open_deals", "closed_not_offered"])
add("clr-022", C, g, "remind me to send Ottoline the colour proofs tomorrow", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only", "remind_me"])

# ====================================================================== refusal
C = "refusal"
add("rfs-001", C, v, "move Summerisle Stage Banners to Print Order", rej("reviewer"), ["refusal", "reviewer"])
add("rfs-002", C, v, "push all of Gaspard's Print Order deals to the end of April", rej("reviewer"), ["refusal", "reviewer", "bulk_filter"])
add("rfs-003", C, v, "log a call with Ottoline Grieve and move Quayside Playhouse Season Banners to Print Order", rej("reviewer"), ["refusal", "reviewer", "multi"])
add("rfs-004", C, v, "Add Valda Wickett at Brackenholt Wildlife Park, valda@brackenholtpark.com", rej("reviewer"), ["refusal", "reviewer", "comma_list"])
add("rfs-005", C, v, "note on Alpenglow Ski & Outdoor: they asked for a copy of our insurance certificate", rej("reviewer"), ["refusal", "reviewer", "note_on"])
add("rfs-006", C, v, "done - sent the final order form to Jemima Delahunt", rej("reviewer"), ["refusal", "reviewer", "done_task"])
add("rfs-007", C, p, "delete Bronagh Rushworth", rej("admin"), ["refusal", "rep_delete"])
add("rfs-008", C, g, "delete the Alpenglow Trade Show Stand deal", rej("admin"), ["refusal", "rep_delete"])
add("rfs-009", C, o, "remove Crumbwell Bakeries from the CRM", rej("admin"), ["refusal", "rep_delete"])
add("rfs-010", C, g, "delete all the Pulped deals", rej("admin"), ["refusal", "rep_delete", "bulk_delete"])
add("rfs-011", C, o, "move Summerisle Exhibition Stands to Negotiation", rej("negotiation"), ["refusal", "unknown_stage"])
add("rfs-012", C, p, "mark Vintry Window Graphics as Artwork Approved", rej("artwork"), ["refusal", "unknown_stage"])
add("rfs-013", C, g, "Quayside Motors Showroom Signage -> Proposal", rej("proposal"), ["refusal", "unknown_stage"])
add("rfs-014", C, a, "give Fettle Gym Group to Priya", rej("priya"), ["refusal", "unknown_user"])
add("rfs-015", C, a, "Tavish takes over the Summerisle Stage Banners", rej("tavish"), ["refusal", "unknown_user"])
add("rfs-016", C, g, "log a call with Hesketh Wolstenholme", rej("wolstenholme"), ["refusal", "unknown_contact"])
add("rfs-017", C, o, "note on Umpleby Motorcycles: they want a new fascia sign", rej("umpleby"), ["refusal", "unknown_company", "note_on"])
add("rfs-018", C, p, "knock Larkspur Garden Centre Signage down to minus 2,500", rej("negative"), ["refusal", "negative_amount"])
add("rfs-019", C, p, "set Bellavista Menu Brochures to -9,100", rej("negative"), ["refusal", "negative_amount"])
add("rfs-020", C, p, "Jerusha Kettleby's email is jerusha at larkspur gardens", rej("email"), ["refusal", "bad_email"])
add("rfs-021", C, v, "Could you hand the Lumiere Cinemas account to Orrin?", rej("reviewer"), ["refusal", "reviewer", "ownership", "polite"])
add("rfs-022", C, o, "Verena Amory is now a platinum client", rej("platinum"), ["refusal", "unknown_lifecycle"])
add("rfs-023", C, v, "remind me to call Heloise Sandercock tomorrow", rej("reviewer"), ["refusal", "reviewer", "task"])
add("rfs-024", C, g, "Gullhaven Terminal Signage is -14k now", rej("negative"), ["refusal", "negative_amount"])

# ====================================================================== negation
C = "negation"
add("neg-001", C, p, "don't move Quayside Playhouse Season Banners to Gone to Press yet", nochange(), ["negation", "pure_negation"])
add("neg-002", C, g, "I saw the Brackenholt people today but there's nothing worth logging", nochange(), ["negation", "pure_negation"])
add("neg-003", C, o, "leave Summerisle Stage Banners in Rough Layout", nochange(), ["negation", "leave_as_is"])
add("neg-004", C, p, "don't mark Kingsmere Terminal Wayfinding as pulped - move it to Print Order instead", ready(ud(16, stage=PO)), ["negation", "correction"])
add("neg-005", C, g, "not Print Order - put Brackenholt Park Wayfinding in Colour Proof", ready(ud(13, stage=CP)), ["negation", "correction"])
add("neg-006", C, o, "the Copperbeech close date can stay as it is for now, we'll revisit after Easter", nochange(), ["negation", "leave_as_is"])
add("neg-007", C, a, "Don't reassign Grimsdyke College; it stays with Pelham.", nochange(), ["negation", "leave_as_is"])
add("neg-008", C, p, "actually, never mind that one", nochange(), ["negation", "never_mind", "history"], ["move Larkspur Garden Centre Signage to Colour Proof"])
add("neg-009", C, g, "no, skip the reminder", nochange(), ["negation", "history", "never_mind"], ["remind me to call Radulf Pellow tomorrow"])
add("neg-010", C, o, "Marbury Estates Van Wraps stays at 31k, don't touch it", nochange(), ["negation", "leave_as_is"])
add("neg-011", C, p, "don't complete the Wendover scaffold task, just log a call with Gilda Pinnock", ready(act(p, "call", contact=32)), ["negation", "partial"])
add("neg-012", C, g, "Not 13.5k - the Gullhaven Terminal Signage is 14.75k", ready(ud(18, amount=14750)), ["negation", "correction", "amount"])
add("neg-013", C, o, "no need to change the stage, just set Fairhaven Open Day Banners' close date to April 11", ready(ud(9, close_date="2034-04-11")), ["negation", "partial"])
add("neg-014", C, a, "Do not delete Fettle Gym Group, just move it to Orrin", ready(uco(17, owner_id=5)), ["negation", "ownership"])
add("neg-015", C, p, "cancel that, I don't need the reminder after all", nochange(), ["negation", "never_mind", "history"], ["remind me to chase Perdita Rendle on Friday"])
add("neg-016", C, g, "Castellan Wayfinding Refresh is still at Print Order and that's where it should stay", nochange(), ["negation", "leave_as_is"])
add("neg-017", C, o, "hang on, keep it where it was", nochange(), ["negation", "never_mind", "history"], ["move Crumbwell Shopfront Refit to Print Order"])
add("neg-018", C, p, "I already phoned Vincenzo Fenby so no reminder needed, just record the call", ready(act(p, "call", contact=22)), ["negation", "partial"])
add("neg-019", C, o, "the jobs that got pulped last month all went on price, nothing we could have done", nochange(), ["negation", "description", "lost"])
add("neg-020", C, g, "Gullhaven are always slow to pay, that's just how they are", nochange(), ["negation", "description"])
add("neg-021", C, p, "fyi the playhouse's new season brochure looks brilliant, well done team", nochange(), ["negation", "description", "lowercase"])
add("neg-022", C, a, "Orrin had a strong February, three proofs signed off in a fortnight", nochange(), ["negation", "description"])
add("neg-023", C, p, "Hi team, just flagging that I don't want Wendover Fleet Wraps moved on until their board meets. Thanks, Pelham", nochange(), ["negation", "pure_negation", "formal_email"])

# ====================================================================== correction
C = "correction"
add("cor-001", C, p, "Larkspur Garden Centre Signage is 13k - no, 13.6k", ready(ud(5, amount=13600)), ["correction", "amount", "no_wait"])
add("cor-002", C, g, "Castellan Christmas Banners should close on the 14th of April, sorry I mean the 16th", ready(ud(7, close_date="2034-04-16")), ["correction", "date", "words"])
add("cor-003", C, o, "the Summerisle stands deal should be 50k instead of 48k", ready(ud(20, amount=50000)), ["correction", "instead_of"])
add("cor-004", C, p, "Maelor Threadgold's email is maelor@vintry.wine - no wait, vintrywines.co.uk", ready(uc(28, email="maelor@vintrywines.co.uk")), ["correction", "email", "no_wait"])
add("cor-005", C, g, "move Alpenglow Trade Show Stand to Colour Proof, scratch that, Rough Layout", ready(ud(30, stage=RL)), ["correction", "scratch_that"])
add("cor-006", C, o, "task to call Raffaella Brackley Thursday - actually Friday", ready(task(o, FRI, contact=31)), ["correction", "task"])
add("cor-007", C, a, "Give Brackenholt Wildlife Park to Pelham... no, to Orrin", ready(uco(8, owner_id=5)), ["correction", "ownership"])
add("cor-008", C, p, "meeting with Gilda Pinnock this morning - oh, no, it was only a phone call", ready(act(p, "call", contact=32)), ["correction"])
add("cor-009", C, g, "Gullhaven Vessel Wraps: I typed 61k but it's really 64.5k", ready(ud(17, amount=64500)), ["correction", "amount"])
add("cor-010", C, o, "Orrell Athletic Coach Wrap to Rough Layout - no, keep it in Brief Received and just change the close date to June 22", ready(ud(15, close_date="2034-06-22")), ["correction", "negation"])
add("cor-011", C, p, "new contact Gwendolen Yeadon at Wendover Bus Company, gyeadon@wendoverbuses.co.uk - sorry, gwendolen.yeadon@wendoverbuses.co.uk", ready(ccontact(p, "Gwendolen", "Yeadon", 7, "gwendolen.yeadon@wendoverbuses.co.uk")), ["correction", "email"])
add("cor-012", C, g, "oops, I meant Colour Proof not Rough Layout", ready(ud(3, stage=CP)), ["correction", "history"], ["move Quayside Motors Showroom Signage to Rough Layout"])
add("cor-013", C, o, "scratch that last number, Copperbeech Estate Signage is 10.75k", ready(ud(35, amount=10750)), ["correction", "scratch_that"])
add("cor-014", C, p, "Kingsmere Terminal Wayfinding: not April 4 any more, it's the eighteenth of May", ready(ud(16, close_date="2034-05-18")), ["correction", "date", "words"])
add("cor-015", C, o, "Fairhaven Prospectus Print should go to Rough Layout instead of Colour Proof", ready(ud(10, stage=RL)), ["correction", "instead_of"])

# ====================================================================== typo
C = "typo"
add("typ-001", C, p, "moev quayside playhuose season baners to print ordr", ready(ud(1, stage=PO)), ["typo", "multi_typo"])
add("typ-002", C, g, "calld iestyn abernthy at castellan this mornign", ready(act(g, "call", contact=3)), ["typo", "multi_typo"])
add("typ-003", C, o, "sumerisle stage baners amout 129k", ready(ud(19, amount=129000)), ["typo", "multi_typo"])
add("typ-004", C, p, "remnd me to cal Jerusha Kettelby tomoro", ready(task(p, TMRW, contact=10)), ["typo", "multi_typo"])
add("typ-005", C, g, "Brackenholt park wayfindng close dat end of febuary", ready(ud(13, close_date="2035-02-28")), ["typo", "multi_typo", "year_roll"])
add("typ-006", C, o, "note on Crumbwel Bakeries: owner wnats the sign lit at night", ready(act(o, "note", company=18)), ["typo", "note_on"])
add("typ-007", C, p, "Lumiere foyer signge gone to press", ready(ud(21, stage=WON)), ["typo", "won"])
add("typ-008", C, g, "cleveden ward wayfinidng to prnt order pls", ready(ud(23, stage=PO)), ["typo", "multi_typo", "mobile"])
add("typ-009", C, o, "emaild Ludo Carick the shopfront prise", ready(act(o, "email", contact=21)), ["typo", "multi_typo"])
add("typ-010", C, a, "hand Underhil Architects to Orrin", ready(uco(23, owner_id=5)), ["typo", "ownership", "hand"])
add("typ-011", C, p, "Ottolin Grieve new phone 07700 900 574", ready(uc(1, phone="07700 900 574")), ["typo", "phone", "near_duplicate"])
add("typ-012", C, g, "Underhil Exhibition Bords 8k", ready(ud(34, amount=8000)), ["typo", "amount"])
add("typ-013", C, o, "Larkspur musuem wayfinding > rough layuot", ready(ud(4, stage=RL)), ["typo", "multi_typo"])
add("typ-014", C, p, "met Demelza Petifer at wendover yesturday", ready(act(p, "meeting", YDAY, contact=6)), ["typo", "multi_typo", "date"])
add("typ-015", C, g, "done - sent the ward signage plan to Cressida Marbry", ready(done(16)), ["typo", "done_task"])
add("typ-016", C, o, "fairhavn open day banerrs: $26k", ready(ud(9, amount=26000)), ["typo", "amount"])

# ====================================================================== unsupported
C = "unsupported"
add("uns-001", C, p, "reschedule the Maelor Threadgold brochure task to next month", rej(), ["unsupported", "reschedule"])
add("uns-002", C, g, "retitle my Nolwenn Lyle stand layout task to 'Stand call'", rej(), ["unsupported", "task_rename"])
add("uns-003", C, o, "remove yesterday's call with Ludo Carrick from the timeline, I logged it by mistake", rej(), ["unsupported", "activity_edit"])
add("uns-004", C, a, "Iestyn Abernethy and Iestyn Quennell are the same person, merge them", rej(), ["unsupported", "merge"])
add("uns-005", C, p, "reopen the Grimsdyke prospectus delivery task", rej(), ["unsupported", "reopen"])
add("uns-006", C, g, "that meeting I logged with Iestyn Abernethy was actually on Thursday, fix the date", rej(), ["unsupported", "activity_edit"])
add("uns-007", C, o, "cancel the Jemima Delahunt case study task", rej(), ["unsupported", "task_cancel"])
add("uns-008", C, p, "export all my deals to a CSV for me", rej(), ["unsupported", "export"])
add("uns-009", C, g, "move the Blaise Pembury mock-up task to March 30", rej(), ["unsupported", "reschedule"])
add("uns-010", C, a, "Reassign Orrin's Ludo Carrick price task to Gaspard.", rej(), ["unsupported", "task_reassign"])
add("uns-011", C, o, "can you print the install drawings for the Summerisle job?", rej(), ["unsupported", "document", "stage_word"])

# ====================================================================== questions (answers from validate_eighth.QUESTIONS)
C = "question"
QS = [
    ("qst-001", v, "which open deals have we got with Quayside Playhouse?", ["company_deals", "near_duplicate"]),
    ("qst-002", a, "show me every deal Castellan Shopping Centre has ever had", ["company_deals", "closed_included"]),
    ("qst-003", g, "what of mine closes before the end of March?", ["closing", "my"]),
    ("qst-004", a, "how many deals are at Colour Proof right now?", ["count", "stage"]),
    ("qst-005", p, "how much is my open pipeline worth in total?", ["pipeline", "sum", "my"]),
    ("qst-006", o, "what's Iestyn Quennell's phone number?", ["contact_info", "near_duplicate"]),
    ("qst-007", v, "who owns Quayside Motors?", ["owner", "account_owner", "near_duplicate"]),
    ("qst-008", g, "when did we last talk to Radulf Pellow?", ["last_touch"]),
    ("qst-009", a, "which deals have gone four weeks without any activity?", ["stale_deals", "no_activity"]),
    ("qst-010", p, "list every open task I've got", ["tasks", "my", "terse"]),
    ("qst-011", g, "which of my tasks have slipped past their due dates?", ["tasks", "overdue", "my"]),
    ("qst-012", v, "how much has gone to press this year?", ["won_lost", "sum"]),
    ("qst-013", a, "what's our single biggest open deal?", ["biggest_deal"]),
    ("qst-014", o, "who's the contact on Summerisle Exhibition Stands?", ["deal_contact"]),
    ("qst-015", p, "what's Ottoline Devereux's email?", ["contact_info", "near_duplicate"]),
    ("qst-016", v, "who do we know at Summerisle Music Festival?", ["company_contacts"]),
    ("qst-017", a, "how many contacts have we got at Kingsmere Regional Airport?", ["count", "company_contacts"]),
    ("qst-018", g, "which deals got pulped?", ["won_lost", "lost"]),
    ("qst-019", v, "which deals are sitting in Print Order?", ["pipeline", "stage"]),
    ("qst-020", a, "what do Gaspard's Print Order deals add up to?", ["pipeline", "sum"]),
    ("qst-021", o, "when is Fairhaven Open Day Banners due to close?", ["closing", "date"]),
    ("qst-022", p, "which accounts are mine?", ["owner", "accounts", "my"]),
    ("qst-023", g, "how much is Crumbwell Shopfront Refit worth?", ["amount"]),
    ("qst-024", v, "which open deals are for vehicle wraps?", ["product"]),
    ("qst-025", g, "which of my deals have been quiet for three weeks?", ["stale_deals", "my", "no_activity"]),
    ("qst-026", a, "how many open deals does Orrin have?", ["count"]),
    ("qst-027", p, "what's due for me this week?", ["tasks", "this_week", "my"]),
    ("qst-028", o, "where does Parthenia Nettleship work and what does she do?", ["contact_info", "job_title"]),
    ("qst-029", g, "what's Larkspur Garden Centre's website?", ["company_info", "near_duplicate"]),
    ("qst-030", v, "which open deals are already past their close date?", ["closing", "past_dated"]),
    ("qst-031", a, "how many overdue tasks does the team have between them?", ["count", "overdue"]),
    ("qst-032", p, "what went to press with Grimsdyke College?", ["won_lost"]),
    ("qst-033", v, "who owns the Marbury Estates Van Wraps deal?", ["owner", "deal_owner", "shared_word"]),
    ("qst-034", a, "who's the account owner for Marbury Estates?", ["owner", "account_owner"]),
    ("qst-035", o, "what stage is Summerisle Stage Banners in?", ["stage"]),
    ("qst-036", v, "what's the total value of open wayfinding deals?", ["pipeline", "sum", "product"]),
    ("qst-037", a, "which open deals are bigger than 60k?", ["amount_filter"]),
    ("qst-038", g, "which contacts do we have at Quayside Motors?", ["company_contacts", "near_duplicate"]),
    ("qst-039", p, "what's Orrin Sowerby's number?", ["contact_info", "user_name_clash"]),
    ("qst-040", v, "how many companies do we hold records for?", ["count"]),
    ("qst-041", a, "which of Pelham's contacts are still leads?", ["my_leads"]),
    ("qst-042", p, "how much is the Quayside Playhouse Brochures deal?", ["amount", "near_duplicate"]),
    ("qst-043", p, "which of my deals close in April?", ["closing", "my"]),
    ("qst-044", v, "how much got pulped this year?", ["won_lost", "lost", "sum"]),
    ("qst-045", a, "what's Orrin's average open deal size?", ["average_deal"]),
    ("qst-046", p, "how many activities have I recorded today?", ["activity", "today", "count", "my"]),
    ("qst-047", g, "how many deals have I taken all the way to press?", ["won_lost", "count", "my"]),
    ("qst-048", g, "who's the contact on Castellan Christmas Banners?", ["deal_contact"]),
    ("qst-049", o, "how many activities are logged against Summerisle Stage Banners?", ["activity", "count"]),
    ("qst-050", p, "what's Wulfric Pettifer's email?", ["contact_info", "near_duplicate"]),
    ("qst-051", v, "what stage is Larkspur Garden Centre Signage at?", ["stage", "near_duplicate"]),
    ("qst-052", g, "which of my deals are still at Brief Received?", ["stage", "my"]),
    ("qst-053", a, "what's the total open pipeline at Gullhaven Ferries?", ["pipeline", "sum"]),
    ("qst-054", v, "who owns Wendover Bus Company?", ["owner", "account_owner"]),
    ("qst-055", v, "which open deals are for brochure print runs?", ["product"]),
    ("qst-056", a, "when's Grimsdyke Campus Wayfinding expected to close?", ["closing", "date"]),
    ("qst-057", p, "what industry is Kingsmere Regional Airport in?", ["company_info"]),
    ("qst-058", g, "what's the total of everything that went to press in February?", ["won_lost", "sum", "period"]),
    ("qst-059", o, "which of my deals are in Colour Proof?", ["stage", "my"]),
    ("qst-060", v, "which deals have been silent for six weeks?", ["stale_deals", "no_activity"]),
    ("qst-061", a, "how many open deals are there altogether?", ["count", "pipeline"]),
    ("qst-062", p, "what's Heloise Sandercock's job title?", ["contact_info", "job_title"]),
    ("qst-063", g, "which deals close before April 1?", ["closing", "date_range"]),
    ("qst-064", a, "what's the whole open pipeline worth?", ["pipeline", "sum"]),
    ("qst-065", o, "phone for Iestyn Abernethy", ["contact_info", "near_duplicate", "terse"]),
    ("qst-066", v, "which companies does Gaspard own?", ["owner", "accounts"]),
    ("qst-067", p, "when was the last activity on Bellavista Menu Brochures?", ["last_touch"]),
    ("qst-068", g, "what's Drusilla Sallow's email?", ["contact_info"]),
    ("qst-069", o, "which contacts do we have at Larkspur Natural History Museum?", ["company_contacts", "near_duplicate"]),
    ("qst-070", v, "how many deals were pulped this year?", ["won_lost", "count", "lost"]),
    ("qst-071", a, "list Pelham's deals in Colour Proof", ["stage"]),
    ("qst-072", o, "what industry is Pendragon Conference Centre in?", ["company_info"]),
    ("qst-073", p, "which deals went to press last month?", ["won_lost", "period"]),
    ("qst-074", v, "what's Gaspard's average open deal size?", ["average_deal"]),
    ("qst-075", g, "who's the contact on the Quayside Motors Showroom Signage deal?", ["deal_contact", "near_duplicate"]),
    ("qst-076", a, "how many open deals does Castellan have?", ["count", "company_deals"]),
    ("qst-077", o, "when is my Jemima Delahunt order form task due?", ["tasks", "date"]),
    ("qst-078", p, "what's the smallest open deal we've got?", ["biggest_deal", "smallest"]),
    ("qst-079", v, "what's open with Orrell Athletic FC?", ["company_deals"]),
    ("qst-080", a, "what's the total of everything that went to press in January?", ["won_lost", "sum", "period"]),
    ("qst-081", g, "Could you tell me which Brief Received deals close in May?", ["closing", "stage", "polite"]),
    ("qst-082", a, "who's the owner of the Fettle Studio Graphics deal?", ["owner", "deal_owner"]),
    ("qst-083", o, "what's my activity count for today?", ["activity", "today", "count", "my"]),
    ("qst-084", v, "what's Orrin got due this week?", ["tasks", "this_week"]),
    ("qst-085", p, "how much is sitting in Colour Proof right now?", ["pipeline", "sum", "stage"]),
]
for qid, user, text, tags in QS:
    add(qid, C, user, text, Q(), tags)

DECLINES = [
    ("dec-001", p, "what will the weather be like for the Summerisle install on Friday?", []),
    ("dec-002", a, "what's Castellan Shopping Centre's annual footfall?", []),
    ("dec-003", g, "how many staff does Fettle Gym Group employ?", []),
    ("dec-004", v, "who handles marketing at Tenterden Racecourse?", []),
    ("dec-005", o, "what's the email address for Hesketh Postlethwaite?", []),
    ("dec-006", p, "how happy are our customers this quarter, satisfaction-wise?", []),
    ("dec-007", a, "how many square metres of vinyl did we print last month?", []),
    ("dec-008", g, "what did Tavish sell last quarter?", []),
    ("dec-009", v, "what's the status of the Quayside Brewery deal?", ["Quayside Playhouse Season Banners", "Quayside Motors Showroom Signage"]),
    ("dec-010", o, "how much does a roll of wrap vinyl cost at the moment?", []),
    ("dec-011", p, "what's Heloise Sandercock's LinkedIn?", []),
    ("dec-012", a, "what's our reprint rate on the Summerisle jobs?", []),
    ("dec-013", g, "which Larkspur Bakery contacts do we have?", ["Kenelm Halloran", "Jerusha Kettleby"]),
    ("dec-014", v, "what's Fairhaven University's credit rating?", []),
]
for qid, user, text, ex in DECLINES:
    add(qid, C, user, text, DECLINE(*ex), ["question", "decline"])


def fill_answers() -> None:
    from validate_eighth import question_answers
    answers = question_answers()
    for it in ITEMS:
        e = it["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it["id"]]


def main() -> None:
    from validate_eighth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it["id"]: it for it in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[i], ensure_ascii=False) + "\n" for i in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
