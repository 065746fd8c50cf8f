"""Plan -> one transaction. The only code that writes CRM records; also undo.

Each applied step stores its row's before and after images in crm_actions in the
same transaction, so undo can restore exactly and detect later edits.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from core import config, metrics, operations
from core.errors import NotFound, PermissionDenied, PlanError, UndoConflict, ValidationError
from core.models import Plan, Step, User, jsonable
from core.store import Store, now

log = logging.getLogger(__name__)

# Acts for automated pipelines (e.g. a new customer writing in becomes a contact).
SYSTEM_USER = User(0, "AutoCRM", "system@autocrm.local", "admin")


def load_user(store: Store, key: str | int | None) -> User:
    """A user by id or email (default: CRM_DEFAULT_USER)."""
    key = config.get("CRM_DEFAULT_USER") if key in (None, "") else key
    if key in (None, ""):
        row = store.one("SELECT * FROM users ORDER BY role <> 'rep', id LIMIT 1")
    elif isinstance(key, int) or str(key).isdigit():
        row = store.one("SELECT * FROM users WHERE id = ?", [int(key)])
    else:
        row = store.one("SELECT * FROM users WHERE lower(email) = lower(?)", [str(key)])
    if not row:
        raise NotFound(f"no user {key!r}; run `python -m core init --demo` or import users first")
    return User(row["id"], row["name"], row["email"], row["role"])


def row_image(store: Store, table: str, row_id: int) -> dict | None:
    row = store.one(f"SELECT * FROM {table} WHERE id = ?", [row_id])
    return None if row is None else {k: jsonable(v) for k, v in row.items()}


def _diff(a: dict | None, b: dict | None) -> dict[str, tuple[Any, Any]]:
    a, b = a or {}, b or {}
    return {k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)}


def _check_refs(store: Store, table: str, fields: dict) -> None:
    for field, value in fields.items():
        kind = operations.FIELDS[table].get(field, "")
        if kind.startswith("ref:") and value is not None:
            ref = kind[4:]
            live = "" if ref == "users" else " AND deleted_at IS NULL"
            if store.scalar(f"SELECT count(*) FROM {ref} WHERE id = ?{live}", [value]) == 0:
                raise ValidationError(f"{field}: there is no {ref[:-1]} with id {value}", field)


def _apply_step(store: Store, step: Step, stages: list[str], ts: dt.datetime) -> tuple[dict | None, dict]:
    op = operations.get(step.op)
    table = op.table
    if step.table != table:
        raise PlanError(f"step {step.label!r}: {step.op} writes {table}, not {step.table}")
    values = operations.stored(table, {f: operations.coerce(table, f, after, stages)
                                       for f, (_, after) in step.changes.items() if f in operations.FIELDS[table]})
    _check_refs(store, table, values)
    if op.kind == "create":
        if step.id <= store.high_water(table):  # in use, or used once and undone: ids never go back
            raise PlanError(f"{table} id {step.id} was taken since this plan was made; plan it again")
        for req in operations.REQUIRED[table]:
            if values.get(req) in (None, ""):
                raise ValidationError(f"{step.label}: {req} is required", req)
        row = dict(values, id=step.id)
        if table in operations.TIMESTAMPED:
            row.update(created_at=ts, updated_at=ts)
        if table == "tasks":
            row.setdefault("created_at", ts)
        cols = list(row)
        store.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                      [row[c] for c in cols])
        return None, row_image(store, table, step.id)

    before = row_image(store, table, step.id)
    if before is None or before.get("deleted_at"):
        raise PlanError(f"{step.label}: {table[:-1]} {step.id} no longer exists")
    for f, (expected, _) in step.changes.items():
        if f in before and f not in ("updated_at",) and jsonable(_norm(before[f])) != jsonable(_norm(expected)):
            raise PlanError(f"{step.label}: {f} is now {before[f]!r}, not {expected!r} as planned; plan it again")
    if op.kind == "delete":
        values = {"deleted_at": ts}
    if op.name == "complete_task":
        values = {"status": "done", "completed_at": values.get("completed_at") or ts}
    if table in operations.TIMESTAMPED:
        values["updated_at"] = ts
    sets = ", ".join(f"{c} = ?" for c in values)
    store.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), step.id])
    return before, row_image(store, table, step.id)


def stale_reasons(store: Store, plan: Plan) -> list[str]:
    """Why a planned-but-not-applied plan no longer matches the records (empty: it can still be applied)."""
    reasons = []
    for step in plan.steps:
        table = operations.get(step.op).table
        if operations.get(step.op).kind == "create":
            if step.id <= store.high_water(table):
                reasons.append(f"{step.label}: {table[:-1]} id {step.id} was taken since this plan was made")
            continue
        current = row_image(store, table, step.id)
        if current is None or current.get("deleted_at"):
            reasons.append(f"{step.label}: {table[:-1]} {step.id} no longer exists")
            continue
        for f, (expected, _) in step.changes.items():
            if f in current and f != "updated_at" and jsonable(_norm(current[f])) != jsonable(_norm(expected)):
                reasons.append(f"{step.label}: {f} is now {current[f]!r}, not {expected!r}")
    return reasons


def _norm(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return float(v) if v.replace(".", "", 1).isdigit() else v
        except ValueError:
            return v
    return v


def apply_plan(store: Store, plan: Plan, user: User) -> Plan:
    """Apply every step of a ready plan in one transaction, or none of them."""
    if plan.status != "ready" or not plan.steps:
        raise PlanError(f"plan {plan.plan_id} is {plan.status} and has {len(plan.steps)} steps: nothing to apply")
    for step in plan.steps:
        operations.get(step.op).check_permission(user)
    stages = config.pipeline()
    ts = now()
    with store.atomic():
        if store.scalar("SELECT count(*) FROM plans WHERE id = ?", [plan.plan_id]):
            raise PlanError(f"plan {plan.plan_id} was already applied")
        first_action = store.next_ids("crm_actions", len(plan.steps))[0]
        for seq, step in enumerate(plan.steps):
            before, after = _apply_step(store, step, stages, ts)
            store.execute("INSERT INTO crm_actions VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'executed', ?, ?, NULL)",
                          [first_action + seq, plan.plan_id, seq, step.op, step.table, step.id,
                           json.dumps(before) if before else None, json.dumps(after), user.id, ts])
        store.execute("INSERT INTO plans VALUES (?, ?, ?, ?, ?, 'applied', ?, NULL)",
                      [plan.plan_id, plan.session_id, user.id, plan.text, json.dumps(plan.to_dict()), ts])
    for table in {s.table for s in plan.steps}:
        store.note_ids(table)
    log.info("applied plan %s (%d steps) for %s", plan.plan_id, len(plan.steps), user.email)
    return plan


def last_plan_id(store: Store, user: User | None = None, session_id: str | None = None) -> str | None:
    sql, params = "SELECT id FROM plans WHERE status = 'applied'", []
    if session_id:
        sql += " AND session_id = ?"
        params.append(session_id)
    elif user is not None:
        sql += " AND user_id = ?"
        params.append(user.id)
    return store.scalar(sql + " ORDER BY applied_at DESC, id DESC LIMIT 1", params)


def undo_conflicts(store: Store, plan_id: str) -> list[dict]:
    """Fields changed since the plan was applied, per touched record (empty: undo is safe)."""
    conflicts = []
    last: dict[tuple[str, int], dict] = {}  # a record changed twice in one plan is compared with its final image
    for a in store.query("SELECT * FROM crm_actions WHERE plan_id = ? AND status = 'executed' ORDER BY seq",
                         [plan_id]):
        last[(a["target_table"], a["target_id"])] = a
    for a in last.values():
        after, current = json.loads(a["after"]), row_image(store, a["target_table"], a["target_id"])
        changed = _diff(after, current)
        if changed:
            conflicts.append({"table": a["target_table"], "id": a["target_id"],
                              "changes": {f: {"applied": x, "now": y} for f, (x, y) in changed.items()}})
    return conflicts


# Records outside the CRM tables that point at CRM records: table, column, what one is called.
OTHER_REFERENCES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "contacts": (("conversations", "contact_id", "conversation"), ("messages", "contact_id", "message")),
}
KEEP_REFERENCED = ("refuse", "soft_delete")


def _singular(table: str) -> str:
    return table[:-3] + "y" if table.endswith("ies") else table[:-1]


def _referencing(table: str) -> list[tuple[str, str, str]]:
    """(table, column, noun) of every column that holds ids of `table`."""
    refs = [(t, f, _singular(t)) for t, fields in operations.FIELDS.items() for f, kind in fields.items()
            if kind == f"ref:{table}"]
    return refs + list(OTHER_REFERENCES.get(table, ()))


def undo_references(store: Store, plan_id: str) -> list[dict]:
    """Records the plan created that records outside the plan now point at (so undo must not remove them)."""
    actions = store.query("SELECT target_table, target_id, before FROM crm_actions WHERE plan_id = ? "
                          "AND status = 'executed'", [plan_id])
    touched = {(a["target_table"], a["target_id"]) for a in actions}
    found = []
    for a in actions:
        if a["before"] is not None:
            continue
        holders = []
        for table, column, noun in _referencing(a["target_table"]):
            ids = [r[0] for r in store.execute(f"SELECT id FROM {table} WHERE {column} = ? ORDER BY id",
                                               [a["target_id"]]).fetchall() if (table, r[0]) not in touched]
            if ids:
                holders.append({"table": table, "noun": noun, "ids": ids})
        if holders:
            found.append({"table": a["target_table"], "id": a["target_id"], "referenced_by": holders})
    return found


def undo_plan(store: Store, plan_id: str, user: User, referenced: str = "refuse") -> int:
    """Revert a whole applied plan in one transaction; refuse if a touched record changed since.

    A record the plan created is removed, unless records outside the plan now point at it (a conversation
    and its messages at an automatic contact, a later deal at a new company): removing it would leave them
    pointing at nothing, and its id could be handed to someone else who would inherit them. Then undo refuses
    and says what points at it (referenced="refuse"), or marks the record deleted instead, which hides it
    everywhere while it keeps its id and its references (referenced="soft_delete").
    Undoing a plan twice, even at the same moment, reports the second as already undone.
    """
    if referenced not in KEEP_REFERENCED:
        raise ValueError(f"referenced must be one of {KEEP_REFERENCED}")
    plan = store.one("SELECT * FROM plans WHERE id = ?", [plan_id])
    if plan is None:
        raise NotFound(f"no applied plan {plan_id!r}")
    if plan["status"] == "reverted":
        raise PlanError(f"plan {plan_id} was already undone at {plan['reverted_at']}")
    if user.role != "admin" and plan["user_id"] != user.id:
        raise PermissionDenied(f"{user.name} cannot undo a plan applied by someone else (admins can)")
    ts = now()
    with store.atomic():
        again = store.one("SELECT status, reverted_at FROM plans WHERE id = ?", [plan_id])  # under the write lock
        if again["status"] == "reverted":
            raise PlanError(f"plan {plan_id} was already undone at {again['reverted_at']}")
        conflicts = undo_conflicts(store, plan_id)
        if conflicts:
            raise UndoConflict(_conflict_message(conflicts), conflicts)
        refs = undo_references(store, plan_id)
        if refs and referenced == "refuse":
            raise UndoConflict(_reference_message(plan_id, refs), refs)
        keep = {(r["table"], r["id"]) for r in refs}
        actions = store.query("SELECT * FROM crm_actions WHERE plan_id = ? AND status = 'executed' "
                              "ORDER BY seq DESC", [plan_id])
        for a in actions:
            table, rid = a["target_table"], a["target_id"]
            if a["before"] is None and (table, rid) in keep:
                stamp = ", updated_at = ?" if table in operations.TIMESTAMPED else ""
                store.execute(f"UPDATE {table} SET deleted_at = ?{stamp} WHERE id = ?",
                              [ts] + ([ts] if stamp else []) + [rid])
            elif a["before"] is None:
                store.execute(f"DELETE FROM {table} WHERE id = ?", [rid])
            else:
                before = json.loads(a["before"])
                cols = [c for c in before if c != "id"]
                store.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
                              [before[c] for c in cols] + [rid])
        store.execute("UPDATE crm_actions SET status = 'reverted', reverted_at = ? WHERE plan_id = ?", [ts, plan_id])
        store.execute("UPDATE plans SET status = 'reverted', reverted_at = ? WHERE id = ?", [ts, plan_id])
    metrics.undo.inc()
    return len(actions)


def _reference_message(plan_id: str, refs: list[dict]) -> str:
    parts = []
    for r in refs:
        held = ", ".join(f"{len(h['ids'])} {h['noun'] if len(h['ids']) == 1 else h['table']} "
                         f"({', '.join(str(i) for i in h['ids'][:5])}{', …' if len(h['ids']) > 5 else ''})"
                         for h in r["referenced_by"])
        parts.append(f"{_singular(r['table'])} {r['id']} is referenced by {held}")
    return (f"Cannot undo plan {plan_id}: " + "; ".join(parts) + ". Removing a record that others point at would leave "
            "them pointing at nothing and free its id for someone else. Undo the plans that added those records "
            "first, delete the record with a plan instead (it disappears everywhere and keeps its id and "
            "references), or undo with soft delete (the same, in one step).")


def _conflict_message(conflicts: list[dict]) -> str:
    parts = []
    for c in conflicts:
        fields = ", ".join(f"{f}: {v['applied']!r} → {v['now']!r}" for f, v in c["changes"].items()
                           if f != "updated_at") or "updated since"
        parts.append(f"{_singular(c['table'])} {c['id']} ({fields})")
    return "Cannot undo: these records changed since the plan was applied: " + "; ".join(parts)


ERASED = "[erased]"


def erase_contact_records(store: Store, contact_id: int, user: User) -> dict:
    """Remove a person's personal data from the CRM records, in the caller's transaction (privacy erasure).

    Not a plan: an erasure cannot be undone, and the before/after images that undo keeps are scrubbed too. The
    contact row stays (marked deleted, named "[erased]") so ids that pointed at it stay valid.
    """
    if user.role != "admin":
        raise PermissionDenied(f"{user.name} cannot erase a person's data (admins can)")
    if not store.in_transaction:
        raise PlanError("erase_contact_records must run inside store.atomic()")
    row = store.one("SELECT * FROM contacts WHERE id = ?", [contact_id])
    if row is None:
        raise NotFound(f"no contact {contact_id}")
    ts = now()
    acts = [r[0] for r in store.execute("SELECT id FROM activities WHERE contact_id = ?", [contact_id]).fetchall()]
    tasks = [r[0] for r in store.execute("SELECT id FROM tasks WHERE contact_id = ?", [contact_id]).fetchall()]
    store.execute("UPDATE contacts SET first_name = ?, last_name = NULL, email = NULL, phone = NULL, title = NULL, "
                  "external_id = NULL, updated_at = ?, deleted_at = coalesce(deleted_at, ?) WHERE id = ?",
                  [ERASED, ts, ts, contact_id])
    store.execute("UPDATE activities SET subject = NULL, body = ?, contact_id = NULL WHERE contact_id = ?",
                  [ERASED, contact_id])
    store.execute("UPDATE tasks SET title = ?, contact_id = NULL WHERE contact_id = ?", [ERASED, contact_id])
    store.execute("UPDATE deals SET contact_id = NULL, updated_at = ? WHERE contact_id = ?", [ts, contact_id])
    targets = [("contacts", contact_id)] + [("activities", a) for a in acts] + [("tasks", t) for t in tasks]
    plan_ids = set()
    for table, rid in targets:
        for (pid,) in store.execute("SELECT plan_id FROM crm_actions WHERE target_table = ? AND target_id = ?",
                                    [table, rid]).fetchall():
            plan_ids.add(pid)
        store.execute("UPDATE crm_actions SET before = CASE WHEN before IS NULL THEN NULL ELSE ? END, after = ? "
                      "WHERE target_table = ? AND target_id = ?",
                      [json.dumps({"id": rid, "erased": True}), json.dumps({"id": rid, "erased": True}), table, rid])
    if plan_ids:
        store.execute("UPDATE plans SET text = ?, plan = NULL WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                      [ERASED, sorted(plan_ids)])
    return {"contact": 1, "activities": len(acts), "tasks": len(tasks), "plans_scrubbed": len(plan_ids)}
