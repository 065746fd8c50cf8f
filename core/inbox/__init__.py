"""The customer inbox: capture every message, guardrails, AI drafts, the review queue and the autopilot.

    formats      inbound payloads (WhatsApp Cloud API, Twilio, generic JSON) and their signatures
    capture      messages -> the durable messages table, exactly once; IngestWriter (group commit)
    processing   guardrail verdict, audit, draft and the autopilot decision, behind capture
    knowledge    the knowledge base of answers, searched with FAISS
    drafting     responders: offline (knowledge base + CRM facts) and an OpenAI-compatible LLM
    autopilot    the auto-send rule, audited on/off changes, signed commands, the human override
    review       the review queue: approve, edit & send, reject (idempotent)
    channels     channel senders (record only, WhatsApp Cloud API) and queueing a reply in the outbox
    delivery     the outbox's state machine: send at most once, retry with backoff, dead letters, reconciliation
    settings     documented env settings and the admin-editable values kept in the database
    service      Inbox: the one object the routes, CLI, pages and tests use
"""
from core.inbox.models import DraftReply, InboundMessage, Receipt, ReviewItem, ReviewOutcome

__all__ = ["Inbox", "InboundMessage", "Receipt", "DraftReply", "ReviewItem", "ReviewOutcome"]


def __getattr__(name: str):
    """Inbox is imported on first use, so a module that needs only a part (capture, channels) skips the models."""
    if name == "Inbox":
        from core.inbox.service import Inbox
        return Inbox
    raise AttributeError(f"module 'core.inbox' has no attribute {name!r}")
