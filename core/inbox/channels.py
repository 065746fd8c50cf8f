"""Outbound: every reply is first written to the outbox (in the transaction that decided it), then delivered.

    ChannelSender        the interface: send(item) -> SendResult, plus what the provider guarantees
    OutboxRecorder       the default: the outbox row is the record, nothing leaves the machine
    WhatsAppCloudSender  POST {WHATSAPP_API_URL}/{phone number id}/messages when credentials are configured

SENDERS maps a channel to the sender factory used when its settings are present. The delivery state
machine that hands rows to them (queued -> sending -> sent | failed | dead | cancelled | unknown) is
core/inbox/delivery.py.

What a sender must say about one call, because it decides whether the row may be tried again:
    sent / recorded   the provider accepted it (with its message id)
    failed            it certainly did not go out (connection refused, throttled): retried with backoff
    rejected          the provider refused it for good (bad number, policy): dead-lettered at once
    unknown           it may have gone out (timeout after the request left, a gateway error): never
                      retried blindly; see delivery.py for how it is reconciled
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Callable, Mapping, Protocol

import httpx

from core import config
from core.store import Store, now

log = logging.getLogger(__name__)

SENT, RECORDED, FAILED, REJECTED, UNKNOWN = "sent", "recorded", "failed", "rejected", "unknown"

# WhatsApp error codes that mean "not sent, try later": throttling and temporary unavailability
# (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes)
WHATSAPP_RETRY_CODES = {1, 2, 4, 80007, 130429, 131016, 131048, 131056, 133004}


@dataclass(frozen=True)
class OutboxItem:
    id: int
    conversation_id: int
    channel: str
    to_address: str
    body: str
    attempts: int
    idempotency_key: str = ""   # the same on every attempt of this reply: what a provider deduplicates on
    attempt_id: str = ""        # this attempt (committed in state `sending` before the call)


@dataclass(frozen=True)
class SendResult:
    status: str                      # sent | recorded | failed | rejected | unknown (see the module docstring)
    provider_message_id: str | None = None
    error: str | None = None
    retry_after: float | None = None  # seconds the provider asked us to wait


class ChannelSender(Protocol):
    """A channel adapter. `idempotent`: the provider sends a repeated idempotency key at most once, so an
    attempt in doubt may be repeated with the same key. `local`: nothing leaves the machine.
    An adapter may also offer lookup(item) -> SendResult | None: ask the provider whether it has the reply
    (sent with its id, failed if it certainly has not, None if it cannot tell)."""
    name: str
    idempotent: bool
    local: bool

    def send(self, item: OutboxItem) -> SendResult: ...


class OutboxRecorder:
    """Keeps the reply in the outbox only (the offline default, and what tests and demos use)."""

    name = "outbox"
    idempotent = True
    local = True

    def send(self, item: OutboxItem) -> SendResult:
        return SendResult(RECORDED)


class WhatsAppCloudSender:
    """Sends a text message with the WhatsApp Cloud API.

    The Cloud API has no idempotency key and no way to look a message up, so an attempt in doubt is never
    repeated: the row waits for WhatsApp's status webhook, which carries back our key in
    `biz_opaque_callback_data`, or for a person. idempotent=True is for a gateway in front of the API that
    deduplicates on the Idempotency-Key header (sent on every request).
    """

    name = "whatsapp_cloud"
    local = False

    def __init__(self, api_url: str, phone_number_id: str, access_token: str, timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None, idempotent: bool = False):
        self.url = f"{api_url.rstrip('/')}/{phone_number_id}/messages"
        self.idempotent = idempotent
        self._client = httpx.Client(timeout=timeout, transport=transport,
                                    headers={"Authorization": f"Bearer {access_token}"})

    def send(self, item: OutboxItem) -> SendResult:
        payload = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": item.to_address.lstrip("+"),
                   "type": "text", "text": {"preview_url": False, "body": item.body}}
        if item.idempotency_key:
            payload["biz_opaque_callback_data"] = item.idempotency_key
        headers = {"Idempotency-Key": item.idempotency_key} if item.idempotency_key else {}
        try:
            resp = self._client.post(self.url, json=payload, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            return SendResult(FAILED, error=f"WhatsApp API unreachable: {type(exc).__name__}: {exc}")
        except httpx.HTTPError as exc:  # the request left: a timeout or a broken answer may hide a sent message
            return SendResult(UNKNOWN, error=f"no answer from the WhatsApp API ({type(exc).__name__}: {exc}); "
                                             "the message may have been sent")
        return _whatsapp_result(resp)


def _whatsapp_result(resp: httpx.Response) -> SendResult:
    text = resp.text[:300]
    retry_after = _retry_after(resp.headers.get("retry-after"))
    code = None
    try:
        data = resp.json()
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        code = data["error"].get("code")
    if resp.status_code < 300:
        try:
            return SendResult(SENT, provider_message_id=str(data["messages"][0]["id"]))
        except (KeyError, IndexError, TypeError):
            return SendResult(UNKNOWN, error=f"unexpected WhatsApp API answer {resp.status_code}: {text}")
    if resp.status_code in (429, 503) or code in WHATSAPP_RETRY_CODES or (resp.status_code == 500 and code):
        return SendResult(FAILED, error=f"WhatsApp API answered {resp.status_code}: {text}", retry_after=retry_after)
    if resp.status_code >= 500:  # a gateway error or no error body: the API may have sent it before failing
        return SendResult(UNKNOWN, error=f"WhatsApp API answered {resp.status_code}: {text}")
    return SendResult(REJECTED, error=f"WhatsApp API answered {resp.status_code}: {text}")


def _retry_after(value: str | None) -> float | None:
    try:
        return max(float(value), 0.0) if value else None
    except ValueError:
        return None


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
    """Store an outbound message and its outbox row (state queued); must run inside the deciding transaction."""
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
                  "status, created_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
                  [oid, conversation_id, mid, draft_id, conv["channel"], conv["address"], body, kind, ts,
                   uuid.uuid4().hex])
    return mid, oid
