"""Writes questions4_dev.jsonl / questions4_test.jsonl from ITEMS below.

Each item is (user, family, text, note, spec). spec holds hand-written SQL against the demo world
(data.demo.generate(Store(":memory:"), 2026-11-18), generated at 09:00):
- contains: the cells of every row are answer_contains (formatted like the questions3 labels)
- excludes: the cells of every row are answer_excludes (what a plausible wrong answer would show)
- truth:    every cell of the complete right answer (contains must be a subset; no exclude may occur inside a cell;
            empty when the right answer is "none")
- absent:   declines only: each query must return no rows
Ids run q4-001 ... q4-160 in ITEMS order. Split: stratified by family. Inside each family the items are shuffled with
random.Random(20261202) (one generator, families taken in sorted order); the first half of each family goes to dev.
A family with an odd count would give its extra item alternately to dev and test (all families here are even).

Run:      AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_questions4.py [-v [-t]]
Validate: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_questions4.py
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
SEED = 20261202
DEV, TEST = HERE / "questions4_dev.jsonl", HERE / "questions4_test.jsonl"

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


def d(**kw):
    return kw


# ------------------------------------------------------------------------------------------------ ITEMS
# (user, family, text, note, spec)
ITEMS = [
    # ============================================================== date_range: explicit date ranges
    (R, "date_range", "deals closing between nov 24 and dec 2?",
     "open deals with close dates Nov 24 - Dec 2 inclusive; Umbrella (Nov 23) and Fabrikam Software License (Dec 3) fall just outside",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-24', '2026-12-02')}")],
       excludes=[deals(f"{OPEN} AND d.close_date IN (DATE '2026-11-23', DATE '2026-12-03')")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-24', '2026-12-02')}", DEAL_ROW)])),
    (A, "date_range", "my deals closing dec 1-15",
     "Alex's three; his Nov 30 and Dec 26 deals and other reps' early-December deals must not appear",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', '2026-12-01', '2026-12-15')}")],
       excludes=[deals(f"{OPEN} AND ((d.owner_id = {ALEX} AND d.close_date IN (DATE '2026-11-30', DATE '2026-12-26')) "
                       f"OR (d.owner_id <> {ALEX} AND {between('d.close_date', '2026-12-01', '2026-12-15')}))")],
       truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', '2026-12-01', '2026-12-15')}", DEAL_ROW)])),
    (P, "date_range", "anything of mine set to close dec 15 thru 31?",
     "Priya's two (Dec 19, Dec 28); her Dec 14 and Jan 2 deals and Sam's/Alex's late-December deals must not appear",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', '2026-12-15', '2026-12-31')}")],
       excludes=[deals(f"{OPEN} AND ((d.owner_id = {PRIYA} AND d.close_date IN (DATE '2026-12-14', DATE '2027-01-02')) "
                       f"OR (d.owner_id <> {PRIYA} AND {between('d.close_date', '2026-12-15', '2026-12-31')}))")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', '2026-12-15', '2026-12-31')}", DEAL_ROW)])),
    (J, "date_range", "What did we win between August 1 and September 30?",
     "three wins (Aug 22, Sep 2, Sep 3); June's and October's wins and the September loss must not appear",
     d(contains=[deals(f"{WON} AND {between('d.close_date', '2026-08-01', '2026-09-30')}")],
       excludes=[deals(f"({WON} AND NOT {between('d.close_date', '2026-08-01', '2026-09-30')}) "
                       f"OR ({LOST} AND {between('d.close_date', '2026-08-01', '2026-09-30')})")],
       truth=[deals(f"{WON} AND {between('d.close_date', '2026-08-01', '2026-09-30')}", DEAL_ROW + ", u.name")])),
    (S, "date_range", "deals lost 10/10 - 10/20",
     "four losses Oct 12-20, range read inclusively (Oscorp Security Add-on closed on Oct 20); the Oct 24 loss and the Oct 9 win must not appear",
     d(contains=[deals(f"{LOST} AND {between('d.close_date', '2026-10-10', '2026-10-20')}")],
       excludes=[deals(f"NOT {OPEN} AND d.close_date IN (DATE '2026-10-24', DATE '2026-10-09')")],
       truth=[deals(f"{LOST} AND {between('d.close_date', '2026-10-10', '2026-10-20')}", DEAL_ROW + ", u.name")])),
    (J, "date_range", "how many activities got logged nov 1 through nov 7?",
     "team-wide count for Nov 1-7; excludes the count for all of November so far",
     d(contains=[acts(between('a.occurred_at', '2026-11-01', '2026-11-07'), "count(*)")],
       excludes=[acts(between('a.occurred_at', '2026-11-01', '2026-11-18'), "count(*)")],
       truth=[acts(between('a.occurred_at', '2026-11-01', '2026-11-07'), "count(*)")])),
    (A, "date_range", "which open deals have a close date between jan 1 and jan 15 2027",
     "four deals; Acme Corp Expansion (Jan 17) and Tyrell Systems Analytics Suite (Dec 29) must not appear",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', '2027-01-01', '2027-01-15')}")],
       excludes=[deals(f"{OPEN} AND d.close_date IN (DATE '2027-01-17', DATE '2026-12-29')")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', '2027-01-01', '2027-01-15')}", DEAL_ROW)])),
    (J, "date_range", "Total open pipeline with close dates from 1 Feb to 28 Feb 2027?",
     "sum of the eight February deals; excludes the January and March totals",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *FEB)}", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "sum(d.amount)"),
                 deals(f"{OPEN} AND {between('d.close_date', *MAR)}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *FEB)}", "sum(d.amount)"),
              deals(f"{OPEN} AND {between('d.close_date', *FEB)}", DEAL_ROW)])),
    (A, "date_range", "my open tasks due nov 23–27",
     "three open tasks; the two done tasks due in that range, Alex's Nov 22 task and Priya's Nov 23 task must not appear",
     d(contains=[tasks(f"t.owner_id = {ALEX} AND t.status = 'open' AND {between('t.due_date', '2026-11-23', '2026-11-27')}",
                       "DISTINCT t.title")],
       excludes=[tasks(f"(t.owner_id = {ALEX} AND t.status = 'done' AND {between('t.due_date', '2026-11-23', '2026-11-27')}) "
                       f"OR (t.owner_id = {ALEX} AND t.due_date = DATE '2026-11-22') "
                       f"OR (t.owner_id = {PRIYA} AND t.status = 'open' AND t.due_date = DATE '2026-11-23')")],
       truth=[tasks(f"t.owner_id = {ALEX} AND t.status = 'open' AND {between('t.due_date', '2026-11-23', '2026-11-27')}",
                    TASK_ROW)])),
    (S, "date_range", "how many things did i log between nov 9 and nov 13?",
     "Sam's activities Nov 9-13; excludes the team's count for those days and Sam's count through Nov 15",
     d(contains=[acts(f"a.author_id = {SAM} AND {between('a.occurred_at', '2026-11-09', '2026-11-13')}", "count(*)")],
       excludes=[acts(between('a.occurred_at', '2026-11-09', '2026-11-13'), "count(*)"),
                 acts(f"a.author_id = {SAM} AND {between('a.occurred_at', '2026-11-09', '2026-11-15')}", "count(*)")],
       truth=[acts(f"a.author_id = {SAM} AND {between('a.occurred_at', '2026-11-09', '2026-11-13')}", "count(*)"),
              acts(f"a.author_id = {SAM} AND {between('a.occurred_at', '2026-11-09', '2026-11-13')}", "a.subject, d.name")])),

    # ============================================================== period_compare: two periods side by side
    (J, "period_compare", "did we win more in october than september?",
     "by $ yes (185,000 vs 64,000), by count no (1 vs 2); excludes the Jul-Sep won total",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *OCT)}", "sum(d.amount)"),
                 deals(f"{WON} AND {between('d.close_date', *SEP)}", "sum(d.amount)")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *Q3)}", "sum(d.amount)")],
       truth=[deals(f"{WON} AND {between('d.close_date', *OCT)}", "count(*), sum(d.amount)"),
              deals(f"{WON} AND {between('d.close_date', *SEP)}", "count(*), sum(d.amount)"),
              deals(f"{WON} AND d.close_date >= DATE '2026-09-01' AND d.close_date <= DATE '2026-10-31'", DEAL_ROW)])),
    (R, "period_compare", "how many deals did we lose in oct vs sept, and how much $ each month",
     "October 5 deals / 511,000, September 1 deal / 54,000; excludes October's won total",
     d(contains=[deals(f"{LOST} AND {between('d.close_date', *OCT)}", "count(*), sum(d.amount)"),
                 deals(f"{LOST} AND {between('d.close_date', *SEP)}", "sum(d.amount)")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *OCT)}", "sum(d.amount)")],
       truth=[deals(f"{LOST} AND {between('d.close_date', *OCT)}", "count(*), sum(d.amount)"),
              deals(f"{LOST} AND {between('d.close_date', *SEP)}", "count(*), sum(d.amount)"),
              deals(f"{LOST} AND d.close_date >= DATE '2026-09-01' AND d.close_date <= DATE '2026-10-31'", DEAL_ROW)])),
    (A, "period_compare", "how's my activity this month compared to last month",
     "Alex: November so far vs October (counts); excludes the team's counts",
     d(contains=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *NOV)}", "count(*)"),
                 acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *OCT)}", "count(*)")],
       excludes=[acts(between('a.occurred_at', *NOV), "count(*)"), acts(between('a.occurred_at', *OCT), "count(*)")],
       truth=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *NOV)}", "count(*)"),
              acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *OCT)}", "count(*)")])),
    (P, "period_compare", "did i log more this week than last week?",
     "Priya: this week (Mon Nov 16 - today) vs last week (Nov 9-15): a tie, 11 and 11, so the answer is no; excludes the team's counts",
     d(contains=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', *THIS_WEEK)}", "count(*)"),
                 acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', *LAST_WEEK)}", "count(*)")],
       excludes=[acts(between('a.occurred_at', *THIS_WEEK), "count(*)"), acts(between('a.occurred_at', *LAST_WEEK), "count(*)")],
       truth=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', *THIS_WEEK)}", "count(*)"),
              acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', *LAST_WEEK)}", "count(*)")])),
    (S, "period_compare", "meetings this month vs last month, whole team?",
     "meeting counts November so far vs October; excludes the all-type activity counts",
     d(contains=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *NOV)}", "count(*)"),
                 acts(f"a.type = 'meeting' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       excludes=[acts(between('a.occurred_at', *NOV), "count(*)"), acts(between('a.occurred_at', *OCT), "count(*)")],
       truth=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *NOV)}", "count(*)"),
              acts(f"a.type = 'meeting' AND {between('a.occurred_at', *OCT)}", "count(*)")])),
    (J, "period_compare", "How does this quarter's lost revenue compare with last quarter's?",
     "this quarter = Oct-Dec (511,000), last quarter = Jul-Sep (240,000); excludes the won totals of the two quarters",
     d(contains=[deals(f"{LOST} AND {between('d.close_date', *Q4)}", "sum(d.amount)"),
                 deals(f"{LOST} AND {between('d.close_date', *Q3)}", "sum(d.amount)")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *Q4)}", "sum(d.amount)"),
                 deals(f"{WON} AND {between('d.close_date', *Q3)}", "sum(d.amount)")],
       truth=[deals(f"{LOST} AND {between('d.close_date', *Q4)}", "count(*), sum(d.amount)"),
              deals(f"{LOST} AND {between('d.close_date', *Q3)}", "count(*), sum(d.amount)")])),
    (R, "period_compare", "is there more open pipeline closing in december or in january",
     "open totals by close month; excludes the February total",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "sum(d.amount)"),
                 deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *FEB)}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "count(*), sum(d.amount)")])),
    (P, "period_compare", "did i make more calls in october or september",
     "Priya's call counts; excludes the team's call counts for the two months",
     d(contains=[acts(f"a.author_id = {PRIYA} AND a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)"),
                 acts(f"a.author_id = {PRIYA} AND a.type = 'call' AND {between('a.occurred_at', *SEP)}", "count(*)")],
       excludes=[acts(f"a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)"),
                 acts(f"a.type = 'call' AND {between('a.occurred_at', *SEP)}", "count(*)")],
       truth=[acts(f"a.author_id = {PRIYA} AND a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)"),
              acts(f"a.author_id = {PRIYA} AND a.type = 'call' AND {between('a.occurred_at', *SEP)}", "count(*)")])),

    # ============================================================== never_contacted: no activity ever
    (A, "never_contacted", "which of my accounts have never had any activity logged",
     "every account Alex owns has activity: the answer is none; the six silent accounts belong to Priya and Sam",
     d(excludes=[silent_companies("TRUE")],
       truth=[silent_companies(f"c.owner_id = {ALEX}")])),
    (P, "never_contacted", "which of my monarch contacts haven't heard from us at all?",
     "four of the five Monarch contacts (all Priya's); Dominic Owens, the deal contact, has activity",
     d(contains=[silent_people(f"{co('Monarch Solutions')} AND p.owner_id = {PRIYA}")],
       excludes=[people(f"{co('Monarch Solutions')} AND EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)")],
       truth=[silent_people(f"{co('Monarch Solutions')} AND p.owner_id = {PRIYA}", PERSON_ROW)])),
    (S, "never_contacted", "accounts of mine nobody has touched",
     "Sam's three accounts with no activity at all; Priya's silent accounts must not appear",
     d(contains=[silent_companies(f"c.owner_id = {SAM}")],
       excludes=[silent_companies(f"c.owner_id <> {SAM}")],
       truth=[silent_companies(f"c.owner_id = {SAM}", "c.name, c.industry")])),
    (R, "never_contacted", "contacts at hooli we've never reached out to",
     "four of five; Olivia Chen (the deal contact) has activity",
     d(contains=[silent_people(co("Hooli"))],
       excludes=[people(f"{co('Hooli')} AND EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)")],
       truth=[silent_people(co("Hooli"), PERSON_ROW)])),
    (J, "never_contacted", "Which Initech contacts have no logged activity?",
     "four of five; Marcus Webb has activity",
     d(contains=[silent_people(co("Initech"))],
       excludes=[people(f"{co('Initech')} AND EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)")],
       truth=[silent_people(co("Initech"), PERSON_ROW)])),
    (A, "never_contacted", "anyone at stark i haven't talked to yet?",
     "three of four Stark contacts (Alex owns the account and the deal, so 'I' and 'anyone' agree); Chris Walker has activity",
     d(contains=[silent_people(co("Stark Industries"))],
       excludes=[people(f"{co('Stark Industries')} AND EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = p.id)")],
       truth=[silent_people(co("Stark Industries"), PERSON_ROW)])),
    (P, "never_contacted", "has anybody ever been in touch with chris park?",
     "no: Chris Park (COO, Acme Logistics) has no activity; Chris Walker's last touch and Acme Logistics' last touch (via Tom Becker) must not be given",
     d(excludes=[latest_day(who("Chris", "Walker")), latest_day(co("Acme Logistics"))],
       truth=[acts(who("Chris", "Park"), ACT_ROW)])),
    (R, "never_contacted", "how many lucerne contacts have never been contacted?",
     "five of Lucerne's six contacts; excludes the total 6",
     d(contains=[silent_people(co("Lucerne Publishing"), "count(*)")],
       excludes=[people(co("Lucerne Publishing"), "count(*)")],
       truth=[silent_people(co("Lucerne Publishing"), "count(*)"), silent_people(co("Lucerne Publishing"))])),

    # ============================================================== overdue: overdue tasks, since a date
    (P, "overdue", "what's overdue on my plate?",
     "Priya's four open tasks due before today; her done tasks and Sam's overdue task must not appear",
     d(contains=[tasks(f"t.owner_id = {PRIYA} AND {OVERDUE}")],
       excludes=[tasks(f"(t.owner_id = {PRIYA} AND t.status = 'done' AND {between('t.due_date', '2026-11-09', '2026-11-17')}) "
                       f"OR (t.owner_id = {SAM} AND {OVERDUE} AND t.due_date < DATE '2026-11-01')")],
       truth=[tasks(f"t.owner_id = {PRIYA} AND {OVERDUE}", TASK_ROW)])),
    (S, "overdue", "which of my tasks have been overdue since before nov 5",
     "Sam's two open tasks due Oct 31 and Nov 3; his Nov 7 task must not appear",
     d(contains=[tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND t.due_date < DATE '2026-11-05'")],
       excludes=[tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND t.due_date = DATE '2026-11-07'")],
       truth=[tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND t.due_date < DATE '2026-11-05'", TASK_ROW)])),
    (J, "overdue", "Which tasks have been overdue for more than two weeks?",
     "open tasks due Nov 3 or earlier; the Nov 4 task (exactly two weeks) is neither labelled nor excluded; the Nov 5 Check in must not appear",
     d(contains=[tasks("t.status = 'open' AND t.due_date < DATE '2026-11-04'")],
       excludes=[tasks("t.status = 'open' AND t.due_date = DATE '2026-11-05' AND t.title LIKE 'Check in%'")],
       truth=[tasks("t.status = 'open' AND t.due_date <= DATE '2026-11-04'", TASK_ROW + ", u.name")])),
    (R, "overdue", "how many of alex's overdue tasks came due on or after nov 10?",
     "open Alex tasks due Nov 10-17; excludes Alex's overdue total",
     d(contains=[tasks(f"t.owner_id = {ALEX} AND {OVERDUE} AND t.due_date >= DATE '2026-11-10'", "count(*)")],
       excludes=[tasks(f"t.owner_id = {ALEX} AND {OVERDUE}", "count(*)")],
       truth=[tasks(f"t.owner_id = {ALEX} AND {OVERDUE} AND t.due_date >= DATE '2026-11-10'", "count(*)"),
              tasks(f"t.owner_id = {ALEX} AND {OVERDUE} AND t.due_date >= DATE '2026-11-10'", "t.title")])),
    (A, "overdue", "how many overdue tasks do i have, and which one's been sitting longest?",
     "Alex's overdue count and his oldest (due Nov 3); excludes the team's count and Priya's and Sam's oldest",
     d(contains=[tasks(f"t.owner_id = {ALEX} AND {OVERDUE}", "count(*)"),
                 tasks(f"t.owner_id = {ALEX} AND {OVERDUE}", "t.title", "ORDER BY t.due_date LIMIT 1")],
       excludes=[tasks(OVERDUE, "count(*)"),
                 tasks(f"t.owner_id <> {ALEX} AND {OVERDUE} AND t.due_date = DATE '2026-10-31'")],
       truth=[tasks(f"t.owner_id = {ALEX} AND {OVERDUE}", "count(*)"),
              tasks(f"t.owner_id = {ALEX} AND {OVERDUE}", TASK_ROW, "ORDER BY t.due_date LIMIT 1")])),
    (J, "overdue", "any overdue tasks that were due this week? (mon or tue)",
     "open tasks due Nov 16-17; the Nov 15 ones and the done task due today must not appear",
     d(contains=[tasks(f"{OVERDUE} AND t.due_date >= DATE '2026-11-16'")],
       excludes=[tasks("(t.status = 'open' AND t.due_date = DATE '2026-11-15') OR (t.status = 'done' AND t.due_date = DATE '2026-11-18')")],
       truth=[tasks(f"{OVERDUE} AND t.due_date >= DATE '2026-11-16'", TASK_ROW + ", u.name")])),
    (S, "overdue", "overdue tasks sitting on deals that are already closed?",
     "five open overdue tasks on Closed Won/Lost deals; open tasks on closed deals that are not yet due must not appear",
     d(contains=[tasks(f"{OVERDUE} AND NOT {OPEN}")],
       excludes=[tasks(f"t.status = 'open' AND t.due_date >= DATE '2026-11-18' AND NOT {OPEN} AND t.due_date < DATE '2026-11-25'")],
       truth=[tasks(f"{OVERDUE} AND NOT {OPEN}", TASK_ROW + ", d.stage")])),
    (P, "overdue", "is anything overdue on the monarch account",
     "yes, two (one on a Closed Lost deal, Alex's); the open Nov 21 task and the done tasks must not appear",
     d(contains=[tasks(f"{co('Monarch Solutions')} AND {OVERDUE}")],
       excludes=[tasks(f"{co('Monarch Solutions')} AND ((t.status = 'open' AND t.due_date = DATE '2026-11-21') OR t.status = 'done')")],
       truth=[tasks(f"{co('Monarch Solutions')} AND {OVERDUE}", TASK_ROW)])),

    # ============================================================== what_changed: latest activity / note
    (A, "what_changed", "what's the latest on the stark deal?",
     "last activity 2026-11-15, an email 'Contract questions'; the one before was 2026-10-17",
     d(contains=[latest("d.name = 'Stark Industries Software License'")],
       excludes=[latest("d.name = 'Stark Industries Software License'", "CAST(a.occurred_at AS DATE)", 1)],
       truth=[latest("d.name = 'Stark Industries Software License'", ACT_ROW)])),
    (P, "what_changed", "last note on the fabrikam software license?",
     "note 'Champion left' on 2026-11-16; the previous note ('Competitor in play', 2026-10-31) must not be given",
     d(contains=[latest("d.name = 'Fabrikam Software License' AND a.type = 'note'")],
       excludes=[latest("d.name = 'Fabrikam Software License' AND a.type = 'note'", "CAST(a.occurred_at AS DATE), a.subject", 1)],
       truth=[latest("d.name = 'Fabrikam Software License' AND a.type = 'note'", ACT_ROW)])),
    (S, "what_changed", "what happened most recently on hooli",
     "a WhatsApp check-in message on 2026-11-14; the note before it (2026-11-12) must not be given as latest",
     d(contains=[latest(co("Hooli"))],
       excludes=[latest(co("Hooli"), "CAST(a.occurred_at AS DATE), a.subject", 1)],
       truth=[latest(co("Hooli"), ACT_ROW)])),
    (R, "what_changed", "what was the last thing logged on the tailspin toys analytics suite",
     "the note 'Champion left' (2026-11-16 16:03); the Renewal call earlier that day must not be given as last",
     d(contains=[latest("d.name = 'Tailspin Toys Analytics Suite'")],
       excludes=[latest("d.name = 'Tailspin Toys Analytics Suite'", "a.subject", 1)],
       truth=[latest("d.name = 'Tailspin Toys Analytics Suite'", ACT_ROW)])),
    (J, "what_changed", "Most recent note anyone logged, team-wide?",
     "Priya's 'Champion left' on Fabrikam Software License (2026-11-16); today's message and email are not notes",
     d(contains=[latest("a.type = 'note'", "CAST(a.occurred_at AS DATE), a.subject, d.name")],
       excludes=[acts(between('a.occurred_at', '2026-11-18', '2026-11-18'), "d.name")],
       truth=[latest("a.type = 'note'", ACT_ROW + ", u.name")])),
    (A, "what_changed", "what's happened on my deals since last friday",
     "since Fri Nov 13 (Alex logged nothing Nov 13-14): three deals; his Nov 12 Proseware activity and Priya's Nov 13 Acme Logistics email must not appear",
     d(contains=[acts(f"d.owner_id = {ALEX} AND a.occurred_at >= DATE '2026-11-13'", "DISTINCT d.name")],
       excludes=[acts(f"(d.owner_id = {ALEX} AND {between('a.occurred_at', '2026-11-12', '2026-11-12')}) "
                      f"OR (d.owner_id = {PRIYA} AND {between('a.occurred_at', '2026-11-13', '2026-11-13')} AND a.type = 'email')",
                      "DISTINCT d.name")],
       truth=[acts(f"d.owner_id = {ALEX} AND a.occurred_at >= DATE '2026-11-13'", ACT_ROW)])),
    (S, "what_changed", "when was the lucerne deal last touched and what was it",
     "2026-11-11, a Follow-up email; the Nov 9 workshop is the one before",
     d(contains=[latest("d.name = 'Lucerne Publishing Consulting Services'")],
       excludes=[latest("d.name = 'Lucerne Publishing Consulting Services'", "CAST(a.occurred_at AS DATE)", 1)],
       truth=[latest("d.name = 'Lucerne Publishing Consulting Services'", ACT_ROW)])),
    (R, "what_changed", "latest activity logged by sam",
     "Hooli Security Add-on, WhatsApp check-in, 2026-11-14 17:44; Sam's Margie's entry earlier that day and today's (other reps') entries must not be given",
     d(contains=[latest(f"a.author_id = {SAM}", "CAST(a.occurred_at AS DATE), a.subject, d.name")],
       excludes=[acts(between('a.occurred_at', '2026-11-18', '2026-11-18'), "d.name"),
                 latest(f"a.author_id = {SAM}", "d.name", 1)],
       truth=[latest(f"a.author_id = {SAM}", ACT_ROW)])),

    # ============================================================== first_name: a contact named by first name only
    (A, "first_name", "what's richard's email again",
     "Richard Hendricks (Pied Piper, the only Richard); the other two Pied Piper addresses must not be given",
     d(contains=[people("p.first_name = 'Richard'", "p.email")],
       excludes=[people(f"{co('Pied Piper')} AND p.first_name <> 'Richard'", "p.email")],
       truth=[people("p.first_name = 'Richard'", PERSON_ROW)])),
    (P, "first_name", "keith's number?",
     "Keith Fischer (Margie's Travel); the other two Margie's Travel contacts' numbers must not be given",
     d(contains=[people("p.first_name = 'Keith'", "p.phone")],
       excludes=[people(f"{co(MARGIES)} AND p.first_name <> 'Keith'", "p.phone")],
       truth=[people("p.first_name = 'Keith'", PERSON_ROW)])),
    (S, "first_name", "what company is zoe with",
     "Zoe Carter, Bluth Company; Cora Carter is at Massive Dynamic",
     d(contains=[people("p.first_name = 'Zoe'", "c.name")],
       excludes=[people(who("Cora", "Carter"), "c.name")],
       truth=[people("p.first_name = 'Zoe'", PERSON_ROW)])),
    (R, "first_name", "who is hannah and where does she work",
     "Hannah Collins, Product Manager at Cyberdyne; Anton Collins is at Proseware",
     d(contains=[people("p.first_name = 'Hannah'", f"{PERSON}, p.title, c.name")],
       excludes=[people(who("Anton", "Collins"), "c.name")],
       truth=[people("p.first_name = 'Hannah'", PERSON_ROW)])),
    (J, "first_name", "Which company is Elise at?",
     "Elise Russo, Trey Research; the other Russos are at Hooli and Monarch Solutions",
     d(contains=[people("p.first_name = 'Elise'", "c.name")],
       excludes=[people("p.last_name = 'Russo' AND p.first_name <> 'Elise'", "c.name")],
       truth=[people("p.first_name = 'Elise'", PERSON_ROW)])),
    (A, "first_name", "when did i last talk to gideon?",
     "Alex's last activity with Gideon Cruz is 2026-10-24 (Blue Yonder Airlines Security Add-on); Gideon's latest overall (2026-11-17) is Priya's",
     d(contains=[latest_day(f"{who('Gideon', 'Cruz')} AND a.author_id = {ALEX}")],
       excludes=[latest_day(who("Gideon", "Cruz"))],
       truth=[acts(f"{who('Gideon', 'Cruz')} AND a.author_id = {ALEX}", ACT_ROW, "ORDER BY a.occurred_at DESC LIMIT 2")])),
    (P, "first_name", "what's petra's title",
     "Petra Gray, Office Manager at Tailspin Toys; Simon Evans (VP Sales) is the other Tailspin contact",
     d(contains=[people("p.first_name = 'Petra'", "p.title")],
       excludes=[people(who("Simon", "Evans"), "p.title")],
       truth=[people("p.first_name = 'Petra'", PERSON_ROW)])),
    (S, "first_name", "what deals is connor on and what stage are they",
     "Connor Kim: three Fabrikam deals (Proposal, Qualified, Proposal); no deal of his is in Negotiation or closed",
     d(contains=[deals("p.first_name = 'Connor'", "d.name, d.stage")],
       excludes=[lit("Negotiation", "Closed Won", "Closed Lost")],
       truth=[deals("p.first_name = 'Connor'", DEAL_ROW)])),

    # ============================================================== misspelling: a company misspelled
    (A, "misspelling", "nakatomy - which deals are at negotiation",
     "Nakatomi Trading: only the Consulting Services deal; its other three deals must not appear",
     d(contains=[deals(f"{co('Nakatomi Trading')} AND d.stage = 'Negotiation'")],
       excludes=[deals(f"{co('Nakatomi Trading')} AND d.stage <> 'Negotiation'")],
       truth=[deals(f"{co('Nakatomi Trading')} AND d.stage = 'Negotiation'", DEAL_ROW)])),
    (P, "misspelling", "contacts at cyberdine?",
     "Cyberdyne's two contacts; Tyrell Systems (the other Robotics account) has the two excluded",
     d(contains=[people(co("Cyberdyne"))],
       excludes=[people(co("Tyrell Systems"))],
       truth=[people(co("Cyberdyne"), PERSON_ROW)])),
    (S, "misspelling", "whats the status of the umbrela health deal",
     "Proposal, closing 2026-11-23; Northwind Health's (won) deal must not appear",
     d(contains=[deals(co("Umbrella Health"), "d.name, d.stage")],
       excludes=[deals(co("Northwind Health")), lit("Closed Won")],
       truth=[deals(co("Umbrella Health"), DEAL_ROW)])),
    (R, "misspelling", "who owns the woodgrove bnak account",
     "account owner Sam; the Woodgrove deal is Priya's (questions3 convention: the other owner is the exclude)",
     d(contains=[company_owner("Woodgrove Bank")],
       excludes=[deals(co("Woodgrove Bank"), f"DISTINCT {FIRST}")],
       truth=[company_owner("Woodgrove Bank")])),
    (J, "misspelling", "what industry + website is gringots",
     "Finance, gringotts.com; the misspelling echoed as a domain (gringots.com) is wrong",
     d(contains=["SELECT c.industry, c.domain FROM companies c WHERE c.name = 'Gringotts Finance'"],
       excludes=[lit("gringots.com")],
       truth=["SELECT c.name, c.industry, c.domain FROM companies c WHERE c.name = 'Gringotts Finance'"])),
    (A, "misspelling", "tyrel systms deals",
     "Tyrell Systems' two deals; Cyberdyne (the other Robotics account) must not appear",
     d(contains=[deals(co("Tyrell Systems"))],
       excludes=[deals(co("Cyberdyne"))],
       truth=[deals(co("Tyrell Systems"), DEAL_ROW)])),
    (P, "misspelling", "prestige world wide deal - contact and close date?",
     "Camila West, 2027-03-06; Kira Schmidt is the other Prestige contact",
     d(contains=[deals(co("Prestige Worldwide"), f"{PERSON}, d.close_date")],
       excludes=[people(f"{co('Prestige Worldwide')} AND p.first_name <> 'Camila'")],
       truth=[deals(co("Prestige Worldwide"), DEAL_ROW + f", {PERSON}")])),
    (S, "misspelling", "last activity w/ blue yonder airline",
     "2026-11-17 (Priya's follow-up email); the day before that with activity must not be given",
     d(contains=[latest_day(co("Blue Yonder Airlines"))],
       excludes=[latest_day(co("Blue Yonder Airlines"), 2)],
       truth=[latest(co("Blue Yonder Airlines"), ACT_ROW)])),

    # ============================================================== product: deals by product
    (A, "product", "platform deals over 100k still open?",
     "three; the lost Southridge Video Platform (104,000) and the 77,000 Alpine Ski House Platform must not appear",
     d(contains=[deals(f"{OPEN} AND d.product = 'Platform' AND d.amount > 100000")],
       excludes=[deals("d.product = 'Platform' AND (d.stage = 'Closed Lost' OR d.amount BETWEEN 70000 AND 100000)")],
       truth=[deals(f"{OPEN} AND d.product = 'Platform' AND d.amount > 100000", DEAL_ROW)])),
    (P, "product", "total value of open security add-on deals",
     "seven open deals; excludes the total that also counts the two won and two lost",
     d(contains=[deals(f"{OPEN} AND d.product = 'Security Add-on'", "sum(d.amount)")],
       excludes=[deals("d.product = 'Security Add-on'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.product = 'Security Add-on'", "sum(d.amount)"),
              deals(f"{OPEN} AND d.product = 'Security Add-on'", DEAL_ROW)])),
    (S, "product", "which support plan deals do i have open",
     "Sam's two; his lost Margie's Travel Support Plan and other reps' Support Plans must not appear",
     d(contains=[deals(f"{OPEN} AND d.product = 'Support Plan' AND d.owner_id = {SAM}")],
       excludes=[deals(f"d.product = 'Support Plan' AND (NOT {OPEN} OR d.owner_id = {PRIYA})")],
       truth=[deals(f"{OPEN} AND d.product = 'Support Plan' AND d.owner_id = {SAM}", DEAL_ROW)])),
    (R, "product", "open consulting services deals due to close this quarter",
     "close date by 2026-12-31: Sterling Cooper (overdue, Nov 9) and Woodgrove (Nov 28); the lost Massive Dynamic deal (Oct) and January's Nakatomi deal must not appear",
     d(contains=[deals(f"{OPEN} AND d.product = 'Consulting Services' AND d.close_date <= DATE '2026-12-31'")],
       excludes=[deals("d.product = 'Consulting Services' AND (d.stage = 'Closed Lost' OR "
                       f"{between('d.close_date', *JAN)})")],
       truth=[deals(f"{OPEN} AND d.product = 'Consulting Services' AND d.close_date <= DATE '2026-12-31'", DEAL_ROW)])),
    (J, "product", "Which product line has the most open pipeline?",
     "Consulting Services with 1,128,000; Software License (891,000) is second",
     d(contains=[deals(OPEN, "d.product, sum(d.amount)", "GROUP BY d.product ORDER BY sum(d.amount) DESC LIMIT 1")],
       excludes=[deals(OPEN, "d.product", "GROUP BY d.product ORDER BY sum(d.amount) DESC LIMIT 1 OFFSET 1")],
       truth=[deals(OPEN, "d.product, sum(d.amount), count(*)", "GROUP BY d.product ORDER BY sum(d.amount) DESC LIMIT 1")])),
    (A, "product", "my open software license deals",
     "Alex's four open deals with product Software License (Acme Corp Expansion's product is Software License too); his closed ones and other reps' must not appear",
     d(contains=[deals(f"{OPEN} AND d.product = 'Software License' AND d.owner_id = {ALEX}")],
       excludes=[deals(f"d.product = 'Software License' AND ((NOT {OPEN} AND d.owner_id = {ALEX}) OR d.owner_id = {PRIYA})")],
       truth=[deals(f"{OPEN} AND d.product = 'Software License' AND d.owner_id = {ALEX}", DEAL_ROW)])),
    (P, "product", "how many analytics suite deals do i have",
     "Priya owns 3 (all open); excludes the team's 9",
     d(contains=[deals(f"d.product = 'Analytics Suite' AND d.owner_id = {PRIYA}", "count(*)")],
       excludes=[deals("d.product = 'Analytics Suite'", "count(*)")],
       truth=[deals(f"d.product = 'Analytics Suite' AND d.owner_id = {PRIYA}", "count(*)"),
              deals(f"d.product = 'Analytics Suite' AND d.owner_id = {PRIYA}", "d.name, d.stage")])),
    (S, "product", "which products have we lost deals on this year",
     "five of the six products; no Analytics Suite deal was lost",
     d(contains=[deals(f"{LOST} AND {YEAR}", "DISTINCT d.product")],
       excludes=[lit("Analytics Suite")],
       truth=[deals(f"{LOST} AND {YEAR}", "d.product, d.name, d.amount, d.close_date")])),

    # ============================================================== per_rep: counts / sums per rep
    (J, "per_rep", "open deal count per rep",
     "Alex 20, Priya 18, Sam 10; excludes the counts with closed deals (25, 21, 14)",
     d(contains=[deals(OPEN, "count(*)", "GROUP BY u.name")],
       excludes=[deals("TRUE", "count(*)", "GROUP BY u.name")],
       truth=[deals(OPEN, f"{FIRST}, count(*)", "GROUP BY u.name")])),
    (R, "per_rep", "how many activities did each rep log last week",
     "Nov 9-15 per rep; excludes the team total",
     d(contains=[acts(between('a.occurred_at', *LAST_WEEK), "count(*)", "GROUP BY u.name")],
       excludes=[acts(between('a.occurred_at', *LAST_WEEK), "count(*)")],
       truth=[acts(between('a.occurred_at', *LAST_WEEK), f"{FIRST}, count(*)", "GROUP BY u.name")])),
    (A, "per_rep", "how many open tasks does each of us have",
     "open tasks per rep; excludes the per-rep counts that include done tasks",
     d(contains=[tasks("t.status = 'open'", "count(*)", "GROUP BY u.name")],
       excludes=[tasks("TRUE", "count(*)", "GROUP BY u.name")],
       truth=[tasks("t.status = 'open'", f"{FIRST}, count(*)", "GROUP BY u.name")])),
    (P, "per_rep", "count of contacts owned by each rep",
     "contacts per owner; excludes the total 120",
     d(contains=["SELECT count(*) FROM contacts p JOIN users u ON u.id = p.owner_id GROUP BY u.name"],
       excludes=["SELECT count(*) FROM contacts"],
       truth=["SELECT split_part(u.name, ' ', 1), count(*) FROM contacts p JOIN users u ON u.id = p.owner_id GROUP BY u.name"])),
    (S, "per_rep", "negotiation $ by rep",
     "Alex 54,000, Priya 175,000, Sam 156,500; excludes the team's Negotiation total",
     d(contains=[deals("d.stage = 'Negotiation'", "sum(d.amount)", "GROUP BY u.name")],
       excludes=[deals("d.stage = 'Negotiation'", "sum(d.amount)")],
       truth=[deals("d.stage = 'Negotiation'", f"{FIRST}, sum(d.amount), count(*)", "GROUP BY u.name")])),
    (J, "per_rep", "Who has the most overdue tasks?",
     "Alex, with the count; excludes Alex's count of all open tasks",
     d(contains=[tasks(OVERDUE, f"{FIRST}, count(*)", "GROUP BY u.name ORDER BY count(*) DESC LIMIT 1")],
       excludes=[tasks(f"t.status = 'open' AND t.owner_id = {ALEX}", "count(*)")],
       truth=[tasks(OVERDUE, f"{FIRST}, count(*)", "GROUP BY u.name ORDER BY count(*) DESC")])),
    (R, "per_rep", "lost deals per rep this year - count and $",
     "Alex 4 / 417,000, Priya 1 / 54,000, Sam 2 / 280,000 (amount labels); excludes the per-rep won totals",
     d(contains=[deals(f"{LOST} AND {YEAR}", "sum(d.amount)", "GROUP BY u.name")],
       excludes=[deals(f"{WON} AND {YEAR}", "sum(d.amount)", "GROUP BY u.name")],
       truth=[deals(f"{LOST} AND {YEAR}", f"{FIRST}, count(*), sum(d.amount)", "GROUP BY u.name")])),
    (A, "per_rep", "how many meetings did each rep log in october",
     "meeting counts per rep in October; excludes the per-rep counts of all activity types",
     d(contains=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *OCT)}", "count(*)", "GROUP BY u.name")],
       excludes=[acts(between('a.occurred_at', *OCT), "count(*)", "GROUP BY u.name")],
       truth=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *OCT)}", f"{FIRST}, count(*)", "GROUP BY u.name")])),

    # ============================================================== average
    (J, "average", "average value of deals we've won this year",
     "five wins, 427,000 / 5 = 85,400; excludes the average lost deal and the average open deal",
     d(contains=[deals(f"{WON} AND {YEAR}", "round(avg(d.amount))")],
       excludes=[deals(f"{LOST} AND {YEAR}", "round(avg(d.amount))"), deals(OPEN, "round(avg(d.amount))")],
       truth=[deals(f"{WON} AND {YEAR}", "round(avg(d.amount)), count(*), sum(d.amount)")])),
    (P, "average", "avg deal size in my pipeline",
     "Priya's open deals, rounded; excludes her average with closed deals and the team's open average",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "round(avg(d.amount))")],
       excludes=[deals(f"d.owner_id = {PRIYA}", "round(avg(d.amount))"), deals(OPEN, "round(avg(d.amount))")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "round(avg(d.amount)), count(*), sum(d.amount)")])),
    (S, "average", "average amount of the deals closing in q1",
     "Q1 = Jan-Mar 2027, open deals; excludes the Q1 total",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "round(avg(d.amount))")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "round(avg(d.amount)), count(*)")])),
    (R, "average", "mean deal amount at the Lead stage?",
     "rounded; excludes the Lead total",
     d(contains=[deals("d.stage = 'Lead'", "round(avg(d.amount))")],
       excludes=[deals("d.stage = 'Lead'", "sum(d.amount)")],
       truth=[deals("d.stage = 'Lead'", "round(avg(d.amount)), count(*)")])),
    (A, "average", "avg value of deals with companies in the software industry",
     "Initech, Pied Piper, Proseware (Litware has no deals): five deals, 88,800; excludes their total",
     d(contains=[deals("c.industry = 'Software'", "round(avg(d.amount))")],
       excludes=[deals("c.industry = 'Software'", "sum(d.amount)")],
       truth=[deals("c.industry = 'Software'", "round(avg(d.amount)), count(*)"),
              deals("c.industry = 'Software'", DEAL_ROW)])),
    (J, "average", "Average amount of the deals Alex lost this year?",
     "four losses, 104,250; excludes their total",
     d(contains=[deals(f"{LOST} AND {YEAR} AND d.owner_id = {ALEX}", "round(avg(d.amount))")],
       excludes=[deals(f"{LOST} AND {YEAR} AND d.owner_id = {ALEX}", "sum(d.amount)")],
       truth=[deals(f"{LOST} AND {YEAR} AND d.owner_id = {ALEX}", "round(avg(d.amount)), count(*)")])),

    # ============================================================== count_total: how many ... and the total
    (A, "count_total", "how many deals close in the next 2 weeks and what are they worth together",
     "open deals closing Nov 18 - Dec 2 (6); excludes totals that add the three overdue deals or Fabrikam Software License (Dec 3)",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-18', '2026-12-02')}", "count(*), sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND d.close_date <= DATE '2026-12-02'", "sum(d.amount)"),
                 deals(f"{OPEN} AND {between('d.close_date', '2026-11-18', '2026-12-03')}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-18', '2026-12-02')}", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND {between('d.close_date', '2026-11-18', '2026-12-02')}", DEAL_ROW)])),
    (P, "count_total", "how many open deals r in proposal + what's the total",
     "count and total at Proposal; excludes the Negotiation total",
     d(contains=[deals("d.stage = 'Proposal'", "count(*), sum(d.amount)")],
       excludes=[deals("d.stage = 'Negotiation'", "sum(d.amount)")],
       truth=[deals("d.stage = 'Proposal'", "count(*), sum(d.amount)")])),
    (S, "count_total", "how many deals have we lost since august and how much was that",
     "6 losses from Aug 1 on, 565,000; excludes the whole-year figures (7, 751,000)",
     d(contains=[deals(f"{LOST} AND d.close_date >= DATE '2026-08-01'", "count(*), sum(d.amount)")],
       excludes=[deals(f"{LOST} AND {YEAR}", "sum(d.amount)")],
       truth=[deals(f"{LOST} AND d.close_date >= DATE '2026-08-01'", "count(*), sum(d.amount)"),
              deals(f"{LOST} AND d.close_date >= DATE '2026-08-01'", DEAL_ROW)])),
    (R, "count_total", "number of open deals over 150k, and their combined value",
     "open only; excludes the total that also counts closed deals over 150,000",
     d(contains=[deals(f"{OPEN} AND d.amount > 150000", "count(*), sum(d.amount)")],
       excludes=[deals("d.amount > 150000", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.amount > 150000", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND d.amount > 150000", DEAL_ROW)])),
    (J, "count_total", "How many deals does Acme Corp have, and what are they worth in total?",
     "2 deals, 117,000; Acme Logistics' 30,000 and the two Acmes combined (147,000) must not be given",
     d(contains=[deals(co("Acme Corp"), "count(*), sum(d.amount)")],
       excludes=[deals(co("Acme Logistics"), "sum(d.amount)"), deals("c.name LIKE 'Acme%'", "sum(d.amount)")],
       truth=[deals(co("Acme Corp"), "count(*), sum(d.amount)"), deals(co("Acme Corp"), DEAL_ROW)])),
    (S, "count_total", "how many tasks have i closed out vs how many r still open",
     "Sam's done and open counts; excludes the team's counts",
     d(contains=[tasks(f"t.owner_id = {SAM}", "count(*)", "GROUP BY t.status")],
       excludes=[tasks("TRUE", "count(*)", "GROUP BY t.status")],
       truth=[tasks(f"t.owner_id = {SAM}", "t.status, count(*)", "GROUP BY t.status")])),
    (P, "count_total", "fabrikam - number of deals and total value?",
     "3 deals, 440,000; Acme Corp (the other Manufacturing account) total must not be given",
     d(contains=[deals(co("Fabrikam"), "count(*), sum(d.amount)")],
       excludes=[deals(co("Acme Corp"), "sum(d.amount)")],
       truth=[deals(co("Fabrikam"), "count(*), sum(d.amount)"), deals(co("Fabrikam"), DEAL_ROW)])),
    (R, "count_total", "how many deals did we win in q3 and for how much",
     "Jul-Sep: 3 wins, 129,000; excludes October's win and the Q3 won+lost total",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *Q3)}", "count(*), sum(d.amount)")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *OCT)}", "sum(d.amount)"),
                 deals(f"NOT {OPEN} AND {between('d.close_date', *Q3)}", "sum(d.amount)")],
       truth=[deals(f"{WON} AND {between('d.close_date', *Q3)}", "count(*), sum(d.amount)"),
              deals(f"{WON} AND {between('d.close_date', *Q3)}", DEAL_ROW)])),

    # ============================================================== yes_no
    (A, "yes_no", "did we close anything w/ cyberdyne?",
     "yes: Cyberdyne Software License, Closed Won (2026-09-02); nothing was lost there",
     d(contains=[deals(f"{co('Cyberdyne')} AND NOT {OPEN}", "d.name, d.stage")],
       excludes=[lit("Closed Lost")],
       truth=[deals(co("Cyberdyne"), DEAL_ROW)])),
    (P, "yes_no", "have we ever lost a deal at margie's travel",
     "yes: the Support Plan (Sam's), Closed Lost; Priya's own loss (Gringotts) is not at Margie's",
     d(contains=[deals(f"{co(MARGIES)} AND {LOST}", "d.name, d.stage")],
       excludes=[deals(f"{LOST} AND d.owner_id = {PRIYA}")],
       truth=[deals(co(MARGIES), DEAL_ROW)])),
    (S, "yes_no", "is the umbrella deal still set to close this month?",
     "yes: 2026-11-23, still at Proposal (though nothing logged since 2026-10-24)",
     d(contains=[deals(co("Umbrella Health"), "d.close_date, d.stage")],
       excludes=[CLOSED_STAGES],
       truth=[deals(co("Umbrella Health"), DEAL_ROW)])),
    (R, "yes_no", "any activity on the sterling cooper analytics suite in november?",
     "no: its last activity is 2026-10-24; the Sterling Cooper Consulting deal's Nov 10 touch is another deal",
     d(contains=[latest_day("d.name = 'Sterling Cooper Analytics Suite'")],
       excludes=[latest_day("d.name = 'Sterling Cooper Consulting Services'")],
       truth=[latest("d.name = 'Sterling Cooper Analytics Suite'", ACT_ROW)])),
    (J, "yes_no", "Is anything with Northwind Health still open?",
     "no: its only deal is Closed Won; Umbrella Health (the other Healthcare account) has the open one",
     d(contains=[deals(co("Northwind Health"), "d.name, d.stage")],
       excludes=[deals(co("Umbrella Health"))],
       truth=[deals(co("Northwind Health"), DEAL_ROW)])),
    (A, "yes_no", "do i have any deals in negotiation?",
     "yes, two; Sam's and Priya's Negotiation deals must not appear",
     d(contains=[deals(f"d.stage = 'Negotiation' AND d.owner_id = {ALEX}")],
       excludes=[deals(f"d.stage = 'Negotiation' AND d.owner_id <> {ALEX}")],
       truth=[deals(f"d.stage = 'Negotiation' AND d.owner_id = {ALEX}", DEAL_ROW)])),
    (P, "yes_no", "any of my deals past their close date?",
     "yes: Alpine Ski House Security Add-on (2026-11-16, still Qualified); Sam's and Alex's overdue deals are not hers",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND d.close_date < DATE '2026-11-18'")],
       excludes=[deals(f"{OPEN} AND d.owner_id <> {PRIYA} AND d.close_date < DATE '2026-11-18'")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND d.close_date < DATE '2026-11-18'", DEAL_ROW)])),
    (J, "yes_no", "Has Priya logged any calls this week?",
     "yes, two (Tailspin Renewal call, Globex Check-in call, both Nov 16); her emails/meetings on other deals this week are not calls",
     d(contains=[acts(f"a.author_id = {PRIYA} AND a.type = 'call' AND {between('a.occurred_at', *THIS_WEEK)}", "d.name")],
       excludes=[acts(f"a.author_id = {PRIYA} AND a.type = 'email' AND {between('a.occurred_at', '2026-11-17', '2026-11-17')}",
                      "d.name")],
       truth=[acts(f"a.author_id = {PRIYA} AND a.type = 'call' AND {between('a.occurred_at', *THIS_WEEK)}", ACT_ROW)])),

    # ============================================================== company_deals
    (S, "company_deals", "what's in play at blue yonder",
     "three open deals (two Priya's, one Alex's)",
     d(contains=[deals(f"{co('Blue Yonder Airlines')} AND {OPEN}")],
       excludes=[CLOSED_STAGES],
       truth=[deals(co("Blue Yonder Airlines"), DEAL_ROW)])),
    (P, "company_deals", "cyberdyne - every deal incl closed ones, w/ amounts",
     "three deals (one Closed Won); amounts are in the truth; Tyrell Systems' deals must not appear",
     d(contains=[deals(co("Cyberdyne")), deals(f"{co('Cyberdyne')} AND NOT {OPEN}", "d.stage")],
       excludes=[deals(co("Tyrell Systems"))],
       truth=[deals(co("Cyberdyne"), DEAL_ROW)])),
    (J, "company_deals", "List the Proseware deals along with who owns each.",
     "three deals: two Alex's, one Priya's; none is closed",
     d(contains=[deals(co("Proseware"), f"d.name, {FIRST}")],
       excludes=[CLOSED_STAGES],
       truth=[deals(co("Proseware"), DEAL_ROW + f", {FIRST}")])),
    (R, "company_deals", "deals at southridge video?",
     "one deal, Closed Lost; Prestige Worldwide (the other Media account) must not appear",
     d(contains=[deals(co("Southridge Video"), "d.name, d.stage")],
       excludes=[deals(co("Prestige Worldwide"))],
       truth=[deals(co("Southridge Video"), DEAL_ROW)])),
    (A, "company_deals", "trey research - what's the deal situation",
     "one deal, Qualified, 74,000; Massive Dynamic (the other Research account) must not appear",
     d(contains=[deals(co("Trey Research"), "d.name, d.stage, d.amount")],
       excludes=[deals(co("Massive Dynamic"))],
       truth=[deals(co("Trey Research"), DEAL_ROW)])),
    (J, "company_deals", "Which companies have four or more deals?",
     "Nakatomi Trading and Alpine Ski House (4 each); the six companies with three must not appear",
     d(contains=[deals("TRUE", "c.name", "GROUP BY c.name HAVING count(*) >= 4")],
       excludes=[deals("TRUE", "c.name", "GROUP BY c.name HAVING count(*) = 3")],
       truth=[deals("TRUE", "c.name, count(*)", "GROUP BY c.name HAVING count(*) >= 4")])),

    # ============================================================== contact_info
    (A, "contact_info", "email for the CFO at umbrella",
     "Alicia Tanaka; Elena Garcia (CIO) is the deal contact, not the CFO",
     d(contains=[people(f"{co('Umbrella Health')} AND p.title = 'CFO'", "p.email")],
       excludes=[people(who("Elena", "Garcia"), "p.email")],
       truth=[people(f"{co('Umbrella Health')} AND p.title = 'CFO'", PERSON_ROW)])),
    (P, "contact_info", "phone # for tom becker pls",
     "Chris Park is the other fixed Acme Logistics contact",
     d(contains=[people(who("Tom", "Becker"), "p.phone")],
       excludes=[people(who("Chris", "Park"), "p.phone")],
       truth=[people(who("Tom", "Becker"), PERSON_ROW)])),
    (S, "contact_info", "who's edgar cook",
     "CTO at Wonka Labs; Brooke Cook is at Gringotts Finance",
     d(contains=[people(who("Edgar", "Cook"), "p.title, c.name")],
       excludes=[people(who("Brooke", "Cook"), "c.name")],
       truth=[people(who("Edgar", "Cook"), PERSON_ROW)])),
    (R, "contact_info", "luke jensen contact details",
     "email, phone, title; Logan Jensen (Alpine Ski House) is the near-name",
     d(contains=[people(who("Luke", "Jensen"), "p.email, p.phone, p.title")],
       excludes=[people(who("Logan", "Jensen"), "p.email, p.phone")],
       truth=[people(who("Luke", "Jensen"), PERSON_ROW)])),
    (J, "contact_info", "What is Ivy Fischer's email address?",
     "Oscorp; Keith Fischer is at Margie's Travel",
     d(contains=[people(who("Ivy", "Fischer"), "p.email")],
       excludes=[people(who("Keith", "Fischer"), "p.email")],
       truth=[people(who("Ivy", "Fischer"), PERSON_ROW)])),
    (A, "contact_info", "carmen young - which company + email?",
     "Contoso; Paolo Young is at Tyrell Systems",
     d(contains=[people(who("Carmen", "Young"), "c.name, p.email")],
       excludes=[people(who("Paolo", "Young"), "p.email, c.name")],
       truth=[people(who("Carmen", "Young"), PERSON_ROW)])),

    # ============================================================== owner: account vs deal owner
    (A, "owner", "who owns the fabrikam account",
     "Priya; two of the three Fabrikam deals are Sam's (questions3 convention: the other owner is the exclude)",
     d(contains=[company_owner("Fabrikam")],
       excludes=[deals(f"{co('Fabrikam')} AND d.owner_id = {SAM}", f"DISTINCT {FIRST}")],
       truth=[company_owner("Fabrikam")])),
    (P, "owner", "whose is the contoso analytics deal",
     "deal owner Sam; the account is Alex's",
     d(contains=[deals("d.name = 'Contoso Analytics Suite'", FIRST)],
       excludes=[company_owner("Contoso")],
       truth=[deals("d.name = 'Contoso Analytics Suite'", f"d.name, {FIRST}")])),
    (S, "owner", "who's the rep on the trey research deal",
     "Priya (she owns the account too); Sam and Alex have nothing there",
     d(contains=[deals(co("Trey Research"), FIRST)],
       excludes=[users(f"u.id IN ({ALEX}, {SAM})")],
       truth=[deals(co("Trey Research"), f"d.name, {FIRST}")])),
    (R, "owner", "dunder mifflin: account owner vs deal owner?",
     "account Sam, deal Alex; Priya has nothing there",
     d(contains=[company_owner("Dunder Mifflin"), deals(co("Dunder Mifflin"), FIRST)],
       excludes=[users(f"u.id = {PRIYA}")],
       truth=[company_owner("Dunder Mifflin"), deals(co("Dunder Mifflin"), f"d.name, {FIRST}")])),
    (J, "owner", "Who's the account owner for Blue Yonder Airlines?",
     "Alex (two of its three deals are Priya's); Sam has nothing there",
     d(contains=[company_owner("Blue Yonder Airlines")],
       excludes=[users(f"u.id = {SAM}")],
       truth=[company_owner("Blue Yonder Airlines")])),
    (R, "owner", "massive dynamic - whose account is it?",
     "Alex; the lost Consulting Services deal was Sam's (questions3 convention: the other owner is the exclude)",
     d(contains=[company_owner("Massive Dynamic")],
       excludes=[deals(f"{co('Massive Dynamic')} AND d.owner_id = {SAM}", FIRST)],
       truth=[company_owner("Massive Dynamic")])),

    # ============================================================== stale_deals
    (S, "stale_deals", "which of my deals have had nothing logged in november",
     "Sam's open deals whose latest activity is before Nov 1; his Contoso Analytics Suite (Nov 4) and Alex's quiet deals must not appear",
     d(contains=[quiet(f"d.owner_id = {SAM}", "DATE '2026-11-01'")],
       excludes=[busy(f"d.owner_id = {SAM} AND d.stage = 'Negotiation'", "DATE '2026-11-01'"),
                 quiet(f"d.owner_id = {ALEX} AND d.stage = 'Proposal' AND d.amount < 30000", "DATE '2026-11-01'")],
       truth=[quiet(f"d.owner_id = {SAM}", "DATE '2026-11-01'", "d.name, d.stage, CAST(max(a.occurred_at) AS DATE)")])),
    (P, "stale_deals", "my deals that haven't been touched since before halloween",
     "Priya's open deals last touched before Oct 31; her deals last touched Nov 2 must not appear",
     d(contains=[quiet(f"d.owner_id = {PRIYA}", "DATE '2026-10-31'")],
       excludes=[deals(named("Margie's Travel Software License", "Monarch Solutions Platform"))],
       truth=[quiet(f"d.owner_id = {PRIYA}", "DATE '2026-10-31'", "d.name, d.stage, CAST(max(a.occurred_at) AS DATE)")])),
    (A, "stale_deals", "my open deals with nothing logged since oct 25",
     "Alex's five open deals last touched before Oct 25 (four at 2026-10-24, one 2026-10-17); Tyrell Security Add-on (Oct 31) and Tailspin Support Plan (Nov 1) must not appear",
     d(contains=[quiet(f"d.owner_id = {ALEX}", "DATE '2026-10-25'")],
       excludes=[deals(named("Tyrell Systems Security Add-on", "Tailspin Toys Support Plan"))],
       truth=[quiet(f"d.owner_id = {ALEX}", "DATE '2026-10-25'", "d.name, d.stage, CAST(max(a.occurred_at) AS DATE)")])),
    (R, "stale_deals", "which open deals over 100k have been quiet for more than a month",
     "latest activity before Oct 18 09:00 (a month = 31 days; 30 days gives the same two); Nakatomi Security Add-on (52,000) and Tailspin Support Plan (126,000, Nov 1) must not appear",
     d(contains=[quiet("d.amount > 100000", f"{NOW} - INTERVAL 31 DAY")],
       excludes=[deals(named("Nakatomi Trading Security Add-on", "Tailspin Toys Support Plan"))],
       truth=[quiet("d.amount > 100000", f"{NOW} - INTERVAL 30 DAY", "d.name, d.amount, CAST(max(a.occurred_at) AS DATE)")])),
    (J, "stale_deals", "What's the most neglected open deal right now?",
     "the open deal with the oldest latest activity: Fabrikam Security Add-on (2026-10-08); the runner-up (Nakatomi Trading Security Add-on, 2026-10-17) must not be given",
     d(contains=[quiet("TRUE", NOW, "d.name, CAST(max(a.occurred_at) AS DATE)", "ORDER BY max(a.occurred_at) NULLS FIRST LIMIT 1")],
       excludes=[quiet("TRUE", NOW, "d.name", "ORDER BY max(a.occurred_at) NULLS FIRST LIMIT 1 OFFSET 1")],
       truth=[quiet("TRUE", NOW, "d.name, d.stage, d.amount, CAST(max(a.occurred_at) AS DATE)",
                    "ORDER BY max(a.occurred_at) NULLS FIRST LIMIT 1")])),
    (S, "stale_deals", "qualified deals w/ no activity in 10+ days?",
     "only Nakatomi Trading Software License (last 2026-11-05); the Qualified deals last touched 8-9 days ago must not appear",
     d(contains=[quiet("d.stage = 'Qualified'", f"{NOW} - INTERVAL 10 DAY")],
       excludes=[deals(named("Proseware Consulting Services", "Contoso Support Plan"))],
       truth=[quiet("d.stage = 'Qualified'", f"{NOW} - INTERVAL 10 DAY", "d.name, d.amount, CAST(max(a.occurred_at) AS DATE)")])),

    # ============================================================== tasks
    (S, "tasks", "what do i have due next week",
     "Sam's open tasks due Nov 23-29 (five); the done task due Nov 25, the Dec 2 task and his Nov 21 task must not appear",
     d(contains=[tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND {between('t.due_date', *NEXT_WEEK)}")],
       excludes=[tasks(f"t.owner_id = {SAM} AND ((t.status = 'done' AND t.due_date = DATE '2026-11-25') "
                       "OR (t.status = 'open' AND t.due_date IN (DATE '2026-12-02', DATE '2026-11-21')))")],
       truth=[tasks(f"t.owner_id = {SAM} AND t.status = 'open' AND {between('t.due_date', *NEXT_WEEK)}", TASK_ROW)])),
    (P, "tasks", "open tasks on the monarch software license deal",
     "four open tasks, three distinct titles; the two done tasks must not appear",
     d(contains=[tasks(f"d.name = 'Monarch Solutions Software License' AND t.status = 'open'", "DISTINCT t.title")],
       excludes=[tasks(f"d.name = 'Monarch Solutions Software License' AND t.status = 'done'")],
       truth=[tasks(f"d.name = 'Monarch Solutions Software License' AND t.status = 'open'", TASK_ROW)])),
    (R, "tasks", "how many open tasks does priya have",
     "excludes the team's open count",
     d(contains=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'open'", "count(*)")],
       excludes=[tasks("t.status = 'open'", "count(*)")],
       truth=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'open'", "count(*)")])),
    (J, "tasks", "Which open tasks are due on Monday the 23rd?",
     "two open tasks (Alex's, Priya's); the done task due that day and the Nov 24 task must not appear",
     d(contains=[tasks("t.status = 'open' AND t.due_date = DATE '2026-11-23'")],
       excludes=[tasks("(t.status = 'done' AND t.due_date = DATE '2026-11-23') OR t.due_date = DATE '2026-11-24'")],
       truth=[tasks("t.status = 'open' AND t.due_date = DATE '2026-11-23'", TASK_ROW + ", u.name")])),
    (A, "tasks", "any tasks tied to the acme corp expansion?",
     "three open (all overdue); Acme Logistics tasks must not appear",
     d(contains=[tasks("d.name = 'Acme Corp Expansion'")],
       excludes=[tasks(co("Acme Logistics"))],
       truth=[tasks("d.name = 'Acme Corp Expansion'", TASK_ROW)])),
    (S, "tasks", "tasks i completed in october",
     "six tasks completed in October; labels are the first five by completion date; September completions must not appear",
     d(contains=[tasks(f"t.owner_id = {SAM} AND t.status = 'done' AND {between('t.completed_at', *OCT)}", "t.title",
                       "ORDER BY t.completed_at LIMIT 5")],
       excludes=[tasks(f"t.owner_id = {SAM} AND t.status = 'done' AND {between('t.completed_at', *SEP)}")],
       truth=[tasks(f"t.owner_id = {SAM} AND t.status = 'done' AND {between('t.completed_at', *OCT)}",
                    "t.title, t.due_date, t.completed_at")])),

    # ============================================================== my: the answer depends on the asker
    (A, "my", "how much is in my pipeline at proposal stage",
     "Alex's Proposal deals; excludes the team's Proposal total",
     d(contains=[deals(f"d.stage = 'Proposal' AND d.owner_id = {ALEX}", "sum(d.amount)")],
       excludes=[deals("d.stage = 'Proposal'", "sum(d.amount)")],
       truth=[deals(f"d.stage = 'Proposal' AND d.owner_id = {ALEX}", "sum(d.amount), count(*)"),
              deals(f"d.stage = 'Proposal' AND d.owner_id = {ALEX}", DEAL_ROW)])),
    (S, "my", "what's my biggest open deal",
     "Sam: Sterling Cooper Consulting Services (194,000); the team's biggest (Stark, Alex's) must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM}", "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals(OPEN, "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       truth=[deals(f"{OPEN} AND d.owner_id = {SAM}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 1")])),
    (P, "my", "whats my largest deal still open",
     "Priya: Alpine Ski House Security Add-on (188,000); Stark (Alex's) and her won Margie's deal must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals(OPEN, "d.name", "ORDER BY d.amount DESC LIMIT 1"),
                 deals(f"{WON} AND d.owner_id = {PRIYA}", "d.name", "ORDER BY d.amount DESC LIMIT 1")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 1")])),
    (A, "my", "how many deals did i win this year",
     "Alex: one, Cyberdyne Software License (43,000); Sam's and Priya's wins must not appear",
     d(contains=[deals(f"{WON} AND {YEAR} AND d.owner_id = {ALEX}", "d.name, d.amount")],
       excludes=[deals(f"{WON} AND {YEAR} AND d.owner_id <> {ALEX}")],
       truth=[deals(f"{WON} AND {YEAR} AND d.owner_id = {ALEX}", "count(*)"),
              deals(f"{WON} AND {YEAR} AND d.owner_id = {ALEX}", DEAL_ROW)])),
    (P, "my", "my accounts in healthcare",
     "Priya owns Umbrella Health; Northwind Health is Sam's",
     d(contains=[f"SELECT c.name FROM companies c WHERE c.industry = 'Healthcare' AND c.owner_id = {PRIYA}"],
       excludes=[f"SELECT c.name FROM companies c WHERE c.industry = 'Healthcare' AND c.owner_id <> {PRIYA}"],
       truth=[f"SELECT c.name, c.industry FROM companies c WHERE c.industry = 'Healthcare' AND c.owner_id = {PRIYA}"])),
    (S, "my", "what did i log today",
     "Sam logged nothing today: the answer is none; today's two entries (Priya's, Alex's) must not appear",
     d(excludes=[acts(between('a.occurred_at', '2026-11-18', '2026-11-18'), "d.name")],
       truth=[acts(f"a.author_id = {SAM} AND {between('a.occurred_at', '2026-11-18', '2026-11-18')}", ACT_ROW)])),
    (J, "my", "do I own any deals?",
     "Jordan (admin) owns none: the answer is none; the team's deal counts (60 / 48 open) must not be given as his",
     d(excludes=[deals("TRUE", "count(*)"), deals(OPEN, "count(*)")],
       truth=[deals("u.email = 'jordan@autocrm.local'", DEAL_ROW)])),
    (S, "my", "how many of my contacts are customers",
     "contacts Sam owns with lifecycle stage customer; excludes the team's customer count and Sam's contact total",
     d(contains=[f"SELECT count(*) FROM contacts p WHERE p.owner_id = {SAM} AND p.lifecycle_stage = 'customer'"],
       excludes=["SELECT count(*) FROM contacts p WHERE p.lifecycle_stage = 'customer'",
                 f"SELECT count(*) FROM contacts p WHERE p.owner_id = {SAM}"],
       truth=[f"SELECT count(*) FROM contacts p WHERE p.owner_id = {SAM} AND p.lifecycle_stage = 'customer'"])),

    # ============================================================== decline: fields the CRM does not store
    (A, "decline", "what's the win probability on the stark deal?",
     "no probability field (the stage is not a probability)",
     d(absent=[no_column("probab", "likel", "confid", "forecast")])),
    (S, "decline", "which competitor are we up against at hooli?",
     "no competitor field; notes say 'Competitor in play' but never name one",
     d(absent=[no_column("competitor", "rival"), no_table("competitor")])),
    (J, "decline", "Which contacts have opted out of marketing emails?",
     "no opt-out / consent field",
     d(absent=[no_column("opt", "unsub", "consent", "marketing")])),
    (P, "decline", "what's dana lee's preferred language",
     "no language field; a guessed 'English' is wrong",
     d(excludes=[lit("English")], absent=[no_column("lang", "locale")])),
    (R, "decline", "how many open support tickets does contoso have",
     "no tickets; the Contoso Support Plan is a deal, not a ticket",
     d(absent=[no_column("ticket"), no_table("ticket", "case")])),
    (S, "decline", "PO number on the northwind deal?",
     "no purchase-order field",
     d(absent=[no_column("purchase", "order", "invoice")])),
    (A, "decline", "pull up the recording of my last call with dana smith",
     "no recordings or transcripts",
     d(absent=[no_column("record", "audio", "transcript", "attach")])),
    (J, "decline", "Who referred Tyrell Systems to us?",
     "no referral / source field",
     d(absent=[no_column("refer", "source", "origin")])),
    (P, "decline", "contract length on the fabrikam support plan?",
     "no contract term; a guessed '12 months' is wrong",
     d(excludes=[lit("12 months")], absent=[no_column("term", "length", "duration", "contract")])),
    (R, "decline", "stock ticker for stark industries",
     "no ticker or stock data",
     d(absent=[no_column("ticker", "stock", "symbol")])),
    # decline: records that do not exist
    (A, "decline", "how much is the initech platform deal worth",
     "no such deal: Initech only has the Analytics Suite (36,000), which must not be passed off as it",
     d(excludes=[deals("d.name = 'Initech Analytics Suite'", "d.amount")],
       absent=[deals("d.name ILIKE 'Initech Platform%' OR (c.name = 'Initech' AND d.product = 'Platform')")])),
    (P, "decline", "email for dana park",
     "no such contact (Dana Smith, Dana Lee, Chris Park exist); their emails must not be passed off as hers",
     d(excludes=[people("p.first_name = 'Dana' OR p.last_name = 'Park'", "p.email")],
       absent=[people(who("Dana", "Park"))])),
    (S, "decline", "what stage is the hooli support plan at",
     "no such deal: Hooli only has the Security Add-on (Negotiation)",
     d(excludes=[deals(co("Hooli"), "d.stage")],
       absent=[deals(f"{co('Hooli')} AND d.product = 'Support Plan'")])),
    (R, "decline", "any open deals at Ollivanders?",
     "no such company",
     d(absent=["SELECT name FROM companies WHERE name ILIKE '%olliv%'"])),
    (J, "decline", "What has Morgan Lee closed this year?",
     "no user or contact called Morgan Lee (Alex Morgan and Dana Lee exist); Alex's won deal must not be passed off",
     d(excludes=[deals(f"{WON} AND d.owner_id = {ALEX}", "d.name, d.amount")],
       absent=["SELECT name FROM users WHERE name ILIKE 'Morgan Lee'", people(who("Morgan", "Lee"))])),
    (A, "decline", "phone number for ethan kim",
     "no such contact: Ethan Nguyen and several Kims exist; Ethan Nguyen's number must not be passed off",
     d(excludes=[people(who("Ethan", "Nguyen"), "p.phone")],
       absent=[people(who("Ethan", "Kim"))])),
    (P, "decline", "when does the fabrikam platform deal close",
     "no Fabrikam Platform deal; the real Fabrikam deals' close dates must not be passed off",
     d(excludes=[deals(co("Fabrikam"), "d.close_date")],
       absent=[deals(f"{co('Fabrikam')} AND d.product = 'Platform'")])),
    (S, "decline", "how many training package deals do we have",
     "no such product",
     d(absent=["SELECT DISTINCT product FROM deals WHERE product ILIKE '%training%'"])),
    (R, "decline", "what's the status of the bluth company platform deal",
     "no such deal: Bluth has an Analytics Suite (Qualified) and Consulting Services (Closed Won)",
     d(excludes=[deals(co("Bluth Company"), "d.stage")],
       absent=[deals(f"{co('Bluth Company')} AND d.product = 'Platform'")])),
    # decline: opinions and predictions
    (A, "decline", "will the woodgrove deal close on time?", "prediction",
     d(absent=[no_column("probab", "forecast", "likel")])),
    (P, "decline", "is stark industries a good customer to have?", "opinion",
     d(absent=[no_column("rating", "score", "health")])),
    (S, "decline", "how much will we book in december", "prediction; the December open pipeline is not a bookings forecast",
     d(excludes=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "sum(d.amount)")],
       absent=[no_column("forecast", "booking", "projection")])),
    (R, "decline", "who's the best salesperson on the team?", "opinion",
     d(absent=[no_column("rating", "performance", "quota")])),
    (J, "decline", "Should Priya hand the Fabrikam account over to Sam?", "advice / opinion",
     d(absent=[no_column("recommend", "advice")])),
    # decline: not about the CRM
    (A, "decline", "translate 'thanks for your business' into german", "off-topic",
     d(absent=[no_column("translat", "german")])),
    (S, "decline", "who's gonna win the super bowl this year", "off-topic",
     d(absent=[no_column("sport", "league")])),
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
    return [f"q4-{n:03d}" for n in range(1, len(ITEMS) + 1)]


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
