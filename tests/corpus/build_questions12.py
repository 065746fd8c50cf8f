"""Question set 12: chat questions about the demo CRM world, each with the SQL its labels come from.

Run:  python tests/corpus/build_questions12.py   (finds the repo via AUTOCRM_ROOT or this file's location)
Writes questions12_dev.jsonl (q12-001..q12-060) and questions12_test.jsonl (q12-061..q12-120) next to this file.

Every label is one cell of a SQL result run on the demo world generated for 2026-11-18 ("now" = 09:00).
Nothing here imports or runs answering code: only core.store.Store and data.demo.generate are used.

Item fields (see README_questions12.md):
  sql        -> rows whose cells, in order, are the answer_contains labels (<= 6)
  excl_sql   -> rows whose cells are answer_excludes labels (a plausible wrong answer), or `excl` literal list
  bounds     -> timestamp window boundaries used as {name} in sql/excl_sql; the validator moves each by -3h/0/+3h
  alts       -> other readings of the question (e.g. a Sunday-start week); each must give the same labels
  tie        -> (sql, n): ordered ranking values; the n-th and (n+1)-th must differ
  guards     -> sql that must return no rows (records exactly on a threshold, on today, ...)
  absent     -> for declines: sql that must return no rows (no such record / no column that could hold it)
"""
from __future__ import annotations

import datetime as dt
import decimal
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("AUTOCRM_ROOT") or HERE.parent.parent).resolve()
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 18)
NOW = dt.datetime(2026, 11, 18, 9, 0)
PREFIX = "q12"
DEV_FILE = HERE / "questions12_dev.jsonl"
TEST_FILE = HERE / "questions12_test.jsonl"

# --------------------------------------------------------------------------------------------------------------
# SQL fragments
OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost')"
LIVE_D = "d.deleted_at IS NULL"
LIVE_C = "c.deleted_at IS NULL"
LIVE_A = "a.deleted_at IS NULL"
LIVE_T = "t.deleted_at IS NULL"
LIVE_P = "p.deleted_at IS NULL"
NAME_P = "p.first_name || ' ' || p.last_name"
ALEX, PRIYA, SAM = "Alex Morgan", "Priya Patel", "Sam Rivera"
U = {"alex": "alex@autocrm.local", "priya": "priya@autocrm.local", "sam": "sam@autocrm.local",
     "riley": "riley@autocrm.local", "jordan": "jordan@autocrm.local"}


def owner_is(email: str, col: str = "d.owner_id") -> str:
    return f"{col} = (SELECT id FROM users WHERE email = '{email}')"


def open_deals(where: str = "TRUE", select: str = "count(*), sum(d.amount)") -> str:
    return f"SELECT {select} FROM deals d WHERE {LIVE_D} AND {OPEN} AND {where}"


def company_acts(company: str) -> str:
    return (f"FROM activities a JOIN companies c ON c.id = a.company_id "
            f"WHERE {LIVE_A} AND {LIVE_C} AND c.name = '{company}'")


def last_act(company: str, cols: str, offset: int = 0) -> str:
    return f"SELECT {cols} {company_acts(company)} ORDER BY a.occurred_at DESC LIMIT 1 OFFSET {offset}"


def last_act_tie(company: str, extra: str = "TRUE") -> tuple[str, int]:
    return (f"SELECT a.occurred_at {company_acts(company)} AND {extra} ORDER BY a.occurred_at DESC", 1)


def cols_like(*patterns: str, tables: tuple[str, ...] = ("companies", "contacts", "deals", "activities", "tasks")) -> str:
    likes = " OR ".join(f"column_name ILIKE '%{p}%'" for p in patterns)
    tabs = ", ".join(f"'{t}'" for t in tables)
    return f"SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ({tabs}) AND ({likes})"


# --------------------------------------------------------------------------------------------------------------
# calendar (Wednesday 2026-11-18; weeks start Monday, Sunday-start checked as an alternative reading)
LAST_WEEK = {"lo": "2026-11-09 00:00:00", "hi": "2026-11-16 00:00:00"}
LAST_WEEK_SUN = {"lo": "2026-11-08 00:00:00", "hi": "2026-11-15 00:00:00"}
OCT = {"lo": "2026-10-01 00:00:00", "hi": "2026-11-01 00:00:00"}
SEP = {"lo": "2026-09-01 00:00:00", "hi": "2026-10-01 00:00:00"}
AUG = {"lo": "2026-08-01 00:00:00", "hi": "2026-09-01 00:00:00"}
MTD = {"lo": "2026-11-01 00:00:00", "hi": "2026-11-18 09:00:00"}
YTD = {"lo": "2026-01-01 00:00:00", "hi": "2026-11-18 09:00:00"}


def ts(name: str) -> str:
    return "TIMESTAMP '{" + name + "}'"


IN_WINDOW = f"a.occurred_at >= {ts('lo')} AND a.occurred_at < {ts('hi')}"

MARGIES = "Margie''s Travel"  # SQL-quoted

ITEMS: list[dict] = []


def Q(family: str, user: str, question: str, sql: str | list[str] | None = None, note: str = "", *, excl_sql: str | None = None,
      excl: list[str] | None = None, bounds: dict | None = None, alts: list[dict] | None = None,
      tie: tuple[str, int] | None = None, guards: list[str] | None = None, absent: str | list[str] | None = None,
      decline: bool = False) -> None:
    ITEMS.append({"family": family, "user": U[user], "question": question, "sql": sql, "note": note,
                  "excl_sql": excl_sql, "excl": excl or [], "bounds": bounds or {}, "alts": alts or [],
                  "tie": tie, "guards": guards or [], "absent": ([absent] if isinstance(absent, str) else absent) or [],
                  "decline": decline})


# ==============================================================================================================
# last touch / activity on an account
F = "last_touch"
Q(F, "alex", "when did we last touch globex and what was it",
  last_act("Globex", "a.occurred_at, a.subject"),
  "latest non-deleted activity with company Globex: its date and subject (the one before it sits near midnight, so "
  "no date exclude)", tie=last_act_tie("Globex"))
Q(F, "priya", "whats the last thing logged on acme corp? not acme logistics",
  last_act("Acme Corp", "a.subject"),
  "subject of the latest activity on Acme Corp (its 23:49 timestamp makes the date zone-sensitive, so only the "
  "subject is a label); exclude = Acme Logistics' latest subject",
  excl_sql=last_act("Acme Logistics", "a.subject"), tie=last_act_tie("Acme Corp"))
Q(F, "sam", "last touch on hooli?",
  last_act("Hooli", "a.occurred_at, a.subject"),
  "latest activity on Hooli: date + subject; exclude = date of the activity before",
  excl_sql=last_act("Hooli", "a.occurred_at", 1), tie=last_act_tie("Hooli"))
Q(F, "jordan", "when did anyone last log something on wayne enterprises, and who logged it",
  last_act("Wayne Enterprises", "a.occurred_at, (SELECT name FROM users WHERE id = a.author_id)"),
  "latest activity on Wayne Enterprises: date and author name",
  excl_sql=last_act("Wayne Enterprises", "a.occurred_at", 1), tie=last_act_tie("Wayne Enterprises"))
Q(F, "riley", "last activity date on umbrella health",
  last_act("Umbrella Health", "a.occurred_at"),
  "max(occurred_at) on Umbrella Health (several activities share 2026-10-24 09:00, only the date is a label); "
  "exclude = the deal's close date, a plausible mix-up",
  excl_sql="SELECT d.close_date FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Umbrella Health'")
Q(F, "alex", "whens the last time i logged anything on stark industries",
  last_act("Stark Industries", "a.occurred_at") .replace("WHERE", f"WHERE {owner_is(U['alex'], 'a.author_id')} AND", 1),
  "latest activity on Stark Industries authored by Alex (all Stark activities are Alex's); exclude = the one before",
  excl_sql=last_act("Stark Industries", "a.occurred_at", 1),
  tie=last_act_tie("Stark Industries"))
Q(F, "sam", "last call we had w/ fabrikam - when?",
  f"SELECT a.occurred_at {company_acts('Fabrikam')} AND a.type = 'call' ORDER BY a.occurred_at DESC LIMIT 1",
  "latest activity of type call on Fabrikam; exclude = subject of the latest activity of any type (a note, logged "
  "later)", excl_sql=last_act("Fabrikam", "a.subject"), tie=last_act_tie("Fabrikam", "a.type = 'call'"))
Q(F, "priya", "how many activities did i log on margie's travel last month",
  f"SELECT count(*) {company_acts(MARGIES)} AND {owner_is(U['priya'], 'a.author_id')} AND {IN_WINDOW}",
  "October 2026 activities on Margie's Travel authored by Priya; exclude = all authors' count",
  excl_sql=f"SELECT count(*) {company_acts(MARGIES)} AND {IN_WINDOW}", bounds=OCT)

# ==============================================================================================================
# deal fields
F = "deal_fields"
Q(F, "alex", "what stage is the stark deal in and whats it worth",
  "SELECT d.stage, d.amount FROM deals d JOIN companies c ON c.id = d.company_id "
  f"WHERE {LIVE_D} AND c.name = 'Stark Industries'",
  "the only Stark Industries deal: stage + amount (no plausible same-named record, so no exclude)")
Q(F, "priya", "close date on teh acme corp renewal?",
  f"SELECT d.close_date FROM deals d WHERE {LIVE_D} AND d.name = 'Acme Corp Renewal'",
  "close_date of Acme Corp Renewal; exclude = close_date of the other Acme Corp deal (Expansion)",
  excl_sql=f"SELECT d.close_date FROM deals d WHERE {LIVE_D} AND d.name = 'Acme Corp Expansion'")
Q(F, "sam", "whats the amount on the acme logistics deal",
  f"SELECT d.amount FROM deals d JOIN companies c ON c.id = d.company_id WHERE {LIVE_D} AND c.name = 'Acme Logistics'",
  "Acme Logistics has one deal (Fleet Platform); exclude = the two Acme Corp deal amounts",
  excl_sql=f"SELECT d.amount FROM deals d JOIN companies c ON c.id = d.company_id WHERE {LIVE_D} AND c.name = 'Acme Corp'")
Q(F, "jordan", "when was the fabrikam support plan opp created",
  f"SELECT d.created_at FROM deals d WHERE {LIVE_D} AND d.name = 'Fabrikam Support Plan'",
  "created_at date of Fabrikam Support Plan; exclude = created dates of the other two Fabrikam deals",
  excl_sql=f"SELECT d.created_at FROM deals d WHERE {LIVE_D} AND d.name LIKE 'Fabrikam %' AND d.name <> 'Fabrikam Support Plan'")
Q(F, "riley", "who's the contact on the hooli security add-on deal",
  f"SELECT {NAME_P} FROM deals d JOIN contacts p ON p.id = d.contact_id WHERE {LIVE_D} AND {LIVE_P} "
  "AND d.name = 'Hooli Security Add-on'",
  "deal.contact_id -> contact name; exclude = the other Hooli contacts with a senior title (CTOs)",
  excl_sql=f"SELECT {NAME_P} FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} "
  "AND c.name = 'Hooli' AND p.title = 'CTO'")
Q(F, "alex", "initech opp - what product is it and when's it supposed to close",
  f"SELECT d.product, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id WHERE {LIVE_D} AND c.name = 'Initech'",
  "Initech's only deal: product + close_date; exclude = its created date",
  excl_sql=f"SELECT d.created_at FROM deals d JOIN companies c ON c.id = d.company_id WHERE {LIVE_D} AND c.name = 'Initech'")
Q(F, "priya", "amt + stage on the woodgrove bank deal?",
  f"SELECT d.amount, d.stage FROM deals d JOIN companies c ON c.id = d.company_id WHERE {LIVE_D} AND c.name = 'Woodgrove Bank'",
  "Woodgrove Bank's only deal: amount + stage")
Q(F, "sam", "contoso analytics suite - stage and close date pls",
  f"SELECT d.stage, d.close_date FROM deals d WHERE {LIVE_D} AND d.name = 'Contoso Analytics Suite'",
  "stage + close_date of Contoso Analytics Suite; exclude = Contoso Support Plan's stage and close date",
  excl_sql=f"SELECT d.stage, d.close_date FROM deals d WHERE {LIVE_D} AND d.name = 'Contoso Support Plan'")

# ==============================================================================================================
# account owner vs deal owner
F = "account_vs_deal_owner"
Q(F, "riley", "who owns the alpine ski house account, and who owns the security add-on deal there?",
  "SELECT (SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Alpine Ski House'), "
  "(SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Alpine Ski House Security Add-on')",
  "companies.owner_id vs deals.owner_id for Alpine Ski House / its Security Add-on deal")
Q(F, "alex", "who's the account owner for fabrikam",
  f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE {LIVE_C} AND c.name = 'Fabrikam'",
  "companies.owner_id of Fabrikam; exclude = Sam Rivera, who owns two of the three Fabrikam deals",
  excl=[SAM])
Q(F, "jordan", "who owns the globex platform expansion deal",
  f"SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE {LIVE_D} AND d.name = 'Globex Platform Expansion'",
  "deal owner; exclude = the Globex account owner",
  excl_sql=f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Globex'")
Q(F, "priya", "contoso: whose account is it and who has the analytics suite opp",
  "SELECT (SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Contoso'), "
  "(SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Contoso Analytics Suite')",
  "account owner of Contoso, then owner of Contoso Analytics Suite; exclude = Priya (owner of the other Contoso deal)",
  excl=[PRIYA])
Q(F, "jordan", "which of alex's accounts have open deals that priya owns",
  f"SELECT DISTINCT c.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE {LIVE_D} AND {LIVE_C} AND {OPEN} "
  f"AND {owner_is(U['alex'], 'c.owner_id')} AND {owner_is(U['priya'])} ORDER BY 1",
  "companies owned by Alex with at least one open (not Closed Won/Lost) deal owned by Priya; exclude = an Alex "
  "account whose open deals are all Alex's own",
  excl=["Nakatomi Trading"])
Q(F, "alex", "who owns the wonka labs account and who logged the last activity there",
  f"SELECT (SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Wonka Labs'), "
  f"(SELECT u.name FROM activities a JOIN users u ON u.id = a.author_id JOIN companies c ON c.id = a.company_id "
  f"WHERE {LIVE_A} AND c.name = 'Wonka Labs' ORDER BY a.occurred_at DESC LIMIT 1)",
  "account owner vs author of the latest Wonka Labs activity (the deal there is Priya's)",
  tie=last_act_tie("Wonka Labs"))
Q(F, "sam", "deal owner on the proseware consulting services opp? and the acct owner?",
  "SELECT (SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Proseware Consulting Services'), "
  "(SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Proseware')",
  "deals.owner_id of Proseware Consulting Services, companies.owner_id of Proseware")
Q(F, "riley", "who owns the tailspin toys account",
  f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE {LIVE_C} AND c.name = 'Tailspin Toys'",
  "companies.owner_id; exclude = Priya, owner of the larger Tailspin deal (Analytics Suite)",
  excl_sql=f"SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Tailspin Toys Analytics Suite'")

# ==============================================================================================================
# contacts
F = "contacts"
Q(F, "alex", "whats dana smith's email",
  f"SELECT p.email FROM contacts p WHERE {LIVE_P} AND {NAME_P} = 'Dana Smith'",
  "email of Dana Smith (Acme Corp); exclude = the other Dana's email",
  excl_sql=f"SELECT p.email FROM contacts p WHERE {LIVE_P} AND {NAME_P} = 'Dana Lee'")
Q(F, "priya", "phone # for chris park?",
  f"SELECT p.phone FROM contacts p WHERE {LIVE_P} AND {NAME_P} = 'Chris Park'",
  "phone of Chris Park; exclude = the other Chris's phone",
  excl_sql=f"SELECT p.phone FROM contacts p WHERE {LIVE_P} AND {NAME_P} = 'Chris Walker'")
Q(F, "sam", "who do we know at hooli",
  f"SELECT {NAME_P} FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} AND c.name = 'Hooli' ORDER BY p.id",
  "all live contacts whose company is Hooli (5 names)")
Q(F, "jordan", "marcus webb - what's his title",
  f"SELECT p.title FROM contacts p WHERE {LIVE_P} AND {NAME_P} = 'Marcus Webb'",
  "contacts.title; exclude = the title of another Initech contact",
  excl_sql=f"SELECT p.title FROM contacts p JOIN companies c ON c.id = p.company_id WHERE c.name = 'Initech' "
  f"AND {NAME_P} = 'Grace Ortiz'")
Q(F, "riley", "which contacts at initech are still leads",
  f"SELECT {NAME_P} FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} AND c.name = 'Initech' "
  "AND p.lifecycle_stage = 'lead' ORDER BY p.id",
  "Initech contacts with lifecycle_stage 'lead'; exclude = the Initech contacts at other stages",
  excl_sql=f"SELECT {NAME_P} FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} AND c.name = 'Initech' "
  "AND p.lifecycle_stage <> 'lead' ORDER BY p.id")
Q(F, "alex", "lifecycle stage for richard hendricks?",
  f"SELECT p.lifecycle_stage FROM contacts p WHERE {LIVE_P} AND {NAME_P} = 'Richard Hendricks'",
  "contacts.lifecycle_stage", excl=["customer"])
Q(F, "priya", "who's the cfo at umbrella health",
  f"SELECT {NAME_P} FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} AND c.name = 'Umbrella Health' "
  "AND p.title = 'CFO'",
  "title = CFO at Umbrella Health; exclude = the CIO (the deal contact) and the CEO there",
  excl_sql=f"SELECT {NAME_P} FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} "
  "AND c.name = 'Umbrella Health' AND p.title <> 'CFO' ORDER BY p.id")
Q(F, "sam", "how many contacts do we have at acme logistics",
  f"SELECT count(*) FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} AND c.name = 'Acme Logistics'",
  "count of live contacts at Acme Logistics (not Acme Corp)")
Q(F, "jordan", "email for the ceo of pied piper",
  f"SELECT p.email FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} AND c.name = 'Pied Piper' "
  "AND p.title = 'CEO'",
  "title CEO at Pied Piper -> email; exclude = the other Pied Piper contacts' emails",
  excl_sql=f"SELECT p.email FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} "
  "AND c.name = 'Pied Piper' AND p.title <> 'CEO' ORDER BY p.id")
Q(F, "riley", "how many contacts in the crm are custmers (lifecycle stage)",
  f"SELECT count(*) FROM contacts p WHERE {LIVE_P} AND p.lifecycle_stage = 'customer'",
  "count of contacts with lifecycle_stage customer; exclude = total contact count",
  excl_sql=f"SELECT count(*) FROM contacts p WHERE {LIVE_P}")

# ==============================================================================================================
# open pipeline by period / stage / owner / account
F = "open_pipeline"
DEC = "d.close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"
Q1 = "d.close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"
Q(F, "alex", "whats my open pipe closing in december",
  open_deals(f"{owner_is(U['alex'])} AND {DEC}"),
  "Alex's open deals (stage not Closed Won/Lost) with close_date in Dec 2026: count, sum(amount); exclude = team figure",
  excl_sql=open_deals(DEC, "sum(d.amount)"))
Q(F, "priya", "my pipeline closing in q1 next yr?",
  open_deals(f"{owner_is(U['priya'])} AND {Q1}"),
  "Priya's open deals closing 2027-01-01..2027-03-31: count, sum; exclude = team Q1 sum",
  excl_sql=open_deals(Q1, "sum(d.amount)"))
Q(F, "sam", "how much do i have in negotation rn",
  open_deals(f"{owner_is(U['sam'])} AND d.stage = 'Negotiation'"),
  "Sam's Negotiation-stage deals: count, sum; exclude = team Negotiation sum",
  excl_sql=open_deals("d.stage = 'Negotiation'", "sum(d.amount)"))
Q(F, "jordan", "team pipeline sitting in proposal - how many deals and how much",
  open_deals("d.stage = 'Proposal'"),
  "all live deals in stage Proposal: count, sum; exclude = the Qualified-stage sum",
  excl_sql=open_deals("d.stage = 'Qualified'", "sum(d.amount)"))
Q(F, "riley", "how much open pipeline does sam have? all open deals, doesnt matter the close date",
  open_deals(owner_is(U['sam'])),
  "Sam's open deals of any close date (one is past its close date and still counts): count, sum; exclude = "
  "the sum without the past-due one",
  excl_sql=open_deals(f"{owner_is(U['sam'])} AND d.close_date >= DATE '2026-11-18'", "sum(d.amount)"))
Q(F, "alex", "open pipe on nakatomi tradng?",
  open_deals("d.company_id = (SELECT id FROM companies WHERE name = 'Nakatomi Trading')"),
  "open deals at Nakatomi Trading: count, sum; exclude = the biggest single Nakatomi deal",
  excl_sql=open_deals("d.company_id = (SELECT id FROM companies WHERE name = 'Nakatomi Trading')", "max(d.amount)"))
Q(F, "priya", "total $ of everything still open at alpine ski house, whole team not just mine",
  open_deals("d.company_id = (SELECT id FROM companies WHERE name = 'Alpine Ski House')", "sum(d.amount)"),
  "sum of open deals at Alpine Ski House (all four are open); exclude = Priya's share only",
  excl_sql=open_deals(f"d.company_id = (SELECT id FROM companies WHERE name = 'Alpine Ski House') AND {owner_is(U['priya'])}",
                      "sum(d.amount)"))
Q(F, "sam", "whole team's pipe closing next month? (not just mine)",
  open_deals(DEC),
  "all reps' open deals closing in December 2026: count, sum; exclude = Sam's own December sum",
  excl_sql=open_deals(f"{owner_is(U['sam'])} AND {DEC}", "sum(d.amount)"))
Q(F, "jordan", "how many deals dose priya have at lead stage and whats the total",
  open_deals(f"{owner_is(U['priya'])} AND d.stage = 'Lead'"),
  "Priya's Lead-stage deals: count, sum; exclude = team Lead sum",
  excl_sql=open_deals("d.stage = 'Lead'", "sum(d.amount)"))
Q(F, "riley", "qualified stage pipeline across the team?",
  open_deals("d.stage = 'Qualified'"),
  "all live deals in stage Qualified: count, sum (three are past their close date but still open); exclude = "
  "the Proposal sum",
  excl_sql=open_deals("d.stage = 'Proposal'", "sum(d.amount)"))

# ==============================================================================================================
# won / lost in a period (close_date is the closing date of closed deals)
F = "won_lost"
WON = "d.stage = 'Closed Won'"
LOST = "d.stage = 'Closed Lost'"
Q3 = "d.close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"
OCT_D = "d.close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"
Q4 = "d.close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"
Y26 = "d.close_date BETWEEN DATE '2026-01-01' AND DATE '2026-12-31'"


def closed(where: str, select: str = "count(*), sum(d.amount)") -> str:
    return f"SELECT {select} FROM deals d WHERE {LIVE_D} AND {where}"


Q(F, "alex", "what did i win last quarter",
  closed(f"{WON} AND {Q3} AND {owner_is(U['alex'])}", "d.name, d.amount"),
  "Alex's Closed Won deals with close_date in Q3 2026 (Jul-Sep): name + amount; exclude = team Q3 won total",
  excl_sql=closed(f"{WON} AND {Q3}", "sum(d.amount)"))
Q(F, "priya", "how many deals did the team lose in october and for how much",
  closed(f"{LOST} AND {OCT_D}"),
  "Closed Lost with close_date in Oct 2026: count, sum; exclude = October won total",
  excl_sql=closed(f"{WON} AND {OCT_D}", "sum(d.amount)"))
Q(F, "sam", "my closed won this yr - count and total",
  closed(f"{WON} AND {Y26} AND {owner_is(U['sam'])}"),
  "Sam's Closed Won with close_date in 2026: count, sum; exclude = team 2026 won total",
  excl_sql=closed(f"{WON} AND {Y26}", "sum(d.amount)"))
Q(F, "jordan", "team closed won in q3: count + total",
  closed(f"{WON} AND {Q3}"),
  "Closed Won with close_date 2026-07-01..09-30: count, sum; exclude = won total for Q3 plus October",
  excl_sql=closed(f"{WON} AND d.close_date BETWEEN DATE '2026-07-01' AND DATE '2026-10-31'", "sum(d.amount)"))
Q(F, "riley", "what did priya lose in q3",
  closed(f"{LOST} AND {Q3} AND {owner_is(U['priya'])}", "d.name, d.amount"),
  "Priya's Closed Lost with close_date in Q3 2026; exclude = the team's biggest Q3 loss (Alex's)",
  excl_sql=closed(f"{LOST} AND {Q3} AND NOT {owner_is(U['priya'])}", "d.name, d.amount"))
Q(F, "alex", "how much did i lose last month",
  closed(f"{LOST} AND {OCT_D} AND {owner_is(U['alex'])}"),
  "Alex's Closed Lost with close_date in Oct 2026: count, sum; exclude = team October lost sum",
  excl_sql=closed(f"{LOST} AND {OCT_D}", "sum(d.amount)"))
Q(F, "priya", "biggest deal anyone won this year?",
  closed(f"{WON} AND {Y26}", "d.name, d.amount") + " ORDER BY d.amount DESC LIMIT 1",
  "max amount among 2026 Closed Won; exclude = the runner-up",
  excl_sql=closed(f"{WON} AND {Y26}", "d.name, d.amount") + " ORDER BY d.amount DESC LIMIT 1 OFFSET 1",
  tie=(closed(f"{WON} AND {Y26}", "d.amount") + " ORDER BY d.amount DESC", 1))
Q(F, "sam", "total won vs total lost for the whole team, all time",
  [closed(WON, "sum(d.amount)"), closed(LOST, "sum(d.amount)")],
  "sum(amount) of Closed Won, then of Closed Lost, no date filter")

# ==============================================================================================================
# counts with conditions
F = "counts_conditions"
Q(F, "alex", "how many of my open deals are over 100k",
  open_deals(f"{owner_is(U['alex'])} AND d.amount > 100000", "count(*)"),
  "Alex's open deals with amount > 100,000 (none is exactly 100,000); exclude = team count",
  excl_sql=open_deals("d.amount > 100000", "count(*)"),
  guards=[open_deals("d.amount = 100000", "d.id")])
Q(F, "priya", "wich open deals are past thier close date? whole team",
  open_deals(f"d.close_date < DATE '2026-11-18'", "d.name") + " ORDER BY d.close_date",
  "open deals with close_date before today (none closes today); exclude = a closed deal with an old close date",
  excl=["Oscorp Software License"],
  guards=[open_deals("d.close_date = DATE '2026-11-18'", "d.id")])
Q(F, "jordan", "which of alex's open deals have had no activity in 3 weeks",
  open_deals(f"{owner_is(U['alex'])} AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.deal_id = d.id AND {LIVE_A} "
             f"AND a.occurred_at >= {ts('lo')})", "d.name") + " ORDER BY d.name",
  "Alex's open deals whose latest activity is before now-21d (2026-10-28 09:00, moved +-3h and to midnight); "
  "exclude = Alex's quiet-ish deal last touched 2026-10-31",
  excl=["Tyrell Systems Security Add-on"], bounds={"lo": "2026-10-28 09:00:00"},
  alts=[{"bounds": {"lo": "2026-10-28 00:00:00"}}])
Q(F, "riley", "count of open deals under 20k?",
  open_deals("d.amount < 20000", "count(*)"),
  "open deals with amount < 20,000 (none exactly 20,000)",
  guards=[open_deals("d.amount = 20000", "d.id")])
Q(F, "sam", "how many deals got created last month, whole team",
  f"SELECT count(*) FROM deals d WHERE {LIVE_D} AND d.created_at >= {ts('lo')} AND d.created_at < {ts('hi')}",
  "deals with created_at in October 2026, any stage/owner; exclude = the September count",
  excl_sql=f"SELECT count(*) FROM deals d WHERE {LIVE_D} AND d.created_at >= {ts('lo2')} AND d.created_at < {ts('hi2')}",
  bounds={**OCT, "lo2": SEP["lo"], "hi2": SEP["hi"]})
Q(F, "priya", "any open deals across the team with no activity at all in the last 4 weeks?",
  open_deals(f"NOT EXISTS (SELECT 1 FROM activities a WHERE a.deal_id = d.id AND {LIVE_A} "
             f"AND a.occurred_at >= {ts('lo')})", "d.name") + " ORDER BY d.name",
  "open deals whose latest activity is before now-28d (2026-10-21 09:00); exclude = the closed-lost deal that is "
  "also quiet, and the next quietest open deal",
  excl=["Oscorp Software License", "Blue Yonder Airlines Security Add-on"], bounds={"lo": "2026-10-21 09:00:00"},
  alts=[{"bounds": {"lo": "2026-10-21 00:00:00"}}])
Q(F, "sam", "how many activities did i log last week? incl the weekend",
  f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND {IN_WINDOW} AND {owner_is(U['sam'], 'a.author_id')}",
  "Sam-authored activities Mon 2026-11-09..Sun 11-15; a Sunday-start week (11-08..11-14) gives the same count; "
  "exclude = the team's count for the Monday week",
  excl_sql=f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND {IN_WINDOW}",
  bounds=LAST_WEEK, alts=[{"bounds": LAST_WEEK_SUN}])
Q(F, "priya", "how many open deals across the team are 150k or more",
  open_deals("d.amount >= 150000", "count(*)"),
  "open deals with amount >= 150,000 (none is exactly 150,000); exclude = the count over 100k",
  excl_sql=open_deals("d.amount > 100000", "count(*)"),
  guards=[open_deals("d.amount = 150000", "d.id")])

# ==============================================================================================================
# rankings
F = "rankings"
Q(F, "alex", "my top 3 opne deals by amount",
  open_deals(owner_is(U['alex']), "d.name, d.amount") + " ORDER BY d.amount DESC LIMIT 3",
  "Alex's open deals by amount desc, first 3 (names + amounts); exclude = the 4th",
  excl_sql=open_deals(owner_is(U['alex']), "d.name, d.amount") + " ORDER BY d.amount DESC LIMIT 1 OFFSET 3",
  tie=(open_deals(owner_is(U['alex']), "d.amount") + " ORDER BY d.amount DESC", 3))
Q(F, "priya", "my 2 biggest deals closing in dec",
  open_deals(f"{owner_is(U['priya'])} AND {DEC}", "d.name, d.amount") + " ORDER BY d.amount DESC LIMIT 2",
  "Priya's open deals with Dec 2026 close_date, top 2 by amount; exclude = the 3rd",
  excl_sql=open_deals(f"{owner_is(U['priya'])} AND {DEC}", "d.name, d.amount") + " ORDER BY d.amount DESC LIMIT 1 OFFSET 2",
  tie=(open_deals(f"{owner_is(U['priya'])} AND {DEC}", "d.amount") + " ORDER BY d.amount DESC", 2))
Q(F, "jordan", "top 5 accounts by open pipeline $",
  f"SELECT c.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE {LIVE_D} AND {LIVE_C} AND {OPEN} "
  "GROUP BY c.name ORDER BY sum(d.amount) DESC LIMIT 5",
  "companies ranked by sum of open deal amounts, first 5 (names); exclude = the 6th",
  excl_sql=f"SELECT c.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE {LIVE_D} AND {LIVE_C} AND {OPEN} "
  "GROUP BY c.name ORDER BY sum(d.amount) DESC LIMIT 1 OFFSET 5",
  tie=(f"SELECT sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id WHERE {LIVE_D} AND {OPEN} "
       "GROUP BY c.name ORDER BY 1 DESC", 5))
Q(F, "riley", "sam's 3 smallest open deals?",
  open_deals(owner_is(U['sam']), "d.name, d.amount") + " ORDER BY d.amount LIMIT 3",
  "Sam's open deals by amount asc, first 3; exclude = the 4th smallest",
  excl_sql=open_deals(owner_is(U['sam']), "d.name") + " ORDER BY d.amount LIMIT 1 OFFSET 3",
  tie=(open_deals(owner_is(U['sam']), "d.amount") + " ORDER BY d.amount", 3))
Q(F, "sam", "largest deal the team lost this year",
  closed(f"{LOST} AND {Y26}", "d.name, d.amount") + " ORDER BY d.amount DESC LIMIT 1",
  "max amount among 2026 Closed Lost; exclude = the runner-up",
  excl_sql=closed(f"{LOST} AND {Y26}", "d.name, d.amount") + " ORDER BY d.amount DESC LIMIT 1 OFFSET 1",
  tie=(closed(f"{LOST} AND {Y26}", "d.amount") + " ORDER BY d.amount DESC", 1))
Q(F, "alex", "which account had the most activity logged last month across the team? how many",
  f"SELECT c.name, count(*) FROM activities a JOIN companies c ON c.id = a.company_id WHERE {LIVE_A} AND {IN_WINDOW} "
  "GROUP BY c.name ORDER BY 2 DESC LIMIT 1",
  "October 2026 activity count per company, top 1 (name + count); exclude = the runner-up",
  excl_sql=f"SELECT c.name FROM activities a JOIN companies c ON c.id = a.company_id WHERE {LIVE_A} AND {IN_WINDOW} "
  "GROUP BY c.name ORDER BY count(*) DESC LIMIT 1 OFFSET 1", bounds=OCT,
  tie=(f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND {IN_WINDOW} GROUP BY a.company_id ORDER BY 1 DESC", 1))
Q(F, "priya", "who logged the most calls in october",
  f"SELECT u.name, count(*) FROM activities a JOIN users u ON u.id = a.author_id WHERE {LIVE_A} AND a.type = 'call' "
  f"AND {IN_WINDOW} GROUP BY u.name ORDER BY 2 DESC LIMIT 1",
  "October 2026 activities of type call per author, top 1 (name + count)", bounds=OCT,
  excl=[PRIYA],
  tie=(f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'call' AND {IN_WINDOW} "
       "GROUP BY a.author_id ORDER BY 1 DESC", 1))
Q(F, "riley", "which rep has the biggest open pipe closing in q1 2027",
  open_deals(Q1, "(SELECT name FROM users WHERE id = d.owner_id), sum(d.amount)") + " GROUP BY d.owner_id "
  "ORDER BY 2 DESC LIMIT 1",
  "per-owner sum of open deals closing 2027-01-01..03-31, top 1 (name + sum); exclude = runner-up's name",
  excl_sql=open_deals(Q1, "(SELECT name FROM users WHERE id = d.owner_id)") + " GROUP BY d.owner_id "
  "ORDER BY sum(d.amount) DESC LIMIT 1 OFFSET 1",
  tie=(open_deals(Q1, "sum(d.amount)") + " GROUP BY d.owner_id ORDER BY 1 DESC", 1))

# ==============================================================================================================
# grouped totals
F = "grouped_totals"
Q(F, "riley", "closed won by product this year",
  closed(f"{WON} AND {Y26}", "d.product, sum(d.amount)") + " GROUP BY d.product ORDER BY 2 DESC",
  "2026 Closed Won summed per product (3 products)")
Q(F, "alex", "break down my deals closing in december by stage",
  open_deals(f"{owner_is(U['alex'])} AND {DEC}", "d.stage, sum(d.amount)") + " GROUP BY d.stage ORDER BY 2 DESC",
  "Alex's open deals with Dec 2026 close_date, sum per stage; exclude = Alex's December total",
  excl_sql=open_deals(f"{owner_is(U['alex'])} AND {DEC}", "sum(d.amount)"))
Q(F, "jordan", "open pipe by month for dec, jan and feb (team)",
  open_deals("d.close_date BETWEEN DATE '2026-12-01' AND DATE '2027-02-28'", "sum(d.amount)")
  + " GROUP BY date_trunc('month', d.close_date) ORDER BY date_trunc('month', d.close_date)",
  "team open deals grouped by close month Dec 2026, Jan 2027, Feb 2027: sums in month order")
Q(F, "priya", "lost deals by rep this quarter",
  closed(f"{LOST} AND {Q4}", "(SELECT name FROM users WHERE id = d.owner_id), sum(d.amount)")
  + " GROUP BY d.owner_id ORDER BY 2 DESC",
  "Q4 2026 (Oct-Dec) Closed Lost summed per owner (Priya has none); exclude = the team total",
  excl_sql=closed(f"{LOST} AND {Q4}", "sum(d.amount)"))
Q(F, "sam", "team's open pipe by rep, only stuff closing in q1",
  open_deals(Q1, "(SELECT name FROM users WHERE id = d.owner_id), sum(d.amount)") + " GROUP BY d.owner_id ORDER BY 2 DESC",
  "open deals closing 2027-01-01..03-31 summed per owner (3 reps, names + sums)")
Q(F, "riley", "how many activities did each rep log in august",
  f"SELECT u.name, count(*) FROM activities a JOIN users u ON u.id = a.author_id WHERE {LIVE_A} AND {IN_WINDOW} "
  "GROUP BY u.name ORDER BY 2 DESC",
  "activities per author with occurred_at in Aug 2026 (names + counts)", bounds=AUG)
Q(F, "priya", "mtd how many calls, emails and meetings have i logged",
  f"SELECT count(*) FILTER (WHERE a.type = 'call'), count(*) FILTER (WHERE a.type = 'email'), "
  f"count(*) FILTER (WHERE a.type = 'meeting') FROM activities a WHERE {LIVE_A} AND {IN_WINDOW} "
  f"AND {owner_is(U['priya'], 'a.author_id')}",
  "Priya-authored activities 2026-11-01 00:00..now, counted for call / email / meeting (her only activity today is a "
  "message, so 'through yesterday' gives the same counts)", bounds=MTD,
  alts=[{"bounds": {"lo": MTD["lo"], "hi": "2026-11-18 00:00:00"}}],
  guards=[f"SELECT a.id FROM activities a WHERE {LIVE_A} AND {owner_is(U['priya'], 'a.author_id')} "
          "AND a.type IN ('call', 'email', 'meeting') AND a.occurred_at >= TIMESTAMP '2026-11-18 00:00:00'"])
Q(F, "jordan", "open deals at lead vs negotiation - count and $ for each",
  [open_deals("d.stage = 'Lead'"), open_deals("d.stage = 'Negotiation'")],
  "open deals in stage Lead: count, sum; then Negotiation: count, sum")

# ==============================================================================================================
# tasks
F = "tasks"
OPEN_T = "t.status = 'open'"


def tasks(where: str, select: str = "t.title") -> str:
    return f"SELECT {select} FROM tasks t WHERE {LIVE_T} AND {where}"


Q(F, "sam", "what are my overdue tasks",
  tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')} AND t.due_date < DATE '2026-11-18'") + " ORDER BY t.due_date",
  "Sam's open tasks due before today (titles); exclude = Sam's open task due next (not overdue)",
  excl_sql=tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')} AND t.due_date >= DATE '2026-11-18'")
  + " ORDER BY t.due_date LIMIT 1",
  guards=[tasks(f"{owner_is(U['sam'], 't.owner_id')} AND t.due_date = DATE '2026-11-18'", "t.id")])
Q(F, "priya", "list my overdeu tasks pls",
  tasks(f"{OPEN_T} AND {owner_is(U['priya'], 't.owner_id')} AND t.due_date < DATE '2026-11-18'") + " ORDER BY t.due_date",
  "Priya's open tasks due before today; exclude = a Priya task already done",
  excl=["Send pricing (Monarch Solutions Software License)"],
  guards=[tasks(f"{owner_is(U['priya'], 't.owner_id')} AND t.due_date = DATE '2026-11-18'", "t.id")])
Q(F, "jordan", "how many open tasks is alex overdue on",
  tasks(f"{OPEN_T} AND {owner_is(U['alex'], 't.owner_id')} AND t.due_date < DATE '2026-11-18'", "count(*)"),
  "count of Alex's open tasks with due_date < today (his task due today is done, so not counted); "
  "exclude = team overdue count",
  excl_sql=tasks(f"{OPEN_T} AND t.due_date < DATE '2026-11-18'", "count(*)"))
Q(F, "sam", "anything due for me between now and sunday? not counting the overdue stuff",
  tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')} AND t.due_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-22'"),
  "Sam's open tasks due this week and not overdue: Mon 11-16..Sun 11-22 minus overdue; the same with 'today on' and "
  "with a Sunday-start week; his one task is due Saturday 11-21, hence 'between now and sunday' rather than a "
  "work-week; exclude = his overdue task title, which the question rules out",
  alts=[{"sql": tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')} AND t.due_date BETWEEN DATE '2026-11-16' "
                      "AND DATE '2026-11-22'")},
        {"sql": tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')} AND t.due_date BETWEEN DATE '2026-11-15' "
                      "AND DATE '2026-11-21'")}],
  excl=["Send pricing (Umbrella Health Support Plan)"])
Q(F, "riley", "how many tasks did the team complete in october",
  tasks(f"t.status = 'done' AND t.completed_at >= {ts('lo')} AND t.completed_at < {ts('hi')}", "count(*)"),
  "tasks with status done and completed_at in Oct 2026 (by completion, not due date); exclude = all done tasks",
  excl_sql=tasks("t.status = 'done'", "count(*)"), bounds=OCT)
Q(F, "sam", "open tasks due next week for me, weekend included?",
  tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')} AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29'")
  + " ORDER BY t.due_date, t.id",
  "Sam's open tasks due Mon 11-23..Sun 11-29 (Sunday-start week 11-22..11-28 gives the same); exclude = his done "
  "task due that week",
  alts=[{"sql": tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')} AND t.due_date BETWEEN DATE '2026-11-22' "
                      "AND DATE '2026-11-28'") + " ORDER BY t.due_date, t.id"}],
  excl=["Book a demo (Umbrella Health Support Plan)"])
Q(F, "alex", "which deal is my send contract task due tomorrow for",
  tasks(f"{OPEN_T} AND {owner_is(U['alex'], 't.owner_id')} AND t.due_date = DATE '2026-11-19' AND t.title LIKE 'Send contract%'",
        "(SELECT name FROM deals WHERE id = t.deal_id)"),
  "Alex's open 'Send contract' task due 2026-11-19 -> its deal; exclude = the deal of his other task due that day",
  excl=["Nakatomi Trading Consulting Services"])
Q(F, "priya", "which tasks are still open on the monarch solutions software license deal - due dates?",
  tasks(f"{OPEN_T} AND t.deal_id = (SELECT id FROM deals WHERE name = 'Monarch Solutions Software License')",
        "t.due_date") + " ORDER BY t.due_date",
  "open tasks linked to that deal, labels = due dates (two share a title); exclude = due dates of its done tasks",
  excl_sql=tasks("t.status = 'done' AND t.deal_id = (SELECT id FROM deals WHERE name = 'Monarch Solutions Software "
                 "License')", "t.due_date") + " ORDER BY t.due_date")
Q(F, "jordan", "what open tasks does the team have due tomorrow",
  tasks(f"{OPEN_T} AND t.due_date = DATE '2026-11-19'") + " ORDER BY t.id",
  "open tasks with due_date 2026-11-19 (both Alex's); exclude = a done task due today",
  excl=["Send contract (Cyberdyne Consulting Services)"])
Q(F, "alex", "how many of my tasks are marked done",
  tasks(f"t.status = 'done' AND {owner_is(U['alex'], 't.owner_id')}", "count(*)"),
  "Alex's tasks with status done (any date); exclude = team done count",
  excl_sql=tasks("t.status = 'done'", "count(*)"))

# ==============================================================================================================
# comparisons
F = "comparisons"
Q(F, "riley", "who won more in q3, priya or sam? amounts",
  [closed(f"{WON} AND {Q3} AND {owner_is(U['sam'])}", "(SELECT name FROM users WHERE id = d.owner_id), sum(d.amount)")
   + " GROUP BY d.owner_id", closed(f"{WON} AND {Q3} AND {owner_is(U['priya'])}", "sum(d.amount)")],
  "Closed Won with close_date in Q3 2026: Sam's name + sum (the higher), then Priya's sum; exclude = Sam's Q2 win",
  excl_sql=closed(f"{WON} AND d.close_date BETWEEN DATE '2026-04-01' AND DATE '2026-06-30' AND {owner_is(U['sam'])}",
                  "sum(d.amount)"))
Q(F, "alex", "me vs priya - open pipe closing in december",
  [open_deals(f"{owner_is(U['alex'])} AND {DEC}", "sum(d.amount)"),
   open_deals(f"{owner_is(U['priya'])} AND {DEC}", "sum(d.amount)")],
  "December 2026 open sums, Alex then Priya; exclude = team December sum",
  excl_sql=open_deals(DEC, "sum(d.amount)"))
Q(F, "jordan", "did alex log more activities in august or september? numbers",
  [f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND {owner_is(U['alex'], 'a.author_id')} AND {IN_WINDOW}",
   f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND {owner_is(U['alex'], 'a.author_id')} "
   f"AND a.occurred_at >= {ts('lo2')} AND a.occurred_at < {ts('hi2')}"],
  "Alex-authored activities in Aug 2026 then Sep 2026 (October was dropped: an Alex email sits at 2026-11-01 00:05); "
  "exclude = team September count",
  excl_sql=f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.occurred_at >= {ts('lo2')} AND a.occurred_at < {ts('hi2')}",
  bounds={**AUG, "lo2": SEP["lo"], "hi2": SEP["hi"]})
Q(F, "priya", "my won this quarter vs last quarter",
  [closed(f"{WON} AND {Q4} AND {owner_is(U['priya'])}", "sum(d.amount)"),
   closed(f"{WON} AND {Q3} AND {owner_is(U['priya'])}", "sum(d.amount)")],
  "Priya's Closed Won sums Q4 2026 then Q3 2026; exclude = team Q3 won sum",
  excl_sql=closed(f"{WON} AND {Q3}", "sum(d.amount)"))
Q(F, "sam", "how does my q1 '27 pipe compare to alex's",
  [open_deals(f"{owner_is(U['sam'])} AND {Q1}", "sum(d.amount)"),
   open_deals(f"{owner_is(U['alex'])} AND {Q1}", "sum(d.amount)")],
  "open deals closing 2027-01-01..03-31: Sam's sum, Alex's sum; exclude = team Q1 sum",
  excl_sql=open_deals(Q1, "sum(d.amount)"))
Q(F, "riley", "calls logged in september: sam vs priya",
  [f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'call' AND {IN_WINDOW} "
   f"AND {owner_is(U['sam'], 'a.author_id')}",
   f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'call' AND {IN_WINDOW} "
   f"AND {owner_is(U['priya'], 'a.author_id')}"],
  "type = call, Sep 2026, author Sam then Priya (October was dropped: a Sam call sits at 2026-10-31 22:30); "
  "exclude = Alex's September call count", bounds=SEP,
  excl_sql=f"SELECT count(*) FROM activities a WHERE {LIVE_A} AND a.type = 'call' AND {IN_WINDOW} "
  f"AND {owner_is(U['alex'], 'a.author_id')}")
Q(F, "jordan", "how many open deals do alex and sam each have (any close date)",
  [open_deals(owner_is(U['alex']), "count(*)"), open_deals(owner_is(U['sam']), "count(*)")],
  "count of open deals (any close date) for Alex, then Sam; exclude = Priya's count",
  excl_sql=open_deals(owner_is(U['priya']), "count(*)"))
Q(F, "alex", "did we create more deals in sept or oct? team-wide",
  [f"SELECT count(*) FROM deals d WHERE {LIVE_D} AND d.created_at >= {ts('lo2')} AND d.created_at < {ts('hi2')}",
   f"SELECT count(*) FROM deals d WHERE {LIVE_D} AND d.created_at >= {ts('lo')} AND d.created_at < {ts('hi')}"],
  "deals by created_at: Sep 2026 count, Oct 2026 count", bounds={**OCT, "lo2": SEP["lo"], "hi2": SEP["hi"]})

# ==============================================================================================================
# two-part questions
F = "two_part"
Q(F, "alex", "whats the stage on acme corp expansion, and who's the contact + their email",
  f"SELECT d.stage, {NAME_P}, p.email FROM deals d JOIN contacts p ON p.id = d.contact_id WHERE {LIVE_D} "
  "AND d.name = 'Acme Corp Expansion'",
  "stage of Acme Corp Expansion, its contact and the contact's email; exclude = Acme Corp Renewal's stage",
  excl_sql=f"SELECT d.stage FROM deals d WHERE d.name = 'Acme Corp Renewal'")
Q(F, "priya", "how many deals do i have in negotiation and when does it close / how much",
  open_deals(f"{owner_is(U['priya'])} AND d.stage = 'Negotiation'", "d.name, d.amount, d.close_date"),
  "Priya's Negotiation-stage deals (one): name, amount, close date; exclude = team Negotiation sum",
  excl_sql=open_deals("d.stage = 'Negotiation'", "sum(d.amount)"))
Q(F, "sam", "when's the umbrella health deal closing? and do i have open tasks on it (due when)",
  [f"SELECT d.close_date FROM deals d WHERE {LIVE_D} AND d.name = 'Umbrella Health Support Plan'",
   tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')} AND t.deal_id = (SELECT id FROM deals WHERE name = "
         "'Umbrella Health Support Plan')", "t.due_date") + " ORDER BY t.due_date"],
  "close_date of Umbrella Health Support Plan, then due dates of Sam's open tasks on it; exclude = the date of the "
  "latest activity on the deal (a plausible mix-up)",
  excl_sql=f"SELECT max(a.occurred_at) FROM activities a WHERE {LIVE_A} AND a.deal_id = "
  "(SELECT id FROM deals WHERE name = 'Umbrella Health Support Plan')")
Q(F, "jordan", "who owns hooli and whats the biggest open deal there",
  [f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Hooli'",
   open_deals("d.company_id = (SELECT id FROM companies WHERE name = 'Hooli')", "d.name, d.amount")
   + " ORDER BY d.amount DESC LIMIT 1"],
  "Hooli account owner; its biggest (only) open deal and amount",
  tie=(open_deals("d.company_id = (SELECT id FROM companies WHERE name = 'Hooli')", "d.amount")
       + " ORDER BY d.amount DESC", 1))
Q(F, "riley", "total won in oct and total lost in oct?",
  [closed(f"{WON} AND {OCT_D}", "sum(d.amount)"), closed(f"{LOST} AND {OCT_D}", "sum(d.amount)")],
  "Closed Won sum and Closed Lost sum with close_date in October 2026; exclude = Q3 won sum",
  excl_sql=closed(f"{WON} AND {Q3}", "sum(d.amount)"))
Q(F, "alex", "dana lee - what company is she at and whats her number",
  f"SELECT c.name, p.phone FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {LIVE_P} AND {NAME_P} = 'Dana Lee'",
  "company + phone of Dana Lee; exclude = Dana Smith's company and phone",
  excl_sql=f"SELECT c.name, p.phone FROM contacts p JOIN companies c ON c.id = p.company_id WHERE {NAME_P} = 'Dana Smith'")
Q(F, "priya", "whats my open pipe at margie's travel + when did i last log something there",
  [open_deals(f"{owner_is(U['priya'])} AND d.company_id = (SELECT id FROM companies WHERE name = {chr(39)}{MARGIES}{chr(39)})",
              "sum(d.amount)"),
   f"SELECT max(a.occurred_at) {company_acts(MARGIES)} AND {owner_is(U['priya'], 'a.author_id')}"],
  "sum of Priya's open deals at Margie's Travel; date of Priya's latest activity there; exclude = the Closed Won "
  "amount there (not open pipe)",
  excl_sql=closed(f"{WON} AND d.company_id = (SELECT id FROM companies WHERE name = {chr(39)}{MARGIES}{chr(39)})",
                  "sum(d.amount)"))
Q(F, "sam", "how many open tasks do i have in total, and how many of them are overdue",
  [tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')}", "count(*)"),
   tasks(f"{OPEN_T} AND {owner_is(U['sam'], 't.owner_id')} AND t.due_date < DATE '2026-11-18'", "count(*)")],
  "Sam's open tasks: all, then those due before today")

# ==============================================================================================================
# must be declined: no field / no record / prediction / opinion / outside the CRM
F = "decline"
Q(F, "alex", "whats dana smith's linkedin", note="no column holds social profiles",
  absent=cols_like("linkedin", "social", "profile", "url"), decline=True)
Q(F, "priya", "how many employees does globex have", note="companies hold no headcount/size column",
  absent=cols_like("employee", "headcount", "size", "staff"), decline=True)
Q(F, "sam", "what discount did we give on the hooli deal", note="deals hold no discount/price-list column",
  absent=cols_like("discount", "list_price", "margin"), decline=True)
Q(F, "jordan", "annual revenue for acme corp?", note="companies hold no revenue column (deal amounts are not revenue)",
  absent=cols_like("revenue", "turnover", "arr"), decline=True)
Q(F, "riley", "when is marcus webb's birthday", note="no birthday column",
  absent=cols_like("birth", "dob", "anniversar"), decline=True)
Q(F, "alex", "whats the amount on the globex security add-on deal",
  note="Globex has only the Platform Expansion deal; a confident answer would quote its amount",
  absent="SELECT d.id FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Globex' "
  "AND (d.name ILIKE '%security%' OR d.product = 'Security Add-on')", decline=True)
Q(F, "priya", "email for john smith?", note="no contact John Smith (there is a Dana Smith)",
  absent=f"SELECT p.id FROM contacts p WHERE {NAME_P} ILIKE 'john smith' OR (p.first_name ILIKE 'john%' AND p.last_name ILIKE 'smith')",
  decline=True)
Q(F, "sam", "how much pipe do we have with initrode",
  note="no company Initrode (Initech exists: quoting its 36,000 would be confidently wrong)",
  absent="SELECT id FROM companies WHERE name ILIKE '%initrode%' UNION ALL SELECT id FROM deals WHERE name ILIKE '%initrode%'",
  decline=True)
Q(F, "jordan", "whats kevin's open pipeline", note="no user (rep) named Kevin",
  absent="SELECT id FROM users WHERE name ILIKE '%kevin%' UNION ALL SELECT id FROM contacts WHERE first_name ILIKE 'kevin'",
  decline=True)
Q(F, "riley", "status of the soylent foods platform deal?", note="Soylent Foods has no deals at all",
  absent="SELECT d.id FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Soylent Foods'", decline=True)
Q(F, "alex", "phone number for sarah connor at cyberdyne", note="no contact Sarah Connor (Cyberdyne has Hannah Collins and Nora Moreno)",
  absent=f"SELECT p.id FROM contacts p WHERE p.first_name ILIKE 'sarah' OR p.last_name ILIKE 'connor'", decline=True)
Q(F, "priya", "what stage is the wayne enterprises platform deal in",
  note="Wayne Enterprises has only a Consulting deal; quoting its stage would be wrong",
  absent="SELECT d.id FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Wayne Enterprises' "
  "AND (d.product = 'Platform' OR d.name ILIKE '%platform%')", decline=True)
Q(F, "sam", "will fabrikam actually sign the software license deal this year?",
  note="a prediction: the CRM holds no probability/forecast field (insight_scores is empty in the demo)",
  absent=[cols_like("probab", "forecast", "likelihood", "confidence", tables=("deals", "companies")),
          "SELECT record_id FROM insight_scores"], decline=True)
Q(F, "jordan", "how much will the team book in q1 next year? need a forecast number",
  note="a prediction of future bookings; no forecast column (open Q1 pipeline is not a forecast)",
  absent=[cols_like("forecast", "quota", "target", "probab", tables=("deals", "companies", "users")),
          "SELECT record_id FROM insight_scores"], decline=True)
Q(F, "riley", "should we give globex a 15% discount to get it over the line?",
  note="advice/opinion; there is no discount field either", absent=cols_like("discount", "price", "margin"), decline=True)
Q(F, "alex", "is salesforce better than hubspot in your opinion", note="opinion, outside the CRM data",
  absent="SELECT id FROM companies WHERE name ILIKE '%salesforce%' OR name ILIKE '%hubspot%'", decline=True)
Q(F, "sam", "whats the weather in chicago tomorrow, got a meeting", note="outside the CRM",
  absent=cols_like("weather", "temperature", "forecast"), decline=True)
Q(F, "priya", "usd to eur rate today?", note="outside the CRM; every deal is in USD and there is no rate table",
  absent=cols_like("rate", "fx", "exchange", tables=("deals", "companies")), decline=True)


# --------------------------------------------------------------------------------------------------------------
def make_store():
    from core.store import Store
    from data.demo import generate

    store = Store(":memory:")
    generate(store, TODAY)
    return store


def fmt(v) -> str:
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        v = float(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        return f"{int(v):,}" if v.is_integer() else f"{v:,.2f}"
    if isinstance(v, str) and len(v) == 26 and v[4] == "-" and v[10] == " ":
        return v[:10]  # a timestamp cast to VARCHAR inside a UNION
    return str(v)


def run(store, sql: str, bounds: dict | None = None) -> list[tuple]:
    if bounds:
        sql = sql.format(**bounds)
    cur = store.execute(sql)
    return [tuple(r) for r in cur.fetchall()]


def cells(rows: list[tuple]) -> list:
    return [v for r in rows for v in r]


def labels(store, sql: str | list[str] | None, bounds: dict | None = None) -> list[str]:
    """Cells of every row of every query, in order, formatted, first occurrence kept."""
    if not sql:
        return []
    out: list[str] = []
    for v in (v for one in ([sql] if isinstance(sql, str) else sql) for v in cells(run(store, one, bounds))):
        s = fmt(v)
        if s not in out:
            out.append(s)
    return out


def split_items() -> tuple[list[dict], list[dict]]:
    """Alternate dev/test within each family, in the order written."""
    dev, test, seen = [], [], {}
    for it in ITEMS:
        k = seen.get(it["family"], 0)
        seen[it["family"]] = k + 1
        (dev if k % 2 == 0 else test).append(it)
    return dev, test


def record(store, it: dict, qid: str) -> dict:
    contains = labels(store, it["sql"], it["bounds"])
    excludes = list(it["excl"])
    for s in labels(store, it["excl_sql"], it["bounds"]):
        if s not in excludes:
            excludes.append(s)
    return {"id": qid, "question": it["question"], "user": it["user"], "family": it["family"],
            "answer_contains": contains, "answer_excludes": excludes, "decline": it["decline"], "note": it["note"]}


def build(store=None) -> tuple[list[dict], list[dict]]:
    store = store or make_store()
    dev, test = split_items()
    dev_rows = [record(store, it, f"{PREFIX}-{i:03d}") for i, it in enumerate(dev, start=1)]
    test_rows = [record(store, it, f"{PREFIX}-{i:03d}") for i, it in enumerate(test, start=len(dev) + 1)]
    return dev_rows, test_rows


def main() -> int:
    dev_rows, test_rows = build()
    for path, rows in ((DEV_FILE, dev_rows), (TEST_FILE, test_rows)):
        with open(path, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(dev_rows)} dev -> {DEV_FILE.name}, {len(test_rows)} test -> {TEST_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
