"""Writes sixteenth_dev.jsonl and sixteenth_test.jsonl: the hand-written items of the sixteenth corpus (fixture P,
Hoarfrost Refrigeration), split by validate_sixteenth.split (per category and outcome, balanced by voice). One add(...)
per item. The helpers (the item-building helpers of build_fifteenth.py, re-targeted to fixture P) only type link ids
once (a contact gives its company; a deal gives its company and, when no person is named, its contact), fill the acting
user in as owner/author, and number new records from the next free id. Every item names exactly one voice. Question
answers are filled from the SQL in validate_sixteenth.QUESTIONS (the only labels taken from SQL); everything else is
written by hand.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_sixteenth.py
(then check with: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_sixteenth.py)
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, os.environ.get("AUTOCRM_ROOT", str(HERE.parents[1])))

from fixture_p import CONTACTS, DEALS, DOMAIN  # noqa: E402

U = {"ignacio": 1, "thandeka": 2, "catriona": 3, "jarkko": 4, "seonaid": 5, "gergely": 6}
NEXT = {"companies": 31, "contacts": 46, "deals": 46, "activities": 401, "tasks": 41}
TODAY = "2046-09-12"  # a Wednesday

ITEMS: list[dict] = []


def co_of(ct: int) -> int:
    return CONTACTS[ct - 1][2]


def deal_row(d: int):
    _name, co, ct, *_ = DEALS[d - 1]
    return co, ct


def add(iid, cat, user, voice, text, expect, tags, history=()):
    """One item. `voice` is the item's single voice tag (validate_sixteenth.VOICES); it is put first in the tags."""
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
    """A named deal gives its company and (unless a person is named) its contact; a person gives their company."""
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


def cdeal(u, company, stage="Site Measure", amount=None, close=None, product=None, contact=None, name=None,
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
SM, HL, DO, FT, WON, LOST = "Site Measure", "Heat Load", "Drawings Out", "Final Terms", "Gassed Up", "Defrosted"
CR, BF, DC, IM, RR, MP = ("Cold Rooms", "Blast Freezers", "Display Chillers", "Ice Machines", "Refrigerant Retrofits",
                          "Maintenance Plans")
# dates (today is Wednesday 2046-09-12). Past days, for activities (a weekday is its most recent past occurrence):
TUE_P, MON_P, SUN_P, SAT_P, FRI_P, THU_P = ("2046-09-11", "2046-09-10", "2046-09-09", "2046-09-08", "2046-09-07",
                                            "2046-09-06")
# future, for tasks and deals (a weekday is its next occurrence; no "next <weekday>", no future "Wednesday")
THU, FRI, MON, TUE, WEEK, FORTNIGHT = ("2046-09-13", "2046-09-14", "2046-09-17", "2046-09-18", "2046-09-19",
                                       "2046-09-26")
EOM, EOOCT, EONOV = "2046-09-30", "2046-10-31", "2046-11-30"
ig, th, ca, ja, se, ge = "ignacio", "thandeka", "catriona", "jarkko", "seonaid", "gergely"

# ====================================================================== items
# ---------------------------------------------------------------------- update_deal
C = "update_deal"
add("upd-001", C, ja, "terse", "arbroath cold room → final terms, 33.5k", ready(ud(11, stage=FT, amount=33500)),
    ["stage", "amount", "abbreviation"])
add("upd-002", C, se, "formal", "Please note that the Crieff Flowers Chill Store has increased to 44,750, as the client "
    "has requested a second door.", ready(ud(12, amount=44750)), ["amount", "reason_clause"])
add("upd-003", C, ig, "polite", "Could you move the close date on the Crail Lobster chill room to 20 November, please?",
    ready(ud(20, close_date="2046-11-20")), ["date"])
add("upd-004", C, th, "mobile", "blairgowrie packhouse - they want it all wrapped up by end of month, close date pls",
    ready(ud(15, close_date=EOM)), ["date", "abbreviation"])
add("upd-005", C, ca, "manager", "Set the Forfar Meat Traders blast freezers deal to Heat Load and value it at 86k.",
    ready(ud(9, stage=HL, amount=86000)), ["stage", "amount", "cross_owner"])
add("upd-006", C, ig, "rambling", "ok so long story short the Tayport lot have gone with us for the display chillers, "
    "brilliant, mark that one gassed up would you, and I'll put the visit notes in myself tonight so don't log anything",
    ready(ud(26, stage=WON)), ["stage_word", "won", "no_log"])
add("upd-007", C, se, "dictation", "Anstruther Fish Bar cold room rebuild comma new amount thirty eight thousand two "
    "hundred full stop", ready(ud(18, amount=38200)), ["amount"])
add("upd-008", C, ja, "non_native", "For Markinch biobank freezer room the product is wrong, it must be Blast Freezers, "
    "please correct.", ready(ud(29, product=BF)), ["product"])
add("upd-009", C, th, "formal", "I should be grateful if the Balquhidder Venison Chill Room's expected close could be "
    "amended to 14 November 2046.", ready(ud(42, close_date="2046-11-14")), ["date"])
add("upd-010", C, ig, "plain", "Brechin Brewing's cask cellar is gassed up and holding temperature as of this morning, "
    "update the stage", ready(ud(7, stage=WON)), ["stage_word", "won"])
add("upd-011", C, ja, "terse", "pitlochry seafoods maint plan 8.4k→9.1k", ready(ud(2, amount=9100)),
    ["amount", "abbreviation"])
add("upd-012", C, se, "wrapper", "Hi! Small one — Lochgelly High School's kitchen cold room, can we say it closes end of "
    "October? Cheers", ready(ud(30, close_date=EOOCT)), ["date"])
add("upd-013", C, th, "terse", "aberdour ice machines → defrosted, bought elsewhere", ready(ud(32, stage=LOST)),
    ["stage_word", "lost", "described_by_outcome", "abbreviation"])
add("upd-014", C, ca, "manager", "Bring the Crail Lobster chill room on to Heat Load; the engineer finished measuring "
    "last week.", ready(ud(20, stage=HL)), ["stage", "cross_owner"])
add("upd-015", C, ig, "wrapper", "Hiya! Can the Callander caravan park ice machines go in at 5,650 rather than 5,200? Ta",
    ready(ud(41, amount=5650)), ["amount", "instead_of"])
add("upd-016", C, th, "plain", "Push Cupar's display chiller close out by another fortnight, they're waiting on a "
    "shopfitter.", ready(ud(21, close_date="2046-10-26")), ["date", "relative_to_record"])
add("upd-017", C, se, "formal_email", "Dear team, for the record the Leuchars Catering Walk-In Freezer has progressed to "
    "Heat Load following our survey. Kind regards, Seonaid", ready(ud(25, stage=HL)), ["stage"])
add("upd-018", C, ja, "typo", "auchtermuchty bakry blast freezr is now 24,600 not 23,800", ready(ud(23, amount=24600)),
    ["amount", "instead_of", "multi_typo"])
add("upd-019", C, ig, "rambling", "right so the Kelty Funeral mortuary chiller, turns out they need a second body rack in "
    "it after all, which takes the whole thing to 24,900, update that would you", ready(ud(31, amount=24900)),
    ["amount", "reason_clause"])
add("upd-020", C, th, "wrapper", "Morning! Could the Kirriemuir hospital pharmacy cold room go to Drawings Out? Our "
    "designer has finished the layout. Thanks", ready(ud(6, stage=DO)), ["stage"])
add("upd-021", C, se, "terse", "lochgelly kitchen cold room → heat load, 19.2k", ready(ud(30, stage=HL, amount=19200)),
    ["stage", "amount", "abbreviation"])
add("upd-022", C, ja, "non_native", "Menstrie meal kits cold room: their budget is only open in December, so please put "
    "close date 15 December", ready(ud(45, close_date="2046-12-15")), ["date"])
add("upd-023", C, ca, "manager", "Forfar Meat Traders blast freezers: close it as Defrosted, they've frozen all capital "
    "spend until next year.", ready(ud(9, stage=LOST)), ["stage", "lost", "cross_owner"])
add("upd-024", C, ig, "dictation", "update the Dunkeld ice cream display chillers close date to the twenty fifth of "
    "September full stop", ready(ud(14, close_date="2046-09-25")), ["date"])
add("upd-025", C, se, "rambling", "right so the Leuchars catering lot, the ice machines, they've finally got the budget "
    "sorted and it's 10,400 not 9,600, oh and it should be sitting in Final Terms now, that's all for that one",
    ready(ud(24, stage=FT, amount=10400)), ["stage", "amount", "instead_of", "past_dated"])
add("upd-026", C, ja, "plain", "Kinross Pharmacy retrofit is won at 75,500 final figure, mark it gassed up",
    ready(ud(16, stage=WON, amount=75500)), ["stage_word", "won", "amount"])

# ---------------------------------------------------------------------- update_contact
C = "update_contact"
add("uct-001", C, ig, "plain", "Ailsa Strachan's mobile changed, it's 07700 900 512 now", ready(uc(5, phone="07700 900 512")),
    ["phone", "last_name_pair"])
add("uct-002", C, th, "polite", "Could you change Euan Strachan's email to euan@aberdourseaview.com please?",
    ready(uc(6, email="euan@aberdourseaview.com")), ["email", "last_name_pair"])
add("uct-003", C, ja, "non_native", "Thandeka Ncube is customer now, the biobank signed the service contract, please "
    "change her lifecycle", ready(uc(7, lifecycle_stage="customer")), ["lifecycle", "user_name_clash"])
add("uct-004", C, se, "formal", "For your records, Sjoerd Halcrow has been appointed Managing Director of Crieff Flower "
    "Wholesale.", ready(uc(14)), ["job_title"])
add("uct-005", C, ca, "manager", "Kerem Lacerda has left Forfar Meat Traders for Newburgh Abattoir — move him over.",
    ready(uc(12, company_id=18)), ["company_move", "cross_owner"])
add("uct-006", C, ig, "dictation", "Paloma Kinnear email address is paloma at dunkeldicecream dot co dot uk full stop",
    ready(uc(15, email="paloma@dunkeldicecream.co.uk")), ["email"])
add("uct-007", C, th, "non_native", "For Nomvula Olawale please put phone number +44 7700 900 233, the old one is not "
    "working anymore", ready(uc(38, phone="+44 7700 900 233")), ["phone"])
add("uct-008", C, se, "terse", "jovana souter → prospect", ready(uc(39, lifecycle_stage="prospect")),
    ["lifecycle", "abbreviation"])
add("uct-009", C, ja, "terse", "caoimhe fontes new email: caoimhe.fontes@kinross-pharma.co.uk",
    ready(uc(36, email="caoimhe.fontes@kinross-pharma.co.uk")), ["email", "abbreviation"])
add("uct-010", C, ig, "formal_email", "Hello, Duarte Moyo now leads the volunteers at the food bank and his direct line "
    "is 01259 555 017. Thanks, Ignacio", ready(uc(25, phone="01259 555 017")), ["phone", "job_title"])

# ---------------------------------------------------------------------- update_company
C = "update_company"
add("uco-001", C, th, "polite", "Could you update Cupar Cash & Carry's domain? They trade online as cuparwholesale.co.uk "
    "now.", ready(uco(14, domain="cuparwholesale.co.uk")), ["domain"])
add("uco-002", C, ca, "manager", "Markinch Biobank belongs under Biotechnology as an industry, not Life Sciences.",
    ready(uco(19, industry="Biotechnology")), ["industry", "instead_of"])
add("uco-003", C, se, "polite", "Would you update Leuchars Contract Catering's website to leucharsfood.com?",
    ready(uco(16, domain="leucharsfood.com")), ["domain"])
add("uco-004", C, ig, "terse", "crail lobster industry → Shellfish", ready(uco(13, industry="Shellfish")),
    ["industry", "abbreviation"])
add("uco-005", C, ja, "non_native", "Arbroath Smokehouse have new web address, arbroath-smokehouse.com, please change it",
    ready(uco(7, domain="arbroath-smokehouse.com")), ["domain"])
add("uco-006", C, th, "formal_email", "Hello all, the industry for Tillicoultry Farm Shop should read Farm Shops. Many "
    "thanks, Thandeka", ready(uco(26, industry="Farm Shops")), ["industry"])

# ---------------------------------------------------------------------- ownership
C = "ownership"
add("own-001", C, ca, "manager", "Thandeka takes over Crail Lobster Company as account owner, effective today.",
    ready(uco(13, owner_id=2)), ["ownership", "taking_over", "user_name_clash"])
add("own-002", C, ca, "manager", "Hand the Markinch Biobank freezer room over to Seonaid.", ready(ud(29, owner_id=5)),
    ["ownership", "hand"])
add("own-003", C, ig, "non_native", "The Leuchars walk-in freezer, I take it from Seonaid, she has too much work",
    ready(ud(25, owner_id=1)), ["ownership", "taking_over", "cross_owner"])
add("own-004", C, ca, "manager", "We're moving Alloa Food Bank to Jarkko — the account only, Ignacio keeps the cold store "
    "deal.", ready(uco(25, owner_id=4)), ["ownership", "moving_to"])
add("own-005", C, th, "plain", "Make me the owner of Dineo Cairncross, I'm dealing with the hotel kitchen now",
    ready(uc(32, owner_id=2)), ["ownership", "cross_owner"])
add("own-006", C, ca, "manager", "From now on the Kincardine Care Village maintenance plan belongs to Jarkko.",
    ready(ud(35, owner_id=4)), ["ownership"])
add("own-007", C, se, "typo", "giv the tayport grocers dsiplay chillers to me, ignacio's snowed undr",
    ready(ud(26, owner_id=5)), ["ownership", "cross_owner", "multi_typo"])
add("own-008", C, ca, "manager", "We're moving Crieff Flower Wholesale across to Ignacio.", ready(uco(8, owner_id=1)),
    ["ownership", "moving_to"])
add("own-009", C, ja, "polite", "Could you reassign the Culross Chocolate Works account to Thandeka? She's looking after "
    "the confectionery side now.", ready(uco(23, owner_id=2)), ["ownership", "user_name_clash"])
add("own-010", C, ca, "manager", "Seonaid is Gokhan Sutherland's account manager as of today, change his owner.",
    ready(uc(19, owner_id=5)), ["ownership"])
add("own-011", C, ig, "terse", "newburgh maint plan → jarkko, he knows their engineers", ready(ud(28, owner_id=4)),
    ["ownership", "cross_owner", "abbreviation"])
add("own-012", C, ca, "manager", "Transfer both Pitlochry Seafoods deals to Seonaid.",
    ready(ud(1, owner_id=5), ud(2, owner_id=5)), ["ownership"])

# ---------------------------------------------------------------------- create_company
C = "create_company"
add("cco-001", C, ig, "plain", "Add a new company: Strathmiglo Cheese Company, strathmiglocheese.co.uk, they're a dairy",
    ready(ccompany(ig, "Strathmiglo Cheese Company", domain="strathmiglocheese.co.uk", industry="Dairy")),
    ["domain", "industry", "comma_list"])
add("cco-002", C, ca, "manager", "Create an account for Falkland Palace Tearoom, industry Cafes, and give it to Seonaid.",
    ready(ccompany(ca, "Falkland Palace Tearoom", industry="Cafes", owner=se)), ["industry", "ownership"])
add("cco-003", C, th, "non_native", "Please make new company Ladybank Fish Market, the website is ladybankfish.co.uk",
    ready(ccompany(th, "Ladybank Fish Market", domain="ladybankfish.co.uk")), ["domain"])
add("cco-004", C, se, "polite", "Could you set up a company record for Ceres Brewhouse? Their site is ceresbrewhouse.com",
    ready(ccompany(se, "Ceres Brewhouse", domain="ceresbrewhouse.com")), ["domain"])
add("cco-005", C, ja, "terse", "new co — Elie Harbour Oysters, elieoysters.co.uk, Seafood",
    ready(ccompany(ja, "Elie Harbour Oysters", domain="elieoysters.co.uk", industry="Seafood")),
    ["domain", "industry", "abbreviation"])
add("cco-006", C, ig, "formal", "I would be grateful if you could create Kingsbarns Distillery as a new company, industry "
    "Distilling.", ready(ccompany(ig, "Kingsbarns Distillery", industry="Distilling")), ["industry"])

# ---------------------------------------------------------------------- create_contact
C = "create_contact"
add("cct-001", C, th, "plain", "Add Zoran Pawlak at Forfar Meat Traders, he's their new refrigeration engineer, "
    "zoran.pawlak@forfarmeat.co.uk", ready(ccontact(th, "Zoran", "Pawlak", 6, email="zoran.pawlak@forfarmeat.co.uk")),
    ["email", "new_lead"])
add("cct-002", C, ig, "polite", "Could you add a contact for me — Akosua Wozniak, head of catering at Callander Caravan "
    "Park, phone 01877 555 0142?", ready(ccontact(ig, "Akosua", "Wozniak", 29, phone="01877 555 0142")),
    ["phone", "comma_list"])
add("cct-003", C, ca, "manager", "New contact at Kinross Pharmacy Distribution: Tarik Zielinski, quality lead, "
    "tarik.z@kinrosspharma.com. Jarkko will own him.",
    ready(ccontact(ca, "Tarik", "Zielinski", 11, email="tarik.z@kinrosspharma.com", owner=ja)),
    ["email", "ownership"])
add("cct-004", C, se, "non_native", "Please add new contact Efrain Gorski, he is chef in Kincardine Care Village, email "
    "efrain.gorski@kincardinecare.org.uk", ready(ccontact(se, "Efrain", "Gorski", 24,
                                                         email="efrain.gorski@kincardinecare.org.uk")), ["email"])
add("cct-005", C, ja, "dictation", "add Nyasha Olszewski to Culross Chocolate Works comma her number is 01383 555 0198 "
    "full stop", ready(ccontact(ja, "Nyasha", "Olszewski", 23, phone="01383 555 0198")), ["phone", "new_lead"])
add("cct-006", C, th, "terse", "add contact: Bence Malinowski, Blairgowrie Berry Growers, packhouse mgr",
    ready(ccontact(th, "Bence", "Malinowski", 10)), ["comma_list", "new_lead", "abbreviation"])
add("cct-007", C, ig, "plain", "Harsha Jablonski at Kelty Funeral Directors should go in as a new prospect",
    ready(ccontact(ig, "Harsha", "Jablonski", 21, stage="prospect")), ["lifecycle"])
add("cct-008", C, se, "formal", "Kindly add Meera Dabrowski, bursar at Lochgelly High School, with the email "
    "M.Dabrowski@LochgellyHigh.sch.uk.", ready(ccontact(se, "Meera", "Dabrowski", 20,
                                                        email="m.dabrowski@lochgellyhigh.sch.uk")), ["email"])
add("cct-009", C, ja, "dictation", "new contact at Menstrie Meal Kits Kudzai Walczak comma he runs their freezers full "
    "stop", ready(ccontact(ja, "Kudzai", "Walczak", 27)), ["new_lead"])
add("cct-010", C, th, "wrapper", "Hiya — can you stick Seoyeon Michalski into the CRM? She's the new buyer at Cupar Cash "
    "& Carry. Ta!", ready(ccontact(th, "Seoyeon", "Michalski", 14)), ["new_lead"])

# ---------------------------------------------------------------------- create_deal
C = "create_deal"
add("cdl-001", C, ig, "plain", "New deal for Tayport Grocers: a second cold room for the back store, 26k, closing end of "
    "November", ready(cdeal(ig, 17, amount=26000, close=EONOV, product=CR)), ["amount", "date", "product"])
add("cdl-002", C, th, "polite", "Could you open a deal for Balquhidder Venison? Ice machines for the game larder, about "
    "6,400.", ready(cdeal(th, 30, amount=6400, product=IM)), ["amount", "product"])
add("cdl-003", C, ca, "manager", "Create a deal at Crieff Flower Wholesale for a maintenance plan, 7,800, owner Seonaid.",
    ready(cdeal(ca, 8, amount=7800, product=MP, owner=se)), ["amount", "product", "ownership"])
add("cdl-004", C, ja, "rambling", "right, Culross Chocolate, they want a second cooling tunnel for the new praline line, so "
    "new blast freezer deal please, 58k, and the heat load's already been worked out so start it at Heat Load",
    ready(cdeal(ja, 23, stage=HL, amount=58000, product=BF)), ["amount", "product", "stage_word"])
add("cdl-005", C, se, "plain", "new deal: Dunblane Deli Counter Chillers, 9,300, display chillers, close 31 October",
    ready(cdeal(se, 28, amount=9300, product=DC, close=EOOCT, name="Dunblane Deli Counter Chillers")),
    ["deal_name_colon", "amount", "date", "product", "comma_list"])
add("cdl-006", C, ig, "non_native", "Please create deal for Callander Caravan Park, cold room for the shop, 14 thousand, "
    "contact is Branimir Esson", ready(cdeal(ig, 29, amount=14000, product=CR, contact=29)), ["amount", "product"])
add("cdl-007", C, th, "terse", "new deal: Forfar Meat Traders Chill Dock, 61k, cold rooms, Oct 31",
    ready(cdeal(th, 6, amount=61000, product=CR, close=EOOCT, name="Forfar Meat Traders Chill Dock")),
    ["deal_name_colon", "amount", "date", "product", "abbreviation"])
add("cdl-008", C, ca, "manager", "Open a refrigerant retrofit deal for Kelty Funeral Directors at 16,500 and give it to "
    "Ignacio.", ready(cdeal(ca, 21, amount=16500, product=RR, owner=ig)), ["amount", "product", "ownership"])
add("cdl-009", C, ja, "formal_email", "Dear colleagues, please register a new opportunity with Auchtermuchty Bakery for "
    "display chillers, valued at 11,250 and expected to close on 30 November. Best, Jarkko",
    ready(cdeal(ja, 15, amount=11250, product=DC, close=EONOV)), ["amount", "date", "product"])
add("cdl-010", C, se, "plain", "Lochgelly High School want ice machines for the canteen as well, roughly 4,700 — our "
    "drawings are already out with them", ready(cdeal(se, 20, stage=DO, amount=4700, product=IM)),
    ["amount", "product", "stage_word"])
add("cdl-011", C, ig, "wrapper", "Morning! Quick one: Crail Lobster want a blast freezer for the processing line, call it "
    "39k and pencil in end of October. Cheers", ready(cdeal(ig, 13, amount=39000, product=BF, close=EOOCT)),
    ["amount", "date", "product"])
add("cdl-012", C, th, "mobile", "new deal kirriemuir hospital ice machines 5.8k w/ Arantxa Buchanan",
    ready(cdeal(th, 2, amount=5800, product=IM, contact=45)), ["amount", "product", "abbreviation"])

# ---------------------------------------------------------------------- log_activity
C = "log_activity"
add("act-001", C, ig, "plain", "Just got off the phone with Paloma Kinnear about the Dunkeld display chillers deal",
    ready(act(ig, "call", contact=15, deal=14)), ["reported", "today"])
add("act-002", C, th, "plain", "Kerem Lacerda walked me round the Forfar boning hall on Monday, log it as a meeting",
    ready(act(th, "meeting", MON_P, contact=12)), ["reported", "date"])
add("act-003", C, ja, "typo", "emaild ifeoma duthie frist thing with the revized drawings",
    ready(act(ja, "email", contact=13)), ["reported", "multi_typo"])
add("act-004", C, se, "rambling", "ok so I popped into Anstruther Fish Bar on the way back yesterday and had a long "
    "natter with Bongani Tulloch about the cold room rebuild, he's keen, wants to see a programme, anyway log that please",
    ready(act(se, "meeting", TUE_P, contact=17, deal=18)), ["reported", "date"])
add("act-005", C, ig, "terse", "vm left for sherzod pringle re mortuary chiller", ready(act(ig, "call", deal=31)),
    ["reported", "abbreviation", "description"])
add("act-006", C, ca, "manager", "Put a note on Kinross Pharmacy Distribution: their warehouse moves to the new unit in "
    "spring.", ready(act(ca, "note", company=11)), ["note_on"])
add("act-007", C, th, "non_native", "Yesterday I have call with Oisin Valente from Newburgh, he say the freezers must be "
    "ready before Christmas", ready(act(th, "call", TUE_P, contact=2)), ["reported", "date"])
add("act-008", C, ja, "dictation", "log a meeting with Thandeka Ncube at Markinch Biobank on Monday comma we walked the "
    "freezer room together full stop", ready(act(ja, "meeting", MON_P, contact=7)),
    ["date", "user_name_clash"])
add("act-009", C, se, "mobile", "txt'd csilla ogundipe the ice machine delivery window", ready(act(se, "message", contact=10)),
    ["reported", "abbreviation"])
add("act-010", C, ig, "formal_email", "Hi team, please log a phone call I had with Misaki Linklater on Friday 7 September "
    "about the Crail Lobster chill room. Regards, Ignacio", ready(act(ig, "call", FRI_P, contact=18, deal=20)),
    ["date", "reported"])
add("act-011", C, th, "polite", "Could you log that I visited Blairgowrie Berry Growers on Thursday? I walked the "
    "packhouse with Aukusti Rendall.", ready(act(th, "meeting", THU_P, contact=16)), ["reported", "date"])
add("act-012", C, ja, "plain", "note on Pitlochry Seafoods Cold Room Rebuild: Oisin would like the strip-out split over "
    "two weekends", ready(act(ja, "note", deal=1)), ["note_on"])
add("act-013", C, se, "mobile", "had a call w/ Lindiwe Pinheiro re the maint plan, all good",
    ready(act(se, "call", contact=4, deal=35)), ["reported", "abbreviation", "description"])
add("act-014", C, ig, "non_native", "This morning early I visit Morag Brechin in Tayport Grocers, please put it as meeting",
    ready(act(ig, "meeting", contact=8)), ["reported", "surname_company"])
add("act-015", C, ca, "manager", "I had Gokhan Sutherland on the phone on Monday complaining about chiller noise at "
    "Cupar, log it please.", ready(act(ca, "call", MON_P, contact=19)), ["reported", "date"])
add("act-016", C, th, "wrapper", "Hey! Had coffee with Estibaliz Gauld on Saturday, can you log it as a meeting? Thanks!",
    ready(act(th, "meeting", SAT_P, contact=30)), ["reported", "date"])
add("act-017", C, ja, "non_native", "Today I send email to Caoimhe Fontes with our price list", ready(act(ja, "email", contact=36)),
    ["reported"])
add("act-018", C, se, "rambling", "so yesterday I rang Otabek Rennie, the Leuchars contracts guy, and we went through the "
    "ice machine order line by line, he's happy with it now, so just log the call",
    ready(act(se, "call", TUE_P, contact=21, deal=24)), ["reported", "date", "description"])

# ---------------------------------------------------------------------- create_task
C = "create_task"
add("tsk-001", C, ig, "wrapper", "Morning all! Remind me to ring Tendai Farquharson on Friday about the cellar doors "
    "please, cheers", ready(task(ig, FRI, contact=11)), ["remind_me", "date"])
add("tsk-002", C, th, "polite", "Can you set me a reminder to send Euan Strachan the ice machine spec tomorrow?",
    ready(task(th, THU, contact=6)), ["remind_me", "date", "last_name_pair"])
add("tsk-003", C, ca, "manager", "Ask Jarkko to chase Efua Cruickshank for the signed contract by Monday.",
    ready(task(ca, MON, contact=20, owner=ja)), ["delegated", "date"])
add("tsk-004", C, ja, "plain", "I need to move the Markinch biobank freezer room to Final Terms once their committee has "
    "met, so remind me on Tuesday", ready(task(ja, TUE, deal=29)), ["later_is_task", "not_a_write", "date"])
add("tsk-005", C, se, "dictation", "task for me colon book the site measure at Lochgelly High School comma due the "
    "twentieth full stop", ready(task(se, "2046-09-20", company=20)), ["date"])
add("tsk-006", C, ig, "plain", "remind me to delete the Alloa Food Bank cold store deal once Duarte confirms they've "
    "dropped it", ready(task(ig, deal=37)), ["remind_delete", "remind_me"])
add("tsk-007", C, th, "delegation", "Could Seonaid ring Ruaridh Aguirre about the pharmacy cold room by Friday? Put it on "
    "her list.", ready(task(th, FRI, contact=9, deal=6, owner=se)), ["delegation", "date"])
add("tsk-008", C, ja, "terse", "todo: chase lindiwe mabaso re PO, fri", ready(task(ja, FRI, contact=3)),
    ["date", "abbreviation"])
add("tsk-009", C, se, "formal", "Please create a task for me to send the heat load report to Sjoerd Halcrow by 19 "
    "September.", ready(task(se, WEEK, contact=14)), ["date"])
add("tsk-010", C, ig, "dictation", "remind me to send Morag Brechin the chiller brochure on Monday full stop",
    ready(task(ig, MON, contact=8)), ["remind_me", "date", "surname_company"])
add("tsk-011", C, th, "non_native", "Please make reminder for me, I must go to Balquhidder Venison in two weeks for the "
    "measure", ready(task(th, FORTNIGHT, company=30)), ["remind_me", "date"])
add("tsk-012", C, ca, "manager", "Create a task for Thandeka: review the Newburgh abattoir blast freezer terms by the "
    "28th.", ready(task(ca, "2046-09-28", deal=27, owner=th)), ["delegated", "date", "user_name_clash"])
add("tsk-013", C, ja, "rambling", "I had a quick word with Vilhelm Okada at the food show but honestly there's no need to "
    "log it, just set me a reminder to ring him back", ready(task(ja, contact=27)), ["no_log", "remind_me"])
add("tsk-014", C, se, "rambling", "thinking out loud here, at some point I'll have to hand the Crieff chill store over to "
    "Ignacio because I'm drowning, so just put a reminder on my list for the end of the month, thanks",
    ready(task(se, EOM, deal=12)), ["later_is_task", "not_a_write", "date"])
add("tsk-015", C, ig, "delegation", "Ask Thandeka to confirm delivery slots with Gerrit Ishikawa tomorrow — she's got "
    "the van rota", ready(task(ig, THU, contact=44, owner=th)), ["delegation", "date", "user_name_clash"])
add("tsk-016", C, th, "polite", "Please could you remind me a week today to follow up with Nomvula Olawale on the chiller "
    "layout?", ready(task(th, WEEK, contact=38)), ["remind_me", "date"])
add("tsk-017", C, ja, "delegation", "Seonaid, could you invite Leyla Rutherford to the showroom on Monday? Put it on your "
    "list please.", ready(task(ja, MON, contact=43, owner=se)), ["delegation", "date"])
add("tsk-018", C, se, "delegation", "Get Jarkko to phone Caoimhe Fontes on Tuesday re the Kinross maintenance plan",
    ready(task(se, TUE, contact=36, deal=17, owner=ja)), ["delegation", "date"])

# ---------------------------------------------------------------------- complete_task
C = "complete_task"
add("cmp-001", C, ig, "plain", "done with the Sherzod Pringle mortuary chiller task, close it", ready(done(25)),
    ["done_task"])
add("cmp-002", C, th, "polite", "Would you mark the layout task for Gokhan Sutherland as done, please?", ready(done(18)),
    ["done_task"])
add("cmp-003", C, ja, "mobile", "oisin mulcahy drawings task - tick off pls", ready(done(1)),
    ["done_task", "abbreviation"])
add("cmp-004", C, se, "polite", "Could you close off my task to send Csilla Ogundipe the ice machine options? It's "
    "sorted.", ready(done(10)), ["done_task"])
add("cmp-005", C, ca, "manager", "Jarkko has sent Thandeka Ncube the validation plan, so mark that task done.",
    ready(done(23)), ["done_task", "cross_owner", "user_name_clash"])
add("cmp-006", C, ig, "typo", "finsihed the ailsa strachan delivrey access task, close it", ready(done(7)),
    ["done_task", "last_name_pair", "multi_typo"])
add("cmp-007", C, th, "non_native", "The task for Euan Strachan ice machine quote, I finish it, please close",
    ready(done(26)), ["done_task"])
add("cmp-008", C, ja, "mobile", "efua cruickshank contract task done pls close", ready(done(19)), ["done_task"])
add("cmp-009", C, se, "wrapper", "Morning! The Bongani Tulloch programme task can be ticked off now. Ta", ready(done(16)),
    ["done_task"])
add("cmp-010", C, ig, "dictation", "mark the Branimir Esson ice machine terms task as complete full stop",
    ready(done(29)), ["done_task"])

# ---------------------------------------------------------------------- delete
C = "delete"
add("del-001", C, ca, "manager", "The Alloa Food Bank account needs deleting.", ready(dco(25)), ["delete"])
add("del-002", C, ca, "manager", "Remove Hidde Baxter from the CRM, he's left Dunkeld.", ready(dc(35)), ["delete"])
add("del-003", C, ca, "manager", "Delete the Dunblane Deli display chillers deal, it's ancient history.", ready(dd(40)),
    ["delete", "lost"])
add("del-004", C, ca, "manager", "Gerrit Ishikawa can come out of the contacts — delete him.", ready(dc(44)), ["delete"])
add("del-005", C, ca, "manager", "Please delete Tillicoultry Farm Shop; the shop has closed.", ready(dco(26)), ["delete"])
add("del-006", C, ca, "manager", "Delete the Aberdour Seaview kitchen refrigeration deal — it was a duplicate enquiry.",
    ready(dd(33)), ["delete"])
add("del-007", C, ig, "plain", "bin the Callander Caravan Park ice machines deal, they're never going to buy",
    rej("admin"), ["delete", "rep_delete", "refusal"])
add("del-008", C, ca, "manager", "Yerin Isbister has gone, delete her contact record.", ready(dc(41)), ["delete"])
add("del-009", C, ca, "manager", "Balquhidder Venison has ceased trading; delete the company.", ready(dco(30)),
    ["delete"])
add("del-010", C, th, "plain", "Please remove the contact Takumi Flett, he doesn't work at Newburgh any more", rej("admin"),
    ["delete", "rep_delete", "refusal"])
add("del-011", C, ca, "manager", "Arantxa Buchanan got entered by mistake, please delete her contact.", ready(dc(45)),
    ["delete"])
add("del-012", C, ca, "manager", "Remove the Lochgelly High School account from the system.", ready(dco(20)), ["delete"])

# ---------------------------------------------------------------------- unsupported
C = "unsupported"
add("uns-001", C, se, "plain", "Cancel my reminder to send Sjoerd Halcrow the heat load report", rej(""), ["cancel"])
add("uns-002", C, ig, "plain", "Rename my Morag Brechin brochure task to 'Send chiller brochure and price list'", rej(""),
    ["rename_task"])
add("uns-003", C, th, "plain", "Merge the two Oisin contacts into one record", rej(""), ["merge"])
add("uns-004", C, ja, "plain", "Change the call I logged with Ifeoma Duthie to a meeting", rej(""), ["edit_activity"])

# ---------------------------------------------------------------------- correction
C = "correction"
add("cor-001", C, ig, "typo", "set the alloa fod bank cold store to 13k — sory, 13.5k", ready(ud(37, amount=13500)),
    ["correction", "amount", "multi_typo"])
add("cor-002", C, th, "plain", "Set me a reminder for Thursday to ring Aukusti Rendall — no, Friday's better",
    ready(task(th, FRI, contact=16)), ["correction", "remind_me", "date"])
add("cor-003", C, ca, "manager", "Dunkeld Ice Cream Parlour should go to Thandeka as an account… er, no, make it Seonaid.",
    ready(uco(9, owner_id=5)), ["correction", "ownership"])
add("cor-004", C, se, "plain", "Jovana Souter's email is jovana@leucharscatering.co.uk — .com, not .co.uk",
    ready(uc(39, email="jovana@leucharscatering.com")), ["correction", "email"])
add("cor-005", C, ja, "terse", "arbroath cold room to final terms… no wait, heat load", ready(ud(11, stage=HL)),
    ["correction", "stage"])
add("cor-006", C, ca, "manager", "Delete the contact Takumi Flett. Scratch that — delete Tahmina Geddes instead.",
    ready(dc(34)), ["correction", "scratch_that", "delete"])

# ---------------------------------------------------------------------- bulk
C = "bulk"
add("blk-001", C, ca, "manager", "Every Site Measure deal Seonaid has can move on to Heat Load.",
    ready(*many(ud, [25, 30, 44], stage=HL)), ["bulk_filter", "stage"])
add("blk-002", C, ig, "rambling", "been going through my pipeline and honestly anything of mine that's had nothing logged "
    "against it for four weeks is dead, so move the lot to Defrosted",
    ready(*many(ud, [5, 20, 37], stage=LOST)), ["bulk_filter", "no_activity", "stale_deals", "lost"])
add("blk-003", C, th, "plain", "Put 31 October as the close date on each of my Drawings Out deals",
    ready(*many(ud, [15, 21, 32, 42], close_date=EOOCT)), ["bulk_filter", "date"])
add("blk-004", C, ja, "terse", "all the late ones on my task list — done, every one",
    ready(*many(lambda t: done(t), [5, 12, 32])), ["bulk_filter", "overdue", "abbreviation"])
add("blk-005", C, ca, "manager", "Clear out all the Defrosted deals — delete them.",
    ready(*many(lambda d: dd(d), [10, 19, 39, 40])), ["bulk_filter", "bulk_delete", "lost"])
add("blk-006", C, ca, "manager", "Ignacio's Final Terms deals should all be handed to Jarkko while Ignacio is on "
    "paternity leave.", ready(*many(ud, [7, 14, 41], owner_id=4)), ["bulk_filter", "ownership", "hand"])
add("blk-007", C, th, "polite", "Could you set the close date of every open ice machine deal to 31 October?",
    ready(*many(ud, [3, 24, 32, 41], close_date=EOOCT)), ["bulk_filter", "product_filter", "date", "team"])
add("blk-008", C, se, "plain", "Flip every contact at Kincardine Care Village to customer, they're on our service books "
    "now", ready(*many(uc, [4, 42], lifecycle_stage="customer")), ["bulk_filter", "company_contacts"])
add("blk-009", C, th, "terse", "my deals <20k → final terms", ready(*many(ud, [28, 32, 33], stage=FT)),
    ["bulk_filter", "amount_filter", "abbreviation"])
add("blk-010", C, ja, "non_native", "Please all my deals in Heat Load, move them to Drawings Out",
    ready(*many(ud, [2, 45], stage=DO)), ["bulk_filter", "stage"])
add("blk-011", C, se, "plain", "Bump every lead contact I own up to prospect",
    ready(*many(uc, [32, 37, 39, 42], lifecycle_stage="prospect")), ["bulk_filter", "my_leads"])
add("blk-012", C, ca, "manager", "Any open deal whose close date has already gone by: push it to the end of the month.",
    ready(*many(ud, [24, 28], close_date=EOM)), ["bulk_filter", "past_dated", "date"])
add("blk-013", C, th, "polite", "Would you mind marking every open task linked to Newburgh Abattoir as complete?",
    ready(done(2), done(22)), ["bulk_filter", "done_task"])
add("blk-014", C, ca, "manager", "For each of Thandeka's Drawings Out deals, set her a chase-up task due Friday.",
    ready(*[task(ca, FRI, deal=d, owner=th, k=i) for i, d in enumerate([15, 21, 32, 42])]),
    ["bulk_filter", "bulk_create", "delegated", "date"])
add("blk-015", C, ja, "plain", "Push my Final Terms deals that close in September to the 30th",
    ready(*many(ud, [16, 23], close_date=EOM)), ["bulk_filter", "date_range", "date", "composed"])
add("blk-016", C, ca, "manager", "If a deal hasn't had any activity for six weeks, mark it Defrosted — all of them.",
    ready(*many(ud, [5, 9, 20, 30, 33, 37], stage=LOST)), ["bulk_filter", "no_activity", "stale_deals", "lost", "team"])
add("blk-017", C, ig, "plain", "My deals over 30k that aren't in Final Terms yet: move them to Final Terms",
    ready(*many(ud, [4, 26], stage=FT)), ["bulk_filter", "amount_filter", "composed"])
add("blk-018", C, se, "terse", "both open leuchars deals → drawings out", ready(*many(ud, [24, 25], stage=DO)),
    ["bulk_filter", "abbreviation"])
add("blk-019", C, th, "plain", "Push every one of my Heat Load deals back a week",
    ready(ud(6, close_date="2046-10-26"), ud(28, close_date="2046-09-13")), ["bulk_filter", "relative_to_record"])
add("blk-020", C, ca, "manager", "Mark all of Seonaid's overdue tasks as done.", ready(done(16), done(20)),
    ["bulk_filter", "overdue", "cross_owner"])

# ---------------------------------------------------------------------- multi_intent
C = "multi_intent"
add("mul-001", C, ig, "plain", "Met Ailsa Strachan at Kirriemuir Creamery this morning, push the blast freezer to Final "
    "Terms at 69k, and remind me on Friday to get revised drawings over",
    ready(act(ig, "meeting", contact=5), ud(4, stage=FT, amount=69000), task(ig, FRI, contact=5, deal=4)),
    ["multi", "reported", "inherit", "clause_scope", "stage", "amount"])
add("mul-002", C, th, "plain", "Cupar display chillers to Final Terms at 51k, closing end of next month",
    ready(ud(21, stage=FT, amount=51000, close_date=EOOCT)), ["multi", "same_record", "stage", "amount", "date"])
add("mul-003", C, ja, "plain", "Rang Lindiwe Mabaso just now: the Kinross retrofit is won at 74k, so gas it up in the "
    "CRM and close my chase-the-PO task",
    ready(act(ja, "call", contact=3), ud(16, stage=WON, amount=74000), done(5)),
    ["multi", "reported", "won", "done_task"])
add("mul-004", C, se, "plain", "Csilla Ogundipe phoned this morning about the Pitlochry Hydro ice machines: bump them to "
    "15,600 and remind me to send the updated quote tomorrow",
    ready(act(se, "call", contact=10, deal=3), ud(3, amount=15600), task(se, THU, contact=10, deal=3)),
    ["multi", "reported", "inherit", "amount"])
add("mul-005", C, ca, "manager", "Give Ignacio the Anstruther Fish Bar account and create a task for him to call Bongani "
    "Tulloch on Monday.", ready(uco(12, owner_id=1), task(ca, MON, contact=17, owner=ig)),
    ["multi", "ownership", "delegated", "date"])
add("mul-006", C, ig, "rambling", "long day, went out to Crail Lobster and Misaki Linklater showed me round the new unit, "
    "it needs a bigger chill room so the deal's more like 31k now, and I promised the layout by Friday so stick a "
    "reminder in for that",
    ready(act(ig, "meeting", contact=18), ud(20, amount=31000), task(ig, FRI, contact=18, deal=20)),
    ["multi", "reported", "inherit", "amount"])
add("mul-007", C, th, "non_native", "Yesterday Oisin Valente and me we talk by phone; the abattoir maintenance plan can go "
    "to Drawings Out", ready(act(th, "call", TUE_P, contact=2), ud(28, stage=DO)), ["multi", "reported", "date", "stage"])
add("mul-008", C, ja, "plain", "Add Behruz Krol as the new site manager at Arbroath Smokehouse and remind me to send him "
    "the cold room quote on Friday",
    ready(ccontact(ja, "Behruz", "Krol", 7), task(ja, FRI, contact=46, company=7)), ["multi", "date", "clause_scope"])
add("mul-009", C, se, "plain", "Close the Kincardine Care Village kitchen cold rooms as gassed up and open a "
    "maintenance plan deal there for 3,900",
    ready(ud(36, stage=WON), cdeal(se, 24, amount=3900, product=MP)), ["multi", "won", "amount", "product"])
add("mul-010", C, ca, "manager", "Delete Kwesi Terpstra as a contact, and delete Menstrie Meal Kits as a company too.",
    ready(dc(33), dco(27)), ["multi", "delete"])
add("mul-011", C, ig, "plain", "Emailed Tendai Farquharson the cellar spec on Monday; the cask cellar now closes on the "
    "28th", ready(act(ig, "email", MON_P, contact=11), ud(7, close_date="2046-09-28")),
    ["multi", "reported", "date", "clause_scope"])
add("mul-012", C, th, "plain", "New contact at Balquhidder Venison: Anele Nowakowski, anele@balquhiddervenison.co.uk — "
    "and remind me to send her the chill room drawings on Friday",
    ready(ccontact(th, "Anele", "Nowakowski", 30, email="anele@balquhiddervenison.co.uk"),
          task(th, FRI, contact=46, company=30)), ["multi", "email", "comma_list", "clause_scope"])
add("mul-013", C, ja, "plain", "Mark the Rigoberto Milne quote task done and log that I emailed it over this morning",
    ready(done(33), act(ja, "email", contact=31)), ["multi", "done_task", "reported"])
add("mul-014", C, se, "terse", "jovana souter new no. 01334 555 0187 + leuchars walk-in freezer → heat load",
    ready(uc(39, phone="01334 555 0187"), ud(25, stage=HL)), ["multi", "phone", "stage", "abbreviation"])
add("mul-015", C, ig, "plain", "Create a deal for Kelty Funeral Directors, a second mortuary chiller at 18k, and remind "
    "me to get the spec sheet out to them on Monday",
    ready(cdeal(ig, 21, amount=18000, product=CR), task(ig, MON, company=21)),
    ["multi", "amount", "product", "clause_scope", "date"])
add("mul-016", C, th, "delegation", "Thandeka Ncube called — Markinch want the freezer room at 98,500. Update it, and give "
    "Jarkko a task for tomorrow so he knows",
    ready(act(th, "call", contact=7), ud(29, amount=98500), task(th, THU, contact=7, deal=29, owner=ja)),
    ["multi", "reported", "inherit", "delegated", "user_name_clash", "cross_owner"])
add("mul-017", C, ca, "manager", "Move the Newburgh blast freezers to Gassed Up and delete the Newburgh maintenance plan "
    "deal.", ready(ud(27, stage=WON), dd(28)), ["multi", "won", "delete"])
add("mul-018", C, ja, "rambling", "so yesterday I was out at Menstrie Meal Kits and Leyla Rutherford took me round the "
    "dispatch area, and long story short the cold room's grown, it's 31,200 now, so log the visit and update that",
    ready(act(ja, "meeting", TUE_P, contact=43), ud(45, amount=31200)), ["multi", "reported", "date", "amount"])
add("mul-019", C, se, "wrapper", "Hi! Quick update: the Pitlochry hotel ice machines are at Final Terms now, and the "
    "maintenance plan there should close 30 November. Thanks!", ready(ud(3, stage=FT), ud(44, close_date=EONOV)),
    ["multi", "stage", "date"])
add("mul-020", C, ig, "plain", "Complete my Paloma Kinnear chase and move her display chillers deal to Gassed Up",
    ready(done(14), ud(14, stage=WON)), ["multi", "done_task", "won"])

# ---------------------------------------------------------------------- reference
C = "reference"
add("ref-001", C, th, "plain", "swap it for 07700 900 845, the old number's dead", ready(uc(6, phone="07700 900 845")),
    ["history", "after_question", "phone"], history=["What's Euan Strachan's phone number?"])
add("ref-002", C, ig, "plain", "and the value's 28,500 now too", ready(ud(20, amount=28500)),
    ["history", "amount"], history=["Move the Crail Lobster chill room to Heat Load"])
add("ref-003", C, se, "plain", "and set me a reminder to ring him back Monday morning", ready(task(se, MON, contact=17)),
    ["history", "remind_me", "date"], history=["Bongani Tulloch just rang, log it"])
add("ref-004", C, ja, "mobile", "the cold room rebuild", ready(ud(1, amount=130000)), ["history", "pick_option"],
    history=["Pitlochry Seafoods have signed off a 130k budget, update the deal value"])
add("ref-005", C, ca, "manager", "Seonaid should have that one, change the owner", ready(uco(21, owner_id=5)),
    ["history", "after_question", "ownership"], history=["Who owns Kelty Funeral Directors?"])
add("ref-006", C, se, "plain", "those have all defrosted, update them", ready(*many(ud, [25, 30], stage=LOST)),
    ["history", "after_question", "no_activity", "lost", "stage_word"],
    history=["which of my deals haven't had a single activity in three weeks?"])
add("ref-007", C, th, "plain", "oh and the account itself is Jarkko's from now on", ready(uco(6, owner_id=4)),
    ["history", "ownership"], history=["Add a note on Forfar Meat Traders: new site manager starts Monday"])
add("ref-008", C, ig, "plain", "Oisin Valente", ready(uc(2, lifecycle_stage="prospect")),
    ["history", "pick_option", "first_name_only", "cross_owner"], history=["Oisin's a prospect now, update him"])
add("ref-009", C, ja, "plain", "great, that one's gassed up as of today", ready(ud(1, stage=WON)),
    ["history", "after_question", "won", "stage_word"], history=["What's the biggest deal I have open?"])
add("ref-010", C, ca, "manager", "all four are sorted now, mark them complete", ready(done(2), done(8), done(18), done(22)),
    ["history", "after_question", "overdue", "done_task"], history=["Has Thandeka got anything overdue?"])
add("ref-011", C, se, "plain", "she's a prospect now, by the way", ready(uc(32, lifecycle_stage="prospect")),
    ["history", "lifecycle"], history=["Had lunch with Dineo Cairncross at the Pitlochry Hydro yesterday"])
add("ref-012", C, ig, "plain", "the 5th of October works better for the brewery, change it",
    ready(ud(7, close_date="2046-10-05")), ["history", "after_question", "date"],
    history=["When does the Brechin Brewing cask cellar close?"])
add("ref-013", C, th, "plain", "the hospital one", ready(ud(6, stage=DO)), ["history", "pick_option", "shared_word"],
    history=["The Kirriemuir deal is ready for Drawings Out"])
add("ref-014", C, ja, "plain", "I spoke to him on the phone this morning, put that in", ready(act(ja, "call", contact=2)),
    ["history", "after_question", "deal_contact", "reported"],
    history=["Who's the contact on the Newburgh Abattoir blast freezers?"])
add("ref-015", C, se, "plain", "the one due Friday", ready(done(3)), ["history", "pick_option", "same_title"],
    history=["Mark the Kincardine site measure task done"])
add("ref-016", C, ig, "plain", "and remind me about it in two weeks", ready(task(ig, FORTNIGHT, company=17)),
    ["history", "remind_me", "date", "note_on"],
    history=["Note on Tayport Grocers: shop refit planned for the spring"])

# ---------------------------------------------------------------------- clarification
C = "clarification"
add("clr-001", C, ig, "plain", "Oisin rang me about twenty minutes ago, please log it", clar("contacts:1", "contacts:2"),
    ["clarification", "near_duplicate", "first_name_only", "reported"])
add("clr-002", C, th, "plain", "Update Lindiwe's email to lindiwe@kpd-group.com", clar("contacts:3", "contacts:4"),
    ["clarification", "near_duplicate", "first_name_only", "email"])
add("clr-003", C, ja, "plain", "Strachan rang about the delivery date, note it please", clar("contacts:5", "contacts:6"),
    ["clarification", "near_duplicate", "last_name_pair", "reported"])
add("clr-004", C, se, "plain", "Pitlochry agreed 15k for the deal, update the value",
    clar("deals:1", "deals:2", "deals:3", "deals:44"), ["clarification", "near_duplicate", "shared_word"])
add("clr-005", C, ca, "manager", "Note on Kirriemuir: they had a power cut overnight, check the stock.",
    clar("companies:1", "companies:2"), ["clarification", "near_duplicate", "shared_word", "note_on"])
add("clr-006", C, ig, "terse", "cold room rebuild 40k", clar("deals:1", "deals:18"),
    ["clarification", "near_duplicate", "partial_name", "abbreviation"])
add("clr-007", C, se, "plain", "Tick off the site measure task for Kincardine Care Village", clar("tasks:3", "tasks:4"),
    ["clarification", "near_duplicate", "same_title"])
add("clr-008", C, th, "plain", "Newburgh Abattoir are now talking about 20 October for their deal, update the close date",
    clar("deals:27", "deals:28"), ["clarification", "near_duplicate", "date"])
add("clr-009", C, ja, "plain", "Note on Brechin: won't take calls on brewing days (Tue/Thu)",
    clar("companies:5", "contacts:8"), ["clarification", "near_duplicate", "surname_company", "note_on"])
add("clr-010", C, ca, "manager", "Seonaid's off on leave, so the Pitlochry Hydro Hotel deal moves to Jarkko",
    clar("deals:3", "deals:44"), ["clarification", "near_duplicate", "closed_not_offered", "ownership"])
add("clr-011", C, se, "plain", "Kinross Pharmacy's board trimmed the budget, so the deal value drops to 12k",
    clar("deals:16", "deals:17"), ["clarification", "near_duplicate", "amount"])
add("clr-012", C, th, "plain", "Leuchars want their deal pushed to November 30", clar("deals:24", "deals:25"),
    ["clarification", "near_duplicate", "date"])

# ---------------------------------------------------------------------- refusal
C = "refusal"
add("rfs-001", C, ge, "plain", "Move the Tayport Grocers display chillers to Final Terms", rej("reviewer"),
    ["refusal", "reviewer", "stage"])
add("rfs-002", C, ig, "plain", "Set the Callander ice machines amount to minus 400", rej("negative"),
    ["refusal", "negative_amount"])
add("rfs-003", C, th, "plain", "Move the Cupar display chillers to Negotiation", rej("negotiation"),
    ["refusal", "unknown_stage"])
add("rfs-004", C, ca, "manager", "Keoni is the new owner of Arbroath Smokehouse, please reflect that in the CRM.",
    rej("keoni"), ["refusal", "unknown_user", "ownership"])
add("rfs-005", C, ge, "polite", "Could you put a reminder on my list to phone Ailsa Strachan on Friday?", rej("reviewer"),
    ["refusal", "reviewer", "remind_me"])
add("rfs-006", C, se, "plain", "Bahrom Dalgleish should be flagged VIP in his lifecycle", rej("vip"),
    ["refusal", "unknown_lifecycle"])
add("rfs-007", C, ja, "plain", "Log a call with Fraserburgh Fisheries about a blast freezer", rej("fraserburgh"),
    ["refusal", "unknown_record"])
add("rfs-008", C, ig, "terse", "crail lobster chill room amount -2,500", rej("negative"),
    ["refusal", "negative_amount", "abbreviation"])
add("rfs-009", C, ge, "plain", "The Dunblane Deli company record can go, please delete it", rej("reviewer"),
    ["refusal", "reviewer", "delete"])
add("rfs-010", C, th, "plain", "Move the Balquhidder venison chill room to Handed Over", rej("handed"),
    ["refusal", "unknown_stage"])
add("rfs-011", C, ca, "manager", "Priya gets every one of Ignacio's leads.", rej("priya"),
    ["refusal", "unknown_user", "ownership"])
add("rfs-012", C, se, "plain", "Update Morag Brechin's email to morag at tayport", rej("email"),
    ["refusal", "email"])
add("rfs-013", C, ja, "plain", "Delete Leyla Rutherford, she's moved on to another firm", rej("admin"),
    ["refusal", "rep_delete", "delete"])
add("rfs-014", C, ge, "plain", "Tick off all my late tasks please", rej("reviewer"), ["refusal", "reviewer", "overdue"])

# ---------------------------------------------------------------------- typo
C = "typo"
add("typ-001", C, ig, "typo", "mvoe the tayport grocers dispaly chillers to final terms", ready(ud(26, stage=FT)),
    ["multi_typo", "stage"])
add("typ-002", C, th, "typo", "chnge euan strachns phone to 07700 900 377", ready(uc(6, phone="07700 900 377")),
    ["multi_typo", "phone", "last_name_pair"])
add("typ-003", C, se, "typo", "remidn me to call jovana souter tomorow", ready(task(se, THU, contact=39)),
    ["multi_typo", "remind_me", "date"])
add("typ-004", C, ja, "typo", "remind me to delet the old menstrie blast freezr deal", ready(task(ja, deal=39)),
    ["multi_typo", "remind_delete", "remind_me"])
add("typ-005", C, ig, "typo", "logg a cal with branimir esson yesterday abuot the ice machnes",
    ready(act(ig, "call", TUE_P, contact=29, deal=41)), ["multi_typo", "date", "description"])
add("typ-006", C, th, "typo", "the forfar blast freezrs amout is now 88k", ready(ud(9, amount=88000)),
    ["multi_typo", "amount"])
add("typ-007", C, se, "typo", "kincardine kitchen cold rooms closign date 2 octobr pls",
    ready(ud(36, close_date="2046-10-02")), ["multi_typo", "date"])
add("typ-008", C, ja, "typo", "set auchtermuchty bakey blast freezer stage to gased up", ready(ud(23, stage=WON)),
    ["multi_typo", "won", "stage_word"])

# ---------------------------------------------------------------------- negation
C = "negation"
add("neg-001", C, ig, "polite", "Please don't move the Brechin cask cellar to Gassed Up yet — could you just set its amount "
    "to 39,900?", ready(ud(7, amount=39900)), ["negation", "amount"])
add("neg-002", C, th, "plain", "Never mind logging the Zanele Iturbe call", nochange(), ["negation", "never_mind"])
add("neg-003", C, ja, "terse", "menstrie cold room: not 30k, 32k", ready(ud(45, amount=32000)),
    ["negation", "instead_of", "amount", "abbreviation"])
add("neg-004", C, se, "plain", "Anstruther Fish Bar's ice machines deal has defrosted, they bought elsewhere back in "
    "August", nochange(), ["negation", "described_by_outcome", "lost"])
add("neg-005", C, ca, "manager", "Forfar Meat Traders isn't going to Jarkko after all — Ignacio takes the account.",
    ready(uco(6, owner_id=1)), ["negation", "ownership"])
add("neg-006", C, ig, "plain", "cancel whatever reminder I've got about Gerrit Ishikawa", nochange(),
    ["negation", "cancel"])
add("neg-007", C, th, "plain", "Leave the Cupar display chillers at Drawings Out, don't push them to Final Terms",
    nochange(), ["negation", "stage"])
add("neg-008", C, ja, "non_native", "Please, the email of Vilhelm Okada, leave it how it is, it's correct", nochange(),
    ["negation"])
add("neg-009", C, se, "rambling", "hang on, no, don't mark the Crieff chill store as lost, I was wrong about that, they've "
    "got a new ops director who likes us, so move it to Drawings Out instead", ready(ud(12, stage=DO)),
    ["negation", "stage"])
add("neg-010", C, ca, "manager", "Scratch that, never mind.", nochange(), ["negation", "never_mind", "history"],
    history=["Delete the Crail Lobster Company"])

# ---------------------------------------------------------------------- question (answers filled from SQL)
C = "question"
add("qst-001", C, ge, "plain", "Which Kirriemuir Creamery deals haven't closed yet?", Q(), ["shared_word"])
add("qst-002", C, ig, "plain", "What's my open pipeline adding up to?", Q(), ["pipeline"])
add("qst-003", C, ca, "manager", "How many deals do we have at the Drawings Out stage?", Q(), ["count", "team"])
add("qst-004", C, th, "plain", "What's Oisin Mulcahy's phone number?", Q(), ["phone", "near_duplicate"])
add("qst-005", C, ge, "plain", "Pitlochry Hydro Hotel as an account — which rep has it?", Q(),
    ["account_owner", "shared_word"])
add("qst-006", C, se, "plain", "Which of my deals have gone three weeks without anything logged?", Q(),
    ["no_activity", "stale_deals"])
add("qst-007", C, ca, "manager", "Which deals have gone eight weeks without any activity at all?", Q(),
    ["no_activity", "stale_deals", "team"])
add("qst-008", C, ig, "terse", "open tasks on my plate?", Q(), ["tasks"])
add("qst-009", C, ja, "plain", "What on my task list is late?", Q(), ["overdue"])
add("qst-010", C, ge, "plain", "What did we gas up this month?", Q(), ["won_lost", "won", "stage_word"])
add("qst-011", C, ca, "manager", "What's the single largest deal still open?", Q(), ["biggest_deal"])
add("qst-012", C, th, "polite", "Could you tell me the average value of an open deal?", Q(), ["average_deal", "team"])
add("qst-013", C, se, "plain", "Who's the contact on the Kinross Pharmacy maintenance plan?", Q(), ["deal_contact"])
add("qst-014", C, ge, "plain", "The Kinross Pharmacy Maintenance Plan deal — who owns that one?", Q(), ["deal_owner"])
add("qst-015", C, ca, "manager", "Whose account is Kinross Pharmacy Distribution?", Q(), ["account_owner"])
add("qst-016", C, ja, "non_native", "Please what is the email of Lindiwe Pinheiro?", Q(), ["email", "near_duplicate"])
add("qst-017", C, th, "plain", "List my deals that haven't got past Site Measure.", Q(), ["stage"])
add("qst-018", C, ge, "plain", "Which deals have had nothing logged for six weeks?", Q(),
    ["no_activity", "stale_deals", "team"])
add("qst-019", C, ca, "manager", "What's overdue on Seonaid's list?", Q(), ["overdue"])
add("qst-020", C, ig, "plain", "Where does Morag Brechin work?", Q(), ["surname_company"])
add("qst-021", C, ja, "non_native", "From my deals, which have nothing logged since two weeks or more?", Q(),
    ["no_activity", "stale_deals"])
add("qst-022", C, ge, "plain", "What's the combined value of everything in Final Terms?", Q(), ["pipeline", "team"])
add("qst-023", C, th, "terse", "count of my open deals?", Q(), ["count"])
add("qst-024", C, se, "plain", "What does my average open deal come to?", Q(), ["average_deal"])
add("qst-025", C, ja, "plain", "I've been busy this morning — what's my tally of logged activities today?", Q(),
    ["count", "today"])
add("qst-026", C, ig, "plain", "Which of my tasks are due in the current week, Monday to Sunday?", Q(),
    ["tasks", "date_range"])
add("qst-027", C, th, "plain", "Which of us is handling the Kinross Pharmacy retrofit?", Q(), ["deal_owner"])
add("qst-028", C, ja, "plain", "Give me the names of our contacts at Menstrie Meal Kits.", Q(), ["company_contacts"])
add("qst-029", C, ge, "formal", "Please list the contacts we hold at Pitlochry Hydro Hotel.", Q(),
    ["company_contacts", "shared_word"])
add("qst-030", C, ca, "manager", "Which deals close between Monday and the end of the month?", Q(),
    ["date_range", "team"])
add("qst-031", C, se, "plain", "How much open pipeline does Thandeka have?", Q(), ["pipeline", "user_name_clash"])
add("qst-032", C, ge, "plain", "How much have we gassed up so far this year?", Q(), ["won_lost", "won"])
add("qst-033", C, th, "plain", "Which of my deals have defrosted?", Q(), ["won_lost", "lost"])
add("qst-034", C, ja, "plain", "Which of my deals have reached Drawings Out?", Q(), ["stage"])
add("qst-035", C, ca, "manager", "Smallest deal we've still got open?", Q(), ["biggest_deal"])
add("qst-036", C, ge, "plain", "Team-wide, what's the number of open tasks that are overdue?", Q(),
    ["count", "overdue", "team"])
add("qst-037", C, ig, "plain", "Which open deals have a close date that's already passed?", Q(), ["past_dated", "team"])
add("qst-038", C, th, "mobile", "open display chiller deals?", Q(), ["product_filter", "team"])
add("qst-039", C, se, "plain", "Which accounts does Ignacio look after?", Q(), ["account_owner"])
add("qst-040", C, ge, "plain", "Which rep is carrying the biggest open pipeline?", Q(), ["biggest_deal", "team"])
add("qst-041", C, ca, "manager", "Which tasks fall due this Friday?", Q(), ["tasks", "team"])
add("qst-042", C, ja, "plain", "When is the Pitlochry Seafoods cold room rebuild due to close?", Q(), ["date"])
# declines: data the CRM does not hold, or records that do not exist
add("dec-001", C, ge, "plain", "What's the cooling capacity in kW of the Markinch freezer room?", DECLINE(), ["decline"])
add("dec-002", C, ca, "manager", "What's the headcount at Newburgh Abattoir these days?", DECLINE(), ["decline"])
add("dec-003", C, ig, "plain", "Is there anything in the pipeline with Peterhead Ice Company?", DECLINE(),
    ["decline", "unknown_record"])
add("dec-004", C, th, "plain", "What's Euan Strachan's home address?", DECLINE(), ["decline"])
add("dec-005", C, se, "plain", "How many breakdown callouts did we attend last month?", DECLINE(), ["decline"])
add("dec-006", C, ja, "plain", "How much pipeline does Bartosz have?", DECLINE(), ["decline", "unknown_user"])
add("dec-007", C, ge, "plain", "Where are we with the Kirriemuir Golf Club deal?",
    DECLINE("Kirriemuir Creamery Blast Freezer", "Kirriemuir Creamery Maintenance Plan",
            "Kirriemuir Hospital Pharmacy Cold Room"), ["decline", "unknown_record"])
add("dec-008", C, ca, "manager", "What was Cupar Cash & Carry's turnover last year?", DECLINE(), ["decline"])


def fill_answers() -> None:
    from validate_sixteenth import question_answers
    answers = question_answers()
    for it_ in ITEMS:
        e = it_["expect"]
        if e.get("intent") == "question" and e["answer_contains"] is None:
            e["answer_contains"], e["answer_excludes"] = answers[it_["id"]]


def main() -> None:
    from validate_sixteenth import FILES, split
    fill_answers()
    dev, test = split(ITEMS)
    by = {it_["id"]: it_ for it_ in ITEMS}
    assert len(by) == len(ITEMS), "duplicate item id"
    for path, ids in zip(FILES, (dev, test)):
        path.write_text("".join(json.dumps(by[x], ensure_ascii=False) + "\n" for x in ids))
    print(f"{len(ITEMS)} items: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main()
