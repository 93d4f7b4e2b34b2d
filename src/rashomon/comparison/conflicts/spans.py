"""How long, told once as a clock range and once as a span of time.

"Taps will be turned off from 10pm to 6am" lasts eight hours; "cut supply for 10 hours each
night" says ten. A range is two clock times joined by "from ... to", "from ... until" or
"between ... and" (a time written without a part of the day has two readings, and a range of
either reading that fits the span agrees). The two are compared only when the words around the
range and the span share two classes and an event word, or one when the claims were aligned as
one proposition; a span the range's own article also states is no disagreement.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Iterable, Mapping, Sequence

from ...model import Claim, Value
from ..claims import time_readings
from ..claims.numbers import format_number
from .common import Agreeing, Disagreement, Side, context, event_words
from .figure_roles import elapsed, is_part, is_rate, role, time_remaining
from .figures import DURATION, counted_class, figure
from .values import denied, number_side

_FROM = re.compile(r"\b(?P<word>from|between)\s+$", re.IGNORECASE)
_TO = re.compile(r"\s*(?:o['’]clock\s+)?(?P<word>to|until|till|and|-|–)\s*(?:(?:the\s+)?next\s+(?:day|morning)\s+)?$", re.IGNORECASE)
# classes too common around a span of time to show that two claims tell one
_COMMON = {"hours", "duration", "time"}
_SLACK = 0.25  # hours: "for eight hours" fits "from 10pm to 6.15am"


def lasting(claim: Claim, v: Value) -> tuple[float, float] | None:
    """(low, high) in hours of a figure stating how long something lasts ("for 10 hours each
    night"); None for any other figure, a time elapsed, left or granted, or a rate."""
    if v.kind != "number" or counted_class(v) != DURATION or denied(claim, v):
        return None
    if elapsed(claim, v) or time_remaining(claim, v) or is_rate(claim, v) or role(claim, v) or is_part(claim, v):
        return None
    _, low, high, _ = figure(v)
    return low, high


def _clock(v: Value) -> list[int]:
    """Minutes after midnight a value may mean as a clock time ("22 o'clock": 22:00)."""
    if v.kind == "time":
        return time_readings(v.normalized, v.qualifier)
    if v.kind == "number" and v.counted == "o'clock" and v.low is not None and v.low == v.high and 0 <= v.low <= 24:
        first = int(v.low * 60) % 1440
        return [first] if v.low > 12 else [first, (first + 720) % 1440]
    return []


def clock_ranges(claim: Claim) -> list[tuple[Value, Value, set[float]]]:
    """The clock ranges a claim states, each with the lengths in hours its readings give."""
    times = sorted((v for v in claim.values if _clock(v)), key=lambda v: v.start)
    out = []
    for x, y in zip(times, times[1:]):
        before = claim.text[max(0, x.start - claim.start - 12) : x.start - claim.start]
        between = claim.text[x.end - claim.start : y.start - claim.start]
        start, end = _FROM.search(before), _TO.fullmatch(between)
        if not start or not end or (end.group("word").lower() == "and") != (start.group("word").lower() == "between"):
            continue
        lengths = {((b - a) % 1440) / 60 for a in _clock(x) for b in _clock(y)} - {0.0}
        if lengths:
            out.append((x, y, lengths))
    return out


def _readings(x: Value, y: Value) -> set[tuple[int, int]]:
    return {(a, b) for a in _clock(x) for b in _clock(y)}


def range_agreements(a: Claim, b: Claim) -> Iterable[Agreeing]:
    """Two claims' clock ranges from and to the same times ("from 10pm to 6am" / "from 22
    o'clock to next day 6 o'clock"): one side of a conflict on how long."""
    for xa, ya, la in clock_ranges(a):
        for xb, yb, lb in clock_ranges(b):
            if _readings(xa, ya) & _readings(xb, yb):
                yield Agreeing(_range_side(a, xa, ya, la), _range_side(b, xb, yb, lb))


def _range_side(claim: Claim, x: Value, y: Value, lengths: set[float]) -> Side:
    shown = claim.text[x.start - claim.start : y.end - claim.start]
    return Side(claim=claim, value=shown, normalized=format_number(min(lengths)), start=x.start, end=y.end)


def span_findings(
    a: Claim, b: Claim, aligned: bool, numbers: Mapping[str, Sequence[tuple[Claim, Value]]]
) -> Iterable[Disagreement]:
    """A clock range of one claim whose length no span of time of the other fits."""
    for x, y in ((a, b), (b, a)):
        for start, end, lengths in clock_ranges(x):
            for v in y.values:
                if (span := lasting(y, v)) is None:
                    continue
                low, high = span
                if any(low - _SLACK <= h <= high + _SLACK for h in lengths):
                    continue
                shared = context(x, start.start, end.end) & context(y, v.start, v.end)
                events = event_words(x, start.start, end.end) & event_words(y, v.start, v.end)
                if len(shared - _COMMON) < (1 if aligned else 2) or not events - _COMMON:
                    continue
                # the range's article also tells the span: two things lasting, not one told twice
                told = [(c, t) for c, t in numbers.get(x.article, ()) if (s := lasting(c, t)) and s[0] <= high and low <= s[1]]
                if told:
                    continue
                side = number_side(y, v)
                if v.counted and v.counted not in side.value:
                    side = replace(side, value=f"{side.value} {v.counted}")  # "10 hours", not "10"
                yield Disagreement("number", "how long", _range_side(x, start, end, lengths), side)
