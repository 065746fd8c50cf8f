"""Value objects of the customer-message pipeline: what crosses module boundaries."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

IN_SCOPE, OUT_OF_SCOPE, SECURITY_VIOLATION = "in_scope", "out_of_scope", "security_violation"
CLASSIFICATIONS = (SECURITY_VIOLATION, OUT_OF_SCOPE, IN_SCOPE)
PHONE_CHANNELS = ("whatsapp", "sms")
EMAIL_CHANNELS = ("email",)
CHANNELS = PHONE_CHANNELS + EMAIL_CHANNELS


@dataclass(frozen=True)
class InboundMessage:
    """One message as a channel delivered it, already validated and normalised.

    direction "out" is an echo of a message a human agent sent from the channel's own app:
    it is logged as the agent's and pauses the conversation's autopilot (the safe override).
    """
    channel: str
    external_id: str
    address: str               # the customer's phone (+E.164 digits) or email, lowercased
    body: str
    sent_at: dt.datetime | None = None
    name: str | None = None    # the sender's display name, when the channel gives one
    direction: str = "in"
    author_kind: str | None = None  # customer | agent | ai; None: customer for "in", agent for "out"

    @property
    def author(self) -> str:
        return self.author_kind or ("customer" if self.direction == "in" else "agent")


@dataclass(frozen=True)
class Receipt:
    """What capture did with one inbound message: stored (new) or recognised as a redelivery."""
    channel: str
    external_id: str
    message_id: int | None
    conversation_id: int | None
    duplicate: bool

    def to_dict(self) -> dict:
        return {"channel": self.channel, "external_id": self.external_id, "message_id": self.message_id,
                "conversation_id": self.conversation_id, "duplicate": self.duplicate}


@dataclass(frozen=True)
class DraftReply:
    """A responder's proposed answer with its confidence (0..1) and what grounded it."""
    body: str
    confidence: float
    engine: str
    sources: tuple[str, ...] = ()
    tokens: int = 0


@dataclass(frozen=True)
class DraftContext:
    """What a responder may ground a reply in: the contact, open deals, the conversation so far."""
    text: str
    contact: dict
    deals: tuple[dict, ...] = ()
    history: tuple[dict, ...] = ()   # earlier messages, oldest first: {direction, author_kind, body}
    owner: dict | None = None
    company: dict | None = None
    memory: tuple[dict, ...] = ()    # the rehydrated conversation memory (core/memory): earlier messages, any phase


@dataclass(frozen=True)
class ReviewItem:
    """A pending draft with everything a reviewer needs to decide."""
    draft_id: int
    conversation_id: int
    contact_name: str
    channel: str
    address: str
    autopilot: bool
    inbound: str
    received_at: dt.datetime
    age_seconds: float
    classification: str
    reason: str
    triggered: tuple[str, ...]
    confidence: float
    draft: str
    engine: str
    status: str
    history: tuple[dict, ...] = field(default=())
    relied_on: tuple[dict, ...] = field(default=())  # what the draft relied on: {kind, id, date?, text?, phase?}
    held_for: str = ""  # what the message asks for that only a person may decide (core/inbox/sensitive.py), if any

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["received_at"] = self.received_at.isoformat(sep=" ")
        d["relied_on"] = [{k: (v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v) for k, v in x.items()}
                          for x in self.relied_on]
        d["triggered"] = list(self.triggered)
        d["history"] = [{k: (v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v) for k, v in h.items()}
                        for h in self.history]
        return d


@dataclass(frozen=True)
class ReviewOutcome:
    """The result of a review action; repeated is True when the action had already been done (idempotent)."""
    draft_id: int
    status: str
    outbox_id: int | None = None
    repeated: bool = False
    message: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class AutopilotChange:
    conversation_id: int
    enabled: bool
    previous: bool
    changed: bool
    actor: str
    source: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class DeliveryStatus:
    """A channel's report on a reply we sent: sent, delivered, read or failed (they may arrive in any order)."""
    channel: str
    provider_message_id: str
    status: str
    happened_at: dt.datetime | None = None
    callback: str | None = None   # what we asked the provider to hand back (our idempotency key)
    error: str | None = None
