"""Writes eleventh_dev.jsonl and eleventh_test.jsonl: the hand-written items of the eleventh corpus (fixture K, Halyard
Event Technology), split by alternating within each category (validate_eleventh.split). One add(...) per item. The
helpers only type link ids once (a contact gives its company; a deal gives its company and, when no person is named,
its contact), fill the acting user in as owner/author, and number new records from the next free id. Question answers
are filled from the SQL in validate_eleventh.QUESTIONS (the only labels taken from SQL); everything else is written by
hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_eleventh.py
(then check with: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_eleventh.py)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_k import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"aneirin": 1, "femke": 2, "corrado": 3, "solene": 4, "tadhg": 5}
NEXT = {"companies": 26, "contacts": 46, "deals": 39, "activities": 401, "tasks": 43}
TODAY = "2037-11-12"  # a Thursday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, text, expect, tags, history=()):
    tags = list(tags)
    if user == "corrado" and "manager" not in tags:  # the admin writes as the sales manager
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


def cdeal(u, company, stage="Ballpark", amount=None, close=None, product=None, contact=None, name=None, owner=None,
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
BP, RC, TS, PN, WON, LOST = "Ballpark", "Recce", "Tech Spec", "Pencilled", "Confirmed", "Released"
LED, PA, LIGHT, STAGE, STREAM, CREW = "LED Wall", "PA System", "Lighting Rig", "Staging", "Live Stream", "Show Crew"
# dates (today is Thursday 2037-11-12). Past days, for activities ("on Thursday" is never used):
YDAY, TUE_P, MON_P, SUN_P, SAT_P, FRI_P = "2037-11-11", "2037-11-10", "2037-11-09", "2037-11-08", "2037-11-07", "2037-11-06"
# future, for tasks and deals ("Thursday" and "next <weekday>" are never used for a future date)
TMRW, MON, TUE, WED, WEEK, WK_FRI = "2037-11-13", "2037-11-16", "2037-11-17", "2037-11-18", "2037-11-19", "2037-11-20"
FRI = TMRW  # today is a Thursday, so "Friday" is tomorrow
IN3, TWO_WEEKS, EOM, EODEC, EOJAN, EOFEB = "2037-11-15", "2037-11-26", "2037-11-30", "2037-12-31", "2038-01-31", "2038-02-28"
an, fe, cr, so, ta = "aneirin", "femke", "corrado", "solene", "tadhg"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, an, "Cardinham Pharma Sales Conference is pencilled, they've put a hold on the ballroom for us", ready(ud(1, stage=PN)), ["stage", "stage_word", "near_duplicate"])
add("upd-002", C, so, "kestle mill gin launch — confirmed!! PO came through at lunch", ready(ud(18, stage=WON)), ["stage", "won", "lowercase", "stage_word"])
add("upd-003", C, ta, "Polglaze Graduation Live Stream has gone up to 26,900, they want a second camera in the great hall", ready(ud(8, amount=26900)), ["amount", "reason_clause"])
add("upd-004", C, an, "can you set the close date on Lamorran Winter Concert Sound to 27 Nov please", ready(ud(21, close_date="2037-11-27")), ["date", "polite"])
add("upd-005", C, so, "Treloyhan Christmas Party PA is released, the hotel's using its own in-house kit this year", ready(ud(13, stage=LOST)), ["stage", "lost", "stage_word"])
add("upd-006", C, ta, "can u bump gweek science late nights up to tech spec", ready(ud(15, stage=TS)), ["stage", "mobile", "lowercase"])
add("upd-007", C, an, "AGM stream for Tregonning Bank is 8,150 now", ready(ud(17, amount=8150)), ["amount", "terse"])
add("upd-008", C, so, "Zelah Esports Finals Stream - they want us to come and look at the arena before they commit, move it to Recce", ready(ud(24, stage=RC)), ["stage", "stage_word"])
add("upd-009", C, ta, "Nanpean Pit Lane Screens won't land before the end of Jan, change the close date", ready(ud(20, close_date=EOJAN)), ["date", "terse"])
add("upd-010", C, an, "the show committee agreed thirty-four thousand for Stithians Show Ring PA", ready(ud(29, amount=34000)), ["amount", "words"])
add("upd-011", C, so, "move Goonhavern Arena Boxing Night to Tech Spec, the promoter wants the full lighting spec before the weigh-in", ready(ud(38, stage=TS)), ["stage", "reason_clause"])
add("upd-012", C, ta, "Penwithick Christmas Lights Switch-On - close date the 4th of December", ready(ud(32, close_date="2037-12-04")), ["date"])
add("upd-013", C, an, "Mylor Engineering Family Day is now $9.2K, they've added power for the bouncy castle", ready(ud(34, amount=9200)), ["amount"])
add("upd-014", C, ta, "we won Gorran Medical Congress Stream!!", ready(ud(35, stage=WON)), ["stage", "won"])
add("upd-015", C, so, "lost the Treloyhan Ballroom LED Wall, they bought a screen off eBay", ready(ud(14, stage=LOST)), ["stage", "lost"])
add("upd-016", C, an, "roadshow for Tresillian Insurance is now looking like 18 December rather than last week — please fix the close date", ready(ud(31, close_date="2037-12-18")), ["date", "past_dated"])
add("upd-017", C, ta, "Bodinnick Barns Festoon Lighting - make it 9.75k, closing end of the month", ready(ud(10, amount=9750, close_date=EOM)), ["amount", "date", "same_record"])
add("upd-018", C, so, "second stage at Lanivet Festival is signed and sealed", ready(ud(5, stage=WON)), ["stage", "won", "stage_word"])
add("upd-019", C, an, "Carnglaze Partners Dinner AV goes up to 13,350 — they've added a lectern mic and a second screen", ready(ud(11, amount=13350)), ["amount", "reason_clause"])
add("upd-020", C, ta, "Perranwell Outlet Santa Parade: recce stage, and the close date's 31 Jan", ready(ud(37, stage=RC, close_date=EOJAN)), ["stage", "date", "same_record"])
add("upd-021", C, so, "Cardinham Motors Launch Night has gone back to tech spec, the car's been delayed", ready(ud(3, stage=TS)), ["stage", "stage_word"])
add("upd-022", C, an, "carol service sound for Polglaze Cathedral should close on Dec 19 now", ready(ud(4, close_date="2037-12-19")), ["date", "shared_word"])
add("upd-023", C, ta, "Mithian Hospice Candlelight Concert — five thousand eight hundred all in", ready(ud(28, amount=5800)), ["amount", "words"])
add("upd-024", C, so, "Trewidden Summit Keynote Staging is two weeks later than we thought, shift the close date accordingly", ready(ud(23, close_date="2037-12-17")), ["date", "relative_date", "relative_to_record"])
add("upd-025", C, an, "Tregonning Bank AGM Stream is dead, mark it released", ready(ud(17, stage=LOST)), ["stage", "lost"])
add("upd-026", C, ta, "opera board approved the spend on Lamorran Gala Season Lighting so that's confirmed", ready(ud(25, stage=WON)), ["stage", "won", "account_owner"])
add("upd-027", C, so, "Zelah Esports Finals Stream — pencilled, and they'll close by end of December", ready(ud(24, stage=PN, close_date=EODEC)), ["stage", "date"])
add("upd-028", C, an, "Stithians Show Marquee Lighting came in at 13.4k", ready(ud(30, amount=13400)), ["amount", "terse"])
add("upd-029", C, ta, "the council's events committee rubber-stamps it on the 24th so go ahead and put Penwithick Christmas Lights Switch-On on Pencilled", ready(ud(32, stage=PN)), ["stage", "reason_clause"])
add("upd-030", C, so, "Goonhavern Arena Concourse Screens ✅ confirmed 🎉", ready(ud(27, stage=WON)), ["stage", "won", "mobile", "past_dated"])
add("upd-031", C, an, "they've parked the town hall till spring, so knock Cardinham Pharma Town Hall Stream back to Ballpark", ready(ud(2, stage=BP)), ["stage", "stage_word"])
add("upd-032", C, ta, "Nanpean Speedway Season Opener PA should read 22,750", ready(ud(19, amount=22750)), ["amount"])
add("upd-033", C, so, "Lanivet Festival Main Stage Screens realistically closes Dec 31", ready(ud(6, close_date=EODEC)), ["date"])
add("upd-034", C, an, "Lamorran Winter Concert Sound is slipping by a week", ready(ud(21, close_date="2037-11-23")), ["date", "relative_to_record"])
add("upd-035", C, ta, "bump Polglaze Freshers Ball Lighting to 19k, they now want haze and moving heads", ready(ud(9, amount=19000)), ["amount", "shared_word"])
add("upd-036", C, cr, "signed order form for Trewidden Summit Keynote Staging just landed, flip it to Confirmed", ready(ud(23, stage=WON)), ["stage", "won"])
add("upd-037", C, cr, "Gweek Science Late Nights: 16,400, closing Dec 12", ready(ud(15, amount=16400, close_date="2037-12-12")), ["amount", "date"])
add("upd-038", C, cr, "please put Mylor Engineering Family Day into Recce", ready(ud(34, stage=RC)), ["stage", "polite"])
add("upd-039", C, so, "Cardinham Motors Launch Night — revised quote 28.2k", ready(ud(3, amount=28200)), ["amount", "terse", "near_duplicate"])
add("upd-040", C, an, "the chapter have gone cold on Polglaze Cathedral Carol Service Sound, release it", ready(ud(4, stage=LOST)), ["stage", "lost"])
add("upd-041", C, ta, "Gorran Medical Congress Stream will close tomorrow, update the date", ready(ud(35, close_date=FRI)), ["date"])
add("upd-042", C, so, "Treloyhan Christmas Party PA: 10k and they've pencilled us in, so Pencilled", ready(ud(13, stage=PN, amount=10000)), ["stage", "amount"])
add("upd-043", C, ta, "Nanpean Pit Lane Screens to pencilled, the track is holding the 13th for us", ready(ud(20, stage=PN)), ["stage", "stage_word"])
add("upd-044", C, ta, "courtyard's now included so Bodinnick Barns Festoon Lighting comes to 9,100", ready(ud(10, amount=9100)), ["amount", "reason_clause"])
add("upd-045", C, cr, "Goonhavern Arena Concourse Screens is showing a close date that's been and gone — end of December please", ready(ud(27, close_date=EODEC)), ["date", "past_dated"])
add("upd-046", C, so, "new number on Zelah Esports Finals Stream: 29,450", ready(ud(24, amount=29450)), ["amount"])
add("upd-047", C, an, "Cardinham Pharma Sales Conference, expected close 12/15", ready(ud(1, close_date="2037-12-15")), ["date", "near_duplicate"])
add("upd-048", C, ta, "Perranwell Outlet Santa Parade's worth $23,500 now", ready(ud(37, amount=23500)), ["amount", "terse"])
add("upd-049", C, cr, "Stithians Show Marquee Lighting ought to be sitting in Recce, not Ballpark", ready(ud(30, stage=RC)), ["stage"])
add("upd-050", C, so, "Kestle Mill deal's gone up to 12.3k", ready(ud(18, amount=12300)), ["amount", "company_deal"])
add("upd-051", C, an, "Tregonning deal is at tech spec stage now", ready(ud(17, stage=TS)), ["stage", "company_deal", "closed_not_offered"])
add("upd-052", C, ta, "Mithian Hospice Candlelight Concert — hospice has pencilled us in, update the stage", ready(ud(28, stage=PN)), ["stage"])
add("upd-053", C, so, "call it 27k flat for Cardinham Motors Launch Night", ready(ud(3, amount=27000)), ["amount", "near_duplicate"])
add("upd-054", C, an, "Stithians Show Ring PA won't close until Sept 30 — next year's show", ready(ud(29, close_date="2038-09-30")), ["date", "year_roll"])
add("upd-055", C, ta, "ballpark on Polglaze Freshers Ball Lighting is more like 18.5k now", ready(ud(9, amount=18500)), ["amount", "stage_word"])
add("upd-056", C, so, "Cardinham Motors Launch Night has been confirmed by the dealer group", ready(ud(3, stage=WON)), ["stage", "won", "stage_word"])
add("upd-057", C, an, "the cathedral chapter have pencilled us in, so Polglaze Cathedral Carol Service Sound can go to Pencilled", ready(ud(4, stage=PN)), ["stage", "stage_word"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, an, "got a new mobile for Eluned Chenoweth: 07700 900 731", ready(uc(1, phone="07700 900 731")), ["phone", "near_duplicate"])
add("uct-002", C, ta, "Halvard Menhenick emails from H.Menhenick@Polglaze.ac.uk now", ready(uc(3, email="h.menhenick@polglaze.ac.uk")), ["email", "near_duplicate"])
add("uct-003", C, ta, "move Fiorella Hambly from lead to prospect", ready(uc(13, lifecycle_stage="prospect")), ["lifecycle"])
add("uct-004", C, an, "Solene Kneebone's got a new number — 020 7946 0388", ready(uc(5, phone="020 7946 0388")), ["phone", "user_name_clash"])
add("uct-005", C, so, "Wouter Eddy works for Cardinham Motor Group now, update his company", ready(uc(25, company_id=2)), ["company_move", "shared_word"])
add("uct-006", C, so, "ilaria kitto - ilaria@trewidden.events is her email now", ready(uc(15, email="ilaria@trewidden.events")), ["email", "terse"])
add("uct-007", C, ta, "Sanne Wearne should be a customer, not an opportunity", ready(uc(23, lifecycle_stage="customer")), ["lifecycle"])
add("uct-008", C, an, "reach Maialen Quintrell on +44 7700 900 612 ext 3 from now on", ready(uc(18, phone="+44 7700 900 612 ext 3")), ["phone"])
add("uct-009", C, so, "Noemie Retallack's title is Head of Programming now", ready(uc(19)), ["job_title"])
add("uct-010", C, ta, "for Lazare Opie use 01632 960 415 and lazare@mithianhospice.org", ready(uc(17, phone="01632 960 415", email="lazare@mithianhospice.org")), ["phone", "email", "same_record"])
add("uct-011", C, an, "Perrine Udy is churned — Mylor have taken their events in-house", ready(uc(21, lifecycle_stage="churned")), ["lifecycle"])
add("uct-012", C, cr, "Rutger Venning changed email, it's rutger.venning@veryanfw.com", ready(uc(22, email="rutger.venning@veryanfw.com")), ["email"])
add("uct-013", C, ta, "after the lantern parade Octave Tregear is properly a customer", ready(uc(20, lifecycle_stage="customer")), ["lifecycle", "reason_clause"])
add("uct-014", C, so, "frode whetter mob 07700 900 254", ready(uc(29, phone="07700 900 254")), ["phone", "terse"])
add("uct-015", C, an, "Ragnhild Sobey has left the yacht club and joined Carnglaze Law as events lead", ready(uc(35, company_id=7)), ["company_move", "job_title"])
add("uct-016", C, cr, "lifecycle for Garazi Hichens: opportunity", ready(uc(40, lifecycle_stage="opportunity")), ["lifecycle", "terse"])
add("uct-017", C, ta, "Koldo Mennear's address changed to koldo.mennear@gweekscience.org.uk, could you update it?", ready(uc(42, email="koldo.mennear@gweekscience.org.uk")), ["email", "polite"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, an, "Mylor Engineering rebranded their site as mylorengineering.com", ready(uco(22, domain="mylorengineering.com")), ["domain"])
add("uco-002", C, so, "Zelah Esports should be filed under Esports, not Gaming", ready(uco(17, industry="Esports")), ["industry"])
add("uco-003", C, ta, "nanpean speedway are on nanpean.racing now", ready(uco(15, domain="nanpean.racing")), ["domain", "terse"])
add("uco-004", C, cr, "industry for Veryan Fashion Week → Fashion Events", ready(uco(23, industry="Fashion Events")), ["industry"])
add("uco-005", C, an, "Cardinham Pharma's web domain changed to cardinham-pharma.com", ready(uco(1, domain="cardinham-pharma.com")), ["domain", "near_duplicate"])
add("uco-006", C, so, "Goonhavern Arena — domain goonhavern.live and they'd rather be Live Entertainment than Venues", ready(uco(20, industry="Live Entertainment", domain="goonhavern.live")), ["industry", "domain", "same_record"])
add("uco-007", C, ta, "the barns have a new website, bodinnickweddings.com, for Bodinnick Wedding Barns", ready(uco(6, domain="bodinnickweddings.com")), ["domain"])
add("uco-008", C, cr, "Porthallow Yacht Club: put the industry down as Clubs & Associations", ready(uco(19, industry="Clubs & Associations")), ["industry"])
add("uco-009", C, an, "Lamorran Opera House can be found at lamorranoperahouse.org.uk now", ready(uco(13, domain="lamorranoperahouse.org.uk")), ["domain"])
add("uco-010", C, so, "Treloyhan Manor Hotel is Hotels & Resorts for industry, please", ready(uco(8, industry="Hotels & Resorts")), ["industry"])
add("uco-011", C, ta, "Perranwell Outlet Village's domain: perranwell.shop", ready(uco(21, domain="perranwell.shop")), ["domain"])

# ====================================================================== ownership
C = "ownership"
OW = ["ownership"]
add("own-001", C, cr, "Solene is taking over Tresillian Insurance Roadshow", ready(ud(31, owner_id=4)), OW + ["taking_over"])
add("own-002", C, cr, "hand Veryan Fashion Week to Tadhg", ready(uco(23, owner_id=5)), OW + ["hand"])
add("own-003", C, an, "Zelah Esports is coming to me from today", ready(uco(17, owner_id=1)), OW + ["taking_over"])
add("own-004", C, cr, "Mylor Engineering should sit with Solene now", ready(uco(22, owner_id=4)), OW + ["moving_to"])
add("own-005", C, so, "Tadhg knows their GM from way back, so let him have Treloyhan Ballroom LED Wall", ready(ud(14, owner_id=5)), OW + ["hand"])
add("own-006", C, cr, "switch the owner of Polglaze Freshers Ball Lighting to Aneirin", ready(ud(9, owner_id=1)), OW)
add("own-007", C, ta, "I'd like to own Maialen Quintrell going forward", ready(uc(18, owner_id=5)), OW)
add("own-008", C, cr, "Aneirin should own Goonhavern Arena Boxing Night", ready(ud(38, owner_id=1)), OW)
add("own-009", C, cr, "Tadhg is taking over Gunnhild Oates", ready(uc(30, owner_id=5)), OW + ["taking_over"])
add("own-010", C, an, "Solene can have Mylor Engineering Family Day, I've got too much on", ready(ud(34, owner_id=4)), OW + ["hand"])
add("own-011", C, cr, "we're moving Lamorran Gala Season Lighting back to Aneirin, it's his account after all", ready(ud(25, owner_id=1)), OW + ["moving_to", "account_owner"])
add("own-012", C, ta, "pass Gorran Medical Society across to Aneirin", ready(uco(24, owner_id=1)), OW)
add("own-013", C, cr, "Oddny Rodda: owner Tadhg", ready(uc(34, owner_id=5)), OW)
add("own-014", C, so, "put me down as the owner for Torunn Bazeley", ready(uc(37, owner_id=4)), OW)
add("own-015", C, cr, "Tadhg is taking over the Cardinham Motor Group account", ready(uco(2, owner_id=5)), OW + ["taking_over", "near_duplicate"])
add("own-016", C, an, "Nanpean Speedway belongs to me from this week", ready(uco(15, owner_id=1)), OW)
add("own-017", C, cr, "reassign Stithians Show Marquee Lighting to Tadhg", ready(ud(30, owner_id=5)), OW)
add("own-018", C, cr, "assign Solene Kneebone to Solene Carlyon", ready(uc(5, owner_id=4)), OW + ["user_name_clash"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, an, "Lerryn Boat Show — new account, lerrynboatshow.co.uk, they're Exhibitions", ready(ccompany(an, "Lerryn Boat Show", "lerrynboatshow.co.uk", "Exhibitions")), ["terse"])
add("cco-002", C, so, "can we get Tregony Rotary Club in as a company? industry Community", ready(ccompany(so, "Tregony Rotary Club", industry="Community")), ["industry"])
add("cco-003", C, ta, "set up an account for Ponsanooth Film Studios", ready(ccompany(ta, "Ponsanooth Film Studios")), ["named"])
add("cco-004", C, cr, "Chacewater Rowing Club (chacewaterrc.org) needs creating — Solene will own it", ready(ccompany(cr, "Chacewater Rowing Club", "chacewaterrc.org", owner=so)), ["ownership", "hand"])
add("cco-005", C, an, "Scorrier Comedy Festival want AV for their tent, can you add them as a company? scorriercomedy.com", ready(ccompany(an, "Scorrier Comedy Festival", "scorriercomedy.com")), ["polite", "domain"])
add("cco-006", C, so, "add company Trispen Cider Co — Drinks, trispencider.com", ready(ccompany(so, "Trispen Cider Co", "trispencider.com", "Drinks")), ["industry", "domain"])
add("cco-007", C, ta, "Summercourt Vets, new company pls", ready(ccompany(ta, "Summercourt Vets")), ["terse"])
add("cco-008", C, cr, "Tadhg's bringing in Carharrack Brass Band, create the company under him", ready(ccompany(cr, "Carharrack Brass Band", owner=ta)), ["ownership"])
add("cco-009", C, an, "Lanner Village Hall isn't in the CRM yet — add it, industry Community", ready(ccompany(an, "Lanner Village Hall", industry="Community")), ["industry"])
add("cco-010", C, so, "company to add: Praze Sound Collective, site is prazesound.org", ready(ccompany(so, "Praze Sound Collective", "prazesound.org")), ["domain"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, an, "Siwan Tremayne from Mylor Engineering, siwan@mylor-eng.com — new contact", ready(ccontact(an, "Siwan", "Tremayne", 22, email="siwan@mylor-eng.com")), ["new_lead", "email"])
add("cct-002", C, so, "put Bastien Skewes in under Zelah Esports, his number's 020 7946 0918", ready(ccontact(so, "Bastien", "Skewes", 17, phone="020 7946 0918")), ["new_lead", "phone"])
add("cct-003", C, ta, "Gweek Science Museum have a new events manager, Nicoletta Paynter — add her please", ready(ccontact(ta, "Nicoletta", "Paynter", 9)), ["new_lead", "job_title"])
add("cct-004", C, cr, "new contact for Tadhg to own: Wynfor Blamey, Porthallow Yacht Club", ready(ccontact(cr, "Wynfor", "Blamey", 19, owner=ta)), ["new_lead", "ownership", "hand"])
add("cct-005", C, an, "two new people at Stithians Agricultural Show — Heledd Geach and Joost Kessell", ready(ccontact(an, "Heledd", "Geach", 25), ccontact(an, "Joost", "Kessell", 25, k=1)), ["new_lead", "comma_list"])
add("cct-006", C, so, "Doriane Lobb / Treloyhan Manor Hotel / doriane.lobb@treloyhanmanor.com / 01632 960 228", ready(ccontact(so, "Doriane", "Lobb", 8, email="doriane.lobb@treloyhanmanor.com", phone="01632 960 228")), ["new_lead", "email", "phone", "terse"])
add("cct-007", C, ta, "Oisin Maddern at Nanpean Speedway, add him, he's a prospect", ready(ccontact(ta, "Oisin", "Maddern", 15, stage="prospect")), ["new_lead", "lifecycle"])
add("cct-008", C, an, "Tiziana Sleeman (t.sleeman@tregonningbank.com) has joined Tregonning Bank, create her", ready(ccontact(an, "Tiziana", "Sleeman", 10, email="t.sleeman@tregonningbank.com")), ["new_lead", "email"])
add("cct-009", C, so, "could you add Maarten Tyack? Kestle Mill Distillery, runs the visitor centre", ready(ccontact(so, "Maarten", "Tyack", 11)), ["new_lead", "polite", "job_title"])
add("cct-010", C, cr, "Clemence Verran, Goonhavern Arena, CVerran@GoonhavernArena.com", ready(ccontact(cr, "Clemence", "Verran", 20, email="cverran@goonhavernarena.com")), ["new_lead", "email"])
add("cct-011", C, ta, "07700 900 563 is Fabrice Ivey at Mithian Hospice Trust, save him as a contact", ready(ccontact(ta, "Fabrice", "Ivey", 18, phone="07700 900 563")), ["new_lead", "phone"])
add("cct-012", C, an, "Polglaze Cathedral contacts to create: Meinir Dower, Pieter Eustice and Romane Teague", ready(ccontact(an, "Meinir", "Dower", 4), ccontact(an, "Pieter", "Eustice", 4, k=1), ccontact(an, "Romane", "Teague", 4, k=2)), ["new_lead", "comma_list", "shared_word"])
add("cct-013", C, so, "Xabier Rickard at Veryan Fashion Week — he's an existing customer, add him as such", ready(ccontact(so, "Xabier", "Rickard", 23, stage="customer")), ["new_lead", "lifecycle"])
add("cct-014", C, ta, "please create Lieke Tippett, she heads up catering at Polglaze University", ready(ccontact(ta, "Lieke", "Tippett", 3)), ["new_lead", "job_title", "near_duplicate"])
add("cct-015", C, so, "Daan Noy + Ailbhe Mitchell, Trewidden Tech Summit, both new", ready(ccontact(so, "Daan", "Noy", 14), ccontact(so, "Ailbhe", "Mitchell", 14, k=1)), ["new_lead", "comma_list"])
add("cct-016", C, cr, "Sandro Vivian, Perranwell Outlet Village, sandro.vivian@perranwelloutlet.com — Aneirin will own him", ready(ccontact(cr, "Sandro", "Vivian", 21, email="sandro.vivian@perranwelloutlet.com", owner=an)), ["new_lead", "ownership", "email"])
add("cct-017", C, an, "Cardinham Pharma's new comms officer is Viviana Tresize, stick her in", ready(ccontact(an, "Viviana", "Tresize", 1)), ["new_lead", "job_title", "near_duplicate"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, an, "Porthallow Yacht Club want a PA system for the regatta prize-giving, 4,800 — new deal", ready(cdeal(an, 19, amount=4800, product=PA)), ["amount", "product"])
add("cdl-002", C, so, "Veryan Fashion Week staging deal please — 41k, closing end of January", ready(cdeal(so, 23, amount=41000, close=EOJAN, product=STAGE)), ["amount", "date", "product"])
add("cdl-003", C, ta, "new deal: Gweek Science Dinosaur Sleepover, 6,300", ready(cdeal(ta, 9, amount=6300, name="Gweek Science Dinosaur Sleepover")), ["deal_name_colon", "amount"])
add("cdl-004", C, cr, "Zelah Esports deal called Zelah Spring Split Stream, 19.5k, for Solene to own", ready(cdeal(cr, 17, amount=19500, name="Zelah Spring Split Stream", owner=so)), ["ownership", "amount", "named"])
add("cdl-005", C, an, "Mylor Engineering want a lighting rig, 6k, and we're already at recce with them — create the deal", ready(cdeal(an, 22, stage=RC, amount=6000, product=LIGHT)), ["stage", "product", "stage_word"])
add("cdl-006", C, so, "showroom reopening at Cardinham Motor Group needs an LED wall, 18,200 — new deal", ready(cdeal(so, 2, amount=18200, product=LED)), ["product", "amount", "near_duplicate"])
add("cdl-007", C, ta, "Mithian Hospice Trust: show crew deal, 3.9k, close Dec 31", ready(cdeal(ta, 18, amount=3900, close=EODEC, product=CREW)), ["product", "date", "amount"])
add("cdl-008", C, an, "Tregonning Bank live stream, $12,500, Bleddyn Kestle is the contact — new deal", ready(cdeal(an, 10, amount=12500, product=STREAM, contact=8)), ["product", "amount", "contact"])
add("cdl-009", C, so, "new deal: Goonhavern Ice Show Lighting, 14,750, close date end of February", ready(cdeal(so, 20, amount=14750, close=EOFEB, name="Goonhavern Ice Show Lighting")), ["deal_name_colon", "date"])
add("cdl-010", C, cr, "Carnglaze Law PA system deal, 7k, already at Tech Spec, Aneirin's", ready(cdeal(cr, 7, stage=TS, amount=7000, product=PA, owner=an)), ["ownership", "stage"])
add("cdl-011", C, ta, "new live stream deal with Sanne Wearne at Gorran Medical Society, 9k", ready(cdeal(ta, 24, amount=9000, product=STREAM, contact=23)), ["contact", "product"])
add("cdl-012", C, an, "deal named Polglaze Cathedral Easter Vigil Sound please, for Polglaze Cathedral, 5.5k", ready(cdeal(an, 4, amount=5500, name="Polglaze Cathedral Easter Vigil Sound")), ["named", "amount", "shared_word"])
add("cdl-013", C, so, "Treloyhan Manor Hotel want staging for the New Year's Eve ball, 16,900, add the deal", ready(cdeal(so, 8, amount=16900, product=STAGE)), ["product", "amount"])
add("cdl-014", C, ta, "show crew for Penwithick Borough Council, twenty-one thousand, close Jan 15 — new deal", ready(cdeal(ta, 12, amount=21000, close="2038-01-15", product=CREW)), ["words", "product", "date", "year_roll"])
add("cdl-015", C, an, "Tresillian Insurance staff awards: lighting rig, 11k, closing December 10, new deal pls", ready(cdeal(an, 16, amount=11000, close="2037-12-10", product=LIGHT)), ["product", "date"])
add("cdl-016", C, so, "LED wall for Lanivet Festival, 64k, they've already pencilled us — new deal at Pencilled", ready(cdeal(so, 5, stage=PN, amount=64000, product=LED)), ["stage", "product", "stage_word"])
add("cdl-017", C, cr, "new Mylor Engineering deal for show crew at 3.2k", ready(cdeal(cr, 22, amount=3200, product=CREW)), ["product", "amount"])
add("cdl-018", C, ta, "new deal for Bodinnick Wedding Barns, lighting rig for the hay loft, ballpark 7k", ready(cdeal(ta, 6, amount=7000, product=LIGHT)), ["product", "amount", "stage_word"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, an, "called Eluned Chenoweth about the breakout rooms", ready(act(an, "call", contact=1)), ["call", "near_duplicate"])
add("act-002", C, so, "note on Kestle Mill Distillery: they're opening a second visitor centre in the spring", ready(act(so, "note", company=11)), ["note_on"])
add("act-003", C, ta, "emailed Donatella Curnow the festoon layout", ready(act(ta, "email", contact=11)), ["email"])
add("act-004", C, an, "Monday: sat down with Cathal Hosken at the cathedral", ready(act(an, "meeting", MON_P, contact=10)), ["meeting", "date"])
add("act-005", C, so, "left Ainhoa Angove a voicemail", ready(act(so, "call", contact=9)), ["call", "terse"])
add("act-006", C, ta, "dropped Octave Tregear a text about what time the reindeer turn up", ready(act(ta, "message", contact=20)), ["message"])
add("act-007", C, an, "did a recce at Carnglaze with Margaux Tonkin this morning", ready(act(an, "meeting", contact=6)), ["meeting", "stage_word"])
add("act-008", C, so, "Tuesday I was on the phone to Halvard Spargo about the power supply", ready(act(so, "call", TUE_P, contact=4)), ["call", "date", "near_duplicate"])
add("act-009", C, ta, "yesterday's meeting with Ettore Glasson, log it please", ready(act(ta, "meeting", YDAY, contact=12)), ["meeting", "date"])
add("act-010", C, an, "first thing this morning Solene Kneebone phoned me about the roadshow venues", ready(act(an, "call", contact=5)), ["call", "user_name_clash"])
add("act-011", C, so, "note on Trewidden Summit Keynote Staging: they want a thrust stage, not a proscenium", ready(act(so, "note", deal=23)), ["note_on", "deal_note"])
add("act-012", C, ta, "sent Lazare Opie some pics of the candle lanterns on WhatsApp", ready(act(ta, "message", contact=17)), ["message"])
add("act-013", C, an, "emailed the tech spec over to Gianluca Julyan", ready(act(an, "email", contact=14)), ["email", "stage_word"])
add("act-014", C, so, "grabbed a coffee with Noemie Retallack at the arena on Sunday", ready(act(so, "meeting", SUN_P, contact=19)), ["meeting", "date"])
add("act-015", C, ta, "spoke to Fiachra Tonkin about the pit lane screens", ready(act(ta, "call", contact=7)), ["call", "near_duplicate"])
add("act-016", C, an, "log a call with Aksel Trebilcock about the town hall budget", ready(act(an, "call", contact=26)), ["call"])
add("act-017", C, so, "note on Goonhavern Arena: loading dock is shut for resurfacing until January", ready(act(so, "note", company=20)), ["note_on"])
add("act-018", C, ta, "on Monday Halvard Menhenick gave me a tour of the great hall", ready(act(ta, "meeting", MON_P, contact=3)), ["meeting", "date", "near_duplicate"])
add("act-019", C, an, "Teams chat with Perrine Udy about the family day", ready(act(an, "message", contact=21)), ["message"])
add("act-020", C, so, "emailed Josselin Nankivell the stream overlay mock-ups", ready(act(so, "email", contact=16)), ["email"])
add("act-021", C, ta, "spoke to Sanne Wearne yesterday about Gorran Medical Congress Stream, all positive", ready(act(ta, "call", YDAY, contact=23, deal=35)), ["call", "date", "deal_link"])
add("act-022", C, an, "note on Tregonning Bank: a new head of events starts in January", ready(act(an, "note", company=10)), ["note_on"])
add("act-023", C, so, "took Rutger Venning to lunch last Friday", ready(act(so, "meeting", FRI_P, contact=22)), ["meeting", "date"])
add("act-024", C, cr, "log a note on Penwithick Borough Council: the road closure order for the switch-on has been approved", ready(act(cr, "note", company=12)), ["note_on"])
add("act-025", C, ta, "rang Koldo Mennear about the school workshops", ready(act(ta, "call", contact=42)), ["call"])
add("act-026", C, an, "fired off the ring PA price to Thibault Yelland by email", ready(act(an, "email", contact=24)), ["email"])
add("act-027", C, so, "Saturday — met Ilaria Kitto at the summit venue", ready(act(so, "meeting", SAT_P, contact=15)), ["meeting", "date"])
add("act-028", C, ta, "Octave Tregear returned my call this afternoon", ready(act(ta, "call", contact=20)), ["call", "today"])
add("act-029", C, so, "log an email to Wouter Eddy, sent him the launch guest numbers", ready(act(so, "email", contact=25)), ["email"])
add("act-030", C, an, "production meeting with Bleddyn Kestle on Tuesday", ready(act(an, "meeting", TUE_P, contact=8)), ["meeting", "date", "shared_word"])
add("act-031", C, ta, "note on Nanpean Pit Lane Screens: the track wants screens on both hairpins", ready(act(ta, "note", deal=20)), ["note_on", "deal_note"])
add("act-032", C, so, "texted Frode Whetter the crew parking details", ready(act(so, "message", contact=29)), ["message"])
add("act-033", C, an, "phone call with Ragnhild Sobey two days ago", ready(act(an, "call", TUE_P, contact=35)), ["call", "date"])
add("act-034", C, ta, "emailed Birgitte Rowse the graduation running order", ready(act(ta, "email", contact=27)), ["email"])
add("act-035", C, cr, "note on Lanivet Festival: next year's dates have moved to the August bank holiday", ready(act(cr, "note", company=5)), ["note_on"])
add("act-036", C, so, "saw Wouter Eddy at Kestle Mill today", ready(act(so, "meeting", contact=25)), ["meeting", "today"])
add("act-037", C, an, "sent Endika Grose an email on Sunday", ready(act(an, "email", SUN_P, contact=39)), ["email", "date"])
add("act-038", C, ta, "nerea nance, phone call, this morning", ready(act(ta, "call", contact=43)), ["call"])
add("act-039", C, so, "note on Treloyhan Ballroom LED Wall: the GM is asking about a permanent install", ready(act(so, "note", deal=14)), ["note_on", "deal_note"])
add("act-040", C, an, "got the delegate numbers from Eluned Chenoweth by email", ready(act(an, "email", contact=1)), ["email", "inbound"])
add("act-041", C, ta, "WhatsApp to Lazare Opie confirming the crew van parking — please log", ready(act(ta, "message", contact=17)), ["message", "stage_word"])
add("act-042", C, so, "popped in to see Sigvald Trudgeon at the arena on Monday", ready(act(so, "meeting", MON_P, contact=36)), ["meeting", "date"])

# ====================================================================== create_task
C = "create_task"
add("tsk-001", C, an, "tomorrow I need to send Eluned Chenoweth the breakout room floorplan, remind me", ready(task(an, TMRW, contact=1)), ["remind_me", "date", "near_duplicate"])
add("tsk-002", C, so, "need to chase Garazi Hichens about the PO, Monday", ready(task(so, MON, contact=40)), ["date", "terse"])
add("tsk-003", C, ta, "give me a nudge Tuesday to ring Fiorella Hambly", ready(task(ta, TUE, contact=13)), ["remind_me", "date"])
add("tsk-004", C, cr, "Solene needs to send the rigging certificates to Halvard Spargo by Wednesday, put it on her list", ready(task(cr, WED, contact=4, owner=so)), ["delegation", "ownership", "date"])
add("tsk-005", C, an, "follow-up with Cathal Hosken a week from today", ready(task(an, WEEK, contact=10)), ["date", "relative_date"])
add("tsk-006", C, so, "rehearsal slot for Trewidden Summit Keynote Staging needs booking before the month's out — reminder please", ready(task(so, EOM, deal=23)), ["remind_me", "date"])
add("tsk-007", C, ta, "to do — measure up the chapel at Mithian Hospice Trust", ready(task(ta, company=18)), ["terse", "company_only"])
add("tsk-008", C, an, "check back on Tregonning Bank AGM Stream in a fortnight", ready(task(an, TWO_WEEKS, deal=17)), ["remind_me", "date", "relative_date"])
add("tsk-009", C, cr, "Tadhg, lantern risk assessment to Lazare Opie by Friday please — make it a task for him", ready(task(cr, FRI, contact=17, owner=ta)), ["delegation", "ownership", "date"])
add("tsk-010", C, so, "once Frode Whetter confirms he's leaving Treloyhan I'll want to delete him, remind me", ready(task(so, contact=29)), ["remind_me", "not_a_write"])
add("tsk-011", C, ta, "Nov 24: call Oihane Odgers (reminder)", ready(task(ta, "2037-11-24", contact=44)), ["remind_me", "date"])
add("tsk-012", C, an, "don't let me forget to move Mylor Engineering Family Day to tech spec", ready(task(an, deal=34)), ["remind_me", "not_a_write", "stage_word"])
add("tsk-013", C, so, "Monday job: send Ilaria Kitto the revised keynote render", ready(task(so, MON, contact=15)), ["date"])
add("tsk-014", C, ta, "in 3 days remind me to chase Sanne Wearne for the speaker list", ready(task(ta, IN3, contact=23)), ["remind_me", "relative_date"])
add("tsk-015", C, an, "Polglaze Cathedral filming permit needs renewing by the end of December, task for me", ready(task(an, EODEC, company=4)), ["date", "company_only", "shared_word"])
add("tsk-016", C, cr, "get Aneirin to ring Ragnhild Sobey on Monday", ready(task(cr, MON, contact=35, owner=an)), ["delegation", "ownership", "date"])
add("tsk-017", C, so, "Tadhg should check the rigging points for Gweek Science Late Nights on Wednesday — add it to his tasks", ready(task(so, WED, deal=15, owner=ta)), ["delegation", "ownership", "date"])
add("tsk-018", C, ta, "the 20th — send Donatella Curnow the festoon options. reminder pls", ready(task(ta, WK_FRI, contact=11)), ["remind_me", "date"])
add("tsk-019", C, an, "ring Thibault Yelland tomorrow re the show ring, remind me", ready(task(an, TMRW, contact=24)), ["remind_me", "date"])
add("tsk-020", C, so, "visit to Cardinham Motor Group on Monday, stick it on my tasks", ready(task(so, MON, company=2)), ["company_only", "near_duplicate"])
add("tsk-021", C, ta, "I must take Nanpean Speedway off the mailing list at some point, remind me", ready(task(ta, company=15)), ["remind_me", "company_only"])
add("tsk-022", C, an, "after the show committee meets I'm going to give Stithians Show Marquee Lighting to Tadhg — remind me then", ready(task(an, deal=30)), ["remind_me", "not_a_write"])
add("tsk-023", C, so, "set me a follow-up on Kestle Mill Gin Launch for tomorrow", ready(task(so, FRI, deal=18)), ["date", "terse"])
add("tsk-024", C, ta, "the Perranwell Outlet Santa Parade quote runs out end of January, remind me to renew it then", ready(task(ta, EOJAN, deal=37)), ["remind_me", "date"])
add("tsk-025", C, cr, "task for Solene — Sigvald Trudgeon, rigging grid call, Tuesday", ready(task(cr, TUE, contact=36, owner=so)), ["delegation", "ownership", "date"])
add("tsk-026", C, an, "remind me to send Gianluca Julyan a bottle of something for the opening night", ready(task(an, contact=14)), ["remind_me"])
add("tsk-027", C, so, "Begona Coad needs chasing a week tomorrow", ready(task(so, WK_FRI, contact=38)), ["date", "relative_date"])
add("tsk-028", C, ta, "on December 2nd I want to double-check the Polglaze Graduation Live Stream close date, remind me", ready(task(ta, "2037-12-02", deal=8)), ["remind_me", "date"])
add("tsk-029", C, an, "Tuesday: ask Margaux Tonkin for the guest list", ready(task(an, TUE, contact=6)), ["remind_me", "date"])
add("tsk-030", C, so, "when the sponsor signs I need to mark Zelah Esports Finals Stream confirmed — reminder please", ready(task(so, deal=24)), ["remind_me", "not_a_write", "stage_word"])
add("tsk-031", C, ta, "call Koldo Mennear — due 11/19", ready(task(ta, WEEK, contact=42)), ["date", "terse"])
add("tsk-032", C, an, "Friday, tech spec to Maialen Quintrell, remind me", ready(task(an, FRI, contact=18)), ["remind_me", "stage_word"])
add("tsk-033", C, cr, "Tadhg to sort a recce at Bodinnick Wedding Barns before the end of the month — task for him", ready(task(cr, EOM, company=6, owner=ta)), ["delegation", "ownership", "stage_word"])
add("tsk-034", C, ta, "pencil in a call with Unai Penna for Monday", ready(task(ta, MON, contact=45)), ["stage_word", "date"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, an, "done — stage plot's gone to Eluned Chenoweth", ready(done(1)), ["done_task", "near_duplicate"])
add("cmp-002", C, ta, "I've confirmed load-in times with Polglaze for the graduation stream", ready(done(3)), ["done_task", "near_duplicate", "stage_word"])
add("cmp-003", C, so, "Lanivet recce is booked, that task can go", ready(done(7)), ["stage_word"])
add("cmp-004", C, so, "power requirements sent to Halvard Spargo ✔", ready(done(8)), ["done_task", "overdue"])
add("cmp-005", C, an, "had the partners dinner chat with Margaux Tonkin so you can tick off that task", ready(done(9)), ["done_task", "described_by_outcome"])
add("cmp-006", C, ta, "Lazare Opie has the candle-safe lighting options now — task done", ready(done(20)), ["done_task", "overdue"])
add("cmp-007", C, so, "the Ainhoa Angove rigging plan task is complete", ready(done(5)), ["task_title"])
add("cmp-008", C, an, "sent Cardinham Pharma the town hall camera options, close it out", ready(done(28)), ["done_task", "described_by_outcome"])
add("cmp-009", C, so, "got the venue passes off Noemie Retallack at last", ready(done(19)), ["done_task", "described_by_outcome", "overdue"])
add("cmp-010", C, so, "Treloyhan finally sent the ballroom drawings, so the chase task is done", ready(done(29)), ["done_task", "overdue"])
add("cmp-011", C, an, "Aksel Trebilcock's been added to the Christmas card list — mark it done", ready(done(32)), ["done_task", "described_by_outcome"])
add("cmp-012", C, ta, "done — Ettore's recce is booked in", ready(done(12)), ["done_task", "stage_word"])
add("cmp-013", C, an, "mark 'Call Solene Kneebone about the roadshow venues' as done", ready(done(42)), ["user_name_clash"])
add("cmp-014", C, an, "Maialen Quintrell filled me in on the regatta prize-giving, so that one can be closed", ready(done(33)), ["done_task", "described_by_outcome"])
add("cmp-015", C, ta, "Sanne Wearne has had the congress stream quote. done", ready(done(26)), ["done_task", "terse"])
add("cmp-016", C, so, "lighting plot finally reached Wouter Eddy, that one's off my list", ready(done(13)), ["done_task", "described_by_outcome", "overdue"])
add("cmp-017", C, an, "close my nave measurements task", ready(done(6)), ["overdue"])
add("cmp-018", C, so, "keynote render is with Ilaria Kitto — done and dusted", ready(done(16)), ["done_task"])
add("cmp-019", C, cr, "the Polglaze University PO chase is finished", ready(done(41)), ["shared_word"])
add("cmp-020", C, ta, "Donatella Curnow got the tech spec first thing, cross that task off", ready(done(10)), ["done_task", "described_by_outcome", "stage_word", "overdue"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, cr, "delete Unai Penna", ready(dc(45)), ["terse"])
add("del-002", C, cr, "bin the Goonhavern Arena Boxing Night deal", ready(dd(38)), [])
add("del-003", C, cr, "delete the company Porthallow Yacht Club", ready(dco(19)), [])
add("del-004", C, cr, "can you delete the contact Oihane Odgers", ready(dc(44)), ["polite"])
add("del-005", C, cr, "Mylor Engineering Family Day is a duplicate, please delete", ready(dd(34)), [])
add("del-006", C, cr, "Veryan Fashion Week has been cancelled for good, remove the company", ready(dco(23)), [])
add("del-007", C, cr, "Koldo Mennear has left Gweek — delete him", ready(dc(42)), [])
add("del-008", C, cr, "scrap the Tregonning Bank AGM Stream deal entirely, delete it", ready(dd(17)), [])
add("del-009", C, cr, "wipe Zelah Esports from the CRM", ready(dco(17)), [])
add("del-010", C, cr, "delete Nerea Nance and Endika Grose", ready(dc(43), dc(39)), ["multi"])
add("del-011", C, cr, "delete Stithians Show Marquee Lighting", ready(dd(30)), ["terse"])
add("del-012", C, cr, "please delete Mylor Engineering", ready(dco(22)), ["polite"])
add("del-013", C, cr, "Torunn Bazeley - delete", ready(dc(37)), ["terse"])
add("del-014", C, cr, "delete the deal Nanpean Pit Lane Screens", ready(dd(20)), [])
add("del-015", C, cr, "remove the Gorran Medical Dinner Lighting deal, it's from last year and long dead", ready(dd(36)), ["lost"])
add("del-016", C, cr, "delete Cardinham Motor Group", ready(dco(2)), ["near_duplicate"])
add("del-017", C, cr, "delete contact Garazi Hichens", ready(dc(40)), [])
add("del-018", C, cr, "delete Gorran Medical Society", ready(dco(24)), ["terse"])
add("del-019", C, cr, "Gweek Science Museum have their own AV team now; delete the company", ready(dco(9)), [])

# ====================================================================== bulk
C = "bulk"
BK = ["bulk_filter"]
add("blk-001", C, an, "every ballpark deal I own can go to recce", ready(*many(ud, [4, 17, 29, 30, 34], stage=RC)), BK + ["stage_word"])
add("blk-002", C, so, "all my tech spec deals, close date end of December please", ready(*many(ud, [6, 13, 23], close_date=EODEC)), BK + ["date"])
add("blk-003", C, ta, "both of my pencilled deals are confirmed 🙌", ready(*many(ud, [8, 35], stage=WON)), BK + ["won", "mobile"])
add("blk-004", C, cr, "Tadhg's lighting rig deals in Tech Spec or Recce that close by the end of December — move their close dates to January 15", ready(*many(ud, [10, 15, 25], close_date="2038-01-15")), BK + ["composed", "either_stage", "date_range"])
add("blk-005", C, so, "my LED wall deals should all be at Pencilled now", ready(*many(ud, [6, 14, 27], stage=PN)), BK + ["terse"])
add("blk-006", C, cr, "any live stream deal that's still a ballpark, move to recce", ready(*many(ud, [17, 24], stage=RC)), BK)
add("blk-007", C, an, "everything overdue on my task list is done, close them", ready(*many(done, [6, 15, 23])), BK + ["overdue"])
add("blk-008", C, so, "I've cleared my backlog, so all my overdue tasks can be marked complete", ready(*many(done, [8, 13, 19, 29])), BK + ["overdue"])
add("blk-009", C, cr, "all open tasks on Polglaze University — done", ready(*many(done, [3, 4, 41])), BK + ["shared_word"])
add("blk-010", C, cr, "clear out every Released deal, delete them", ready(*many(dd, [12, 22, 36])), BK + ["bulk_delete", "lost"])
add("blk-011", C, ta, "all the Penwithick Borough Council contacts should be prospects", ready(*many(uc, [13, 43], lifecycle_stage="prospect")), BK)
add("blk-012", C, an, "every lead I own → prospect", ready(*many(uc, [26, 31, 33, 35, 37, 39, 41], lifecycle_stage="prospect")), BK + ["terse"])
add("blk-013", C, so, "staging deals of mine — close them end of January", ready(*many(ud, [5, 23], close_date=EOJAN)), BK + ["terse"])
add("blk-014", C, cr, "any open deal whose close date has already passed: set it to November 30", ready(*many(ud, [27, 31], close_date=EOM)), BK + ["past_dated"])
add("blk-015", C, so, "I rang every client on my Pencilled deals this morning, log a call on each", ready(act(so, "call", deal=3), act(so, "call", deal=18, k=1)), BK + ["bulk_create"])
add("blk-016", C, an, "set me a Monday follow-up for each Cardinham Pharma deal", ready(task(an, MON, deal=1), task(an, MON, deal=2, k=1)), BK + ["bulk_create", "remind_me", "near_duplicate"])
add("blk-017", C, cr, "push the lighting rig deals that close before December 1 out to December 15", ready(*many(ud, [3, 18, 25], close_date="2037-12-15")), BK + ["date_range"])
add("blk-018", C, ta, "anything of mine closing in November, move to December 10", ready(*many(ud, [8, 25, 35], close_date="2037-12-10")), BK + ["date_range"])
add("blk-019", C, cr, "release every deal that's had no activity for 6 weeks", ready(*many(ud, [9, 17, 24, 29, 38], stage=LOST)), BK + ["no_activity"])
add("blk-020", C, an, "my PA deals over 10k — close date December 20", ready(*many(ud, [11, 21, 29], close_date="2037-12-20")), BK)
add("blk-021", C, cr, "Solene takes over every account Tadhg owns", ready(*many(uco, [3, 6, 9, 12, 15, 18, 21, 24], owner_id=4)), BK + ["ownership", "hand"])
add("blk-022", C, cr, "Solene's leads all go to Aneirin", ready(*many(uc, [29, 32, 40], owner_id=1)), BK + ["ownership", "hand"])
add("blk-023", C, so, "set Monday reminders to chase every deal of mine with nothing logged for three weeks", ready(task(so, MON, deal=14), task(so, MON, deal=24, k=1), task(so, MON, deal=38, k=2)), BK + ["bulk_create", "no_activity", "remind_me"])
add("blk-024", C, an, "my ballpark deals that close in January should close end of February instead", ready(*many(ud, [17, 30], close_date=EOFEB)), BK + ["date_range"])
add("blk-025", C, ta, "my recce deals under 25k, release them, the budgets have been cut", ready(*many(ud, [15, 19], stage=LOST)), BK + ["lost"])
add("blk-026", C, an, "live stream + show crew deals of mine → tech spec", ready(*many(ud, [2, 17, 31, 34], stage=TS)), BK)
add("blk-027", C, so, "my open Lanivet Festival tasks are all done", ready(*many(done, [2, 7])), BK)
add("blk-028", C, ta, "each of my recce deals slips a week — shift their close dates", ready(ud(15, close_date="2038-01-07"), ud(19, close_date="2037-12-27")), BK + ["relative_to_record"])
add("blk-029", C, cr, "give every Confirmed deal that closed in October to Tadhg", ready(*many(ud, [7, 16], owner_id=5)), BK + ["ownership", "won", "date_range"])
add("blk-030", C, ta, "anyone I own who's still a lead can move up to prospect", ready(*many(uc, [13, 27, 42, 43, 44, 45], lifecycle_stage="prospect")), BK)
add("blk-031", C, cr, "anything over 20k that's gone 30 days with no activity: close date January 31", ready(*many(ud, [14, 24, 29], close_date=EOJAN)), BK + ["no_activity"])
add("blk-032", C, an, "my deals closing between November 15 and November 30 — change the close date to December 18", ready(*many(ud, [11, 21], close_date="2037-12-18")), BK + ["date_range"])
add("blk-033", C, cr, "deals above 10k with no activity in the last two weeks, move to Tech Spec", ready(*many(ud, [9, 14, 19, 24, 29, 30, 38], stage=TS)), BK + ["no_activity"])
add("blk-034", C, cr, "every contact at Cardinham Motor Group should be Tadhg's", ready(*many(uc, [9, 40], owner_id=5)), BK + ["ownership", "hand", "near_duplicate"])
add("blk-035", C, ta, "release my ballpark and recce deals that haven't had any activity in three weeks", ready(*many(ud, [9, 19], stage=LOST)), BK + ["composed", "either_stage", "no_activity"])
add("blk-036", C, an, "PA and show crew deals of mine closing in December: push them to the end of January", ready(*many(ud, [4, 34], close_date=EOJAN)), BK + ["date_range"])
add("blk-037", C, cr, "hand Tadhg any of Aneirin's ballpark or recce deals that are under 20k, close by the end of January and have had nothing logged in two weeks", ready(*many(ud, [17, 30], owner_id=5)), BK + ["composed", "either_stage", "no_activity", "date_range", "ownership"])
add("blk-038", C, so, "lighting rig deals (mine): close date end of January", ready(*many(ud, [3, 18, 38], close_date=EOJAN)), BK)
add("blk-039", C, cr, "mark as Released: Solene's LED wall or live stream deals at Ballpark or Recce that close before the end of January and have had nothing logged for four weeks", ready(*many(ud, [14, 24], stage=LOST)), BK + ["composed", "either_stage", "no_activity", "date_range"])
add("blk-040", C, cr, "Aneirin's Released deals can be deleted, all of them", ready(*many(dd, [12, 22])), BK + ["bulk_delete"])
add("blk-041", C, cr, "complete all of Tadhg's overdue tasks", ready(*many(done, [10, 20])), BK + ["overdue"])
add("blk-042", C, so, "log a meeting against both Lanivet Festival deals, I was on site with them all day yesterday", ready(act(so, "meeting", YDAY, deal=5), act(so, "meeting", YDAY, deal=6, k=1)), BK + ["bulk_create", "date"])

# ====================================================================== multi_intent
C = "multi_intent"
MU = ["multi"]
add("mul-001", C, an, "caught up with Margaux Tonkin at the firm — Carnglaze Partners Dinner AV is Confirmed at 13k, remind me Monday", ready(act(an, "meeting", contact=6), ud(11, stage=WON, amount=13000), task(an, MON, contact=6, deal=11)), MU + ["clause_scope", "inherit"])
add("mul-002", C, ta, "phoned Halvard Menhenick: Polglaze Graduation Live Stream has gone to 25.8k", ready(act(ta, "call", contact=3), ud(8, amount=25800)), MU + ["clause_scope"])
add("mul-003", C, so, "sent Ilaria Kitto the stage render by email; Trewidden Summit Keynote Staging is Pencilled now", ready(act(so, "email", contact=15), ud(23, stage=PN)), MU + ["clause_scope"])
add("mul-004", C, an, "Cardinham Pharma Sales Conference: pencilled, close Dec 5", ready(ud(1, stage=PN, close_date="2037-12-05")), MU + ["same_record"])
add("mul-005", C, so, "Halvard Spargo rang — he wants the PA for the staff party too. Treloyhan Christmas Party PA to pencilled, and I need a reminder Monday to get him the quote", ready(act(so, "call", contact=4), ud(13, stage=PN), task(so, MON, contact=4)), MU + ["clause_scope", "pronoun"])
add("mul-006", C, ta, "met Dilwen Pengilly from Bodinnick Wedding Barns today, she's new — add her and log the meeting", ready(ccontact(ta, "Dilwen", "Pengilly", 6), act(ta, "meeting", contact=46, company=6)), MU + ["new_lead"])
add("mul-007", C, an, "Tresillian Insurance Roadshow 21.5k, closing December 8", ready(ud(31, close_date="2037-12-08", amount=21500)), MU + ["same_record", "terse", "past_dated"])
add("mul-008", C, so, "Kestle Mill Gin Launch is confirmed, I'll need a task for Monday to book the haze machine", ready(ud(18, stage=WON), task(so, MON, deal=18)), MU + ["inherit", "won"])
add("mul-009", C, ta, "rang Donatella Curnow; Bodinnick Barns Festoon Lighting now closing end of December", ready(act(ta, "call", contact=11), ud(10, close_date=EODEC)), MU + ["clause_scope"])
add("mul-010", C, cr, "Goonhavern Arena and Goonhavern Arena Concourse Screens both go to Aneirin", ready(uco(20, owner_id=1), ud(27, owner_id=1)), MU + ["ownership", "taking_over"])
add("mul-011", C, an, "note on Polglaze Cathedral: choir rehearsals overrun on weeknights — and Polglaze Cathedral Carol Service Sound should now close December 20", ready(act(an, "note", company=4), ud(4, close_date="2037-12-20")), MU + ["note_on", "clause_scope"])
add("mul-012", C, ta, "Gorran Medical Congress Stream confirmed 🎉 need to send Sanne Wearne the speaker briefing tomorrow, remind me", ready(ud(35, stage=WON), task(ta, TMRW, contact=23)), MU + ["clause_scope", "remind_me"])
add("mul-013", C, so, "Zelah Esports have a new head of partnerships, Eimear Kitchener — add her and remind me to call her Friday", ready(ccontact(so, "Eimear", "Kitchener", 17), task(so, FRI, contact=46, company=17)), MU + ["new_lead", "remind_me"])
add("mul-014", C, an, "Gianluca Julyan on the phone: Lamorran Winter Concert Sound moves to a December 2 close", ready(act(an, "call", contact=14), ud(21, close_date="2037-12-02")), MU + ["clause_scope"])
add("mul-015", C, ta, "Mithian Hospice Trust want a live stream too — 3k deal, and remind me Tuesday to send Lazare Opie the quote", ready(cdeal(ta, 18, amount=3000, product=STREAM), task(ta, TUE, contact=17)), MU + ["clause_scope"])
add("mul-016", C, so, "Lanivet Festival Second Stage to tech spec, Cardinham Motors Launch Night to confirmed", ready(ud(5, stage=TS), ud(3, stage=WON)), MU + ["terse"])
add("mul-017", C, cr, "Porthallow Yacht Club is Solene's now; also Ragnhild Sobey can be deleted", ready(uco(19, owner_id=4), dc(35)), MU + ["ownership", "hand"])
add("mul-018", C, an, "mains power at Carnglaze checked, task done — and log a call with Margaux Tonkin", ready(done(31), act(an, "call", contact=6)), MU + ["done_task"])
add("mul-019", C, so, "Treloyhan Christmas Party PA 10.2k, close Nov 28; Zelah Esports Finals Stream to recce", ready(ud(13, amount=10200, close_date="2037-11-28"), ud(24, stage=RC)), MU + ["terse"])
add("mul-020", C, ta, "emailed Fiorella Hambly. Penwithick Christmas Lights Switch-On → Pencilled. Nerea Nance → Solene", ready(act(ta, "email", contact=13), ud(32, stage=PN), uc(43, owner_id=4)), MU + ["ownership", "clause_scope"])
add("mul-021", C, an, "Friday at the showground with Thibault Yelland: he wants Stithians Show Ring PA at 33k. Remind me Monday to chase his committee minutes", ready(act(an, "meeting", FRI_P, contact=24), ud(29, amount=33000), task(an, MON, contact=24)), MU + ["clause_scope", "pronoun"])
add("mul-022", C, ta, "update Birgitte Rowse: email b.rowse@polglaze.ac.uk, phone 01632 960 744", ready(uc(27, email="b.rowse@polglaze.ac.uk", phone="01632 960 744")), MU + ["same_record", "phone"])
add("mul-023", C, so, "did a recce at Goonhavern Arena with Noemie Retallack this morning and move Goonhavern Arena Concourse Screens to tech spec", ready(act(so, "meeting", contact=19), ud(27, stage=TS)), MU + ["stage_word", "clause_scope"])
add("mul-024", C, cr, "new company Goldsithney Jazz Club, with Ottavio Bennetts as their contact", ready(ccompany(cr, "Goldsithney Jazz Club"), ccontact(cr, "Ottavio", "Bennetts", 26)), MU + ["new_lead"])
add("mul-025", C, an, "Cardinham Pharma Sales Conference confirmed, and make Eluned Chenoweth a customer", ready(ud(1, stage=WON), uc(1, lifecycle_stage="customer")), MU + ["won"])
add("mul-026", C, an, "called Solene Kneebone re roadshow venues; Friday reminder to send Magnhild Trevenna the crew list", ready(act(an, "call", contact=5), task(an, FRI, contact=33)), MU + ["clause_scope", "user_name_clash"])
add("mul-027", C, so, "both Lanivet deals moved: Main Stage Screens confirmed, Second Stage pencilled", ready(ud(6, stage=WON), ud(5, stage=PN)), MU + ["won"])
add("mul-028", C, an, "add a deal for Stithians Agricultural Show, staging for the sheep shearing arena, 8,900, close Jan 31, and note on Stithians Agricultural Show: next year's show runs three days not two", ready(cdeal(an, 25, amount=8900, close=EOJAN, product=STAGE), act(an, "note", company=25)), MU + ["note_on"])
add("mul-029", C, so, "emailed Halvard Spargo the power requirements, so log that and close the task", ready(act(so, "email", contact=4), done(8)), MU + ["overdue"])
add("mul-030", C, ta, "met Octave Tregear at the outlet this morning — Perranwell Outlet Santa Parade pencilled at 23k; remind me Tuesday", ready(act(ta, "meeting", contact=20), ud(37, stage=PN, amount=23000), task(ta, TUE, contact=20, deal=37)), MU + ["clause_scope", "inherit"])
add("mul-031", C, cr, "Zelah Esports → Aneirin, Goonhavern Arena → Tadhg", ready(uco(17, owner_id=1), uco(20, owner_id=5)), MU + ["ownership"])
add("mul-032", C, an, "Mylor Engineering Family Day 8.8k / Tregonning Bank AGM Stream 7.9k", ready(ud(34, amount=8800), ud(17, amount=7900)), MU + ["terse"])
add("mul-033", C, so, "texted Ainhoa Angove — Cardinham Motors Launch Night is confirmed — oh and Garazi Hichens is a prospect", ready(act(so, "message", contact=9), ud(3, stage=WON), uc(40, lifecycle_stage="prospect")), MU + ["clause_scope"])
add("mul-034", C, ta, "call with Ettore Glasson yesterday; Gweek Science Late Nights 16.2k, close Dec 18; remind me to call Ettore Glasson again on the 24th", ready(act(ta, "call", YDAY, contact=12), ud(15, amount=16200, close_date="2037-12-18"), task(ta, "2037-11-24", contact=12)), MU + ["clause_scope"])
add("mul-035", C, an, "Jorunn Pollard got promoted to Finance Director at Lamorran — she's an opportunity now, new email jorunn.pollard@lamorranoperahouse.org", ready(uc(31, lifecycle_stage="opportunity", email="jorunn.pollard@lamorranoperahouse.org")), MU + ["same_record", "job_title"])
add("mul-036", C, so, "recce with Eskil Uren done this morning, Lanivet Festival Second Stage can move to Tech Spec", ready(act(so, "meeting", contact=28), ud(5, stage=TS)), MU + ["stage_word", "clause_scope"])

# ====================================================================== reference (history)
C = "reference"
RF = ["history"]
add("ref-001", C, an, "the town hall one", ready(ud(2, stage=TS)), RF + ["pick_option", "shared_word"], ["move the Cardinham Pharma deal to tech spec"])
add("ref-002", C, so, "move the ballroom one to recce", ready(ud(14, stage=RC)), RF + ["after_question"], ["how many open deals has Treloyhan Manor Hotel got?"])
add("ref-003", C, ta, "Halvard Spargo", ready(act(ta, "call", contact=4)), RF + ["pick_option", "near_duplicate"], ["log a call with Halvard"])
add("ref-004", C, an, "log a quick call with her, I've just hung up", ready(act(an, "call", contact=18)), RF + ["after_question"], ["got a number for Maialen Quintrell?"])
add("ref-005", C, so, "oh and its close date should be December 12", ready(ud(6, close_date="2037-12-12")), RF, ["Lanivet Festival Main Stage Screens is at 74k"])
add("ref-006", C, ta, "plus a reminder to phone her on Tuesday", ready(task(ta, TUE, contact=11)), RF + ["pronoun"], ["emailed Donatella Curnow the festoon layout options"])
add("ref-007", C, cr, "move that account to Tadhg", ready(uco(13, owner_id=5)), RF + ["after_question", "ownership", "account_owner"], ["whose account is Lamorran Opera House?"])
add("ref-008", C, an, "Chenoweth", ready(act(an, "note", contact=1)), RF + ["pick_option", "last_name_only"], ["note on Eluned: wants every breakout room mic'd"])
add("ref-009", C, so, "put every one of those on Pencilled", ready(*many(ud, [6, 13, 23], stage=PN)), RF + ["after_question"], ["what have I got sitting in Tech Spec?"])
add("ref-010", C, ta, "the freshers ball one", ready(done(4)), RF + ["pick_option"], ["mark the Polglaze load-in task done"])
add("ref-011", C, an, "push the marquee one to end of February", ready(ud(30, close_date=EOFEB)), RF + ["after_question"], ["anything open at Stithians Agricultural Show?"])
add("ref-012", C, ta, "oh, and the amount's 17k", ready(ud(20, amount=17000)), RF, ["Nanpean Pit Lane Screens to pencilled"])
add("ref-013", C, cr, "release them all", ready(*many(ud, [9, 17, 24, 29, 38], stage=LOST)), RF + ["after_question", "no_activity"], ["list the deals that have gone six weeks without a touch"])
add("ref-014", C, so, "Rescorla", ready(act(so, "meeting", contact=2)), RF + ["pick_option", "last_name_only"], ["log a meeting with Eluned"])
add("ref-015", C, an, "stick a reminder in for me to ring her tomorrow", ready(task(an, TMRW, contact=5)), RF + ["after_question", "deal_contact", "user_name_clash"], ["who's our contact on Tresillian Insurance Roadshow?"])
add("ref-016", C, ta, "the pit lane one", ready(ud(20, amount=17500)), RF + ["pick_option"], ["the Nanpean deal is at 17.5k"])
add("ref-017", C, so, "his email's wouter@kestlemill.com now", ready(uc(25, email="wouter@kestlemill.com")), RF + ["pronoun"], ["Wouter Eddy rang about the gin launch guest list"])
add("ref-018", C, an, "put that deal at Pencilled", ready(ud(17, stage=PN)), RF + ["after_question"], ["tell me about Tregonning Bank AGM Stream"])
add("ref-019", C, cr, "tick every one of those off", ready(*many(done, [8, 13, 19, 29])), RF + ["after_question", "overdue"], ["list Solene's overdue tasks"])
add("ref-020", C, ta, "the university", ready(uco(3, owner_id=4)), RF + ["pick_option", "ownership", "shared_word"], ["hand Polglaze to Solene"])
add("ref-021", C, so, "he's an opportunity now", ready(uc(29, lifecycle_stage="opportunity")), RF + ["after_question"], ["Frode Whetter — who's he?"])
add("ref-022", C, an, "all of those can close December 18 instead", ready(*many(ud, [11, 21, 31], close_date="2037-12-18")), RF + ["after_question", "past_dated"], ["which of my deals are due to close before December?"])
add("ref-023", C, ta, "make it Wednesday not Friday", ready(task(ta, WED, contact=7)), RF + ["correction"], ["remind me to call Fiachra Friday"])
add("ref-024", C, cr, "the concourse one", ready(dd(27)), RF + ["pick_option"], ["delete the Goonhavern deal"])
add("ref-025", C, so, "I met Eskil Uren about it yesterday, log that", ready(act(so, "meeting", YDAY, contact=28, deal=6)), RF + ["after_question"], ["what's the latest on Lanivet Festival Main Stage Screens?"])
add("ref-026", C, an, "and bump him up to prospect", ready(uc(26, lifecycle_stage="prospect")), RF + ["pronoun"], ["log a call with Aksel Trebilcock"])
add("ref-027", C, ta, "set me a reminder for Monday to chase all of those", ready(task(ta, MON, deal=9), task(ta, MON, deal=19, k=1)), RF + ["after_question", "bulk_create", "no_activity"], ["which of my deals has nobody touched in a fortnight?"])
add("ref-028", C, so, "hang on, scrap that — they went with a cheaper firm, it's Released", ready(ud(18, stage=LOST)), RF + ["correction", "lost"], ["mark Kestle Mill Gin Launch as confirmed"])
add("ref-029", C, an, "the Cardinham one", ready(done(1)), RF + ["pick_option", "shared_word"], ["complete the Eluned stage plot task"])
add("ref-030", C, cr, "add a note to that company — their bookings manager changes in January", ready(act(cr, "note", company=20)), RF + ["after_question", "note_on"], ["where does Noemie Retallack work?"])
add("ref-031", C, ta, "should be 45k", ready(ud(25, amount=45000)), RF + ["after_question"], ["how much is Lamorran Gala Season Lighting for?"])

# ====================================================================== clarification
C = "clarification"
CL = ["clarification"]
add("clr-001", C, an, "Cardinham deal is confirmed!", clar("deals:1", "deals:2", "deals:3"), CL + ["shared_word"])
add("clr-002", C, ta, "just got off the phone with Eluned", clar("contacts:1", "contacts:2"), CL + ["near_duplicate"])
add("clr-003", C, so, "note on Halvard: prefers WhatsApp to email", clar("contacts:3", "contacts:4"), CL + ["near_duplicate", "note_on"])
add("clr-004", C, ta, "emailed Tonkin the running order", clar("contacts:6", "contacts:7"), CL + ["last_name_only"])
add("clr-005", C, cr, "Polglaze goes to Solene", clar("companies:3", "companies:4"), CL + ["shared_word", "ownership"])
add("clr-006", C, an, "note on Cardinham: new security passes from December", clar("companies:1", "companies:2"), CL + ["shared_word", "note_on"])
add("clr-007", C, so, "Lanivet Festival deal - 75k now", clar("deals:5", "deals:6"), CL + ["closed_not_offered"])
add("clr-008", C, ta, "mark the Polglaze load-in task done", clar("tasks:3", "tasks:4"), CL + ["near_duplicate"])
add("clr-009", C, cr, "done — sent the stage plot to Eluned", clar("tasks:1", "tasks:2"), CL + ["done_task", "near_duplicate"])
add("clr-010", C, an, "Goonhavern deal → tech spec", clar("deals:27", "deals:38"), CL)
add("clr-011", C, so, "the Treloyhan deal, close date end of January", clar("deals:13", "deals:14"), CL)
add("clr-012", C, ta, "Nanpean deal to pencilled", clar("deals:19", "deals:20"), CL + ["terse"])
add("clr-013", C, cr, "note on Kestle: prefers calls after 4pm", clar("companies:11", "contacts:8"), CL + ["note_on"])
add("clr-014", C, an, "the Polglaze University deal is at tech spec now", clar("deals:8", "deals:9"), CL)
add("clr-015", C, ta, "Lamorran deal's off, release it", clar("deals:21", "deals:25"), CL + ["lost", "closed_not_offered"])
add("clr-016", C, cr, "please delete Eluned", clar("contacts:1", "contacts:2"), CL + ["near_duplicate"])
add("clr-017", C, so, "new number for Halvard: 07700 900 382", clar("contacts:3", "contacts:4"), CL + ["phone", "near_duplicate"])
add("clr-018", C, an, "had breakfast with Tonkin", clar("contacts:6", "contacts:7"), CL + ["last_name_only"])
add("clr-019", C, ta, "Cardinham Pharma deal closing December 12", clar("deals:1", "deals:2"), CL)
add("clr-020", C, so, "note on Polglaze: they've got a new head of estates", clar("companies:3", "companies:4"), CL + ["shared_word", "note_on"])
add("clr-021", C, an, "Monday reminder: ring Halvard", clar("contacts:3", "contacts:4"), CL + ["remind_me"])
add("clr-022", C, ta, "give Cardinham to Aneirin", clar("companies:1", "companies:2"), CL + ["shared_word", "ownership"])
add("clr-023", C, so, "Eluned wants her stage plot by Friday - log a note", clar("contacts:1", "contacts:2"), CL + ["near_duplicate"])
add("clr-024", C, an, "Stithians deal → recce", clar("deals:29", "deals:30"), CL + ["terse"])

# ====================================================================== refusal
C = "refusal"
RV = ["refusal", "reviewer"]
add("rfs-001", C, fe, "move Polglaze Graduation Live Stream to Confirmed", rej("reviewer"), RV)
add("rfs-002", C, fe, "log a call with Eluned Chenoweth", rej("reviewer"), RV)
add("rfs-003", C, fe, "delete Unai Penna", rej("reviewer"), RV)
add("rfs-004", C, an, "delete Aksel Trebilcock", rej("admin"), ["refusal", "rep_delete"])
add("rfs-005", C, so, "delete the Treloyhan Ballroom LED Wall deal", rej("admin"), ["refusal", "rep_delete"])
add("rfs-006", C, ta, "get rid of every Released deal", rej("admin"), ["refusal", "rep_delete", "bulk_delete"])
add("rfs-007", C, an, "Cardinham Pharma Sales Conference is in negotiation now", rej("negotiation"), ["refusal", "unknown_stage"])
add("rfs-008", C, so, "put Zelah Esports Finals Stream at Proposal", rej("proposal"), ["refusal", "unknown_stage"])
add("rfs-009", C, ta, "hand Bodinnick Barns Festoon Lighting to Priya", rej("priya"), ["refusal", "unknown_user"])
add("rfs-010", C, cr, "give Veryan Fashion Week to Isobel", rej("isobel"), ["refusal", "unknown_user"])
add("rfs-011", C, an, "knock Mylor Engineering Family Day down to minus 3k", rej("negative"), ["refusal", "negative_amount"])
add("rfs-012", C, so, "Kestle Mill Gin Launch amount -2,400", rej("negative"), ["refusal", "negative_amount"])
add("rfs-013", C, ta, "email for Sanne Wearne: sanne at gorran", rej("email"), ["refusal", "bad_email"])
add("rfs-014", C, fe, "hand all of Aneirin's leads to Tadhg", rej("reviewer"), RV + ["bulk"])
add("rfs-015", C, an, "move Tresillian Insurance Roadshow to Site Audit", rej("site audit"), ["refusal", "unknown_stage"])
add("rfs-016", C, so, "mark Oddny Rodda as VIP", rej("vip"), ["refusal", "unknown_lifecycle"])
add("rfs-017", C, cr, "move Penwithick Christmas Lights Switch-On to Walkthrough", rej("walkthrough"), ["refusal", "unknown_stage"])
add("rfs-018", C, fe, "remind me Friday to call Ilaria Kitto", rej("reviewer"), RV + ["remind_me"])
add("rfs-019", C, ta, "delete Fiachra Tonkin", rej("admin"), ["refusal", "rep_delete"])
add("rfs-020", C, an, "give Porthallow Yacht Club to Ruaridh", rej("ruaridh"), ["refusal", "unknown_user"])
add("rfs-021", C, so, "Trewidden Summit Keynote Staging to Contracted", rej("contracted"), ["refusal", "unknown_stage"])
add("rfs-022", C, fe, "new deal for Veryan Fashion Week, staging, 30k", rej("reviewer"), RV)
add("rfs-023", C, ta, "Nanpean Pit Lane Screens amount should be -1,200", rej("negative"), ["refusal", "negative_amount"])
add("rfs-024", C, cr, "move Lanivet Festival Second Stage to Qualified", rej("qualified"), ["refusal", "unknown_stage"])
add("rfs-025", C, so, "set Ilaria Kitto's lifecycle to platinum", rej("platinum"), ["refusal", "unknown_lifecycle"])
add("rfs-026", C, ta, "Polglaze Graduation Live Stream to Mobilised", rej("mobilised"), ["refusal", "unknown_stage"])

# ====================================================================== negation
C = "negation"
NG = ["negation"]
add("neg-001", C, an, "hold off confirming Cardinham Pharma Sales Conference for now", nochange(), NG)
add("neg-002", C, so, "only nipped into Kestle Mill to drop off a cable, nothing to record", nochange(), NG + ["description"])
add("neg-003", C, ta, "Gorran Medical Congress Stream isn't won yet — Tech Spec is where it should be", ready(ud(35, stage=TS)), NG)
add("neg-004", C, an, "oh forget it, ignore what I just said", nochange(), NG + ["never_mind"])
add("neg-005", C, cr, "Lamorran Winter Concert Sound stays on Pencilled, don't touch it", nochange(), NG + ["already"])
add("neg-006", C, so, "amount on Lanivet Festival Second Stage is fine; only the close date changes, to December 20", ready(ud(5, close_date="2037-12-20")), NG)
add("neg-007", C, ta, "Perranwell Outlet Santa Parade — Recce, not Ballpark", ready(ud(37, stage=RC)), NG)
add("neg-008", C, an, "actually, don't bother, leave it where it was", nochange(), NG + ["never_mind", "history"], ["move Tregonning Bank AGM Stream to Released"])
add("neg-009", C, so, "no deleting — Frode Whetter just becomes a prospect", ready(uc(29, lifecycle_stage="prospect")), NG)
add("neg-010", C, ta, "recce at the speedway on Friday was a freebie, don't bother logging it", nochange(), NG + ["description", "stage_word"])
add("neg-011", C, an, "skip the reminder, I phoned Perrine Udy — log that", ready(act(an, "call", contact=21)), NG)
add("neg-012", C, so, "Zelah Esports isn't going to anyone, leave the owner", nochange(), NG)
add("neg-013", C, ta, "Gweek Science Late Nights — amount unchanged at 15.8k", nochange(), NG + ["already"])
add("neg-014", C, an, "not logging the Gianluca Julyan call, but I do need a Tuesday reminder to email him", ready(task(an, TUE, contact=14)), NG + ["remind_me"])
add("neg-015", C, cr, "don't delete Mylor Engineering just yet", nochange(), NG)
add("neg-016", C, so, "the crew finished the tech rehearsal at Trewidden on Sunday, the producers loved it", nochange(), NG + ["description", "stage_word"])
add("neg-017", C, ta, "Lamorran Gala Season Lighting is staying mine, no owner change", nochange(), NG + ["account_owner"])
add("neg-018", C, an, "Lamorran Winter Concert Sound isn't slipping, still the 16th", nochange(), NG + ["already"])
add("neg-019", C, so, "already emailed Ainhoa Angove so no task needed, just record the email", ready(act(so, "email", contact=9)), NG)
add("neg-020", C, ta, "nobody released Polglaze Graduation Live Stream, it's still pencilled", nochange(), NG + ["already", "stage_word"])
add("neg-021", C, cr, "Porthallow Yacht Club stays in the CRM please, Aneirin is still working on them", nochange(), NG + ["polite"])
add("neg-022", C, an, "Tregonning AGM isn't 9k, it's 9.3k", ready(ud(17, amount=9300)), NG + ["correction"])
add("neg-023", C, so, "Treloyhan Christmas Party PA isn't confirmed, it's released — they're keeping the in-house band", ready(ud(13, stage=LOST)), NG + ["lost"])
add("neg-024", C, ta, "got three recces lined up next week, nothing to change", nochange(), NG + ["description", "stage_word"])
add("neg-025", C, an, "nah cancel that one, I'll sort it myself later", nochange(), NG + ["never_mind", "history"], ["Stithians Show Ring PA to 36k"])
add("neg-026", C, so, "instead of releasing Zelah Esports Finals Stream, push its close date to end of February", ready(ud(24, close_date=EOFEB)), NG + ["instead_of"])
add("neg-027", C, ta, "forget the reminder — just put a note on Nanpean Speedway: new track manager from January", ready(act(ta, "note", company=15)), NG + ["note_on"])

# ====================================================================== correction
C = "correction"
CR = ["correction"]
add("cor-001", C, an, "Mylor Engineering Family Day 8k — no sorry, 8.4k", ready(ud(34, amount=8400)), CR)
add("cor-002", C, so, "remind me Tuesday to call Kjetil Penhale... actually Wednesday", ready(task(so, WED, contact=32)), CR + ["remind_me"])
add("cor-003", C, ta, "Lazare Opie's email is lazare@mithian.org, no wait, lazare.opie@mithianhospice.org.uk", ready(uc(17, email="lazare.opie@mithianhospice.org.uk")), CR + ["email"])
add("cor-004", C, an, "Stithians Show Marquee Lighting to recce — scratch that — tech spec", ready(ud(30, stage=TS)), CR + ["scratch_that"])
add("cor-005", C, so, "log a call with Noemie Retallack — actually it was face to face, make it a meeting", ready(act(so, "meeting", contact=19)), CR + ["instead_of"])
add("cor-006", C, ta, "Nanpean Speedway Season Opener PA closes December 14... sorry, the 21st", ready(ud(19, close_date="2037-12-21")), CR)
add("cor-007", C, cr, "Gweek Science Museum to Aneirin — hang on, Solene, not Aneirin", ready(uco(9, owner_id=4)), CR + ["ownership"])
add("cor-008", C, an, "Lamorran Winter Concert Sound is 19.5k, or rather 19.8k after the extra mics", ready(ud(21, amount=19800)), CR)
add("cor-009", C, so, "Cardinham Motors Launch Night should say Confirmed instead of Pencilled", ready(ud(3, stage=WON)), CR + ["instead_of"])
add("cor-010", C, ta, "remind me to send Octave Tregear the parade route tomorrow — no, Monday", ready(task(ta, MON, contact=20)), CR + ["remind_me"])
add("cor-011", C, an, "new contact Cadfael Trounson at Tresillian Insurance, email cadfael@tresillian-insurance.co - .com not .co", ready(ccontact(an, "Cadfael", "Trounson", 16, email="cadfael@tresillian-insurance.com")), CR + ["new_lead"])
add("cor-012", C, so, "Zelah Esports Finals Stream 30k, scratch that, 29,250", ready(ud(24, amount=29250)), CR + ["scratch_that"])
add("cor-013", C, ta, "meeting with Octave Tregear yesterday... no wait, Tuesday", ready(act(ta, "meeting", TUE_P, contact=20)), CR)
add("cor-014", C, cr, "Mithian Hospice Candlelight Concert belongs in Pencilled rather than Tech Spec", ready(ud(28, stage=PN)), CR + ["instead_of"])
add("cor-015", C, an, "Maialen Quintrell's number: 020 7946 0517, sorry typo, 020 7946 0571", ready(uc(18, phone="020 7946 0571")), CR + ["phone"])

# ====================================================================== typo
C = "typo"
TY = ["typo"]
add("typ-001", C, an, "cardinham pharma sales confernce shld be pencild now", ready(ud(1, stage=PN)), TY + ["multi_typo", "lowercase"])
add("typ-002", C, so, "lanivet festivel main stage screnes amout 74k", ready(ud(6, amount=74000)), TY + ["multi_typo", "lowercase"])
add("typ-003", C, ta, "loged a cal with Donatela Curnow", ready(act(ta, "call", contact=11)), TY + ["multi_typo"])
add("typ-004", C, an, "remnid me tomorow to chase Cathal Hoskin", ready(task(an, TMRW, contact=10)), TY + ["multi_typo", "remind_me"])
add("typ-005", C, so, "Kestle Mill Gin Lanch is confrimed", ready(ud(18, stage=WON)), TY + ["multi_typo"])
add("typ-006", C, ta, "Nanpean Pit Lane Screns close dat end of janaury", ready(ud(20, close_date=EOJAN)), TY + ["multi_typo"])
add("typ-007", C, an, "ntoe on Porthalow Yacht Club: new commodore from april", ready(act(an, "note", company=19)), TY + ["multi_typo", "note_on"])
add("typ-008", C, so, "Noemie Retalack is a custmer now", ready(uc(19, lifecycle_stage="customer")), TY + ["multi_typo"])
add("typ-009", C, ta, "Bodinick Barns Festoon Lightng to pencilld", ready(ud(10, stage=PN)), TY + ["multi_typo"])
add("typ-010", C, cr, "delet Torunn Bazely", ready(dc(37)), TY + ["multi_typo"])
add("typ-011", C, an, "Tregonning Bank AGM Steam -> teck spec", ready(ud(17, stage=TS)), TY + ["multi_typo"])
add("typ-012", C, so, "emaild Ilaria Kito teh stage render", ready(act(so, "email", contact=15)), TY + ["multi_typo"])
add("typ-013", C, ta, "Gweek Sceince Late Nigths ammount 16,750", ready(ud(15, amount=16750)), TY + ["multi_typo"])
add("typ-014", C, an, "Tresilian Insurance Roadshow clsoe date dec 9", ready(ud(31, close_date="2037-12-09")), TY + ["multi_typo", "past_dated"])
add("typ-015", C, so, "compelte the task to send the lighting plot to Wouter Edy", ready(done(13)), TY + ["multi_typo", "overdue"])
add("typ-016", C, ta, "Perranwel Outlet Santa Parde to recce", ready(ud(37, stage=RC)), TY + ["multi_typo"])

# ====================================================================== unsupported
C = "unsupported"
UN = ["unsupported"]
add("uns-001", C, an, "can you move my Cathal Hosken task to the end of the month?", rej(""), UN + ["reschedule"])
add("uns-002", C, so, "that call I logged with Ainhoa Angove yesterday — get rid of it", rej(""), UN + ["activity_edit"])
add("uns-003", C, ta, "combine Halvard Menhenick and Birgitte Rowse into one contact", rej(""), UN + ["merge"])
add("uns-004", C, an, "rename the stage plot task for Eluned Chenoweth to 'Send final stage plot'", rej(""), UN + ["rename"])
add("uns-005", C, so, "the caster desk drawings task isn't needed any more, cancel it", rej(""), UN + ["cancel"])
add("uns-006", C, ta, "can I get my pipeline as a CSV?", rej(""), UN + ["export"])
add("uns-007", C, cr, "reopen the Tregonning awards dinner crew task", rej(""), UN + ["reopen"])
add("uns-008", C, an, "my meeting with Cathal Hosken was actually Tuesday, fix the date on it", rej(""), UN + ["activity_edit"])
add("uns-009", C, so, "reassign my streaming test task to Tadhg", rej(""), UN + ["reassign"])
add("uns-010", C, ta, "draw up a lighting plot for Bodinnick Wedding Barns", rej(""), UN)
add("uns-011", C, cr, "print the tech spec for Lanivet Festival Main Stage Screens", rej(""), UN + ["stage_word"])
add("uns-012", C, ta, "push my task with Ettore Glasson back to next month", rej(""), UN + ["reschedule"])
add("uns-013", C, so, "send Josselin Nankivell an email from the CRM saying we're running late", rej(""), UN + ["send_email"])

# ====================================================================== voices (rambling, wrapper, formal, formal_email, non_native, dictation, mobile)
add("act-043", "log_activity", an, "right, just back from the cathedral - walked the whole nave with Cathal Hosken, the old speakers are literally held up with cable ties, he had a stinking cold and kept sneezing on the drawings, anyway log that as a meeting", ready(act(an, "meeting", contact=10)), ["rambling", "meeting"])
add("mul-037", "multi_intent", so, "long day. Drove over to Treloyhan Manor Hotel after lunch and spent two hours in the ballroom with Halvard Spargo, the rigging points are all certified so Treloyhan Christmas Party PA can move to Pencilled, and I promised I'd get him the crew list by Friday so remind me", ready(act(so, "meeting", contact=4), ud(13, stage=PN), task(so, FRI, contact=4)), ["rambling", "multi", "clause_scope", "pronoun"])
add("act-044", "log_activity", ta, "so the Bodinnick visit - Donatella Curnow showed me round both barns, the beams are perfect for festoon, she reckons her couples will pay for anything under 10k. anyway, log a meeting with her for today, nothing else for now", ready(act(ta, "meeting", contact=11)), ["rambling", "meeting"])
add("tsk-035", "create_task", an, "had a wander round the yacht club with Maialen this morning, no need to log the walk itself, but the clubhouse PA is ancient and I want a reminder to send her our portable PA options by Tuesday", ready(task(an, TUE, contact=18)), ["rambling", "remind_me", "negation"])
add("upd-058", "update_deal", ta, "quick brain dump after the speedway visit: Fiachra Tonkin walked me round the pits, they've already got screens on the main straight, so Nanpean Pit Lane Screens comes down to 12k. don't log the visit, I'll write it up properly later", ready(ud(20, amount=12000)), ["rambling", "amount", "negation"])
add("tsk-036", "create_task", so, "ok so Zelah — Josselin Nankivell was going on about the spring split again, casters, overlays, half of it went over my head tbh, not worth logging, but remind me Monday to send him the overlay mock-ups, that's the main thing", ready(task(so, MON, contact=16)), ["rambling", "remind_me", "negation"])
add("upd-059", "update_deal", so, "hiya, sorry to be a pain — could Cardinham Motors Launch Night go back to Tech Spec? the dealer wants to redo the lighting. ta x", ready(ud(3, stage=TS)), ["wrapper", "polite", "stage", "near_duplicate"])
add("act-045", "log_activity", an, "I was hoping you could log a call with Jorunn Pollard for me, we went through the concert budget, cheers", ready(act(an, "call", contact=31)), ["wrapper", "polite", "call"])
add("upd-060", "update_deal", ta, "would you be an angel and set Mithian Hospice Candlelight Concert's amount to 5,600? thank you!", ready(ud(28, amount=5600)), ["wrapper", "polite", "amount"])
add("uct-018", "update_contact", cr, "Morning all! Could somebody mark Oihane Odgers as a prospect? Much appreciated", ready(uc(44, lifecycle_stage="prospect")), ["wrapper", "polite", "lifecycle"])
add("own-019", "ownership", so, "apologies for the bother - can you hand the Kestle Mill Gin Launch deal to Tadhg? he's covering the distillery while I'm on leave. thanks!", ready(ud(18, owner_id=5)), ["wrapper", "polite", "ownership", "hand"])
add("own-020", "ownership", cr, "Please record that Carnglaze Law has been reassigned to Solene Carlyon.", ready(uco(7, owner_id=4)), ["formal", "ownership"])
add("upd-061", "update_deal", an, "Kindly amend the close date of Cardinham Pharma Town Hall Stream to 15 January 2038.", ready(ud(2, close_date="2038-01-15")), ["formal", "date"])
add("tsk-037", "create_task", so, "Please create a follow-up task, due on 18 November, to contact Kjetil Penhale regarding sponsorship.", ready(task(so, WED, contact=32)), ["formal", "date"])
add("upd-062", "update_deal", ta, "I would like the Penwithick Christmas Lights Switch-On opportunity to be moved to the Confirmed stage.", ready(ud(32, stage=WON)), ["formal", "stage", "won"])
add("act-046", "log_activity", cr, "Please record that I held a telephone conversation with Perrine Udy this morning.", ready(act(cr, "call", contact=21)), ["formal", "call"])
add("upd-063", "update_deal", an, "Hi team,\n\nJust to let you know that Carnglaze Partners Dinner AV has now been confirmed by the partners; please update the stage accordingly.\n\nBest,\nAneirin", ready(ud(11, stage=WON)), ["formal_email", "won", "stage_word"])
add("mul-038", "multi_intent", so, "Dear CRM, further to today's meeting with Eskil Uren at Lanivet, please log the meeting and move Lanivet Festival Main Stage Screens to Pencilled. Kind regards, Solene", ready(act(so, "meeting", contact=28), ud(6, stage=PN)), ["formal_email", "multi", "clause_scope"])
add("uct-019", "update_contact", ta, "To whom it may concern - Gweek Science Museum have confirmed that Koldo Mennear will handle their school events; his email address is koldo.m@gweekscience.org. Best, T.", ready(uc(42, email="koldo.m@gweekscience.org")), ["formal_email", "email", "stage_word"])
add("cct-018", "create_contact", cr, "Good afternoon, please add Marcella Treweek as a contact at Lamorran Opera House (marcella.treweek@lamorranopera.org). She is their new Head of Development. Regards, Corrado", ready(ccontact(cr, "Marcella", "Treweek", 13, email="marcella.treweek@lamorranopera.org")), ["formal_email", "new_lead", "job_title"])
add("upd-064", "update_deal", an, "Good morning both, for the record: Stithians Show Ring PA was signed at 32,800 last night. Could the CRM reflect this? Thanks, Aneirin", ready(ud(29, stage=WON, amount=32800)), ["formal_email", "won", "amount"])
add("upd-065", "update_deal", so, "the Zelah Esports Finals Stream, client accept the price of 30k, you can change it please", ready(ud(24, amount=30000)), ["non_native", "amount"])
add("act-047", "log_activity", ta, "I have speak with Fiorella Hambly by telephone today morning", ready(act(ta, "call", contact=13)), ["non_native", "call"])
add("upd-066", "update_deal", an, "Tregonning Bank AGM Stream it must go in recce, they want that we visit the hall", ready(ud(17, stage=RC)), ["non_native", "stage"])
add("tsk-038", "create_task", so, "remember me for send Rutger Venning the catwalk lighting on monday please", ready(task(so, MON, contact=22)), ["non_native", "remind_me"])
add("upd-067", "update_deal", ta, "for Gorran Medical Congress Stream the closing will be in end of december, please modify", ready(ud(35, close_date=EODEC)), ["non_native", "date"])
add("mul-039", "multi_intent", an, "log a call with Thibault Yelland today he wants the ring PA louder this year and move Stithians Show Ring PA to recce", ready(act(an, "call", contact=24), ud(29, stage=RC)), ["dictation", "multi", "clause_scope"])
add("mul-040", "multi_intent", so, "emailed Begona Coad the catwalk budget this morning remind me to chase her on monday", ready(act(so, "email", contact=38), task(so, MON, contact=38)), ["dictation", "multi", "pronoun"])
add("upd-068", "update_deal", ta, "Polglaze Freshers Ball Lighting amount eighteen thousand two hundred close date end of january", ready(ud(9, amount=18200, close_date=EOJAN)), ["dictation", "words", "same_record"])
add("mul-041", "multi_intent", an, "Endika Grose is a prospect now and Tadhg looks after him from today", ready(uc(39, lifecycle_stage="prospect", owner_id=5)), ["dictation", "multi", "same_record", "ownership"])
add("del-020", "delete", cr, "delete the company Perranwell Outlet Village and the deal Perranwell Outlet Santa Parade", ready(dco(21), dd(37)), ["dictation", "multi"])
add("upd-069", "update_deal", so, "goonhavern boxing night 15k thx", ready(ud(38, amount=15000)), ["mobile", "lowercase", "amount"])
add("act-048", "log_activity", ta, "sent octave tregear a quick txt abt the parade", ready(act(ta, "message", contact=20)), ["mobile", "lowercase", "message"])
add("upd-070", "update_deal", an, "mylor family day close end of jan ta", ready(ud(34, close_date=EOJAN)), ["mobile", "lowercase", "date"])
add("tsk-039", "create_task", an, "remind me on Jan 12 to renew the Polglaze Cathedral filming permit", ready(task(an, "2038-01-12", company=4)), ["remind_me", "year_roll", "company_only", "mobile"])
add("uns-014", "unsupported", ta, "push my load-in task for the graduation to next week", rej(""), ["unsupported", "reschedule", "mobile"])

# ====================================================================== questions (answers from validate_eleventh.QUESTIONS)
C = "question"
QS = [
    ("qst-001", fe, "what have we got going with Cardinham Pharma?", ["company_deals", "near_duplicate", "shared_word"]),
    ("qst-002", cr, "every Lanivet Festival deal please, closed ones too", ["company_deals", "closed_included"]),
    ("qst-003", an, "which of my deals are due to close before December?", ["closing", "my", "past_dated"]),
    ("qst-004", fe, "how many deals are pencilled at the moment?", ["count", "stage_word"]),
    ("qst-005", cr, "what does Aneirin's open pipeline come to?", ["pipeline"]),
    ("qst-006", so, "what's Halvard Spargo's number?", ["contact_info", "near_duplicate"]),
    ("qst-007", fe, "who looks after the Cardinham Motor Group account?", ["account_owner", "near_duplicate"]),
    ("qst-008", an, "when did anyone last talk to Eluned Chenoweth?", ["last_touch", "near_duplicate"]),
    ("qst-009", fe, "which open deals have been untouched for 4 weeks?", ["stale_deals", "no_activity"]),
    ("qst-010", an, "what's still on my to-do list?", ["tasks", "my"]),
    ("qst-011", so, "have I got anything overdue?", ["tasks", "overdue", "my"]),
    ("qst-012", fe, "what have we confirmed this year?", ["won_lost", "won", "stage_word"]),
    ("qst-013", cr, "which deals got released?", ["won_lost", "lost", "stage_word"]),
    ("qst-014", fe, "what's our single most valuable open deal?", ["biggest_deal"]),
    ("qst-015", cr, "what's the average open deal size?", ["average_deal", "terse"]),
    ("qst-016", an, "who's our contact on Tresillian Insurance Roadshow?", ["deal_contact", "user_name_clash"]),
    ("qst-017", fe, "who owns Lamorran Gala Season Lighting?", ["deal_owner", "account_owner"]),
    ("qst-018", cr, "whose account is Lamorran Opera House?", ["account_owner"]),
    ("qst-019", so, "how many open deals has Treloyhan Manor Hotel got?", ["count", "company_deals"]),
    ("qst-020", an, "got a number for Maialen Quintrell?", ["contact_info"]),
    ("qst-021", so, "what have I got sitting in Tech Spec?", ["pipeline", "my", "stage_word"]),
    ("qst-022", an, "anything open at Stithians Agricultural Show?", ["company_deals"]),
    ("qst-023", fe, "list the deals that have gone six weeks without a touch", ["stale_deals", "no_activity"]),
    ("qst-024", cr, "list Solene's overdue tasks", ["tasks", "overdue"]),
    ("qst-025", so, "Frode Whetter — who's he?", ["contact_info"]),
    ("qst-026", cr, "where does Noemie Retallack work?", ["contact_info"]),
    ("qst-027", ta, "which of my deals has nobody touched in a fortnight?", ["stale_deals", "my"]),
    ("qst-028", ta, "how much is Lamorran Gala Season Lighting for?", ["deal_amount"]),
    ("qst-029", fe, "total value at Pencilled?", ["pipeline", "stage_word"]),
    ("qst-030", cr, "how many open deals does Tadhg have?", ["count"]),
    ("qst-031", fe, "on average how big are Tadhg's open deals?", ["average_deal"]),
    ("qst-032", so, "which of my open deals is the largest?", ["biggest_deal", "my"]),
    ("qst-033", ta, "how many activities have I put in so far today?", ["today", "count", "my"]),
    ("qst-034", an, "tasks of mine due this week?", ["tasks", "this_week", "my"]),
    ("qst-035", ta, "what's on my plate this week task-wise?", ["tasks", "this_week", "my", "near_duplicate"]),
    ("qst-036", fe, "Lamorran Winter Concert Sound — close date?", ["closing"]),
    ("qst-037", cr, "where's Perranwell Outlet Santa Parade in the pipeline?", ["stage"]),
    ("qst-038", an, "email address for Eluned Rescorla please", ["contact_info", "near_duplicate"]),
    ("qst-039", so, "who do we know at Zelah Esports?", ["company_contacts"]),
    ("qst-040", fe, "who are our contacts at Cardinham Pharma?", ["company_contacts", "shared_word"]),
    ("qst-041", cr, "how many people do we have on file at Goonhavern Arena?", ["count", "company_contacts"]),
    ("qst-042", fe, "what's due to close in December?", ["closing"]),
    ("qst-043", so, "add up my open deals for me", ["pipeline", "my"]),
    ("qst-044", fe, "how many deals have we confirmed this year?", ["won_lost", "won", "count"]),
    ("qst-045", cr, "what's the total we've confirmed in 2037?", ["won_lost", "won"]),
    ("qst-046", ta, "which of my deals have been released?", ["won_lost", "lost", "my"]),
    ("qst-047", fe, "last activity on Polglaze Freshers Ball Lighting was when?", ["last_touch", "shared_word"]),
    ("qst-048", an, "date of my most recent activity on Tregonning Bank AGM Stream?", ["last_touch"]),
    ("qst-049", so, "which of my deals have gone three weeks with nothing logged?", ["stale_deals", "my"]),
    ("qst-050", cr, "value of Gorran Medical Congress Stream?", ["deal_amount"]),
    ("qst-051", fe, "which open deal is the runner-up on value?", ["biggest_deal"]),
    ("qst-052", ta, "Oihane Odgers — phone?", ["contact_info"]),
    ("qst-053", an, "Aksel Trebilcock's email address?", ["contact_info"]),
    ("qst-054", fe, "how many open tasks are past their due date?", ["overdue", "count"]),
    ("qst-055", cr, "open deals with a close date in the past?", ["past_dated", "closing"]),
    ("qst-056", so, "Lanivet Festival — open deals?", ["company_deals", "closed_not_offered"]),
    ("qst-057", fe, "which deals are sitting at Recce?", ["pipeline", "stage_word"]),
    ("qst-058", cr, "how many deals are still only at Ballpark?", ["count", "stage_word"]),
    ("qst-059", fe, "how much is Solene's open pipeline worth in total?", ["pipeline"]),
    ("qst-060", an, "what close date has my Tregonning deal got?", ["closing", "closed_not_offered"]),
    ("qst-061", ta, "who do I talk to at Nanpean Speedway?", ["company_contacts", "near_duplicate"]),
    ("qst-062", so, "when is Treloyhan Christmas Party PA due to close?", ["closing"]),
    ("qst-063", fe, "show me deals with nothing logged in a fortnight", ["stale_deals", "no_activity"]),
    ("qst-064", cr, "how many companies does Solene look after?", ["count", "account_owner"]),
    ("qst-065", fe, "which companies does Tadhg own?", ["account_owner"]),
    ("qst-066", an, "what's Cathal Hosken's role?", ["contact_info", "job_title"]),
    ("qst-067", so, "who does Bleddyn Kestle work for?", ["contact_info", "shared_word"]),
    ("qst-068", ta, "how many tasks have I got open?", ["count", "tasks", "my"]),
    ("qst-069", fe, "what's the whole pipeline worth?", ["pipeline", "terse"]),
    ("qst-070", cr, "which rep has the biggest open pipeline?", ["pipeline"]),
    ("qst-071", fe, "which open deal is the smallest?", ["biggest_deal"]),
    ("qst-072", so, "anything of mine closing in January?", ["closing", "my"]),
    ("qst-073", an, "what did we release this year?", ["won_lost", "lost", "stage_word"]),
    ("qst-074", cr, "due date on the 'Send congress stream quote to Sanne Wearne' task?", ["tasks"]),
    ("qst-075", fe, "how many activities have been logged today?", ["today", "count"]),
    ("qst-076", ta, "how many calls have we logged on Nanpean Speedway Season Opener PA?", ["activity", "count"]),
    ("qst-077", so, "how many meetings have we had with Halvard Spargo?", ["activity", "near_duplicate"]),
    ("qst-078", fe, "Aneirin's average open deal — how big?", ["average_deal"]),
    ("qst-079", fe, "Porthallow Yacht Club — whose account is that?", ["account_owner"]),
    ("qst-080", cr, "what's still live with Lamorran Opera House?", ["company_deals", "closed_not_offered"]),
    ("qst-081", fe, "who's the client contact on Stithians Show Marquee Lighting?", ["deal_contact"]),
    ("qst-082", so, "count the open deals above 30k", ["count"]),
    ("qst-083", ta, "last time I spoke to Octave Tregear?", ["last_touch"]),
    ("qst-084", cr, "which Tech Spec deals close this month?", ["closing", "pipeline", "stage_word"]),
    ("qst-085", cr, "whose deal is Zelah Esports Finals Stream?", ["deal_owner"]),
]
for qid, user, text, tags in QS:
    add(qid, C, user, text, Q(), tags)

DECLINES = [
    ("dec-001", an, "what's the decibel limit at the Stithians showground?", []),
    ("dec-002", fe, "how many seats does Goonhavern Arena hold?", []),
    ("dec-003", cr, "what's Cardinham Pharma's annual revenue?", []),
    ("dec-004", so, "has Penryn Comedy Club got anything open with us?", []),
    ("dec-005", ta, "how do I get hold of Kerensa Polsue?", []),
    ("dec-006", fe, "how many five-star Google reviews did we get this month?", []),
    ("dec-007", cr, "which of our vans is due an MOT?", []),
    ("dec-008", an, "show me Isobel's activities from last week", []),
    ("dec-009", so, "any deals with Cardinham Airport?", ["Cardinham Pharma Sales Conference", "Cardinham Pharma Town Hall Stream", "Cardinham Motors Launch Night"]),
    ("dec-010", fe, "what was the attendance at Nanpean Speedway's last race meeting?", []),
    ("dec-011", ta, "what's Lazare Opie's date of birth?", []),
    ("dec-012", cr, "what did we pay the freelance riggers last month?", []),
    ("dec-013", an, "who should I call at Polglaze Football Club?", ["Halvard Menhenick", "Birgitte Rowse", "Cathal Hosken"]),
    ("dec-014", fe, "what's Kestle Mill Distillery's VAT number?", []),
    ("dec-015", so, "how long did the Trewidden get-out take on Sunday?", []),
]
for qid, user, text, ex in DECLINES:
    add(qid, C, user, text, DECLINE(*ex), ["question", "decline"])


def fill_answers() -> None:
    from validate_eleventh import question_answers
    answers = question_answers()
    for it in ITEMS:
        e = it["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it["id"]]


def main() -> None:
    from validate_eleventh import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it["id"]: it for it in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[x], ensure_ascii=False) + "\n" for x in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
