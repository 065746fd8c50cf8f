"""Typo repair before recognition: shorthand expanded, a misspelt word becomes the nearest known CRM word.

"mvoe the wexfrod roftop units to negotiaton" -> "move the wexford rooftop units to negotiation". Only lowercase
words that are neither English (the `english-words` lists, with common endings stripped) nor known to the CRM
are touched, only within a small edit distance (a swap of two letters counts once) of exactly one known word, so
names typed with capitals and ordinary words are never rewritten.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from core.operations import ACTIVITY_TYPES, LIFECYCLE_STAGES
from core.snapshot import Snapshot
from core.understanding.lexicon import COMMON, TOKEN, lexicon, norm, tokenize

VOCAB = Path(__file__).with_name("vocab")
_ROLES = json.loads((VOCAB / "roles.json").read_text(encoding="utf-8"))
_SHORT = json.loads((VOCAB / "shorthand.json").read_text(encoding="utf-8"))
SYMBOLS = re.compile("|".join(re.escape(k) for k in sorted(_SHORT["symbols"], key=len, reverse=True)), re.I)
VERBS = {"move", "update", "change", "mark", "assign", "reassign", "delete", "remove", "create", "remind", "schedule",
         "transfer", "meeting", "called", "emailed", "amount", "close", "contact", "company", "opportunity",
         "reminder", "tomorrow", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday",
         "january", "february", "march", "april", "august", "september", "october", "november", "december",
         "customer", "prospect", "opportunity", "churned", "phone", "email", "number", "owner", "close date",
         "yesterday", "today", "tonight", "weekend", "morning", "afternoon", "evening", "next week", "overdue",
         "pipeline", "quarter", "activity", "activities", "deals", "tasks", "biggest", "largest", "smallest"} | {
    w for v in _ROLES["write_verbs"] for w in re.findall(r"[a-z]+", v) if len(w) >= 4} | set(LIFECYCLE_STAGES) | \
    set(ACTIVITY_TYPES) | {w for f in json.loads((VOCAB / "frames.json").read_text(encoding="utf-8"))["fields"].values()
                           for phrase in f["words"] for w in phrase.split() if len(w) >= 5}  # "industy", "webiste"
# the words questions are made of, the longer ones only: a misspelling one edit away ("acounts", "pipline") is
# repaired, a farther one is not ("redlines" is no "replies")
ASKING = {w for line in (VOCAB / "question_words.txt").read_text(encoding="utf-8").splitlines() if not line.startswith("#")
          for w in line.split() if len(w) >= 5 and w.isalpha()} - VERBS
ENDINGS = ("'s", "s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "ies", "ied")
# A capitalised word is a name and left alone, except a near miss of a day, a month or a pipeline stage ("Munday",
# "Febuary", a transcript's "Priposal"): those are written with a capital, and a name one letter away is rarer
CALENDAR = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december")


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    try:
        from english_words import get_english_words_set
    except ImportError:  # the word list is optional: without it only CRM words count as known
        return frozenset()
    return frozenset(get_english_words_set(["web2", "gcide"], lower=True))


def is_english(word: str) -> bool:
    words = _english()
    if word in words:
        return True
    for end in ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)]
            if stem in words or stem + "e" in words or (end in ("ies", "ied") and stem + "y" in words) or \
                    (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words):
                return True
    return False


def _vocabulary(snap: Snapshot) -> tuple[set[str], list[str]]:
    cached = getattr(snap, "_typo_vocab", None)
    if cached is not None:
        return cached
    known = set(COMMON) | VERBS
    names = set()
    for key in lexicon(snap).aliases:
        names.update(w for w in key.split() if w.isalpha())
    known |= names
    stage_words = _stage_words(snap)
    known |= stage_words
    targets = sorted({w for w in VERBS | names | ASKING | stage_words if len(w) >= 4 and w.isalpha()})
    snap._typo_vocab = (known, targets)
    return known, targets


_LITERAL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,12}\b", re.I)


# "<email> - no wait, .com": the ending corrected, said as the new ending only
_ENDING_FIX = re.compile(r"([\w.+-]+@[\w-]+)((?:\.[\w-]+)+)\s*(?:[-–—,;]\s*)*(?:no wait|wait|sorry|i mean|actually|scratch that|strike that|"
                         r"correction|make that|typo|oops|my bad|should be|no)[,:\s]+(?:it'?s\s+)?(\.[a-z]{2,}(?:\.[a-z]{2,})?)\b|"
                         r"([\w.+-]+@[\w-]+)((?:\.[\w-]+)+)\s*[-–—,;]+\s*(\.[a-z]{2,}(?:\.[a-z]{2,})?)\s*,?\s*not\s+\.[a-z]{2,}"
                         r"(?:\.[a-z]{2,})?\b", re.I)
# "<phone> - typo, <phone>", "<phone> - sorry, <phone>": the second number replaces the first
_PHONE_FIX = re.compile(r"\+?\d[\d ().-]{5,}\d\s*(?:[-–—,;]\s*)*(?:(?:no wait|wait|sorry|i mean|actually|scratch that|strike that|correction|make that|"
                        r"typo|oops|my bad|should be|no)[,:\s]+)+(?:it'?s\s+)?(\+?\d[\d ().-]{5,}\d)\b", re.I)
# "<name>@old.io - no wait, new.com": the domain corrected, said as the new domain only
_DOMAIN_FIX = re.compile(r"([\w.+-]+@)((?:[\w-]+\.)+[a-z]{2,12})\s*(?:[-–—,;]\s*)*(?:no wait|wait|sorry|i mean|actually|scratch that|strike that|"
                         r"correction|make that|no)[,:\s]+(?:it'?s\s+)?@?((?:[a-z0-9-]+\.)+[a-z]{2,12})\b(?![@\w.-])",
                         re.I)


# "<email> - sorry, <other email>": the second address replaces the first
_EMAIL_FIX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:[-–—,;]\s*)*(?:no wait|wait|sorry|i mean|actually|scratch that|strike that|correction|"
                        r"make that|no)[,:\s]+(?:it'?s\s+)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.I)


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# "the 14th of April, sorry I mean the 16th", "April 14 - no wait, the 16th": the day corrected, in the month said first
_DAY_FIX = re.compile(rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\b|(?P<m2>{_MONTH})\.?\s+\d{{1,2}}"
                      rf"(?:st|nd|rd|th)?\b", re.I)
_DAY_AFTER = re.compile(r"\s*(?:[-–—,;.]\s*)*(?:oh,?\s+)?(?:no wait|wait|sorry|no|actually|correction)(?:[,:\s]+(?:i mean|"
                        r"i meant|make that|it'?s|no))*[,:\s]+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:of\b|/|-|"
                        rf"{_MONTH}\b|k\b|%|am\b|pm\b))", re.I)


def _day_fix(text: str) -> str:
    out, last = [], 0
    for m in _DAY_FIX.finditer(text):
        after = _DAY_AFTER.match(text, m.end())
        if after and m.start() >= last:
            out += [text[last:m.start()], f"{m.group('m1') or m.group('m2')} {after.group('d')}"]
            last = after.end()
    return "".join(out) + text[last:]


FORTNIGHT = re.compile(r"\b(a|one|two|three)\s+fortnights?\b", re.I)


def expand(text: str) -> str:
    """Shorthand ("w/", "->", "mtg", "tmrw") as words; an email address, URL or domain is kept as typed
    ("w.asare@…" is not "with.asare@…"); "x@y.co.uk - no wait, .com" is x@y.com, "x@y.io - sorry, z.com" x@z.com."""
    text = _EMAIL_FIX.sub(lambda m: m.group(1), text)
    text = FORTNIGHT.sub(lambda m: {"a": "two", "one": "two", "two": "four", "three": "six"}[m.group(1).lower()] + " weeks",
                         text)  # "nothing logged for a fortnight": two weeks, for every filter and date that counts weeks
    text = _day_fix(text)
    text = _ENDING_FIX.sub(lambda m: m.group(1) + m.group(3) if m.group(1) else m.group(4) + m.group(6), text)
    text = _PHONE_FIX.sub(lambda m: m.group(1), text)
    text = _DOMAIN_FIX.sub(lambda m: m.group(1) + m.group(3).lower(), text)
    parts, last = [], 0
    for m in _LITERAL.finditer(text):
        parts += [_expand(text[last:m.start()]), m.group(0)]
        last = m.end()
    return "".join(parts) + _expand(text[last:])


def _expand(text: str) -> str:
    text = SYMBOLS.sub(lambda m: _SHORT["symbols"][m.group(0).lower()], text)
    text = re.sub(r"(?<=[^\W\d_])-(stage|phase|tier)\b", r" \1", text, flags=re.I)  # "walkthrough-stage deals"
    return re.sub(r"\b[a-z]+\b", lambda m: _SHORT["words"].get(m.group(0), m.group(0)), text)


def correct(text: str, snap: Snapshot) -> str:
    """The text with shorthand expanded and unknown lowercase words replaced by the known word they misspell."""
    text = expand(text)
    known, targets = _vocabulary(snap)
    out, last = [], 0
    for m in TOKEN.finditer(text):
        word = m.group(0)
        low = norm(word)
        if word[0].isupper() and len(low) >= 5 and low.isalpha() and low not in known and not is_english(low):
            prev = re.search(r"(\S+)\s*$", text[:m.start()])
            if prev and prev.group(1)[:1].isupper() and not prev.group(1).endswith((".", "!", "?", ":")):
                continue  # "Odette Marchal": part of a name, not a misspelt month
            near = [t for t in CALENDAR + tuple(_stage_words(snap)) if OSA.distance(low, t) == 1 and t[0] == low[0]]
            if len(set(near)) == 1:
                out.append(text[last:m.start()] + near[0].capitalize())
                last = m.end()
            continue
        # only where a stage is the value ("to pencilld"); not "shelve" for "Shelved", "roughs", "closes before"
        staged = [w for w in _stage_words(snap) if OSA.distance(low, w) == 1 and w[0] == low[0]
                  and low not in (w + "s", w + "es", w[:-1])] \
            if len(low) >= 6 and low.isalpha() and not word[0].isupper() and low not in known and \
            _STAGE_SLOT.search(text[max(0, m.start() - 8):m.start()]) and low not in _english() else []
        if len(set(staged)) == 1:  # "to pencilld": a stage one letter off, though its stem is an English word
            out.append(text[last:m.start()] + staged[0])
            last = m.end()
            continue
        if len(low) < 4 or not low.isalpha() or low in known or word[0].isupper() or is_english(low) \
                or "@" in text[max(0, m.start() - 1):m.end() + 1]:
            continue
        limit = 1 if len(low) <= 6 else 2
        scored = sorted((OSA.distance(low, t), t) for t in targets if abs(len(t) - len(low)) <= limit
                        and t[0] == low[0])
        scored = [(d, t) for d, t in scored if d <= (1 if t in ASKING and t not in known - ASKING else limit)]
        if len(scored) > 1 and scored[1][0] == scored[0][0]:  # a tie: swapped letters ("contarct") or a doubled
            # letter typed once ("acounts") decide
            best = [x for x in scored if x[0] == scored[0][0]]
            scored = [x for x in best if sorted(x[1]) == sorted(low)] or [x for x in best if _undoubled(x[1], low)]
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            continue
        fix = scored[0][1]
        if len(low) == 4 and sorted(fix) != sorted(low):  # short words: only swapped letters ("mvoe")
            continue
        out.append(text[last:m.start()] + fix)
        last = m.end()
    return stage_verbs(_stage_phrases("".join(out) + text[last:], snap), snap)


def _stage_verb_forms(snap: Snapshot) -> dict[str, str]:
    """'release' -> 'Released', 'lapse' -> 'Lapsed', 'pencil' -> 'Pencilled': the verb of each one-word stage named
    by a past participle, when that verb is an English word (so the pipeline, not a word list, decides)."""
    cached = getattr(snap, "_stage_verbs", None)
    if cached is None:
        cached = {}
        for st in snap.stages:
            w = st.lower()
            if " " in w or not w.endswith("ed") or len(w) < 6:
                continue
            stems = [w[:-1], w[:-2]] + ([w[:-3]] if w[-3] == w[-4] else []) + ([w[:-3] + "y"] if w.endswith("ied") else [])
            verb = next((v for v in stems if len(v) >= 4 and v in _english()), None) or \
                (stems[2] if len(stems) > 2 and w[-3] == w[-4] else w[:-2])  # "shortlisted": no dictionary word
            if verb and verb not in _NOT_STAGE_VERBS:
                cached[verb] = st
        snap._stage_verbs = cached
    return cached


_NOT_STAGE_VERBS = {"close", "sign", "open", "quote", "book", "schedule", "plan", "call", "test"}  # say more than a stage


def stage_verbs(text: str, snap: Snapshot) -> str:
    """'release every deal that's gone quiet', '…, lapse it': a stage said as its verb, at the head of a clause with
    what it acts on, reads as 'move … to <stage>' (the clause's end gets the stage)."""
    forms = _stage_verb_forms(snap)
    if not forms:
        return text
    # the stage's own word after "please" ("please shortlisted every …": a verb the typo repair took for the stage);
    # elsewhere a participle is narrative ("…, confirmed the venue with her")
    said = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    asked = "|".join(sorted((re.escape(st.lower()) for st in forms.values()), key=len, reverse=True))
    forms = forms | {stage.lower(): stage for stage in forms.values()}
    rx = re.compile(r"(?:(?P<lead>^\W*|[,;:.!?—–-]\s*|\b(?:please|pls|so|just|and|then|can you|could you|let'?s)\s+)"
                    r"(?P<verb>" + said + r")|\b(?:please|pls|can you|could you|kindly)\s+(?P<verb2>" + asked + r"))"
                    r"(?=\s+(?:it|them|that|this|those|these|the\b|every\b|all\b|each\b|both\b|my\b|our\b|(?-i:[A-Z])))", re.I)
    m = rx.search(text)
    if not m:
        return text
    verb = "verb" if m.group("verb") else "verb2"
    end = re.compile(r"\s*(?:[,;!?]|\.(?:\s|$)|\s[—–-]\s|\s+(?:but|because|since|as)\b|\s+and\s+(?=(?:i|we|log|remind|"
                     r"then|also|set|move|add|create|mark|make|give|put|send|call|email|book|tell|ask)\b))", re.I).search(
        text, m.end(verb))
    stop = end.start() if end else len(text.rstrip(" .!"))
    obj = text[m.end(verb):stop]
    toks = tokenize(obj)
    if not re.search(r"\b(?:deals?|opportunit(?:y|ies)|opps?|it|them|those|these|the lot|both)\b", obj, re.I) and \
            not any(x.kind in ("deal", "company") for x in lexicon(snap).mentions(toks)):
        return text  # "confirm the dates with <person>": a thing to do, not a deal to move
    stage = forms[m.group(verb).lower()]
    return text[:m.start(verb)] + "move" + text[m.end(verb):stop] + f" to {stage}" + text[stop:]


_STAGE_SLOT = re.compile(r"(?:\bto|\bbe|\bas|\binto|\bat|\bin|->|→)\s*$", re.I)  # where a stage is the value


def _stage_words(snap: Snapshot) -> frozenset[str]:
    """The pipeline's stage words of five letters or more, once per snapshot."""
    cached = getattr(snap, "_typo_stage_words", None)
    if cached is None:
        cached = frozenset(w for st in snap.stages for w in st.lower().split() if len(w) >= 5 and w.isalpha())
        snap._typo_stage_words = cached
    return cached


def _undoubled(word: str, typed: str) -> bool:
    """The word with one of its doubled letters typed once ("accounts" typed "acounts")."""
    return any(word[i] == word[i + 1] and word[:i] + word[i + 1:] == typed for i in range(len(word) - 1))


def _stage_phrases(text: str, snap: Snapshot) -> str:
    """A stage name of two or more words typed with slips or another spelling ('print ordr', 'prnt order', 'color
    proof' for 'Colour Proof'): the stage's own words, when one stage is that close and none is closer."""
    words = list(re.finditer(r"[A-Za-z]+", text))
    stages = [st for st in snap.stages if len(st.split()) >= 2]
    names = " | ".join([c["name"] for c in snap.companies.values()] + [d["name"] for d in snap.deals.values()]).lower()
    for st in stages:
        n = len(st.split())
        for i in range(len(words) - n + 1):
            span = words[i:i + n]
            said = text[span[0].start():span[-1].end()]
            if said.lower() == st.lower() or not re.fullmatch(r"[A-Za-z]+(?:\s+[A-Za-z]+)*", said) or said.lower() in names:
                continue  # a record's own name ("<Print Orders> Ltd") is never rewritten
            score = fuzz.ratio(said.lower(), st.lower())
            others = max((fuzz.ratio(said.lower(), o.lower()) for o in stages if o != st), default=0)
            if score >= 88 and score > others and all(w.group(0)[0].lower() == t[0].lower()
                                                      for w, t in zip(span, st.split())) and \
                    not any(w.group(0).lower() != t.lower() and len(w.group(0)) == len(t) and is_english(w.group(0).lower())
                            for w, t in zip(span, st.split())):  # "closed last quarter" is not <Closed Lost>; a
                # spelling variant ("color" for "colour") still is
                text = text[:span[0].start()] + st + text[span[-1].end():]
                words = list(re.finditer(r"[A-Za-z]+", text))
    return text
