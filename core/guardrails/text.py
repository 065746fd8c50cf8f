"""Text normalisation for screening: one canonical form, plus the decoded views an attacker might hide behind.

`fold` undoes presentation tricks (fullwidth and styled letters, homoglyphs, zero-width characters, accents,
case). `views` adds one view per obfuscation it can undo: letters spaced or dotted apart, leetspeak, base64,
hex, URL encoding, rot13 and reversed text. Each view is tagged so a verdict can say what was undone.
"""
from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote_plus

# Letters from other scripts that render like Latin ones (Cyrillic, Greek, a few symbols).
_HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "һ": "h", "ӏ": "l", "ɡ": "g", "ո": "n", "ս": "u", "օ": "o",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ү": "Y",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ω": "w", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ℓ": "l", "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "´": "'",
    "`": "'", "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
})
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")
_ODD_SPACE = re.compile(r"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_SPACES = re.compile(r" +")


def _fold_keep_spacing(text: str) -> str:
    if text.isascii():  # NFKC, NFKD, invisible and combining characters change nothing in ASCII
        return _ODD_SPACE.sub(" ", text.translate(_HOMOGLYPHS).lower())
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text).translate(_HOMOGLYPHS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _ODD_SPACE.sub(" ", text.casefold())


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Canonical lower-case form: NFKC, homoglyphs to Latin, no invisible characters, no accents."""
    return _collapse(_fold_keep_spacing(text))


# Runs of four or more single characters split by spaces or punctuation: "i g n o r e", "i.g.n.o.r.e".
_SEP = r"[\s.\-_*|/\\,:;+~'\"]"
_SPACED_RUN = re.compile(rf"(?<![^\W_])(?:[^\W_]{_SEP}{{1,4}}){{3,}}[^\W_](?![^\W_])")


def _join_run(match: re.Match) -> str:
    run = match.group(0)
    seps = re.findall(rf"{_SEP}+", run)
    letters = re.split(rf"{_SEP}+", run)
    mixed = any(s.strip() for s in seps) and any(not s.strip() for s in seps)
    out = [letters[0]]
    for sep, ch in zip(seps, letters[1:]):
        gap = (not sep.strip()) if mixed else (len(sep) >= 2 and not sep.strip())
        out.append((" " if gap else "") + ch)
    return "".join(out)


def join_spaced(text: str) -> str:
    return _SPACED_RUN.sub(_join_run, text)


_LEET_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
                         "@": "a", "$": "s", "!": "i", "|": "i", "+": "t", "€": "e"})
_LEET_L = str.maketrans({"1": "l", "|": "l", "!": "l"})
_LEET_TOKEN = re.compile(r"[a-z0-9@$!|+€]*[a-z][a-z0-9@$!|+€]*")


def deleet(text: str, one_as_l: bool = False) -> str:
    """Undo leetspeak inside words that mix letters with digits or symbols ("1gn0r3" -> "ignore")."""
    def fix(m: re.Match) -> str:
        tok = m.group(0)
        core = tok.rstrip("!|+")
        if core.isalpha():
            return tok
        if one_as_l:
            core = core.translate(_LEET_L)
        return core.translate(_LEET_I) + tok[len(core):]
    return _LEET_TOKEN.sub(fix, text)


def squash(text: str) -> str:
    """Letters and digits only: catches words split at random places ("ign ore prev ious")."""
    return re.sub(r"[^a-z0-9]+", "", text)


_B64_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX_TOKEN = re.compile(r"(?:\\x|0x)?(?:[0-9a-fA-F]{2}(?:\\x|\s|:)?){8,}")
_URL_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_ROT13_CUE = re.compile(r"\b(?:rot[\s-]?13|caesar|cipher|decode|decrypt)\b", re.I)


def _readable(raw: bytes) -> str | None:
    """Decoded bytes if they look like human text, else None."""
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(s) < 6:
        return None
    printable = sum(c.isprintable() or c in "\n\r\t" for c in s) / len(s)
    letters = sum(c.isalpha() for c in s) / len(s)
    return s if printable > 0.95 and letters > 0.5 and " " in s.strip() else None


def _base64_texts(text: str) -> list[str]:
    found = []
    candidates = _B64_TOKEN.findall(text)
    compact = re.sub(r"\s+", "", text)
    if len(compact) >= 16 and _B64_TOKEN.fullmatch(compact):
        candidates.append(compact)
    for tok in candidates:
        if tok.isalpha() and (tok.islower() or tok.isupper()):
            continue  # a plain long word, not base64
        padded = tok + "=" * (-len(tok) % 4)
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                s = _readable(decode(padded))
            except (binascii.Error, ValueError):
                continue
            if s:
                found.append(s)
                break
    return found


def _hex_texts(text: str) -> list[str]:
    found = []
    for tok in _HEX_TOKEN.findall(text):
        digits = re.sub(r"\\x|0x|[\s:]", "", tok)
        if len(digits) % 2 or digits.isdigit():
            continue
        s = _readable(bytes.fromhex(digits))
        if s:
            found.append(s)
    return found


def views(text: str) -> list[tuple[str, str]]:
    """(tag, text) pairs to screen: the folded text first, then each distinct de-obfuscated view."""
    # remembered for short texts: the rules and the learned layer both read a message's views
    return list(_remembered_views(text) if len(text) <= 4096 else _views(text))


@lru_cache(maxsize=2048)
def _remembered_views(text: str) -> tuple[tuple[str, str], ...]:
    return _views(text)


def _views(text: str) -> tuple[tuple[str, str], ...]:
    spaced = _fold_keep_spacing(text)
    plain = _collapse(spaced)
    out: list[tuple[str, str]] = [("plain", plain)]
    seen = {plain}

    def add(tag: str, candidate: str) -> None:
        if candidate and candidate not in seen:
            seen.add(candidate)
            out.append((tag, candidate))

    joined = _collapse(join_spaced(spaced))
    add("spacing", joined)
    add("leetspeak", deleet(joined))
    add("leetspeak", deleet(joined, one_as_l=True))
    decoded: list[tuple[str, str]] = [("base64", s) for s in _base64_texts(text)]
    decoded += [("hex", s) for s in _hex_texts(text)]
    if len(_URL_ESCAPE.findall(text)) >= 2:
        decoded.append(("url_encoding", unquote_plus(text)))
    if _ROT13_CUE.search(text):
        decoded.append(("rot13", codecs.decode(text, "rot13")))
    decoded.append(("reversed", text[::-1]))
    for tag, raw in decoded:
        f = _fold_keep_spacing(raw)
        add(tag, _collapse(f))
        add(tag, deleet(_collapse(join_spaced(f))))
    return tuple(out)
