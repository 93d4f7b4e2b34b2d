"""How far an open bound reaches when two outlets' figures are compared.

A writer who has a figure and tells it with an open bound rounds it to a plain figure on the
bound's side: a count of 230 is "more than 200", one of 3,400 "more than 3,000", one of 3,800 "up
to 4,000". So "more than 200" names a figure under 300 (the next step of its last digit), not any
figure above 200, and "up to 4,000" one over about 2,900, not any under it: a count of 320 is told
"more than 300", and a count of 2,300 is not told "up to 4,000". Every bound keeps two fifths of
room at least ("more than 30" / "41", "more than 120" / "165"): on the read sets' gold a bound and
a figure up to 1.37 times apart were one telling, and from 1.43 times apart two.

A figure twice past the bound or more is left to the open reading (it agrees): it is far more often
another quantity (a part, another body) than a misreport. Not read this way either: "well over"
and "well above", which say the figure is far past the bound; spans of time ("over two years" is
often a stretch, not a bound) and values of another kind (scores, places); a figure told in words
of magnitude ("hundreds"); a sum of money or a percentage told with "up to", most often a cap
("fines of up to 50,000"), not an estimate.
"""

from __future__ import annotations

import math
import re

from ...model import Value
from ..claims.number_words import QUALIFIERS

# Read off the claims' table of qualifiers (claims.numbers.QUALIFIERS: the interval each makes of a
# figure). Bounds from below that a writer rounds a figure down to ("well over" says the figure is
# far past it), bounds from above that one rounds it up to, and qualifiers that round a figure both
# ways, at least as far up as down ("about 380,000"; not "close to").
LOWER_BOUNDS = frozenset(q for q, (lo, hi) in QUALIFIERS.items() if lo == 1 and hi is None and not q.startswith("well "))
UPPER_BOUNDS = frozenset(q for q, (lo, hi) in QUALIFIERS.items() if lo == 0.5 and hi == 1)
ROUNDING = frozenset(q for q, (lo, hi) in QUALIFIERS.items()
                     if lo is not None and hi is not None and lo < 1 < hi and round(hi - 1, 6) >= round(1 - lo, 6))
# Spans of time the figures module does not turn into hours ("more than three decades").
_SPAN = re.compile(r"(?:decade|centur|generation|year|month|week|day|hour|minute|second|season|term)", re.IGNORECASE)
# The least room a bound leaves, as a ratio of the figure, and the ratio past which another figure
# is taken for another quantity.
_ROOM = 1.4
_FAR = 2.0


def last_place(value: float) -> float:
    """The place of a whole figure's last non-zero digit (200 -> 100, 3,400 -> 100, 47 -> 1); 0 otherwise."""
    if not value or not float(value).is_integer():
        return 0.0
    place, n = 1, int(abs(value))
    while n % 10 == 0:
        n, place = n // 10, place * 10
    return float(place)


def reach(v: Value, fig: tuple[float, float, float, str], other: float) -> tuple[float, float]:
    """(low, high) of a figure as compared with another outlet's figure ``other``: an open bound
    closed where a writer would have told the figure otherwise; any other figure as ``fig`` gives
    it. A figure twice past the bound or more is left to the open reading: "the company's more than
    3,000 employees" beside "a company with 15,000 employees" is another quantity (a part, another
    body) far more often than a misreport."""
    x, low, high, unit = fig
    if not (x / _FAR <= other <= x * _FAR):
        return low, high
    qualifier = v.qualifier.lower()
    if unit in {"h", "score", "place", "rank", "time", "x"} or x <= 0 or not math.isfinite(x) or _SPAN.match(v.counted):
        return low, high
    if qualifier in LOWER_BOUNDS and math.isinf(high) and low == x:
        return low, max(x + last_place(x), x * _ROOM)
    if qualifier in UPPER_BOUNDS and high == x and not v.unit:
        return max(low, min(x - last_place(x), x / _ROOM)), high
    return low, high


def near_pair(va: Value, fa: tuple[float, float, float, str], vb: Value, fb: tuple[float, float, float, str]) -> tuple[tuple[float, float], tuple[float, float]]:
    """The (low, high) of two figures compared, each open bound closed by :func:`reach`. Against a
    bound so closed, a figure rounded both ways ("about 320") is its own figure: the bound already
    holds the writer's rounding, and "more than 200" / "about 320" are two tellings, not one."""
    (xl, xh), (yl, yh) = reach(va, fa, fb[0]), reach(vb, fb, fa[0])
    if (xl, xh) != fa[1:3] and vb.qualifier.lower() in ROUNDING:
        yl = yh = fb[0]
    if (yl, yh) != fb[1:3] and va.qualifier.lower() in ROUNDING:
        xl = xh = fa[0]
    return (xl, xh), (yl, yh)


# A range written with two figures ("10 to 14 days", "between 6 and 10", "4,000-6,000 tonnes").
_WRITTEN_RANGE = re.compile(r"\d\s*(?:[-–]|\bto\b|\band\b)\s*[$€£¥]?\d")


def written_range(v: Value) -> bool:
    return v.kind == "number" and bool(_WRITTEN_RANGE.search(v.text))


def ranges_apart(va: Value, fa: tuple[float, float, float, str], vb: Value, fb: tuple[float, float, float, str]) -> bool:
    """Two ranges each written with two figures, in one unit, whose ends differ ("10 to 14 days" /
    "10 to 20 days", "aged between 6 and 10" / "aged 8 to 10"): each writer chose both ends, so two
    ranges that overlap but do not coincide are two tellings, not one. A range against one figure or
    a bound still agrees where it holds it."""
    if not (written_range(va) and written_range(vb)) or va.unit != vb.unit or fa[3] != fb[3]:
        return False
    (_, xl, xh, _), (_, yl, yh, _) = fa, fb
    if not all(math.isfinite(t) for t in (xl, xh, yl, yh)) or not (xl < xh and yl < yh):
        return False
    return not (math.isclose(xl, yl, rel_tol=0.005) and math.isclose(xh, yh, rel_tol=0.005))
