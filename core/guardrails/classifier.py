"""Screen one inbound customer message: security rules, then forbidden topics, then business scope.

The layers, in order; the first that decides wins:
    1. security rules (rules.RULES) over the normalised and de-obfuscated views of the text;
    2. forbidden topics defined only by keywords/patterns (block lists): any hit decides;
    3. with an embedder, the learned security layer (learned.py: logistic regression over n-grams, text
       statistics and the MiniLM embedding, trained by train.py); without the shipped model file, similarity to
       the policy's attack examples instead;
    4. forbidden topics with examples: similarity plus a bonus per keyword hit, weighed against the intents;
    5. scope: nearest neighbours (FAISS) among the business intents' examples plus a bonus per keyword hit,
       against the closest off-topic example. The examples are English: for a message confidently in another
       language (language.py) keyword hits decide instead (the policy's keywords include es/fr/de/pt/it/nl words;
       more topic hits than intent hits is a forbidden topic; no hit is off topic).
Without an embedder, 3 is skipped and 4-5 use keyword and pattern hits alone.
"""
from __future__ import annotations

import math
import re
import threading
from collections import OrderedDict
from dataclasses import asdict, dataclass
from typing import Iterable, Sequence

import numpy as np

from core.embeddings import Embedder, VectorIndex, default_embedder
from core.guardrails.language import foreign_language
from core.guardrails.learned import InjectionModel, Score, default_model, has_invisible
from core.guardrails.policy import GuardrailPolicy
from core.guardrails.rules import SecurityRule, screen
from core.guardrails.text import fold
from core.literals import Gate

SECURITY_VIOLATION, OUT_OF_SCOPE, IN_SCOPE = "security_violation", "out_of_scope", "in_scope"
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+")
_CHUNK_WORDS, _MAX_CHUNKS = 60, 4


@dataclass(frozen=True)
class Verdict:
    """What the guardrails decided about one message. `reason` never quotes the message."""

    classification: str
    triggered: tuple[str, ...] = ()
    reason: str = ""
    confidence: float = 1.0
    intent: str | None = None
    violation_type: str | None = None

    @property
    def flagged(self) -> bool:
        return self.classification != IN_SCOPE

    def to_dict(self) -> dict:
        d = asdict(self)
        d["triggered"] = list(self.triggered)
        return d


def _confidence(margin: float, scale: float = 6.0) -> float:
    """Map a distance from the deciding threshold to [0.5, 0.99]."""
    return round(min(0.99, 0.5 + 0.5 * math.tanh(scale * abs(margin))), 3)


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern | None:
    alts = sorted({re.escape(fold(p)).replace(r"\ ", r"\s+") for p in phrases if fold(p)}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alts) + r")(?![^\W_])") if alts else None


def _compound_regex(phrases: Iterable[str]) -> re.Pattern | None:
    """Single-word keywords of five letters or more as the last part of a longer word: the head of a German or
    Dutch compound ("Produktdemo", "Kundendaten", "verwerkersovereenkomst"). Used for non-English text only."""
    alts = sorted({w for w in (fold(p) for p in phrases) if len(w) >= 5 and re.fullmatch(r"[^\W\d_]+", w)},
                  key=len, reverse=True)
    return re.compile(r"(?<=[^\W\d_])(?:" + "|".join(map(re.escape, alts)) + r")(?![^\W_])") if alts else None


@dataclass(frozen=True)
class _Matcher:
    regex: re.Pattern | None
    patterns: tuple[re.Pattern, ...] = ()
    max_words: int | None = None
    compounds: re.Pattern | None = None

    def hits(self, folded: str, n_words: int, compounds: bool = False,
             allowed: set[int] | None = None) -> tuple[str, ...]:
        """`allowed`: from the policy's `Gate` over the same folded text (skips regexes that cannot match)."""
        if self.max_words is not None and n_words > self.max_words:
            return ()
        may = (lambda p: True) if allowed is None else (lambda p: id(p) in allowed)
        found = {"keyword:" + m.group(0) for m in self.regex.finditer(folded)} \
            if self.regex is not None and may(self.regex) else set()
        found |= {f"pattern:{n}" for n, p in enumerate(self.patterns, 1) if may(p) and p.search(folded)}
        if compounds and self.compounds is not None:
            found |= {"compound:" + m.group(0) for m in self.compounds.finditer(folded)}
        return tuple(sorted(found))


_matcher_cache: dict[str, tuple[dict[str, _Matcher], dict[str, _Matcher], Gate]] = {}


def _matchers(policy: GuardrailPolicy) -> tuple[dict[str, _Matcher], dict[str, _Matcher], Gate]:
    """Compiled keyword and pattern matchers of a policy, and the gate in front of their keyword and pattern
    regexes, cached by the policy's fingerprint."""
    cached = _matcher_cache.get(policy.fingerprint)
    if cached is None:
        topics = {name: _Matcher(_phrase_regex(t.keywords), tuple(re.compile(p, re.I) for p in t.patterns), None,
                                 _compound_regex(t.keywords)) for name, t in policy.forbidden_topics.items()}
        intents = {name: _Matcher(_phrase_regex(i.keywords), (), i.max_words, _compound_regex(i.keywords))
                   for name, i in policy.business_intents.items()}
        gate = Gate(p for m in (*topics.values(), *intents.values())
                    for p in (m.regex, *m.patterns) if p is not None)
        if len(_matcher_cache) > 32:
            _matcher_cache.clear()
        cached = _matcher_cache[policy.fingerprint] = (topics, intents, gate)
    return cached


class _LabelledIndex:
    """Examples of several labels in one FAISS index; answers the best similarity per label."""

    def __init__(self, embedder: Embedder, labelled: Sequence[tuple[str, str]]):
        self.labels = [label for label, _ in labelled]
        self.names = list(dict.fromkeys(self.labels))
        label_of = np.array([self.names.index(label) for label in self.labels], dtype=np.int64)
        self.index = VectorIndex(embedder.dim)
        # the examples grouped by label, for exact search in numpy (a flat index over at most k rows: FAISS's
        # k-best selection would only sort what numpy's per-label maximum reads directly)
        order = np.argsort(label_of, kind="stable")
        self._grouped = np.zeros((0, embedder.dim), dtype=np.float32)
        self._starts = np.searchsorted(label_of[order], np.arange(len(self.names)))
        if labelled:
            rows = np.asarray(embedder.embed([text for _, text in labelled]), dtype=np.float32)
            self.index.add(list(range(len(labelled))), rows)
            self._grouped = np.ascontiguousarray(rows[order])
        self.k = min(len(labelled), 1024)

    def best(self, vectors: np.ndarray) -> list[dict[str, float]]:
        """Per row, {label: its best similarity} over the label's examples (over the k nearest when there are
        more than k), labels in order of their best similarity, best first."""
        if not self.k:
            return [{} for _ in range(len(vectors))]
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if self.k == len(self.labels):
            best = np.maximum.reduceat(vectors @ self._grouped.T, self._starts, axis=1)
            present = np.ones(best.shape, dtype=bool)
        else:
            ids, scores = self.index.search_arrays(vectors, self.k)
            labels = np.array([self.names.index(label) for label in self.labels])[np.maximum(ids, 0)]
            best = np.full((len(ids), len(self.names)), -np.inf, dtype=np.float32)
            for j in range(len(self.names)):
                best[:, j] = np.where((ids >= 0) & (labels == j), scores, -np.inf).max(axis=1)
            present = np.isfinite(best)
        out = []
        for row in range(len(best)):
            ranked = sorted((j for j in range(len(self.names)) if present[row, j]), key=lambda j: -best[row, j])
            out.append({self.names[j]: float(best[row, j]) for j in ranked})
        return out


@dataclass
class _Evidence:
    topic_hits: dict[str, tuple[str, ...]]
    intent_hits: dict[str, tuple[str, ...]]
    intent_sim: dict[str, float] | None = None
    topic_sim: dict[str, float] | None = None
    off_sim: float = 0.0
    attack_sim: dict[str, float] | None = None
    attack_p: float = 0.0        # the learned layer's P(attack) when it did not flag the message
    review: bool = False         # over the learned layer's review line: never answered automatically
    language: str | None = None  # the message's language when confidently not English


def _chunks(text: str) -> list[str]:
    """Up to four pieces of about sixty words, so a long email is judged by every part, not its first lines."""
    words = text.split()
    if len(words) <= _CHUNK_WORDS:
        return [text]
    chunks: list[str] = []
    current: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        n = len(sentence.split())
        if current and len(current) + n > _CHUNK_WORDS:
            chunks.append(" ".join(current))
            current = []
        if len(chunks) == _MAX_CHUNKS:
            break
        current.extend(sentence.split()[: _CHUNK_WORDS * 2])
    if current and len(chunks) < _MAX_CHUNKS:
        chunks.append(" ".join(current))
    return chunks


class Guardrails:
    """Classifier bound to one policy and embedder; builds the example index once and reuses it.

    With an embedder, the learned security layer (core/guardrails/learned.py) judges every message the rules let
    through; `classify_many(texts, vectors=...)` takes the inbox's embeddings of the same texts so nothing is
    embedded twice. Without the shipped model file, the policy's attack examples are used as before.
    """

    def __init__(self, policy: GuardrailPolicy | None = None, embedder: Embedder | None = None, *,
                 use_embeddings: bool = True, model: "InjectionModel | None | bool" = True):
        self.policy = policy or GuardrailPolicy.default()
        self.embedder = (embedder or default_embedder()) if use_embeddings else None
        if model is True:
            model = default_model() if self.embedder is not None else None
        self.model: InjectionModel | None = model or None
        self._index_lock = threading.Lock()
        self._indexes: tuple[_LabelledIndex, ...] | None = None

    def warm(self) -> "Guardrails":
        """Load the model and build the example index now rather than on the first message."""
        if self.embedder is not None:
            self._index()
            self.embedder.embed(["warm up"])
        return self

    def _index(self) -> tuple[_LabelledIndex, ...]:
        if self._indexes is None:
            with self._index_lock:
                if self._indexes is None:
                    p, e = self.policy, self.embedder
                    attacks = [] if self.model is not None else \
                        [(t, x) for t, xs in p.attack_examples.items() for x in xs]
                    self._indexes = (
                        _LabelledIndex(e, [(n, x) for n, i in p.business_intents.items() for x in i.examples]),
                        _LabelledIndex(e, [(n, x) for n, t in p.forbidden_topics.items() for x in t.examples]),
                        _LabelledIndex(e, [("off_topic", x) for x in p.off_topic_examples]),
                        _LabelledIndex(e, attacks),
                    )
        return self._indexes

    def classify(self, text: str, vector: np.ndarray | None = None) -> Verdict:
        return self.classify_many([text], None if vector is None else np.asarray(vector).reshape(1, -1))[0]

    def classify_many(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> list[Verdict]:
        """Verdicts for several messages; the embedding model runs once over all that need it.

        `vectors`, when given, are this Guardrails' embedder's rows for `texts` (one per text, as the inbox
        computes them for retrieval): they are used instead of embedding the messages again.
        """
        policy = self.policy
        topics, intents, gate = _matchers(policy)
        disabled = frozenset(policy.disabled_rules)
        if vectors is not None:
            vectors = np.asarray(vectors, dtype=np.float32)
            if self.embedder is None or vectors.shape != (len(texts), self.embedder.dim):
                vectors = None  # not this embedder's: embed as usual
        verdicts: list[Verdict | None] = [None] * len(texts)
        pending: list[tuple[int, _Evidence, list[str]]] = []
        for i, text in enumerate(texts):
            text = text or ""
            if not text.strip():
                verdicts[i] = Verdict(OUT_OF_SCOPE, ("empty",), "The message has no text.", 1.0, None, "empty")
                continue
            fired = screen(text, disabled)
            if fired:
                verdicts[i] = _security_verdict(text, fired)
                continue
            folded = fold(text)
            n_words = len(_WORD.findall(folded))
            language = foreign_language(text) if self.embedder is not None else None
            foreign = language is not None
            allowed = gate.allowed(folded)
            evidence = _Evidence({n: h for n, m in topics.items() if (h := m.hits(folded, n_words, foreign, allowed))},
                                 {n: h for n, m in intents.items() if (h := m.hits(folded, n_words, foreign, allowed))},
                                 language=language)
            pending.append((i, evidence, _chunks(text)))
        if self.embedder is not None and pending:
            whole = given_or_embedded(self.embedder, [texts[i] or "" for i, _, _ in pending],
                                      None if vectors is None else vectors[[i for i, _, _ in pending]])
            if self.model is not None:
                pending, whole = self._learned(pending, texts, whole, verdicts)
            if pending:
                self._add_similarities(pending, whole)
        for i, evidence, _ in pending:
            verdicts[i] = _decide(evidence, policy, self.embedder is not None)
        return verdicts  # type: ignore[return-value]

    def _learned(self, pending, texts, whole: np.ndarray, verdicts: list):
        """Run the learned security layer; returns the messages it let through and their vectors."""
        scores = self.model.predict([texts[i] for i, _, _ in pending], whole, self.embedder)
        keep = [n for n, sc in enumerate(scores) if not sc.flagged]
        for n, sc in enumerate(scores):
            if sc.flagged:
                i = pending[n][0]
                verdicts[i] = _learned_verdict(texts[i], sc)
            else:
                pending[n][1].attack_p, pending[n][1].review = sc.probability, sc.review
        return [pending[n] for n in keep], whole[keep]

    def _add_similarities(self, pending: list[tuple[int, _Evidence, list[str]]], whole: np.ndarray) -> None:
        """Similarities to intents, topics, off-topic (and attack) examples; a one-chunk message uses its whole
        vector, a long one is embedded chunk by chunk."""
        long_chunks = [c for (_, _, chunks) in pending if len(chunks) > 1 for c in chunks]
        embedded = iter(self.embedder.embed(long_chunks)) if long_chunks else iter(())
        rows: list[np.ndarray] = []
        for pos, (_, _, chunks) in enumerate(pending):
            if len(chunks) == 1:
                rows.append(whole[pos])
            else:
                rows.extend(next(embedded) for _ in chunks)
        vectors = np.vstack(rows).astype(np.float32)
        intent_best, topic_best, off_best, attack_best = (ix.best(vectors) for ix in self._index())
        pos = 0
        for _, evidence, chunks in pending:
            rows_ = range(pos, pos + len(chunks))
            pos += len(chunks)
            # judge the message by its most business-like chunk
            best_row = max(rows_, key=lambda r: max(intent_best[r].values(), default=0.0))
            evidence.intent_sim = intent_best[best_row]
            evidence.off_sim = off_best[best_row].get("off_topic", 0.0)
            evidence.topic_sim, evidence.attack_sim = {}, {}
            for r in rows_:
                for target, best in ((evidence.topic_sim, topic_best[r]), (evidence.attack_sim, attack_best[r])):
                    for name, s_ in best.items():
                        target[name] = max(s_, target.get(name, -1.0))


def given_or_embedded(embedder: Embedder, texts: list[str], given: np.ndarray | None) -> np.ndarray:
    """One vector per whole message: the caller's when given, else embedded now (in one batch)."""
    if given is not None:
        return given
    return np.asarray(embedder.embed(texts), dtype=np.float32).reshape(len(texts), embedder.dim)


def _learned_verdict(text: str, score: "Score") -> Verdict:
    kind = score.violation_type.replace("_", " ")
    hidden = [tag for tag, found in (("invisible", has_invisible(text)),) if found]
    triggered = ("classifier", f"classifier:{score.variant}", f"likely:{score.violation_type}") + \
        tuple(f"obfuscation:{h}" for h in hidden)
    how = " (with invisible characters)" if hidden else ""
    return Verdict(SECURITY_VIOLATION, triggered,
                   f"Security classifier: the message reads like a {kind} attempt{how} "
                   f"(probability {score.probability:.2f}).", round(min(0.99, score.probability), 3), None,
                   score.violation_type)


def _security_verdict(text: str, fired: list[tuple[SecurityRule, str]]) -> Verdict:
    names = tuple(r.name for r, _ in fired)
    first = fired[0][0]
    obfuscations = sorted({tag for _, tag in fired}) if all(t != "plain" for _, t in fired) else []
    if not obfuscations and not any(r.matches(text.casefold()) for r, _ in fired):
        obfuscations = ["unicode"]
    triggered = names + tuple(f"obfuscation:{o}" for o in obfuscations)
    how = f" (hidden with {', '.join(o.replace('_', ' ') for o in obfuscations)})" if obfuscations else ""
    reason = f"Security rule {first.name}: the message {first.description}{how}."
    if len(fired) > 1:
        reason += f" {len(fired) - 1} more rule(s) fired."
    return Verdict(SECURITY_VIOLATION, triggered, reason, round(min(0.99, 0.9 + 0.03 * len(fired)), 3), None,
                   first.violation_type)


def _scores(sims: dict[str, float], hits: dict[str, tuple[str, ...]], weight: float) -> dict[str, float]:
    """Similarity plus a bonus per keyword hit (at most two), per name."""
    names = set(sims) | set(hits)
    return {n: sims.get(n, 0.0) + weight * min(len(hits.get(n, ())), 2) for n in names}


def _decide(ev: _Evidence, policy: GuardrailPolicy, embedded: bool) -> Verdict:
    # a topic defined only by keywords or patterns is a block list: any hit decides, whatever the context
    blocked = [n for n in ev.topic_hits if not policy.forbidden_topics[n].examples]
    if blocked:
        topic = max(blocked, key=lambda n: len(ev.topic_hits[n]))
        return _topic_verdict(policy, topic, ev, 0.9)
    if embedded:
        return _decide_embedded(ev, policy)
    return _decide_keywords(ev, policy)


def _topic_verdict(policy: GuardrailPolicy, topic: str, ev: _Evidence, confidence: float) -> Verdict:
    desc = policy.forbidden_topics[topic].description or topic.replace("_", " ")
    hits = ev.topic_hits.get(topic, ())
    triggered = (f"forbidden_topic:{topic}",) + hits + (("similarity",) if ev.topic_sim is not None else ())
    return Verdict(OUT_OF_SCOPE, triggered, f"Restricted topic {topic}: {desc}.", confidence, None,
                   f"forbidden_topic:{topic}")


def _in_scope_verdict(intent: str, ev: _Evidence, confidence: float, how: str) -> Verdict:
    triggered = (f"intent:{intent}",) + ev.intent_hits.get(intent, ()) + \
        (("similarity",) if ev.intent_sim is not None else ())
    return Verdict(IN_SCOPE, triggered, f"About {intent.replace('_', ' ')} ({how}).", confidence, intent, None)


def _decide_keywords(ev: _Evidence, policy: GuardrailPolicy) -> Verdict:
    """No embedder: keyword and pattern hits alone; more topic hits than intent hits means forbidden."""
    t_hits = {n: len(h) for n, h in ev.topic_hits.items()}
    b_hits = {n: len(h) for n, h in ev.intent_hits.items()}
    if t_hits:
        topic = max(t_hits, key=t_hits.get)
        if t_hits[topic] > max(b_hits.values(), default=0):
            return _topic_verdict(policy, topic, ev, 0.9)
    if b_hits:
        intent = max(b_hits, key=b_hits.get)
        return _in_scope_verdict(intent, ev, 0.7, "keywords")
    return Verdict(OUT_OF_SCOPE, ("off_topic",), "No business keyword found, and no embedder to judge further.",
                   0.6, None, "off_topic")


def _suspicious_verdict(intent: str, ev: _Evidence) -> Verdict:
    """In scope by topic, but the security classifier is not sure it is harmless: a person reads it."""
    return Verdict(OUT_OF_SCOPE, ("classifier_suspicious", f"intent:{intent}"),
                   f"Security classifier: the message may try to steer the assistant (probability "
                   f"{ev.attack_p:.2f}, over the review line); a person should read it.",
                   round(1 - ev.attack_p, 3), None, "suspicious")


def _decide_foreign(ev: _Evidence, policy: GuardrailPolicy) -> Verdict:
    """A message not in English: the intents' keywords (in its language) decide, not English similarities.

    More forbidden-topic hits than intent hits flags the topic; any intent hit is in scope (the intent with most
    hits, then the most similar); no hit at all is off topic: MiniLM's similarity to English examples cannot tell
    a Spanish weather question from a Spanish complaint (both score 0.4-0.45), and off-topic examples in other
    languages do not help either, since MiniLM puts a message near any text in its own language."""
    t_hits = {n: len(h) for n, h in ev.topic_hits.items()}
    b_hits = {n: len(h) for n, h in ev.intent_hits.items()}
    if t_hits:
        topic = max(t_hits, key=lambda n: (t_hits[n], (ev.topic_sim or {}).get(n, 0.0)))
        if t_hits[topic] > max(b_hits.values(), default=0):
            return _topic_verdict(policy, topic, ev, 0.8)
    if not b_hits:
        return Verdict(OUT_OF_SCOPE, ("off_topic", f"language:{ev.language}"),
                       f"Not about anything this inbox handles (no business keyword in {ev.language}).", 0.6, None,
                       "off_topic")
    intent = max(b_hits, key=lambda n: (b_hits[n], (ev.intent_sim or {}).get(n, 0.0)))
    # keywords are easier to meet than similarity: an attack the classifier half-suspects must not pass on them
    if ev.review or ev.attack_p >= policy.thresholds.foreign_review:
        return _suspicious_verdict(intent, ev)
    return _in_scope_verdict(intent, ev, round(min(0.9, 0.6 + 0.1 * b_hits[intent]), 3),
                             f"keywords; the message is in {ev.language}")


def _decide_embedded(ev: _Evidence, policy: GuardrailPolicy) -> Verdict:
    th = policy.thresholds
    intent_scores = _scores(ev.intent_sim or {}, ev.intent_hits, th.keyword_weight)
    intent = max(intent_scores, key=intent_scores.get) if intent_scores else None
    best = intent_scores.get(intent, 0.0) if intent else 0.0

    if ev.attack_sim:
        kind, a_sim = max(ev.attack_sim.items(), key=lambda kv: kv[1])
        a_margin = min(a_sim - th.attack_similarity, a_sim - best - th.attack_margin)
        if a_margin >= 0:
            return Verdict(SECURITY_VIOLATION, ("semantic_match", f"similar:{kind}"),
                           f"Security check: the message closely resembles a known {kind.replace('_', ' ')} "
                           f"attempt ({a_sim:.2f}).", _confidence(a_margin), None, kind)

    if ev.language:
        return _decide_foreign(ev, policy)

    topic_scores = _scores(ev.topic_sim or {}, ev.topic_hits, th.topic_keyword_weight)
    if topic_scores:
        topic = max(topic_scores, key=topic_scores.get)
        t_score = topic_scores[topic]
        t_margin = min(t_score - th.topic_similarity, t_score - best - th.topic_margin)
        if t_margin >= 0:
            return _topic_verdict(policy, topic, ev, _confidence(t_margin))

    margin = min(best - th.in_scope_similarity, best - ev.off_sim - th.off_topic_margin)
    if intent is not None and margin >= 0 and ev.review:
        return _suspicious_verdict(intent, ev)
    if intent is not None and margin >= 0:
        how = "keywords and similar examples" if ev.intent_hits.get(intent) else "similar examples"
        return _in_scope_verdict(intent, ev, _confidence(margin), how)
    closest = f"closest intent {intent.replace('_', ' ')} at {best:.2f}" if intent else "no intents"
    return Verdict(OUT_OF_SCOPE, ("off_topic", "similarity"), f"Not about anything this inbox handles ({closest}).",
                   _confidence(margin), None, "off_topic")


# -- the pure entry point and the reply -------------------------------------------------------------------
_cache_lock = threading.Lock()
_cache: OrderedDict[tuple[str, int], tuple[Embedder | None, Guardrails]] = OrderedDict()


def _guardrails_for(policy: GuardrailPolicy, embedder: Embedder | None) -> Guardrails:
    """A cached Guardrails per (policy content, embedder object), so repeated calls reuse the example index."""
    key = (policy.fingerprint, id(embedder))
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] is embedder:
            _cache.move_to_end(key)
            return hit[1]
        g = Guardrails(policy, embedder, use_embeddings=embedder is not None)
        _cache[key] = (embedder, g)
        while len(_cache) > 8:
            _cache.popitem(last=False)
        return g


def classify(text: str, policy: GuardrailPolicy, embedder: Embedder | None = None) -> Verdict:
    """Screen one message. Without an embedder only the rules and keywords decide (no model is loaded).

    Pure in effect: the same inputs give the same verdict; the example index is cached per policy and embedder.
    """
    return _guardrails_for(policy, embedder).classify(text)


def safe_reply(verdict: Verdict, policy: GuardrailPolicy) -> str | None:
    """The canned reply for a flagged message (handoff or neutral), or None when the AI may answer."""
    if not verdict.flagged:
        return None
    keys = {verdict.classification}
    if verdict.violation_type:
        keys |= {verdict.violation_type, verdict.violation_type.split(":", 1)[0]}
    return policy.handoff_reply if keys & set(policy.handoff_on) else policy.neutral_reply
