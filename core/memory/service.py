"""The Memory service: one per Store (built in core/app.py), used by the chat, the inbox's drafts and the CLI."""
from __future__ import annotations

import datetime as dt
import re
import logging
import threading

from core.embeddings import Embedder
from core.memory.context import ConversationContext, ConversationMemory
from core.memory.index import Filters, Hit, MemoryIndex
from core.store import Store

log = logging.getLogger(__name__)


class Memory:
    def __init__(self, store_or_app, embedder: Embedder | None = None, directory="auto"):
        self.store: Store = getattr(store_or_app, "store", store_or_app)
        self.index = MemoryIndex(self.store, embedder, directory)
        self._conversations: ConversationMemory | None = None
        self._lock = threading.RLock()

    @property
    def conversations(self) -> ConversationMemory:
        if self._conversations is None:
            self._conversations = ConversationMemory(self.store, self.index)
        return self._conversations

    def start(self) -> dict:
        """At server start: load the model and the index, repair a stale index, catch up with the records."""
        self.index.embedder.embed(["warm-up"])  # the first message must not wait for the model
        self.index.open()
        report = dict(self.index.last_repair)
        report.update(self.sync(full=True))
        return report

    def sync(self, full: bool = False) -> dict:
        """Index what changed, then take the snapshots that are due (autopilot switches, grown conversations)."""
        with self._lock:
            report = self.index.sync(full=full)
            report["snapshots"] = self.conversations.maintain()
            return report

    def reindex(self, embed: bool = False, kind: str = "auto") -> dict:
        return self.index.reindex(embed=embed, kind=kind)

    def search(self, text: str, filters: Filters | None = None, k: int = 10, mode: str = "hybrid") -> list[Hit]:
        self.sync()
        return self.index.search(text, filters, k=k, mode=mode)

    def context(self, conversation_id: int, query: str | None = None, at: dt.datetime | None = None,
                before_seq: int | None = None) -> ConversationContext:
        self.sync()
        return self.conversations.rehydrate(conversation_id, query, at=at, before_seq=before_seq)

    def draft_memory(self, conversation_id: int, text: str, message_id: int) -> tuple[dict, ...]:
        """What a draft for message_id may rely on: the rehydrated context before it (not the message itself)."""
        seq = self.store.scalar("SELECT seq FROM messages WHERE id = ?", [message_id])
        ctx = self.conversations.rehydrate(conversation_id, text, before_seq=seq)
        return tuple(dict(m.to_dict(), phase="autopilot on" if m.autopilot_at_capture else "autopilot off")
                     for m in ctx.messages)

    def close(self) -> None:
        try:
            self.index.flush()
        except Exception:  # noqa: BLE001 - a failed save is repaired at the next start
            log.exception("saving the memory index failed")

    # -- the chat's questions ------------------------------------------------------------------------------
    def answer(self, text: str, user_id: int | None = None, today: dt.date | None = None, snap=None,
               kind: str | None = None, mode: str = "hybrid"):
        """A search request or an account brief (see copilot.route); None when the text is neither."""
        from core import snapshot as snapshot_mod
        from core.memory import copilot

        text = copilot.validate_question(text)
        kind = kind or copilot.route(text)
        if kind is None:
            return None
        snap = snap or snapshot_mod.load(self.store)
        today = today or dt.date.today()
        if kind == "brief":
            subject = copilot.subject_of(text, snap)
            if subject is not None:
                risks = bool(re.search(r"\brisks?\b", text, re.I))
                return copilot.brief(self.store, subject, today, risks_only=risks)
            kind = "search"
        self.sync()
        return copilot.search_answer(self, snap, text, user_id, today, mode=mode)
