"""Does an answer cover what the question asked? A last check before a question's answer is shown.

An answer that leaves out part of the question reads as a confident answer to it: "top 3 industries by pipeline"
answered with the three largest deals, "September or October?" with September's count, "when does it close, and
for how much?" with the date alone. Each check here reads the question for something it asks (a field such as an
email address or an amount, a grouping, a dimension such as industries or reps, two things compared, a period, a
kind of activity) and looks for its trace in the answer; when it is missing the answer is replaced by an honest
"I can't answer all of that" naming what was left out. The cues are plain English (coverage.json), never CRM data;
the values a dimension can take (industries, rep names, activity types) come from the live records.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

_CUES = json.loads((Path(__file__).with_name("coverage.json")).read_text(encoding="utf-8"))
_I = re.I


_MULTILINE = frozenset({"answer_kind", "total_shown"})
# every plain cue compiled once, by its name in coverage.json
_RX = {name: re.compile(rx, _I | (re.M if name in _MULTILINE else 0))
       for name, rx in _CUES.items() if isinstance(rx, str) and not name.startswith("_")}
_FIELDS = {name: (re.compile(c["ask"], _I), re.compile(c["show"], _I)) for name, c in _CUES["fields"].items()}
_DIMS = {name: re.compile(rx, _I) for name, rx in _CUES["dimensions"].items()}
_BY = {name: re.compile(rx, _I) for name, rx in _CUES["grouping_by"].items()}


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_KIND_OF = {"deal": "deal", "deals": "deal", "task": "task", "tasks": "task", "contact": "contact",
            "contacts": "contact", "account": "account", "accounts": "account", "companies": "account"}
_ASKED = {"deal": "deal", "deals": "deal", "opp": "deal", "opps": "deal", "opportunity": "deal",
          "opportunities": "deal", "task": "task", "tasks": "task", "todo": "task", "todos": "task", "to-do": "task",
          "to-dos": "task", "contact": "contact", "contacts": "contact", "people": "contact", "account": "account",
          "accounts": "account", "company": "account", "companies": "account", "customer": "account",
          "customers": "account", "client": "account", "clients": "account"}


def _listed_values(answer: str, values) -> int:
    """How many of values open a line of the answer ("- <value>: …" or "<value>: …")."""
    heads = [re.sub(r"^\s*[-•*]\s*", "", ln).casefold() for ln in answer.splitlines() if ln.strip()]
    return sum(1 for v in values if v and any(re.match(rf"{re.escape(v.casefold())}(?:\s*[:(,—–-]|\s*$)", h)
                                              for h in heads))


def _values(snap, dimension: str) -> list[str]:
    if dimension == "industry":
        return sorted({c.get("industry") for c in snap.companies.values() if c.get("industry")})
    if dimension == "rep":
        return [u["name"] for u in snap.users.values() if u.get("name")]
    if dimension == "contact":
        return [snap.contact_name(cid) for cid in snap.contacts]
    if dimension == "product":
        return list(snap.products)
    if dimension == "account":
        return [c.get("name") for c in snap.companies.values() if c.get("name")]
    if dimension == "stage":
        return list(snap.stages)
    if dimension == "month":
        return [m.capitalize() for m in _CUES["months"]]
    return []


def _mentions_any(answer: str, values, least: int = 1) -> bool:
    low = answer.casefold()
    found = 0
    for v in values:
        if not v:
            continue
        first = v.split()[0].casefold()
        if v.casefold() in low or (len(first) > 2 and re.search(rf"\b{re.escape(first)}\b", low)):
            found += 1
            if found >= least:
                return True
    return False


def uncovered(question: str, answer: str, snap, activity_types=(), asker: str | None = None) -> str | None:
    """What the question asks that the answer does not show, in words; None when it is covered."""
    q = " ".join(question.split())
    a = answer or ""
    for name, (ask, show) in _FIELDS.items():
        if ask.search(q) and not show.search(a):
            return f"the {name}"
    if _RX["grouping"].search(q) and len([ln for ln in a.splitlines() if ln.strip()]) < 2:
        return "the breakdown you asked for"
    for name, rx in _BY.items():
        if rx.search(q):
            values = list(activity_types) if name == "type" else _values(snap, name)
            shown = _listed_values(a, values)  # a breakdown is lines that open with its values ("- call: 79")
            if name == "quarter":
                shown = len(set(re.findall(r"^\W*(?:in )?Q([1-4])\b", a, re.M | _I)))
            if name == "month":
                shown = max(shown, len(set(re.findall(r"^\W*\d{4}-\d{2}\b(?!-)", a, re.M))),
                            sum(1 for v in values for ln in a.splitlines()
                                if re.match(rf"\W*(?:in )?{v[:3]}", ln.strip(), _I)))
            if shown < 2:
                return f"the breakdown by {name} you asked for"
    for name, rx in _DIMS.items():
        if rx.search(q):
            least = 2 if name == "rep" and re.search(r"\b(?:rank|each|every|us)\b", q, _I) else 1
            values = _values(snap, name)
            if name in ("industry", "product", "account"):  # a ranking lists them; a plain question names one
                ok = _listed_values(a, values) >= least if _RX["ranking"].search(q) else \
                    any(re.search(rf"\b{re.escape(v)}\b", a, _I) for v in values if v)
            else:
                ok = _mentions_any(a, values, least)
            if ok and _RX["superlative_words"].search(q) and not _RX["ranking"].search(q) and \
                    not re.search(r"\b(?:each|every|per)\b", q, _I):
                # "which rep has the largest pipeline?": about a rep, not "the largest deal (owner …)"
                ok = not re.match(r"\W*the (?:\w+ )?(?:largest|biggest|smallest|top|oldest|newest) deals?\b", a, _I)
            if not ok:
                return f"which {'reps' if name == 'rep' else name} it is"
    m = _RX["count_ask"].search(q)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
        items = [ln for ln in a.splitlines() if re.match(r"\s*[-•*]\s", ln)]
        if 1 < n <= 20 and len(items) < n and not re.search(rf"\b(?:only|just) (?:\d+|one|two|three|four)\b|\bno\b", a, _I):
            return f"the {n} you asked for"
    if _RX["done_ask"].search(q) and re.search(r"\(open\b", a, _I):
        return "that only completed ones count"
    head = _RX["answer_kind"].search(a.split("\n", 1)[0]) if a else None
    asked = {_ASKED.get(m.group(1).lower()) for m in list(_RX["asked_kind"].finditer(q)) +
             ([_RX["asked_kind_start"].match(q)] if _RX["asked_kind_start"].match(q) else [])} - {None}
    if _RX["activity_ask"].search(q) and head and _KIND_OF.get(head.group(1).lower()) in ("deal", "task") and not asked:
        return "the activity you asked about"
    if _RX["task_phrases"].search(q):
        asked.add("task")
    if head and asked and _KIND_OF.get(head.group(1).lower()) and _KIND_OF[head.group(1).lower()] not in asked:
        return f"the {' or '.join(sorted(asked))} records you asked about"
    first_line = a.split("\n", 1)[0]
    if (_RX["total_ask"].search(q) or _RX["count_then_most"].search(q)) and \
            not _RX["total_shown"].search(a):
        return "the total"
    if _RX["stage_ask"].search(q) and not any(re.search(rf"\b{re.escape(st)}\b", a, _I) for st in snap.stages):
        return "the stage"
    if _RX["won_words"].search(q) and _RX["lost_words"].search(q) and not _RX["won_or_lost"].search(q) and \
            not (_RX["won_words"].search(a) and _RX["lost_words"].search(a)):
        return "both what was won and what was lost"
    if _RX["created_ask"].search(q) and not re.search(r"\b(?:created|added|entered)\b", a, _I):
        return "when they were created (not when they close)"
    if _RX["comparison_strict"].search(q) and _RX["answer_kind"].search(first_line) and not _RX["compared_shown"].search(first_line):
        # "which quarter has more, this one or the next?" answered with one list
        return "the comparison you asked for"
    if _RX["comparison"].search(q):
        months = [m for m in _CUES["months"] if re.search(rf"\b{m}\b", q, _I)]
        if len(months) >= 2 and not all(re.search(rf"\b{m}\b", a, _I) for m in months):
            return "both periods compared"
        users = [u["name"] for u in snap.users.values() if u.get("name") and re.search(
            rf"\b{re.escape(u['name'].split()[0])}\b", q, _I)]
        if asker and re.search(r"\b(?:i|me|my|am i)\b", q, _I) and asker not in users:
            users.append(asker)
        if len(users) >= 2 and not all(_mentions_any(a, [u]) for u in users):
            return "both people compared"
    named = [u["name"] for u in snap.users.values() if u.get("name") and re.search(
        rf"\b{re.escape(u['name'].split()[0])}(?:'s|’s)?\b", q, _I)]
    if len(named) >= 2 and not all(_mentions_any(a, [u]) for u in named):
        # "which of <rep>'s accounts have open deals that <other rep> owns?" answered about one of them
        return "one of the people you named"
    if _RX["who_ask"].search(q) and not (_mentions_any(a, _values(snap, "rep")) or _mentions_any(a, _values(snap, "contact"))
                                  or re.search(r"\b(?:no ?one|nobody|none|no (?:contacts?|owner|one))\b", a, _I)):
        return "who it is"
    heads = [ln for ln in a.splitlines() if ln.strip() and not re.match(r"\s*[-•*]\s", ln)]  # an answer of two parts
    if _RX["superlative_ask"].search(q) and not any(_RX["superlative_shown"].search(h) for h in heads[:2]):
        return "which one has the most"
    if _RX["comparison_answer"].search(first_line) and not _RX["comparison"].search(q):
        return "the whole period you asked about (it answers a comparison you did not ask for)"
    if _RX["negation_ask"].search(q) and not _RX["negation_shown"].search(first_line):
        return "the “no / without” part of the question"
    count = re.match(r"\s*(\d+)\b", first_line)
    if _RX["list_ask"].search(q) and count and int(count.group(1)) > 1 and \
            not any(re.match(r"\s*[-•*]\s", ln) for ln in a.splitlines()):
        return "the list you asked for"
    if _RX["periods"].search(q) and not _RX["period_shown"].search(a) and not _RX["compared_answer"].search(a) and \
            not _STATE_TODAY(q):
        return "the period you asked about"
    for t in activity_types:
        plural = t + "s" if not t.endswith("s") else t
        # the type as a counted noun ("how many calls", "emails logged"), not a verb ("should I call first?")
        if re.search(rf"\b{re.escape(plural)}\b|\b(?:number of|count of|how many) (?:\w+ )?{re.escape(t)}\b", q, _I) and \
                re.search(r"\bactivit(?:y|ies)\b", a, _I) and not re.search(rf"\b{re.escape(t)}", a, _I) and \
                not re.match(r"\W*(?:no|0)\b", a, _I):  # "No activity this month": none of any type
            return f"that only {plural} count"
    return None


def last_n(question: str) -> int | None:
    """N of "the last N …" in a question, if any."""
    m = _RX["last_n"].search(question)
    if not m:
        return None
    return int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]


def trimmed(answer: str, n: int) -> str | None:
    """A dated list, newest first, cut to its first n items with a header saying so; None if it is not one."""
    lines = answer.splitlines()
    items = [ln for ln in lines[1:] if re.match(r"\s*[-•*]\s+\d{4}-\d{2}-\d{2}\b", ln)]
    if len(items) <= n or len(items) != len(lines) - 1:
        return None
    dates = [re.search(r"\d{4}-\d{2}-\d{2}", ln).group(0) for ln in items]
    if dates != sorted(dates, reverse=True):
        return None
    total = re.match(r"\s*(\d+)\s+(\w+)", lines[0])
    what = f" of {total.group(1)} {total.group(2)}" if total else ""
    return f"The {n} most recent{what}:\n" + "\n".join(items[:n])


def _STATE_TODAY(q: str) -> bool:
    """'what value have we got against it today?': a record's state as it is now, not something done today."""
    if not re.search(r"\btoday\b", q, _I) or _RX["periods"].search(re.sub(r"\btoday\b", " ", q, flags=_I)):
        return False
    return bool(re.search(r"\b(?:value|worth|amount|stage|status|owner|sitting|standing|stand|sits)\b", q, _I)) and \
        not re.search(r"\b(?:won|lost|closed|created|added|logged|called|met|emailed|did|done|booked|signed|due)\b", q, _I)
