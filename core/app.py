"""The composition root: one App per database builds every service once, for the UI, the HTTP routes and the CLI.

So `python -m core plan` runs the same engine as the chat page: with CRM_LLM_BASE_URL set, both use the LLM
backend (falling back to the offline engine), and without it both use the offline engine.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from core import config
from core.store import Store

_lock = threading.RLock()
_instances: dict[str, "App"] = {}


@dataclass
class App:
    store: Store
    extras: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str, factory: Callable[["App"], Any]) -> Any:
        """A lazily built service (one per App), e.g. app.get('inbox', Inbox); tests may pre-seed one."""
        with _lock:
            if name not in self.extras:
                self.extras[name] = factory(self)
            return self.extras[name]

    @property
    def chat(self):
        from core.chat import ChatService
        from core.llm import understander_from_settings

        return self.get("chat", lambda a: ChatService(a.store, understander_from_settings(), recall=lambda: a.memory))

    @property
    def inbox(self):
        from core.inbox.service import Inbox

        return self.get("inbox", Inbox)

    @property
    def admin_settings(self):
        """The Settings page's service: guardrail topics and intents, replies, autopilot, knowledge base."""
        from core.admin_settings import AdminSettings

        return self.get("admin_settings", lambda a: AdminSettings(a.store))

    @property
    def workflows(self):
        from core.workflows.engine import WorkflowEngine

        return self.get("workflows", WorkflowEngine)

    @property
    def memory(self):
        from core.memory.service import Memory

        return self.get("memory", Memory)

    @property
    def voice(self):
        from core.voice import VoiceService

        return self.get("voice", lambda a: VoiceService(a.store))

    @property
    def insights(self):
        from core.insights.service import for_store

        return self.get("insights", lambda a: for_store(a.store))


def get_app(db_path: str | None = None) -> App:
    """The process-wide App for a database file (default: CRM_DB)."""
    path = db_path or config.get("CRM_DB")
    with _lock:
        if path not in _instances:
            from core.embeddings import limit_blas_threads
            limit_blas_threads()
            _instances[path] = App(Store(path))
        return _instances[path]


def reset() -> None:
    """Close every App's Store (tests and shutdown)."""
    with _lock:
        for app in _instances.values():
            app.store.close()
        _instances.clear()
