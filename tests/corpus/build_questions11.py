"""Question set 11 for AutoCRM chat answers: 120 items (60 dev / 60 test) built from SQL over the demo world.

Written independently: the only product code used is `core.store.Store` and `data.demo.generate`, to build the
world; every label is a cell of a SQL result over views that drop soft-deleted rows. See README_questions11.md.

    python tests/corpus/build_questions11.py        # writes questions11_dev.jsonl / questions11_test.jsonl
    python tests/corpus/build_questions11.py -v     # ... and prints every label

The repository is found through AUTOCRM_ROOT or this file's location.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

ROOT = Path(os.environ.get("AUTOCRM_ROOT") or Path(__file__).resolve().parents[2]).resolve()
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HERE = ROOT / "tests" / "corpus"
DEV_PATH = HERE / "questions11_dev.jsonl"
TEST_PATH = HERE / "questions11_test.jsonl"

# ---------------------------------------------------------------------------------------------------------------
# The world and its calendar
# ---------------------------------------------------------------------------------------------------------------
TODAY = dt.date(2026, 11, 18)          # a Wednesday
NOW = "2026-11-18 09:00:00"            # generate() stamps "now" as 09:00 on TODAY: no activity is later than this
SHIFT_HOURS = 3                         # every time boundary is moved by +/- this much; the labels must not change

CALENDAR = {  # relative period -> the range used (inclusive dates; time windows are [start, end))
    "today": ("2026-11-18", "2026-11-18"),
    "yesterday": ("2026-11-17", "2026-11-17"),
    "tomorrow": ("2026-11-19", "2026-11-19"),
    "this week (Mon-Sun)": ("2026-11-16", "2026-11-22"),
    "Friday / EOW": ("2026-11-20", "2026-11-20"),
    "last week": ("2026-11-09", "2026-11-15"),
    "the week before last": ("2026-11-02", "2026-11-08"),
    "next week": ("2026-11-23", "2026-11-29"),
    "this month": ("2026-11-01", "2026-11-30"),
    "last month": ("2026-10-01", "2026-10-31"),
    "the month before last": ("2026-09-01", "2026-09-30"),
    "next month": ("2026-12-01", "2026-12-31"),
    "this quarter (Q4)": ("2026-10-01", "2026-12-31"),
    "last quarter (Q3)": ("2026-07-01", "2026-09-30"),
    "next quarter / Q1 (2027)": ("2027-01-01", "2027-03-31"),
    "this year / YTD": ("2026-01-01", "2026-11-18"),
    "last 30 days": ("2026-10-19", "2026-11-18"),
    "next 30 days": ("2026-11-18", "2026-12-18"),
    "3 weeks without activity": ("last activity before 2026-10-28", ""),
}

CRM_TABLES = ("users", "companies", "contacts", "deals", "activities", "tasks")

VIEWS = [
    """CREATE OR REPLACE TEMP VIEW v_deal AS
       SELECT d.*, c.name AS company, u.name AS owner, ct.first_name || ' ' || ct.last_name AS contact,
              d.stage NOT IN ('Closed Won', 'Closed Lost') AS is_open
       FROM v_deals d LEFT JOIN v_companies c ON c.id = d.company_id
            LEFT JOIN v_users u ON u.id = d.owner_id LEFT JOIN v_contacts ct ON ct.id = d.contact_id""",
    "CREATE OR REPLACE TEMP VIEW v_open AS SELECT * FROM v_deal WHERE is_open",
    """CREATE OR REPLACE TEMP VIEW v_act AS
       SELECT a.*, c.name AS company, u.name AS author, d.name AS deal
       FROM v_activities a LEFT JOIN v_companies c ON c.id = a.company_id
            LEFT JOIN v_users u ON u.id = a.author_id LEFT JOIN v_deals d ON d.id = a.deal_id""",
    """CREATE OR REPLACE TEMP VIEW v_task AS
       SELECT t.*, u.name AS owner, d.name AS deal
       FROM v_tasks t LEFT JOIN v_users u ON u.id = t.owner_id LEFT JOIN v_deals d ON d.id = t.deal_id""",
    """CREATE OR REPLACE TEMP VIEW v_person AS
       SELECT ct.*, ct.first_name || ' ' || ct.last_name AS full_name, c.name AS company, u.name AS owner
       FROM v_contacts ct LEFT JOIN v_companies c ON c.id = ct.company_id LEFT JOIN v_users u ON u.id = ct.owner_id""",
]


def build_world():
    """The demo world for TODAY, with v_<table> views that hide soft-deleted rows and a few joined views."""
    from core.store import Store
    from data.demo import generate

    store = Store(":memory:")
    generate(store, TODAY)
    for table in CRM_TABLES:
        cols = {r[0] for r in store.execute(f"DESCRIBE {table}").fetchall()}
        where = " WHERE deleted_at IS NULL" if "deleted_at" in cols else ""
        store.execute(f"CREATE OR REPLACE TEMP VIEW v_{table} AS SELECT * FROM {table}{where}")
    for view in VIEWS:
        store.execute(view)
    return store


def fmt(value) -> str:
    """One SQL cell as a label: 1,296,500 for amounts and counts, YYYY-MM-DD for dates, strings as stored."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        raise ValueError("a NULL cell cannot be a label")
    return str(value)


def render(sql: str, params: dict) -> str:
    for key, val in params.items():
        sql = sql.replace("{" + key + "}", str(val))
    if "{" in sql and "}" in sql and any("{" + k + "}" in sql for k in ("lo", "hi", "lo2", "hi2")):
        raise ValueError(f"unfilled placeholder in {sql}")
    return sql


def rows(store, sql: str, params: dict | None = None) -> list[tuple]:
    return store.execute(render(sql, params or {})).fetchall()


def labels(store, sqls: list[str], params: dict | None = None) -> list[str]:
    out: list[str] = []
    for sql in sqls:
        for row in rows(store, sql, params):
            for cell in row:
                lab = fmt(cell)
                if lab not in out:
                    out.append(lab)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Helpers for boundary variants and sanity checks
# ---------------------------------------------------------------------------------------------------------------
def _ts(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text if len(text) > 10 else text + " 00:00:00")


def _s(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def tw(lo: str, hi: str | None = None, alt_lo: tuple[str, ...] = (), alt_hi: tuple[str, ...] = ()) -> dict:
    """A time window [lo, hi) for activity timestamps: params plus variants with each boundary moved +/-3 hours.

    hi=None means "up to now" (an instant, not moved). alt_lo (paired with alt_hi when given) are other readings
    of the same period: a rolling "last 30 days" starting at midnight instead of 09:00, a Sunday-start week.
    Each reading is moved too; readings are not mixed with each other."""
    shift = dt.timedelta(hours=SHIFT_HOURS)
    if alt_hi:
        readings = [(lo, hi), *zip(alt_lo, alt_hi)]
    else:
        readings = [(x, hi) for x in (lo, *alt_lo)]
    variants = []
    for r_lo, r_hi in readings:
        lo_vals = [_s(_ts(r_lo) + k * shift) for k in (-1, 0, 1)]
        hi_vals = [_s(_ts(r_hi) + k * shift) for k in (-1, 0, 1)] if r_hi else [NOW]
        variants += [{"lo": a, "hi": b} for a in lo_vals for b in hi_vals]
    params = {"lo": _s(_ts(lo)), "hi": _s(_ts(hi)) if hi else NOW}
    return {"params": params, "variants": variants}


def dw(lo: str, hi: str, lo_alts: tuple[str, ...] = (), hi_alts: tuple[str, ...] = ()) -> dict:
    """A date window [lo, hi] (inclusive) for DATE columns, with other readings of its edges as variants."""
    params = {"lo": lo, "hi": hi}
    variants = [{"lo": a, "hi": b} for a in (lo, *lo_alts) for b in (hi, *hi_alts)]
    return {"params": params, "variants": variants}


def no_tie(values_sql: str, k: int, desc: bool = True) -> str:
    """Rows when the k-th and (k+1)-th values of values_sql (column v) are equal: a tie at the asked position."""
    order = "DESC" if desc else "ASC"
    return (f"WITH r AS (SELECT v, row_number() OVER (ORDER BY v {order}) AS rn FROM ({values_sql})) "
            f"SELECT a.v FROM r a JOIN r b ON b.rn = a.rn + 1 WHERE a.rn = {k} AND a.v = b.v")


def daytime(ts_sql: str) -> str:
    """Rows when a timestamp behind a date label lies within 3 hours of midnight (a time zone could move its day)."""
    return (f"SELECT t FROM ({ts_sql}) AS x(t) "
            f"WHERE hour(t) < {SHIFT_HOURS} OR hour(t) >= {24 - SHIFT_HOURS}")


def no_column(*patterns: str) -> str:
    """Rows when any CRM table has a column whose name matches one of the patterns (the field would be stored)."""
    tables = ", ".join(f"'{t}'" for t in CRM_TABLES)
    cond = " OR ".join(f"column_name ILIKE '%{p}%'" for p in patterns)
    return (f"SELECT table_name, column_name FROM information_schema.columns "
            f"WHERE table_name IN ({tables}) AND ({cond})")


ALEX, PRIYA, SAM = "alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local"
RILEY, JORDAN = "riley@autocrm.local", "jordan@autocrm.local"


def item(family, user, question, note, contains=(), excludes=(), absent=(), checks=(), window=None,
         literal_excludes=()):
    entry = {"family": family, "user": user, "question": question, "note": note,
             "contains": list(contains), "excludes": list(excludes), "absent": list(absent),
             "checks": list(checks), "literal_excludes": list(literal_excludes),
             "decline": family == "decline"}
    entry["params"] = window["params"] if window else {}
    entry["variants"] = window["variants"] if window else []
    return entry


# ---------------------------------------------------------------------------------------------------------------
# ITEMS
# ---------------------------------------------------------------------------------------------------------------
ITEMS: list[dict] = []
add = ITEMS.append

# --- account_activity -------------------------------------------------------------------------------------------
add(item("account_activity", ALEX, "when did I last touch base w/ Stark Industries?",
         "Last Stark Industries activity: the 2026-11-15 12:11 email 'Contract questions' by Alex. The one before "
         "(2026-10-17) is the stale answer.",
         contains=["SELECT max(occurred_at)::DATE FROM v_act WHERE company = 'Stark Industries'"],
         excludes=["SELECT occurred_at::DATE FROM v_act WHERE company = 'Stark Industries' "
                   "ORDER BY occurred_at DESC LIMIT 1 OFFSET 1"],
         checks=[daytime("SELECT max(occurred_at) FROM v_act WHERE company = 'Stark Industries'")]))
add(item("account_activity", JORDAN, "who logged the most recent activity on Margie's Travel?",
         "Margie's Travel has deals owned by Priya and Sam; the latest activity (2026-11-16 message) is Priya's, "
         "the one before (2026-11-14 meeting) is Sam's.",
         contains=["SELECT author FROM v_act WHERE company = 'Margie''s Travel' ORDER BY occurred_at DESC LIMIT 1"],
         excludes=["SELECT author FROM v_act WHERE company = 'Margie''s Travel' "
                   "ORDER BY occurred_at DESC LIMIT 1 OFFSET 1"],
         checks=[no_tie("SELECT occurred_at AS v FROM v_act WHERE company = 'Margie''s Travel'", 1)]))
add(item("account_activity", PRIYA, "how many activities got logged on proseware in the last 30 days?",
         "Activities on Proseware since 2026-10-19 (midnight or 09:00 reading, +/-3h): 10, by Alex and Priya.",
         contains=["SELECT count(*) FROM v_act WHERE company = 'Proseware' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}'"],
         window=tw("2026-10-19 09:00", alt_lo=("2026-10-19 00:00",))))
add(item("account_activity", SAM, "whats been happening on Hooli so far this month",
         "Hooli activities in November 2026: three (a 'Budget approved' note, a 'Competitor in play' note and a "
         "'WhatsApp check-in' message), all Sam's. Labels are the subjects.",
         contains=["SELECT subject FROM v_act WHERE company = 'Hooli' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}' ORDER BY occurred_at"],
         window=tw("2026-11-01")))
add(item("account_activity", RILEY, "how many activities were logged on Alpine Ski House last week, and by who?",
         "Alpine Ski House activities 2026-11-09..15: 5, logged by Alex Morgan and Priya Patel. The count is the "
         "same for a Sunday-start week (11-08..14).",
         contains=["SELECT count(*) FROM v_act WHERE company = 'Alpine Ski House' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}'",
                   "SELECT DISTINCT author FROM v_act WHERE company = 'Alpine Ski House' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}' ORDER BY author"],
         window=tw("2026-11-09", "2026-11-16", alt_lo=("2026-11-08",), alt_hi=("2026-11-15",))))
add(item("account_activity", ALEX, "last time anyone touched Tyrell Systems?",
         "Latest Tyrell Systems activity: 2026-10-31 12:11 message 'Sent meeting link' by Alex.",
         contains=["SELECT max(occurred_at)::DATE FROM v_act WHERE company = 'Tyrell Systems'"],
         checks=[daytime("SELECT max(occurred_at) FROM v_act WHERE company = 'Tyrell Systems'")]))
add(item("account_activity", PRIYA, "how many calls have i logged w/ globex this qtr",
         "Priya's calls on Globex since 2026-10-01: 2026-11-04, 2026-11-12 and 2026-11-16.",
         contains=["SELECT count(*) FROM v_act WHERE company = 'Globex' AND author = 'Priya Patel' "
                   "AND type = 'call' AND occurred_at >= '{lo}' AND occurred_at < '{hi}'"],
         window=tw("2026-10-01")))
add(item("account_activity", JORDAN, "When was our last meeting with Northwind Health?",
         "Latest meeting-type activity on Northwind Health: 2026-11-13 13:49 'Quarterly review' (Sam). A later "
         "activity of another type does not exist; an earlier meeting was 2026-09-20.",
         contains=["SELECT max(occurred_at)::DATE FROM v_act WHERE company = 'Northwind Health' AND type = 'meeting'"],
         excludes=["SELECT occurred_at::DATE FROM v_act WHERE company = 'Northwind Health' AND type = 'meeting' "
                   "ORDER BY occurred_at DESC LIMIT 1 OFFSET 1"],
         checks=[daytime("SELECT max(occurred_at) FROM v_act WHERE company = 'Northwind Health' "
                         "AND type = 'meeting'")]))
add(item("account_activity", SAM, "when did i last talk to umbrella health?",
         "Umbrella Health's deal is a quiet proposal: its last two activities are both at 2026-10-24 09:00.",
         contains=["SELECT max(occurred_at)::DATE FROM v_act WHERE company = 'Umbrella Health'"],
         checks=[daytime("SELECT max(occurred_at) FROM v_act WHERE company = 'Umbrella Health'")]))
add(item("account_activity", RILEY, "how many activities have we logged against Acme Corp YTD?",
         "Acme Corp (not Acme Logistics) activities since 2026-01-01: 55.",
         contains=["SELECT count(*) FROM v_act WHERE company = 'Acme Corp' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}'"],
         excludes=["SELECT count(*) FROM v_act WHERE company LIKE 'Acme%' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}'"],
         window=tw("2026-01-01")))

# --- comparisons ------------------------------------------------------------------------------------------------
Q1 = "close_date BETWEEN DATE '2027-01-01' AND DATE '2027-03-31'"
add(item("comparisons", ALEX, "who's got more pipeline closing in Q1, me or priya?",
         "Open deals closing 2027-01-01..03-31: Priya 790,000 vs Alex 787,000.",
         contains=[f"SELECT owner FROM v_open WHERE {Q1} AND owner IN ('Alex Morgan', 'Priya Patel') "
                   "GROUP BY owner ORDER BY sum(amount) DESC LIMIT 1",
                   f"SELECT sum(amount) FROM v_open WHERE {Q1} AND owner = 'Priya Patel'",
                   f"SELECT sum(amount) FROM v_open WHERE {Q1} AND owner = 'Alex Morgan'"],
         checks=[no_tie(f"SELECT sum(amount) AS v FROM v_open WHERE {Q1} AND owner IN ('Alex Morgan', 'Priya Patel') "
                        "GROUP BY owner", 1)]))
add(item("comparisons", JORDAN, "open $ in Qualified vs Proposal — which is bigger?",
         "Open amount by stage: Qualified 1,943,000, Proposal 954,000.",
         contains=["SELECT sum(amount) FROM v_open WHERE stage = 'Qualified'",
                   "SELECT sum(amount) FROM v_open WHERE stage = 'Proposal'"]))
add(item("comparisons", SAM, "did I win more than Priya this year?",
         "Closed Won with close date in 2026: Priya 206,000 (2 deals) vs Sam 178,000 (2 deals); Priya is ahead.",
         contains=["SELECT sum(amount) FROM v_deal WHERE stage = 'Closed Won' AND owner = 'Priya Patel' "
                   "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'",
                   "SELECT sum(amount) FROM v_deal WHERE stage = 'Closed Won' AND owner = 'Sam Rivera' "
                   "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18'"]))
add(item("comparisons", RILEY, "were there more meetings logged in october or in september?",
         "Meeting-type activities: September 29, October 25 (team). No meeting lies near a month boundary.",
         contains=["SELECT count(*) FROM v_act WHERE type = 'meeting' AND occurred_at >= '{lo2}' "
                   "AND occurred_at < '{lo}'",
                   "SELECT count(*) FROM v_act WHERE type = 'meeting' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}'"],
         window={"params": {"lo2": "2026-09-01 00:00:00", "lo": "2026-10-01 00:00:00", "hi": "2026-11-01 00:00:00"},
                 "variants": [{"lo2": a, "lo": b, "hi": c}
                              for a in ("2026-08-31 21:00:00", "2026-09-01 03:00:00")
                              for b in ("2026-09-30 21:00:00", "2026-10-01 03:00:00")
                              for c in ("2026-10-31 21:00:00", "2026-11-01 03:00:00")]}))
add(item("comparisons", PRIYA, "how does my open pipeline stack up against Sam's?",
         "Open pipeline: Priya 1,929,000 vs Sam 862,500.",
         contains=["SELECT sum(amount) FROM v_open WHERE owner = 'Priya Patel'",
                   "SELECT sum(amount) FROM v_open WHERE owner = 'Sam Rivera'"]))
add(item("comparisons", PRIYA, "have i logged more activity this month or last month?",
         "Priya's activities: October 2026 = 57, November so far = 37 (none of hers near 10-01 or 11-01).",
         contains=["SELECT count(*) FROM v_act WHERE author = 'Priya Patel' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}'",
                   "SELECT count(*) FROM v_act WHERE author = 'Priya Patel' AND occurred_at >= '{lo2}' "
                   "AND occurred_at < '{lo}'"],
         window={"params": {"lo2": "2026-10-01 00:00:00", "lo": "2026-11-01 00:00:00", "hi": NOW},
                 "variants": [{"lo2": a, "lo": b, "hi": NOW}
                              for a in ("2026-09-30 21:00:00", "2026-10-01 03:00:00")
                              for b in ("2026-10-31 21:00:00", "2026-11-01 03:00:00")]}))
add(item("comparisons", JORDAN, "this quarter so far, have we logged more emails or calls?",
         "Q4 to date (since 2026-10-01): 81 calls vs 74 emails.",
         contains=["SELECT count(*) FROM v_act WHERE type = 'call' AND occurred_at >= '{lo}' AND occurred_at < '{hi}'",
                   "SELECT count(*) FROM v_act WHERE type = 'email' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}'"],
         window=tw("2026-10-01")))
add(item("comparisons", SAM, "across the team, how many deals sit in Lead vs Negotiation rn?",
         "Team-wide deal counts: Lead 13, Negotiation 5 (both stages are open).",
         contains=["SELECT count(*) FROM v_open WHERE stage = 'Lead'",
                   "SELECT count(*) FROM v_open WHERE stage = 'Negotiation'"]))
add(item("comparisons", RILEY, "Alex vs Sam: who has more overdue tasks?",
         "Open tasks due before 2026-11-18: Alex 15, Sam 3 (no open task is due today, so '<' and '<=' agree).",
         contains=["SELECT count(*) FROM v_task WHERE owner = 'Alex Morgan' AND status = 'open' "
                   "AND due_date < DATE '2026-11-18'",
                   "SELECT count(*) FROM v_task WHERE owner = 'Sam Rivera' AND status = 'open' "
                   "AND due_date < DATE '2026-11-18'"],
         checks=["SELECT id FROM v_task WHERE status = 'open' AND due_date = DATE '2026-11-18'"]))
add(item("comparisons", PRIYA, "team-wide, won vs lost last month in $?",
         "Deals closed in October 2026: won 185,000 (Margie's Travel Security Add-on), lost 511,000 (5 deals). "
         "Priya alone lost nothing in October, hence 'team-wide'.",
         contains=["SELECT sum(amount) FROM v_deal WHERE stage = 'Closed Won' "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'",
                   "SELECT sum(amount) FROM v_deal WHERE stage = 'Closed Lost' "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-10-31'"]))

# --- contacts ---------------------------------------------------------------------------------------------------
add(item("contacts", ALEX, "whats marcus webb's tittle again",
         "Marcus Webb (Initech) is CTO.",
         contains=["SELECT title FROM v_person WHERE full_name = 'Marcus Webb'"]))
add(item("contacts", PRIYA, "email for the contact on the woodgrove deal?",
         "Woodgrove Bank Consulting Services' contact is Bianca Murphy; Nadia West also works at Woodgrove Bank "
         "but is not on the deal.",
         contains=["SELECT p.email FROM v_deal d JOIN v_person p ON p.id = d.contact_id "
                   "WHERE d.name = 'Woodgrove Bank Consulting Services'"],
         excludes=["SELECT email FROM v_person WHERE company = 'Woodgrove Bank' AND id NOT IN "
                   "(SELECT contact_id FROM v_deal WHERE name = 'Woodgrove Bank Consulting Services')"]))
add(item("contacts", SAM, "phone # for Elena Garcia?",
         "Elena Garcia (CIO, Umbrella Health).",
         contains=["SELECT phone FROM v_person WHERE full_name = 'Elena Garcia'"]))
add(item("contacts", JORDAN, "Who is the CFO over at Initech?",
         "Initech has one CFO: Helena Tanaka (Marcus Webb is CTO).",
         contains=["SELECT full_name FROM v_person WHERE company = 'Initech' AND title = 'CFO'"]))
add(item("contacts", RILEY, "dana lee's email pls",
         "Dana Lee (Globex); the other Dana is Dana Smith at Acme Corp.",
         contains=["SELECT email FROM v_person WHERE full_name = 'Dana Lee'"],
         excludes=["SELECT email FROM v_person WHERE first_name = 'Dana' AND full_name <> 'Dana Lee'"]))
add(item("contacts", PRIYA, "what lifecycle stage is Keith Fischer at?",
         "Keith Fischer (CEO, Margie's Travel) is an opportunity.",
         contains=["SELECT lifecycle_stage FROM v_person WHERE full_name = 'Keith Fischer'"]))
add(item("contacts", ALEX, "which of the Lucerne Publishing contacts are customers?",
         "Lucerne Publishing has six contacts; five are in lifecycle stage customer, Violet Sullivan is a lead.",
         contains=["SELECT full_name FROM v_person WHERE company = 'Lucerne Publishing' "
                   "AND lifecycle_stage = 'customer' ORDER BY id"],
         excludes=["SELECT full_name FROM v_person WHERE company = 'Lucerne Publishing' "
                   "AND lifecycle_stage <> 'customer'"]))
add(item("contacts", SAM, "who's the conatct on the contoso analytics deal",
         "Contoso Analytics Suite's contact is Carmen Young.",
         contains=["SELECT contact FROM v_deal WHERE name = 'Contoso Analytics Suite'"]))
add(item("contacts", JORDAN, "What's Chris Park's job title?",
         "Chris Park (Acme Logistics) is COO; the other Chris, Chris Walker, is Director of Engineering.",
         contains=["SELECT title FROM v_person WHERE full_name = 'Chris Park'"],
         excludes=["SELECT title FROM v_person WHERE full_name = 'Chris Walker'"]))
add(item("contacts", PRIYA, "who do we know at Tyrell Systems and what are their titles",
         "Tyrell Systems contacts: Luke Jensen (Finance Manager), Paolo Young (Product Manager).",
         contains=["SELECT full_name FROM v_person WHERE company = 'Tyrell Systems' ORDER BY id",
                   "SELECT title FROM v_person WHERE company = 'Tyrell Systems' ORDER BY id"]))

# --- counts -----------------------------------------------------------------------------------------------------
add(item("counts", RILEY, "how many open opps are over 150k?",
         "Open deals with amount > 150,000: 9 (none is exactly 150,000, so > and >= agree).",
         contains=["SELECT count(*) FROM v_open WHERE amount > 150000"],
         checks=["SELECT id FROM v_open WHERE amount = 150000"]))
add(item("counts", JORDAN, "How many open deals are already past their close date?",
         "Open deals with close_date before 2026-11-18: Sterling Cooper Consulting Services (11-09), Alpine Ski "
         "House Security Add-on (11-16), Proseware Analytics Suite (11-17). None closes today.",
         contains=["SELECT count(*) FROM v_open WHERE close_date < DATE '2026-11-18'"],
         checks=["SELECT id FROM v_open WHERE close_date = DATE '2026-11-18'"]))
add(item("counts", ALEX, "team-wide, how many open deals have gone 3+ weeks w/o any activity?",
         "Open deals whose last activity is before 2026-10-28 (midnight or 09:00 reading, +/-3h): 10 (three went "
         "quiet before 10-19, seven quiet proposals last touched 2026-10-24 09:00).",
         contains=["SELECT count(*) FROM v_open o WHERE NOT EXISTS (SELECT 1 FROM v_act a WHERE a.deal_id = o.id "
                   "AND a.occurred_at >= '{lo}')"],
         window=tw("2026-10-28 09:00", alt_lo=("2026-10-28 00:00",))))
add(item("counts", SAM, "how many contacts do we have with the title CTO?",
         "Contacts whose title is exactly CTO: 15.",
         contains=["SELECT count(*) FROM v_person WHERE title = 'CTO'"]))
add(item("counts", PRIYA, "how many of my contacts are customers",
         "Contacts owned by Priya in lifecycle stage customer: 14.",
         contains=["SELECT count(*) FROM v_person WHERE owner = 'Priya Patel' AND lifecycle_stage = 'customer'"]))
add(item("counts", JORDAN, "how many deals have we lost so far this quarter?",
         "Closed Lost with close date in 2026-10-01..11-18: 5.",
         contains=["SELECT count(*) FROM v_deal WHERE stage = 'Closed Lost' "
                   "AND close_date BETWEEN DATE '2026-10-01' AND DATE '2026-11-18'"]))
add(item("counts", ALEX, "how many deals does the team have in Qualified?",
         "Deals in stage Qualified (all open): 15.",
         contains=["SELECT count(*) FROM v_open WHERE stage = 'Qualified'"]))
add(item("counts", RILEY, "how many companies are in the software industry?",
         "Companies with industry Software: Initech, Pied Piper, Litware, Proseware.",
         contains=["SELECT count(*) FROM v_companies WHERE industry = 'Software'"]))
add(item("counts", SAM, "how many open deals do i have under 50k",
         "Sam's open deals below 50,000: Hooli 18,500, Umbrella 24,000, Prestige 35,000, Sterling Cooper Analytics "
         "33,000, Bluth Analytics 10,000.",
         contains=["SELECT count(*) FROM v_open WHERE owner = 'Sam Rivera' AND amount < 50000"],
         checks=["SELECT id FROM v_open WHERE owner = 'Sam Rivera' AND amount = 50000"]))
add(item("counts", PRIYA, "how many meetings did I log last month?",
         "Priya's meeting activities in October 2026: 7.",
         contains=["SELECT count(*) FROM v_act WHERE author = 'Priya Patel' AND type = 'meeting' "
                   "AND occurred_at >= '{lo}' AND occurred_at < '{hi}'"],
         window=tw("2026-10-01", "2026-11-01")))

# --- deal_fields ------------------------------------------------------------------------------------------------
add(item("deal_fields", ALEX, "what stage is the globex deal in?",
         "Globex Platform Expansion (Globex's only deal).",
         contains=["SELECT stage FROM v_deal WHERE company = 'Globex'"]))
add(item("deal_fields", SAM, "amt on hooli security addon?",
         "Hooli Security Add-on amount.",
         contains=["SELECT amount FROM v_deal WHERE name = 'Hooli Security Add-on'"]))
add(item("deal_fields", ALEX, "close date for the acme corp renewal",
         "Acme Corp Renewal closes 2026-12-08; Acme Corp Expansion (2027-01-17) is the other Acme Corp deal.",
         contains=["SELECT close_date FROM v_deal WHERE name = 'Acme Corp Renewal'"],
         excludes=["SELECT close_date FROM v_deal WHERE company = 'Acme Corp' AND name <> 'Acme Corp Renewal'"]))
add(item("deal_fields", RILEY, "who owns the Wayne Enterprises consulting deal?",
         "Wayne Enterprises Consulting is owned by Priya Patel.",
         contains=["SELECT owner FROM v_deal WHERE name = 'Wayne Enterprises Consulting'"]))
add(item("deal_fields", JORDAN, "Who owns Cyberdyne Consulting Services?",
         "The deal's owner is Alex Morgan; the Cyberdyne company record is owned by Priya Patel (the trap).",
         contains=["SELECT owner FROM v_deal WHERE name = 'Cyberdyne Consulting Services'"],
         excludes=["SELECT u.name FROM v_companies c JOIN v_users u ON u.id = c.owner_id WHERE c.name = 'Cyberdyne'"]))
add(item("deal_fields", PRIYA, "when was the Fabrikam Security Add-on deal created?",
         "Created 2026-09-15 09:20. The other Fabrikam deals were created 2026-04-15 and 2026-10-18.",
         contains=["SELECT created_at::DATE FROM v_deal WHERE name = 'Fabrikam Security Add-on'"],
         checks=[daytime("SELECT created_at FROM v_deal WHERE name = 'Fabrikam Security Add-on'")]))
add(item("deal_fields", SAM, "what's the amount on the Contoso analytics deal",
         "Contoso Analytics Suite 138,000; Contoso Support Plan (101,000) is the other Contoso deal.",
         contains=["SELECT amount FROM v_deal WHERE name = 'Contoso Analytics Suite'"],
         excludes=["SELECT amount FROM v_deal WHERE name = 'Contoso Support Plan'"]))
add(item("deal_fields", PRIYA, "when did the margie's travel security add-on close?",
         "Margie's Travel Security Add-on is Closed Won with close date 2026-10-09.",
         contains=["SELECT close_date FROM v_deal WHERE name = 'Margie''s Travel Security Add-on'"]))
add(item("deal_fields", ALEX, "is the oscorp software license deal still open?",
         "No: Oscorp Software License is Closed Lost.",
         contains=["SELECT stage FROM v_deal WHERE name = 'Oscorp Software License'"]))
add(item("deal_fields", JORDAN, "close date on the Stark deal?",
         "Stark Industries Software License (Stark's only deal).",
         contains=["SELECT close_date FROM v_deal WHERE company = 'Stark Industries'"]))
add(item("deal_fields", RILEY, "how big is the lucerne publising deal",
         "Lucerne Publishing Consulting Services (Lucerne's only deal).",
         contains=["SELECT amount FROM v_deal WHERE company = 'Lucerne Publishing'"]))
add(item("deal_fields", SAM, "when's the umbrella deal supposed to close?",
         "Umbrella Health Support Plan (Umbrella Health's only deal).",
         contains=["SELECT close_date FROM v_deal WHERE company = 'Umbrella Health'"]))

# --- grouped_totals ---------------------------------------------------------------------------------------------
add(item("grouped_totals", JORDAN, "open pipeline by rep?",
         "Open amount per owner: Alex 1,704,000, Priya 1,929,000, Sam 862,500.",
         contains=["SELECT sum(amount) FROM v_open GROUP BY owner ORDER BY owner"]))
add(item("grouped_totals", RILEY, "break down the open pipeline by stage",
         "Open amount per stage: Lead 1,213,000, Qualified 1,943,000, Proposal 954,000, Negotiation 385,500.",
         contains=["SELECT sum(amount) FROM v_open GROUP BY stage "
                   "ORDER BY list_position(['Lead', 'Qualified', 'Proposal', 'Negotiation'], stage)"]))
add(item("grouped_totals", PRIYA, "how many contacts do we have in each lifecycle stage (all of them, not just mine)?",
         "All contacts: customer 40, lead 30, prospect 28, opportunity 22.",
         contains=["SELECT count(*) FROM v_person GROUP BY lifecycle_stage ORDER BY count(*) DESC"]))
add(item("grouped_totals", PRIYA, "breakdown of what I've logged this year, by activity type",
         "Priya's activities since 2026-01-01 by type: call 203, email 164, note 108, meeting 94, message 51.",
         contains=["SELECT count(*) FROM v_act WHERE author = 'Priya Patel' AND occurred_at >= '{lo}' "
                   "AND occurred_at < '{hi}' GROUP BY type ORDER BY count(*) DESC"],
         window=tw("2026-01-01")))
add(item("grouped_totals", ALEX, "total $ of my open deals per stage",
         "Alex's open amount per stage: Lead 465,000, Qualified 795,000, Proposal 390,000, Negotiation 54,000.",
         contains=["SELECT sum(amount) FROM v_open WHERE owner = 'Alex Morgan' GROUP BY stage "
                   "ORDER BY list_position(['Lead', 'Qualified', 'Proposal', 'Negotiation'], stage)"]))
add(item("grouped_totals", JORDAN, "open tasks per rep",
         "Open tasks per owner: Alex 25, Priya 16, Sam 12.",
         contains=["SELECT count(*) FROM v_task WHERE status = 'open' GROUP BY owner ORDER BY owner"]))
add(item("grouped_totals", RILEY, "pipeline by close month for dec, jan and feb",
         "Open amount closing in 2026-12: 1,296,500; 2027-01: 714,000; 2027-02: 744,000.",
         contains=["SELECT sum(amount) FROM v_open WHERE close_date BETWEEN DATE '2026-12-01' AND DATE '2027-02-28' "
                   "GROUP BY date_trunc('month', close_date) ORDER BY date_trunc('month', close_date)"]))
add(item("grouped_totals", SAM, "won revenue by rep this year",
         "Closed Won with 2026 close date per owner: Alex 43,000, Priya 206,000, Sam 178,000.",
         contains=["SELECT sum(amount) FROM v_deal WHERE stage = 'Closed Won' "
                   "AND close_date BETWEEN DATE '2026-01-01' AND DATE '2026-11-18' GROUP BY owner ORDER BY owner"]))
add(item("grouped_totals", PRIYA, "team open pipeline by product pls",
         "Open amount per product: Consulting Services 1,128,000, Software License 891,000, Analytics Suite "
         "782,000, Support Plan 651,000, Security Add-on 530,500, Platform 513,000.",
         contains=["SELECT sum(amount) FROM v_open GROUP BY product ORDER BY sum(amount) DESC"]))
add(item("grouped_totals", JORDAN, "Tasks by status — how many open vs done?",
         "Tasks per status: open 53, done 27.",
         contains=["SELECT count(*) FROM v_task GROUP BY status ORDER BY status DESC"]))

# --- pipeline ---------------------------------------------------------------------------------------------------
add(item("pipeline", ALEX, "what's my pipline look like for the next 30 days?",
         "Alex's open deals closing 2026-11-18..12-18: Initech, Pied Piper, Dunder Mifflin, Acme Corp Renewal, "
         "Nakatomi Software License = 439,000. Proseware Analytics Suite (11-17, overdue) is outside; no Alex deal "
         "closes 12-17..12-19, so the edges do not matter.",
         contains=["SELECT sum(amount) FROM v_open WHERE owner = 'Alex Morgan' "
                   "AND close_date BETWEEN DATE '{lo}' AND DATE '{hi}'"],
         window=dw("2026-11-18", "2026-12-18", lo_alts=("2026-11-19",), hi_alts=("2026-12-17", "2026-12-19"))))
add(item("pipeline", PRIYA, "how much have i got closing in december",
         "Priya's open deals with close date in 2026-12: five, 592,000.",
         contains=["SELECT sum(amount) FROM v_open WHERE owner = 'Priya Patel' "
                   "AND close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"]))
add(item("pipeline", JORDAN, "total open pipeline for Q1 2027?",
         "Open deals closing 2027-01-01..03-31: 2,063,000.",
         contains=[f"SELECT sum(amount) FROM v_open WHERE {Q1}"]))
add(item("pipeline", SAM, "how much of my pipe is in negotiation",
         "Sam's Negotiation deals: Hooli Security Add-on 18,500 + Contoso Analytics Suite 138,000.",
         contains=["SELECT sum(amount) FROM v_open WHERE owner = 'Sam Rivera' AND stage = 'Negotiation'"]))
add(item("pipeline", RILEY, "team pipeline closing next month?",
         "Open deals closing in December 2026: 12 deals, 1,296,500.",
         contains=["SELECT sum(amount) FROM v_open WHERE close_date BETWEEN DATE '2026-12-01' AND DATE '2026-12-31'"]))
add(item("pipeline", ALEX, "whats my total open pipe",
         "All of Alex's open deals: 20 deals, 1,704,000.",
         contains=["SELECT sum(amount) FROM v_open WHERE owner = 'Alex Morgan'"]))
add(item("pipeline", JORDAN, "How much pipeline is sitting in Negotiation across the team?",
         "Open deals in Negotiation: 5 deals, 385,500.",
         contains=["SELECT sum(amount) FROM v_open WHERE stage = 'Negotiation'"]))
add(item("pipeline", SAM, "my q1 pipeline?",
         "Sam's open deals closing 2027-01-01..03-31: 486,000.",
         contains=[f"SELECT sum(amount) FROM v_open WHERE owner = 'Sam Rivera' AND {Q1}"]))
add(item("pipeline", PRIYA, "what's my open pipeline still at lead stage",
         "Priya's deals in stage Lead: 8 deals, 748,000.",
         contains=["SELECT sum(amount) FROM v_open WHERE owner = 'Priya Patel' AND stage = 'Lead'"]))
add(item("pipeline", ALEX, "how much open pipeline do we have with alpine ski house",
         "Alpine Ski House open deals: Security Add-on 188,000, Analytics Suite 139,000, Consulting 105,000, "
         "Platform 77,000 = 509,000 (owners Priya and Alex).",
         contains=["SELECT sum(amount) FROM v_open WHERE company = 'Alpine Ski House'"]))

# --- rankings ---------------------------------------------------------------------------------------------------
add(item("rankings", JORDAN, "top 3 open deals by amount?",
         "Largest open deals: Stark Industries Software License 250,000, Nakatomi Trading Software License 199,000, "
         "Sterling Cooper Consulting Services 194,000; fourth is Proseware Consulting Services 189,000.",
         contains=["SELECT name FROM v_open ORDER BY amount DESC LIMIT 3"],
         excludes=["SELECT name FROM v_open ORDER BY amount DESC LIMIT 1 OFFSET 3"],
         checks=[no_tie("SELECT amount AS v FROM v_open", 3)]))
add(item("rankings", PRIYA, "what's my biggest open deal?",
         "Priya's largest open deal: Alpine Ski House Security Add-on 188,000 (its close date 11-16 has passed but it "
         "is still open); next is Fabrikam Software License 177,000.",
         contains=["SELECT name FROM v_open WHERE owner = 'Priya Patel' ORDER BY amount DESC LIMIT 1"],
         checks=[no_tie("SELECT amount AS v FROM v_open WHERE owner = 'Priya Patel'", 1)]))
add(item("rankings", RILEY, "smallest open deal we have?",
         "Smallest open deal: Bluth Company Analytics Suite 10,000; the next ones are 15,000.",
         contains=["SELECT name FROM v_open ORDER BY amount ASC LIMIT 1"],
         checks=[no_tie("SELECT amount AS v FROM v_open", 1, desc=False)]))
add(item("rankings", ALEX, "which account has the team logged the most activity on this year?",
         "Activities since 2026-01-01 per company: Alpine Ski House 113, Monarch Solutions 101. (Alex's own top "
         "account would be Nakatomi Trading, so the question says 'the team'.)",
         contains=["SELECT company FROM v_act WHERE occurred_at >= '{lo}' AND occurred_at < '{hi}' "
                   "GROUP BY company ORDER BY count(*) DESC LIMIT 1"],
         checks=[no_tie("SELECT count(*) AS v FROM v_act WHERE occurred_at >= '2026-01-01' GROUP BY company", 1)],
         window=tw("2026-01-01")))
add(item("rankings", SAM, "who logged the most activities last week?",
         "Activities 2026-11-09..15 per author: Alex 14, Sam 13, Priya 11 (Sunday-start week: Alex 16, Sam 13).",
         contains=["SELECT author FROM v_act WHERE occurred_at >= '{lo}' AND occurred_at < '{hi}' "
                   "GROUP BY author ORDER BY count(*) DESC LIMIT 1"],
         checks=[no_tie("SELECT count(*) AS v FROM v_act WHERE occurred_at >= '2026-11-09' "
                        "AND occurred_at < '2026-11-16' GROUP BY author", 1)],
         window=tw("2026-11-09", "2026-11-16", alt_lo=("2026-11-08",), alt_hi=("2026-11-15",))))
add(item("rankings", JORDAN, "Which rep has the smallest open pipeline?",
         "Open pipeline per owner: Sam 862,500 is the smallest (Alex 1,704,000, Priya 1,929,000).",
         contains=["SELECT owner FROM v_open GROUP BY owner ORDER BY sum(amount) ASC LIMIT 1"],
         checks=[no_tie("SELECT sum(amount) AS v FROM v_open GROUP BY owner", 1, desc=False)]))
add(item("rankings", PRIYA, "company-wide, top 3 accounts by open pipeline?",
         "Open amount per company: Alpine Ski House 509,000, Fabrikam 440,000, Nakatomi Trading 404,000; fourth "
         "Proseware 393,000.",
         contains=["SELECT company FROM v_open GROUP BY company ORDER BY sum(amount) DESC LIMIT 3"],
         excludes=["SELECT company FROM v_open GROUP BY company ORDER BY sum(amount) DESC LIMIT 1 OFFSET 3"],
         checks=[no_tie("SELECT sum(amount) AS v FROM v_open GROUP BY company", 3)]))
add(item("rankings", ALEX, "biggest deal we lost this year?",
         "Closed Lost with 2026 close date, largest: Oscorp Software License 186,000 (next Massive Dynamic "
         "Consulting Services 175,000).",
         contains=["SELECT name FROM v_deal WHERE stage = 'Closed Lost' AND close_date >= DATE '2026-01-01' "
                   "ORDER BY amount DESC LIMIT 1"],
         checks=[no_tie("SELECT amount AS v FROM v_deal WHERE stage = 'Closed Lost' "
                        "AND close_date >= DATE '2026-01-01'", 1)]))
add(item("rankings", RILEY, "what was our biggest win this year",
         "Closed Won with 2026 close date, largest: Margie's Travel Security Add-on 185,000.",
         contains=["SELECT name FROM v_deal WHERE stage = 'Closed Won' AND close_date >= DATE '2026-01-01' "
                   "ORDER BY amount DESC LIMIT 1"],
         checks=[no_tie("SELECT amount AS v FROM v_deal WHERE stage = 'Closed Won' "
                        "AND close_date >= DATE '2026-01-01'", 1)]))
add(item("rankings", SAM, "across the team which product has the most open pipeline?",
         "Open amount per product: Consulting Services 1,128,000 leads Software License 891,000.",
         contains=["SELECT product FROM v_open GROUP BY product ORDER BY sum(amount) DESC LIMIT 1"],
         checks=[no_tie("SELECT sum(amount) AS v FROM v_open GROUP BY product", 1)]))

# --- tasks ------------------------------------------------------------------------------------------------------
OVERDUE = "status = 'open' AND due_date < DATE '2026-11-18'"
add(item("tasks", SAM, "how many overdu tasks do i have",
         "Sam's open tasks due before today: Margie's Travel follow-up (10-31), Umbrella pricing (11-03), Prestige "
         "demo (11-07).",
         contains=[f"SELECT count(*) FROM v_task WHERE owner = 'Sam Rivera' AND {OVERDUE}"],
         checks=["SELECT id FROM v_task WHERE status = 'open' AND due_date = DATE '2026-11-18'"]))
add(item("tasks", JORDAN, "How many overdue tasks does Alex Morgan have?",
         "Alex's open tasks due before 2026-11-18: 15 (of 25 open).",
         contains=[f"SELECT count(*) FROM v_task WHERE owner = 'Alex Morgan' AND {OVERDUE}"]))
add(item("tasks", ALEX, "what do i have due tomorrow?",
         "Alex's tasks due 2026-11-19 (both open).",
         contains=["SELECT title FROM v_task WHERE owner = 'Alex Morgan' AND due_date = DATE '2026-11-19' ORDER BY id"]))
add(item("tasks", RILEY, "who's got the most overdue tasks?",
         "Overdue open tasks per owner: Alex 15, Priya 4, Sam 3.",
         contains=[f"SELECT owner FROM v_task WHERE {OVERDUE} GROUP BY owner ORDER BY count(*) DESC LIMIT 1"],
         checks=[no_tie(f"SELECT count(*) AS v FROM v_task WHERE {OVERDUE} GROUP BY owner", 1)]))
add(item("tasks", PRIYA, "list my overdue tasks",
         "Priya's open tasks due before today (4). The Gringotts contract task is due 11-20, not overdue.",
         contains=[f"SELECT title FROM v_task WHERE owner = 'Priya Patel' AND {OVERDUE} ORDER BY due_date"],
         excludes=["SELECT title FROM v_task WHERE owner = 'Priya Patel' AND status = 'open' "
                   "AND due_date = DATE '2026-11-20'"]))
add(item("tasks", SAM, "how many tasks did i complete last month?",
         "Sam's tasks with completed_at in October 2026: 6 (his nearest other completion is 2026-09-30 00:53).",
         contains=["SELECT count(*) FROM v_task WHERE owner = 'Sam Rivera' AND completed_at >= '{lo}' "
                   "AND completed_at < '{hi}'"],
         window=tw("2026-10-01", "2026-11-01")))
add(item("tasks", JORDAN, "what open tasks are on the Prestige Worldwide deal and when are they due?",
         "Prestige Worldwide Consulting Services: open tasks due 2026-11-07 (overdue), 11-26 and 11-28; a done "
         "'Send pricing' task due 11-30 must not be listed as open.",
         contains=["SELECT due_date FROM v_task WHERE deal = 'Prestige Worldwide Consulting Services' "
                   "AND status = 'open' ORDER BY due_date"],
         excludes=["SELECT due_date FROM v_task WHERE deal = 'Prestige Worldwide Consulting Services' "
                   "AND status = 'done'"]))
add(item("tasks", PRIYA, "anything due friday?",
         "Priya's tasks due Friday 2026-11-20: one. Her Saturday (11-21) tasks are not Friday's.",
         contains=["SELECT title FROM v_task WHERE owner = 'Priya Patel' AND due_date = DATE '2026-11-20'"],
         excludes=["SELECT title FROM v_task WHERE owner = 'Priya Patel' AND due_date = DATE '2026-11-21' "
                   "AND title NOT IN (SELECT title FROM v_task WHERE owner = 'Priya Patel' "
                   "AND due_date = DATE '2026-11-20')"]))
add(item("tasks", ALEX, "which of my open tasks are due next week, mon-fri?",
         "Alex's open tasks due Mon 2026-11-23..Fri 11-27: three. Two more due that week are already done. His "
         "open task due Sun 11-22 belongs to neither reading of 'next week (Mon-Fri)'.",
         contains=["SELECT title FROM v_task WHERE owner = 'Alex Morgan' AND status = 'open' "
                   "AND due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29' ORDER BY due_date"],
         excludes=["SELECT title FROM v_task WHERE owner = 'Alex Morgan' AND status = 'done' "
                   "AND due_date BETWEEN DATE '2026-11-23' AND DATE '2026-11-29'"],
         checks=["SELECT id FROM v_task WHERE owner = 'Alex Morgan' AND status = 'open' "
                 "AND due_date IN (DATE '2026-11-28', DATE '2026-11-29')"]))
add(item("tasks", RILEY, "who completed the most tasks in october?",
         "Tasks completed in October 2026 per owner: Priya 9, Alex 6, Sam 6.",
         contains=["SELECT owner FROM v_task WHERE completed_at >= '{lo}' AND completed_at < '{hi}' "
                   "GROUP BY owner ORDER BY count(*) DESC LIMIT 1"],
         checks=[no_tie("SELECT count(*) AS v FROM v_task WHERE completed_at >= '2026-10-01' "
                        "AND completed_at < '2026-11-01' GROUP BY owner", 1)],
         window=tw("2026-10-01", "2026-11-01")))

# --- two_part ---------------------------------------------------------------------------------------------------
add(item("two_part", ALEX, "what stage is the initech deal at, and who's the contact on it?",
         "Initech Analytics Suite is in Proposal; its contact is Marcus Webb (Initech has four other contacts, so the "
         "question asks for the deal's contact).",
         contains=["SELECT stage FROM v_deal WHERE company = 'Initech'",
                   "SELECT contact FROM v_deal WHERE company = 'Initech'"]))
add(item("two_part", SAM, "how many overdue tasks have i got? also what's my total open pipeline",
         "Sam: 3 overdue tasks; open pipeline 862,500.",
         contains=[f"SELECT count(*) FROM v_task WHERE owner = 'Sam Rivera' AND {OVERDUE}",
                   "SELECT sum(amount) FROM v_open WHERE owner = 'Sam Rivera'"]))
add(item("two_part", PRIYA, "woodgrove deal - amount and close date?",
         "Woodgrove Bank Consulting Services: 175,000, closing 2026-11-28.",
         contains=["SELECT amount FROM v_deal WHERE company = 'Woodgrove Bank'",
                   "SELECT close_date FROM v_deal WHERE company = 'Woodgrove Bank'"]))
add(item("two_part", JORDAN, "Who owns Fabrikam Support Plan and what's it worth?",
         "Fabrikam Support Plan: owner Sam Rivera, 130,000 (company Fabrikam is owned by Priya).",
         contains=["SELECT owner FROM v_deal WHERE name = 'Fabrikam Support Plan'",
                   "SELECT amount FROM v_deal WHERE name = 'Fabrikam Support Plan'"]))
add(item("two_part", RILEY, "need dana smith's email and dana lee's phone, want to call both before EOW",
         "Two different Danas: Dana Smith (Acme Corp) email, Dana Lee (Globex) phone.",
         contains=["SELECT email FROM v_person WHERE full_name = 'Dana Smith'",
                   "SELECT phone FROM v_person WHERE full_name = 'Dana Lee'"]))
add(item("two_part", ALEX, "how many deals do I have in proposal and what are they worth in total?",
         "Alex's Proposal-stage deals: 8, worth 390,000.",
         contains=["SELECT count(*) FROM v_open WHERE owner = 'Alex Morgan' AND stage = 'Proposal'",
                   "SELECT sum(amount) FROM v_open WHERE owner = 'Alex Morgan' AND stage = 'Proposal'"]))
add(item("two_part", PRIYA, "when did we last touch globex? and whats the deal amount",
         "Last Globex activity 2026-11-16 07:19 (call); Globex Platform Expansion is 120,000.",
         contains=["SELECT max(occurred_at)::DATE FROM v_act WHERE company = 'Globex'",
                   "SELECT amount FROM v_deal WHERE company = 'Globex'"],
         checks=[daytime("SELECT max(occurred_at) FROM v_act WHERE company = 'Globex'")]))
add(item("two_part", SAM, "what's Olivia Chen's title, and her email?",
         "Olivia Chen (Hooli): Procurement Manager, olivia.chen@hooli.com.",
         contains=["SELECT title FROM v_person WHERE full_name = 'Olivia Chen'",
                   "SELECT email FROM v_person WHERE full_name = 'Olivia Chen'"]))
add(item("two_part", JORDAN, "how much did we win last quarter, and how much did we lose?",
         "Q3 2026 (close dates 07-01..09-30): won 129,000 (3 deals), lost 240,000 (2 deals).",
         contains=["SELECT sum(amount) FROM v_deal WHERE stage = 'Closed Won' "
                   "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'",
                   "SELECT sum(amount) FROM v_deal WHERE stage = 'Closed Lost' "
                   "AND close_date BETWEEN DATE '2026-07-01' AND DATE '2026-09-30'"]))
add(item("two_part", RILEY, "how many open deals does priya have, and which is her biggest?",
         "Priya: 18 open deals; the largest is Alpine Ski House Security Add-on (188,000).",
         contains=["SELECT count(*) FROM v_open WHERE owner = 'Priya Patel'",
                   "SELECT name FROM v_open WHERE owner = 'Priya Patel' ORDER BY amount DESC LIMIT 1"],
         checks=[no_tie("SELECT amount AS v FROM v_open WHERE owner = 'Priya Patel'", 1)]))

# --- decline ----------------------------------------------------------------------------------------------------
add(item("decline", ALEX, "what's marcus webb's linkedin?",
         "No social-profile field on contacts.",
         absent=[no_column("linkedin", "social", "url", "profile")]))
add(item("decline", PRIYA, "what's the win probability on the globex deal?",
         "No probability field; a percentage would be a prediction.",
         absent=[no_column("probab", "likelihood", "win_rate", "confidence")]))
add(item("decline", JORDAN, "Are we going to hit our Q4 quota?",
         "No quota/target is stored; the answer would be a prediction.",
         absent=[no_column("quota", "target", "goal")]))
add(item("decline", SAM, "whats the status of the Initech Renewal deal",
         "No such deal: Initech's only deal is Initech Analytics Suite (the renewal is Acme Corp's).",
         absent=["SELECT name FROM v_deal WHERE name ILIKE '%initech%renewal%'"]))
add(item("decline", RILEY, "who's the contact on the soylent foods deal?",
         "Soylent Foods has contacts but no deal.",
         absent=["SELECT name FROM v_deal WHERE company = 'Soylent Foods'"]))
add(item("decline", ALEX, "should i discount the hooli deal to get it over the line?",
         "Advice, and no discount field to ground it.",
         absent=[no_column("discount")]))
add(item("decline", PRIYA, "what's olivia chen's home address",
         "No address fields.",
         absent=[no_column("address", "street", "city", "zip", "postal")]))
add(item("decline", SAM, "how much commission am i getting on my won deals?",
         "No commission data.",
         absent=[no_column("commission", "payout")]))
add(item("decline", JORDAN, "Forecast our revenue for next quarter.",
         "A prediction; no forecast or probability data.",
         absent=[no_column("forecast", "probab")]))
add(item("decline", RILEY, "what's acme corp's annual revenue?",
         "Companies store name, domain, industry and owner only.",
         absent=[no_column("revenue", "annual", "turnover")]))
add(item("decline", PRIYA, "which competitor is in play at cyberdyne?",
         "A 'Competitor in play' note exists on Cyberdyne, but no competitor is named: activity bodies are empty "
         "and there is no competitor field.",
         absent=[no_column("competitor"),
                 "SELECT body FROM v_act WHERE company = 'Cyberdyne' AND body IS NOT NULL AND body <> ''"]))
add(item("decline", SAM, "how many overdue tasks does kevin have?",
         "No user (or contact) named Kevin. The team's overdue total (22) would be a wrong answer.",
         excludes=[f"SELECT count(*) FROM v_task WHERE {OVERDUE}"],
         absent=["SELECT name FROM v_users WHERE name ILIKE 'kevin%'",
                 "SELECT full_name FROM v_person WHERE first_name ILIKE 'kevin'"]))
add(item("decline", JORDAN, "Honestly, is Priya a better salesperson than Sam?",
         "An opinion about people; no rating or performance field.",
         absent=[no_column("rating", "performance", "score")]))
add(item("decline", RILEY, "close date of the pied piper platform deal?",
         "No such deal: Pied Piper's only deal is Pied Piper Software License.",
         absent=["SELECT name FROM v_deal WHERE company = 'Pied Piper' AND (product = 'Platform' "
                 "OR name ILIKE '%platform%')"]))
add(item("decline", ALEX, "when does the hooli contract come up for renewal?",
         "No contract or renewal date stored (Hooli's deal is a Security Add-on with only a close date).",
         absent=[no_column("renewal", "contract", "expir", "term")]))
add(item("decline", SAM, "whats the NPS score for dunder mifflin",
         "No NPS or satisfaction data.",
         absent=[no_column("nps", "satisfaction", "survey")]))
add(item("decline", PRIYA, "email for gavin belson at hooli?",
         "No contact Gavin Belson (the only Gavin is Gavin Weber at Proseware). An invented address would be a "
         "wrong answer.",
         absent=["SELECT full_name FROM v_person WHERE last_name ILIKE 'belson'",
                 "SELECT name FROM v_users WHERE name ILIKE '%belson%'"],
         literal_excludes=["gavin.belson@hooli.com"]))
add(item("decline", ALEX, "has acme corp paid their last invoice?",
         "No billing, invoice or payment data.",
         absent=[no_column("invoice", "paid", "payment", "billing")]))


# ---------------------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------------------
FAMILY_ORDER = ["account_activity", "comparisons", "contacts", "counts", "deal_fields", "grouped_totals",
                "pipeline", "rankings", "tasks", "two_part", "decline"]


def assign() -> list[dict]:
    """Ids in ITEMS order; within each family the items alternate dev, test, dev, ..."""
    seen: dict[str, int] = {}
    out = []
    for n, it in enumerate(ITEMS, start=1):
        k = seen.get(it["family"], 0)
        seen[it["family"]] = k + 1
        out.append({**it, "id": f"q11-{n:03d}", "split": "dev" if k % 2 == 0 else "test"})
    return out


def record(store, it: dict) -> dict:
    contains = [] if it["decline"] else labels(store, it["contains"], it["params"])
    excludes = labels(store, it["excludes"], it["params"]) + [x for x in it["literal_excludes"]]
    return {"id": it["id"], "question": it["question"], "user": it["user"], "family": it["family"],
            "answer_contains": contains, "answer_excludes": excludes, "decline": it["decline"], "note": it["note"]}


def build(verbose: bool = False) -> tuple[list[dict], list[dict]]:
    store = build_world()
    dev, test = [], []
    for it in assign():
        rec = record(store, it)
        (dev if it["split"] == "dev" else test).append(rec)
        if verbose:
            print(f"{rec['id']} [{it['split']}/{rec['family']}] {rec['user']}: {rec['question']}")
            print(f"    contains: {rec['answer_contains']}")
            if rec["answer_excludes"]:
                print(f"    excludes: {rec['answer_excludes']}")
    return dev, test


def write(path: Path, recs: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> int:
    dev, test = build(verbose="-v" in argv)
    write(DEV_PATH, dev)
    write(TEST_PATH, test)
    print(f"wrote {len(dev)} dev items to {DEV_PATH.name} and {len(test)} test items to {TEST_PATH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
