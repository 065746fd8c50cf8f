"""Scores the memory layer on the independent fixture (tests/corpus/memory): retrieval recall@5 / MRR for hybrid,
dense-only and keyword-only search, brief fact coverage and uncited amounts/dates, and the autopilot scenarios.

    .venv/bin/python bench/memory_eval.py            # the dev files (tune on these only)
    .venv/bin/python bench/memory_eval.py --test     # the held-out files (score once, after the last change)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import snapshot  # noqa: E402
from core.executor import load_user  # noqa: E402
from core.memory import copilot  # noqa: E402
from core.memory.service import Memory  # noqa: E402
from core.store import Store  # noqa: E402
from tests.corpus.memory.loader import fixture, jsonl, load  # noqa: E402

TODAY = dt.date(2026, 11, 15)
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


def build(path: Path) -> tuple[Store, Memory]:
    store = Store(path)
    load(store)
    memory = Memory(store)
    memory.start()
    return store, memory


def retrieval(memory: Memory, store: Store, queries: list[dict], mode: str, k: int = 5) -> dict:
    snap = snapshot.load(store)
    recalls, rr, per = [], [], []
    for q in queries:
        user = load_user(store, q["user_email"]) if q.get("user_email") else None
        found = copilot.search_answer(memory, snap, q["query"], user.id if user else None, TODAY, k=20, mode=mode)
        got = [(r["kind"], r["id"]) for r in found.records]
        rel = {(r["kind"], r["id"]) for r in q["relevant"]}
        top = got[:k]
        recalls.append(len(rel & set(top)) / len(rel))
        rank = next((i + 1 for i, g in enumerate(got) if g in rel), None)
        rr.append(1.0 / rank if rank else 0.0)
        per.append({"id": q["id"], "recall@5": round(recalls[-1], 3), "first_relevant_rank": rank})
    n = len(queries)
    return {"mode": mode, "queries": n, "recall@5": round(sum(recalls) / n, 3), "mrr": round(sum(rr) / n, 3),
            "per_query": per}


def tune(memory: Memory, store: Store, queries: list[dict]) -> list[dict]:
    """Fusion settings on the dev queries: RRF constant, keyword weight, candidate pool."""
    from core.memory import index as index_mod

    out = []
    saved = (index_mod.RRF_K, index_mod.KEYWORD_WEIGHT, index_mod.POOL)
    orig = memory.index.search
    try:
        for rrf_k in (10, 30, 60, 100):
            for kw in (0.7, 1.0, 1.5):
                for pool in (30, 50, 100):
                    memory.index.search = (lambda *a, _k=rrf_k, _w=kw, _p=pool, **kw_: orig(
                        *a, **dict(kw_, rrf_k=_k, keyword_weight=_w, pool=_p)))
                    r = retrieval(memory, store, queries, "hybrid")
                    out.append({"rrf_k": rrf_k, "keyword_weight": kw, "pool": pool, "recall@5": r["recall@5"],
                                "mrr": r["mrr"]})
    finally:
        memory.index.search = orig
        index_mod.RRF_K, index_mod.KEYWORD_WEIGHT, index_mod.POOL = saved
    return sorted(out, key=lambda x: (-x["recall@5"], -x["mrr"]))


def temporal(memory: Memory, store: Store, queries: list[dict]) -> dict:
    """The context score (cosine + recency) as a ranking of the dense candidates: the source design's formula against
    the tuned default and plain cosine, on the retrieval queries (age measured from the fixture's today)."""
    from core.memory.settings import SCORES, ScoreWeights

    at = dt.datetime.combine(TODAY, dt.time(23, 59))
    variants = {"source 0.6/0.4": ScoreWeights(*SCORES["source"]), "tuned 0.9/0.1": ScoreWeights(*SCORES["tuned"]),
                "cosine only": ScoreWeights(1.0, 0.0, 0.7, 30.0)}
    snap = snapshot.load(store)
    out = {}
    for name, w in variants.items():
        recalls, rr = [], []
        for q in queries:
            user = load_user(store, q["user_email"]) if q.get("user_email") else None
            req = copilot.read_request(q["query"], snap, user.id if user else None, TODAY)
            hits = memory.index.search(req.query, req.filters, k=50, mode="dense")
            ranked = sorted(hits, key=lambda h: -w.score(h.cosine or 0.0, (at - h.event_at).total_seconds() / 86400
                                                          if h.event_at else 365))
            got = [(h.kind, h.source_id) for h in ranked]
            rel = {(r["kind"], r["id"]) for r in q["relevant"]}
            recalls.append(len(rel & set(got[:5])) / len(rel))
            rank = next((i + 1 for i, g in enumerate(got) if g in rel), None)
            rr.append(1 / rank if rank else 0.0)
        out[name] = {"recall@5": round(sum(recalls) / len(queries), 3), "mrr": round(sum(rr) / len(queries), 3)}
    return out


def _normalise(text: str) -> str:
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text.replace("$", ""))
    return text


def _iso_dates_in(text: str, year: int = 2026) -> set[str]:
    out = set(re.findall(r"\b\d{4}-\d{2}-\d{2}\b", text))
    for m in re.finditer(r"\b(" + "|".join(x[:3] for x in MONTHS) + r")[a-z]*\.?\s+(\d{1,2})\b", text, re.I):
        out.add(f"{year}-{[x[:3] for x in MONTHS].index(m.group(1).lower()[:3]) + 1:02d}-{int(m.group(2)):02d}")
    return out


def uncited(store: Store, statement: copilot.Statement) -> list[str]:
    """Amounts (numbers >= 100) and ISO dates a statement states that none of its cited records holds (an
    independent check from the one the brief runs: raw record values as text)."""
    table = {"deal": "deals", "activity": "activities", "task": "tasks", "message": "messages",
             "company": "companies", "contact": "contacts"}
    held = ""
    for c in statement.citations:
        row = store.one(f"SELECT * FROM {table[c.kind]} WHERE id = ?", [c.id]) or {}
        held += " " + " ".join(str(v) for v in row.values() if v is not None)
    held_n = _normalise(held)
    bad = [d for d in re.findall(r"\b\d{4}-\d{2}-\d{2}\b", statement.text) if d not in held]
    nums = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", held_n)}
    for n in re.findall(r"(?<![\d-])\d{3,}(?:\.\d+)?(?![\d-])", _normalise(re.sub(r"\d{4}-\d{2}-\d{2}", " ",
                                                                               statement.text))):
        if float(n) not in nums:
            bad.append(n)
    return bad


def briefs(memory: Memory, store: Store, items: list[dict]) -> dict:
    per, total_req, total_hit, with_uncited, forbidden_hits = [], 0, 0, 0, 0
    for b in items:
        t0 = time.perf_counter()
        found = memory.answer(b["question"], None, TODAY)
        ms = (time.perf_counter() - t0) * 1000
        text = _normalise(found.answer) if found is not None else ""
        dates = _iso_dates_in(text)
        hit = [f for f in b["required_facts"] if f in text or f in dates]
        forb = [f for f in b.get("forbidden", []) if f in text]
        bad = [x for s in getattr(found, "statements", ()) for x in uncited(store, s)]
        total_req += len(b["required_facts"])
        total_hit += len(hit)
        with_uncited += bool(bad)
        forbidden_hits += bool(forb)
        per.append({"id": b["id"], "kind": type(found).__name__, "facts": f"{len(hit)}/{len(b['required_facts'])}",
                    "missing": [f for f in b["required_facts"] if f not in hit], "forbidden": forb,
                    "uncited": bad, "dropped": len(getattr(found, "dropped", ())), "ms": round(ms, 1)})
    return {"briefs": len(items), "fact_coverage": round(total_hit / max(total_req, 1), 3),
            "facts": f"{total_hit}/{total_req}", "briefs_with_uncited_amount_or_date": with_uncited,
            "briefs_with_forbidden_fact": forbidden_hits, "per_brief": per}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--test", action="store_true", help="score the held-out *_test files")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--tune", action="store_true", help="grid over the fusion settings (dev only)")
    ap.add_argument("--keep", help="build the fixture database at this path once and reuse it (faster tuning)")
    args = ap.parse_args()
    split = "test" if args.test else "dev"
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        if args.keep and Path(args.keep).exists():
            store = Store(args.keep)
            memory = Memory(store)
            memory.start()
        else:
            store, memory = build(Path(args.keep) if args.keep else Path(tmp) / "eval.duckdb")
        build_s = time.perf_counter() - t0
        queries = jsonl(f"retrieval_{split}.jsonl")
        out = {"split": split, "fixture": {k: len(v) for k, v in fixture().items() if isinstance(v, list)},
               "build_seconds": round(build_s, 1), "retrieval": {}, "briefs": None}
        for mode in ("hybrid", "dense", "keyword"):
            r = retrieval(memory, store, queries, mode)
            out["retrieval"][mode] = r if args.verbose else {k: v for k, v in r.items() if k != "per_query"}
        out["temporal_score"] = temporal(memory, store, queries)
        if args.tune:
            if args.test:
                raise SystemExit("tune on the dev files only")
            out["tuning"] = tune(memory, store, queries)[:10]
        b = briefs(memory, store, jsonl(f"briefs_{split}.jsonl"))
        out["briefs"] = b if args.verbose else {k: v for k, v in b.items() if k != "per_brief"}
        store.close()
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
