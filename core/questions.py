"""Read-only questions answered from the data, or honestly declined.

A question becomes a frame — what is asked (a field of one record, a list, a count, a total, an average, the
largest), about which records (deals, tasks, contacts, activities, companies), filtered by owner, stage, status,
product, company, contact, inactivity and a period — read from the same recognisers as updates (record names,
users, stages, products, dates). What the frame cannot say is declined with the closest supported questions; a
question is never answered with the answer to a different one.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from dataclasses import dataclass, field, replace

from core.operations import ACTIVITY_TYPES, LIFECYCLE_STAGES
from core.snapshot import Snapshot
from core.store import Store, local_midnight, local_time
from core.understanding.context import Context
from core.understanding.coverage import last_n, trimmed, uncovered
from core.understanding.dates import MONTHS, find_dates
from core.understanding.periods import find_periods, nearest
from core.understanding.lexicon import COMMON, lexicon, prefer_users, tokenize
from core.understanding.intents import GREETED
from core.understanding.typos import correct

VOCAB = json.loads((Path(__file__).parent / "understanding" / "vocab" / "questions.json").read_text(encoding="utf-8"))
# a company's legal form said after its name is the same company ("<name> Inc"), unlike a sector word ("<name> Logistics")
LEGAL_FORMS = frozenset({"inc", "ltd", "llc", "llp", "corp", "co", "plc", "gmbh", "ag", "sa", "bv", "nv", "limited",
                         "corporation", "incorporated", "company", "pty", "srl", "sarl", "oy", "ab", "as", "kg"})
UNSUPPORTED = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in VOCAB["unsupported"]) + r")\b", re.I)
ROLE = re.compile(r"\b(" + "|".join(re.escape(w) for w in VOCAB["roles"]) + r")\b", re.I)
OPEN_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in VOCAB["open_words"]) + r")\b", re.I)
ALL_WORDS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in VOCAB["all_words"]) + r")\b", re.I)
LIST_LIMIT = 15
EXAMPLES = ("what's open with <company>?", "what did we win last quarter?", "who owns the <company> account?",
            "who is the contact on the <deal>?", "my overdue tasks", "how many open deals does <rep> have?",
            "which deals have had no activity in 3 weeks?", "what did I do today?")
SUPERLATIVE = re.compile(r"\b(bigg?est|largest|smallest|lowest|highest|top|most valuable|least valuable|average|"
                         r"avg|oldest|newest|latest|quietest)\b", re.I)
# "the newest deal anyone's added", "which deal was entered most recently": the deal created last
ADDED_LAST = re.compile(r"\b(?:newest|latest|most recent(?:ly)?|last)\b.{0,40}\b(?:added|created|entered|put in|set up)\b|"
                        r"\b(?:add|added|create|created|enter|entered|put in|set up)\b.{0,30}\bmost\s+recently\b|"
                        r"\b(?:added|created|entered|put in|set up)\s+(?:\w+\s+)?recently\b|"
                        r"\bnewest\s+(?:open\s+)?(?:deal|opp|opportunity)\b", re.I)
# "which of my open deals has been around the longest", "the oldest deal by created date": the deal created first
ADDED_FIRST = re.compile(r"\b(?:been around|been open|been (?:in|on) the (?:crm|system|books))\s+(?:the\s+)?longest\b|"
                         r"\boldest\b.{0,40}\b(?:added|created|creation|entered)\b|\b(?:first|earliest)\s+(?:\w+\s+)?"
                         r"(?:added|created|entered)\b", re.I)
# "what did <company> purchase", "what did they end up buying": what was sold to them, i.e. their won deals
BOUGHT = re.compile(r"\b(?:did|have|has|had)\s+(?!to\b)(?:\w+\s+){1,3}?(?:buy|purchase)\b|\b(?:bought|purchased)\b|"
                    r"\bend(?:ed)?\s+up\s+(?:buying|purchasing|going with|getting)\b", re.I)
# "my contacts at <company>", "contacts of mine": the asker's own contacts
MY_CONTACTS = re.compile(r"\b(?:my|mine)\s+(?:contacts|people)\b|\bcontacts?\s+(?:of mine|i own)\b", re.I)
# a yes/no about what will happen ("will X close by Feb?", "what will our revenue be?"), not "when will X close?"
PREDICTION = re.compile(r"\b(?:going to|gonna|will|'ll)\s+(?:make|have|log|do|send|book|hold|run)\s+(?:\w+\s+){0,2}?(?:calls?|"
                        r"meetings?|emails?|activit(?:y|ies)|demos?)\b|\b(?:calls?|meetings?|emails?|demos?)\b.{0,30}\b(?:going to|"
                        r"gonna|will|'ll)\s+(?:(?:we|i|you|they|he|she|\w+)\s+)?(?:make|have|log|do|send|book|hold|run)\b|"
                        r"^\W*(?:will|is \w+(?: \w+)? going to|are we going to|do you think)\b|\bwhat (?:will|would) "
                        r"(?:our|my|the|\w+'s) [\w ]{2,30}\bbe\b|\b(?:likely|chance|odds) (?:to|of|that)\b", re.I)
# "is <company> my account?", "does <rep> own <deal>?", "is <rep> the account owner of <company>?": a yes/no on ownership
_WHO = r"my|mine|i|me|[^\W\d_]+(?:['’]s)?"
_KIND = r"account|client|customer|deal|opp|opportunity"
OWNER_YES_NO = re.compile(
    rf"^\W*(?:is|are)\s+(?:the\s+)?(?P<thing>.+?)\s+(?P<who>my|mine|[^\W\d_]+['’]s)(?:\s+(?P<kind>{_KIND})s?)?\s*\??\s*$|"
    rf"^\W*(?:does|do)\s+(?P<who2>{_WHO})\s+own\s+(?:the\s+)?(?P<thing2>.+?)(?:\s+(?P<kind2>{_KIND}))?\s*\??\s*$|"
    rf"^\W*(?:is|am)\s+(?P<who3>{_WHO})\s+(?:the\s+)?(?:(?P<kind3>account|deal)\s+)?owner\s+(?:of|on|for)\s+(?:the\s+)?"
    rf"(?P<thing3>.+?)\s*\??\s*$", re.I)
OFF_TOPIC = re.compile(r"\b(weather|stock price|share price|forecast|predict|projection|next year|recipe|joke|"
                       r"news|president|capital of|translate|poem|sports?)\b", re.I)
CRM_WORDS = re.compile(r"\b(clos\w*|due|deals?|pipeline|opportunit(y|ies)|opps?|tasks?|to-?dos?|reminders?|contacts?|people|"
                       r"compan(y|ies)|accounts?|customers?|clients?|leads?|activit(y|ies)|calls?|meetings?|emails?|"
                       r"notes?|won|wins?|lost|lose|losing|loss(?:es)?|closed?|closing|revenue|sales|booked|owners?|owns?|stage|amount|worth|"
                       r"overdue|touch|quota|value|money|domain|industry|phone|title|did i|have i|do i|i do|we do|quiet)\b", re.I)
FIELD_WORDS = {
    "email": r"\be-?mail( address)?\b", "phone": r"\b(phone|number|cell|mobile|digits)\b|(?:their|his|her|the|'s|s')\s*#|(?:^|\s)#(?=\s|$|[?!.])",
    "title": r"\b(title|job|role|position)\b|\bwhat does \w+(?: \w+)? do\b", "domain": r"\b(domain|website|web site|url)\b",
    "industry": r"\b(industry|sector)\b", "owner": r"\b(who owns|owner|owns|account (manager|owner)|whose)\b|\bwho(?:'s| has| is)? got\b|\bwho(?:'s| is) "
             r"(?:running|handling|managing|looking after|in charge of|covering|working|responsible for)\b|"
             r"\b(?:runs?|running|ran) point\b|\bwho (?:runs|handles|manages|covers|looks after)\b|\bwho has (?:the )?[\w ]{2,30}\baccount\b|\bwho(?:'s| is| was)? (?:the |our )?(?:rep|salesperson|sales rep|seller|"
             r"am|account exec(?:utive)?|ae)\b|\b(?:which|what) (?:rep|salesperson|seller)\b",
    "stage": r"\b(stage|status|where (is|are|does))\b", "close_date": r"\b(close date|when(?:'s| will| does| do| is)\b.*\bclos\w*|"
                                                                     r"closing date|clos\w* when)\b",
    "amount": r"\b(amount|worth|value|size|how much is)\b", "product": r"\bproduct\b",
    "contact": r"\b(contact|point of contact|point person|who is on|who's on|who do (?:i|we) (?:talk|speak) to|who should "
               r"(?:i|we|the team|someone|\w+) (?:call|ring|phone|talk to|speak to|email)|who do (?:i|we) (?:call|ring|email|phone)|who(?:'s| is) (?:my|our) "
               r"(?:guy|person|man|woman|contact)|decision maker|buyer)\b|\b(?:call|ring|phone|email|reach|speak to|talk to) "
               r"someone\b.*\bwho\b|\bwho\s*(?:\+|&|and)\s*(?:what|which)\s+(?:number|phone|email)\b",
    "company": r"\b(which|what) (company|account|firm|organi[sz]ation|business|employer)\b|\bworks? (at|for)\b|\bcompany is\b|(?:\band|\bn|&|\+|,)\s+"
               r"(?:(?:his|her|their)\s+)?(?:company|employer)\b|(?:'s|s’) (?:company|employer)\b",
    "lifecycle": r"\blifecycle\b|\b(?:marked|listed|set|down|flagged|recorded)\s+as\s+(?:a\s+|an\s+)?(?:lead|prospect|"
                 r"opportunity|customer|churned)\b|^\W*is\s+.{2,40}?\s+(?:still\s+)?(?:a|an)\s+(?:lead|prospect|customer)\b",
}
CONTACT_FIELDS = ("email", "phone", "title", "company", "owner", "lifecycle")
COMPANY_FIELDS = ("domain", "industry", "owner")
DEAL_FIELDS = ("owner", "stage", "close_date", "amount", "product", "contact", "company")


@dataclass(frozen=True)
class _Ref:
    """A record the question refers to by pronoun, shaped like a mention."""
    ids: tuple
    text: str


@dataclass(frozen=True)
class Answer:
    text: str
    rows: tuple[dict, ...] = ()
    mentioned: dict = field(default_factory=dict)
    declined: bool = False
    uncovered: str | None = None  # what part of the question an answer would have left out (see checked())


def _money(v) -> str:
    return "—" if v is None else f"${v:,.0f}"


def _ago(days: int) -> str:
    return "today" if days == 0 else f"{days} day{'s' if days != 1 else ''} ago"


def _decline(why: str) -> Answer:
    return Answer(f"{why} I can answer questions like: " + "; ".join(EXAMPLES) + ".", declined=True)


# -- periods ----------------------------------------------------------------------------------------------------
def _quarter(d: dt.date) -> tuple[dt.date, dt.date]:
    start = dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    end_month = start.month + 2
    end = dt.date(d.year, end_month, 1) + dt.timedelta(days=31)
    return start, end.replace(day=1) - dt.timedelta(days=1)


def _month_number(name: str) -> int:
    """'dec', 'December', 'sept' -> 12, 12, 9."""
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(name[:3].lower()) + 1


def _month(d: dt.date) -> tuple[dt.date, dt.date]:
    start = d.replace(day=1)
    nxt = (start + dt.timedelta(days=32)).replace(day=1)
    return start, nxt - dt.timedelta(days=1)


_MON = "|".join(sorted(MONTHS, key=len, reverse=True))


_PERIOD_WORD = re.compile(r"\b(?:the (?:week|month|quarter|year) before last|(?:this|last|next) (?:week|month|quarter|year)|q[1-4](?: \d{4})?|january|february|march|"
                          r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|"
                          r"aug|sept?|oct|nov|dec)\b")


def _range_of(low: str, today: dt.date) -> tuple[tuple[dt.date, dt.date], str] | None:
    """The first range the question states ('dec 1-7', 'between X and Y', 'since October', 'on or after nov 10')."""
    found = find_periods(low, today)
    return ((found[0].start, found[0].end), found[0].said) if found else None


def period_of(low: str, today: dt.date) -> tuple[tuple[dt.date, dt.date] | None, str]:
    """The period a question names, as inclusive dates, and how to say it."""
    ranged = _range_of(low, today)
    if ranged:
        return ranged
    week0 = today - dt.timedelta(days=today.weekday())
    if re.search(r"\btoday\s*(?:or|and|/|&|\+)\s*(?:tomorrow|tmrw)\b", low):  # "due today or tomorrow"
        return (today, today + dt.timedelta(days=1)), "today or tomorrow"
    if re.search(r"\btoday\b|\bsince (?:midnight|this morning|first thing)\b", low):
        return (today, today), "today"
    if re.search(r"\btomorrow\b|\btmrw\b", low):
        t = today + dt.timedelta(days=1)
        return (t, t), "tomorrow"
    if re.search(r"\byesterday\b", low):
        y = today - dt.timedelta(days=1)
        return (y, y), "yesterday"
    if re.search(r"\b(?:rest|remainder) of (?:the|this) week\b|\b(?:before|by) the end of (?:the|this) week\b", low):
        return (today, week0 + dt.timedelta(days=6)), "the rest of this week"  # from today: not Monday's
    if re.search(r"\bthis week\b", low):
        return (week0, week0 + dt.timedelta(days=6)), "this week"
    until = re.search(r"\b(?:between now and|between today and|from now (?:un)?till? |from today (?:un)?till? |from now to|"
                      r"from today to|(?:un)?till?|through|thru|up to|by) (?:this |the end of |end of )?(monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday)\b", low)
    if until and re.search(r"\b(?:between|from now|from today|until|till|til|through|thru|up to)\b", low):
        names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        d = today + dt.timedelta(days=(names.index(until.group(1)) - today.weekday()) % 7)
        return (today, d), f"from today to {d:%A %Y-%m-%d}"  # "due between now and sunday": every day up to it
    day = re.search(r"\b(?:on |this |next |by )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", low)
    if day and not re.search(r"\blast (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", low):
        names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        ahead = (names.index(day.group(1)) - today.weekday()) % 7
        d = today + dt.timedelta(days=ahead + (7 if "next " + day.group(1) in low and ahead < 7 else 0))
        return (d, d), f"on {d:%A %Y-%m-%d}"
    before_last = re.search(r"\b(week|month|quarter|year) before last\b", low)
    if before_last:  # "the week before last": two back
        unit = before_last.group(1)
        if unit == "week":
            return (week0 - dt.timedelta(days=14), week0 - dt.timedelta(days=8)), "the week before last"
        if unit == "month":
            return _month((today.replace(day=1) - dt.timedelta(days=1)).replace(day=1) - dt.timedelta(days=1)), \
                "the month before last"
        if unit == "quarter":
            return _quarter(_quarter(_quarter(today)[0] - dt.timedelta(days=1))[0] - dt.timedelta(days=1)), \
                "the quarter before last"
        return (dt.date(today.year - 2, 1, 1), dt.date(today.year - 2, 12, 31)), "the year before last"
    if re.search(r"\blast week\b", low):
        return (week0 - dt.timedelta(days=7), week0 - dt.timedelta(days=1)), "last week"
    if re.search(r"\bweek after next\b", low):
        return (week0 + dt.timedelta(days=14), week0 + dt.timedelta(days=20)), "the week after next"
    if re.search(r"\bnext week\b", low):
        return (week0 + dt.timedelta(days=7), week0 + dt.timedelta(days=13)), "next week"
    if re.search(r"\bmtd\b|\bmonth[- ]to[- ]date\b|\bso far this month\b|\bthis month so far\b", low):
        return (today.replace(day=1), today), "this month so far"
    if re.search(r"\bqtd\b|\bquarter[- ]to[- ]date\b|\bso far this quarter\b|\bthis quarter so far\b", low):
        return (_quarter(today)[0], today), "this quarter so far"
    if re.search(r"\b(?:before|by|until|till|ahead of) (?:the )?(?:end of (?:the |this )?year|year[- ]end|eoy)\b|"
                 r"\b(?:rest|remainder) of (?:the|this) year\b", low):
        return (today, dt.date(today.year, 12, 31)), "by the end of this year"
    if re.search(r"\b(?:rest|remainder) of (?:the|this) month\b", low):
        return (today, _month(today)[1]), "by the end of this month"
    if re.search(r"\bthis month\b", low):
        return _month(today), "this month"
    if re.search(r"\blast month\b", low):
        return _month(today.replace(day=1) - dt.timedelta(days=1)), "last month"
    if re.search(r"\bnext month\b", low):
        return _month((today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)), "next month"
    if re.search(r"\b(?:rest|remainder) of (?:the|this) (quarter|year)\b", low):
        which = re.search(r"\b(?:rest|remainder) of (?:the|this) (quarter|year)\b", low).group(1)
        end = _quarter(today)[1] if which == "quarter" else dt.date(today.year, 12, 31)
        return (today, end), f"the rest of this {which}"
    if re.search(r"\bthis quarter\b", low):
        return _quarter(today), "this quarter"
    if re.search(r"\blast quarter\b", low):
        start, _ = _quarter(today)
        return _quarter(start - dt.timedelta(days=1)), "last quarter"
    if re.search(r"\bnext quarter\b", low):
        _, end = _quarter(today)
        return _quarter(end + dt.timedelta(days=1)), "next quarter"
    q_of = re.search(r"\bq([1-4])\s+(?:of\s+)?(this|last|next)\s+year\b", low)
    if q_of:  # "wins back in Q2 of this year"
        year = today.year + {"this": 0, "last": -1, "next": 1}[q_of.group(2)]
        start = dt.date(year, 3 * (int(q_of.group(1)) - 1) + 1, 1)
        return _quarter(start), f"in Q{q_of.group(1)} {year}"
    if re.search(r"\bthis year\b|\bytd\b|\byear to date\b", low):
        return (dt.date(today.year, 1, 1), today if "date" in low or "ytd" in low else dt.date(today.year, 12, 31)), \
            "this year"
    if re.search(r"\blast year\b", low):
        return (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)), "last year"
    if re.search(r"\bnext year\b", low):  # "closing next year": close dates in that calendar year
        return (dt.date(today.year + 1, 1, 1), dt.date(today.year + 1, 12, 31)), "next year"
    year = re.search(r"\b(?:in|during|for|of|throughout)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b(?![-/]\d)", low)
    if year and not re.search(r"\bq[1-4]\b", low):  # "deals closing in 2026": that calendar year
        y = int(year.group(1))
        return (dt.date(y, 1, 1), dt.date(y, 12, 31)), f"in {y}"
    q = re.search(r"\bq([1-4])(?:\s+(\d{4}))?\b", low)
    if q:
        n = int(q.group(1))
        year = int(q.group(2)) if q.group(2) else today.year
        start = dt.date(year, 3 * (n - 1) + 1, 1)
        if not q.group(2) and start > today:
            start = dt.date(year - 1, start.month, 1)
        elif not q.group(2) and _quarter(start)[1] < today and re.search(
                r"\b(clos(?:e|es|ing)|due|expected|upcoming|coming|will|next|pipeline|forecast)\b", low) and \
                not re.search(r"\b(won|lost|closed|did|was|were|last)\b", low):
            start = dt.date(year + 1, start.month, 1)  # "deals closing in Q1" asked in November: the coming one
        return _quarter(start), f"in Q{n} {start.year}"
    if re.search(r"\b(?:before|by) the (?:end of the )?month(?: is out| ends| is over)?\b|\brest of (?:the|this) month\b|"
                 r"\bby (?:the )?end of (?:the|this) month\b", low):
        return (today, _month(today)[1]), "by the end of this month"
    ahead = re.search(r"\b(?:next|coming|upcoming)\s+(\d+|two|three|four|five|six|seven|eight|ten|thirty|ninety)\s+"
                      r"(day|week|month)s?\b", low)
    if ahead:
        n = _count(ahead.group(1))
        return (today, today + dt.timedelta(days=n * {"day": 1, "week": 7, "month": 30}[ahead.group(2)])), \
            f"in the next {n} {ahead.group(2)}s"
    month = re.search(r"(?:\b(?:in|during|for|of|my|our|his|her|their)\s+|^\W*)(january|february|march|april|may|june|july|august|september|"
                      r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?", low) or \
        re.search(r"\b(january|february|march|april|june|july|august|september|october|november|december)\s+(?:activity|"
                  r"activities|calls|meetings|emails|notes|tasks|deals|wins|losses|pipeline|numbers|count)\b", low)
    if month:
        n = _month_number(month.group(1))
        year = today.year if n >= today.month - 6 else today.year + 1
        if n > today.month + 5:
            year = today.year - 1 if re.search(r"\b(won|lost|closed|did)\b", low) else today.year
        return _month(dt.date(year, n, 1)), f"in {dt.date(year, n, 1):%B} {year}"
    m = re.search(r"\b(?:last|past|previous)\s+(\d+|two|three|four|five|six|seven|eight|ten|thirty|ninety)\s+"
                  r"(day|week|month)s?\b", low)
    if m:
        n = _count(m.group(1))
        days = n * {"day": 1, "week": 7, "month": 30}[m.group(2)]
        return (today - dt.timedelta(days=days), today), f"in the last {n} {m.group(2)}s"
    return None, ""


_AMOUNT_OPS = [
    (r"(?:over|above|more than|greater than|bigger than|larger than|exceeding|>)", lambda a, v: a > v, "over"),
    (r"(?:at least|no less than|minimum of|>=|\d+\s*\+)", lambda a, v: a >= v, "at least"),
    (r"(?:under|below|less than|smaller than|<)", lambda a, v: a < v, "under"),
    (r"(?:at most|no more than|up to|maximum of|<=)", lambda a, v: a <= v, "at most"),
]


def _amount_filters(low: str) -> list[tuple]:
    """Amount comparisons in a deal question: (operator, value, words); 'between A and B' gives two."""
    from core.understanding.amounts import find_amounts
    out = []
    between = re.search(r"\bbetween\s+(\S+)\s+and\s+(\S+)", low)
    if between:
        lo, hi = find_amounts(between.group(1)), find_amounts(between.group(2))
        if lo and hi:
            return [(lambda a, v: a >= v, float(lo[0][0]), "at least"), (lambda a, v: a <= v, float(hi[0][0]), "at most")]
    for m in re.finditer(r"(\$?\d[\d,.]*\s*(?:k|m|thousand|million)?)\s+(or more|or above|or higher|or over|and up|and above|"
                         r"or less|or under|or below|or lower)\b|(\$?\d[\d,.]*\s*(?:k|m)?)\+", low):
        found = find_amounts(m.group(1) or m.group(3))
        if found:
            more = m.group(3) or m.group(2).split()[-1] in ("more", "above", "higher", "over", "up")
            out.append(((lambda a, v: a >= v) if more else (lambda a, v: a <= v), float(found[0][0]),
                        "at least" if more else "at most"))
    for rx, op, words in _AMOUNT_OPS:
        for m in re.finditer(rf"{rx}\s*", low):
            found = find_amounts(low[m.end():m.end() + 20])
            if found and found[0][1] == 0:
                out.append((op, float(found[0][0]), words))
    return out


def _stage_verb(stage: str | None) -> str | None:
    """The verb in a one-word closing stage's name ("Installed" -> "install", "Delivered" -> "deliver")."""
    if not stage or " " in stage.strip():
        return None
    word = stage.strip().lower()
    for end in ("ed", "d"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return re.escape(word[: -len(end)])
    return None


def _count(word: str) -> int:
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10, "thirty": 30,
             "ninety": 90}
    return int(word) if word.isdigit() else words.get(word, 1)


def _utc_days(period) -> list[dt.datetime]:
    """[start, end) in stored UTC for a period of the reader's calendar days (first day, last day)."""
    end = dt.datetime.max if period[1] >= dt.date(9999, 1, 1) else local_midnight(period[1] + dt.timedelta(days=1))
    return [local_midnight(period[0]), end]


def _quiet_days(low: str) -> int | None:
    single = r"|a\s+single|one\s+single" if re.search(r"n['’]t\b|\bnot\b|\bnever\b", low) else ""  # "haven't had a single …"
    m = re.search(r"\b(?:no|any|zero|without|nothing" + single + r")\s+(?:\w+\s+)?(?:activity|activities|touch(?:es|points?)?|contact|"
                  r"logged|recorded|done|happening)\s+"
                  r"(?:in|for|over|since|during)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:over\s+|more than\s+|at least\s+)?(?:(\d+|a|one|two|three|four|five|six|seven|"
                  r"eight|ten|thirty)\+?\s+)?(day|week|month)s?\b|\b(?:quiet|silent|untouched|inactive|touched|updated|worked on|"
                  r"contacted|heard from)\s+(?:in|for)?\s*(?:the\s+)?(?:last\s+|past\s+|over\s+|more than\s+|at least\s+)?"
                  r"(\d+|a|an|one|two|three|four|five|six)\+?\s+(day|week|month)s?\b|"
                  r"\b(?:gone|went|been|sat|sitting|going)\s+(?:more than\s+|over\s+|at least\s+)?(\d+|a|an|one|two|three|"
                  r"four|five|six)\+?\s+(day|week|month)s?\s+(?:without|w/o|with no)\s+(?:any\s+)?(?:activity|activities|"
                  r"touch(?:es|points?)?|contact|updates?)\b", low)
    if not m:
        return None
    n, unit = (m.group(1) or "one", m.group(2)) if m.group(2) else \
        (m.group(3), m.group(4)) if m.group(4) else (m.group(5), m.group(6))
    return (1 if n in ("a", "an", "one") else _count(n)) * {"day": 1, "week": 7, "month": 30}[unit]


NEVER_TOUCHED = re.compile(r"\b(?:have\s*n[o']t|haven'?t|has\s*n[o']t|hasn'?t|never)\s+(?:ever\s+|yet\s+)?(?:heard|had)\s+"
                           r"(?:anything\s+|a\s+thing\s+|a\s+word\s+)?from\s+us\b|"
                           r"\bnever\s+(?:been\s+|once\s+|even\s+)?(?:contacted|touched|called|emailed|e-mailed|reached|spoken|"
                           r"talked|met|heard from|logged|worked)|\bno\s+(?:logged\s+)?(?:activity|activities|contact|"
                           r"touch(?:es|points?)?|interactions?|calls?|emails?|meetings?)\b(?!\s+(?:in|for|over|since|during)\b)|"
                           r"\b(?:have\s*n[o']t|haven'?t|has\s*n[o']t|hasn'?t)\s+(?:ever\s+|yet\s+)?(?:been\s+)?"
                           r"(?:contacted|touched|called|emailed|reached|spoken|talked|met)\b(?!.*\b(?:in|for|since)\s+"
                           r"(?:the\s+)?(?:last|past|\d|a|one|two|three|four|six)\b)|"
                           r"\b(?:nobody|no one|noone)\s+(?:has\s+|have\s+|'s\s+)?(?:ever\s+)?(?:talked|spoken|contacted|"
                           r"called|emailed|reached|touched|met|logged)\b")
_QUIET_SINCE = re.compile(r"\b(?:nothing|no|without|zero|quiet|silent|untouched|inactive|n[o']t|haven'?t|hasn'?t|never)\b"
                          r"[\w\s']{0,40}?\b(since\s+(?:the\s+)?\S+(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?)")


_GONE_WITHOUT = re.compile(r"\b(?:gone|been|went|go)\s+(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                           r"(?P<unit>day|week|month)s?\s+(?:or\s+(?:more|longer)\s+|plus\s+)?(?:without|with\s+no)\s+"
                           r"(?:any(?:thing)?\s+)?(?:activity|being\s+logged|logged|contact|touch|a\s+touch)\b")


def _since_as_days(low: str, today: dt.date) -> str:
    """'nothing logged since oct 25' -> 'nothing logged for 24 days': a quiet filter, not a period of close dates;
    'gone three weeks or more without anything logged' -> 'nothing logged for three weeks'."""
    gone = _GONE_WITHOUT.search(low)
    if gone:
        low = low[:gone.start()] + f"with nothing logged for {gone.group('n')} {gone.group('unit')}s" + low[gone.end():]
    m = _QUIET_SINCE.search(low)
    if not m:
        return low
    ranged = _range_of(m.group(1), today)
    if not ranged or not ranged[1].startswith("since"):
        return low
    days = (today - ranged[0][0]).days
    return low[:m.start(1)] + f"for {days} days" + low[m.end(1):]


PER_REP = re.compile(r"\b(?:each|every|per|by)\s+(?:rep|reps|person|salesperson|user|owner|one of us|of us|seller|"
                     r"team member)\b|\b(?:split|broken down|grouped)\s+by\s+(?:rep|owner|person)\b")


def _untouched(low: str) -> bool:
    """'never contacted', 'no activity', 'nobody has talked to', 'haven't been touched in 30 days'."""
    return bool(NEVER_TOUCHED.search(low) or (_quiet_days(low) and re.search(
        r"\b(no|without|zero|nothing|quiet|silent|untouched|inactive|n[o']t|haven'?t|hasn'?t)\b", low)))


NOT_OVERDUE = re.compile(r"\b(?:not counting|excluding|except(?: for)?|other than|leaving out|leave out|without|minus|"
                         r"apart from|ignoring|ignore|skip(?:ping)?|but not)\s+(?:the\s+|any\s+)?(?:overdue|late|past[- ]due)\b|"
                         r"\b(?:no|not)\s+(?:the\s+)?overdue\s+(?:ones|stuff|tasks|items)\b")
INDEFINITE = {"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody", "noone", "he", "she",
              "they", "we", "i", "you", "it", "that", "this", "each", "either", "neither", "one", "who", "which"}
QUESTION_WORDS = {w for line in (Path(__file__).parent / "understanding" / "vocab" / "question_words.txt").read_text(
    encoding="utf-8").splitlines() if not line.startswith("#") for w in line.split()}
CONVERSATIONAL = re.compile(r"\b(latest|news|situation|story|status|update|updates|plan|plans|next steps?|history|"
                            r"relationship|health|risk|risks|score|summary|brief|overview|details|info|information|"
                            r"sentiment|mood|last touch|last contact|timeline|notes?|messages?|conversations?)\b", re.I)


def unheld_of(attr: str, mentions: list, tokens: list, text: str) -> str:
    """The record an unheld attribute was asked of, as written."""
    for m in mentions:
        if m.kind in ("company", "contact", "deal") and tokens[m.end - 1].text.endswith(("'s", "’s")):
            return text[tokens[m.start].start:tokens[m.end - 1].end - 2]
    return "that record"


# -- the answerer ---------------------------------------------------------------------------------------------------
class Questions:
    """Answers one question from a snapshot (and the store, for activities)."""

    def __init__(self, store: Store, snap: Snapshot, ctx: Context):
        self.store, self.snap, self.ctx = store, snap, ctx

    def _unexplained(self, text: str, tokens: list, mentions: list) -> str | None:
        """The first content word the deal-listing answer would ignore: no record, stage, product, user, date or word it
        knows (vocab/question_words.txt)."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        dated = [(a, b) for _, a, b in find_dates(text, self.ctx.today)] + \
            [(a, b) for _, a, b in find_dates(text, self.ctx.today, past=True)]
        for i, t in enumerate(tokens):
            w = t.norm.strip("'’")
            if i in covered or len(w) < 3 or w in QUESTION_WORDS or w in COMMON or not w.isalpha() or \
                    any(a <= t.start < b for a, b in dated) or w in self.snap_words or w.rstrip("s") in QUESTION_WORDS:
                continue
            return t.text.strip("?.,!'’")
        return None

    @property
    def snap_words(self) -> set[str]:
        """Words of the pipeline's stage names and of the products (they select deals)."""
        industries = {c["industry"] for c in self.snap.companies.values() if c.get("industry")}
        words = {w.lower() for name in list(self.snap.stages) + list(self.snap.products) + sorted(industries)
                 for w in re.findall(r"[A-Za-z]+", name)}
        return words | {w[:-2] for w in words if w.endswith("ed")} | {w[:-1] for w in words if w.endswith("ed")}

    @staticmethod
    def _unheld_attribute(text: str, tokens: list, mentions: list) -> str | None:
        """'<record>'s <words>' where the words name nothing the CRM keeps (no field, record kind or insight)."""
        for m in mentions:
            last = tokens[m.end - 1]
            if m.kind not in ("company", "contact", "deal") or not last.text.endswith(("'s", "’s")):
                continue
            rest = re.sub(r"\s+", " ", text[last.end:]).strip(" ?.!").lower()
            rest = re.sub(r"^(?:current|latest|new|main|official)\s+", "", rest)
            if not rest or len(rest.split()) > 4 or not re.fullmatch(r"[a-z][a-z -]*", rest):
                return None
            if any(re.search(rx, rest) for rx in FIELD_WORDS.values()) or CRM_WORDS.search(rest) or \
                    CONVERSATIONAL.search(rest) or ROLE.search(rest):
                return None
            return rest
        return None

    def checked(self, text: str) -> Answer:
        """The answer, unless it leaves out part of what was asked (core/understanding/coverage.py): then two
        questions in one message are tried one by one, else an honest "I can't answer all of that" saying what is
        missing."""
        otherwise = re.match(r"^(.{8,}?)(?:\?|[,;.]|\s[-–—])\s*(?:and\s+|or\s+)?(?:if\s+(?:not|none|nothing|no)|otherwise|failing "
                             r"that)\b[,:]?\s*(.{6,})$", text, re.I | re.S)
        if otherwise:  # "have I won anything this month? if not, when was my last win": the second only when the first is none
            asked = self.checked(otherwise.group(1).strip() + "?")
            if asked.declined or not re.match(r"\W*(?:0|no|none|nothing|zero)\b", asked.text, re.I):
                return asked
            fallback = self.checked(otherwise.group(2))
            if fallback.declined:
                return fallback
            return Answer(f"{asked.text}\n{fallback.text}", asked.rows + fallback.rows, fallback.mentioned)
        both = self._two_questions(text)
        if both is not None:
            return both
        found = self.answer(text)
        if found.declined or re.search(r"\bWhich one\?\s*$", found.text):  # a clarification: the user picks first
            return found
        n = last_n(text)
        cut = trimmed(found.text, n) if n else None
        if cut is not None:  # "the last 3 things on <account>": the 3, not the 15 most recent
            found = replace(found, text=cut, rows=tuple(found.rows[:n]))
        missing = uncovered(getattr(self, "_rewritten", {}).get(text, text), found.text, self.snap, ACTIVITY_TYPES,
                            self.ctx.user.name)
        if missing is None:
            return found
        return Answer(f"I can't answer all of that: my answer would leave out {missing}, so I'd rather not guess. "
                      "Try asking for one thing at a time.", declined=True, uncovered=missing)

    def _elliptical(self, text: str) -> str:
        """ "How much did we win last quarter, and how much did we lose?": the second question borrows the first's
        period, and the two become "…last quarter? and how much did we lose last quarter?" (asked one by one)."""
        m = re.match(r"^(\W*(?:how much|how many|what|which)\b.{6,}?)\s*[,;?]\s*(?:and|but|also|plus)\s+"
                     r"((?:how much|how many|what|which)\b[^?]*)\??\s*$", text, re.I | re.S)
        if not m:
            return text
        first, second = m.group(1), m.group(2)
        (span, said), (other, _) = period_of(first.lower(), self.ctx.today), period_of(second.lower(), self.ctx.today)
        if span is None or other is not None or len(re.findall(r"\w+", second)) > 8 or not re.search(
                r"\b(?:did|do|does|have|has|had|is|are|was|were)\s+(?:we|i|you|they|he|she|the team)\b", second, re.I):
            return text  # "…, and how many?" / "and what's the total?" point back: not a question of its own
        return f"{first.rstrip(' ,;?')}? and {second.strip()} {said}?"

    def _two_questions(self, text: str) -> Answer | None:
        """ "Any open deals over 50k? And what's the biggest one?": two questions, each answered and checked — only
        when the second stands alone (it points back at nothing, and names a record if the first does)."""
        text = self._elliptical(text)
        parts = [p.strip() for p in re.split(r"(?<=\?)\s+(?=(?:and\s+|also\s+|plus\s+)?(?:what|which|who|how|when|where|"
                                             r"is|are|do|does|did|any)\b)", text.strip(), flags=re.I) if p.strip()]
        if len(parts) == 2 and re.search(r"\b(?:it|its|that deal|that one)\b", parts[1], re.I):
            named = {(m.kind, m.ids[0]) for m in lexicon(self.snap).mentions(tokenize(parts[0]))
                     if m.kind in ("deal", "company") and len(m.ids) == 1}
            if len(named) == 1:  # "when's the <deal> closing? and do I have open tasks on it?": it = that deal
                kind, rid = next(iter(named))
                name = self.snap.deals[rid]["name"] if kind == "deal" else self.snap.companies[rid]["name"]
                parts[1] = re.sub(r"\bits\b", f"{name}'s", parts[1], flags=re.I)
                parts[1] = re.sub(r"\b(?:it|that deal|that one)\b", name, parts[1], flags=re.I)
        if len(parts) != 2 or len(re.findall(r"\w+", parts[1])) < 5 or re.search(
                r"\b(?:they|them|those|these|it|its|their|he|him|his|she|her|"
                                        r"(?:which|that|this|the) ones?|those ones)\b", parts[1], re.I):
            return None
        def records(part: str) -> bool:
            return any(m.kind in ("company", "contact", "deal") for m in lexicon(self.snap).mentions(tokenize(part)))
        if records(parts[0]) and not records(parts[1]):  # "…on <account> since Nov 1? When was the last touch?"
            return None
        noun = re.search(r"\b(deal|task|contact|account|compan)(?:s|ies|y)?\b", parts[0], re.I)
        if noun:  # "…deals over 50k? And what's the biggest open one?": one = deal
            word = {"compan": "company"}.get(noun.group(1).lower(), noun.group(1).lower())
            parts[1] = re.sub(r"(?<=\w )one\b", word, parts[1], flags=re.I)
        answers = [self.checked(re.sub(r"^(?:and|also|plus)\s+", "", p, flags=re.I)) for p in parts]
        if any(a.declined for a in answers):  # half of two questions is not an answer to them
            part = parts[[a.declined for a in answers].index(True)]
            return Answer(f"I can't answer all of that: I could answer one of your two questions but not “{part}”, "
                          "so I'd rather not guess. Try asking them one at a time.", declined=True,
                          uncovered="one of the two questions")
        return Answer("\n".join(a.text for a in answers), tuple(r for a in answers for r in a.rows), answers[0].mentioned)

    def answer(self, text: str) -> Answer:
        said = text
        text = correct(text, self.snap)
        # "what's still live with <company>?": open (not a product whose name starts with "Live")
        text = re.sub(r"\b(still|what(?:'s|’s| is)|anything|everything|which (?:deals|opps|ones) are)\s+live\b(?!\s+"
                      r"(?:stream|event|show|demo|music|broadcast)s?\b)", r"\1 open", text, flags=re.I)
        text = GREETED.sub("", text)  # "morning! what's on my plate …"
        # "which product has the most $ in it", "$ value for each": money, said as its sign
        text = re.sub(r"(?<![\d.,])\$(?!\s*\d)", " value ", text)
        # "between now and month end": the end of this month
        text = re.sub(r"\b(?:(this|next)\s+)?(month|quarter)[- ]end\b|\beo(m|q)\b",
                      lambda m: f"the end of {(m.group(1) or 'this').lower()} " + (m.group(2) or {"m": "month", "q": "quarter"}[
                          m.group(3).lower()]).lower(), text, flags=re.I)
        # "<company> — what happened with our deals there?": its deals, closed ones included, with their outcome
        text = re.sub(r"\bwhat(?:'s| has)?\s+happened\s+(?:with|to)\s+(?:our|the|my|their|its|those)\s+(deals?|opps?|opportunit\w+)\b",
                      r"list all \1 including closed ones", text, flags=re.I)
        # "could you list …", "please show …": the request's wrapper asks nothing
        text = re.sub(r"^\W*(?:(?:can|could|would|will) you\s+(?:please\s+|just\s+|quickly\s+)?|please\s+)(?=(?:list|show|tell me|"
                      r"give me|pull|find|get me|count|sum|total|check)\b)", "", text, flags=re.I)
        # "the companies <rep> is account owner for": the accounts that rep owns
        text = re.sub(r"\b(compan(?:y|ies)|accounts?|customers?|clients?)\s+(?:that\s+|which\s+)?([^\W\d_]+)\s+is\s+(?:the\s+)?"
                      r"(?:account\s+)?owner\s+(?:for|of|on)\b", r"\1 \2 owns", text, flags=re.I)
        text = re.sub(r"\b(compan(?:y|ies)|accounts?|customers?|clients?)\s+(?:is|are)\s+([^\W\d_]+)\s+(?:the\s+)?(?:account\s+)?"
                      r"owner\s+(?:for|of|on)\b", r"\1 does \2 own", text, flags=re.I)
        # "sum the <stage> deals for me": a courtesy, not whose deals
        text = re.sub(r"^(\W*(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:sum|add up|list|show|pull|get|find|count|"
                      r"give me)\b.*?)\s+for me\b(?=\s*(?:please|pls|thanks|thx)?\W*$)", r"\1", text, flags=re.I)
        # "for forecast purposes, how many …": why it is asked, not what
        text = re.sub(r"\b(?:for|as)\s+(?:the\s+|my\s+|our\s+)?(?:forecast(?:ing)?|planning|reporting|pipeline review)\s+"
                      r"(?:purposes|reasons)\b\s*,?", "", text, flags=re.I)
        # "deals gone cold this past week": no activity in that span
        text = re.sub(r"\b(?:gone|went|going|been|are|is)\s+(?:cold|quiet|dark|silent)\s+(?:in\s+|over\s+|for\s+)?(?:this\s+|the\s+)?"
                      r"(?:last|past)\s+(?=(?:\d+|a|an|one|two|three|four|five|six)?\s*(?:days?|weeks?|months?)\b)",
                      "with no activity in the past ", text, flags=re.I)
        # "last week than the week before": the one before the period just named
        text = re.sub(r"\b(this|last)\s+(week|month|quarter|year)\b(.{0,40}?\b(?:than|vs\.?|versus|or|and|compared (?:to|with)|"
                      r"against)\s+)the\s+(?:\2\s+before|previous\s+\2)\b(?!\s+last)",
                      lambda m: f"{m.group(1)} {m.group(2)}{m.group(3)}" + (f"last {m.group(2)}" if m.group(1).lower() == "this"
                                                                         else f"the {m.group(2)} before last"),
                      text, flags=re.I)
        # "…, and whose is it? gonna nudge them": a remark after the last question mark asks nothing
        text = re.sub(r"\?\s+(?:gonna|going to|wanna|want to|need to|have to|got to|gotta|so (?:i|we) can|i'?ll|i will|we'?ll|"
                      r"thanks|thx|ty|cheers|ta|lol)\b(?![^?]*\b(?:what|whats|which|who|whos|whose|how|when|whens|where|why|is|"
                      r"are|does|do|did|can|could|and|also|plus|if|or|then|both)\b)[^?\d]*$", "?", text, flags=re.I)
        # "do i own any of the <company> deals? who has them then": that company's deals, each with its owner
        text = re.sub(r"^.*?\b(?:do|does)\s+(?:i|we|[a-z]+)\s+own\s+any\s+of\s+(?:the\s+)?(.+?)\s+deals\b.*$",
                      r"what deals does \1 have", text, flags=re.I | re.S)
        # "did <company> actually buy anything? what and when": its won deals
        text = re.sub(r"^\W*(?:did|has)\s+(.+?)\s+(?:actually\s+|ever\s+)?(?:buy|bought|purchase|purchased)\s+anything\b.*$",
                      r"what did we win with \1", text, flags=re.I | re.S)
        # "am i ahead of <rep> on closed-won this year?": a comparison
        text = re.sub(r"^\W*am\s+i\s+(?:ahead\s+of|behind|beating|trailing)\s+([^\W\d_]+)\s+on\s+([^?]+?)\s*(?:\?.*)?$",
                      r"how does my \2 compare with \1's?", text, flags=re.I | re.S)
        text = re.sub(r"\s+(?:at this point|at the moment|as of (?:now|today)|these days|as things stand)\b", "", text, flags=re.I)
        # "going through my stuff before the call - which of my deals …": the preamble says why, the question follows
        pre = re.match(r"^\W*([^?]{4,90}?)(?:\s+[-–—]+\s+|,\s+)(?=(?:which|what|whats|what's|who|whos|who's|how|when|where|any|show|"
                       r"list|need|i need|give me|get me|pull|can i (?:get|see|have))\b)", text, re.I)
        if pre and len(pre.group(1).split()) >= 3 and not re.search(
                r"\b(?:which|what|who|how|when|where|any|show|list|deals?|tasks?|contacts?|accounts?|opportunit\w*|opps?|leads?|customers?|clients?)\b|\d",
                pre.group(1), re.I) and not lexicon(self.snap).mentions(tokenize(pre.group(1))) and \
                not re.search(r"[A-Z]", pre.group(1)[1:]) and \
                (re.search(r"\b(?:i|i'm|im|we|we're|me|my|our)\b", pre.group(1), re.I) or
                 re.match(r"\W*(?!during\b|bring\b|thing\b|something\b|anything\b|nothing\b|everything\b)[a-z]+ing\b",
                          pre.group(1), re.I)) and (not re.search(
                    r"\b(?:notes?|calls?|emails?|meetings?|activit\w*|vs|versus|or|most|last|latest|recent)\b", pre.group(1), re.I)
                    or re.search(r"\b(?:i'?m|i am|we'?re|we are)\s+\w+ing\b|\bbefore\s+(?:the|my|our|tomorrow'?s?)\b", pre.group(1),
                                 re.I)):  # "I'm putting together notes for the forecast call, what …": why, then what
            text = text[pre.end():]
        # "open pipeline, leaving out anything already won or lost": the open ones
        text = re.sub(r",?\s*\b(?:leaving out|excluding|not counting|except(?: for)?|ignoring|without)\s+(?:anything|everything|"
                      r"the ones|deals|those|any)?\s*(?:that(?:'s|’s| is| are| were| have been)?\s+)?(?:already\s+)?(?:closed\s+)?"
                      r"(?:won|closed)\s*(?:or|and|/|&)\s*(?:lost|closed lost)\b", " still open", text, flags=re.I)
        # "how many of my contacts are at opportunity stage": the lifecycle stage of contacts, not deals
        if re.search(r"\b(?:contacts?|people|persons?)\b", text, re.I) and not re.search(r"\b(?:deals?|opps?|pipeline)\b", text, re.I):
            text = re.sub(r"\b(?:(?<=are )|(?<=is )|(?<=as )|(?<=at )|(?<=in ))(?:the\s+|an?\s+)?opportunit(?:y|ies)\b(?:\s+stage)?"
                          r"|\bopportunit(?:y|ies)(?=\s+(?:contacts?|people|stage)\b)", "lifecycle_opportunity", text, flags=re.I)
        # "what has <company> bought from us": its won deals
        text = re.sub(r"^\W*what\s+(?:has|have|did)\s+(.+?)\s+(?:actually\s+|ever\s+|already\s+)?(?:bought|purchased|buy|purchase|"
                      r"signed (?:up )?for)(?:\s+from us)?\W*$", r"what did we win with \1", text, flags=re.I)
        # "how does my closed-won stack up vs <rep>'s": a comparison
        text = re.sub(r"\bstacks?\s+up\s+(?:against|vs\.?|versus|to|with|next to)\b", "compare with", text, flags=re.I)
        # "which live deals should have closed already but haven't?": open ones past their close date
        text = re.sub(r"\bshould(?:'ve|’ve| have) closed(?: already| by now)?(?:,?\s+but\s+(?:haven'?t|hasn'?t|didn'?t|aren'?t|"
                      r"isn'?t)(?:\s+yet)?)?", "are still open and past their close date", text, flags=re.I)
        text = re.sub(r"\blive\s+(deals|opps|opportunities)\b", r"open \1", text, flags=re.I)
        # "…and aren't closed yet", "w/o being closed out": still open, not closed
        text = re.sub(r"\b(?:(?:are|is|have|has|were|was)\s*n[o']?t|not|never|without|w/o)\s+(?:yet\s+)?(?:been\s+|being\s+)?"
                      r"(?:closed|marked (?:as )?(?:won|lost|closed))(?:\s+out)?(?:\s+yet)?\b", "still open", text, flags=re.I)
        # "what's on <rep>'s plate this week", "what do I have on for the rest of the week": their tasks then
        text = re.sub(r"^\W*what(?:'s|’s|s| is)?\s+(?:still\s+|else\s+)?(?:open\s+|left\s+|outstanding\s+)?on\s+(my|our|his|her|"
                      r"their|[^\W\d_]+['’]s)\s+plate\b", r"what are \1 open tasks", text, flags=re.I)
        text = re.sub(r"^\W*what\s+do\s+(i|we)\s+have\s+on\b(?=\s+(?:for|this|next|today|tomorrow|tmrw|the)\b)",
                      lambda m: "what are " + {"i": "my", "we": "our"}[m.group(1).lower()] + " tasks", text, flags=re.I)
        # "…, whole team not just mine": the "mine" is what is ruled out, not a filter
        text = re.sub(r",?\s*\(?\b(?:and\s+)?(?:not\s+(?:just|only)|rather than\s+(?:just|only)?)\s*(?:mine|me|my\s+(?:own|ones|deals|"
                      r"accounts|pipe(?:line)?|tasks))\b\)?", "", text, flags=re.I)
        from core.understanding.typos import FORTNIGHT  # "nothing logged for a fortnight": two weeks
        text = FORTNIGHT.sub(lambda m: {"a": "two", "one": "two", "two": "four", "three": "six"}[m.group(1).lower()] +
                             " weeks", text)
        # "which companies are in her name as account owner?", "… under Mireia's name": the ones she owns
        text = re.sub(r"\b(?:are|is)\s+(?:in|under)\s+(his|her|their|my|[^\W\d_]+['’]s)\s+name\b(?:\s+as\s+(?:the\s+)?"
                      r"(?:account\s+)?owner)?", lambda m: "are owned by " + {"his": "him", "her": "her", "their": "them",
                                                                             "my": "me"}.get(m.group(1).lower(),
                                                                                              m.group(1)[:-2]), text,
                      flags=re.I)
        self._rewritten = {**getattr(self, "_rewritten", {}), said: text}  # what was answered, for the coverage check
        both = re.match(r"^(.{8,}?)\s*,?\s+and\s+how many(?: of (?:those|them|these))?\s+(?:are|is|have|has|were)?\s*(.+)$",
                        text, re.I | re.S) if re.match(r"^\W*how many\b", text, re.I) else None
        if both and not re.search(r"\bof (?:those|them|these)\b", text, re.I) and any(
                re.search(a, both.group(1), re.I) and re.search(b, both.group(2), re.I) for a, b in (
                    (r"\b(?:completed|done|finished|closed)\b", r"\b(?:open|outstanding|left|to do)\b"),
                    (r"\b(?:open|outstanding)\b", r"\b(?:completed|done|finished|closed)\b"),
                    (r"\b(?:won|win)\b", r"\b(?:lost|lose)\b"), (r"\b(?:lost|lose)\b", r"\b(?:won|win)\b"))):
            both = None  # "how many has <rep> completed, and how many are still open": two counts, not a subset
        if both is None and re.match(r"^\W*how many\b", text, re.I):
            # "how many open tasks do I have on <deal>? and which one's overdue?": the count, then which of them
            both = re.match(r"^(.{8,}?)\s*[?,]?\s+and\s+which (?:one|ones|of (?:those|them|these))(?:'s|’s| is| are)?"
                            r"\s+(?!the\b|most\b|biggest\b|largest\b)(.+)$", text, re.I | re.S)
        if both:  # "how many open deals do I have and how many of those are past their close date": both, the second
            whole = self.answer(both.group(1))  # narrowed by what follows "of those"
            first = both.group(1).rstrip(' ?')
            if re.search(r"\band\s+which\b", text[both.end(1):both.start(2)], re.I):  # "…and which one's overdue?": list them
                first = re.sub(r"^\W*how many\b", "which", first, flags=re.I)
            part = self.answer(f"{first} that are {both.group(2)}")
            if not whole.declined and not part.declined:
                return Answer(f"{whole.text}\nOf those: {part.text}", part.rows, part.mentioned)
        owned = self._owner_yes_no(text)
        if owned is not None:
            return owned
        paired = self._second_question(text)  # "…, and when did I last talk to them?", "… and who's the CEO"
        if paired is not None:
            return paired
        low = _since_as_days(text.lower(), self.ctx.today)
        off = OFF_TOPIC.search(low) or UNSUPPORTED.search(low)
        if off and off.group(0) == "forecast" and re.match(r"\s+(?:call|meeting|review|session)\b", low[off.end():]):
            off = None  # "before the forecast call - which of my proposals…": when it is asked, not what
        if off and off.group(0) == "next year" and re.search(r"\b(?:clos\w*|due|q[1-4])\b", low):
            off = None  # "deals closing next year", "q1 next year": close dates in a calendar period
        if off:
            return _decline(f"That is not something the CRM's data can tell (it holds nothing about “{off.group(0)}”).")
        if PREDICTION.search(low):
            return _decline("That is not something the CRM's data can tell: it asks about the future, and the CRM holds "
                            "what happened and what is planned (ask e.g. what is closing next quarter).")
        tokens = tokenize(text)
        mentions = prefer_users(tokens, lexicon(self.snap).mentions(tokens))  # "how many deals has Oren won?": the rep
        self._mentions = mentions
        first = {k: next((m for m in mentions if m.kind == k), None) for k in
                 ("company", "contact", "deal", "stage", "user", "product")}
        named_stage = re.search(r"\b(?:the|at|in|of)\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+stage\b", text)
        if named_stage and named_stage.group(1).lower() not in {st.lower() for st in self.snap.stages} and \
                named_stage.group(1).lower() not in LIFECYCLE_STAGES:  # "deals at the Contract Sent stage": no such stage
            return Answer(f"There is no stage called “{named_stage.group(1)}”; the stages are "
                          f"{', '.join(self.snap.stages)}.", declined=True)
        stranger = self._unknown_person(text, tokens, mentions)
        if stranger:  # "contact info for <First Last> at <company>" when no such person is in the CRM
            return Answer(f"I couldn't find a contact called “{stranger}” in the CRM.", declined=True)
        nobody = self._unknown_subject(low, tokens, mentions)
        if nobody:  # "how many overdue tasks does kevin have?" when no user or contact is called that
            return Answer(f"I couldn't find anyone called “{nobody}” in the CRM.", declined=True)
        mixed = self._mixed_name(tokens, mentions)
        if mixed:  # "email for <first name of one contact> <surname of another>": nobody has that name
            return Answer(f"I couldn't find a contact called “{mixed}” in the CRM.", declined=True)
        partial = self._partial_name(tokens, mentions)
        if partial:  # "email for <first name> <unknown surname>", "<first word> industries": a name that only starts like a record's
            return Answer(f"I couldn't find a company, contact or deal called “{partial}” in the CRM.", declined=True)
        if not any(first[k] for k in ("company", "contact", "deal")):
            first.update(self._referred(low))
        if first["company"] and not first["deal"] and re.search(r"\brenewals?\b", low) and not any(
                "renewal" in (d["name"] + " " + (d["product"] or "")).lower() for d in self.snap.deals.values()
                if d["company_id"] in first["company"].ids):  # no deal there is a renewal: not another deal's date
            return Answer(f"I couldn't find a renewal deal for {first['company'].text.removesuffix(chr(39) + 's')} in "
                          f"the CRM.", declined=True)
        adjacent = first["company"] and first["product"] and (first["product"].start == first["company"].end or (
            first["product"].start > first["company"].end and  # "someone at <company> re the <product>": its deal
            [t.norm for t in tokens[max(first["product"].start - 2, 0):first["product"].start]][-2:] in (
                ["re", "the"], ["regarding", "the"], ["about", "the"])))
        if first["company"] and not first["deal"] and (re.search(r"\b(?<!that )(?<!which )(?<!whose )(deal|opportunity|opp|oppty|renewal)\b",
                                                                 low) or adjacent) and \
                not re.search(r"\b(?:a|an|any)\s+(?:\w+\s+)?(?:deal|opportunity)\b", low):  # "ever lost a deal at …": any
            open_deals = [d for d in self.snap.deals.values() if d["company_id"] in first["company"].ids
                          and d["stage"] in self.snap.open_stages]
            every = [d for d in self.snap.deals.values() if d["company_id"] in first["company"].ids]
            if not open_deals and len(every) == 1:  # "the <company> deal" of a company whose one deal is closed
                open_deals = every
            if first["stage"] and len(open_deals) > 1:  # "the <company> deal that's in Negotiation": that one
                staged = [d for d in open_deals if d["stage"] in first["stage"].ids]
                open_deals = staged or open_deals
            if len(open_deals) == 1 and not first["product"] and not SUPERLATIVE.search(low):
                # "the <company> deal": its one open deal
                first["deal"] = _Ref((open_deals[0]["id"],), open_deals[0]["name"])
            named = [d for d in self.snap.deals.values() if d["company_id"] in first["company"].ids and
                     first["product"] and d["product"] == first["product"].ids[0]]
            if first["product"] and not named and (adjacent or re.search(r"\b(deal|opportunity|opp|oppty)\b", low)):
                # "the <company> <product> deal" that does not exist
                return Answer(f"I couldn't find a {first['company'].text} {first['product'].text} deal in the CRM.",
                              declined=True)
            if first["product"] and len(named) == 1:
                first["deal"] = _Ref((named[0]["id"],), named[0]["name"])
            elif len(open_deals) > 1 and re.search(r"\bthe \S+( \S+)? (deal|opportunity|opp|oppty|renewal)\b", low) and \
                    not SUPERLATIVE.search(low):
                said = {t.norm for t in tokens[first["company"].end:first["company"].end + 2] if t.norm.isalpha()} - \
                    {"deal", "deals", "opportunity", "opp", "oppty", "in", "at", "for", "is", "the", "of"}
                by_word = [d for d in open_deals if said and said <= set(re.findall(r"[a-z]+", d["name"].lower()))]
                if len(by_word) == 1:  # "the <company> renewal" where one of its deals is named so: that one
                    first["deal"] = _Ref((by_word[0]["id"],), by_word[0]["name"])
            if not first["deal"] and len(open_deals) > 1 and re.search(
                    r"\bthe \S+( \S+)? (deal|opportunity|opp|oppty|renewal)\b", low) and not SUPERLATIVE.search(low):
                names = "; ".join(d["name"] for d in open_deals)
                return Answer(f"{first['company'].text} has {len(open_deals)} open deals: {names}. Which one?")
        unknown = self._unknown_name(text, tokens, mentions)
        exact = [m for m in mentions if m.kind in ("company", "contact", "deal") and not m.fuzzy]
        if unknown and not any(unknown.lower() in m.text.lower() or m.text.lower() in unknown.lower() and
                               len(m.text.split()) > 1 for m in exact) and not (exact and not
                                                                                 self._overlaps(unknown, exact)):
            return Answer(f"I couldn't find a company, contact or deal called “{unknown}” in the CRM.", declined=True)
        unheld = self._unheld_attribute(text, tokens, mentions)
        if unheld:  # "what's <company>'s credit rating?": a field the CRM does not keep, not the company's overview
            return _decline(f"The CRM doesn't record a {unheld} for {unheld_of(unheld, mentions, tokens, text)}.")
        people = {self.snap.contacts[m.ids[0]]["company_id"] for m in mentions if m.kind == "contact" and len(m.ids) == 1}
        companies = {i for m in mentions if m.kind == "company" and len(m.ids) == 1 for i in m.ids}
        for k, m in enumerate(mentions):
            if m.kind == "contact" and len(m.ids) > 1 and companies:  # "<first name> at <company>": the one who works there
                there = tuple(i for i in m.ids if self.snap.contacts[i]["company_id"] in companies)
                if len(there) == 1:
                    mentions[k] = m = replace(m, ids=there)
                    if first["contact"] is not None and first["contact"].start == m.start:
                        first["contact"] = m
        for k, m in enumerate(mentions):
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            if m.kind == "contact" and len(m.ids) == 1 and not m.fuzzy and nxt is not None and nxt.kind == "company" \
                    and len(nxt.ids) == 1 and nxt.start - m.end <= 3 and re.fullmatch(
                        r"(?:\s*(?:over|out|down|up)?\s*(?:at|from|of|with|@)\s*(?:the\s+)?)", text[tokens[m.end - 1].end:
                                                                                            tokens[nxt.start].start], re.I):
                works = self.snap.contacts[m.ids[0]]["company_id"]
                if works != nxt.ids[0]:  # "phone for <person> at <company>" where that person works elsewhere
                    at = self.snap.companies.get(works, {}).get("name")
                    name = self.snap.contact_name(m.ids[0])
                    return Answer(f"I couldn't find {name} at {self.snap.companies[nxt.ids[0]]['name']}"
                                  + (f": the CRM has {name} at {at}." if at else "."), declined=True)
        for m in mentions:
            if m.kind == "company" and len(m.ids) > 1 and people & set(m.ids):
                continue  # "what does <person> do at <company>": the company she works at
            if m.kind == "company" and len(m.ids) > 1 and first["deal"] and len(first["deal"].ids) == 1 and \
                    self.snap.deals[first["deal"].ids[0]]["company_id"] in m.ids:
                continue  # "the <company> renewal": the one company that has that deal
            if m.kind in ("contact", "company", "deal") and len(m.ids) > 1:
                table = {"contact": "contacts", "company": "companies", "deal": "deals"}[m.kind]
                names = "; ".join(self.snap.label(table, i) for i in m.ids)
                return Answer(f"“{m.text}” matches several {table}: {names}. Which one?")
        from core.insights import answers as insight_answers
        insight = insight_answers.wants_insight(low, bool(first["deal"]))
        if insight:
            return self._insight(insight, low, first)
        if not CRM_WORDS.search(low) and not any(first.values()):
            return _decline("I didn't understand that as a question about the CRM.")
        names = [(tokens[m.start].start, tokens[m.end - 1].end) for m in mentions
                 if m.kind in ("company", "contact", "deal") and len(m.ids) == 1] if len(low) == len(text) else []
        # a field word inside a record's own name ("<Summerisle Stage Banners>") asks for nothing
        asked = [f for f, rx in FIELD_WORDS.items()
                 if any(not any(a <= x.start() and x.end() <= b for a, b in names) for x in re.finditer(rx, low))]
        if re.search(r"\b(?:last|did (?:i|we|you)|have (?:i|we))\s+(?:\w+\s+)?e-?mail(?:ed)?\b|\bwhen\b.{0,20}\be-?mailed\b", low):
            asked = [f for f in asked if f != "email"]  # "when did I last email <person>": an activity, not the address
        if first["contact"] and not first["deal"] and "owner" in asked and "company" in asked and \
                re.search(r"\b(?:account owner|owner)\b.{0,30}\bcompany\b|\bcompany'?s?\s+(?:account\s+)?owner\b", low):
            cid = first["contact"].ids[0]  # "who's the account owner for <person>'s company": the company's owner
            co = self.snap.companies.get(self.snap.contacts[cid]["company_id"])
            if co:
                return Answer(f"{self.snap.contact_name(cid)} is at {co['name']}; its account owner is "
                              f"{self._user_name(co['owner_id'])}.", ({"id": co["id"], "name": co["name"],
                                                                       "owner": self._user_name(co["owner_id"])},),
                              {"company": co["id"], "contact": cid})
        if first["contact"] and not first["deal"]:
            asked = [f for f in asked if f != "stage"]  # "where does she work": not a deal's stage
            if re.search(r"\bwhere (?:does|do|did) (?:he|she|they|\w+(?: \w+)?) work\b|\bwho (?:does|do) (?:he|she|they|"
                         r"\w+(?: \w+)?) work for\b", low):
                asked = [f for f in asked if f != "company"]
                if not asked:
                    return self._contact_card(first["contact"].ids[0])
                asked = ["company"] + asked  # "where does she work and what does she do?": both
        if first["contact"] and not first["deal"] and (re.match(r"^\W*(?:who(?:'s| is)|tell me about|what do we know "
                                                                r"about)\b", low) or re.search(
                r"\b(?:contact (?:details|info|information|card)|details|card|everything (?:on|about))\b", low)) and \
                not [f for f in asked if f != "contact"]:
            return self._contact_card(first["contact"].ids[0])
        if first["company"] and not first["contact"] and not first["deal"] and len(first["company"].ids) == 1:
            named = [m.ids[0] for m in mentions if m.kind == "company" and len(m.ids) == 1]
            titled = self._titled(low, list(dict.fromkeys(named)) or [first["company"].ids[0]], asked)
            if titled is not None:  # "list every CTO at <company>", "the email of the buyer at <company>"
                return titled
        paired = self._fields_per_person(low, tokens, mentions, asked, names)
        if paired is not None:  # "<one person>'s email and <another>'s phone": each field of its own person
            return paired
        company = first["company"]
        if company and not first["deal"] and not first["contact"] and len(company.ids) == 1 and \
                [f for f in asked if f in DEAL_FIELDS] and \
                re.search(r"\b(?:deal|opportunity|opp)\b(?!s)", low) and \
                not any(d["company_id"] == company.ids[0] for d in self.snap.deals.values()):
            # "who's the contact on the <company> deal?" when it has none: say so, not its people
            return _decline(f"{self.snap.companies[company.ids[0]]['name']} has no deal in the CRM, so there is no "
                            f"{[f for f in asked if f in DEAL_FIELDS][0]} of one to give.")
        if first["product"] and not (first["deal"] or first["company"] or first["contact"]) and \
                [f for f in asked if f in DEAL_FIELDS] and re.search(r"\bthe\s+(?:[\w-]+\s+){0,3}(?:deal|opp|opportunity)\b(?!s)", low):
            same = [d for d in self.snap.deals.values() if d["product"] == first["product"].ids[0] and
                    d["stage"] in self.snap.open_stages]
            if len(same) > 1:  # "what's the amount on the platform deal" with six open Platform deals: ask, never list
                return Answer(f"{len(same)} open deals are {first['product'].ids[0]} deals: "
                              + "; ".join(d["name"] for d in same) + ". Which one?")
            if len(same) == 1:
                first = {**first, "deal": _Ref((same[0]["id"],), same[0]["name"])}
        record = self._field_answer(low, first, asked)
        if record is not None:
            return record
        if re.search(r"\b(last|latest|most recent(?:ly)?|first|earliest|when did (we|i))\b.*\b(talk|spoke|spoken|speak|touch|activity|call|log|logged|reach|reached|hear|heard|"
                     r"meeting|heard|email|contact|interaction|conversation|engagement|touchpoint|exchange|note)", low) or \
                re.search(r"\b(?:talk|spoke|spoken|speak|call|called|meet|met|email|emailed|hear|heard)\b.{0,30}\b(?:most "
                          r"recently|last)\b", low) or \
                re.search(r"\bwhen did\b.{0,30}\blast\s+(?:do|did|work|worked|touch|touched|log|logged)\b.{0,12}\b(?:anything|"
                          r"something|on|with)\b", low):  # "when did <rep> last do anything on the <deal>"
            if first["contact"] or first["company"] or first["deal"]:  # "who at <company> did we speak with most recently?"
                return self._last_touch(first, low)
        if re.search(r"\b(?:what's|what is|whats|any|the)\s+(?:the\s+)?(?:latest|newest|news)\s+(?:on|with|at|from|about|for)\b|"
                     r"\bhappened\s+(?:most\s+)?recently\b|\bmost\s+recent(?:ly)?\s+(?:on|with|at|thing|activity|update)\b|"
                     r"\blast\s+(?:thing|update|activity)\s+(?:on|with|at|for)\b", low) and \
                (first["contact"] or first["company"] or first["deal"]):
            return self._last_touch(first, low)  # "what's the latest on the <company> deal?"
        if re.search(r"\btasks?\b|\bto-?dos?\b|\breminders?\b|\bfollow[- ]?ups?\b", low) or (
                re.search(r"\b(due|overdue)\b", low) and not re.search(r"\b(deals?|close|closing|opportunit)", low)):
            return self._tasks(low, first)
        if first["company"] and not first["contact"] and not first["deal"] and "owner" not in asked and re.search(
                r"\b(contacts|people|everyone|everybody|anyone|anybody|who works|who do we know|names)\b", low) and \
                not re.search(r"\b(deals?|opportunit\w*|pipeline|tasks?|activit\w*)\b", low):
            return self._contacts_at(first["company"].ids[0], low)  # "list everyone at <company>" (even before a meeting)
        if _untouched(low) and not re.search(r"\b(deals?|opportunit\w*|opps?|pipeline|tasks?)\b", low):
            if first["company"] and not first["contact"] and re.search(r"\b(contacts?|people|persons?|anyone|who)\b", low):
                return self._contacts_at(first["company"].ids[0], low)
            people = self._people_or_accounts(low, first)  # "contacts we've never contacted": not a list of activities
            if people is not None:
                return people
        crossed = self._deals_on_accounts_of(low)
        if crossed is not None:
            return crossed
        accounts = self._accounts_by_deals(low, first)
        if accounts is not None:  # "which accounts do I own that have no deals at all?"
            return accounts
        busiest = re.search(r"\b(?:which|what)\s+(deal|opportunity|company|account|customer|contact|person)\b.{0,30}\b"
                            r"(most|fewest|least)\b.{0,20}\b(activit\w*|calls?|emails?|meetings?|notes?|touch\w*|logged)", low)
        busiest = busiest or re.search(r"\b(?:who|which|what)(?:'s| is)?\s+(?:the\s+)?(?:single\s+)?(most|least)[- ]"
                                       r"(?:contacted|called|emailed|active)\s+(person|contact|deal|company|account)\b", low)
        if busiest:  # "which deal has the most activity logged against it?", "the most-contacted person"
            record, most = (busiest.group(2), busiest.group(1)) if busiest.re.groups == 2 else busiest.group(1, 2)
            return self._busiest(record, most, low)
        kind_most = re.search(r"\b(?:what|which)\s+(?:activity\s+)?(?:type|kind)\s+(?:of\s+activity\s+)?.{0,30}\b(most|least)\b",
                              low)
        if kind_most:  # "what activity type did I log the most in September?"
            return self._kind_most(kind_most, low, first)
        happened = re.search(r"\b(?:what(?:'s| has| have)?|anything)\s+(?:been\s+)?happen(?:ed|ing)\b", low)
        if re.search(r"\b(what did (i|we|\w+) (?:do|get done|work on|get up to)|been up to|did i do|have i done|what have i (?:done|been doing)|activit(y|ies)|calls?|meetings?|emails? "
                     r"(sent|logged)|(?:emails?|notes?)\s+(?:have|did|has|had)\s+(?:i|we|\w+)\s+(?:sent|send|write|written|wrote|"
                     r"logged|log|added|add)|notes? (logged|added)|logged|did (?:i|we|\w+) log|happen(?:ed|ing)|(?:calls|meetings|emails|notes|"
                     r"messages)\s+(?:[a-z]+\s+){1,2}(?:sent|made|had|held|wrote|logged))\b", low) and not _quiet_days(low) and \
                (not re.search(r"\bdeals?\b", low) or happened or re.search(r"\b(activit(y|ies)|calls|meetings|notes|emails)\b|"
                                                                             r"\blogged\b.*\bon which deals?\b", low)) and \
                not re.search(r"\bdeals?\b.*\b(longest|quietest|without)\b", low):
            return self._activities(low, first)
        if re.search(r"\b(who|contacts?|people|person)\b", low) and first["company"] and "owner" not in asked and \
                not (first["deal"] and re.search(r"\bwho(?:'s| is)? (?:has|got|owns|runs|handles|is on)\b", low)) and \
                not re.search(r"\bdeals\b[^?]*\b(?:on|for)\s+(?:each|every|them|those|all)\b|\b(?:on|for)\s+(?:each|every|"
                              r"all|both)\b[^?]*\bdeals\b|\bwho\s+(?:owned|owns|own|ran|runs|run)\b", low):
            return self._contacts_at(first["company"].ids[0], low)
        people = self._people_or_accounts(low, first)
        if people is not None and not self._unexplained(text, tokens, mentions):
            return people
        stray = self._unexplained(text, tokens, mentions)
        if stray:  # "which city is <company> headquartered in?" is not a question about its deals
            return _decline(f"I can't answer that from the CRM's records (I don't know what “{stray}” refers to here).")
        return self._deals(low, first)

    def _second_question(self, text: str) -> Answer | None:
        """Two questions in one message where the second is about the first's answer: by a pronoun ("who's the contact
        on the <deal> and when did I last talk to them?"), or by naming nothing ("how many contacts at X and who's the
        CEO") — both answered, or None (the message is read as one question)."""
        split = re.match(r"^(.{8,}?)(?:\s*,?\s+and\s+|\s*\+\s*|\s+&\s+|\s*;\s*)((?:when|what|who|how|where)\b.*\b(?:them|him|her|"
                         r"their|his|its|there)\b.*)$", text, re.I | re.S)
        if split and not getattr(self, "_in_part", False):
            # "who's the contact on the <deal> and when did I last talk to them?": the second asks about the first's answer
            self._in_part = True
            try:
                one = self.answer(split.group(1))
                person, company = one.mentioned.get("contact"), one.mentioned.get("company")
                second = None
                if not one.declined and person in self.snap.contacts and not re.search(r"\bits\b", split.group(2), re.I):
                    name = self.snap.contact_name(person)
                    second = re.sub(r"\b(?:them|him|her)\b", name,
                                    re.sub(r"\b(?:their|his)\b", name + "'s", split.group(2), flags=re.I), flags=re.I)
                elif not one.declined and company in self.snap.companies and re.search(r"\b(?:its|their|there)\b",
                                                                                       split.group(2), re.I):
                    # "who owns the <company> account, and who owns its open deals?"; "…, and who's the COO there?"
                    name = self.snap.companies[company]["name"]
                    second = re.sub(r"\b(?:its|their)\b", name + "'s", split.group(2), flags=re.I)
                    second = re.sub(r"\bthere\b", "at " + name, second, flags=re.I)
                if second:
                    two = self.answer(second)
                    if not two.declined:
                        return Answer(f"{one.text}\n{two.text}", one.rows + two.rows, one.mentioned)
            finally:
                self._in_part = False
        return self._second_borrows_record(text)

    def _second_borrows_record(self, text: str) -> Answer | None:
        """ "how many contacts at <company> and who's the CEO": the second question names no record and asks about the
        first's ("…at <company>"); "how many overdue tasks, and who's got the most?" asks who has the most of them.
        Both are answered, or None (the message is read as one question)."""
        m = re.match(r"^(.{8,}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*\+\s*|\s+&\s+|\s*;\s*)((?:who|who's|whos|what|"
                     r"what's|whats|when|when's|where)\b[^?]*)\??\s*$", text, re.I | re.S)
        if not m or getattr(self, "_in_part", False) or re.search(r"\b(?:them|him|her|their|his|its|there|they|it|"
                                                                   r"those|these|that|one|ones)\b", m.group(2), re.I):
            return None
        if any(x.kind in ("company", "contact", "deal") for x in lexicon(self.snap).mentions(tokenize(m.group(2)))):
            return None
        most = re.fullmatch(r"\W*(?:who|which rep)(?:'s|’s| has| have| is)?\s+(?:got\s+)?(?:the\s+)?most\W*", m.group(2),
                            re.I)
        self._in_part = True
        try:
            one = self.answer(m.group(1))
            if one.declined:
                return None
            if most:
                counted = re.match(r"^\W*how many\s+(.+?)\s*$", m.group(1), re.I)
                if not counted:
                    return None
                second = f"who has the most {counted.group(1)}"
            elif one.mentioned.get("contact") in self.snap.contacts:  # "who is it and what's the number?": that person's
                second = f"{m.group(2)} of {self.snap.contact_name(one.mentioned['contact'])}"
            elif one.mentioned.get("deal") in self.snap.deals:
                second = f"{m.group(2)} on {self.snap.deals[one.mentioned['deal']]['name']}"
            elif one.mentioned.get("company") in self.snap.companies and not one.mentioned.get("contact"):
                second = f"{m.group(2)} at {self.snap.companies[one.mentioned['company']]['name']}"
            else:
                return None
            two = self.answer(second)
            if two.declined and not two.text.startswith("I couldn't find"):  # "no CFO there" is an answer; "can't" is not
                return None
            return Answer(f"{one.text}\n{two.text}", one.rows + two.rows, one.mentioned)
        finally:
            self._in_part = False

    def _owner_yes_no(self, text: str) -> Answer | None:
        """ "is <company> my account?", "does <rep> own the <company> account?", "is <rep> the owner of <deal>?": yes or
        no, with the owner (an account's owner is not its deals' owner). None when the question is not of this form or
        its record is not one known record."""
        m = OWNER_YES_NO.match(text)
        if not m:
            return None
        who, thing = m.group("who") or m.group("who2") or m.group("who3"), m.group("thing") or m.group("thing2") or \
            m.group("thing3")
        kind = (m.group("kind") or m.group("kind2") or m.group("kind3") or "").lower()
        if who.lower() in ("my", "mine", "i", "me"):
            uid = self.ctx.user.id
        else:
            users = self._users_named(re.sub(r"['’]s$", "", who))
            if len(users) != 1:
                return None
            uid = users[0].ids[0]
        found = [x for x in lexicon(self.snap).mentions(tokenize(thing)) if x.kind in ("company", "deal") and
                 len(x.ids) == 1]
        deal = next((x.ids[0] for x in found if x.kind == "deal"), None)
        company = next((x.ids[0] for x in found if x.kind == "company"), None)
        if deal is not None and kind not in ("account", "client", "customer"):
            owner, what, mentioned = self.snap.deals[deal].get("owner_id"), f"the owner of {self.snap.deals[deal]['name']}", \
                {"deal": deal, "company": self.snap.deals[deal].get("company_id")}
        elif company is not None and kind not in ("deal", "opp", "opportunity"):
            owner, what, mentioned = self.snap.companies[company].get("owner_id"), \
                f"the account owner of {self.snap.companies[company]['name']}", {"company": company}
        else:
            return None
        return Answer(f"{'Yes' if owner == uid else 'No'}: {what} is {self._user_name(owner)}.", (), mentioned)

    def _tied(self, deals: list[dict], pick: dict, word: str, what: str) -> Answer | None:
        """Several deals share the smallest/largest amount: all of them (CONVENTIONS 2), None when one stands alone."""
        same = sorted((d for d in deals if d["amount"] == pick["amount"]), key=lambda d: d["id"])
        if len(same) < 2:
            return None
        return Answer(f"{len(same)} deals are tied for the {word} ({what}) at {_money(pick['amount'])}:\n" + "\n".join(
            f"- {d['name']}: {d['stage']}, closes {d['close_date']}, owner {self._user_name(d['owner_id'])}" for d in same),
            tuple({"id": d["id"], "name": d["name"]} for d in same))

    def _deals_on_accounts_of(self, low: str) -> Answer | None:
        """ "which of my deals sit on accounts <rep> owns?", "<rep>'s accounts with deals I own": deals by their owner
        and their account's owner, two different people said in one question (one filter each, never merged)."""
        not_mine = re.search(r"\b(?:accounts?|compan(?:y|ies)|customers?|clients?)\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:don'?t|do not)"
                             r"\s+own\b|\b(?:accounts?|compan(?:y|ies)|customers?|clients?)\s+(?:that\s+)?(?:aren'?t|are not|isn'?t|is not)"
                             r"\s+mine\b|\b(?:someone|somebody) else'?s\s+(?:accounts?|compan(?:y|ies)|customers?)\b|\b(?:accounts?|"
                             r"compan(?:y|ies))\s+(?:owned by|that belong to)\s+(?:someone|somebody|others?|other reps?)\b", low)
        if not_mine and re.search(r"\b(?:my|mine|i own)\b", low[:not_mine.start()]):
            # "which of my open deals are at accounts I don't own": mine, on an account someone else owns
            me = self.ctx.user.id
            open_only = bool(re.search(r"\b(?:open|live|active)\b", low))  # "my deals" alone: every one of them
            picked = sorted((d for d in self.snap.deals.values() if d["owner_id"] == me and
                             self.snap.companies.get(d["company_id"], {}).get("owner_id") not in (None, me) and
                             (not open_only or d["stage"] in self.snap.open_stages)),
                            key=lambda d: (str(d["close_date"]), d["id"]))
            head = (f"{len(picked)} deal{'s' if len(picked) != 1 else ''} ({'open, ' if open_only else ''}owned by "
                    f"{self._user_name(me)}, on accounts someone else owns)")
            if not picked:
                return Answer(head + ".", ())
            return Answer(head + ":\n" + "\n".join(
                f"- {d['name']} ({self.snap.companies[d['company_id']]['name']}, account owner "
                f"{self._user_name(self.snap.companies[d['company_id']]['owner_id'])}): {d['stage']}, {_money(d['amount'])}"
                for d in picked), tuple({"id": d["id"], "deal": d["name"]} for d in picked))
        acc = re.search(r"\b(?:accounts?|compan(?:y|ies)|customers?|clients?)\s+(?:that\s+|which\s+)?(?P<a>i|[^\W\d_]+)\s+"
                        r"(?:owns?|looks? after|manages?)\b|\b(?:accounts?|compan(?:y|ies)|customers?|clients?)\s+(?:that\s+are\s+)?"
                        r"(?:owned|managed) by\s+(?P<b>me|[^\W\d_]+)\b|\b(?P<c>my|[^\W\d_]+['’]s)\s+(?:own\s+)?(?:accounts?|"
                        r"compan(?:y|ies)|customers?|clients?)\b", low)
        deal = re.search(r"\b(?P<a>my|[^\W\d_]+['’]s)\s+(?:own\s+)?(?:open\s+)?(?:deals|opps|opportunities)\b|\b(?:deals|opps|"
                         r"opportunities)\s+(?:that\s+|which\s+)?(?P<b>i|[^\W\d_]+)\s+(?:owns?|runs?|run|(?:am|is) running)\b|"
                         r"\b(?:deals|opps|opportunities)\s+(?:that\s+are\s+)?(?:owned|run) by\s+(?P<c>me|[^\W\d_]+)\b", low)
        if not acc or not deal or acc.start() < deal.end() and deal.start() < acc.end():
            return None

        def person(word: str) -> int | None:
            word = re.sub(r"['’]s$", "", word)
            if word in ("i", "me", "my"):
                return self.ctx.user.id
            users = self._users_named(word)
            return users[0].ids[0] if len(users) == 1 else None
        a_owner = person(next(g for g in acc.groups() if g))
        d_owner = person(next(g for g in deal.groups() if g))
        if a_owner is None or d_owner is None or a_owner == d_owner:
            return None
        open_only = not re.search(r"\b(?:all|closed|won|lost|ever)\b", low)
        picked = sorted((d for d in self.snap.deals.values() if d["owner_id"] == d_owner and
                         self.snap.companies.get(d["company_id"], {}).get("owner_id") == a_owner and
                         (not open_only or d["stage"] in self.snap.open_stages)),
                        key=lambda d: (str(d["close_date"]), d["id"]))
        said = (f"{'open, ' if open_only else ''}owned by {self._user_name(d_owner)}, on accounts owned by "
                f"{self._user_name(a_owner)}")
        closed = [d for d in self.snap.deals.values() if open_only and d["owner_id"] == d_owner and
                  self.snap.companies.get(d["company_id"], {}).get("owner_id") == a_owner and
                  d["stage"] not in self.snap.open_stages]

        def line(d: dict) -> str:
            return (f"- {d['name']} ({self.snap.companies[d['company_id']]['name']}): {d['stage']}, {_money(d['amount'])}, "
                    f"closes {d['close_date']}, owner {self._user_name(d['owner_id'])}")
        # the closed ones too, said apart: "my deals" may mean every deal, not only the open ones
        also = f"\nAlso closed ({len(closed)}):\n" + "\n".join(line(d) for d in closed) if closed else ""
        if re.search(r"\b(?:which|what)\s+(?:of\s+)?(?:[^\W\d_]+['’]s\s+|my\s+)?(?:accounts?|compan(?:y|ies)|customers?|"
                     r"clients?)\b", low):  # "which of <rep>'s accounts have deals <rep> owns?": the accounts, with those deals
            firms = {}
            for d in picked:
                firms.setdefault(d["company_id"], []).append(d["name"])
            if not firms:
                return Answer(f"No accounts owned by {self._user_name(a_owner)} have {'open ' if open_only else ''}deals "
                              f"owned by {self._user_name(d_owner)}.", ())
            return Answer(f"{len(firms)} account{'s' if len(firms) != 1 else ''} owned by {self._user_name(a_owner)} with "
                          f"{'open ' if open_only else ''}deals owned by {self._user_name(d_owner)}:\n" +
                          "\n".join(f"- {self.snap.companies[c]['name']}: {', '.join(names)}" for c, names in firms.items()),
                          tuple({"id": c, "name": self.snap.companies[c]["name"]} for c in firms))
        if not picked:
            return Answer(f"0 deals ({said}).{also}", ())
        total = sum(d["amount"] or 0 for d in picked)
        return Answer(f"{len(picked)} deal{'s' if len(picked) != 1 else ''} ({said}) worth {_money(total)}:\n" +
                      "\n".join(line(d) for d in picked) + also,
                      tuple({"id": d["id"], "name": d["name"]} for d in picked + closed))

    def _accounts_by_deals(self, low: str, first) -> Answer | None:
        """Accounts by what their deals are: none at all ('accounts I own with no deals'), or run by someone other
        than the account's owner ('which of <rep>'s accounts have deals run by someone else?')."""
        if not re.search(r"\b(?:accounts?|compan(?:y|ies)|customers?|clients?)\b", low) or first["company"]:
            return None
        none = re.search(r"\b(?:no|without|zero)\s+(?:open\s+)?deals\b|\bnot\s+(?:a single|one|any)\s+(?:open\s+)?deal\b", low)
        other = re.search(r"\bdeals?\b[^?]{0,30}\b(?:someone else|other reps?|another rep|other people|not (?:them|him|her|"
                          r"me))\b", low)
        if not (none or other):
            return None
        owner = self._owner_filter(low, first)
        rows = [c for c in self.snap.companies.values() if owner is None or c["owner_id"] == owner]
        open_only = bool(re.search(r"\bopen\b", low))
        deals_of = {}
        for d in self.snap.deals.values():
            if not open_only or d["stage"] in self.snap.open_stages:
                deals_of.setdefault(d["company_id"], []).append(d)
        if none:
            picked = [c for c in rows if not deals_of.get(c["id"])]
            said = f"with no {'open ' if open_only else ''}deals"
        else:
            picked = [c for c in rows if any(d["owner_id"] != c["owner_id"] for d in deals_of.get(c["id"], []))]
            said = "with deals owned by someone other than the account's owner"
        who = f" owned by {self._user_name(owner)}" if owner is not None else ""
        table = tuple({"id": c["id"], "name": c["name"]} for c in picked)
        if not picked:
            return Answer(f"No accounts{who} {said}.", table)
        return Answer(f"{len(picked)} account{'s' if len(picked) != 1 else ''}{who} {said}:\n" +
                      "\n".join(f"- {c['name']}" for c in picked), table)

    def _kind_most(self, m: re.Match, low: str, first) -> Answer:
        """The activity type logged most (or least), by whom and when the question says."""
        rows = self._activities(re.sub(r"\b(?:type|kind|most|least)\b", " ", low), first, compare=False).rows
        counts: dict = {}
        for r in rows:
            counts[r["type"]] = counts.get(r["type"], 0) + 1
        if not counts:
            return Answer("No activities are logged for that.", ())
        least = m.group(1) == "least"
        order = sorted(counts, key=lambda k: (counts[k] if least else -counts[k], k))
        period = period_of(low, self.ctx.today)[1]
        who = self._owner_filter(low, first)
        by = f" by {self._user_name(who)}" if who is not None else ""
        return Answer(f"{order[0].capitalize()}s were logged {'least' if least else 'most'}{by}"
                      f"{' ' + period if period else ''}: {counts[order[0]]} of {len(rows)}.", tuple(rows))

    def _busiest(self, record: str, most: str, low: str) -> Answer:
        """The deal, company or contact with the most (or fewest) activities logged, with the count."""
        col, table = {"deal": ("deal_id", "deals"), "opportunity": ("deal_id", "deals"), "company": ("company_id", "companies"),
                      "account": ("company_id", "companies"), "customer": ("company_id", "companies"),
                      "contact": ("contact_id", "contacts"), "person": ("contact_id", "contacts")}[record]
        kinds = [k for k in ("call", "meeting", "email", "note", "message") if re.search(rf"\b{k}s?\b", low)]
        where, params = [f"{col} IS NOT NULL", "deleted_at IS NULL"], []
        period, label = period_of(low, self.ctx.today)
        if period:
            where.append("occurred_at >= ? AND occurred_at < ?")  # the reader's days, stored in UTC
            params += _utc_days(period)
        if kinds:
            where.append("type IN (SELECT unnest(?::VARCHAR[]))")
            params.append(kinds)
        author = self.ctx.user.id if re.search(r"\b(?:i|my|me)\b", low) else next(
            (u.ids[0] for u in self._users_named(low)), None)
        if author is not None:  # "which account did I log the most activity on": the asker's (or the rep's) own
            where.append("author_id = ?")
            params.append(author)
            label = (label + " " if label else "") + f"by {self._user_name(author)}"
        rows = self.store.query(f"SELECT {col} AS rid, count(*) AS n FROM activities WHERE {' AND '.join(where)} "
                                f"GROUP BY {col}", params)
        live = getattr(self.snap, table)
        rows = [r for r in rows if r["rid"] in live]
        if not rows:
            return Answer(f"No activities are logged{' ' + label if label else ''}.")
        fewest = most in ("fewest", "least")
        rows.sort(key=lambda r: (r["n"] if fewest else -r["n"], r["rid"]))
        name = (lambda i: self.snap.contact_name(i)) if table == "contacts" else (lambda i: live[i]["name"])
        top = [r for r in rows if r["n"] == rows[0]["n"]]
        noun = " and ".join(k + "s" for k in kinds) if kinds else "activities"
        return Answer(f"{' and '.join(name(r['rid']) for r in top)} {'have' if len(top) > 1 else 'has'} the "
                      f"{'fewest' if fewest else 'most'} {noun}{' ' + label if label else ''}: {top[0]['n']}.",
                      tuple({"id": r["rid"], "name": name(r["rid"]), "activities": r["n"]} for r in rows[:5]),
                      {record if record in ("deal", "company", "contact") else
                       {"opportunity": "deal", "account": "company", "customer": "company", "person": "contact"}[record]:
                       top[0]["rid"]})

    def _insight(self, kind: str, low: str, first) -> Answer:
        """Deal health questions, answered by the insights service with reasons."""
        from core.insights import answers as insight_answers
        from core.insights.service import for_store

        insights = for_store(self.store)
        if kind in ("why", "health"):
            deal_id = first["deal"].ids[0]
            text, rows = getattr(insight_answers, kind)(insights, deal_id, self.ctx.today)
            return Answer(text, tuple(rows), {"deal": deal_id})
        if kind == "leads":
            text, rows = insight_answers.leads(insights, self.ctx.today, self._owner_filter(low, first))
            return Answer(text, tuple(rows))
        period, label = period_of(low, self.ctx.today)
        text, rows = insight_answers.at_risk(insights, self.ctx.today, (period, label) if period else None,
                                             self._owner_filter(low, first))
        return Answer(text, tuple(rows))

    # -- recognition helpers ------------------------------------------------------------------------------------
    def _referred(self, low: str) -> dict:
        """'who owns it?', 'what's his email?': the record the conversation is about (session memory)."""
        mem = self.ctx.memory
        if re.search(r"\b(he|she|him|her|his|hers)\b", low) and mem.contact in self.snap.contacts:
            return {"contact": _Ref((mem.contact,), self.snap.contact_name(mem.contact))}
        if re.search(r"\b(it|its|they|them|their|that one|this one|that deal|this deal|that company|"
                     r"that account)\b", low):
            kind = mem.last if mem.last in ("deal", "company", "contact") else None
            rid = getattr(mem, kind) if kind else None
            table = {"deal": self.snap.deals, "company": self.snap.companies, "contact": self.snap.contacts}
            if kind and rid in table[kind]:
                name = self.snap.contact_name(rid) if kind == "contact" else table[kind][rid]["name"]
                return {kind: _Ref((rid,), name)}
        return {}

    def _unknown_name(self, text: str, tokens, mentions) -> str | None:
        """A capitalised name the question asks about that is not in the CRM ("what's open with Zyxcorp?")."""
        covered = {i for m in mentions if not m.fuzzy for i in range(m.start, m.end)}
        for m in re.finditer(r"(?:\b(?:with|at|for|does|of|on|about|from|is|owns|own|the|to|and|what's|whats)\s+)"
                             r"(?:the\s+)?([A-Z][\w&'.-]+(?:\s+[A-Z][\w&'.-]+)*)", text):
            idx = [i for i, t in enumerate(tokens) if m.start(1) <= t.start < m.end(1)]
            words = m.group(1).lower().split()
            loose = [i for i in idx if i not in covered and tokens[i].norm not in COMMON]
            if idx and loose and not all(w.strip(".'") in COMMON for w in words) and \
                    not re.fullmatch(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
                                     r"march|april|may|june|july|august|september|october|november|december|"
                                     r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
                                     r"q[1-4]|i|crm|system|database)\.?", words[0]):
                return m.group(1)
        return None

    def _unknown_person(self, text: str, tokens, mentions) -> str | None:
        """Two capitalised words after for/with/to/about/is that name no record, user or known word ("Jim Halpert")."""
        aliases = lexicon(self.snap).aliases
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for m in re.finditer(r"\b(?:for|with|to|about|is|from|called|named)\s+([A-Z][a-z'’-]+)\s+([A-Z][a-z'’-]+)\b", text):
            idx = [i for i, t in enumerate(tokens) if m.start(1) <= t.start < m.end(2)]
            words = [m.group(1).lower(), m.group(2).lower().rstrip("'’s")]
            if idx and not any(i in covered for i in idx) and not any(w in aliases or w in COMMON or w in QUESTION_WORDS
                                                                      for w in words):
                return f"{m.group(1)} {m.group(2)}"
        return None

    def _unknown_subject(self, low: str, tokens, mentions) -> str | None:
        """A one-word subject of "does/has <word> have|got|own…" that names no user, record or question word, typed in
        lower case ("does kevin have"): a person the CRM does not know, not the whole team."""
        aliases = lexicon(self.snap).aliases
        covered = {i for m in mentions if not m.fuzzy or m.kind == "user" for i in range(m.start, m.end)}
        for m in re.finditer(r"\b(?:does|did|has)\s+([a-z][a-z'’-]+)\s+(?:have|has|got|own|owns|hold|handle|manage|"
                             r"log|logged|close|closed|win|won|lose|lost|done|do|open|opened|sign|signed|make|made|send|sent|book|booked|"
                             r"call|called|email|emailed|meet|met|complete|completed|finish|finished)\b", low):
            word = m.group(1)
            idx = [i for i, t in enumerate(tokens) if t.start == m.start(1)]
            if idx and idx[0] not in covered and word not in aliases and word not in COMMON and \
                    word not in QUESTION_WORDS and word not in INDEFINITE:
                return word.title()
        return None

    def _mixed_name(self, tokens, mentions) -> str | None:
        """A contact's first name followed by another contact's surname, when no contact has both ('dana park')."""
        firsts = {(c["first_name"] or "").lower() for c in self.snap.contacts.values()}
        lasts = {(c["last_name"] or "").lower() for c in self.snap.contacts.values()}
        pairs = {((c["first_name"] or "").lower(), (c["last_name"] or "").lower()) for c in self.snap.contacts.values()}
        whole = [m for m in mentions if m.kind in ("company", "deal", "user") and m.end - m.start > 1]
        for a, b in zip(tokens, tokens[1:]):
            first, last = a.norm.strip("'’"), b.norm.strip("'’").removesuffix("'s")
            if first in firsts and last in lasts and (first, last) not in pairs and \
                    not any(m.start <= tokens.index(a) < m.end for m in whole):
                return f"{a.text} {b.text.rstrip('?.,!')}".title()
        return None

    def _partial_name(self, tokens, mentions) -> str | None:
        """A one-word name (a first name, a company's first word) followed by a word that would continue a name but
        continues none of the records it matches: a surname nobody has, an organisation word none of them carries."""
        from core.understanding.intents import ORG_WORDS
        from core.understanding.typos import is_english

        aliases = lexicon(self.snap).aliases
        for m in mentions:
            if m.kind not in ("contact", "company") or m.end >= len(tokens) or m.fuzzy or \
                    tokens[m.end - 1].text.endswith(("'s", "’s")):
                continue
            if m.kind == "contact" and m.end - m.start != 1:
                continue
            full = {self.snap.companies[i]["name"].lower() for i in m.ids} if m.kind == "company" else set()
            nxt = tokens[m.end]
            w = nxt.norm.strip("'’")
            if m.kind == "company" and m.text.lower() in full and (w not in ORG_WORDS or w in LEGAL_FORMS):
                continue  # the whole name was said ("<name> Logistics" is another company; "<name> Inc" the same)
            if any(o.start == m.end for o in mentions) or not w.isalpha() or len(w) < 3:
                continue
            if m.kind == "contact" and (w in COMMON or w in QUESTION_WORDS):
                continue
            if m.kind == "contact":
                names = {(self.snap.contacts[i]["last_name"] or "").lower() for i in m.ids}
                near = any(n and len(n) >= 3 and w not in (n, n + "s") and (w.startswith(n) or n.startswith(w)) for n in names)
                if w in names or w in aliases or (is_english(w) and not near):  # "<first name> <surname>er" when only "<surname>" exists
                    continue
            else:
                names = {x.lower() for i in m.ids for x in re.findall(r"[\w&'-]+", self.snap.companies[i]["name"])}
                sectors = {x.lower() for c in self.snap.companies.values() for x in re.findall(r"[a-z]+", (
                    c.get("industry") or "").lower())} - {x for p in self.snap.products for x in re.findall(r"[a-z]+", p.lower())}
                if w in names or not (w in ORG_WORDS or w in sectors or (nxt.text[:1].isupper() and w not in COMMON and
                                                           w not in QUESTION_WORDS)):
                    continue
            return f"{' '.join(t.text for t in tokens[m.start:m.end])} {nxt.text}".strip("?.,!")
        return self._unknown_first_part(tokens, mentions, aliases)

    def _unknown_first_part(self, tokens, mentions, aliases) -> str | None:
        """An unknown word just before a one-word contact match, after "for/with/to/about/…" ("email for <unknown
        first name> <a contact's surname>", "phone for <unknown> <a contact's first name> at <company>"): a person
        nobody in the CRM is, not the contact who shares one of the names."""
        for m in mentions:
            if m.kind != "contact" or m.end - m.start != 1 or m.fuzzy or m.start < 1:
                continue
            prev, word = tokens[m.start - 1], tokens[m.start - 1].norm.strip("'’")
            before = tokens[m.start - 2].norm if m.start >= 2 else ""
            if before not in ("for", "with", "to", "about", "of", "from", "called", "named", "is", "on", "at") or \
                    not word.isalpha() or len(word) < 3 or word in COMMON or word in QUESTION_WORDS or \
                    word in aliases or word in INDEFINITE or any(o.start <= m.start - 1 < o.end for o in mentions) or \
                    any(re.fullmatch(rx, word) for rx in FIELD_WORDS.values()):
                continue
            said = tokens[m.start].norm.strip("'’").removesuffix("'s")
            people = [self.snap.contacts[i] for i in m.ids]
            if any(word in ((c["first_name"] or "").lower(), (c["last_name"] or "").lower()) for c in people):
                continue
            if not any(said in ((c["first_name"] or "").lower(), (c["last_name"] or "").lower()) for c in people):
                continue
            return f"{prev.text} {tokens[m.start].text}".strip("?.,!").title()
        return None

    @staticmethod
    def _overlaps(name: str, mentions) -> bool:
        """Whether the unknown name shares a word with a record the question names ("Dana Whitfield" / "Dana")."""
        words = set(name.lower().split())
        return any(words & set(m.text.lower().split()) for m in mentions)

    def _users_named(self, low: str) -> list:
        """Every user the question names ("<rep> or <rep>"), in order."""
        tokens = tokenize(low)
        return [m for m in prefer_users(tokens, lexicon(self.snap).mentions(tokens)) if m.kind == "user" and
                len(m.ids) == 1]

    def _user_name(self, uid) -> str:
        return self.snap.users[uid]["name"] if uid in self.snap.users else "nobody"

    def _rep_lines(self, groups: dict, reps: list) -> str:
        """"- <rep>: N deals, $X" for each rep, in the order given."""
        return "\n".join(f"- {self._user_name(u)}: {len(groups.get(u, []))} deal{'s' if len(groups.get(u, [])) != 1 else ''}"
                         f", {_money(sum(d['amount'] or 0 for d in groups.get(u, [])))}" for u in reps)

    def _owner_filter(self, low: str, first) -> int | None:
        if first["user"]:
            return first["user"].ids[0]
        if re.search(r"\b(my|mine|myself|i've|i’ve|ive)\b|\b(did|do|have|am|should|can|will|could|would)\s+i\b|"
                     r"(?:'|’)ve\s+i\b|\bi\s+(?:got|get)\b|\bi\s+(?:ever\s+|have\s+ever\s+|'ve\s+ever\s+|already\s+|just\s+|still\s+|"
                     r"currently\s+)?(have|own|did|do|won|lost|"
                     r"closed|logged|called|met|need|completed|finished|ticked|sold|booked|signed|emailed|wrote|spoke|talked)\b|\b(assigned to|owned by|for)\s+me\b", low):
            return self.ctx.user.id
        return first["user"].ids[0] if first["user"] else None

    # -- one record's field ---------------------------------------------------------------------------------------
    def _fields_per_person(self, low: str, tokens, mentions, asked: list[str], names) -> Answer | None:
        """Two or more people and a field after each ("<one person>'s email and <another>'s phone"): each field is
        asked of the person named just before it. None unless every person gets a field and every field a person."""
        people = [m for m in mentions if m.kind == "contact" and len(m.ids) == 1]
        if len({m.ids[0] for m in people}) < 2 or not names or any(m.kind == "deal" for m in mentions):
            return None
        fields = [(x.start(), f) for f in asked if f in ("email", "phone", "title")
                  for x in re.finditer(FIELD_WORDS[f], low)]
        pairs = []
        for at, f in sorted(fields):
            before = [m for m in people if tokens[m.end - 1].end <= at]
            if not before:
                return None
            pairs.append((before[-1].ids[0], f))
        if len(pairs) < 2 or {p for p, _ in pairs} != {m.ids[0] for m in people}:
            return None
        parts = [self._contact_field(p, f) for p, f in dict.fromkeys(pairs)]
        return Answer(" ".join(a.text for a in parts), tuple(r for a in parts for r in a.rows), parts[0].mentioned)

    def _field_answer(self, low: str, first, asked: list[str]) -> Answer | None:
        snap = self.snap
        deal, contact, company = first["deal"], first["contact"], first["company"]
        if deal and "contact" in asked and [f for f in asked if f in DEAL_FIELDS and f not in ("contact", "company")]:
            asked = [f for f in asked if f != "contact"]  # "contact and close date?": every field, the contact first
            contact_part = self._field_answer(low, first, ["contact"])
            rest = self._field_answer(low, first, asked)
            if contact_part is not None and rest is not None:
                return Answer(contact_part.text + " " + rest.text, contact_part.rows + rest.rows, contact_part.mentioned)
        if deal and "contact" in asked:
            d = snap.deals[deal.ids[0]]
            cid = d["contact_id"]
            if cid not in snap.contacts:
                return Answer(f"{d['name']} has no contact.", mentioned={"deal": d["id"]})
            other = [f for f in asked if f in ("email", "phone", "title")]
            if other:  # "the email of the <deal> contact"
                return self._contact_field(cid, other[0], extra={"deal": d["id"]})
            c = snap.contacts[cid]
            return Answer(f"The contact on {d['name']} is {snap.contact_name(cid)}"
                          f"{', ' + c['title'] if c['title'] else ''} ({c['email'] or 'no email'}).",
                          ({"id": cid, "name": snap.contact_name(cid), "email": c["email"]},),
                          {"contact": cid, "deal": d["id"]})
        if contact and not deal:
            wanted = [f for f in asked if f in CONTACT_FIELDS and f != "owner"] or \
                (["owner"] if "owner" in asked and not company else [])
            if len(wanted) > 1:  # "email and phone?"
                parts = [self._contact_field(contact.ids[0], f) for f in wanted]
                row: dict = {}
                for part in parts:
                    row.update(part.rows[0])
                return Answer(" ".join(part.text for part in parts), (row,), parts[0].mentioned)
            if wanted:
                return self._contact_field(contact.ids[0], wanted[0], extra={"_said": low})
        if company and not deal and not contact and "contact" in asked and len(company.ids) == 1 and \
                re.search(r"\b(?:who|whom)\b", low):
            # "who should the team call at <company>, and what's the number?": the person on its open deals
            open_deals = [d for d in snap.deals.values() if d["company_id"] == company.ids[0] and
                          d["stage"] in snap.open_stages and d["contact_id"] in snap.contacts]
            people = sorted({d["contact_id"] for d in open_deals},
                            key=lambda c: (-sum(d["contact_id"] == c for d in open_deals), c))
            if len(people) == 1 or (people and sum(d["contact_id"] == people[0] for d in open_deals) >
                                    sum(d["contact_id"] == people[1] for d in open_deals)):
                cid = people[0]
                c = snap.contacts[cid]
                fields = [f for f in asked if f in ("email", "phone")] or ["email"]
                said = ", ".join(f"{f} {c.get(f) or 'not recorded'}" for f in fields)
                deals_of = [d["name"] for d in open_deals if d["contact_id"] == cid]
                return Answer(f"{snap.contact_name(cid)}{', ' + c['title'] if c['title'] else ''} is the contact on "
                              f"{'; '.join(deals_of)} ({said}).", ({"id": cid, "name": snap.contact_name(cid),
                                                                    **{f: c.get(f) for f in fields}},),
                              {"contact": cid, "company": company.ids[0]})
        role = ROLE.search(low)
        if company and not deal and not contact and role:
            people = [c for c in snap.contacts.values() if c["company_id"] in company.ids and c["title"] and
                      re.search(rf"\b{re.escape(role.group(1))}\b", c["title"].lower())]
            name = snap.companies[company.ids[0]]["name"]
            if not people:
                return Answer(f"I couldn't find a contact with the title {role.group(1).upper() if len(role.group(1)) <= 3 else role.group(1)} at {name}.",
                              (), {"company": company.ids[0]}, declined=True)
            if len(people) == 1:
                f = next((f for f in asked if f in ("email", "phone", "title")), "title")
                return self._contact_field(people[0]["id"], f, extra={"company": company.ids[0]})
        if company and not deal and not contact:
            wanted = [f for f in asked if f in COMPANY_FIELDS]
            if "owner" in wanted and re.search(r"\bdeals?\b", low):
                wanted = []  # "who owns the deals at <company>" lists the deals with their owners
            if wanted:
                c = snap.companies[company.ids[0]]
                row, said = {"id": c["id"]}, []
                for f in wanted:  # "domain and account owner?": each one asked
                    value = self._user_name(c["owner_id"]) if f == "owner" else (c[f] or "not recorded")
                    label = {"owner": "account owner", "domain": "domain", "industry": "industry"}[f]
                    row[f] = value
                    said.append(f"the {label} of {c['name']} is {value}")
                text = "; ".join(said)
                return Answer(text[0].upper() + text[1:] + ".", (row,), {"company": c["id"]})
        if deal:
            wanted = [f for f in asked if f in DEAL_FIELDS]
            if wanted == ["stage"] and re.search(r"\bstatus\b", low) and not re.search(r"\bstage\b", low):
                wanted = ["stage", "amount", "close_date"]  # "status on the <deal>?": where it stands, what, when
            if wanted:
                d = snap.deals[deal.ids[0]]
                said, row = [], {"id": d["id"]}
                for f in wanted:  # "stage and amount?": each one asked
                    value = {"owner": self._user_name(d["owner_id"]), "stage": d["stage"],
                             "close_date": str(d["close_date"] or "not set"), "amount": _money(d["amount"]),
                             "product": d["product"] or "not set",
                             "company": snap.companies.get(d["company_id"], {}).get("name", "no company")}[f]
                    label = {"owner": "owner", "stage": "stage", "close_date": "close date", "amount": "amount",
                             "product": "product", "company": "company"}[f]
                    row[f] = value
                    said.append(f"the {label} of {d['name']} is {value}")
                    c = snap.companies.get(d["company_id"])
                    if f == "owner" and c and re.search(r"\baccount\b", low) and c["owner_id"] != d["owner_id"]:
                        said.append(f"the account owner of {c['name']} is {self._user_name(c['owner_id'])}")
                    elif f == "owner" and c and re.search(r"\baccount (?:owner|manager)\b", low):
                        said.append(f"{c['name']}'s account owner is the same")
                text = "; ".join(said)
                return Answer(text[0].upper() + text[1:] + ".", (row,), {"deal": d["id"]})
        return None

    def _titled(self, low: str, company_ids: list[int], asked: list[str]) -> Answer | None:
        """The contacts at the companies named whose job title the question names ('every CTO at …', 'the buyer at
        …', 'the IT managers at X and Y'), with the field asked for; None when no title of theirs is said."""
        company_id = company_ids[0]
        for i in company_ids:  # "who owns <Name> Funeral Directors?": the company's own name names no title
            low = low.replace(self.snap.companies[i]["name"].lower(), " ")
        people = [c for c in self.snap.contacts.values() if c["company_id"] in company_ids and c.get("title")]
        said = [c for c in people if re.search(rf"\b{re.escape(c['title'].lower())}(?:s|es)?\b", low)]
        if not said:
            return None
        fields = [f for f in asked if f in ("email", "phone")]
        company = " and ".join(self.snap.companies[i]["name"] for i in company_ids)
        titles = sorted({c["title"] for c in said})
        lines = [f"- {self.snap.contact_name(c['id'])}, {c['title']}" + (
            f" at {self.snap.companies[c['company_id']]['name']}" if len(company_ids) > 1 else "") + "".join(
            f", {f} {c.get(f) or 'not recorded'}" for f in fields) for c in said]
        rows = tuple({"id": c["id"], "name": self.snap.contact_name(c["id"]), "title": c["title"],
                      **{f: c.get(f) for f in fields}} for c in said)
        return Answer(f"{' / '.join(titles)} at {company} ({len(said)}):\n" + "\n".join(lines), rows,
                      {"company": company_id, **({"contact": said[0]["id"]} if len(said) == 1 else {})})

    def _contact_card(self, cid: int) -> Answer:
        c = self.snap.contacts[cid]
        name = self.snap.contact_name(cid)
        company = self.snap.companies.get(c["company_id"], {}).get("name", "no company")
        row = {"id": cid, "name": name, "title": c["title"], "company": company, "email": c["email"],
               "phone": c["phone"], "lifecycle_stage": c["lifecycle_stage"], "owner": self._user_name(c["owner_id"])}
        return Answer(f"{name} — {c['title'] or 'no title'} at {company}\n- email: {c['email'] or '—'}\n"
                      f"- phone: {c['phone'] or '—'}\n- lifecycle: {c['lifecycle_stage'] or '—'}\n"
                      f"- owner: {row['owner']}", (row,), {"contact": cid})

    def _contact_field(self, cid: int, f: str, extra: dict | None = None) -> Answer:
        c = self.snap.contacts[cid]
        name = self.snap.contact_name(cid)
        if f == "company":
            value = self.snap.companies.get(c["company_id"], {}).get("name", "no company")
            text = f"{name} is at {value}."
        elif f == "owner":
            text = f"{name}'s owner is {self._user_name(c['owner_id'])}."
            value = text
        else:
            col = {"lifecycle": "lifecycle_stage"}.get(f, f)
            value = c[col] or "not recorded"
            text = f"{name}'s {f} is {value}."
            asked = re.search(r"\b(lead|prospect|opportunity|customer|churned)\b", (extra or {}).get("_said", ""))
            if f == "lifecycle" and asked:  # "is <person> marked as a customer?": yes or no, and what it is
                text = f"{'Yes' if asked.group(1) == value else 'No'}: {name}'s lifecycle stage is {value}."
        return Answer(text, ({"id": cid, "name": name, f: value},),
                      {"contact": cid, **{k: v for k, v in (extra or {}).items() if not k.startswith("_")}})

    # -- lists and aggregates -------------------------------------------------------------------------------------
    def _last_touch(self, first, low: str = "") -> Answer:
        """The latest activity with a contact, a company or on a deal; of one kind when asked ('last note on …'), and
        by the asker when they say 'I' ('when did I last talk to …')."""
        contact, company, deal = first["contact"], first["company"], first.get("deal")
        if deal and not contact:
            col, rid, who, mentioned = "deal_id", deal.ids[0], self.snap.deals[deal.ids[0]]["name"], {"deal": deal.ids[0]}
        elif contact:
            col, rid = "contact_id", contact.ids[0]
            who, mentioned = self.snap.contact_name(rid), {"contact": rid}
        else:
            col, rid = "company_id", company.ids[0]
            who, mentioned = self.snap.companies[rid]["name"], {"company": rid}
        where, params = [f"{col} = ?", "deleted_at IS NULL"], [rid]
        kinds = [k for k in ("call", "meeting", "email", "note", "message") if re.search(rf"\b{k}s?\b", low)]
        if kinds:
            where.append("type IN (SELECT unnest(?::VARCHAR[]))")
            params.append(kinds)
        mine = re.search(r"\b(?:did|have|had)\s+i\b|\bi\s+(?:last|spoke|talked|called|met|emailed|logged)\b|\bmy\s+last\b", low)
        rep = first.get("user")
        if mine:
            where.append("author_id = ?")
            params.append(self.ctx.user.id)
        elif rep is not None and len(rep.ids) == 1:  # "the last meeting <rep> had with anyone at <company>": theirs
            where.append("author_id = ?")
            params.append(rep.ids[0])
        earliest = bool(re.search(r"\b(?:first|earliest|oldest)\b", low)) and not re.search(r"\b(?:last|latest|most recent)",
                                                                                            low)
        row = self.store.one("SELECT type, subject, body, occurred_at, author_id, contact_id, deal_id FROM activities WHERE "
                             + " AND ".join(where) + f" ORDER BY occurred_at {'ASC' if earliest else 'DESC'}, id "
                             f"{'ASC' if earliest else 'DESC'} LIMIT 1", params)
        same = self.store.query("SELECT type, subject FROM activities WHERE " + " AND ".join(where) +
                                " AND occurred_at = ? ORDER BY id", params + [row["occurred_at"]]) if row else []
        what = "/".join(kinds) if kinds else "activity"
        by = " by you" if mine else f" by {self._user_name(rep.ids[0])}" if rep is not None and len(rep.ids) == 1 else ""
        if not row:
            return Answer(f"No {what} recorded{by} with {who}.", (), mentioned)
        days = (self.ctx.today - local_time(row["occurred_at"]).date()).days
        body = f": {row['body']}" if kinds == ["note"] and row.get("body") else ""
        extra = []  # who it was with and which deal it was about, when the question named something wider
        if col == "company_id" and row.get("contact_id") in self.snap.contacts:
            extra.append(f"with {self.snap.contact_name(row['contact_id'])}")
        if col != "deal_id" and row.get("deal_id") in self.snap.deals:
            extra.append(f"on {self.snap.deals[row['deal_id']]['name']}")
        about = f" ({', '.join(extra)})" if extra else ""
        also = [r for r in same if (r["type"], r["subject"]) != (row["type"], row["subject"])]
        tied = ("; at the same time: " + "; ".join(f"{r['type']} “{r['subject']}”" for r in also)) if also else ""
        return Answer(f"{'First' if earliest else 'Last'} {'touch' if not kinds else what}{by} "
                      f"{'on' if col == 'deal_id' else 'with'} {who}: {row['type']} "
                      f"“{row['subject']}” on {local_time(row['occurred_at']):%Y-%m-%d}{about} ({days} days ago), by "
                      f"{self._user_name(row['author_id'])}{body}{tied}.", (row,), mentioned)

    def _tasks(self, low: str, first) -> Answer:
        snap, today = self.snap, self.ctx.today
        # "tasks on deals that are already closed": the deal is closed, not the task
        on_closed = re.search(r"\bdeals?\b[^?.]{0,30}\b(?:closed|won|lost|dead)\b", low)
        both = re.search(r"\b(done|completed|finished|closed(?: out)?)\b.{0,40}\b(vs\.?|versus|and|or|compared)\b.{0,30}"
                         r"\b(open|outstanding|still to do|left)\b|\b(open|outstanding)\b.{0,40}\b(vs\.?|versus|and|or|"
                         r"compared)\b.{0,30}\b(done|completed|finished|closed)\b", low)
        if both and not on_closed:  # "how many tasks have I closed out vs how many are still open"
            counts = {st: self._tasks(re.sub(r"\b(done|completed|finished|closed(?: out)?|open|outstanding)\b", " ", low)
                                      + (" completed" if st == "done" else ""), first).rows for st in ("done", "open")}
            return Answer(f"{len(counts['done'])} task{'s' if len(counts['done']) != 1 else ''} done and "
                          f"{len(counts['open'])} still open" + (f" ({self._user_name(self._owner_filter(low, first))})"
                                                                 if self._owner_filter(low, first) is not None else "")
                          + ".", counts["done"] + counts["open"])
        done = bool(re.search(r"\b(done|complete|completed|finish|finished|closed|ticked off|checked off|close[sd]? out)\b",
                              low)) and \
            not on_closed and not re.search(r"(?:\bnot|n't|\bnever|\byet to be|\bstill to be)\s+(?:\w+\s+)?(?:done|complete|completed|"
                                            r"finished|closed|ticked off|checked off)\b|\bnot yet\b", low)
        # "still aren't done", "not finished": open tasks
        tasks = [t for t in snap.tasks.values() if t["status"] == ("done" if done else "open")]
        scope = ["completed" if done else "open"]
        def head(title: str | None) -> str:  # "Send pricing (<deal>)": what the task is, without its record
            return re.sub(r"\s*\([^()]*\)\s*$", "", title or "").casefold().strip()
        named = {head(t["title"]) for t in tasks if len(head(t["title"])) > 4 and
                 re.search(rf"\b{re.escape(head(t['title']))}\b", low)}
        if named:  # "when is my send contract task for <company> due?": the tasks with that title
            tasks = [t for t in tasks if head(t["title"]) in named]
            scope.append("titled " + " or ".join(f"“{n}”" for n in sorted(named)))
        if on_closed:
            closed = {snap.stages[-2], snap.stages[-1]} if len(snap.stages) >= 2 else set()
            tasks = [t for t in tasks if snap.deals.get(t["deal_id"], {}).get("stage") in closed]
            scope.append("on closed deals")
        on_open = re.search(r"\bdeals?\b[^?.]{0,30}\b(?:still open|open|active|live)\b|\b(?:open|active|live) deals?\b", low)
        if on_open and not on_closed:  # "overdue tasks on deals that are still open": the deal is open
            closed = set(snap.stages[-2:]) if len(snap.stages) >= 2 else set()
            tasks = [t for t in tasks if t["deal_id"] in snap.deals and snap.deals[t["deal_id"]]["stage"] not in closed]
            scope.append("on open deals")
        if first["stage"] and re.search(r"\b(?:deals?|opportunit(?:y|ies)|opps?)\b", low) and not on_closed:
            stage = first["stage"].ids[0]  # "tasks attached to Proposal-stage deals": the deal's stage
            tasks = [t for t in tasks if snap.deals.get(t["deal_id"], {}).get("stage") == stage]
            scope.append(f"on deals in {stage}")
        owner = self._owner_filter(low, first) if not PER_REP.search(low) else None
        if owner is not None:
            tasks = [t for t in tasks if t["owner_id"] == owner]
            scope.append(f"of {self._user_name(owner)}")
        for kind, col in (("company", "company_id"), ("contact", "contact_id"), ("deal", "deal_id")):
            if first[kind]:  # "anything overdue at <company> or <company>?": each one named
                named = [m for m in getattr(self, "_mentions", []) if m.kind == kind] or [first[kind]]
                ids = {i for m in named for i in m.ids}
                tasks = [t for t in tasks if t[col] in ids]
                scope.append("for " + " or ".join(m.text for m in named))
        word = re.search(r"\b([a-z]{4,})\s+(?:task|todo|to-do|reminder)\b", low)
        if word and any(first[k] for k in ("company", "contact", "deal")) and word.group(1) not in QUESTION_WORDS:
            worded = [t for t in tasks if re.search(rf"\b{word.group(1)}\b", head(t["title"]))]
            if worded:  # "when is the <company> contract task due": its task about a contract
                tasks = worded
                scope.append(f"about “{word.group(1)}”")
        late_by = re.search(r"\b(?:overdue|late|past due)\s+(?:by|for)\s+(?:more than\s+|over\s+|at least\s+)?(\d+|a|an|one|"
                            r"two|three|four|five|six|seven|ten)\s+(day|week|month)s?\b", low)
        if (re.search(r"\b(overdue|late|past due|behind)\b|\bpast (?:their|its|the) due dates?\b|\bdue dates? (?:has |have )?"
                      r"(?:passed|gone by)\b|\b(?:were|was) due\b.*\bstill\b", low) and
                not re.search(r"\bnot (?:just|only)\s+(?:the\s+)?(?:overdue|late)\b", low) and
                not NOT_OVERDUE.search(low)):  # "all of them, not just overdue"; "…, not counting the overdue stuff"
            tasks = [t for t in tasks if t["due_date"] and t["due_date"] < today]
            scope.append("overdue")
            period, label = period_of(low, today)
            since_month = re.search(r"\bsince\s+(?:the\s+)?(?:(?:start|beginning)\s+of\s+)?(" + "|".join(MONTHS) +
                                    r")\b(?!\.?\s*\d)", low)
            if since_month:  # "overdue since October": they fell due in October
                start = nearest(MONTHS[since_month.group(1)], 1, today)
                start = start if start <= today else start.replace(year=start.year - 1)
                period, label = _month(start), f"in {start:%B %Y}"
            if late_by:  # "overdue for more than two weeks": due before today minus that
                n = 1 if late_by.group(1) in ("a", "an", "one") else _count(late_by.group(1))
                edge = today - dt.timedelta(days=n * {"day": 1, "week": 7, "month": 30}[late_by.group(2)])
                tasks = [t for t in tasks if t["due_date"] < edge]
                scope.append(f"due before {edge}")
            elif period and period[0] < today:  # "overdue since October": due in October and still open
                tasks = [t for t in tasks if period[0] <= t["due_date"] <= period[1]]
                scope.append(f"due {label}")
        elif done and period_of(low, today)[0]:  # "tasks I completed in October": when they were completed
            period, label = period_of(low, today)
            tasks = [t for t in tasks if t.get("completed_at") and
                     period[0] <= local_time(t["completed_at"]).date() <= period[1]]  # stored UTC; days are local
            scope.append(f"completed {label}")
        else:
            period, label = period_of(low, today)
            if period:
                tasks = [t for t in tasks if t["due_date"] and period[0] <= t["due_date"] <= period[1]]
                scope.append(f"due {label}")
            if NOT_OVERDUE.search(low):  # "anything due…? not counting the overdue stuff": those left out
                tasks = [t for t in tasks if not (t["due_date"] and t["due_date"] < today)]
                scope.append("not overdue")
        if len(tasks) > 1:  # "my <person> contract terms task": the one whose title has the words said
            names = {w for m in getattr(self, "_mentions", []) if m.kind in ("company", "contact", "deal")
                     for w in re.findall(r"[a-z]+", m.text.lower())}
            said = {w for w in re.findall(r"[a-z]+", low) if len(w) >= 4} - QUESTION_WORDS - COMMON - names - \
                {"task", "tasks", "todo", "todos", "reminder", "reminders", "due", "when"}
            overlap = {t["id"]: len(said & set(re.findall(r"[a-z]+", (t["title"] or "").lower()))) for t in tasks}
            best = max(overlap.values(), default=0)
            if best:
                tasks = [t for t in tasks if overlap[t["id"]] == best]
                scope.append("titled as said")
        tasks.sort(key=lambda t: (t["due_date"] or dt.date.max, t["id"]))
        rows = tuple({"id": t["id"], "task": t["title"], "due": t["due_date"], "owner": self._user_name(t["owner_id"])}
                     for t in tasks)
        head = f"{len(rows)} task{'s' if len(rows) != 1 else ''} ({', '.join(scope)})"
        if rows and (PER_REP.search(low) or re.search(r"\b(?:who|which (?:rep|salesperson|person|one of us|of us))\b.{0,25}"
                                                       r"\b(most|fewest|least|more|fewer)\b", low)) and owner is None:
            # "who has the most overdue tasks?", "how many open tasks does each of us have"
            counts: dict = {}
            for t in tasks:
                counts[t["owner_id"]] = counts.get(t["owner_id"], 0) + 1
            fewest = bool(re.search(r"\b(fewest|least|fewer)\b", low))
            reps = [u for u in snap.users if snap.users[u].get("role", "rep") == "rep"] or list(counts)
            order = sorted(reps, key=lambda u: ((counts.get(u, 0) if fewest else -counts.get(u, 0)), self._user_name(u)))
            lines = "\n".join(f"- {self._user_name(u)}: {counts.get(u, 0)}" for u in order)
            if not re.search(r"\b(most|fewest|least|more|fewer)\b", low):
                return Answer(f"Tasks ({', '.join(scope)}) by owner:\n{lines}", rows)
            return Answer(f"{self._user_name(order[0])} has the {'fewest' if fewest else 'most'} "
                          f"({', '.join(scope)} tasks):\n{lines}", rows)
        if rows and re.search(r"\b(oldest|longest|sitting longest|most overdue|been waiting longest|earliest)\b", low):
            first_due = rows[0]  # sorted by due date: the one waiting longest, with any due the same day
            tied = [r for r in rows if r["due"] == first_due["due"]]
            if len(tied) > 1:
                return Answer(f"{head}; {len(tied)} have waited longest (due {first_due['due'] or 'no date'}):\n" +
                              "\n".join(f"- {r['task']} ({r['owner']})" for r in tied), tuple(tied), {})
            return Answer(f"{head}; the one waiting longest is {first_due['task']} (due {first_due['due'] or 'no date'}, "
                          f"{first_due['owner']}).", rows, {"task": first_due["id"]})
        upcoming = [r for r in rows if r["due"] and r["due"] >= today]
        if rows and re.search(r"\bnext (?:one )?(?:due|up)\b|\bnext (?:one|task)\b|\bwhat'?s next\b", low):
            if not upcoming:  # "how many open tasks do I have, and what's the next one due?"
                return Answer(f"{head}; none is due from today on.", rows)
            nxt = upcoming[0]
            return Answer(f"{head}; the next one due is {nxt['task']} (due {nxt['due']}, {nxt['owner']}).", rows,
                          {"task": nxt["id"]})
        if re.search(r"\bhow many\b|\b(?:total\s+)?count of\b|\bnumber of\b", low) or not rows:
            return Answer(head + ".", rows)
        lines = [f"- {r['task']} (due {r['due'] or 'no date'}, {r['owner']})" for r in rows[:LIST_LIMIT]]
        more = f" — showing {LIST_LIMIT} of {len(rows)}" if len(rows) > LIST_LIMIT else ""
        mentioned = {"task": rows[0]["id"]} if len(rows) == 1 else {}
        return Answer(head + more + ":\n" + "\n".join(lines), rows, mentioned)

    def _activities(self, low: str, first, compare: bool = True) -> Answer:
        today = self.ctx.today
        periods = self._two_periods(low) if compare else None
        if periods:  # "did I log more this week than last week?"
            parts = [(said, self._activities(alone, first, compare=False).rows) for said, alone in periods]
            (a, ra), (b, rb) = parts
            lead = "The same number" if len(ra) == len(rb) else f"More {a}" if len(ra) > len(rb) else f"More {b}"
            who = self._owner_filter(low, first)
            by = f" by {self._user_name(who)}" if who is not None and not re.search(r"\bwe\b", low) else ""
            kinds = [t for t in ACTIVITY_TYPES if re.search(rf"\b{t}s?\b", low)]
            noun = (kinds[0] + ("s" if len(ra) != 1 else "")) if len(kinds) == 1 else \
                f"activit{'ies' if len(ra) != 1 else 'y'}"  # "more calls in October or September?": calls
            return Answer(f"{lead}: {len(ra)} {noun}{by} {a}, {len(rb)} {b}.", tuple(ra) + tuple(rb))
        reps = list(dict.fromkeys(m.ids[0] for m in getattr(self, "_mentions", []) if m.kind == "user" and len(m.ids) == 1))
        if len(reps) == 1 and reps[0] != self.ctx.user.id and re.search(r"\b(?:me|i)\b", low) and re.search(
                r"\b(?:me|i)\s+(?:or|vs\.?|versus|and|than)\b|\b(?:or|vs\.?|versus|than|and)\s+(?:me|i)\b|"
                r"\b(?:did|have|had|do)\s+i\b.*\bthan\b", low):
            reps = [self.ctx.user.id] + reps  # "who was busier last week, me or <rep>?": the asker is the other one
        if compare and len(reps) == 2 and re.search(r"\b(more|fewer|less|most|vs\.?|versus|or|compared|than|busier|"
                                                    r"busiest)\b", low):
            # "who logged more activity in October, <rep> or <rep>?": the same count for each of the two
            parts = [(u, self._activities(low, {**first, "user": _Ref((u,), self._user_name(u))}, compare=False).rows)
                     for u in reps]
            (ua, ra), (ub, rb) = parts
            fewer = bool(re.search(r"\b(fewer|less|least)\b", low))
            lead = "They logged the same number" if len(ra) == len(rb) else \
                f"{self._user_name(ua if (len(ra) > len(rb)) != fewer else ub)} logged {'fewer' if fewer else 'more'}"
            said = period_of(low, today)[1] or "in the last 7 days"
            return Answer(f"{lead} {said}:\n- {self._user_name(ua)}: {len(ra)}\n- {self._user_name(ub)}: {len(rb)}",
                          tuple(ra) + tuple(rb))
        two_kinds = [k for k in ("call", "meeting", "email", "note", "message") if re.search(rf"\b{k}s?\b", low)]
        if compare and len(two_kinds) == 2 and re.search(r"\b(more|fewer|less|vs\.?|versus|or|compared|than)\b", low):
            # "did the team log more emails or more calls in October?": each kind counted
            parts = [(k, self._activities(re.sub(rf"\b{other}s?\b", " ", low), first, compare=False).rows)
                     for k, other in ((two_kinds[0], two_kinds[1]), (two_kinds[1], two_kinds[0]))]
            (ka, ra), (kb, rb) = parts
            said = period_of(low, today)[1] or "in the last 7 days"
            lead = "The same number" if len(ra) == len(rb) else f"More {ka}s" if len(ra) > len(rb) else f"More {kb}s"
            return Answer(f"{lead} {said}:\n- {ka}s: {len(ra)}\n- {kb}s: {len(rb)}", tuple(ra) + tuple(rb))
        period, label = period_of(low, today)
        if period is None and any(first[k] for k in ("company", "contact", "deal")):
            period, label = (dt.date(1900, 1, 1), today), "so far"  # about one record: all of its history
        if period and period[0] > today:  # "what did I log on the 1st of next month": nothing is logged ahead
            return _decline(f"That period ({label or period[0]}) has not started yet (today is {today}); activities are "
                            "logged as they happen, so there is nothing to show.")
        period = period or (today - dt.timedelta(days=6), today)
        label = label or "in the last 7 days"
        where, params = ["deleted_at IS NULL", "occurred_at >= ? AND occurred_at < ?"], _utc_days(period)
        author = self._owner_filter(low, first)
        if re.search(r"\bwe\b", low) and not first["user"]:
            author = None
        deals_of = re.search(r"\b(?:my|\w+'s|\w+s')\s+(?:open\s+)?(?:deals|opportunities|opps|accounts)\b|\bon\s+(?:the\s+)?"
                             r"deals\s+(?:i|\w+)\s+owns?\b", low)
        if author is not None and deals_of:  # "what's happened on my deals": their activity, whoever logged it
            column = "company_id" if "accounts" in deals_of.group(0) else "deal_id"
            table = "companies" if column == "company_id" else "deals"
            where.append(f"{column} IN (SELECT id FROM {table} WHERE owner_id = ? AND deleted_at IS NULL)")
            params.append(author)
            label += f" on {self._user_name(author)}'s {table}"
            author = None
        if re.search(r"\b(?:each|every|per|by)\s+(?:rep|reps|person|salesperson|user|owner|one of us|of us|seller)\b", low):
            author = None  # "how many meetings did each rep log": counted per author below
        if author is not None:
            where.append("author_id = ?")
            params.append(author)
        for kind, col in (("company", "company_id"), ("contact", "contact_id"), ("deal", "deal_id")):
            if first[kind]:
                where.append(f"{col} = ?")
                params.append(first[kind].ids[0])
        kinds = [k for k in ("call", "meeting", "email", "note", "message") if re.search(rf"\b{k}s?\b", low)]
        if kinds:
            where.append("type IN (SELECT unnest(?::VARCHAR[]))")
            params.append(kinds)
        rows = tuple(self.store.query(
            "SELECT id, type, subject, occurred_at, contact_id, company_id, deal_id, author_id FROM activities WHERE "
            + " AND ".join(where) + " ORDER BY occurred_at DESC, id DESC", params))
        if re.search(r"\b(?:who|which (?:rep|salesperson|seller|person|one of us|of us))\b.{0,30}\b(most|more|fewest|least)"
                     r"\b", low) and author is None:
            counts: dict = {}
            for r in rows:
                counts[r["author_id"]] = counts.get(r["author_id"], 0) + 1
            fewest = bool(re.search(r"\b(fewest|least)\b", low))
            reps = [u for u in self.snap.users if self.snap.users[u].get("role", "rep") == "rep"] or list(counts)
            order = sorted(reps, key=lambda u: ((counts.get(u, 0) if fewest else -counts.get(u, 0)), self._user_name(u)))
            lines = "\n".join(f"- {self._user_name(u)}: {counts.get(u, 0)}" for u in order)
            noun = " and ".join(k + "s" for k in kinds) if kinds else "activities"
            return Answer(f"{self._user_name(order[0])} logged the {'fewest' if fewest else 'most'} {noun} "
                          f"{label}: {counts.get(order[0], 0)}\n{lines}", rows)
        kind = "/".join(kinds) if kinds else "activit"
        if re.search(r"\b(?:each|every|per|by)\s+(?:rep|reps|person|salesperson|user|owner|one of us|of us|seller)\b", low):
            counts = {}
            for r in rows:
                counts[r["author_id"]] = counts.get(r["author_id"], 0) + 1
            reps = [u for u in self.snap.users if self.snap.users[u].get("role", "rep") == "rep"] or list(counts)
            reps += [u for u in counts if u not in reps]
            lines = "\n".join(f"- {self._user_name(u)}: {counts.get(u, 0)}" for u in
                              sorted(reps, key=lambda u: (-counts.get(u, 0), self._user_name(u))))
            said = "activities" if not kinds else " and ".join(k + "s" for k in kinds)
            return Answer(f"{said[0].upper() + said[1:]} logged {label}, by rep:\n{lines}", rows)
        if rows and re.search(r"^\W*(?:the\s+|what(?:'s| is| was)\s+(?:the\s+)?|show\s+(?:me\s+)?(?:the\s+)?)?"
                              r"(?:latest|last|most recent|newest)\s+(?:activity|thing|call|meeting|email|note|message|entry)\b",
                              low):  # "latest activity logged by <rep>": that one
            r = rows[0]
            deal = self.snap.deals.get(r["deal_id"], {}).get("name")
            about = self.snap.contact_name(r["contact_id"]) if r["contact_id"] in self.snap.contacts else ""
            return Answer(f"Latest{' ' + kinds[0] if len(kinds) == 1 else ''} activity"
                          f"{' by ' + self._user_name(r['author_id'])}: {local_time(r['occurred_at']):%Y-%m-%d} {r['type']} "
                          f"“{r['subject'] or ''}”" + (f" with {about}" if about else "") + (f" ({deal})" if deal else "")
                          + ".", (r,))
        who = f" by {self._user_name(author)}" if author is not None else ""
        noun = (kinds[0] + ("s" if len(rows) != 1 else "")) if len(kinds) == 1 else \
            f"activit{'ies' if len(rows) != 1 else 'y'}"
        head = f"{len(rows)} {noun}{who} {label}"
        record = next(((k, first[k]) for k in ("deal", "contact", "company") if first[k]), None)
        if not rows and record and period[0] > dt.date(1900, 1, 1):  # "any activity on <deal> in November?": no, and the last
            col = {"deal": "deal_id", "contact": "contact_id", "company": "company_id"}[record[0]]
            last = self.store.one(f"SELECT type, subject, occurred_at FROM activities WHERE deleted_at IS NULL AND {col} = ? "
                                  "AND occurred_at < ? ORDER BY occurred_at DESC LIMIT 1",
                                  [record[1].ids[0], local_midnight(period[0])])
            if last:
                return Answer(f"No activity {label}; the last one before was on {local_time(last['occurred_at']):%Y-%m-%d} "
                              f"({last['type']} “{last['subject'] or ''}”).", (last,))
        if author is None and rows and re.search(r"\bby\s+whom?\b|\bwho\s+(?:logged|did|made|entered|added)\s+"
                                                  r"(?:them|those|these|it|each)\b", low):
            counts = {}  # "how many activities on <account> last week, and by who?": the count, then per author
            for r in rows:
                counts[r["author_id"]] = counts.get(r["author_id"], 0) + 1
            lines = "\n".join(f"- {self._user_name(u)}: {n}" for u, n in
                              sorted(counts.items(), key=lambda kv: (-kv[1], self._user_name(kv[0]))))
            return Answer(f"{head}, by who logged them:\n{lines}", rows)
        if re.search(r"\bhow many\b", low) or not rows:
            return Answer(head + ".", rows)
        lines = []
        for r in rows[:LIST_LIMIT]:
            about = self.snap.contact_name(r["contact_id"]) if r["contact_id"] in self.snap.contacts else \
                self.snap.companies.get(r["company_id"], {}).get("name", "")
            deal = self.snap.deals.get(r["deal_id"], {}).get("name")
            lines.append(f"- {local_time(r['occurred_at']):%Y-%m-%d} {r['type']} “{r['subject'] or ''}”" + (f" with {about}" if about
                                                                                                 else "")
                         + (f" ({deal})" if deal else ""))
        more = f" — showing {LIST_LIMIT} of {len(rows)}" if len(rows) > LIST_LIMIT else ""
        return Answer(head + more + ":\n" + "\n".join(lines), rows)

    def _people_or_accounts(self, low: str, first) -> Answer | None:
        """'how many contacts do I own?', 'which contacts are still leads?', 'how many companies are in the CRM?',
        'which companies does <rep> own?': contacts or companies (not deals) filtered by owner and lifecycle."""
        from core.operations import LIFECYCLE_STAGES

        many = re.search(r"\b(?:compan(?:y|ies)|accounts?|customers?|clients?)\b.{0,20}\b(?:with|have|has|having)\s+(?:(more than|"
                         r"over|at least|fewer than|less than|under|exactly)\s+)?(\d+|one|two|three|four|five|six|seven|eight|"
                         r"ten)\s*(\+|or more|or fewer|or less|plus)?\s+(?:(open)\s+)?(deals|opportunities|opps|contacts|people)\b", low)
        if many and not (first["company"] or first["contact"] or first["deal"]):
            return self._companies_by_count(many)
        if first["company"] or first["contact"] or first["deal"] or re.search(r"\b(deals?|opportunit\w*|opps?|"
                                                                             r"pipeline|tasks?)\b", low):
            return None
        most = re.search(r"\b(?:top\s+(\d+|three|five|ten|two|four)\s+|(?:which|what)\s+)(?:accounts|companies|account|company|"
                         r"customers|clients)\b.{0,30}\b(?:by|with|has|have)\s+(?:the\s+)?(?:most\s+|number of\s+|"
                         r"count of\s+)+(contacts|people)\b", low)
        if most:  # "top 3 accounts by number of contacts"
            n = _count(most.group(1)) if most.group(1) else 1
            counts: dict = {}
            for c in self.snap.contacts.values():
                counts[c["company_id"]] = counts.get(c["company_id"], 0) + 1
            order = sorted((i for i in counts if i in self.snap.companies),
                           key=lambda i: (-counts[i], self.snap.companies[i]["name"]))
            edge = counts[order[n - 1]] if len(order) >= n else 0
            shown = [i for i in order if counts[i] >= edge][:max(n, 1) + 3]  # ties at the edge are shown, not cut
            return Answer(f"Companies by number of contacts (top {n}):\n" + "\n".join(
                f"- {self.snap.companies[i]['name']}: {counts[i]}" for i in shown),
                tuple({"id": i, "name": self.snap.companies[i]["name"], "contacts": counts[i]} for i in shown))
        kind = "contacts" if re.search(r"\b(contacts|people|persons|leads|prospects|customers)\b", low) else \
            "companies" if re.search(r"\b(companies|accounts|clients|organi[sz]ations|firms)\b", low) else None
        if kind is None or not (re.search(r"^\W*(how many|which|what|who|list|show|count|give me|number of|do we have|"
                                          r"do i have|are there|any)\b|\b(count|number) of\b|^\W*(?:my|our|all(?: the)?)\s+"
                                          r"(?:contacts|accounts|companies|clients|customers|leads)\b", low) or
                                (_untouched(low) and re.match(r"^\W*(?:my\s+|our\s+|all\s+)?(contacts|people|leads|"
                                                              r"companies|accounts|clients)\b", low))):
            return None
        owner = self._owner_filter(low, first) if (re.search(r"\b(own|owns|owned|my|mine|i have|assigned)\b", low) or
                                                   first["user"]) and not PER_REP.search(low) else None
        rows = list((self.snap.contacts if kind == "contacts" else self.snap.companies).values())
        scope = []
        if owner is not None:
            rows = [r for r in rows if r["owner_id"] == owner]
            scope.append(f"owned by {self._user_name(owner)}")
        if kind == "contacts" and self._industry_asked(low):  # "contacts at food companies": the company's industry
            industry = self._industry_asked(low)
            rows = [r for r in rows if (self.snap.companies.get(r["company_id"]) or {}).get("industry") == industry]
            scope.append(f"at {industry} companies")
        if kind == "companies" and re.search(r"\b(?:which|what)\s+(?:industry|industries|sector)\b|\bby (?:industry|sector)\b",
                                             low):  # "what industry are most of my accounts in?": counted by industry
            counts: dict = {}
            for r in rows:
                counts[r.get("industry") or "no industry"] = counts.get(r.get("industry") or "no industry", 0) + 1
            order = sorted(counts, key=lambda k: (-counts[k], k))
            top = [k for k in order if counts[k] == counts[order[0]]] if order else []
            head = (f"The most common are {' and '.join(top)} ({counts[top[0]]} each)" if len(top) > 1 else
                    f"Most are in {top[0]} ({counts[top[0]]})") if top else "None"
            if re.search(r"\b(?:most|fewest|least)\b", low) and top:  # "which industry has the most companies?": that one
                return Answer(f"{head}, of {len(rows)} companies" + (f" ({', '.join(scope)})" if scope else "") + ".",
                              tuple({"industry": k, "companies": counts[k]} for k in top))
            return Answer(f"{head}; {len(rows)} companies" + (f" ({', '.join(scope)})" if scope else "") + " by industry:\n"
                          + "\n".join(f"- {k}: {counts[k]}" for k in order),
                          tuple({"industry": k, "companies": counts[k]} for k in order))
        if kind == "contacts":
            stage = next((st for st in LIFECYCLE_STAGES if (re.search(rf"\b{st}s?\b", low) or f"lifecycle_{st}" in low) and not
                          re.search(rf"\bcontacts? (?:at|for|of) \w+ {st}", low)), None)
            if stage and not (stage == "customer" and re.search(r"\bcustomers?\b", low) and not
                              re.search(r"\b(are|as|still|now|lifecycle|stage)\b", low)):
                rows = [r for r in rows if r["lifecycle_stage"] == stage]
                scope.append(f"lifecycle {stage}")
            names = [(r["id"], self.snap.contact_name(r["id"])) for r in rows]
        else:
            words = set(re.findall(r"[a-z]+", low)) - QUESTION_WORDS - COMMON
            industry = [r for r in rows if r.get("industry") and words & set(re.findall(r"[a-z]+", r["industry"].lower()))]
            if industry:  # "list the software companies": by industry
                rows = industry
                scope.append("industry " + ", ".join(sorted({r["industry"] for r in rows})))
            names = [(r["id"], r["name"]) for r in rows]
        if _untouched(low):  # "contacts we've never contacted", "companies with no activity in 30 days"
            col = "contact_id" if kind == "contacts" else "company_id"
            days = _quiet_days(low)
            cutoff = local_midnight(self.ctx.today - dt.timedelta(days=days)) if days else None
            seen = {r[col] for r in self.store.query(
                f"SELECT {col}, max(occurred_at) AS last FROM activities WHERE deleted_at IS NULL AND {col} IS NOT NULL "
                f"GROUP BY {col}") if cutoff is None or r["last"] >= cutoff}
            keep = {i for i, _ in names} - seen
            names = [(i, n) for i, n in names if i in keep]
            scope.append(f"no activity in {days} days" if days else "no activity ever logged")
        ranked = re.search(r"\b(?:who|which\s+(?:rep|salesperson|seller|owner|person|user|one of us))\b.{0,25}\b(most|"
                           r"fewest|least)\b", low)
        if PER_REP.search(low) or ranked:  # "count of contacts owned by each rep", "who owns the most accounts"
            by_id = {r["id"]: r for r in rows}
            counts: dict = {}
            for i, _ in names:
                counts[by_id[i]["owner_id"]] = counts.get(by_id[i]["owner_id"], 0) + 1
            order = sorted(counts, key=lambda u: (-counts[u], self._user_name(u)))
            if ranked and order:
                pick = order[0] if ranked.group(1) == "most" else order[-1]
                tied = [u for u in order if counts[u] == counts[pick]]
                who = " and ".join(self._user_name(u) if u is not None else "no owner" for u in tied)
                return Answer(f"{who} ({counts[pick]} {kind}" + (f", {', '.join(scope)}" if scope else "") + ")" +
                              f" {'own' if len(tied) > 1 else 'owns'} the {ranked.group(1)} {kind}.",
                              tuple({"owner": self._user_name(u), "count": counts[u]} for u in tied))
            return Answer(f"{kind[0].upper() + kind[1:]}" + (f" ({', '.join(scope)})" if scope else "") + ", by owner:\n" +
                          "\n".join(f"- {self._user_name(u) if u is not None else 'no owner'}: {counts[u]}" for u in order),
                          tuple({"owner": self._user_name(u), "count": counts[u]} for u in order))
        label = f"{len(names)} {kind if len(names) != 1 else kind[:-1] if kind == 'contacts' else 'company'}" + \
            (f" ({', '.join(scope)})" if scope else "")
        table = tuple({"id": i, "name": n} for i, n in names)
        if re.search(r"\bwho\s+(?:owns|looks after|manages|has)\s+(?:them|those|these|each)\b|\band\s+their\s+owners?\b|"
                     r"\bwith\s+(?:their\s+)?owners?\b", low) and names:
            # "how many healthcare accounts do we have and who owns them": the count, and each one's owner
            by_id = {r["id"]: r for r in rows}
            return Answer(label + ":\n" + "\n".join(f"- {n}: owner {self._user_name(by_id[i]['owner_id'])}" for i, n in names),
                          table)
        if re.search(r"\bhow many\b|\bcount\b|\bnumber of\b", low):
            return Answer(label + ".", table)
        shown = names[:LIST_LIMIT]
        more = f" — showing {len(shown)} of {len(names)}" if len(names) > len(shown) else ""
        return Answer(f"{label}{more}:\n" + "\n".join(f"- {n}" for _, n in shown), table)

    def _companies_by_count(self, many: re.Match) -> Answer:
        """'which companies have four or more deals?', 'accounts with more than 5 contacts'."""
        word, n, tail, open_only, what = many.groups()
        n = _count(n)
        counts: dict = {}
        if what in ("contacts", "people"):
            for c in self.snap.contacts.values():
                counts[c["company_id"]] = counts.get(c["company_id"], 0) + 1
        else:
            for d in self.snap.deals.values():
                if not open_only or d["stage"] in self.snap.open_stages:
                    counts[d["company_id"]] = counts.get(d["company_id"], 0) + 1
        test = {"more than": lambda c: c > n, "over": lambda c: c > n, "at least": lambda c: c >= n,
                "fewer than": lambda c: c < n, "less than": lambda c: c < n, "under": lambda c: c < n,
                "exactly": lambda c: c == n}.get(word) or \
            ((lambda c: c >= n) if tail in ("+", "or more", "plus") else (lambda c: c <= n) if tail else (lambda c: c == n))
        kept = sorted((i for i in self.snap.companies if test(counts.get(i, 0))),
                      key=lambda i: (-counts.get(i, 0), self.snap.companies[i]["name"]))
        said = f"{word + ' ' if word else ''}{n}{' ' + tail if tail else ''} {'open ' if open_only else ''}{what}"
        rows = tuple({"id": i, "name": self.snap.companies[i]["name"], what: counts.get(i, 0)} for i in kept)
        if not kept:
            return Answer(f"No company has {said}.", rows)
        return Answer(f"{len(kept)} compan{'ies' if len(kept) != 1 else 'y'} with {said}:\n" +
                      "\n".join(f"- {r['name']}: {r[what]}" for r in rows[:LIST_LIMIT]), rows)

    def _contacts_at(self, company_id: int, low: str = "") -> Answer:
        from core.operations import LIFECYCLE_STAGES
        stage = next((st for st in LIFECYCLE_STAGES if re.search(rf"\b(?:marked|as|are|is|still|lifecycle)\s+(?:an?\s+)?"
                                                                  rf"{st}s?\b|\blifecycle_{st}\b|\b(?:at|in)\s+(?:the\s+)?{st}\s+(?:lifecycle\s+)?stage\b", low)), None)
        mine = MY_CONTACTS.search(low)
        if mine and not any(c["owner_id"] == self.ctx.user.id for c in self.snap.contacts.values()
                            if c["company_id"] == company_id):  # "my contacts at <company>" when none there is mine
            owners = sorted({self._user_name(c["owner_id"]) for c in self.snap.contacts.values()
                             if c["company_id"] == company_id and c["owner_id"]})
            return Answer(f"None of your contacts are at {self.snap.companies[company_id]['name']}"
                          + (f"; its contacts are owned by {', '.join(owners)}." if owners else "."), (),
                          {"company": company_id})
        if stage:  # "which <company> contacts are marked customer"
            people = [c for c in self.snap.contacts.values() if c["company_id"] == company_id and
                      c["lifecycle_stage"] == stage and (not mine or c["owner_id"] == self.ctx.user.id)]
            name = self.snap.companies[company_id]["name"]
            rows = tuple({"id": c["id"], "name": self.snap.contact_name(c["id"]), "title": c["title"]} for c in people)
            if not rows:
                return Answer(f"No contacts at {name} are in lifecycle {stage}.", (), {"company": company_id})
            return Answer(f"Contacts at {name} in lifecycle {stage} ({len(rows)}):\n" + "\n".join(
                f"- {r['name']}, {r['title'] or 'no title'}" for r in rows), rows, {"company": company_id})
        return self._contacts_at_all(company_id, low)

    def _contacts_at_all(self, company_id: int, low: str = "") -> Answer:
        mine = MY_CONTACTS.search(low)
        people = [c for c in self.snap.contacts.values() if c["company_id"] == company_id and
                  (not mine or c["owner_id"] == self.ctx.user.id)]
        name_words = set(re.findall(r"[a-z]+", self.snap.companies[company_id]["name"].lower()))
        asked = set(re.findall(r"[a-z]+", low)) - COMMON - QUESTION_WORDS - name_words - {"people", "contacts", "person",
                                                                                          "who"}
        expand = {"cfo": " finance financial", "cto": " technology technical tech it", "ceo": " executive",
                  "coo": " operations", "cio": " it information", "cmo": " marketing", "vp": " vice president"}
        titled = [c for c in people if asked & set(re.findall(r"[a-z]+", (c["title"] or "").lower() + "".join(
            v for k, v in expand.items() if re.search(rf"\b{k}\b", (c["title"] or "").lower()))))]
        if titled and len(titled) < len(people):  # "finance people at <company>": those whose title says so
            people = titled
        name = self.snap.companies[company_id]["name"]
        if _untouched(low):  # "contacts at <company> we've never reached out to"
            days = _quiet_days(low)
            cutoff = local_midnight(self.ctx.today - dt.timedelta(days=days)) if days else dt.datetime.min
            seen = {r["contact_id"] for r in self.store.query(
                "SELECT contact_id FROM activities WHERE deleted_at IS NULL AND contact_id IS NOT NULL AND occurred_at >= ?",
                [cutoff])}
            people = [c for c in people if c["id"] not in seen]
            name += f", no activity {'in ' + str(days) + ' days' if days else 'ever logged'}"
        rows = tuple({"id": c["id"], "name": self.snap.contact_name(c["id"]), "title": c["title"], "email": c["email"],
                      "phone": c["phone"]} for c in people)
        if not rows:
            return Answer(f"No contacts at {name}.", (), {"company": company_id})
        lines = [f"- {r['name']}, {r['title'] or 'no title'} ({r['email'] or 'no email'})" for r in rows]
        return Answer(f"Contacts at {name} ({len(rows)}):\n" + "\n".join(lines), rows,
                      {"company": company_id, **({"contact": rows[0]["id"]} if len(rows) == 1 else {})})

    def _compared(self, low: str, first) -> Answer | None:
        """'is there more money in <stage> or in <stage>?', '<company> vs <company>', '<product> or <product>': the
        same question for each of the two, side by side."""
        if not re.search(r"\b(vs\.?|versus|or|compared (?:to|with)|compare|against|than|ahead of|behind)\b", low) or \
                not re.search(r"\b(more|less|fewer|bigger|larger|higher|lower|vs\.?|versus|compare|compared|against|than|ahead|"
                              r"behind|which (?:has|is|one|of))\b", low):
            return None  # "won or lost" is one list, not a comparison
        periods = self._two_periods(low)
        if periods:  # "did we win more in October than September?": the same question for each period
            parts = []
            for said, alone in periods:
                answer = self._deals(alone, first, compare=False)
                parts.append((said, len(answer.rows), sum(r["amount"] or 0 for r in answer.rows), answer.rows))
            measure, key, line = _measure(low)
            a, b = parts
            lines = "\n".join(f"- {said}: {line(n, t)}" for said, n, t, _ in parts)
            lead = "They are level" if key(a) == key(b) else \
                f"More {measure} {(a if key(a) > key(b) else b)[0]}"
            return Answer(f"{lead}:\n{lines}", tuple(a[3]) + tuple(b[3]))
        for kind in ("stage", "company", "product", "user"):
            pair = [m for m in getattr(self, "_mentions", []) if m.kind == kind and len(m.ids) == 1]
            if kind == "user" and len(pair) == 1 and pair[0].ids[0] != self.ctx.user.id and \
                    re.search(r"\b(me|i|myself|my|mine)\b", low):  # "who's won more this year, me or <rep>?"
                pair = [_Ref((self.ctx.user.id,), "me"), pair[0]]
            if len({m.ids[0] for m in pair}) != 2:
                continue
            parts = []
            for m in pair:
                alone = low
                if kind == "stage":  # "total won vs total lost": each side without the other's words
                    other = next(o for o in pair if o is not m)
                    alone = re.sub(rf"\b{re.escape(other.text.lower())}\b", " ", low)
                    if other.ids[0] == self.snap.stages[-1]:
                        alone = re.sub(r"\b(?:lost|lose|losses|loss)\b", " ", alone)
                    elif len(self.snap.stages) >= 2 and other.ids[0] == self.snap.stages[-2]:
                        alone = re.sub(r"\b(?:won|win|wins)\b", " ", alone)
                answer = self._deals(alone, {**first, kind: m}, compare=False)
                total = sum(r["amount"] or 0 for r in answer.rows)
                parts.append((m, len(answer.rows), total, answer.rows))
            measure, key, line = _measure(low)
            a, b = parts
            name = {"stage": lambda m: m.ids[0], "product": lambda m: m.ids[0],
                    "company": lambda m: self.snap.companies[m.ids[0]]["name"],
                    "user": lambda m: self._user_name(m.ids[0])}[kind]
            lines = "\n".join(f"- {name(m)}: {line(n, t)}" for m, n, t, _ in parts)
            lead = "They are level" if key(a) == key(b) else \
                f"{name(a[0] if key(a) > key(b) else b[0])} has " + \
                {"average": "the higher average", "deals": "more deals"}.get(measure, "more (value)")
            if key(a) != key(b) and re.search(r"\bby how (?:much|many|far)\b|\bdifference\b|\bgap\b|\bhow far (?:ahead|behind)\b",
                                              low):  # "is <rep> ahead of <rep>? by how much": the difference too
                gap = abs(key(a) - key(b))
                lead += f" by {gap:,.0f} deal{'s' if gap != 1 else ''}" if measure == "deals" else \
                    f" by {_money(gap)}"
            return Answer(f"{lead}:\n{lines}", tuple(a[3]) + tuple(b[3]))
        return None

    def _industry_asked(self, low: str) -> str | None:
        """An industry said with 'industry/sector/companies/accounts' ('companies in the software industry')."""
        named = bool(re.search(r"\b(industry|industries|sector|compan(?:y|ies)|accounts?|customers?|clients?|firms?)\b", low))
        for name in sorted({c["industry"] for c in self.snap.companies.values() if c.get("industry")}, key=len, reverse=True):
            if re.search(rf"\b{re.escape(name.lower())}\b", low) and (named or re.search(
                    rf"\b(?:in|within|across)\s+(?:the\s+)?{re.escape(name.lower())}\b(?!\s+\w+\s+deal)", low) or re.search(
                    rf"\b{re.escape(name.lower())}\s+(?:deals?|opps?|opportunit(?:y|ies)|pipeline)\b", low) and not any(
                    re.search(rf"\b{re.escape(name.lower())}\b", p.lower()) for p in self.snap.products)):
                return name  # "companies in the software industry", "average open deal size in manufacturing", "retail deals"
        return None

    def _two_periods(self, low: str) -> list[tuple[str, str]] | None:
        """Two different periods in one comparison ('October than September', 'this quarter vs last quarter'): each
        as it is said and the question with only that period left in it."""
        found = [m for m in _PERIOD_WORD.finditer(low) if m.group(0).strip() != "may" or
                 re.search(r"\b(in|during|than|vs\.?|or|and)\s+$", low[:m.start()])]
        if len(found) != 2:
            return None
        bare = low
        for m in reversed(found):
            bare = bare[:m.start()] + bare[m.end():]
        out = []
        for m in found:
            word = m.group(0).strip()
            said = word if re.match(r"(this|last|next|q[1-4])\b", word) else "in " + word
            out.append((period_of(said, self.ctx.today)[1] or said, f"{bare} {said}"))
        resolved = [period_of(q, self.ctx.today)[0] for _, q in out]
        if None in resolved or resolved[0] == resolved[1]:
            return None
        return out

    def _contact_if_asked(self, deal: dict, low: str) -> str:
        """', contact <name> (<phone>)' when the question asks who to call or for the deal's contact."""
        if not re.search(r"\bcontact\b|\bwho\s+(?:should|do|can|shall)\s+(?:i|we)\s+(?:call|ring|chase|ping|nudge)\b", low):
            return ""
        c = self.snap.contacts.get(deal.get("contact_id"))
        if not c:
            return ", no contact on it"
        return f", contact {self.snap.contact_name(c['id'])}" + (f" ({c['phone']})" if c.get("phone") else "")

    def _by_creation(self, deals: list, rows: tuple, what: str, oldest: bool, mentioned: dict) -> Answer:
        """The deal created first or last (with any created the same day), from its created_at."""
        dated = [d for d in deals if d.get("created_at")]
        if not dated:
            return _decline("The CRM has no creation time for those deals.")
        pick = (min if oldest else max)(dated, key=lambda d: (d["created_at"], d["id"]))
        day = local_time(pick["created_at"]).date()
        same = [d for d in dated if local_time(d["created_at"]).date() == day and d is not pick]
        which = "first" if oldest else "most recently"
        also = f" (also added that day: {', '.join(d['name'] for d in same)})" if same else ""
        return Answer(f"The deal added {which} ({what}) is {pick['name']}: added {day}, {pick['stage']}, "
                      f"{_money(pick['amount'])}, owner {self._user_name(pick['owner_id'])}{also}.",
                      tuple(r for r in rows if r["id"] == pick["id"]), {**mentioned, "deal": pick["id"]})

    def _deals(self, low: str, first, compare: bool = True) -> Answer:
        snap, today = self.snap, self.ctx.today
        compared = self._compared(low, first) if compare else None
        if compared is not None:
            return compared
        stages, won, lost = snap.stages, snap.stages[-2] if len(snap.stages) >= 2 else None, snap.stages[-1]
        deals = list(snap.deals.values())
        scope: list[str] = []
        subject = first["company"] or first["contact"] or first["deal"]
        named_stage = first["stage"].ids[0] if first["stage"] else None
        status = "open"
        won_verb = _stage_verb(won)  # a pipeline whose won stage is "Installed": "what did we install for X?"
        if named_stage in (won, lost) or re.search(r"\b(won|win|wins|booked|closed[- ]won|sold|sign|signed)\b", low) or \
                BOUGHT.search(low) or (
                won_verb and re.search(rf"\b(?:did|have|has)\s+(?:we|i|\w+)\s+{won_verb}\w*\b", low)):
            status = "won" if named_stage != lost and not re.search(r"\blost\b", low) else "lost"
        lost_verb = _stage_verb(lost)  # "Shelved": "how many deals did we shelve?"
        if re.search(r"\b(lost|lose|losing|loss|losses)\b", low) or named_stage == lost or (
                lost_verb and re.search(rf"\b(?:did|have|has|had)\s+(?:we|i|\w+)\s+{lost_verb}\w*\b", low)):
            status = "lost" if not re.search(r"\b(won|win)\b", low) else "closed"
        if re.search(r"\bclosed\b", low) and not re.search(r"\bclosed[- ](won|lost)\b", low) and \
                not re.search(r"\bclos\w* (this|next|in|before|after|by)\b", low):
            status = "closed" if status == "open" else status
        if re.search(r"\b(?:we|i|(?:did|have|has) (?!a\b|an\b|the\b|any\b|no\b|their\b|its\b)\w+)\s+(?:close|closed|sell|"
                     r"sold|book|booked)\b", low) and \
                not re.search(r"\blost\b", low):
            status = "won"
        if (ADDED_LAST.search(low) or ADDED_FIRST.search(low)) and status == "open" and not OPEN_WORDS.search(low) and \
                not named_stage:
            status = "all"  # "the newest deal anyone's added": whatever became of it since
        if ALL_WORDS.search(low) and status in ("open", "closed"):  # "have we ever lost …" stays lost
            status = "all"  # "closed ones too", "including the closed ones"
        elif (subject or re.search(r"\b(average|avg|mean)\b", low)) and status == "open" and not OPEN_WORDS.search(low) \
                and not named_stage:
            status = "all"  # "avg amount for software license deals": every deal of that product, said as "all"
        if status == "won":
            deals = [d for d in deals if d["stage"] == won]
        elif status == "lost":
            deals = [d for d in deals if d["stage"] == lost]
        elif status == "closed":
            deals = [d for d in deals if d["stage"] in (won, lost)]
        elif status == "open":
            deals = [d for d in deals if d["stage"] in snap.open_stages]
        scope.append({"won": "won", "lost": "lost", "closed": "closed", "open": "open", "all": "all"}[status])
        if named_stage and named_stage not in (won, lost):
            said = (list(dict.fromkeys(m.ids[0] for m in getattr(self, "_mentions", []) if m.kind == "stage"
                                       and m.ids[0] not in (won, lost))) if compare else []) or [named_stage]
            deals = [d for d in deals if d["stage"] in said]  # "in Lead or Qualified": either
            scope.append("in " + " or ".join(said))
        rank = re.search(r"\b(?:who|which (?:rep|salesperson|seller|owner|person|one of us|of us))\b.{0,25}\b(most|more|"
                         r"fewest|fewer|least|less|bigg?est|largest|highest|lowest|smallest)\b", low)
        rank = rank if compare and not (first["company"] or first["contact"] or first["deal"]) else None
        owner = self._owner_filter(low, first) if not rank else None  # "<rep> or <rep>, who has more?": both
        owners = [owner] if owner is not None else []
        if owner is not None and compare and not PER_REP.search(low) and re.search(r"\b(?:or|and|&|plus)\b", low):
            named = [m.ids[0] for m in getattr(self, "_mentions", []) if m.kind == "user" and len(m.ids) == 1]
            if re.search(r"\b(?:me|mine|my|i)\b", low):
                named = [self.ctx.user.id] + named
            owners = list(dict.fromkeys(named)) or owners  # "belongs to me or <rep>": either owner
        if owners:
            deals = [d for d in deals if d["owner_id"] in owners]
            scope.append("owned by " + " or ".join(self._user_name(u) for u in owners))
        industry = self._industry_asked(low)
        if industry and first["product"] and set(first["product"].text.lower().split()) <= set(industry.lower().split()):
            first = {**first, "product": None}  # "pipeline in software companies": the industry's word, not a product
        if first["product"]:
            deals = [d for d in deals if d["product"] == first["product"].ids[0]]
            scope.append(f"product {first['product'].ids[0]}")
        mentioned: dict = {}
        if first["company"]:
            deals = [d for d in deals if d["company_id"] in first["company"].ids]
            scope.append(f"at {snap.companies[first['company'].ids[0]]['name']}")
            mentioned["company"] = first["company"].ids[0]
        if industry and not first["company"]:  # "avg value of deals with companies in the software industry"
            deals = [d for d in deals if (snap.companies.get(d["company_id"]) or {}).get("industry") == industry]
            scope.append(f"{industry} companies")
        if first["contact"]:
            c = snap.contacts[first["contact"].ids[0]]
            deals = [d for d in deals if d["contact_id"] == c["id"]]
            scope.append(f"with {snap.contact_name(c['id'])}")
            mentioned["contact"] = c["id"]
        if first["deal"]:
            deals = [snap.deals[first["deal"].ids[0]]]
            mentioned["deal"] = first["deal"].ids[0]
            d = deals[0]
            wanted = {"won": {won}, "lost": {lost}, "closed": {won, lost}}.get(status)
            if wanted and d["stage"] not in wanted:  # "did we lose the <deal>?" while it is open: say so, never list it
                return Answer(f"No: {d['name']} is not {status}; it is in {d['stage']} ({_money(d['amount'])}, "
                              f"{'closed' if d['stage'] in (won, lost) else 'closes'} {d['close_date']}).",
                              ({"id": d["id"], "deal": d["name"], "stage": d["stage"], "amount": d["amount"],
                                "close_date": d["close_date"], "owner": self._user_name(d["owner_id"])},), mentioned)
        period, label = period_of(low, today)
        if _quiet_days(low) and not re.search(r"\b(clos\w*|due|won|lost|win|sign\w*)\b", low):
            period = None  # "no activity in the last month": the quiet filter's period, not a close date
        quiet_in = re.search(r"\b(?:nothing|no\s+(?:activity|activities|calls?|emails?|meetings?|notes?|touch(?:es)?)|"
                             r"n[o']t\s+(?:been\s+)?(?:touched|logged|worked))\b", low)
        if quiet_in and period and not _quiet_days(low) and not re.search(r"\b(clos\w*|due|won|lost|win|sign\w*)\b", low):
            busy = {r["deal_id"] for r in self.store.query(
                "SELECT DISTINCT deal_id FROM activities WHERE deleted_at IS NULL AND deal_id IS NOT NULL AND "
                "occurred_at >= ? AND occurred_at < ?", _utc_days(period))}
            deals = [d for d in deals if d["id"] not in busy]  # "nothing logged in November": no activity then
            scope.append(f"no activity {label}")
            period = None
        before = re.search(r"\b(?:clos\w*|due)\s+(before|by|after)\s+", low)
        found = find_dates(low[before.end():], today) if before else []
        if before and not found:  # "close before the 5th": a bare day of the month reads as a date after its preposition
            found = [d for d in find_dates(low[before.start(1):], today) if d[1] == 0]
        bare_month = re.match(rf"(?:the\s+(?:start|beginning|end)\s+of\s+)?({_MON})\b\.?(?:\s+(\d{{4}}))?(?!\s*\d)",
                              low[before.end():]) if before else None
        if before and bare_month:  # "closing before December": before its 1st; "by December": by its last day
            n = _month_number(bare_month.group(1))
            year = int(bare_month.group(2)) if bare_month.group(2) else (today.year if n >= today.month else today.year + 1)
            first_day, last_day = _month(dt.date(year, n, 1))
            said_end = "end of" in bare_month.group(0)
            day = first_day if before.group(1) == "before" and not said_end else last_day
            found = [(day, 0, 0)]
        if found:
            if found:
                day = found[0][0]
                op = before.group(1)
                keep = (lambda c: c > day) if op == "after" else (lambda c: c <= day) if op == "by" else \
                    (lambda c: c < day)
                deals = [d for d in deals if d["close_date"] and keep(d["close_date"])]
                scope.append(f"closing {op} {day}")
        elif period:
            deals = [d for d in deals if d["close_date"] and period[0] <= d["close_date"] <= period[1]]
            scope.append(("closed " if status in ("won", "lost", "closed") else "closing ") + label)
            if status in ("won", "lost", "closed") and period[0] > today and not deals:
                # "how much did we win in jan 2027" asked in November: not a zero, a period still to come
                done = {"won": "won", "lost": "lost", "closed": "closed"}[status]
                return Answer(f"That period ({label.removeprefix('in ')}) has not started yet (today is {today}), so "
                              f"nothing has been {done} in it. Ask what is closing {label} for the open deals "
                              f"expected then.", declined=True)
        amount_said = False
        for op, value, words in _amount_filters(low):  # "over 40k", "under $10,000", "between 5k and 20k"
            deals = [d for d in deals if d["amount"] is not None and op(float(d["amount"]), value)]
            scope.append(f"{words} {_money(value)}")
            amount_said = True
        quiet = _quiet_days(low)
        if quiet:
            cutoff = local_midnight(today - dt.timedelta(days=quiet))
            deals = [d for d in deals if snap.last_activity.get(d["id"]) is None or snap.last_activity[d["id"]] < cutoff]
            scope.append(f"no activity in {quiet} days")
        if re.search(r"\b(overdue|past (their |the |its )?close dates?|close dates? (?:is |are |that is |that are )?in the "
                     r"past|close dates?\b[^?.]{0,25}\b(?:passed|gone by|went by|come and gone|lapsed|expired|slipped past|behind us|in the past)|"
                     r"should(?:'ve| have) closed(?: already| by now)?|(?:blown|blew|gone|went|sailed|slipped) "
                     r"(?:through|past|by) (?:their |the |its )?close dates?)\b", low):
            deals = [d for d in deals if d["close_date"] and d["close_date"] < today and d["stage"] in snap.open_stages]
            scope.append("past their close date")
        deals.sort(key=lambda d: (d["stage"] not in snap.open_stages, d["close_date"] or dt.date.max, d["id"]))
        if "past their close date" in scope and deals and re.search(
                r"\b(?:most|longest|furthest|farthest)\s+(?:overdue|past (?:its |the )?close date|behind)\b", low):
            late = deals[0]  # "which open deal is the most overdue?": the one whose close date passed first
            tied = [d["name"] for d in deals[1:] if d["close_date"] == late["close_date"]]
            return Answer(f"The most overdue deal ({', '.join(scope)}) is {late['name']}: close date {late['close_date']} "
                          f"({_ago((today - late['close_date']).days)}), {late['stage']}, {_money(late['amount'])}, "
                          f"owner {self._user_name(late['owner_id'])}{self._contact_if_asked(late, low)}"
                          + (f"; tied with {', '.join(tied)}" if tied else "")
                          + ".", ({"id": late["id"], "deal": late["name"], "stage": late["stage"], "amount": late["amount"],
                                   "close_date": late["close_date"], "owner": self._user_name(late["owner_id"])},),
                          {"deal": late["id"]})
        rows = tuple({"id": d["id"], "deal": d["name"], "stage": d["stage"], "amount": d["amount"],
                      "close_date": d["close_date"], "owner": self._user_name(d["owner_id"])} for d in deals)
        total = sum(d["amount"] or 0 for d in deals)
        what = ", ".join(scope)
        if len(rows) == 1:  # the one deal found; the record asked about stays the conversation's subject
            mentioned = {"deal": rows[0]["id"], **{k: v for k, v in mentioned.items() if k != "deal"}}
        ranked_dim = re.search(r"\b(?:which|what)\s+(?:\w+\s+)?(?:product|stage|compan|account|customer|client|industr|"
                               r"sector)\w*\b.{0,40}\b(?:most|biggest|largest|highest|fewest|least|lowest|smallest)\b", low)
        latest = re.search(r"\b(last|latest|most recent|newest|first|earliest)\s+(?:win|wins|won deal|deal (?:i|we|\w+) won|loss|"
                           r"lost deal|deal (?:i|we|\w+) lost|closed deal|sale)\b", low)
        if latest and rows and status in ("won", "lost", "closed") and not PER_REP.search(low):
            # "when was my last win": the deal of that outcome with the latest close date
            dated = [d for d in deals if d["close_date"]]
            if dated:
                first_one = latest.group(1) in ("first", "earliest")
                pick = (min if first_one else max)(dated, key=lambda d: (d["close_date"], d["id"]))
                return Answer(f"The {'first' if first_one else 'most recent'} one ({what}) is {pick['name']}: closed "
                              f"{pick['close_date']}, {_money(pick['amount'])}, owner {self._user_name(pick['owner_id'])}.",
                              tuple(r for r in rows if r["id"] == pick["id"]), {**mentioned, "deal": pick["id"]})
        added = ADDED_FIRST.search(low) or ADDED_LAST.search(low)
        if added and rows and not ranked_dim and not PER_REP.search(low):
            # "the newest deal anyone's added", "which open deal has been around the longest": by when it was created
            return self._by_creation(deals, rows, what, bool(ADDED_FIRST.search(low)), mentioned)
        if re.search(r"\b(average|avg|mean|typical)\b", low) and PER_REP.search(low) and rows:
            groups: dict = {}  # "avg open deal size for each rep"
            for d in deals:
                groups.setdefault(d["owner_id"], []).append(d)
            order = sorted(groups, key=lambda u: self._user_name(u))
            return Answer(f"Average deal size ({what}) by owner:\n" + "\n".join(
                f"- {self._user_name(u)}: {_money(sum(d['amount'] or 0 for d in groups[u]) / len(groups[u]))} over "
                f"{len(groups[u])} deal{'s' if len(groups[u]) != 1 else ''}" for u in order), rows, mentioned)
        if re.search(r"\b(average|avg|mean|typical)\b", low) and re.search(r"\b(?:team|everyone|overall|company)(?:'s)?\s+"
                                                                           r"(?:avg|average)\b|\bteam\b", low) and \
                re.search(r"\b(?:my|mine|i)\b", low) and compare:
            # "how does my avg open deal compare to the team avg": mine and everyone's
            team = self._deals(re.sub(r"\b(?:my|mine|i)\b", " ", low), {**first, "user": None}, compare=False)
            team_rows = team.rows
            team_avg = sum(r["amount"] or 0 for r in team_rows) / len(team_rows) if team_rows else 0
            avg = total / len(rows) if rows else 0
            return Answer(f"Your average deal size ({what}): {_money(avg)} over {len(rows)} deals; the team's: "
                          f"{_money(team_avg)} over {len(team_rows)} deals.", rows, mentioned)
        if re.search(r"\b(average|avg|mean|typical)\b", low) and not ranked_dim:
            avg = total / len(rows) if rows else 0
            return Answer(f"Average deal size ({what}): {_money(avg)} over {len(rows)} deals.", rows, mentioned)
        extreme = re.search(r"\b(bigg?est|largest|highest|most valuable|smallest|lowest|least valuable|tiniest)\b", low)
        if extreme and PER_REP.search(low) and rows:  # "biggest open deal for each rep": one per rep
            small = extreme.group(1) in ("smallest", "lowest", "least valuable", "tiniest")
            best: dict = {}
            for d in sorted(deals, key=lambda d: ((d["amount"] or 0) if small else -(d["amount"] or 0), d["id"])):
                best.setdefault(d["owner_id"], d)
            order = sorted(best, key=lambda u: self._user_name(u))
            lines = [f"- {self._user_name(u)}: {best[u]['name']}, {_money(best[u]['amount'])}, {best[u]['stage']}, "
                     f"closes {best[u]['close_date']}" for u in order]
            return Answer(f"The {'smallest' if small else 'largest'} deal of each rep ({what}):\n" + "\n".join(lines),
                          tuple(r for u in order for r in rows if r["id"] == best[u]["id"]), mentioned)
        if extreme and amount_said and re.search(r"\bdeals\b", low) and rows:
            # "smallest open deals we've got - anything at 15k or under?": every deal the amount selects, in order
            small = extreme.group(1) in ("smallest", "lowest", "least valuable", "tiniest")
            ordered = sorted(deals, key=lambda d: ((d["amount"] or 0) if small else -(d["amount"] or 0), d["id"]))
            lines = [f"- {d['name']}: {_money(d['amount'])}, {d['stage']}, closes {d['close_date']}, owner "
                     f"{self._user_name(d['owner_id'])}" for d in ordered[:LIST_LIMIT]]
            more = f" — showing {LIST_LIMIT} of {len(ordered)}" if len(ordered) > LIST_LIMIT else ""
            return Answer(f"{len(ordered)} deal{'s' if len(ordered) != 1 else ''} ({what}), "
                          f"{'smallest' if small else 'largest'} first{more}:\n" + "\n".join(lines),
                          tuple(r for d in ordered for r in rows if r["id"] == d["id"]), mentioned)
        top_n = re.search(r"\b(?:top|bottom)\s+(\d+|three|five|ten|two|four)\b|\b(\d+|three|five|ten|two|four)\s+(?:biggest|"
                          r"largest|highest|most valuable|smallest|lowest|least valuable|tiniest)\b", low)
        if top_n and rows:
            n = _count(top_n.group(1) or top_n.group(2))
            small = bool(re.search(r"\b(smallest|lowest|least valuable|tiniest|bottom)\b", low))
            best = sorted(deals, key=lambda d: ((d["amount"] or 0) if small else -(d["amount"] or 0), d["id"]))[:n]
            lines = [f"- {d['name']}: {_money(d['amount'])}, {d['stage']}, closes {d['close_date']}, owner "
                     f"{self._user_name(d['owner_id'])}" for d in best]
            return Answer(f"The {len(best)} {'smallest' if small else 'largest'} deals ({what}):\n" + "\n".join(lines),
                          tuple(r for d in best for r in rows if r["id"] == d["id"]), mentioned)
        if re.search(r"\b(?:quietest|longest without (?:any )?(?:activity|contact|a touch)|gone longest|longest since|"
                     r"(?:gone|been|sat|sitting|stayed)\s+(?:quiet|silent|untouched|cold|dark)\s+(?:the\s+)?longest|"
                     r"least recently (?:touched|worked)|most neglected|most ignored|neglected (?:the )?longest|"
                     r"stalest|most stale)\b", low) and rows:
            oldest = min(deals, key=lambda d: (snap.last_activity.get(d["id"]) or dt.datetime.min, d["id"]))
            last = snap.last_activity.get(oldest["id"])
            return Answer(f"The deal longest without activity ({what}) is {oldest['name']}: last activity "
                          f"{local_time(last).date() if last else 'never'}, {oldest['stage']}, owner "
                          f"{self._user_name(oldest['owner_id'])}{self._contact_if_asked(oldest, low)}.",
                          (next(r for r in rows if r["id"] == oldest["id"]),), {**mentioned, "deal": oldest["id"]})
        nth = re.search(r"\b(second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:bigg?est|largest|highest|most valuable|"
                        r"smallest|lowest|least valuable)\b", low)
        if nth and rows and not ranked_dim:  # "the second biggest open deal": that one (not the first: not asked)
            place = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}[nth.group(1)]
            small = bool(re.search(r"\b(smallest|lowest|least valuable)\b", nth.group(0)))
            ranked = sorted((d for d in deals if d["amount"] is not None), key=lambda d: d["amount"], reverse=not small)
            if len(ranked) < place:
                return _decline(f"There are only {len(ranked)} deals ({what}), so there is no {nth.group(1)}.")
            pick = ranked[place - 1]
            if sum(1 for d in ranked if d["amount"] == pick["amount"]) > 1:
                tied = [d["name"] for d in ranked if d["amount"] == pick["amount"]]
                return _decline(f"I can't rank that one: {', '.join(tied)} are tied at {_money(pick['amount'])}.")
            return Answer(f"The {nth.group(0)} deal ({what}) is {pick['name']}: {_money(pick['amount'])}, {pick['stage']}, "
                          f"closes {pick['close_date']}, owner {self._user_name(pick['owner_id'])}.",
                          (next(r for r in rows if r["id"] == pick["id"]),), {**mentioned, "deal": pick["id"]})
        if re.search(r"\b(smallest|lowest|least valuable|tiniest)\b", low) and rows and not ranked_dim:
            low_deal = min((d for d in deals if d["amount"] is not None), key=lambda d: d["amount"])
            tied = self._tied(deals, low_deal, "smallest", what)
            if tied is not None:
                return tied
            return Answer(f"The smallest deal ({what}) is {low_deal['name']}: {_money(low_deal['amount'])}, "
                          f"{low_deal['stage']}, closes {low_deal['close_date']}, owner "
                          f"{self._user_name(low_deal['owner_id'])}.",
                          (next(r for r in rows if r["id"] == low_deal["id"]),), {**mentioned, "deal": low_deal["id"]})
        if re.search(r"\b(bigg?est|largest|top|highest|most valuable|worth the most|most money)\b", low) and rows and \
                not ranked_dim:
            top = max(deals, key=lambda d: d["amount"] or 0)
            tied = None if re.search(r"\bhow many\b", low) else self._tied(deals, top, "largest", what)
            if tied is not None:
                return tied
            if re.search(r"\bhow many\b", low):  # "how many … and which one's the biggest?": both
                return Answer(f"{len(rows)} deal{'s' if len(rows) != 1 else ''} ({what}) worth {_money(total)}; the largest "
                              f"is {top['name']}: {_money(top['amount'])}, {top['stage']}, closes {top['close_date']}.",
                              rows, {**mentioned, "deal": top["id"]})
            return Answer(f"The largest deal ({what}) is {top['name']}: {_money(top['amount'])}, {top['stage']}, "
                          f"closes {top['close_date']}, owner {self._user_name(top['owner_id'])}.",
                          (next(r for r in rows if r["id"] == top["id"]),), {**mentioned, "deal": top["id"]})
        head = f"{len(rows)} deal{'s' if len(rows) != 1 else ''} ({what}) worth {_money(total)}"
        by_stage_asked = re.search(r"\b(?:by|per|for each|each|every|in each|in every)\s+stage\b|\bbreak\s*down\b|"
                                   r"\bbreakdown\b|\bsplit\b", low)
        if by_stage_asked and status == "open" and not OPEN_WORDS.search(low) and not re.search(r"\bpipeline\b", low) \
                and not named_stage and not period and not found:
            return self._deals(low + " including closed ones", first)  # "how many deals in each stage": all stages
        leader_asked = re.search(r"\b(?:which|what)\s+(?:\w+\s+)?stages?\b.{0,40}\b(?:most|biggest|largest|highest|fewest|least|"
                                 r"lowest|smallest)\b", low)
        if by_stage_asked and rows and not leader_asked:  # "…per stage - and which stage has the most?": the ranking below
            return Answer(head + ", by stage:\n" + _grouped(deals, lambda d: d["stage"], stages), rows, mentioned)
        ranked_by = re.search(r"\b(?:which|what)\s+(?:\w+\s+)?(product(?:\s+line)?s?|compan(?:y|ies)|accounts?|customers?|"
                              r"clients?|stages?|industr(?:y|ies)|sectors?)\b.{0,40}\b(most|biggest|largest|highest|fewest|"
                              r"least|lowest|smallest)\b", low)
        listed_by = re.search(r"\b(?:which|what)\s+(?:\w+\s+)?(industr(?:y|ies)|sectors?|compan(?:y|ies)|accounts?|customers?|"
                              r"clients?)\s+(?:have|has|do|did)\b", low) if not ranked_by and not re.search(
            r"\b(?:no|without|zero|any)\s+(?:open\s+)?deals\b|\bdeals\s+(?:at all|whatsoever)\b|\bsomeone else\b|"
            r"\bother (?:reps?|people)\b|\bnot (?:theirs|mine|his|hers)\b", low) else None

        def dim_key(dim: str):
            if dim.startswith("product"):
                return lambda d: d["product"] or "no product"
            if dim.startswith("stage"):
                return lambda d: d["stage"]
            if dim.startswith(("industr", "sector")):
                return lambda d: (snap.companies.get(d["company_id"]) or {}).get("industry") or "no industry"
            return lambda d: snap.companies.get(d["company_id"], {}).get("name", "no company")
        if listed_by and rows and not subject:
            # "which industries have we lost deals in?", "which Robotics accounts have open deals, and how much at each?"
            key, groups = dim_key(listed_by.group(1)), {}
            for d in deals:
                groups.setdefault(key(d), []).append(d)
            order = sorted(groups, key=lambda k: (-sum(d["amount"] or 0 for d in groups[k]), str(k)))
            return Answer(f"{len(order)} {listed_by.group(1) if len(order) != 1 else listed_by.group(1).rstrip('s')} "
                          f"({what}):\n" + "\n".join(
                              f"- {k}: {len(groups[k])} deal{'s' if len(groups[k]) != 1 else ''}, "
                              f"{_money(sum(d['amount'] or 0 for d in groups[k]))}" for k in order), rows, mentioned)
        if ranked_by and rows and not subject:  # "which product line has the most open pipeline?"
            dim = ranked_by.group(1)
            key = dim_key(dim)
            by_amount = bool(re.search(r"\b(pipeline|value|worth|amount|money|revenue|dollars|biggest|largest|"
                                       r"highest|lowest|smallest)\b|\$", low)) and \
                not re.search(r"\b(how many|most deals|fewest deals|number of|count)\b", low)
            groups: dict = {}
            for d in deals:
                groups.setdefault(key(d), []).append(d)
            average = bool(re.search(r"\b(average|avg|mean|typical)\b", low))
            score = {k: (sum(d["amount"] or 0 for d in v) / len(v) if average else
                         sum(d["amount"] or 0 for d in v) if by_amount else len(v)) for k, v in groups.items()}
            fewest = ranked_by.group(2) in ("fewest", "least", "lowest", "smallest")
            order = sorted(score, key=lambda k: (score[k] if fewest else -score[k], str(k)))
            tie = [k for k in order if score[k] == score[order[0]]]
            best = groups[order[0]]
            if average:  # "which product has the highest average open deal size?"
                return Answer(f"{' and '.join(map(str, tie))} {'have' if len(tie) > 1 else 'has'} the "
                              f"{'lowest' if fewest else 'highest'} average ({what}): {_money(score[order[0]])} over "
                              f"{len(best)} deal{'s' if len(best) != 1 else ''}.",
                              tuple(r for r in rows if any(d["id"] == r["id"] for k in tie for d in groups[k])), mentioned)
            breakdown = ""
            if re.search(r"\b(?:by|per|for each|each)\s+" + re.escape(dim[:5]), low):
                # "open pipeline by product - which product has the most $": the breakdown, then which leads
                breakdown = "\n" + "\n".join(f"- {k}: {len(groups[k])} deal{'s' if len(groups[k]) != 1 else ''}, "
                                              f"{_money(sum(d['amount'] or 0 for d in groups[k]))}" for k in order)
            return Answer(f"{' and '.join(map(str, tie))} {'have' if len(tie) > 1 else 'has'} the "
                          f"{'least' if fewest else 'most'} ({what}, by {'value' if by_amount else 'number of deals'}): "
                          f"{len(best)} deal{'s' if len(best) != 1 else ''}, {_money(sum(d['amount'] or 0 for d in best))}"
                          f" — out of {len(order)} {'products' if dim.startswith('product') else 'groups'}." + breakdown,
                          tuple(r for r in rows if any(d["id"] == r["id"] for k in tie for d in groups[k])), mentioned)
        if rank and rows:
            by_amount = re.search(r"\b(pipeline|value|worth|amount|money|revenue|\$|dollars|bigg?est|largest|highest|"
                                  r"lowest|smallest|bigger|larger)\b", low)
            groups: dict = {}
            for d in deals:
                groups.setdefault(d["owner_id"], []).append(d)
            reps = [u for u in snap.users if snap.users[u].get("role", "rep") == "rep"] or list(groups)
            if first["user"]:
                reps = [m.ids[0] for m in self._users_named(low)] or reps
            score = {u: (sum(d["amount"] or 0 for d in groups.get(u, [])) if by_amount else len(groups.get(u, [])))
                     for u in reps}
            fewest = rank.group(1) in ("fewest", "fewer", "least", "less", "lowest", "smallest")
            order = sorted(score, key=lambda u: (score[u] if fewest else -score[u], self._user_name(u)))
            best = order[0]
            what_ = "pipeline value" if by_amount else "deals"
            lines = self._rep_lines(groups, order)
            tie = [u for u in order if score[u] == score[best]]
            lead = (" and ".join(self._user_name(u) for u in tie) + " tie") if len(tie) > 1 else \
                f"{self._user_name(best)} has the {('least' if by_amount else 'fewest') if fewest else 'most'} {what_}"
            return Answer(f"{lead} ({what}):\n{lines}", rows, mentioned)
        named_reps = [m.ids[0] for m in self._users_named(low)] if first["user"] else []
        if len(set(named_reps)) >= 2 and re.search(r"\b(?:each|apiece|respectively|individually|separately|"
                                                    r"per (?:rep|person|head))\b", low):
            groups = {}  # "how many open deals do <rep> and <rep> each have": one line per rep named
            for d in deals:
                groups.setdefault(d["owner_id"], []).append(d)
            lines = self._rep_lines(groups, list(dict.fromkeys(named_reps)))
            return Answer(f"{what[0].upper() + what[1:]}, each:\n{lines}", rows, mentioned)
        by_other = re.search(r"\b(?:by|per|for each|each|every|in each|split by|broken down by|grouped by)\s+"
                             r"(rep|reps|owner|owners|person|salesperson|seller|sellers|user|product|products|company|"
                             r"companies|account|accounts|customer|customers)\b", low)
        if by_other and rows:
            dim = by_other.group(1)
            if dim.startswith("product"):
                key, order, said = (lambda d: d["product"] or "no product"), None, "product"
            elif dim.startswith(("compan", "account", "customer")):
                key, order, said = (lambda d: snap.companies.get(d["company_id"], {}).get("name", "no company")), \
                    None, "company"
            else:
                key, order, said = (lambda d: self._user_name(d["owner_id"])), None, "owner"
            return Answer(f"{len(rows)} deal{'s' if len(rows) != 1 else ''} ({what}), by {said}:\n" +
                          _grouped(deals, key, order), rows, mentioned)  # each group carries its own total
        if subject and status in ("all", "open"):
            said = snap.companies[subject.ids[0]]["name"] if subject is first["company"] else \
                snap.contact_name(subject.ids[0]) if subject is first["contact"] else snap.deals[subject.ids[0]]["name"]
            head = f"Open with {said}: " + head if status == "open" else f"Deals of {said}: " + head
        if first["company"] and re.search(r"\b(whose account|account owner|owns? (?:the|that|this) account|"
                                          r"account (?:is|belongs))\b", low):  # asked with the deals' owners
            c = snap.companies[first["company"].ids[0]]
            head = f"The account owner of {c['name']} is {self._user_name(c['owner_id'])}. " + head
        listing = re.search(r"^\W*(?:which|what deals|what opportunit|list|show)\b|\b(?:list|show me|name) (?:them|the)\b",
                            low)
        listing = listing or re.search(r"\b(?:and|&) (?:what|which) (?:were|are|was|is) (?:they|those|it|them)\b|"
                                       r"\b(?:which|what) ones\b|\b(?:list|name) them\b", low)
        if not re.search(r"\bhow (?:many|much)\b", low):  # "<rep>'s deals closing in december + the total": both
            listing = listing or re.search(r"(?:\+|&|\band|\bplus|\bwith|\bw/)\s*(?:the\s+|a\s+)?(?:total|sum)(?:\s+(?:amount|"
                                           r"value|worth|\$))?\s*[$?.!]*\s*$|\b(?:total|sum)\s+(?:too|as well|also)\b|"
                                           r"^\W*what(?:'s|s| is| are)?\s+(?:left|still open|remaining|coming up|on deck)\b", low)
        each_contact = re.search(r"\b(?:contact|contacts|who'?s|who is)\b[^?.]{0,25}\b(?:on|for)\s+(?:each|every|them|those|"
                                 r"all|both)\b|\bwith (?:their|the) contacts?\b", low)
        listing = listing or each_contact or re.search(r"\bwho owns (?:them|those|each|it)\b|\bowned by whom\b|"
                                                       r"\band (?:their|the) owners?\b", low)
        figure_only = re.search(r"\bhow many\b|\b(?:total|sum)\b", low) or (re.search(r"\bhow much\b", low) and
                                                                              len(rows) > 5)
        if not rows and subject and status == "open" and not (period or found or named_stage):
            others = [d for d in snap.deals.values() if
                      (first["company"] and d["company_id"] in first["company"].ids) or
                      (first["contact"] and d["contact_id"] in first["contact"].ids)]
            if others:  # "is anything with <company> still open?": no, and what there is
                said = re.sub(r"['’]s$", "", subject.text)
                return Answer(f"Nothing open with {said}; its deals: " + "; ".join(
                    f"{d['name']} ({d['stage']}, {_money(d['amount'])}, closed {d['close_date']})" for d in others) + ".",
                    tuple({"id": d["id"], "deal": d["name"], "stage": d["stage"], "amount": d["amount"],
                           "close_date": d["close_date"], "owner": self._user_name(d["owner_id"])} for d in others),
                    mentioned)
        if figure_only and not listing and 0 < len(rows) <= 3 and re.search(r"\bhow many\b", low) and \
                not re.search(r"\b(total|sum|how much|worth|value)\b", low):  # "how many did I win this year?": 1, and which
            return Answer(head + ": " + "; ".join(f"{r['deal']} ({r['stage']}, {_money(r['amount'])})" for r in rows) + ".",
                          rows, mentioned)
        if (figure_only and not listing) or not rows:
            return Answer(head + ".", rows, mentioned)
        lines = [f"- {r['deal']}: {r['stage']}{' (closed)' if r['stage'] in (won, lost) else ''}, "
                 f"{_money(r['amount'])}, {'closed' if r['stage'] in (won, lost) else 'closes'} {r['close_date']}, "
                 f"owner {r['owner']}" + (f", contact {snap.contact_name(snap.deals[r['id']]['contact_id'])}"
                                          if each_contact and snap.deals[r["id"]]["contact_id"] in snap.contacts else "")
                 for r in rows[:LIST_LIMIT]]
        more = f" — showing {LIST_LIMIT} of {len(rows)}" if len(rows) > LIST_LIMIT else ""
        if first["company"] and status in ("all", "open") and len(scope) == 2:  # a general question about the account
            tasks = [t for t in snap.tasks.values() if t["status"] == "open" and t["company_id"] in first["company"].ids
                     and (t["deal_id"] is None or snap.deals.get(t["deal_id"], {}).get("stage") in snap.open_stages)]
            if tasks:
                lines.append(f"\nOpen tasks ({len(tasks)}):")
                lines += [f"- {t['title']} (due {t['due_date']})" for t in tasks[:10]]
        return Answer(head + more + ":\n" + "\n".join(lines), rows, mentioned)


def _measure(low: str):
    """What a comparison of two deal lists compares: (its name, the key of a (label, n, total, rows) part, one line)."""
    if re.search(r"\b(average|avg|mean|typical)\b", low):  # "average won deal size: <rep> vs <rep>"
        return ("average", lambda p: p[2] / p[1] if p[1] else 0,
                lambda n, t: f"average {_money(t / n) if n else 'none'} over {n} deal{'s' if n != 1 else ''}")
    if re.search(r"\b(how many|more deals|fewer deals|number of|count)\b", low) and not re.search(
            r"\$|\b(value|amount|money|worth|total|revenue|dollars?)\b", low):  # "(count)": the number, not the money
        return "deals", (lambda p: p[1]), lambda n, t: f"{n} deal{'s' if n != 1 else ''}"
    return "value", (lambda p: p[2]), lambda n, t: f"{n} deal{'s' if n != 1 else ''}, {_money(t)}"


def _grouped(deals: list[dict], key, order: list | None) -> str:
    """'- <group>: N deals, $X' lines, in the given order or by value, largest first."""
    groups: dict = {}
    for d in deals:
        groups.setdefault(key(d), []).append(d)
    names = [g for g in order if g in groups] if order else \
        sorted(groups, key=lambda g: (-sum(d["amount"] or 0 for d in groups[g]), str(g)))
    return "\n".join(f"- {g}: {len(groups[g])} deal{'s' if len(groups[g]) != 1 else ''}, "
                     f"{_money(sum(d['amount'] or 0 for d in groups[g]))}" for g in names)


def answer(text: str, store: Store, snap: Snapshot, ctx: Context) -> tuple[str, list[dict], dict]:
    """(answer text, rows behind it, records the answer is about) for a question."""
    found = Questions(store, snap, ctx).checked(text)
    mentioned = dict(found.mentioned)
    deals = [r["id"] for r in found.rows if isinstance(r, dict) and "deal" in r and r.get("id") in snap.deals]
    if len(deals) > 1 and len(deals) == len(found.rows) and re.search(rf"\b{len(deals)} deals \(", found.text):  # "push them all a week" may follow: the deals listed
        mentioned["_listed"] = {"kind": "deal", "ids": deals}
    tasks = [r["id"] for r in found.rows if isinstance(r, dict) and "task" in r and r.get("id") in snap.tasks]
    if len(tasks) > 1 and len(tasks) == len(found.rows) and re.search(rf"\b{len(tasks)} tasks \(", found.text):
        mentioned["_listed"] = {"kind": "task", "ids": tasks}  # "I've done all of those, close them"
    return found.text, list(found.rows), mentioned
