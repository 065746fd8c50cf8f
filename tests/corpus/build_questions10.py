"""Tenth chat question-answering set: 120 questions over the demo world, labels derived by SQL.

Usage (from the repository root):
    AUTOCRM_ROOT=/work/main .venv/bin/python tests/corpus/build_questions10.py      # writes the two jsonl files
    AUTOCRM_ROOT=/work/main .venv/bin/python tests/corpus/build_questions10.py -v   # ... and prints every label

The world is the deterministic demo data set generated for 2026-11-18 (a Wednesday) in an in-memory store.
Every label comes from a SQL query in ITEMS; validate_questions10.py re-runs them all.

Item fields (in ITEMS):
    user      email of the person asking
    family    question family (see FAMILIES)
    text      the question as typed into the chat
    note      what the right answer is and why
    contains  SQL queries; every cell of every returned row becomes one `answer_contains` label
    excludes  SQL queries; every cell becomes one `answer_excludes` label (the plausible wrong answer)
    truth     optional SQL: the complete true answer (rows); no exclude may appear inside it
    absent    declines only: SQL that must return no rows (the field / record really is missing)
    parts     2 for two-part questions (both parts must be answered), else 1

All SQL reads the views in VIEWS, which drop soft-deleted rows (deleted_at IS NULL); never the raw tables.
"""
from __future__ import annotations

import datetime as dt
import decimal
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(os.environ.get("AUTOCRM_ROOT", Path(__file__).resolve().parents[2]))
HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 18)  # Wednesday. Last week = 2026-11-09..2026-11-15; this week = 2026-11-16..2026-11-22
SEED = 20271204
PREFIX = "q10"
DEV_FILE = HERE / "questions10_dev.jsonl"
TEST_FILE = HERE / "questions10_test.jsonl"

ALEX, PRIYA, SAM = "alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local"
RILEY, JORDAN = "riley@autocrm.local", "jordan@autocrm.local"
REPS = {ALEX: "Alex", PRIYA: "Priya", SAM: "Sam"}
USERS = [ALEX, PRIYA, SAM, RILEY, JORDAN]

VIEWS = {
    "v_deals": "SELECT * FROM deals WHERE deleted_at IS NULL",
    "v_open": "SELECT * FROM deals WHERE deleted_at IS NULL AND stage NOT IN ('Closed Won', 'Closed Lost')",
    "v_companies": "SELECT * FROM companies WHERE deleted_at IS NULL",
    "v_contacts": "SELECT * FROM contacts WHERE deleted_at IS NULL",
    "v_acts": "SELECT * FROM activities WHERE deleted_at IS NULL",
    "v_tasks": "SELECT * FROM tasks WHERE deleted_at IS NULL",
    "v_users": "SELECT * FROM users",
}
CRM_TABLES = "('users', 'companies', 'contacts', 'deals', 'activities', 'tasks')"


def world():
    """The demo store for TODAY with the label views."""
    sys.path.insert(0, str(ROOT))
    from core.store import Store
    from data.demo import generate

    store = Store(":memory:")
    generate(store, TODAY)
    for name, sql in VIEWS.items():
        store.execute(f"CREATE VIEW {name} AS {sql}")
    return store


def fmt(value) -> str:
    """One cell as a label: amounts/counts with thousands separators, dates as YYYY-MM-DD."""
    if isinstance(value, bool):
        raise TypeError("booleans are not labels")
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        value = float(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"non-integral number {value!r}: round it in SQL")
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, str):
        return value
    raise TypeError(f"unexpected label value {value!r}")


def rows(store, sql: str) -> list[tuple]:
    return store.execute(sql).fetchall()


def labels(store, queries: list[str]) -> list[str]:
    out: list[str] = []
    for sql in queries:
        for row in rows(store, sql):
            out.extend(fmt(v) for v in row)
    return out


def _it(user, family, text, note, contains=(), excludes=(), truth=None, absent=None, parts=1):
    return {"user": user, "family": family, "text": text, "note": note, "contains": list(contains),
            "excludes": list(excludes), "truth": truth, "absent": absent, "parts": parts}


def lit(s: str) -> str:
    """A literal label written as SQL (used for stage names and yes/no evidence that is not a cell)."""
    return "SELECT '" + s.replace("'", "''") + "'"


def col_absent(*patterns: str) -> str:
    """SQL listing CRM columns whose name contains any of the patterns (must return nothing for a decline)."""
    like = " OR ".join(f"column_name ILIKE '%{p}%'" for p in patterns)
    return ("SELECT table_name, column_name FROM information_schema.columns "
            f"WHERE table_name IN {CRM_TABLES} AND ({like})")


OPEN_SUM = "SELECT sum(amount) FROM v_open"
DEAL = "SELECT {col} FROM v_deals WHERE name = '{name}'"


def deal(col: str, name: str) -> str:
    return DEAL.format(col=col, name=name.replace("'", "''"))


ITEMS = [
    # ---------------------------------------------------------------- pipeline (10)
    _it(ALEX, "pipeline", "whats my open pipeline rn?",
        "Alex's open deals (stage not Closed Won/Lost) sum to 1,704,000 over 20 deals. Wrong: the team total "
        "(4,495,500) or Alex's total including his closed deals (2,164,000).",
        [f"{OPEN_SUM} WHERE owner_id = 1"],
        [OPEN_SUM, "SELECT sum(amount) FROM v_deals WHERE owner_id = 1"]),
    _it(JORDAN, "pipeline", "Total open pipeline across the whole team, and how many deals does that cover?",
        "48 open deals worth 4,495,500. Wrong: all 60 deals including closed ones (5,673,500).",
        [OPEN_SUM, "SELECT count(*) FROM v_open"],
        ["SELECT sum(amount) FROM v_deals", "SELECT count(*) FROM v_deals"], parts=2),
    _it(RILEY, "pipeline", "How much open pipeline is scheduled to close in December 2026?",
        "12 open deals have a close date in 2026-12, worth 1,296,500. Wrong: November and December together "
        "(2,010,500).",
        [f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"],
        [f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2026-11-01' AND DATE '2026-12-31'"]),
    _it(PRIYA, "pipeline", "Prepping for my 1:1 w/ Jordan — how much of my pipeline is sitting in Qualified?",
        "Priya's open Qualified deals: 6 deals, 667,000. Wrong: Qualified for the whole team (1,943,000) or "
        "Priya's whole open pipeline (1,929,000).",
        [f"{OPEN_SUM} WHERE owner_id = 2 AND stage = 'Qualified'"],
        [f"{OPEN_SUM} WHERE stage = 'Qualified'", f"{OPEN_SUM} WHERE owner_id = 2"]),
    _it(SAM, "pipeline", "what've i got in negotiation and what's it worth",
        "Sam has two Negotiation deals, Hooli Security Add-on (18,500) and Contoso Analytics Suite (138,000), "
        "156,500 together. Wrong: Negotiation for the whole team (385,500).",
        [f"{OPEN_SUM} WHERE owner_id = 3 AND stage = 'Negotiation'",
         "SELECT name FROM v_open WHERE owner_id = 3 AND stage = 'Negotiation' ORDER BY amount"],
        [f"{OPEN_SUM} WHERE stage = 'Negotiation'"],
        truth="SELECT name, amount, sum(amount) OVER () FROM v_open WHERE owner_id = 3 AND stage = 'Negotiation'",
        parts=2),
    _it(RILEY, "pipeline", "Priya's open pipeline with a December close date — what's the total?",
        "Priya's open deals closing 2026-12-01..2026-12-31 (5 deals) total 592,000. Wrong: her whole open "
        "pipeline (1,929,000) or December for everyone (1,296,500).",
        [f"{OPEN_SUM} WHERE owner_id = 2 AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"],
        [f"{OPEN_SUM} WHERE owner_id = 2",
         f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"]),
    _it(JORDAN, "pipeline", "What open pipeline is due to close in the next 2 weeks?",
        "Open deals with close dates 2026-11-18..2026-12-02: 6 deals, 536,000 (no close date falls on 11-18, "
        "11-19 or 12-02, so the window edges do not matter). Wrong: also counting the three open deals whose "
        "close date already passed (1,000,000).",
        [f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-02'"],
        [f"{OPEN_SUM} WHERE close_date <= DATE '2026-12-02'"]),
    _it(ALEX, "pipeline", "how much have i got closing next qtr? (q1 '27)",
        "Alex's open deals closing 2027-01-01..2027-03-31: 9 deals, 787,000. Wrong: his whole open pipeline "
        "(1,704,000).",
        [f"{OPEN_SUM} WHERE owner_id = 1 AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"],
        [f"{OPEN_SUM} WHERE owner_id = 1"]),
    _it(SAM, "pipeline", "what's closing the rest of this month, $ wise? whole team",
        "Open deals with close dates 2026-11-18..2026-11-30: 4 deals (Umbrella Health Support Plan, Initech "
        "Analytics Suite, Woodgrove Bank Consulting Services, Pied Piper Software License), 250,000. Wrong: all "
        "open deals with a November close date (714,000), which adds three already past their date.",
        [f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-30'"],
        [f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'"]),
    _it(PRIYA, "pipeline", "Open Proposal-stage pipeline that closes before year end — total?",
        "Open Proposal deals with close dates up to 2026-12-31: 8 deals, 504,000 (none is past its close date). "
        "Wrong: all Proposal deals (954,000).",
        [f"{OPEN_SUM} WHERE stage = 'Proposal' AND close_date <= DATE '2026-12-31'"],
        [f"{OPEN_SUM} WHERE stage = 'Proposal'"]),

    # ---------------------------------------------------------------- deal fields (10)
    _it(RILEY, "deal_fields", "What stage is the Woodgrove Bank deal in, and when's it supposed to close?",
        "Woodgrove Bank Consulting Services: Negotiation, close date 2026-11-28.",
        [deal("stage", "Woodgrove Bank Consulting Services"), deal("close_date", "Woodgrove Bank Consulting Services")],
        [], parts=2),
    _it(JORDAN, "deal_fields", "Who's the owner on the Cyberdyne Consulting Services deal?",
        "The deal is owned by Alex Morgan. Wrong: Priya, who owns the Cyberdyne account, not this deal.",
        ["SELECT u.name FROM v_deals d JOIN v_users u ON u.id = d.owner_id "
         "WHERE d.name = 'Cyberdyne Consulting Services'"],
        ["SELECT split_part(u.name, ' ', 1) FROM v_companies c JOIN v_users u ON u.id = c.owner_id "
         "WHERE c.name = 'Cyberdyne'"]),
    _it(PRIYA, "deal_fields", "amount on the Fabrikam Software License opp?",
        "Fabrikam Software License is 177,000. Wrong: the other Fabrikam deals, Support Plan (130,000) or "
        "Security Add-on (133,000).",
        [deal("amount", "Fabrikam Software License")],
        [deal("amount", "Fabrikam Support Plan"), deal("amount", "Fabrikam Security Add-on")]),
    _it(PRIYA, "deal_fields", "Who's the contact on Globex Platform Expansion? need their email too",
        "Contact is Dana Lee, dana.lee@globex.com. Wrong: the other Dana (Dana Smith at Acme Corp).",
        ["SELECT c.first_name || ' ' || c.last_name, c.email FROM v_deals d JOIN v_contacts c "
         "ON c.id = d.contact_id WHERE d.name = 'Globex Platform Expansion'"],
        ["SELECT email FROM v_contacts WHERE first_name = 'Dana' AND last_name = 'Smith'"], parts=2),
    _it(ALEX, "deal_fields", "close date for Tyrell Systems Analytics Suite?",
        "2026-12-29. Wrong: the other Tyrell deal (Security Add-on, 2027-04-06).",
        [deal("close_date", "Tyrell Systems Analytics Suite")],
        [deal("close_date", "Tyrell Systems Security Add-on")]),
    _it(RILEY, "deal_fields", "Which product is the Nakatomi deal that's in Negotiation for?",
        "The Negotiation deal at Nakatomi Trading is Nakatomi Trading Consulting Services, product Consulting "
        "Services. Wrong: Software License, the product of the largest Nakatomi deal.",
        ["SELECT product FROM v_open WHERE name LIKE 'Nakatomi Trading%' AND stage = 'Negotiation'"],
        [deal("product", "Nakatomi Trading Software License")]),
    _it(JORDAN, "deal_fields", "Hooli Security Add-on: stage + amount?",
        "Negotiation, 18,500.",
        [deal("stage", "Hooli Security Add-on"), deal("amount", "Hooli Security Add-on")],
        [], parts=2),
    _it(SAM, "deal_fields", "When was the Umbrella Health Support Plan deal created in the CRM?",
        "Created 2026-08-21. Wrong: its close date (2026-11-23).",
        [deal("created_at::DATE", "Umbrella Health Support Plan")],
        [deal("close_date", "Umbrella Health Support Plan")]),
    _it(ALEX, "deal_fields", "dunder mifflin deal - how big is it?",
        "Dunder Mifflin Platform (the only Dunder Mifflin deal) is 147,000.",
        [deal("amount", "Dunder Mifflin Platform")],
        []),
    _it(PRIYA, "deal_fields", "Which rep owns the Lucerne Publishing deal?",
        "Lucerne Publishing Consulting Services is owned by Sam Rivera. Wrong: Alex, who owns the Lucerne "
        "Publishing account.",
        ["SELECT u.name FROM v_deals d JOIN v_users u ON u.id = d.owner_id "
         "WHERE d.name = 'Lucerne Publishing Consulting Services'"],
        ["SELECT split_part(u.name, ' ', 1) FROM v_companies c JOIN v_users u ON u.id = c.owner_id "
         "WHERE c.name = 'Lucerne Publishing'"]),

    # ---------------------------------------------------------------- account activity (9)
    _it(SAM, "account_activity", "When did we last log anything on Globex, and what was it?",
        "Latest Globex activity: a call 'Check-in call' on 2026-11-16 (by Priya).",
        ["SELECT occurred_at::DATE, subject FROM v_acts WHERE company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Globex') ORDER BY occurred_at DESC LIMIT 1"],
        [], parts=2),
    _it(ALEX, "account_activity", "How many activities were logged on Fabrikam last week?",
        "Last week is Mon 2026-11-09..Sun 2026-11-15: 2 activities linked to the Fabrikam account (a call on 11-10, an email on 11-11). Wrong: "
        "3, which also counts the note of Monday 2026-11-16.",
        ["SELECT count(*) FROM v_acts WHERE company_id = (SELECT id FROM v_companies WHERE name = 'Fabrikam') "
         "AND occurred_at >= TIMESTAMP '2026-11-09' AND occurred_at < TIMESTAMP '2026-11-16'"],
        ["SELECT count(*) FROM v_acts WHERE company_id = (SELECT id FROM v_companies WHERE name = 'Fabrikam') "
         "AND occurred_at >= TIMESTAMP '2026-11-09' AND occurred_at < TIMESTAMP '2026-11-18'"]),
    _it(JORDAN, "account_activity", "When did anyone last touch Pied Piper? Anything since Nov 1?",
        "Last activity on Pied Piper was 2026-10-24; nothing has been logged since 2026-11-01.",
        ["SELECT max(occurred_at)::DATE FROM v_acts WHERE company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Pied Piper')"],
        [], parts=2),
    _it(ALEX, "account_activity", "quick recap of alpine ski house activity this month — how many touches?",
        "Activities on Alpine Ski House from 2026-11-01 to today: 6 (2 notes, 2 emails, 1 call, 1 meeting). "
        "Wrong: the last 30 days (13) or all time (127).",
        ["SELECT count(*) FROM v_acts WHERE company_id = (SELECT id FROM v_companies WHERE name = 'Alpine Ski House') "
         "AND occurred_at >= TIMESTAMP '2026-11-01'"],
        ["SELECT count(*) FROM v_acts WHERE company_id = (SELECT id FROM v_companies WHERE name = 'Alpine Ski House') "
         "AND occurred_at >= TIMESTAMP '2026-10-19'",
         "SELECT count(*) FROM v_acts WHERE company_id = (SELECT id FROM v_companies WHERE name = 'Alpine Ski House')"]),
    _it(PRIYA, "account_activity", "When was our last meeting with Margie's Travel?",
        "Last meeting: 'Kick-off meeting' on 2026-11-14. Wrong: 2026-11-16, the latest activity of any type "
        "(a message).",
        ["SELECT max(occurred_at)::DATE FROM v_acts WHERE type = 'meeting' AND company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Margie''s Travel')"],
        ["SELECT max(occurred_at)::DATE FROM v_acts WHERE company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Margie''s Travel')"]),
    _it(SAM, "account_activity", "how many calls w/ Contoso in the last 30 days",
        "Calls on Contoso since 2026-10-19: 2 (2026-11-01 and 2026-11-04). Wrong: 4, counting since Oct 1.",
        ["SELECT count(*) FROM v_acts WHERE type = 'call' AND company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Contoso') AND occurred_at >= TIMESTAMP '2026-10-19'"],
        ["SELECT count(*) FROM v_acts WHERE type = 'call' AND company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Contoso') AND occurred_at >= TIMESTAMP '2026-10-01'"]),
    _it(RILEY, "account_activity", "What was the last email to Acme Corp, and when was it sent?",
        "'Sent pricing' on 2026-11-10 (Acme Corp Renewal). Wrong: Acme Logistics' last email, 'Sent proposal' on "
        "2026-11-13.",
        ["SELECT subject, occurred_at::DATE FROM v_acts WHERE type = 'email' AND company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Acme Corp') ORDER BY occurred_at DESC LIMIT 1"],
        ["SELECT subject, occurred_at::DATE FROM v_acts WHERE type = 'email' AND company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Acme Logistics') ORDER BY occurred_at DESC LIMIT 1"],
        parts=2),
    _it(JORDAN, "account_activity", "Who logged the most recent activity on Blue Yonder Airlines?",
        "Priya Patel (a follow-up email on 2026-11-17, on Blue Yonder Airlines Support Plan). Wrong: Alex, who "
        "owns the account.",
        ["SELECT u.name FROM v_acts a JOIN v_users u ON u.id = a.author_id WHERE a.company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Blue Yonder Airlines') ORDER BY a.occurred_at DESC LIMIT 1"],
        ["SELECT split_part(u.name, ' ', 1) FROM v_companies c JOIN v_users u ON u.id = c.owner_id "
         "WHERE c.name = 'Blue Yonder Airlines'"]),
    _it(ALEX, "account_activity", "what happened w/ stark industries last wk?",
        "One activity last week (2026-11-09..11-15): email 'Contract questions' on 2026-11-15.",
        ["SELECT subject, occurred_at::DATE FROM v_acts WHERE company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Stark Industries') "
         "AND occurred_at >= TIMESTAMP '2026-11-09' AND occurred_at < TIMESTAMP '2026-11-16'"],
        []),

    # ---------------------------------------------------------------- contacts (10)
    _it(PRIYA, "contacts", "What's Chris Park's phone number?",
        "Chris Park (COO, Acme Logistics): +15551047514. Wrong: the other Chris (Chris Walker, +15551039595).",
        ["SELECT phone FROM v_contacts WHERE first_name = 'Chris' AND last_name = 'Park'"],
        ["SELECT phone FROM v_contacts WHERE first_name = 'Chris' AND last_name = 'Walker'"]),
    _it(RILEY, "contacts", "Email for the CFO at Wayne Enterprises?",
        "Bruce Nolan, bruce.nolan@wayne.com. Wrong: Zane Turner, the Finance Manager there.",
        ["SELECT c.first_name || ' ' || c.last_name, c.email FROM v_contacts c JOIN v_companies co "
         "ON co.id = c.company_id WHERE co.name = 'Wayne Enterprises' AND c.title = 'CFO'"],
        ["SELECT c.email FROM v_contacts c JOIN v_companies co ON co.id = c.company_id "
         "WHERE co.name = 'Wayne Enterprises' AND c.title = 'Finance Manager'"]),
    _it(PRIYA, "contacts", "who's the CTO at Initech?",
        "Marcus Webb. Wrong: Helena Tanaka (CFO) or another Initech contact.",
        ["SELECT c.first_name || ' ' || c.last_name FROM v_contacts c JOIN v_companies co ON co.id = c.company_id "
         "WHERE co.name = 'Initech' AND c.title = 'CTO'"],
        ["SELECT c.first_name || ' ' || c.last_name FROM v_contacts c JOIN v_companies co ON co.id = c.company_id "
         "WHERE co.name = 'Initech' AND c.title = 'CFO'"]),
    _it(ALEX, "contacts", "need Dana Smith's email pls",
        "dana.smith@acme.com. Wrong: the other Dana (dana.lee@globex.com).",
        ["SELECT email FROM v_contacts WHERE first_name = 'Dana' AND last_name = 'Smith'"],
        ["SELECT email FROM v_contacts WHERE first_name = 'Dana' AND last_name = 'Lee'"]),
    _it(JORDAN, "contacts", "How many contacts do we have at Acme Logistics, and who's the COO there?",
        "7 contacts at Acme Logistics; the COO is Chris Park. Wrong count: 3, the contacts at Acme Corp.",
        ["SELECT count(*) FROM v_contacts WHERE company_id = (SELECT id FROM v_companies WHERE name = 'Acme Logistics')",
         "SELECT first_name || ' ' || last_name FROM v_contacts WHERE title = 'COO' AND company_id = "
         "(SELECT id FROM v_companies WHERE name = 'Acme Logistics')"],
        ["SELECT count(*) FROM v_contacts WHERE company_id = (SELECT id FROM v_companies WHERE name = 'Acme Corp')"],
        parts=2),
    _it(PRIYA, "contacts", "Keith Fischer — title and phone?",
        "Keith Fischer (Margie's Travel) is CEO, phone +15551554330.",
        ["SELECT title, phone FROM v_contacts WHERE first_name = 'Keith' AND last_name = 'Fischer'"],
        [], parts=2),
    _it(RILEY, "contacts", "Sabrina Silva's email address?",
        "sabrina.silva@proseware.com (CTO at Proseware; the only email stored for her).",
        ["SELECT email FROM v_contacts WHERE first_name = 'Sabrina' AND last_name = 'Silva'"],
        []),
    _it(SAM, "contacts", "phone # for the procurment manager at hooli?",
        "Olivia Chen, Procurement Manager at Hooli: +15551031676.",
        ["SELECT c.phone FROM v_contacts c JOIN v_companies co ON co.id = c.company_id "
         "WHERE co.name = 'Hooli' AND c.title = 'Procurement Manager'"],
        []),
    _it(ALEX, "contacts", "who's the contact on my Tailspin Toys Support Plan deal + how do i email them",
        "Petra Gray, petra.gray@tailspintoys.com. Wrong: Simon Evans, the other Tailspin Toys contact.",
        ["SELECT c.first_name || ' ' || c.last_name, c.email FROM v_deals d JOIN v_contacts c "
         "ON c.id = d.contact_id WHERE d.name = 'Tailspin Toys Support Plan'"],
        ["SELECT email FROM v_contacts WHERE first_name = 'Simon' AND last_name = 'Evans'"], parts=2),
    _it(ALEX, "contacts", "What lifecycle stage is Elena Garcia in?",
        "customer (Elena Garcia, CIO at Umbrella Health).",
        ["SELECT lifecycle_stage FROM v_contacts WHERE first_name = 'Elena' AND last_name = 'Garcia'"],
        []),

    # ---------------------------------------------------------------- tasks (10)
    _it(ALEX, "tasks", "how many overdue tasks do i have? just the numbr pls",
        "Alex's open tasks due before 2026-11-18: 15. Wrong: all 25 of his open tasks.",
        ["SELECT count(*) FROM v_tasks WHERE owner_id = 1 AND status = 'open' AND due_date < DATE '2026-11-18'"],
        ["SELECT count(*) FROM v_tasks WHERE owner_id = 1 AND status = 'open'"]),
    _it(SAM, "tasks", "what's due for me this week?",
        "This week is Mon 2026-11-16..Sun 2026-11-22: one task, 'Book a demo (Lucerne Publishing Consulting "
        "Services)', due 2026-11-21 (the same task whether the week is Mon-Sun, Sun-Sat or the next 7 days).",
        ["SELECT 'Lucerne Publishing' FROM v_tasks WHERE owner_id = 3 AND status = 'open' "
         "AND due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22' AND title LIKE '%Lucerne Publishing%'",
         "SELECT due_date FROM v_tasks WHERE owner_id = 3 AND status = 'open' "
         "AND due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'"],
        [],
        truth="SELECT title, due_date FROM v_tasks WHERE owner_id = 3 AND status = 'open' "
              "AND due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'"),
    _it(RILEY, "tasks", "Doing Priya's review tomorrow. How many overdue open tasks does she have?",
        "Priya's open tasks due before 2026-11-18: 4. Wrong: all 16 of her open tasks.",
        ["SELECT count(*) FROM v_tasks WHERE owner_id = 2 AND status = 'open' AND due_date < DATE '2026-11-18'"],
        ["SELECT count(*) FROM v_tasks WHERE owner_id = 2 AND status = 'open'"]),
    _it(JORDAN, "tasks", "How many tasks has Sam completed, and how many are still open?",
        "Sam: 8 done, 12 open.",
        ["SELECT count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE status = 'open') "
         "FROM v_tasks WHERE owner_id = 3"],
        [], parts=2),
    _it(SAM, "tasks", "how many open tasks on the Prestige Worldwide deal?",
        "Prestige Worldwide Consulting Services has 3 open tasks (Prepare proposal, Book a demo, Send pricing). "
        "Wrong: 4, which also counts the completed 'Send pricing' task.",
        ["SELECT count(*) FROM v_tasks WHERE status = 'open' AND deal_id = "
         "(SELECT id FROM v_deals WHERE name = 'Prestige Worldwide Consulting Services')"],
        ["SELECT count(*) FROM v_tasks WHERE deal_id = "
         "(SELECT id FROM v_deals WHERE name = 'Prestige Worldwide Consulting Services')"]),
    _it(ALEX, "tasks", "anything due tomorrow for me?",
        "Two open tasks due 2026-11-19: 'Send contract (Dunder Mifflin Platform)' and 'Follow up (Nakatomi "
        "Trading Consulting Services)'.",
        ["SELECT 'Dunder Mifflin' FROM v_tasks WHERE owner_id = 1 AND status = 'open' "
         "AND due_date = DATE '2026-11-19' AND title LIKE '%Dunder Mifflin%'",
         "SELECT 'Nakatomi Trading' FROM v_tasks WHERE owner_id = 1 AND status = 'open' "
         "AND due_date = DATE '2026-11-19' AND title LIKE '%Nakatomi Trading%'"],
        [],
        truth="SELECT title FROM v_tasks WHERE owner_id = 1 AND status = 'open' AND due_date = DATE '2026-11-19'"),
    _it(RILEY, "tasks", "Who on the team has the most overdue tasks?",
        "Alex Morgan with 15 open tasks past due (Priya 4, Sam 3).",
        ["SELECT split_part(u.name, ' ', 1), count(*) FROM v_tasks t JOIN v_users u ON u.id = t.owner_id "
         "WHERE t.status = 'open' AND t.due_date < DATE '2026-11-18' GROUP BY 1 ORDER BY 2 DESC LIMIT 1"],
        []),
    _it(JORDAN, "tasks", "How many tasks were completed in October?",
        "21 tasks have completed_at in 2026-10. Wrong: all 27 completed tasks.",
        ["SELECT count(*) FROM v_tasks WHERE completed_at >= TIMESTAMP '2026-10-01' "
         "AND completed_at < TIMESTAMP '2026-11-01'"],
        ["SELECT count(*) FROM v_tasks WHERE status = 'done'"]),
    _it(SAM, "tasks", "which of my tasks are overdue, and on which deals?",
        "Sam's 3 overdue open tasks are on Margie's Travel Support Plan (due 10-31), Umbrella Health Support "
        "Plan (11-03) and Prestige Worldwide Consulting Services (11-07). Wrong: listing Bluth Company "
        "Analytics Suite, whose open task is not due until 2026-11-27.",
        ["SELECT d.name FROM v_tasks t JOIN v_deals d ON d.id = t.deal_id WHERE t.owner_id = 3 "
         "AND t.status = 'open' AND t.due_date < DATE '2026-11-18' ORDER BY t.due_date"],
        ["SELECT 'Bluth Company' FROM v_tasks WHERE owner_id = 3 AND status = 'open' "
         "AND title LIKE '%Bluth Company%' AND due_date > DATE '2026-11-18' LIMIT 1"],
        truth="SELECT t.title, d.name, t.due_date FROM v_tasks t JOIN v_deals d ON d.id = t.deal_id "
              "WHERE t.owner_id = 3 AND t.status = 'open' AND t.due_date < DATE '2026-11-18'", parts=2),
    _it(PRIYA, "tasks", "How many open tasks do I have on Monarch Solutions Software License? and which one's overdue?",
        "4 open tasks; the overdue one is 'Check in', due 2026-11-16. Wrong count: 6, which includes the 2 done "
        "tasks.",
        ["SELECT count(*) FROM v_tasks WHERE owner_id = 2 AND status = 'open' AND deal_id = "
         "(SELECT id FROM v_deals WHERE name = 'Monarch Solutions Software License')",
         "SELECT due_date FROM v_tasks WHERE owner_id = 2 AND status = 'open' AND due_date < DATE '2026-11-18' "
         "AND deal_id = (SELECT id FROM v_deals WHERE name = 'Monarch Solutions Software License')"],
        ["SELECT count(*) FROM v_tasks WHERE owner_id = 2 AND deal_id = "
         "(SELECT id FROM v_deals WHERE name = 'Monarch Solutions Software License')"], parts=2),

    # ---------------------------------------------------------------- won / lost (9)
    _it(JORDAN, "won_lost", "What did we close-won last quarter, in total?",
        "Q3 2026 (Jul 1..Sep 30): 3 won deals, 129,000. Wrong: all won deals (427,000).",
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Won' "
         "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"],
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Won'"]),
    _it(RILEY, "won_lost", "How much did we lose in October?",
        "Closed Lost with close dates in 2026-10: 5 deals, 511,000. Wrong: all lost deals (751,000).",
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Lost' "
         "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"],
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Lost'"]),
    _it(ALEX, "won_lost", "ytd closed won for me?",
        "Alex won one deal in 2026: Cyberdyne Software License, 43,000. Wrong: the team's 427,000.",
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Won' AND owner_id = 1 "
         "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"],
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Won' "
         "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"]),
    _it(PRIYA, "won_lost", "how many deals have I won this year, and for how much total?",
        "Priya won 2 deals in 2026 (Fourth Coffee Software License, Margie's Travel Security Add-on), 206,000. "
        "Wrong: the team's 427,000.",
        ["SELECT count(*), sum(amount) FROM v_deals WHERE stage = 'Closed Won' AND owner_id = 2 "
         "AND close_date >= DATE '2026-01-01'"],
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Won' AND close_date >= DATE '2026-01-01'"],
        parts=2),
    _it(SAM, "won_lost", "whats my win rate by deal count this year?",
        "Sam closed 4 deals in 2026: 2 won, 2 lost, so 50%. Wrong: 39%, the win rate by amount "
        "(178,000 of 458,000).",
        ["SELECT CAST(round(100.0 * count(*) FILTER (WHERE stage = 'Closed Won') / count(*)) AS INTEGER) "
         "FROM v_deals WHERE owner_id = 3 AND stage IN ('Closed Won', 'Closed Lost') AND close_date >= DATE '2026-01-01'"],
        ["SELECT CAST(round(100.0 * sum(amount) FILTER (WHERE stage = 'Closed Won') / sum(amount)) AS INTEGER) "
         "FROM v_deals WHERE owner_id = 3 AND stage IN ('Closed Won', 'Closed Lost') AND close_date >= DATE '2026-01-01'"]),
    _it(RILEY, "won_lost", "What was our biggest lost deal this year?",
        "Oscorp Software License, 186,000 (lost 2026-07-27).",
        ["SELECT name, amount FROM v_deals WHERE stage = 'Closed Lost' AND close_date >= DATE '2026-01-01' "
         "ORDER BY amount DESC LIMIT 1"],
        []),
    _it(JORDAN, "won_lost", "Q3 won vs lost, by value?",
        "Q3 2026 (Jul..Sep): won 129,000 (3 deals) vs lost 240,000 (2 deals). Wrong: all-time figures "
        "(427,000 won, 751,000 lost).",
        ["SELECT sum(amount) FILTER (WHERE stage = 'Closed Won'), sum(amount) FILTER (WHERE stage = 'Closed Lost') "
         "FROM v_deals WHERE close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"],
        ["SELECT sum(amount) FILTER (WHERE stage = 'Closed Won'), sum(amount) FILTER (WHERE stage = 'Closed Lost') "
         "FROM v_deals"]),
    _it(SAM, "won_lost", "did we win anything in October? what and how big?",
        "One win with a 2026-10 close date: Margie's Travel Security Add-on, 185,000 (Priya's).",
        ["SELECT name, amount FROM v_deals WHERE stage = 'Closed Won' "
         "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"],
        [], parts=2),
    _it(ALEX, "won_lost", "how much have I lost since Sept 1?",
        "Alex's Closed Lost deals with close dates from 2026-09-01: 3 deals (all in October), 231,000. Wrong: "
        "all his losses this year (417,000, which adds Oscorp Software License from July).",
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Lost' AND owner_id = 1 "
         "AND close_date >= DATE '2026-09-01'"],
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Lost' AND owner_id = 1"]),

    # ---------------------------------------------------------------- rankings (9)
    _it(RILEY, "rankings", "Could you list the top three open deals by amount, please?",
        "Stark Industries Software License (250,000), Nakatomi Trading Software License (199,000), Sterling "
        "Cooper Consulting Services (194,000).",
        ["SELECT name FROM v_open ORDER BY amount DESC LIMIT 3"],
        [],
        truth="SELECT name, amount FROM v_open ORDER BY amount DESC LIMIT 3"),
    _it(JORDAN, "rankings", "Which rep has the largest open pipeline?",
        "Priya Patel, 1,929,000 (Alex 1,704,000 despite having more deals; Sam 862,500).",
        ["SELECT u.name, sum(d.amount) FROM v_open d JOIN v_users u ON u.id = d.owner_id "
         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"],
        []),
    _it(ALEX, "rankings", "which account has the most activity logged this year?",
        "Alpine Ski House, 113 activities in 2026 (Monarch Solutions is next with 101).",
        ["SELECT c.name FROM v_acts a JOIN v_companies c ON c.id = a.company_id "
         "WHERE a.occurred_at >= TIMESTAMP '2026-01-01' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"],
        []),
    _it(PRIYA, "rankings", "smallest open deal we've got?",
        "Bluth Company Analytics Suite, 10,000. Wrong: Monarch Solutions Security Add-on (5,000), which is "
        "Closed Lost.",
        ["SELECT name, amount FROM v_open ORDER BY amount LIMIT 1"],
        ["SELECT name, amount FROM v_deals ORDER BY amount LIMIT 1"]),
    _it(PRIYA, "rankings", "which product has the most open pipeline $?",
        "Consulting Services, 1,128,000 of open pipeline. Wrong: 1,368,000, which includes closed Consulting "
        "Services deals.",
        ["SELECT product, sum(amount) FROM v_open GROUP BY 1 ORDER BY 2 DESC LIMIT 1"],
        ["SELECT sum(amount) FROM v_deals WHERE product = "
         "(SELECT product FROM v_open GROUP BY 1 ORDER BY sum(amount) DESC LIMIT 1)"]),
    _it(PRIYA, "rankings", "Top industry by open pipeline?",
        "Manufacturing, 557,000 (Acme Corp + Fabrikam); Outdoor is next with 509,000.",
        ["SELECT c.industry, sum(d.amount) FROM v_open d JOIN v_companies c ON c.id = d.company_id "
         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"],
        []),
    _it(JORDAN, "rankings", "Which account has the biggest open pipeline?",
        "Alpine Ski House, 509,000 over 4 open deals (Fabrikam next with 440,000). Wrong: Stark Industries, "
        "which only has the single largest deal (250,000); not an exclude, since a top-N list may include it.",
        ["SELECT c.name, sum(d.amount) FROM v_open d JOIN v_companies c ON c.id = d.company_id "
         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"],
        []),
    _it(SAM, "rankings", "who made the most calls last month",
        "October 2026: Alex Morgan with 30 calls (Priya 19, Sam 12).",
        ["SELECT split_part(u.name, ' ', 1), count(*) FROM v_acts a JOIN v_users u ON u.id = a.author_id "
         "WHERE a.type = 'call' AND a.occurred_at >= TIMESTAMP '2026-10-01' AND a.occurred_at < TIMESTAMP '2026-11-01' "
         "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"],
        []),
    _it(ALEX, "rankings", "biggest deal i've got closing this year",
        "Among Alex's open deals with close dates up to 2026-12-31: Nakatomi Trading Software License, "
        "199,000. Wrong: Stark Industries Software License (250,000), which closes 2027-02-01 (not an exclude: a "
        "right answer may mention it as the biggest overall).",
        ["SELECT name, amount FROM v_open WHERE owner_id = 1 AND close_date <= DATE '2026-12-31' "
         "ORDER BY amount DESC LIMIT 1"],
        []),

    # ---------------------------------------------------------------- comparisons (9)
    _it(RILEY, "comparisons", "Alex vs Priya — open pipeline?",
        "Alex 1,704,000 (20 deals) vs Priya 1,929,000 (18 deals): Priya is ahead by 225,000.",
        [f"{OPEN_SUM} WHERE owner_id = 1", f"{OPEN_SUM} WHERE owner_id = 2"],
        []),
    _it(JORDAN, "comparisons", "Closed-won this year: Q3 vs Q2?",
        "Q3 2026: 129,000 (3 deals) vs Q2 2026: 113,000 (1 deal, Northwind Health Security Add-on).",
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Won' "
         "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'",
         "SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Won' "
         "AND close_date BETWEEN DATE '2026-04-01' AND DATE '2026-06-30'"],
        []),
    _it(PRIYA, "comparisons", "my Qualified vs my Proposal pipeline — how do they compare?",
        "Priya: Qualified 667,000 (6 deals) vs Proposal 339,000 (3 deals). Wrong: the team-wide figures "
        "(1,943,000 and 954,000).",
        [f"{OPEN_SUM} WHERE owner_id = 2 AND stage = 'Qualified'", f"{OPEN_SUM} WHERE owner_id = 2 AND stage = 'Proposal'"],
        [f"{OPEN_SUM} WHERE stage = 'Qualified'", f"{OPEN_SUM} WHERE stage = 'Proposal'"]),
    _it(SAM, "comparisons", "did I log more activity last week or the week before?",
        "Activities authored by Sam: last week (2026-11-09..11-15) 13 vs the week before (11-02..11-08) 7. "
        "Wrong: Sam's whole November so far (20), not an exclude because it is also the two weeks' sum.",
        ["SELECT count(*) FROM v_acts WHERE author_id = 3 AND occurred_at >= TIMESTAMP '2026-11-09' "
         "AND occurred_at < TIMESTAMP '2026-11-16'",
         "SELECT count(*) FROM v_acts WHERE author_id = 3 AND occurred_at >= TIMESTAMP '2026-11-02' "
         "AND occurred_at < TIMESTAMP '2026-11-09'"],
        []),
    _it(ALEX, "comparisons", "how does my Proposal-stage pipeline stack up against Sam's?",
        "Alex: 390,000 in Proposal (8 deals) vs Sam: 225,000 (4 deals). Wrong: the whole Proposal stage (954,000).",
        [f"{OPEN_SUM} WHERE owner_id = 1 AND stage = 'Proposal'", f"{OPEN_SUM} WHERE owner_id = 3 AND stage = 'Proposal'"],
        [f"{OPEN_SUM} WHERE stage = 'Proposal'"]),
    _it(RILEY, "comparisons", "Open deals with a November close date vs a December close date — totals for each?",
        "November 2026: 714,000 (7 open deals, 3 of them already past their date); December 2026: 1,296,500 "
        "(12 deals).",
        [f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'",
         f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"],
        []),
    _it(JORDAN, "comparisons", "Emails vs calls logged last week?",
        "Last week (2026-11-09..11-15): 10 emails vs 9 calls.",
        ["SELECT count(*) FROM v_acts WHERE type = 'email' AND occurred_at >= TIMESTAMP '2026-11-09' "
         "AND occurred_at < TIMESTAMP '2026-11-16'",
         "SELECT count(*) FROM v_acts WHERE type = 'call' AND occurred_at >= TIMESTAMP '2026-11-09' "
         "AND occurred_at < TIMESTAMP '2026-11-16'"],
        []),
    _it(SAM, "comparisons", "how much did Alex lose this year vs me?",
        "Closed Lost in 2026: Alex 417,000 (4 deals) vs Sam 280,000 (2 deals).",
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Lost' AND owner_id = 1 AND close_date >= DATE '2026-01-01'",
         "SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Lost' AND owner_id = 3 AND close_date >= DATE '2026-01-01'"],
        []),
    _it(PRIYA, "comparisons", "are there more open deals in Lead or in Qualified rn?",
        "Qualified: 15 open deals vs Lead: 13.",
        [lit("Qualified"), "SELECT count(*) FROM v_open WHERE stage = 'Qualified'",
         "SELECT count(*) FROM v_open WHERE stage = 'Lead'"],
        []),

    # ---------------------------------------------------------------- grouped totals (9)
    _it(JORDAN, "grouped_totals", "Break down open pipeline by owner.",
        "Alex Morgan 1,704,000; Priya Patel 1,929,000; Sam Rivera 862,500.",
        ["SELECT sum(amount) FROM v_open GROUP BY owner_id ORDER BY owner_id"],
        [],
        truth="SELECT u.name, sum(d.amount) FROM v_open d JOIN v_users u ON u.id = d.owner_id GROUP BY 1"),
    _it(RILEY, "grouped_totals", "Cyberdyne: how many calls, emails and meetings have we logged in total?",
        "All-time on Cyberdyne: 33 calls, 29 emails, 20 meetings.",
        ["SELECT count(*) FROM v_acts WHERE type = 'call' AND company_id = (SELECT id FROM v_companies WHERE name = 'Cyberdyne')",
         "SELECT count(*) FROM v_acts WHERE type = 'email' AND company_id = (SELECT id FROM v_companies WHERE name = 'Cyberdyne')",
         "SELECT count(*) FROM v_acts WHERE type = 'meeting' AND company_id = (SELECT id FROM v_companies WHERE name = 'Cyberdyne')"],
        []),
    _it(SAM, "grouped_totals", "break down my open pipe by stage",
        "Sam: Negotiation 156,500; Proposal 225,000; Qualified 481,000 (no Lead deals).",
        ["SELECT sum(amount) FROM v_open WHERE owner_id = 3 GROUP BY stage ORDER BY stage"],
        []),
    _it(PRIYA, "grouped_totals", "How many contacts does each rep own?",
        "Alex Morgan 44, Priya Patel 43, Sam Rivera 33.",
        ["SELECT count(*) FROM v_contacts GROUP BY owner_id ORDER BY owner_id"],
        []),
    _it(JORDAN, "grouped_totals", "Contacts by lifecycle stage — how many customers, prospects and leads?",
        "customer 40, prospect 28, lead 30 (plus 22 opportunity).",
        ["SELECT count(*) FROM v_contacts WHERE lifecycle_stage = 'customer'",
         "SELECT count(*) FROM v_contacts WHERE lifecycle_stage = 'prospect'",
         "SELECT count(*) FROM v_contacts WHERE lifecycle_stage = 'lead'"],
        []),
    _it(RILEY, "grouped_totals", "Closed-won revenue by rep, year to date?",
        "2026 wins: Alex Morgan 43,000; Priya Patel 206,000; Sam Rivera 178,000.",
        ["SELECT sum(amount) FROM v_deals WHERE stage = 'Closed Won' AND close_date >= DATE '2026-01-01' "
         "GROUP BY owner_id ORDER BY owner_id"],
        []),
    _it(SAM, "grouped_totals", "open pipeline per quarter for 2027?",
        "Open deals closing in Q1 2027: 2,063,000; Q2 2027: 422,000 (nothing later).",
        [f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'",
         f"{OPEN_SUM} WHERE close_date BETWEEN DATE '2027-04-01' AND DATE '2027-06-30'"],
        []),
    _it(PRIYA, "grouped_totals", "number of open deals per rep?",
        "Alex Morgan 20, Priya Patel 18, Sam Rivera 10.",
        ["SELECT count(*) FROM v_open GROUP BY owner_id ORDER BY owner_id"],
        ["SELECT count(*) FROM v_deals GROUP BY owner_id ORDER BY owner_id"]),
    _it(ALEX, "grouped_totals", "tasks across the team — how many open vs done?",
        "53 open, 27 done (80 tasks).",
        ["SELECT count(*) FILTER (WHERE status = 'open'), count(*) FILTER (WHERE status = 'done') FROM v_tasks"],
        []),

    # ---------------------------------------------------------------- counts (9)
    _it(RILEY, "counts", "How many open deals are over 100k?",
        "23 open deals have amount > 100,000 (none is exactly 100,000). Wrong: 30, counting closed deals too.",
        ["SELECT count(*) FROM v_open WHERE amount > 100000"],
        ["SELECT count(*) FROM v_deals WHERE amount > 100000"]),
    _it(JORDAN, "counts", "How many open deals are past their close date?",
        "3: Sterling Cooper Consulting Services (2026-11-09), Alpine Ski House Security Add-on (11-16), "
        "Proseware Analytics Suite (11-17).",
        ["SELECT count(*) FROM v_open WHERE close_date < DATE '2026-11-18'"],
        [],
        truth="SELECT name, close_date, count(*) OVER () FROM v_open WHERE close_date < DATE '2026-11-18'"),
    _it(ALEX, "counts", "how many of my open deals have had zero activity since Oct 25?",
        "5 of Alex's open deals have no activity linked to the deal on or after 2026-10-25 (Nakatomi Trading "
        "Security Add-on, Tyrell Systems Analytics Suite, Blue Yonder Airlines Security Add-on, Massive Dynamic Support Plan, "
        "Pied Piper Software License). Wrong: all 20 of his open deals.",
        ["SELECT count(*) FROM v_open d WHERE d.owner_id = 1 AND NOT EXISTS (SELECT 1 FROM v_acts a "
         "WHERE a.deal_id = d.id AND a.occurred_at >= TIMESTAMP '2026-10-25')"],
        ["SELECT count(*) FROM v_open WHERE owner_id = 1"]),
    _it(SAM, "counts", "how many CTOs r in the crm",
        "15 contacts with title CTO.",
        ["SELECT count(*) FROM v_contacts WHERE title = 'CTO'"],
        []),
    _it(PRIYA, "counts", "how many of my contacts are customers?",
        "Priya owns 14 contacts at lifecycle stage customer. Wrong: 40, all customers.",
        ["SELECT count(*) FROM v_contacts WHERE owner_id = 2 AND lifecycle_stage = 'customer'"],
        ["SELECT count(*) FROM v_contacts WHERE lifecycle_stage = 'customer'"]),
    _it(RILEY, "counts", "How many accounts have no open deals?",
        "11 of 40 companies have no open deal. Wrong: 6, the companies with no deals at all.",
        ["SELECT count(*) FROM v_companies c WHERE NOT EXISTS (SELECT 1 FROM v_open d WHERE d.company_id = c.id)"],
        ["SELECT count(*) FROM v_companies c WHERE NOT EXISTS (SELECT 1 FROM v_deals d WHERE d.company_id = c.id)"]),
    _it(PRIYA, "counts", "How many meetings have been logged since Oct 1?",
        "45 meetings since 2026-10-01. Wrong: 328, all meetings.",
        ["SELECT count(*) FROM v_acts WHERE type = 'meeting' AND occurred_at >= TIMESTAMP '2026-10-01'"],
        ["SELECT count(*) FROM v_acts WHERE type = 'meeting'"]),
    _it(SAM, "counts", "how many of my open opps are under 50k?",
        "5 of Sam's open deals are below 50,000. Wrong: all 10 of his open deals.",
        ["SELECT count(*) FROM v_open WHERE owner_id = 3 AND amount < 50000"],
        ["SELECT count(*) FROM v_open WHERE owner_id = 3"]),
    _it(ALEX, "counts", "how many contacts have a VP title?",
        "7: 6 VP Sales plus Dana Smith (VP Operations). Wrong: 6, only VP Sales.",
        ["SELECT count(*) FROM v_contacts WHERE title LIKE 'VP %'"],
        ["SELECT count(*) FROM v_contacts WHERE title = 'VP Sales'"]),

    # ---------------------------------------------------------------- yes / no (8)
    _it(RILEY, "yes_no", "Is the Acme Corp Renewal still open?",
        "Yes: it is in Proposal (closing 2026-12-08).",
        [deal("stage", "Acme Corp Renewal")],
        [lit("Closed Won"), lit("Closed Lost")]),
    _it(JORDAN, "yes_no", "Did we close the Oscorp Security Add-on deal?",
        "It closed, but lost: Closed Lost on 2026-10-20. Wrong: calling it won.",
        [deal("stage", "Oscorp Security Add-on")],
        [lit("Closed Won")]),
    _it(SAM, "yes_no", "is the Wayne Enterprises Consulting deal Alex's?",
        "No, it is owned by Priya Patel.",
        ["SELECT split_part(u.name, ' ', 1) FROM v_deals d JOIN v_users u ON u.id = d.owner_id "
         "WHERE d.name = 'Wayne Enterprises Consulting'"],
        []),
    _it(ALEX, "yes_no", "has anyone touched Initech this week? when was the last touch?",
        "No: this week (from Mon 2026-11-16) there is nothing on Initech; the last activity was 2026-11-11 "
        "(a kick-off meeting).",
        ["SELECT max(occurred_at)::DATE FROM v_acts WHERE company_id = (SELECT id FROM v_companies WHERE name = 'Initech') "
         "AND NOT EXISTS (SELECT 1 FROM v_acts b WHERE b.company_id = v_acts.company_id "
         "AND b.occurred_at >= TIMESTAMP '2026-11-16')"],
        [], parts=2),
    _it(RILEY, "yes_no", "Does Dana Smith have a phone number on file?",
        "Yes: +15551007919. Wrong: Dana Lee's number (+15551015838).",
        ["SELECT phone FROM v_contacts WHERE first_name = 'Dana' AND last_name = 'Smith' AND phone IS NOT NULL"],
        ["SELECT phone FROM v_contacts WHERE first_name = 'Dana' AND last_name = 'Lee'"]),
    _it(SAM, "yes_no", "is Fabrikam Support Plan set to close before Christmas?",
        "Yes: close date 2026-12-18. Wrong: the Fabrikam Software License date (2026-12-03).",
        [deal("close_date", "Fabrikam Support Plan")],
        [deal("close_date", "Fabrikam Software License")]),
    _it(JORDAN, "yes_no", "Is Sterling Cooper Consulting Services past its close date?",
        "Yes: close date 2026-11-09 and it is still open (Qualified).",
        ["SELECT close_date FROM v_open WHERE name = 'Sterling Cooper Consulting Services' "
         "AND close_date < DATE '2026-11-18'"],
        []),
    _it(PRIYA, "yes_no", "Any open tasks left on the Wonka Labs deal?",
        "Yes, 2 open: Send pricing due 2026-11-29 and Check in due 2026-12-03. Wrong: the completed 'Book a "
        "demo' task (due 2026-11-05).",
        ["SELECT due_date FROM v_tasks WHERE status = 'open' AND deal_id = "
         "(SELECT id FROM v_deals WHERE name = 'Wonka Labs Consulting Services') ORDER BY due_date"],
        ["SELECT due_date FROM v_tasks WHERE status = 'done' AND deal_id = "
         "(SELECT id FROM v_deals WHERE name = 'Wonka Labs Consulting Services')"]),

    # ---------------------------------------------------------------- declines (18)
    _it(JORDAN, "decline", "What's Globex's annual revenue?",
        "Not stored: companies have name, domain, industry and owner, no revenue. Wrong: quoting the Globex deal "
        "amount (120,000) as revenue.",
        [], ["SELECT sum(amount) FROM v_deals WHERE company_id = (SELECT id FROM v_companies WHERE name = 'Globex')"],
        absent=col_absent("revenue", "turnover")),
    _it(RILEY, "decline", "How many employees does Hooli have?",
        "Not stored: there is no employee count / headcount field.",
        [], [], absent=col_absent("employee", "headcount", "staff")),
    _it(ALEX, "decline", "what's Dana Smith's linkedin?",
        "Not stored: contacts have email and phone, no social profiles. Wrong: a made-up LinkedIn URL.",
        [], [lit("linkedin.com/in/")], absent=col_absent("linkedin", "social", "url")),
    _it(PRIYA, "decline", "What's the close probability on the Fabrikam Software License deal?",
        "Not stored: deals have a stage but no probability or forecast field.",
        [], [], absent=col_absent("probab", "forecast", "likelihood")),
    _it(SAM, "decline", "What discount did we give on the Margie's Travel Security Add-on?",
        "Not stored: deals have an amount, no discount or list price.",
        [], [], absent=col_absent("discount", "list_price")),
    _it(JORDAN, "decline", "Pull up the Initrode deal — what stage is it at?",
        "No company or deal named Initrode. Wrong: answering for Initech Analytics Suite (Proposal).",
        [], [deal("stage", "Initech Analytics Suite")],
        absent="SELECT name FROM v_deals WHERE name ILIKE '%initrode%' "
               "UNION ALL SELECT name FROM v_companies WHERE name ILIKE '%initrode%'"),
    _it(RILEY, "decline", "What's Jane Doe's phone number?",
        "No contact named Jane Doe (no Jane at all, no Doe at all).",
        [], [],
        absent="SELECT id FROM v_contacts WHERE first_name ILIKE 'jane' OR last_name ILIKE 'doe'"),
    _it(ALEX, "decline", "what stage is the Hooli Platform deal in?",
        "There is no Hooli Platform deal; Hooli's only deal is Hooli Security Add-on. Wrong: giving that deal's "
        "stage (Negotiation) as if it were the Platform deal; not listed as an exclude because a right answer "
        "may mention the real Hooli deal.",
        [], [],
        absent="SELECT name FROM v_deals WHERE name ILIKE '%hooli%' AND (name ILIKE '%platform%' OR product = 'Platform')"),
    _it(SAM, "decline", "who's the CFO at Soylent Foods?",
        "No CFO on file at Soylent Foods (its contacts are an Engineering Lead, an IT Manager and a CTO). Wrong: "
        "naming the CTO, Rafael Cook, as CFO (not an exclude: a right answer may list the real contacts).",
        [], [],
        absent="SELECT c.id FROM v_contacts c JOIN v_companies co ON co.id = c.company_id "
               "WHERE co.name = 'Soylent Foods' AND (c.title ILIKE '%CFO%' OR c.title ILIKE '%financial officer%')"),
    _it(PRIYA, "decline", "Will Stark Industries sign by February?",
        "A prediction: the CRM stores a stage (Qualified) and a close date (2027-02-01) but no probability; "
        "the assistant cannot know whether it will sign.",
        [], [], absent=col_absent("probab", "likelihood", "forecast")),
    _it(RILEY, "decline", "What will our revenue be in Q1 2027?",
        "A forecast: the CRM has pipeline with close dates but no forecast; future revenue is unknown.",
        [], [], absent=col_absent("forecast", "prediction")),
    _it(JORDAN, "decline", "Honestly, is Priya a better rep than Sam?",
        "An opinion about people: the CRM has no performance rating and the assistant should not judge.",
        [], [], absent=col_absent("rating", "performance", "review")),
    _it(ALEX, "decline", "what's my quota for Q4?",
        "Not stored: users have name, email and role only; no quota or target.",
        [], [], absent=col_absent("quota", "target")),
    _it(SAM, "decline", "how much commission do I get on Contoso Analytics Suite if it closes?",
        "Not stored: no commission plan or rate in the CRM.",
        [], [], absent=col_absent("commission", "rate")),
    _it(RILEY, "decline", "When's Bruce Nolan's birthday?",
        "Not stored: contacts have no birthday / date of birth.",
        [], [], absent=col_absent("birth", "dob")),
    _it(JORDAN, "decline", "How many deals do we have with Black Mesa?",
        "No company or deal named Black Mesa; the right answer says the account is not in the CRM.",
        [], [],
        absent="SELECT name FROM v_companies WHERE name ILIKE '%black mesa%' "
               "UNION ALL SELECT name FROM v_deals WHERE name ILIKE '%black mesa%'"),
    _it(PRIYA, "decline", "What discount should I offer Contoso to get the Support Plan over the line this month?",
        "Advice on pricing strategy: the CRM holds no pricing or discount data and the assistant should not "
        "invent a number.",
        [], [], absent=col_absent("discount", "price")),
    _it(SAM, "decline", "whats Peter Gibbons' email at Initech?",
        "No contact named Peter Gibbons (no Peter, no Gibbons). Wrong: giving another Initech contact's email, "
        "e.g. the CTO's (not an exclude: a right answer may list the real Initech contacts).",
        [], [],
        absent="SELECT id FROM v_contacts WHERE first_name ILIKE 'peter' OR last_name ILIKE 'gibbons'"),
]


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    """Stratified by family: sorted family order, shuffle each, first half to dev; odd families alternate the extra."""
    rng = random.Random(SEED)
    dev, test = [], []
    extra_to_dev = True
    for family in sorted({i["family"] for i in items}):
        group = [i for i in items if i["family"] == family]
        rng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2:
            if extra_to_dev:
                half += 1
            extra_to_dev = not extra_to_dev
        dev.extend(group[:half])
        test.extend(group[half:])
    key = lambda r: r["id"]  # noqa: E731
    return sorted(dev, key=key), sorted(test, key=key)


def records(store) -> list[dict]:
    out = []
    for n, item in enumerate(ITEMS, start=1):
        out.append({
            "id": f"{PREFIX}-{n:03d}",
            "user": item["user"],
            "text": item["text"],
            "family": item["family"],
            "answer_contains": labels(store, item["contains"]),
            "answer_excludes": labels(store, item["excludes"]),
            "decline": item["family"] == "decline",
            "note": item["note"],
        })
    return out


def write(path: Path, recs: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> int:
    store = world()
    recs = records(store)
    dev, test = split(recs)
    write(DEV_FILE, dev)
    write(TEST_FILE, test)
    if "-v" in argv:
        split_of = {r["id"]: "dev" for r in dev} | {r["id"]: "test" for r in test}
        for r in recs:
            print(f"{r['id']} [{split_of[r['id']]}] {r['family']:<16} {r['user'].split('@')[0]:<6} {r['text']}")
            print(f"      contains={r['answer_contains']} excludes={r['answer_excludes']}"
                  + ("  (decline)" if r["decline"] else ""))
    print(f"wrote {len(dev)} dev -> {DEV_FILE.name}, {len(test)} test -> {TEST_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
