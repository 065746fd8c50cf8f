"""Processing: captured customer messages -> guardrail verdict, audit, draft, and the autopilot decision.

Runs behind capture, from the durable messages table (processed_at IS NULL), in batches: the slow
parts (classification, retrieval, an LLM call) happen outside any transaction; the decision is
taken inside one, against the conversation's state at that moment, so a human reply or an
autopilot change that lands meanwhile always wins.
"""
from __future__ import annotations

import json
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable

from core import config, metrics
from core.embeddings import limit_blas_threads
from core.inbox.autopilot import decide
from core.inbox.sensitive import sensitive_request
from core.inbox.channels import queue_outbound
from core.inbox.drafting import Responder
from core.inbox.models import IN_SCOPE, DraftContext, DraftReply
from core.inbox.settings import InboxSettings
from core.insights.reading import read_messages, reader_from_settings, store_signals
from core.store import Store, now

log = logging.getLogger(__name__)
HISTORY = 6  # earlier messages a responder sees


@dataclass
class _Item:
    row: dict
    verdict: Any = None
    guard_ms: float = 0.0
    draft: DraftReply | None = None
    error: str | None = None
    signals: Any = None  # sentiment and intents (core/insights), read outside the transaction


class Processor:
    """Classifies, audits, drafts and decides; one instance per store (not re-entrant)."""

    def __init__(self, store: Store, settings: InboxSettings, responder: Callable[[], Responder],
                 embedder: Callable[[], Any] | None = None, batch_size: int = 200,
                 guardrail_embeddings: bool = True, memory: Callable[[], Any] | None = None):
        limit_blas_threads()
        self.store = store
        self._memory = memory  # the Memory service (core/memory): drafts see the rehydrated conversation
        self.settings = settings
        self._responder = responder
        self._embedder = embedder
        self.batch_size = batch_size
        self.guardrail_embeddings = guardrail_embeddings  # False: rules and keywords only (no model)
        self._guard = None
        self._guard_version: str | None = None
        self._low_water = 0  # every inbound message below this id is processed
        self._ahead: Future | None = None  # the next batch being embedded while this one is processed
        self._ahead_pool: ThreadPoolExecutor | None = None

    # -- guardrails, rebuilt when an admin saves a new policy ----------------------------
    def guardrails(self):
        from core.guardrails import Guardrails
        version = self.settings.policy_version()
        if self._guard is None or version != self._guard_version:
            policy = self.settings.policy()
            embedder = self._embedder() if (self._embedder and self.guardrail_embeddings) else None
            self._guard = Guardrails(policy, embedder=embedder, use_embeddings=self.guardrail_embeddings)
            self._guard_policy = policy
            self._guard_version = version
        return self._guard, self._guard_policy

    def warm(self) -> None:
        """Load everything processing uses (the embedder, the guardrails' examples and model, both language
        identifiers, the knowledge base, the signal model) by running it on sample messages; writes nothing.
        The server calls it at start, so the first customer message does not wait seconds for the loading."""
        samples = ["Hello, what are your prices for ten seats?", "Hola, ¿cuánto cuesta el plan para diez usuarios?"]
        guard, _ = self.guardrails()
        guard.classify_many(samples)
        read_messages(samples)  # the offline reading (an LLM reader is never called to warm up)
        responder = self._responder()
        offline = getattr(responder, "fallback", responder)  # the LLM responder drafts through its fallback
        offline.draft_many([DraftContext(t, {}) for t in samples])

    # -- the loop body ---------------------------------------------------------------
    def pending(self, after: int | None = None) -> list[dict]:
        rows = self.store.query(
            "SELECT m.id, m.conversation_id, m.contact_id, m.channel, m.body, m.received_at, c.address "
            "FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE m.id >= ? AND m.direction = 'in' AND m.processed_at IS NULL ORDER BY m.id LIMIT ?",
            [self._low_water if after is None else after + 1, self.batch_size])
        return rows

    def _embed_ahead(self, after: int) -> None:
        """Start embedding the batch after this one on another thread, so that the model (which releases the
        GIL) runs on the second core while this batch's Python work runs on the first; the vectors land in the
        embedder's memo, where the next batch finds them. Only a speed-up: on any failure the next batch
        embeds its messages itself."""
        if not (self._embedder and self.guardrail_embeddings):
            return
        try:
            bodies = [r["body"] or "" for r in self.pending(after)]
            if not bodies:
                return
            if self._ahead_pool is None:
                self._ahead_pool = ThreadPoolExecutor(1, thread_name_prefix="embed-ahead")
            self._ahead = self._ahead_pool.submit(self._embedder().embed, bodies)
        except Exception:  # noqa: BLE001
            log.exception("could not embed the next batch ahead")

    def _wait_ahead(self) -> None:
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            try:
                ahead.result()
            except Exception:  # noqa: BLE001 - the batch embeds its own messages
                log.exception("embedding ahead failed")

    def process_pending(self, max_batches: int | None = None) -> int:
        """Process batches until nothing is pending; returns messages processed."""
        total, n = 0, 0
        while max_batches is None or n < max_batches:
            done = self.process_batch()
            if not done:
                break
            total, n = total + done, n + 1
        return total

    def process_batch(self) -> int:
        self._wait_ahead()
        rows = self.pending()
        if not rows:
            return 0
        start = time.perf_counter()
        items = [_Item(r) for r in rows]
        # a backlog (a full batch: more is waiting): once this batch is embedded, embed the next one meanwhile
        ahead = (lambda: self._embed_ahead(rows[-1]["id"])) if len(rows) == self.batch_size else None
        self._classify(items, ahead)
        self._read_signals(items)
        self._draft([i for i in items if i.error is None and i.verdict.classification == IN_SCOPE])
        try:
            decided = self._decide(items)
        except Exception:  # noqa: BLE001 - one bad message must not block the queue behind it
            log.exception("processing a batch of %d failed; retrying one by one", len(items))
            decided = []
            for it in items:
                try:
                    decided += self._decide([it])
                except Exception as exc:  # noqa: BLE001
                    log.exception("message %s cannot be processed; handing it to a human", it.row["id"])
                    it.error, it.verdict, it.draft = f"processing failed: {exc}", None, None
                    decided += self._decide([it])
        self._low_water = max(self._low_water, rows[0]["id"])
        elapsed = (time.perf_counter() - start) * 1000
        metrics.request_latency_seconds.labels(step="processing_batch").observe(elapsed / 1000)
        for status, item in decided:
            metrics.ai_requests.labels(status=status).inc()
            if item.verdict is not None and item.verdict.classification != IN_SCOPE:
                metrics.security_violations.labels(
                    type=getattr(item.verdict, "violation_type", None) or item.verdict.classification).inc()
            if status == "auto_sent":
                metrics.auto_approved.inc()
            elif status == "review":
                metrics.manual_reviews.inc()
            if item.draft is not None:
                metrics.confidence.observe(item.draft.confidence)
        return len(rows)

    def _classify(self, items: list[_Item], embedded: Callable[[], None] | None = None) -> None:
        """Guardrail verdicts; `embedded` runs once the batch's messages are embedded."""
        try:
            guard, _ = self.guardrails()
        except Exception as exc:  # noqa: BLE001 - no classifier: every message goes to a human
            log.exception("guardrails unavailable")
            for it in items:
                it.error = f"guardrails unavailable: {exc}"
            return
        t = time.perf_counter()
        try:
            bodies = [it.row["body"] for it in items]
            # embed each message once: the guardrails get these rows, and the knowledge-base retrieval behind
            # the drafts finds the same texts in the embedder's memo
            vectors = guard.embedder.embed([b or "" for b in bodies]) if guard.embedder is not None else None
            if embedded is not None:
                embedded()  # never raises
            verdicts = guard.classify_many(bodies, vectors=vectors)
        except Exception:  # noqa: BLE001 - retry one by one so one bad message cannot block the others
            log.exception("guardrails failed on a batch; classifying one by one")
            verdicts = []
            for it in items:
                try:
                    verdicts.append(guard.classify(it.row["body"]))
                except Exception as exc:  # noqa: BLE001
                    log.exception("guardrails failed on message %s", it.row["id"])
                    verdicts.append(None)
                    it.error = f"guardrails failed: {exc}"
        per = (time.perf_counter() - t) * 1000 / len(items)
        for it, v in zip(items, verdicts):
            it.verdict, it.guard_ms = v, per
            metrics.request_latency_seconds.labels(step="guardrails").observe(per / 1000)

    def _read_signals(self, items: list[_Item]) -> None:
        """Sentiment and intents of each message: offline, or the LLM backend's judgement when configured."""
        if not hasattr(self, "_signal_reader"):
            try:
                self._signal_reader = reader_from_settings()
            except Exception:  # noqa: BLE001 - no LLM package or a bad setting: the offline reading
                log.exception("LLM signal reader unavailable; reading signals offline")
                self._signal_reader = None
        for it, signals in zip(items, read_messages([it.row["body"] for it in items], self._signal_reader)):
            it.signals = signals

    def _draft(self, items: list[_Item]) -> None:
        if not items:
            return
        contexts = self._contexts([i.row for i in items])
        t = time.perf_counter()
        try:
            drafts = self._responder().draft_many(contexts)
        except Exception as exc:  # noqa: BLE001 - no draft: a human answers
            log.exception("drafting failed")
            for it in items:
                it.error = f"drafting failed: {exc}"
            return
        per = (time.perf_counter() - t) * 1000 / len(items)
        for it, d in zip(items, drafts):
            it.draft = d
            metrics.request_latency_seconds.labels(step="drafting").observe(per / 1000)

    def _contexts(self, rows: list[dict]) -> list[DraftContext]:
        """The CRM facts behind each message: contact, company, owner, open deals, recent messages."""
        s = self.store
        contact_ids = sorted({r["contact_id"] for r in rows})
        contacts = {c["id"]: c for c in s.query(
            "SELECT id, first_name, last_name, email, phone, company_id, owner_id FROM contacts "
            "WHERE id IN (SELECT unnest(?::INTEGER[]))", [contact_ids])}
        company_ids = sorted({c["company_id"] for c in contacts.values() if c["company_id"]})
        companies = {c["id"]: c for c in s.query(
            "SELECT id, name FROM companies WHERE id IN (SELECT unnest(?::INTEGER[]))", [company_ids])} \
            if company_ids else {}
        users = {u["id"]: u for u in s.query("SELECT id, name, email FROM users")}
        closed = config.pipeline()[-2:]
        deals: dict[int, list[dict]] = {}
        for d in s.query("SELECT id, name, stage, amount, currency, close_date, contact_id, owner_id FROM deals "
                         "WHERE deleted_at IS NULL AND contact_id IN (SELECT unnest(?::INTEGER[])) "
                         "AND stage NOT IN (SELECT unnest(?::VARCHAR[])) ORDER BY close_date NULLS LAST, id",
                         [contact_ids, closed]):
            deals.setdefault(d["contact_id"], []).append(d)
        conv_ids = sorted({r["conversation_id"] for r in rows})
        history: dict[int, list[dict]] = {}
        for h in s.query(
                "SELECT conversation_id, id, direction, author_kind, body FROM (SELECT conversation_id, id, direction, "
                "author_kind, body, row_number() OVER (PARTITION BY conversation_id ORDER BY id DESC) AS rn "
                "FROM messages WHERE conversation_id IN (SELECT unnest(?::INTEGER[])) AND id <= ?) "
                f"WHERE rn <= {HISTORY + self.batch_size} ORDER BY id", [conv_ids, max(r["id"] for r in rows)]):
            history.setdefault(h["conversation_id"], []).append(h)
        recalled = self._recall(rows)
        out = []
        for r in rows:
            c = contacts.get(r["contact_id"], {})
            earlier = [h for h in history.get(r["conversation_id"], []) if h["id"] < r["id"]][-HISTORY:]
            owner_id = c.get("owner_id") or next((d["owner_id"] for d in deals.get(r["contact_id"], [])), None)
            out.append(DraftContext(r["body"], c, tuple(deals.get(r["contact_id"], [])),
                                    tuple({k: h[k] for k in ("direction", "author_kind", "body")} for h in earlier),
                                    users.get(owner_id), companies.get(c.get("company_id")),
                                    recalled.get(r["id"], ())))
        return out

    def _recall(self, rows: list[dict]) -> dict[int, tuple[dict, ...]]:
        """Each message's rehydrated memory (snapshot + messages since + semantic candidates); none on failure."""
        memory = self._memory() if self._memory is not None else None
        if memory is None:
            return {}
        try:
            memory.sync()
            return {r["id"]: memory.draft_memory(r["conversation_id"], r["body"], r["id"]) for r in rows}
        except Exception:  # noqa: BLE001 - a draft without memory beats no draft
            log.exception("conversation memory unavailable; drafting from recent messages only")
            return {}

    def _decide(self, items: list[_Item]) -> list[tuple[str, _Item]]:
        """One transaction: re-read each conversation's state, then draft, send or queue, audit, mark processed."""
        s = self.store
        policy = getattr(self, "_guard_policy", None)
        decided: list[tuple[str, _Item]] = []
        ts = now()
        with s.atomic():
            ids = [it.row["id"] for it in items]
            still = {r[0] for r in s.execute("SELECT id FROM messages WHERE id IN (SELECT unnest(?::INTEGER[])) "
                                             "AND processed_at IS NULL", [ids]).fetchall()}
            items = [it for it in items if it.row["id"] in still]  # another processor got there first
            if not items:
                return []
            conv_ids = sorted({it.row["conversation_id"] for it in items})
            autopilot = dict(s.execute("SELECT id, autopilot FROM conversations "
                                       "WHERE id IN (SELECT unnest(?::INTEGER[]))", [conv_ids]).fetchall())
            last_agent = dict(s.execute("SELECT conversation_id, max(id) FROM messages WHERE author_kind = 'agent' "
                                        "AND conversation_id IN (SELECT unnest(?::INTEGER[])) GROUP BY conversation_id",
                                        [conv_ids]).fetchall())
            threshold = self.settings.threshold()
            draft_ids = s.next_ids("drafts", len(items))
            audit_ids = s.next_ids("security_audit", len(items))
            drafts, audits, marks = [], [], []
            for it, did, aid in zip(items, draft_ids, audit_ids):
                r, v = it.row, it.verdict
                human_since = last_agent.get(r["conversation_id"], 0) > r["id"]
                classification = v.classification if v is not None else "out_of_scope"
                reason = it.error or (v.reason if v is not None else "")
                triggered = list(v.triggered) if v is not None else []
                if it.error is not None:
                    body, conf, engine, sources, tokens = "", 0.0, "handoff", [], 0
                elif classification != IN_SCOPE:
                    from core.guardrails import safe_reply
                    canned = safe_reply(v, policy) or ""
                    engine = "handoff" if (not canned or canned == policy.handoff_reply) else "neutral"
                    body, conf, sources, tokens = canned, 0.0, [], 0
                else:
                    d = it.draft
                    body, conf, engine, sources, tokens = d.body, d.confidence, d.engine, list(d.sources), d.tokens
                    # why a person decides: the guardrails' reason, then the drafter's
                    reason = "; ".join(x.rstrip(". ") for x in (reason, getattr(d, "reason", "")) if x)
                    triggered = list(triggered) + list(getattr(d, "flags", ()))
                decision = decide(autopilot=bool(autopilot.get(r["conversation_id"])), classification=classification,
                                  confidence=conf, threshold=threshold, human_since=human_since,
                                  sensitive=sensitive_request(r["body"]))
                if it.error is None and decision.auto_send and body:
                    status = "auto_sent"
                elif human_since:
                    status = "superseded"
                else:
                    status = "pending"
                drafts.append((did, r["conversation_id"], r["id"], body, conf, classification, reason,
                               json.dumps(triggered), engine, json.dumps(sources),
                               status, decision.reason, ts if status == "superseded" else None, ts))
                audit_status = {"auto_sent": "auto_sent", "superseded": "superseded"}.get(
                    status, "error" if it.error else ("handoff" if engine == "handoff" else "review"))
                audits.append((aid, r["id"], r["contact_id"], f"{r['channel']}:{r['address']}", r["body"], body,
                               getattr(v, "intent", None), classification, conf, round(it.guard_ms, 3), tokens,
                               audit_status, f"{reason} | {decision.reason}" if reason else decision.reason,
                               json.dumps(triggered), ts))
                marks.append((r["id"], classification))
                decided.append(({"auto_sent": "auto_sent", "superseded": "superseded"}.get(
                    status, "error" if it.error else "review"), it))
                it.draft = it.draft if it.draft is not None else DraftReply(body, conf, engine)
            self._insert(drafts, audits, marks, ts)
            store_signals(s, [(it.row["id"], it.signals) for it in items if it.signals is not None], ts)
            for (did, conv_id, _mid, body, *_rest), (status, _) in zip(drafts, decided):
                if status == "auto_sent":
                    queue_outbound(s, conv_id, body, "ai", "auto", draft_id=did)
        return decided

    def _insert(self, drafts: list[tuple], audits: list[tuple], marks: list[tuple], ts) -> None:
        s = self.store
        cols = list(zip(*drafts))
        s.execute("INSERT INTO drafts (id, conversation_id, message_id, body, confidence, classification, reason, "
                  "triggered, engine, sources, status, decision_reason, superseded_at, created_at) SELECT "
                  "unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]), "
                  "unnest(?::DOUBLE[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::JSON[]), "
                  "unnest(?::VARCHAR[]), unnest(?::JSON[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                  "unnest(?::TIMESTAMP[]), unnest(?::TIMESTAMP[])", [list(c) for c in cols])
        cols = list(zip(*audits))
        s.execute("INSERT INTO security_audit (id, message_id, contact_id, client_id, input_message, output_message, "
                  "intent, classification, confidence, latency_ms, tokens_used, status, reasoning, "
                  "triggered_keywords, created_at) SELECT unnest(?::INTEGER[]), unnest(?::INTEGER[]), "
                  "unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), "
                  "unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::DOUBLE[]), unnest(?::DOUBLE[]), "
                  "unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::JSON[]), "
                  "unnest(?::TIMESTAMP[])", [list(c) for c in cols])
        ids, classes = zip(*marks)
        s.execute("UPDATE messages SET classification = k.c, processed_at = ? FROM "
                  "(SELECT unnest(?::INTEGER[]) AS id, unnest(?::VARCHAR[]) AS c) k WHERE messages.id = k.id",
                  [ts, list(ids), list(classes)])

    def lag(self) -> dict:
        """Unprocessed inbound messages and the age of the oldest, in seconds."""
        row = self.store.one("SELECT count(*) AS pending, min(received_at) AS oldest FROM messages "
                             "WHERE direction = 'in' AND processed_at IS NULL")
        age = (now() - row["oldest"]).total_seconds() if row["oldest"] else 0.0
        return {"pending": row["pending"], "oldest_age_seconds": round(max(age, 0.0), 3)}
