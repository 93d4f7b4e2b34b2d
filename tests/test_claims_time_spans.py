"""Times told as spans read as intervals of days (claims/time_spans.py), and compared by overlap
(conflicts/days.py)."""

from __future__ import annotations

import datetime as dt

from rashomon.comparison.claims import find_values
from rashomon.comparison.claims.time_spans import find_spans, interval
from rashomon.comparison.conflicts.days import same_time

REF = dt.date(2025, 3, 12)  # a Wednesday


def _one(text: str, ref: dt.date | None = REF):
    return [v for v in find_values(text, 0, ref) if v.kind in ("span", "date", "month", "year")][0]


def test_a_span_takes_the_year_it_names() -> None:
    values = find_values("The plant will close in the second quarter of next year.", 0, REF)
    assert [(v.kind, v.normalized) for v in values] == [("span", "2026-04-01/2026-06-30")]
    assert [(v.kind, v.normalized) for v in find_values("It will open in mid-2026.")] == [("span", "2026-04-01/2026-09-30")]


def test_values_that_are_no_spans_keep_their_forms() -> None:
    assert [(v.kind, v.normalized) for v in find_values("It opened in 2024 and closes next year.", 0, REF)] == [("year", "2024"), ("year", "2026")]
    assert [(v.kind, v.normalized) for v in find_values("The works began in late March.", 0, REF)] == [("month", "2025-03")]
    assert [(v.kind, v.normalized) for v in find_values("It will close by the end of June 2026.", 0, REF)] == [("month", "2026-06")]


def test_a_relative_span_needs_the_articles_date() -> None:
    assert find_spans("The plant will close in the second quarter of next year.", None, True) == []
    assert find_spans("A decision will come within two weeks.", None, True) == []
    assert [s.normalized for s in find_spans("Sales fell in the first half of 2024.")] == ["2024-01-01/2024-06-30"]


def test_a_winter_runs_into_the_next_year() -> None:
    (span,) = find_spans("The plant will reopen next winter.", REF, True)
    assert interval(span.normalized) == (dt.date(2025, 12, 1), dt.date(2026, 3, 20))


def test_last_summer_told_in_the_autumn_may_be_either_summer() -> None:
    (span,) = find_spans("The law passed last summer.", dt.date(2025, 10, 20))
    assert span.normalized == "2024-06-01/2025-09-22"


def test_a_deadline_opens_at_the_articles_date() -> None:
    (span,) = find_spans("The works will finish by the end of next year.", REF, True)
    assert (span.normalized, span.qualifier) == ("2025-03-12/2026-12-31", "by")


def test_spans_compared_by_overlap() -> None:
    q2 = _one("It will close in the second quarter of 2026.")
    assert same_time(q2, _one("It will close in 2027.")) is False
    assert same_time(q2, _one("It will close in May 2026.")) is True
    assert same_time(q2, _one("It will close in 2026.")) is True
    assert same_time(q2, _one("It will close on March 3, 2026.")) is False
    # overlapping in part: compatible, but not one time
    assert same_time(q2, _one("It will close in early 2026.")) is None
    # a month without its year has no days to compare
    assert same_time(q2, _one("It will close in May.", None)) is None


def test_a_decade_written_with_an_apostrophe_is_no_year() -> None:
    assert [(v.kind, v.normalized) for v in find_values("Jazz clubs boomed in the early 1990's.")] == [("span", "1990-01-01/1995-12-31")]
    assert [(v.kind, v.normalized) for v in find_values("It grew in the mid 1930s.")] == [("span", "1933-01-01/1937-12-31")]


def test_a_span_that_bounds_another_is_left_unread() -> None:
    assert find_spans("Prices have risen since last autumn.", REF) == []
    assert find_spans("The fair is held on the last weekend of June.", REF) == []
