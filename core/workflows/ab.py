"""A/B tests on a send step: beta-binomial posteriors, Thompson sampling, a stopping rule, and a fixed split.

Each variant's outcome is a reply within the step's window (ab.window). A send whose window has not closed
and that has no reply yet counts for nothing. While no variant is the winner, Thompson sampling picks the
variant to send (each variant's chance is its probability of being best, so the worse one fades out); once
one variant's probability to be best reaches PROB_BEST and its expected loss is under MAX_LOSS, it takes all
traffic. mode 'fixed' sends by the variants' weights and never stops.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from core.store import Store
from core.workflows.model import StepSpec, parse_duration

PROB_BEST = 0.95
MAX_LOSS = 0.005     # expected loss in reply rate (0.005 = half a percentage point)
MIN_OUTCOMES = 30    # outcomes per variant before a winner may be declared
DRAWS = 4000


@dataclass(frozen=True)
class VariantStats:
    name: str
    weight: float
    sent: int
    replied: int
    decided: int  # sends whose outcome is known (replied, or the window closed)

    @property
    def rate(self) -> float:
        return (self.replied + 1) / (self.decided + 2)


@dataclass(frozen=True)
class Verdict:
    winner: str | None
    prob_best: dict[str, float]
    expected_loss: dict[str, float]


def posterior_draws(stats: Sequence[VariantStats], draws: int = DRAWS, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.column_stack([rng.beta(1 + s.replied, 1 + s.decided - s.replied, draws) for s in stats])


def judge(stats: Sequence[VariantStats], draws: int = DRAWS, seed: int = 0) -> Verdict:
    """Probability that each variant is best and its expected loss (how much reply rate choosing it gives up)."""
    if not stats:
        return Verdict(None, {}, {})
    samples = posterior_draws(stats, draws, seed)
    best = samples.argmax(axis=1)
    prob = {s.name: float((best == i).mean()) for i, s in enumerate(stats)}
    top = samples.max(axis=1)
    loss = {s.name: float((top - samples[:, i]).mean()) for i, s in enumerate(stats)}
    leader = max(prob, key=prob.get)
    enough = all(s.decided >= MIN_OUTCOMES for s in stats)
    winner = leader if enough and prob[leader] >= PROB_BEST and loss[leader] <= MAX_LOSS else None
    return Verdict(winner, prob, loss)


def pick(stats: Sequence[VariantStats], mode: str, rng: random.Random) -> str:
    """The variant for the next send: by weight (fixed), the winner once there is one, else a Thompson draw."""
    if mode == "fixed":
        return rng.choices([s.name for s in stats], weights=[s.weight for s in stats])[0]
    verdict = judge(stats, draws=2000, seed=rng.randrange(2 ** 31))
    if verdict.winner is not None:
        return verdict.winner
    return thompson(stats, rng)


def thompson(stats: Sequence[VariantStats], rng: random.Random) -> str:
    """One Thompson draw: the variant whose sampled reply rate is highest."""
    draws = [rng.betavariate(1 + s.replied, 1 + s.decided - s.replied) for s in stats]
    return stats[int(np.argmax(draws))].name


def step_stats(store: Store, workflow_id: int, spec: StepSpec, at: dt.datetime) -> list[VariantStats]:
    """Sends per variant of one step, with replies inside the window and outcomes known at time `at`."""
    window = parse_duration(spec.params.get("ab", {}).get("window", "3d"), spec.id)
    rows = store.query(
        "SELECT e.variant, count(*) AS sent, "
        "count(*) FILTER (WHERE r.first_reply IS NOT NULL AND r.first_reply <= e.created_at + ?) AS replied, "
        "count(*) FILTER (WHERE (r.first_reply IS NOT NULL AND r.first_reply <= e.created_at + ?) "
        "OR e.created_at + ? <= ?) AS decided "
        "FROM workflow_effects e JOIN workflow_runs w ON w.id = e.run_id "
        "LEFT JOIN LATERAL (SELECT min(coalesce(m.sent_at, m.received_at)) AS first_reply FROM messages m "
        "WHERE m.contact_id = e.contact_id AND m.direction = 'in' AND coalesce(m.sent_at, m.received_at) > e.created_at "
        "AND coalesce(m.sent_at, m.received_at) <= ?) r ON true "
        "WHERE w.workflow_id = ? AND e.step = ? AND e.kind = 'send' AND e.variant IS NOT NULL GROUP BY e.variant",
        [window, window, window, at, at, workflow_id, spec.id])
    by = {r["variant"]: r for r in rows}
    return [VariantStats(v["name"], float(v.get("weight", 1)), by.get(v["name"], {}).get("sent", 0),
                         by.get(v["name"], {}).get("replied", 0), by.get(v["name"], {}).get("decided", 0))
            for v in spec.params["variants"]]


def choose(store: Store, workflow_id: int, spec: StepSpec, rng: random.Random, at: dt.datetime) -> str:
    mode = spec.params.get("ab", {}).get("mode", "thompson")
    if mode == "fixed":
        return pick([VariantStats(v["name"], float(v.get("weight", 1)), 0, 0, 0) for v in spec.params["variants"]],
                    mode, rng)
    return pick(step_stats(store, workflow_id, spec, at), mode, rng)
