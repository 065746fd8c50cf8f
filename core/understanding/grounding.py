"""Modality and grounding: what a request must not be planned as, and values a plan may not invent.

Runs around the clause engine. Before it: whole requests that ask for no change ("don't move …", "never mind"),
negated clauses (masked so they cannot trigger a write), old values ("instead of Dec 5", "from 40k to …", masked so
they cannot become the new value), negative amounts and task cancellation (refused with the reason). After it:
every new value of an update must be found in the sentence in a new-value role, not only as a filter or an old
value; otherwise the plan is refused with the reason instead of guessing. The role words are data
(vocab/roles.json).
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from core.snapshot import Snapshot
from core.understanding import frames as F
from core.understanding import intents as I
from core.understanding.amounts import find_amounts
from core.understanding.dates import find_dates
from core.understanding.lexicon import lexicon, prefer_users, tokenize

ROLES = json.loads((Path(__file__).with_name("vocab") / "roles.json").read_text(encoding="utf-8"))


def _alt(key: str) -> str:
    return "|".join(sorted(ROLES[key], key=len, reverse=True))


HEDGE = re.compile(rf"\b(?:{_alt('hedges')})\b", re.I)
WRAPPER = re.compile(rf"\b(?:{_alt('wrappers')})\s*", re.I)
GREETING = re.compile(rf"^\s*(?:{_alt('greetings')})\s*[,!.:]?\s*(?:\n|$)", re.I)
SIGNOFF = re.compile(rf"\n\s*(?:{_alt('signoffs')})\s*[,!.]?\s*(?:\n.*)?$", re.I | re.S)
ACTIVITY_EDIT = re.compile(_alt("activity_edit"), re.I)
TIME_ADVERB = re.compile(rf"\b(?:{_alt('time_adverbs')})\b", re.I)
NO_CORRECTION = re.compile(r"(?:\s*[-–—,;]\s*)(?:(?:er+|erm|um+|uh+|oops|sorry|wait)\W+)*no,?\s+(?=[\w+($])", re.I)
NO_CHANGE = re.compile(rf"^\W*(?:ok(?:ay)?,?\s+|actually,?\s+|oh,?\s+)?(?:{_alt('no_change')})\b\W*$", re.I)
# "never mind the reminder about <x>", "forget that task": withdrawn, not a change (tasks are never cancelled here)
FORGET_THAT = re.compile(r"^\W*(?:ok(?:ay)?,?\s+|actually,?\s+)?(?:never\s?mind|forget(?:\s+about)?|scrap|scratch|ignore)\s+"
                         r"(?:the|that|this|my)\s+(?:last\s+)?(?:reminder|task|follow[- ]?up|request|message)\b"
                         r"(?![^.!?]*(?:\b(?:and|but|then|instead|just|also|please)\b|[;:]|\s[-–—]\s))", re.I)
TAKEN_BACK = re.compile(rf"(?:[,;!?]|\.+|\s[-–—]+)\s*(?:(?:actually|oh|no|wait|hmm|sorry|ok|okay)\W+)*"
                        rf"((?:{_alt('no_change')}))\W*$", re.I)
# "…. Scratch that — <the request instead>": what was said before is withdrawn, what follows replaces it
REPLACED = re.compile(r"(?:[,;!?]|\.+|\s[-–—]+)\s*(?:(?:actually|oh|no|wait|sorry|ok|okay)\W+)*(?:scratch that|forget that|"
                      r"ignore that|strike that|cancel that|disregard that|no wait|wait,? no)\b[\s,.;:!—–-]*", re.I)
ASKING = re.compile(r"^\W*(?:what|what's|whats|which|who|who's|whos|when|where|how|list|show|tell me|give me|find|"
                    r"any|anything|anyone|anybody)\b(?!.*\b(?:can|could|would|will) you\b)", re.I)
NEGATED = re.compile(rf"\b(?:{_alt('negation')})\s+(?:\w+\s+){{0,2}}?(?:{_alt('write_verbs')})\w*\b|"
                     rf"\b(?:{_alt('keep_as_is')})\b", re.I)
REMIND = re.compile(rf"\b(?:{_alt('remind_wrappers')})\b", re.I)
CANCEL_TASK = re.compile(_alt("cancel_task"), re.I)
NEGATIVE = re.compile(_alt("negative_amount"), re.I)
UNSUPPORTED = re.compile(_alt("unsupported_actions"), re.I)
UNSUPPORTED_OUTPUT = re.compile(_alt("unsupported_output"), re.I)
CORRECTION = re.compile(rf"(?:\s*[-–—,;]\s*|\s+)(?:{_alt('correction_markers')})\b[\s,:]*", re.I)
SUFFIX_SWAP = re.compile(r"^(?:it'?s\s+)?(?P<new>[.@][\w.-]+)\s*,?\s+not\s+(?P<old>[.@][\w.-]+)\s*$", re.I)
TASK_EDIT = re.compile(rf"\b(?:{_alt('task_edit')})\b(?:(?!\b(?:and|then|also|remind|create|add|new|a|another)\b)"
                       r"[^,;.!?]){0,60}\btasks?\b", re.I)
# "the <x> task should be due on the 2nd instead", "move the task's due date to …": a task edit said with the task first
TASK_DUE_EDIT = re.compile(r"\btasks?\b[^.;!?]{0,40}?\b(?:should|must|needs to|has to|is to|can)\s+(?:now\s+)?be\s+due\b|"
                           r"\btask(?:'s|’s)?\s+due date\b[^.;!?]{0,20}?\b(?:to|should be|is now)\b", re.I)
TASK_DONE = re.compile(r"\b(done|complete|completed|finished|check(ed)? off|tick(ed)? off)\b", re.I)
NOT_VALUE = re.compile(r"\bnot\s+(?P<old>[^,;.!?]{1,25}?)\s*(?=$|[,;.!?]|\s[-–—]\s)", re.I)
CLAUSE_END = re.compile(r"[,;!?]|\.(?!\w)|\s+(?:and|but|then)\s+|\s+[-–—]\s+")
OLD_VALUE = re.compile(r"\b(?:instead of|rather than)\s+", re.I)
FROM_TO = re.compile(r"(?<!days )(?<!day )(?<!weeks )(?<!week )(?<!months )(?<!month )\bfrom\s+(?P<old>[^,;.]{1,30}?)\s+to\s+", re.I)
STALE_VALUE = re.compile(r"(?P<old>[$£€]?\d[\d,.]*\s*(?:k|m|grand|thousand)?)\s+(?:(?:on|for)\s+[^;,.]{1,60}?\s+|"
                         r"(?:figure|number|amount|value|price|quote|total)\s+)(?:is|was|are|were)\s+"
                         r"(?:now\s+)?(?:out of date|outdated|old|stale|superseded|wrong|a typo|incorrect|no longer (?:right|valid|"
                         r"correct|current))\b", re.I)
PHONE_SPAN = re.compile(r"(?<![\w(])(?:\+?\d|\(\d)[\d\s().-]{7,}\d(?!\w)")
# "… ought to be sitting in <stage>", "… should all be at <stage> now": where the records belong, a new value
BELONGS_AT = re.compile(r"\b(?:should|ought to|needs? to|must|has to|have to|is to|are to)\s+(?:all\s+|now\s+|really\s+|"
                        r"both\s+)?(?:be\s+(?:sitting\s+|sat\s+|parked\s+)?|sit\s+)(?:at|in|on)\s+(?:the\s+)?$", re.I)
NOT_DOMAIN = re.compile(r"\b(?:not|instead of|rather than)\s+(?P<old>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.I)  # "…, not a.com"
# "<deal> won't close May 31, it's June 20 now": the date it will not close on is the old one
WONT_CLOSE = re.compile(r"\b(?:won'?t|will not|isn'?t going to|is not going to|doesn'?t|does not|isn'?t)\s+(?:be\s+)?"
                        r"clos(?:e|ing)\s+(?:on\s+|by\s+|in\s+)?(?!until\b|till\b|til\b|before\b)(?P<old>[^,;.]{1,25}?)\s*(?=$|[,;.]|\s[-–—]\s)", re.I)
NOT_BUT = re.compile(r"\bnot\s+(?P<old>[^,;.]{1,25}?)\s*,?\s+but\s+", re.I)


_ACTION_WORD = re.compile(rf"\b(?:{_alt('action_verbs')}|remind|log|note|met|called|done|\w+ed|takes|gets|inherits|owns|"
                          rf"picks up)\b|\?", re.I)  # "…, forget that; <rep> takes it": what is still asked


@dataclass
class Screen:
    """The request after modality: text the engine may read (same length, masked), or why nothing is planned."""
    text: str
    no_change: str | None = None
    refusal: str | None = None
    masked: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, why)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _clause_end(text: str, start: int) -> int:
    m = CLAUSE_END.search(text, start)
    return m.start() if m else len(text)


def _weak_correction(text: str, snap: Snapshot | None) -> str:
    """'phone is 503-555-1212 — no, 503-555-1221': "no" corrects only when a value of the same kind precedes it."""
    m = NO_CORRECTION.search(text)
    if not m:
        return text
    end = _clause_end(text, m.end()) if CLAUSE_END.search(text, m.end()) else len(text)
    head, tail = text[:m.start()], text[m.end():end].strip()
    old = _last_same_kind(head, tail, snap) or _last_phone(head, tail)
    if old is None:
        return text
    return head[:old[0]] + tail + head[old[1]:] + text[end:]


def _last_phone(head: str, tail: str) -> tuple[int, int] | None:
    phone = re.compile(r"\+?\(?\d[\d\s().-]{6,}\d")
    if phone.fullmatch(tail.strip()):
        found = list(phone.finditer(head))
        return (found[-1].start(), found[-1].end()) if found else None
    return None


def correct(text: str, snap: Snapshot | None) -> str:
    """'give X to Ines - actually Mireille' -> 'give X to Mireille': a spoken correction replaces the value of
    its kind (person, stage, date, amount) said last before it; the correction words are dropped."""
    text = _weak_correction(text, snap)
    for _ in range(3):
        m = CORRECTION.search(text)
        if not m:
            return text
        tail_end = _clause_end(text, m.end()) if CLAUSE_END.search(text, m.end()) else len(text)
        head, tail = text[:m.start()], text[m.end():tail_end].strip()
        rest = text[tail_end:]
        # "… wait no, make it <value>": the value replaces the one said before; "make it" is not a new request
        tail = re.sub(r"^(?:make\s+(?:it|that)|it'?s|it\s+is|it\s+should\s+be|change\s+(?:it|that)\s+to|should\s+be)\s+",
                      "", tail, flags=re.I)
        swap = SUFFIX_SWAP.match(tail)
        if swap and swap.group("old") in head:  # "…@x.com - sorry, .io not .com"
            i = head.rfind(swap.group("old"))
            text = head[:i] + swap.group("new") + head[i + len(swap.group("old")):] + rest
            continue
        old = _last_same_kind(head, tail, snap)
        kind = re.fullmatch(r"(?:it\s+was\s+|it'?s\s+)?(?:a|an)?\s*(call|meeting|email|note|message|text)\b.*", tail,
                            re.I)
        if kind and old is not None:
            tail = kind.group(1)
        if old is None:  # "the amount was, actually, 98k": the value is new, not a correction of one said
            text = re.sub(r"\s+(?:was|were)\s*$", " is", head) + " " + tail + rest
        else:
            text = head[:old[0]] + tail + head[old[1]:] + rest
    return text


def _last_same_kind(head: str, tail: str, snap: Snapshot | None) -> tuple[int, int] | None:
    """Span in head of the last value of the kind tail states (date, amount, stage, user), if any."""
    today = _ANY_DAY
    kind = re.fullmatch(r"(?:it\s+was\s+|it'?s\s+)?(?:a|an)?\s*(call|meeting|email|note|message|text)\b.*", tail.strip(),
                        re.I)
    if kind:  # "log a call with X — actually it was a meeting"
        found = list(re.finditer(r"\b(call|meeting|email|note|message|text)\b", head, re.I))
        return (found[-1].start(), found[-1].end()) if found else None
    if find_dates(tail, today):
        spans = find_dates(head, today) + find_dates(head, today, past=True)
        return max(((s, e) for _, s, e in spans), default=None)
    if find_amounts(tail):
        return max(((s, e) for _, s, e in find_amounts(head)), default=None)
    if snap is None:
        return None
    tail_kinds = {m.kind for m in lexicon(snap).mentions(tokenize(tail))} & {"stage", "user", "contact", "company",
                                                                             "deal", "product"}
    if not tail_kinds:
        return None
    tokens = tokenize(head)
    found = [(tokens[m.start].start, tokens[m.end - 1].end) for m in lexicon(snap).mentions(tokens)
             if m.kind in tail_kinds]
    return max(found, default=None)


# dictated: "new contact comma <name> comma … email <name> dot <name> at <domain> dot co dot uk"
_SPOKEN_EMAIL = re.compile(r"\b([a-z0-9_-]+(?:\s+(?:dot|underscore|dash)\s+[a-z0-9_-]+)*)\s+at\s+([a-z0-9-]+(?:\s+dot\s+"
                           r"[a-z0-9-]+)+)\b", re.I)


def _spoken_punctuation(text: str) -> str:
    """Punctuation said as words by a dictating rep: 'comma' and an address spoken with 'at' and 'dot'."""
    said = re.findall(r"\b(?:comma|colon|semicolon|full stop|question mark|new line|new paragraph)\b", text, re.I)
    if len(said) >= 2 or re.search(r"\bfull stop\W*$", text, re.I):  # dictated: "…, comma remind me … full stop"
        text = re.sub(r"\s*\bcomma\b\s*", ", ", text, flags=re.I)
        text = re.sub(r"\s*\bsemicolon\b\s*", "; ", text, flags=re.I)
        text = re.sub(r"\s*\bcolon\b\s*", ": ", text, flags=re.I)  # "new deal colon <name> comma …"
        text = re.sub(r"\s*\b(?:full stop|new line|new paragraph)\b\s*", ". ", text, flags=re.I)
        text = re.sub(r"\s*\bquestion mark\b\s*", "? ", text, flags=re.I).strip()

    def email(m: re.Match) -> str:
        def join(part: str) -> str:
            return re.sub(r"\s+dot\s+", ".", re.sub(r"\s+underscore\s+", "_", re.sub(r"\s+dash\s+", "-", part, flags=re.I),
                                                    flags=re.I), flags=re.I)
        return f"{join(m.group(1))}@{join(m.group(2))}".lower()
    return _SPOKEN_EMAIL.sub(email, text) if re.search(r"\bdot\b", text, re.I) else text


HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?=[A-Z][a-z'’-]+\b)")


def unwrap(text: str) -> str:
    """An email or a polite note reduced to its request: greeting, sign-off and "please note that" removed."""
    text = SIGNOFF.sub("", GREETING.sub("", text.strip()))
    text = WRAPPER.sub("", text)
    text = HONORIFIC.sub("", text)  # "Mr Jure Zupan of <company>": the person is Jure Zupan
    text = _spoken_punctuation(text)
    return re.sub(r"\s*\n\s*", " ", text).strip()


# "the judge hasn't signed": an outcome word negated says what has not happened yet
_SYNONYMS = json.loads((Path(__file__).with_name("vocab") / "stage_synonyms.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=16)
def _negated_stage(stages: tuple[str, ...]) -> re.Pattern:
    """'nobody released', "isn't pencilled": a negation before a stage name said as a verb, per pipeline."""
    outcome = {w for w in _SYNONYMS.get("closed_won", []) + _SYNONYMS.get("closed_lost", []) if " " not in w and "-" not in w}
    words = "|".join(sorted({re.escape(st.lower()) for st in stages if len(st) > 3} | outcome, key=len, reverse=True))
    return re.compile(rf"\b(?:nobody|no one|no-one|never|hasn'?t been|haven'?t been|wasn'?t|weren'?t|isn'?t|"
                      rf"aren'?t|hasn'?t|haven'?t|didn'?t|has not|have not|did not)\s+(?:\w+\s+)??(?:{words})\b", re.I)


def screen(text: str, snap: Snapshot | None = None) -> Screen:
    """Modality before understanding: no-change requests, negated clauses, old values, refusals."""
    text = correct(unwrap(text), snap)
    out = Screen(text)
    if NO_CHANGE.match(text) or FORGET_THAT.match(text):
        out.no_change = "Nothing to change: you asked for no change."
        return out
    if NOTHING_TO_CHANGE.search(text):
        out.no_change = "Nothing to change: you said no change is needed."  # "…, nothing to change in the CRM, just venting"
        return out
    said_before = text[:NOTHING_TO_LOG.search(text).start()] if NOTHING_TO_LOG.search(text) else ""
    if NOTHING_TO_LOG.search(text) and not (find_amounts(said_before) or re.search(
            r"\b(?:move|moved|set|change|changed|update|updated|push|pushed|bump|bumped|is now|are now|now at|mark|marked)\b",
            said_before, re.I)) and not re.search(r"\b(?:but|except|just|only)\s+(?:i\s+)?(?:do\s+)?(?:log|add|move|set|mark|"
                                                      r"update|create|want|need|remind)\b", text[NOTHING_TO_LOG.search(text).end():],
                                                      re.I):
        out.no_change = "Nothing to change: you said there is nothing to log."  # "…, no need to log anything"
        return out
    took_back = TAKEN_BACK.search(text)
    if took_back:  # "move X to Permitting, scratch that": the request is withdrawn, not planned
        out.no_change = f"Nothing to change: you took the request back (“{took_back.group(1)}”)."
        return out
    replaced = REPLACED.search(text)
    if replaced and replaced.end() < len(text.rstrip()):
        # "Delete the contact A. Scratch that — delete B instead.": only what is said after it is asked
        text = " " * replaced.end() + text[replaced.end():]
        out.masked.append((0, replaced.end(), "taken back"))
    if CANCEL_TASK.search(text) and not REMIND.search(text[:CANCEL_TASK.search(text).start()] + " "):
        out.refusal = ("Tasks cannot be cancelled here: mark the task done (e.g. “mark the <task> task as done”), "
                       "or ask an admin to delete it.")
        return out
    if ACTIVITY_EDIT.search(text):
        out.refusal = ("Logged activities are a record of what happened and cannot be edited here; log a new note with "
                       "the correction (e.g. “note on <company>: …”).")
        return out
    edit = TASK_EDIT.search(text) or TASK_DUE_EDIT.search(text)
    if edit and not TASK_DONE.search(text) and not REMIND.search(text[:edit.start()] + " "):
        out.refusal = ("Tasks can only be created and marked done here; to change a task's date, owner or title, "
                       "mark it done and create a new one (e.g. “remind me to <what> on <date>”).")
        return out
    if UNSUPPORTED.search(text):
        out.refusal = ("Merging, splitting or copying records is not something the chat can do; nothing was changed. "
                       "Update or delete the records one by one (e.g. “delete <contact>”, “move <deal> to <company>”).")
        return out
    if UNSUPPORTED_OUTPUT.search(text):  # "can you print the <document> for …": the CRM has no printer or documents
        out.refusal = ("Printing, faxing or exporting is not something the chat can do; nothing was changed. It can "
                       "update records, log activities and create or complete tasks (an admin exports a table as CSV "
                       "with `python -m core export <table>`).")
        return out
    if NEGATIVE.search(text):
        out.refusal = "An amount cannot be negative: say the new amount as a positive number (e.g. “set the amount to 5k”)."
        return out
    masked = TIME_ADVERB.sub(lambda m: " " * len(m.group(0)), text)  # "from today" says when, not a new date
    asks = ASKING.match(text)  # "list the companies we have never called": the negation filters, it forbids nothing
    found = list(NEGATED.finditer(text)) + list(HEDGE.finditer(text))
    if snap is not None and snap.stages:  # "nobody <lost stage> <deal>, it's still <stage>": a stage said as a verb
        found += list(_negated_stage(tuple(snap.stages)).finditer(text))
    for m in [] if asks else found:
        before = text[max(0, m.start() - 40):m.start()].lower()
        if REMIND.search(before + " "):  # "remind me not to move …": a task, whose text keeps the words
            continue
        if re.fullmatch(r"not", m.group(0).strip(), re.I) and re.match(r"\s+(?:the\s+)?[$£€]?\d", text[m.end():]) and \
                find_amounts(text[:m.start()]):
            continue  # "is 19,900 now, not 21,400": the old value, not a change refused
        if re.match(r"\s*(?:until|till|til|before)\b", text[m.end():], re.I) and re.search(r"\b(?:close|sign)\w*$", m.group(0), re.I):
            continue  # "<deal> won't close until 3 December now": the new close date, not a change refused
        if re.search(r"\b(?:that|which|who|whose|where)\s+(?:[\w'’-]+\s+){0,3}$", before) and \
                re.match(r"(?:hasn|haven|didn|has not|have not|did not)", m.group(0), re.I):
            continue  # "all deals that the landlord hasn't signed": which records, not a change refused
        if re.search(r"\b(?:deals?|opportunities|opps|ones|anything|everything)\b[^,;:.]{0,40}\b(?:that|which)\s+$", before) and \
                re.match(r"(?:aren['’]?t|isn['’]?t|are not|is not|weren['’]?t)\s+(?:yet\s+)?(?:in|at|on)\b", text[m.start():], re.I):
            continue  # "my deals over 30k that aren't in <stage> yet: move them to <stage>": which records
        bounds = [b.end() for b in CLAUSE_END.finditer(text, 0, m.start())]
        start = bounds[-1] if bounds else 0
        end = _clause_end(text, m.end())
        masked = _blank(masked, start, end)
        out.masked.append((start, end, "negated"))
    if out.masked and (not masked.strip(" ,.;!-—–") or not (_ACTION_WORD.search(masked) or find_amounts(masked))):
        out.no_change = "Nothing to change: the request says not to (“" + text.strip() + "”)."
        return out
    if out.masked and snap is not None:  # the records a negated clause names stay, so "…, log that I called him"
        tokens = tokenize(text)          # can still say who "him" is; its verb and values do not
        for m in lexicon(snap).mentions(tokens):
            a, b = tokens[m.start].start, tokens[m.end - 1].end
            if m.kind in ("contact", "company", "deal") and any(s0 <= a < e0 for s0, e0, _ in out.masked):
                masked = masked[:a] + text[a:b] + masked[b:]
    for rx in (OLD_VALUE,):
        for m in rx.finditer(masked):
            end = _clause_end(masked, m.end())
            end = min(end, m.end() + 30)
            masked = _blank(masked, m.start(), end)
            out.masked.append((m.start(), end, "old value"))
    for m in STALE_VALUE.finditer(masked):  # "the 7,900 on <deal> is out of date; …": the old amount, named to replace
        if find_amounts(m.group("old")):
            masked = _blank(masked, m.start("old"), m.end("old"))
            out.masked.append((m.start("old"), m.end("old"), "old value"))
    for rx in (FROM_TO, NOT_BUT, NOT_VALUE, NOT_DOMAIN, WONT_CLOSE):
        for m in rx.finditer(masked):
            old = m.group("old")
            if find_amounts(old) or find_dates(old, _ANY_DAY) or _names_a_stage(old, snap) or \
                    re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", old.strip(" .,;!").lower()):  # "…, not old-name.com"
                masked = _blank(masked, m.start(), m.start("old") + len(old))
                out.masked.append((m.start(), m.start("old") + len(old), "old value"))
    out.text = masked
    return out


_ANY_DAY = __import__("datetime").date(2000, 1, 5)
def _names_a_stage(words: str, snap: Snapshot | None) -> bool:
    """Whether a phrase names a stage of the configured pipeline (so "not <stage>" is an old value)."""
    if snap is None:
        return False
    return any(m.kind == "stage" for m in lexicon(snap).mentions(tokenize(words)))


# -- grounding after understanding ------------------------------------------------------------------------------
_NEW_PREP = set(ROLES["new_value_preps"])
_FILTER_PREP = set(ROLES["filter_preps"])
_STAGE_FOLLOW = set(ROLES["stage_filter_followers"])
_AMOUNT_FILTER = set(ROLES["amount_filter_preps"])
_DATE_FILTER = set(ROLES["date_filter_preps"])


def _words_before(text: str, pos: int, n: int = 2) -> list[str]:
    return re.findall(r"[\w'=]+", text[:pos].lower())[-n:]


def _role(text: str, start: int, end: int, filters: set[str]) -> str:
    """'new' when a new-value word governs the span, 'filter' when a filter/old-value word does, else 'plain'."""
    before = _words_before(text, start, 2)
    last = before[-1] if before else ""
    pair = " ".join(before)
    if last == "in" and len(before) == 2 and before[0] in ("is", "are", "now", "be", "being", "goes", "go"):
        return "new"  # "is now in negotiation" states the new stage; "every deal in negotiation" filters
    if last == "in":  # "put the <deal> in Design", "keep it in Permitting": the place it goes or stays
        head = re.split(r"[,;:.!?]|\s[-–—]\s", text[:start])[-1].lower()
        verb = re.search(r"\b(put|puts|keep|keeps|leave|leaves|stay|stays|place|park|file|pop|stick|drop)\b", head)
        if verb and not re.search(r"\b(all|every|each|any|deals|opportunities|opps)\b", head[verb.end():]):
            return "new"
    if last in filters or pair in filters:
        return "filter"
    if last in _NEW_PREP or pair in _NEW_PREP:
        return "new"
    return "plain"


DOCUMENT_NOUN = re.compile(r"\s+(contract|contracts|quote|quotes|agreement|agreements|paperwork|papers|documents?|"
                           r"order|po|copy|version|proposal|msa|sow|drawings?|plans?|forms?|review|meeting|call)\b", re.I)


# "signed off a 130k budget", "approved the drawings": a stage word as a verb whose object is a thing, not the deal
APPROVED_THING = re.compile(r"\s+(?:off\s+)?(?:a|an|the|their|our|its|his|her)\s+(?:[\w$£€.,-]+\s+){0,2}?(?:budget|spend|"
                            r"figure|amount|cost|costs|design|designs|drawings?|layout|scope|survey|report|plan|plans|"
                            r"timeline|programme|schedule|dates?|minutes|invoice|expense)s?\b", re.I)


def stage_role(text: str, start: int, end: int) -> str:
    """Role of a stage named at text[start:end]: new (the value to set), filter (which records), or plain."""
    if re.search(r"\b(?:them|them all|all of them|all of those|all of these|each of them|both of them|both|"
                 r"every one of them)\s+(?:as\s+|to\s+|into\s+)?$", text[:start], re.I) or \
            re.search(r"\b(?:put|move|pop|stick|place|drop|shift|park)\s+(?:them|those|these|the lot|it)(?:\s+all)?\s+in\s+$",
                      text[:start], re.I) or \
            BELONGS_AT.search(text[:start]):
        # "… ought to be sitting in <stage>", "my <product> deals should all be at <stage> now": where they belong
        return "new"  # "mark them all lost": the records were given before, the stage is their new value
    lead = F.PREDICATE_LEAD.search(text, 0, start)
    if lead is not None and lead.end() == start and F.PREDICATE_TAIL.match(text, end) and \
            re.match(r"\s*(?:$|[,;.!?—–-])", text[F.PREDICATE_TAIL.match(text, end).end():]) and \
            not re.search(r"\b(?:that|which|who|where|whose)\s*$", text[:lead.start()], re.I) and \
            F.SET_SUBJECT.match(re.split(r"[.;!?]\s", text[:lead.start()])[-1]):
        return "new"  # "my deals at <stage> where nobody replied in three weeks have <stage>": said of the deals
    if re.search(r"\b(?:start|starts|starting|begin|begins|beginning|will be|'ll be|going to be|gonna be|about to be|due to "
                 r"be)\s+$", text[:start], re.I):
        return "filter"  # "the crew start breaking ground on <deal> on Monday": an event to come, not a stage to set
    if re.search(r"(?:^|[.;!?]\s*|\b(?:did|do|done|had|have|held|ran|run|book|booked|after|before|from)\s+(?:the\s+|a\s+|our\s+)?)$",
                 text[:start], re.I) and re.match(r"\s+(?:at|with)\s+[A-Z]", text[end:]):
        return "filter"  # "site walk at <company> on Tuesday with <person>", "did the site walk with <person>": an event
    if re.match(r"[\s-]+(?:walk-?round|walk-?through|walk|visit|meeting|survey|inspection|session|check-?in)\s+(?:at|with)\b",
                text[end:], re.I):
        return "filter"  # "linen audit walk-round at <company> with <person>": the stage's name names the event
    if re.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|some|many|\d+)\s+"
                 r"[a-z]+s\s+(?:(?:have|had|were|got|all|just)\s+)?$", text[:start], re.I):
        return "filter"  # "three proofs signed off in a fortnight": a count of things done, no record to move
    if APPROVED_THING.match(text, end):
        return "filter"  # "they've signed off a 130k budget": a thing approved, not the deal won
    before = _words_before(text, start, 1)
    if before and before[-1] in ("the", "a", "an", "their", "our", "his", "her", "that", "this") and \
            DOCUMENT_NOUN.match(text[end:]):
        return "filter"  # "about the signed contract", "a design review": a word describing a thing, not a stage
    if re.search(r"\b(?:deals?|opportunities|opps?|ones)\s+(?:that|which|whose|where)\b[^,;.]*$", text[:start], re.I) and \
            not re.search(r"\b(?:to|into|as)\s+(?:the\s+)?$", text[:start], re.I):
        return "filter"  # "all deals that <…signed…> to July 1": a word of the clause that selects, never the new value
    if re.search(r"\b(?:[Dd]eals?|[Oo]pportunities|[Oo]pps?|ones)\s+(?:that\s+|which\s+)?(?:we|I|i|you|they|he|she|"
                 r"[A-Z][a-z]+)\s*(?:'ve|’ve|have|had|'d|’d)?\s+(?:already\s+|just\s+|recently\s+)?$", text[:start]) and \
            not re.search(r"\b(?:to|into|as)\s+(?:the\s+)?$", text[:start], re.I):
        return "filter"  # "the deals we've won this year were …": which deals, said as a clause; nothing is marked
    thing = re.search(r"\b(?:the|our|my|his|her|their)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:is|was|'s|’s|are|were)\s+"
                      r"(?:now\s+|totally\s+|completely\s+|well and truly\s+)?$", text[:start])
    if thing and not re.search(r"\b(deals?|opportunit\w*|opps?|accounts?|renewals?|it|they|pipeline|lead|prospect)\b",
                               thing.group(1)):
        return "filter"  # "the coffee machine is dead": a thing that is not a record, so not a stage to set
    if re.search(r"\b(?:now that|because|seeing as|given that|since)\b[^,;.]*$|(?<=\w)\s+now\s+(?:the|they|their|our|we|"
                 r"he|she|it|its)\b[^,;.]*$", text[:start], re.I):
        return "filter"  # "<person> is a customer now that the clinic's signed up": the reason, not a change
    role = _role(text, start, end, _FILTER_PREP)
    follower = re.match(r"\s*([\w']+)", text[end:])
    if follower and follower.group(1).lower() in _STAGE_FOLLOW and role != "new":
        return "filter"
    return role


SELF_OWNER = re.compile(r"\b(?:to me|me as|give me|assign me|for me|is for me|i'?ll take|i will take|i'?m taking|i am taking|"
                        r"i take|take (?:it |them |this |that )?over|taking (?:it |them )?over|took (?:it |them )?over|"
                        r"takes over|mine now|now mine|are mine|is mine|i(?:'ll| will| should| shall| now| can) own|"
                        r"i own (?:it|this|that|them|those) now|i'?m the (?:new )?owner|i am the (?:new )?owner|"
                        r"my (?:account|deal|contact|lead|client)s? now|over to me|onto me|myself|me\b|"
                        r"i(?:'ll|'m| will| am| can)? (?:look(?:ing)? after|handl(?:e|ing)|cover(?:ing)?|manag(?:e|ing)|run(?:ning)?|"
                        r"pick(?:ing)? up|be in charge of|be the owner of|be responsible for)\b)", re.I)


def ungrounded(text: str, candidates: list, snap: Snapshot, user_id: int, today=None) -> list[str]:
    """Why some new value of an update is not stated in the sentence as a new value (empty: all grounded)."""
    problems: list[str] = []
    tokens = tokenize(text)
    mentions = prefer_users(tokens, lexicon(snap).mentions(tokens))
    stages = [(m.ids[0], tokens[m.start].start, tokens[m.end - 1].end) for m in mentions if m.kind == "stage"]
    users = [(m.ids, tokens[m.start].start, tokens[m.end - 1].end) for m in mentions if m.kind == "user"]
    amounts = find_amounts(text)
    for cand in candidates:
        if not cand.op.startswith("update"):
            continue
        for f, value in cand.fields.items():
            if f == "stage":
                spans = [(s, e) for v, s, e in stages if v == value]
                roles = [stage_role(text, s, e) for s, e in spans]
                if not spans:
                    problems.append(f"the new stage {value} is not said in the request")
                elif all(r == "filter" for r in roles):
                    problems.append(f"“{value}” reads as which records to change, not as their new stage")
            elif f == "owner_id":
                spans = [(s, e) for ids, s, e in users if value in ids]
                if not spans:
                    if value != user_id:
                        problems.append("the new owner is not named in the request")
                    elif not SELF_OWNER.search(text) and not F.SPEAKER_TAKES.search(text):
                        # "every lead I own …": the speaker as a filter, not the new owner
                        problems.append("you are named as the current owner, not the new one")
                    continue
                possessive = [text[e:e + 2] in ("'s", "’s") or (_words_before(text, s, 2) == ["owned", "by"] and
                                                                  _words_before(text, s, 3)[0] not in ("now", "be", "is"))
                              for s, e in spans]
                if all(possessive):
                    problems.append(f"{snap.users[value]['name']} is named as the current owner, not the new one")
            elif f == "amount":
                spans = [(s, e) for v, s, e in amounts if abs(v - float(value)) < 0.005]
                if spans and all(_role(text, s, e, _AMOUNT_FILTER) == "filter" for s, e in spans):
                    problems.append(f"{value:,.0f} reads as a filter or an old value, not as the new amount")
    said: dict = {}
    for cand in candidates:  # one record given two different new values for one field: which one was meant?
        if cand.op.startswith("update"):
            for rid in cand.targets:
                for f, v in cand.fields.items():
                    first_value = said.setdefault((cand.op, rid, f), v)
                    if f == "stage" and first_value in snap.stages and v in snap.stages and \
                            snap.stages.index(v) > snap.stages.index(first_value):
                        said[(cand.op, rid, f)] = v  # "has passed <stage> and is now in <next stage>": it moved on
                        continue
                    if first_value != v:
                        problems.append(f"two different new values for {f.replace('_id', '').replace('_', ' ')} "
                                        f"({said[(cand.op, rid, f)]} and {v})")
    problems += unaccounted(text, tokens, mentions, candidates, snap)
    problems += unknown_people(text, tokens, mentions, candidates)
    problems += unused_values(text, tokens, mentions, candidates, snap, today)
    return list(dict.fromkeys(problems))


EMAIL_SPAN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DOMAIN_SPAN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]{2,}\.)+[a-z]{2,12})\b(?![@\w])", re.I)
_DATE_FIELDS = ("close_date", "due_date", "occurred_at", "completed_at")


NOTHING_TO_LOG = re.compile(r"\bno need to (?:log|record|note) (?:anything|it|that|this|any of (?:it|that|this)|the (?:call|chat|"
                            r"meeting|visit|conversation))\b|\bdon['’]?t (?:log|record) (?:anything|it|that|this|any of (?:it|that|this)|"
                            r"the (?:call|chat|meeting|visit|conversation|email))\b|\bnothing (?:worth|to) (?:log|logging|record|"
                            r"recording|note)\b", re.I)
# "— nothing to change in the CRM, just venting": a remark; the message asks for no change
NOTHING_TO_CHANGE = re.compile(r"\b(?:nothing to (?:change|update|do)|no (?:changes?|action|updates?) (?:needed|required|"
                               r"necessary)|no need to (?:change|update) anything)(?:\s+(?:in|on)\s+(?:the\s+)?(?:crm|system|"
                               r"records?))?(?:\s*(?:[,;.]|\s[-–—])?\s*(?:just|only)\s+(?:venting|saying|so you know|fyi|letting you "
                               r"know|a heads[- ]up))?\W*$", re.I)
# a reason said after the change ("…, since the airport board signed off the budget on Monday"): why, not what or when
REASON_CLAUSE = re.compile(r"(?:^|[,;]\s*|\s[-–—]\s*)(?:since|because|as|now that|seeing as|given that|cos|cause)\s+"
                           r"(?:the|they|he|she|we|it|our|their|his|her|its)\b[^,;]*", re.I)


def unused_values(text: str, tokens: list, mentions: list, candidates: list, snap: Snapshot,
                  today=None) -> list[str]:
    """Values the request states that no step uses (an amount, a date, a new stage, an email): the plan would do
    less than asked ("move X to negotiation at 48k" planned without the amount)."""
    import datetime as dt

    values, texts = [], []
    for c in candidates:
        for f, v in c.fields.items():
            values.append((f, v))
            if isinstance(v, str) and not (c.op == "log_activity" and f in ("subject", "body")):
                texts.append(v.lower())
        if c.bulk:
            texts.append(c.bulk.lower())
        rows = {"deals": snap.deals, "tasks": snap.tasks, "companies": snap.companies}.get(c.table, {})
        for rid in c.targets:  # words of the records changed ("the prepare proposal task") are used too
            row = rows.get(rid) or {}
            texts.append(str(row.get("name") or row.get("title") or "").lower())
    free = " ".join(texts)
    content = [c.span for c in candidates if c.span and (c.op == "log_activity" or c.op == "create_task")]

    def in_content(a: int) -> bool:  # what a logged call or a task says is the activity's text, used as such
        return any(x <= a < y for x, y in content)

    missing = []
    said_amounts = find_amounts(text)
    phones = [(m.start(), m.end()) for m in PHONE_SPAN.finditer(text) if sum(c.isdigit() for c in m.group(0)) >= 7]
    for value, a, b in said_amounts:
        if in_content(a) or any(p <= a < q for p, q in phones):
            continue  # "07700 900 312" is a phone number, not an amount of 7,700
        if re.search(r"\b(?:not|typed|entered|keyed|wrote|written|put|had|was|instead of|rather than|from)\s+"
                     r"(?:it\s+(?:in\s+)?as\s+|in\s+|down\s+)?[$£€]?$", text[max(0, a - 30):a], re.I) and \
                any(a2 > b for _, a2, _ in said_amounts):
            continue  # "I typed 61k but it's really 64.5k", "not 13.5k - it's 14.75k": the old value, corrected after
        if re.search(r"\b(?:not|instead of|rather than|used to be)\s+(?:the\s+)?(?:old\s+)?[$£€]?$", text[max(0, a - 30):a],
                     re.I) and any(b2 <= a for _, _, b2 in said_amounts):
            continue  # "is now 24,600 not 23,800": the old value, said after the new one
        if re.match(r"\s*(?:on\s+[^;,.]{1,60}?\s+)?(?:was|is|were)\s+(?:a\s+|just\s+a\s+)?(?:typo|wrong|a mistake|mistake|incorrect|"
                    r"an error|error|out of date|outdated|old|stale|superseded|no longer (?:right|valid|correct|current))\b",
                    text[b:b + 90], re.I):
            continue  # "the 52k was a typo, it should be 55.5k"
        used = any(f == "amount" and isinstance(v, (int, float)) and abs(float(v) - value) < 0.5 for f, v in values)
        if not used and text[a:b].strip().lower() not in free and f"{value:,.0f}" not in free:
            missing.append(text[a:b].strip())
    for m in EMAIL_SPAN.finditer(text):
        if m.group(0).lower() not in free and not in_content(m.start()):
            missing.append(m.group(0))
    for p, q in phones:  # a phone number said is a phone number to set (or a note's text)
        said = re.sub(r"\D", "", text[p:q])
        if not in_content(p) and not any(isinstance(v, str) and re.sub(r"\D", "", v) == said for _, v in values) and \
                said not in re.sub(r"\D", "", free):
            missing.append(text[p:q].strip())
    for m in DOMAIN_SPAN.finditer(text):
        if m.group(1).lower() not in free and not in_content(m.start()) and not EMAIL_SPAN.search(
                text[max(0, m.start() - 40):m.end()]):
            missing.append(m.group(1))
    for m in mentions:
        if m.kind != "stage":
            continue
        a, b = tokens[m.start].start, tokens[m.end - 1].end
        if in_content(a):
            continue
        used = any(f == "stage" and v == m.ids[0] for f, v in values) or m.ids[0].lower() in free
        if not used and stage_role(text, a, b) != "filter" and text[a:b].lower() not in free:
            missing.append(text[a:b])
    dates = {v if isinstance(v, dt.date) and not isinstance(v, dt.datetime) else v.date()
             for f, v in values if f in _DATE_FIELDS and isinstance(v, (dt.date, dt.datetime))}
    only_done = bool(candidates) and all(c.op == "complete_task" for c in candidates)
    closed = any(c.fields.get("stage") in snap.stages[-2:] for c in candidates if c.op == "update_deal") if snap.stages else False
    reasons = [(m.start(), m.end()) for m in REASON_CLAUSE.finditer(text)]  # "…, since the board signed off on Monday"
    if today is not None and not only_done:  # a completion has no date to use ("Monday brain is real, but I did …")
        for (d1, a, b), past in [(x, False) for x in find_dates(text, today)]:
            alts = {d1} | {d for d, a2, b2 in find_dates(text, today, past=True) if (a2, b2) == (a, b)}
            quiet = re.search(r"\b(activit\w*|touch\w*|quiet|heard|contact\w*|updated|silent)\b[^,;.]{0,20}$",
                              text[max(0, a - 30):a], re.I) or any(q.start() <= a < q.end() for q in I.QUIET.finditer(text))
            if in_content(a) or any(x <= a < y for x, y in reasons):
                continue
            if closed and d1 <= today and not dates:  # "<deal> got signed off today!": when it was won, not a date to set
                continue
            if not alts & dates and d1.isoformat() not in free and text[a:b].lower() not in free and \
                    not (quiet and "no activity" in free):
                missing.append(text[a:b])
    if missing:
        return [f"the plan does not use {', '.join(dict.fromkeys(missing))} from the request"]
    return []


_TABLE_OF = {"contact": "contacts", "company": "companies", "deal": "deals"}
_LINKS = {"company_id": "companies", "contact_id": "contacts", "deal_id": "deals"}


def _used(candidates: list, snap: Snapshot) -> tuple[dict[str, set], dict[str, set]]:
    """Ids of records the plan changes or links (direct), and records linked to what it changes (via)."""
    direct: dict[str, set] = {"companies": set(), "contacts": set(), "deals": set()}
    via: dict[str, set] = {"companies": set(), "contacts": set(), "deals": set()}
    rows = {"companies": snap.companies, "contacts": snap.contacts, "deals": snap.deals, "tasks": snap.tasks}
    only_tasks = bool(candidates) and all(c.table == "tasks" and c.op == "complete_task" for c in candidates)
    for cand in candidates:
        for rid in cand.targets:
            if cand.table in direct:
                direct[cand.table].add(rid)
            row = rows.get(cand.table, {}).get(rid) or {}
            for f, table in _LINKS.items():
                if row.get(f) is not None:  # a task's person, company and deal are what names the task
                    (direct if only_tasks else via)[table].add(row[f])  # (when the plan only completes tasks)
        for f, value in cand.fields.items():
            if f in _LINKS and isinstance(value, int):
                direct[_LINKS[f]].add(value)
                row = rows[_LINKS[f]].get(value) or {}
                if row.get("company_id") is not None:
                    direct["companies"].add(row["company_id"])
        if cand.bulk:
            direct["companies"].update(cid for cid, c in snap.companies.items() if c["name"] in cand.bulk)
    return direct, via


ACTION = re.compile(rf"\b(?:{_alt('action_verbs')})\b", re.I)
CLAUSE = re.compile(r"[,;.!?:]|\s[-–—]\s")


def _acted_on(text: str, pos: int) -> bool:
    """Whether the clause around pos asks for an action (a bare remark like "Gwen wants us on site" does not)."""
    starts = [m.end() for m in CLAUSE.finditer(text, 0, pos)]
    end = CLAUSE.search(text, pos)
    clause = text[starts[-1] if starts else 0:end.start() if end else len(text)]
    return bool(ACTION.search(clause))


PERSON = re.compile(r"\b(?:with|to|for|from|and|called|emailed|met|texted|phoned)\s+"
                    r"([A-Z][a-z'’-]+(?:\s+(?:de|van|von|der|da|di|du|la|le|del)\b)*(?:\s+[A-Z][a-z'’-]+){1,2})\b")


# "<First Last> from <company> came in for a meeting": a person named first, by where they work
PERSON_LEAD = re.compile(r"^\W*([A-Z][a-z'’-]+(?:\s+(?:de|van|von|der|da|di|du|la|le|del)\b)*\s+[A-Z][a-z'’-]+)\s+(?:from|at|of)\s+[A-Z]")


def unknown_people(text: str, tokens: list, mentions: list, candidates: list) -> list[str]:
    """A person the request names who is not in the CRM and is not being created: logging a meeting "with Ann
    Lee" must not quietly drop Ann Lee."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    created = " ".join(str(v) for c in candidates for f, v in c.fields.items()
                       if isinstance(v, str) and not (c.op == "log_activity" and f in ("subject", "body"))).lower()
    out = []
    for m in list(PERSON.finditer(text)) + list(PERSON_LEAD.finditer(text)):
        span = [i for i, t in enumerate(tokens) if m.start(1) <= t.start < m.end(1)]
        if not span or any(i in covered for i in span) or m.group(1).lower() in created:
            continue
        out.append(f"{m.group(1)} is not in the CRM (add them as a contact first, or check the spelling)")
    return out


FINE_CLAUSE = re.compile(r"[,;.!?:]|\s[-–—]\s|\s(?:and|then|but|also)\s", re.I)
TARGET_WORD = re.compile(r"\b(deal|deals|opportunity|opp|task|tasks|renewal|account|his|her|their|its)\b", re.I)


def _names_the_target(text: str, pos: int, tokens: list, mentions: list) -> bool:
    starts = [m.end() for m in FINE_CLAUSE.finditer(text, 0, pos)]
    lo = starts[-1] if starts else 0
    end = FINE_CLAUSE.search(text, pos)
    hi = end.start() if end else len(text)
    if TARGET_WORD.search(text[lo:hi]):
        return True
    return any(m.kind in ("deal", "company") and lo <= tokens[m.start].start < hi and tokens[m.start].start != pos
               for m in mentions)


def unaccounted(text: str, tokens: list, mentions: list, candidates: list, snap: Snapshot) -> list[str]:
    """Records the request names that no step of the plan touches or links: the plan would do less than asked
    (e.g. "log a call with A and move B": only B planned)."""
    direct, via = _used(candidates, snap)
    created = " ".join(str(v) for c in candidates if c.op.startswith("create") or c.op == "log_activity"
                       for v in c.fields.values() if isinstance(v, str)).lower()
    missing, used_spans, unused = [], set(), []
    for m in mentions:
        table = _TABLE_OF.get(m.kind)
        if table is None or m.fuzzy or len(m.ids) != 1:
            continue
        if m.text.lower() in created:
            used_spans.add((m.start, m.end))
            continue
        if set(m.ids) & direct[table] or not _acted_on(text, tokens[m.start].start):
            used_spans.add((m.start, m.end))
            continue
        if set(m.ids) & via[table] and (m.kind == "company" or _names_the_target(text, tokens[m.start].start, tokens, mentions)):
            used_spans.add((m.start, m.end))
            continue  # "move Jane's deal …", "the <company> pricing task": named to find the record changed
        unused.append(m)
    # one word read two ways ("Mossley": a company and a person's surname) is accounted for when either reading is used
    missing = [m.text for m in unused if (m.start, m.end) not in used_spans]
    owners = {v for c in candidates for f, v in c.fields.items() if f in ("owner_id", "author_id")}
    titles = " ".join(str(c.fields.get("title", "")) for c in candidates if c.op == "create_task").lower()
    for m in mentions:  # "…, and hand the <company> account to <rep>": a new owner said must be in the plan
        if m.kind != "user" or len(m.ids) != 1 or m.ids[0] in owners or m.text.lower() in titles:
            continue  # a task's text ("remind me to give … to <rep>") keeps the name; it is no new owner
        if re.match(r"[\s.…,]*(?:no|nope|sorry|actually|wait|i mean|scratch that)\b", text[tokens[m.end - 1].end:], re.I):
            continue  # "to <rep>... no, to <other rep>": corrected
        before = text[max(0, tokens[m.start].start - 12):tokens[m.start].start].lower()
        if re.search(r"\b(?:to|over to|onto)\s+$", before) and _acted_on(text, tokens[m.start].start):
            missing.append(m.text)
    if missing:
        return [f"the plan does nothing with {', '.join(dict.fromkeys(missing))}"]
    return []
