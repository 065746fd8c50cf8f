"""Clause frames over typed spans: what a clause changes, read from its verb and the role words around each mention.

The recognisers (records, users, stages, products, amounts, dates, emails, phones; core/understanding/lexicon.py and
friends) give typed spans; this module adds field words, pronouns and the speaker, keeps one reading per stretch of
text (longest first), and fills the roles of one of three frames from the verb lexicon in vocab/frames.json:

- TRANSFER{target, new owner}: "we're shifting <record> across to <rep>", "<rep>'s taking over <record>",
  "<record> belongs with <rep> now", "<rep> becomes its owner";
- SET{target, field, new value}: "set their industry to <words>", "<field> <Value>" after the record;
- RELOCATE{contact, company}: "<person> is at <company> now", "… move her there".

A frame is read only when every role it needs is filled by a span in the right role; otherwise there is no frame
and the caller says it did not understand. Nothing is guessed: two readings of one name, two new owners or a value
outside a new-value role give no frame.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

_DATA = json.loads((Path(__file__).with_name("vocab") / "frames.json").read_text(encoding="utf-8"))
_ROLES = json.loads((Path(__file__).with_name("vocab") / "roles.json").read_text(encoding="utf-8"))
RECORD_KINDS = ("company", "contact", "deal")
TABLE_KIND = {"companies": "company", "contacts": "contact", "deals": "deal"}
TABLE = {"company": "companies", "contact": "contacts", "deal": "deals"}


@dataclass(frozen=True)
class Span:
    kind: str   # company | contact | deal | user | stage | product | amount | date | email | phone | field | pronoun | me
    start: int  # characters of the sentence
    end: int
    text: str
    ref: object = None  # the lexicon's Mention for names; the field's name for a field word


@dataclass(frozen=True)
class Frame:
    kind: str    # TRANSFER | SET | RELOCATE
    target: Span
    field: str   # owner_id, company_id or a column of the target's table
    value: object
    cue: str     # the words that decided it, shown in the plan's engine details


def _inflect(lemma: str) -> list[str]:
    """'shift' -> shift, shifts, shifted, shifting; 'hand over' -> the same on its first word."""
    head, _, rest = lemma.partition(" ")
    forms = _DATA["irregular"].get(head)
    if forms is None:
        if head.endswith("e"):
            forms = [head, head + "s", head + "d", head[:-1] + "ing"]
        elif head.endswith(("s", "sh", "ch", "x", "z")):
            forms = [head, head + "es", head + "ed", head + "ing"]
        elif re.search(r"[^aeiou][aeiou][bdgmnpt]$", head) and len(head) <= 4:
            forms = [head, head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]  # swap -> swapped
        else:
            forms = [head, head + "s", head + "ed", head + "ing"]
    return [f + (" " + rest if rest else "") for f in forms]


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


_OBJECT = r"(?:it|them|this|that|these|those|him|her)"


def _verbs(lemmas: list[str]) -> re.Pattern:
    """Every form of the lemmas; a particle verb may hold its object inside ("picking it up", "take them over")."""
    phrases = []
    for lemma in lemmas:
        for form in _inflect(lemma):
            head, _, rest = form.partition(" ")
            rx = re.escape(head)
            if rest:
                rx += rf"(?:\s+{_OBJECT})?\s+" + re.escape(rest).replace(r"\ ", r"\s+")
            phrases.append((len(form), rx))
    return re.compile(r"\b(?:" + "|".join(rx for _, rx in sorted(phrases, key=lambda p: -p[0])) + r")\b", re.I)


# "<name> becomes its owner", "<name> inherits …": a name before these that is both a user and a contact is the user
SUBJECT_OWNER_WORDS = frozenset(_DATA["take"]["subject_owner_words"])
TRANSFER_VERB = _verbs(_DATA["transfer"]["verbs"])
TAKE_VERB = _verbs(_DATA["take"]["verbs"])
BELONG_VERB = _verbs(_DATA["belong"]["verbs"])
SET_VERB = _verbs(_DATA["set"]["verbs"])
RELOCATE_VERB = _verbs(_DATA["relocate"]["verbs"])
OWNER_ROLES = _DATA["transfer"]["owner_roles"]
AUXILIARY = re.compile(r"^(?:\s*(?:" + _alternation(_DATA["take"]["auxiliaries"]) + r"|now|also|just|then))*\s*$", re.I)
# "I'd like to own <record>", "I'm going to look after <record>": the speaker takes it
SPEAKER_TAKES = re.compile(r"\bI(?:['’](?:m|d|ll))?(?:\s+(?:" + _alternation(_DATA["take"]["auxiliaries"]) +
                           r"|now|also|just))*\s+(?:" + TAKE_VERB.pattern + r")", re.I)
OWNER_WORD = re.compile(r"\b(?:its|their|the|his|her)\s+(?:new\s+)?(?:" + _alternation(_DATA["belong"]["owner_words"])
                        + r")\b", re.I)
VALUE_ROLE = re.compile(r"^\s*(?:(?:" + _alternation(_DATA["set"]["value_lead"]) + r")\s+){0,3}"
                        r"(?:(?:from|instead of|rather than)\s+.{1,40}?\s+)?(?P<role>" +
                        _alternation(_DATA["set"]["value_roles"]) + r")(?:\s+|(?<=[:=→>])\s*)", re.I)
OLD_TAIL = re.compile(r"\s*,?\s*\b(?:" + _alternation(_DATA["set"]["old_value_tail"]) + r")\s+(?P<old>.+)$", re.I)
POSSESSED = re.compile(r"^\s*(?:is|'s|’s|are|becomes|will be|should be)\s+(?:now\s+)?$", re.I)
POSSESSION_NOUN = re.compile(r"^\s*(?:" + _alternation(_DATA["belong"]["possession_nouns"]) + r")\b", re.I)
OWNER_OF = re.compile(r"^\s*(?:(?:as|is|becomes|to be)\s+)?(?:the\s+)?(?:new\s+)?(?:account\s+)?owner\s+(?:of|for|on)\s+$", re.I)
POLITE_TAIL = re.compile(r"(?:[\s,;.!—–-]+(?:" + _alternation(_DATA["politeness"]) + r"))+[\s.!?]*$|[\s,;.!?—–-]+$", re.I)
NEGATED = re.compile(r"\b(?:" + "|".join(_ROLES["negation"] + _ROLES["hedges"]) + r")\b", re.I)
PRONOUN = re.compile(r"\b(she|he|her|him|his|it|its|they|them|their)\b", re.I)
SPEAKER = re.compile(r"\b(?:I(?:['’]m|['’]ll)?|me|myself|im)\b", re.I)
NOW_WORD = re.compile(r"\b(?:" + _alternation(_DATA["relocate"]["now_words"]) + r")\b", re.I)
THERE = re.compile(r"\b(?:" + _alternation(_DATA["relocate"]["there_words"]) + r")\W*$", re.I)
KIND_WORD = {kind: re.compile(r"^\s*(?:" + _alternation(words) + r")\b", re.I)
             for kind, words in _DATA["kind_words"].items()}
_FIELD_WORDS = [(w, name) for name, f in _DATA["fields"].items() for w in f["words"]]
FIELD_WORD = re.compile(r"\b(?:" + _alternation([w for w, _ in _FIELD_WORDS]) + r")\b", re.I)
_DETERMINERS = re.compile(r"(?:\s+(?:the|a|an|our|their|his|her|its|my|that|this))+\s*$", re.I)
# "do I own any of …", "is it mine": a clause asked by inverting its verb, an ASK rather than a change
ASKED = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:do|does|did|is|are|was|were|can|could|have|has|will|would|should)\s+(?:i|we|you|he|she|"
                   r"they|it|anyone|anybody|someone)\b(?!\s+mind\b)", re.I)
PLURAL_TARGETS = re.compile(r"\b(?:contacts|deals|accounts|companies|opportunities|opps|leads|people|everyone|"
                            r"everybody)\b", re.I)
PASSIVE_OWNER = re.compile(r"\b(?:will be|'ll be|is|is now|are|are now|to be|should be|shall be|gets|is going to be)\s+"
                           r"(?:" + _alternation(_DATA["take"]["passive_participles"]) + r")\s+by\b", re.I)
# "<deals> are <stage>", "have now been <stage>", "should all be at <stage>": a stage said of the deals before it
PREDICATE_LEAD = re.compile(r"\s(?:are|is|['’]re|['’]s|have|has|should|must|can|need\s+to|needs\s+to|want\s+to)"
                            r"(?:\s+(?:all|both|now|also|just|officially|finally|each|every\s+one))*"
                            r"(?:\s+(?:be|been|go|move|sit))?(?:\s+(?:all|both|now|also|just|officially|finally))*"
                            r"(?:\s+(?:at|in|into|on|to|as|moved\s+to|gone\s+to))?(?:\s+the)?\s+$", re.I)
PREDICATE_TAIL = re.compile(r"(?:\s+(?:stage|now|already|too|as well|then|all|both|at last|finally))*"
                            r"(?:\s*[,;:—–-]+\s*(?:so\s+|and\s+|please\s+|pls\s+|just\s+)*(?:mark|update|set|move|change|put"
                            r"|record|log)\s+(?:them|those|these|the lot|it|each|every one)(?:\s+(?:all|both))?"
                            r"(?:\s+(?:so|accordingly|as such|that way|to match))?)?"
                            r"[\s.!…🙌🎉👍✅]*", re.I)
# "… , mark them so", "update them all": a clause that only confirms the change said before it
CONFIRM_CLAUSE = re.compile(r"\W*(?:(?:so|and|please|pls|just|can you|could you)\s+)*(?:mark|update|set|move|change|"
                            r"put|record|log)\s+(?:them|those|these|the lot|it|each|every one)(?:\s+(?:all|both))?"
                            r"(?:\s+(?:so|accordingly|as such|that way|to match))?(?:\s+(?:please|pls|thanks))?\W*", re.I)
# "… should all be handed to <rep>", "… are to be passed over to <rep>": a new owner said of the deals before it
PASSIVE_TO = re.compile(r"\s(?:should|must|can|will|are to|is to|need to|needs to|have to|has to|are going to|['’]ll)"
                        r"(?:\s+(?:all|both|now|also|each))*\s+(?:be|get)\s+(?:handed|given|passed|transferred|reassigned|"
                        r"moved|shifted|allocated|assigned|switched)(?:\s+(?:over|across))?\s+(?:to|into the hands of)\s+$",
                        re.I)
# "my deals <20k → final terms": the terse arrow of a note, the stage after it the new one
ARROW_LEAD = re.compile(r"(?:\s*(?:→|->|=>)|(?<=\w)\s+to)\s*(?:the\s+)?$")  # the arrow reaches here as " to "
WH_START = re.compile(r"\W*(?:what|which|who|whose|how|when|where|show|list|tell|find|give me|are there|is there|do|"
                      r"does|did|are|is)\b", re.I)
# the subject of such a clause is a set of deals, said first: "both of my …", "every one of …", "my <product> deals …",
# "anything that …" (not "the manager wants a call before anything is signed")
SET_SUBJECT = re.compile(r"\W*(?:(?:so|and|also|ok|okay|right|well|oh|great|good news|fyi|update)\W+)*"
                         r"(?:(?:all|both|every|each|anything|everything|those|these|they)\b|(?:all\s+of\s+|every\s+one\s+of\s+)?"
                         r"(?:the|my|our|[\w-]+['’]s)\s+(?:[\w&-]+\s+){0,3}?(?:deals|opportunities|opps)\b)", re.I)
# "none of my deals are …", "most of my deals …", "I wonder whether …": not the set, or not a statement of it
NOT_THE_SET = re.compile(r"\b(?:none|neither|nor|no|not|few|most|some|many|only|half|several|one|two|three|four|five|"
                         r"wonder|whether|unsure|not sure|let me know|confirm|check|think|maybe|perhaps|might|if)\b", re.I)
ARROW = re.compile(r"→|->|=>")
COMMON_WORDS = set(_DATA["transfer"]["not_people"])  # "hand it to Finance": a team, not a person nobody has
PERSON_PRONOUNS = {"she", "he", "her", "him", "his"}


def spans(sen) -> list[Span]:
    """Every typed span of the sentence, one reading per stretch of text: longest first, then the earlier."""
    text, toks = sen.text, sen.tokens
    found = [Span(m.kind, toks[m.start].start, toks[m.end - 1].end, m.text, m) for m in sen.mentions]
    found += [Span("amount", a, b, text[a:b], v) for v, a, b in sen.amounts]
    found += [Span("date", a, b, text[a:b], v) for v, a, b in sen.dates]
    found += [Span("email", a, b, text[a:b], v) for v, a, b in sen.emails]
    found += [Span("phone", a, b, text[a:b], v) for v, a, b in sen.phones]
    for m in FIELD_WORD.finditer(text):
        name = next(n for w, n in _FIELD_WORDS if re.fullmatch(re.escape(w).replace(r"\ ", r"\s+"), m.group(0), re.I))
        found.append(Span("field", m.start(), m.end(), m.group(0), name))
    found += [Span("pronoun", m.start(), m.end(), m.group(0).lower()) for m in PRONOUN.finditer(text)]
    found += [Span("me", m.start(), m.end(), m.group(0)) for m in SPEAKER.finditer(text)
              if m.group(0) != "i" or text[m.start() - 1:m.start()] != "'"]
    kept: list[Span] = []
    for sp in sorted(found, key=lambda x: (-(x.end - x.start), x.start, x.kind)):
        if all(sp.end <= k.start or sp.start >= k.end or (sp.start, sp.end) == (k.start, k.end) for k in kept):
            kept.append(sp)
    return sorted(kept, key=lambda x: (x.start, x.kind))


def role(text: str, before: int, sp: Span, phrases: list[str]) -> str | None:
    """The role phrase said just before a span (after `before`), determiners skipped: 'across to', 'as', …"""
    gap = _DETERMINERS.sub("", text[before:sp.start].lower()).rstrip()
    for p in sorted(phrases, key=len, reverse=True):
        if re.search(r"(?:^|\W)" + re.escape(p).replace(r"\ ", r"\s+") + r"$", gap):
            return p
    return None


def _one_reading(group: list[Span], text: str) -> Span | None:
    """A name that is both a company and a deal ('the <name> account'): the word after it says which."""
    after = text[group[0].end:]
    if len(group) == 1:  # "the <company> deal", "the <company> stair lifts deal": one of its deals, not the company
        return None if group[0].kind == "company" and (KIND_WORD["deal"].match(after) or re.match(
            r"\s+(?:[\w'-]+\s+){1,3}(?:deal|opportunity|opp)\b", after, re.I)) else group[0]
    said = [sp for sp in group if sp.kind in KIND_WORD and KIND_WORD[sp.kind].match(after)]
    return said[0] if len(said) == 1 else None


def _records(sps: list[Span], text: str) -> list[Span]:
    """Record spans, one per stretch of text."""
    out, by_place = [], {}
    for sp in sps:
        if sp.kind in RECORD_KINDS:
            by_place.setdefault((sp.start, sp.end), []).append(sp)
    for group in by_place.values():
        one = _one_reading(group, text)
        if one is None:
            return []  # two readings of one name: no frame rather than a guess
        out.append(one)
    return sorted(out, key=lambda x: x.start)


def _as_user(sp: Span, snap) -> Span:
    """A first name said where only a user fits (a new owner, the one taking over) is that user, even when a contact
    shares it."""
    if sp.kind != "contact":
        return sp
    said = sp.text.lower().removesuffix("'s").removesuffix("’s")
    users = [u["id"] for u in snap.users.values() if said in (u["name"].lower(), u["name"].split()[0].lower())]
    if len(users) != 1:
        return sp
    from core.understanding.lexicon import Mention
    m = sp.ref
    return Span("user", sp.start, sp.end, sp.text, Mention("user", (users[0],), m.start, m.end, m.text))


class Reader:
    """Frames of the clauses of one sentence (an engine `_Sentence`: its text, tokens, mentions and values)."""

    def __init__(self, sen):
        self.sen, self.text = sen, sen.text
        self.spans = spans(sen)
        self._read: dict[tuple[int, int], Frame | None] = {}  # a clause is read once (joining, cross-check, planning)

    def _in(self, s: int, e: int, *kinds: str) -> list[Span]:
        return [sp for sp in self.spans if s <= sp.start and sp.end <= e and (not kinds or sp.kind in kinds)]

    def _earlier(self, s: int, kinds: tuple[str, ...]) -> Span | None:
        """The record of one of these kinds named last before position s (what 'she', 'their', 'there' point at);
        "the <company> modernisation" is that company's deal of that name."""
        recs = [self._deal_of(sp) for sp in _records([sp for sp in self.spans if sp.end <= s], self.text)]
        recs = [sp for sp in recs if sp is not None and sp.kind in kinds]
        if recs:
            return recs[-1]
        mem = self.sen.ctx.memory  # nobody named in this message: the one the conversation was about
        said = next((k for k in ("contact",) if k in kinds and getattr(mem, k, None) in self.sen.snap.contacts), None)
        if said:
            from core.understanding.lexicon import Mention
            rid = mem.contact
            return Span("contact", -1, -1, self.sen.snap.contact_name(rid), Mention("contact", (rid,), 0, 0, ""))
        return None

    def _deal_of(self, sp: Span) -> Span | None:
        """A company's name followed by words of its deals' names is that deal (None when several fit)."""
        if sp.kind != "company" or len(sp.ref.ids) != 1:
            return sp
        nxt = min([x.start for x in self.spans if x.start >= sp.end] + [len(self.text)])
        words = self.sen._words_next_to_company(sp.start, nxt) - {"deal"}
        if not words:
            return sp
        deals = self.sen._narrow_deals([d for d, row in self.sen.snap.deals.items() if row["company_id"] == sp.ref.ids[0]],
                                       words)
        if len(deals) != 1:
            return None
        from core.understanding.lexicon import Mention
        m = sp.ref
        return Span("deal", sp.start, sp.end, sp.text, Mention("deal", (deals[0],), m.start, m.end, m.text))

    def read_bulk(self, s: int, e: int, before: tuple[int, int] | None) -> tuple[str, Span, tuple[int, int]] | None:
        """'<filter over deals>, hand them to <rep>' / 'put them in <stage>' / 'give them all <date>': the field and
        new value of a change whose targets are the deals the clause before describes (the engine's bulk filters
        read that set). Returns (field, value span, filter span)."""
        from core.understanding.intents import BULK
        clause = self.text[s:e]
        verb = TRANSFER_VERB.search(self.text, s, e) or SET_VERB.search(self.text, s, e)
        if verb is None or NEGATED.search(clause) or ASKED.match(clause):
            return None
        def selects(words: str) -> bool:  # "every …", "all …", "open deals with …", "wherever …": a set of records
            return bool(BULK.search(words) or re.search(r"\b(?:deals|opportunities|opps)\b|^\W*(?:wherever|whenever)\b",
                                                        words, re.I))

        if before is None or not selects(self.text[before[0]:before[1]]):
            lead = re.match(r"(.+?)\s*[,:;—–-]+\s*$", self.text[s:verb.start()])  # "<filter>, hand it to <rep>"
            if not lead or not selects(lead.group(1)):
                return None
            before, s = (s, s + lead.end(1)), verb.start()
            clause = self.text[s:e]
        them = re.search(r"\b(?:it|them|those|these|the lot|them all|all of them|it all)\b", clause, re.I)
        if not them or them.start() + s < verb.end() or _records(self._in(s, e), self.text) or \
                self._in(s, e, "amount", "field") or self._in(before[0], before[1], "amount", "field"):
            return None
        after = s + them.end()
        values = [sp for sp in self._in(after, e) if sp.kind in ("user", "me", "stage", "date")]
        if len(values) != 1:
            return None
        value = values[0]
        lead_in = self.text[after:value.start].strip().lower()
        if value.kind in ("user", "me") and TRANSFER_VERB.fullmatch(verb.group(0)):
            owner = self._owner_after(s, e, verb.end(), OWNER_ROLES)
            return ("owner_id", owner, before) if owner is not None else None
        if value.kind == "stage" and re.fullmatch(r"(?:all\s+)?(?:in|into|to|as|over to|onto|across to|to be)", lead_in):
            return "stage", value, before
        if value.kind == "date" and re.fullmatch(r"(?:all)?\s*(?:to|for|on)?", lead_in) and \
                re.fullmatch(r"(?i:give|set|reset|move|push|put|shift|change)\w*", verb.group(0)):
            return "close_date", value, before
        return None

    def _not_the_set(self, s: int, e: int) -> bool:
        """A word that makes the clause not a statement about the whole set ("none of", "most of", "I wonder
        whether"), outside the names and stages said ("Hive Check" is a stage, "every one of" the whole set)."""
        from core.understanding.intents import QUIET
        taken = [(sp.start, sp.end) for sp in self._in(s, e)] + \
            [(m.start(), m.end()) for m in QUIET.finditer(self.text, s, e)] + \
            [(m.start(), m.end()) for m in re.finditer(r"\b(?:that|which)\s+(?:are|is|were)\s+not\b|\bwith\s+no\b|"
                                                       r"\bno\s+(?:activity|contact|reply|response|word)\b", self.text[:e])
             if m.start() >= s]
        for m in NOT_THE_SET.finditer(self.text, s, e):
            if any(a <= m.start() < b for a, b in taken) or (m.group(0).lower() == "one" and
                                                             re.search(r"\bevery\s+$", self.text[s:m.start()], re.I)):
                continue
            return True
        return False

    def _names_a_set(self, s: int, e: int) -> bool:
        """The subject names a set of deals: said whole ("all", "both", "every one of", "those"), or narrowed by a
        stage, product, company, amount or inactivity ("my <stage> deals"), never only "my deals"."""
        from core.understanding.intents import QUIET
        words = self.text[s:e]
        if not SET_SUBJECT.match(words):
            return False
        return bool(re.search(r"\b(?:all|both|every|each|anything|everything|those|these|they)\b", words, re.I) or
                    self._in(s, e, "stage", "product", "company", "amount", "date") or QUIET.search(words))

    def read_bulk_predicate(self, s: int, e: int) -> tuple[str, Span, tuple[int, int]] | None:
        """'both of my <stage> deals are <stage>', 'every one of my deals at <stage> has now been <stage>', '<filter>
        should all be at <stage> now': a stage said of a set of deals, with no verb of change. The stage after the
        copula is the new value; the words before it are the filter. Returns ("stage", stage span, filter span)."""
        clause = self.text[s:e]
        if NEGATED.search(clause) or clause.rstrip().endswith("?") or ASKED.match(clause):
            return None
        owners = [_as_user(sp, self.sen.snap) for sp in self._in(s, e, "user", "contact", "me")]
        owners = [u for u in owners if u.kind in ("user", "me")]
        for new in owners:  # "<rep>'s <stage> deals should all be handed to <rep> while …": a transfer said of the set
            lead = PASSIVE_TO.search(self.text, s, new.start)
            if lead is not None and lead.end() == new.start and self._names_a_set(s, lead.start()) and \
                    not self._not_the_set(s, new.start) and \
                    re.fullmatch(r"(?:\s*,?\s*(?:while|because|as|since|for now|for the time being|during)\b.*)?[\s.!]*",
                                 self.text[new.end:e], re.I) and not WH_START.match(clause):
                return "owner_id", new, (s, lead.start())
        stages = self._in(s, e, "stage")
        if not stages:
            return None
        new = stages[-1]
        lead = PREDICATE_LEAD.search(self.text, s, new.start) or ARROW_LEAD.search(self.text, s, new.start)
        if lead is None or lead.end() != new.start or WH_START.match(clause) or \
                re.search(r"\b(?:that|which|who|where|whose)\s*$", self.text[s:lead.start()], re.I):
            return None  # "deals that are at <stage>" is a filter; "which deals are at <stage>" a question
        tail = self.text[new.end:e]
        if not PREDICATE_TAIL.fullmatch(tail):
            return None
        filt = self.text[s:lead.start()]
        if not self._names_a_set(s, lead.start()) or self._not_the_set(s, e):
            return None
        if _records(self._in(s, lead.start()), self.text) or self._in(s, e, "field", "user") and \
                not re.search(r"\b[\w-]+['’]s\b", filt):  # "<rep>'s deals" is a filter; a record named is not a set
            return None
        return "stage", new, (s, lead.start())

    def read(self, s: int, e: int) -> Frame | None:
        if (s, e) not in self._read:
            self._read[(s, e)] = self._read_clause(s, e)
        return self._read[(s, e)]

    def _read_clause(self, s: int, e: int) -> Frame | None:
        clause = self.text[s:e]
        from core.understanding.intents import BULK, REQUEST
        if NEGATED.search(clause) or (clause.rstrip().endswith("?") or ASKED.match(clause)) and \
                not REQUEST.search(self.text):
            return None
        if BULK.search(clause) or PLURAL_TARGETS.search(clause):
            return None  # "give every contact at <company> to <rep>": a set of records, for the bulk filters
        return self._transfer(s, e) or self._take(s, e) or self._belong(s, e) or self._set(s, e) or \
            self._relocate(s, e)

    # -- TRANSFER ------------------------------------------------------------
    def _owner_after(self, s: int, e: int, verb_end: int, roles: list[str]) -> Span | None:
        owners, prev = [], verb_end
        for sp in self._in(verb_end, e):
            sp = _as_user(sp, self.sen.snap)
            if sp.kind in ("user", "me") and role(self.text, prev, sp, roles):
                owners.append(sp)
            prev = sp.end
        return owners[0] if len({o.text.lower() for o in owners}) == 1 else None

    def _target(self, s: int, e: int, exclude: Span | None, kinds=RECORD_KINDS) -> Span | None:
        recs = [self._deal_of(r) for r in _records(self._in(s, e), self.text)]
        if any(r is None for r in recs):
            return None  # "the <company> <words of two of its deals>": which one is not said
        recs = [r for r in recs if r.kind in kinds
                and (exclude is None or (r.start, r.end) != (exclude.start, exclude.end))
                and not self.text[r.end:r.end + 2] in ("'s", "’s")]
        if len(recs) == 1:
            return recs[0]
        if recs:
            return None
        pron = self._in(s, e, "pronoun")
        if len(pron) == 1:
            want = ("contact",) if pron[0].text in PERSON_PRONOUNS else tuple(k for k in kinds if k != "contact") or kinds
            return self._earlier(s, tuple(k for k in want if k in kinds))
        return None

    def _transfer(self, s: int, e: int) -> Frame | None:
        verb = TRANSFER_VERB.search(self.text, s, e) or ARROW.search(self.text, s, e)  # "<record> → <rep>"
        if not verb and not self._in(s, e, "stage", "amount", "field", "date"):
            return self._terse_transfer(s, e)
        if not verb or self._in(s, e, "stage", "amount", "field"):
            return None
        owner = self._owner_after(s, e, verb.start() if ARROW.fullmatch(verb.group(0)) else verb.end(),
                                  OWNER_ROLES + ["→", "->", "=>"])
        if owner is None:
            nobody = re.match(r"\s*(?:.*?\s)?(?:to|over to|across to)\s+((?-i:[A-Z])[\w'’-]+)\s*[.!]?\s*$", self.text[verb.end():e],
                              re.I)
            target = self._target(s, verb.start() + (nobody.start(1) if nobody else 0), None) if nobody else None
            if nobody and target is not None and not self._in(verb.end() + nobody.start(1), e) and \
                    nobody.group(1).lower() not in COMMON_WORDS:  # "hand <record> to <name nobody has>": refused
                return Frame("TRANSFER", target, "owner_id", nobody.group(1), verb.group(0))
            return None
        target = self._target(s, e, owner)
        if target is None or target.start > owner.start:
            return None
        return Frame("TRANSFER", target, "owner_id", owner, f"{verb.group(0)} … {self.text[owner.start:owner.end]}")

    def _terse_transfer(self, s: int, e: int) -> Frame | None:
        """'<record> → <rep>' (the arrow read as 'to'), the whole clause and nothing else: that rep owns it."""
        recs = _records(self._in(s, e), self.text)
        users = [_as_user(sp, self.sen.snap) for sp in self._in(s, e, "user", "contact")]
        users = [u for u in users if u.kind == "user"]
        if len(recs) != 1 or len(users) != 1 or recs[0].end > users[0].start:
            return None
        rec, user = recs[0], users[0]
        if not re.fullmatch(r"\W*(?:the\s+)?", self.text[s:rec.start]) or \
                not re.fullmatch(r"\s*(?:account|deal|opportunity|contact)?\s*(?:to|->|→|=>)\s*", self.text[rec.end:user.start], re.I) \
                or not re.fullmatch(r"\W*", self.text[user.end:e]):
            return None
        return Frame("TRANSFER", rec, "owner_id", user, f"{rec.text} to {user.text}")

    def _take(self, s: int, e: int) -> Frame | None:
        for verb in TAKE_VERB.finditer(self.text, s, e):
            subject = [u for sp in self._in(s, verb.start()) for u in [_as_user(sp, self.sen.snap)]
                       if u.kind in ("user", "me") and AUXILIARY.match(self.text[sp.end:verb.start()])]
            if not subject or self._in(s, e, "stage", "amount", "date", "field"):
                continue
            after = self.text[verb.end():e]
            if re.fullmatch(r"take", verb.group(0).split()[0], re.I) and " " not in verb.group(0).strip() and not \
                    re.search(r"\boff\s+\S+(?:['’]s)?\s+hands\b|\bover\b", after, re.I):
                continue  # a bare "take" transfers only with "over" or "off <rep>'s hands"
            target = self._target(verb.start(), e, None)  # "picking it up": the object inside the verb
            if target is None:
                continue
            return Frame("TRANSFER", target, "owner_id", subject[-1], f"{subject[-1].text} … {verb.group(0)}")
        return None

    def _belong(self, s: int, e: int) -> Frame | None:
        verb = BELONG_VERB.search(self.text, s, e)
        if verb:
            target = self._target(s, verb.start(), None)
            if target is None:
                return None
            owner = self._owner_after(s, e, verb.start(), ["with", "to", "over to", "across to", "under"])
            if owner is None:
                name = re.match(r"\s+([A-Z][\w'’-]+)", self.text[verb.end():e])
                if name and not self._in(verb.end(), e):
                    return Frame("TRANSFER", target, "owner_id", name.group(1), verb.group(0))  # nobody by that name
                return None
            return Frame("TRANSFER", target, "owner_id", owner, f"{verb.group(0)} {owner.text}")
        for user in self._in(s, e, "user", "contact", "me"):
            user = _as_user(user, self.sen.snap)
            if user.kind not in ("user", "me"):
                continue
            before = [r for r in _records(self._in(s, user.start), self.text)]
            if user.text.endswith(("'s", "’s")) and before and POSSESSED.match(self.text[before[-1].end:user.start]) \
                    and (POSSESSION_NOUN.match(self.text[user.end:e]) or  # "<record> is <rep>'s patch now"
                         re.fullmatch(r"\s*(?:now|from now on|from today|these days)?\s*[.!;,]?\s*", self.text[user.end:e])):
                return Frame("TRANSFER", before[-1], "owner_id", user, f"is {user.text} …")
            after = [r for r in _records(self._in(user.end, e), self.text)]
            if after and OWNER_OF.match(self.text[user.end:after[0].start]):  # "<rep> as the owner of <record>"
                return Frame("TRANSFER", after[0], "owner_id", user, f"{user.text} as the owner of")
        passive = PASSIVE_OWNER.search(self.text, s, e)  # "<record> will be managed by <rep>"
        if passive:
            target = self._target(s, passive.start(), None)
            agent = [_as_user(sp, self.sen.snap) for sp in self._in(passive.end(), e) if sp.kind in ("user", "contact", "me")]
            if target is not None and agent and agent[0].kind in ("user", "me") and \
                    not self.text[passive.end():agent[0].start].strip():
                return Frame("TRANSFER", target, "owner_id", agent[0], f"{passive.group(0)} {agent[0].text}")
        # "<Name> is the new owner of <record>" with nobody of that name: refused by name, never another owner
        unknown = re.match(r"\W*([A-Z][\w'’-]+)\s+(?:is|will be|becomes|should be|'s)\s+(?:now\s+)?(?:the\s+)?(?:new\s+)?"
                           r"(?:account\s+)?owner\s+(?:of|for|on)\s+", self.text[s:e])
        if unknown and not self._in(s, s + unknown.end(1)) and unknown.group(1).lower() not in COMMON_WORDS:
            target = self._target(s + unknown.end(), e, None)
            if target is not None:
                return Frame("TRANSFER", target, "owner_id", unknown.group(1), "is the new owner of")
        # "<rep> becomes its owner", "<rep> is the new account owner"
        m = re.search(r"\b(?:becomes?|became|is|will be|'s)\s+(?:now\s+)?" + OWNER_WORD.pattern, self.text[s:e], re.I)
        if m:
            subject = [u for sp in self._in(s, s + m.start()) for u in [_as_user(sp, self.sen.snap)]
                       if u.kind in ("user", "me") and not self.text[sp.end:s + m.start()].strip(" ,")]
            target = self._target(s, s + m.start(), subject[-1] if subject else None) or \
                self._target(s + m.end(), e, None)
            if subject and target is not None:
                return Frame("TRANSFER", target, "owner_id", subject[-1], f"{subject[-1].text} {m.group(0)}")
        return None

    # -- SET -------------------------------------------------------------------
    def _value_text(self, start: int, e: int) -> str:
        """The words of a new value: up to the clause's end, without politeness or the old value after it."""
        value = POLITE_TAIL.sub("", self.text[start:e])
        return POLITE_TAIL.sub("", OLD_TAIL.sub("", value)).strip(" '\"‘’“”")

    def _set(self, s: int, e: int) -> Frame | None:
        fields = self._in(s, e, "field")
        if len(fields) > 1:
            return None
        if not fields:
            return self._implicit_set(s, e) or self._set_by_old_value(s, e) or self._set_by_value_type(s, e)
        fw = fields[0]
        spec = _DATA["fields"][fw.ref]
        of = re.match(r"\s+(?:for|of|on|at)\s+(?:the\s+)?", self.text[fw.end:e], re.I)
        named = [r for r in _records(self._in(fw.end, e), self.text) if of and r.start == fw.end + of.end()]
        if named and VALUE_ROLE.match(self.text[named[0].end:e]):
            # "the industry for <company> should read <value>": the record between the field and its value
            said = VALUE_ROLE.match(self.text[named[0].end:e])
            start = named[0].end + said.end()
            return self._set_frame(s, named[0].end, fw.ref, spec, self._value_text(start, e),
                                   f"{fw.text} {said.group('role')} {self._value_text(start, e)}", start)
        rest = self.text[fw.end:e]
        said = VALUE_ROLE.match(rest)
        start = fw.end + said.end() if said else (fw.end + len(rest) - len(rest.lstrip())
                                                  if re.match(r"\s+[A-Z]", rest) else None)
        if start is None:  # "<record> is <value> for industry": the value said before its field
            recs = _records(self._in(s, fw.start), self.text)
            between = self.text[recs[-1].end:fw.start] if recs else ""
            said = re.fullmatch(r"\s*(?:is|are|'s)\s+(?:now\s+|really\s+|actually\s+)?(?P<v>.+?)\s+(?:for|as)\s+(?:its\s+|their\s+|the\s+)?",
                                between, re.I)
            if not said or spec["type"] == "domain":
                return None
            value = self._value_text(recs[-1].end + said.start("v"), recs[-1].end + said.end("v"))
            return self._set_frame(s, fw.start, fw.ref, spec, value, f"{value} for {fw.text}", recs[-1].end + said.start("v"))
        value = self._value_text(start, e)
        if spec["type"] == "domain":
            domains = [d for d, a, b in self.sen.domains if start <= a < e and not re.search(
                r"\b(?:not|instead of|rather than|from|was)\s*$", self.text[start:a], re.I)]
            value = domains[0] if domains else None
        elif not value or len(value.split()) > 6 or not re.search(r"[A-Za-z]", value) or \
                self._in(start, start + len(value), *RECORD_KINDS, "user", "stage", "amount", "date", "field"):
            return None
        if value is None:
            return None
        return self._set_frame(s, fw.start, fw.ref, spec, value,
                               f"{fw.text} {said.group('role') if said else ''} {value}".replace("  ", " "), start)

    def _product_after(self, at: int, e: int) -> str | None:
        """The product named as the new value after `at` ("under Emergency Lighting now, not risk assessments")."""
        said = [sp for sp in self._in(at, e, "product")
                if not re.search(r"\b(?:not|rather than|instead of|from)\s+$", self.text[at:sp.start], re.I)]
        return said[0].ref.ids[0] if said else None

    def _set_frame(self, s: int, before: int, name: str, spec: dict, value: str, cue: str, at: int) -> Frame | None:
        if spec["type"] == "product":
            value = self._product_after(at, len(self.text))
            if value is None:
                return None
        elif spec["type"] != "domain" and (not value or len(value.split()) > 6 or not re.search(r"[A-Za-z]", value) or
                                         self._in(at, at + len(value), *RECORD_KINDS, "user", "stage", "amount", "date",
                                                  "field")):
            return None
        kind = TABLE_KIND[spec["table"]]
        recs = [r for r in map(self._deal_of, _records(self._in(s, before), self.text)) if r is not None and r.kind == kind]
        target = recs[-1] if recs else self._earlier(before, (kind,))
        if target is None:
            return None
        return Frame("SET", target, name, value, cue)

    def _implicit_set(self, s: int, e: int) -> Frame | None:
        """'file <record> under <value>', '<record> should be filed under <value>, not <old>': the phrase says the
        field, around the record or after it."""
        for name, phrases in _DATA["set"]["implicit_fields"].items():
            spec = _DATA["fields"][name]
            kind = TABLE_KIND[spec["table"]]
            recs = [r for r in map(self._deal_of, _records(self._in(s, e), self.text)) if r is not None and r.kind == kind]
            if len(recs) != 1:
                continue
            rec = recs[0]
            for phrase in sorted(phrases, key=len, reverse=True):
                verb, _, prep = phrase.rpartition(" ")
                around = re.search(r"\b" + re.escape(verb).replace(r"\ ", r"\s+") + r"\s+(?:the\s+)?$", self.text[s:rec.start],
                                   re.I) and re.match(r"\s+(?:account\s+|company\s+|record\s+)?" + prep + r"\s+",
                                                      self.text[rec.end:e], re.I)
                after = re.match(r"\s+(?:(?:should|needs to|ought to|must|has to|is to)\s+)?(?:be\s+)?" +
                                 re.escape(phrase).replace(r"\ ", r"\s+") + r"\s+", self.text[rec.end:e], re.I)
                said = around or after
                if said:
                    start = rec.end + said.end()
                    value = self._value_text(start, e)
                    at = re.search(r"\s+(?:at|with|for)\s+(?:the\s+)?(\S.*)$", value)
                    if name == "title" and at and _records(self._in(start + at.start(1), e), self.text):
                        value = value[:at.start()]  # "… made Head of Trials at <company>": the title, where they are
                    return self._set_frame(rec.start, rec.end, name, spec, value, f"{phrase} {value}", start)
        return None

    def _set_by_value_type(self, s: int, e: int) -> Frame | None:
        """'…, now it is <name.co.uk>': a web domain in a new-value role can only be a company's domain."""
        domains = [(d, a, b) for d, a, b in self.sen.domains if s <= a < e]
        if len(domains) != 1:
            return None
        d, a, _ = domains[0]
        if not re.search(r"(?:\b(?:is|to|now|be|becomes|it'?s|they'?re)|[:=])\s*$", self.text[s:a], re.I):
            return None
        recs = [r for r in _records(self._in(s, a), self.text) if r.kind == "company"]
        target = recs[-1] if recs else self._earlier(s, ("company",))
        return Frame("SET", target, "domain", d, f"{self.text[max(s, a - 10):a].strip()} {d}") if target else None

    def _set_by_old_value(self, s: int, e: int) -> Frame | None:
        """'<record> is really <value> rather than <old>': the field is the one whose current value is <old>."""
        recs = _records(self._in(s, e), self.text)
        if len(recs) != 1 or recs[0].kind not in ("company", "contact"):
            return None
        rec = recs[0]
        said = re.match(r"\s*(?:is|are|'s|should be|ought to be|needs to be)\s+(?:really\s+|actually\s+|now\s+|more\s+)?"
                        r"(?:(?:an?|in|under)\s+)?", self.text[rec.end:e], re.I)
        if not said:
            return None
        start = rec.end + said.end()
        said = getattr(self.sen, "said", self.text)
        said = said if len(said) == len(self.text) else self.text
        old = OLD_TAIL.search(POLITE_TAIL.sub("", said[start:e]))
        if not old:
            return None
        was = old.group("old").strip(" .!'\"").lower()
        row = (self.sen.snap.companies if rec.kind == "company" else self.sen.snap.contacts).get(rec.ref.ids[0]) \
            if len(rec.ref.ids) == 1 else None
        names = [n for n in _DATA["set"]["old_value_fields"][TABLE[rec.kind]] if row and str(row.get(n) or "").lower() == was]
        if len(names) != 1:
            return None
        value = self._value_text(start, start + old.start())
        return self._set_frame(rec.start, rec.end, names[0], _DATA["fields"][names[0]], value,
                               f"{value} rather than {old.group('old').strip()}", start)

    # -- RELOCATE --------------------------------------------------------------
    def _relocate(self, s: int, e: int) -> Frame | None:
        clause = self.text[s:e]
        companies = [r for r in _records(self._in(s, e), self.text) if r.kind == "company"]
        contacts = [r for r in _records(self._in(s, e), self.text) if r.kind == "contact"]
        person = [p for p in self._in(s, e, "pronoun") if p.text in PERSON_PRONOUNS]
        target = contacts[0] if len(contacts) == 1 else (self._earlier(s, ("contact",)) if person and not contacts
                                                          else None)
        if target is None:
            return None
        verb = RELOCATE_VERB.search(clause)
        if len(companies) == 1:
            co = companies[0]
            at = role(self.text, target.end if s <= target.start and target.end <= co.start else s, co,
                      _DATA["relocate"]["company_roles"])
            if at and (verb or NOW_WORD.search(clause)):
                return Frame("RELOCATE", target, "company_id", co, f"{at} {co.text}")
            return None
        if not companies and verb and THERE.search(clause):
            co = self._earlier(s, ("company",))
            if co is not None and co.start > target.start - 200:
                return Frame("RELOCATE", target, "company_id", co, f"{verb.group(0)} … there")
        return None
