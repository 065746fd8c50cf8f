"""Send-time optimisation: the hour of day a contact tends to answer, learned from their messages.

Each contact's inbound messages are counted per hour of day; a population histogram (every contact's messages)
is the prior, worth PRIOR_WEIGHT messages, so a new contact gets the hour most people answer at and a contact with
a history gets their own. Both are smoothed over neighbouring hours (people answer around a time, not at it).
A send step with `best_time: true` waits until the next start of that hour (at most a day) before it sends.
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from core.store import Store

PRIOR_WEIGHT = 4.0
KERNEL = (0.25, 0.5, 0.25)


def smooth(counts: Sequence[float]) -> list[float]:
    n = len(counts)
    return [sum(w * counts[(h + k - 1) % n] for k, w in enumerate(KERNEL)) for h in range(n)]


def best_hour(contact: Sequence[float], population: Sequence[float], prior_weight: float = PRIOR_WEIGHT) -> int:
    """The hour (0-23) with the most expected replies: the contact's counts plus the population's shape."""
    total = sum(population) or 1.0
    prior = [prior_weight * p / total for p in population] if sum(population) else [prior_weight / 24] * 24
    score = smooth([c + p for c, p in zip(contact, prior)])
    return max(range(24), key=lambda h: (score[h], -h))


def next_at_hour(at: dt.datetime, hour: int) -> dt.datetime:
    """`at` itself when it is inside that hour, else the next start of it."""
    if at.hour == hour:
        return at
    t = at.replace(hour=hour, minute=0, second=0, microsecond=0)
    return t if t > at else t + dt.timedelta(days=1)


def hours_of(store: Store, contact_id: int | None = None) -> list[float]:
    """Inbound messages per hour of day, of one contact or (None) of everyone."""
    sql = ("SELECT hour(coalesce(sent_at, received_at)) AS h, count(*) AS n FROM messages WHERE direction = 'in'"
           + (" AND contact_id = ?" if contact_id is not None else "") + " GROUP BY 1")
    counts = [0.0] * 24
    for h, n in store.execute(sql, [contact_id] if contact_id is not None else None).fetchall():
        counts[int(h)] = float(n)
    return counts


def send_time(store: Store, contact_id: int, at: dt.datetime) -> tuple[dt.datetime, int]:
    """When to send to this contact, from `at` on, and the hour chosen."""
    hour = best_hour(hours_of(store, contact_id), hours_of(store))
    return next_at_hour(at, hour), hour
