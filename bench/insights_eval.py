"""Deal health on a real pipeline with real outcomes: train before a cut-off date, test on the deals closed after.

Reads ../shared/datasets/crm_sales_opportunities/ (never copied into the repository): 8,800 opportunities of a B2B
CRM with agent, product, account sector, engage and close dates. Prints ROC AUC and Brier score of the deal health
model against a base-rate baseline and a win-rate-by-agent baseline, and the same with only 50, 200 and 1,000
closed deals to learn from (the most recent before the cut-off).

    .venv/bin/python bench/insights_eval.py [--cutoff 2017-10-01] [--json]

The data set has no activities, messages or stage history, so the features that can speak are the deal's
amount against the typical one, its age against the typical cycle, and the win rates of its owner, product and
industry (each from deals closed before it). Deal age is measured at close for closed deals, which is what an
open deal's age is compared with; the figures without it are printed too.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.insights import features as F  # noqa: E402
from core.insights.model import auc, bins_of, brier, choose, load_spec  # noqa: E402

DATA = ROOT.parent / "shared" / "datasets" / "crm_sales_opportunities"
STAGES = ["Prospecting", "Engaging", "Closed Won", "Closed Lost"]


def load(data: Path = DATA) -> pd.DataFrame:
    """Closed opportunities as a deals frame (amount = the product's list price: a lost deal's value is 0)."""
    pipe = pd.read_csv(data / "sales_pipeline.csv")
    products = pd.read_csv(data / "products.csv")
    accounts = pd.read_csv(data / "accounts.csv")
    price = {p.replace(" ", "").lower(): v for p, v in zip(products["product"], products["sales_price"])}
    sector = dict(zip(accounts["account"], accounts["sector"]))
    closed = pipe[pipe["deal_stage"].isin(["Won", "Lost"])].copy()
    closed = closed.dropna(subset=["engage_date", "close_date"]).reset_index(drop=True)
    created = pd.to_datetime(closed["engage_date"], format="%m/%d/%Y")
    closed_at = pd.to_datetime(closed["close_date"], format="%m/%d/%Y") + pd.Timedelta(hours=18)
    account_ids = {a: i for i, a in enumerate(sorted(closed["account"].dropna().unique()), start=1)}
    return pd.DataFrame({
        "id": np.arange(1, len(closed) + 1), "name": closed["opportunity_id"],
        "stage": np.where(closed["deal_stage"] == "Won", "Closed Won", "Closed Lost"),
        "amount": closed["product"].str.replace(" ", "").str.lower().map(price).astype(float),
        "close_date": closed_at.dt.date, "created_at": created, "owner_id": closed["sales_agent"],
        "product": closed["product"], "industry": closed["account"].map(sector),
        "company_id": closed["account"].map(account_ids).astype(float), "contact_id": np.nan,
        "as_of": closed_at, "won": (closed["deal_stage"] == "Won").astype(float),
        "stage_at": None, "stage_since": pd.NaT,
    }).sort_values("as_of", kind="stable").reset_index(drop=True)


def agent_baseline(train: pd.DataFrame, test: pd.DataFrame, strength: float = 10.0) -> np.ndarray:
    rate = train["won"].mean()
    g = train.groupby("owner_id")["won"].agg(["sum", "count"])
    shrunk = (g["sum"] + strength * rate) / (g["count"] + strength)
    return test["owner_id"].map(shrunk).fillna(rate).to_numpy()


def evaluate(train: pd.DataFrame, test: pd.DataFrame, drop: tuple[str, ...] = (), boosting: bool = True) -> dict:
    spec = load_spec("deal")
    t0 = time.perf_counter()
    train_feats = F.compute(F.Frames(train), F.typical_of(F.Frames(train)), STAGES,
                            history_rates=F.history_rates(train))
    for name in drop:
        train_feats[name] = np.nan
    y = train["won"].to_numpy()
    model = choose(spec, bins_of(spec, train_feats), y, order=np.arange(len(train)), allow_boosting=boosting)
    typical = F.typical_of(F.Frames(train))
    test_feats = F.compute(F.Frames(test), typical, STAGES)
    for name in drop:
        test_feats[name] = np.nan
    p, contrib = model.predict(bins_of(spec, test_feats))
    yt = test["won"].to_numpy()
    base = np.full(len(test), train["won"].mean())
    agent = agent_baseline(train, test)
    return {"train": len(train), "won": int(y.sum()), "lost": int(len(y) - y.sum()), "model": model.name,
            "auc": auc(yt, p), "brier": brier(yt, p), "agent_auc": auc(yt, agent), "agent_brier": brier(yt, agent),
            "base_auc": auc(yt, base), "base_brier": brier(yt, base), "holdout": model.metrics.get("holdout"),
            "seconds": time.perf_counter() - t0}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cutoff", default="2017-10-01", help="train on deals closed before this date, test after")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} is absent (the shared data sets sit beside the repository, see README)")
        return 0
    deals = load()
    cut = pd.Timestamp(args.cutoff)
    train, test = deals[deals["as_of"] < cut].reset_index(drop=True), deals[deals["as_of"] >= cut].reset_index(drop=True)
    results = {"cutoff": args.cutoff, "train": len(train), "test": len(test),
               "test_win_rate": float(test["won"].mean()), "full": evaluate(train, test),
               "without_age": evaluate(train, test, drop=("age_ratio",)), "curve": {},
               "logistic_only": evaluate(train, test, boosting=False)}
    for n in (50, 200, 1000):
        results["curve"][n] = evaluate(train.tail(n).reset_index(drop=True), test)
        results["curve_without_age"] = results.get("curve_without_age", {})
        results["curve_without_age"][n] = evaluate(train.tail(n).reset_index(drop=True), test, drop=("age_ratio",))
    if args.json:
        print(json.dumps(results, default=float, indent=1))
        return 0
    print(f"crm_sales_opportunities: {len(deals)} closed deals; train = closed before {args.cutoff} ({len(train)}), "
          f"test = closed after ({len(test)}, win rate {results['test_win_rate']:.1%})")
    print(f"{'training deals':>16} {'model':>9} {'AUC':>6} {'Brier':>6} | {'agent AUC':>9} {'Brier':>6} | "
          f"{'base AUC':>8} {'Brier':>6} | {'AUC w/o age':>11} {'Brier':>6}")
    rows = [("all " + str(len(train)), results["full"], results["without_age"])] + \
        [(str(n), results["curve"][n], results["curve_without_age"][n]) for n in (50, 200, 1000)]
    for label, r, w in rows:
        print(f"{label:>16} {r['model']:>9} {r['auc']:6.3f} {r['brier']:6.3f} | {r['agent_auc']:9.3f} "
              f"{r['agent_brier']:6.3f} | {r['base_auc']:8.3f} {r['base_brier']:6.3f} | {w['auc']:11.3f} "
              f"{w['brier']:6.3f}")
    h = results["full"]["holdout"]
    if h:
        print(f"model choice on the latest quarter of the training deals: logistic AUC {h['logistic']['auc']:.3f} "
              f"Brier {h['logistic']['brier']:.3f}; boosted AUC {h['boosted']['auc']:.3f} "
              f"Brier {h['boosted']['brier']:.3f} -> {results['full']['model']}")
    lo = results["logistic_only"]
    print(f"the logistic model alone on all {len(train)} training deals: AUC {lo['auc']:.3f}, Brier {lo['brier']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
