import subprocess
import sys
import threading

import pytest

from core.errors import StoreError
from core.store import Store
from tests.conftest import ROOT


def test_migrations_are_recorded_and_idempotent(tmp_path):
    path = tmp_path / "x.duckdb"
    with Store(path) as s:
        version = s.schema_version
        assert version >= 1
    with Store(path) as s:
        assert s.migrate() == 0
        assert s.schema_version == version


def test_atomic_rolls_back_everything_on_error(fresh_db):
    fresh_db.execute("INSERT INTO users VALUES (1, 'A', 'a@x.io', 'rep')")
    with pytest.raises(RuntimeError):
        with fresh_db.atomic():
            fresh_db.execute("INSERT INTO users VALUES (2, 'B', 'b@x.io', 'rep')")
            with fresh_db.atomic():  # nested blocks join the outer transaction
                fresh_db.execute("INSERT INTO users VALUES (3, 'C', 'c@x.io', 'rep')")
            raise RuntimeError("boom")
    assert fresh_db.scalar("SELECT count(*) FROM users") == 1


def test_constraint_violation_is_a_store_error_and_changes_nothing(fresh_db):
    with pytest.raises(StoreError):
        with fresh_db.atomic():
            fresh_db.execute("INSERT INTO users VALUES (1, 'A', 'a@x.io', 'rep')")
            fresh_db.execute("INSERT INTO users VALUES (2, 'B', 'b@x.io', 'pilot')")
    assert fresh_db.scalar("SELECT count(*) FROM users") == 0


def test_threads_each_get_a_cursor_and_writes_do_not_collide(tmp_path):
    store = Store(tmp_path / "t.duckdb")
    errors = []

    def writer(n):
        try:
            for i in range(20):
                with store.atomic():
                    rid = store.next_id("users")
                    store.execute("INSERT INTO users VALUES (?, ?, ?, 'rep')", [rid, f"u{n}-{i}", f"u{n}-{i}@x.io"])
                store.query("SELECT count(*) FROM users")
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.scalar("SELECT count(*) FROM users") == 80


def test_importing_core_does_not_import_streamlit():
    code = ("import sys, core.chat, core.cli, core.crm_cli, core.executor, core.planning, core.llm, core.voice; "
            "print('streamlit' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
