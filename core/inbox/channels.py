"""Outbound: every reply is first written to the outbox (in the transaction that decided it), then delivered.

    ChannelSender        the interface: send(item) -> SendResult
    OutboxRecorder       the default: the outbox row is the record, nothing leaves the machine
    WhatsAppCloudSender  POST {WHATSAPP_API_URL}/{phone number id}/messages when credentials are configured

SENDERS maps a channel to the sender factory used when its settings are present; the Dispatcher
hands queued rows to them outside any transaction and records the result.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Callable, Mapping, Protocol

import httpx

from core import config
from core.store import Store, now

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class OutboxItem:
    id: int
    conversation_id: int
    channel: str
    to_address: str
    body: str
    attempts: int


@dataclass(frozen=True)
class SendResult:
    status: str                      # recorded | sent | failed
    provider_message_id: str | None = None
    error: str | None = None


class ChannelSender(Protocol):
    name: str

    def send(self, item: OutboxItem) -> SendResult: ...


class OutboxRecorder:
    """Keeps the reply in the outbox only (the offline default, and what tests and demos use)."""

    name = "outbox"

    def send(self, item: OutboxItem) -> SendResult:
        return SendResult("recorded")


class WhatsAppCloudSender:
    """Sends a text message with the WhatsApp Cloud API."""

    name = "whatsapp_cloud"

    def __init__(self, api_url: str, phone_number_id: str, access_token: str, timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None):
        self.url = f"{api_url.rstrip('/')}/{phone_number_id}/messages"
        self._client = httpx.Client(timeout=timeout, transport=transport,
                                    headers={"Authorization": f"Bearer {access_token}"})

    def send(self, item: OutboxItem) -> SendResult:
        try:
            resp = self._client.post(self.url, json={
                "messaging_product": "whatsapp", "recipient_type": "individual", "to": item.to_address.lstrip("+"),
                "type": "text", "text": {"preview_url": False, "body": item.body}})
        except httpx.HTTPError as exc:
            return SendResult("failed", error=f"WhatsApp API unreachable: {exc}")
        if resp.status_code >= 400:
            return SendResult("failed", error=f"WhatsApp API answered {resp.status_code}: {resp.text[:300]}")
        try:
            wamid = resp.json()["messages"][0]["id"]
        except (ValueError, KeyError, IndexError, TypeError):
            return SendResult("failed", error=f"unexpected WhatsApp API answer: {resp.text[:300]}")
        return SendResult("sent", provider_message_id=str(wamid))


def _whatsapp(env: Mapping[str, str] | None) -> ChannelSender | None:
    token, phone_id = config.get("WHATSAPP_ACCESS_TOKEN", env), config.get("WHATSAPP_PHONE_NUMBER_ID", env)
    if not (token and phone_id):
        return None
    return WhatsAppCloudSender(config.get("WHATSAPP_API_URL", env), phone_id, token)


# channel -> factory returning a sender when that channel's credentials are configured (else None)
SENDERS: dict[str, Callable[[Mapping[str, str] | None], ChannelSender | None]] = {"whatsapp": _whatsapp}


def senders_from_settings(env: Mapping[str, str] | None = None) -> dict[str, ChannelSender]:
    out: dict[str, ChannelSender] = {}
    for channel, factory in SENDERS.items():
        sender = factory(env)
        if sender is not None:
            out[channel] = sender
    return out


def queue_outbound(store: Store, conversation_id: int, body: str, author_kind: str, kind: str,
                   author_id: int | None = None, draft_id: int | None = None) -> tuple[int, int]:
    """Store an outbound message and its outbox row; must run inside the deciding transaction."""
    conv = store.one("SELECT contact_id, channel, address FROM conversations WHERE id = ?", [conversation_id])
    mid = store.next_id("messages")
    oid = store.next_id("outbox")
    ts = now()
    store.execute("INSERT INTO messages (id, conversation_id, contact_id, channel, external_id, direction, "
                  "author_kind, author_id, draft_id, body, sent_at, received_at, autopilot_at_capture) "
                  "SELECT ?, ?, ?, ?, ?, 'out', ?, ?, ?, ?, ?, ?, autopilot FROM conversations WHERE id = ?",
                  [mid, conversation_id, conv["contact_id"], conv["channel"], f"autocrm-{mid}", author_kind,
                   author_id, draft_id, body, ts, ts, conversation_id])
    store.execute("INSERT INTO outbox (id, conversation_id, message_id, draft_id, channel, to_address, body, kind, "
                  "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)",
                  [oid, conversation_id, mid, draft_id, conv["channel"], conv["address"], body, kind, ts])
    return mid, oid


class Dispatcher:
    """Delivers queued outbox rows through the channel's sender (default: record only)."""

    def __init__(self, store: Store, senders: Mapping[str, ChannelSender] | None = None,
                 default: ChannelSender | None = None):
        self.store = store
        self.senders = dict(senders or {})
        self.default = default or OutboxRecorder()
        self.wake = threading.Event()

    def sender_for(self, channel: str) -> ChannelSender:
        return self.senders.get(channel, self.default)

    def dispatch_pending(self, limit: int = 200) -> int:
        """Hand queued rows to their senders, then record every result in one transaction."""
        rows = self.store.query("SELECT id, conversation_id, channel, to_address, body, attempts FROM outbox "
                                "WHERE status = 'queued' ORDER BY id LIMIT ?", [limit])
        results = []
        for r in rows:
            item = OutboxItem(**r)
            sender = self.sender_for(item.channel)
            try:
                result = sender.send(item)
            except Exception as exc:  # noqa: BLE001 - a broken adapter must not stop the dispatcher
                result = SendResult("failed", error=f"{type(exc).__name__}: {exc}")
            results.append((item, sender.name, result))
        if results:
            self._record(results)
        return len(rows)

    def _record(self, results: list[tuple[OutboxItem, str, SendResult]]) -> None:
        ts = now()
        with self.store.atomic():
            for item, adapter, result in results:
                attempts = item.attempts + 1
                status = result.status
                if status == "failed" and attempts < MAX_ATTEMPTS:
                    status = "queued"  # retried on the next pass
                    log.warning("outbox %s: %s (attempt %d of %d)", item.id, result.error, attempts, MAX_ATTEMPTS)
                delivered = status in ("sent", "recorded")
                self.store.execute("UPDATE outbox SET status = ?, adapter = ?, provider_message_id = ?, error = ?, "
                                   "attempts = ?, delivered_at = ? WHERE id = ? AND status = 'queued'",
                                   [status, adapter, result.provider_message_id, result.error, attempts,
                                    ts if delivered else None, item.id])
                if delivered:
                    self.store.execute("UPDATE drafts SET status = 'sent' WHERE status IN ('approved', 'edited') "
                                       "AND id = (SELECT draft_id FROM outbox WHERE id = ?)", [item.id])
