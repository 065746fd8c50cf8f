"""Temporal context across autopilot switches: what the AI must know to resume a conversation.

    retrieve(conversation)   the contact's top semantic candidates (every channel, every autopilot phase) merged with
                             the most recent messages, each with its metadata and a score mixing cosine and recency
    primer(conversation)     industry, key topics, communication preferences, open deals, next tasks, and a short
                             extractive summary of the customer's key statements (each pointing at its message)
    snapshot(conversation)   primer + pointer to the last message covered; written at every autopilot switch and
                             every CRM_MEMORY_SNAPSHOT_EVERY messages; 5 kept per conversation
    rehydrate(conversation)  the latest snapshot + every message since + the semantic candidates from before it

Snapshots are taken by maintain(), which reads autopilot_events and messages in sequence order (both draw from the
inbox sequence), so a snapshot "at the switch" covers exactly the messages captured before it.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core import config
from core.errors import NotFound
from core.inbox import language as lang_mod
from core.memory.index import Filters, MemoryIndex
from core.memory.settings import ScoreWeights, int_setting, score_weights
from core.store import Store, now

VOCAB = json.loads((Path(__file__).parent / "vocab.json").read_text(encoding="utf-8"))
STOP = frozenset(VOCAB["stopwords"])
FACT_CUES = tuple(VOCAB["fact_cues"])
KEEP_SNAPSHOTS = 5
SEMANTIC_K = 8
EXACT_MAX = 20_000  # a contact's vectors scored exactly in numpy up to this many; past it, FAISS
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_FACT = re.compile(r"\d|\b(?:" + "|".join(re.escape(c) for c in FACT_CUES) + r")\b", re.I)


@dataclass(frozen=True)
class ContextMessage:
    id: int
    body: str
    direction: str
    author_kind: str
    channel: str
    sent_at: dt.datetime | None
    autopilot_at_capture: bool
    score: float
    conversation_id: int
    why: str  # recent | semantic | since_snapshot
    cosine: float = 0.0

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["sent_at"] = self.sent_at.isoformat(sep=" ") if self.sent_at else None
        return d


@dataclass(frozen=True)
class ConversationContext:
    conversation_id: int
    snapshot: dict | None
    primer: dict
    messages: tuple[ContextMessage, ...] = ()
    timings_ms: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        return {"conversation_id": self.conversation_id, "snapshot": self.snapshot, "primer": self.primer,
                "messages": [m.to_dict() for m in self.messages]}


def _jsonable(v):
    if isinstance(v, (dt.datetime, dt.date)):
        return v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v.isoformat()
    return v


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text or "") if len(s.strip()) > 3]


def key_statements(rows: list[dict], limit: int = 5) -> list[dict]:
    """The customer's statements that carry facts (numbers, dates, needs, blockers), newest first."""
    out = []
    for r in sorted(rows, key=lambda r: r["seq"] or 0, reverse=True):
        if r["direction"] != "in":
            continue
        for s in sentences(r["body"]):
            if _FACT.search(s) and not s.endswith("?"):
                out.append({"message_id": r["id"], "date": _jsonable(r["sent_at"]), "text": s[:300],
                            "autopilot_at_capture": bool(r["autopilot_at_capture"]), "channel": r["channel"]})
                break
        if len(out) >= limit:
            break
    return out


class ConversationMemory:
    """Retrieval, primers, snapshots and rehydration for conversations, over one MemoryIndex."""

    def __init__(self, store: Store, index: MemoryIndex, weights: ScoreWeights | None = None):
        self.store = store
        self.index = index
        self.weights = weights or score_weights()
        self.recent = int_setting("CRM_MEMORY_RECENT")
        self.every = int_setting("CRM_MEMORY_SNAPSHOT_EVERY")

    # -- reading ---------------------------------------------------------------------------------------------
    def conversation(self, conversation_id: int) -> dict:
        row = self.store.one("SELECT id, contact_id, channel, address, autopilot FROM conversations WHERE id = ?",
                             [int(conversation_id)])
        if row is None:
            raise NotFound(f"no conversation {conversation_id}; `python -m core inbox conversations` lists them")
        return row

    _COLS = ("id, body, direction, author_kind, channel, coalesce(sent_at, received_at) AS sent_at, "
             "autopilot_at_capture, conversation_id, seq")

    def _messages(self, where: str, params: list) -> list[dict]:
        return self.store.query(f"SELECT {self._COLS} FROM messages WHERE {where}", params)

    def retrieve(self, conversation_id: int, query: str | None = None, k: int = SEMANTIC_K,
                 at: dt.datetime | None = None, before_seq: int | None = None,
                 skip_ids: set[int] | frozenset = frozenset()) -> list[ContextMessage]:
        """Top semantic candidates from the contact's messages on every channel and in every autopilot phase,
        merged with the most recent ones, oldest first, each scored cosine + recency (CRM_MEMORY_SCORE)."""
        conv = self.conversation(conversation_id)
        qv = None
        if query is None:
            query = self._last_inbound(conv["contact_id"], before_seq)
        if query:
            qv = self.index.embed_query(query)
        return self._retrieve(conv, query, qv, self._slice(conv["contact_id"], before_seq) if qv is not None
                              else None, k, at or now(), before_seq, skip_ids)

    def _last_inbound(self, contact_id: int, before_seq: int | None) -> str | None:
        bound = "" if before_seq is None else f" AND seq < {int(before_seq)}"
        return self.store.scalar(f"SELECT body FROM messages WHERE contact_id = ? AND direction = 'in'{bound} "
                                 "ORDER BY seq DESC LIMIT 1", [contact_id])

    def _slice(self, contact_id: int, before_seq: int | None = None) -> "_Slice | None":
        """The contact's indexed messages (one query over small columns) with their vectors read from the dense
        index in memory, scored exactly in numpy; None when the contact has more than EXACT_MAX of them (the
        index's filtered search answers then)."""
        bound = "" if before_seq is None else f" AND seq < {int(before_seq)}"
        rows = self.store.execute(
            f"SELECT doc_id, seq FROM memory_docs WHERE contact_id = ? AND kind = 'message' AND model = ?{bound} "
            f"LIMIT {EXACT_MAX + 1}", [contact_id, self.index.model]).fetchall()
        if len(rows) > EXACT_MAX:
            return None
        seq_of = {r[0]: (r[1] if r[1] is not None else -1) for r in rows}
        docs, vecs = self.index.dense.vectors(seq_of) if rows else (np.zeros(0, dtype=np.int64), None)
        if not len(docs):
            return _Slice(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros((0, 1), np.float32))
        return _Slice(docs // 2, np.asarray([seq_of[int(d)] for d in docs], dtype=np.int64), vecs)

    def _retrieve(self, conv: dict, query: str | None, qv: np.ndarray | None, piece: "_Slice | None", k: int,
                  at: dt.datetime, before_seq: int | None, skip_ids) -> list[ContextMessage]:
        contact = conv["contact_id"]
        bound = "" if before_seq is None else f" AND seq < {int(before_seq)}"
        recent = self.store.query(f"SELECT * FROM (SELECT {self._COLS} FROM messages WHERE contact_id = ?{bound} "
                                  "ORDER BY seq DESC LIMIT ?) ORDER BY seq", [contact, self.recent])
        cosines: dict[int, float] = {}
        candidates: list[int] = []
        if qv is not None and piece is not None:
            keep = piece.seqs < before_seq if before_seq is not None else np.ones(len(piece.ids), dtype=bool)
            ids, sims = piece.ids[keep], piece.vecs[keep] @ qv if len(piece.ids) else np.zeros(0, dtype=np.float32)
            top = np.argsort(-sims)[:k * 3]
            candidates = [int(ids[i]) for i in top]
            cosines = {int(i): float(c) for i, c in zip(ids, sims)}
        elif qv is not None:  # a contact with very many messages: the index, filtered before ranking
            hits = self.index.search(query, Filters(contact_ids=(contact,), kinds=("message",)), k=k * 3,
                                     mode="dense", vector=qv)
            candidates = [h.source_id for h in hits]
            cosines = {h.source_id: h.cosine or 0.0 for h in hits}
            cosines.update({d // 2: float(v @ qv) for d, v in
                            self.index.vectors_of([2 * r["id"] + 1 for r in recent]).items()})
        picked: dict[int, tuple[dict, float, str, float]] = {}
        if candidates:
            rows = {r["id"]: r for r in self._messages(f"id IN (SELECT unnest(?::INTEGER[])){bound}", [candidates])}
            scored = [(self._score(cosines[i], rows[i]["sent_at"], at), rows[i], cosines[i])
                      for i in candidates if i in rows and i not in skip_ids]
            for score, r, cos in sorted(scored, key=lambda x: -x[0])[:k]:
                picked[r["id"]] = (r, score, "semantic", cos)
        for r in recent:
            if r["id"] in picked or r["id"] in skip_ids:
                continue
            cos = cosines.get(r["id"], 0.0) if qv is not None else 0.0
            picked[r["id"]] = (r, self._score(cos, r["sent_at"], at), "recent", cos)
        out = [self._message(r, s, why, cos) for r, s, why, cos in picked.values()]
        return sorted(out, key=lambda m: (m.sent_at or dt.datetime.min, m.id))

    def _score(self, cosine: float, sent_at: dt.datetime | None, at: dt.datetime) -> float:
        age = (at - sent_at).total_seconds() / 86400 if sent_at else 365.0
        return round(self.weights.score(cosine, age), 4)

    @staticmethod
    def _message(r: dict, score: float, why: str, cosine: float = 0.0) -> ContextMessage:
        return ContextMessage(r["id"], r["body"], r["direction"], r["author_kind"], r["channel"], r["sent_at"],
                              bool(r["autopilot_at_capture"]), score, r["conversation_id"], why, round(cosine, 4))

    # -- primer --------------------------------------------------------------------------------------------
    def primer(self, conversation_id: int, upto_seq: int | None = None) -> dict:
        """Who the customer is and what matters, extracted from the records (no model, no network)."""
        conv = self.conversation(conversation_id)
        s = self.store
        contact = s.one("SELECT id, first_name, last_name, company_id, owner_id FROM contacts WHERE id = ?",
                        [conv["contact_id"]]) or {}
        company = s.one("SELECT id, name, industry FROM companies WHERE id = ? AND deleted_at IS NULL",
                        [contact.get("company_id")]) if contact.get("company_id") else None
        bound = "" if upto_seq is None else f" AND seq <= {int(upto_seq)}"
        msgs = self._messages(f"contact_id = ?{bound} ORDER BY seq", [conv["contact_id"]])
        inbound = [m for m in msgs if m["direction"] == "in"]
        closed = config.pipeline()[-2:]
        deals = s.query("SELECT id, name, stage, amount, currency, close_date FROM deals WHERE deleted_at IS NULL "
                        "AND (contact_id = ? OR (company_id = ? AND ? IS NOT NULL)) AND stage NOT IN "
                        "(SELECT unnest(?::VARCHAR[])) ORDER BY close_date NULLS LAST, id",
                        [contact.get("id"), contact.get("company_id"), contact.get("company_id"), closed])
        tasks = s.query("SELECT id, title, due_date FROM tasks WHERE deleted_at IS NULL AND status = 'open' AND "
                        "(contact_id = ? OR (company_id = ? AND ? IS NOT NULL)) ORDER BY due_date NULLS LAST, id LIMIT 3",
                        [contact.get("id"), contact.get("company_id"), contact.get("company_id")])
        return {
            "conversation_id": conv["id"],
            "contact": {"id": contact.get("id"),
                        "name": " ".join(x for x in (contact.get("first_name"), contact.get("last_name")) if x)},
            "company": {"id": company["id"], "name": company["name"]} if company else None,
            "industry": (company or {}).get("industry"),
            "key_topics": self._topics(inbound),
            "preferences": self._preferences(msgs, inbound),
            "open_deals": [{k: _jsonable(v) for k, v in d.items()} for d in deals],
            "next_tasks": [{k: _jsonable(v) for k, v in t.items()} for t in tasks],
            "summary": key_statements(msgs),
            "messages": len(msgs),
            "engine": "extractive",
        }

    @staticmethod
    def _topics(inbound: list[dict], n: int = 6) -> list[str]:
        counts: Counter = Counter()
        for m in inbound:
            words = {w.casefold() for w in _WORD.findall(m["body"] or "")}
            counts.update(w for w in words if len(w) > 3 and w not in STOP and not w.isdigit())
        return [w for w, c in counts.most_common(n) if c >= 1]

    @staticmethod
    def _preferences(msgs: list[dict], inbound: list[dict]) -> dict:
        if not inbound:
            return {}
        text = " ".join(m["body"] or "" for m in inbound[-20:])
        guess = lang_mod.detect(text)
        folded = text.casefold()
        formal = sum(folded.count(c) for c in VOCAB["formal_cues"])
        informal = sum(folded.count(c) for c in VOCAB["informal_cues"])
        hours = Counter(m["sent_at"].hour for m in inbound if m["sent_at"] is not None)
        usual = sorted(h for h, _ in hours.most_common(3))
        channels = Counter(m["channel"] for m in inbound)
        return {"language": guess.lang, "tone": "formal" if formal > informal else "informal" if informal else "neutral",
                "channel": channels.most_common(1)[0][0], "usual_hours_utc": usual,
                "channels": dict(channels)}

    # -- snapshots ----------------------------------------------------------------------------------------
    def snapshot(self, conversation_id: int, reason: str, upto_seq: int | None = None) -> dict:
        """Write a versioned snapshot (primer + last message covered); keeps the newest KEEP_SNAPSHOTS."""
        conv = self.conversation(conversation_id)
        bound = "" if upto_seq is None else f" AND seq <= {int(upto_seq)}"
        last = self.store.one(f"SELECT id, seq FROM messages WHERE contact_id = ?{bound} ORDER BY seq DESC LIMIT 1",
                              [conv["contact_id"]])
        primer = self.primer(conversation_id, upto_seq)
        with self.store.atomic(crm=False):
            version = (self.store.scalar("SELECT max(version) FROM memory_snapshots WHERE conversation_id = ?",
                                         [conv["id"]]) or 0) + 1
            sid = self.store.next_id("memory_snapshots")
            self.store.execute("INSERT INTO memory_snapshots VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               [sid, conv["id"], version, json.dumps(primer, default=str),
                                last["id"] if last else None, last["seq"] if last else None, reason, now()])
            self.store.execute("DELETE FROM memory_snapshots WHERE conversation_id = ? AND version <= ?",
                               [conv["id"], version - KEEP_SNAPSHOTS])
        return self.latest_snapshot(conv["id"])

    def snapshots(self, conversation_id: int) -> list[dict]:
        rows = self.store.query("SELECT id, conversation_id, version, primer, last_message_id, last_seq, reason, "
                                "created_at FROM memory_snapshots WHERE conversation_id = ? ORDER BY version",
                                [int(conversation_id)])
        for r in rows:
            r["primer"] = json.loads(r["primer"])
            r["created_at"] = _jsonable(r["created_at"])
        return rows

    def latest_snapshot(self, conversation_id: int) -> dict | None:
        rows = self.snapshots(conversation_id)
        return rows[-1] if rows else None

    def maintain(self) -> int:
        """Snapshot at every autopilot switch not yet covered, and where a conversation grew by N messages."""
        s = self.store
        done = s.scalar("SELECT value FROM memory_state WHERE key = 'snapshot_event_seq'")
        done = int(json.loads(done)) if done is not None else -1
        events = s.query("SELECT conversation_id, enabled, seq FROM autopilot_events WHERE seq > ? ORDER BY seq",
                         [done])
        written = 0
        for e in events:
            if s.scalar("SELECT count(*) FROM conversations WHERE id = ?", [e["conversation_id"]]):
                self.snapshot(e["conversation_id"], f"autopilot {'on' if e['enabled'] else 'off'}", e["seq"] - 1)
                written += 1
        grown = s.query(
            "SELECT c.id, count(m.id) AS n FROM conversations c JOIN messages m ON m.conversation_id = c.id "
            "LEFT JOIN (SELECT conversation_id, max(last_seq) AS last_seq FROM memory_snapshots GROUP BY "
            "conversation_id) sn ON sn.conversation_id = c.id WHERE m.seq > coalesce(sn.last_seq, -1) "
            "GROUP BY c.id HAVING count(m.id) >= ?", [self.every])
        for g in grown:
            self.snapshot(g["id"], f"{g['n']} new messages")
            written += 1
        if events:
            with s.atomic(crm=False):
                s.execute("DELETE FROM memory_state WHERE key = 'snapshot_event_seq'")
                s.execute("INSERT INTO memory_state VALUES ('snapshot_event_seq', ?, ?)",
                          [json.dumps(events[-1]["seq"]), now()])
        return written

    # -- rehydration ---------------------------------------------------------------------------------------
    def rehydrate(self, conversation_id: int, query: str | None = None, at: dt.datetime | None = None,
                  before_seq: int | None = None) -> ConversationContext:
        """The latest snapshot, every message since it (all channels of the contact), and the semantic
        candidates from before it; the primer is the snapshot's, refreshed when messages came since.

        Five queries: the conversation with its latest snapshot, the messages since, the contact's vectors, the
        most recent messages before the snapshot and the chosen candidates (bench/context.py times it at 1M)."""
        import time
        t0 = time.perf_counter()
        conv, snap = self._conversation_and_snapshot(conversation_id)
        bound = "" if before_seq is None else f" AND seq < {int(before_seq)}"
        since_seq = snap["last_seq"] if snap and snap["last_seq"] is not None else -1
        since = self._messages(f"contact_id = ? AND seq > ?{bound} ORDER BY seq", [conv["contact_id"], since_seq])
        at = at or now()
        if query is None:
            last_in = next((r for r in reversed(since) if r["direction"] == "in"), None)
            query = last_in["body"] if last_in else self._last_inbound(conv["contact_id"], before_seq)
        qv = self.index.embed_query(query) if query else None
        piece = self._slice(conv["contact_id"], before_seq) if qv is not None else None
        t1 = time.perf_counter()
        if snap:
            earlier_bound = min(since_seq + 1, before_seq) if before_seq is not None else since_seq + 1
            earlier = self._retrieve(conv, query, qv, piece, SEMANTIC_K, at, earlier_bound, {r["id"] for r in since})
        else:
            earlier = self._retrieve(conv, query, qv, piece, SEMANTIC_K, at, before_seq, frozenset())
        t2 = time.perf_counter()
        if qv is not None and since:
            if piece is not None:
                cos_of = dict(zip(piece.ids.tolist(), (piece.vecs @ qv).tolist())) if len(piece.ids) else {}
            else:
                cos_of = {d // 2: float(v @ qv) for d, v in
                          self.index.vectors_of([2 * r["id"] + 1 for r in since]).items()}
        else:
            cos_of = {}
        msgs = {m.id: m for m in earlier}
        for r in since:
            cos = float(cos_of.get(r["id"], 0.0))
            msgs[r["id"]] = self._message(r, self._score(cos, r["sent_at"], at), "since_snapshot", cos)
        primer = snap["primer"] if snap else self.primer(conv["id"])  # the snapshot's: messages since are listed
        ordered = sorted(msgs.values(), key=lambda m: (m.sent_at or dt.datetime.min, m.id))
        snap_out = None if snap is None else {k: snap[k] for k in ("id", "version", "last_message_id", "reason",
                                                                    "created_at")}
        return ConversationContext(conv["id"], snap_out, primer, tuple(ordered),
                                   {"snapshot_ms": round((t1 - t0) * 1000, 2),
                                    "semantic_ms": round((t2 - t1) * 1000, 2),
                                    "total_ms": round((time.perf_counter() - t0) * 1000, 2)})

    def _conversation_and_snapshot(self, conversation_id: int) -> tuple[dict, dict | None]:
        """One query: the conversation and its latest snapshot (None before the first)."""
        row = self.store.one(
            "SELECT c.id, c.contact_id, c.channel, c.address, c.autopilot, s.id AS s_id, s.version, s.primer, "
            "s.last_message_id, s.last_seq, s.reason, s.created_at FROM conversations c LEFT JOIN memory_snapshots s "
            "ON s.conversation_id = c.id AND s.version = (SELECT max(version) FROM memory_snapshots "
            "WHERE conversation_id = c.id) WHERE c.id = ?", [int(conversation_id)])
        if row is None:
            raise NotFound(f"no conversation {conversation_id}; `python -m core inbox conversations` lists them")
        conv = {k: row[k] for k in ("id", "contact_id", "channel", "address", "autopilot")}
        if row["s_id"] is None:
            return conv, None
        return conv, {"id": row["s_id"], "conversation_id": row["id"], "version": row["version"],
                      "primer": json.loads(row["primer"]), "last_message_id": row["last_message_id"],
                      "last_seq": row["last_seq"], "reason": row["reason"], "created_at": _jsonable(row["created_at"])}


@dataclass(frozen=True)
class _Slice:
    """One contact's indexed messages: ids, sequence numbers and vectors (rows aligned)."""
    ids: np.ndarray
    seqs: np.ndarray
    vecs: np.ndarray
