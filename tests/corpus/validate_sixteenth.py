"""Sanity checks for the sixteenth, independent corpus (sixteenth_dev.jsonl + sixteenth_test.jsonl) against fixture P
(fixture_p.py, Hoarfrost Refrigeration, today = Wednesday 2046-09-12, pipeline Site Measure .. Defrosted).

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_sixteenth.py
Every check of validate_fifteenth.py (itself validate_fourteenth.py re-targeted), re-targeted to fixture P. The
SQL-building helpers, the schema tables and the normalisers (`_norm`, `skeleton`) are imported from
validate_thirteenth.py, and the generic functions of validate_fourteenth.py (quiet, question_answers, earlier_texts,
repeat_checks, superlative_checks, voice_of, kind_of, split) are rebound to this module's globals; what names fixture O
(its TODAY, pipeline, users, files, item SQL, the list of other worlds and earlier corpora) is redefined here. Checked: every line parses,
users exist, referenced ids are live, ops and tables agree, create ids are max(id)+1 (consecutive per table inside one
item), links are consistent (contact's company, deal's company and contact), enum values are canonical (stages from
fixture P's PIPELINE, products from PRODUCTS), dates are YYYY-MM-DD, updates really change something, every bulk item's
target set equals an independent SQL query (and its values are uniform, or per-record where RELATIVE says so), every
question's answer_contains equals an SQL query and its answer_excludes are real values that are not part of the true
answer, every decline names a record that does not exist or data no table holds, and the dev/test split is the split
`split()` makes (per category, balanced by voice). On top of that: fixture P is deterministic and has the shape the
README promises; TODAY is a Wednesday in 2046 (a year no other fixture uses); fixture P shares no person, company, product
or stage name with data/demo.py or fixtures B-O and the records the items create have new names too; the quiet-deal
cutoffs the items use keep a margin of at least two days; unknown stages, users, lifecycles and records in refusals
really are unknown; the CONVENTIONS.md rules a script can check hold (a cancellation is refused or changes nothing and
never creates or completes a task, a "remind me"/later request never performs the change, a negative amount is refused,
a superlative question never excludes the runner-up, the reviewer's writes are refused, a reported customer
conversation is logged unless the speaker says not to (10a), a task the admin delegates belongs to the delegate); every
item names exactly one
voice and every category and voice is balanced across the halves; and no text or history line repeats a text or history
line of any earlier .jsonl under tests/corpus/ (subfolders included) or a string literal of an earlier build_*.py,
exactly, after lowercasing and dropping punctuation, as a skeleton with the names and numbers replaced, or as a near
copy (difflib >= 0.8 on skeletons of five or more words). Prints counts; exits non-zero on any error.
"""
from __future__ import annotations

import collections
import warnings
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(os.environ.get("AUTOCRM_ROOT", Path(__file__).resolve().parents[2])).resolve()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from core.store import Store  # noqa: E402
from fixture_p import CONTACTS, COMPANIES, DEALS, PIPELINE, PRODUCTS, TODAY, USERS, generate  # noqa: E402
# reused as they are: schema tables, SQL helpers that do not depend on fixture M/N, the text normalisers
from validate_thirteenth import (  # noqa: E402
    ALL_LIFECYCLES, CATEGORIES, CREATES, FIELDS, FREE_TEXT, NEAR_COPY_MIN_WORDS, NEAR_COPY_RATIO, OPS, REFS,
    REQUIRED_CREATE, SKELETON_MIN_WORDS, STATUSES, _norm, acts, avg, co, company, contact_col, contact_id, count,
    deal_col, deal_contact, deals, first_name_of_owner, full, ids, last_touch, month, names, owner_name, skeleton,
    titles, top, total, user,
)

import types  # noqa: E402

import validate_fourteenth as _V14  # noqa: E402


def _here(fn):
    """A function of validate_fourteenth.py that is the same here, reading this module's globals (fixture P, its
    files, tables and voices) instead of the fourteenth's."""
    return types.FunctionType(fn.__code__, globals(), fn.__name__, fn.__defaults__, fn.__closure__)


quiet, question_answers, _earlier_files, earlier_texts, repeat_checks, superlative_checks, voice_of, kind_of, split = (
    _here(f) for f in (_V14.quiet, _V14.question_answers, _V14._earlier_files, _V14.earlier_texts, _V14.repeat_checks,
                       _V14.superlative_checks, _V14.voice_of, _V14.kind_of, _V14.split))

HERE = Path(__file__).resolve().parent
FILES = (HERE / "sixteenth_dev.jsonl", HERE / "sixteenth_test.jsonl")
OWN_PREFIX = "sixteenth_"

WON, LOST = PIPELINE[-2], PIPELINE[-1]
OPEN = f"stage NOT IN ('{WON}', '{LOST}') AND deleted_at IS NULL"
LIVE = "deleted_at IS NULL"
OPEN_TASK = "status = 'open' AND deleted_at IS NULL"



# users, products, stages and periods (today is Wednesday 2046-09-12)
I_, T_, J_, S_ = user("Ignacio"), user("Thandeka"), user("Jarkko"), user("Seonaid")
CR, BF, DC, IM, RR, MP = PRODUCTS
SM, HL, DO, FT = PIPELINE[:4]
SEP = month("close_date", "2046-09-01", "2046-09-30")
AUG = month("close_date", "2046-08-01", "2046-08-31")
OCT = month("close_date", "2046-10-01", "2046-10-31")
Y2046 = month("close_date", "2046-01-01", "2046-12-31")
WEEK_START = TODAY - dt.timedelta(days=TODAY.weekday())  # Monday 09-10
WEEK_END = WEEK_START + dt.timedelta(days=6)  # Sunday 09-16
THIS_WEEK = f"due_date BETWEEN DATE '{WEEK_START}' AND DATE '{WEEK_END}'"
NEXT_WEEK = f"due_date BETWEEN DATE '{WEEK_END + dt.timedelta(days=1)}' AND DATE '{WEEK_END + dt.timedelta(days=7)}'"
OVERDUE = f"due_date < DATE '{TODAY}'"
FRI_ = TODAY + dt.timedelta(days=2)  # "Friday" seen from Wednesday 09-12

# item id -> (kind, SQL giving the expected target ids, ascending). kind is the table for updates/deletes/
# completions, or "deal_id" for bulk creates (the SQL gives the deal each new row is linked to).
BULK = {
    "blk-001": ("deals", deals(f"{OPEN} AND owner_id = {S_} AND stage = '{SM}'")),
    "blk-002": ("deals", deals(f"{OPEN} AND owner_id = {I_} AND {quiet(4)}")),
    "blk-003": ("deals", deals(f"{OPEN} AND owner_id = {T_} AND stage = '{DO}'")),
    "blk-004": ("tasks", ids("tasks", f"{OPEN_TASK} AND owner_id = {J_} AND {OVERDUE}")),
    "blk-005": ("deals", deals(f"{LIVE} AND stage = '{LOST}'")),
    "blk-006": ("deals", deals(f"{OPEN} AND owner_id = {I_} AND stage = '{FT}'")),
    "blk-007": ("deals", deals(f"{OPEN} AND product = '{IM}'")),
    "blk-008": ("contacts", ids("contacts", f"{LIVE} AND {co('Kincardine Care Village')}")),
    "blk-009": ("deals", deals(f"{OPEN} AND owner_id = {T_} AND amount < 20000")),
    "blk-010": ("deals", deals(f"{OPEN} AND owner_id = {J_} AND stage = '{HL}'")),
    "blk-011": ("contacts", ids("contacts", f"{LIVE} AND owner_id = {S_} AND lifecycle_stage = 'lead'")),
    "blk-012": ("deals", deals(f"{OPEN} AND close_date < DATE '{TODAY}'")),
    "blk-013": ("tasks", ids("tasks", f"{OPEN_TASK} AND {co('Newburgh Abattoir')}")),
    "blk-014": ("deal_id", deals(f"{OPEN} AND owner_id = {T_} AND stage = '{DO}'")),
    "blk-015": ("deals", deals(f"{OPEN} AND owner_id = {J_} AND stage = '{FT}' AND {SEP}")),
    "blk-016": ("deals", deals(f"{OPEN} AND {quiet(6)}")),
    "blk-017": ("deals", deals(f"{OPEN} AND owner_id = {I_} AND amount > 30000 AND stage <> '{FT}'")),
    "blk-018": ("deals", deals(f"{OPEN} AND {co('Leuchars Contract Catering')}")),
    "blk-019": ("deals", deals(f"{OPEN} AND owner_id = {T_} AND stage = '{HL}'")),
    "blk-020": ("tasks", ids("tasks", f"{OPEN_TASK} AND owner_id = {S_} AND {OVERDUE}")),
    # reference items that act on a set named by an earlier answer
    "ref-006": ("deals", deals(f"{OPEN} AND owner_id = {S_} AND {quiet(3)}")),
    "ref-010": ("tasks", ids("tasks", f"{OPEN_TASK} AND owner_id = {T_} AND {OVERDUE}")),
}
# per-record values that a bulk item sets relative to each record (blk-019: one week later)
RELATIVE = {"blk-019": ("close_date", 7)}

CLOSED_ = f"{LIVE} AND stage IN ('{WON}', '{LOST}')"
WON_ = f"{LIVE} AND stage = '{WON}'"
LOST_ = f"{LIVE} AND stage = '{LOST}'"
TODAY_TS = f"occurred_at >= TIMESTAMP '{TODAY} 00:00:00'"
TOP_OWNER = f"SELECT owner_id FROM deals WHERE {OPEN} GROUP BY owner_id ORDER BY sum(amount) DESC LIMIT 1"
I_WEEK_TITLES = f"SELECT title FROM tasks WHERE {OPEN_TASK} AND owner_id = {I_} AND {THIS_WEEK}"
QUESTIONS = {
    "qst-001": {"contains": names(f"{OPEN} AND {co('Kirriemuir Creamery')}"),
                "excludes": names(f"{OPEN} AND {co('Kirriemuir Community Hospital')}")},
    "qst-002": {"contains": total(f"{OPEN} AND owner_id = {I_}"), "excludes": total(f"{LIVE} AND owner_id = {I_}")},
    "qst-003": {"contains": count(f"SELECT count(*) FROM deals WHERE {OPEN} AND stage = '{DO}'")},
    "qst-004": {"contains": contact_col("phone", "Oisin", "Mulcahy"),
                "excludes": contact_col("phone", "Oisin", "Valente")},
    "qst-005": {"contains": first_name_of_owner("companies", "t.name = 'Pitlochry Hydro Hotel'"),
                "excludes": first_name_of_owner("companies", "t.name = 'Pitlochry Seafoods'")},
    "qst-006": {"contains": names(f"{OPEN} AND owner_id = {S_} AND {quiet(3)}"),
                "excludes": names(f"{OPEN} AND owner_id = {S_} AND NOT {quiet(3)}")},
    "qst-007": {"contains": names(f"{OPEN} AND {quiet(8)}"),
                "excludes": names(f"{OPEN} AND {quiet(6)} AND NOT {quiet(8)}")},
    "qst-008": {"contains": titles(f"{OPEN_TASK} AND owner_id = {I_}"),
                "excludes": titles(f"{OPEN_TASK} AND owner_id = {T_}")},
    "qst-009": {"contains": titles(f"{OPEN_TASK} AND owner_id = {J_} AND {OVERDUE}"),
                "excludes": titles(f"{OPEN_TASK} AND owner_id = {J_} AND NOT {OVERDUE}")},
    "qst-010": {"contains": names(f"{WON_} AND {SEP}"), "excludes": names(f"{WON_} AND {AUG}")},
    "qst-011": {"contains": top(OPEN, "amount DESC")},
    "qst-012": {"contains": avg(OPEN), "excludes": avg(LIVE)},
    "qst-013": {"contains": deal_contact("Kinross Pharmacy Maintenance Plan"),
                "excludes": deal_contact("Kinross Pharmacy Refrigerant Retrofit")},
    "qst-014": {"contains": first_name_of_owner("deals", "t.name = 'Kinross Pharmacy Maintenance Plan'"),
                "excludes": first_name_of_owner("companies", "t.name = 'Kinross Pharmacy Distribution'")},
    "qst-015": {"contains": first_name_of_owner("companies", "t.name = 'Kinross Pharmacy Distribution'"),
                "excludes": first_name_of_owner("deals", "t.name = 'Kinross Pharmacy Maintenance Plan'")},
    "qst-016": {"contains": contact_col("email", "Lindiwe", "Pinheiro"),
                "excludes": contact_col("email", "Lindiwe", "Mabaso")},
    "qst-017": {"contains": names(f"{OPEN} AND owner_id = {T_} AND stage = '{SM}'"),
                "excludes": names(f"{OPEN} AND owner_id <> {T_} AND stage = '{SM}'")},
    "qst-018": {"contains": names(f"{OPEN} AND {quiet(6)}"),
                "excludes": names(f"{OPEN} AND {quiet(4)} AND NOT {quiet(6)}")},
    "qst-019": {"contains": titles(f"{OPEN_TASK} AND owner_id = {S_} AND {OVERDUE}"),
                "excludes": titles(f"{OPEN_TASK} AND owner_id = {I_} AND {OVERDUE}")},
    "qst-020": {"contains": "SELECT co.name AS v FROM contacts c JOIN companies co ON co.id = c.company_id "
                            "WHERE c.first_name = 'Morag' AND c.last_name = 'Brechin'",
                "excludes": "SELECT name AS v FROM companies WHERE name = 'Brechin Brewing Company'"},
    "qst-021": {"contains": names(f"{OPEN} AND owner_id = {J_} AND {quiet(2)}"),
                "excludes": names(f"{OPEN} AND owner_id = {J_} AND NOT {quiet(2)}")},
    "qst-022": {"contains": total(f"{OPEN} AND stage = '{FT}'"), "excludes": total(f"{OPEN} AND stage = '{DO}'")},
    "qst-023": {"contains": count(f"SELECT count(*) FROM deals WHERE {OPEN} AND owner_id = {T_}")},
    "qst-024": {"contains": avg(f"{OPEN} AND owner_id = {S_}"), "excludes": avg(f"{LIVE} AND owner_id = {S_}")},
    "qst-025": {"contains": acts(f"author_id = {J_} AND {TODAY_TS}")},
    "qst-026": {"contains": titles(f"{OPEN_TASK} AND owner_id = {I_} AND {THIS_WEEK}"),
                "excludes": titles(f"{OPEN_TASK} AND owner_id = {I_} AND due_date > DATE '{WEEK_END}' "
                                   f"AND title NOT IN ({I_WEEK_TITLES})")},
    "qst-027": {"contains": first_name_of_owner("deals", "t.name = 'Kinross Pharmacy Refrigerant Retrofit'"),
                "excludes": first_name_of_owner("deals", "t.name = 'Kinross Pharmacy Maintenance Plan'")},
    "qst-028": {"contains": full(f"{LIVE} AND {co('Menstrie Meal Kits')}"),
                "excludes": full(f"{LIVE} AND {co('Markinch Biobank')}")},
    "qst-029": {"contains": full(f"{LIVE} AND {co('Pitlochry Hydro Hotel')}"),
                "excludes": full(f"{LIVE} AND {co('Pitlochry Seafoods')}")},
    "qst-030": {"contains": names(f"{OPEN} AND close_date BETWEEN DATE '2046-09-17' AND DATE '2046-09-30'"),
                "excludes": names(f"{OPEN} AND close_date BETWEEN DATE '2046-10-01' AND DATE '2046-10-07'")},
    "qst-031": {"contains": total(f"{OPEN} AND owner_id = {T_}"), "excludes": total(f"{OPEN} AND owner_id = {J_}")},
    "qst-032": {"contains": total(f"{WON_} AND {Y2046}"), "excludes": total(f"{LOST_} AND {Y2046}")},
    "qst-033": {"contains": names(f"{LOST_} AND owner_id = {T_}"),
                "excludes": names(f"{LOST_} AND owner_id <> {T_}")},
    "qst-034": {"contains": names(f"{OPEN} AND owner_id = {J_} AND stage = '{DO}'"),
                "excludes": names(f"{OPEN} AND owner_id <> {J_} AND stage = '{DO}'")},
    "qst-035": {"contains": top(OPEN, "amount ASC")},
    "qst-036": {"contains": count(f"SELECT count(*) FROM tasks WHERE {OPEN_TASK} AND {OVERDUE}")},
    "qst-037": {"contains": names(f"{OPEN} AND close_date < DATE '{TODAY}'"),
                "excludes": names(f"{CLOSED_} AND close_date < DATE '{TODAY}'")},
    "qst-038": {"contains": names(f"{OPEN} AND product = '{DC}'"), "excludes": names(f"{CLOSED_} AND product = '{DC}'")},
    "qst-039": {"contains": names(f"{LIVE} AND owner_id = {I_}", table="companies"),
                "excludes": names(f"{LIVE} AND owner_id = {T_}", table="companies")},
    "qst-040": {"contains": owner_name(TOP_OWNER)},
    "qst-041": {"contains": titles(f"{OPEN_TASK} AND due_date = DATE '{FRI_}'"),
                "excludes": titles(f"{OPEN_TASK} AND due_date = DATE '{TODAY}'")},
    "qst-042": {"contains": "SELECT strftime(close_date, '%Y-%m-%d') AS v FROM deals "
                            "WHERE name = 'Pitlochry Seafoods Cold Room Rebuild'",
                "excludes": "SELECT strftime(close_date, '%Y-%m-%d') AS v FROM deals "
                            "WHERE name = 'Pitlochry Seafoods Maintenance Plan'"},
}
# superlative questions: CONVENTIONS.md 2 forbids excluding the runner-up
SUPERLATIVES = {"qst-011": top(OPEN, "amount DESC", 1), "qst-035": top(OPEN, "amount ASC", 1),
                "qst-040": "SELECT split_part(name, ' ', 1) AS v FROM users WHERE role = 'rep'"}

# declines: each query must return no rows (the record does not exist); the others ask for data no table holds
COLUMNS_NOT_HELD = {"dec-001": ("deals", "cooling_kw"), "dec-002": ("companies", "headcount"),
                    "dec-004": ("contacts", "home_address"), "dec-008": ("companies", "turnover")}
DECLINES = {
    "dec-001": [], "dec-002": [], "dec-004": [], "dec-005": [], "dec-008": [],
    "dec-003": ["SELECT id FROM companies WHERE name ILIKE '%peterhead%'",
                "SELECT id FROM deals WHERE name ILIKE '%peterhead%'"],
    "dec-006": ["SELECT id FROM users WHERE name ILIKE '%bartosz%'"],
    "dec-007": ["SELECT id FROM companies WHERE name ILIKE '%golf%'",
                "SELECT id FROM deals WHERE name ILIKE '%golf%'"],
}


MIN_CATEGORY = {"update_deal": 24, "log_activity": 18, "create_task": 16, "bulk": 18, "multi_intent": 18,
                "reference": 14, "clarification": 10, "refusal": 14, "question": 45, "typo": 8,
                "negation": 10, "correction": 6, "unsupported": 4, "ownership": 8, "complete_task": 10,
                "create_contact": 8, "create_deal": 8, "create_company": 5, "update_contact": 8,
                "update_company": 5, "delete": 10}
MIN_OPS = {"update_deal": 70, "log_activity": 29, "delete_deal": 6, "create_task": 28, "create_company": 5, "delete_company": 5,
           "delete_contact": 5}
# The sixteenth set is 300 items; tags it uses only once (scratch_that, same_record, bulk_create, bulk_delete,
# unknown_lifecycle, closed_not_offered, my_leads, partial_name, company_move) or never (either_stage, last_name_only,
# year_roll, relative_date) are not required here, as in the fifteenth.
MIN_TAGS = ("negation", "formal_email", "non_native", "rambling", "mobile", "typo", "multi_typo", "delegation",
            "bulk_filter", "ownership", "taking_over", "moving_to", "hand", "correction", "instead_of",
            "phone", "email", "note_on", "done_task", "multi", "question", "decline", "refusal", "clarification",
            "history", "after_question", "pick_option", "inherit", "clause_scope",
            "no_activity", "date_range", "composed", "negative_amount",
            "unknown_stage", "unknown_user", "unknown_record", "reviewer", "rep_delete",
            "near_duplicate", "surname_company", "last_name_pair", "job_title",
            "first_name_only", "comma_list",
            "new_lead", "deal_name_colon", "relative_to_record", "wrapper", "polite",
            "terse", "manager", "overdue", "account_owner", "deal_owner", "average_deal", "biggest_deal",
            "stale_deals", "won_lost", "today", "deal_contact", "count", "remind_me", "remind_delete",
            "later_is_task", "not_a_write", "cancel", "cross_owner", "shared_word", "same_title", "past_dated",
            "lost", "won", "stage_word", "description", "product_filter", "amount_filter", "team",
            "dictation", "formal", "reason_clause", "company_contacts", "described_by_outcome",
            "abbreviation", "no_log", "plain",
            # new in this corpus: reported customer conversations (CONVENTIONS 10a), tasks the admin delegates, a
            # contact sharing a rep's first name
            "reported", "delegated", "user_name_clash")
# every item carries exactly one of these (its first tag); "plain" is an ordinary sentence in no marked voice
VOICES = ("plain", "terse", "mobile", "manager", "rambling", "wrapper", "polite", "formal", "formal_email",
          "non_native", "delegation", "typo", "dictation")
MAX_VOICE_GAP = 1  # |dev - test| for every voice

QUIET_CUTOFFS_DAYS = (14, 21, 28, 42, 56)  # 2, 3, 4, 6 and 8 weeks: the cutoffs the items use
OTHER_WORLDS = ("fixture_b", "fixture_c", "fixture_d", "fixture_e", "fixture_f", "fixture_g", "fixture_h",
                "fixture_i", "fixture_j", "fixture_k", "fixture_l", "fixture_m", "fixture_n", "fixture_o")
REVIEWER = "gergely@"
USERS_BY_EMAIL = {u[2]: u[0] for u in USERS}


def fixture_shape(store: Store) -> list[str]:
    """Fixture P has the shape the README promises."""
    errors: list[str] = []
    want = {"users": 6, "companies": 30, "contacts": 45, "deals": 45, "activities": 400, "tasks": 40}
    for t, n in want.items():
        got = store.scalar(f"SELECT count(*) FROM {t}")
        if got != n:
            errors.append(f"fixture P has {got} {t}, expected {n}")
    roles = collections.Counter(u[3] for u in USERS)
    if roles != {"rep": 4, "admin": 1, "reviewer": 1}:
        errors.append(f"fixture P roles {dict(roles)}")
    domains = {u[2].split("@")[1] for u in USERS}
    if len(domains) != 1 or any(u[2].split("@")[0] != u[1].split()[0].lower() for u in USERS):
        errors.append("fixture P users' emails must be <first name>@<one domain>")
    if len(PIPELINE) != 6 or len(set(PIPELINE)) != 6 or len(PRODUCTS) != 6:
        errors.append("fixture P needs 6 distinct stages and 6 products")
    firsts = collections.Counter(c[0] for c in CONTACTS)
    if sum(1 for n in firsts.values() if n >= 2) < 2:
        errors.append("fixture P needs two pairs of contacts sharing a first name")
    lasts = collections.Counter(c[1] for c in CONTACTS)
    if not any(n >= 2 for n in lasts.values()):
        errors.append("fixture P needs two contacts sharing a last name")
    reps = {u[1].split()[0] for u in USERS if u[3] == "rep"}
    if not any(c[0] in reps for c in CONTACTS):
        errors.append("fixture P needs a contact sharing a rep's first name")
    words = collections.Counter(c[0].split()[0] for c in COMPANIES)
    if sum(1 for n in words.values() if n >= 2) < 2:
        errors.append("fixture P needs two pairs of companies sharing a first word")
    if not any(c[1] in words and COMPANIES[c[2] - 1][0].split()[0] != c[1] for c in CONTACTS):
        errors.append("fixture P needs a contact whose last name is another company's first word")
    if not store.query(f"SELECT d.id FROM deals d JOIN companies c ON c.id = d.company_id "
                       f"WHERE d.id IN ({deals(OPEN)}) AND d.owner_id <> c.owner_id"):
        errors.append("fixture P needs an open deal whose owner is not its account's owner")
    for r in store.query("SELECT id FROM users WHERE role = 'rep'"):
        if not store.scalar(f"SELECT count(*) FROM tasks WHERE {OPEN_TASK} AND {OVERDUE} AND owner_id = {r['id']}"):
            errors.append(f"rep {r['id']} has no overdue task")
    if store.scalar(f"SELECT count(*) FROM deals WHERE {OPEN} AND close_date < DATE '{TODAY}'") < 2:
        errors.append("fixture P needs past-dated open deals")
    if store.scalar(f"SELECT count(*) FROM (SELECT company_id FROM deals WHERE {OPEN} GROUP BY company_id "
                    f"HAVING count(*) >= 2)") < 5:
        errors.append("fixture P needs at least five companies with two open deals")
    if not store.scalar(f"SELECT count(*) FROM (SELECT company_id FROM deals WHERE {LIVE} GROUP BY company_id "
                        f"HAVING count(*) FILTER (WHERE {OPEN}) >= 2 AND count(*) FILTER (WHERE stage IN "
                        f"('{WON}', '{LOST}')) >= 1)"):
        errors.append("fixture P needs a company with two open deals and a closed one")
    if store.scalar(f"SELECT count(*) FROM deals WHERE {OPEN} AND {quiet(4)}") < 4:
        errors.append("fixture P needs quiet deals")
    if not store.query("SELECT title, count(*) AS n FROM tasks WHERE status = 'open' GROUP BY title HAVING n > 1"):
        errors.append("fixture P needs two open tasks with the same title")
    # the facts the README and the labels rely on
    if store.scalar(f"SELECT count(*) FROM deals WHERE {OPEN} AND name LIKE '%Cold Room Rebuild'") != 2:
        errors.append("fixture P needs exactly two open deals ending in 'Cold Room Rebuild'")
    if store.scalar(f"SELECT count(*) FROM tasks WHERE {OPEN_TASK} AND due_date = DATE '{TODAY}'") < 1:
        errors.append("fixture P needs an open task due today")
    if store.scalar(f"SELECT count(*) FROM deals WHERE {OPEN} AND id IN (SELECT d.id FROM deals d LEFT JOIN "
                    f"activities a ON a.deal_id = d.id GROUP BY d.id HAVING count(a.id) = 0)") < 1:
        errors.append("fixture P needs an open deal with no activity at all")
    if store.scalar("SELECT count(*) FROM activities WHERE deal_id IS NULL") < 20:
        errors.append("fixture P needs company-level notes without a deal")
    if store.scalar(f"SELECT count(*) FROM deals WHERE {LIVE} AND stage IN ('{WON}', '{LOST}') "
                    f"AND close_date < DATE '{TODAY.year}-01-01'") < 1:
        errors.append("fixture P needs a deal closed in an earlier year")
    if store.scalar(f"SELECT count(*) FROM deals WHERE {WON_}") < 3 or store.scalar(
            f"SELECT count(*) FROM deals WHERE {LOST_}") < 3:
        errors.append("fixture P needs closed won and closed lost deals")
    open_per_rep = {r["owner_id"]: r["n"] for r in store.query(
        f"SELECT owner_id, count(*) AS n FROM deals WHERE {OPEN} GROUP BY owner_id")}
    if set(open_per_rep) != {u[0] for u in USERS if u[3] == "rep"}:
        errors.append(f"open deals must belong to the reps only, got {open_per_rep}")
    return errors



def _earlier_builds() -> list[Path]:
    return [p for p in sorted(HERE.glob("build_*.py")) + sorted(HERE.glob("*/build_*.py"))
            if p.name != "build_sixteenth.py"]



def world_checks(store: Store, items: list[dict]) -> list[str]:
    """Fixture P is deterministic, shares no name with the demo or fixtures B-O, the records the items create have
    new names too, and no open deal's latest activity sits within two days of a quiet cutoff."""
    import importlib

    errors: list[str] = []
    if TODAY.weekday() != 2 or TODAY.year != 2046:
        errors.append(f"TODAY {TODAY} must be a Wednesday in 2046")
    again = Store(":memory:")
    generate(again, TODAY)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        if store.query(f"SELECT * FROM {t} ORDER BY id") != again.query(f"SELECT * FROM {t} ORDER BY id"):
            errors.append(f"fixture P is not deterministic: {t} differs between two builds")
    for t, prefix in (("companies", "hrf-co-"), ("contacts", "hrf-ct-"), ("deals", "hrf-dl-"),
                      ("activities", "hrf-ac-"), ("tasks", "hrf-tk-")):
        bad = store.scalar(f"SELECT count(*) FROM {t} WHERE external_id IS NULL OR external_id NOT LIKE '{prefix}%'")
        if bad:
            errors.append(f"{bad} {t} rows lack an external_id starting {prefix!r}")

    firsts: set[str] = set()
    lasts: set[str] = set()
    companies: set[str] = set()
    company_words: set[str] = set()
    products: set[str] = set()
    stages: set[str] = set()
    industries: set[str] = set()
    prefixes: set[str] = set()
    user_domains: set[str] = set()
    worlds = [("data.demo", dt.date(2026, 11, 18))] + [(m, None) for m in OTHER_WORLDS]
    for name, day_ in worlds:
        mod = importlib.import_module(name)
        other_today = day_ or mod.TODAY
        if other_today.year == TODAY.year:
            errors.append(f"TODAY's year {TODAY.year} is also the year of {name}")
        other = Store(":memory:")
        mod.generate(other, other_today)
        for r in other.query("SELECT first_name, last_name FROM contacts"):
            firsts.add(r["first_name"].lower())
            lasts.add((r["last_name"] or "").lower())
        for r in other.query("SELECT name, email FROM users"):
            parts = r["name"].lower().split()
            firsts.add(parts[0])
            lasts.add(parts[-1])
            user_domains.add(r["email"].split("@")[1])
        for r in other.query("SELECT name, industry FROM companies"):
            companies.add(r["name"].lower())
            company_words.add(r["name"].split()[0].lower())
        for r in other.query("SELECT external_id FROM companies WHERE external_id IS NOT NULL"):
            prefixes.add(r["external_id"].split("-")[0])
        products.update(p.lower() for p in getattr(mod, "PRODUCTS", []))
        products.update(r["product"].lower() for r in other.query("SELECT DISTINCT product FROM deals"))
        stages.update(s_.lower() for s_ in getattr(mod, "PIPELINE", getattr(mod, "STAGES", [])))
        industries.add(" ".join((mod.__doc__ or "").split(".")[0].split()).lower())  # "..., a <business> ..."
    if "hrf" in prefixes:
        errors.append("the external id prefix 'hrf' is used by another world")
    if USERS[0][2].split("@")[1] in user_domains:
        errors.append("fixture P's email domain is used by another world")
    if any(re.search(r"\b(refrigeration|refrigerat\w*|cold[- ]rooms?|chillers?|freezers?)\b", ind) for ind in industries):
        errors.append("another world's business is already refrigeration")
    people = [(u[1].split()[0], u[1].split()[-1]) for u in USERS] + [(c[0], c[1]) for c in CONTACTS]
    for first, last in people:
        if first.lower() in firsts or first.lower() in lasts:
            errors.append(f"person name {first!r} is used in another world")
        if last.lower() in lasts or last.lower() in firsts:
            errors.append(f"person name {last!r} is used in another world")
    for c in COMPANIES:
        if c[0].lower() in companies or c[0].split()[0].lower() in company_words:
            errors.append(f"company {c[0]!r} shares its name or first word with another world")
    for p in PRODUCTS:
        if p.lower() in products:
            errors.append(f"product {p!r} is used in another world")
    for s_ in PIPELINE:
        if s_.lower() in stages:
            errors.append(f"stage {s_!r} is used in another world")
    own_words = {c[0].split()[0].lower() for c in COMPANIES}
    own_people = {n.lower() for pair in people for n in pair}
    deal_names = {d[0].lower() for d in DEALS}
    for it in items:
        for step in (it["expect"].get("steps") or []):
            ch = step["changes"]
            if step["op"] == "create_contact":
                for n in (ch["first_name"], ch["last_name"]):
                    if n.lower() in firsts or n.lower() in lasts:
                        errors.append(f"{it['id']}: new contact name {n!r} is used in another world")
                    if n.lower() in own_people:
                        errors.append(f"{it['id']}: new contact name {n!r} is already used in fixture P")
            if step["op"] == "create_company" and (ch["name"].lower() in companies
                                                   or ch["name"].split()[0].lower() in company_words
                                                   or ch["name"].split()[0].lower() in own_words):
                errors.append(f"{it['id']}: new company {ch['name']!r} clashes with another world or fixture P")
            if step["op"] == "create_deal" and ch.get("name", "").lower() in deal_names:
                errors.append(f"{it['id']}: new deal name {ch['name']!r} already exists")

    now = dt.datetime.combine(TODAY, dt.time(0, 0))
    for r in store.query(f"SELECT d.id, max(a.occurred_at) AS last FROM deals d LEFT JOIN activities a "
                         f"ON a.deal_id = d.id AND a.deleted_at IS NULL WHERE d.stage NOT IN ('{WON}', '{LOST}') "
                         f"AND d.deleted_at IS NULL GROUP BY d.id"):
        if r["last"] is None:
            continue
        age = (now - r["last"]).total_seconds() / 86400
        for cut in QUIET_CUTOFFS_DAYS:
            if abs(age - cut) < 2:
                errors.append(f"deal {r['id']}'s latest activity ({age:.1f} days) is within 2 days of the "
                              f"{cut}-day cutoff")
    return errors


def convention_checks(items: list[dict]) -> list[str]:
    """Rules of CONVENTIONS.md (and of this README) that a script can check on the labels."""
    errors: list[str] = []
    names_l = [c[0].lower() for c in COMPANIES] + [f"{c[0]} {c[1]}".lower() for c in CONTACTS] \
        + [d[0].lower() for d in DEALS] + [u[1].lower() for u in USERS]
    for it in items:
        exp, tags = it["expect"], it["tags"]
        steps = exp.get("steps") or []
        ops = [s["op"] for s in steps]
        # 7. a cancellation is refused (tasks have no cancelled state) or, with no matching task, changes nothing;
        # it never creates a task and never completes one
        if "cancel" in tags and (ops or exp.get("status") not in ("rejected", "no_change")):
            errors.append(f"{it['id']}: a cancellation must be refused or change nothing, got {exp.get('status')} {ops}")
        if "cancel" in tags and exp.get("status") == "rejected" and it["category"] not in ("refusal", "unsupported"):
            errors.append(f"{it['id']}: a refused cancellation belongs to category unsupported (or refusal)")
        # 6. a change said as something to do later (or a reminder to delete) is a task, not the change
        if {"not_a_write", "later_is_task", "remind_delete"} & set(tags) and it["category"] == "create_task" \
                and ops != ["create_task"]:
            errors.append(f"{it['id']}: a later/remind-me request must be one create_task step, got {ops}")
        # 8. a signed amount is never made positive: refused
        if "negative_amount" in tags and exp.get("status") != "rejected":
            errors.append(f"{it['id']}: a negative amount must be refused")
        # 9. unknown records are refused with a word that names nothing in fixture P
        if "unknown_record" in tags and it["category"] != "question":
            w = exp.get("error_contains", "")
            if exp.get("status") != "rejected" or not w or any(w in n for n in names_l):
                errors.append(f"{it['id']}: unknown record word {w!r} must be rejected and match no fixture P name")
        if it["user"].startswith(REVIEWER) and it["category"] != "question" and exp.get("status") not in (
                "rejected", "no_change"):
            errors.append(f"{it['id']}: the reviewer's writes are refused")
        # 10a. a reported conversation with a customer is logged, also when another request follows (unless the
        # speaker says not to log it, tag no_log)
        if "reported" in tags and exp.get("status") == "ready" and "log_activity" not in ops and "no_log" not in tags:
            errors.append(f"{it['id']}: a reported customer conversation must be logged (CONVENTIONS 10a)")
        if "no_log" in tags and "log_activity" in ops:
            errors.append(f"{it['id']}: the speaker asked for nothing to be logged")
        # a task delegated by the admin (tag delegated) belongs to someone else than the speaker
        if "delegated" in tags and not any(s_["op"] == "create_task" and s_["changes"].get("owner_id") not in (
                None, USERS_BY_EMAIL.get(it["user"])) for s_ in steps):
            errors.append(f"{it['id']}: a delegated task must be owned by the delegate")
    return errors



def main() -> int:
    store = Store(":memory:")
    generate(store, TODAY)
    rows = {t: {r["id"]: r for r in store.query(f"SELECT * FROM {t}")} for t in
            ("users", "companies", "contacts", "deals", "activities", "tasks")}
    users = {r["email"]: r for r in rows["users"].values()}
    assert [(u[0], u[2], u[3]) for u in USERS] == [(r["id"], r["email"], r["role"]) for r in rows["users"].values()]
    next_id = {t: max(rows[t]) + 1 for t in OPS.values()}
    # values an exclude may name: anything a record holds that an answer could show
    known: set[str] = set()
    for r in rows["deals"].values():
        known.update({r["name"], r["stage"], f"{int(r['amount']):,}", r["close_date"].isoformat()})
    for r in rows["companies"].values():
        known.update({r["name"], r["domain"]})
    for r in rows["contacts"].values():
        known.update({f"{r['first_name']} {r['last_name']}", r["email"], r["phone"]})
    for r in rows["tasks"].values():
        known.update({r["title"], r["due_date"].isoformat()})
    for r in rows["users"].values():
        known.add(r["name"].split()[0])

    errors: list[str] = []
    notes: list[str] = []
    cats: dict[str, collections.Counter] = {f.name: collections.Counter() for f in FILES}
    voices: dict[str, collections.Counter] = {f.name: collections.Counter() for f in FILES}
    ops: collections.Counter = collections.Counter()
    admin_deletes: collections.Counter = collections.Counter()
    tags: collections.Counter = collections.Counter()
    statuses: collections.Counter = collections.Counter()
    users_seen: collections.Counter = collections.Counter()
    seen_ids: set[str] = set()
    seen_requests: set[tuple] = set()
    all_items: list[dict] = []
    file_ids: dict[str, list[str]] = {f.name: [] for f in FILES}
    questions_checked = 0
    excludes_total = 0
    questions_without_excludes = 0
    declines_checked = 0
    bulk_checked = 0

    for path in FILES:
        for n, line in enumerate(path.read_text().splitlines(), 1):
            item: dict = {}

            def err(msg: str) -> None:
                errors.append(f"{path.name}:{n} ({item.get('id', '?')}): {msg}")

            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                err(f"bad JSON: {exc}")
                continue
            missing = [k for k in ("id", "category", "user", "history", "text", "expect", "tags") if k not in item]
            if missing:
                err(f"missing {missing}")
                continue
            all_items.append(item)
            file_ids[path.name].append(item["id"])
            if item["id"] in seen_ids:
                err("duplicate id")
            seen_ids.add(item["id"])
            req = (item["user"], item["text"], tuple(item["history"]))
            if req in seen_requests:
                err("duplicate request (same user, text and history)")
            seen_requests.add(req)
            if item["user"] not in users:
                err(f"unknown user {item['user']}")
                continue
            if item["category"] not in CATEGORIES:
                err(f"unknown category {item['category']}")
            if not isinstance(item["history"], list) or not all(isinstance(h, str) for h in item["history"]):
                err("history must be a list of strings")
            if item["category"] == "reference" and not item["history"]:
                err("reference items need a history")
            if not isinstance(item["tags"], list) or not item["tags"]:
                err("no tags")
            item_voices = [t for t in item["tags"] if t in VOICES]
            if len(item_voices) != 1 or item["tags"][0] != item_voices[0]:
                err(f"an item names exactly one voice, as its first tag (got {item_voices})")
            cats[path.name][item["category"]] += 1
            voices[path.name][voice_of(item)] += 1
            users_seen[item["user"].split("@")[0]] += 1
            tags.update(item.get("tags", []))
            user = users[item["user"]]
            role = user["role"]
            exp = item["expect"]

            if exp.get("decline"):
                statuses["decline"] += 1
                if item["category"] != "question" or exp.get("intent") != "question" or exp["answer_contains"] != [] \
                        or set(exp) != {"intent", "answer_contains", "answer_excludes", "decline"} \
                        or exp["decline"] is not True:
                    err("a decline is a question with answer_contains [] and decline: true")
                    continue
                if item["id"] not in DECLINES:
                    err("decline without a check")
                    continue
                declines_checked += 1
                for sql in DECLINES[item["id"]]:
                    if store.query(sql):
                        err(f"decline names a record that exists: {sql}")
                if item["id"] in COLUMNS_NOT_HELD:
                    t, c = COLUMNS_NOT_HELD[item["id"]]
                    if c in rows[t][min(rows[t])]:
                        err(f"{t}.{c} exists, so the question is answerable")
                for x in exp["answer_excludes"]:
                    if x not in known:
                        err(f"exclude {x!r} is not a value held by any record")
                continue
            if item["category"] == "question" or exp.get("intent") == "question":
                if item["category"] != "question" or exp.get("intent") != "question" or not exp.get("answer_contains"):
                    err("question needs category=question, intent=question and answer_contains")
                    continue
                if set(exp) != {"intent", "answer_contains", "answer_excludes"}:
                    err(f"question expect keys {sorted(exp)}")
                    continue
                statuses["question"] += 1
                contains, excludes = exp["answer_contains"], exp["answer_excludes"]
                for s in contains + excludes:
                    if not isinstance(s, str) or not s:
                        err(f"answer strings must be non-empty strings, got {s!r}")
                    elif re.fullmatch(r"\d{4,}", s):
                        err(f"amount {s!r} without thousands separators")
                check = QUESTIONS.get(item["id"])
                if check is None:
                    err("question without a SQL check")
                    continue
                questions_checked += 1
                want = sorted(str(r["v"]) for r in store.query(check["contains"]))
                if sorted(contains) != want:
                    err(f"answer_contains {sorted(contains)} != SQL {want}")
                truth = {str(r["v"]) for r in store.query(check.get("truth", check["contains"]))}
                if not set(contains) <= truth:
                    err(f"contains {sorted(set(contains) - truth)} not in the true answer")
                excludes_total += len(excludes)
                if not excludes:
                    questions_without_excludes += 1
                if "excludes" in check:
                    want_x = sorted(str(r["v"]) for r in store.query(check["excludes"]))
                    if sorted(excludes) != want_x:
                        err(f"answer_excludes {sorted(excludes)} != SQL {want_x}")
                else:
                    for x in excludes:
                        if x not in known:
                            err(f"exclude {x!r} is not a value held by any record")
                for x in excludes:
                    if any(x.lower() in t.lower() for t in truth) or any(x.lower() in c.lower() for c in contains):
                        err(f"exclude {x!r} occurs in the true answer")
                continue

            status = exp.get("status")
            statuses[status] += 1
            if status not in STATUSES:
                err(f"bad status {status}")
                continue
            if status != "ready":
                if exp.get("steps"):
                    err("non-ready item must have no steps")
                if status == "needs_clarification":
                    opts = exp.get("options") or []
                    if opts != sorted(opts) or len(opts) < 2:
                        err("options must be >= 2 and sorted")
                    for o in opts:
                        t, _, i = o.partition(":")
                        if t not in rows or not i.isdigit() or int(i) not in rows[t] \
                                or rows[t][int(i)]["deleted_at"] is not None:
                            err(f"option {o} is not a live record")
                        elif t == "deals" and rows[t][int(i)]["stage"] in (WON, LOST):
                            err(f"option {o} is a closed deal")
                        elif t == "tasks" and rows[t][int(i)]["status"] != "open":
                            err(f"option {o} is a done task")
                if status == "rejected":
                    w = exp.get("error_contains")
                    if w is None:
                        err("rejected needs error_contains (\"\" for unsupported requests)")
                    elif w != w.lower():
                        err("error_contains must be lowercase")
                    if role == "reviewer" and w != "reviewer":
                        err("reviewer refusal without 'reviewer'")
                    if item["category"] == "unsupported" and w != "":
                        err("unsupported requests use error_contains \"\"")
                    if w and item["category"] != "unsupported" and w not in item["text"].lower() \
                            and w not in ("reviewer", "admin", "negative", "email"):
                        err(f"error word {w!r} is neither in the text nor a role/validation word")
                    tags_ = item.get("tags", [])
                    if w and "unknown_stage" in tags_ and w in [x.lower() for x in PIPELINE]:
                        err(f"{w!r} is a stage of fixture P, not an unknown one")
                    if w and "unknown_stage" in tags_ and any(w in x.lower() for x in PIPELINE):
                        err(f"{w!r} is part of a stage of fixture P")
                    if w and "unknown_user" in tags_ and any(w == u[1].split()[0].lower() for u in USERS):
                        err(f"{w!r} is a user of fixture P, not an unknown one")
                    if w and "unknown_lifecycle" in tags_ and w in ALL_LIFECYCLES:
                        err(f"{w!r} is a real lifecycle stage")
                    if w == "admin" and ("rep_delete" not in tags_ or role != "rep"):
                        err("'admin' refusals are a rep's delete (tag rep_delete)")
                if item["category"] == "unsupported" and status != "rejected":
                    err("unsupported requests are rejected")
                if role == "reviewer" and status != "rejected" and status != "no_change":
                    err("reviewer writes must be rejected")
                continue

            steps = exp.get("steps") or []
            if not steps:
                err("ready item without steps")
            nxt = dict(next_id)
            created: dict[str, set[int]] = collections.defaultdict(set)
            for s in steps:
                op, table, rid, ch = s.get("op"), s.get("table"), s.get("id"), s.get("changes")
                if set(s) != {"op", "table", "id", "changes"}:
                    err(f"step keys {sorted(s)}")
                if op not in OPS:
                    err(f"unknown op {op}")
                    continue
                if OPS[op] != table:
                    err(f"{op} must target {OPS[op]}, not {table}")
                if not isinstance(rid, int) or not isinstance(ch, dict):
                    err("id must be int and changes a dict")
                    continue
                ops[op] += 1
                if op.startswith("delete_") and role == "admin":
                    admin_deletes[op] += 1
                if role == "reviewer" or (op.startswith("delete_") and role != "admin"):
                    err(f"{role} cannot {op}; should be rejected")
                if op in CREATES:
                    if rid != nxt[table]:
                        err(f"{op} id {rid}, expected {nxt[table]}")
                    nxt[table] = rid + 1
                    created[table].add(rid)
                    lacking = REQUIRED_CREATE[op] - set(ch)
                    if lacking:
                        err(f"{op} lacks default fields {sorted(lacking)}")
                    rec = None
                else:
                    rec = rows[table].get(rid)
                    if rec is None or rec["deleted_at"] is not None:
                        err(f"{table}:{rid} does not exist")
                        continue
                if op.startswith("delete_") and ch:
                    err("delete steps carry no changes")
                if op == "complete_task":
                    if ch != {"status": "done"}:
                        err("complete_task changes must be {status: done}")
                    elif rec["status"] != "open":
                        err(f"task {rid} is already done")
                if op.startswith("update_"):
                    if not ch and "job_title" not in item["tags"]:
                        err("update without structured changes")
                    for f, v in ch.items():
                        cur = rec.get(f)
                        cur = cur.isoformat() if isinstance(cur, dt.date) else cur
                        if cur == v or (isinstance(cur, float) and isinstance(v, (int, float)) and cur == v):
                            err(f"no-op update: {table}:{rid}.{f} is already {v!r}")
                for f, v in ch.items():
                    if f in FREE_TEXT:
                        err(f"free-text field {f} must not be listed")
                    elif f not in FIELDS[table]:
                        err(f"{table} has no structured field {f}")
                    if f in REFS and v is not None:
                        t = REFS[f]
                        if not isinstance(v, int):
                            err(f"{f} must be an int id")
                        elif v not in rows[t] and v not in created.get(t, set()):
                            err(f"{f}={v} not found in {t}")
                        elif t != "users" and v in rows[t] and rows[t][v]["deleted_at"] is not None:
                            err(f"{f}={v} is deleted")
                        elif t == "users" and f in ("owner_id", "author_id") and v in rows["users"] \
                                and rows["users"][v]["role"] == "reviewer":
                            err(f"{f}={v} is the reviewer")
                    if f == "stage" and v not in PIPELINE:
                        err(f"stage {v!r} not in fixture P's pipeline")
                    if f == "lifecycle_stage" and v not in ALL_LIFECYCLES:
                        err(f"lifecycle {v!r}")
                    if f == "type" and v not in ("call", "meeting", "email", "note", "message"):
                        err(f"activity type {v!r}")
                    if f == "status" and v not in ("open", "done"):
                        err(f"task status {v!r}")
                    if f == "product" and v not in PRODUCTS:
                        err(f"product {v!r} not in fixture P's products")
                    if f == "email" and (not isinstance(v, str) or v != v.lower()
                                         or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v)):
                        err(f"email {v!r} must be a lowercase address")
                    if f in ("close_date", "due_date", "occurred_at"):
                        try:
                            d = dt.date.fromisoformat(v)
                            if len(v) != 10:
                                raise ValueError
                        except (TypeError, ValueError):
                            err(f"{f} must be YYYY-MM-DD, got {v!r}")
                            continue
                        if f == "occurred_at" and d > TODAY:
                            err("occurred_at in the future")
                        if f == "due_date" and d < TODAY:
                            err("due_date in the past")
                    if f == "amount" and (not isinstance(v, (int, float)) or v < 0):
                        err("amount must be a non-negative number")
                    if f == "currency" and v != "USD":
                        err("currency must be USD")
                if op in ("create_company", "create_contact", "create_deal", "create_task"):
                    if ch.get("owner_id") != user["id"] and not {"ownership", "delegation", "delegated"} & set(
                            item["tags"]):
                        err(f"{op} owner must be the acting user unless the request assigns one (tag ownership)")
                if op == "log_activity" and ch.get("author_id") != user["id"]:
                    err("author_id must be the acting user")
                # links
                if table in ("activities", "tasks", "deals"):
                    co_, ct, dl = ch.get("company_id"), ch.get("contact_id"), ch.get("deal_id")
                    if ct in rows["contacts"] and co_ != rows["contacts"][ct]["company_id"]:
                        err(f"contact {ct} is at company {rows['contacts'][ct]['company_id']}, not {co_}")
                    if ct is not None and co_ is None:
                        err("contact linked without company")
                    if dl in rows["deals"]:
                        d = rows["deals"][dl]
                        if co_ != d["company_id"]:
                            err(f"deal {dl} belongs to company {d['company_id']}, not {co_}")
                        if ct is None and d["contact_id"] is not None:
                            err(f"deal {dl} linked without its contact {d['contact_id']}")
                        elif ct != d["contact_id"]:
                            notes.append(f"{item['id']}: contact {ct} differs from deal {dl}'s contact {d['contact_id']}")
                if table == "contacts" and op == "create_contact":
                    co_ = ch.get("company_id")
                    if co_ not in rows["companies"] and co_ not in created.get("companies", set()):
                        err(f"new contact's company {co_} not found")
            if item["category"] == "bulk" or item["id"] in BULK:
                if item["id"] not in BULK:
                    err("bulk item without a SQL check")
                    continue
                bulk_checked += 1
                kind, sql = BULK[item["id"]]
                want = [r["id"] for r in store.query(sql)]
                if kind == "deal_id":
                    got = [s["changes"].get("deal_id") for s in steps]
                else:
                    got = [s["id"] for s in steps]
                    if any(s["table"] != kind for s in steps):
                        err(f"bulk steps must target {kind}")
                if got != want:
                    err(f"bulk set {got} != SQL {want}")
                if item["id"] in RELATIVE:
                    f, days = RELATIVE[item["id"]]
                    for s_ in steps:
                        cur = rows[kind][s_["id"]][f]
                        if s_["changes"] != {f: (cur + dt.timedelta(days=days)).isoformat()}:
                            err(f"{item['id']}: {kind}:{s_['id']} should move {f} {days} days from {cur}")
                elif kind != "deal_id" and any(s_["changes"] != steps[0]["changes"] for s_ in steps):
                    err("bulk steps set different values")
                elif kind == "deal_id" and any({k: v for k, v in s_["changes"].items() if k not in
                                                ("deal_id", "company_id", "contact_id")} !=
                                               {k: v for k, v in steps[0]["changes"].items() if k not in
                                                ("deal_id", "company_id", "contact_id")} for s_ in steps):
                    err("bulk-created rows differ in more than their links")
                if len(want) < 2:
                    err("a bulk item should select at least two records")
            if item["category"] == "multi_intent" and len(steps) < 2 and "same_record" not in item["tags"]:
                err("multi_intent item with fewer than two steps")

    # split: per category, balanced by voice, reproducible
    dev_ids, test_ids = split(all_items)
    if sorted(file_ids[FILES[0].name]) != dev_ids or sorted(file_ids[FILES[1].name]) != test_ids:
        errors.append("the files do not hold the split of validate_sixteenth.split")
    dev, test = (cats[f.name] for f in FILES)
    for c in set(dev) | set(test):
        if abs(dev[c] - test[c]) > 1:
            errors.append(f"split not stratified for {c}: dev {dev[c]} test {test[c]}")
    vdev, vtest = (voices[f.name] for f in FILES)
    for v in VOICES:
        if abs(vdev[v] - vtest[v]) > MAX_VOICE_GAP:
            errors.append(f"voice {v} is not balanced: dev {vdev[v]} test {vtest[v]}")
    if abs(sum(dev.values()) - sum(test.values())) > 1:
        errors.append(f"halves differ in size: {sum(dev.values())} / {sum(test.values())}")
    total_ = collections.Counter()
    for c in cats.values():
        total_.update(c)
    for c, m in MIN_CATEGORY.items():
        if total_[c] < m:
            errors.append(f"category {c}: {total_[c]} < {m}")
    for o in OPS:
        m = MIN_OPS.get(o, 8)
        if ops[o] < m:
            errors.append(f"op {o}: {ops[o]} steps < {m}")
    for o in ("delete_company", "delete_contact", "delete_deal"):
        if admin_deletes[o] < 5:
            errors.append(f"admin {o}: {admin_deletes[o]} < 5")
    for t in MIN_TAGS:
        if tags[t] < 2:
            errors.append(f"tag {t}: {tags[t]} < 2")
    for v in VOICES:
        if tags[v] < 5:
            errors.append(f"voice {v}: {tags[v]} items < 5")
    n_items = sum(total_.values())
    if n_items < 300:
        errors.append(f"only {n_items} items")
    for f in FILES:
        if sum(cats[f.name].values()) < 150:
            errors.append(f"{f.name} holds fewer than 150 items")
    if not 0.15 * n_items <= total_["question"] <= 0.20 * n_items:
        errors.append(f"questions are {total_['question']} of {n_items} (outside 15-20 %)")
    if not 0.12 * total_["question"] <= declines_checked <= 0.2 * total_["question"]:
        errors.append(f"{declines_checked} declines of {total_['question']} questions (outside 12-20 %)")
    answerable = total_["question"] - declines_checked
    if questions_without_excludes > 0.3 * answerable:
        errors.append(f"{questions_without_excludes} answerable questions have no answer_excludes (> 30 %)")
    if statuses["no_change"] < 6:
        errors.append(f"only {statuses['no_change']} no_change items")
    if bulk_checked != len(BULK):
        errors.append(f"{bulk_checked} items checked against BULK, which has {len(BULK)} entries")
    errors.extend(fixture_shape(store))
    errors.extend(world_checks(store, all_items))
    errors.extend(repeat_checks(all_items))
    errors.extend(convention_checks(all_items))
    errors.extend(superlative_checks(store, all_items))
    history_items = sum(1 for it in all_items if it["history"])
    if history_items < 16:
        errors.append(f"only {history_items} items with history")

    print(f"{n_items} items ({sum(dev.values())} dev, {sum(test.values())} test)")
    print("categories (dev/test):", {c: f"{dev[c]}/{test[c]}" for c in CATEGORIES})
    print("voices (dev/test):", {v: f"{vdev[v]}/{vtest[v]}" for v in VOICES})
    print("statuses:", dict(statuses))
    print("steps per op:", dict(sorted(ops.items())))
    print("admin deletes:", dict(admin_deletes))
    print("users:", dict(users_seen))
    print(f"declines checked: {declines_checked}; bulk/set items checked by SQL: {bulk_checked}")
    print(f"questions checked by SQL: {questions_checked}; excludes: {excludes_total}; "
          f"questions without excludes: {questions_without_excludes}")
    print(f"items with history: {history_items}")
    print("tags:", dict(sorted(tags.items())))
    for w in notes:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
