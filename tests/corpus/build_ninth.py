"""Writes ninth_dev.jsonl and ninth_test.jsonl: the hand-written items of the ninth corpus (fixture I, Greensward
Grounds & Landscapes), in the seeded stratified split (random.Random(20350614)). One add(...) per item. The helpers
only type link ids once (a contact gives its company; a deal gives its company and, when no person is named, its
contact), fill the acting user in as owner/author, and number new records from the next free id. Question answers are
filled from the SQL in validate_ninth.QUESTIONS (the only labels taken from SQL); everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_ninth.py
(then check with: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_ninth.py)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_i import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"jethro": 1, "ianthe": 2, "hepzibah": 3, "dafydd": 4, "genevieve": 5}
NEXT = {"companies": 26, "contacts": 46, "deals": 39, "activities": 401, "tasks": 43}
TODAY = "2035-06-14"  # a Thursday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, text, expect, tags, history=()):
    tags = list(tags)
    if user == "hepzibah" and "manager" not in tags:  # the admin writes as the contracts manager
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


def cdeal(u, company, stage="Enquiry", amount=None, close=None, product=None, contact=None, name=None, owner=None,
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
EN, SW, PS, FQ, WON, LOST = "Enquiry", "Site Walk", "Planting Scheme", "Final Quote", "Breaking Ground", "Gone to Seed"
GMC, HARD, SOFT, TREE, GRIT, TURF = ("Grounds Maintenance Contract", "Hard Landscaping", "Soft Landscaping",
                                     "Tree Surgery", "Winter Gritting", "Sports Turf Renovation")
# dates (today is Thursday 2035-06-14). Past days, for activities:
YDAY, TUE_P, MON_P, SUN_P, FRI_P, THU_P = "2035-06-13", "2035-06-12", "2035-06-11", "2035-06-10", "2035-06-08", "2035-06-07"
# future, for tasks and deals ("Thursday" and "next <weekday>" are never used for a future date)
TMRW, IN3, MON, TUE, WED = "2035-06-15", "2035-06-17", "2035-06-18", "2035-06-19", "2035-06-20"
WEEK, WK_ON_FRI, TWO_WEEKS, EOM, EOJUL, EOAUG = "2035-06-21", "2035-06-22", "2035-06-28", "2035-06-30", "2035-07-31", "2035-08-31"
FRI = TMRW  # today is a Thursday, so "Friday" is tomorrow
j, i, h, d, g = "jethro", "ianthe", "hepzibah", "dafydd", "genevieve"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, j, "Ashcombe Park Grounds Contract => Final Quote", ready(ud(1, stage=FQ)), ["stage", "terse", "near_duplicate"])
add("upd-002", C, i, "drakeshill greens renovation is breaking ground!! the committee signed it off at last night's AGM", ready(ud(17, stage=WON)), ["stage", "won", "lowercase"])
add("upd-003", C, d, "Quarrendon Parade Ring Planting is up to 44k, they've added beds round the winners' enclosure", ready(ud(19, amount=44000)), ["amount"])
add("upd-004", C, j, "could you set the close date on Stennack Hub Winter Gritting to July 24?", ready(ud(16, close_date="2035-07-24")), ["date", "polite"])
add("upd-005", C, i, "Oxenbridge Memorial Garden has gone to seed, the trustees spent the money on the chapel roof instead", ready(ud(13, stage=LOST)), ["stage", "lost"])
add("upd-006", C, d, "wyecliffe quad landscaping to final quote pls", ready(ud(9, stage=FQ)), ["stage", "mobile", "lowercase"])
add("upd-007", C, j, "Saxonbury Academy Playing Fields value: 20,350", ready(ud(5, amount=20350)), ["amount", "near_duplicate"])
add("upd-008", C, i, "Tamberlane Store Landscaping - they won't talk numbers until we've been on site, move it to Site Walk", ready(ud(30, stage=SW)), ["stage", "stage_word"])
add("upd-009", C, d, "Thistlewood Crematorium Grounds close date end of July", ready(ud(35, close_date=EOJUL)), ["date"])
add("upd-010", C, j, "Yarncliffe Wedding Lawns, ninety-one thousand", ready(ud(32, amount=91000)), ["amount", "words"])
add("upd-011", C, i, "Carrowby Retail Park Tree Works: 13.2k and have it close at the end of the month", ready(ud(7, amount=13200, close_date=EOM)), ["amount", "date", "same_record"])
add("upd-012", C, d, "Ormsgill Minster Yew Works is dead, the chapter voted to leave the old yews alone", ready(ud(28, stage=LOST)), ["stage", "lost"])
add("upd-013", C, j, "Porthcurnick Holiday Park Planting should close March 3", ready(ud(29, close_date="2036-03-03")), ["date", "year_roll"])
add("upd-014", C, i, "mossbank leisure centre grounds $8.1K", ready(ud(34, amount=8100)), ["amount", "lowercase", "terse"])
add("upd-015", C, d, "Harcastle Park Tree Works: the parks officer wants to walk the lime avenue with us before anything else, so Site Walk please", ready(ud(24, stage=SW)), ["stage", "polite"])
add("upd-016", C, j, "Lathbury Hospital Gardens got signed this morning, mark it won", ready(ud(21, stage=WON)), ["stage", "won"])
add("upd-017", C, i, "Carrowby Car Park Gritting has slipped by a week", ready(ud(6, close_date="2035-06-28")), ["date", "relative_to_record", "near_duplicate"])
add("upd-018", C, d, "Vexford Depot Vegetation Clearance - new close date July 9", ready(ud(31, close_date="2035-07-09")), ["date", "past_dated"])
add("upd-019", C, j, "Brambleigh Outfield Renovation is worth $24,750", ready(ud(37, amount=24750)), ["amount"])
add("upd-020", C, i, "Gorsedene Sensory Garden to Final Quote, nineteen grand", ready(ud(23, stage=FQ, amount=19000)), ["stage", "amount", "words", "same_record"])
add("upd-021", C, d, "right so Pinfold Rovers Training Ground - the groundsman finally sent the soil reports after a month of me chasing, the chairman wants the new pitch ready for pre-season and reckons the old drains are shot, so we're going to walk it, move it to Site Walk", ready(ud(15, stage=SW)), ["stage", "rambling"])
add("upd-022", C, j, "Hembury Estate Grounds Contract amount 66.5k", ready(ud(11, amount=66500)), ["amount"])
add("upd-023", C, i, "Merrivale Reservoir Gritting close date has already gone by, make it July 18", ready(ud(27, close_date="2035-07-18")), ["date", "past_dated"])
add("upd-024", C, d, "Ivelcombe Science Park Grounds now closes at the end of July", ready(ud(25, close_date=EOJUL)), ["date", "deal_owner"])
add("upd-025", C, j, "Hiya, can you nudge Ashcombe Park Entrance Planting along to Planting Scheme? Ta very much", ready(ud(2, stage=PS)), ["stage", "polite", "wrapper"])
add("upd-026", C, i, "Drakeshill Clubhouse Hedging - 7.5k", ready(ud(18, amount=7500)), ["amount", "terse"])
add("upd-027", C, d, "Saxonbury Manor Terrace Paving to Site Walk, 28.9k", ready(ud(4, stage=SW, amount=28900)), ["stage", "amount", "same_record", "near_duplicate"])
add("upd-028", C, h, "Please set the close date of Yarncliffe Wedding Lawns to 31 August.", ready(ud(32, close_date=EOAUG)), ["date", "formal"])
add("upd-029", C, j, "stennack hub winter gritting to final quote, since their ops board approved the winter budget on tuesday", ready(ud(16, stage=FQ)), ["stage", "lowercase", "reason_clause"])
add("upd-030", C, i, "The Merrivale Treatment Works Mowing deal has reached Site Walk", ready(ud(38, stage=SW)), ["stage"])
add("upd-031", C, d, "Quarrendon Course Tree Survey: $19.5K, closing July 27", ready(ud(20, amount=19500, close_date="2035-07-27")), ["amount", "date", "same_record"])
add("upd-032", C, h, "mark Carrowby Car Park Gritting as breaking ground", ready(ud(6, stage=WON)), ["stage", "won"])
add("upd-033", C, j, "Lathbury Hospital Gardens goes up to 26k now that they want the courtyard done too", ready(ud(21, amount=26000)), ["amount", "reason_clause"])
add("upd-034", C, i, "push the Oxenbridge Memorial Garden close out by two weeks", ready(ud(13, close_date="2035-08-11")), ["date", "relative_to_record"])
add("upd-035", C, d, "Wyecliffe Campus Maintenance is $1.1m over the five years now", ready(ud(10, amount=1100000)), ["amount"])
add("upd-036", C, j, "Ashcombe Park Grounds Contract close date: the 29th", ready(ud(1, close_date="2035-06-29")), ["date", "near_duplicate"])
add("upd-037", C, i, "Mossbank Leisure Centre Grounds has gone to seed, they're bringing the mowing back in-house", ready(ud(34, stage=LOST)), ["stage", "lost"])
add("upd-038", C, d, "I need Thistlewood Crematorium Grounds sent back to Planting Scheme", ready(ud(35, stage=PS)), ["stage"])
add("upd-039", C, h, "Porthcurnick Holiday Park Planting should be 11k", ready(ud(29, amount=11000)), ["amount"])
add("upd-040", C, j, "Saxonbury Academy Playing Fields - the bursar loved the walk round, Planting Scheme, close end of August", ready(ud(5, stage=PS, close_date=EOAUG)), ["stage", "date", "same_record", "near_duplicate"])
add("upd-041", C, i, "can you make Ashcombe Parish Verge Cutting 9.6k? they've thrown the churchyard in as well. ta", ready(ud(3, amount=9600)), ["amount", "polite", "wrapper", "near_duplicate"])
add("upd-042", C, d, "Harcastle Park Tree Works close date to the first of October", ready(ud(24, close_date="2035-10-01")), ["date", "words"])
add("upd-043", C, j, "hembury estate grounds contract -> won \U0001f331", ready(ud(11, stage=WON)), ["stage", "won", "mobile"])
add("upd-044", C, i, "Carrowby Retail Park Tree Works amount fourteen thousand two hundred", ready(ud(7, amount=14200)), ["amount", "words"])
add("upd-045", C, d, "Pinfold Rovers Training Ground, close date Monday", ready(ud(15, close_date=MON)), ["date"])
add("upd-046", C, j, "okay update the brambleigh outfield renovation deal the amount is twenty one thousand and it closes on the thirtieth of september", ready(ud(37, amount=21000, close_date="2035-09-30")), ["amount", "date", "words", "same_record", "dictation", "lowercase"])
add("upd-047", C, d, "Vexford Depot Vegetation Clearance is as good as signed, mark it breaking ground", ready(ud(31, stage=WON)), ["stage", "won"])
add("upd-048", C, i, "Gorsedene Sensory Garden: the care village finalized the order this morning, mark it won", ready(ud(23, stage=WON)), ["stage", "won", "american"])
add("upd-049", C, j, "Porthcurnick Holiday Park Planting, please to put the close date for 20 September, the manager she ask it", ready(ud(29, close_date="2035-09-20")), ["date", "non_native"])
add("upd-050", C, d, "the Thistlewood deal is now 10.4k", ready(ud(35, amount=10400)), ["amount", "closed_not_offered"])
add("upd-051", C, i, "Drakeshill Clubhouse Hedging to site walk", ready(ud(18, stage=SW)), ["stage", "lowercase", "stage_word"])
add("upd-052", C, j, "as the hospital's car park works now run into August, push Lathbury Hospital Gardens to August 14", ready(ud(21, close_date="2035-08-14")), ["date", "reason_clause"])
add("upd-053", C, d, "Quarrendon Parade Ring Planting close date a week on Friday", ready(ud(19, close_date=WK_ON_FRI)), ["date", "words", "british"])
add("upd-054", C, j, "we've won Yarncliffe Wedding Lawns - the estate signed for the full lawn rebuild", ready(ud(32, stage=WON)), ["stage", "won"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, j, "Euphemia Loxley's new mobile is 07700 900 612", ready(uc(1, phone="07700 900 612")), ["phone", "near_duplicate"])
add("uct-002", C, i, "Radley Ashdown email: radley@drakeshillgolf.co.uk", ready(uc(4, email="radley@drakeshillgolf.co.uk")), ["email", "near_duplicate"])
add("uct-003", C, d, "Zuleika Dunstable has moved up to prospect", ready(uc(31, lifecycle_stage="prospect")), ["lifecycle"])
add("uct-004", C, d, "Dafydd Huxtable's direct line is 01632 960 771", ready(uc(5, phone="01632 960 771")), ["phone", "user_name_clash"])
add("uct-005", C, i, "Ulrich Entwistle's email changed to U.Entwistle@MerrivaleWater.co.uk", ready(uc(20, email="u.entwistle@merrivalewater.co.uk")), ["email", "lowercase_email"])
add("uct-006", C, d, "Viggo Dunnett has left Harcastle Borough Council and gone to Ormsgill Minster", ready(uc(38, company_id=18)), ["company_move"])
add("uct-007", C, j, "Thisbe Dimmock is Head of Estates at the science park now", ready(uc(19)), ["job_title"])
add("uct-008", C, i, "set Peregrine Bastable to opportunity", ready(uc(36, lifecycle_stage="opportunity")), ["lifecycle"])
add("uct-009", C, d, "Piers Sedgwick phone +44 1632 960 118 ext 7", ready(uc(16, phone="+44 1632 960 118 ext 7")), ["phone"])
add("uct-010", C, h, "Hywel Kinsella has churned, the memorial park has taken its grounds back in-house", ready(uc(13, lifecycle_stage="churned")), ["lifecycle"])
add("uct-011", C, j, "new email for Adelaide Gillow: a.gillow@saxonburyacademy.org.uk", ready(uc(10, email="a.gillow@saxonburyacademy.org.uk")), ["email"])
add("uct-012", C, i, "Alban Catchpole -> opportunity", ready(uc(30, lifecycle_stage="opportunity")), ["lifecycle", "terse"])
add("uct-013", C, d, "Senara Illingworth's surname is spelt Illingsworth, with an s in the middle", ready(uc(21, last_name="Illingsworth")), ["name_fix", "british"])
add("uct-014", C, j, "Agatha Jagger she has new number now, is 01632 960 884", ready(uc(22, phone="01632 960 884")), ["phone", "non_native"])
add("uct-015", C, i, "Good afternoon, Fergal Littlewood has asked that we write to fergal@tamberlane.co.uk from now on. Kind regards, Ianthe", ready(uc(23, email="fergal@tamberlane.co.uk")), ["email", "formal_email"])
add("uct-016", C, d, "Uriah Kettlewell is a customer now, since the club signed for the pitch renovation", ready(uc(34, lifecycle_stage="customer")), ["lifecycle", "reason_clause"])
add("uct-017", C, j, "update Eben Uttley's email to eben@brambleighcc.co.uk and make him a prospect", ready(uc(28, email="eben@brambleighcc.co.uk", lifecycle_stage="prospect")), ["email", "lifecycle", "same_record"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, j, "Yarncliffe Country Estate's website is now yarncliffe.wedding", ready(uco(22, domain="yarncliffe.wedding")), ["domain"])
add("uco-002", C, i, "Tamberlane Supermarkets industry: Supermarkets", ready(uco(20, industry="Supermarkets")), ["industry", "terse"])
add("uco-003", C, d, "Pinfold Rovers FC domain -> pinfoldroversfc.co.uk", ready(uco(9, domain="pinfoldroversfc.co.uk")), ["domain"])
add("uco-004", C, h, "Change Ormsgill Minster's industry to Heritage.", ready(uco(18, industry="Heritage")), ["industry", "formal"])
add("uco-005", C, j, "rename Brambleigh Cricket Club to Brambleigh Cricket & Bowls Club", ready(uco(25, name="Brambleigh Cricket & Bowls Club")), ["rename"])
add("uco-006", C, i, "Oxenbridge Memorial Park's domain should be oxenbridgepark.org.uk", ready(uco(8, domain="oxenbridgepark.org.uk")), ["domain", "shared_word"])
add("uco-007", C, d, "Quarrendon Racecourse mostly runs concerts and weddings these days, set the industry to Events Venue", ready(uco(12, industry="Events Venue")), ["industry"])
add("uco-008", C, j, "Saxonbury Academy changed their web address to saxonbury-academy.org", ready(uco(4, domain="saxonbury-academy.org")), ["domain", "near_duplicate"])
add("uco-009", C, i, "Ashcombe Parish Council's industry should say Parish Council", ready(uco(2, industry="Parish Council")), ["industry", "near_duplicate"])
add("uco-010", C, d, "vexford rail depot's website is vexforddepot.co.uk now", ready(uco(21, domain="vexforddepot.co.uk")), ["domain", "lowercase"])
add("uco-011", C, i, "Mossbank Leisure Centre have new web address, is mossbankleisure.com, you can put it please", ready(uco(23, domain="mossbankleisure.com")), ["domain", "non_native"])

# ====================================================================== ownership
C = "ownership"
add("own-001", C, h, "Ianthe is picking up Porthcurnick Holiday Park", ready(uco(19, owner_id=2)), ["ownership", "taking_over"])
add("own-002", C, h, "we're moving the Pinfold Rovers Training Ground deal over to Jethro", ready(ud(15, owner_id=1)), ["ownership", "moving_to"])
add("own-003", C, j, "I'm taking over Carrowby Retail Park Tree Works from Ianthe", ready(ud(7, owner_id=1)), ["ownership", "taking_over"])
add("own-004", C, h, "hand the Tamberlane Supermarkets account over to Dafydd", ready(uco(20, owner_id=4)), ["ownership", "hand"])
add("own-005", C, i, "Give Mossbank Leisure Centre Grounds to Dafydd", ready(ud(34, owner_id=4)), ["ownership"])
add("own-006", C, h, "Dafydd owns Stennack Freight Hub from now on", ready(uco(10, owner_id=4)), ["ownership"])
add("own-007", C, d, "make me the owner of Kensa Naylor", ready(uc(32, owner_id=4)), ["ownership", "make_me"])
add("own-008", C, h, "put Quarrendon Course Tree Survey under Ianthe's name", ready(ud(20, owner_id=2)), ["ownership"])
add("own-009", C, h, "Jethro takes over Radley Ashdown", ready(uc(4, owner_id=1)), ["ownership", "taking_over", "near_duplicate"])
add("own-010", C, i, "assign Drakeshill Clubhouse Hedging to Jethro, he's covering my patch while I'm at the Chelsea Flower Show", ready(ud(18, owner_id=1)), ["ownership"])
add("own-011", C, h, "Please transfer ownership of Pinfold Rovers FC to Jethro Trethewey.", ready(uco(9, owner_id=1)), ["ownership", "formal"])
add("own-012", C, h, "Jethro's picking up the Harcastle Park Tree Works deal", ready(ud(24, owner_id=1)), ["ownership", "taking_over"])
add("own-013", C, j, "hand Porthcurnick Holiday Park Planting over to Ianthe", ready(ud(29, owner_id=2)), ["ownership", "hand"])
add("own-014", C, h, "we're moving Lathbury Hospital to Ianthe", ready(uco(13, owner_id=2)), ["ownership", "moving_to"])
add("own-015", C, d, "I'll look after Hywel Kinsella from here on", ready(uc(13, owner_id=4)), ["ownership"])
add("own-016", C, h, "the Ivelcombe Science Park Grounds deal goes back to Jethro, it's his account anyway", ready(ud(25, owner_id=1)), ["ownership", "account_owner", "deal_owner"])
add("own-017", C, i, "Brambleigh Cricket Club is mine now - Jethro handed it over this morning", ready(uco(25, owner_id=2)), ["ownership", "mine_now"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, j, "add company Wendron Allotment Society, wendronallotments.org, industry Community", ready(ccompany(j, "Wendron Allotment Society", "wendronallotments.org", "Community")), ["comma_list"])
add("cco-002", C, i, "new account: Trevowhan Lido", ready(ccompany(i, "Trevowhan Lido")), ["terse"])
add("cco-003", C, d, "create a company called Blisland Crazy Golf (blislandgolf.co.uk)", ready(ccompany(d, "Blisland Crazy Golf", "blislandgolf.co.uk")), ["domain"])
add("cco-004", C, h, "Add Polkerris Oyster Farm (Aquaculture) and give it to Jethro", ready(ccompany(h, "Polkerris Oyster Farm", industry="Aquaculture", owner=j)), ["ownership"])
add("cco-005", C, j, "Set up Lanlivery Veterinary Clinic as a company, Veterinary, lanliveryvets.co.uk", ready(ccompany(j, "Lanlivery Veterinary Clinic", "lanliveryvets.co.uk", "Veterinary")), ["comma_list"])
add("cco-006", C, i, "Please add Tregonning Abbey Gardens as a new company in the Heritage sector.", ready(ccompany(i, "Tregonning Abbey Gardens", industry="Heritage")), ["formal"])
add("cco-007", C, d, "new co: Crantock Skate Park, crantockskate.com", ready(ccompany(d, "Crantock Skate Park", "crantockskate.com")), ["terse", "mobile"])
add("cco-008", C, h, "Add Gwithian Solar Farm as a company; owner Dafydd", ready(ccompany(h, "Gwithian Solar Farm", owner=d)), ["ownership"])
add("cco-009", C, j, "hey can you pop Menheniot Farm Shop in as a new company? they're Farm Retail", ready(ccompany(j, "Menheniot Farm Shop", industry="Farm Retail")), ["polite", "wrapper"])
add("cco-010", C, h, "Create the company Trelissick Business Centre, trelissickbc.co.uk", ready(ccompany(h, "Trelissick Business Centre", "trelissickbc.co.uk")), ["admin_create"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, j, "Add Lamorna Spargo, Lettings Manager at Ashcombe Business Park, lamorna.spargo@ashcombepark.co.uk", ready(ccontact(j, "Lamorna", "Spargo", 1, "lamorna.spargo@ashcombepark.co.uk")), ["comma_list", "job_title", "near_duplicate"])
add("cct-002", C, i, "new contact at Carrowby Retail Park: Pedrek Tonkin, pedrek@carrowbyretail.com, 07700 900 341", ready(ccontact(i, "Pedrek", "Tonkin", 5, "pedrek@carrowbyretail.com", "07700 900 341")), ["comma_list", "phone"])
add("cct-003", C, d, "Add Steren Varcoe, bursar of Wyecliffe University, svarcoe@wyecliffe.ac.uk", ready(ccontact(d, "Steren", "Varcoe", 6, "svarcoe@wyecliffe.ac.uk")), ["comma_list", "job_title"])
add("cct-004", C, h, "Add Goron Retallack to Pinfold Rovers FC and give him to Jethro", ready(ccontact(h, "Goron", "Retallack", 9, owner=j)), ["ownership"])
add("cct-005", C, j, "Add Rozen Whear at Hembury Housing Trust, phone 01632 960 557", ready(ccontact(j, "Rozen", "Whear", 7, phone="01632 960 557")), ["phone"])
add("cct-006", C, i, "Create a contact: Merryn Skewes, Oxenbridge Memorial Park, head gardener", ready(ccontact(i, "Merryn", "Skewes", 8)), ["comma_list", "job_title", "shared_word"])
add("cct-007", C, d, "Tegen Angove, Thistlewood Crematorium, tegen@thistlewood.org.uk - she's their new grounds supervisor, please add her", ready(ccontact(d, "Tegen", "Angove", 24, "tegen@thistlewood.org.uk")), ["comma_list"])
add("cct-008", C, j, "add Ruan Blewett @ Stennack Freight Hub, ruan.blewett@stennackfreight.com", ready(ccontact(j, "Ruan", "Blewett", 10, "ruan.blewett@stennackfreight.com")), ["mobile"])
add("cct-009", C, i, "Please add a contact for Gorsedene Care Village: Jenifer Datson, activities coordinator, j.datson@gorsedenecare.co.uk", ready(ccontact(i, "Jenifer", "Datson", 14, "j.datson@gorsedenecare.co.uk")), ["formal", "job_title"])
add("cct-010", C, d, "add Madern Eustice at Harcastle Borough Council as a prospect", ready(ccontact(d, "Madern", "Eustice", 15, stage="prospect")), ["lifecycle"])
add("cct-011", C, h, "New contact Colan Faull, Drakeshill Golf Club, colan@drakeshillgolf.co.uk, owner Ianthe", ready(ccontact(h, "Colan", "Faull", 11, "colan@drakeshillgolf.co.uk", owner=i)), ["ownership", "comma_list"])
add("cct-012", C, j, "add Hedra Glasson, Lathbury Hospital, 07700 900 286", ready(ccontact(j, "Hedra", "Glasson", 13, phone="07700 900 286")), ["phone", "comma_list"])
add("cct-013", C, i, "add contact Bryok Hendy to Tamberlane Supermarkets, email BHendy@Tamberlane.co.uk", ready(ccontact(i, "Bryok", "Hendy", 20, "bhendy@tamberlane.co.uk")), ["lowercase_email"])
add("cct-014", C, d, "new lead at Saxonbury Manor Hotel: Derwa Ivall, derwa.ivall@saxonburymanor.co.uk", ready(ccontact(d, "Derwa", "Ivall", 3, "derwa.ivall@saxonburymanor.co.uk")), ["new_lead", "comma_list", "near_duplicate"])
add("cct-015", C, j, "Add Nonna Jenkin, Wedding Coordinator at Yarncliffe Country Estate - she's already a customer", ready(ccontact(j, "Nonna", "Jenkin", 22, stage="customer")), ["lifecycle", "job_title"])
add("cct-016", C, i, "Add Austell Libby (austell@merrivalewater.co.uk) at Merrivale Water", ready(ccontact(i, "Austell", "Libby", 17, "austell@merrivalewater.co.uk")), ["email"])
add("cct-017", C, d, "new lead: Elestren Rodda at Vexford Rail Depot", ready(ccontact(d, "Elestren", "Rodda", 21)), ["new_lead", "terse"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, j, "new deal for Saxonbury Academy: tree surgery on the boundary oaks, 3.4k, closing August 2", ready(cdeal(j, 4, amount=3400, close="2035-08-02", product=TREE)), ["amount", "product", "near_duplicate"])
add("cdl-002", C, i, "Create a deal for Ashcombe Parish Council - winter gritting for the village lanes, 8.5k", ready(cdeal(i, 2, amount=8500, product=GRIT)), ["amount", "product", "near_duplicate"])
add("cdl-003", C, d, "new deal: Quarrendon Car Park Resurfacing, 14k, Site Walk stage", ready(cdeal(d, 12, stage=SW, amount=14000, name="Quarrendon Car Park Resurfacing")), ["deal_name_colon", "amount"])
add("cdl-004", C, j, "open a deal at Stennack Freight Hub for hard landscaping, $22,000, contact Eilidh Nankervis", ready(cdeal(j, 10, amount=22000, product=HARD, contact=35)), ["amount", "product"])
add("cdl-005", C, i, "Add a deal called Carrowby Loading Bay Bollards for Carrowby Retail Park, 4.5k", ready(cdeal(i, 5, amount=4500, name="Carrowby Loading Bay Bollards")), ["named", "amount"])
add("cdl-006", C, d, "new opportunity at Pinfold Rovers FC: tree surgery along the car park boundary, 6.5k, close end of August", ready(cdeal(d, 9, amount=6500, close=EOAUG, product=TREE)), ["amount", "date", "product"])
add("cdl-007", C, h, "Create a winter gritting deal for Gorsedene Care Village worth 11,000 and assign it to Dafydd", ready(cdeal(h, 14, amount=11000, product=GRIT, owner=d)), ["ownership", "amount"])
add("cdl-008", C, j, "deal for Hembury Housing Trust, tree surgery, 6.8k", ready(cdeal(j, 7, amount=6800, product=TREE)), ["amount", "product", "terse"])
add("cdl-009", C, i, "New deal at Tamberlane Supermarkets with Nye Frayling: soft landscaping for the new store frontage, twelve thousand", ready(cdeal(i, 20, amount=12000, product=SOFT, contact=40)), ["amount", "words", "product"])
add("cdl-010", C, d, "Thistlewood want their hedges cut back as well - 2.6k of tree surgery, put it straight into Final Quote", ready(cdeal(d, 24, stage=FQ, amount=2600, product=TREE)), ["amount", "product", "stage"])
add("cdl-011", C, j, "new deal Porthcurnick Holiday Park winter gritting 18k close date August 12", ready(cdeal(j, 19, amount=18000, close="2035-08-12", product=GRIT)), ["amount", "date", "mobile"])
add("cdl-012", C, i, "Please create a new deal for Merrivale Water named Merrivale Pumping Station Fencing, valued at $27,250, expected to close on 18 September.", ready(cdeal(i, 17, amount=27250, close="2035-09-18", name="Merrivale Pumping Station Fencing")), ["named", "formal", "amount", "date"])
add("cdl-013", C, d, "deal for Harcastle Borough Council, sports turf renovation, 3.9k, contact Viggo Dunnett", ready(cdeal(d, 15, amount=3900, product=TURF, contact=38)), ["amount", "product", "comma_list"])
add("cdl-014", C, j, "new deal for Ashcombe Business Park, winter gritting, $31K", ready(cdeal(j, 1, amount=31000, product=GRIT)), ["amount", "near_duplicate"])
add("cdl-015", C, i, "create deal mossbank leisure centre hard landscaping four thousand", ready(cdeal(i, 23, amount=4000, product=HARD)), ["amount", "words", "lowercase"])
add("cdl-016", C, h, "New deal for Lathbury Hospital: soft landscaping for the maternity garden, 7.7k, owner Jethro", ready(cdeal(h, 13, amount=7700, product=SOFT, owner=j)), ["ownership", "amount"])
add("cdl-017", C, d, "new deal: Ormsgill Cloister Lawn Relay, 2.1k, contact Senara Illingworth", ready(cdeal(d, 18, amount=2100, contact=21, name="Ormsgill Cloister Lawn Relay")), ["deal_name_colon", "amount"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, j, "called Bathsheba Tremlett about the estate contract", ready(act(j, "call", contact=6)), ["call", "near_duplicate"])
add("act-002", C, i, "met Radley Ashdown in the clubhouse on Friday", ready(act(i, "meeting", FRI_P, contact=4)), ["meeting", "date", "near_duplicate"])
add("act-003", C, d, "note on Quarrendon Racecourse: they're adding a summer concert series next year", ready(act(d, "note", company=12)), ["note_on"])
add("act-004", C, j, "emailed Cecily Oxenbridge the hospital garden costs", ready(act(j, "email", contact=8)), ["email", "shared_word"])
add("act-005", C, i, "texted Euphemia Mabey the crew's ETA", ready(act(i, "message", contact=2)), ["message", "near_duplicate"])
add("act-006", C, d, "note on the Wyecliffe Quad Landscaping deal: the quad has to be finished before graduation week", ready(act(d, "note", deal=9)), ["note_on", "deal_note"])
add("act-007", C, j, "left Adelaide Gillow a voicemail", ready(act(j, "call", contact=10)), ["call", "voicemail"])
add("act-008", C, i, "site walk at Oxenbridge Memorial Park on Tuesday with Hywel Kinsella", ready(act(i, "meeting", TUE_P, contact=13)), ["meeting", "date", "stage_word", "not_a_write"])
add("act-009", C, d, "WhatsApp'd Wolfgang Mottershead the track clearance photos", ready(act(d, "message", contact=24)), ["message"])
add("act-010", C, d, "Spoke with Dafydd Huxtable on the phone, the club wants the pitch reseeded straight after the last home game", ready(act(d, "call", contact=5)), ["call", "user_name_clash"])
add("act-011", C, i, "note on Gorsedene Care Village: the new dementia wing opens in September", ready(act(i, "note", company=14)), ["note_on"])
add("act-012", C, d, "had a design review with Orson Inskip on Monday", ready(act(d, "meeting", MON_P, contact=11)), ["meeting", "date"])
add("act-013", C, j, "rang Euphemia Loxley last Friday", ready(act(j, "call", FRI_P, contact=1)), ["call", "date", "near_duplicate"])
add("act-014", C, i, "emailed the Drakeshill Greens Renovation final quote to Keturah Rainsford", ready(act(i, "email", contact=15, deal=17)), ["email", "deal_link", "stage_word", "not_a_write"])
add("act-015", C, d, "Coffee with Silas Upjohn today, he wants the avenue limes looked at too", ready(act(d, "meeting", contact=18)), ["meeting"])
add("act-016", C, h, "Note on Ivelcombe Science Park: their board meets again in September.", ready(act(h, "note", company=16)), ["note_on", "formal"])
add("act-017", C, j, "sent Eben Uttley the outfield plan by email", ready(act(j, "email", contact=28)), ["email"])
add("act-018", C, i, "phone call with Fergal Littlewood two days ago re the car park beds", ready(act(i, "call", TUE_P, contact=23)), ["call", "date"])
add("act-019", C, d, "met Dilys Rushby at the crematorium this morning", ready(act(d, "meeting", contact=27)), ["meeting"])
add("act-020", C, j, "note on the Hembury Estate Grounds Contract deal: they want the verges left long for wildflowers", ready(act(j, "note", deal=11)), ["note_on", "deal_note"])
add("act-021", C, i, "messaged Alban Catchpole about the canopy survey", ready(act(i, "message", contact=30)), ["message"])
add("act-022", C, d, "walked the racecourse with Piers Sedgwick on Friday", ready(act(d, "meeting", FRI_P, contact=16)), ["meeting", "date"])
add("act-023", C, j, "call w/ Kezia Abbott re invoice", ready(act(j, "call", contact=29)), ["call", "mobile", "terse"])
add("act-024", C, i, "emailed Olwen Tapscott last Thursday about the sensory garden layout", ready(act(i, "email", THU_P, contact=17)), ["email", "date"])
add("act-025", C, d, "note on Saxonbury Manor Hotel: the new owners take over in the autumn", ready(act(d, "note", company=3)), ["note_on", "near_duplicate"])
add("act-026", C, j, "popped in to see Thisbe Dimmock at the science park", ready(act(j, "meeting", contact=19)), ["meeting"])
add("act-027", C, i, "rang Godric Pickersgill yesterday about the mowing schedule", ready(act(i, "call", YDAY, contact=26)), ["call", "date"])
add("act-028", C, d, "This morning I have speak by phone with Uriah Kettlewell, about the training pitch measures", ready(act(d, "call", contact=34)), ["call", "non_native"])
add("act-029", C, j, "what a day. the A30 was shut at the roundabout, the van's tailgate jammed, I left my flask at the depot, and then Fabrizio Lumley finally calls to say the freight hub have pushed their gritting decision back so nothing happens till August", ready(act(j, "call", contact=14)), ["call", "rambling"])
add("act-030", C, i, "Dear all, for the record: I met Ulrich Entwistle at Merrivale Water on Monday to go over the reservoir access. Regards, Ianthe", ready(act(i, "meeting", MON_P, contact=20)), ["meeting", "formal_email", "date"])
add("act-031", C, d, "note on the Thistlewood Crematorium Grounds deal - no mowing during services, ever", ready(act(d, "note", deal=35)), ["note_on", "deal_note"])
add("act-032", C, j, "emailed Agatha Jagger the planting designer's portfolio", ready(act(j, "email", contact=22)), ["email"])
add("act-033", C, i, "Cato Wadsworth rang me back this afternoon", ready(act(i, "call", contact=33)), ["call"])
add("act-034", C, d, "vm for senara illingworth", ready(act(d, "call", contact=21)), ["call", "voicemail", "mobile", "lowercase"])
add("act-035", C, h, "Log a call I had with Bathsheba Tremlett on Monday about the estate contract.", ready(act(h, "call", MON_P, contact=6)), ["call", "date", "formal"])
add("act-036", C, j, "Hi all, FYI I had a call with Nesta Ormondroyd this morning about the wedding lawn schedule. Thanks, Jethro", ready(act(j, "call", contact=25)), ["call", "formal_email"])
add("act-037", C, i, "long story. the golf club's open day overran and Keturah Rainsford collared me by the ninth green to complain about the sprinklers, which aren't even ours, but I suppose that counts as a meeting. also I got sunburnt", ready(act(i, "meeting", contact=15)), ["meeting", "rambling"])
add("act-038", C, d, "lunch meeting with Talfryn Gummow on Sunday", ready(act(d, "meeting", SUN_P, contact=41)), ["meeting", "date"])
add("act-039", C, i, "log a meeting with nye frayling at tamberlane yesterday afternoon we went through the frontage drawings together", ready(act(i, "meeting", YDAY, contact=40)), ["meeting", "date", "dictation", "lowercase"])
add("act-040", C, d, "had a proper chinwag on the phone with Zebedee Tremlett about the parade ring colours", ready(act(d, "call", contact=7)), ["call", "british", "near_duplicate"])
add("act-041", C, j, "dropped by Lathbury Hospital on Wednesday and walked the courtyard with Mabyn Cloake", ready(act(j, "meeting", YDAY, contact=37)), ["meeting", "date"])
add("act-042", C, i, "emailed Euphemia Mabey the gritting route map", ready(act(i, "email", contact=2)), ["email", "near_duplicate"])

# ====================================================================== create_task
C = "create_task"
add("tsk-001", C, j, "remind me to ring Adelaide Gillow tomorrow", ready(task(j, TMRW, contact=10)), ["task", "date", "remind_me"])
add("tsk-002", C, i, "task: send the mowing plan to Cato Wadsworth by Friday", ready(task(i, FRI, contact=33)), ["task", "date"])
add("tsk-003", C, d, "follow up with Orson Inskip in a week", ready(task(d, WEEK, contact=11)), ["task", "relative_date"])
add("tsk-004", C, h, "Ask Jethro to book the lawn walk-round at Yarncliffe Country Estate by Monday", ready(task(h, MON, company=22, owner=j)), ["task", "delegation", "ownership"])
add("tsk-005", C, j, "set a task to chase Hembury Housing Trust for the signed contract, end of the month", ready(task(j, EOM, company=7)), ["task", "date"])
add("tsk-006", C, i, "remind me to send Keturah Rainsford the drainage report on Tuesday", ready(task(i, TUE, contact=15)), ["task", "date", "remind_me"])
add("tsk-007", C, d, "create a task for Quarrendon Parade Ring Planting: chase the ring drawings, due July 4", ready(task(d, "2035-07-04", deal=19)), ["task", "deal_link"])
add("tsk-008", C, j, "todo: check the irrigation timer at Lathbury Hospital, no date", ready(task(j, company=13)), ["task", "no_date"])
add("tsk-009", C, i, "put a reminder on my list to ring Alban Catchpole in 3 days", ready(task(i, IN3, contact=30)), ["task", "relative_date"])
add("tsk-010", C, d, "remind me to send Dilys Rushby the memorial bench options", ready(task(d, contact=27)), ["task", "no_date", "remind_me"])
add("tsk-011", C, h, "Create a task for Dafydd: review the Wyecliffe Quad Landscaping pricing, due Tuesday", ready(task(h, TUE, deal=9, owner=d)), ["task", "delegation", "ownership", "deal_link"])
add("tsk-012", C, j, "remind me on the 27th to chase Kensa Naylor", ready(task(j, "2035-06-27", contact=32)), ["task", "date", "remind_me"])
add("tsk-013", C, i, "Task for me: prepare a crew rota for Carrowby Car Park Gritting, in two weeks", ready(task(i, TWO_WEEKS, deal=6)), ["task", "deal_link", "relative_date"])
add("tsk-014", C, d, "set a reminder to call Piers Sedgwick about the course survey on July 6", ready(task(d, "2035-07-06", contact=16)), ["task", "date"])
add("tsk-015", C, j, "tmrw: call cecily oxenbridge re courtyard", ready(task(j, TMRW, contact=8)), ["task", "mobile", "shared_word"])
add("tsk-016", C, i, "remind me to invite Pomona Edgecumbe to the nursery open day, end of July", ready(task(i, EOJUL, contact=39)), ["task", "date", "remind_me"])
add("tsk-017", C, d, "Ask Ianthe to send the turf samples to Radley Ashdown by Wednesday", ready(task(d, WED, contact=4, owner=i)), ["task", "delegation", "ownership"])
add("tsk-018", C, j, "I need a task to send Ashcombe Business Park the winter gritting schedule by Jan 20", ready(task(j, "2036-01-20", company=1)), ["task", "year_roll", "near_duplicate"])
add("tsk-019", C, i, "can you put a task on Dafydd's list to cover the Wyecliffe University visit on Monday", ready(task(i, MON, company=6, owner=d)), ["task", "delegation", "ownership", "polite"])
add("tsk-020", C, d, "follow-up task for Harcastle Park Tree Works, due the 29th", ready(task(d, "2035-06-29", deal=24)), ["task", "deal_link"])
add("tsk-021", C, j, "reminder: send Eilidh Nankervis the gritting case study in a week", ready(task(j, WEEK, contact=35)), ["task", "relative_date"])
add("tsk-022", C, i, "Please create a task for me to confirm the start dates with Hywel Kinsella by 5 July.", ready(task(i, "2035-07-05", contact=13)), ["task", "formal"])
add("tsk-023", C, d, "remind me to chase Ormsgill Minster for the faculty paperwork by the 30th", ready(task(d, EOM, company=18)), ["task", "date", "remind_me"])
add("tsk-024", C, h, "Set a task for Ianthe: call Venetia Jewell about the verge invoice, tomorrow", ready(task(h, TMRW, contact=43, owner=i)), ["task", "delegation", "ownership"])
add("tsk-025", C, j, "Could you set me a reminder to send Saxonbury Academy the autumn reseeding dates in two weeks?", ready(task(j, TWO_WEEKS, company=4)), ["task", "polite", "wrapper", "relative_date", "near_duplicate"])
add("tsk-026", C, d, "Please make for me a reminder, I must to phone Zuleika Dunstable on Monday for the campus tender", ready(task(d, MON, contact=31)), ["task", "non_native"])
add("tsk-027", C, j, "remind me to delete the old Stennack price list from the shared drive on Friday", ready(task(j, FRI, company=10)), ["task", "remind_me", "not_a_delete"])
add("tsk-028", C, i, "remind me to mark Carrowby Car Park Gritting as won once the deposit lands, Monday", ready(task(i, MON, deal=6)), ["task", "remind_me", "not_a_write", "deal_link"])
add("tsk-029", C, d, "remind me to give the Vexford Rail Depot account to Jethro after the handover call, Tuesday", ready(task(d, TUE, company=21)), ["task", "remind_me", "not_a_write"])
add("tsk-030", C, i, "Good morning, please could you set me a task to send Merrivale Water the revised fencing drawings by 3 July. Many thanks, Ianthe", ready(task(i, "2035-07-03", company=17)), ["task", "formal_email"])
add("tsk-031", C, j, "remind me friday to phone nesta ormondroyd about the marquee lawn thanks", ready(task(j, FRI, contact=25)), ["task", "dictation", "remind_me", "lowercase"])
add("tsk-032", C, d, "remind me to send the final quote to Talfryn Gummow a week on Friday", ready(task(d, WK_ON_FRI, contact=41)), ["task", "remind_me", "not_a_write", "words", "stage_word"])
add("tsk-033", C, i, "remind me to move Oxenbridge Memorial Garden to planting scheme once the trustees approve, no rush", ready(task(i, deal=13)), ["task", "remind_me", "not_a_write", "no_date", "deal_link", "stage_word"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, j, "done \u2014 sent the outfield plan to Eben Uttley", ready(done(27)), ["done_task"])
add("cmp-002", C, i, "mark the Olwen sensory garden layout task done", ready(done(16)), ["done_task"])
add("cmp-003", C, d, "finished the yew survey for Senara Illingworth, close that task", ready(done(20)), ["done_task"])
add("cmp-004", C, d, "tick off the Dafydd Huxtable training pitch call", ready(done(42)), ["done_task", "user_name_clash"])
add("cmp-005", C, j, "done: sent Cecily Oxenbridge the hospital garden costs", ready(done(13)), ["done_task", "shared_word", "overdue"])
add("cmp-006", C, d, "the final quote went to Dilys Rushby, close the task", ready(done(26)), ["done_task", "stage_word", "not_a_write"])
add("cmp-007", C, j, "mark 'Check drainage at the Hembury estate' complete", ready(done(31)), ["done_task"])
add("cmp-008", C, j, "complete the task about taking Kezia Abbott off the newsletter list", ready(done(32)), ["done_task"])
add("cmp-009", C, d, "done - Dilys Rushby gave us a glowing testimonial", ready(done(33)), ["done_task", "described_by_outcome"])
add("cmp-010", C, j, "the gritting route walk with Fabrizio Lumley is arranged, mark it done", ready(done(12)), ["done_task"])
add("cmp-011", C, i, "Oxenbridge site walk booked. done", ready(done(10)), ["done_task", "terse", "stage_word"])
add("cmp-012", C, i, "the Godric Pickersgill mowing schedule email is done", ready(done(25)), ["done_task"])
add("cmp-013", C, j, "done: introduced Agatha Jagger to the planting designer", ready(done(21)), ["done_task"])
add("cmp-014", C, h, "Mark Ianthe's task to measure the tree canopy at Carrowby as complete.", ready(done(7)), ["done_task", "formal"])
add("cmp-015", C, i, "Collect reservoir access permits from Ulrich Entwistle \u2014 done", ready(done(19)), ["done_task"])
add("cmp-016", C, d, "done \u2014 sent Quarrendon the tree survey timetable", ready(done(34)), ["done_task"])
add("cmp-017", C, j, "long week but I did finally get the turf samples over to Adelaide Gillow, can you tick that off? the rest can wait till Monday", ready(done(8)), ["done_task", "rambling", "polite", "described_by_outcome"])
add("cmp-018", C, d, "mark the task book tree survey walk with silas upjohn as done thank you", ready(done(17)), ["done_task", "dictation", "lowercase"])
add("cmp-019", C, i, "I've rung Keturah about the greens drainage, so that one's finished", ready(done(14)), ["done_task", "described_by_outcome"])
add("cmp-020", C, d, "Zebedee Tremlett has said yes to the nursery open day, you can close that", ready(done(30)), ["done_task", "described_by_outcome"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, h, "Delete Yolanda Moyle", ready(dc(45)), ["admin_delete", "terse"])
add("del-002", C, h, "delete the Thistlewood Memorial Hedge deal", ready(dd(36)), ["admin_delete", "closed_deal"])
add("del-003", C, h, "remove Brambleigh Cricket Club from the CRM", ready(dco(25)), ["admin_delete"])
add("del-004", C, h, "delete contact Mabyn Cloake, she's retired", ready(dc(37)), ["admin_delete"])
add("del-005", C, h, "Delete the Lathbury Car Park Resurfacing deal, it was entered twice", ready(dd(22)), ["admin_delete", "closed_deal"])
add("del-006", C, h, "delete Amias Keast and Nye Frayling", ready(dc(44), dc(40)), ["admin_delete", "two_records"])
add("del-007", C, h, "Please delete the Hembury Courtyard Planting deal.", ready(dd(12)), ["admin_delete", "formal", "closed_deal"])
add("del-008", C, h, "delete Vexford Rail Depot", ready(dco(21)), ["admin_delete"])
add("del-009", C, h, "get rid of the contact Talfryn Gummow", ready(dc(41)), ["admin_delete"])
add("del-010", C, h, "delete the Pinfold Rovers Training Ground deal", ready(dd(15)), ["admin_delete"])
add("del-011", C, h, "Delete Mossbank Leisure Centre", ready(dco(23)), ["admin_delete"])
add("del-012", C, h, "delete Venetia Jewell from contacts please", ready(dc(43)), ["admin_delete", "polite"])
add("del-013", C, h, "delete Saxonbury Academy and Ashcombe Parish Council", ready(dco(4), dco(2)), ["admin_delete", "two_records", "near_duplicate"])
add("del-014", C, h, "Please remove Tamberlane Supermarkets from the system.", ready(dco(20)), ["admin_delete", "formal"])
add("del-015", C, h, "remove Ormsgill Minster, the diocese has handed the grounds to its own contractor", ready(dco(18)), ["admin_delete"])
add("del-016", C, h, "delete the Porthcurnick Holiday Park Planting deal, the park has been sold for housing", ready(dd(29)), ["admin_delete"])
add("del-017", C, h, "Delete company Stennack Freight Hub - the hub shut down in March", ready(dco(10)), ["admin_delete"])

# ====================================================================== bulk
C = "bulk"
add("blk-001", C, j, "move all my Site Walk deals on to Planting Scheme", ready(*many(ud, [2, 5], stage=PS)), ["bulk_filter", "stage_filter"])
add("blk-002", C, i, "my Enquiry deals with no activity in 6 weeks can go to seed", ready(*many(ud, [30, 34], stage=LOST)), ["bulk_filter", "no_activity", "composed", "lost"])
add("blk-003", C, h, "hand all of Dafydd's Planting Scheme deals to Jethro", ready(*many(ud, [9, 20, 25, 28], owner_id=1)), ["bulk_filter", "ownership", "hand"])
add("blk-004", C, i, "set the close date on all my Final Quote deals to July 14", ready(*many(ud, [3, 6, 17], close_date="2035-07-14")), ["bulk_filter", "date"])
add("blk-005", C, j, "my grounds maintenance deals in Planting Scheme or Final Quote that close before the end of July: close date August 9", ready(*many(ud, [1, 11, 21], close_date="2035-08-09")), ["bulk_filter", "composed", "either_stage", "date_range"])
add("blk-006", C, h, "Move every soft landscaping deal that's still at Enquiry to Site Walk.", ready(*many(ud, [18, 29], stage=SW)), ["bulk_filter", "composed"])
add("blk-007", C, j, "every one of my late tasks is sorted, tick them all off", ready(*[done(t) for t in [8, 13, 29]]), ["bulk_filter", "overdue", "done_task"])
add("blk-008", C, d, "I've cleared everything of mine that's past due - mark the lot done", ready(*[done(t) for t in [6, 15, 23]]), ["bulk_filter", "overdue", "done_task"])
add("blk-009", C, h, "close out all the open tasks for Drakeshill Golf Club", ready(*[done(t) for t in [3, 4, 14]]), ["bulk_filter", "done_task"])
add("blk-010", C, h, "delete all the Gone to Seed deals", ready(*[dd(x) for x in [12, 22, 36]]), ["bulk_delete", "closed_stage"])
add("blk-011", C, h, "Delete every contact at Yarncliffe Country Estate.", ready(*[dc(x) for x in [25, 42]]), ["bulk_delete", "formal"])
add("blk-012", C, j, "every lead on my books has become a prospect", ready(*many(uc, [28, 29, 32, 35, 37, 42, 44, 45], lifecycle_stage="prospect")), ["bulk_filter", "my_leads"])
add("blk-013", C, h, "Ianthe is picking up all of Jethro's grounds maintenance deals", ready(*many(ud, [1, 11, 21], owner_id=2)), ["bulk_filter", "ownership", "taking_over", "composed"])
add("blk-014", C, h, "move every open deal whose close date has already passed to July 10", ready(*many(ud, [27, 31], close_date="2035-07-10")), ["bulk_filter", "past_dated"])
add("blk-015", C, i, "I rang every one of my Final Quote clients this morning, log a call on each deal",
    ready(*[act(i, "call", deal=x, k=k) for k, x in enumerate([3, 6, 17])]), ["bulk_filter", "bulk_create", "stage_filter"])
add("blk-016", C, d, "add a task to each Quarrendon deal: send the race-day access rules, due Friday",
    ready(task(d, FRI, deal=19, k=0), task(d, FRI, deal=20, k=1)), ["bulk_filter", "bulk_create"])
add("blk-017", C, h, "all grounds maintenance deals closing before July 1: push them to the end of July", ready(*many(ud, [3, 11, 21, 31, 35], close_date=EOJUL)), ["bulk_filter", "composed", "date_range"])
add("blk-018", C, d, "anything of mine closing this month, push it to July 15", ready(*many(ud, [31, 35], close_date="2035-07-15")), ["bulk_filter", "date_range", "this_month"])
add("blk-019", C, h, "deals with no activity in 6 weeks: let them go to seed", ready(*many(ud, [10, 24, 30, 34, 37], stage=LOST)), ["bulk_filter", "no_activity", "lost"])
add("blk-020", C, j, "bump all my Planting Scheme deals over 40k to Final Quote", ready(*many(ud, [1, 32], stage=FQ)), ["bulk_filter", "composed", "amount_filter"])
add("blk-021", C, h, "reassign all of Dafydd's accounts to Ianthe", ready(*many(uco, [3, 6, 9, 12, 15, 18, 21, 24], owner_id=2)), ["bulk_filter", "ownership", "accounts"])
add("blk-022", C, h, "remove all of Ianthe's contacts who are still leads", ready(*[dc(x) for x in [36, 39, 40, 43]]), ["bulk_delete", "composed"])
add("blk-023", C, d, "for each of my deals that's had nothing logged for three weeks, set me a follow-up task for tomorrow",
    ready(task(d, TMRW, deal=10, k=0), task(d, TMRW, deal=20, k=1), task(d, TMRW, deal=24, k=2)), ["bulk_filter", "bulk_create", "no_activity"])
add("blk-024", C, h, "everything Jethro has at Enquiry goes to Dafydd", ready(*many(ud, [29, 37], owner_id=4)), ["bulk_filter", "ownership"])
add("blk-025", C, i, "my Enquiry deals under 10k: close date Jan 31", ready(*many(ud, [18, 34], close_date="2036-01-31")), ["bulk_filter", "composed", "amount_filter", "year_roll"])
add("blk-026", C, h, "give Jethro's sports turf deals to Dafydd", ready(*many(ud, [5, 37], owner_id=4)), ["bulk_filter", "ownership"])
add("blk-027", C, i, "complete all my open tasks for Carrowby Retail Park", ready(*[done(t) for t in [2, 7]]), ["bulk_filter", "done_task"])
add("blk-028", C, h, "Dafydd's Site Walk and Planting Scheme deals that close in July: push each close date out a week",
    ready(ud(9, close_date="2035-07-10"), ud(19, close_date="2035-08-01"), ud(20, close_date="2035-07-24"),
          ud(25, close_date="2035-07-08"), ud(28, close_date="2035-07-13")),
    ["bulk_filter", "composed", "either_stage", "date_range", "relative_to_record"])
add("blk-029", C, h, "delete the Breaking Ground deals that closed in June", ready(*[dd(x) for x in [14, 33]]), ["bulk_delete", "closed_stage", "date_range"])
add("blk-030", C, i, "upgrade all of my leads to opportunity", ready(*many(uc, [36, 39, 40, 43], lifecycle_stage="opportunity")), ["bulk_filter", "my_leads"])
add("blk-031", C, h, "whatever Dafydd has over 20k that's gone four weeks without a touch, pass it to Ianthe", ready(*many(ud, [10, 24], owner_id=2)), ["bulk_filter", "composed", "no_activity", "ownership", "amount_filter"])
add("blk-032", C, j, "all my deals closing between July 1 and July 31 -> close date August 15", ready(*many(ud, [1, 5, 16, 32], close_date="2035-08-15")), ["bulk_filter", "date_range"])
add("blk-033", C, h, "anything over 20k that's had no activity for 30 days gets a September 15 close date", ready(*many(ud, [10, 24, 30, 37], close_date="2035-09-15")), ["bulk_filter", "composed", "no_activity", "amount_filter"])
add("blk-034", C, j, "everyone at Hembury Housing Trust has become a customer", ready(*many(uc, [6, 32], lifecycle_stage="customer")), ["bulk_filter", "everyone_at"])
add("blk-035", C, i, "my Enquiry and Site Walk deals that have been quiet for 2 weeks - give them all a close date of September 20", ready(*many(ud, [18, 30, 34], close_date="2035-09-20")), ["bulk_filter", "composed", "either_stage", "no_activity"])
add("blk-036", C, h, "hand Jethro's soft landscaping and sports turf deals closing in July to Ianthe", ready(*many(ud, [5, 32], owner_id=2)), ["bulk_filter", "composed", "ownership", "date_range", "hand", "product_set"])
add("blk-037", C, h, "Ianthe's Enquiry and Site Walk deals under 25k that close before the end of September and have had nothing logged in four weeks: let them go to seed", ready(*many(ud, [18, 34], stage=LOST)), ["bulk_filter", "composed", "either_stage", "amount_filter", "date_range", "no_activity", "lost"])
add("blk-038", C, d, "my grounds maintenance deals: close date a week on Friday", ready(*many(ud, [10, 25, 31, 35], close_date=WK_ON_FRI)), ["bulk_filter", "words", "date"])
add("blk-039", C, h, "Dafydd's tree surgery and grounds maintenance deals at Enquiry or Site Walk, closing by the end of August, with no activity in the last 4 weeks - set the close date to September 30", ready(*many(ud, [10, 24], close_date="2035-09-30")), ["bulk_filter", "composed", "either_stage", "date_range", "no_activity", "product_set"])

# ====================================================================== multi_intent
C = "multi_intent"
add("mul-001", C, j, "Met Euphemia Loxley at the business park this morning, move Ashcombe Park Grounds Contract to Final Quote and remind me to send her the contract Friday",
    ready(act(j, "meeting", contact=1), ud(1, stage=FQ), task(j, FRI, contact=1)), ["multi", "clause_scope", "pronoun_person", "near_duplicate"])
add("mul-002", C, i, "Euphemia Mabey called - Carrowby Car Park Gritting is now 33k, close date July 1",
    ready(act(i, "call", contact=2), ud(6, amount=33000, close_date="2035-07-01")), ["multi", "clause_scope", "same_record", "near_duplicate"])
add("mul-003", C, d, "Add Veryan Yelland at Pinfold Rovers FC, veryan@pinfoldrovers.com, and log a call with her today",
    ready(ccontact(d, "Veryan", "Yelland", 9, "veryan@pinfoldrovers.com"), act(d, "call", contact=46, company=9)), ["multi", "new_record_ref", "comma_list"])
add("mul-004", C, h, "Give Saxonbury Manor Hotel to Jethro and delete the contact Idony Jolliffe",
    ready(uco(3, owner_id=1), dc(12)), ["multi", "ownership", "near_duplicate"])
add("mul-005", C, j, "new company Treen Pottery Studio, new contact Sennen Mudge there, and a soft landscaping deal with him for 6k",
    ready(ccompany(j, "Treen Pottery Studio"), ccontact(j, "Sennen", "Mudge", 26),
          cdeal(j, 26, amount=6000, product=SOFT, contact=46)), ["multi", "chain_create"])
add("mul-006", C, i, "Emailed Gulliver Pengelly the verge map and set a task to chase him Monday",
    ready(act(i, "email", contact=9), task(i, MON, contact=9)), ["multi", "pronoun_person"])
add("mul-007", C, d, "Wyecliffe Quad Landscaping won, Thistlewood Crematorium Grounds back to Planting Scheme",
    ready(ud(9, stage=WON), ud(35, stage=PS)), ["multi", "terse", "won"])
add("mul-008", C, j, "Hembury Estate Grounds Contract is breaking ground! also a note on Hembury Housing Trust: ask about their new estate out at Camborne",
    ready(ud(11, stage=WON), act(j, "note", company=7)), ["multi", "note_on", "won"])
add("mul-009", C, i, "Met Alban Catchpole at Carrowby on Friday, he's an opportunity now",
    ready(act(i, "meeting", FRI_P, contact=30), uc(30, lifecycle_stage="opportunity")), ["multi", "date"])
add("mul-010", C, d, "Called Uriah Kettlewell about the Pinfold Rovers Training Ground, moving it to Site Walk; remind me to send the soil report tomorrow",
    ready(act(d, "call", contact=34, deal=15), ud(15, stage=SW), task(d, TMRW, contact=34, deal=15)), ["multi", "inherit"])
add("mul-011", C, j, "Thisbe Dimmock's email is thisbe@ivelcombe.com and her mobile is 07700 900 743",
    ready(uc(19, email="thisbe@ivelcombe.com", phone="07700 900 743")), ["multi", "same_record", "phone"])
add("mul-012", C, h, "Move Gorsedene Sensory Garden to Dafydd and mark Ianthe's sensory garden layout task for Olwen done",
    ready(ud(23, owner_id=4), done(16)), ["multi", "ownership", "done_task"])
add("mul-013", C, i, "Drakeshill Greens Renovation to Breaking Ground at 54k; log a meeting with Keturah Rainsford today",
    ready(ud(17, stage=WON, amount=54000), act(i, "meeting", contact=15)), ["multi", "clause_scope", "won"])
add("mul-014", C, j, "texted Fabrizio Lumley, then Stennack Hub Winter Gritting goes to Final Quote with a close date of July 20",
    ready(act(j, "message", contact=14), ud(16, stage=FQ, close_date="2035-07-20")), ["multi", "clause_scope"])
add("mul-015", C, j, "Done - sent the site plan to Euphemia Loxley. Also push Ashcombe Park Grounds Contract close date to July 21",
    ready(done(1), ud(1, close_date="2035-07-21")), ["multi", "done_task", "near_duplicate"])
add("mul-016", C, i, "new contact Gerens Tuckett at Gorsedene Care Village, gerens@gorsedenecare.co.uk, and add a task to send him the garden layout Monday",
    ready(ccontact(i, "Gerens", "Tuckett", 14, "gerens@gorsedenecare.co.uk"), task(i, MON, contact=46, company=14)), ["multi", "new_record_ref"])
add("mul-017", C, d, "log a call with Wolfgang Mottershead and move Vexford Depot Vegetation Clearance to Planting Scheme",
    ready(act(d, "call", contact=24), ud(31, stage=PS)), ["multi", "clause_scope"])
add("mul-018", C, h, "Add company Zennor Boatyard with Ianthe as owner, then a hard landscaping deal there for 9k, also Ianthe's",
    ready(ccompany(h, "Zennor Boatyard", owner=i), cdeal(h, 26, amount=9000, product=HARD, owner=i)), ["multi", "ownership", "chain_create"])
add("mul-019", C, j, "Note on Lathbury Hospital: the trust approved the spend. Lathbury Hospital Gardens -> Breaking Ground",
    ready(act(j, "note", company=13), ud(21, stage=WON)), ["multi", "note_on", "won"])
add("mul-020", C, i, "Merrivale Reservoir Gritting has gone to seed and Ulrich Entwistle is now churned",
    ready(ud(27, stage=LOST), uc(20, lifecycle_stage="churned")), ["multi", "lost"])
add("mul-021", C, d, "met Piers Sedgwick on Tuesday about Quarrendon Course Tree Survey and set its close date to July 24",
    ready(act(d, "meeting", TUE_P, contact=16, deal=20), ud(20, close_date="2035-07-24")), ["multi", "date"])
add("mul-022", C, j, "Porthcurnick Holiday Park Planting: 10.5k. And Porthcurnick Holiday Park's domain is porthcurnick.co.uk",
    ready(ud(29, amount=10500), uco(19, domain="porthcurnick.co.uk")), ["multi", "amount"])
add("mul-023", C, i, "emailed Hywel Kinsella and Cato Wadsworth the revised memorial garden plan",
    ready(act(i, "email", contact=13, k=0), act(i, "email", contact=33, k=1)), ["multi", "two_people"])
add("mul-024", C, d, "Dilys Rushby's phone is 01632 960 905; she wants a call on Monday, set me a task",
    ready(uc(27, phone="01632 960 905"), task(d, MON, contact=27)), ["multi", "phone", "pronoun_person"])
add("mul-025", C, h, "Jethro is picking up Merrivale Water and the Merrivale Treatment Works Mowing deal",
    ready(uco(17, owner_id=1), ud(38, owner_id=1)), ["multi", "ownership", "taking_over"])
add("mul-026", C, j, "ok quick brain dump before I drive over to the estate: had a call with Nesta Ormondroyd this morning, she's happy with the lawn plan; Yarncliffe Wedding Lawns should go to Final Quote; and remind me to send Ione Hocking the supplier forms Monday",
    ready(act(j, "call", contact=25), ud(32, stage=FQ), task(j, MON, contact=42)), ["multi", "rambling", "clause_scope"])
add("mul-027", C, i, "Two quick ones please: Godric Pickersgill is an opportunity now, and I met him at the leisure centre yesterday, log it",
    ready(uc(26, lifecycle_stage="opportunity"), act(i, "meeting", YDAY, contact=26)), ["multi", "polite", "wrapper"])
add("mul-028", C, d, "Morning all - a quick update for the record. Orson Inskip has become a customer and I'd like Wyecliffe Quad Landscaping moved to Final Quote. Best, Dafydd",
    ready(uc(11, lifecycle_stage="customer"), ud(9, stage=FQ)), ["multi", "formal_email"])
add("mul-029", C, i, "Met Olwen Tapscott about the Gorsedene Sensory Garden on Friday; remind me to send the revised planting list Tuesday",
    ready(act(i, "meeting", FRI_P, contact=17, deal=23), task(i, TUE, contact=17, deal=23)), ["multi", "inherit", "date"])
add("mul-030", C, d, "met Zebedee Tremlett at the racecourse, move Quarrendon Parade Ring Planting to Planting Scheme at 43k, remind me Friday",
    ready(act(d, "meeting", contact=7), ud(19, stage=PS, amount=43000), task(d, FRI, contact=7, deal=19)), ["multi", "inherit", "clause_scope", "terse"])
add("mul-031", C, j, "met Kensa Naylor at the trust offices, and hand the Hembury Housing Trust account to Ianthe",
    ready(act(j, "meeting", contact=32), uco(7, owner_id=2)), ["multi", "ownership", "hand"])
add("mul-032", C, i, "note for carrowby retail park the centre manager wants the planters done before the summer fair then put carrowby retail park tree works into final quote",
    ready(act(i, "note", company=5), ud(7, stage=FQ)), ["multi", "note_on", "dictation", "lowercase"])
add("mul-033", C, d, "since the racecourse board signed off the budget, move Quarrendon Course Tree Survey to Final Quote and then log a call with Piers Sedgwick",
    ready(ud(20, stage=FQ), act(d, "call", contact=16)), ["multi", "reason_clause", "clause_scope"])
add("mul-034", C, j, "now that the trust has approved the new wing, set Lathbury Hospital Gardens to 27k, push it to the end of July, and remind me to call Cecily Oxenbridge on Monday",
    ready(ud(21, amount=27000, close_date=EOJUL), task(j, MON, contact=8)), ["multi", "reason_clause", "same_record", "three_changes", "clause_scope"])
add("mul-035", C, i, "Ashcombe Parish Verge Cutting is 9.2k and it's breaking ground, then tick off the verge cutting schedule task",
    ready(ud(3, amount=9200, stage=WON), done(5)), ["multi", "won", "done_task", "same_record"])
add("mul-036", C, i, "did the site walk with Hywel Kinsella this morning, so Oxenbridge Memorial Garden can go on to Planting Scheme",
    ready(act(i, "meeting", contact=13), ud(13, stage=PS)), ["multi", "stage_word", "clause_scope"])

# ====================================================================== reference (history)
C = "reference"
add("ref-001", C, i, "the tree one", ready(ud(7, stage=FQ)), ["history", "pick_option"], ["move the Carrowby deal to Final Quote"])
add("ref-002", C, j, "Euphemia Loxley", ready(act(j, "call", contact=1)), ["history", "pick_option", "near_duplicate"], ["log a call with Euphemia this morning"])
add("ref-003", C, d, "the manor hotel one", ready(act(d, "note", company=3)), ["history", "pick_option", "note_on"], ["note on Saxonbury: the new head chef wants a kitchen garden"])
add("ref-004", C, h, "that one can go to Final Quote", ready(ud(32, stage=FQ)), ["history", "after_question", "biggest_deal"], ["which open deal is the biggest by amount?"])
add("ref-005", C, d, "had her on the phone yesterday actually, log it please", ready(act(d, "call", YDAY, contact=27)), ["history", "after_question", "pronoun_person"], ["who's the contact on Thistlewood Crematorium Grounds?"])
add("ref-006", C, i, "change that to gulliver@ashcombe-pc.gov.uk", ready(uc(9, email="gulliver@ashcombe-pc.gov.uk")), ["history", "after_question"], ["what's Gulliver Pengelly's email?"])
add("ref-007", C, j, "shift that to July 2 then", ready(ud(11, close_date="2035-07-02")), ["history", "after_question"], ["when does Hembury Estate Grounds Contract close?"])
add("ref-008", C, h, "and while we're at it, that company goes to Jethro", ready(uco(23, owner_id=1)), ["history", "ownership"], ["add a note on Mossbank Leisure Centre: they're building a splash pad next spring"])
add("ref-009", C, i, "set a task to send him the memorial garden map Monday", ready(task(i, MON, contact=13)), ["history", "pronoun_person"], ["met Hywel Kinsella at Oxenbridge today"])
add("ref-010", C, i, "the clubhouse one", ready(done(4)), ["history", "pick_option", "done_task"], ["mark the Drakeshill mowing start date task done"])
add("ref-011", C, d, "Zebedee", ready(uc(7, phone="07700 900 519")), ["history", "pick_option", "last_name_only", "first_name_pick"], ["Tremlett's new mobile is 07700 900 519"])
add("ref-012", C, i, "mark them all won", ready(*many(ud, [3, 6, 17], stage=WON)), ["history", "after_question", "won"], ["which of my deals are in Final Quote?"])
add("ref-013", C, j, "scrap that, I spoke too soon", nochange(), ["history", "never_mind"], ["create a deal for Lathbury Hospital: winter gritting, 3k"])
add("ref-014", C, d, "push that out to July 9 then", ready(ud(35, close_date="2035-07-09")), ["history", "after_question"], ["what's the close date on Thistlewood Crematorium Grounds?"])
add("ref-015", C, i, "she's a customer now as well, update her", ready(uc(17, lifecycle_stage="customer")), ["history", "pronoun_person"], ["log a meeting with Olwen Tapscott yesterday"])
add("ref-016", C, h, "Ianthe should own it instead", ready(uco(6, owner_id=2)), ["history", "after_question", "ownership", "account_owner"], ["who owns the Wyecliffe University account?"])
add("ref-017", C, j, "the entrance one", ready(act(j, "note", deal=2)), ["history", "pick_option", "note_on"], ["note on the Ashcombe Business Park deal: the estates manager wants the beds planted before the tenants' summer party"])
add("ref-018", C, j, "set a follow-up with her for Monday", ready(task(j, MON, contact=22)), ["history", "pronoun_person"], ["Agatha Jagger called about the holiday park planting"])
add("ref-019", C, h, "Jethro takes all of those over", ready(*many(ud, [3, 6, 7, 13, 17, 18, 23, 27, 30, 34, 38], owner_id=1)), ["history", "after_question", "ownership", "taking_over"], ["how many open deals does Ianthe have?"])
add("ref-020", C, d, "Barraclough", ready(act(d, "call", contact=3)), ["history", "pick_option", "last_name_only"], ["log a call with Radley"])
add("ref-021", C, d, "the academy one", ready(cdeal(d, 4, amount=2400, product=TURF)), ["history", "pick_option", "near_duplicate"], ["set up a deal for Saxonbury: sports turf renovation, 2.4k"])
add("ref-022", C, h, "give both of them an end-of-July close date", ready(ud(27, close_date=EOJUL), ud(31, close_date=EOJUL)), ["history", "after_question", "past_dated"], ["which open deals have close dates that are already behind us?"])
add("ref-023", C, d, "those are all sorted now, tick them off", ready(done(6), done(15), done(23)), ["history", "after_question", "done_task", "overdue"], ["what's overdue on my task list?"])
add("ref-024", C, j, "update it to adelaide@saxonburyacademy.org.uk please", ready(uc(10, email="adelaide@saxonburyacademy.org.uk")), ["history", "after_question"], ["what's Adelaide Gillow's email?"])
add("ref-025", C, i, "call it 35k", ready(ud(30, amount=35000)), ["history", "after_question", "amount"], ["what's open with Tamberlane Supermarkets?"])
add("ref-026", C, h, "Dafydd can have that one now", ready(uco(10, owner_id=4)), ["history", "after_question", "ownership"], ["who owns the Stennack Freight Hub account?"])
add("ref-027", C, d, "the parade ring one", ready(ud(19, stage=FQ)), ["history", "pick_option"], ["move the Quarrendon deal to Final Quote"])
add("ref-028", C, j, "Bathsheba", ready(act(j, "call", contact=6)), ["history", "pick_option", "first_name_pick"], ["log a call with Tremlett"])
add("ref-029", C, i, "hmm no, Planting Scheme rather", ready(ud(30, stage=PS)), ["history", "correction"], ["move Tamberlane Store Landscaping to Site Walk"])
add("ref-030", C, d, "just sent him a text as well, log that too", ready(act(d, "message", contact=11)), ["history", "pronoun_person"], ["Orson Inskip's number is 07700 900 452"])
add("ref-031", C, d, "that's out of date, she's on 07700 900 208 now", ready(uc(21, phone="07700 900 208")), ["history", "after_question", "phone"], ["what's Senara Illingworth's phone number?"])

# ====================================================================== clarification
C = "clarification"
add("clr-001", C, j, "note on Ashcombe: the new estates team starts in September", clar("companies:1", "companies:2"), ["clarification", "shared_first_word", "note_on"])
add("clr-002", C, h, "move Saxonbury to Ianthe", clar("companies:3", "companies:4"), ["clarification", "shared_first_word", "ownership"])
add("clr-003", C, j, "call with Euphemia just now", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-004", C, i, "Radley's new email is radley@fastmail.co.uk", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-005", C, j, "rang Tremlett back about the contract", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only"])
add("clr-006", C, j, "move the Ashcombe Business Park deal to Final Quote", clar("deals:1", "deals:2"), ["clarification", "two_open_deals"])
add("clr-007", C, i, "Carrowby deal amount 34k", clar("deals:6", "deals:7"), ["clarification", "two_open_deals", "closed_not_offered", "terse"])
add("clr-008", C, i, "mark the Drakeshill mowing start date task done", clar("tasks:3", "tasks:4"), ["clarification", "same_title_task", "done_task"])
add("clr-009", C, j, "done - sent the site plan to Euphemia", clar("tasks:1", "tasks:2"), ["clarification", "same_title_task", "done_task", "near_duplicate"])
add("clr-010", C, d, "push the Wyecliffe deal to September 2", clar("deals:9", "deals:10"), ["clarification", "two_open_deals"])
add("clr-011", C, d, "Quarrendon deal close date August 9", clar("deals:19", "deals:20"), ["clarification", "two_open_deals", "terse"])
add("clr-012", C, i, "the Saxonbury deal is worth 30k now", clar("deals:4", "deals:5"), ["clarification", "shared_first_word"])
add("clr-013", C, i, "Ashcombe's new domain is ashcombe.co.uk", clar("companies:1", "companies:2"), ["clarification", "shared_first_word"])
add("clr-014", C, j, "emailed Euphemia the revised site plan", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-015", C, d, "Radley wants a call on Monday, set a task", clar("contacts:3", "contacts:4"), ["clarification", "near_duplicate", "first_name_only"])
add("clr-016", C, h, "the Saxonbury account owner is now Ianthe", clar("companies:3", "companies:4"), ["clarification", "shared_first_word", "ownership"])
add("clr-017", C, d, "the Tremlett number is 07700 900 681", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only", "phone"])
add("clr-018", C, h, "Please push the Merrivale deal out to 30 September.", clar("deals:27", "deals:38"), ["clarification", "two_open_deals", "formal"])
add("clr-019", C, i, "note on Oxenbridge: wants the revised planting plan before the end of the month", clar("companies:8", "contacts:8"), ["clarification", "shared_word", "note_on"])
add("clr-020", C, h, "give the Tremlett contact to Ianthe", clar("contacts:6", "contacts:7"), ["clarification", "last_name_only", "ownership"])
add("clr-021", C, h, "set the Carrowby deal's close date to July 30", clar("deals:6", "deals:7"), ["clarification", "two_open_deals", "closed_not_offered"])
add("clr-022", C, i, "remind me to send Euphemia the gritting map tomorrow", clar("contacts:1", "contacts:2"), ["clarification", "near_duplicate", "first_name_only", "remind_me"])
add("clr-023", C, d, "the Ashcombe deal's close date is August 8", clar("deals:1", "deals:2", "deals:3"), ["clarification", "shared_first_word", "two_open_deals"])

# ====================================================================== refusal
C = "refusal"
add("rfs-001", C, g, "move Quarrendon Parade Ring Planting to Final Quote", rej("reviewer"), ["refusal", "reviewer"])
add("rfs-002", C, g, "push all of Ianthe's Final Quote deals to the end of July", rej("reviewer"), ["refusal", "reviewer", "bulk_filter"])
add("rfs-003", C, g, "log a call with Euphemia Loxley and move Ashcombe Park Grounds Contract to Final Quote", rej("reviewer"), ["refusal", "reviewer", "multi"])
add("rfs-004", C, g, "Add Locryn Axford at Stennack Freight Hub, locryn@stennackfreight.com", rej("reviewer"), ["refusal", "reviewer", "comma_list"])
add("rfs-005", C, g, "note on Tamberlane Supermarkets: they asked for our public liability certificate", rej("reviewer"), ["refusal", "reviewer", "note_on"])
add("rfs-006", C, g, "done - sent the final quote to Dilys Rushby", rej("reviewer"), ["refusal", "reviewer", "done_task"])
add("rfs-007", C, j, "delete Yolanda Moyle", rej("admin"), ["refusal", "rep_delete"])
add("rfs-008", C, i, "delete the Tamberlane Store Landscaping deal", rej("admin"), ["refusal", "rep_delete"])
add("rfs-009", C, d, "remove Ormsgill Minster from the CRM", rej("admin"), ["refusal", "rep_delete"])
add("rfs-010", C, i, "delete all the Gone to Seed deals", rej("admin"), ["refusal", "rep_delete", "bulk_delete"])
add("rfs-011", C, d, "move Harcastle Park Tree Works to Negotiation", rej("negotiation"), ["refusal", "unknown_stage"])
add("rfs-012", C, j, "mark Brambleigh Outfield Renovation as Planning Approved", rej("planning"), ["refusal", "unknown_stage"])
add("rfs-013", C, i, "Merrivale Treatment Works Mowing -> Proposal", rej("proposal"), ["refusal", "unknown_stage"])
add("rfs-014", C, h, "give Wyecliffe University to Priya", rej("priya"), ["refusal", "unknown_user"])
add("rfs-015", C, h, "Pelham takes over the Yarncliffe Wedding Lawns", rej("pelham"), ["refusal", "unknown_user"])
add("rfs-016", C, i, "log a call with Morwenna Trewhella", rej("trewhella"), ["refusal", "unknown_contact"])
add("rfs-017", C, d, "note on Kelynack Llama Trekking: they want a new paddock fence", rej("kelynack"), ["refusal", "unknown_company", "note_on"])
add("rfs-018", C, j, "knock Saxonbury Academy Playing Fields down to minus 3,500", rej("negative"), ["refusal", "negative_amount"])
add("rfs-019", C, j, "set Porthcurnick Holiday Park Planting to -9,400", rej("negative"), ["refusal", "negative_amount"])
add("rfs-020", C, j, "Adelaide Gillow's email is adelaide at saxonbury academy", rej("email"), ["refusal", "bad_email"])
add("rfs-021", C, g, "Could you hand the Lathbury Hospital account to Ianthe?", rej("reviewer"), ["refusal", "reviewer", "ownership", "polite"])
add("rfs-022", C, d, "Silas Upjohn is now a gold-tier client", rej("gold"), ["refusal", "unknown_lifecycle"])
add("rfs-023", C, g, "remind me to call Thisbe Dimmock tomorrow", rej("reviewer"), ["refusal", "reviewer", "task"])
add("rfs-024", C, i, "Drakeshill Clubhouse Hedging is -7k now", rej("negative"), ["refusal", "negative_amount"])

# ====================================================================== negation
C = "negation"
add("neg-001", C, j, "don't move Ashcombe Park Grounds Contract to Breaking Ground yet", nochange(), ["negation", "pure_negation"])
add("neg-002", C, i, "I bumped into the Carrowby people at the trade show but there's nothing worth logging", nochange(), ["negation", "pure_negation"])
add("neg-003", C, d, "leave Quarrendon Parade Ring Planting in Site Walk", nochange(), ["negation", "leave_as_is", "stage_word"])
add("neg-004", C, j, "don't mark Stennack Hub Winter Gritting as gone to seed - move it to Final Quote instead", ready(ud(16, stage=FQ)), ["negation", "correction"])
add("neg-005", C, i, "not Final Quote - put Oxenbridge Memorial Garden in Planting Scheme", ready(ud(13, stage=PS)), ["negation", "correction"])
add("neg-006", C, d, "the Thistlewood close date can stay as it is for now, we'll look again after the summer", nochange(), ["negation", "leave_as_is"])
add("neg-007", C, h, "Don't reassign Yarncliffe Country Estate; it stays with Jethro.", nochange(), ["negation", "leave_as_is"])
add("neg-008", C, j, "actually, forget that one", nochange(), ["negation", "never_mind", "history"], ["move Saxonbury Academy Playing Fields to Planting Scheme"])
add("neg-009", C, i, "no, drop the reminder", nochange(), ["negation", "history", "never_mind"], ["remind me to call Keturah Rainsford tomorrow"])
add("neg-010", C, d, "Ivelcombe Science Park Grounds stays at 48.5k, don't touch it", nochange(), ["negation", "leave_as_is"])
add("neg-011", C, j, "don't complete the Hembury drainage task, just log a call with Kensa Naylor", ready(act(j, "call", contact=32)), ["negation", "partial"])
add("neg-012", C, i, "Not 12.5k - the Carrowby Retail Park Tree Works is 12.9k", ready(ud(7, amount=12900)), ["negation", "correction", "amount"])
add("neg-013", C, d, "no need to change the stage, just set Wyecliffe Quad Landscaping's close date to July 11", ready(ud(9, close_date="2035-07-11")), ["negation", "partial"])
add("neg-014", C, h, "Do not delete Mossbank Leisure Centre, just move it to Dafydd", ready(uco(23, owner_id=4)), ["negation", "ownership"])
add("neg-015", C, j, "on second thoughts don't bother with that reminder", nochange(), ["negation", "never_mind", "history"], ["remind me to chase Kezia Abbott on Friday"])
add("neg-016", C, i, "Carrowby Car Park Gritting is still at Final Quote and that's where it should stay", nochange(), ["negation", "leave_as_is"])
add("neg-017", C, d, "wait, leave it where it is", nochange(), ["negation", "never_mind", "history"], ["move Thistlewood Crematorium Grounds to Site Walk"])
add("neg-018", C, j, "no need for a reminder, I've already rung Agatha Jagger - just log the call", ready(act(j, "call", contact=22)), ["negation", "partial"])
add("neg-019", C, d, "the deals that went to seed last month were all about price, nothing we could have done", nochange(), ["negation", "description", "lost"])
add("neg-020", C, i, "Tamberlane are always slow to sign anything, that's supermarkets for you", nochange(), ["negation", "description"])
add("neg-021", C, j, "fyi the wedding lawns at Yarncliffe look stunning this week, well done crew", nochange(), ["negation", "description", "lowercase"])
add("neg-022", C, h, "Ianthe had a cracking May, three planting schemes signed off in a fortnight", nochange(), ["negation", "description", "stage_word"])
add("neg-023", C, j, "Morning all, please nobody touch Hembury Estate Grounds Contract until the trust's board has met. Cheers, Jethro", nochange(), ["negation", "pure_negation", "formal_email"])
add("neg-024", C, d, "we walked the site at Harcastle on Monday but it was only a look round, no need to log anything", nochange(), ["negation", "pure_negation", "stage_word"])
add("neg-025", C, d, "the crew start breaking ground on the Pinfold Rovers pitch renovation on Monday, exciting times", nochange(), ["negation", "description", "stage_word"])

# ====================================================================== correction
C = "correction"
add("cor-001", C, j, "Saxonbury Academy Playing Fields is 19k - no, 19.8k", ready(ud(5, amount=19800)), ["correction", "amount", "no_wait"])
add("cor-002", C, i, "Carrowby Retail Park Tree Works should close on the 14th of July, sorry I mean the 16th", ready(ud(7, close_date="2035-07-16")), ["correction", "date", "words"])
add("cor-003", C, d, "the Quarrendon survey deal should be 20k instead of 18.5k", ready(ud(20, amount=20000)), ["correction", "instead_of"])
add("cor-004", C, j, "Eben Uttley's email is eben@brambleigh.cricket - no wait, brambleighcc.co.uk", ready(uc(28, email="eben@brambleighcc.co.uk")), ["correction", "email", "no_wait"])
add("cor-005", C, i, "move Tamberlane Store Landscaping to Planting Scheme, scratch that, Site Walk", ready(ud(30, stage=SW)), ["correction", "scratch_that"])
add("cor-006", C, d, "task to call Zuleika Dunstable Monday - actually Tuesday", ready(task(d, TUE, contact=31)), ["correction", "task"])
add("cor-007", C, h, "Give Gorsedene Care Village to Jethro... no, to Dafydd", ready(uco(14, owner_id=4)), ["correction", "ownership"])
add("cor-008", C, j, "log a meeting with Kezia Abbott from this morning... hang on, it was a call, not a meeting", ready(act(j, "call", contact=29)), ["correction"])
add("cor-009", C, i, "Drakeshill Greens Renovation - the 52k was a typo, it should be 55.5k", ready(ud(17, amount=55500)), ["correction", "amount"])
add("cor-010", C, d, "Pinfold Rovers Training Ground to Site Walk - no, keep it in Enquiry and just change the close date to September 22", ready(ud(15, close_date="2035-09-22")), ["correction", "negation"])
add("cor-011", C, j, "new contact Trystan Westaway at Stennack Freight Hub, twestaway@stennackfreight.com - sorry, trystan.westaway@stennackfreight.com", ready(ccontact(j, "Trystan", "Westaway", 10, "trystan.westaway@stennackfreight.com")), ["correction", "email"])
add("cor-012", C, i, "oops, I meant Final Quote not Planting Scheme", ready(ud(38, stage=FQ)), ["correction", "history"], ["move Merrivale Treatment Works Mowing to Planting Scheme"])
add("cor-013", C, d, "ignore the figure I gave you, Thistlewood Crematorium Grounds is 11.25k", ready(ud(35, amount=11250)), ["correction", "scratch_that"])
add("cor-014", C, j, "Stennack Hub Winter Gritting: not July 11 any more, it's the eighteenth of August", ready(ud(16, close_date="2035-08-18")), ["correction", "date", "words"])
add("cor-015", C, i, "Gorsedene Sensory Garden should go back to Site Walk instead of sitting in Planting Scheme", ready(ud(23, stage=SW)), ["correction", "instead_of"])

# ====================================================================== typo
C = "typo"
add("typ-001", C, j, "moev ashcombe park grounds contarct to final qoute", ready(ud(1, stage=FQ)), ["typo", "multi_typo"])
add("typ-002", C, i, "calld euphemia mabye at carrowby this mornign", ready(act(i, "call", contact=2)), ["typo", "multi_typo", "near_duplicate"])
add("typ-003", C, d, "quarrendon parade rign planting amout 45k", ready(ud(19, amount=45000)), ["typo", "multi_typo"])
add("typ-004", C, j, "remnd me to cal Adelaide Gilow tomoro", ready(task(j, TMRW, contact=10)), ["typo", "multi_typo"])
add("typ-005", C, i, "Oxenbridge memorial gardn close dat end of febuary", ready(ud(13, close_date="2036-02-29")), ["typo", "multi_typo", "year_roll", "leap_year"])
add("typ-006", C, d, "note on Thistelwood Crematorium: manager wnats the yews left alone", ready(act(d, "note", company=24)), ["typo", "note_on"])
add("typ-007", C, j, "Lathbury hospital gardns breaking grund", ready(ud(21, stage=WON)), ["typo", "won"])
add("typ-008", C, i, "drakeshill greens renovaton to planitng scheme pls", ready(ud(17, stage=PS)), ["typo", "multi_typo", "mobile"])
add("typ-009", C, d, "emaild Orson Inskp the paving optoins", ready(act(d, "email", contact=11)), ["typo", "multi_typo"])
add("typ-010", C, h, "hand Tamberlane Supermarkts to Dafyd", ready(uco(20, owner_id=4)), ["typo", "ownership", "hand"])
add("typ-011", C, j, "Euphemia Loxly new phone 07700 900 574", ready(uc(1, phone="07700 900 574")), ["typo", "phone", "near_duplicate"])
add("typ-012", C, i, "Mosbank Leisure Centre Grouds 8k", ready(ud(34, amount=8000)), ["typo", "amount"])
add("typ-013", C, d, "Wyecliffe campus maintenence > site wlak", ready(ud(10, stage=SW)), ["typo", "multi_typo"])
add("typ-014", C, j, "met Bathsheeba Tremlet at hembury yesturday", ready(act(j, "meeting", YDAY, contact=6)), ["typo", "multi_typo", "date"])
add("typ-015", C, i, "done - sent the sensery garden layout to Olwen Tapscot", ready(done(16)), ["typo", "done_task"])
add("typ-016", C, d, "pinfold rovers trainng ground: $17k", ready(ud(15, amount=17000)), ["typo", "amount"])

# ====================================================================== unsupported
C = "unsupported"
add("uns-001", C, j, "reschedule the Eben Uttley outfield task to next month", rej(), ["unsupported", "reschedule"])
add("uns-002", C, i, "rename my Fergal Littlewood car park beds task to 'Beds call'", rej(), ["unsupported", "task_rename"])
add("uns-003", C, d, "take yesterday's call with Wolfgang Mottershead off the timeline, I logged it by mistake", rej(), ["unsupported", "activity_edit"])
add("uns-004", C, h, "Radley Barraclough and Radley Ashdown are the same man, merge them", rej(), ["unsupported", "merge"])
add("uns-005", C, j, "reopen the Yarncliffe orchard planting crew task", rej(), ["unsupported", "reopen"])
add("uns-006", C, i, "that meeting I logged with Hywel Kinsella was actually on Tuesday, fix the date", rej(), ["unsupported", "activity_edit"])
add("uns-007", C, d, "cancel the Dilys Rushby testimonial task", rej(), ["unsupported", "task_cancel"])
add("uns-008", C, j, "export all my deals to a spreadsheet for me", rej(), ["unsupported", "export"])
add("uns-009", C, i, "move the Gulliver Pengelly verge schedule task to July 2", rej(), ["unsupported", "reschedule"])
add("uns-010", C, h, "Reassign Dafydd's Silas Upjohn survey walk task to Jethro.", rej(), ["unsupported", "task_reassign"])
add("uns-011", C, d, "can you draw up the planting plan for the Quarrendon parade ring?", rej(), ["unsupported", "document", "stage_word"])

# ====================================================================== questions (answers from validate_ninth.QUESTIONS)
C = "question"
QS = [
    ("qst-001", g, "which open deals do we have with Ashcombe Business Park?", ["company_deals", "near_duplicate"]),
    ("qst-002", h, "list every deal Carrowby Retail Park has ever had", ["company_deals", "closed_included"]),
    ("qst-003", i, "what of mine closes before the end of June?", ["closing", "my"]),
    ("qst-004", h, "how many deals are sitting at Planting Scheme right now?", ["count", "stage"]),
    ("qst-005", j, "what's my open pipeline worth all together?", ["pipeline", "sum", "my"]),
    ("qst-006", d, "what's Radley Ashdown's phone number?", ["contact_info", "near_duplicate"]),
    ("qst-007", g, "who owns Ashcombe Parish Council?", ["owner", "account_owner", "near_duplicate"]),
    ("qst-008", i, "when did we last speak to Keturah Rainsford?", ["last_touch"]),
    ("qst-009", h, "which deals have had no activity for four weeks?", ["stale_deals", "no_activity"]),
    ("qst-010", j, "show me all my open tasks", ["tasks", "my", "terse"]),
    ("qst-011", i, "which of my tasks are past their due date?", ["tasks", "overdue", "my"]),
    ("qst-012", g, "how much has broken ground this year?", ["won_lost", "sum"]),
    ("qst-013", h, "what's the biggest open deal we have?", ["biggest_deal"]),
    ("qst-014", d, "who's the contact on Quarrendon Course Tree Survey?", ["deal_contact"]),
    ("qst-015", j, "what's Euphemia Mabey's email?", ["contact_info", "near_duplicate"]),
    ("qst-016", g, "who do we know at Drakeshill Golf Club?", ["company_contacts"]),
    ("qst-017", h, "how many contacts do we have at Wyecliffe University?", ["count", "company_contacts"]),
    ("qst-018", i, "which deals went to seed?", ["won_lost", "lost"]),
    ("qst-019", g, "which deals are at Final Quote?", ["pipeline", "stage", "stage_word"]),
    ("qst-020", h, "what do Ianthe's Final Quote deals add up to?", ["pipeline", "sum"]),
    ("qst-021", d, "when is Wyecliffe Quad Landscaping due to close?", ["closing", "date"]),
    ("qst-022", j, "which companies are mine?", ["owner", "accounts", "my"]),
    ("qst-023", i, "how much is Gorsedene Sensory Garden worth?", ["amount"]),
    ("qst-024", g, "which open deals are for winter gritting?", ["product"]),
    ("qst-025", i, "which of my deals has nobody touched for three weeks?", ["stale_deals", "my", "no_activity"]),
    ("qst-026", h, "how many open deals has Dafydd got?", ["count"]),
    ("qst-027", j, "what's on my plate task-wise this week?", ["tasks", "this_week", "my"]),
    ("qst-028", d, "where does Talfryn Gummow work and what's his job?", ["contact_info", "job_title"]),
    ("qst-029", i, "what's Saxonbury Academy's website?", ["company_info", "near_duplicate"]),
    ("qst-030", g, "which open deals have sailed past their close date?", ["closing", "past_dated"]),
    ("qst-031", h, "how many overdue tasks does the whole team have?", ["count", "overdue"]),
    ("qst-032", j, "what broke ground with Yarncliffe Country Estate?", ["won_lost"]),
    ("qst-033", g, "who owns the Ivelcombe Science Park Grounds deal?", ["owner", "deal_owner"]),
    ("qst-034", h, "who's the account owner for Ivelcombe Science Park?", ["owner", "account_owner"]),
    ("qst-035", d, "what stage is Quarrendon Parade Ring Planting at?", ["stage"]),
    ("qst-036", g, "what's the total value of the open grounds maintenance deals?", ["pipeline", "sum", "product"]),
    ("qst-037", h, "which open deals are worth more than 50k?", ["amount_filter"]),
    ("qst-038", i, "which contacts do we have at Ashcombe Parish Council?", ["company_contacts", "near_duplicate"]),
    ("qst-039", d, "what's Dafydd Huxtable's number?", ["contact_info", "user_name_clash"]),
    ("qst-040", g, "how many client companies does Greensward have on record?", ["count"]),
    ("qst-041", h, "which of Jethro's contacts are still leads?", ["my_leads"]),
    ("qst-042", j, "how much is the Ashcombe Park Entrance Planting deal?", ["amount", "near_duplicate"]),
    ("qst-043", j, "which of my deals close in July?", ["closing", "my"]),
    ("qst-044", g, "how much went to seed this year?", ["won_lost", "lost", "sum"]),
    ("qst-045", h, "what's Dafydd's average open deal size?", ["average_deal"]),
    ("qst-046", j, "how many CRM activities have I added today?", ["activity", "today", "count", "my"]),
    ("qst-047", j, "how many of my deals have broken ground?", ["won_lost", "count", "my"]),
    ("qst-048", i, "who's the contact on Carrowby Retail Park Tree Works?", ["deal_contact"]),
    ("qst-049", d, "how many activities are logged against Quarrendon Parade Ring Planting?", ["activity", "count"]),
    ("qst-050", j, "what's Zebedee Tremlett's email?", ["contact_info", "near_duplicate"]),
    ("qst-051", g, "what stage is Saxonbury Academy Playing Fields at?", ["stage", "near_duplicate"]),
    ("qst-052", i, "which of my deals are still at Enquiry?", ["stage", "my"]),
    ("qst-053", h, "what's the total open pipeline at Merrivale Water?", ["pipeline", "sum"]),
    ("qst-054", g, "who owns Hembury Housing Trust?", ["owner", "account_owner"]),
    ("qst-055", g, "which open deals are for tree surgery?", ["product"]),
    ("qst-056", h, "when's Yarncliffe Wedding Lawns expected to close?", ["closing", "date"]),
    ("qst-057", j, "what industry is Stennack Freight Hub in?", ["company_info"]),
    ("qst-058", i, "what's the total of everything that broke ground in May?", ["won_lost", "sum", "period"]),
    ("qst-059", d, "which of my deals are in Planting Scheme?", ["stage", "my"]),
    ("qst-060", g, "which deals haven't been touched in six weeks?", ["stale_deals", "no_activity"]),
    ("qst-061", h, "what's the total number of open deals across the team?", ["count", "pipeline"]),
    ("qst-062", j, "what's Fabrizio Lumley's job title?", ["contact_info", "job_title"]),
    ("qst-063", i, "which deals close before July 1?", ["closing", "date_range"]),
    ("qst-064", h, "what's the entire open pipeline worth?", ["pipeline", "sum"]),
    ("qst-065", d, "phone for Radley Barraclough", ["contact_info", "near_duplicate", "terse"]),
    ("qst-066", g, "which companies does Ianthe own?", ["owner", "accounts"]),
    ("qst-067", j, "when was the last activity on Porthcurnick Holiday Park Planting?", ["last_touch"]),
    ("qst-068", i, "what's Olwen Tapscott's email?", ["contact_info"]),
    ("qst-069", d, "which contacts do we have at Saxonbury Manor Hotel?", ["company_contacts", "near_duplicate"]),
    ("qst-070", g, "how many deals went to seed this year?", ["won_lost", "count", "lost"]),
    ("qst-071", h, "list Jethro's deals in Planting Scheme", ["stage"]),
    ("qst-072", d, "what industry is Ormsgill Minster in?", ["company_info"]),
    ("qst-073", j, "which deals broke ground last month?", ["won_lost", "period"]),
    ("qst-074", g, "what's Ianthe's average open deal size?", ["average_deal"]),
    ("qst-075", i, "who's the contact on the Ashcombe Parish Verge Cutting deal?", ["deal_contact", "near_duplicate"]),
    ("qst-076", h, "how many open deals does Wyecliffe University have?", ["count", "company_deals"]),
    ("qst-077", d, "when is my Dilys Rushby final quote task due?", ["tasks", "date", "stage_word"]),
    ("qst-078", j, "what's the smallest open deal on the books?", ["biggest_deal", "smallest"]),
    ("qst-079", g, "what's open with Pinfold Rovers FC?", ["company_deals"]),
    ("qst-080", h, "what's the total of everything that broke ground in April?", ["won_lost", "sum", "period"]),
    ("qst-081", i, "Could you tell me which Enquiry deals close in August?", ["closing", "stage", "polite"]),
    ("qst-082", h, "who's the owner of the Merrivale Reservoir Gritting deal?", ["owner", "deal_owner"]),
    ("qst-083", d, "how many activities have I logged since midnight?", ["activity", "today", "count", "my"]),
    ("qst-084", g, "what's Dafydd got due this week?", ["tasks", "this_week"]),
    ("qst-085", j, "how much is sitting in Final Quote right now?", ["pipeline", "sum", "stage"]),
]
for qid, user, text, tags in QS:
    add(qid, C, user, text, Q(), tags)

DECLINES = [
    ("dec-001", j, "what will the weather be like for the Yarncliffe lawn cut on Saturday?", []),
    ("dec-002", h, "how many acres does Wyecliffe University's campus cover?", []),
    ("dec-003", i, "how many staff does Tamberlane Supermarkets employ?", []),
    ("dec-004", g, "who looks after the grounds at Penwithick Golf Links?", []),
    ("dec-005", d, "what's the email address for Lowenna Treloar?", []),
    ("dec-006", j, "how satisfied are our clients this season, on a scale of one to ten?", []),
    ("dec-007", h, "how many tonnes of grit did we spread last winter?", []),
    ("dec-008", i, "what did Pelham sell last quarter?", []),
    ("dec-009", g, "what's the status of the Ashcombe Golf deal?", ["Ashcombe Park Grounds Contract", "Ashcombe Park Entrance Planting", "Ashcombe Parish Verge Cutting"]),
    ("dec-010", d, "how much does a tonne of rock salt cost at the moment?", []),
    ("dec-011", j, "what's Thisbe Dimmock's Twitter handle?", []),
    ("dec-012", h, "what's our reseeding failure rate on the sports pitches?", []),
    ("dec-013", i, "which Saxonbury Garden Centre contacts do we have?", ["Radley Barraclough", "Idony Jolliffe", "Adelaide Gillow"]),
    ("dec-014", g, "what's Lathbury Hospital's credit rating?", []),
]
for qid, user, text, ex in DECLINES:
    add(qid, C, user, text, DECLINE(*ex), ["question", "decline"])


def fill_answers() -> None:
    from validate_ninth import question_answers
    answers = question_answers()
    for it in ITEMS:
        e = it["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it["id"]]


def main() -> None:
    from validate_ninth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it["id"]: it for it in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[x], ensure_ascii=False) + "\n" for x in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
