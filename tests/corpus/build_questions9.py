"""Ninth question-answering set (q9): 120 chat questions about the demo CRM, labelled from SQL.

Every label is derived by running SQL against the demo world built for 2026-11-18 (a Wednesday):

    s = Store(":memory:"); generate(s, dt.date(2026, 11, 18))

An item holds the question (user, family, text), a note template, and the SQL behind its labels:
  contains  SQL (one row, one column) whose formatted values a right answer must contain
  excludes  SQL or literal strings a right answer must not contain (the plausible wrong answer)
  truth     optional SQL whose rows, formatted and joined, are the full right answer: every `contains`
            label must be in it and no `excludes` label may be
  absent    for declines: SQL that must find nothing (0), showing the field or record is not in the CRM
  two_part  the message asks two things, both must be answered

Run `python tests/corpus/build_questions9.py` to write questions9_dev.jsonl and questions9_test.jsonl;
`-v` prints each item's labels.  validate_questions9.py re-runs the SQL and checks the files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import decimal
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("AUTOCRM_ROOT") or HERE.parents[1])
TODAY = dt.date(2026, 11, 18)
SEED = 20271203
PREFIX = "q9"
DEV = HERE / "questions9_dev.jsonl"
TEST = HERE / "questions9_test.jsonl"

ALEX, PRIYA, SAM = "alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local"
RILEY, JORDAN = "riley@autocrm.local", "jordan@autocrm.local"


def uid(email: str) -> str:
    return f"(SELECT id FROM users WHERE email = '{email}')"


def q(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def co(name: str) -> str:
    """The id of a live company, by exact name."""
    return f"(SELECT id FROM companies WHERE name = {q(name)} AND deleted_at IS NULL)"


def deal(name: str) -> str:
    """The id of a live deal, by exact name."""
    return f"(SELECT id FROM deals WHERE name = {q(name)} AND deleted_at IS NULL)"


MARGIES = "Margie's Travel"


LIVE = "deleted_at IS NULL"
OPEN = "stage NOT IN ('Closed Won', 'Closed Lost') AND deleted_at IS NULL"
DOPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost') AND d.deleted_at IS NULL"
WON = "stage = 'Closed Won' AND deleted_at IS NULL"
LOST = "stage = 'Closed Lost' AND deleted_at IS NULL"
OTASK = "status = 'open' AND deleted_at IS NULL"
DTASK = "status = 'done' AND deleted_at IS NULL"
A_ALEX, A_PRIYA, A_SAM = uid(ALEX), uid(PRIYA), uid(SAM)


def cols_like(*patterns: str, tables: tuple[str, ...] = ("users", "companies", "contacts", "deals", "activities",
                                                            "tasks")) -> str:
    """How many columns of the CRM tables match any of the patterns: 0 means the CRM does not store it."""
    names = ", ".join(f"'{t}'" for t in tables)
    likes = " OR ".join(f"column_name ILIKE '%{p}%'" for p in patterns)
    return f"SELECT count(*) FROM information_schema.columns WHERE table_name IN ({names}) AND ({likes})"


ITEMS: list[dict] = [
    # ---------------------------------------------------------------- pipeline for a period / stage / owner
    dict(user=ALEX, family="pipeline", text="whats my open pipleine rn",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX}"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND owner_id = {A_ALEX}",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN}"],
         note="Alex's open deals (not Closed Won/Lost) add up to {c[0]}; {x[0]} would wrongly include his closed "
              "deals and {x[1]} is the whole team's open pipeline."),
    dict(user=RILEY, family="pipeline", text="Total open pipeline for Priya Patel, please.",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_PRIYA}"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND owner_id = {A_PRIYA}",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN}"],
         note="Priya's open deals total {c[0]}; {x[0]} counts her won and lost deals too, {x[1]} is everyone's."),
    dict(user=JORDAN, family="pipeline", text="How much is sitting in Negotiation right now?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Negotiation'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN}"],
         note="Deals in the Negotiation stage total {c[0]}; {x[0]} is the whole open pipeline."),
    dict(user=SAM, family="pipeline", text="open opps closing in december across the team - total value?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN '2026-12-01' AND '2026-12-31'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN '2026-10-01' AND '2026-12-31'"],
         truth=[f"SELECT sum(amount), count(*) FROM deals WHERE {OPEN} "
                "AND close_date BETWEEN '2026-12-01' AND '2026-12-31'"],
         note="The team's open deals with a close date in December 2026 total {c[0]} (12 deals); {x[0]} is all of "
              "Q4, which adds November's."),
    dict(user=PRIYA, family="pipeline", text="team pipeline closing q1 next yr pls",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN '2027-01-01' AND '2027-03-31'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN '2026-10-01' AND '2026-12-31'"],
         note="'q1 next yr' is Jan-Mar 2027: the team's open deals closing then total {c[0]}; {x[0]} is this quarter "
              "(Q4 2026)."),
    dict(user=SAM, family="pipeline", two_part=True,
         text="How many open deals have I got, and what are they worth in total?",
         contains=[f"SELECT count(*) FROM deals WHERE {OPEN} AND owner_id = {A_SAM}",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_SAM}"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND owner_id = {A_SAM}",
                   f"SELECT count(*) FROM deals WHERE {LIVE} AND owner_id = {A_SAM}"],
         note="Sam has {c[0]} open deals worth {c[1]}; counting his closed deals too gives {x[1]} deals / {x[0]}."),
    dict(user=ALEX, family="pipeline", text="open pipeline for software license, whole team?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND product = 'Software License'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND product = 'Software License'"],
         note="Open Software License deals total {c[0]}; {x[0]} includes the won and lost ones."),
    dict(user=JORDAN, family="pipeline", text="Qualified-stage pipeline for Alex Morgan?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Qualified' AND owner_id = {A_ALEX}"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Qualified'",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX}"],
         note="Alex's Qualified deals total {c[0]}; {x[0]} is Qualified for the whole team, {x[1]} all of Alex's open "
              "pipeline."),
    dict(user=ALEX, family="pipeline", text="how much of my pipeline is already past its close date?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} AND close_date < DATE '2026-11-18'",
                   f"SELECT string_agg(name, ', ') FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} "
                   "AND close_date < DATE '2026-11-18'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date < DATE '2026-11-18'"],
         truth=[f"SELECT name, amount, close_date FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} "
                "AND close_date < DATE '2026-11-18'"],
         note="One open deal of Alex's has a close date before today: {t}; {x[0]} is the overdue open pipeline of "
              "the whole team."),
    dict(user=PRIYA, family="pipeline", text="total of my Lead stage deals?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Lead' AND owner_id = {A_PRIYA}"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Lead'"],
         note="Priya's deals in Lead total {c[0]}; {x[0]} is the team's Lead stage."),

    # ---------------------------------------------------------------- one deal's fields
    dict(user=SAM, family="deal_fields", two_part=True, text="stage + close date on Globex Platform Expansion?",
         contains=[f"SELECT stage FROM deals WHERE id = {deal('Globex Platform Expansion')}",
                   f"SELECT close_date FROM deals WHERE id = {deal('Globex Platform Expansion')}"],
         excludes=[f"SELECT close_date FROM deals WHERE id = {deal('Acme Corp Expansion')}"],
         note="Globex Platform Expansion is in {c[0]}, closing {c[1]}; {x[0]} is the close date of the other "
              "'Expansion' deal (Acme Corp Expansion)."),
    dict(user=JORDAN, family="deal_fields", text="Who owns the Woodgrove Bank deal?",
         contains=[f"SELECT split_part(u.name, ' ', 1) FROM deals d JOIN users u ON u.id = d.owner_id "
                   f"WHERE d.company_id = {co('Woodgrove Bank')} AND d.deleted_at IS NULL"],
         excludes=[f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.id = {co('Woodgrove Bank')}"],
         truth=[f"SELECT d.name, u.name FROM deals d JOIN users u ON u.id = d.owner_id "
                f"WHERE d.company_id = {co('Woodgrove Bank')} AND d.deleted_at IS NULL"],
         note="Woodgrove Bank has one deal ({t}); its owner is {c[0]}. {x[0]} owns the company record, not the deal."),
    dict(user=ALEX, family="deal_fields", text="close date on acme corp renewl?",
         contains=[f"SELECT close_date FROM deals WHERE id = {deal('Acme Corp Renewal')}"],
         excludes=[f"SELECT close_date FROM deals WHERE id = {deal('Acme Corp Expansion')}"],
         note="Acme Corp Renewal closes {c[0]}; {x[0]} is Acme Corp Expansion's date."),
    dict(user=PRIYA, family="deal_fields", text="how big is the Tailspin Toys Analytics Suite deal",
         contains=[f"SELECT amount FROM deals WHERE id = {deal('Tailspin Toys Analytics Suite')}"],
         excludes=[f"SELECT amount FROM deals WHERE id = {deal('Tailspin Toys Support Plan')}",
                   f"SELECT sum(amount) FROM deals WHERE {LIVE} AND company_id = {co('Tailspin Toys')}"],
         note="Tailspin Toys Analytics Suite is {c[0]}; {x[0]} is the other Tailspin deal (Support Plan) and {x[1]} "
              "both together."),
    dict(user=RILEY, family="deal_fields", two_part=True,
         text="For the Nakatomi deal that's in Negotiation - what product is it, and how much is it for?",
         contains=[f"SELECT product FROM deals WHERE {LIVE} AND company_id = {co('Nakatomi Trading')} "
                   "AND stage = 'Negotiation'",
                   f"SELECT amount FROM deals WHERE {LIVE} AND company_id = {co('Nakatomi Trading')} "
                   "AND stage = 'Negotiation'"],
         excludes=[f"SELECT amount FROM deals WHERE id = {deal('Nakatomi Trading Support Plan')}",
                   f"SELECT amount FROM deals WHERE id = {deal('Nakatomi Trading Software License')}",
                   f"SELECT amount FROM deals WHERE id = {deal('Nakatomi Trading Security Add-on')}"],
         note="Nakatomi Trading's only Negotiation deal is for {c[0]} at {c[1]}; the excludes are the amounts of "
              "its three other deals."),
    dict(user=SAM, family="deal_fields", text="who's the contact on the Acme Logistics Fleet Platform deal?",
         contains=[f"SELECT c.first_name || ' ' || c.last_name FROM deals d JOIN contacts c ON c.id = d.contact_id "
                   f"WHERE d.id = {deal('Acme Logistics Fleet Platform')} AND c.deleted_at IS NULL"],
         excludes=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} "
                   f"AND company_id = {co('Acme Logistics')} AND title = 'COO'"],
         note="The deal's contact is {c[0]}; {x[0]} is the COO of Acme Logistics, not the deal's contact."),
    dict(user=JORDAN, family="deal_fields", text="Margie's Travel Support Plan - what stage did that one end up in?",
         contains=[f"SELECT stage FROM deals WHERE id = {deal(MARGIES + ' Support Plan')}"],
         excludes=[f"SELECT stage FROM deals WHERE id = {deal(MARGIES + ' Security Add-on')}"],
         note="Margie's Travel Support Plan is {c[0]}; {x[0]} is the stage of Margie's Travel Security Add-on."),
    dict(user=PRIYA, family="deal_fields", two_part=True,
         text="when does Fabrikam Software License close and what stage is it at",
         contains=[f"SELECT close_date FROM deals WHERE id = {deal('Fabrikam Software License')}",
                   f"SELECT stage FROM deals WHERE id = {deal('Fabrikam Software License')}"],
         excludes=[f"SELECT close_date FROM deals WHERE id = {deal('Fabrikam Support Plan')}",
                   f"SELECT close_date FROM deals WHERE id = {deal('Fabrikam Security Add-on')}"],
         note="Fabrikam Software License closes {c[0]} and is in {c[1]}; the excludes are the close dates of the "
              "two other Fabrikam deals."),
    dict(user=RILEY, family="deal_fields", text="What's the amount on Blue Yonder Airlines Support Plan?",
         contains=[f"SELECT amount FROM deals WHERE id = {deal('Blue Yonder Airlines Support Plan')}"],
         excludes=[f"SELECT amount FROM deals WHERE id = {deal('Blue Yonder Airlines Analytics Suite')}",
                   f"SELECT amount FROM deals WHERE id = {deal('Blue Yonder Airlines Security Add-on')}"],
         note="Blue Yonder Airlines Support Plan is {c[0]}; the excludes are the other two Blue Yonder deals."),

    # ---------------------------------------------------------------- an account's recent history
    dict(user=JORDAN, family="account_history", two_part=True,
         text="What's the most recent activity on Cyberdyne, and when was it?",
         contains=[f"SELECT arg_max(subject, occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Cyberdyne')}",
                   f"SELECT max(occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Cyberdyne')}"],
         excludes=["Onsite workshop"],
         truth=[f"SELECT type, subject, occurred_at FROM activities WHERE {LIVE} AND company_id = {co('Cyberdyne')} "
                "ORDER BY occurred_at DESC LIMIT 1"],
         note="The latest Cyberdyne activity is {t}; the one before it was an 'Onsite workshop' meeting, which is "
              "not the most recent."),
    dict(user=ALEX, family="account_history", text="what happened with Globex last week?",
         contains=[f"SELECT string_agg(subject, ', ' ORDER BY occurred_at) FILTER (WHERE type = 'call') FROM activities "
                   f"WHERE {LIVE} AND company_id = {co('Globex')} AND occurred_at >= '2026-11-09' "
                   "AND occurred_at < '2026-11-16'",
                   f"SELECT string_agg(subject, ', ' ORDER BY occurred_at) FILTER (WHERE type = 'meeting') FROM activities "
                   f"WHERE {LIVE} AND company_id = {co('Globex')} AND occurred_at >= '2026-11-09' "
                   "AND occurred_at < '2026-11-16'"],
         excludes=["Check-in call"],
         truth=[f"SELECT type, subject, occurred_at FROM activities WHERE {LIVE} AND company_id = {co('Globex')} "
                "AND occurred_at >= '2026-11-09' AND occurred_at < '2026-11-16' ORDER BY occurred_at"],
         note="Last week is Mon 2026-11-09..Sun 2026-11-15; Globex had {t}. The Globex check-in calls fall on "
              "2026-11-04 and 2026-11-16, outside the week."),
    dict(user=SAM, family="account_history", text="how many activities logged on Fabrikam since Nov 1, by anyone?",
         contains=[f"SELECT count(*) FROM activities WHERE {LIVE} AND company_id = {co('Fabrikam')} "
                   "AND occurred_at >= '2026-11-01'"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE} AND company_id = {co('Fabrikam')}",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND company_id = {co('Fabrikam')} "
                   "AND occurred_at >= '2026-10-19'"],
         truth=[f"SELECT count(*) FROM activities WHERE {LIVE} AND company_id = {co('Fabrikam')} "
                "AND occurred_at >= '2026-11-01'",
                f"SELECT type, subject, occurred_at FROM activities WHERE {LIVE} AND company_id = {co('Fabrikam')} "
                "AND occurred_at >= '2026-11-01' ORDER BY occurred_at"],
         note="Fabrikam has {c[0]} activities since 2026-11-01; {x[0]} is all time and {x[1]} the last 30 days."),
    dict(user=RILEY, family="account_history", text="When was Pied Piper last contacted?",
         contains=[f"SELECT max(occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Pied Piper')}"],
         excludes=[f"SELECT max(occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Pied Piper')} "
                   "AND occurred_at < '2026-10-01'"],
         note="The last Pied Piper activities are on {c[0]} (four logged that day); {x[0]} is the touch before those."),
    dict(user=JORDAN, family="account_history", text="List this month's activities on Margie's Travel.",
         contains=[f"SELECT string_agg(DISTINCT subject, ', ') FILTER (WHERE type = 'note') FROM activities "
                   f"WHERE {LIVE} AND company_id = {co(MARGIES)} AND occurred_at >= '2026-11-01' "
                   "AND subject = 'Needs security review'",
                   f"SELECT string_agg(DISTINCT subject, ', ') FROM activities WHERE {LIVE} "
                   f"AND company_id = {co(MARGIES)} AND occurred_at >= '2026-11-01' AND type = 'meeting'",
                   f"SELECT string_agg(DISTINCT subject, ', ') FROM activities WHERE {LIVE} "
                   f"AND company_id = {co(MARGIES)} AND occurred_at >= '2026-11-01' "
                   "AND subject = 'Budget approved'"],
         excludes=[f"SELECT string_agg(DISTINCT subject, ', ') FROM activities WHERE {LIVE} "
                   f"AND company_id = {co(MARGIES)} AND occurred_at >= '2026-10-25' "
                   "AND occurred_at < '2026-11-01' AND type = 'call' AND subject = 'Pricing discussion'",
                   f"SELECT string_agg(DISTINCT subject, ', ') FROM activities WHERE {LIVE} "
                   f"AND company_id = {co(MARGIES)} AND occurred_at >= '2026-10-25' "
                   "AND occurred_at < '2026-11-01' AND type = 'call' AND subject = 'Discovery call'"],
         truth=[f"SELECT type, subject, occurred_at FROM activities WHERE {LIVE} "
                f"AND company_id = {co(MARGIES)} AND occurred_at >= '2026-11-01' ORDER BY occurred_at"],
         note="November 2026 activities on Margie's Travel: {t}. The October calls ('{x[0]}', '{x[1]}') are "
              "last month."),
    dict(user=ALEX, family="account_history", text="recap everything on proseware since nov 1 pls",
         contains=["SELECT 'Sent proposal' WHERE EXISTS (SELECT 1 FROM activities WHERE deleted_at IS NULL "
                   f"AND company_id = {co('Proseware')} AND occurred_at >= '2026-11-01' AND subject = 'Sent proposal')",
                   "SELECT 'Discovery call' WHERE EXISTS (SELECT 1 FROM activities WHERE deleted_at IS NULL "
                   f"AND company_id = {co('Proseware')} AND occurred_at >= '2026-11-01' AND subject = 'Discovery call')",
                   "SELECT 'Kick-off meeting' WHERE EXISTS (SELECT 1 FROM activities WHERE deleted_at IS NULL "
                   f"AND company_id = {co('Proseware')} AND occurred_at >= '2026-11-01' "
                   "AND subject = 'Kick-off meeting')"],
         excludes=[f"SELECT arg_max(subject, occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Proseware')} "
                   "AND occurred_at < '2026-11-01'"],
         truth=[f"SELECT type, subject, occurred_at FROM activities WHERE {LIVE} AND company_id = {co('Proseware')} "
                "AND occurred_at >= '2026-11-01' ORDER BY occurred_at"],
         note="Proseware activity since 2026-11-01: {t}. The '{x[0]}' on 2026-10-30 is before the window."),
    dict(user=PRIYA, family="account_history", two_part=True,
         text="When did we last meet with Tailspin Toys, and what was the meeting?",
         contains=[f"SELECT max(occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Tailspin Toys')} "
                   "AND type = 'meeting'",
                   f"SELECT arg_max(subject, occurred_at) FROM activities WHERE {LIVE} "
                   f"AND company_id = {co('Tailspin Toys')} AND type = 'meeting'"],
         excludes=[f"SELECT arg_max(subject, occurred_at) FROM activities WHERE {LIVE} "
                   f"AND company_id = {co('Tailspin Toys')} AND type = 'call'"],
         note="The last Tailspin Toys meeting was the {c[1]} on {c[0]}; the later '{x[0]}' (2026-11-16) was a call, "
              "not a meeting."),
    dict(user=SAM, family="account_history", text="any notes on hooli this month?",
         contains=[f"SELECT string_agg(subject, ', ' ORDER BY occurred_at) FILTER (WHERE subject = 'Budget approved') "
                   f"FROM activities WHERE {LIVE} AND company_id = {co('Hooli')} AND type = 'note' "
                   "AND occurred_at >= '2026-11-01'",
                   f"SELECT string_agg(subject, ', ' ORDER BY occurred_at) FILTER (WHERE subject = 'Competitor in play') "
                   f"FROM activities WHERE {LIVE} AND company_id = {co('Hooli')} AND type = 'note' "
                   "AND occurred_at >= '2026-11-01'"],
         excludes=[f"SELECT string_agg(subject, ', ') FROM activities WHERE {LIVE} AND company_id = {co('Hooli')} "
                   "AND type = 'message' AND occurred_at >= '2026-11-01'"],
         truth=[f"SELECT subject, occurred_at FROM activities WHERE {LIVE} AND company_id = {co('Hooli')} "
                "AND type = 'note' AND occurred_at >= '2026-11-01' ORDER BY occurred_at"],
         note="Hooli notes in November: {t}; '{x[0]}' is a message, not a note."),
    dict(user=RILEY, family="account_history", two_part=True,
         text="How many activities has Alpine Ski House had overall, and when was the latest one?",
         contains=[f"SELECT count(*) FROM activities WHERE {LIVE} AND company_id = {co('Alpine Ski House')}",
                   f"SELECT max(occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Alpine Ski House')}"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE}",
                   f"SELECT max(occurred_at) FROM activities WHERE {LIVE}"],
         note="Alpine Ski House has {c[0]} activities, the latest on {c[1]}; {x[0]} and {x[1]} are the count and "
              "latest date across all accounts."),

    # ---------------------------------------------------------------- contacts and how to reach them
    dict(user=SAM, family="contacts", text="email for dana lee?",
         contains=[f"SELECT email FROM contacts WHERE {LIVE} AND first_name = 'Dana' AND last_name = 'Lee'"],
         excludes=[f"SELECT email FROM contacts WHERE {LIVE} AND first_name = 'Dana' AND last_name = 'Smith'"],
         note="Dana Lee (Globex) is {c[0]}; {x[0]} is the other Dana."),
    dict(user=JORDAN, family="contacts", text="Chris Park's phone number?",
         contains=[f"SELECT phone FROM contacts WHERE {LIVE} AND first_name = 'Chris' AND last_name = 'Park'"],
         excludes=[f"SELECT phone FROM contacts WHERE {LIVE} AND first_name = 'Chris' AND last_name = 'Walker'"],
         note="Chris Park's phone is {c[0]}; {x[0]} belongs to Chris Walker."),
    dict(user=RILEY, family="contacts", text="Who's the CFO at Wayne Enterprises?",
         contains=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} "
                   f"AND company_id = {co('Wayne Enterprises')} AND title = 'CFO'"],
         excludes=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} "
                   f"AND company_id = {co('Wayne Enterprises')} AND title = 'Finance Manager'"],
         note="Wayne Enterprises' CFO is {c[0]}; {x[0]} is its Finance Manager."),
    dict(user=PRIYA, family="contacts", two_part=True,
         text="How many contacts do we have at Acme Logistics, and who's the COO there?",
         contains=[f"SELECT count(*) FROM contacts WHERE {LIVE} AND company_id = {co('Acme Logistics')}",
                   f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} "
                   f"AND company_id = {co('Acme Logistics')} AND title = 'COO'"],
         excludes=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} "
                   f"AND company_id = {co('Acme Corp')} AND title = 'VP Operations'"],
         note="Acme Logistics has {c[0]} contacts and its COO is {c[1]}; {x[0]} is at Acme Corp, the other Acme."),
    dict(user=RILEY, family="contacts", text="Email address for the CTO at Initech?",
         contains=[f"SELECT email FROM contacts WHERE {LIVE} AND company_id = {co('Initech')} AND title = 'CTO'"],
         excludes=[f"SELECT email FROM contacts WHERE {LIVE} AND company_id = {co('Initech')} AND title = 'CFO'"],
         note="Initech's CTO is Marcus Webb, {c[0]}; {x[0]} is the CFO's address."),
    dict(user=ALEX, family="contacts", two_part=True, text="how do i reach Richard Hendricks - phone and email?",
         contains=[f"SELECT phone FROM contacts WHERE {LIVE} AND first_name = 'Richard' AND last_name = 'Hendricks'",
                   f"SELECT email FROM contacts WHERE {LIVE} AND first_name = 'Richard' AND last_name = 'Hendricks'"],
         excludes=[f"SELECT email FROM contacts WHERE {LIVE} AND first_name = 'Andre' AND last_name = 'Moreno'"],
         note="Richard Hendricks (CEO, Pied Piper): {c[0]}, {c[1]}; {x[0]} is another Pied Piper contact."),
    dict(user=SAM, family="contacts", text="which lucerne publishing contacts are finance managers",
         contains=[f"SELECT string_agg(first_name || ' ' || last_name, ', ') FILTER (WHERE first_name = 'Wendy') "
                   f"FROM contacts WHERE {LIVE} AND company_id = {co('Lucerne Publishing')} AND title = 'Finance Manager'",
                   f"SELECT string_agg(first_name || ' ' || last_name, ', ') FILTER (WHERE first_name = 'Ada') "
                   f"FROM contacts WHERE {LIVE} AND company_id = {co('Lucerne Publishing')} AND title = 'Finance Manager'"],
         excludes=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} "
                   f"AND company_id = {co('Lucerne Publishing')} AND title = 'CEO'"],
         truth=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} "
                f"AND company_id = {co('Lucerne Publishing')} AND title = 'Finance Manager' ORDER BY id"],
         note="Lucerne Publishing's Finance Managers are {t}; {x[0]} is its CEO."),
    dict(user=RILEY, family="contacts", text="Which Hooli contacts are customers?",
         contains=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} AND company_id = {co('Hooli')} "
                   "AND lifecycle_stage = 'customer' AND first_name = 'Olivia'",
                   f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} AND company_id = {co('Hooli')} "
                   "AND lifecycle_stage = 'customer' AND first_name = 'Quinn'"],
         excludes=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} AND company_id = {co('Hooli')} "
                   "AND lifecycle_stage = 'prospect'",
                   f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} AND company_id = {co('Hooli')} "
                   "AND lifecycle_stage = 'lead' AND first_name = 'Adrian'"],
         truth=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} AND company_id = {co('Hooli')} "
                "AND lifecycle_stage = 'customer' ORDER BY id"],
         note="Hooli contacts with lifecycle stage customer: {t}; {x[0]} is a prospect and {x[1]} a lead."),
    dict(user=PRIYA, family="contacts", two_part=True,
         text="who's the finance manager at Margie's Travel and what's their number?",
         contains=[f"SELECT first_name || ' ' || last_name FROM contacts WHERE {LIVE} "
                   f"AND company_id = {co(MARGIES)} AND title = 'Finance Manager'",
                   f"SELECT phone FROM contacts WHERE {LIVE} "
                   f"AND company_id = {co(MARGIES)} AND title = 'Finance Manager'"],
         excludes=[f"SELECT phone FROM contacts WHERE {LIVE} AND company_id = {co(MARGIES)} AND title = 'CEO'"],
         note="{c[0]}, {c[1]}; {x[0]} is the phone of Margie's Travel's CEO."),

    # ---------------------------------------------------------------- tasks
    dict(user=ALEX, family="tasks", text="how many overdue tasks do i have",
         contains=[f"SELECT count(*) FROM tasks WHERE {OTASK} AND owner_id = {A_ALEX} AND due_date < DATE '2026-11-18'"],
         excludes=[f"SELECT count(*) FROM tasks WHERE {OTASK} AND owner_id = {A_ALEX}",
                   f"SELECT count(*) FROM tasks WHERE {OTASK} AND due_date < DATE '2026-11-18'"],
         note="Alex has {c[0]} open tasks due before today; {x[0]} is all his open tasks, {x[1]} the team's overdue."),
    dict(user=PRIYA, family="tasks", text="what's due for me the rest of this week?",
         contains=[f"SELECT min(title) FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA} "
                   "AND due_date BETWEEN '2026-11-18' AND '2026-11-22' AND title LIKE '%Gringotts%'",
                   f"SELECT min(title) FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA} "
                   "AND due_date BETWEEN '2026-11-18' AND '2026-11-22' AND title LIKE '%Monarch%'",
                   f"SELECT min(title) FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA} "
                   "AND due_date BETWEEN '2026-11-18' AND '2026-11-22' AND title LIKE '%Alpine%'"],
         excludes=[f"SELECT title FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA} AND due_date = '2026-11-16'",
                   f"SELECT min(title) FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA} "
                   "AND due_date BETWEEN '2026-11-23' AND '2026-11-29' AND title LIKE '%Trey%'"],
         truth=[f"SELECT title, due_date FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA} "
                "AND due_date BETWEEN '2026-11-18' AND '2026-11-22' ORDER BY due_date, id"],
         note="Priya's open tasks due today..Sun 2026-11-22: {t}. '{x[0]}' was due Monday (already overdue) and "
              "'{x[1]}' is next week."),
    dict(user=SAM, family="tasks", text="how many tasks have I completed?",
         contains=[f"SELECT count(*) FROM tasks WHERE {DTASK} AND owner_id = {A_SAM}"],
         excludes=[f"SELECT count(*) FROM tasks WHERE {OTASK} AND owner_id = {A_SAM}",
                   f"SELECT count(*) FROM tasks WHERE {DTASK}"],
         note="Sam has {c[0]} done tasks; {x[0]} is his open tasks and {x[1]} everyone's done tasks."),
    dict(user=RILEY, family="tasks", two_part=True, text="Which rep has the most overdue tasks, and how many?",
         contains=[f"SELECT split_part(arg_max(u.name, n), ' ', 1) FROM (SELECT owner_id, count(*) n FROM tasks "
                   f"WHERE {OTASK} AND due_date < DATE '2026-11-18' GROUP BY 1) t JOIN users u ON u.id = t.owner_id",
                   f"SELECT max(n) FROM (SELECT owner_id, count(*) n FROM tasks WHERE {OTASK} "
                   "AND due_date < DATE '2026-11-18' GROUP BY 1)"],
         excludes=[f"SELECT count(*) FROM tasks WHERE {OTASK} AND due_date < DATE '2026-11-18'"],
         note="{c[0]} has the most overdue open tasks: {c[1]}; {x[0]} is the team total."),
    dict(user=JORDAN, family="tasks", text="Open tasks on the Nakatomi Trading Consulting Services deal?",
         contains=[f"SELECT min(due_date) FROM tasks WHERE {OTASK} AND deal_id = {deal('Nakatomi Trading Consulting Services')}",
                   f"SELECT max(due_date) FROM tasks WHERE {OTASK} AND deal_id = {deal('Nakatomi Trading Consulting Services')}"],
         excludes=[f"SELECT max(due_date) FROM tasks WHERE {DTASK} AND deal_id = {deal('Nakatomi Trading Consulting Services')}"],
         truth=[f"SELECT title, due_date FROM tasks WHERE {OTASK} AND deal_id = {deal('Nakatomi Trading Consulting Services')} "
                "ORDER BY due_date"],
         note="Open tasks on the deal: {t}; the check-in due {x[0]} is already done."),
    dict(user=ALEX, family="tasks", text="anything on my plate due tomorrow?",
         contains=[f"SELECT min(title) FROM tasks WHERE {OTASK} AND owner_id = {A_ALEX} AND due_date = '2026-11-19' "
                   "AND title LIKE '%Dunder Mifflin Platform%'",
                   f"SELECT min(title) FROM tasks WHERE {OTASK} AND owner_id = {A_ALEX} AND due_date = '2026-11-19' "
                   "AND title LIKE '%Nakatomi%'"],
         excludes=[f"SELECT title FROM tasks WHERE {OTASK} AND due_date = '2026-11-20'"],
         truth=[f"SELECT title FROM tasks WHERE {OTASK} AND owner_id = {A_ALEX} AND due_date = '2026-11-19' ORDER BY id"],
         note="Tomorrow is 2026-11-19; Alex's open tasks due then: {t}. '{x[0]}' is Priya's, due 2026-11-20."),
    dict(user=SAM, family="tasks", two_part=True, text="how many open tasks do I have and how many are overdue?",
         contains=[f"SELECT count(*) FROM tasks WHERE {OTASK} AND owner_id = {A_SAM}",
                   f"SELECT count(*) FROM tasks WHERE {OTASK} AND owner_id = {A_SAM} AND due_date < DATE '2026-11-18'"],
         excludes=[f"SELECT count(*) FROM tasks WHERE {LIVE} AND owner_id = {A_SAM}"],
         note="Sam has {c[0]} open tasks, {c[1]} of them overdue; {x[0]} counts his done tasks too."),
    dict(user=JORDAN, family="tasks", two_part=True,
         text="How many tasks were completed in October, and who completed the most?",
         contains=[f"SELECT count(*) FROM tasks WHERE {DTASK} AND completed_at >= '2026-10-01' AND completed_at < '2026-11-01'",
                   f"SELECT split_part(arg_max(u.name, n), ' ', 1) FROM (SELECT owner_id, count(*) n FROM tasks "
                   f"WHERE {DTASK} AND completed_at >= '2026-10-01' AND completed_at < '2026-11-01' GROUP BY 1) t "
                   "JOIN users u ON u.id = t.owner_id"],
         excludes=[f"SELECT count(*) FROM tasks WHERE {DTASK}"],
         truth=[f"SELECT count(*) FROM tasks WHERE {DTASK} AND completed_at >= '2026-10-01' AND completed_at < '2026-11-01'",
                f"SELECT u.name, count(*) FROM tasks t JOIN users u ON u.id = t.owner_id WHERE t.status = 'done' "
                "AND t.deleted_at IS NULL AND t.completed_at >= '2026-10-01' AND t.completed_at < '2026-11-01' "
                "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"],
         note="{c[0]} tasks were completed in October 2026 and {c[1]} completed the most of them (9); {x[0]} is all "
              "done tasks ever."),
    dict(user=PRIYA, family="tasks", text="when is my send contract task for Monarch Solutions due?",
         contains=[f"SELECT due_date FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA} "
                   "AND title = 'Send contract (Monarch Solutions Software License)'"],
         excludes=[f"SELECT due_date FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA} "
                   "AND title = 'Prepare proposal (Monarch Solutions Software License)'",
                   f"SELECT due_date FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA} "
                   "AND title = 'Check in (Monarch Solutions Software License)' AND due_date > '2026-11-18'"],
         note="'Send contract (Monarch Solutions Software License)' is due {c[0]}; the excludes are other Monarch "
              "tasks' due dates."),
    dict(user=RILEY, family="tasks", text="How many open tasks are due next wk?",
         contains=[f"SELECT count(*) FROM tasks WHERE {OTASK} AND due_date BETWEEN '2026-11-23' AND '2026-11-29'"],
         excludes=[f"SELECT count(*) FROM tasks WHERE {OTASK} AND due_date BETWEEN '2026-11-16' AND '2026-11-22'"],
         note="Next week is Mon 2026-11-23..Sun 2026-11-29: {c[0]} open tasks are due; {x[0]} is this week's count."),

    # ---------------------------------------------------------------- won / lost over periods
    dict(user=JORDAN, family="won_lost", text="What did we win last quarter?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-07-01' AND '2026-09-30'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-01-01' AND '2026-11-18'",
                   f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-10-01' AND '2026-12-31'"],
         truth=[f"SELECT name, amount FROM deals WHERE {WON} AND close_date BETWEEN '2026-07-01' AND '2026-09-30' "
                "ORDER BY close_date",
                f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-07-01' AND '2026-09-30'"],
         note="Last quarter is Q3 2026 (Jul-Sep): won deals {t}; {x[0]} is year to date and {x[1]} this quarter."),
    dict(user=RILEY, family="won_lost", text="How much did we lose last month?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {LOST} AND close_date BETWEEN '2026-10-01' AND '2026-10-31'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LOST}"],
         note="Closed Lost with a close date in October 2026 totals {c[0]}; {x[0]} is all lost deals this year."),
    dict(user=PRIYA, family="won_lost", text="my closed-won total YTD?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {WON} AND owner_id = {A_PRIYA} "
                   "AND close_date BETWEEN '2026-01-01' AND '2026-11-18'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-01-01' AND '2026-11-18'"],
         note="Priya's Closed Won deals in 2026 total {c[0]}; {x[0]} is the team's."),
    dict(user=SAM, family="won_lost", two_part=True, text="how many deals have I lost this year, and what's the total?",
         contains=[f"SELECT count(*) FROM deals WHERE {LOST} AND owner_id = {A_SAM} AND close_date >= '2026-01-01'",
                   f"SELECT sum(amount) FROM deals WHERE {LOST} AND owner_id = {A_SAM} AND close_date >= '2026-01-01'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {WON} AND owner_id = {A_SAM} AND close_date >= '2026-01-01'",
                   f"SELECT sum(amount) FROM deals WHERE {LOST} AND close_date >= '2026-01-01'"],
         note="Sam lost {c[0]} deals worth {c[1]} in 2026; {x[0]} is what he won, {x[1]} the team's losses."),
    dict(user=ALEX, family="won_lost", text="which of my deals closed lost, and when?",
         contains=[f"SELECT name FROM deals WHERE {LOST} AND owner_id = {A_ALEX} AND name = 'Southridge Video Platform'",
                   f"SELECT name FROM deals WHERE {LOST} AND owner_id = {A_ALEX} AND name = 'Oscorp Software License'",
                   f"SELECT name FROM deals WHERE {LOST} AND owner_id = {A_ALEX} "
                   "AND name = 'Monarch Solutions Security Add-on'"],
         excludes=[f"SELECT string_agg(name, ', ') FROM deals WHERE {LOST} AND owner_id = {A_SAM} AND amount > 150000"],
         truth=[f"SELECT name, close_date FROM deals WHERE {LOST} AND owner_id = {A_ALEX} ORDER BY close_date"],
         note="Alex's Closed Lost deals: {t}; {x[0]} is Sam's loss."),
    dict(user=ALEX, family="won_lost", text="what did we win in Q2?",
         contains=[f"SELECT string_agg(name, ', ') FROM deals WHERE {WON} AND close_date BETWEEN '2026-04-01' AND '2026-06-30'",
                   f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-04-01' AND '2026-06-30'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-07-01' AND '2026-09-30'"],
         note="Q2 2026 (Apr-Jun) had one win: {c[0]} for {c[1]}; {x[0]} is Q3's won total."),
    dict(user=SAM, family="won_lost", two_part=True, text="when did we last win a deal, and which one was it?",
         contains=[f"SELECT max(close_date) FROM deals WHERE {WON}",
                   f"SELECT arg_max(name, close_date) FROM deals WHERE {WON}"],
         excludes=[f"SELECT arg_max(name, close_date) FROM deals WHERE {LOST}"],
         note="The latest Closed Won deal is {c[1]}, closed {c[0]}; {x[0]} closed later but was lost."),
    dict(user=JORDAN, family="won_lost", two_part=True,
         text="How many deals did Alex close-win this year, and for how much?",
         contains=[f"SELECT count(*) FROM deals WHERE {WON} AND owner_id = {A_ALEX} AND close_date >= '2026-01-01'",
                   f"SELECT sum(amount) FROM deals WHERE {WON} AND owner_id = {A_ALEX} AND close_date >= '2026-01-01'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LOST} AND owner_id = {A_ALEX} AND close_date >= '2026-01-01'"],
         truth=[f"SELECT count(*), string_agg(name, ', '), sum(amount) FROM deals WHERE {WON} AND owner_id = {A_ALEX} "
                "AND close_date >= '2026-01-01'"],
         note="Alex won {t}; {x[0]} is what he lost."),
    dict(user=PRIYA, family="won_lost", text="what did we lose in q3?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {LOST} AND close_date BETWEEN '2026-07-01' AND '2026-09-30'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LOST} AND close_date BETWEEN '2026-10-01' AND '2026-12-31'",
                   f"SELECT sum(amount) FROM deals WHERE {LOST}"],
         truth=[f"SELECT name, amount FROM deals WHERE {LOST} AND close_date BETWEEN '2026-07-01' AND '2026-09-30' "
                "ORDER BY close_date",
                f"SELECT sum(amount) FROM deals WHERE {LOST} AND close_date BETWEEN '2026-07-01' AND '2026-09-30'"],
         note="Q3 2026 losses: {t}; {x[0]} is Q4's and {x[1]} all losses."),

    # ---------------------------------------------------------------- rankings
    dict(user=JORDAN, family="rankings", text="top 3 open deals by amount",
         contains=[f"SELECT name FROM deals WHERE {OPEN} ORDER BY amount DESC LIMIT 1 OFFSET 0",
                   f"SELECT name FROM deals WHERE {OPEN} ORDER BY amount DESC LIMIT 1 OFFSET 1",
                   f"SELECT name FROM deals WHERE {OPEN} ORDER BY amount DESC LIMIT 1 OFFSET 2"],
         excludes=[f"SELECT name FROM deals WHERE {OPEN} ORDER BY amount DESC LIMIT 1 OFFSET 3"],
         truth=[f"SELECT name, amount FROM deals WHERE {OPEN} ORDER BY amount DESC LIMIT 3"],
         note="Top three open deals: {t}; {x[0]} is fourth."),
    dict(user=RILEY, family="rankings", text="Which account has the biggest open pipeline?",
         contains=[f"SELECT c.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE {DOPEN} "
                   "AND c.deleted_at IS NULL GROUP BY 1 ORDER BY sum(d.amount) DESC LIMIT 1",
                   f"SELECT sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id WHERE {DOPEN} "
                   "AND c.deleted_at IS NULL GROUP BY c.name ORDER BY 1 DESC LIMIT 1"],
         excludes=[f"SELECT c.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE {DOPEN} "
                   "ORDER BY d.amount DESC LIMIT 1"],
         note="{c[0]} has the most open pipeline ({c[1]}, four deals); {x[0]} has the single biggest deal but less "
              "in total."),
    dict(user=ALEX, family="rankings", text="my 3 smallest open deals?",
         contains=[f"SELECT name FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} ORDER BY amount, id LIMIT 1 OFFSET 0",
                   f"SELECT name FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} ORDER BY amount, id LIMIT 1 OFFSET 1",
                   f"SELECT name FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} ORDER BY amount, id LIMIT 1 OFFSET 2"],
         excludes=[f"SELECT name FROM deals WHERE {LIVE} AND owner_id = {A_ALEX} ORDER BY amount LIMIT 1"],
         truth=[f"SELECT name, amount FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} ORDER BY amount, id LIMIT 3"],
         note="Alex's smallest open deals: {t} (the first two tie); {x[0]} is smaller but Closed Lost."),
    dict(user=PRIYA, family="rankings", text="company-wide, which product has the most open pipeline $?",
         contains=[f"SELECT product FROM deals WHERE {OPEN} GROUP BY 1 ORDER BY sum(amount) DESC LIMIT 1",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} GROUP BY product ORDER BY 1 DESC LIMIT 1"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND product = 'Consulting Services'"],
         note="{c[0]} leads open pipeline with {c[1]}; {x[0]} would include its closed deals."),
    dict(user=SAM, family="rankings", text="who's logged the most activites this month?",
         contains=[f"SELECT split_part(u.name, ' ', 1) FROM activities a JOIN users u ON u.id = a.author_id "
                   "WHERE a.deleted_at IS NULL AND a.occurred_at >= '2026-11-01' GROUP BY u.name ORDER BY count(*) DESC "
                   "LIMIT 1",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND occurred_at >= '2026-11-01' GROUP BY author_id "
                   "ORDER BY 1 DESC LIMIT 1"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE} GROUP BY author_id ORDER BY 1 DESC LIMIT 1"],
         note="In November 2026 {c[0]} logged the most activities ({c[1]}); {x[0]} is the all-time leader's count."),
    dict(user=JORDAN, family="rankings", text="Which rep has the most open pipeline?",
         contains=[f"SELECT split_part(u.name, ' ', 1) FROM deals d JOIN users u ON u.id = d.owner_id WHERE {DOPEN} "
                   "GROUP BY u.name ORDER BY sum(d.amount) DESC LIMIT 1",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} GROUP BY owner_id ORDER BY 1 DESC LIMIT 1"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND owner_id = {A_PRIYA}"],
         note="{c[0]} has the most open pipeline, {c[1]}; {x[0]} adds her closed deals."),
    dict(user=RILEY, family="rankings", text="top industry by open pipeline",
         contains=[f"SELECT c.industry FROM deals d JOIN companies c ON c.id = d.company_id WHERE {DOPEN} "
                   "AND c.deleted_at IS NULL GROUP BY 1 ORDER BY sum(d.amount) DESC LIMIT 1",
                   f"SELECT sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id WHERE {DOPEN} "
                   "AND c.deleted_at IS NULL GROUP BY c.industry ORDER BY 1 DESC LIMIT 1"],
         excludes=[f"SELECT c.industry FROM deals d JOIN companies c ON c.id = d.company_id WHERE {DOPEN} "
                   "ORDER BY d.amount DESC LIMIT 1"],
         note="{c[0]} (Acme Corp + Fabrikam) has {c[1]} open; {x[0]} is the industry of the single biggest deal."),
    dict(user=PRIYA, family="rankings", text="biggest deal we've ever won?",
         contains=[f"SELECT name FROM deals WHERE {WON} ORDER BY amount DESC LIMIT 1",
                   f"SELECT max(amount) FROM deals WHERE {WON}"],
         excludes=[f"SELECT max(amount) FROM deals WHERE stage LIKE 'Closed%' AND {LIVE}",
                   f"SELECT name FROM deals WHERE stage LIKE 'Closed%' AND {LIVE} ORDER BY amount DESC LIMIT 1"],
         note="The largest Closed Won deal is {c[0]} at {c[1]}; {x[1]} ({x[0]}) is bigger but was lost."),
    dict(user=SAM, family="rankings", text="which account has the most contacts?",
         contains=[f"SELECT c.name FROM contacts p JOIN companies c ON c.id = p.company_id WHERE p.deleted_at IS NULL "
                   "AND c.deleted_at IS NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
                   f"SELECT count(*) FROM contacts WHERE {LIVE} GROUP BY company_id ORDER BY 1 DESC LIMIT 1"],
         excludes=[f"SELECT name FROM companies WHERE {LIVE} AND name LIKE 'Acme%' AND name <> 'Acme Logistics'"],
         note="{c[0]} has the most contacts ({c[1]}); {x[0]} is the other Acme, with far fewer."),
    dict(user=RILEY, family="rankings", text="Which rep lost the most value this year?",
         contains=[f"SELECT split_part(u.name, ' ', 1) FROM deals d JOIN users u ON u.id = d.owner_id "
                   "WHERE d.stage = 'Closed Lost' AND d.deleted_at IS NULL AND d.close_date >= '2026-01-01' "
                   "GROUP BY u.name ORDER BY sum(d.amount) DESC LIMIT 1",
                   f"SELECT sum(amount) FROM deals WHERE {LOST} AND close_date >= '2026-01-01' GROUP BY owner_id "
                   "ORDER BY 1 DESC LIMIT 1"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LOST} AND owner_id = {A_SAM}"],
         note="{c[0]} lost the most, {c[1]} in Closed Lost deals; {x[0]} is Sam's."),

    # ---------------------------------------------------------------- comparisons
    dict(user=JORDAN, family="comparisons", text="alex vs sam open pipeline?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX}",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_SAM}"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_PRIYA}",
                   f"SELECT sum(amount) FROM deals WHERE {LIVE} AND owner_id = {A_SAM}"],
         note="Alex {c[0]} vs Sam {c[1]} open; {x[0]} is Priya's and {x[1]} Sam's including closed deals."),
    dict(user=RILEY, family="comparisons", text="Did we log more activities in October or September?",
         contains=[f"SELECT count(*) FROM activities WHERE {LIVE} AND occurred_at >= '2026-10-01' "
                   "AND occurred_at < '2026-11-01'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND occurred_at >= '2026-09-01' "
                   "AND occurred_at < '2026-10-01'"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE} AND occurred_at >= '2026-11-01'"],
         note="October 2026 had {c[0]} activities vs September's {c[1]}, so October; {x[0]} is November so far."),
    dict(user=ALEX, family="comparisons", text="how does my open pipeline compare to Priya's?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX}",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_PRIYA}"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_SAM}",
                   f"SELECT sum(amount) FROM deals WHERE {LIVE} AND owner_id = {A_PRIYA}"],
         note="Alex {c[0]} vs Priya {c[1]}, Priya ahead; {x[0]} is Sam's and {x[1]} Priya's including closed deals."),
    dict(user=PRIYA, family="comparisons", text="proposal vs negotiation for the whole team - which has more $ in it?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Proposal'",
                   f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Negotiation'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Qualified'"],
         note="Proposal {c[0]} vs Negotiation {c[1]}: Proposal has more; {x[0]} is Qualified."),
    dict(user=SAM, family="comparisons", text="consulting services vs platform, open pipeline overall?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND product = 'Consulting Services'",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND product = 'Platform'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND product = 'Consulting Services'",
                   f"SELECT sum(amount) FROM deals WHERE {LIVE} AND product = 'Platform'"],
         note="Open Consulting Services {c[0]} vs Platform {c[1]}; the excludes include closed deals."),
    dict(user=JORDAN, family="comparisons", text="Won vs lost this year, in dollars?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date >= '2026-01-01'",
                   f"SELECT sum(amount) FROM deals WHERE {LOST} AND close_date >= '2026-01-01'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN}"],
         note="2026: won {c[0]} vs lost {c[1]}; {x[0]} is the open pipeline, neither."),
    dict(user=RILEY, family="comparisons", text="Compare activity volume last week vs the week before.",
         contains=[f"SELECT count(*) FROM activities WHERE {LIVE} AND occurred_at >= '2026-11-09' "
                   "AND occurred_at < '2026-11-16'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND occurred_at >= '2026-11-02' "
                   "AND occurred_at < '2026-11-09'"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE} AND occurred_at >= '2026-11-01'"],
         note="Last week (2026-11-09..15) {c[0]} activities vs the week before (2026-11-02..08) {c[1]}; {x[0]} is "
              "the month so far."),
    dict(user=ALEX, family="comparisons", text="did i log more calls or emails this month?",
         contains=[f"SELECT count(*) FROM activities WHERE {LIVE} AND author_id = {A_ALEX} AND type = 'email' "
                   "AND occurred_at >= '2026-11-01'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND author_id = {A_ALEX} AND type = 'call' "
                   "AND occurred_at >= '2026-11-01'"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'email' AND occurred_at >= '2026-11-01'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'call' AND occurred_at >= '2026-11-01'"],
         note="Alex logged {c[0]} emails vs {c[1]} calls in November: more emails; the excludes are the team's counts."),
    dict(user=PRIYA, family="comparisons", text="team won revenue q3 vs q4?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-07-01' AND '2026-09-30'",
                   f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-10-01' AND '2026-12-31'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date BETWEEN '2026-04-01' AND '2026-06-30'"],
         note="Q3 2026 won {c[0]} vs Q4 so far {c[1]}; {x[0]} is Q2."),

    # ---------------------------------------------------------------- grouped totals
    dict(user=JORDAN, family="grouped_totals", text="open pipeline by stage pls",
         contains=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Lead'",
                   f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Qualified'",
                   f"SELECT sum(amount) FROM deals WHERE {LIVE} AND stage = 'Negotiation'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {WON}", f"SELECT sum(amount) FROM deals WHERE {LOST}"],
         truth=[f"SELECT stage, sum(amount) FROM deals WHERE {OPEN} GROUP BY 1 ORDER BY 1"],
         note="Open stages: {t}; Closed Won ({x[0]}) and Closed Lost ({x[1]}) are not open pipeline."),
    dict(user=RILEY, family="grouped_totals", text="Break down open pipeline by owner.",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX}",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_PRIYA}",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_SAM}"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND owner_id = {A_ALEX}",
                   f"SELECT sum(amount) FROM deals WHERE {LIVE} AND owner_id = {A_PRIYA}"],
         truth=[f"SELECT u.name, sum(d.amount) FROM deals d JOIN users u ON u.id = d.owner_id WHERE {DOPEN} "
                "GROUP BY 1 ORDER BY 1"],
         note="Open pipeline by owner: {t}; the excludes are totals that include closed deals."),
    dict(user=ALEX, family="grouped_totals", text="my activities this month by type?",
         contains=[f"SELECT count(*) FROM activities WHERE {LIVE} AND author_id = {A_ALEX} AND type = 'email' "
                   "AND occurred_at >= '2026-11-01'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND author_id = {A_ALEX} AND type = 'meeting' "
                   "AND occurred_at >= '2026-11-01'"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'email' AND occurred_at >= '2026-11-01'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'meeting' AND occurred_at >= '2026-11-01'"],
         truth=[f"SELECT type, count(*) FROM activities WHERE {LIVE} AND author_id = {A_ALEX} "
                "AND occurred_at >= '2026-11-01' GROUP BY 1 ORDER BY 2 DESC, 1"],
         note="Alex's November activities by type: {t}; the excludes are the team's email and meeting counts."),
    dict(user=PRIYA, family="grouped_totals", text="our won revenue by product this year?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date >= '2026-01-01' AND product = 'Security Add-on'",
                   f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date >= '2026-01-01' "
                   "AND product = 'Consulting Services'",
                   f"SELECT sum(amount) FROM deals WHERE {WON} AND close_date >= '2026-01-01' AND product = 'Software License'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND product = 'Security Add-on'"],
         truth=[f"SELECT product, sum(amount) FROM deals WHERE {WON} AND close_date >= '2026-01-01' GROUP BY 1 "
                "ORDER BY 2 DESC"],
         note="Closed Won in 2026 by product: {t}; {x[0]} is every Security Add-on deal, open and lost included."),
    dict(user=SAM, family="grouped_totals", text="how many contacts have we got in each lifecycle stage?",
         contains=[f"SELECT count(*) FROM contacts WHERE {LIVE} AND lifecycle_stage = 'customer'",
                   f"SELECT count(*) FROM contacts WHERE {LIVE} AND lifecycle_stage = 'prospect'",
                   f"SELECT count(*) FROM contacts WHERE {LIVE} AND lifecycle_stage = 'opportunity'"],
         excludes=[f"SELECT count(*) FROM contacts WHERE {LIVE} AND owner_id = {A_SAM}"],
         truth=[f"SELECT lifecycle_stage, count(*) FROM contacts WHERE {LIVE} GROUP BY 1 ORDER BY 1"],
         note="Contacts by lifecycle stage: {t}; {x[0]} is the number of contacts Sam owns (the question is about "
              "all contacts)."),
    dict(user=JORDAN, family="grouped_totals", text="Activity count by type for last week?",
         contains=[f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'meeting' AND occurred_at >= '2026-11-09' "
                   "AND occurred_at < '2026-11-16'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'email' AND occurred_at >= '2026-11-09' "
                   "AND occurred_at < '2026-11-16'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'call' AND occurred_at >= '2026-11-09' "
                   "AND occurred_at < '2026-11-16'"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'email' AND occurred_at >= '2026-11-01'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'call' AND occurred_at >= '2026-11-01'"],
         truth=[f"SELECT type, count(*) FROM activities WHERE {LIVE} AND occurred_at >= '2026-11-09' "
                "AND occurred_at < '2026-11-16' GROUP BY 1 ORDER BY 2 DESC, 1"],
         note="Last week (2026-11-09..15) by type: {t}; the excludes are month-to-date email and call counts."),
    dict(user=RILEY, family="grouped_totals", text="Open pipeline by close month for Q1 2027?",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN '2027-01-01' AND '2027-01-31'",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN '2027-02-01' AND '2027-02-28'",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN '2027-03-01' AND '2027-03-31'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN '2026-12-01' AND '2026-12-31'"],
         truth=[f"SELECT strftime(close_date, '%Y-%m'), sum(amount) FROM deals WHERE {OPEN} "
                "AND close_date BETWEEN '2027-01-01' AND '2027-03-31' GROUP BY 1 ORDER BY 1",
                f"SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN '2027-01-01' AND '2027-03-31'"],
         note="Q1 2027 open pipeline by month: {t}; {x[0]} is December 2026."),
    dict(user=ALEX, family="grouped_totals", text="break down my open pipeline by product",
         contains=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} AND product = 'Software License'",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} AND product = 'Consulting Services'",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} AND product = 'Support Plan'"],
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND product = 'Software License'",
                   f"SELECT sum(amount) FROM deals WHERE {OPEN} AND product = 'Consulting Services'"],
         truth=[f"SELECT product, sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_ALEX} GROUP BY 1 "
                "ORDER BY 2 DESC"],
         note="Alex's open pipeline by product: {t}; the excludes are team-wide product totals."),
    dict(user=PRIYA, family="grouped_totals", text="open task count per rep?",
         contains=[f"SELECT count(*) FROM tasks WHERE {OTASK} AND owner_id = {A_ALEX}",
                   f"SELECT count(*) FROM tasks WHERE {OTASK} AND owner_id = {A_PRIYA}",
                   f"SELECT count(*) FROM tasks WHERE {OTASK} AND owner_id = {A_SAM}"],
         excludes=[f"SELECT count(*) FROM tasks WHERE {LIVE} AND owner_id = {A_ALEX}",
                   f"SELECT count(*) FROM tasks WHERE {LIVE} AND owner_id = {A_PRIYA}"],
         truth=[f"SELECT u.name, count(*) FROM tasks t JOIN users u ON u.id = t.owner_id WHERE t.status = 'open' "
                "AND t.deleted_at IS NULL GROUP BY 1 ORDER BY 1"],
         note="Open tasks per rep: {t}; the excludes count done tasks too."),

    # ---------------------------------------------------------------- counts with conditions
    dict(user=JORDAN, family="counts", text="How many companies have no deals at all?",
         contains=[f"SELECT count(*) FROM companies c WHERE c.deleted_at IS NULL AND NOT EXISTS "
                   "(SELECT 1 FROM deals d WHERE d.company_id = c.id AND d.deleted_at IS NULL)"],
         excludes=[f"SELECT count(DISTINCT company_id) FROM deals WHERE {LIVE}"],
         truth=[f"SELECT count(*) FROM companies c WHERE c.deleted_at IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM deals d WHERE d.company_id = c.id AND d.deleted_at IS NULL)",
                f"SELECT name FROM companies c WHERE c.deleted_at IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM deals d WHERE d.company_id = c.id AND d.deleted_at IS NULL) ORDER BY name"],
         note="Count, then the companies without a deal: {t}; {x[0]} is the number of companies that do have deals."),
    dict(user=ALEX, family="counts", text="how many open deals, all reps, are past their close date?",
         contains=[f"SELECT count(*) FROM deals WHERE {OPEN} AND close_date < DATE '2026-11-18'"],
         excludes=[f"SELECT count(*) FROM deals WHERE {OPEN}"],
         truth=[f"SELECT count(*) FROM deals WHERE {OPEN} AND close_date < DATE '2026-11-18'",
                f"SELECT name, close_date FROM deals WHERE {OPEN} AND close_date < DATE '2026-11-18' ORDER BY close_date"],
         note="Count, then the open deals whose close date is before 2026-11-18: {t}; {x[0]} is every open deal."),
    dict(user=ALEX, family="counts", text="how many contacts do I own?",
         contains=[f"SELECT count(*) FROM contacts WHERE {LIVE} AND owner_id = {A_ALEX}"],
         excludes=[f"SELECT count(*) FROM contacts WHERE {LIVE}"],
         note="Alex owns {c[0]} contacts; {x[0]} is all contacts."),
    dict(user=PRIYA, family="counts", text="# of my open opps over 100k?",
         contains=[f"SELECT count(*) FROM deals WHERE {OPEN} AND owner_id = {A_PRIYA} AND amount > 100000"],
         excludes=[f"SELECT count(*) FROM deals WHERE {OPEN} AND owner_id = {A_PRIYA}",
                   f"SELECT count(*) FROM deals WHERE {OPEN} AND amount > 100000"],
         note="Priya has {c[0]} open deals above 100,000 (none is exactly 100,000); {x[0]} is all her open deals, "
              "{x[1]} the team's over 100k."),
    dict(user=SAM, family="counts", text="how many emails did I log last week?",
         contains=[f"SELECT count(*) FROM activities WHERE {LIVE} AND author_id = {A_SAM} AND type = 'email' "
                   "AND occurred_at >= '2026-11-09' AND occurred_at < '2026-11-16'"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'email' "
                   "AND occurred_at >= '2026-11-09' AND occurred_at < '2026-11-16'"],
         note="Sam logged {c[0]} emails in 2026-11-09..15; {x[0]} is the team's."),
    dict(user=JORDAN, family="counts", text="How many contacts have CTO as their title?",
         contains=[f"SELECT count(*) FROM contacts WHERE {LIVE} AND title = 'CTO'"],
         excludes=[f"SELECT count(*) FROM contacts WHERE {LIVE}"],
         note="{c[0]} contacts are CTOs; {x[0]} is all contacts."),
    dict(user=RILEY, family="counts", text="How many Lead-stage deals have a close date in 2027?",
         contains=[f"SELECT count(*) FROM deals WHERE {LIVE} AND stage = 'Lead' AND close_date >= '2027-01-01'"],
         excludes=[f"SELECT count(*) FROM deals WHERE {LIVE} AND stage = 'Lead'"],
         note="{c[0]} Lead deals close in 2027; {x[0]} is all Lead deals."),
    dict(user=ALEX, family="counts", text="how many meetings did i have in ocotber",
         contains=[f"SELECT count(*) FROM activities WHERE {LIVE} AND author_id = {A_ALEX} AND type = 'meeting' "
                   "AND occurred_at >= '2026-10-01' AND occurred_at < '2026-11-01'"],
         excludes=[f"SELECT count(*) FROM activities WHERE {LIVE} AND author_id = {A_ALEX} "
                   "AND occurred_at >= '2026-10-01' AND occurred_at < '2026-11-01'",
                   f"SELECT count(*) FROM activities WHERE {LIVE} AND type = 'meeting' "
                   "AND occurred_at >= '2026-10-01' AND occurred_at < '2026-11-01'"],
         note="Alex logged {c[0]} meetings in October 2026; {x[0]} is all his October activities, {x[1]} the "
              "team's October meetings."),
    dict(user=ALEX, family="counts", text="how many open deals over $150k do we have?",
         contains=[f"SELECT count(*) FROM deals WHERE {OPEN} AND amount > 150000"],
         excludes=[f"SELECT count(*) FROM deals WHERE {LIVE} AND amount > 150000"],
         note="{c[0]} open deals exceed 150,000; {x[0]} counts the closed ones too."),

    # ---------------------------------------------------------------- yes / no checks
    dict(user=ALEX, family="yes_no", text="is acme corp renewal still open?",
         contains=[f"SELECT stage FROM deals WHERE id = {deal('Acme Corp Renewal')}"],
         excludes=["Closed Won", "Closed Lost"],
         note="Yes: Acme Corp Renewal is open, in {c[0]}."),
    dict(user=PRIYA, family="yes_no", text="did we win the gringotts deal?",
         contains=[f"SELECT lower(split_part(stage, ' ', 2)) FROM deals WHERE {LIVE} "
                   f"AND company_id = {co('Gringotts Finance')}"],
         excludes=["Closed Won"],
         truth=[f"SELECT name, stage, close_date FROM deals WHERE {LIVE} AND company_id = {co('Gringotts Finance')}"],
         note="No: {t}."),
    dict(user=SAM, family="yes_no", two_part=True,
         text="Has anyone logged anything on Umbrella Health since Nov 1? When was the last touch?",
         contains=[f"SELECT max(occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Umbrella Health')}"],
         excludes=[f"SELECT max(occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Umbrella Health')} "
                   f"AND occurred_at < (SELECT max(occurred_at) FROM activities WHERE {LIVE} "
                   f"AND company_id = {co('Umbrella Health')})"],
         truth=[f"SELECT count(*) FROM activities WHERE {LIVE} AND company_id = {co('Umbrella Health')} "
                "AND occurred_at >= '2026-11-01'",
                f"SELECT max(occurred_at) FROM activities WHERE {LIVE} AND company_id = {co('Umbrella Health')}"],
         note="No: nothing has been logged on Umbrella Health since 2026-11-01; the last touch was {c[0]}. {x[0]} is "
              "the touch before it."),
    dict(user=RILEY, family="yes_no", text="Is Sterling Cooper Consulting Services past its close date?",
         contains=[f"SELECT close_date FROM deals WHERE id = {deal('Sterling Cooper Consulting Services')}"],
         excludes=[f"SELECT close_date FROM deals WHERE id = {deal('Sterling Cooper Analytics Suite')}"],
         truth=[f"SELECT stage, close_date FROM deals WHERE id = {deal('Sterling Cooper Consulting Services')}"],
         note="Yes: close date {c[0]} has passed and the deal is still open ({t}); {x[0]} is the other Sterling "
              "Cooper deal's date."),
    dict(user=JORDAN, family="yes_no", text="Is Olivia Chen a customer?",
         contains=[f"SELECT lifecycle_stage FROM contacts WHERE {LIVE} AND first_name = 'Olivia' AND last_name = 'Chen'"],
         excludes=[f"SELECT lifecycle_stage FROM contacts WHERE {LIVE} AND first_name = 'Jenna' AND last_name = 'Meyer'"],
         note="Yes: Olivia Chen's lifecycle stage is {c[0]}; '{x[0]}' would be wrong."),
    dict(user=PRIYA, family="yes_no", text="any activity on Fabrikam Software License this week?",
         contains=[f"SELECT string_agg(subject, ', ') FROM activities WHERE {LIVE} "
                   f"AND deal_id = {deal('Fabrikam Software License')} AND occurred_at >= '2026-11-16'"],
         excludes=[f"SELECT string_agg(subject, ', ') FROM activities WHERE {LIVE} "
                   f"AND deal_id = {deal('Fabrikam Support Plan')} AND occurred_at >= '2026-11-09' "
                   "AND occurred_at < '2026-11-16' AND type = 'email'"],
         truth=[f"SELECT type, subject, occurred_at FROM activities WHERE {LIVE} "
                f"AND deal_id = {deal('Fabrikam Software License')} AND occurred_at >= '2026-11-16'"],
         note="Yes: this week (from Mon 2026-11-16) the deal has {t}; '{x[0]}' was on the Fabrikam Support Plan "
              "deal last week."),
    dict(user=SAM, family="yes_no", text="is the bluth company analytics suite deal still in qualified?",
         contains=[f"SELECT stage FROM deals WHERE id = {deal('Bluth Company Analytics Suite')}"],
         excludes=[f"SELECT stage FROM deals WHERE id = {deal('Bluth Company Consulting Services')}"],
         note="Yes: Bluth Company Analytics Suite is in {c[0]}; {x[0]} is the other Bluth deal's stage."),
    dict(user=RILEY, family="yes_no", text="Is Alex's Proseware Analytics Suite deal overdue?",
         contains=[f"SELECT close_date FROM deals WHERE id = {deal('Proseware Analytics Suite')}"],
         excludes=[f"SELECT close_date FROM deals WHERE id = {deal('Proseware Consulting Services')}",
                   f"SELECT close_date FROM deals WHERE id = {deal('Proseware Platform')}"],
         truth=[f"SELECT stage, close_date FROM deals WHERE id = {deal('Proseware Analytics Suite')}"],
         note="Yes: it was due to close {c[0]} and is still open ({t}); the excludes are the other Proseware deals' "
              "dates."),
    dict(user=JORDAN, family="yes_no", two_part=True,
         text="Any open Healthcare deals over 50k? And what's the biggest open one in Healthcare?",
         contains=[f"SELECT arg_max(d.name, d.amount) FROM deals d JOIN companies c ON c.id = d.company_id "
                   f"WHERE {DOPEN} AND c.industry = 'Healthcare'",
                   f"SELECT max(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id "
                   f"WHERE {DOPEN} AND c.industry = 'Healthcare'"],
         excludes=[f"SELECT max(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id "
                   "WHERE d.deleted_at IS NULL AND c.industry = 'Healthcare'"],
         truth=[f"SELECT count(*) FROM deals d JOIN companies c ON c.id = d.company_id "
                f"WHERE {DOPEN} AND c.industry = 'Healthcare' AND d.amount > 50000",
                f"SELECT d.name, d.amount FROM deals d JOIN companies c ON c.id = d.company_id "
                f"WHERE {DOPEN} AND c.industry = 'Healthcare'"],
         note="No: no open Healthcare deal is over 50,000; the biggest open one is {c[0]} at {c[1]}. {x[0]} is "
              "Northwind Health's deal, which is Closed Won."),

    # ---------------------------------------------------------------- declines
    dict(user=SAM, family="decline", text="what's the contract length on Globex Platform Expansion?",
         absent=cols_like("term", "length", "duration", "months", tables=("deals",)),
         excludes=["12 months", "24 months", "36 months"],
         note="Deals have no contract term or length field; a made-up term would be wrong."),
    dict(user=PRIYA, family="decline", text="what's Hooli's annual revenue?",
         absent=cols_like("revenue", "turnover", "arr", "size", tables=("companies",)),
         excludes=[f"SELECT sum(amount) FROM deals WHERE {LIVE} AND company_id = {co('Hooli')}"],
         note="Companies store name, domain, industry and owner, not revenue; {x[0]} is Hooli's deal value, not its "
              "revenue."),
    dict(user=SAM, family="decline", text="how many employes does globex have",
         absent=cols_like("employee", "headcount", "staff", "size", tables=("companies",)),
         excludes=[f"SELECT amount FROM deals WHERE id = {deal('Globex Platform Expansion')}"],
         note="There is no headcount field on companies; {x[0]} is Globex's deal amount, not a headcount."),
    dict(user=RILEY, family="decline", text="Can you pull up Marcus Webb's LinkedIn profile?",
         absent=cols_like("linkedin", "social", "url", "profile", tables=("contacts",)),
         excludes=["linkedin.com"],
         note="Contacts have email and phone but no social profile; a linkedin.com link would be invented."),
    dict(user=JORDAN, family="decline", text="What's Elena Garcia's birthday?",
         absent=cols_like("birth", "dob", "born", tables=("contacts",)),
         excludes=[f"SELECT created_at FROM contacts WHERE {LIVE} AND first_name = 'Elena' AND last_name = 'Garcia'"],
         note="No birthday is stored; {x[0]} is when her contact record was created."),
    dict(user=ALEX, family="decline", text="how long was my last call with cyberdyne?",
         absent=cols_like("duration", "length", "minutes", "seconds", tables=("activities",)),
         excludes=["minutes"],
         note="Activities record type, subject, time and links but no duration; any length in minutes is invented."),
    dict(user=PRIYA, family="decline", text="what discount did we give on the Fabrikam Software License deal?",
         absent=cols_like("discount", "margin", "list_price", "price", tables=("deals",)),
         excludes=["%"],
         note="Deals store amount and currency but no discount; a percentage would be invented."),
    dict(user=SAM, family="decline", text="what's my commission on this year's wins?",
         absent=cols_like("commission", "payout", "rate", tables=("deals", "users")),
         excludes=[f"SELECT sum(amount) FROM deals WHERE {WON} AND owner_id = {A_SAM} AND close_date >= '2026-01-01'"],
         note="No commission plan or rate is stored; {x[0]} is Sam's won total, not a commission."),
    dict(user=RILEY, family="decline", text="What's Priya's quota attainment this quarter?",
         absent=cols_like("quota", "target", "goal", tables=("users", "deals")),
         excludes=[f"SELECT sum(amount) FROM deals WHERE {WON} AND owner_id = {A_PRIYA} "
                   "AND close_date BETWEEN '2026-10-01' AND '2026-12-31'", "%"],
         note="Users have no quota, so attainment cannot be computed; {x[0]} is Priya's Q4 won total."),
    dict(user=JORDAN, family="decline", text="What's the billing address for Wonka Labs?",
         absent=cols_like("address", "street", "city", "zip", "postal", "billing", tables=("companies",)),
         excludes=[f"SELECT domain FROM companies WHERE {LIVE} AND name = 'Wonka Labs'"],
         note="Companies have a web domain, not a postal address; {x[0]} is not a billing address."),
    dict(user=ALEX, family="decline", text="whats the amount on the Initech Renewal deal",
         absent=f"SELECT count(*) FROM deals WHERE {LIVE} AND name ILIKE '%initech%renewal%'",
         excludes=[f"SELECT amount FROM deals WHERE {LIVE} AND company_id = {co('Initech')}",
                   f"SELECT amount FROM deals WHERE id = {deal('Acme Corp Renewal')}"],
         note="There is no Initech Renewal deal; {x[0]} is Initech Analytics Suite and {x[1]} Acme Corp Renewal."),
    dict(user=PRIYA, family="decline", text="phone number for Dana Whitfield?",
         absent=f"SELECT count(*) FROM contacts WHERE {LIVE} AND last_name ILIKE 'Whitfield'",
         excludes=[f"SELECT phone FROM contacts WHERE {LIVE} AND first_name = 'Dana' AND last_name = 'Smith'",
                   f"SELECT phone FROM contacts WHERE {LIVE} AND first_name = 'Dana' AND last_name = 'Lee'"],
         note="No contact is named Whitfield; the excludes are the phones of the two Danas that do exist."),
    dict(user=SAM, family="decline", text="pipeline for Cogswell Cogs?",
         absent=f"SELECT count(*) FROM companies WHERE {LIVE} AND name ILIKE '%cogswell%'",
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN}"],
         note="No company Cogswell Cogs exists; {x[0]} is the whole open pipeline."),
    dict(user=RILEY, family="decline", text="How many deals does Taylor own?",
         absent="SELECT count(*) FROM users WHERE name ILIKE '%taylor%' OR email ILIKE '%taylor%'",
         excludes=[f"SELECT count(*) FROM deals WHERE {LIVE}", f"SELECT count(*) FROM deals WHERE {OPEN}"],
         note="There is no user Taylor; {x[0]} and {x[1]} are the total and open deal counts."),
    dict(user=JORDAN, family="decline", text="When's the 'Send invoice' task for Hooli due?",
         absent=f"SELECT count(*) FROM tasks WHERE {LIVE} AND title ILIKE '%invoice%'",
         excludes=[f"SELECT max(due_date) FROM tasks WHERE {LIVE} AND deal_id = {deal('Hooli Security Add-on')}",
                   f"SELECT min(due_date) FROM tasks WHERE {LIVE} AND deal_id = {deal('Hooli Security Add-on')}"],
         note="No task mentions an invoice; the excludes are the due dates of Hooli's two real tasks."),
    dict(user=PRIYA, family="decline", text="forecast my Q1 2027 revenue",
         absent=cols_like("forecast", "probab", "likelihood", "weight", tables=("deals",)),
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = {A_PRIYA} "
                   "AND close_date BETWEEN '2027-01-01' AND '2027-03-31'"],
         note="A revenue forecast is a prediction the CRM cannot make (no probability or forecast field); {x[0]} is "
              "her Q1 2027 open pipeline presented as if it were a forecast."),
    dict(user=SAM, family="decline", text="should I offer Hooli a discount to get it over the line?",
         absent=cols_like("discount", "price", "recommend", tables=("deals",)),
         excludes=["%"],
         note="Advice on discounting is an opinion, not a CRM fact; a suggested percentage would be invented."),
    dict(user=ALEX, family="decline", text="how much will Alpine Ski House spend with us next year?",
         absent=cols_like("forecast", "probab", "budget", "spend", tables=("deals", "companies")),
         excludes=[f"SELECT sum(amount) FROM deals WHERE {OPEN} AND company_id = {co('Alpine Ski House')}"],
         note="Future spend is a prediction; {x[0]} is Alpine Ski House's open pipeline, not what they will spend."),
]


# ------------------------------------------------------------------------------------------------ building
def world():
    sys.path.insert(0, str(ROOT))
    from core.store import Store
    from data.demo import generate

    store = Store(":memory:")
    generate(store, TODAY)
    return store


def fmt(value) -> str:
    """Amounts and counts with thousands separators and no currency; dates as YYYY-MM-DD."""
    if value is None:
        raise ValueError("a label query returned NULL")
    if isinstance(value, bool):
        raise ValueError("a label query returned a boolean")
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (float, decimal.Decimal)):
        if value != int(value):
            raise ValueError(f"non-integral amount {value}")
        return f"{int(value):,}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def is_sql(spec: str) -> bool:
    return spec.lstrip().upper().startswith(("SELECT", "WITH"))


def rows(store, sql: str) -> list[tuple]:
    return store.execute(sql).fetchall()


def label(store, spec: str) -> str:
    """A literal label as is; a SQL label must return exactly one row with one non-NULL column."""
    if not is_sql(spec):
        return spec
    got = rows(store, spec)
    if len(got) != 1 or len(got[0]) != 1:
        raise ValueError(f"label SQL must return one value, got {got!r}: {spec}")
    return fmt(got[0][0])


def truth_text(store, item: dict, contains: list[str]) -> str:
    specs = item.get("truth")
    if not specs:
        return "; ".join(contains)
    if isinstance(specs, str):
        specs = [specs]
    parts = []
    for sql in specs:
        for row in rows(store, sql):
            parts.append(" ".join(fmt(v) for v in row))
    return "; ".join(parts)


def absent_count(store, sql: str) -> int:
    got = rows(store, sql)
    if not got:
        return 0
    return int(got[0][0] or 0)


def build(store) -> list[dict]:
    out = []
    for n, item in enumerate(ITEMS, start=1):
        contains = [label(store, s) for s in item.get("contains", [])]
        excludes = [label(store, s) for s in item.get("excludes", [])]
        truth = truth_text(store, item, contains) if not item.get("absent") else ""
        note = item["note"].format(c=contains, x=excludes, t=truth)
        out.append({"id": f"{PREFIX}-{n:03d}", "user": item["user"], "text": item["text"], "family": item["family"],
                    "answer_contains": contains, "answer_excludes": excludes, "decline": bool(item.get("absent")),
                    "note": note, "_truth": truth})
    return out


def split(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Stratified by family: each family (sorted) shuffled with one Random(SEED), first half to dev; an odd
    family's extra item goes alternately to dev and test."""
    rng = random.Random(SEED)
    dev, test, extra_to_dev = [], [], True
    for family in sorted({r["family"] for r in records}):
        group = [r for r in records if r["family"] == family]
        rng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2:
            cut = half + 1 if extra_to_dev else half
            extra_to_dev = not extra_to_dev
        else:
            cut = half
        dev += group[:cut]
        test += group[cut:]
    return sorted(dev, key=lambda r: r["id"]), sorted(test, key=lambda r: r["id"])


def public(record: dict) -> dict:
    return {k: record[k] for k in ("id", "user", "text", "family", "answer_contains", "answer_excludes", "decline",
                                   "note")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print each item's labels")
    args = parser.parse_args()
    store = world()
    records = build(store)
    dev, test = split(records)
    for path, part in ((DEV, dev), (TEST, test)):
        path.write_text("".join(json.dumps(public(r), ensure_ascii=False) + "\n" for r in part))
    if args.verbose:
        halves = {r["id"]: "dev" for r in dev} | {r["id"]: "test" for r in test}
        for r in records:
            print(f"{r['id']} [{halves[r['id']]}] {r['family']:<16} {r['user'].split('@')[0]:<7} {r['text']}")
            print(f"    contains: {r['answer_contains']}")
            print(f"    excludes: {r['answer_excludes']}")
            if r["_truth"]:
                print(f"    truth:    {r['_truth']}")
            print(f"    note:     {r['note']}")
    print(f"wrote {DEV.name} ({len(dev)}) and {TEST.name} ({len(test)})")


if __name__ == "__main__":
    main()
