"""The inbox's settings: documented env settings, and the admin-editable values kept in the database.

Env settings give defaults; an admin's edits (settings page, CLI) are stored with store.set_setting and win.
"""
from __future__ import annotations

import json
import secrets
from typing import Any

from core import config
from core.config import Setting
from core.errors import ConfigError, PermissionDenied, ValidationError
from core.models import User
from core.store import Store

config.register(
    Setting("WHATSAPP_APP_SECRET", "", "WhatsApp app secret: checks X-Hub-Signature-256 on /webhooks/whatsapp "
            "(unset: the webhook refuses every POST)."),
    Setting("WHATSAPP_VERIFY_TOKEN", "", "Token answered in WhatsApp's GET verification handshake "
            "(unset: the handshake is refused)."),
    Setting("WHATSAPP_ACCESS_TOKEN", "", "WhatsApp Cloud API access token; with WHATSAPP_PHONE_NUMBER_ID set, "
            "replies to WhatsApp conversations are sent through the Cloud API instead of only recorded in the outbox."),
    Setting("WHATSAPP_PHONE_NUMBER_ID", "", "WhatsApp Cloud API phone number id that sends replies."),
    Setting("WHATSAPP_API_URL", "https://graph.facebook.com/v21.0", "Base URL of the WhatsApp Cloud API."),
    Setting("TWILIO_AUTH_TOKEN", "", "Twilio auth token: checks X-Twilio-Signature on /webhooks/twilio "
            "(unset: the webhook refuses every POST)."),
    Setting("TWILIO_WEBHOOK_URL", "", "Public URL Twilio posts to, when a proxy changes it (the signature covers "
            "the URL); empty = the URL of the request as received."),
    Setting("CRM_API_TOKEN", "", "Bearer token for POST /api/messages "
            "(unset: those routes refuse every request)."),
    Setting("CRM_SERVER_KEY", "", "Key of the HMAC signature that autopilot changes from outside the UI must carry; "
            "empty = a random key generated once and kept in the database."),
    Setting("CRM_AUTOPILOT_THRESHOLD", "0.8", "Minimum draft confidence (0-1) for autopilot to send a reply; "
            "admins can change it on the settings page."),
    Setting("CRM_AUTOPILOT_DEFAULT", "off", "Autopilot state of a new conversation (on/off); "
            "admins can change it on the settings page."),
    Setting("CRM_KNOWLEDGE_BASE", "data/knowledge_base.json", "JSON file of the answers the offline responder "
            "drafts from, until an admin edits the knowledge base on the settings page (then the edited copy in the "
            "database is used)."),
    Setting("CRM_INGEST_MAX_BATCH", "2000", "Most messages the ingest writer commits in one transaction "
            "(group commit)."),
    Setting("CRM_INBOX_WORKERS", "on", "Start the inbox workers (processing, outbound dispatch) with the server "
            "(on/off)."),
)

THRESHOLD_KEY = "inbox.autopilot_threshold"
DEFAULT_AUTOPILOT_KEY = "inbox.autopilot_default"
POLICY_KEY = "guardrails.policy"
KNOWLEDGE_BASE_KEY = "inbox.knowledge_base"  # an admin's edit of the knowledge base (else CRM_KNOWLEDGE_BASE's file)
SERVER_KEY = "inbox.server_key"
ADMIN_ROLES = ("admin",)


def parse_bool(value: Any, name: str) -> bool:
    text = str(value).strip().lower()
    if text in ("1", "on", "true", "yes"):
        return True
    if text in ("0", "off", "false", "no", ""):
        return False
    raise ConfigError(f"{name} must be on or off (got {value!r})")


def parse_threshold(value: Any, name: str = "threshold") -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{name} must be a number between 0 and 1 (got {value!r})", name) from None
    if not 0.0 <= v <= 1.0:
        raise ValidationError(f"{name} must be between 0 and 1 (got {v})", name)
    return v


def _require_admin(user: User) -> None:
    if user.role not in ADMIN_ROLES:
        raise PermissionDenied(f"{user.name} is a {user.role}: only admins can change inbox settings.")


class InboxSettings:
    """Reads and writes the admin-editable values; every read goes to the database (cheap, always current)."""

    def __init__(self, store: Store):
        self.store = store

    # -- autopilot -----------------------------------------------------------------
    def threshold(self) -> float:
        value = self.store.get_setting(THRESHOLD_KEY)
        return parse_threshold(config.get("CRM_AUTOPILOT_THRESHOLD") if value is None else value,
                               "CRM_AUTOPILOT_THRESHOLD")

    def default_autopilot(self) -> bool:
        value = self.store.get_setting(DEFAULT_AUTOPILOT_KEY)
        return parse_bool(config.get("CRM_AUTOPILOT_DEFAULT") if value is None else value, "CRM_AUTOPILOT_DEFAULT")

    def set_threshold(self, user: User, value: Any) -> float:
        _require_admin(user)
        v = parse_threshold(value)
        self.store.set_setting(THRESHOLD_KEY, v)
        return v

    def set_default_autopilot(self, user: User, value: Any) -> bool:
        _require_admin(user)
        v = parse_bool(value, "default autopilot")
        self.store.set_setting(DEFAULT_AUTOPILOT_KEY, v)
        return v

    # -- guardrail policy -----------------------------------------------------------
    def policy_dict(self) -> dict:
        """The stored policy as a dict (the default policy until an admin saves one)."""
        from core.guardrails import GuardrailPolicy
        stored = self.store.get_setting(POLICY_KEY)
        return stored if stored is not None else GuardrailPolicy.default().to_dict()

    def policy(self):
        from core.guardrails import GuardrailPolicy
        stored = self.store.get_setting(POLICY_KEY)
        return GuardrailPolicy.default() if stored is None else GuardrailPolicy.from_dict(stored)

    def save_policy(self, user: User, data: dict):
        """Validate (GuardrailPolicy.from_dict raises on bad input) and store; nothing stored on error."""
        _require_admin(user)
        from core.guardrails import GuardrailPolicy
        if not isinstance(data, dict):
            raise ValidationError("the guardrail policy must be a JSON object")
        try:
            policy = GuardrailPolicy.from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(f"invalid guardrail policy: {exc}") from None
        self.store.set_setting(POLICY_KEY, policy.to_dict())
        return policy

    def reset_policy(self, user: User):
        _require_admin(user)
        from core.guardrails import GuardrailPolicy
        with self.store.atomic():
            self.store.execute("DELETE FROM app_settings WHERE key = ?", [POLICY_KEY])
        return GuardrailPolicy.default()

    def policy_version(self) -> str:
        """Changes whenever the stored policy does (the processor rebuilds its classifier then)."""
        return json.dumps(self.store.get_setting(POLICY_KEY), sort_keys=True)

    # -- knowledge base ---------------------------------------------------------------------
    def knowledge_base_data(self) -> dict | None:
        """The knowledge base an admin saved on the settings page, or None to use the CRM_KNOWLEDGE_BASE file."""
        return self.store.get_setting(KNOWLEDGE_BASE_KEY)

    def knowledge_base_version(self) -> str | None:
        """Changes whenever an admin saves the knowledge base (the inbox rebuilds its index then); cheap to read."""
        row = self.store.execute("SELECT CAST(updated_at AS VARCHAR) || ':' || CAST(length(CAST(value AS VARCHAR)) "
                                 "AS VARCHAR) FROM app_settings WHERE key = ?", [KNOWLEDGE_BASE_KEY]).fetchone()
        return row[0] if row else None

    # -- the server's signing key ------------------------------------------------------
    def server_key(self) -> bytes:
        """CRM_SERVER_KEY, else a random key made once and kept in the database (so the CLI can sign too)."""
        env = config.get("CRM_SERVER_KEY")
        if env:
            return env.encode()
        with self.store.atomic():
            key = self.store.get_setting(SERVER_KEY)
            if not key:
                key = secrets.token_hex(32)
                self.store.set_setting(SERVER_KEY, key)
        return key.encode()
