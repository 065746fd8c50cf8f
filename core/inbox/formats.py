"""Inbound payload formats (WhatsApp Cloud API, Twilio SMS, AutoCRM's generic JSON) and their signatures.

Each parser turns one delivery into InboundMessages or raises PayloadError naming the
offending field; nothing here touches the database. A registry maps format names to parsers.
Untrusted input is bounded here: ids and names have a length limit, NUL characters and JSON nested
deeper than Python can parse are refused, and error messages quote at most a short prefix of a value.

The generic format (POST /api/messages, `python -m core ingest --format generic`):

    {"channel": "sms" | "whatsapp" | "email",      required
     "id": "provider-message-id",                   required, unique per channel (redeliveries reuse it)
     "from": "+15551234567" | "jane@example.com",      required: phone for sms/whatsapp, email for email
     "text": "message body",                        required (alias: "body")
     "name": "Jane Doe",                          optional display name for new contacts
     "timestamp": "2025-05-01T10:00:00Z" | 1714557600,   optional: when the customer sent it
     "direction": "in" | "out",                      optional: "out" logs a human agent's message (override)
     "author_kind": "customer" | "agent" | "ai"}      optional: who wrote it ("ai": a reply by an AI elsewhere,
                                                    which does not pause autopilot); default by direction

A batch is {"messages": [...]} or a JSON list of such objects.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
from typing import Any, Callable, Iterable, Mapping

from core.inbox.errors import PayloadError, SignatureError
from core.inbox.models import CHANNELS, EMAIL_CHANNELS, DeliveryStatus, InboundMessage
from core.store import utc, utc_from_epoch

MAX_BODY = 10_000  # characters kept of one message body
MAX_ID = 256       # characters of a provider's message id
MAX_NAME = 256     # characters of a display name
MAX_ADDRESS = 320  # characters of an email address (RFC 3696's limit), or of a phone as written
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
DELIVERY_STATUSES = ("sent", "delivered", "read", "failed")


def _shown(value: Any) -> str:
    """A value as quoted in an error message: repr, cut short (never echo a megabyte back)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _short(value: Any, where: str, limit: int, numbers: bool = False) -> str:
    """An id or name: text (or an integer when numbers), at most limit characters, no NUL."""
    if isinstance(value, bool) or not (isinstance(value, str) or (numbers and isinstance(value, int))):
        raise PayloadError(f"{where}: expected text, got {type(value).__name__}", where)
    text = str(value)
    if len(text) > limit:
        raise PayloadError(f"{where}: {len(text)} characters; at most {limit}", where)
    if "\x00" in text:
        raise PayloadError(f"{where}: contains a NUL character", where)
    return text


# -- normalisation ---------------------------------------------------------------
def normalize_phone(value: Any, where: str = "from") -> str:
    """'+1 (555) 123-4567', '15551234567' or 'whatsapp:+1555...' -> '+15551234567'."""
    text = str(value or "").strip()
    if len(text) > MAX_ADDRESS:
        raise PayloadError(f"{where}: {len(text)} characters is not a phone number", where)
    if ":" in text:
        text = text.split(":", 1)[1]
    digits = re.sub(r"\D", "", text)
    if not 7 <= len(digits) <= 15:
        raise PayloadError(f"{where}: {_shown(value)} is not a phone number (7 to 15 digits)", where)
    return "+" + digits


def normalize_email(value: Any, where: str = "from") -> str:
    text = str(value or "").strip().lower()
    if len(text) > MAX_ADDRESS or not _EMAIL.match(text):
        raise PayloadError(f"{where}: {_shown(value)} is not an email address", where)
    return text


def normalize_address(channel: str, value: Any, where: str = "from") -> str:
    return normalize_email(value, where) if channel in EMAIL_CHANNELS else normalize_phone(value, where)


def parse_time(value: Any, where: str) -> dt.datetime | None:
    """Epoch seconds (WhatsApp) or ISO 8601 -> naive UTC datetime (what the store keeps); an ISO time without an
    offset is the machine's local time."""
    if value in (None, ""):
        return None
    try:
        if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isdigit()):
            return utc_from_epoch(int(value))
        return utc(dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")))
    except (ValueError, OverflowError, OSError):
        raise PayloadError(f"{where}: {_shown(value)} is not a timestamp (epoch seconds or ISO 8601)", where) from None


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise PayloadError(f"{where}: expected text, got {type(value).__name__}", where)
    if "\x00" in value:
        raise PayloadError(f"{where}: contains a NUL character", where)
    return value[:MAX_BODY]


def _need(obj: Any, key: str, where: str) -> Any:
    if not isinstance(obj, dict):
        raise PayloadError(f"{where}: expected an object, got {type(obj).__name__}", where)
    if obj.get(key) in (None, ""):
        raise PayloadError(f"{where}.{key}: required", f"{where}.{key}")
    return obj[key]


def _list(obj: dict, key: str, where: str) -> list:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise PayloadError(f"{where}.{key}: expected a list", f"{where}.{key}")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def load_json(raw: bytes | str, where: str = "body") -> Any:
    try:
        return json.loads(raw, parse_constant=_no_constant)
    except RecursionError:
        raise PayloadError(f"{where}: JSON nested too deeply", where) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise PayloadError(f"{where}: not valid JSON ({str(exc)[:200]})", where) from None


# -- WhatsApp Cloud API ------------------------------------------------------------
def _whatsapp_body(m: dict, where: str) -> str:
    kind = m.get("type") or "text"
    if kind == "text":
        text = m.get("text")
        if not isinstance(text, dict) or not isinstance(text.get("body"), str):
            raise PayloadError(f"{where}.text.body: required for a text message", f"{where}.text.body")
        return _text(text["body"], f"{where}.text.body")
    part = m.get(kind) if isinstance(m.get(kind), dict) else {}
    if kind == "interactive":
        reply = part.get("button_reply") or part.get("list_reply") or {}
        return _text(str(reply.get("title", "[interactive]")), where)
    if kind == "button":
        return _text(str(part.get("text", "[button]")), where)
    if kind == "reaction":
        return f"[reaction {part.get('emoji', '')}]".strip()
    if kind == "location":
        return f"[location {part.get('latitude')},{part.get('longitude')}]"
    caption = part.get("caption") or part.get("filename") or ""
    return _text(f"[{kind}] {caption}".strip(), where)


def parse_whatsapp(payload: Any) -> list[InboundMessage]:
    """A WhatsApp Cloud API webhook delivery: customer messages, agent echoes; statuses are acknowledged only."""
    if not isinstance(payload, dict):
        raise PayloadError("body: expected a JSON object", "body")
    if payload.get("object") != "whatsapp_business_account":
        raise PayloadError(f"object: expected 'whatsapp_business_account', got {payload.get('object')!r}", "object")
    out: list[InboundMessage] = []
    for i, entry in enumerate(_list(payload, "entry", "body")):
        where = f"entry[{i}]"
        if not isinstance(entry, dict):
            raise PayloadError(f"{where}: expected an object", where)
        for j, change in enumerate(_list(entry, "changes", where)):
            cw = f"{where}.changes[{j}]"
            value = _need(change, "value", cw)
            if not isinstance(value, dict):
                raise PayloadError(f"{cw}.value: expected an object", f"{cw}.value")
            names = {}
            for k, c in enumerate(_list(value, "contacts", f"{cw}.value")):
                if isinstance(c, dict) and c.get("wa_id"):
                    profile = c.get("profile") if isinstance(c.get("profile"), dict) else {}
                    name = profile.get("name")
                    names[re.sub(r"\D", "", str(c["wa_id"])[:MAX_ADDRESS])] = None if name is None else \
                        _short(name, f"{cw}.value.contacts[{k}].profile.name", MAX_NAME)
            for k, m in enumerate(_list(value, "messages", f"{cw}.value")):
                mw = f"{cw}.value.messages[{k}]"
                sender = normalize_phone(_need(m, "from", mw), f"{mw}.from")
                out.append(InboundMessage("whatsapp", _short(_need(m, "id", mw), f"{mw}.id", MAX_ID), sender,
                                          _whatsapp_body(m, mw),
                                          parse_time(m.get("timestamp"), f"{mw}.timestamp"),
                                          names.get(sender[1:])))
            for k, m in enumerate(_list(value, "message_echoes", f"{cw}.value")):
                mw = f"{cw}.value.message_echoes[{k}]"
                to = normalize_phone(_need(m, "to", mw), f"{mw}.to")
                out.append(InboundMessage("whatsapp", _short(_need(m, "id", mw), f"{mw}.id", MAX_ID), to,
                                          _whatsapp_body(m, mw),
                                          parse_time(m.get("timestamp"), f"{mw}.timestamp"), direction="out"))
    return out


def whatsapp_signature(secret: str, raw: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def verify_whatsapp(secret: str, raw: bytes, header: str | None) -> None:
    """X-Hub-Signature-256: 'sha256=' + HMAC-SHA256(app secret, raw body) in hex."""
    if not header:
        raise SignatureError("missing X-Hub-Signature-256 header")
    if not _same(whatsapp_signature(secret, raw), header):
        raise SignatureError("X-Hub-Signature-256 does not match the body (wrong WHATSAPP_APP_SECRET?)")


def parse_whatsapp_statuses(payload: Any) -> list[DeliveryStatus]:
    """The delivery reports (statuses[]) of a WhatsApp webhook: sent, delivered, read, failed, with the
    biz_opaque_callback_data we sent; other statuses are acknowledged and ignored. Call after parse_whatsapp."""
    out: list[DeliveryStatus] = []
    for i, entry in enumerate(payload.get("entry") or []):
        for j, change in enumerate(entry.get("changes") or []):
            cw = f"entry[{i}].changes[{j}].value"
            for k, st in enumerate(_list(change["value"], "statuses", cw)):
                sw = f"{cw}.statuses[{k}]"
                pid = _short(_need(st, "id", sw), f"{sw}.id", MAX_ID)
                status = _short(_need(st, "status", sw), f"{sw}.status", 32).lower()
                if status not in DELIVERY_STATUSES:
                    continue
                callback = st.get("biz_opaque_callback_data")
                callback = None if callback is None else _short(callback, f"{sw}.biz_opaque_callback_data", 512)
                error = None
                errors = st.get("errors")
                if isinstance(errors, list) and errors and isinstance(errors[0], dict):
                    e = errors[0]
                    details = (e.get("error_data") or {}).get("details") if isinstance(e.get("error_data"), dict) \
                        else None
                    error = " ".join(str(x) for x in (e.get("code"), e.get("title"), details or e.get("message"))
                                     if x)[:500] or None
                out.append(DeliveryStatus("whatsapp", pid, status, parse_time(st.get("timestamp"), f"{sw}.timestamp"),
                                          callback, error))
    return out


def _same(expected: str, header: str) -> bool:
    """Constant-time comparison of a signature with a header as received (a non-ASCII header never matches)."""
    given = header.strip()
    return given.isascii() and hmac.compare_digest(expected.encode(), given.encode())


# -- Twilio ------------------------------------------------------------------------
def parse_twilio(params: Mapping[str, str]) -> list[InboundMessage]:
    """Twilio's messaging webhook (form fields MessageSid, From, To, Body, ProfileName)."""
    sid = params.get("MessageSid") or params.get("SmsSid")
    if not sid:
        raise PayloadError("MessageSid: required", "MessageSid")
    sender = params.get("From")
    if not sender:
        raise PayloadError("From: required", "From")
    channel = "whatsapp" if str(sender).startswith("whatsapp:") else "sms"
    sid = _short(sid, "MessageSid", MAX_ID)
    profile = params.get("ProfileName") or None
    if profile is not None:
        profile = _short(profile, "ProfileName", MAX_NAME)
    body = _text(params.get("Body", ""), "Body")
    media = int(params.get("NumMedia") or 0) if str(params.get("NumMedia") or "0").isdigit() else 0
    if not body and media:
        body = f"[media x{media}]"
    return [InboundMessage(channel, sid, normalize_phone(sender, "From"), body[:MAX_BODY], None, profile)]


def twilio_signature(token: str, url: str, params: Iterable[tuple[str, str]]) -> str:
    """base64(HMAC-SHA1(auth token, url + every key+value, sorted by key))."""
    data = url + "".join(k + v for k, v in sorted(params, key=lambda kv: kv[0]))
    return base64.b64encode(hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()).decode()


def verify_twilio(token: str, url: str, params: list[tuple[str, str]], header: str | None) -> None:
    if not header:
        raise SignatureError("missing X-Twilio-Signature header")
    if not _same(twilio_signature(token, url, params), header):
        raise SignatureError("X-Twilio-Signature does not match (wrong TWILIO_AUTH_TOKEN or webhook URL?)")


# -- generic -----------------------------------------------------------------------
def parse_generic_one(item: Any, where: str = "message") -> InboundMessage:
    if not isinstance(item, dict):
        raise PayloadError(f"{where}: expected an object", where)
    channel = str(_need(item, "channel", where)).strip().lower()
    if channel not in CHANNELS:
        raise PayloadError(f"{where}.channel: must be one of {', '.join(CHANNELS)} (got {_shown(channel)})",
                           f"{where}.channel")
    ext = _short(_need(item, "id", where), f"{where}.id", MAX_ID, numbers=True)
    body = item.get("text", item.get("body"))
    if body in (None, ""):
        raise PayloadError(f"{where}.text: required", f"{where}.text")
    direction = item.get("direction", "in")
    if direction not in ("in", "out"):
        raise PayloadError(f"{where}.direction: must be 'in' or 'out' (got {_shown(direction)})",
                           f"{where}.direction")
    author = item.get("author_kind")
    allowed = ("customer",) if direction == "in" else ("agent", "ai")
    if author is not None and author not in allowed:
        raise PayloadError(f"{where}.author_kind: a message {'from' if direction == 'in' else 'to'} the customer is "
                           f"written by {' or '.join(allowed)} (got {_shown(author)})", f"{where}.author_kind")
    name = item.get("name")
    if name is not None:
        name = _short(name, f"{where}.name", MAX_NAME)
    address = normalize_address(channel, _need(item, "from", where), f"{where}.from")
    return InboundMessage(channel, str(ext), address, _text(body, f"{where}.text"),
                          parse_time(item.get("timestamp"), f"{where}.timestamp"), name or None, direction, author)


def parse_generic(payload: Any) -> list[InboundMessage]:
    """One message object, a list of them, or {"messages": [...]}."""
    if isinstance(payload, dict) and "messages" in payload:
        items, prefix = payload["messages"], "messages"
        if not isinstance(items, list):
            raise PayloadError("messages: expected a list", "messages")
    elif isinstance(payload, list):
        items, prefix = payload, ""
    else:
        return [parse_generic_one(payload)]
    if not items:
        raise PayloadError(f"{prefix or 'body'}: no messages", prefix or "body")
    return [parse_generic_one(m, f"{prefix}[{i}]") for i, m in enumerate(items)]


def parse_twilio_record(payload: Any) -> list[InboundMessage]:
    """A Twilio webhook saved as a JSON object of its form fields (for `ingest --format twilio`)."""
    if not isinstance(payload, dict):
        raise PayloadError("expected a JSON object of Twilio's form fields")
    return parse_twilio({str(k): str(v) for k, v in payload.items()})


# name -> parser of one decoded JSON document (a line of an ingest file)
FORMATS: dict[str, Callable[[Any], list[InboundMessage]]] = {
    "generic": parse_generic,
    "whatsapp": parse_whatsapp,
    "twilio": parse_twilio_record,
}
