"""Plan latency over the labelled corpus: p50/p95 of ChatService.plan on the demo database.

    .venv/bin/python bench/plan_latency.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import corpus  # noqa: E402
from core.chat import ChatService  # noqa: E402
from core.store import Store  # noqa: E402
from data.demo import generate  # noqa: E402

TODAY = dt.date(2026, 11, 18)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    items = corpus.load(ROOT / "tests" / "corpus" / "utterances.jsonl")
    store = Store(":memory:")
    generate(store, TODAY)
    chat = ChatService(store)
    chat.plan("warm up", "alex@autocrm.local", today=TODAY)
    times = []
    for _ in range(args.rounds):
        for item in items:
            session = "bench-" + uuid.uuid4().hex[:6]
            for earlier in item.get("history", []):
                chat.plan(earlier, item["user"], session, TODAY)
            t0 = time.perf_counter()
            chat.plan(item["text"], item["user"], session, TODAY)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
    exact = sum(1 for _, _, why in corpus.run(chat, items, TODAY) if not why)
    print(f"plan latency over {len(items)} corpus utterances x {args.rounds} rounds ({len(times)} plans), "
          f"demo database, offline engine")
    print(f"  p50 {p(0.50):.1f} ms   p95 {p(0.95):.1f} ms   max {times[-1]:.1f} ms   mean {statistics.mean(times):.1f} ms")
    print(f"  exact plans: {exact}/{len(items)} ({exact / len(items):.1%})")


if __name__ == "__main__":
    main()
