"""Capture: inbound messages -> the durable messages table, each exactly once, in one transaction per batch.

The IngestWriter gives HTTP handlers group commit: one thread commits whatever has arrived since
its last commit, then resolves every caller's future, so a sender is acknowledged only after its
message is on disk while the database sees a few large transactions instead of many small ones.
Guardrails and drafting run later, from the messages table (see processing.py).
"""
from __future__ import annotations

import concurrent.futures as cf
import logging
import queue
import threading
import time
from typing import Callable, Sequence

from core import metrics
from core.errors import CRMError
from core.bulk_create import create_many
from core.executor import SYSTEM_USER
from core.inbox.autopilot import human_override
from core.inbox.errors import CaptureUnavailable
from core.inbox.models import EMAIL_CHANNELS, InboundMessage, Receipt
from core.store import Store, now

log = logging.getLogger(__name__)


def _split_name(name: str | None, address: str) -> tuple[str, str | None]:
    parts = (name or "").split()
    if not parts:
        return address, None
    return parts[0], " ".join(parts[1:]) or None


def _existing(store: Store, keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, int]]:
    """(channel, external_id) -> (message id, conversation id) for keys already stored."""
    if not keys:
        return {}
    rows = store.execute(
        "SELECT m.channel, m.external_id, m.id, m.conversation_id FROM messages m "
        "JOIN (SELECT unnest(?::VARCHAR[]) AS channel, unnest(?::VARCHAR[]) AS external_id) k "
        "USING (channel, external_id)", [[k[0] for k in keys], [k[1] for k in keys]]).fetchall()
    return {(r[0], r[1]): (r[2], r[3]) for r in rows}


def _own_echoes(store: Store, msgs: list[InboundMessage]) -> dict[str, tuple[int, int]]:
    """Provider ids of messages we sent ourselves (a channel echoing them back is not a human override)."""
    ids = [m.external_id for m in msgs if m.direction == "out"]
    if not ids:
        return {}
    rows = store.execute("SELECT provider_message_id, message_id, conversation_id FROM outbox "
                         "WHERE provider_message_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def _find_contacts(store: Store, msgs: list[InboundMessage]) -> dict[tuple[str, str], int]:
    """(channel, address) -> id of the live contact with that phone or email (lowest id on ties)."""
    phones = sorted({m.address[1:] for m in msgs if m.channel not in EMAIL_CHANNELS})
    emails = sorted({m.address for m in msgs if m.channel in EMAIL_CHANNELS})
    by_phone: dict[str, int] = {}
    by_email: dict[str, int] = {}
    if phones:
        for digits, cid in store.execute(
                "SELECT regexp_replace(phone, '[^0-9]', '', 'g') AS digits, min(id) FROM contacts "
                "WHERE deleted_at IS NULL AND phone IS NOT NULL "
                "AND regexp_replace(phone, '[^0-9]', '', 'g') IN (SELECT unnest(?::VARCHAR[])) GROUP BY digits",
                [phones]).fetchall():
            by_phone[digits] = cid
    if emails:
        for email, cid in store.execute(
                "SELECT lower(email) AS e, min(id) FROM contacts WHERE deleted_at IS NULL "
                "AND lower(email) IN (SELECT unnest(?::VARCHAR[])) GROUP BY e", [emails]).fetchall():
            by_email[email] = cid
    found = {}
    for m in msgs:
        cid = by_email.get(m.address) if m.channel in EMAIL_CHANNELS else by_phone.get(m.address[1:])
        if cid is not None:
            found[(m.channel, m.address)] = cid
    return found


def _create_contacts(store: Store, msgs: list[InboundMessage]) -> dict[tuple[str, str], int]:
    """Unknown senders become lead contacts: one plan for the batch, undoable like any other."""
    firsts: dict[str, InboundMessage] = {}
    for m in msgs:  # one contact per person even if they wrote on two channels in this batch
        firsts.setdefault(m.address, m)
    people = list(firsts.values())
    records = []
    for m in people:
        first, last = _split_name(m.name, m.address)
        rec = {"first_name": first, "last_name": last, "lifecycle_stage": "lead"}
        rec["email" if m.channel in EMAIL_CHANNELS else "phone"] = m.address
        records.append(rec)
    _, ids = create_many(store, "create_contact", records, SYSTEM_USER,
                         f"New contacts for {len(people)} unknown sender(s) writing in")
    by_address = {m.address: cid for cid, m in zip(ids, people)}
    return {(m.channel, m.address): by_address[m.address] for m in msgs}


def _conversations(store: Store, msgs: list[InboundMessage], default_autopilot: bool,
                   ts) -> dict[tuple[str, str], tuple[int, int, bool]]:
    """(channel, address) -> (conversation id, contact id, autopilot), creating what is missing."""
    keys = sorted({(m.channel, m.address) for m in msgs})
    rows = store.execute(
        "SELECT c.channel, c.address, c.id, c.contact_id, c.autopilot FROM conversations c "
        "JOIN (SELECT unnest(?::VARCHAR[]) AS channel, unnest(?::VARCHAR[]) AS address) k USING (channel, address)",
        [[k[0] for k in keys], [k[1] for k in keys]]).fetchall()
    convs = {(r[0], r[1]): (r[2], r[3], r[4]) for r in rows}
    missing = [m for m in msgs if (m.channel, m.address) not in convs]
    if missing:
        firsts = {}
        for m in missing:
            firsts.setdefault((m.channel, m.address), m)
        new = list(firsts.values())
        contacts = _find_contacts(store, new)
        unknown = [m for m in new if (m.channel, m.address) not in contacts]
        if unknown:
            contacts.update(_create_contacts(store, unknown))
        ids = store.next_ids("conversations", len(new))
        store.execute(
            "INSERT INTO conversations (id, contact_id, channel, address, autopilot, created_at) "
            "SELECT unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), ?, ?",
            [ids, [contacts[(m.channel, m.address)] for m in new], [m.channel for m in new],
             [m.address for m in new], default_autopilot, ts])
        for cid, m in zip(ids, new):
            convs[(m.channel, m.address)] = (cid, contacts[(m.channel, m.address)], default_autopilot)
    return convs


def capture(store: Store, msgs: Sequence[InboundMessage], default_autopilot: bool = False) -> list[Receipt]:
    """Store every new message once (redeliveries are recognised, not stored); one transaction; receipts in order."""
    if not msgs:
        return []
    ts = now()
    with store.atomic():
        existing = _existing(store, sorted({(m.channel, m.external_id) for m in msgs}))
        echoes = _own_echoes(store, list(msgs))
        fresh: dict[tuple[str, str], InboundMessage] = {}
        for m in msgs:
            key = (m.channel, m.external_id)
            if key not in existing and key not in fresh and not (m.direction == "out" and m.external_id in echoes):
                fresh[key] = m
        new = list(fresh.values())
        stored: dict[tuple[str, str], tuple[int, int]] = {}
        overrides: list[tuple[int, int, str]] = []
        if new:
            convs = _conversations(store, new, default_autopilot, ts)
            ids = store.next_ids("messages", len(new))
            cols = {"id": ids, "conversation_id": [], "contact_id": [], "channel": [], "external_id": [],
                    "direction": [], "author_kind": [], "body": [], "sender_name": [], "sent_at": [],
                    "autopilot_at_capture": []}
            for mid, m in zip(ids, new):
                conv_id, contact_id, autopilot = convs[(m.channel, m.address)]
                cols["conversation_id"].append(conv_id)
                cols["contact_id"].append(contact_id)
                cols["channel"].append(m.channel)
                cols["external_id"].append(m.external_id)
                cols["direction"].append(m.direction)
                cols["author_kind"].append("customer" if m.direction == "in" else "agent")
                cols["body"].append(m.body)
                cols["sender_name"].append(m.name)
                cols["sent_at"].append(m.sent_at)
                cols["autopilot_at_capture"].append(autopilot)
                stored[(m.channel, m.external_id)] = (mid, conv_id)
                if m.direction == "out":
                    overrides.append((conv_id, mid, f"{m.channel}:{m.address}"))
            types = {"id": "INTEGER", "conversation_id": "INTEGER", "contact_id": "INTEGER", "sent_at": "TIMESTAMP",
                     "autopilot_at_capture": "BOOLEAN"}
            names = list(cols)
            store.execute(
                f"INSERT INTO messages ({', '.join(names)}, received_at) SELECT "
                + ", ".join(f"unnest(?::{types.get(n, 'VARCHAR')}[])" for n in names) + ", ?",
                [cols[n] for n in names] + [ts])
            for conv_id, mid, who in overrides:
                human_override(store, conv_id, mid, who, "channel echo")
    receipts = []
    for m in msgs:
        key = (m.channel, m.external_id)
        if key in existing:
            receipts.append(Receipt(m.channel, m.external_id, *existing[key], duplicate=True))
        elif m.direction == "out" and m.external_id in echoes:
            receipts.append(Receipt(m.channel, m.external_id, *echoes[m.external_id], duplicate=True))
        else:
            first = fresh[key] is m
            receipts.append(Receipt(m.channel, m.external_id, *stored[key], duplicate=not first))
    for m in new:
        metrics.ingested_messages.labels(channel=m.channel).inc()
    return receipts


class IngestWriter:
    """One thread that commits queued messages in groups and acknowledges each submitter after the commit."""

    def __init__(self, store: Store, default_autopilot: Callable[[], bool], max_batch: int = 2000,
                 on_commit: Callable[[list[Receipt]], None] | None = None):
        self.store = store
        self.default_autopilot = default_autopilot
        self.max_batch = max_batch
        self.on_commit = on_commit
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.batches = 0  # commits made, for the bench

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> "IngestWriter":
        if not self.running:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="inbox-ingest-writer", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None
        self._fail_pending(CaptureUnavailable("the ingest writer stopped; retry"))

    def submit(self, msgs: Sequence[InboundMessage]) -> "cf.Future[list[Receipt]]":
        """Queue messages for the next group commit; the future resolves to their receipts once committed."""
        fut: cf.Future = cf.Future()
        if not self.running:
            fut.set_exception(CaptureUnavailable("the ingest writer is not running; retry later"))
            return fut
        self._queue.put((list(msgs), fut))
        return fut

    def _fail_pending(self, exc: Exception) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not None and not item[1].done():
                item[1].set_exception(exc)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                item = self._queue.get(timeout=0.5)
            except queue.Empty:
                continue
            if item is None:
                continue
            group = [item]
            count = len(item[0])
            while count < self.max_batch:
                try:
                    nxt = self._queue.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    continue
                group.append(nxt)
                count += len(nxt[0])
            self._commit(group)

    def _commit(self, group: list[tuple[list[InboundMessage], cf.Future]]) -> None:
        msgs = [m for batch, _ in group for m in batch]
        start = time.perf_counter()
        try:
            receipts = capture(self.store, msgs, self.default_autopilot())
        except Exception as exc:  # noqa: BLE001 - a failed group is retried one submitter at a time
            if len(group) > 1:
                for one in group:
                    self._commit([one])
                return
            log.exception("capture failed")
            err = exc if isinstance(exc, CRMError) else CaptureUnavailable(f"could not store the messages: {exc}")
            group[0][1].set_exception(err)
            return
        self.batches += 1
        metrics.request_latency_ms.labels(step="capture").observe((time.perf_counter() - start) * 1000)
        i = 0
        for batch, fut in group:
            fut.set_result(receipts[i:i + len(batch)])
            i += len(batch)
        if self.on_commit is not None:
            try:
                self.on_commit(receipts)
            except Exception:  # noqa: BLE001 - a notification must never lose an ack
                log.exception("on_commit callback failed")
