"""Dates relative to 'today': tomorrow, Friday, next Friday, in two weeks, end of March, Jan 15, 12/15."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from core.understanding.amounts import words_to_number

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# "sat"/"sun" are left out: "sat down with Jane" is not a date
_WD = {d: i for i, d in enumerate(WEEKDAYS)} | {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3,
                                                 "thur": 3, "thurs": 3, "fri": 4}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | \
         {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD_RE = "|".join(sorted(_WD, key=len, reverse=True))
_NUM_WORDS = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few)"

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth"]
ORDINAL_DAY = {w: i + 1 for i, w in enumerate(_ORDINALS)} | \
    {f"twenty{sep}{w}": 20 + i + 1 for sep in (" ", "-", "") for i, w in enumerate(_ORDINALS[:9])} | \
    {"thirtieth": 30} | {f"thirty{sep}first": 31 for sep in (" ", "-", "")}
_ORD_RE = "|".join(sorted(ORDINAL_DAY, key=len, reverse=True))
PATTERNS: list[tuple[str, re.Pattern]] = [(name, re.compile(rx, re.I)) for name, rx in [
    # "the twenty first of October", "October the third": a day said in words
    ("day_words_month", rf"\b(?:on\s+)?(?:the\s+)?({_ORD_RE})\s+(?:of\s+)?({_MONTH_RE})\b(?:,?\s+(\d{{4}}))?"),
    ("month_day_words", rf"\b(?:on\s+)?({_MONTH_RE})\s+(?:the\s+)?({_ORD_RE})\b(?:,?\s+(\d{{4}}))?"),
    ("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    ("slash", r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b"),
    ("month_day", rf"\b(?:on\s+)?(?:the\s+)?({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"),
    ("day_month", rf"\b(?:on\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b(?:,?\s+(\d{{4}}))?"),
    ("end_of_month_named", rf"\b(?:by\s+)?(?:the\s+)?(end|beginning|start|middle|mid)(?:\s+of|-)\s*({_MONTH_RE})\b"),
    # "before May is out", "by the time June's out": the last day of that month
    ("month_out", rf"\b(?:before|by)\s+(?:the\s+time\s+)?({_MONTH_RE})(?:\s+is|'s|’s)\s+out\b"),
    ("end_of", r"\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(week|month|quarter|year|q[1-4])\b"),
    # "before the month's out", "by month end": the last day of this one
    ("end_of", r"\b(?:before|by)\s+(?:the\s+)?(week|month|quarter|year)(?:'s|’s|\s+is)\s+out\b|\bby\s+(week|month)[- ]end\b"),
    # "two weeks from today", "three days from now", "a week from today": counted from today
    ("n_from_now", rf"\b({_NUM_WORDS})\s+(day|week|month|business day)s?\s+from\s+(?:now|today)\b"),
    # "a week today", "a fortnight tomorrow" (British): that span after today or tomorrow
    ("span_from_day", r"\b(a|one|two|three)\s+(week|fortnight)s?\s+(today|tomorrow|tmrw)\b"),
    ("relative_day", r"\b(today|tonight|tomorrow|tmrw|tmr|yesterday|day after tomorrow)\b"),
    ("in_n", rf"\b(?:in|within)\s+({_NUM_WORDS})\s+(day|week|fortnight|month|business day)s?\b"),
    ("n_ago", rf"\b({_NUM_WORDS})\s+(day|week|month)s?\s+(?:ago|back|before|earlier)\b"),
    ("next_period", r"\bnext\s+(week|month|quarter|year)\b"),
    # "a week on Friday", "Friday week": the Friday after the coming one
    ("week_on", rf"\b(?:a\s+)?week\s+(?:on|from)\s+({_WD_RE})\b|\b({_WD_RE})\s+week\b(?!\s+(?:of|after|before))"),
    ("weekday", rf"\b(?:(next|this|coming|last|on)\s+)?({_WD_RE})\b"),
    # "by the 16th", "on the 3rd": a day of this month, or of the next once it has passed (after every pattern with
    # a month, so "the 16th of March" is read whole)
    ("day_of_month", r"(?:\b(?:on|by|before|until|till|for|from|due|date|deadline|is|to|it)\s+|[-–—:,]\s+|^\W*)(?:is\s+)?the\s+"
                     r"(\d{1,2})(?:st|nd|rd|th)\b"),
    # "due the twentieth", "by the twenty-first of the month": a day in words, only where nothing follows that it
    # could be the ordinal of ("on the second floor" is no date)
    ("day_of_month", rf"\b(?:on|by|before|due|deadline)\s+the\s+({_ORD_RE})\b(?=\s*(?:$|[,.;!?)—–-]|of the month\b|"
                     r"full stop\b|comma\b|period\b|please\b|pls\b|thanks\b|for\s+(?:me|him|her|them)\b))"),
]]

_COUNT = {"a": 1, "an": 1, "a couple of": 2, "a few": 3}


def count_word(word: str) -> int:
    """'3', 'three', 'a couple of' -> a count."""
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _COUNT.get(w) or int(words_to_number(w) or 1)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


GRACE_DAYS = 31  # a month-day passed less than a month ago stays this year's ("set the close date to Nov 2"): warned
FUTURE_SAID = re.compile(r"\b(?:should|will|would|'ll|shall|going to|expected to|due to|plan(?:ning)? to|aim(?:ing)? to|"
                         r"hop(?:e|ing) to|set to|on track to)\s+(?:\w+\s+){0,2}$", re.I)
# "close Feb 28" said on March 15 is next February's; "close Oct 7" said on Oct 12 is the day it closed
CLOSE_SAID = re.compile(r"\b(?:close|closes|closing|due)\s+(?:on\s+|by\s+)?$", re.I)


def _future(month: int, day: int, today: dt.date, year: str | None) -> dt.date:
    """Month/day without a year: this year's, or next year's once it has passed."""
    if year:
        y = int(year)
        return dt.date(y + 2000 if y < 100 else y, month, day)
    d = dt.date(today.year, month, day)
    return d if d >= today - dt.timedelta(days=GRACE_DAYS) else dt.date(today.year + 1, month, day)


def _quarter_end(d: dt.date) -> dt.date:
    m = ((d.month - 1) // 3 + 1) * 3
    return dt.date(d.year, m, calendar.monthrange(d.year, m)[1])


def _resolve(name: str, m: re.Match, today: dt.date, past: bool) -> dt.date | None:
    g = m.groups()
    if name == "month_out":
        first = _future(MONTHS[g[0].lower()], 1, today, None)
        last = dt.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
        return last if last >= today else dt.date(first.year + 1, first.month,
                                                   calendar.monthrange(first.year + 1, first.month)[1])
    if name == "span_from_day":
        days = count_word(g[0]) * (14 if g[1].lower() == "fortnight" else 7)
        return today + dt.timedelta(days=days + (0 if g[2].lower() == "today" else 1))
    if name == "iso":
        return dt.date(int(g[0]), int(g[1]), int(g[2]))
    if name == "slash":  # month/day; "15/8" can only be day/month
        a, b = int(g[0]), int(g[1])
        return _future(b, a, today, g[2]) if a > 12 >= b else _future(a, b, today, g[2])
    if name == "month_day":
        return _future(MONTHS[g[0].lower()], int(g[1]), today, g[2])
    if name == "day_month":
        return _future(MONTHS[g[1].lower()], int(g[0]), today, g[2])
    if name == "day_words_month":
        return _future(MONTHS[g[1].lower()], ORDINAL_DAY[re.sub(r"\s+", " ", g[0].lower())], today, g[2])
    if name == "month_day_words":
        return _future(MONTHS[g[0].lower()], ORDINAL_DAY[re.sub(r"\s+", " ", g[1].lower())], today, g[2])
    if name == "end_of_month_named":
        month = MONTHS[g[1].lower()]
        first = _future(month, 1, today, None)
        last = calendar.monthrange(first.year, month)[1]
        day = {"end": last, "beginning": 1, "start": 1, "middle": 15, "mid": 15}[g[0].lower()]
        d = dt.date(first.year, month, day)
        return d if d >= today else dt.date(first.year + 1, month, day)
    if name == "end_of":
        unit = next(x for x in g if x).lower()
        nxt = "next" in m.group(0).lower()
        if unit == "week":
            base = today + dt.timedelta(days=7 if nxt else 0)
            return base + dt.timedelta(days=4 - base.weekday()) if base.weekday() <= 4 else base
        if unit == "month":
            base = _add_months(today, 1) if nxt else today
            return dt.date(base.year, base.month, calendar.monthrange(base.year, base.month)[1])
        if unit == "quarter":
            q = _quarter_end(today)
            return _quarter_end(q + dt.timedelta(days=1)) if nxt else q
        if unit == "year":
            return dt.date(today.year + (1 if nxt else 0), 12, 31)
        q = int(unit[1])
        d = dt.date(today.year, q * 3, calendar.monthrange(today.year, q * 3)[1])
        return d if d >= today else dt.date(today.year + 1, q * 3, calendar.monthrange(today.year + 1, q * 3)[1])
    if name == "relative_day":
        w = g[0].lower()
        return today + dt.timedelta(days={"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1,
                                          "yesterday": -1, "day after tomorrow": 2}[w])
    if name in ("in_n", "n_ago", "n_from_now"):
        n, unit = count_word(g[0]), g[1].lower()
        sign = -1 if name == "n_ago" else 1
        if unit == "month":
            return _add_months(today, sign * n)
        if unit == "business day":
            d, left = today, n
            while left:
                d += dt.timedelta(days=1)
                left -= d.weekday() < 5
            return d
        return today + dt.timedelta(days=sign * n * {"week": 7, "fortnight": 14}.get(unit, 1))
    if name == "next_period":
        unit = g[0].lower()
        if unit == "week":
            return today + dt.timedelta(days=7 - today.weekday())
        if unit == "month":
            return _add_months(today, 1).replace(day=1)
        if unit == "quarter":
            return _quarter_end(today) + dt.timedelta(days=1)
        return dt.date(today.year + 1, 1, 1)
    if name == "day_of_month":
        day = int(g[0]) if g[0].isdigit() else ORDINAL_DAY[re.sub(r"\s+", " ", g[0].lower())]
        step = -1 if past else 1
        for months in range(3):  # this month's, else the next (or, for the past, the previous) that has the day
            base = _add_months(today.replace(day=1), step * months)
            if day <= calendar.monthrange(base.year, base.month)[1]:
                d = base.replace(day=day)
                if (d <= today) if past else (d >= today):
                    return d
        return None
    if name == "week_on":
        wd = _WD[(g[0] or g[1]).lower()]
        return today + dt.timedelta(days=((wd - today.weekday()) % 7 or 7) + 7)
    if name == "weekday":
        mod, wd = (g[0] or "").lower(), _WD[g[1].lower()]
        if mod == "last" or (past and mod in ("", "on")):
            delta = (today.weekday() - wd) % 7 or 7
            return today - dt.timedelta(days=delta)
        if mod == "next":
            monday_next = today + dt.timedelta(days=7 - today.weekday())
            return monday_next + dt.timedelta(days=wd)
        delta = (wd - today.weekday()) % 7 or 7
        return today + dt.timedelta(days=delta)
    return None


def find_dates(text: str, today: dt.date, past: bool = False) -> list[tuple[dt.date, int, int]]:
    """Every date expression with its span; `past` reads bare weekdays backwards ('met Jane on Monday')."""
    taken: list[tuple[int, int]] = []
    out = []
    # "an end-of-April close date": the hyphens join the words of one date (same length, so spans still hold)
    text = re.sub(r"\b(?:end|start|beginning|middle|mid)-of-(?:the-)?", lambda m: m.group(0).replace("-", " "), text,
                  flags=re.I)
    for name, rx in PATTERNS:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if name == "slash" and not (int(m.group(1)) <= 12 and int(m.group(2)) <= 31 or
                                        12 < int(m.group(1)) <= 31 and int(m.group(2)) <= 12):
                continue
            try:
                d = _resolve(name, m, today, past)
            except ValueError:
                continue
            if d is not None and not past and name in ("month_day", "day_month", "day_words_month", "month_day_words",
                                                          "slash") and d < today and not re.search(r"\d{4}", m.group(0)) \
                    and (FUTURE_SAID.search(text[max(0, m.start() - 40):m.start()]) or
                         CLOSE_SAID.search(text[max(0, m.start() - 40):m.start()]) and (today - d).days > 14):
                d = d.replace(year=d.year + 1)  # "should close Feb 14" said in March: next February
            if d is not None:
                taken.append((m.start(), m.end()))
                out.append((d, m.start(), m.end()))
    return sorted(out, key=lambda x: x[1])


def parse_date(text: str, today: dt.date, past: bool = False) -> dt.date | None:
    found = find_dates(text, today, past)
    return found[0][0] if found else None
