"""Writes questions6_dev.jsonl / questions6_test.jsonl from ITEMS below.

Each item is (user, family, text, note, spec). spec holds hand-written SQL against the demo world
(data.demo.generate(Store(":memory:"), 2026-11-18), generated at 09:00):
- contains: the cells of every row are answer_contains (formatted like the questions3/4/5 labels)
- excludes: the cells of every row are answer_excludes (what a plausible wrong answer would show)
- truth:    every cell of the complete right answer (contains must be a subset; no exclude may occur inside a cell;
            empty when the right answer is "none")
- absent:   declines only: each query must return no rows
Ids run q6-001 ... q6-160 in ITEMS order. Split: stratified by family. Inside each family the items are shuffled with
random.Random(20261219) (one generator, families taken in sorted order); the first half of each family goes to dev.
A family with an odd count gives its extra item alternately to dev and test.

Run:      AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_questions6.py [-v [-t]]
Validate: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_questions6.py

The set was written from data/demo.py and SQL over the demo database only; the answering code (core/ other than
building the store, ui/) was not read and the product's question answering was not run.
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
SEED = 20261219
PREFIX = "q6"
DEV, TEST = HERE / "questions6_dev.jsonl", HERE / "questions6_test.jsonl"

A, P, S, R, J = ("alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local", "riley@autocrm.local",
                 "jordan@autocrm.local")
ALEX, PRIYA, SAM = 1, 2, 3

# ------------------------------------------------------------------------------------------------ SQL helpers
OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost')"
WON, LOST = "d.stage = 'Closed Won'", "d.stage = 'Closed Lost'"
PERSON = "p.first_name || ' ' || p.last_name"
FIRST = "split_part(u.name, ' ', 1)"
DEAL_ROW = "d.name, d.stage, d.amount, d.close_date"
TASK_ROW = "t.title, t.due_date, t.status"
ACT_ROW = "CAST(a.occurred_at AS DATE), a.type, a.subject, d.name"
PERSON_ROW = f"{PERSON}, p.title, p.email, p.phone, c.name"
DAY = "CAST(a.occurred_at AS DATE)"
CRM_COLUMNS = ("SELECT table_name || '.' || column_name FROM information_schema.columns "
               "WHERE table_name IN ('users', 'companies', 'contacts', 'deals', 'activities', 'tasks') AND ")
OVERDUE = "t.status = 'open' AND t.due_date < DATE '2026-11-18'"
OPEN_TASK = "t.status = 'open'"


def esc(text: str) -> str:
    return text.replace("'", "''")


def lit(*values: str) -> str:
    return " UNION ALL ".join(f"SELECT '{esc(v)}'" for v in values)


def no_column(*patterns: str) -> str:
    return CRM_COLUMNS + "(" + " OR ".join(f"column_name ILIKE '%{p}%'" for p in patterns) + ")"


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


def titled(*titles: str) -> str:
    return "t.title IN (" + ", ".join(f"'{esc(n)}'" for n in titles) + ")"


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


def latest(where: str, cols: str = DAY, offset: int = 0) -> str:
    """The most recent activity matching where (offset 1 = the one before it)."""
    return acts(where, cols, f"ORDER BY a.occurred_at DESC LIMIT 1 OFFSET {offset}")


def companies(where: str, cols: str = "c.name", tail: str = "") -> str:
    return f"SELECT {cols} FROM companies c LEFT JOIN users u ON u.id = c.owner_id WHERE {where} {tail}"


def users(where: str, cols: str = FIRST) -> str:
    return f"SELECT {cols} FROM users u WHERE {where}"


def n_open(where: str) -> str:
    return deals(f"{OPEN} AND {where}", "count(*)")


def d(**kw):
    return kw


# periods (inclusive)
THIS_WEEK = ("2026-11-16", "2026-11-22")
NEXT_WEEK = ("2026-11-23", "2026-11-29")
WEEK_AFTER_NEXT = ("2026-11-30", "2026-12-06")
SEP = ("2026-09-01", "2026-09-30")
OCT = ("2026-10-01", "2026-10-31")
NOV = ("2026-11-01", "2026-11-30")
JAN = ("2027-01-01", "2027-01-31")
FEB = ("2027-02-01", "2027-02-28")
MAR = ("2027-03-01", "2027-03-31")
Q2 = ("2026-04-01", "2026-06-30")
Q3 = ("2026-07-01", "2026-09-30")
Q4 = ("2026-10-01", "2026-12-31")
Q1_27 = ("2027-01-01", "2027-03-31")
YEAR = ("2026-01-01", "2026-12-31")
MARGIES = "Margie's Travel"
MONARCH_SL = "Monarch Solutions Software License"

# ------------------------------------------------------------------------------------------------ ITEMS
# (user, family, text, note, spec)
ITEMS = [
    # ============================================================== pipeline_value: one open-pipeline sum
    (S, "pipeline_value", "whats the total $ of open stuff i own rn",
     "Sam's open deals: 10, 862,500; the team's open total and Sam's all-stage total (with his wins and losses) must "
     "not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM}", "sum(d.amount)")],
       excludes=[deals(OPEN, "sum(d.amount)"), deals(f"d.owner_id = {SAM}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.owner_id = {SAM}", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND d.owner_id = {SAM}", DEAL_ROW)])),
    (J, "pipeline_value", "Combined value of every open deal sitting in Qualified or Negotiation, please.",
     "Qualified 1,943,000 + Negotiation 385,500 = 2,328,500 (the parts may be shown); the whole open pipeline must not "
     "be given as the answer",
     d(contains=[deals("d.stage IN ('Qualified', 'Negotiation')", "sum(d.amount)")],
       excludes=[deals(OPEN, "sum(d.amount)")],
       truth=[deals("d.stage IN ('Qualified', 'Negotiation')", "sum(d.amount)"),
              deals("d.stage IN ('Qualified', 'Negotiation')", "d.stage, count(*), sum(d.amount)", "GROUP BY d.stage")])),
    (A, "pipeline_value", "$ value still in play w/ margies travel?",
     "one open deal, Margie's Travel Software License, 42,000; the account's total with the won Security Add-on and the "
     "lost Support Plan (332,000) must not be given",
     d(contains=[deals(f"{OPEN} AND {co(MARGIES)}", "sum(d.amount)")],
       excludes=[deals(co(MARGIES), "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {co(MARGIES)}", DEAL_ROW + ", u.name")])),
    (P, "pipeline_value", "open pipeline w/ close dates jan thru mar 2027, everyone's",
     "all reps' open deals closing Jan 1 - Mar 31 2027; excludes Priya's own share of it and the open total closing in "
     "Q4 2026",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)"),
                 deals(f"{OPEN} AND {between('d.close_date', *Q4)}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", DEAL_ROW)])),
    (R, "pipeline_value", "total open value on alex's lead-stage opportunities?",
     "Alex's five Lead deals, 465,000; Alex's whole open pipeline and the team's Lead total must not be given",
     d(contains=[deals(f"d.stage = 'Lead' AND d.owner_id = {ALEX}", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {ALEX}", "sum(d.amount)"), deals("d.stage = 'Lead'", "sum(d.amount)")],
       truth=[deals(f"d.stage = 'Lead' AND d.owner_id = {ALEX}", "count(*), sum(d.amount)"),
              deals(f"d.stage = 'Lead' AND d.owner_id = {ALEX}", DEAL_ROW)])),
    (J, "pipeline_value", "How much open business do we have with our finance-industry accounts?",
     "Finance = Woodgrove Bank and Gringotts Finance; only Woodgrove Bank Consulting Services (175,000) is open. The sum "
     "with the lost Gringotts deal (229,000) must not be given",
     d(contains=[deals(f"{OPEN} AND c.industry = 'Finance'", "sum(d.amount)")],
       excludes=[deals("c.industry = 'Finance'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND c.industry = 'Finance'", DEAL_ROW + ", c.name")])),
    (S, "pipeline_value", "value of everything in negotiation that belongs to me or priya",
     "Sam 156,500 (Hooli, Contoso Analytics) + Priya 175,000 (Woodgrove) = 331,500; the Negotiation total with Alex's "
     "two deals (385,500) must not be given",
     d(contains=[deals(f"d.stage = 'Negotiation' AND d.owner_id IN ({SAM}, {PRIYA})", "sum(d.amount)")],
       excludes=[deals("d.stage = 'Negotiation'", "sum(d.amount)")],
       truth=[deals(f"d.stage = 'Negotiation' AND d.owner_id IN ({SAM}, {PRIYA})", "sum(d.amount)"),
              deals(f"d.stage = 'Negotiation' AND d.owner_id IN ({SAM}, {PRIYA})", f"{FIRST}, sum(d.amount)",
                    f"GROUP BY {FIRST}"),
              deals(f"d.stage = 'Negotiation' AND d.owner_id IN ({SAM}, {PRIYA})", DEAL_ROW)])),
    (A, "pipeline_value", "sum of my open deals that are over 100k?",
     "Alex's open deals above 100,000 and their total; his whole open pipeline (1,704,000) must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND d.amount > 100000", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {ALEX}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND d.amount > 100000", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND d.owner_id = {ALEX} AND d.amount > 100000", DEAL_ROW)])),

    # ============================================================== closing_window: open deals by close date
    (A, "closing_window", "what of mine closes between dec 2 and dec 9 (inclusive)",
     "Alex: Acme Corp Renewal (Dec 8) and Nakatomi Trading Software License (Dec 9); his Dunder Mifflin Platform (Dec 1) "
     "and Priya's Fabrikam Software License (Dec 3) must not appear",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', '2026-12-02', '2026-12-09')}")],
       excludes=[deals(named("Dunder Mifflin Platform", "Fabrikam Software License"))],
       truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', '2026-12-02', '2026-12-09')}",
                    DEAL_ROW)])),
    (R, "closing_window", "how many open deals are due to close from today through christmas eve?",
     "open deals with close dates Nov 18 - Dec 24 (13); the three past-due open deals are outside the window (the count "
     "with them, 16, is not an exclude: its digits could appear in a listed date) and Nakatomi Support Plan (Dec 26) must "
     "not be listed",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-18', '2026-12-24')}", "count(*)")],
       excludes=[deals("d.name = 'Nakatomi Trading Support Plan'")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', '2026-11-18', '2026-12-24')}", "count(*)"),
              deals(f"{OPEN} AND {between('d.close_date', '2026-11-18', '2026-12-24')}", DEAL_ROW)])),
    (P, "closing_window", "anything of mine closing jan 1 - jan 10 '27?",
     "Priya: Globex Platform Expansion (Jan 2) and Blue Yonder Airlines Analytics Suite (Jan 10); Sam's deals in the same "
     "window (Contoso Analytics Suite, Lucerne) must not appear",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', '2027-01-01', '2027-01-10')}")],
       excludes=[deals(f"{OPEN} AND d.owner_id <> {PRIYA} AND {between('d.close_date', '2027-01-01', '2027-01-10')}")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', '2027-01-01', '2027-01-10')}",
                    DEAL_ROW)])),
    (S, "closing_window", "how many deals r slated to close in march 2027",
     "open deals with a March 2027 close date (February also has 8, so it is no exclude); the Q1 2027 count (23) must "
     "not be given",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *MAR)}", "count(*)")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "count(*)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *MAR)}", "count(*)"),
              deals(f"{OPEN} AND {between('d.close_date', *MAR)}", DEAL_ROW)])),
    (J, "closing_window", "Which open deals have a close date of 2026-11-28?",
     "Initech Analytics Suite and Woodgrove Bank Consulting Services; Umbrella Health (Nov 23) and Pied Piper (Nov 30) "
     "must not appear",
     d(contains=[deals(f"{OPEN} AND d.close_date = DATE '2026-11-28'")],
       excludes=[deals(named("Umbrella Health Support Plan", "Pied Piper Software License"))],
       truth=[deals(f"{OPEN} AND d.close_date = DATE '2026-11-28'", DEAL_ROW + ", u.name")])),
    (S, "closing_window", "whats closing dec 15th-19th",
     "Hooli Security Add-on and Fabrikam Support Plan (Dec 18), Monarch Solutions Software License (Dec 19); Contoso "
     "Support Plan (Dec 14) and Nakatomi Support Plan (Dec 26) must not appear",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', '2026-12-15', '2026-12-19')}")],
       excludes=[deals(named("Contoso Support Plan", "Nakatomi Trading Support Plan"))],
       truth=[deals(f"{OPEN} AND {between('d.close_date', '2026-12-15', '2026-12-19')}", DEAL_ROW + ", u.name")])),
    (P, "closing_window", "which of mine already blew past their close date without closing?",
     "Priya: Alpine Ski House Security Add-on (close date 2026-11-16, still Qualified); Sam's Sterling Cooper Consulting "
     "and Alex's Proseware Analytics Suite (also past due) must not appear",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND d.close_date < DATE '2026-11-18'")],
       excludes=[deals(f"{OPEN} AND d.owner_id <> {PRIYA} AND d.close_date < DATE '2026-11-18'")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND d.close_date < DATE '2026-11-18'", DEAL_ROW)])),
    (R, "closing_window", "anything closing the week after next?",
     "week after next = Mon Nov 30 - Sun Dec 6: Pied Piper SL, Alpine Ski House Analytics Suite, Dunder Mifflin Platform, "
     "Fabrikam SL; Initech / Woodgrove (Nov 28) and Acme Corp Renewal (Dec 8) must not appear",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *WEEK_AFTER_NEXT)}")],
       excludes=[deals(f"{OPEN} AND d.close_date IN (DATE '2026-11-28', DATE '2026-12-08')")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *WEEK_AFTER_NEXT)}", DEAL_ROW + ", u.name")])),

    # ============================================================== won_lost_period: closed deals by period
    (J, "won_lost_period", "What did we lose in October, and what was it all worth?",
     "five Closed Lost deals with October close dates, 511,000 in all; Gringotts (lost in September) and the all-time "
     "lost total (751,000) must not be given",
     d(contains=[deals(f"{LOST} AND {between('d.close_date', *OCT)}", "count(*), sum(d.amount)")],
       excludes=[deals(f"{LOST} AND {between('d.close_date', *SEP)}"), deals(LOST, "sum(d.amount)")],
       truth=[deals(f"{LOST} AND {between('d.close_date', *OCT)}", "count(*), sum(d.amount)"),
              deals(f"{LOST} AND {between('d.close_date', *OCT)}", DEAL_ROW)])),
    (A, "won_lost_period", "wins in september?",
     "Cyberdyne Software License (Sep 2) and Fourth Coffee Software License (Sep 3); Bluth (Aug 22) and Margie's Travel "
     "Security Add-on (Oct 9) must not appear",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *SEP)}")],
       excludes=[deals(named("Bluth Company Consulting Services", "Margie's Travel Security Add-on"))],
       truth=[deals(f"{WON} AND {between('d.close_date', *SEP)}", DEAL_ROW + ", u.name")])),
    (S, "won_lost_period", "how much have i won in 2026, total",
     "Sam: Northwind Health Security Add-on 113,000 + Bluth Company Consulting Services 65,000 = 178,000; the team's won "
     "total and Sam's lost total must not be given",
     d(contains=[deals(f"{WON} AND d.owner_id = {SAM} AND {between('d.close_date', *YEAR)}", "sum(d.amount)")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *YEAR)}", "sum(d.amount)"),
                 deals(f"{LOST} AND d.owner_id = {SAM}", "sum(d.amount)")],
       truth=[deals(f"{WON} AND d.owner_id = {SAM} AND {between('d.close_date', *YEAR)}", "sum(d.amount)"),
              deals(f"{WON} AND d.owner_id = {SAM} AND {between('d.close_date', *YEAR)}", DEAL_ROW)])),
    (P, "won_lost_period", "did i lose anything between july and september",
     "yes: Gringotts Finance Software License (54,000, 2026-09-07); Alex's Oscorp Software License (lost Jul 27) must not "
     "be given as Priya's",
     d(contains=[deals(f"{LOST} AND d.owner_id = {PRIYA} AND {between('d.close_date', *Q3)}")],
       excludes=[deals(f"{LOST} AND d.owner_id <> {PRIYA} AND {between('d.close_date', *Q3)}")],
       truth=[deals(f"{LOST} AND d.owner_id = {PRIYA} AND {between('d.close_date', *Q3)}", DEAL_ROW)])),
    (R, "won_lost_period", "lost deals from oct 14 to oct 24 - how many and for how much",
     "four (Southridge Oct 14, Massive Dynamic Oct 18, Oscorp Security Oct 20, Margie's Support Plan Oct 24), 506,000; "
     "Monarch Security Add-on (Oct 12) and the whole-October total (511,000) must not be given",
     d(contains=[deals(f"{LOST} AND {between('d.close_date', '2026-10-14', '2026-10-24')}", "count(*), sum(d.amount)")],
       excludes=[deals(f"{LOST} AND d.close_date = DATE '2026-10-12'"),
                 deals(f"{LOST} AND {between('d.close_date', *OCT)}", "sum(d.amount)")],
       truth=[deals(f"{LOST} AND {between('d.close_date', '2026-10-14', '2026-10-24')}", "count(*), sum(d.amount)"),
              deals(f"{LOST} AND {between('d.close_date', '2026-10-14', '2026-10-24')}", DEAL_ROW)])),
    (J, "won_lost_period", "Biggest win of Q3 2026?",
     "Bluth Company Consulting Services, 65,000 (Aug 22); the larger wins outside Q3 (Margie's Travel Security Add-on in "
     "October, Northwind Health in June) must not be given",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *Q3)}", "d.name, d.amount",
                       "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals(named("Margie's Travel Security Add-on", "Northwind Health Security Add-on"), "d.name, d.amount")],
       truth=[deals(f"{WON} AND {between('d.close_date', *Q3)}", DEAL_ROW + ", u.name",
                    "ORDER BY d.amount DESC LIMIT 1")])),
    (A, "won_lost_period", "what have i lost since the start of october? names + $",
     "Alex: Monarch Solutions Security Add-on (5,000), Southridge Video Platform (104,000), Oscorp Security Add-on "
     "(122,000); his July loss (Oscorp Software License) and Sam's October loss (Massive Dynamic) must not appear",
     d(contains=[deals(f"{LOST} AND d.owner_id = {ALEX} AND d.close_date >= DATE '2026-10-01'")],
       excludes=[deals(named("Oscorp Software License", "Massive Dynamic Consulting Services"))],
       truth=[deals(f"{LOST} AND d.owner_id = {ALEX} AND d.close_date >= DATE '2026-10-01'", DEAL_ROW)])),
    (P, "won_lost_period", "any wins back in Q2 of this year",
     "one: Northwind Health Security Add-on (113,000, 2026-06-26, Sam's); the Q3 wins (Bluth) must not appear",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *Q2)}")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *Q3)}")],
       truth=[deals(f"{WON} AND {between('d.close_date', *Q2)}", DEAL_ROW + ", u.name")])),

    # ============================================================== overdue_tasks: open tasks due before today
    (J, "overdue_tasks", "Total count of open tasks past their due date, across all reps?",
     "22 overdue (Alex 15, Priya 4, Sam 3 may be shown); the count of all open tasks must not be given",
     d(contains=[tasks(OVERDUE, "count(*)")],
       excludes=[tasks(OPEN_TASK, "count(*)")],
       truth=[tasks(OVERDUE, "count(*)"), tasks(OVERDUE, f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (A, "overdue_tasks", "overdue stuff on my dunder mifflin deal?",
     "Book a demo (Dunder Mifflin Platform), twice: due 2026-11-05 and 2026-11-11; Send contract (Dunder Mifflin Platform) "
     "is due tomorrow (not overdue) and must not appear",
     d(contains=[tasks(f"{OVERDUE} AND d.name = 'Dunder Mifflin Platform'", "t.title, t.due_date")],
       excludes=[tasks(f"d.name = 'Dunder Mifflin Platform' AND t.due_date >= DATE '2026-11-18'")],
       truth=[tasks(f"{OVERDUE} AND d.name = 'Dunder Mifflin Platform'", TASK_ROW)])),
    (S, "overdue_tasks", "any of my overdue to-dos hanging off deals that are already won or lost?",
     "one: Follow up (Margie's Travel Support Plan), due Oct 31, on a Closed Lost deal; Sam's overdue tasks on open deals "
     "(Umbrella pricing, Prestige demo) must not appear",
     d(contains=[tasks(f"{OVERDUE} AND t.owner_id = {SAM} AND NOT ({OPEN})")],
       excludes=[tasks(f"{OVERDUE} AND t.owner_id = {SAM} AND {OPEN}")],
       truth=[tasks(f"{OVERDUE} AND t.owner_id = {SAM} AND NOT ({OPEN})", TASK_ROW + ", d.stage")])),
    (R, "overdue_tasks", "Overdue tasks on Acme Corp Expansion - list them w/ due dates",
     "Book a demo (Nov 10), Prepare proposal (Nov 12), Send contract (Nov 15), all Alex's; the overdue Acme Logistics "
     "task must not appear",
     d(contains=[tasks(f"{OVERDUE} AND d.name = 'Acme Corp Expansion'")],
       excludes=[tasks(f"{OVERDUE} AND {co('Acme Logistics')}")],
       truth=[tasks(f"{OVERDUE} AND d.name = 'Acme Corp Expansion'", TASK_ROW)])),
    (P, "overdue_tasks", "am i behind on anything? list it",
     "Priya's four overdue tasks (Oct 31, Nov 9, Nov 14, Nov 16); her next upcoming ones (Gringotts contract Nov 20, "
     "Monarch Platform proposal Nov 21) must not appear",
     d(contains=[tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}")],
       excludes=[tasks(f"t.owner_id = {PRIYA} AND {OPEN_TASK} AND {between('t.due_date', '2026-11-20', '2026-11-21')} "
                       "AND t.title NOT LIKE 'Check in%'")],
       truth=[tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}", TASK_ROW)])),
    (J, "overdue_tasks", "Which tasks were due back in October and still aren't done?",
     "Book a demo (Fabrikam Software License) and Follow up (Margie's Travel Support Plan), both due Oct 31; the Nov 3 "
     "overdue Pied Piper task must not appear",
     d(contains=[tasks(f"{OPEN_TASK} AND {between('t.due_date', *OCT)}")],
       excludes=[tasks(f"{OPEN_TASK} AND t.due_date = DATE '2026-11-03' AND d.name = 'Pied Piper Software License'")],
       truth=[tasks(f"{OPEN_TASK} AND {between('t.due_date', *OCT)}", TASK_ROW + f", {FIRST}")])),
    (A, "overdue_tasks", "how many overdue tasks do i have on lead-stage deals",
     "Alex: four (Cyberdyne Security check-in, two Dunder Mifflin demos, Nakatomi Security pricing); his overall overdue "
     "count (15) must not be given",
     d(contains=[tasks(f"{OVERDUE} AND t.owner_id = {ALEX} AND d.stage = 'Lead'", "count(*)")],
       excludes=[tasks(f"{OVERDUE} AND t.owner_id = {ALEX}", "count(*)")],
       truth=[tasks(f"{OVERDUE} AND t.owner_id = {ALEX} AND d.stage = 'Lead'", "count(*)"),
              tasks(f"{OVERDUE} AND t.owner_id = {ALEX} AND d.stage = 'Lead'", TASK_ROW)])),
    (R, "overdue_tasks", "overdue tasks on negotiation-stage deals - whose are they?",
     "Send contract (Nov 10) and Follow up (Nov 17) on Nakatomi Trading Consulting Services, both Alex's; the second "
     "Follow up there is due 2026-11-19 (not overdue) and the done Cyberdyne contract task (due today) must not appear",
     d(contains=[tasks(f"{OVERDUE} AND d.stage = 'Negotiation'", "DISTINCT t.title"),
                 tasks(f"{OVERDUE} AND d.stage = 'Negotiation'", f"DISTINCT {FIRST}")],
       excludes=[tasks(f"d.stage = 'Negotiation' AND {OPEN_TASK} AND t.due_date >= DATE '2026-11-18'", "t.due_date"),
                 tasks("d.stage = 'Negotiation' AND t.status = 'done' AND t.due_date = DATE '2026-11-18'")],
       truth=[tasks(f"{OVERDUE} AND d.stage = 'Negotiation'", TASK_ROW + f", {FIRST}")])),

    # ============================================================== task_lookup: tasks by period, deal, status
    (S, "task_lookup", "tasks ive got due next week?",
     "Sam's open tasks due Mon Nov 23 - Sun Nov 29 (five); his done Umbrella demo task (Nov 25) and his Dec 2 Fabrikam "
     "task must not appear",
     d(contains=[tasks(f"t.owner_id = {SAM} AND {OPEN_TASK} AND {between('t.due_date', *NEXT_WEEK)}",
                       "DISTINCT t.title")],
       excludes=[tasks(f"t.owner_id = {SAM} AND ((t.status = 'done' AND {between('t.due_date', *NEXT_WEEK)}) "
                       "OR t.due_date = DATE '2026-12-02')")],
       truth=[tasks(f"t.owner_id = {SAM} AND {OPEN_TASK} AND {between('t.due_date', *NEXT_WEEK)}", TASK_ROW)])),
    (A, "task_lookup", "whats on my plate tmrw",
     "Alex's open tasks due Nov 19: Send contract (Dunder Mifflin Platform), Follow up (Nakatomi Trading Consulting "
     "Services); Priya's Nov 20 task and today's already-done Cyberdyne contract must not appear",
     d(contains=[tasks(f"t.owner_id = {ALEX} AND {OPEN_TASK} AND t.due_date = DATE '2026-11-19'")],
       excludes=[tasks("t.due_date = DATE '2026-11-20'"), tasks("t.due_date = DATE '2026-11-18'")],
       truth=[tasks(f"t.owner_id = {ALEX} AND {OPEN_TASK} AND t.due_date = DATE '2026-11-19'", TASK_ROW)])),
    (R, "task_lookup", "monarch software license - anything left to do on it? (open tasks)",
     "four open: Check in (Nov 16, overdue), Prepare proposal (Nov 23), Send contract (Nov 28), Check in (Nov 30); the two "
     "done ones (Follow up, Send pricing) must not appear",
     d(contains=[tasks(f"d.name = '{MONARCH_SL}' AND {OPEN_TASK}", "DISTINCT t.title")],
       excludes=[tasks(f"d.name = '{MONARCH_SL}' AND t.status = 'done'")],
       truth=[tasks(f"d.name = '{MONARCH_SL}' AND {OPEN_TASK}", TASK_ROW),
              tasks(f"d.name = '{MONARCH_SL}' AND {OPEN_TASK}", "count(*)")])),
    (J, "task_lookup", "How many tasks got marked done during October 2026?",
     "tasks whose completed_at falls in October (Alex 6, Priya 9, Sam 6); the all-time done count must not be given",
     d(contains=[tasks(f"t.status = 'done' AND {between('t.completed_at', *OCT)}", "count(*)")],
       excludes=[tasks("t.status = 'done'", "count(*)")],
       truth=[tasks(f"t.status = 'done' AND {between('t.completed_at', *OCT)}", "count(*)"),
              tasks(f"t.status = 'done' AND {between('t.completed_at', *OCT)}", f"{FIRST}, count(*)",
                    f"GROUP BY {FIRST}")])),
    (P, "task_lookup", "when's my next task due + what is it",
     "Priya's next upcoming task: Send contract (Gringotts Finance Software License), 2026-11-20 (her overdue tasks may be "
     "mentioned); Alex's tasks due tomorrow must not be given as hers",
     d(contains=[tasks(f"t.owner_id = {PRIYA} AND {OPEN_TASK} AND t.due_date >= DATE '2026-11-18'", "t.title, t.due_date",
                       "ORDER BY t.due_date LIMIT 1")],
       excludes=[tasks(f"t.owner_id = {ALEX} AND {OPEN_TASK} AND t.due_date = DATE '2026-11-19'")],
       truth=[tasks(f"t.owner_id = {PRIYA} AND {OPEN_TASK} AND t.due_date >= DATE '2026-11-18'", TASK_ROW,
                    "ORDER BY t.due_date LIMIT 1")])),
    (S, "task_lookup", "open tasks due on 12/3?",
     "Book a demo (Acme Logistics Fleet Platform), Check in (Wonka Labs Consulting Services), Book a demo (Oscorp Software "
     "License); the done Margie's follow-up (also due Dec 3) and the Dec 2 tasks must not appear",
     d(contains=[tasks(f"{OPEN_TASK} AND t.due_date = DATE '2026-12-03'")],
       excludes=[tasks("t.status = 'done' AND t.due_date = DATE '2026-12-03'"),
                 tasks("t.due_date = DATE '2026-12-02'")],
       truth=[tasks(f"{OPEN_TASK} AND t.due_date = DATE '2026-12-03'", TASK_ROW + f", {FIRST}")])),
    (R, "task_lookup", "How many tasks did Priya close out in October?",
     "9 tasks completed (completed_at) in October; the team's October count (21) must not be given (Priya's all-time "
     "done count, 12, is not an exclude: a listed due date could hold it)",
     d(contains=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'done' AND {between('t.completed_at', *OCT)}", "count(*)")],
       excludes=[tasks(f"t.status = 'done' AND {between('t.completed_at', *OCT)}", "count(*)")],
       truth=[tasks(f"t.owner_id = {PRIYA} AND t.status = 'done' AND {between('t.completed_at', *OCT)}", "count(*)"),
              tasks(f"t.owner_id = {PRIYA} AND t.status = 'done' AND {between('t.completed_at', *OCT)}",
                    "t.title, CAST(t.completed_at AS DATE)")])),
    (A, "task_lookup", "list my open tasks due from 12/01 to 12/08",
     "Alex's four open tasks due Dec 1-8; his two done tasks in the range (Alpine Consulting demo, Nakatomi check-in) "
     "must not appear",
     d(contains=[tasks(f"t.owner_id = {ALEX} AND {OPEN_TASK} AND {between('t.due_date', '2026-12-01', '2026-12-08')}")],
       excludes=[tasks(f"t.owner_id = {ALEX} AND t.status = 'done' AND {between('t.due_date', '2026-12-01', '2026-12-08')}")],
       truth=[tasks(f"t.owner_id = {ALEX} AND {OPEN_TASK} AND {between('t.due_date', '2026-12-01', '2026-12-08')}",
                    TASK_ROW)])),

    # ============================================================== activity_counts: counts by type, person, period
    (P, "activity_counts", "how many calls did i log in sept",
     "Priya's September calls; her September total and the team's September calls must not be given",
     d(contains=[acts(f"a.author_id = {PRIYA} AND a.type = 'call' AND {between('a.occurred_at', *SEP)}", "count(*)")],
       excludes=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', *SEP)}", "count(*)"),
                 acts(f"a.type = 'call' AND {between('a.occurred_at', *SEP)}", "count(*)")],
       truth=[acts(f"a.author_id = {PRIYA} AND a.type = 'call' AND {between('a.occurred_at', *SEP)}", "count(*)")])),
    (J, "activity_counts", "Number of meetings the whole team logged last month?",
     "last month = October 2026: 25 meetings (Alex 13, Priya 7, Sam 5 may be shown); October's all-type total and "
     "September's meeting count must not be given",
     d(contains=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       excludes=[acts(between("a.occurred_at", *OCT), "count(*)"),
                 acts(f"a.type = 'meeting' AND {between('a.occurred_at', *SEP)}", "count(*)")],
       truth=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *OCT)}", "count(*)"),
              acts(f"a.type = 'meeting' AND {between('a.occurred_at', *OCT)}", f"{FIRST}, count(*)",
                   f"GROUP BY {FIRST}")])),
    (A, "activity_counts", "how many emails have i logged since oct 1",
     "Alex's emails Oct 1 - today (October 23 + November 15, which may be shown); the team's email count for the same "
     "period must not be given",
     d(contains=[acts(f"a.author_id = {ALEX} AND a.type = 'email' AND a.occurred_at >= DATE '2026-10-01'", "count(*)")],
       excludes=[acts("a.type = 'email' AND a.occurred_at >= DATE '2026-10-01'", "count(*)")],
       truth=[acts(f"a.author_id = {ALEX} AND a.type = 'email' AND a.occurred_at >= DATE '2026-10-01'", "count(*)"),
              acts(f"a.author_id = {ALEX} AND a.type = 'email' AND a.occurred_at >= DATE '2026-10-01'",
                   "strftime(a.occurred_at, '%Y-%m'), count(*)", "GROUP BY 1")])),
    (S, "activity_counts", "notes i wrote in q3?",
     "Sam's notes Jul 1 - Sep 30; the team's Q3 note count and Sam's Q3 all-type count must not be given",
     d(contains=[acts(f"a.author_id = {SAM} AND a.type = 'note' AND {between('a.occurred_at', *Q3)}", "count(*)")],
       excludes=[acts(f"a.type = 'note' AND {between('a.occurred_at', *Q3)}", "count(*)"),
                 acts(f"a.author_id = {SAM} AND {between('a.occurred_at', *Q3)}", "count(*)")],
       truth=[acts(f"a.author_id = {SAM} AND a.type = 'note' AND {between('a.occurred_at', *Q3)}", "count(*)")])),
    (R, "activity_counts", "anything priya logged yesterday? what + on which deals",
     "Nov 17: two Follow-up emails, on Wayne Enterprises Consulting and Blue Yonder Airlines Support Plan; Alex's Nov 17 "
     "meeting deal must not be given as Priya's",
     d(contains=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-11-17', '2026-11-17')}", "count(*)"),
                 acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-11-17', '2026-11-17')}", "d.name")],
       excludes=[acts(f"a.author_id <> {PRIYA} AND {between('a.occurred_at', '2026-11-17', '2026-11-17')}", "d.name")],
       truth=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-11-17', '2026-11-17')}", "count(*)"),
              acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-11-17', '2026-11-17')}",
                   ACT_ROW + f", {PERSON}")])),
    (J, "activity_counts", "Total activities logged across the team in September 2026?",
     "September's all-type count; October's (185) must not be given",
     d(contains=[acts(between("a.occurred_at", *SEP), "count(*)")],
       excludes=[acts(between("a.occurred_at", *OCT), "count(*)")],
       truth=[acts(between("a.occurred_at", *SEP), "count(*)"),
              acts(between("a.occurred_at", *SEP), "a.type, count(*)", "GROUP BY a.type")])),
    (P, "activity_counts", "calls and meetings i've logged since nov 1st - one combined number?",
     "Priya Nov 1 - today: 12 calls + 9 meetings = 21 (the parts may be shown); her all-type count since Nov 1 (37) must "
     "not be given",
     d(contains=[acts(f"a.author_id = {PRIYA} AND a.type IN ('call', 'meeting') AND "
                      f"{between('a.occurred_at', '2026-11-01', '2026-11-18')}", "count(*)")],
       excludes=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-11-01', '2026-11-18')}", "count(*)")],
       truth=[acts(f"a.author_id = {PRIYA} AND a.type IN ('call', 'meeting') AND "
                   f"{between('a.occurred_at', '2026-11-01', '2026-11-18')}", "count(*)"),
              acts(f"a.author_id = {PRIYA} AND a.type IN ('call', 'meeting') AND "
                   f"{between('a.occurred_at', '2026-11-01', '2026-11-18')}", "a.type, count(*)", "GROUP BY a.type")])),
    (S, "activity_counts", "how many things did i log on the fabrikam support plan in october",
     "Sam's October activities on Fabrikam Support Plan (4); the deal's all-time count (35) must not be given",
     d(contains=[acts(f"a.author_id = {SAM} AND d.name = 'Fabrikam Support Plan' AND {between('a.occurred_at', *OCT)}",
                      "count(*)")],
       excludes=[acts("d.name = 'Fabrikam Support Plan'", "count(*)")],
       truth=[acts(f"a.author_id = {SAM} AND d.name = 'Fabrikam Support Plan' AND {between('a.occurred_at', *OCT)}",
                   "count(*)"),
              acts(f"a.author_id = {SAM} AND d.name = 'Fabrikam Support Plan' AND {between('a.occurred_at', *OCT)}",
                   ACT_ROW)])),

    # ============================================================== last_touch: latest (or first) activity
    (S, "last_touch", "wonka labs - last touch + what was it",
     "2026-11-16, a note (Budget approved) by Priya on Wonka Labs Consulting Services; the previous one (Nov 10 Discovery "
     "call) must not be given as the latest",
     d(contains=[latest(co("Wonka Labs"), f"{DAY}, a.subject")],
       excludes=[latest(co("Wonka Labs"), f"{DAY}, a.subject", offset=1)],
       truth=[latest(co("Wonka Labs"), ACT_ROW + f", {PERSON}, {FIRST}")])),
    (A, "last_touch", "when did i last email richard",
     "Richard Hendricks (the only Richard): last email 2026-10-24 (Follow-up email, Pied Piper SL); the subject of his "
     "earlier emails (Contract questions) must not be given as the latest",
     d(contains=[latest(f"p.first_name = 'Richard' AND a.type = 'email' AND a.author_id = {ALEX}", f"{DAY}, a.subject")],
       excludes=[latest(f"p.first_name = 'Richard' AND a.type = 'email' AND a.author_id = {ALEX}", "a.subject", offset=1)],
       truth=[latest(f"p.first_name = 'Richard' AND a.type = 'email' AND a.author_id = {ALEX}", ACT_ROW + f", {PERSON}")])),
    (R, "last_touch", "last meeting alex had with anyone at blue yonder",
     "Alex's latest Blue Yonder meeting: 2026-10-11, a Demo on Blue Yonder Airlines Security Add-on; Priya's later "
     "Kick-off meeting there (2026-11-16) must not be given",
     d(contains=[latest(f"{co('Blue Yonder Airlines')} AND a.type = 'meeting' AND a.author_id = {ALEX}", f"{DAY}, a.subject")],
       excludes=[latest(f"{co('Blue Yonder Airlines')} AND a.type = 'meeting'", DAY)],
       truth=[latest(f"{co('Blue Yonder Airlines')} AND a.type = 'meeting' AND a.author_id = {ALEX}",
                     ACT_ROW + f", {PERSON}")])),
    (P, "last_touch", "most recent note on the woodgorve deal?",
     "typo for Woodgrove: 2026-07-28, Budget approved; the deal's latest activity of any type (2026-11-07 email) must "
     "not be given",
     d(contains=[latest("d.name = 'Woodgrove Bank Consulting Services' AND a.type = 'note'", f"{DAY}")],
       excludes=[latest("d.name = 'Woodgrove Bank Consulting Services'", DAY)],
       truth=[latest("d.name = 'Woodgrove Bank Consulting Services' AND a.type = 'note'", ACT_ROW)])),
    (J, "last_touch", "Who at Globex did we speak with most recently, and when?",
     "Dana Lee, 2026-11-16 (a Check-in call by Priya); the other Globex contacts (Angela Owens, Dmitri Lopez, never "
     "contacted) must not be given",
     d(contains=[latest(co("Globex"), f"{PERSON}, {DAY}")],
       excludes=[people(f"{co('Globex')} AND p.first_name <> 'Dana'")],
       truth=[latest(co("Globex"), f"{PERSON}, {ACT_ROW}")])),
    (S, "last_touch", "when did we last hear from elise",
     "Elise Russo (Trey Research; the only Elise): 2026-11-12, a Check-in call; Elena Garcia's latest date must not be "
     "given",
     d(contains=[latest("p.first_name = 'Elise'", DAY)],
       excludes=[latest("p.first_name = 'Elena'", DAY)],
       truth=[latest("p.first_name = 'Elise'", ACT_ROW + f", {PERSON}")])),
    (P, "last_touch", "what was the last call i made and who was it with",
     "Priya's latest call: 2026-11-16 07:19, Check-in call with Dana Lee (Globex Platform Expansion); her earlier call "
     "that day (Petra Gray, Tailspin) must not be given as the last",
     d(contains=[latest(f"a.author_id = {PRIYA} AND a.type = 'call'", f"{DAY}, {PERSON}")],
       excludes=[latest(f"a.author_id = {PRIYA} AND a.type = 'call'", PERSON, offset=1)],
       truth=[latest(f"a.author_id = {PRIYA} AND a.type = 'call'", f"{ACT_ROW}, {PERSON}")])),
    (R, "last_touch", "When was the very first activity logged on the Stark deal?",
     "the earliest Stark Industries Software License activity is 2025-12-04; its latest (2026-11-15) must not be given",
     d(contains=[acts("d.name = 'Stark Industries Software License'", DAY, "ORDER BY a.occurred_at LIMIT 1")],
       excludes=[latest("d.name = 'Stark Industries Software License'", DAY)],
       truth=[acts("d.name = 'Stark Industries Software License'", ACT_ROW, "ORDER BY a.occurred_at LIMIT 1")])),

    # ============================================================== contact_details: one person's details
    (S, "contact_details", "zoe carter phone",
     "Zoe Carter (Bluth Company); Cora Carter's phone must not be given",
     d(contains=[people(who("Zoe", "Carter"), "p.phone")],
       excludes=[people(who("Cora", "Carter"), "p.phone")],
       truth=[people(who("Zoe", "Carter"), PERSON_ROW)])),
    (A, "contact_details", "anton @ proseware - email addr?",
     "Anton Collins (the only Anton): anton.collins@proseware.com; the other Proseware contacts' emails must not be given",
     d(contains=[people("p.first_name = 'Anton'", "p.email")],
       excludes=[people(f"{co('Proseware')} AND p.first_name <> 'Anton'", "p.email")],
       truth=[people("p.first_name = 'Anton'", PERSON_ROW)])),
    (R, "contact_details", "petra grey - job title?",
     "typo for Petra Gray (Tailspin Toys): Office Manager; Yusuf Gray's title (Product Manager) must not be given",
     d(contains=[people(who("Petra", "Gray"), "p.title")],
       excludes=[people(who("Yusuf", "Gray"), "p.title")],
       truth=[people(who("Petra", "Gray"), PERSON_ROW)])),
    (J, "contact_details", "Where does Sven work, and what's his role?",
     "Sven Hughes (the only Sven): Finance Manager at Nakatomi Trading; Colin Hughes' title (CTO, same company) must not "
     "be given as Sven's",
     d(contains=[people("p.first_name = 'Sven'", "c.name, p.title")],
       excludes=[people(who("Colin", "Hughes"), "p.title")],
       truth=[people("p.first_name = 'Sven'", PERSON_ROW)])),
    (P, "contact_details", "ivy fisher contact info",
     "typo for Ivy Fischer (Oscorp IT Manager): email and phone; the other Fischers' emails must not be given",
     d(contains=[people(who("Ivy", "Fischer"), "p.email, p.phone")],
       excludes=[people("p.last_name = 'Fischer' AND p.first_name <> 'Ivy'", "p.email")],
       truth=[people(who("Ivy", "Fischer"), PERSON_ROW)])),
    (A, "contact_details", "dana lee's lifecycle stage?",
     "lead; Dana Smith's lifecycle stage (customer) must not be given",
     d(contains=[people(who("Dana", "Lee"), "p.lifecycle_stage")],
       excludes=[people(who("Dana", "Smith"), "p.lifecycle_stage")],
       truth=[people(who("Dana", "Lee"), f"{PERSON}, p.lifecycle_stage, c.name")])),
    (R, "contact_details", "number + email for the head of IT at globex",
     "Dana Lee (Head of IT): phone and email; Dana Smith's phone and email must not be given",
     d(contains=[people(f"{co('Globex')} AND p.title = 'Head of IT'", "p.phone, p.email")],
       excludes=[people(who("Dana", "Smith"), "p.phone, p.email")],
       truth=[people(f"{co('Globex')} AND p.title = 'Head of IT'", PERSON_ROW)])),
    (S, "contact_details", "bianca murphey's # pls",
     "typo for Bianca Murphy (Woodgrove Bank); the other Murphys' phones (Cedric, Chloe) must not be given",
     d(contains=[people(who("Bianca", "Murphy"), "p.phone")],
       excludes=[people("p.last_name = 'Murphy' AND p.first_name IN ('Cedric', 'Chloe')", "p.phone")],
       truth=[people(who("Bianca", "Murphy"), PERSON_ROW)])),

    # ============================================================== contact_roles: who holds a title / stage
    (A, "contact_roles", "any CFOs at acme logistics?",
     "Ingrid Turner; Chris Park (COO) must not be given as the CFO",
     d(contains=[people(f"{co('Acme Logistics')} AND p.title = 'CFO'")],
       excludes=[people(who("Chris", "Park"))],
       truth=[people(f"{co('Acme Logistics')} AND p.title = 'CFO'", PERSON_ROW)])),
    (P, "contact_roles", "who r the buyers at blue yonder",
     "Julia Klein (the only Buyer there); Noah Jensen (VP Sales) and Jasper Reyes (Product Manager) must not be given",
     d(contains=[people(f"{co('Blue Yonder Airlines')} AND p.title = 'Buyer'")],
       excludes=[people(f"{co('Blue Yonder Airlines')} AND p.first_name IN ('Noah', 'Jasper')")],
       truth=[people(f"{co('Blue Yonder Airlines')} AND p.title = 'Buyer'", PERSON_ROW)])),
    (S, "contact_roles", "which alpine ski house contacts are marked customer",
     "Omar Turner and Ruby Fischer (lifecycle customer); the four other Alpine Ski House contacts must not appear",
     d(contains=[people(f"{co('Alpine Ski House')} AND p.lifecycle_stage = 'customer'")],
       excludes=[people(f"{co('Alpine Ski House')} AND p.lifecycle_stage <> 'customer'")],
       truth=[people(f"{co('Alpine Ski House')} AND p.lifecycle_stage = 'customer'", f"{PERSON}, p.title, p.lifecycle_stage")])),
    (J, "contact_roles", "How many contacts do we have on file at Acme Logistics?",
     "7; the count for both Acme companies together (10) must not be given",
     d(contains=[people(co("Acme Logistics"), "count(*)")],
       excludes=[people("c.name LIKE 'Acme%'", "count(*)")],
       truth=[people(co("Acme Logistics"), "count(*)"), people(co("Acme Logistics"), f"{PERSON}, p.title")])),
    (R, "contact_roles", "engineering leads at hooli or prosewear?",
     "typo for Proseware: Adrian Kim (Hooli) and Anton Collins (Proseware); the CTOs there (Damian Russo, Jenna Meyer, Sabrina Silva) must not "
     "be given",
     d(contains=[people("c.name IN ('Hooli', 'Proseware') AND p.title = 'Engineering Lead'")],
       excludes=[people("c.name IN ('Hooli', 'Proseware') AND p.title = 'CTO'")],
       truth=[people("c.name IN ('Hooli', 'Proseware') AND p.title = 'Engineering Lead'", PERSON_ROW)])),
    (A, "contact_roles", "how many contacts are still at the lead lifecycle stage",
     "30 contacts with lifecycle stage lead; the prospect count (28) must not be given",
     d(contains=[people("p.lifecycle_stage = 'lead'", "count(*)")],
       excludes=[people("p.lifecycle_stage = 'prospect'", "count(*)")],
       truth=[people("p.lifecycle_stage = 'lead'", "count(*)")])),
    (P, "contact_roles", "finance managers at stark industries?",
     "Selena Wagner and Basil Rossi; the deal contact Chris Walker (Director of Engineering) and Ian Shaw (IT Manager) "
     "must not be given",
     d(contains=[people(f"{co('Stark Industries')} AND p.title = 'Finance Manager'")],
       excludes=[people(f"{co('Stark Industries')} AND p.title <> 'Finance Manager'")],
       truth=[people(f"{co('Stark Industries')} AND p.title = 'Finance Manager'", PERSON_ROW)])),

    # ============================================================== account_owner: account owner vs deal owner
    (J, "account_owner", "Who is the account owner for Acme Logistics?",
     "Priya; Acme Corp's owner (Alex) must not be given",
     d(contains=[companies(co("Acme Logistics"), FIRST)],
       excludes=[companies(co("Acme Corp"), FIRST)],
       truth=[companies(co("Acme Logistics"), f"{FIRST}, c.name")])),
    (P, "account_owner", "which accounts do i own that have no deals at all",
     "Priya: Soylent Foods, Wingtip Toys, Coho Winery; Sam's deal-less accounts (Vandelay, Litware, Adventure Works) must "
     "not appear",
     d(contains=[companies(f"c.owner_id = {PRIYA} AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.company_id = c.id)")],
       excludes=[companies(f"c.owner_id <> {PRIYA} AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.company_id = c.id)")],
       truth=[companies(f"c.owner_id = {PRIYA} AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.company_id = c.id)")])),
    (S, "account_owner", "how many of my deals are on accounts i don't own",
     "Sam's deals whose company is owned by another rep; his total deal count (14) must not be given",
     d(contains=[deals(f"d.owner_id = {SAM} AND c.owner_id <> {SAM}", "count(*)")],
       excludes=[deals(f"d.owner_id = {SAM}", "count(*)")],
       truth=[deals(f"d.owner_id = {SAM} AND c.owner_id <> {SAM}", "count(*)"),
              deals(f"d.owner_id = {SAM} AND c.owner_id <> {SAM}", "d.name, c.name")])),
    (R, "account_owner", "Which of Alex's accounts have deals run by someone else?",
     "Alex-owned companies with at least one deal owned by Priya or Sam; Alex's accounts where he runs every deal must not "
     "appear",
     d(contains=[companies(f"c.owner_id = {ALEX} AND EXISTS (SELECT 1 FROM deals d WHERE d.company_id = c.id "
                           f"AND d.owner_id <> {ALEX})", "c.name", "ORDER BY c.name LIMIT 5")],
       excludes=[companies(f"c.owner_id = {ALEX} AND EXISTS (SELECT 1 FROM deals d WHERE d.company_id = c.id) AND NOT "
                           f"EXISTS (SELECT 1 FROM deals d WHERE d.company_id = c.id AND d.owner_id <> {ALEX})",
                           "c.name", "ORDER BY c.name LIMIT 4")],
       truth=[companies(f"c.owner_id = {ALEX} AND EXISTS (SELECT 1 FROM deals d WHERE d.company_id = c.id "
                        f"AND d.owner_id <> {ALEX})"),
              deals(f"c.owner_id = {ALEX} AND d.owner_id <> {ALEX}", f"d.name, {FIRST}")])),
    (R, "account_owner", "who's the account owner for luke jensen's company",
     "Luke Jensen is at Tyrell Systems, owned by Alex; the owners of the other Jensens' companies (Sam: Dunder Mifflin; "
     "Priya: Margie's Travel) must not be given",
     d(contains=[people(who("Luke", "Jensen"), "c.name"),
                 f"SELECT {FIRST} FROM contacts p JOIN companies c ON c.id = p.company_id JOIN users u ON u.id = c.owner_id "
                 f"WHERE {who('Luke', 'Jensen')}"],
       excludes=[users(f"u.id IN ({PRIYA}, {SAM})")],
       truth=[people(who("Luke", "Jensen"), "c.name"),
              f"SELECT {FIRST} FROM contacts p JOIN companies c ON c.id = p.company_id JOIN users u ON u.id = c.owner_id "
              f"WHERE {who('Luke', 'Jensen')}"])),
    (J, "account_owner", "How many companies are assigned to Priya?",
     "13 accounts; Priya's deal count (21) and Alex's account count (14) must not be given",
     d(contains=[companies(f"c.owner_id = {PRIYA}", "count(*)")],
       excludes=[deals(f"d.owner_id = {PRIYA}", "count(*)"), companies(f"c.owner_id = {ALEX}", "count(*)")],
       truth=[companies(f"c.owner_id = {PRIYA}", "count(*)"), companies(f"c.owner_id = {PRIYA}")])),
    (S, "account_owner", "who owns the contact record for tom becker",
     "Priya (contact owner; Tom Becker is at Acme Logistics); Acme Corp's owner (Alex) must not be given",
     d(contains=[f"SELECT {FIRST} FROM contacts p JOIN users u ON u.id = p.owner_id WHERE {who('Tom', 'Becker')}"],
       excludes=[companies(co("Acme Corp"), FIRST)],
       truth=[f"SELECT {FIRST}, p.first_name || ' ' || p.last_name FROM contacts p JOIN users u ON u.id = p.owner_id "
              f"WHERE {who('Tom', 'Becker')}"])),
    (R, "account_owner", "dunder mifflin: who owns the account vs who owns the deal?",
     "account owner Sam; the Dunder Mifflin Platform deal is Alex's; Priya must not be named",
     d(contains=[companies(co("Dunder Mifflin"), FIRST), deals(co("Dunder Mifflin"), FIRST)],
       excludes=[users(f"u.id = {PRIYA}")],
       truth=[companies(co("Dunder Mifflin"), FIRST), deals(co("Dunder Mifflin"), f"{FIRST}, d.name")])),

    # ============================================================== per_rep: one number per rep
    (J, "per_rep", "How many open opportunities is each rep carrying?",
     "Alex 20, Priya 18, Sam 10; the all-stage deal counts per rep (25 / 21 / 14) must not be given",
     d(contains=[deals(OPEN, "count(*)", "GROUP BY d.owner_id")],
       excludes=[deals("TRUE", "count(*)", "GROUP BY d.owner_id")],
       truth=[deals(OPEN, f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (R, "per_rep", "september activity count by rep",
     "Alex 76, Priya 63, Sam 38; the October counts (89 / 57 / 39) must not be given",
     d(contains=[acts(between("a.occurred_at", *SEP), "count(*)", "GROUP BY a.author_id")],
       excludes=[acts(between("a.occurred_at", *OCT), "count(*)", "GROUP BY a.author_id")],
       truth=[acts(between("a.occurred_at", *SEP), f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (J, "per_rep", "Closed-won revenue per rep for 2026?",
     "Alex 43,000, Priya 206,000, Sam 178,000; the lost totals per rep must not be given",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *YEAR)}", "sum(d.amount)", "GROUP BY d.owner_id")],
       excludes=[deals(f"{LOST} AND {between('d.close_date', *YEAR)}", "sum(d.amount)", "GROUP BY d.owner_id")],
       truth=[deals(f"{WON} AND {between('d.close_date', *YEAR)}", f"{FIRST}, sum(d.amount)", f"GROUP BY {FIRST}")])),
    (A, "per_rep", "open tasks per rep - all of them, not just overdue",
     "Alex 25, Priya 16, Sam 12; each rep's all-status task count (32 / 28 / 20) must not be given",
     d(contains=[tasks(OPEN_TASK, "count(*)", "GROUP BY t.owner_id")],
       excludes=[tasks("TRUE", "count(*)", "GROUP BY t.owner_id")],
       truth=[tasks(OPEN_TASK, f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (S, "per_rep", "avg open deal size for each rep",
     "Alex 85,200, Priya 107,167, Sam 86,250 (rounded); the per-rep averages over all deals (with won and lost) must not "
     "be given",
     d(contains=[deals(OPEN, "round(avg(d.amount))", "GROUP BY d.owner_id")],
       excludes=[deals("TRUE", "round(avg(d.amount))", "GROUP BY d.owner_id")],
       truth=[deals(OPEN, f"{FIRST}, round(avg(d.amount)), count(*), sum(d.amount)", f"GROUP BY {FIRST}")])),
    (R, "per_rep", "which rep has the most $ sitting in lead",
     "Priya, 748,000 in Lead (8 deals); her whole open pipeline (1,929,000) must not be given as her Lead total",
     d(contains=[deals("d.stage = 'Lead'", f"{FIRST}, sum(d.amount)", f"GROUP BY {FIRST} ORDER BY sum(d.amount) DESC LIMIT 1")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "sum(d.amount)")],
       truth=[deals("d.stage = 'Lead'", f"{FIRST}, sum(d.amount)", f"GROUP BY {FIRST}")])),
    (P, "per_rep", "meetings per rep in september?",
     "Alex 17, Priya 7, Sam 5; the September all-type counts per rep (76 / 63 / 38) must not be given",
     d(contains=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *SEP)}", "count(*)", "GROUP BY a.author_id")],
       excludes=[acts(between("a.occurred_at", *SEP), "count(*)", "GROUP BY a.author_id")],
       truth=[acts(f"a.type = 'meeting' AND {between('a.occurred_at', *SEP)}", f"{FIRST}, count(*)",
                   f"GROUP BY {FIRST}")])),
    (J, "per_rep", "Emails logged by each rep so far this month?",
     "November to date: Alex 15, Priya 6, Sam 5; the October email counts (23 / 12 / 13) must not be given",
     d(contains=[acts(f"a.type = 'email' AND {between('a.occurred_at', *NOV)}", "count(*)", "GROUP BY a.author_id")],
       excludes=[acts(f"a.type = 'email' AND {between('a.occurred_at', *OCT)}", "count(*)", "GROUP BY a.author_id")],
       truth=[acts(f"a.type = 'email' AND {between('a.occurred_at', *NOV)}", f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),

    # ============================================================== per_product: by product
    (A, "per_product", "open support plan $?",
     "nine open Support Plan deals, 651,000; the total with the lost Margie's Support Plan (756,000) must not be given",
     d(contains=[deals(f"{OPEN} AND d.product = 'Support Plan'", "sum(d.amount)")],
       excludes=[deals("d.product = 'Support Plan'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.product = 'Support Plan'", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND d.product = 'Support Plan'", DEAL_ROW)])),
    (S, "per_product", "which product has the highest average open deal size",
     "Software License, 127,286 (891,000 / 7); Consulting Services has the largest open total (1,128,000), which must not "
     "be given as the answer",
     d(contains=[deals(OPEN, "d.product, round(avg(d.amount))", "GROUP BY d.product ORDER BY avg(d.amount) DESC LIMIT 1")],
       excludes=[deals(f"{OPEN} AND d.product = 'Consulting Services'", "sum(d.amount)")],
       truth=[deals(OPEN, "d.product, round(avg(d.amount)), count(*), sum(d.amount)",
                    "GROUP BY d.product ORDER BY avg(d.amount) DESC LIMIT 1")])),
    (P, "per_product", "security add-on deals in proposal?",
     "Fabrikam, Blue Yonder Airlines and Tyrell Systems Security Add-on; the Security Add-on deals in other stages must "
     "not appear",
     d(contains=[deals("d.product = 'Security Add-on' AND d.stage = 'Proposal'")],
       excludes=[deals(f"d.product = 'Security Add-on' AND {OPEN} AND d.stage <> 'Proposal'")],
       truth=[deals("d.product = 'Security Add-on' AND d.stage = 'Proposal'", DEAL_ROW + ", u.name")])),
    (R, "per_product", "alex's open analytics suite deals",
     "Initech, Proseware and Tyrell Systems Analytics Suite; Priya's open Analytics Suite deals (Alpine Ski House, "
     "Tailspin, Blue Yonder) must not appear",
     d(contains=[deals(f"{OPEN} AND d.product = 'Analytics Suite' AND d.owner_id = {ALEX}")],
       excludes=[deals(f"{OPEN} AND d.product = 'Analytics Suite' AND d.owner_id = {PRIYA}")],
       truth=[deals(f"{OPEN} AND d.product = 'Analytics Suite' AND d.owner_id = {ALEX}", DEAL_ROW)])),
    (J, "per_product", "Priya's open Consulting Services total, please?",
     "Wayne 60,000 + Wonka 169,000 + Woodgrove 175,000 = 404,000; the team's open Consulting Services total must not be "
     "given",
     d(contains=[deals(f"{OPEN} AND d.product = 'Consulting Services' AND d.owner_id = {PRIYA}", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND d.product = 'Consulting Services'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.product = 'Consulting Services' AND d.owner_id = {PRIYA}", "sum(d.amount)"),
              deals(f"{OPEN} AND d.product = 'Consulting Services' AND d.owner_id = {PRIYA}", DEAL_ROW)])),
    (S, "per_product", "what products r in negotiation rn",
     "Security Add-on, Consulting Services, Analytics Suite; products with no Negotiation deal (Platform, Software "
     "License, Support Plan) must not be named",
     d(contains=[deals("d.stage = 'Negotiation'", "DISTINCT d.product")],
       excludes=[deals("d.product NOT IN (SELECT product FROM deals WHERE stage = 'Negotiation')", "DISTINCT d.product")],
       truth=[deals("d.stage = 'Negotiation'", "d.product, d.name")])),
    (A, "per_product", "count of open support plan deals closing in 2027",
     "four (Massive Dynamic Jan 27, Tailspin Feb 9, Trey Mar 22, Blue Yonder Apr 17); Support Plan deals closing in 2026 "
     "(Acme Corp Renewal, Fabrikam Support Plan) must not be counted in",
     d(contains=[deals(f"{OPEN} AND d.product = 'Support Plan' AND year(d.close_date) = 2027", "count(*)")],
       excludes=[deals(named("Acme Corp Renewal", "Fabrikam Support Plan"))],
       truth=[deals(f"{OPEN} AND d.product = 'Support Plan' AND year(d.close_date) = 2027", "count(*)"),
              deals(f"{OPEN} AND d.product = 'Support Plan' AND year(d.close_date) = 2027", "d.name, d.stage")])),
    (P, "per_product", "have we lost any platform deals, and for how much",
     "one: Southridge Video Platform, 104,000 (Oct 14); the largest Software License loss (Oscorp, 186,000) must not be "
     "given",
     d(contains=[deals(f"{LOST} AND d.product = 'Platform'", "d.name, d.amount")],
       excludes=[deals(f"{LOST} AND d.product = 'Software License'", "d.name, d.amount",
                       "ORDER BY d.amount DESC LIMIT 1")],
       truth=[deals(f"{LOST} AND d.product = 'Platform'", DEAL_ROW + ", u.name")])),

    # ============================================================== per_stage: by pipeline stage
    (R, "per_stage", "mean $ per deal at the negotiation stage?",
     "385,500 / 5 = 77,100; Alex's Negotiation average (27,000) must not be given as the team's",
     d(contains=[deals("d.stage = 'Negotiation'", "round(avg(d.amount))")],
       excludes=[deals(f"d.stage = 'Negotiation' AND d.owner_id = {ALEX}", "round(avg(d.amount))")],
       truth=[deals("d.stage = 'Negotiation'", "round(avg(d.amount)), count(*), sum(d.amount)")])),
    (J, "per_stage", "How many Qualified deals have a close date before 2027?",
     "six (three of them already past their close date); the Qualified count overall (15) must not be given",
     d(contains=[deals("d.stage = 'Qualified' AND d.close_date < DATE '2027-01-01'", "count(*)")],
       excludes=[deals("d.stage = 'Qualified'", "count(*)")],
       truth=[deals("d.stage = 'Qualified' AND d.close_date < DATE '2027-01-01'", "count(*)"),
              deals("d.stage = 'Qualified' AND d.close_date < DATE '2027-01-01'", DEAL_ROW)])),
    (S, "per_stage", "how many lead-stage deals are over 100k and whats their combined value",
     "seven Lead deals above 100,000; the Lead total overall (1,213,000) must not be given",
     d(contains=[deals("d.stage = 'Lead' AND d.amount > 100000", "count(*), sum(d.amount)")],
       excludes=[deals("d.stage = 'Lead'", "sum(d.amount)")],
       truth=[deals("d.stage = 'Lead' AND d.amount > 100000", "count(*), sum(d.amount)"),
              deals("d.stage = 'Lead' AND d.amount > 100000", DEAL_ROW)])),
    (S, "per_stage", "break my open deals down by stage w/ the $ in each",
     "Sam: Negotiation 156,500, Proposal 225,000, Qualified 481,000 (no Lead); the team's totals for those stages must not "
     "be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM}", "sum(d.amount)", "GROUP BY d.stage")],
       excludes=[deals("d.stage IN ('Negotiation', 'Proposal', 'Qualified')", "sum(d.amount)", "GROUP BY d.stage")],
       truth=[deals(f"{OPEN} AND d.owner_id = {SAM}", "d.stage, count(*), sum(d.amount)", "GROUP BY d.stage")])),
    (A, "per_stage", "negotiation deals w/ a close date this year",
     "Woodgrove Bank Consulting Services (Nov 28) and Hooli Security Add-on (Dec 18); the 2027 Negotiation deals "
     "(Contoso Analytics, Nakatomi Consulting, Cyberdyne Consulting) must not appear",
     d(contains=[deals("d.stage = 'Negotiation' AND year(d.close_date) = 2026")],
       excludes=[deals("d.stage = 'Negotiation' AND year(d.close_date) = 2027")],
       truth=[deals("d.stage = 'Negotiation' AND year(d.close_date) = 2026", DEAL_ROW + ", u.name")])),
    (P, "per_stage", "so how many of my deals are still sitting at lead and what's the total $ on those, need it for my 1:1",
     "Priya: 8 Lead deals, 748,000; the team's Lead total (1,213,000) must not be given",
     d(contains=[deals(f"d.stage = 'Lead' AND d.owner_id = {PRIYA}", "count(*), sum(d.amount)")],
       excludes=[deals("d.stage = 'Lead'", "sum(d.amount)")],
       truth=[deals(f"d.stage = 'Lead' AND d.owner_id = {PRIYA}", "count(*), sum(d.amount)"),
              deals(f"d.stage = 'Lead' AND d.owner_id = {PRIYA}", DEAL_ROW)])),
    (R, "per_stage", "Qualified deals closing in february or march 2027?",
     "Stark Industries Software License (Feb 1), Trey Research Support Plan (Mar 22), Proseware Consulting Services "
     "(Mar 29); the January Qualified deals must not appear",
     d(contains=[deals(f"d.stage = 'Qualified' AND {between('d.close_date', '2027-02-01', '2027-03-31')}")],
       excludes=[deals(f"d.stage = 'Qualified' AND {between('d.close_date', *JAN)}")],
       truth=[deals(f"d.stage = 'Qualified' AND {between('d.close_date', '2027-02-01', '2027-03-31')}", DEAL_ROW)])),
    (J, "per_stage", "What's the smallest deal currently in Qualified?",
     "Bluth Company Analytics Suite, 10,000; the smallest deal overall (Monarch Security Add-on, 5,000, Closed Lost) must "
     "not be given",
     d(contains=[deals("d.stage = 'Qualified'", "d.name, d.amount", "ORDER BY d.amount LIMIT 1")],
       excludes=[deals("TRUE", "d.name, d.amount", "ORDER BY d.amount LIMIT 1")],
       truth=[deals("d.stage = 'Qualified'", DEAL_ROW, "ORDER BY d.amount LIMIT 1")])),

    # ============================================================== rankings: top / bottom
    (J, "rankings", "Top 3 open deals by amount?",
     "Stark Industries Software License 250,000, Nakatomi Trading Software License 199,000, Sterling Cooper Consulting "
     "Services 194,000; number four (Proseware Consulting, 189,000) must not be listed",
     d(contains=[deals(OPEN, "d.name", "ORDER BY d.amount DESC LIMIT 3")],
       excludes=[deals(OPEN, "d.name", "ORDER BY d.amount DESC LIMIT 1 OFFSET 3")],
       truth=[deals(OPEN, DEAL_ROW + ", u.name", "ORDER BY d.amount DESC LIMIT 3")])),
    (A, "rankings", "which account has the most open pipeline",
     "Alpine Ski House, 509,000 over four deals; the account with the single biggest deal (Stark Industries) must not be "
     "given",
     d(contains=[deals(OPEN, "c.name, sum(d.amount)", "GROUP BY c.name ORDER BY sum(d.amount) DESC LIMIT 1")],
       excludes=[lit("Stark Industries")],
       truth=[deals(OPEN, "c.name, sum(d.amount), count(*)", "GROUP BY c.name ORDER BY sum(d.amount) DESC LIMIT 1")])),
    (R, "rankings", "who's the single most-contacted person in the crm, by activities logged?",
     "Ethan Nguyen (127 activities); no exclude (runners-up may be listed as context)",
     d(contains=[acts("TRUE", PERSON, f"GROUP BY {PERSON} ORDER BY count(*) DESC LIMIT 1")],
       truth=[acts("TRUE", f"{PERSON}, count(*)", f"GROUP BY {PERSON} ORDER BY count(*) DESC LIMIT 1")])),
    (P, "rankings", "which of my open deals is the biggest",
     "Priya: Alpine Ski House Security Add-on, 188,000; the team's biggest (Alex's Stark deal) must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals(OPEN, "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 1")])),
    (S, "rankings", "biggest deal closing in january",
     "Blue Yonder Airlines Analytics Suite, 170,000 (Jan 10); Stark (Feb 1, 250,000) must not be given",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals("d.name = 'Stark Industries Software License'", "d.name, d.amount")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *JAN)}", DEAL_ROW + ", u.name",
                    "ORDER BY d.amount DESC LIMIT 1")])),
    (J, "rankings", "Which company has the most contacts on file?",
     "Acme Logistics, 7; Acme Corp (3) must not be given",
     d(contains=[people("TRUE", "c.name, count(*)", "GROUP BY c.name ORDER BY count(*) DESC LIMIT 1")],
       excludes=[lit("Acme Corp")],
       truth=[people("TRUE", "c.name, count(*)", "GROUP BY c.name ORDER BY count(*) DESC LIMIT 1")])),
    (R, "rankings", "Which industry has the most companies in the CRM?",
     "Software, 4 companies (Initech, Pied Piper, Litware, Proseware); Manufacturing (the industry with the most open "
     "pipeline) must not be given",
     d(contains=[companies("TRUE", "c.industry, count(*)", "GROUP BY c.industry ORDER BY count(*) DESC LIMIT 1")],
       excludes=[lit("Manufacturing")],
       truth=[companies("TRUE", "c.industry, count(*)", "GROUP BY c.industry ORDER BY count(*) DESC LIMIT 1"),
              companies("c.industry = 'Software'")])),
    (A, "rankings", "what activity type did i log the most in september",
     "Alex in September: calls, 24 (then notes 18, meetings 17, emails 14); his October call count (30) must not be given",
     d(contains=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *SEP)}", "a.type, count(*)",
                      "GROUP BY a.type ORDER BY count(*) DESC LIMIT 1")],
       excludes=[acts(f"a.author_id = {ALEX} AND a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       truth=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *SEP)}", "a.type, count(*)",
                   "GROUP BY a.type")])),

    # ============================================================== comparisons: two things side by side
    (R, "comparisons", "did priya or alex log more calls in november",
     "Priya 12 vs Alex 4 (November to date); their October call counts (19 / 30) must not be given",
     d(contains=[users(f"u.id = {PRIYA}"),
                 acts(f"a.type = 'call' AND a.author_id IN ({ALEX}, {PRIYA}) AND {between('a.occurred_at', *NOV)}",
                      "count(*)", "GROUP BY a.author_id")],
       excludes=[acts(f"a.type = 'call' AND a.author_id IN ({ALEX}, {PRIYA}) AND {between('a.occurred_at', *OCT)}",
                      "count(*)", "GROUP BY a.author_id")],
       truth=[acts(f"a.type = 'call' AND a.author_id IN ({ALEX}, {PRIYA}) AND {between('a.occurred_at', *NOV)}",
                   f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (S, "comparisons", "more open $ at fabrikam or at alpine ski house?",
     "Alpine Ski House 509,000 vs Fabrikam 440,000; Nakatomi's open total (404,000) must not be given",
     d(contains=[deals(f"{OPEN} AND c.name IN ('Fabrikam', 'Alpine Ski House')", "sum(d.amount)", "GROUP BY c.name"),
                 lit("Alpine Ski House")],
       excludes=[deals(f"{OPEN} AND {co('Nakatomi Trading')}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND c.name IN ('Fabrikam', 'Alpine Ski House')", "c.name, count(*), sum(d.amount)",
                    "GROUP BY c.name")])),
    (J, "comparisons", "Total won vs total lost this year?",
     "won 427,000 (5 deals) vs lost 751,000 (7 deals); the Q4-only figures (185,000 won, 511,000 lost) must not be given",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *YEAR)}", "sum(d.amount)"),
                 deals(f"{LOST} AND {between('d.close_date', *YEAR)}", "sum(d.amount)")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *Q4)}", "sum(d.amount)"),
                 deals(f"{LOST} AND {between('d.close_date', *Q4)}", "sum(d.amount)")],
       truth=[deals(f"d.stage IN ('Closed Won', 'Closed Lost') AND {between('d.close_date', *YEAR)}",
                    "d.stage, count(*), sum(d.amount)", "GROUP BY d.stage")])),
    (P, "comparisons", "sept vs oct - which month had more logged activity overall",
     "October 185 vs September 177; November so far (88) must not be given",
     d(contains=[acts(between("a.occurred_at", *SEP), "count(*)"), acts(between("a.occurred_at", *OCT), "count(*)")],
       excludes=[acts(between("a.occurred_at", *NOV), "count(*)")],
       truth=[acts(between("a.occurred_at", *SEP), "count(*)"), acts(between("a.occurred_at", *OCT), "count(*)")])),
    (A, "comparisons", "my open pipeline vs priya's - who's ahead?",
     "Priya 1,929,000 vs Alex 1,704,000: Priya; Sam's open pipeline (862,500) must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id IN ({ALEX}, {PRIYA})", "sum(d.amount)", "GROUP BY d.owner_id"),
                 users(f"u.id = {PRIYA}")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {SAM}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.owner_id IN ({ALEX}, {PRIYA})", f"{FIRST}, count(*), sum(d.amount)",
                    f"GROUP BY {FIRST}")])),
    (J, "comparisons", "Software License vs Support Plan: which has more open pipeline?",
     "Software License 891,000 vs Support Plan 651,000; Analytics Suite's open total (782,000) must not be given",
     d(contains=[deals(f"{OPEN} AND d.product IN ('Software License', 'Support Plan')", "sum(d.amount)",
                       "GROUP BY d.product")],
       excludes=[deals(f"{OPEN} AND d.product = 'Analytics Suite'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.product IN ('Software License', 'Support Plan')", "d.product, count(*), sum(d.amount)",
                    "GROUP BY d.product")])),
    (R, "comparisons", "are more open deals due to close in jan '27 or in feb '27?",
     "January 7 vs February 8: February; March deals (Wayne Enterprises Consulting, Proseware Consulting Services) must "
     "not be counted in (March also has 8, so its count is no exclude)",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "count(*)"),
                 deals(f"{OPEN} AND {between('d.close_date', *FEB)}", "count(*)")],
       excludes=[deals(named("Wayne Enterprises Consulting", "Proseware Consulting Services"))],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "count(*)"),
              deals(f"{OPEN} AND {between('d.close_date', *FEB)}", "count(*)"),
              deals(f"{OPEN} AND {between('d.close_date', '2027-01-01', '2027-02-28')}", "d.name, d.close_date")])),
    (S, "comparisons", "how does my avg open deal compare to the team avg",
     "Sam 86,250 vs team 93,656 (4,495,500 / 48, rounded); Sam's average over all his deals (94,321, with won and lost) "
     "must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM}", "round(avg(d.amount))"), deals(OPEN, "round(avg(d.amount))")],
       excludes=[deals(f"d.owner_id = {SAM}", "round(avg(d.amount))")],
       truth=[deals(f"{OPEN} AND d.owner_id = {SAM}", "round(avg(d.amount))"), deals(OPEN, "round(avg(d.amount))")])),

    # ============================================================== yes_no: yes/no with a checkable detail
    (A, "yes_no", "woodgrove deal - still alive or closed out?",
     "yes: Woodgrove Bank Consulting Services is in Negotiation (175,000, closes 2026-11-28); the stage of the other "
     "Finance account's deal (Gringotts, Closed Lost) must not be given",
     d(contains=[deals(co("Woodgrove Bank"), "d.stage")],
       excludes=[deals(co("Gringotts Finance"), "d.stage")],
       truth=[deals(co("Woodgrove Bank"), DEAL_ROW + ", u.name")])),
    (P, "yes_no", "northwind - ever closed a win there?",
     "yes: Northwind Health Security Add-on, 113,000 (2026-06-26, Sam's); the other Healthcare account's deal (Umbrella "
     "Health Support Plan, open) must not be given",
     d(contains=[deals(f"{WON} AND {co('Northwind Health')}")],
       excludes=[deals(co("Umbrella Health"))],
       truth=[deals(f"{WON} AND {co('Northwind Health')}", DEAL_ROW + ", u.name")])),
    (S, "yes_no", "have i logged a single thing since monday?",
     "no: Sam's latest activity is 2026-11-14 (last week), so the answer is none; the deals Alex and Priya logged on since "
     "Monday must not be given as Sam's",
     d(excludes=[acts("a.occurred_at >= DATE '2026-11-16'", "DISTINCT d.name")],
       truth=[acts(f"a.author_id = {SAM} AND a.occurred_at >= DATE '2026-11-16'", ACT_ROW)])),
    (R, "yes_no", "Is Sam the owner of the Globex Platform Expansion deal?",
     "no: Priya owns the deal (Sam owns the Globex account, which may be mentioned); Alex must not be named",
     d(contains=[deals("d.name = 'Globex Platform Expansion'", FIRST)],
       excludes=[users(f"u.id = {ALEX}")],
       truth=[deals("d.name = 'Globex Platform Expansion'", f"{FIRST}, d.stage, d.amount")])),
    (P, "yes_no", "do i have any tasks due today?",
     "no: Priya has no task due 2026-11-18 (the answer is none; her overdue ones may be mentioned); Alex's done Cyberdyne "
     "contract task due today must not be given as hers",
     d(excludes=[tasks("t.due_date = DATE '2026-11-18'")],
       truth=[tasks(f"t.owner_id = {PRIYA} AND t.due_date = DATE '2026-11-18'", TASK_ROW)])),
    (A, "yes_no", "is dana smith the contact on both acme corp deals?",
     "yes: Acme Corp Renewal and Acme Corp Expansion; the Acme Logistics deal (Tom Becker) must not be given",
     d(contains=[deals(f"{co('Acme Corp')} AND {who('Dana', 'Smith')}")],
       excludes=[deals(co("Acme Logistics"))],
       truth=[deals(co("Acme Corp"), f"d.name, {PERSON}")])),
    (S, "yes_no", "did the fabrikam software license close already?",
     "no: it is in Proposal (177,000, close date 2026-12-03); the Closed Won stage must not be given",
     d(contains=[deals("d.name = 'Fabrikam Software License'", "d.stage")],
       excludes=[lit("Closed Won")],
       truth=[deals("d.name = 'Fabrikam Software License'", DEAL_ROW + ", u.name")])),
    (R, "yes_no", "Did Alex log more than 25 calls in October?",
     "yes, 30; Alex's October all-type count (89) must not be given as his calls",
     d(contains=[acts(f"a.author_id = {ALEX} AND a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       excludes=[acts(f"a.author_id = {ALEX} AND {between('a.occurred_at', *OCT)}", "count(*)")],
       truth=[acts(f"a.author_id = {ALEX} AND a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)")])),

    # ============================================================== two_part: two asks in one message
    (R, "two_part", "what stage is the monarch platform deal in and what's it worth",
     "Lead, 17,000; the other Monarch deals' amounts (Software License 133,000, lost Security Add-on 5,000) must not be "
     "given",
     d(contains=[deals("d.name = 'Monarch Solutions Platform'", "d.stage, d.amount")],
       excludes=[deals(f"{co('Monarch Solutions')} AND d.name <> 'Monarch Solutions Platform'", "d.amount")],
       truth=[deals("d.name = 'Monarch Solutions Platform'", DEAL_ROW + ", u.name")])),
    (J, "two_part", "Who owns the Cyberdyne account, and who owns its open deals?",
     "account: Priya; both open Cyberdyne deals (Security Add-on, Consulting Services) are Alex's; Sam must not be named",
     d(contains=[companies(co("Cyberdyne"), FIRST), deals(f"{OPEN} AND {co('Cyberdyne')}", f"DISTINCT {FIRST}")],
       excludes=[users(f"u.id = {SAM}")],
       truth=[companies(co("Cyberdyne"), FIRST), deals(f"{OPEN} AND {co('Cyberdyne')}", f"d.name, {FIRST}")])),
    (A, "two_part", "how many open deals do i have at nakatomi and which one's the biggest",
     "4 open; the biggest is Nakatomi Trading Software License (199,000); Alex's biggest deal overall (Stark) must not "
     "be given",
     d(contains=[n_open(f"d.owner_id = {ALEX} AND {co('Nakatomi Trading')}"),
                 deals(f"{OPEN} AND {co('Nakatomi Trading')}", "d.name", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals("d.name = 'Stark Industries Software License'")],
       truth=[n_open(f"d.owner_id = {ALEX} AND {co('Nakatomi Trading')}"),
              deals(f"{OPEN} AND {co('Nakatomi Trading')}", DEAL_ROW, "ORDER BY d.amount DESC")])),
    (S, "two_part", "whos the contact on hooli security and when's it closing",
     "Olivia Chen, 2026-12-18; the other Hooli contacts must not be given",
     d(contains=[deals("d.name = 'Hooli Security Add-on'", f"{PERSON}, d.close_date")],
       excludes=[people(f"{co('Hooli')} AND p.first_name <> 'Olivia'")],
       truth=[deals("d.name = 'Hooli Security Add-on'", f"{PERSON}, p.title, {DEAL_ROW}")])),
    (P, "two_part", "how much did we lose at margies and who owned that deal",
     "Margie's Travel Support Plan, 105,000, Sam's; the won Security Add-on's amount (185,000) must not be given as the "
     "loss",
     d(contains=[deals(f"{LOST} AND {co(MARGIES)}", f"d.amount, {FIRST}")],
       excludes=[deals(f"{WON} AND {co(MARGIES)}", "d.amount")],
       truth=[deals(f"{LOST} AND {co(MARGIES)}", DEAL_ROW + f", {FIRST}")])),
    (R, "two_part", "how many tasks does alex have open and how many of those are overdue",
     "25 open, 15 overdue; the team's open and overdue counts (53, 22) must not be given",
     d(contains=[tasks(f"t.owner_id = {ALEX} AND {OPEN_TASK}", "count(*)"), tasks(f"t.owner_id = {ALEX} AND {OVERDUE}",
                                                                                 "count(*)")],
       excludes=[tasks(OPEN_TASK, "count(*)"), tasks(OVERDUE, "count(*)")],
       truth=[tasks(f"t.owner_id = {ALEX} AND {OPEN_TASK}", "count(*)"),
              tasks(f"t.owner_id = {ALEX} AND {OVERDUE}", "count(*)")])),
    (J, "two_part", "Which still-open deal is Keith Fischer the contact on, and what's it worth?",
     "Margie's Travel Software License, 42,000 (Proposal); his closed deals (Support Plan lost 105,000, Security Add-on "
     "won 185,000) must not be given",
     d(contains=[deals(f"{OPEN} AND {who('Keith', 'Fischer')}", "d.name, d.amount")],
       excludes=[deals(f"NOT ({OPEN}) AND {who('Keith', 'Fischer')}", "d.name, d.amount")],
       truth=[deals(f"{OPEN} AND {who('Keith', 'Fischer')}", DEAL_ROW)])),
    (A, "two_part", "email for colin hughes + when did i last log anything with him",
     "colin.hughes@nakatomi.com; last activity 2026-11-07 (Quarterly review); Sven Hughes' email (same company) must not "
     "be given",
     d(contains=[people(who("Colin", "Hughes"), "p.email"),
                 latest(f"{who('Colin', 'Hughes')} AND a.author_id = {ALEX}", DAY)],
       excludes=[people(who("Sven", "Hughes"), "p.email")],
       truth=[people(who("Colin", "Hughes"), "p.email"),
              latest(f"{who('Colin', 'Hughes')} AND a.author_id = {ALEX}", ACT_ROW)])),

    # ============================================================== decline: fields the CRM does not hold
    (A, "decline", "whats the lead source on the tyrell security deal", "no lead source / channel / campaign field",
     d(absent=[no_column("source", "channel", "campaign", "referr")])),
    (P, "decline", "fabrikam headcount?", "no headcount / company size field",
     d(absent=[no_column("employee", "headcount", "size", "staff")])),
    (S, "decline", "hooli's annual revenue?",
     "no revenue field; the Hooli deal amount (18,500) must not be passed off as their revenue",
     d(excludes=[deals(co("Hooli"), "d.amount")],
       absent=[no_column("revenue", "turnover", "annual", "sales")])),
    (R, "decline", "linkedin url for aisha meyer?", "no social / website field on contacts",
     d(absent=[no_column("linkedin", "social", "url", "website", "twitter")])),
    (J, "decline", "Stark deal: what % chance do we have of winning it?", "no probability / forecast field; a prediction",
     d(absent=[no_column("probab", "forecast", "likel", "confidence", "score")])),
    (A, "decline", "name of the rival vendor we're up against at contoso?",
     "notes may say 'Competitor in play' but no competitor name is stored; no exclude (mentioning the note is fine)",
     d(absent=[no_column("competitor", "rival")])),
    (S, "decline", "how long did my last call with olivia chen last", "activities have no duration",
     d(absent=[no_column("duration", "minutes", "length", "ended", "end_")])),
    (R, "decline", "What's Richard Hendricks' home address?", "no address field",
     d(absent=[no_column("address", "street", "city", "zip", "postal")])),
    (P, "decline", "what payment terms did we agree on the margie's security deal?", "no payment terms / contract field",
     d(absent=[no_column("payment", "terms", "invoice", "contract")])),
    # decline: records that do not exist
    (A, "decline", "whats the phone for dana jensen",
     "no Dana Jensen (two Danas, five Jensens exist); the Danas' phones must not be passed off",
     d(excludes=[people("p.first_name = 'Dana'", "p.phone")],
       absent=[people(who("Dana", "Jensen"))])),
    (P, "decline", "whats the value on initech's platform opportunity",
     "no such deal: Initech only has the Analytics Suite (36,000), which must not be passed off",
     d(excludes=[deals(co("Initech"), "d.amount")],
       absent=[deals(f"{co('Initech')} AND (d.product = 'Platform' OR d.name ILIKE '%platform%')")])),
    (S, "decline", "hooli ventures - any open deals?",
     "no company Hooli Ventures (only Hooli); the Hooli Security Add-on must not be passed off",
     d(excludes=[deals(co("Hooli"))],
       absent=["SELECT name FROM companies WHERE name ILIKE '%hooli ventures%'"])),
    (R, "decline", "What stage is the Wonka Industries deal at?",
     "no company Wonka Industries (Wonka Labs and Vandelay Industries exist); the Wonka Labs deal must not be passed off",
     d(excludes=[deals(co("Wonka Labs"))],
       absent=["SELECT name FROM companies WHERE name ILIKE '%wonka industries%'"])),
    (J, "decline", "Who owns the Blue Sky Airlines account?",
     "no such company (Blue Yonder Airlines exists, owned by Alex); Alex must not be given as the owner",
     d(excludes=[companies(co("Blue Yonder Airlines"), FIRST)],
       absent=["SELECT name FROM companies WHERE name ILIKE '%blue sky%'"])),
    (A, "decline", "when did we last speak to elena hughes?",
     "no Elena Hughes (Elena Garcia and four Hugheses exist); Elena Garcia's and Colin Hughes' latest dates must not be "
     "passed off",
     d(excludes=[latest(who("Elena", "Garcia"), DAY), latest(who("Colin", "Hughes"), DAY)],
       absent=[people(who("Elena", "Hughes"))])),
    (P, "decline", "northwind logistics - who's our contact there?",
     "no Northwind Logistics (Northwind Health and Acme Logistics exist); Aaron Reyes and Tom Becker must not be passed off",
     d(excludes=[people(f"{who('Aaron', 'Reyes')} OR {who('Tom', 'Becker')}")],
       absent=["SELECT name FROM companies WHERE name ILIKE '%northwind logistics%'"])),
    (S, "decline", "trey research analytics suite - when does it close?",
     "no such deal: Trey Research only has the Support Plan (close date 2027-03-22), which must not be passed off",
     d(excludes=[deals(co("Trey Research"), "d.close_date")],
       absent=[deals(f"{co('Trey Research')} AND d.product = 'Analytics Suite'")])),
    (R, "decline", "How many deals does Morgan Lee own?",
     "no user or contact Morgan Lee (Alex Morgan is a rep, Dana Lee a contact); Alex's deal count (25) must not be passed "
     "off",
     d(excludes=[deals(f"d.owner_id = {ALEX}", "count(*)")],
       absent=["SELECT name FROM users WHERE name ILIKE '%morgan lee%'", people(who("Morgan", "Lee"))])),
    # decline: opinions and predictions
    (A, "decline", "will contoso renew with us next year?", "prediction",
     d(absent=[no_column("renew", "churn", "forecast", "probab")])),
    (P, "decline", "which of my deals is most likely to slip?", "prediction",
     d(absent=[no_column("probab", "risk", "likel", "forecast")])),
    (S, "decline", "honestly, who closes better, priya or alex?", "opinion about colleagues",
     d(absent=[no_column("rating", "performance", "quota", "score")])),
    (J, "decline", "What will our revenue be for Q1 2027?",
     "prediction; the open pipeline closing in Q1 2027 is not a forecast and must not be passed off as one",
     d(excludes=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)")],
       absent=[no_column("forecast", "projection", "booking", "revenue")])),
    (R, "decline", "what mood was keith fischer in on the last call?", "opinion / sentiment; the CRM stores no sentiment",
     d(absent=[no_column("sentiment", "mood", "satisf", "nps")])),
    # decline: not about the CRM
    (A, "decline", "gonna rain in chicago tmrw?", "off-topic",
     d(absent=[no_column("weather", "temperature")])),
    (P, "decline", "who won the world series this year", "off-topic",
     d(absent=[no_column("sport", "team_name", "league")])),
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
