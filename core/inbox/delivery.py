"""Delivery: the outbox as a state machine kept in DuckDB, so a reply goes out at most once and is never lost unseen.

    queued ──▶ sending ──▶ sent (with the provider's message id) | recorded (record-only adapter)
      │           │    ├──▶ failed ──(due after exponential backoff with jitter)──▶ sending …
      │           │    │       └──(still failing give_up_after after the first attempt)──▶ dead
      │           │    ├──▶ dead      the provider refused it for good
      │           │    └──▶ unknown   it may have gone out; never sent again without evidence or a person
      └──▶ cancelled   not handed over yet and no longer wanted: a human took over (autopilot replies), the
                       customer opted out; a person can also "send again" (unknown, dead) or "mark sent"

- `sending` is committed with a fresh attempt id (and this process's owner) before the provider is called, and
  the outcome is committed right after, one reply at a time: a crash leaves at most the reply in flight in doubt.
- The idempotency key handed to the provider is the outbox row's own key, the same on every attempt (an attempt
  id per try would defeat deduplication); WhatsApp gets it as biz_opaque_callback_data and hands it back in its
  status webhooks.
- A row in `sending` that no dispatcher of this process has in flight (the process that claimed it was killed,
  or recording its outcome failed) is reconciled exactly once: recorded if its adapter is local; settled by
  asking the provider if the adapter can look messages up; retried with the same key if the provider
  deduplicates on it; else `unknown`. WhatsApp's Cloud API can do neither, so its rows in doubt wait for
  evidence: a status webhook carrying our key, or the channel's echo of the same text, makes them `sent`;
  otherwise a person decides on the review page. The row's `reconciliation` says which of these happened.
- Delivery statuses are kept per event and folded into the row by rank (sent < failed < delivered < read), so
  their order of arrival does not matter and `delivered` may be skipped.
- Only a process that sends (the app or `python -m core serve`) dispatches; elsewhere dispatch_pending refuses.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import random
import re
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any, Sequence

from core import metrics
from core.errors import NotFound, PermissionDenied, StoreError, ValidationError
from core.inbox.channels import (FAILED, RECORDED, REJECTED, SENT, UNKNOWN, ChannelSender, OutboxItem, OutboxRecorder,
                                 SendResult)
from core.inbox.errors import ReviewConflict, SendingRefused
from core.inbox.models import DeliveryStatus, InboundMessage
from core.models import User
from core.store import Store, now

log = logging.getLogger(__name__)

RANK = {"sent": 1, "failed": 2, "delivered": 3, "read": 4}
RESOLVE_ROLES = ("reviewer", "admin")
PROBLEMS = ("dead", "unknown", "failed")
OPT_OUT_WORDS = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit"})  # the carriers' keywords
OPT_IN_WORDS = frozenset({"start", "unstop"})

_INFLIGHT: set[str] = set()  # attempt ids some dispatcher of this process is sending right now
_INFLIGHT_LOCK = threading.Lock()
_ITEM_COLUMNS = "id, conversation_id, channel, to_address, body, attempts, idempotency_key"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter: after attempt n wait uniform(d * (1 - jitter), d) seconds, where
    d = min(cap, base * factor ** (n - 1)); a reply still failing give_up_after seconds after its first
    attempt is dead-lettered (the defaults: 30 s, 1 min, 2 min … at most 30 min apart, for 6 hours)."""
    base: float = 30.0
    factor: float = 2.0
    cap: float = 1800.0
    give_up_after: float = 6 * 3600.0
    jitter: float = 0.5

    def delay(self, attempts: int, rng: random.Random) -> float:
        d = min(self.cap, self.base * self.factor ** max(attempts - 1, 0))
        return rng.uniform(d * (1 - self.jitter), d)


@dataclass(frozen=True)
class _Settlement:
    """How a reply in doubt is settled: status (recorded | sent | failed | unknown) and why."""
    status: str
    note: str
    provider_message_id: str | None = None


def opt_out_change(body: str) -> bool | None:
    """True for an opt-out keyword sent on its own ("STOP"), False for an opt-in ("START"), else None."""
    if len(body) > 20:
        return None
    word = re.sub(r"[^a-z]", "", body.lower())
    return True if word in OPT_OUT_WORDS else (False if word in OPT_IN_WORDS else None)


def cancel_queued(store: Store, conversation_id: int, reason: str, label: str,
                  kinds: tuple[str, ...] = ("auto", "review", "agent")) -> int:
    """Cancel a conversation's replies that no provider has been handed yet; runs in the deciding transaction."""
    rows = store.execute("UPDATE outbox SET status = 'cancelled', reason = ?, next_attempt_at = NULL, "
                         "resolved_at = ? WHERE conversation_id = ? AND status IN ('queued', 'failed') "
                         "AND kind IN (SELECT unnest(?::VARCHAR[])) RETURNING id",
                         [reason, now(), conversation_id, list(kinds)]).fetchall()
    if rows:
        metrics.outbox_cancelled.labels(reason=label).inc(len(rows))
    return len(rows)


def match_own_echoes(store: Store, msgs: Sequence[InboundMessage]) -> dict[str, tuple[int, int]]:
    """Provider ids of outbound echoes that are our own replies -> (message id, conversation id).

    Matched by the provider id we recorded, or, for a reply still in doubt (sending, unknown) whose id we do not
    know yet, by channel, address and the exact text; such a reply is then settled as sent (the echo is the
    evidence). Runs inside the capture transaction.
    """
    outs = [m for m in msgs if m.direction == "out"]
    if not outs:
        return {}
    found = {r[0]: (r[1], r[2]) for r in store.execute(
        "SELECT provider_message_id, message_id, conversation_id FROM outbox "
        "WHERE provider_message_id IN (SELECT unnest(?::VARCHAR[]))", [[m.external_id for m in outs]]).fetchall()}
    rest = [m for m in outs if m.external_id not in found]
    if not rest:
        return found
    candidates = store.query(
        "SELECT id, message_id, conversation_id, channel, to_address, body FROM outbox "
        "WHERE status IN ('sending', 'unknown') AND provider_message_id IS NULL "
        "AND to_address IN (SELECT unnest(?::VARCHAR[])) ORDER BY id", [sorted({m.address for m in rest})])
    ts = now()
    for m in rest:
        row = next((c for c in candidates if (c["channel"], c["to_address"], c["body"]) ==
                    (m.channel, m.address, m.body)), None)
        if row is None:
            continue
        candidates.remove(row)
        store.execute("UPDATE outbox SET status = 'sent', provider_message_id = ?, sent_at = coalesce(sent_at, ?), "
                      "error = NULL, reconciliation = ?, reconciled_at = ? WHERE id = ?",
                      [m.external_id, ts, "sent: confirmed by the channel's echo of the reply", ts, row["id"]])
        _draft_sent(store, row["id"])
        metrics.outbox_reconciled.labels(outcome="echo").inc()
        found[m.external_id] = (row["message_id"], row["conversation_id"])
    return found


def _draft_sent(store: Store, outbox_id: int) -> None:
    store.execute("UPDATE drafts SET status = 'sent' WHERE status IN ('approved', 'edited') "
                  "AND id = (SELECT draft_id FROM outbox WHERE id = ?)", [outbox_id])


def _seconds(delta: float) -> str:
    for unit, size in (("h", 3600), ("min", 60)):
        if delta >= size:
            return f"{delta / size:.1f} {unit}"
    return f"{delta:.1f} s"


class Dispatcher:
    """Hands due outbox rows to their channel's sender through the state machine above (one per store)."""

    def __init__(self, store: Store, senders: dict[str, ChannelSender] | None = None,
                 default: ChannelSender | None = None, policy: RetryPolicy | None = None,
                 rng: random.Random | None = None):
        self.store = store
        self.senders = dict(senders or {})
        self.default = default or OutboxRecorder()
        self.policy = policy or RetryPolicy()
        self.rng = rng or random.Random()
        self.owner = f"pid {os.getpid()} {uuid.uuid4().hex[:8]}"
        self.wake = threading.Event()
        self.refusal: str | None = None
        self._pass = threading.Lock()

    def sender_for(self, channel: str) -> ChannelSender:
        return self.senders.get(channel, self.default)

    def refuse(self, reason: str) -> None:
        """This process never sends (the CLI): dispatch_pending raises SendingRefused with the reason."""
        self.refusal = reason

    def _adapter(self, name: str | None) -> ChannelSender | None:
        """The sender configured here under the name an attempt was made with (None: not configured here)."""
        for sender in [self.default, *self.senders.values()]:
            if sender.name == name:
                return sender
        return None

    # -- one pass -------------------------------------------------------------------------------
    def dispatch_pending(self, limit: int = 200) -> int:
        """Reconcile replies left in doubt, cancel unwanted ones, then send what is due; returns rows handled."""
        if self.refusal:
            raise SendingRefused(self.refusal)
        with self._pass:
            handled = self.reconcile()
            rows = self.store.query(
                f"SELECT o.{_ITEM_COLUMNS.replace(', ', ', o.')}, o.kind, c.opted_out_at, "
                "(o.kind = 'auto' AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = o.conversation_id "
                "AND m.author_kind = 'agent' AND m.id > o.message_id)) AS human_since "
                "FROM outbox o JOIN conversations c ON c.id = o.conversation_id "
                "WHERE o.status = 'queued' OR (o.status = 'failed' AND o.next_attempt_at <= ?) ORDER BY o.id LIMIT ?",
                [now(), limit])
            if not rows:
                return handled
            go = self._cancel_unwanted(rows)
            local: dict[str, list[dict]] = {}
            for r in go:
                if self.sender_for(r["channel"]).local:
                    local.setdefault(self.sender_for(r["channel"]).name, []).append(r)
            for adapter, rows_of in local.items():
                self._record_local(adapter, rows_of)
            for r in go:
                if not self.sender_for(r["channel"]).local:
                    self._attempt(r)
            return handled + len(rows)

    def _cancel_unwanted(self, rows: list[dict]) -> list[dict]:
        """Replies that must not go any more are cancelled at the last moment (belt and braces)."""
        drop = [(r["id"], "the customer opted out", "opt_out") if r["opted_out_at"] else
                (r["id"], "a human agent took over the conversation", "human_took_over")
                for r in rows if r["opted_out_at"] or r["human_since"]]
        if drop:
            done = []
            with self.store.atomic(crm=False):
                for oid, reason, label in drop:
                    if self.store.execute("UPDATE outbox SET status = 'cancelled', reason = ?, next_attempt_at = NULL, "
                                          "resolved_at = ? WHERE id = ? AND status IN ('queued', 'failed') "
                                          "RETURNING id", [reason, now(), oid]).fetchall():
                        done.append(label)
            for label in done:
                metrics.outbox_cancelled.labels(reason=label).inc()
        dropped = {d[0] for d in drop}
        return [r for r in rows if r["id"] not in dropped]

    def _record_local(self, adapter: str, rows: list[dict]) -> None:
        """Record-only rows: nothing leaves the machine, so there is nothing to be in doubt about."""
        ts = now()
        ids = [r["id"] for r in rows]
        with self.store.atomic(crm=False):
            done = self.store.execute(
                "UPDATE outbox SET status = 'recorded', adapter = ?, attempts = attempts + 1, "
                "first_attempt_at = coalesce(first_attempt_at, ?), last_attempt_at = ?, sent_at = ?, delivered_at = ?, "
                "next_attempt_at = NULL, error = NULL WHERE id IN (SELECT unnest(?::INTEGER[])) "
                "AND (status = 'queued' OR (status = 'failed' AND next_attempt_at <= ?)) RETURNING id",
                [adapter, ts, ts, ts, ts, ids, ts]).fetchall()
            self.store.execute("UPDATE drafts SET status = 'sent' WHERE status IN ('approved', 'edited') AND id IN "
                               "(SELECT draft_id FROM outbox WHERE id IN (SELECT unnest(?::INTEGER[])))",
                               [[d[0] for d in done]])
        if done:
            metrics.outbox_sends.labels(result=RECORDED).inc(len(done))

    def _attempt(self, row: dict) -> None:
        sender = self.sender_for(row["channel"])
        attempt = uuid.uuid4().hex
        with _INFLIGHT_LOCK:
            _INFLIGHT.add(attempt)  # before the claim commits, so no reconciliation can take it for abandoned
        try:
            ts = now()
            with self.store.atomic(crm=False):
                claimed = self.store.execute(
                    "UPDATE outbox SET status = 'sending', attempt_id = ?, attempt_owner = ?, adapter = ?, "
                    "attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, ?), last_attempt_at = ?, "
                    "next_attempt_at = NULL WHERE id = ? AND (status = 'queued' OR (status = 'failed' "
                    "AND next_attempt_at <= ?)) RETURNING attempts", [attempt, self.owner, sender.name, ts, ts,
                                                                      row["id"], ts]).fetchall()
                if not claimed:
                    return
                self.store.execute("INSERT INTO outbox_attempts (id, outbox_id, number, owner, adapter, started_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?)",
                                   [attempt, row["id"], claimed[0][0], self.owner, sender.name, ts])
            item = OutboxItem(row["id"], row["conversation_id"], row["channel"], row["to_address"], row["body"],
                              claimed[0][0], row["idempotency_key"], attempt)
            try:
                result = sender.send(item)
            except Exception as exc:  # noqa: BLE001 - a broken adapter: we cannot tell whether it went out
                log.exception("sender %s failed on outbox %s", sender.name, item.id)
                result = SendResult(UNKNOWN, error=f"{type(exc).__name__}: {exc}")
            self._record_with_retries(item, sender, result)
        finally:
            with _INFLIGHT_LOCK:
                _INFLIGHT.discard(attempt)

    def _record_with_retries(self, item: OutboxItem, sender: ChannelSender, result: SendResult,
                             tries: int = 3) -> None:
        """Commit an attempt's outcome; if the database keeps failing, the row stays in `sending` and the next
        pass reconciles it (in doubt, so never resent blindly)."""
        for n in range(tries):
            try:
                self._record(item, sender, result)
                return
            except StoreError:
                log.exception("recording the outcome of outbox %s failed (try %d of %d)", item.id, n + 1, tries)
                time.sleep(0.2 * (n + 1))

    def _record(self, item: OutboxItem, sender: ChannelSender, result: SendResult) -> None:
        settlement = self._settle(sender, item, result.error or "") if result.status == UNKNOWN else None
        ts = now()
        with self.store.atomic(crm=False):
            self._finish_attempt(item.attempt_id, result.status, result.provider_message_id, result.error, ts)
            row = self.store.one("SELECT status, attempt_id, first_attempt_at, provider_message_id FROM outbox "
                                 "WHERE id = ?", [item.id])
            if row is None or row["status"] != "sending" or row["attempt_id"] != item.attempt_id:
                # settled meanwhile by evidence (a status webhook, the channel's echo): keep what it says
                if row is not None and result.status == SENT and not row["provider_message_id"]:
                    self.store.execute("UPDATE outbox SET provider_message_id = ? WHERE id = ?",
                                       [result.provider_message_id, item.id])
                return
            if result.status in (SENT, RECORDED):
                self._mark_sent(item.id, result.status, result.provider_message_id, ts)
            elif result.status == FAILED:
                self._retry_or_dead(item.id, row["first_attempt_at"] or ts, item.attempts, result.error or "failed",
                                    result.retry_after, ts)
            elif result.status == REJECTED:
                self._dead(item.id, result.error or "refused by the provider")
            else:
                self._apply_settlement(item, settlement, result.error, ts)
        metrics.outbox_sends.labels(result=result.status).inc()

    # -- doubt ------------------------------------------------------------------------------------
    def _settle(self, sender: ChannelSender | None, item: OutboxItem, why: str) -> _Settlement:
        """Decide what to do with a reply that may or may not have gone out (may ask the provider; no transaction)."""
        if sender is None:
            return _Settlement(UNKNOWN, f"unknown: {why}; its adapter is not configured in this process, so it "
                                        "cannot be asked: check with the customer, then send again or mark sent")
        if sender.local:
            return _Settlement(RECORDED, "recorded: nothing had left the machine (record-only adapter)")
        lookup = getattr(sender, "lookup", None)
        if lookup is not None:
            try:
                found = lookup(item)
            except Exception as exc:  # noqa: BLE001 - a lookup that fails settles nothing
                log.warning("lookup of outbox %s failed: %s", item.id, exc)
                found = None
            if found is not None and found.status == SENT:
                return _Settlement(SENT, f"sent: the provider has it ({why})", found.provider_message_id)
            if found is not None and found.status == FAILED:
                return _Settlement(FAILED, f"retried: the provider confirmed it does not have it ({why})")
        if sender.idempotent:
            return _Settlement(FAILED, f"retried: {why}; sent again with the same idempotency key, which the "
                                       "provider delivers at most once")
        return _Settlement(UNKNOWN, f"unknown: {why}; {sender.name} cannot be asked and does not deduplicate, so it "
                                    "is not sent again: a status webhook or the channel's echo will settle it, "
                                    "else check with the customer, then send again or mark sent")

    def _apply_settlement(self, item: OutboxItem, s: _Settlement, error: str | None, ts: dt.datetime) -> None:
        """Inside a transaction, on a row in state sending."""
        self.store.execute("UPDATE outbox SET reconciliation = ?, reconciled_at = ? WHERE id = ?", [s.note, ts, item.id])
        if s.status in (SENT, RECORDED):
            self._mark_sent(item.id, s.status, s.provider_message_id, ts)
        elif s.status == FAILED:
            wait = dt.timedelta(seconds=self.policy.delay(max(item.attempts, 1), self.rng))
            self.store.execute("UPDATE outbox SET status = 'failed', error = ?, next_attempt_at = ? WHERE id = ?",
                               [error, ts + wait, item.id])
        else:
            self.store.execute("UPDATE outbox SET status = 'unknown', error = ? WHERE id = ?", [error, item.id])
        metrics.outbox_reconciled.labels(outcome=s.note.split(":", 1)[0]).inc()

    def reconcile(self) -> int:
        """Settle rows left in `sending` by a process that stopped (or an outcome that could not be recorded)."""
        rows = self.store.query(f"SELECT {_ITEM_COLUMNS}, attempt_id, attempt_owner, adapter FROM outbox "
                                "WHERE status = 'sending' ORDER BY id")
        with _INFLIGHT_LOCK:
            rows = [r for r in rows if r["attempt_id"] not in _INFLIGHT]
        for r in rows:
            item = OutboxItem(r["id"], r["conversation_id"], r["channel"], r["to_address"], r["body"], r["attempts"],
                              r["idempotency_key"], r["attempt_id"] or "")
            why = f"in flight when {r['attempt_owner'] or 'an earlier process'} stopped"
            s = self._settle(self._adapter(r["adapter"]), item, why)
            ts = now()
            with self.store.atomic(crm=False):
                still = self.store.execute("SELECT count(*) FROM outbox WHERE id = ? AND status = 'sending' "
                                           "AND attempt_id IS NOT DISTINCT FROM ?", [r["id"], r["attempt_id"]])
                if not still.fetchone()[0]:
                    continue
                self._finish_attempt(r["attempt_id"], "reconciled " + s.note.split(":", 1)[0], s.provider_message_id,
                                     why, ts)
                self._apply_settlement(item, s, why, ts)
            log.warning("outbox %s %s", r["id"], s.note)
        return len(rows)

    # -- state changes (inside a transaction) --------------------------------------------------------
    def _finish_attempt(self, attempt: str | None, outcome: str, pid: str | None, error: str | None, ts) -> None:
        if attempt:
            self.store.execute("UPDATE outbox_attempts SET finished_at = ?, outcome = ?, provider_message_id = ?, "
                               "error = ? WHERE id = ? AND finished_at IS NULL", [ts, outcome, pid, error, attempt])

    def _mark_sent(self, outbox_id: int, status: str, pid: str | None, ts: dt.datetime) -> None:
        self.store.execute("UPDATE outbox SET status = ?, provider_message_id = coalesce(?, provider_message_id), "
                           "sent_at = coalesce(sent_at, ?), delivered_at = CASE WHEN ? = 'recorded' THEN ? "
                           "ELSE delivered_at END, error = NULL, next_attempt_at = NULL WHERE id = ?",
                           [status, pid, ts, status, ts, outbox_id])
        _draft_sent(self.store, outbox_id)
        if pid:
            self._fold(outbox_id, pid)

    def _retry_or_dead(self, outbox_id: int, first: dt.datetime, attempts: int, error: str,
                       retry_after: float | None, ts: dt.datetime) -> None:
        deadline = first + dt.timedelta(seconds=self.policy.give_up_after)
        if ts >= deadline:
            self._dead(outbox_id, f"gave up after {attempts} attempts over {_seconds((ts - first).total_seconds())}: "
                                  f"{error}")
            return
        wait = max(self.policy.delay(attempts, self.rng), retry_after or 0.0)
        nxt = min(ts + dt.timedelta(seconds=wait), deadline)
        self.store.execute("UPDATE outbox SET status = 'failed', error = ?, next_attempt_at = ? WHERE id = ?",
                           [error, nxt, outbox_id])
        log.warning("outbox %s: %s (attempt %d; next at %s)", outbox_id, error, attempts, f"{nxt:%H:%M:%S}")

    def _dead(self, outbox_id: int, reason: str) -> None:
        self.store.execute("UPDATE outbox SET status = 'dead', error = ?, next_attempt_at = NULL WHERE id = ?",
                           [reason, outbox_id])
        metrics.outbox_dead_letters.inc()
        log.error("outbox %s dead-lettered: %s", outbox_id, reason)

    # -- the channel's delivery reports ------------------------------------------------------------------
    def apply_statuses(self, events: Sequence[DeliveryStatus]) -> dict[str, int]:
        """Store each status report once and fold it into its reply (found by provider id or by our key)."""
        counts = {"stored": 0, "matched": 0}
        if not events:
            return counts
        ts = now()
        with self.store.atomic(crm=False):
            for ev in events:
                if ev.status not in RANK:
                    continue
                eid = self.store.next_id("delivery_events")
                new = self.store.execute(
                    "INSERT INTO delivery_events (id, channel, provider_message_id, status, callback, error, "
                    "happened_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
                    [eid, ev.channel, ev.provider_message_id, ev.status, ev.callback, ev.error, ev.happened_at,
                     ts]).fetchall()
                counts["stored"] += len(new)
                row = self.store.one("SELECT id FROM outbox WHERE channel = ? AND provider_message_id = ?",
                                     [ev.channel, ev.provider_message_id])
                if row is None and ev.callback:
                    row = self.store.one("SELECT id FROM outbox WHERE idempotency_key = ? AND channel = ?",
                                         [ev.callback, ev.channel])
                if row is None:
                    continue  # not ours, or ours before we know its id: folded in when the id is recorded
                counts["matched"] += 1
                self._fold(row["id"], ev.provider_message_id)
        for ev in events:
            metrics.delivery_statuses.labels(status=ev.status).inc()
        return counts

    def _fold(self, outbox_id: int, pid: str) -> None:
        """Recompute a reply's delivery from every report on it: the highest rank wins, whatever the order."""
        row = self.store.one("SELECT status, provider_message_id, channel FROM outbox WHERE id = ?", [outbox_id])
        self.store.execute("UPDATE delivery_events SET outbox_id = ? WHERE outbox_id IS NULL AND channel = ? "
                           "AND provider_message_id = ?", [outbox_id, row["channel"], pid])
        events = self.store.query("SELECT status, happened_at, received_at, error FROM delivery_events "
                                  "WHERE outbox_id = ?", [outbox_id])
        if not events or row["status"] in ("queued", "cancelled", "recorded"):
            return
        best = max(events, key=lambda e: RANK[e["status"]])
        when = {e["status"]: e["happened_at"] or e["received_at"] for e in events}
        delivered = when.get("delivered") or when.get("read")
        ts = now()
        self.store.execute("UPDATE outbox SET delivery = ?, delivery_at = ?, delivered_at = coalesce(?, delivered_at), "
                           "read_at = coalesce(?, read_at), provider_message_id = coalesce(provider_message_id, ?) "
                           "WHERE id = ?", [best["status"], when[best["status"]], delivered, when.get("read"), pid,
                                            outbox_id])
        if best["status"] == "failed":
            if row["status"] != "dead":
                self._dead(outbox_id, f"the channel could not deliver it: {best['error'] or 'failed'}")
            return
        if row["status"] != "sent":
            note = None
            if row["status"] in ("sending", "unknown", "failed"):
                note = f"sent: confirmed by the channel's status report ({best['status']})"
                metrics.outbox_reconciled.labels(outcome="status_report").inc()
            self.store.execute("UPDATE outbox SET status = 'sent', sent_at = coalesce(sent_at, ?), error = NULL, "
                               "next_attempt_at = NULL, reconciliation = coalesce(?, reconciliation), "
                               "reconciled_at = CASE WHEN ? IS NULL THEN reconciled_at ELSE ? END WHERE id = ?",
                               [when.get("sent") or ts, note, note, ts, outbox_id])
            _draft_sent(self.store, outbox_id)

    # -- people -----------------------------------------------------------------------------------------
    def resolve(self, outbox_id: int, user: User, action: str) -> dict[str, Any]:
        """A person settles a reply in trouble: send_again (unknown, dead, failed), mark_sent, or cancel."""
        allowed = {"send_again": ("unknown", "dead", "failed"), "mark_sent": ("unknown", "dead", "failed"),
                   "cancel": ("unknown", "dead", "failed", "queued")}
        done_state = {"send_again": "queued", "mark_sent": "sent", "cancel": "cancelled"}
        if action not in allowed:
            raise ValidationError(f"unknown action {action!r}: send_again, mark_sent or cancel", "action")
        if user.role not in RESOLVE_ROLES:
            raise PermissionDenied(f"{user.name} is a {user.role}: only reviewers and admins settle undelivered "
                                   "replies.")
        ts = now()
        with self.store.atomic(crm=False):
            row = self.store.one("SELECT status FROM outbox WHERE id = ?", [outbox_id])
            if row is None:
                raise NotFound(f"no reply {outbox_id} in the outbox")
            if row["status"] not in allowed[action]:
                if row["status"] == done_state[action]:
                    return {"outbox_id": outbox_id, "status": row["status"], "repeated": True}
                raise ReviewConflict(f"reply {outbox_id} is {row['status']}: it cannot be "
                                     f"{action.replace('_', ' ')}")
            note = {"send_again": f"sent again by {user.name}", "mark_sent": f"marked sent by {user.name}",
                    "cancel": f"cancelled by {user.name}"}[action]
            self.store.execute("UPDATE outbox SET status = ?, reason = ?, resolved_by = ?, resolved_at = ?, "
                               "next_attempt_at = NULL, first_attempt_at = CASE WHEN ? = 'queued' THEN NULL "
                               "ELSE first_attempt_at END, sent_at = CASE WHEN ? = 'sent' THEN coalesce(sent_at, ?) "
                               "ELSE sent_at END WHERE id = ?",
                               [done_state[action], note, user.id, ts, done_state[action], done_state[action], ts,
                                outbox_id])
            if action == "mark_sent":
                _draft_sent(self.store, outbox_id)
        if action == "send_again":
            self.wake.set()
        return {"outbox_id": outbox_id, "status": done_state[action], "repeated": False}

    # -- reading ------------------------------------------------------------------------------------------
    def problems(self, limit: int = 50) -> list[dict]:
        """Replies that need attention: dead letters, outcomes in doubt, and those being retried; newest first."""
        return self.store.query(
            "SELECT o.id, o.conversation_id, o.channel, o.to_address, o.kind, o.status, o.body, o.attempts, o.error, "
            "o.reason, o.reconciliation, o.next_attempt_at, o.created_at, o.last_attempt_at, "
            "trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, '')) AS contact_name "
            "FROM outbox o JOIN conversations c ON c.id = o.conversation_id "
            "LEFT JOIN contacts ct ON ct.id = c.contact_id WHERE o.status IN ('dead', 'unknown', 'failed') "
            "ORDER BY o.id DESC LIMIT ?", [limit])

    def summary(self) -> dict[str, Any]:
        """Outbox rows by state, and how replies in doubt were settled (for the status route and the page)."""
        by_status = dict(self.store.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
        settled = dict(self.store.execute(
            "SELECT split_part(reconciliation, ':', 1), count(*) FROM outbox WHERE reconciliation IS NOT NULL "
            "GROUP BY 1").fetchall())
        last = self.store.scalar("SELECT max(reconciled_at) FROM outbox")
        return {"by_status": by_status, "queued": by_status.get("queued", 0), "dead": by_status.get("dead", 0),
                "unknown": by_status.get("unknown", 0), "retrying": by_status.get("failed", 0),
                "in_flight": by_status.get("sending", 0), "reconciled": settled,
                "last_reconciled_at": last.isoformat(sep=" ") if last else None}
