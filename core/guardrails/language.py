"""Is a message written in a language other than English? The scope decision needs to know, because the MiniLM
similarities to the (English) intent examples say little about a Spanish or German message.

    foreign_language(text) -> "de" | "pt" | ... | None      None: English, or not sure

py3langid (already used by core/inbox/language.py; its model ships in the wheel) ranks the message over the
languages customers write in; a message is foreign when English gets under `EN_MAX` of the probability, and,
unless the message is a word or two, another language leads with at least `LEAD_MIN`. Short English replies that
py3langid cannot place ("ok", "yep") rarely pass both tests, and when one does, a keyword of this business is
still needed before the message is answered (see classifier._decide_foreign).
"""
from __future__ import annotations

import re
import threading

from core.errors import ConfigError

LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "sv", "da", "no", "tr", "ru", "zh", "ja", "ko", "ca",
             "ro", "cs", "fi")
EN_MAX = 0.1          # English under this share of the probability ...
LEAD_MIN = 0.5        # ... and another language leading with at least this (messages of three words or more)
_LETTERS = re.compile(r"[^\W\d_]{2,}")

_lock = threading.Lock()
_model = None


def _identifier():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                try:
                    from py3langid.langid import MODEL_FILE, LanguageIdentifier
                except ImportError as exc:
                    raise ConfigError("language detection needs py3langid: pip install py3langid") from exc
                model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                model.set_languages(list(LANGUAGES))
                _model = model
    return _model


def rank(text: str) -> list[tuple[str, float]]:
    """LANGUAGES by probability (summing to 1), best first."""
    return [(lang, float(p)) for lang, p in _identifier().rank(text)]


def foreign_language(text: str) -> str | None:
    """The message's language when it is confidently not English, else None."""
    words = _LETTERS.findall(text[:2000])
    if not words:
        return None
    ranked = rank(" ".join(words))
    p_en = next((p for lang, p in ranked if lang == "en"), 0.0)
    lang, p = next((lp for lp in ranked if lp[0] != "en"), ("", 0.0))
    if p_en >= EN_MAX or (len(words) >= 3 and p < LEAD_MIN):
        return None
    return lang
