"""Outgoing webhooks: queued in the transaction that decides them, delivered later with retries and a log.

Each delivery is a JSON body {id, type, created_at, data} POSTed with
    X-AutoCRM-Event-Id   the event id (the same on every retry: the receiver deduplicates on it)
    X-AutoCRM-Signature  sha256=HMAC-SHA256(CRM_WEBHOOK_SECRET, body) when the secret is set
CRM events (EVENT_TYPES) go to the subscribed URLs (`python -m core workflow subscribe URL`); the engine
publishes them from the same cursors that drive triggers, in the transaction that moves the cursor, so each
event is queued once. A 2xx answer marks it delivered; anything else is retried with exponential backoff (30 s, 1 min, 2 min, …
capped at an hour) up to MAX_ATTEMPTS, then it is dead. A crash between the POST and the commit repeats the
POST with the same event id: at least once, deduplicable.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import re

import httpx

from core import config
from core.errors import NotFound, ValidationError
from core.workflows import settings as _settings  # noqa: F401 - registers CRM_WEBHOOK_SECRET
from core.store import Store, now

log = logging.getLogger(__name__)
SUBSCRIPTIONS_KEY = "workflows.webhook_subscriptions"
EVENT_TYPES = ("record.created", "record.updated", "record.deleted", "message.received", "draft.approved",
               "workflow.step_reached")
MAX_ATTEMPTS = 8
BASE_DELAY = 30.0
MAX_DELAY = 3600.0


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def backoff(attempts: int) -> dt.timedelta:
    return dt.timedelta(seconds=min(BASE_DELAY * 2 ** max(attempts - 1, 0), MAX_DELAY))


class WebhookQueue:
    def __init__(self, store: Store, transport: httpx.BaseTransport | None = None, timeout: float = 10.0):
        self.store = store
        self.transport = transport
        self.timeout = timeout

    def queue(self, event_id: str, event_type: str, data: dict, url: str, at: dt.datetime,
              run_id: int | None = None) -> int:
        """Queue one delivery (inside the caller's transaction); an event is queued once per URL."""
        existing = self.store.scalar("SELECT id FROM workflow_webhooks WHERE event_id = ? AND url = ?", [event_id, url])
        if existing:
            return existing
        wid = self.store.next_id("workflow_webhooks")
        body = {"id": event_id, "type": event_type, "created_at": at.isoformat(), "data": data}
        self.store.execute("INSERT INTO workflow_webhooks VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, NULL, ?, NULL)",
                           [wid, event_id, run_id, url, json.dumps(body, default=str), at, at])
        return wid

    def deliver_due(self, at: dt.datetime | None = None, limit: int = 50) -> int:
        """POST every delivery that is due; returns how many were attempted."""
        at = at or now()
        rows = self.store.query("SELECT * FROM workflow_webhooks WHERE status = 'queued' AND next_attempt_at <= ? "
                                "ORDER BY next_attempt_at, id LIMIT ?", [at, limit])
        if not rows:
            return 0
        secret = config.get("CRM_WEBHOOK_SECRET")
        with httpx.Client(timeout=self.timeout, transport=self.transport) as client:
            for r in rows:
                body = r["body"].encode() if isinstance(r["body"], str) else json.dumps(r["body"]).encode()
                headers = {"content-type": "application/json", "x-autocrm-event-id": r["event_id"]}
                if secret:
                    headers["x-autocrm-signature"] = signature(secret, body)
                error = None
                try:
                    resp = client.post(r["url"], content=body, headers=headers)
                    if resp.status_code >= 300:
                        error = f"answered {resp.status_code}: {resp.text[:200]}"
                except httpx.HTTPError as exc:
                    error = f"{type(exc).__name__}: {exc}"
                attempts = r["attempts"] + 1
                with self.store.atomic(crm=False):
                    if error is None:
                        self.store.execute("UPDATE workflow_webhooks SET status = 'delivered', attempts = ?, "
                                           "delivered_at = ?, last_error = NULL, next_attempt_at = NULL WHERE id = ?",
                                           [attempts, now(), r["id"]])
                    elif attempts >= MAX_ATTEMPTS:
                        self.store.execute("UPDATE workflow_webhooks SET status = 'dead', attempts = ?, last_error = ?, "
                                           "next_attempt_at = NULL WHERE id = ?", [attempts, error, r["id"]])
                    else:
                        self.store.execute("UPDATE workflow_webhooks SET attempts = ?, last_error = ?, "
                                           "next_attempt_at = ? WHERE id = ?",
                                           [attempts, error, at + backoff(attempts), r["id"]])
        return len(rows)

    # -- subscriptions: CRM events to other tools ------------------------------------------------------------
    def subscriptions(self) -> list[dict]:
        return self.store.get_setting(SUBSCRIPTIONS_KEY, [])

    def subscribe(self, url: str, events: list[str] | None = None) -> list[dict]:
        """Send these CRM events (default: all) to url; replaces an earlier subscription of the same url."""
        if not re.match(r"^https?://[^\s]+$", url or ""):
            raise ValidationError(f"{url!r} is not an http(s) URL", "url")
        events = list(events or EVENT_TYPES)
        unknown = [e for e in events if e not in EVENT_TYPES]
        if unknown:
            raise ValidationError(f"unknown event type(s) {', '.join(unknown)}; known: {', '.join(EVENT_TYPES)}",
                                  "events")
        subs = [s for s in self.subscriptions() if s["url"] != url] + [{"url": url, "events": events}]
        self.store.set_setting(SUBSCRIPTIONS_KEY, subs)
        return subs

    def unsubscribe(self, url: str) -> list[dict]:
        subs = self.subscriptions()
        if not any(s["url"] == url for s in subs):
            raise NotFound(f"no subscription for {url}")
        subs = [s for s in subs if s["url"] != url]
        self.store.set_setting(SUBSCRIPTIONS_KEY, subs)
        return subs

    def publish(self, event_id: str, event_type: str, data: dict, at: dt.datetime,
                subs: list[dict] | None = None) -> int:
        """Queue an event for every subscription that wants it (inside the caller's transaction)."""
        n = 0
        for sub in self.subscriptions() if subs is None else subs:
            if event_type in sub["events"]:
                self.queue(event_id, event_type, data, sub["url"], at)
                n += 1
        return n

    def log(self, limit: int = 100) -> list[dict]:
        return self.store.query("SELECT id, event_id, run_id, url, status, attempts, last_error, created_at, "
                                "next_attempt_at, delivered_at FROM workflow_webhooks ORDER BY id DESC LIMIT ?", [limit])
