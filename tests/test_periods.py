"""The period recogniser (core/understanding/periods.py): every way a range is written reads as the same dates."""
import datetime as dt

import pytest

from core.understanding.periods import OPEN_END, OPEN_START, find_periods

TODAY = dt.date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize("text, start, end", [
    ("deals closing dec 1-7", "2026-12-01", "2026-12-07"),
    ("closing between Dec 1 and Dec 7?", "2026-12-01", "2026-12-07"),
    ("from december 1st to the 7th", "2026-12-01", "2026-12-07"),
    ("the 1st to the 7th of december", "2026-12-01", "2026-12-07"),
    ("12/1 - 12/7", "2026-12-01", "2026-12-07"),
    ("2026-12-01 to 2026-12-07", "2026-12-01", "2026-12-07"),
    ("between jan 1 and jan 15 2028", "2028-01-01", "2028-01-15"),  # the end's year is the start's too
    ("dec 20 to jan 5", "2026-12-20", "2027-01-05"),  # across the new year
    ("the week of Nov 23", "2026-11-23", "2026-11-29"),
    ("since October", "2026-10-01", "2026-11-18"),
    ("since last friday", "2026-11-13", "2026-11-18"),
    ("since the start of last month", "2026-10-01", "2026-11-18"),
    ("on or after nov 10", "2026-11-10", None),
    ("before nov 5", None, "2026-11-04"),
    ("no later than the 5th of November", None, "2026-11-05"),
    ("on or after 12/20/2026 but before 2027", "2026-12-20", "2026-12-31"),  # two open ends are one period
    ("from today up to (not incl.) dec 5th", "2026-11-18", "2026-12-04"),  # an excluded end
    ("on or after jan 20 2027 thru the end of feb", "2027-01-20", "2027-02-28"),
    ("due dec 1 or later", "2026-12-01", None),
    ("between the 19th and the 22nd of this month", "2026-11-19", "2026-11-22"),
    ("logged on the 13th of november", "2026-11-13", "2026-11-13"),
    ("since the 1st", "2026-11-01", "2026-11-18"),
    ("since the 25th", "2026-10-25", "2026-11-18"),  # not come yet this month: last month's
    ("before 2027", None, "2026-12-31"),
])
def test_a_range_written_any_way_reads_as_its_dates(text, start, end):
    found = find_periods(text, TODAY)
    assert len(found) == 1, (text, found)
    p = found[0]
    assert p.start == (dt.date.fromisoformat(start) if start else OPEN_START)
    assert p.end == (dt.date.fromisoformat(end) if end else OPEN_END)


@pytest.mark.parametrize("text", ["between 5k and 20k", "deals over 40k", "from Acme to Globex", "feb 30 - mar 2",
                                  "the 3 biggest deals", "nothing since 3 weeks", "in 2026-11"])
def test_no_period_is_read_where_none_is_said(text):
    assert find_periods(text, TODAY) == []
