"""What every speech backend shares: the Transcript value, the recognizer interface, errors, text helpers.

    CRMError (core.errors)
    └── SpeechError             no transcript could be produced (says which engine failed and why)
        └── AudioError          the audio itself is missing, empty or not a readable WAV/AIFF/FLAC
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Protocol, Sequence, runtime_checkable

from core.errors import CRMError


class SpeechError(CRMError):
    """No transcript: `failures` lists (engine, reason) for every backend that was tried."""

    def __init__(self, message: str, failures: Sequence[tuple[str, str]] = ()):
        super().__init__(message)
        self.failures = list(failures)


class AudioError(SpeechError):
    """The audio cannot be used: missing file, not audio, or no samples."""


@dataclass(frozen=True)
class Transcript:
    text: str
    engine: str
    duration_s: float
    latency_ms: float
    raw_text: str = field(default="", compare=False)
    detail: str = field(default="", compare=False)  # how the engine got there (passes, prompt, rejections)


@runtime_checkable
class SpeechRecognizer(Protocol):
    """Audio (the bytes of a WAV file) -> Transcript; `vocabulary` biases recognition towards CRM names."""

    name: str

    def transcribe(self, audio: bytes, vocabulary: Sequence[str] = ()) -> Transcript: ...


_NON_SPEECH = re.compile(r"\[[^\]]*\]|\((?:music|applause|laughter|silence|inaudible|blank[_ ]audio)[^)]*\)", re.I)
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")


def normalise_transcript(text: str) -> str:
    """Tidy an engine's text for the planner: drop non-speech tags, collapse spaces, drop the final period.

    Amounts are left exactly as written ("$48,000", "48k", "forty eight thousand"): the planner parses them.
    A final "?" stays because it tells a question from a command.
    """
    text = _NON_SPEECH.sub(" ", text or "")
    text = _SPACES.sub(" ", text).strip().strip("\"'“”").strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = re.sub(r"(?:\.{2,}|…)$", "", text)
    return text.rstrip(" .,;:").strip()


def unique_terms(vocabulary: Iterable[str]) -> list[str]:
    """Vocabulary without blanks or case-insensitive duplicates, first occurrence (highest priority) kept."""
    seen: set[str] = set()
    out: list[str] = []
    for term in vocabulary:
        term = _SPACES.sub(" ", str(term or "")).strip()
        key = term.lower()
        if term and key not in seen:
            seen.add(key)
            out.append(term)
    return out


def vocabulary_from_snapshot(snapshot, limit: int = 500) -> list[str]:
    """CRM names worth biasing a recognizer towards, most useful first, at most `limit`.

    Takes any object shaped like core.snapshot.Snapshot; duck-typed so this module stays free of the store.
    Whisper's prompt holds only the first few dozen names, so the order matters: the companies and contacts of
    open deals, most recently active first (what reps talk about), then users, then every other company and
    contact, then products and stages (ordinary words models already know), then open deal names (company +
    product, little new). Name respelling (snap_to_vocabulary) uses the whole list.
    """
    companies = getattr(snapshot, "companies", {})
    contacts = getattr(snapshot, "contacts", {})
    stages = list(getattr(snapshot, "stages", []))
    closed = set(stages[-2:])
    last_activity = getattr(snapshot, "last_activity", {})

    def contact_name(contact) -> str:
        return f"{contact.get('first_name') or ''} {contact.get('last_name') or ''}"

    def recency(deal) -> str:
        return str(last_activity.get(deal.get("id")) or deal.get("updated_at") or "")

    open_deals = [d for d in getattr(snapshot, "deals", {}).values() if d.get("stage") not in closed]
    open_deals.sort(key=lambda d: d.get("id") or 0)
    open_deals.sort(key=recency, reverse=True)  # stable: equal recency keeps id order
    terms: list[str] = []
    for deal in open_deals:
        terms.append(companies.get(deal.get("company_id"), {}).get("name"))
        if deal.get("contact_id") in contacts:
            terms.append(contact_name(contacts[deal["contact_id"]]))
    terms += [u.get("name") for u in getattr(snapshot, "users", {}).values()]
    terms += [c.get("name") for c in companies.values()] + [contact_name(c) for c in contacts.values()]
    terms += list(getattr(snapshot, "products", [])) + stages
    terms += [d.get("name") for d in open_deals]
    return unique_terms(terms)[:limit]


_WORD = re.compile(r"\S+")
_EDGE_PUNCT = " \t\"'“”‘’.,;:!?()[]"
# A window starting or ending in one of these is a phrase around a name, not a misheard name:
# "the security add-on" must stay, not become "<Company> Security Add-on".
FUNCTION_WORDS = frozenset("a an the to of for and or on in at with as is are was my me our your his her their "
                            "this that it its by from about into".split())


def snap_to_vocabulary(text: str, vocabulary: Sequence[str], min_score: float = 85.0) -> str:
    """Respell near-misses of multi-word CRM names: "Kandor Metals" -> "Candor Metals".

    Small speech models get most of a name and fumble one word. A span is replaced only when it has as many words
    as the name, shares at least one whole word with it, and is at least `min_score`% similar (RapidFuzz ratio).
    Single-word names are left alone: too many ordinary words sit one letter away from them.
    """
    names = [n for n in unique_terms(vocabulary) if len(n.split()) >= 2]
    if not text or not names:
        return text
    try:
        from rapidfuzz import fuzz
    except ImportError:  # an enhancement only; the prompt already did most of the work
        return text
    spans = [(m.start(), m.end(), m.group(0).strip(_EDGE_PUNCT).lower()) for m in _WORD.finditer(text)]
    keyed = [(n, n.lower(), set(n.lower().split())) for n in names]
    candidates = []
    for name, lower, words in keyed:
        n = len(lower.split())
        for i in range(len(spans) - n + 1):
            window = [w for _, _, w in spans[i:i + n]]
            if not words.intersection(window) or _function_word_at_edge(window, lower.split()):
                continue
            joined = " ".join(window)
            score = 101.0 if joined == lower else fuzz.ratio(joined, lower)  # exact (any case) wins, kept as said
            if score >= min_score:
                candidates.append((score, n, i, name))
    taken: set[int] = set()
    chosen = []
    for score, n, i, name in sorted(candidates, key=lambda c: (-c[1], -c[0], c[2])):  # longest names first
        if taken.isdisjoint(range(i, i + n)):
            taken.update(range(i, i + n))
            if score <= 100:
                chosen.append((i, n, name))
    for i, n, name in sorted(chosen, reverse=True):
        first, last = spans[i][0], spans[i + n - 1][1]
        lead = len(text[first:last]) - len(text[first:last].lstrip(_EDGE_PUNCT))
        trail = len(text[first:last]) - len(text[first:last].rstrip(_EDGE_PUNCT))
        text = text[:first + lead] + name + text[last - trail:]
    return text


def _function_word_at_edge(window: list[str], name_words: list[str]) -> bool:
    return any(window[k] in FUNCTION_WORDS and window[k] != name_words[k] for k in (0, -1))
