"""Fixtures that build real stores: in-memory or temp-file DuckDB with the deterministic demo data."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from core.store import Store  # noqa: E402
from data.demo import generate  # noqa: E402

TODAY = dt.date(2026, 11, 18)  # a Wednesday; the corpus and tests read relative dates against it


@pytest.fixture
def machine_zone(monkeypatch):
    """Set the machine's time zone for one test (`machine_zone("Asia/Tokyo")`: TZ and time.tzset); this machine is
    UTC, where a local time and a UTC one cannot be told apart. The zone is restored afterwards."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def fresh_db() -> Store:
    store = Store(":memory:")
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo database built once per run; tests get copies."""
    path = tmp_path_factory.mktemp("template") / "demo.duckdb"
    with Store(path) as store:
        generate(store, TODAY)
    return path


@pytest.fixture
def demo_file(tmp_path, demo_template) -> Path:
    path = tmp_path / "crm.duckdb"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_file) -> Store:
    store = Store(demo_file)
    yield store
    store.close()


def free_port() -> int:
    """A free TCP port on loopback for a test server."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_process(proc: subprocess.Popen) -> None:
    """Terminate a server started by a test, killing it if it does not stop."""
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def crm_state(store: Store) -> dict:
    """Every CRM row, for before/after comparisons."""
    return {t: store.query(f"SELECT * FROM {t} ORDER BY id")
            for t in ("users", "companies", "contacts", "deals", "activities", "tasks")}
