"""What a sentence is understood against: who is speaking, when, and what the session talked about."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core.models import User


@dataclass
class SessionMemory:
    """Most recent record of each kind mentioned in a chat session, for 'him', 'it', 'that deal'."""
    contact: int | None = None
    company: int | None = None
    deal: int | None = None
    task: int | None = None
    last: str | None = None  # kind of the record named most recently

    def remember(self, kind: str, rid: int | None) -> None:
        if rid is not None and kind in ("contact", "company", "deal", "task"):
            setattr(self, kind, rid)

    def to_dict(self) -> dict:
        return {"contact": self.contact, "company": self.company, "deal": self.deal, "task": self.task,
                "last": self.last}

    @classmethod
    def from_dict(cls, d: dict | None) -> "SessionMemory":
        d = d or {}
        return cls(d.get("contact"), d.get("company"), d.get("deal"), d.get("task"), d.get("last"))


@dataclass
class Context:
    user: User
    today: dt.date
    memory: SessionMemory = field(default_factory=SessionMemory)
    choices: dict[str, str] = field(default_factory=dict)  # mention text (lower) -> "table:id" picked by the user
