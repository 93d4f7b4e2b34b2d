"""The days a time value means: a date's, a resolved weekday's, a month's, a span's; and whether
two values are one time (:func:`same_time`), read apart from the claims they date (the judgement
of two claims' days: :mod:`.days`)."""

from __future__ import annotations

import calendar
import datetime as dt

from ...model import Value
from ..claims import times_agree, weekday_of
from ..claims.time_spans import interval


def date_of(v: Value) -> str | None:
    """The full ISO date a value stands for, when known."""
    if v.kind == "date" and not v.normalized.startswith("?"):
        return v.normalized
    if v.kind == "weekday" and v.resolved:
        return v.resolved
    return None



def _year_of(v: Value) -> str | None:
    if v.kind in ("date", "month") and not v.normalized.startswith("?"):
        return v.normalized[:4]
    if v.kind == "year":
        return v.normalized
    return None


def days_of(v: Value) -> tuple[dt.date, dt.date] | None:
    """The first and last day a time with its year may mean: a span's, a date's, a resolved
    weekday's, a month's, a year's; None for a clock time or a time without its year."""
    if v.kind == "span":
        return interval(v.normalized)
    try:
        if (d := date_of(v)) is not None:
            day = dt.date.fromisoformat(d)
            return day, day
        if v.kind == "month" and not v.normalized.startswith("?"):
            y, m = int(v.normalized[:4]), int(v.normalized[5:7])
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        if v.kind == "year":
            return dt.date(int(v.normalized), 1, 1), dt.date(int(v.normalized), 12, 31)
    except ValueError:
        return None
    return None


def spans_meet(va: Value, vb: Value) -> bool | None:
    """A span against a time: False when they cannot overlap ("the second quarter of 2026" / "in
    2027"), True when one holds the other ("in 2026" / "the first half of 2026"), None when they
    overlap in part (compatible, but not one time) or either has no days."""
    da, db = days_of(va), days_of(vb)
    if da is None or db is None:
        return None
    if da[1] < db[0] or db[1] < da[0]:
        return False
    if (da[0] <= db[0] and db[1] <= da[1]) or (db[0] <= da[0] and da[1] <= db[1]):
        return True
    return None


def same_time(va: Value, vb: Value) -> bool | None:
    """True: the same time; False: different; None: not comparable."""
    kinds = {va.kind, vb.kind}
    if "span" in kinds:
        return spans_meet(va, vb)
    if kinds == {"time"}:
        return times_agree(va.normalized, va.qualifier, vb.normalized, vb.qualifier)
    da, db = date_of(va), date_of(vb)
    if kinds <= {"date", "weekday"}:
        if da and db:
            return da == db
        if kinds == {"weekday"}:
            return va.normalized == vb.normalized
        if kinds == {"date"}:
            return va.normalized[5:] == vb.normalized[5:]
        # a weekday against a date: the date's weekday, when its year is known; a weekday
        # resolved against its article's date against a date without its year: day and month
        date = va if va.kind == "date" else vb
        day = vb if date is va else va
        if date.normalized.startswith("?") and day.resolved:
            return date.normalized[5:] == day.resolved[5:]
        weekday = weekday_of(date.normalized) if not date.normalized.startswith("?") else None
        return None if weekday is None else weekday == day.normalized
    if kinds == {"year"}:
        return None  # a bare year against a bare year: too often two different events' years
    if kinds <= {"month", "date"} and "month" in kinds:
        # "in April" / "in March"; "in early January" / "on Feb. 2": the months, and the years
        # where both are known; "in March" / "on March 12" agree
        ya, yb = _year_of(va), _year_of(vb)
        if ya is not None and yb is not None and ya != yb:
            return False
        return va.normalized[5:7] == vb.normalized[5:7]
    if kinds <= {"month", "year", "date"} and kinds & {"month", "year"}:
        ya, yb = _year_of(va), _year_of(vb)
        if ya is None or yb is None:
            return None
        return ya == yb
    if kinds == {"month", "weekday"}:
        return spans_meet(va, vb)  # "last month" / "on Friday", the weekday resolved
    return None
