"""Fourteenth chat-question set: 120 hand-written questions about the demo world, labelled from SQL.

Every label comes from the SQL next to its question, run on a fresh demo world built for today = Wednesday
2026-11-18 (now = 2026-11-18 09:00). Nothing here reads or runs answering code; only core.store.Store is
imported, to build the database.

    .venv/bin/python tests/corpus/build_questions14.py      # writes questions14_dev.jsonl and questions14_test.jsonl

Each item: family, user, scope, question, sql (one query or a list; their cells, flattened in order and
de-duplicated, are answer_contains), ex (optional SQL whose cells are answer_excludes), note. Declines carry
`check` instead of `sql`: a query that must return a single 0, proving the record or field does not exist.
scope: "mine" = a rep asking about their own records (must use a first-person word); "team" = no owner word
at all (about the whole team, or about a named person/record).
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 18)
NOW = dt.datetime(2026, 11, 18, 9, 0)

EMAIL = {"alex": "alex@autocrm.local", "priya": "priya@autocrm.local", "sam": "sam@autocrm.local",
         "riley": "riley@autocrm.local", "jordan": "jordan@autocrm.local"}
REPS = {"alex", "priya", "sam"}

# SQL macros (plain text substitution before running)
MACROS = {
    "{ALEX}": "(SELECT id FROM users WHERE email='alex@autocrm.local')",
    "{PRIYA}": "(SELECT id FROM users WHERE email='priya@autocrm.local')",
    "{SAM}": "(SELECT id FROM users WHERE email='sam@autocrm.local')",
    "{OPEN}": "stage NOT IN ('Closed Won','Closed Lost')",
    "{TODAY}": "DATE '2026-11-18'",
    "{NOW}": "TIMESTAMP '2026-11-18 09:00:00'",
}


def co(name: str) -> str:
    """Company id by exact name."""
    return f"(SELECT id FROM companies WHERE name='{name.replace(chr(39), chr(39) * 2)}')"


def deal(name: str) -> str:
    return f"(SELECT id FROM deals WHERE name='{name.replace(chr(39), chr(39) * 2)}')"


def person(first: str, last: str) -> str:
    return f"(SELECT id FROM contacts WHERE first_name='{first}' AND last_name='{last}')"


def no_column(tables: list[str], pattern: str) -> str:
    """0 when none of the tables has a column whose name matches the regex."""
    names = ", ".join(f"'{t}'" for t in tables)
    return (f"SELECT count(*) FROM information_schema.columns WHERE table_name IN ({names}) "
            f"AND regexp_matches(lower(column_name), '{pattern}')")


# last-activity-per-deal helper for the stale-deal family
LAST_ACT = "(SELECT deal_id, max(occurred_at) AS last_at FROM activities GROUP BY deal_id)"

ITEMS: list[dict] = []


def I(family, user, scope, question, sql, ex=None, note="", checks=()):  # noqa: E741
    """checks: extra SQL facts the question relies on; each must return one truthy value."""
    ITEMS.append(dict(family=family, user=user, scope=scope, question=question, sql=sql, ex=ex, note=note,
                      decline=False, checks=list(checks)))


def D(family, user, scope, question, check, ex=None, note=""):
    ITEMS.append(dict(family=family, user=user, scope=scope, question=question, check=check, ex=ex, note=note,
                      decline=True))


# ---------------------------------------------------------------------------------------------------------------
# pipeline_sum — open pipeline (stage not Closed Won/Lost) summed with a filter            dev 3 / test 3
F = "pipeline_sum"
I(F, "alex", "mine", "whats my open pipeline looking like rn? just the total $ pls",
  "SELECT sum(amount) FROM deals WHERE owner_id={ALEX} AND {OPEN}",
  ex="SELECT sum(amount) FROM deals WHERE {OPEN}",
  note="Alex's open deals only; the team total is excluded.")
I(F, "jordan", "team", "total open pipe on consulting services deals?",
  "SELECT sum(amount) FROM deals WHERE product='Consulting Services' AND {OPEN}",
  ex="SELECT sum(amount) FROM deals WHERE product='Consulting Services'",
  note="Open only; the figure including the won and lost consulting deals is excluded.")
I(F, "priya", "mine", "how much have i got sitting in qualifed atm",
  "SELECT sum(amount) FROM deals WHERE owner_id={PRIYA} AND stage='Qualified'",
  ex="SELECT sum(amount) FROM deals WHERE stage='Qualified'",
  note="Priya's Qualified deals; the team's Qualified sum is excluded.")
I(F, "riley", "team", "quick one — whole team's open pipeline, leaving out anything already won or lost",
  "SELECT sum(amount) FROM deals WHERE {OPEN}",
  ex="SELECT sum(amount) FROM deals",
  note="Team open pipeline; the all-stages sum is excluded.")
I(F, "sam", "mine", "sum of my deals in proposal + negotiation?",
  "SELECT sum(amount) FROM deals WHERE owner_id={SAM} AND stage IN ('Proposal','Negotiation')",
  ex="SELECT sum(amount) FROM deals WHERE stage IN ('Proposal','Negotiation')",
  note="Sam's Proposal and Negotiation deals together.")
I(F, "riley", "team", "how much open pipleine does priya have in analytics suite",
  "SELECT sum(amount) FROM deals WHERE owner_id={PRIYA} AND product='Analytics Suite' AND {OPEN}",
  ex="SELECT sum(amount) FROM deals WHERE product='Analytics Suite' AND {OPEN}",
  note="Named rep + product; the team's Analytics Suite pipeline is excluded.")

# closing_window — open deals whose close_date falls in a window                           dev 3 / test 3
F = "closing_window"
I(F, "alex", "mine", "anything of mine closing between now and the end of the month?",
  "SELECT name FROM deals WHERE owner_id={ALEX} AND {OPEN} AND close_date BETWEEN {TODAY} AND DATE '2026-11-30' "
  "ORDER BY close_date",
  ex="SELECT name FROM deals WHERE owner_id={SAM} AND {OPEN} AND close_date BETWEEN {TODAY} AND DATE '2026-11-30'",
  note="Today through Nov 30, Alex's open deals; Sam's deal closing in the same window is excluded.")
I(F, "priya", "mine", "what have i got closing in dec",
  "SELECT name FROM deals WHERE owner_id={PRIYA} AND {OPEN} AND close_date BETWEEN DATE '2026-12-01' AND "
  "DATE '2026-12-31' ORDER BY close_date",
  ex="SELECT name FROM deals WHERE owner_id={PRIYA} AND {OPEN} AND close_date BETWEEN {TODAY} AND DATE '2026-11-30'",
  note="December 2026; her deal closing later in November is excluded.")
I(F, "riley", "team", "how many deals r slated to close in q1 next yr, and whats the total value",
  ["SELECT count(*) FROM deals WHERE {OPEN} AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'",
   "SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"],
  note="Q1 2027 = Jan 1 - Mar 31 2027, open deals.")
I(F, "jordan", "team", "deals closing next week?",
  "SELECT d.name, u.name FROM deals d JOIN users u ON u.id=d.owner_id WHERE {OPEN} AND d.close_date BETWEEN "
  "DATE '2026-11-23' AND DATE '2026-11-29' ORDER BY d.close_date, d.name",
  note="Next week = Mon 2026-11-23 .. Sun 2026-11-29; team list with owners.")
I(F, "sam", "mine", "which of my deals are due to close between today and dec 31",
  "SELECT name FROM deals WHERE owner_id={SAM} AND {OPEN} AND close_date BETWEEN {TODAY} AND DATE '2026-12-31' "
  "ORDER BY close_date, name",
  ex="SELECT name FROM deals WHERE owner_id={SAM} AND {OPEN} AND close_date BETWEEN DATE '2027-01-01' AND "
     "DATE '2027-01-07'",
  note="His deal closing on Jan 4 2027 is just outside the window and excluded.")
I(F, "riley", "team", "any deals closing this week",
  "SELECT d.name, u.name FROM deals d JOIN users u ON u.id=d.owner_id WHERE {OPEN} AND d.close_date BETWEEN "
  "DATE '2026-11-16' AND DATE '2026-11-22' ORDER BY d.close_date",
  note="This week Mon 11-16 .. Sun 11-22; like tasks due this week, still-open deals whose close date already "
       "passed earlier this week count (none fall on 11-18..11-22).")

# won_lost_period — Closed Won / Closed Lost by close_date in a period                     dev 3 / test 3
F = "won_lost_period"
I(F, "riley", "team", "how much did we close last quarter",
  "SELECT sum(amount) FROM deals WHERE stage='Closed Won' AND close_date BETWEEN DATE '2026-07-01' AND "
  "DATE '2026-09-30'",
  ex="SELECT sum(amount) FROM deals WHERE stage='Closed Lost' AND close_date BETWEEN DATE '2026-07-01' AND "
     "DATE '2026-09-30'",
  note="'close' about past money = Closed Won; last quarter = Q3 2026.")
I(F, "alex", "mine", "what did i lose in october?",
  "SELECT name FROM deals WHERE owner_id={ALEX} AND stage='Closed Lost' AND close_date BETWEEN "
  "DATE '2026-10-01' AND DATE '2026-10-31' ORDER BY close_date",
  ex="SELECT name FROM deals WHERE owner_id<>{ALEX} AND stage='Closed Lost' AND close_date BETWEEN "
     "DATE '2026-10-01' AND DATE '2026-10-31' ORDER BY name",
  note="Alex's October losses; Sam's October losses are excluded.")
I(F, "sam", "mine", "how many deals have i won this qtr",
  "SELECT count(*) FROM deals WHERE owner_id={SAM} AND stage='Closed Won' AND close_date BETWEEN "
  "DATE '2026-10-01' AND DATE '2026-12-31'",
  ex="SELECT name FROM deals WHERE owner_id<>{SAM} AND stage='Closed Won' AND close_date BETWEEN "
     "DATE '2026-10-01' AND DATE '2026-12-31'",
  note="Zero is the answer (not a decline); Priya's Q4 win must not be claimed as his.")
I(F, "riley", "team", "how many deals did we lose last month + how much were they worth",
  ["SELECT count(*) FROM deals WHERE stage='Closed Lost' AND close_date BETWEEN DATE '2026-10-01' AND "
   "DATE '2026-10-31'",
   "SELECT sum(amount) FROM deals WHERE stage='Closed Lost' AND close_date BETWEEN DATE '2026-10-01' AND "
   "DATE '2026-10-31'"],
  note="Last month = October 2026.")
I(F, "priya", "mine", "my closed won deals this yr?",
  "SELECT name FROM deals WHERE owner_id={PRIYA} AND stage='Closed Won' AND close_date BETWEEN DATE '2026-01-01' "
  "AND DATE '2026-12-31' ORDER BY close_date",
  ex="SELECT name FROM deals WHERE owner_id={ALEX} AND stage='Closed Won' AND close_date >= DATE '2026-01-01'",
  note="Alex's win this year is excluded.")
I(F, "jordan", "team", "total closed won ytd",
  "SELECT sum(amount) FROM deals WHERE stage='Closed Won' AND close_date BETWEEN DATE '2026-01-01' AND {TODAY}",
  ex="SELECT sum(amount) FROM deals WHERE stage='Closed Lost' AND close_date BETWEEN DATE '2026-01-01' AND {TODAY}",
  note="YTD = 2026-01-01 .. today.")

# tasks_overdue — open tasks with due_date before today                                     dev 3 / test 3
F = "tasks_overdue"
I(F, "alex", "mine", "hey can you tell me how many overdue tasks i've got? need to clean up before the pipeline review",
  "SELECT count(*) FROM tasks WHERE owner_id={ALEX} AND status='open' AND due_date < {TODAY}",
  ex="SELECT count(*) FROM tasks WHERE status='open' AND due_date < {TODAY}",
  note="Alex's own; the team count is excluded.")
I(F, "priya", "mine", "overdue tasks - mine only pls",
  "SELECT title FROM tasks WHERE owner_id={PRIYA} AND status='open' AND due_date < {TODAY} ORDER BY due_date",
  ex="SELECT title FROM tasks WHERE owner_id={ALEX} AND status='open' AND due_date < {TODAY} "
     "AND title LIKE '%Acme Corp%' ORDER BY due_date DESC LIMIT 1",
  note="Four titles; an overdue task of Alex's is excluded.")
I(F, "riley", "team", "how many overdue tasks across the team, and who's got the most?",
  ["SELECT count(*) FROM tasks WHERE status='open' AND due_date < {TODAY}",
   "SELECT u.name FROM tasks t JOIN users u ON u.id=t.owner_id WHERE status='open' AND due_date < {TODAY} "
   "GROUP BY u.name QUALIFY count(*) = max(count(*)) OVER ()"],
  note="Team count plus the top owner (all if tied).")
I(F, "sam", "mine", "anything overdue for me?",
  "SELECT title FROM tasks WHERE owner_id={SAM} AND status='open' AND due_date < {TODAY} ORDER BY due_date",
  ex="SELECT title FROM tasks WHERE owner_id={PRIYA} AND status='open' AND due_date = DATE '2026-10-31'",
  note="Sam's three; Priya's task due the same day as his oldest is excluded.")
I(F, "jordan", "team", "whats the oldest overdue task we have",
  "SELECT t.title, t.due_date, u.name FROM tasks t JOIN users u ON u.id=t.owner_id WHERE status='open' AND "
  "due_date = (SELECT min(due_date) FROM tasks WHERE status='open' AND due_date < {TODAY}) ORDER BY u.name",
  note="Two tasks tie on the oldest due date; both must be named, with owners.")
I(F, "riley", "team", "overdue tasks on acme corp?",
  "SELECT title FROM tasks WHERE status='open' AND due_date < {TODAY} AND company_id=" + co("Acme Corp") +
  " ORDER BY due_date",
  ex="SELECT title FROM tasks WHERE status='open' AND due_date < {TODAY} AND company_id=" + co("Acme Logistics"),
  note="Acme Corp, not Acme Logistics.")

# tasks_upcoming — open tasks due in a coming window                                        dev 3 / test 3
F = "tasks_upcoming"
I(F, "alex", "mine", "what's on my plate tmrw",
  "SELECT title FROM tasks WHERE owner_id={ALEX} AND status='open' AND due_date = DATE '2026-11-19' ORDER BY id",
  ex="SELECT title FROM tasks WHERE owner_id={ALEX} AND status='open' AND due_date = DATE '2026-11-22'",
  note="Tomorrow = 2026-11-19; his Sunday task is excluded.")
I(F, "priya", "team", "tasks due this week?",
  ["SELECT count(*) FROM tasks WHERE status='open' AND due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'",
   "SELECT DISTINCT u.name FROM tasks t JOIN users u ON u.id=t.owner_id WHERE status='open' AND due_date BETWEEN "
   "DATE '2026-11-16' AND DATE '2026-11-22' ORDER BY u.name"],
  note="No owner word: the team's open tasks Mon 11-16 .. Sun 11-22 (incl. already past due this week), "
       "with owners shown.")
I(F, "sam", "mine", "my tasks nxt week?",
  "SELECT title FROM tasks WHERE owner_id={SAM} AND status='open' AND due_date BETWEEN DATE '2026-11-23' AND "
  "DATE '2026-11-29' ORDER BY due_date, id",
  ex="SELECT title FROM tasks WHERE owner_id={SAM} AND status='done' AND due_date BETWEEN DATE '2026-11-23' AND "
     "DATE '2026-11-29'",
  note="Open tasks only; his completed task due next week is excluded.")
I(F, "riley", "team", "how many open tasks are due next week, broken down by rep",
  "SELECT u.name, count(*) FROM tasks t JOIN users u ON u.id=t.owner_id WHERE status='open' AND due_date BETWEEN "
  "DATE '2026-11-23' AND DATE '2026-11-29' GROUP BY u.name ORDER BY u.name",
  note="Next week Mon 11-23 .. Sun 11-29.")
I(F, "priya", "mine", "what do i have due thu thru sun",
  "SELECT title FROM tasks WHERE owner_id={PRIYA} AND status='open' AND due_date BETWEEN DATE '2026-11-19' AND "
  "DATE '2026-11-22' ORDER BY due_date, id",
  ex="SELECT title FROM tasks WHERE owner_id={PRIYA} AND status='open' AND due_date BETWEEN DATE '2026-11-16' AND "
     "DATE '2026-11-18'",
  note="Thu 11-19 .. Sun 11-22; her task due Monday (already overdue) is excluded.")
I(F, "alex", "mine", "list my open tasks due next week w/ dates",
  "SELECT title, due_date FROM tasks WHERE owner_id={ALEX} AND status='open' AND due_date BETWEEN "
  "DATE '2026-11-23' AND DATE '2026-11-29' ORDER BY due_date",
  ex="SELECT title FROM tasks WHERE owner_id={ALEX} AND status='done' AND due_date BETWEEN DATE '2026-11-23' AND "
     "DATE '2026-11-29' ORDER BY id",
  note="Two titles recur on other dates, so the dates are part of the answer; done tasks excluded.")

# activity_counts — activities by author/type/period (labels stable under a +-3 h shift)   dev 3 / test 3
F = "activity_counts"
I(F, "alex", "mine", "how many activities did i log last wk",
  "SELECT count(*) FROM activities WHERE author_id={ALEX} AND occurred_at >= TIMESTAMP '2026-11-09' AND "
  "occurred_at < TIMESTAMP '2026-11-16'",
  ex="SELECT count(*) FROM activities WHERE occurred_at >= TIMESTAMP '2026-11-09' AND "
     "occurred_at < TIMESTAMP '2026-11-16'",
  note="Last week Mon 11-09 .. Sun 11-15; team count excluded.")
I(F, "riley", "team", "for the weekly sync: activity count per rep for last week pls, just totals",
  "SELECT u.name, count(*) FROM activities a JOIN users u ON u.id=a.author_id WHERE occurred_at >= "
  "TIMESTAMP '2026-11-09' AND occurred_at < TIMESTAMP '2026-11-16' GROUP BY u.name ORDER BY u.name",
  note="Per author.")
I(F, "sam", "mine", "how many activities have i logged so far this week?",
  "SELECT count(*) FROM activities WHERE author_id={SAM} AND occurred_at >= TIMESTAMP '2026-11-16' AND "
  "occurred_at < {NOW}",
  ex="SELECT count(*) FROM activities WHERE occurred_at >= TIMESTAMP '2026-11-16' AND occurred_at < {NOW}",
  note="Zero for Sam this week (an answer, not a decline); the team's count is excluded.")
I(F, "jordan", "team", "how many meetings did the team log in september",
  "SELECT count(*) FROM activities WHERE type='meeting' AND occurred_at >= TIMESTAMP '2026-09-01' AND "
  "occurred_at < TIMESTAMP '2026-10-01'",
  note="September 2026, type meeting.")
I(F, "priya", "mine", "how many messages (whatsapp etc) have i logged this yr",
  "SELECT count(*) FROM activities WHERE author_id={PRIYA} AND type='message' AND occurred_at >= "
  "TIMESTAMP '2026-01-01' AND occurred_at < {NOW}",
  ex="SELECT count(*) FROM activities WHERE type='message' AND occurred_at >= TIMESTAMP '2026-01-01' AND "
     "occurred_at < {NOW}",
  note="Type message, 2026 to now; team count excluded.")
I(F, "riley", "team", "number of notes logged this quarter?",
  "SELECT count(*) FROM activities WHERE type='note' AND occurred_at >= TIMESTAMP '2026-10-01' AND "
  "occurred_at < {NOW}",
  note="Q4 2026 to now.")

# last_touch — most recent activity with an account / person / deal                        dev 3 / test 3
F = "last_touch"
I(F, "alex", "mine", "when did i last touch pied piper",
  "SELECT max(occurred_at) FROM activities WHERE author_id={ALEX} AND company_id=" + co("Pied Piper"),
  note="Date of Alex's latest activity at Pied Piper.")
I(F, "riley", "team", "when did anyone last talk to acme logistics and who was it",
  "SELECT a.occurred_at, u.name FROM activities a JOIN users u ON u.id=a.author_id WHERE a.company_id=" +
  co("Acme Logistics") + " ORDER BY a.occurred_at DESC LIMIT 1",
  ex="SELECT name FROM deals WHERE name='Acme Corp Renewal'",
  note="Acme Logistics, not Acme Corp (whose latest touch is on the Acme Corp Renewal deal).")
I(F, "priya", "team", "hey when was the last time we had contact with dana lee",
  "SELECT max(occurred_at) FROM activities WHERE contact_id=" + person("Dana", "Lee"),
  ex="SELECT name FROM deals WHERE name='Acme Corp Renewal'",
  note="Dana Lee (Globex), not Dana Smith (whose last touch was on Acme Corp Renewal).")
I(F, "sam", "team", "last touch w/ hooli? what was it",
  "SELECT occurred_at, subject FROM activities WHERE company_id=" + co("Hooli") +
  " ORDER BY occurred_at DESC LIMIT 1",
  note="Date and subject of the latest Hooli activity.")
I(F, "jordan", "team", "who last logged something on the wayne enterprises consulting deal, and when?",
  "SELECT u.name, a.occurred_at FROM activities a JOIN users u ON u.id=a.author_id WHERE a.deal_id=" +
  deal("Wayne Enterprises Consulting") + " ORDER BY a.occurred_at DESC LIMIT 1",
  note="Author and date.")
I(F, "riley", "team", "when did we last talk to chris park",
  "SELECT first_name || ' ' || last_name FROM contacts c WHERE c.id=" + person("Chris", "Park") +
  " AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.contact_id=c.id)",
  ex="SELECT max(occurred_at) FROM activities WHERE contact_id=" + person("Chris", "Walker"),
  note="No activity is logged with Chris Park: the answer says so (not a decline); Chris Walker's last-touch "
       "date must not be given.")

# top_n — superlatives and top-N                                                            dev 3 / test 3
F = "top_n"
I(F, "riley", "team", "biggest open deal we have?",
  "SELECT d.name, d.amount, u.name FROM deals d JOIN users u ON u.id=d.owner_id WHERE {OPEN} AND "
  "d.amount = (SELECT max(amount) FROM deals WHERE {OPEN})",
  note="Top one with owner.")
I(F, "alex", "mine", "top 3 open deals of mine by value",
  "SELECT name, amount FROM deals WHERE owner_id={ALEX} AND {OPEN} ORDER BY amount DESC LIMIT 3",
  note="No tie at the 3rd place (checked).",
  checks=["SELECT (SELECT amount FROM deals WHERE owner_id={ALEX} AND {OPEN} ORDER BY amount DESC LIMIT 1 OFFSET 2)"
          " > (SELECT amount FROM deals WHERE owner_id={ALEX} AND {OPEN} ORDER BY amount DESC LIMIT 1 OFFSET 3)"])
I(F, "jordan", "team", "which company has the most open deals",
  "SELECT c.name, count(*) FROM deals d JOIN companies c ON c.id=d.company_id WHERE {OPEN} GROUP BY c.name "
  "QUALIFY count(*) = max(count(*)) OVER () ORDER BY c.name",
  note="Two companies tie with 4 open deals each; both must be named.")
I(F, "priya", "mine", "whats my largest deal still in proposal",
  "SELECT name, amount FROM deals WHERE owner_id={PRIYA} AND stage='Proposal' ORDER BY amount DESC LIMIT 1",
  ex="SELECT name FROM deals WHERE owner_id<>{PRIYA} AND stage='Proposal' AND company_id=" + co("Fabrikam"),
  note="Her Fabrikam Software License, not Sam's Fabrikam Security Add-on.")
I(F, "riley", "team", "which rep has teh most open pipeline $",
  "SELECT u.name, sum(d.amount) FROM deals d JOIN users u ON u.id=d.owner_id WHERE {OPEN} GROUP BY u.name "
  "QUALIFY sum(d.amount) = max(sum(d.amount)) OVER ()",
  note="Top rep and figure.")
I(F, "sam", "team", "biggest deal we lost this year?",
  "SELECT d.name, d.amount, u.name FROM deals d JOIN users u ON u.id=d.owner_id WHERE stage='Closed Lost' AND "
  "close_date >= DATE '2026-01-01' AND d.amount = (SELECT max(amount) FROM deals WHERE stage='Closed Lost' AND "
  "close_date >= DATE '2026-01-01')",
  note="'we' = team; the top loss belongs to Alex.")

# contact_details — email / phone / title                                                   dev 2 / test 2
F = "contact_details"
I(F, "alex", "team", "whats dana smith's email",
  "SELECT email FROM contacts WHERE id=" + person("Dana", "Smith"),
  ex="SELECT email FROM contacts WHERE id=" + person("Dana", "Lee"),
  note="Two Danas; the other one's email is excluded.")
I(F, "riley", "team", "phone # for chris park?",
  "SELECT phone FROM contacts WHERE id=" + person("Chris", "Park"),
  ex="SELECT phone FROM contacts WHERE id=" + person("Chris", "Walker"),
  note="Two Chrises.")
I(F, "sam", "team", "who's the cfo over at initech + their email",
  "SELECT first_name || ' ' || last_name, email FROM contacts WHERE title='CFO' AND company_id=" + co("Initech"),
  ex="SELECT first_name || ' ' || last_name FROM contacts WHERE title='CTO' AND company_id=" + co("Initech"),
  note="CFO, not the CTO.")
I(F, "jordan", "team", "tom becker - whats his title and which company is he at",
  "SELECT c.title, co.name FROM contacts c JOIN companies co ON co.id=c.company_id WHERE c.id=" +
  person("Tom", "Becker"),
  ex="SELECT name FROM companies WHERE name='Acme Corp'",
  note="Acme Logistics, not Acme Corp.")

# account_vs_deal_owner — account owner (companies.owner_id) vs deal owner                 dev 2 / test 2
F = "account_vs_deal_owner"
I(F, "riley", "team", "who owns the globex account vs who owns the globex platform deal?",
  ["SELECT u.name FROM companies c JOIN users u ON u.id=c.owner_id WHERE c.name='Globex'",
   "SELECT u.name FROM deals d JOIN users u ON u.id=d.owner_id WHERE d.name='Globex Platform Expansion'"],
  note="Account owner first, then deal owner; they differ.")
I(F, "alex", "mine", "is alpine ski house my account? and who's running the analytics suite deal there",
  "SELECT u.name FROM deals d JOIN users u ON u.id=d.owner_id WHERE d.name='Alpine Ski House Analytics Suite'",
  note="Yes, the account is Alex's (a right answer may just say 'yes'); the deal is Priya's.",
  checks=["SELECT owner_id={ALEX} FROM companies WHERE name='Alpine Ski House'"])
I(F, "jordan", "team", "account owner for umbrella health?",
  "SELECT u.name FROM companies c JOIN users u ON u.id=c.owner_id WHERE c.name='Umbrella Health'",
  ex="SELECT u.name FROM deals d JOIN users u ON u.id=d.owner_id WHERE d.name='Umbrella Health Support Plan'",
  note="Account owner only; the deal owner is an owner of the wrong kind and is excluded.")
I(F, "sam", "mine", "which of my deals sit on accounts that priya owns",
  "SELECT d.name FROM deals d JOIN companies c ON c.id=d.company_id WHERE d.owner_id={SAM} AND c.owner_id={PRIYA} "
  "ORDER BY d.name",
  ex="SELECT d.name FROM deals d JOIN companies c ON c.id=d.company_id WHERE d.owner_id={PRIYA} AND "
     "c.owner_id={SAM} AND d.name LIKE 'Globex%'",
  note="All stages. The reverse case (Priya's deal on Sam's Globex account) is excluded.")

# company_deals — every deal of a company, closed included                                 dev 2 / test 2
F = "company_deals"
I(F, "riley", "team", "all deals w/ acme corp, closed ones too",
  "SELECT name FROM deals WHERE company_id=" + co("Acme Corp") + " ORDER BY id",
  ex="SELECT name FROM deals WHERE company_id=" + co("Acme Logistics"),
  note="Acme Corp only.")
I(F, "priya", "team", "what deals do we have with margie's travel? any stage, and where each one is",
  "SELECT name, stage FROM deals WHERE company_id=" + co("Margie's Travel") + " ORDER BY id",
  note="Open, won and lost deals with stages.")
I(F, "alex", "team", "list every oscorp deal, won or lost",
  "SELECT name, stage FROM deals WHERE company_id=" + co("Oscorp") + " ORDER BY id",
  note="Both are Closed Lost.")
I(F, "jordan", "team", "how many deals does fabrikam have and what r they worth in total",
  ["SELECT count(*) FROM deals WHERE company_id=" + co("Fabrikam"),
   "SELECT sum(amount) FROM deals WHERE company_id=" + co("Fabrikam")],
  note="All stages (all three happen to be open).")

# comparison                                                                                dev 2 / test 2
F = "comparison"
I(F, "riley", "team", "compare priya vs alex on open pipeline",
  "SELECT u.name, sum(d.amount) FROM deals d JOIN users u ON u.id=d.owner_id WHERE {OPEN} AND u.id IN "
  "({PRIYA}, {ALEX}) GROUP BY u.name ORDER BY sum(d.amount) DESC",
  note="Both figures.")
I(F, "sam", "mine", "did i log more calls or emails this quarter?",
  "SELECT type, count(*) FROM activities WHERE author_id={SAM} AND type IN ('call','email') AND occurred_at >= "
  "TIMESTAMP '2026-10-01' AND occurred_at < {NOW} GROUP BY type ORDER BY count(*) DESC",
  note="Emails win; both counts shown.")
I(F, "jordan", "team", "which has more open pipeline - platform or support plan?",
  "SELECT product, sum(amount) FROM deals WHERE {OPEN} AND product IN ('Platform','Support Plan') "
  "GROUP BY product ORDER BY sum(amount) DESC",
  note="Support Plan is bigger.")
I(F, "priya", "mine", "how does my closed-won this year stack up vs sam's",
  ["SELECT sum(amount) FROM deals WHERE owner_id={PRIYA} AND stage='Closed Won' AND close_date >= DATE '2026-01-01'",
   "SELECT sum(amount) FROM deals WHERE owner_id={SAM} AND stage='Closed Won' AND close_date >= DATE '2026-01-01'"],
  note="Priya's then Sam's 2026 Closed Won.")

# yes_no                                                                                    dev 2 / test 2
F = "yes_no"
I(F, "alex", "mine", "do i have anything in negotiation",
  "SELECT name FROM deals WHERE owner_id={ALEX} AND stage='Negotiation' ORDER BY id",
  ex="SELECT name FROM deals WHERE owner_id<>{ALEX} AND stage='Negotiation' ORDER BY id",
  note="Yes, two; other reps' Negotiation deals excluded.")
I(F, "riley", "team", "is the hooli deal still open?",
  "SELECT stage FROM deals WHERE company_id=" + co("Hooli"),
  note="Yes — Hooli has one deal, in Negotiation.",
  checks=["SELECT count(*)=1 FROM deals WHERE company_id=" + co("Hooli")])
I(F, "sam", "mine", "is initech one of my accounts",
  "SELECT u.name FROM companies c JOIN users u ON u.id=c.owner_id WHERE c.name='Initech'",
  note="No — the account belongs to Alex Morgan.",
  checks=["SELECT owner_id<>{SAM} FROM companies WHERE name='Initech'"])
I(F, "jordan", "team", "has anyone logged any activity w/ vandelay industries",
  "SELECT count(*) FROM activities WHERE company_id=" + co("Vandelay Industries"),
  note="No: 0 activities (the company exists and has no deals).")

# two_part                                                                                  dev 2 / test 2
F = "two_part"
I(F, "alex", "team", "quick one — close date on the acme corp renewal + who's the contact there",
  ["SELECT close_date FROM deals WHERE name='Acme Corp Renewal'",
   "SELECT c.first_name || ' ' || c.last_name FROM deals d JOIN contacts c ON c.id=d.contact_id "
   "WHERE d.name='Acme Corp Renewal'"],
  ex="SELECT close_date FROM deals WHERE name='Acme Corp Expansion'",
  note="The Expansion's close date is excluded.")
I(F, "riley", "team", "how many contacts do we have at lucerne publishing and who's the ceo",
  ["SELECT count(*) FROM contacts WHERE company_id=" + co("Lucerne Publishing"),
   "SELECT first_name || ' ' || last_name FROM contacts WHERE title='CEO' AND company_id=" +
   co("Lucerne Publishing")],
  note="Count and CEO.")
I(F, "priya", "team", "what stage is globex platform expansion at and when's it due to close",
  ["SELECT stage FROM deals WHERE name='Globex Platform Expansion'",
   "SELECT close_date FROM deals WHERE name='Globex Platform Expansion'"],
  note="Stage and close date.")
I(F, "sam", "mine", "how many open tasks do i have, and how many of those r overdue",
  ["SELECT count(*) FROM tasks WHERE owner_id={SAM} AND status='open'",
   "SELECT count(*) FROM tasks WHERE owner_id={SAM} AND status='open' AND due_date < {TODAY}"],
  note="Open total, then overdue.")

# stage_counts                                                                              dev 2 / test 2
F = "stage_counts"
I(F, "alex", "mine", "how many of my deals r in proposal",
  "SELECT count(*) FROM deals WHERE owner_id={ALEX} AND stage='Proposal'",
  note="Own records; no team-count exclude (2 digits can occur inside amounts/dates of a right answer).")
I(F, "riley", "team", "how many deals sit in lead vs qualified right now",
  ["SELECT count(*) FROM deals WHERE stage='Lead'", "SELECT count(*) FROM deals WHERE stage='Qualified'"],
  note="Lead, then Qualified.")
I(F, "jordan", "team", "which deals are in negotation and how many is that",
  ["SELECT count(*) FROM deals WHERE stage='Negotiation'",
   "SELECT name FROM deals WHERE stage='Negotiation' ORDER BY id"],
  note="Count and all five names.")
I(F, "priya", "mine", "how many of my deals are still at lead stage",
  "SELECT count(*) FROM deals WHERE owner_id={PRIYA} AND stage='Lead'",
  note="Own records; no team-count exclude (2 digits can occur inside amounts/dates of a right answer).")

# averages (integers only)                                                                  dev 2 / test 2
F = "averages"
I(F, "riley", "team", "avg deal size on closed won?",
  "SELECT avg(amount) FROM deals WHERE stage='Closed Won'",
  note="All Closed Won deals.")
I(F, "sam", "mine", "what's the average size of my open deals",
  "SELECT avg(amount) FROM deals WHERE owner_id={SAM} AND {OPEN}",
  note="Sam's open deals.")
I(F, "priya", "team", "avg proposal-stage deal size across the team?",
  "SELECT avg(amount) FROM deals WHERE stage='Proposal'",
  ex="SELECT avg(amount) FROM deals WHERE stage='Proposal' AND owner_id={PRIYA}",
  note="'across the team': Priya's own average is excluded.")
I(F, "jordan", "team", "what's alex's average open deal size",
  "SELECT avg(amount) FROM deals WHERE owner_id={ALEX} AND {OPEN}",
  note="Named rep.")

# stale_deals — open deals whose latest activity is older than N weeks before now          dev 2 / test 2
F = "stale_deals"
I(F, "alex", "mine", "which of my open deals have gone 4+ weeks w/o any activity",
  "SELECT d.name FROM deals d LEFT JOIN " + LAST_ACT + " l ON l.deal_id=d.id WHERE d.owner_id={ALEX} AND {OPEN} "
  "AND (l.last_at IS NULL OR l.last_at < {NOW} - INTERVAL 28 DAY) ORDER BY d.name",
  ex="SELECT d.name FROM deals d LEFT JOIN " + LAST_ACT + " l ON l.deal_id=d.id WHERE d.owner_id<>{ALEX} AND "
     "{OPEN} AND l.last_at < {NOW} - INTERVAL 28 DAY ORDER BY d.name",
  note="Cut-off now - 28 days (2026-10-21 09:00); other reps' stale deals excluded.")
I(F, "riley", "team", "open deals with no activity in over 4 weeks?",
  "SELECT d.name, u.name FROM deals d JOIN users u ON u.id=d.owner_id LEFT JOIN " + LAST_ACT +
  " l ON l.deal_id=d.id WHERE {OPEN} AND (l.last_at IS NULL OR l.last_at < {NOW} - INTERVAL 28 DAY) "
  "ORDER BY l.last_at",
  note="Team list with owners.")
I(F, "sam", "mine",
  "going thru my stuff before the forecast call - which of my proposals have gone quiet for 3 weeks or more?",
  "SELECT d.name FROM deals d LEFT JOIN " + LAST_ACT + " l ON l.deal_id=d.id WHERE d.owner_id={SAM} AND "
  "d.stage='Proposal' AND (l.last_at IS NULL OR l.last_at < {NOW} - INTERVAL 21 DAY) ORDER BY d.name",
  note="Cut-off now - 21 days (2026-10-28 09:00).")
I(F, "jordan", "team", "any open deal nobody's touched in 5+ weeks",
  "SELECT d.name, u.name FROM deals d JOIN users u ON u.id=d.owner_id LEFT JOIN " + LAST_ACT +
  " l ON l.deal_id=d.id WHERE {OPEN} AND (l.last_at IS NULL OR l.last_at < {NOW} - INTERVAL 35 DAY)",
  note="Cut-off now - 35 days (2026-10-14 09:00).")

# lifecycle_counts — contacts by lifecycle_stage                                            dev 2 / test 2
F = "lifecycle_counts"
I(F, "riley", "team", "how many contacts are customers?",
  "SELECT count(*) FROM contacts WHERE lifecycle_stage='customer'",
  note="All contacts.")
I(F, "alex", "mine", "how many of my contacts are still leads",
  "SELECT count(*) FROM contacts WHERE owner_id={ALEX} AND lifecycle_stage='lead'",
  note="Contacts Alex owns; no team-count exclude (2 digits can occur inside phones of a right answer).")
I(F, "jordan", "team", "which contacts at acme logistics are customers",
  "SELECT first_name || ' ' || last_name FROM contacts WHERE lifecycle_stage='customer' AND company_id=" +
  co("Acme Logistics") + " ORDER BY id",
  ex="SELECT first_name || ' ' || last_name FROM contacts WHERE lifecycle_stage='customer' AND company_id=" +
     co("Acme Corp") + " ORDER BY id",
  note="Acme Logistics, not Acme Corp.")
I(F, "priya", "mine", "how many of my contacts r at oppurtunity stage",
  "SELECT count(*) FROM contacts WHERE owner_id={PRIYA} AND lifecycle_stage='opportunity'",
  note="Own records; no team-count exclude (2 digits can occur inside amounts/dates of a right answer).")

# product                                                                                   dev 2 / test 2
F = "product"
I(F, "riley", "team", "how many open security add-on deals are there and what's the total",
  ["SELECT count(*) FROM deals WHERE product='Security Add-on' AND {OPEN}",
   "SELECT sum(amount) FROM deals WHERE product='Security Add-on' AND {OPEN}"],
  note="Open only.")
I(F, "alex", "mine", "which of my deals are for the analytics suite",
  "SELECT name FROM deals WHERE owner_id={ALEX} AND product='Analytics Suite' ORDER BY name",
  ex="SELECT name FROM deals WHERE owner_id={ALEX} AND product<>'Analytics Suite' AND company_id=" +
     co("Tyrell Systems"),
  note="The other Tyrell Systems deal (a different product) is excluded.")
I(F, "jordan", "team", "what has cyberdyne actually bought from us",
  "SELECT name, product FROM deals WHERE stage='Closed Won' AND company_id=" + co("Cyberdyne"),
  note="Bought = Closed Won.")
I(F, "sam", "mine", "which product have i won the most $ on",
  "SELECT product, sum(amount) FROM deals WHERE owner_id={SAM} AND stage='Closed Won' GROUP BY product "
  "QUALIFY sum(amount) = max(sum(amount)) OVER ()",
  note="Top product by Closed Won amount.")

# past_due_deals — open deals whose close_date is already before today                     dev 2 / test 2
F = "past_due_deals"
I(F, "riley", "team", "open deals whose close date has already passed?",
  "SELECT d.name, u.name FROM deals d JOIN users u ON u.id=d.owner_id WHERE {OPEN} AND d.close_date < {TODAY} "
  "ORDER BY d.close_date",
  note="Team list with owners.")
I(F, "alex", "mine", "any of my deals past their close date but still open?",
  "SELECT name, close_date FROM deals WHERE owner_id={ALEX} AND {OPEN} AND close_date < {TODAY}",
  note="One deal.")
I(F, "priya", "mine", "which of my deals have a close date in the past and aren't closed yet",
  "SELECT name, close_date FROM deals WHERE owner_id={PRIYA} AND {OPEN} AND close_date < {TODAY}",
  note="One deal.")
I(F, "jordan", "team", "how much pipeline is sitting on deals that blew past their close date w/o being closed out",
  "SELECT sum(amount) FROM deals WHERE {OPEN} AND close_date < {TODAY}",
  note="Sum of the open past-due deals.")

# decline_missing_record — the company / person / deal / user / product does not exist    dev 6 / test 6
F = "decline_missing_record"
D(F, "riley", "team", "whats the pipeline for initrode",
  "SELECT count(*) FROM companies WHERE name ILIKE '%initrode%'",
  ex="SELECT sum(amount) FROM deals WHERE {OPEN} AND company_id=" + co("Initech"),
  note="No Initrode; Initech is only a close match.")
D(F, "alex", "team", "email for dana whitfield?",
  "SELECT count(*) FROM contacts WHERE last_name ILIKE 'whitfield'",
  ex="SELECT email FROM contacts WHERE first_name='Dana' ORDER BY id",
  note="Neither Dana is a Whitfield.")
D(F, "priya", "team", "how much is the acme corp migration deal worth",
  "SELECT count(*) FROM deals WHERE name ILIKE '%migration%'",
  ex="SELECT amount FROM deals WHERE company_id=" + co("Acme Corp") + " ORDER BY id",
  note="Acme Corp has a Renewal and an Expansion, no Migration.")
D(F, "sam", "team", "last time anyone spoke to umbrella corp?",
  "SELECT count(*) FROM companies WHERE name ILIKE 'umbrella corp%'",
  ex="SELECT max(occurred_at) FROM activities WHERE company_id=" + co("Umbrella Health"),
  note="Umbrella Health exists, Umbrella Corp does not.")
D(F, "jordan", "team", "how many open deals does taylor brooks have",
  "SELECT count(*) FROM users WHERE name ILIKE '%taylor%' OR name ILIKE '%brooks%'",
  note="No such user.")
D(F, "riley", "team", "open pipeline for the hardware product line?",
  "SELECT count(*) FROM deals WHERE product ILIKE '%hardware%'",
  ex="SELECT sum(amount) FROM deals WHERE {OPEN}",
  note="No Hardware product; the all-products total must not be given.")
D(F, "alex", "team", "how big is the stark industries platform deal",
  "SELECT count(*) FROM deals WHERE name ILIKE 'stark industries platform%'",
  ex="SELECT amount FROM deals WHERE company_id=" + co("Stark Industries"),
  note="Stark has only a Software License deal.")
D(F, "jordan", "team", "phone number for sarah connor at cyberdyne",
  "SELECT count(*) FROM contacts WHERE first_name ILIKE 'sarah' OR last_name ILIKE 'connor'",
  ex="SELECT phone FROM contacts WHERE company_id=" + co("Cyberdyne") + " ORDER BY id",
  note="No such contact; the Cyberdyne contacts' phones must not be passed off as hers.")
D(F, "priya", "team", "what's the amount on the gringotts finance platform deal?",
  "SELECT count(*) FROM deals WHERE name ILIKE 'gringotts finance platform%'",
  ex="SELECT amount FROM deals WHERE company_id=" + co("Gringotts Finance"),
  note="Gringotts has only a Software License deal.")
D(F, "sam", "team", "any open tasks for hooli logistics",
  "SELECT count(*) FROM companies WHERE name ILIKE 'hooli logistics%'",
  note="Hooli and Acme Logistics exist; Hooli Logistics does not.")
D(F, "riley", "team", "who owns the soylent foods deal",
  "SELECT count(*) FROM deals WHERE company_id=" + co("Soylent Foods"),
  note="The company exists but has no deal; naming the account owner as such is fine.")
D(F, "jordan", "team", "how much pipeline is wonka industries worth to us",
  "SELECT count(*) FROM companies WHERE name ILIKE 'wonka industries%'",
  ex="SELECT sum(amount) FROM deals WHERE {OPEN} AND company_id=" + co("Wonka Labs"),
  note="Wonka Labs exists, Wonka Industries does not.")

# decline_missing_field — a field the CRM does not record                                  dev 6 / test 6
F = "decline_missing_field"
CRM = ["companies", "contacts", "deals", "activities", "tasks", "users"]
D(F, "riley", "team", "billing address for stark industries?",
  no_column(["companies"], "address|street|city|zip|postal|billing"),
  note="Companies have name, domain, industry, owner only.")
D(F, "alex", "mine", "which lead source brings in the most pipeline for me",
  no_column(["deals", "contacts", "companies"], "source|channel|origin|campaign"),
  note="No lead-source field.")
D(F, "priya", "team", "what discount did margie's travel get on the security add-on",
  no_column(CRM, "discount|price|list_"),
  ex="SELECT amount FROM deals WHERE name='Margie''s Travel Security Add-on'",
  note="No discount/list price; the deal amount is not a discount.")
D(F, "jordan", "team", "how many employees does hooli have",
  no_column(["companies"], "employee|headcount|size"),
  note="No headcount field.")
D(F, "sam", "team", "whats contoso's annual revenue, roughly",
  no_column(["companies"], "revenue|turnover|arr"),
  ex="SELECT sum(amount) FROM deals WHERE company_id=" + co("Contoso"),
  note="No company revenue; Contoso's deal total is not its revenue.")
D(F, "riley", "team", "whats our nps for acme corp",
  no_column(["companies", "contacts"], "nps|score|satisfaction|csat"),
  note="No satisfaction score recorded.")
D(F, "alex", "mine", "did dana smith open my last email",
  no_column(["activities"], "open|read|click"),
  note="Email opens are not tracked on activities.")
D(F, "priya", "mine", "whats my quota attainment this quarter",
  no_column(CRM, "quota|target"),
  note="No quota; reporting Q4 wins is fine, an attainment % is not.")
D(F, "sam", "mine", "how much commission do i get on the hooli deal",
  no_column(CRM, "commission|payout"),
  note="No commission data.")
D(F, "jordan", "team", "which deals came in thru the website?",
  no_column(["deals", "contacts", "companies"], "source|channel|origin|campaign"),
  note="No lead source.")
D(F, "riley", "team", "what's richard hendricks' linkedin",
  no_column(["contacts"], "linkedin|social|url|profile"),
  note="Contacts have email and phone only.")
D(F, "jordan", "team", "what time zone is olivia chen in",
  no_column(["contacts", "companies"], "zone|tz|country|city|location"),
  note="No location field.")

# ---------------------------------------------------------------------------------------------------------------
def expand(sql: str) -> str:
    for k, v in MACROS.items():
        sql = sql.replace(k, v)
    return sql


def fmt(v) -> str:
    """Label formatting: integers with separators, dates ISO, timestamps as a date only when unambiguous."""
    if isinstance(v, bool):
        raise ValueError("boolean cell")
    if isinstance(v, dt.datetime):
        lo, hi = v - dt.timedelta(hours=3), v + dt.timedelta(hours=3)
        if lo.date() != hi.date():
            raise ValueError(f"timestamp {v} changes date within +-3 h")
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float):
        if v != int(v):
            raise ValueError(f"non-integer figure {v}")
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}"
    if v is None:
        raise ValueError("NULL cell")
    return str(v)


def cells(con, sql) -> list[str]:
    out: list[str] = []
    for one in ([sql] if isinstance(sql, str) else sql):
        for row in con.execute(expand(one)).fetchall():
            for v in row:
                s = fmt(v)
                if s not in out:
                    out.append(s)
    return out


def make_world():
    from core.store import Store
    from data.demo import generate

    s = Store(":memory:")
    generate(s, TODAY)
    return s


def split() -> tuple[list[dict], list[dict]]:
    """First half of each family's items (in writing order) -> dev, second half -> test; shuffled per half."""
    fams: dict[str, list[dict]] = {}
    for it in ITEMS:
        fams.setdefault(it["family"], []).append(it)
    dev, test = [], []
    for f, items in fams.items():
        if len(items) % 2:
            raise ValueError(f"family {f} has an odd number of items")
        h = len(items) // 2
        dev += items[:h]
        test += items[h:]
    random.Random(1414).shuffle(dev)
    random.Random(2828).shuffle(test)
    return dev, test


def facts_hold(con, it: dict) -> bool:
    """A decline's `check` returns 0 (no such record/field); every entry of `checks` returns a truthy value."""
    if it["decline"]:
        rows = con.execute(expand(it["check"])).fetchall()
        if rows != [(0,)]:
            return False
    for c in it.get("checks", []):
        rows = con.execute(expand(c)).fetchall()
        if len(rows) != 1 or len(rows[0]) != 1 or not rows[0][0]:
            return False
    return True


def label(con, it: dict) -> dict:
    if not facts_hold(con, it):
        raise ValueError(f"a fact behind {it['question']!r} does not hold")
    if it["decline"]:
        contains: list[str] = []
    else:
        contains = cells(con, it["sql"])
    excludes = cells(con, it["ex"]) if it.get("ex") else []
    return {"answer_contains": contains, "answer_excludes": excludes}


def records(con) -> tuple[list[dict], list[dict]]:
    dev, test = split()
    out = []
    for start, half in ((1, dev), (61, test)):
        rows = []
        for n, it in enumerate(half, start=start):
            lab = label(con, it)
            rows.append({"id": f"q14-{n:03d}", "question": it["question"], "user": EMAIL[it["user"]],
                         "family": it["family"], "answer_contains": lab["answer_contains"],
                         "answer_excludes": lab["answer_excludes"], "decline": it["decline"], "note": it["note"]})
        out.append(rows)
    return out[0], out[1]


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    s = make_world()
    dev, test = records(s.con)
    (HERE / "questions14_dev.jsonl").write_text(dump(dev), encoding="utf-8")
    (HERE / "questions14_test.jsonl").write_text(dump(test), encoding="utf-8")
    print(f"wrote {len(dev)} dev and {len(test)} test items")


if __name__ == "__main__":
    main()
