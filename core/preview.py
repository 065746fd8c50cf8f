"""A plan as a person checks it: one block per record, names instead of ids, amounts and dates formatted.

Pure: reads a Plan and a Snapshot, returns small value objects that the chat page renders (as text, since
names and notes may come from customers or imports).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from core.models import Plan, Step
from core.snapshot import Snapshot

LABELS = {
    "name": "Name", "domain": "Domain", "industry": "Industry", "owner_id": "Owner", "first_name": "First name",
    "last_name": "Last name", "email": "Email", "phone": "Phone", "title": "Title", "company_id": "Company",
    "lifecycle_stage": "Lifecycle stage", "contact_id": "Contact", "stage": "Stage", "amount": "Amount",
    "currency": "Currency", "close_date": "Close date", "product": "Product", "type": "Type", "subject": "Subject",
    "body": "Text", "occurred_at": "When", "deal_id": "Deal", "author_id": "Logged by", "due_date": "Due",
    "status": "Status", "completed_at": "Completed", "deleted_at": "Deleted",
}
KINDS = {"companies": "Company", "contacts": "Contact", "deals": "Deal", "activities": "Activity", "tasks": "Task"}
REFS = {"owner_id": "users", "author_id": "users", "company_id": "companies", "contact_id": "contacts",
        "deal_id": "deals"}
HIDDEN = {"currency", "deleted_at"}


@dataclass(frozen=True)
class Line:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class Block:
    """One record's change: what it is, which record, and its field changes (or the text of a note)."""
    action: str      # Create | Update | Delete | Complete | Log
    kind: str        # Deal, Contact, ...
    title: str       # the record's name
    ref: str         # "deal #12" (shown small)
    lines: tuple[Line, ...]
    text: str = ""   # a note's or email's body, shown in full


@dataclass(frozen=True)
class Group:
    """Blocks that share a heading: the filter of a bulk change with its count, or none for single records."""
    heading: str
    blocks: tuple[Block, ...]


def money(value: Any) -> str:
    return "—" if value in (None, "") else f"${float(value):,.0f}" if float(value) == int(float(value)) \
        else f"${float(value):,.2f}"


def when(value: Any) -> str:
    if value in (None, ""):
        return "—"
    text = str(value)
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text).strftime("%a %b %-d, %Y")
        stamp = dt.datetime.fromisoformat(text)
        return stamp.strftime("%a %b %-d, %Y") + ("" if stamp.time() == dt.time(12) else stamp.strftime(" %H:%M"))
    except ValueError:
        return text


def _name(snap: Snapshot, table: str, rid: Any, created: dict[tuple[str, int], str]) -> str:
    if rid in (None, ""):
        return "—"
    rid = int(rid)
    if (table, rid) in created:
        return f"{created[(table, rid)]} (new)"
    if table == "users":
        user = snap.users.get(rid)
        return user["name"] if user else f"user #{rid}"
    if table == "contacts" and rid in snap.contacts:
        return snap.contact_name(rid)
    rows = {"companies": snap.companies, "deals": snap.deals, "tasks": snap.tasks}.get(table, {})
    row = rows.get(rid)
    return (row.get("name") or row.get("title")) if row else f"{KINDS.get(table, table).lower()} #{rid}"


def value_text(field: str, value: Any, snap: Snapshot, created: dict[tuple[str, int], str]) -> str:
    if value is None or value == "":
        return "—"
    if field in REFS:
        return _name(snap, REFS[field], value, created)
    if field == "amount":
        return money(value)
    if field in ("close_date", "due_date", "occurred_at", "completed_at"):
        return when(value)
    return str(value)


def _title(step: Step, snap: Snapshot) -> str:
    after = {f: b for f, (_, b) in step.changes.items()}
    if step.op.startswith("create") or step.op == "log_activity":
        if step.table == "contacts":
            return " ".join(str(x) for x in (after.get("first_name"), after.get("last_name")) if x)
        return str(after.get("name") or after.get("title") or after.get("subject") or
                   f"{after.get('type', 'activity')}")
    return _name(snap, step.table, step.id, {})


def _action(step: Step) -> str:
    if step.op == "log_activity":
        return "Log"
    if step.op == "complete_task":
        return "Complete"
    return step.op.split("_")[0].capitalize()


def blocks(plan: Plan, snap: Snapshot) -> list[Group]:
    """The plan grouped for reading: single records first in plan order, bulk changes under their filter."""
    created = {(s.table, s.id): _title(s, snap) for s in plan.steps
               if s.op.startswith("create") or s.op == "log_activity"}
    groups: list[tuple[str, list[Block]]] = []
    for step in plan.steps:
        lines, text = [], ""
        for field, (before, after) in step.changes.items():
            if field in HIDDEN:
                continue
            if field == "body":
                text = str(after or "")
                continue
            lines.append(Line(field, LABELS.get(field, field), value_text(field, before, snap, created),
                              value_text(field, after, snap, created)))
        block = Block(_action(step), KINDS.get(step.table, step.table), _title(step, snap),
                      f"{KINDS.get(step.table, step.table).lower()} #{step.id}", tuple(lines), text)
        if groups and step.group and groups[-1][0] == step.group:
            groups[-1][1].append(block)
        else:
            groups.append((step.group, [block]))
    return [Group(f"{heading[0].upper()}{heading[1:]}: {len(bs)}" if heading else "", tuple(bs))
            for heading, bs in groups]
