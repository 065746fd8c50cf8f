"""Sanity checks for the second, independent corpus (second_dev.jsonl + second_test.jsonl) against
fixture B (tests/corpus/fixture_b.py, today = 2027-09-15, pipeline Inquiry .. Lost).

Run: .venv/bin/python tests/corpus/validate_second.py
Checks the labels, not the engine: every line parses, users exist, referenced ids are live, ops and
tables agree, create ids are max(id)+1 (consecutive per table inside one item), links are consistent
(contact's company, deal's company and contact), enum values are canonical (stages from fixture B's
PIPELINE), updates really change something, every bulk item's target set equals an independent SQL
query, list/number questions match an independent SQL query, the dev/test split is stratified, and
every command in tests/voice/commands_b.json appears in the corpus. Exits non-zero on any error.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.store import Store  # noqa: E402
from tests.corpus.fixture_b import PIPELINE, PRODUCTS, TODAY, USERS, generate  # noqa: E402

HERE = Path(__file__).resolve().parent
FILES = (HERE / "second_dev.jsonl", HERE / "second_test.jsonl")
VOICE = ROOT / "tests" / "voice" / "commands_b.json"

OPS = {"create_company": "companies", "update_company": "companies", "delete_company": "companies",
       "create_contact": "contacts", "update_contact": "contacts", "delete_contact": "contacts",
       "create_deal": "deals", "update_deal": "deals", "delete_deal": "deals",
       "log_activity": "activities", "create_task": "tasks", "complete_task": "tasks"}
CREATES = ("create_company", "create_contact", "create_deal", "log_activity", "create_task")
FIELDS = {
    "companies": {"name", "domain", "industry", "owner_id"},
    "contacts": {"first_name", "last_name", "email", "phone", "company_id", "owner_id", "lifecycle_stage"},
    "deals": {"name", "company_id", "contact_id", "stage", "amount", "currency", "close_date", "product", "owner_id"},
    "activities": {"type", "occurred_at", "contact_id", "company_id", "deal_id", "author_id"},
    "tasks": {"due_date", "status", "owner_id", "contact_id", "company_id", "deal_id"},
}
FREE_TEXT = {"subject", "body", "title"}
REFS = {"owner_id": "users", "author_id": "users", "company_id": "companies", "contact_id": "contacts",
        "deal_id": "deals"}
REQUIRED_CREATE = {  # defaults the conventions say a create always sets
    "create_company": {"name", "owner_id"},
    "create_contact": {"first_name", "last_name", "owner_id", "lifecycle_stage"},
    "create_deal": {"company_id", "stage", "currency", "owner_id"},
    "log_activity": {"type", "occurred_at", "author_id"},
    "create_task": {"status", "owner_id"},
}
STATUSES = ("ready", "needs_clarification", "rejected", "no_change")
CATEGORIES = ("update_deal", "update_contact", "update_company", "ownership", "create_company", "create_contact",
              "create_deal", "log_activity", "create_task", "complete_task", "delete", "bulk", "multi_intent",
              "reference", "clarification", "refusal", "question", "typo", "negation", "correction", "unsupported")

WON, LOST = PIPELINE[-2], PIPELINE[-1]
OPEN = f"stage NOT IN ('{WON}', '{LOST}') AND deleted_at IS NULL"
LIVE = "deleted_at IS NULL"


def quiet(weeks: int) -> str:
    """Open deals whose latest (live) activity is older than TODAY - N weeks, or that have none."""
    cutoff = TODAY - dt.timedelta(weeks=weeks)
    return (f"id IN (SELECT d.id FROM deals d LEFT JOIN activities a ON a.deal_id = d.id AND a.deleted_at IS NULL "
            f"GROUP BY d.id HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < TIMESTAMP '{cutoff} 00:00:00')")


def deals(where: str) -> str:
    return f"SELECT id FROM deals WHERE {where} ORDER BY id"


# item id -> (kind, SQL giving the expected target ids, ascending). kind is the table for updates/deletes/
# completions, or "deal_id" for bulk creates (the SQL gives the deal each new row is linked to).
BULK = {
    "blk-001": ("deals", deals(f"{OPEN} AND owner_id = 2 AND stage = 'Walkthrough'")),
    "blk-002": ("deals", deals(f"{OPEN} AND owner_id = 1 AND stage = 'Walkthrough'")),
    "blk-003": ("deals", deals(f"{OPEN} AND owner_id = 1 AND product = 'Boiler Retrofit'")),
    "blk-004": ("deals", deals(f"{OPEN} AND stage = 'Bid Submitted' AND close_date BETWEEN DATE '2027-09-01' AND DATE '2027-09-30'")),
    "blk-005": ("deals", deals(f"{OPEN} AND owner_id = 4 AND stage IN ('Bid Submitted', 'Contract Review')")),
    "blk-006": ("deals", deals(f"{LIVE} AND stage = '{WON}' AND owner_id = 4")),
    "blk-007": ("deal_id", deals(f"{OPEN} AND company_id = 10")),
    "blk-008": ("deal_id", deals(f"{OPEN} AND owner_id = 3 AND stage = 'Contract Review'")),
    "blk-009": ("tasks", f"SELECT id FROM tasks WHERE {LIVE} AND status = 'open' AND owner_id = 1 AND company_id = 1 ORDER BY id"),
    "blk-010": ("deals", deals(f"{LIVE} AND stage = '{LOST}'")),
    "blk-011": ("contacts", f"SELECT id FROM contacts WHERE {LIVE} AND company_id = 12 ORDER BY id"),
    "blk-012": ("deals", deals(f"{OPEN} AND stage = 'Inquiry' AND close_date BETWEEN DATE '2027-12-01' AND DATE '2028-01-31'")),
    "blk-013": ("deals", deals(f"{OPEN} AND product = 'Air Quality Audit' AND stage IN ('Inquiry', 'Walkthrough')")),
    "blk-014": ("deals", deals(f"{OPEN} AND owner_id = 2 AND {quiet(4)}")),
    "blk-015": ("deals", deals(f"{OPEN} AND close_date < DATE '{TODAY}'")),
    "blk-016": ("deals", deals(f"{OPEN} AND product = 'Chiller Overhaul' AND stage = 'Contract Review'")),
    "blk-017": ("deals", deals(f"{OPEN} AND owner_id = 2 AND stage = 'Inquiry' AND {quiet(8)}")),
    "blk-018": ("deal_id", deals(f"{OPEN} AND company_id = 4")),
    "blk-019": ("contacts", f"SELECT id FROM contacts WHERE {LIVE} AND owner_id = 2 AND company_id = 10 ORDER BY id"),
    "blk-020": ("contacts", f"SELECT id FROM contacts WHERE {LIVE} AND company_id = 15 ORDER BY id"),
    "blk-021": ("companies", f"SELECT id FROM companies WHERE {LIVE} AND owner_id = 4 ORDER BY id"),
    "blk-022": ("contacts", f"SELECT id FROM contacts WHERE {LIVE} AND owner_id = 1 AND lifecycle_stage = 'lead' ORDER BY id"),
    "blk-023": ("tasks", f"SELECT id FROM tasks WHERE {LIVE} AND status = 'open' AND owner_id = 4 AND due_date < DATE '{TODAY}' ORDER BY id"),
    "blk-024": ("deals", deals(f"{OPEN} AND stage = 'Bid Submitted' AND amount > 100000")),
    "blk-025": ("deals", deals(f"{OPEN} AND owner_id = 1 AND stage = 'Inquiry' AND {quiet(6)}")),
    "blk-026": ("deals", deals(f"{LIVE} AND stage = '{WON}' AND company_id = 3")),
    "blk-027": ("deals", deals(f"{OPEN} AND company_id = 11")),
    "blk-028": ("deals", deals(f"{OPEN} AND product = 'Boiler Retrofit' AND stage = 'Inquiry'")),
    "blk-029": ("deals", deals(f"{LIVE} AND stage = '{LOST}' AND owner_id = 4")),
    "blk-030": ("contacts", f"SELECT id FROM contacts WHERE {LIVE} AND company_id = 24 ORDER BY id"),
    "blk-031": ("deal_id", deals(f"{OPEN} AND owner_id = 4 AND stage = 'Contract Review'")),
    "blk-032": ("deal_id", deals(f"{OPEN} AND owner_id = 1 AND stage = 'Bid Submitted'")),
    "blk-033": ("deals", deals(f"{OPEN} AND stage = 'Walkthrough' AND {quiet(3)}")),
    "blk-034": ("deals", deals(f"{OPEN} AND owner_id = 2 AND stage IN ('Contract Review', 'Bid Submitted')")),
    "blk-035": ("deals", deals(f"{OPEN} AND owner_id = 1 AND product = 'Rooftop Unit Replacement' AND close_date <= DATE '2027-12-31'")),
    "blk-036": ("deals", deals(f"{OPEN} AND product = 'Chiller Overhaul' AND stage IN ('Walkthrough', 'Bid Submitted')")),
    "blk-037": ("deals", deals(f"{OPEN} AND product = 'Air Quality Audit' AND stage = 'Bid Submitted'")),
    "blk-038": ("deals", deals(f"{OPEN} AND product = 'Controls Upgrade' AND stage = 'Inquiry'")),
}


def names(where: str, col: str = "name", table: str = "deals") -> str:
    return f"SELECT {col} AS v FROM {table} WHERE {where} ORDER BY id"


def money(sql: str) -> str:
    return f"SELECT printf('%,d', CAST(({sql}) AS BIGINT)) AS v"


def count(sql: str) -> str:
    return f"SELECT CAST(({sql}) AS VARCHAR) AS v"


def day(sql: str) -> str:
    return f"SELECT strftime(({sql}), '%Y-%m-%d') AS v"


# question item id -> SQL whose values must equal answer_contains (as a set)
QUESTIONS = {
    "qst-006": names(f"{OPEN} AND stage = 'Contract Review'"),
    "qst-007": names(f"{OPEN} AND owner_id = 2"),
    "qst-010": names(f"{LIVE} AND status = 'open' AND owner_id = 4", "title", "tasks"),
    "qst-011": names(f"{OPEN} AND owner_id = 2 AND close_date BETWEEN DATE '2027-09-01' AND DATE '2027-09-30'"),
    "qst-012": names(f"{OPEN} AND {quiet(6)}"),
    "qst-013": count(f"SELECT count(*) FROM deals WHERE {OPEN} AND owner_id = 4"),
    "qst-014": money(f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = 1 AND stage = 'Bid Submitted'"),
    "qst-015": day("SELECT max(occurred_at) FROM activities WHERE deleted_at IS NULL AND contact_id = 9"),
    "qst-018": names(f"{OPEN} AND company_id = 3"),
    "qst-019": names(f"{LIVE} AND stage = '{WON}' AND year(close_date) = 2027"),
    "qst-021": count(f"SELECT count(*) FROM contacts WHERE {LIVE} AND company_id = 10"),
    "qst-022": names(f"{OPEN} AND product = 'Boiler Retrofit'"),
    "qst-023": names(f"{LIVE} AND status = 'open' AND due_date < DATE '{TODAY}'", "title", "tasks"),
    "qst-025": f"SELECT name AS v FROM deals WHERE {OPEN} ORDER BY amount DESC LIMIT 1",
    "qst-028": names(f"{OPEN} AND stage = 'Walkthrough'"),
    "qst-029": names(f"{OPEN} AND close_date BETWEEN DATE '2027-09-01' AND DATE '2027-09-30'"),
    "qst-030": money(f"SELECT sum(amount) FROM deals WHERE {OPEN} AND owner_id = 4"),
    "qst-033": names(f"{OPEN} AND owner_id = 3 AND stage = 'Bid Submitted'"),
    "qst-038": names(f"{LIVE} AND company_id = 5", "first_name || ' ' || last_name", "contacts"),
    "qst-039": names(f"{LIVE} AND owner_id = 2", "name", "companies"),
    "qst-041": names(f"{OPEN} AND close_date BETWEEN DATE '2027-10-01' AND DATE '2027-10-31'"),
    "qst-042": money(f"SELECT sum(amount) FROM deals WHERE {OPEN} AND stage = 'Contract Review'"),
    "qst-043": day("SELECT max(occurred_at) FROM activities WHERE deleted_at IS NULL AND deal_id = 21"),
    "qst-044": count(f"SELECT count(*) FROM deals WHERE {OPEN} AND stage = 'Inquiry'"),
    "qst-051": names(f"{OPEN} AND amount > 150000"),
    "qst-052": count(f"SELECT count(*) FROM tasks WHERE {LIVE} AND status = 'open' AND owner_id = 4"),
}

MIN_CATEGORY = {"update_deal": 30, "log_activity": 25, "create_task": 20, "bulk": 30, "multi_intent": 25,
                "reference": 20, "clarification": 20, "refusal": 25, "question": 42, "typo": 18,
                "negation": 12, "correction": 10, "unsupported": 8, "ownership": 15, "complete_task": 12,
                "create_contact": 15, "create_deal": 15, "create_company": 8, "update_contact": 15,
                "update_company": 8, "delete": 12}
MIN_OPS = {"update_deal": 40, "log_activity": 40, "create_task": 25}
MIN_TAGS = ("negation", "wrapper", "typo", "bulk_filter", "ownership", "correction", "colon_name", "comma_list",
            "phone", "note_on", "done_task", "multi", "question", "refusal", "clarification", "history",
            "voice_terse", "chatty", "embedded", "either_stage", "no_activity", "date_range", "interested_in",
            "bulk_delete", "negative_amount")


def main() -> int:
    store = Store(":memory:")
    generate(store, TODAY)
    rows = {t: {r["id"]: r for r in store.query(f"SELECT * FROM {t}")} for t in
            ("users", "companies", "contacts", "deals", "activities", "tasks")}
    users = {r["email"]: r for r in rows["users"].values()}
    assert [(u[0], u[2], u[3]) for u in USERS] == [(r["id"], r["email"], r["role"]) for r in rows["users"].values()]
    next_id = {t: max(rows[t]) + 1 for t in OPS.values()}
    errors: list[str] = []
    notes: list[str] = []
    cats: dict[str, collections.Counter] = {f.name: collections.Counter() for f in FILES}
    ops: collections.Counter = collections.Counter()
    admin_deletes: collections.Counter = collections.Counter()
    tags: collections.Counter = collections.Counter()
    statuses: collections.Counter = collections.Counter()
    users_seen: collections.Counter = collections.Counter()
    seen_ids: set[str] = set()
    seen_requests: set[tuple] = set()
    texts: set[str] = set()

    for path in FILES:
        for n, line in enumerate(path.read_text().splitlines(), 1):
            item: dict = {}

            def err(msg: str) -> None:
                errors.append(f"{path.name}:{n} ({item.get('id', '?')}): {msg}")

            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                err(f"bad JSON: {exc}")
                continue
            missing = [k for k in ("id", "category", "user", "history", "text", "expect", "tags") if k not in item]
            if missing:
                err(f"missing {missing}")
                continue
            if item["id"] in seen_ids:
                err("duplicate id")
            seen_ids.add(item["id"])
            req = (item["user"], item["text"], tuple(item["history"]))
            if req in seen_requests:
                err("duplicate request (same user, text and history)")
            seen_requests.add(req)
            texts.add(item["text"])
            if item["user"] not in users:
                err(f"unknown user {item['user']}")
                continue
            if item["category"] not in CATEGORIES:
                err(f"unknown category {item['category']}")
            if not isinstance(item["history"], list) or not all(isinstance(h, str) for h in item["history"]):
                err("history must be a list of strings")
            if item["category"] == "reference" and not item["history"]:
                err("reference items need a history")
            if not isinstance(item["tags"], list) or not item["tags"]:
                if item["category"] not in ("update_deal", "create_company"):
                    notes.append(f"{item['id']}: no tags")
            cats[path.name][item["category"]] += 1
            users_seen[item["user"].split("@")[0]] += 1
            tags.update(item.get("tags", []))
            user = users[item["user"]]
            role = user["role"]
            exp = item["expect"]

            if item["category"] == "question" or exp.get("intent") == "question":
                if item["category"] != "question" or exp.get("intent") != "question" or not exp.get("answer_contains"):
                    err("question needs category=question, intent=question and answer_contains")
                    continue
                for s in exp["answer_contains"]:
                    if re.fullmatch(r"\d{4,}", s):
                        err(f"amount {s!r} without thousands separators")
                if item["id"] in QUESTIONS:
                    want = sorted(str(r["v"]) for r in store.query(QUESTIONS[item["id"]]))
                    if sorted(exp["answer_contains"]) != want:
                        err(f"answer_contains {sorted(exp['answer_contains'])} != SQL {want}")
                statuses["question"] += 1
                continue

            status = exp.get("status")
            statuses[status] += 1
            if status not in STATUSES:
                err(f"bad status {status}")
                continue
            if status != "ready":
                if exp.get("steps"):
                    err("non-ready item must have no steps")
                if status == "needs_clarification":
                    opts = exp.get("options") or []
                    if opts != sorted(opts) or len(opts) < 2:
                        err("options must be >= 2 and sorted")
                    for o in opts:
                        t, _, i = o.partition(":")
                        if t not in rows or not i.isdigit() or int(i) not in rows[t] \
                                or rows[t][int(i)]["deleted_at"] is not None:
                            err(f"option {o} is not a live record")
                        elif t == "deals" and rows[t][int(i)]["stage"] in (WON, LOST):
                            err(f"option {o} is a closed deal")
                        elif t == "tasks" and rows[t][int(i)]["status"] != "open":
                            err(f"option {o} is a done task")
                if status == "rejected":
                    w = exp.get("error_contains")
                    if w is None:
                        err("rejected needs error_contains (\"\" for unsupported requests)")
                    elif w != w.lower():
                        err("error_contains must be lowercase")
                    if role == "reviewer" and w != "reviewer":
                        err("reviewer refusal without 'reviewer'")
                    if item["category"] == "unsupported" and w != "":
                        err("unsupported requests use error_contains \"\"")
                if item["category"] == "unsupported" and status not in ("rejected", "needs_clarification"):
                    err("unsupported requests are rejected or clarified")
                continue

            steps = exp.get("steps") or []
            if not steps:
                err("ready item without steps")
            nxt = dict(next_id)
            created: dict[str, set[int]] = collections.defaultdict(set)
            for k, s in enumerate(steps):
                op, table, rid, ch = s.get("op"), s.get("table"), s.get("id"), s.get("changes")
                if op not in OPS:
                    err(f"unknown op {op}")
                    continue
                if OPS[op] != table:
                    err(f"{op} must target {OPS[op]}, not {table}")
                if not isinstance(rid, int) or not isinstance(ch, dict):
                    err("id must be int and changes a dict")
                    continue
                ops[op] += 1
                if op.startswith("delete_") and role == "admin":
                    admin_deletes[op] += 1
                if role == "reviewer" or (op.startswith("delete_") and role != "admin"):
                    err(f"{role} cannot {op}; should be rejected")
                if op in CREATES:
                    if rid != nxt[table]:
                        err(f"{op} id {rid}, expected {nxt[table]}")
                    nxt[table] = rid + 1
                    created[table].add(rid)
                    lacking = REQUIRED_CREATE[op] - set(ch)
                    if lacking:
                        err(f"{op} lacks default fields {sorted(lacking)}")
                    rec = None
                else:
                    rec = rows[table].get(rid)
                    if rec is None or rec["deleted_at"] is not None:
                        err(f"{table}:{rid} does not exist")
                        continue
                if op.startswith("delete_") and ch:
                    err("delete steps carry no changes")
                if op == "complete_task":
                    if ch != {"status": "done"}:
                        err("complete_task changes must be {status: done}")
                    elif rec["status"] != "open":
                        err(f"task {rid} is already done")
                if op.startswith("update_"):
                    if not ch and "job_title" not in item["tags"]:
                        err("update without structured changes")
                    for f, v in ch.items():
                        cur = rec.get(f)
                        cur = cur.isoformat() if isinstance(cur, dt.date) else cur
                        if cur == v or (isinstance(cur, float) and isinstance(v, (int, float)) and cur == v):
                            err(f"no-op update: {table}:{rid}.{f} is already {v!r}")
                for f, v in ch.items():
                    if f in FREE_TEXT:
                        err(f"free-text field {f} must not be listed")
                    elif f not in FIELDS[table]:
                        err(f"{table} has no structured field {f}")
                    if f in REFS and v is not None:
                        t = REFS[f]
                        if not isinstance(v, int):
                            err(f"{f} must be an int id")
                        elif v not in rows[t] and v not in created.get(t, set()):
                            err(f"{f}={v} not found in {t}")
                        elif t != "users" and v in rows[t] and rows[t][v]["deleted_at"] is not None:
                            err(f"{f}={v} is deleted")
                        elif t == "users" and f in ("owner_id", "author_id") and v in rows["users"] \
                                and rows["users"][v]["role"] == "reviewer":
                            err(f"{f}={v} is the reviewer")
                    if f == "stage" and v not in PIPELINE:
                        err(f"stage {v!r} not in fixture B's pipeline")
                    if f == "lifecycle_stage" and v not in ("lead", "prospect", "opportunity", "customer", "churned"):
                        err(f"lifecycle {v!r}")
                    if f == "type" and v not in ("call", "meeting", "email", "note", "message"):
                        err(f"activity type {v!r}")
                    if f == "status" and v not in ("open", "done"):
                        err(f"task status {v!r}")
                    if f == "product" and v not in PRODUCTS:
                        err(f"product {v!r} not in fixture B's products")
                    if f == "email" and (not isinstance(v, str) or v != v.lower()
                                         or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v)):
                        err(f"email {v!r} must be a lowercase address")
                    if f in ("close_date", "due_date", "occurred_at"):
                        try:
                            d = dt.date.fromisoformat(v)
                            if len(v) != 10:
                                raise ValueError
                        except (TypeError, ValueError):
                            err(f"{f} must be YYYY-MM-DD, got {v!r}")
                            continue
                        if f == "occurred_at" and d > TODAY:
                            err("occurred_at in the future")
                        if f == "due_date" and d < TODAY:
                            err("due_date in the past")
                    if f == "amount" and (not isinstance(v, (int, float)) or v < 0):
                        err("amount must be a non-negative number")
                    if f == "currency" and not re.fullmatch(r"[A-Z]{3}", str(v)):
                        err("currency must be a 3-letter code")
                if op in ("create_company", "create_contact", "create_deal"):
                    if ch.get("owner_id") != user["id"] and "ownership" not in item["tags"]:
                        err(f"{op} owner must be the acting user unless the request assigns one (tag ownership)")
                if op == "create_deal" and ch.get("currency") != "USD":
                    err("new deals are USD")
                if op == "log_activity" and ch.get("author_id") != user["id"]:
                    err("author_id must be the acting user")
                # links
                if table in ("activities", "tasks", "deals"):
                    co, ct, dl = ch.get("company_id"), ch.get("contact_id"), ch.get("deal_id")
                    if ct in rows["contacts"] and co != rows["contacts"][ct]["company_id"]:
                        err(f"contact {ct} is at company {rows['contacts'][ct]['company_id']}, not {co}")
                    if ct is not None and co is None:
                        err("contact linked without company")
                    if dl in rows["deals"]:
                        d = rows["deals"][dl]
                        if co != d["company_id"]:
                            err(f"deal {dl} belongs to company {d['company_id']}, not {co}")
                        if ct is None and d["contact_id"] is not None:
                            err(f"deal {dl} linked without its contact {d['contact_id']}")
                        elif ct != d["contact_id"]:
                            notes.append(f"{item['id']}: contact {ct} differs from deal {dl}'s contact {d['contact_id']}")
            if item["category"] == "bulk" or item["id"] in BULK:
                if item["id"] not in BULK:
                    err("bulk item without a SQL check")
                    continue
                kind, sql = BULK[item["id"]]
                want = [r["id"] for r in store.query(sql)]
                if kind == "deal_id":
                    got = [s["changes"].get("deal_id") for s in steps]
                else:
                    got = [s["id"] for s in steps]
                    if any(s["table"] != kind for s in steps):
                        err(f"bulk steps must target {kind}")
                if got != want:
                    err(f"bulk set {got} != SQL {want}")
            if item["category"] == "multi_intent" and len(steps) < 2 and "same_record" not in item["tags"]:
                err("multi_intent item with fewer than two steps")

    # split: stratified by category
    dev, test = (cats[f.name] for f in FILES)
    for c in set(dev) | set(test):
        if abs(dev[c] - test[c]) > 1:
            errors.append(f"split not stratified for {c}: dev {dev[c]} test {test[c]}")
    total = collections.Counter()
    for c in cats.values():
        total.update(c)
    for c, m in MIN_CATEGORY.items():
        if total[c] < m:
            errors.append(f"category {c}: {total[c]} < {m}")
    for o in OPS:
        m = MIN_OPS.get(o, 8)
        if ops[o] < m:
            errors.append(f"op {o}: {ops[o]} steps < {m}")
    for o in ("delete_company", "delete_contact", "delete_deal"):
        if admin_deletes[o] < 6:
            errors.append(f"admin {o}: {admin_deletes[o]} < 6")
    for t in MIN_TAGS:
        if tags[t] < 2:
            errors.append(f"tag {t}: {tags[t]} < 2")
    n_items = sum(total.values())
    if n_items < 420:
        errors.append(f"only {n_items} items")
    if total["question"] < 0.09 * n_items:
        errors.append(f"questions are {total['question']} of {n_items} (< 9 %)")

    # voice commands
    if VOICE.exists():
        cmds = json.loads(VOICE.read_text())
        if len(cmds) != 30:
            errors.append(f"{VOICE.name}: {len(cmds)} commands, expected 30")
        for c in cmds:
            if set(c) - {"text", "speak"} or "text" not in c:
                errors.append(f"{VOICE.name}: bad entry {c}")
            elif c["text"] not in texts:
                errors.append(f"{VOICE.name}: {c['text']!r} is not a corpus text")
            elif re.search(r"[0-9$%&@]", c["text"]) and "speak" not in c:
                errors.append(f"{VOICE.name}: {c['text']!r} has digits/symbols but no 'speak'")
    else:
        errors.append(f"{VOICE} missing")

    print(f"{n_items} items ({sum(dev.values())} dev, {sum(test.values())} test)")
    print("categories (dev/test):", {c: f"{dev[c]}/{test[c]}" for c in CATEGORIES})
    print("statuses:", dict(statuses))
    print("steps per op:", dict(sorted(ops.items())))
    print("admin deletes:", dict(admin_deletes))
    print("users:", dict(users_seen))
    print("tags:", dict(sorted(tags.items())))
    for w in notes:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
