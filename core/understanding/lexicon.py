"""Names from the live CRM and where they occur in a sentence (exact, then typo-tolerant)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from core.snapshot import Snapshot

# Words that never name a record on their own, even when a company or person shares them.
COMMON = set("""
a about account accounts add added after again all also am an and any are as ask at back be been before bill blue
book both but by call called calls can cancel change check close closed closing co coffee company companies
complete con contact contacts contract corp corporation could create customer customers day days deal deals
delete demo did do does done down each email emailed end every expansion first follow for forward fourth friday
from get give go got had has have he health her him his house how i in inc industries industry into is it its
just last lead leads let license life log logistics lost ltd made make mark massive me meeting met month monday
move my need needs negotiation new next no not note now of off on one open opportunity or our owner pipeline
plan platform please price pricing product proposal push put qualified quarter re remind reminder remove renewal
research sales saturday security send sent services set she ski solutions stage suite sunday support systems
take task tasks team that the their them then this thursday to today tomorrow toys trading travel tuesday up
update us video was we wednesday week weeks what when which who will with won works would year you your
adventure prestige alpine lucerne sterling monarch trey winery bank group labs foods enterprises dynamic
""".split())

STAGE_SYNONYMS = {
    "lead": "Lead", "leads": "Lead", "new lead": "Lead",
    "qualified": "Qualified", "qualify": "Qualified", "qualification": "Qualified",
    "proposal": "Proposal", "proposals": "Proposal", "proposal sent": "Proposal", "quote": "Proposal",
    "negotiation": "Negotiation", "negotiating": "Negotiation", "negotiations": "Negotiation",
    "negotiate": "Negotiation", "contract": "Negotiation",
    "closed won": "Closed Won", "closed-won": "Closed Won", "closed one": "Closed Won", "won": "Closed Won", "win": "Closed Won",
    "closed lost": "Closed Lost", "closed-lost": "Closed Lost", "lost": "Closed Lost",
}

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


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(0), norm(m.group(0)), m.start(), m.end()) for m in TOKEN.finditer(text)]


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
        for product in snap.products:
            toks = [norm(t) for t in TOKEN.findall(product)]
            self._add(" ".join(toks), "product", product)
            self._add(toks[0], "product", product)
        for phrase, stage in STAGE_SYNONYMS.items():
            if stage in snap.stages:
                self._add(phrase, "stage", stage)
        for stage in snap.stages:
            self._add(stage.lower(), "stage", stage)
        self.fuzzy_keys = [k for k in self.aliases if len(k) >= 4 and k not in COMMON
                           and not set(self.aliases[k]) <= {"stage", "product"}]
        self.deal_words = {w for d in snap.deals.values() for w in (norm(t) for t in TOKEN.findall(d["name"]))
                           if w} - {w for c in snap.companies.values() for w in (norm(t) for t in TOKEN.findall(c["name"]))}

    def _add(self, key: str, kind: str, rid) -> None:
        if key:
            self.aliases.setdefault(key, {}).setdefault(kind, set()).add(rid)
            if "-" in key:  # "add-on" is also typed (and heard) as "add on" and "addon"
                for variant in (key.replace("-", " "), key.replace("-", "")):
                    self.aliases.setdefault(variant, {}).setdefault(kind, set()).add(rid)

    def mentions(self, tokens: list[Token], skip: set[int] = frozenset()) -> list[Mention]:
        """Longest exact alias matches first, then typo-tolerant matches for the remaining name-like tokens."""
        out: list[Mention] = []
        used = set(skip)
        n = len(tokens)
        for size in range(5, 0, -1):
            for i in range(0, n - size + 1):
                span = range(i, i + size)
                if any(j in used for j in span):
                    continue
                key = " ".join(tokens[j].norm for j in span)
                hit = self.aliases.get(key)
                if not hit:
                    continue
                for kind, ids in hit.items():
                    out.append(Mention(kind, tuple(sorted(ids, key=str)), i, i + size,
                                       " ".join(tokens[j].text for j in span)))
                used.update(span)
        for size in (2, 1):
            for i in range(0, n - size + 1):
                span = range(i, i + size)
                if any(j in used for j in span):
                    continue
                words = [tokens[j].norm for j in span]
                if any(w in COMMON or len(w) < 4 or w.isdigit() for w in words):
                    continue
                key = " ".join(words)
                best = process.extractOne(key, self.fuzzy_keys, scorer=fuzz.ratio,
                                          score_cutoff=86 if len(key) >= 6 else 80)
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


def lexicon(snap: Snapshot) -> Lexicon:
    if snap._lexicon is None:
        snap._lexicon = Lexicon(snap)
    return snap._lexicon
