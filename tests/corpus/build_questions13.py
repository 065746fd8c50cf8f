"""Build questions13_dev.jsonl / questions13_test.jsonl: chat questions with labels taken from SQL.

Every label comes from a SQL query over the demo world generated for today = 2026-11-18 (now = 09:00).
Window boundaries are written as {PARAM} placeholders so validate_questions13.py can move them
(-3 h / 0 / +3 h for timestamp boundaries, Sunday-start for week windows) and check labels stay put.

Deterministic: the same world, the same SQL, the same files.  Run:
    .venv/bin/python tests/corpus/build_questions13.py
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(os.environ.get("AUTOCRM_ROOT") or Path(__file__).resolve().parents[2])
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 11, 18)
NOW = dt.datetime(2026, 11, 18, 9, 0)
PREFIX = "q13"
OUT_DIR = ROOT / "tests" / "corpus"

# ---------------------------------------------------------------- window boundaries
# name -> (kind, value, is_week_boundary).  Timestamp boundaries are compared with occurred_at;
# date boundaries with close_date / due_date (day-granular columns: no hour shift applies).
TS, DATE = "ts", "date"
PARAMS: dict[str, tuple[str, object, bool]] = {
    "NOW": (TS, NOW, False),
    "TODAY0": (TS, dt.datetime(2026, 11, 18), False),          # start of today
    "YDAY0": (TS, dt.datetime(2026, 11, 17), False),           # start of yesterday
    "TW0": (TS, dt.datetime(2026, 11, 16), True),              # this week starts Mon 11-16
    "LW0": (TS, dt.datetime(2026, 11, 9), True),               # last week Mon 11-09 ..
    "LW1": (TS, dt.datetime(2026, 11, 16), True),              # .. exclusive end (Mon 11-16 00:00)
    "M0": (TS, dt.datetime(2026, 11, 1), False),               # this month start
    "LM0": (TS, dt.datetime(2026, 10, 1), False),              # last month (October) start
    "LM1": (TS, dt.datetime(2026, 11, 1), False),              # last month exclusive end
    "AGO14": (TS, NOW - dt.timedelta(days=14), False),         # 2 weeks before now
    "AGO28": (TS, NOW - dt.timedelta(days=28), False),         # 4 weeks before now
    "AGO30": (TS, NOW - dt.timedelta(days=30), False),         # a month (30 days) before now
    "D_TODAY": (DATE, TODAY, False),
    "D_TOMORROW": (DATE, dt.date(2026, 11, 19), False),
    "D_TW0": (DATE, dt.date(2026, 11, 16), True),              # this week Mon..Sun
    "D_TW1": (DATE, dt.date(2026, 11, 22), True),
    "D_NW0": (DATE, dt.date(2026, 11, 23), True),              # next week Mon..Sun
    "D_NW1": (DATE, dt.date(2026, 11, 29), True),
    "D_M1": (DATE, dt.date(2026, 11, 30), False),              # last day of this month
    "D_NM0": (DATE, dt.date(2026, 12, 1), False),              # next month = December
    "D_NM1": (DATE, dt.date(2026, 12, 31), False),
    "D_LM0": (DATE, dt.date(2026, 10, 1), False),              # last month = October
    "D_LM1": (DATE, dt.date(2026, 10, 31), False),
    "D_Q0": (DATE, dt.date(2026, 10, 1), False),               # this quarter = Q4 2026
    "D_Q1": (DATE, dt.date(2026, 12, 31), False),
    "D_LQ0": (DATE, dt.date(2026, 7, 1), False),               # last quarter = Q3 2026
    "D_LQ1": (DATE, dt.date(2026, 9, 30), False),
    "D_Y0": (DATE, dt.date(2026, 1, 1), False),                # this year = 2026
    "D_Y1": (DATE, dt.date(2026, 12, 31), False),
    "D_NY0": (DATE, dt.date(2027, 1, 1), False),               # January 2027 (future)
    "D_NY1": (DATE, dt.date(2027, 1, 31), False),
}
SUNDAY_SHIFT = dt.timedelta(days=-1)   # week windows re-checked as Sun..Sat
HOUR_SHIFTS = (dt.timedelta(hours=-3), dt.timedelta(0), dt.timedelta(hours=3))
PARAM_RE = re.compile(r"\{([A-Z0-9_]+)\}")


def render(sql: str, values: dict[str, object] | None = None) -> str:
    """Substitute {PARAM} placeholders with SQL literals (values override the defaults)."""
    def lit(m: re.Match) -> str:
        name = m.group(1)
        kind, default, _ = PARAMS[name]
        v = (values or {}).get(name, default)
        if kind == TS:
            return f"TIMESTAMP '{v:%Y-%m-%d %H:%M:%S}'"
        return f"DATE '{v:%Y-%m-%d}'"
    return PARAM_RE.sub(lit, sql)


def params_in(sqls: list[str]) -> list[str]:
    names: list[str] = []
    for s in sqls:
        for n in PARAM_RE.findall(s):
            if n not in names:
                names.append(n)
    return names


def fmt(v) -> str:
    """One SQL cell as a label."""
    if isinstance(v, bool):
        raise ValueError(f"boolean cell {v!r}")
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        if v != int(v):
            raise ValueError(f"non-integer amount {v!r}")
        return f"{int(v):,}"
    if isinstance(v, dt.datetime):
        lo, hi = (v - dt.timedelta(hours=3)).date(), (v + dt.timedelta(hours=3)).date()
        if not (lo == v.date() == hi):
            raise ValueError(f"timestamp {v} changes date within +-3 h; not usable as a label")
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return v
    raise ValueError(f"unsupported cell {v!r}")


def labels_of(con, sqls: list[str], values: dict[str, object] | None = None) -> list[str]:
    out: list[str] = []
    for s in sqls:
        for row in con.execute(render(s, values)).fetchall():
            for cell in row:
                if cell is None:
                    raise ValueError(f"NULL cell from: {s}")
                lab = fmt(cell)
                if lab not in out:
                    out.append(lab)
    return out


def make_world():
    """A fresh in-memory demo world; returns (store, duckdb connection)."""
    from core.store import Store
    from data.demo import generate
    store = Store(":memory:")
    generate(store, TODAY)
    return store, store.con


# ---------------------------------------------------------------- SQL helpers
ALEX, PRIYA, SAM = "alex@autocrm.local", "priya@autocrm.local", "sam@autocrm.local"
RILEY, JORDAN = "riley@autocrm.local", "jordan@autocrm.local"


def uid(email: str) -> str:
    return f"(SELECT id FROM users WHERE email = '{email}')"


def uname(email: str) -> str:
    return f"(SELECT name FROM users WHERE email = '{email}')"


OPEN = "d.stage NOT IN ('Closed Won', 'Closed Lost')"
D_LIVE = "d.deleted_at IS NULL"
A_LIVE = "a.deleted_at IS NULL AND a.occurred_at <= {NOW}"
T_OPEN = "t.deleted_at IS NULL AND t.status = 'open'"
CO = "(SELECT id FROM companies WHERE name = '{}' AND deleted_at IS NULL)"


def co(name: str) -> str:
    return CO.format(name.replace("'", "''"))


def q_(s: str) -> str:
    return s.replace("'", "''")


MARGIES = co("Margie's Travel")


def deal_col(col: str, name: str) -> str:
    return f"SELECT {col} FROM deals d WHERE {D_LIVE} AND d.name = '{q_(name)}'"


def col_absent(*patterns: str, tables: tuple[str, ...] | None = None) -> str:
    cond = " OR ".join(f"column_name ILIKE '{p}'" for p in patterns)
    where = f"({cond})"
    if tables:
        where += " AND table_name IN (" + ", ".join(f"'{t}'" for t in tables) + ")"
    return f"SELECT table_name, column_name FROM information_schema.columns WHERE {where}"


CRM_TABLES = ("companies", "contacts", "deals", "activities", "tasks", "users")


def open_pipe(extra: str) -> str:
    return f"SELECT CAST(sum(d.amount) AS BIGINT) FROM deals d WHERE {D_LIVE} AND {OPEN} AND {extra}"


def last_touch(company: str, cols: str, k: int = 1) -> str:
    return (f"SELECT {cols} FROM activities a JOIN users u ON u.id = a.author_id WHERE {A_LIVE} "
            f"AND a.company_id = {co(company)} ORDER BY a.occurred_at DESC, a.subject LIMIT {k}")


def last_rank(where: str, k: int = 1) -> dict:
    """Tie check: the k most recent activities must be strictly more recent than the next one."""
    return {"sql": f"SELECT a.occurred_at FROM activities a WHERE {A_LIVE} AND {where} ORDER BY a.occurred_at DESC",
            "k": k}


def co_acts(company: str) -> str:
    return f"a.company_id = {co(company)}"


def acts_count(extra: str) -> str:
    return f"SELECT count(*) FROM activities a WHERE {A_LIVE} AND {extra}"


def quiet(extra: str, since: str) -> str:
    return (f"SELECT d.name FROM deals d WHERE {D_LIVE} AND {OPEN} AND {extra} AND NOT EXISTS ("
            f"SELECT 1 FROM activities a WHERE a.deal_id = d.id AND {A_LIVE} AND a.occurred_at >= {{{since}}}) "
            f"ORDER BY d.name")


def tasks_where(extra: str, cols: str = "t.title", order: str = "t.due_date, t.id") -> str:
    return f"SELECT {cols} FROM tasks t WHERE {T_OPEN} AND {extra} ORDER BY {order}"


# ---------------------------------------------------------------- items
# Each item: fam, user, q, sql (labels), ex (exclude SQL), absent (declines), rank (tie check), note.
# Families are listed with their items in order; items alternate dev/test within a family.
FAMILIES: list[tuple[str, list[dict]]] = []


def fam(name: str, *items: dict) -> None:
    FAMILIES.append((name, list(items)))


def it(user, q, sql=(), ex=(), absent=(), rank=None, note=""):
    return {"user": user, "q": q, "sql": list(sql), "ex": list(ex), "absent": list(absent), "rank": rank,
            "note": note}


fam("deal_stage",
    it(ALEX, "wht stage is the acme renewal in rn",
       [deal_col("stage", "Acme Corp Renewal")],
       [deal_col("stage", "Acme Corp Expansion")],
       note="near-duplicate: Acme Corp Expansion is Qualified"),
    it(PRIYA, "fabrikam support plan opp - what stage is it at?",
       [deal_col("stage", "Fabrikam Support Plan")],
       [f"SELECT DISTINCT d.stage FROM deals d WHERE {D_LIVE} AND d.company_id = {co('Fabrikam')} "
        f"AND d.name <> 'Fabrikam Support Plan'"],
       note="the two other Fabrikam deals are both in Proposal; deal owned by Sam on Priya's account"))

fam("deal_amount",
    it(ALEX, "how much is the nakatomi sofware license deal worth",
       [deal_col("CAST(amount AS BIGINT)", "Nakatomi Trading Software License")],
       [f"SELECT CAST(d.amount AS BIGINT) FROM deals d WHERE {D_LIVE} AND d.company_id = {co('Nakatomi Trading')} "
        f"AND d.name <> 'Nakatomi Trading Software License' ORDER BY d.id"],
       note="4 Nakatomi deals; excludes are the other three amounts"),
    it(RILEY, "whats the amount on margies travel support plan",
       [deal_col("CAST(amount AS BIGINT)", "Margie's Travel Support Plan")],
       [f"SELECT CAST(d.amount AS BIGINT) FROM deals d WHERE {D_LIVE} AND d.company_id = {MARGIES} "
        f"AND d.name <> 'Margie''s Travel Support Plan' ORDER BY d.id"],
       note="deal is Closed Lost; the other Margie's deals are 42,000 and 185,000"))

fam("deal_close_date",
    it(PRIYA, "expected close on the tyrell analytics deal?",
       [deal_col("close_date", "Tyrell Systems Analytics Suite")],
       [deal_col("close_date", "Tyrell Systems Security Add-on")]),
    it(SAM, "close date for proseware consulting?",
       [deal_col("close_date", "Proseware Consulting Services")],
       [f"SELECT d.close_date FROM deals d WHERE {D_LIVE} AND d.company_id = {co('Proseware')} "
        f"AND d.name <> 'Proseware Consulting Services' ORDER BY d.id"],
       note="Sam owns the Proseware account, Alex owns this deal"))

fam("deal_owner_vs_account_owner",
    it(PRIYA, "who's the rep on the contoso analytics suite deal",
       [f"SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE {D_LIVE} AND d.name = 'Contoso Analytics Suite'"],
       [f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Contoso'"],
       note="deal owner Sam; Contoso account owner Alex"),
    it(JORDAN, "who runs point on proseware analytics suite again",
       [f"SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE {D_LIVE} AND d.name = 'Proseware Analytics Suite'"],
       [f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Proseware'"],
       note="deal owner Alex; account owner Sam"),
    it(ALEX, "remind me who runs point on the umbrella health support plan opp",
       [f"SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE {D_LIVE} AND d.name = 'Umbrella Health Support Plan'"],
       [f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Umbrella Health'"],
       note="deal owner Sam; account owner Priya"),
    it(RILEY, "which rep has the wonka labs consulting deal",
       [f"SELECT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE {D_LIVE} AND d.name = 'Wonka Labs Consulting Services'"],
       [f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.name = 'Wonka Labs'"],
       note="deal owner Priya; account owner Sam"))

fam("account_owner",
    it(SAM, "who owns the cyberdyne account",
       [f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.deleted_at IS NULL AND c.name = 'Cyberdyne'"],
       note="account owner Priya; all Cyberdyne deals are Alex's (not excluded: an answer may mention them)"),
    it(RILEY, "whose account is alpine ski house",
       [f"SELECT u.name FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.deleted_at IS NULL AND c.name = 'Alpine Ski House'"],
       note="account owner Alex; 3 of its 4 deals are Priya's"))


def contacts_at(company: str, cols: str = "ct.first_name || ' ' || ct.last_name", extra: str = "TRUE") -> str:
    return (f"SELECT {cols} FROM contacts ct WHERE ct.deleted_at IS NULL AND ct.company_id = {co(company)} "
            f"AND {extra} ORDER BY ct.id")


def contact(first: str, last: str, cols: str) -> str:
    return (f"SELECT {cols} FROM contacts ct WHERE ct.deleted_at IS NULL AND ct.first_name = '{first}' "
            f"AND ct.last_name = '{last}'")


fam("company_contacts",
    it(SAM, "who do we knwo at globex",
       [contacts_at("Globex")],
       [contact("Dana", "Smith", "ct.first_name || ' ' || ct.last_name")],
       note="the other Dana (Smith) is at Acme Corp"),
    it(ALEX, "who are my contacts at stark",
       [contacts_at("Stark Industries")],
       [contact("Chris", "Park", "ct.first_name || ' ' || ct.last_name")],
       note="the other Chris (Park) is at Acme Logistics"),
    it(RILEY, "who are the people at acme corp - not acme logistics",
       [contacts_at("Acme Corp")],
       [contact("Chris", "Park", "ct.first_name || ' ' || ct.last_name"),
        contact("Tom", "Becker", "ct.first_name || ' ' || ct.last_name")],
       note="near-duplicate company names"),
    it(PRIYA, "who've we got at wingtip toys",
       [contacts_at("Wingtip Toys")],
       [contacts_at("Tailspin Toys")],
       note="Tailspin Toys is the near-named retail account"))

fam("contact_detail",
    it(SAM, "dana lee email?",
       [contact("Dana", "Lee", "ct.email")],
       [contact("Dana", "Smith", "ct.email")]),
    it(PRIYA, "need chris park's number",
       [contact("Chris", "Park", "ct.phone")],
       [contact("Chris", "Walker", "ct.phone")]),
    it(ALEX, "whats dana smith's title again",
       [contact("Dana", "Smith", "ct.title")],
       [contact("Dana", "Lee", "ct.title")]),
    it(JORDAN, "what's the email for the cfo at acme logistics",
       [contacts_at("Acme Logistics", "ct.email", "ct.title = 'CFO'")],
       [contact("Tom", "Becker", "ct.email")],
       note="Tom Becker is the contact on the Acme Logistics deal, not the CFO"),
    it(RILEY, "chris walker - what's his title and which company's he at",
       [contact("Chris", "Walker", "ct.title, (SELECT name FROM companies WHERE id = ct.company_id)")],
       [contact("Chris", "Park", "ct.title, (SELECT name FROM companies WHERE id = ct.company_id)")]),
    it(SAM, "hooli cto phone number?",
       [contacts_at("Hooli", "ct.first_name || ' ' || ct.last_name, ct.phone", "ct.title = 'CTO'")],
       [f"SELECT ct.phone FROM deals d JOIN contacts ct ON ct.id = d.contact_id WHERE {D_LIVE} AND d.name = 'Hooli Security Add-on'"],
       note="Hooli has two CTOs; the deal contact Olivia Chen is Procurement Manager"))

fam("deal_contact",
    it(PRIYA, "who's the contact on acme logistics fleet platform, and their title",
       [f"SELECT ct.first_name || ' ' || ct.last_name, ct.title FROM deals d JOIN contacts ct ON ct.id = d.contact_id "
        f"WHERE {D_LIVE} AND d.name = 'Acme Logistics Fleet Platform'"],
       [f"SELECT ct.first_name || ' ' || ct.last_name FROM deals d JOIN contacts ct ON ct.id = d.contact_id "
        f"WHERE {D_LIVE} AND d.name = 'Acme Corp Renewal'"]),
    it(RILEY, "who's the contact for fabrikam software license and what's their role",
       [f"SELECT ct.first_name || ' ' || ct.last_name, ct.title FROM deals d JOIN contacts ct ON ct.id = d.contact_id "
        f"WHERE {D_LIVE} AND d.name = 'Fabrikam Software License'"],
       note="Gemma Ortiz at Fabrikam shares the title; not excluded"))

fam("last_touch_account",
    it(PRIYA, "when did we last touch acme logistics and what was it",
       [last_touch("Acme Logistics", "a.occurred_at, a.subject")],
       [last_touch("Acme Corp", "CAST(a.occurred_at AS DATE)")], rank=last_rank(co_acts("Acme Logistics")),
       note="exclude = Acme Corp's last-touch day; Acme Logistics had nothing that day"),
    it(SAM, "last activity on hooli?",
       [last_touch("Hooli", "a.occurred_at, a.subject")], rank=last_rank(co_acts("Hooli"))),
    it(ALEX, "when did anyone last talk to cyberdyne and what happened",
       [last_touch("Cyberdyne", "a.occurred_at, a.subject")], rank=last_rank(co_acts("Cyberdyne")),
       note="04:11 today; date stable at +-3 h"),
    it(RILEY, "who last touched sterling cooper and when",
       [last_touch("Sterling Cooper", "u.name, a.occurred_at")], rank=last_rank(co_acts("Sterling Cooper")),
       note="Sam touched it; the account owner is Alex (not excluded: may be mentioned)"),
    it(JORDAN, "last touchpoint w/ tailspin toys?",
       [last_touch("Tailspin Toys", "a.occurred_at, a.subject")], rank=last_rank(co_acts("Tailspin Toys"))),
    it(SAM, "umbrella health - when did we last log anything there and what was it",
       [last_touch("Umbrella Health", "a.occurred_at, a.subject", k=2)], rank=last_rank(co_acts("Umbrella Health"), k=2),
       note="quiet account: last touch 25 days ago; two activities share that exact timestamp, both expected"))

fam("my_activities",
    it(ALEX, "what did i log today",
       [f"SELECT a.subject, (SELECT name FROM deals WHERE id = a.deal_id) FROM activities a WHERE {A_LIVE} "
        f"AND a.author_id = {uid(ALEX)} AND a.occurred_at >= {{TODAY0}} ORDER BY a.occurred_at"],
       [f"SELECT (SELECT name FROM deals WHERE id = a.deal_id) FROM activities a WHERE {A_LIVE} "
        f"AND a.author_id <> {uid(ALEX)} AND a.occurred_at >= {{TODAY0}}"],
       note="exclude = the deal of Priya's activity today"),
    it(SAM, "how many activities did i log last wk",
       [acts_count(f"a.author_id = {uid(SAM)} AND a.occurred_at >= {{LW0}} AND a.occurred_at < {{LW1}}")],
       [acts_count("a.occurred_at >= {LW0} AND a.occurred_at < {LW1}")],
       note="exclude = team total last week"),
    it(PRIYA, "how many calls have i logged mtd",
       [acts_count(f"a.author_id = {uid(PRIYA)} AND a.type = 'call' AND a.occurred_at >= {{M0}}")],
       [acts_count("a.type = 'call' AND a.occurred_at >= {M0}")],
       note="exclude = team calls this month"),
    it(ALEX, "how many meetings did i have in october",
       [acts_count(f"a.author_id = {uid(ALEX)} AND a.type = 'meeting' AND a.occurred_at >= {{LM0}} AND a.occurred_at < {{LM1}}")],
       [acts_count("a.type = 'meeting' AND a.occurred_at >= {LM0} AND a.occurred_at < {LM1}")]))

fam("rep_activity_count",
    it(RILEY, "how many notes did sam log this month",
       [acts_count(f"a.author_id = {uid(SAM)} AND a.type = 'note' AND a.occurred_at >= {{M0}}")],
       [acts_count("a.type = 'note' AND a.occurred_at >= {M0}")]),
    it(JORDAN, "number of emails priya sent last month",
       [acts_count(f"a.author_id = {uid(PRIYA)} AND a.type = 'email' AND a.occurred_at >= {{LM0}} AND a.occurred_at < {{LM1}}")],
       [acts_count("a.type = 'email' AND a.occurred_at >= {LM0} AND a.occurred_at < {LM1}")]))

fam("overdue_tasks",
    it(SAM, "what's overdue on my plate",
       [tasks_where(f"t.owner_id = {uid(SAM)} AND t.due_date < {{D_TODAY}}")],
       [f"SELECT t.title FROM tasks t WHERE t.deleted_at IS NULL AND t.status = 'done' AND t.owner_id = {uid(SAM)} "
        f"AND t.due_date < {{D_TODAY}} ORDER BY t.id LIMIT 1",
        f"SELECT t.title FROM tasks t WHERE {T_OPEN} AND t.owner_id = {uid(PRIYA)} AND t.due_date < {{D_TODAY}} "
        f"ORDER BY t.due_date, t.id LIMIT 1"],
       note="excludes: a done past-due task of Sam's, and Priya's oldest overdue task"),
    it(PRIYA, "any of my tasks overdue?",
       [tasks_where(f"t.owner_id = {uid(PRIYA)} AND t.due_date < {{D_TODAY}}")],
       [f"SELECT t.title FROM tasks t WHERE t.deleted_at IS NULL AND t.status = 'done' AND t.owner_id = {uid(PRIYA)} "
        f"AND t.due_date < {{D_TODAY}} AND t.title LIKE 'Follow up%' ORDER BY t.id",
        tasks_where(f"t.owner_id = {uid(SAM)} AND t.due_date < {{D_TODAY}}") + " LIMIT 1"],
       note="excludes: a done past-due task of hers, and Sam's oldest overdue task"),
    it(RILEY, "how many overdue tasks does alex have",
       [f"SELECT count(*) FROM tasks t WHERE {T_OPEN} AND t.owner_id = {uid(ALEX)} AND t.due_date < {{D_TODAY}}"],
       [f"SELECT count(*) FROM tasks t WHERE {T_OPEN} AND t.due_date < {{D_TODAY}}"]),
    it(JORDAN, "total overdue open tasks across the team",
       [f"SELECT count(*) FROM tasks t WHERE {T_OPEN} AND t.due_date < {{D_TODAY}}"],
       [f"SELECT count(*) FROM tasks t WHERE t.deleted_at IS NULL AND t.due_date < {{D_TODAY}}"],
       note="exclude counts done tasks too"))

fam("tasks_due_window",
    it(PRIYA, "what's due for me this week",
       [tasks_where(f"t.owner_id = {uid(PRIYA)} AND t.due_date BETWEEN {{D_TW0}} AND {{D_TW1}}")],
       [tasks_where(f"t.owner_id = {uid(SAM)} AND t.due_date BETWEEN {{D_TW0}} AND {{D_TW1}}")],
       note="this week = Mon 11-16..Sun 11-22 (includes the Monday task now past due); exclude = Sam's task this week"),
    it(SAM, "tasks due nxt week?",
       [tasks_where(f"t.owner_id = {uid(SAM)} AND t.due_date BETWEEN {{D_NW0}} AND {{D_NW1}}")],
       [tasks_where(f"t.owner_id = {uid(PRIYA)} AND t.due_date BETWEEN {{D_NW0}} AND {{D_NW1}} AND t.title LIKE 'Send contract%'"),
        f"SELECT t.title FROM tasks t WHERE t.deleted_at IS NULL AND t.status = 'done' AND t.owner_id = {uid(SAM)} "
        f"AND t.due_date BETWEEN {{D_NW0}} AND {{D_NW1}} AND t.title LIKE 'Book a demo%'"],
       note="next week = Mon 11-23..Sun 11-29; excludes: Priya's task next week and a done task of Sam's due next week"),
    it(ALEX, "what do i have due tmrw",
       [tasks_where(f"t.owner_id = {uid(ALEX)} AND t.due_date = {{D_TOMORROW}}")],
       [tasks_where(f"t.owner_id <> {uid(ALEX)} AND t.due_date = {{D_TOMORROW}} + 1")],
       note="'Follow up (Nakatomi Trading Consulting Services)' also has an overdue twin due 11-17; "
            "exclude = Priya's task due the day after"),
    it(JORDAN, "what does sam have due this week",
       [tasks_where(f"t.owner_id = {uid(SAM)} AND t.due_date BETWEEN {{D_TW0}} AND {{D_TW1}}")],
       [tasks_where(f"t.owner_id = {uid(PRIYA)} AND t.due_date BETWEEN {{D_TW0}} AND {{D_TW1}} AND t.title LIKE 'Send contract%'")],
       note="exclude = Priya's task this week"))

fam("deal_open_tasks",
    it(ALEX, "open tasks on acme corp expansion w/ due dates",
       [f"SELECT t.title, t.due_date FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {T_OPEN} "
        f"AND d.name = 'Acme Corp Expansion' ORDER BY t.due_date"],
       note="all three are overdue"),
    it(SAM, "whats still open on the prestige worldwide deal task-wise and when are they due",
       [f"SELECT t.title, t.due_date FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE {T_OPEN} "
        f"AND d.name = 'Prestige Worldwide Consulting Services' ORDER BY t.due_date"],
       [f"SELECT t.due_date FROM tasks t JOIN deals d ON d.id = t.deal_id WHERE t.deleted_at IS NULL "
        f"AND t.status = 'done' AND d.name = 'Prestige Worldwide Consulting Services'"],
       note="a done 'Send pricing' twin is due 11-30: its date is excluded"))

fam("pipeline_total",
    it(RILEY, "total open pipeline rn - $ and # of deals",
       [f"SELECT CAST(sum(d.amount) AS BIGINT), count(*) FROM deals d WHERE {D_LIVE} AND {OPEN}"],
       [f"SELECT CAST(sum(d.amount) AS BIGINT) FROM deals d WHERE {D_LIVE}"],
       note="exclude = all deals including closed"),
    it(PRIYA, "how much do i have in qualified",
       [open_pipe(f"d.owner_id = {uid(PRIYA)} AND d.stage = 'Qualified'")],
       [open_pipe("d.stage = 'Qualified'")]),
    it(SAM, "what's my open pipeline total",
       [open_pipe(f"d.owner_id = {uid(SAM)}")],
       [open_pipe("TRUE"),
        open_pipe(f"d.company_id IN (SELECT id FROM companies WHERE owner_id = {uid(SAM)})")],
       note="excludes: team total; open deals on Sam's accounts (account owner instead of deal owner)"),
    it(ALEX, "consulting services pipleine across the team?",
       [open_pipe("d.product = 'Consulting Services'")],
       [f"SELECT CAST(sum(d.amount) AS BIGINT) FROM deals d WHERE {D_LIVE} AND d.product = 'Consulting Services'"],
       note="team-wide; exclude = consulting total including closed deals"),
    it(JORDAN, "negotation stage pipeline for sam",
       [open_pipe(f"d.owner_id = {uid(SAM)} AND d.stage = 'Negotiation'")],
       [open_pipe("d.stage = 'Negotiation'")]),
    it(ALEX, "how much of my pipeline is in proposal vs negotiation",
       [open_pipe(f"d.owner_id = {uid(ALEX)} AND d.stage = 'Proposal'"),
        open_pipe(f"d.owner_id = {uid(ALEX)} AND d.stage = 'Negotiation'")],
       [open_pipe("d.stage = 'Negotiation'")],
       note="exclude = team negotiation total (the team proposal total 954,000 contains 54,000, so it is not used)"))


def closed(stage: str, extra: str, cols: str = "d.name") -> str:
    return f"SELECT {cols} FROM deals d WHERE {D_LIVE} AND d.stage = '{stage}' AND {extra} ORDER BY d.close_date"


fam("won_lost_period",
    it(RILEY, "what did we win last quarter",
       [closed("Closed Won", "d.close_date BETWEEN {D_LQ0} AND {D_LQ1}"),
        closed("Closed Won", "d.close_date BETWEEN {D_LQ0} AND {D_LQ1}", "CAST(sum(d.amount) AS BIGINT)").replace(" ORDER BY d.close_date", "")],
       [closed("Closed Won", "(d.close_date < {D_LQ0} OR d.close_date > {D_LQ1})")],
       note="Q3 2026; excludes = wins in Q2 and Q4"),
    it(PRIYA, "what have i closed won this yr",
       [closed("Closed Won", f"d.owner_id = {uid(PRIYA)} AND d.close_date BETWEEN {{D_Y0}} AND {{D_Y1}}"),
        closed("Closed Won", f"d.owner_id = {uid(PRIYA)} AND d.close_date BETWEEN {{D_Y0}} AND {{D_Y1}}",
               "CAST(sum(d.amount) AS BIGINT)").replace(" ORDER BY d.close_date", "")],
       [closed("Closed Lost", f"d.owner_id = {uid(PRIYA)} AND d.close_date BETWEEN {{D_Y0}} AND {{D_Y1}}")]),
    it(ALEX, "what did i lose this quarter",
       [closed("Closed Lost", f"d.owner_id = {uid(ALEX)} AND d.close_date BETWEEN {{D_Q0}} AND {{D_Q1}}"),
        closed("Closed Lost", f"d.owner_id = {uid(ALEX)} AND d.close_date BETWEEN {{D_Q0}} AND {{D_Q1}}",
               "CAST(sum(d.amount) AS BIGINT)").replace(" ORDER BY d.close_date", "")],
       [closed("Closed Lost", f"d.owner_id = {uid(ALEX)} AND d.close_date < {{D_Q0}}")],
       note="exclude = Alex's Q3 loss"),
    it(JORDAN, "what did we lose in october + total $",
       [closed("Closed Lost", "d.close_date BETWEEN {D_LM0} AND {D_LM1}"),
        closed("Closed Lost", "d.close_date BETWEEN {D_LM0} AND {D_LM1}",
               "CAST(sum(d.amount) AS BIGINT)").replace(" ORDER BY d.close_date", "")],
       [closed("Closed Won", "d.close_date BETWEEN {D_LM0} AND {D_LM1}",
               "CAST(sum(d.amount) AS BIGINT)").replace(" ORDER BY d.close_date", "")],
       note="exclude = won in October"),
    it(SAM, "did i win anything in q3",
       [closed("Closed Won", f"d.owner_id = {uid(SAM)} AND d.close_date BETWEEN {{D_LQ0}} AND {{D_LQ1}}",
               "d.name, CAST(d.amount AS BIGINT)")],
       [closed("Closed Won", f"d.owner_id = {uid(SAM)} AND d.close_date < {{D_LQ0}}")],
       note="exclude = Sam's Q2 win (June 26)"),
    it(RILEY, "team total won this year",
       [closed("Closed Won", "d.close_date BETWEEN {D_Y0} AND {D_Y1}",
               "CAST(sum(d.amount) AS BIGINT)").replace(" ORDER BY d.close_date", "")],
       [closed("Closed Lost", "d.close_date BETWEEN {D_Y0} AND {D_Y1}",
               "CAST(sum(d.amount) AS BIGINT)").replace(" ORDER BY d.close_date", "")],
       note="exclude = lost this year"))


def ranked(extra: str, order: str, k: int, cols: str = "d.name, CAST(d.amount AS BIGINT)") -> tuple[str, dict]:
    base = f"FROM deals d WHERE {D_LIVE} AND {extra} ORDER BY d.amount {order}"
    return f"SELECT {cols} {base} LIMIT {k}", {"sql": f"SELECT d.amount {base}", "k": k}


_b1, _r1 = ranked(OPEN, "DESC", 1)
_b2, _r2 = ranked(OPEN, "ASC", 1)
_b3, _r3 = ranked(f"{OPEN} AND d.owner_id = {uid(PRIYA)}", "DESC", 1)
_b4, _r4 = ranked(OPEN, "DESC", 3)
_b5, _r5 = ranked("d.stage = 'Closed Lost' AND d.close_date BETWEEN {D_Y0} AND {D_Y1}", "DESC", 1)
_b6, _r6 = ranked(f"d.stage = 'Closed Won' AND d.owner_id = {uid(SAM)}", "DESC", 1)
fam("biggest_smallest",
    it(PRIYA, "biggest open deal we have", [_b1], rank=_r1),
    it(SAM, "smallest open opp in the pipe", [_b2],
       [ranked("TRUE", "ASC", 1, "d.name")[0]], rank=_r2,
       note="exclude = the smallest deal overall, which is Closed Lost"),
    it(RILEY, "what's priya's largest open deal", [_b3],
       [ranked(OPEN, "DESC", 1, "d.name")[0]], rank=_r3,
       note="exclude = the team's largest (Alex's)"),
    it(ALEX, "top 3 open deals by size", [_b4], rank=_r4),
    it(JORDAN, "biggest deal we lost this yr", [_b5], rank=_r5),
    it(SAM, "my biggest win ever", [_b6],
       [ranked("d.stage = 'Closed Won'", "DESC", 1, "d.name")[0]], rank=_r6,
       note="exclude = the team's biggest win (Priya's)"))


def deals_where(extra: str, cols: str = "d.name", order: str = "d.close_date, d.name") -> str:
    return f"SELECT {cols} FROM deals d WHERE {D_LIVE} AND {extra} ORDER BY {order}"


fam("closing_window",
    it(ALEX, "what's closing the rest of this month across the team",
       [deals_where(f"{OPEN} AND d.close_date BETWEEN {{D_TODAY}} AND {{D_M1}}")],
       [deals_where(f"{OPEN} AND d.close_date = {{D_NM0}}") + " LIMIT 1"],
       note="from today to 11-30; exclude = a deal closing 12-01"),
    it(SAM, "my deals closing next month",
       [deals_where(f"{OPEN} AND d.owner_id = {uid(SAM)} AND d.close_date BETWEEN {{D_NM0}} AND {{D_NM1}}")],
       [deals_where(f"{OPEN} AND d.owner_id = {uid(SAM)} AND d.close_date BETWEEN {{D_TODAY}} AND {{D_M1}}")]),
    it(RILEY, "alex's deals expected to close in december + the total",
       [deals_where(f"{OPEN} AND d.owner_id = {uid(ALEX)} AND d.close_date BETWEEN {{D_NM0}} AND {{D_NM1}}"),
        open_pipe(f"d.owner_id = {uid(ALEX)} AND d.close_date BETWEEN {{D_NM0}} AND {{D_NM1}}")],
       [deals_where(f"{OPEN} AND d.owner_id = {uid(ALEX)} AND d.close_date BETWEEN {{D_TODAY}} AND {{D_M1}}") + " LIMIT 1"]),
    it(PRIYA, "how much of my pipe is slated to close in dec",
       [open_pipe(f"d.owner_id = {uid(PRIYA)} AND d.close_date BETWEEN {{D_NM0}} AND {{D_NM1}}")],
       [open_pipe("d.close_date BETWEEN {D_NM0} AND {D_NM1}")],
       note="exclude = team December total"))

fam("past_due_deals",
    it(JORDAN, "anything slipping? open deals already past their close date",
       [deals_where(f"{OPEN} AND d.close_date < {{D_TODAY}}")],
       [deals_where("d.stage = 'Closed Lost' AND d.close_date < {D_TODAY}", order="d.close_date DESC") + " LIMIT 1"],
       note="one per rep; exclude = a closed deal with a past close date"),
    it(PRIYA, "do i have anything past its close date still open",
       [deals_where(f"{OPEN} AND d.owner_id = {uid(PRIYA)} AND d.close_date < {{D_TODAY}}")],
       [deals_where(f"{OPEN} AND d.owner_id = {uid(ALEX)} AND d.close_date < {{D_TODAY}}")]))

fam("quiet_deals",
    it(RILEY, "which open deals haven't had any activity in 4 wks",
       [quiet("TRUE", "AGO28")],
       [f"SELECT d.name FROM deals d WHERE {D_LIVE} AND d.stage LIKE 'Closed%' AND NOT EXISTS ("
        f"SELECT 1 FROM activities a WHERE a.deal_id = d.id AND {A_LIVE} AND a.occurred_at >= {{AGO28}}) ORDER BY d.name"],
       note="exclude = a closed deal that is equally quiet"),
    it(SAM, "which of my deals have gone quiet for 2+ weeks",
       [quiet(f"d.owner_id = {uid(SAM)}", "AGO14")],
       [f"SELECT d.name FROM deals d WHERE {D_LIVE} AND d.stage LIKE 'Closed%' AND d.owner_id = {uid(SAM)} AND NOT EXISTS ("
        f"SELECT 1 FROM activities a WHERE a.deal_id = d.id AND {A_LIVE} AND a.occurred_at >= {{AGO14}}) ORDER BY d.name"]),
    it(PRIYA, "any of my open opps with no touch in the last 14 days",
       [quiet(f"d.owner_id = {uid(PRIYA)}", "AGO14")],
       [quiet(f"d.owner_id = {uid(ALEX)} AND d.name LIKE 'Tyrell%'", "AGO14") + " LIMIT 1"]),
    it(ALEX, "anything of mine thats had no activity for a month+",
       [quiet(f"d.owner_id = {uid(ALEX)}", "AGO30")],
       [quiet(f"d.owner_id = {uid(SAM)}", "AGO30")],
       note="a month = 30 days (28 or 31 give the same deal)"))

fam("filtered_count",
    it(RILEY, "how many qualified deals over 100k",
       [f"SELECT count(*) FROM deals d WHERE {D_LIVE} AND d.stage = 'Qualified' AND d.amount > 100000"],
       absent=[f"SELECT 1 FROM deals d WHERE {D_LIVE} AND d.stage = 'Qualified' AND d.amount = 100000"],
       note="no deal sits at exactly 100,000"),
    it(PRIYA, "my lead-stage platform deals?",
       [deals_where(f"d.owner_id = {uid(PRIYA)} AND d.stage = 'Lead' AND d.product = 'Platform'")],
       [deals_where(f"d.owner_id <> {uid(PRIYA)} AND d.stage = 'Lead' AND d.product = 'Platform'")]),
    it(ALEX, "which proposals do i have closing before year end",
       [deals_where(f"d.owner_id = {uid(ALEX)} AND d.stage = 'Proposal' AND d.close_date <= {{D_Y1}}")],
       [deals_where(f"d.owner_id = {uid(ALEX)} AND d.stage = 'Proposal' AND d.close_date > {{D_Y1}} AND d.name LIKE 'Tyrell%'")]),
    it(JORDAN, "how many security add-on deals are open for alex and what's the total",
       [f"SELECT count(*), CAST(sum(d.amount) AS BIGINT) FROM deals d WHERE {D_LIVE} AND {OPEN} "
        f"AND d.owner_id = {uid(ALEX)} AND d.product = 'Security Add-on'"],
       [open_pipe("d.product = 'Security Add-on'")]),
    it(SAM, "which of my qualified deals are consulting services",
       [deals_where(f"d.owner_id = {uid(SAM)} AND d.stage = 'Qualified' AND d.product = 'Consulting Services'")],
       [deals_where(f"d.owner_id <> {uid(SAM)} AND d.stage = 'Qualified' AND d.product = 'Consulting Services' "
                    f"AND d.company_id IN (SELECT id FROM companies WHERE owner_id = {uid(SAM)}) AND d.name LIKE 'Wonka%'")],
       note="exclude = Priya's qualified consulting deal on Sam's account"),
    it(RILEY, "open analytics suite deals in lead or qualified?",
       [deals_where("d.product = 'Analytics Suite' AND d.stage IN ('Lead', 'Qualified')")],
       [deals_where("d.product = 'Analytics Suite' AND d.stage = 'Negotiation'")]))


def rep_pipe(email: str) -> str:
    return f"(SELECT sum(d.amount) FROM deals d WHERE {D_LIVE} AND {OPEN} AND d.owner_id = {uid(email)})"


def rep_won(email: str) -> str:
    return (f"(SELECT sum(d.amount) FROM deals d WHERE {D_LIVE} AND d.stage = 'Closed Won' AND d.owner_id = {uid(email)} "
            f"AND d.close_date BETWEEN {{D_Y0}} AND {{D_Y1}})")


def rep_lw(email: str) -> str:
    return f"(SELECT count(*) FROM activities a WHERE {A_LIVE} AND a.author_id = {uid(email)} AND a.occurred_at >= {{LW0}} AND a.occurred_at < {{LW1}})"


def leader(a: str, b: str, ea: str, eb: str) -> str:
    return (f"SELECT CASE WHEN {a} > {b} THEN {uname(ea)} WHEN {b} > {a} THEN {uname(eb)} END, "
            f"CAST({a} AS BIGINT), CAST({b} AS BIGINT)")


fam("rep_comparison",
    it(RILEY, "alex vs priya - who has more open pipeline",
       [leader(rep_pipe(PRIYA), rep_pipe(ALEX), PRIYA, ALEX)]),
    it(JORDAN, "whos won more $ this year, sam or priya",
       [leader(rep_won(PRIYA), rep_won(SAM), PRIYA, SAM)],
       note="by amount; both have 2 wins (count would tie)"),
    it(ALEX, "do i have more open deals than sam",
       [f"SELECT (SELECT count(*) FROM deals d WHERE {D_LIVE} AND {OPEN} AND d.owner_id = {uid(ALEX)}), "
        f"(SELECT count(*) FROM deals d WHERE {D_LIVE} AND {OPEN} AND d.owner_id = {uid(SAM)})"]),
    it(PRIYA, "who was busier last week activity-wise, me or sam",
       [leader(rep_lw(SAM), rep_lw(PRIYA), SAM, PRIYA)]))

fam("lifecycle",
    it(ALEX, "how many of my contacts are still leads",
       [f"SELECT count(*) FROM contacts ct WHERE ct.deleted_at IS NULL AND ct.lifecycle_stage = 'lead' AND ct.owner_id = {uid(ALEX)}"],
       [f"SELECT count(*) FROM contacts ct WHERE ct.deleted_at IS NULL AND ct.lifecycle_stage = 'lead'"],
       note="contacts' lifecycle stage, not Lead-stage deals"),
    it(RILEY, "which wayne enterprises contacts are customers",
       [contacts_at("Wayne Enterprises", extra="ct.lifecycle_stage = 'customer'")]),
    it(SAM, "what lifecycle stage is art vandelay at",
       [contact("Art", "Vandelay", "ct.lifecycle_stage")]),
    it(JORDAN, "how many contacts are customers overall",
       [f"SELECT count(*) FROM contacts ct WHERE ct.deleted_at IS NULL AND ct.lifecycle_stage = 'customer'"]))

fam("account_coverage",
    it(SAM, "which of my acounts have no open deals",
       [f"SELECT c.name FROM companies c WHERE c.deleted_at IS NULL AND c.owner_id = {uid(SAM)} AND NOT EXISTS ("
        f"SELECT 1 FROM deals d WHERE d.company_id = c.id AND {D_LIVE} AND {OPEN}) ORDER BY c.id"],
       ["SELECT 'Globex'"],
       note="exclude = Globex: open deal owned by Priya on Sam's account"),
    it(RILEY, "who owns the most accounts",
       [f"SELECT u.name, count(*) FROM companies c JOIN users u ON u.id = c.owner_id WHERE c.deleted_at IS NULL "
        f"GROUP BY u.name ORDER BY count(*) DESC LIMIT 1"],
       rank={"sql": "SELECT count(*) FROM companies c WHERE c.deleted_at IS NULL GROUP BY c.owner_id ORDER BY 1 DESC",
             "k": 1}))


def ind_pipe(industry: str) -> str:
    return open_pipe(f"d.company_id IN (SELECT id FROM companies WHERE industry = '{industry}')")


fam("industry_pipeline",
    it(PRIYA, "open pipeline in software companies", [ind_pipe("Software")],
       note="Initech, Pied Piper, Proseware (Litware has no deals)"),
    it(JORDAN, "how much open pipe do we have w/ retail accounts", [ind_pipe("Retail")]))

fam("named_rep",
    it(RILEY, "how many open deals does sam have and total value",
       [f"SELECT count(*), CAST(sum(d.amount) AS BIGINT) FROM deals d WHERE {D_LIVE} AND {OPEN} AND d.owner_id = {uid(SAM)}"],
       [open_pipe(f"d.company_id IN (SELECT id FROM companies WHERE owner_id = {uid(SAM)})")],
       note="exclude = open pipeline on Sam's accounts (account owner instead of deal owner)"),
    it(JORDAN, "which healthcare accounts does sam own",
       [f"SELECT c.name FROM companies c WHERE c.deleted_at IS NULL AND c.industry = 'Healthcare' AND c.owner_id = {uid(SAM)}"],
       [f"SELECT c.name FROM companies c WHERE c.deleted_at IS NULL AND c.industry = 'Healthcare' AND c.owner_id <> {uid(SAM)}"]),
    it(RILEY, "what did alex log yesterday",
       [f"SELECT a.subject, (SELECT name FROM deals WHERE id = a.deal_id) FROM activities a WHERE {A_LIVE} "
        f"AND a.author_id = {uid(ALEX)} AND a.occurred_at >= {{YDAY0}} AND a.occurred_at < {{TODAY0}} ORDER BY a.occurred_at"],
       [f"SELECT a.subject FROM activities a WHERE {A_LIVE} AND a.author_id = {uid(ALEX)} AND a.occurred_at >= {{TODAY0}}"],
       note="exclude = what Alex logged today"),
    it(JORDAN, "how many accounts does priya own",
       [f"SELECT count(*) FROM companies c WHERE c.deleted_at IS NULL AND c.owner_id = {uid(PRIYA)}"]))

fam("deal_last_activity",
    it(ALEX, "last thing logged on the stark deal",
       [f"SELECT a.subject, a.occurred_at FROM activities a JOIN deals d ON d.id = a.deal_id WHERE {A_LIVE} "
        f"AND d.name = 'Stark Industries Software License' ORDER BY a.occurred_at DESC LIMIT 1"],
       rank=last_rank("a.deal_id = (SELECT id FROM deals WHERE name = 'Stark Industries Software License')")),
    it(SAM, "when did priya last do anything on the wonka deal",
       [f"SELECT a.occurred_at, a.subject FROM activities a JOIN deals d ON d.id = a.deal_id WHERE {A_LIVE} "
        f"AND d.name = 'Wonka Labs Consulting Services' AND a.author_id = {uid(PRIYA)} ORDER BY a.occurred_at DESC LIMIT 1"],
       rank=last_rank(f"a.author_id = {uid(PRIYA)} AND a.deal_id = (SELECT id FROM deals WHERE name = 'Wonka Labs Consulting Services')")))

fam("multi_deal_company",
    it(RILEY, "how many deals do we have w/ alpine ski house and who owns them",
       [f"SELECT count(*) FROM deals d WHERE {D_LIVE} AND d.company_id = {co('Alpine Ski House')}",
        f"SELECT DISTINCT u.name FROM deals d JOIN users u ON u.id = d.owner_id WHERE {D_LIVE} "
        f"AND d.company_id = {co('Alpine Ski House')} ORDER BY u.name DESC"],
       note="3 Priya, 1 Alex (Alex also owns the account)"),
    it(PRIYA, "which margie's travel deals are still open?",
       [deals_where(f"{OPEN} AND d.company_id = {MARGIES}")],
       note="the won and lost Margie's deals are not excluded: an answer may mention them as closed"))

fam("task_due_lookup",
    it(SAM, "when's the umbrella pricing task due",
       [tasks_where("t.title = 'Send pricing (Umbrella Health Support Plan)'", "t.due_date")],
       note="two open tasks with the same title; one overdue"),
    it(ALEX, "when is the dunder mifflin contract task due",
       [tasks_where("t.title = 'Send contract (Dunder Mifflin Platform)'", "t.due_date")],
       [tasks_where("t.title = 'Book a demo (Dunder Mifflin Platform)'", "t.due_date") + " LIMIT 1"]))

fam("deal_products",
    it(JORDAN, "which products are in play at cyberdyne (open deals)",
       [f"SELECT d.product FROM deals d WHERE {D_LIVE} AND {OPEN} AND d.company_id = {co('Cyberdyne')} ORDER BY d.id"],
       note="the won Software License deal is not excluded: an answer may mention it as closed"),
    it(SAM, "what product is the wayne enterprises deal for",
       [f"SELECT d.product FROM deals d WHERE {D_LIVE} AND d.company_id = {co('Wayne Enterprises')}"]))


def name_absent(pattern: str) -> list[str]:
    return [f"SELECT name FROM companies WHERE name ILIKE '{pattern}'",
            f"SELECT name FROM deals WHERE name ILIKE '{pattern}'",
            f"SELECT email FROM contacts WHERE email ILIKE '{pattern}' OR first_name || ' ' || last_name ILIKE '{pattern}'"]


fam("decline_unknown_record",
    it(ALEX, "whats our pipeline w/ initrode", absent=name_absent("%initrode%")),
    it(SAM, "status of the globex support plan deal?",
       absent=[f"SELECT d.name FROM deals d WHERE d.company_id = {co('Globex')} AND (d.name ILIKE '%support%' OR d.product = 'Support Plan')"],
       note="Globex exists; its only deal is Globex Platform Expansion"),
    it(RILEY, "whats chris nolan's email",
       absent=["SELECT id FROM contacts WHERE first_name = 'Chris' AND last_name = 'Nolan'"],
       note="mix of Chris Walker/Park and Bruce Nolan"),
    it(PRIYA, "phone # for dana smith over at globex?",
       absent=[f"SELECT id FROM contacts WHERE first_name = 'Dana' AND last_name = 'Smith' AND company_id = {co('Globex')}"],
       note="Dana Smith is at Acme Corp; Globex has Dana Lee"),
    it(ALEX, "when did we last talk to vandelay",
       absent=[f"SELECT a.id FROM activities a WHERE a.company_id = {co('Vandelay Industries')}",
               f"SELECT d.id FROM deals d WHERE d.company_id = {co('Vandelay Industries')}"],
       note="account exists but has no activity and no deal ever logged"),
    it(JORDAN, "hooli platform deal - what's the amount",
       absent=[f"SELECT d.name FROM deals d WHERE d.company_id = {co('Hooli')} AND (d.name ILIKE '%platform%' OR d.product = 'Platform')"]),
    it(PRIYA, "who's our contact at fourth coffee",
       absent=[f"SELECT id FROM contacts WHERE company_id = {co('Fourth Coffee')}",
               f"SELECT contact_id FROM deals WHERE company_id = {co('Fourth Coffee')} AND contact_id IS NOT NULL"],
       note="account and a won deal exist, but no contact"),
    it(RILEY, "what stage is the spacely sprockets opp in", absent=name_absent("%spacely%")))

fam("decline_missing_field",
    it(RILEY, "nps score for hooli?", absent=[col_absent("%nps%", "%promoter%", "%satisf%")]),
    it(PRIYA, "what's the renewal clause in the acme corp renewal contract",
       absent=[col_absent("%clause%", "%contract%", "%term%"),
               "SELECT id FROM activities WHERE body ILIKE '%clause%' OR subject ILIKE '%clause%'"]),
    it(JORDAN, "what's sam's quota for q4", absent=[col_absent("%quota%", "%target_amount%", "%goal%")]),
    it(SAM, "linkedin for keith fischer?", absent=[col_absent("%linkedin%", "%social%", "%profile%")]),
    it(ALEX, "what discount did we give on the margie's security add-on deal",
       absent=[col_absent("%discount%", "%price%")]),
    it(JORDAN, "lead source for the cyberdyne deals?",
       absent=[col_absent("%source%", "%channel%", "%campaign%", tables=("deals", "companies", "contacts"))]))

fam("decline_future",
    it(ALEX, "how much did we close won in jan 2027",
       absent=["SELECT id FROM deals WHERE stage = 'Closed Won' AND close_date BETWEEN {D_NY0} AND {D_NY1}"],
       note="January 2027 has not happened; open deals expected to close then are not wins"),
    it(RILEY, "how many deals did we win in december",
       absent=["SELECT id FROM deals WHERE stage = 'Closed Won' AND close_date BETWEEN {D_NM0} AND {D_NM1}"],
       note="December 2026 is still ahead"))


# ---------------------------------------------------------------- assembly
def split() -> tuple[list[dict], list[dict]]:
    """Alternate each family's items between dev and test, then interleave families in each half."""
    dev_by, test_by = [], []
    for name, items in FAMILIES:
        d = [dict(x, fam=name) for x in items[0::2]]
        t = [dict(x, fam=name) for x in items[1::2]]
        dev_by.append(d)
        test_by.append(t)

    def rr(groups: list[list[dict]]) -> list[dict]:
        out, i = [], 0
        while any(i < len(g) for g in groups):
            for g in groups:
                if i < len(g):
                    out.append(g[i])
            i += 1
        return out
    return rr(dev_by), rr(test_by)


def records(con) -> tuple[list[dict], list[dict]]:
    dev, test = split()
    halves = []
    n = 0
    for half in (dev, test):
        recs = []
        for item in half:
            n += 1
            decline = not item["sql"]
            contains = [] if decline else labels_of(con, item["sql"])
            excludes = [] if decline else labels_of(con, item["ex"])
            recs.append({"id": f"{PREFIX}-{n:03d}", "question": item["q"], "user": item["user"],
                         "family": item["fam"], "answer_contains": contains, "answer_excludes": excludes,
                         "decline": decline, "note": item["note"]})
        halves.append(recs)
    return halves[0], halves[1]


def all_items() -> list[dict]:
    """Items in id order (dev then test), each with its id: what the validator re-runs."""
    dev, test = split()
    out = []
    for n, item in enumerate(dev + test, start=1):
        out.append(dict(item, id=f"{PREFIX}-{n:03d}"))
    return out


def main() -> int:
    _, con = make_world()
    dev, test = records(con)
    for name, recs in (("dev", dev), ("test", test)):
        path = OUT_DIR / f"questions13_{name}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {path} ({len(recs)} records)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
