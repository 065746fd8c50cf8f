"""The registry of write operations: each defined once (schema, permission, validation, apply kind).

Every operation reduces to creating, updating or soft-deleting one row, so the
executor applies and inverts them all the same way; what differs per operation
lives here as data.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable

from core.errors import PermissionDenied, ValidationError
from core.models import User
from core.store import utc

LIFECYCLE_STAGES = ("lead", "prospect", "opportunity", "customer", "churned")
ACTIVITY_TYPES = ("note", "call", "meeting", "email", "message")
TASK_STATUSES = ("open", "done")

# field -> type; "ref:<table>" fields hold ids of live rows of that table
FIELDS: dict[str, dict[str, str]] = {
    "companies": {"name": "str", "domain": "str", "industry": "str", "owner_id": "ref:users"},
    "contacts": {"first_name": "str", "last_name": "str", "email": "email", "phone": "str", "title": "str",
                 "company_id": "ref:companies", "owner_id": "ref:users", "lifecycle_stage": "lifecycle"},
    "deals": {"name": "str", "company_id": "ref:companies", "contact_id": "ref:contacts", "stage": "stage",
              "amount": "money", "currency": "str", "close_date": "date", "product": "str",
              "owner_id": "ref:users"},
    "activities": {"type": "activity_type", "subject": "str", "body": "str", "occurred_at": "timestamp",
                   "contact_id": "ref:contacts", "company_id": "ref:companies", "deal_id": "ref:deals",
                   "author_id": "ref:users"},
    "tasks": {"title": "str", "due_date": "date", "status": "task_status", "owner_id": "ref:users",
              "contact_id": "ref:contacts", "company_id": "ref:companies", "deal_id": "ref:deals",
              "completed_at": "timestamp"},
}
REQUIRED = {"companies": ("name",), "contacts": ("first_name",), "deals": ("name", "stage"),
            "activities": ("type", "occurred_at"), "tasks": ("title", "status")}
TIMESTAMPED = {"companies", "contacts", "deals"}  # tables with created_at/updated_at kept by the executor


def _writer(user: User) -> str | None:
    return None if user.role in ("rep", "admin") else f"{user.name} is a {user.role}: reviewers cannot change CRM records."


def _deleter(user: User) -> str | None:
    if user.role == "admin":
        return None
    return f"{user.name} is a {user.role}: only admins can delete records."


@dataclass(frozen=True)
class Operation:
    name: str
    table: str
    kind: str  # create | update | delete
    permission: Callable[[User], str | None]
    fields: tuple[str, ...]  # fields a caller may set
    summary: str

    def check_permission(self, user: User) -> None:
        reason = self.permission(user)
        if reason:
            raise PermissionDenied(reason)


def _all(table: str) -> tuple[str, ...]:
    return tuple(FIELDS[table])


OPERATIONS: dict[str, Operation] = {op.name: op for op in (
    Operation("create_company", "companies", "create", _writer, _all("companies"), "Create a company"),
    Operation("update_company", "companies", "update", _writer, _all("companies"), "Update a company"),
    Operation("delete_company", "companies", "delete", _deleter, (), "Delete a company"),
    Operation("create_contact", "contacts", "create", _writer, _all("contacts"), "Create a contact"),
    Operation("update_contact", "contacts", "update", _writer, _all("contacts"), "Update a contact"),
    Operation("delete_contact", "contacts", "delete", _deleter, (), "Delete a contact"),
    Operation("create_deal", "deals", "create", _writer, _all("deals"), "Create a deal"),
    Operation("update_deal", "deals", "update", _writer, _all("deals"), "Update a deal"),
    Operation("delete_deal", "deals", "delete", _deleter, (), "Delete a deal"),
    Operation("log_activity", "activities", "create", _writer, _all("activities"), "Log an activity"),
    Operation("create_task", "tasks", "create", _writer, _all("tasks"), "Create a task"),
    Operation("complete_task", "tasks", "update", _writer, ("status", "completed_at"), "Complete a task"),
)}


def get(name: str) -> Operation:
    try:
        return OPERATIONS[name]
    except KeyError:
        raise ValidationError(f"unknown operation {name!r}; known: {', '.join(OPERATIONS)}") from None


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def coerce(table: str, field: str, value: Any, stages: list[str]) -> Any:
    """Check and normalise one field value; raise ValidationError naming the field."""
    kind = FIELDS[table].get(field)
    if kind is None:
        raise ValidationError(f"{table} has no field {field!r}", field)
    if isinstance(value, str):
        value = value.strip()  # "  " is as empty as ""
    if value is None or value == "":
        if field in REQUIRED[table]:
            raise ValidationError(f"{field} is required", field)
        return None
    try:
        if kind == "str":
            return str(value).strip()
        if kind == "email":
            v = str(value).strip()
            if not _EMAIL.match(v):
                raise ValidationError(f"{v!r} is not an email address", field)
            return v.lower()
        if kind == "money":
            v = round(float(str(value).replace(",", "").lstrip("$")), 2)
            if v < 0:
                raise ValidationError(f"{field} cannot be negative", field)
            return v
        if kind == "date":
            return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else \
                dt.date.fromisoformat(str(value)[:10])
        if kind == "timestamp":
            return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
        if kind.startswith("ref:"):
            return int(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"{field}: {value!r} is not a valid {kind} ({exc})", field) from None
    allowed = {"stage": stages, "lifecycle": LIFECYCLE_STAGES, "activity_type": ACTIVITY_TYPES,
               "task_status": TASK_STATUSES}[kind]
    for a in allowed:
        if str(value).strip().lower() == a.lower():
            return a
    raise ValidationError(f"{field} must be one of {', '.join(allowed)} (got {value!r})", field)


def stored(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """Coerced values as the database keeps them: timestamps in UTC, one given without an offset read as the
    server's local time (core.store.utc), so "09:00" in a plan or an import means 09:00 here."""
    return {f: utc(v) if isinstance(v, dt.datetime) and FIELDS[table].get(f) == "timestamp" else v
            for f, v in values.items()}
