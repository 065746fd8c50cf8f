"""Send-time optimisation, simulated: contacts answer more often near their own hour; sending at the hour
core/workflows/sendtime.py learns from their past messages (population prior for new contacts) is compared with
sending whenever the workflow's timer fires (any hour of the working day or evening).

    python bench/send_time_sim.py                 # 20,000 contacts, 0 to 8 past messages each

Model: each contact has a true hour (a mix of morning, lunch and evening people); their past messages fall around
it (sd 1.5 h); a message sent d hours from it is answered with probability base * (1 + boost * exp(-d^2 / 2)).
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.workflows.sendtime import best_hour  # noqa: E402

PEOPLE = ((9, 0.4), (13, 0.25), (20, 0.35))  # (hour, share)


def _hour(rng: random.Random, centre: float, sd: float) -> int:
    return int(round(rng.gauss(centre, sd))) % 24


def _distance(a: int, b: int) -> int:
    d = abs(a - b) % 24
    return min(d, 24 - d)


def simulate(contacts: int = 20000, max_history: int = 8, base: float = 0.12, boost: float = 1.5,
             seed: int = 1) -> dict:
    rng = random.Random(seed)
    true = [_hour(rng, rng.choices([h for h, _ in PEOPLE], [w for _, w in PEOPLE])[0], 1.0) for _ in range(contacts)]
    histories = [[_hour(rng, t, 1.5) for _ in range(rng.randint(0, max_history))] for t in true]
    population = [0.0] * 24
    for hist in histories:
        for h in hist:
            population[h] += 1

    def p_reply(sent: int, t: int) -> float:
        return base * (1 + boost * math.exp(-_distance(sent, t) ** 2 / 2))

    by_history: dict[str, list[float]] = {}
    base_total = opt_total = 0.0
    for t, hist in zip(true, histories):
        counts = [0.0] * 24
        for h in hist:
            counts[h] += 1
        baseline = sum(p_reply(h, t) for h in range(8, 22)) / 14  # the timer fires at any hour 08-21
        chosen = p_reply(best_hour(counts, population), t)
        base_total += baseline
        opt_total += chosen
        key = "0" if not hist else ("1-2" if len(hist) <= 2 else "3+")
        by_history.setdefault(key, [0.0, 0.0, 0])
        by_history[key][0] += baseline
        by_history[key][1] += chosen
        by_history[key][2] += 1
    return {"contacts": contacts, "reply_rate_any_hour": round(base_total / contacts, 4),
            "reply_rate_best_hour": round(opt_total / contacts, 4),
            "uplift": round(opt_total / base_total - 1, 4),
            "by_past_messages": {k: {"contacts": v[2], "any_hour": round(v[0] / v[2], 4),
                                     "best_hour": round(v[1] / v[2], 4), "uplift": round(v[1] / v[0] - 1, 4)}
                                 for k, v in sorted(by_history.items())}}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--contacts", type=int, default=20000)
    p.add_argument("--max-history", type=int, default=8)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    print(json.dumps(simulate(a.contacts, a.max_history, seed=a.seed), indent=2))


if __name__ == "__main__":
    main()
