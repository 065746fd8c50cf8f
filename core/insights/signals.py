"""Sentiment and sales intents of one customer message, offline, from the lexicons in vocab/signals.json.

A general lexicon scorer rates "the demo was great but pricing is way too expensive" as positive; here the
clause after a contrast word weighs more, negation flips a word ("not happy") and cancels a cue ("no
complaints", "we won't cancel"), and an objection, complaint or churn threat makes the message negative: it is
what the rep must act on. Intents: pricing_question, objection, complaint, churn_threat, buying_signal,
meeting_request. Find, then decide: cues are found as spans first, the labels are decided from the spans.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.literals import Gate

INTENTS = ("pricing_question", "objection", "complaint", "churn_threat", "buying_signal", "meeting_request")
NEGATIVE_INTENTS = ("churn_threat", "complaint", "objection")
SUMMARY_ORDER = ("churn_threat", "complaint", "objection", "buying_signal")
WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class Signals:
    sentiment: str                          # positive | neutral | negative
    polarity: float                         # weighted sum of the sentiment words (negative below 0)
    intents: tuple[str, ...]
    evidence: tuple[tuple[str, str], ...]   # (label, the words that said so)
    engine: str = "offline"

    @property
    def summary(self) -> str:
        """The one word a deal is summarised by: the most telling intent, else the tone."""
        return next((i for i in SUMMARY_ORDER if i in self.intents), self.sentiment)

    def to_dict(self) -> dict:
        return {"sentiment": self.sentiment, "polarity": round(self.polarity, 3), "intents": list(self.intents),
                "summary": self.summary, "evidence": [list(e) for e in self.evidence], "engine": self.engine}


@dataclass(frozen=True)
class _Lexicon:
    negators: frozenset
    window: int
    contrast: re.Pattern
    after_contrast: float
    words: tuple[tuple[re.Pattern, float], ...]
    intensifiers: frozenset
    intents: tuple[tuple[str, re.Pattern], ...]
    gate: Gate  # skips the cues whose words a message does not contain
    position: dict[int, tuple[int, ...]]  # id of a cue's regex -> its places in intents, then words


def _rx(pattern: str) -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + pattern + r")(?![\w])")


@lru_cache(maxsize=None)
def lexicon() -> _Lexicon:
    data = json.loads((Path(__file__).parent / "vocab" / "signals.json").read_text(encoding="utf-8"))
    words = tuple((_rx(re.escape(w)), 1.0) for w in data["positive"]) + \
        tuple((_rx(re.escape(w)), -1.0) for w in data["negative"])
    intents = []
    for name, patterns in data["intents"].items():
        if name not in INTENTS:
            raise ValueError(f"vocab/signals.json: unknown intent {name!r}; known: {', '.join(INTENTS)}")
        intents += [(name, _rx(p)) for p in patterns]
    contrast = _rx("|".join(re.escape(c) for c in sorted(data["contrast"], key=len, reverse=True)))
    return _Lexicon(frozenset(data["negators"]), int(data["negation_window"]), contrast, float(data["after_contrast"]),
                    words, frozenset(data["intensifiers"]), tuple(intents),
                    Gate([rx for _, rx in intents] + [rx for rx, _ in words]),
                    _positions([rx for _, rx in intents] + [rx for rx, _ in words]))


def _positions(cues: list[re.Pattern]) -> dict[int, tuple[int, ...]]:
    """Where each compiled regex sits in the cue list (`re` hands back one object for a repeated pattern)."""
    out: dict[int, tuple[int, ...]] = {}
    for k, rx in enumerate(cues):
        out[id(rx)] = out.get(id(rx), ()) + (k,)
    return out


_QUOTE_HEAD = re.compile(r"^\s*(?:on\b.{0,160}\bwrote:?\s*$|-{2,}\s*original message\s*-{2,}|_{5,}\s*$|"
                         r"from:\s.+\bsent:\s)", re.I)


def new_words(text: str) -> str:
    """The sender's own words of a reply: lines quoted with ">" and everything from an "On <date>, <name> wrote:" or
    "-----Original Message-----" header on are dropped (the vendor's earlier text is not the customer's signal). A
    message that is all quote stays whole."""
    if not text or (">" not in text and "wrote" not in text and "riginal" not in text and "Sent:" not in text):
        return text or ""
    kept = []
    for line in text.splitlines():
        if _QUOTE_HEAD.match(line):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    own = "\n".join(kept).strip()
    return own if re.search(r"\w", own) else text


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("\u2019", "'").replace("\u2018", "'")
                  .replace("\u201c", '"').replace("\u201d", '"')).strip()


def _negated(low: str, start: int, lex: _Lexicon) -> bool:
    """A negator among the few words before start, in the same clause (a contrast word or stop ends it)."""
    before = re.split(r"[.!?;,:]|\b(?:but|however|although|though)\b", low[:start])[-1]
    words = WORD.findall(before)[-lex.window:]
    return any(w in lex.negators for w in words)


def _intensified(low: str, start: int, lex: _Lexicon) -> bool:
    words = WORD.findall(low[max(0, start - 20):start])[-2:]
    return any(w in lex.intensifiers for w in words)


def detect(text: str) -> Signals:
    """Sentiment, intents and the evidence for each, for one inbound message."""
    lex = lexicon()
    low = normalise(new_words(text))
    found: dict[str, str] = {}
    taken: list[tuple[int, int]] = []
    allowed = lex.gate.allowed(low)
    if allowed is None:
        intent_cues, word_cues = lex.intents, lex.words
    else:  # only the cues whose words occur, in the lexicon's order
        at = sorted(k for i in allowed for k in lex.position.get(i, ()))
        intent_cues = [lex.intents[k] for k in at if k < len(lex.intents)]
        word_cues = [lex.words[k - len(lex.intents)] for k in at if k >= len(lex.intents)]
    for name, rx in intent_cues:
        for m in rx.finditer(low):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue  # the words already said something else (the earlier intent wins)
            if _negated(low, m.start(), lex):
                if name == "buying_signal":  # "not ready to sign": a reason to wait
                    found.setdefault("objection", m.group(0))
                continue
            found.setdefault(name, m.group(0))
            taken.append(m.span())
    cuts = [m.start() for m in lex.contrast.finditer(low)]
    polarity = 0.0
    for rx, value in word_cues:
        for m in rx.finditer(low):
            v = value * (1.5 if _intensified(low, m.start(), lex) else 1.0)
            if _negated(low, m.start(), lex):
                v = -v * (0.5 if value < 0 else 1.0)  # "not bad" is faint praise; "not good" is plain criticism
            if cuts and m.start() > cuts[0]:
                v *= lex.after_contrast
            polarity += v
    intents = tuple(i for i in INTENTS if i in found)
    if any(i in found for i in NEGATIVE_INTENTS) or polarity <= -1.0:
        sentiment = "negative"
    elif "buying_signal" in found or polarity >= 1.0:
        sentiment = "positive"
    else:
        sentiment = "neutral"
    return Signals(sentiment, polarity, intents, tuple((i, found[i]) for i in intents))
