"""Capture: inbound messages -> the durable messages table, each exactly once, in one transaction per batch.

The IngestWriter gives HTTP handlers group commit: one thread commits whatever has arrived since
its last commit, then resolves every caller's future, so a sender is acknowledged only after its
message is on disk while the database sees a few large transactions instead of many small ones.
Guardrails and drafting run later, from the messages table (see processing.py).
"""
from __future__ import annotations

import asyncio
import concurrent.futures as cf
import logging
import queue
import threading
import time
from typing import Any, Callable, Sequence

from core import metrics
from core.errors import CRMError, StoreError
from core.bulk_create import create_many
from core.executor import SYSTEM_USER
from core.inbox.autopilot import human_override, set_autopilot
from core.inbox.delivery import cancel_queued, match_own_echoes, opt_out_change
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


def unavailable(exc: BaseException) -> CaptureUnavailable:
    """What a sender is told when the database failed: retry later; the database's own words stay in the log."""
    log.error("capture failed on a database error: %s", exc)
    return CaptureUnavailable("the messages could not be stored just now (database unavailable); nothing was "
                              "stored: retry shortly")


def _opt_outs(store: Store, new: list[InboundMessage], stored: dict, ts) -> None:
    """A customer's STOP cancels every reply not yet sent and pauses autopilot; START lifts it (same transaction)."""
    for m in new:
        change = opt_out_change(m.body) if m.direction == "in" else None
        if change is None:
            continue
        conv_id = stored[(m.channel, m.external_id)][1]
        if change:
            store.execute("UPDATE conversations SET opted_out_at = ? WHERE id = ? AND opted_out_at IS NULL",
                          [ts, conv_id])
            cancel_queued(store, conv_id, f"the customer opted out ({m.body.strip()[:20]})", "opt_out")
            set_autopilot(store, conv_id, False, f"{m.channel}:{m.address}", "opt-out", "the customer opted out")
        else:
            store.execute("UPDATE conversations SET opted_out_at = NULL WHERE id = ?", [conv_id])


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


class CaptureCache:
    """What the ingest writer remembers between batches so most batches need no lookup queries.

    Conversations never change channel, address or contact, so (channel, address) -> ids is safe to keep.
    Recently stored message keys let a redelivery be recognised without a query; a key not in memory is
    assumed new and the UNIQUE (channel, external_id) constraint is the backstop: on a violation the
    batch is rolled back and captured again with the full database check.
    """

    def __init__(self, max_keys: int = 200_000):
        self.max_keys = max_keys
        self.conversations: dict[tuple[str, str], tuple[int, int]] = {}
        self.keys: dict[tuple[str, str], tuple[int, int]] = {}

    def remember(self, receipts: Sequence[Receipt]) -> None:
        for r in receipts:
            if not r.duplicate and r.message_id is not None:
                self.keys[(r.channel, r.external_id)] = (r.message_id, r.conversation_id)
        overflow = len(self.keys) - self.max_keys
        if overflow > 0:  # dicts keep insertion order: drop the oldest
            for key in list(self.keys)[:overflow]:
                del self.keys[key]

    def forget(self) -> None:
        self.conversations.clear()
        self.keys.clear()


def _conversations(store: Store, msgs: list[InboundMessage], default_autopilot: Callable[[], bool], ts,
                   cache: CaptureCache | None) -> dict[tuple[str, str], tuple[int, int]]:
    """(channel, address) -> (conversation id, contact id), creating what is missing."""
    keys = sorted({(m.channel, m.address) for m in msgs})
    convs = {k: cache.conversations[k] for k in keys if k in cache.conversations} if cache else {}
    todo = [k for k in keys if k not in convs]
    if todo:
        rows = store.execute(
            "SELECT c.channel, c.address, c.id, c.contact_id FROM conversations c JOIN (SELECT unnest(?::VARCHAR[]) "
            "AS channel, unnest(?::VARCHAR[]) AS address) k USING (channel, address)",
            [[k[0] for k in todo], [k[1] for k in todo]]).fetchall()
        convs.update({(r[0], r[1]): (r[2], r[3]) for r in rows})
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
             [m.address for m in new], bool(default_autopilot()), ts])
        for cid, m in zip(ids, new):
            convs[(m.channel, m.address)] = (cid, contacts[(m.channel, m.address)])
    return convs


_COLUMNS = {"id": "INTEGER", "conversation_id": "INTEGER", "contact_id": "INTEGER", "channel": "VARCHAR",
            "external_id": "VARCHAR", "direction": "VARCHAR", "author_kind": "VARCHAR", "body": "VARCHAR",
            "sender_name": "VARCHAR", "sent_at": "TIMESTAMP"}
# autopilot_at_capture is read from the conversation in the INSERT itself: the state at the commit
_INSERT = (f"INSERT INTO messages ({', '.join(_COLUMNS)}, autopilot_at_capture, received_at) "
           f"SELECT u.*, c.autopilot, ? FROM (SELECT "
           + ", ".join(f"unnest(?::{t}[]) AS {n}" for n, t in _COLUMNS.items())
           + ") u JOIN conversations c ON c.id = u.conversation_id")


def capture(store: Store, msgs: Sequence[InboundMessage], default_autopilot: bool | Callable[[], bool] = False,
            cache: CaptureCache | None = None) -> list[Receipt]:
    """Store every new message once (redeliveries are recognised, not stored); one transaction; receipts in order.

    With a cache, keys not remembered are assumed new (no lookup); a UNIQUE violation means one was not,
    and the batch is captured again with the full check.
    """
    if not msgs:
        return []
    default = default_autopilot if callable(default_autopilot) else (lambda: bool(default_autopilot))
    if cache is not None:
        try:
            receipts = _capture(store, msgs, default, cache, optimistic=True)
        except StoreError:
            # a key stored before the writer's memory (UNIQUE violation) or stale memory: check the database
            log.info("optimistic capture failed; capturing the batch again with the full check", exc_info=True)
            cache.forget()
            receipts = _capture(store, msgs, default, cache, optimistic=False)
        cache.remember(receipts)
    else:
        receipts = _capture(store, msgs, default, None, optimistic=False)
    return receipts


def _capture(store: Store, msgs: Sequence[InboundMessage], default_autopilot: Callable[[], bool],
             cache: CaptureCache | None, optimistic: bool) -> list[Receipt]:
    ts = now()
    with store.atomic():
        keys = sorted({(m.channel, m.external_id) for m in msgs})
        if optimistic:
            existing = {k: cache.keys[k] for k in keys if k in cache.keys}
        else:
            existing = _existing(store, keys)
        echoes = match_own_echoes(store, list(msgs))
        fresh: dict[tuple[str, str], InboundMessage] = {}
        for m in msgs:
            key = (m.channel, m.external_id)
            if key not in existing and key not in fresh and not (m.direction == "out" and m.external_id in echoes):
                fresh[key] = m
        new = list(fresh.values())
        stored: dict[tuple[str, str], tuple[int, int]] = {}
        overrides: list[tuple[int, int, str]] = []
        if new:
            convs = _conversations(store, new, default_autopilot, ts, cache)
            ids = store.next_ids("messages", len(new))
            cols: dict[str, list] = {n: [] for n in _COLUMNS}
            cols["id"] = ids
            for mid, m in zip(ids, new):
                conv_id, contact_id = convs[(m.channel, m.address)]
                cols["conversation_id"].append(conv_id)
                cols["contact_id"].append(contact_id)
                cols["channel"].append(m.channel)
                cols["external_id"].append(m.external_id)
                cols["direction"].append(m.direction)
                cols["author_kind"].append(m.author)
                cols["body"].append(m.body)
                cols["sender_name"].append(m.name)
                cols["sent_at"].append(m.sent_at)
                stored[(m.channel, m.external_id)] = (mid, conv_id)
                if m.direction == "out" and m.author == "agent":  # an AI reply logged elsewhere pauses nothing
                    overrides.append((conv_id, mid, f"{m.channel}:{m.address}"))
            inserted = store.execute(_INSERT, [ts] + [cols[n] for n in _COLUMNS]).fetchone()[0]
            if inserted != len(new):
                raise StoreError(f"stored {inserted} of {len(new)} messages: a conversation is missing")
            for conv_id, mid, who in overrides:
                human_override(store, conv_id, mid, who, "channel echo")
            _opt_outs(store, new, stored, ts)
    if cache is not None and new:  # only after the commit: a rolled-back conversation must not be remembered
        for m in new:
            cache.conversations[(m.channel, m.address)] = convs[(m.channel, m.address)]
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
    """One thread that commits queued messages in groups and acknowledges each submitter after the commit.

    Submitters get a concurrent future (submit) or, from a coroutine, an asyncio future (submit_async);
    asyncio futures of one group are resolved with a single call into their event loop, so acks cost the
    loop one wake-up per commit rather than one per message.
    """

    def __init__(self, store: Store, default_autopilot: Callable[[], bool], max_batch: int = 2000,
                 on_commit: Callable[[list[Receipt]], None] | None = None):
        self.store = store
        self.default_autopilot = default_autopilot
        self.max_batch = max_batch
        self.on_commit = on_commit
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.cache = CaptureCache()
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
        self._queue.put((list(msgs), fut, None))
        return fut

    def submit_async(self, msgs: Sequence[InboundMessage]) -> "asyncio.Future[list[Receipt]]":
        """Like submit, for a coroutine: await the returned future (it belongs to the running loop)."""
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        if not self.running:
            fut.set_exception(CaptureUnavailable("the ingest writer is not running; retry later"))
            return fut
        self._queue.put((list(msgs), fut, loop))
        return fut

    def _fail_pending(self, exc: Exception) -> None:
        group = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                group.append(item)
        self._resolve(group, None, exc)

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

    def _commit(self, group: list[tuple]) -> None:
        msgs = [m for item in group for m in item[0]]
        start = time.perf_counter()
        try:
            receipts = capture(self.store, msgs, self.default_autopilot, self.cache)
        except Exception as exc:  # noqa: BLE001 - a failed group is retried one submitter at a time
            if len(group) > 1:
                for one in group:
                    self._commit([one])
                return
            log.exception("capture failed")
            err = exc if isinstance(exc, CRMError) and not isinstance(exc, StoreError) else unavailable(exc)
            self._resolve(group, None, err)
            return
        self.batches += 1
        metrics.request_latency_seconds.labels(step="capture").observe(time.perf_counter() - start)
        self._resolve(group, receipts, None)
        if self.on_commit is not None:
            try:
                self.on_commit(receipts)
            except Exception:  # noqa: BLE001 - a notification must never lose an ack
                log.exception("on_commit callback failed")

    @staticmethod
    def _resolve(group: list[tuple], receipts: list[Receipt] | None, exc: Exception | None) -> None:
        by_loop: dict[Any, list] = {}
        i = 0
        for batch, fut, loop in group:
            result = None if receipts is None else receipts[i:i + len(batch)]
            i += len(batch)
            if loop is None:
                if not fut.done():
                    fut.set_exception(exc) if exc is not None else fut.set_result(result)
            else:
                by_loop.setdefault(loop, []).append((fut, result))
        for loop, items in by_loop.items():
            try:
                loop.call_soon_threadsafe(_settle, items, exc)
            except RuntimeError:  # the loop is closed: nobody is waiting any more
                pass


def _settle(items: list[tuple], exc: Exception | None) -> None:
    """Runs in the submitters' event loop: resolve each asyncio future (skipping cancelled ones)."""
    for fut, result in items:
        if not fut.done():
            fut.set_exception(exc) if exc is not None else fut.set_result(result)
