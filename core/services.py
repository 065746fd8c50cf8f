"""The core services of one process, built once and shared by the UI, the HTTP routes and the CLI."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from core import config
from core.store import Store

_lock = threading.Lock()
_instances: dict[str, "Services"] = {}


@dataclass
class Services:
    store: Store
    extras: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str, factory) -> Any:
        """A lazily built feature service (one per process), e.g. services.get('inbox', InboxService)."""
        with _lock:
            if name not in self.extras:
                self.extras[name] = factory(self)
            return self.extras[name]


def get_services(db_path: str | None = None) -> Services:
    """The process-wide Services for a database file (default: CRM_DB)."""
    path = db_path or config.get("CRM_DB")
    with _lock:
        if path not in _instances:
            _instances[path] = Services(Store(path))
        return _instances[path]


def reset() -> None:
    """Close every Store (tests and shutdown)."""
    with _lock:
        for s in _instances.values():
            s.store.close()
        _instances.clear()
