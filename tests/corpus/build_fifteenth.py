"""Writes fifteenth_dev.jsonl and fifteenth_test.jsonl: the hand-written items of the fifteenth corpus (fixture O,
Ascendry Lift Engineering), split by validate_fifteenth.split (per category, balanced by voice). One add(...) per item.
The helpers (the item-building helpers of build_fourteenth.py, re-targeted to fixture O) only type link ids once (a
contact gives its company; a deal gives its company and, when no person is named, its contact), fill the acting user in
as owner/author, and number new records from the next free id. Every item names exactly one voice. Question answers are
filled from the SQL in validate_fifteenth.QUESTIONS (the only labels taken from SQL); everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_fifteenth.py
(then check with: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_fifteenth.py)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_o import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"guadalupe": 1, "bartosz": 2, "radhika": 3, "keoni": 4, "olufemi": 5, "mireia": 6}
NEXT = {"companies": 31, "contacts": 46, "deals": 46, "activities": 401, "tasks": 43}
TODAY = "2045-06-17"  # a Saturday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, voice, text, expect, tags, history=()):
    """One item. `voice` is the item's single voice tag (validate_fifteenth.VOICES); it is put first in the tags."""
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


def cdeal(u, company, stage="Scoping", amount=None, close=None, product=None, contact=None, name=None, owner=None,
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
SC, SS, QI, FR, WON, LOST = "Scoping", "Shaft Survey", "Quotation Issued", "Final Round", "Handed Over", "Mothballed"
PL, GL, LM, ST, ES, BC = ("Passenger Lifts", "Goods Lifts", "Lift Modernisation", "Stair Lifts", "Escalator Servicing",
                          "Breakdown Cover")
# dates (today is Saturday 2045-06-17). Past days, for activities (a weekday is its most recent past occurrence):
FRI_P, THU_P, WED_P, TUE_P, MON_P = "2045-06-16", "2045-06-15", "2045-06-14", "2045-06-13", "2045-06-12"
# future, for tasks and deals (a weekday is its next occurrence; no "next <weekday>", no future "Saturday")
SUN, MON, TUE, WED, THU, FRI, WEEK = ("2045-06-18", "2045-06-19", "2045-06-20", "2045-06-21", "2045-06-22",
                                      "2045-06-23", "2045-06-24")
EOM, EOJUL, EOAUG = "2045-06-30", "2045-07-31", "2045-08-31"
gu, ba, ra, ke, ol, mi = "guadalupe", "bartosz", "radhika", "keoni", "olufemi", "mireia"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, ba, "terse", "roxby escalator refurb → final round", ready(ud(27, stage=FR)), ["stage", "abbreviation"])
add("upd-002", C, ol, "plain", "The Kildale goods lifts quote has gone up to 57,250 after they added a third car.",
    ready(ud(11, amount=57250)), ["amount", "reason_clause"])
add("upd-003", C, ra, "polite", "Could you push the close date on the Danby Dental stair lift out to 31 July, please?",
    ready(ud(17, close_date=EOJUL)), ["close_date", "polite"])
add("upd-004", C, mi, "mobile", "newholm modernisation - they want it wrapped by the 30th, change close date pls",
    ready(ud(19, close_date=EOM)), ["close_date", "mobile"])
add("upd-005", C, gu, "manager", "Set the Moorsholm Council housing lifts deal to Final Round, and put its value at 91k.",
    ready(ud(30, stage=FR, amount=91000)), ["stage", "amount", "cross_owner"])
add("upd-006", C, ba, "rambling", "so I've just come off site at Lingdale Academy and honestly the stair lift job is ours, "
    "they shook hands on it in the car park, so put the Lingdale stair lift deal down as Handed Over, cheers",
    ready(ud(32, stage=WON)), ["stage", "won", "rambling"])
add("upd-007", C, ol, "dictation", "Wrelton Grand Hotel passenger lift comma new amount eighty nine thousand five hundred "
    "full stop", ready(ud(4, amount=89500)), ["amount", "dictation"])
add("upd-008", C, ra, "non_native", "Please the Sandsend Court passenger lift deal, you change the product to Lift "
    "Modernisation, it is not a new lift anymore.", ready(ud(23, product=LM)), ["product", "non_native"])
add("upd-009", C, mi, "formal", "Kindly record 15 September 2045 as the anticipated close of the Brotton Terminal Passenger "
    "Lifts opportunity.", ready(ud(36, close_date="2045-09-15")), ["close_date", "formal"])
add("upd-010", C, ba, "plain", "Move the Glaisdale Hospital breakdown cover into Quotation Issued.", ready(ud(2, stage=QI)),
    ["stage"])
add("upd-011", C, mi, "terse", "mickleby bd cover 7.6k→8.15k", ready(ud(42, amount=8150)),
    ["amount", "abbreviation", "terse"])
add("upd-012", C, ra, "wrapper", "Hi! Small thing — Liverton Distillery goods lift, can we say it closes end of August "
    "instead? Cheers", ready(ud(29, close_date=EOAUG)), ["close_date", "wrapper"])
add("upd-013", C, ol, "plain", "Margrove Cinema have pulled out, so their passenger lift is mothballed",
    ready(ud(35, stage=LOST)), ["stage", "lost", "stage_word"])
add("upd-014", C, gu, "manager", "Bring the Staithes Museum goods lift forward to Shaft Survey; the surveyor is booked.",
    ready(ud(21, stage=SS)), ["stage", "cross_owner", "reason_clause"])
add("upd-015", C, ba, "polite", "Would you mind changing the Carlin Student Village breakdown cover amount to 5,950?",
    ready(ud(37, amount=5950)), ["amount", "polite"])
add("upd-016", C, mi, "plain", "The Egton stair lifts deal can slip two weeks from its current close date.",
    ready(ud(14, close_date="2045-07-22")), ["close_date", "relative_to_record"])
add("upd-017", C, ra, "formal_email", "Dear team, please record that the Commondale Theatre Passenger Lift has been "
    "awarded to us; stage Handed Over. Regards, Radhika", ready(ud(15, stage=WON)), ["stage", "won", "formal_email"])
add("upd-018", C, ol, "typo", "chnage the lythe exchnage breakdwon cover amount to 12,400", ready(ud(25, amount=12400)),
    ["amount", "typo", "multi_typo"])
add("upd-019", C, ba, "plain", "Skinningrove goods lift is worth 52,000 now that they want a heavier platform",
    ready(ud(44, amount=52000)), ["amount", "reason_clause"])
add("upd-020", C, mi, "wrapper", "Morning! Could the Wrelton car park breakdown cover go to Final Round? They've "
    "shortlisted us. Ta!", ready(ud(6, stage=FR)), ["stage", "wrapper"])
add("upd-021", C, ra, "terse", "glaisdale quay modernisation → shaft survey, 40k", ready(ud(3, stage=SS, amount=40000)),
    ["stage", "amount", "terse"])
add("upd-022", C, ol, "non_native", "The footbridge lifts of Goathland railway, the closing date now is 8 August, please "
    "update.", ready(ud(18, close_date="2045-08-08")), ["close_date", "non_native"])
add("upd-023", C, gu, "manager", "Ugthorpe University library lifts: close it out as Mothballed, their tender was "
    "cancelled.", ready(ud(7, stage=LOST)), ["stage", "lost", "reason_clause"])
add("upd-024", C, ba, "dictation", "update the Roxby Airport breakdown cover close date to the fifth of July full stop",
    ready(ud(28, close_date="2045-07-05")), ["close_date", "dictation", "past_dated"])
add("upd-025", C, ra, "rambling", "right so the Ruswarp people rang back about their breakdown cover and they've knocked "
    "us down a bit, we settled on four thousand six hundred, can you put that in, it stays at Final Round",
    ready(ud(41, amount=4600)), ["amount", "rambling"])
add("upd-026", C, mi, "polite", "Could you please set the Boosbeck escalator servicing deal's close date to the end of "
    "July?", ready(ud(31, close_date=EOJUL)), ["close_date", "polite"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, ol, "plain", "Leilani Kealoha's new phone is 07700 900 312 — the old hotel extension is dead", ready(uc(3, phone="07700 900 312")),
    ["phone"])
add("uct-002", C, ra, "terse", "emre demirci email now emre.demirci@lealholmcentre.co.uk",
    ready(uc(5, email="emre.demirci@lealholmcentre.co.uk")), ["email", "terse", "last_name_pair"])
add("uct-003", C, mi, "formal", "Please update Zuzana Carlin's lifecycle stage to customer.",
    ready(uc(8, lifecycle_stage="customer")), ["lifecycle", "formal", "surname_company"])
add("uct-004", C, ba, "non_native", "Rasmus Toft change his mobile, the new number is +44 1287 496 221",
    ready(uc(27, phone="+44 1287 496 221")), ["phone", "non_native"])
add("uct-005", C, gu, "manager", "Ewa Kaczmarek works at Aislaby Science Park these days rather than Lythe Exchange, move her across.",
    ready(uc(37, company_id=28)), ["company_move"])
add("uct-006", C, ol, "dictation", "Onur Celik's email is onur dot celik at kildalecold dot com",
    ready(uc(33, email="onur.celik@kildalecold.com")), ["email", "dictation"])
add("uct-007", C, ra, "polite", "Would you make Piet Brouwer an opportunity rather than a prospect?",
    ready(uc(38, lifecycle_stage="opportunity")), ["lifecycle", "polite"])
add("uct-008", C, mi, "typo", "elska prochazkas phnoe is 0191 498 0777 now", ready(uc(29, phone="0191 498 0777")),
    ["phone", "typo", "multi_typo"])
add("uct-009", C, ba, "plain", "Abebe Girma is the Bursar at Lingdale Academy now, got promoted last week", ready(uc(21)), ["job_title"])
add("uct-010", C, ol, "wrapper", "Hey — Malak Mansour's address is now m.mansour@roxbyairport.com, could you update it? "
    "Thanks", ready(uc(36, email="m.mansour@roxbyairport.com")), ["email", "wrapper", "cross_owner"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, mi, "plain", "Aislaby Science Park dropped the old domain, it's aislabysciencepark.com these days",
    ready(uco(28, domain="aislabysciencepark.com")), ["domain"])
add("uco-002", C, gu, "manager", "Put Marske Public Library under the Public Sector industry, not Libraries.",
    ready(uco(30, industry="Public Sector")), ["industry"])
add("uco-003", C, ra, "formal", "Please note that Danby Dental Group's domain has changed to danbydentalgroup.co.uk.",
    ready(uco(10, domain="danbydentalgroup.co.uk")), ["domain", "formal"])
add("uco-004", C, ba, "terse", "lingdale academy industry → Education", ready(uco(21, industry="Education")),
    ["industry", "terse"])
add("uco-005", C, ol, "non_native", "For Margrove Cinema the web domain is changed, now it is margrovepictures.co.uk.",
    ready(uco(23, domain="margrovepictures.co.uk")), ["domain", "non_native"])
add("uco-006", C, mi, "polite", "Could you set Boosbeck Department Store's industry to Retail please?",
    ready(uco(20, industry="Retail")), ["industry", "polite"])

# ====================================================================== ownership
C = "ownership"
OW = ["ownership"]
add("own-001", C, gu, "manager", "Mireia is taking over Lythe Exchange — swap the account owner over to her.", ready(uco(15, owner_id=6)),
    OW + ["taking_over", "account_owner"])
add("own-002", C, gu, "manager", "Goathland Heritage Railway should be Radhika's account now — we're moving it to her.", ready(uco(11, owner_id=3)),
    OW + ["moving_to", "account_owner"])
add("own-003", C, ba, "plain", "Hand the Staithes Museum goods lift over to Olufemi", ready(ud(21, owner_id=5)),
    OW + ["hand", "deal_owner"])
add("own-004", C, ra, "rambling", "Bartosz and I talked it over at lunch and it makes more sense for me to run the "
    "Commondale Theatre account since I've got the lift deal there anyway, so make me the owner of Commondale Theatre",
    ready(uco(9, owner_id=3)), OW + ["account_owner", "rambling"])
add("own-005", C, mi, "plain", "Olufemi takes over Nilufar Rahimova from now on", ready(uc(15, owner_id=5)),
    OW + ["taking_over", "cross_owner"])
add("own-006", C, gu, "formal", "Please reassign ownership of the Kildale Cold Chain Breakdown Cover opportunity to Bartosz, "
    "effective immediately.",
    ready(ud(12, owner_id=2)), OW + ["deal_owner", "formal"])
add("own-007", C, ol, "plain", "The Danby Dental Group account comes to me now; Radhika has too much on.", ready(uco(10, owner_id=5)),
    OW + ["taking_over", "account_owner"])
add("own-008", C, gu, "manager", "Roxby Airport as an account goes to Mireia, but leave Bartosz on both Roxby deals.",
    ready(uco(17, owner_id=6)), OW + ["account_owner"])
add("own-009", C, ba, "non_native", "The Skinningrove Steelworks account, I want it goes to Radhika now, she knows the "
    "steel people.", ready(uco(29, owner_id=3)), OW + ["account_owner", "non_native"])
add("own-010", C, ra, "polite", "Could Hinewai Paki sit under Mireia's name from here on?", ready(uc(28, owner_id=6)),
    OW + ["polite"])
add("own-011", C, mi, "wrapper", "Quick one: we're moving the Egton stair lifts deal across to Olufemi while I'm on "
    "leave. Thanks!", ready(ud(14, owner_id=5)), OW + ["moving_to", "deal_owner", "wrapper"])
add("own-012", C, gu, "dictation", "Margrove Cinema account owner Radhika from now on full stop", ready(uco(23, owner_id=3)),
    OW + ["taking_over", "dictation"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, gu, "manager", "Add a new company called Runswick Retail Park, industry Retail Property.",
    ready(ccompany(gu, "Runswick Retail Park", industry="Retail Property")), ["industry"])
add("cco-002", C, ba, "plain", "Set up Castleton Rise Hospice as a new account, their site is castletonrise.org.uk",
    ready(ccompany(ba, "Castleton Rise Hospice", domain="castletonrise.org.uk")), ["domain"])
add("cco-003", C, ol, "formal", "Please create a company record for Fylingdales Conference Centre, industry Events.",
    ready(ccompany(ol, "Fylingdales Conference Centre", industry="Events")), ["industry", "formal"])
add("cco-004", C, mi, "terse", "add co Kettleness Marina — web kettlenessmarina.com",
    ready(ccompany(mi, "Kettleness Marina", domain="kettlenessmarina.com")), ["domain", "terse"])
add("cco-005", C, ra, "non_native", "I need you make a new company, the name is Westerdale Ice Rink, they are Leisure.",
    ready(ccompany(ra, "Westerdale Ice Rink", industry="Leisure")), ["industry", "non_native"])
add("cco-006", C, ba, "polite", "Could you add Cloughton Brewery as a company? It's Mireia's to look after.",
    ready(ccompany(ba, "Cloughton Brewery", owner=mi)), ["ownership", "polite"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, ol, "plain", "Add Tsegaye Mwale, lift engineer at Kildale Cold Chain, tsegaye.mwale@kildalecold.com",
    ready(ccontact(ol, "Tsegaye", "Mwale", 7, email="tsegaye.mwale@kildalecold.com")), ["email", "new_lead"])
add("cct-002", C, ra, "terse", "new contact: Svetlana Gorbunova @ Liverton Distillery, 07700 900 455",
    ready(ccontact(ra, "Svetlana", "Gorbunova", 18, phone="07700 900 455")), ["phone", "terse"])
add("cct-003", C, mi, "formal", "Please create a contact record for Vilja Nurmela, who is the Estates Officer at Newholm "
    "Medical Centre.",
    ready(ccontact(mi, "Vilja", "Nurmela", 12)), ["formal", "job_title"])
add("cct-004", C, gu, "manager", "Create contacts for Lealholm Shopping Centre: Nomvula Dube, Brannagh Doyle",
    ready(ccontact(gu, "Nomvula", "Dube", 6), ccontact(gu, "Brannagh", "Doyle", 6, k=1)), ["comma_list"])
add("cct-005", C, ba, "rambling", "met a really useful guy at Ugthorpe today, Florin Baumgart, he's their new capital "
    "projects lead, can you add him as a contact, email florin.baumgart@ugthorpe.ac.uk, no need to log the meeting",
    ready(ccontact(ba, "Florin", "Baumgart", 5, email="florin.munteanu@ugthorpe.ac.uk")),
    ["email", "no_log", "rambling"])
add("cct-006", C, ol, "non_native", "Please add new contact Quilla Mamani at Moorsholm Borough Council, she is prospect.",
    ready(ccontact(ol, "Quilla", "Mamani", 19, stage="prospect")), ["lifecycle", "non_native"])
add("cct-007", C, mi, "dictation", "new contact Zdenek Horak comma Brotton Cruise Terminal comma phone 07700 900 561 "
    "full stop", ready(ccontact(mi, "Zdenek", "Horak", 24, phone="07700 900 561")), ["phone", "dictation"])
add("cct-008", C, ra, "polite", "Could you add Ebru Kaplan from Sandsend Court Care Home? Olufemi will own her.",
    ready(ccontact(ra, "Ebru", "Kaplan", 14, owner=ol)), ["ownership", "polite"])
add("cct-009", C, ba, "typo", "ad new contcat Tadeusz Wrona at Skinningrove Steelwroks",
    ready(ccontact(ba, "Tadeusz", "Wrona", 29)), ["typo", "multi_typo"])
add("cct-010", C, gu, "manager", "Rangi Tawhiri, Wendelin Vrolijk — both at Roxby Airport, add them as leads",
    ready(ccontact(gu, "Rangi", "Tawhiri", 17), ccontact(gu, "Wendelin", "Vrolijk", 17, k=1)), ["comma_list", "new_lead"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, ba, "plain", "Carlin Student Village want a stair lift for block C — new deal, 9,200, closing end of July",
    ready(cdeal(ba, 25, amount=9200, close=EOJUL, product=ST)), ["amount", "product"])
add("cdl-002", C, ra, "terse", "new deal: Danby Dental Breakdown Cover, 3,900, Danby Dental Group",
    ready(cdeal(ra, 10, amount=3900, name="Danby Dental Breakdown Cover")), ["deal_name_colon", "terse"])
add("cdl-003", C, ol, "formal", "Please open an opportunity at Sleights Leisure Centre for Passenger Lifts valued at "
    "44,000 with Elif Demirci as the contact.", ready(cdeal(ol, 27, amount=44000, product=PL, contact=6)),
    ["formal", "deal_contact"])
add("cdl-004", C, mi, "plain", "Open a deal at Aislaby Science Park for escalator servicing, 9,400 — they want a shaft "
    "survey first", ready(cdeal(mi, 28, stage=SS, amount=9400, product=ES)), ["stage_word", "product"])
add("cdl-005", C, gu, "manager", "Create a 120k Lift Modernisation deal at Glaisdale Quay Apartments for Radhika, close "
    "30 September.", ready(cdeal(gu, 2, amount=120000, product=LM, close="2045-09-30", owner=ra)), ["ownership"])
add("cdl-006", C, ba, "non_native", "Please make a deal for Marske Public Library, goods lift, the amount is 26 thousand "
    "500.", ready(cdeal(ba, 30, amount=26500, product=GL)), ["amount", "non_native"])
add("cdl-007", C, ra, "dictation", "new deal colon Stanghow Church Breakdown Cover comma four thousand two hundred comma "
    "closing end of August full stop", ready(cdeal(ra, 22, amount=4200, close=EOAUG,
                                                    name="Stanghow Church Breakdown Cover")),
    ["deal_name_colon", "dictation"])
add("cdl-008", C, ol, "wrapper", "Hiya — can you set up a deal at Wrelton Multi-Storey Car Park for passenger lifts, "
    "about 63k? Cheers!", ready(cdeal(ol, 4, amount=63000, product=PL)), ["wrapper", "shared_word"])
add("cdl-009", C, mi, "polite", "Would you create a breakdown cover deal for Boosbeck Department Store worth 5,300, with "
    "Wojciech Grabowski?", ready(cdeal(mi, 20, amount=5300, product=BC, contact=20)), ["polite", "deal_contact"])
add("cdl-010", C, ba, "rambling", "the bursar at Lingdale rang, they've got money left in the budget and want a goods "
    "lift for the kitchen, say 18 and a half k, can you put it in as a new deal, they already have our figures so "
    "Quotation Issued", ready(cdeal(ba, 21, stage=QI, amount=18500, product=GL)), ["rambling", "stage_word"])
add("cdl-011", C, ra, "formal_email", "Hello, please add a new opportunity named Liverton Distillery Stair Lift for 7,900, "
    "closing 31 August. Kind regards, Radhika", ready(cdeal(ra, 18, amount=7900, close=EOAUG,
                                                          name="Liverton Distillery Stair Lift")), ["formal_email"])
add("cdl-012", C, ol, "terse", "new deal Newholm Medical Centre, stair lifts, 11k, close 15/8",
    ready(cdeal(ol, 12, amount=11000, product=ST, close="2045-08-15")), ["terse", "cross_owner"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, ba, "plain", "Called Jakub Sedlak this morning, he's back from leave", ready(act(ba, "call", contact=1)),
    ["call", "today", "near_duplicate"])
add("act-002", C, ra, "terse", "mtg w/ Matthias Brandl at commondale thurs, fly floor walk",
    ready(act(ra, "meeting", THU_P, contact=9)), ["meeting", "terse", "abbreviation"])
add("act-003", C, ol, "rambling", "spent most of yesterday at Kildale with Jakub Nowicki going round the cold store, the "
    "goods lift pits are flooded which is a problem, anyway log that as a meeting",
    ready(act(ol, "meeting", FRI_P, contact=2)), ["meeting", "rambling"])
add("act-004", C, mi, "plain", "Emailed Osvaldo Pacheco on Wednesday about berth access for the crane",
    ready(act(mi, "email", WED_P, contact=24)), ["email_activity"])
add("act-005", C, gu, "manager", "Log a note on Mickleby Stadium: the board approved the capital budget.",
    ready(act(gu, "note", company=16)), ["note_on"])
add("act-006", C, ba, "non_native", "Yesterday I make a phone call with Adaeze Okonkwo, she confirm the library is closed "
    "in August.", ready(act(ba, "call", FRI_P, contact=10)), ["call", "non_native"])
add("act-007", C, ra, "dictation", "log a call with Hinewai Paki today comma she wants the lift done over the summer full "
    "stop", ready(act(ra, "call", contact=28)), ["call", "dictation"])
add("act-008", C, ol, "wrapper", "Hi — please log that I texted Pania Ruawai on Tuesday about the tenant letters. "
    "Thanks!", ready(act(ol, "message", TUE_P, contact=19)), ["message", "wrapper"])
add("act-009", C, mi, "formal", "Please record a meeting held on Monday with Petronela Dragos regarding the Newholm "
    "Medical Centre Lift Modernisation.", ready(act(mi, "meeting", MON_P, contact=13, deal=19)), ["meeting", "formal"])
add("act-010", C, ba, "terse", "vm → Leilani Akana, no answer", ready(act(ba, "call", contact=4)),
    ["call", "terse", "near_duplicate"])
add("act-011", C, ra, "polite", "Could you log a site meeting at Liverton Distillery with Kazuki Morimoto on Thursday?",
    ready(act(ra, "meeting", THU_P, contact=18)), ["meeting", "polite"])
add("act-012", C, ol, "plain", "Note on Wrelton Grand Hotel: all lift work has to finish before the wedding season.",
    ready(act(ol, "note", company=3)), ["note_on", "shared_word"])
add("act-013", C, mi, "typo", "had a meetng with Oriane Lefebvre at the stadum on tusday",
    ready(act(mi, "meeting", TUE_P, contact=17)), ["meeting", "typo", "multi_typo"])
add("act-014", C, gu, "manager", "I spoke to Benedek Szalai on the phone this morning, log it against the Lythe Exchange "
    "Lift Modernisation", ready(act(gu, "call", contact=16, deal=24)), ["call", "today"])
add("act-015", C, ba, "mobile", "whatsapped Tereza Novakova the start date options", ready(act(ba, "message", contact=25)),
    ["message", "mobile"])
add("act-016", C, ra, "non_native", "I have sent an email to Piet Brouwer on Friday about the delivery to the bonded "
    "warehouse.", ready(act(ra, "email", FRI_P, contact=38)), ["email_activity", "non_native"])
add("act-017", C, ol, "formal_email", "Good afternoon, kindly log a call with Xiomara Quispe held on Wednesday concerning "
    "platform closures during the installation. Regards, Olufemi", ready(act(ol, "call", WED_P, contact=12)),
    ["call", "formal_email"])
add("act-018", C, mi, "plain", "Met Goran Petrovic at Mickleby Stadium yesterday for a safety walk",
    ready(act(mi, "meeting", FRI_P, contact=41)), ["meeting"])

# ====================================================================== create_task
C = "create_task"
RM = ["remind_me"]
add("tsk-001", C, ba, "plain", "Remind me Monday to chase Teresinha Cardoso for the layout sign-off",
    ready(task(ba, MON, contact=43)), RM)
add("tsk-002", C, ra, "terse", "task: call Folake Ansah tues", ready(task(ra, TUE, contact=30)), ["terse"])
add("tsk-003", C, gu, "delegation", "Ask Olufemi to send Priscila Nogueira the revised service lift drawings by Friday",
    ready(task(gu, FRI, contact=32, owner=ol)), ["delegation"])
add("tsk-004", C, ol, "rambling", "I need to move the Moorsholm housing lifts to Final Round once the council's cabinet "
    "has met, so remind me on Thursday", ready(task(ol, THU, deal=30)), ["later_is_task", "not_a_write", "rambling"])
add("tsk-005", C, mi, "polite", "Could you create a task for me to phone Esi Boakye by the end of the month?",
    ready(task(mi, EOM, contact=39)), ["polite"])
add("tsk-006", C, ba, "non_native", "Make a reminder for me: Tuesday I must bring the lift samples to Lucija Babic.",
    ready(task(ba, TUE, contact=45)), RM + ["non_native"])
add("tsk-007", C, gu, "delegation", "Get Radhika to call Gintare Kazlauskaite about the Ruswarp breakdown cover on "
    "Wednesday", ready(task(gu, WED, contact=26, deal=41, owner=ra)), ["delegation"])
add("tsk-008", C, ra, "plain", "remind me to delete the Marske Library lift modernisation once the year-end report is "
    "done", ready(task(ra, deal=45)), RM + ["remind_delete", "lost"])
add("tsk-009", C, ol, "dictation", "create a task to book the lift survey at Goathland Heritage Railway for Wednesday "
    "full stop", ready(task(ol, WED, company=11)), ["dictation"])
add("tsk-010", C, mi, "wrapper", "Morning! Pop a follow-up on my list for Sibusiso Mthembu a week today please, ta",
    ready(task(mi, WEEK, contact=34)), ["wrapper", "cross_owner"])
add("tsk-011", C, ba, "formal", "Please create a task for me to go through the Roxby Airport Escalator Refurb contract, "
    "due by 30 June.", ready(task(ba, EOM, deal=27)), ["formal"])
add("tsk-012", C, ra, "delegation", "Create a task for Mireia: chase Joakim Sandvik for the theatre's access code, due "
    "Monday", ready(task(ra, MON, contact=35, owner=mi)), ["delegation"])
add("tsk-013", C, ol, "terse", "todo: Ayesha Siddiqui, cinema lift drawings, fri", ready(task(ol, FRI, contact=23)),
    ["terse"])
add("tsk-014", C, mi, "non_native", "Remind me that at some point I must hand over the Brotton account to Olufemi",
    ready(task(mi, company=24)), RM + ["later_is_task", "not_a_write", "non_native"])
add("tsk-015", C, gu, "delegation", "Put a task on Bartosz's list to send Adaeze Okonkwo the handover certificate by the "
    "28th", ready(task(gu, "2045-06-28", contact=10, owner=ba)), ["delegation"])
add("tsk-016", C, ba, "mobile", "remind me tmrw to text Malak re renewal", ready(task(ba, SUN, contact=36)),
    RM + ["mobile", "first_name_only"])
add("tsk-017", C, ra, "polite", "Would you set me a reminder to ring Maelle Guerin on 3 July?",
    ready(task(ra, "2045-07-03", contact=22)), RM + ["polite"])
add("tsk-018", C, ol, "formal_email", "Dear CRM, please add a task to prepare the stair lift quote for Elif Demirci, due "
    "26 June. Regards, Olufemi", ready(task(ol, "2045-06-26", contact=6)), ["formal_email", "last_name_pair"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, ba, "plain", "done — sent the quote to Yevgenia Orlova, hospital procurement has it", ready(done(34)), ["done_task"])
add("cmp-002", C, ra, "terse", "kazuki chased ✔", ready(done(20)), ["terse", "first_name_only"])
add("cmp-003", C, ol, "plain", "The footbridge lift costs went to Xiomara Quispe this morning, tick that task off",
    ready(done(13)), ["done_task", "described_by_outcome"])
add("cmp-004", C, mi, "polite", "Could you mark my task to confirm the car park lift access with Eliska as done?",
    ready(done(7)), ["polite", "overdue"])
add("cmp-005", C, gu, "manager", "Close Bartosz's task about the bed lift drawings for Jakub Sedlak, he sent them.",
    ready(done(1)), ["description"])
add("cmp-006", C, ra, "non_native", "The task for send the stair lift contract to Nilufar, it is finished, please close.",
    ready(done(16)), ["non_native", "description"])
add("cmp-007", C, ol, "wrapper", "Hey! The survey at Margrove Cinema is booked now, so that task's done. Thanks",
    ready(done(25)), ["wrapper", "described_by_outcome"])
add("cmp-008", C, mi, "dictation", "mark the task send terminal lift proposal to Osvaldo Pacheco as done full stop",
    ready(done(26)), ["dictation", "overdue"])
add("cmp-009", C, ba, "mobile", "done - goods lift drawings to rasmus", ready(done(35)), ["done_task", "mobile"])
add("cmp-010", C, ra, "formal", "Please mark the task 'Confirm library closure dates with Hinewai Paki' as complete.",
    ready(done(36)), ["formal", "overdue"])

# ====================================================================== delete
C = "delete"
add("del-001", C, gu, "manager", "Aislaby Science Park has been wound up, so the company record can be deleted.", ready(dco(28)), ["admin_delete"])
add("del-002", C, gu, "manager", "Remove Marske Public Library from the CRM, they've gone with the council's contractor.",
    ready(dco(30)), ["admin_delete", "reason_clause"])
add("del-003", C, gu, "formal", "Stanghow Parish Church no longer needs a company record with us; please delete it.", ready(dco(22)),
    ["admin_delete", "formal"])
add("del-004", C, gu, "terse", "del co Danby Dental Group", ready(dco(10)), ["admin_delete", "terse"])
add("del-005", C, gu, "manager", "Ewa Kaczmarek is no longer at Lythe Exchange; please delete her contact record.", ready(dc(37)),
    ["admin_delete", "reason_clause"])
add("del-006", C, gu, "plain", "Get rid of Onur Celik, duplicate record.", ready(dc(33)), ["admin_delete"])
add("del-007", C, gu, "polite", "Could you delete Teresinha Cardoso? She retired.", ready(dc(43)),
    ["admin_delete", "polite"])
add("del-008", C, gu, "non_native", "Please you delete the contact Sibusiso Mthembu, he is not working there any more.",
    ready(dc(34)), ["admin_delete", "non_native"])
add("del-009", C, gu, "manager", "The Sleights Leisure Centre Lift Modernisation is dead and buried, delete it.", ready(dd(39)),
    ["admin_delete", "lost"])
add("del-010", C, gu, "dictation", "please delete Aislaby Science Park Escalator Servicing from the pipeline full stop", ready(dd(40)),
    ["admin_delete", "dictation"])
add("del-011", C, ba, "plain", "bin the Commondale Theatre breakdown cover, it's a duplicate of last year's", rej("admin"), ["rep_delete"])
add("del-012", C, mi, "plain", "Please take Goran Petrovic out of the contact list for good", rej("admin"), ["rep_delete"])

# ====================================================================== bulk
C = "bulk"
BK = ["bulk_filter"]
add("blk-001", C, gu, "manager", "Every Scoping deal Mireia holds should now sit in Shaft Survey.",
    ready(*many(ud, [26, 31, 36], stage=SS)), BK + ["team"])
add("blk-002", C, ba, "plain", "Every one of my deals that's had nothing logged against it for four weeks — put them in "
    "Mothballed", ready(*many(ud, [21, 28, 33], stage=LOST)), BK + ["no_activity", "composed", "stale_deals"])
add("blk-003", C, gu, "manager", "Set the close date on all open Breakdown Cover deals closing in June to 30 June.",
    ready(*many(ud, [6, 16, 25, 28, 37], close_date=EOM)), BK + ["composed", "product_filter", "date_range"])
add("blk-004", C, ra, "plain", "Every task of mine that's run past its due date can be ticked off as done", ready(*[done(t) for t in [9, 12, 20, 32, 36]]),
    BK + ["overdue"])
add("blk-005", C, gu, "manager", "Everything Mothballed — delete it.", ready(*[dd(d) for d in [10, 39, 40, 45]]),
    BK + ["bulk_delete", "lost"])
add("blk-006", C, mi, "terse", "all my quotation issued deals → final round", ready(*many(ud, [6, 19], stage=FR)),
    BK + ["terse"])
add("blk-007", C, gu, "manager", "Hand every open deal Olufemi has in Shaft Survey or Quotation Issued over to Mireia.",
    ready(*many(ud, [4, 5, 11, 18, 25, 30, 35], owner_id=6)), BK + ["either_stage", "composed", "hand"])
add("blk-008", C, ol, "polite", "Could you make all the contacts at Wrelton Grand Hotel customers?",
    ready(*many(uc, [3, 32], lifecycle_stage="customer")), BK + ["company_contacts", "polite"])
add("blk-009", C, gu, "manager", "Bartosz's open deals under 10k: close date 31 July on all of them.",
    ready(*many(ud, [2, 16, 32, 37], close_date=EOJUL)), BK + ["amount_filter", "composed"])
add("blk-010", C, ra, "rambling", "ugh, the escalator season is killing me, can you take every open escalator servicing "
    "deal and shove the close dates back to 31 August", ready(*many(ud, [9, 27, 31], close_date=EOAUG)),
    BK + ["product_filter", "rambling", "cross_owner"])
add("blk-011", C, gu, "manager", "Radhika's contacts that are still leads — reassign every one of them to Olufemi.",
    ready(*many(uc, [34, 44], owner_id=5)), BK + ["my_leads", "ownership"])
add("blk-012", C, gu, "manager", "Open deals with a close date that slipped into the past: give them all 30 June.",
    ready(*many(ud, [25, 28], close_date=EOM)), BK + ["past_dated"])
add("blk-013", C, mi, "plain", "Complete all the open tasks at Mickleby Stadium", ready(done(18), done(33)),
    BK + ["company_tasks"])
add("blk-014", C, gu, "manager", "For each of Radhika's Final Round deals, add a task for her to send the contract by "
    "Friday.", ready(*[task(gu, FRI, deal=d, owner=ra, k=i) for i, d in enumerate([15, 22, 41])]),
    BK + ["bulk_create", "delegated", "ownership"])
add("blk-015", C, ol, "terse", "all my shaft survey deals closing in July → quotation issued",
    ready(*many(ud, [18, 35], stage=QI)), BK + ["composed", "date_range", "terse"])
add("blk-016", C, gu, "manager", "Move every open deal with no activity in the last six weeks to Mothballed.",
    ready(*many(ud, [3, 5, 12, 26, 31, 33], stage=LOST)), BK + ["no_activity", "stale_deals", "team"])
add("blk-017", C, ba, "wrapper", "Hi! Every deal of mine over 50k that isn't in Final Round yet — could you move them into "
    "it? Thanks a lot", ready(*many(ud, [7, 27], stage=FR)), BK + ["amount_filter", "composed", "wrapper", "negation"])
add("blk-018", C, gu, "manager", "All the open deals at Mickleby Stadium go to Olufemi.",
    ready(*many(ud, [26, 42], owner_id=5)), BK + ["ownership"])
add("blk-019", C, ra, "plain", "Push the close date of each of my Scoping deals out by a week",
    ready(ud(3, close_date="2045-08-21"), ud(17, close_date="2045-07-23")), BK + ["relative_to_record"])
add("blk-020", C, mi, "non_native", "All the tasks of me that are overdue, please mark them done.",
    ready(*[done(t) for t in [7, 14, 18, 26]]), BK + ["overdue", "non_native"])

# ====================================================================== multi_intent
C = "multi_intent"
MU = ["multi"]
add("mul-001", C, ba, "plain", "Called Adaeze Okonkwo this morning — move the Ugthorpe library lifts to Quotation Issued "
    "and remind me to send the survey on Tuesday",
    ready(act(ba, "call", contact=10), ud(7, stage=QI), task(ba, TUE, contact=10, deal=7)), MU + ["inherit"])
add("mul-002", C, ra, "terse", "liverton goods lift 35k, close 15 aug",
    ready(ud(29, amount=35000, close_date="2045-08-15")), MU + ["same_record", "terse"])
add("mul-003", C, gu, "manager", "Delete the contact Kaito Fujiwara and the company Lythe Exchange.",
    ready(dc(44), dco(15)), MU + ["admin_delete"])
add("mul-004", C, ol, "rambling", "Met Leilani Kealoha yesterday, she's happy with the passenger lift quote, bump the "
    "Wrelton Grand Hotel passenger lift to Final Round and set me a task to book the lift engineers for Wednesday",
    ready(act(ol, "meeting", FRI_P, contact=3), ud(4, stage=FR), task(ol, WED, contact=3, deal=4)),
    MU + ["inherit", "rambling", "clause_scope"])
add("mul-005", C, mi, "plain", "Log a call with Zuzana Carlin today and change her phone to 07700 900 884",
    ready(act(mi, "call", contact=8), uc(8, phone="07700 900 884")), MU + ["phone"])
add("mul-006", C, gu, "manager", "Two account swaps: Brotton Cruise Terminal goes to Radhika, Liverton Distillery to Olufemi",
    ready(uco(24, owner_id=3), uco(18, owner_id=5)), MU + ["ownership", "taking_over"])
add("mul-007", C, ba, "non_native", "I make the call with Yevgenia Orlova on Thursday, please log it, and the breakdown "
    "cover of Glaisdale hospital, the amount is now 10,200.",
    ready(act(ba, "call", THU_P, contact=31), ud(2, amount=10200)), MU + ["non_native", "clause_scope"])
add("mul-008", C, ra, "polite", "Could you add Berit Sandqvist as a contact at Danby Dental Group and make me a task to "
    "call her on Monday?", ready(ccontact(ra, "Berit", "Sandqvist", 10), task(ra, MON, contact=46, company=10)),
    MU + ["polite"])
add("mul-009", C, ol, "formal", "Please log a meeting with Benedek Szalai from Monday and set the Lythe Exchange Lift "
    "Modernisation close date to 21 July.",
    ready(act(ol, "meeting", MON_P, contact=16), ud(24, close_date="2045-07-21")), MU + ["formal", "clause_scope"])
add("mul-010", C, mi, "wrapper", "Morning! Move the Newholm Medical Centre lift modernisation to Final Round and tick off "
    "my task chasing Petronela Dragos. Ta!", ready(ud(19, stage=FR), done(14)), MU + ["wrapper"])
add("mul-011", C, gu, "manager", "New company Ravenscar Lido, industry Leisure; add Oskari Pelkonen there as a contact.",
    ready(ccompany(gu, "Ravenscar Lido", industry="Leisure"), ccontact(gu, "Oskari", "Pelkonen", 31)), MU)
add("mul-012", C, ba, "mobile", "lingdale stair lift handed over 🎉 + mark the chase abebe task done",
    ready(ud(32, stage=WON), done(23)), MU + ["mobile", "won"])
add("mul-013", C, ra, "dictation", "log an email to Hinewai Paki today comma and set Marske Public Library industry to "
    "Libraries and Archives full stop",
    ready(act(ra, "email", contact=28), uco(30, industry="Libraries and Archives")), MU + ["dictation"])
add("mul-014", C, ol, "plain", "Emailed Pania Ruawai the tenant notice this morning; move the Moorsholm housing lifts to "
    "Final Round.", ready(act(ol, "email", contact=19), ud(30, stage=FR)), MU + ["clause_scope"])
add("mul-015", C, mi, "non_native", "Create a new deal for Egton Housing Association, goods lift, 33 thousand, and also a "
    "task for me to send the drawings on Friday.",
    ready(cdeal(mi, 8, amount=33000, product=GL), task(mi, FRI, deal=46, company=8)), MU + ["inherit", "non_native"])
add("mul-016", C, gu, "delegation", "Ask Bartosz to call Rasmus Toft on Monday, and move the Skinningrove goods lift to "
    "Shaft Survey.", ready(task(gu, MON, contact=27, owner=ba), ud(44, stage=SS)), MU + ["delegation", "clause_scope"])
add("mul-017", C, ba, "formal_email", "Hello, please update Lucija Babic to prospect and log that I met her on Tuesday. "
    "Best, Bartosz", ready(uc(45, lifecycle_stage="prospect"), act(ba, "meeting", TUE_P, contact=45)),
    MU + ["formal_email"])
add("mul-018", C, ra, "rambling", "okay so Sandsend Court — the stair lifts are agreed, put them Handed Over, and the "
    "passenger lift there should be 43k now, and I'll need a reminder for Monday to send Nilufar the invoice",
    ready(ud(22, stage=WON), ud(23, amount=43000), task(ra, MON, contact=15)), MU + ["rambling", "won"])
add("mul-019", C, ol, "terse", "kildale cold chain bd cover → quotation issued; onur celik → opportunity",
    ready(ud(12, stage=QI), uc(33, lifecycle_stage="opportunity")), MU + ["terse", "abbreviation"])
add("mul-020", C, mi, "typo", "movee the egton stair lifts to qoutation issued and logg a call with zuzana carln",
    ready(ud(14, stage=QI), act(mi, "call", contact=8)), MU + ["typo", "multi_typo"])

# ====================================================================== reference
C = "reference"
RF = ["history"]
add("ref-001", C, ol, "plain", "also set his lifecycle to customer", ready(uc(2, lifecycle_stage="customer")), RF,
    history=["Jakub Nowicki phoned me this morning about the lift pits, log it"])
add("ref-002", C, ba, "terse", "ok make that one 181k then", ready(ud(27, amount=181000)), RF + ["after_question", "terse"],
    history=["Roxby Airport Escalator Refurb, what value have we got against it today?"])
add("ref-003", C, ra, "plain", "and while you're there, its close date becomes 8 August", ready(ud(17, close_date="2045-08-08")), RF,
    history=["Move the Danby Dental stair lift to Shaft Survey"])
add("ref-004", C, mi, "plain", "Make him a customer", ready(uc(20, lifecycle_stage="customer")),
    RF + ["after_question", "deal_contact"], history=["Boosbeck escalator servicing — who's our person there on the deal?"])
add("ref-005", C, gu, "manager", "Now hand that company to Mireia", ready(uco(7, owner_id=6)), RF + ["hand"],
    history=["Add a note to Kildale: their cold store expansion was approved"])
add("ref-006", C, ol, "plain", "shift every one of those into Mothballed", ready(*many(ud, [5, 12], stage=LOST)),
    RF + ["after_question", "stale_deals"], history=["Which of my deals haven't had anything logged for six weeks?"])
add("ref-007", C, ba, "plain", "the hospital", ready(act(ba, "note", company=1)), RF + ["pick_option", "shared_word"],
    history=["Note on Glaisdale: site access is via the north gate"])
add("ref-008", C, ra, "plain", "Leilani Akana", ready(task(ra, SUN, contact=4)), RF + ["pick_option", "first_name_only"],
    history=["Chase Leilani about the drawings tomorrow"])
add("ref-009", C, mi, "plain", "close the passenger lifts one as mothballed", ready(ud(26, stage=LOST)),
    RF + ["after_question", "lost"], history=["Pull up whatever deals Mickleby Stadium has with us"])
add("ref-010", C, gu, "manager", "tick all of those off", ready(done(2), done(5)), RF + ["after_question", "overdue"],
    history=["Which open tasks are overdue for Olufemi?"])
add("ref-011", C, ba, "plain", "and add a task for me to send him the lift spec by Thursday",
    ready(task(ba, THU, contact=9)), RF + ["cross_owner"], history=["I had a meeting with Matthias Brandl yesterday, log it please"])
add("ref-012", C, ra, "non_native", "Please you change it to Mireia", ready(uco(18, owner_id=6)),
    RF + ["after_question", "non_native", "account_owner"], history=["The Liverton Distillery, who is the owner?"])
add("ref-013", C, ol, "terse", "Nowicki", ready(task(ol, MON, contact=2)), RF + ["pick_option", "terse"],
    history=["Remind me Monday to ring Jakub about the goods lift"])
add("ref-014", C, mi, "plain", "that one has had our quotation, so Quotation Issued", ready(ud(14, stage=QI)), RF + ["after_question"],
    history=["Egton Housing Association — anything still open with them?"])
add("ref-015", C, gu, "manager", "the service lift", ready(ud(5, stage=FR)), RF + ["pick_option"],
    history=["Wrelton Grand Hotel deal can go to Final Round now"])
add("ref-016", C, ba, "plain", "update her email to t.novakova@carlinvillage.co.uk",
    ready(uc(25, email="t.novakova@carlinvillage.co.uk")), RF + ["after_question", "email"],
    history=["Who is Tereza Novakova?"])

# ====================================================================== clarification
C = "clarification"
CL = ["clarification"]
add("clr-001", C, ol, "plain", "Jakub rang about the lift, log a call", clar("contacts:1", "contacts:2"), CL + ["first_name_only"])
add("clr-002", C, ra, "terse", "leilani → customer", clar("contacts:3", "contacts:4"), CL + ["first_name_only", "terse"])
add("clr-003", C, mi, "plain", "Demirci gave me a new mobile, 07700 900 220, update it", clar("contacts:5", "contacts:6"),
    CL + ["last_name_only", "last_name_pair"])
add("clr-004", C, gu, "manager", "Glaisdale is Olufemi's patch from today, switch the account over", clar("companies:1", "companies:2"),
    CL + ["shared_word", "moving_to"])
add("clr-005", C, ba, "plain", "Move the escalator refurb to Final Round", clar("deals:9", "deals:27"),
    CL + ["partial_name"])
add("clr-006", C, ol, "polite", "Could you mark the Wrelton Grand Hotel shaft survey task done?",
    clar("tasks:3", "tasks:4"), CL + ["same_title", "polite"])
add("clr-007", C, ra, "plain", "Sandsend Court agreed a figure, put their deal at 45k", clar("deals:22", "deals:23"), CL)
add("clr-008", C, mi, "non_native", "Please a note for Wrelton: the customers complain about waiting time for the lift",
    clar("companies:3", "companies:4"), CL + ["shared_word", "note_on", "non_native"])
add("clr-009", C, ba, "formal", "Please be so kind as to move the Roxby Airport deal's expected close to 31 July.",
    clar("deals:27", "deals:28"), CL + ["formal"])
add("clr-010", C, ol, "terse", "wrelton grand hotel deal → final round", clar("deals:4", "deals:5"),
    CL + ["closed_not_offered", "terse"])
add("clr-011", C, gu, "manager", "Lingdale Academy deal — Mireia looks after it from here, change the owner", clar("deals:32", "deals:33"),
    CL + ["ownership"])
add("clr-012", C, ra, "plain", "Sat down with Carlin yesterday for an hour, log it as a meeting", clar("companies:25", "contacts:8"),
    CL + ["surname_company"])

# ====================================================================== refusal
C = "refusal"
RV = ["refusal"]
add("rfs-001", C, ke, "plain", "Roxby Airport Escalator Refurb has reached Final Round, update it", rej("reviewer"),
    RV + ["reviewer"])
add("rfs-002", C, ke, "plain", "Please log my call with Ayesha Siddiqui earlier today", rej("reviewer"), RV + ["reviewer"])
add("rfs-003", C, ke, "plain", "set me a reminder for Monday: chase Oriane Lefebvre about the stadium access", rej("reviewer"),
    RV + ["reviewer", "remind_me"])
add("rfs-004", C, ke, "plain", "Mark every overdue task of Bartosz's as done", rej("reviewer"),
    RV + ["reviewer", "bulk_filter"])
add("rfs-005", C, ba, "plain", "Set the Lingdale Academy passenger lift amount to minus 4,000", rej("negative"),
    RV + ["negative_amount"])
add("rfs-006", C, ol, "terse", "set kildale goods lifts value to -3k", rej("negative"), RV + ["negative_amount", "terse"])
add("rfs-007", C, mi, "plain", "Move the Egton stair lifts to Negotiation", rej("negotiation"), RV + ["unknown_stage"])
add("rfs-008", C, ra, "plain", "Give the Danby Dental stair lift to Wiremu", rej("wiremu"), RV + ["unknown_user"])
add("rfs-009", C, ol, "plain", "Make Xiomara Quispe a VIP", rej("vip"), RV + ["unknown_lifecycle"])
add("rfs-010", C, ba, "plain", "Log a call with Halvard Sorlie, the new estates lead at Glaisdale General Hospital", rej("halvard"),
    RV + ["unknown_record"])
add("rfs-011", C, mi, "plain", "Please scrap the Mickleby Stadium Passenger Lifts opportunity entirely", rej("admin"), RV + ["rep_delete"])
add("rfs-012", C, ra, "plain", "Change Hinewai Paki's email to hinewai at marske", rej("email"), RV + ["email"])
add("rfs-013", C, gu, "manager", "Move the Lythe Exchange breakdown cover to Commissioning", rej("commissioning"),
    RV + ["unknown_stage"])
add("rfs-014", C, ke, "polite", "Could you create a new deal for Margrove Cinema worth 12k?", rej("reviewer"),
    RV + ["reviewer", "polite"])

# ====================================================================== negation
C = "negation"
NG = ["negation"]
add("neg-001", C, ba, "plain", "Don't move the Roxby breakdown cover to Mothballed yet", nochange(), NG + ["not_a_write"])
add("neg-002", C, ra, "plain", "don't log anything, just move the Danby Dental stair lift to Shaft Survey",
    ready(ud(17, stage=SS)), NG + ["no_log"])
add("neg-003", C, ol, "plain", "Leilani Kealoha rang but don't log it — just change her lifecycle to customer",
    ready(uc(3, lifecycle_stage="customer")), NG + ["no_log"])
add("neg-004", C, mi, "plain", "FYI the goods lift at Lealholm Shopping Centre has been mothballed by the landlord for "
    "the summer", nochange(), NG + ["stage_word", "not_a_write"])
add("neg-005", C, gu, "manager", "I'd lined up the Glaisdale Quay modernisation for Bartosz; hold off on that, Mireia is "
    "the one picking it up", ready(ud(3, owner_id=6)), NG + ["ownership"])
add("neg-006", C, ba, "mobile", "nvm, leave the Lingdale passenger lift as it is", nochange(), NG + ["never_mind", "mobile"])
add("neg-007", C, ra, "plain", "Don't mark the Hinewai task done, she hasn't confirmed the dates", nochange(),
    NG + ["not_a_write"])
add("neg-008", C, ol, "non_native", "Please do not change the Kildale breakdown cover stage, only the amount, put 6,800.",
    ready(ud(12, amount=6800)), NG + ["non_native"])
add("neg-009", C, mi, "plain", "Not Final Round for the Wrelton car park breakdown cover — it should stay at Quotation "
    "Issued", nochange(), NG + ["not_a_write"])
add("neg-010", C, gu, "manager", "Don't delete Skinningrove Steelworks. Leave it.", nochange(), NG + ["not_a_write"])

# ====================================================================== correction
C = "correction"
CR = ["correction"]
add("cor-001", C, ba, "plain", "Set the Ugthorpe library lifts to 70k — sorry, 72k", ready(ud(7, amount=72000)),
    CR + ["amount"])
add("cor-002", C, ra, "plain", "Close date for the Danby Dental stair lift is Thursday — make that Friday",
    ready(ud(17, close_date=FRI)), CR + ["close_date"])
add("cor-003", C, ol, "plain", "Move the Goathland footbridge lifts to Quotation Issued instead of Final Round",
    ready(ud(18, stage=QI)), CR + ["instead_of"])
add("cor-004", C, mi, "plain", "Mickleby Stadium breakdown cover amount should be 8,100 instead of 7,600",
    ready(ud(42, amount=8100)), CR + ["instead_of"])
add("cor-005", C, gu, "manager", "Give the Margrove Cinema passenger lift to Bartosz — no, scratch that, to Radhika",
    ready(ud(35, owner_id=3)), CR + ["scratch_that", "ownership"])
add("cor-006", C, ba, "terse", "Lucija Babic email l.babic@ugthorpe.com — sorry, .ac.uk not .com",
    ready(uc(45, email="l.babic@ugthorpe.ac.uk")), CR + ["email", "terse"])

# ====================================================================== typo
C = "typo"
TY = ["multi_typo"]
add("typ-001", C, ol, "typo", "moev the kildale cold chian goods lifts to finall round", ready(ud(11, stage=FR)), TY)
add("typ-002", C, ra, "typo", "sett the danby dentl stair lfit amount to 9,300", ready(ud(17, amount=9300)), TY)
add("typ-003", C, mi, "typo", "logg a cal with petronela dragoss this mornin", ready(act(mi, "call", contact=13)), TY)
add("typ-004", C, ol, "typo", "remnd me to remov the Onur Celik contact on wensday", ready(task(ol, WED, contact=33)),
    TY + ["remind_delete", "remind_me"])
add("typ-005", C, gu, "typo", "chnage the industy of mickelby stadium to Sport Venues",
    ready(uco(16, industry="Sport Venues")), TY)
add("typ-006", C, ol, "typo", "mark the tsak chase leilani kealoah for the lfit PO as done", ready(done(5)), TY)
add("typ-007", C, ra, "typo", "emre demricis new phnoe is 07700 900 643", ready(uc(5, phone="07700 900 643")),
    TY + ["phone"])
add("typ-008", C, mi, "typo", "hand the boosbek escalatr servicing deal ovr to bartosz", ready(ud(31, owner_id=2)),
    TY + ["hand"])

# ====================================================================== unsupported
C = "unsupported"
UN = ["unsupported"]
add("uns-001", C, ba, "plain", "cancel my reminder to send goods lift drawings to Rasmus Toft", rej(""), UN + ["cancel"])
add("uns-002", C, ra, "plain", "Rename the task about Kazuki Morimoto to 'Chase Kazuki about the crane'", rej(""), UN)
add("uns-003", C, ol, "plain", "Leilani Kealoha and Leilani Akana should be a single record, can you combine them?", rej(""), UN)
add("uns-004", C, mi, "polite", "Could you cancel the reminder I set to confirm stadium access with Oriane Lefebvre?",
    rej(""), UN + ["cancel", "polite"])

# ====================================================================== question
C = "question"
add("qst-001", C, ke, "plain", "Glaisdale General Hospital — which of their deals are still live?", Q(), ["shared_word"])
add("qst-002", C, gu, "manager", "total value of Mireia's open pipeline?", Q(), ["team"])
add("qst-003", C, ba, "terse", "how many deals sitting at quotation issued atm?", Q(), ["count", "terse"])
add("qst-004", C, ol, "plain", "got a number for Leilani Akana at the airport?", Q(), ["near_duplicate", "phone"])
add("qst-005", C, ke, "plain", "who owns Wrelton Multi-Storey Car Park?", Q(), ["account_owner", "shared_word"])
add("qst-006", C, ra, "plain", "any of my deals gone three weeks or more without anything logged?", Q(), ["stale_deals"])
add("qst-007", C, gu, "manager", "list every open deal with nothing logged in the last eight weeks", Q(),
    ["stale_deals", "team"])
add("qst-008", C, ba, "plain", "which of the tasks assigned to me are still open?", Q(), [])
add("qst-009", C, mi, "mobile", "anything on my task list gone overdue??", Q(), ["overdue", "mobile"])
add("qst-010", C, ke, "plain", "which deals did we hand over in June?", Q(), ["won_lost", "won", "stage_word"])
add("qst-011", C, gu, "manager", "what's the single biggest deal still open?", Q(), ["biggest_deal"])
add("qst-012", C, ke, "formal", "What is the average value of an open opportunity?", Q(), ["average_deal", "formal"])
add("qst-013", C, ol, "plain", "Commondale Theatre Breakdown Cover — who's the contact we deal with?", Q(), ["deal_contact"])
add("qst-014", C, ke, "plain", "whose deal is the Commondale Theatre Passenger Lift — which rep has it?", Q(), ["deal_owner"])
add("qst-015", C, ba, "plain", "which rep holds the Commondale Theatre account itself?", Q(), ["account_owner"])
add("qst-016", C, mi, "terse", "jakub nowicki email?", Q(), ["email", "near_duplicate", "terse"])
add("qst-017", C, gu, "manager", "which Scoping deals has Olufemi got?", Q(), ["team"])
add("qst-018", C, ke, "plain", "which open deals have been quiet for six weeks or more?", Q(), ["stale_deals"])
add("qst-019", C, ra, "plain", "anything of Olufemi's overdue?", Q(), ["overdue"])
add("qst-020", C, ke, "plain", "Zuzana Carlin — which organisation is she with?", Q(), ["surname_company"])
add("qst-021", C, ol, "plain", "which of my deals have had nothing logged for a fortnight?", Q(), ["stale_deals"])
add("qst-022", C, ke, "polite", "Could you tell me what everything sitting in Final Round adds up to?", Q(), ["polite"])
add("qst-023", C, gu, "manager", "Bartosz's count of open deals, please?", Q(), ["count"])
add("qst-024", C, ba, "plain", "on average how big are the deals I still have open?", Q(), ["average_deal"])
add("qst-025", C, mi, "plain", "how many calls, emails, meetings and notes have I put in today?", Q(), ["count", "today"])
add("qst-026", C, ra, "plain", "what have I got due between Monday and Sunday of this week?", Q(), ["date_range"])
add("qst-027", C, ke, "plain", "Roxby Airport Breakdown Cover, which stage has it reached?", Q(), [])
add("qst-028", C, gu, "manager", "Kildale Cold Chain: who have we got on file as contacts there?", Q(), ["company_contacts"])
add("qst-029", C, ol, "wrapper", "Hi — which contacts have we got at Wrelton Grand Hotel? Thanks", Q(),
    ["company_contacts", "wrapper"])
add("qst-030", C, ke, "plain", "anything open with a close date from the 20th to the 30th of June?", Q(), ["date_range"])
add("qst-031", C, gu, "manager", "Radhika's open pipeline, total?", Q(), ["team"])
add("qst-032", C, ke, "plain", "in 2045 so far, how much money have we closed?", Q(), ["won_lost"])
add("qst-033", C, ra, "plain", "which of my deals got mothballed?", Q(), ["lost", "won_lost"])
add("qst-034", C, mi, "non_native", "Which are my deals in the Shaft Survey stage, please?", Q(), ["non_native"])
add("qst-035", C, ke, "plain", "what's our smallest deal that's still open?", Q(), ["biggest_deal"])
add("qst-036", C, ke, "plain", "count of open tasks that have slipped past their due date?", Q(), ["count", "overdue"])
add("qst-037", C, gu, "manager", "open deals whose close date came and went without them closing — which?", Q(), ["past_dated"])
add("qst-038", C, ol, "plain", "which stair lift deals are still open?", Q(), ["product_filter"])
add("qst-039", C, ke, "plain", "Mireia — which companies are in her name as account owner?", Q(), ["account_owner"])
add("qst-040", C, gu, "manager", "which rep is carrying the largest open pipeline by value?", Q(), ["biggest_deal"])
add("qst-041", C, ke, "plain", "which tasks are due on Monday?", Q(), ["date_range", "same_title"])
add("qst-042", C, ol, "dictation", "Lythe Exchange Lift Modernisation comma what's its close date question mark", Q(),
    ["dictation"])
add("dec-001", C, ke, "plain", "what's the lift shaft depth at Lythe Exchange?", DECLINE(), ["decline"])
add("dec-002", C, gu, "manager", "how many engineers do we employ?", DECLINE(), ["decline"])
add("dec-003", C, ba, "plain", "Hackness Golf Club, what is that opportunity valued at in our pipeline?", DECLINE(), ["decline", "unknown_record"])
add("dec-004", C, ra, "plain", "where does Nilufar Rahimova live — her home address, I mean?", DECLINE(), ["decline"])
add("dec-005", C, ke, "plain", "how many lift breakdowns did we attend in May?", DECLINE(), ["decline"])
add("dec-006", C, gu, "manager", "which accounts has Sunniva picked up this month?", DECLINE(), ["decline", "unknown_user"])
add("dec-007", C, mi, "plain", "is there any quote out to Glaisdale Golf Club at the moment?",
    DECLINE("Glaisdale Hospital Bed Lift Replacement", "Glaisdale Hospital Breakdown Cover",
            "Glaisdale Quay Lift Modernisation"), ["decline", "shared_word"])
add("dec-008", C, ke, "plain", "what turnover did Roxby Airport report for last year?", DECLINE(), ["decline"])


def fill_answers() -> None:
    from validate_fifteenth import question_answers
    answers = question_answers()
    for it_ in ITEMS:
        e = it_["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it_["id"]]


def main() -> None:
    from validate_fifteenth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it_["id"]: it_ for it_ in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[x], ensure_ascii=False) + "\n" for x in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
