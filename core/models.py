"""Value objects that cross module boundaries: plans, steps, clarifications."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

READY, NEEDS_CLARIFICATION, REJECTED = "ready", "needs_clarification", "rejected"


def jsonable(value: Any) -> Any:
    """Dates and timestamps as ISO strings, floats without noise; everything else as is."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(frozen=True)
class User:
    id: int
    name: str
    email: str
    role: str

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Clarification:
    question: str
    options: tuple[Option, ...]
    mention: str = ""
    kind: str = ""  # table the options come from, so a chosen option can be fed back

    def to_dict(self) -> dict:
        return {"question": self.question, "options": [{"id": o.id, "label": o.label} for o in self.options],
                "mention": self.mention, "kind": self.kind}


@dataclass(frozen=True)
class Step:
    """One write: op on table row id; changes maps field -> (before, after)."""
    op: str
    table: str
    id: int
    label: str
    changes: dict[str, tuple[Any, Any]]
    group: str = ""  # for bulk steps: the filter that selected the record, in words

    def to_dict(self) -> dict:
        d = {"op": self.op, "table": self.table, "id": self.id, "label": self.label,
             "changes": {f: {"from": jsonable(a), "to": jsonable(b)} for f, (a, b) in self.changes.items()}}
        if self.group:
            d["group"] = self.group
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Step":
        return cls(d["op"], d["table"], int(d["id"]), d.get("label", ""),
                   {f: (c.get("from"), c.get("to")) for f, c in d.get("changes", {}).items()}, d.get("group", ""))


@dataclass(frozen=True)
class Plan:
    plan_id: str
    text: str
    user_id: int | None
    status: str
    steps: tuple[Step, ...] = ()
    clarifications: tuple[Clarification, ...] = ()
    warnings: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    answer: str | None = None      # read-only questions are answered, not planned
    table: tuple[dict, ...] = ()   # rows behind an answer, for the UI
    intent: str = "write"          # write | question | undo | empty
    session_id: str | None = None
    engine: str = "offline"

    @property
    def ready(self) -> bool:
        return self.status == READY and bool(self.steps)

    def to_dict(self) -> dict:
        d = {"plan_id": self.plan_id, "status": self.status, "steps": [s.to_dict() for s in self.steps],
             "clarifications": [c.to_dict() for c in self.clarifications],
             "warnings": list(self.warnings), "errors": list(self.errors)}
        if self.answer is not None:
            d["answer"] = self.answer
            d["rows"] = [{k: jsonable(v) for k, v in r.items()} for r in self.table]
        d["intent"] = self.intent
        d["text"] = self.text
        d["engine"] = self.engine
        d["session_id"] = self.session_id
        d["user_id"] = self.user_id
        return d

    @classmethod
    def from_dict(cls, d: dict, user_id: int | None = None) -> "Plan":
        clar = tuple(Clarification(c["question"], tuple(Option(o["id"], o["label"]) for o in c["options"]),
                                   c.get("mention", ""), c.get("kind", ""))
                     for c in d.get("clarifications", []))
        return cls(d["plan_id"], d.get("text", ""), user_id if user_id is not None else d.get("user_id"), d["status"],
                   tuple(Step.from_dict(s) for s in d.get("steps", [])), clar,
                   tuple(d.get("warnings", [])), tuple(d.get("errors", [])), d.get("answer"),
                   intent=d.get("intent", "write"), session_id=d.get("session_id"), engine=d.get("engine", "offline"))

    def with_(self, **kw: Any) -> "Plan":
        return replace(self, **kw)


def new_plan_id() -> str:
    return "p-" + uuid.uuid4().hex[:10]
