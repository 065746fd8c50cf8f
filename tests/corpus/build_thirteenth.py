"""Writes thirteenth_dev.jsonl and thirteenth_test.jsonl: the hand-written items of the thirteenth corpus (fixture M,
Hollowmere Apiaries), split by alternating within each category (validate_thirteenth.split). One add(...) per item.
The helpers (the item-building helpers of build_twelfth.py, re-targeted to fixture M) only type link ids once (a
contact gives its company; a deal gives its company and, when no person is named, its contact), fill the acting user in
as owner/author, and number new records from the next free id. Question answers are filled from the SQL in
validate_thirteenth.QUESTIONS (the only labels taken from SQL); everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_thirteenth.py
(then check with: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_thirteenth.py)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_m import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"wiremu": 1, "itziar": 2, "orsolya": 3, "levente": 4, "teuila": 5}
NEXT = {"companies": 26, "contacts": 46, "deals": 39, "activities": 401, "tasks": 43}
TODAY = "2041-05-17"  # a Friday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, text, expect, tags, history=()):
    tags = list(tags)
    if user == "orsolya" and "manager" not in tags:  # the admin writes as the sales manager
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


def cdeal(u, company, stage="Flowering", amount=None, close=None, product=None, contact=None, name=None, owner=None,
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
FL, HC, PR, ST, WON, LOST = "Flowering", "Hive Check", "Priced", "Settled", "Placed", "Swarmed"
POL, RH, SR, HON, WS, HS = "Pollination", "Rooftop Hives", "Swarm Removal", "Honey", "Workshops", "Habitat Survey"
# dates (today is Friday 2041-05-17). Past days, for activities ("on Friday" is never used for an activity):
YDAY, WED_P, TUE_P, MON_P, SUN_P, SAT_P, LFRI = ("2041-05-16", "2041-05-15", "2041-05-14", "2041-05-13", "2041-05-12",
                                                 "2041-05-11", "2041-05-10")
# future, for tasks and deals ("Friday" and "next <weekday>" are never used for a future date)
TMRW, MON, TUE, WED, THU, WEEK = "2041-05-18", "2041-05-20", "2041-05-21", "2041-05-22", "2041-05-23", "2041-05-24"
IN3 = MON  # "in three days" is Monday
FORTNIGHT = EOM = "2041-05-31"  # "in two weeks" and "end of the month" fall on the same day
EOJUN, EOJUL, EOAUG, EOSEP = "2041-06-30", "2041-07-31", "2041-08-31", "2041-09-30"
wi, it, ors, le, te = "wiremu", "itziar", "orsolya", "levente", "teuila"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, wi, "Cherrybank Orchards Apple Pollination is settled — Amaia agreed the hive count and the fee", ready(ud(1, stage=ST)), ["stage", "stage_word"])
add("upd-002", C, it, "pendleford seed trial pollination has gone up to 24,800, they've added the onion plots", ready(ud(7, amount=24800)), ["amount", "lowercase", "reason_clause"])
add("upd-003", C, le, "Tolland University Pollinator Survey won't close May 31, it's June 20 now", ready(ud(19, close_date="2041-06-20")), ["date", "instead_of"])
add("upd-004", C, wi, "Lenwade Hospital Rooftop Hives can go to Priced, the estates board approved the budget line", ready(ud(30, stage=PR)), ["stage", "stage_word", "reason_clause"])
add("upd-005", C, wi, "Wolvey Council Swarm Callouts — placed! the council signed the framework yesterday", ready(ud(16, stage=WON)), ["stage", "won", "stage_word"])
add("upd-006", C, it, "Sibford Pear Pollination has swarmed, the co-op went with a local beekeeper", ready(ud(35, stage=LOST)), ["stage", "lost", "stage_word"])
add("upd-007", C, le, "push Alderwick Grand Rooftop Hives out to the end of June", ready(ud(9, close_date=EOJUN)), ["date"])
add("upd-008", C, ors, "Pettigo Delis Honey Range: make the amount 12k", ready(ud(22, amount=12000)), ["amount", "terse"])
add("upd-009", C, it, "Brightling Market Own-Label Honey: Ngaio wants to go ahead on our terms, mark it Settled", ready(ud(33, stage=ST)), ["stage", "deal_owner", "first_name_only"])
add("upd-010", C, le, "Harrowden Homes Biodiversity Survey has slipped past its close date, make it June 6", ready(ud(28, close_date="2041-06-06")), ["date", "past_dated"])
add("upd-011", C, wi, "the plum pollination at Cherrybank is priced, 7,650", ready(ud(2, stage=PR, amount=7650)), ["stage", "amount", "stage_word", "partial_name", "same_record"])
add("upd-012", C, ors, "Tolland University Campus Hives (Levente's) — bring it up to Priced", ready(ud(20, stage=PR)), ["stage", "partial_name"])
add("upd-013", C, it, "Ravensworth Academy Bee Workshops is placed, the head teacher signed it off this morning", ready(ud(18, stage=WON)), ["stage", "won", "stage_word"])
add("upd-014", C, le, "Marlpit Garden Centre Honey Stock is dead, they're buying from a wholesaler; swarmed", ready(ud(14, stage=LOST)), ["stage", "lost", "stage_word", "shared_word"])
add("upd-015", C, wi, "Brightling Market Store Hives should read 10,400 — the 9,200 figure is out of date", ready(ud(34, amount=10400)), ["amount", "instead_of"])
add("upd-016", C, it, "give Cherrybank Cider Honey Supply an extra three weeks on its close date", ready(ud(3, close_date="2041-07-26")), ["date", "relative_to_record"])
add("upd-017", C, le, "Saxtead Blueberry Pollination — placed, Szabolcs wants the hives in before the blossom", ready(ud(4, stage=WON)), ["stage", "won", "stage_word"])
add("upd-018", C, ors, "Wiremu's Sallowfield Bank Rooftop Hives has dropped back to Priced, their new CFO wants to re-tender", ready(ud(12, stage=PR)), ["stage", "reason_clause"])
add("upd-019", C, wi, "I'm covering Fernhurst for Itziar this week, so: Fernhurst Cathedral Roof Hives goes to Hive Check", ready(ud(31, stage=HC)), ["stage", "cross_owner"])
# voices
add("upd-020", C, it, "hey! could you bump Pendleford Field Margin Survey to Priced for me? ta", ready(ud(8, stage=PR)), ["wrapper", "polite", "stage"])
add("upd-021", C, ors, "For the record, the Wolvey Council Parks Habitat Survey's anticipated close date is 15 July.", ready(ud(17, close_date="2041-07-15")), ["formal", "date"])
add("upd-022", C, le, "Dear all, I am pleased to confirm that Alderwick Grand Breakfast Honey has been priced at 6,900. Best wishes, Levente", ready(ud(10, stage=PR, amount=6900)), ["formal_email", "stage", "amount", "stage_word", "same_record"])
add("upd-023", C, it, "Pettigo Delis Honey Range, please to change the close date for 30 of June", ready(ud(22, close_date=EOJUN)), ["non_native", "date"])
add("upd-024", C, le, "kersey mead honey supply close date twenty first of june full stop", ready(ud(23, close_date="2041-06-21")), ["dictation", "date", "lowercase"])
add("upd-025", C, wi, "lenwade rooftop hives amt 9.4k thx", ready(ud(30, amount=9400)), ["mobile", "amount", "terse", "partial_name"])
add("upd-026", C, it, "ok so on the drive back from Sibford, um, Amaia Zubizarreta rang, the co-op board met last night and they've knocked us down on hive numbers, so Sibford Pear Pollination is 19,900 now, not 21,400. don't log the call, it was mostly about her dog", ready(ud(35, amount=19900)), ["rambling", "amount", "negation", "instead_of"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, le, "Kiri Tomoana has booked the school trips through us, she's an opportunity now", ready(uc(36, lifecycle_stage="opportunity")), ["lifecycle", "reason_clause"])
add("uct-002", C, ors, "Boglarka Somogyi → customer", ready(uc(14, lifecycle_stage="customer")), ["lifecycle", "terse"])
add("uct-003", C, wi, "we've got the wrong phone for Piripi Katene; 01632 960 237 is the depot, his is 01632 960 714", ready(uc(28, phone="01632 960 714")), ["phone", "instead_of"])
add("uct-004", C, it, "Haizea Mendizabal has been made Head of Trials at Pendleford", ready(uc(34)), ["job_title"])
add("uct-005", C, le, "new details for Zsofia Racz — phone 01632 960 771 and email Z.Racz@Amberlow.com", ready(uc(38, phone="01632 960 771", email="z.racz@amberlow.com")), ["phone", "email", "same_record"])
add("uct-006", C, it, "Kinga Urbaniak's email keeps bouncing, use kinga@alderwickgrand.com instead", ready(uc(5, email="kinga@alderwickgrand.com")), ["email", "last_name_pair", "cross_owner"])
# voices
add("uct-007", C, wi, "Good morning, please update Ibai Urrutia's lifecycle stage to prospect. Kind regards, Wiremu", ready(uc(41, lifecycle_stage="prospect")), ["formal_email", "lifecycle"])
add("uct-008", C, le, "Semisi Tupou he change his phone, the new one is +44 1632 960 390", ready(uc(31, phone="+44 1632 960 390")), ["non_native", "phone"])
add("uct-009", C, it, "tamati herewini email is t dot herewini at ravensworthacademy dot org dot uk", ready(uc(39, email="t.herewini@ravensworthacademy.org.uk")), ["dictation", "email", "lowercase"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, wi, "Kelmscott Folk Festival has a new website, kelmscottfestival.org", ready(uco(25, domain="kelmscottfestival.org")), ["domain"])
add("uco-002", C, it, "file Stanwick Solar Park under Solar Energy rather than Renewable Energy", ready(uco(17, industry="Solar Energy")), ["industry", "instead_of"])
add("uco-003", C, le, "Amberlow Skincare industry: Beauty & Skincare", ready(uco(21, industry="Beauty & Skincare")), ["industry", "terse"])
add("uco-004", C, ors, "Brantham Zoo changed web address to brantham-zoo.org.uk", ready(uco(24, domain="brantham-zoo.org.uk")), ["domain"])
add("uco-005", C, wi, "Hatherden Steam Railway — domain hatherdensteam.org.uk, industry Heritage Attractions", ready(uco(16, domain="hatherdensteam.org.uk", industry="Heritage Attractions")), ["domain", "industry", "same_record"])
add("uco-006", C, it, "hello, would you mind changing Pettigo Delis' industry to Food Retail? they're more of a shop than a deli these days. thanks!", ready(uco(14, industry="Food Retail")), ["industry", "wrapper", "polite"])

# ====================================================================== ownership
C = "ownership"
OW = ["ownership"]
add("own-001", C, ors, "Wickhamford Farm Shop is Levente's account from today", ready(uco(13, owner_id=4)), OW + ["taking_over", "account_owner"])
add("own-002", C, ors, "Pettigo Delis Honey Range — Wiremu is running it from now on", ready(ud(22, owner_id=1)), OW + ["moving_to"])
add("own-003", C, it, "Wiremu's agreed I'll run Brightling Market Store Hives from here on, so put it under me", ready(ud(34, owner_id=2)), OW + ["taking_over", "deal_owner"])
add("own-004", C, ors, "Fernhurst Cathedral is Levente's patch now, switch the account owner", ready(uco(20, owner_id=4)), OW + ["hand", "account_owner"])
add("own-005", C, ors, "Harrowden Homes Show Home Hives belongs with Itziar going forward", ready(ud(29, owner_id=2)), OW + ["deal_owner"])
add("own-006", C, le, "I'll look after Tevita Havea myself from now on, make me his owner", ready(uc(3, owner_id=4)), OW + ["cross_owner", "near_duplicate"])
add("own-007", C, ors, "the Brightling Market account goes to Itziar, she's running the own-label deal anyway", ready(uco(22, owner_id=2)), OW + ["account_owner", "reason_clause"])
add("own-008", C, wi, "give Marlpit Golf Club to Levente, he's out that way every week", ready(uco(8, owner_id=4)), OW + ["hand", "shared_word", "cross_owner"])
add("own-009", C, ors, "From Monday, Sibford Pear Growers will be managed by Wiremu.", ready(uco(23, owner_id=1)), OW + ["formal", "account_owner"])
add("own-010", C, ors, "Levente should be the owner of the contact Itziar Olaizola", ready(uc(7, owner_id=4)), OW + ["user_name_clash"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, wi, "Blythburgh Lavender Farm — new company, blythburghlavender.co.uk, Horticulture", ready(ccompany(wi, "Blythburgh Lavender Farm", "blythburghlavender.co.uk", "Horticulture")), ["domain", "industry"])
add("cco-002", C, it, "new account: Laxfield Primary School", ready(ccompany(it, "Laxfield Primary School")), ["terse"])
add("cco-003", C, ors, "Peasenhall Allotment Society is a new company for Wiremu to own", ready(ccompany(ors, "Peasenhall Allotment Society", owner=wi)), ["ownership", "hand"])
add("cco-004", C, le, "please set up Kettleburgh Distillery — kettleburghgin.com, industry Distilling", ready(ccompany(le, "Kettleburgh Distillery", "kettleburghgin.com", "Distilling")), ["polite", "domain", "industry"])
add("cco-005", C, le, "Could you kindly create a company record for the Framsden Windmill Trust?", ready(ccompany(le, "Framsden Windmill Trust")), ["formal", "polite"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, it, "add Eneko Bengoetxea from Cherrybank Cider Works, he runs their orchard now", ready(ccontact(it, "Eneko", "Bengoetxea", 2)), ["new_lead", "job_title", "shared_word"])
add("cct-002", C, le, "Saxtead Blueberry Farm has two picking supervisors we should have on file: Akanesi Vainikolo and Viliami Taufa", ready(ccontact(le, "Akanesi", "Vainikolo", 3), ccontact(le, "Viliami", "Taufa", 3, k=1)), ["new_lead", "comma_list"])
add("cct-003", C, ors, "Hajnalka Szirmai from Tolland University goes in as a new contact, owned by Levente", ready(ccontact(ors, "Hajnalka", "Szirmai", 12, owner=le)), ["new_lead", "ownership", "hand"])
add("cct-004", C, it, "Jone Ezeiza has joined Pettigo Delis as head of cheese, add her — she's a prospect already", ready(ccontact(it, "Jone", "Ezeiza", 14, stage="prospect")), ["new_lead", "lifecycle", "job_title"])
add("cct-005", C, wi, "three new hospital contacts for Lenwade General Hospital — Apolonia Grabarczyk, Wieslaw Chmielewski and Honi Rangihau", ready(ccontact(wi, "Apolonia", "Grabarczyk", 19), ccontact(wi, "Wieslaw", "Chmielewski", 19, k=1), ccontact(wi, "Honi", "Rangihau", 19, k=2)), ["new_lead", "comma_list"])
add("cct-006", C, le, "Denes Meszaros, 07700 900 662, is a new lead at Marlpit Garden Centre", ready(ccontact(le, "Denes", "Meszaros", 9, phone="07700 900 662")), ["new_lead", "phone", "shared_word"])
add("cct-007", C, it, "add contact Goiuri Arrizabalaga at Ravensworth Academy full stop email goiuri at ravensworthacademy dot org dot uk", ready(ccontact(it, "Goiuri", "Arrizabalaga", 11, email="goiuri@ravensworthacademy.org.uk")), ["dictation", "new_lead", "email"])
add("cct-008", C, wi, "Please add Mr Eruera Horomona of Wolvey District Council as a contact.", ready(ccontact(wi, "Eruera", "Horomona", 10)), ["formal", "new_lead"])
add("cct-009", C, le, "new person at Brantham Zoo, Mahe Kioa, please to put him in the CRM", ready(ccontact(le, "Mahe", "Kioa", 24)), ["non_native", "new_lead"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, wi, "new deal: Cherrybank Orchards Pear Pollination, 6,800", ready(cdeal(wi, 1, amount=6800, name="Cherrybank Orchards Pear Pollination")), ["deal_name_colon", "amount", "shared_word"])
add("cdl-002", C, ors, "Lenwade General Hospital needs swarm removal cover: new deal, 3,100, Wiremu owns it", ready(cdeal(ors, 19, amount=3100, product=SR, owner=wi)), ["ownership", "product", "amount"])
add("cdl-003", C, le, "Tevita Moala at Brantham Zoo wants rooftop hives on the reptile house — new deal, 5.5k, with him as the contact", ready(cdeal(le, 24, amount=5500, product=RH, contact=4)), ["product", "contact", "amount", "near_duplicate"])
add("cdl-004", C, it, "new deal for Ravensworth Academy, a habitat survey of the school field, already priced at 1,950", ready(cdeal(it, 11, stage=PR, amount=1950, product=HS)), ["product", "stage", "stage_word"])
add("cdl-005", C, wi, "Wickhamford Farm Shop want workshops for their customers, 1,200, close Feb 20", ready(cdeal(wi, 13, amount=1200, close="2042-02-20", product=WS)), ["product", "amount", "date", "year_roll"])
add("cdl-006", C, le, "open a deal named Alderwick Spa Honey Amenities for Alderwick Grand Hotel, 4,300, starting at Hive Check", ready(cdeal(le, 6, stage=HC, amount=4300, name="Alderwick Spa Honey Amenities")), ["named", "amount", "stage_word"])
add("cdl-007", C, ors, "Kelmscott Folk Festival wants swarm cover for the festival weekend — 900, Wiremu's deal", ready(cdeal(ors, 25, amount=900, product=SR, owner=wi)), ["ownership", "product", "amount"])
add("cdl-008", C, le, "Good afternoon, Tolland University have asked us to run beekeeping workshops for their ecology students, valued at 3,800 and due to close on 30 June. Please create a deal. Regards, Levente", ready(cdeal(le, 12, amount=3800, close=EOJUN, product=WS)), ["formal_email", "product", "amount", "date"])
add("cdl-009", C, le, "new deal: Tolland University Library Roof Hives, 6,100", ready(cdeal(le, 12, amount=6100, name="Tolland University Library Roof Hives")), ["deal_name_colon", "amount"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, wi, "just had a call with Sione Latu about restocking the honey shelf", ready(act(wi, "call", contact=19)), ["call"])
add("act-002", C, it, "met Leire Azkarate at the school fete yesterday", ready(act(it, "meeting", YDAY, contact=17)), ["meeting", "date"])
add("act-003", C, le, "emailed Dorottya Kertesz the transect map", ready(act(le, "email", contact=18)), ["email"])
add("act-004", C, it, "texted Mereana Waaka photos of the south transept roof", ready(act(it, "message", contact=23)), ["message"])
add("act-005", C, ors, "log a meeting with Ander Uriarte on Tuesday — I went along with Wiremu to look at the roof", ready(act(ors, "meeting", TUE_P, contact=13)), ["meeting", "date"])
add("act-006", C, le, "did a hive check at Saxtead with Szabolcs Vamos on Wednesday", ready(act(le, "meeting", WED_P, contact=10)), ["meeting", "date", "stage_word"])
add("act-007", C, wi, "Cherrybank Orchards Apple Pollination: walked the rows with Amaia Etxeberria this morning", ready(act(wi, "meeting", contact=1, deal=1)), ["meeting", "deal_link", "near_duplicate", "today"])
add("act-008", C, it, "note on Pendleford Seed Trial Pollination: they want the hives out before the onions flower", ready(act(it, "note", deal=7)), ["note_on", "deal_link"])
add("act-009", C, le, "met Kinga Urbaniak and her pastry team on Sunday to taste the spring honey", ready(act(le, "meeting", SUN_P, contact=5)), ["meeting", "date", "last_name_pair"])
add("act-010", C, wi, "left a voicemail for Tevita Havea about the swarm on the signal box", ready(act(wi, "call", contact=3)), ["call", "near_duplicate"])
add("act-011", C, it, "lunch with Itziar Olaizola at the Pettigo head office today", ready(act(it, "meeting", contact=7)), ["meeting", "user_name_clash", "today"])
add("act-012", C, le, "sent Ngaio Kersey the honey label artwork by email", ready(act(le, "email", contact=8)), ["email", "surname_company"])
add("act-013", C, wi, "note on Brightling Market Store Hives: Oihana wants the hives on the car park roof", ready(act(wi, "note", deal=34)), ["note_on", "deal_link"])
add("act-014", C, it, "had a call with Amaia Zubizarreta last Friday about the pear blossom", ready(act(it, "call", LFRI, contact=2)), ["call", "date", "near_duplicate"])
# voices
add("act-015", C, ors, "right, so, long day, I drove over to Kelmscott, the festival field is basically a bog at the moment, anyway I sat down with Kahurangi Potaka and we went through next year's bee tent, so log that as a meeting please", ready(act(ors, "meeting", contact=25)), ["rambling", "meeting"])
add("act-016", C, it, "morning! could you log a call with Balint Gulyas for me? we talked about the wildflower strip by the ninth hole. thanks!", ready(act(it, "call", contact=45)), ["wrapper", "polite", "call"])
add("act-017", C, wi, "I would like to record a telephone call with Mr Rewi Paewai held yesterday regarding the vineyard survey.", ready(act(wi, "call", YDAY, contact=11)), ["formal", "call", "date"])
add("act-018", C, le, "yesterday I am visiting Tolland University with Semisi Tupou, please write it as meeting", ready(act(le, "meeting", YDAY, contact=31)), ["non_native", "meeting", "date"])
add("act-019", C, it, "just met w/ grazyna @ pendleford", ready(act(it, "meeting", contact=12)), ["mobile", "meeting", "first_name_only"])
add("act-020", C, wi, "log a call with ksawery kubiak full stop he wants hives on the new ward roof", ready(act(wi, "call", contact=35)), ["dictation", "call", "lowercase"])

# ====================================================================== create_task
C = "create_task"
RM = ["remind_me"]
add("tsk-001", C, it, "when the pallet sizes are agreed, Pettigo Delis Honey Range can go to Settled — remind me to do it", ready(task(it, deal=22)), RM + ["not_a_write", "stage_word"])
add("tsk-002", C, le, "Thursday is the deadline for Semisi; if there's still silence I'm going to swarm Tolland University Campus Hives, so I need that on my list", ready(task(le, THU, deal=20)), ["later_is_task", "not_a_write", "lost"])
add("tsk-003", C, ors, "Itziar needs to phone Edurne Zabaleta by Wednesday — make it her task", ready(task(ors, WED, contact=21, owner=it)), ["delegation", "ownership"])
add("tsk-004", C, wi, "remind me to delete Nandor Lakatos, he's leaving the bank in June", ready(task(wi, contact=32)), RM + ["remind_delete", "not_a_write"])
add("tsk-005", C, le, "two weeks from today I need to get back to Radoslaw Michalak on the beeswax grade", ready(task(le, FORTNIGHT, contact=24)), ["relative_date"])
add("tsk-006", C, le, "Wiremu should get the roof load figures to Oihana Elorza before May is out — make it his task", ready(task(le, EOM, contact=30, owner=wi)), ["delegation", "ownership"])
add("tsk-007", C, ors, "Levente needs a task due Tuesday: check the jar order on Kersey Mead Honey Supply", ready(task(ors, TUE, deal=23, owner=le)), ["delegation", "ownership", "deal_link"])
add("tsk-008", C, le, "I ought to close Harrowden Homes Show Home Hives as lost at some point, remind me", ready(task(le, deal=29)), RM + ["later_is_task", "not_a_write", "lost"])
add("tsk-009", C, ors, "Wiremu, please chase Ksawery Kubiak about the ward roof survey on Tuesday — put it on his list", ready(task(ors, TUE, contact=35, owner=wi)), ["delegation", "ownership"])
add("tsk-010", C, le, "on Monday I'll want to raise Alderwick Grand Breakfast Honey to 7k — set me a reminder", ready(task(le, MON, deal=10)), RM + ["not_a_write", "later_is_task"])
add("tsk-011", C, it, "chase Edurne Zabaleta again three days from now, remind me", ready(task(it, IN3, contact=21)), RM + ["relative_date"])
add("tsk-012", C, it, "at some point Levente should take Marlpit Golf Club Wildflower Survey off my hands — put in a reminder for me", ready(task(it, deal=13)), RM + ["later_is_task", "not_a_write"])
add("tsk-013", C, ors, "get Levente to send Kiri Tomoana the summer workshop dates by Thursday", ready(task(ors, THU, contact=36, owner=le)), ["delegation", "ownership"])
# voices
add("tsk-014", C, le, "so the zoo thing — Tevita Moala showed me round the new meadow enclosure, the lemurs, the whole lot, no need to log any of it, but I do want a reminder Tuesday to send him the hive layout", ready(task(le, TUE, contact=4)), ["rambling", "remind_me", "negation", "near_duplicate"])
add("tsk-015", C, wi, "hiya — would you be a star and set me a Thursday reminder to chase Kahurangi Potaka on the bee tent? cheers", ready(task(wi, THU, contact=25)), ["wrapper", "polite", "remind_me"])
add("tsk-016", C, it, "I would be grateful if a task could be created for me, due 4 June, to go over the Stanwick Solar Park survey terms.", ready(task(it, "2041-06-04", company=17)), ["formal", "company_only"])
add("tsk-017", C, le, "wednesday I must call again Malia Fifita, please you make reminder", ready(task(le, WED, contact=33)), ["non_native", "remind_me"])
add("tsk-018", C, wi, "remind me tmrw 2 text gorka re blossom", ready(task(wi, TMRW, contact=26)), ["mobile", "remind_me", "first_name_only"])
add("tsk-019", C, ors, "remind me on tuesday the twenty first to call vilmos fodor about the roof", ready(task(ors, TUE, contact=22)), ["dictation", "remind_me", "lowercase"])
add("tsk-020", C, wi, "remind me on March 2 to book Amaia Etxeberria's hives for next spring", ready(task(wi, "2042-03-02", contact=1)), RM + ["year_roll", "near_duplicate"])
add("tsk-021", C, it, "remind me to remove Wairua Tapsell once the cathedral confirms she's retired", ready(task(it, contact=43)), RM + ["remind_delete", "not_a_write"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, wi, "done — the swarm callout rota went to Wincenty Sikora", ready(done(14)), ["done_task"])
add("cmp-002", C, it, "the trial plot map from Grazyna has landed in my inbox, no more chasing needed", ready(done(7)), ["done_task", "described_by_outcome", "overdue", "first_name_only"])
add("cmp-003", C, le, "Szabolcs Vamos and I have agreed the hive numbers, that task can go", ready(done(5)), ["done_task", "overdue"])
add("cmp-004", C, wi, "finished: Book roof access survey at Sallowfield Bank", ready(done(10)), ["task_title", "overdue"])
add("cmp-005", C, le, "the biodiversity report sample is with Zbigniew Urbaniak now", ready(done(20)), ["done_task", "described_by_outcome", "overdue", "last_name_pair"])
add("cmp-006", C, it, "got Mikel Arregi's answer on the cider honey volumes, you can close that one", ready(done(32)), ["done_task", "described_by_outcome", "overdue"])
add("cmp-007", C, wi, "blossom dates checked with Gorka ✔", ready(done(35)), ["done_task", "mobile", "first_name_only", "overdue"])
add("cmp-008", C, le, "done — called Kinga Urbaniak about the breakfast honey volumes", ready(done(9)), ["done_task", "last_name_pair", "due_today"])
# voices
add("cmp-009", C, le, "Hello, just to let you know the honey price list went out to Malia Fifita this morning, so the related task can be marked complete. Many thanks, Levente", ready(done(12)), ["formal_email", "done_task"])
add("cmp-010", C, wi, "sorry to be a pain, could you mark the Cherrybank pollination contract task as done? thanks", ready(done(3)), ["wrapper", "polite", "near_duplicate"])
add("cmp-011", C, it, "mock-ups sent to ngaio ✅", ready(done(23)), ["mobile", "done_task", "first_name_only", "overdue"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, ors, "remove Nandor Lakatos from the CRM, he's left the bank", ready(dc(32)), ["reason_clause"])
add("del-002", C, ors, "delete the Ottery Vale Vineyard Pollination deal, it's last year's", ready(dd(38)), ["lost"])
add("del-003", C, ors, "the festival isn't running again — delete Kelmscott Folk Festival from companies", ready(dco(25)), ["terse"])
add("del-004", C, ors, "Pettigo Delis has been bought out by a chain — please delete the company", ready(dco(14)), ["polite", "reason_clause"])
add("del-005", C, ors, "please erase Fernhurst Cathedral from the CRM altogether", ready(dco(20)), [])
add("del-006", C, ors, "Izaro Aranburu and Wairua Tapsell both need deleting", ready(dc(44), dc(43)), ["multi", "comma_list"])
add("del-007", C, ors, "the Stanwick Solar Park Hives deal can go, delete it", ready(dd(27)), ["lost"])
add("del-008", C, ors, "Amberlow Skincare has gone into administration; delete the account", ready(dco(21)), ["reason_clause"])
add("del-009", C, ors, "Pendleford Field Margin Survey was entered by mistake; delete the deal", ready(dd(8)), [])
add("del-010", C, ors, "GDPR request from Ravensworth Academy: remove their company record completely", ready(dco(11)), ["reason_clause"])
add("del-011", C, ors, "both workshop deals we're finished with — Kersey Mead Tasting Workshops and Saxtead Staff Workshops — delete them", ready(dd(24), dd(5)), ["multi", "lost", "won"])

# ====================================================================== bulk
C = "bulk"
BK = ["bulk_filter"]
add("blk-001", C, wi, "every one of my deals at Hive Check has now been priced", ready(*many(ud, [2, 6, 17, 30], stage=PR)), BK + ["stage_word"])
add("blk-002", C, it, "everything I had at Priced has settled", ready(*many(ud, [7, 18, 22, 33], stage=ST)), BK + ["stage_word"])
add("blk-003", C, ors, "take Levente's Honey and Rooftop Hives deals that are at Hive Check or Priced and set their close date to June 30", ready(*many(ud, [9, 10, 14, 23], close_date=EOJUN)), BK + ["composed", "either_stage", "product_filter"])
add("blk-004", C, it, "I've caught up on everything late — mark all my overdue tasks as done", ready(*many(done, [4, 7, 15, 23, 32])), BK + ["overdue"])
add("blk-005", C, ors, "close out every open Cherrybank Orchards task, the orchard work is all wrapped up", ready(*many(done, [1, 2, 3, 35])), BK + ["same_title", "shared_word"])
add("blk-006", C, ors, "purge the swarmed deals, all of them", ready(*many(dd, [24, 27, 38])), BK + ["bulk_delete", "lost", "terse"])
add("blk-007", C, le, "all my leads can be prospects now, they've all had the spring newsletter", ready(*many(uc, [27, 29, 31, 33, 36, 38], lifecycle_stage="prospect")), BK + ["my_leads"])
add("blk-008", C, ors, "Wiremu inherits Itziar's leads, every single one", ready(*many(uc, [34, 39, 40, 43, 44, 45], owner_id=1)), BK + ["ownership", "hand", "my_leads"])
add("blk-009", C, ors, "anything that has sat for eight weeks with no activity has swarmed — update them all", ready(*many(ud, [13, 31, 36], stage=LOST)), BK + ["no_activity", "lost"])
add("blk-010", C, ors, "any live deal with a close date in the past gets May 31 instead", ready(*many(ud, [28, 32], close_date=EOM)), BK + ["past_dated"])
add("blk-011", C, it, "for each Flowering deal I own, give me a reminder on Monday to chase it", ready(*[task(it, MON, deal=d, k=i) for i, d in enumerate([3, 8, 13, 26, 31])]), BK + ["bulk_create", "remind_me"])
add("blk-012", C, ors, "any deal of Itziar's with no activity for four weeks goes to Levente", ready(*many(ud, [8, 13, 31], owner_id=4)), BK + ["no_activity", "ownership", "hand"])
add("blk-013", C, ors, "all of Itziar's accounts move over to Levente", ready(*many(uco, [2, 5, 8, 11, 14, 17, 20, 23], owner_id=4)), BK + ["ownership", "moving_to"])
add("blk-014", C, ors, "for Pollination deals above 15k at either Priced or Settled, the close date becomes June 9", ready(*many(ud, [1, 7, 35], close_date="2041-06-09")), BK + ["composed", "either_stage", "amount_filter", "product_filter"])
add("blk-015", C, le, "my deals at Flowering or Hive Check where nobody's got back to us in three weeks have swarmed, mark them so", ready(*many(ud, [20, 29, 36], stage=LOST)), BK + ["composed", "either_stage", "no_activity", "lost"])
add("blk-016", C, ors, "Itziar takes over those deals of Wiremu's that are Habitat Survey or Rooftop Hives, sitting at Hive Check, untouched for four weeks, and due to close by July 31", ready(*many(ud, [6, 17], owner_id=2)), BK + ["composed", "no_activity", "date_range", "ownership", "hand", "product_filter"])
add("blk-017", C, ors, "Itziar gets the Placed deals with a close date on or after April 20", ready(*many(ud, [5, 11, 21], owner_id=2)), BK + ["ownership", "won", "date_range"])
add("blk-018", C, le, "log a meeting against both open Alderwick Grand deals, I spent all of yesterday at the hotel", ready(act(le, "meeting", YDAY, deal=9), act(le, "meeting", YDAY, deal=10, k=1)), BK + ["bulk_create", "date", "closed_not_offered"])
add("blk-019", C, it, "anything I've got closing from June 1 to June 15, push each one back seven days", ready(ud(7, close_date="2041-06-12"), ud(22, close_date="2041-06-17"), ud(33, close_date="2041-06-14")), BK + ["relative_to_record", "date_range"])
add("blk-020", C, ors, "Levente's Flowering deals below 6k aren't worth keeping, delete them", ready(*many(dd, [29, 36])), BK + ["bulk_delete", "amount_filter"])
add("blk-021", C, wi, "for every deal of mine where we've heard nothing back in three weeks, I want a chase reminder on Tuesday", ready(task(wi, TUE, deal=6), task(wi, TUE, deal=17, k=1)), BK + ["bulk_create", "no_activity", "remind_me"])

# ====================================================================== multi_intent
C = "multi_intent"
MU = ["multi"]
add("mul-001", C, wi, "called Ander Uriarte — Sallowfield Bank Rooftop Hives is placed, remind me Monday to send him the install dates", ready(act(wi, "call", contact=13), ud(12, stage=WON), task(wi, MON, contact=13)), MU + ["clause_scope", "pronoun", "won"])
add("mul-002", C, le, "terms agreed on Kersey Mead Honey Supply — settled at 20k — and Teofil Maciejewski counts as a customer now", ready(ud(23, stage=ST, amount=20000), uc(20, lifecycle_stage="customer")), MU + ["stage_word"])
add("mul-003", C, ors, "move Tolland University over to Wiremu; also Semisi Tupou can be deleted", ready(uco(12, owner_id=1), dc(31)), MU + ["ownership"])
add("mul-004", C, it, "emailed the pollination contract to Amaia Zubizarreta just now — log it and close that contract task of hers; also the pear pollination deal has gone to 22k", ready(act(it, "email", contact=2), done(4), ud(35, amount=22000)), MU + ["done_task", "near_duplicate", "partial_name"])
add("mul-005", C, le, "phoned Huia Tamihana and the beekeeping workshops at Marlpit Garden Centre are priced now — I promised to ring her again Tuesday, so set that up", ready(act(le, "call", contact=15), ud(15, stage=PR), task(le, TUE, contact=15)), MU + ["clause_scope", "pronoun"])
add("mul-006", C, wi, "Ottery Vale Vineyard has a new cellar manager, Rangimarie Ruatapu — add her, and I met her there today so log that too", ready(ccontact(wi, "Rangimarie", "Ruatapu", 4), act(wi, "meeting", contact=46, company=4)), MU + ["new_lead"])
add("mul-007", C, it, "Pettigo Delis Honey Range has been placed, so on Monday the first delivery needs booking — task for me please", ready(ud(22, stage=WON), task(it, MON, deal=22)), MU + ["inherit", "won"])
add("mul-008", C, le, "for Brantham Zoo add a note that the new education centre opens in August; separately, Brantham Zoo Education Workshops now closes July 25", ready(act(le, "note", company=24), ud(36, close_date="2041-07-25")), MU + ["note_on", "clause_scope"])
add("mul-009", C, le, "Harrowden Homes Biodiversity Survey is now 13,100 with a June 12 close; on Wednesday remind me to send Zbigniew Urbaniak the bat survey overlap", ready(ud(28, amount=13100, close_date="2041-06-12"), task(le, WED, contact=6)), MU + ["clause_scope", "remind_me", "past_dated"])
add("mul-010", C, wi, "great news, Hatherden Railway Swarm Removal is placed — I was on the phone with Tevita Havea, log that, and I need a reminder tomorrow to send the callout terms", ready(ud(25, stage=WON), act(wi, "call", contact=3), task(wi, TMRW, contact=3, deal=25)), MU + ["inherit", "won", "near_duplicate"])
add("mul-011", C, it, "Cherrybank Cider Works want a workshops deal for their staff, 1,600 — and note on Cherrybank Cider Works: new bottling line from July", ready(cdeal(it, 2, amount=1600, product=WS), act(it, "note", company=2)), MU + ["note_on", "product"])
add("mul-012", C, ors, "Tipene Mokena is a new contact at Fernhurst Cathedral — Levente should own him — while the cathedral account itself moves to Wiremu", ready(ccontact(ors, "Tipene", "Mokena", 20, owner=le), uco(20, owner_id=1)), MU + ["new_lead", "ownership", "clause_scope"])
add("mul-013", C, le, "Dorottya Kertesz gave me the campus tour on Wednesday (a meeting, please log it) and the Tolland University Pollinator Survey is placed", ready(act(le, "meeting", WED_P, contact=18), ud(19, stage=WON)), MU + ["clause_scope", "date", "won"])
add("mul-014", C, wi, "had Rewi Paewai on the phone; he's happy to go to 4,950 on Ottery Vale Habitat Survey, and I owe him his vineyard map back — remind me a week from today", ready(act(wi, "call", contact=11), ud(6, amount=4950), task(wi, WEEK, contact=11)), MU + ["clause_scope", "pronoun"])
add("mul-015", C, ors, "Kersey Mead Company, together with its honey supply deal, now belongs to Itziar", ready(uco(15, owner_id=2), ud(23, owner_id=2)), MU + ["ownership", "taking_over", "pronoun"])
add("mul-016", C, it, "update Reka Toth: r.toth@pettigodelis.com for email, lifecycle opportunity", ready(uc(42, email="r.toth@pettigodelis.com", lifecycle_stage="opportunity")), MU + ["same_record", "email"])
add("mul-017", C, le, "add Lolohea Havili of Amberlow Skincare as a lead for Itziar, then log the call I had with her this morning", ready(ccontact(le, "Lolohea", "Havili", 21, owner=it), act(le, "call", contact=46, company=21)), MU + ["new_lead", "ownership", "hand"])
# voices
add("mul-018", C, it, "right, long one. Drove out to Sibford, Amaia Zubizarreta walked me round the pear blocks, the blossom's late this year, um, so Sibford Pear Pollination closes on the 10th of June instead, and I said I'd send her the hive plan on Tuesday so remind me, that's it", ready(act(it, "meeting", contact=2), ud(35, close_date="2041-06-10"), task(it, TUE, contact=2)), MU + ["rambling", "pronoun", "near_duplicate"])
add("mul-019", C, le, "er, quick one from the hotel... Kinga loved the honey, like properly loved it, so Alderwick Grand Breakfast Honey is priced now — no wait, settled, she's agreed the numbers. Oh and tick off the Kinga honey volumes task", ready(ud(10, stage=ST), done(9)), MU + ["rambling", "correction", "done_task", "first_name_only", "stage_word"])
add("mul-020", C, ors, "Dear colleagues, please can the CRM show Wiremu as the owner of Saxtead Blueberry Farm, and Szabolcs Vamos as a prospect rather than a customer. Best, Orsolya", ready(uco(3, owner_id=1), uc(10, lifecycle_stage="prospect")), MU + ["formal_email", "ownership"])
add("mul-021", C, wi, "right, Lenwade update, I'm still up on the hospital roof so excuse the wind — Vilmos Fodor rang, they'd like six hives rather than four, so Lenwade Hospital Rooftop Hives is 12,500 now, and before the month's out I need to send him the revised plan, remind me", ready(act(wi, "call", contact=22), ud(30, amount=12500), task(wi, EOM, contact=22)), MU + ["rambling", "pronoun"])

# ====================================================================== reference (history)
C = "reference"
RF = ["history"]
add("ref-001", C, it, "Amaia Zubizarreta", ready(act(it, "call", contact=2)), RF + ["pick_option", "near_duplicate"], ["log that I phoned Amaia"])
add("ref-002", C, wi, "the plum one is priced now", ready(ud(2, stage=PR)), RF + ["after_question", "partial_name"], ["Cherrybank Orchards — what's open there?"])
add("ref-003", C, le, "just got off the phone with her — log it", ready(act(le, "call", contact=38)), RF + ["after_question", "pronoun"], ["how do I reach Zsofia Racz by phone?"])
add("ref-004", C, ors, "that account should be Itziar's then", ready(uco(19, owner_id=2)), RF + ["after_question", "ownership", "account_owner"], ["who owns Lenwade General Hospital?"])
add("ref-005", C, wi, "the cider works", ready(act(wi, "note", company=2)), RF + ["pick_option", "shared_word", "note_on"], ["note on Cherrybank: they're changing accountants"])
add("ref-006", C, le, "push the lot of them to Priced", ready(*many(ud, [10, 15, 23], stage=PR)), RF + ["after_question", "stage_word"], ["what's sitting at Hive Check for me?"])
add("ref-007", C, it, "the Sibford one", ready(done(4)), RF + ["pick_option", "near_duplicate"], ["the contract for Amaia has gone, tick off that task"])
add("ref-008", C, ors, "close every one of those for him", ready(*many(done, [5, 8, 13, 17, 20])), RF + ["after_question", "overdue"], ["what's overdue on Levente's list?"])
add("ref-009", C, wi, "Havea", ready(act(wi, "meeting", contact=3)), RF + ["pick_option", "last_name_only", "near_duplicate"], ["I had a sit-down with Tevita, log it"])
add("ref-010", C, it, "Mikel and I talked it over by phone on Wednesday, put that call in", ready(act(it, "call", WED_P, contact=9, deal=3)), RF + ["after_question", "date"], ["any news on Cherrybank Cider Honey Supply?"])
add("ref-011", C, le, "the show home one", ready(ud(29, stage=HC)), RF + ["pick_option"], ["the Harrowden deal has moved on to Hive Check"])
add("ref-012", C, ors, "I meant the garden centre", ready(uco(9, owner_id=1)), RF + ["pick_option", "shared_word", "ownership"], ["Wiremu is having Marlpit"])
add("ref-013", C, le, "wait, no — they've gone with someone else, mark it swarmed instead", ready(ud(15, stage=LOST)), RF + ["correction", "lost"], ["Marlpit Garden Centre Beekeeping Workshops: placed!"])
add("ref-014", C, wi, "Thursday reminders to chase each one, please", ready(task(wi, THU, deal=6), task(wi, THU, deal=17, k=1)), RF + ["after_question", "bulk_create", "no_activity"], ["which of my deals have had nothing logged against them for four weeks?"])
add("ref-015", C, ors, "add a note to that company: they're rebranding in the autumn", ready(act(ors, "note", company=22)), RF + ["after_question", "note_on", "surname_company"], ["which firm is Ngaio Kersey at again?"])
add("ref-016", C, it, "Zubizarreta", ready(task(it, TUE, contact=2)), RF + ["pick_option", "last_name_only", "near_duplicate"], ["Amaia needs the co-op pricing, remind me Tuesday"])

# ====================================================================== clarification
C = "clarification"
CL = ["clarification"]
add("clr-001", C, wi, "rang Amaia just now, log it", clar("contacts:1", "contacts:2"), CL + ["near_duplicate", "first_name_only"])
add("clr-002", C, it, "Tevita wants the hive report before the holidays, note it", clar("contacts:3", "contacts:4"), CL + ["near_duplicate", "first_name_only"])
add("clr-003", C, le, "sent the new figures over to Urbaniak by email", clar("contacts:5", "contacts:6"), CL + ["last_name_only", "last_name_pair"])
add("clr-004", C, ors, "Levente can have Cherrybank", clar("companies:1", "companies:2"), CL + ["shared_word", "ownership"])
add("clr-005", C, wi, "note on Marlpit: closed for refurbishment in August", clar("companies:8", "companies:9"), CL + ["shared_word", "note_on"])
add("clr-006", C, it, "Pendleford have placed the deal with us!", clar("deals:7", "deals:8"), CL + ["won"])
add("clr-007", C, le, "Alderwick deal → Settled", clar("deals:9", "deals:10"), CL + ["closed_not_offered", "terse"])
add("clr-008", C, ors, "Amaia's got her contract, close the task for it", clar("tasks:3", "tasks:4"), CL + ["near_duplicate"])
add("clr-009", C, wi, "hive stands are dropped off at Cherrybank, close that task", clar("tasks:1", "tasks:2"), CL + ["same_title"])
add("clr-010", C, ors, "note on Kersey: wants gift packs for Christmas", clar("companies:15", "contacts:8"), CL + ["surname_company", "note_on"])
add("clr-011", C, it, "the honey supply deal → 6k", clar("deals:3", "deals:23"), CL + ["partial_name"])
add("clr-012", C, it, "Marlpit's deal will now close on June 18", clar("deals:13", "deals:14", "deals:15"), CL + ["shared_word"])

# ====================================================================== refusal
C = "refusal"
RV = ["refusal", "reviewer"]
add("rfs-001", C, te, "Saxtead Blueberry Pollination has been placed, update it", rej("reviewer"), RV)
add("rfs-002", C, wi, "delete Piripi Katene", rej("admin"), ["refusal", "rep_delete"])
add("rfs-003", C, le, "clear out all my swarmed deals, delete them", rej("admin"), ["refusal", "rep_delete", "bulk_delete"])
add("rfs-004", C, wi, "Cherrybank Orchards Apple Pollination has reached negotiation", rej("negotiation"), ["refusal", "unknown_stage"])
add("rfs-005", C, le, "Amberlow Skincare should go to Farrukh", rej("farrukh"), ["refusal", "unknown_user"])
add("rfs-006", C, ors, "Priya should look after Sibford Pear Growers", rej("priya"), ["refusal", "unknown_user"])
add("rfs-007", C, wi, "enter minus 3,000 as the amount on Wolvey Council Parks Habitat Survey", rej("negative"), ["refusal", "negative_amount"])
add("rfs-008", C, le, "email for Dorottya Kertesz: dorottya at tolland", rej("email"), ["refusal", "bad_email"])
add("rfs-009", C, te, "give Itziar's leads to Wiremu, the lot", rej("reviewer"), RV + ["bulk"])
add("rfs-010", C, wi, "Lenwade Hospital Rooftop Hives is at the sounding stage now", rej("sounding"), ["refusal", "unknown_stage"])
add("rfs-011", C, it, "upgrade Reka Toth to VIP in her lifecycle", rej("vip"), ["refusal", "unknown_lifecycle"])
add("rfs-012", C, te, "set me a Tuesday reminder about calling Vilmos Fodor", rej("reviewer"), RV + ["remind_me"])
add("rfs-013", C, te, "please cancel the Vilmos Fodor roof access reminder", rej("reviewer"), RV + ["cancel"])
add("rfs-014", C, ors, "put Sione Latu's lifecycle stage on gold", rej("gold"), ["refusal", "unknown_lifecycle"])
add("rfs-015", C, wi, "Osvaldo Quarshie rang about hives for his allotment, log the call", rej("osvaldo"), ["refusal", "unknown_record"])
add("rfs-016", C, le, "note on Dunwich Apiary Supplies: wants our spare nucs", rej("dunwich"), ["refusal", "unknown_record", "note_on"])
add("rfs-017", C, le, "Hatherden Railway Swarm Removal amount: -800", rej("negative"), ["refusal", "negative_amount", "terse"])

# ====================================================================== negation
C = "negation"
NG = ["negation"]
add("neg-001", C, wi, "Sallowfield Bank Rooftop Hives stays where it is until the roof lease is signed, so not Placed yet", nochange(), NG + ["won"])
add("neg-002", C, it, "Fernhurst Cathedral Roof Hives isn't dead, don't swarm it — just give it until the end of August", ready(ud(31, close_date=EOAUG)), NG + ["lost"])
add("neg-003", C, wi, "the Cherrybank orchards are flowering early this year, nothing to change though", nochange(), NG + ["description", "stage_word"])
add("neg-004", C, le, "saw Tevita Moala at the zoo gate but we only said hello — nothing to log", nochange(), NG + ["description", "near_duplicate"])
add("neg-005", C, wi, "forget it, I'll sort it out myself", nochange(), NG + ["never_mind", "history"], ["remind me Monday to give Sione Latu a ring about jars"])
add("neg-006", C, le, "I already sent Ibai Urrutia the honey order form by email, so log that rather than making a reminder", ready(act(le, "email", contact=41)), NG)
add("neg-007", C, it, "the colony at Hatherden swarmed again last night — nothing to change in the CRM, just venting", nochange(), NG + ["description", "stage_word"])
add("neg-008", C, wi, "never mind about a reminder for the Wickhamford jars", nochange(), NG + ["never_mind", "cancel"])
add("neg-009", C, it, "Reka Toth stays in the CRM, no deleting her — she's become an opportunity", ready(uc(42, lifecycle_stage="opportunity")), NG + ["instead_of"])
add("neg-010", C, le, "rather than giving up on Harrowden Homes Show Home Hives, give it until the end of September", ready(ud(29, close_date=EOSEP)), NG + ["instead_of"])
add("neg-011", C, wi, "don't create a deal for Hatherden yet — just note on Hatherden Steam Railway: might want hives by the station garden", ready(act(wi, "note", company=16)), NG + ["note_on"])
add("neg-012", C, le, "honestly, long morning. Brantham Zoo phoned — the workshops again, they keep asking which dates we can do, I told them what I told them last week. Nothing worth logging, nothing changes", nochange(), NG + ["rambling", "description"])
add("neg-013", C, it, "leave Pendleford Seed Trial Pollination at Priced, that's exactly where it should be", nochange(), NG + ["already", "stage_word"])

# ====================================================================== correction
C = "correction"
CR = ["correction"]
add("cor-001", C, wi, "Brightling Market Store Hives is 9.8k, oh scratch that, I meant 9.6k", ready(ud(34, amount=9600)), CR + ["scratch_that"])
add("cor-002", C, it, "reminder for Tuesday to phone Leire Azkarate — no, Wednesday is better", ready(task(it, WED, contact=17)), CR + ["remind_me"])
add("cor-003", C, le, "Radoslaw Michalak's email is radek@amberlow.com, sorry, radoslaw.michalak@amberlow.com", ready(uc(24, email="radoslaw.michalak@amberlow.com")), CR + ["email"])
add("cor-004", C, ors, "Saxtead Blueberry Pollination is placed... scratch that, it swarmed", ready(ud(4, stage=LOST)), CR + ["scratch_that", "lost"])
add("cor-005", C, le, "Alderwick Grand Hotel goes over to Itziar — wait, I've got that wrong, it's Wiremu who's taking it", ready(uco(6, owner_id=1)), CR + ["ownership", "instead_of"])
add("cor-006", C, wi, "new contact Hohepa Manihera at Wickhamford Farm Shop, hohepa@wickhamfordfarmshop.co — .co.uk, not .co", ready(ccontact(wi, "Hohepa", "Manihera", 13, email="hohepa@wickhamfordfarmshop.co.uk")), CR + ["new_lead", "email"])
add("cor-007", C, le, "log a meeting with Dorottya Kertesz from yesterday — sorry, Tuesday, not yesterday", ready(act(le, "meeting", TUE_P, contact=18)), CR + ["date"])

# ====================================================================== typo
C = "typo"
TY = ["typo", "multi_typo"]
add("typ-001", C, wi, "cherrybank orchads aple polination shld be setled", ready(ud(1, stage=ST)), TY + ["lowercase", "stage_word"])
add("typ-002", C, it, "Pendelford Seed Trial Polination amout 25k", ready(ud(7, amount=25000)), TY)
add("typ-003", C, le, "had a cal wth Radoslav Michalek, plese log", ready(act(le, "call", contact=24)), TY)
add("typ-004", C, wi, "set a remindr for tomoro, chase Wincenty Sikorra", ready(task(wi, TMRW, contact=16)), TY + ["remind_me"])
add("typ-005", C, it, "Ravensworth Acadmy Bee Workshps is placd", ready(ud(18, stage=WON)), TY + ["won"])
add("typ-006", C, wi, "Gorka Lizarzu shuold be a prospct", ready(uc(26, lifecycle_stage="prospect")), TY)
add("typ-007", C, ors, "delte Haizea Mendizbal", ready(dc(34)), TY)
add("typ-008", C, le, "Tolland Univeristy Campus Hivs to hive chek", ready(ud(20, stage=HC)), TY + ["stage_word"])

# ====================================================================== unsupported
C = "unsupported"
UN = ["unsupported"]
add("uns-001", C, wi, "the Sione Latu honey order task should be due on the 2nd of June instead", rej(""), UN + ["reschedule"])
add("uns-002", C, it, "remove the Wednesday call with Leire Azkarate from the activity log", rej(""), UN + ["activity_edit"])
add("uns-003", C, le, "Kinga Urbaniak and Zbigniew Urbaniak should be merged together", rej(""), UN + ["merge", "last_name_pair"])
add("uns-004", C, ors, "rename the roof access survey task to 'Book roof access survey at Sallowfield Bank HQ'", rej(""), UN + ["rename"])
add("uns-005", C, wi, "cancel my follow-up with Vilmos Fodor about roof access", rej(""), UN + ["cancel"])
add("uns-006", C, it, "the cathedral roof call with Mereana Waaka isn't needed, please cancel that reminder", rej(""), UN + ["cancel"])
add("uns-007", C, le, "I don't need the Kiri Tomoana workshop pack task any more, cancel it", rej(""), UN + ["cancel"])
add("uns-008", C, ors, "the Wickhamford honey delivery task shouldn't have been closed, open it again", rej(""), UN + ["reopen"])

# ====================================================================== questions (answers from validate_thirteenth.QUESTIONS)
C = "question"
QS = [
    ("qst-001", wi, "anything still open with Cherrybank Orchards?", ["company_deals", "shared_word"]),
    ("qst-002", le, "Alderwick Grand Hotel: every deal, open or closed?", ["company_deals", "won_lost"]),
    ("qst-003", le, "which deals of mine are meant to close by the end of May?", ["closing", "my", "past_dated"]),
    ("qst-004", te, "count of deals at Priced?", ["count", "pipeline", "stage_word"]),
    ("qst-005", it, "how much is my open pipeline worth at the moment?", ["pipeline", "my"]),
    ("qst-006", wi, "Tevita Moala — have we got a number for him?", ["contact_info", "near_duplicate"]),
    ("qst-007", ors, "who looks after Marlpit Garden Centre?", ["account_owner", "shared_word"]),
    ("qst-008", le, "when were we last in touch with Amaia Zubizarreta?", ["last_touch", "near_duplicate"]),
    ("qst-009", te, "four weeks or more with nothing logged — which deals?", ["stale_deals", "no_activity"]),
    ("qst-010", wi, "which tasks are still open on my list?", ["tasks", "my"]),
    ("qst-011", le, "have I let any of my tasks slip past their due date?", ["tasks", "overdue", "my"]),
    ("qst-012", ors, "what have we placed so far this year?", ["won_lost", "won", "stage_word"]),
    ("qst-013", te, "which deals have swarmed on us?", ["won_lost", "lost", "stage_word"]),
    ("qst-014", wi, "what's the most valuable deal we still have open?", ["biggest_deal"]),
    ("qst-015", ors, "what does an open deal average out at?", ["average_deal"]),
    ("qst-016", it, "who are we dealing with on Brightling Market Own-Label Honey?", ["deal_contact"]),
    ("qst-017", te, "who is the owner of Brightling Market Own-Label Honey?", ["deal_owner", "account_owner"]),
    ("qst-018", te, "Brightling Market — which rep owns the account?", ["account_owner", "deal_owner"]),
    ("qst-019", wi, "Zbigniew Urbaniak, email?", ["contact_info", "last_name_pair"]),
    ("qst-020", it, "show me my deals still at Flowering", ["pipeline", "my", "stage_word"]),
    ("qst-021", te, "six weeks or longer without activity: which deals are those?", ["stale_deals", "no_activity"]),
    ("qst-022", ors, "what's Itziar behind on?", ["tasks", "overdue", "user_name_clash"]),
    ("qst-023", wi, "Ngaio Kersey works for which of our accounts?", ["contact_info", "surname_company"]),
    ("qst-024", le, "any of my deals gone cold, nothing logged in three weeks?", ["stale_deals", "my", "no_activity"]),
    ("qst-025", te, "add up every Settled deal for me", ["pipeline", "stage_word"]),
    ("qst-026", ors, "how many open deals is Levente carrying?", ["count"]),
    ("qst-027", it, "what's my typical open deal size, on average?", ["average_deal", "my"]),
    ("qst-028", le, "how many activities have I entered today so far?", ["today", "count", "my"]),
    ("qst-029", it, "what do I have due between Monday and Sunday this week?", ["tasks", "this_week", "my"]),
    ("qst-030", le, "what stage has Marlpit Garden Centre Honey Stock reached?", ["stage", "shared_word"]),
    ("qst-031", ors, "list the people we have at Alderwick Grand Hotel", ["company_contacts", "last_name_pair"]),
    ("qst-032", it, "contacts at Sibford Pear Growers?", ["company_contacts", "near_duplicate", "terse"]),
    ("qst-033", te, "what's set to close from May 20 through May 31?", ["closing", "date_range"]),
    ("qst-034", ors, "how big is Itziar's open pipeline?", ["pipeline", "user_name_clash"]),
    ("qst-035", te, "how much have we placed this year in total?", ["won_lost", "won"]),
    ("qst-036", le, "which of my deals ended up swarmed?", ["won_lost", "lost", "my"]),
    ("qst-037", ors, "has Wiremu left any deals untouched for three weeks?", ["stale_deals", "no_activity"]),
    ("qst-038", te, "smallest live deal by amount?", ["biggest_deal"]),
    ("qst-039", ors, "team-wide, how many tasks have missed their due date?", ["count", "overdue", "team"]),
    ("qst-040", te, "which live deals have a close date that's already behind us?", ["closing", "past_dated"]),
    ("qst-041", it, "which open deals are for Honey?", ["pipeline", "product_filter"]),
    ("qst-042", te, "which companies belong to Levente?", ["account_owner"]),
    ("qst-043", ors, "which rep is carrying the most open pipeline?", ["pipeline", "biggest_deal"]),
    ("qst-044", te, "any tasks due this coming Monday?", ["tasks", "team"]),
    ("qst-045", le, "Tolland University Pollinator Survey — which contact is it with?", ["deal_contact"]),
]
for qid, user, text, tags in QS:
    add(qid, C, user, text, Q(), tags)

DECLINES = [
    ("dec-001", wi, "how many hives does Cherrybank Orchards have on site right now?", []),
    ("dec-002", it, "what's the annual turnover of Pettigo Delis?", []),
    ("dec-003", le, "what are we working on with Benacre Honey Farm?", []),
    ("dec-004", ors, "when is Sione Latu's birthday?", []),
    ("dec-005", te, "how many kilos of honey did we sell in April?", []),
    ("dec-006", it, "what is Joaquim working on at the moment?", []),
    ("dec-007", le, "has Marlpit Cricket Club got any deals on the go with us?", ["Marlpit Golf Club Wildflower Survey", "Marlpit Garden Centre Honey Stock", "Marlpit Garden Centre Beekeeping Workshops"]),
]
for qid, user, text, ex in DECLINES:
    add(qid, C, user, text, DECLINE(*ex), ["question", "decline"])


def fill_answers() -> None:
    from validate_thirteenth import question_answers
    answers = question_answers()
    for it_ in ITEMS:
        e = it_["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it_["id"]]


def main() -> None:
    from validate_thirteenth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it_["id"]: it_ for it_ in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[x], ensure_ascii=False) + "\n" for x in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
