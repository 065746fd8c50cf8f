import datetime as dt

import pytest

from core.understanding.amounts import parse_amount
from core.understanding.dates import parse_date

TODAY = dt.date(2026, 11, 18)  # Wednesday


@pytest.mark.parametrize("text,value", [
    ("at 48k", 48000), ("$1.2M", 1_200_000), ("forty five thousand", 45000), ("18,500", 18500),
    ("$60,000", 60000), ("2.5k", 2500), ("forty eight thousand dollars", 48000), ("50 grand", 50000),
    ("a hundred thousand", 100000), ("set it to 65000", 65000), ("in 3 weeks", None), ("two deals", None),
])
def test_amounts(text, value):
    assert parse_amount(text) == value


@pytest.mark.parametrize("text,expected", [
    ("today", "2026-11-18"), ("tomorrow", "2026-11-19"), ("Friday", "2026-11-20"), ("this friday", "2026-11-20"),
    ("next Friday", "2026-11-27"), ("Monday", "2026-11-23"), ("in two weeks", "2026-12-02"),
    ("in 3 days", "2026-11-21"), ("next week", "2026-11-23"), ("end of the month", "2026-11-30"),
    ("end of March", "2027-03-31"), ("Jan 15", "2027-01-15"), ("Dec 5", "2026-12-05"),
    ("December 12th", "2026-12-12"), ("12/15", "2026-12-15"), ("end of quarter", "2026-12-31"),
    ("the 5th of December", "2026-12-05"), ("2027-02-01", "2027-02-01"),
])
def test_dates(text, expected):
    assert parse_date(text, TODAY).isoformat() == expected


def test_past_weekday_reads_backwards_for_things_that_happened():
    assert parse_date("met her on Monday", TODAY, past=True) == dt.date(2026, 11, 16)
    assert parse_date("sat down with Dana", TODAY) is None
