"""Spans of time inside a quotation ("every six months", "48 hours"), in days: one span told in
two units by two tellings of a quotation is the same span, no change of what was said."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..claims import find_quantities

# Time units a span is counted in, in days ("every six months" / "every year" are two spans).
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1, "week": 7,
         "fortnight": 14, "month": 30.4, "year": 365, "decade": 3650}
_EVERY_UNIT = re.compile(r"\b(?:every|each|a|an|per|one)\s+(second|minute|hour|day|night|week|fortnight|month|year|decade)\b",
                         re.IGNORECASE)


def span_unit(counted: str) -> float | None:
    """Days in the unit a figure counts ("months" -> 30.4), or None when it counts no time."""
    return _DAYS.get(counted.lower().removesuffix("s")) if counted else None


def durations(quote: str) -> set[float]:
    """The spans of time a quotation states, in days: a counted unit ("six months", "48 hours") or a
    single one ("every year", "once a week"); a translation counts one span in another unit
    ("every 12 months" / "every year", "two weeks" / "14 days") and it stays the same span."""
    out = set()
    for q in find_quantities(quote):
        if (days := span_unit(q.counted)) is not None:
            out.add(q.value * days)
    for m in _EVERY_UNIT.finditer(quote):
        out.add(_DAYS[m.group(1).lower()])
    return out


def only_span(x: Sequence[str], y: Sequence[str]) -> bool:
    """A changed passage of a figure and a unit of time only on each side ("three months" / "90 days"):
    the span told in another unit, which :func:`durations` has found the same."""
    return all(bool(words) and durations(" ".join(words)) and all(
        find_quantities(w) or w.isdigit() or span_unit(w) is not None or w in ("a", "an", "every", "each", "per")
        for w in words) for words in (x, y))


def spans_meet(da: set[float], db: set[float]) -> bool:
    """Whether some span of one telling is a span of the other, within a month's rounding ("12 months" / "a year")."""
    return any(abs(x - y) <= 0.05 * max(x, y) for x in da for y in db)
