"""The offline engine: a sentence -> candidate operations with records linked to live ids.

Nothing here guesses: a name with several matches becomes a clarification, an unknown
name an error. Planning (core/planning.py) turns candidates into before -> after steps.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from core import config
from core.models import Clarification, Option
from core import operations
from core.operations import LIFECYCLE_STAGES
from core.snapshot import Snapshot
from core.store import local_midnight
from core.understanding import frames as F
from core.understanding import grounding as G
from core.understanding import intents as I
from core.understanding import typos
from core.understanding.amounts import find_amounts
from core.understanding.context import Context
from core.understanding.dates import MONTHS, count_word, find_dates
from core.understanding.ownership import find_owners
from core.understanding.lexicon import COMMON, STAGE_SYNONYMS, TOKEN, Mention, Token, lexicon, norm, prefer_users, tokenize

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w(])(?:\+?\d|\(\d)[\d\s().-]{7,}\d(?:\s*(?:ext\.?|x|extension)\s*\d{1,6})?(?!\w)", re.I)
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]{2,}\.)+[a-z]{2,12})\b(?![@\w-])(?!\.\w)", re.I)  # "… to x.co.uk."
QUIET, quiet_days = I.QUIET, I.quiet_days
# stage words of other pipelines ("negotiation", "proposal"): a stage this CRM may not have
STAGE_NAMES_ELSEWHERE = {w: v for w, v in STAGE_SYNONYMS["by_name"].items()
                         if w not in ("quote", "contract", "lead", "leads", "new lead")}  # "as lead on <deal>": a role
# "when did I last log anything on <deal>?", "what did we add this week?": a question about what was done, its verb
# (log, add, move …) the thing asked about, not a change to make
ASKED_WHAT_WAS_DONE = re.compile(r"^\W*(?:when|what|how many|how much|which|who|did|have|has)\b[^.!;]*?\b(?:did|have|has)\s+"
                                 r"(?:i|we|you|he|she|they|[a-z]+)\s+(?:last\s+|ever\s+|already\s+|actually\s+)?(?:log|logged|"
                                 r"add|added|create|created|move|moved|update|updated|change|changed|mark|marked|set)\b|"
                                 # "Did I set reminders for my Walkround deals?": asked, not asked for
                                 r"^\W*(?:did|have|has|had)\s+(?:i|we|you|he|she|they|anyone|anybody|someone)\s+(?:already\s+|"
                                 r"ever\s+|actually\s+)?(?:set|add|added|create|created|make|made|put|book|booked|"
                                 r"schedule|scheduled)\s+(?:any\s+|a\s+|the\s+)?(?:reminders?|tasks?|follow-?ups?)\b[^?]*\?\s*$", re.I)
# "…, she's an opportunity now": the person just named moves lifecycle
PERSON_BECOMES = re.compile(r"\W*(?:and\s+)?(?:she|he)(?:'s|’s| is)\s+(?:now\s+)?(?:an?\s+)?(?:" +
                            "|".join(LIFECYCLE_STAGES) + r")\b", re.I)
REASON = re.compile(r"\b(?:now that|seeing as|given that|because)\b[^,;.]*", re.I)
# "closes before Dec 5": a date that filters records, not a new value
DATE_FILTER = re.compile(r"\b(?:close|closes|closing|close date|due)\s+(?:(?:is|are|falls?|lands?)\s+)?"
                         r"(before|by|after|until|prior to|on or before)\s+", re.I)
# "still sitting as leads", "currently listed as prospects": the lifecycle stage a bulk request selects by
LIFECYCLE_FILTER = re.compile(r"\b(?:(?:still|currently)\s+(?:(?:sitting|sat|listed|marked|set|stuck|showing|recorded|"
                              r"flagged|tagged)\s+)?(?:as|at|in)|(?:sitting|sat|stuck|listed)\s+(?:as|at|in))\s+"
                              r"(?:an?\s+)?(lead|prospect|opportunity|customer|churned)s?\b")
BARE_NAME = re.compile(r"^\s*(?:and\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3}\s*$")
TASK_STOP = {"the", "a", "an", "my", "task", "tasks", "todo", "done", "complete", "completed", "mark", "as", "with",
             "finished", "reminder", "for", "on", "of", "is", "be", "can", "checked", "check", "off", "open", "all",
             "to", "and", "deal", "i", "that", "this", "it", "can", "now", "just", "finish", "close", "closed",
             "tick", "ticked", "cross", "you", "please", "pls", "task's", "that's", "it's", "its", "go", "ahead",
             "mark", "marked", "has", "have", "been", "was", "so", "ok", "okay", "also", "then", "we", "can", "off",
             "everything", "else", "rest", "wait", "waits", "later", "one", "one's", "ones", "list", "my", "out",
             "corresponding", "related", "matching", "relevant", "confirm", "dear", "crm", "regards", "kindly"}  # "…, tick that off? everything else can wait"
IMPERATIVE = re.compile(r"^\W*(?:(?:please|pls|and|also|then|so|ok|okay|could you|can you|would you)\W+)*"
                        r"(?:change|update|set|move|mark|edit|fix|correct|adjust|bump|push)\b", re.I)
AMOUNT_FILTER = re.compile(r"(?:\b(?:over|above|under|below|more than|less than|greater than|bigger than|smaller than|"
                           r"at least|at most|exceeding)|<=|>=|≤|≥|<|>)\s*\$?\s*$", re.I)
AMOUNT_SIGNS = {"<": "under", ">": "over", "<=": "at most", "≤": "at most", ">=": "at least", "≥": "at least"}
SHIFT = re.compile(r"\b(push|pushed|slip|slipped|move|moved|delay|delayed|bump|bumped|pull|bring|give|extend|extended)\b.*?"
                   r"\b(?:by\s+|out\s+)?(a|one|two|three|four|five|six|\d+|another|an extra|a further)\s+(?:more\s+)?"
                   r"(day|week|month|fortnight)s?\b")
NAME_PARTICLES = r"(?:\s+(?:de|van|von|der|den|da|di|du|la|le|del|della|dos|bin|al|el|ter|ten))*"
TABLE = {"company": "companies", "contact": "contacts", "deal": "deals", "user": "users", "task": "tasks"}
TARGET_PREP = {"to", "as", "into", "in", "is", "are", "be", "now", "was", "were"}
FILLER = COMMON | {"the", "a", "an", "with", "at", "for", "on", "about", "re", "deal", "i", "we", "just", "today",
                   "yesterday", "tomorrow", "he", "she", "they", "via", "over", "after", "while", "wants", "want"}

# the thing deleted is a logged activity ("delete the last call logged with X", "remove that note on Y")
ACTIVITY_OBJECT = re.compile(r"\b(?:delete|remove|erase|get rid of|trash|purge)\s+(?:the\s+|that\s+|this\s+|my\s+|our\s+|"
                             r"a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:call|calls|email|emails|e-mail|"
                             r"meeting|meetings|note|notes|activity|activities|message|messages|voicemail|log entry)\b", re.I)
BARE_TASK = I.BARE_TASK  # "make it a task", "set that up": a task request with nothing of its own

# "… — remind me then", "reminder please", "put it on my list": a reminder asked for what was just said
REMIND_TAIL = re.compile(r"^\W*(?:and\s+|so\s+|just\s+)*(?:(?:can you|could you|pls|please)\s+)?(?:remind me(?:\s+(?:then|"
                         r"about it|about that|of it|on the day|nearer the time|closer to the time|to do (?:it|that|this)|"
                         r"to (?:sort|action) (?:it|that|this)))?|(?:please\s+)?you\s+make\s+(?:a\s+|me\s+a\s+)?reminder|"
                         r"(?:stick|put|pop|add)\s+(?:a\s+)?(?:reminder|task|it)\s+(?:on|in|to)\s+(?:my|the)\s+(?:list|tasks|calendar)|(?:a\s+)?reminder,?(?:\s+"
                         r"(?:please|pls|plz))?|set (?:me\s+)?a reminder|put it on (?:my|the) list)\W*$", re.I)
# what is said as something to do later, not done now: "when …", "after …", "I need to …", "I'm going to …"
LATER = re.compile(r"\b(?:when|once|after|as soon as|if)\b|\b(?:i|we)(?:'m|’m| am| are|'re|’re)\s+going\s+to\b|"
                   r"\b(?:i|we)\s+(?:need|want|have|ought|plan|intend|mean|got)\s+to\b|\b(?:i|we)(?:'ll|’ll| will| shall| must|"
                   r" should|'d better| had better)\b",
                   re.I)

# "…, and he wants a price for the generator hall too": a customer's demand, said without a verb of ours
DEMAND = re.compile(r"^\W*(?:and\s+|but\s+|also\s+)*(?:he|she|they|[A-Z][\w'-]+)\s+(?:also\s+)?(?:wants?|would like|'d like|"
                    r"asked for|is after|are after|needs?)\s+(?:a\s+|an\s+|some\s+)?(?:price|quote|pricing|proposal|"
                    r"estimate)\b", re.I)
# "<Name> needs adding as a company": the name said before
NEEDS_ADDING = re.compile(r"\W*([A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,5})\s+(?:needs|wants|should)\s+(?:adding|to be added|"
                          r"to go in|setting up|to be set up)\s+as\b")
CHANGE_WORD = re.compile(r"\b(?:move|moved|set|change|update|push|pull|bump|mark|close|give|hand|assign|reassign|transfer|"
                         r"delete|remove|drop)\b", re.I)


@dataclass
class Candidate:
    op: str
    table: str
    targets: tuple[int, ...] = ()
    fields: dict = field(default_factory=dict)
    bulk: str | None = None  # description of the filter that produced the targets
    span: tuple[int, int] | None = None  # the clause it came from, in the text the engine read


@dataclass
class Understanding:
    intent: str  # write | question | undo | empty
    candidates: list[Candidate] = field(default_factory=list)
    clarifications: list[Clarification] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    mentioned: dict[str, int] = field(default_factory=dict)
    last_kind: str | None = None  # the kind of record named last, for 'them'
    reading: list[str] = field(default_factory=list)  # clause frames that decided a change, for the plan's details


class Ambiguous(Exception):
    def __init__(self, clarification: Clarification):
        self.clarification = clarification


# "each of them", "them all", "all of those": the records a previous answer listed, never a filter of its own
ALL_OF_THEM = re.compile(r"\b(?:each of (?:them|those|these)|them all|all of (?:them|those|these)|every one of them|"
                         r"both of them|all those|all these)\b", re.I)
CLOSE_CUE = re.compile(r"\b(?:clos\w*|sign\w*|signature|expected|expect|decision|decid\w*|slip\w*|push\w*|pull\w* (?:in|forward)|"
                       r"bring (?:it )?forward|brought forward|delay\w*|postpon\w*|reschedul\w*|target\w*|due|date|"
                       r"land\w*|commit(?:s|ted|ting|ment|ments)?|award\w*|go[- ]?live|kick[- ]?off|start\w*|deadline|eta|timeline|moved? (?:out|back|up))\b")


# "overdue", "past their due dates", "that's run past its due date": open tasks whose due date has gone
OVERDUE_TASKS = re.compile(r"\b(?:overdue|late|past due|(?:(?:run|gone|slipped|got)\s+)?past\s+(?:their|its|the|my)?\s*"
                           r"due\s*dates?|behind (?:schedule|time))\b", re.I)
MINE = re.compile(r"\b(?:my|mine|of me)\b", re.I)  # "all the tasks of me that are overdue": the speaker's


class Unknown(Exception):
    pass


SIGN_OFF = re.compile(r"(?:(?<=[.!?])|(?<=\n))\s*(?:many thanks|thanks(?: a lot| so much)?|thank you|thx|ta|cheers|regards|"
                      r"kind regards|best regards|best wishes|best|all the best)\s*[,!.-]?\s*(?:[A-Z][a-z'’-]+"
                      r"(?:\s+[A-Z][a-z'’-]+)?)?\s*[.!]?\s*$", re.I)


GREETING = re.compile(r"^\s*(?:dear|hi|hello|hey|hiya|morning|good (?:morning|afternoon|evening))\s+(?:all|team|everyone|"
                      r"everybody|folks|guys|both|all of you|y'all)\s*[,!.:;-]\s*|" + I.GREETED.pattern, re.I)


_PERSON = r"[A-Z][\w'’-]+(?:\s+(?:de|van|von|der|da|du|la|le|di|del|o')?\s*[A-Z][\w'’-]+)"
# "add these people at <company>: <First Last>, <First Last> and <First Last>"
_PEOPLE_AT = re.compile(rf"^\W*(?:please\s+)?(?:(?i:add|create|new)\s+)?(?i:these|the following|three|four|five|two|some)?\s*"
                        rf"(?i:new\s+)?(?i:people|contacts|folks|names)\s+(?i:at|from|for|with)\s+(?P<co>[^:]{{2,80}}?)\s*:\s*"
                        rf"(?P<names>{_PERSON}(?:\s*(?:,|\band\b|&)\s*(?:and\s+)?{_PERSON})+)\s*\.?\s*$")
# "add <First Last> and <First Last>, both at <company>"
_BOTH_AT = re.compile(rf"^\W*(?:please\s+)?(?i:add|create)\s+(?:(?i:contacts?)\s+)?(?P<names>{_PERSON}(?:\s*(?:,|\band\b|&)\s*"
                      rf"(?:and\s+)?{_PERSON})+)\s*,?\s*(?i:both|all|all of them|all three|each)\s+(?i:at|from|with)\s+"
                      rf"(?P<co>[^,.;]{{2,80}}?)\s*\.?\s*$")

_SEP = r"\s*(?:,|\band\b|&|\+)\s*(?:and\s+)?"
_NAMES = rf"(?P<names>{_PERSON}(?:{_SEP}{_PERSON})+)"
# "add contacts <A>, <B> and <C> at <company>"
_LIST_AT = re.compile(rf"^\W*(?:please\s+)?(?i:add|create)\s+(?:(?i:new\s+)?(?i:contacts?|people)\s+)?{_NAMES}\s+(?i:at|from|"
                      rf"with)\s+(?P<co>[^,.;:]{{2,80}}?)\s*[.!]?\s*$")
# "<company> contacts to add: <A>, <B>, <C>"
_CO_TO_ADD = re.compile(rf"^\W*(?P<co>[^:]{{2,80}}?)\s+(?i:contacts|people)\s+(?i:to\s+(?:add|create)|to\s+go\s+in)\s*:\s*"
                        rf"{_NAMES}\s*[.!]?\s*$")
# "<company>: <A> and <B>, both new contacts"; "<A> + <B>, <company>, both new"
_CO_BOTH_NEW = re.compile(rf"^\W*(?:(?P<co>[^:]{{2,80}}?)\s*:\s*{_NAMES}|{_NAMES.replace('names', 'names2')}\s*,\s*"
                          rf"(?P<co2>[^,:]{{2,80}}?))\s*,?\s*(?i:both|all|all three|each)\s+(?i:new)(?:\s+(?i:contacts?|people))?"
                          rf"\s*[.!]?\s*$")


def _people_list(text: str) -> str:
    """A list of new people sharing one company, said once: one "add contact <name> at <company>" per person."""
    listed = _LIST_AT.match(text)
    if listed and not (re.search(r"\b(?:contacts|people)\b", text[:listed.start("names")], re.I) or
                       re.search(r"\band\b|&|\+", listed.group("names"))):
        listed = None  # "Add <name>, Operations Lead at <company>": one person and a job title, not a list
    m = _PEOPLE_AT.match(text) or _BOTH_AT.match(text) or listed or _CO_TO_ADD.match(text) or _CO_BOTH_NEW.match(text)
    if not m:
        return text
    group = m.groupdict()
    names_said, company = group.get("names") or group.get("names2"), group.get("co") or group.get("co2")
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&|\+)\s*(?:and\s+)?", names_said) if n.strip()]
    return "; ".join(f"add contact {n} at {company.strip()}" for n in names)


def understand(text: str, snap: Snapshot, ctx: Context) -> Understanding:
    text = text.strip()
    if not text:
        return Understanding("empty", errors=["Type an update or a question."])
    if I.UNDO.match(text):
        return Understanding("undo")
    text = SIGN_OFF.sub("", text).strip() or text  # "… Many thanks, <name>": the writer's signature, not a record
    text = GREETING.sub("", text).strip() or text  # "Dear all, …": the readers greeted, not "all" the records
    text = _people_list(text)
    screened = G.screen(typos.correct(text, snap), snap)
    if screened.no_change:
        return Understanding("empty", errors=[screened.no_change])
    if screened.refusal:  # a reviewer is told the role first: no change of theirs is planned at all
        return Understanding("write", errors=[operations.get("update_deal").permission(ctx.user) or screened.refusal])
    sentence = _Sentence(screened.text, snap, ctx)
    sentence.said = typos.correct(text, snap)  # unmasked, same length: the old values clause frames may read
    result = sentence.run()
    refused = operations.get("update_deal").permission(ctx.user)
    if refused and result.intent == "write" and (result.errors or result.clarifications) and not result.candidates:
        # a reviewer asking for any change: the role is the answer, not which record or task was meant
        return Understanding("write", errors=[refused])
    unlogged = G.NOTHING_TO_LOG.search(text)
    if unlogged and result.intent == "write" and not re.search(r"\blog\s+(?:a|an|the|my)\s+\w", text[unlogged.end():], re.I):
        # "… showed me round, no need to log any of it, but I do want a reminder Tuesday …": the reminder only
        result.candidates = [c for c in result.candidates if c.op != "log_activity"]
    if result.intent == "write" and result.candidates and not result.errors and not result.clarifications:
        problems = G.ungrounded(screened.text, result.candidates, snap, ctx.user.id, ctx.today)
        if problems:
            result.errors.append("I won't guess: " + "; ".join(problems)
                                 + ". Rephrase it with one change per clause, e.g. “move <record> to <stage>”.")
    return result


class _Sentence:
    def __init__(self, text: str, snap: Snapshot, ctx: Context):
        self.text, self.snap, self.ctx = text, snap, ctx
        self.lex = lexicon(snap)
        self.emails = [(m.group(0), m.start(), m.end()) for m in EMAIL.finditer(text)]
        masked = _mask(text, [(s, e) for _, s, e in self.emails])
        self.phones = [(m.group(0).strip(), m.start(), m.end()) for m in PHONE.finditer(masked)
                       if sum(c.isdigit() for c in m.group(0)) >= 7]
        masked = _mask(masked, [(s, e) for _, s, e in self.phones])
        self.dates = find_dates(masked, ctx.today)
        self.past_dates = find_dates(masked, ctx.today, past=True)
        masked = _mask(masked, [(s, e) for _, s, e in self.dates])
        self.domains = [(m.group(1).lower(), m.start(), m.end()) for m in DOMAIN.finditer(masked)]
        self.amounts = find_amounts(_mask(masked, [(s, e) for _, s, e in self.domains]))
        spans = [(s, e) for _, s, e in self.emails + self.phones + self.dates + self.amounts + self.domains]
        self.tokens = tokenize(text)
        # "… is a customer now that the clinic's signed up": a reason names no record, stage or value to change
        spans += [(m.start(), m.end()) for m in REASON.finditer(text)]
        self.skip = {i for i, t in enumerate(self.tokens) if any(s <= t.start < e for s, e in spans)}
        self.mentions = self._users_or_contacts(self.lex.mentions(self.tokens, self.skip))
        self.result = Understanding("write")
        self.ctx_contact = self.ctx_company = self.ctx_deal = None
        self.new_contact: str | None = None  # "new:<i>": a record created earlier in this sentence
        self.new_deal: tuple[str, int] | None = None  # ("new:<i>", its company): a deal created earlier in it
        self.new_contact_company = None
        self.new_company: str | None = None
        self._owner_mention: int | None = None  # token index of the user a TRANSFER clause makes the owner
        self._owner_pronoun: str | None = None  # "his"/"her" in "all of his deals": the owner filtered on
        self._listed: list[int] | None = None  # "them all": the deals listed just before (session memory)
        self._reader: F.Reader | None = None  # clause frames, read when the intent rules find nothing
        self.said = text  # the request before old values were masked (same length)
        self._narrow_jointly()
        self._clash = self._company_or_person()

    # -- sentence level ------------------------------------------------------
    def _company_or_person(self) -> Clarification | None:
        """One word that is a company's first word and the surname of someone elsewhere ('note on <word>'): ask which,
        and once answered keep only that reading."""
        for c in [m for m in self.mentions if m.kind == "company"]:
            people = [m for m in self.mentions if m.kind == "contact" and (m.start, m.end) == (c.start, c.end)]
            before = self.text[:self.tokens[c.start].start].lower().split()[-1:]
            after = self.text[self.tokens[c.end - 1].end:].lower().split()[:1]
            others = {self.snap.contacts[i]["company_id"] for m in self.mentions if m.kind == "contact" and
                      (m.start, m.end) != (c.start, c.end) for i in m.ids}
            if before and before[0] in ("at", "from", "in") or \
                    after and re.sub(r"\W", "", after[0]) in ("deal", "deals", "account", "accounts", "opportunity", "renewal",
                                                                "team", "office", "site", "one", "contract", "s") or \
                    others & set(c.ids) or any(m.kind in ("deal", "product") and m.start == c.end for m in self.mentions):
                continue  # "met <person> at <word>", "the <word> deal": the company
            for p in people:
                if {self.snap.contacts[i]["company_id"] for i in p.ids} & set(c.ids):
                    continue  # the person works there: both readings name the same place
                choice = self.ctx.choices.get(c.text.lower(), "")
                if choice.startswith("contacts:"):
                    self.mentions = [m for m in self.mentions if m is not c]
                elif choice.startswith("companies:"):
                    self.mentions = [m for m in self.mentions if m is not p]
                else:
                    return Clarification(f"Do you mean the company or the person “{c.text}”?", tuple(
                        [Option(f"companies:{i}", self.snap.label("companies", i)) for i in c.ids] +
                        [Option(f"contacts:{i}", self.snap.label("contacts", i)) for i in p.ids]), c.text.lower(),
                        "companies")
        return None

    def _users_or_contacts(self, mentions: list[Mention]) -> list[Mention]:
        return prefer_users(self.tokens, mentions)

    def _narrow_jointly(self) -> None:
        """'Jane at Example': keep the Jane who works at an Example, and the Example she works at."""
        joined: list[Mention] = []
        for m in self.mentions:  # "<first name typed with a slip> <surname>": one person, the one with both
            prev = joined[-1] if joined else None
            if prev is not None and prev.kind == m.kind == "contact" and prev.end == m.start and len(prev.ids) > 1 and \
                    set(m.ids) & set(prev.ids) and len(set(m.ids) & set(prev.ids)) < len(prev.ids):
                keep = tuple(i for i in prev.ids if i in m.ids)
                joined[-1] = Mention("contact", keep, prev.start, m.end, f"{prev.text} {m.text}", prev.fuzzy)
                continue
            joined.append(m)
        for k, m in enumerate(joined):  # "<first name> <surname with a slip>": the one whose surname is that close
            if m.kind != "contact" or len(m.ids) < 2 or m.end >= len(self.tokens) or \
                    any(o.start == m.end for o in joined):
                continue
            nxt = self.tokens[m.end]
            if not nxt.text[:1].isupper() or len(nxt.norm) < 4:
                continue
            from rapidfuzz.distance import OSA
            close = [i for i in m.ids if (self.snap.contacts[i]["last_name"] or "") and OSA.distance(
                nxt.norm, (self.snap.contacts[i]["last_name"] or "").lower()) <= (1 if len(nxt.norm) <= 5 else 2)]
            if len(close) == 1:
                joined[k] = Mention("contact", tuple(close), m.start, m.end + 1, f"{m.text} {nxt.text}", True)
        self.mentions = joined
        companies = [m for m in self.mentions if m.kind == "company"]
        deals = [m for m in self.mentions if m.kind == "deal"]
        company_ids = {i for m in companies for i in m.ids} | {self.snap.deals[i]["company_id"] for m in deals
                                                                 for i in m.ids}
        narrowed = []
        for m in self.mentions:
            if m.kind == "contact" and len(m.ids) > 1 and company_ids:
                keep = tuple(i for i in m.ids if self.snap.contacts[i]["company_id"] in company_ids)
                m = _with_ids(m, keep) if keep else m
            narrowed.append(m)
        contact_companies = {self.snap.contacts[m.ids[0]]["company_id"] for m in narrowed
                             if m.kind == "contact" and len(m.ids) == 1}
        self.mentions = []
        for m in narrowed:
            if m.kind == "company" and len(m.ids) > 1 and contact_companies:
                keep = tuple(i for i in m.ids if i in contact_companies)
                m = _with_ids(m, keep) if keep else m
            self.mentions.append(m)

    def run(self) -> Understanding:
        clauses = self._clauses()
        writes = [c for c in clauses if c[2]]
        said = I.split_clauses(self.text)
        predicate = all(F.CONFIRM_CLAUSE.fullmatch(self.text[a:b]) or self._frames().read_bulk_predicate(a, b)
                        for a, b in said) and not all(F.CONFIRM_CLAUSE.fullmatch(self.text[a:b]) for a, b in said)
        if predicate:
            writes = []  # "my <stage> deals are <stage> now(, mark them so)": the stage said of them is the change
        if writes and self._clash is not None:
            self.result.clarifications.append(self._clash)
            return self.result
        if predicate or not writes and not I.is_question(self.text) and (not self.text.rstrip().endswith("?") or
                                                                       I.REQUEST.search(self.text)):
            for k, (start, end) in enumerate(said):  # no intent rule fired: a clause frame may still read a change
                self._clause = (start, end)
                try:
                    self._frame(start, end, said[k - 1] if k else None)
                except Ambiguous as amb:
                    self.result.clarifications.append(amb.clarification)
                except Unknown as exc:
                    self.result.errors.append(str(exc))
            if self.result.candidates or self.result.clarifications or self.result.errors:
                return self.result
        if not writes:
            said = re.search(r"(?:'s|’s)\s+(e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|number)\s+(?:is|=|:|should be|"
                             r"is now|'s)\s+(?!\w+\?)(\S.*)$", self.text, re.I)
            if said and not self.text.rstrip().endswith("?") and not I.QUESTION.match(self.text) and \
                    not self.emails and not self.phones:  # "<person>'s email is jerusha at larkspur gardens"
                what = "an email address" if "mail" in said.group(1).lower() else "a phone number"
                return Understanding("empty", errors=[f"“{said.group(2).strip(' .')}” is not {what}, so nothing was "
                                                      f"changed; say it in full (e.g. name@example.com)." if "mail" in
                                                      said.group(1).lower() else f"“{said.group(2).strip(' .')}” is not "
                                                      f"{what}, so nothing was changed."])
            if I.QUESTION.search(self.text) or self.mentions or re.search(
                    r"\b(task|tasks|deal|deals|pipeline|open|overdue|todo|wins|losses|bookings|revenue|forecast|count|counts|"
                    r"tally|breakdown|activity|activities)\b", self.text, re.I) or (re.search(
                    r"\b(accounts|companies|contacts|leads)\b", self.text, re.I) and not re.match(
                    r"^\W*(?:please\s+)?(?:export|download|print|fax|send|e-?mail|merge|copy|import|sync|share|upload)\b",
                    self.text, re.I)):  # "accounts of mine nobody has touched" asks; "export my contacts" does not
                return Understanding("question")
            return Understanding("empty", errors=["I didn't find a change to make. Try e.g. "
                                                  "“move the <deal name> to <stage> at 48k”."])
        if I.is_question(self.text) and (ASKED_WHAT_WAS_DONE.match(self.text) or not re.search(r"\b(remind(?! me\s+(?:again\s+)?(?:who|whom|whose|what|which|when|where|how)\b)|log|create|add|mark|set(?! to (?:close|end|expire|"
                                                      r"renew|start)\b)|move|change|update|"
                                                      r"delete|remove|reassign|assign|put|give|hand|transfer)\b(?!-)|"
                                                      r"\blet (?:them|it|those) go\b|[:\-–—]\s*(?:tick|mark|close(?!\s+date))\b",
                                                      self.text, re.I)):
            return Understanding("question")
        previous = 0
        for start, end, intent in writes:
            try:
                self._clause = (start, end)
                before = len(self.result.candidates) + len(self.result.errors) + len(self.result.clarifications)
                getattr(self, "_" + intent)(start, end)
                if intent == "update":
                    self._cross_check(start, end, before)
                clause = self.text[start:end].strip(" ,.;")
                if len(self.result.candidates) + len(self.result.errors) + len(self.result.clarifications) == before \
                        and IMPERATIVE.match(clause) and start > 0:
                    # "they want it wrapped up by Friday, set the close date": the value was said just before
                    self._clause = (previous, end)
                    getattr(self, "_" + intent)(previous, end)
                    if intent == "update" and not re.search(r"\b(close|closing|date|due)\b", clause, re.I):
                        earlier = {d[0] for d in self.dates if d[1] < start}  # a date said for something else
                        for cand in self.result.candidates[before:]:
                            if cand.fields.get("close_date") in earlier:
                                del cand.fields["close_date"]
                if len(self.result.candidates) + len(self.result.errors) + len(self.result.clarifications) == before:
                    self._clause = (start, end)
                    # the intent rules read nothing here: the clause's frame, if it has one
                    self._frame(start, end, (previous, start) if start > previous else None)
                if len(self.result.candidates) + len(self.result.errors) + len(self.result.clarifications) == before \
                        and (IMPERATIVE.match(clause) or (len(writes) > 1 and intent == "update" and
                                                          self._ments(start, end, "company", "contact", "deal") and
                                                          re.search(r"(?:'s|’s)\s+now\b|\b(?:goes|belongs|sits?)\s+"
                                                                    r"(?:to|with)\b", clause, re.I))):
                    # "…, please change the X deal, …" with nothing to change; "<company> is <name>'s now; also …"
                    # read as nothing: never a plan that silently leaves out one of the things asked
                    self.result.errors.append(f"I didn't understand what to change in “{clause}”: say the field and "
                                              "its new value, e.g. “set the amount to 20k”.")
            except Ambiguous as amb:
                self.result.clarifications.append(amb.clarification)
            except Unknown as exc:  # the rules could not finish this clause: its frame may still read it
                del self.result.candidates[before:]
                try:
                    read = self._frame(start, end, (previous, start) if start > previous else None)
                except (Ambiguous, Unknown):
                    read = False
                if not read:
                    self.result.errors.append(str(exc))
            finally:
                previous = start
        if not self.result.candidates and not self.result.clarifications and not self.result.errors:
            self.result.errors.append("I understood no change to make in that. Name the record and what to change.")
        self.result.mentioned = {k: v for k, v in (("contact", self.ctx_contact), ("company", self.ctx_company),
                                                   ("deal", self.ctx_deal)) if v is not None}
        return self.result

    def _frame(self, s: int, e: int, before: tuple[int, int] | None = None) -> bool:
        """A change read by a clause frame (core/understanding/frames.py) where the intent rules found none."""
        frame = self._frames().read(s, e)
        bulk = self._reader.read_bulk(s, e, before) if frame is None else None
        if frame is None and bulk is None:  # "both of my <stage> deals are <stage> now": a stage said of a set
            bulk = self._reader.read_bulk_predicate(s, e)
        if bulk is not None:  # "<filter over deals>, hand them to <rep>": one step per deal the filter selects
            name, said, (fs, fe) = bulk
            self._listed = self._listed_deal_ids() if re.fullmatch(r"\W*(?:those|these|they|them)(?:\s+(?:all|both))?\W*",
                                                                   self.text[fs:fe], re.I) else None
            # "those have all defrosted": the deals the last answer listed
            if name == "owner_id":
                value = self.ctx.user.id if said.kind == "me" else self._resolve(said.ref)
                deals, desc = self._bulk_deals(fs, fe, exclude_user=value)
            elif name == "stage":
                value = said.ref.ids[0]
                deals, desc = self._bulk_deals(fs, fe, exclude_stage=value)
                deals = [d for d in deals if self.snap.deals[d]["stage"] != value]
            else:
                value = said.ref
                deals, desc = self._bulk_deals(fs, fe)
            if not deals:
                raise Unknown(f"No deals match “{self.text[fs:fe].strip()}”, so nothing was changed.")
            for d in deals:
                self._add(Candidate("update_deal", "deals", (d,), {name: value}, bulk=desc))
            kind = "TRANSFER" if name == "owner_id" else "SET"
            self.result.reading.append(f"{kind} frame over a filter ({desc})")
            return True
        if frame is None:
            return False
        rid = self._resolve(frame.target.ref)
        value = frame.value
        if frame.field == "owner_id":
            if isinstance(value, str):  # "<record> belongs with <name>": nobody of that name uses the CRM
                raise Unknown(f"I couldn't find a user called “{value}”; the users are "
                              f"{', '.join(u['name'] for u in self.snap.users.values())}.")
            value = self.ctx.user.id if value.kind == "me" else self._resolve(value.ref)
        elif frame.field == "company_id":
            value = self._resolve(value.ref)
            if self.snap.contacts[rid]["company_id"] == value:
                return False  # already there: nothing to move
        kind = frame.target.kind
        cand = Candidate(f"update_{kind}", TABLE[kind], (rid,), {frame.field: value})
        if any((c.op, c.targets, c.fields) == (cand.op, cand.targets, cand.fields) for c in self.result.candidates):
            return True  # "she's at <company> now, move her there": one move, said twice
        self._add(cand)
        self._remember(kind, rid)
        self.result.reading.append(f"{frame.kind} frame ({frame.cue})")
        return True

    def _clauses(self) -> list[tuple[int, int, str | None]]:
        """Clauses with their intents; clauses without a verb join a neighbour ("…, CFO at <company>")."""
        out: list[list] = []
        lead: int | None = None  # start of verb-less clauses that open the sentence ("Yara is a duplicate, delete her")
        demand: list | None = None  # a verb-less "… he wants a price for X" a following "make that a new deal" takes
        raw_prev: tuple[int, int, str | None] | None = None  # the clause said just before, as split
        for s, e in self._split_report_colon(I.split_clauses(self.text, self._mention_lists())):
            seg = self.text[s:e]
            intent = I.detect(seg)
            said_before, raw_prev = raw_prev, (s, e, intent)
            if BARE_TASK.fullmatch(seg) and said_before is not None and said_before[2] is None and out and \
                    out[-1][1] == said_before[1] and out[-1][0] < said_before[0] and \
                    not self._in(self.amounts, said_before[0], said_before[1]) and \
                    not self._ments(said_before[0], said_before[1], "stage") and \
                    not F.FIELD_WORD.search(self.text[said_before[0]:said_before[1]]) and \
                    (any(said_before[0] <= d[1] < said_before[1] for d in self.dates) or I.COMMITMENT.search(self.text[said_before[0]:e])):
                # "<deal> is placed, so on Monday the first delivery needs booking — task for me please": the clause
                # before the bare request is the task's content, not part of the change before it
                out[-1][1] = said_before[0]
                out.append([said_before[0], e, "create_task"])
                continue
            if intent in ("create_contact", None) and re.match(r"\W*(?i:add)\s+[A-Z]", seg) and re.match(
                    r"[^.;]*?(?:,\s*|\s+)(?:and\s+)?(?:give|assign|hand)\s+it\b", self.text[s:]):
                intent = "create_company"  # "Add <name> (Wellness) and give it to <rep>": "it" is not a person
            if intent in (None, "update") and re.match(r"\W*(?:an?\s+)?(?:new\s+)?(?:deal|opportunity|opp)\s+(?:for|with|at)"
                                                        r"\b", seg, re.I):
                products = {m.ids[0] for m in self._ments(s, len(self.text), "product")}
                companies = {i for m in self._ments(s, e, "company") for i in m.ids}
                if products and companies and not any(d["product"] in products for d in self.snap.deals.values()
                                                      if d["company_id"] in companies and
                                                      d["stage"] in self.snap.open_stages):
                    intent = "create_deal"  # "deal for <company>, <product they have no deal for>, 4.1k": a new one
            if intent == "log_activity" and I.reported_only_by_lexicon(seg) and re.search(
                    r"\b(?:log(?:ged|ging)?\s+(?:a|an|the|my|this|that)\s+\w|(?:don'?t|do not|no need to|not)\s+log|write (?:it|this|that) "
                    r"up)", self.text[:s] + " " + self.text[e:], re.I):
                intent = None  # "<person> showed me round …, log a meeting with her": the log is asked for elsewhere
            prev = out[-1] if out else None
            if intent is None and prev is not None:
                if re.match(r"^\s*(another|one more)\b", seg, re.I):
                    intent = prev[2]
                elif prev[2] in ("create_company", "create_contact", "delete") and BARE_NAME.match(seg) and (
                        re.search(r"\band\b", self.text[prev[1]:s]) or
                        re.search(r"\b(companies|contacts|people|accounts)\b", self.text[prev[0]:prev[1]], re.I)):
                    intent = prev[2]
                else:
                    kind = re.match(r"^\s*(?:a|an)\s+(?:new\s+)?(contact|company|deal|task)\b", seg, re.I)
                    if kind:
                        intent = {"contact": "create_contact", "company": "create_company", "deal": "create_deal",
                                  "task": "create_task"}[kind.group(1).lower()]
            wants = re.search(r"\b(?:wants|want|needs|need|would like|is interested in|are interested in|asked for)\s+"
                              r"(?:a\s+|an\s+|some\s+)?", seg, re.I)
            if intent in (None, "update") and wants and self._ments(s, e, "company") and any(
                    self.tokens[m.start].start == s + wants.end() for m in self._ments(s, e, "product")) and \
                    not self._ments(s, e, "deal") and not re.search(r"\b(update|existing|the \w+ deal|that deal)\b",
                                                                     self.text[s:], re.I):
                intent = "create_deal"  # "<company> wants <product> for …, 8.5k": new demand is a new deal
            added = re.search(rf"\b(?:add|put)\s+([A-Z][\w'-]+(?:{NAME_PARTICLES}\s+[A-Z][\w'-]+)+)", seg)
            if intent in (None, "update") and added and not self._names_known_record(s + added.start(1), s + added.end(1)) \
                    and not self._ments(s + added.start(1), s + added.end(1), "contact"):
                thing = re.search(r"^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:and\s+)?(?:give|assign|hand|put)\s+it\b|^\s*\(",
                                  self.text[s + added.end(1):])  # "Add <name> (Wellness) and give it to <rep>"
                intent = "create_company" if I.is_org_name(added.group(1)) or thing else "create_contact"  # a new name
            if intent is None and (self._implicit_update(s, e) or
                                   (lead is not None and not out and self._implicit_update(lead, e))):
                intent = "update"  # "<person>, new email x@y.z": the value's clause and the record's clause
            if intent == "log_activity" and prev is not None and prev[2] != "log_activity" and \
                    I.BARE_LOG.fullmatch(seg):
                intent = None  # "moved X to Y, log it": "it" is what was just said, joined to it as before
            if intent is None and lead is not None and re.search(r"\b(?:is|are)\s+(?:now\s+)?yours\b", seg, re.I) and \
                    self._ments(lead, s, "user") and self._ments(s, e, "deal", "company", "contact"):
                intent = "update"  # "<rep>, <deal> is yours from now on": the rep addressed is the new owner
            if intent is None and self._ments(s, e, "user") and (
                    I.PRONOUN_THING.search(seg) or re.search(r"\b(?:that|this|the)\s+(?:account|company|contact|deal)\b", seg, re.I)
                    or self._ments(s, e, "deal", "company", "contact")) and find_owners(
                    self.text, s, e, self.tokens, self._ments(s, e, "user"), self.ctx.user.id, self._resolve).new:
                intent = "update"  # "…, forget that; <rep> takes it", "<person> is <rep>'s contact": an owner idiom
            if intent is None:
                if demand is not None:
                    demand[1] = e
                elif prev is not None and DEMAND.match(seg):
                    demand = [s, e]  # "…, and he wants a price for <thing>, about 7 grand, make that a new deal": held
                elif prev is not None:
                    prev[1] = e
                elif lead is None:
                    lead = s
                continue
            if demand is not None:
                if intent == "create_deal" and re.match(r"\W*(?:so\s+|and\s+|just\s+|please\s+)*(?:make|turn|set up|open|put|"
                                                         r"log|add)\s+(?:that|it|this)\b", seg, re.I):
                    s = demand[0]  # the demand described before is what the new deal is
                elif prev is not None:
                    prev[1] = demand[1]  # a demand said as narrative: it stays with the clause before
                demand = None
                prev = out[-1] if out else None
            if prev is not None and intent == "update" and prev[2] in ("create_deal", "create_contact",
                                                                       "create_company") \
                    and not self._ments(s, e, "deal", "company", "contact") and \
                    (not I.PRONOUN_THING.search(seg) or prev[2] == "create_deal" and
                     re.match(r"^\W*(?:and\s+)?(?:start|put|set|open|call|make|value|price)\s+it\b", seg, re.I) or
                     prev[2] == "create_deal" and re.search(r"\b(?:so|and)\s+(?:start|put|open|begin)\s+it\s+(?:at|in|on|as)\b",
                                                            seg, re.I) or
                     re.match(r"^\W*(?:and\s+)?(?:please\s+)?(?:assign|give|hand|transfer|reassign)\s+(?:it|her|him|them)"
                              r"\s+(?:over\s+)?to\b", seg, re.I)):
                prev[1] = e  # "…, 40k, close Jan 15" describes the record being created
                continue
            if prev is not None and intent == "update" and prev[2] == "update" and \
                    not self._ments(s, e, "deal", "company", "contact") and (
                        not I.PRONOUN_THING.search(seg) or re.match(r"\W*(?:and\s+|so\s+)?(?:it['’]s|it is|it should be|it'll be)"
                                                                     r"\s+(?:now\s+)?[\d+(]", seg, re.I)) and \
                    not self._has_values(prev[0], prev[1]):
                prev[1] = e  # "<deal> close date is wrong, should be Dec 1": the record, then its new value
                continue
            if prev is not None and intent == "update" and prev[2] != "update" and not self._has_update_fields(s, e):
                prev[1] = e
                continue
            if prev is not None and prev[2] == "create_deal" and intent == "create_deal" and re.match(
                    r"\W*(?:so\s+|and\s+)?(?:(?:make\s+(?:it|that)|that'?s|it'?s)\s+)?(?:a\s+)?new\s+(?:deal|opp|opportunity)\b(?!\s+(?:for|with|at)\b)",
                    seg, re.I) and not self._ments(s, e, "company"):
                prev[1] = e  # "<company> want <product> as well — new deal, 16,750, …": the deal just described
                continue
            if prev is not None and prev[2] == "log_activity" and intent == "update" and \
                    re.search(r"\b(?:the lot|them all|all of them|those|them|these)\b", seg, re.I) and \
                    re.search(r"\b(?:deals|opps|opportunities)\b", self.text[prev[0]:prev[1]], re.I) and \
                    not re.search(r"\blog\b", self.text[prev[0]:prev[1]], re.I):
                prev[1], prev[2] = e, "update"  # "<rep>'s deals still at X have all had their visit booked — move the lot to Y"
                continue
            put_in = re.fullmatch(
                    r"\W*(?:(?:so|and|just|please|pls|can you|could you)\s+)*(?:put|stick|pop|add|log|record)\s+(?:that|the|this)\s+"
                    r"(?:call|meeting|email|note|visit|chat)\s*(?:in|down|on|through)?(?:\s+(?:please|pls|for me))?\W*", seg, re.I)
            if put_in and prev is not None and prev[2] in ("log_activity", "update", None):
                prev[1], prev[2] = e, "log_activity"  # "<person> and I talked it over by phone, put that call in": that call
                continue
            if put_in and prev is None and lead is not None:
                intent = "log_activity"  # the report said before it, verb-less, is the activity
            if prev is not None and intent == "log_activity" and prev[2] == "log_activity" and re.match(
                    r"\W*(?:(?:so|and|just|please|pls|can you|could you)\s+)*(?:log|record|file|put)\s+(?:(?:it|that|this)\s+(?:down\s+)?"
                    r"as\s+(?:a|an)\s+\w+|(?:a|an|the)\s+(?:call|meeting|email|note|visit|message)|(?:it|that|this)(?=\W*$|\s+(?:"
                    r"please|pls|thanks|too|as well|rather than|instead)\b))(?:\s+(?:for it|for that|please|pls|thanks|too|as well))?"
                    r"(?:\s+(?:rather than|instead of)\b.*)?\W*$", seg, re.I) and not self._ments(s, e):
                prev[1] = e  # "I called her — log it as a call": the same activity, its type said again
                continue
            if prev is not None and intent == "log_activity" and prev[2] == "log_activity" and \
                    re.search(r"\b(?:them(?: all)?|all of them|each of them|both of them|every one of them)\b", seg, re.I) \
                    and not self._ments(s, e, "contact", "company", "deal"):
                prev[1] = e  # "log a call against each of my <stage> deals, I rang them all this morning": the same calls
                continue
            if prev is not None and intent == "log_activity" and prev[2] == "log_activity" and \
                    re.match(r"\W*(?:hmm+|no|sorry|wait|oh|actually|er+|um+)\b", seg, re.I) and not self._ments(s, e, "contact", "company"):
                prev[1] = e  # "log it as a call. Hmm, actually we met in person, so a meeting.": the same one, corrected
                continue
            if prev is not None and intent == "log_activity" and prev[2] == "log_activity" and \
                    re.match(r"\W*(?:and\s+)?we\s+(?:talked|spoke|chatted|discussed|went over|went through)\b", seg, re.I) and \
                    not self._ments(s, e, "contact"):
                prev[1] = e  # "spoke to <person> on Friday, we talked football for ten minutes": the same call
                continue
            if prev is not None and intent == "log_activity" and prev[2] == "log_activity" and \
                    re.match(r"\W*(?:and\s+)?(?:we\s+|i\s+)?(?:talked|spoke|chatted|went|walked|ran|looked|caught up|had a word)\b", seg,
                             re.I) and \
                    not any(a <= d[1] < b for d in self.dates + self.past_dates for a, b in ((s, e),)) and \
                    self._same_place(prev[0], prev[1], s, e):
                prev[1] = e  # "dropped by <company> on Tuesday and talked … through with <person there>": one visit
                continue
            if prev is not None and re.match(r"\W*(?:and\s+)?(?:he|she|they)\s+(?:says|said|told me|tells me|mentioned|"
                                             r"explained|reckons|thinks)\b", seg, re.I) and prev[2] == "log_activity":
                prev[1] = e  # "… got <person> on the phone and he says the board only meets in December": what was said
                continue
            if intent == "complete_task" and re.search(r"\b(?:them all|all of them|the lot|everything|all)\b", seg, re.I) and \
                    re.search(r"\b(?:tasks|to-?dos|past due|overdue|late)\b", self.text[(prev[0] if prev else lead or 0):s],
                              re.I):
                s = prev[0] if prev else (lead if lead is not None else s)  # "my late tasks are sorted, tick them all off"
                if prev is not None:
                    out.pop()
                lead = None
                prev = out[-1] if out else None
            if prev is not None and prev[2] == "create_company" and re.match(
                    r"\W*(?:(?:the|its|their)\s+)?(?:industry|sector)\s*(?:is|:|=)|\W*they(?:'re|’re| are)\s+(?:an?\s+|in\s+)?[A-Z]",
                    seg):
                prev[1], prev[2] = e, "create_company"  # "add a new company, <Name>? industry is Tourism": its industry
                continue
            if prev is not None and intent == "create_contact" and prev[2] in ("update", "log_activity") and \
                    not re.search(r"(?-i:[A-Z][a-z'-]+\s+[A-Z][a-z'-]+)", seg) and self._new_person(prev[0], prev[1]) and \
                    re.match(r"\W*(?:and\s+)?(?:could|can|should|would|please|to)?\s*(?:be\s+)?(?:added|entered|put)\b", seg, re.I):
                prev[1], prev[2] = e, "create_contact"  # "… if <Name>, who manages …, could be added to our contacts"
                continue
            if prev is not None and intent == "create_contact" and prev[2] != "create_task" and re.search(
                    r"\b(?:add|save|stick|put|pop)\s+(?:him|her)\b", seg, re.I) and \
                    not re.search(r"(?-i:[A-Z][a-z'-]+\s+[A-Z][a-z'-]+)", seg):
                prev[1], prev[2] = e, "create_contact"  # "<Name>, <Company>, <email> - …, please add her": that person
                continue
            undated = seg  # "remind me Friday", "make a task for tomorrow": the date is the task's, the clause bare
            for d in sorted((d for d in self.dates if s <= d[1] and d[2] <= e), key=lambda d: -d[1]):
                undated = undated[:d[1] - s] + undated[d[2] - s:]
            if prev is None and lead is not None and intent == "create_task" and REMIND_TAIL.match(undated):
                s = lead  # "visit to <company> on Monday, stick it on my tasks": what was said before is the task
            if prev is not None and intent == "create_task" and prev[2] != "create_task" and REMIND_TAIL.match(undated) and \
                    self._said_for_later(prev[0], prev[1]):
                # "when the sponsor signs I need to mark <deal> won — reminder please": the change is the task's
                # content, to do later, not a change to make now
                prev[1], prev[2] = e, "create_task"
                continue
            if prev is not None and intent == "create_task" and prev[2] == "create_task" and (
                    BARE_TASK.fullmatch(undated) or REMIND_TAIL.match(undated)):
                if re.search(r"\b(?:her|his|their)\b", seg, re.I) or undated != seg:
                    prev[1] = e  # "… — make it his task", "… — remind me Friday": whose it is, or when, said there
                continue  # "need to send Bram the drawings tomorrow, make a task": one task, said twice
            if prev is not None and intent == "create_task" and prev[2] == "create_task" and \
                    BARE_TASK.fullmatch(self.text[prev[0]:prev[1]]):
                out.pop()  # "please make me a reminder, I must call <person> on Thursday": the task is the second clause
            if prev is not None and intent == "complete_task" and prev[2] == "complete_task" and not self._ments(s, e) and \
                    re.search(r"\b(?:both|all|them|those|these|it|everything)\b|^\W*(?:as\s+|since\s+|because\s+)?(?:that|the|this|"
                              r"our|their)\s+(?:\w+\s+){0,2}(?:is|are|'s|has been|have been)\s+(?:all\s+)?(?:finished|done|"
                              r"complete|completed|wrapped up|over)\b", seg, re.I):
                prev[1] = e  # "everything on my list for <company> is sorted, mark both complete": the same tasks
                continue
            if prev is not None and intent == "complete_task" and (prev[2] == "create_task" or (
                    prev[2] == "update" and not re.search(r"\b(?:move|moved|set|change|changed|update|updated|mark|push|"
                                                          r"pushed|close|closed|make|put|assign|give|hand|is now|are now)\b",
                                                          self.text[prev[0]:prev[1]], re.I))) and \
                    re.fullmatch(r"\W*(?:all\s+)?(?:done|finished|completed|complete|sorted)\W*", seg, re.I):
                prev[1], prev[2] = e, "complete_task"  # "Chase Thornbury for the lease consent - done": that task
                continue
            if lead is not None:
                s, lead = lead, None
            out.append([s, e, intent])
        if demand is not None and out:
            out[-1][1] = demand[1]
        return [tuple(c) for c in self._described_new_deal(out)]

    def _described_new_deal(self, out: list[list]) -> list[list]:
        """"<company> want <thing> for their show, 14k, close Feb 28 — new deal": a bare request for a new deal takes
        the clauses before it that describe one (a company, values, no existing deal named) as what it creates."""
        for k, (s, e, intent) in enumerate(out):
            seg = self.text[s:e]
            request = I.NEW_DEAL_REQUEST.search(seg)
            if request is None or self._ments(s + request.start(), e, "company", "contact", "deal"):
                continue
            first = k
            while first > 0 and out[first - 1][2] in (None, "update", "create_deal", "create_contact") and \
                    not self._ments(out[first - 1][0], out[first - 1][1], "deal", "contact", "user") and \
                    not F.FIELD_WORD.search(self.text[out[first - 1][0]:out[first - 1][1]]) and \
                    not self._ments(s, s + request.start(), "deal", "contact", "user"):
                first -= 1
            start = min([out[j][0] for j in range(first, k + 1)])
            companies = self._ments(start, e, "company")
            if first == k and not (companies and request.start() > 0):
                continue
            if len({i for m in companies for i in m.ids}) != 1 and len(companies) != 1:
                continue
            return out[:first] + [[start, e, "create_deal"]] + out[k + 1:]
        return out

    def _split_report_colon(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """ "rang <person>: <deal> moves to <stage>", "<person> on the phone: <deal> goes to 24k": the report, then a
        change of its own (a deal named with a change verb after the colon), as two clauses; a note's text stays one."""
        out = []
        for s, e in spans:
            colon = self.text.find(": ", s, e)
            if colon > 0 and I.detect(self.text[s:colon]) == "log_activity" and not re.search(
                    r"\bnote\b", self.text[s:colon], re.I) and (self._ments(colon, e, "deal") and re.search(
                        r"\b(?:moves?|goes|going|is now|now|to)\b", self.text[colon:e], re.I) or re.match(
                        r"\s*(?:(?:so|and|please|pls|can you|could you)\s+)*(?:bump|move|push|put|set|change|update|"
                        r"make|mark|take|bring|drop|raise|lower|increase|reduce)\s+(?:it|them|that|this)\b",
                        self.text[colon + 1:e], re.I)) and I.detect(self.text[colon + 2:e]) == "update":
                # "<person> phoned about the <deal>: bump it to 15,600": the call, then the change to what it was about
                out += [(s, colon), (colon + 2, e)]
            else:
                out.append((s, e))
        return out

    def _said_for_later(self, s: int, e: int) -> bool:
        """A clause that puts its change off ("when the sponsor signs I need to mark <deal> won"): a LATER cue before the
        first change said in it (not "<deal> confirmed 🎉 need to send …", where the change comes first)."""
        clause = self.text[s:e]
        later = LATER.search(clause)
        if not later:
            return False
        change_at = [self.tokens[m.start].start - s for m in self._ments(s, e, "stage")] + \
            [x.start() for x in CHANGE_WORD.finditer(clause)]
        return not change_at or later.start() < min(change_at)

    def _mention_lists(self) -> list[tuple[int, int]]:
        """Gaps between two stage (or two product) mentions joined by and/or/a comma: one list, not two clauses."""
        out = []
        for kind in ("stage", "product"):
            ms = [m for m in self.mentions if m.kind == kind]
            for a, b in zip(ms, ms[1:]):
                gap = self.text[self.tokens[a.end - 1].end:self.tokens[b.start].start]
                if re.fullmatch(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:in\s+)?", gap) and gap.strip():
                    out.append((self.tokens[a.end - 1].end, self.tokens[b.start].start))
        return out

    def _implicit_update(self, s: int, e: int) -> bool:
        """'the <deal> to <stage>', 'Jane's new email is …': a change without a verb."""
        stages = [m for m in self._ments(s, e, "stage") if self._stage_role(m) != "filter"]  # not "the site walk with X"
        has_value = bool(stages or self._in(self.amounts, s, e) or self._in(self.emails, s, e)
                         or self._in(self.phones, s, e) or self._in(self.domains, s, e)) or bool(
            self._ments(s, e, "contact") and re.search(r"\b(?:" + "|".join(LIFECYCLE_STAGES) + r")s?\b", self.text[s:e], re.I)) \
            or bool(self._ments(s, e, "company") and re.search(r"\bindustry\s*[:=]\s*[A-Za-z]", self.text[s:e], re.I))
        # "<company> industry: <value>": a field and its value, said without a verb
        if not has_value and self._ments(0, e, "deal") and self._value_dates(s, e) and re.search(
                r"\b(?:it'?s|it is|now|should be|make it|moved to|moves to|->)\b|:", self.text[:e], re.I) and \
                not re.search(r"\b(?:call|meeting|met|visit|demo|email|remind|task|spoke|lunch)\b", self.text[s:e], re.I):
            has_value = True  # "<deal>: not April 4 any more, it's the eighteenth of May": its new close date
        if not has_value and self._ments(s, e, "deal") and self._value_dates(s, e) and re.search(
                r"\b(?:now\s+)?(?:closing|closes|to close|close date(?:\s+(?:is|of))?)\s+(?:on\s+|by\s+|in\s+|at\s+)?(?:the\s+)?"
                r"(?:end\s+of\s+)?\S", self.text[s:e], re.I):
            has_value = True  # "…; <deal> now closing end of December": its new close date
        has_record = bool(self._ments(s, e, "deal", "company", "contact")) or bool(
            I.PRONOUN_THING.search(self.text[s:e]))
        if PERSON_BECOMES.match(self.text[s:e]):
            return True  # "…, she's an opportunity now": the person just named moves lifecycle
        if not has_record and re.search(r"\b(deals|opportunities|opps)\b", self.text[s:e], re.I) and \
                re.search(r"\bto\s+\S", self.text[s:e]) and self._ments(s, e, "stage"):
            has_record = True  # "all <product> deals in <stage> or <stage> -> <stage>"
        to_word = re.search(r"\bto\s+([A-Za-z][\w-]*)(?:\s+[\w-]+){0,2}\s*[.!]?$", self.text[s:e])
        to_word = bool(to_word) and to_word.group(1).lower() not in FILLER | {"on", "in", "by", "from", "do", "be"} \
            and not self._ments(s, e, "user")
        deal_m = self._ments(s, e, "deal")
        bare = len(deal_m) == 1 and not self.text[s:self.tokens[deal_m[0].start].start].strip(" ,.:;") and \
            re.fullmatch(r"\s*(?:to|->|→|=>)\s+[A-Za-z][\w-]*(?:\s+[\w-]+)?\s*[.!]?\s*",
                         self.text[self.tokens[deal_m[0].end - 1].end:e])  # "<deal> -> <word>": a move, even to no stage
        return (has_value or bool(to_word) or bool(bare)) and has_record

    def _has_values(self, s: int, e: int) -> bool:
        """Whether a clause states a value (amount, stage, date, email, phone, domain)."""
        return bool(self._in(self.amounts, s, e) or self._ments(s, e, "stage") or self._value_dates(s, e) or
                    self._in(self.emails, s, e) or self._in(self.phones, s, e) or self._in(self.domains, s, e))

    def _has_update_fields(self, s: int, e: int) -> bool:
        seg = self.text[s:e]
        return bool(self._in(self.amounts, s, e) or self._ments(s, e, "stage") or self._in(self.emails, s, e) or
                    self._in(self.phones, s, e) or
                    re.search(r"\b(move|set|change|update|bump|push|mark|close|reassign|assign|rename)\b", seg, re.I) or
                    (self._ments(s, e, "deal") and self._value_dates(s, e) and
                     re.search(r"\b(?:now\s+)?(?:closing|closes|to close|close date)\b", seg, re.I)) or
                    re.search(r"(?:\b(?:is|are)\s+now|'s\s+now|\bnow)\s+(?:a|an)\s+(?:" + "|".join(LIFECYCLE_STAGES) +
                              r")\b", seg, re.I) or PERSON_BECOMES.match(seg) or
                    # "…, and the <company> account itself goes to <rep>": a change of owner of a named record
                    (self._ments(s, e, "user") and self._ments(s, e, "company", "deal", "contact") and
                     re.search(r"\b(?:goes|go|going|went|give|hand|transfer|owns?|taking over|takes over)\b", seg, re.I)) or
                    self._frame_on_named(s, e))  # "so make me the owner of <company>": a clause frame

    def _cross_check(self, s: int, e: int, before: int) -> None:
        """Two readings of one clause: when the intent rules change a field that the clause's frame (its target named
        in the clause) gives to another record or another value, neither is guessed: the clause is refused."""
        frame = self._frames().read(s, e)
        if frame is None or not s <= frame.target.start < e:
            return
        mine = [c for c in self.result.candidates[before:] if frame.field in c.fields]
        if not mine:
            return
        try:
            rid = self._resolve(frame.target.ref)
            value = frame.value
            if frame.field == "owner_id":
                value = self.ctx.user.id if getattr(value, "kind", None) == "me" else \
                    self._resolve(value.ref) if isinstance(value, F.Span) else None
            elif frame.field == "company_id":
                value = self._resolve(value.ref)
        except Ambiguous:
            return
        def same(said):  # a text value read with a word more or less ("Head of X now") is the same value
            if isinstance(said, str) and isinstance(value, str):
                a, b = said.lower().strip(), value.lower().strip()
                return a.startswith(b) or b.startswith(a)
            return said == value

        if any(c.table == F.TABLE[frame.target.kind] and c.targets == (rid,) and same(c.fields[frame.field])
               for c in mine):
            return
        del self.result.candidates[before:]
        label = self.snap.label(F.TABLE[frame.target.kind], rid)
        self.result.errors.append(f"I read “{self.text[s:e].strip()}” two ways (the {frame.field.replace('_id', '')} of "
                                  f"{label}, or of another record), so I won't guess; name the record and the new value "
                                  "in one clause.")

    def _frame_on_named(self, s: int, e: int) -> bool:
        """A clause frame whose target is named in the clause itself ("Wiremu owns it" describes the record before)."""
        frame = self._frames().read(s, e)
        return frame is not None and s <= frame.target.start < e

    def _frames(self) -> F.Reader:
        if self._reader is None:
            self._reader = F.Reader(self)
        return self._reader

    # -- helpers over a clause span ------------------------------------------
    def _ments(self, s: int, e: int, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if s <= self.tokens[m.start].start < e and (not kinds or m.kind in kinds)]

    @staticmethod
    def _in(items: list, s: int, e: int) -> list:
        return [x for x in items if s <= x[1] < e]

    def _value_dates(self, s: int, e: int) -> list:
        """Dates in a clause that are values to set, not parts of a filter ('closes before Dec 5', 'in 3 weeks')."""
        seg = self.text[s:e]
        blocked = [(s + m.start(), s + m.end()) for m in QUIET.finditer(seg)]
        one = not re.search(r"\b(?:all|every|each|any|deals|opportunities|opps|ones|those|which|that|whose)\b", seg, re.I)
        blocked += [(s + m.end(), s + m.end() + 1) for m in DATE_FILTER.finditer(seg)
                    if not (one and (re.search(r"\b(?:should|will|shall|would|to|'ll|gonna|now|expected to|set to|won't|wont|will not|isn't going to|"
                                               r"is not going to)\s+$",
                                               seg[:m.start()], re.I) or m.group(0).lower().startswith("due")))]
        # "<deal> should close by Nov 21", "a task …, due by 30 June": one record's new date
        from core.understanding.grounding import REASON_CLAUSE
        for m in REASON_CLAUSE.finditer(seg):
            blocked.append((s + m.start(), s + m.end()))  # "…, since the board signed off on Monday": why, not when
        from core.understanding.periods import OPEN_END, OPEN_START, find_periods
        for p in find_periods(seg.lower(), self.ctx.today):  # "deals closing between April 1 and April 30 -> …": a filter
            if p.start != p.end and OPEN_START < p.start and p.end < OPEN_END and re.search(r"\b(?:clos\w*|due|dated|expir\w*)\s+(?:date\s+)?(?:is\s+)?$",
                                              seg[:p.begin].lower()):
                blocked.append((s + p.begin, s + p.stop))
        return [d for d in self._in(self.dates, s, e) if not any(a <= d[1] < b for a, b in blocked)
                and not any(a <= d[2] - 1 < b for a, b in blocked)]

    def _close_date_role(self, s: int, d) -> bool:
        """Whether a date in a deal clause is its new close date: the clause speaks of closing, signing, slipping or
        pushing, or the date follows "to / until / into / for / by / out to"; not "finished the trial on Sunday" or
        "we're going in on Thursday" (when something happened or will happen)."""
        seg = self.text[s:d[1]].lower()
        if CLOSE_CUE.search(self.text.lower()):
            return True
        return bool(re.search(r"\b(?:to|until|till|til|into|for|by|out to|back to|forward to|as|->|→)\s+(?:the\s+)?(?:end of\s+)?"
                              r"(?:(?:next|this)\s+)?$|\b(?:make|change|set|move|push|put)\s+(?:it|that|this)\s+(?:to\s+|for\s+)?"
                              r"(?:(?:next|this)\s+)?$|\b(?:it'?s|it is|is now|now|should be|will be|becomes|actually)\s+"
                              r"(?:the\s+)?(?:(?:next|this)\s+)?$", seg))

    def _toks(self, s: int, e: int) -> list[tuple[int, Token]]:
        return [(i, t) for i, t in enumerate(self.tokens) if s <= t.start < e]

    def _prev_word(self, m: Mention) -> str:
        return self.tokens[m.start - 1].norm if m.start > 0 else ""

    def _resolve(self, m: Mention) -> int:
        """One id for a mention, or a clarification listing the candidates."""
        choice = self.ctx.choices.get(m.text.lower())
        if choice:
            table, _, rid = choice.partition(":")
            if table == TABLE[m.kind] and int(rid) in m.ids or not m.ids:
                return int(rid)
            if table == TABLE[m.kind]:
                return int(rid)
        if len(m.ids) == 1:
            return m.ids[0]
        table = TABLE[m.kind]
        raise Ambiguous(Clarification(
            f"Which {m.kind} do you mean by “{m.text}”?",
            tuple(Option(f"{table}:{i}", self.snap.label(table, i)) for i in m.ids), m.text.lower(), table))

    def _clarify(self, kind: str, text: str, ids: list[int]) -> Ambiguous:
        table = TABLE[kind]
        return Ambiguous(Clarification(f"Which {kind} do you mean by “{text}”?",
                                       tuple(Option(f"{table}:{i}", self.snap.label(table, i)) for i in ids),
                                       text.lower(), table))

    def _unknown_words(self, s: int, e: int) -> str:
        used = {i for m in self._ments(s, e) for i in range(m.start, m.end)} | self.skip
        words, run = [], []
        for i, t in self._toks(s, e):
            name_like = t.norm not in FILLER and len(t.norm) >= 3 and not t.norm.isdigit() and i not in used \
                and t.norm not in self.lex.deal_words and not I.detect(t.norm)
            if name_like:
                run.append(t.text)
            elif run:
                words.append(" ".join(run))
                run = []
        if run:
            words.append(" ".join(run))
        return words[0] if words else ""

    def _not_found(self, kind: str, s: int, e: int) -> Unknown:
        phrase = self._unknown_words(s, e)
        if phrase:
            return Unknown(f"I couldn't find a {kind} matching “{phrase}”. Check the name or create it first.")
        return Unknown(f"Which {kind} do you mean? Name it (e.g. “the <company> <product> deal”).")

    def _remember(self, kind: str, rid: int | None) -> None:
        if rid is None:
            return
        setattr(self, "ctx_" + kind, rid)
        self.result.last_kind = kind
        if kind == "deal":
            self.ctx_company = self.snap.deals[rid]["company_id"]
        if kind == "contact" and self.snap.contacts[rid]["company_id"]:
            self.ctx_company = self.ctx_company or self.snap.contacts[rid]["company_id"]

    # -- record targets -------------------------------------------------------
    def _deal_words(self, s: int, e: int) -> set[str]:
        # words of a stage or a user named in the clause ("… to Print Order") describe no deal
        taken = {i for m in self._ments(s, e, "stage", "user") for i in range(m.start, m.end)}
        for m in self._ments(s, e, "stage"):  # "at tech spec stage", "the stage Pencilled": the word names the field
            taken |= {i for i in (m.start - 1, m.end) if 0 <= i < len(self.tokens) and self.tokens[i].norm == "stage"}
        return {t.norm for i, t in self._toks(s, e) if t.norm in self.lex.deal_words and i not in taken}

    def _names_a_deal_loosely(self, s: int, e: int) -> bool:
        """'the <company> boiler retrofit', 'the <company> renewal': two words of a deal's name after its company,
        or the last word of its name; one word from the middle of a name ('the <company> dock') is not enough."""
        words = self._words_next_to_company(s, e) - {"deal"}
        if len(words) >= 2:
            return True
        companies = {i for m in self._ments(s, e, "company") for i in m.ids}
        last_words = {norm(t) for d in self.snap.deals.values() if d["company_id"] in companies
                      for t in TOKEN.findall(d["name"])[-1:]}
        return bool(words & last_words)

    def _words_next_to_company(self, s: int, e: int) -> set[str]:
        """Deal-name words right after a company's name ("the <company> boiler retrofit"): a loosely named deal.
        Words elsewhere in the clause (a note's text) do not name one."""
        out: set[str] = set()
        for m in self._ments(s, e, "company"):
            i = m.end
            # words of this company's own deal names count too ("<company> housing lifts" when another company is
            # a housing association)
            own = {norm(t) for d in self.snap.deals.values() if d["company_id"] in m.ids for t in TOKEN.findall(d["name"])} - \
                {norm(t) for c in m.ids if c in self.snap.companies for t in TOKEN.findall(self.snap.companies[c]["name"])}
            while i < len(self.tokens) and self.tokens[i].start < e and (self.tokens[i].norm in self.lex.deal_words or
                                                                         self.tokens[i].norm in own) \
                    and not re.search(r"[,;:.]", self.text[self.tokens[i - 1].end:self.tokens[i].start]):
                out.add(self.tokens[i].norm)
                i += 1
        return out

    def _name_overlap(self, deal: int, words: set[str]) -> int:
        return len(words & {w.lower().strip(".'") for w in re.findall(r"[\w'-]+", self.snap.deals[deal]["name"])})

    def _narrow_deals(self, deals: list[int], words: set[str]) -> list[int]:
        if not words:
            return deals
        scored = [(len(words & {w.lower().strip(".'") for w in re.findall(r"[\w'-]+", self.snap.deals[d]["name"])}), d)
                  for d in deals]
        best = max((sc for sc, _ in scored), default=0)
        return [d for sc, d in scored if sc == best and sc > 0] if best else []

    def _open_deals(self, pred) -> list[int]:
        open_stages = set(self.snap.open_stages)
        rows = [d for d in self.snap.deals.values() if pred(d)]
        live = [d["id"] for d in rows if d["stage"] in open_stages]
        return live or [d["id"] for d in rows]

    def _deal_target(self, s: int, e: int, required: bool = True) -> int | None:
        deal_m = self._ments(s, e, "deal")
        if deal_m:
            rid = self._resolve(deal_m[0])
            self._remember("deal", rid)
            return rid
        words = self._deal_words(s, e)
        label = self.text[s:e].strip()
        company_m = self._ments(s, e, "company")
        contact_m = self._ments(s, e, "contact")
        if company_m:
            companies = set(company_m[0].ids)
            choice = self.ctx.choices.get(company_m[0].text.lower())
            if choice and choice.startswith("companies:"):
                companies = {int(choice.split(":")[1])}
            deals = self._narrow_deals(self._open_deals(lambda d: d["company_id"] in companies), words)
            if words:  # "the <company> fire doors" when that deal is closed: not the open "fire risk" one
                every = self._narrow_deals([d for d in self.snap.deals if self.snap.deals[d]["company_id"] in companies],
                                           words)
                if every and (not deals or self._name_overlap(every[0], words) > self._name_overlap(deals[0], words)) \
                        and self._name_overlap(every[0], words) >= 2:
                    deals = every
            if len({self.snap.deals[d]["company_id"] for d in deals}) > 1:
                raise Ambiguous(self._company_clarification(company_m[0]))  # which company first, then which deal
            if not deals:
                if len(companies) > 1:
                    raise Ambiguous(self._company_clarification(company_m[0]))
                name = self.snap.companies[next(iter(companies))]["name"]
                raise Unknown(f"{name} has no {' '.join(sorted(words)) or 'open'} deal. "
                              "Create one first (“create a deal for " + name + " …”).")
            return self._one_deal(deals, company_m[0].text + (" deal" if not words else ""))
        if contact_m:
            contact = self._resolve(contact_m[0])
            self._remember("contact", contact)
            c = self.snap.contacts[contact]
            deals = self._narrow_deals(self._open_deals(lambda d: d["contact_id"] == contact), words) or \
                self._narrow_deals(self._open_deals(lambda d: d["company_id"] == c["company_id"]), words)
            if deals:
                return self._one_deal(deals, contact_m[0].text + "'s deal")
        if words - {"deal"} and not I.PRONOUN_THING.search(self.text[s:e]):
            scope = self.ctx_company
            deals = []
            if scope:
                deals = self._narrow_deals(self._open_deals(lambda d: d["company_id"] == scope), words)
            if not deals:
                deals = self._narrow_deals(self._open_deals(lambda d: True), words)
            if deals and len(deals) <= 8:
                return self._one_deal(deals, " ".join(sorted(words)))
        earlier = [m for m in self.mentions if m.kind == "deal" and len(m.ids) == 1 and self.tokens[m.end - 1].end <= s]
        if earlier and I.PRONOUN_THING.search(self.text[s:e]) and self.ctx_deal is None:
            # "<deal> close date has already gone by, make it April 9": "it" is the deal named before in this sentence
            self._remember("deal", earlier[-1].ids[0])
            return earlier[-1].ids[0]
        ref = self.ctx_deal or self.ctx.memory.deal
        if ref is not None and ref in self.snap.deals:
            self._remember("deal", ref)
            return ref
        company = self.ctx_company or self.ctx.memory.company
        if company and (I.PRONOUN_THING.search(self.text[s:e]) or re.search(
                r"\b(their|its|his|her|the) (deal|opportunity)\b", self.text[s:e], re.I)):
            deals = self._open_deals(lambda d: d["company_id"] == company)
            if deals:
                return self._one_deal(deals, label)
        if required:
            raise self._not_found("deal", s, e)
        return None

    def _one_deal(self, deals: list[int], text: str) -> int:
        if len(deals) == 1:
            self._remember("deal", deals[0])
            return deals[0]
        choice = self.ctx.choices.get(text.lower())
        if choice and choice.startswith("deals:") and int(choice.split(":")[1]) in deals:
            rid = int(choice.split(":")[1])
            self._remember("deal", rid)
            return rid
        raise self._clarify("deal", text, deals)

    def _company_clarification(self, m: Mention) -> Clarification:
        return Clarification(f"Which company do you mean by “{m.text}”?",
                             tuple(Option(f"companies:{i}", self.snap.label("companies", i)) for i in m.ids),
                             m.text.lower(), "companies")

    def _contact_target(self, s: int, e: int, required: bool = True) -> int | None:
        m = self._ments(s, e, "contact")
        if m:
            rid = self._resolve(m[0])
            self._remember("contact", rid)
            return rid
        if (I.PRONOUN_PERSON.search(self.text[s:e]) and not self._pronoun_is_rep(s, e)) or (
                I.PRONOUN_THING.search(self.text[s:e]) and self.ctx.memory.last == "contact"):
            ref = self.ctx_contact or self.ctx.memory.contact
            if ref in self.snap.contacts:
                self._remember("contact", ref)
                return ref
        if required:
            raise self._not_found("contact", s, e)
        return None

    def _pronoun_is_rep(self, s: int, e: int) -> bool:
        """'give <rep> a task for tomorrow so he knows': the person named last before 'he'/'she' is a rep, so the
        pronoun is the rep, not a customer."""
        p = I.PRONOUN_PERSON.search(self.text[s:e])
        if p is None:
            return False
        before = [m for m in self.mentions if m.kind in ("user", "contact") and self.tokens[m.end - 1].end <= s + p.start()]
        return bool(before) and before[-1].kind == "user" and self.tokens[before[-1].start].start >= s

    def _company_target(self, s: int, e: int, required: bool = True) -> int | None:
        m = self._ments(s, e, "company")
        if m:
            rid = self._resolve(m[0])
            self.ctx_company = rid
            self.result.last_kind = "company"
            return rid
        if re.search(r"\b(it|its|them|their|that company|the company|this company|that account)\b",
                     self.text[s:e], re.I):
            ref = self.ctx_company or self.ctx.memory.company
            if ref in self.snap.companies:
                return ref
        if required:
            raise self._not_found("company", s, e)
        return None

    def _links(self, s: int, e: int) -> dict:
        """contact/company/deal ids an activity or task is about (named, pronoun, or sentence context)."""
        seg = self.text[s:e]
        links: dict = {}
        deal = None
        if self._ments(s, e, "deal"):
            deal = self._deal_target(s, e)
        elif self._names_a_deal_loosely(s, e):
            try:  # a word of one of the company's deal names ("the boiler"): link it when it is that deal
                deal = self._deal_target(s, e)
            except Unknown:
                deal = None
        elif re.search(r"\b(the|that|this|their|its|his|her) (deal|opportunity)\b", seg, re.I) or (
                self._ments(s, e, "company") and re.search(r"\b(deal|opportunity)\b", seg, re.I)):
            deal = self._deal_target(s, e)
        contact = self._contact_target(s, e, required=False)
        company_m = self._ments(s, e, "company")
        company = None
        if company_m and deal is None:
            company = self._resolve(company_m[0]) if len(company_m[0].ids) == 1 or contact is None else None
            if company is None:
                company = self.snap.contacts[contact]["company_id"]
            self.ctx_company = company
        if deal is not None:
            d = self.snap.deals[deal]
            links.update(deal_id=deal, company_id=d["company_id"])
            if contact is None and d["contact_id"] in self.snap.contacts:
                contact = d["contact_id"]
        if contact is not None:
            links["contact_id"] = contact
            links.setdefault("company_id", self.snap.contacts[contact]["company_id"])
        if company is not None:
            links["company_id"] = company
        return {k: v for k, v in links.items() if v is not None}

    def _deal_links(self, deal: int) -> dict:
        """An activity or task about a deal is also about its company and, by default, its contact."""
        row = self.snap.deals[deal]
        out = {"deal_id": deal, "company_id": row["company_id"]}
        if row["contact_id"] in self.snap.contacts:
            out["contact_id"] = row["contact_id"]
        return out

    def _pronoun_links(self, seg: str) -> dict:
        """'it' -> the deal talked about; 'him/her' -> the person; 'them' -> the company or person last named."""
        mem = self.ctx.memory
        firm = re.search(r"\b(?:that|this|the same)\s+(?:company|account|firm|client|customer|organi[sz]ation|business)\b",
                         seg, re.I)
        if firm:  # "where does <person> work?" … "add a note to that company": the company alone, not the person
            company = self.ctx_company or mem.company
            if company is None and (self.ctx_contact or mem.contact) in self.snap.contacts:
                company = self.snap.contacts[self.ctx_contact or mem.contact]["company_id"]
            if company in self.snap.companies:
                return {"company_id": company}
        # "I rang him yesterday, log it": "it" is the activity being logged, not a record talked about
        thing = I.PRONOUN_THING.search(re.sub(r"\b(?:log|note|record|jot|file|save|write)\s+(?:it|that|this)\b(?!\s+"
                                              r"(?:deal|opportunity)\b)", " ", seg, flags=re.I))
        if thing:
            said_deal = re.search(r"\b(deal|opportunity)\b", thing.group(0), re.I)
            company = self.ctx_company or mem.company
            if not said_deal and self.ctx_deal is None and mem.last == "company" and company in self.snap.companies:
                return {"company_id": company}  # "show me <company>" … "log a note on it": the company
            d = self.ctx_deal or mem.deal
            if d in self.snap.deals:
                return self._deal_links(d)
        plural = re.search(r"\b(them|they|their|theirs)\b", seg, re.I)
        if plural and mem.last == "company" and not self.ctx_contact and (self.ctx_company or mem.company) in \
                self.snap.companies:
            return {"company_id": self.ctx_company or mem.company}
        if I.PRONOUN_PERSON.search(seg) or plural:
            if self.new_contact is not None:
                out = {"contact_id": self.new_contact}
                if self.new_contact_company is not None:
                    out["company_id"] = self.new_contact_company
                return out
            c = self.ctx_contact or mem.contact
            if c in self.snap.contacts:
                self._remember("contact", c)
                return {"contact_id": c, "company_id": self.snap.contacts[c]["company_id"]}
            if plural and (self.ctx_company or mem.company) in self.snap.companies:
                return {"company_id": self.ctx_company or mem.company}
        return {}

    def _context_links(self) -> dict:
        if self.ctx_deal is not None:
            d = self.snap.deals[self.ctx_deal]
            out = {"deal_id": d["id"], "company_id": d["company_id"]}
            contact = self.ctx_contact if self.ctx_contact is not None else d["contact_id"]
            if contact is not None:
                out["contact_id"] = contact
            return out
        if self.ctx_contact is not None:
            return {"contact_id": self.ctx_contact, "company_id": self.snap.contacts[self.ctx_contact]["company_id"]}
        if self.ctx_company is not None:
            return {"company_id": self.ctx_company}
        return {}

    def _stage_role(self, m: Mention) -> str:
        start, end = self.tokens[m.start].start, self.tokens[m.end - 1].end
        return G.stage_role(self.text, start, end)

    def _new_owner(self, s: int, e: int) -> int | None:
        """'reassign … to <rep>', 'make <rep> the owner of …', 'owned by <rep>', 'owner to <rep>'."""
        found = find_owners(self.text, s, e, self.tokens, self._ments(s, e, "user"), self.ctx.user.id, self._resolve)
        self._owner_mention, self._owner_pronoun = found.new_mention, found.pronoun_filter
        if found.new is not None:
            return found.new
        low = self.text[s:e].lower()
        if re.search(r"\b(?:(?:now|be|is|are)\s+owned by|owner is|owner to|owner should be)\b", low):
            return self._user_after(s, e, ("by", "to", "is", "be"))
        made = re.search(r"\bmake\s+(\w+)\s+(?:the\s+)?(?:new\s+)?owner\b", low)
        if made and made.group(1) in ("me", "myself"):
            return self.ctx.user.id
        owns = re.search(r"\b(\w+)\s+(?:now\s+)?owns\b|\b(\w+)\s+(?:will|shall|should|is going to|can|gets to)\s+own\b", low)
        if owns:
            who = owns.group(1) or owns.group(2)
            users = [m for m in self._ments(s, e, "user") if self.tokens[m.end - 1].norm == who]
            if users:
                return self._resolve(users[0])
        if made:
            users = [m for m in self._ments(s, e, "user") if self.tokens[m.start].norm == made.group(1)]
            if users:
                return self._resolve(users[0])
        if re.search(r"\b(reassign|assign|give|transfer|hand|owner|over to)\b", low):
            return self._user_after(s, e, ("to", "owner", "over"))
        if re.search(r"\b(?:is|are) (?:for|with) me\b|\bi(?:'ll| will)? take (?:care of|over|it)\b|\bi'?m taking "
                     r"(?:it|over)\b|\b(?:is|are) mine(?: now)?\b", low):
            return self.ctx.user.id
        goes = re.search(r"\b(?:go|goes|going|went)\s+(?:back\s+)?to\s+(\w+)", low)
        if goes and not re.search(r"\b(?:isn't|is not|not|won't|will not|no longer|never)\b[^,;.—–]*$", low[:goes.start()]):
            users = [m for m in self._ments(s, e, "user") if self.tokens[m.start].norm == goes.group(1)]
            if users:
                return self._resolve(users[0])
        taker = re.search(r"\b(\w+)\s+(?:is|will be|'s|are)?\s*(?:taking|takes|take|took)\s+(?:(?:it|them|this|that|those|these|all of (?:them|those|these)|them all|both(?: of them)?)\s+)?over\b", low)
        if taker:  # "<rep> is taking over <record>": the rep named before the idiom is the new owner
            users = [m for m in self._ments(s, e, "user") if self.tokens[m.end - 1].norm == taker.group(1)]
            if users:
                return self._resolve(users[0])
            named = [t for _, t in self._toks(s, e) if t.norm == taker.group(1) and t.text[:1].isupper()]
            if named and not self._ments(s, e, "user") and not any(
                    self.tokens[m.start].norm == taker.group(1) for m in self._ments(s, e)):
                # "<unknown name> takes over the <deal>": not one of the users, so nobody to give it to
                raise Unknown(f"I couldn't find a user called “{named[0].text}”; the users are "
                              f"{', '.join(u['name'] for u in self.snap.users.values())}.")
        if re.search(r"\b(move|moving|switch|switching|put)\b", low) and not self._ments(s, e, "stage") and \
                re.search(r"\b(?:to|under|with)\s+(\w+)", low) and any(
                    self._prev_word(m) in ("to", "under", "with") for m in self._ments(s, e, "user")):
            return self._user_after(s, e, ("to", "under", "with"))
        return None

    def _reject_unknown_names(self, s: int, e: int) -> None:
        """'a task for Blorptech': a capitalised name after for/with/at that matches nothing is an error."""
        used = {i for m in self._ments(s, e) for i in range(m.start, m.end)} | self.skip
        toks = self._toks(s, e)
        for (i, t), (j, nxt) in zip(toks, toks[1:]):
            if t.norm in ("for", "with", "at") and j not in used and nxt.text[:1].isupper() and \
                    nxt.norm not in COMMON and nxt.norm not in self.lex.deal_words and len(nxt.norm) > 2:
                raise Unknown(f"I couldn't find a contact or company matching “{nxt.text}”. Check the name or "
                              "create it first.")

    def _user_after(self, s: int, e: int, words: tuple[str, ...]) -> int | None:
        for m in self._ments(s, e, "user"):
            if self._prev_word(m) in words:
                return self._resolve(m)
        if re.search(r"\b(?:" + "|".join(words) + r")\s+(?:me|myself)\b|\bunder my (?:own )?name\b",
                     self.text[s:e], re.I):
            return self.ctx.user.id  # "hand the account to me"
        return None

    def _add(self, cand: Candidate) -> None:
        if cand.span is None:
            cand.span = getattr(self, "_clause", None)
        said = self.text[cand.span[0]:cand.span[1]] if cand.span else ""
        if cand.op == "log_activity" and not cand.bulk and re.search(
                r"\blog(?:ged)? (?:it|that|this|the (?:e-?mail|call|meeting|visit|note|message|text))\b", said, re.I):
            same = ("type", "contact_id", "company_id", "deal_id", "occurred_at")
            if any(c.op == "log_activity" and not c.bulk and all(c.fields.get(k) == cand.fields.get(k) for k in same)
                   for c in self.result.candidates):
                return  # "I've already emailed <person> - just log the email": one email, said twice
        self.result.candidates.append(cand)

    # -- intents ---------------------------------------------------------------
    def _log_activity(self, s: int, e: int) -> None:
        seg = self.text[s:e]
        colleagues = [m for m in self._ments(s, e, "user")
                      if re.match(r"\s+and\s+(?:I|me)\b", self.text[self.tokens[m.end - 1].end:e]) or
                      re.search(r"\b(?:talked|spoke|chatted|met|discussed it)\s+(?:it\s+over\s+)?(?:with|to)\s+$",
                                self.text[s:self.tokens[m.start].start], re.I)]
        if colleagues and not self._ments(s, e, "contact"):
            return  # "<colleague> and I talked it over at lunch": a conversation inside the team, not with a customer
        kind = I.activity_type(seg)
        pair = re.search(r"\bboth\s+(?:of\s+)?(?:the\s+)?(?:[\w&'’-]+\s+){1,5}?(?:deals|opportunities|opps)\b", seg, re.I)
        firms = {i for m in self._ments(s + pair.start(), s + pair.end(), "company") if len(m.ids) == 1 for i in m.ids} \
            if pair else set()
        if len(firms) == 1:  # "log a meeting against both <company> deals": each of its two open deals
            company = next(iter(firms))
            both = sorted(d["id"] for d in self.snap.deals.values() if d["company_id"] == company and
                          d["stage"] in self.snap.open_stages)
            if len(both) != 2:
                raise Unknown(f"{self.snap.companies[company]['name']} has {len(both)} open deals, not two; name the "
                              "deals to log it against.")
            day = self._when_it_happened(s, e)
            for d in both:
                self._add(Candidate("log_activity", "activities", (), {
                    "type": kind, "subject": _about(seg) or kind.capitalize(), "body": _body(seg),
                    "occurred_at": dt.datetime.combine(day, dt.time(12, 0)), **self._deal_links(d),
                    "author_id": self.ctx.user.id}, bulk=f"both open deals of {self.snap.companies[company]['name']}"))
            return
        if I.BULK.search(seg) and re.search(r"\b(deals|opportunities)\b|\b(?:every|each|all)\s+(?:\w+\s+)?(?:deal|opportunity)\b",
                                            seg.split(":")[0], re.I):
            colon = seg.find(":")
            deals, desc = self._bulk_deals(s, s + colon if colon > 0 else e)
            for d in deals:
                links = self._deal_links(d)
                self._add(Candidate("log_activity", "activities", (), {
                    "type": kind, "subject": _about(seg) or kind.capitalize(), "body": _body(seg),
                    "occurred_at": dt.datetime.combine(self.ctx.today, dt.time(12, 0)), **links,
                    "author_id": self.ctx.user.id}, bulk=desc))
            return
        note = re.match(r"^\W*(?:(?:just|and|also|then|please)\s+)*(?:log\s+|add\s+)?(?:a\s+)?note\s+(?:on|for|about|to)\s+[^:]+:", seg,
                        re.I)
        people = self._ments(s, e, "contact")
        if not note and len(people) >= 2 and not self._ments(s, e, "deal") and all(
                re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)", self.text[self.tokens[a.end - 1].end:
                                                                           self.tokens[b.start].start])
                for a, b in zip(people, people[1:])):
            day = self._when_it_happened(s, e)  # "emailed Wendell and Caspar the options": one email to each
            for m in people:
                cid = self._resolve(m)
                person = self.snap.contacts[cid]
                self._add(Candidate("log_activity", "activities", (), {
                    "type": kind, "subject": (_about(seg) or f"{kind.capitalize()} with {person['first_name']} "
                                              f"{person['last_name'] or ''}".strip())[:200], "body": _body(seg),
                    "occurred_at": dt.datetime.combine(day, dt.time(12, 0)), "contact_id": cid,
                    "company_id": person["company_id"], "author_id": self.ctx.user.id}))
            return
        links = self._links(s, s + note.end() - 1 if note else e)  # "note on <record>: <text>": the text is content
        pronoun = self._pronoun_links(seg)
        if pronoun.get("deal_id") and "deal_id" not in links and links.get("contact_id") in (
                None, self.snap.deals[pronoun["deal_id"]]["contact_id"]):
            links = {**pronoun, **links}  # "log a meeting with Jane about it": the deal too
        links = links or pronoun or self._context_links()
        if not links:
            raise self._not_found("contact or company", s, e)
        day = self._when_it_happened(s, s + note.end() - 1 if note else e)  # a note's text may name other days
        about = _about(seg)
        who = self._who(links)
        subject = about or f"{kind.capitalize()} with {who}".strip()
        self._add(Candidate("log_activity", "activities", (), {
            "type": kind, "subject": subject[:200], "body": _body(seg), "occurred_at":
                dt.datetime.combine(day, dt.time(12, 0)), **links, "author_id": self.ctx.user.id}))

    def _who(self, links: dict) -> str:
        c, co = links.get("contact_id"), links.get("company_id")
        if isinstance(c, int):
            return self.snap.contact_name(c)
        if c is not None:  # a contact created earlier in this sentence
            cand = self.result.candidates[int(c[4:])]
            return f"{cand.fields['first_name']} {cand.fields.get('last_name') or ''}".strip()
        return self.snap.label("companies", co) if isinstance(co, int) else ""

    def _when_it_happened(self, s: int, e: int) -> dt.date:
        """The day an activity happened: a past date said about it ('yesterday', 'on Monday'), else today."""
        for day, ds, _ in self._in(self.past_dates, s, e):
            before = self.text[max(s, ds - 14):ds].lower().split()
            if day <= self.ctx.today and not (before and before[-1] in {"for", "confirm", "until", "by", "before",
                                                                         "next", "this", "about", "re", "wants"}):
                return day
        return self.ctx.today

    def _create_task(self, s: int, e: int) -> None:
        seg = self.text[s:e]
        owner = self._user_after(s, e, ("remind", "ask", "tell", "get", "have", "for", "set", "give")) or \
            self._list_owner(s, e) or self._pronoun_owner(s, e) or self._addressed(s, e) or self.ctx.user.id
        dates = self._value_dates(s, e)
        stated = [d for d in dates if re.search(r"\d", self.text[d[1]:d[2]])]
        if len(dates) > 1 and len(stated) == 1:  # "about Saturday collections Nov 6": the stated date, not the day
            dates = stated + [d for d in dates if d is not stated[0]]
        due = dates[0][0] if dates else None
        if due is None and re.search(r"\b(for|about|on)\s+(that|it|this)\b", seg, re.I):
            said = [d for d in self.dates if not s <= d[1] < e and d[0] >= self.ctx.today]
            if len(said) == 1:  # "he wants a call next week - add a task for that": the date said for it
                due = said[0][0]
        if ALL_OF_THEM.search(seg) and not self._ments(s, e):
            # "remind me Monday to chase each of them": the deals the last answer listed, or none
            ids = self._listed_deal_ids()
            if not ids:
                raise Unknown("Which deals do you mean? Nothing listed before says, so I won't guess; name them or "
                              "ask for the list first.")
            return self._follow_ups(sorted(ids), due, owner, f"the {len(ids)} deals listed before")
        if I.BULK.search(seg) or re.search(r"\b(?:for|on)\s+(?:both\s+(?:of\s+)?|all\s+(?:of\s+)?|each\s+of\s+)?(?:my|[\w-]+'s)\s+"
                                           r"(?:[\w&-]+\s+){0,3}(?:deals|opportunities|opps)\b", seg, re.I):  # "for my rooftop deals that went quiet, set me a task"
            deals, desc = self._bulk_deals(s, e)
            return self._follow_ups(deals, due, owner, desc)
        self._reject_unknown_names(s, e)
        # "give <rep> a task … so he knows": "he" is the rep just named, not a customer to link
        links = self._links(s, e) or (None if self._pronoun_is_rep(s, e) else self._pronoun_links(seg)) or \
            self._context_links()
        if "deal_id" not in links and re.search(r"\b(?:about|on|for|re|regarding)\s+(?:it|that deal|this deal)\b", seg, re.I):
            before = {i for m in self.mentions if m.kind == "deal" and self.tokens[m.end - 1].end <= s for i in m.ids}
            if len(before) == 1:  # "give <deal> to <rep> and make him a task to call <person> about it": that deal
                deal = self.snap.deals[next(iter(before))]
                if links.get("company_id") in (None, deal["company_id"]):
                    links = {**links, "deal_id": deal["id"], "company_id": deal["company_id"]}
        if "deal_id" not in links and self.new_deal is not None and not self._ments(s, e, "deal", "company", "contact") \
                and links.get("company_id") in (None, self.new_deal[1]):
            # "create a deal for <company>, …, and also a task for me to send the drawings": the deal just created
            links = {**links, "deal_id": self.new_deal[0], "company_id": self.new_deal[1]}
        self._add(Candidate("create_task", "tasks", (), {
            "title": _task_title(seg, [(x[1] - s, x[2] - s) for x in dates]), "due_date": due, "status": "open",
            "owner_id": owner, **links}))

    def _same_place(self, a: int, b: int, s: int, e: int) -> bool:
        """The clause s..e names only people who work at the company (or deal's company) named in a..b."""
        places = {i for m in self._ments(a, b, "company") for i in m.ids} | \
            {self.snap.deals[i]["company_id"] for m in self._ments(a, b, "deal") for i in m.ids}
        people = self._ments(s, e, "contact")
        return bool(places and people and not self._ments(s, e, "company", "deal") and
                    all(self.snap.contacts[i]["company_id"] in places for m in people for i in m.ids))

    def _shift_each(self, deals: list[int], days: int, desc: str) -> None:
        """Each deal's own close date moved by days (one bulk plan); refused when one of them has no date to move."""
        undated = [self.snap.deals[d]["name"] for d in deals if self.snap.deals[d]["close_date"] is None]
        if undated:
            raise Unknown(f"{', '.join(undated)} {'has' if len(undated) == 1 else 'have'} no close date to move; "
                          "say the new date.")
        for d in deals:
            self._add(Candidate("update_deal", "deals", (d,), {"close_date": self.snap.deals[d]["close_date"] +
                                                                dt.timedelta(days=days)}, bulk=desc))

    def _pronoun_owner(self, s: int, e: int) -> int | None:
        """'give <deal> to <rep> and make him a task to …': the rep just named, when the person named last before the
        clause is a rep (a contact named last leaves it to the speaker)."""
        said = re.search(r"\b(?:make|give|set|create|add|put in)\s+(?:him|her|them)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:task|"
                         r"reminder|to-?do|follow[- ]?up)\b|\b(?:task|reminder|to-?do)s?\s+for\s+(?:him|her)\s+to\b", self.text[s:e], re.I)
        if not said:  # (also "for each of <rep>'s deals, add a task for her to …": the rep named before)
            return None
        before = [m for m in self.mentions if m.kind in ("user", "contact") and self.tokens[m.end - 1].end <= s + said.start()]
        if before and before[-1].kind == "user" and len(before[-1].ids) == 1:
            return self._resolve(before[-1])
        return None

    def _list_owner(self, s: int, e: int) -> int | None:
        """'put a task on Leonie's list': the rep whose list (plate, queue) it goes on."""
        for m in self._ments(s, e, "user", "contact"):
            nxt = self.tokens[m.end].norm if m.end < len(self.tokens) else ""
            if self.tokens[m.end - 1].text.endswith(("'s", "’s")) and nxt in ("list", "plate", "queue", "calendar",
                                                                              "todo", "to-do", "tasks"):
                if m.kind == "user":
                    return self._resolve(m)
                said = m.text.lower().removesuffix("'s").removesuffix("’s")  # a contact's name that a rep has too
                reps = [u for u, row in self.snap.users.items() if row["name"].lower().split()[0] == said or
                        row["name"].lower() == said]
                if len(reps) == 1:
                    self.mentions = [x for x in self.mentions if x is not m]  # the rep's list, not the person
                    return reps[0]
        if re.search(r"\b(?:on|to|onto)\s+(?:her|his|their)\s+(?:list|plate|queue|to-?do(?:\s+list)?|tasks)\b|"
                     r"\bmake\s+(?:it|that|this)\s+(?:her|his|their)\s+(?:task|job|to-?do)\b", self.text[s:e], re.I):
            # "<rep> needs to send … by Wednesday, put it on her list": the rep who needs to
            lead = re.match(r"\W*(?:(?:could|can|would|will|please)\s+)?", self.text[s:e], re.I).end()
            for m in self._ments(s, e, "user", "contact"):  # "Could <rep> ring <person> by Friday? Put it on her list"
                if self.tokens[m.start].start - s > max(3, lead) or not re.match(
                        r"\s+(?:needs?|has|have|ought|is going|is)\s+to\b|\s+(?:must|should|will)\b|"
                        r"\s+(?:ring|call|phone|email|e-mail|send|chase|visit|book|check|follow up|get|text)\b",
                        self.text[self.tokens[m.end - 1].end:], re.I):
                    continue
                said = m.text.lower()
                reps = [self._resolve(m)] if m.kind == "user" else \
                    [u for u, row in self.snap.users.items() if row["name"].lower().split()[0] == said or
                     row["name"].lower() == said]
                if len(reps) == 1:
                    self.mentions = [x for x in self.mentions if x is not m]
                    return reps[0]
        return None

    def _follow_ups(self, deals: list[int], due, owner: int, desc: str) -> None:
        """One "Follow up on <deal>" task per deal, each linked to its deal, company and contact."""
        for d in deals:
            self._add(Candidate("create_task", "tasks", (), {
                "title": f"Follow up on {self.snap.deals[d]['name']}", "due_date": due, "status": "open",
                "owner_id": owner, **self._deal_links(d)}, bulk=desc))

    def _complete_task(self, s: int, e: int) -> None:
        seg = self.text[s:e]
        open_tasks = [t for t in self.snap.tasks.values() if t["status"] == "open"]
        listed = self.ctx.memory.listed or {}
        if listed.get("kind") == "task" and re.search(r"\b(?:them all|all of them|all of those|all of these|all those|"
                                                      r"all these|each of them|both of them|every one of them|both|"
                                                      r"those|them)\b", seg, re.I) and not self._ments(s, e):
            ids = [i for i in listed["ids"] if i in self.snap.tasks and self.snap.tasks[i]["status"] == "open"]
            if ids:  # "I've done all of those, close them": the tasks the last answer listed
                for i in sorted(ids):
                    self._add(Candidate("complete_task", "tasks", (i,), {"status": "done"},
                                        bulk=f"the {len(ids)} tasks listed before"))
                return
            raise Unknown("The last answer listed no open tasks, so there is nothing for “them” to mark done. "
                          "Name the tasks, e.g. “mark <rep>'s overdue tasks done”.")
        if ALL_OF_THEM.search(seg) and not self._ments(s, e) and \
                not re.search(r"\b(?:tasks?|to-?dos?|reminders?|follow-?ups?|overdue|my (?:task |to-?do )?list)\b", self.text, re.I):
            raise Unknown("Which tasks do you mean? Nothing listed before says, so I won't guess; name them, e.g. "
                          "“mark my overdue tasks done”.")  # never every open task of the team
        ref = self.ctx.memory.task
        if I.PRONOUN_THING.search(seg) and ref in self.snap.tasks and not self._ments(s, e):
            self._add(Candidate("complete_task", "tasks", (ref,), {"status": "done"}))
            return
        unclear_name = False
        try:
            links = self._links(s, e)
        except Ambiguous:
            links, unclear_name = {}, True  # "…to Desmond" with two Desmonds: ask, do not guess from ownership
        except Unknown:
            links = {}
        quoted = re.search(r"['\"\u2018\u201c](.{4,}?)['\"\u2019\u201d](?!\w)", seg)
        if quoted:  # "mark 'Prepare retrofit options' as done": the task's own title
            title = quoted.group(1).strip().lower()
            same = [t for t in open_tasks if t["title"].strip().lower() == title] or \
                [t for t in open_tasks if title in t["title"].lower()]
            if len(same) == 1:
                self.result.mentioned["task"] = same[0]["id"]
                self._add(Candidate("complete_task", "tasks", (same[0]["id"],), {"status": "done"}))
                return
        named_here = {i for m in self._ments(s, e) for i in range(m.start, m.end)}
        if s > 0 and not ({t.norm for i, t in self._toks(s, e) if i not in named_here} - TASK_STOP):
            # "sent the MSA draft to Owen, tick that off": the task is described by what was said before, and that
            # report is the task's doing, not another activity to log ("done — <what was done>" logs nothing)
            explicit = re.compile(r"\b(?:move|moved|set|change|changed|update|updated|mark|push|pushed|close|make|put|"
                                  r"assign|give|hand|should|is now|are now)\b", re.I)
            log_said = re.search(r"\blog\s+(?:that|it|this|the\s+(?:call|email|meeting|visit|note))\b", self.text, re.I)
            self.result.candidates = [c for c in self.result.candidates if not (
                c.span and c.span[1] <= s and ((c.op == "log_activity" and not log_said) or (  # "…, so log that and
                    # close the task": the rep asks for both; "Monday brain is real, but I did …":
                    c.op.startswith("update") and not explicit.search(self.text[c.span[0]:c.span[1]]))))]  # no change
            s = 0
            seg = self.text[s:e]
            try:
                links = self._links(s, e)
            except (Ambiguous, Unknown):
                links = {}
        pool = open_tasks
        # the most specific record said that has open tasks: its deal, else its person, else its company ("the draft
        # for the audio guide went to <person>": the task is the person's, the deal named only says what it was for)
        every = bool(re.search(r"\b(?:every|all|each)\b", seg, re.I)) and not self._ments(s, e, "deal", "contact")
        # "close out every open <company> task": the company's tasks, not only those of the deal its name also starts
        for key, usable in (("deal_id", not every), ("contact_id", not self._ments(s, e, "company") and not every),
                            ("company_id", True)):
            if links.get(key) and usable:
                narrowed = [t for t in pool if t[key] == links[key]]
                if narrowed or key == "company_id":
                    pool = narrowed
                    break
        bulk = bool(I.BULK.search(seg) or re.search(r"\btasks\b|\bthe lot\b|\bthem all\b|\ball of them\b|\bboth\b|\beverything\b|"
                                                    r"\b(?:it|them) all\b|\ball of it\b", seg, re.I))
        whose = [m for m in self._ments(s, e, "user") if (self.tokens[m.end - 1].text.endswith(("'s", "’s")) or
                                                          self._prev_word(m) in ("by", "of")) and
                 re.match(r"\s+(?:\w+\s+){0,2}(?:tasks|to-?dos|reminders|follow-?ups)\b", self.text[self.tokens[m.end - 1].end:e],
                          re.I)]
        # "mark all of <rep>'s overdue tasks as done": that rep's (not "… my tasks, the ones <rep>'s been nagging about")
        rep = self._resolve(whose[0]) if bulk and len(whose) == 1 and not MINE.search(seg) else None
        if bulk and MINE.search(seg) and any(self.tokens[m.end - 1].text.endswith(("'s", "’s")) and
                                              re.match(r"\s*(?:too|as well|also|tasks|overdue|open|late|,|\.|$)",
                                                       self.text[self.tokens[m.end - 1].end:e], re.I)
                                              for m in self._ments(s, e, "user")):
            raise Unknown("Whose tasks? You named yours and another rep's; say one at a time (e.g. “mark my overdue "
                          "tasks done”).")
        if rep is not None:  # "mark all of <rep>'s overdue tasks as done": that rep's
            pool = [t for t in pool if t["owner_id"] == rep]
        elif MINE.search(seg) or (not links and not unclear_name):
            # one's own tasks; a single task may be anyone's (its title decides), a bulk one never everyone's
            pool = [t for t in pool if t["owner_id"] == self.ctx.user.id] or ([] if bulk else pool)
        named = {i for m in self._ments(s, e) for i in range(m.start, m.end)}
        words = {w for i, t in self._toks(s, e) if i not in named for w in re.split(r"[-/]", t.norm)} - TASK_STOP
        if words and not (every and bulk and links.get("company_id")) and not (bulk and OVERDUE_TASKS.search(seg)):
            # "every open <company> task, the work's done"; "every task of mine that's run past its due date": the
            # filter says which tasks, its words name no task
            stems = {_stem(w) for w in words}
            scored = [(len(stems & {_stem(w) for w in re.findall(r"[a-z0-9]+", t["title"].lower())}), t["id"])
                      for t in pool]
            best = max((x for x, _ in scored), default=0)
            if best:
                pool = [self.snap.tasks[i] for x, i in scored if x == best]
            elif not bulk and not (len(pool) == 1 and links and re.search(r"\b(?:that|this|the)\s+task\b", seg, re.I)):
                pool = []  # (but "<person> and I have agreed it, that task can go": the one open task of that person)
        if not pool:
            raise Unknown("I couldn't find an open task matching that. Say e.g. “mark the Send pricing task for "
                          "<company> done”.")
        if bulk:
            desc = "open tasks"
            if OVERDUE_TASKS.search(seg):
                pool = [t for t in pool if t["due_date"] and t["due_date"] < self.ctx.today]
                desc = "overdue tasks"
            elif re.search(r"\bdue today\b", seg, re.I):
                pool = [t for t in pool if t["due_date"] == self.ctx.today]
                desc = "tasks due today"
            if rep is not None:
                desc = f"{self.snap.users[rep]['name']}'s {desc}"
            elif MINE.search(seg):
                pool = [t for t in pool if t["owner_id"] == self.ctx.user.id]
                desc = "my " + desc
            if not pool:
                raise Unknown(f"There are no {desc} to complete.")
            for t in sorted(pool, key=lambda t: t["id"]):
                self._add(Candidate("complete_task", "tasks", (t["id"],), {"status": "done"}, bulk=desc))
            return
        picked = self.ctx.choices.get("task", "")
        if len(pool) > 1 and picked.startswith("tasks:") and int(picked.split(":")[1]) in {t["id"] for t in pool}:
            pool = [t for t in pool if t["id"] == int(picked.split(":")[1])]  # the answer to "Which task do you mean?"
        if len(pool) > 1:
            raise Ambiguous(Clarification("Which task do you mean?", tuple(
                Option(f"tasks:{t['id']}", f"{t['title']} (due {t['due_date']}" + (
                    f", {self.snap.deals[t['deal_id']]['name']})" if t.get("deal_id") in self.snap.deals else ")"))
                for t in pool[:10]),  # the deal tells two tasks of one title apart ("the towels one")
                "task", "tasks"))
        self.result.mentioned["task"] = pool[0]["id"]
        self._add(Candidate("complete_task", "tasks", (pool[0]["id"],), {"status": "done"}))

    def _delete(self, s: int, e: int) -> None:
        seg = self.text[s:e].lower()
        refused = operations.get("delete_deal").permission(self.ctx.user)
        if refused:  # who may delete is the answer, not which records a filter would have picked
            raise Unknown(refused)
        if ACTIVITY_OBJECT.search(seg):  # "delete the last call logged with X" must never delete X
            raise Unknown("Logged calls, emails, meetings and notes are history and cannot be deleted here; nothing "
                          "was changed. Log a correcting note instead, or ask an admin to undo the plan that logged it.")
        if re.search(r"\bdeals\b|\bopportunities\b|\bopps\b", seg) or (
                re.search(r"\b(?:every|each|all)\b", seg) and I.BULK.search(seg) and re.search(r"\b(?:deal|opportunity|opp)\b", seg)):
            named = self._ments(s, e, "deal")
            if named and re.search(r"\b(?:except|apart from|other than|but not|keep|keeping|save|saving|duplicat\w*|like|"
                                   r"similar to|besides|bar)\b", seg):
                raise Unknown("I won't guess which deals to delete when some are named as exceptions or examples; name "
                              "each deal to delete (e.g. “delete <deal> and <deal>”).")
            if named and not re.search(r"\b(?:every|each|all|any)\b", seg):
                for m in named:  # "both workshop deals — <A> and <B> — delete them": the two named
                    self._add(Candidate("delete_deal", "deals", (self._resolve(m),), {}))
                return
            deals, desc = self._bulk_deals(s, e)  # "delete every <stage> deal": a filter, however it is said
            for d in deals:
                self._add(Candidate("delete_deal", "deals", (d,), {}, bulk=desc))
            return
        listed = re.sub(r"\b(?:from|out of|off)\s+(?:the\s+|our\s+|my\s+)?(?:contacts|crm|system|list|database)\b", "",
                        seg)  # "delete Emrys Talbot from contacts": where, not which
        if re.search(r"\b(contacts|everyone|everybody|people)\b|\b(?:every|each|all)\s+contact\b", listed):
            ids, desc = self._bulk_contacts(s, e)
            for c in ids:
                self._add(Candidate("delete_contact", "contacts", (c,), {}, bulk=desc))
            return
        typed = []  # "delete the company <A> and the deal <B>": each record by the noun said before it
        for kind, noun in (("company", r"company|account"), ("deal", r"deal|opportunity|opp"), ("contact", r"contact|person")):
            for m in self._ments(s, e, kind):
                if re.search(rf"\b(?:{noun})\s+(?:called\s+|named\s+)?$", self.text[max(s, self.tokens[m.start].start - 24):
                                                                                    self.tokens[m.start].start], re.I):
                    typed.append((kind, m))
        anaphor = re.search(r"\b(?:the|that|this)\s+(?:company|account|firm|business)\b(?!\s+(?:called|named)\b)", seg)
        if anaphor:
            at = s + anaphor.start()
            named_before = [m for m in self.mentions if m.kind == "company" and self.tokens[m.end - 1].end <= at
                            and len(m.ids) == 1]
            after = [m for m in self._ments(s, e, "company") if self.tokens[m.start].start > at]
            if not after and len({m.ids[0] for m in named_before}) == 1:
                # "<company> has closed for good: delete the company and <person> as well": the company named before
                typed = [("company", named_before[-1])] + [("contact", m) for m in self._ments(s, e, "contact")
                                                           if self.tokens[m.start].start > at]
        if len({k for k, _ in typed}) >= 2:
            for kind, m in sorted(typed, key=lambda km: km[1].start):  # in the order they were said
                op, table = {"company": ("delete_company", "companies"), "deal": ("delete_deal", "deals"),
                             "contact": ("delete_contact", "contacts")}[kind]
                self._add(Candidate(op, table, (self._resolve(m),), {}))
            return
        if re.search(r"\b(deal|opportunity|opp)\b", seg) or self._ments(s, e, "deal") or \
                self._names_a_deal_loosely(s, e) or (I.PRONOUN_THING.search(seg) and self.ctx_deal is not None and
                                                     self.result.last_kind == "deal" and not self._ments(s, e)):
            # "the <company> lift modernisation is dead and buried, delete it": that deal, not its company
            self._add(Candidate("delete_deal", "deals", (self._deal_target(s, e),), {}))
        elif (people := self._listed_people(s, e)) and not self._ments(s, e, "company", "deal"):
            for m in people:  # "<A> and <B> both need deleting"
                self._add(Candidate("delete_contact", "contacts", (self._resolve(m),), {}))
        elif re.search(r"\b(contact|person)\b", seg) or self._ments(s, e, "contact"):
            self._add(Candidate("delete_contact", "contacts", (self._contact_target(s, e),), {}))
        elif re.search(r"\b(task|reminder|todo)\b", seg):
            raise Unknown("Tasks are completed, not deleted: say “mark the … task done”.")
        else:
            named = self._ments(s, e, "company")
            if len(named) > 1:  # "remove A and B from the CRM"
                for m in named:
                    self._add(Candidate("delete_company", "companies", (self._resolve(m),), {}))
                return
            self._add(Candidate("delete_company", "companies", (self._company_target(s, e),), {}))

    def _listed_people(self, s: int, e: int) -> list[Mention]:
        """Two or more people named one after another with 'and', '&' or commas between them ("<A> and <B>")."""
        people = sorted(self._ments(s, e, "contact"), key=lambda m: m.start)
        if len(people) < 2 or any(b.start < a.end for a, b in zip(people, people[1:])) or any(
                not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", self.text[self.tokens[a.end - 1].end:self.tokens[b.start].start])
                for a, b in zip(people, people[1:])):
            return []
        return people

    def _create_company(self, s: int, e: int) -> None:
        seg = self.text[s:e]
        added = I.ADD_TO_CRM.search(seg)
        name = _name_after(seg, r"(?:called|named|the name is|name is|name:)\s+") or \
            (added.group("name") if added and added.group("name") else None) \
            or _name_after(seg, r"\brecord\s+(?:to\s+)?be\s+(?:created|added|set up|opened)\s+for\s+") \
            or _name_after(seg, r"\b(?:company|account|client|organi[sz]ation)\s+record\s+for\s+") \
            or _name_before(seg, r"\s+as\s+(?:a\s+)?(?:new\s+)?(?:company|account|client)") \
            or _group(NEEDS_ADDING.match(seg)) \
            or _name_after(
            seg, r"\b(?:company|companies|account|organi[sz]ation|client|business|co|org)\s*[:,]?\s+(?:for\s+(?:me|us)\s*[:,]?\s+|"
                 r"for\s+)?(?!called|named)") or \
            (seg.strip().removeprefix("and ").strip() if BARE_NAME.match(seg) else None)
        said_first = re.match(r"\W*([A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,5})\s*(?:[,:;]|\s[—–-]|\s+(?:is|'s))\s*(?:a\s+)?(?:brand\s+)?"
                              r"new\s+(?:account|company|client|customer)\b|\W*([A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,5})\s+(?:isn'?t|is not|"
                              r"aren'?t|are not)\s+(?:in|on)\s+(?:the\s+)?(?:crm|system)\b", self.text)
        if said_first and (not name or name.lower() in ("it", "them", "pls", "please") or not name[:1].isupper() or
                           re.search(r"\bto\s+(?:own|have|look after|handle)\b", name)):  # "… for <rep> to own"
            name = said_first.group(1) or said_first.group(2)  # "<Name> — new account, …", "<Name> isn't in the CRM yet"
        if name and name.lower() in ("them", "it", "they", "this", "that", "these", "those", "this one", "that one"):
            named = re.match(r"\W*([A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,5})\b", self.text)
            # "<Name> want AV for their tent, can you add them as a company?": the name said first
            name = named.group(1) if named and not self._ments(0, named.end(1)) else None
        plain = re.match(r"\W*(?i:add|create|register)\s+([A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*)", seg)
        if not name and plain:  # "Add <Name> (Industry) and give it to <rep>"
            name = plain.group(1)
        if name:  # "new co <Name> domain <x.y>", "add co <Name> — web <x.y>": the name stops where a field starts
            name = re.split(r"\s+(?:domain|web(?:site)?|url|industry|e-?mail|phone|owner)\b|\s+(?:www\.)?[a-z0-9-]+\.[a-z]{2,}\b|"
                            r"\s+[-–—]\s+", name, maxsplit=1, flags=re.I)[0].strip(" ,") or name
        if not name:
            raise Unknown("What is the new company called? Say e.g. “create a company called Example Traders”.")
        if any(c["name"].lower() == name.lower() for c in self.snap.companies.values()):
            raise Unknown(f"A company named {name} already exists.")
        fields = {"name": name, "owner_id": self._user_after(s, e, ("to", "by", "owner")) or self._owner_for(s, e) or
                  self.ctx.user.id}  # "… is a new company for <rep> to own"
        dom = self._in(self.domains, s, e)
        if dom:
            fields["domain"] = dom[0][0]
        ind = re.search(r"\bindustry(?:\s+is|\s+to|:)?\s+([A-Za-z &/-]+?)(?:[,.;)?]|\s+with\b|\s+and\b|$)", seg, re.I) or \
            re.search(re.escape(name) + r"\s*\(([A-Za-z][A-Za-z &/-]{1,40})\)", seg) or \
            re.search(r"\bin\s+(?:the\s+)?([A-Za-z &/-]+?)\s+(?:industry|sector|space)\b", seg, re.I) or \
            re.search(r"\bas\s+(?:a\s+)?(?:new\s+)?(?:company|account|client)\s*[,:]\s*([A-Z][\w &/-]+?)\s*(?:[,;]|[.!]?$)", seg) or \
            re.search(r"\bthey(?:'re|’re| are)\s+(?:an?\s+|in\s+)?([A-Z][\w&/-]*(?: [A-Z][\w&/-]*)*)", seg) or \
            (re.search(r",\s*(?:www\.)?[\w-]+(?:\.[\w-]+)+\s*,\s*([A-Z][A-Za-z&/-]+(?: [A-Z&][A-Za-z&/-]*){0,2})\s*[.!]?$", seg)
             if not self._ments(s, e, "user") else None)  # "<name>, <domain>, Science": a list's last item
        if ind:
            fields["industry"] = _industry_case(ind.group(1))
        else:
            known = {c["industry"].lower(): c["industry"] for c in self.snap.companies.values() if c["industry"]}
            rest = seg.replace(name, " ")
            for word in re.findall(r"[A-Za-z][\w&/-]+(?: [A-Za-z][\w&/-]+)?", rest):
                if word.lower() in known:
                    fields["industry"] = known[word.lower()]
                    break
        self._add(Candidate("create_company", "companies", (), fields))
        self.ctx_company = None
        self.new_company = f"new:{len(self.result.candidates) - 1}"

    def _create_contact(self, s: int, e: int) -> None:
        seg = self.text[s:e]
        m = re.search(r"\b(?:contact|person|lead|stakeholder)\s*[:,]?\s+(?:called\s+|named\s+)?"
                      rf"([A-Z][\w'-]+(?:{NAME_PARTICLES}\s+[A-Z][\w'-]+)?)", seg) or \
            re.search(rf"\b(?i:add|create|new)\s+([A-Z][\w'-]+(?:{NAME_PARTICLES}\s+[A-Z][\w'-]+)?)\b", seg)
        if not m or self._names_known_record(s + m.start(1), s + m.end(1)):
            m = self._new_person(s, e) or m
        if not m:
            raise Unknown("What is the new contact's name? Say e.g. “add a contact Jane Doe at Example Ltd”.")
        full = m.group(1).split(maxsplit=1)
        ns, ne = s + m.start(1), s + m.end(1)
        company_m = [x for x in self._ments(s, e, "company") if not ns <= self.tokens[x.start].start < ne]
        fields = {"first_name": full[0], "last_name": full[1] if len(full) > 1 else None}
        if company_m:
            fields["company_id"] = self._resolve(company_m[0])
        elif self.new_company and re.search(r"\b(there|them|with them|at it)\b", seg, re.I):
            fields["company_id"] = self.new_company
        em = self._in(self.emails, s, e)
        if em:
            fields["email"] = em[0][0].lower()
        ph = self._in(self.phones, s, e)
        if ph:
            fields["phone"] = " ".join(ph[0][0].split())
        rest = seg[m.end():]
        title = re.search(r"^\s*(?:,\s*|\s+as\s+(?:the\s+|a\s+|an\s+|our\s+)?|\s+\(|\s+-\s+)(?!(?:who|which|that|whose)\b)"
                          r"([A-Za-z][\w &/-]*?)"
                          r"\s*(?:\)|,|\s+(?:at|of|for|from)\b|$)", rest) or \
            re.search(r"\btitle\s*(?:is|:)?\s+([A-Za-z][\w &/-]*?)(?:,|\s+(?:at|of|for|with)\b|$)", seg)
        if title:
            t0 = s + m.end() + title.start(1) if title.re.pattern.startswith("^") else s + title.start(1)
            named_company = self._ments(t0, t0 + len(title.group(1)), "company")
            instruction = re.search(r"\b(?:her|him|them|give|assign|hand|make|owner|owns?|put|add|set)\b",
                                    title.group(1), re.I)  # ", give her to <rep>" is not a job title
            if title.group(1).lower() not in ("a", "contact", "new contact") and not named_company and \
                    re.sub(r"^(?:already|now|currently)\s+(?:an?\s+)?", "", title.group(1).strip().lower()) not in LIFECYCLE_STAGES \
                    and not instruction:
                fields["title"] = title.group(1).strip()
        fields["owner_id"] = self._new_owner(s, e) or self._owner_for(s, e) or self.ctx.user.id
        fields["lifecycle_stage"] = "lead"
        for stage in LIFECYCLE_STAGES:  # "as a customer", "she's already a customer", "make him a prospect"
            if re.search(rf"(?:\bas|\bis|'s|’s|\bmake\s+(?:him|her|them|it)|\bmark\s+(?:him|her|them)\s+as)\s+"
                         rf"(?:already\s+|now\s+)?(?:a |an |our )?(?:existing\s+|current\s+|new\s+|paying\s+)?{stage}\b", seg, re.I) or \
                    re.search(rf"(?:^|,)\s*(?:lifecycle\s*:?\s*)?(?:already\s+|now\s+)?(?:a\s+|an\s+)?{stage}\s*(?:$|[,;.]|\s[-–—]\s)",
                              seg, re.I):
                fields["lifecycle_stage"] = stage  # "<Name>, <Company>, prospect — please add her": a listed item
        self._add(Candidate("create_contact", "contacts", (), fields))
        self.new_contact = f"new:{len(self.result.candidates) - 1}"
        self.new_contact_company = fields.get("company_id")

    def _create_deal(self, s: int, e: int) -> None:
        seg = self.text[s:e]
        fields: dict = {}
        name = _name_after(seg, r"(?:called|named)\s+") or self._colon_name(s, e)
        company_m = self._ments(s, e, "company")
        contact_m = self._ments(s, e, "contact")
        contact = self._resolve(contact_m[0]) if contact_m else None
        if contact is None and re.search(r"\b(?:with|for|to)\s+(him|her)\b", seg, re.I):
            contact = self._pronoun_links(re.search(r"\b(him|her)\b", seg, re.I).group(0)).get("contact_id")
            contact = contact if isinstance(contact, int) else None
        if company_m:
            company = self._resolve(company_m[0])
        elif contact is not None:
            company = self.snap.contacts[contact]["company_id"]
        else:
            company = self.ctx_company or self.ctx.memory.company
            if company is None or not I.PRONOUN_THING.search(seg) and not re.search(
                    r"\b(them|their)\b|\b(?:deal|opportunity|opp)\s+there\b|\bthere\s+(?:too|as well|for)\b", seg, re.I):
                raise self._not_found("company", s, e)  # (but "open a <product> deal there for 3,900": the one just named)
        products = self._ments(s, e, "product")
        product = products[0].ids[0] if products else None
        if product is None:  # "new deal for <company>: banners for the fair": the product whose head word is said
            low = self.text[s:e].lower()
            said = {_stem(w) for m in re.finditer(r":\s*((?:[a-z-]+\s+){0,2}[a-z-]+)|\b([a-z-]+)\s+(?:deal|job|order|"
                                                  r"opportunity|opp)\b", low)
                    for w in re.findall(r"[a-z]+", m.group(1) or m.group(2))}  # said as what the deal is
            heads = [p for p in self.snap.products if len(p.split()) > 1 and _stem(p.split()[-1].lower()) in said]
            if len(heads) == 1 and sum(_stem(p.split()[-1].lower()) == _stem(heads[0].split()[-1].lower())
                                       for p in self.snap.products) == 1:
                product = heads[0]
        stages = self._ments(s, e, "stage")
        stage = stages[-1].ids[0] if stages else self.snap.stages[0]
        if stage not in self.snap.stages:
            stage = self.snap.stages[0]
        company_name = self.snap.companies[company]["name"]
        fields.update(name=name or f"{company_name} {product or 'Deal'}", company_id=company)
        if contact is not None:
            fields["contact_id"] = contact
            self._remember("contact", contact)
        fields["stage"] = stage
        amounts = self._in(self.amounts, s, e)
        if amounts:
            fields["amount"] = amounts[0][0]
        fields["currency"] = config.get("CRM_CURRENCY")
        dates = self._in(self.dates, s, e)
        if dates:
            fields["close_date"] = dates[0][0]
        if product:
            fields["product"] = product
        fields["owner_id"] = self._new_owner(s, e) or self._user_after(s, e, ("to", "for", "owner")) or \
            self._deal_of(s, e) or self.ctx.user.id
        self.ctx_company = company
        self._add(Candidate("create_deal", "deals", (), fields))
        self.new_deal = (f"new:{len(self.result.candidates) - 1}", company)  # "…, and a task to send the drawings"

    def _names_known_record(self, a: int, b: int) -> bool:
        return any(a <= self.tokens[m.start].start < b for m in self.mentions
                   if m.kind in ("company", "deal", "user") and not m.fuzzy)

    def _new_person(self, s: int, e: int):
        """The first 'First Last' in the clause that is not a known company, deal or user: a new contact's name."""
        for m in re.finditer(rf"(?<![\w@.])([A-Z][\w'-]+(?:{NAME_PARTICLES}\s+[A-Z][\w'-]+)+)", self.text[s:e]):
            words = m.group(1).split()
            if words[0].lower() in COMMON or I.is_org_name(m.group(1)):
                continue
            if not self._names_known_record(s + m.start(1), s + m.end(1)):
                return m
        return None

    def _deal_of(self, s: int, e: int) -> int | None:
        """'…, 8,800, <rep>'s deal': the rep whose deal the new one is."""
        for m in self._ments(s, e, "user"):
            if self.tokens[m.end - 1].text.endswith(("'s", "’s")) and \
                    re.match(r"\s*(?:new\s+)?(?:deal|opportunity|opp)\b", self.text[self.tokens[m.end - 1].end:], re.I):
                return self._resolve(m)
        return None

    def _owner_for(self, s: int, e: int) -> int | None:
        """'add <person> at <company> for <rep>', 'new contact for <rep> to own: …': the rep a new record is for."""
        users = [m for m in self._ments(s, e, "user") if self._prev_word(m) == "for" and
                 not self.tokens[m.end - 1].text.endswith(("'s", "’s"))]
        if len(users) != 1:  # "… as a company? It's <rep>'s to look after": the rep whose it is
            users = [m for m in self._ments(s, e, "user") if self.tokens[m.end - 1].text.endswith(("'s", "’s")) and
                     re.search(r"\b(?:it|he|she|they|this|that)\s*(?:'s|’s|\s+is|'re|’re|\s+are|\s+will be)\s+$",
                               self.text[s:self.tokens[m.start].start], re.I) and
                     F.POSSESSION_NOUN.match(self.text[self.tokens[m.end - 1].end:e])]
        return self._resolve(users[0]) if len(users) == 1 else None

    def _addressed(self, s: int, e: int) -> int | None:
        """'Birgit, please chase …': the rep the request is addressed to owns the task."""
        m = re.match(r"^\W*([A-Z]\w+),\s+(?:please|pls|can you|could you)\b", self.text[s:e])
        if not m:
            return None
        users = [u for u in self._ments(s, s + m.end(1), "user")]
        if users:
            return self._resolve(users[0])
        said = m.group(1).lower()  # "<first name>, please chase …": a rep addressed, though a contact shares the name
        reps = [u for u, row in self.snap.users.items() if row["name"].lower().split()[0] == said]
        if len(reps) == 1:
            self.mentions = [x for x in self.mentions if self.tokens[x.start].start >= s + m.end(1)]
            return reps[0]
        return None

    def _colon_name(self, s: int, e: int) -> str | None:
        """'new opportunity for <company>: <Deal Name>, 80k': the words after the colon name the deal."""
        m = re.search(r":\s*(?:the\s+)?([^,;:]+?)\s*(?:[,;]|$)", self.text[s:e])
        if not m:
            return None
        start, end = s + m.start(1), s + m.end(1)
        if any(start <= a < end for _, a, _ in self.amounts + self.dates + self.emails + self.phones):
            return None
        name = m.group(1)
        for c in self._ments(start, end, "company"):  # "<Deal Name> for <company>": the company is not in the name
            cut = re.search(r"\s+(?:for|at|with)\s*$", self.text[start:self.tokens[c.start].start])
            if cut and cut.start() > 0:
                name = self.text[start:start + cut.start()]
                break
        words = name.split()
        if not words or not words[0][:1].isupper() or len(words) > 8:
            return None
        return name.strip()

    def _listed_deal_ids(self) -> list[int]:
        """The deals the last answer or bulk plan listed (session memory), those still in the CRM."""
        listed = self.ctx.memory.listed or {}
        return [i for i in listed.get("ids", []) if i in self.snap.deals] if listed.get("kind") == "deal" else []

    def _refuse_foreign_stage(self, s: int, e: int, names_record: bool) -> None:
        """'<deal> is in negotiation now' in a pipeline without that stage: say so, never drop it silently."""
        low = self.text[s:e].lower()
        other = [w for w, stage in STAGE_NAMES_ELSEWHERE.items() if stage not in self.snap.stages]
        foreign = other and re.search(r"\b(?:to|into|as|in|at)\s+(?:the\s+)?(" + "|".join(map(re.escape, other)) +
                                      r")(?:\s+stage)?\b", low)
        if foreign and names_record and not self._ments(s, e, "user", "stage") and (
                re.search(r"\b(?:move|moves|moved|set|mark|change|advance|put|push|bump)\b[^,;.]*$",
                          low[:foreign.start()]) or
                re.search(r"\b(?:is|'s|’s|are|should be|now)\s+(?:now\s+)?(?:in|at|into)\s+(?:the\s+)?" +
                          re.escape(foreign.group(1)), low)):
            raise Unknown(f"“{foreign.group(1)}” is not a pipeline stage; stages are {', '.join(self.snap.stages)}.")

    def _update(self, s: int, e: int) -> None:
        seg = self.text[s:e]
        low = seg.lower()
        self._refuse_foreign_stage(s, e, bool(self._ments(s, e, "deal", "company") or
                                              re.search(r"\b(?:deal|it|that one|this one)\b", low)))
        self._listed = None
        both = re.search(r"\bboth\b(?!\s+(?:of\s+)?(?:the|my|his|her|their|our)\b)", low) and \
            len((self.ctx.memory.listed or {}).get("ids", [])) == 2  # "push both to …" after a list of two
        if (both or re.search(r"\b(?:them all|all of them|all those|all these|each of them|every one of them|both of them|"
                              r"all of those|all of these)\b", low)) and not \
                re.search(r"\b(?:deals|contacts|companies|accounts|leads|opportunities|opps|tasks)\b", low):
            listed = self.ctx.memory.listed or {}
            if listed.get("kind") == "task" and re.search(r"\b(close|closed|done|complete|completed|tick|finish|"
                                                          r"finished|check)\b", low):
                self._complete_task(s, e)  # "I've done all of those, close them" after a list of tasks
                return
            ids = self._listed_deal_ids()
            if not ids:  # no list of deals said just before: never narrow it to one record
                raise Unknown("Which records do you mean by “them”? Name them, or say the filter again, e.g. “all of "
                              "<rep>'s open deals”.")
            if re.search(r"\bboth\b", low) and len(ids) != 2:  # "both of them" after a list of 31: not what was meant
                raise Unknown(f"You said both, but the last answer listed {len(ids)} deals; name the two deals.")
            self._listed = ids  # the deals the last answer or bulk plan listed
        if dict(I.INTENTS)["complete_task"].search(seg) and re.search(r"\b(?:tasks|to-?dos|reminders)\b", low):
            self._complete_task(s, e)  # "all the tasks of me that are overdue, please mark them done": tasks named first
            return
        deal_f, contact_f, company_f = {}, {}, {}
        stage_m = self._ments(s, e, "stage")
        bulk = bool(I.BULK.search(seg)) and bool(re.search(r"\b(deals|proposals|opportunities|opps|pipeline)\b|"
                                                           r"\bevery\s+\w+|\ball\s+(?:of\s+)?\w+'s\b", low) or (
            stage_m and not self._ments(s, e, "deal", "company", "contact")))  # "close <deal>, they've frozen all spend"
        bulk = bulk or bool(self._listed) or bool(re.search(r"\b(deals|opportunities|opps)\b", low) and not self._ments(s, e, "deal") and (
            stage_m or self._ments(s, e, "product") or re.search(r"\b(my|\w+'s)\s+(\w+\s+)?deals\b|\bdeals\s+(?:that\s+)?i\s+own\b",
                                                           low) or re.search(
                r"\bdeals\s+(?:(?:worth|valued at)\s+)?(?:over|under|above|below|more than|less than|bigger than|smaller than)"
                r"\s+\$?\d|\bdeals\b[^:]{0,40}\b(?:no activity|nothing logged|no (?:calls?|emails?|contact|touch)|untouched|"
                r"not touched|gone quiet)\b", low)))  # "deals over 20k with no activity in 30 days: …": a filter
        target_stage = None
        if stage_m:
            stage_m = [m for m in stage_m if self._listed or self._stage_role(m) != "filter"] or \
                ([m for m in stage_m if not G.APPROVED_THING.match(self.text, self.tokens[m.end - 1].end)] if not bulk
                 else [])  # "mark them all lost": the records are given, the stage is the value
            targets = [m for m in stage_m if self._prev_word(m) in TARGET_PREP or m.ids[0] in self.snap.stages[-2:] or
                       G.BELONGS_AT.search(self.text[:self.tokens[m.start].start]) or
                       (self._prev_word(m) in ("all", "both", "now") and m.start >= 2 and
                        self.tokens[m.start - 2].norm in TARGET_PREP)]  # "my <stage> deals are all <stage> now"
            pick = targets[-1] if targets else (None if bulk or not stage_m else stage_m[-1])
            if pick is not None:
                target_stage = pick.ids[0]
        if target_stage:
            deal_f["stage"] = target_stage
        amounts = [a for a in self._in(self.amounts, s, e) if not AMOUNT_FILTER.search(self.text[max(s, a[1] - 25):a[1]])
                   and not re.search(r"\b(?:not|instead of|rather than|used to be|down from|up from)\s+(?:the\s+)?(?:old\s+)?"
                                     r"[$£€]?$", self.text[max(s, a[1] - 25):a[1]], re.I)  # "is now 24,600 not 23,800": old
                   and not re.match(r"\s*(?:was|is|were)\s+(?:a\s+|just\s+a\s+)?(?:typo|wrong|a mistake|mistake|incorrect|"
                                    r"an error|error)\b", self.text[a[2]:a[2] + 30], re.I)]  # "the 52k was a typo": the old
        if amounts and not re.search(r"%", seg):
            deal_f["amount"] = amounts[-1][0]
        dates = [d for d in self._value_dates(s, e) if self._close_date_role(s, d)]
        if dates and target_stage in self.snap.stages[-2:] and all(d[0] <= self.ctx.today for d in dates) and \
                not re.search(r"\bclose\s*date\b|\bclos(?:e|es|ed|ing)\s+(?:on|date)\b", low):
            dates = []  # "<deal> got signed off today!", "… placed! they signed yesterday": when it happened, not a new date
        if dates and target_stage in self.snap.stages[-2:] and not re.search(
                r"\bclose\s*date\b|\bclos(?:e|es|ing)\s+(?:on|date|by)\b", low):
            # "close it as lost, they've frozen all spend until next year": the reason's date, not the deal's
            dates = [d for d in dates if not re.search(r"\b(?:until|till|til|through|since|for)\s+(?:the\s+)?$",
                                                       self.text[max(s, d[1] - 12):d[1]], re.I)]
        if dates:
            deal_f["close_date"] = dates[-1][0]
        shift = SHIFT.search(low)
        if shift and not dates and self._listed:  # "push them all out a week": each listed deal's own close date
            self._shift_each(sorted(self._listed), _shift_days(shift), f"the {len(self._listed)} deals listed before")
            return
        if shift and not dates and not I.BULK.search(seg):
            days = _shift_days(shift)
            deal = self._deal_target(s, e)
            current = self.snap.deals[deal]["close_date"]
            if current is None:
                raise Unknown(f"{self.snap.deals[deal]['name']} has no close date to move; say the new date.")
            deal_f["close_date"] = current + dt.timedelta(days=days)
        product_m = [m for m in self._ments(s, e, "product") if self._prev_word(m) in ("to", "product", "be", "is",
                                                                                       "now", "as")]
        if product_m and re.search(r"\bproduct\b", low):
            deal_f["product"] = product_m[0].ids[0]
        owner = self._new_owner(s, e)
        em = self._in(self.emails, s, e)
        if em:
            contact_f["email"] = em[0][0].lower()
        ph = self._in(self.phones, s, e)
        if ph:
            contact_f["phone"] = " ".join(ph[0][0].split())
        title = re.search(r"\b(?:title|job title|role)\s+(?:to|is|as|:)\s*(?:now\s+)?(.+?)\s*$", seg, re.I) or \
            re.search(r"(?:^|[,;:]\s*|\s[-–—]\s*)(?:new\s+)?(?:job\s+)?title\s+((?-i:[A-Z])[\w &/-]+?)\s*[.!]?$", seg, re.I)
        if title is None:  # "is now the Head of X" names a job only when its words are a job's ("is now a VIP" is not)
            title = re.search(r"\b(?:is now|promoted to|now)\s+(?:the\s+|a\s+|an\s+|our\s+)?([A-Z][\w &/-]+?)\s*"
                              r"(?:\bat\b.*)?$", seg) or \
                re.search(r"\b(?:is|'s)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+)?([A-Z][\w &/-]+?)\s+(?:at|for)\b.*\bnow\W*$",
                          seg)  # "<person> is Director of Operations at the airport now"
            title = title if title and _looks_like_job(title.group(1)) else None
        if title and title.group(1).lower() not in LIFECYCLE_STAGES and not self._ments(
                s + title.start(1), s + title.end(1), "stage", "company", "deal"):
            contact_f["title"] = title.group(1).strip()
        lives = [m for m in re.finditer(r"(?:\b(?:as|to|is now|are now|now|became|become|becomes|has|is|are|be|(?:make|mark|set|flag|tag) (?:him|her|them)|lifecycle(?: stage)?"
                                        r"(?: to)?)|'s|’s|[-–—:])\s+(?P<article>a\s+|an\s+)?(" + "|".join(LIFECYCLE_STAGES) +
                                        r")s?\b", low)
                 if not any(f.end() == m.end() for f in LIFECYCLE_FILTER.finditer(low))  # "still sitting as leads"
                 and (m.group("article") or not re.match(r"\s+(?:the|a|an|his|her|their|our|its|my|on|with|for|up)\b",
                                                         low[m.end():]))]  # "now leads the volunteers": a verb
        # selects the contacts; it is not the new stage
        made = re.search(r"\b(?:make|mark|flag|tag)\s+(?!it\b|that\b|this\b|the\s+\w+\s+(?:deal|task)\b).{1,60}?\s+(?:as\s+)?(?:a|an)\s+"
                         r"([a-z][\w-]*)\s*[.!?]?\s*$", low)
        if not lives and made and made.group(1) in LIFECYCLE_STAGES:
            lives = [made]  # "make everyone at <company> a customer", "mark <person> as a prospect"
        elif not lives and made and self._ments(s, e, "contact") and not self._ments(s, e, "deal", "stage", "user") and \
                made.group(1) not in ("task", "reminder", "note", "call", "meeting", "contact", "priority", "follow"):
            raise Unknown(f"“{made.group(1).upper() if len(made.group(1)) <= 3 else made.group(1)}” is not a lifecycle "
                          f"stage the CRM keeps; the stages are {', '.join(LIFECYCLE_STAGES)}.")  # "make <person> a VIP"
        life = (lives[-1] if lives else None) or re.search(r"\b(churned)\b", low)
        if life and not any(not re.search(r"[,;—–]", seg[min(life.start(), m_at):max(life.end(), m_at)])
                            for m_at in (self.tokens[m.start].start - s for m in stage_m)):
            # a stage said in another part of the sentence ("…, the biobank signed") leaves the lifecycle said here
            contact_f["lifecycle_stage"] = life.group(life.lastindex)
        tier = re.search(r"\b(?:is|are)\s+now\s+(?:a|an|our)\s+((?:[\w-]+\s+)?[\w-]+)\s+(client|customer|account|member|"
                         r"partner)s?\b", low)
        if tier and tier.group(2) == "customer" and not life and not stage_m:
            contact_f["lifecycle_stage"] = "customer"  # "is now a paying customer"
        elif tier and not life and self._ments(s, e, "contact", "company") and tier.group(1) not in LIFECYCLE_STAGES:
            raise Unknown(f"“{tier.group(1)}” is not a lifecycle stage the CRM keeps; the stages are "
                          f"{', '.join(LIFECYCLE_STAGES)}.")  # "<person> is now a gold-tier client"
        named = re.search(r"\b(first name|last name|surname|family name)\s*,?\s+(?:(?:is|'s)\s+(?:actually\s+|really\s+|in fact\s+)?"
                          r"(?:spelled|spelt|written)(?:\s+as)?|(?:is|'s)\s+(?:actually|really|in fact)|to|is(?:\s+now)?|should be|:|"
                          r"it'?s|it is|changed to|now)\s+([\w'-]+)", seg, re.I)
        if named and title and title.start(1) <= named.start(2) < title.end(1):
            contact_f.pop("title", None)  # "her last name is now X": a name, not a job title
        if named:
            contact_f["first_name" if named.group(1).lower() == "first name" else "last_name"] = named.group(2)
        moved = re.search(r"\b(?:moved to|moving to|is moving to|now works at|works at|now works for|works for|joined|"
                          r"now at|switched to|went to|gone to|gone over to|moved over to|jumped to|jumped ship to|"
                          r"is now with|now with|started at|starting at)\b", low)
        dom = self._in(self.domains, s, e)
        if dom:
            company_f["domain"] = dom[0][0]
        ind = re.search(r"\bindustry\b(?:.*\b(?:to|is|should be|should say|should read|as)\b|\s*[:=])\s*([A-Za-z][A-Za-z &/-]*?)\s*"
                        r"(?:,?\s*(?:please|pls|thanks|thank you|thx|cheers))?\s*[.!]?$", seg, re.I)
        ind = ind or re.search(r"(?:^|[,:;]\s*)industry\s+([A-Z][A-Za-z &/-]*?)\s*(?:,|;|[.!]?$)", seg)
        if ind:
            company_f["industry"] = _industry_case(ind.group(1))
        rename = re.search(r"\brename\b.*?\bto\s+(.+?)\s*(?:[?!](?:\s|$)|\.(?:\s|$)|$)", seg, re.I) or re.search(
            r"\b(?:rebranded|renamed|rebranding|renaming)\s+(?:itself\s+)?(?:as\s+|to\s+)?([A-Z].+?)\s*"
            r"(?:[,.!;]|$)|\b(?:is now called|changed (?:its|their) name to|now goes by)\s+(.+?)\s*[.!]?$", seg)

        many = I.BULK.search(seg) or re.search(r"\b(everyone|everybody)\b", low)
        if many and not re.search(r"\b(deals|opportunities|opps|proposals|pipeline)\b", low) and \
                not (self._ments(s, e, "product") and re.search(r"\bleads\b", low)):
            if re.search(r"\b(companies|accounts|customers|clients)\b|\b(?:every|each|all)\s+(?:single\s+)?(?:company|account|"
                         r"customer|client)\b", low) and owner and not contact_f:
                ids, desc = self._bulk_companies(s, e, exclude_user=owner)
                for c in ids:
                    self._add(Candidate("update_company", "companies", (c,), {"owner_id": owner}, bulk=desc))
                return
            if (re.search(r"\b(contacts|everyone|everybody|people|leads|prospects)\b|\b(?:every|each|all)\s+(?:contact|lead|"
                          r"prospect)\b",
                          low) and not self._ments(s, e, "product")) and (owner or contact_f.get("lifecycle_stage")):
                fields = {"owner_id": owner} if owner else {"lifecycle_stage": contact_f["lifecycle_stage"]}
                ids, desc = self._bulk_contacts(s, e, exclude_user=owner)
                for c in ids:
                    self._add(Candidate("update_contact", "contacts", (c,), fields, bulk=desc))
                return
        if bulk and shift and not dates and not deal_f and not owner:
            # "push every open <product> deal back a week": each deal's own close date, moved by that much
            deals, desc = self._bulk_deals(s, e)
            self._shift_each(deals, _shift_days(shift), desc)
            return
        if bulk and (deal_f or owner) and not self._listed and self._frames()._not_the_set(s, e):
            # "one of my Specified deals is Tendered now", "let me know if my deals are …": not the whole set
            raise Unknown("I won't guess which of those deals you mean; name them, or say it of all of them "
                          "(e.g. “move all my <stage> deals to <stage>”).")
        if bulk and (deal_f or owner):
            if owner:
                deal_f["owner_id"] = owner
            deals, desc = self._bulk_deals(s, e, exclude_stage=target_stage, exclude_user=owner)
            for d in deals:
                self._add(Candidate("update_deal", "deals", (d,), dict(deal_f), bulk=desc))
            return
        contact_m = self._ments(s, e, "contact")
        company_m = self._ments(s, e, "company")
        deal_m = self._ments(s, e, "deal")
        if owner and not deal_f and not contact_f and contact_m and (deal_m or re.search(r"\bdeal\b", low)) and \
                re.search(r"\band\b", low):  # "<rep> is taking over <contact> and the <deal>": both change hands
            for m in contact_m:
                self._add(Candidate("update_contact", "contacts", (self._resolve(m),), {"owner_id": owner}))
            self._add(Candidate("update_deal", "deals", (self._deal_target(s, e),), {"owner_id": owner}))
            return
        if owner and not deal_f and not contact_f and len({m.ids[0] for m in deal_m if len(m.ids) == 1}) > 1 and \
                not company_m and not contact_m:  # "<rep> inherits two deals from <rep>: <deal> and <deal>": each of them
            for rid in dict.fromkeys(self._resolve(m) for m in deal_m):
                self._add(Candidate("update_deal", "deals", (rid,), {"owner_id": owner}))
            return
        its_deal = re.search(r"\b(?:and|together with|along with|plus|with)\s+(?:its|their|the)\s+(?:[\w&'-]+\s+){0,4}?"
                             r"(?:deal|opportunity|opp)\b", low)
        if owner and not deal_f and not contact_f and not contact_m and company_m and (deal_m or its_deal) and \
                re.search(r"\band\b|\b(?:together|along) with\b|\bplus\b", low):  # "<rep> is taking over <company> and the <deal>": the account and the deal
            for m in company_m:
                self._add(Candidate("update_company", "companies", (self._resolve(m),), {"owner_id": owner}))
            for m in deal_m:
                self._add(Candidate("update_deal", "deals", (self._resolve(m),), {"owner_id": owner}))
            if not deal_m:  # "… and its <words> deal": that company's deal those words name
                self._add(Candidate("update_deal", "deals", (self._deal_target(s, e),), {"owner_id": owner}))
            return
        this_deal = I.PRONOUN_THING.search(seg) and (self.ctx_deal or (self.ctx.memory.deal and (
            self.ctx.memory.last != "company" or re.search(r"\b(?:deal|opportunity|opp)\b", I.PRONOUN_THING.search(seg).group(0))))) \
            and not contact_m and not company_m  # "<company>, who is the owner?" … "change it to <rep>": the company
        if deal_f or (owner and (deal_m or re.search(r"\b(deal|opportunity|opp)\b", low) or this_deal)) or \
                (rename and deal_m):
            if owner:
                deal_f["owner_id"] = owner
            if rename and deal_m:
                deal_f["name"] = next(g for g in rename.groups() if g).strip()
            rid = self._deal_target(s, e)
            self._add(Candidate("update_deal", "deals", (rid,), deal_f))
            if contact_f.get("lifecycle_stage") and len(contact_m) == 1 and not owner:
                # "<person> is a customer now, <company> signed": her lifecycle too, never silently left out
                self._add(Candidate("update_contact", "contacts", (self._resolve(contact_m[0]),),
                                    {"lifecycle_stage": contact_f["lifecycle_stage"]}))
            return
        person = contact_m or (I.PRONOUN_PERSON.search(seg) and (self.ctx_contact or self.ctx.memory.contact)) or (
            (contact_f.get("email") or contact_f.get("phone")) and I.PRONOUN_THING.search(seg) and not deal_m and
            not company_m and self.ctx.memory.last == "contact" and self.ctx.memory.contact)
        if contact_f or (moved and person) or (owner and (contact_m or (person and not company_m))) or \
                (rename and contact_m):
            if moved:
                after = [m for m in company_m if self.tokens[m.start].start >= s + moved.start()]
                if after:
                    contact_f["company_id"] = self._resolve(after[0])
            if owner:
                contact_f["owner_id"] = owner
            if rename and contact_m:
                parts = next(g for g in rename.groups() if g).split()
                contact_f.update(first_name=parts[0], last_name=" ".join(parts[1:]) or None)
            if not contact_f:
                return
            rid = self._contact_target(s, e)
            if contact_f.get("company_id") == self.snap.contacts[rid]["company_id"] and len(contact_f) == 1 and \
                    self.result.candidates and self.result.candidates[-1].targets == (rid,):
                return  # "…, update her company" repeats the change just planned
            self._add(Candidate("update_contact", "contacts", (rid,), contact_f))
            return
        last = self.ctx.memory.last
        if I.PRONOUN_PERSON.search(seg) and not contact_m:
            last = "contact"  # "him", "her": only a person
        sentence = next(((k, v) for k, v in (("deal", self.ctx_deal), ("company", self.ctx_company),
                                              ("contact", self.ctx_contact)) if v is not None
                         and (last != "contact" or k == "contact")), None)
        if owner and not (deal_m or contact_m or company_m) and (sentence or (
                last in ("deal", "company", "contact") and getattr(self.ctx.memory, last) is not None)):
            # "<company>: change the domain … and make <rep> the owner", "and make <rep> the owner": of what we
            # are talking about, in this sentence first, then in the conversation
            last, rid = sentence if sentence else (last, getattr(self.ctx.memory, last))
            table = {"deal": "deals", "company": "companies", "contact": "contacts"}[last]
            self._add(Candidate(f"update_{last}", table, (rid,), {"owner_id": owner}))
            return
        if owner and company_m and not deal_m and re.search(r"\b(?:deals|opportunities|opps)\b", low) and \
                not re.search(r"\b(?:account|company|client|customer|along with|together with|as well as|and its|with its|"
                              r"and their|with their)\b", low):
            if len(company_m) > 1 or len(company_m[0].ids) > 1:
                raise Ambiguous(self._company_clarification(company_m[0]))
            # "transfer both <company> deals to <rep>": the company's deals, not the account
            deals, desc = self._bulk_deals(s, e, exclude_user=owner)
            for d in deals:
                self._add(Candidate("update_deal", "deals", (d,), {"owner_id": owner}, bulk=desc))
            return
        that_company = re.search(r"\b(that|the|this) (company|account)\b", low)
        if company_f or (owner and (company_m or that_company)) or (rename and company_m):
            if owner:
                company_f["owner_id"] = owner
            if rename:
                company_f["name"] = next(g for g in rename.groups() if g).strip()
            rid = self._company_target(s, e)
            self._add(Candidate("update_company", "companies", (rid,), company_f))
            return
        to_word = re.search(r"\b(?:to|as)\s+(?:the\s+)?([a-z][\w -]*?)(?:\s+stage)?\s*[.!]?$", low)
        names_record = self._ments(s, e, "deal", "company", "contact") or I.PRONOUN_THING.search(seg) or \
            re.search(r"\bstage\b", low)
        deal_m = self._ments(s, e, "deal")
        bare_move = len(deal_m) == 1 and not seg[:self.tokens[deal_m[0].start].start - s].strip(" ,.:;") and \
            re.fullmatch(r"\s*to\s+(?:the\s+)?[\w -]+?\s*[.!]?", seg[self.tokens[deal_m[0].end - 1].end - s:], re.I)
        # "<deal> -> <word>": the arrow (read as "to") is the move
        if to_word and names_record and (re.search(r"\b(move|moves|set|mark|change|advance|put|stage)\b", low) or
                                         bare_move) and \
                (to_word.group(1) not in FILLER or bare_move) and not self._ments(s, e, "user"):
            raise Unknown(f"“{to_word.group(1)}” is not a pipeline stage; stages are "
                          f"{', '.join(self.snap.stages)}.")
        self._refuse_foreign_stage(s, e, bool(names_record))
        if owner is None and re.search(r"\b(reassign|assign|give|transfer)\b", low):
            raise self._not_found("user", s, e)

        # a clause like "he wants to move forward" names no change: nothing to plan for it

    def _filter_owner(self, s: int, e: int, exclude_user: int | None) -> int | None:
        """The owner a bulk request filters on: 'my …', '<rep>'s …', 'owned by <rep>' (not the new owner)."""
        low = self.text[s:e].lower()
        owner = self.ctx.user.id if re.search(r"\b(my|mine)\b|\b(?:that|which)?\s*i\s+(?:own|have|had|hold|manage|run|look "
                                              r"after|handle|cover|got)\b|\bi(?:['’]ve|\s+have|['’]d|\s+had)\s+got\b",
                                              low) and not re.search(
            r"\bunder my (?:own )?name\b", low) else None  # "the deals I own …": mine
        named = self._owner_mention
        for m in self._ments(s, e, "user"):
            if m.start == named or self._prev_word(m) in ("to", "over") and m.ids[0] == exclude_user:
                continue
            owner = self._resolve(m)
        pronoun = self._owner_pronoun
        if owner is None and pronoun:  # "Tomas is out - hand all of his deals to Mireille": his = Tomas
            earlier = [m for m in self.mentions if m.kind == "user" and self.tokens[m.start].start < s
                       and m.start != named]
            if earlier:
                owner = self._resolve(earlier[-1])
        return owner

    def _bulk_companies(self, s: int, e: int, exclude_user: int | None = None) -> tuple[list[int], str]:
        """Companies a bulk request selects: by owner ("all of Ines's accounts")."""
        owner = self._filter_owner(s, e, exclude_user)
        if owner is None:
            raise Unknown("Whose companies? Say e.g. “give all of <rep>'s companies to <rep>”.")
        ids = sorted(c["id"] for c in self.snap.companies.values() if c["owner_id"] == owner)
        if not ids:
            raise Unknown(f"{self.snap.users[owner]['name']} owns no companies.")
        return ids, f"companies owned by {self.snap.users[owner]['name']}"

    def _bulk_contacts(self, s: int, e: int, exclude_user: int | None = None) -> tuple[list[int], str]:
        """Contacts a bulk request selects: at a company ("everyone at X"), by owner, by lifecycle stage."""
        rows, desc = list(self.snap.contacts.values()), []
        companies = self._ments(s, e, "company")
        if companies:
            ids = {i for m in companies for i in m.ids}
            rows = [c for c in rows if c["company_id"] in ids]
            desc.append("at " + ", ".join(self.snap.companies[i]["name"] for i in sorted(ids)))
        owner = self._filter_owner(s, e, exclude_user)
        if owner is not None:
            rows = [c for c in rows if c["owner_id"] == owner]
            desc.append(f"owned by {self.snap.users[owner]['name']}")
        low = self.text[s:e].lower()
        for stage in LIFECYCLE_STAGES:
            if re.search(rf"(?:\b(?:all|every|my|the)\s+(?:of\s+)?(?:the\s+|my\s+)?(?:[\w-]+'s\s+)?|[\w-]+'s\s+){stage}s?\b",
                         low) or re.search(rf"\b(?:who|that|which)\s+(?:are|is)\s+(?:still\s+)?(?:an?\s+)?{stage}s?\b|"
                                           rf"\b(?:still|currently)\s+(?:an?\s+)?{stage}s?\b|\bin\s+(?:the\s+)?"
                                           rf"{stage}\s+(?:lifecycle\s+)?stage\b", low) or \
                    any(m.group(1) == stage for m in LIFECYCLE_FILTER.finditer(low)):
                rows = [c for c in rows if c["lifecycle_stage"] == stage]
                desc.append(f"in lifecycle {stage}")
        if not desc:
            raise Unknown("Which contacts? Say e.g. “everyone at <company>” or “all of <rep>'s leads”.")
        if not rows:
            raise Unknown("No contacts match: " + ", ".join(desc) + ".")
        return sorted(c["id"] for c in rows), "contacts " + ", ".join(desc)

    def _relative_clause(self, s: int, e: int) -> tuple[int, int] | None:
        """'every open deal whose <clause> to <value>': the span of <clause>, without the new value."""
        seg = self.text[s:e]
        rel = re.search(r"\b(?:deals?|opportunities|opps?|ones)\s+(?:that|which|whose|where|with)\s+([^,;.:]+?)"
                        r"(?=\s+[-–—]+\s+|[,;.:]|$)", seg, re.I)  # "… quiet for 2 weeks - give them …": ends at the dash
        if not rel:
            return None
        a, b = s + rel.start(1), s + rel.end(1)
        target = list(re.finditer(r"\s+(?:to|into|as|over to|go to|goes to)\s+", rel.group(1)))
        if target:  # "… whose paperwork went missing to Design": the clause ends where the new value starts
            b = a + target[-1].start()
        return a, b

    def _check_relative_filter_applied(self, s: int, e: int, desc: list[str]) -> None:
        """'every open deal whose close date is <something not read>': the clause speaks of close dates (amounts,
        activity) but no filter of that kind was read from it, so the plan would cover deals it did not select."""
        span = self._relative_clause(s, e)
        if span is None:
            return
        clause = self.text[span[0]:span[1]].strip()
        low = clause.lower()
        kinds = [(r"\b(?:close|closes|closing|closed|due)\b", ("closing", "past close date")),
                 (r"\b(?:amount|value|valued|worth)\b", ("amount",)),
                 (r"\b(?:activity|touched|contact|quiet|stale|silent)\b", ("no activity",))]
        for words, applied in kinds:
            if re.search(words, low) and not any(d.startswith(applied) for d in desc):
                raise Unknown(f"I couldn't tell which deals “{clause}” selects, so nothing was planned. Say it with a "
                              "stage, owner, product, amount, close date or “no activity in N weeks”.")

    def _check_relative_filter(self, s: int, e: int) -> None:
        """'every open deal whose <clause>': when the clause holds nothing a filter reads (a stage, product, company,
        person, amount, date, inactivity, a past close date), planning over every deal would change the wrong records,
        so say what was not understood instead."""
        span = self._relative_clause(s, e)
        if span is None:
            return
        a, b = span
        clause = self.text[a:b].strip()
        low = clause.lower()
        stages = [m for m in self._ments(a, b, "stage") if not re.search(
            r"\b(?:not|never|n't|hasn't|haven't|hasnt|havent|didn't|no)\s+(?:\w+\s+){0,2}$",
            self.text[a:self.tokens[m.start].start], re.I)]  # "that the landlord hasn't signed": not a stage filter
        understood = stages or self._ments(a, b, "product", "company", "contact", "user", "deal") or \
            self._in(self.amounts, a, b) or any(a <= x[1] < b for x in self.dates + self.past_dates) or \
            QUIET.search(low) or re.search(r"\b(?:past|overdue|passed|gone by|no activity|no owner|unassigned|"
                                           r"nobody|no one|closing|close|closes|closed|due|stage|amount|value|worth|owner|owned|"
                                           r"january|february|march|april|may|june|july|august|september|october|"
                                           r"november|december|quarter|month|year|"
                                           r"mine|me|my|i|we|our|his|her|their|them|open|lost|won|stale|quiet|"
                                           r"old|new|big|biggest|small|smallest|[\d$€£])\b", low)
        if not understood:
            raise Unknown(f"I couldn't tell which deals “{clause}” selects, so nothing was planned. Say it with a "
                          "stage, owner, product, amount, close date or “no activity in N weeks”.")

    def _bulk_deals(self, s: int, e: int, exclude_stage: str | None = None,
                    exclude_user: int | None = None, require_filter: bool = True) -> tuple[list[int], str]:
        """Deals matching the filters of a bulk request: owner, stages, product, company, close dates, inactivity."""
        if getattr(self, "_listed", None):  # "mark them all won" after a list of deals: exactly those
            return sorted(self._listed), f"the {len(self._listed)} deals listed before"
        seg = self.text[s:e]
        low = seg.lower()
        self._check_relative_filter(s, e)
        desc = []
        deals = list(self.snap.deals.values())
        owner = self._filter_owner(s, e, exclude_user)
        if owner is not None:
            deals = [d for d in deals if d["owner_id"] == owner]
            desc.append(f"owned by {self.snap.users[owner]['name']}")
        stages = [m.ids[0] for m in self._ments(s, e, "stage")
                  if not (m.ids[0] == exclude_stage and self._prev_word(m) in TARGET_PREP)]
        if exclude_stage in stages and exclude_stage in self.snap.stages[-2:] and \
                len([m for m in self._ments(s, e, "stage") if m.ids[0] == exclude_stage]) == 1:
            stages.remove(exclude_stage)
        if stages:
            deals = [d for d in deals if d["stage"] in stages]
            desc.append("in " + " or ".join(stages))
        else:
            open_stages = set(self.snap.open_stages)
            deals = [d for d in deals if d["stage"] in open_stages]
            desc.append("open")
        products = self._ments(s, e, "product")
        if products:
            names = {p.ids[0] for p in products}
            deals = [d for d in deals if d["product"] in names]
            desc.append("product " + ", ".join(sorted(names)))
        companies = self._ments(s, e, "company")
        if companies:
            for m in companies:  # "the Tanfield deals are Tendered now" with two Tanfields: which, never both
                choice = self.ctx.choices.get(m.text.lower(), "")
                if len(m.ids) > 1 and not choice.startswith("companies:"):
                    raise Ambiguous(self._company_clarification(m))
            ids = {int(self.ctx.choices[m.text.lower()].split(":")[1]) if len(m.ids) > 1 else m.ids[0] for m in companies}
            deals = [d for d in deals if d["company_id"] in ids]
            desc.append("at " + ", ".join(self.snap.companies[i]["name"] for i in sorted(ids)))
        for when in DATE_FILTER.finditer(low):
            later = [d for d in self.dates if d[1] >= s + when.end() - 1 and d[1] < e]
            if later:
                day = later[0][0]
                op = when.group(1)
                if op in ("after",):
                    deals = [d for d in deals if d["close_date"] and d["close_date"] > day]
                elif op in ("by", "on or before", "until"):
                    deals = [d for d in deals if d["close_date"] and d["close_date"] <= day]
                else:
                    deals = [d for d in deals if d["close_date"] and d["close_date"] < day]
                desc.append(f"closing {op} {day.isoformat()}")
        if re.search(r"\b(closing|close|closes) this month\b", low):
            t = self.ctx.today
            deals = [d for d in deals if d["close_date"] and (d["close_date"].year, d["close_date"].month) ==
                     (t.year, t.month)]
            desc.append("closing this month")
        from core.understanding.periods import find_periods
        for p in find_periods(low, self.ctx.today):  # "closing between April 1 and April 30": that window of close dates
            if p.start != p.end and re.search(r"\b(?:clos\w*|due)\s+(?:date\s+)?$", low[:p.begin]) and \
                    not any(x.startswith("closing") for x in desc):
                deals = [d for d in deals if d["close_date"] and p.start <= d["close_date"] <= p.end]
                desc.append(f"closing {p.said}")
        month = re.search(r"\b(?:with an? |closing in |close date in |closing |that close in )(" +
                          "|".join(m for m in MONTHS if len(m) > 3) + r")\b", low)
        if month:
            mnum = MONTHS[month.group(1)]
            deals = [d for d in deals if d["close_date"] and d["close_date"].month == mnum and
                     abs((d["close_date"] - self.ctx.today).days) < 200]
            desc.append(f"closing in {month.group(1).title()}")
        said = re.search(r"\b(?:in|during)\s+(" + "|".join(m for m in MONTHS if len(m) > 2) + r")\b|\b(this|last)\s+"
                         r"(month|quarter|year)\b|\bq([1-4])\b", low)
        if said and not any(x.startswith("closing") for x in desc):  # "every deal we lost in October": its close date
            t = self.ctx.today
            if said.group(1):
                mnum = MONTHS[said.group(1)]
                year = min((t.year - 1, t.year, t.year + 1), key=lambda y: abs((dt.date(y, mnum, 15) - t).days))
                lo = dt.date(year, mnum, 1)
                hi = (lo + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            elif said.group(3) == "year":
                year = t.year - (said.group(2) == "last")
                lo, hi = dt.date(year, 1, 1), dt.date(year, 12, 31)
            else:
                months = 3 if said.group(3) == "quarter" else 1
                first = dt.date(t.year, (t.month - 1) // months * months + 1, 1) if not said.group(4) else \
                    dt.date(t.year, 3 * int(said.group(4)) - 2, 1)
                if said.group(2) == "last":
                    back = first - dt.timedelta(days=1)
                    first = dt.date(back.year, (back.month - 1) // months * months + 1, 1)
                nxt_month = first.month - 1 + months
                hi = dt.date(first.year + nxt_month // 12, nxt_month % 12 + 1, 1) - dt.timedelta(days=1)
                lo = first
            deals = [d for d in deals if d["close_date"] and lo <= d["close_date"] <= hi]
            desc.append(f"closing from {lo.isoformat()} to {hi.isoformat()}")
        if re.search(r"\b(overdue|past (their |the |its )?close dates?|close dates? (?:has |have |had )?(?:already |now )?"
                     r"(passed|gone by|gone past|come and gone|been and gone|lapsed|expired|slipped by)|"
                     r"close dates? (is |are |that is |that are )?(already )?in the past|close dates? (?:that |which )?(?:has |have )?"
                     r"(?:already )?(?:slipped|gone|moved|fallen|drifted) into the past|closing dates? "
                     r"(is |are )?(already )?in the past|close dates? (?:is |are )?(?:already )?(?:gone|passed|behind us))\b",
                     low):
            deals = [d for d in deals if d["close_date"] and d["close_date"] < self.ctx.today]
            desc.append("past close date")
        for value, a, _ in self._in(self.amounts, s, e):
            cmp = AMOUNT_FILTER.search(self.text[max(s, a - 25):a])
            if cmp:
                word = cmp.group(0).strip(" $").lower()
                word = AMOUNT_SIGNS.get(word, word)  # "my deals <20k": under
                above = word in ("over", "above", "more than", "greater than", "bigger than", "at least", "exceeding")
                deals = [d for d in deals if d["amount"] is not None and
                         (d["amount"] > value if above and word != "at least" else d["amount"] >= value if above else
                          d["amount"] <= value if word == "at most" else d["amount"] < value)]
                desc.append(f"amount {word} {value:,.0f}")
        quiet = QUIET.search(low)
        if quiet:
            days = quiet_days(quiet)
            cutoff = local_midnight(self.ctx.today - dt.timedelta(days=days))  # the reader's midnight, in UTC
            deals = [d for d in deals if self.snap.last_activity.get(d["id"]) is None or
                     self.snap.last_activity[d["id"]] < cutoff]
            desc.append(f"no activity in {days} days")
        self._check_relative_filter_applied(s, e, desc)
        if re.search(r"\bboth\b", low) and len(deals) != 2:  # "both of my <stage> deals": exactly two, or ask
            raise Unknown(f"You said both, but {len(deals)} deals match ({', '.join(desc)}); name the two deals.")
        if require_filter and not [x for x in desc if x != "open"] and not re.search(
                r"\b(?:all|every|each|entire|whole|everything|any)\b", low):
            # "the deals go to <rep>" with no owner, stage, product, company, date, amount or inactivity said: which
            # deals is not said, and "every open deal" is never the guess
            raise Unknown("Which deals? Say a filter (an owner, stage, product, company, close date, amount or “no "
                          "activity in N weeks”), or “all open deals” if you mean every one.")
        if not deals:
            raise Unknown("No deals match: " + ", ".join(desc) + ".")
        ids = sorted(d["id"] for d in deals)
        for i in ids[-1:]:
            self._remember("deal", i)
        return ids, "deals " + ", ".join(desc)


def _shift_days(shift: re.Match) -> int:
    """'push it out two weeks' -> 14, 'pull it in a month' -> -30 (a SHIFT match)."""
    n = 1 if shift.group(2) in ("a", "one", "another", "an extra", "a further") else count_word(shift.group(2))
    return n * {"day": 1, "week": 7, "month": 30, "fortnight": 14}[shift.group(3)] * \
        (-1 if shift.group(1) in ("pull", "bring") else 1)


def _industry_case(said: str) -> str:
    """An industry as typed when it has capitals ("Libraries and Archives"); otherwise each word capitalised but the
    small ones ("food and drink" -> "Food and Drink")."""
    said = said.strip()
    if any(c.isupper() for c in said):
        return said
    return " ".join(w if i and w in ("and", "of", "the", "for", "in", "&") else w[:1].upper() + w[1:]
                    for i, w in enumerate(said.split()))


def _stem(word: str) -> str:
    """'chased', 'chasing', 'chases' → 'chas': enough to match a task's title to how its doing is told."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _with_ids(m: Mention, ids: tuple) -> Mention:
    return Mention(m.kind, ids, m.start, m.end, m.text, m.fuzzy)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = " "
    return "".join(chars)


def _name_after(seg: str, prefix: str) -> str | None:
    m = re.search(prefix + r"[\"“']?([A-Z0-9][\w&'.-]*(?:\s+(?!with\b|at\b|in\b|for\b|and\b|worth\b|closing\b|"
                  r"please\b|pls\b|plz\b|thanks\b|thx\b|cheers\b)"
                  r"[A-Za-z0-9&][\w&'.-]*){0,4})", seg)
    if not m:
        return None
    name = re.split(r"[\"”,;?!]|'(?!s\b)", m.group(1))[0].strip(" .")
    return name or None


_JOB_WORDS = re.compile(r"\b(ceo|cfo|cto|coo|cio|cmo|cro|vp|svp|evp|vice|president|head|director|manager|lead|chief|"
                        r"officer|engineer|buyer|founder|owner|partner|analyst|specialist|coordinator|administrator|"
                        r"supervisor|executive|assistant|consultant|controller|accountant|architect|designer|developer|"
                        r"superintendent|principal|chair|chairman|chairwoman|secretary|treasurer|clerk|planner|"
                        r"representative|agent|advisor|adviser|associate|technician|operator|foreman|bursar|"
                        r"headteacher|registrar|matron|chef|steward|housekeeper)\b", re.I)


def _looks_like_job(words: str) -> bool:
    """'is now the Head of Procurement' names a job; 'is now a VIP' does not (the CRM keeps no such label)."""
    return bool(_JOB_WORDS.search(words))


def _body(seg: str) -> str:
    """The words of an activity as said, without what a negation or a correction took out (masked as spaces)."""
    kept = re.split(r"\s{3,}", seg)[-1] if re.search(r"\s{3,}", seg.strip()) else seg
    return re.sub(r"\s+", " ", kept).strip(" ,;") or seg.strip()


def _group(m: re.Match | None, n: int = 1) -> str | None:
    return m.group(n) if m else None


def _name_before(seg: str, suffix: str) -> str | None:
    m = re.search(r"\b(?:add|create|register|set up|open|put|enter|make|pop|stick|get)\s+(.+?)(?:\s+(?:in|on|down))?" +
                  suffix, seg, re.I)
    return m.group(1).strip(" \"'") if m else None


def _about(seg: str) -> str | None:
    """The topic of an activity: 'about pricing', 're: renewal', ': they want a 3-year term'."""
    m = re.search(r"(?:\b(?:about|re:?|regarding|to discuss)\s+|:\s+)(.+)$", seg, re.I)
    return m.group(1).strip(" .")[:200] if m else None


def _task_title(seg: str, date_spans: list[tuple[int, int]]) -> str:
    text = _mask(seg, date_spans)
    # "<what to do later> — remind me to do it": the what, said before
    text = re.sub(r"[\s,;.]*[-–—,;.]\s*(?:(?:so|and|just)\s+)?remind me to (?:do|sort|action) (?:it|that|this)\W*$", "", text, flags=re.I)
    text = re.sub(r"^\W*[A-Z]\w+,\s+(?:please|pls|can you|could you)\s+", "", text)  # "<rep>, please chase …"
    cut = [m.start() for m in re.finditer(r"[,;.—–-]", text) if BARE_TASK.fullmatch(text[m.start() + 1:])]
    if cut and cut[0] > 0:  # "<what to do>, so set that up": the what
        text = text[:cut[0]]
    text = re.sub(r"^\W*(?:(?:so|and|then|also)\s+)*(?:(?:I|we)\s+(?:promised|agreed|offered|said\s+(?:I|we)['’]?d|told\s+\w+\s+"
                  r"(?:I|we)['’]?d)\s+(?:to\s+)?)?", "", text, flags=re.I)  # "so I promised to ring her": ring her
    m = re.search(r"\b(?:remind\s+\w+\s+to|remember\s+me\s+(?:to|for|about|of)|ask\s+\w+\s+to|tell\s+\w+\s+to|need\s+to|have\s+to|(?:i|we)\s+must|"
                  r"don'?t\s+forget\s+to|"
                  r"task\s+(?:\w+\s+){0,3}?to|reminder\s+(?:\w+\s+){0,3}?to|todo:?|to-do:?)\s+(.+)$", text, re.I)
    title = m.group(1) if m else re.sub(r"^\s*(remind me|create|add|set|make|schedule|pencil in|book in)\s+(a\s+)?(tasks?|reminders?)?\s*"
                                        r"(for|about)?\s*", "", text, flags=re.I)
    title = re.sub(r"\s+(on|by|for|at|in|before|due)?\s*$", "", re.sub(r"\s+", " ", title)).strip(" ,.:;-–—")
    tail = re.search(r"[\s,;.?!]*[-–—,;.?!]\s*(?:(?:so|and|just)\s+)?(?:remind me\b.*|(?:a\s+)?reminder\b.*|set (?:me\s+)?a reminder.*|"
                     r"(?:put|stick|add) it (?:on|to) (?:my|the|her|his|their|your) (?:list|tasks).*|"
                     r"(?:put|stick|pop|add) (?:a\s+)?(?:reminder|task) (?:on|in|to) (?:my|the) (?:list|tasks|calendar).*|"
                     r"make (?:it|that|this) (?:my|her|his|their) (?:task|job|to-?do).*)$", title, re.I)
    if tail and tail.start() > 0:  # "<what to do> — reminder please": the what
        title = re.sub(r"\s+(on|by|for|at|in|before|due)?\s*$", "", title[:tail.start()]).strip(" ,.:;-–—")
    title = re.sub(r"^(?i:could|can|would|will)\s+[A-Z][\w'-]*\s+(?=(?:ring|call|phone|email|e-mail|send|chase|visit|book|"
                   r"check|follow up|get|text)\b)", "", title)  # "Could <rep> ring <person> …": ring <person> …
    title = re.sub(r"^(?:after|when|once|as soon as)\b[^,]*?\b(?:i'?m going to|i need to|i want to|i'll)\s+", "", title,
                   flags=re.I)  # "after the committee meets I'm going to give X to Y": give X to Y
    if not title or title.lower() in ("me", "remind me"):
        return "Follow up"
    title = re.sub(r"\s+[?!.]+$", "", title)  # "ring X a week today?": the question mark of the request, not the task's
    return title[0].upper() + title[1:]
