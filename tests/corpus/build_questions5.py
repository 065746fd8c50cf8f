"""Writes questions5_dev.jsonl / questions5_test.jsonl from ITEMS below.

Each item is (user, family, text, note, spec). spec holds hand-written SQL against the demo world
(data.demo.generate(Store(":memory:"), 2026-11-18), generated at 09:00):
- contains: the cells of every row are answer_contains (formatted like the questions3/4 labels)
- excludes: the cells of every row are answer_excludes (what a plausible wrong answer would show)
- truth:    every cell of the complete right answer (contains must be a subset; no exclude may occur inside a cell;
            empty when the right answer is "none")
- absent:   declines only: each query must return no rows
Ids run q5-001 ... q5-160 in ITEMS order. Split: stratified by family. Inside each family the items are shuffled with
random.Random(20261203) (one generator, families taken in sorted order); the first half of each family goes to dev.
A family with an odd count gives its extra item alternately to dev and test.

Run:      AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_questions5.py [-v [-t]]
Validate: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_questions5.py
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(os.environ.get("AUTOCRM_ROOT", Path(__file__).resolve().parents[2])).resolve()
sys.path.insert(0, str(ROOT))

from core.store import Store  # noqa: E402
from data.demo import generate  # noqa: E402

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 18)
SEED = 20261203
PREFIX = "q5"
DEV, TEST = HERE / "questions5_dev.jsonl", HERE / "questions5_test.jsonl"

A, P, S, R, J = ("alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local", "riley@autocrm.local",
                 "jordan@autocrm.local")
ALEX, PRIYA, SAM = 1, 2, 3

# ------------------------------------------------------------------------------------------------ SQL helpers
OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost')"
WON, LOST = "d.stage = 'Closed Won'", "d.stage = 'Closed Lost'"
PERSON = "p.first_name || ' ' || p.last_name"
FIRST = "split_part(u.name, ' ', 1)"
NOW = "TIMESTAMP '2026-11-18 09:00:00'"
DEAL_ROW = "d.name, d.stage, d.amount, d.close_date"
TASK_ROW = "t.title, t.due_date, t.status"
ACT_ROW = "CAST(a.occurred_at AS DATE), a.type, a.subject, d.name"
PERSON_ROW = f"{PERSON}, p.title, p.email, p.phone, c.name"
CLOSED_STAGES = "SELECT 'Closed Won' UNION ALL SELECT 'Closed Lost'"
CRM_COLUMNS = ("SELECT table_name || '.' || column_name FROM information_schema.columns "
               "WHERE table_name IN ('users', 'companies', 'contacts', 'deals', 'activities', 'tasks') AND ")
CRM_TABLES = "SELECT table_name FROM information_schema.tables WHERE "


def esc(text: str) -> str:
    return text.replace("'", "''")


def lit(*values: str) -> str:
    return " UNION ALL ".join(f"SELECT '{esc(v)}'" for v in values)


def no_column(*patterns: str) -> str:
    return CRM_COLUMNS + "(" + " OR ".join(f"column_name ILIKE '%{p}%'" for p in patterns) + ")"


def no_table(*patterns: str) -> str:
    return CRM_TABLES + "(" + " OR ".join(f"table_name ILIKE '%{p}%'" for p in patterns) + ")"


def between(col: str, lo: str, hi: str) -> str:
    """lo..hi inclusive; right for timestamps too (hi is the whole day)."""
    return f"({col} >= DATE '{lo}' AND {col} < DATE '{hi}' + INTERVAL 1 DAY)"


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
            "LEFT JOIN users u ON u.id = a.author_id "
            f"WHERE {where} {tail}")


def tasks(where: str, cols: str = "t.title", tail: str = "") -> str:
    return ("SELECT " + cols + " FROM tasks t LEFT JOIN deals d ON d.id = t.deal_id "
            "LEFT JOIN companies c ON c.id = t.company_id LEFT JOIN users u ON u.id = t.owner_id "
            f"WHERE {where} {tail}")


def quiet(where: str, cutoff: str, cols: str = "d.name", tail: str = "") -> str:
    """Open deals whose latest activity is before `cutoff` (a SQL timestamp expression), or that have none."""
    return (f"SELECT {cols} FROM deals d LEFT JOIN activities a ON a.deal_id = d.id WHERE {OPEN} AND {where} "
            f"GROUP BY d.id, d.name, d.stage, d.amount, d.owner_id "
            f"HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < {cutoff} {tail}")


def busy(where: str, cutoff: str, cols: str = "d.name") -> str:
    """Open deals touched at or after `cutoff`: what a wrong 'quiet' answer would add."""
    return (f"SELECT {cols} FROM deals d JOIN activities a ON a.deal_id = d.id WHERE {OPEN} AND {where} "
            f"GROUP BY d.id, d.name HAVING max(a.occurred_at) >= {cutoff}")


def latest(where: str, cols: str = "CAST(a.occurred_at AS DATE), a.subject", offset: int = 0) -> str:
    """The most recent activity matching where (offset 1 = the one before it)."""
    return acts(where, cols, f"ORDER BY a.occurred_at DESC LIMIT 1 OFFSET {offset}")


def latest_day(where: str, nth: int = 1) -> str:
    """The nth most recent distinct day with an activity matching where."""
    return (f"SELECT day FROM (SELECT DISTINCT CAST(a.occurred_at AS DATE) AS day FROM activities a "
            f"LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id "
            f"LEFT JOIN contacts p ON p.id = a.contact_id WHERE {where}) ORDER BY day DESC LIMIT 1 OFFSET {nth - 1}")


def silent_people(where: str, cols: str = PERSON) -> str:
    """Contacts matching where with no activity at all."""
    return people(f"{where} AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)", cols)


def silent_companies(where: str, cols: str = "c.name") -> str:
    return (f"SELECT {cols} FROM companies c LEFT JOIN users u ON u.id = c.owner_id WHERE {where} "
            "AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.company_id = c.id)")


def company_owner(name: str) -> str:
    return f"SELECT {FIRST} FROM companies c JOIN users u ON u.id = c.owner_id WHERE {co(name)}"


def users(where: str, cols: str = FIRST) -> str:
    return f"SELECT {cols} FROM users u WHERE {where}"


OVERDUE = "t.status = 'open' AND t.due_date < DATE '2026-11-18'"
THIS_WEEK = ("2026-11-16", "2026-11-22")
LAST_WEEK = ("2026-11-09", "2026-11-15")
NEXT_WEEK = ("2026-11-23", "2026-11-29")
OCT = ("2026-10-01", "2026-10-31")
SEP = ("2026-09-01", "2026-09-30")
NOV = ("2026-11-01", "2026-11-30")
DEC = ("2026-12-01", "2026-12-31")
JAN = ("2027-01-01", "2027-01-31")
FEB = ("2027-02-01", "2027-02-28")
MAR = ("2027-03-01", "2027-03-31")
Q3 = ("2026-07-01", "2026-09-30")
Q4 = ("2026-10-01", "2026-12-31")
Q1_27 = ("2027-01-01", "2027-03-31")
YEAR = "year(d.close_date) = 2026"
MARGIES = "Margie's Travel"


NOV_30_WEEK = ("2026-11-30", "2026-12-06")
APR = ("2027-04-01", "2027-04-30")
REST_OF_YEAR = ("2026-11-18", "2026-12-31")
TASK_DUE = "t.title, t.due_date"


def n_open(where: str) -> str:
    """count of open deals matching where"""
    return deals(f"{OPEN} AND {where}", "count(*)")


def d(**kw):
    return kw


# ------------------------------------------------------------------------------------------------ ITEMS
# (user, family, text, note, spec)
ITEMS = [
    # ============================================================== closing_window: close dates written many ways
    (R, "closing_window", "which deals are supposed to close on or after 12/20/2026 but before 2027?",
     "open deals closing Dec 20-31 2026 (Nakatomi Support Plan Dec 26, Margie's SL Dec 28, Tyrell Analytics Dec 29); "
     "the Dec 18 / Dec 19 deals and Globex (Jan 2 2027) fall outside",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', '2026-12-20', '2026-12-31')}")],
       excludes=[deals(f"{OPEN} AND d.close_date IN (DATE '2026-12-18', DATE '2026-12-19', DATE '2027-01-02')")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', '2026-12-20', '2026-12-31')}", DEAL_ROW + ", u.name")])),
    (A, "closing_window", "anything of mine closing the week of nov 30?",
     "week of Mon Nov 30 - Sun Dec 6: Alex's Pied Piper SL (Nov 30) and Dunder Mifflin Platform (Dec 1); his Initech "
     "(Nov 28) and Acme Corp Renewal (Dec 8) and Priya's deals in that week must not appear",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *NOV_30_WEEK)}")],
       excludes=[deals(f"{OPEN} AND ((d.owner_id = {ALEX} AND d.close_date IN (DATE '2026-11-28', DATE '2026-12-08')) "
                       f"OR (d.owner_id <> {ALEX} AND {between('d.close_date', *NOV_30_WEEK)}))")],
       truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *NOV_30_WEEK)}", DEAL_ROW)])),
    (P, "closing_window", "which of my deals are set to close from today up to (not incl.) dec 5th?",
     "Priya's open deals closing Nov 18 - Dec 4: Woodgrove (Nov 28), Alpine Ski House Analytics Suite (Dec 1), Fabrikam SL "
     "(Dec 3); her Contoso Support Plan (Dec 14) and other reps' deals in the window must not appear. Her Alpine Ski House "
     "Security Add-on (past due, Nov 16) is outside the window and neither labelled nor excluded",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', '2026-11-18', '2026-12-04')}")],
       excludes=[deals(f"{OPEN} AND ((d.owner_id = {PRIYA} AND d.close_date = DATE '2026-12-14') "
                       f"OR (d.owner_id <> {PRIYA} AND {between('d.close_date', '2026-11-18', '2026-12-04')}))")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', '2026-11-18', '2026-12-04')}", DEAL_ROW)])),
    (J, "closing_window", "What's on the books to close in April 2027?",
     "six open deals with April 2027 close dates (five labelled, earliest first); the late-March Proseware deals must not appear",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *APR)}", "d.name", "ORDER BY d.close_date LIMIT 5")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', '2027-03-25', '2027-03-31')}")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *APR)}", DEAL_ROW)])),
    (S, "closing_window", "anything closing 11/23 thru 11/29?",
     "Umbrella (Nov 23), Initech and Woodgrove (Nov 28); Pied Piper (Nov 30) and the Dec 1 deals must not appear",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-23', '2026-11-29')}")],
       excludes=[deals(f"{OPEN} AND d.close_date IN (DATE '2026-11-30', DATE '2026-12-01')")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-23', '2026-11-29')}", DEAL_ROW + ", u.name")])),
    (A, "closing_window", "my deals w/ close dates on or after jan 20 2027 thru the end of feb",
     "Alex's six open deals Jan 20 - Feb 28 2027 (five labelled, earliest first); his Acme Corp Expansion (Jan 17) and "
     "Cyberdyne Consulting (Mar 5) and Priya's/Sam's deals in the range (Tailspin Analytics, Fabrikam Security) must not appear",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', '2027-01-20', '2027-02-28')}",
                       "d.name", "ORDER BY d.close_date LIMIT 5")],
       excludes=[deals(f"{OPEN} AND (d.name IN ('Acme Corp Expansion', 'Cyberdyne Consulting Services', "
                       "'Tailspin Toys Analytics Suite', 'Fabrikam Security Add-on'))")],
       truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', '2027-01-20', '2027-02-28')}", DEAL_ROW)])),
    (R, "closing_window", "what closes on 1 February 2027?",
     "Stark Industries SL and Tailspin Toys Analytics Suite; Cyberdyne Security Add-on (Feb 2) and Massive Dynamic Support "
     "Plan (Jan 27) must not appear",
     d(contains=[deals(f"{OPEN} AND d.close_date = DATE '2027-02-01'")],
       excludes=[deals(f"{OPEN} AND d.close_date IN (DATE '2027-02-02', DATE '2027-01-27')")],
       truth=[deals(f"{OPEN} AND d.close_date = DATE '2027-02-01'", DEAL_ROW + ", u.name")])),
    (P, "closing_window", "deals with a 12/18 close date - whose are they?",
     "Hooli Security Add-on and Fabrikam Support Plan, both Sam's (Priya, who asks, owns neither); Priya's Monarch SL "
     "(Dec 19) must not appear",
     d(contains=[deals(f"{OPEN} AND d.close_date = DATE '2026-12-18'"),
                 deals(f"{OPEN} AND d.close_date = DATE '2026-12-18'", f"DISTINCT {FIRST}")],
       excludes=[deals("d.close_date = DATE '2026-12-19'")],
       truth=[deals(f"{OPEN} AND d.close_date = DATE '2026-12-18'", DEAL_ROW + f", {FIRST}")])),

    # ============================================================== overdue: open tasks due before today
    (S, "overdue", "what tasks of mine r overdue rn",
     "Sam's three overdue tasks (Oct 31, Nov 3, Nov 7); his upcoming Lucerne / Bluth tasks and Priya's oldest overdue task "
     "must not appear. 'Send pricing (Umbrella Health Support Plan)' exists twice (Nov 3 overdue, Nov 25 upcoming)",
     d(contains=[tasks(f"{OVERDUE} AND t.owner_id = {SAM}", "DISTINCT t.title")],
       excludes=[tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND (d.name IN ('Lucerne Publishing Consulting Services', "
                       "'Bluth Company Analytics Suite'))", "DISTINCT t.title"),
                 tasks(f"{OVERDUE} AND t.owner_id = {PRIYA} AND t.due_date = DATE '2026-10-31'")],
       truth=[tasks(f"{OVERDUE} AND t.owner_id = {SAM}", TASK_ROW)])),
    (J, "overdue", "Overdue tasks on the Nakatomi Trading account?",
     "three (Nov 8, Nov 10, Nov 17), all Alex's; the second 'Follow up (Nakatomi Trading Consulting Services)' is due Nov 19 "
     "(not overdue: its date is the exclude) and the done check-in must not appear",
     d(contains=[tasks(f"{OVERDUE} AND {co('Nakatomi Trading')}", "DISTINCT t.title")],
       excludes=[tasks(f"{co('Nakatomi Trading')} AND t.status = 'open' AND t.due_date >= DATE '2026-11-18'", "t.due_date"),
                 tasks(f"{co('Nakatomi Trading')} AND t.status = 'done'", "t.title")],
       truth=[tasks(f"{OVERDUE} AND {co('Nakatomi Trading')}", TASK_ROW + f", {FIRST}")])),
    (R, "overdue", "how many overdue tasks does priya have and what's the oldest one",
     "Priya: 4 overdue, the oldest Book a demo (Fabrikam Software License), due Oct 31; excludes the team's and Alex's counts "
     "and Sam's oldest (also Oct 31)",
     d(contains=[tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}", "count(*)"),
                 tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}", "t.title", "ORDER BY t.due_date LIMIT 1")],
       excludes=[tasks(OVERDUE, "count(*)"), tasks(f"{OVERDUE} AND t.owner_id = {ALEX}", "count(*)"),
                 tasks(f"{OVERDUE} AND t.owner_id = {SAM}", "t.title", "ORDER BY t.due_date LIMIT 1")],
       truth=[tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}", "count(*)"),
              tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}", TASK_ROW)])),
    (A, "overdue", "how many of my overdue tasks are on deals that are still open?",
     "Alex has 15 overdue tasks; 11 are on open deals (4 sit on Closed Lost deals); excludes the 15",
     d(contains=[tasks(f"{OVERDUE} AND t.owner_id = {ALEX} AND {OPEN}", "count(*)")],
       excludes=[tasks(f"{OVERDUE} AND t.owner_id = {ALEX}", "count(*)")],
       truth=[tasks(f"{OVERDUE} AND t.owner_id = {ALEX} AND {OPEN}", "count(*)"),
              tasks(f"{OVERDUE} AND t.owner_id = {ALEX} AND {OPEN}", "DISTINCT t.title")])),
    (J, "overdue", "How many tasks due between Nov 9 and Nov 15 are still open?",
     "9 of the 13 tasks due Nov 9-15 are open (all now overdue); excludes the all-status count 13",
     d(contains=[tasks(f"t.status = 'open' AND {between('t.due_date', '2026-11-09', '2026-11-15')}", "count(*)")],
       excludes=[tasks(between('t.due_date', '2026-11-09', '2026-11-15'), "count(*)")],
       truth=[tasks(f"t.status = 'open' AND {between('t.due_date', '2026-11-09', '2026-11-15')}", "count(*)"),
              tasks(f"t.status = 'open' AND {between('t.due_date', '2026-11-09', '2026-11-15')}", "DISTINCT t.title")])),
    (P, "overdue", "anything overdue at monarch or acme logistics?",
     "three: Send contract (Acme Logistics, Nov 9), Check in (Monarch SL, Nov 16; Priya's) and Prepare proposal (Monarch "
     "Security Add-on, Nov 17; Alex's, on a Closed Lost deal); the upcoming and done tasks there must not appear",
     d(contains=[tasks(f"{OVERDUE} AND c.name IN ('Monarch Solutions', 'Acme Logistics')", "DISTINCT t.title")],
       excludes=[tasks("c.name IN ('Monarch Solutions', 'Acme Logistics') AND t.title NOT IN (SELECT t2.title FROM tasks t2 "
                       f"WHERE t2.status = 'open' AND t2.due_date < DATE '2026-11-18')", "DISTINCT t.title")],
       truth=[tasks(f"{OVERDUE} AND c.name IN ('Monarch Solutions', 'Acme Logistics')", TASK_ROW + f", {FIRST}")])),
    (R, "overdue", "sam's most overdue task?",
     "Follow up (Margie's Travel Support Plan), due Oct 31 (on a Closed Lost deal); Priya's task due the same day must not appear",
     d(contains=[tasks(f"{OVERDUE} AND t.owner_id = {SAM}", "t.title, t.due_date", "ORDER BY t.due_date LIMIT 1")],
       excludes=[tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}", "t.title", "ORDER BY t.due_date LIMIT 1")],
       truth=[tasks(f"{OVERDUE} AND t.owner_id = {SAM}", TASK_ROW, "ORDER BY t.due_date LIMIT 1")])),
    (J, "overdue", "Which overdue tasks are attached to Proposal-stage deals?",
     "five (Fabrikam SL, Pied Piper, Umbrella, Prestige, Massive Dynamic); overdue tasks on Lead / Negotiation deals and the "
     "upcoming Tyrell task must not appear",
     d(contains=[tasks(f"{OVERDUE} AND d.stage = 'Proposal'", "DISTINCT t.title")],
       excludes=[tasks(f"{OVERDUE} AND d.name IN ('Acme Logistics Fleet Platform', 'Nakatomi Trading Consulting Services')",
                       "DISTINCT t.title"),
                 tasks("t.status = 'open' AND d.stage = 'Proposal' AND t.due_date >= DATE '2026-11-18' "
                       "AND d.name = 'Tyrell Systems Analytics Suite'", "DISTINCT t.title")],
       truth=[tasks(f"{OVERDUE} AND d.stage = 'Proposal'", TASK_ROW + ", d.name")])),
    # ============================================================== tasks_period: tasks by person and period
    (P, "tasks_period", "what do i have due 11/28 - 11/30?",
     "Priya's four open tasks due Nov 28-30; her two done tasks in the range and her Nov 23 task must not appear",
     d(contains=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'open' AND {between('t.due_date', '2026-11-28', '2026-11-30')}",
                       "DISTINCT t.title")],
       excludes=[tasks(f"t.owner_id = {PRIYA} AND ((t.status = 'done' AND {between('t.due_date', '2026-11-28', '2026-11-30')}) "
                       "OR (t.status = 'open' AND t.due_date = DATE '2026-11-23'))", "DISTINCT t.title")],
       truth=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'open' AND {between('t.due_date', '2026-11-28', '2026-11-30')}",
                    TASK_ROW)])),
    (R, "tasks_period", "what's priya got due the week of nov 30",
     "Priya's five open tasks due Mon Nov 30 - Sun Dec 6; the done Blue Yonder contract task, the done Trey proposal and her "
     "Nov 29 Wonka task must not appear",
     d(contains=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'open' AND {between('t.due_date', *NOV_30_WEEK)}",
                       "DISTINCT t.title")],
       excludes=[tasks(f"t.owner_id = {PRIYA} AND t.title IN ('Send contract (Blue Yonder Airlines Analytics Suite)', "
                       "'Prepare proposal (Trey Research Support Plan)', 'Send pricing (Wonka Labs Consulting Services)')",
                       "DISTINCT t.title")],
       truth=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'open' AND {between('t.due_date', *NOV_30_WEEK)}", TASK_ROW)])),
    (A, "tasks_period", "which tasks did i finish in september?",
     "Alex completed one task in September (Book a demo (Cyberdyne Consulting Services), done Sep 24); his October "
     "completions must not appear",
     d(contains=[tasks(f"t.owner_id = {ALEX} AND t.status = 'done' AND {between('t.completed_at', *SEP)}")],
       excludes=[tasks(f"t.owner_id = {ALEX} AND t.status = 'done' AND {between('t.completed_at', *OCT)}", "t.title",
                       "ORDER BY t.completed_at LIMIT 3")],
       truth=[tasks(f"t.owner_id = {ALEX} AND t.status = 'done' AND {between('t.completed_at', *SEP)}",
                    "t.title, CAST(t.completed_at AS DATE)")])),
    (S, "tasks_period", "everything still open for me that's due dec 1 or later",
     "Sam's three open tasks due from Dec 1; his done December tasks and his Nov 28 task must not appear",
     d(contains=[tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND t.due_date >= DATE '2026-12-01'")],
       excludes=[tasks(f"t.owner_id = {SAM} AND ((t.status = 'done' AND t.due_date >= DATE '2026-12-01') "
                       "OR (t.status = 'open' AND t.due_date = DATE '2026-11-28' AND d.name LIKE 'Sterling%'))")],
       truth=[tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND t.due_date >= DATE '2026-12-01'", TASK_ROW)])),
    (J, "tasks_period", "How many open tasks fall due in December?",
     "open tasks due Dec 1-31; excludes the all-status December count",
     d(contains=[tasks(f"t.status = 'open' AND {between('t.due_date', *DEC)}", "count(*)")],
       excludes=[tasks(between('t.due_date', *DEC), "count(*)")],
       truth=[tasks(f"t.status = 'open' AND {between('t.due_date', *DEC)}", "count(*)"),
              tasks(f"t.status = 'open' AND {between('t.due_date', *DEC)}", "DISTINCT t.title")])),
    (R, "tasks_period", "tasks due today or tomorrow?",
     "open: Send contract (Dunder Mifflin Platform) and Follow up (Nakatomi Trading Consulting Services), both Nov 19; "
     "today's Cyberdyne contract task is already done (may be mentioned); Priya's Nov 20 task must not appear",
     d(contains=[tasks(f"t.status = 'open' AND {between('t.due_date', '2026-11-18', '2026-11-19')}", "DISTINCT t.title")],
       excludes=[tasks("t.due_date = DATE '2026-11-20'")],
       truth=[tasks(between('t.due_date', '2026-11-18', '2026-11-19'), TASK_ROW + f", {FIRST}")])),
    (A, "tasks_period", "what tasks do i have between the 19th and the 22nd of this month",
     "Alex's open tasks due Nov 19-22 (three); his Nov 17 and Nov 23 tasks and Priya's Nov 20 task must not appear",
     d(contains=[tasks(f"t.owner_id = {ALEX} AND t.status = 'open' AND {between('t.due_date', '2026-11-19', '2026-11-22')}",
                       "DISTINCT t.title")],
       excludes=[tasks(f"(t.owner_id = {ALEX} AND t.due_date IN (DATE '2026-11-17', DATE '2026-11-23') "
                       "AND t.title NOT LIKE 'Follow up (Nakatomi%') OR t.due_date = DATE '2026-11-20'", "DISTINCT t.title")],
       truth=[tasks(f"t.owner_id = {ALEX} AND t.status = 'open' AND {between('t.due_date', '2026-11-19', '2026-11-22')}",
                    TASK_ROW)])),
    (P, "tasks_period", "any open tasks for me on or after dec 5?",
     "one: Prepare proposal (Proseware Platform), Dec 6; her done Dec 6 tasks (Blue Yonder check-in, Trey proposal) and her "
     "Dec 3 tasks must not appear",
     d(contains=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'open' AND t.due_date >= DATE '2026-12-05'")],
       excludes=[tasks(f"t.owner_id = {PRIYA} AND t.due_date = DATE '2026-12-03'"),
                 tasks(f"t.owner_id = {PRIYA} AND t.status = 'done' AND t.due_date >= DATE '2026-12-05' "
                       "AND t.title LIKE 'Prepare proposal%'")],
       truth=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'open' AND t.due_date >= DATE '2026-12-05'", TASK_ROW)])),

    # ============================================================== activity_period: activities by person and period
    (R, "activity_period", "how many calls did sam make in october",
     "Sam's October calls; excludes Sam's October total and the team's October call count",
     d(contains=[acts(f"a.author_id = {SAM} AND a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       excludes=[acts(f"a.author_id = {SAM} AND {between('a.occurred_at', *OCT)}", "count(*)"),
                 acts(f"a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       truth=[acts(f"a.author_id = {SAM} AND a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)")])),
    (J, "activity_period", "How many activities did Alex log on 11/11/2026, and of what types?",
     "6: two meetings, two notes, a call and an email; excludes the team's count for that day (10)",
     d(contains=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', '2026-11-11', '2026-11-11')}", "count(*)")],
       excludes=[acts(between('a.occurred_at', '2026-11-11', '2026-11-11'), "count(*)")],
       truth=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', '2026-11-11', '2026-11-11')}", "count(*)"),
              acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', '2026-11-11', '2026-11-11')}", ACT_ROW)])),
    (S, "activity_period", "how many emails have i sent since the 1st?",
     "Sam's emails Nov 1 - today; excludes Sam's November total and the team's November email count",
     d(contains=[acts(f"a.author_id = {SAM} AND a.type = 'email' AND {between('a.occurred_at', *NOV)}", "count(*)")],
       excludes=[acts(f"a.author_id = {SAM} AND {between('a.occurred_at', *NOV)}", "count(*)"),
                 acts(f"a.type = 'email' AND {between('a.occurred_at', *NOV)}", "count(*)")],
       truth=[acts(f"a.author_id = {SAM} AND a.type = 'email' AND {between('a.occurred_at', *NOV)}", "count(*)"),
              acts(f"a.author_id = {SAM} AND a.type = 'email' AND {between('a.occurred_at', *NOV)}", "a.subject, d.name")])),
    (P, "activity_period", "meetings i logged on or after nov 10 - which deals were they on?",
     "Priya's six meetings Nov 10-16 (five deals labelled, earliest first); her Nov 9-or-earlier meeting deals are not "
     "asked about; Sam's meeting deals in the period must not appear",
     d(contains=[acts(f"a.author_id = {PRIYA} AND a.type = 'meeting' AND a.occurred_at >= DATE '2026-11-10'", "d.name",
                      "ORDER BY a.occurred_at LIMIT 5")],
       excludes=[acts(f"a.author_id = {SAM} AND a.type = 'meeting' AND a.occurred_at >= DATE '2026-11-10'", "DISTINCT d.name")],
       truth=[acts(f"a.author_id = {PRIYA} AND a.type = 'meeting' AND a.occurred_at >= DATE '2026-11-10'", ACT_ROW)])),
    (A, "activity_period", "how many notes did i write in oct 2026?",
     "Alex's October notes; excludes Alex's October total and the team's October note count",
     d(contains=[acts(f"a.author_id = {ALEX} AND a.type = 'note' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       excludes=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *OCT)}", "count(*)"),
                 acts(f"a.type = 'note' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       truth=[acts(f"a.author_id = {ALEX} AND a.type = 'note' AND {between('a.occurred_at', *OCT)}", "count(*)")])),
    (R, "activity_period", "anything logged by priya on the 13th of november?",
     "two: a Pricing discussion call (Alpine Ski House Analytics Suite) and a Sent proposal email (Acme Logistics Fleet "
     "Platform); Sam's Nov 13 meeting (Northwind) must not appear",
     d(contains=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-11-13', '2026-11-13')}", "a.subject, d.name")],
       excludes=[acts(f"a.author_id <> {PRIYA} AND {between('a.occurred_at', '2026-11-13', '2026-11-13')}", "d.name")],
       truth=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-11-13', '2026-11-13')}", ACT_ROW)])),
    (J, "activity_period", "How many WhatsApp/chat messages has the team logged this month?",
     "activities of type message in November so far; excludes the November all-type count and October's message count",
     d(contains=[acts(f"a.type = 'message' AND {between('a.occurred_at', *NOV)}", "count(*)")],
       excludes=[acts(between('a.occurred_at', *NOV), "count(*)"),
                 acts(f"a.type = 'message' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       truth=[acts(f"a.type = 'message' AND {between('a.occurred_at', *NOV)}", "count(*)"),
              acts(f"a.type = 'message' AND {between('a.occurred_at', *NOV)}", ACT_ROW)])),
    # ============================================================== last_interaction: latest activity with a person / account
    (A, "last_interaction", "when did we last talk to colin hughes and what was it about",
     "2026-11-07, a Quarterly review meeting on the Nakatomi Trading Consulting Services deal; Alex's own latest activity "
     "date (today, on Cyberdyne) must not be given",
     d(contains=[latest(who("Colin", "Hughes"), "CAST(a.occurred_at AS DATE), a.subject")],
       excludes=[latest(f"a.author_id = {ALEX}", "CAST(a.occurred_at AS DATE)")],
       truth=[latest(who("Colin", "Hughes"), ACT_ROW)])),
    (P, "last_interaction", "last time anyone touched acme logistics?",
     "2026-11-13, a Sent proposal email on the Acme Logistics Fleet Platform (Tom Becker); Acme Corp's latest (2026-11-10) "
     "must not be given",
     d(contains=[latest(co("Acme Logistics"), "CAST(a.occurred_at AS DATE)")],
       excludes=[latest(co("Acme Corp"), "CAST(a.occurred_at AS DATE)")],
       truth=[latest(co("Acme Logistics"), ACT_ROW + f", {PERSON}")])),
    (S, "last_interaction", "tyrell - when did we last have contact?",
     "2026-10-31, a message (Sent meeting link) to Luke Jensen on the Tyrell Systems Security Add-on; the other Robotics "
     "account's latest (Cyberdyne, today) must not be given",
     d(contains=[latest(co("Tyrell Systems"), "CAST(a.occurred_at AS DATE)")],
       excludes=[latest(co("Cyberdyne"), "CAST(a.occurred_at AS DATE)")],
       truth=[latest(co("Tyrell Systems"), ACT_ROW + f", {PERSON}")])),
    (R, "last_interaction", "when was the last call with bruce nolan",
     "last call 2026-10-08 (Renewal call); his latest activity of any type (a 2026-11-17 email) must not be given as a call",
     d(contains=[latest(f"{who('Bruce', 'Nolan')} AND a.type = 'call'", "CAST(a.occurred_at AS DATE)")],
       excludes=[latest(who("Bruce", "Nolan"), "CAST(a.occurred_at AS DATE)")],
       truth=[latest(f"{who('Bruce', 'Nolan')} AND a.type = 'call'", ACT_ROW)])),
    (J, "last_interaction", "What was the last meeting held with anyone at Fabrikam?",
     "2026-10-07, a Quarterly review on the Fabrikam Support Plan; Fabrikam's latest activity of any type (2026-11-16 note) "
     "must not be given",
     d(contains=[latest(f"{co('Fabrikam')} AND a.type = 'meeting'", "CAST(a.occurred_at AS DATE), d.name")],
       excludes=[latest(co("Fabrikam"), "CAST(a.occurred_at AS DATE)")],
       truth=[latest(f"{co('Fabrikam')} AND a.type = 'meeting'", ACT_ROW + f", {PERSON}")])),
    (A, "last_interaction", "last call i had w/ dana smith?",
     "2026-11-09, a Check-in call on Acme Corp Expansion; her latest activity overall (2026-11-10, an email) and Dana Lee's "
     "latest (2026-11-16) must not be given",
     d(contains=[latest(f"{who('Dana', 'Smith')} AND a.type = 'call'", "CAST(a.occurred_at AS DATE), a.subject")],
       excludes=[latest(who("Dana", "Smith"), "CAST(a.occurred_at AS DATE)"),
                 latest(who("Dana", "Lee"), "CAST(a.occurred_at AS DATE)")],
       truth=[latest(f"{who('Dana', 'Smith')} AND a.type = 'call'", ACT_ROW)])),
    (S, "last_interaction", "when did i last speak w/ keith fischer",
     "Sam's latest with Keith: 2026-11-14, a Kick-off meeting on Margie's Travel Support Plan; Priya's later message "
     "(2026-11-16) must not be given as Sam's",
     d(contains=[latest(f"{who('Keith', 'Fischer')} AND a.author_id = {SAM}", "CAST(a.occurred_at AS DATE)")],
       excludes=[latest(who("Keith", "Fischer"), "CAST(a.occurred_at AS DATE)")],
       truth=[latest(f"{who('Keith', 'Fischer')} AND a.author_id = {SAM}", ACT_ROW)])),
    (R, "last_interaction", "what was the last thing alex logged on acme corp expansion",
     "2026-11-09, a Check-in call; the Acme Corp Renewal's later email (2026-11-10, Sent pricing) must not be given",
     d(contains=[latest("d.name = 'Acme Corp Expansion'", "CAST(a.occurred_at AS DATE), a.subject")],
       excludes=[latest("d.name = 'Acme Corp Renewal'", "CAST(a.occurred_at AS DATE), a.subject")],
       truth=[latest("d.name = 'Acme Corp Expansion'", ACT_ROW)])),

    # ============================================================== who_to_call: the person to ring at an account
    (A, "who_to_call", "who should i call at acme corp about the renewal",
     "Dana Smith (the renewal's contact); the Acme Logistics people (Tom Becker, Chris Park) must not be offered",
     d(contains=[deals("d.name = 'Acme Corp Renewal'", PERSON)],
       excludes=[people(f"{co('Acme Logistics')} AND p.id IN (6, 7)")],
       truth=[deals("d.name = 'Acme Corp Renewal'", f"{PERSON}, p.title, p.phone, p.email")])),
    (P, "who_to_call", "who do i ring at globex re the platform expansion? need their #",
     "Dana Lee and her phone; Dana Smith's phone must not be given",
     d(contains=[deals("d.name = 'Globex Platform Expansion'", f"{PERSON}, p.phone")],
       excludes=[people(who("Dana", "Smith"), "p.phone")],
       truth=[deals("d.name = 'Globex Platform Expansion'", f"{PERSON}, p.title, p.phone, p.email")])),
    (S, "who_to_call", "best person to call at woodgrove bank?",
     "Bianca Murphy, the contact on the Woodgrove deal (the only Woodgrove contact with activity); Gringotts' Brooke Cook "
     "(the other finance account) must not be offered",
     d(contains=[deals(co("Woodgrove Bank"), PERSON)],
       excludes=[people(who("Brooke", "Cook"))],
       truth=[deals(co("Woodgrove Bank"), f"{PERSON}, p.title, p.phone, p.email")])),
    (R, "who_to_call", "who's our main contact at northwind health and what's their title",
     "Aaron Reyes, Head of Procurement; Umbrella Health's Elena Garcia (CIO) must not be given",
     d(contains=[deals(co("Northwind Health"), f"{PERSON}, p.title")],
       excludes=[people(who("Elena", "Garcia"), f"{PERSON}, p.title")],
       truth=[deals(co("Northwind Health"), f"{PERSON}, p.title, p.phone, p.email")])),
    (J, "who_to_call", "Who should the team call at Tailspin Toys, and what's the number?",
     "Petra Gray (contact on both Tailspin deals) and her phone; the Wingtip Toys contacts must not be offered",
     d(contains=[deals(co("Tailspin Toys"), f"DISTINCT {PERSON}, p.phone")],
       excludes=[people(co("Wingtip Toys"))],
       truth=[deals(co("Tailspin Toys"), f"DISTINCT {PERSON}, p.title, p.phone")])),
    (A, "who_to_call", "who do i reach out to at tyrell",
     "Luke Jensen (contact on both Tyrell deals); the other Jensens (Logan at Alpine Ski House, Noah at Blue Yonder) and "
     "Cyberdyne's Hannah Collins must not be offered",
     d(contains=[deals(co("Tyrell Systems"), f"DISTINCT {PERSON}")],
       excludes=[people("(p.last_name = 'Jensen' AND p.first_name IN ('Logan', 'Noah')) OR " + who("Hannah", "Collins"))],
       truth=[deals(co("Tyrell Systems"), f"DISTINCT {PERSON}, p.title, p.phone, p.email")])),
    (P, "who_to_call", "need to call someone at umbrella re the support plan - who + what number",
     "Elena Garcia and her phone; Northwind Health's Aaron Reyes and his phone must not be given",
     d(contains=[deals("d.name = 'Umbrella Health Support Plan'", f"{PERSON}, p.phone")],
       excludes=[people(who("Aaron", "Reyes"), f"{PERSON}, p.phone")],
       truth=[deals("d.name = 'Umbrella Health Support Plan'", f"{PERSON}, p.title, p.phone")])),

    # ============================================================== contact_title: contacts by title and company
    (S, "contact_title", "who's the cfo at dunder mifflin",
     "Nina Cook; the CEO (Eli Jensen) and CTO (Eden Novak) must not be given",
     d(contains=[people(f"{co('Dunder Mifflin')} AND p.title = 'CFO'")],
       excludes=[people(f"{co('Dunder Mifflin')} AND p.title <> 'CFO'")],
       truth=[people(f"{co('Dunder Mifflin')} AND p.title = 'CFO'", PERSON_ROW)])),
    (J, "contact_title", "List every CTO we have at Hooli.",
     "Damian Russo and Jenna Meyer; the other three Hooli contacts must not appear",
     d(contains=[people(f"{co('Hooli')} AND p.title = 'CTO'")],
       excludes=[people(f"{co('Hooli')} AND p.title <> 'CTO'")],
       truth=[people(f"{co('Hooli')} AND p.title = 'CTO'", PERSON_ROW)])),
    (R, "contact_title", "finance managers at lucerne?",
     "Wendy Fischer and Ada Schmidt; the other four Lucerne contacts must not appear",
     d(contains=[people(f"{co('Lucerne Publishing')} AND p.title = 'Finance Manager'")],
       excludes=[people(f"{co('Lucerne Publishing')} AND p.title <> 'Finance Manager'")],
       truth=[people(f"{co('Lucerne Publishing')} AND p.title = 'Finance Manager'", PERSON_ROW)])),
    (A, "contact_title", "who's the ceo over at margie's travel",
     "Keith Fischer; Liam Jensen and Theo Klein must not be given",
     d(contains=[people(f"{co(MARGIES)} AND p.title = 'CEO'")],
       excludes=[people(f"{co(MARGIES)} AND p.title <> 'CEO'")],
       truth=[people(f"{co(MARGIES)} AND p.title = 'CEO'", PERSON_ROW)])),
    (P, "contact_title", "which companies do we have a CFO contact at",
     "seven companies (five labelled, alphabetical); companies without a CFO (e.g. Hooli, Stark, Fabrikam) must not appear",
     d(contains=[people("p.title = 'CFO'", "DISTINCT c.name", "ORDER BY c.name LIMIT 5")],
       excludes=["SELECT name FROM companies WHERE name IN ('Hooli', 'Stark Industries', 'Fabrikam')"],
       truth=[people("p.title = 'CFO'", f"c.name, {PERSON}")])),
    (S, "contact_title", "buyers at vandelay?",
     "Fatima Mills; Art Vandelay, Derek Lopez and Wade Sanders must not appear",
     d(contains=[people(f"{co('Vandelay Industries')} AND p.title = 'Buyer'")],
       excludes=[people(f"{co('Vandelay Industries')} AND p.title <> 'Buyer'")],
       truth=[people(f"{co('Vandelay Industries')} AND p.title = 'Buyer'", PERSON_ROW)])),
    (R, "contact_title", "who are the IT managers at oscorp and stark",
     "Ivy Fischer (Oscorp) and Ian Shaw (Stark); the other contacts at the two companies must not appear",
     d(contains=[people("c.name IN ('Oscorp', 'Stark Industries') AND p.title = 'IT Manager'")],
       excludes=[people("c.name IN ('Oscorp', 'Stark Industries') AND p.title <> 'IT Manager'")],
       truth=[people("c.name IN ('Oscorp', 'Stark Industries') AND p.title = 'IT Manager'", PERSON_ROW)])),
    (J, "contact_title", "Who heads procurement at Acme Logistics?",
     "two Heads of Procurement: Mila Baker and Sofia Hughes; the other Acme Logistics contacts must not appear",
     d(contains=[people(f"{co('Acme Logistics')} AND p.title = 'Head of Procurement'")],
       excludes=[people(f"{co('Acme Logistics')} AND p.title <> 'Head of Procurement'")],
       truth=[people(f"{co('Acme Logistics')} AND p.title = 'Head of Procurement'", PERSON_ROW)])),
    # ============================================================== company_snapshot: questions that start with the account
    (A, "company_snapshot", "acme corp — what's open and when does each close?",
     "Acme Corp Renewal (2026-12-08) and Acme Corp Expansion (2027-01-17); the Acme Logistics deal and its date must not appear",
     d(contains=[deals(f"{OPEN} AND {co('Acme Corp')}", "d.name, d.close_date")],
       excludes=[deals(co("Acme Logistics"), "d.name, d.close_date")],
       truth=[deals(f"{OPEN} AND {co('Acme Corp')}", DEAL_ROW)])),
    (P, "company_snapshot", "umbrella health - what do we have going and what stage is it at?",
     "one deal, Umbrella Health Support Plan at Proposal; Northwind Health's (the other Healthcare account) deal must not appear",
     d(contains=[deals(co("Umbrella Health"), "d.name, d.stage")],
       excludes=[deals(co("Northwind Health"))],
       truth=[deals(co("Umbrella Health"), DEAL_ROW + ", u.name")])),
    (S, "company_snapshot", "northwind health: anything besides the security add-on we won?",
     "no: the won Security Add-on is Northwind's only deal (answer: none); Umbrella Health's deal must not be passed off",
     d(excludes=[deals(co("Umbrella Health"))],
       truth=[deals(f"{co('Northwind Health')} AND d.product <> 'Security Add-on'", DEAL_ROW)])),
    (R, "company_snapshot", "monarch solutions - total open pipeline?",
     "150,000 (Platform 17,000 + Software License 133,000); the total with the lost Security Add-on (155,000) must not be given",
     d(contains=[deals(f"{OPEN} AND {co('Monarch Solutions')}", "sum(d.amount)")],
       excludes=[deals(co("Monarch Solutions"), "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {co('Monarch Solutions')}", "sum(d.amount)"),
              deals(f"{OPEN} AND {co('Monarch Solutions')}", DEAL_ROW)])),
    (J, "company_snapshot", "Blue Yonder Airlines: which deals are in Lead or Qualified?",
     "the Analytics Suite (Lead) and the Support Plan (Qualified); the Security Add-on (Proposal) must not be listed",
     d(contains=[deals(f"{co('Blue Yonder Airlines')} AND d.stage IN ('Lead', 'Qualified')")],
       excludes=[deals(f"{co('Blue Yonder Airlines')} AND d.stage NOT IN ('Lead', 'Qualified')")],
       truth=[deals(f"{co('Blue Yonder Airlines')} AND d.stage IN ('Lead', 'Qualified')", DEAL_ROW)])),
    (A, "company_snapshot", "sterling cooper - anything past its close date?",
     "Sterling Cooper Consulting Services (Qualified, close date 2026-11-09); Alex's other past-due deal (Proseware "
     "Analytics Suite, another account) must not appear",
     d(contains=[deals(f"{OPEN} AND {co('Sterling Cooper')} AND d.close_date < DATE '2026-11-18'", "d.name, d.close_date")],
       excludes=[deals(f"{OPEN} AND NOT {co('Sterling Cooper')} AND d.close_date < DATE '2026-11-18' AND d.owner_id = {ALEX}")],
       truth=[deals(f"{OPEN} AND {co('Sterling Cooper')} AND d.close_date < DATE '2026-11-18'", DEAL_ROW + ", u.name")])),
    (P, "company_snapshot", "alpine ski house — which of the deals there are mine?",
     "Priya's three (Analytics Suite, Platform, Security Add-on); Alex's Alpine Ski House Consulting Services must not be "
     "listed as hers",
     d(contains=[deals(f"{co('Alpine Ski House')} AND d.owner_id = {PRIYA}")],
       excludes=[deals(f"{co('Alpine Ski House')} AND d.owner_id <> {PRIYA}")],
       truth=[deals(f"{co('Alpine Ski House')} AND d.owner_id = {PRIYA}", DEAL_ROW)])),
    (R, "company_snapshot", "cyberdyne's open deals - who's the contact on each?",
     "Cyberdyne Security Add-on and Cyberdyne Consulting Services, both with Hannah Collins; Nora Moreno (the other Cyberdyne "
     "contact) is on no deal and must not be given",
     d(contains=[deals(f"{OPEN} AND {co('Cyberdyne')}", "d.name"), deals(f"{OPEN} AND {co('Cyberdyne')}", f"DISTINCT {PERSON}")],
       excludes=[people(who("Nora", "Moreno"))],
       truth=[deals(f"{OPEN} AND {co('Cyberdyne')}", f"d.name, d.stage, {PERSON}")])),

    # ============================================================== per_stage: counts and sums by stage
    (J, "per_stage", "Count of open deals in each stage?",
     "Lead 13, Qualified 15, Proposal 15, Negotiation 5 (48 open); excludes the all-deal count 60",
     d(contains=[deals(OPEN, "count(*)", "GROUP BY d.stage")],
       excludes=[deals("TRUE", "count(*)")],
       truth=[deals(OPEN, "d.stage, count(*)", "GROUP BY d.stage"), deals(OPEN, "count(*)")])),
    (R, "per_stage", "how much $ sits in qualified vs proposal right now",
     "Qualified 1,943,000 vs Proposal 954,000; excludes the Lead and Negotiation totals",
     d(contains=[deals("d.stage = 'Qualified'", "sum(d.amount)"), deals("d.stage = 'Proposal'", "sum(d.amount)")],
       excludes=[deals("d.stage = 'Lead'", "sum(d.amount)"), deals("d.stage = 'Negotiation'", "sum(d.amount)")],
       truth=[deals("d.stage IN ('Qualified', 'Proposal')", "d.stage, count(*), sum(d.amount)", "GROUP BY d.stage")])),
    (A, "per_stage", "my deals by stage - just counts",
     "Alex: Lead 5, Qualified 5, Proposal 8, Negotiation 2 (+ Won 1, Lost 4); excludes the team's counts for Qualified and "
     "Proposal (15) and Lead (13)",
     d(contains=[deals(f"d.owner_id = {ALEX} AND {OPEN}", "count(*)", "GROUP BY d.stage")],
       excludes=[deals("d.stage IN ('Lead', 'Proposal')", "count(*)", "GROUP BY d.stage")],
       truth=[deals(f"d.owner_id = {ALEX}", "d.stage, count(*)", "GROUP BY d.stage")])),
    (S, "per_stage", "how many qualified deals do i have and what are they worth in total",
     "Sam: 4 Qualified deals, 481,000; excludes the team's Qualified count and total",
     d(contains=[deals(f"d.owner_id = {SAM} AND d.stage = 'Qualified'", "count(*), sum(d.amount)")],
       excludes=[deals("d.stage = 'Qualified'", "count(*), sum(d.amount)")],
       truth=[deals(f"d.owner_id = {SAM} AND d.stage = 'Qualified'", "count(*), sum(d.amount)"),
              deals(f"d.owner_id = {SAM} AND d.stage = 'Qualified'", DEAL_ROW)])),
    (P, "per_stage", "what's in lead stage for me, total $",
     "Priya's eight Lead deals, 748,000; excludes the team's Lead total",
     d(contains=[deals(f"d.owner_id = {PRIYA} AND d.stage = 'Lead'", "sum(d.amount)")],
       excludes=[deals("d.stage = 'Lead'", "sum(d.amount)")],
       truth=[deals(f"d.owner_id = {PRIYA} AND d.stage = 'Lead'", "sum(d.amount)"),
              deals(f"d.owner_id = {PRIYA} AND d.stage = 'Lead'", DEAL_ROW)])),
    (S, "per_stage", "proposal stage deals closing in 2026 - list pls",
     "eight Proposal deals with 2026 close dates (five labelled, earliest first); the 2027 Proposal deals must not appear",
     d(contains=[deals(f"d.stage = 'Proposal' AND {YEAR}", "d.name", "ORDER BY d.close_date LIMIT 5")],
       excludes=[deals("d.stage = 'Proposal' AND year(d.close_date) = 2027", "d.name", "ORDER BY d.close_date LIMIT 3")],
       truth=[deals(f"d.stage = 'Proposal' AND {YEAR}", DEAL_ROW)])),
    (A, "per_stage", "qualified deals over 100k - how many + total",
     "count and sum of Qualified deals above 100,000; excludes the count and sum of all Qualified deals",
     d(contains=[deals("d.stage = 'Qualified' AND d.amount > 100000", "count(*), sum(d.amount)")],
       excludes=[deals("d.stage = 'Qualified'", "count(*), sum(d.amount)")],
       truth=[deals("d.stage = 'Qualified' AND d.amount > 100000", "count(*), sum(d.amount)"),
              deals("d.stage = 'Qualified' AND d.amount > 100000", DEAL_ROW)])),

    # ============================================================== per_rep: one number per rep
    (J, "per_rep", "Open pipeline $ per rep for deals with a close date this quarter?",
     "open deals with Oct-Dec 2026 close dates (past-due ones included, as stored), summed per rep; excludes the team total",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *Q4)}", "sum(d.amount)", "GROUP BY d.owner_id")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *Q4)}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *Q4)}", f"{FIRST}, count(*), sum(d.amount)", f"GROUP BY {FIRST}")])),
    (R, "per_rep", "how many accounts does each rep own",
     "Alex 14, Priya 13, Sam 13 companies; excludes the contact counts per rep",
     d(contains=[f"SELECT count(*) FROM companies c GROUP BY c.owner_id"],
       excludes=[f"SELECT count(*) FROM contacts p GROUP BY p.owner_id"],
       truth=[f"SELECT {FIRST}, count(*) FROM companies c JOIN users u ON u.id = c.owner_id GROUP BY {FIRST}"])),
    (A, "per_rep", "how many calls did each of us log this month",
     "November calls: Alex 4, Priya 12, Sam 4; excludes the team's total (20)",
     d(contains=[acts(f"a.type = 'call' AND {between('a.occurred_at', *NOV)}", "count(*)", "GROUP BY a.author_id")],
       excludes=[acts(f"a.type = 'call' AND {between('a.occurred_at', *NOV)}", "count(*)")],
       truth=[acts(f"a.type = 'call' AND {between('a.occurred_at', *NOV)}", f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (P, "per_rep", "which rep has the most open deals closing in december?",
     "a tie: Alex and Priya have 5 each (Sam 2); the team total (12) is the exclude",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", f"{FIRST}, count(*)",
                       f"GROUP BY {FIRST} HAVING count(*) = 5")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "count(*)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (S, "per_rep", "tasks completed per rep?",
     "done tasks: Alex 7, Priya 12, Sam 8; excludes the open counts that differ (Alex 25, Priya 16)",
     d(contains=[tasks("t.status = 'done'", "count(*)", "GROUP BY t.owner_id")],
       excludes=[tasks(f"t.status = 'open' AND t.owner_id IN ({ALEX}, {PRIYA})", "count(*)", "GROUP BY t.owner_id")],
       truth=[tasks("t.status = 'done'", f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (R, "per_rep", "open deals over 100k — how many does each rep have?",
     "count of open deals above 100,000 per rep; excludes the team count",
     d(contains=[deals(f"{OPEN} AND d.amount > 100000", "count(*)", "GROUP BY d.owner_id")],
       excludes=[deals(f"{OPEN} AND d.amount > 100000", "count(*)")],
       truth=[deals(f"{OPEN} AND d.amount > 100000", f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (A, "per_rep", "biggest open deal for each rep?",
     "Alex: Stark Industries SL (250,000); Priya: Alpine Ski House Security Add-on (188,000); Sam: Sterling Cooper Consulting "
     "Services (194,000); Oscorp SL (186,000, lost) must not be given",
     d(contains=[deals(f"{OPEN} AND d.amount = (SELECT max(d2.amount) FROM deals d2 WHERE d2.owner_id = d.owner_id "
                       "AND d2.stage NOT IN ('Closed Won', 'Closed Lost'))")],
       excludes=[deals(f"{LOST}", "d.name", "ORDER BY d.amount DESC LIMIT 1")],
       truth=[deals(f"{OPEN} AND d.amount = (SELECT max(d2.amount) FROM deals d2 WHERE d2.owner_id = d.owner_id "
                    "AND d2.stage NOT IN ('Closed Won', 'Closed Lost'))", f"{FIRST}, d.name, d.amount")])),
    (J, "per_rep", "Which rep logged the most emails in October, and how many?",
     "October emails per rep; the top rep and count labelled; excludes the team's October email total",
     d(contains=[acts(f"a.type = 'email' AND {between('a.occurred_at', *OCT)}", f"{FIRST}, count(*)",
                      f"GROUP BY {FIRST} ORDER BY count(*) DESC LIMIT 1")],
       excludes=[acts(f"a.type = 'email' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       truth=[acts(f"a.type = 'email' AND {between('a.occurred_at', *OCT)}", f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    # ============================================================== per_product: by product line
    (J, "per_product", "Open pipeline by product line, please.",
     "six product totals (the five largest labelled); excludes the open total and Consulting Services' all-stage total",
     d(contains=[deals(OPEN, "sum(d.amount)", "GROUP BY d.product ORDER BY sum(d.amount) DESC LIMIT 5")],
       excludes=[deals(OPEN, "sum(d.amount)"), deals("d.product = 'Consulting Services'", "sum(d.amount)")],
       truth=[deals(OPEN, "d.product, count(*), sum(d.amount)", "GROUP BY d.product")])),
    (R, "per_product", "how many platform deals are open and who owns them",
     "6 open Platform deals, owned by Priya (5) and Alex (1); Sam owns none (saying so is fine); the lost Southridge "
     "Platform must not be counted (7)",
     d(contains=[n_open("d.product = 'Platform'"), deals(f"{OPEN} AND d.product = 'Platform'", f"DISTINCT {FIRST}")],
       excludes=[deals("d.product = 'Platform'", "count(*)")],
       truth=[n_open("d.product = 'Platform'"), deals(f"{OPEN} AND d.product = 'Platform'", f"d.name, {FIRST}")])),
    (A, "per_product", "analytics suite deals closing before feb 1 2027",
     "six open Analytics Suite deals have close dates before Feb 1 2027: the five still ahead are labelled, and Proseware "
     "Analytics Suite (already past its Nov 17 close date) is in the truth only; Tailspin Toys Analytics Suite closes ON Feb 1 and must not "
     "appear, nor Sterling Cooper's (March)",
     d(contains=[deals(f"{OPEN} AND d.product = 'Analytics Suite' AND d.close_date < DATE '2027-02-01' "
                       "AND d.close_date >= DATE '2026-11-18'")],
       excludes=[deals(f"{OPEN} AND d.product = 'Analytics Suite' AND d.close_date >= DATE '2027-02-01'")],
       truth=[deals(f"{OPEN} AND d.product = 'Analytics Suite' AND d.close_date < DATE '2027-02-01'", DEAL_ROW)])),
    (S, "per_product", "how much consulting services business have we actually won",
     "one win: Bluth Company Consulting Services, 65,000; the lost Massive Dynamic consulting deal (175,000) must not be "
     "counted as won",
     d(contains=[deals(f"{WON} AND d.product = 'Consulting Services'", "sum(d.amount)")],
       excludes=[deals(f"{LOST} AND d.product = 'Consulting Services'", "d.amount")],
       truth=[deals(f"{WON} AND d.product = 'Consulting Services'", "sum(d.amount)"),
              deals(f"{WON} AND d.product = 'Consulting Services'", DEAL_ROW)])),
    (P, "per_product", "support plan deals — which stage has the most?",
     "Proposal and Qualified tie at 4 each (Lead 1, Closed Lost 1); Negotiation has none and must not be named",
     d(contains=[deals("d.product = 'Support Plan' AND d.stage IN ('Proposal', 'Qualified')", "d.stage, count(*)",
                       "GROUP BY d.stage")],
       excludes=[lit("Negotiation")],
       truth=[deals("d.product = 'Support Plan'", "d.stage, count(*)", "GROUP BY d.stage")])),
    (J, "per_product", "Which products has Sam closed-won?",
     "Security Add-on (Northwind) and Consulting Services (Bluth); Support Plan (his Margie's loss) must not be named",
     d(contains=[deals(f"{WON} AND d.owner_id = {SAM}", "DISTINCT d.product")],
       excludes=[deals(f"{LOST} AND d.owner_id = {SAM} AND d.product = 'Support Plan'", "d.product")],
       truth=[deals(f"{WON} AND d.owner_id = {SAM}", "d.product, d.name, d.amount")])),
    (A, "per_product", "software license: how many open + total $",
     "7 open Software License deals, 891,000; excludes the all-stage total (1,195,000, with the won and lost ones)",
     d(contains=[deals(f"{OPEN} AND d.product = 'Software License'", "count(*), sum(d.amount)")],
       excludes=[deals("d.product = 'Software License'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.product = 'Software License'", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND d.product = 'Software License'", DEAL_ROW)])),

    # ============================================================== per_industry: by the account's industry
    (J, "per_industry", "Open pipeline in Healthcare accounts?",
     "24,000 (Umbrella Health Support Plan); Northwind's won deal must not be added (137,000)",
     d(contains=[deals(f"{OPEN} AND c.industry = 'Healthcare'", "sum(d.amount)")],
       excludes=[deals("c.industry = 'Healthcare'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND c.industry = 'Healthcare'", "sum(d.amount)"),
              deals(f"{OPEN} AND c.industry = 'Healthcare'", DEAL_ROW)])),
    (R, "per_industry", "which industry has the most open pipeline $?",
     "the top industry by open amount and its total; excludes the runner-up industry's total",
     d(contains=[deals(OPEN, "c.industry, sum(d.amount)", "GROUP BY c.industry ORDER BY sum(d.amount) DESC LIMIT 1")],
       excludes=[deals(OPEN, "sum(d.amount)", "GROUP BY c.industry ORDER BY sum(d.amount) DESC LIMIT 1 OFFSET 1")],
       truth=[deals(OPEN, "c.industry, sum(d.amount)", "GROUP BY c.industry ORDER BY sum(d.amount) DESC LIMIT 1")])),
    (P, "per_industry", "which industries have we lost deals in?",
     "six industries (five labelled, alphabetical); industries with only wins (Beverages, Healthcare, Real Estate, Robotics) "
     "must not appear",
     d(contains=[deals(LOST, "DISTINCT c.industry", "ORDER BY c.industry LIMIT 5")],
       excludes=[deals(f"{WON} AND c.industry NOT IN (SELECT c2.industry FROM deals d2 JOIN companies c2 ON c2.id = d2.company_id "
                       "WHERE d2.stage = 'Closed Lost')", "DISTINCT c.industry")],
       truth=[deals(LOST, "c.industry, d.name")])),
    (S, "per_industry", "which contacts do we have at food companies",
     "Soylent Foods (3) and Wonka Labs (2) contacts; Coho Winery's Claire Diaz (Beverages) must not appear",
     d(contains=[people("c.industry = 'Food'")],
       excludes=[people("c.industry = 'Beverages'")],
       truth=[people("c.industry = 'Food'", PERSON_ROW)])),
    (R, "per_industry", "average open deal size in manufacturing?",
     "Acme Corp and Fabrikam open deals: 557,000 / 5 = 111,400; excludes the average of all open deals",
     d(contains=[deals(f"{OPEN} AND c.industry = 'Manufacturing'", "round(avg(d.amount))")],
       excludes=[deals(OPEN, "round(avg(d.amount))")],
       truth=[deals(f"{OPEN} AND c.industry = 'Manufacturing'", "round(avg(d.amount)), count(*), sum(d.amount)")])),
    (J, "per_industry", "Which Robotics accounts have open deals, and how much is open at each?",
     "Tyrell Systems 125,000 and Cyberdyne 50,000; Cyberdyne's total with its won deal (93,000) must not be given",
     d(contains=[deals(f"{OPEN} AND c.industry = 'Robotics'", "c.name, sum(d.amount)", "GROUP BY c.name")],
       excludes=[deals(co("Cyberdyne"), "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND c.industry = 'Robotics'", "c.name, sum(d.amount)", "GROUP BY c.name"),
              deals(f"{OPEN} AND c.industry = 'Robotics'", DEAL_ROW)])),
    (A, "per_industry", "what industry are most of my accounts in?",
     "a tie: Software (Initech, Pied Piper) and Retail (Contoso, Tailspin Toys), two each; the team-wide Software count (4) "
     "must not be given as Alex's",
     d(contains=[f"SELECT c.industry, count(*) FROM companies c WHERE c.owner_id = {ALEX} AND c.industry IN ('Software', 'Retail') "
                 "GROUP BY c.industry"],
       excludes=["SELECT count(*) FROM companies c WHERE c.industry = 'Software'"],
       truth=[f"SELECT c.industry, count(*) FROM companies c WHERE c.owner_id = {ALEX} GROUP BY c.industry "
              "HAVING count(*) > 1", f"SELECT c.name FROM companies c WHERE c.owner_id = {ALEX} "
              "AND c.industry IN ('Software', 'Retail')"])),

    # ============================================================== extremes: biggest / smallest / most
    (R, "extremes", "smallest open deals we've got - anything at 15k or under?",
     "four: Bluth Company Analytics Suite (10,000) and a three-way tie at 15,000 (Pied Piper SL, Cyberdyne Consulting "
     "Services, Blue Yonder Airlines Support Plan); the lost Monarch Security Add-on (5,000) must not appear",
     d(contains=[deals(f"{OPEN} AND d.amount <= 15000", "d.name")],
       excludes=[deals(f"{LOST} AND d.amount <= 15000", "d.name")],
       truth=[deals(f"{OPEN} AND d.amount <= 15000", DEAL_ROW)])),
    (J, "extremes", "What's the largest deal we've ever lost?",
     "Oscorp Software License, 186,000 (July); the biggest open deal (Stark, 250,000) must not be given",
     d(contains=[deals(LOST, "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals(OPEN, "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       truth=[deals(LOST, DEAL_ROW + ", u.name", "ORDER BY d.amount DESC LIMIT 1")])),
    (P, "extremes", "biggest deal i've won?",
     "Margie's Travel Security Add-on, 185,000; her biggest open deal (Alpine Ski House Security Add-on) must not be given",
     d(contains=[deals(f"{WON} AND d.owner_id = {PRIYA}", "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "d.name", "ORDER BY d.amount DESC LIMIT 1")],
       truth=[deals(f"{WON} AND d.owner_id = {PRIYA}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 1")])),
    (S, "extremes", "my smallest open deal + what stage it's in",
     "Bluth Company Analytics Suite, 10,000, Qualified; Alex's and Priya's 15,000 deals (the next smallest open "
     "deals) must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM}", "d.name, d.amount, d.stage", "ORDER BY d.amount LIMIT 1")],
       excludes=[deals(f"{OPEN} AND d.owner_id <> {SAM} AND d.amount = 15000")],
       truth=[deals(f"{OPEN} AND d.owner_id = {SAM}", DEAL_ROW, "ORDER BY d.amount LIMIT 1")])),
    (A, "extremes", "top 3 open deals by value w/ a close date between nov 18 and dec 31 2026",
     "Nakatomi Trading SL (199,000), Fabrikam SL (177,000), Woodgrove (175,000); the bigger past-due deals (Sterling Cooper "
     "Consulting, Nov 9; Alpine Ski House Security, Nov 16) fall outside the range and must not appear",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *REST_OF_YEAR)}", "d.name",
                       "ORDER BY d.amount DESC LIMIT 3")],
       excludes=[deals(f"{OPEN} AND d.close_date < DATE '2026-11-18' AND d.amount > 175000")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *REST_OF_YEAR)}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 3")])),
    (J, "extremes", "Which contact is attached to the most deals?",
     "a tie: Colin Hughes (Nakatomi) and Ethan Nguyen (Alpine Ski House), four deals each; the three-deal contacts must not be "
     "named as the top",
     d(contains=[deals("TRUE", f"{PERSON}, count(*)", f"GROUP BY {PERSON} HAVING count(*) = 4")],
       excludes=[deals("TRUE", PERSON, f"GROUP BY {PERSON} HAVING count(*) = 3")],
       truth=[deals("TRUE", f"{PERSON}, count(*)", f"GROUP BY {PERSON} HAVING count(*) = 4")])),
    (R, "extremes", "which deal has the most activity logged against it",
     "Lucerne Publishing Consulting Services (47 activities); the runners-up at 45 (Stark, Fabrikam SL) must not be named",
     d(contains=[acts("TRUE", "d.name, count(*)", "GROUP BY d.name ORDER BY count(*) DESC LIMIT 1")],
       excludes=[acts("TRUE", "d.name", "GROUP BY d.name HAVING count(*) = 45")],
       truth=[acts("TRUE", "d.name, count(*)", "GROUP BY d.name ORDER BY count(*) DESC LIMIT 1")])),
    (P, "extremes", "biggest deal closing in q1 '27?",
     "Stark Industries Software License, 250,000 (Feb 1 2027); Nakatomi Trading SL (199,000, closes Dec 9 2026) must not be given",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals("d.name = 'Nakatomi Trading Software License'", "d.name, d.amount")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 1")])),
    # ============================================================== average: means, rounded to whole dollars
    (R, "average", "average amount of sam's open deals",
     "Sam's open deals: mean rounded; excludes the team's open average and Sam's all-deal average",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM}", "round(avg(d.amount))")],
       excludes=[deals(OPEN, "round(avg(d.amount))"), deals(f"d.owner_id = {SAM}", "round(avg(d.amount))")],
       truth=[deals(f"{OPEN} AND d.owner_id = {SAM}", "round(avg(d.amount)), count(*), sum(d.amount)")])),
    (J, "average", "What's the average size of an open Platform deal?",
     "513,000 / 6 = 85,500; excludes the average with the lost Southridge Platform",
     d(contains=[deals(f"{OPEN} AND d.product = 'Platform'", "round(avg(d.amount))")],
       excludes=[deals("d.product = 'Platform'", "round(avg(d.amount))")],
       truth=[deals(f"{OPEN} AND d.product = 'Platform'", "round(avg(d.amount)), count(*), sum(d.amount)")])),
    (A, "average", "avg value of the deals we lost in october",
     "five October losses, 511,000 / 5 = 102,200; excludes the average of all lost deals and October's won amount",
     d(contains=[deals(f"{LOST} AND {between('d.close_date', *OCT)}", "round(avg(d.amount))")],
       excludes=[deals(LOST, "round(avg(d.amount))"), deals(f"{WON} AND {between('d.close_date', *OCT)}", "sum(d.amount)")],
       truth=[deals(f"{LOST} AND {between('d.close_date', *OCT)}", "round(avg(d.amount)), count(*), sum(d.amount)")])),
    (P, "average", "whats the average deal at proposal stage",
     "954,000 / 15 = 63,600; excludes the Negotiation and Qualified averages",
     d(contains=[deals("d.stage = 'Proposal'", "round(avg(d.amount))")],
       excludes=[deals("d.stage IN ('Negotiation', 'Qualified')", "round(avg(d.amount))", "GROUP BY d.stage")],
       truth=[deals("d.stage = 'Proposal'", "round(avg(d.amount)), count(*), sum(d.amount)")])),
    (R, "average", "mean size of the open deals set to close in december 2026?",
     "open deals with December close dates: mean rounded; excludes the January mean",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "round(avg(d.amount))")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "round(avg(d.amount))")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "round(avg(d.amount)), count(*), sum(d.amount)")])),
    (J, "average", "Average won deal size this year: Priya vs Sam?",
     "Priya (21,000 + 185,000) / 2 = 103,000; Sam (113,000 + 65,000) / 2 = 89,000; excludes the two won totals",
     d(contains=[deals(f"{WON} AND {YEAR} AND d.owner_id = {PRIYA}", "round(avg(d.amount))"),
                 deals(f"{WON} AND {YEAR} AND d.owner_id = {SAM}", "round(avg(d.amount))")],
       excludes=[deals(f"{WON} AND {YEAR} AND d.owner_id IN ({PRIYA}, {SAM})", "sum(d.amount)", "GROUP BY d.owner_id")],
       truth=[deals(f"{WON} AND {YEAR} AND d.owner_id IN ({PRIYA}, {SAM})", f"{FIRST}, round(avg(d.amount))",
                    f"GROUP BY {FIRST}"),
              deals(f"{WON} AND {YEAR} AND d.owner_id IN ({PRIYA}, {SAM})", "d.name, d.amount")])),
    (S, "average", "avg size of my negotiation deals?",
     "Sam's two Negotiation deals (Hooli 18,500, Contoso Analytics Suite 138,000): 78,250; excludes the team's Negotiation "
     "average",
     d(contains=[deals(f"d.stage = 'Negotiation' AND d.owner_id = {SAM}", "round(avg(d.amount))")],
       excludes=[deals("d.stage = 'Negotiation'", "round(avg(d.amount))")],
       truth=[deals(f"d.stage = 'Negotiation' AND d.owner_id = {SAM}", "round(avg(d.amount)), count(*), sum(d.amount)"),
              deals(f"d.stage = 'Negotiation' AND d.owner_id = {SAM}", "d.name, d.amount")])),

    # ============================================================== compare: two things side by side
    (A, "compare", "do i have more open deals than sam?",
     "Alex's open count vs Sam's; excludes Priya's open count (18)",
     d(contains=[n_open(f"d.owner_id = {ALEX}"), n_open(f"d.owner_id = {SAM}")],
       excludes=[n_open(f"d.owner_id = {PRIYA}")],
       truth=[n_open(f"d.owner_id = {ALEX}"), n_open(f"d.owner_id = {SAM}")])),
    (R, "compare", "who logged more activity in october, priya or sam?",
     "Priya 57 vs Sam 39; excludes Alex's October count (89)",
     d(contains=[acts(f"a.author_id IN ({PRIYA}, {SAM}) AND {between('a.occurred_at', *OCT)}", "count(*)",
                      "GROUP BY a.author_id")],
       excludes=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *OCT)}", "count(*)")],
       truth=[acts(f"a.author_id IN ({PRIYA}, {SAM}) AND {between('a.occurred_at', *OCT)}", f"{FIRST}, count(*)",
                   f"GROUP BY {FIRST}")])),
    (P, "compare", "is more of my pipeline sitting in lead or in qualified?",
     "Lead 748,000 vs Qualified 667,000: Lead; excludes the team's Lead and Qualified totals",
     d(contains=[deals(f"d.owner_id = {PRIYA} AND d.stage IN ('Lead', 'Qualified')", "sum(d.amount)", "GROUP BY d.stage")],
       excludes=[deals("d.stage IN ('Lead', 'Qualified')", "sum(d.amount)", "GROUP BY d.stage")],
       truth=[deals(f"d.owner_id = {PRIYA} AND d.stage IN ('Lead', 'Qualified')", "d.stage, count(*), sum(d.amount)",
                    "GROUP BY d.stage")])),
    (J, "compare", "Did the team log more emails or more calls in October?",
     "October email and call counts; excludes the October meeting count",
     d(contains=[acts(f"a.type IN ('email', 'call') AND {between('a.occurred_at', *OCT)}", "count(*)", "GROUP BY a.type")],
       excludes=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       truth=[acts(f"a.type IN ('email', 'call') AND {between('a.occurred_at', *OCT)}", "a.type, count(*)", "GROUP BY a.type")])),
    (S, "compare", "which is bigger - fabrikam's open pipeline or contoso's?",
     "Fabrikam 440,000 vs Contoso 239,000; excludes the open total of Acme Corp (the other Manufacturing account)",
     d(contains=[deals(f"{OPEN} AND c.name IN ('Fabrikam', 'Contoso')", "sum(d.amount)", "GROUP BY c.name")],
       excludes=[deals(f"{OPEN} AND {co('Acme Corp')}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND c.name IN ('Fabrikam', 'Contoso')", "c.name, count(*), sum(d.amount)", "GROUP BY c.name")])),
    (R, "compare", "wins in q3 vs q4 so far - count and $",
     "Q3 (Jul-Sep): 3 wins, 129,000; Q4 so far: 1 win, 185,000; excludes the lost totals of the two quarters",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *Q3)}", "count(*), sum(d.amount)"),
                 deals(f"{WON} AND {between('d.close_date', *Q4)}", "sum(d.amount)")],
       excludes=[deals(f"{LOST} AND {between('d.close_date', *Q3)}", "sum(d.amount)"),
                 deals(f"{LOST} AND {between('d.close_date', *Q4)}", "sum(d.amount)")],
       truth=[deals(f"{WON} AND {between('d.close_date', *Q3)}", "count(*), sum(d.amount)"),
              deals(f"{WON} AND {between('d.close_date', *Q4)}", "count(*), sum(d.amount)"),
              deals(f"{WON} AND d.close_date >= DATE '2026-07-01'", "d.name, d.amount")])),
    (P, "compare", "did alex or sam lose more deals this year? (count)",
     "Alex 4 vs Sam 2; excludes Alex's and Sam's lost dollar totals",
     d(contains=[deals(f"{LOST} AND {YEAR} AND d.owner_id IN ({ALEX}, {SAM})", "count(*)", "GROUP BY d.owner_id")],
       excludes=[deals(f"{LOST} AND {YEAR} AND d.owner_id IN ({ALEX}, {SAM})", "sum(d.amount)", "GROUP BY d.owner_id")],
       truth=[deals(f"{LOST} AND {YEAR} AND d.owner_id IN ({ALEX}, {SAM})", f"{FIRST}, count(*)", f"GROUP BY {FIRST}"),
              deals(f"{LOST} AND {YEAR} AND d.owner_id IN ({ALEX}, {SAM})", "d.name")])),

    # ============================================================== yes_no
    (S, "yes_no", "is the lucerne deal still in qualified?",
     "yes: Lucerne Publishing Consulting Services is Qualified (147,000, closes 2027-01-08); no exclude (naming the next "
     "stage as context would be fine)",
     d(contains=[deals(co("Lucerne Publishing"), "d.stage")],
       truth=[deals(co("Lucerne Publishing"), DEAL_ROW)])),
    (A, "yes_no", "has anything been logged on the stark deal this week?",
     "no: the latest Stark activity is an email on Sun 2026-11-15 (last week); the answer is none. Alex's this-week dates "
     "(Nov 16-18, on other deals) must not be attributed to Stark",
     d(excludes=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *THIS_WEEK)}", "DISTINCT CAST(a.occurred_at AS DATE)")],
       truth=[acts(f"d.name = 'Stark Industries Software License' AND {between('a.occurred_at', *THIS_WEEK)}", ACT_ROW)])),
    (P, "yes_no", "did we ever lose anything at gringotts?",
     "yes: Gringotts Finance Software License, 54,000, lost 2026-09-07 (Priya's); Woodgrove (the other Finance account) "
     "must not be named",
     d(contains=[deals(f"{LOST} AND {co('Gringotts Finance')}", "d.name, d.amount")],
       excludes=[deals(co("Woodgrove Bank"))],
       truth=[deals(f"{LOST} AND {co('Gringotts Finance')}", DEAL_ROW + ", u.name")])),
    (R, "yes_no", "is alex the owner on the dunder mifflin platform deal?",
     "yes, Alex owns the deal (Sam owns the account, which may be mentioned); Priya must not be named",
     d(contains=[deals("d.name = 'Dunder Mifflin Platform'", FIRST)],
       excludes=[users(f"u.id = {PRIYA}")],
       truth=[deals("d.name = 'Dunder Mifflin Platform'", f"{FIRST}, d.stage, d.amount")])),
    (A, "yes_no", "did i log anything on the cyberdyne security deal today?",
     "yes: a Sent pricing email at 04:11 today; yesterday's Onsite workshop must not be given as today's",
     d(contains=[acts(f"d.name = 'Cyberdyne Security Add-on' AND {between('a.occurred_at', '2026-11-18', '2026-11-18')}",
                      "a.subject")],
       excludes=[acts(f"d.name = 'Cyberdyne Security Add-on' AND {between('a.occurred_at', '2026-11-17', '2026-11-17')}",
                      "a.subject")],
       truth=[acts(f"d.name = 'Cyberdyne Security Add-on' AND {between('a.occurred_at', '2026-11-18', '2026-11-18')}",
                   ACT_ROW)])),
    (S, "yes_no", "do i have anything in negotiation over 100k?",
     "yes: Contoso Analytics Suite, 138,000; his Hooli deal (18,500) and Priya's Woodgrove (175,000) must not appear",
     d(contains=[deals(f"d.stage = 'Negotiation' AND d.owner_id = {SAM} AND d.amount > 100000", "d.name, d.amount")],
       excludes=[deals("d.name IN ('Hooli Security Add-on', 'Woodgrove Bank Consulting Services')")],
       truth=[deals(f"d.stage = 'Negotiation' AND d.owner_id = {SAM} AND d.amount > 100000", DEAL_ROW)])),
    (P, "yes_no", "is tom becker marked as a customer?",
     "yes: lifecycle stage customer; Chris Park (same company) is an opportunity and that stage must not be given",
     d(contains=[people(who("Tom", "Becker"), "p.lifecycle_stage")],
       excludes=[people(who("Chris", "Park"), "p.lifecycle_stage")],
       truth=[people(who("Tom", "Becker"), f"{PERSON}, p.lifecycle_stage, c.name")])),
    # ============================================================== contact_info: details of one person (typos included)
    (A, "contact_info", "selena wagnr email?",
     "typo for Selena Wagner (Stark, Finance Manager); the other Stark finance manager's email (Basil Rossi) must not be given",
     d(contains=[people(who("Selena", "Wagner"), "p.email")],
       excludes=[people(who("Basil", "Rossi"), "p.email")],
       truth=[people(who("Selena", "Wagner"), PERSON_ROW)])),
    (P, "contact_info", "daniela reed phone",
     "Daniela Reed (Fabrikam) phone; the two Danas' phones must not be given",
     d(contains=[people(who("Daniela", "Reed"), "p.phone")],
       excludes=[people("p.first_name = 'Dana'", "p.phone")],
       truth=[people(who("Daniela", "Reed"), PERSON_ROW)])),
    (S, "contact_info", "whats nadia wests title n company",
     "IT Manager at Woodgrove Bank; Camila West's (Office Manager, Prestige Worldwide) and Caleb West's (CEO, Umbrella Health) "
     "details must not be given",
     d(contains=[people(who("Nadia", "West"), "p.title, c.name")],
       excludes=[people("p.last_name = 'West' AND p.first_name IN ('Camila', 'Caleb')", "p.title, c.name")],
       truth=[people(who("Nadia", "West"), PERSON_ROW)])),
    (R, "contact_info", "email for the cto at proseware",
     "Sabrina Silva, sabrina.silva@proseware.com; the deal contact Anton Collins (Engineering Lead) must not be given",
     d(contains=[people(f"{co('Proseware')} AND p.title = 'CTO'", f"{PERSON}, p.email")],
       excludes=[people(who("Anton", "Collins"), "p.email")],
       truth=[people(f"{co('Proseware')} AND p.title = 'CTO'", PERSON_ROW)])),
    (J, "contact_info", "Phone number for Ingrid Turner?",
     "Ingrid Turner (Acme Logistics CFO); Omar Turner's and Zane Turner's phones must not be given",
     d(contains=[people(who("Ingrid", "Turner"), "p.phone")],
       excludes=[people("p.last_name = 'Turner' AND p.first_name <> 'Ingrid'", "p.phone")],
       truth=[people(who("Ingrid", "Turner"), PERSON_ROW)])),
    (A, "contact_info", "tara kimm email",
     "typo for Tara Kim (Trey Research); the other Kims' emails must not be given",
     d(contains=[people(who("Tara", "Kim"), "p.email")],
       excludes=[people("p.last_name = 'Kim' AND p.first_name <> 'Tara'", "p.email")],
       truth=[people(who("Tara", "Kim"), PERSON_ROW)])),
    (P, "contact_info", "whats the email of the buyer at sterling cooper",
     "two Buyers: Ben Mills and Joel Cruz, both emails; Lena Sanders (Office Manager) must not be given",
     d(contains=[people(f"{co('Sterling Cooper')} AND p.title = 'Buyer'", "p.email")],
       excludes=[people(f"{co('Sterling Cooper')} AND p.title <> 'Buyer'", "p.email")],
       truth=[people(f"{co('Sterling Cooper')} AND p.title = 'Buyer'", PERSON_ROW)])),

    # ============================================================== two_part: run-on questions with two asks
    (S, "two_part", "whats the fabrikam support plan worth and when's it supposed to close",
     "130,000, 2026-12-18; the Fabrikam Software License's amount and date must not be given",
     d(contains=[deals("d.name = 'Fabrikam Support Plan'", "d.amount, d.close_date")],
       excludes=[deals("d.name = 'Fabrikam Software License'", "d.amount, d.close_date")],
       truth=[deals("d.name = 'Fabrikam Support Plan'", DEAL_ROW + ", u.name")])),
    (A, "two_part", "how many open deals do i have and how many of those are past their close date",
     "Alex: 20 open, one past its close date (Proseware Analytics Suite, 2026-11-17); the other reps' past-due deals must not "
     "be listed",
     d(contains=[n_open(f"d.owner_id = {ALEX}"),
                 deals(f"{OPEN} AND d.owner_id = {ALEX} AND d.close_date < DATE '2026-11-18'")],
       excludes=[deals(f"{OPEN} AND d.owner_id <> {ALEX} AND d.close_date < DATE '2026-11-18'")],
       truth=[n_open(f"d.owner_id = {ALEX}"),
              deals(f"{OPEN} AND d.owner_id = {ALEX} AND d.close_date < DATE '2026-11-18'", DEAL_ROW),
              deals(f"{OPEN} AND d.owner_id = {ALEX} AND d.close_date < DATE '2026-11-18'", "count(*)")])),
    (P, "two_part", "who's the contact on the trey research deal and when did i last talk to them",
     "Elise Russo; last activity 2026-11-12 (Check-in call); Tara Kim (the other Trey contact) must not be given",
     d(contains=[deals(co("Trey Research"), PERSON), latest(who("Elise", "Russo"), "CAST(a.occurred_at AS DATE)")],
       excludes=[people(who("Tara", "Kim"))],
       truth=[deals(co("Trey Research"), PERSON), latest(who("Elise", "Russo"), ACT_ROW)])),
    (R, "two_part", "what stage is the tailspin toys analytics suite in and who's the contact",
     "Proposal, Petra Gray; Simon Evans (the other Tailspin contact) must not be given",
     d(contains=[deals("d.name = 'Tailspin Toys Analytics Suite'", f"d.stage, {PERSON}")],
       excludes=[people(who("Simon", "Evans"))],
       truth=[deals("d.name = 'Tailspin Toys Analytics Suite'", f"{DEAL_ROW}, {PERSON}, p.title")])),
    (J, "two_part", "How many contacts does Wayne Enterprises have, and which one is on the deal?",
     "5 contacts; Bruce Nolan (CFO) is on the Wayne Enterprises Consulting deal; no exclude (listing all five is fine)",
     d(contains=[people(co("Wayne Enterprises"), "count(*)"), deals(co("Wayne Enterprises"), PERSON)],
       truth=[people(co("Wayne Enterprises"), "count(*)"), deals(co("Wayne Enterprises"), f"{PERSON}, p.title, d.name")])),
    (S, "two_part", "how many open tasks do i have, and whats the next one due",
     "Sam: 12 open (3 overdue); the next upcoming is Book a demo (Lucerne Publishing Consulting Services), 2026-11-21; the "
     "team's next task (Priya's Gringotts contract, Nov 20) must not be given",
     d(contains=[tasks(f"t.owner_id = {SAM} AND t.status = 'open'", "count(*)"),
                 tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND t.due_date >= DATE '2026-11-18'", "t.title, t.due_date",
                       "ORDER BY t.due_date LIMIT 1")],
       excludes=[tasks("t.status = 'open' AND t.due_date >= DATE '2026-11-20' AND t.due_date <= DATE '2026-11-20'", "t.title")],
       truth=[tasks(f"t.owner_id = {SAM} AND t.status = 'open'", "count(*)"),
              tasks(f"t.owner_id = {SAM} AND t.status = 'open'", TASK_ROW)])),
    (R, "two_part", "which deal did priya win in october and how big was it",
     "Margie's Travel Security Add-on, 185,000 (2026-10-09); Sam's Margie's Travel Support Plan (lost Oct 24) must not be "
     "given",
     d(contains=[deals(f"{WON} AND d.owner_id = {PRIYA} AND {between('d.close_date', *OCT)}", "d.name, d.amount")],
       excludes=[deals(f"{LOST} AND {co(MARGIES)}", "d.name, d.amount")],
       truth=[deals(f"{WON} AND d.owner_id = {PRIYA} AND {between('d.close_date', *OCT)}", DEAL_ROW)])),

    # ============================================================== decline: fields the CRM does not store
    (A, "decline", "what discount did we give on the nakatomi support plan?",
     "no discount field (amount only)",
     d(absent=[no_column("discount", "rebate", "price")])),
    (R, "decline", "what time zone is bruce nolan in",
     "no time zone / location field; a guessed 'Eastern' is wrong",
     d(excludes=[lit("Eastern")], absent=[no_column("zone", "location", "city", "country")])),
    (P, "decline", "which of my contacts have birthdays this month",
     "no birthday field",
     d(absent=[no_column("birth", "dob")])),
    (S, "decline", "how much commission am i getting on my q4 wins",
     "no commission data",
     d(absent=[no_column("commission", "payout")])),
    (J, "decline", "What's the shipping address for Fabrikam?",
     "no address fields (only name, domain, industry)",
     d(absent=[no_column("address", "street", "zip", "postal", "shipping")])),
    (R, "decline", "what's priya's quota this quarter and how close is she to it?",
     "no quota / target; her won and open amounts are not a quota",
     d(absent=[no_column("quota", "target", "goal")])),
    (A, "decline", "whats sam's desk phone number",
     "users have no phone column (contacts do, but Sam Rivera is a user, not a contact)",
     d(absent=["SELECT column_name FROM information_schema.columns WHERE table_name = 'users' AND "
               "(column_name ILIKE '%phone%' OR column_name ILIKE '%ext%')",
               people("p.first_name = 'Sam'")])),
    (S, "decline", "how many hours did i spend on the hooli deal last month",
     "activities have no duration",
     d(absent=[no_column("duration", "hours", "minutes", "spent")])),
    (J, "decline", "What's Globex's annual IT budget?",
     "no budget / revenue figures (a 'Budget approved' note subject is not a figure)",
     d(absent=[no_column("budget", "revenue", "spend")])),
    # decline: records that do not exist (near misses excluded)
    (P, "decline", "email for dana walker?",
     "no Dana Walker (Dana Smith, Dana Lee and Chris Walker exist); their emails must not be passed off",
     d(excludes=[people("p.first_name = 'Dana' OR (p.first_name = 'Chris' AND p.last_name = 'Walker')", "p.email")],
       absent=[people(who("Dana", "Walker"))])),
    (S, "decline", "hannah cruz's phone #",
     "no Hannah Cruz (Hannah Collins, Gideon Cruz, Joel Cruz exist); their phones must not be passed off",
     d(excludes=[people("p.first_name = 'Hannah' OR p.last_name = 'Cruz'", "p.phone")],
       absent=[people(who("Hannah", "Cruz"))])),
    (R, "decline", "what stage is the globex software license deal in",
     "no such deal: Globex only has the Platform Expansion (Qualified)",
     d(excludes=[deals(co("Globex"), "d.stage")],
       absent=[deals(f"{co('Globex')} AND (d.product = 'Software License' OR d.name ILIKE '%license%')")])),
    (A, "decline", "any open deals with acme robotics?",
     "no such company (Acme Corp, Acme Logistics exist; the Robotics accounts are Tyrell and Cyberdyne); the Acme deals must "
     "not be passed off",
     d(excludes=[deals("c.name LIKE 'Acme%'")],
       absent=["SELECT name FROM companies WHERE name ILIKE '%acme robot%'"])),
    (J, "decline", "Which deals do we have open at Stark Enterprises?",
     "no such company (Stark Industries and Wayne Enterprises exist); their deals must not be passed off",
     d(excludes=[deals("c.name IN ('Stark Industries', 'Wayne Enterprises')")],
       absent=["SELECT name FROM companies WHERE name ILIKE '%stark enterprises%'"])),
    (S, "decline", "what's the northwind traders deal worth",
     "no such company (Northwind Health exists, its won deal is 113,000)",
     d(excludes=[deals(co("Northwind Health"), "d.amount")],
       absent=["SELECT name FROM companies WHERE name ILIKE '%northwind traders%'"])),
    (P, "decline", "keith cook's number pls",
     "no Keith Cook (Keith Fischer and six Cooks exist); Keith Fischer's phone must not be passed off",
     d(excludes=[people(who("Keith", "Fischer"), "p.phone")],
       absent=[people(who("Keith", "Cook"))])),
    (R, "decline", "what's marcus chen's title?",
     "no Marcus Chen (Marcus Webb, CTO; Olivia Chen, Procurement Manager); their titles must not be passed off",
     d(excludes=[people(f"{who('Marcus', 'Webb')} OR {who('Olivia', 'Chen')}", "p.title")],
       absent=[people(who("Marcus", "Chen")), "SELECT name FROM users WHERE name ILIKE 'Marcus Chen'"])),
    (J, "decline", "How many deals does Priya Singh own?",
     "no user or contact called Priya Singh (Priya Patel is the rep); Priya Patel's counts (21 deals, 18 open) must not be "
     "passed off",
     d(excludes=[deals(f"d.owner_id = {PRIYA}", "count(*)"), n_open(f"d.owner_id = {PRIYA}")],
       absent=["SELECT name FROM users WHERE name ILIKE '%singh%'", people("p.last_name ILIKE 'singh'")])),
    (A, "decline", "how much is the pied piper platform deal",
     "no such deal: Pied Piper only has the Software License (15,000)",
     d(excludes=[deals(co("Pied Piper"), "d.amount")],
       absent=[deals(f"{co('Pied Piper')} AND d.product = 'Platform'")])),
    # decline: opinions and predictions
    (A, "decline", "what are the odds nakatomi signs the software license before year end?", "prediction",
     d(absent=[no_column("probab", "forecast", "likel")])),
    (P, "decline", "should sam discount the fabrikam security deal to get it over the line?", "advice",
     d(absent=[no_column("recommend", "discount")])),
    (R, "decline", "is carmen young happy with us?", "opinion / sentiment: no satisfaction data in the CRM records",
     d(absent=[no_column("sentiment", "satisf", "nps", "happy")])),
    (S, "decline", "how much am i gonna close next quarter?",
     "prediction; Sam's Q1 2027 open pipeline is not a forecast and must not be passed off as one",
     d(excludes=[deals(f"{OPEN} AND d.owner_id = {SAM} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)")],
       absent=[no_column("forecast", "booking", "projection")])),
    (J, "decline", "Which rep deserves a bonus this year?", "opinion",
     d(absent=[no_column("bonus", "rating", "performance")])),
    # decline: not about the CRM
    (P, "decline", "what's the capital of australia", "off-topic",
     d(absent=[no_column("capital", "country")])),
    (R, "decline", "convert 50k usd to eur for me", "off-topic (no exchange rates; every deal is in USD)",
     d(absent=[no_column("exchange", "fx_", "rate")])),
]


# ------------------------------------------------------------------------------------------------ formatting
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


def item_ids() -> list[str]:
    return [f"{PREFIX}-{n:03d}" for n in range(1, len(ITEMS) + 1)]


def specs() -> dict[str, dict]:
    return {iid: it[4] for iid, it in zip(item_ids(), ITEMS)}


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    """Stratified by family: shuffle each family (one seeded generator, families in sorted order), first half to dev.
    An odd family's extra item goes alternately to dev and test."""
    rng = random.Random(SEED)
    dev, test, extra_to_dev = [], [], True
    for fam in sorted({it["family"] for it in items}):
        group = [it for it in items if it["family"] == fam]
        rng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2:
            half += 1 if extra_to_dev else 0
            extra_to_dev = not extra_to_dev
        dev.extend(group[:half])
        test.extend(group[half:])
    key = lambda it: it["id"]  # noqa: E731
    return sorted(dev, key=key), sorted(test, key=key)


def build(store: Store) -> list[dict]:
    out = []
    for iid, (user, fam, text, note, spec) in zip(item_ids(), ITEMS):
        decline = fam == "decline"
        contains = [] if decline else list(dict.fromkeys(cells(store, spec.get("contains", []))))
        excludes = list(dict.fromkeys(cells(store, spec.get("excludes", []))))
        item = dict(id=iid, user=user, text=text, family=fam, answer_contains=contains, answer_excludes=excludes,
                    decline=decline)
        if note:
            item["note"] = note
        out.append(item)
    return out


def main() -> None:
    store = Store(":memory:")
    generate(store, TODAY)
    out = build(store)
    if "-v" in sys.argv:
        sp = specs()
        for it in out:
            print(it["id"], it["user"].split("@")[0], it["family"], "|", it["text"], "\n    +", it["answer_contains"],
                  "\n    -", it["answer_excludes"])
            if not it["decline"] and "-t" in sys.argv:
                print("    =", cells(store, sp[it["id"]].get("truth", []))[:40])
    store.close()
    dev, test = split(out)
    for path, rows in ((DEV, dev), (TEST, test)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(dev)} dev + {len(test)} test")


if __name__ == "__main__":
    main()
