"""The workflows' settings, registered in the one settings table (core/config.py)."""
from __future__ import annotations

from core import config
from core.config import Setting

config.register(
    Setting("CRM_WORKFLOWS", "1", "1 = the server runs workflows (timers, triggers, outgoing webhooks) beside the "
            "inbox workers; 0 = it does not (runs wait, nothing is lost)."),
    Setting("CRM_WORKFLOW_POLL_SECONDS", "2", "How often the server's workflow worker looks for due timers and new "
            "events (a start or a reply wakes it at once)."),
    Setting("CRM_WEBHOOK_SECRET", "", "Key for the X-AutoCRM-Signature (HMAC-SHA256) header of outgoing webhooks; "
            "empty = they are sent unsigned."),
)


def workflows_enabled() -> bool:
    from core.inbox.settings import parse_bool
    return parse_bool(config.get("CRM_WORKFLOWS"), "CRM_WORKFLOWS")
