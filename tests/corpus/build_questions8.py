"""questions8: 120 chat questions about the demo CRM world, each labelled by hand-written SQL.

Run: AUTOCRM_ROOT=/work/main /work/main/.venv/bin/python tests/corpus/build_questions8.py [-v] [-t]
Writes questions8_dev.jsonl and questions8_test.jsonl (60/60). -v prints every item's labels; -t also prints the full
true answer (the cells of its truth SQL).

The world: data.demo.generate(Store(":memory:"), 2026-11-18). Only the six CRM tables (users, companies, contacts,
deals, activities, tasks) are queried. Written without reading core/ or ui/ and without running the product's
question answering; core.store.Store is imported only to build the world and run SQL.

ITEMS: one dict per question, in id order (q8-001 ...):
  user, family, text, note
  contains  SQL whose cells are answer_contains (a right answer must hold every one)
  excludes  SQL whose cells are answer_excludes (the plausible wrong answer: unfiltered total, wrong period, other
            rep, closed deal ...; a right answer must hold none)
  truth     SQL for the full true answer; every contains label is one of its cells, no exclude occurs inside any
            of its cells
  absent    (declines only) SQL that returns no rows: the fact is in no column of the six tables, or no row
            matches the invented record

Cell format (same as the labels): amounts (DOUBLE) "194,000" (whole, thousands separators, no currency symbol;
averages rounded), counts (INTEGER) "9", dates and timestamps "2026-11-16", text as stored.

Calendar: today = Wednesday 2026-11-18 (data generated 09:00). Weeks run Mon-Sun: this week = Nov 16-22, last week =
Nov 9-15, the week before = Nov 2-8, next week = Nov 23-29. This month = November 2026, last month = October 2026.
This quarter = Q4 (Oct 1-Dec 31 2026), last quarter / Q3 = Jul 1-Sep 30 2026, next quarter / Q1 = Jan 1-Mar 31
2027. This year / YTD = 2026-01-01..today. "Next 2 weeks" = today..Dec 2. "Last 30 / 60 days" = since Oct 19 / Sep 19.
Open = stage not Closed Won / Closed Lost. Overdue = an open task due before today. Won / lost "in" a period = the
close_date of a Closed Won / Closed Lost deal in that period. Deleted rows (deleted_at set) are always ignored (the
demo world has none, the SQL filters them anyway).
"""
from __future__ import annotations

import datetime as dt
import decimal
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("AUTOCRM_ROOT", HERE.parents[1]))
sys.path.insert(0, str(ROOT))
from core.store import Store  # noqa: E402  (only to build the world and run SQL)
from data.demo import generate  # noqa: E402

TODAY = dt.date(2026, 11, 18)
SEED = 20271202
DEV = HERE / "questions8_dev.jsonl"
TEST = HERE / "questions8_test.jsonl"
PREFIX = "q8"

A = "alex@autocrm.local"    # Alex Morgan, rep, id 1
P = "priya@autocrm.local"   # Priya Patel, rep, id 2
S = "sam@autocrm.local"     # Sam Rivera, rep, id 3
R = "riley@autocrm.local"   # Riley Chen, reviewer, id 4
J = "jordan@autocrm.local"  # Jordan Blake, admin, id 5
REPS = {A: "Alex", P: "Priya", S: "Sam"}

# SQL building blocks -------------------------------------------------------------------------------------------------
OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost') AND d.deleted_at IS NULL"
WON = "d.stage = 'Closed Won' AND d.deleted_at IS NULL"
LOST = "d.stage = 'Closed Lost' AND d.deleted_at IS NULL"
LIVE_A = "a.deleted_at IS NULL"
LIVE_T = "t.deleted_at IS NULL"
OPEN_T = "t.status = 'open' AND t.deleted_at IS NULL"
DONE_T = "t.status = 'done' AND t.deleted_at IS NULL"
CRM_TABLES = "('users', 'companies', 'contacts', 'deals', 'activities', 'tasks')"


def first(uid: int) -> str:
    """SQL for a user's first name."""
    return f"(SELECT split_part(name, ' ', 1) FROM users WHERE id = {uid})"


def cols(*patterns: str) -> str:
    """SQL listing every column of the six CRM tables whose name matches one of the patterns (a decline's proof)."""
    like = " OR ".join(f"column_name ILIKE '%{p}%'" for p in patterns)
    return (f"SELECT table_name || '.' || column_name FROM information_schema.columns "
            f"WHERE table_schema = 'main' AND table_name IN {CRM_TABLES} AND ({like})")


def deal(name: str) -> str:
    return f"(SELECT id FROM deals WHERE name = '{q(name)}' AND deleted_at IS NULL)"


def company(name: str) -> str:
    return f"(SELECT id FROM companies WHERE name = '{q(name)}' AND deleted_at IS NULL)"


def q(text: str) -> str:
    return text.replace("'", "''")


def act_between(start: str, end: str) -> str:
    """occurred_at in [start, end) (timestamps)."""
    return f"a.occurred_at >= TIMESTAMP '{start}' AND a.occurred_at < TIMESTAMP '{end}'"


# The items ------------------------------------------------------------------------------------------------------------
ITEMS: list[dict] = [
    # ---------------------------------------------------------------- pipeline: open $ by period / stage / owner
    dict(user=P, family="pipeline", text="how much of my open pipeline has a november close date?",
         note="Priya's open deals dated November 2026: Woodgrove Bank Consulting Services (175,000, Nov 28) and Alpine "
              "Ski House Security Add-on (188,000, Nov 16, already past its date but still open) = 363,000. Wrong: "
              "the team's November figure 714,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                   f"AND close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   f"AND close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                f"AND close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'",
                f"SELECT name, amount, close_date FROM deals d WHERE {OPEN} AND owner_id = 2 "
                f"AND close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30' ORDER BY close_date"]),
    dict(user=J, family="pipeline", text="q1 '27 pipe by rep pls",
         note="Open deals closing Jan 1-Mar 31 2027 per owner: Alex 787,000, Priya 790,000, Sam 486,000 (2,063,000 in "
              "all). Wrong: this quarter's (Q4 2026) figures per rep, 689,000 / 955,000 / 366,500.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND close_date BETWEEN DATE '2027-01-01' "
                   f"AND DATE '2027-03-31' GROUP BY owner_id ORDER BY owner_id"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND close_date BETWEEN DATE '2026-10-01' "
                   f"AND DATE '2026-12-31' GROUP BY owner_id ORDER BY owner_id"],
         truth=[f"SELECT u.name, sum(amount), count(*) FROM deals d JOIN users u ON u.id = d.owner_id WHERE {OPEN} "
                f"AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31' GROUP BY u.name ORDER BY u.name",
                f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND close_date BETWEEN DATE '2027-01-01' "
                f"AND DATE '2027-03-31'"]),
    dict(user=R, family="pipeline",
         text="What is currently in Negotiation with a close date before year end? Total value and number of deals, "
              "please.",
         note="Negotiation deals closing by Dec 31 2026: Woodgrove Bank Consulting Services 175,000 (Nov 28) and Hooli "
              "Security Add-on 18,500 (Dec 18): 2 deals, 193,500. Wrong: all Negotiation pipeline, 385,500.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage = 'Negotiation' "
                   f"AND close_date <= DATE '2026-12-31'",
                   f"SELECT count(*) FROM deals d WHERE {OPEN} AND stage = 'Negotiation' "
                   f"AND close_date <= DATE '2026-12-31'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage = 'Negotiation'"],
         truth=[f"SELECT sum(amount), count(*) FROM deals d WHERE {OPEN} AND stage = 'Negotiation' "
                f"AND close_date <= DATE '2026-12-31'",
                f"SELECT name, amount, close_date FROM deals d WHERE {OPEN} AND stage = 'Negotiation' "
                f"AND close_date <= DATE '2026-12-31'"]),
    dict(user=S, family="pipeline", text="how much have i got closing between now and new years",
         note="Sam's open deals with close dates today..Dec 31: Umbrella Health Support Plan 24,000 (Nov 23), Hooli "
              "Security Add-on 18,500 and Fabrikam Support Plan 130,000 (both Dec 18) = 172,500. Sterling Cooper "
              "Consulting Services (194,000, dated Nov 9) is past due, not 'between now and' year end: with it "
              "366,500 (wrong). The team's figure for the same window, 1,546,500, is also wrong.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 3 "
                   f"AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-31'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 3 "
                   f"AND close_date <= DATE '2026-12-31'",
                   f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   f"AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-31'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 3 "
                f"AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-31'",
                f"SELECT name, amount, close_date FROM deals d WHERE {OPEN} AND owner_id = 3 "
                f"AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-31' ORDER BY close_date"]),
    dict(user=A, family="pipeline", text="whats the $ on my opps that have blown through their close date",
         note="Alex's only open deal dated before today: Proseware Analytics Suite, 82,000 (Nov 17, Qualified). "
              "Wrong: the team's past-due total, 464,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 1 AND close_date < DATE '2026-11-18'",
                   f"SELECT name FROM deals d WHERE {OPEN} AND owner_id = 1 AND close_date < DATE '2026-11-18'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND close_date < DATE '2026-11-18'"],
         truth=[f"SELECT name, amount, close_date, stage FROM deals d WHERE {OPEN} AND owner_id = 1 "
                f"AND close_date < DATE '2026-11-18'"]),
    dict(user=J, family="pipeline", text="total open pipe if you leave out everything that's still a Lead?",
         note="Open deals in Qualified, Proposal or Negotiation: 3,282,500 (1,943,000 + 954,000 + 385,500). Wrong: all "
              "open pipeline incl. Lead, 4,495,500.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage <> 'Lead'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN}"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage <> 'Lead'",
                f"SELECT stage, sum(amount) FROM deals d WHERE {OPEN} AND stage <> 'Lead' GROUP BY stage"]),
    dict(user=P, family="pipeline", text="what've i got closing in the next 2 wks? $ total",
         note="Priya's open deals dated Nov 18-Dec 2: Woodgrove Bank Consulting Services 175,000 (Nov 28) and Alpine "
              "Ski House Analytics Suite 139,000 (Dec 1) = 314,000. Wrong: adding the past-due Alpine Ski House "
              "Security Add-on (502,000), or the whole team's two weeks (536,000). Fabrikam Software License (Dec 3) "
              "is outside the window.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                   f"AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-02'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                   f"AND close_date <= DATE '2026-12-02'",
                   f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   f"AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-02'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                f"AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-02'",
                f"SELECT name, amount, close_date FROM deals d WHERE {OPEN} AND owner_id = 2 "
                f"AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-02'"]),
    dict(user=R, family="pipeline", text="How much Qualified-stage pipeline is dated to close this quarter?",
         note="Qualified deals with close dates Oct 1-Dec 31 2026 (incl. three past-due November ones): 894,000. "
              "Wrong: all Qualified pipeline, 1,943,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage = 'Qualified' "
                   f"AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage = 'Qualified'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage = 'Qualified' "
                f"AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
                f"SELECT name, amount FROM deals d WHERE {OPEN} AND stage = 'Qualified' "
                f"AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"]),
    dict(user=S, family="pipeline", text="whats my december look like — which deals + total $",
         note="Sam's open deals closing in December 2026: Hooli Security Add-on (18,500) and Fabrikam Support Plan "
              "(130,000) = 148,500. Wrong: the team's December, 1,296,500.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 3 "
                   f"AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'",
                   f"SELECT name FROM deals d WHERE {OPEN} AND owner_id = 3 "
                   f"AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31' ORDER BY name"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   f"AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 3 "
                f"AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'",
                f"SELECT name, amount, close_date, stage FROM deals d WHERE {OPEN} AND owner_id = 3 "
                f"AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31' ORDER BY name"]),
    dict(user=A, family="pipeline", text="open pipe on my software license deals?",
         note="Alex's open Software License deals: Stark Industries 250,000, Nakatomi Trading 199,000, Acme Corp "
              "Expansion 75,000, Pied Piper 15,000 = 539,000. Wrong: counting the closed ones too (Oscorp lost "
              "186,000, Cyberdyne won 43,000), 768,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 1 AND product = 'Software License'"],
         excludes=["SELECT sum(amount) FROM deals WHERE deleted_at IS NULL AND owner_id = 1 "
                   "AND product = 'Software License'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 1 AND product = 'Software License'",
                f"SELECT name, amount FROM deals d WHERE {OPEN} AND owner_id = 1 AND product = 'Software License'"]),

    # ---------------------------------------------------------------- deal_lookup: one deal's fields
    dict(user=R, family="deal_lookup", text="Woodgrove Bank deal — what stage is it in and who owns it?",
         note="Woodgrove Bank Consulting Services: Negotiation, owned by Priya Patel (175,000, closes 2026-11-28). "
              "Wrong: Sam Rivera, who owns the Woodgrove Bank company record.",
         contains=["SELECT stage FROM deals WHERE company_id = " + company("Woodgrove Bank"),
                   f"SELECT {first(2)}"],
         excludes=["SELECT split_part(u.name, ' ', 2) FROM companies c JOIN users u ON u.id = c.owner_id "
                   "WHERE c.name = 'Woodgrove Bank'"],
         truth=["SELECT d.name, d.stage, u.name, split_part(u.name, ' ', 1), d.amount, d.close_date FROM deals d "
                "JOIN users u ON u.id = d.owner_id WHERE d.deleted_at IS NULL AND d.company_id = "
                + company("Woodgrove Bank")]),
    dict(user=A, family="deal_lookup", text="close date on my nakatomi support plan opp?",
         note="Nakatomi Trading Support Plan closes 2026-12-26 (Proposal, 114,000). Wrong: the other Nakatomi deals' "
              "dates (Software License 2026-12-09, Consulting Services 2027-01-24, Security Add-on 2027-04-16).",
         contains=["SELECT close_date FROM deals WHERE id = " + deal("Nakatomi Trading Support Plan")],
         excludes=["SELECT close_date FROM deals WHERE deleted_at IS NULL AND company_id = "
                   + company("Nakatomi Trading") + " AND name <> 'Nakatomi Trading Support Plan'"],
         truth=["SELECT name, close_date, stage, amount FROM deals WHERE id = "
                + deal("Nakatomi Trading Support Plan")]),
    dict(user=J, family="deal_lookup", text="tailspin toys, the one in proposal - how big and when does it close",
         note="Tailspin Toys Analytics Suite (Proposal): 120,000, closes 2027-02-01, Priya's. Wrong: the other "
              "Tailspin deal, Support Plan (Lead): 126,000, 2027-02-09.",
         contains=["SELECT amount, close_date FROM deals WHERE deleted_at IS NULL AND stage = 'Proposal' "
                   "AND company_id = " + company("Tailspin Toys")],
         excludes=["SELECT amount, close_date FROM deals WHERE deleted_at IS NULL AND stage <> 'Proposal' "
                   "AND company_id = " + company("Tailspin Toys")],
         truth=["SELECT name, amount, close_date, product FROM deals WHERE deleted_at IS NULL AND stage = 'Proposal' "
                "AND company_id = " + company("Tailspin Toys")]),
    dict(user=P, family="deal_lookup", text="contoso analytics suite: stage + expected close?",
         note="Contoso Analytics Suite: Negotiation, closes 2027-01-04 (Sam's, 138,000). Wrong: the Contoso Support "
              "Plan date, 2026-12-14.",
         contains=["SELECT stage, close_date FROM deals WHERE id = " + deal("Contoso Analytics Suite")],
         excludes=["SELECT close_date FROM deals WHERE id = " + deal("Contoso Support Plan")],
         truth=["SELECT name, stage, close_date, amount FROM deals WHERE id = " + deal("Contoso Analytics Suite")]),
    dict(user=S, family="deal_lookup", text="amt on fabrikam security add-on?",
         note="Fabrikam Security Add-on: 133,000. Wrong: the other Fabrikam deals, Software License 177,000 and "
              "Support Plan 130,000.",
         contains=["SELECT amount FROM deals WHERE id = " + deal("Fabrikam Security Add-on")],
         excludes=["SELECT amount FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Fabrikam")
                   + " AND name <> 'Fabrikam Security Add-on'"],
         truth=["SELECT name, amount, stage FROM deals WHERE id = " + deal("Fabrikam Security Add-on")]),
    dict(user=R, family="deal_lookup",
         text="Who is the contact on the Blue Yonder Airlines Support Plan deal, and what is it worth?",
         note="Blue Yonder Airlines Support Plan: contact Gideon Cruz, 15,000. Wrong: the amounts of the other Blue "
              "Yonder deals (Analytics Suite 170,000, Security Add-on 33,000).",
         contains=["SELECT c.first_name || ' ' || c.last_name, d.amount FROM deals d JOIN contacts c "
                   "ON c.id = d.contact_id WHERE d.id = " + deal("Blue Yonder Airlines Support Plan")],
         excludes=["SELECT amount FROM deals WHERE deleted_at IS NULL AND company_id = "
                   + company("Blue Yonder Airlines") + " AND name <> 'Blue Yonder Airlines Support Plan'"],
         truth=["SELECT d.name, c.first_name || ' ' || c.last_name, c.title, c.email, c.phone, d.amount FROM deals d "
                "JOIN contacts c ON c.id = d.contact_id WHERE d.id = " + deal("Blue Yonder Airlines Support Plan")]),
    dict(user=A, family="deal_lookup",
         text="the massive dynamic deal that's still open, what stage is it at and how much",
         note="Massive Dynamic Support Plan: Proposal, 25,000. Wrong: the Massive Dynamic Consulting Services deal, "
              "Closed Lost at 175,000.",
         contains=[f"SELECT stage, amount FROM deals d WHERE {OPEN} AND company_id = " + company("Massive Dynamic")],
         excludes=[f"SELECT amount FROM deals d WHERE {LOST} AND company_id = " + company("Massive Dynamic")],
         truth=[f"SELECT name, stage, amount, close_date FROM deals d WHERE {OPEN} AND company_id = "
                + company("Massive Dynamic")]),
    dict(user=J, family="deal_lookup", text="alpine ski house platform opp: amount, stage, owner?",
         note="Alpine Ski House Platform: 77,000, Lead, Priya. Wrong: the other three Alpine Ski House amounts "
              "(139,000, 188,000, 105,000).",
         contains=["SELECT d.amount, d.stage, split_part(u.name, ' ', 1) FROM deals d JOIN users u "
                   "ON u.id = d.owner_id WHERE d.id = " + deal("Alpine Ski House Platform")],
         excludes=["SELECT amount FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Alpine Ski House")
                   + " AND name <> 'Alpine Ski House Platform'"],
         truth=["SELECT d.name, d.amount, d.stage, u.name, split_part(u.name, ' ', 1), d.close_date FROM deals d "
                "JOIN users u ON u.id = d.owner_id WHERE d.id = " + deal("Alpine Ski House Platform")]),
    dict(user=P, family="deal_lookup", text="cyberdyne software license — when did it close and how did it end up?",
         note="Cyberdyne Software License: Closed Won on 2026-09-02 (43,000, Alex). Wrong: the close dates of the two "
              "open Cyberdyne deals (2027-02-02, 2027-03-05).",
         contains=["SELECT close_date, stage FROM deals WHERE id = " + deal("Cyberdyne Software License")],
         excludes=["SELECT close_date FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Cyberdyne")
                   + " AND name <> 'Cyberdyne Software License'"],
         truth=["SELECT name, close_date, stage, amount FROM deals WHERE id = " + deal("Cyberdyne Software License")]),

    # ---------------------------------------------------------------- account_history: what happened on an account
    dict(user=A, family="account_history", text="massive dynamic - when was it last touched and by who?",
         note="Last activity on Massive Dynamic: 2026-10-30, a 'Sent meeting link' message by Sam (on the lost "
              "Consulting Services deal). Wrong: 2026-10-24, Alex's own last touch (on the open Support Plan deal).",
         contains=[f"SELECT a.occurred_at::DATE FROM activities a WHERE {LIVE_A} AND a.company_id = "
                   + company("Massive Dynamic") + " ORDER BY a.occurred_at DESC LIMIT 1",
                   "SELECT split_part(u.name, ' ', 1) FROM activities a JOIN users u ON u.id = a.author_id "
                   f"WHERE {LIVE_A} AND a.company_id = " + company("Massive Dynamic")
                   + " ORDER BY a.occurred_at DESC LIMIT 1"],
         excludes=[f"SELECT max(a.occurred_at)::DATE FROM activities a WHERE {LIVE_A} AND a.author_id = 1 "
                   "AND a.company_id = " + company("Massive Dynamic")],
         truth=["SELECT a.occurred_at::DATE, a.type, a.subject, u.name, split_part(u.name, ' ', 1) FROM activities a "
                f"JOIN users u ON u.id = a.author_id WHERE {LIVE_A} AND a.company_id = " + company("Massive Dynamic")
                + " ORDER BY a.occurred_at DESC LIMIT 1"]),
    dict(user=R, family="account_history", text="Hooli: can you list everything that was logged last week?",
         note="Hooli, Nov 9-15: 'Budget approved' note (Nov 9), 'Competitor in play' note (Nov 12), 'WhatsApp "
              "check-in' message (Nov 14), all by Sam. Wrong: the previous Hooli activity, 'Contract questions' "
              "(Sep 30).",
         contains=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.company_id = " + company("Hooli")
                   + " AND " + act_between("2026-11-09", "2026-11-16")],
         excludes=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.company_id = " + company("Hooli")
                   + " AND a.occurred_at < TIMESTAMP '2026-11-09' ORDER BY a.occurred_at DESC LIMIT 1"],
         truth=["SELECT a.occurred_at::DATE, a.type, a.subject FROM activities a "
                f"WHERE {LIVE_A} AND a.company_id = " + company("Hooli")
                + " AND " + act_between("2026-11-09", "2026-11-16") + " ORDER BY a.occurred_at"]),
    dict(user=J, family="account_history", text="tyrell systems — last 3 things that happened on the account?",
         note="Tyrell Systems, newest first: 'Sent meeting link' message (2026-10-31), 'Contract questions' email "
              "(2026-10-25), 'Onsite workshop' meeting (2026-10-24). Wrong: the 4th, a 'Discovery call' (2026-10-20).",
         contains=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.company_id = " + company("Tyrell Systems")
                   + " ORDER BY a.occurred_at DESC LIMIT 3"],
         excludes=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.company_id = " + company("Tyrell Systems")
                   + " ORDER BY a.occurred_at DESC LIMIT 1 OFFSET 3"],
         truth=["SELECT a.occurred_at::DATE, a.type, a.subject FROM activities a "
                f"WHERE {LIVE_A} AND a.company_id = " + company("Tyrell Systems")
                + " ORDER BY a.occurred_at DESC LIMIT 3"]),
    dict(user=P, family="account_history", text="what's been logged on woodgrove bank in nov so far",
         note="Woodgrove Bank in November: 'Check-in call' (Nov 4), 'Pricing discussion' call (Nov 6), 'Sent proposal' "
              "email (Nov 7). Wrong: the October calls ('Discovery call', 'Renewal call').",
         contains=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.company_id = " + company("Woodgrove Bank")
                   + " AND a.occurred_at >= TIMESTAMP '2026-11-01'"],
         excludes=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.company_id = " + company("Woodgrove Bank")
                   + " AND " + act_between("2026-10-01", "2026-11-01") + " AND a.type = 'call'"],
         truth=["SELECT a.occurred_at::DATE, a.type, a.subject FROM activities a "
                f"WHERE {LIVE_A} AND a.company_id = " + company("Woodgrove Bank")
                + " AND a.occurred_at >= TIMESTAMP '2026-11-01' ORDER BY a.occurred_at"]),
    dict(user=S, family="account_history", text="what notes did I put on sterling cooper since oct 20?",
         note="Sam's notes on Sterling Cooper since Oct 20: 'Budget approved' (Oct 23 and Oct 24) and 'Needs security "
              "review' (Nov 6 and Nov 10). Wrong: the non-note activities of the same weeks ('Renewal call', 'Sent "
              "pricing').",
         contains=[f"SELECT DISTINCT a.subject FROM activities a WHERE {LIVE_A} AND a.author_id = 3 AND a.type = 'note' "
                   "AND a.company_id = " + company("Sterling Cooper") + " AND a.occurred_at >= TIMESTAMP '2026-10-20'"],
         excludes=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.type <> 'note' "
                   "AND a.company_id = " + company("Sterling Cooper") + " AND a.occurred_at >= TIMESTAMP '2026-10-20'"],
         truth=["SELECT a.occurred_at::DATE, a.subject FROM activities a "
                f"WHERE {LIVE_A} AND a.author_id = 3 AND a.type = 'note' AND a.company_id = "
                + company("Sterling Cooper") + " AND a.occurred_at >= TIMESTAMP '2026-10-20' ORDER BY a.occurred_at"]),
    dict(user=R, family="account_history",
         text="Who on the team has been logging activity on Cyberdyne this month, and how many entries?",
         note="All 9 Cyberdyne activities in November are Alex's (his three Cyberdyne deals). Wrong: Priya, who owns "
              "the Cyberdyne company record.",
         contains=["SELECT split_part(u.name, ' ', 1), count(*) FROM activities a JOIN users u ON u.id = a.author_id "
                   f"WHERE {LIVE_A} AND a.company_id = " + company("Cyberdyne")
                   + " AND a.occurred_at >= TIMESTAMP '2026-11-01' GROUP BY u.name"],
         excludes=["SELECT split_part(u.name, ' ', 1) FROM companies c JOIN users u ON u.id = c.owner_id "
                   "WHERE c.name = 'Cyberdyne'"],
         truth=["SELECT u.name, split_part(u.name, ' ', 1), count(*) FROM activities a JOIN users u "
                f"ON u.id = a.author_id WHERE {LIVE_A} AND a.company_id = " + company("Cyberdyne")
                + " AND a.occurred_at >= TIMESTAMP '2026-11-01' GROUP BY u.name"]),
    dict(user=P, family="account_history", text="any notes on fabrikam since oct 1? just the notes pls",
         note="Fabrikam notes since Oct 1: 'Competitor in play' (Oct 31) and 'Champion left' (Nov 16), both Priya's. "
              "Wrong: the September notes ('Needs security review', 'Budget approved').",
         contains=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.type = 'note' AND a.company_id = "
                   + company("Fabrikam") + " AND a.occurred_at >= TIMESTAMP '2026-10-01'"],
         excludes=[f"SELECT DISTINCT a.subject FROM activities a WHERE {LIVE_A} AND a.type = 'note' AND a.company_id = "
                   + company("Fabrikam") + " AND " + act_between("2026-09-01", "2026-10-01")
                   + " AND a.subject NOT IN (SELECT subject FROM activities WHERE type = 'note' AND company_id = "
                   + company("Fabrikam") + " AND occurred_at >= TIMESTAMP '2026-10-01')"],
         truth=["SELECT a.occurred_at::DATE, a.subject, u.name FROM activities a JOIN users u ON u.id = a.author_id "
                f"WHERE {LIVE_A} AND a.type = 'note' AND a.company_id = " + company("Fabrikam")
                + " AND a.occurred_at >= TIMESTAMP '2026-10-01' ORDER BY a.occurred_at"]),
    dict(user=S, family="account_history", text="which meetings did we have with proseware in november?",
         note="Proseware meetings in November: 5 ('Kick-off meeting' Nov 2 and 'Demo' Nov 3 by Priya; 'Onsite "
              "workshop' Nov 7 and Nov 8 and 'Demo' Nov 12 by Alex). Wrong: the non-meeting activities of the month "
              "('Discovery call', 'Sent proposal').",
         contains=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'meeting' AND a.company_id = "
                   + company("Proseware") + " AND " + act_between("2026-11-01", "2026-12-01"),
                   f"SELECT DISTINCT a.subject FROM activities a WHERE {LIVE_A} AND a.type = 'meeting' "
                   "AND a.company_id = " + company("Proseware") + " AND " + act_between("2026-11-01", "2026-12-01")],
         excludes=[f"SELECT DISTINCT a.subject FROM activities a WHERE {LIVE_A} AND a.type <> 'meeting' "
                   "AND a.company_id = " + company("Proseware") + " AND " + act_between("2026-11-01", "2026-12-01")],
         truth=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'meeting' AND a.company_id = "
                + company("Proseware") + " AND " + act_between("2026-11-01", "2026-12-01"),
                "SELECT a.occurred_at::DATE, a.subject, u.name FROM activities a JOIN users u ON u.id = a.author_id "
                f"WHERE {LIVE_A} AND a.type = 'meeting' AND a.company_id = " + company("Proseware")
                + " AND " + act_between("2026-11-01", "2026-12-01") + " ORDER BY a.occurred_at"]),
    dict(user=J, family="account_history", text="when did we last email gringotts and what was it about",
         note="Last email to Gringotts Finance: 'Sent pricing' on 2026-11-16 (Priya). Wrong: the email before it, "
              "2026-09-17 ('Contract questions').",
         contains=[f"SELECT a.occurred_at::DATE, a.subject FROM activities a WHERE {LIVE_A} AND a.type = 'email' "
                   "AND a.company_id = " + company("Gringotts Finance") + " ORDER BY a.occurred_at DESC LIMIT 1"],
         excludes=[f"SELECT a.occurred_at::DATE FROM activities a WHERE {LIVE_A} AND a.type = 'email' "
                   "AND a.company_id = " + company("Gringotts Finance") + " ORDER BY a.occurred_at DESC "
                   "LIMIT 1 OFFSET 1"],
         truth=["SELECT a.occurred_at::DATE, a.subject, u.name FROM activities a JOIN users u ON u.id = a.author_id "
                f"WHERE {LIVE_A} AND a.type = 'email' AND a.company_id = " + company("Gringotts Finance")
                + " ORDER BY a.occurred_at DESC LIMIT 1"]),

    # ---------------------------------------------------------------- contacts: who and how to reach them
    dict(user=A, family="contacts", text="need the phone # for the CFO at Initech",
         note="Initech's CFO is Helena Tanaka, +15551443464. Wrong: Marcus Webb's number (CTO, the contact on the "
              "Initech deal), +15551023757.",
         contains=["SELECT first_name || ' ' || last_name, phone FROM contacts WHERE deleted_at IS NULL "
                   "AND title = 'CFO' AND company_id = " + company("Initech")],
         excludes=["SELECT c.phone FROM deals d JOIN contacts c ON c.id = d.contact_id WHERE d.company_id = "
                   + company("Initech")],
         truth=["SELECT first_name || ' ' || last_name, title, phone, email FROM contacts WHERE deleted_at IS NULL "
                "AND title = 'CFO' AND company_id = " + company("Initech")]),
    dict(user=R, family="contacts", text="Globex's Dana — email address, please.",
         note="Dana Lee (Head of IT, Globex): dana.lee@globex.com. Wrong: the other Dana, Dana Smith of Acme Corp, "
              "dana.smith@acme.com.",
         contains=["SELECT email FROM contacts WHERE deleted_at IS NULL AND first_name = 'Dana' AND company_id = "
                   + company("Globex")],
         excludes=["SELECT email FROM contacts WHERE deleted_at IS NULL AND first_name = 'Dana' AND company_id <> "
                   + company("Globex")],
         truth=["SELECT first_name || ' ' || last_name, title, email FROM contacts WHERE deleted_at IS NULL "
                "AND first_name = 'Dana' AND company_id = " + company("Globex")]),
    dict(user=S, family="contacts", text="chris park's number pls",
         note="Chris Park (COO, Acme Logistics): +15551047514. Wrong: the other Chris, Chris Walker of Stark "
              "Industries, +15551039595.",
         contains=["SELECT phone FROM contacts WHERE deleted_at IS NULL AND first_name = 'Chris' AND last_name = 'Park'"],
         excludes=["SELECT phone FROM contacts WHERE deleted_at IS NULL AND first_name = 'Chris' "
                   "AND last_name <> 'Park'"],
         truth=["SELECT first_name || ' ' || last_name, title, phone FROM contacts WHERE deleted_at IS NULL "
                "AND first_name = 'Chris' AND last_name = 'Park'"]),
    dict(user=J, family="contacts", text="who's the contact on the Fabrikam Software License deal + their email",
         note="Connor Kim (Operations Director), connor.kim@fabrikam.com. Wrong: the other Fabrikam contacts' emails "
              "(Daniela Reed, Gemma Ortiz, Lucia Kim).",
         contains=["SELECT c.first_name || ' ' || c.last_name, c.email FROM deals d JOIN contacts c "
                   "ON c.id = d.contact_id WHERE d.id = " + deal("Fabrikam Software License")],
         excludes=["SELECT email FROM contacts WHERE deleted_at IS NULL AND company_id = " + company("Fabrikam")
                   + " AND id <> (SELECT contact_id FROM deals WHERE id = " + deal("Fabrikam Software License") + ")"],
         truth=["SELECT c.first_name || ' ' || c.last_name, c.title, c.email, c.phone FROM deals d JOIN contacts c "
                "ON c.id = d.contact_id WHERE d.id = " + deal("Fabrikam Software License")]),
    dict(user=P, family="contacts", text="who's the cto at monarch and whats their email",
         note="Monarch Solutions' CTO: Ryan Rossi, ryan.rossi@monarch.io. Wrong: Oscar Rossi (Office Manager, same "
              "surname) and Dominic Owens (the Monarch deal contact).",
         contains=["SELECT first_name || ' ' || last_name, email FROM contacts WHERE deleted_at IS NULL "
                   "AND title = 'CTO' AND company_id = " + company("Monarch Solutions")],
         excludes=["SELECT email FROM contacts WHERE deleted_at IS NULL AND company_id = " + company("Monarch Solutions")
                   + " AND title <> 'CTO' AND (last_name = 'Rossi' OR id IN (SELECT contact_id FROM deals "
                   "WHERE company_id = " + company("Monarch Solutions") + "))"],
         truth=["SELECT first_name || ' ' || last_name, title, email, phone FROM contacts WHERE deleted_at IS NULL "
                "AND title = 'CTO' AND company_id = " + company("Monarch Solutions")]),
    dict(user=A, family="contacts", text="email for the ceo over at alpine ski house?",
         note="Alpine Ski House's CEO: Omar Turner, omar.turner@alpineskihouse.com. Wrong: Ethan Nguyen's email "
              "(Engineering Lead, the contact on all four Alpine Ski House deals).",
         contains=["SELECT first_name || ' ' || last_name, email FROM contacts WHERE deleted_at IS NULL "
                   "AND title = 'CEO' AND company_id = " + company("Alpine Ski House")],
         excludes=["SELECT DISTINCT c.email FROM deals d JOIN contacts c ON c.id = d.contact_id WHERE d.company_id = "
                   + company("Alpine Ski House")],
         truth=["SELECT first_name || ' ' || last_name, title, email, phone FROM contacts WHERE deleted_at IS NULL "
                "AND title = 'CEO' AND company_id = " + company("Alpine Ski House")]),
    dict(user=R, family="contacts", text="Which of our Lucerne Publishing contacts are Finance Managers?",
         note="Wendy Fischer and Ada Schmidt. Wrong: Aisha Meyer (Product Manager, the contact on the Lucerne deal).",
         contains=["SELECT first_name || ' ' || last_name FROM contacts WHERE deleted_at IS NULL "
                   "AND title = 'Finance Manager' AND company_id = " + company("Lucerne Publishing")],
         excludes=["SELECT DISTINCT c.first_name || ' ' || c.last_name FROM deals d JOIN contacts c "
                   "ON c.id = d.contact_id WHERE d.company_id = " + company("Lucerne Publishing")],
         truth=["SELECT first_name || ' ' || last_name, title, email FROM contacts WHERE deleted_at IS NULL "
                "AND title = 'Finance Manager' AND company_id = " + company("Lucerne Publishing")]),
    dict(user=J, family="contacts", text="wayne enterprises — which contacts are customers?",
         note="Lifecycle stage 'customer' at Wayne Enterprises: Bruce Nolan (CFO) and Jade Diaz (Product Manager). "
              "Wrong: the prospects/leads Hector Foster, Paige Cook, Zane Turner.",
         contains=["SELECT first_name || ' ' || last_name FROM contacts WHERE deleted_at IS NULL "
                   "AND lifecycle_stage = 'customer' AND company_id = " + company("Wayne Enterprises")],
         excludes=["SELECT first_name || ' ' || last_name FROM contacts WHERE deleted_at IS NULL "
                   "AND lifecycle_stage <> 'customer' AND company_id = " + company("Wayne Enterprises")],
         truth=["SELECT first_name || ' ' || last_name, title, lifecycle_stage FROM contacts WHERE deleted_at IS NULL "
                "AND lifecycle_stage = 'customer' AND company_id = " + company("Wayne Enterprises")]),
    dict(user=P, family="contacts", text="phone for whoever's on the wonka deal",
         note="Wonka Labs Consulting Services' contact: Abigail Kim (Buyer), +15551102947. Wrong: Edgar Cook (CTO, "
              "the other Wonka Labs contact), +15551324679.",
         contains=["SELECT c.first_name || ' ' || c.last_name, c.phone FROM deals d JOIN contacts c "
                   "ON c.id = d.contact_id WHERE d.deleted_at IS NULL AND d.company_id = " + company("Wonka Labs")],
         excludes=["SELECT phone FROM contacts WHERE deleted_at IS NULL AND company_id = " + company("Wonka Labs")
                   + " AND id NOT IN (SELECT contact_id FROM deals WHERE company_id = " + company("Wonka Labs") + ")"],
         truth=["SELECT d.name, c.first_name || ' ' || c.last_name, c.title, c.phone FROM deals d JOIN contacts c "
                "ON c.id = d.contact_id WHERE d.deleted_at IS NULL AND d.company_id = " + company("Wonka Labs")]),

    # ---------------------------------------------------------------- tasks: due, overdue, completed
    dict(user=A, family="tasks", text="what's overdue for me on the nakatomi deals",
         note="Alex's open Nakatomi Trading tasks due before today: 'Send pricing (Nakatomi Trading Security Add-on)' "
              "2026-11-08, 'Send contract (Nakatomi Trading Consulting Services)' 2026-11-10, 'Follow up (Nakatomi "
              "Trading Consulting Services)' 2026-11-17. Wrong: the follow-up due 2026-11-19 (not yet due) and the "
              "done check-in due 2026-12-07.",
         contains=[f"SELECT t.due_date FROM tasks t WHERE {OPEN_T} AND t.owner_id = 1 AND t.due_date < DATE '2026-11-18' "
                   "AND t.company_id = " + company("Nakatomi Trading")],
         excludes=[f"SELECT t.due_date FROM tasks t WHERE {LIVE_T} AND t.owner_id = 1 AND t.company_id = "
                   + company("Nakatomi Trading") + " AND NOT (t.status = 'open' AND t.due_date < DATE '2026-11-18')"],
         truth=[f"SELECT t.title, t.due_date FROM tasks t WHERE {OPEN_T} AND t.owner_id = 1 "
                "AND t.due_date < DATE '2026-11-18' AND t.company_id = " + company("Nakatomi Trading")]),
    dict(user=P, family="tasks", text="pls list my to-dos due between mon and sun this week",
         note="Priya's open tasks due Mon Nov 16-Sun Nov 22: Check in (Monarch Solutions Software License, Nov 16, "
              "already overdue), Send contract (Gringotts Finance Software License, Nov 20), Prepare proposal (Monarch "
              "Solutions Platform, Nov 21), Check in (Alpine Ski House Platform, Nov 21). Wrong: next week's Trey "
              "Research Support Plan task.",
         contains=[f"SELECT DISTINCT d.name FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} "
                   "AND t.owner_id = 2 AND t.due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'"],
         excludes=[f"SELECT DISTINCT d.name FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} "
                   "AND t.owner_id = 2 AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29' "
                   "AND d.company_id = " + company("Trey Research")],
         truth=[f"SELECT d.name, t.title, t.due_date FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} "
                "AND t.owner_id = 2 AND t.due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22' "
                "ORDER BY t.due_date"]),
    dict(user=S, family="tasks", text="october — how many of my tasks got marked done?",
         note="Sam's tasks completed Oct 1-31: 6. Wrong: all of Sam's done tasks, 8.",
         contains=[f"SELECT count(*) FROM tasks t WHERE {DONE_T} AND t.owner_id = 3 "
                   "AND t.completed_at >= TIMESTAMP '2026-10-01' AND t.completed_at < TIMESTAMP '2026-11-01'"],
         excludes=[f"SELECT count(*) FROM tasks t WHERE {DONE_T} AND t.owner_id = 3"],
         truth=[f"SELECT count(*) FROM tasks t WHERE {DONE_T} AND t.owner_id = 3 "
                "AND t.completed_at >= TIMESTAMP '2026-10-01' AND t.completed_at < TIMESTAMP '2026-11-01'",
                f"SELECT t.title, t.completed_at::DATE FROM tasks t WHERE {DONE_T} AND t.owner_id = 3 "
                "AND t.completed_at >= TIMESTAMP '2026-10-01' AND t.completed_at < TIMESTAMP '2026-11-01'"]),
    dict(user=J, family="tasks", text="how many open to-dos does each rep have sitting there?",
         note="Open tasks: Alex 25, Priya 16, Sam 12. Wrong: Alex's count including done tasks, 32.",
         contains=[f"SELECT count(*) FROM tasks t WHERE {OPEN_T} GROUP BY t.owner_id ORDER BY t.owner_id"],
         excludes=[f"SELECT count(*) FROM tasks t WHERE {LIVE_T} AND t.owner_id = 1"],
         truth=["SELECT u.name, split_part(u.name, ' ', 1), count(*) FROM tasks t JOIN users u ON u.id = t.owner_id "
                f"WHERE {OPEN_T} GROUP BY u.name ORDER BY u.name"]),
    dict(user=R, family="tasks", text="Which tasks are due tomorrow?",
         note="Due Thu 2026-11-19, both Alex's and open: Send contract (Dunder Mifflin Platform) and Follow up "
              "(Nakatomi Trading Consulting Services). Wrong: today's task (Cyberdyne Consulting Services, done) and "
              "Friday's (Gringotts Finance Software License).",
         contains=["SELECT d.name FROM tasks t JOIN deals d ON d.id = t.deal_id "
                   f"WHERE {LIVE_T} AND t.due_date = DATE '2026-11-19'"],
         excludes=["SELECT d.name FROM tasks t JOIN deals d ON d.id = t.deal_id "
                   f"WHERE {LIVE_T} AND t.due_date IN (DATE '2026-11-18', DATE '2026-11-20')"],
         truth=["SELECT d.name, t.title, t.status, u.name FROM tasks t JOIN deals d ON d.id = t.deal_id "
                f"JOIN users u ON u.id = t.owner_id WHERE {LIVE_T} AND t.due_date = DATE '2026-11-19'"]),
    dict(user=S, family="tasks", text="anything open on my plate for next wk?",
         note="Sam's open tasks due Nov 23-29: 5 (Send pricing (Umbrella Health Support Plan) Nov 25, two Prestige "
              "Worldwide Consulting Services tasks Nov 26/28, Bluth Company Analytics Suite Nov 27, Sterling Cooper "
              "Analytics Suite Nov 28). Wrong: the done 'Book a demo (Umbrella Health Support Plan)' also due Nov 25.",
         contains=[f"SELECT count(*) FROM tasks t WHERE {OPEN_T} AND t.owner_id = 3 "
                   "AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29'",
                   f"SELECT d.name FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} AND t.owner_id = 3 "
                   "AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29' GROUP BY d.name "
                   "HAVING count(*) > 1"],
         excludes=[f"SELECT t.title FROM tasks t WHERE {DONE_T} AND t.owner_id = 3 "
                   "AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29'"],
         truth=[f"SELECT count(*) FROM tasks t WHERE {OPEN_T} AND t.owner_id = 3 "
                "AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29'",
                f"SELECT d.name, t.title, t.due_date FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} "
                "AND t.owner_id = 3 AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29' "
                "ORDER BY t.due_date"]),
    dict(user=A, family="tasks", text="how many of my open tasks are on deals that already closed",
         note="Alex has 7 open tasks on Closed Won / Closed Lost deals (Southridge Video Platform x3, Oscorp Software "
              "License x2, Monarch Solutions Security Add-on, Cyberdyne Software License). Wrong: 8, counting the done "
              "Oscorp Security Add-on task.",
         contains=[f"SELECT count(*) FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} AND t.owner_id = 1 "
                   "AND d.stage IN ('Closed Won', 'Closed Lost')"],
         excludes=[f"SELECT count(*) FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {LIVE_T} AND t.owner_id = 1 "
                   "AND d.stage IN ('Closed Won', 'Closed Lost')"],
         truth=[f"SELECT count(*) FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} AND t.owner_id = 1 "
                "AND d.stage IN ('Closed Won', 'Closed Lost')",
                f"SELECT t.title, t.due_date, d.stage FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} "
                "AND t.owner_id = 1 AND d.stage IN ('Closed Won', 'Closed Lost')"]),
    dict(user=J, family="tasks", text="overdue tasks across the team - how many total, and who has the most?",
         note="22 open tasks are past due: Alex 15, Priya 4, Sam 3. Wrong: 34, every task due before today incl. "
              "done ones.",
         contains=[f"SELECT count(*) FROM tasks t WHERE {OPEN_T} AND t.due_date < DATE '2026-11-18'",
                   "SELECT split_part(u.name, ' ', 1), count(*) FROM tasks t JOIN users u ON u.id = t.owner_id "
                   f"WHERE {OPEN_T} AND t.due_date < DATE '2026-11-18' GROUP BY u.name ORDER BY count(*) DESC LIMIT 1"],
         excludes=[f"SELECT count(*) FROM tasks t WHERE {LIVE_T} AND t.due_date < DATE '2026-11-18'"],
         truth=[f"SELECT count(*) FROM tasks t WHERE {OPEN_T} AND t.due_date < DATE '2026-11-18'",
                "SELECT u.name, split_part(u.name, ' ', 1), count(*) FROM tasks t JOIN users u ON u.id = t.owner_id "
                f"WHERE {OPEN_T} AND t.due_date < DATE '2026-11-18' GROUP BY u.name ORDER BY count(*) DESC"]),
    dict(user=R, family="tasks", text="How many tasks were completed between Oct 1 and Oct 15?",
         note="Tasks completed Oct 1-15 (inclusive): 11 (Alex 4, Priya 4, Sam 3). Wrong: all of October, 21.",
         contains=[f"SELECT count(*) FROM tasks t WHERE {DONE_T} "
                   "AND t.completed_at >= TIMESTAMP '2026-10-01' AND t.completed_at < TIMESTAMP '2026-10-16'"],
         excludes=[f"SELECT count(*) FROM tasks t WHERE {DONE_T} "
                   "AND t.completed_at >= TIMESTAMP '2026-10-01' AND t.completed_at < TIMESTAMP '2026-11-01'"],
         truth=[f"SELECT count(*) FROM tasks t WHERE {DONE_T} "
                "AND t.completed_at >= TIMESTAMP '2026-10-01' AND t.completed_at < TIMESTAMP '2026-10-16'",
                f"SELECT u.name, count(*) FROM tasks t JOIN users u ON u.id = t.owner_id WHERE {DONE_T} "
                "AND t.completed_at >= TIMESTAMP '2026-10-01' AND t.completed_at < TIMESTAMP '2026-10-16' "
                "GROUP BY u.name"]),
    dict(user=P, family="tasks", text="which of my open tasks are on deals set to close in december",
         note="Priya's open tasks on deals dated December 2026: one on Fabrikam Software License (Book a demo, "
              "overdue) and four on Monarch Solutions Software License. Wrong: Alpine Ski House Analytics Suite, "
              "whose only task is done.",
         contains=[f"SELECT DISTINCT d.name FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} "
                   "AND t.owner_id = 2 AND d.close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"],
         excludes=[f"SELECT DISTINCT d.name FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {DONE_T} "
                   "AND t.owner_id = 2 AND d.close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31' "
                   f"AND d.id NOT IN (SELECT deal_id FROM tasks WHERE status = 'open' AND owner_id = 2)"],
         truth=[f"SELECT d.name, t.title, t.due_date FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {OPEN_T} "
                "AND t.owner_id = 2 AND d.close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"]),

    # ---------------------------------------------------------------- won_lost
    dict(user=J, family="won_lost", text="how much did we win in Q3?",
         note="Closed Won with close dates Jul 1-Sep 30 2026: Bluth Company Consulting Services 65,000, Cyberdyne "
              "Software License 43,000, Fourth Coffee Software License 21,000 = 129,000. Wrong: all wins 427,000, or "
              "Q3 won+lost 369,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {WON} "
                   "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {WON}",
                   "SELECT sum(amount) FROM deals WHERE deleted_at IS NULL AND stage LIKE 'Closed%' "
                   "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {WON} "
                "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'",
                f"SELECT name, amount, close_date FROM deals d WHERE {WON} "
                "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"]),
    dict(user=R, family="won_lost", text="Last month's losses by rep, in dollars?",
         note="Closed Lost in October 2026: Alex 231,000 (Oscorp Security Add-on, Southridge Video Platform, Monarch "
              "Solutions Security Add-on), Sam 280,000 (Massive Dynamic Consulting Services, Margie's Travel Support "
              "Plan), Priya none. Wrong: Alex's all-time losses, 417,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {LOST} "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31' GROUP BY owner_id"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {LOST} AND owner_id = 1"],
         truth=["SELECT u.name, sum(amount) FROM deals d JOIN users u ON u.id = d.owner_id "
                f"WHERE {LOST} AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31' GROUP BY u.name",
                f"SELECT name, amount FROM deals d WHERE {LOST} "
                "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"]),
    dict(user=P, family="won_lost", text="how many deals have i won this yr and whats the total",
         note="Priya's 2026 wins: 2 (Margie's Travel Security Add-on 185,000, Fourth Coffee Software License 21,000) = "
              "206,000. Wrong: the team's wins, 427,000.",
         contains=[f"SELECT count(*), sum(amount) FROM deals d WHERE {WON} AND owner_id = 2 "
                   "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {WON} "
                   "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"],
         truth=[f"SELECT count(*), sum(amount) FROM deals d WHERE {WON} AND owner_id = 2 "
                "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'",
                f"SELECT name, amount, close_date FROM deals d WHERE {WON} AND owner_id = 2"]),
    dict(user=S, family="won_lost", text="total $ i've lost this year?",
         note="Sam's Closed Lost deals in 2026: Massive Dynamic Consulting Services 175,000 + Margie's Travel Support "
              "Plan 105,000 = 280,000. Wrong: the team's losses, 751,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {LOST} AND owner_id = 3 "
                   "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {LOST} "
                   "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {LOST} AND owner_id = 3 "
                "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'",
                f"SELECT name, amount FROM deals d WHERE {LOST} AND owner_id = 3"]),
    dict(user=A, family="won_lost", text="biggest deal we lost in the last 60 days?",
         note="Closed Lost since Sep 19: the biggest is Massive Dynamic Consulting Services, 175,000 (Sam, Oct 18). "
              "Wrong: Oscorp Software License, 186,000, lost Jul 27, outside the window.",
         contains=[f"SELECT name, amount FROM deals d WHERE {LOST} AND close_date >= DATE '2026-09-19' "
                   "ORDER BY amount DESC LIMIT 1"],
         excludes=[f"SELECT name, amount FROM deals d WHERE {LOST} ORDER BY amount DESC LIMIT 1"],
         truth=[f"SELECT name, amount, close_date FROM deals d WHERE {LOST} AND close_date >= DATE '2026-09-19' "
                "ORDER BY amount DESC LIMIT 1"]),
    dict(user=R, family="won_lost", text="Which deals did we win in September?",
         note="Closed Won in September 2026: Cyberdyne Software License (Sep 2, 43,000) and Fourth Coffee Software "
              "License (Sep 3, 21,000). Wrong: Gringotts Finance Software License, lost Sep 7.",
         contains=[f"SELECT name FROM deals d WHERE {WON} "
                   "AND close_date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30'"],
         excludes=[f"SELECT name FROM deals d WHERE {LOST} "
                   "AND close_date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30'"],
         truth=[f"SELECT name, close_date, amount FROM deals d WHERE {WON} "
                "AND close_date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30'"]),
    dict(user=J, family="won_lost", text="since oct 1 - what did we win, and how much have we lost in $?",
         note="Since Oct 1: won Margie's Travel Security Add-on (185,000, Oct 9); lost 5 deals worth 511,000. Wrong: "
              "all wins this year, 427,000.",
         contains=[f"SELECT name FROM deals d WHERE {WON} AND close_date >= DATE '2026-10-01'",
                   f"SELECT sum(amount) FROM deals d WHERE {LOST} AND close_date >= DATE '2026-10-01'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {WON}"],
         truth=[f"SELECT name, amount, close_date FROM deals d WHERE {WON} AND close_date >= DATE '2026-10-01'",
                f"SELECT sum(amount), count(*) FROM deals d WHERE {LOST} AND close_date >= DATE '2026-10-01'"]),
    dict(user=A, family="won_lost", text="did i win anything in q3? how much",
         note="Yes: Cyberdyne Software License, 43,000, won 2026-09-02. Wrong: Alex's Q3 loss (Oscorp Software "
              "License, 186,000).",
         contains=[f"SELECT name, amount FROM deals d WHERE {WON} AND owner_id = 1 "
                   "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"],
         excludes=[f"SELECT amount FROM deals d WHERE {LOST} AND owner_id = 1 "
                   "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"],
         truth=[f"SELECT name, amount, close_date FROM deals d WHERE {WON} AND owner_id = 1 "
                "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"]),
    dict(user=P, family="won_lost", text="team closed-won total ytd?",
         note="Closed Won in 2026 up to today: 427,000 (5 deals). Wrong: won + lost, 1,178,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {WON} "
                   "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"],
         excludes=["SELECT sum(amount) FROM deals WHERE deleted_at IS NULL AND stage LIKE 'Closed%' "
                   "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"],
         truth=[f"SELECT sum(amount), count(*) FROM deals d WHERE {WON} "
                "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"]),

    # ---------------------------------------------------------------- ranking: top / bottom N
    dict(user=J, family="ranking", text="3 largest deals still in play, by $",
         note="Stark Industries Software License 250,000, Nakatomi Trading Software License 199,000, Sterling Cooper "
              "Consulting Services 194,000. Wrong: the 4th, Proseware Consulting Services 189,000.",
         contains=[f"SELECT name FROM deals d WHERE {OPEN} ORDER BY amount DESC LIMIT 3"],
         excludes=[f"SELECT name, amount FROM deals d WHERE {OPEN} ORDER BY amount DESC LIMIT 1 OFFSET 3"],
         truth=[f"SELECT d.name, amount, split_part(u.name, ' ', 1) FROM deals d JOIN users u ON u.id = d.owner_id "
                f"WHERE {OPEN} ORDER BY amount DESC LIMIT 3"]),
    dict(user=R, family="ranking", text="Whose open pipeline is biggest in dollar terms?",
         note="Priya: 1,929,000 open (Alex 1,704,000, Sam 862,500), although Alex has more open deals (20 vs 18). "
              "Wrong: Priya's total including closed deals, 2,189,000.",
         contains=["SELECT split_part(u.name, ' ', 1), sum(amount) FROM deals d JOIN users u ON u.id = d.owner_id "
                   f"WHERE {OPEN} GROUP BY u.name ORDER BY sum(amount) DESC LIMIT 1"],
         excludes=["SELECT sum(amount) FROM deals WHERE deleted_at IS NULL AND owner_id = 2"],
         truth=["SELECT u.name, split_part(u.name, ' ', 1), sum(amount), count(*) FROM deals d JOIN users u "
                f"ON u.id = d.owner_id WHERE {OPEN} GROUP BY u.name ORDER BY sum(amount) DESC"]),
    dict(user=S, family="ranking", text="bottom 3 of my open opps by size",
         note="Sam's three smallest open deals: Bluth Company Analytics Suite 10,000, Hooli Security Add-on 18,500, "
              "Umbrella Health Support Plan 24,000. Wrong: the next one up, Sterling Cooper Analytics Suite 33,000.",
         contains=[f"SELECT name FROM deals d WHERE {OPEN} AND owner_id = 3 ORDER BY amount LIMIT 3"],
         excludes=[f"SELECT name FROM deals d WHERE {OPEN} AND owner_id = 3 ORDER BY amount LIMIT 1 OFFSET 3"],
         truth=[f"SELECT name, amount FROM deals d WHERE {OPEN} AND owner_id = 3 ORDER BY amount LIMIT 3"]),
    dict(user=P, family="ranking", text="which account have i logged the most activity on in the last 30 days?",
         note="Priya's activities since Oct 19 by company: Alpine Ski House 9 (then Blue Yonder Airlines 5). Wrong: "
              "Cyberdyne, the busiest company she owns, whose activity is all Alex's.",
         contains=["SELECT c.name FROM activities a JOIN companies c ON c.id = a.company_id "
                   f"WHERE {LIVE_A} AND a.author_id = 2 AND a.occurred_at >= TIMESTAMP '2026-10-19' "
                   "GROUP BY c.name ORDER BY count(*) DESC LIMIT 1"],
         excludes=["SELECT c.name FROM activities a JOIN companies c ON c.id = a.company_id "
                   f"WHERE {LIVE_A} AND c.owner_id = 2 AND a.occurred_at >= TIMESTAMP '2026-10-19' "
                   "GROUP BY c.name ORDER BY count(*) DESC LIMIT 1"],
         truth=["SELECT c.name, count(*) FROM activities a JOIN companies c ON c.id = a.company_id "
                f"WHERE {LIVE_A} AND a.author_id = 2 AND a.occurred_at >= TIMESTAMP '2026-10-19' "
                "GROUP BY c.name ORDER BY count(*) DESC LIMIT 1"]),
    dict(user=J, family="ranking", text="top 5 accounts by open pipeline $",
         note="Alpine Ski House 509,000, Fabrikam 440,000, Nakatomi Trading 404,000, Proseware 393,000, Stark "
              "Industries 250,000. Wrong: Margie's Travel, which makes the top 5 only when closed deals are "
              "counted (332,000 incl. a win and a loss).",
         contains=["SELECT c.name FROM deals d JOIN companies c ON c.id = d.company_id "
                   f"WHERE {OPEN} GROUP BY c.name ORDER BY sum(amount) DESC LIMIT 5"],
         excludes=["SELECT name FROM (SELECT c.name FROM deals d JOIN companies c ON c.id = d.company_id "
                   "WHERE d.deleted_at IS NULL GROUP BY c.name ORDER BY sum(amount) DESC LIMIT 5) "
                   "WHERE name NOT IN (SELECT c.name FROM deals d JOIN companies c ON c.id = d.company_id "
                   f"WHERE {OPEN} GROUP BY c.name ORDER BY sum(amount) DESC LIMIT 5)"],
         truth=["SELECT c.name, sum(amount) FROM deals d JOIN companies c ON c.id = d.company_id "
                f"WHERE {OPEN} GROUP BY c.name ORDER BY sum(amount) DESC LIMIT 5"]),
    dict(user=R, family="ranking", text="Who made the most calls in October?",
         note="Calls logged in October 2026: Alex 30, Priya 19, Sam 12. Wrong: Alex's all-time call count, 250.",
         contains=["SELECT split_part(u.name, ' ', 1), count(*) FROM activities a JOIN users u ON u.id = a.author_id "
                   f"WHERE {LIVE_A} AND a.type = 'call' AND " + act_between("2026-10-01", "2026-11-01")
                   + " GROUP BY u.name ORDER BY count(*) DESC LIMIT 1"],
         excludes=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'call' AND a.author_id = 1"],
         truth=["SELECT u.name, split_part(u.name, ' ', 1), count(*) FROM activities a JOIN users u "
                f"ON u.id = a.author_id WHERE {LIVE_A} AND a.type = 'call' AND "
                + act_between("2026-10-01", "2026-11-01") + " GROUP BY u.name ORDER BY count(*) DESC"]),
    dict(user=S, family="ranking", text="what's the biggest deal closing in q1?",
         note="Largest open deal dated Jan-Mar 2027: Stark Industries Software License, 250,000 (Feb 1). Wrong: "
              "Nakatomi Trading Software License (199,000), which closes in December.",
         contains=[f"SELECT name, amount FROM deals d WHERE {OPEN} "
                   "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31' ORDER BY amount DESC LIMIT 1"],
         excludes=[f"SELECT name, amount FROM deals d WHERE {OPEN} "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31' ORDER BY amount DESC LIMIT 1"],
         truth=[f"SELECT name, amount, close_date, stage FROM deals d WHERE {OPEN} "
                "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31' ORDER BY amount DESC LIMIT 1"]),
    dict(user=A, family="ranking", text="which product has the most open $ behind it",
         note="Consulting Services: 1,128,000 open over 10 deals. Wrong: its total including closed deals, "
              "1,368,000.",
         contains=[f"SELECT product, sum(amount) FROM deals d WHERE {OPEN} GROUP BY product "
                   "ORDER BY sum(amount) DESC LIMIT 1"],
         excludes=["SELECT sum(amount) FROM deals WHERE deleted_at IS NULL AND product = 'Consulting Services'"],
         truth=[f"SELECT product, sum(amount), count(*) FROM deals d WHERE {OPEN} GROUP BY product "
                "ORDER BY sum(amount) DESC LIMIT 1"]),
    dict(user=P, family="ranking", text="3 biggest losses this year?",
         note="Closed Lost 2026 by amount: Oscorp Software License 186,000, Massive Dynamic Consulting Services "
              "175,000, Oscorp Security Add-on 122,000. Wrong: Margie's Travel Security Add-on (185,000), a win.",
         contains=[f"SELECT name FROM deals d WHERE {LOST} AND close_date >= DATE '2026-01-01' "
                   "ORDER BY amount DESC LIMIT 3"],
         excludes=["SELECT name FROM deals WHERE deleted_at IS NULL AND stage = 'Closed Won' AND amount > "
                   f"(SELECT min(amount) FROM (SELECT amount FROM deals d WHERE {LOST} ORDER BY amount DESC LIMIT 3))"],
         truth=[f"SELECT name, amount, close_date FROM deals d WHERE {LOST} AND close_date >= DATE '2026-01-01' "
                "ORDER BY amount DESC LIMIT 3"]),

    # ---------------------------------------------------------------- comparison
    dict(user=J, family="comparison", text="priya vs sam — closed-won $ this year?",
         note="Closed Won 2026: Priya 206,000, Sam 178,000. Wrong: their open pipelines (1,929,000 / 862,500).",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {WON} AND close_date >= DATE '2026-01-01' "
                   "AND owner_id IN (2, 3) GROUP BY owner_id"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id IN (2, 3) GROUP BY owner_id"],
         truth=["SELECT u.name, sum(amount), count(*) FROM deals d JOIN users u ON u.id = d.owner_id "
                f"WHERE {WON} AND close_date >= DATE '2026-01-01' AND owner_id IN (2, 3) GROUP BY u.name"]),
    dict(user=A, family="comparison", text="am i ahead of priya on calls this month?",
         note="No: calls logged Nov 1-18, Alex 4 vs Priya 12. Wrong: their activity totals for the month "
              "(31 / 37).",
         contains=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'call' "
                   "AND a.occurred_at >= TIMESTAMP '2026-11-01' AND a.author_id IN (1, 2) GROUP BY a.author_id"],
         excludes=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.occurred_at >= TIMESTAMP '2026-11-01' "
                   "AND a.author_id IN (1, 2) GROUP BY a.author_id"],
         truth=["SELECT u.name, count(*) FROM activities a JOIN users u ON u.id = a.author_id "
                f"WHERE {LIVE_A} AND a.type = 'call' AND a.occurred_at >= TIMESTAMP '2026-11-01' "
                "AND a.author_id IN (1, 2) GROUP BY u.name"]),
    dict(user=R, family="comparison", text="Which quarter has more open pipeline by close date, this one or the next?",
         note="Next quarter: open deals dated Q1 2027 total 2,063,000 vs 2,010,500 dated Q4 2026 (incl. the past-due "
              "November deals). Wrong: a Q4 figure that adds October's closed deals, 2,706,500.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
                   f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"],
         excludes=["SELECT sum(amount) FROM deals WHERE deleted_at IS NULL "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
                f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"]),
    dict(user=S, family="comparison", text="how do my Q4 wins compare to Q3?",
         note="Sam won nothing so far in Q4; in Q3 he won Bluth Company Consulting Services, 65,000 (Aug 22). "
              "Wrong: all his wins (178,000) or the June Northwind Health win (113,000), which is Q2.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {WON} AND owner_id = 3 "
                   "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {WON} AND owner_id = 3",
                   f"SELECT amount FROM deals d WHERE {WON} AND owner_id = 3 AND close_date < DATE '2026-07-01'"],
         truth=[f"SELECT name, amount, close_date FROM deals d WHERE {WON} AND owner_id = 3 "
                "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'",
                f"SELECT name FROM deals d WHERE {WON} AND owner_id = 3 "
                "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"]),
    dict(user=P, family="comparison", text="my q1 pipeline vs my q4 pipeline?",
         note="Priya's open deals dated Q4 2026: 955,000 (incl. the past-due Alpine Ski House Security Add-on); dated "
              "Q1 2027: 790,000. Wrong: the team's figures, 2,010,500 / 2,063,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
                   f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                   "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
                   f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
                f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"]),
    dict(user=R, family="comparison", text="Who has more open dollars in Negotiation, Alex or Sam?",
         note="Sam: 156,500 (Contoso Analytics Suite, Hooli Security Add-on) vs Alex 54,000 (Nakatomi Trading and "
              "Cyberdyne Consulting Services). Wrong: Priya's Woodgrove Bank deal, 175,000, the largest Negotiation "
              "figure of any rep.",
         contains=[f"SELECT {first(3)}",
                   f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage = 'Negotiation' AND owner_id IN (1, 3) "
                   "GROUP BY owner_id"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage = 'Negotiation' AND owner_id = 2"],
         truth=["SELECT u.name, split_part(u.name, ' ', 1), sum(amount) FROM deals d JOIN users u "
                f"ON u.id = d.owner_id WHERE {OPEN} AND stage = 'Negotiation' AND owner_id IN (1, 3) GROUP BY u.name"]),
    dict(user=J, family="comparison", text="meetings oct vs nov so far, whole team",
         note="Meetings logged: October 25, November 1-18 20. Wrong: all activity types, 185 / 88.",
         contains=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'meeting' AND "
                   + act_between("2026-10-01", "2026-11-01"),
                   f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'meeting' AND "
                   + act_between("2026-11-01", "2026-12-01")],
         excludes=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND " + act_between("2026-10-01", "2026-11-01"),
                   f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND " + act_between("2026-11-01", "2026-12-01")],
         truth=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'meeting' AND "
                + act_between("2026-10-01", "2026-11-01"),
                f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'meeting' AND "
                + act_between("2026-11-01", "2026-12-01")]),
    dict(user=A, family="comparison", text="avg open deal size: me vs priya",
         note="Average open deal: Alex 85,200 (1,704,000 / 20), Priya 107,167 (1,929,000 / 18). Wrong: averages "
              "over all their deals incl. closed, 86,560 / 104,238.",
         contains=[f"SELECT avg(amount) FROM deals d WHERE {OPEN} AND owner_id IN (1, 2) GROUP BY owner_id"],
         excludes=["SELECT avg(amount) FROM deals WHERE deleted_at IS NULL AND owner_id IN (1, 2) GROUP BY owner_id"],
         truth=["SELECT u.name, avg(amount), count(*), sum(amount) FROM deals d JOIN users u ON u.id = d.owner_id "
                f"WHERE {OPEN} AND owner_id IN (1, 2) GROUP BY u.name"]),
    dict(user=S, family="comparison", text="did we lose more $ in q3 or q4?",
         note="Q4 so far: 511,000 lost (5 deals, all in October) vs Q3 240,000 (Oscorp Software License 186,000, "
              "Gringotts Finance Software License 54,000). Wrong: all losses together, 751,000.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {LOST} "
                   "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'",
                   f"SELECT sum(amount) FROM deals d WHERE {LOST} "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {LOST}"],
         truth=[f"SELECT sum(amount) FROM deals d WHERE {LOST} "
                "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'",
                f"SELECT sum(amount) FROM deals d WHERE {LOST} "
                "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"]),

    # ---------------------------------------------------------------- grouped totals
    dict(user=R, family="grouped", text="Please split the open pipeline by deal owner.",
         note="Alex 1,704,000, Priya 1,929,000, Sam 862,500. Wrong: totals including closed deals (2,164,000 / "
              "2,189,000 / 1,320,500).",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} GROUP BY owner_id ORDER BY owner_id"],
         excludes=["SELECT sum(amount) FROM deals WHERE deleted_at IS NULL GROUP BY owner_id ORDER BY owner_id"],
         truth=["SELECT u.name, sum(amount), count(*) FROM deals d JOIN users u ON u.id = d.owner_id "
                f"WHERE {OPEN} GROUP BY u.name"]),
    dict(user=J, family="grouped", text="closed-won revenue broken out by product",
         note="Closed Won by product: Security Add-on 298,000, Consulting Services 65,000, Software License 64,000 "
              "(no wins in the others). Wrong: those products' totals over all deals (955,500 / 1,368,000 / "
              "1,195,000).",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {WON} GROUP BY product"],
         excludes=["SELECT sum(amount) FROM deals WHERE deleted_at IS NULL AND product IN "
                   f"(SELECT product FROM deals d WHERE {WON}) GROUP BY product"],
         truth=[f"SELECT product, sum(amount), count(*) FROM deals d WHERE {WON} GROUP BY product"]),
    dict(user=P, family="grouped", text="break down my open pipe by stage",
         note="Priya's open deals by stage: Lead 748,000, Qualified 667,000, Proposal 339,000, Negotiation 175,000. "
              "Wrong: the team's Lead and Qualified totals (1,213,000 / 1,943,000).",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 GROUP BY stage"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND stage IN ('Lead', 'Qualified') GROUP BY stage"],
         truth=[f"SELECT stage, sum(amount), count(*) FROM deals d WHERE {OPEN} AND owner_id = 2 GROUP BY stage"]),
    dict(user=S, family="grouped", text="activity count per rep for november so far",
         note="Activities logged Nov 1-18: Alex 31, Priya 37, Sam 20. Wrong: all-time counts (836 / 704 / 460).",
         contains=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.occurred_at >= TIMESTAMP '2026-11-01' "
                   "GROUP BY a.author_id"],
         excludes=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} GROUP BY a.author_id"],
         truth=["SELECT u.name, count(*) FROM activities a JOIN users u ON u.id = a.author_id "
                f"WHERE {LIVE_A} AND a.occurred_at >= TIMESTAMP '2026-11-01' GROUP BY u.name"]),
    dict(user=R, family="grouped", text="Open pipeline per industry for Media, Research and Travel?",
         note="Open $ by company industry: Media 35,000 (Prestige Worldwide), Research 99,000 (Trey Research, Massive "
              "Dynamic), Travel 42,000 (Margie's Travel). Wrong: totals including closed deals (139,000 / 274,000 / "
              "332,000).",
         contains=["SELECT sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id "
                   f"WHERE {OPEN} AND c.industry IN ('Media', 'Research', 'Travel') GROUP BY c.industry"],
         excludes=["SELECT sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id "
                   "WHERE d.deleted_at IS NULL AND c.industry IN ('Media', 'Research', 'Travel') GROUP BY c.industry"],
         truth=["SELECT c.industry, sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id "
                f"WHERE {OPEN} AND c.industry IN ('Media', 'Research', 'Travel') GROUP BY c.industry"]),
    dict(user=A, family="grouped", text="my open pipeline by close month, dec through feb",
         note="Alex's open deals by close month: December 2026 556,000, January 2027 139,000, February 2027 "
              "444,000. Wrong: the team's December, 1,296,500.",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 1 "
                   "AND close_date BETWEEN DATE '2026-12-01' AND DATE '2027-02-28' GROUP BY date_trunc('month', "
                   "close_date)"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   "AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"],
         truth=["SELECT strftime(close_date, '%Y-%m'), sum(amount), count(*) FROM deals d "
                f"WHERE {OPEN} AND owner_id = 1 AND close_date BETWEEN DATE '2026-12-01' AND DATE '2027-02-28' "
                "GROUP BY 1 ORDER BY 1"]),
    dict(user=J, family="grouped", text="Q1 2027 pipeline by stage",
         note="Open deals dated Jan-Mar 2027 by stage: Lead 637,000, Qualified 855,000, Proposal 379,000, "
              "Negotiation 192,000. Wrong: the all-dates stage totals (1,213,000 / 1,943,000 / 954,000 / 385,500).",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} "
                   "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31' GROUP BY stage"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} GROUP BY stage"],
         truth=[f"SELECT stage, sum(amount), count(*) FROM deals d WHERE {OPEN} "
                "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31' GROUP BY stage"]),
    dict(user=A, family="grouped", text="activities by type for q3, whole team",
         note="Activities Jul 1-Sep 30 2026: call 153, email 136, note 91, meeting 79, message 42. Wrong: the "
              "12-month counts for calls / emails / meetings (630 / 534 / 328).",
         contains=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND " + act_between("2026-07-01", "2026-10-01")
                   + " GROUP BY a.type"],
         excludes=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type IN ('call', 'email', 'meeting') "
                   "GROUP BY a.type"],
         truth=[f"SELECT a.type, count(*) FROM activities a WHERE {LIVE_A} AND "
                + act_between("2026-07-01", "2026-10-01") + " GROUP BY a.type"]),
    dict(user=P, family="grouped", text="my open $ by product, top 3 only",
         note="Priya's open deals by product, top 3: Analytics Suite 429,000, Consulting Services 404,000, Platform "
              "366,000. Wrong: the team's totals for those products (782,000 / 1,128,000 / 513,000).",
         contains=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 2 GROUP BY product "
                   "ORDER BY sum(amount) DESC LIMIT 3"],
         excludes=[f"SELECT sum(amount) FROM deals d WHERE {OPEN} AND product IN (SELECT product FROM deals d "
                   f"WHERE {OPEN} AND owner_id = 2 GROUP BY product ORDER BY sum(amount) DESC LIMIT 3) "
                   "GROUP BY product"],
         truth=[f"SELECT product, sum(amount), count(*) FROM deals d WHERE {OPEN} AND owner_id = 2 GROUP BY product "
                "ORDER BY sum(amount) DESC LIMIT 3"]),

    # ---------------------------------------------------------------- counts with conditions
    dict(user=J, family="counts", text="how many open deals over 100k have a close date this quarter?",
         note="Open deals above 100,000 with close dates Oct 1-Dec 31 2026: 11 (1,697,000), incl. the two past-due "
              "November ones (their close date is still in this quarter). Wrong: all open deals above 100,000, 23.",
         contains=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND amount > 100000 "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"],
         excludes=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND amount > 100000"],
         truth=[f"SELECT count(*), sum(amount) FROM deals d WHERE {OPEN} AND amount > 100000 "
                "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"]),
    dict(user=R, family="counts", text="How many open deals have had nothing logged since Oct 25?",
         note="Open deals whose last activity is before 2026-10-25: 10 (seven last touched Oct 24, plus Fabrikam "
              "Security Add-on, Nakatomi Trading Security Add-on, Blue Yonder Airlines Analytics Suite). Wrong: 11, "
              "counting the closed Oscorp Software License.",
         contains=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND NOT EXISTS (SELECT 1 FROM activities a "
                   f"WHERE a.deal_id = d.id AND {LIVE_A} AND a.occurred_at >= TIMESTAMP '2026-10-25')"],
         excludes=["SELECT count(*) FROM deals d WHERE d.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM activities a "
                   f"WHERE a.deal_id = d.id AND {LIVE_A} AND a.occurred_at >= TIMESTAMP '2026-10-25')"],
         truth=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND NOT EXISTS (SELECT 1 FROM activities a "
                f"WHERE a.deal_id = d.id AND {LIVE_A} AND a.occurred_at >= TIMESTAMP '2026-10-25')",
                f"SELECT d.name FROM deals d WHERE {OPEN} AND NOT EXISTS (SELECT 1 FROM activities a "
                f"WHERE a.deal_id = d.id AND {LIVE_A} AND a.occurred_at >= TIMESTAMP '2026-10-25')"]),
    dict(user=A, family="counts", text="how many of my open deals are in proposal",
         note="Alex has 8 open deals in Proposal (390,000). Wrong: the team's Proposal count, 15.",
         contains=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND owner_id = 1 AND stage = 'Proposal'"],
         excludes=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND stage = 'Proposal'"],
         truth=[f"SELECT count(*), sum(amount) FROM deals d WHERE {OPEN} AND owner_id = 1 AND stage = 'Proposal'"]),
    dict(user=P, family="counts", text="contacts where i'm the owner — how many?",
         note="Contacts with owner Priya: 43. Wrong: all contacts, 120.",
         contains=["SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND owner_id = 2"],
         excludes=["SELECT count(*) FROM contacts WHERE deleted_at IS NULL"],
         truth=["SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND owner_id = 2"]),
    dict(user=P, family="counts", text="# of deals i have closing in jan",
         note="Priya's open deals dated January 2027: 2 (Globex Platform Expansion, Blue Yonder Airlines Analytics "
              "Suite). Wrong: the team's January count, 7.",
         contains=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                   "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-01-31'"],
         excludes=[f"SELECT count(*) FROM deals d WHERE {OPEN} "
                   "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-01-31'"],
         truth=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND owner_id = 2 "
                "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-01-31'",
                f"SELECT name, amount FROM deals d WHERE {OPEN} AND owner_id = 2 "
                "AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-01-31'"]),
    dict(user=J, family="counts", text="how many companies have no open deals at all",
         note="11 of 40 companies have no open deal (6 have no deal at all; Fourth Coffee, Gringotts Finance, "
              "Northwind Health, Oscorp and Southridge Video only closed ones). Wrong: 6, the companies with no "
              "deals whatsoever.",
         contains=["SELECT count(*) FROM companies c WHERE c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM deals d "
                   f"WHERE d.company_id = c.id AND {OPEN})"],
         excludes=["SELECT count(*) FROM companies c WHERE c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM deals d "
                   "WHERE d.company_id = c.id AND d.deleted_at IS NULL)"],
         truth=["SELECT count(*) FROM companies c WHERE c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM deals d "
                f"WHERE d.company_id = c.id AND {OPEN})",
                "SELECT c.name FROM companies c WHERE c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM deals d "
                f"WHERE d.company_id = c.id AND {OPEN}) ORDER BY c.name"]),
    dict(user=S, family="counts", text="how many calls did the team log last wk",
         note="Calls logged Mon Nov 9-Sun Nov 15: 9 (Priya 4, Alex 3, Sam 2). Wrong: all activities that week, 38.",
         contains=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'call' AND "
                   + act_between("2026-11-09", "2026-11-16")],
         excludes=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND " + act_between("2026-11-09", "2026-11-16")],
         truth=[f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'call' AND "
                + act_between("2026-11-09", "2026-11-16")]),
    dict(user=A, family="counts", text="how many deals did i create in the last 60 days",
         note="Alex's deals created since Sep 19: 3 (Cyberdyne Consulting Services, Oscorp Security Add-on, Acme Corp "
              "Renewal). Wrong: the team's count, 11.",
         contains=["SELECT count(*) FROM deals WHERE deleted_at IS NULL AND owner_id = 1 "
                   "AND created_at >= TIMESTAMP '2026-09-19'"],
         excludes=["SELECT count(*) FROM deals WHERE deleted_at IS NULL AND created_at >= TIMESTAMP '2026-09-19'"],
         truth=["SELECT count(*) FROM deals WHERE deleted_at IS NULL AND owner_id = 1 "
                "AND created_at >= TIMESTAMP '2026-09-19'",
                "SELECT name, created_at::DATE FROM deals WHERE deleted_at IS NULL AND owner_id = 1 "
                "AND created_at >= TIMESTAMP '2026-09-19'"]),
    dict(user=S, family="counts", text="how many of my open opps are 100k+?",
         note="Sam's open deals of 100,000 or more: 5 (Sterling Cooper Consulting Services, Lucerne Publishing, "
              "Contoso Analytics Suite, Fabrikam Security Add-on, Fabrikam Support Plan). Wrong: the team's count, "
              "23.",
         contains=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND owner_id = 3 AND amount >= 100000"],
         excludes=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND amount >= 100000"],
         truth=[f"SELECT count(*) FROM deals d WHERE {OPEN} AND owner_id = 3 AND amount >= 100000",
                f"SELECT name, amount FROM deals d WHERE {OPEN} AND owner_id = 3 AND amount >= 100000"]),
    dict(user=R, family="counts", text="How many open deals are past their close date, and what do they add up to?",
         note="3 open deals dated before today (Sterling Cooper Consulting Services, Alpine Ski House Security "
              "Add-on, Proseware Analytics Suite), 464,000. Wrong: counting closed deals' past dates too, 1,642,000.",
         contains=[f"SELECT count(*), sum(amount) FROM deals d WHERE {OPEN} AND close_date < DATE '2026-11-18'"],
         excludes=["SELECT sum(amount) FROM deals WHERE deleted_at IS NULL AND close_date < DATE '2026-11-18'"],
         truth=[f"SELECT count(*), sum(amount) FROM deals d WHERE {OPEN} AND close_date < DATE '2026-11-18'",
                f"SELECT name, close_date FROM deals d WHERE {OPEN} AND close_date < DATE '2026-11-18'"]),

    # ---------------------------------------------------------------- yes_no checks
    dict(user=R, family="yes_no", text="Is the Proseware Analytics Suite deal still open?",
         note="Yes: still Qualified, although its close date (2026-11-17) has passed. Wrong: a closed stage.",
         contains=["SELECT stage, close_date FROM deals WHERE id = " + deal("Proseware Analytics Suite")],
         excludes=["SELECT DISTINCT stage FROM deals WHERE stage LIKE 'Closed%'"],
         truth=["SELECT name, stage, close_date, amount FROM deals WHERE id = " + deal("Proseware Analytics Suite")]),
    dict(user=J, family="yes_no", text="did we win the margie's travel support plan deal?",
         note="No: Margie's Travel Support Plan is Closed Lost (2026-10-24, 105,000). Wrong: the date of the "
              "Margie's Travel Security Add-on win, 2026-10-09.",
         contains=["SELECT stage FROM deals WHERE id = " + deal("Margie's Travel Support Plan")],
         excludes=["SELECT close_date FROM deals WHERE id = " + deal("Margie's Travel Security Add-on")],
         truth=["SELECT name, stage, close_date, amount FROM deals WHERE id = " + deal("Margie's Travel Support Plan")]),
    dict(user=P, family="yes_no", text="did the alpine ski house security deal actually close on the 16th?",
         note="No: Alpine Ski House Security Add-on is still Qualified (open); its close date 2026-11-16 passed "
              "without a close. No excludes: a right answer may well say it is not Closed Won.",
         contains=["SELECT stage FROM deals WHERE id = " + deal("Alpine Ski House Security Add-on")],
         truth=["SELECT name, stage, close_date, amount FROM deals WHERE id = "
                + deal("Alpine Ski House Security Add-on")]),
    dict(user=A, family="yes_no", text="is my initech deal past its close date yet?",
         note="No: Initech Analytics Suite is dated 2026-11-28 (Proposal, 36,000), ten days out.",
         contains=["SELECT close_date FROM deals WHERE id = " + deal("Initech Analytics Suite")],
         truth=["SELECT name, close_date, stage, amount FROM deals WHERE id = " + deal("Initech Analytics Suite")]),
    dict(user=S, family="yes_no", text="globex deal — is that one mine?",
         note="No: Globex Platform Expansion is owned by Priya (Sam owns the Globex company record).",
         contains=["SELECT split_part(u.name, ' ', 1) FROM deals d JOIN users u ON u.id = d.owner_id "
                   "WHERE d.deleted_at IS NULL AND d.company_id = " + company("Globex")],
         truth=["SELECT d.name, u.name, split_part(u.name, ' ', 1) FROM deals d JOIN users u ON u.id = d.owner_id "
                "WHERE d.deleted_at IS NULL AND d.company_id = " + company("Globex")]),
    dict(user=J, family="yes_no", text="do we have any open wayne enterprises deal over 100k?",
         note="No: the only Wayne Enterprises deal, Wayne Enterprises Consulting, is 60,000 (Lead).",
         contains=[f"SELECT amount FROM deals d WHERE {OPEN} AND company_id = " + company("Wayne Enterprises")],
         truth=[f"SELECT name, amount, stage FROM deals d WHERE {OPEN} AND company_id = "
                + company("Wayne Enterprises")]),
    dict(user=R, family="yes_no", text="Has there been any activity on Tyrell Systems in November?",
         note="No: the last Tyrell Systems activity was on 2026-10-31 ('Sent meeting link').",
         contains=[f"SELECT max(a.occurred_at)::DATE FROM activities a WHERE {LIVE_A} AND a.company_id = "
                   + company("Tyrell Systems")],
         truth=[f"SELECT max(a.occurred_at)::DATE, count(*) FILTER (WHERE a.occurred_at >= TIMESTAMP '2026-11-01') "
                f"FROM activities a WHERE {LIVE_A} AND a.company_id = " + company("Tyrell Systems")]),
    dict(user=P, family="yes_no", text="did monarch get a touch this week?",
         note="Yes: a 'Sent meeting link' message to Monarch Solutions today (2026-11-18, Priya). Wrong: last "
              "week's 'Quarterly review' (Nov 15).",
         contains=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.company_id = "
                   + company("Monarch Solutions") + " AND a.occurred_at >= TIMESTAMP '2026-11-16'"],
         excludes=[f"SELECT a.subject FROM activities a WHERE {LIVE_A} AND a.company_id = "
                   + company("Monarch Solutions") + " AND " + act_between("2026-11-09", "2026-11-16")],
         truth=[f"SELECT a.occurred_at::DATE, a.type, a.subject FROM activities a WHERE {LIVE_A} AND a.company_id = "
                + company("Monarch Solutions") + " AND a.occurred_at >= TIMESTAMP '2026-11-16'"]),
    dict(user=S, family="yes_no", text="is the bluth analytics suite deal bigger than 50k?",
         note="No: Bluth Company Analytics Suite is 10,000. Wrong: the won Bluth Company Consulting Services deal, "
              "65,000.",
         contains=["SELECT amount FROM deals WHERE id = " + deal("Bluth Company Analytics Suite")],
         excludes=["SELECT amount FROM deals WHERE id = " + deal("Bluth Company Consulting Services")],
         truth=["SELECT name, amount, stage FROM deals WHERE id = " + deal("Bluth Company Analytics Suite")]),

    # ---------------------------------------------------------------- declines
    # fields the CRM does not store
    dict(user=R, family="decline", text="What's Globex's annual revenue?",
         note="No revenue / turnover field on companies (or anywhere). Wrong: quoting the Globex deal amount, "
              "120,000.",
         absent=[cols("revenue", "turnover", "annual", "income")],
         excludes=["SELECT amount FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Globex")]),
    dict(user=P, family="decline", text="when does the woodgrove contract come up for renewal",
         note="No contract / renewal / term dates are stored, and Woodgrove Bank has no renewal deal. Wrong: the "
              "deal's close date (2026-11-28) or the date of an old 'Renewal call' (2026-10-08).",
         absent=[cols("renew", "contract", "expir", "term", "end_date"),
                 "SELECT id FROM deals WHERE company_id = " + company("Woodgrove Bank") + " AND name ILIKE '%renew%'"],
         excludes=["SELECT close_date FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Woodgrove Bank"),
                   f"SELECT a.occurred_at::DATE FROM activities a WHERE {LIVE_A} AND a.subject = 'Renewal call' "
                   "AND a.company_id = " + company("Woodgrove Bank")]),
    dict(user=J, family="decline", text="margin on the Blue Yonder Airlines Analytics Suite deal?",
         note="No cost / margin / profit field. Wrong: the deal amount, 170,000.",
         absent=[cols("margin", "cost", "profit")],
         excludes=["SELECT amount FROM deals WHERE id = " + deal("Blue Yonder Airlines Analytics Suite")]),
    dict(user=A, family="decline", text="who's the competitor in play at cyberdyne? need the name",
         note="A 'Competitor in play' note exists (Nov 11) but its body is empty and no field names competitors.",
         absent=[cols("competitor", "rival"),
                 f"SELECT a.id FROM activities a WHERE {LIVE_A} AND a.body IS NOT NULL AND a.company_id = "
                 + company("Cyberdyne")]),
    dict(user=S, family="decline", text="whats hooli's nps",
         note="No NPS / satisfaction / survey field in the CRM tables.",
         absent=[cols("nps", "satisf", "survey", "csat")]),
    dict(user=R, family="decline", text="How many employees does Fabrikam have?",
         note="No employee count / headcount / company size field.",
         absent=[cols("employee", "headcount", "size", "staff")]),
    dict(user=J, family="decline", text="lead source for the proseware platform deal?",
         note="No lead source / campaign / channel field on deals or contacts.",
         absent=[cols("source", "campaign", "channel", "origin", "referr")]),
    # records that do not exist
    dict(user=P, family="decline", text="status of the initech platform deal?",
         note="Initech has one deal, Initech Analytics Suite; there is no Initech Platform deal. Wrong: reporting the "
              "Analytics Suite deal (36,000) as if it were it.",
         absent=["SELECT id FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Initech")
                 + " AND (product = 'Platform' OR name ILIKE '%platform%')"],
         excludes=["SELECT amount FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Initech")]),
    dict(user=A, family="decline", text="phone number for Natalie Brandt at Soylent Foods?",
         note="No contact (or user) named Natalie or Brandt exists.",
         absent=["SELECT id FROM contacts WHERE first_name ILIKE 'natalie' OR last_name ILIKE 'brandt'",
                 "SELECT id FROM users WHERE name ILIKE '%natalie%' OR name ILIKE '%brandt%'"]),
    dict(user=J, family="decline", text="how's the Kessler Dynamics deal going",
         note="No company, deal or contact called Kessler.",
         absent=["SELECT id FROM companies WHERE name ILIKE '%kessler%'",
                 "SELECT id FROM deals WHERE name ILIKE '%kessler%'",
                 "SELECT id FROM contacts WHERE last_name ILIKE '%kessler%' OR first_name ILIKE '%kessler%'"]),
    dict(user=S, family="decline", text="when's my hooli platform deal closing",
         note="Hooli has only the Hooli Security Add-on deal; there is no Hooli Platform deal. Wrong: the Security "
              "Add-on's close date, 2026-12-18.",
         absent=["SELECT id FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Hooli")
                 + " AND (product = 'Platform' OR name ILIKE '%platform%')"],
         excludes=["SELECT close_date FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Hooli")]),
    dict(user=R, family="decline", text="How many deals does Casey Nguyen own?",
         note="There is no user Casey Nguyen (the users are Alex Morgan, Priya Patel, Sam Rivera, Riley Chen, "
              "Jordan Blake), nor any contact of that name.",
         absent=["SELECT id FROM users WHERE name ILIKE '%casey%' OR name ILIKE '%nguyen%'",
                 "SELECT id FROM contacts WHERE first_name ILIKE 'casey'"]),
    dict(user=P, family="decline", text="what stage is the wingtip toys deal at",
         note="Wingtip Toys (a company in the CRM) has no deals. Wrong: answering with the similarly named Tailspin "
              "Toys deals (120,000 / 126,000).",
         absent=["SELECT id FROM deals WHERE deleted_at IS NULL AND (company_id = " + company("Wingtip Toys")
                 + " OR name ILIKE '%wingtip%')"],
         excludes=["SELECT amount FROM deals WHERE deleted_at IS NULL AND company_id = " + company("Tailspin Toys")]),
    # predictions, opinions, advice
    dict(user=J, family="decline", text="will we close 2M+ next quarter?",
         note="A prediction: the CRM holds no forecast or win probability, only pipeline (which may be quoted as "
              "context, but the answer to 'will we' is unknown).",
         absent=[cols("forecast", "probab", "likel", "predict", "quota", "target")]),
    dict(user=A, family="decline", text="out of my opps, which one's the safest bet to close?",
         note="Needs a win-probability judgement the CRM does not store (no probability / score / likelihood field).",
         absent=[cols("probab", "likel", "score", "confidence", "forecast")]),
    dict(user=P, family="decline", text="should i drop the price on fabrikam to beat the competitor?",
         note="Pricing advice: no price list, discount or competitor data to base it on.",
         absent=[cols("price", "discount", "competitor", "list_")]),
    dict(user=R, family="decline", text="Is Sam a better closer than Priya?",
         note="An opinion about people; the CRM has no rating or performance field (win/loss counts alone do not "
              "answer 'better').",
         absent=[cols("rating", "performance", "quota", "review", "score")]),
    dict(user=S, family="decline", text="which deals r gonna slip next month",
         note="A prediction about future slippage; no risk / probability / forecast field.",
         absent=[cols("risk", "slip", "probab", "forecast", "health")]),
]


# Labels ---------------------------------------------------------------------------------------------------------------
def fmt(value) -> str | None:
    """One SQL cell as a label string (see the module docstring)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, decimal.Decimal)):
        return f"{round(float(value)):,}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def cells(store, sqls) -> list[str]:
    """Every non-null cell of every query, formatted, first occurrence order, no repeats."""
    if isinstance(sqls, str):
        sqls = [sqls]
    out: list[str] = []
    for sql in sqls:
        for row in store.execute(sql).fetchall():
            for value in row:
                cell = fmt(value)
                if cell is not None and cell not in out:
                    out.append(cell)
    return out


def item_id(n: int) -> str:
    return f"{PREFIX}-{n:03d}"


def specs() -> dict[str, dict]:
    """id -> the item's SQL (contains / excludes / truth / absent)."""
    return {item_id(n): {k: it[k] for k in ("contains", "excludes", "truth", "absent") if k in it}
            for n, it in enumerate(ITEMS, start=1)}


def build(store) -> list[dict]:
    rows = []
    for n, it in enumerate(ITEMS, start=1):
        decline = it["family"] == "decline"
        rows.append({
            "id": item_id(n),
            "user": it["user"],
            "text": it["text"],
            "family": it["family"],
            "answer_contains": [] if decline else cells(store, it.get("contains", [])),
            "answer_excludes": cells(store, it.get("excludes", [])),
            "decline": decline,
            "note": it["note"],
        })
    return rows


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Stratified split: one random.Random(SEED) shuffles each family (families in sorted order, items in id order
    before the shuffle); the first half goes to dev; odd-sized families give their extra item alternately to dev and
    to test (dev first)."""
    rng = random.Random(SEED)
    dev: list[dict] = []
    test: list[dict] = []
    extra_to_dev = True
    for fam in sorted({r["family"] for r in rows}):
        group = sorted((r for r in rows if r["family"] == fam), key=lambda r: r["id"])
        rng.shuffle(group)
        k = len(group) // 2
        if len(group) % 2:
            if extra_to_dev:
                k += 1
            extra_to_dev = not extra_to_dev
        dev.extend(group[:k])
        test.extend(group[k:])
    return sorted(dev, key=lambda r: r["id"]), sorted(test, key=lambda r: r["id"])


def world():
    store = Store(":memory:")
    generate(store, TODAY)
    return store


def main(argv: list[str]) -> int:
    verbose, show_truth = "-v" in argv, "-t" in argv
    store = world()
    rows = build(store)
    dev, test = split(rows)
    for path, part in ((DEV, dev), (TEST, test)):
        with path.open("w", encoding="utf-8") as fh:
            for r in part:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if verbose:
        where = {r["id"]: "dev" for r in dev} | {r["id"]: "test" for r in test}
        for r, it in zip(rows, ITEMS):
            print(f"{r['id']} [{where[r['id']]}] {r['family']:<15} {r['user'].split('@')[0]:<6} {r['text']}")
            if r["decline"]:
                print(f"    DECLINE  excludes={r['answer_excludes']}")
            else:
                print(f"    contains={r['answer_contains']}  excludes={r['answer_excludes']}")
            if show_truth and "truth" in it:
                print(f"    truth={cells(store, it['truth'])}")
    print(f"wrote {DEV.name} ({len(dev)}) and {TEST.name} ({len(test)})")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
