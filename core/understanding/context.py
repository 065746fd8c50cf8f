"""What a sentence is understood against: who is speaking, when, and what the session talked about."""
from __future__ import annotations

import datetime as dt
import re
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
    last_request: str | None = None  # the last change asked for, so "no wait, make it Monday" can correct it
    asked: dict | None = None  # the open clarification: {"text", "mention", "options": [[id, label]], "choices"}
    listed: dict | None = None  # the records the last answer or bulk plan listed: {"kind": "deal", "ids": [...]}

    def remember(self, kind: str, rid: int | None) -> None:
        if rid is not None and kind in ("contact", "company", "deal", "task"):
            setattr(self, kind, rid)

    def to_dict(self) -> dict:
        return {"contact": self.contact, "company": self.company, "deal": self.deal, "task": self.task,
                "last": self.last, "last_request": self.last_request, "asked": self.asked, "listed": self.listed}

    @classmethod
    def from_dict(cls, d: dict | None) -> "SessionMemory":
        d = d or {}
        return cls(d.get("contact"), d.get("company"), d.get("deal"), d.get("task"), d.get("last"),
                   d.get("last_request"), d.get("asked"), d.get("listed"))


FOLLOW_UP_CORRECTION = re.compile(r"^\W*(?:(?:hmm+|erm+|um+|uh+|oh|ah|argh)[,.!\s]+)?(?:no,?\s+wait|wait,?\s+no|actually|sorry|"
                                  r"oops|no,?|correction:?|i meant|i mean)(?:[,:!.]?\s+(?:i\s+meant?|sorry|actually))?"
                                  r"[,:!.]?\s+(?:(?:make|change)\s+(?:it|that)(?:\s+to)?|it'?s|it\s+should\s+be|"
                                  r"it\s+is|not\s+that,?)?\s*(?P<value>.+)$", re.I)
# what a correction adds after its value: "Colour Proof not Rough Layout", "Colour Proof rather", "… instead, please"
_CORRECTION_TAIL = re.compile(r"\s*(?:,\s*)?(?:\bnot\s+.+|\brather(?:\s+than\s+.+)?|\binstead(?:\s+of\s+.+)?|\bplease|"
                              r"\bpls|\bthanks|\bsorry)\s*[.!]*\s*$", re.I)


def corrected_request(text: str, memory: "SessionMemory", snap=None, today=None) -> str | None:
    """'no wait, make it Monday' right after a request: that request with the correction applied. Only a bare
    value (a date, an amount, a stage, a rep) corrects; anything with its own verb is a request of its own."""
    m = FOLLOW_UP_CORRECTION.match(text)
    if not m or not memory.last_request:
        return None
    value = _CORRECTION_TAIL.sub("", m.group("value").strip(" .!")).strip(" .!,")
    if not value or len(value.split()) > 4 or snap is None:
        return None
    from core.understanding.amounts import find_amounts
    from core.understanding.dates import find_dates
    from core.understanding.lexicon import lexicon, tokenize

    tokens = tokenize(value)
    kinds = {x.kind for x in lexicon(snap).mentions(tokens)}
    covered = find_dates(value, today) if today else []
    if not (covered or find_amounts(value) or kinds & {"stage", "user", "product"}):
        return None
    return f"{memory.last_request} - actually {value}"


# "<request>… er, no, make it <rep>", "<request> — hang on, <rep>, not <rep>": the request corrects itself
_SELF_CORRECTION = re.compile(r"^(?P<req>.+?)\s*(?:[,.;:…—–-]+\s*)+(?P<cue>(?:(?:er+|erm+|um+|uh+|oops|sorry|no wait|wait|hang on|"
                              r"scratch that|correction)\b[,.!…:\s]*)+(?:no\b[,.!…\s]*)?)(?P<fix>.+)$", re.I)


def self_corrected(text: str, snap=None, today=None) -> str | None:
    """The request a message corrects within itself, as "<request> - actually <value>" (the form a correction in the
    next message takes), when what follows the cue is a bare value (a date, an amount, a stage, a rep)."""
    m = _SELF_CORRECTION.match(text.strip())
    if not m or len(m.group("req").split()) < 3:
        return None
    return corrected_request("no, " + m.group("fix"), SessionMemory(last_request=m.group("req").strip(" ,.;…—–-")),
                             snap, today)


def answered_choice(text: str, memory: "SessionMemory") -> tuple[str, dict] | None:
    """'Tova Marchetti' typed after "Which contact do you mean by “Tova”?": the request asked about, with that
    choice made (the option whose label the reply names, and only one)."""
    asked = memory.asked
    if not asked:
        return None
    said = re.sub(r"[^\w\s&'-]", " ", text.lower()).split()
    if not said or len(said) > 6:
        return None
    def stem(w: str) -> str:
        return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w

    def picks(whole: bool) -> list:
        out = []
        for oid, label in asked["options"]:
            name = (label if whole else re.sub(r"\s*\(.*$", "", label)).lower()
            words = {stem(w) for w in re.sub(r"[^\w\s&'-]", " ", name).split()}
            if all(stem(w) in words or w in ("the", "one", "a") for w in said) and any(stem(w) in words for w in said):
                out.append(oid)
        return out

    picked = picks(False)
    if not picked:  # two tasks of one title told apart by what the label adds ("the towels one": its deal)
        picked = picks(True)
    if len(picked) != 1:
        return None
    return asked["text"], {**asked.get("choices", {}), asked["mention"]: picked[0]}


@dataclass
class Context:
    user: User
    today: dt.date
    memory: SessionMemory = field(default_factory=SessionMemory)
    choices: dict[str, str] = field(default_factory=dict)  # mention text (lower) -> "table:id" picked by the user
