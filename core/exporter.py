"""CSV export of a table's live rows, in the importer's format: foreign ids go back out as `id`."""
from __future__ import annotations

import csv
import datetime as dt
from typing import TextIO

from core import operations
from core.csv_cells import neutralise
from core.errors import ValidationError
from core.importer import EMAIL_COLUMNS, ORDER
from core.store import Store

USER_EMAIL = {target: col for col, target in EMAIL_COLUMNS.items()}  # owner_id -> owner_email


def columns(table: str) -> list[str]:
    """The CSV header for a table: what `import` reads back."""
    if table == "users":
        return ["id", "name", "email", "role"]
    cols = ["id"] + [USER_EMAIL.get(f, f) for f in operations.FIELDS[table]]
    if table in operations.TIMESTAMPED:
        cols += ["created_at", "updated_at"]
    return cols + (["created_at"] if table == "tasks" else [])


def _select(table: str) -> str:
    """SQL for the live rows; each id and link also comes with the external_id its row may have (as COL_ext)."""
    if table == "users":
        return "SELECT id, name, email, role FROM users ORDER BY id"
    out, joins = ["t.id", "t.external_id AS id_ext"], []
    for n, (f, kind) in enumerate(operations.FIELDS[table].items()):
        if kind == "ref:users":
            joins.append(f"LEFT JOIN users j{n} ON j{n}.id = t.{f}")
            out.append(f"j{n}.email AS {USER_EMAIL[f]}")
        elif kind.startswith("ref:"):  # links to deleted rows are left empty: those rows are not exported
            joins.append(f"LEFT JOIN {kind[4:]} j{n} ON j{n}.id = t.{f} AND j{n}.deleted_at IS NULL")
            out += [f"j{n}.id AS {f}", f"j{n}.external_id AS {f}_ext"]
        else:
            out.append(f"t.{f}")
    out += [f"t.{c}" for c in columns(table) if c in ("created_at", "updated_at")]
    return f"SELECT {', '.join(out)} FROM {table} t {' '.join(joins)} WHERE t.deleted_at IS NULL ORDER BY t.id"


def _cell(row: dict, col: str) -> object:
    """One CSV cell: a foreign id as text, our ids and amounts as numbers, times in UTC ("…Z"), text neutralised."""
    value = row.get(f"{col}_ext")
    value = row[col] if value is None else value
    if isinstance(value, dt.datetime):  # stored in UTC, and said so: an import reads a time without "Z" as local
        return value.isoformat(" ") + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(value)


def export_csv(store: Store, table: str, out: TextIO) -> int:
    """Write a table's live rows as CSV (text cells quoted and formula-neutralised); returns rows written."""
    if table not in ORDER:
        raise ValidationError(f"cannot export {table!r}; tables: {', '.join(ORDER)}")
    cols = columns(table)
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(cols)
    rows = store.query(_select(table))
    for row in rows:
        writer.writerow([_cell(row, c) for c in cols])
    return len(rows)
