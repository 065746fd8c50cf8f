"""Sanity checks for the thirteenth, independent corpus (thirteenth_dev.jsonl + thirteenth_test.jsonl) against fixture M
(fixture_m.py, Hollowmere Apiaries, today = Friday 2041-05-17, pipeline Flowering .. Swarmed).

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_thirteenth.py
Adapted from tests/corpus/validate_twelfth.py, with every check it makes: every line parses, users exist, referenced
ids are live, ops and tables agree, create ids are max(id)+1 (consecutive per table inside one item), links are
consistent (contact's company, deal's company and contact), enum values are canonical (stages from fixture M's
PIPELINE, products from PRODUCTS), dates are YYYY-MM-DD, updates really change something, every bulk item's target
set equals an independent SQL query (and its values are uniform, or per-record where RELATIVE says so), every
question's answer_contains equals an SQL query and its answer_excludes are real values that are not part of the true
answer, every decline names a record that does not exist or data no table holds, and the dev/test split is the
alternating split the README describes. On top of that it checks that fixture M is deterministic and has the shape the
README promises (counts, roles, near-duplicates, overdue tasks per rep, a task due today, past-dated deals, an account
whose owner is not its deal's owner, a contact whose last name is a company's first word, two open deals sharing a
name ending, quiet deals), that TODAY is a Friday in 2041 (a year and a weekday no other fixture uses), that fixture M
shares no person, company, product or stage name with data/demo.py or fixtures B-L, that the names of records the items
create are new too, that the quiet-deal cutoffs the items use keep a margin of at least two days, that unknown stages,
users, lifecycles and records in refusals really are unknown, that the conventions of CONVENTIONS.md hold where a rule
can check them (a cancellation is refused or changes nothing and never creates or completes a task, a "remind me"/later
request never performs the change, a negative amount is refused, a superlative question never excludes the runner-up,
the reviewer's writes are refused), and that no text or history line repeats one of an earlier corpus (exactly, or
after lowercasing and dropping punctuation, or as a skeleton with the names and numbers replaced) or a string literal
of build_sixth.py .. build_twelfth.py, and that no text is a near copy (difflib >= 0.8 on skeletons) of a sentence of
the twelfth corpus, whose items this author read. Prints counts; exits non-zero on any error.
"""
from __future__ import annotations

import collections
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
from fixture_m import CONTACTS, COMPANIES, DEALS, PIPELINE, PRODUCTS, TODAY, USERS, generate  # noqa: E402

HERE = Path(__file__).resolve().parent
FILES = (HERE / "thirteenth_dev.jsonl", HERE / "thirteenth_test.jsonl")

OPS = {"create_company": "companies", "update_company": "companies", "delete_company": "companies",
       "create_contact": "contacts", "update_contact": "contacts", "delete_contact": "contacts",
       "create_deal": "deals", "update_deal": "deals", "delete_deal": "deals",
       "log_activity": "activities", "create_task": "tasks", "complete_task": "tasks"}
CREATES = ("create_company", "create_contact", "create_deal", "log_activity", "create_task")
FIELDS = {
    "companies": {"name", "domain", "industry", "owner_id"},
    "contacts": {"first_name", "last_name", "email", "phone", "company_id", "owner_id", "lifecycle_stage"},
    "deals": {"name", "company_id", "contact_id", "stage", "amount", "currency", "close_date", "product", "owner_id"},
    "activities": {"type", "occurred_at", "contact_id", "company_id", "deal_id", "author_id"},
    "tasks": {"due_date", "status", "owner_id", "contact_id", "company_id", "deal_id"},
}
FREE_TEXT = {"subject", "body", "title"}
REFS = {"owner_id": "users", "author_id": "users", "company_id": "companies", "contact_id": "contacts",
        "deal_id": "deals"}
REQUIRED_CREATE = {  # defaults the conventions say a create always sets
    "create_company": {"name", "owner_id"},
    "create_contact": {"first_name", "last_name", "company_id", "owner_id", "lifecycle_stage"},
    "create_deal": {"company_id", "stage", "currency", "owner_id"},
    "log_activity": {"type", "occurred_at", "author_id"},
    "create_task": {"status", "owner_id"},
}
STATUSES = ("ready", "needs_clarification", "rejected", "no_change")
CATEGORIES = ("update_deal", "update_contact", "update_company", "ownership", "create_company", "create_contact",
              "create_deal", "log_activity", "create_task", "complete_task", "delete", "bulk", "multi_intent",
              "reference", "clarification", "refusal", "question", "typo", "negation", "correction", "unsupported")

WON, LOST = PIPELINE[-2], PIPELINE[-1]
OPEN = f"stage NOT IN ('{WON}', '{LOST}') AND deleted_at IS NULL"
LIVE = "deleted_at IS NULL"
OPEN_TASK = "status = 'open' AND deleted_at IS NULL"


def quiet(weeks: int) -> str:
    """Deals whose latest (live) activity linked by deal_id is older than TODAY - N weeks, or that have none."""
    cutoff = TODAY - dt.timedelta(weeks=weeks)
    return (f"id IN (SELECT d.id FROM deals d LEFT JOIN activities a ON a.deal_id = d.id AND a.deleted_at IS NULL "
            f"GROUP BY d.id HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < TIMESTAMP '{cutoff} 00:00:00')")


def ids(table: str, where: str) -> str:
    return f"SELECT id FROM {table} WHERE {where} ORDER BY id"


def deals(where: str) -> str:
    return ids("deals", where)


def month(col: str, first: str, last: str) -> str:
    return f"{col} BETWEEN DATE '{first}' AND DATE '{last}'"


def user(first: str) -> str:
    return f"(SELECT id FROM users WHERE name LIKE '{first} %')"


def company(name: str) -> str:
    return f"(SELECT id FROM companies WHERE name = '{name}')"


# item id -> (kind, SQL giving the expected target ids, ascending). kind is the table for updates/deletes/
# completions, or "deal_id" for bulk creates (the SQL gives the deal each new row is linked to).
def quiet_days(days: int) -> str:
    """Like quiet(), with the cutoff TODAY - N days ("no activity in 30 days")."""
    cutoff = TODAY - dt.timedelta(days=days)
    return (f"id IN (SELECT d.id FROM deals d LEFT JOIN activities a ON a.deal_id = d.id AND a.deleted_at IS NULL "
            f"GROUP BY d.id HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < TIMESTAMP '{cutoff} 00:00:00')")






# months and users (today is Friday 2041-05-17)
MAY = month("close_date", "2041-05-01", "2041-05-31")
Y2041 = month("close_date", "2041-01-01", "2041-12-31")
W_, I_, L_ = user("Wiremu"), user("Itziar"), user("Levente")
WEEK_START = TODAY - dt.timedelta(days=TODAY.weekday())  # Monday 05-13
WEEK_END = WEEK_START + dt.timedelta(days=6)  # Sunday 05-19
THIS_WEEK = f"due_date BETWEEN DATE '{WEEK_START}' AND DATE '{WEEK_END}'"
OVERDUE = f"due_date < DATE '{TODAY}'"
POL, RH, SR, HON, WS, HS = PRODUCTS
FL, HC, PR, ST = PIPELINE[:4]
EOJUL_ = "close_date <= DATE '2041-07-31'"

BULK = {
    "blk-001": ("deals", deals(f"{OPEN} AND owner_id = {W_} AND stage = '{HC}'")),
    "blk-002": ("deals", deals(f"{OPEN} AND owner_id = {I_} AND stage = '{PR}'")),
    "blk-003": ("deals", deals(f"{OPEN} AND owner_id = {L_} AND product IN ('{RH}', '{HON}') AND stage IN ('{PR}', '{HC}')")),
    "blk-004": ("tasks", ids("tasks", f"{OPEN_TASK} AND owner_id = {I_} AND {OVERDUE}")),
    "blk-005": ("tasks", ids("tasks", f"{OPEN_TASK} AND company_id = {company('Cherrybank Orchards')}")),
    "blk-006": ("deals", deals(f"{LIVE} AND stage = '{LOST}'")),
    "blk-007": ("contacts", ids("contacts", f"{LIVE} AND owner_id = {L_} AND lifecycle_stage = 'lead'")),
    "blk-008": ("contacts", ids("contacts", f"{LIVE} AND owner_id = {I_} AND lifecycle_stage = 'lead'")),
    "blk-009": ("deals", deals(f"{OPEN} AND {quiet(8)}")),
    "blk-010": ("deals", deals(f"{OPEN} AND close_date < DATE '{TODAY}'")),
    "blk-011": ("deal_id", deals(f"{OPEN} AND owner_id = {I_} AND stage = '{FL}'")),
    "blk-012": ("deals", deals(f"{OPEN} AND owner_id = {I_} AND {quiet(4)}")),
    "blk-013": ("companies", ids("companies", f"{LIVE} AND owner_id = {I_}")),
    "blk-014": ("deals", deals(f"{OPEN} AND product = '{POL}' AND amount > 15000 AND stage IN ('{PR}', '{ST}')")),
    "blk-015": ("deals", deals(f"{OPEN} AND owner_id = {L_} AND stage IN ('{FL}', '{HC}') AND {quiet(3)}")),
    "blk-016": ("deals", deals(f"{OPEN} AND owner_id = {W_} AND product IN ('{HS}', '{RH}') AND stage = '{HC}' AND {quiet(4)} AND {EOJUL_}")),
    "blk-017": ("deals", deals(f"{LIVE} AND stage = '{WON}' AND close_date >= DATE '2041-04-20'")),
    "blk-018": ("deal_id", deals(f"{OPEN} AND company_id = {company('Alderwick Grand Hotel')}")),
    "blk-019": ("deals", deals(f"{OPEN} AND owner_id = {I_} AND close_date BETWEEN DATE '2041-06-01' AND DATE '2041-06-15'")),
    "blk-020": ("deals", deals(f"{OPEN} AND owner_id = {L_} AND stage = '{FL}' AND amount < 6000")),
    "blk-021": ("deal_id", deals(f"{OPEN} AND owner_id = {W_} AND {quiet(3)}")),
    # reference items that act on a set named by an earlier answer
    "ref-006": ("deals", deals(f"{OPEN} AND owner_id = {L_} AND stage = '{HC}'")),
    "ref-008": ("tasks", ids("tasks", f"{OPEN_TASK} AND owner_id = {L_} AND {OVERDUE}")),
    "ref-014": ("deal_id", deals(f"{OPEN} AND owner_id = {W_} AND {quiet(4)}")),
}
# per-record values that a bulk item sets relative to each record (blk-019: one week later)
RELATIVE = {"blk-019": ("close_date", 7)}


def names(where: str, col: str = "name", table: str = "deals") -> str:
    return f"SELECT {col} AS v FROM {table} WHERE {where} ORDER BY id"


def full(where: str) -> str:
    return names(where, "first_name || ' ' || last_name", "contacts")


def titles(where: str) -> str:
    return f"SELECT title AS v FROM tasks WHERE {where} GROUP BY title ORDER BY min(id)"  # one per title, stable order


def money(sql: str) -> str:
    return f"SELECT printf('%,d', CAST(({sql}) AS BIGINT)) AS v"


def count(sql: str) -> str:
    return f"SELECT CAST(({sql}) AS VARCHAR) AS v"


def day(sql: str) -> str:
    return f"SELECT strftime(({sql}), '%Y-%m-%d') AS v"


def first_name_of_owner(table: str, where: str) -> str:
    return f"SELECT split_part(u.name, ' ', 1) AS v FROM {table} t JOIN users u ON u.id = t.owner_id WHERE {where}"


def contact_col(col: str, first: str, last: str) -> str:
    return f"SELECT {col} AS v FROM contacts WHERE first_name = '{first}' AND last_name = '{last}'"


def deal_contact(deal: str) -> str:
    return ("SELECT c.first_name || ' ' || c.last_name AS v FROM deals d JOIN contacts c ON c.id = d.contact_id "
            f"WHERE d.name = '{deal}'")


def top(where: str, order: str, offset: int = 0) -> str:
    return f"SELECT name AS v FROM deals WHERE {where} ORDER BY {order} LIMIT 1 OFFSET {offset}"


def avg(where: str) -> str:
    return f"SELECT printf('%,d', CAST(round(avg(amount)) AS BIGINT)) AS v FROM deals WHERE {where}"


def acts(where: str) -> str:
    return count(f"SELECT count(*) FROM activities WHERE deleted_at IS NULL AND {where}")


def deal_col(col: str, name: str) -> str:
    return f"SELECT {col} FROM deals WHERE name = '{name}'"


def total(where: str) -> str:
    return money(f"SELECT sum(amount) FROM deals WHERE {where}")


CLOSED_ = f"{LIVE} AND stage IN ('{WON}', '{LOST}')"
WON_ = f"{LIVE} AND stage = '{WON}'"
LOST_ = f"{LIVE} AND stage = '{LOST}'"
TODAY_TS = f"occurred_at >= TIMESTAMP '{TODAY} 00:00:00'"


def co(name: str) -> str:
    return f"company_id = {company(name)}"


def last_touch(where: str) -> str:
    return day(f"SELECT max(occurred_at) FROM activities WHERE deleted_at IS NULL AND {where}")


def contact_id(first: str, last: str) -> str:
    return f"(SELECT id FROM contacts WHERE first_name = '{first}' AND last_name = '{last}')"


def owner_name(sql_id: str) -> str:
    return f"SELECT split_part(name, ' ', 1) AS v FROM users WHERE id = ({sql_id})"


TOP_OWNER = f"SELECT owner_id FROM deals WHERE {OPEN} GROUP BY owner_id ORDER BY sum(amount) DESC LIMIT 1"
I_WEEK_TITLES = f"SELECT title FROM tasks WHERE {OPEN_TASK} AND owner_id = {I_} AND {THIS_WEEK}"
MON_ = TODAY + dt.timedelta(days=3)  # "Monday" seen from Friday 05-17
QUESTIONS = {
    "qst-001": {"contains": names(f"{OPEN} AND {co('Cherrybank Orchards')}"),
                "excludes": names(f"{OPEN} AND {co('Cherrybank Cider Works')}")},
    "qst-002": {"contains": names(f"{LIVE} AND {co('Alderwick Grand Hotel')}")},
    "qst-003": {"contains": names(f"{OPEN} AND owner_id = {L_} AND close_date <= DATE '2041-05-31'"),  # "by": past-dated too
                "excludes": names(f"{OPEN} AND owner_id <> {L_} AND {MAY}")},
    "qst-004": {"contains": count(f"SELECT count(*) FROM deals WHERE {OPEN} AND stage = '{PR}'")},
    "qst-005": {"contains": total(f"{OPEN} AND owner_id = {I_}"), "excludes": total(f"{LIVE} AND owner_id = {I_}")},
    "qst-006": {"contains": contact_col("phone", "Tevita", "Moala"),
                "excludes": contact_col("phone", "Tevita", "Havea")},
    "qst-007": {"contains": first_name_of_owner("companies", "t.name = 'Marlpit Garden Centre'"),
                "excludes": first_name_of_owner("companies", "t.name = 'Marlpit Golf Club'")},
    "qst-008": {"contains": last_touch(f"contact_id = {contact_id('Amaia', 'Zubizarreta')}"),
                "excludes": last_touch(f"contact_id = {contact_id('Amaia', 'Etxeberria')}")},
    "qst-009": {"contains": names(f"{OPEN} AND {quiet(4)}"), "excludes": names(f"{CLOSED_} AND {quiet(4)}")},
    "qst-010": {"contains": titles(f"{OPEN_TASK} AND owner_id = {W_}"),
                "excludes": titles(f"{OPEN_TASK} AND owner_id = {I_}")},
    "qst-011": {"contains": titles(f"{OPEN_TASK} AND owner_id = {L_} AND {OVERDUE}"),
                "excludes": titles(f"{OPEN_TASK} AND owner_id = {L_} AND NOT {OVERDUE}")},
    "qst-012": {"contains": names(f"{WON_} AND {Y2041}"), "excludes": names(LOST_)},
    "qst-013": {"contains": names(LOST_), "excludes": names(WON_)},
    "qst-014": {"contains": top(OPEN, "amount DESC")},
    "qst-015": {"contains": avg(OPEN), "excludes": avg(LIVE)},
    "qst-016": {"contains": deal_contact("Brightling Market Own-Label Honey"),
                "excludes": deal_contact("Brightling Market Store Hives")},
    "qst-017": {"contains": first_name_of_owner("deals", "t.name = 'Brightling Market Own-Label Honey'"),
                "excludes": first_name_of_owner("companies", "t.name = 'Brightling Market'")},
    "qst-018": {"contains": first_name_of_owner("companies", "t.name = 'Brightling Market'"),
                "excludes": first_name_of_owner("deals", "t.name = 'Brightling Market Own-Label Honey'")},
    "qst-019": {"contains": contact_col("email", "Zbigniew", "Urbaniak"),
                "excludes": contact_col("email", "Kinga", "Urbaniak")},
    "qst-020": {"contains": names(f"{OPEN} AND owner_id = {I_} AND stage = '{FL}'"),
                "excludes": names(f"{OPEN} AND owner_id <> {I_} AND stage = '{FL}'")},
    "qst-021": {"contains": names(f"{OPEN} AND {quiet(6)}"),
                "excludes": names(f"{OPEN} AND {quiet(4)} AND NOT {quiet(6)}")},
    "qst-022": {"contains": titles(f"{OPEN_TASK} AND owner_id = {I_} AND {OVERDUE}"),
                "excludes": titles(f"{OPEN_TASK} AND owner_id = {W_} AND {OVERDUE}")},
    "qst-023": {"contains": "SELECT co.name AS v FROM contacts c JOIN companies co ON co.id = c.company_id "
                            "WHERE c.first_name = 'Ngaio' AND c.last_name = 'Kersey'",
                "excludes": "SELECT name AS v FROM companies WHERE name = 'Kersey Mead Company'"},
    "qst-024": {"contains": names(f"{OPEN} AND owner_id = {L_} AND {quiet(3)}"),
                "excludes": names(f"{OPEN} AND owner_id = {L_} AND NOT {quiet(3)}")},
    "qst-025": {"contains": total(f"{OPEN} AND stage = '{ST}'"), "excludes": total(f"{OPEN} AND stage = '{PR}'")},
    "qst-026": {"contains": count(f"SELECT count(*) FROM deals WHERE {OPEN} AND owner_id = {L_}")},
    "qst-027": {"contains": avg(f"{OPEN} AND owner_id = {I_}"), "excludes": avg(f"{LIVE} AND owner_id = {I_}")},
    "qst-028": {"contains": acts(f"author_id = {L_} AND {TODAY_TS}")},
    "qst-029": {"contains": titles(f"{OPEN_TASK} AND owner_id = {I_} AND {THIS_WEEK}"),
                "excludes": titles(f"{OPEN_TASK} AND owner_id = {I_} AND NOT {THIS_WEEK} "
                                   f"AND title NOT IN ({I_WEEK_TITLES})")},
    "qst-030": {"contains": deal_col("stage AS v", "Marlpit Garden Centre Honey Stock"),
                "excludes": deal_col("stage AS v", "Marlpit Garden Centre Beekeeping Workshops")},
    "qst-031": {"contains": full(f"{LIVE} AND {co('Alderwick Grand Hotel')}"),
                "excludes": full("first_name = 'Zbigniew' AND last_name = 'Urbaniak'")},
    "qst-032": {"contains": full(f"{LIVE} AND {co('Sibford Pear Growers')}"),
                "excludes": full("first_name = 'Amaia' AND last_name = 'Etxeberria'")},
    "qst-033": {"contains": names(f"{OPEN} AND close_date BETWEEN DATE '2041-05-20' AND DATE '2041-05-31'"),
                "excludes": names(f"{OPEN} AND close_date BETWEEN DATE '2041-06-01' AND DATE '2041-06-07'")},
    "qst-034": {"contains": total(f"{OPEN} AND owner_id = {I_}"), "excludes": total(f"{OPEN} AND owner_id = {L_}")},
    "qst-035": {"contains": total(f"{WON_} AND {Y2041}"), "excludes": total(f"{LOST_} AND {Y2041}")},
    "qst-036": {"contains": names(f"{LOST_} AND owner_id = {L_}"), "excludes": names(f"{LOST_} AND owner_id = {I_}")},
    "qst-037": {"contains": names(f"{OPEN} AND owner_id = {W_} AND {quiet(3)}"),
                "excludes": names(f"{OPEN} AND owner_id = {W_} AND NOT {quiet(3)}")},
    "qst-038": {"contains": top(OPEN, "amount ASC")},
    "qst-039": {"contains": count(f"SELECT count(*) FROM tasks WHERE {OPEN_TASK} AND {OVERDUE}")},
    "qst-040": {"contains": names(f"{OPEN} AND close_date < DATE '{TODAY}'"),
                "excludes": names(f"{CLOSED_} AND close_date < DATE '{TODAY}'")},
    "qst-041": {"contains": names(f"{OPEN} AND product = '{HON}'"), "excludes": names(f"{OPEN} AND product = '{RH}'")},
    "qst-042": {"contains": names(f"{LIVE} AND owner_id = {L_}", table="companies"),
                "excludes": names(f"{LIVE} AND owner_id = {I_}", table="companies")},
    "qst-043": {"contains": owner_name(TOP_OWNER)},
    "qst-044": {"contains": titles(f"{OPEN_TASK} AND due_date = DATE '{MON_}'"),
                "excludes": titles(f"{OPEN_TASK} AND due_date = DATE '{TODAY}'")},
    "qst-045": {"contains": deal_contact("Tolland University Pollinator Survey"),
                "excludes": deal_contact("Tolland University Campus Hives")},
}
# superlative questions: CONVENTIONS.md 2 forbids excluding the runner-up
SUPERLATIVES = {"qst-014": top(OPEN, "amount DESC", 1), "qst-038": top(OPEN, "amount ASC", 1),
                "qst-043": "SELECT split_part(name, ' ', 1) AS v FROM users WHERE role = 'rep'"}

# declines: each query must return no rows (the record does not exist); the others ask for data no table holds
COLUMNS_NOT_HELD = {"dec-001": ("companies", "hive_count"), "dec-002": ("companies", "turnover"),
                    "dec-004": ("contacts", "date_of_birth")}
DECLINES = {
    "dec-001": [], "dec-002": [], "dec-004": [], "dec-005": [],
    "dec-003": ["SELECT id FROM companies WHERE name ILIKE '%benacre%'",
                "SELECT id FROM deals WHERE name ILIKE '%benacre%'"],
    "dec-006": ["SELECT id FROM users WHERE name ILIKE '%joaquim%'"],
    "dec-007": ["SELECT id FROM companies WHERE name ILIKE '%cricket%'",
                "SELECT id FROM deals WHERE name ILIKE '%cricket%'"],
}


def question_answers() -> dict[str, tuple[list[str], list[str]]]:
    """The answer strings each question's SQL gives (used once to write the labels; main() re-checks them)."""
    store = Store(":memory:")
    generate(store, TODAY)
    out = {}
    for qid, check in QUESTIONS.items():
        contains = [str(r["v"]) for r in store.query(check["contains"])]
        excludes = [str(r["v"]) for r in store.query(check["excludes"])] if "excludes" in check else []
        out[qid] = (contains, excludes)
    return out


MIN_CATEGORY = {"update_deal": 24, "log_activity": 18, "create_task": 16, "bulk": 18, "multi_intent": 18,
                "reference": 14, "clarification": 10, "refusal": 14, "question": 45, "typo": 8,
                "negation": 10, "correction": 6, "unsupported": 6, "ownership": 8, "complete_task": 10,
                "create_contact": 8, "create_deal": 8, "create_company": 5, "update_contact": 8,
                "update_company": 5, "delete": 10}
MIN_OPS = {"update_deal": 70, "log_activity": 30, "create_task": 28, "create_company": 5, "delete_company": 5,
           "delete_contact": 5}
MIN_TAGS = ("negation", "formal_email", "non_native", "rambling", "mobile", "typo", "multi_typo", "delegation",
            "bulk_filter", "ownership", "taking_over", "moving_to", "hand", "correction", "instead_of", "scratch_that",
            "phone", "email", "note_on", "done_task", "multi", "question", "decline", "refusal", "clarification",
            "history", "after_question", "pick_option", "inherit", "clause_scope", "same_record", "either_stage",
            "no_activity", "date_range", "composed", "bulk_create", "bulk_delete", "negative_amount",
            "unknown_stage", "unknown_user", "unknown_lifecycle", "unknown_record", "reviewer", "rep_delete",
            "near_duplicate", "user_name_clash", "surname_company", "last_name_pair", "job_title",
            "closed_not_offered", "last_name_only", "first_name_only", "never_mind", "year_roll", "comma_list",
            "new_lead", "deal_name_colon", "relative_date", "relative_to_record", "wrapper", "polite",
            "terse", "manager", "overdue", "account_owner", "deal_owner", "average_deal", "biggest_deal",
            "stale_deals", "won_lost", "today", "deal_contact", "count", "remind_me", "remind_delete",
            "later_is_task", "not_a_write", "cancel", "cross_owner", "shared_word", "same_title", "past_dated",
            "lost", "won", "stage_word", "description", "product_filter", "amount_filter", "my_leads", "team",
            "dictation", "formal", "reason_clause", "partial_name", "company_contacts", "described_by_outcome")
VOICES = ("terse", "mobile", "manager", "rambling", "wrapper", "polite", "formal", "formal_email", "non_native",
          "delegation", "typo", "dictation")


QUIET_CUTOFFS_DAYS = (14, 21, 28, 42, 56)  # 2, 3, 4, 6 and 8 weeks: the cutoffs the items use
OTHER_WORLDS = ("fixture_b", "fixture_c", "fixture_d", "fixture_e", "fixture_f", "fixture_g", "fixture_h",
                "fixture_i", "fixture_j", "fixture_k", "fixture_l")
EARLIER_BUILDS = ("build_sixth.py", "build_seventh.py", "build_eighth.py", "build_ninth.py", "build_tenth.py",
                  "build_eleventh.py", "build_twelfth.py")
ALL_LIFECYCLES = ("lead", "prospect", "opportunity", "customer", "churned")
REVIEWER = "teuila@"


def fixture_shape(store: Store) -> list[str]:
    """Fixture M has the shape the README promises."""
    errors: list[str] = []
    want = {"users": 5, "companies": 25, "contacts": 45, "deals": 38, "activities": 400, "tasks": 42}
    for t, n in want.items():
        got = store.scalar(f"SELECT count(*) FROM {t}")
        if got != n:
            errors.append(f"fixture M has {got} {t}, expected {n}")
    roles = collections.Counter(u[3] for u in USERS)
    if roles != {"rep": 3, "admin": 1, "reviewer": 1}:
        errors.append(f"fixture M roles {dict(roles)}")
    if len(PIPELINE) != 6 or len(set(PIPELINE)) != 6 or len(PRODUCTS) != 6:
        errors.append("fixture M needs 6 distinct stages and 6 products")
    firsts = collections.Counter(c[0] for c in CONTACTS)
    if sum(1 for n in firsts.values() if n >= 2) < 2:
        errors.append("fixture M needs two pairs of contacts sharing a first name")
    lasts = collections.Counter(c[1] for c in CONTACTS)
    if not any(n >= 2 for n in lasts.values()):
        errors.append("fixture M needs two contacts sharing a last name")
    reps = {u[1].split()[0] for u in USERS if u[3] == "rep"}
    if not any(c[0] in reps for c in CONTACTS):
        errors.append("fixture M needs a contact sharing a rep's first name")
    words = collections.Counter(c[0].split()[0] for c in COMPANIES)
    if sum(1 for n in words.values() if n >= 2) < 2:
        errors.append("fixture M needs two pairs of companies sharing a first word")
    if not any(c[1] in words and COMPANIES[c[2] - 1][0].split()[0] != c[1] for c in CONTACTS):
        errors.append("fixture M needs a contact whose last name is another company's first word")
    if not store.query(f"SELECT d.id FROM deals d JOIN companies c ON c.id = d.company_id "
                       f"WHERE d.id IN ({deals(OPEN)}) AND d.owner_id <> c.owner_id"):
        errors.append("fixture M needs an open deal whose owner is not its account's owner")
    for r in store.query("SELECT id FROM users WHERE role = 'rep'"):
        if not store.scalar(f"SELECT count(*) FROM tasks WHERE {OPEN_TASK} AND {OVERDUE} AND owner_id = {r['id']}"):
            errors.append(f"rep {r['id']} has no overdue task")
    if store.scalar(f"SELECT count(*) FROM deals WHERE {OPEN} AND close_date < DATE '{TODAY}'") < 2:
        errors.append("fixture M needs past-dated open deals")
    if store.scalar(f"SELECT count(*) FROM (SELECT company_id FROM deals WHERE {OPEN} GROUP BY company_id "
                    f"HAVING count(*) >= 2)") < 5:
        errors.append("fixture M needs at least five companies with two open deals")
    if store.scalar(f"SELECT count(*) FROM deals WHERE {OPEN} AND {quiet(4)}") < 4:
        errors.append("fixture M needs quiet deals")
    for r in store.query("SELECT title, count(*) AS n FROM tasks WHERE status = 'open' GROUP BY title HAVING n > 1"):
        break
    else:
        errors.append("fixture M needs two open tasks with the same title")
    # the facts the README and the labels rely on
    if store.scalar(f"SELECT count(*) FROM deals WHERE {OPEN} AND name LIKE '%Honey Supply'") != 2:
        errors.append("fixture M needs exactly two open deals ending in 'Honey Supply'")
    if store.scalar(f"SELECT count(*) FROM tasks WHERE {OPEN_TASK} AND due_date = DATE '{TODAY}'") < 1:
        errors.append("fixture M needs an open task due today")
    if store.scalar(f"SELECT count(*) FROM deals WHERE {OPEN} AND id IN (SELECT d.id FROM deals d LEFT JOIN "
                    f"activities a ON a.deal_id = d.id GROUP BY d.id HAVING count(a.id) = 0)") < 1:
        errors.append("fixture M needs an open deal with no activity at all")
    if store.scalar(f"SELECT count(*) FROM activities WHERE deal_id IS NULL") < 20:
        errors.append("fixture M needs company-level notes without a deal")
    if store.scalar(f"SELECT count(*) FROM deals WHERE {LIVE} AND stage IN ('{WON}', '{LOST}') "
                    f"AND close_date < DATE '{TODAY.year}-01-01'") < 1:
        errors.append("fixture M needs a deal closed in an earlier year")
    open_per_rep = {r["owner_id"]: r["n"] for r in store.query(
        f"SELECT owner_id, count(*) AS n FROM deals WHERE {OPEN} GROUP BY owner_id")}
    if set(open_per_rep) != {u[0] for u in USERS if u[3] == "rep"}:
        errors.append(f"open deals must belong to the reps only, got {open_per_rep}")
    return errors




def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def skeleton(text: str) -> str:
    """The sentence with every capitalised word and every number replaced by X (runs collapsed), lowercased and
    without punctuation: two texts with the same skeleton are the same sentence with other names swapped in."""
    t = re.sub(r"[A-Z][\w'&.-]*|\d[\d,.:k]*", "X", text)
    t = re.sub(r"[^\w\s]", " ", t.lower())
    t = re.sub(r"\b(x\s*)+", "X ", t)
    return " ".join(t.split())


SKELETON_MIN_WORDS = 4  # shorter skeletons ("delete X", "X 12k") are too generic to count as copies
# the corpus whose items this author read (build_twelfth.py): no text may be a near-copy of one of its sentences
NEAR_COPY_FILES = ("twelfth_dev.jsonl", "twelfth_test.jsonl")
NEAR_COPY_RATIO = 0.8  # difflib ratio between word skeletons
NEAR_COPY_MIN_WORDS = 5


def near_copies(items: list[dict]) -> list[str]:
    """Texts whose skeleton is close (not only equal) to the skeleton of a twelfth-corpus sentence."""
    import difflib

    theirs: list[tuple[list[str], str]] = []
    for name in NEAR_COPY_FILES:
        for line in (HERE / name).read_text().splitlines():
            obj = json.loads(line)
            for t in [obj["text"]] + list(obj.get("history") or []):
                theirs.append((skeleton(t).split(), t))
    errors = []
    for it in items:
        for t in [it["text"]] + list(it["history"]):
            mine = skeleton(t).split()
            if len(mine) < NEAR_COPY_MIN_WORDS:
                continue
            sm = difflib.SequenceMatcher(None)
            sm.set_seq2(mine)  # b is cached; each twelfth sentence is set as a
            for words, other in theirs:
                sm.set_seq1(words)
                if sm.real_quick_ratio() >= NEAR_COPY_RATIO and sm.quick_ratio() >= NEAR_COPY_RATIO \
                        and sm.ratio() >= NEAR_COPY_RATIO:
                    errors.append(f"{it['id']}: {t!r} is a near-copy of the twelfth corpus's {other!r}")
                    break
    return errors


def earlier_texts() -> tuple[set[str], set[str], set[str]]:
    """Every request text and history line of the earlier corpora (their .jsonl files), plus the string literals of
    build_sixth.py to build_twelfth.py; returned exact, normalised and as skeletons."""
    exact: set[str] = set()
    for path in sorted(HERE.glob("*.jsonl")) + sorted(HERE.glob("*/*.jsonl")):
        if path.name.startswith("thirteenth_"):
            continue
        for line in path.read_text(errors="replace").splitlines():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(obj, dict):
                continue
            for key in ("text", "utterance", "question"):
                if isinstance(obj.get(key), str):
                    exact.add(obj[key])
            hist = obj.get("history")
            if isinstance(hist, list):
                exact.update(h for h in hist if isinstance(h, str))
    for name in EARLIER_BUILDS:
        path = HERE / name
        if path.exists():
            exact.update(m.encode().decode("unicode_escape", errors="ignore")
                         for m in re.findall(r'"((?:[^"\\\n]|\\.){12,})"', path.read_text()))
    return exact, {_norm(t) for t in exact}, {skeleton(t) for t in exact if not t.startswith("2")}


def world_checks(store: Store, items: list[dict]) -> list[str]:
    """Fixture L is deterministic, shares no name with the demo or fixtures B-L, the records the items create have
    new names too, no open deal's latest activity sits within two days of a quiet cutoff, and no text repeats one of
    an earlier corpus."""
    import importlib

    errors: list[str] = []
    if TODAY.weekday() != 4 or TODAY.year != 2041:
        errors.append(f"TODAY {TODAY} must be a Friday in 2041")
    again = Store(":memory:")
    generate(again, TODAY)
    for t in ("users", "companies", "contacts", "deals", "activities", "tasks"):
        if store.query(f"SELECT * FROM {t} ORDER BY id") != again.query(f"SELECT * FROM {t} ORDER BY id"):
            errors.append(f"fixture M is not deterministic: {t} differs between two builds")
    for t, prefix in (("companies", "hma-co-"), ("contacts", "hma-ct-"), ("deals", "hma-dl-"),
                      ("activities", "hma-ac-"), ("tasks", "hma-tk-")):
        bad = store.scalar(f"SELECT count(*) FROM {t} WHERE external_id IS NULL OR external_id NOT LIKE '{prefix}%'")
        if bad:
            errors.append(f"{bad} {t} rows lack an external_id starting {prefix!r}")

    firsts: set[str] = set()
    lasts: set[str] = set()
    companies: set[str] = set()
    company_words: set[str] = set()
    products: set[str] = set()
    stages: set[str] = set()
    worlds = [("data.demo", dt.date(2026, 11, 18))] + [(m, None) for m in OTHER_WORLDS]
    for name, day_ in worlds:
        mod = importlib.import_module(name)
        if (day_ or mod.TODAY).year == TODAY.year:
            errors.append(f"TODAY's year {TODAY.year} is also the year of {name}")
        other = Store(":memory:")
        mod.generate(other, day_ or mod.TODAY)
        for r in other.query("SELECT first_name, last_name FROM contacts"):
            firsts.add(r["first_name"].lower())
            lasts.add((r["last_name"] or "").lower())
        for r in other.query("SELECT name FROM users"):
            parts = r["name"].lower().split()
            firsts.add(parts[0])
            lasts.add(parts[-1])
        for r in other.query("SELECT name FROM companies"):
            companies.add(r["name"].lower())
            company_words.add(r["name"].split()[0].lower())
        products.update(p.lower() for p in getattr(mod, "PRODUCTS", []))
        products.update(r["product"].lower() for r in other.query("SELECT DISTINCT product FROM deals"))
        stages.update(s_.lower() for s_ in getattr(mod, "PIPELINE", getattr(mod, "STAGES", [])))
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
                        errors.append(f"{it['id']}: new contact name {n!r} is already used in fixture M")
            if step["op"] == "create_company" and (ch["name"].lower() in companies
                                                   or ch["name"].split()[0].lower() in company_words
                                                   or ch["name"].split()[0].lower() in own_words):
                errors.append(f"{it['id']}: new company {ch['name']!r} clashes with another world or fixture M")
            if step["op"] == "create_deal" and ch.get("name", "").lower() in deal_names:
                errors.append(f"{it['id']}: new deal name {ch['name']!r} already exists")

    exact, normed, skeletons = earlier_texts()
    for it in items:
        for t in [it["text"]] + list(it["history"]):
            if t in exact:
                errors.append(f"{it['id']}: {t!r} repeats a sentence of an earlier corpus")
            elif _norm(t) in normed:
                errors.append(f"{it['id']}: {t!r} repeats a sentence of an earlier corpus (up to case/punctuation)")
            elif skeleton(t) in skeletons and len(skeleton(t).split()) >= SKELETON_MIN_WORDS:
                errors.append(f"{it['id']}: {t!r} is an earlier corpus sentence with the names swapped "
                              f"(skeleton {skeleton(t)!r})")

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
        if "cancel" in tags and exp.get("status") == "rejected" and it["category"] != "refusal" \
                and it["category"] != "unsupported":
            errors.append(f"{it['id']}: a refused cancellation belongs to category unsupported (or refusal)")
        # 6. a change said as something to do later (or a reminder to delete) is a task, not the change
        if {"not_a_write", "later_is_task", "remind_delete"} & set(tags) and it["category"] == "create_task" \
                and ops != ["create_task"]:
            errors.append(f"{it['id']}: a later/remind-me request must be one create_task step, got {ops}")
        # 8. a signed amount is never made positive: refused
        if "negative_amount" in tags and exp.get("status") != "rejected":
            errors.append(f"{it['id']}: a negative amount must be refused")
        # 9. ambiguity asks: clarifications list at least two options (checked in main), and unknown records error
        if "unknown_record" in tags:
            w = exp.get("error_contains", "")
            if exp.get("status") != "rejected" or not w or any(w in n for n in names_l):
                errors.append(f"{it['id']}: unknown record word {w!r} must be rejected and match no fixture M name")
        if it["user"].startswith(REVIEWER) and it["category"] != "question" and exp.get("status") not in (
                "rejected", "no_change"):
            errors.append(f"{it['id']}: the reviewer's writes are refused")
    return errors


def superlative_checks(store: Store, items: list[dict]) -> list[str]:
    """CONVENTIONS.md 2: a superlative question must not exclude the runner-up (or any other rep)."""
    errors: list[str] = []
    for it in items:
        sql = SUPERLATIVES.get(it["id"])
        if sql is None:
            continue
        runner = {str(r["v"]) for r in store.query(sql)}
        bad = runner & set(it["expect"].get("answer_excludes") or [])
        if bad:
            errors.append(f"{it['id']}: excludes the runner-up {sorted(bad)}")
    return errors


def split(items: list[dict]) -> tuple[list[str], list[str]]:
    """The alternating split: per category (sorted by name), ids sorted, then dev, test, dev, ... so both halves cover
    the same families; an odd category's extra item goes to dev and test in turn (the first odd category gives it to
    dev, the next to test, and so on)."""
    by: dict[str, list[str]] = collections.defaultdict(list)
    for it in items:
        by[it["category"]].append(it["id"])
    dev: list[str] = []
    test: list[str] = []
    turn = 0
    for cat in sorted(by):
        group = sorted(by[cat])
        dev_first = True
        if len(group) % 2:
            dev_first = turn % 2 == 0
            turn += 1
        for i, x in enumerate(group):
            (dev if (i % 2 == 0) == dev_first else test).append(x)
    return sorted(dev), sorted(test)


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
            cats[path.name][item["category"]] += 1
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
                        err(f"{w!r} is a stage of fixture M, not an unknown one")
                    if w and "unknown_user" in tags_ and any(w == u[1].split()[0].lower() for u in USERS):
                        err(f"{w!r} is a user of fixture M, not an unknown one")
                    if w and "unknown_lifecycle" in tags_ and w in ALL_LIFECYCLES:
                        err(f"{w!r} is a real lifecycle stage")
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
                        err(f"stage {v!r} not in fixture M's pipeline")
                    if f == "lifecycle_stage" and v not in ("lead", "prospect", "opportunity", "customer", "churned"):
                        err(f"lifecycle {v!r}")
                    if f == "type" and v not in ("call", "meeting", "email", "note", "message"):
                        err(f"activity type {v!r}")
                    if f == "status" and v not in ("open", "done"):
                        err(f"task status {v!r}")
                    if f == "product" and v not in PRODUCTS:
                        err(f"product {v!r} not in fixture M's products")
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
                    if ch.get("owner_id") != user["id"] and not {"ownership", "delegation"} & set(item["tags"]):
                        err(f"{op} owner must be the acting user unless the request assigns one (tag ownership)")
                if op == "log_activity" and ch.get("author_id") != user["id"]:
                    err("author_id must be the acting user")
                # links
                if table in ("activities", "tasks", "deals"):
                    co, ct, dl = ch.get("company_id"), ch.get("contact_id"), ch.get("deal_id")
                    if ct in rows["contacts"] and co != rows["contacts"][ct]["company_id"]:
                        err(f"contact {ct} is at company {rows['contacts'][ct]['company_id']}, not {co}")
                    if ct is not None and co is None:
                        err("contact linked without company")
                    if dl in rows["deals"]:
                        d = rows["deals"][dl]
                        if co != d["company_id"]:
                            err(f"deal {dl} belongs to company {d['company_id']}, not {co}")
                        if ct is None and d["contact_id"] is not None:
                            err(f"deal {dl} linked without its contact {d['contact_id']}")
                        elif ct != d["contact_id"]:
                            notes.append(f"{item['id']}: contact {ct} differs from deal {dl}'s contact {d['contact_id']}")
                if table == "contacts" and op == "create_contact":
                    co = ch.get("company_id")
                    if co not in rows["companies"] and co not in created.get("companies", set()):
                        err(f"new contact's company {co} not found")
            if item["category"] == "bulk" or item["id"] in BULK:
                if item["id"] not in BULK:
                    err("bulk item without a SQL check")
                    continue
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
                if len(want) < 2:
                    err("a bulk item should select at least two records")
            if item["category"] == "multi_intent" and len(steps) < 2 and "same_record" not in item["tags"]:
                err("multi_intent item with fewer than two steps")

    # split: stratified by category, reproducible from the seed
    dev_ids, test_ids = split(all_items)
    if sorted(file_ids[FILES[0].name]) != dev_ids or sorted(file_ids[FILES[1].name]) != test_ids:
        errors.append("the files do not hold the alternating split (validate_thirteenth.split)")
    dev, test = (cats[f.name] for f in FILES)
    for c in set(dev) | set(test):
        if abs(dev[c] - test[c]) > 1:
            errors.append(f"split not stratified for {c}: dev {dev[c]} test {test[c]}")
    total = collections.Counter()
    for c in cats.values():
        total.update(c)
    for c, m in MIN_CATEGORY.items():
        if total[c] < m:
            errors.append(f"category {c}: {total[c]} < {m}")
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
    n_items = sum(total.values())
    if n_items < 290:
        errors.append(f"only {n_items} items")
    for f in FILES:
        if sum(cats[f.name].values()) < 145:
            errors.append(f"{f.name} holds fewer than 145 items")
    if not 0.15 * n_items <= total["question"] <= 0.20 * n_items:
        errors.append(f"questions are {total['question']} of {n_items} (outside 15-20 %)")
    if not 0.12 * total["question"] <= declines_checked <= 0.2 * total["question"]:
        errors.append(f"{declines_checked} declines of {total['question']} questions (outside 12-20 %)")
    answerable = total["question"] - declines_checked
    if questions_without_excludes > 0.3 * answerable:
        errors.append(f"{questions_without_excludes} answerable questions have no answer_excludes (> 30 %)")
    if statuses["no_change"] < 8:
        errors.append(f"only {statuses['no_change']} no_change items")
    errors.extend(fixture_shape(store))
    errors.extend(world_checks(store, all_items))
    errors.extend(near_copies(all_items))
    errors.extend(convention_checks(all_items))
    errors.extend(superlative_checks(store, all_items))
    history_items = sum(1 for it in all_items if it["history"])
    if history_items < 16:
        errors.append(f"only {history_items} items with history")

    print(f"{n_items} items ({sum(dev.values())} dev, {sum(test.values())} test)")
    print("categories (dev/test):", {c: f"{dev[c]}/{test[c]}" for c in CATEGORIES})
    print("statuses:", dict(statuses))
    print("steps per op:", dict(sorted(ops.items())))
    print("admin deletes:", dict(admin_deletes))
    print("users:", dict(users_seen))
    print(f"declines checked: {declines_checked}")
    print(f"questions checked by SQL: {questions_checked}; excludes: {excludes_total}; "
          f"questions without excludes: {questions_without_excludes}")
    print("voices:", {v: tags[v] for v in VOICES})
    print("tags:", dict(sorted(tags.items())))
    for w in notes:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

