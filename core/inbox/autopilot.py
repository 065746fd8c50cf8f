"""The autopilot: the auto-send rule, audited on/off changes, signed external commands and the human override.

A human agent's message always wins: it pauses the conversation's autopilot, supersedes its pending
drafts and cancels its autopilot replies not yet handed to a provider, in the same transaction that
stores the message, so no AI reply can slip in after it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any

from core.errors import NotFound, ValidationError
from core.inbox.delivery import cancel_queued
from core.inbox.errors import SignatureError
from core.inbox.models import IN_SCOPE, AutopilotChange
from core.store import Store, now, utc_from_epoch

COMMAND_MAX_AGE = 300  # seconds a signed command stays valid (replay window)


@dataclass(frozen=True)
class Decision:
    auto_send: bool
    reason: str


def decide(*, autopilot: bool, classification: str, confidence: float, threshold: float,
           human_since: bool, sensitive: str | None = None) -> Decision:
    """The auto-send rule: every condition must hold, else the draft goes to a human. `sensitive` is what the message
    asks for that a person must decide (core/inbox/sensitive.py), whatever the guardrails say."""
    if human_since:
        return Decision(False, "a human agent has written since the customer's message")
    if not autopilot:
        return Decision(False, "autopilot is off for this conversation")
    if classification != IN_SCOPE:
        return Decision(False, f"guardrails classified the message {classification}")
    if sensitive:
        return Decision(False, f"the message asks for {sensitive}: a person decides, never the autopilot")
    if confidence < threshold:
        return Decision(False, f"confidence {confidence:.2f} is below the threshold {threshold:.2f}")
    return Decision(True, f"autopilot on, in scope, confidence {confidence:.2f} >= {threshold:.2f}")


def set_autopilot(store: Store, conversation_id: int, enabled: bool, actor: str, source: str,
                  reason: str | None = None) -> AutopilotChange:
    """Turn a conversation's autopilot on or off; a real change is recorded in autopilot_events."""
    with store.atomic():
        previous = store.scalar("SELECT autopilot FROM conversations WHERE id = ?", [conversation_id])
        if previous is None:
            raise NotFound(f"no conversation {conversation_id}")
        if previous != enabled:
            store.execute("UPDATE conversations SET autopilot = ? WHERE id = ?", [enabled, conversation_id])
            store.execute("INSERT INTO autopilot_events (id, conversation_id, enabled, previous, actor, source, "
                          "reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          [store.next_id("autopilot_events"), conversation_id, enabled, previous, actor, source,
                           reason, now()])
    return AutopilotChange(conversation_id, enabled, bool(previous), previous != enabled, actor, source)


def human_override(store: Store, conversation_id: int, message_id: int, actor: str, source: str) -> int:
    """Pause autopilot, supersede pending drafts and cancel queued autopilot replies after a human agent's message;
    returns drafts superseded.

    Must run in the transaction that stores the agent's message. A reply already handed to a provider (sending)
    cannot be called back; replies a reviewer approved stay queued (a person chose to send them).
    """
    with store.atomic():
        set_autopilot(store, conversation_id, False, actor, source, f"human agent message {message_id}")
        ids = [r[0] for r in store.execute("SELECT id FROM drafts WHERE conversation_id = ? AND status = 'pending'",
                                           [conversation_id]).fetchall()]
        if ids:
            store.execute("UPDATE drafts SET status = 'superseded', superseded_at = ? "
                          "WHERE id IN (SELECT unnest(?::INTEGER[]))", [now(), ids])
        cancel_queued(store, conversation_id, f"a human agent took over (message {message_id})", "human_took_over",
                      kinds=("auto",))
    return len(ids)


# -- signed commands (autopilot changes from outside the UI) -----------------------------
def command_signature(key: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def signed_command(key: bytes, conversation_id: int, enabled: bool, actor: str, reason: str | None = None,
                   timestamp: float | None = None) -> tuple[bytes, str]:
    """The JSON body and X-AutoCRM-Signature header of an autopilot command."""
    body = json.dumps({"conversation_id": int(conversation_id), "autopilot": bool(enabled), "actor": actor,
                       "reason": reason, "timestamp": int(timestamp if timestamp is not None else time.time()),
                       "nonce": secrets.token_hex(8)}, sort_keys=True).encode()
    return body, command_signature(key, body)


def verify_command(key: bytes, body: bytes, signature: str | None, max_age: float = COMMAND_MAX_AGE) -> dict[str, Any]:
    """Check the signature and freshness of a command; return its fields."""
    if not signature:
        raise SignatureError("missing X-AutoCRM-Signature header: autopilot changes from outside the UI "
                             "must be signed with the server key")
    if not signatures_match(command_signature(key, body), signature):
        raise SignatureError("X-AutoCRM-Signature does not match the body (wrong server key?)")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise ValidationError("autopilot command: body is not JSON") from None
    if not isinstance(data, dict):
        raise ValidationError("autopilot command: expected a JSON object")
    for field, kind in (("conversation_id", int), ("autopilot", bool), ("actor", str), ("timestamp", int)):
        if not isinstance(data.get(field), kind) or (kind is int and isinstance(data.get(field), bool)):
            raise ValidationError(f"autopilot command: {field} must be {kind.__name__}", field)
    if not 0 < data["conversation_id"] < 2 ** 31:
        raise ValidationError("autopilot command: conversation_id is out of range", "conversation_id")
    if not 0 < len(data["actor"]) <= 200 or "\x00" in data["actor"]:
        raise ValidationError("autopilot command: actor must be 1 to 200 characters", "actor")
    reason = data.get("reason")
    if reason is not None and (not isinstance(reason, str) or len(reason) > 1000 or "\x00" in reason):
        raise ValidationError("autopilot command: reason must be text of at most 1,000 characters", "reason")
    if abs(time.time() - data["timestamp"]) > max_age:
        raise SignatureError(f"autopilot command is older than {max_age:.0f} s (or from the future): sign it again")
    return data


def signatures_match(expected: str, given: str | None) -> bool:
    """Constant-time comparison of an expected signature with a header as received (any characters)."""
    given = (given or "").strip()
    return given.isascii() and hmac.compare_digest(expected.encode(), given.encode())


def apply_signed_command(store: Store, body: bytes, data: dict[str, Any], source: str,
                         max_age: float = COMMAND_MAX_AGE) -> AutopilotChange:
    """Apply a verified command once: its exact bytes are remembered (by digest) in the transaction that applies it.

    A digest only needs keeping while its timestamp could still pass verify_command's window, so older ones
    are dropped as new commands arrive.
    """
    digest = hashlib.sha256(body).hexdigest()
    ts = now()
    with store.atomic():
        store.execute("DELETE FROM signed_commands WHERE signed_at < ?", [ts - dt.timedelta(seconds=2 * max_age)])
        if store.scalar("SELECT count(*) FROM signed_commands WHERE digest = ?", [digest]):
            raise SignatureError("this signed autopilot command was already used: sign a new one")
        store.execute("INSERT INTO signed_commands VALUES (?, ?, ?, ?)",
                      [digest, utc_from_epoch(data["timestamp"]), ts, data["actor"]])
        return set_autopilot(store, data["conversation_id"], data["autopilot"], data["actor"], source,
                             data.get("reason"))
