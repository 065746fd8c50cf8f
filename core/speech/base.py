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


def vocabulary_from_snapshot(snapshot, limit: int = 120) -> list[str]:
    """CRM names worth biasing a recognizer towards, in priority order, at most `limit`.

    Takes any object shaped like core.snapshot.Snapshot; duck-typed so this module stays free of the store.
    Proper nouns first (companies, contacts, users: what generic models get wrong), then products and stages,
    then open deal names (mostly company + product, so least new information).
    """
    contacts = getattr(snapshot, "contacts", {}).values()
    closed = set(list(getattr(snapshot, "stages", []))[-2:])
    terms = [c.get("name") for c in getattr(snapshot, "companies", {}).values()]
    terms += [f"{c.get('first_name') or ''} {c.get('last_name') or ''}" for c in contacts]
    terms += [u.get("name") for u in getattr(snapshot, "users", {}).values()]
    terms += list(getattr(snapshot, "products", [])) + list(getattr(snapshot, "stages", []))
    terms += [d.get("name") for d in getattr(snapshot, "deals", {}).values() if d.get("stage") not in closed]
    return unique_terms(terms)[:limit]
