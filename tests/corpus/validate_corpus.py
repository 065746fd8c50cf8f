"""Sanity checks for tests/corpus/utterances.jsonl against the demo database (today = 2026-11-18).

Run: .venv/bin/python tests/corpus/validate_corpus.py
Checks the labels, not the engine: every line parses, users/ids exist and are live, ops and tables
agree, create ids are max(id)+1 (consecutive per table inside one item), links are consistent
(contact's company / deal's company), enum values are canonical, and every bulk item's target set
equals an independent SQL query. Exits non-zero on any error.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.store import Store  # noqa: E402
from data.demo import PRODUCTS, STAGES, generate  # noqa: E402

TODAY = dt.date(2026, 11, 18)
OPS = {"create_company": "companies", "update_company": "companies", "delete_company": "companies",
       "create_contact": "contacts", "update_contact": "contacts", "delete_contact": "contacts",
       "create_deal": "deals", "update_deal": "deals", "delete_deal": "deals",
       "log_activity": "activities", "create_task": "tasks", "complete_task": "tasks"}
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
OPEN = "stage NOT IN ('Closed Won', 'Closed Lost') AND deleted_at IS NULL"
CUTOFF = TODAY - dt.timedelta(days=21)
# item id -> (table, SQL giving the expected target ids, ascending). Creates: SQL gives the linked deal ids.
BULK = {
    "blk-001": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND owner_id=1 AND product ILIKE '%software%'"),
    "blk-002": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND stage='Proposal' AND close_date < DATE '2026-12-05'"),
    "blk-003": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND stage='Qualified' AND owner_id=1"),
    "blk-004": ("deal_id", f"SELECT d.id FROM deals d LEFT JOIN activities a ON a.deal_id=d.id AND a.deleted_at IS NULL "
                          f"WHERE d.stage='Proposal' AND d.deleted_at IS NULL GROUP BY d.id "
                          f"HAVING max(a.occurred_at) IS NULL OR max(a.occurred_at) < TIMESTAMP '{CUTOFF}'"),
    "blk-005": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND stage='Negotiation' AND owner_id=3"),
    "blk-006": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND stage='Lead' AND owner_id=2"),
    "blk-007": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND company_id=19"),
    "blk-008": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND company_id=40"),
    "blk-009": ("deal_id", f"SELECT id FROM deals WHERE {OPEN} AND company_id=26"),
    "blk-010": ("deal_id", f"SELECT id FROM deals WHERE {OPEN} AND stage='Negotiation' AND owner_id=1"),
    "blk-011": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND company_id=36"),
    "blk-012": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND company_id=31"),
    "blk-013": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND stage='Proposal' AND owner_id=3"),
    "blk-014": ("tasks", "SELECT id FROM tasks WHERE status='open' AND deal_id=12 AND title ILIKE 'follow up%' AND deleted_at IS NULL"),
    "blk-015": ("tasks", "SELECT id FROM tasks WHERE status='open' AND owner_id=1 AND company_id=14 AND deleted_at IS NULL"),
    "blk-016": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND owner_id=2 AND close_date BETWEEN DATE '2026-11-01' AND DATE '2026-11-30'"),
    "blk-017": ("deal_id", f"SELECT id FROM deals WHERE {OPEN} AND stage='Qualified' AND owner_id=3"),
    "blk-018": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND close_date < DATE '{TODAY}'"),
    "blk-019": ("deals", "SELECT id FROM deals WHERE stage='Closed Lost' AND company_id=17 AND deleted_at IS NULL"),
    "blk-020": ("deals", f"SELECT id FROM deals WHERE {OPEN} AND stage='Proposal' AND owner_id=3"),
}
MIN_CATEGORY = {"update_deal": 10, "log_activity": 10, "create_task": 10, "bulk": 15, "multi_intent": 20,
                "reference": 15, "clarification": 15, "refusal": 15, "question": 12, "typo": 10}
MIN_OPS = {"update_deal": 10, "log_activity": 10, "create_task": 10}


def main() -> int:
    store = Store(":memory:")
    generate(store, TODAY)
    rows = {t: {r["id"]: r for r in store.query(f"SELECT * FROM {t}")} for t in
            ("users", "companies", "contacts", "deals", "activities", "tasks")}
    users = {r["email"]: r for r in rows["users"].values()}
    next_id = {t: max(rows[t]) + 1 for t in OPS.values()}
    errors: list[str] = []
    warnings: list[str] = []
    cats: collections.Counter = collections.Counter()
    ops: collections.Counter = collections.Counter()
    admin_deletes: collections.Counter = collections.Counter()
    tags: collections.Counter = collections.Counter()
    users_seen: collections.Counter = collections.Counter()
    seen_ids = set()

    path = Path(__file__).with_name("utterances.jsonl")
    for n, line in enumerate(path.read_text().splitlines(), 1):
        def err(msg: str) -> None:
            errors.append(f"line {n} ({item.get('id', '?')}): {msg}")
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON: {exc}")
            continue
        for key in ("id", "category", "user", "history", "text", "expect"):
            if key not in item:
                err(f"missing {key}")
        if item["id"] in seen_ids:
            err("duplicate id")
        seen_ids.add(item["id"])
        if item["user"] not in users:
            err(f"unknown user {item['user']}")
        if not isinstance(item["history"], list) or not all(isinstance(h, str) for h in item["history"]):
            err("history must be a list of strings")
        cats[item["category"]] += 1
        users_seen[item["user"]] += 1
        tags.update(item.get("tags", []))
        exp = item["expect"]
        if item["category"] == "question":
            if exp.get("intent") != "question" or not exp.get("answer_contains"):
                err("question needs intent=question and answer_contains")
            continue
        status = exp.get("status")
        if status not in ("ready", "needs_clarification", "rejected"):
            err(f"bad status {status}")
        if status != "ready":
            if exp.get("steps"):
                err("non-ready item must have no steps")
            if status == "needs_clarification":
                opts = exp.get("options") or []
                if opts != sorted(opts) or len(opts) < 2:
                    err("options must be >= 2 and sorted")
                for o in opts:
                    t, _, i = o.partition(":")
                    if t not in rows or int(i) not in rows[t] or rows[t][int(i)]["deleted_at"] is not None:
                        err(f"option {o} is not a live record")
            if status == "rejected":
                w = exp.get("error_contains")
                if w is not None and w != w.lower():
                    err("error_contains must be lowercase")
                role = users[item["user"]]["role"]
                if role == "reviewer" and w != "reviewer":
                    warnings.append(f"{item['id']}: reviewer refusal without 'reviewer'")
            continue

        steps = exp.get("steps") or []
        if not steps:
            err("ready item without steps")
        nxt = dict(next_id)
        created: dict[str, set[int]] = collections.defaultdict(set)
        for s in steps:
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
            if op.startswith("delete_") and users[item["user"]]["role"] == "admin":
                admin_deletes[op] += 1
            role = users[item["user"]]["role"]
            if role == "reviewer" or (op.startswith("delete_") and role != "admin"):
                err(f"{role} cannot {op}; should be rejected")
            if op in ("create_company", "create_contact", "create_deal", "log_activity", "create_task"):
                if rid != nxt[table]:
                    err(f"{op} id {rid}, expected {nxt[table]}")
                nxt[table] = rid + 1
                created[table].add(rid)
                missing = REQUIRED_CREATE[op] - set(ch)
                if missing:
                    err(f"{op} lacks default fields {sorted(missing)}")
            else:
                rec = rows[table].get(rid)
                if rec is None or rec["deleted_at"] is not None:
                    err(f"{table}:{rid} does not exist")
            if op.startswith("delete_") and ch:
                err("delete steps carry no changes")
            if op == "complete_task":
                if ch != {"status": "done"}:
                    err("complete_task changes must be {status: done}")
                elif rows["tasks"][rid]["status"] != "open":
                    err(f"task {rid} is already done")
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
                if f == "stage" and v not in STAGES:
                    err(f"stage {v!r} not in pipeline")
                if f == "lifecycle_stage" and v not in ("lead", "prospect", "opportunity", "customer", "churned"):
                    err(f"lifecycle {v!r}")
                if f == "type" and v not in ("call", "meeting", "email", "note", "message"):
                    err(f"activity type {v!r}")
                if f == "product" and v not in PRODUCTS:
                    err(f"product {v!r} not in products list")
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
                if f == "amount" and not isinstance(v, (int, float)):
                    err("amount must be a number")
                if f == "currency" and v != "USD":
                    err("currency must be USD")
            if op in ("create_company", "create_contact", "create_deal", "create_task") and op != "create_task":
                if ch.get("owner_id") != users[item["user"]]["id"]:
                    err(f"{op} owner must be the acting user")
            if op == "log_activity" and ch.get("author_id") != users[item["user"]]["id"]:
                err("author_id must be the acting user")
            # linking consistency for activities, tasks and deals
            if table in ("activities", "tasks", "deals"):
                co, ct, dl = ch.get("company_id"), ch.get("contact_id"), ch.get("deal_id")
                if ct in rows["contacts"] and co is not None and rows["contacts"][ct]["company_id"] != co:
                    err(f"contact {ct} is not at company {co}")
                if dl in rows["deals"]:
                    d = rows["deals"][dl]
                    if co != d["company_id"]:
                        err(f"deal {dl} belongs to company {d['company_id']}, not {co}")
                    if ct is None and table != "deals":
                        err(f"deal {dl} linked without its contact {d['contact_id']}")
                    elif ct != d["contact_id"]:
                        warnings.append(f"{item['id']}: contact {ct} differs from deal {dl}'s contact {d['contact_id']}")
                if ct is not None and co is None:
                    err("contact linked without company")
        # bulk target sets
        if item["id"] in BULK:
            kind, sql = BULK[item["id"]]
            want = sorted(r["id"] for r in store.query(sql))
            got = [s["changes"].get("deal_id") for s in steps] if kind == "deal_id" else [s["id"] for s in steps]
            if got != want:
                err(f"bulk set {got} != SQL {want}")
        elif item["category"] == "bulk":
            err("bulk item without a SQL check")

    # coverage
    for c, m in MIN_CATEGORY.items():
        if cats[c] < m:
            errors.append(f"category {c}: {cats[c]} < {m}")
    for o in OPS:
        m = MIN_OPS.get(o, 6)
        if ops[o] < m:
            errors.append(f"op {o}: {ops[o]} steps < {m}")
    for o in ("delete_company", "delete_contact", "delete_deal"):
        if admin_deletes[o] < 6:
            errors.append(f"admin {o}: {admin_deletes[o]} < 6")
    total = sum(cats.values())
    if total < 220:
        errors.append(f"only {total} items")

    print(f"{total} items")
    print("categories:", dict(sorted(cats.items())))
    print("steps per op:", dict(sorted(ops.items())))
    print("users:", dict(users_seen))
    print("tags:", dict(sorted(tags.items())))
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
