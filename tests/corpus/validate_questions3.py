"""Check questions3_dev.jsonl + questions3_test.jsonl against the demo world: one hand-written SQL check per item.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_questions3.py
It exits 1 when any label or any set-level rule is wrong. The label format and the check kinds are the ones of
validate_questions2.py, so a scorer for questions2 reads this set unchanged.

The world is data.demo.generate(Store(":memory:"), 2026-11-18), generated at 09:00. Every item id has an entry in
CHECKS: lists of SQL queries that run against that database.
- contains: the cells of every row, formatted like the labels. As a set they must equal answer_contains.
- excludes: the same, for answer_excludes (what a plausible wrong answer would show: the other Acme, a closed deal
            when open ones were asked for, another rep's deal, a total with closed deals counted).
- truth:    every cell of the complete right answer. answer_contains must be a subset of it, and no exclude may
            occur inside any of its cells. When answer_contains is empty ("nobody logged anything"), truth must
            return no rows.
- absent:   for declines. Each query must return no rows (no such record, no column that holds the asked-for fact).

Cell formatting: a whole float becomes "185,000" (no $ sign; averages are rounded in the SQL), an integer count
becomes "23", a date or timestamp becomes an ISO date "2026-11-20", and a string stays as stored.

Calendar: today = Wednesday 2026-11-18; yesterday = 2026-11-17; this week = Mon 2026-11-16 .. Sun 2026-11-22;
last week = 2026-11-09 .. 2026-11-15; next week = 2026-11-23 .. 2026-11-29; this month = November 2026; this quarter
= 2026-10-01 .. 2026-12-31; last quarter = 2026-07-01 .. 2026-09-30; this year / YTD = 2026; Q1 2027 =
2027-01-01 .. 2027-03-31. "Open" means the stage is not Closed Won or Closed Lost. "Overdue" means an open task due
before today. "Quiet for N days" means an open deal whose latest activity is older than today 09:00 minus N days, or
that has no activity at all. The items avoid deals that sit on a boundary (see README_questions3.md).
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
FILES = [HERE / "questions3_dev.jsonl", HERE / "questions3_test.jsonl"]
USERS = {"alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local", "riley@autocrm.local",
         "jordan@autocrm.local"}
FAMILIES = {"company_deals", "contact_deals", "won_lost", "pipeline", "closing", "stale_deals", "deal_contact",
            "owner", "contact_info", "company_info", "company_contacts", "activity", "last_touch", "tasks", "count",
            "amounts", "stage_breakdown", "comparison", "ranking", "yes_no", "decline"}
N_ITEMS = 200
DECLINE_SHARE = (0.15, 0.20)
MIN_EXCLUDE_SHARE = 0.90

ALEX, PRIYA, SAM = 1, 2, 3
OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost')"
WON, LOST = "d.stage = 'Closed Won'", "d.stage = 'Closed Lost'"
PERSON = "p.first_name || ' ' || p.last_name"
FIRST = "split_part(u.name, ' ', 1)"  # "Priya": the form an answer to a comparison uses
NOW = "TIMESTAMP '2026-11-18 09:00:00'"

# The columns of the six CRM tables. A decline about a fact the CRM does not keep checks that no column holds it.
CRM_COLUMNS = ("SELECT table_name || '.' || column_name FROM information_schema.columns "
               "WHERE table_name IN ('users', 'companies', 'contacts', 'deals', 'activities', 'tasks') AND ")


def esc(text: str) -> str:
    return text.replace("'", "''")


def lit(*values: str) -> str:
    """Literal strings as rows: excludes that are plausible wrong guesses rather than stored values."""
    return " UNION ALL ".join(f"SELECT '{esc(v)}'" for v in values)


def no_column(*patterns: str) -> str:
    return CRM_COLUMNS + "(" + " OR ".join(f"column_name ILIKE '%{p}%'" for p in patterns) + ")"


def between(col: str, lo: str, hi: str) -> str:
    """Dates lo..hi inclusive, also right for timestamps (hi is taken as the whole day)."""
    return f"{col} >= DATE '{lo}' AND {col} < DATE '{hi}' + INTERVAL 1 DAY"


def deals(where: str = "TRUE", cols: str = "d.name", tail: str = "") -> str:
    return ("SELECT " + cols + " FROM deals d LEFT JOIN companies c ON c.id = d.company_id "
            "LEFT JOIN contacts p ON p.id = d.contact_id LEFT JOIN users u ON u.id = d.owner_id "
            f"WHERE {where} {tail}")


def co(name: str) -> str:
    return f"c.name = '{esc(name)}'"


def who(first: str, last: str) -> str:
    return f"p.first_name = '{first}' AND p.last_name = '{last}'"


def named(*names: str) -> str:
    return "d.name IN (" + ", ".join(f"'{esc(n)}'" for n in names) + ")"


def people(where: str, cols: str = PERSON, tail: str = "") -> str:
    return f"SELECT {cols} FROM contacts p LEFT JOIN companies c ON c.id = p.company_id WHERE {where} {tail}"


def acts(where: str, cols: str = "a.subject", tail: str = "") -> str:
    return ("SELECT " + cols + " FROM activities a LEFT JOIN deals d ON d.id = a.deal_id "
            "LEFT JOIN companies c ON c.id = a.company_id LEFT JOIN contacts p ON p.id = a.contact_id "
            f"WHERE {where} {tail}")


def tasks(where: str, cols: str = "t.title", tail: str = "") -> str:
    return ("SELECT " + cols + " FROM tasks t LEFT JOIN deals d ON d.id = t.deal_id "
            f"LEFT JOIN companies c ON c.id = t.company_id WHERE {where} {tail}")


def quiet(where: str, days: int, cols: str = "d.name", tail: str = "") -> str:
    """Open deals with no activity in the last `days` days (counted back from today 09:00), or none ever."""
    return (f"SELECT {cols} FROM deals d LEFT JOIN activities a ON a.deal_id = d.id WHERE {OPEN} AND {where} "
            f"GROUP BY d.id, d.name, d.stage, d.amount, d.owner_id "
            f"HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < {NOW} - INTERVAL {days} DAY {tail}")


def busy(where: str, days: int, cols: str = "d.name") -> str:
    """Open deals touched within the last `days` days: what a wrong 'quiet' answer would add."""
    return (f"SELECT {cols} FROM deals d JOIN activities a ON a.deal_id = d.id WHERE {OPEN} AND {where} "
            f"GROUP BY d.id, d.name HAVING max(a.occurred_at) >= {NOW} - INTERVAL {days} DAY")


def last_touch(where: str, nth: int = 1) -> str:
    """The date of the nth most recent distinct activity day on activities matching where."""
    return (f"SELECT day FROM (SELECT DISTINCT CAST(a.occurred_at AS DATE) AS day FROM activities a "
            f"LEFT JOIN companies c ON c.id = a.company_id LEFT JOIN contacts p ON p.id = a.contact_id "
            f"WHERE {where}) ORDER BY day DESC LIMIT 1 OFFSET {nth - 1}")


def last_touch_truth(where: str) -> str:
    return (f"SELECT CAST(a.occurred_at AS DATE), a.type, a.subject, d.name FROM activities a "
            f"LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id "
            f"LEFT JOIN contacts p ON p.id = a.contact_id WHERE {where} AND a.occurred_at = "
            f"(SELECT max(x.occurred_at) FROM activities x LEFT JOIN companies c ON c.id = x.company_id "
            f"LEFT JOIN contacts p ON p.id = x.contact_id WHERE {where.replace('a.', 'x.')})")


def owner_of_company(name: str) -> str:
    return f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE {co(name)}"


def deal_owner(where: str) -> str:
    return deals(where, "DISTINCT u.name")


DEAL_ROW = "d.name, d.stage, d.amount, d.close_date"
TASK_ROW = "t.title, t.due_date, t.status"
ACT_ROW = "CAST(a.occurred_at AS DATE), a.type, a.subject, d.name"
PERSON_ROW = f"{PERSON}, p.title, p.email, p.phone, c.name"
CLOSED_STAGES = lit("Closed Won", "Closed Lost")
Q3 = ("2026-07-01", "2026-09-30")
OCT = ("2026-10-01", "2026-10-31")
DEC = ("2026-12-01", "2026-12-31")
JAN = ("2027-01-01", "2027-01-31")
Q1_27 = ("2027-01-01", "2027-03-31")
THIS_WEEK = ("2026-11-16", "2026-11-22")
LAST_WEEK = ("2026-11-09", "2026-11-15")
YEAR = "year(d.close_date) = 2026"
MARGIES = "Margie's Travel"

CHECKS: dict[str, dict[str, list[str]]] = {
    # ------------------------------------------------------------------------------------------- company_deals
    "q3-001": dict(contains=[deals(co("Sterling Cooper"))], excludes=[CLOSED_STAGES],
                   truth=[deals(co("Sterling Cooper"), DEAL_ROW)]),
    "q3-002": dict(contains=[deals(f"{co(MARGIES)} AND {OPEN}")],
                   excludes=[deals(f"{co(MARGIES)} AND NOT {OPEN}")],
                   truth=[deals(f"{co(MARGIES)} AND {OPEN}", DEAL_ROW)]),
    "q3-003": dict(contains=[deals(co("Acme Logistics"))], excludes=[deals(co("Acme Corp"))],
                   truth=[deals(co("Acme Logistics"), DEAL_ROW)]),
    "q3-004": dict(contains=[deals(co("Monarch Solutions")), deals(f"{co('Monarch Solutions')} AND NOT {OPEN}", "d.stage")],
                   excludes=[lit("Closed Won")],
                   truth=[deals(co("Monarch Solutions"), DEAL_ROW)]),
    "q3-005": dict(contains=[deals(co("Wayne Enterprises"), "d.name, d.stage")], excludes=[lit("Qualified", "Closed Won")],
                   truth=[deals(co("Wayne Enterprises"), DEAL_ROW)]),
    "q3-006": dict(contains=[deals(f"{co('Globex')} AND {OPEN}")], excludes=[CLOSED_STAGES],
                   truth=[deals(co("Globex"), DEAL_ROW)]),
    "q3-007": dict(contains=[deals(f"{co('Bluth Company')} AND {OPEN}")],
                   excludes=[deals(f"{co('Bluth Company')} AND NOT {OPEN}")],
                   truth=[deals(f"{co('Bluth Company')} AND {OPEN}", DEAL_ROW)]),
    "q3-008": dict(excludes=[deals(co("Wonka Labs"))],  # the other Food company
                   truth=[deals(co("Soylent Foods"), DEAL_ROW)]),
    # ------------------------------------------------------------------------------------------- contact_deals
    "q3-009": dict(contains=[deals(who("Dana", "Smith"))], excludes=[deals(who("Dana", "Lee"))],
                   truth=[deals(who("Dana", "Smith"), DEAL_ROW)]),
    "q3-010": dict(contains=[deals(f"{who('Keith', 'Fischer')} AND {OPEN}")],
                   excludes=[deals(f"{who('Keith', 'Fischer')} AND NOT {OPEN}"),
                             deals(f"{who('Ivy', 'Fischer')} AND d.product = 'Security Add-on'")],
                   truth=[deals(f"{who('Keith', 'Fischer')} AND {OPEN}", DEAL_ROW)]),
    "q3-011": dict(contains=[deals(who("Brooke", "Cook"))],
                   excludes=[deals(co("Wonka Labs"))],
                   truth=[deals(who("Brooke", "Cook"), DEAL_ROW)]),
    "q3-012": dict(contains=[deals(who("Camila", "West"))],
                   excludes=[deals("c.name IN ('Umbrella Health', 'Woodgrove Bank')")],
                   truth=[deals(who("Camila", "West"), DEAL_ROW)]),
    "q3-013": dict(contains=[deals(f"{who('Aisha', 'Meyer')} AND {OPEN}", "d.name, d.amount")],
                   excludes=[deals(co("Hooli"))],
                   truth=[deals(f"{who('Aisha', 'Meyer')} AND {OPEN}", DEAL_ROW)]),
    "q3-014": dict(contains=[deals(who("Cora", "Carter"))], excludes=[deals(who("Zoe", "Carter"))],
                   truth=[deals(who("Cora", "Carter"), DEAL_ROW)]),
    "q3-015": dict(contains=[deals(f"{who('Ethan', 'Nguyen')} AND d.owner_id = {PRIYA}")],
                   excludes=[deals(f"{who('Ethan', 'Nguyen')} AND d.owner_id <> {PRIYA}")],
                   truth=[deals(f"{who('Ethan', 'Nguyen')} AND d.owner_id = {PRIYA}", DEAL_ROW)]),
    "q3-016": dict(contains=[deals(who("Abigail", "Kim"))],
                   excludes=[deals(who("Connor", "Kim"))],
                   truth=[deals(who("Abigail", "Kim"), DEAL_ROW)]),
    # ------------------------------------------------------------------------------------------- won_lost
    "q3-017": dict(contains=[deals(f"{WON} AND {between('d.close_date', *Q3)} AND d.amount > 30000")],
                   excludes=[deals(f"{WON} AND ({between('d.close_date', *Q3)} AND d.amount <= 30000 OR {between('d.close_date', *OCT)})")],
                   truth=[deals(f"{WON} AND {between('d.close_date', *Q3)} AND d.amount > 30000", "d.name, d.amount, d.close_date")]),
    "q3-018": dict(contains=[deals(f"{LOST} AND {between('d.close_date', *Q3)}", "sum(d.amount)")],
                   excludes=[deals(f"{WON} AND {between('d.close_date', *Q3)}", "sum(d.amount)"),
                             deals(f"{LOST} AND {between('d.close_date', *OCT)}", "sum(d.amount)")],
                   truth=[deals(f"{LOST} AND {between('d.close_date', *Q3)}", "sum(d.amount), count(*)"),
                          deals(f"{LOST} AND {between('d.close_date', *Q3)}", "d.name, d.amount")]),
    "q3-019": dict(contains=[deals(f"{LOST} AND {YEAR} AND d.owner_id = {ALEX}")],
                   excludes=[deals(f"{WON} AND d.owner_id = {ALEX}"),
                             deals(f"{LOST} AND d.owner_id = {SAM} AND d.amount > 150000")],
                   truth=[deals(f"{LOST} AND {YEAR} AND d.owner_id = {ALEX}", "d.name, d.amount, d.close_date")]),
    "q3-020": dict(contains=[deals(f"{WON} AND d.owner_id = {PRIYA} AND {between('d.close_date', '2026-09-01', '2026-09-30')}")],
                   excludes=[deals(f"d.stage LIKE 'Closed%' AND {between('d.close_date', '2026-09-01', '2026-09-30')} "
                                   f"AND NOT ({WON} AND d.owner_id = {PRIYA})")],
                   truth=[deals(f"{WON} AND d.owner_id = {PRIYA} AND {between('d.close_date', '2026-09-01', '2026-09-30')}",
                                "d.name, d.amount, d.close_date")]),
    "q3-021": dict(contains=[deals(f"{WON} AND {YEAR} AND d.owner_id = {PRIYA}", "sum(d.amount)")],
                   excludes=[deals(f"d.stage LIKE 'Closed%' AND {YEAR} AND d.owner_id = {PRIYA}", "sum(d.amount)"),
                             deals(f"{WON} AND {YEAR}", "sum(d.amount)")],
                   truth=[deals(f"{WON} AND {YEAR} AND d.owner_id = {PRIYA}", "sum(d.amount)"),
                          deals(f"{WON} AND {YEAR} AND d.owner_id = {PRIYA}", "d.name, d.amount")]),
    "q3-022": dict(contains=[deals(f"{LOST} AND {YEAR} AND d.owner_id = {PRIYA}")],
                   excludes=[deals(f"{LOST} AND d.owner_id <> {PRIYA} AND {between('d.close_date', *Q3)}")],
                   truth=[deals(f"{LOST} AND {YEAR} AND d.owner_id = {PRIYA}", "d.name, d.amount, d.close_date")]),
    "q3-023": dict(contains=[deals(f"{WON} AND {between('d.close_date', '2026-06-01', '2026-06-30')}")],
                   excludes=[deals(f"{WON} AND {between('d.close_date', '2026-08-01', '2026-08-31')}")],
                   truth=[deals(f"{WON} AND {between('d.close_date', '2026-06-01', '2026-06-30')}",
                                "d.name, d.amount, d.close_date")]),
    "q3-024": dict(contains=[deals(f"{LOST} AND {YEAR} AND d.owner_id = {SAM}")],
                   excludes=[deals(f"{WON} AND d.owner_id = {SAM}"),
                             deals(f"{LOST} AND d.owner_id = {ALEX} AND d.product = 'Platform'")],
                   truth=[deals(f"{LOST} AND {YEAR} AND d.owner_id = {SAM}", "d.name, d.amount, d.close_date")]),
    "q3-025": dict(excludes=[deals(f"{LOST} AND d.close_date = (SELECT max(close_date) FROM deals WHERE stage = 'Closed Lost')")],
                   truth=[deals(f"{LOST} AND {between('d.close_date', '2026-11-01', '2026-11-30')}", DEAL_ROW)]),
    # ------------------------------------------------------------------------------------------- pipeline
    "q3-026": dict(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "sum(d.amount)")],
                   excludes=[deals(f"d.owner_id = {PRIYA}", "sum(d.amount)"), deals(OPEN, "sum(d.amount)")],
                   truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "sum(d.amount), count(*)"),
                          deals(f"{OPEN} AND d.owner_id = {PRIYA}", DEAL_ROW)]),
    "q3-027": dict(contains=[deals(OPEN, "sum(d.amount)", "GROUP BY d.owner_id")],
                   excludes=[deals("TRUE", "sum(d.amount)", "GROUP BY d.owner_id")],
                   truth=[deals(OPEN, "u.name, sum(d.amount), count(*)", "GROUP BY u.name"),
                          deals(OPEN, "sum(d.amount)")]),
    "q3-028": dict(contains=[deals("d.stage = 'Qualified'", "sum(d.amount)")], excludes=[deals(OPEN, "sum(d.amount)")],
                   truth=[deals("d.stage = 'Qualified'", "sum(d.amount), count(*)"),
                          deals("d.stage = 'Qualified'", "d.name, d.amount")]),
    "q3-029": dict(contains=[deals(f"d.stage = 'Qualified' AND d.owner_id = {PRIYA}", "sum(d.amount)")],
                   excludes=[deals("d.stage = 'Qualified'", "sum(d.amount)")],
                   truth=[deals(f"d.stage = 'Qualified' AND d.owner_id = {PRIYA}", "sum(d.amount), count(*)"),
                          deals(f"d.stage = 'Qualified' AND d.owner_id = {PRIYA}", "d.name, d.amount")]),
    "q3-030": dict(contains=[deals("d.stage = 'Lead'", "sum(d.amount)")],
                   excludes=[deals("d.stage = 'Qualified'", "sum(d.amount)")],
                   truth=[deals("d.stage = 'Lead'", "sum(d.amount), count(*)"),
                          deals("d.stage = 'Lead'", "d.name, d.amount")]),
    "q3-031": dict(contains=[deals(f"d.stage = 'Negotiation' AND d.owner_id = {SAM}", "sum(d.amount)")],
                   excludes=[deals("d.stage = 'Negotiation'", "sum(d.amount)")],
                   truth=[deals(f"d.stage = 'Negotiation' AND d.owner_id = {SAM}", "sum(d.amount), count(*)"),
                          deals(f"d.stage = 'Negotiation' AND d.owner_id = {SAM}", DEAL_ROW)]),
    "q3-032": dict(excludes=[deals(OPEN, "sum(d.amount)")],  # Riley (reviewer) owns no deals: the answer is none
                   truth=[deals(f"{OPEN} AND u.name = 'Riley Chen'", DEAL_ROW)]),
    "q3-033": dict(contains=[deals(f"d.stage IN ('Proposal', 'Negotiation') AND d.owner_id = {PRIYA}", "sum(d.amount)")],
                   excludes=[deals("d.stage IN ('Proposal', 'Negotiation')", "sum(d.amount)")],
                   truth=[deals(f"d.stage IN ('Proposal', 'Negotiation') AND d.owner_id = {PRIYA}", "sum(d.amount)"),
                          deals(f"d.stage IN ('Proposal', 'Negotiation') AND d.owner_id = {PRIYA}", DEAL_ROW)]),
    # ------------------------------------------------------------------------------------------- closing
    "q3-034": dict(contains=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-23', '2026-11-29')}")],
                   excludes=[deals(f"{OPEN} AND {named('Pied Piper Software License', 'Alpine Ski House Analytics Suite', 'Proseware Analytics Suite')} "
                                   "AND d.close_date NOT BETWEEN DATE '2026-11-23' AND DATE '2026-11-29'")],
                   truth=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-23', '2026-11-29')}", DEAL_ROW)]),
    "q3-035": dict(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', *DEC)}")],
                   excludes=[deals(f"{OPEN} AND d.owner_id <> {PRIYA} AND {between('d.close_date', *DEC)} "
                                   "AND d.amount BETWEEN 130000 AND 150000")],
                   truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', *DEC)}", DEAL_ROW)]),
    "q3-036": dict(contains=[deals(f"{co('Alpine Ski House')} AND {OPEN} AND d.close_date < DATE '2026-11-18'")],
                   excludes=[deals(f"{co('Alpine Ski House')} AND {OPEN} AND d.close_date >= DATE '2026-11-18' "
                                   "AND d.amount > 100000")],
                   truth=[deals(f"{co('Alpine Ski House')} AND {OPEN} AND d.close_date < DATE '2026-11-18'",
                                DEAL_ROW + ", u.name")]),
    "q3-037": dict(contains=[deals(f"{OPEN} AND {between('d.close_date', '2026-12-01', '2026-12-07')}")],
                   excludes=[deals(f"{OPEN} AND d.close_date IN (DATE '2026-11-30', DATE '2026-12-08')")],
                   truth=[deals(f"{OPEN} AND {between('d.close_date', '2026-12-01', '2026-12-07')}", DEAL_ROW + ", u.name")]),
    "q3-038": dict(contains=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)")],
                   excludes=[deals(OPEN, "sum(d.amount)"),
                             deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "sum(d.amount)")],
                   truth=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "sum(d.amount), count(*)"),
                          deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", DEAL_ROW)]),
    "q3-039": dict(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', '2026-11-18', '2026-11-30')}")],
                   excludes=[deals(f"{OPEN} AND {between('d.close_date', '2026-12-01', '2026-12-01')} AND d.owner_id = {ALEX}"),
                             deals(f"{OPEN} AND d.owner_id <> {ALEX} AND {between('d.close_date', '2026-11-28', '2026-11-28')}")],
                   # the overdue Proseware Analytics Suite (due 11-17, still open) may be mentioned too
                   truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND d.close_date <= DATE '2026-11-30'", DEAL_ROW)]),
    "q3-040": dict(contains=[deals(f"{OPEN} AND {between('d.close_date', '2027-02-01', '2027-02-28')}", "d.name",
                                   "ORDER BY d.close_date, d.name LIMIT 5")],
                   excludes=[deals(f"{OPEN} AND d.close_date IN (DATE '2027-01-27', DATE '2027-03-05')")],
                   truth=[deals(f"{OPEN} AND {between('d.close_date', '2027-02-01', '2027-02-28')}", DEAL_ROW)]),
    "q3-041": dict(contains=[deals(f"{OPEN} AND d.owner_id = {SAM} AND d.close_date >= DATE '2026-11-18'", "d.name, d.close_date",
                                   "ORDER BY d.close_date LIMIT 1")],
                   excludes=[deals(f"{OPEN} AND d.owner_id <> {SAM} AND d.close_date >= DATE '2026-11-24'", "d.name",
                                   "ORDER BY d.close_date, d.name LIMIT 1")],
                   truth=[deals(f"{OPEN} AND d.owner_id = {SAM} AND d.close_date >= DATE '2026-11-18'", DEAL_ROW,
                                "ORDER BY d.close_date LIMIT 1")]),
    # ------------------------------------------------------------------------------------------- stale_deals
    "q3-042": dict(contains=[deals(co("Initech"))],
                   excludes=[quiet(f"d.owner_id = {ALEX} AND d.close_date < DATE '2026-12-01'", 21)],
                   truth=[deals(co("Initech"), DEAL_ROW),
                          acts(co("Initech"), "CAST(max(a.occurred_at) AS DATE)")]),
    "q3-043": dict(contains=[quiet(f"d.owner_id = {SAM}", 21)],
                   excludes=[quiet(f"d.owner_id <> {SAM} AND d.amount > 50000", 21)],
                   truth=[quiet(f"d.owner_id = {SAM}", 21, "d.name, d.stage, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    "q3-044": dict(contains=[quiet(f"d.owner_id = {ALEX}", 30)],
                   excludes=[quiet(f"d.owner_id = {ALEX} AND d.stage = 'Proposal' AND d.amount < 30000", 21),
                             quiet(f"d.owner_id <> {ALEX} AND d.stage = 'Proposal'", 30)],
                   truth=[quiet(f"d.owner_id = {ALEX}", 30, "d.name, d.stage, CAST(max(a.occurred_at) AS DATE)")]),
    "q3-045": dict(contains=[quiet(f"d.owner_id = {PRIYA}", 0, "d.name, CAST(max(a.occurred_at) AS DATE)",
                                   "ORDER BY max(a.occurred_at) NULLS FIRST LIMIT 1")],
                   excludes=[quiet("TRUE", 0, "d.name", "ORDER BY max(a.occurred_at) NULLS FIRST LIMIT 1")],
                   truth=[quiet(f"d.owner_id = {PRIYA}", 0, "d.name, d.stage, d.amount, CAST(max(a.occurred_at) AS DATE)",
                                "ORDER BY max(a.occurred_at) NULLS FIRST LIMIT 1")]),
    "q3-046": dict(contains=[quiet("d.stage = 'Negotiation'", 10)],
                   excludes=[busy("d.stage = 'Negotiation'", 10)],
                   truth=[quiet("d.stage = 'Negotiation'", 10, "d.name, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    "q3-047": dict(contains=[quiet(f"d.owner_id = {PRIYA}", 14)],
                   excludes=[busy(f"d.owner_id = {PRIYA} AND d.stage = 'Negotiation'", 14),
                             deals(f"{OPEN} AND d.owner_id = {ALEX} AND d.name = 'Dunder Mifflin Platform'")],
                   truth=[quiet(f"d.owner_id = {PRIYA}", 14, "d.name, d.stage, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    "q3-048": dict(contains=[quiet("d.amount > 150000", 14)],
                   excludes=[busy("d.amount > 150000 AND d.name LIKE 'Nakatomi%'", 14),
                             quiet("d.amount <= 150000 AND d.amount > 130000", 14)],
                   truth=[quiet("d.amount > 150000", 14, "d.name, d.amount, CAST(max(a.occurred_at) AS DATE)")]),
    "q3-049": dict(contains=["""SELECT c.name FROM companies c LEFT JOIN activities a ON a.company_id = c.id
                                GROUP BY c.id, c.name HAVING max(a.occurred_at) IS NULL
                                OR max(a.occurred_at) < TIMESTAMP '2026-11-18 09:00:00' - INTERVAL 30 DAY
                                ORDER BY c.name LIMIT 5"""],
                   excludes=["""SELECT c.name FROM companies c JOIN activities a ON a.company_id = c.id
                                WHERE c.name IN ('Pied Piper', 'Umbrella Health') GROUP BY c.name
                                HAVING max(a.occurred_at) >= TIMESTAMP '2026-11-18 09:00:00' - INTERVAL 30 DAY"""],
                   truth=["""SELECT c.name FROM companies c LEFT JOIN activities a ON a.company_id = c.id
                             GROUP BY c.id, c.name HAVING max(a.occurred_at) IS NULL
                             OR max(a.occurred_at) < TIMESTAMP '2026-11-18 09:00:00' - INTERVAL 30 DAY"""]),
    # ------------------------------------------------------------------------------------------- deal_contact
    "q3-050": dict(contains=[deals(co("Globex"), PERSON)], excludes=[people(who("Dana", "Smith"))],
                   truth=[deals(co("Globex"), f"{PERSON}, p.title, p.email, p.phone, d.name")]),
    "q3-051": dict(contains=[deals(co("Stark Industries"), f"{PERSON}, p.email")],
                   excludes=[people(who("Chris", "Park"), f"{PERSON}, p.email")],
                   truth=[deals(co("Stark Industries"), f"{PERSON}, p.email, p.title, p.phone")]),
    "q3-052": dict(contains=[deals(co("Hooli"), f"{PERSON}, p.phone")],
                   excludes=[people(who("Adrian", "Kim"), f"{PERSON}, p.phone")],
                   truth=[deals(co("Hooli"), f"{PERSON}, p.phone, p.title, p.email")]),
    "q3-053": dict(contains=[deals(co("Contoso"), f"DISTINCT {PERSON}")], excludes=[people(who("Paolo", "Young"))],
                   truth=[deals(co("Contoso"), f"{PERSON}, p.title, p.email, d.name")]),
    "q3-054": dict(contains=[deals("d.name = 'Gringotts Finance Software License'", PERSON)],
                   excludes=[people(f"{co('Gringotts Finance')} AND p.id NOT IN (SELECT contact_id FROM deals "
                                    "WHERE contact_id IS NOT NULL)")],
                   truth=[deals("d.name = 'Gringotts Finance Software License'", f"{PERSON}, p.title, p.email")]),
    "q3-055": dict(contains=[deals("d.name = 'Tailspin Toys Support Plan'", f"{PERSON}, p.title")],
                   excludes=[people(f"{co('Tailspin Toys')} AND p.first_name = 'Simon'", f"{PERSON}, p.title")],
                   truth=[deals("d.name = 'Tailspin Toys Support Plan'", f"{PERSON}, p.title, p.email")]),
    "q3-056": dict(contains=[deals(co("Northwind Health"), PERSON)],
                   excludes=[people(f"{co('Northwind Health')} AND p.first_name = 'Jack'")],
                   truth=[deals(co("Northwind Health"), f"{PERSON}, p.title, p.email, d.name")]),
    "q3-057": dict(contains=[deals(co("Woodgrove Bank"), PERSON)],
                   excludes=[people(f"{co('Woodgrove Bank')} AND p.first_name = 'Nadia'")],
                   truth=[deals(co("Woodgrove Bank"), f"{PERSON}, p.title, p.email, d.name")]),
    # ------------------------------------------------------------------------------------------- owner
    "q3-058": dict(contains=[owner_of_company("Globex")], excludes=[deal_owner(co("Globex"))],
                   truth=[owner_of_company("Globex")]),
    "q3-059": dict(contains=[deal_owner(co("Umbrella Health"))], excludes=[owner_of_company("Umbrella Health")],
                   truth=[deals(co("Umbrella Health"), "u.name, d.name")]),
    "q3-060": dict(contains=[owner_of_company("Alpine Ski House"), deal_owner(co("Alpine Ski House"))],
                   excludes=["SELECT name FROM users WHERE id = 3"],
                   truth=[owner_of_company("Alpine Ski House"), deals(co("Alpine Ski House"), "u.name, d.name")]),
    "q3-061": dict(contains=[owner_of_company("Proseware")], excludes=[deal_owner(co("Proseware"))],
                   truth=[owner_of_company("Proseware")]),
    "q3-062": dict(contains=[deal_owner(co("Prestige Worldwide"))], excludes=[owner_of_company("Prestige Worldwide")],
                   truth=[deals(co("Prestige Worldwide"), "u.name, d.name")]),
    "q3-063": dict(contains=[deal_owner(co("Contoso"))], excludes=[owner_of_company("Contoso")],
                   truth=[deals(co("Contoso"), "u.name, d.name")]),
    "q3-064": dict(contains=[owner_of_company("Fourth Coffee")], excludes=[deal_owner(co("Fourth Coffee"))],
                   truth=[owner_of_company("Fourth Coffee")]),
    "q3-065": dict(contains=[deal_owner("d.name = 'Tailspin Toys Analytics Suite'")],
                   excludes=[owner_of_company("Tailspin Toys")],
                   truth=[deals("d.name = 'Tailspin Toys Analytics Suite'", "u.name, u.email")]),
    # ------------------------------------------------------------------------------------------- contact_info
    "q3-066": dict(contains=[people(who("Marcus", "Webb"), "p.email")],
                   excludes=[people(f"{co('Initech')} AND p.last_name = 'Weber'", "p.email")],
                   truth=[people(who("Marcus", "Webb"), PERSON_ROW)]),
    "q3-067": dict(contains=[people(who("Elena", "Garcia"), "p.phone")],
                   excludes=[people(f"{co('Umbrella Health')} AND p.first_name <> 'Elena'", "p.phone")],
                   truth=[people(who("Elena", "Garcia"), PERSON_ROW)]),
    "q3-068": dict(contains=[people(who("Olivia", "Chen"), "p.title")], excludes=[lit("CTO")],
                   truth=[people(who("Olivia", "Chen"), PERSON_ROW)]),
    "q3-069": dict(contains=[people(who("Bruce", "Nolan"), "p.email, p.phone, p.title")],
                   excludes=[people(f"{co('Wayne Enterprises')} AND p.first_name = 'Zane'", "p.email, p.phone")],
                   truth=[people(who("Bruce", "Nolan"), PERSON_ROW)]),
    "q3-070": dict(contains=[people(f"p.first_name = 'Dana' AND {co('Globex')}", "p.email")],
                   excludes=[people(f"p.first_name = 'Dana' AND {co('Acme Corp')}", "p.email")],
                   truth=[people(f"p.first_name = 'Dana' AND {co('Globex')}", PERSON_ROW)]),
    "q3-071": dict(contains=[people(who("Helena", "Tanaka"), "p.title")],
                   excludes=[people(who("Yara", "Tanaka"), "p.title")],
                   truth=[people(who("Helena", "Tanaka"), PERSON_ROW)]),
    "q3-072": dict(contains=[people(who("Abigail", "Kim"), "p.phone")],
                   excludes=[people("p.last_name = 'Kim' AND p.first_name IN ('Adrian', 'Connor')", "p.phone")],
                   truth=[people(who("Abigail", "Kim"), PERSON_ROW)]),
    "q3-073": dict(contains=[people(who("Connor", "Kim"), "p.email, p.title")],
                   excludes=[people(f"{co('Fabrikam')} AND p.last_name = 'Kim' AND p.first_name <> 'Connor'", "p.email")],
                   truth=[people(who("Connor", "Kim"), PERSON_ROW)]),
    # ------------------------------------------------------------------------------------------- company_info
    "q3-074": dict(contains=[f"SELECT industry FROM companies c WHERE {co('Tyrell Systems')}"],
                   excludes=[lit("Technology")],
                   truth=[f"SELECT name, industry, domain FROM companies c WHERE {co('Tyrell Systems')}"]),
    "q3-075": dict(contains=[f"SELECT domain FROM companies c WHERE {co('Monarch Solutions')}"],
                   excludes=[lit("monarchsolutions.com", "monarch.com")],
                   truth=[f"SELECT name, domain FROM companies c WHERE {co('Monarch Solutions')}"]),
    "q3-076": dict(contains=[f"SELECT industry FROM companies c WHERE {co('Massive Dynamic')}"],
                   excludes=[f"SELECT industry FROM companies c WHERE {co('Oscorp')}"],
                   truth=[f"SELECT name, industry, domain FROM companies c WHERE {co('Massive Dynamic')}"]),
    "q3-077": dict(contains=["SELECT name FROM companies WHERE industry = 'Retail'"],
                   excludes=["SELECT name FROM companies WHERE industry = 'Outdoor' AND name LIKE 'Adventure%'"],
                   truth=["SELECT name, domain FROM companies WHERE industry = 'Retail'"]),
    "q3-078": dict(contains=[f"SELECT domain FROM companies c WHERE {co('Nakatomi Trading')}"],
                   excludes=[lit("nakatomitrading.com")],
                   truth=[f"SELECT name, domain FROM companies c WHERE {co('Nakatomi Trading')}"]),
    "q3-079": dict(contains=["SELECT name FROM companies WHERE industry = 'Finance'"],
                   excludes=["SELECT name FROM companies WHERE industry = 'Trading'"],
                   truth=["SELECT name, domain FROM companies WHERE industry = 'Finance'"]),
    "q3-080": dict(contains=[f"SELECT industry FROM companies c WHERE {co('Dunder Mifflin')}"],
                   excludes=[lit("Manufacturing")],
                   truth=[f"SELECT name, industry, domain FROM companies c WHERE {co('Dunder Mifflin')}"]),
    "q3-081": dict(contains=["SELECT name FROM companies WHERE industry = 'Beverages'"],
                   excludes=["SELECT name FROM companies WHERE industry = 'Food'"],
                   truth=["SELECT name, domain FROM companies WHERE industry = 'Beverages'"]),
    # ------------------------------------------------------------------------------------------- company_contacts
    "q3-082": dict(contains=[people(co("Lucerne Publishing"), PERSON, "ORDER BY p.id LIMIT 5")],
                   excludes=[people(who("Jenna", "Meyer"))],
                   truth=[people(co("Lucerne Publishing"), f"{PERSON}, p.title")]),
    "q3-083": dict(contains=[people(co("Acme Logistics"), PERSON, "ORDER BY p.id LIMIT 5")],
                   excludes=[people(co("Acme Corp"))],
                   truth=[people(co("Acme Logistics"), f"{PERSON}, p.title")]),
    "q3-084": dict(contains=[people(co("Litware"))],
                   excludes=[people("(p.last_name = 'Sanders' AND p.first_name = 'Felix') "
                                    "OR (p.last_name = 'Fischer' AND p.first_name = 'Keith')")],
                   truth=[people(co("Litware"), f"{PERSON}, p.title, p.email")]),
    "q3-085": dict(contains=[people(f"{co('Monarch Solutions')} AND p.title = 'CTO'")],
                   excludes=[people(f"{co('Monarch Solutions')} AND p.first_name IN ('Oscar', 'Dominic')")],
                   truth=[people(f"{co('Monarch Solutions')} AND p.title = 'CTO'", f"{PERSON}, p.email, p.phone")]),
    "q3-086": dict(contains=[people(f"{co('Alpine Ski House')} AND p.title = 'CEO'")],
                   excludes=[people(f"{co('Alpine Ski House')} AND p.first_name IN ('Logan', 'Ethan')")],
                   truth=[people(f"{co('Alpine Ski House')} AND p.title = 'CEO'", f"{PERSON}, p.email, p.phone")]),
    "q3-087": dict(contains=[people(co("Stark Industries"))], excludes=[people(who("Chris", "Park"))],
                   truth=[people(co("Stark Industries"), f"{PERSON}, p.title")]),
    "q3-088": dict(contains=[people(f"{co('Wayne Enterprises')} AND (p.title LIKE 'CFO' OR p.title LIKE 'Finance%')")],
                   excludes=[people(f"{co('Wayne Enterprises')} AND p.first_name IN ('Hector', 'Paige')")],
                   truth=[people(f"{co('Wayne Enterprises')} AND (p.title LIKE 'CFO' OR p.title LIKE 'Finance%')",
                                 f"{PERSON}, p.title, p.email")]),
    "q3-089": dict(excludes=[people(co("Coho Winery"))],  # Fourth Coffee has a deal but no contacts
                   truth=[people(co("Fourth Coffee"), f"{PERSON}, p.title")]),
    # ------------------------------------------------------------------------------------------- activity
    "q3-090": dict(contains=[acts(between('a.occurred_at', '2026-11-18', '2026-11-18'), "a.subject, d.name")],
                   excludes=[acts(f"{between('a.occurred_at', '2026-11-17', '2026-11-17')}", "DISTINCT a.subject")],
                   truth=[acts(between('a.occurred_at', '2026-11-18', '2026-11-18'), ACT_ROW)]),
    "q3-091": dict(excludes=[acts(f"{between('a.occurred_at', '2026-11-17', '2026-11-17')}", "DISTINCT a.subject")],
                   truth=[acts(f"a.author_id = {SAM} AND {between('a.occurred_at', '2026-11-17', '2026-11-17')}", ACT_ROW)]),
    "q3-092": dict(contains=[acts(between('a.occurred_at', '2026-11-17', '2026-11-17'), "DISTINCT a.subject"),
                             acts(f"{between('a.occurred_at', '2026-11-17', '2026-11-17')} AND a.type = 'email'", "d.name")],
                   # today's entries; the Cyberdyne deal was touched on both days, so only its subject counts
                   excludes=[acts(between('a.occurred_at', '2026-11-18', '2026-11-18'), "a.subject"),
                             acts(f"{between('a.occurred_at', '2026-11-18', '2026-11-18')} AND a.author_id = {PRIYA}", "d.name")],
                   truth=[acts(between('a.occurred_at', '2026-11-17', '2026-11-17'), ACT_ROW)]),
    "q3-093": dict(contains=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *THIS_WEEK)}", "DISTINCT d.name")],
                   excludes=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', '2026-11-15', '2026-11-15')}", "DISTINCT d.name"),
                             acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', *THIS_WEEK)} AND a.type = 'call' "
                                  "AND d.name LIKE 'Globex%'", "DISTINCT d.name")],
                   truth=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *THIS_WEEK)}", ACT_ROW)]),
    "q3-094": dict(contains=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *LAST_WEEK)}", "count(*)")],
                   excludes=[acts(f"{between('a.occurred_at', *LAST_WEEK)}", "count(*)")],
                   truth=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *LAST_WEEK)}", "count(*)"),
                          acts(f"a.type = 'meeting' AND {between('a.occurred_at', *LAST_WEEK)}", ACT_ROW)]),
    "q3-095": dict(contains=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *LAST_WEEK)} AND "
                                  f"{named('Stark Industries Software License', 'Initech Analytics Suite', 'Acme Corp Expansion', 'Proseware Analytics Suite', 'Southridge Video Platform')}",
                                  "DISTINCT d.name")],
                   excludes=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', '2026-11-02', '2026-11-08')} AND "
                                  "d.name IN ('Oscorp Security Add-on', 'Nakatomi Trading Support Plan')", "DISTINCT d.name")],
                   truth=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *LAST_WEEK)}", ACT_ROW)]),
    "q3-096": dict(contains=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *THIS_WEEK)}", "a.subject, d.name")],
                   excludes=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *LAST_WEEK)} AND "
                                  "d.name IN ('Northwind Health Security Add-on', 'Margie''s Travel Support Plan')",
                                  "DISTINCT d.name")],
                   truth=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *THIS_WEEK)}", ACT_ROW)]),
    "q3-097": dict(contains=[acts(f"a.author_id = {ALEX} AND a.type = 'email' AND {between('a.occurred_at', '2026-11-12', '2026-11-18')}",
                                  "DISTINCT d.name")],
                   excludes=[acts(f"a.author_id = {ALEX} AND a.type = 'email' AND {between('a.occurred_at', '2026-11-10', '2026-11-10')} "
                                  "AND d.name = 'Acme Corp Renewal'", "d.name"),
                             acts(f"a.author_id = {ALEX} AND a.type <> 'email' AND {between('a.occurred_at', '2026-11-11', '2026-11-11')} "
                                  "AND d.name IN ('Initech Analytics Suite', 'Cyberdyne Consulting Services')", "DISTINCT d.name")],
                   # 2026-11-11 (Alpine Ski House Consulting Services) counts when "last 7 days" starts on the 11th
                   truth=[acts(f"a.author_id = {ALEX} AND a.type = 'email' AND {between('a.occurred_at', '2026-11-11', '2026-11-18')}",
                               ACT_ROW)]),
    "q3-098": dict(contains=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', *LAST_WEEK)}", "count(*)")],
                   excludes=[acts(f"{between('a.occurred_at', *LAST_WEEK)}", "count(*)")],
                   truth=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', *LAST_WEEK)}", "count(*)"),
                          acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', *LAST_WEEK)}", ACT_ROW)]),
    # ------------------------------------------------------------------------------------------- last_touch
    "q3-099": dict(contains=[last_touch(co("Massive Dynamic"))], excludes=[last_touch(co("Massive Dynamic"), 2)],
                   truth=[last_touch_truth(co("Massive Dynamic"))]),
    "q3-100": dict(contains=[last_touch(who("Dana", "Lee"))], excludes=[last_touch(who("Dana", "Smith"))],
                   truth=[last_touch_truth(who("Dana", "Lee"))]),
    "q3-101": dict(contains=[last_touch(co("Gringotts Finance"))], excludes=[last_touch(co("Woodgrove Bank"))],
                   truth=[last_touch_truth(co("Gringotts Finance"))]),
    "q3-102": dict(contains=[last_touch(co("Monarch Solutions"))], excludes=[last_touch(co("Monarch Solutions"), 2)],
                   truth=[last_touch_truth(co("Monarch Solutions"))]),
    "q3-103": dict(excludes=[f"SELECT created_at FROM companies c WHERE {co('Vandelay Industries')}"],
                   truth=[last_touch_truth(co("Vandelay Industries"))]),  # never: no activity at all
    "q3-104": dict(contains=[last_touch(who("Colin", "Hughes"))], excludes=[last_touch(who("Colin", "Hughes"), 2)],
                   truth=[last_touch_truth(who("Colin", "Hughes"))]),
    "q3-105": dict(contains=[last_touch(who("Tom", "Becker"))], excludes=[last_touch(co("Acme Corp"))],
                   truth=[last_touch_truth(who("Tom", "Becker"))]),
    "q3-106": dict(contains=[last_touch(f"{co('Lucerne Publishing')} AND a.author_id = {SAM}")],
                   excludes=[last_touch(f"{co('Lucerne Publishing')} AND a.author_id = {SAM}", 2)],
                   truth=[last_touch_truth(f"{co('Lucerne Publishing')} AND a.author_id = {SAM}")]),
    # ------------------------------------------------------------------------------------------- tasks
    "q3-107": dict(contains=[tasks("d.name = 'Dunder Mifflin Platform' AND t.status = 'open' AND t.due_date < DATE '2026-11-18'",
                                   "DISTINCT t.title")],
                   excludes=[tasks("d.name = 'Dunder Mifflin Platform' AND t.status = 'open' AND t.due_date >= DATE '2026-11-18'")],
                   truth=[tasks("d.name = 'Dunder Mifflin Platform' AND t.status = 'open' AND t.due_date < DATE '2026-11-18'", TASK_ROW)]),
    "q3-108": dict(contains=[tasks(f"t.owner_id = {ALEX} AND t.status = 'done'", "count(*)")],
                   excludes=[tasks(f"t.owner_id = {ALEX}", "count(*)")],
                   truth=[tasks(f"t.owner_id = {ALEX} AND t.status = 'done'", "count(*)"),
                          tasks(f"t.owner_id = {ALEX} AND t.status = 'done'", TASK_ROW)]),
    "q3-109": dict(excludes=[tasks("t.status = 'open' AND t.due_date = DATE '2026-11-19'")],
                   truth=[tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND t.due_date = DATE '2026-11-19'", TASK_ROW)]),
    "q3-110": dict(contains=[tasks("t.status = 'open' AND t.due_date = DATE '2026-11-20'")],
                   excludes=[tasks("t.status = 'open' AND t.due_date IN (DATE '2026-11-19', DATE '2026-11-21')")],
                   truth=[tasks("t.status = 'open' AND t.due_date = DATE '2026-11-20'",
                                "t.title, t.due_date, (SELECT name FROM users WHERE id = t.owner_id)")]),
    "q3-111": dict(contains=[tasks(f"{co('Nakatomi Trading')} AND t.status = 'open'", "DISTINCT t.title")],
                   excludes=[tasks(f"{co('Nakatomi Trading')} AND t.status = 'done'", "DISTINCT t.title")],
                   truth=[tasks(f"{co('Nakatomi Trading')} AND t.status = 'open'", TASK_ROW)]),
    "q3-112": dict(contains=[tasks(f"t.owner_id = {ALEX} AND t.status = 'open' AND {between('t.due_date', *THIS_WEEK)}",
                                   "DISTINCT t.title")],
                   excludes=[tasks(f"t.owner_id = {ALEX} AND ((t.status = 'done' AND t.due_date = DATE '2026-11-18') "
                                   "OR (t.status = 'open' AND t.due_date = DATE '2026-11-23' AND t.title LIKE 'Send pricing%'))")],
                   truth=[tasks(f"t.owner_id = {ALEX} AND t.status = 'open' AND {between('t.due_date', *THIS_WEEK)}", TASK_ROW)]),
    "q3-113": dict(contains=[tasks(f"t.owner_id = {SAM} AND t.status = 'open'", "count(*)")],
                   excludes=[tasks("t.status = 'open'", "count(*)")],
                   truth=[tasks(f"t.owner_id = {SAM} AND t.status = 'open'", "count(*)"),
                          tasks(f"t.owner_id = {SAM} AND t.status = 'open'", TASK_ROW)]),
    "q3-114": dict(contains=[tasks(f"{co('Trey Research')} AND t.status = 'open'", "t.title, t.due_date")],
                   excludes=[tasks(f"{co('Trey Research')} AND t.status = 'done' AND t.title NOT LIKE 'Prepare proposal%'",
                                   "DISTINCT t.title"),
                             tasks(f"{co('Trey Research')} AND t.status = 'done' AND t.title LIKE 'Prepare proposal%'",
                                   "t.due_date")],
                   truth=[tasks(f"{co('Trey Research')} AND t.status = 'open'", TASK_ROW)]),
    "q3-115": dict(contains=[tasks("t.status = 'open' AND t.due_date < DATE '2026-11-01'")],
                   excludes=[tasks("t.status = 'open' AND t.due_date = DATE '2026-11-03' AND t.owner_id = 1")],
                   truth=[tasks("t.status = 'open' AND t.due_date < DATE '2026-11-01'",
                                "t.title, t.due_date, (SELECT name FROM users WHERE id = t.owner_id)")]),
    # ------------------------------------------------------------------------------------------- count
    "q3-116": dict(contains=["SELECT count(*) FROM contacts WHERE lifecycle_stage = 'prospect'"],
                   excludes=["SELECT count(*) FROM contacts"],
                   truth=["SELECT count(*) FROM contacts WHERE lifecycle_stage = 'prospect'",
                          "SELECT first_name || ' ' || last_name FROM contacts WHERE lifecycle_stage = 'prospect'"]),
    "q3-117": dict(contains=[deals(f"d.owner_id = {ALEX}", "count(*)")], excludes=["SELECT count(*) FROM deals"],
                   truth=[deals(f"d.owner_id = {ALEX}", "count(*)"), deals(f"d.owner_id = {ALEX}", "d.name, d.stage")]),
    "q3-118": dict(contains=[f"SELECT count(*) FROM companies WHERE owner_id = {ALEX}"],
                   excludes=["SELECT count(*) FROM companies"],
                   truth=[f"SELECT count(*) FROM companies WHERE owner_id = {ALEX}",
                          f"SELECT name FROM companies WHERE owner_id = {ALEX}"]),
    "q3-119": dict(contains=[f"SELECT count(*) FROM contacts WHERE owner_id = {PRIYA}"],
                   excludes=["SELECT count(*) FROM contacts"],
                   truth=[f"SELECT count(*) FROM contacts WHERE owner_id = {PRIYA}",
                          f"SELECT first_name || ' ' || last_name FROM contacts WHERE owner_id = {PRIYA}"]),
    "q3-120": dict(contains=[deals(f"{OPEN} AND d.amount >= 100000", "count(*)")],
                   excludes=[deals(OPEN, "count(*)")],  # not the count with closed deals (30): "30" is inside "130,000"
                   truth=[deals(f"{OPEN} AND d.amount >= 100000", "count(*)"),
                          deals(f"{OPEN} AND d.amount >= 100000", "d.name, d.amount")]),
    "q3-121": dict(contains=[acts(between("a.occurred_at", *OCT), "count(*)")],
                   excludes=[acts("year(a.occurred_at) = 2026", "count(*)")],
                   truth=[acts(between("a.occurred_at", *OCT), "count(*)")]),
    "q3-122": dict(contains=["SELECT count(*) FROM tasks WHERE status = 'done'"],
                   excludes=["SELECT count(*) FROM tasks WHERE status = 'open'"],
                   truth=["SELECT count(*) FROM tasks WHERE status = 'done'", "SELECT title FROM tasks WHERE status = 'done'"]),
    "q3-123": dict(contains=["SELECT count(*) FROM contacts p WHERE NOT EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)"],
                   excludes=["SELECT count(*) FROM contacts",
                             "SELECT count(*) FROM contacts p WHERE EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)"],
                   truth=["SELECT count(*) FROM contacts p WHERE NOT EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)",
                          people("NOT EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)")]),
    # ------------------------------------------------------------------------------------------- amounts
    "q3-124": dict(contains=[deals(co("Tailspin Toys"), "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
                   excludes=[deals("TRUE", "d.name", "ORDER BY d.amount DESC LIMIT 1")],
                   truth=[deals(co("Tailspin Toys"), DEAL_ROW, "ORDER BY d.amount DESC LIMIT 1")]),
    "q3-125": dict(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "d.name, d.amount", "ORDER BY d.amount LIMIT 1")],
                   excludes=[deals(OPEN, "d.name", "ORDER BY d.amount LIMIT 1")],
                   truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", DEAL_ROW, "ORDER BY d.amount LIMIT 1")]),
    "q3-126": dict(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX}", "round(avg(d.amount))")],
                   excludes=[deals(OPEN, "round(avg(d.amount))")],
                   truth=[deals(f"{OPEN} AND d.owner_id = {ALEX}", "round(avg(d.amount)), count(*), sum(d.amount)")]),
    "q3-127": dict(contains=[deals(f"{OPEN} AND d.product = 'Consulting Services'", "sum(d.amount)")],
                   excludes=[deals("d.product = 'Consulting Services'", "sum(d.amount)")],
                   truth=[deals(f"{OPEN} AND d.product = 'Consulting Services'", "sum(d.amount), count(*)"),
                          deals(f"{OPEN} AND d.product = 'Consulting Services'", "d.name, d.amount")]),
    "q3-128": dict(contains=[deals(f"{LOST} AND {YEAR}", "round(avg(d.amount))")],
                   excludes=[deals(f"{WON} AND {YEAR}", "round(avg(d.amount))")],
                   truth=[deals(f"{LOST} AND {YEAR}", "round(avg(d.amount)), count(*), sum(d.amount)")]),
    "q3-129": dict(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *DEC)}", "sum(d.amount)")],
                   excludes=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "sum(d.amount)")],
                   truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *DEC)}", "sum(d.amount), count(*)"),
                          deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *DEC)}", DEAL_ROW)]),
    "q3-130": dict(contains=[deals(f"{LOST} AND d.owner_id = {SAM}", "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
                   excludes=[deals(LOST, "d.name", "ORDER BY d.amount DESC LIMIT 1")],
                   truth=[deals(f"{LOST} AND d.owner_id = {SAM}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 1")]),
    "q3-131": dict(contains=[deals(f"{co(MARGIES)} AND {OPEN}", "sum(d.amount)")],
                   excludes=[deals(co(MARGIES), "sum(d.amount)"),
                             deals(f"{co(MARGIES)} AND {WON}", "d.amount")],
                   truth=[deals(f"{co(MARGIES)} AND {OPEN}", DEAL_ROW)]),
    "q3-132": dict(contains=[deals("d.product = 'Analytics Suite'", "round(avg(d.amount))")],
                   excludes=[deals("TRUE", "round(avg(d.amount))")],
                   truth=[deals("d.product = 'Analytics Suite'", "round(avg(d.amount)), count(*)")]),
    # ------------------------------------------------------------------------------------------- stage_breakdown
    "q3-133": dict(contains=[deals(OPEN, "sum(d.amount)", "GROUP BY d.stage")],
                   excludes=[deals(f"NOT {OPEN}", "sum(d.amount)", "GROUP BY d.stage")],
                   truth=[deals(OPEN, "d.stage, count(*), sum(d.amount)", "GROUP BY d.stage")]),
    "q3-134": dict(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX}", "sum(d.amount)", "GROUP BY d.stage")],
                   excludes=[deals("d.stage IN ('Lead', 'Proposal')", "sum(d.amount)", "GROUP BY d.stage")],
                   truth=[deals(f"d.owner_id = {ALEX}", "d.stage, count(*), sum(d.amount)", "GROUP BY d.stage")]),
    "q3-135": dict(contains=[deals(f"d.stage = 'Proposal' AND d.owner_id = {PRIYA}")],
                   excludes=[deals(f"d.stage = 'Proposal' AND d.owner_id <> {PRIYA} AND {co('Fabrikam')}")],
                   truth=[deals(f"d.stage = 'Proposal' AND d.owner_id = {PRIYA}", DEAL_ROW)]),
    "q3-136": dict(contains=[deals("d.stage = 'Lead' AND d.amount > 100000", "d.name", "ORDER BY d.amount DESC LIMIT 5")],
                   excludes=[deals("d.stage = 'Lead' AND d.amount BETWEEN 60000 AND 99999")],
                   truth=[deals("d.stage = 'Lead' AND d.amount > 100000", DEAL_ROW)]),
    "q3-137": dict(contains=[deals("d.name = 'Wayne Enterprises Consulting'", "d.stage")], excludes=[lit("Qualified")],
                   truth=[deals("d.name = 'Wayne Enterprises Consulting'", DEAL_ROW)]),
    "q3-138": dict(contains=[deals("d.stage LIKE 'Closed%'", "sum(d.amount)", "GROUP BY d.stage")],
                   excludes=[deals("d.stage LIKE 'Closed%'", "sum(d.amount)")],
                   truth=[deals("d.stage LIKE 'Closed%'", "d.stage, count(*), sum(d.amount)", "GROUP BY d.stage")]),
    "q3-139": dict(contains=[deals(co("Stark Industries"), "d.stage")], excludes=[lit("Negotiation", "Closed Won")],
                   truth=[deals(co("Stark Industries"), DEAL_ROW)]),
    "q3-140": dict(contains=[deals("d.stage = 'Negotiation'", "count(*), sum(d.amount)")],
                   excludes=[deals("d.stage = 'Proposal'", "sum(d.amount)")],
                   truth=[deals("d.stage = 'Negotiation'", "count(*), sum(d.amount)"),
                          deals("d.stage = 'Negotiation'", "d.name, d.amount")]),
    # ------------------------------------------------------------------------------------------- comparison
    "q3-141": dict(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", f"{FIRST}", "GROUP BY u.name"),
                             deals(f"{OPEN} AND d.owner_id IN ({PRIYA}, {SAM})", "sum(d.amount)", "GROUP BY d.owner_id")],
                   excludes=[deals(f"d.owner_id IN ({PRIYA}, {SAM})", "sum(d.amount)", "GROUP BY d.owner_id")],
                   truth=[deals(f"{OPEN} AND d.owner_id IN ({PRIYA}, {SAM})", f"u.name, {FIRST}, sum(d.amount), count(*)",
                                "GROUP BY u.name")]),
    "q3-142": dict(contains=[deals(f"{OPEN} AND d.owner_id IN ({PRIYA}, {ALEX})", "sum(d.amount)", "GROUP BY d.owner_id")],
                   excludes=[deals(f"d.owner_id = {ALEX}", "sum(d.amount)")],
                   truth=[deals(f"{OPEN} AND d.owner_id IN ({PRIYA}, {ALEX})", "u.name, sum(d.amount), count(*)",
                                "GROUP BY u.name")]),
    "q3-143": dict(contains=[deals(f"{WON} AND {YEAR} AND d.owner_id = {PRIYA}", f"{FIRST}", "GROUP BY u.name"),
                             deals(f"{WON} AND {YEAR} AND d.owner_id IN ({PRIYA}, {SAM})", "sum(d.amount)", "GROUP BY d.owner_id")],
                   excludes=[deals(f"d.stage LIKE 'Closed%' AND {YEAR} AND d.owner_id IN ({PRIYA}, {SAM})", "sum(d.amount)",
                                   "GROUP BY d.owner_id")],
                   truth=[deals(f"{WON} AND {YEAR} AND d.owner_id IN ({PRIYA}, {SAM})", f"u.name, {FIRST}, sum(d.amount), count(*)",
                                "GROUP BY u.name")]),
    "q3-144": dict(contains=[deals(f"{LOST} AND {between('d.close_date', *OCT)} AND d.owner_id = {SAM}", f"{FIRST}",
                                   "GROUP BY u.name"),
                             deals(f"{LOST} AND {between('d.close_date', *OCT)} AND d.owner_id IN ({ALEX}, {SAM})",
                                   "sum(d.amount)", "GROUP BY d.owner_id")],
                   excludes=[deals(f"{LOST} AND d.owner_id = {ALEX}", "sum(d.amount)")],
                   truth=[deals(f"{LOST} AND {between('d.close_date', *OCT)} AND d.owner_id IN ({ALEX}, {SAM})",
                                f"u.name, {FIRST}, sum(d.amount), count(*)", "GROUP BY u.name"),
                          deals(f"{LOST} AND {between('d.close_date', *OCT)} AND d.owner_id IN ({ALEX}, {SAM})",
                                "d.name, d.amount")]),
    "q3-145": dict(contains=[deals("d.stage IN ('Lead', 'Negotiation')", "sum(d.amount)", "GROUP BY d.stage")],
                   excludes=[deals("d.stage = 'Proposal'", "sum(d.amount)")],
                   truth=[deals("d.stage IN ('Lead', 'Negotiation')", "d.stage, sum(d.amount), count(*)", "GROUP BY d.stage")]),
    "q3-146": dict(contains=[deals(f"{OPEN} AND c.name LIKE 'Acme%'", "sum(d.amount)", "GROUP BY c.name")],
                   excludes=[deals(f"{OPEN} AND c.name LIKE 'Acme%'", "sum(d.amount)")],
                   truth=[deals(f"{OPEN} AND c.name LIKE 'Acme%'", "c.name, sum(d.amount), count(*)", "GROUP BY c.name"),
                          deals(f"{OPEN} AND c.name LIKE 'Acme%'", "d.name, d.amount")]),
    "q3-147": dict(contains=[deals(f"{WON} AND {YEAR} AND d.product IN ('Security Add-on', 'Software License')",
                                   "sum(d.amount)", "GROUP BY d.product")],
                   excludes=[deals("d.product IN ('Security Add-on', 'Software License')", "sum(d.amount)", "GROUP BY d.product")],
                   truth=[deals(f"{WON} AND {YEAR} AND d.product IN ('Security Add-on', 'Software License')",
                                "d.product, sum(d.amount), count(*)", "GROUP BY d.product"),
                          deals(f"{WON} AND {YEAR} AND d.product IN ('Security Add-on', 'Software License')", "d.name, d.amount")]),
    "q3-148": dict(contains=[deals(f"{OPEN} AND d.owner_id = {SAM} AND (({between('d.close_date', *DEC)}) OR "
                                   f"({between('d.close_date', *JAN)}))", "sum(d.amount)", "GROUP BY month(d.close_date)")],
                   excludes=[deals(f"{OPEN} AND (({between('d.close_date', *DEC)}) OR ({between('d.close_date', *JAN)}))",
                                   "sum(d.amount)", "GROUP BY month(d.close_date)")],
                   truth=[deals(f"{OPEN} AND d.owner_id = {SAM} AND (({between('d.close_date', *DEC)}) OR "
                                f"({between('d.close_date', *JAN)}))", "month(d.close_date), sum(d.amount), count(*)",
                                "GROUP BY month(d.close_date)"),
                          deals(f"{OPEN} AND d.owner_id = {SAM} AND (({between('d.close_date', *DEC)}) OR "
                                f"({between('d.close_date', *JAN)}))", DEAL_ROW)]),
    # ------------------------------------------------------------------------------------------- ranking
    "q3-149": dict(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "d.name", "ORDER BY d.amount DESC LIMIT 3")],
                   excludes=[deals(f"NOT {OPEN} AND d.owner_id = {PRIYA}", "d.name", "ORDER BY d.amount DESC LIMIT 1"),
                             deals(f"{OPEN} AND d.owner_id <> {PRIYA} AND d.amount > 195000 AND d.amount < 200000")],
                   truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 3")]),
    "q3-150": dict(contains=[deals(OPEN, "d.name", "ORDER BY d.amount DESC LIMIT 5")],
                   excludes=[deals("TRUE", "d.name", "ORDER BY d.amount DESC LIMIT 1 OFFSET 5")],
                   truth=[deals(OPEN, DEAL_ROW, "ORDER BY d.amount DESC LIMIT 5")]),
    "q3-151": dict(contains=[deals(f"{WON} AND {YEAR}", "sum(d.amount)", "GROUP BY d.owner_id")],
                   excludes=[deals(f"d.stage LIKE 'Closed%' AND {YEAR}", "sum(d.amount)", "GROUP BY d.owner_id")],
                   truth=[deals(f"{WON} AND {YEAR}", "u.name, sum(d.amount), count(*)", "GROUP BY u.name")]),
    "q3-152": dict(contains=[deals(OPEN, "c.name", "GROUP BY c.name ORDER BY sum(d.amount) DESC LIMIT 3")],
                   excludes=[deals(OPEN, "c.name", "ORDER BY d.amount DESC LIMIT 1")],  # the biggest single deal's company
                   truth=[deals(OPEN, "c.name, sum(d.amount)", "GROUP BY c.name ORDER BY sum(d.amount) DESC LIMIT 3")]),
    "q3-153": dict(contains=[people("TRUE", "c.name", "GROUP BY c.name ORDER BY count(*) DESC LIMIT 3")],
                   excludes=["SELECT 'Acme Corp'"],  # the look-alike of the top account
                   truth=[people("TRUE", "c.name, count(*)", "GROUP BY c.name ORDER BY count(*) DESC LIMIT 3")]),
    "q3-154": dict(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX}", "d.name", "ORDER BY d.amount, d.name LIMIT 3")],
                   excludes=[deals(f"NOT {OPEN} AND d.owner_id = {ALEX}", "d.name", "ORDER BY d.amount LIMIT 1"),
                             deals(f"{OPEN} AND d.owner_id <> {ALEX}", "d.name", "ORDER BY d.amount LIMIT 1")],
                   truth=[deals(f"{OPEN} AND d.owner_id = {ALEX}", DEAL_ROW, "ORDER BY d.amount, d.name LIMIT 3")]),
    "q3-155": dict(contains=["""SELECT split_part(u.name, ' ', 1), count(*) FROM activities a JOIN users u ON u.id = a.author_id
                                WHERE a.occurred_at >= DATE '2026-11-01' GROUP BY u.name ORDER BY count(*) DESC LIMIT 1"""],
                   excludes=["SELECT count(*) FROM activities a GROUP BY a.author_id"],
                   truth=["""SELECT u.name, split_part(u.name, ' ', 1), count(*) FROM activities a JOIN users u ON u.id = a.author_id
                             WHERE a.occurred_at >= DATE '2026-11-01' GROUP BY u.name"""]),
    "q3-156": dict(contains=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "d.name", "ORDER BY d.amount DESC LIMIT 3")],
                   excludes=[deals(f"{OPEN} AND d.close_date NOT BETWEEN DATE '{DEC[0]}' AND DATE '{DEC[1]}'", "d.name",
                                   "ORDER BY d.amount DESC LIMIT 2 OFFSET 0")],
                   truth=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 3")]),
    # ------------------------------------------------------------------------------------------- yes_no
    "q3-157": dict(contains=[deals(co("Hooli"), "d.name, d.stage")], excludes=[lit("Closed Won")],
                   truth=[deals(co("Hooli"), DEAL_ROW)]),
    "q3-158": dict(contains=[deals(co("Stark Industries"), "d.stage")], excludes=[CLOSED_STAGES],
                   truth=[deals(co("Stark Industries"), DEAL_ROW)]),
    "q3-159": dict(contains=[deals(co("Wonka Labs"))], excludes=[CLOSED_STAGES],
                   truth=[deals(co("Wonka Labs"), DEAL_ROW)]),
    "q3-160": dict(contains=[deals(f"{co('Oscorp')} AND {LOST}")], excludes=[lit("Closed Won")],
                   truth=[deals(co("Oscorp"), DEAL_ROW)]),
    "q3-161": dict(contains=[deals(co("Pied Piper"), FIRST)],
                   excludes=[f"SELECT {FIRST} FROM users u WHERE u.id IN ({PRIYA}, {SAM})"],
                   truth=[deals(co("Pied Piper"), f"d.name, u.name, {FIRST}")]),
    "q3-162": dict(contains=[deals("d.name = 'Sterling Cooper Consulting Services'", "d.stage, d.close_date")],
                   excludes=[CLOSED_STAGES],
                   truth=[deals("d.name = 'Sterling Cooper Consulting Services'", DEAL_ROW)]),
    "q3-163": dict(contains=[acts(f"{co('Fabrikam')} AND a.author_id = {SAM} AND a.occurred_at >= DATE '2026-11-01'",
                                  "DISTINCT d.name")],
                   excludes=[acts(f"{co('Fabrikam')} AND a.author_id <> {SAM} AND a.occurred_at >= DATE '2026-11-01'",
                                  "DISTINCT d.name")],
                   truth=[acts(f"{co('Fabrikam')} AND a.author_id = {SAM} AND a.occurred_at >= DATE '2026-11-01'", ACT_ROW)]),
    "q3-164": dict(contains=[deals("d.name = 'Fabrikam Software License'", "d.close_date")],
                   excludes=[deals(f"{co('Fabrikam')} AND d.name <> 'Fabrikam Software License' AND year(d.close_date) = 2027",
                                   "d.close_date")],
                   truth=[deals("d.name = 'Fabrikam Software License'", DEAL_ROW)]),
    # ------------------------------------------------------------------------------------------- decline
    # fields the CRM does not store
    "q3-165": dict(excludes=[deals(co("Initech"), "d.amount")], absent=[no_column("margin", "cost", "profit")]),
    "q3-166": dict(excludes=[deals(co("Globex"), "d.amount")], absent=[no_column("revenue", "turnover", "arr")]),
    "q3-167": dict(absent=[no_column("employee", "headcount", "staff", "size")]),
    "q3-168": dict(excludes=[lit("linkedin.com/in/")], absent=[no_column("linkedin", "social", "url", "profile")]),
    "q3-169": dict(absent=[no_column("churn", "cancel")]),
    "q3-170": dict(absent=[no_column("nps", "satisf", "score", "rating")]),
    "q3-171": dict(excludes=[deals(co("Wonka Labs"), "d.close_date")], absent=[no_column("renew", "expir", "contract")]),
    "q3-172": dict(absent=[no_column("nda", "document", "attachment", "file")]),
    "q3-173": dict(excludes=[deals(co("Stark Industries"), "d.close_date")], absent=[no_column("fiscal")]),
    "q3-174": dict(absent=[no_column("seat", "quantity", "licen", "units")]),
    "q3-175": dict(excludes=[deals(co("Woodgrove Bank"), "d.amount")], absent=[no_column("payment", "terms")]),
    "q3-176": dict(excludes=[deals(co("Northwind Health"), "d.amount")], absent=[no_column("arr", "recurring", "revenue", "mrr")]),
    "q3-177": dict(excludes=[lit("@piedpiper")], absent=[no_column("twitter", "social", "handle")]),
    # records that do not exist
    "q3-178": dict(excludes=["SELECT count(*) FROM deals"],
                   absent=["SELECT name FROM users WHERE name ILIKE '%casey%' OR name ILIKE '%jones%'",
                           "SELECT id FROM contacts WHERE first_name ILIKE 'casey' OR last_name ILIKE 'jones'"]),
    "q3-179": dict(excludes=[deals(co("Initech"))], absent=["SELECT name FROM companies WHERE name ILIKE '%initrode%'"]),
    "q3-180": dict(excludes=[deals(co("Globex"), "d.amount")],
                   absent=[deals("c.name = 'Globex' AND (d.name ILIKE '%enterprise%' OR d.name ILIKE '%license%' "
                                 "OR d.product = 'Software License')")]),
    "q3-181": dict(excludes=[deals("d.stage = 'Lead' AND c.name = 'Acme Logistics'")],
                   absent=["SELECT DISTINCT stage FROM deals WHERE stage ILIKE '%discover%'"]),
    "q3-182": dict(excludes=[deals(f"{WON} AND {YEAR}", "sum(d.amount)")],
                   absent=["SELECT name FROM users WHERE name ILIKE '%taylor%' OR email ILIKE '%taylor%'",
                           "SELECT id FROM contacts WHERE first_name ILIKE 'taylor' OR last_name ILIKE 'taylor'"]),
    "q3-183": dict(excludes=[people("p.first_name = 'Dana'", "p.email")],
                   absent=["SELECT id FROM contacts WHERE last_name ILIKE '%whitfield%'"]),
    "q3-184": dict(absent=["SELECT name FROM companies WHERE name ILIKE '%gekko%' OR domain ILIKE '%gekko%'"]),
    "q3-185": dict(absent=["SELECT DISTINCT product FROM deals WHERE product ILIKE '%warehouse%'",
                           no_column("price")]),
    "q3-186": dict(excludes=[people(f"{co('Dunder Mifflin')} AND p.title = 'CTO'", "p.email")],
                   absent=["SELECT id FROM contacts WHERE last_name ILIKE 'halpert' OR first_name ILIKE 'jim%'"]),
    "q3-187": dict(excludes=[deals(co("Wonka Labs"), "d.stage")],
                   absent=[deals("c.name = 'Wonka Labs' AND (d.product = 'Platform' OR d.name ILIKE '%platform%')")]),
    "q3-188": dict(absent=["SELECT name FROM companies WHERE name ILIKE 'acme ind%'"]),
    "q3-189": dict(excludes=[deals("d.name = 'Tailspin Toys Support Plan'", "d.amount")],
                   absent=[deals("c.name = 'Tyrell Systems' AND (d.product = 'Support Plan' OR d.name ILIKE '%support%')")]),
    # opinions and predictions
    "q3-190": dict(absent=[no_column("quota", "performance", "rating", "score")]),
    "q3-191": dict(absent=[no_column("health", "risk", "churn")]),
    "q3-192": dict(absent=[no_column("rating", "review", "opinion")]),
    "q3-193": dict(absent=[no_column("probab", "forecast", "likel")]),
    "q3-194": dict(excludes=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)")],
                   absent=[no_column("forecast", "booking", "projection")]),
    "q3-195": dict(absent=[no_column("renew", "probab", "forecast")]),
    # not about the CRM
    "q3-196": dict(absent=[no_column("weather", "temperature")]),
    "q3-197": dict(absent=[no_column("joke", "humor")]),
    "q3-198": dict(absent=[no_column("script", "code")]),
    "q3-199": dict(absent=[no_column("sport", "tournament")]),
    "q3-200": dict(absent=[no_column("recipe", "ingredient")]),
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
        if "absent" in spec:
            errs.append("an answerable item has no 'absent' SQL")
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
        if not got:
            errs.append("an excludes query returned no rows")
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
    expected = {f"q3-{n:03d}" for n in range(1, N_ITEMS + 1)}
    if set(ids) != expected:
        errors.append(f"ids are not q3-001..q3-{N_ITEMS:03d}: missing {sorted(expected - set(ids))[:5]}, "
                      f"unexpected {sorted(set(ids) - expected)[:5]}")
    texts = Counter(" ".join(it.get("text", "").lower().split()) for it in items)
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
    if len(items) != N_ITEMS:
        errors.append(f"{len(items)} items (want {N_ITEMS})")
    if split and max(split.values()) - min(split.values()) > 1:
        errors.append(f"dev/test split is not half/half: {split}")
    missing_fams = FAMILIES - {it.get("family") for it in items}
    if missing_fams:
        errors.append(f"families without items: {sorted(missing_fams)}")
    declines = sum(1 for it in items if it.get("decline"))
    share = declines / max(len(items), 1)
    if not DECLINE_SHARE[0] <= share <= DECLINE_SHARE[1]:
        errors.append(f"decline share {share:.0%} outside {DECLINE_SHARE}")
    with_excludes = sum(1 for it in items if it.get("answer_excludes"))
    if with_excludes < MIN_EXCLUDE_SHARE * len(items):
        errors.append(f"only {with_excludes} of {len(items)} items have answer_excludes (need {MIN_EXCLUDE_SHARE:.0%})")

    families = Counter(it.get("family") for it in items)
    users = Counter(it.get("user", "").split("@")[0] for it in items)
    print(f"{len(items)} items ({', '.join(f'{k} {v}' for k, v in split.items())}), "
          f"{declines} declines ({share:.0%}), {len(items) - with_excludes} without excludes")
    print("families: " + ", ".join(f"{f} {n}" for f, n in sorted(families.items())))
    print("users: " + ", ".join(f"{u} {n}" for u, n in sorted(users.items())))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    store.close()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
