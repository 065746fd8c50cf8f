"""Fixtures of the memory tests: the independent fixture (tests/corpus/memory) loaded and indexed once per run."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from core.memory.service import Memory
from core.store import Store
from tests.corpus.memory.loader import load

TODAY = dt.date(2026, 11, 15)  # the fixture's "today"


@pytest.fixture(scope="session")
def memory_template(tmp_path_factory) -> Path:
    """The fixture database with its memory index built (vectors in DuckDB, FAISS and keyword files beside it)."""
    path = tmp_path_factory.mktemp("memory") / "crm.duckdb"
    with Store(path) as store:
        load(store)
        memory = Memory(store)
        memory.start()
        memory.close()
    return path


@pytest.fixture
def memory_file(tmp_path, memory_template) -> Path:
    path = tmp_path / "crm.duckdb"
    shutil.copy(memory_template, path)
    shutil.copytree(str(memory_template) + ".memory", str(path) + ".memory")
    return path


@pytest.fixture
def memory_store(memory_file):
    store = Store(memory_file)
    yield store
    store.close()


@pytest.fixture
def memory(memory_store):
    m = Memory(memory_store)
    m.start()
    yield m
    m.close()
