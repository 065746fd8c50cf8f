"""Requests the AI never acts on or answers by itself: refunds, payment details, access to the account, sends to
another address, other customers' data, the AI's own settings, binding commitments, deleting data.

A polite customer and an attacker ask for these in the same words, so no classifier can tell them apart; the product
does not have to. Whatever the guardrails' verdict, a draft replying to such a message waits for a person
(core/inbox/autopilot.decide). The vocabulary is data (vocab/sensitive_requests.json).
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_VOCAB = Path(__file__).with_name("vocab") / "sensitive_requests.json"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    kinds = json.loads(_VOCAB.read_text(encoding="utf-8"))["kinds"]
    return tuple((kind, re.compile("|".join(f"(?:{p})" for p in pats), re.I)) for kind, pats in kinds.items())


def _plain(text: str) -> str:
    """Compatibility forms folded and invisible characters dropped, so 'ｒｅｆｕｎｄ' or 're\u200bfund' read as written."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf").lower()


def sensitive_request(text: str) -> str | None:
    """What the message asks for that a person must decide ("a refund or credit"), or None."""
    plain = _plain(text or "")
    for kind, rx in _patterns():
        if rx.search(plain):
            return kind
    return None
