"""How long deal health takes on a big pipeline: 10,000 open deals (plus closed ones to learn from).

    .venv/bin/python bench/insights.py [--deals 10000] [--repeat 3]

Builds a synthetic DuckDB CRM (deals, 10 activities and 2 customer messages per deal on average, crm_actions with
close-date slips), then times: reading the CRM into frames, learning the model from the closed deals, and scoring
every open deal with its reasons (what `python -m core insights deals` and the Pipeline page do); best of --repeat.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.insights.service import Insights  # noqa: E402
from core.store import Store  # noqa: E402

TITLES = ["CEO", "VP Sales", "Director of IT", "Office Manager", "Analyst", "Buyer", "CFO", "Head of Operations"]
STAGES = ["Lead", "Qualified", "Proposal", "Negotiation", "Closed Won", "Closed Lost"]


def _insert(store: Store, table: str, frame: pd.DataFrame) -> None:
    store.con.register("bench_rows", frame)
    try:
        store.execute(f"INSERT INTO {table} ({', '.join(frame.columns)}) SELECT * FROM bench_rows")
    finally:
        store.con.unregister("bench_rows")


def build(store: Store, n_open: int, n_closed: int, today: dt.datetime, seed: int = 1) -> None:
    rng = np.random.default_rng(seed)
    n = n_open + n_closed
    n_companies = max(n // 5, 1)
    n_contacts = n_companies * 3
    with store.atomic():
        _insert(store, "users", pd.DataFrame({"id": [1, 2, 3], "name": ["Rep One", "Rep Two", "Rep Three"],
                                              "email": ["r1@x.test", "r2@x.test", "r3@x.test"], "role": "rep"}))
        created = pd.Timestamp(today) - pd.to_timedelta(rng.uniform(30, 400, n_companies), unit="D")
        _insert(store, "companies", pd.DataFrame({
            "id": np.arange(1, n_companies + 1), "name": [f"Company {i}" for i in range(n_companies)],
            "industry": rng.choice(["Software", "Retail", "Finance", "Health"], n_companies),
            "created_at": created, "updated_at": created}))
        ccomp = rng.integers(1, n_companies + 1, n_contacts)
        created = pd.Timestamp(today) - pd.to_timedelta(rng.uniform(30, 400, n_contacts), unit="D")
        _insert(store, "contacts", pd.DataFrame({
            "id": np.arange(1, n_contacts + 1), "first_name": [f"P{i}" for i in range(n_contacts)],
            "email": [f"p{i}@x.test" for i in range(n_contacts)], "title": rng.choice(TITLES, n_contacts),
            "company_id": ccomp, "lifecycle_stage": "customer", "created_at": created, "updated_at": created}))
        stage = np.where(np.arange(n) < n_open, rng.choice(STAGES[:4], n), rng.choice(STAGES[4:], n))
        created = pd.Timestamp(today) - pd.to_timedelta(rng.uniform(10, 300, n), unit="D")
        close = (created + pd.to_timedelta(rng.uniform(20, 200, n), unit="D")).date
        company = rng.integers(1, n_companies + 1, n)
        _insert(store, "deals", pd.DataFrame({
            "id": np.arange(1, n + 1), "name": [f"Deal {i}" for i in range(n)], "company_id": company,
            "contact_id": rng.integers(1, n_contacts + 1, n), "stage": stage,
            "amount": rng.integers(5, 200, n) * 1000.0, "currency": "USD", "close_date": close,
            "product": rng.choice(["A", "B", "C"], n), "owner_id": rng.integers(1, 4, n),
            "created_at": created, "updated_at": created}))
        n_act = n * 10
        deal = rng.integers(1, n + 1, n_act)
        _insert(store, "activities", pd.DataFrame({
            "id": np.arange(1, n_act + 1), "type": rng.choice(["call", "email", "meeting", "note"], n_act),
            "subject": "touch", "occurred_at": pd.Timestamp(today) - pd.to_timedelta(rng.uniform(0, 300, n_act),
                                                                                     unit="D"),
            "contact_id": rng.integers(1, n_contacts + 1, n_act), "deal_id": deal, "author_id": 1}))
        n_msg = n * 2
        contact = rng.integers(1, n_contacts + 1, n_msg)
        sent = pd.Timestamp(today) - pd.to_timedelta(rng.uniform(0, 120, n_msg), unit="D")
        _insert(store, "conversations", pd.DataFrame({
            "id": np.arange(1, n_contacts + 1), "contact_id": np.arange(1, n_contacts + 1), "channel": "email",
            "address": [f"p{i}@x.test" for i in range(n_contacts)], "autopilot": False,
            "created_at": pd.Timestamp(today)}))
        _insert(store, "messages", pd.DataFrame({
            "id": np.arange(1, n_msg + 1), "conversation_id": contact, "contact_id": contact, "channel": "email",
            "external_id": [f"e{i}" for i in range(n_msg)], "direction": "in", "author_kind": "customer",
            "body": "hello", "sent_at": sent, "received_at": sent, "autopilot_at_capture": False}))
        n_slip = n // 4
        slipped = rng.choice(np.arange(1, n + 1), n_slip, replace=False)
        _insert(store, "crm_actions", pd.DataFrame({
            "id": np.arange(1, n_slip + 1), "plan_id": [f"p{i}" for i in range(n_slip)], "seq": 0,
            "op": "update_deal", "target_table": "deals", "target_id": slipped,
            "before": [json.dumps({"close_date": "2026-01-01"})] * n_slip,
            "after": [json.dumps({"close_date": "2026-02-01"})] * n_slip, "status": "executed", "user_id": 1,
            "created_at": pd.Timestamp(today) - pd.Timedelta(days=20)}))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--deals", type=int, default=10_000, help="open deals to score")
    ap.add_argument("--closed", type=int, default=2_000, help="closed deals the model learns from")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    today = dt.datetime(2026, 11, 18, 18)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        build(store, args.deals, args.closed, today)
        insights = Insights(store)
        best = {"frames": 1e9, "learn": 1e9, "score": 1e9, "total": 1e9, "score_cpu": 1e9}
        for _ in range(args.repeat):
            insights._cache.clear()
            t0 = time.perf_counter()
            frames = insights.frames(today)
            t1 = time.perf_counter()
            model, _, _ = insights.model(today)
            t2, c2 = time.perf_counter(), time.process_time()
            scores = insights.score_deals(today)
            t3, c3 = time.perf_counter(), time.process_time()
            best = {"frames": min(best["frames"], t1 - t0), "learn": min(best["learn"], t2 - t1 - (t1 - t0)),
                    "score": min(best["score"], t3 - t2), "total": min(best["total"], t3 - t1),
                    "score_cpu": min(best["score_cpu"], c3 - c2)}
        assert len(scores) == args.deals and len(frames.deals) == args.deals + args.closed
        print(f"{args.deals:,} open deals ({args.closed:,} closed to learn from, {args.deals * 12:,} activities, "
              f"{(args.deals + args.closed) * 2:,} messages); model {model.name} on {model.n_won + model.n_lost} deals")
        load = os.getloadavg()[0]
        print(f"score every open deal with reasons: {best['score']:.2f} s wall, {best['score_cpu']:.2f} s CPU at load "
              f"{load:.1f} on {os.cpu_count()} cores  (read the CRM {best['frames']:.2f} s, "
              f"learn {best['learn']:.2f} s; read + learn + score from a cold cache {best['total']:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
