"""Acknowledged inbound messages per second: over HTTP on loopback, and in batch; then the processing lag.

    .venv/bin/python bench/ingest.py [--http 20000] [--batch 200000] [--process 2000] [--senders 2000]

HTTP: the server runs in its own process (`python -m core serve`, uvicorn), the client is a small
asyncio HTTP/1.1 keep-alive client posting one generic message per request on many connections;
a message counts only once its 200 has arrived, and it is acknowledged only after its commit.
Batch: `Inbox.ingest` of 2,000-message batches (what `python -m core ingest` does), one commit each.
Processing: guardrails + offline drafts + autopilot decision over messages already captured, and the
capture-to-processed lag (received_at -> processed_at) of messages processed while ingest runs.
Every run checks that the database holds exactly the acknowledged messages.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.inbox.models import InboundMessage  # noqa: E402
from core.store import Store  # noqa: E402
from data.demo import generate  # noqa: E402

TEXTS = ["What are your prices?", "Can I get a demo next week?", "Where are we with the proposal?",
         "I can't log in to my account", "Can you resend the invoice?", "Do you integrate with Salesforce?",
         "Thanks!", "Is there a free trial?", "Are you SOC 2 compliant?", "How long does implementation take?"]


OPENERS = ["Hi,", "Hello,", "Hey there,", "Good morning,", ""]
ASKS = ["what are your prices for {n} seats?", "can we get a demo on {d}?", "where are we with the proposal for order {n}?",
        "I can't log in to my account since {d}", "can you resend invoice {n}?", "do you integrate with our ERP?",
        "is there a free trial for {n} users?", "are you SOC 2 compliant?",
        "how long does implementation take for {n} sites?", "please call me back on {d} about the renewal"]
DAYS = ["Monday", "Tuesday", "Friday", "the 12th", "next week"]


def distinct_texts(n: int, seed: int = 3) -> list[str]:
    """n customer messages, nearly all different (so each is really embedded: no memo hits)."""
    rng = random.Random(seed)
    return [f"{rng.choice(OPENERS)} {rng.choice(ASKS).format(n=rng.randint(2, 900), d=rng.choice(DAYS))}".strip()
            for _ in range(n)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def senders(n: int) -> list[str]:
    return [f"+1777{i:07d}" for i in range(n)]


async def _client(port: int, n: int, conns: int, token: str, phones: list[str], prefix: str) -> tuple[int, float]:
    todo = list(range(n))
    acked = [0]

    async def worker():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while todo:
            i = todo.pop()
            body = json.dumps({"channel": "whatsapp", "id": f"{prefix}-{i}", "from": phones[i % len(phones)],
                               "text": TEXTS[i % len(TEXTS)]}).encode()
            writer.write(b"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         b"Authorization: Bearer " + token.encode() + b"\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n" + body)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            if not head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(f"message {i}: {head.splitlines()[0]!r}")
            acked[0] += 1
        writer.close()

    start = time.perf_counter()
    await asyncio.gather(*[worker() for _ in range(conns)])
    return acked[0], time.perf_counter() - start


def bench_http(n: int, conns: int, phones: list[str], db: str) -> dict:
    token = "bench-token"
    port = free_port()
    env = dict(os.environ, CRM_API_TOKEN=token, CRM_INBOX_WORKERS="off", PYTHONPATH=str(ROOT))
    server = subprocess.Popen([sys.executable, "-m", "core", "--db", db, "serve", "--port", str(port)], env=env,
                              cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        asyncio.run(_client(port, 500, 8, token, phones, "warm"))
        acked, seconds = asyncio.run(_client(port, n, conns, token, phones, "http"))
    finally:
        server.terminate()
        server.wait(30)
    with Store(db) as store:
        stored = store.scalar("SELECT count(*) FROM messages WHERE external_id LIKE 'http-%'")
    return {"messages": n, "connections": conns, "acked": acked, "stored": stored, "seconds": round(seconds, 2),
            "per_second": round(acked / seconds)}


def bench_batch(n: int, phones: list[str], db: str, batch: int = 2000) -> dict:
    from core.inbox.service import Inbox
    rng = random.Random(1)
    msgs = [InboundMessage("whatsapp", f"batch-{i}", phones[i % len(phones)], rng.choice(TEXTS)) for i in range(n)]
    with Store(db) as store:
        inbox = Inbox(store)
        start = time.perf_counter()
        acked = 0
        for i in range(0, n, batch):
            acked += len(inbox.ingest(msgs[i:i + batch]))
        seconds = time.perf_counter() - start
        again = inbox.ingest(msgs[:batch])  # a redelivered batch is acknowledged, not stored
        stored = store.scalar("SELECT count(*) FROM messages WHERE external_id LIKE 'batch-%'")
    return {"messages": n, "batch": batch, "acked": acked, "stored": stored, "redelivered_stored_again":
            sum(not r.duplicate for r in again), "seconds": round(seconds, 2), "per_second": round(acked / seconds)}


def bench_processing(n: int, phones: list[str], db: str, embedder: str, rate: int) -> dict:
    """Capture n messages at a steady rate through the writer while the processor runs; measure the lag."""
    from core.embeddings import HashingEmbedder, default_embedder
    from core.inbox.service import Inbox
    with Store(db) as store:
        store.execute("UPDATE messages SET processed_at = now() WHERE processed_at IS NULL")  # earlier runs' backlog
        emb = HashingEmbedder() if embedder == "hashing" else default_embedder()
        inbox = Inbox(store, embedder=emb)
        inbox.processor.warm()
        inbox.start()
        start = time.perf_counter()
        futs = []
        texts = distinct_texts(n)
        for i in range(n):
            futs.append(inbox.submit([InboundMessage("sms", f"proc-{i}", phones[i % len(phones)], texts[i])]))
            lag = start + (i + 1) / rate - time.perf_counter()
            if lag > 0:
                time.sleep(lag)
        for f in futs:
            f.result(30)
        while inbox.lag()["pending"]:
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        inbox.stop()
        lags = [r[0] for r in store.execute(
            "SELECT epoch_ms(processed_at) - epoch_ms(received_at) FROM messages WHERE external_id LIKE 'proc-%'"
        ).fetchall()]
        status = dict(store.execute("SELECT status, count(*) FROM drafts d JOIN messages m ON m.id = d.message_id "
                                    "WHERE m.external_id LIKE 'proc-%' GROUP BY status").fetchall())
    lags.sort()
    return {"messages": n, "offered_per_second": rate, "embedder": emb.name, "seconds": round(seconds, 2),
            "processed_per_second": round(n / seconds),
            "lag_ms_p50": lags[len(lags) // 2], "lag_ms_p95": lags[int(len(lags) * 0.95)], "lag_ms_max": lags[-1],
            "drafts": status}


def corpus_texts(n: int, seed: int = 11) -> list[str]:
    """n messages drawn from the guardrail corpora (a third attacks, a third B2B customer messages, a third
    banking77 questions): longer and harder than the generated ones."""
    import csv
    rng = random.Random(seed)
    sets = ROOT / "data" / "guardrail_sets"
    attacks = [json.loads(line)["text"] for line in (sets / "attacks.jsonl").open(encoding="utf-8")]
    b2b = [json.loads(line)["text"] for line in (sets / "benign_b2b.jsonl").open(encoding="utf-8")]
    with (ROOT.parent / "shared" / "datasets" / "banking77_train.csv").open(encoding="utf-8") as fh:
        banking = [r["text"] for r in csv.DictReader(fh)]
    out = rng.sample(attacks, n // 3) + rng.sample(b2b, n // 3) + rng.sample(banking, n - 2 * (n // 3))
    rng.shuffle(out)
    return out


def bench_backlog(n: int, phones: list[str], db: str, embedder: str, mix: str = "generated") -> dict:
    """Drain a backlog of n captured messages (all different): the processing throughput itself."""
    from core.embeddings import HashingEmbedder, default_embedder
    from core.inbox.service import Inbox
    with Store(db) as store:
        store.execute("UPDATE messages SET processed_at = now() WHERE processed_at IS NULL")
        emb = HashingEmbedder() if embedder == "hashing" else default_embedder()
        inbox = Inbox(store, embedder=emb)
        inbox.processor.warm()  # what the server loads at start (python -m core serve, the app)
        texts = distinct_texts(n, seed=11) if mix == "generated" else corpus_texts(n)
        inbox.ingest([InboundMessage("sms", f"backlog-{i}", phones[i % len(phones)], t) for i, t in enumerate(texts)])
        start = time.perf_counter()
        done = inbox.processor.process_pending()
        seconds = time.perf_counter() - start
    return {"messages": done, "mix": mix, "embedder": getattr(emb, "name", "?"),
            "backend": getattr(emb, "backend", "-"),
            "seconds": round(seconds, 2), "per_second": round(done / seconds)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--http", type=int, default=20000, help="messages posted over HTTP (0: skip)")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--batch", type=int, default=200000, help="messages ingested in batch (0: skip)")
    ap.add_argument("--process", type=int, default=3000, help="messages for the processing-lag run (0: skip)")
    ap.add_argument("--rate", type=int, default=200, help="messages per second offered in the processing run")
    ap.add_argument("--backlog", type=int, default=3000, help="messages drained from a backlog (0: skip)")
    ap.add_argument("--embedder", choices=["default", "hashing"], default="default")
    ap.add_argument("--mix", choices=["generated", "corpus"], default="generated",
                    help="backlog messages: short generated customer questions, or drawn from the guardrail corpora")
    ap.add_argument("--senders", type=int, default=2000, help="distinct customers (new ones become contacts)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    phones = senders(args.senders)
    results = {"cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.duckdb")
        with Store(db) as store:
            generate(store, dt.date(2026, 11, 18))
        if args.http:
            results["http"] = bench_http(args.http, args.connections, phones, db)
        if args.batch:
            results["batch"] = bench_batch(args.batch, phones, db)
        if args.process:
            results["processing"] = bench_processing(args.process, phones, db, args.embedder, args.rate)
        if args.backlog:
            results["backlog"] = bench_backlog(args.backlog, phones, db, args.embedder, args.mix)
    if args.json:
        print(json.dumps(results))
        return
    print(f"machine: {results['cpus']} cores")
    if "http" in results:
        h = results["http"]
        print(f"HTTP   : {h['per_second']:>7,} msg/s acknowledged ({h['acked']:,} single-message POSTs on "
              f"{h['connections']} connections in {h['seconds']} s; {h['stored']:,} stored)")
    if "batch" in results:
        b = results["batch"]
        print(f"batch  : {b['per_second']:>7,} msg/s acknowledged ({b['acked']:,} messages in batches of {b['batch']:,}"
              f" in {b['seconds']} s; {b['stored']:,} stored; redelivered batch stored again: "
              f"{b['redelivered_stored_again']})")
    if "processing" in results:
        p = results["processing"]
        print(f"process: {p['processed_per_second']:>7,} msg/s screened, drafted and decided; "
              f"lag p50 {p['lag_ms_p50']} ms, p95 {p['lag_ms_p95']} ms, max {p['lag_ms_max']} ms "
              f"({p['messages']:,} messages offered at {p['offered_per_second']}/s, {p['embedder']} embeddings; "
              f"drafts {p['drafts']})")

    if "backlog" in results:
        b = results["backlog"]
        print(f"backlog: {b['per_second']:>7,} msg/s screened, drafted and decided ({b['messages']:,} different "
              f"{b['mix']} messages drained in {b['seconds']} s; {b['embedder']} embeddings, backend {b['backend']})")


if __name__ == "__main__":
    main()
