"""Check questions2_dev.jsonl + questions2_test.jsonl against the demo world, one independent SQL check per item.

Run: .venv/bin/python tests/corpus/validate_questions2.py
(exit status 1 when any label is wrong). Adapted from tests/corpus/validate_questions.py: same label format,
same check kinds, same cell formatting.

Every item id has an entry in CHECKS, lists of SQL queries against the fresh demo database
(data.demo.generate(Store(":memory:"), 2026-11-18)):
- contains: the cells of all rows, formatted like the labels, must equal the set answer_contains.
- excludes: likewise for answer_excludes (the strings a plausible wrong answer would show).
- truth:    every cell of the complete correct answer. answer_contains must be a subset of these cells, and no
            exclude may occur inside any of them. An answerable item with empty answer_contains ("nothing was
            logged today") must have a truth that returns no rows.
- absent:   for declines: each query must return no rows (no such record, no such column).

Cell formatting: floats must be whole and become "48,000"; integers (counts) become "18"; dates and timestamps
become ISO dates "2026-11-20"; strings stay as stored.

Calendar used by the labels (today is Wednesday 2026-11-18, data generated at 09:00):
today = 2026-11-18; yesterday = 2026-11-17; this week = Mon 2026-11-16 .. Sun 2026-11-22; last week =
2026-11-09 .. 2026-11-15; next week = 2026-11-23 .. 2026-11-29; this month = November 2026; next month = December
2026; this quarter = 2026-10-01 .. 2026-12-31; last quarter = 2026-07-01 .. 2026-09-30; this year = 2026.
"Open" = stage not in (Closed Won, Closed Lost). "Overdue" = open task with due_date before today.
"Quiet for N days" = open deal whose latest activity is before today - N days (or has none).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(os.environ.get("AUTOCRM_ROOT", Path(__file__).resolve().parents[2])).resolve()
sys.path.insert(0, str(ROOT))

from core.store import Store  # noqa: E402
from data.demo import generate  # noqa: E402

TODAY = dt.date(2026, 11, 18)
HERE = Path(__file__).resolve().parent
FILES = [HERE / "questions2_dev.jsonl", HERE / "questions2_test.jsonl"]
USERS = {"alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local", "riley@autocrm.local",
         "jordan@autocrm.local"}
FAMILIES = {"company_deals", "contact_deals", "won_lost", "pipeline", "closing", "stale_deals", "deal_contact",
            "owner", "contact_info", "company_info", "company_contacts", "activity", "last_touch", "tasks", "count",
            "biggest_deal", "average_deal", "decline"}
DECLINE_SHARE = (0.10, 0.20)
MIN_ITEMS = 160

OPEN = "stage NOT IN ('Closed Won', 'Closed Lost')"
D_OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost')"
# Columns of the CRM tables; a decline about data the CRM does not keep checks that no column holds it.
COLS = ("SELECT table_name || '.' || column_name FROM information_schema.columns "
        "WHERE table_name IN ('users','companies','contacts','deals','activities','tasks') AND ")


def co_deals(company: str, where: str = "TRUE", cols: str = "d.name") -> str:
    company = company.replace("'", "''")
    return (f"SELECT {cols} FROM deals d JOIN companies c ON c.id = d.company_id "
            f"WHERE c.name = '{company}' AND {where}")


def person_deals(first: str, last: str, where: str = "TRUE", cols: str = "d.name") -> str:
    return (f"SELECT {cols} FROM deals d JOIN contacts p ON p.id = d.contact_id "
            f"WHERE p.first_name = '{first}' AND p.last_name = '{last}' AND {where}")


def deal_person(deal: str, cols: str = "p.first_name || ' ' || p.last_name") -> str:
    deal = deal.replace("'", "''")
    return f"SELECT {cols} FROM deals d JOIN contacts p ON p.id = d.contact_id WHERE d.name = '{deal}'"


def person(first: str, last: str, cols: str) -> str:
    return (f"SELECT {cols} FROM contacts p JOIN companies c ON c.id = p.company_id "
            f"WHERE p.first_name = '{first}' AND p.last_name = '{last}'")


def co_people(company: str, where: str = "TRUE", cols: str = "p.first_name || ' ' || p.last_name") -> str:
    return (f"SELECT {cols} FROM contacts p JOIN companies c ON c.id = p.company_id "
            f"WHERE c.name = '{company}' AND {where}")


def acts(where: str, cols: str = "DISTINCT a.subject") -> str:
    return (f"SELECT {cols} FROM activities a LEFT JOIN deals d ON d.id = a.deal_id "
            f"LEFT JOIN companies c ON c.id = a.company_id WHERE {where}")


ACT_TRUTH = "a.type, a.subject, d.name, c.name"


def stale(where: str, cutoff: str, cols: str = "d.name", tail: str = "") -> str:
    return (f"SELECT {cols} FROM deals d LEFT JOIN activities a ON a.deal_id = d.id WHERE {D_OPEN} AND {where} "
            f"GROUP BY d.id, d.name, d.stage, d.amount "
            f"HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < DATE '{cutoff}' {tail}")


def touched(where: str, lo: str, cols: str = "d.name", tail: str = "") -> str:
    """Open deals whose latest activity is on or after lo (the ones a wrong 'stale' answer would add)."""
    return (f"SELECT {cols} FROM deals d JOIN activities a ON a.deal_id = d.id WHERE {D_OPEN} AND {where} "
            f"GROUP BY d.id, d.name HAVING max(a.occurred_at) >= DATE '{lo}' {tail}")


def last_co(company: str, before: str | None = None) -> str:
    extra = f" AND a.occurred_at < (SELECT max(occurred_at) FROM activities x JOIN companies y ON y.id = x.company_id " \
            f"WHERE y.name = '{company}') - INTERVAL 1 DAY" if before else ""
    return (f"SELECT CAST(max(a.occurred_at) AS DATE) FROM activities a JOIN companies c ON c.id = a.company_id "
            f"WHERE c.name = '{company}'{extra}")


def last_co_truth(company: str) -> str:
    return (f"SELECT CAST(a.occurred_at AS DATE), a.type, a.subject, d.name FROM activities a "
            f"JOIN companies c ON c.id = a.company_id LEFT JOIN deals d ON d.id = a.deal_id WHERE c.name = '{company}' "
            f"AND a.occurred_at = (SELECT max(x.occurred_at) FROM activities x WHERE x.company_id = c.id)")


def tasks(where: str, cols: str = "t.title") -> str:
    return f"SELECT {cols} FROM tasks t WHERE {where}"


TASK_TRUTH = "t.title, t.due_date, t.status"

CO_TRUTH = "d.name, d.stage, d.amount, d.close_date"
CLOSED = "SELECT DISTINCT stage FROM deals WHERE stage IN ('Closed Won', 'Closed Lost')"

CHECKS: dict[str, dict[str, list[str]]] = {
    # ---------------------------------------------------------------- deals of a company
    "q2-001": dict(contains=[co_deals("Proseware")], excludes=[CLOSED],
                   truth=[co_deals("Proseware", cols=CO_TRUTH)]),
    "q2-002": dict(contains=[co_deals("Alpine Ski House")],
                   excludes=["SELECT name FROM deals WHERE name = 'Adventure Works Platform' "
                             "OR (name LIKE 'Blue Yonder%' AND product = 'Analytics Suite')"],
                   truth=[co_deals("Alpine Ski House", cols=CO_TRUTH)]),
    "q2-003": dict(contains=[co_deals("Massive Dynamic", OPEN)],
                   excludes=[co_deals("Massive Dynamic", "d.stage IN ('Closed Won', 'Closed Lost')")],
                   truth=[co_deals("Massive Dynamic", OPEN, CO_TRUTH)]),
    "q2-004": dict(contains=[co_deals("Tyrell Systems")], excludes=[co_deals("Cyberdyne", "d.product = 'Security Add-on'")],
                   truth=[co_deals("Tyrell Systems", cols=CO_TRUTH)]),
    "q2-005": dict(contains=[co_deals("Contoso")], excludes=[co_deals("Tailspin Toys", "d.product = 'Analytics Suite'")],
                   truth=[co_deals("Contoso", cols=CO_TRUTH)]),
    "q2-006": dict(contains=[co_deals("Blue Yonder Airlines"),
                             co_deals("Blue Yonder Airlines", "d.name LIKE '%Security Add-on'", "d.stage")],
                   excludes=[CLOSED],
                   truth=[co_deals("Blue Yonder Airlines", cols=CO_TRUTH)]),
    "q2-007": dict(contains=[co_deals("Southridge Video", cols="d.name, d.stage")],
                   excludes=["SELECT 'Closed Won'"],
                   truth=[co_deals("Southridge Video", cols=CO_TRUTH)]),
    "q2-008": dict(contains=[co_deals("Fourth Coffee", cols="d.name, d.stage")],
                   excludes=["SELECT 'Closed Lost'", co_deals("Coho Winery")],
                   truth=[co_deals("Fourth Coffee", cols=CO_TRUTH)]),
    "q2-009": dict(contains=[co_deals("Tailspin Toys", OPEN)], excludes=[CLOSED, co_deals("Wingtip Toys")],
                   truth=[co_deals("Tailspin Toys", OPEN, CO_TRUTH)]),
    # ---------------------------------------------------------------- deals of a contact
    "q2-010": dict(contains=[person_deals("Connor", "Kim")], excludes=[person_deals("Abigail", "Kim")],
                   truth=[person_deals("Connor", "Kim", cols=CO_TRUTH)]),
    "q2-011": dict(contains=[person_deals("Colin", "Hughes")], excludes=[CLOSED],
                   truth=[person_deals("Colin", "Hughes", cols=CO_TRUTH)]),
    "q2-012": dict(contains=[person_deals("Ethan", "Nguyen")], excludes=[CLOSED],
                   truth=[person_deals("Ethan", "Nguyen", cols=CO_TRUTH)]),
    "q2-013": dict(contains=[person_deals("Ivy", "Fischer", cols="d.name, d.stage")],
                   excludes=[person_deals("Keith", "Fischer")],
                   truth=[person_deals("Ivy", "Fischer", cols=CO_TRUTH)]),
    "q2-014": dict(contains=[person_deals("Gideon", "Cruz")], excludes=[CLOSED],
                   truth=[person_deals("Gideon", "Cruz", cols=CO_TRUTH)]),
    "q2-015": dict(contains=[person_deals("Zoe", "Carter", cols="d.name, d.stage")],
                   excludes=[person_deals("Cora", "Carter")],
                   truth=[person_deals("Zoe", "Carter", cols=CO_TRUTH)]),
    "q2-016": dict(contains=[person_deals("Dominic", "Owens", D_OPEN)],
                   excludes=[person_deals("Dominic", "Owens", "NOT " + D_OPEN)],
                   truth=[person_deals("Dominic", "Owens", D_OPEN, CO_TRUTH)]),
    "q2-017": dict(contains=[person_deals("Luke", "Jensen")], excludes=[CLOSED],
                   truth=[person_deals("Luke", "Jensen", cols=CO_TRUTH)]),
    # ---------------------------------------------------------------- won / lost in a period
    "q2-018": dict(contains=["""SELECT name, amount FROM deals WHERE stage = 'Closed Won'
                                AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""],
                   excludes=["""SELECT name FROM deals WHERE stage = 'Closed Lost'
                                AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31' AND amount > 120000"""],
                   truth=["""SELECT name, amount, close_date, owner_id FROM deals WHERE stage = 'Closed Won'
                             AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""]),
    "q2-019": dict(contains=["""SELECT name FROM deals WHERE stage = 'Closed Lost'
                                AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""],
                   excludes=["""SELECT name FROM deals WHERE stage LIKE 'Closed%' AND (
                                (stage = 'Closed Won' AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31')
                                OR (stage = 'Closed Lost' AND close_date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30'))"""],
                   truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Lost'
                             AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'""",
                          """SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'
                             AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""]),
    "q2-020": dict(contains=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'
                                AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
                   excludes=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'
                                AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'""",
                             """SELECT name FROM deals WHERE stage = 'Closed Won' AND close_date >= DATE '2026-10-01'"""],
                   truth=["""SELECT name, amount FROM deals WHERE stage = 'Closed Won'
                             AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'""",
                          """SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'
                             AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""]),
    "q2-021": dict(contains=["SELECT sum(amount) FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026"],
                   excludes=["SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026",
                             "SELECT sum(amount) FROM deals WHERE stage LIKE 'Closed%' AND year(close_date) = 2026"],
                   truth=["SELECT sum(amount) FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026",
                          "SELECT name, amount FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026"]),
    "q2-022": dict(contains=["SELECT count(*) FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026"],
                   excludes=["SELECT name FROM deals WHERE stage = 'Closed Won' AND amount > 100000"],
                   truth=["SELECT count(*) FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026",
                          "SELECT name, amount FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026"]),
    "q2-023": dict(contains=["""SELECT name FROM deals WHERE owner_id = 3 AND stage = 'Closed Won'
                                AND year(close_date) = 2026"""],
                   excludes=["""SELECT name FROM deals WHERE owner_id = 2 AND stage = 'Closed Won'""",
                             """SELECT name FROM deals WHERE owner_id = 3 AND stage = 'Closed Lost'"""],
                   truth=["""SELECT name, amount, close_date FROM deals WHERE owner_id = 3 AND stage = 'Closed Won'
                             AND year(close_date) = 2026"""]),
    "q2-024": dict(contains=["""SELECT name FROM deals WHERE owner_id = 1 AND stage = 'Closed Lost'
                                AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
                   excludes=["""SELECT name FROM deals WHERE stage = 'Closed Lost' AND (
                                (owner_id = 1 AND close_date >= DATE '2026-10-01' AND amount > 110000)
                                OR (owner_id <> 1 AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'))"""],
                   truth=["""SELECT name, amount, close_date FROM deals WHERE owner_id = 1 AND stage = 'Closed Lost'
                             AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""]),
    "q2-025": dict(contains=["""SELECT name FROM deals WHERE stage = 'Closed Lost'
                                AND close_date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30'"""],
                   excludes=["""SELECT name FROM deals WHERE stage = 'Closed Won'
                                AND close_date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30'"""],
                   truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Lost'
                             AND close_date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30'"""]),
    "q2-026": dict(contains=["""SELECT name FROM deals WHERE stage = 'Closed Won'
                                AND close_date BETWEEN DATE '2026-08-01' AND DATE '2026-08-31'"""],
                   excludes=["""SELECT name FROM deals WHERE stage LIKE 'Closed%'
                                AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'
                                AND month(close_date) <> 8 AND (stage = 'Closed Lost' OR amount < 30000)"""],
                   truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Won'
                             AND close_date BETWEEN DATE '2026-08-01' AND DATE '2026-08-31'"""]),
    "q2-027": dict(excludes=["""SELECT name FROM deals WHERE stage = 'Closed Lost' AND (
                                (owner_id = 2) OR (owner_id = 1 AND close_date >= DATE '2026-10-19'))"""],
                   truth=["""SELECT name FROM deals WHERE owner_id = 2 AND stage = 'Closed Lost'
                             AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"""]),
    "q2-028": dict(contains=["""SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id
                                WHERE u.name = 'Alex Morgan' AND d.stage = 'Closed Won' AND year(d.close_date) = 2026"""],
                   excludes=["""SELECT name FROM deals WHERE owner_id = 1 AND stage = 'Closed Lost' AND amount > 150000"""],
                   truth=["""SELECT d.name, d.amount, d.close_date FROM deals d JOIN users u ON u.id = d.owner_id
                             WHERE u.name = 'Alex Morgan' AND d.stage = 'Closed Won' AND year(d.close_date) = 2026"""]),
    "q2-029": dict(contains=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'
                                AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""],
                   excludes=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'
                                AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""],
                   truth=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'
                             AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'""",
                          """SELECT name, amount FROM deals WHERE stage = 'Closed Lost'
                             AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""]),
    "q2-030": dict(contains=["""SELECT name FROM deals WHERE stage = 'Closed Won'
                                AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"""],
                   excludes=["""SELECT name FROM deals WHERE stage = 'Closed Won' AND close_date < DATE '2026-10-01'
                                AND owner_id = 2"""],
                   truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Won'
                             AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"""]),
    # ---------------------------------------------------------------- pipeline (open deals of a rep / stage)
    "q2-031": dict(contains=[f"SELECT sum(amount), count(*) FROM deals WHERE owner_id = 3 AND {OPEN}"],
                   excludes=["SELECT name FROM deals WHERE owner_id = 3 AND stage LIKE 'Closed%'"],
                   truth=[f"SELECT sum(amount), count(*) FROM deals WHERE owner_id = 3 AND {OPEN}",
                          f"SELECT name, stage, amount, close_date FROM deals WHERE owner_id = 3 AND {OPEN}"]),
    "q2-032": dict(contains=[f"SELECT sum(amount) FROM deals WHERE owner_id = 1 AND {OPEN}"],
                   excludes=["SELECT sum(amount) FROM deals WHERE owner_id = 1",
                             f"SELECT sum(amount) FROM deals WHERE {OPEN}"],
                   truth=[f"SELECT sum(amount), count(*) FROM deals WHERE owner_id = 1 AND {OPEN}",
                          f"SELECT name, stage, amount FROM deals WHERE owner_id = 1 AND {OPEN}"]),
    "q2-033": dict(contains=[f"SELECT stage, sum(amount) FROM deals WHERE owner_id = 2 AND {OPEN} "
                             "AND stage IN ('Lead', 'Qualified') GROUP BY stage"],
                   excludes=["SELECT sum(amount) FROM deals WHERE owner_id = 2 AND stage = 'Closed Won'"],
                   truth=[f"SELECT stage, count(*), sum(amount) FROM deals WHERE owner_id = 2 AND {OPEN} GROUP BY stage",
                          f"SELECT name, stage, amount FROM deals WHERE owner_id = 2 AND {OPEN}"]),
    "q2-034": dict(contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN}"],
                   excludes=["SELECT sum(amount) FROM deals"],
                   truth=[f"SELECT sum(amount), count(*) FROM deals WHERE {OPEN}",
                          f"SELECT owner_id, sum(amount) FROM deals WHERE {OPEN} GROUP BY owner_id"]),
    "q2-035": dict(contains=["SELECT name FROM deals WHERE stage = 'Negotiation'"],
                   excludes=["SELECT name FROM deals WHERE stage = 'Proposal' AND amount > 150000"],
                   truth=["SELECT name, amount, owner_id, close_date FROM deals WHERE stage = 'Negotiation'"]),
    "q2-036": dict(contains=["SELECT stage, count(*) FROM deals WHERE stage IN ('Lead', 'Closed Lost') GROUP BY stage"],
                   excludes=[],
                   truth=["SELECT stage, count(*), sum(amount) FROM deals GROUP BY stage"]),
    "q2-037": dict(contains=["SELECT count(*), sum(amount) FROM deals WHERE stage = 'Proposal'"],
                   excludes=["SELECT sum(amount) FROM deals WHERE stage = 'Qualified'"],
                   truth=["SELECT count(*), sum(amount) FROM deals WHERE stage = 'Proposal'",
                          "SELECT name, amount FROM deals WHERE stage = 'Proposal'"]),
    "q2-038": dict(contains=["SELECT name FROM deals WHERE owner_id = 1 AND stage = 'Qualified'"],
                   excludes=["SELECT name FROM deals WHERE owner_id <> 1 AND stage = 'Qualified' AND amount > 180000"],
                   truth=["SELECT name, amount, close_date FROM deals WHERE owner_id = 1 AND stage = 'Qualified'"]),
    "q2-039": dict(contains=["SELECT name FROM deals WHERE owner_id = 3 AND stage = 'Negotiation'"],
                   excludes=["SELECT name FROM deals WHERE owner_id <> 3 AND stage = 'Negotiation' AND amount > 100000"],
                   truth=["SELECT name, amount, close_date FROM deals WHERE owner_id = 3 AND stage = 'Negotiation'"]),
    "q2-040": dict(contains=["SELECT sum(amount) FROM deals WHERE owner_id = 1 AND stage = 'Proposal'"],
                   excludes=["SELECT sum(amount) FROM deals WHERE stage = 'Proposal'"],
                   truth=["SELECT sum(amount), count(*) FROM deals WHERE owner_id = 1 AND stage = 'Proposal'",
                          "SELECT name, amount FROM deals WHERE owner_id = 1 AND stage = 'Proposal'"]),
    # ---------------------------------------------------------------- closing soon
    "q2-041": dict(contains=[f"""SELECT name FROM deals WHERE {OPEN}
                                 AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-30'"""],
                   excludes=[f"""SELECT name FROM deals WHERE {OPEN} AND close_date = DATE '2026-12-01'"""],
                   truth=[f"""SELECT name, close_date, amount, stage FROM deals WHERE {OPEN}
                              AND close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'"""]),
    "q2-042": dict(contains=[f"""SELECT name FROM deals WHERE {OPEN}
                                 AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'
                                 ORDER BY close_date, id LIMIT 5"""],
                   excludes=[f"""(SELECT name FROM deals WHERE {OPEN} AND close_date < DATE '2026-12-01'
                                  AND close_date >= DATE '2026-11-18' ORDER BY close_date DESC LIMIT 1)
                                 UNION ALL
                                 (SELECT name FROM deals WHERE {OPEN} AND close_date > DATE '2026-12-31'
                                  ORDER BY close_date LIMIT 1)"""],
                   truth=[f"""SELECT name, close_date, amount FROM deals WHERE {OPEN}
                              AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""]),
    "q2-043": dict(contains=[f"""SELECT sum(amount) FROM deals WHERE {OPEN}
                                 AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""],
                   excludes=[f"""SELECT sum(amount) FROM deals WHERE {OPEN}
                                 AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-31'"""],
                   truth=[f"""SELECT sum(amount), count(*) FROM deals WHERE {OPEN}
                              AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'""",
                          f"""SELECT name, amount FROM deals WHERE {OPEN}
                              AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""]),
    "q2-044": dict(contains=[f"""SELECT name FROM deals WHERE owner_id = 2 AND {OPEN}
                                 AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-30'"""],
                   excludes=[f"""SELECT name FROM deals WHERE owner_id = 2 AND {OPEN}
                                 AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-05'"""],
                   truth=[f"""SELECT name, close_date, amount FROM deals WHERE owner_id = 2 AND {OPEN}
                              AND close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'"""]),
    "q2-045": dict(contains=[f"""SELECT name FROM deals WHERE owner_id = 1 AND {OPEN}
                                 AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""],
                   excludes=[f"""SELECT name FROM deals WHERE owner_id = 1 AND {OPEN}
                                 AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-30'"""],
                   truth=[f"""SELECT name, close_date, amount FROM deals WHERE owner_id = 1 AND {OPEN}
                              AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""]),
    "q2-046": dict(contains=[f"SELECT name FROM deals WHERE {OPEN} AND close_date < DATE '2026-11-18'"],
                   excludes=["""SELECT name FROM deals WHERE stage = 'Closed Lost'
                                AND close_date BETWEEN DATE '2026-10-15' AND DATE '2026-10-31'"""],
                   truth=[f"SELECT name, close_date, stage, amount FROM deals WHERE {OPEN} AND close_date < DATE '2026-11-18'"]),
    "q2-047": dict(contains=[f"""SELECT name FROM deals WHERE {OPEN}
                                 AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-25'"""],
                   excludes=[f"""SELECT name FROM deals WHERE {OPEN}
                                 AND close_date BETWEEN DATE '2026-11-26' AND DATE '2026-11-28'"""],
                   truth=[f"""SELECT name, close_date, amount FROM deals WHERE {OPEN}
                              AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-25'"""]),
    "q2-048": dict(contains=[f"""SELECT name FROM deals WHERE owner_id = 3 AND {OPEN}
                                 AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-02'"""],
                   excludes=[f"""SELECT name FROM deals WHERE owner_id = 3 AND {OPEN}
                                 AND close_date BETWEEN DATE '2026-12-03' AND DATE '2026-12-31'"""],
                   truth=[f"""SELECT name, close_date, amount FROM deals WHERE owner_id = 3 AND {OPEN}
                              AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-02'"""]),
    "q2-049": dict(contains=[f"""SELECT name FROM deals WHERE {OPEN}
                                 AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-01-31'
                                 ORDER BY close_date LIMIT 5"""],
                   excludes=[f"""SELECT name FROM deals WHERE {OPEN} AND close_date IN (DATE '2026-12-29', DATE '2027-02-01')"""],
                   truth=[f"""SELECT name, close_date, amount FROM deals WHERE {OPEN}
                              AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-01-31'"""]),
    # ---------------------------------------------------------------- stale / quiet deals
    "q2-050": dict(contains=[stale("TRUE", "2026-10-19")],
                   excludes=[touched("TRUE", "2026-10-24", tail="AND max(a.occurred_at) < DATE '2026-10-25' "
                                                               "ORDER BY d.name LIMIT 2")],
                   truth=[stale("TRUE", "2026-10-19", "d.name, d.stage, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    "q2-051": dict(contains=[stale("d.owner_id = 2", "2026-10-28")],
                   excludes=[touched("d.owner_id = 2", "2026-10-29", tail="AND max(a.occurred_at) < DATE '2026-11-03'"),
                             stale("d.owner_id <> 2", "2026-10-19")],
                   truth=[stale("d.owner_id = 2", "2026-10-28", "d.name, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    "q2-052": dict(excludes=[touched("d.owner_id = 3", "2026-10-04", tail="AND max(a.occurred_at) < DATE '2026-10-25'")],
                   truth=[stale("d.owner_id = 3", "2026-10-04", "d.name, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    "q2-053": dict(contains=[stale("d.stage = 'Proposal'", "2026-10-28", tail="ORDER BY max(a.occurred_at), d.id LIMIT 5")],
                   excludes=[stale("d.stage = 'Lead'", "2026-10-28")],
                   truth=[stale("d.stage = 'Proposal'", "2026-10-28",
                                "d.name, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    "q2-054": dict(contains=[stale("TRUE", "2026-11-18", "d.name, CAST(max(a.occurred_at) AS DATE)",
                                   "ORDER BY max(a.occurred_at) NULLS FIRST LIMIT 1")],
                   excludes=["SELECT d.name FROM deals d JOIN activities a ON a.deal_id = d.id WHERE d.stage LIKE 'Closed%' "
                             "GROUP BY d.id, d.name ORDER BY max(a.occurred_at) LIMIT 1"],
                   truth=[stale("TRUE", "2026-11-18", "d.name, d.stage, d.amount, CAST(max(a.occurred_at) AS DATE)",
                                "ORDER BY max(a.occurred_at) NULLS FIRST LIMIT 1")]),
    "q2-055": dict(contains=[stale("d.owner_id = 1", "2026-10-28")],
                   excludes=[touched("d.owner_id = 1", "2026-10-28", tail="AND max(a.occurred_at) < DATE '2026-11-02'")],
                   truth=[stale("d.owner_id = 1", "2026-10-28", "d.name, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    "q2-056": dict(contains=[stale("d.amount >= 100000", "2026-10-28")],
                   excludes=[stale("d.amount < 100000", "2026-10-28", tail="ORDER BY d.name LIMIT 2")],
                   truth=[stale("d.amount >= 100000", "2026-10-28", "d.name, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    # ---------------------------------------------------------------- contact on a deal
    "q2-057": dict(contains=[deal_person("Wonka Labs Consulting Services")],
                   excludes=[co_people("Wonka Labs", "p.first_name = 'Edgar'")],
                   truth=[deal_person("Wonka Labs Consulting Services", "p.first_name || ' ' || p.last_name, p.email, p.title")]),
    "q2-058": dict(contains=[deal_person("Lucerne Publishing Consulting Services")],
                   excludes=[co_people("Lucerne Publishing", "p.title IN ('CEO', 'IT Manager')")],
                   truth=[deal_person("Lucerne Publishing Consulting Services", "p.first_name || ' ' || p.last_name, p.email, p.title")]),
    "q2-059": dict(contains=[deal_person("Dunder Mifflin Platform")],
                   excludes=[co_people("Dunder Mifflin", "p.first_name IN ('Eli', 'Nina')")],
                   truth=[deal_person("Dunder Mifflin Platform", "p.first_name || ' ' || p.last_name, p.email, p.title")]),
    "q2-060": dict(contains=[deal_person("Trey Research Support Plan", "p.first_name || ' ' || p.last_name, p.email")],
                   excludes=[co_people("Trey Research", "p.first_name = 'Tara'")],
                   truth=[deal_person("Trey Research Support Plan", "p.first_name || ' ' || p.last_name, p.email, p.phone, p.title")]),
    "q2-061": dict(contains=[deal_person("Sterling Cooper Consulting Services")],
                   excludes=[co_people("Sterling Cooper", "p.first_name IN ('Joel', 'Lena')")],
                   truth=[deal_person("Sterling Cooper Consulting Services", "p.first_name || ' ' || p.last_name, p.email, p.title")]),
    "q2-062": dict(contains=[deal_person("Initech Analytics Suite", "p.first_name || ' ' || p.last_name, p.title")],
                   excludes=[co_people("Initech", "p.title IN ('CFO', 'VP Sales')")],
                   truth=[deal_person("Initech Analytics Suite", "p.first_name || ' ' || p.last_name, p.email, p.title")]),
    "q2-063": dict(contains=[deal_person("Wayne Enterprises Consulting", "p.first_name || ' ' || p.last_name, p.phone")],
                   excludes=[co_people("Wayne Enterprises", "p.title = 'IT Manager'"),
                             co_people("Wayne Enterprises", "p.title = 'IT Manager'", "p.phone")],
                   truth=[deal_person("Wayne Enterprises Consulting", "p.first_name || ' ' || p.last_name, p.phone, p.title")]),
    "q2-064": dict(contains=[deal_person("Umbrella Health Support Plan")],
                   excludes=[co_people("Umbrella Health", "p.title IN ('CFO', 'CEO')")],
                   truth=[deal_person("Umbrella Health Support Plan", "p.first_name || ' ' || p.last_name, p.email, p.title")]),
    "q2-065": dict(excludes=[],
                   truth=[deal_person("Fourth Coffee Software License", "p.first_name || ' ' || p.last_name, p.email")]),
    # ---------------------------------------------------------------- account owner vs deal owner
    "q2-066": dict(contains=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Wonka Labs'"],
                   excludes=[co_deals("Wonka Labs", cols="u.name").replace("FROM deals d", "FROM deals d JOIN users u ON u.id = d.owner_id")],
                   truth=["SELECT u.name, u.email FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Wonka Labs'"]),
    "q2-067": dict(contains=["SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Wonka Labs Consulting Services'"],
                   excludes=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Wonka Labs'"],
                   truth=["SELECT u.name, u.email FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Wonka Labs Consulting Services'"]),
    "q2-068": dict(contains=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Cyberdyne'"],
                   excludes=["SELECT DISTINCT u.name FROM deals d JOIN users u ON u.id = d.owner_id JOIN companies c ON c.id = d.company_id "
                             "WHERE c.name = 'Cyberdyne' AND d.owner_id <> c.owner_id"],
                   truth=["SELECT u.name, u.email FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Cyberdyne'"]),
    "q2-069": dict(contains=["SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Dunder Mifflin Platform'"],
                   excludes=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Dunder Mifflin'"],
                   truth=["SELECT u.name, u.email FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Dunder Mifflin Platform'"]),
    "q2-070": dict(contains=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Sterling Cooper'",
                             "SELECT DISTINCT u.name FROM deals d JOIN users u ON u.id = d.owner_id JOIN companies c ON c.id = d.company_id "
                             "WHERE c.name = 'Sterling Cooper'"],
                   excludes=["SELECT name FROM users WHERE name = 'Priya Patel'"],
                   truth=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Sterling Cooper'",
                          "SELECT d.name, u.name FROM deals d JOIN users u ON u.id = d.owner_id JOIN companies c ON c.id = d.company_id "
                          "WHERE c.name = 'Sterling Cooper'"]),
    "q2-071": dict(contains=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Woodgrove Bank'"],
                   excludes=["SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Woodgrove Bank Consulting Services'"],
                   truth=["SELECT u.name, u.email FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Woodgrove Bank'"]),
    "q2-072": dict(contains=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Oscorp'"],
                   excludes=["SELECT DISTINCT u.name FROM deals d JOIN users u ON u.id = d.owner_id JOIN companies c ON c.id = d.company_id "
                             "WHERE c.name = 'Oscorp'"],
                   truth=["SELECT u.name, u.email FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Oscorp'"]),
    "q2-073": dict(contains=["SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Lucerne Publishing Consulting Services'"],
                   excludes=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Lucerne Publishing'"],
                   truth=["SELECT u.name, u.email FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Lucerne Publishing Consulting Services'"]),
    "q2-074": dict(contains=["SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Fabrikam Support Plan'"],
                   excludes=["SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Fabrikam'"],
                   truth=["SELECT u.name, u.email FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Fabrikam Support Plan'"]),
    # ---------------------------------------------------------------- a contact's details
    "q2-075": dict(contains=[person("Hugo", "Adams", "p.email")],
                   excludes=[person("Hugo", "Adams", "'hugo.adams@southridge.com'")],
                   truth=[person("Hugo", "Adams", "p.first_name || ' ' || p.last_name, p.email, c.name")]),
    "q2-076": dict(contains=[person("Nadia", "West", "p.phone")],
                   excludes=["SELECT phone FROM contacts WHERE last_name = 'West' AND first_name <> 'Nadia'"],
                   truth=[person("Nadia", "West", "p.first_name || ' ' || p.last_name, p.phone, c.name")]),
    "q2-077": dict(contains=[person("Dmitri", "Lopez", "p.title")],
                   excludes=[person("Derek", "Lopez", "p.title")],
                   truth=[person("Dmitri", "Lopez", "p.first_name || ' ' || p.last_name, p.title, c.name")]),
    "q2-078": dict(contains=[person("Sven", "Hughes", "p.email, p.phone")],
                   excludes=[person("Colin", "Hughes", "p.email, p.phone")],
                   truth=[person("Sven", "Hughes", "p.first_name || ' ' || p.last_name, p.email, p.phone, p.title, c.name")]),
    "q2-079": dict(contains=[person("Yara", "Tanaka", "p.title")],
                   excludes=[person("Dana", "Smith", "p.title")],
                   truth=[person("Yara", "Tanaka", "p.first_name || ' ' || p.last_name, p.title, c.name")]),
    "q2-080": dict(contains=[person("Chris", "Park", "p.email")],
                   excludes=[person("Chris", "Walker", "p.email")],
                   truth=[person("Chris", "Park", "p.first_name || ' ' || p.last_name, p.email, c.name")]),
    "q2-081": dict(contains=[person("Miles", "Rossi", "p.phone")],
                   excludes=["SELECT phone FROM contacts WHERE last_name = 'Rossi' AND first_name IN ('Ryan', 'Oscar', 'Basil')"],
                   truth=[person("Miles", "Rossi", "p.first_name || ' ' || p.last_name, p.phone, c.name")]),
    "q2-082": dict(contains=[person("Kira", "Schmidt", "p.title")],
                   excludes=[person("Ada", "Schmidt", "p.title")],
                   truth=[person("Kira", "Schmidt", "p.first_name || ' ' || p.last_name, p.title, c.name")]),
    "q2-083": dict(contains=[person("Quinn", "Moreno", "c.name")],
                   excludes=["SELECT c.name FROM contacts p JOIN companies c ON c.id = p.company_id "
                             "WHERE p.last_name = 'Moreno' AND p.first_name <> 'Quinn' AND c.name <> 'Pied Piper'"],
                   truth=[person("Quinn", "Moreno", "p.first_name || ' ' || p.last_name, c.name, p.title")]),
    # ---------------------------------------------------------------- company details
    "q2-084": dict(contains=["SELECT industry FROM companies WHERE name = 'Lucerne Publishing'"],
                   excludes=["SELECT industry FROM companies WHERE name = 'Southridge Video'"],
                   truth=["SELECT name, industry FROM companies WHERE name = 'Lucerne Publishing'"]),
    "q2-085": dict(contains=["SELECT domain FROM companies WHERE name = 'Blue Yonder Airlines'"],
                   excludes=["SELECT lower(replace(name, ' ', '')) || '.com' FROM companies WHERE name = 'Blue Yonder Airlines'"],
                   truth=["SELECT name, domain FROM companies WHERE name = 'Blue Yonder Airlines'"]),
    "q2-086": dict(contains=["SELECT industry FROM companies WHERE name = 'Coho Winery'"],
                   excludes=["SELECT industry FROM companies WHERE name = 'Soylent Foods'"],
                   truth=["SELECT name, industry FROM companies WHERE name = 'Coho Winery'"]),
    "q2-087": dict(contains=["SELECT c.domain, u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Woodgrove Bank'"],
                   excludes=["SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Woodgrove Bank Consulting Services'"],
                   truth=["SELECT c.name, c.domain, c.industry, u.name FROM companies c JOIN users u ON u.id = c.owner_id "
                          "WHERE c.name = 'Woodgrove Bank'"]),
    "q2-088": dict(contains=["SELECT name FROM companies WHERE industry = 'Healthcare'"],
                   excludes=["SELECT name FROM companies WHERE industry = 'Biotech'"],
                   truth=["SELECT name, domain FROM companies WHERE industry = 'Healthcare'"]),
    "q2-089": dict(contains=["SELECT name FROM companies WHERE industry = 'Software'"],
                   excludes=["SELECT name FROM companies WHERE industry = 'Technology'"],
                   truth=["SELECT name, domain FROM companies WHERE industry = 'Software'"]),
    "q2-090": dict(contains=["SELECT industry FROM companies WHERE name = 'Stark Industries'"],
                   excludes=["SELECT industry FROM companies WHERE name = 'Wayne Enterprises'"],
                   truth=["SELECT name, industry, domain FROM companies WHERE name = 'Stark Industries'"]),
    # ---------------------------------------------------------------- contacts at a company
    "q2-091": dict(contains=[co_people("Wayne Enterprises")],
                   excludes=["SELECT first_name || ' ' || last_name FROM contacts WHERE last_name = 'Turner' AND first_name <> 'Zane'"],
                   truth=[co_people("Wayne Enterprises", cols="p.first_name || ' ' || p.last_name, p.title, p.email")]),
    "q2-092": dict(contains=[co_people("Dunder Mifflin")],
                   excludes=["SELECT first_name || ' ' || last_name FROM contacts WHERE last_name = 'Cook' AND first_name IN ('Brooke', 'Lara')"],
                   truth=[co_people("Dunder Mifflin", cols="p.first_name || ' ' || p.last_name, p.title, p.email")]),
    "q2-093": dict(contains=[co_people("Soylent Foods")],
                   excludes=[co_people("Wonka Labs")],
                   truth=[co_people("Soylent Foods", cols="p.first_name || ' ' || p.last_name, p.title, p.email")]),
    "q2-094": dict(contains=[co_people("Vandelay Industries")],
                   excludes=[co_people("Globex", "p.last_name = 'Lopez'")],
                   truth=[co_people("Vandelay Industries", cols="p.first_name || ' ' || p.last_name, p.title, p.email")]),
    "q2-095": dict(contains=[co_people("Initech", "p.title = 'CFO'")],
                   excludes=[co_people("Initech", "p.title = 'CTO'")],
                   truth=[co_people("Initech", "p.title = 'CFO'", "p.first_name || ' ' || p.last_name, p.email, p.phone")]),
    "q2-096": dict(contains=[co_people("Hooli", "p.title = 'CTO'")],
                   excludes=[co_people("Hooli", "p.title IN ('Procurement Manager', 'Engineering Lead')")],
                   truth=[co_people("Hooli", "p.title = 'CTO'", "p.first_name || ' ' || p.last_name, p.email, p.title")]),
    "q2-097": dict(contains=[co_people("Trey Research")],
                   excludes=["SELECT first_name || ' ' || last_name FROM contacts WHERE last_name = 'Kim' AND first_name IN ('Connor', 'Lucia')"],
                   truth=[co_people("Trey Research", cols="p.first_name || ' ' || p.last_name, p.title, p.email")]),
    "q2-098": dict(contains=[co_people("Adventure Works")],
                   excludes=[co_people("Alpine Ski House", "p.title = 'Operations Director'")],
                   truth=[co_people("Adventure Works", cols="p.first_name || ' ' || p.last_name, p.title, p.email")]),
    # ---------------------------------------------------------------- activity by a user in a period
    "q2-099": dict(contains=[acts("a.author_id = 1 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'")],
                   excludes=[acts("a.author_id <> 1 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'")],
                   truth=[acts("a.author_id = 1 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'", ACT_TRUTH)]),
    "q2-100": dict(contains=[acts("a.author_id = 2 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'")],
                   excludes=[acts("a.author_id <> 2 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'")],
                   truth=[acts("a.author_id = 2 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'", ACT_TRUTH)]),
    "q2-101": dict(excludes=[acts("a.author_id <> 3 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'")],
                   truth=[acts("a.author_id = 3 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'", ACT_TRUTH)]),
    "q2-102": dict(contains=[acts("a.author_id = 1 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-17'")],
                   excludes=[acts("a.author_id <> 1 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-17'"),
                             acts("a.author_id = 1 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'")],
                   truth=[acts("a.author_id = 1 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-17'", ACT_TRUTH)]),
    "q2-103": dict(contains=[acts("a.author_id = 2 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-17'")],
                   excludes=[acts("a.author_id <> 2 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-17'"),
                             acts("a.author_id = 2 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'")],
                   truth=[acts("a.author_id = 2 AND CAST(a.occurred_at AS DATE) = DATE '2026-11-17'", ACT_TRUTH)]),
    "q2-104": dict(contains=[acts("a.author_id = 1 AND a.occurred_at >= DATE '2026-11-16' AND a.occurred_at < DATE '2026-11-23'")],
                   excludes=[acts("a.author_id = 2 AND a.occurred_at >= DATE '2026-11-16' AND a.subject IN "
                                  "('Champion left', 'Budget approved', 'Kick-off meeting')")],
                   truth=[acts("a.author_id = 1 AND a.occurred_at >= DATE '2026-11-16' AND a.occurred_at < DATE '2026-11-23'", ACT_TRUTH)]),
    "q2-105": dict(contains=[acts("a.author_id = 2 AND a.occurred_at >= DATE '2026-11-16' AND a.occurred_at < DATE '2026-11-23' "
                                  "AND a.type IN ('note', 'meeting')")],
                   excludes=[acts("a.author_id = 1 AND a.occurred_at >= DATE '2026-11-16' AND a.subject NOT IN "
                                  "(SELECT subject FROM activities WHERE author_id = 2 AND occurred_at >= DATE '2026-11-16')")],
                   truth=[acts("a.author_id = 2 AND a.occurred_at >= DATE '2026-11-16' AND a.occurred_at < DATE '2026-11-23'", ACT_TRUTH)]),
    "q2-106": dict(excludes=[acts("a.author_id = 3 AND a.occurred_at >= DATE '2026-11-14' AND a.occurred_at < DATE '2026-11-16' "
                                  "AND a.type IN ('message', 'meeting')")],
                   truth=[acts("a.author_id = 3 AND a.occurred_at >= DATE '2026-11-16' AND a.occurred_at < DATE '2026-11-23'", ACT_TRUTH)]),
    "q2-107": dict(contains=[acts("a.type = 'call' AND a.occurred_at >= DATE '2026-11-09' AND a.occurred_at < DATE '2026-11-16'")],
                   excludes=[acts("a.type = 'meeting' AND a.occurred_at >= DATE '2026-11-09' AND a.occurred_at < DATE '2026-11-16' "
                                  "AND a.subject IN ('Demo', 'Quarterly review')")],
                   truth=[acts("a.type = 'call' AND a.occurred_at >= DATE '2026-11-09' AND a.occurred_at < DATE '2026-11-16'",
                               "a.subject, d.name, c.name, a.author_id")]),
    "q2-108": dict(contains=[acts("a.author_id = 3 AND a.occurred_at >= DATE '2026-11-09' AND a.occurred_at < DATE '2026-11-16' "
                                  "AND a.type IN ('note', 'message')")],
                   excludes=[acts("a.author_id <> 3 AND a.occurred_at >= DATE '2026-11-09' AND a.occurred_at < DATE '2026-11-16' "
                                  "AND a.subject IN ('Sent proposal', 'Demo', 'Pricing discussion')")],
                   truth=[acts("a.author_id = 3 AND a.occurred_at >= DATE '2026-11-09' AND a.occurred_at < DATE '2026-11-16'", ACT_TRUTH)]),
    "q2-109": dict(contains=["SELECT count(*) FROM activities WHERE type = 'email' AND occurred_at >= DATE '2026-11-16' "
                             "AND occurred_at < DATE '2026-11-23'"],
                   excludes=[acts("a.type <> 'email' AND a.occurred_at >= DATE '2026-11-16' AND a.type = 'note'")],
                   truth=["SELECT count(*) FROM activities WHERE type = 'email' AND occurred_at >= DATE '2026-11-16' "
                          "AND occurred_at < DATE '2026-11-23'",
                          acts("a.type = 'email' AND a.occurred_at >= DATE '2026-11-16'", "a.subject, d.name, a.author_id")]),
    # ---------------------------------------------------------------- last touch
    "q2-110": dict(contains=[last_co("Hooli")], excludes=[last_co("Hooli", before="prev")],
                   truth=[last_co_truth("Hooli")]),
    "q2-111": dict(contains=[last_co("Stark Industries")], excludes=[last_co("Stark Industries", before="prev")],
                   truth=[last_co_truth("Stark Industries")]),
    "q2-112": dict(contains=[last_co("Acme Logistics")], excludes=[last_co("Acme Corp")],
                   truth=[last_co_truth("Acme Logistics")]),
    "q2-113": dict(contains=[last_co("Pied Piper")], excludes=[last_co("Pied Piper", before="prev")],
                   truth=[last_co_truth("Pied Piper")]),
    "q2-114": dict(contains=[last_co("Woodgrove Bank")], excludes=[last_co("Gringotts Finance")],
                   truth=[last_co_truth("Woodgrove Bank")]),
    "q2-115": dict(contains=["""SELECT CAST(max(a.occurred_at) AS DATE) FROM activities a JOIN contacts p ON p.id = a.contact_id
                                WHERE p.first_name = 'Keith' AND p.last_name = 'Fischer'"""],
                   excludes=["""SELECT CAST(max(a.occurred_at) AS DATE) FROM activities a JOIN contacts p ON p.id = a.contact_id
                                WHERE p.first_name = 'Ivy' AND p.last_name = 'Fischer'"""],
                   truth=["""SELECT CAST(a.occurred_at AS DATE), a.type, a.subject FROM activities a JOIN contacts p ON p.id = a.contact_id
                             WHERE p.first_name = 'Keith' AND p.last_name = 'Fischer' AND a.occurred_at =
                             (SELECT max(occurred_at) FROM activities WHERE contact_id = p.id)"""]),
    "q2-116": dict(contains=[last_co("Umbrella Health")], excludes=[last_co("Northwind Health")],
                   truth=[last_co_truth("Umbrella Health")]),
    "q2-117": dict(contains=[last_co("Tyrell Systems")], excludes=[last_co("Cyberdyne")],
                   truth=[last_co_truth("Tyrell Systems")]),
    "q2-118": dict(excludes=[last_co("Wingtip Toys").replace("Wingtip Toys", "Tailspin Toys")],
                   truth=["SELECT a.occurred_at, a.subject FROM activities a JOIN companies c ON c.id = a.company_id "
                          "WHERE c.name = 'Wingtip Toys'"]),
    # ---------------------------------------------------------------- tasks
    "q2-119": dict(contains=[tasks("t.owner_id = 2 AND t.status = 'open' AND t.due_date < DATE '2026-11-18'")],
                   excludes=[tasks("t.owner_id = 2 AND t.status = 'open' AND t.due_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-20'"),
                             tasks("t.owner_id = 2 AND t.status = 'done' AND t.due_date BETWEEN DATE '2026-11-09' AND DATE '2026-11-15'")],
                   truth=[tasks("t.owner_id = 2 AND t.status = 'open' AND t.due_date < DATE '2026-11-18'", TASK_TRUTH)]),
    "q2-120": dict(contains=[tasks("t.owner_id = 3 AND t.status = 'open' AND t.due_date < DATE '2026-11-18'")],
                   excludes=[tasks("t.owner_id = 3 AND t.status = 'open' AND t.due_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-24'"),
                             tasks("t.owner_id = 3 AND t.status = 'done' AND t.due_date < DATE '2026-11-18'")],
                   truth=[tasks("t.owner_id = 3 AND t.status = 'open' AND t.due_date < DATE '2026-11-18'", TASK_TRUTH)]),
    "q2-121": dict(contains=["SELECT count(*) FROM tasks WHERE status = 'open' AND due_date < DATE '2026-11-18'"],
                   excludes=["SELECT count(*) FROM tasks WHERE due_date < DATE '2026-11-18'",
                             "SELECT count(*) FROM tasks WHERE status = 'open'"],
                   truth=["SELECT count(*) FROM tasks WHERE status = 'open' AND due_date < DATE '2026-11-18'",
                          "SELECT owner_id, count(*) FROM tasks WHERE status = 'open' AND due_date < DATE '2026-11-18' GROUP BY owner_id"]),
    "q2-122": dict(contains=["SELECT count(*) FROM tasks WHERE owner_id = 1 AND status = 'open' AND due_date < DATE '2026-11-18'"],
                   excludes=["SELECT count(*) FROM tasks WHERE owner_id = 1 AND status = 'open'"],
                   truth=["SELECT count(*) FROM tasks WHERE owner_id = 1 AND status = 'open' AND due_date < DATE '2026-11-18'",
                          tasks("t.owner_id = 1 AND t.status = 'open' AND t.due_date < DATE '2026-11-18'", TASK_TRUTH)]),
    "q2-123": dict(excludes=[tasks("t.status = 'open' AND t.due_date IN (DATE '2026-11-17', DATE '2026-11-19') AND t.owner_id = 1 "
                                   "AND t.title LIKE 'Send contract%'")],
                   truth=[tasks("t.status = 'open' AND t.due_date = DATE '2026-11-18'", TASK_TRUTH)]),
    "q2-124": dict(contains=[tasks("t.owner_id = 1 AND t.status = 'open' AND t.due_date = DATE '2026-11-19'")],
                   excludes=[tasks("t.owner_id = 1 AND t.status = 'open' AND t.due_date = DATE '2026-11-17' AND t.title NOT IN "
                                   "(SELECT title FROM tasks WHERE due_date = DATE '2026-11-19')")],
                   truth=[tasks("t.owner_id = 1 AND t.status = 'open' AND t.due_date = DATE '2026-11-19'", TASK_TRUTH)]),
    "q2-125": dict(contains=[tasks("t.owner_id = 2 AND t.status = 'open' AND t.due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'")],
                   excludes=[tasks("t.owner_id = 2 AND t.status = 'open' AND t.due_date = DATE '2026-11-23'")],
                   truth=[tasks("t.owner_id = 2 AND t.status = 'open' AND t.due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'", TASK_TRUTH)]),
    "q2-126": dict(contains=["""SELECT t.title FROM tasks t JOIN deals d ON d.id = t.deal_id
                                WHERE d.name = 'Monarch Solutions Software License' AND t.status = 'open'"""],
                   excludes=["""SELECT t.title FROM tasks t JOIN deals d ON d.id = t.deal_id
                                WHERE d.name = 'Monarch Solutions Software License' AND t.status = 'done'"""],
                   truth=["""SELECT t.title, t.due_date, t.status FROM tasks t JOIN deals d ON d.id = t.deal_id
                             WHERE d.name = 'Monarch Solutions Software License' AND t.status = 'open'"""]),
    "q2-127": dict(contains=[tasks("t.owner_id = 3 AND t.status = 'open' AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29'")],
                   excludes=[tasks("t.owner_id = 3 AND t.status = 'open' AND t.due_date < DATE '2026-11-18' AND t.title NOT IN "
                                   "(SELECT title FROM tasks WHERE owner_id = 3 AND due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29')")],
                   truth=[tasks("t.owner_id = 3 AND t.status = 'open' AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29'", TASK_TRUTH)]),
    "q2-128": dict(contains=["""SELECT t.title FROM tasks t JOIN deals d ON d.id = t.deal_id JOIN companies c ON c.id = d.company_id
                                WHERE c.name = 'Acme Corp' AND t.status = 'open'"""],
                   excludes=["""SELECT t.title FROM tasks t JOIN deals d ON d.id = t.deal_id JOIN companies c ON c.id = d.company_id
                                WHERE c.name = 'Acme Logistics' AND t.status = 'open'"""],
                   truth=["""SELECT t.title, t.due_date, t.status FROM tasks t JOIN deals d ON d.id = t.deal_id
                             JOIN companies c ON c.id = d.company_id WHERE c.name = 'Acme Corp' AND t.status = 'open'"""]),
    # ---------------------------------------------------------------- counts (all over 15 matching rows)
    "q2-129": dict(contains=["SELECT count(*) FROM contacts"], excludes=["SELECT count(*) FROM companies"],
                   truth=["SELECT count(*) FROM contacts"]),
    "q2-130": dict(contains=["SELECT count(*) FROM companies"], excludes=["SELECT count(*) FROM contacts"],
                   truth=["SELECT count(*) FROM companies"]),
    "q2-131": dict(contains=[f"SELECT count(*) FROM deals WHERE {OPEN}"], excludes=["SELECT count(*) FROM deals"],
                   truth=[f"SELECT count(*) FROM deals WHERE {OPEN}"]),
    "q2-132": dict(contains=["SELECT count(*) FROM contacts WHERE owner_id = 1"],
                   excludes=["SELECT count(*) FROM contacts WHERE owner_id = 2"],
                   truth=["SELECT count(*) FROM contacts WHERE owner_id = 1"]),
    "q2-133": dict(contains=["SELECT count(*) FROM activities WHERE type = 'call' AND year(occurred_at) = 2026"],
                   excludes=["SELECT count(*) FROM activities WHERE type = 'email' AND year(occurred_at) = 2026"],
                   truth=["SELECT count(*) FROM activities WHERE type = 'call' AND year(occurred_at) = 2026"]),
    "q2-134": dict(contains=["SELECT count(*) FROM contacts WHERE lifecycle_stage = 'lead'"],
                   excludes=["SELECT count(*) FROM contacts WHERE lifecycle_stage = 'prospect'"],
                   truth=["SELECT count(*) FROM contacts WHERE lifecycle_stage = 'lead'"]),
    "q2-135": dict(contains=["SELECT count(*) FROM tasks WHERE status = 'open'"],
                   excludes=["SELECT count(*) FROM tasks"],
                   truth=["SELECT count(*) FROM tasks WHERE status = 'open'"]),
    "q2-136": dict(contains=["SELECT count(*) FROM activities WHERE author_id = 2 AND occurred_at >= DATE '2026-10-01' "
                             "AND occurred_at < DATE '2026-11-01'"],
                   excludes=["SELECT count(*) FROM activities WHERE author_id = 1 AND occurred_at >= DATE '2026-10-01' "
                             "AND occurred_at < DATE '2026-11-01'"],
                   truth=["SELECT count(*) FROM activities WHERE author_id = 2 AND occurred_at >= DATE '2026-10-01' "
                          "AND occurred_at < DATE '2026-11-01'"]),
    "q2-137": dict(contains=["SELECT count(*) FROM contacts WHERE lifecycle_stage = 'customer'"],
                   excludes=["SELECT count(*) FROM contacts WHERE lifecycle_stage = 'opportunity'"],
                   truth=["SELECT count(*) FROM contacts WHERE lifecycle_stage = 'customer'"]),
    "q2-138": dict(contains=["SELECT count(*) FROM deals WHERE stage = 'Qualified'"],
                   excludes=[],
                   truth=["SELECT count(*), sum(amount) FROM deals WHERE stage = 'Qualified'"]),
    # ---------------------------------------------------------------- biggest / smallest
    "q2-139": dict(contains=[f"SELECT name, amount FROM deals WHERE owner_id = 2 AND {OPEN} ORDER BY amount DESC LIMIT 1"],
                   excludes=[f"SELECT name FROM deals WHERE owner_id <> 2 AND {OPEN} AND amount > 188000"],
                   truth=[f"SELECT name, amount, stage FROM deals WHERE owner_id = 2 AND {OPEN} ORDER BY amount DESC LIMIT 1"]),
    "q2-140": dict(contains=["SELECT name, amount FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026 "
                             "ORDER BY amount DESC LIMIT 1"],
                   excludes=["SELECT name FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026 ORDER BY amount DESC LIMIT 1"],
                   truth=["SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026 "
                          "ORDER BY amount DESC LIMIT 1"]),
    "q2-141": dict(contains=["SELECT name, amount FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026 "
                             "ORDER BY amount DESC LIMIT 1"],
                   excludes=["SELECT name FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026 ORDER BY amount DESC LIMIT 1"],
                   truth=["SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026 "
                          "ORDER BY amount DESC LIMIT 1"]),
    "q2-142": dict(contains=["SELECT name, amount FROM deals WHERE stage = 'Negotiation' ORDER BY amount DESC LIMIT 1"],
                   excludes=[f"SELECT name FROM deals WHERE {OPEN} ORDER BY amount DESC LIMIT 1"],
                   truth=["SELECT name, amount, owner_id FROM deals WHERE stage = 'Negotiation' ORDER BY amount DESC LIMIT 1"]),
    "q2-143": dict(contains=[f"SELECT name, amount FROM deals WHERE owner_id = 3 AND {OPEN} ORDER BY amount DESC LIMIT 1"],
                   excludes=[f"SELECT name FROM deals WHERE {OPEN} ORDER BY amount DESC LIMIT 1"],
                   truth=[f"SELECT name, amount, stage FROM deals WHERE owner_id = 3 AND {OPEN} ORDER BY amount DESC LIMIT 1"]),
    "q2-144": dict(contains=["SELECT name, amount FROM deals WHERE product = 'Support Plan' ORDER BY amount DESC LIMIT 1"],
                   excludes=["SELECT name FROM deals ORDER BY amount DESC LIMIT 1"],
                   truth=["SELECT name, amount, stage FROM deals WHERE product = 'Support Plan' ORDER BY amount DESC LIMIT 1"]),
    "q2-145": dict(contains=[f"SELECT name, amount FROM deals WHERE {OPEN} ORDER BY amount LIMIT 1"],
                   excludes=["SELECT name FROM deals ORDER BY amount LIMIT 1"],
                   truth=[f"SELECT name, amount, stage FROM deals WHERE {OPEN} ORDER BY amount LIMIT 1"]),
    "q2-146": dict(contains=[f"""SELECT d.name, d.amount FROM deals d JOIN companies c ON c.id = d.company_id
                                 WHERE c.name = 'Nakatomi Trading' AND {D_OPEN} ORDER BY d.amount DESC LIMIT 1"""],
                   excludes=[f"SELECT name FROM deals WHERE {OPEN} ORDER BY amount DESC LIMIT 1"],
                   truth=[f"""SELECT d.name, d.amount, d.stage FROM deals d JOIN companies c ON c.id = d.company_id
                              WHERE c.name = 'Nakatomi Trading' AND {D_OPEN} ORDER BY d.amount DESC LIMIT 1"""]),
    # ---------------------------------------------------------------- averages
    "q2-147": dict(contains=[f"SELECT round(avg(amount)) FROM deals WHERE {OPEN}"],
                   excludes=["SELECT round(avg(amount)) FROM deals"],
                   truth=[f"SELECT round(avg(amount)), count(*) FROM deals WHERE {OPEN}"]),
    "q2-148": dict(contains=["SELECT round(avg(amount)) FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026"],
                   excludes=["SELECT round(avg(amount)) FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026"],
                   truth=["SELECT round(avg(amount)), count(*) FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026"]),
    "q2-149": dict(contains=[f"SELECT round(avg(amount)) FROM deals WHERE owner_id = 3 AND {OPEN}"],
                   excludes=["SELECT round(avg(amount)) FROM deals WHERE owner_id = 3"],
                   truth=[f"SELECT round(avg(amount)), count(*) FROM deals WHERE owner_id = 3 AND {OPEN}"]),
    "q2-150": dict(contains=["SELECT round(avg(amount)) FROM deals WHERE product = 'Software License'"],
                   excludes=["SELECT round(avg(amount)) FROM deals"],
                   truth=["SELECT round(avg(amount)), count(*) FROM deals WHERE product = 'Software License'"]),
    "q2-151": dict(contains=["SELECT round(avg(amount)) FROM deals WHERE stage = 'Qualified'"],
                   excludes=[f"SELECT round(avg(amount)) FROM deals WHERE {OPEN}"],
                   truth=["SELECT round(avg(amount)), count(*) FROM deals WHERE stage = 'Qualified'"]),
    "q2-152": dict(contains=[f"SELECT round(avg(amount)) FROM deals WHERE owner_id = 2 AND {OPEN}"],
                   excludes=[f"SELECT round(avg(amount)) FROM deals WHERE {OPEN}"],
                   truth=[f"SELECT round(avg(amount)), count(*) FROM deals WHERE owner_id = 2 AND {OPEN}"]),
    # ---------------------------------------------------------------- declines (no such data / opinion / future)
    "q2-153": dict(excludes=["SELECT first_name || ' ' || last_name FROM contacts WHERE created_at >= DATE '2026-11-01' ORDER BY id LIMIT 2"], absent=[COLS + "(column_name ILIKE '%birth%' OR column_name ILIKE '%dob%')"]),
    "q2-154": dict(excludes=["SELECT amount FROM deals WHERE name = 'Fabrikam Support Plan'"], absent=[COLS + "(column_name ILIKE '%discount%')"]),
    "q2-155": dict(excludes=["SELECT d.close_date FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Cyberdyne'"], absent=[COLS + "(column_name ILIKE '%expir%' OR column_name ILIKE '%contract%' OR column_name ILIKE '%term%')"]),
    "q2-156": dict(absent=[COLS + "(column_name ILIKE '%source%' OR column_name ILIKE '%campaign%' OR column_name ILIKE '%channel%')"]),
    "q2-157": dict(excludes=[f"SELECT sum(amount) FROM deals WHERE owner_id = 3 AND {OPEN}"], absent=[COLS + "(column_name ILIKE '%commission%')"]),
    "q2-158": dict(excludes=["SELECT sum(amount) FROM deals WHERE owner_id = 2 AND stage = 'Closed Won'"], absent=[COLS + "(column_name ILIKE '%quota%' OR column_name ILIKE '%target%' OR column_name ILIKE '%goal%')"]),
    "q2-159": dict(absent=[COLS + "(column_name ILIKE '%address%' OR column_name ILIKE '%street%' OR column_name ILIKE '%zip%')"]),
    "q2-160": dict(absent=[COLS + "(column_name ILIKE '%city%' OR column_name ILIKE '%location%' OR column_name ILIKE '%hq%')"]),
    "q2-161": dict(absent=[COLS + "(column_name ILIKE '%timezone%' OR column_name ILIKE '%time_zone%' OR column_name ILIKE '%tz%')"]),
    "q2-162": dict(excludes=["SELECT amount FROM deals WHERE name = 'Wayne Enterprises Consulting'"], absent=[COLS + "(column_name ILIKE '%salary%' OR column_name ILIKE '%compensation%')"]),
    "q2-163": dict(excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"], absent=[COLS + "(column_name ILIKE '%forecast%' OR column_name ILIKE '%projection%' OR column_name ILIKE '%probab%')"]),
    "q2-164": dict(absent=[COLS + "(column_name ILIKE '%rating%' OR column_name ILIKE '%review%' OR column_name ILIKE '%score%')"]),
    "q2-165": dict(absent=["SELECT name FROM companies WHERE name ILIKE '%vehement%' OR domain ILIKE '%vehement%'"]),
    "q2-166": dict(absent=["SELECT name FROM companies WHERE name ILIKE '%weyland%' OR domain ILIKE '%weyland%'"]),
    "q2-167": dict(excludes=["SELECT phone FROM contacts WHERE last_name = 'Turner'"], absent=["SELECT id FROM contacts WHERE first_name ILIKE 'Lisa' OR last_name ILIKE 'Turnbull'"]),
    "q2-168": dict(absent=["SELECT id FROM contacts WHERE last_name ILIKE 'Pemberton'"]),
    "q2-169": dict(excludes=["SELECT name FROM deals WHERE name = 'Globex Platform Expansion'"], absent=["SELECT name FROM deals WHERE name ILIKE 'Hooli Platform%' OR (name ILIKE 'Hooli%' AND product = 'Platform')"]),
    "q2-170": dict(excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN}"], absent=["SELECT name FROM users WHERE name ILIKE '%casey%' OR email ILIKE '%casey%'"]),
    "q2-171": dict(absent=[COLS + "(column_name ILIKE '%invoice%' OR column_name ILIKE '%payment%' OR column_name ILIKE '%paid%')"]),
    "q2-172": dict(absent=[COLS + "(column_name ILIKE '%ship%' OR column_name ILIKE '%tracking%' OR column_name ILIKE '%delivery%')"]),
    "q2-173": dict(excludes=["SELECT amount FROM deals WHERE name = 'Woodgrove Bank Consulting Services'"], absent=[COLS + "(column_name ILIKE '%credit%' OR column_name ILIKE '%limit%')"]),
    "q2-174": dict(excludes=["SELECT name FROM deals WHERE stage = 'Negotiation'"], absent=["SELECT DISTINCT stage FROM deals WHERE stage ILIKE '%verbal%' OR stage ILIKE '%commit%'"]),
    "q2-175": dict(excludes=["SELECT amount FROM deals WHERE name = 'Globex Platform Expansion'"], absent=[COLS + "(column_name ILIKE '%budget%')"]),
    "q2-176": dict(absent=[COLS + "(column_name ILIKE '%probab%' OR column_name ILIKE '%likel%' OR column_name ILIKE '%win_%')"]),
    "q2-177": dict(absent=[COLS + "(column_name ILIKE '%newsletter%' OR column_name ILIKE '%opened%' OR column_name ILIKE '%click%')"]),
    "q2-178": dict(absent=["SELECT name FROM companies WHERE name ILIKE '%aperture%' OR domain ILIKE '%aperture%'"]),
}


def fmt(value) -> str:
    if isinstance(value, bool):
        raise TypeError("boolean cell")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"amount {value} is not whole: round it in the SQL")
        return f"{int(value):,}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "is_integer") and not isinstance(value, str):  # Decimal
        return fmt(float(value))
    return str(value)


def cells(store: Store, queries: list[str] | str) -> list[str]:
    if isinstance(queries, str):
        queries = [queries]
    out: list[str] = []
    for sql in queries:
        for row in store.execute(sql).fetchall():
            out.extend(fmt(v) for v in row if v is not None)
    return out


def load(path: Path) -> list[dict]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path.name}:{n}: {exc}")
    return items


def check_item(store: Store, item: dict, spec: dict) -> list[str]:
    errs: list[str] = []
    contains, excludes = item["answer_contains"], item["answer_excludes"]
    if item["decline"]:
        if contains:
            errs.append("a decline must have empty answer_contains")
        if "contains" in spec or "truth" in spec:
            errs.append("a decline has no contains/truth SQL")
        if not spec.get("absent"):
            errs.append("a decline needs at least one 'absent' query")
        for sql in spec.get("absent", []):
            found = cells(store, sql)
            if found:
                errs.append(f"absent query found rows: {found[:5]}")
    else:
        if "truth" not in spec:
            errs.append("no truth SQL")
        truth = cells(store, spec.get("truth", []))
        if contains:
            got = cells(store, spec.get("contains", []))
            if set(got) != set(contains):
                errs.append(f"answer_contains {sorted(contains)} != SQL {sorted(set(got))}")
            missing = [c for c in contains if c not in truth]
            if missing:
                errs.append(f"contains items not in the full answer: {missing}")
        else:
            if "contains" in spec:
                errs.append("empty answer_contains but a contains query")
            if truth:
                errs.append(f"empty answer_contains but the true answer has rows: {truth[:5]}")
        for e in excludes:
            clash = [t for t in truth if e in t]
            if clash:
                errs.append(f"exclude {e!r} occurs in the true answer: {clash[:3]}")
    if excludes or spec.get("excludes"):
        got = cells(store, spec.get("excludes", []))
        if set(got) != set(excludes):
            errs.append(f"answer_excludes {sorted(excludes)} != SQL {sorted(set(got))}")
    for c in contains:
        for e in excludes:
            if e in c:
                errs.append(f"exclude {e!r} is inside contains item {c!r}")
    return errs


def main() -> int:
    errors: list[str] = []
    items: list[dict] = []
    split: dict[str, int] = {}
    for path in FILES:
        if not path.exists():
            errors.append(f"{path.name}: missing")
            continue
        got = load(path)
        split[path.name] = len(got)
        items.extend(got)
    store = Store(":memory:")
    generate(store, TODAY)
    ids = [it.get("id") for it in items]
    for dup in sorted(i for i, n in Counter(ids).items() if n > 1):
        errors.append(f"{dup}: duplicate id")
    for extra in sorted(set(CHECKS) - set(ids)):
        errors.append(f"{extra}: CHECKS entry without an item")
    texts = Counter(it.get("text", "").strip().lower() for it in items)
    for t, n in texts.items():
        if n > 1:
            errors.append(f"duplicate text: {t!r}")
    keys = {"id", "user", "text", "family", "answer_contains", "answer_excludes", "decline"}
    for it in items:
        iid = it.get("id", "?")
        missing = keys - set(it)
        if missing:
            errors.append(f"{iid}: missing fields {sorted(missing)}")
            continue
        if set(it) - keys - {"note"}:
            errors.append(f"{iid}: unknown fields {sorted(set(it) - keys - {'note'})}")
        if it["user"] not in USERS:
            errors.append(f"{iid}: unknown user {it['user']}")
        if it["family"] not in FAMILIES:
            errors.append(f"{iid}: unknown family {it['family']}")
        if (it["family"] == "decline") != bool(it["decline"]):
            errors.append(f"{iid}: family 'decline' iff decline is true")
        if len(it["answer_contains"]) > 5:
            errors.append(f"{iid}: more than 5 answer_contains")
        if not all(isinstance(s, str) and s for s in it["answer_contains"] + it["answer_excludes"]):
            errors.append(f"{iid}: labels must be non-empty strings")
        if any(s.startswith("$") for s in it["answer_contains"] + it["answer_excludes"]):
            errors.append(f"{iid}: amounts are written without '$'")
        spec = CHECKS.get(iid)
        if spec is None:
            errors.append(f"{iid}: no CHECKS entry")
            continue
        try:
            errors.extend(f"{iid}: {e}" for e in check_item(store, it, spec))
        except Exception as exc:  # a broken query is a failed label
            errors.append(f"{iid}: {type(exc).__name__}: {exc}")
    if len(items) < MIN_ITEMS:
        errors.append(f"only {len(items)} items (need {MIN_ITEMS})")
    if split and max(split.values()) - min(split.values()) > max(4, len(items) // 10):
        errors.append(f"dev/test split is not ~50/50: {split}")
    missing_fams = FAMILIES - {it.get("family") for it in items}
    if missing_fams:
        errors.append(f"families without items: {sorted(missing_fams)}")
    declines = sum(1 for it in items if it.get("decline"))
    share = declines / max(len(items), 1)
    if not DECLINE_SHARE[0] <= share <= DECLINE_SHARE[1]:
        errors.append(f"decline share {share:.0%} outside {DECLINE_SHARE}")
    no_exclude = sum(1 for it in items if not it.get("answer_excludes"))
    if no_exclude > len(items) // 10:
        errors.append(f"{no_exclude} items without answer_excludes (at most {len(items) // 10})")

    families = Counter(it.get("family") for it in items)
    users = Counter(it.get("user", "").split("@")[0] for it in items)
    print(f"{len(items)} items ({', '.join(f'{k} {v}' for k, v in split.items())}), "
          f"{declines} declines ({share:.0%}), {no_exclude} without excludes")
    print("families: " + ", ".join(f"{f} {n}" for f, n in sorted(families.items())))
    print("users: " + ", ".join(f"{u} {n}" for u, n in sorted(users.items())))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    store.close()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
