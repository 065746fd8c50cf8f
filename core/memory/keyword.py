"""The keyword half of the memory index: BM25 over tantivy, updated in place (delete by id, add, commit).

Why tantivy rather than bm25s or DuckDB's fts: it updates incrementally (bm25s and DuckDB's fts index rebuild
from scratch, and fts cannot be installed offline), it keeps its segments on disk beside the database, and a
filter (the ids a time range or an owner allows) is part of the query, so it restricts before ranking.
Only ids are stored: the text itself stays in DuckDB, so an erased record leaves nothing readable here.
"""
from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from core.errors import ConfigError

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
TERM_SET_MAX = 200_000  # the largest term set handed to tantivy
OVERFETCH_FROM = 20_000  # past this many allowed ids, filter an over-fetched ranking first (a term set of
#                          180k ids took 105 ms at 1M docs; the over-fetch about 10 ms)
OVERFETCH_MAX = 20_000


def _tantivy():
    try:
        import tantivy
    except ImportError as exc:  # pragma: no cover - tantivy is in requirements.txt
        raise ConfigError("the keyword index needs tantivy: pip install tantivy") from exc
    return tantivy


def _schema():
    t = _tantivy()
    b = t.SchemaBuilder()
    b.add_integer_field("doc_id", stored=True, indexed=True, fast=True)
    b.add_text_field("text", stored=False, tokenizer_name="en_stem")
    return b.build()


class KeywordIndex:
    """BM25 search keyed by doc id; path=None keeps it in memory (tests, an in-memory Store)."""

    def __init__(self, path: str | Path | None = None):
        t = _tantivy()
        self.path = Path(path) if path else None
        self.schema = _schema()
        if self.path is not None:
            self.path.mkdir(parents=True, exist_ok=True)
            try:
                self._index = t.Index(self.schema, path=str(self.path), reuse=True)
            except ValueError:  # an unreadable or incompatible directory: start empty, the repair refills it
                shutil.rmtree(self.path, ignore_errors=True)
                self.path.mkdir(parents=True, exist_ok=True)
                self._index = t.Index(self.schema, path=str(self.path), reuse=False)
        else:
            self._index = t.Index(self.schema)
        self._lock = threading.RLock()
        self._writer = None

    def _w(self):
        if self._writer is None:
            self._writer = self._index.writer(heap_size=50_000_000, num_threads=1)
        return self._writer

    def upsert(self, items: Sequence[tuple[int, str]], commit: bool = True) -> None:
        """(doc id, text) pairs: an id already present is replaced."""
        t = _tantivy()
        if not items:
            return
        with self._lock:
            w = self._w()
            for doc_id, text in items:
                w.delete_documents_by_term("doc_id", int(doc_id))
                w.add_document(t.Document(doc_id=int(doc_id), text=text or ""))
            if commit:
                self.commit()

    def remove(self, ids: Iterable[int], commit: bool = True) -> None:
        with self._lock:
            w = self._w()
            for doc_id in ids:
                w.delete_documents_by_term("doc_id", int(doc_id))
            if commit:
                self.commit()

    def clear(self) -> None:
        with self._lock:
            w = self._w()
            w.delete_all_documents()
            self.commit()

    def commit(self) -> None:
        with self._lock:
            if self._writer is not None:
                self._writer.commit()
                self._writer.wait_merging_threads()
                self._writer = None
            self._index.reload()

    def __len__(self) -> int:
        return int(self._index.searcher().num_docs)

    def ids(self) -> list[int]:
        """Every doc id held (for the start-up consistency check)."""
        t = _tantivy()
        searcher = self._index.searcher()
        n = searcher.num_docs
        if not n:
            return []
        hits = searcher.search(t.Query.all_query(), limit=n).hits
        return [searcher.doc(addr)["doc_id"][0] for _, addr in hits]

    def query_terms(self, text: str) -> list[str]:
        """The words of a query, lower case (upper-case AND/OR/NOT would be operators)."""
        return [w.casefold() for w in _WORD.findall(text or "")]

    def search(self, text: str, k: int, allowed: Sequence[int] | np.ndarray | None = None) -> list[tuple[int, float]]:
        """The k best (doc id, BM25 score); `allowed` restricts the candidates before ranking.

        A small allowed set becomes a term-set query inside tantivy. A large one (a month of a big index) is
        applied to an over-fetched ranking sized by the share of docs it allows, which is exact whenever k
        allowed docs are among the fetched ones or the ranking was fetched to its end; else the term set runs —
        unless the set holds more than TERM_SET_MAX ids: then the over-fetch's allowed docs are all it returns
        (possibly fewer than k)."""
        t = _tantivy()
        words = self.query_terms(text)
        if not words or k <= 0:
            return []
        self._index.reload()
        searcher = self._index.searcher()
        query = self._index.parse_query(" ".join(words), ["text"])
        if allowed is None:
            return self._collect(searcher, searcher.search(query, limit=k).hits, k)
        allowed = np.asarray(allowed, dtype=np.int64)
        if not len(allowed):
            return []
        if len(allowed) > OVERFETCH_FROM:
            share = len(allowed) / max(1, searcher.num_docs)
            limit = int(min(OVERFETCH_MAX, max(k * 4, k * 4 / max(share, 1e-6))))
            hits = searcher.search(query, limit=limit).hits
            ids = np.fromiter((searcher.doc(a)["doc_id"][0] for _, a in hits), dtype=np.int64, count=len(hits))
            keep = np.isin(ids, allowed, assume_unique=False)
            if keep.sum() >= k or len(hits) < limit or len(allowed) > TERM_SET_MAX:
                return [(int(i), float(s)) for i, (s, _), ok in zip(ids, hits, keep) if ok][:k]
        only = t.Query.term_set_query(self.schema, "doc_id", allowed.tolist())
        query = t.Query.boolean_query([(t.Occur.Must, query), (t.Occur.Must, t.Query.const_score_query(only, 0.0))])
        return self._collect(searcher, searcher.search(query, limit=k).hits, k)

    @staticmethod
    def _collect(searcher, hits, k: int) -> list[tuple[int, float]]:
        return [(int(searcher.doc(addr)["doc_id"][0]), float(score)) for score, addr in hits[:k]]
