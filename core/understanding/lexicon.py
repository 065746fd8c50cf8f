"""Names from the live CRM and where they occur in a sentence (exact, then typo-tolerant)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from core.snapshot import Snapshot

# Words that never name a record on their own, even when a company or person shares them.
VOCAB = Path(__file__).with_name("vocab")
COMMON = {w.strip() for w in (VOCAB / "common_words.txt").read_text(encoding="utf-8").splitlines()
          if w.strip() and not w.startswith("#")}

_SYNONYMS = json.loads((VOCAB / "stage_synonyms.json").read_text(encoding="utf-8"))
STAGE_SYNONYMS = _SYNONYMS  # by_name, closed_won, closed_lost, not_alone, verb_forms


def _dictionary_word(word: str) -> bool:
    """An English dictionary word (typed on purpose, so never read as a misspelt record name)."""
    from core.understanding.typos import is_english
    return is_english(word)


def _number_forms(word: str) -> list[str]:
    """The other grammatical number of a product's word: 'doors' -> door, 'sprinkler' -> sprinklers."""
    if len(word) < 4 or not word.isalpha():
        return []
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if word.endswith(("ches", "shes", "sses", "xes")):
        return [word[:-2]]
    if word.endswith("s") and not word.endswith("ss"):
        return [word[:-1]]
    if word.endswith(("ch", "sh", "ss", "x")):
        return [word + "es"]
    if word.endswith("y") and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]


def stage_synonyms(stages: list[str]) -> dict[str, str]:
    """Phrase -> stage for the configured pipeline: named synonyms, each stage's own words, won/lost by position."""
    out: dict[str, str] = {}
    lower = {s.lower(): s for s in stages}
    for stage in stages:  # "Site Survey" is also "survey"; "Quote Sent" also "quote"
        words = [norm(t) for t in TOKEN.findall(stage)]
        if len(words) > 1 and words[0] not in ("closed", "new") and words[0] not in _SYNONYMS["not_alone"]:
            out.setdefault(words[0], stage)  # but "went" of "Went Cold" is only a verb ("price went up")
        for form in _SYNONYMS.get("verb_forms", {}).get(words[0], []) if len(words) > 1 else []:
            out.setdefault(" ".join([form] + words[1:]), stage)  # "Went Cold" said as "has gone cold"
    for phrase, name in _SYNONYMS["by_name"].items():
        if name.lower() in lower:
            out[phrase] = lower[name.lower()]
    if len(stages) >= 2:
        for phrase in _SYNONYMS["closed_won"]:
            out[phrase] = stages[-2]
        for phrase in _SYNONYMS["closed_lost"]:
            out[phrase] = stages[-1]
    return out



TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&.-]*[A-Za-z0-9]|[A-Za-z0-9]")


def norm(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w.strip(".'-")


@dataclass(frozen=True)
class Token:
    text: str
    norm: str
    start: int
    end: int
    stop: bool = False   # a colon, semicolon, "!", "?" or a sentence's full stop follows: no name runs across it


_STOP = re.compile(r"\s*(?:[:;!?]|\.(?:\s|$))")


_ABBREVIATIONS = {w for line in (VOCAB / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
                  if not line.startswith("#") for w in line.split()}


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(0), norm(m.group(0)), m.start(), m.end(),
                  bool(_STOP.match(text, m.end())) and not (text[m.end():m.end() + 1] == "." and
                                                           m.group(0).lower() in _ABBREVIATIONS))
            for m in TOKEN.finditer(text)]  # "St. <Name> …", "<Name> Co. Ltd": an abbreviation's full stop is no stop


@dataclass(frozen=True)
class Mention:
    kind: str            # company | contact | user | deal | product | stage
    ids: tuple           # candidate ids (stage/product: the canonical name)
    start: int           # token index range [start, end)
    end: int
    text: str
    fuzzy: bool = False


class Lexicon:
    """Aliases of every live record, built once per snapshot."""

    def __init__(self, snap: Snapshot):
        self.snap = snap
        self.aliases: dict[str, dict[str, set]] = {}
        for c in snap.companies.values():
            toks = [norm(t) for t in TOKEN.findall(c["name"])]
            self._add(" ".join(toks), "company", c["id"])
            if toks and toks[0] not in COMMON and len(toks[0]) >= 3:
                self._add(toks[0], "company", c["id"])
            if len(toks) > 2:
                self._add(" ".join(toks[:2]), "company", c["id"])
        for p in snap.contacts.values():
            first, last = norm(p["first_name"]), norm(p["last_name"] or "")
            self._add(f"{first} {last}".strip(), "contact", p["id"])
            if first not in COMMON:
                self._add(first, "contact", p["id"])

        for u in snap.users.values():
            parts = [norm(t) for t in u["name"].split()]
            self._add(" ".join(parts), "user", u["id"])
            self._add(parts[0], "user", u["id"])
        for d in snap.deals.values():
            self._add(" ".join(norm(t) for t in TOKEN.findall(d["name"])), "deal", d["id"])
        taken = {w for k, kinds in self.aliases.items() if set(kinds) - {"contact"} for w in k.split()}
        first_words = {k for k, kinds in self.aliases.items() if " " not in k and set(kinds) == {"company"} and
                       not any(norm(c["name"]) == k for c in snap.companies.values())}
        self.surnames: set[str] = set()
        for p in snap.contacts.values():  # "call Bellamy": people are named by surname too, when nothing else is
            last = norm(p["last_name"] or "")
            # a surname that is also only the first word of a company's name ("note on <word>") names either: ask
            if last and last not in COMMON and len(last) >= 4 and " " not in last and (last not in taken or
                                                                                       last in first_words):
                self.aliases.setdefault(last, {}).setdefault("contact", set()).add(p["id"])
                self.surnames.add(last)
        for product in snap.products:
            toks = [norm(t) for t in TOKEN.findall(product)]
            self._add(" ".join(toks), "product", product)
            self._add(toks[0], "product", product)
            for other in _number_forms(toks[-1]):  # "fire door" of "Fire Doors"; "sprinklers" of "Sprinkler Systems"
                self._add(" ".join(toks[:-1] + [other]), "product", product)
            if len(toks) > 1:
                for other in _number_forms(toks[0]):
                    if other not in COMMON:
                        self._add(other, "product", product)
        product_words = {norm(t) for product in snap.products for t in TOKEN.findall(product)}
        for phrase, stage in stage_synonyms(snap.stages).items():
            if " " not in phrase and phrase in product_words and phrase not in {s.lower() for s in snap.stages}:
                continue  # "linen" of a "Linen Audit" stage is also the product "Bed Linen Hire": not a stage alone
            self._add(phrase, "stage", stage)
        for stage in snap.stages:
            self._add(stage.lower(), "stage", stage)
        self.fuzzy_keys = [k for k in self.aliases if len(k) >= 4 and k not in COMMON and k not in self.surnames
                           and not set(self.aliases[k]) <= {"stage", "product"}]
        self.deal_words = {w for d in snap.deals.values() for w in (norm(t) for t in TOKEN.findall(d["name"]))
                           if w} - {w for c in snap.companies.values() for w in (norm(t) for t in TOKEN.findall(c["name"]))}

    def _add(self, key: str, kind: str, rid) -> None:
        if key:
            self.aliases.setdefault(key, {}).setdefault(kind, set()).add(rid)
            if "-" in key:  # "add-on" is also typed (and heard) as "add on" and "addon"
                for variant in (key.replace("-", " "), key.replace("-", "")):
                    self.aliases.setdefault(variant, {}).setdefault(kind, set()).add(rid)

    def _fuzzy_long(self, tokens: list[Token], out: list[Mention], used: set[int], skip: set[int]) -> None:
        """A long name typed with slips ("Lowther Chruch Roof Panles"): three or four words close to a record's
        name of as many words take the place of the shorter exact names inside them ("Lowther")."""
        long_keys = getattr(self, "_long_keys", None)
        if long_keys is None:
            long_keys = self._long_keys = {k: len(k.split()) for k in self.fuzzy_keys if len(k.split()) in (3, 4)}
        n = len(tokens)
        for size in (4, 3):
            keys = [k for k, c in long_keys.items() if c == size]
            for i in range(0, n - size + 1):
                span = range(i, i + size)
                if any(j in skip for j in span) or any(m.start <= i and i + size <= m.end for m in out) or \
                        any(tokens[j].stop for j in span[:-1]):
                    continue  # already inside one exact name, or across a colon or full stop
                words = [tokens[j].norm for j in span]
                if any(w.isdigit() or w in COMMON for w in words) or sum(w in self.aliases for w in words) == size or \
                        any(m.kind == "user" and m.start < i + size and i < m.end for m in out) or \
                        any(tokens[j].text.endswith(("'s", "’s")) for j in span):
                    continue  # a possessive or a rep's name is where a name ends
                if any(tokens[j + 1].start - tokens[j].end > 1 for j in range(i, i + size - 1)):
                    continue  # "…, floor mat": a comma between them, not one name
                best = process.extractOne(" ".join(words), keys, scorer=fuzz.ratio, score_cutoff=88)
                if not best:
                    continue
                kinds = {k: v for k, v in self.aliases[best[0]].items() if k not in ("stage", "product")}
                if not kinds:
                    continue
                out[:] = [m for m in out if not (i <= m.start and m.end <= i + size)]
                for kind, ids in kinds.items():
                    out.append(Mention(kind, tuple(sorted(ids, key=str)), i, i + size,
                                       " ".join(tokens[j].text for j in span), fuzzy=True))
                used.update(span)
                skip.update(span)

    def mentions(self, tokens: list[Token], skip: set[int] = frozenset()) -> list[Mention]:
        """Longest exact alias matches first, then typo-tolerant matches for the remaining name-like tokens."""
        out: list[Mention] = []
        used = set(skip)
        n = len(tokens)
        for size in range(5, 0, -1):
            for i in range(0, n - size + 1):
                span = range(i, i + size)
                if any(j in used for j in span) or any(tokens[j].stop for j in span[:-1]):
                    continue  # "note on <word>: <word> …" is not one name across the colon
                key = " ".join(tokens[j].norm for j in span)
                hit = self.aliases.get(key)
                if not hit:
                    continue
                for kind, ids in hit.items():
                    out.append(Mention(kind, tuple(sorted(ids, key=str)), i, i + size,
                                       " ".join(tokens[j].text for j in span)))
                used.update(span)
        self._fuzzy_long(tokens, out, used, set(skip))
        for size in (2, 1):
            for i in range(0, n - size + 1):
                span = range(i, i + size)
                if any(j in used for j in span) or any(tokens[j].stop for j in span[:-1]):
                    continue
                words = [tokens[j].norm for j in span]
                if any(w in COMMON or len(w) < 4 or w.isdigit() for w in words):
                    continue
                key = " ".join(words)
                # a dictionary word is typed on purpose unless it is one slip from a name: "tell" is not a misspelt
                # "Tirell", "bellwether" may be a misspelt "Bellweather"
                cutoff = 86 if len(key) >= 6 else 80
                if size == 1 and _dictionary_word(words[0]):
                    if len(key) < 7:  # "cover" is not a misspelt "Clover": a short English word is meant as typed
                        continue
                    cutoff = 90
                best = process.extractOne(key, self.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff)
                if not best or abs(len(best[0]) - len(key)) > 2:
                    continue
                if size == 1 and " " in best[0]:
                    continue
                for kind, ids in self.aliases[best[0]].items():
                    if kind in ("stage", "product"):
                        continue
                    out.append(Mention(kind, tuple(sorted(ids, key=str)), i, i + size,
                                       " ".join(tokens[j].text for j in span), fuzzy=True))
                used.update(span)
        return sorted(out, key=lambda m: m.start)


OWNER_WORDS = ("to", "for", "by", "over", "make", "assign", "ask", "tell", "owner", "rep")


OWNED_THINGS = {"deals", "deal", "accounts", "account", "leads", "customers", "pipeline", "companies", "contacts",
                "opportunities", "opps", "book", "territory", "clients", "tasks", "task", "todos", "to-dos", "reminders",
                "pipe", "quota"}  # "<name>'s overdue tasks": what a rep owns, so the name is the rep's
OWNING_VERBS = {"owns", "own", "owning", "takes", "took", "taking", "take", "look", "looks", "looking", "handle",
                "handles", "handling", "manage", "manages", "cover", "covers", "inherits", "inherit", "picks", "pick",
                "picking"}


def _owns(tokens: list[Token], m: Mention) -> bool:
    """'Emeka's Intake deals', 'Emeka owns …', 'Emeka will take over …': the name of someone who owns records."""
    last = tokens[m.end - 1].text
    if last.endswith(("'s", "’s")) and any(t.norm in OWNED_THINGS for t in tokens[m.end:m.end + 4]):
        return True
    if last.endswith(("'s", "’s")) and m.end < len(tokens) and tokens[m.end].norm in (
            "running", "handling", "managing", "covering", "inheriting", "taking", "owning"):
        return True  # "<name>'s running it from now on": the rep who takes it
    before = tokens[m.start - 1].norm if m.start else ""
    after = [t.norm for t in tokens[m.end:m.end + 3]]
    if before in ("does", "did", "has", "have", "had") and after and after[0] in (
            "have", "has", "own", "owns", "won", "win", "lost", "lose", "close", "closed", "sell", "sold", "book",
            "booked", "got", "need", "manage", "handle"):
        return True  # "how many deals has Oren won?", "how many open tasks does Oren have?"
    if len(after) > 2 and after[0] in ("is", "are") and after[1] in ("picking", "taking") and after[2] in ("up", "over"):
        return True  # "<name> is picking up the <deal>": the rep who takes it
    if len(after) > 2 and after[0] in ("ought", "needs", "has", "is", "gets") and after[1] == "to" and \
            after[2] in OWNING_VERBS | {"be"}:
        return True  # "<name> ought to own <company>", "<name> needs to take over …"
    if len(after) > 1 and after[0] == "to" and after[1] in OWNING_VERBS and before == "for":
        return True  # "a new company for <name> to own"
    return bool(after) and (after[0] in OWNING_VERBS or after[0] in ("will", "should", "shall", "can", "now", "gets")
                            and len(after) > 1 and after[1] in OWNING_VERBS | {"be"})


from core.understanding.frames import SUBJECT_OWNER_WORDS  # noqa: E402  (frames reads no lexicon at import)


def prefer_users(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A name that is both a rep and a contact: after to/for/by/make ("give X to Marisol") it is the rep, else the
    contact ("log a call with Marisol")."""
    users = {(m.start, m.end) for m in mentions if m.kind == "user"}
    contacts = {(m.start, m.end) for m in mentions if m.kind == "contact"}
    out = []
    for m in mentions:
        both = (m.start, m.end) in users and (m.start, m.end) in contacts
        before = [t.norm for t in tokens[max(m.start - 3, 0):m.start]]
        while before and before[-1] in ("is", "now", "be", "should", "will", "'s"):
            before.pop()  # "the account owner is now <name>": the word before the verbs
        owner = m.start > 0 and tokens[m.start - 1].norm in OWNER_WORDS or \
            (m.end < len(tokens) and (tokens[m.end].norm in ("to", "is", "handed", "hands", "gave", "gives", "passed",
                                                              "transferred", "got") or
                                      tokens[m.end].norm in SUBJECT_OWNER_WORDS or  # "<name> as the owner of …"
                                      tokens[m.end].norm == "as" and "owner" in [t.norm for t in tokens[m.end:m.end + 4]]))\
            or _owns(tokens, m) or \
            (len(before) < 3 and before[-1:] in (["owner"], ["owned"])) or \
            (before[-1:] == ["with"] and len(before) >= 2 and before[-2] in ("is", "now", "are", "stays", "sits", "goes",
                                                                              "belongs", "go", "stay"))  # "is now with <rep>"
        if both and m.kind == "contact" and owner or both and m.kind == "user" and not owner:
            continue
        out.append(m)
    return out


def lexicon(snap: Snapshot) -> Lexicon:
    if snap._lexicon is None:
        snap._lexicon = Lexicon(snap)
    return snap._lexicon
