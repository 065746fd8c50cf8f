"""Money amounts in the forms reps type or speak: 48k, $1.2M, 18,500, forty five thousand."""
from __future__ import annotations

import re

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "grand": 1_000, "k": 1_000, "million": 1_000_000,
           "m": 1_000_000, "mm": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000}
_SUFFIX = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}

NUMERIC = re.compile(
    r"(?<![\w/.-])(?P<cur>[$€£])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<suf>k|mm|m|bn|b|thousand|grand|million|billion)?(?![\w/-])", re.I)
_WORD = "|".join(sorted(list(_UNITS) + list(_TENS) + ["hundred", "thousand", "grand", "million", "billion", "and"],
                         key=len, reverse=True))
WORDS = re.compile(rf"\b(?:(?:{_WORD})[\s-]+)*(?:{_WORD})\b(?:\s+dollars)?", re.I)


def words_to_number(text: str) -> float | None:
    """'forty five thousand' -> 45000; None when the words are not a number."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower().replace("dollars", "")) if t and t != "and"]
    if not tokens or all(t in ("a", "an") for t in tokens):
        return None
    if all(t in _SCALES for t in tokens):
        return None  # "Grand" alone is a name's word ("Larchmont Grand"), not a thousand; "a grand" still is
    total, current, seen = 0, 0, False
    for t in tokens:
        if t in _UNITS:
            current += _UNITS[t]
            seen = seen or t not in ("a", "an")
        elif t in _TENS:
            current += _TENS[t]
            seen = True
        elif t == "hundred":
            current, seen = max(current, 1) * 100, True
        elif t in ("thousand", "grand", "million", "billion"):
            total += max(current, 1) * _SCALES[t]
            current, seen = 0, True
        else:
            return None
    return float(total + current) if seen else None


def parse_amount(text: str) -> float | None:
    """The first money amount in text, or None."""
    found = find_amounts(text)
    return found[0][0] if found else None


def find_amounts(text: str) -> list[tuple[float, int, int]]:
    """Every amount with its span: (value, start, end). Bare small integers are not amounts."""
    out: list[tuple[float, int, int]] = []
    for m in NUMERIC.finditer(text):
        num = float(m.group("num").replace(",", ""))
        suf = (m.group("suf") or "").lower()
        end = m.end()
        if suf:
            num *= _SUFFIX.get(suf, _SCALES.get(suf, 1))
            rest = re.match(r"\s+(?:and\s+)?(\d{1,3})(?![\w,/%-])(?!\.\d)(?!\s*(?:users?|seats?|people|licen[cs]es?|units?|days?|"
                            r"weeks?|months?|hours?|%))", text[end:], re.I) if suf in ("thousand", "grand") else None
            if rest:
                num += int(rest.group(1))  # "5 thousand 100" said aloud: 5,100
                end += rest.end()
        elif not m.group("cur") and "," not in m.group("num") and (num < 1000 or
                                                                     (1900 <= num <= 2100 and num.is_integer())):
            continue  # "3 weeks", "2 deals", "2027": counts and years, not money
        out.append((round(num, 2), m.start(), end))
    for m in WORDS.finditer(text):
        if any(s <= m.start() < e for _, s, e in out):
            continue
        value = words_to_number(m.group(0))
        if value is not None and value >= 1000:
            out.append((value, m.start(), m.end()))
    return sorted(out, key=lambda x: x[1])
