"""Writes twelfth_dev.jsonl and twelfth_test.jsonl: the hand-written items of the twelfth corpus (fixture L, Tessera
Language Services), split by alternating within each category (validate_twelfth.split). One add(...) per item. The
helpers (taken from build_eleventh.py) only type link ids once (a contact gives its company; a deal gives its company
and, when no person is named, its contact), fill the acting user in as owner/author, and number new records from the
next free id. Question answers are filled from the SQL in validate_twelfth.QUESTIONS (the only labels taken from SQL);
everything else is written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_twelfth.py
(then check with: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_twelfth.py)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_l import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"mahlet": 1, "joaquim": 2, "ingvild": 3, "farrukh": 4, "kertu": 5}
NEXT = {"companies": 26, "contacts": 46, "deals": 39, "activities": 401, "tasks": 43}
TODAY = "2039-03-15"  # a Tuesday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, text, expect, tags, history=()):
    tags = list(tags)
    if user == "mahlet" and "manager" not in tags:  # the admin writes as the sales manager
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


def cdeal(u, company, stage="Sounding", amount=None, close=None, product=None, contact=None, name=None, owner=None,
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
SD, TP, CS, SL, WON, LOST = "Sounding", "Test Piece", "Costed", "Shortlisted", "Commissioned", "Lapsed"
DOC, INT, SUB, VO, LOC, PRF = ("Document Translation", "Interpreting", "Subtitles", "Voiceover", "Localisation",
                               "Proofreading")
# dates (today is Tuesday 2039-03-15). Past days, for activities ("on Tuesday" is never used):
YDAY, SUN_P, SAT_P, FRI_P, THU_P, WED_P = ("2039-03-14", "2039-03-13", "2039-03-12", "2039-03-11", "2039-03-10",
                                          "2039-03-09")
# future, for tasks and deals ("Tuesday" and "next <weekday>" are never used for a future date)
TMRW, THU, FRI, MON, WEEK, FORTNIGHT = "2039-03-16", "2039-03-17", "2039-03-18", "2039-03-21", "2039-03-22", "2039-03-29"
IN3 = FRI  # "in three days" is Friday
EOM, EOAPR, EOMAY, EOJUN = "2039-03-31", "2039-04-30", "2039-05-31", "2039-06-30"
ma, jo, ig, fa, ke = "mahlet", "joaquim", "ingvild", "farrukh", "kertu"

# ====================================================================== update_deal
C = "update_deal"
add("upd-001", C, jo, "Morvick IFU Translation is shortlisted now, Ayumi says it's between us and one other agency", ready(ud(12, stage=SL)), ["stage", "stage_word"])
add("upd-002", C, ig, "skerrow games launch localisation — commissioned!!! contract came back signed this morning", ready(ud(1, stage=WON)), ["stage", "won", "lowercase", "stage_word", "surname_company"])
add("upd-003", C, fa, "The Dunnerdale Trial Protocol Translation figure has gone up to 61,500 after they added the Polish sites", ready(ud(33, amount=61500)), ["amount", "reason_clause"])
add("upd-004", C, jo, "could you make the close date for Pallingham Prospectus Proofreading April 12?", ready(ud(17, close_date="2039-04-12")), ["date", "polite"])
add("upd-005", C, ig, "Oxenhope Novel Translation has lapsed, the author pulled the rights", ready(ud(21, stage=LOST)), ["stage", "lost", "stage_word"])
add("upd-006", C, fa, "bump thurnscoe tours brochure proofreading to test piece pls", ready(ud(16, stage=TP)), ["stage", "mobile", "lowercase", "stage_word"])
add("upd-007", C, jo, "Gildersome Policy Wording Translation: 16,250", ready(ud(26, amount=16250)), ["amount", "terse"])
add("upd-008", C, fa, "Yarrowby Airport Wayfinding Translation — they asked for a 300-word sample first, so it sits at Test Piece", ready(ud(29, stage=TP)), ["stage", "stage_word"])
add("upd-009", C, ig, "Silecroft Summit Simultaneous Interpreting won't be decided before the end of May, change the close date accordingly", ready(ud(35, close_date=EOMAY)), ["date"])
add("upd-010", C, jo, "Troutbeck Apps agreed twenty-one thousand for the in-app localisation", ready(ud(38, amount=21000)), ["amount", "words"])
add("upd-011", C, fa, "Ravenglass Shore Excursion Voiceover closes April 4 instead of March 29", ready(ud(23, close_date="2039-04-04")), ["date", "instead_of"])
add("upd-012", C, ig, "Stenhope Owner Manuals has dropped back to Costed, they reopened the tender", ready(ud(13, stage=CS)), ["stage", "stage_word"])
add("upd-013", C, ma, "set Harnby Infirmary Patient Leaflets to Costed", ready(ud(4, stage=CS)), ["stage", "near_duplicate"])
add("upd-014", C, fa, "Brindlecombe Back Catalogue Subtitles is off the table, lapse it", ready(ud(10, stage=LOST)), ["stage", "lost"])
add("upd-015", C, jo, "Fellbeck Outdoor Webshop Localisation: they've commissioned us for all five languages", ready(ud(20, stage=WON)), ["stage", "won", "stage_word"])
add("upd-016", C, ig, "Birkby Refugee Interpreting Helpline → test piece, they want to hear two of our Tigrinya interpreters first", ready(ud(27, stage=TP)), ["stage", "stage_word"])
add("upd-017", C, jo, "Ulverdale Rovers Player Interpreting, close it end of April rather than May", ready(ud(8, close_date=EOAPR)), ["date", "instead_of", "shared_word"])
add("upd-018", C, fa, "Yarrowby Airport Announcements Voiceover was meant to close last week; make it March 25", ready(ud(28, close_date="2039-03-25")), ["date", "past_dated"])
add("upd-019", C, ig, "Harnby Infirmary Outpatient Interpreting has made their shortlist", ready(ud(5, stage=SL)), ["stage", "stage_word", "near_duplicate"])
add("upd-020", C, ig, "the Ullock asylum case translation close date has passed, give it until March 24", ready(ud(32, close_date="2039-03-24")), ["date", "past_dated", "lowercase"])
add("upd-021", C, jo, "please move Ravenglass Crew Interpreting on to Costed", ready(ud(24, stage=CS)), ["stage", "polite", "deal_owner"])
add("upd-022", C, fa, "Brindlecombe Festival Slate Subtitles is worth $43,750 now that they've added the shorts programme", ready(ud(9, amount=43750)), ["amount", "reason_clause"])
add("upd-023", C, ig, "Skerrow Games Trailer Voiceover can be costed now, they liked the test reads", ready(ud(2, stage=CS)), ["stage", "stage_word"])
add("upd-024", C, jo, "Harnby Crown Court Interpreting Rota has gone quiet for good, mark it lapsed", ready(ud(3, stage=LOST)), ["stage", "lost", "near_duplicate"])
add("upd-025", C, ma, "Ingvild's Stenhope Owner Manuals — change the amount to 49k", ready(ud(13, amount=49000)), ["amount"])
add("upd-026", C, fa, "push the close on Dunnerdale Trial Protocol Translation back by a fortnight", ready(ud(33, close_date="2039-04-21")), ["date", "relative_to_record"])
add("upd-027", C, fa, "Thurnscoe Tours Website Localisation has been shortlisted", ready(ud(15, stage=SL)), ["stage", "stage_word"])
add("upd-028", C, jo, "I've been helping Farrukh out with Kirksanton, so: Kirksanton Energy Safety Proofreading should move to Test Piece", ready(ud(36, stage=TP)), ["stage", "cross_owner"])
add("upd-029", C, ig, "Westerhope Community Interpreting — commissioned, the council cabinet approved it an hour ago", ready(ud(18, stage=WON)), ["stage", "won"])
add("upd-030", C, jo, "The Pallingham proofreading job went down to 8,750 after they cut two faculties", ready(ud(17, amount=8750)), ["amount", "partial_name"])
add("upd-031", C, ma, "Joaquim's Troutbeck Apps deal should be at Costed", ready(ud(38, stage=CS)), ["stage", "partial_name"])
add("upd-032", C, fa, "Cragside wine labels are dead, they're doing it in-house; lapse it", ready(ud(19, stage=LOST)), ["stage", "lost", "partial_name"])
add("upd-033", C, fa, "Yarrowby Airport Announcements Voiceover — they picked our voice, it's commissioned", ready(ud(28, stage=WON)), ["stage", "won", "past_dated"])
# voices
add("upd-034", C, ig, "hi there! could you put Oxenhope Novel Translation on Costed for me? thanks so much", ready(ud(21, stage=CS)), ["wrapper", "polite", "stage"])
add("upd-035", C, ma, "Kindly record that Dunnerdale Trial Protocol Translation has been shortlisted by the sponsor.", ready(ud(33, stage=SL)), ["formal", "stage", "stage_word"])
add("upd-036", C, jo, "Dear team, please be advised that the close date for Fellbeck Outdoor Webshop Localisation has moved to 22 April. Kind regards, Joaquim", ready(ud(20, close_date="2039-04-22")), ["formal_email", "date"])
add("upd-037", C, fa, "please you change Kirksanton Energy Safety Proofreading amount to 5 thousand 100", ready(ud(36, amount=5100)), ["non_native", "amount", "words"])
add("upd-038", C, ig, "the deal Harnby Infirmary Outpatient Interpreting, is closing on 20 of April, not 14", ready(ud(5, close_date="2039-04-20")), ["non_native", "date", "instead_of"])
add("upd-039", C, fa, "set ravenglass shore excursion voiceover to twenty one thousand two hundred full stop", ready(ud(23, amount=21200)), ["dictation", "amount", "words", "lowercase"])
add("upd-040", C, fa, "ulverdale audio guide vo → shortlisted 👍", ready(ud(6, stage=SL)), ["mobile", "stage", "partial_name"])
add("upd-041", C, jo, "troutbeck in-app loc amt 19.9k pls", ready(ud(38, amount=19900)), ["mobile", "amount", "terse", "partial_name"])
add("upd-042", C, jo, "brain dump after the Morvick call: Ayumi Nakagawa says regulatory want Korean and Thai added, which, fine, so Morvick IFU Translation goes up to 38,200. don't bother logging the call, I'll write it up later", ready(ud(12, amount=38200)), ["rambling", "amount", "negation"])

# ====================================================================== update_contact
C = "update_contact"
add("uct-001", C, jo, "Ayumi Nakagawa's new mobile is 07700 900 418", ready(uc(12, phone="07700 900 418")), ["phone"])
add("uct-002", C, ig, "Solveig Fossum has a new email: solveig@skerrowgames.com", ready(uc(26, email="solveig@skerrowgames.com")), ["email"])
add("uct-003", C, jo, "correction on Hiroki Mizushima's phone — it's 0113 496 0464, not 0463", ready(uc(14, phone="0113 496 0464")), ["phone", "instead_of"])
add("uct-004", C, fa, "Kadri Mets signed off on our first job, make her a customer", ready(uc(22, lifecycle_stage="customer")), ["lifecycle", "reason_clause"])
add("uct-005", C, ma, "Mzia Lomidze → opportunity", ready(uc(11, lifecycle_stage="opportunity")), ["lifecycle", "terse"])
add("uct-006", C, jo, "Leonor Sequeira typed her email wrong on the form, it's leonor.sequeira@gildersome-insurance.co.uk", ready(uc(18, email="leonor.sequeira@gildersome-insurance.co.uk")), ["email"])
add("uct-007", C, ig, "Dawit Gebre got promoted to Head of Community Services", ready(uc(15)), ["job_title"])
add("uct-008", C, fa, "Rui Quaresma: phone +44 113 496 0631, email r.quaresma@ravenglasscruises.com", ready(uc(17, phone="+44 113 496 0631", email="r.quaresma@ravenglasscruises.com")), ["phone", "email", "same_record"])
add("uct-009", C, ig, "Aoibheann Dromey's direct line is 0113 496 0990, the one we've got is the switchboard", ready(uc(28, phone="0113 496 0990")), ["phone", "reason_clause"])
add("uct-010", C, fa, "Nino Kapanadze's email changed to NINO.K@YarrowbyAirport.com", ready(uc(2, email="nino.k@yarrowbyairport.com")), ["email", "near_duplicate"])
add("uct-011", C, fa, "Citlali Arroyo's phone is 0113 496 0857, she gave it to me at the education fair", ready(uc(33, phone="0113 496 0857")), ["phone", "cross_owner"])
# voices
add("uct-012", C, ig, "Hello! Please could you change Rami Nassar to a prospect? Many thanks", ready(uc(35, lifecycle_stage="prospect")), ["wrapper", "polite", "lifecycle"])
add("uct-013", C, ig, "Hello, I am writing to let you know that Jaroslav Kubicek's email address is now jaroslav.kubicek@stenhope-motors.com. Best regards", ready(uc(42, email="jaroslav.kubicek@stenhope-motors.com")), ["formal_email", "email"])
add("uct-014", C, fa, "Itzel Zamudio she is now opportunity, not lead more", ready(uc(32, lifecycle_stage="opportunity")), ["non_native", "lifecycle"])
add("uct-015", C, fa, "vasco amorim is a customer now full stop", ready(uc(7, lifecycle_stage="customer")), ["dictation", "lifecycle", "lowercase", "last_name_pair"])

# ====================================================================== update_company
C = "update_company"
add("uco-001", C, jo, "Troutbeck Apps' website is troutbeck.app now", ready(uco(25, domain="troutbeck.app")), ["domain"])
add("uco-002", C, ig, "put Birkby Refugee Network's industry down as Nonprofit", ready(uco(17, industry="Nonprofit")), ["industry"])
add("uco-003", C, fa, "Cragside Wines domain: cragside-wines.co.uk", ready(uco(12, domain="cragside-wines.co.uk")), ["domain", "terse"])
add("uco-004", C, ma, "Silecroft Summit should be listed under Events, not Conferences", ready(uco(23, industry="Events")), ["industry", "instead_of"])
add("uco-005", C, ig, "Stenhope Motors is really Automotive Manufacturing rather than Automotive", ready(uco(8, industry="Automotive Manufacturing")), ["industry", "instead_of"])
add("uco-006", C, fa, "change Kirksanton Energy's industry to Renewables", ready(uco(24, industry="Renewables")), ["industry"])
add("uco-007", C, jo, "Haverigg Fashion House domain is haverigg.com, not haveriggfashion.com", ready(uco(22, domain="haverigg.com")), ["domain", "instead_of"])
add("uco-008", C, ig, "Oxenhope Publishing: domain oxenhope.co.uk, industry Book Publishing", ready(uco(14, domain="oxenhope.co.uk", industry="Book Publishing")), ["domain", "industry", "same_record"])
add("uco-009", C, ma, "Dunnerdale Clinical Research ought to be filed under Pharmaceuticals", ready(uco(21, industry="Pharmaceuticals")), ["industry"])

# ====================================================================== ownership
C = "ownership"
OW = ["ownership"]
add("own-001", C, ma, "Ingvild is taking over Troutbeck Apps", ready(uco(25, owner_id=3)), OW + ["taking_over", "account_owner"])
add("own-002", C, ma, "we're moving Cragside Wines to Joaquim", ready(uco(12, owner_id=2)), OW + ["moving_to"])
add("own-003", C, jo, "I'm taking over Ravenglass Shore Excursion Voiceover from Farrukh", ready(ud(23, owner_id=2)), OW + ["taking_over", "deal_owner"])
add("own-004", C, ma, "hand Harnby Infirmary Patient Leaflets to Farrukh", ready(ud(4, owner_id=4)), OW + ["hand", "near_duplicate"])
add("own-005", C, ig, "Farrukh should own Solveig Fossum from now on", ready(uc(26, owner_id=4)), OW)
add("own-006", C, ma, "make Joaquim the owner of Yarrowby Airport", ready(uco(18, owner_id=2)), OW + ["account_owner"])
add("own-007", C, fa, "put Kalin Stoyanov under my name", ready(uc(38, owner_id=4)), OW + ["cross_owner"])
add("own-008", C, ma, "Farrukh takes over the Oxenhope Novel Translation deal", ready(ud(21, owner_id=4)), OW + ["taking_over"])
add("own-009", C, jo, "give Haverigg Fashion House to Ingvild, she speaks fluent French", ready(uco(22, owner_id=3)), OW + ["hand", "reason_clause"])
add("own-010", C, ma, "we're moving Silecroft Summit Simultaneous Interpreting over to Joaquim while Ingvild is on leave", ready(ud(35, owner_id=2)), OW + ["moving_to"])
add("own-011", C, ma, "the Ravenglass Cruises account goes to Joaquim as well, since he's got the crew deal", ready(uco(15, owner_id=2)), OW + ["account_owner"])
add("own-012", C, fa, "Joaquim is taking over Thurnscoe Tours Brochure Proofreading", ready(ud(16, owner_id=2)), OW + ["taking_over"])
add("own-013", C, ma, "switch the Birkby Refugee Network account to Farrukh", ready(uco(17, owner_id=4)), OW + ["account_owner"])
add("own-014", C, ma, "Gildersome Insurance is moving from Joaquim to Ingvild", ready(uco(16, owner_id=3)), OW + ["moving_to"])
add("own-015", C, ma, "With effect from today, the Thurnscoe Tours account is to be owned by Ingvild.", ready(uco(9, owner_id=3)), OW + ["formal", "account_owner"])
add("own-016", C, ma, "give Ingvild Rognstad to Farrukh, Ingvild has too many publishers already", ready(uc(5, owner_id=4)), OW + ["user_name_clash"])

# ====================================================================== create_company
C = "create_company"
add("cco-001", C, jo, "add Mardale Ferries as a new company — mardaleferries.com, industry Shipping", ready(ccompany(jo, "Mardale Ferries", "mardaleferries.com", "Shipping")), ["domain", "industry"])
add("cco-002", C, ig, "Borrowdale Dental Group needs to go in as an account", ready(ccompany(ig, "Borrowdale Dental Group")), ["named"])
add("cco-003", C, fa, "new account: Drigg Observatory, drigg-observatory.org, Science", ready(ccompany(fa, "Drigg Observatory", "drigg-observatory.org", "Science")), ["terse", "domain", "industry"])
add("cco-004", C, ma, "create Millom Rugby Club and give it to Farrukh", ready(ccompany(ma, "Millom Rugby Club", owner=fa)), ["ownership", "hand"])
add("cco-005", C, jo, "could you set up Bootle Botanic Gardens as a company? they're a Visitor Attraction, website bootlebotanic.org.uk", ready(ccompany(jo, "Bootle Botanic Gardens", "bootlebotanic.org.uk", "Visitor Attraction")), ["polite", "domain", "industry"])
add("cco-006", C, ig, "Calder Vale Crematorium, new company please, industry Funeral Services", ready(ccompany(ig, "Calder Vale Crematorium", industry="Funeral Services")), ["industry"])
add("cco-007", C, ma, "we've signed up a new client, Gosforth Heritage Railway — put it in the CRM under Joaquim", ready(ccompany(ma, "Gosforth Heritage Railway", owner=jo)), ["ownership"])
add("cco-008", C, jo, "company: Threlkeld Quarry Museum (threlkeldquarry.org), industry Museums", ready(ccompany(jo, "Threlkeld Quarry Museum", "threlkeldquarry.org", "Museums")), ["terse", "domain", "industry"])

# ====================================================================== create_contact
C = "create_contact"
add("cct-001", C, jo, "new lead Lasha Gogoladze from Ulverdale Rovers — give him to Ingvild", ready(ccontact(jo, "Lasha", "Gogoladze", 4, owner=ig)), ["new_lead", "ownership", "hand", "shared_word"])
add("cct-002", C, ig, "add Eka Chikovani at Skerrow Games, eka.chikovani@skerrowgames.com", ready(ccontact(ig, "Eka", "Chikovani", 5, email="eka.chikovani@skerrowgames.com")), ["new_lead", "email"])
add("cct-003", C, fa, "Ravenglass Cruises contacts to add: Daichi Kuroda, Yuka Onodera, Yonas Bekele", ready(ccontact(fa, "Daichi", "Kuroda", 15), ccontact(fa, "Yuka", "Onodera", 15, k=1), ccontact(fa, "Yonas", "Bekele", 15, k=2)), ["new_lead", "comma_list"])
add("cct-004", C, ma, "new lead Tigist Alemu from Birkby Refugee Network — give her to Farrukh", ready(ccontact(ma, "Tigist", "Alemu", 17, owner=fa)), ["new_lead", "ownership", "hand"])
add("cct-005", C, ig, "Halina Grabowska has joined Westerhope Borough Council as interpreting coordinator, add her as a contact", ready(ccontact(ig, "Halina", "Grabowska", 11)), ["new_lead", "job_title"])
add("cct-006", C, fa, "please add Mbali Dlamini (Dunnerdale Clinical Research), she's already a prospect", ready(ccontact(fa, "Mbali", "Dlamini", 21, stage="prospect")), ["new_lead", "lifecycle", "polite"])
add("cct-007", C, jo, "Gildersome Insurance: Wojciech Pawlak and Jadwiga Sikorska, both new contacts", ready(ccontact(jo, "Wojciech", "Pawlak", 16), ccontact(jo, "Jadwiga", "Sikorska", 16, k=1)), ["new_lead", "comma_list"])
add("cct-008", C, ma, "add Dilnoza Karimova at Silecroft Summit, d.karimova@silecroftsummit.com, owner Ingvild", ready(ccontact(ma, "Dilnoza", "Karimova", 23, email="d.karimova@silecroftsummit.com", owner=ig)), ["new_lead", "ownership", "email"])
add("cct-009", C, ig, "Timur Rashidov from Stenhope Motors gave me his card — timur.rashidov@stenhopemotors.com, +44 113 496 0277", ready(ccontact(ig, "Timur", "Rashidov", 8, email="timur.rashidov@stenhopemotors.com", phone="+44 113 496 0277")), ["new_lead", "email", "phone"])
add("cct-010", C, jo, "new lead from Troutbeck Apps, Rangi Parata, rangi@troutbeckapps.io", ready(ccontact(jo, "Rangi", "Parata", 25, email="rangi@troutbeckapps.io")), ["new_lead", "email"])
add("cct-011", C, ig, "Harnby Royal Infirmary has a new interpreting lead, Ananya Deshpande — add her, she's an opportunity already", ready(ccontact(ig, "Ananya", "Deshpande", 2, stage="opportunity")), ["new_lead", "lifecycle", "job_title", "near_duplicate"])
add("cct-012", C, fa, "Maelle Kerjean, Soizic Tanguy, Irineu Bastos — all at Yarrowby Airport, add them", ready(ccontact(fa, "Maelle", "Kerjean", 18), ccontact(fa, "Soizic", "Tanguy", 18, k=1), ccontact(fa, "Irineu", "Bastos", 18, k=2)), ["new_lead", "comma_list"])
add("cct-013", C, ig, "Please create a contact record for Mr Jure Zupan of Westerhope Borough Council.", ready(ccontact(ig, "Jure", "Zupan", 11)), ["formal", "new_lead"])
add("cct-014", C, jo, "new contact comma Ioana Popescu comma Pallingham University comma email ioana dot popescu at pallingham dot ac dot uk", ready(ccontact(jo, "Ioana", "Popescu", 10, email="ioana.popescu@pallingham.ac.uk")), ["dictation", "new_lead", "email"])

# ====================================================================== create_deal
C = "create_deal"
add("cdl-001", C, jo, "new deal: Ulverdale Rovers Preseason Tour Interpreting, 9,200", ready(cdeal(jo, 4, amount=9200, name="Ulverdale Rovers Preseason Tour Interpreting")), ["deal_name_colon", "amount", "shared_word"])
add("cdl-002", C, ig, "Oxenhope Publishing want a proofreading deal for the spring catalogue, 3,400, close end of April", ready(cdeal(ig, 14, amount=3400, close=EOAPR, product=PRF)), ["product", "amount", "date"])
add("cdl-003", C, ma, "open a voiceover deal at Pallingham University for 7,500 and give it to Joaquim", ready(cdeal(ma, 10, amount=7500, product=VO, owner=jo)), ["ownership", "product", "amount"])
add("cdl-004", C, jo, "Morvick Medical Devices: new localisation deal with Benedikta Ruzicka as the contact, 19k", ready(cdeal(jo, 7, amount=19000, product=LOC, contact=41)), ["product", "contact", "amount"])
add("cdl-005", C, ig, "new deal for Birkby Refugee Network, document translation, already costed at 5,750", ready(cdeal(ig, 17, stage=CS, amount=5750, product=DOC)), ["product", "stage", "stage_word"])
add("cdl-006", C, fa, "new deal: Dunnerdale Consent Form Proofreading, eleven thousand four hundred, closing May 20", ready(cdeal(fa, 21, amount=11400, close="2039-05-20", name="Dunnerdale Consent Form Proofreading")), ["deal_name_colon", "words", "date"])
add("cdl-007", C, jo, "Haverigg Fashion House interpreting for their Paris show, 14k, close Feb 28 — new deal", ready(cdeal(jo, 22, amount=14000, close="2040-02-28", product=INT)), ["product", "amount", "date", "year_roll"])
add("cdl-008", C, ig, "Stenhope Motors: document translation for the recall letters, 6,250, close Jan 20", ready(cdeal(ig, 8, amount=6250, close="2040-01-20", product=DOC)), ["product", "date", "year_roll"])
add("cdl-009", C, fa, "Yarrowby Airport deal called Yarrowby Lost Property Signage, 2,100, at Sounding", ready(cdeal(fa, 18, amount=2100, name="Yarrowby Lost Property Signage")), ["named", "amount", "stage_word"])
add("cdl-010", C, ma, "Westerhope Borough Council needs subtitles on their council meeting recordings — 8,800, Ingvild's deal", ready(cdeal(ma, 11, amount=8800, product=SUB, owner=ig)), ["ownership", "product", "amount"])
add("cdl-011", C, ig, "Silecroft Summit want a voiceover for the opening film, 4.6k, they've asked for a test piece", ready(cdeal(ig, 23, stage=TP, amount=4600, product=VO)), ["product", "stage", "stage_word"])
add("cdl-012", C, fa, "add a deal for Kirksanton Energy — localisation of their customer portal, 23,500, closes end of June", ready(cdeal(fa, 24, amount=23500, close=EOJUN, product=LOC)), ["product", "amount", "date"])
add("cdl-013", C, fa, "Good afternoon, Thurnscoe Tours would like to proceed with subtitles for their destination videos, valued at 6,400. Could a deal be created? Regards, Farrukh", ready(cdeal(fa, 9, amount=6400, product=SUB)), ["formal_email", "product", "amount"])

# ====================================================================== log_activity
C = "log_activity"
add("act-001", C, jo, "Just had a call with Ketevan Japaridze about the April hearings", ready(act(jo, "call", contact=9)), ["call"])
add("act-002", C, ig, "met Rami Nassar at the book fair yesterday", ready(act(ig, "meeting", YDAY, contact=35)), ["meeting", "date"])
add("act-003", C, fa, "emailed Zurab Tsereteli the voice talent shortlist", ready(act(fa, "email", contact=10)), ["email", "stage_word"])
add("act-004", C, jo, "note on Pallingham University: admissions office moves to the new building in May", ready(act(jo, "note", company=10)), ["note_on"])
add("act-005", C, fa, "WhatsApp'd Rui Quaresma the excursion script timings", ready(act(fa, "message", contact=17)), ["message"])
add("act-006", C, ma, "log a meeting with Leonor Sequeira on Thursday, I sat in on Joaquim's review", ready(act(ma, "meeting", THU_P, contact=18)), ["meeting", "date"])
add("act-007", C, jo, "phoned Selam Haile on Friday, she's happy with the German test translation", ready(act(jo, "call", FRI_P, contact=16)), ["call", "date"])
add("act-008", C, ig, "Skerrow Games Launch Localisation: had a terminology workshop with Nino Beridze this morning", ready(act(ig, "meeting", contact=1, deal=1)), ["meeting", "deal_link", "near_duplicate", "today"])
add("act-009", C, fa, "note on Thurnscoe Tours Website Localisation: they want Brazilian Portuguese, not European", ready(act(fa, "note", deal=15)), ["note_on", "deal_link"])
add("act-010", C, ig, "I rang Dawit Gebre yesterday about the Dari and Pashto interpreters", ready(act(ig, "call", YDAY, contact=15)), ["call", "date"])
add("act-011", C, fa, "met Kadri Mets and her trial team on Thursday", ready(act(fa, "meeting", THU_P, contact=22)), ["meeting", "date"])
add("act-012", C, ig, "note on Ullock Immigration Law: Jaan's team switch to a new case system in April", ready(act(ig, "note", company=20)), ["note_on"])
add("act-013", C, fa, "just off the phone with Piret Vaher — wants 48-hour turnaround on the proofreading", ready(act(fa, "call", contact=24)), ["call"])
add("act-014", C, ma, "I met Torstein Haugland at the localisation meetup on Sunday", ready(act(ma, "meeting", SUN_P, contact=25)), ["meeting", "date"])
add("act-015", C, ig, "call with Solveig Fossum about the trailer voice cast, log it against Skerrow Games Trailer Voiceover", ready(act(ig, "call", contact=26, deal=2)), ["call", "deal_link"])
add("act-016", C, fa, "messaged Itzel Zamudio on Teams about the signage word count", ready(act(fa, "message", contact=32)), ["message"])
add("act-017", C, jo, "visited Harnby Crown Court on Thursday and sat in on a hearing with Tenoch Villalobos", ready(act(jo, "meeting", THU_P, contact=34)), ["meeting", "date", "near_duplicate"])
add("act-018", C, ig, "note on Sipho Mahlangu: prefers calls before 10am", ready(act(ig, "note", contact=4)), ["note_on", "near_duplicate"])
add("act-019", C, fa, "spent Saturday at Cragside with Vasco Amorim tasting the new vintage, log it as a meeting", ready(act(fa, "meeting", SAT_P, contact=7)), ["meeting", "date", "last_name_pair"])
add("act-020", C, ig, "emailed Ingvild Rognstad our updated royalty terms", ready(act(ig, "email", contact=5)), ["email", "user_name_clash"])
add("act-021", C, ma, "note on Westerhope Borough Council: budget vote moved to 28 March", ready(act(ma, "note", company=11)), ["note_on"])
add("act-022", C, ig, "log a meeting yesterday with Aoibheann Dromey from Harnby Royal Infirmary", ready(act(ig, "meeting", YDAY, contact=28)), ["meeting", "date"])
add("act-023", C, fa, "sent Matilde Skerrow the festival subtitle timings by email", ready(act(fa, "email", contact=8)), ["email", "surname_company"])
add("act-024", C, ig, "note on Harnby Infirmary Outpatient Interpreting: procurement want three references", ready(act(ig, "note", deal=5)), ["note_on", "deal_link"])
# voices
add("act-025", C, jo, "ok so, um, just left the crown court, parking there is a nightmare by the way, anyway I had a proper sit-down with Ketevan Japaridze about the April list, she's after two Romanian interpreters, so yeah, log that as a meeting", ready(act(jo, "meeting", contact=9)), ["rambling", "meeting"])
add("act-026", C, jo, "morning! would you mind logging a call with Pavlina Dimitrova for me — we went through the procurement questionnaire. cheers", ready(act(jo, "call", contact=37)), ["wrapper", "polite", "call"])
add("act-027", C, fa, "I would like to record a meeting held on Friday with Mr Zurab Tsereteli regarding the audio guide scripts.", ready(act(fa, "meeting", FRI_P, contact=10)), ["formal", "meeting", "date"])
add("act-028", C, ig, "yesterday I have meeting with Sipho Nkosi in hospital, please register it", ready(act(ig, "meeting", YDAY, contact=3)), ["non_native", "meeting", "date", "near_duplicate"])
add("act-029", C, ig, "log a call with solveig fossum full stop she wants the cast list by friday", ready(act(ig, "call", contact=26)), ["dictation", "call", "lowercase"])
add("act-030", C, jo, "just met w/ selam @ fellbeck hq", ready(act(jo, "meeting", contact=16)), ["mobile", "meeting", "first_name_only"])

# ====================================================================== create_task
C = "create_task"
RM = ["remind_me"]
add("tsk-001", C, jo, "remind me tomorrow to send Tenoch Villalobos the interpreter CVs", ready(task(jo, TMRW, contact=34)), RM + ["relative_date"])
add("tsk-002", C, ig, "remind me to move Stenhope Owner Manuals to Commissioned once the PO lands", ready(task(ig, deal=13)), RM + ["not_a_write", "stage_word"])
add("tsk-003", C, fa, "I need to lapse Cragside Wines Label Translation on Friday if Vasco hasn't replied", ready(task(fa, FRI, deal=19)), ["later_is_task", "not_a_write", "lost"])
add("tsk-004", C, ma, "ask Joaquim to call Selam Haile by Thursday", ready(task(ma, THU, contact=16, owner=jo)), ["delegation", "ownership"])
add("tsk-005", C, jo, "remind me to remove Pavlina Dimitrova from the CRM", ready(task(jo, contact=37)), RM + ["remind_delete", "not_a_write"])
add("tsk-006", C, ig, "set a task for Monday: chase Oxenhope for the signed rights contract", ready(task(ig, MON, company=14)), ["company_only"])
add("tsk-007", C, fa, "follow up with Kadri Mets in two weeks about the Polish sites", ready(task(fa, FORTNIGHT, contact=22)), ["relative_date"])
add("tsk-008", C, jo, "put a reminder in for the 1st of April to renew the Morvick NDA", ready(task(jo, "2039-04-01", company=7)), RM + ["company_only", "partial_name"])
add("tsk-009", C, fa, "ask Ingvild to send Filipa Amorim the Portuguese style sheet by the end of the month", ready(task(fa, EOM, contact=6, owner=ig)), ["delegation", "ownership", "last_name_pair"])
add("tsk-010", C, ma, "create a task for Farrukh: check the Dunnerdale Trial Protocol Translation word count, due Monday", ready(task(ma, MON, deal=33, owner=fa)), ["delegation", "ownership", "deal_link"])
add("tsk-011", C, ig, "don't let me forget to ring Sipho Nkosi on Thursday", ready(task(ig, THU, contact=3)), RM + ["near_duplicate"])
add("tsk-012", C, fa, "I should lapse Brindlecombe Back Catalogue Subtitles at some point, remind me", ready(task(fa, deal=10)), RM + ["later_is_task", "not_a_write", "lost"])
add("tsk-013", C, ig, "remind me to delete Ondrej Vesely when Ullock confirm he's gone", ready(task(ig, contact=44)), RM + ["remind_delete", "not_a_write"])
add("tsk-014", C, ma, "Ingvild, please chase Boyko Zhelev about the booth plans tomorrow — stick it on her list", ready(task(ma, TMRW, contact=40, owner=ig)), ["delegation", "ownership", "user_name_clash"])
add("tsk-015", C, ig, "need a reminder end of April to ask Westerhope Borough Council about renewing their framework", ready(task(ig, EOAPR, company=11)), RM + ["company_only"])
add("tsk-016", C, fa, "remind me to bump Yarrowby Airport Wayfinding Translation up to 7k on Thursday", ready(task(fa, THU, deal=29)), RM + ["not_a_write", "later_is_task"])
add("tsk-017", C, jo, "task: prepare a Korean sample for Troutbeck Apps In-App Localisation, due end of month", ready(task(jo, EOM, deal=38)), ["deal_link", "date"])
add("tsk-018", C, ig, "in three days remind me to chase Jaan Tamm again", ready(task(ig, IN3, contact=21)), RM + ["relative_date"])
add("tsk-019", C, jo, "I'll need to hand Ravenglass Crew Interpreting back to Farrukh eventually, remind me", ready(task(jo, deal=24)), RM + ["later_is_task", "not_a_write"])
add("tsk-020", C, ma, "set Joaquim a reminder for Thursday to go through the court's interpreter list with Ketevan Japaridze", ready(task(ma, THU, contact=9, owner=jo)), ["delegation", "ownership"])
# voices
add("tsk-021", C, fa, "so the Ravenglass thing — Rui Quaresma kept going on about their new ship, the tenders, the shore excursions in Norway, honestly half of it went over my head, no need to log it, but I do want a reminder Monday to send him Norwegian voice samples", ready(task(fa, MON, contact=17)), ["rambling", "remind_me", "negation"])
add("tsk-022", C, fa, "hey, when you get a sec could you remind me on Thursday to chase Eabha Ruane about the brochure sign-off? ta", ready(task(fa, THU, contact=30)), ["wrapper", "polite", "remind_me"])
add("tsk-023", C, jo, "Please schedule a task for me on 4 April to review the Gildersome contract terms.", ready(task(jo, "2039-04-04", company=16)), ["formal", "company_only", "partial_name"])
add("tsk-024", C, jo, "make for me reminder friday for call again Hiroki Mizushima", ready(task(jo, FRI, contact=14)), ["non_native", "remind_me"])
add("tsk-025", C, jo, "remind me on monday the twenty first to call mzia lomidze about the pre season tour", ready(task(jo, MON, contact=11)), ["dictation", "remind_me", "lowercase"])
add("tsk-026", C, ig, "remind me tmrw 2 chase aoibheann re PO", ready(task(ig, TMRW, contact=28)), ["mobile", "remind_me", "first_name_only"])

# ====================================================================== complete_task
C = "complete_task"
add("cmp-001", C, jo, "done — sent the rate card to Ayumi Nakagawa", ready(done(9)), ["done_task", "overdue"])
add("cmp-002", C, ig, "the leaflet files from Sipho Nkosi have arrived, tick that off", ready(done(6)), ["done_task", "described_by_outcome", "overdue", "near_duplicate"])
add("cmp-003", C, fa, "test piece went to Matilde Skerrow this morning, close the task", ready(done(7)), ["done_task", "stage_word", "overdue", "surname_company"])
add("cmp-004", C, jo, "finished: Book interpreters for the March hearings", ready(done(5)), ["task_title", "overdue"])
add("cmp-005", C, ig, "cancel my follow-up for Mindaugas Petrauskas, Birkby sorted the hours out themselves", ready(done(21)), ["cancel"])
add("cmp-006", C, fa, "Rui finally sent the excursion scripts, so that chase is done", ready(done(18)), ["done_task", "described_by_outcome", "overdue", "first_name_only"])
add("cmp-007", C, ig, "the booth equipment list is with Sipho Mahlangu — done", ready(done(27)), ["done_task", "near_duplicate"])
add("cmp-008", C, fa, "cancel the reminder to call Piret Vaher about the safety manuals", ready(done(28)), ["cancel"])
add("cmp-009", C, ig, "style guide sent to Nino Beridze ✔", ready(done(1)), ["done_task", "near_duplicate"])
add("cmp-010", C, fa, "Vasco Amorim has the label glossary now", ready(done(15)), ["done_task", "described_by_outcome", "last_name_pair"])
add("cmp-011", C, jo, "I don't need the Margus Kuusk lookbook call any more, cancel that follow-up", ready(done(26)), ["cancel"])
add("cmp-012", C, ig, "got the case bundle from Jaan Tamm, you can close that one", ready(done(24)), ["done_task", "described_by_outcome", "overdue"])
add("cmp-013", C, ig, "confirmed the interpreter languages with Dawit Gebre, tick it off", ready(done(14)), ["done_task", "overdue"])
add("cmp-014", C, fa, "the glossary draft for the audio guide went to Zurab Tsereteli, that one's done", ready(done(3)), ["done_task", "same_title", "shared_word"])
# voices
add("cmp-015", C, jo, "hiya, sorry to bother you, could you mark the Torstein Haugland localisation estimate task as done? thanks!", ready(done(29)), ["wrapper", "polite"])
add("cmp-016", C, ig, "Dear CRM, I confirm that the sample chapter has been sent to Ingvild Rognstad; please close the corresponding task. Regards, Ingvild", ready(done(17)), ["formal_email", "user_name_clash", "done_task"])
add("cmp-017", C, fa, "layal's on the newsletter list now ✅", ready(done(32)), ["mobile", "done_task", "first_name_only"])

# ====================================================================== delete (admin)
C = "delete"
add("del-001", C, ma, "remove Benedikta Ruzicka from the CRM, she's retired", ready(dc(41)), ["reason_clause"])
add("del-002", C, ma, "get rid of the Kirksanton Energy Annual Report Translation deal, it's from last year", ready(dd(37)), ["lost"])
add("del-003", C, ma, "delete the Troutbeck Apps company", ready(dco(25)), ["terse"])
add("del-004", C, ma, "Ondrej Vesely left Ullock in January, please delete him", ready(dc(44)), ["polite"])
add("del-005", C, ma, "wipe Haverigg Fashion House off the system", ready(dco(22)), [])
add("del-006", C, ma, "delete contacts Rumyana Petkova and Kalin Stoyanov", ready(dc(39), dc(38)), ["multi", "comma_list"])
add("del-007", C, ma, "the Ulverdale Museum Gallery Labels deal can be deleted, they folded it into the audio guide job", ready(dd(7)), ["shared_word"])
add("del-008", C, ma, "Birkby Refugee Network has closed down; delete the account", ready(dco(17)), [])
add("del-009", C, ma, "please delete Itzel Zamudio", ready(dc(32)), ["polite", "terse"])
add("del-010", C, ma, "take Thurnscoe Tours Brochure Proofreading out of the pipeline entirely, delete it", ready(dd(16)), [])
add("del-011", C, ma, "Kirksanton Energy — delete the company record", ready(dco(24)), [])
add("del-012", C, ma, "delete Siddharth Kulkarni, he's a duplicate of someone in the trial team", ready(dc(45)), [])
add("del-013", C, ma, "remove the Oxenhope Audiobook Voiceover deal and the Ravenglass Onboard Signage deal, both long dead", ready(dd(22), dd(25)), ["multi", "lost"])
add("del-014", C, ma, "Pallingham University asked us to erase their data — delete the company", ready(dco(10)), ["reason_clause"])

# ====================================================================== bulk
C = "bulk"
BK = ["bulk_filter"]
add("blk-001", C, ig, "all my Test Piece deals can go to Costed", ready(*many(ud, [2, 21, 35], stage=CS)), BK + ["stage_word"])
add("blk-002", C, fa, "every Sounding deal of mine — push the close date to the end of June", ready(*many(ud, [7, 16, 19, 29, 36], close_date=EOJUN)), BK + ["date"])
add("blk-003", C, jo, "my Costed deals are all shortlisted now", ready(*many(ud, [12, 17, 20, 26], stage=SL)), BK + ["stage_word"])
add("blk-004", C, ma, "Farrukh's Voiceover or Subtitles deals that are either Test Piece or Shortlisted: close date April 30", ready(*many(ud, [6, 9, 10, 23], close_date=EOAPR)), BK + ["composed", "either_stage", "product_filter"])
add("blk-005", C, jo, "every overdue task of mine can be marked done", ready(*many(done, [5, 9, 20])), BK + ["overdue"])
add("blk-006", C, ma, "all open tasks for Skerrow Games are finished", ready(*many(done, [1, 35])), BK + ["surname_company"])
add("blk-007", C, ma, "delete every Lapsed deal", ready(*many(dd, [22, 25, 37])), BK + ["bulk_delete", "lost", "terse"])
add("blk-008", C, ig, "all my leads can become prospects, every one of them has had a sample", ready(*many(uc, [26, 28, 35, 38, 40, 42, 44], lifecycle_stage="prospect")), BK + ["my_leads"])
add("blk-009", C, ma, "hand all of Farrukh's leads to Joaquim", ready(*many(uc, [27, 29, 30, 32, 36, 45], owner_id=2)), BK + ["ownership", "hand", "my_leads"])
add("blk-010", C, fa, "log a call on each of my Shortlisted deals, I rang every one of them this morning", ready(act(fa, "call", deal=9), act(fa, "call", deal=23, k=1)), BK + ["bulk_create"])
add("blk-011", C, ma, "every Interpreting deal closing in April — move them to Shortlisted", ready(*many(ud, [5, 24, 35], stage=SL)), BK + ["product_filter", "date_range"])
add("blk-012", C, ma, "lapse every deal that's had no activity in eight weeks", ready(*many(ud, [19, 27, 36], stage=LOST)), BK + ["no_activity", "lost"])
add("blk-013", C, ma, "every open deal whose close date has already gone by: March 31", ready(*many(ud, [28, 32], close_date=EOM)), BK + ["past_dated"])
add("blk-014", C, ig, "set a Friday reminder to chase each of my Sounding deals", ready(task(ig, FRI, deal=4), task(ig, FRI, deal=27, k=1)), BK + ["bulk_create", "remind_me"])
add("blk-015", C, ma, "Joaquim's deals that haven't had any activity in four weeks — give them to Ingvild", ready(*many(ud, [8, 34], owner_id=3)), BK + ["no_activity", "ownership", "hand"])
add("blk-016", C, fa, "everyone at Thurnscoe Tours is a customer now that the new site is live", ready(*many(uc, [6, 30], lifecycle_stage="customer")), BK + ["company_contacts"])
add("blk-017", C, ma, "Ingvild is taking over every account Joaquim owns", ready(*many(uco, [1, 4, 7, 10, 13, 16, 19, 22, 25], owner_id=3)), BK + ["ownership", "taking_over"])
add("blk-018", C, ig, "my deals closing this month, push them all to April 15", ready(*many(ud, [13, 18, 32], close_date="2039-04-15")), BK + ["date_range", "past_dated"])
add("blk-019", C, ma, "Document Translation deals over 30k that are Costed or Shortlisted — move the close date to April 29", ready(*many(ud, [12, 13, 33], close_date="2039-04-29")), BK + ["composed", "either_stage", "amount_filter", "product_filter"])
add("blk-020", C, fa, "every Sounding or Test Piece deal I own that hasn't had a reply in three weeks — lapse them", ready(*many(ud, [10, 19, 36], stage=LOST)), BK + ["composed", "either_stage", "no_activity", "lost"])
add("blk-021", C, ma, "Joaquim's Interpreting or Localisation deals at either Sounding or Costed that haven't replied in four weeks and close before the end of May: hand them to Farrukh", ready(*many(ud, [8, 34], owner_id=4)), BK + ["composed", "either_stage", "no_activity", "date_range", "ownership", "hand", "product_filter"])
add("blk-022", C, ig, "cleared my backlog: anything of mine past its due date can be ticked off", ready(*many(done, [6, 14, 24, 35])), BK + ["overdue"])
add("blk-023", C, ma, "give every Commissioned deal that closed in February to Joaquim", ready(*many(ud, [11, 14], owner_id=2)), BK + ["ownership", "won", "date_range"])
add("blk-024", C, fa, "log a meeting against both Ulverdale Museum deals, I was at the museum all day yesterday", ready(act(fa, "meeting", YDAY, deal=6), act(fa, "meeting", YDAY, deal=7, k=1)), BK + ["bulk_create", "date", "shared_word"])
add("blk-025", C, jo, "every deal of mine closing between April 1 and April 15 slips a week", ready(ud(12, close_date="2039-04-10"), ud(17, close_date="2039-04-12"), ud(20, close_date="2039-04-17"), ud(26, close_date="2039-04-20"), ud(30, close_date="2039-04-22")), BK + ["relative_to_record", "date_range"])
add("blk-026", C, ig, "every contact at Harnby Royal Infirmary goes to Joaquim", ready(*many(uc, [3, 28], owner_id=2)), BK + ["ownership", "hand", "company_contacts", "near_duplicate"])
add("blk-027", C, ma, "delete all of Farrukh's Sounding deals under 5k", ready(*many(dd, [16, 19, 36])), BK + ["bulk_delete", "amount_filter"])
add("blk-028", C, jo, "remind me Monday to chase every deal of mine nobody has replied on in three weeks", ready(task(jo, MON, deal=8), task(jo, MON, deal=34, k=1)), BK + ["bulk_create", "no_activity", "remind_me"])

# ====================================================================== multi_intent
C = "multi_intent"
MU = ["multi"]
add("mul-001", C, jo, "called Ayumi Nakagawa — Morvick IFU Translation is shortlisted, remind me Friday to send her the revised timeline", ready(act(jo, "call", contact=12), ud(12, stage=SL), task(jo, FRI, contact=12)), MU + ["clause_scope", "pronoun"])
add("mul-002", C, ig, "met Ryota Fujimori this morning; Stenhope Owner Manuals is 51k now", ready(act(ig, "meeting", contact=13), ud(13, amount=51000)), MU + ["clause_scope"])
add("mul-003", C, fa, "Brindlecombe Festival Slate Subtitles commissioned at 42k, and make Matilde Skerrow a customer", ready(ud(9, stage=WON, amount=42000), uc(8, lifecycle_stage="customer")), MU + ["won", "surname_company"])
add("mul-004", C, ma, "Harnby Royal Infirmary goes to Farrukh, and delete Aoibheann Dromey", ready(uco(2, owner_id=4), dc(28)), MU + ["ownership", "near_duplicate"])
add("mul-005", C, ig, "log an email to Nino Beridze with the style guide attached, tick off the style guide task for her, and the launch localisation is 66k now", ready(act(ig, "email", contact=1), done(1), ud(1, amount=66000)), MU + ["done_task", "near_duplicate", "partial_name"])
add("mul-006", C, fa, "rang Filipa Amorim: Thurnscoe Tours Website Localisation moves to Shortlisted, and remind me to call her back Monday", ready(act(fa, "call", contact=6), ud(15, stage=SL), task(fa, MON, contact=6)), MU + ["clause_scope", "pronoun", "last_name_pair"])
add("mul-007", C, jo, "new contact Luka Petek at Troutbeck Apps, and log a meeting with him today", ready(ccontact(jo, "Luka", "Petek", 25), act(jo, "meeting", contact=46, company=25)), MU + ["new_lead"])
add("mul-008", C, ig, "Westerhope Community Interpreting is commissioned — I'll need a task for tomorrow to book the Pashto interpreters", ready(ud(18, stage=WON), task(ig, TMRW, deal=18)), MU + ["inherit", "won"])
add("mul-009", C, fa, "note on Ravenglass Cruises: new fleet director from May — and Ravenglass Shore Excursion Voiceover closes April 2 now", ready(act(fa, "note", company=15), ud(23, close_date="2039-04-02")), MU + ["note_on", "clause_scope"])
add("mul-010", C, jo, "Gildersome Policy Wording Translation shortlisted and Ulverdale Rovers Player Interpreting lapsed", ready(ud(26, stage=SL), ud(8, stage=LOST)), MU + ["lost", "stage_word"])
add("mul-011", C, ig, "had lunch with Ingvild Rognstad, she wants the novel done by the end of May; Oxenhope Novel Translation close date to match", ready(act(ig, "meeting", contact=5), ud(21, close_date=EOMAY)), MU + ["user_name_clash", "clause_scope"])
add("mul-012", C, fa, "Dunnerdale Trial Protocol Translation — 60k, close April 14, and remind me Thursday to send Kadri Mets the Polish glossary", ready(ud(33, amount=60000, close_date="2039-04-14"), task(fa, THU, contact=22)), MU + ["clause_scope", "remind_me"])
add("mul-013", C, jo, "Harnby Crown Court Interpreting Rota is commissioned! log a call with Ketevan Japaridze and remind me tomorrow to send the booking form", ready(ud(3, stage=WON), act(jo, "call", contact=9), task(jo, TMRW, contact=9, deal=3)), MU + ["inherit", "won", "near_duplicate"])
add("mul-014", C, fa, "Yarrowby Airport want a subtitles deal for the safety video, 3,300 — and note on Yarrowby Airport: new terminal opens in June", ready(cdeal(fa, 18, amount=3300, product=SUB), act(fa, "note", company=18)), MU + ["note_on", "product"])
add("mul-015", C, ma, "add Birkby Refugee Network contact Zuri Mwangi for Farrukh, and the Birkby account itself goes to Joaquim", ready(ccontact(ma, "Zuri", "Mwangi", 17, owner=fa), uco(17, owner_id=2)), MU + ["new_lead", "ownership", "clause_scope"])
add("mul-016", C, ig, "On Friday I walked the Silecroft venue with Sipho Mahlangu, log it, and Silecroft Summit Simultaneous Interpreting can go to Costed", ready(act(ig, "meeting", FRI_P, contact=4), ud(35, stage=CS)), MU + ["clause_scope", "near_duplicate", "date"])
add("mul-017", C, fa, "Vasco Amorim rang — Cragside Wines Label Translation up to 4.2k, remind me in a week to chase his export labels", ready(act(fa, "call", contact=7), ud(19, amount=4200), task(fa, WEEK, contact=7)), MU + ["clause_scope", "pronoun", "last_name_pair"])
add("mul-018", C, ig, "met Mindaugas Petrauskas at the Birkby drop-in yesterday; Birkby Refugee Interpreting Helpline goes to Costed at 9k", ready(act(ig, "meeting", YDAY, contact=19), ud(27, stage=CS, amount=9000)), MU + ["clause_scope", "date"])
add("mul-019", C, ma, "Farrukh is taking over Gildersome Insurance and its policy wording deal", ready(uco(16, owner_id=4), ud(26, owner_id=4)), MU + ["ownership", "taking_over", "pronoun"])
add("mul-020", C, jo, "phoned Hiroki Mizushima on Thursday; Pallingham Prospectus Proofreading shortlisted; he wants the Chinese sample Monday, remind me", ready(act(jo, "call", THU_P, contact=14), ud(17, stage=SL), task(jo, MON, contact=14)), MU + ["clause_scope", "pronoun", "remind_me"])
add("mul-021", C, ig, "Solveig Fossum's email is s.fossum@skerrowgames.com, and she's an opportunity now", ready(uc(26, email="s.fossum@skerrowgames.com", lifecycle_stage="opportunity")), MU + ["same_record", "email"])
add("mul-022", C, fa, "new lead Teodora Ilic from Kirksanton Energy — give her to Ingvild — and log a call with her from this morning", ready(ccontact(fa, "Teodora", "Ilic", 24, owner=ig), act(fa, "call", contact=46, company=24)), MU + ["new_lead", "ownership", "hand"])
add("mul-023", C, jo, "done — sent Leonor Sequeira the policy wording quote; Gildersome Policy Wording Translation can move to Shortlisted", ready(done(20), ud(26, stage=SL)), MU + ["done_task", "overdue"])
add("mul-024", C, ma, "two things: Ravenglass Crew Interpreting goes back to Farrukh, and Xochitl Ibarra becomes an opportunity", ready(ud(24, owner_id=4), uc(31, lifecycle_stage="opportunity")), MU + ["ownership", "account_owner"])
# voices
add("mul-025", C, ig, "right, long one. Drove out to Stenhope, Ryota Fujimori walked me round the tech pubs office, they've basically decided, so Stenhope Owner Manuals is commissioned, um, and I said I'd send him the kick-off pack on Thursday so remind me, that's it", ready(act(ig, "meeting", contact=13), ud(13, stage=WON), task(ig, THU, contact=13)), MU + ["rambling", "pronoun", "won"])
add("mul-026", C, fa, "er, quick update from the airport... the voice samples went down a storm, like genuinely, so the announcements voiceover is shortlisted now — wait no, it's commissioned, the PO has just landed in the portal. And, um, tick off the voice samples task", ready(ud(28, stage=WON), done(22)), MU + ["rambling", "correction", "done_task", "partial_name"])
add("mul-027", C, ma, "Hi all, two housekeeping items: Ulverdale Rovers now belongs to Farrukh, and Mzia Lomidze should be marked as a customer. Thanks, Mahlet", ready(uco(4, owner_id=4), uc(11, lifecycle_stage="customer")), MU + ["formal_email", "ownership", "shared_word"])
add("mul-028", C, jo, "so um, Troutbeck, Torstein Haugland rang while I was on the train, signal kept dropping, anyway they want Korean and Japanese, so Troutbeck Apps In-App Localisation goes to 24k, and stick a reminder in for me to send him the Korean sample by the end of the month", ready(act(jo, "call", contact=25), ud(38, amount=24000), task(jo, EOM, contact=25)), MU + ["rambling", "pronoun"])

# ====================================================================== reference (history)
C = "reference"
RF = ["history"]
add("ref-001", C, ig, "Nino Beridze", ready(act(ig, "call", contact=1)), RF + ["pick_option", "near_duplicate"], ["log a call with Nino"])
add("ref-002", C, jo, "move the leaflets one to Test Piece", ready(ud(4, stage=TP)), RF + ["after_question", "cross_owner"], ["how many open deals does Harnby Royal Infirmary have?"])
add("ref-003", C, fa, "log a call with him, just hung up", ready(act(fa, "call", contact=17)), RF + ["after_question", "pronoun"], ["what's Rui Quaresma's number?"])
add("ref-004", C, ig, "and push its close date to May 13", ready(ud(2, close_date="2039-05-13")), RF + ["pronoun"], ["Skerrow Games Trailer Voiceover is 13.5k now"])
add("ref-005", C, ma, "give that account to Joaquim", ready(uco(18, owner_id=2)), RF + ["after_question", "ownership", "account_owner"], ["who owns Yarrowby Airport?"])
add("ref-006", C, jo, "the crown court", ready(act(jo, "note", company=1)), RF + ["pick_option", "shared_word", "note_on"], ["note on Harnby: new security checks at the entrance"])
add("ref-007", C, fa, "move all of those to Costed", ready(*many(ud, [6, 10, 15], stage=CS)), RF + ["after_question", "stage_word"], ["which of my deals are at Test Piece?"])
add("ref-008", C, ig, "the outpatient rota one", ready(done(41)), RF + ["pick_option", "near_duplicate"], ["complete the Sipho task"])
add("ref-009", C, fa, "remind me to call him on Thursday", ready(task(fa, THU, contact=10)), RF + ["pronoun", "remind_me"], ["emailed Zurab Tsereteli the recording schedule"])
add("ref-010", C, ma, "mark every one of them done", ready(*many(done, [6, 14, 24, 35])), RF + ["after_question", "overdue"], ["list Ingvild's overdue tasks"])
add("ref-011", C, ig, "Vasco", ready(act(ig, "meeting", contact=7)), RF + ["pick_option", "last_name_pair", "cross_owner"], ["log a meeting with Amorim"])
add("ref-012", C, jo, "I spoke to Torstein about it yesterday, log a call", ready(act(jo, "call", YDAY, contact=25, deal=38)), RF + ["after_question", "date"], ["what's the latest on Troutbeck Apps In-App Localisation?"])
add("ref-013", C, fa, "the wayfinding one", ready(ud(29, stage=CS)), RF + ["pick_option"], ["Yarrowby deal is at Costed now"])
add("ref-014", C, ig, "make her an opportunity then", ready(uc(28, lifecycle_stage="opportunity")), RF + ["after_question", "deal_contact", "pronoun"], ["who's the contact on Harnby Infirmary Outpatient Interpreting?"])
add("ref-015", C, ma, "the football club", ready(uco(4, owner_id=3)), RF + ["pick_option", "shared_word", "ownership"], ["Ulverdale goes to Ingvild"])
add("ref-016", C, fa, "wait, no — they went elsewhere, lapse it instead", ready(ud(19, stage=LOST)), RF + ["correction", "lost"], ["mark Cragside Wines Label Translation as commissioned"])
add("ref-017", C, ig, "put it on Commissioned", ready(ud(13, stage=WON)), RF + ["after_question", "won"], ["Stenhope Owner Manuals — what stage is it at?"])
add("ref-018", C, jo, "set me a reminder for Friday to chase each of those", ready(task(jo, FRI, deal=8), task(jo, FRI, deal=34, k=1)), RF + ["after_question", "bulk_create", "no_activity"], ["which of my deals have had no activity in four weeks?"])
add("ref-019", C, ma, "add a note to that company: their distribution team is relocating to Lyon", ready(act(ma, "note", company=6)), RF + ["after_question", "note_on", "surname_company"], ["where does Matilde Skerrow work?"])
add("ref-020", C, fa, "the crew one", ready(ud(24, stage=SL)), RF + ["pick_option", "cross_owner"], ["Ravenglass deal to Shortlisted"])
add("ref-021", C, ig, "move it to Shortlisted", ready(ud(33, stage=SL)), RF + ["after_question", "cross_owner"], ["tell me about Dunnerdale Trial Protocol Translation"])
add("ref-022", C, fa, "Kapanadze", ready(task(fa, MON, contact=2)), RF + ["pick_option", "last_name_only", "near_duplicate"], ["remind me Monday to send Nino the signage glossary"])

# ====================================================================== clarification
C = "clarification"
CL = ["clarification"]
add("clr-001", C, jo, "log a call with Sipho", clar("contacts:3", "contacts:4"), CL + ["near_duplicate", "first_name_only"])
add("clr-002", C, ig, "Nino wants the style guide in Georgian too, note it", clar("contacts:1", "contacts:2"), CL + ["near_duplicate", "first_name_only"])
add("clr-003", C, fa, "emailed Amorim the new quote", clar("contacts:6", "contacts:7"), CL + ["last_name_only", "last_name_pair"])
add("clr-004", C, ma, "Harnby goes to Ingvild", clar("companies:1", "companies:2"), CL + ["shared_word", "ownership"])
add("clr-005", C, jo, "note on Ulverdale: new finance system from April", clar("companies:3", "companies:4"), CL + ["shared_word", "note_on"])
add("clr-006", C, ig, "the Skerrow deal is commissioned", clar("deals:1", "deals:2"), CL + ["won"])
add("clr-007", C, fa, "Brindlecombe deal → Costed", clar("deals:9", "deals:10"), CL + ["closed_not_offered", "terse"])
add("clr-008", C, jo, "Harnby deal closes April 9", clar("deals:3", "deals:4", "deals:5"), CL + ["shared_word"])
add("clr-009", C, ma, "mark the Nino style guide task done", clar("tasks:1", "tasks:2"), CL + ["near_duplicate"])
add("clr-010", C, fa, "the Ulverdale Museum glossary task is done", clar("tasks:3", "tasks:4"), CL + ["same_title"])
add("clr-011", C, ma, "note on Skerrow: looking for a Korean voice", clar("companies:5", "contacts:8"), CL + ["surname_company", "note_on"])
add("clr-012", C, jo, "Ravenglass deal, close date end of April", clar("deals:23", "deals:24"), CL + ["closed_not_offered"])
add("clr-013", C, fa, "Yarrowby deal 14k", clar("deals:28", "deals:29"), CL + ["terse"])
add("clr-014", C, ma, "please delete Sipho", clar("contacts:3", "contacts:4"), CL + ["near_duplicate", "polite"])
add("clr-015", C, ig, "the Harnby Infirmary deal → Shortlisted", clar("deals:4", "deals:5"), CL)
add("clr-016", C, fa, "remind me Monday to ring Amorim", clar("contacts:6", "contacts:7"), CL + ["remind_me", "last_name_only"])
add("clr-017", C, ig, "had a coffee with Sipho this morning", clar("contacts:3", "contacts:4"), CL + ["first_name_only"])

# ====================================================================== refusal
C = "refusal"
RV = ["refusal", "reviewer"]
add("rfs-001", C, ke, "move Morvick IFU Translation to Shortlisted", rej("reviewer"), RV)
add("rfs-002", C, ke, "delete Layal Saade", rej("reviewer"), RV)
add("rfs-003", C, jo, "delete Tenoch Villalobos", rej("admin"), ["refusal", "rep_delete"])
add("rfs-004", C, ig, "get rid of the Harnby Infirmary Patient Leaflets deal", rej("admin"), ["refusal", "rep_delete"])
add("rfs-005", C, fa, "delete every Lapsed deal of mine", rej("admin"), ["refusal", "rep_delete", "bulk_delete"])
add("rfs-006", C, jo, "Pallingham Prospectus Proofreading is in negotiation", rej("negotiation"), ["refusal", "unknown_stage"])
add("rfs-007", C, ig, "move Oxenhope Novel Translation to Proposal", rej("proposal"), ["refusal", "unknown_stage"])
add("rfs-008", C, fa, "hand Cragside Wines to Aneirin", rej("aneirin"), ["refusal", "unknown_user"])
add("rfs-009", C, ma, "give Silecroft Summit to Priya", rej("priya"), ["refusal", "unknown_user"])
add("rfs-010", C, jo, "set Haverigg Lookbook Localisation to minus 2k", rej("negative"), ["refusal", "negative_amount"])
add("rfs-011", C, ig, "Birkby Refugee Interpreting Helpline amount -3,500", rej("negative"), ["refusal", "negative_amount"])
add("rfs-012", C, fa, "email for Kadri Mets: kadri at dunnerdale", rej("email"), ["refusal", "bad_email"])
add("rfs-013", C, ke, "hand all of Joaquim's leads to Farrukh", rej("reviewer"), RV + ["bulk"])
add("rfs-014", C, jo, "move Troutbeck Apps In-App Localisation to Recce", rej("recce"), ["refusal", "unknown_stage"])
add("rfs-015", C, ig, "mark Rami Nassar as VIP", rej("vip"), ["refusal", "unknown_lifecycle"])
add("rfs-016", C, ke, "remind me Thursday to call Ketevan Japaridze", rej("reviewer"), RV + ["remind_me"])
add("rfs-017", C, jo, "give Fellbeck Outdoor to Oskar", rej("oskar"), ["refusal", "unknown_user"])
add("rfs-018", C, fa, "Yarrowby Airport Wayfinding Translation → Ballpark", rej("ballpark"), ["refusal", "unknown_stage"])
add("rfs-019", C, ke, "cancel my follow-up for Dawit Gebre", rej("reviewer"), RV + ["cancel"])
add("rfs-020", C, ma, "set Mzia Lomidze's lifecycle to platinum", rej("platinum"), ["refusal", "unknown_lifecycle"])
add("rfs-021", C, jo, "log a call with Bjarki Einarsson", rej("bjarki"), ["refusal", "unknown_record"])
add("rfs-022", C, fa, "note on Ennerdale Brewing: wants a quote for menus", rej("ennerdale"), ["refusal", "unknown_record", "note_on"])

# ====================================================================== negation
C = "negation"
NG = ["negation"]
add("neg-001", C, jo, "don't move Harnby Crown Court Interpreting Rota to Commissioned yet, the judge hasn't signed", nochange(), NG + ["won"])
add("neg-002", C, ig, "don't lapse Birkby Refugee Interpreting Helpline, just push the close date to the end of June", ready(ud(27, close_date=EOJUN)), NG + ["lost"])
add("neg-003", C, fa, "Thurnscoe Tours Website Localisation isn't at Test Piece any more, it's Costed", ready(ud(15, stage=CS)), NG + ["instead_of"])
add("neg-004", C, jo, "the Ulverdale Rovers sounding is fine where it is, don't touch it", nochange(), NG + ["already", "stage_word"])
add("neg-005", C, ig, "not Shortlisted — Costed. Skerrow Games Trailer Voiceover", ready(ud(2, stage=CS)), NG + ["terse"])
add("neg-006", C, fa, "don't log anything, I only waved at Nino Kapanadze across the terminal", nochange(), NG + ["description", "near_duplicate"])
add("neg-007", C, jo, "scrap that, I'll do it myself", nochange(), NG + ["never_mind", "history"], ["remind me to call Selam Haile tomorrow"])
add("neg-008", C, fa, "no need for a reminder, I already emailed Vasco Amorim about the labels — just log the email", ready(act(fa, "email", contact=7)), NG + ["last_name_pair"])
add("neg-009", C, jo, "Ayumi's passport has lapsed so she can't fly over for the review — nothing to change on the deal", nochange(), NG + ["description", "stage_word"])
add("neg-010", C, ig, "forget the reminder about the Stenhope PO", nochange(), NG + ["never_mind", "cancel"])
add("neg-011", C, fa, "Brindlecombe have shortlisted three agencies for the documentary and we're not one of them yet", nochange(), NG + ["description", "stage_word"])
add("neg-012", C, jo, "don't delete Citlali Arroyo — make her a prospect instead", ready(uc(33, lifecycle_stage="prospect")), NG + ["instead_of"])
add("neg-013", C, ig, "instead of lapsing Harnby Infirmary Patient Leaflets, move its close date to the end of May", ready(ud(4, close_date=EOMAY)), NG + ["instead_of"])
add("neg-014", C, jo, "don't create a deal for Pallingham yet, just note on Pallingham University: considering a second proofreading round", ready(act(jo, "note", company=10)), NG + ["note_on"])
add("neg-015", C, ig, "we costed the rush fee for the novel but nothing changes on the deal", nochange(), NG + ["description", "stage_word"])
add("neg-016", C, fa, "ugh, what a morning. The Birkby people rang about the helpline again, nothing new really, same as last week, the hours thing. Not worth logging, nothing to change", nochange(), NG + ["rambling", "description"])

# ====================================================================== correction
C = "correction"
CR = ["correction"]
add("cor-001", C, jo, "Troutbeck Apps In-App Localisation 18k — no, 18.6k", ready(ud(38, amount=18600)), CR)
add("cor-002", C, ig, "remind me Thursday to call Jaan Tamm... make that Friday", ready(task(ig, FRI, contact=21)), CR + ["remind_me"])
add("cor-003", C, fa, "Kadri Mets's email is kadri@dunnerdale.com, sorry, kadri.mets@dunnerdale-cr.com", ready(uc(22, email="kadri.mets@dunnerdale-cr.com")), CR + ["email"])
add("cor-004", C, ma, "Pallingham Prospectus Proofreading to Shortlisted — scratch that — Commissioned", ready(ud(17, stage=WON)), CR + ["scratch_that", "won"])
add("cor-005", C, ig, "Silecroft Summit Simultaneous Interpreting closes April 28... sorry, the 26th", ready(ud(35, close_date="2039-04-26")), CR + ["date"])
add("cor-006", C, fa, "Cragside Wines to Ingvild — hang on, Joaquim, not Ingvild", ready(uco(12, owner_id=2)), CR + ["ownership", "instead_of"])
add("cor-007", C, jo, "new contact Nuno Figueira at Fellbeck Outdoor, nuno@fellbeckoutdoor.co — .com, not .co", ready(ccontact(jo, "Nuno", "Figueira", 13, email="nuno@fellbeckoutdoor.com")), CR + ["new_lead", "email"])
add("cor-008", C, ig, "Westerhope Community Interpreting is 55k, or rather 54,250 after the discount", ready(ud(18, amount=54250)), CR)
add("cor-009", C, fa, "met Piret Vaher yesterday... no wait, it was Sunday", ready(act(fa, "meeting", SUN_P, contact=24)), CR + ["date"])
add("cor-010", C, jo, "Wythburn Safety Manuals closes May 2, scratch that, May 9", ready(ud(30, close_date="2039-05-09")), CR + ["scratch_that", "date"])

# ====================================================================== typo
C = "typo"
TY = ["typo", "multi_typo"]
add("typ-001", C, jo, "morvik ifu transaltion shld be shortlistd", ready(ud(12, stage=SL)), TY + ["lowercase"])
add("typ-002", C, ig, "Skerow Gmes Launch Localistion amout 67k", ready(ud(1, amount=67000)), TY)
add("typ-003", C, fa, "loged a cal with Zurab Tseretelli", ready(act(fa, "call", contact=10)), TY)
add("typ-004", C, jo, "remnd me tmorrow to chase Ketevan Japaridz", ready(task(jo, TMRW, contact=9)), TY + ["remind_me"])
add("typ-005", C, ig, "Westerhop Comunity Interpretting is comissioned", ready(ud(18, stage=WON)), TY + ["won"])
add("typ-006", C, jo, "nte on Gildersom Insurence: new compliance head in april", ready(act(jo, "note", company=16)), TY + ["note_on"])
add("typ-007", C, ig, "Aoibhean Dromy is a prospct now", ready(uc(28, lifecycle_stage="prospect")), TY)
add("typ-008", C, fa, "Ulverdal Museum Gallery Lables to test peice", ready(ud(7, stage=TP)), TY + ["stage_word"])
add("typ-009", C, ma, "delte Siddarth Kulkarni", ready(dc(45)), TY)
add("typ-010", C, ig, "emaild Ryota Fujimroi the manul glossary", ready(act(ig, "email", contact=13)), TY)
add("typ-011", C, fa, "Yarowby Airprot Announcments Voiceover clsoe date april 2", ready(ud(28, close_date="2039-04-02")), TY + ["past_dated"])
add("typ-012", C, jo, "compleet the taks to send the proofreading sampel to Hiroki Mizushma", ready(done(13)), TY)

# ====================================================================== unsupported
C = "unsupported"
UN = ["unsupported"]
add("uns-001", C, jo, "move my Tenoch Villalobos task to the 25th", rej(""), UN + ["reschedule"])
add("uns-002", C, ig, "that call I logged with Jaan Tamm on Monday, delete it", rej(""), UN + ["activity_edit"])
add("uns-003", C, fa, "merge Filipa Amorim and Vasco Amorim into one contact", rej(""), UN + ["merge", "last_name_pair"])
add("uns-004", C, ma, "rename the hearings task to 'Book interpreters for the April hearings'", rej(""), UN + ["rename"])
add("uns-005", C, jo, "reopen the training video subtitles task for Rasa", rej(""), UN + ["reopen"])
add("uns-006", C, fa, "reassign my Kadri Mets samples task to Ingvild", rej(""), UN + ["reassign"])
add("uns-007", C, ma, "email Leonor Sequeira the signed policy translation from here", rej(""), UN + ["send_email"])
add("uns-008", C, ig, "translate this paragraph into Norwegian for me", rej(""), UN)

# ====================================================================== questions (answers from validate_twelfth.QUESTIONS)
C = "question"
QS = [
    ("qst-001", ig, "what's open with Skerrow Games?", ["company_deals", "surname_company"]),
    ("qst-002", jo, "what deals does Brindlecombe Pictures have?", ["company_deals", "won_lost"]),
    ("qst-003", fa, "what am I expecting to close in March?", ["closing", "my", "past_dated"]),
    ("qst-004", ke, "how many deals are sitting at Costed?", ["count", "pipeline", "stage_word"]),
    ("qst-005", jo, "what's my pipeline worth?", ["pipeline", "my"]),
    ("qst-006", ig, "what's Sipho Mahlangu's phone number?", ["contact_info", "near_duplicate"]),
    ("qst-007", ma, "who owns Harnby Royal Infirmary?", ["account_owner", "shared_word"]),
    ("qst-008", fa, "when did we last speak to Nino Kapanadze?", ["last_touch", "near_duplicate"]),
    ("qst-009", ke, "which deals have had no activity in four weeks?", ["stale_deals", "no_activity"]),
    ("qst-010", jo, "what have I got on my to-do list?", ["tasks", "my"]),
    ("qst-011", ig, "am I behind on any tasks?", ["tasks", "overdue", "my"]),
    ("qst-012", ma, "what have we commissioned this year?", ["won_lost", "won", "stage_word"]),
    ("qst-013", ke, "which deals lapsed?", ["won_lost", "lost", "stage_word"]),
    ("qst-014", fa, "which open deal is worth the most right now?", ["biggest_deal"]),
    ("qst-015", ma, "on average, how big is an open deal?", ["average_deal"]),
    ("qst-016", jo, "who's the contact on Ravenglass Crew Interpreting?", ["deal_contact"]),
    ("qst-017", ke, "who owns Ravenglass Crew Interpreting?", ["deal_owner", "account_owner"]),
    ("qst-018", ke, "whose account is Ravenglass Cruises?", ["account_owner", "deal_owner"]),
    ("qst-019", ig, "how many open deals does Thurnscoe Tours have?", ["count", "company_deals"]),
    ("qst-020", fa, "what's Vasco Amorim's email?", ["contact_info", "last_name_pair"]),
    ("qst-021", jo, "what have I got at Costed?", ["pipeline", "my", "stage_word"]),
    ("qst-022", ma, "anything open at Yarrowby Airport?", ["company_deals"]),
    ("qst-023", ke, "which deals have gone six weeks without any activity?", ["stale_deals", "no_activity"]),
    ("qst-024", ma, "what's overdue for Farrukh?", ["tasks", "overdue"]),
    ("qst-025", jo, "where does Tenoch Villalobos work?", ["contact_info", "shared_word"]),
    ("qst-026", fa, "which of my deals has nobody touched in two weeks?", ["stale_deals", "my", "no_activity"]),
    ("qst-027", ig, "how much is Silecroft Summit Simultaneous Interpreting worth?", ["amount"]),
    ("qst-028", ke, "total value of everything at Shortlisted?", ["pipeline", "stage_word"]),
    ("qst-029", ma, "how many open deals has Ingvild got?", ["count", "user_name_clash"]),
    ("qst-030", jo, "average size of my open deals?", ["average_deal", "my"]),
    ("qst-031", fa, "how many activities have I put in since this morning?", ["today", "count", "my"]),
    ("qst-032", ig, "what's due on my list this week?", ["tasks", "this_week", "my"]),
    ("qst-033", jo, "when does Harnby Crown Court Interpreting Rota close?", ["closing", "near_duplicate"]),
    ("qst-034", fa, "what stage is Ulverdale Museum Gallery Labels at?", ["stage", "shared_word"]),
    ("qst-035", ke, "Nino Beridze's email?", ["contact_info", "near_duplicate", "terse"]),
    ("qst-036", ma, "who works at Cragside Wines?", ["company_contacts", "last_name_pair"]),
    ("qst-037", ig, "contacts at Silecroft Summit?", ["company_contacts", "near_duplicate", "terse"]),
    ("qst-038", jo, "how many people do we have at Wythburn Engineering?", ["count", "company_contacts"]),
    ("qst-039", ke, "which open deals close between March 20 and March 31?", ["closing", "date_range"]),
    ("qst-040", ma, "what's Joaquim's open pipeline?", ["pipeline"]),
    ("qst-041", ig, "how many deals did we commission this year?", ["count", "won_lost", "won"]),
    ("qst-042", ke, "how much did we win this year?", ["won_lost", "won"]),
    ("qst-043", fa, "which of my deals lapsed?", ["won_lost", "lost", "my"]),
    ("qst-044", jo, "when was the last activity on Ulverdale Rovers Player Interpreting?", ["last_touch", "shared_word"]),
    ("qst-045", ma, "which of Ingvild's deals have gone three weeks without a touch?", ["stale_deals", "no_activity"]),
    ("qst-046", fa, "how much is Yarrowby Airport Announcements Voiceover?", ["amount"]),
    ("qst-047", ke, "which open deal has the lowest value?", ["biggest_deal"]),
    ("qst-048", ig, "Kadri Mets, what's her number?", ["contact_info"]),
    ("qst-049", jo, "what's the email for Torstein Haugland?", ["contact_info"]),
    ("qst-050", ma, "how many tasks are overdue?", ["count", "overdue", "team"]),
    ("qst-051", ke, "which live deals should have closed already but haven't?", ["closing", "past_dated"]),
    ("qst-052", fa, "what's still open with Ulverdale Museum of Textiles?", ["company_deals", "shared_word"]),
    ("qst-053", jo, "which Localisation deals are open?", ["pipeline", "product_filter"]),
    ("qst-054", ig, "when does Westerhope Community Interpreting close?", ["closing"]),
    ("qst-055", ma, "how many companies does Farrukh own?", ["count", "account_owner"]),
    ("qst-056", ke, "which companies does Ingvild look after?", ["account_owner", "user_name_clash"]),
    ("qst-057", fa, "who's Itzel Zamudio?", ["contact_info"]),
    ("qst-058", jo, "how many open tasks do I have?", ["count", "tasks", "my"]),
    ("qst-059", ke, "total open pipeline?", ["pipeline", "terse"]),
    ("qst-060", ma, "whose open pipeline is the largest?", ["pipeline", "biggest_deal"]),
    ("qst-061", ig, "due date on 'Send booth equipment list to Sipho Mahlangu'?", ["tasks", "near_duplicate"]),
    ("qst-062", fa, "how many calls have we logged on Dunnerdale Trial Protocol Translation?", ["activity", "count"]),
    ("qst-063", jo, "who's our contact on Gildersome Policy Wording Translation?", ["deal_contact"]),
    ("qst-064", ma, "when did anyone last touch Haverigg Lookbook Localisation?", ["last_touch", "stale_deals"]),
    ("qst-065", ke, "any tasks due tomorrow?", ["tasks", "team"]),
]
for qid, user, text, tags in QS:
    add(qid, C, user, text, Q(), tags)

DECLINES = [
    ("dec-001", jo, "what per-word rate did Ullock Immigration Law pay us last year?", []),
    ("dec-002", ig, "how many employees does Skerrow Games have?", []),
    ("dec-003", fa, "is there anything open with Keswick Ferries?", []),
    ("dec-004", ma, "what's Ayumi Nakagawa's home address?", []),
    ("dec-005", ke, "how many hours of interpreting did we deliver in February?", []),
    ("dec-006", jo, "what's the phone number for Hallvard Solheim?", []),
    ("dec-007", ig, "show me Oskar's deals", []),
    ("dec-008", fa, "any deals with Ulverdale Airport?", ["Ulverdale Museum Audio Guide Voiceover", "Ulverdale Museum Gallery Labels", "Ulverdale Rovers Player Interpreting"]),
    ("dec-009", ma, "what's our Trustpilot score this month?", []),
    ("dec-010", ke, "which of our freelance interpreters speak Amharic?", []),
    ("dec-011", jo, "who should I talk to at Harnby Magistrates Court?", ["Ketevan Japaridze", "Tenoch Villalobos"]),
]
for qid, user, text, ex in DECLINES:
    add(qid, C, user, text, DECLINE(*ex), ["question", "decline"])


def fill_answers() -> None:
    from validate_twelfth import question_answers
    answers = question_answers()
    for it in ITEMS:
        e = it["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it["id"]]


def main() -> None:
    from validate_twelfth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it["id"]: it for it in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[x], ensure_ascii=False) + "\n" for x in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
