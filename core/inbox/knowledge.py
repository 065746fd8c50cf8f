"""The knowledge base of answers (data/knowledge_base.json): loaded, validated, searched with FAISS.

Each example question is one vector in a VectorIndex; a message's matches are scored per entry by
its closest question.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from core.embeddings import Embedder, VectorIndex
from core.errors import ConfigError

# cosine similarity -> confidence calibration per embedder: (similarity of no match, similarity of a sure match)
CALIBRATION = {"hashing": (0.20, 0.62), "all-MiniLM-L6-v2": (0.40, 0.78)}
DEFAULT_CALIBRATION = (0.35, 0.80)


@dataclass(frozen=True)
class KBEntry:
    id: str
    questions: tuple[str, ...]
    answer: str
    answer_with_deal: str | None = None
    max_confidence: float = 1.0


@dataclass(frozen=True)
class KBMatch:
    entry: KBEntry
    similarity: float


def _entry(raw: object, where: str) -> KBEntry:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected an object")
    for key in ("id", "answer"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ConfigError(f"{where}.{key}: required text")
    questions = raw.get("questions")
    if not isinstance(questions, list) or not questions or not all(isinstance(q, str) and q.strip()
                                                                   for q in questions):
        raise ConfigError(f"{where}.questions: a non-empty list of example questions is required")
    with_deal = raw.get("answer_with_deal")
    if with_deal is not None and not isinstance(with_deal, str):
        raise ConfigError(f"{where}.answer_with_deal: expected text")
    cap = raw.get("max_confidence", 1.0)
    if not isinstance(cap, (int, float)) or not 0 <= cap <= 1:
        raise ConfigError(f"{where}.max_confidence: a number between 0 and 1 is required")
    return KBEntry(raw["id"], tuple(questions), raw["answer"], with_deal, float(cap))


class KnowledgeBase:
    """Entries plus a FAISS index of their example questions; thread-safe to search."""

    def __init__(self, entries: Sequence[KBEntry], embedder: Embedder, source: str = "<memory>"):
        ids = [e.id for e in entries]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ConfigError(f"{source}: duplicate entry ids {sorted(dupes)}")
        self.entries = tuple(entries)
        self.embedder = embedder
        self.source = source
        self.calibration = CALIBRATION.get(getattr(embedder, "name", ""), DEFAULT_CALIBRATION)
        self._rows: list[int] = []  # index row -> entry position
        texts = []
        for pos, e in enumerate(self.entries):
            for q in e.questions:
                self._rows.append(pos)
                texts.append(q)
        self._lock = threading.Lock()
        self.index = VectorIndex(embedder.dim)
        if texts:
            self.index.add(range(len(texts)), embedder.embed(texts))

    @classmethod
    def load(cls, path: str | Path, embedder: Embedder) -> "KnowledgeBase":
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"knowledge base {path} not found (set CRM_KNOWLEDGE_BASE)") from None
        except ValueError as exc:
            raise ConfigError(f"knowledge base {path} is not valid JSON: {exc}") from None
        raw = data.get("entries") if isinstance(data, dict) else data
        if not isinstance(raw, list):
            raise ConfigError(f"{path}: expected {{\"entries\": [...]}}")
        return cls([_entry(e, f"{path}: entries[{i}]") for i, e in enumerate(raw)], embedder, str(path))

    def search_many(self, texts: Sequence[str], k: int = 3) -> list[list[KBMatch]]:
        """For each text, up to k entries by their closest example question, best first."""
        if not texts or not self.entries:
            return [[] for _ in texts]
        vectors = self.embedder.embed(list(texts))
        hits = self.index.search_many(vectors, k=min(len(self._rows), 4 * k))
        out = []
        for row in hits:
            best: dict[int, float] = {}
            for rid, score in row:
                pos = self._rows[rid]
                best[pos] = max(best.get(pos, -1.0), score)
            ranked = sorted(best.items(), key=lambda kv: -kv[1])[:k]
            out.append([KBMatch(self.entries[pos], score) for pos, score in ranked])
        return out

    def confidence(self, matches: list[KBMatch]) -> float:
        """Calibrated 0..1 confidence that the best match answers the message (ambiguity lowers it)."""
        if not matches:
            return 0.0
        lo, hi = self.calibration
        best = matches[0]
        conf = (best.similarity - lo) / (hi - lo)
        if len(matches) > 1 and best.similarity - matches[1].similarity < 0.03:
            conf -= 0.15  # two different answers fit about equally well
        return round(max(0.0, min(conf, 1.0, best.entry.max_confidence)), 3)
