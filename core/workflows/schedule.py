"""Five-field cron ('minute hour day month weekday') for schedule triggers: parse, and the next time it fires."""
from __future__ import annotations

import datetime as dt

from core.errors import ValidationError

_RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 6))
_NAMES = ("minute", "hour", "day", "month", "weekday")


def _field(text: str, lo: int, hi: int, name: str) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/", 1)
            if not s.isdigit() or int(s) == 0:
                raise ValidationError(f"cron {name}: step {s!r} is not a positive number", "cron")
            step = int(s)
        if part == "*":
            a, b = lo, hi
        elif "-" in part:
            a_s, b_s = part.split("-", 1)
            if not (a_s.isdigit() and b_s.isdigit()):
                raise ValidationError(f"cron {name}: {part!r} is not a range", "cron")
            a, b = int(a_s), int(b_s)
        elif part.isdigit():
            a = b = int(part)
        else:
            raise ValidationError(f"cron {name}: {part!r} is not a number, range or *", "cron")
        if not (lo <= a <= b <= hi):
            raise ValidationError(f"cron {name}: {part!r} is outside {lo}-{hi}", "cron")
        values.update(range(a, b + 1, step))
    return frozenset(values)


def parse_cron(expr: str) -> tuple[frozenset[int], ...]:
    parts = (expr or "").split()
    if len(parts) != 5:
        raise ValidationError(f"cron {expr!r}: five fields are needed: minute hour day month weekday "
                              "(e.g. '0 9 * * 1' is Mondays at 09:00)", "cron")
    return tuple(_field(p, lo, hi, n) for p, (lo, hi), n in zip(parts, _RANGES, _NAMES))


def next_fire(expr: str, after: dt.datetime) -> dt.datetime:
    """The first minute strictly after `after` that the expression matches (weekday 0 = Sunday)."""
    minute, hour, day, month, weekday = parse_cron(expr)
    t = after.replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    for _ in range(366 * 24 * 60 // 60 * 5):
        if t.month not in month:
            t = (t.replace(day=1, hour=0, minute=0) + dt.timedelta(days=32)).replace(day=1)
            continue
        if t.day not in day or (t.isoweekday() % 7) not in weekday:
            t = t.replace(hour=0, minute=0) + dt.timedelta(days=1)
            continue
        if t.hour not in hour:
            t = t.replace(minute=0) + dt.timedelta(hours=1)
            continue
        if t.minute not in minute:
            t += dt.timedelta(minutes=1)
            continue
        return t
    raise ValidationError(f"cron {expr!r} never fires", "cron")
