"""Periods said in a sentence, as typed spans: 'dec 1-7', 'between Nov 20 and Dec 10 2027', '10/10 - 10/20', 'the
week of Nov 23', 'since October', 'since last Friday', 'before nov 5', 'on or after the 10th of November'.

A date without a year is the one nearest today (Dec 1 asked in November is this year's, Jan 15 next year's); a
year said on the end of a range applies to its start too. Open ends are OPEN_START / OPEN_END."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from core.understanding.dates import _WD, MONTHS, WEEKDAYS, find_dates

OPEN_START, OPEN_END = dt.date(1900, 1, 1), dt.date(9999, 12, 31)
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
# one date, as written: "Nov 20", "Nov 20th, 2027", "20 November", "the 20th of Nov", "2026-11-20", "11/20(/27)"
_DATE = (rf"(?:today|tomorrow|(?:(?:{_MON})\.?\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?|(?:the\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?(?:{_MON})\b\.?"
         rf"(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?))")
# "(not incl.)", "(exclusive)": the end named is not part of the period
_EXCL = r"(?P<excl>\s*\(?\s*(?:not\s+incl(?:\.|uding|usive)?|exclusive|excl\.?|not\s+including)\s*\)?)?"
# "the end of feb", "end of march 2027": a month's last day
_END_OF = rf"(?:the\s+)?end\s+of\s+(?P<em>{_MON})\b\.?(?:\s+(?P<ey>\d{{4}}))?"
_DAY_ONLY = rf"(?:the\s+)?\d{{1,2}}{_ORD}"
_YEAR_ONLY = r"(?:19|20)\d\d\b(?!\s*[-/])"
_TO = r"\s*(?:-|–|—|to|through|thru|until|till)\s*"
_PATTERNS = [(kind, re.compile(rx, re.I)) for kind, rx in [
    ("between", rf"\b(?:between|from)\s+(?:the\s+)?(?P<a>{_DATE})\s*(?:and|to|-|–|until|till|through|thru|up\s+to)"
                rf"{_EXCL}\s*(?:the\s+)?(?P<b>{_DATE}|{_DAY_ONLY}\b(?:\s+\d{{4}})?)"),
    ("months", rf"\b(?P<m1>{_MON})\.?\s+(?:or|and|through|thru|to|until|till|-|–)\s+(?P<m2>{_MON})\b\.?(?:,?\s+(?P<y>\d{{4}}))?"),
    ("between_days", rf"\bbetween\s+(?:the\s+)?(?P<d1>\d{{1,2}}){_ORD}\s+and\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD}\s+"
                     rf"of\s+(?P<which>this|next|last)\s+month\b"),
    ("after_before", rf"\b(?P<rel>on or after|after|from|starting)\s+(?:the\s+)?(?P<a>{_DATE})\s*,?\s*(?:but\s+|and\s+)?"
                     rf"(?P<rel_b>before|until|till|up\s+to|thru|through|to)\s+(?:(?P<by>{_YEAR_ONLY})|{_END_OF}|"
                     rf"(?:the\s+)?(?P<b>{_DATE}))"),
    ("span_month_first", rf"\b(?P<m>{_MON})\.?\s+(?P<d1>\d{{1,2}}){_ORD}{_TO}(?P<d2>\d{{1,2}}){_ORD}\b"
                         rf"(?:,?\s+(?P<y>\d{{4}}))?(?!\s*(?:k|m|%|am|pm)\b)"),
    ("span_day_first", rf"\b(?:the\s+)?(?P<d1>\d{{1,2}}){_ORD}\s*(?:-|–|—|to|through|thru|until|till|and)\s*(?:the\s+)?"
                       rf"(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{_MON})\b(?:,?\s+(?P<y>\d{{4}}))?"),
    ("dash", rf"(?<![\w/-])(?P<a>{_DATE}){_TO}(?P<b>{_DATE})(?![\w/-])"),
    ("weekdays", r"\b(?:(?:from|between)\s+)?(?P<w1>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\s*(?:-|–|"
                 r"to|through|thru|until|till|and)\s*(?P<w2>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b"),
    ("week_of", rf"\b(?:the\s+)?week\s+(?:of|starting|beginning|commencing)\s+(?P<a>{_DATE})"),
    ("since", rf"\bsince\s+(?:the\s+)?(?:(?:start|beginning)\s+of\s+)?(?:(?P<a>{_DATE})|(?P<m>{_MON})\b(?:\s+(?P<y>\d{{4}}))?"
              rf"|(?:(?P<which>last|this)\s+)?(?P<word>monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|"
              rf"month|quarter|year)\b|(?P<yesterday>yesterday)|(?P<dom>(?<=the )\d{{1,2}}{_ORD}|\d{{1,2}}(?:st|nd|rd|th))\b(?!\s*(?:of\s+)?(?:{_MON})\b|\s*/|\s+(?:days?|weeks?|"
              rf"months?|years?)\b))"),
    ("after", rf"\b(?P<rel>on or after|after)\s+(?:the\s+)?(?P<a>{_DATE})|\b(?P<rel2>from|starting|beginning)\s+(?:the\s+)?"
              rf"(?P<a2>{_DATE})\s+(?:on|onwards?)\b"),
    ("before", rf"\b(?P<rel>on or before|before|by|until|till|no later than|up to){_EXCL}\s+(?:the\s+)?(?P<a>{_DATE})"),
    ("before_year", rf"\b(?:before|until|till|prior to)\s+(?P<by>{_YEAR_ONLY})"),
    ("or_later", rf"(?P<a>{_DATE})\s+(?P<rel>or later|or after|and later|and after|onwards?|or earlier|or before|and "
                 rf"earlier|and before)\b"),
    ("on", rf"\bon\s+(?:the\s+)?(?P<a>{_DATE})(?!\s*(?:-|–|to|thru|through|or|and)\b)"),
    ("on", rf"\b(?:close|closing|due|expiry|renewal|start)\s+date\s+(?:of|is|=|:|on)?\s*(?:the\s+)?(?P<a>{_DATE})"
           rf"(?!\s*(?:-|–|to|thru|through|or|and)\b)"),
]]


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    said: str
    begin: int
    stop: int


def nearest(month: int, day: int, today: dt.date) -> dt.date:
    options = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        raise ValueError(f"no day {day} in month {month}")
    return min(options, key=lambda d: abs((d - today).days))


def parse_day(text: str, today: dt.date, year: int | None = None) -> dt.date:
    """One date as _DATE reads it; `year` is used when the text says none."""
    t = text.strip().lower()
    if t in ("today", "tomorrow"):
        return today + dt.timedelta(days=t == "tomorrow")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?", t)
    if m:  # month first, as the product writes dates; a two-digit year is this century's
        y = m.group(3)
        if y:
            return dt.date(int(y) + (2000 if len(y) == 2 else 0), int(m.group(1)), int(m.group(2)))
        return dt.date(year, int(m.group(1)), int(m.group(2))) if year else nearest(int(m.group(1)), int(m.group(2)), today)
    m = re.fullmatch(rf"({_MON})\.?\s+(\d{{1,2}}){_ORD}(?:,?\s+(\d{{4}}))?", t) or \
        re.fullmatch(rf"(?:the\s+)?(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MON})\.?(?:,?\s+(\d{{4}}))?", t)
    if not m:
        raise ValueError(f"not a date: {text!r}")
    a, b, y = m.groups()
    month, day = (MONTHS[a], int(b)) if not a.isdigit() else (MONTHS[b], int(a))
    y = int(y) if y else year
    return dt.date(y, month, day) if y else nearest(month, day, today)


def _year_of(text: str) -> int | None:
    m = re.search(r"\b(\d{4})\b", text)
    return int(m.group(1)) if m and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()) else None


def _month_start(month: int, year: int | None, today: dt.date) -> dt.date:
    if year:
        return dt.date(year, month, 1)
    start = nearest(month, 1, today)
    return start if start <= today else start.replace(year=start.year - 1)


def _month_end(month: int, year: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def _read(kind: str, m: re.Match, today: dt.date) -> tuple[dt.date, dt.date] | None:
    g = m.groupdict()
    excl = dt.timedelta(days=1 if g.get("excl") else 0)
    if kind == "months":  # "february or march 2027": the first's first day to the second's last
        m1, m2 = MONTHS[g["m1"].lower()], MONTHS[g["m2"].lower()]
        if m1 == m2:  # "may or may not": no period
            return None
        if g["y"]:
            y2 = int(g["y"])
            y1 = y2 if m1 <= m2 else y2 - 1
        else:
            y1 = nearest(m1, 15, today).year
            y2 = y1 if m1 <= m2 else y1 + 1
        return dt.date(y1, m1, 1), _month_end(m2, y2)
    if kind == "weekdays":  # "thu thru sun": from the next such day (today counts) to the first such day after it
        days = _WD | {"sat": 5, "satur": 5, "sun": 6}  # only inside a range of days is "sat"/"sun" a day
        w1, w2 = (days.get(re.sub(r"day$", "", g[k].lower())) if days.get(g[k].lower()) is None else days[g[k].lower()]
                  for k in ("w1", "w2"))
        if w1 is None or w2 is None:
            return None
        start = today + dt.timedelta(days=(w1 - today.weekday()) % 7)
        return start, start + dt.timedelta(days=(w2 - w1) % 7)
    if kind == "between_days":
        first = today.replace(day=1)
        if g["which"].lower() == "next":
            first = (first + dt.timedelta(days=32)).replace(day=1)
        elif g["which"].lower() == "last":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        return first.replace(day=int(g["d1"])), first.replace(day=int(g["d2"]))
    if kind == "after_before":
        start = parse_day(g["a"], today)
        start += dt.timedelta(days=1 if g["rel"].lower() == "after" else 0)
        exclusive = g["rel_b"].lower() in ("before",)
        if g["by"]:
            return start, dt.date(int(g["by"]), 1, 1) - dt.timedelta(days=1)
        if g["em"]:
            year = int(g["ey"]) if g["ey"] else start.year + (MONTHS[g["em"].lower()] < start.month)
            return start, _month_end(MONTHS[g["em"].lower()], year)
        end = parse_day(g["b"], today, _year_of(g["a"]) if not _year_of(g["b"]) else None)
        if end < start and not _year_of(g["b"]):
            end = end.replace(year=end.year + 1)
        return start, end - dt.timedelta(days=1 if exclusive else 0)
    if kind == "before_year":
        return OPEN_START, dt.date(int(g["by"]), 1, 1) - dt.timedelta(days=1)
    if kind == "or_later":
        day = parse_day(g["a"], today)
        return (day, OPEN_END) if re.search(r"later|after|onward", g["rel"], re.I) else (OPEN_START, day)
    if kind == "on":
        day = parse_day(g["a"], today)
        return day, day
    if kind == "between" or kind == "dash":
        b_text = g["b"]
        year = _year_of(b_text)
        if kind == "between" and re.fullmatch(rf"{_DAY_ONLY}(?:\s+\d{{4}})?", b_text.strip(), re.I):
            start = parse_day(g["a"], today)
            end = start.replace(day=int(re.search(r"\d{1,2}", b_text).group(0)))
            return start, end
        end = parse_day(b_text, today)
        start = parse_day(g["a"], today, year if not _year_of(g["a"]) else None)
        if end < start and not year:  # "Dec 20 to Jan 5": the end is in the next year
            end = end.replace(year=end.year + 1)
        return start, end - excl
    if kind in ("span_month_first", "span_day_first"):
        month, y = MONTHS[g["m"].lower()], int(g["y"]) if g.get("y") else None
        end_day = dt.date(y, month, int(g["d2"])) if y else nearest(month, int(g["d2"]), today)
        return end_day.replace(day=int(g["d1"])), end_day
    if kind == "week_of":
        day = parse_day(g["a"], today)
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if kind == "since":
        if g["a"]:
            start = parse_day(g["a"], today)
            if start > today and not _year_of(g["a"]):
                start = start.replace(year=start.year - 1)
        elif g["m"]:
            start = _month_start(MONTHS[g["m"].lower()], int(g["y"]) if g["y"] else None, today)
        elif g["yesterday"]:
            start = today - dt.timedelta(days=1)
        elif g.get("dom"):  # "since the 1st": that day of this month, or of last month when it has not come yet
            start = today.replace(day=1)
            dom = int(re.match(r"\d+", g["dom"]).group(0))
            if dom > today.day:
                start = (start - dt.timedelta(days=1)).replace(day=1)
            start = start.replace(day=dom)
        else:
            word, which = g["word"].lower(), (g["which"] or "").lower()
            if word == "week":
                start = today - dt.timedelta(days=today.weekday() + (7 if which == "last" else 0))
            elif word == "month":
                start = today.replace(day=1)
                if which == "last":
                    start = (start - dt.timedelta(days=1)).replace(day=1)
            elif word == "quarter":
                start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
                if which == "last":
                    back = start - dt.timedelta(days=1)
                    start = dt.date(back.year, 3 * ((back.month - 1) // 3) + 1, 1)
            elif word == "year":
                start = dt.date(today.year - (which == "last"), 1, 1)
            else:  # "since (last) Friday": the most recent Friday before today
                back = (today.weekday() - WEEKDAYS.index(word)) % 7 or 7
                start = today - dt.timedelta(days=back)
        return (start, today) if start <= today else None
    day = parse_day(g["a"] or g["a2"], today)
    rel = (g["rel"] or g.get("rel2") or "").lower()
    if kind == "after":
        return (day if rel != "after" else day + dt.timedelta(days=1)), OPEN_END
    return OPEN_START, (day - dt.timedelta(days=1) if rel == "before" else day - excl)


def said(start: dt.date, end: dt.date, kind: str = "") -> str:
    if start == OPEN_START:
        return f"on or before {end}"
    if end == OPEN_END:
        return f"on or after {start}"
    if kind == "since":
        return f"since {start}"
    if start == end:
        return f"on {start}"
    return f"from {start} to {end}"


def find_periods(text: str, today: dt.date) -> list[Period]:
    """Every period the text states, in order, without overlaps (the first pattern that reads a span wins)."""
    taken: list[tuple[int, int]] = []
    out = []
    for start, end, begin, stop in _composed(text, today):  # "between Monday and Sunday of this week" first: whole
        if re.search(r"\bweek$", text[begin:stop], re.I):
            taken.append((begin, stop))
            out.append(Period(start, end, said(start, end), begin, stop))
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                dates = _read(kind, m, today)
            except (ValueError, KeyError):  # "Feb 30": no such day; read as no period
                continue
            if dates and dates[0] <= dates[1]:
                taken.append((m.start(), m.end()))
                out.append(Period(dates[0], dates[1], said(*dates, kind), m.start(), m.end()))
    for start, end, begin, stop in _composed(text, today):
        if not any(a < stop and begin < b for a, b in taken):
            taken.append((begin, stop))
            out.append(Period(start, end, said(start, end), begin, stop))
    return sorted(out, key=lambda p: p.begin)


_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and|up\s+to|up\s+until)\s*(?:and\s+(?:including|incl\.?)\s+)?",
                   re.I)
_OPENS = re.compile(r"\b(?:from|between|starting)\s+(?:the\s+)?$", re.I)
_NOW = re.compile(r"\b(?:from|between)\s+(?:now|today)\s*(?:-|–|—|to|through|thru|until|till|and|up\s+to)\s*$", re.I)


_WHICH_WEEK = re.compile(r"\s*(?:of|in)\s+(this|last|next|the coming|the past)\s+week\b", re.I)
_WEEK_SHIFT = {"this": 0, "last": -1, "the past": -1, "next": 1, "the coming": 1}
_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?", re.I)


def _composed(text: str, today: dt.date) -> list[tuple[dt.date, dt.date, int, int]]:
    """Two single dates of any form joined into a range: 'from today through next Wednesday', 'between Friday and next
    Tuesday', 'now till the 30th' — the date spans come from the date recogniser, so every form it reads can end a
    range."""
    spans = find_dates(text, today)
    out = []
    for (d1, s1, e1), (d2, s2, e2) in zip(spans, spans[1:]):
        opened = _OPENS.search(text[:s1])
        between = opened and opened.group(0).lower().startswith("between")
        # "from <date> to <date>" is left to the patterns above: in a change it is an old and a new value
        if _JOIN.fullmatch(text[e1:s2]) and (between or re.search(r"through|thru|until|till|up\s+to", text[e1:s2], re.I)):
            week = _WHICH_WEEK.match(text[e2:])
            if week and _WEEKDAY.fullmatch(text[s1:e1].strip()) and _WEEKDAY.fullmatch(text[s2:e2].strip()):
                # "between Monday and Sunday of this week": both days in that week, not the next ones to come
                monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=_WEEK_SHIFT[week.group(1).lower()])
                d1, d2 = monday + dt.timedelta(days=d1.weekday()), monday + dt.timedelta(days=d2.weekday())
                e2 += week.end()
            if d1 <= d2:
                out.append((d1, d2, opened.start() if opened else s1, e2))
    for d, s, e in spans:  # "from now until Friday": today to that day
        now = _NOW.search(text[:s])
        if now and d >= today:
            out.append((today, d, now.start(), e))
    return out
