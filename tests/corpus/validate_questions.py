"""Check questions_demo.jsonl against the demo world with one independent SQL check per item.

Run: .venv/bin/python tests/corpus/validate_questions.py   (exit status 1 when any label is wrong)

Every item id has an entry in CHECKS. An entry holds lists of SQL queries against the fresh demo
database (data.demo.generate(Store(":memory:"), 2026-11-18)):
- contains: the cells of all rows, formatted like the labels, must equal the set answer_contains.
- excludes: likewise for answer_excludes (the strings a wrong answer would show).
- truth:    every cell of the complete correct answer. answer_contains must be a subset of these
            cells, and no exclude may occur inside any of them. An answerable item with empty
            answer_contains ("nothing is due today") must have a truth that returns no rows.
- absent:   for declines: each query must return no rows (no such record, no such column).

Cell formatting: floats must be whole and become "48,000"; integers (counts) become "18";
dates and timestamps become ISO dates "2026-11-20"; strings stay as stored.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.store import Store  # noqa: E402
from data.demo import generate  # noqa: E402

TODAY = dt.date(2026, 11, 18)
FILE = Path(__file__).with_name("questions_demo.jsonl")
USERS = {"alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local", "riley@autocrm.local",
         "jordan@autocrm.local"}
FAMILIES = {"company_deals", "contact_deals", "won_lost", "pipeline", "closing", "stale_deals", "deal_contact",
            "owner", "contact_info", "company_info", "company_contacts", "activity", "last_touch", "tasks", "count",
            "biggest_deal", "average_deal", "decline"}
DECLINE_SHARE = (0.10, 0.20)
MIN_ITEMS = 80

# Columns of the CRM tables; a decline about data the CRM does not keep checks that no column holds it.
COLS = ("SELECT table_name || '.' || column_name FROM information_schema.columns "
        "WHERE table_name IN ('users','companies','contacts','deals','activities','tasks') AND ")

CHECKS: dict[str, dict[str, list[str]]] = {
    # ---------------------------------------------------------------- deals of a company
    "q-001": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Margie''s Travel'""",
                  """SELECT DISTINCT d.stage FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Margie''s Travel' AND d.stage IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Tailspin Toys' AND d.product = 'Support Plan'"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Margie''s Travel'"""]),
    "q-002": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Cyberdyne'""",
                  """SELECT DISTINCT d.stage FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Cyberdyne' AND d.stage LIKE 'Closed%'"""],
        excludes=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Tyrell Systems' AND d.product = 'Security Add-on'"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Cyberdyne'"""]),
    "q-003": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Oscorp'""",
                  """SELECT DISTINCT d.stage FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Oscorp'"""],
        excludes=["""SELECT DISTINCT 'Closed Won' FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Oscorp' AND 'Closed Won' NOT IN (SELECT stage FROM deals WHERE company_id = c.id)"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Oscorp'"""]),
    "q-004": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Fabrikam' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT DISTINCT stage FROM deals WHERE stage IN ('Closed Won', 'Closed Lost')"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Fabrikam' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-005": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Margie''s Travel' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Margie''s Travel' AND d.stage IN ('Closed Won', 'Closed Lost')"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Margie''s Travel' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-006": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Monarch Solutions' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Monarch Solutions' AND d.stage IN ('Closed Won', 'Closed Lost')"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Monarch Solutions' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-007": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Acme Corp'"""],
        excludes=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Acme Logistics'"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Acme Corp'"""]),
    "q-008": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Bluth Company'""",
                  """SELECT DISTINCT d.stage FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Bluth Company' AND d.stage LIKE 'Closed%'"""],
        excludes=["""SELECT 'Closed Lost' WHERE NOT EXISTS (SELECT 1 FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Bluth Company' AND d.stage = 'Closed Lost')"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Bluth Company'"""]),
    "q-009": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Nakatomi Trading' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT DISTINCT stage FROM deals WHERE stage = 'Closed Lost'"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Nakatomi Trading' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    # ---------------------------------------------------------------- deals of a contact
    "q-010": dict(
        contains=["""SELECT d.name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE p.first_name = 'Dana' AND p.last_name = 'Smith'"""],
        excludes=["""SELECT d.name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE p.first_name = 'Dana' AND p.last_name = 'Lee'"""],
        truth=["""SELECT d.name, d.stage, d.amount FROM deals d JOIN contacts p ON p.id = d.contact_id
                  WHERE p.first_name = 'Dana' AND p.last_name = 'Smith'"""]),
    "q-011": dict(
        contains=["""SELECT d.name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE p.first_name = 'Hannah' AND p.last_name = 'Collins'""",
                  """SELECT DISTINCT d.stage FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE p.first_name = 'Hannah' AND p.last_name = 'Collins' AND d.stage LIKE 'Closed%'"""],
        excludes=["""SELECT name FROM deals WHERE name = 'Tyrell Systems Security Add-on'
                     AND contact_id <> (SELECT id FROM contacts WHERE first_name = 'Hannah' AND last_name = 'Collins')"""],
        truth=["""SELECT d.name, d.stage, d.amount FROM deals d JOIN contacts p ON p.id = d.contact_id
                  WHERE p.first_name = 'Hannah' AND p.last_name = 'Collins'"""]),
    "q-012": dict(
        contains=["""SELECT d.name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE p.first_name = 'Keith' AND p.last_name = 'Fischer'
                       AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT d.name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE p.first_name = 'Keith' AND p.last_name = 'Fischer'
                       AND d.stage IN ('Closed Won', 'Closed Lost')"""],
        truth=["""SELECT d.name, d.stage, d.amount FROM deals d JOIN contacts p ON p.id = d.contact_id
                  WHERE p.first_name = 'Keith' AND p.last_name = 'Fischer'
                    AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    # ---------------------------------------------------------------- won / lost in a period
    "q-013": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE stage IN ('Closed Won', 'Closed Lost')
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        truth=["""SELECT name, amount FROM deals WHERE stage = 'Closed Won'
                  AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'""",
               """SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'
                  AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""]),
    "q-014": dict(
        contains=["""SELECT name FROM deals WHERE stage = 'Closed Won'
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'""",
                  """SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        excludes=["""SELECT name FROM deals WHERE stage = 'Closed Won'
                     AND close_date NOT BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Won'
                  AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'""",
               """SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'
                  AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""]),
    "q-015": dict(
        contains=["""SELECT name FROM deals WHERE stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'""",
                  """SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        excludes=["""SELECT name FROM deals WHERE stage = 'Closed Lost' AND company_id =
                     (SELECT id FROM companies WHERE name = 'Oscorp') AND close_date >= DATE '2026-10-01'"""],
        truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Lost'
                  AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'""",
               """SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'
                  AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""]),
    "q-016": dict(
        contains=["""SELECT name FROM deals WHERE stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"""],
        excludes=["""SELECT name FROM deals WHERE stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Lost'
                  AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'""",
               """SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'
                  AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"""]),
    "q-017": dict(
        contains=["""SELECT name, amount FROM deals WHERE stage = 'Closed Won'
                     AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"""],
        excludes=["""SELECT name FROM deals WHERE stage = 'Closed Won' AND owner_id = 1
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Won'
                  AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31'"""]),
    "q-018": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost' AND year(close_date) = 2026"""],
        truth=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026""",
               """SELECT name, amount FROM deals WHERE stage = 'Closed Won' AND year(close_date) = 2026"""]),
    "q-019": dict(
        contains=["""SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.email = 'priya@autocrm.local'
                     AND d.stage = 'Closed Won' AND year(d.close_date) = 2026""",
                  """SELECT sum(d.amount) FROM deals d JOIN users u ON u.id = d.owner_id
                     WHERE u.email = 'priya@autocrm.local' AND d.stage = 'Closed Won' AND year(d.close_date) = 2026"""],
        excludes=["""SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.email <> 'priya@autocrm.local'
                     AND d.stage = 'Closed Won' AND d.close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        truth=["""SELECT d.name, d.amount, d.close_date FROM deals d JOIN users u ON u.id = d.owner_id
                  WHERE u.email = 'priya@autocrm.local' AND d.stage = 'Closed Won' AND year(d.close_date) = 2026""",
               """SELECT sum(d.amount) FROM deals d JOIN users u ON u.id = d.owner_id
                  WHERE u.email = 'priya@autocrm.local' AND d.stage = 'Closed Won' AND year(d.close_date) = 2026"""]),
    "q-020": dict(
        contains=["""SELECT d.name, d.amount FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.name = 'Sam Rivera'
                     AND d.stage = 'Closed Won' AND d.close_date BETWEEN DATE '2026-04-01' AND DATE '2026-06-30'"""],
        excludes=["""SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.name = 'Sam Rivera'
                     AND d.stage = 'Closed Won' AND d.close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        truth=["""SELECT d.name, d.amount, d.close_date FROM deals d JOIN users u ON u.id = d.owner_id
                  WHERE u.name = 'Sam Rivera' AND d.stage = 'Closed Won'
                    AND d.close_date BETWEEN DATE '2026-04-01' AND DATE '2026-06-30'"""]),
    "q-021": dict(
        contains=["""SELECT name FROM deals WHERE owner_id = 1 AND stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'""",
                  """SELECT sum(amount) FROM deals WHERE owner_id = 1 AND stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""],
        excludes=["""SELECT name FROM deals WHERE owner_id <> 1 AND stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31' AND amount > 150000
                     UNION ALL
                     SELECT name FROM deals WHERE owner_id = 1 AND stage = 'Closed Lost'
                     AND close_date < DATE '2026-10-01'"""],
        truth=["""SELECT name, amount, close_date FROM deals WHERE owner_id = 1 AND stage = 'Closed Lost'
                  AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'""",
               """SELECT sum(amount) FROM deals WHERE owner_id = 1 AND stage = 'Closed Lost'
                  AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""]),
    "q-022": dict(
        contains=["""SELECT name FROM deals WHERE stage IN ('Closed Won', 'Closed Lost')
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        excludes=["""SELECT name FROM deals WHERE stage = 'Closed Won'
                     AND close_date NOT BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        truth=["""SELECT name, stage, amount, close_date FROM deals WHERE stage IN ('Closed Won', 'Closed Lost')
                  AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""]),
    "q-023": dict(
        contains=["""SELECT name, amount FROM deals WHERE owner_id = 3 AND stage = 'Closed Won'
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Won'
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'""",
                  """SELECT name FROM deals WHERE owner_id = 3 AND stage = 'Closed Won'
                     AND close_date < DATE '2026-07-01'"""],
        truth=["""SELECT name, amount, close_date FROM deals WHERE owner_id = 3 AND stage = 'Closed Won'
                  AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""]),
    # ---------------------------------------------------------------- pipeline totals
    "q-024": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT sum(amount) FROM deals"""],
        truth=["""SELECT sum(amount), count(*) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-025": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY stage"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'"""],
        truth=["""SELECT stage, sum(amount), count(*) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                  GROUP BY stage""",
               """SELECT sum(amount) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-026": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE stage = 'Negotiation'"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE stage = 'Proposal'"""],
        truth=["""SELECT sum(amount) FROM deals WHERE stage = 'Negotiation'""",
               """SELECT name, amount FROM deals WHERE stage = 'Negotiation'"""]),
    "q-027": dict(
        contains=["""SELECT sum(d.amount) FROM deals d JOIN users u ON u.id = d.owner_id
                     WHERE u.name = 'Priya Patel' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT sum(d.amount) FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.name = 'Priya Patel'"""],
        truth=["""SELECT sum(d.amount), count(*) FROM deals d JOIN users u ON u.id = d.owner_id
                  WHERE u.name = 'Priya Patel' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-028": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE owner_id = 1 AND stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE owner_id = 1"""],
        truth=["""SELECT sum(amount), count(*) FROM deals WHERE owner_id = 1
                  AND stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-029": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY owner_id"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE owner_id = 3"""],
        truth=["""SELECT u.name, sum(d.amount), count(*) FROM deals d JOIN users u ON u.id = d.owner_id
                  WHERE d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY u.name""",
               """SELECT sum(amount) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-030": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE product = 'Consulting Services'
                     AND stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE product = 'Consulting Services'"""],
        truth=["""SELECT sum(amount), count(*) FROM deals WHERE product = 'Consulting Services'
                  AND stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-031": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE product = 'Security Add-on'
                     AND stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE product = 'Security Add-on'"""],
        truth=["""SELECT sum(amount), count(*) FROM deals WHERE product = 'Security Add-on'
                  AND stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-032": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE owner_id = 3 AND stage = 'Qualified'"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE stage = 'Qualified'"""],
        truth=["""SELECT sum(amount), count(*) FROM deals WHERE owner_id = 3 AND stage = 'Qualified'""",
               """SELECT name, amount FROM deals WHERE owner_id = 3 AND stage = 'Qualified'"""]),
    "q-033": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                     AND product <> 'Security Add-on' GROUP BY product"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE product = 'Software License'"""],
        truth=["""SELECT product, sum(amount), count(*) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                  GROUP BY product""",
               """SELECT sum(amount) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    # ---------------------------------------------------------------- open deals closing in a window
    "q-034": dict(
        contains=["""SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                     AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'
                     ORDER BY close_date, id LIMIT 4"""],
        excludes=["""(SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                      AND close_date < DATE '2026-12-01' AND product = 'Analytics Suite' ORDER BY close_date DESC LIMIT 1)
                     UNION ALL
                     (SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                      AND close_date > DATE '2026-12-31' ORDER BY close_date LIMIT 1)"""],
        truth=["""SELECT name, close_date, amount FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                  AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""]),
    "q-035": dict(
        contains=["""SELECT name FROM deals WHERE owner_id = 1 AND stage NOT IN ('Closed Won', 'Closed Lost')
                     AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""],
        excludes=["""(SELECT name FROM deals WHERE owner_id <> 1 AND stage NOT IN ('Closed Won', 'Closed Lost')
                      AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31' AND product = 'Software License'
                      ORDER BY close_date LIMIT 1)
                     UNION ALL
                     (SELECT name FROM deals WHERE owner_id = 1 AND stage NOT IN ('Closed Won', 'Closed Lost')
                      AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-30' AND product = 'Analytics Suite')"""],
        truth=["""SELECT name, close_date, amount FROM deals WHERE owner_id = 1
                  AND stage NOT IN ('Closed Won', 'Closed Lost')
                  AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""]),
    "q-036": dict(
        contains=["""SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                     AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-30'"""],
        excludes=["""SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                     AND close_date = DATE '2026-12-01'"""],
        truth=["""SELECT name, close_date, amount FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                  AND close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'"""]),
    "q-037": dict(
        contains=["""SELECT name FROM deals WHERE owner_id = 2 AND stage NOT IN ('Closed Won', 'Closed Lost')
                     AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-31' ORDER BY close_date LIMIT 5"""],
        excludes=["""(SELECT name FROM deals WHERE owner_id = 2 AND stage NOT IN ('Closed Won', 'Closed Lost')
                      AND close_date > DATE '2026-12-31' ORDER BY close_date LIMIT 1)
                     UNION ALL
                     (SELECT name FROM deals WHERE owner_id = 3 AND stage = 'Negotiation'
                      AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-12-31')"""],
        truth=["""SELECT name, close_date, amount FROM deals WHERE owner_id = 2
                  AND stage NOT IN ('Closed Won', 'Closed Lost') AND close_date <= DATE '2026-12-31'"""]),
    "q-038": dict(
        contains=["""SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                     AND close_date >= DATE '2026-11-18' AND close_date < DATE '2026-12-01'"""],
        excludes=["""SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                     AND close_date = DATE '2026-12-01'
                     UNION ALL
                     SELECT name FROM deals WHERE stage = 'Closed Lost' AND close_date < DATE '2026-12-01'
                     AND company_id = (SELECT id FROM companies WHERE name = 'Southridge Video')"""],
        truth=["""SELECT name, close_date, amount FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                  AND close_date < DATE '2026-12-01'"""]),
    "q-039": dict(
        contains=["""SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                     AND close_date < DATE '2026-11-18'"""],
        excludes=["""(SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                      AND close_date >= DATE '2026-11-18' ORDER BY close_date LIMIT 1)
                     UNION ALL
                     (SELECT name FROM deals WHERE stage = 'Closed Lost' ORDER BY close_date DESC LIMIT 1 OFFSET 1)"""],
        truth=["""SELECT name, close_date, amount, stage FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                  AND close_date < DATE '2026-11-18'"""]),
    "q-040": dict(
        contains=["""SELECT name FROM deals WHERE owner_id = 3 AND stage NOT IN ('Closed Won', 'Closed Lost')
                     AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""],
        excludes=["""(SELECT name FROM deals WHERE owner_id = 3 AND stage NOT IN ('Closed Won', 'Closed Lost')
                      AND close_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-30')
                     UNION ALL
                     (SELECT name FROM deals WHERE owner_id = 3 AND stage NOT IN ('Closed Won', 'Closed Lost')
                      AND close_date > DATE '2026-12-31' ORDER BY close_date LIMIT 1)"""],
        truth=["""SELECT name, close_date, amount FROM deals WHERE owner_id = 3
                  AND stage NOT IN ('Closed Won', 'Closed Lost')
                  AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""]),
    # ---------------------------------------------------------------- stale deals (latest deal activity)
    "q-041": dict(
        contains=["""SELECT d.name FROM deals d LEFT JOIN activities a ON a.deal_id = d.id
                     WHERE d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name
                     HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < DATE '2026-10-21'"""],
        excludes=["""(SELECT d.name FROM deals d JOIN activities a ON a.deal_id = d.id
                      JOIN companies c ON c.id = d.company_id
                      WHERE d.stage NOT IN ('Closed Won', 'Closed Lost') AND c.name = 'Blue Yonder Airlines'
                      GROUP BY d.id, d.name
                      HAVING max(a.occurred_at) >= DATE '2026-10-21' ORDER BY max(a.occurred_at), d.id LIMIT 1)
                     UNION ALL
                     (SELECT d.name FROM deals d JOIN activities a ON a.deal_id = d.id
                      WHERE d.stage IN ('Closed Won', 'Closed Lost') GROUP BY d.name
                      HAVING max(a.occurred_at) < DATE '2026-10-21')"""],
        truth=["""SELECT d.name, d.stage, d.amount, CAST(max(a.occurred_at) AS DATE) FROM deals d
                  LEFT JOIN activities a ON a.deal_id = d.id
                  WHERE d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name, d.stage, d.amount
                  HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < DATE '2026-10-21'"""]),
    "q-042": dict(
        contains=["""SELECT d.name FROM deals d LEFT JOIN activities a ON a.deal_id = d.id
                     WHERE d.owner_id = 1 AND d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name
                     HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < DATE '2026-10-28'"""],
        excludes=["""(SELECT d.name FROM deals d JOIN activities a ON a.deal_id = d.id
                      WHERE d.owner_id = 1 AND d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name
                      HAVING max(a.occurred_at) >= DATE '2026-10-29' ORDER BY max(a.occurred_at) LIMIT 1)
                     UNION ALL
                     (SELECT d.name FROM deals d JOIN activities a ON a.deal_id = d.id
                      WHERE d.owner_id <> 1 AND d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name
                      ORDER BY max(a.occurred_at) LIMIT 1)"""],
        truth=["""SELECT d.name, d.amount, CAST(max(a.occurred_at) AS DATE) FROM deals d
                  LEFT JOIN activities a ON a.deal_id = d.id
                  WHERE d.owner_id = 1 AND d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name, d.amount
                  HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < DATE '2026-10-29'"""]),
    "q-043": dict(
        contains=["""SELECT d.name FROM deals d LEFT JOIN activities a ON a.deal_id = d.id
                     WHERE d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.id, d.name
                     HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < DATE '2026-10-28'
                     ORDER BY max(a.occurred_at) NULLS FIRST, d.id LIMIT 5"""],
        excludes=["""SELECT d.name FROM deals d JOIN activities a ON a.deal_id = d.id
                     WHERE d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name
                     HAVING max(a.occurred_at) >= DATE '2026-10-29' AND max(a.occurred_at) < DATE '2026-11-02'"""],
        truth=["""SELECT d.name, d.amount, CAST(max(a.occurred_at) AS DATE) FROM deals d
                  LEFT JOIN activities a ON a.deal_id = d.id
                  WHERE d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name, d.amount
                  HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < DATE '2026-10-29'"""]),
    "q-044": dict(
        contains=["""SELECT d.name FROM deals d LEFT JOIN activities a ON a.deal_id = d.id
                     WHERE d.owner_id = 3 AND d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name
                     HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < DATE '2026-10-14'"""],
        excludes=["""SELECT d.name FROM deals d JOIN activities a ON a.deal_id = d.id
                     WHERE d.owner_id = 3 AND d.stage = 'Proposal' GROUP BY d.name
                     HAVING max(a.occurred_at) BETWEEN DATE '2026-10-14' AND DATE '2026-10-28'
                        AND d.name NOT LIKE 'Sterling%'"""],
        truth=["""SELECT d.name, d.amount, CAST(max(a.occurred_at) AS DATE) FROM deals d
                  LEFT JOIN activities a ON a.deal_id = d.id
                  WHERE d.owner_id = 3 AND d.stage NOT IN ('Closed Won', 'Closed Lost') GROUP BY d.name, d.amount
                  HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < DATE '2026-10-14'"""]),
    # ---------------------------------------------------------------- contact on a deal
    "q-045": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE d.name = 'Stark Industries Software License'"""],
        excludes=["""SELECT first_name || ' ' || last_name FROM contacts WHERE first_name = 'Chris' AND company_id <>
                     (SELECT company_id FROM deals WHERE name = 'Stark Industries Software License')
                     UNION ALL
                     SELECT first_name || ' ' || last_name FROM contacts WHERE title = 'IT Manager' AND company_id =
                     (SELECT company_id FROM deals WHERE name = 'Stark Industries Software License')"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.email, p.phone, p.title FROM deals d
                  JOIN contacts p ON p.id = d.contact_id WHERE d.name = 'Stark Industries Software License'"""]),
    "q-046": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     JOIN companies c ON c.id = d.company_id WHERE c.name = 'Globex'"""],
        excludes=["""SELECT first_name || ' ' || last_name FROM contacts WHERE first_name = 'Dana' AND last_name <> 'Lee'
                     UNION ALL
                     SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE c.name = 'Globex' AND p.title = 'CFO'"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.email, p.phone, p.title, d.name FROM deals d
                  JOIN contacts p ON p.id = d.contact_id JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Globex'"""]),
    "q-047": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE d.name = 'Woodgrove Bank Consulting Services'"""],
        excludes=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN deals d ON d.company_id = p.company_id
                     WHERE d.name = 'Woodgrove Bank Consulting Services' AND p.id <> d.contact_id"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.email, p.phone, p.title FROM deals d
                  JOIN contacts p ON p.id = d.contact_id WHERE d.name = 'Woodgrove Bank Consulting Services'"""]),
    "q-048": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE d.name = 'Hooli Security Add-on'"""],
        excludes=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN deals d ON d.company_id = p.company_id
                     WHERE d.name = 'Hooli Security Add-on' AND p.id <> d.contact_id"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.email, p.phone, p.title FROM deals d
                  JOIN contacts p ON p.id = d.contact_id WHERE d.name = 'Hooli Security Add-on'"""]),
    "q-049": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM deals d JOIN contacts p ON p.id = d.contact_id
                     WHERE d.name = 'Tailspin Toys Analytics Suite'"""],
        excludes=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN deals d ON d.company_id = p.company_id
                     WHERE d.name = 'Tailspin Toys Analytics Suite' AND p.id <> d.contact_id"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.email, p.phone, p.title FROM deals d
                  JOIN contacts p ON p.id = d.contact_id WHERE d.name = 'Tailspin Toys Analytics Suite'"""]),
    # ---------------------------------------------------------------- account owner vs deal owner
    "q-050": dict(
        contains=["""SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Contoso'"""],
        excludes=["""SELECT DISTINCT u.name FROM deals d JOIN users u ON u.id = d.owner_id
                     JOIN companies c ON c.id = d.company_id WHERE c.name = 'Contoso' AND u.id <> c.owner_id"""],
        truth=["""SELECT u.name, u.email FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Contoso'"""]),
    "q-051": dict(
        contains=["""SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Fabrikam'"""],
        excludes=["""SELECT DISTINCT u.name FROM deals d JOIN users u ON u.id = d.owner_id
                     JOIN companies c ON c.id = d.company_id WHERE c.name = 'Fabrikam' AND u.id <> c.owner_id"""],
        truth=["""SELECT u.name, u.email FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Fabrikam'"""]),
    "q-052": dict(
        contains=["""SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Umbrella Health'"""],
        excludes=["""SELECT DISTINCT u.name FROM deals d JOIN users u ON u.id = d.owner_id
                     JOIN companies c ON c.id = d.company_id WHERE c.name = 'Umbrella Health' AND u.id <> c.owner_id"""],
        truth=["""SELECT u.name, u.email FROM companies c JOIN users u ON u.id = c.owner_id
                  WHERE c.name = 'Umbrella Health'"""]),
    "q-053": dict(
        contains=["""SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Globex'"""],
        excludes=["""SELECT DISTINCT u.name FROM deals d JOIN users u ON u.id = d.owner_id
                     JOIN companies c ON c.id = d.company_id WHERE c.name = 'Globex' AND u.id <> c.owner_id"""],
        truth=["""SELECT u.name, u.email FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Globex'"""]),
    "q-054": dict(
        contains=["""SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id
                     WHERE d.name = 'Globex Platform Expansion'"""],
        excludes=["""SELECT u.name FROM deals d JOIN companies c ON c.id = d.company_id JOIN users u ON u.id = c.owner_id
                     WHERE d.name = 'Globex Platform Expansion' AND c.owner_id <> d.owner_id"""],
        truth=["""SELECT u.name, u.email FROM deals d JOIN users u ON u.id = d.owner_id
                  WHERE d.name = 'Globex Platform Expansion'"""]),
    "q-055": dict(
        contains=["""SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id
                     WHERE d.name = 'Umbrella Health Support Plan'"""],
        excludes=["""SELECT u.name FROM deals d JOIN companies c ON c.id = d.company_id JOIN users u ON u.id = c.owner_id
                     WHERE d.name = 'Umbrella Health Support Plan' AND c.owner_id <> d.owner_id"""],
        truth=["""SELECT u.name, u.email FROM deals d JOIN users u ON u.id = d.owner_id
                  WHERE d.name = 'Umbrella Health Support Plan'"""]),
    "q-056": dict(
        contains=["""SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id
                     WHERE d.name = 'Contoso Analytics Suite'"""],
        excludes=["""SELECT u.name FROM deals d JOIN companies c ON c.id = d.company_id JOIN users u ON u.id = c.owner_id
                     WHERE d.name = 'Contoso Analytics Suite' AND c.owner_id <> d.owner_id"""],
        truth=["""SELECT u.name, u.email FROM deals d JOIN users u ON u.id = d.owner_id
                  WHERE d.name = 'Contoso Analytics Suite'"""]),
    # ---------------------------------------------------------------- contact details
    "q-057": dict(
        contains=["""SELECT email FROM contacts WHERE first_name = 'Marcus' AND last_name = 'Webb'"""],
        excludes=["""SELECT p.email FROM contacts p WHERE p.last_name = 'Weber' AND p.company_id =
                     (SELECT company_id FROM contacts WHERE first_name = 'Marcus' AND last_name = 'Webb')"""],
        truth=["""SELECT first_name || ' ' || last_name, email FROM contacts
                  WHERE first_name = 'Marcus' AND last_name = 'Webb'"""]),
    "q-058": dict(
        contains=["""SELECT phone FROM contacts WHERE first_name = 'Chris' AND last_name = 'Park'"""],
        excludes=["""SELECT phone FROM contacts WHERE first_name = 'Chris' AND last_name <> 'Park'"""],
        truth=["""SELECT first_name || ' ' || last_name, phone FROM contacts
                  WHERE first_name = 'Chris' AND last_name = 'Park'"""]),
    "q-059": dict(
        contains=["""SELECT title FROM contacts WHERE first_name = 'Olivia' AND last_name = 'Chen'"""],
        excludes=["""SELECT p.title FROM contacts p WHERE p.first_name = 'Adrian' AND p.company_id =
                     (SELECT company_id FROM contacts WHERE first_name = 'Olivia' AND last_name = 'Chen')"""],
        truth=["""SELECT first_name || ' ' || last_name, title FROM contacts
                  WHERE first_name = 'Olivia' AND last_name = 'Chen'"""]),
    "q-060": dict(
        contains=["""SELECT c.name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE p.first_name = 'Keith' AND p.last_name = 'Fischer'"""],
        excludes=["""SELECT c.name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE p.last_name = 'Fischer' AND p.first_name IN ('Erin', 'Ivy', 'Wendy')"""],
        truth=["""SELECT c.name, p.title FROM contacts p JOIN companies c ON c.id = p.company_id
                  WHERE p.first_name = 'Keith' AND p.last_name = 'Fischer'"""]),
    "q-061": dict(
        contains=["""SELECT title FROM contacts WHERE first_name = 'Bruce' AND last_name = 'Nolan'"""],
        excludes=["""SELECT DISTINCT title FROM contacts WHERE title = 'CEO'
                     AND title <> (SELECT title FROM contacts WHERE first_name = 'Bruce' AND last_name = 'Nolan')"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.title, c.name FROM contacts p
                  JOIN companies c ON c.id = p.company_id WHERE p.first_name = 'Bruce' AND p.last_name = 'Nolan'"""]),
    "q-062": dict(
        contains=["""SELECT email FROM contacts WHERE first_name = 'Tom' AND last_name = 'Becker'"""],
        excludes=["""SELECT '@' || domain FROM companies WHERE name = 'Acme Corp'"""],
        truth=["""SELECT first_name || ' ' || last_name, email FROM contacts
                  WHERE first_name = 'Tom' AND last_name = 'Becker'"""]),
    "q-063": dict(
        contains=["""SELECT phone FROM contacts WHERE first_name = 'Elena' AND last_name = 'Garcia'"""],
        excludes=["""SELECT p.phone FROM contacts p WHERE p.title = 'CFO' AND p.company_id =
                     (SELECT company_id FROM contacts WHERE first_name = 'Elena' AND last_name = 'Garcia')"""],
        truth=["""SELECT first_name || ' ' || last_name, phone FROM contacts
                  WHERE first_name = 'Elena' AND last_name = 'Garcia'"""]),
    "q-064": dict(
        contains=["""SELECT c.name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE p.first_name = 'Gideon' AND p.last_name = 'Cruz'"""],
        excludes=["""SELECT c.name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE p.last_name = 'Cruz' AND p.first_name <> 'Gideon'"""],
        truth=["""SELECT c.name, c.domain, p.title FROM contacts p JOIN companies c ON c.id = p.company_id
                  WHERE p.first_name = 'Gideon' AND p.last_name = 'Cruz'"""]),
    "q-065": dict(
        contains=["""SELECT email FROM contacts WHERE first_name = 'Dana' AND last_name = 'Lee'"""],
        excludes=["""SELECT email FROM contacts WHERE first_name = 'Dana' AND last_name <> 'Lee'"""],
        truth=["""SELECT first_name || ' ' || last_name, email FROM contacts
                  WHERE first_name = 'Dana' AND last_name = 'Lee'"""]),
    # ---------------------------------------------------------------- company details
    "q-066": dict(
        contains=["""SELECT domain FROM companies WHERE name LIKE 'Monarch%'"""],
        excludes=["""SELECT replace(domain, '.io', '.com') FROM companies WHERE name LIKE 'Monarch%'"""],
        truth=["""SELECT name, domain FROM companies WHERE name LIKE 'Monarch%'"""]),
    "q-067": dict(
        contains=["""SELECT industry FROM companies WHERE name = 'Tyrell Systems'"""],
        excludes=["""SELECT industry FROM companies WHERE name = 'Initech'"""],
        truth=["""SELECT name, industry FROM companies WHERE name = 'Tyrell Systems'"""]),
    "q-068": dict(
        contains=["""SELECT domain FROM companies WHERE name = 'Acme Logistics'"""],
        excludes=["""SELECT domain FROM companies WHERE name = 'Acme Corp'"""],
        truth=["""SELECT name, domain FROM companies WHERE name = 'Acme Logistics'"""]),
    "q-069": dict(
        contains=["""SELECT c.industry, u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Hooli'"""],
        excludes=["""SELECT name FROM users WHERE name = 'Alex Morgan' AND id NOT IN
                     (SELECT owner_id FROM companies WHERE name = 'Hooli'
                      UNION SELECT d.owner_id FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Hooli')"""],
        truth=["""SELECT c.name, c.industry, u.name FROM companies c JOIN users u ON u.id = c.owner_id
                  WHERE c.name = 'Hooli'"""]),
    "q-070": dict(
        contains=["""SELECT domain FROM companies WHERE name = 'Gringotts Finance'"""],
        excludes=["""SELECT lower(replace(name, ' ', '')) || '.com' FROM companies WHERE name = 'Gringotts Finance'
                     AND lower(replace(name, ' ', '')) || '.com' <> domain"""],
        truth=["""SELECT name, domain FROM companies WHERE name = 'Gringotts Finance'"""]),
    # ---------------------------------------------------------------- contacts at a company
    "q-071": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE c.name = 'Hooli'"""],
        excludes=["""SELECT first_name || ' ' || last_name FROM contacts WHERE first_name = 'Dana' AND company_id =
                     (SELECT id FROM companies WHERE name = 'Globex')"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.title, p.email FROM contacts p
                  JOIN companies c ON c.id = p.company_id WHERE c.name = 'Hooli'"""]),
    "q-072": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE c.name = 'Monarch Solutions'"""],
        excludes=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE p.last_name = 'Owens' AND c.name <> 'Monarch Solutions'"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.title, p.email FROM contacts p
                  JOIN companies c ON c.id = p.company_id WHERE c.name = 'Monarch Solutions'"""]),
    "q-073": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE c.name = 'Acme Corp'"""],
        excludes=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE c.name = 'Acme Logistics' AND p.id <= 11"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.title, p.email FROM contacts p
                  JOIN companies c ON c.id = p.company_id WHERE c.name = 'Acme Corp'"""]),
    "q-074": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE c.name = 'Stark Industries'"""],
        excludes=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE p.first_name = 'Chris' AND c.name <> 'Stark Industries'"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.title, p.email FROM contacts p
                  JOIN companies c ON c.id = p.company_id WHERE c.name = 'Stark Industries'"""]),
    # ---------------------------------------------------------------- activity by a user in a period
    "q-075": dict(
        contains=["""SELECT a.subject FROM activities a JOIN users u ON u.id = a.author_id
                     WHERE u.email = 'alex@autocrm.local' AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'"""],
        excludes=["""SELECT a.subject FROM activities a JOIN users u ON u.id = a.author_id
                     WHERE u.email <> 'alex@autocrm.local' AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'"""],
        truth=["""SELECT a.type, a.subject, d.name, c.name FROM activities a JOIN users u ON u.id = a.author_id
                  LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id
                  WHERE u.email = 'alex@autocrm.local' AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'"""]),
    "q-076": dict(
        contains=["""SELECT DISTINCT a.subject FROM activities a JOIN users u ON u.id = a.author_id
                     WHERE u.email = 'priya@autocrm.local' AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'"""],
        excludes=["""SELECT a.subject FROM activities a JOIN users u ON u.id = a.author_id
                     WHERE u.email <> 'priya@autocrm.local' AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'"""],
        truth=["""SELECT a.type, a.subject, d.name, c.name FROM activities a JOIN users u ON u.id = a.author_id
                  LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id
                  WHERE u.email = 'priya@autocrm.local' AND CAST(a.occurred_at AS DATE) = DATE '2026-11-18'"""]),
    "q-077": dict(
        contains=["""SELECT DISTINCT a.subject FROM activities a JOIN users u ON u.id = a.author_id
                     WHERE u.name = 'Priya Patel' AND CAST(a.occurred_at AS DATE) = DATE '2026-11-17'"""],
        excludes=["""SELECT DISTINCT a.subject FROM activities a JOIN users u ON u.id = a.author_id
                     WHERE u.name <> 'Priya Patel' AND CAST(a.occurred_at AS DATE) = DATE '2026-11-17'"""],
        truth=["""SELECT a.type, a.subject, d.name, c.name FROM activities a JOIN users u ON u.id = a.author_id
                  LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id
                  WHERE u.name = 'Priya Patel' AND CAST(a.occurred_at AS DATE) = DATE '2026-11-17'"""]),
    "q-078": dict(
        contains=["""SELECT DISTINCT subject FROM activities WHERE author_id = 1
                     AND occurred_at >= DATE '2026-11-16' AND occurred_at < DATE '2026-11-19'"""],
        excludes=["""SELECT DISTINCT subject FROM activities WHERE author_id = 2
                     AND occurred_at >= DATE '2026-11-16' AND occurred_at < DATE '2026-11-19' AND type IN ('note', 'call')
                     AND subject NOT IN ('Check-in call', 'Budget approved')"""],
        truth=["""SELECT a.type, a.subject, d.name, c.name FROM activities a
                  LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id
                  WHERE a.author_id = 1 AND a.occurred_at >= DATE '2026-11-16' AND a.occurred_at < DATE '2026-11-23'"""]),
    "q-079": dict(
        contains=["""SELECT DISTINCT a.subject FROM activities a JOIN users u ON u.id = a.author_id
                     WHERE u.name = 'Sam Rivera' AND a.occurred_at >= DATE '2026-11-09'
                       AND a.occurred_at < DATE '2026-11-16'
                       AND a.subject IN ('WhatsApp check-in', 'Needs security review', 'Kick-off meeting')"""],
        excludes=["""SELECT DISTINCT subject FROM activities WHERE author_id <> 3 AND occurred_at >= DATE '2026-11-09'
                     AND occurred_at < DATE '2026-11-16' AND subject IN ('Pricing discussion', 'Sent proposal')
                     AND subject NOT IN (SELECT subject FROM activities WHERE author_id = 3
                                         AND occurred_at >= DATE '2026-11-09' AND occurred_at < DATE '2026-11-16')"""],
        truth=["""SELECT a.type, a.subject, d.name, c.name FROM activities a JOIN users u ON u.id = a.author_id
                  LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id
                  WHERE u.name = 'Sam Rivera' AND a.occurred_at >= DATE '2026-11-09'
                    AND a.occurred_at < DATE '2026-11-16'"""]),
    "q-080": dict(
        contains=["""SELECT DISTINCT subject FROM activities WHERE author_id = 2 AND occurred_at >= DATE '2026-11-09'
                     AND occurred_at < DATE '2026-11-16'
                     AND subject IN ('Pricing discussion', 'Quarterly review', 'Sent proposal')"""],
        excludes=["""SELECT DISTINCT subject FROM activities WHERE author_id <> 2 AND occurred_at >= DATE '2026-11-09'
                     AND occurred_at < DATE '2026-11-16' AND subject IN ('WhatsApp check-in', 'Demo', 'Needs security review')
                     AND subject NOT IN (SELECT subject FROM activities WHERE author_id = 2
                                         AND occurred_at >= DATE '2026-11-09' AND occurred_at < DATE '2026-11-16')"""],
        truth=["""SELECT a.type, a.subject, d.name, c.name FROM activities a
                  LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id
                  WHERE a.author_id = 2 AND a.occurred_at >= DATE '2026-11-09' AND a.occurred_at < DATE '2026-11-16'"""]),
    "q-081": dict(
        excludes=["""SELECT subject FROM (SELECT subject, max(occurred_at) m FROM activities a JOIN users u ON u.id = a.author_id
                     WHERE u.name = 'Sam Rivera' AND occurred_at >= DATE '2026-11-14' GROUP BY subject)
                     WHERE subject IN ('WhatsApp check-in', 'Kick-off meeting')
                     UNION ALL
                     SELECT DISTINCT subject FROM activities WHERE author_id = 2 AND occurred_at >= DATE '2026-11-16'
                     AND subject = 'Champion left'"""],
        truth=["""SELECT a.subject FROM activities a JOIN users u ON u.id = a.author_id
                  WHERE u.name = 'Sam Rivera' AND a.occurred_at >= DATE '2026-11-16' AND a.occurred_at < DATE '2026-11-23'"""]),
    "q-082": dict(
        contains=["""SELECT DISTINCT subject FROM activities WHERE type = 'meeting'
                     AND occurred_at >= DATE '2026-11-09' AND occurred_at < DATE '2026-11-16'"""],
        excludes=["""SELECT DISTINCT subject FROM activities WHERE type IN ('email', 'call')
                     AND occurred_at >= DATE '2026-11-09' AND occurred_at < DATE '2026-11-16'
                     AND subject IN ('Sent proposal', 'Discovery call')"""],
        truth=["""SELECT a.subject, d.name, c.name FROM activities a
                  LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id
                  WHERE a.type = 'meeting' AND a.occurred_at >= DATE '2026-11-09' AND a.occurred_at < DATE '2026-11-16'"""]),
    # ---------------------------------------------------------------- last touch
    "q-083": dict(
        contains=["""SELECT max(a.occurred_at) FROM activities a JOIN contacts p ON p.id = a.contact_id
                     WHERE p.first_name = 'Dana' AND p.last_name = 'Smith'"""],
        excludes=["""SELECT max(a.occurred_at) FROM activities a JOIN contacts p ON p.id = a.contact_id
                     WHERE p.first_name = 'Dana' AND p.last_name = 'Lee'"""],
        truth=["""SELECT a.occurred_at, a.type, a.subject FROM activities a JOIN contacts p ON p.id = a.contact_id
                  WHERE p.first_name = 'Dana' AND p.last_name = 'Smith' ORDER BY a.occurred_at DESC LIMIT 1"""]),
    "q-084": dict(
        contains=["""SELECT max(a.occurred_at) FROM activities a JOIN companies c ON c.id = a.company_id
                     WHERE c.name = 'Contoso'"""],
        excludes=["""SELECT min(a.occurred_at) FROM activities a JOIN companies c ON c.id = a.company_id
                     WHERE c.name = 'Contoso'"""],
        truth=["""SELECT a.occurred_at, a.type, a.subject FROM activities a JOIN companies c ON c.id = a.company_id
                  WHERE c.name = 'Contoso' ORDER BY a.occurred_at DESC LIMIT 1"""]),
    "q-085": dict(
        contains=["""SELECT max(a.occurred_at) FROM activities a JOIN contacts p ON p.id = a.contact_id
                     WHERE p.first_name = 'Olivia' AND p.last_name = 'Chen'"""],
        excludes=["""SELECT min(a.occurred_at) FROM activities a JOIN contacts p ON p.id = a.contact_id
                     WHERE p.first_name = 'Olivia' AND p.last_name = 'Chen'"""],
        truth=["""SELECT a.occurred_at, a.type, a.subject FROM activities a JOIN contacts p ON p.id = a.contact_id
                  WHERE p.first_name = 'Olivia' AND p.last_name = 'Chen' ORDER BY a.occurred_at DESC LIMIT 1"""]),
    "q-086": dict(
        contains=["""SELECT max(a.occurred_at) FROM activities a JOIN companies c ON c.id = a.company_id
                     WHERE c.name = 'Tyrell Systems'"""],
        excludes=["""SELECT min(a.occurred_at) FROM activities a JOIN companies c ON c.id = a.company_id
                     WHERE c.name = 'Tyrell Systems'"""],
        truth=["""SELECT a.occurred_at, a.type, a.subject FROM activities a JOIN companies c ON c.id = a.company_id
                  WHERE c.name = 'Tyrell Systems' ORDER BY a.occurred_at DESC LIMIT 1"""]),
    "q-087": dict(
        excludes=["""SELECT DISTINCT strftime(occurred_at, '%Y-') FROM activities"""],
        truth=["""SELECT a.occurred_at FROM activities a JOIN contacts p ON p.id = a.contact_id
                  WHERE p.first_name = 'Art' AND p.last_name = 'Vandelay'"""]),
    "q-088": dict(
        contains=["""SELECT max(a.occurred_at) FROM activities a JOIN companies c ON c.id = a.company_id
                     WHERE c.name = 'Wayne Enterprises'"""],
        excludes=["""SELECT min(a.occurred_at) FROM activities a JOIN companies c ON c.id = a.company_id
                     WHERE c.name = 'Wayne Enterprises'"""],
        truth=["""SELECT a.occurred_at, a.type, a.subject FROM activities a JOIN companies c ON c.id = a.company_id
                  WHERE c.name = 'Wayne Enterprises' ORDER BY a.occurred_at DESC LIMIT 1"""]),
    # ---------------------------------------------------------------- tasks
    "q-089": dict(
        contains=["""SELECT title FROM tasks WHERE owner_id = 1 AND status = 'open'
                     AND due_date <= DATE '2026-11-05'"""],
        excludes=["""(SELECT title FROM tasks WHERE owner_id = 3 AND status = 'open' ORDER BY id LIMIT 1)
                     UNION ALL
                     (SELECT title FROM tasks WHERE owner_id = 1 AND status = 'done' AND due_date = DATE '2026-11-18')"""],
        truth=["""SELECT title, due_date FROM tasks WHERE owner_id = 1 AND status = 'open'"""]),
    "q-090": dict(
        contains=["""SELECT title FROM tasks WHERE status = 'open' AND due_date < DATE '2026-11-18'
                     ORDER BY due_date, id LIMIT 5"""],
        excludes=["""(SELECT title FROM tasks WHERE status = 'open' AND due_date = DATE '2026-11-19' ORDER BY id LIMIT 1)
                     UNION ALL
                     (SELECT title FROM tasks WHERE status = 'done' AND due_date < DATE '2026-11-18'
                      AND title LIKE 'Check in (Alpine%')"""],
        truth=["""SELECT title, due_date FROM tasks WHERE status = 'open' AND due_date < DATE '2026-11-18'"""]),
    "q-091": dict(
        contains=["""SELECT t.title FROM tasks t JOIN users u ON u.id = t.owner_id WHERE u.email = 'priya@autocrm.local'
                     AND t.status = 'open' AND t.due_date < DATE '2026-11-18'"""],
        excludes=["""(SELECT title FROM tasks WHERE owner_id = 2 AND status = 'open' AND due_date >= DATE '2026-11-18'
                      ORDER BY due_date, id LIMIT 2)
                     UNION ALL
                     (SELECT title FROM tasks WHERE owner_id <> 2 AND status = 'open' AND due_date < DATE '2026-11-18'
                      AND title LIKE 'Send contract (Pied%')"""],
        truth=["""SELECT title, due_date FROM tasks WHERE owner_id = 2 AND status = 'open'
                  AND due_date < DATE '2026-11-18'"""]),
    "q-092": dict(
        contains=["""SELECT title FROM tasks WHERE owner_id = 3 AND status = 'open'
                     AND due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'"""],
        excludes=["""SELECT DISTINCT title FROM tasks WHERE owner_id = 3 AND status = 'open'
                     AND due_date NOT BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'
                     AND (title LIKE 'Send pricing (Umbrella%' OR title LIKE 'Prepare proposal (Prestige%')"""],
        truth=["""SELECT title, due_date FROM tasks WHERE owner_id = 3 AND status = 'open'
                  AND due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'"""]),
    "q-093": dict(
        contains=["""SELECT DISTINCT title FROM tasks WHERE owner_id = 1 AND status = 'open'
                     AND due_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-22'"""],
        excludes=["""(SELECT title FROM tasks WHERE owner_id = 1 AND status = 'open' AND due_date > DATE '2026-11-22'
                      ORDER BY due_date, id LIMIT 1)
                     UNION ALL
                     (SELECT title FROM tasks WHERE owner_id = 2 AND status = 'open'
                      AND due_date BETWEEN DATE '2026-11-18' AND DATE '2026-11-22' ORDER BY due_date, id LIMIT 1)"""],
        truth=["""SELECT title, due_date FROM tasks WHERE owner_id = 1 AND status = 'open'
                  AND due_date BETWEEN DATE '2026-11-16' AND DATE '2026-11-22'"""]),
    "q-094": dict(
        excludes=["""SELECT title FROM tasks WHERE due_date = DATE '2026-11-18' AND status = 'done'
                     UNION ALL
                     (SELECT title FROM tasks WHERE due_date = DATE '2026-11-19' AND status = 'open' ORDER BY id LIMIT 1)"""],
        truth=["""SELECT title FROM tasks WHERE due_date = DATE '2026-11-18' AND status = 'open'"""]),
    "q-095": dict(
        contains=["""SELECT DISTINCT t.title FROM tasks t JOIN companies c ON c.id = t.company_id
                     WHERE c.name = 'Monarch Solutions' AND t.status = 'open'"""],
        excludes=["""SELECT t.title FROM tasks t JOIN companies c ON c.id = t.company_id
                     WHERE c.name = 'Monarch Solutions' AND t.status = 'done'"""],
        truth=["""SELECT t.title, t.due_date FROM tasks t JOIN companies c ON c.id = t.company_id
                  WHERE c.name = 'Monarch Solutions' AND t.status = 'open'"""]),
    "q-096": dict(
        contains=["""SELECT DISTINCT t.title FROM tasks t JOIN companies c ON c.id = t.company_id
                     WHERE c.name = 'Cyberdyne' AND t.status = 'open'"""],
        excludes=["""SELECT t.title FROM tasks t JOIN companies c ON c.id = t.company_id
                     WHERE c.name = 'Cyberdyne' AND t.status = 'done'"""],
        truth=["""SELECT t.title, t.due_date FROM tasks t JOIN companies c ON c.id = t.company_id
                  WHERE c.name = 'Cyberdyne' AND t.status = 'open'"""]),
    "q-097": dict(
        contains=["""SELECT title FROM tasks WHERE status = 'open' AND due_date = DATE '2026-11-19'"""],
        excludes=["""SELECT title FROM tasks WHERE status = 'open' AND due_date = DATE '2026-11-20'"""],
        truth=["""SELECT title, due_date FROM tasks WHERE status = 'open' AND due_date = DATE '2026-11-19'"""]),
    "q-098": dict(
        contains=["""SELECT t.title FROM tasks t JOIN users u ON u.id = t.owner_id WHERE u.name = 'Priya Patel'
                     AND t.status = 'open' ORDER BY t.due_date, t.id LIMIT 5"""],
        excludes=["""(SELECT title FROM tasks WHERE owner_id = 2 AND status = 'done' ORDER BY id LIMIT 1)
                     UNION ALL
                     (SELECT title FROM tasks WHERE owner_id = 3 AND status = 'open' ORDER BY id LIMIT 1)"""],
        truth=["""SELECT t.title, t.due_date FROM tasks t JOIN users u ON u.id = t.owner_id
                  WHERE u.name = 'Priya Patel' AND t.status = 'open'"""]),
    # ---------------------------------------------------------------- counts
    "q-099": dict(
        contains=["""SELECT count(*) FROM deals d JOIN users u ON u.id = d.owner_id
                     WHERE u.name = 'Priya Patel' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT d.name FROM deals d JOIN users u ON u.id = d.owner_id
                     WHERE u.name = 'Priya Patel' AND d.stage IN ('Closed Won', 'Closed Lost')
                     AND d.product = 'Software License'"""],
        truth=["""SELECT count(*) FROM deals WHERE owner_id = 2 AND stage NOT IN ('Closed Won', 'Closed Lost')""",
               """SELECT name, amount FROM deals WHERE owner_id = 2 AND stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-100": dict(
        contains=["""SELECT count(*) FROM tasks WHERE owner_id = 1 AND status = 'open' AND due_date < DATE '2026-11-18'"""],
        excludes=["""SELECT title FROM tasks WHERE owner_id <> 1 AND status = 'open' AND due_date < DATE '2026-11-18'
                     ORDER BY due_date, id LIMIT 1"""],
        truth=["""SELECT count(*) FROM tasks WHERE owner_id = 1 AND status = 'open' AND due_date < DATE '2026-11-18'""",
               """SELECT title FROM tasks WHERE owner_id = 1 AND status = 'open' AND due_date < DATE '2026-11-18'"""]),
    "q-101": dict(
        contains=["""SELECT count(*) FROM deals WHERE stage = 'Proposal'"""],
        excludes=["""SELECT name FROM deals WHERE stage <> 'Proposal' ORDER BY amount DESC LIMIT 1"""],
        truth=["""SELECT count(*), sum(amount) FROM deals WHERE stage = 'Proposal'""",
               """SELECT name FROM deals WHERE stage = 'Proposal'"""]),
    "q-102": dict(
        contains=["""SELECT count(*) FROM tasks t JOIN users u ON u.id = t.owner_id
                     WHERE u.name = 'Sam Rivera' AND t.status = 'open'"""],
        excludes=["""SELECT title FROM tasks WHERE owner_id = 2 AND status = 'open' AND title LIKE '%Proseware Platform%'
                     AND due_date < DATE '2026-11-18'"""],
        truth=["""SELECT count(*) FROM tasks WHERE owner_id = 3 AND status = 'open'""",
               """SELECT title FROM tasks WHERE owner_id = 3 AND status = 'open'"""]),
    # ---------------------------------------------------------------- biggest / smallest
    "q-103": dict(
        contains=["""SELECT name, amount FROM deals ORDER BY amount DESC LIMIT 1"""],
        excludes=["""SELECT name FROM deals WHERE stage IN ('Closed Won', 'Closed Lost') ORDER BY amount DESC LIMIT 1"""],
        truth=["""SELECT name, amount, stage FROM deals WHERE amount = (SELECT max(amount) FROM deals)"""]),
    "q-104": dict(
        contains=["""SELECT name, amount FROM deals WHERE owner_id = 2 AND stage NOT IN ('Closed Won', 'Closed Lost')
                     ORDER BY amount DESC LIMIT 1"""],
        excludes=["""SELECT name FROM deals ORDER BY amount DESC LIMIT 1"""],
        truth=["""SELECT name, amount, stage FROM deals WHERE owner_id = 2 ORDER BY amount DESC LIMIT 1"""]),
    "q-105": dict(
        contains=["""SELECT name, amount FROM deals WHERE stage = 'Closed Won' ORDER BY amount DESC LIMIT 1"""],
        excludes=["""SELECT name FROM deals ORDER BY amount DESC LIMIT 1"""],
        truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Won' ORDER BY amount DESC LIMIT 1"""]),
    "q-106": dict(
        contains=["""SELECT name, amount FROM deals WHERE stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31' ORDER BY amount DESC LIMIT 1"""],
        excludes=["""SELECT name, amount FROM deals WHERE stage = 'Closed Lost' ORDER BY amount DESC LIMIT 1"""],
        truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Lost'
                  AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-12-31' ORDER BY amount DESC LIMIT 1"""]),
    "q-107": dict(
        contains=["""SELECT d.name, d.amount FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.name = 'Sam Rivera'
                     AND d.stage NOT IN ('Closed Won', 'Closed Lost') ORDER BY d.amount DESC LIMIT 1"""],
        excludes=["""SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') ORDER BY amount DESC LIMIT 1"""],
        truth=["""SELECT d.name, d.amount, d.stage FROM deals d WHERE d.owner_id = 3
                  AND d.stage NOT IN ('Closed Won', 'Closed Lost') ORDER BY d.amount DESC LIMIT 1"""]),
    "q-108": dict(
        contains=["""SELECT name, amount FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                     ORDER BY amount LIMIT 1"""],
        excludes=["""SELECT name FROM deals ORDER BY amount LIMIT 1"""],
        truth=["""SELECT name, amount, stage FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')
                  ORDER BY amount LIMIT 1"""]),
    # ---------------------------------------------------------------- averages
    "q-109": dict(
        contains=["""SELECT avg(amount) FROM deals WHERE stage = 'Closed Won'"""],
        excludes=["""SELECT round(avg(amount)) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""],
        truth=["""SELECT avg(amount), count(*), sum(amount) FROM deals WHERE stage = 'Closed Won'"""]),
    "q-110": dict(
        contains=["""SELECT avg(amount) FROM deals WHERE owner_id = 1 AND stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT round(avg(amount)) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""],
        truth=["""SELECT avg(amount), count(*), sum(amount) FROM deals WHERE owner_id = 1
                  AND stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-111": dict(
        contains=["""SELECT avg(d.amount) FROM deals d JOIN users u ON u.id = d.owner_id WHERE u.name = 'Sam Rivera'
                     AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT round(avg(amount)) FROM deals WHERE owner_id = 3"""],
        truth=["""SELECT avg(amount), count(*), sum(amount) FROM deals WHERE owner_id = 3
                  AND stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-112": dict(
        contains=["""SELECT avg(amount) FROM deals WHERE stage = 'Negotiation'"""],
        excludes=["""SELECT round(avg(amount)) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""],
        truth=["""SELECT avg(amount), count(*), sum(amount) FROM deals WHERE stage = 'Negotiation'"""]),
    "q-113": dict(
        contains=["""SELECT avg(amount) FROM deals WHERE product = 'Consulting Services'
                     AND stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT round(avg(amount)) FROM deals WHERE product = 'Consulting Services'"""],
        truth=["""SELECT avg(amount), count(*), sum(amount) FROM deals WHERE product = 'Consulting Services'
                  AND stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    # ---------------------------------------------------------------- more voices
    "q-114": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Alpine Ski House' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id
                     WHERE c.name = 'Proseware' AND d.product = 'Platform'"""],
        truth=["""SELECT d.name, d.stage, d.amount, d.close_date FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Alpine Ski House'"""]),
    "q-115": dict(
        contains=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'""",
                  """SELECT name FROM deals WHERE stage = 'Closed Lost'
                     AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31' AND amount > 120000"""],
        excludes=["""SELECT name FROM deals WHERE stage = 'Closed Lost' AND close_date < DATE '2026-10-01'
                     AND company_id = (SELECT id FROM companies WHERE name = 'Oscorp')"""],
        truth=["""SELECT name, amount, close_date FROM deals WHERE stage = 'Closed Lost'
                  AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'""",
               """SELECT count(*), sum(amount) FROM deals WHERE stage = 'Closed Lost'
                  AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"""]),
    "q-116": dict(
        contains=["""SELECT phone FROM contacts WHERE first_name = 'Richard' AND last_name = 'Hendricks'"""],
        excludes=["""SELECT p.phone FROM contacts p WHERE p.first_name = 'Andre' AND p.company_id =
                     (SELECT company_id FROM contacts WHERE first_name = 'Richard' AND last_name = 'Hendricks')"""],
        truth=["""SELECT first_name || ' ' || last_name, phone FROM contacts
                  WHERE first_name = 'Richard' AND last_name = 'Hendricks'"""]),
    "q-117": dict(
        contains=["""SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Nakatomi Trading'"""],
        excludes=["""SELECT name FROM users WHERE role = 'rep'
                     AND id <> (SELECT owner_id FROM companies WHERE name = 'Nakatomi Trading')"""],
        truth=["""SELECT u.name, u.email FROM companies c JOIN users u ON u.id = c.owner_id
                  WHERE c.name = 'Nakatomi Trading'"""]),
    "q-118": dict(
        contains=["""SELECT t.title FROM tasks t JOIN users u ON u.id = t.owner_id WHERE u.name = 'Sam Rivera'
                     AND t.status = 'open' AND t.due_date < DATE '2026-11-18'"""],
        excludes=["""(SELECT title FROM tasks WHERE owner_id = 2 AND status = 'open' AND due_date < DATE '2026-11-18'
                      ORDER BY due_date, id LIMIT 1)
                     UNION ALL
                     (SELECT title FROM tasks WHERE owner_id = 3 AND status = 'open' AND due_date >= DATE '2026-11-18'
                      AND title LIKE 'Prepare proposal (Prestige%')"""],
        truth=["""SELECT title, due_date FROM tasks WHERE owner_id = 3 AND status = 'open'
                  AND due_date < DATE '2026-11-18'"""]),
    "q-119": dict(
        contains=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Fabrikam'
                     AND d.stage NOT IN ('Closed Won', 'Closed Lost')
                     AND d.close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""],
        excludes=["""SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Fabrikam'
                     AND d.close_date NOT BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""],
        truth=["""SELECT d.name, d.close_date, d.amount FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Fabrikam' AND d.close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"""]),
    "q-120": dict(
        contains=["""SELECT sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Contoso'
                     AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""],
        excludes=["""SELECT sum(amount) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""],
        truth=["""SELECT sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Contoso'
                  AND d.stage NOT IN ('Closed Won', 'Closed Lost')""",
               """SELECT d.name, d.amount, d.stage FROM deals d JOIN companies c ON c.id = d.company_id
                  WHERE c.name = 'Contoso' AND d.stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-121": dict(
        contains=["""SELECT max(a.occurred_at) FROM activities a JOIN contacts p ON p.id = a.contact_id
                     WHERE p.first_name = 'Dana' AND p.last_name = 'Lee'"""],
        excludes=["""SELECT max(a.occurred_at) FROM activities a JOIN contacts p ON p.id = a.contact_id
                     WHERE p.first_name = 'Dana' AND p.last_name = 'Smith'"""],
        truth=["""SELECT a.occurred_at, a.type, a.subject FROM activities a JOIN contacts p ON p.id = a.contact_id
                  WHERE p.first_name = 'Dana' AND p.last_name = 'Lee' ORDER BY a.occurred_at DESC LIMIT 1"""]),
    "q-122": dict(
        contains=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE c.name = 'Lucerne Publishing' ORDER BY p.id LIMIT 5"""],
        excludes=["""SELECT p.first_name || ' ' || p.last_name FROM contacts p JOIN companies c ON c.id = p.company_id
                     WHERE p.last_name = 'Fischer' AND c.name = 'Litware'"""],
        truth=["""SELECT p.first_name || ' ' || p.last_name, p.title, p.email FROM contacts p
                  JOIN companies c ON c.id = p.company_id WHERE c.name = 'Lucerne Publishing'"""]),
    # ---------------------------------------------------------------- declines
    "q-123": dict(absent=[COLS + "(column_name ILIKE '%weather%' OR column_name ILIKE '%temperature%')"]),
    "q-124": dict(
        absent=[COLS + "(column_name ILIKE '%region%' OR column_name ILIKE '%forecast%' OR column_name ILIKE '%country%')"],
        excludes=["""SELECT sum(amount) FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost')"""]),
    "q-125": dict(
        absent=[COLS + "(column_name ILIKE '%stock%' OR column_name ILIKE '%ticker%' OR column_name ILIKE '%price%')"],
        excludes=["""(SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name LIKE 'Acme%'
                      AND d.stage NOT IN ('Closed Won', 'Closed Lost') ORDER BY d.id LIMIT 1)
                     UNION ALL
                     (SELECT d.name FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Acme Logistics')"""]),
    "q-126": dict(
        absent=["""SELECT name FROM companies WHERE name ILIKE '%zyx%' OR domain ILIKE '%zyx%'"""],
        excludes=["""(SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') ORDER BY amount DESC LIMIT 1)
                     UNION ALL (SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') ORDER BY id LIMIT 1)"""]),
    "q-127": dict(
        absent=["""SELECT name FROM companies WHERE name ILIKE '%initrode%' OR domain ILIKE '%initrode%'"""],
        excludes=["""SELECT c.name FROM companies c WHERE c.name ILIKE 'Init%'
                     UNION ALL
                     SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name ILIKE 'Init%'"""]),
    "q-128": dict(
        absent=["""SELECT id FROM contacts WHERE last_name ILIKE 'Whitfield'"""],
        excludes=["""SELECT phone FROM contacts WHERE first_name = 'Dana'"""]),
    "q-129": dict(
        absent=["""SELECT id FROM contacts WHERE first_name ILIKE 'Gustavo' OR last_name ILIKE 'Fring'"""],
        excludes=["""SELECT name FROM deals WHERE stage = 'Closed Won' ORDER BY amount DESC LIMIT 1"""]),
    "q-130": dict(
        absent=[COLS + "(column_name ILIKE '%employee%' OR column_name ILIKE '%headcount%' OR column_name ILIKE '%size%')"],
        excludes=["""SELECT d.amount FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Globex'"""]),
    "q-131": dict(
        absent=[COLS + "(column_name ILIKE '%churn%' OR column_name ILIKE '%cancel%' OR column_name ILIKE '%renewal%')"],
        excludes=["""SELECT sum(amount) FROM deals WHERE stage = 'Closed Lost'"""]),
    "q-132": dict(
        absent=[COLS + "(column_name ILIKE '%nps%' OR column_name ILIKE '%score%' OR column_name ILIKE '%survey%')"],
        excludes=["""SELECT d.amount FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Hooli'"""]),
    "q-133": dict(absent=[COLS + "(column_name ILIKE '%joke%' OR column_name ILIKE '%humor%')"]),
    "q-134": dict(
        absent=[COLS + "(column_name ILIKE '%revenue%' OR column_name ILIKE '%turnover%' OR column_name ILIKE '%annual%')"],
        excludes=["""SELECT d.amount FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Contoso'""",
                  """SELECT sum(d.amount) FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Contoso'"""]),
    "q-135": dict(
        absent=["""SELECT id FROM users WHERE name ILIKE '%taylor%' OR email ILIKE '%taylor%'
                   UNION ALL SELECT id FROM contacts WHERE first_name ILIKE 'Taylor' OR last_name ILIKE 'Taylor'"""],
        excludes=["""SELECT name FROM deals WHERE stage = 'Closed Won'
                     AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"""]),
    "q-136": dict(
        absent=["""SELECT p.id FROM contacts p JOIN companies c ON c.id = p.company_id
                   WHERE c.name = 'Pied Piper' AND p.title = 'CFO'"""],
        excludes=["""SELECT p.email FROM contacts p JOIN companies c ON c.id = p.company_id WHERE c.name = 'Pied Piper'"""]),
    "q-137": dict(
        absent=[COLS + "(column_name ILIKE '%linkedin%' OR column_name ILIKE '%social%' OR column_name ILIKE '%url%')"],
        excludes=["""SELECT email FROM contacts WHERE first_name = 'Marcus' AND last_name = 'Webb'"""]),
    "q-138": dict(
        absent=[COLS + "(column_name ILIKE '%probability%' OR column_name ILIKE '%forecast%' OR column_name ILIKE '%risk%')"],
        excludes=["""SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') ORDER BY amount DESC LIMIT 1"""]),
    "q-139": dict(absent=[COLS + "(column_name ILIKE '%language%' OR column_name ILIKE '%locale%' "
                          "OR column_name ILIKE '%price_list%')"]),
    "q-140": dict(
        absent=["""SELECT name FROM companies WHERE name ILIKE '%hyperion%' OR domain ILIKE '%hyperion%'"""],
        excludes=["""SELECT name FROM users WHERE role = 'rep'"""]),
    "q-141": dict(
        absent=["""SELECT id FROM contacts WHERE first_name ILIKE 'Brendan' OR last_name ILIKE 'Kowalski'"""],
        excludes=["""(SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') ORDER BY amount DESC LIMIT 1)
                     UNION ALL (SELECT name FROM deals WHERE stage NOT IN ('Closed Won', 'Closed Lost') ORDER BY id LIMIT 1)"""]),
    "q-142": dict(
        absent=[COLS + "(column_name ILIKE '%churn%' OR column_name ILIKE '%health%' OR column_name ILIKE '%risk%')"],
        excludes=["""SELECT name FROM companies WHERE id = (SELECT company_id FROM deals WHERE stage NOT IN
                     ('Closed Won', 'Closed Lost') AND product = 'Analytics Suite' AND stage = 'Negotiation')"""]),
}


def fmt(value) -> str:
    """A cell as the labels write it."""
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


def load() -> list[dict]:
    items = []
    for n, line in enumerate(FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{FILE.name}:{n}: {exc}")
    return items


def check_item(store: Store, item: dict, spec: dict) -> list[str]:
    errs: list[str] = []
    contains, excludes = item["answer_contains"], item["answer_excludes"]
    if item["decline"]:
        if contains:
            errs.append("a decline must have empty answer_contains")
        if "contains" in spec or "truth" in spec:
            errs.append("a decline has no contains/truth SQL")
        if not spec.get("absent"):
            errs.append("a decline needs at least one 'absent' query")
        for sql in spec.get("absent", []):
            found = cells(store, sql)
            if found:
                errs.append(f"absent query found rows: {found[:5]}")
    else:
        if "truth" not in spec:
            errs.append("no truth SQL")
        truth = cells(store, spec.get("truth", []))
        if contains:
            got = cells(store, spec.get("contains", []))
            if set(got) != set(contains):
                errs.append(f"answer_contains {sorted(contains)} != SQL {sorted(set(got))}")
            missing = [c for c in contains if c not in truth]
            if missing:
                errs.append(f"contains items not in the full answer: {missing}")
        else:
            if "contains" in spec:
                errs.append("empty answer_contains but a contains query")
            if truth:
                errs.append(f"empty answer_contains but the true answer has rows: {truth[:5]}")
        for e in excludes:
            clash = [t for t in truth if e in t]
            if clash:
                errs.append(f"exclude {e!r} occurs in the true answer: {clash[:3]}")
    if excludes or "excludes" in spec:
        got = cells(store, spec.get("excludes", []))
        if set(got) != set(excludes):
            errs.append(f"answer_excludes {sorted(excludes)} != SQL {sorted(set(got))}")
    for c in contains:
        for e in excludes:
            if e in c:
                errs.append(f"exclude {e!r} is inside contains item {c!r}")
    return errs


def main() -> int:
    items = load()
    store = Store(":memory:")
    generate(store, TODAY)
    errors: list[str] = []
    ids = [it.get("id") for it in items]
    for dup in sorted(i for i, n in Counter(ids).items() if n > 1):
        errors.append(f"{dup}: duplicate id")
    for extra in sorted(set(CHECKS) - set(ids)):
        errors.append(f"{extra}: CHECKS entry without an item")
    keys = {"id", "user", "text", "family", "answer_contains", "answer_excludes", "decline"}
    for it in items:
        iid = it.get("id", "?")
        missing = keys - set(it)
        if missing:
            errors.append(f"{iid}: missing fields {sorted(missing)}")
            continue
        if set(it) - keys - {"note"}:
            errors.append(f"{iid}: unknown fields {sorted(set(it) - keys - {'note'})}")
        if it["user"] not in USERS:
            errors.append(f"{iid}: unknown user {it['user']}")
        if it["family"] not in FAMILIES:
            errors.append(f"{iid}: unknown family {it['family']}")
        if (it["family"] == "decline") != bool(it["decline"]):
            errors.append(f"{iid}: family 'decline' iff decline is true")
        if len(it["answer_contains"]) > 5:
            errors.append(f"{iid}: more than 5 answer_contains")
        if not all(isinstance(s, str) and s for s in it["answer_contains"] + it["answer_excludes"]):
            errors.append(f"{iid}: labels must be non-empty strings")
        if any(s.startswith("$") for s in it["answer_contains"] + it["answer_excludes"]):
            errors.append(f"{iid}: amounts are written without '$'")
        spec = CHECKS.get(iid)
        if spec is None:
            errors.append(f"{iid}: no CHECKS entry")
            continue
        try:
            errors.extend(f"{iid}: {e}" for e in check_item(store, it, spec))
        except Exception as exc:  # a broken query is a failed label
            errors.append(f"{iid}: {type(exc).__name__}: {exc}")
    if len(items) < MIN_ITEMS:
        errors.append(f"only {len(items)} items (need {MIN_ITEMS})")
    declines = sum(1 for it in items if it.get("decline"))
    share = declines / max(len(items), 1)
    if not DECLINE_SHARE[0] <= share <= DECLINE_SHARE[1]:
        errors.append(f"decline share {share:.0%} outside {DECLINE_SHARE}")
    no_exclude = sum(1 for it in items if not it.get("answer_excludes"))
    if no_exclude > len(items) // 10:
        errors.append(f"{no_exclude} items without answer_excludes (at most {len(items) // 10})")

    families = Counter(it.get("family") for it in items)
    users = Counter(it.get("user", "").split("@")[0] for it in items)
    print(f"{len(items)} items, {declines} declines ({share:.0%}), {no_exclude} without excludes")
    print("families: " + ", ".join(f"{f} {n}" for f, n in sorted(families.items())))
    print("users: " + ", ".join(f"{u} {n}" for u, n in sorted(users.items())))
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    store.close()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
