"""The Store: the one object that owns the DuckDB database.

DuckDB refuses concurrent use of one connection, so each thread gets its own
cursor (a child connection to the same database). Writes are serialised by one
lock: DuckDB's optimistic concurrency would otherwise abort one of two writers.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import threading
import uuid
from pathlib import Path
from typing import Any, Callable, Iterator

import duckdb

from core.errors import StoreError
from core.schema import MIGRATIONS

log = logging.getLogger(__name__)


class Store:
    def __init__(self, path: str | Path = ":memory:", tracer: Callable[[str, Any], None] | None = None,
                 read_only: bool = False):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._root = duckdb.connect(self.path, read_only=read_only)
            # timestamps are stored in UTC whatever the machine's zone: SQL now() too (pages show local time)
            self._root.execute("SET GLOBAL TimeZone = 'UTC'")
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._id_lock = threading.Lock()
        self._next_ids: dict[str, int] = {}
        self.tracer = tracer
        self.data_version = 0  # bumped by every commit; caches of CRM data key on it
        # caches key on (uid, data_version): id(store) is reused once a closed Store is collected, and a new store at
        # the same address and version would be handed another database's snapshot
        self.uid = uuid.uuid4().hex
        self.migrate()

    # -- connections ---------------------------------------------------------
    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        cur = getattr(self._local, "cur", None)
        if cur is None:
            cur = self._root.cursor()
            self._local.cur = cur
            self._local.depth = 0
        return cur

    def execute(self, sql: str, params: Any = None) -> duckdb.DuckDBPyConnection:
        if self.tracer:
            self.tracer(sql, params)
        try:
            return self.con.execute(sql, params) if params is not None else self.con.execute(sql)
        except duckdb.Error as exc:
            raise StoreError(f"database error: {exc}") from exc

    def query(self, sql: str, params: Any = None) -> list[dict]:
        """Rows as dicts (column name -> value)."""
        cur = self.execute(sql, params)
        cols = [d[0] for d in cur.description] if cur.description else []
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def one(self, sql: str, params: Any = None) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Any = None) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    # -- transactions --------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self, crm: bool = True) -> Iterator["Store"]:
        """BEGIN/COMMIT around the block; ROLLBACK on any exception; nests (inner blocks join the outer).

        crm=False marks a transaction that leaves CRM records alone (chat history), so caches of
        CRM data built on data_version stay valid.
        """
        self.con  # make sure this thread's cursor and depth exist
        if crm:
            self._local.crm_dirty = True
        if self._local.depth > 0:
            self._local.depth += 1
            try:
                yield self
            finally:
                self._local.depth -= 1
            return
        with self._write_lock:
            self.execute("BEGIN TRANSACTION")
            self._local.depth = 1
            try:
                yield self
            except BaseException:
                self._local.depth = 0
                self._local.crm_dirty = False
                self._rollback()
                raise
            self._local.depth = 0
            dirty, self._local.crm_dirty = getattr(self._local, "crm_dirty", True), False
            try:
                self.execute("COMMIT")
            except StoreError:
                self._rollback()
                raise
            if dirty:
                self.data_version += 1

    def _rollback(self) -> None:
        with contextlib.suppress(Exception):
            self.con.execute("ROLLBACK")
        with self._id_lock:
            self._next_ids.clear()  # ids handed out in the failed transaction are re-derived

    @property
    def in_transaction(self) -> bool:
        return getattr(self._local, "depth", 0) > 0

    # -- ids -----------------------------------------------------------------
    def next_id(self, table: str) -> int:
        return self.next_ids(table, 1)[0]

    def next_ids(self, table: str, n: int) -> list[int]:
        """Hand out n fresh integer ids for a table (max(id)+1 onwards, cached)."""
        with self._id_lock:
            start = self._next_ids.get(table)
            if start is None:
                start = self.high_water(table) + 1
            self._next_ids[table] = start + n
        return list(range(start, start + n))

    def high_water(self, table: str) -> int:
        """The highest id a table has ever handed out: its rows, and the records plans created and undo removed.

        Undo of a create deletes the row; without the plan history its id would go back into circulation after a
        restart, and a newcomer would inherit whatever still mentions it (chat history, audit rows, a reviewer's
        memory). crm_actions keeps every create, so ids never go back.
        """
        live = self.scalar(f"SELECT max(id) FROM {table}") or 0
        if table == "crm_actions":  # created by the first migration, which every Store runs when it opens
            return live
        created = self.scalar("SELECT max(target_id) FROM crm_actions WHERE target_table = ?", [table]) or 0
        return max(live, created)

    def note_ids(self, table: str) -> None:
        """Forget the cached counter after ids were written from outside next_ids (imports)."""
        with self._id_lock:
            self._next_ids.pop(table, None)

    # -- migrations ----------------------------------------------------------
    def migrate(self) -> int:
        self.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
        done = {r[0] for r in self.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = 0
        for version, name, sql in sorted(MIGRATIONS):
            if version in done:
                continue
            with self.atomic():
                for statement in [s for s in sql.split(";") if s.strip()]:
                    self.execute(statement)
                self.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, now()])
            applied += 1
        return applied

    @property
    def schema_version(self) -> int:
        return self.scalar("SELECT max(version) FROM schema_migrations") or 0

    # -- settings kept in the database (editable from the UI) -----------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.execute("SELECT value FROM app_settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.atomic():
            self.execute("DELETE FROM app_settings WHERE key = ?", [key])
            self.execute("INSERT INTO app_settings VALUES (?, ?, ?)", [key, json.dumps(value), now()])

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._root.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def now() -> dt.datetime:
    """The time in UTC (naive, as stored), to the millisecond (what JSON images round-trip exactly).

    Every stored timestamp is UTC, so a database means the same on a machine in another zone; pages convert to
    the reader's zone (ui/common.local_time)."""
    t = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


def utc(value: dt.datetime) -> dt.datetime:
    """A datetime as stored: aware ones converted to UTC, naive ones read as the machine's local time."""
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None)


def local_time(value: dt.datetime) -> dt.datetime:
    """A stored (UTC) datetime in the machine's local zone, naive."""
    return value.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def local_midnight(day: dt.date) -> dt.datetime:
    """The start of a local calendar day as a stored (UTC) datetime: "today", "on the 3rd" and "in November" are the
    reader's days, not UTC's. Days before 1971 (an open-ended "ever") are returned as they are."""
    start = dt.datetime.combine(day, dt.time())
    return utc(start) if day.year > 1970 else start


def utc_from_epoch(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).replace(tzinfo=None)
