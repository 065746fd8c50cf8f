"""Many create steps of one operation as one plan, written set-based (the executor's rules, not its per-row loop).

apply_plan costs several queries per step; an inbound batch from thousands of new senders needs
thousands of contacts at once. This applies the same permission, coercion, required-field and
reference checks, and records the same crm_actions and plans rows, so undo_plan reverts it as usual.
"""
from __future__ import annotations

import json
from typing import Any

from core import config, operations
from core.errors import PlanError, ValidationError
from core.models import READY, Plan, Step, User, jsonable, new_plan_id
from core.store import Store, now

_SQL_TYPE = {"money": "DOUBLE", "date": "DATE", "timestamp": "TIMESTAMP"}


def _sql_type(kind: str) -> str:
    return "INTEGER" if kind.startswith("ref:") else _SQL_TYPE.get(kind, "VARCHAR")


def create_many(store: Store, op_name: str, records: list[dict[str, Any]], user: User, text: str,
                session_id: str | None = None) -> tuple[Plan, list[int]]:
    """Create one row per record (field -> value) in one transaction; returns the applied plan and the new ids."""
    op = operations.get(op_name)
    if op.kind != "create":
        raise PlanError(f"{op_name} is not a create operation")
    op.check_permission(user)
    if not records:
        raise PlanError("nothing to create")
    table = op.table
    stages = config.pipeline()
    rows = []
    for i, rec in enumerate(records):
        values = operations.stored(table, {f: operations.coerce(table, f, v, stages) for f, v in rec.items()})
        for req in operations.REQUIRED[table]:
            if values.get(req) in (None, ""):
                raise ValidationError(f"record {i + 1}: {req} is required", req)
        rows.append(values)
    fields = [f for f in operations.FIELDS[table] if any(f in r for r in rows)]
    ts = now()
    with store.atomic():
        for f in fields:
            kind = operations.FIELDS[table][f]
            refs = sorted({r[f] for r in rows if r.get(f) is not None})
            if kind.startswith("ref:") and refs:
                ref = kind[4:]
                live = "" if ref == "users" else " AND deleted_at IS NULL"
                sql = f"SELECT id FROM {ref} WHERE id IN (SELECT unnest(?::INTEGER[])){live}"
                found = {x[0] for x in store.execute(sql, [refs]).fetchall()}
                if set(refs) - found:
                    raise ValidationError(f"{f}: there is no {ref[:-1]} with id {min(set(refs) - found)}", f)
        ids = store.next_ids(table, len(rows))
        columns = [c[0] for c in store.execute(f"DESCRIBE {table}").fetchall()]
        extra = {"created_at": ts, "updated_at": ts} if table in operations.TIMESTAMPED else \
            ({"created_at": ts} if table == "tasks" else {})
        cols = ["id"] + fields + list(extra)
        types = ["INTEGER"] + [_sql_type(operations.FIELDS[table][f]) for f in fields]
        params = [ids] + [[r.get(f) for r in rows] for f in fields]
        select = ", ".join(f"unnest(?::{t}[])" for t in types) + "".join(", ?" for _ in extra)
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select}", params + list(extra.values()))
        plan_id = new_plan_id()
        steps, afters = [], []
        for rid, r in zip(ids, rows):
            image = {c: None for c in columns}
            image.update(r, id=rid, **extra)
            afters.append(json.dumps({k: jsonable(v) for k, v in image.items()}))
            label = f"{op.summary} {r.get('name') or r.get('first_name') or r.get('title') or rid}"
            steps.append(Step(op_name, table, rid, label, {f: (None, v) for f, v in r.items()}))
        first = store.next_ids("crm_actions", len(ids))[0]
        n = len(ids)
        store.execute(
            "INSERT INTO crm_actions SELECT unnest(?::INTEGER[]), ?, unnest(?::INTEGER[]), ?, ?, unnest(?::INTEGER[]), "
            "NULL, unnest(?::JSON[]), 'executed', ?, ?, NULL",
            [list(range(first, first + n)), plan_id, list(range(n)), op_name, table, ids, afters, user.id, ts])
        plan = Plan(plan_id, text, user.id, READY, tuple(steps), session_id=session_id, engine="bulk")
        store.execute("INSERT INTO plans VALUES (?, ?, ?, ?, ?, 'applied', ?, NULL)",
                      [plan_id, session_id, user.id, text, json.dumps(plan.to_dict()), ts])
    return plan, ids
