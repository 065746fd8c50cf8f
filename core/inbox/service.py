"""The Inbox: one object per store that wires capture, processing, review, autopilot and delivery.

Built once per process (`services.get("inbox", Inbox)`); the HTTP routes, the CLI, the UI pages
and the tests all call its methods. start() runs three daemon threads: the ingest writer (group
commit), the processor (guardrails, drafts, autopilot) and the dispatcher (outbox delivery, see
delivery.py). The CLI calls refuse_sending(): its replies wait in the outbox for the server.
"""
from __future__ import annotations

import concurrent.futures as cf
import logging
import threading
from typing import Any, Sequence

from core import config
from core.embeddings import Embedder, default_embedder
from core.errors import NotFound, PermissionDenied, StoreError, ValidationError
from core.inbox import autopilot as ap
from core.inbox.capture import IngestWriter, capture, unavailable
from core.inbox.channels import ChannelSender, queue_outbound, senders_from_settings
from core.inbox.delivery import Dispatcher, RetryPolicy
from core.inbox.drafting import Responder, responder_from_settings
from core.inbox.errors import CaptureUnavailable, ReviewConflict
from core.inbox.knowledge import KnowledgeBase
from core.inbox.models import AutopilotChange, InboundMessage, Receipt
from core.inbox.processing import Processor
from core.inbox.review import MAX_REPLY, ReviewQueue
from core.inbox.settings import InboxSettings, parse_bool
from core.models import User
from core.store import Store

log = logging.getLogger(__name__)


class Inbox:
    def __init__(self, services_or_store: Any, *, embedder: Embedder | None = None,
                 responder: Responder | None = None, senders: dict[str, ChannelSender] | None = None,
                 knowledge_base: str | None = None, max_batch: int | None = None,
                 guardrail_embeddings: bool = True, retry: RetryPolicy | None = None, memory: Any = None):
        self.store: Store = getattr(services_or_store, "store", services_or_store)
        # the conversation memory drafts rely on: given, or the App's (a bare Store drafts from recent messages)
        self._memory_source = memory if memory is not None else (
            (lambda: services_or_store.memory) if hasattr(type(services_or_store), "memory") else None)
        self.settings = InboxSettings(self.store)
        self._embedder = embedder
        self._responder = responder
        self._responder_injected = responder is not None
        self._kb_path = knowledge_base
        self._kb: KnowledgeBase | None = None
        self._kb_version: str | None = None
        self._lock = threading.Lock()
        self._capture_lock = threading.Lock()
        self.processor = Processor(self.store, self.settings, self.responder, self.embedder,
                                   guardrail_embeddings=guardrail_embeddings, memory=self.memory)
        self.dispatcher = Dispatcher(self.store, senders_from_settings() if senders is None else senders,
                                     policy=retry)
        self.delivery = self.dispatcher  # the outbox state machine: problems(), resolve(), apply_statuses()
        self.review = ReviewQueue(self.store, on_send=self.dispatcher.wake.set)
        self.writer = IngestWriter(self.store, self.settings.default_autopilot,
                                   max_batch or int(config.get("CRM_INGEST_MAX_BATCH")),
                                   on_commit=lambda _r: self._process_wake.set())
        self._process_wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    # -- lazily built parts ------------------------------------------------------------
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = default_embedder()
        return self._embedder

    def memory(self):
        """The Memory service behind drafts, or None."""
        source = self._memory_source
        return source() if callable(source) and not hasattr(source, "draft_memory") else source

    def knowledge_base(self) -> KnowledgeBase:
        """The admin's knowledge base from the settings page if one was saved, else CRM_KNOWLEDGE_BASE's file;
        rebuilt (with the responder over it) when an admin saves a new one."""
        version = self.settings.knowledge_base_version()
        with self._lock:
            if self._kb is None or version != self._kb_version:
                self._kb = self._load_knowledge_base()
                self._kb_version = version
                if not self._responder_injected:
                    self._responder = None  # rebuilt on the next draft, over the new entries
            return self._kb

    def _load_knowledge_base(self) -> KnowledgeBase:
        stored = self.settings.knowledge_base_data()
        if stored is not None:
            return KnowledgeBase.from_data(stored, self.embedder(), "knowledge base (settings page)")
        return KnowledgeBase.load(self._kb_path or config.get("CRM_KNOWLEDGE_BASE"), self.embedder())

    def reload_knowledge_base(self) -> int:
        """Re-read the knowledge base (after editing its file); returns its number of entries."""
        version = self.settings.knowledge_base_version()
        kb = self._load_knowledge_base()
        with self._lock:
            self._kb, self._kb_version = kb, version
            if not self._responder_injected:
                self._responder = None  # rebuilt on the next draft, over the new entries
        return len(kb.entries)

    def responder(self) -> Responder:
        if self._responder_injected:
            return self._responder
        kb = self.knowledge_base()  # first: a new knowledge base drops the responder built over the old one
        if self._responder is None:
            self._responder = responder_from_settings(kb)
        return self._responder

    # -- capture -----------------------------------------------------------------------
    def submit(self, msgs: Sequence[InboundMessage]) -> "cf.Future[list[Receipt]]":
        """Queue for the next group commit (the writer must be running)."""
        return self.writer.submit(msgs)

    def ingest(self, msgs: Sequence[InboundMessage], timeout: float = 30.0) -> list[Receipt]:
        """Store messages and return their receipts once committed (through the writer when it runs)."""
        if self.writer.running:
            try:
                return self.writer.submit(msgs).result(timeout)
            except cf.TimeoutError:
                raise CaptureUnavailable(f"the messages were not committed within {timeout:.0f} s; retry") from None
        with self._capture_lock:  # the writer's memory is shared, one capture at a time
            try:
                receipts = capture(self.store, msgs, self.settings.default_autopilot, self.writer.cache)
            except StoreError as exc:
                raise unavailable(exc) from None
        self._process_wake.set()
        return receipts

    # -- processing and delivery -------------------------------------------------------------
    def process_pending(self) -> int:
        n = self.processor.process_pending()
        self.review.stats()
        return n

    def dispatch_pending(self) -> int:
        return self.dispatcher.dispatch_pending()

    def refuse_sending(self, reason: str) -> None:
        """This process never sends replies (the CLI): they stay queued for the server, which sends them."""
        self.dispatcher.refuse(reason)

    def run_once(self) -> dict:
        """Process every pending message and, where this process sends, deliver every reply that is due."""
        processed = self.process_pending()
        sent = 0
        while not self.dispatcher.refusal:
            n = self.dispatch_pending()
            sent += n
            if not n:
                break
        return {"processed": processed, "dispatched": sent,
                "queued": self.store.scalar("SELECT count(*) FROM outbox WHERE status = 'queued'")}

    def lag(self) -> dict:
        return self.processor.lag()

    # -- humans ----------------------------------------------------------------------------
    def reply(self, conversation_id: int, text: str, user: User) -> dict:
        """A human agent writes to the customer: sent as is, autopilot paused, pending drafts superseded."""
        text = (text or "").strip()
        if not text:
            raise ValidationError("the reply is empty", "text")
        if len(text) > MAX_REPLY:
            raise ValidationError(f"the reply is {len(text)} characters; at most {MAX_REPLY} can be sent", "text")
        with self.store.atomic():
            conv = self.store.one("SELECT opted_out_at FROM conversations WHERE id = ?", [conversation_id])
            if conv is None:
                raise NotFound(f"no conversation {conversation_id}")
            if conv["opted_out_at"] is not None:
                raise ReviewConflict(f"the customer opted out of messages at {conv['opted_out_at']:%Y-%m-%d %H:%M} "
                                     "(STOP): nothing can be sent until they write START")
            mid, oid = queue_outbound(self.store, conversation_id, text, "agent", "agent", author_id=user.id)
            superseded = ap.human_override(self.store, conversation_id, mid, user.email, "ui reply")
        self.dispatcher.wake.set()
        self.review.stats()
        return {"message_id": mid, "outbox_id": oid, "superseded": superseded}

    def set_autopilot(self, conversation_id: int, enabled: bool, user: User, reason: str | None = None,
                      source: str = "ui") -> AutopilotChange:
        """Turn autopilot on or off from the UI (the signed-in user is the authority)."""
        if user.role not in ("reviewer", "admin", "rep"):
            raise PermissionDenied(f"{user.name} cannot change autopilot")
        return ap.set_autopilot(self.store, conversation_id, bool(enabled), user.email, source, reason)

    def sign_autopilot(self, conversation_id: int, enabled: bool, actor: str,
                       reason: str | None = None) -> tuple[bytes, str]:
        """A command body and its signature with this server's key (what the CLI and integrations send)."""
        return ap.signed_command(self.settings.server_key(), conversation_id, enabled, actor, reason)

    def set_autopilot_signed(self, body: bytes, signature: str | None, source: str = "api",
                             conversation_id: int | None = None) -> AutopilotChange:
        """Apply an autopilot change from outside the UI: valid HMAC signature, fresh, and never used before.

        The signature is checked on the exact bytes before they are parsed; the bytes of every command used are
        remembered in the database (signed_commands) while its timestamp could still pass the freshness window,
        so a replay is refused after a restart too. conversation_id: the one the URL names, which the body must.
        """
        data = ap.verify_command(self.settings.server_key(), body, signature)
        if conversation_id is not None and data["conversation_id"] != conversation_id:
            raise ValidationError("conversation_id in the body must match the URL", "conversation_id")
        return ap.apply_signed_command(self.store, body, data, source)

    # -- reading ---------------------------------------------------------------------------------
    def conversations(self, limit: int = 100, contact_id: int | None = None, address: str | None = None,
                      channel: str | None = None) -> list[dict]:
        """Conversations with their contact, autopilot state and latest message, most recent first; optionally
        only a contact's, an address's (phone or email, as written by the customer) or a channel's."""
        where, params = [], []
        if contact_id is not None:
            where.append("c.contact_id = ?")
            params.append(int(contact_id))
        if address:
            digits = "".join(ch for ch in address if ch.isdigit())
            where.append("(lower(c.address) = lower(?) OR (? <> '' AND regexp_replace(c.address, '[^0-9]', '', 'g') = ?))")
            params += [address.strip(), digits if "@" not in address else "", digits]
        if channel:
            where.append("c.channel = ?")
            params.append(channel)
        clause = ("WHERE " + " AND ".join(where) + " ") if where else ""
        return self.store.query(
            "SELECT c.id, c.channel, c.address, c.autopilot, c.contact_id, "
            "trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, '')) AS contact_name, "
            "m.last_at, m.messages, coalesce(p.pending, 0) AS pending_drafts FROM conversations c "
            "LEFT JOIN contacts ct ON ct.id = c.contact_id "
            "LEFT JOIN (SELECT conversation_id, max(received_at) AS last_at, count(*) AS messages FROM messages "
            "GROUP BY conversation_id) m ON m.conversation_id = c.id "
            "LEFT JOIN (SELECT conversation_id, count(*) AS pending FROM drafts WHERE status = 'pending' "
            "GROUP BY conversation_id) p ON p.conversation_id = c.id " + clause +
            "ORDER BY m.last_at DESC NULLS LAST, c.id DESC LIMIT ?", params + [limit])

    def messages(self, conversation_id: int, limit: int = 50) -> list[dict]:
        return self.store.query(
            "SELECT * FROM (SELECT id, direction, author_kind, author_id, body, received_at, classification, draft_id "
            "FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT ?) ORDER BY id", [conversation_id, limit])

    def timeline(self, contact_id: int, limit: int = 50) -> list[dict]:
        """A contact's activities and messages on every channel, newest first (a customer message with its signals:
        sentiment and intents, once processed)."""
        return self.store.query(
            "SELECT * FROM (SELECT 'activity' AS kind, type AS what, coalesce(subject, '') AS title, body, "
            "occurred_at AS happened_at, NULL AS sentiment, NULL AS intents FROM activities WHERE contact_id = ? "
            "AND deleted_at IS NULL UNION ALL "
            "SELECT 'message', channel || ' ' || direction, author_kind, body, received_at, g.sentiment, g.intents "
            "FROM messages m LEFT JOIN message_signals g ON g.message_id = m.id "
            "WHERE contact_id = ?) ORDER BY happened_at DESC LIMIT ?", [contact_id, contact_id, limit])

    def status(self) -> dict:
        outbox = self.delivery.summary()
        return {"workers": self.running, "lag": self.lag(), "review": self.review.stats(),
                "outbox_queued": outbox["queued"], "outbox": outbox}

    # -- background workers ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def start(self, workers: bool = True) -> "Inbox":
        """Start the ingest writer and (unless workers=False) the processing and dispatch loops."""
        self.writer.start()
        memory = self.memory()
        if workers and memory is not None:  # load the model and repair the memory index now, not on the first message
            threading.Thread(target=self._start_memory, args=(memory,), name="memory-start", daemon=True).start()
        if workers and not self.running:
            self._stop.clear()
            self._threads = [threading.Thread(target=self._loop, args=(self._process_wake, self._process_tick),
                                              name="inbox-processor", daemon=True),
                             threading.Thread(target=self._loop, args=(self.dispatcher.wake, self.dispatch_pending),
                                              name="inbox-dispatcher", daemon=True)]
            for t in self._threads:
                t.start()
        return self

    @staticmethod
    def _start_memory(memory) -> None:
        try:
            report = memory.start()
            log.info("memory index ready: %s", report)
        except Exception:  # noqa: BLE001 - drafts fall back to recent messages; the next sync retries
            log.exception("memory index could not start")

    def stop(self) -> None:
        self._stop.set()
        self._process_wake.set()
        self.dispatcher.wake.set()
        for t in self._threads:
            t.join(15)
        self._threads = []
        self.writer.stop()

    def _process_tick(self) -> int:
        n = self.processor.process_pending()
        if n:
            self.dispatcher.wake.set()
        self.review.stats()
        return n

    def _loop(self, wake: threading.Event, work) -> None:
        while not self._stop.is_set():
            wake.clear()  # a wake-up during work() makes the next wait return at once
            try:
                work()
            except Exception:  # noqa: BLE001 - keep the loop alive; the error is logged and retried
                log.exception("inbox worker %s failed; retrying", threading.current_thread().name)
                self._stop.wait(1.0)
            wake.wait(1.0)


def workers_enabled() -> bool:
    return parse_bool(config.get("CRM_INBOX_WORKERS"), "CRM_INBOX_WORKERS")
