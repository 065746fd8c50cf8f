"""The TRANSFER frame's roles: which user a clause makes the new owner, and which one it filters on.

Patterns are data (`vocab/roles.json`: `new_owner`, `me_owner`); each `U` there is the slot of a user mention. The
text is read with every user mention replaced by a marker, so the patterns see roles, not names.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from core.understanding.lexicon import Mention, Token

_ROLES = json.loads((Path(__file__).with_name("vocab") / "roles.json").read_text(encoding="utf-8"))
_SLOT = r"\x01(?P<u>\d+)\x01"
# "U\b" at the end of a clause: the slot ends in a non-word marker, so the boundary is "no word character follows"
NEW_OWNER = [re.compile(p.replace("U\\b", _SLOT + "(?!\\w)", 1).replace("U", _SLOT, 1), re.I) for p in _ROLES["new_owner"]]
ME_OWNER = [re.compile(p, re.I) for p in _ROLES["me_owner"]]
PRONOUN_OWNER = re.compile(r"\b(?:all|every|each|any)?\s*(?:of\s+)?(his|her|their)\s+(?:[\w&'-]+\s+){0,6}?"
                           r"(?:deals|accounts|leads|customers|contacts|companies|opportunities|opps|clients|pipeline)\b",
                           re.I)


# records named just before an owner ("every account <rep> owns", "the leads that I own"): a relative clause
_RECORDS_BEFORE = re.compile(r"\b(?:leads?|deals?|contacts?|accounts?|companies|opportunit(?:y|ies)|opps?|ones?|clients?|"
                             r"customers?|tasks?)\s+(?:that\s+|which\s+)?$", re.I)


# "<person> gave it to me", "he sent them over to me": something handed to the speaker in a story, not a transfer
_TOLD_ME = re.compile(r"\b(?:she|he|they|who|[A-Z][\w'-]+)\s+(?:gave|handed|passed|sent|emailed|texted|read|told|"
                      r"mentioned|forwarded)\s+(?:(?:it|that|this|them|these|those|the\s+\w+|her\s+\w+|his\s+\w+|their\s+\w+)"
                      r"\s+)?(?:over\s+|across\s+|out\s+)?$")


# "isn't going to <rep>", "won't be <rep>'s", "not <rep>": a negated role in the same stretch of the clause
_NEGATED_BEFORE = re.compile(r"\b(?:isn['’]t|is not|aren['’]t|are not|not|won['’]t|will not|no longer|never|doesn['’]t|"
                             r"does not|shouldn['’]t|should not)\b[^,;.!?—–\x01]*$", re.I)


@dataclass(frozen=True)
class Owners:
    new: int | None            # the user who becomes the owner (the acting user for "me")
    new_mention: int | None    # token index of the mention that names the new owner
    pronoun_filter: str | None  # "his"/"her"/"their" in "all of his deals"


def _masked(text: str, s: int, tokens: list[Token], users: list[Mention]) -> str:
    """The clause with each user mention replaced by \\x01<index>\\x01 (a possessive 's kept)."""
    out, pos = [], s
    for i, m in enumerate(users):
        a, b = tokens[m.start].start, tokens[m.end - 1].end
        out.append(text[pos:a])
        poss = text[a:b].endswith(("'s", "’s"))
        out.append(f"\x01{i}\x01" + ("'s" if poss else ""))
        pos = b
    return "".join(out) + text[pos:]


def find_owners(text: str, s: int, e: int, tokens: list[Token], users: list[Mention], me: int,
                resolve) -> Owners:
    """New owner of a clause text[s:e] from its user mentions (in order) by the role patterns."""
    clause = _masked(text[:e], s, tokens, users)
    for rx in NEW_OWNER:
        for m in rx.finditer(clause):
            if m.group(0).startswith("\x01") and _RECORDS_BEFORE.search(clause[:m.start()]):
                continue  # "<rep> takes over every account <rep> owns": whose records, not who gets them
            if _NEGATED_BEFORE.search(clause[max(0, m.start() - 40):m.start() + m.group(0).find("\x01")]):
                continue  # "<record> isn't going to <rep> after all — <other rep> takes it": not the new owner
            men = users[int(m.group("u"))]
            return Owners(resolve(men), men.start, _pronoun(clause))
    for rx in ME_OWNER:
        m = rx.search(clause)
        if m and _TOLD_ME.search(clause[:m.start()]):
            continue  # "she gave it to me at the fair": her number was handed over, not the record
        if m and not _RECORDS_BEFORE.search(clause[:m.start()]):
            return Owners(me, None, _pronoun(clause))  # "every lead I own …": which records, not who gets them
    return Owners(None, None, _pronoun(clause))


def _pronoun(clause: str) -> str | None:
    m = PRONOUN_OWNER.search(clause)
    return m.group(1).lower() if m else None
