"""Fifteenth chat-question set: 120 hand-written questions labelled from our own SQL on the demo world.

Run from the repository root:  .venv/bin/python tests/corpus/build_questions15.py
Writes tests/corpus/questions15_dev.jsonl (q15-001..q15-060) and questions15_test.jsonl (q15-061..q15-120).
Each family has 6 items: its first 3 go to dev, its last 3 to test, so both halves hold the same family mix.
Labels come only from the SQL next to each question (see `labels`); validate_questions15.py re-runs it.
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]

TODAY = dt.date(2026, 11, 18)          # Wednesday
NOW = dt.datetime(2026, 11, 18, 9, 0)  # the demo's "now"

USERS = {
    "alex": "alex@autocrm.local",      # rep, id 1
    "priya": "priya@autocrm.local",    # rep, id 2
    "sam": "sam@autocrm.local",        # rep, id 3
    "riley": "riley@autocrm.local",    # reviewer, owns nothing
    "jordan": "jordan@autocrm.local",  # admin, owns nothing
}
REP_EMAILS = {USERS["alex"], USERS["priya"], USERS["sam"]}

# SQL fragments; timestamps compared only with these literals (now is fixed; the data may shift ±3 h)
OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost')"
NOW_SQL = "TIMESTAMP '2026-11-18 09:00:00'"


def Q(family, user, question, sql, excludes=(), excl_sql=None, decline=False, note="", checks=()):
    """checks: SQL returning one boolean each, which must be true (facts the note relies on)."""
    return {"family": family, "user": USERS[user], "question": question, "sql": sql,
            "excludes": list(excludes), "excl_sql": excl_sql, "decline": decline, "note": note,
            "checks": list(checks)}


F = {}  # family -> its 6 items (first 3 dev, last 3 test)

# ---------------------------------------------------------------- 1. deal_facts: one named deal's fields
F["deal_facts"] = [
    Q("deal_facts", "priya", "hey whats the amount on acme corp renewal",
      "SELECT amount FROM deals WHERE name = 'Acme Corp Renewal'",
      excl_sql="SELECT amount FROM deals WHERE name = 'Acme Corp Expansion'",
      note="two Acme Corp deals; Expansion is 75,000"),
    Q("deal_facts", "sam", "acme logistics deal - what stage is it at and when's it supposed to close?",
      "SELECT stage, close_date FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Acme Logistics'",
      excl_sql="SELECT close_date FROM deals WHERE name = 'Acme Corp Renewal'",
      note="Acme Logistics has one deal (Fleet Platform); the Acme Corp Renewal date would be the wrong Acme"),
    Q("deal_facts", "riley", "How much is the Initrode deal worth?",
      "SELECT name FROM companies WHERE name ILIKE '%initrode%' UNION ALL "
      "SELECT name FROM deals WHERE name ILIKE '%initrode%'",
      decline=True, note="no Initrode anywhere; Initech is only a close-match suggestion"),
    Q("deal_facts", "jordan", "who's the contact on the stark industries deal and what's it worth",
      "SELECT ct.first_name || ' ' || ct.last_name, d.amount FROM deals d JOIN contacts ct ON ct.id = d.contact_id "
      "WHERE d.name LIKE 'Stark Industries%'",
      excludes=["Chris Park"], note="two Chrises; Chris Park is at Acme Logistics"),
    Q("deal_facts", "jordan", "how much is the acme deal worth again",
      "SELECT DISTINCT c.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name ILIKE 'acme%' ORDER BY 1",
      note="ambiguous: three Acme deals (Acme Corp Renewal, Acme Corp Expansion, Acme Logistics Fleet Platform) "
           "across two companies; a right answer clarifies or lists them, naming both companies"),
    Q("deal_facts", "alex", "what's the win probability on acme corp expansion?",
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'deals' AND "
      "(column_name ILIKE '%prob%' OR column_name ILIKE '%likel%' OR column_name ILIKE '%forecast%')",
      decline=True, note="deals have no probability field; the stage may be mentioned"),
]

# ---------------------------------------------------------------- 2. ownership: whose is it / is it mine
F["ownership"] = [
    Q("ownership", "alex", "is the globex platform expansion deal mine? if not whose",
      "SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Globex Platform Expansion'",
      note="Priya owns the deal; the Globex account is Sam's, which a full answer may add"),
    Q("ownership", "riley", "who owns the Cyberdyne account",
      "SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Cyberdyne'",
      excludes=["Alex Morgan"], note="account owner Priya; all three Cyberdyne deals are Alex's (owner of the wrong kind)"),
    Q("ownership", "sam", "I thought Proseware was my account - do i own any of the proseware deals? who has them then",
      "SELECT DISTINCT u.name FROM deals d JOIN users u ON u.id = d.owner_id JOIN companies c ON c.id = d.company_id "
      "WHERE c.name = 'Proseware' ORDER BY 1",
      note="Sam is Proseware's account owner but owns none of its 3 deals (Alex 2, Priya 1)",
      checks=["SELECT count(*) = 0 FROM deals WHERE company_id = (SELECT id FROM companies WHERE name = 'Proseware') "
              "AND owner_id = 3"]),
    Q("ownership", "priya", "wayne enterprises consulting - that one's still mine right? what stage is it",
      "SELECT d.stage FROM deals d WHERE d.name = 'Wayne Enterprises Consulting' AND d.owner_id = 2",
      note="yes, Priya's; stage Lead"),
    Q("ownership", "jordan", "Who's the account owner on Globex, and who owns the actual Globex deal? are they the same person",
      "SELECT (SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Globex'), "
      "(SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE d.name = 'Globex Platform Expansion')",
      note="account Sam Rivera, deal Priya Patel: not the same"),
    Q("ownership", "riley", "who owns umbrella corp",
      "SELECT name FROM companies WHERE name ILIKE '%umbrella corp%'",
      decline=True, note="no Umbrella Corp; Umbrella Health is a close match only"),
]

# ---------------------------------------------------------------- 3. stage_breakdown
F["stage_breakdown"] = [
    Q("stage_breakdown", "riley", "how many deals are sittin in negotiation and whats the total $",
      "SELECT count(*), sum(amount) FROM deals d WHERE stage = 'Negotiation'"),
    Q("stage_breakdown", "alex", "my deals in proposal stage - how many, and total value?",
      "SELECT count(*), sum(amount) FROM deals d WHERE stage = 'Proposal' AND owner_id = 1",
      excl_sql="SELECT sum(amount) FROM deals WHERE stage = 'Proposal'", note="team Proposal total excluded"),
    Q("stage_breakdown", "jordan", "How many deals are at the Contract Sent stage right now?",
      "SELECT DISTINCT stage FROM deals WHERE stage ILIKE '%contract%' OR stage ILIKE '%sent%'",
      decline=True, note="no such stage (stages: Lead, Qualified, Proposal, Negotiation, Closed Won/Lost)"),
    Q("stage_breakdown", "jordan", "prepping the board deck - need the open pipeline broken out by stage, $ value for each",
      "SELECT sum(amount) FROM deals d WHERE " + OPEN + " GROUP BY stage "
      "ORDER BY list_position(['Lead', 'Qualified', 'Proposal', 'Negotiation'], stage)",
      note="Lead, Qualified, Proposal, Negotiation sums; stage names are in the question's answer too"),
    Q("stage_breakdown", "priya", "how many of my deals r still at lead stage and what are they worth altogether",
      "SELECT count(*), sum(amount) FROM deals d WHERE stage = 'Lead' AND owner_id = 2",
      excl_sql="SELECT sum(amount) FROM deals WHERE stage = 'Lead'"),
    Q("stage_breakdown", "sam", "total value sitting in qualified for me?",
      "SELECT sum(amount) FROM deals d WHERE stage = 'Qualified' AND owner_id = 3",
      excl_sql="SELECT sum(amount) FROM deals WHERE stage = 'Qualified'"),
]

# ---------------------------------------------------------------- 4. rep_compare
F["rep_compare"] = [
    Q("rep_compare", "riley", "who has more open pipeline, alex or priya?",
      "SELECT u.name, sum(d.amount) FROM deals d JOIN users u ON u.id = d.owner_id WHERE " + OPEN +
      " AND u.id IN (1, 2) GROUP BY u.name ORDER BY 2 DESC"),
    Q("rep_compare", "jordan", "Which rep is carrying the most open deals, by count?",
      "SELECT u.name, count(*) FROM deals d JOIN users u ON u.id = d.owner_id WHERE " + OPEN +
      " GROUP BY u.name ORDER BY 2 DESC LIMIT 1", note="Alex 20, Priya 18, Sam 10"),
    Q("rep_compare", "alex", "am i ahead of sam on closed-won this year? numbers pls",
      "SELECT sum(amount) FROM deals d WHERE stage = 'Closed Won' AND close_date >= DATE '2026-01-01' "
      "AND owner_id IN (1, 3) GROUP BY owner_id ORDER BY owner_id", note="Alex 43,000 vs Sam 178,000: no"),
    Q("rep_compare", "riley", "open pipeline per rep?",
      "SELECT u.name, sum(d.amount) FROM deals d JOIN users u ON u.id = d.owner_id WHERE " + OPEN +
      " GROUP BY u.name ORDER BY u.name"),
    Q("rep_compare", "priya", "how does my open pipeline stack up against sam's",
      "SELECT sum(amount) FROM deals d WHERE " + OPEN + " AND owner_id IN (2, 3) GROUP BY owner_id ORDER BY owner_id"),
    Q("rep_compare", "riley", "What percentage of quota has Priya hit this quarter?",
      "SELECT table_name || '.' || column_name FROM information_schema.columns "
      "WHERE column_name ILIKE '%quota%' OR (table_name IN ('users', 'deals') AND column_name ILIKE '%target%')",
      decline=True, note="no quota or target anywhere in the data"),
]

# ---------------------------------------------------------------- 5. extremes: biggest / smallest / oldest / newest
F["extremes"] = [
    Q("extremes", "riley", "biggest open deal?",
      "SELECT d.name, d.amount FROM deals d WHERE " + OPEN + " AND amount = "
      "(SELECT max(amount) FROM deals d WHERE " + OPEN + ")"),
    Q("extremes", "alex", "whats my smallest open deal",
      "SELECT d.name, d.amount FROM deals d WHERE " + OPEN + " AND owner_id = 1 AND amount = "
      "(SELECT min(amount) FROM deals d WHERE " + OPEN + " AND owner_id = 1) ORDER BY d.name",
      excludes=["Bluth Company Analytics Suite"],
      note="tie at 15,000 (Cyberdyne Consulting Services, Pied Piper Software License); team smallest is Sam's Bluth"),
    Q("extremes", "priya", "Which of my open deals has been around the longest? (oldest by created date)",
      "SELECT d.name, CAST(d.created_at AS DATE) FROM deals d WHERE " + OPEN + " AND owner_id = 2 "
      "ORDER BY d.created_at LIMIT 1"),
    Q("extremes", "jordan", "what's the newest deal anyone's added to the crm",
      "SELECT d.name, u.name FROM deals d JOIN users u ON u.id = d.owner_id ORDER BY d.created_at DESC LIMIT 1"),
    Q("extremes", "sam", "my largest lost deal ever - which one and how much",
      "SELECT d.name, d.amount FROM deals d WHERE stage = 'Closed Lost' AND owner_id = 3 ORDER BY amount DESC LIMIT 1",
      excludes=["Oscorp Software License"], note="team's largest loss is Alex's Oscorp Software License"),
    Q("extremes", "riley", "biggest deal we have going in pharma?",
      "SELECT DISTINCT industry FROM companies WHERE industry ILIKE '%pharma%'",
      excl_sql="SELECT amount FROM deals d WHERE " + OPEN + " ORDER BY amount DESC LIMIT 1",
      decline=True, note="no Pharma industry; the overall biggest open deal would be a wrong confident answer"),
]

# ---------------------------------------------------------------- 6. closing_window: open deals by close date
F["closing_window"] = [
    Q("closing_window", "riley", "quick q before the 1:1s - how many deals are set to close in november and for how much total",
      "SELECT count(*), sum(amount) FROM deals d WHERE " + OPEN +
      " AND close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'",
      note="open deals with a November close date, including the three already past it"),
    Q("closing_window", "alex", "ok so im putting together notes for tomorrows forecast call, what have i got closing in the next 2 weeks",
      "SELECT d.name FROM deals d WHERE " + OPEN + " AND owner_id = 1 "
      "AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-02' ORDER BY close_date, d.name",
      excludes=["Woodgrove Bank Consulting Services"], note="next 2 weeks = today..today+14"),
    Q("closing_window", "sam", "anything of mine closing next week?",
      "SELECT d.name, close_date FROM deals d WHERE " + OPEN + " AND owner_id = 3 "
      "AND close_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29'"),
    Q("closing_window", "jordan", "deals with a december close date - how many and what's the total value?",
      "SELECT count(*), sum(amount) FROM deals d WHERE " + OPEN +
      " AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"),
    Q("closing_window", "priya",
      "ok so for forecast purposes, how many of my deals are supposed to close this quarter, and whats the value",
      "SELECT count(*), sum(amount) FROM deals d WHERE " + OPEN + " AND owner_id = 2 "
      "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
      note="this quarter = Oct-Dec 2026; open deals only (one is already past its date)"),
    Q("closing_window", "riley", "which deals in the APAC region close this month",
      "SELECT table_name || '.' || column_name FROM information_schema.columns "
      "WHERE table_name IN ('deals', 'companies') AND (column_name ILIKE '%region%' OR column_name ILIKE '%country%' "
      "OR column_name ILIKE '%territor%')",
      decline=True, note="no region/country/territory field"),
]

# ---------------------------------------------------------------- 7. past_close: open deals past their close date
F["past_close"] = [
    Q("past_close", "riley", "which deals are past their close date but still open",
      "SELECT d.name, u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE " + OPEN +
      " AND close_date < DATE '2026-11-18' ORDER BY close_date"),
    Q("past_close", "alex", "any of my deals overdue on the close date?",
      "SELECT d.name, close_date FROM deals d WHERE " + OPEN + " AND owner_id = 1 AND close_date < DATE '2026-11-18'",
      excludes=["Sterling Cooper Consulting Services", "Alpine Ski House Security Add-on"]),
    Q("past_close", "jordan", "Which deals have had their close date pushed back more than twice?",
      "SELECT table_name FROM information_schema.tables WHERE table_name ILIKE '%deal%' AND table_name <> 'deals' "
      "UNION ALL SELECT column_name FROM information_schema.columns WHERE table_name = 'deals' "
      "AND (column_name ILIKE '%orig%' OR column_name ILIKE '%prev%' OR column_name ILIKE '%push%')",
      decline=True, note="no close-date history is kept"),
    Q("past_close", "sam", "do i have deals where the close date already passed n theyre not closed yet",
      "SELECT d.name, close_date FROM deals d WHERE " + OPEN + " AND owner_id = 3 AND close_date < DATE '2026-11-18'",
      excludes=["Proseware Analytics Suite"]),
    Q("past_close", "priya", "past-due deals for me? how late",
      "SELECT d.name, close_date FROM deals d WHERE " + OPEN + " AND owner_id = 2 AND close_date < DATE '2026-11-18'",
      note="2 days late"),
    Q("past_close", "riley", "which open deal is the most overdue, and whose is it? gonna nudge them",
      "SELECT d.name, close_date, u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE " + OPEN +
      " AND close_date < DATE '2026-11-18' ORDER BY close_date LIMIT 1"),
]

# ---------------------------------------------------------------- 8. stale: open deals with no recent activity
STALE = ("SELECT d.name{extra} FROM deals d{join} WHERE " + OPEN + "{cond} AND NOT EXISTS (SELECT 1 FROM activities a "
         "WHERE a.deal_id = d.id AND a.occurred_at >= " + NOW_SQL + " - INTERVAL {days} DAY){order}")
F["stale"] = [
    Q("stale", "riley", "open deals w/ no activity in the last 30 days?",
      STALE.format(extra=", u.name", join=" JOIN users u ON u.id = d.owner_id", cond="", days=30,
                   order=" ORDER BY d.name")),
    Q("stale", "alex", "which of my open deals havent been touched in 3 weeks",
      STALE.format(extra="", join="", cond=" AND d.owner_id = 1", days=21, order=" ORDER BY d.name"),
      excludes=["Fabrikam Security Add-on", "Sterling Cooper Analytics Suite"]),
    Q("stale", "sam", "Which deals have had no email opens in the last 30 days?",
      "SELECT table_name || '.' || column_name FROM information_schema.columns "
      "WHERE column_name ILIKE '%open%' OR column_name ILIKE '%click%' OR column_name ILIKE '%track%'",
      decline=True, note="no email-open tracking in the data"),
    Q("stale", "priya", "deals of mine that have gone quiet for 2+ weeks? nothing logged",
      STALE.format(extra="", join="", cond=" AND d.owner_id = 2", days=14, order=" ORDER BY d.name")),
    Q("stale", "jordan", "how many open deals have had zero activity for 3 weeks or more, and how much $ is that",
      "SELECT count(*), sum(amount) FROM (" +
      STALE.format(extra=", d.amount", join="", cond="", days=21, order="") + ")"),
    Q("stale", "riley", "any deals in negotiation gone cold this past week? nothing logged in 7 days",
      STALE.format(extra=", u.name", join=" JOIN users u ON u.id = d.owner_id", cond=" AND d.stage = 'Negotiation'",
                   days=7, order=" ORDER BY d.name")),
]

# ---------------------------------------------------------------- 9. win_loss in a period
F["win_loss"] = [
    Q("win_loss", "riley", "how much did we close last quarter",
      "SELECT sum(amount) FROM deals WHERE stage = 'Closed Won' AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'",
      excl_sql="SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'",
      note="closed = Closed Won; Q3 2026; the year-to-date total is excluded"),
    Q("win_loss", "priya", "did i win anything this quarter?",
      "SELECT name, amount FROM deals WHERE stage = 'Closed Won' AND owner_id = 2 "
      "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'",
      excludes=["Fourth Coffee Software License"], note="Fourth Coffee was won in Q3"),
    Q("win_loss", "jordan", "What's our total closed-won with Stark Enterprises?",
      "SELECT name FROM companies WHERE name ILIKE '%stark enterprises%'",
      excl_sql="SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'",
      decline=True, note="no Stark Enterprises (Stark Industries, Wayne Enterprises exist); team won total excluded"),
    Q("win_loss", "alex", "ugh. what did i lose last month",
      "SELECT name FROM deals WHERE stage = 'Closed Lost' AND owner_id = 1 "
      "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31' ORDER BY name",
      excludes=["Massive Dynamic Consulting Services", "Margie's Travel Support Plan"]),
    Q("win_loss", "sam", "have i won anything this month? if not whens my last win",
      "SELECT name, close_date FROM deals WHERE stage = 'Closed Won' AND owner_id = 3 "
      "ORDER BY close_date DESC LIMIT 1",
      note="no Sam win with a November close date; last win by close date",
      checks=["SELECT count(*) = 0 FROM deals WHERE stage = 'Closed Won' AND owner_id = 3 "
              "AND close_date >= DATE '2026-11-01'"]),
    Q("win_loss", "riley", "how much have we booked from Northwind Traders?",
      "SELECT name FROM companies WHERE name ILIKE '%northwind traders%'",
      decline=True, note="no Northwind Traders; Northwind Health is a close match only"),
]

# ---------------------------------------------------------------- 10. averages
F["averages"] = [
    Q("averages", "riley", "avg deal size across the open pipeline",
      "SELECT round(avg(amount)) FROM deals d WHERE " + OPEN, note="93,656.25"),
    Q("averages", "alex", "whats my average open deal worth",
      "SELECT round(avg(amount)) FROM deals d WHERE " + OPEN + " AND owner_id = 1",
      excl_sql="SELECT round(avg(amount)) FROM deals d WHERE " + OPEN),
    Q("averages", "jordan", "average amount of the deals we've won?",
      "SELECT round(avg(amount)) FROM deals WHERE stage = 'Closed Won'", note="85,400 over 5 wins"),
    Q("averages", "sam", "my avg open deal size compared to the team avg?",
      "SELECT (SELECT round(avg(amount)) FROM deals d WHERE " + OPEN + " AND owner_id = 3), "
      "(SELECT round(avg(amount)) FROM deals d WHERE " + OPEN + ")"),
    Q("averages", "riley", "avg open deal size for Platform vs Consulting Services?",
      "SELECT round(avg(amount)) FROM deals d WHERE " + OPEN + " AND product IN ('Platform', 'Consulting Services') "
      "GROUP BY product ORDER BY product DESC",
      note="Platform 85,500 (6 deals), Consulting Services 112,800 (10 deals): both exact",
      checks=["SELECT bool_and(avg_a = round(avg_a)) FROM (SELECT avg(amount) avg_a FROM deals d WHERE " + OPEN +
              " AND product IN ('Platform', 'Consulting Services') GROUP BY product)"]),
    Q("averages", "priya", "what's the average discount we gave on won deals this year",
      "SELECT table_name || '.' || column_name FROM information_schema.columns "
      "WHERE column_name ILIKE '%discount%' OR column_name ILIKE '%list_price%'",
      excl_sql="SELECT round(avg(amount)) FROM deals WHERE stage = 'Closed Won'",
      decline=True, note="no discount field; the average won amount would be a wrong confident answer"),
]

# ---------------------------------------------------------------- 11. product
F["product"] = [
    Q("product", "riley", "how many open Platform deals do we have, total value?",
      "SELECT count(*), sum(amount) FROM deals d WHERE " + OPEN + " AND product = 'Platform'"),
    Q("product", "sam", "which product has the most open pipeline $",
      "SELECT product, sum(amount) FROM deals d WHERE " + OPEN + " GROUP BY product ORDER BY 2 DESC LIMIT 1"),
    Q("product", "jordan", "how many deals include the Mobile App product?",
      "SELECT DISTINCT product FROM deals WHERE product ILIKE '%mobile%' OR product ILIKE '%app%'",
      decline=True, note="products: Software License, Analytics Suite, Security Add-on, Support Plan, Platform, Consulting Services"),
    Q("product", "alex", "my securty add-on deals that are still open?",
      "SELECT d.name FROM deals d WHERE " + OPEN + " AND owner_id = 1 AND product = 'Security Add-on' ORDER BY d.name",
      excludes=["Hooli Security Add-on", "Fabrikam Security Add-on"]),
    Q("product", "priya", "which products have we actually won deals on so far",
      "SELECT DISTINCT product FROM deals WHERE stage = 'Closed Won' ORDER BY 1",
      note="Support Plan, Platform and Analytics Suite have no win; a right answer may name them as 'none', so not excluded"),
    Q("product", "riley", "open pipeline for the data warehouse product",
      "SELECT DISTINCT product FROM deals WHERE product ILIKE '%warehouse%' OR product ILIKE '%data%'",
      excl_sql="SELECT sum(amount) FROM deals d WHERE " + OPEN,
      decline=True, note="no Data Warehouse product; total open pipeline excluded"),
]

# ---------------------------------------------------------------- 12. industry
F["industry"] = [
    Q("industry", "riley", "whats our open pipelin in manufacturing",
      "SELECT sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id WHERE " + OPEN +
      " AND c.industry = 'Manufacturing'", note="Acme Corp (2) and Fabrikam (3)"),
    Q("industry", "sam", "how many healthcare accounts do we have and who owns them",
      "SELECT c.name, u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.industry = 'Healthcare' ORDER BY c.name"),
    Q("industry", "jordan", "hey, the board wants a vertical split. how much pipeline do we have with insurance companies",
      "SELECT DISTINCT industry FROM companies WHERE industry ILIKE '%insur%'",
      excl_sql="SELECT sum(amount) FROM deals d WHERE " + OPEN,
      decline=True, note="no Insurance industry; total open pipeline excluded"),
    Q("industry", "jordan", "which industry do we have the most companies in",
      "SELECT industry, count(*) FROM companies GROUP BY industry "
      "QUALIFY count(*) = max(count(*)) OVER ()", note="Software, 4 (Retail has 3)"),
    Q("industry", "priya", "retail deals - how many open and total value",
      "SELECT count(*), sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id WHERE " + OPEN +
      " AND c.industry = 'Retail'"),
    Q("industry", "alex", "tyrell systems n cyberdyne - what industry are they in",
      "SELECT DISTINCT industry FROM companies WHERE name IN ('Tyrell Systems', 'Cyberdyne')", note="both Robotics"),
]

# ---------------------------------------------------------------- 13. purchases: what a customer bought (Closed Won)
F["purchases"] = [
    Q("purchases", "riley", "what has margie's travel bought from us",
      "SELECT d.product, d.amount FROM deals d JOIN companies c ON c.id = d.company_id "
      "WHERE c.name = 'Margie''s Travel' AND d.stage = 'Closed Won'",
      note="one won deal; the lost Support Plan and open Software License deals are not purchases"),
    Q("purchases", "sam", "did bluth company actually buy anything? what and when",
      "SELECT d.product, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id "
      "WHERE c.name = 'Bluth Company' AND d.stage = 'Closed Won'"),
    Q("purchases", "alex", "what did Soylent Corp purchase last year",
      "SELECT name FROM companies WHERE name ILIKE '%soylent corp%'",
      decline=True, note="no Soylent Corp (Soylent Foods exists and has no deals)"),
    Q("purchases", "jordan", "What did Cyberdyne purchase and when did it close?",
      "SELECT d.product, d.close_date, d.amount FROM deals d JOIN companies c ON c.id = d.company_id "
      "WHERE c.name = 'Cyberdyne' AND d.stage = 'Closed Won'"),
    Q("purchases", "priya", "fourth coffee - what did they buy and for how much",
      "SELECT d.product, d.amount FROM deals d JOIN companies c ON c.id = d.company_id "
      "WHERE c.name = 'Fourth Coffee' AND d.stage = 'Closed Won'"),
    Q("purchases", "riley", "northwind health, what product did they end up buying",
      "SELECT d.product, d.amount FROM deals d JOIN companies c ON c.id = d.company_id "
      "WHERE c.name = 'Northwind Health' AND d.stage = 'Closed Won'"),
]

# ---------------------------------------------------------------- 14. contact_info: titles, emails, who is who
F["contact_info"] = [
    Q("contact_info", "riley", "whats dana's title over at globex",
      "SELECT ct.first_name || ' ' || ct.last_name, ct.title FROM contacts ct JOIN companies c ON c.id = ct.company_id "
      "WHERE ct.first_name = 'Dana' AND c.name = 'Globex'",
      excludes=["VP Operations"], note="two Danas; Dana Smith (Acme Corp) is VP Operations"),
    Q("contact_info", "priya", "email for chris park?",
      "SELECT email FROM contacts WHERE first_name = 'Chris' AND last_name = 'Park'",
      excl_sql="SELECT email FROM contacts WHERE first_name = 'Chris' AND last_name = 'Walker'"),
    Q("contact_info", "sam", "need the phone number for Dana White asap",
      "SELECT first_name FROM contacts WHERE first_name = 'Dana' AND last_name = 'White'",
      decline=True, note="no Dana White; Dana Smith and Dana Lee are close matches only"),
    Q("contact_info", "sam", "what's chris walker's role and which company is he at",
      "SELECT ct.title, c.name FROM contacts ct JOIN companies c ON c.id = ct.company_id "
      "WHERE ct.first_name = 'Chris' AND ct.last_name = 'Walker'",
      excludes=["Acme Logistics"], note="Chris Park is COO at Acme Logistics"),
    Q("contact_info", "alex", "who's the CTO at initech again",
      "SELECT ct.first_name || ' ' || ct.last_name FROM contacts ct JOIN companies c ON c.id = ct.company_id "
      "WHERE c.name = 'Initech' AND ct.title = 'CTO'"),
    Q("contact_info", "alex", "pull up dana smith's linkedin profile",
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'contacts' "
      "AND (column_name ILIKE '%linkedin%' OR column_name ILIKE '%social%' OR column_name ILIKE '%url%')",
      decline=True, note="contacts have no LinkedIn/social field"),
]

# ---------------------------------------------------------------- 15. lifecycle
F["lifecycle"] = [
    Q("lifecycle", "riley", "how many contacts are customers at this point",
      "SELECT count(*) FROM contacts WHERE lifecycle_stage = 'customer'"),
    Q("lifecycle", "alex", "how many of my contacts r still leads",
      "SELECT count(*) FROM contacts WHERE lifecycle_stage = 'lead' AND owner_id = 1"),
    Q("lifecycle", "sam", "what lifecycle stage is olivia chen",
      "SELECT lifecycle_stage FROM contacts WHERE first_name = 'Olivia' AND last_name = 'Chen'"),
    Q("lifecycle", "priya", "my contacts at monarch solutions that are at the opportunity stage?",
      "SELECT first_name || ' ' || last_name FROM contacts ct JOIN companies c ON c.id = ct.company_id "
      "WHERE c.name = 'Monarch Solutions' AND lifecycle_stage = 'opportunity' AND ct.owner_id = 2 ORDER BY 1",
      excludes=["Nate Reed"], note="Nate Reed is Monarch's customer-stage contact"),
    Q("lifecycle", "jordan", "so at acme logistics (not acme corp!) which contacts are customers already",
      "SELECT first_name || ' ' || last_name FROM contacts ct JOIN companies c ON c.id = ct.company_id "
      "WHERE c.name = 'Acme Logistics' AND lifecycle_stage = 'customer' ORDER BY 1",
      excludes=["Dana Smith", "Saul Baker"], note="Dana Smith / Saul Baker are Acme Corp customers"),
    Q("lifecycle", "riley", "how many contacts have churned?",
      "SELECT DISTINCT lifecycle_stage FROM contacts WHERE lifecycle_stage ILIKE '%churn%' "
      "OR lifecycle_stage ILIKE '%former%' OR lifecycle_stage ILIKE '%lost%'",
      decline=True, note="lifecycle stages are lead/prospect/opportunity/customer; no churn stage"),
]

# ---------------------------------------------------------------- 16. activity_counts: by type and period
def acts(cond):
    return "SELECT count(*) FROM activities a WHERE " + cond


def both(a, b):
    """Two scalar sub-queries as one row, so the order of the two figures is fixed."""
    return f"SELECT ({a}), ({b})"


F["activity_counts"] = [
    Q("activity_counts", "riley", "how many calls did the team log last wk",
      acts("type = 'call' AND occurred_at >= TIMESTAMP '2026-11-09' AND occurred_at < TIMESTAMP '2026-11-16'"),
      note="last week = Mon 2026-11-09 .. Sun 2026-11-15"),
    Q("activity_counts", "alex", "how many meetings did i have in october",
      acts("type = 'meeting' AND author_id = 1 AND occurred_at >= TIMESTAMP '2026-10-01' "
           "AND occurred_at < TIMESTAMP '2026-11-01'"),
      note="the team figure (25) is not excluded: small numbers can sit inside dates"),
    Q("activity_counts", "jordan", "how many webinars did we run in october?",
      "SELECT DISTINCT type FROM activities WHERE type ILIKE '%webinar%' OR subject ILIKE '%webinar%'",
      decline=True, note="activity types: call, email, meeting, note, message; no webinar"),
    Q("activity_counts", "priya", "how many notes did i write last month",
      acts("type = 'note' AND author_id = 2 AND occurred_at >= TIMESTAMP '2026-10-01' "
           "AND occurred_at < TIMESTAMP '2026-11-01'")),
    Q("activity_counts", "sam", "emails vs calls i've logged this quarter?",
      both(acts("type = 'email' AND author_id = 3 AND occurred_at >= TIMESTAMP '2026-10-01'"),
           acts("type = 'call' AND author_id = 3 AND occurred_at >= TIMESTAMP '2026-10-01'")),
      note="email count first, then calls; this quarter = since 2026-10-01, up to now"),
    Q("activity_counts", "riley", "were there more meetings logged last week than the week before? both numbers pls",
      both(acts("type = 'meeting' AND occurred_at >= TIMESTAMP '2026-11-09' AND occurred_at < TIMESTAMP '2026-11-16'"),
           acts("type = 'meeting' AND occurred_at >= TIMESTAMP '2026-11-02' AND occurred_at < TIMESTAMP '2026-11-09'")),
      note="last week Mon 11-09..Sun 11-15 first, then the week of 11-02..11-08"),
]

# ---------------------------------------------------------------- 17. activity_people: who did what
PER_REP = ("SELECT u.name, count(a.id) FROM users u LEFT JOIN activities a ON a.author_id = u.id AND {cond} "
           "WHERE u.role = 'rep' GROUP BY u.name ORDER BY u.name")
F["activity_people"] = [
    Q("activity_people", "riley", "who logged the most activites last month",
      "SELECT u.name FROM activities a JOIN users u ON u.id = a.author_id "
      "WHERE occurred_at >= TIMESTAMP '2026-10-01' AND occurred_at < TIMESTAMP '2026-11-01' "
      "GROUP BY u.name ORDER BY count(*) DESC LIMIT 1",
      note="Alex ~89 vs Priya ~57; the exact count moves with a 3 h shift, so only the name is labelled"),
    Q("activity_people", "alex", "did i log more calls than priya last week? be honest lol",
      "SELECT count(a.id) FROM users u LEFT JOIN activities a ON a.author_id = u.id AND a.type = 'call' "
      "AND occurred_at >= TIMESTAMP '2026-11-09' AND occurred_at < TIMESTAMP '2026-11-16' "
      "WHERE u.id IN (1, 2) GROUP BY u.id ORDER BY u.id", note="Alex's count first, then Priya's"),
    Q("activity_people", "jordan", "how many calls did Kevin make last week",
      "SELECT name FROM users WHERE name ILIKE '%kevin%' UNION ALL "
      "SELECT first_name FROM contacts WHERE first_name ILIKE '%kevin%'",
      decline=True, note="no user (or anyone) named Kevin"),
    Q("activity_people", "riley", "activity count per rep this week",
      PER_REP.format(cond="occurred_at >= TIMESTAMP '2026-11-16'"), note="Sam has none this week"),
    Q("activity_people", "jordan", "who's had the most meetings this quarter?",
      "SELECT u.name, count(*) FROM activities a JOIN users u ON u.id = a.author_id "
      "WHERE type = 'meeting' AND occurred_at >= TIMESTAMP '2026-10-01' GROUP BY u.name ORDER BY 2 DESC LIMIT 1"),
    Q("activity_people", "sam", "how many activities did each of us log in september? want to see where i stand",
      PER_REP.format(cond="occurred_at >= TIMESTAMP '2026-09-01' AND occurred_at < TIMESTAMP '2026-10-01'")),
]

# ---------------------------------------------------------------- 18. last_touch: most recent activity
F["last_touch"] = [
    Q("last_touch", "riley", "when was the last activity on acme corp expansion",
      "SELECT CAST(max(occurred_at) AS DATE) FROM activities a JOIN deals d ON d.id = a.deal_id "
      "WHERE d.name = 'Acme Corp Expansion'"),
    Q("last_touch", "sam", "last time we talked to anyone at hooli?",
      "SELECT CAST(max(occurred_at) AS DATE) FROM activities a JOIN companies c ON c.id = a.company_id "
      "WHERE c.name = 'Hooli'"),
    Q("last_touch", "priya", "when did i last log anything on the woodgrove deal and what was it",
      "SELECT CAST(a.occurred_at AS DATE), a.type, a.subject FROM activities a JOIN deals d ON d.id = a.deal_id "
      "WHERE d.name = 'Woodgrove Bank Consulting Services' AND a.author_id = 2 ORDER BY a.occurred_at DESC LIMIT 1"),
    Q("last_touch", "alex", "last touch on the stark industries software license deal? what kind of activity",
      "SELECT CAST(a.occurred_at AS DATE), a.type, a.subject FROM activities a JOIN deals d ON d.id = a.deal_id "
      "WHERE d.name = 'Stark Industries Software License' ORDER BY a.occurred_at DESC LIMIT 1"),
    Q("last_touch", "jordan", "when did someone last reach out to dana at globex?",
      "SELECT ct.first_name || ' ' || ct.last_name, CAST(max(occurred_at) AS DATE) FROM activities a "
      "JOIN contacts ct ON ct.id = a.contact_id JOIN companies c ON c.id = ct.company_id "
      "WHERE ct.first_name = 'Dana' AND c.name = 'Globex' GROUP BY 1",
      excludes=["Dana Smith"],
      note="Dana Lee; Dana Smith's own last date sits within 3 h of midnight, so it is not used as an exclude"),
    Q("last_touch", "riley", "when did we last speak with chris parker",
      "SELECT first_name FROM contacts WHERE first_name = 'Chris' AND last_name = 'Parker'",
      decline=True, note="no Chris Parker; Chris Park (Acme Logistics) is a close match only"),
]

# ---------------------------------------------------------------- 19. tasks_due: tasks by due window (open tasks)
F["tasks_due"] = [
    Q("tasks_due", "riley", "open tasks due this week, per rep",
      "SELECT u.name, count(t.id) FROM users u LEFT JOIN tasks t ON t.owner_id = u.id AND t.status = 'open' "
      "AND t.due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22' WHERE u.role = 'rep' GROUP BY u.name ORDER BY u.name",
      note="this week Mon 11-16..Sun 11-22, including the ones already past due this week"),
    Q("tasks_due", "alex", "morning! what's on my plate for tomorrow",
      "SELECT title FROM tasks WHERE owner_id = 1 AND status = 'open' AND due_date = DATE '2026-11-19' ORDER BY title"),
    Q("tasks_due", "sam", "my tasks due next week pls",
      "SELECT title FROM tasks WHERE owner_id = 3 AND status = 'open' "
      "AND due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29' ORDER BY due_date, title",
      note="next week Mon 11-23..Sun 11-29; Book a demo (Umbrella Health Support Plan) is done"),
    Q("tasks_due", "priya", "what do i have due between now and friday",
      "SELECT title, due_date FROM tasks WHERE owner_id = 2 AND status = 'open' "
      "AND due_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-20' ORDER BY due_date",
      excludes=["Check in (Monarch Solutions Software License)"],
      note="today..Fri 11-20; the 11-16 task is already overdue, not in the window"),
    Q("tasks_due", "jordan", "whole team: how many open tasks are due from today through next wednesday (the 25th)?",
      "SELECT count(*) FROM tasks WHERE status = 'open' AND due_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-25'",
      note="'through' includes the 25th; none are open and due today",
      checks=["SELECT count(*) = 0 FROM tasks WHERE status = 'open' AND due_date = DATE '2026-11-18'"]),
    Q("tasks_due", "riley", "what reminders does Taylor have due next week",
      "SELECT name FROM users WHERE name ILIKE '%taylor%' UNION ALL "
      "SELECT first_name FROM contacts WHERE first_name ILIKE '%taylor%' OR last_name ILIKE '%taylor%'",
      decline=True, note="no Taylor"),
]

# ---------------------------------------------------------------- 20. task_status: open/done/overdue
F["task_status"] = [
    Q("task_status", "riley", "overdue tasks by rep? just the counts",
      "SELECT u.name, count(t.id) FROM users u LEFT JOIN tasks t ON t.owner_id = u.id AND t.status = 'open' "
      "AND t.due_date < DATE '2026-11-18' WHERE u.role = 'rep' GROUP BY u.name ORDER BY u.name"),
    Q("task_status", "priya", "which of my tasks did i finish most recently",
      "SELECT title FROM tasks WHERE owner_id = 2 AND status = 'done' ORDER BY completed_at DESC LIMIT 1",
      note="by completion time, not due date"),
    Q("task_status", "alex", "show me my high priority tasks",
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'tasks' "
      "AND (column_name ILIKE '%prior%' OR column_name ILIKE '%urgen%' OR column_name ILIKE '%importan%')",
      decline=True, note="tasks have no priority"),
    Q("task_status", "sam", "my overdue tasks?",
      "SELECT title FROM tasks WHERE owner_id = 3 AND status = 'open' AND due_date < DATE '2026-11-18' ORDER BY due_date"),
    Q("task_status", "jordan", "for the ops review: how many tasks has the team completed vs how many are still open",
      "SELECT count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE status = 'open') FROM tasks"),
    Q("task_status", "alex", "whats the oldest overdue task i've got",
      "SELECT title, due_date FROM tasks WHERE owner_id = 1 AND status = 'open' AND due_date < DATE '2026-11-18' "
      "ORDER BY due_date LIMIT 1"),
]


# ---------------------------------------------------------------- labelling
def fmt(v) -> str:
    if isinstance(v, bool):
        raise TypeError("boolean cell")
    if isinstance(v, (int, float)):
        if abs(v - round(v)) > 1e-9:
            raise ValueError(f"non-integer figure {v!r}: round it in the SQL")
        return f"{int(round(v)):,}"
    if isinstance(v, dt.datetime):
        raise TypeError(f"timestamp cell {v!r}: cast to DATE in the SQL")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return v
    if hasattr(v, "__float__"):  # Decimal
        return fmt(float(v))
    raise TypeError(f"cell {v!r}")


def cells(con, sql) -> list[str]:
    out = []
    for row in con.execute(sql).fetchall():
        for v in row:
            s = fmt(v)
            if s not in out:
                out.append(s)
    return out


def labels(con, item) -> tuple[list[str], list[str]]:
    contains = cells(con, item["sql"])
    excludes = list(item["excludes"]) + (cells(con, item["excl_sql"]) if item["excl_sql"] else [])
    return contains, excludes


def build_world():
    sys.path.insert(0, str(ROOT))
    from core.store import Store
    from data.demo import generate
    store = Store(":memory:")
    generate(store, TODAY)
    return store


def ordered_items():
    """(id, half, item): each family's first 3 go to dev, last 3 to test; families interleaved round-robin."""
    fams = list(F)
    out, n = [], 0
    for half, rng in (("dev", range(0, 3)), ("test", range(3, 6))):
        for k in rng:
            for fam in fams:
                n += 1
                out.append((f"q15-{n:03d}", half, F[fam][k]))
    return out


def records(con):
    recs = []
    for qid, half, item in ordered_items():
        contains, excludes = labels(con, item)
        recs.append((half, {"id": qid, "question": item["question"], "user": item["user"], "family": item["family"],
                            "answer_contains": contains, "answer_excludes": excludes, "decline": item["decline"],
                            "note": item["note"]}))
    return recs


def main():
    store = build_world()
    recs = records(store.con)
    for half in ("dev", "test"):
        path = HERE / f"questions15_{half}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for h, r in recs:
                if h == half:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {path.relative_to(ROOT)}: {sum(1 for h, _ in recs if h == half)} items")


if __name__ == "__main__":
    main()
