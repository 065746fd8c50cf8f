"""Sixteenth chat-question set: 120 questions written by hand, each label next to the SQL that produced it.

World: data.demo.generate(store, 2026-11-18); now is 2026-11-18 09:00 (Wednesday). Weeks run Monday-Sunday.
Calendar decisions are in README_questions16.md. Run from the repo root:

    .venv/bin/python tests/corpus/build_questions16.py

It builds a fresh demo world, checks that every SQL still returns the written label, and writes
tests/corpus/questions16_dev.jsonl (q16-001..q16-060) and tests/corpus/questions16_test.jsonl (q16-061..q16-120).

How a label relates to its SQL: every cell of every row the SQL returns is rendered (DOUBLE amounts as "42,000",
integers as "5", DATE / TIMESTAMP as the ISO date "2026-11-20", text as stored) and the distinct rendered cells, in
order, are the label. `answer_contains` equals the render of `sql`; `answer_excludes` equals the render of `ex_sql`.
For a decline, `sql` is the proof that the thing asked for is absent (its render is `proof`) and `answer_contains`
is empty.
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 18)
OUT_DIR = pathlib.Path(__file__).resolve().parent
DEV_FILE = OUT_DIR / "questions16_dev.jsonl"
TEST_FILE = OUT_DIR / "questions16_test.jsonl"

ALEX, PRIYA, SAM = "alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local"
RILEY, JORDAN = "riley@autocrm.local", "jordan@autocrm.local"
REP_EMAILS = {ALEX, PRIYA, SAM}

# SQL fragments (literal dates only, so the validator can move timestamps and re-run the same text)
OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost') AND d.deleted_at IS NULL"
DEAL = "deals d JOIN users u ON u.id = d.owner_id"
ACT = "activities a JOIN users u ON u.id = a.author_id"
TASK = "tasks t JOIN users u ON u.id = t.owner_id"
CNAME = "ct.first_name || ' ' || ct.last_name"
# last activity per deal, and the open deals whose last activity is before a cut-off
LAST = "(SELECT deal_id, max(occurred_at) AS last_at FROM activities WHERE deleted_at IS NULL GROUP BY deal_id)"

# Each item: family, user, question, sql, contains, [ex_sql, excludes], note; declines: decline=True, proof.
DEV: list[dict] = [
    # ---------------------------------------------------------------- deal_facts
    dict(family="deal_facts", user=ALEX,
         question="quick q whats the amount + close date on acme corp renewal",
         sql="SELECT d.amount, d.close_date FROM deals d WHERE d.name = 'Acme Corp Renewal'",
         contains=["42,000", "2026-12-08"],
         ex_sql="SELECT d.amount FROM deals d WHERE d.name = 'Acme Corp Expansion'",
         excludes=["75,000"],
         note="named deal; the other Acme Corp deal's amount must not stand in"),
    dict(family="deal_facts", user=JORDAN,
         question="what stage is globex platform expansion at, and who's the contact on it?",
         sql=f"SELECT d.stage, {CNAME} FROM deals d JOIN contacts ct ON ct.id = d.contact_id "
             "WHERE d.name = 'Globex Platform Expansion'",
         contains=["Qualified", "Dana Lee"],
         ex_sql="SELECT ct.first_name || ' ' || ct.last_name FROM contacts ct WHERE ct.id = 1",
         excludes=["Dana Smith"],
         note="two questions in one; the other Dana is not the contact"),
    dict(family="deal_facts", user=SAM,
         question="hooli security add-on: how much is it and when is it supposed to close",
         sql="SELECT d.amount, d.close_date FROM deals d WHERE d.name = 'Hooli Security Add-on'",
         contains=["18,500", "2026-12-18"],
         note="amount and close date of the rep's own deal"),
    # ---------------------------------------------------------------- stage_pipeline
    dict(family="stage_pipeline", user=JORDAN,
         question="how many deals r in negotiation rn and whats the total",
         sql=f"SELECT count(*), sum(d.amount) FROM deals d WHERE d.stage = 'Negotiation' AND {OPEN}",
         contains=["5", "385,500"],
         note="team-wide count and sum for one stage"),
    dict(family="stage_pipeline", user=RILEY,
         question="Total value sitting in Proposal stage? and how many deals is that",
         sql=f"SELECT sum(d.amount), count(*) FROM deals d WHERE d.stage = 'Proposal' AND {OPEN}",
         contains=["954,000", "15"],
         note="team-wide sum and count for Proposal"),
    dict(family="stage_pipeline", user=JORDAN,
         question="qualified stage - deal count and $ value across the team",
         sql=f"SELECT count(*), sum(d.amount) FROM deals d WHERE d.stage = 'Qualified' AND {OPEN}",
         contains=["15", "1,943,000"],
         note="team-wide count and sum for Qualified"),
    # ---------------------------------------------------------------- rep_pipeline
    dict(family="rep_pipeline", user=ALEX,
         question="whats my open pipeline total? how many deals",
         sql=f"SELECT sum(d.amount), count(*) FROM {DEAL} WHERE u.email = '{ALEX}' AND {OPEN}",
         contains=["1,704,000", "20"],
         ex_sql=f"SELECT sum(d.amount) FROM {DEAL} WHERE {OPEN}",
         excludes=["4,495,500"],
         note="'my' = deals Alex owns, open stages only; the team total is wrong"),
    dict(family="rep_pipeline", user=JORDAN,
         question="hey whats the open pipline for priya looking like",
         sql=f"SELECT sum(d.amount), count(*) FROM {DEAL} WHERE u.name = 'Priya Patel' AND {OPEN}",
         contains=["1,929,000", "18"],
         note="named rep's open pipeline"),
    dict(family="rep_pipeline", user=SAM,
         question="how many of my deals are sitting in proposal and what does that add up to",
         sql=f"SELECT count(*), sum(d.amount) FROM {DEAL} WHERE u.email = '{SAM}' AND d.stage = 'Proposal'",
         contains=["4", "225,000"],
         note="own deals in one stage"),
    # ---------------------------------------------------------------- product_pipeline
    dict(family="product_pipeline", user=JORDAN,
         question="open pipeline by product - which product has the most $ in it",
         sql=f"SELECT d.product, sum(d.amount) AS s FROM deals d WHERE {OPEN} GROUP BY d.product "
             "ORDER BY s DESC LIMIT 1",
         contains=["Consulting Services", "1,128,000"],
         note="superlative over products, open deals only"),
    dict(family="product_pipeline", user=RILEY,
         question="how many open support plan deals are there + total value",
         sql=f"SELECT count(*), sum(d.amount) FROM deals d WHERE d.product = 'Support Plan' AND {OPEN}",
         contains=["9", "651,000"],
         note="one product, open deals"),
    dict(family="product_pipeline", user=PRIYA,
         question="what Platform deals do I have open",
         sql=f"SELECT d.name FROM {DEAL} WHERE u.email = '{PRIYA}' AND d.product = 'Platform' AND {OPEN} "
             "ORDER BY d.name",
         contains=["Acme Logistics Fleet Platform", "Alpine Ski House Platform", "Globex Platform Expansion",
                   "Monarch Solutions Platform", "Proseware Platform"],
         ex_sql=f"SELECT d.name FROM {DEAL} WHERE u.email <> '{PRIYA}' AND d.product = 'Platform' AND {OPEN}",
         excludes=["Dunder Mifflin Platform"],
         note="own open deals of one product; Alex's Platform deal is not hers"),
    # ---------------------------------------------------------------- company_rollup
    dict(family="company_rollup", user=JORDAN,
         question="what deals do we have going with fabrikam and whats the total open value",
         sql=f"SELECT d.name, (SELECT sum(amount) FROM deals x WHERE x.company_id = d.company_id "
             "AND x.stage NOT IN ('Closed Won', 'Closed Lost')) FROM deals d JOIN companies c ON c.id = d.company_id "
             f"WHERE c.name = 'Fabrikam' AND {OPEN} ORDER BY d.amount DESC",
         contains=["Fabrikam Software License", "440,000", "Fabrikam Security Add-on", "Fabrikam Support Plan"],
         note="company's open deals and their sum"),
    dict(family="company_rollup", user=RILEY,
         question="nakatomi trading: how many open deals and what are they worth combined?",
         sql=f"SELECT count(*), sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id "
             f"WHERE c.name = 'Nakatomi Trading' AND {OPEN}",
         contains=["4", "404,000"],
         note="company roll-up"),
    dict(family="company_rollup", user=JORDAN,
         question="which account has the most open pipeline $$",
         sql=f"SELECT c.name, sum(d.amount) AS s FROM deals d JOIN companies c ON c.id = d.company_id "
             f"WHERE {OPEN} GROUP BY c.name ORDER BY s DESC LIMIT 1",
         contains=["Alpine Ski House", "509,000"],
         note="superlative over companies (Fabrikam 440,000 is the runner-up, allowed)"),
    # ---------------------------------------------------------------- won_lost
    dict(family="won_lost", user=JORDAN,
         question="what have we closed won this quarter?",
         sql="SELECT d.name, d.amount FROM deals d WHERE d.stage = 'Closed Won' "
             "AND d.close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
         contains=["Margie's Travel Security Add-on", "185,000"],
         ex_sql="SELECT d.name FROM deals d WHERE d.stage = 'Closed Won' "
                "AND d.close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30' AND d.amount = 43000",
         excludes=["Cyberdyne Software License"],
         note="Q4 2026 by close date; a Q3 win is the wrong period"),
    dict(family="won_lost", user=RILEY,
         question="how much did we lose in october, and how many deals",
         sql="SELECT sum(d.amount), count(*) FROM deals d WHERE d.stage = 'Closed Lost' "
             "AND d.close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'",
         contains=["511,000", "5"],
         note="Closed Lost with close date in October 2026"),
    dict(family="won_lost", user=JORDAN,
         question="won deals last quarter — total $ ?",
         sql="SELECT sum(d.amount), count(*) FROM deals d WHERE d.stage = 'Closed Won' "
             "AND d.close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'",
         contains=["129,000", "3"],
         ex_sql="SELECT sum(d.amount) FROM deals d WHERE d.stage = 'Closed Won' "
                "AND d.close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
         excludes=["185,000"],
         note="Q3 2026 (Jul-Sep); this quarter's figure is wrong"),
    # ---------------------------------------------------------------- activity_volume
    dict(family="activity_volume", user=ALEX,
         question="how many calls did i log last week",
         sql=f"SELECT count(*) FROM {ACT} WHERE u.email = '{ALEX}' AND a.type = 'call' "
             "AND a.occurred_at >= TIMESTAMP '2026-11-09' AND a.occurred_at < TIMESTAMP '2026-11-16'",
         contains=["3"],
         note="last week = Mon 2026-11-09 .. Sun 2026-11-15, author = asker"),
    dict(family="activity_volume", user=JORDAN,
         question="activty count by rep for last week - who was most active?",
         sql=f"SELECT u.name, count(*) AS n FROM {ACT} WHERE a.occurred_at >= TIMESTAMP '2026-11-09' "
             "AND a.occurred_at < TIMESTAMP '2026-11-16' GROUP BY u.name ORDER BY n DESC LIMIT 1",
         contains=["Alex Morgan", "14"],
         note="superlative over authors, Mon-Sun last week"),
    dict(family="activity_volume", user=PRIYA,
         question="how many meetings have i had so far this month?? feels like a lot",
         sql=f"SELECT count(*) FROM {ACT} WHERE u.email = '{PRIYA}' AND a.type = 'meeting' "
             "AND a.occurred_at >= TIMESTAMP '2026-11-01' AND a.occurred_at < TIMESTAMP '2026-11-19'",
         contains=["9"],
         note="November 2026 up to now, type meeting"),
    # ---------------------------------------------------------------- last_touch
    dict(family="last_touch", user=ALEX,
         question="when did i last touch acme corp expansion? what was it",
         sql="SELECT a.occurred_at, a.type, a.subject FROM activities a JOIN deals d ON d.id = a.deal_id "
             "WHERE d.name = 'Acme Corp Expansion' ORDER BY a.occurred_at DESC LIMIT 1",
         contains=["2026-11-09", "call", "Check-in call"],
         note="latest activity on the deal"),
    dict(family="last_touch", user=JORDAN,
         question="last activity logged on the woodgrove bank deal?",
         sql="SELECT a.occurred_at, a.subject FROM activities a JOIN deals d ON d.id = a.deal_id "
             "WHERE d.name = 'Woodgrove Bank Consulting Services' ORDER BY a.occurred_at DESC LIMIT 1",
         contains=["2026-11-07", "Sent proposal"],
         note="Woodgrove Bank has one deal"),
    dict(family="last_touch", user=SAM,
         question="ok and hooli - last time anyone actually talked to them? what was it",
         sql="SELECT a.occurred_at, a.subject FROM activities a JOIN companies c ON c.id = a.company_id "
             "WHERE c.name = 'Hooli' ORDER BY a.occurred_at DESC LIMIT 1",
         contains=["2026-11-14", "WhatsApp check-in"],
         note="latest activity at the company (a message)"),
    # ---------------------------------------------------------------- tasks_due
    dict(family="tasks_due", user=ALEX,
         question="whats still open on my plate this week? count + list",
         sql=f"SELECT count(*) FROM {TASK} WHERE u.email = '{ALEX}' AND t.status = 'open' "
             "AND t.due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'",
         contains=["6"],
         note="this week Mon 16 - Sun 22, past-due-this-week included; open only (the done 18 Nov task is not open)"),
    dict(family="tasks_due", user=JORDAN,
         question="any tasks due tomorrow? whose are they",
         sql=f"SELECT t.title, u.name FROM {TASK} WHERE t.status = 'open' AND t.due_date = DATE '2026-11-19' "
             "ORDER BY t.id",
         contains=["Send contract (Dunder Mifflin Platform)", "Alex Morgan",
                   "Follow up (Nakatomi Trading Consulting Services)"],
         note="tomorrow = 2026-11-19, whole team, owner shown"),
    dict(family="tasks_due", user=SAM,
         question="what do i have due between today and the 27th (inclusive)?",
         sql=f"SELECT t.title FROM {TASK} WHERE u.email = '{SAM}' AND t.status = 'open' "
             "AND t.due_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-27' ORDER BY t.due_date",
         contains=["Book a demo (Lucerne Publishing Consulting Services)",
                   "Send pricing (Umbrella Health Support Plan)",
                   "Prepare proposal (Prestige Worldwide Consulting Services)",
                   "Send contract (Bluth Company Analytics Suite)"],
         ex_sql=f"SELECT t.title FROM {TASK} WHERE u.email = '{SAM}' AND t.status = 'open' "
                "AND t.due_date = DATE '2026-11-28' AND t.title LIKE 'Follow up%'",
         excludes=["Follow up (Sterling Cooper Analytics Suite)"],
         note="18..27 Nov inclusive; the 28 Nov task is outside"),
    # ---------------------------------------------------------------- tasks_overdue
    dict(family="tasks_overdue", user=ALEX,
         question="how many overdue tasks have i got",
         sql=f"SELECT count(*) FROM {TASK} WHERE u.email = '{ALEX}' AND t.status = 'open' "
             "AND t.due_date < DATE '2026-11-18'",
         contains=["15"],
         note="open and due before today"),
    dict(family="tasks_overdue", user=JORDAN,
         question="who's got the most overdue tasks on the team",
         sql=f"SELECT u.name, count(*) AS n FROM {TASK} WHERE t.status = 'open' AND t.due_date < DATE '2026-11-18' "
             "GROUP BY u.name ORDER BY n DESC LIMIT 1",
         contains=["Alex Morgan", "15"],
         note="superlative over owners"),
    dict(family="tasks_overdue", user=PRIYA,
         question="overdue stuff on my plate?",
         sql=f"SELECT t.title FROM {TASK} WHERE u.email = '{PRIYA}' AND t.status = 'open' "
             "AND t.due_date < DATE '2026-11-18' ORDER BY t.due_date",
         contains=["Book a demo (Fabrikam Software License)", "Send contract (Acme Logistics Fleet Platform)",
                   "Send pricing (Proseware Platform)", "Check in (Monarch Solutions Software License)"],
         note="own open tasks past due"),
    # ---------------------------------------------------------------- contacts_at_company
    dict(family="contacts_at_company", user=ALEX,
         question="who do we know at initech",
         sql=f"SELECT {CNAME} FROM contacts ct JOIN companies c ON c.id = ct.company_id WHERE c.name = 'Initech' "
             "ORDER BY ct.id",
         contains=["Marcus Webb", "Fiona Weber", "Grace Ortiz", "Helena Tanaka", "Uma Evans"],
         note="all contacts at the company"),
    dict(family="contacts_at_company", user=JORDAN,
         question="who's the CFO over at acme logistics",
         sql=f"SELECT {CNAME} FROM contacts ct JOIN companies c ON c.id = ct.company_id "
             "WHERE c.name = 'Acme Logistics' AND ct.title = 'CFO'",
         contains=["Ingrid Turner"],
         note="role lookup at Acme Logistics (not Acme Corp)"),
    dict(family="contacts_at_company", user=SAM,
         question="contacts at hooli + their titles, is there a CTO?",
         sql=f"SELECT {CNAME} FROM contacts ct JOIN companies c ON c.id = ct.company_id "
             "WHERE c.name = 'Hooli' AND ct.title = 'CTO' ORDER BY ct.id",
         contains=["Damian Russo", "Jenna Meyer"],
         note="two CTOs at Hooli; both named"),
    # ---------------------------------------------------------------- ownership
    dict(family="ownership", user=JORDAN,
         question="who owns the globex account vs the globex platform expansion deal",
         sql="SELECT cu.name, du.name FROM deals d JOIN companies c ON c.id = d.company_id "
             "JOIN users cu ON cu.id = c.owner_id JOIN users du ON du.id = d.owner_id "
             "WHERE d.name = 'Globex Platform Expansion'",
         contains=["Sam Rivera", "Priya Patel"],
         note="account owner Sam, deal owner Priya"),
    dict(family="ownership", user=RILEY,
         question="umbrella health - account owner and deal owner?",
         sql="SELECT cu.name, du.name FROM deals d JOIN companies c ON c.id = d.company_id "
             "JOIN users cu ON cu.id = c.owner_id JOIN users du ON du.id = d.owner_id "
             "WHERE c.name = 'Umbrella Health'",
         contains=["Priya Patel", "Sam Rivera"],
         note="account owner Priya, deal owner Sam"),
    dict(family="ownership", user=JORDAN,
         question="which of priya's accounts have open deals run by another rep?",
         sql="SELECT DISTINCT c.name FROM deals d JOIN companies c ON c.id = d.company_id "
             f"JOIN users cu ON cu.id = c.owner_id WHERE cu.name = 'Priya Patel' AND d.owner_id <> c.owner_id "
             f"AND {OPEN} ORDER BY c.name",
         contains=["Cyberdyne", "Fabrikam", "Prestige Worldwide", "Umbrella Health"],
         ex_sql="SELECT DISTINCT c.name FROM deals d JOIN companies c ON c.id = d.company_id "
                "WHERE c.owner_id = 2 AND d.owner_id <> 2 AND d.stage IN ('Closed Lost') AND c.name = 'Oscorp'",
         excludes=["Oscorp"],
         note="company owner Priya, deal owner not Priya, open stages; Oscorp's are all lost"),
    # ---------------------------------------------------------------- stale_deals
    dict(family="stale_deals", user=ALEX,
         question="which of my open deals have had no activity in 3 weeks",
         sql=f"SELECT d.name FROM {DEAL} LEFT JOIN {LAST} l ON l.deal_id = d.id WHERE u.email = '{ALEX}' AND {OPEN} "
             "AND (l.last_at IS NULL OR l.last_at < TIMESTAMP '2026-10-28 09:00') ORDER BY d.name",
         contains=["Blue Yonder Airlines Security Add-on", "Massive Dynamic Support Plan",
                   "Nakatomi Trading Security Add-on", "Pied Piper Software License", "Tyrell Systems Analytics Suite"],
         note="no activity since 2026-10-28 (21 days); same set with a midnight cut-off"),
    dict(family="stale_deals", user=JORDAN,
         question="any open deals with nothing logged in the last 30 days?",
         sql=f"SELECT d.name FROM {DEAL} LEFT JOIN {LAST} l ON l.deal_id = d.id WHERE {OPEN} "
             "AND (l.last_at IS NULL OR l.last_at < TIMESTAMP '2026-10-19 09:00') ORDER BY d.name",
         contains=["Blue Yonder Airlines Analytics Suite", "Fabrikam Security Add-on",
                   "Nakatomi Trading Security Add-on"],
         note="no activity since 2026-10-19; same set with a midnight cut-off"),
    dict(family="stale_deals", user=SAM,
         question="who should i call? my open deal that's gone quiet the longest + the contact on it",
         sql=f"SELECT d.name, {CNAME} FROM {DEAL} JOIN {LAST} l ON l.deal_id = d.id "
             "JOIN contacts ct ON ct.id = d.contact_id "
             f"WHERE u.email = '{SAM}' AND {OPEN} ORDER BY l.last_at LIMIT 1",
         contains=["Fabrikam Security Add-on", "Connor Kim"],
         note="quietest own open deal (last touch 2026-10-08) and its contact"),
    # ---------------------------------------------------------------- top_n
    dict(family="top_n", user=JORDAN,
         question="top 3 open deals by amount pls",
         sql=f"SELECT d.name FROM deals d WHERE {OPEN} ORDER BY d.amount DESC LIMIT 3",
         contains=["Stark Industries Software License", "Nakatomi Trading Software License",
                   "Sterling Cooper Consulting Services"],
         note="250,000 / 199,000 / 194,000; fourth is 189,000"),
    dict(family="top_n", user=ALEX,
         question="my smallest open deal?",
         sql=f"SELECT d.name, d.amount FROM {DEAL} WHERE u.email = '{ALEX}' AND {OPEN} "
             f"AND d.amount = (SELECT min(x.amount) FROM deals x WHERE x.owner_id = 1 "
             "AND x.stage NOT IN ('Closed Won', 'Closed Lost')) ORDER BY d.name",
         contains=["Cyberdyne Consulting Services", "15,000", "Pied Piper Software License"],
         note="tie at 15,000: both must be named"),
    dict(family="top_n", user=RILEY,
         question="biggest deal we've ever won?",
         sql="SELECT d.name, d.amount FROM deals d WHERE d.stage = 'Closed Won' ORDER BY d.amount DESC LIMIT 1",
         contains=["Margie's Travel Security Add-on", "185,000"],
         note="max Closed Won"),
    # ---------------------------------------------------------------- close_window
    dict(family="close_window", user=JORDAN,
         question="whats left to close between now and month end? total too",
         sql=f"SELECT d.name, (SELECT sum(x.amount) FROM deals x WHERE x.stage NOT IN ('Closed Won', 'Closed Lost') "
             "AND x.close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-30') FROM deals d "
             f"WHERE {OPEN} AND d.close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-30' ORDER BY d.close_date, d.name",
         contains=["Umbrella Health Support Plan", "250,000", "Initech Analytics Suite",
                   "Woodgrove Bank Consulting Services", "Pied Piper Software License"],
         note="open deals closing 18-30 Nov (the open deals dated before today are not 'between now and month end')"),
    dict(family="close_window", user=ALEX,
         question="which of my deals are coming up to close before the 5th? (dec)",
         sql=f"SELECT d.name FROM {DEAL} WHERE u.email = '{ALEX}' AND {OPEN} "
             "AND d.close_date >= DATE '2026-11-18' AND d.close_date < DATE '2026-12-05' ORDER BY d.close_date",
         contains=["Initech Analytics Suite", "Pied Piper Software License", "Dunder Mifflin Platform"],
         ex_sql=f"SELECT d.name FROM {DEAL} WHERE u.email = '{ALEX}' AND {OPEN} AND d.close_date = DATE '2026-12-08'",
         excludes=["Acme Corp Renewal"],
         note="upcoming = from today, 'before the 5th' excludes 5 Dec; Acme Corp Renewal (8 Dec) is outside"),
    dict(family="close_window", user=PRIYA,
         question="what have i got on deck to close from now through end of next month - count and total",
         sql=f"SELECT count(*), sum(d.amount) FROM {DEAL} WHERE u.email = '{PRIYA}' AND {OPEN} "
             "AND d.close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-31'",
         contains=["6", "767,000"],
         note="18 Nov .. 31 Dec inclusive; the open deal dated 16 Nov is not 'from now'"),
    # ---------------------------------------------------------------- comparison
    dict(family="comparison", user=JORDAN,
         question="priya vs alex - who has more $ in qualified?",
         sql=f"SELECT u.name, sum(d.amount) AS s FROM {DEAL} WHERE d.stage = 'Qualified' "
             "AND u.name IN ('Priya Patel', 'Alex Morgan') GROUP BY u.name ORDER BY s DESC",
         contains=["Alex Morgan", "795,000", "Priya Patel", "667,000"],
         note="two reps compared on one stage"),
    dict(family="comparison", user=RILEY,
         question="priya's activity count this month vs last month?",
         sql=f"SELECT count(*) FILTER (WHERE a.occurred_at >= TIMESTAMP '2026-11-01'), "
             "count(*) FILTER (WHERE a.occurred_at >= TIMESTAMP '2026-10-01' AND a.occurred_at < TIMESTAMP '2026-11-01') "
             f"FROM {ACT} WHERE u.name = 'Priya Patel' AND a.occurred_at < TIMESTAMP '2026-11-19'",
         contains=["37", "57"],
         note="November to date vs October"),
    dict(family="comparison", user=RILEY,
         question="is alex ahead of sam on open pipeline? by how much",
         sql=f"SELECT sum(d.amount) FILTER (WHERE u.email = '{ALEX}'), sum(d.amount) FILTER (WHERE u.email = '{SAM}'), "
             f"sum(d.amount) FILTER (WHERE u.email = '{ALEX}') - sum(d.amount) FILTER (WHERE u.email = '{SAM}') "
             f"FROM {DEAL} WHERE {OPEN}",
         contains=["1,704,000", "862,500", "841,500"],
         note="two named reps' open pipeline and the difference"),
    # ---------------------------------------------------------------- decline_not_in_crm
    dict(family="decline_not_in_crm", user=ALEX, decline=True,
         question="did dana smith open the proposal email i sent her?",
         sql="SELECT count(*) FROM information_schema.columns WHERE table_name = 'activities' "
             "AND (column_name ILIKE '%open%' OR column_name ILIKE '%read%')",
         proof=["0"],
         note="email opens are not tracked; activities hold no open/read field"),
    dict(family="decline_not_in_crm", user=JORDAN, decline=True,
         question="how much revenue did we actually invoice in october",
         sql="SELECT count(*) FROM information_schema.tables WHERE table_name ILIKE '%invoice%' "
             "OR table_name ILIKE '%payment%'",
         proof=["0"],
         note="invoicing lives in accounting; a Closed Won figure may be offered only as what it is, not as invoiced revenue"),
    dict(family="decline_not_in_crm", user=PRIYA, decline=True,
         question="hooli has a competitor in play - what price is the competitor quoting them?",
         sql="SELECT count(*) FROM activities a WHERE a.company_id = 6 AND a.body IS NOT NULL",
         proof=["0"],
         note="only a 'Competitor in play' note subject exists; no competitor price anywhere"),
    # ---------------------------------------------------------------- decline_missing_record
    dict(family="decline_missing_record", user=ALEX, decline=True,
         question="whats the amount on the initech platform deal",
         sql="SELECT count(*) FROM deals d JOIN companies c ON c.id = d.company_id "
             "WHERE c.name = 'Initech' AND d.product = 'Platform'",
         proof=["0"],
         ex_sql="SELECT d.amount FROM deals d WHERE d.name = 'Initech Analytics Suite'",
         excludes=["36,000"],
         note="Initech has only the Analytics Suite deal; its amount must not be given as the answer"),
    dict(family="decline_missing_record", user=JORDAN, decline=True,
         question="how many deals does taylor brooks have open",
         sql="SELECT count(*) FROM users WHERE name ILIKE '%taylor%' OR name ILIKE '%brooks%'",
         proof=["0"],
         note="no such user"),
    dict(family="decline_missing_record", user=RILEY, decline=True,
         question="what's in the verbal commit stage right now",
         sql="SELECT count(*) FROM deals WHERE stage ILIKE '%commit%'",
         proof=["0"],
         note="no such stage (stages: Lead, Qualified, Proposal, Negotiation, Closed Won, Closed Lost)"),
    # ---------------------------------------------------------------- decline_future
    dict(family="decline_future", user=JORDAN, decline=True,
         question="what will priya's win rate be next year",
         sql="SELECT count(*) FROM deals WHERE stage LIKE 'Closed%' AND close_date >= DATE '2027-01-01'",
         proof=["0"],
         note="a future rate cannot be read from the records"),
    dict(family="decline_future", user=ALEX, decline=True,
         question="how many calls am i going to make next week",
         sql="SELECT count(*) FROM activities WHERE occurred_at >= TIMESTAMP '2026-11-23'",
         proof=["0"],
         note="future activity is not recorded"),
    dict(family="decline_future", user=RILEY, decline=True,
         question="which deals did we win in december?",
         sql="SELECT count(*) FROM deals WHERE stage = 'Closed Won' AND close_date >= DATE '2026-12-01'",
         proof=["0"],
         note="December 2026 has not happened; no wins recorded in it"),
    # ---------------------------------------------------------------- decline_ambiguous
    dict(family="decline_ambiguous", user=JORDAN, decline=True,
         question="what's the status of the dana deal",
         sql="SELECT count(DISTINCT ct.id) FROM contacts ct JOIN deals d ON d.contact_id = ct.id "
             "WHERE ct.first_name = 'Dana'",
         proof=["2"],
         note="Dana Smith (Acme Corp deals) and Dana Lee (Globex) both have deals: ask which"),
    dict(family="decline_ambiguous", user=ALEX, decline=True,
         question="hows the acme deal looking",
         sql="SELECT count(*) FROM deals WHERE name ILIKE 'acme%' AND owner_id = 1",
         proof=["2"],
         note="Alex owns Acme Corp Renewal and Acme Corp Expansion (and Acme Logistics exists): ask which"),
    dict(family="decline_ambiguous", user=RILEY, decline=True,
         question="is that number good or bad?",
         sql="SELECT 1",
         proof=["1"],
         note="no number or record named; nothing to judge without guessing"),
]

TEST: list[dict] = [
    # ---------------------------------------------------------------- deal_facts
    dict(family="deal_facts", user=PRIYA,
         question="woodgrove bank deal - where is it at and how much",
         sql="SELECT d.stage, d.amount FROM deals d JOIN companies c ON c.id = d.company_id "
             "WHERE c.name = 'Woodgrove Bank'",
         contains=["Negotiation", "175,000"],
         note="only deal at Woodgrove Bank"),
    dict(family="deal_facts", user=RILEY,
         question="Who owns the Stark Industries software license deal and what's it worth?",
         sql=f"SELECT u.name, d.amount FROM {DEAL} WHERE d.name = 'Stark Industries Software License'",
         contains=["Alex Morgan", "250,000"],
         note="owner and amount"),
    dict(family="deal_facts", user=ALEX,
         question="initech analytics suite close date? and who is my contact there again",
         sql=f"SELECT d.close_date, {CNAME} FROM deals d JOIN contacts ct ON ct.id = d.contact_id "
             "WHERE d.name = 'Initech Analytics Suite'",
         contains=["2026-11-28", "Marcus Webb"],
         note="close date and the deal's contact"),
    # ---------------------------------------------------------------- stage_pipeline
    dict(family="stage_pipeline", user=JORDAN,
         question="how many deals at lead stage in the pipe and what r they worth",
         sql=f"SELECT count(*), sum(d.amount) FROM deals d WHERE d.stage = 'Lead' AND {OPEN}",
         contains=["13", "1,213,000"],
         note="stage Lead, team-wide"),
    dict(family="stage_pipeline", user=RILEY,
         question="which deals are in negotation right now, with owners",
         sql=f"SELECT d.name FROM deals d WHERE d.stage = 'Negotiation' ORDER BY d.amount DESC",
         contains=["Woodgrove Bank Consulting Services", "Contoso Analytics Suite",
                   "Nakatomi Trading Consulting Services", "Hooli Security Add-on", "Cyberdyne Consulting Services"],
         note="full list of 5"),
    dict(family="stage_pipeline", user=JORDAN,
         question="pipeline by stage pls. which stage is carrying the most money?",
         sql=f"SELECT d.stage, sum(d.amount) AS s FROM deals d WHERE {OPEN} GROUP BY d.stage ORDER BY s DESC LIMIT 1",
         contains=["Qualified", "1,943,000"],
         note="superlative over open stages"),
    # ---------------------------------------------------------------- rep_pipeline
    dict(family="rep_pipeline", user=PRIYA,
         question="my qualified deals - how many and total?",
         sql=f"SELECT count(*), sum(d.amount) FROM {DEAL} WHERE u.email = '{PRIYA}' AND d.stage = 'Qualified'",
         contains=["6", "667,000"],
         ex_sql=f"SELECT sum(d.amount) FROM deals d WHERE d.stage = 'Qualified'",
         excludes=["1,943,000"],
         note="own deals in Qualified; team figure is wrong"),
    dict(family="rep_pipeline", user=RILEY,
         question="how much open pipeline does sam rivera carry",
         sql=f"SELECT sum(d.amount), count(*) FROM {DEAL} WHERE u.name = 'Sam Rivera' AND {OPEN}",
         contains=["862,500", "10"],
         note="named rep's open pipeline"),
    dict(family="rep_pipeline", user=ALEX,
         question="sum of my deals still at lead stage",
         sql=f"SELECT sum(d.amount), count(*) FROM {DEAL} WHERE u.email = '{ALEX}' AND d.stage = 'Lead'",
         contains=["465,000", "5"],
         note="own Lead deals"),
    # ---------------------------------------------------------------- product_pipeline
    dict(family="product_pipeline", user=JORDAN,
         question="security add-on - total open $ across the team, how many deals?",
         sql=f"SELECT sum(d.amount), count(*) FROM deals d WHERE d.product = 'Security Add-on' AND {OPEN}",
         contains=["530,500", "7"],
         ex_sql="SELECT sum(d.amount) FROM deals d WHERE d.product = 'Security Add-on'",
         excludes=["955,500"],
         note="open only; the all-stages sum (incl. won/lost) is wrong"),
    dict(family="product_pipeline", user=RILEY,
         question="which product has the least open pipeline",
         sql=f"SELECT d.product, sum(d.amount) AS s FROM deals d WHERE {OPEN} GROUP BY d.product ORDER BY s LIMIT 1",
         contains=["Platform", "513,000"],
         note="minimum over products (Security Add-on 530,500 next)"),
    dict(family="product_pipeline", user=ALEX,
         question="my open analytics suite deals?",
         sql=f"SELECT d.name FROM {DEAL} WHERE u.email = '{ALEX}' AND d.product = 'Analytics Suite' AND {OPEN} "
             "ORDER BY d.name",
         contains=["Initech Analytics Suite", "Proseware Analytics Suite", "Tyrell Systems Analytics Suite"],
         ex_sql=f"SELECT d.name FROM {DEAL} WHERE u.email = '{PRIYA}' AND d.product = 'Analytics Suite' "
                "AND d.stage = 'Proposal'",
         excludes=["Tailspin Toys Analytics Suite"],
         note="own open deals of one product; Priya's are not his"),
    # ---------------------------------------------------------------- company_rollup
    dict(family="company_rollup", user=JORDAN,
         question="oscorp — what happened with our deals there?",
         sql="SELECT d.name, d.stage FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Oscorp' "
             "ORDER BY d.name",
         contains=["Oscorp Security Add-on", "Closed Lost", "Oscorp Software License"],
         note="both Oscorp deals were lost"),
    dict(family="company_rollup", user=RILEY,
         question="total open pipeline from manufacturing companies?",
         sql=f"SELECT sum(d.amount), count(*) FROM deals d JOIN companies c ON c.id = d.company_id "
             f"WHERE c.industry = 'Manufacturing' AND {OPEN}",
         contains=["557,000", "5"],
         note="industry roll-up (Acme Corp + Fabrikam)"),
    dict(family="company_rollup", user=JORDAN,
         question="alpine ski house: list all deals and their stages",
         sql="SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Alpine Ski House' "
             "ORDER BY d.name",
         contains=["Alpine Ski House Analytics Suite", "Alpine Ski House Consulting Services",
                   "Alpine Ski House Platform", "Alpine Ski House Security Add-on"],
         note="all four deals at the company"),
    # ---------------------------------------------------------------- won_lost
    dict(family="won_lost", user=PRIYA,
         question="how much have i closed this year?",
         sql=f"SELECT sum(d.amount) FROM {DEAL} WHERE u.email = '{PRIYA}' AND d.stage = 'Closed Won' "
             "AND d.close_date BETWEEN DATE '2026-01-01' AND DATE '2026-12-31'",
         contains=["206,000"],
         note="'closed' about money in the past = Closed Won; 2026 by close date"),
    dict(family="won_lost", user=JORDAN,
         question="who lost the most $ this quarter",
         sql=f"SELECT u.name, sum(d.amount) AS s FROM {DEAL} WHERE d.stage = 'Closed Lost' "
             "AND d.close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31' GROUP BY u.name ORDER BY s DESC LIMIT 1",
         contains=["Sam Rivera", "280,000"],
         note="Sam 280,000 vs Alex 231,000 in Q4"),
    dict(family="won_lost", user=RILEY,
         question="any deals closed won in september? list em",
         sql="SELECT d.name FROM deals d WHERE d.stage = 'Closed Won' "
             "AND d.close_date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30' ORDER BY d.name",
         contains=["Cyberdyne Software License", "Fourth Coffee Software License"],
         ex_sql="SELECT d.name FROM deals d WHERE d.stage = 'Closed Won' "
                "AND d.close_date BETWEEN DATE '2026-08-01' AND DATE '2026-08-31'",
         excludes=["Bluth Company Consulting Services"],
         note="September 2026 only; the August win is outside"),
    # ---------------------------------------------------------------- activity_volume
    dict(family="activity_volume", user=SAM,
         question="quick one - how many emails did i send in october",
         sql=f"SELECT count(*) FROM {ACT} WHERE u.email = '{SAM}' AND a.type = 'email' "
             "AND a.occurred_at >= TIMESTAMP '2026-10-01' AND a.occurred_at < TIMESTAMP '2026-11-01'",
         contains=["13"],
         note="email activities authored by Sam in October"),
    dict(family="activity_volume", user=RILEY,
         question="who logged the most activities over the last 30 days",
         sql=f"SELECT name FROM (SELECT u.name, count(*) AS n FROM {ACT} WHERE a.occurred_at >= TIMESTAMP '2026-10-19' "
             "AND a.occurred_at < TIMESTAMP '2026-11-19' GROUP BY u.name ORDER BY n DESC LIMIT 1)",
         contains=["Alex Morgan"],
         note="rolling 30 days from 2026-10-19; Alex leads whether the cut-off is midnight or 09:00"),
    dict(family="activity_volume", user=JORDAN,
         question="how many notes did priya log last month, and how many so far this month",
         sql=f"SELECT count(*) FILTER (WHERE a.occurred_at < TIMESTAMP '2026-11-01'), "
             "count(*) FILTER (WHERE a.occurred_at >= TIMESTAMP '2026-11-01') "
             f"FROM {ACT} WHERE u.name = 'Priya Patel' AND a.type = 'note' "
             "AND a.occurred_at >= TIMESTAMP '2026-10-01' AND a.occurred_at < TIMESTAMP '2026-11-19'",
         contains=["13", "8"],
         note="October vs November to date"),
    # ---------------------------------------------------------------- last_touch
    dict(family="last_touch", user=PRIYA,
         question="when did i last log something on globex platform expansion, and what",
         sql="SELECT a.occurred_at, a.type, a.subject FROM activities a JOIN deals d ON d.id = a.deal_id "
             "WHERE d.name = 'Globex Platform Expansion' ORDER BY a.occurred_at DESC LIMIT 1",
         contains=["2026-11-16", "call", "Check-in call"],
         note="latest activity on own deal"),
    dict(family="last_touch", user=RILEY,
         question="last activity with stark industries?",
         sql="SELECT a.occurred_at, a.subject FROM activities a JOIN companies c ON c.id = a.company_id "
             "WHERE c.name = 'Stark Industries' ORDER BY a.occurred_at DESC LIMIT 1",
         contains=["2026-11-15", "Contract questions"],
         note="latest activity at the company"),
    dict(family="last_touch", user=ALEX,
         question="initech - when was my last touchpoint and what type",
         sql="SELECT a.occurred_at, a.type FROM activities a JOIN companies c ON c.id = a.company_id "
             "WHERE c.name = 'Initech' ORDER BY a.occurred_at DESC LIMIT 1",
         contains=["2026-11-11", "meeting"],
         note="Initech's only deal is Alex's; latest activity"),
    # ---------------------------------------------------------------- tasks_due
    dict(family="tasks_due", user=PRIYA,
         question="what's due for me next week",
         sql=f"SELECT t.title FROM {TASK} WHERE u.email = '{PRIYA}' AND t.status = 'open' "
             "AND t.due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29' ORDER BY t.due_date, t.id",
         contains=["Prepare proposal (Monarch Solutions Software License)",
                   "Send contract (Monarch Solutions Software License)",
                   "Send pricing (Wonka Labs Consulting Services)", "Prepare proposal (Trey Research Support Plan)"],
         ex_sql=f"SELECT t.title FROM {TASK} WHERE u.email = '{PRIYA}' AND t.status = 'open' "
                "AND t.due_date = DATE '2026-11-30'",
         excludes=["Check in (Monarch Solutions Software License)"],
         note="next week = Mon 23 - Sun 29 Nov; the 30 Nov task is outside"),
    dict(family="tasks_due", user=RILEY,
         question="how many open tasks are due this week across the team, broken down by rep",
         sql=f"SELECT u.name, count(*) FROM {TASK} WHERE t.status = 'open' "
             "AND t.due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22' GROUP BY u.name ORDER BY count(*) DESC",
         contains=["Alex Morgan", "6", "Priya Patel", "4", "Sam Rivera", "1"],
         note="Mon 16 - Sun 22 Nov incl. the ones already past due; 11 in all"),
    dict(family="tasks_due", user=ALEX,
         question="what tasks do i have due dec 1 through dec 5",
         sql=f"SELECT t.title FROM {TASK} WHERE u.email = '{ALEX}' AND t.status = 'open' "
             "AND t.due_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-05' ORDER BY t.due_date",
         contains=["Send pricing (Cyberdyne Security Add-on)", "Book a demo (Oscorp Software License)",
                   "Follow up (Proseware Consulting Services)"],
         note="1-5 Dec inclusive, open (a done task due 1 Dec is not open)"),
    # ---------------------------------------------------------------- tasks_overdue
    dict(family="tasks_overdue", user=SAM,
         question="do i have anything overdue",
         sql=f"SELECT t.title FROM {TASK} WHERE u.email = '{SAM}' AND t.status = 'open' "
             "AND t.due_date < DATE '2026-11-18' ORDER BY t.due_date",
         contains=["Follow up (Margie's Travel Support Plan)", "Send pricing (Umbrella Health Support Plan)",
                   "Book a demo (Prestige Worldwide Consulting Services)"],
         note="own open tasks past due"),
    dict(family="tasks_overdue", user=RILEY,
         question="total overdue tasks for the team? just the number",
         sql="SELECT count(*) FROM tasks t WHERE t.status = 'open' AND t.due_date < DATE '2026-11-18'",
         contains=["22"],
         note="open, due before today, all owners"),
    dict(family="tasks_overdue", user=JORDAN,
         question="whats the oldest overdue task and whose is it",
         sql=f"SELECT t.title, u.name FROM {TASK} WHERE t.status = 'open' AND t.due_date = "
             "(SELECT min(due_date) FROM tasks WHERE status = 'open') ORDER BY t.id",
         contains=["Book a demo (Fabrikam Software License)", "Priya Patel",
                   "Follow up (Margie's Travel Support Plan)", "Sam Rivera"],
         note="tie on 2026-10-31: both named"),
    # ---------------------------------------------------------------- contacts_at_company
    dict(family="contacts_at_company", user=PRIYA,
         question="who's the ceo at margie's travel? whats their email",
         sql=f"SELECT {CNAME}, ct.email FROM contacts ct JOIN companies c ON c.id = ct.company_id "
             "WHERE c.name = 'Margie''s Travel' AND ct.title = 'CEO'",
         contains=["Keith Fischer", "keith.fischer@margiestravel.com"],
         note="role lookup with email"),
    dict(family="contacts_at_company", user=RILEY,
         question="how many contacts do we have at lucerne publishing btw",
         sql="SELECT count(*) FROM contacts ct JOIN companies c ON c.id = ct.company_id "
             "WHERE c.name = 'Lucerne Publishing'",
         contains=["6"],
         note="count of contacts"),
    dict(family="contacts_at_company", user=ALEX,
         question="stark industries contacts - anyone on the finance side?",
         sql=f"SELECT {CNAME} FROM contacts ct JOIN companies c ON c.id = ct.company_id "
             "WHERE c.name = 'Stark Industries' AND (ct.title ILIKE '%finance%' OR ct.title = 'CFO') ORDER BY ct.id",
         contains=["Selena Wagner", "Basil Rossi"],
         ex_sql=f"SELECT {CNAME} FROM contacts ct WHERE ct.id = 9",
         excludes=["Bruce Nolan"],
         note="two Finance Managers; Bruce Nolan is Wayne Enterprises' CFO"),
    # ---------------------------------------------------------------- ownership
    dict(family="ownership", user=RILEY,
         question="woodgrove bank: who owns the account, and who owns the deal there?",
         sql="SELECT cu.name, du.name FROM deals d JOIN companies c ON c.id = d.company_id "
             "JOIN users cu ON cu.id = c.owner_id JOIN users du ON du.id = d.owner_id WHERE c.name = 'Woodgrove Bank'",
         contains=["Sam Rivera", "Priya Patel"],
         note="account owner Sam, deal owner Priya"),
    dict(family="ownership", user=JORDAN,
         question="who owns cyberdyne (the company) and who's running the deals there",
         sql="SELECT DISTINCT cu.name, du.name FROM deals d JOIN companies c ON c.id = d.company_id "
             "JOIN users cu ON cu.id = c.owner_id JOIN users du ON du.id = d.owner_id WHERE c.name = 'Cyberdyne'",
         contains=["Priya Patel", "Alex Morgan"],
         note="account owner Priya, all three deals owned by Alex"),
    dict(family="ownership", user=ALEX,
         question="which of my open deals are at accounts i don't own",
         sql=f"SELECT d.name FROM {DEAL} JOIN companies c ON c.id = d.company_id WHERE u.email = '{ALEX}' "
             f"AND c.owner_id <> d.owner_id AND {OPEN} ORDER BY d.name",
         contains=["Cyberdyne Consulting Services", "Cyberdyne Security Add-on", "Dunder Mifflin Platform",
                   "Proseware Analytics Suite", "Proseware Consulting Services"],
         note="deal owner Alex, account owner someone else, open stages"),
    # ---------------------------------------------------------------- stale_deals
    dict(family="stale_deals", user=RILEY,
         question="how many open deals have gone more than 3 weeks w/o any activity",
         sql=f"SELECT count(*) FROM deals d LEFT JOIN {LAST} l ON l.deal_id = d.id WHERE {OPEN} "
             "AND (l.last_at IS NULL OR l.last_at < TIMESTAMP '2026-10-28 09:00')",
         contains=["10"],
         note="last activity before 2026-10-28 09:00; 'more than 3 weeks' leaves out Alpine Ski House Platform "
              "(last touched 2026-10-28, 21 days by date) under either a timestamp or a date reading"),
    dict(family="stale_deals", user=PRIYA,
         question="any of my deals been quiet for more than 3 weeks?",
         sql=f"SELECT d.name FROM {DEAL} LEFT JOIN {LAST} l ON l.deal_id = d.id WHERE u.email = '{PRIYA}' AND {OPEN} "
             "AND (l.last_at IS NULL OR l.last_at < TIMESTAMP '2026-10-28 09:00')",
         contains=["Blue Yonder Airlines Analytics Suite"],
         note="only one; Alpine Ski House Platform (last touch 2026-10-28, exactly 21 days by date) is not "
              "'more than 3 weeks' and is not excluded either, being on the boundary"),
    dict(family="stale_deals", user=JORDAN,
         question="of the deals in negotiation, which one has gone longest without activity and who owns it",
         sql=f"SELECT d.name, u.name FROM {DEAL} JOIN {LAST} l ON l.deal_id = d.id WHERE d.stage = 'Negotiation' "
             "ORDER BY l.last_at LIMIT 1",
         contains=["Contoso Analytics Suite", "Sam Rivera"],
         note="Negotiation deal with the oldest last activity (2026-11-04)"),
    # ---------------------------------------------------------------- top_n
    dict(family="top_n", user=PRIYA,
         question="what's my biggest open deal",
         sql=f"SELECT d.name, d.amount FROM {DEAL} WHERE u.email = '{PRIYA}' AND {OPEN} ORDER BY d.amount DESC LIMIT 1",
         contains=["Alpine Ski House Security Add-on", "188,000"],
         note="own max open (Fabrikam Software License 177,000 next)"),
    dict(family="top_n", user=JORDAN,
         question="5 smallest open deals?",
         sql=f"SELECT d.name FROM deals d WHERE {OPEN} ORDER BY d.amount, d.name LIMIT 5",
         contains=["Bluth Company Analytics Suite", "Blue Yonder Airlines Support Plan",
                   "Cyberdyne Consulting Services", "Pied Piper Software License", "Monarch Solutions Platform"],
         note="10,000, three at 15,000, 17,000 (18,500 is sixth; showing it is allowed)"),
    dict(family="top_n", user=SAM,
         question="largest deal i ever lost?",
         sql=f"SELECT d.name, d.amount FROM {DEAL} WHERE u.email = '{SAM}' AND d.stage = 'Closed Lost' "
             "ORDER BY d.amount DESC LIMIT 1",
         contains=["Massive Dynamic Consulting Services", "175,000"],
         note="own max Closed Lost"),
    # ---------------------------------------------------------------- close_window
    dict(family="close_window", user=RILEY,
         question="open deals that are past their close date?",
         sql=f"SELECT d.name FROM deals d WHERE {OPEN} AND d.close_date < DATE '2026-11-18' ORDER BY d.close_date DESC",
         contains=["Proseware Analytics Suite", "Alpine Ski House Security Add-on",
                   "Sterling Cooper Consulting Services"],
         note="slipped: open with close date before today"),
    dict(family="close_window", user=JORDAN,
         question="whats expected to close in december + total $",
         sql=f"SELECT count(*), sum(d.amount) FROM deals d WHERE {OPEN} "
             "AND d.close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'",
         contains=["12", "1,296,500"],
         note="open deals with a December 2026 close date"),
    dict(family="close_window", user=SAM,
         question="anything of mine set to close in the next 2 weeks",
         sql=f"SELECT d.name FROM {DEAL} WHERE u.email = '{SAM}' AND {OPEN} "
             "AND d.close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-02'",
         contains=["Umbrella Health Support Plan"],
         note="18 Nov - 2 Dec (today + 14 days); the next ones (18 Dec) are outside but may be mentioned as next"),
    # ---------------------------------------------------------------- comparison
    dict(family="comparison", user=JORDAN,
         question="total won this year by rep, side by side",
         sql=f"SELECT u.name, sum(d.amount) FROM {DEAL} WHERE d.stage = 'Closed Won' "
             "AND d.close_date BETWEEN DATE '2026-01-01' AND DATE '2026-12-31' GROUP BY u.name ORDER BY u.name",
         contains=["Alex Morgan", "43,000", "Priya Patel", "206,000", "Sam Rivera", "178,000"],
         note="Closed Won amounts per owner, 2026 by close date"),
    dict(family="comparison", user=RILEY,
         question="who has more deals in proposal, alex or sam? how many each",
         sql=f"SELECT u.name, count(*) FROM {DEAL} WHERE d.stage = 'Proposal' AND u.name IN ('Alex Morgan', 'Sam Rivera') "
             "GROUP BY u.name ORDER BY count(*) DESC",
         contains=["Alex Morgan", "8", "Sam Rivera", "4"],
         note="count comparison"),
    dict(family="comparison", user=JORDAN,
         question="how does priya's negotiation pipeline stack up against sam's",
         sql=f"SELECT sum(d.amount) FILTER (WHERE u.email = '{PRIYA}'), sum(d.amount) FILTER (WHERE u.email = '{SAM}') "
             f"FROM {DEAL} WHERE d.stage = 'Negotiation'",
         contains=["175,000", "156,500"],
         note="Priya 1 deal 175,000 vs Sam 2 deals 156,500"),
    # ---------------------------------------------------------------- decline_not_in_crm
    dict(family="decline_not_in_crm", user=SAM, decline=True,
         question="how many employees does hooli have",
         sql="SELECT count(*) FROM information_schema.columns WHERE table_name = 'companies' "
             "AND (column_name ILIKE '%employee%' OR column_name ILIKE '%headcount%' OR column_name ILIKE '%size%')",
         proof=["0"],
         note="company size is not stored"),
    dict(family="decline_not_in_crm", user=RILEY, decline=True,
         question="what's alex's commission for this quarter",
         sql="SELECT count(*) FROM information_schema.columns WHERE column_name ILIKE '%commission%' "
             "OR column_name ILIKE '%quota%'",
         proof=["0"],
         note="no commission or comp plan data"),
    dict(family="decline_not_in_crm", user=JORDAN, decline=True,
         question="how many website visits did globex have last week",
         sql="SELECT count(*) FROM information_schema.tables WHERE table_name ILIKE '%visit%' "
             "OR table_name ILIKE '%pageview%' OR table_name ILIKE '%web%analytics%'",
         proof=["0"],
         note="web analytics are not in the CRM"),
    # ---------------------------------------------------------------- decline_missing_record
    dict(family="decline_missing_record", user=PRIYA, decline=True,
         question="who's the CFO at umbrella corp",
         sql="SELECT count(*) FROM companies WHERE name ILIKE '%umbrella corp%'",
         proof=["0"],
         note="no Umbrella Corp (Umbrella Health exists; it may be suggested, not answered as if asked)"),
    dict(family="decline_missing_record", user=JORDAN, decline=True,
         question="status of the soylent foods deal?",
         sql="SELECT count(*) FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Soylent Foods'",
         proof=["0"],
         note="company exists but has no deal"),
    dict(family="decline_missing_record", user=SAM, decline=True,
         question="when did i last meet with gavin belson",
         sql="SELECT count(*) FROM contacts WHERE last_name ILIKE 'belson'",
         proof=["0"],
         note="no such contact (a Gavin Weber exists at Proseware)"),
    # ---------------------------------------------------------------- decline_future
    dict(family="decline_future", user=SAM, decline=True,
         question="whats olivia chen going to say about the pricing i sent",
         sql="SELECT count(*) FROM activities a WHERE a.contact_id = 4 AND a.occurred_at > TIMESTAMP '2026-11-18 12:00'",
         proof=["0"],
         note="a future reply cannot be known"),
    dict(family="decline_future", user=JORDAN, decline=True,
         question="which reps will hit quota in Q1",
         sql="SELECT count(*) FROM information_schema.columns WHERE column_name ILIKE '%quota%'",
         proof=["0"],
         note="future and no quotas stored"),
    dict(family="decline_future", user=PRIYA, decline=True,
         question="what did i log on the 1st of next month",
         sql="SELECT count(*) FROM activities WHERE occurred_at >= TIMESTAMP '2026-12-01'",
         proof=["0"],
         note="1 Dec 2026 is in the future (not 1 Dec 2025)"),
    # ---------------------------------------------------------------- decline_ambiguous
    dict(family="decline_ambiguous", user=RILEY, decline=True,
         question="any update on chris's account?",
         sql="SELECT count(*) FROM contacts WHERE first_name = 'Chris'",
         proof=["2"],
         note="Chris Walker (Stark Industries) and Chris Park (Acme Logistics): ask which"),
    dict(family="decline_ambiguous", user=SAM, decline=True,
         question="whats the amount on the platform deal",
         sql=f"SELECT count(*) FROM deals d WHERE d.product = 'Platform' AND {OPEN}",
         proof=["6"],
         note="six open Platform deals, none Sam's: ask which"),
    dict(family="decline_ambiguous", user=JORDAN, decline=True,
         question="what about the other one?",
         sql="SELECT 1",
         proof=["1"],
         note="no prior record in the message; nothing to resolve 'the other one' against"),
]


# ------------------------------------------------------------------------------------------------ machinery
def build_world(shift_hours: float = 0.0):
    """A fresh demo world; timestamps optionally moved by shift_hours (the validator's robustness check)."""
    from core.store import Store
    from data.demo import generate

    store = Store(":memory:")
    generate(store, TODAY)
    if shift_hours:
        iv = f"INTERVAL '{int(shift_hours * 60)} minutes'"
        con = store.con
        con.execute(f"UPDATE activities SET occurred_at = occurred_at + {iv}")
        for table in ("companies", "contacts", "deals", "tasks"):
            con.execute(f"UPDATE {table} SET created_at = created_at + {iv}")
        con.execute(f"UPDATE tasks SET completed_at = completed_at + {iv} WHERE completed_at IS NOT NULL")
    return store


def render_cell(v) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, float):
        if v != round(v):
            return f"{v:,.2f}"
        return f"{v:,.0f}"
    if isinstance(v, int):
        return f"{v:,}" if abs(v) >= 10000 else str(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    import decimal
    if isinstance(v, decimal.Decimal):
        return f"{float(v):,.0f}"
    return str(v)


def render(con, sql: str) -> list[str]:
    out: list[str] = []
    for row in con.execute(sql).fetchall():
        for cell in row:
            s = render_cell(cell)
            if s not in out:
                out.append(s)
    return out


def items() -> list[dict]:
    """All items with ids, dev first."""
    rows = []
    for n, item in enumerate(DEV + TEST, start=1):
        rows.append(dict(item, id=f"q16-{n:03d}", half="dev" if n <= 60 else "test"))
    return rows


def record(item: dict) -> dict:
    decline = bool(item.get("decline"))
    return {"id": item["id"], "question": item["question"], "user": item["user"], "family": item["family"],
            "answer_contains": [] if decline else list(item["contains"]),
            "answer_excludes": list(item.get("excludes", [])), "decline": decline, "note": item["note"]}


def check_labels(con, rows: list[dict]) -> list[str]:
    """Each label against its SQL; returns problems."""
    problems = []
    for it in rows:
        got = render(con, it["sql"])
        want = it["proof"] if it.get("decline") else it["contains"]
        if got != want:
            problems.append(f"{it['id']}: sql gives {got}, label {want}")
        if it.get("ex_sql") or it.get("excludes"):
            got_ex = render(con, it["ex_sql"]) if it.get("ex_sql") else []
            if got_ex != it.get("excludes", []):
                problems.append(f"{it['id']}: ex_sql gives {got_ex}, excludes {it.get('excludes')}")
    return problems


def main() -> int:
    rows = items()
    store = build_world()
    problems = check_labels(store.con, rows)
    if problems:
        print("\n".join(problems))
        return 1
    with DEV_FILE.open("w", encoding="utf-8") as dev, TEST_FILE.open("w", encoding="utf-8") as test:
        for it in rows:
            (dev if it["half"] == "dev" else test).write(json.dumps(record(it), ensure_ascii=False) + "\n")
    print(f"wrote {sum(r['half'] == 'dev' for r in rows)} dev and {sum(r['half'] == 'test' for r in rows)} test items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
