"""The memory index: every activity and message embedded once, vectors kept in DuckDB, search served from FAISS
(dense) and tantivy (BM25) side by side, fused by reciprocal rank.

DuckDB's memory_docs is the truth: one row per indexed record with its vector (float32 bytes), the hash of the text
it was computed from, its event time (when it was said) and ingest time (when we learned it), and the metadata the
filters need. The FAISS and keyword files beside the database are caches of it: at start-up their ids are compared
with memory_docs and repaired from the stored vectors (no re-embedding), and `python -m core reindex` rebuilds them.

Doc ids: an activity's is 2·id, a message's 2·id + 1, so a FAISS or tantivy hit names its record without a lookup.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from core import config
from core.embeddings import Embedder
from core.errors import ValidationError
from core.executor import ERASED
from core.memory.dense import DenseIndex
from core.memory import settings as _settings  # noqa: F401 - registers the memory settings
from core.memory.embedder import memory_embedder, model_name
from core.memory.keyword import KeywordIndex
from core.store import Store, now

log = logging.getLogger(__name__)

RRF_K = 30           # reciprocal rank fusion constant: 30 beat 10, 60 and 100 on the dev set (README)
KEYWORD_WEIGHT = 1.5  # the keyword half counts 1.5x in the fusion: best of 0.7, 1.0, 1.5 on the dev set (README)
POOL = 50            # candidates each half contributes to the fusion
SAVE_EVERY = 2000    # changed docs after which the FAISS file is rewritten (a crash between saves is repaired)
EMBED_BATCH = 256
MODES = ("hybrid", "dense", "keyword")


def doc_id(kind: str, source_id: int) -> int:
    return 2 * int(source_id) + (1 if kind == "message" else 0)


def source_of(doc: int) -> tuple[str, int]:
    return ("message" if doc % 2 else "activity"), doc // 2


@dataclass(frozen=True)
class Filters:
    """What a search may look at, applied before ranking. Times are event times (when it was said)."""
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    owner_id: int | None = None
    contact_ids: tuple[int, ...] = ()
    company_ids: tuple[int, ...] = ()
    deal_ids: tuple[int, ...] = ()
    conversation_id: int | None = None
    stage: str | None = None
    kinds: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return self == Filters()


@dataclass(frozen=True)
class Hit:
    """One ranked record: what it is, how it ranked, and its metadata."""
    doc_id: int
    kind: str
    source_id: int
    score: float
    dense_rank: int | None = None
    keyword_rank: int | None = None
    cosine: float | None = None
    event_at: dt.datetime | None = None
    meta: dict = field(default_factory=dict, compare=False)


def text_hash(text: str) -> str:
    return hashlib.md5((text or "").encode("utf-8")).hexdigest()


def _activity_text(subject: str | None, body: str | None) -> str:
    return "\n".join(x for x in (subject or "", body or "") if x.strip())


_MESSAGE_ROWS = (
    "SELECT m.id AS source_id, m.body AS text, m.seq, m.conversation_id, m.contact_id, ct.company_id, "
    "NULL::INTEGER AS deal_id, m.author_id, m.channel, m.direction, m.author_kind, m.autopilot_at_capture AS autopilot, "
    "coalesce(m.sent_at, m.received_at) AS event_at, m.received_at AS ingested_at FROM messages m "
    "LEFT JOIN contacts ct ON ct.id = m.contact_id ")
_ACTIVITY_ROWS = (
    "SELECT a.id AS source_id, concat_ws(chr(10), nullif(trim(coalesce(a.subject, '')), ''), "
    "nullif(trim(coalesce(a.body, '')), '')) AS text, NULL::BIGINT AS seq, NULL::INTEGER AS conversation_id, "
    "a.contact_id, coalesce(a.company_id, ct.company_id) AS company_id, a.deal_id, a.author_id, "
    "a.type AS channel, NULL AS direction, NULL AS author_kind, NULL::BOOLEAN AS autopilot, "
    "a.occurred_at AS event_at, NULL::TIMESTAMP AS ingested_at FROM activities a "
    "LEFT JOIN contacts ct ON ct.id = a.contact_id ")
_DOC_COLUMNS = ("doc_id", "kind", "source_id", "model", "dim", "vector", "text_hash", "event_at", "ingested_at",
                "indexed_at", "conversation_id", "contact_id", "company_id", "deal_id", "author_id", "channel",
                "direction", "author_kind", "autopilot", "seq")
_TYPES = {"doc_id": "BIGINT", "kind": "VARCHAR", "source_id": "INTEGER", "model": "VARCHAR", "dim": "INTEGER",
          "vector": "BLOB", "text_hash": "VARCHAR", "event_at": "TIMESTAMP", "ingested_at": "TIMESTAMP",
          "indexed_at": "TIMESTAMP", "conversation_id": "INTEGER", "contact_id": "INTEGER", "company_id": "INTEGER",
          "deal_id": "INTEGER", "author_id": "INTEGER", "channel": "VARCHAR", "direction": "VARCHAR",
          "author_kind": "VARCHAR", "autopilot": "BOOLEAN", "seq": "BIGINT"}


def memory_dir(store: Store) -> Path | None:
    """Where the index files live: CRM_MEMORY_DIR, else `<db>.memory/` beside the database (None in memory)."""
    configured = config.get("CRM_MEMORY_DIR")
    if configured:
        return Path(configured)
    if store.path == ":memory:":
        return None
    return Path(store.path + ".memory")


class MemoryIndex:
    """Sync, search and repair over memory_docs, FAISS and tantivy. Thread-safe; one per Store."""

    def __init__(self, store: Store, embedder: Embedder | None = None, directory: str | Path | None = "auto"):
        self.store = store
        self._embedder = embedder
        self.dir = memory_dir(store) if directory == "auto" else (Path(directory) if directory else None)
        self._lock = threading.RLock()
        self._dense: DenseIndex | None = None
        self._keyword: KeywordIndex | None = None
        self._unsaved = 0
        self._activity_version = -1  # store.data_version when activities were last compared
        self.last_repair: dict = {}

    # -- parts -------------------------------------------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = memory_embedder()
        return self._embedder

    @property
    def model(self) -> str:
        return model_name(self.embedder)

    @property
    def dense(self) -> DenseIndex:
        self.open()
        return self._dense

    @property
    def keyword(self) -> KeywordIndex:
        self.open()
        return self._keyword

    def _manifest_path(self) -> Path | None:
        return self.dir / "manifest.json" if self.dir else None

    def _manifest(self) -> dict:
        p = self._manifest_path()
        if p is None or not p.is_file():
            return {}
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def open(self) -> "MemoryIndex":
        """Load the files (or start empty) and repair them from DuckDB: the start-up check."""
        if self._dense is not None:
            return self
        with self._lock:
            if self._dense is not None:
                return self
            dense = None
            manifest = self._manifest()
            dense_file = self.dir / "dense.faiss" if self.dir else None
            if dense_file is not None and dense_file.is_file() and manifest.get("model") == self.model:
                try:
                    dense = DenseIndex.load(dense_file)
                except Exception:  # noqa: BLE001 - an unreadable file is rebuilt from DuckDB
                    log.warning("memory index %s is unreadable; rebuilding it from the database", dense_file)
            self._keyword = KeywordIndex(self.dir / "keyword" if self.dir else None)
            if dense is None:
                self._dense = self._build_dense()
                self._keyword.clear()
                self._refill_keyword(self._all_doc_ids())
                self._save()
            else:
                self._dense = dense
                self.last_repair = self.repair(manifest)
        return self

    # -- rebuilding and repairing ---------------------------------------------------------------------------------
    def _all_doc_ids(self) -> np.ndarray:
        rows = self.store.execute("SELECT doc_id FROM memory_docs WHERE model = ?", [self.model]).fetchall()
        return np.asarray([r[0] for r in rows], dtype=np.int64)

    def _vectors(self, ids: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        if ids is None:
            cur = self.store.execute("SELECT doc_id, vector FROM memory_docs WHERE model = ? ORDER BY doc_id",
                                     [self.model])
        else:
            cur = self.store.execute("SELECT doc_id, vector FROM memory_docs WHERE model = ? AND doc_id IN "
                                     "(SELECT unnest(?::BIGINT[])) ORDER BY doc_id", [self.model, list(map(int, ids))])
        rows = cur.fetchall()
        dim = self.embedder.dim
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, dim), dtype=np.float32)
        ids_arr = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        vecs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
        return ids_arr, vecs

    def _build_dense(self, kind: str = "auto") -> DenseIndex:
        ids, vecs = self._vectors()
        return DenseIndex.build(self.embedder.dim, ids, vecs, kind=kind)

    def _texts(self, ids: Iterable[int]) -> dict[int, str]:
        """Current text of each doc, read from the source tables."""
        ids = list(ids)
        msg = [i // 2 for i in ids if i % 2]
        act = [i // 2 for i in ids if not i % 2]
        out: dict[int, str] = {}
        if msg:
            for sid, text in self.store.execute("SELECT id, body FROM messages WHERE id IN (SELECT unnest(?::INTEGER[]))",
                                                [msg]).fetchall():
                out[2 * sid + 1] = text or ""
        if act:
            for sid, s, b in self.store.execute("SELECT id, subject, body FROM activities WHERE id IN "
                                                "(SELECT unnest(?::INTEGER[]))", [act]).fetchall():
                out[2 * sid] = _activity_text(s, b)
        return out

    def _refill_keyword(self, ids: np.ndarray, chunk: int = 20_000) -> None:
        for start in range(0, len(ids), chunk):
            part = ids[start:start + chunk]
            texts = self._texts(part.tolist())
            self._keyword.upsert([(i, texts.get(int(i), "")) for i in part.tolist()], commit=False)
        self._keyword.commit()

    def repair(self, manifest: dict | None = None) -> dict:
        """Bring the FAISS and keyword files in line with memory_docs: add missing ids, drop extra ones, refresh
        docs changed since the files were saved. Uses the stored vectors; nothing is embedded again."""
        with self._lock:
            manifest = self._manifest() if manifest is None else manifest
            truth = self._all_doc_ids()
            held = self._dense.ids()
            missing = np.setdiff1d(truth, held)
            extra = np.setdiff1d(held, truth)
            saved_at = manifest.get("saved_at")
            changed = np.zeros(0, dtype=np.int64)
            if saved_at:
                rows = self.store.execute("SELECT doc_id FROM memory_docs WHERE model = ? AND indexed_at > ?",
                                          [self.model, dt.datetime.fromisoformat(saved_at)]).fetchall()
                changed = np.asarray([r[0] for r in rows], dtype=np.int64)
            todo = np.union1d(missing, changed)
            if len(extra):
                self._dense.remove(extra.tolist())
            if len(todo):
                ids, vecs = self._vectors(todo.tolist())
                self._dense.add(ids, vecs)
            kw_held = np.asarray(self._keyword.ids(), dtype=np.int64)
            kw_missing = np.union1d(np.setdiff1d(truth, kw_held), np.intersect1d(changed, truth))
            kw_extra = np.setdiff1d(kw_held, truth)
            if len(kw_extra):
                self._keyword.remove(kw_extra.tolist())
            if len(kw_missing):
                self._refill_keyword(kw_missing)
            report = {"dense_added": int(len(todo)), "dense_removed": int(len(extra)),
                      "keyword_added": int(len(kw_missing)), "keyword_removed": int(len(kw_extra))}
            if any(report.values()):
                log.warning("memory index was stale; repaired from the database: %s", report)
                self._save()
            return report

    def reindex(self, embed: bool = False, kind: str = "auto") -> dict:
        """Rebuild the FAISS and keyword files from memory_docs (embed=True also recomputes every vector)."""
        t0 = time.perf_counter()
        with self._lock:
            if embed:
                with self.store.atomic(crm=False):
                    self.store.execute("DELETE FROM memory_docs")
            self._dense = DenseIndex(self.embedder.dim)
            if self._keyword is None:
                self._keyword = KeywordIndex(self.dir / "keyword" if self.dir else None)
            self._keyword.clear()
            self._activity_version = -1
            synced = self.sync(full=True)
            self._dense = self._build_dense(kind)
            self._keyword.clear()
            self._refill_keyword(self._all_doc_ids())
            self._save()
        return {"docs": len(self._dense), "index": self._dense.kind, "embedded": synced["embedded"],
                "seconds": round(time.perf_counter() - t0, 3)}

    def _save(self) -> None:
        self._unsaved = 0
        if self.dir is None:
            return
        stamp = now()
        self._dense.save(self.dir / "dense.faiss")
        self._manifest_path().write_text(json.dumps({"saved_at": stamp.isoformat(), "model": self.model,
                                                     "dim": self.embedder.dim, "docs": len(self._dense),
                                                     "index": self._dense.kind}), encoding="utf-8")

    def flush(self) -> None:
        """Write the FAISS file now (shutdown, tests); the keyword index commits on every change."""
        with self._lock:
            if self._dense is not None:
                self._save()

    # -- keeping up with the records --------------------------------------------------------------------------------
    def sync(self, full: bool = False) -> dict:
        """Index what changed since the last sync: new messages, new or edited activities, deleted records.

        New messages are found from the highest indexed sequence number; activities are compared by text hash when
        CRM data changed (store.data_version); full=True also checks every message (start-up, reindex).
        """
        with self._lock:
            if self._dense is None:
                self.open()
            s = self.store
            rows: list[dict] = []
            gone: list[int] = []
            if full:
                rows += s.query(_MESSAGE_ROWS + "WHERE NOT EXISTS (SELECT 1 FROM memory_docs d WHERE d.doc_id = "
                                "2 * m.id + 1 AND d.model = ?)", [self.model])
                gone += [r[0] for r in s.execute(
                    "SELECT doc_id FROM memory_docs d WHERE kind = 'message' AND NOT EXISTS "
                    "(SELECT 1 FROM messages m WHERE 2 * m.id + 1 = d.doc_id)").fetchall()]
            else:
                top = s.scalar("SELECT max(seq) FROM memory_docs WHERE kind = 'message'")
                rows += s.query(_MESSAGE_ROWS + "WHERE m.seq > ? ORDER BY m.seq", [top if top is not None else -1])
            for r in rows:
                r["kind"] = "message"
            if full or s.data_version != self._activity_version:
                version = s.data_version
                acts = s.query(
                    _ACTIVITY_ROWS + "LEFT JOIN memory_docs d ON d.doc_id = 2 * a.id AND d.model = ? "
                    "WHERE a.deleted_at IS NULL AND coalesce(a.body, '') <> ? AND (d.doc_id IS NULL OR d.text_hash <> md5(concat_ws(chr(10), "
                    "nullif(trim(coalesce(a.subject, '')), ''), nullif(trim(coalesce(a.body, '')), ''))) "
                    "OR d.event_at IS DISTINCT FROM a.occurred_at OR d.contact_id IS DISTINCT FROM a.contact_id "
                    "OR d.deal_id IS DISTINCT FROM a.deal_id "
                    "OR d.company_id IS DISTINCT FROM coalesce(a.company_id, ct.company_id))", [self.model, ERASED])
                for r in acts:
                    r["kind"] = "activity"
                rows += acts
                gone += [r[0] for r in s.execute(
                    "SELECT doc_id FROM memory_docs d WHERE kind = 'activity' AND NOT EXISTS (SELECT 1 FROM "
                    "activities a WHERE 2 * a.id = d.doc_id AND a.deleted_at IS NULL AND coalesce(a.body, '') <> ?)",
                    [ERASED]).fetchall()]
                self._activity_version = version
            embedded = self._index_rows(rows) if rows else 0
            if gone:
                self.remove_docs(gone)
            return {"embedded": embedded, "removed": len(gone)}

    def _index_rows(self, rows: list[dict]) -> int:
        """Embed rows (text unchanged since a stored vector: reuse it), write memory_docs, then FAISS and tantivy."""
        ts = now()
        model, dim = self.model, self.embedder.dim
        for start in range(0, len(rows), EMBED_BATCH * 8):
            part = rows[start:start + EMBED_BATCH * 8]
            for r in part:
                r["doc_id"] = doc_id(r["kind"], r["source_id"])
                r["text"] = r["text"] or ""
                r["text_hash"] = text_hash(r["text"])
            known = dict(self.store.execute(
                "SELECT doc_id, vector FROM memory_docs WHERE model = ? AND doc_id IN (SELECT unnest(?::BIGINT[])) "
                "AND text_hash IN (SELECT unnest(?::VARCHAR[]))",
                [model, [r["doc_id"] for r in part], [r["text_hash"] for r in part]]).fetchall())
            todo = [r for r in part if r["doc_id"] not in known]
            if todo:
                vecs = self.embedder.embed([r["text"] for r in todo])
                for r, v in zip(todo, vecs):
                    r["vector"] = np.asarray(v, dtype=np.float32).tobytes()
            for r in part:
                if "vector" not in r:
                    r["vector"] = known[r["doc_id"]]
                r.update(model=model, dim=dim, indexed_at=ts)
            self.write_docs(part)
        return len(rows)

    def write_docs(self, rows: list[dict], keyword: bool = True) -> None:
        """Write memory_docs rows (replacing same ids) in one transaction, then update FAISS and tantivy."""
        if not rows:
            return
        ids = [r["doc_id"] for r in rows]
        with self.store.atomic(crm=False):
            self.store.execute("DELETE FROM memory_docs WHERE doc_id IN (SELECT unnest(?::BIGINT[]))", [ids])
            self.store.execute(
                f"INSERT INTO memory_docs ({', '.join(_DOC_COLUMNS)}) SELECT "
                + ", ".join(f"unnest(?::{_TYPES[c]}[])" for c in _DOC_COLUMNS),
                [[r.get(c) for r in rows] for c in _DOC_COLUMNS])
        vecs = np.frombuffer(b"".join(r["vector"] for r in rows), dtype=np.float32).reshape(len(rows), -1)
        with self._lock:
            self._dense.add(np.asarray(ids, dtype=np.int64), vecs)
            if keyword:
                self._keyword.upsert([(r["doc_id"], r.get("text", "")) for r in rows])
            self._unsaved += len(rows)
            if self._unsaved >= SAVE_EVERY:
                self._save()

    def remove_docs(self, ids: Sequence[int]) -> int:
        """Forget docs everywhere: memory_docs (joins the caller's transaction), FAISS and the keyword index."""
        ids = [int(i) for i in ids]
        if not ids:
            return 0
        with self.store.atomic(crm=False):
            self.store.execute("DELETE FROM memory_docs WHERE doc_id IN (SELECT unnest(?::BIGINT[]))", [ids])
        with self._lock:
            if self._dense is not None:
                self._dense.remove(ids)
                self._keyword.remove(ids)
                self._unsaved += len(ids)
                self._save()  # a removal must not come back from an older file
        return len(ids)

    # -- searching ----------------------------------------------------------------------------------------------
    def allowed_ids(self, f: Filters | None) -> np.ndarray | None:
        """Doc ids the filters allow (None: no filter), from memory_docs and the live CRM tables."""
        if f is None or f.empty:
            return None
        where, params = ["d.model = ?"], [self.model]
        if f.since is not None:
            where.append("d.event_at >= ?")
            params.append(f.since)
        if f.until is not None:
            where.append("d.event_at < ?")
            params.append(f.until)
        if f.kinds:
            where.append("d.kind IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(f.kinds))
        if f.conversation_id is not None:
            where.append("d.conversation_id = ?")
            params.append(f.conversation_id)
        if f.contact_ids:
            where.append("d.contact_id IN (SELECT unnest(?::INTEGER[]))")
            params.append(list(f.contact_ids))
        if f.company_ids:
            where.append("(d.company_id IN (SELECT unnest(?::INTEGER[])) OR d.deal_id IN (SELECT id FROM deals WHERE "
                         "company_id IN (SELECT unnest(?::INTEGER[]))))")
            params += [list(f.company_ids)] * 2
        if f.deal_ids:
            where.append("d.deal_id IN (SELECT unnest(?::INTEGER[]))")
            params.append(list(f.deal_ids))
        if f.owner_id is not None:
            where.append("(d.contact_id IN (SELECT id FROM contacts WHERE owner_id = ? AND deleted_at IS NULL) "
                         "OR d.company_id IN (SELECT id FROM companies WHERE owner_id = ? AND deleted_at IS NULL) "
                         "OR d.deal_id IN (SELECT id FROM deals WHERE owner_id = ? AND deleted_at IS NULL) "
                         "OR (d.kind = 'activity' AND d.author_id = ?))")
            params += [f.owner_id] * 4
        if f.stage is not None:
            where.append("(d.deal_id IN (SELECT id FROM deals WHERE lower(stage) = lower(?) AND deleted_at IS NULL) "
                         "OR d.company_id IN (SELECT company_id FROM deals WHERE lower(stage) = lower(?) "
                         "AND deleted_at IS NULL))")
            params += [f.stage] * 2
        got = self.store.execute("SELECT doc_id FROM memory_docs d WHERE " + " AND ".join(where), params).fetchnumpy()
        return np.ascontiguousarray(np.asarray(got["doc_id"], dtype=np.int64))

    def embed_query(self, text: str) -> np.ndarray:
        return self.embedder.embed([text or ""])[0]

    def search(self, text: str, filters: Filters | None = None, k: int = 10, mode: str = "hybrid",
               pool: int = POOL, rrf_k: int = RRF_K, vector: np.ndarray | None = None,
               keyword_weight: float = KEYWORD_WEIGHT) -> list[Hit]:
        """The k best docs for a query: dense, keyword, or both fused by reciprocal rank (1 / (rrf_k + rank))."""
        if mode not in MODES:
            raise ValidationError(f"mode must be one of {', '.join(MODES)} (got {mode!r})", "mode")
        if not (text or "").strip():
            raise ValidationError("the search text is empty", "text")
        self.open()
        allowed = self.allowed_ids(filters)
        if allowed is not None and not len(allowed):
            return []
        dense: list[tuple[int, float]] = []
        keyword: list[tuple[int, float]] = []
        if mode in ("hybrid", "dense"):
            q = self.embed_query(text) if vector is None else vector
            dense = self._dense.search(q, max(k, pool), allowed)
        if mode in ("hybrid", "keyword"):
            keyword = self._keyword.search(text, max(k, pool), allowed)
        scores: dict[int, float] = {}
        d_rank = {d: i + 1 for i, (d, _) in enumerate(dense)}
        k_rank = {d: i + 1 for i, (d, _) in enumerate(keyword)}
        cos = dict(dense)
        if mode == "dense":
            scores = {d: s for d, s in dense}
        elif mode == "keyword":
            scores = {d: s for d, s in keyword}
        else:
            for d, r in d_rank.items():
                scores[d] = scores.get(d, 0.0) + 1.0 / (rrf_k + r)
            for d, r in k_rank.items():
                scores[d] = scores.get(d, 0.0) + keyword_weight / (rrf_k + r)
        best = sorted(scores.items(), key=lambda x: (-x[1], x[0]))[:k]
        meta = self.metadata([d for d, _ in best])
        out = []
        for d, s in best:
            kind, sid = source_of(d)
            m = meta.get(d, {})
            out.append(Hit(d, kind, sid, round(float(s), 6), d_rank.get(d), k_rank.get(d),
                           cos.get(d), m.get("event_at"), m))
        return out

    def metadata(self, ids: Sequence[int]) -> dict[int, dict]:
        if not ids:
            return {}
        rows = self.store.query(
            "SELECT doc_id, kind, source_id, event_at, ingested_at, conversation_id, contact_id, company_id, deal_id, "
            "author_id, channel, direction, author_kind, autopilot, seq FROM memory_docs "
            "WHERE doc_id IN (SELECT unnest(?::BIGINT[]))", [list(map(int, ids))])
        return {r["doc_id"]: r for r in rows}

    def vectors_of(self, ids: Sequence[int]) -> dict[int, np.ndarray]:
        got_ids, vecs = self._vectors(ids)
        return {int(i): v for i, v in zip(got_ids, vecs)}

    def stats(self) -> dict:
        self.open()
        return {"docs": int(self.store.scalar("SELECT count(*) FROM memory_docs") or 0), "dense": len(self._dense),
                "keyword": len(self._keyword), "index": self._dense.kind, "model": self.model,
                "dir": str(self.dir) if self.dir else None}
