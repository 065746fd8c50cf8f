"""The knowledge base of answers (data/knowledge_base.json): loaded, validated, searched with FAISS.

Each example question, in every language the entry is translated into, is one vector in a VectorIndex; a
message's matches are scored per entry by its closest question, whatever its language, so a Spanish message
finds the Spanish wording of the answer even with an English-only embedder. Beside the entries the file holds
what a reply needs in each language: the holding replies, the team that follows up, the customer-facing names
of pipeline stages, and the cue phrases that flag a message for a person (a churn threat, a complaint).
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from core.embeddings import Embedder, HashingEmbedder, VectorIndex
from core.errors import ConfigError
from core.inbox import language
from core.literals import Gate

# score -> confidence calibration per embedder: (score of no match, score of a sure match); tuned on the dev split
CALIBRATION = {"hashing": (0.25, 0.80), "all-MiniLM-L6-v2": (0.30, 0.80)}
DEFAULT_CALIBRATION = (0.35, 0.80)
LEXICAL_WEIGHT = 0.5   # share of the character/word n-gram similarity beside a semantic embedder's
KEYWORD_BONUS = 0.1    # added to an entry's score per keyword it shares with the message (at most MAX_KEYWORDS)
MAX_KEYWORDS = 2
SEARCH_DEPTH = 1024    # nearest questions read from each FAISS index per message (all of them, today)
HOLDING_KINDS = ("unanswered", "complaint", "partial")
# what an answer may say in braces: drafting.facts fills each from the CRM; anything else would reach the customer
PLACEHOLDERS = ("first_name", "owner_name", "company", "deal_name", "deal_stage", "deal_amount", "close_date",
                "next_meeting")
_PLACEHOLDER = re.compile(r"\{(\w*)\}")
DEFAULT_HOLDING = {
    "unanswered": "Thanks for your message, {first_name}. I've passed it to {owner_name}, who will get back to "
                  "you shortly.",
    "complaint": "I'm sorry about this, {first_name}. I've passed your message to {owner_name}, who will get back "
                 "to you as soon as possible.",
    "partial": "I've also passed the rest of your question to {owner_name}, who will get back to you shortly.",
}


@dataclass(frozen=True)
class Localized:
    """An entry's questions and answers in one language."""
    questions: tuple[str, ...]
    answer: str
    answer_with_deal: str | None = None


@dataclass(frozen=True, eq=False)
class KBEntry:
    id: str
    questions: tuple[str, ...]
    answer: str
    answer_with_deal: str | None = None
    max_confidence: float = 1.0
    handoff: str | None = None                  # why a person must decide (the draft is flagged with it)
    team: Mapping[str, str] = field(default_factory=dict)               # lang -> who follows up
    translations: Mapping[str, Localized] = field(default_factory=dict)  # lang -> wording (English is the base)
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> word-start stems

    def text(self, lang: str) -> tuple[str, Localized]:
        """The entry's wording in `lang`, or in English when it has no translation; with the language used."""
        if lang != "en" and lang in self.translations:
            return lang, self.translations[lang]
        return "en", Localized(self.questions, self.answer, self.answer_with_deal)

    def all_questions(self) -> list[tuple[str, str]]:
        """(language, question) for every example question in every language."""
        out = [("en", q) for q in self.questions]
        for lang, loc in self.translations.items():
            out += [(lang, q) for q in loc.questions]
        return out


@dataclass(frozen=True)
class KBMatch:
    """An entry scored against a message: similarity = closest question's similarity + keyword bonus."""
    entry: KBEntry
    similarity: float
    question: str = ""     # the example question that matched best
    lang: str = "en"       # its language
    keywords: tuple[str, ...] = ()  # the entry's keywords found in the message


def _text(raw: dict, key: str, where: str, required: bool = True) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}.{key}: required text")
    return value


def _placeholders(text: str | None, where: str) -> None:
    unknown = sorted({m for m in _PLACEHOLDER.findall(text or "") if m not in PLACEHOLDERS})
    if unknown:
        raise ConfigError(f"{where}: unknown placeholder(s) " + ", ".join("{" + u + "}" for u in unknown)
                          + "; use " + " ".join("{" + p + "}" for p in PLACEHOLDERS))


def _questions(raw: dict, where: str) -> tuple[str, ...]:
    questions = raw.get("questions")
    if not isinstance(questions, list) or not questions or not all(isinstance(q, str) and q.strip()
                                                                   for q in questions):
        raise ConfigError(f"{where}.questions: a non-empty list of example questions is required")
    return tuple(questions)


def _per_language(raw: object, where: str) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                            for k, v in raw.items()):
        raise ConfigError(f"{where}: expected {{\"<language>\": \"text\", ...}}")
    return dict(raw)


def parse_entry(raw: object, where: str) -> KBEntry:
    """One entry of the file, validated; errors name `where` and the field."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected an object")
    for key in ("id", "answer"):
        _text(raw, key, where)
    questions = _questions(raw, where)
    with_deal = raw.get("answer_with_deal")
    if with_deal is not None and not isinstance(with_deal, str):
        raise ConfigError(f"{where}.answer_with_deal: expected text")
    cap = raw.get("max_confidence", 1.0)
    if not isinstance(cap, (int, float)) or not 0 <= cap <= 1:
        raise ConfigError(f"{where}.max_confidence: a number between 0 and 1 is required")
    handoff = raw.get("handoff")
    if handoff is not None and (not isinstance(handoff, str) or not handoff.strip()):
        raise ConfigError(f"{where}.handoff: expected the reason a person must decide, as text")
    translations = {}
    raw_tr = raw.get("translations") or {}
    if not isinstance(raw_tr, dict):
        raise ConfigError(f"{where}.translations: expected {{\"<language>\": {{questions, answer}}, ...}}")
    for lang, t in raw_tr.items():
        w = f"{where}.translations.{lang}"
        if lang not in language.SUPPORTED:
            raise ConfigError(f"{w}: unsupported language (use one of {', '.join(language.SUPPORTED)})")
        if not isinstance(t, dict):
            raise ConfigError(f"{w}: expected an object")
        translations[lang] = Localized(_questions(t, w), _text(t, "answer", w),
                                       _text(t, "answer_with_deal", w, required=False))
        if with_deal and not translations[lang].answer_with_deal:
            raise ConfigError(f"{w}.answer_with_deal: the entry has one in English, so each translation needs one")
    keywords = raw.get("keywords") or {}
    if not isinstance(keywords, dict) or not all(isinstance(v, list) and all(isinstance(k, str) and k.strip()
                                                                             for k in v) for v in keywords.values()):
        raise ConfigError(f"{where}.keywords: expected {{\"<language>\": [\"word\", ...]}}")
    _placeholders(raw["answer"], f"{where}.answer")
    _placeholders(with_deal, f"{where}.answer_with_deal")
    for lang, loc in translations.items():
        _placeholders(loc.answer, f"{where}.translations.{lang}.answer")
        _placeholders(loc.answer_with_deal, f"{where}.translations.{lang}.answer_with_deal")
    return KBEntry(raw["id"], questions, raw["answer"], with_deal, float(cap), handoff,
                   _per_language(raw.get("team"), f"{where}.team"), translations,
                   {lang: tuple(v) for lang, v in keywords.items()})


def parse(data: object, source: str = "knowledge base") -> tuple[list[KBEntry], dict]:
    """Validate the file's JSON shape without embedding anything: (entries, the KnowledgeBase keyword arguments).

    Raises ConfigError naming the first wrong field (`source: entries[3].answer: required text`)."""
    raw = data.get("entries") if isinstance(data, dict) else data
    if not isinstance(raw, list):
        raise ConfigError(f"{source}: expected {{\"entries\": [...]}}")
    extra = data if isinstance(data, dict) else {}
    holding = extra.get("holding") or {}
    if not isinstance(holding, dict) or set(holding) - set(HOLDING_KINDS):
        raise ConfigError(f"{source}: holding: expected {{{', '.join(HOLDING_KINDS)}}} -> {{language: text}}")
    flags = extra.get("flags") or {}
    if not isinstance(flags, dict) or not all(
            isinstance(v, dict) and all(isinstance(c, list) and all(isinstance(x, str) and x.strip() for x in c)
                                        for c in v.values()) for v in flags.values()):
        raise ConfigError(f"{source}: flags: expected {{reason: {{language: [cue phrases]}}}}")
    stages = extra.get("stages") or {}
    if not isinstance(stages, dict):
        raise ConfigError(f"{source}: stages: expected {{stage: {{language: name}}}}")
    for kind, texts in holding.items():
        for lang, text in (texts.items() if isinstance(texts, dict) else ()):
            _placeholders(text if isinstance(text, str) else "", f"{source}: holding.{kind}.{lang}")
    entries = [parse_entry(e, f"{source}: entries[{i}]") for i, e in enumerate(raw)]
    ids = [e.id for e in entries]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConfigError(f"{source}: duplicate entry ids {dupes}")
    return entries, {"team": _per_language(extra.get("team"), f"{source}: team"),
                     "stages": {k: _per_language(v, f"{source}: stages.{k}") for k, v in stages.items()},
                     "holding": {k: _per_language(v, f"{source}: holding.{k}") for k, v in holding.items()},
                     "flags": flags}


class KnowledgeBase:
    """Entries plus a FAISS index of their example questions in every language; thread-safe to search."""

    def __init__(self, entries: Sequence[KBEntry], embedder: Embedder, source: str = "<memory>", *,
                 team: Mapping[str, str] | None = None, stages: Mapping[str, Mapping[str, str]] | None = None,
                 holding: Mapping[str, Mapping[str, str]] | None = None,
                 flags: Mapping[str, Mapping[str, Sequence[str]]] | None = None):
        ids = [e.id for e in entries]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ConfigError(f"{source}: duplicate entry ids {sorted(dupes)}")
        self.entries = tuple(entries)
        self.embedder = embedder
        self.source = source
        self.calibration = CALIBRATION.get(getattr(embedder, "name", ""), DEFAULT_CALIBRATION)
        self._team = dict(team or {})
        self.stages = {k: dict(v) for k, v in (stages or {}).items()}
        self._holding = {k: dict(v) for k, v in (holding or {}).items()}
        self.flags = {reason: [cue for cues in per_lang.values() for cue in cues]
                      for reason, per_lang in (flags or {}).items()}
        self._flag_patterns = {reason: _alternation(cues, _cue_pattern) for reason, cues in self.flags.items()}
        self._flag_gate = Gate(p for p in self._flag_patterns.values() if p is not None)
        self._rows: list[tuple[int, str, str]] = []  # index row -> (entry position, language, question)
        self._spans: list[tuple[int, int]] = []       # entry position -> its rows [start, end)
        for pos, e in enumerate(self.entries):
            start = len(self._rows)
            for lang, q in e.all_questions():
                self._rows.append((pos, lang, q))
            self._spans.append((start, len(self._rows)))
        self._lock = threading.Lock()
        questions = [q for _, _, q in self._rows]
        self.index = VectorIndex(embedder.dim)
        self._matrix = np.zeros((0, embedder.dim), dtype=np.float32)  # row i = question i, for exact search
        if self._rows:
            self._matrix = np.ascontiguousarray(embedder.embed(questions), dtype=np.float32)
            self.index.add(range(len(self._rows)), self._matrix)
        # beside a semantic embedder, an n-gram index: shared words find a translated question the model misses
        self.lexical = None if getattr(embedder, "name", "") == "hashing" else HashingEmbedder()
        if self.lexical is not None:
            self.lexical_index = VectorIndex(self.lexical.dim)
            self._lexical_matrix = np.zeros((0, self.lexical.dim), dtype=np.float32)
            if self._rows:
                self._lexical_matrix = np.ascontiguousarray(self.lexical.embed(questions), dtype=np.float32)
                self.lexical_index.add(range(len(self._rows)), self._lexical_matrix)
        self._keywords = [_alternation([kw for kws in e.keywords.values() for kw in kws], _keyword_pattern)
                          for e in self.entries]
        self._keyword_gate = Gate(p for p in self._keywords if p is not None)
        by_lang: dict[str, list[str]] = {}
        for e in self.entries:
            for lang in {"en", *e.translations}:
                loc = e.text(lang)[1]
                by_lang.setdefault(lang, []).extend([*loc.questions, loc.answer])
        for kinds in self._holding.values():
            for lang, text in kinds.items():
                by_lang.setdefault(lang, []).append(text)
        self.vocabulary = language.vocabulary(by_lang)  # words that belong to one language (short messages)

    @classmethod
    def load(cls, path: str | Path, embedder: Embedder) -> "KnowledgeBase":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"knowledge base {path} not found (set CRM_KNOWLEDGE_BASE)") from None
        except ValueError as exc:
            raise ConfigError(f"knowledge base {path} is not valid JSON: {exc}") from None
        return cls.from_data(data, embedder, str(path))

    @classmethod
    def from_data(cls, data: object, embedder: Embedder, source: str = "knowledge base") -> "KnowledgeBase":
        """A knowledge base from the file's JSON shape (the file, or an admin's edit kept in the database)."""
        entries, extra = parse(data, source)
        return cls(entries, embedder, source, **extra)

    # -- wording -------------------------------------------------------------------------
    def holding(self, kind: str, lang: str) -> str:
        """A holding reply ("unanswered", "complaint") or the "partial" sentence, in `lang` (else English)."""
        texts = self._holding.get(kind, {})
        return texts.get(lang) or texts.get("en") or DEFAULT_HOLDING[kind]

    def team(self, lang: str, entry: KBEntry | None = None) -> str:
        """Who follows up when the contact has no owner: the entry's team, else the business's, in `lang`."""
        for texts in ((entry.team if entry else {}), self._team):
            if texts.get(lang) or texts.get("en"):
                return texts.get(lang) or texts["en"]
        return "our team"

    def stage(self, stage: str | None, lang: str) -> str:
        """The customer-facing name of a pipeline stage, or "" for a stage a customer would not understand."""
        names = self.stages.get(stage or "", {})
        return names.get(lang) or names.get("en") or ""

    def flagged(self, text: str) -> list[tuple[str, str]]:
        """(reason, cue) for each flag whose cue phrases occur in the text (any language), in file order."""
        folded = language.fold(text)
        out = []
        allowed = self._flag_gate.allowed(folded)
        for reason, pattern in self._flag_patterns.items():
            may = pattern is not None and (allowed is None or id(pattern) in allowed)
            hit = pattern.search(folded) if may else None
            if hit:
                out.append((reason, hit.group(0)))
        return out

    # -- retrieval ---------------------------------------------------------------------------
    def keyword_hits(self, text: str) -> list[tuple[str, ...]]:
        """Per entry (in order), its keywords found in the text, one per place (integr, integra: one hit)."""
        folded = language.fold(text)
        allowed = self._keyword_gate.allowed(folded)
        return [tuple(m.group(0) for m in pattern.finditer(folded))
                if pattern is not None and (allowed is None or id(pattern) in allowed) else ()
                for pattern in self._keywords]

    def search_many(self, texts: Sequence[str], k: int = 3) -> list[list[KBMatch]]:
        """For each text, up to k entries by their closest example question (any language) plus keywords."""
        if not texts or not self.entries:
            return [[] for _ in texts]
        n = len(self._rows)
        depth = min(n, SEARCH_DEPTH)  # the nearest questions of each index; the rest count as 0

        def similarities(index: VectorIndex, matrix: np.ndarray, queries: np.ndarray) -> np.ndarray:
            if depth == n:  # every question is read: the exact product, without FAISS's k-best selection
                return np.asarray(queries, dtype=np.float32) @ matrix.T
            return _scattered(*index.search_arrays(queries, k=depth), n)

        scores = similarities(self.index, self._matrix, self.embedder.embed(list(texts)))
        if self.lexical is not None:
            lexical = similarities(self.lexical_index, self._lexical_matrix, self.lexical.embed(list(texts)))
            scores = (1 - LEXICAL_WEIGHT) * scores + LEXICAL_WEIGHT * lexical
        spans = [(pos, start, end) for pos, (start, end) in enumerate(self._spans) if end > start]
        best = np.stack([scores[:, start:end].max(axis=1) for _, start, end in spans], axis=1)
        where = np.stack([start + scores[:, start:end].argmax(axis=1) for _, start, end in spans], axis=1)
        out = []
        for i, text in enumerate(texts):
            hits = self.keyword_hits(text)
            total = [float(best[i, j]) + KEYWORD_BONUS * min(len(hits[pos]), MAX_KEYWORDS)
                     for j, (pos, _, _) in enumerate(spans)]
            ranked = sorted(range(len(spans)), key=lambda j: -total[j])[:k]
            out.append([KBMatch(self.entries[spans[j][0]], round(total[j], 4), self._rows[where[i, j]][2],
                                self._rows[where[i, j]][1], hits[spans[j][0]]) for j in ranked])
        return out

    def scale(self, similarity: float) -> float:
        """A cosine similarity on the embedder's 0..1 scale (its no-match and sure-match similarities)."""
        lo, hi = self.calibration
        return max(0.0, min(1.0, (similarity - lo) / (hi - lo)))

    def confidence(self, matches: list[KBMatch]) -> float:
        """Calibrated 0..1 confidence that the best match answers the message (ambiguity lowers it)."""
        if not matches:
            return 0.0
        best = matches[0]
        conf = self.scale(best.similarity)
        if len(matches) > 1 and best.similarity - matches[1].similarity < 0.03:
            conf -= 0.15  # two different answers fit about equally well
        return round(max(0.0, min(conf, 1.0, best.entry.max_confidence)), 3)


def _keyword_pattern(keyword: str) -> str:
    """A keyword matched on folded text at the start of a word; short ones (api, sso) as whole words only."""
    folded = language.fold(keyword.strip())
    end = r"(?!\w)" if len(folded) <= 3 else ""
    return r"(?<!\w)" + re.escape(folded) + end


def _cue_pattern(cue: str) -> str:
    """A cue phrase matched on folded text, as whole words where it starts or ends with a letter."""
    folded = language.fold(cue.strip())
    start = r"(?<!\w)" if folded[:1].isalnum() else ""
    end = r"(?!\w)" if folded[-1:].isalnum() else ""
    return start + re.escape(folded) + end


def _alternation(phrases: Sequence[str], pattern) -> re.Pattern | None:
    """One regex for many phrases, the longest tried first, so each place in a text matches once."""
    unique = sorted({language.fold(p.strip()): p for p in phrases}.values(), key=lambda p: -len(p))
    return re.compile("|".join(pattern(p) for p in unique)) if unique else None


def _scattered(ids: np.ndarray, scores: np.ndarray, n: int) -> np.ndarray:
    """A (queries x n) score matrix from each query's nearest (id, score); ids not returned score 0."""
    out = np.zeros((ids.shape[0], n), dtype=np.float32)
    rows, cols = np.nonzero(ids != -1)
    out[rows, ids[rows, cols]] = scores[rows, cols]
    return out
