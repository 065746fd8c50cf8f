"""Typo repair before recognition: a misspelt verb, stage or record word becomes the nearest known word.

"mvoe the borealis renwal to negotiaton" -> "move the borealis renewal to negotiation". Only words that are not
known already are touched, only within a small edit distance (transpositions count once) of exactly one known
word, so names that are spelt right are never rewritten.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from rapidfuzz.distance import OSA

from core.snapshot import Snapshot
from core.understanding.lexicon import COMMON, TOKEN, lexicon, norm

_ROLES = json.loads((Path(__file__).with_name("vocab") / "roles.json").read_text(encoding="utf-8"))
VERBS = {"move", "update", "change", "mark", "assign", "reassign", "delete", "remove", "create", "remind", "schedule",
         "transfer", "negotiation", "proposal", "qualified", "meeting", "called", "emailed", "amount", "close",
         "contact", "company", "opportunity", "reminder", "tomorrow", "friday", "monday", "tuesday", "wednesday",
         "thursday", "saturday", "sunday", "january", "february", "march", "april", "august", "september",
         "october", "november", "december", "renewal", "expansion"} | {
    w for v in _ROLES["write_verbs"] for w in re.findall(r"[a-z]+", v) if len(w) >= 4}


_ENGLISH = {"owned", "moved", "mover", "moves", "marks", "marked", "closes", "closer", "remover", "updates", "changed",
            "creates", "called", "caller", "dated", "deals", "leader", "leads", "proposals", "qualify", "qualifies"}


def _vocabulary(snap: Snapshot) -> tuple[set[str], list[str]]:
    cached = getattr(snap, "_typo_vocab", None)
    if cached is not None:
        return cached
    known = set(COMMON)
    stage_words = set()
    for key, kinds in lexicon(snap).aliases.items():
        known.update(key.split())
        if "stage" in kinds:
            stage_words.update(key.split())
    targets = sorted({w for w in VERBS | stage_words if len(w) >= 4 and w.isalpha()})
    known |= VERBS
    snap._typo_vocab = (known, targets)
    return known, targets


def correct(text: str, snap: Snapshot) -> str:
    """The text with unknown words replaced by the one known word they are a typo of."""
    known, targets = _vocabulary(snap)
    out, last = [], 0
    for m in TOKEN.finditer(text):
        word = m.group(0)
        low = norm(word)
        if len(low) < 4 or not low.isalpha() or low in known or word[0].isupper() or low in _ENGLISH or "@" in text[max(0, m.start() - 1):m.end() + 1]:
            continue
        limit = 1 if len(low) <= 6 else 2
        scored = sorted((OSA.distance(low, t), t) for t in targets if abs(len(t) - len(low)) <= limit
                        and t[0] == low[0])
        scored = [(d, t) for d, t in scored if d <= limit]
        if len(scored) > 1 and scored[1][0] == scored[0][0]:  # a tie: swapped letters ("contarct") decide
            scored = [x for x in scored if x[0] == scored[0][0] and sorted(x[1]) == sorted(low)]
        if len(scored) != 1 and not (scored and (len(scored) == 1 or scored[1][0] > scored[0][0])):
            continue
        fix = scored[0][1]
        if len(low) == 4 and sorted(fix) != sorted(low):  # short words: only swapped letters ("mvoe")
            continue
        out.append(text[last:m.start()] + fix + word[len(low):] if word.lower().startswith(low) else
                   text[last:m.start()] + fix)
        last = m.end()
    return "".join(out) + text[last:]
