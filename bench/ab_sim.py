"""A/B simulation: experiments with known reply rates, run with the workflows' own Thompson sampling and stopping
rule (core/workflows/ab.py); how often the better variant wins and how much traffic the worse one got.

    python bench/ab_sim.py                            # 200 experiments, reply rates 10% vs 15%
    python bench/ab_sim.py --rates 0.20 0.25 --experiments 200 --sends 4000

Each experiment sends in batches (outcomes known after each batch, as with a reply window): Thompson sampling
picks every send's variant until the rule declares a winner, which then takes all traffic. At the end the pick
is the declared winner, else the variant with the higher posterior mean. Fixed split (--mode fixed) sends by
weight throughout and picks the higher observed rate.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.workflows.ab import VariantStats, judge, pick, thompson  # noqa: E402


def experiment(rates: tuple[float, ...], sends: int, batch: int, mode: str, rng: random.Random) -> dict:
    names = [chr(ord("A") + i) for i in range(len(rates))]
    sent = [0] * len(rates)
    replied = [0] * len(rates)
    winner, decided_at = None, None
    done = 0
    while done < sends:
        stats = [VariantStats(n, 1.0, sent[i], replied[i], sent[i]) for i, n in enumerate(names)]
        if mode == "thompson" and winner is None:
            verdict = judge(stats, draws=2000, seed=rng.randrange(2 ** 31))
            if verdict.winner is not None:
                winner, decided_at = verdict.winner, done
        for _ in range(min(batch, sends - done)):
            name = winner if winner is not None else (thompson(stats, rng) if mode == "thompson"
                                                      else pick(stats, mode, rng))
            i = names.index(name)
            sent[i] += 1
            replied[i] += rng.random() < rates[i]
        done += min(batch, sends - done)
    if winner is None:
        if mode == "fixed":
            winner = names[max(range(len(names)), key=lambda i: replied[i] / max(sent[i], 1))]
        else:
            stats = [VariantStats(n, 1.0, sent[i], replied[i], sent[i]) for i, n in enumerate(names)]
            winner = max(stats, key=lambda s: s.rate).name
    best = names[max(range(len(rates)), key=lambda i: rates[i])]
    worse_traffic = sum(sent[i] for i, n in enumerate(names) if n != best) / sends
    return {"picked": winner, "correct": winner == best, "worse_traffic": worse_traffic, "decided_at": decided_at}


def simulate(rates: tuple[float, ...] = (0.10, 0.15), experiments: int = 200, sends: int = 3000, batch: int = 50,
             mode: str = "thompson", seed: int = 1) -> dict:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    results = [experiment(rates, sends, batch, mode, rng) for _ in range(experiments)]
    decided = [r["decided_at"] for r in results if r["decided_at"] is not None]
    return {"rates": list(rates), "experiments": experiments, "sends_per_experiment": sends, "batch": batch,
            "mode": mode,
            "picked_better": round(sum(r["correct"] for r in results) / experiments, 4),
            "traffic_to_worse_mean": round(sum(r["worse_traffic"] for r in results) / experiments, 4),
            "declared_winner": round(len(decided) / experiments, 4),
            "sends_before_decision_median": sorted(decided)[len(decided) // 2] if decided else None,
            "seconds": round(time.perf_counter() - t0, 1)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rates", type=float, nargs="+", default=[0.10, 0.15])
    p.add_argument("--experiments", type=int, default=200)
    p.add_argument("--sends", type=int, default=3000)
    p.add_argument("--batch", type=int, default=50)
    p.add_argument("--mode", choices=["thompson", "fixed"], default="thompson")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    print(json.dumps(simulate(tuple(a.rates), a.experiments, a.sends, a.batch, a.mode, a.seed), indent=2))


if __name__ == "__main__":
    main()
