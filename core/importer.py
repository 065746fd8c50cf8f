"""CSV import: all files in one transaction; a bad row aborts everything with file, line and reason."""
from __future__ import annotations

import csv
from pathlib import Path

from core import config, operations
from core.errors import ImportFileError, ValidationError
from core.store import Store, now

ORDER = ["users", "companies", "contacts", "deals", "activities", "tasks"]
EMAIL_COLUMNS = {"owner_email": "owner_id", "author_email": "author_id"}


def import_csv(store: Store, files: dict[str, str | Path]) -> dict[str, int]:
    """Import CSV files keyed by table name; returns rows imported per table."""
    unknown = set(files) - set(ORDER)
    if unknown:
        raise ValidationError(f"cannot import into {', '.join(sorted(unknown))}; tables: {', '.join(ORDER)}")
    counts: dict[str, int] = {}
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
                n = 0
                for line, raw in enumerate(reader, start=2):
                    try:
                        _insert(store, table, raw, stages, ts)
                    except ValidationError as exc:
                        raise ImportFileError(path.name, line, str(exc)) from None
                    except Exception as exc:  # a database constraint (duplicate id, missing value)
                        raise ImportFileError(path.name, line, str(exc).splitlines()[0]) from None
                    n += 1
            counts[table] = n
            store.note_ids(table)
    return counts


def _user_id(store: Store, email: str) -> int:
    uid = store.scalar("SELECT id FROM users WHERE lower(email) = lower(?)", [email.strip()])
    if uid is None:
        raise ValidationError(f"no user with email {email!r} (import users first)")
    return uid


def _insert(store: Store, table: str, raw: dict, stages: list[str], ts) -> None:
    row = {k: (v.strip() if isinstance(v, str) else v) for k, v in raw.items() if k is not None}
    row = {k: (None if v == "" else v) for k, v in row.items()}
    if table == "users":
        if not row.get("name") or not row.get("email"):
            raise ValidationError("name and email are required")
        if row.get("role") not in ("rep", "reviewer", "admin"):
            raise ValidationError(f"role must be rep, reviewer or admin (got {row.get('role')!r})")
        rid = int(row["id"]) if row.get("id") else store.next_id("users")
        store.execute("INSERT INTO users VALUES (?, ?, ?, ?)", [rid, row["name"], row["email"].lower(), row["role"]])
        return
    values = {}
    for col, target in EMAIL_COLUMNS.items():
        if row.get(col):
            values[target] = _user_id(store, row.pop(col))
        row.pop(col, None)
    for f, v in row.items():
        if f in operations.FIELDS[table]:
            values[f] = operations.coerce(table, f, v, stages)
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
    values["id"] = int(row["id"]) if row.get("id") else store.next_id(table)
    if store.scalar(f"SELECT count(*) FROM {table} WHERE id = ?", [values["id"]]):
        raise ValidationError(f"id {values['id']} already exists in {table}")
    if table in operations.TIMESTAMPED or table == "tasks":
        values["created_at"] = row.get("created_at") or ts
    if table in operations.TIMESTAMPED:
        values["updated_at"] = row.get("updated_at") or values["created_at"]
    cols = list(values)
    store.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                  [values[c] for c in cols])
