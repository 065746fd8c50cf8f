"""Memory at scale: 1,000,000 messages over 20,000 conversations. Prints index build times, rehydration and search
p50/p95, MiniLM embedding throughput, and the recall of the IVF index against exact search on real MiniLM vectors.

    .venv/bin/python bench/context.py [--messages 1000000] [--conversations 20000] [--queries 200]

The 1M vectors are synthetic (random unit vectors: embedding 1M texts would take an hour here); their texts are
synthetic sentences, so the keyword index is real. Recall is measured separately on real MiniLM vectors of real
CRM sentences (the memory fixture's and the demo's), with the same share of clusters searched as at 1M.
Not part of `make test`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.memory.context import ConversationMemory  # noqa: E402
from core.memory.dense import IVF_NPROBE, DenseIndex, nlist_for  # noqa: E402
from core.memory.index import Filters, MemoryIndex  # noqa: E402
from core.memory.keyword import KeywordIndex  # noqa: E402
from core.memory.embedder import memory_embedder  # noqa: E402
from core.store import Store  # noqa: E402

WORDS = ("budget pricing invoice delivery contract renewal legal security review freeze approval discount quote demo "
         "trial install training warranty refill scrubber vacuum dispenser tower service visit schedule deadline "
         "procurement signature board meeting shipment address dock order purchase seats license upgrade complaint "
         "noise broken repair technician weekend holiday site campus hospital hotel school factory April March "
         "December January manager director finance operations facilities cleaning hygiene compliance audit report "
         "network integration portal payment terms net30 PO reference number option proposal scope phase").split()


def pct(xs: list[float], p: float) -> float:
    return round(float(np.percentile(xs, p)), 2)


def generate(store: Store, n_msgs: int, n_convs: int) -> float:
    t0 = time.perf_counter()
    words = list(WORDS)
    w = len(words)
    store.execute("INSERT INTO users VALUES (1, 'Bench Rep', 'rep@bench.local', 'rep')")
    store.execute("INSERT INTO contacts (id, first_name, owner_id, created_at, updated_at) "
                  "SELECT i, 'Person ' || i, 1, now(), now() FROM range(1, ? + 1) t(i)", [n_convs])
    store.execute("INSERT INTO conversations (id, contact_id, channel, address, autopilot, created_at) "
                  "SELECT i, i, CASE i % 3 WHEN 0 THEN 'email' WHEN 1 THEN 'whatsapp' ELSE 'sms' END, "
                  "'+1555' || i, true, now() FROM range(1, ? + 1) t(i)", [n_convs])
    store.execute(
        "INSERT INTO messages (id, seq, conversation_id, contact_id, channel, external_id, direction, author_kind, body, "
        "sent_at, received_at, autopilot_at_capture, processed_at) "
        "SELECT i, i, c, c, CASE c % 3 WHEN 0 THEN 'email' WHEN 1 THEN 'whatsapp' ELSE 'sms' END, 'b' || i, "
        "CASE WHEN i % 2 = 0 THEN 'in' ELSE 'out' END, "
        "CASE WHEN i % 2 = 0 THEN 'customer' WHEN (i // 50) % 3 = 0 THEN 'agent' ELSE 'ai' END, "
        "concat_ws(' ', ?[(1 + hash(i) % ?)::BIGINT], ?[(1 + hash(i + 7) % ?)::BIGINT], ?[(1 + hash(i + 13) % ?)::BIGINT], "
        "?[(1 + hash(i + 29) % ?)::BIGINT], "
        "?[(1 + hash(i + 31) % ?)::BIGINT], ?[(1 + hash(i + 37) % ?)::BIGINT], ?[(1 + hash(i + 41) % ?)::BIGINT], "
        "i::VARCHAR), "
        "TIMESTAMP '2026-01-01' + to_seconds(i * 15), TIMESTAMP '2026-01-01' + to_seconds(i * 15 + 2), "
        "(i // 50) % 3 <> 0, now() "
        "FROM (SELECT i, 1 + (i % ?) AS c FROM range(1, ? + 1) t(i))", [words, w] * 7 + [n_convs, n_msgs])
    return time.perf_counter() - t0


def fill_docs(store: Store, dim: int, model: str, n: int, chunk: int = 100_000) -> float:
    """memory_docs rows for every message with synthetic unit vectors (what sync writes, minus the embedding)."""
    t0 = time.perf_counter()
    rng = np.random.default_rng(1)
    for start in range(1, n + 1, chunk):
        stop = min(start + chunk, n + 1)
        vecs = rng.standard_normal((stop - start, dim)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        store.execute(
            "INSERT INTO memory_docs (doc_id, kind, source_id, model, dim, vector, text_hash, event_at, ingested_at, "
            "indexed_at, conversation_id, contact_id, channel, direction, author_kind, autopilot, seq) "
            "SELECT 2 * m.id + 1, 'message', m.id, ?, ?, v.vector, md5(m.body), coalesce(m.sent_at, m.received_at), "
            "m.received_at, now(), m.conversation_id, m.contact_id, m.channel, m.direction, m.author_kind, "
            "m.autopilot_at_capture, m.seq FROM messages m JOIN (SELECT unnest(?::INTEGER[]) AS id, "
            "unnest(?::BLOB[]) AS vector) v USING (id)",
            [model, dim, list(range(start, stop)), [v.tobytes() for v in vecs]])
    return time.perf_counter() - t0


def recall_on_real_vectors(embedder, n_lists_ratio: float) -> dict:
    """IVF (same share of clusters searched as at 1M) against exact search, on real MiniLM vectors."""
    from data.demo import generate as demo
    from tests.corpus.memory.loader import fixture

    texts = [a["body"] for a in fixture()["activities"]]
    texts += [m["body"] for c in fixture()["conversations"] for m in c["messages"]]
    with Store(":memory:") as s:
        demo(s, dt.date(2026, 11, 18))
        texts += [r[0] for r in s.execute("SELECT concat_ws(' ', subject, body) FROM activities").fetchall()]
    for f in sorted((ROOT / "data" / "guardrail_sets").glob("*.jsonl")) + sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
            except ValueError:
                continue
            t = item.get("text") or item.get("body") or item.get("utterance") if isinstance(item, dict) else None
            if isinstance(t, str):
                texts.append(t)
    texts = list(dict.fromkeys(t for t in texts if t))
    t0 = time.perf_counter()
    vecs = embedder.embed(texts)
    rate = len(texts) / (time.perf_counter() - t0)
    ids = np.arange(len(texts), dtype=np.int64)
    exact = DenseIndex.build(vecs.shape[1], ids, vecs, kind="flat")
    nlist = 64
    import faiss
    q = faiss.IndexFlatIP(vecs.shape[1])
    ivf = faiss.IndexIVFFlat(q, vecs.shape[1], nlist, faiss.METRIC_INNER_PRODUCT)
    ivf.train(vecs)
    nprobe = max(1, round(nlist * n_lists_ratio))
    approx = DenseIndex(vecs.shape[1], index=ivf, nprobe=nprobe)
    approx.add(ids, vecs)
    rng = np.random.default_rng(3)
    sample = rng.choice(len(texts), min(500, len(texts)), replace=False)
    hits = 0
    for i in sample:
        truth = {d for d, _ in exact.search(vecs[i], 10)}
        got = {d for d, _ in approx.search(vecs[i], 10)}
        hits += len(truth & got)
    return {"texts": len(texts), "nlist": nlist, "nprobe": nprobe, "recall@10": round(hits / (10 * len(sample)), 3),
            "embed_per_s": round(rate, 1)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--conversations", type=int, default=20_000)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    out: dict = {"messages": args.messages, "conversations": args.conversations}
    embedder = memory_embedder()
    embedder.embed(["warm-up"])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        out["generate_s"] = round(generate(store, args.messages, args.conversations), 1)
        model = getattr(embedder, "name", "model")
        out["vectors_to_duckdb_s"] = round(fill_docs(store, embedder.dim, model, args.messages), 1)
        index = MemoryIndex(store, embedder, directory=Path(tmp) / "memory")
        t0 = time.perf_counter()
        ids, vecs = index._vectors()
        out["load_vectors_s"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        index._dense = DenseIndex.build(embedder.dim, ids, vecs, kind="auto", threads=2)
        out["faiss_build_s"] = round(time.perf_counter() - t0, 1)
        out["faiss_index"] = f"{index._dense.kind} nlist={nlist_for(len(ids))} nprobe={IVF_NPROBE}"
        del vecs
        t0 = time.perf_counter()
        index._keyword = KeywordIndex(Path(tmp) / "memory" / "keyword")
        rows = store.execute("SELECT 2 * id + 1, body FROM messages").fetchall()
        for start in range(0, len(rows), 100_000):
            index._keyword.upsert(rows[start:start + 100_000], commit=False)
        index._keyword.commit()
        del rows
        out["keyword_build_s"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        index._save()
        out["faiss_save_s"] = round(time.perf_counter() - t0, 1)
        index._activity_version = store.data_version
        convs = ConversationMemory(store, index)
        rng = np.random.default_rng(5)
        sample = [int(x) for x in rng.choice(np.arange(1, args.conversations + 1), args.queries, replace=False)]
        for c in sample:  # a snapshot halfway through each sampled conversation, as an autopilot switch would write
            mid = store.scalar("SELECT seq FROM messages WHERE conversation_id = ? ORDER BY seq LIMIT 1 OFFSET 25",
                               [c])
            convs.snapshot(c, "bench", mid)
        queries = [store.scalar("SELECT body FROM messages WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1", [c])
                   for c in sample]
        embedder.embed(queries)  # each message is embedded once on arrival; drafting finds it in the memo
        at = dt.datetime(2026, 12, 1)
        rehydrate, since = [], []
        for c, q in zip(sample, queries):
            t0 = time.perf_counter()
            ctx = convs.rehydrate(c, q, at=at)
            rehydrate.append((time.perf_counter() - t0) * 1000)
            since.append(sum(m.why == "since_snapshot" for m in ctx.messages))
        out["rehydrate_ms"] = {"p50": pct(rehydrate, 50), "p95": pct(rehydrate, 95),
                               "messages_since_snapshot_p50": pct(since, 50)}
        dense, hybrid, boxed = [], [], []
        window = Filters(since=dt.datetime(2026, 3, 1), until=dt.datetime(2026, 4, 1))
        for q in queries:
            v = index.embed_query(q)
            t0 = time.perf_counter()
            index.search(q, k=10, mode="dense", vector=v)
            dense.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            index.search(q, k=10, mode="hybrid", vector=v)
            hybrid.append((time.perf_counter() - t0) * 1000)
        for q in queries[:50]:
            v = index.embed_query(q)
            t0 = time.perf_counter()
            index.search(q, window, k=10, mode="hybrid", vector=v)
            boxed.append((time.perf_counter() - t0) * 1000)
        out["search_ms"] = {"dense_p50": pct(dense, 50), "dense_p95": pct(dense, 95), "hybrid_p50": pct(hybrid, 50),
                            "hybrid_p95": pct(hybrid, 95), "hybrid_one_month_filter_p50": pct(boxed, 50),
                            "hybrid_one_month_filter_p95": pct(boxed, 95)}
        store.close()
    batch = [f"Customer message number {i}: please confirm the {WORDS[i % len(WORDS)]} for order {i}" for i in
             range(2000)]
    t0 = time.perf_counter()
    embedder.embed(batch)
    out["embed_batch_per_s"] = round(len(batch) / (time.perf_counter() - t0), 1)
    out["recall_real_minilm"] = recall_on_real_vectors(embedder, IVF_NPROBE / nlist_for(args.messages))
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
