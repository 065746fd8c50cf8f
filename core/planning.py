"""Candidate operations + the CRM snapshot -> a Plan with before -> after per field. Pure: no database access."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from core import config, operations
from core.errors import ValidationError
from core.models import NEEDS_CLARIFICATION, READY, REJECTED, Plan, Step, User, jsonable, new_plan_id
from core.snapshot import Snapshot
from core.understanding.engine import Understanding

ROWS = {"companies": "companies", "contacts": "contacts", "deals": "deals", "tasks": "tasks"}


def _row(snap: Snapshot, table: str, rid: int) -> dict | None:
    return getattr(snap, table).get(rid) if table in ROWS else None


def _label(snap: Snapshot, op: str, table: str, rid: int, fields: dict) -> str:
    if op.startswith("create") or op == "log_activity":
        name = fields.get("name") or fields.get("title") or fields.get("subject") or \
            " ".join(x for x in (fields.get("first_name"), fields.get("last_name")) if x)
        verb = {"log_activity": f"Log {fields.get('type', 'activity')}", "create_task": "New task"}.get(
            op, f"New {'company' if table == 'companies' else table[:-1]}")
        return f"{verb}: {name}"
    verb = {"delete": "Delete", "complete_task": "Complete"}.get(op.split("_")[0] if op.startswith("delete") else op,
                                                                 "Update")
    return f"{verb} {snap.label(table, rid)}"


def build_plan(text: str, understanding: Understanding, snap: Snapshot, user: User, today: dt.date,
               session_id: str | None = None, engine: str = "offline") -> Plan:
    """Turn understood candidates into a Plan: permission, validation, diffs, warnings."""
    base = dict(plan_id=new_plan_id(), text=text, user_id=user.id, session_id=session_id, engine=engine)
    u = understanding
    for cand in u.candidates:
        reason = operations.get(cand.op).permission(user)
        if reason:
            return Plan(status=REJECTED, errors=(reason,), **base)
    if u.errors:
        return Plan(status=REJECTED, errors=tuple(u.errors), clarifications=tuple(u.clarifications), **base)
    if u.clarifications:
        return Plan(status=NEEDS_CLARIFICATION, clarifications=tuple(u.clarifications), **base)

    steps: list[Step] = []
    errors: list[str] = []
    notes: list[str] = []
    next_ids = dict(snap.next_ids)
    stages = snap.stages
    by_target: dict[tuple[str, int], int] = {}
    created: dict[int, int] = {}  # candidate index -> id of the record it creates
    deleted: set[tuple[str, int]] = set()  # records an earlier step of this plan deletes
    link_tables = {"company_id": "companies", "contact_id": "contacts", "deal_id": "deals"}
    for index, cand in enumerate(u.candidates):
        gone = [f"{t[:-1]} {i}" for t, i in ([(cand.table, x) for x in cand.targets] +
                                             [(link_tables[f], v) for f, v in cand.fields.items()
                                              if f in link_tables and isinstance(v, int)]) if (t, i) in deleted]
        if gone:
            errors.append(f"{', '.join(gone)} is deleted earlier in this request: "
                          "split it into two requests if you mean both")
            continue
        if cand.op.startswith("delete"):
            deleted.update((cand.table, x) for x in cand.targets)
        fields = {f: created.get(int(v[4:])) if isinstance(v, str) and re.fullmatch(r"new:\d+", v) and
                  operations.FIELDS[cand.table].get(f, "").startswith("ref:") else v
                  for f, v in cand.fields.items()}  # "new:<n>" links a record created earlier; typed text stays text
        try:
            clean = {f: operations.coerce(cand.table, f, v, stages) for f, v in fields.items()}
        except ValidationError as exc:
            errors.append(str(exc))
            continue
        missing = [f"{f}: there is no {kind[4:-1]} with id {v}" for f, v in clean.items()
                   if (kind := operations.FIELDS[cand.table].get(f, "")).startswith("ref:") and v is not None
                   and v not in created.values() and v not in getattr(snap, kind[4:], {})]
        if missing:  # a link to a record that is gone (deleted since): refused here, as the executor would
            errors.extend(missing)
            continue
        if operations.get(cand.op).kind == "create":
            rid = next_ids[cand.table]
            next_ids[cand.table] += 1
            created[index] = rid
            changes = {f: (None, jsonable(v)) for f, v in clean.items() if v is not None}
            steps.append(Step(cand.op, cand.table, rid, _label(snap, cand.op, cand.table, rid, clean), changes))
            continue
        for rid in cand.targets:
            row = _row(snap, cand.table, rid)
            if row is None:
                errors.append(f"{cand.table[:-1]} {rid} does not exist")
                continue
            if cand.op.startswith("delete"):
                changes = {"deleted_at": (None, "on apply")}
            else:
                changes = {f: (jsonable(row.get(f)), jsonable(v)) for f, v in clean.items()
                           if jsonable(row.get(f)) != jsonable(v)}
            if not changes:
                from core.preview import LABELS, value_text  # "<deal> already has Owner Ann Lee", not "owner_id = 4"
                notes.append(f"{snap.label(cand.table, rid)} already has "
                             + ", ".join(f"{LABELS.get(f, f).lower()} {value_text(f, jsonable(v), snap, {})}" for f, v in clean.items()))
                continue
            key = (cand.op, rid)
            if key in by_target:  # two clauses changing one record make one step
                i = by_target[key]
                merged = dict(steps[i].changes)
                merged.update(changes)
                steps[i] = Step(cand.op, cand.table, rid, steps[i].label, merged, steps[i].group)
            else:
                by_target[key] = len(steps)
                steps.append(Step(cand.op, cand.table, rid, _label(snap, cand.op, cand.table, rid, clean), changes,
                                  cand.bulk or ""))
    if errors:
        return Plan(status=REJECTED, errors=tuple(errors), **base)
    if not steps:
        return Plan(status=REJECTED, errors=tuple(notes or ["Nothing to change."]), **base)
    return Plan(status=READY, steps=tuple(steps), warnings=tuple(warnings_for(steps, snap, today, notes)), **base)


def warnings_for(steps: list[Step], snap: Snapshot, today: dt.date, notes: list[str] = ()) -> list[str]:
    """What a careful rep would want pointed out before applying."""
    out = list(notes)
    stages = snap.stages
    for s in steps:
        if "stage" in s.changes and s.op == "update_deal":
            before, after = s.changes["stage"]
            if before in stages and after in stages and stages.index(after) < stages.index(before) \
                    and after not in stages[-2:]:
                out.append(f"{s.label}: stage moves backwards ({before} → {after}).")
        if "close_date" in s.changes:
            after = s.changes["close_date"][1]
            if after and dt.date.fromisoformat(str(after)) < today:
                out.append(f"{s.label}: close date {after} is in the past.")
        if "amount" in s.changes and s.op == "update_deal":
            before, after = s.changes["amount"]
            if before and after is not None and abs(after - before) / before > 0.5:
                out.append(f"{s.label}: amount changes by more than 50% ({_m(before)} → {_m(after)}).")
    touched = len(steps)
    limit = int(config.get("CRM_BULK_WARN"))
    if touched > limit:
        out.append(f"This plan touches {touched} records.")
    return out


def _m(v: Any) -> str:
    return f"${float(v):,.0f}"


def edit_plan(plan: Plan, edits: dict[tuple[int, str], Any], snap: Snapshot, today: dt.date) -> Plan:
    """A copy of a ready plan with some 'to' values changed by the user; validated like any plan."""
    steps, errors = [], []
    for i, step in enumerate(plan.steps):
        changes = dict(step.changes)
        for (idx, field), value in edits.items():
            if idx != i or field not in changes:
                continue
            try:
                clean = operations.coerce(step.table, field, value, snap.stages)
            except ValidationError as exc:
                errors.append(f"{step.label}: {exc}")
                continue
            changes[field] = (changes[field][0], jsonable(clean))
        steps.append(Step(step.op, step.table, step.id, step.label,
                          {f: c for f, c in changes.items() if c[0] != c[1] or step.op.startswith(("create", "log"))},
                          step.group))
    if errors:
        return plan.with_(errors=tuple(errors))
    return plan.with_(plan_id=new_plan_id(), steps=tuple(steps), errors=(),
                      warnings=tuple(warnings_for(steps, snap, today)))
