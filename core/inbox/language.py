"""The customer's language, detected offline: py3langid restricted to the languages replies are written in.

    detect(text, history=(), hints=None) -> LanguageGuess(lang, certainty, source)

py3langid's model (a naive Bayes over byte n-grams, 4.6 MB) ships inside its PyPI wheel, needs only numpy and
classifies a message in about 0.1 ms once loaded (about 2 s, once per process). On a message of a word or two
its probabilities are close to uniform ("ok", "hi"), so a short, uncertain message falls back, in order, to the
language of the customer's earlier messages, to words known to belong to one language (the knowledge base's own
questions and answers provide them: "oi", "prix"), and to the default language with low certainty, which the
responder turns into a lower confidence.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Mapping

from core.errors import ConfigError

SUPPORTED = ("en", "es", "fr", "de", "pt")
DEFAULT = "en"
NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese"}
SURE = 0.6  # a probability over the five languages at or above this is taken as it is
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    """The language a reply should be written in; certainty 0..1; source: text, words, history or default."""
    lang: str
    certainty: float
    source: str = "text"


def fold(text: str) -> str:
    """Casefolded, accents stripped: how cue words and vocabularies are compared."""
    if text.isascii():  # nothing to decompose or strip
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


class _Identifier:
    """py3langid loaded once per process, lazily and thread-safely."""

    def __init__(self):
        self._model = None
        self._lock = threading.Lock()

    def get(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    try:
                        from py3langid.langid import MODEL_FILE, LanguageIdentifier
                    except ImportError as exc:
                        raise ConfigError("language detection needs py3langid: pip install py3langid") from exc
                    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                    model.set_languages(list(SUPPORTED))
                    self._model = model
        return self._model


_IDENTIFIER = _Identifier()


def rank(text: str) -> list[tuple[str, float]]:
    """The supported languages by probability (they sum to 1), best first."""
    if not text.strip():
        return [(lang, 1 / len(SUPPORTED)) for lang in SUPPORTED]
    return [(lang, float(p)) for lang, p in _IDENTIFIER.get().rank(text)]


def vocabulary(texts_by_lang: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """word -> language, for the words that occur in exactly one language's texts."""
    seen: dict[str, set[str]] = {}
    for lang, texts in texts_by_lang.items():
        for t in texts:
            for w in words(t):
                if len(w) > 1:
                    seen.setdefault(w, set()).add(lang)
    return {w: next(iter(langs)) for w, langs in seen.items() if len(langs) == 1}


def detect(text: str, history: Iterable[str] = (), hints: Mapping[str, str] | None = None,
           default: str = DEFAULT) -> LanguageGuess:
    """The language to answer `text` in; `history` = the customer's earlier messages, oldest first."""
    ranked = rank(text)
    lang, p = ranked[0]
    if p >= SURE:
        return LanguageGuess(lang, round(p, 3), "text")
    for earlier in reversed(list(history)):
        h_lang, h_p = rank(earlier)[0]
        if h_p >= SURE:
            return LanguageGuess(h_lang, round(min(h_p, SURE), 3), "history")
    if hints:
        votes: dict[str, int] = {}
        for w in words(text):
            if w in hints:
                votes[hints[w]] = votes.get(hints[w], 0) + 1
        if votes:
            best = max(votes.values())
            winners = [k for k, v in votes.items() if v == best]
            if len(winners) == 1:
                probs = dict(ranked)
                return LanguageGuess(winners[0], round(max(SURE, probs.get(winners[0], 0.0)), 3), "words")
    if p >= 0.45 and ranked[1][1] < p / 2:
        return LanguageGuess(lang, round(p, 3), "text")
    return LanguageGuess(default, round(p if lang == default else min(p, 0.3), 3), "default")
