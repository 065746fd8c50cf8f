"""CSV import: all files in one transaction; a bad row aborts everything with file, line and reason.

An `id` that is not an integer is a foreign id (another CRM's): it is kept as the row's external_id,
the row gets our own integer id, and references to it in the other files are resolved through it.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from core import config, operations
from core.csv_cells import restore
from core.errors import ImportFileError, ValidationError
from core.store import Store, now, utc

ORDER = ["users", "companies", "contacts", "deals", "activities", "tasks"]
EMAIL_COLUMNS = {"owner_email": "owner_id", "author_email": "author_id"}
_INTEGER = re.compile(r"[+-]?[0-9]+")


def import_csv(store: Store, files: dict[str, str | Path]) -> dict[str, dict[str, int]]:
    """Import CSV files keyed by table name; returns per table rows, external_ids kept and references resolved."""
    unknown = set(files) - set(ORDER)
    if unknown:
        raise ValidationError(f"cannot import into {', '.join(sorted(unknown))}; tables: {', '.join(ORDER)}")
    summary: dict[str, dict[str, int]] = {}
    stages = config.pipeline()
    ts = now()
    with store.atomic():
        for table in [t for t in ORDER if t in files]:
            path = Path(files[table])
            if not path.exists():
                raise ImportFileError(str(path), 0, "file not found")
            with path.open(newline="", encoding="utf-8-sig") as fh:
                reader = csv.DictReader(fh)
                if not reader.fieldnames:
                    raise ImportFileError(path.name, 1, "empty file: expected a header row")
                allowed = set(operations.FIELDS.get(table, {})) | {"id", "created_at", "updated_at", "completed_at"} \
                    | set(EMAIL_COLUMNS) | ({"name", "email", "role"} if table == "users" else set())
                bad = [c for c in reader.fieldnames if c not in allowed]
                if bad:
                    raise ImportFileError(path.name, 1, f"unknown column(s) {', '.join(bad)}; "
                                                        f"allowed: {', '.join(sorted(allowed))}")
                stats = {"rows": 0, "external_ids": 0, "references": 0}
                seen: dict[str, int] = {}  # foreign id -> line it was first given on, in this file
                for raw in reader:
                    line = reader.line_num
                    try:
                        _insert(store, table, raw, stages, ts, seen, line, stats)
                    except ValidationError as exc:
                        raise ImportFileError(path.name, line, str(exc)) from None
                    except Exception as exc:  # a database constraint (duplicate id, missing value)
                        raise ImportFileError(path.name, line, str(exc).splitlines()[0]) from None
                    stats["rows"] += 1
            summary[table] = stats
            store.note_ids(table)
    return summary


def is_integer(value: str) -> bool:
    """True for an id we keep as our own integer id; anything else is a foreign id."""
    return bool(_INTEGER.fullmatch(value))


def _user_id(store: Store, email: str) -> int:
    uid = store.scalar("SELECT id FROM users WHERE lower(email) = lower(?)", [email.strip()])
    if uid is None:
        raise ValidationError(f"no user with email {email!r} (import users first)")
    return uid


def _resolve(store: Store, field: str, ref: str, value: str) -> int:
    """Our id of the row of table ref whose external_id is value."""
    rid = store.scalar(f"SELECT id FROM {ref} WHERE external_id = ?", [value])
    if rid is None:
        raise ValidationError(f"{field}: no {ref[:-1]} with id {value!r} in this import or imported earlier", field)
    return rid


def _own_id(store: Store, table: str, fid: str, seen: dict[str, int], line: int) -> None:
    """Refuse a foreign id given twice in one file or already kept by an earlier import."""
    if fid in seen:
        raise ValidationError(f"id: {fid!r} is given twice in this file (lines {seen[fid]} and {line})", "id")
    seen[fid] = line
    taken = store.scalar(f"SELECT id FROM {table} WHERE external_id = ?", [fid])
    if taken is not None:
        raise ValidationError(f"id: {fid!r} was imported earlier ({table[:-1]} {taken} has it as external_id)", "id")


def _stamp(field: str, value: str | None) -> dt.datetime | None:
    """An imported created_at / updated_at as stored: in UTC, one without an offset read as the server's local
    time (as every timestamp of an import is, see operations.stored)."""
    if value is None:
        return None
    try:
        return utc(dt.datetime.fromisoformat(value))
    except ValueError as exc:
        raise ValidationError(f"{field}: {value!r} is not a valid timestamp ({exc})", field) from None


def _insert(store: Store, table: str, raw: dict, stages: list[str], ts, seen: dict[str, int], line: int,
            stats: dict[str, int]) -> None:
    row = {k: restore(v.strip() if isinstance(v, str) else v) for k, v in raw.items() if k is not None}
    row = {k: (None if v == "" else v) for k, v in row.items()}
    given = row.get("id")
    foreign = given is not None and not is_integer(given)
    if table == "users":
        if foreign:
            raise ValidationError(f"id: users need integer ids (got {given!r}); leave id empty to assign one", "id")
        if not row.get("name") or not row.get("email"):
            raise ValidationError("name and email are required")
        if row.get("role") not in ("rep", "reviewer", "admin"):
            raise ValidationError(f"role must be rep, reviewer or admin (got {row.get('role')!r})")
        rid = int(given) if given else store.next_id("users")
        store.execute("INSERT INTO users VALUES (?, ?, ?, ?)", [rid, row["name"], row["email"].lower(), row["role"]])
        if given:
            store.note_ids("users")
        return
    values = {}
    for col, target in EMAIL_COLUMNS.items():
        if row.get(col):
            values[target] = _user_id(store, row.pop(col))
        row.pop(col, None)
    for f, v in row.items():
        kind = operations.FIELDS[table].get(f, "")
        if kind.startswith("ref:") and kind != "ref:users" and v is not None and not is_integer(v):
            v = _resolve(store, f, kind[4:], v)
            stats["references"] += 1
        if f in operations.FIELDS[table]:
            values[f] = operations.coerce(table, f, v, stages)
    values = operations.stored(table, values)
    if table == "tasks" and not values.get("status"):
        values["status"] = "open"
    if table == "activities" and not values.get("occurred_at"):
        raise ValidationError("occurred_at is required")
    for req in operations.REQUIRED[table]:
        if values.get(req) in (None, ""):
            raise ValidationError(f"{req} is required")
    for f, v in values.items():
        kind = operations.FIELDS[table].get(f, "")
        if kind.startswith("ref:") and v is not None and kind != "ref:users":
            if not store.scalar(f"SELECT count(*) FROM {kind[4:]} WHERE id = ?", [v]):
                raise ValidationError(f"{f} {v} does not exist")
    if foreign:
        _own_id(store, table, given, seen, line)
        values["external_id"] = given
        stats["external_ids"] += 1
    values["id"] = int(given) if given and not foreign else store.next_id(table)
    if store.scalar(f"SELECT count(*) FROM {table} WHERE id = ?", [values["id"]]):
        raise ValidationError(f"id {values['id']} already exists in {table}")
    if table in operations.TIMESTAMPED or table == "tasks":
        values["created_at"] = _stamp("created_at", row.get("created_at")) or ts
    if table in operations.TIMESTAMPED:
        values["updated_at"] = _stamp("updated_at", row.get("updated_at")) or values["created_at"]
    cols = list(values)
    store.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                  [values[c] for c in cols])
    if given and not foreign:
        store.note_ids(table)  # an id given in the file: the next assigned id starts past it
