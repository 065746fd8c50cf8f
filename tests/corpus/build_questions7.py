"""Writes questions7_dev.jsonl / questions7_test.jsonl from ITEMS below.

Each item is (user, family, text, note, spec). spec holds hand-written SQL against the demo world
(data.demo.generate(Store(":memory:"), 2026-11-18), generated at 09:00):
- contains: the cells of every row are answer_contains (formatted like the questions3/4/5/6 labels)
- excludes: the cells of every row are answer_excludes (what a plausible wrong answer would show)
- truth:    every cell of the complete right answer (contains must be a subset; no exclude may occur inside a cell;
            empty when the right answer is "none")
- absent:   declines only: each query must return no rows
Ids run q7-001 ... q7-120 in ITEMS order. Split: stratified by family. Inside each family the items are shuffled with
random.Random(20270107) (one generator, families taken in sorted order); the first half of each family goes to dev.
A family with an odd count gives its extra item alternately to dev and test.

Run:      AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_questions7.py [-v [-t]]
Validate: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/validate_questions7.py

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
SEED = 20270107
PREFIX = "q7"
DEV, TEST = HERE / "questions7_dev.jsonl", HERE / "questions7_test.jsonl"

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
DEC = ("2026-12-01", "2026-12-31")
AUG = ("2026-08-01", "2026-08-31")
LAST_WEEK = ("2026-11-09", "2026-11-15")
REST_OF_YEAR = ("2026-11-18", "2026-12-31")
NOW = "TIMESTAMP '2026-11-18 09:00:00'"
QUIET = "NOT EXISTS (SELECT 1 FROM activities x WHERE x.deal_id = d.id AND x.occurred_at >= DATE '{since}')"


def quiet(since: str) -> str:
    return QUIET.format(since=since)


def per_owner(where: str, agg: str = "sum(d.amount)") -> str:
    return deals(where, f"{FIRST}, {agg}", f"GROUP BY {FIRST} ORDER BY {FIRST}")


# ------------------------------------------------------------------------------------------------ ITEMS
# (user, family, text, note, spec)
ITEMS = [
    # ============================================================== forecast: open pipeline for a period
    (J, "forecast", "Forecast for December 2026: total open pipeline closing that month, split by stage.",
     "open deals with a December 2026 close date; the per-stage sums are part of the truth; the open total closing in "
     "Nov + Dec (the rest of the year with the past-due deals) must not be given as December's",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND d.close_date <= DATE '2026-12-31'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "d.stage, count(*), sum(d.amount)",
                    "GROUP BY d.stage"),
              deals(f"{OPEN} AND {between('d.close_date', *DEC)}", DEAL_ROW)])),
    (A, "forecast", "my commit number for the rest of 2026 - proposal + negotiation deals closing before jan 1, total $?",
     "Alex's open Proposal/Negotiation deals closing by 2026-12-31 (none is past due); his whole open pipeline closing "
     "in 2026 (with Lead and Qualified) must not be given",
     d(contains=[deals(f"d.owner_id = {ALEX} AND d.stage IN ('Proposal', 'Negotiation') "
                       "AND d.close_date <= DATE '2026-12-31'", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND d.close_date <= DATE '2026-12-31'", "sum(d.amount)")],
       truth=[deals(f"d.owner_id = {ALEX} AND d.stage IN ('Proposal', 'Negotiation') "
                    "AND d.close_date <= DATE '2026-12-31'", "sum(d.amount)"),
              deals(f"d.owner_id = {ALEX} AND d.stage IN ('Proposal', 'Negotiation') "
                    "AND d.close_date <= DATE '2026-12-31'", DEAL_ROW)])),
    (P, "forecast", "what does my pipeline look like for next month",
     "next month = December 2026; Priya's open deals closing then and their total; the team's December total must not be "
     "given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', *DEC)}", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', *DEC)}", "sum(d.amount)"),
              deals(f"{OPEN} AND d.owner_id = {PRIYA} AND {between('d.close_date', *DEC)}", DEAL_ROW)])),
    (R, "forecast", "sam's open pipeline with close dates in Q1 '27 - raw total, no weighting",
     "Sam's open deals closing Jan 1 - Mar 31 2027; Sam's whole open pipeline must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {SAM}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.owner_id = {SAM} AND {between('d.close_date', *Q1_27)}", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND d.owner_id = {SAM} AND {between('d.close_date', *Q1_27)}", DEAL_ROW)])),
    (S, "forecast", "how much of my pipe is already past the close date?",
     "Sam's open deals with a close date before today: only Sterling Cooper Consulting Services (194,000, 2026-11-09); "
     "Sam's whole open pipeline must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM} AND d.close_date < DATE '2026-11-18'", "d.name, d.amount")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {SAM}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.owner_id = {SAM} AND d.close_date < DATE '2026-11-18'", DEAL_ROW)])),
    (J, "forecast", "What's still open and expected to close between today and Dec 31? Total value and deal count.",
     "close dates 2026-11-18 .. 2026-12-31; the three past-due open deals are out: the sum with them must not be given",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *REST_OF_YEAR)}", "count(*), sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND d.close_date <= DATE '2026-12-31'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *REST_OF_YEAR)}", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND {between('d.close_date', *REST_OF_YEAR)}", DEAL_ROW)])),
    (A, "forecast", "how many deals + how much $ have i got landing in feb '27",
     "Alex's open deals closing in February 2027: 4 deals; the team's February total must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *FEB)}", "sum(d.amount)"),
                 deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *FEB)}", "d.name")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *FEB)}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *FEB)}", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *FEB)}", DEAL_ROW)])),
    (R, "forecast", "Open pipeline closing in January 2027, broken down by owner please.",
     "per-owner sums (Alex, Priya, Sam) of open deals closing in January 2027; the Q1 2027 total must not be given",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "sum(d.amount)", f"GROUP BY {FIRST}")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)")],
       truth=[per_owner(f"{OPEN} AND {between('d.close_date', *JAN)}"),
              deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "sum(d.amount)"),
              deals(f"{OPEN} AND {between('d.close_date', *JAN)}", DEAL_ROW + f", {FIRST}")])),
    (P, "forecast", "value sitting in proposal stage that's due to close sometime in 2027?",
     "Proposal deals with a 2027 close date; the whole Proposal total (with the 2026 close dates) must not be given",
     d(contains=[deals("d.stage = 'Proposal' AND d.close_date >= DATE '2027-01-01'", "sum(d.amount)")],
       excludes=[deals("d.stage = 'Proposal'", "sum(d.amount)")],
       truth=[deals("d.stage = 'Proposal' AND d.close_date >= DATE '2027-01-01'", "count(*), sum(d.amount)"),
              deals("d.stage = 'Proposal' AND d.close_date >= DATE '2027-01-01'", DEAL_ROW)])),
    (S, "forecast", "anything in my pipeline expected to close after march 2027? how much",
     "Sam's open deals with close dates from 2027-04-01 on: Bluth Company Analytics Suite (10,000, 2027-04-02); Sam's "
     "Q1 2027 total must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM} AND d.close_date >= DATE '2027-04-01'", "d.name, d.amount")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {SAM} AND {between('d.close_date', *Q1_27)}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.owner_id = {SAM} AND d.close_date >= DATE '2027-04-01'", DEAL_ROW)])),

    # ============================================================== account_recent: what happened lately on an account
    (A, "account_recent", "whats been happening with cyberdyne this week?",
     "this week = Mon Nov 16 - today: an Onsite workshop (Nov 17) and Sent pricing (Nov 18), both on the Security "
     "Add-on; last week's Cyberdyne notes (Budget approved, Competitor in play) must not be given as this week's",
     d(contains=[acts(f"{co('Cyberdyne')} AND {between('a.occurred_at', *THIS_WEEK)}", f"{DAY}, a.subject")],
       excludes=[lit("Budget approved", "Competitor in play")],
       truth=[acts(f"{co('Cyberdyne')} AND {between('a.occurred_at', *THIS_WEEK)}", ACT_ROW)])),
    (P, "account_recent", "anything logged on tailspin toys since nov 10?",
     "Nov 14 Quarterly review, Nov 16 Renewal call and Champion left (all Priya's, on the Analytics Suite); the date of "
     "the last Tailspin activity before Nov 10 must not be given as a recent one",
     d(contains=[acts(f"{co('Tailspin Toys')} AND a.occurred_at >= DATE '2026-11-10'", "a.subject")],
       excludes=[latest(f"{co('Tailspin Toys')} AND a.occurred_at < DATE '2026-11-10'", DAY)],
       truth=[acts(f"{co('Tailspin Toys')} AND a.occurred_at >= DATE '2026-11-10'", ACT_ROW)])),
    (R, "account_recent", "Give me the last three touchpoints on the Hooli account.",
     "the three latest Hooli activities (Nov 14 WhatsApp check-in, Nov 12 Competitor in play, Nov 9 Budget approved); "
     "the fourth latest's date must not be given",
     d(contains=[acts(co("Hooli"), "a.subject", "ORDER BY a.occurred_at DESC LIMIT 3")],
       excludes=[latest(co("Hooli"), DAY, 3)],
       truth=[acts(co("Hooli"), ACT_ROW, "ORDER BY a.occurred_at DESC LIMIT 3")])),
    (J, "account_recent", "Has anything been recorded against Fabrikam between Nov 11 and Nov 18?",
     "yes: Nov 11 Contract questions (email, Fabrikam Support Plan, Sam) and Nov 16 Champion left (note, Fabrikam "
     "Software License, Priya); the previous Fabrikam activity's date must not be given",
     d(contains=[acts(f"{co('Fabrikam')} AND {between('a.occurred_at', '2026-11-11', '2026-11-18')}",
                      f"{DAY}, a.subject")],
       excludes=[latest(f"{co('Fabrikam')} AND a.occurred_at < DATE '2026-11-11'", DAY)],
       truth=[acts(f"{co('Fabrikam')} AND {between('a.occurred_at', '2026-11-11', '2026-11-18')}", ACT_ROW)])),
    (S, "account_recent", "last 2 things that got logged on margies travel?",
     "Nov 16 Sent meeting link (message, Priya, Security Add-on) and Nov 14 Kick-off meeting (Sam, Support Plan); the "
     "third latest (the Nov 14 note Needs security review) must not be given as one of them",
     d(contains=[acts(co(MARGIES), "a.subject", "ORDER BY a.occurred_at DESC LIMIT 2")],
       excludes=[latest(co(MARGIES), "a.subject", 2)],
       truth=[acts(co(MARGIES), ACT_ROW + ", u.name", "ORDER BY a.occurred_at DESC LIMIT 2")])),
    (A, "account_recent", "when was the stark deal last worked and what was logged",
     "2026-11-15, email Contract questions; the activity before it (its date) must not be given",
     d(contains=[latest("d.name = 'Stark Industries Software License'", f"{DAY}, a.subject")],
       excludes=[latest("d.name = 'Stark Industries Software License'", DAY, 1)],
       truth=[latest("d.name = 'Stark Industries Software License'", ACT_ROW)])),
    (R, "account_recent", "who's been working alpine ski house this month and how many activities has each logged?",
     "November activities on Alpine Ski House by author (Alex on the Consulting Services deal, Priya on her deals); "
     "Sam must not be named",
     d(contains=[acts(f"{co('Alpine Ski House')} AND {between('a.occurred_at', *NOV)}", f"{FIRST}, count(*)",
                      f"GROUP BY {FIRST}")],
       excludes=[users(f"u.id = {SAM}")],
       truth=[acts(f"{co('Alpine Ski House')} AND {between('a.occurred_at', *NOV)}", f"{FIRST}, count(*)",
                   f"GROUP BY {FIRST}"),
              acts(f"{co('Alpine Ski House')} AND {between('a.occurred_at', *NOV)}", ACT_ROW)])),
    (J, "account_recent", "Which accounts got a 'Champion left' note logged during November?",
     "companies with a Champion left note in November 2026; accounts whose November note was 'Competitor in play' only "
     "must not be listed",
     d(contains=[acts(f"a.subject = 'Champion left' AND {between('a.occurred_at', *NOV)}", "DISTINCT c.name")],
       excludes=[acts(f"a.subject = 'Competitor in play' AND {between('a.occurred_at', *NOV)} AND c.name NOT IN "
                      f"(SELECT c2.name FROM activities a2 JOIN companies c2 ON c2.id = a2.company_id WHERE "
                      f"a2.subject = 'Champion left' AND {between('a2.occurred_at', *NOV)})", "DISTINCT c.name")],
       truth=[acts(f"a.subject = 'Champion left' AND {between('a.occurred_at', *NOV)}", f"c.name, {DAY}, d.name")])),
    (P, "account_recent", "most recent 'competitor in play' note - which deal was it on and what day?",
     "the latest Competitor in play note across the CRM; the one before it (deal) must not be given",
     d(contains=[latest("a.subject = 'Competitor in play'", f"{DAY}, d.name")],
       excludes=[latest("a.subject = 'Competitor in play'", "d.name", 1)],
       truth=[latest("a.subject = 'Competitor in play'", ACT_ROW + ", u.name")])),
    (S, "account_recent", "anything new on globex since the 10th of nov",
     "Priya's Nov 12 Quarterly review and Pricing discussion and the Nov 16 Check-in call, all on Globex Platform "
     "Expansion; the previous Globex activity's date must not be given",
     d(contains=[acts(f"{co('Globex')} AND a.occurred_at >= DATE '2026-11-10'", f"{DAY}, a.subject")],
       excludes=[latest(f"{co('Globex')} AND a.occurred_at < DATE '2026-11-10'", DAY)],
       truth=[acts(f"{co('Globex')} AND a.occurred_at >= DATE '2026-11-10'", ACT_ROW)])),

    # ============================================================== reach_contact: who to contact and how
    (A, "reach_contact", "who do i call at stark about the software license, and whats their number",
     "Chris Walker, the deal's contact; Chris Park's phone (the other Chris) must not be given",
     d(contains=[deals("d.name = 'Stark Industries Software License'", f"{PERSON}, p.phone")],
       excludes=[people(who("Chris", "Park"), "p.phone")],
       truth=[deals("d.name = 'Stark Industries Software License'", f"{PERSON}, p.title, p.phone, p.email")])),
    (P, "reach_contact", "need the email for whoever's the contact on the woodgrove deal",
     "Bianca Murphy; the other Woodgrove Bank contact's email (Nadia West) must not be given",
     d(contains=[deals("d.name = 'Woodgrove Bank Consulting Services'", f"{PERSON}, p.email")],
       excludes=[people(f"{co('Woodgrove Bank')} AND p.first_name <> 'Bianca'", "p.email")],
       truth=[deals("d.name = 'Woodgrove Bank Consulting Services'", f"{PERSON}, p.title, p.email, p.phone")])),
    (S, "reach_contact", "wayne enterprises CFO - phone + email pls",
     "Bruce Nolan; the Wayne Finance Manager (Zane Turner) must not be given as the CFO",
     d(contains=[people(f"{co('Wayne Enterprises')} AND p.title = 'CFO'", "p.phone, p.email")],
       excludes=[people(f"{co('Wayne Enterprises')} AND p.title = 'Finance Manager'", "p.phone, p.email")],
       truth=[people(f"{co('Wayne Enterprises')} AND p.title = 'CFO'", PERSON_ROW)])),
    (J, "reach_contact", "Who do we know at Nakatomi Trading? Names and titles.",
     "Colin Hughes (CTO), Emil Klein (CEO), Sven Hughes (Finance Manager); no other Hughes (Isaac Hughes at Alpine Ski "
     "House) may be listed",
     d(contains=[people(co("Nakatomi Trading"), PERSON)],
       excludes=[people(f"p.last_name = 'Hughes' AND NOT {co('Nakatomi Trading')}")],
       truth=[people(co("Nakatomi Trading"), f"{PERSON}, p.title")])),
    (A, "reach_contact", "who are the CTOs at hooli? want to email them both",
     "two CTOs: Damian Russo and Jenna Meyer (emails); Olivia Chen (the deal contact, procurement) must not be given as a "
     "CTO",
     d(contains=[people(f"{co('Hooli')} AND p.title = 'CTO'", f"{PERSON}, p.email")],
       excludes=[people(who("Olivia", "Chen"), "p.email")],
       truth=[people(f"{co('Hooli')} AND p.title = 'CTO'", PERSON_ROW)])),
    (P, "reach_contact", "initech's CFO - name and direct line?",
     "Helena Tanaka; the other Tanaka CFO (Alicia, Umbrella Health) and Initech's deal contact (Marcus Webb, CTO) must "
     "not be given",
     d(contains=[people(f"{co('Initech')} AND p.title = 'CFO'", f"{PERSON}, p.phone")],
       excludes=[people(who("Alicia", "Tanaka"), "p.phone"), people(who("Marcus", "Webb"), f"{PERSON}, p.phone")],
       truth=[people(f"{co('Initech')} AND p.title = 'CFO'", PERSON_ROW)])),
    (S, "reach_contact", "number for the contact on my umbrella deal?",
     "Elena Garcia on Umbrella Health Support Plan; the other Umbrella Health contacts' phones must not be given",
     d(contains=[deals(f"d.owner_id = {SAM} AND {co('Umbrella Health')}", f"{PERSON}, p.phone")],
       excludes=[people(f"{co('Umbrella Health')} AND p.first_name <> 'Elena'", "p.phone")],
       truth=[deals(f"d.owner_id = {SAM} AND {co('Umbrella Health')}", f"{PERSON}, p.title, p.phone, p.email")])),
    (R, "reach_contact", "Which Fabrikam contacts are marked as customers, and what are their emails?",
     "Gemma Ortiz and Lucia Kim (lifecycle customer); Connor Kim (prospect, the deal contact) must not be listed",
     d(contains=[people(f"{co('Fabrikam')} AND p.lifecycle_stage = 'customer'", f"{PERSON}, p.email")],
       excludes=[people(f"{co('Fabrikam')} AND p.lifecycle_stage <> 'customer'", f"{PERSON}, p.email")],
       truth=[people(f"{co('Fabrikam')} AND p.lifecycle_stage = 'customer'", f"{PERSON}, p.title, p.email")])),
    (J, "reach_contact", "Who at Tailspin Toys have we actually been in touch with this month?",
     "November activities on Tailspin Toys are all with Petra Gray; Simon Evans (the other Tailspin contact) must not be "
     "given",
     d(contains=[acts(f"{co('Tailspin Toys')} AND {between('a.occurred_at', *NOV)}", f"DISTINCT {PERSON}")],
       excludes=[people(f"{co('Tailspin Toys')} AND p.first_name <> 'Petra'")],
       truth=[acts(f"{co('Tailspin Toys')} AND {between('a.occurred_at', *NOV)}", f"{PERSON}, {DAY}, a.subject")])),

    # ============================================================== workload: tasks per person and period
    (J, "workload", "How many open tasks does each rep have due next week (Mon Nov 23 through Sun Nov 29)?",
     "open tasks due Nov 23-29 per owner (Alex, Priya, Sam); per-rep labels are the numbers; the team's open total must "
     "not be given",
     d(contains=[tasks(f"{OPEN_TASK} AND {between('t.due_date', *NEXT_WEEK)}", "count(*)", f"GROUP BY {FIRST}")],
       excludes=[tasks(OPEN_TASK, "count(*)")],
       truth=[tasks(f"{OPEN_TASK} AND {between('t.due_date', *NEXT_WEEK)}", f"{FIRST}, count(*)", f"GROUP BY {FIRST}"),
              tasks(f"{OPEN_TASK} AND {between('t.due_date', *NEXT_WEEK)}", TASK_ROW)])),
    (R, "workload", "what's on priya's plate for the rest of this week?",
     "Priya's open tasks due Nov 18-22: Send contract (Gringotts), Prepare proposal (Monarch Platform), Check in (Alpine "
     "Ski House Platform); Sam's and Alex's tasks in the same days must not appear",
     d(contains=[tasks(f"{OPEN_TASK} AND t.owner_id = {PRIYA} AND {between('t.due_date', '2026-11-18', '2026-11-22')}")],
       excludes=[tasks(f"{OPEN_TASK} AND t.owner_id <> {PRIYA} AND {between('t.due_date', '2026-11-18', '2026-11-22')}")],
       truth=[tasks(f"{OPEN_TASK} AND t.owner_id = {PRIYA} AND {between('t.due_date', '2026-11-18', '2026-11-22')}",
                    TASK_ROW)])),
    (A, "workload", "how many tasks have i got due from today to the end of november",
     "Alex's open tasks due Nov 18-30; his whole open task count must not be given",
     d(contains=[tasks(f"{OPEN_TASK} AND t.owner_id = {ALEX} AND {between('t.due_date', '2026-11-18', '2026-11-30')}",
                       "count(*)")],
       excludes=[tasks(f"{OPEN_TASK} AND t.owner_id = {ALEX}", "count(*)")],
       truth=[tasks(f"{OPEN_TASK} AND t.owner_id = {ALEX} AND {between('t.due_date', '2026-11-18', '2026-11-30')}",
                    "count(*)"),
              tasks(f"{OPEN_TASK} AND t.owner_id = {ALEX} AND {between('t.due_date', '2026-11-18', '2026-11-30')}",
                    TASK_ROW)])),
    (S, "workload", "which tasks did i tick off in october",
     "Sam's tasks with completed_at in October 2026 (six; the labels are the first five by completion time); Priya's "
     "October completions must not appear",
     d(contains=[tasks(f"t.status = 'done' AND t.owner_id = {SAM} AND {between('t.completed_at', *OCT)}", "t.title",
                       "ORDER BY t.completed_at LIMIT 5")],
       excludes=[tasks(f"t.status = 'done' AND t.owner_id = {PRIYA} AND {between('t.completed_at', *OCT)}",
                       "t.title", "ORDER BY t.completed_at LIMIT 3")],
       truth=[tasks(f"t.status = 'done' AND t.owner_id = {SAM} AND {between('t.completed_at', *OCT)}",
                    "t.title, CAST(t.completed_at AS DATE)")])),
    (P, "workload", "what do i have to get done nov 30 - dec 4?",
     "Priya's open tasks due Nov 30 - Dec 4; her done task in that range (Send contract (Blue Yonder ...), Nov 30) "
     "and her Dec 6 tasks must not appear (titles shared with a right answer are left out of the excludes)",
     d(contains=[tasks(f"{OPEN_TASK} AND t.owner_id = {PRIYA} AND {between('t.due_date', '2026-11-30', '2026-12-04')}")],
       excludes=[tasks(f"t.owner_id = {PRIYA} AND ((t.status = 'done' AND "
                       f"{between('t.due_date', '2026-11-30', '2026-12-04')}) OR t.due_date = DATE '2026-12-06') AND "
                       f"t.title NOT IN (SELECT x.title FROM tasks x WHERE x.owner_id = {PRIYA} AND x.status = 'open' AND "
                       f"{between('x.due_date', '2026-11-30', '2026-12-04')})")],
       truth=[tasks(f"{OPEN_TASK} AND t.owner_id = {PRIYA} AND {between('t.due_date', '2026-11-30', '2026-12-04')}",
                    TASK_ROW)])),
    (R, "workload", "Who's carrying the most open tasks right now, and how many?",
     "Alex, 25 open; the team's open total (53) must not be given as his (the runner-up's count, 16, is short enough to "
     "sit inside a date, so it is no exclude)",
     d(contains=[tasks(OPEN_TASK, f"{FIRST}, count(*)", f"GROUP BY {FIRST} ORDER BY count(*) DESC LIMIT 1")],
       excludes=[tasks(OPEN_TASK, "count(*)")],
       truth=[tasks(OPEN_TASK, f"{FIRST}, count(*)", f"GROUP BY {FIRST} ORDER BY count(*) DESC LIMIT 1")])),
    (J, "workload", "Open tasks due in December, per owner.",
     "open tasks due 2026-12-01 .. 12-31 counted per owner; per-rep labels are the numbers; the open tasks due in "
     "November must not be listed",
     d(contains=[tasks(f"{OPEN_TASK} AND {between('t.due_date', *DEC)}", "count(*)", f"GROUP BY {FIRST}")],
       excludes=[tasks(f"{OPEN_TASK} AND t.due_date = DATE '2026-11-30'")],
       truth=[tasks(f"{OPEN_TASK} AND {between('t.due_date', *DEC)}", f"{FIRST}, count(*)", f"GROUP BY {FIRST}"),
              tasks(f"{OPEN_TASK} AND {between('t.due_date', *DEC)}", TASK_ROW)])),
    (S, "workload", "do i still have open to-dos sitting on deals that already closed?",
     "Sam's open tasks on closed deals: two on Margie's Travel Support Plan (lost); his open tasks on open deals (e.g. "
     "the Umbrella Health ones) must not be given",
     d(contains=[tasks(f"{OPEN_TASK} AND t.owner_id = {SAM} AND NOT ({OPEN})")],
       excludes=[tasks(f"{OPEN_TASK} AND t.owner_id = {SAM} AND {co('Umbrella Health')}")],
       truth=[tasks(f"{OPEN_TASK} AND t.owner_id = {SAM} AND NOT ({OPEN})", TASK_ROW + ", d.name, d.stage")])),
    (R, "workload", "how many tasks did the team complete in september?",
     "tasks with completed_at in September 2026; the October completion count must not be given",
     d(contains=[tasks(f"t.status = 'done' AND {between('t.completed_at', *SEP)}", "count(*)")],
       excludes=[tasks(f"t.status = 'done' AND {between('t.completed_at', *OCT)}", "count(*)")],
       truth=[tasks(f"t.status = 'done' AND {between('t.completed_at', *SEP)}", "count(*)"),
              tasks(f"t.status = 'done' AND {between('t.completed_at', *SEP)}", "t.title, CAST(t.completed_at AS DATE)")])),
    (P, "workload", "list whats overdue on my side, oldest first",
     "Priya's open tasks due before today; Sam's Oct 31 overdue task must not appear",
     d(contains=[tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}")],
       excludes=[tasks(f"{OVERDUE} AND t.owner_id = {SAM} AND t.due_date = DATE '2026-10-31'")],
       truth=[tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}", TASK_ROW, "ORDER BY t.due_date")])),

    # ============================================================== win_loss: won / lost for periods and reps
    (J, "win_loss", "October 2026 scorecard: what did we win, and how much did we lose in total?",
     "won: Margie's Travel Security Add-on (185,000); lost: five deals, 511,000 together; September's loss "
     "(Gringotts, 54,000) must not be counted",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *OCT)}", "d.name, d.amount"),
                 deals(f"{LOST} AND {between('d.close_date', *OCT)}", "sum(d.amount)")],
       excludes=[deals(f"{LOST} AND {between('d.close_date', *SEP)}", "d.name")],
       truth=[deals(f"{WON} AND {between('d.close_date', *OCT)}", DEAL_ROW),
              deals(f"{LOST} AND {between('d.close_date', *OCT)}", "count(*), sum(d.amount)"),
              deals(f"{LOST} AND {between('d.close_date', *OCT)}", DEAL_ROW)])),
    (R, "win_loss", "What has Sam won and lost so far this year?",
     "won: Northwind Health Security Add-on, Bluth Company Consulting Services; lost: Margie's Travel Support Plan, "
     "Massive Dynamic Consulting Services; Alex's and Priya's closed deals must not appear",
     d(contains=[deals(f"NOT ({OPEN}) AND d.owner_id = {SAM} AND {between('d.close_date', *YEAR)}")],
       excludes=[deals(f"NOT ({OPEN}) AND d.owner_id <> {SAM} AND {between('d.close_date', *YEAR)}", "d.name",
                       "ORDER BY d.amount DESC LIMIT 3")],
       truth=[deals(f"NOT ({OPEN}) AND d.owner_id = {SAM} AND {between('d.close_date', *YEAR)}", DEAL_ROW)])),
    (A, "win_loss", "what did i lose in the past 90 days, total $",
     "since 2026-08-20: Oscorp Security Add-on, Southridge Video Platform, Monarch Solutions Security Add-on = 231,000; "
     "the total with the July Oscorp Software License loss (417,000) must not be given",
     d(contains=[deals(f"{LOST} AND d.owner_id = {ALEX} AND d.close_date >= DATE '2026-08-20'", "sum(d.amount)")],
       excludes=[deals(f"{LOST} AND d.owner_id = {ALEX}", "sum(d.amount)")],
       truth=[deals(f"{LOST} AND d.owner_id = {ALEX} AND d.close_date >= DATE '2026-08-20'", "sum(d.amount)"),
              deals(f"{LOST} AND d.owner_id = {ALEX} AND d.close_date >= DATE '2026-08-20'", DEAL_ROW)])),
    (P, "win_loss", "how much did i close-win between july and september",
     "Priya's Q3 win: Fourth Coffee Software License, 21,000; her October win (Margie's Security Add-on, 185,000) must "
     "not be given",
     d(contains=[deals(f"{WON} AND d.owner_id = {PRIYA} AND {between('d.close_date', *Q3)}", "sum(d.amount)")],
       excludes=[deals(f"{WON} AND d.owner_id = {PRIYA} AND {between('d.close_date', *OCT)}", "d.amount")],
       truth=[deals(f"{WON} AND d.owner_id = {PRIYA} AND {between('d.close_date', *Q3)}", DEAL_ROW)])),
    (S, "win_loss", "team-wide, how much have we closed won since july 1",
     "won deals with close dates from 2026-07-01: 314,000; the 2026 total with the June Northwind win must not be given",
     d(contains=[deals(f"{WON} AND d.close_date >= DATE '2026-07-01'", "sum(d.amount)")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *YEAR)}", "sum(d.amount)")],
       truth=[deals(f"{WON} AND d.close_date >= DATE '2026-07-01'", "count(*), sum(d.amount)"),
              deals(f"{WON} AND d.close_date >= DATE '2026-07-01'", DEAL_ROW)])),
    (J, "win_loss", "Which rep has lost the most in dollar terms during 2026, and how much?",
     "Alex, 417,000; Sam's lost total (280,000) must not be given as the top",
     d(contains=[deals(f"{LOST} AND {between('d.close_date', *YEAR)}", f"{FIRST}, sum(d.amount)",
                       f"GROUP BY {FIRST} ORDER BY sum(d.amount) DESC LIMIT 1")],
       excludes=[deals(f"{LOST} AND {between('d.close_date', *YEAR)}", "sum(d.amount)",
                       f"GROUP BY {FIRST} ORDER BY sum(d.amount) DESC LIMIT 1 OFFSET 1")],
       truth=[deals(f"{LOST} AND {between('d.close_date', *YEAR)}", f"{FIRST}, sum(d.amount)",
                    f"GROUP BY {FIRST} ORDER BY sum(d.amount) DESC LIMIT 1")])),
    (R, "win_loss", "biggest loss in Q3 2026 - which deal and how big?",
     "Oscorp Software License, 186,000 (2026-07-27); Massive Dynamic Consulting Services (Oct, 175,000) must not be given",
     d(contains=[deals(f"{LOST} AND {between('d.close_date', *Q3)}", "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals("d.name = 'Massive Dynamic Consulting Services'", "d.name, d.amount")],
       truth=[deals(f"{LOST} AND {between('d.close_date', *Q3)}", DEAL_ROW + f", {FIRST}",
                    "ORDER BY d.amount DESC LIMIT 1")])),
    (A, "win_loss", "did i close any wins in aug or sept?",
     "yes: Cyberdyne Software License (43,000, 2026-09-02); Sam's August win (Bluth Company Consulting Services) must "
     "not be given as Alex's",
     d(contains=[deals(f"{WON} AND d.owner_id = {ALEX} AND {between('d.close_date', '2026-08-01', '2026-09-30')}",
                       "d.name")],
       excludes=[deals(f"{WON} AND d.owner_id <> {ALEX} AND {between('d.close_date', *AUG)}")],
       truth=[deals(f"{WON} AND d.owner_id = {ALEX} AND {between('d.close_date', '2026-08-01', '2026-09-30')}",
                    DEAL_ROW)])),
    (S, "win_loss", "deals we lost between oct 10 and oct 20?",
     "Monarch Solutions Security Add-on (Oct 12), Southridge Video Platform (Oct 14), Massive Dynamic Consulting Services "
     "(Oct 18), Oscorp Security Add-on (Oct 20); Margie's Travel Support Plan (lost Oct 24) must not appear",
     d(contains=[deals(f"{LOST} AND {between('d.close_date', '2026-10-10', '2026-10-20')}")],
       excludes=[deals(f"{LOST} AND d.close_date = DATE '2026-10-24'")],
       truth=[deals(f"{LOST} AND {between('d.close_date', '2026-10-10', '2026-10-20')}", DEAL_ROW + f", {FIRST}")])),
    (P, "win_loss", "for each rep, total $ won in 2026",
     "won amounts per owner in 2026 (Alex 43,000, Priya 206,000, Sam 178,000); the team total must not be given as "
     "one rep's",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *YEAR)}", "sum(d.amount)", f"GROUP BY {FIRST}")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *YEAR)}", "sum(d.amount)")],
       truth=[deals(f"{WON} AND {between('d.close_date', *YEAR)}", f"{FIRST}, sum(d.amount)", f"GROUP BY {FIRST}"),
              deals(f"{WON} AND {between('d.close_date', *YEAR)}", DEAL_ROW)])),

    # ============================================================== ranking
    (J, "ranking", "Top five open deals with a Q1 2027 close date, largest first.",
     "the five largest open deals closing Jan-Mar 2027; the sixth must not be given",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "d.name", "ORDER BY d.amount DESC LIMIT 5")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", "d.name", "ORDER BY d.amount DESC LIMIT 1 OFFSET 5")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *Q1_27)}", DEAL_ROW, "ORDER BY d.amount DESC LIMIT 5")])),
    (R, "ranking", "which rep logged the most meetings since october 1st?",
     "meetings from 2026-10-01 to now per author: Alex 21, Priya 16, Sam 8; the team total must not be given as Alex's "
     "(Priya's 16 is no exclude: a short number)",
     d(contains=[acts(f"a.type = 'meeting' AND a.occurred_at >= DATE '2026-10-01'", f"{FIRST}, count(*)",
                      f"GROUP BY {FIRST} ORDER BY count(*) DESC LIMIT 1")],
       excludes=[acts(f"a.type = 'meeting' AND a.occurred_at >= DATE '2026-10-01'", "count(*)")],
       truth=[acts(f"a.type = 'meeting' AND a.occurred_at >= DATE '2026-10-01'", f"{FIRST}, count(*)",
                   f"GROUP BY {FIRST} ORDER BY count(*) DESC LIMIT 1")])),
    (A, "ranking", "three tiniest deals i've got open, by $",
     "Alex's three smallest open deals by amount; his fourth smallest must not be given",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX}", "d.name", "ORDER BY d.amount ASC LIMIT 3")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {ALEX}", "d.name", "ORDER BY d.amount ASC LIMIT 1 OFFSET 3")],
       truth=[deals(f"{OPEN} AND d.owner_id = {ALEX}", DEAL_ROW, "ORDER BY d.amount ASC LIMIT 3")])),
    (P, "ranking", "rank the three of us by open pipeline $, biggest first",
     "open pipeline per owner; per-rep labels are the sums; the all-stage totals (with won and lost) must not be given",
     d(contains=[deals(OPEN, "sum(d.amount)", f"GROUP BY {FIRST}")],
       excludes=[deals("TRUE", "sum(d.amount)", f"GROUP BY {FIRST}")],
       truth=[deals(OPEN, f"{FIRST}, sum(d.amount)", f"GROUP BY {FIRST} ORDER BY sum(d.amount) DESC")])),
    (S, "ranking", "which account did i log the most activity on in october",
     "Sam's October activities grouped by company: Fabrikam 6; the two runners-up (5 each: Sterling Cooper, Margie's "
     "Travel) must not be given as top",
     d(contains=[acts(f"a.author_id = {SAM} AND {between('a.occurred_at', *OCT)}", "c.name",
                      "GROUP BY c.name ORDER BY count(*) DESC LIMIT 1")],
       excludes=[acts(f"a.author_id = {SAM} AND {between('a.occurred_at', *OCT)}", "c.name",
                      "GROUP BY c.name HAVING count(*) = 5")],
       truth=[acts(f"a.author_id = {SAM} AND {between('a.occurred_at', *OCT)}", "c.name, count(*)",
                   "GROUP BY c.name ORDER BY count(*) DESC LIMIT 1")])),
    (J, "ranking", "Which product has the most open deals by count, and how many?",
     "open deals per product: Consulting Services 10; the two runners-up (9 each: Analytics Suite, Support Plan) must "
     "not be given as top",
     d(contains=[deals(OPEN, "d.product, count(*)", "GROUP BY d.product ORDER BY count(*) DESC LIMIT 1")],
       excludes=[deals(OPEN, "d.product", "GROUP BY d.product HAVING count(*) = 9")],
       truth=[deals(OPEN, "d.product, count(*)", "GROUP BY d.product ORDER BY count(*) DESC LIMIT 1")])),
    (R, "ranking", "What's the single biggest deal in Qualified right now?",
     "Stark Industries Software License (250,000, also the largest open deal); the second-largest Qualified deal must "
     "not be given",
     d(contains=[deals("d.stage = 'Qualified'", "d.name, d.amount", "ORDER BY d.amount DESC LIMIT 1")],
       excludes=[deals("d.stage = 'Qualified'", "d.name", "ORDER BY d.amount DESC LIMIT 1 OFFSET 1")],
       truth=[deals("d.stage = 'Qualified'", DEAL_ROW + f", {FIRST}", "ORDER BY d.amount DESC LIMIT 1")])),
    (A, "ranking", "top 3 industries by open pipeline value",
     "open pipeline per company industry; the three biggest industries; the fourth must not be given",
     d(contains=[deals(OPEN, "c.industry", "GROUP BY c.industry ORDER BY sum(d.amount) DESC LIMIT 3")],
       excludes=[deals(OPEN, "c.industry", "GROUP BY c.industry ORDER BY sum(d.amount) DESC LIMIT 1 OFFSET 3")],
       truth=[deals(OPEN, "c.industry, sum(d.amount)", "GROUP BY c.industry ORDER BY sum(d.amount) DESC LIMIT 3")])),
    (P, "ranking", "which contact have i emailed the most since sept 1?",
     "Priya's emails from 2026-09-01 grouped by contact: Ethan Nguyen 4; the two runners-up (3 each: Gideon Cruz, Keith "
     "Fischer) must not be given as top",
     d(contains=[acts(f"a.author_id = {PRIYA} AND a.type = 'email' AND a.occurred_at >= DATE '2026-09-01'", PERSON,
                      f"GROUP BY {PERSON} ORDER BY count(*) DESC LIMIT 1")],
       excludes=[acts(f"a.author_id = {PRIYA} AND a.type = 'email' AND a.occurred_at >= DATE '2026-09-01'", PERSON,
                      f"GROUP BY {PERSON} HAVING count(*) = 3")],
       truth=[acts(f"a.author_id = {PRIYA} AND a.type = 'email' AND a.occurred_at >= DATE '2026-09-01'",
                   f"{PERSON}, count(*)", f"GROUP BY {PERSON} ORDER BY count(*) DESC LIMIT 1")])),

    # ============================================================== comparison
    (J, "comparison", "Compare open pipeline closing in December 2026 against January 2027 - which month is bigger?",
     "the two monthly open totals; the February 2027 total must not be given",
     d(contains=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "sum(d.amount)"),
                 deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "sum(d.amount)")],
       excludes=[deals(f"{OPEN} AND {between('d.close_date', *FEB)}", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND {between('d.close_date', *DEC)}", "sum(d.amount)"),
              deals(f"{OPEN} AND {between('d.close_date', *JAN)}", "sum(d.amount)")])),
    (R, "comparison", "priya vs sam - emails logged in october, who sent more?",
     "October emails by Priya and by Sam; Alex's October email count must not be given",
     d(contains=[acts(f"a.type = 'email' AND a.author_id = {PRIYA} AND {between('a.occurred_at', *OCT)}", "count(*)"),
                 acts(f"a.type = 'email' AND a.author_id = {SAM} AND {between('a.occurred_at', *OCT)}", "count(*)")],
       excludes=[acts(f"a.type = 'email' AND a.author_id = {ALEX} AND {between('a.occurred_at', *OCT)}", "count(*)")],
       truth=[acts(f"a.type = 'email' AND a.author_id IN ({PRIYA}, {SAM}) AND {between('a.occurred_at', *OCT)}",
                   f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (A, "comparison", "am i ahead of priya on meetings logged this month?",
     "November meetings: Alex 8, Priya 9 (so no); Sam's count (3) is not an exclude (short number)",
     d(contains=[acts(f"a.type = 'meeting' AND a.author_id IN ({ALEX}, {PRIYA}) AND {between('a.occurred_at', *NOV)}",
                      "count(*)", f"GROUP BY {FIRST}")],
       excludes=[acts(f"a.author_id IN ({ALEX}, {PRIYA}) AND {between('a.occurred_at', *NOV)}", "count(*)",
                      f"GROUP BY {FIRST}")],
       truth=[acts(f"a.type = 'meeting' AND a.author_id IN ({ALEX}, {PRIYA}) AND {between('a.occurred_at', *NOV)}",
                   f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (P, "comparison", "my open $ in proposal vs qualified - which is bigger?",
     "Priya's Proposal and Qualified sums; her whole open pipeline must not be given",
     d(contains=[deals(f"d.owner_id = {PRIYA} AND d.stage IN ('Proposal', 'Qualified')", "sum(d.amount)",
                       "GROUP BY d.stage")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {PRIYA}", "sum(d.amount)")],
       truth=[deals(f"d.owner_id = {PRIYA} AND d.stage IN ('Proposal', 'Qualified')", "d.stage, sum(d.amount)",
                    "GROUP BY d.stage")])),
    (S, "comparison", "analytics suite or consulting services - which has more open $ right now?",
     "open sums for the two products; the Software License open sum must not be given",
     d(contains=[deals(f"{OPEN} AND d.product IN ('Analytics Suite', 'Consulting Services')", "sum(d.amount)",
                       "GROUP BY d.product")],
       excludes=[deals(f"{OPEN} AND d.product = 'Software License'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.product IN ('Analytics Suite', 'Consulting Services')", "d.product, sum(d.amount)",
                    "GROUP BY d.product")])),
    (J, "comparison", "Acme Corp versus Acme Logistics: how much open pipeline does each have?",
     "Acme Corp 117,000 (Renewal + Expansion), Acme Logistics 30,000; the sum of both as one figure must not be given "
     "for either",
     d(contains=[deals(f"{OPEN} AND c.name IN ('Acme Corp', 'Acme Logistics')", "sum(d.amount)", "GROUP BY c.name")],
       excludes=[deals(f"{OPEN} AND c.name IN ('Acme Corp', 'Acme Logistics')", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND c.name IN ('Acme Corp', 'Acme Logistics')", "c.name, sum(d.amount)",
                    "GROUP BY c.name")])),
    (R, "comparison", "Did the team log more calls in September or in October 2026?",
     "team call counts for September and October; the all-type counts must not be given as calls",
     d(contains=[acts(f"a.type = 'call' AND {between('a.occurred_at', *SEP)}", "count(*)"),
                 acts(f"a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)")],
       excludes=[acts(between('a.occurred_at', *SEP), "count(*)"), acts(between('a.occurred_at', *OCT), "count(*)")],
       truth=[acts(f"a.type = 'call' AND {between('a.occurred_at', *SEP)}", "count(*)"),
              acts(f"a.type = 'call' AND {between('a.occurred_at', *OCT)}", "count(*)")])),
    (A, "comparison", "avg size of my won deals vs my lost deals this yr",
     "Alex 2026: won average 43,000 (one deal), lost average 104,250 (417,000 / 4); the lost total must not be given as "
     "the average",
     d(contains=[deals(f"{WON} AND d.owner_id = {ALEX} AND {between('d.close_date', *YEAR)}", "round(avg(d.amount))"),
                 deals(f"{LOST} AND d.owner_id = {ALEX} AND {between('d.close_date', *YEAR)}", "round(avg(d.amount))")],
       excludes=[deals(f"{LOST} AND d.owner_id = {ALEX} AND {between('d.close_date', *YEAR)}", "sum(d.amount)")],
       truth=[deals(f"{WON} AND d.owner_id = {ALEX} AND {between('d.close_date', *YEAR)}", "round(avg(d.amount))"),
              deals(f"{LOST} AND d.owner_id = {ALEX} AND {between('d.close_date', *YEAR)}", "round(avg(d.amount))")])),
    (P, "comparison", "closed-won $ in q3 vs q4 so far - up or down?",
     "won in Jul-Sep 129,000 vs Oct 1 - today 185,000 (up); the June Northwind win (113,000) must not be counted",
     d(contains=[deals(f"{WON} AND {between('d.close_date', *Q3)}", "sum(d.amount)"),
                 deals(f"{WON} AND {between('d.close_date', *Q4)}", "sum(d.amount)")],
       excludes=[deals(f"{WON} AND {between('d.close_date', *Q2)}", "sum(d.amount)")],
       truth=[deals(f"{WON} AND {between('d.close_date', *Q3)}", "sum(d.amount)"),
              deals(f"{WON} AND {between('d.close_date', *Q4)}", "sum(d.amount)"),
              deals(f"{WON} AND d.close_date >= DATE '2026-07-01'", DEAL_ROW)])),

    # ============================================================== follow_up: a list, then "which of those ..."
    (A, "follow_up", "pull up my deals closing in december... and which of those are still only lead or qualified?",
     "December: Acme Corp Renewal, Dunder Mifflin Platform, Nakatomi Trading Software License, Nakatomi Trading Support "
     "Plan, Tyrell Systems Analytics Suite; of those, Lead/Qualified: Dunder Mifflin Platform and Nakatomi Trading "
     "Software License. Alex's Lead/Qualified deals closing in other months (e.g. Stark) must not appear",
     d(contains=[deals(f"d.owner_id = {ALEX} AND d.stage IN ('Lead', 'Qualified') AND {between('d.close_date', *DEC)}")],
       excludes=[deals(f"d.owner_id = {ALEX} AND d.stage IN ('Lead', 'Qualified') AND "
                       f"NOT {between('d.close_date', *DEC)}", "d.name", "ORDER BY d.amount DESC LIMIT 3")],
       truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {between('d.close_date', *DEC)}", DEAL_ROW)])),
    (R, "follow_up", "List Sam's overdue tasks - and of those, which sit on deals that are already closed?",
     "Sam's overdue tasks; of those, Follow up (Margie's Travel Support Plan), on a lost deal. Priya's overdue tasks "
     "must not appear",
     d(contains=[tasks(f"{OVERDUE} AND t.owner_id = {SAM} AND NOT ({OPEN})")],
       excludes=[tasks(f"{OVERDUE} AND t.owner_id = {PRIYA}", "t.title", "ORDER BY t.due_date LIMIT 2")],
       truth=[tasks(f"{OVERDUE} AND t.owner_id = {SAM}", TASK_ROW + ", d.name, d.stage")])),
    (J, "follow_up", "Which open deals are worth more than 150k? Of those, which have had nothing logged since Nov 1?",
     "open deals above 150,000; of those, the ones with no activity from 2026-11-01 on; a deal under 150,000 that is "
     "also quiet must not be listed",
     d(contains=[deals(f"{OPEN} AND d.amount > 150000 AND {quiet('2026-11-01')}")],
       excludes=[deals(f"{OPEN} AND d.amount <= 150000 AND d.amount >= 100000 AND {quiet('2026-11-01')}", "d.name",
                       "ORDER BY d.amount DESC LIMIT 2")],
       truth=[deals(f"{OPEN} AND d.amount > 150000", DEAL_ROW)])),
    (S, "follow_up", "show me my proposal-stage deals, then tell me which one of those closes soonest",
     "Sam's Proposal deals; the soonest: Umbrella Health Support Plan (2026-11-23); Sam's past-due Qualified deal "
     "(Sterling Cooper Consulting Services) must not be given as the soonest",
     d(contains=[deals(f"d.stage = 'Proposal' AND d.owner_id = {SAM}", "d.name, d.close_date",
                       "ORDER BY d.close_date LIMIT 1")],
       excludes=[deals("d.name = 'Sterling Cooper Consulting Services'")],
       truth=[deals(f"d.stage = 'Proposal' AND d.owner_id = {SAM}", DEAL_ROW)])),
    (P, "follow_up", "which deals were closed lost this year, and which of those were mine?",
     "lost in 2026: five of Alex's/Sam's plus Gringotts Finance Software License (Priya's); Priya's won deals must not "
     "be given as losses",
     d(contains=[deals(f"{LOST} AND d.owner_id = {PRIYA} AND {between('d.close_date', *YEAR)}")],
       excludes=[deals(f"{WON} AND d.owner_id = {PRIYA}")],
       truth=[deals(f"{LOST} AND {between('d.close_date', *YEAR)}", DEAL_ROW + f", {FIRST}")])),
    (R, "follow_up", "Which reps have overdue tasks, and which of them has the most?",
     "all three reps; the most: Alex (15); the team's overdue count must not be given as his",
     d(contains=[tasks(OVERDUE, f"{FIRST}, count(*)", f"GROUP BY {FIRST} ORDER BY count(*) DESC LIMIT 1")],
       excludes=[tasks(OVERDUE, "count(*)")],
       truth=[tasks(OVERDUE, f"{FIRST}, count(*)", f"GROUP BY {FIRST} ORDER BY count(*) DESC")])),
    (S, "follow_up", "how many open deals have i got at fabrikam? and which of those close before christmas?",
     "Sam's open Fabrikam deals: Support Plan (Dec 18) and Security Add-on (Feb 8 2027); before Dec 25: Fabrikam "
     "Support Plan. Priya's Fabrikam Software License (Dec 3) must not be given as Sam's",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {SAM} AND {co('Fabrikam')} AND d.close_date < DATE '2026-12-25'")],
       excludes=[deals(f"{co('Fabrikam')} AND d.owner_id <> {SAM}")],
       truth=[n_open(f"d.owner_id = {SAM} AND {co('Fabrikam')}"),
              deals(f"{OPEN} AND d.owner_id = {SAM} AND {co('Fabrikam')}", DEAL_ROW)])),
    (P, "follow_up", "my deals in lead stage - which of those are over 100k?",
     "Priya's Lead deals; those above 100,000; her Lead deals under 100,000 must not be in the second list",
     d(contains=[deals(f"d.stage = 'Lead' AND d.owner_id = {PRIYA} AND d.amount > 100000")],
       excludes=[deals(f"d.stage <> 'Lead' AND d.owner_id = {PRIYA} AND d.amount > 100000 AND {OPEN}", "d.name",
                       "ORDER BY d.amount DESC LIMIT 2")],
       truth=[deals(f"d.stage = 'Lead' AND d.owner_id = {PRIYA}", DEAL_ROW)])),

    # ============================================================== activity_volume: counts per person and period
    (J, "activity_volume", "Activity count per rep for last week (Monday Nov 9 to Sunday Nov 15).",
     "activities Nov 9-15 per author; per-rep labels are the numbers; Alex's and Priya's counts from Nov 9 up to today "
     "must not be given (Sam logged nothing after Nov 15, so his is the same both ways)",
     d(contains=[acts(between('a.occurred_at', *LAST_WEEK), "count(*)", f"GROUP BY {FIRST}")],
       excludes=[acts(f"a.occurred_at >= DATE '2026-11-09' AND a.author_id IN ({ALEX}, {PRIYA})", "count(*)",
                      f"GROUP BY {FIRST}")],
       truth=[acts(between('a.occurred_at', *LAST_WEEK), f"{FIRST}, count(*)", f"GROUP BY {FIRST}")])),
    (A, "activity_volume", "have i made any calls this week",
     "no: Alex has no calls from Mon Nov 16 to now (he logged two emails and a meeting); Priya's Nov 16 calls must not "
     "be given as his",
     d(excludes=[acts(f"a.type = 'call' AND a.author_id = {PRIYA} AND {between('a.occurred_at', *THIS_WEEK)}",
                      "a.subject")],
       truth=[acts(f"a.type = 'call' AND a.author_id = {ALEX} AND {between('a.occurred_at', *THIS_WEEK)}", ACT_ROW)])),
    (P, "activity_volume", "count of meetings on my name since october 1st?",
     "Priya's meetings from 2026-10-01 to now; her all-type count for the same period must not be given",
     d(contains=[acts(f"a.type = 'meeting' AND a.author_id = {PRIYA} AND a.occurred_at >= DATE '2026-10-01'", "count(*)")],
       excludes=[acts(f"a.author_id = {PRIYA} AND a.occurred_at >= DATE '2026-10-01'", "count(*)")],
       truth=[acts(f"a.type = 'meeting' AND a.author_id = {PRIYA} AND a.occurred_at >= DATE '2026-10-01'", "count(*)")])),
    (R, "activity_volume", "How many notes did Sam write between July and September?",
     "Sam's notes in Q3 2026; the team's Q3 note count must not be given",
     d(contains=[acts(f"a.type = 'note' AND a.author_id = {SAM} AND {between('a.occurred_at', *Q3)}", "count(*)")],
       excludes=[acts(f"a.type = 'note' AND {between('a.occurred_at', *Q3)}", "count(*)")],
       truth=[acts(f"a.type = 'note' AND a.author_id = {SAM} AND {between('a.occurred_at', *Q3)}", "count(*)")])),
    (S, "activity_volume", "how many whatsapp / messages have i logged in 2026",
     "Sam's message-type activities in 2026; the team's 2026 message count must not be given",
     d(contains=[acts(f"a.type = 'message' AND a.author_id = {SAM} AND {between('a.occurred_at', *YEAR)}", "count(*)")],
       excludes=[acts(f"a.type = 'message' AND {between('a.occurred_at', *YEAR)}", "count(*)")],
       truth=[acts(f"a.type = 'message' AND a.author_id = {SAM} AND {between('a.occurred_at', *YEAR)}", "count(*)")])),
    (J, "activity_volume", "Break down October's logged activity by type for the whole team.",
     "October 2026 activities per type (call, email, meeting, message, note); the total is fine; September's per-type "
     "counts are not excludes (short numbers)",
     d(contains=[acts(between('a.occurred_at', *OCT), "count(*)", "GROUP BY a.type")],
       excludes=[acts(between('a.occurred_at', *SEP), "count(*)")],
       truth=[acts(between('a.occurred_at', *OCT), "a.type, count(*)", "GROUP BY a.type"),
              acts(between('a.occurred_at', *OCT), "count(*)")])),
    (A, "activity_volume", "how many emails did i send on the proseware deals since oct 1",
     "Alex's emails on Proseware deals from 2026-10-01; his emails on all deals in that period must not be given",
     d(contains=[acts(f"a.type = 'email' AND a.author_id = {ALEX} AND {co('Proseware')} "
                      "AND a.occurred_at >= DATE '2026-10-01'", "count(*)")],
       excludes=[acts(f"a.type = 'email' AND a.author_id = {ALEX} AND a.occurred_at >= DATE '2026-10-01'", "count(*)")],
       truth=[acts(f"a.type = 'email' AND a.author_id = {ALEX} AND {co('Proseware')} "
                   "AND a.occurred_at >= DATE '2026-10-01'", "count(*)"),
              acts(f"a.type = 'email' AND a.author_id = {ALEX} AND {co('Proseware')} "
                   "AND a.occurred_at >= DATE '2026-10-01'", ACT_ROW)])),
    (R, "activity_volume", "Total number of activities logged on Wonka Labs during 2026?",
     "Wonka Labs activities in 2026; the count over the whole year of data (since Nov 2025) must not be given",
     d(contains=[acts(f"{co('Wonka Labs')} AND {between('a.occurred_at', *YEAR)}", "count(*)")],
       excludes=[acts(co("Wonka Labs"), "count(*)")],
       truth=[acts(f"{co('Wonka Labs')} AND {between('a.occurred_at', *YEAR)}", "count(*)")])),
    (P, "activity_volume", "my call count for aug, sept and oct, month by month",
     "Priya's calls per month; her all-type monthly counts must not be given",
     d(contains=[acts(f"a.type = 'call' AND a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-08-01', '2026-10-31')}",
                      "count(*)", "GROUP BY month(a.occurred_at)")],
       excludes=[acts(f"a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-08-01', '2026-10-31')}",
                      "count(*)", "GROUP BY month(a.occurred_at)")],
       truth=[acts(f"a.type = 'call' AND a.author_id = {PRIYA} AND {between('a.occurred_at', '2026-08-01', '2026-10-31')}",
                   "monthname(a.occurred_at), count(*)", "GROUP BY monthname(a.occurred_at)")])),

    # ============================================================== deal_status: one deal's state
    (A, "deal_status", "where's the nakatomi consulting deal at",
     "Negotiation, 39,000, close 2027-01-24; the other Nakatomi deals' amounts must not be given",
     d(contains=[deals("d.name = 'Nakatomi Trading Consulting Services'", "d.stage, d.amount, d.close_date")],
       excludes=[deals(f"{co('Nakatomi Trading')} AND d.name <> 'Nakatomi Trading Consulting Services'", "d.amount")],
       truth=[deals("d.name = 'Nakatomi Trading Consulting Services'", DEAL_ROW + f", {PERSON}")])),
    (P, "deal_status", "status on the wonka labs opp?",
     "Wonka Labs Consulting Services: Qualified, 169,000, close 2027-04-14; a later stage (Proposal, Negotiation) must "
     "not be given",
     d(contains=[deals(co("Wonka Labs"), "d.stage, d.amount, d.close_date")],
       excludes=[lit("Proposal", "Negotiation")],
       truth=[deals(co("Wonka Labs"), DEAL_ROW)])),
    (R, "deal_status", "Who owns the Proseware Platform deal, and what stage is it at?",
     "Priya, Lead; Alex (owner of the two other Proseware deals) must not be given as its owner",
     d(contains=[deals("d.name = 'Proseware Platform'", f"{FIRST}, d.stage")],
       excludes=[users(f"u.id = {ALEX}")],
       truth=[deals("d.name = 'Proseware Platform'", DEAL_ROW + f", {FIRST}")])),
    (J, "deal_status", "When is the Tyrell Systems Analytics Suite expected to close, and for how much?",
     "2026-12-29, 54,000; the Tyrell Security Add-on's date and amount must not be given",
     d(contains=[deals("d.name = 'Tyrell Systems Analytics Suite'", "d.close_date, d.amount")],
       excludes=[deals("d.name = 'Tyrell Systems Security Add-on'", "d.close_date, d.amount")],
       truth=[deals("d.name = 'Tyrell Systems Analytics Suite'", DEAL_ROW)])),
    (S, "deal_status", "lucerne deal - amount n close date?",
     "Lucerne Publishing Consulting Services: 147,000, 2027-01-08; Sam's other early-January deal (Contoso Analytics "
     "Suite, 138,000, 2027-01-04) must not be given",
     d(contains=[deals(co("Lucerne Publishing"), "d.amount, d.close_date")],
       excludes=[deals("d.name = 'Contoso Analytics Suite'", "d.amount, d.close_date")],
       truth=[deals(co("Lucerne Publishing"), DEAL_ROW)])),
    (A, "deal_status", "acme corp expansion: stage, close date, and who's the contact?",
     "Qualified, 2027-01-17, Dana Smith; the Renewal's close date (2026-12-08) and Dana Lee must not be given",
     d(contains=[deals("d.name = 'Acme Corp Expansion'", f"d.stage, d.close_date, {PERSON}")],
       excludes=[deals("d.name = 'Acme Corp Renewal'", "d.close_date"), lit("Dana Lee")],
       truth=[deals("d.name = 'Acme Corp Expansion'", f"{DEAL_ROW}, {PERSON}")])),
    (P, "deal_status", "is the globex expansion still set to close on jan 2?",
     "yes: Globex Platform Expansion, Qualified, close 2027-01-02; the close date of Priya's other early-January deal "
     "(Blue Yonder Airlines Analytics Suite, 2027-01-10) must not be given",
     d(contains=[deals("d.name = 'Globex Platform Expansion'", "d.close_date, d.stage")],
       excludes=[deals("d.name = 'Blue Yonder Airlines Analytics Suite'", "d.close_date")],
       truth=[deals("d.name = 'Globex Platform Expansion'", DEAL_ROW)])),
    (R, "deal_status", "What product is the Dunder Mifflin deal for, and what's it worth?",
     "Platform, 147,000; Dunder Mifflin is Sam's account but Alex's deal (owners are not asked); another product must "
     "not be given",
     d(contains=[deals(co("Dunder Mifflin"), "d.product, d.amount")],
       excludes=[lit("Software License", "Support Plan")],
       truth=[deals(co("Dunder Mifflin"), DEAL_ROW + ", d.product")])),
    (S, "deal_status", "sterling cooper consulting - has it blown its close date?",
     "yes: close date 2026-11-09, still Qualified (194,000); the Sterling Cooper Analytics Suite's date (2027-03-18) must "
     "not be given",
     d(contains=[deals("d.name = 'Sterling Cooper Consulting Services'", "d.close_date, d.stage")],
       excludes=[deals("d.name = 'Sterling Cooper Analytics Suite'", "d.close_date")],
       truth=[deals("d.name = 'Sterling Cooper Consulting Services'", DEAL_ROW)])),

    # ============================================================== account_health: quiet deals, coverage, gaps
    (A, "account_health", "which of my open deals have gone quiet - nothing logged since oct 19?",
     "Alex's open deals with no activity from 2026-10-19 on; his open deals with activity since then must not appear",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {quiet('2026-10-19')}")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND NOT {quiet('2026-10-19')}", "d.name",
                       "ORDER BY d.amount DESC LIMIT 3")],
       truth=[deals(f"{OPEN} AND d.owner_id = {ALEX} AND {quiet('2026-10-19')}", DEAL_ROW)])),
    (P, "account_health", "accounts i own that nobody has touched since oct 1?",
     "Priya's companies (company owner) with no activity from 2026-10-01 on (Coho Winery, Soylent Foods, "
     "Wingtip Toys: none has a deal); her accounts with activity since Nov 9 must not appear",
     d(contains=[companies(f"c.owner_id = {PRIYA} AND NOT EXISTS (SELECT 1 FROM activities x WHERE x.company_id = c.id "
                           "AND x.occurred_at >= DATE '2026-10-01')", "c.name", "ORDER BY c.name LIMIT 5")],
       excludes=[companies(f"c.owner_id = {PRIYA} AND EXISTS (SELECT 1 FROM activities x WHERE x.company_id = c.id "
                           "AND x.occurred_at >= DATE '2026-11-09')", "c.name", "ORDER BY c.name LIMIT 3")],
       truth=[companies(f"c.owner_id = {PRIYA} AND NOT EXISTS (SELECT 1 FROM activities x WHERE x.company_id = c.id "
                        "AND x.occurred_at >= DATE '2026-10-01')", "c.name")])),
    (R, "account_health", "Are there any open deals with no activity logged on them at all?",
     "none: every open deal has at least one activity; the open deal whose latest activity is oldest (Fabrikam Security "
     "Add-on) must not be listed",
     d(       excludes=[deals(f"{OPEN} AND EXISTS (SELECT 1 FROM activities x WHERE x.deal_id = d.id)", "d.name",
                       "ORDER BY (SELECT max(x.occurred_at) FROM activities x WHERE x.deal_id = d.id) LIMIT 1")],
       truth=[deals(f"{OPEN} AND NOT EXISTS (SELECT 1 FROM activities x WHERE x.deal_id = d.id)", DEAL_ROW)])),
    (J, "account_health", "How many accounts have no deals of any kind?",
     "companies with no deal row; the count of companies with deals must not be given",
     d(contains=[companies("NOT EXISTS (SELECT 1 FROM deals x WHERE x.company_id = c.id)", "count(*)")],
       excludes=[companies("EXISTS (SELECT 1 FROM deals x WHERE x.company_id = c.id)", "count(*)")],
       truth=[companies("NOT EXISTS (SELECT 1 FROM deals x WHERE x.company_id = c.id)", "count(*)"),
              companies("NOT EXISTS (SELECT 1 FROM deals x WHERE x.company_id = c.id)", "c.name")])),
    (S, "account_health", "which accounts have 3 or more open deals on them?",
     "companies with at least three open deals; companies with exactly two open deals must not be listed",
     d(contains=[deals(OPEN, "c.name", "GROUP BY c.name HAVING count(*) >= 3")],
       excludes=[deals(OPEN, "c.name", "GROUP BY c.name HAVING count(*) = 2")],
       truth=[deals(OPEN, "c.name, count(*)", "GROUP BY c.name HAVING count(*) >= 3")])),
    (A, "account_health", "what accounts do i own that have zero open pipeline?",
     "Alex's companies (company owner) with no open deal; his accounts with open deals must not be listed",
     d(contains=[companies(f"c.owner_id = {ALEX} AND NOT EXISTS (SELECT 1 FROM deals x WHERE x.company_id = c.id AND "
                           "x.stage NOT IN ('Closed Won', 'Closed Lost'))", "c.name", "ORDER BY c.name LIMIT 5")],
       excludes=[companies(f"c.owner_id = {ALEX} AND EXISTS (SELECT 1 FROM deals x WHERE x.company_id = c.id AND "
                           "x.stage NOT IN ('Closed Won', 'Closed Lost'))", "c.name", "ORDER BY c.name LIMIT 3")],
       truth=[companies(f"c.owner_id = {ALEX} AND NOT EXISTS (SELECT 1 FROM deals x WHERE x.company_id = c.id AND "
                        "x.stage NOT IN ('Closed Won', 'Closed Lost'))", "c.name")])),
    (P, "account_health", "which of my open deals don't have any open task on them?",
     "Priya's open deals with no open task (nine; the labels are the first five alphabetically, the truth has all); "
     "her open deals that do have an open task must not be listed",
     d(contains=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND NOT EXISTS (SELECT 1 FROM tasks x WHERE x.deal_id = d.id "
                       "AND x.status = 'open')", "d.name", "ORDER BY d.name LIMIT 5")],
       excludes=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND EXISTS (SELECT 1 FROM tasks x WHERE x.deal_id = d.id "
                       "AND x.status = 'open')", "d.name", "ORDER BY d.name LIMIT 3")],
       truth=[deals(f"{OPEN} AND d.owner_id = {PRIYA} AND NOT EXISTS (SELECT 1 FROM tasks x WHERE x.deal_id = d.id "
                    "AND x.status = 'open')", DEAL_ROW)])),
    (R, "account_health", "How many open deals are past their close date, and what's the combined value?",
     "three past-due open deals (Proseware Analytics Suite, Alpine Ski House Security Add-on, Sterling Cooper Consulting "
     "Services), 464,000; the open total closing by Dec 31 must not be given",
     d(contains=[deals(f"{OPEN} AND d.close_date < DATE '2026-11-18'", "sum(d.amount)"),
                 deals(f"{OPEN} AND d.close_date < DATE '2026-11-18'", "d.name")],
       excludes=[deals(f"{OPEN} AND d.close_date <= DATE '2026-12-31'", "sum(d.amount)")],
       truth=[deals(f"{OPEN} AND d.close_date < DATE '2026-11-18'", "count(*), sum(d.amount)"),
              deals(f"{OPEN} AND d.close_date < DATE '2026-11-18'", DEAL_ROW)])),
    (J, "account_health", "Which open deals have no contact person attached?",
     "none: every open deal has a contact (only the won Fourth Coffee deal lacks one, and it is closed); Fourth Coffee "
     "Software License must not be listed",
     d(excludes=[deals("d.contact_id IS NULL")],
       truth=[deals(f"{OPEN} AND d.contact_id IS NULL", DEAL_ROW)])),

    # ============================================================== decline: fields the CRM does not hold
    (A, "decline", "what % off list is nakatomi getting on their support plan?",
     "no discount / price-list field; the deal amount (114,000) must not be passed off as a discount",
     d(excludes=[deals("d.name = 'Nakatomi Trading Support Plan'", "d.amount")],
       absent=[no_column("discount", "price", "margin", "percent")])),
    (P, "decline", "when does contoso's contract end?", "no contract / term / renewal-date field",
     d(absent=[no_column("contract", "term", "renewal", "expir", "end_date")])),
    (S, "decline", "olivia chen's birthday?", "no birthday field",
     d(absent=[no_column("birth", "dob")])),
    (R, "decline", "Which marketing campaign brought in the Stark deal?", "no campaign / source field",
     d(absent=[no_column("campaign", "source", "utm", "channel")])),
    (J, "decline", "What time zone is Colin Hughes in?",
     "no time zone / location field on contacts; Colin's phone must not be passed off as location",
     d(excludes=[people(who("Colin", "Hughes"), "p.phone")],
       absent=[no_column("zone", "tz", "country", "city", "location")])),
    (A, "decline", "what's tyrell's approved budget for the security project, in $?",
     "no budget field (notes titled 'Budget approved' carry no figure); the deal amount (71,000) must not be passed off "
     "as the budget",
     d(excludes=[deals("d.name = 'Tyrell Systems Security Add-on'", "d.amount")],
       absent=[no_column("budget")])),
    (R, "decline", "What's Priya's quota and how far along is she against it?", "no quota / target field",
     d(absent=[no_column("quota", "target", "goal", "attain")])),
    # decline: records that do not exist
    (S, "decline", "globex analytics suite deal - what stage?",
     "no such deal: Globex only has Globex Platform Expansion (Qualified), whose stage must not be passed off",
     d(excludes=[deals(co("Globex"), "d.name")],
       absent=[deals(f"{co('Globex')} AND d.product = 'Analytics Suite'")])),
    (A, "decline", "email address for olivia park?",
     "no Olivia Park (Olivia Chen and Chris Park exist); their emails must not be passed off",
     d(excludes=[people(f"{who('Olivia', 'Chen')} OR {who('Chris', 'Park')}", "p.email")],
       absent=[people(who("Olivia", "Park"))])),
    (P, "decline", "who owns the stark enterprises account",
     "no Stark Enterprises (Stark Industries and Wayne Enterprises exist); Stark Industries' owner (Alex) must not be "
     "passed off",
     d(excludes=[companies(co("Stark Industries"), FIRST)],
       absent=["SELECT name FROM companies WHERE name ILIKE '%stark enterprises%'"])),
    (J, "decline", "How many open tasks does Taylor Brooks have?",
     "no user or contact Taylor Brooks",
     d(absent=["SELECT name FROM users WHERE name ILIKE '%taylor%' OR name ILIKE '%brooks%'",
               people("p.first_name = 'Taylor' OR (p.first_name = 'Taylor' AND p.last_name = 'Brooks')")])),
    (R, "decline", "When does the Coho Winery deal close?",
     "Coho Winery exists but has no deals; the Fourth Coffee (the other Beverages account) deal's close date must not be "
     "passed off",
     d(excludes=[deals(co("Fourth Coffee"), "d.close_date")],
       absent=[deals(co("Coho Winery"))])),
    # decline: opinions and predictions
    (S, "decline", "r we gonna hit 500k in closed won by end of december?", "prediction",
     d(absent=[no_column("forecast", "probab", "quota", "target")])),
    (A, "decline", "should i offer nakatomi a discount to get the software license over the line?",
     "advice / opinion; the CRM holds no pricing guidance",
     d(absent=[no_column("discount", "recommend", "advice")])),
    (P, "decline", "who's the best negotiator on the team?", "opinion about colleagues",
     d(absent=[no_column("rating", "skill", "score", "performance")])),
    (J, "decline", "Is the Fabrikam Security Add-on likely to slip into Q2 2027?",
     "prediction; its stored close date (2027-02-08) is fine to mention, so there is no exclude",
     d(absent=[no_column("probab", "risk", "likel", "forecast", "slip")])),
    # decline: not about the CRM
    (S, "decline", "usd to eur rate today?", "off-topic",
     d(absent=[no_column("exchange", "fx_rate", "rate")])),
    (R, "decline", "Who is the CEO of Microsoft?", "off-topic (no Microsoft account in the CRM)",
     d(absent=["SELECT name FROM companies WHERE name ILIKE '%microsoft%'"])),
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
