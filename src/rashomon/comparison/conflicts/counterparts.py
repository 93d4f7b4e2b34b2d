"""Each figure (and each day) paired with its best counterpart in the other article.

Two articles telling one story state most figures once each: "14 miners trapped" in one is
"14 workers trapped" in the other. A figure judged the same quantity as a *different* figure of
the other article may only be a rival of its true counterpart. The evidence that two
values are one quantity or one day is the content words close around both (a word shared at
distances i and j weighs 1/(i*j)), the noun both count, and, a little, how alike the two
sentences are (:func:`evidence`). A disagreement is
dropped when either value's best counterpart in the other article agrees with it and holds
clearly more evidence than the disagreeing value does (:func:`rivals_agree`): the value is
already told alike there, and the other is about something else ("Rescuers on Saturday made
contact" against "a collapse on Friday left 14 trapped", where the other article's "contacted
by rescuers on Saturday" agrees). A counterpart is a figure of the same unit and dimension,
whole or part alike, or a time the calendar can compare.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from ...model import Claim, Value
from ...text import reporting_lemma
from ...text.datelines import DATELINE, DATELINE_LINE
from ..memo import per_record
from .common import STOP, WORD, Disagreement, Side, word_class
from .days import same_time
from .figure_roles import is_part, is_whole
from .figures import counted_class, figure, other_dimension
from .values import numbers_agree

__all__ = ["evidence", "rivals_agree"]

_REACH = 6  # content words either side of a value whose classes tell what it is about
_COUNTED = 0.5  # one counted noun (not a word for people) weighs as a word right beside both values
_SIMILARITY = 0.1  # the two sentences' similarity (relative to the agreement threshold) breaks ties
_MARGIN = 1.2  # how many times the rival's evidence the agreeing counterpart must hold
DATE_KINDS = ("date", "month", "year", "weekday", "time")


@per_record
def _near(claim: Claim, v: Value) -> dict[str, int]:
    """Class -> distance (1 = the nearest) of the lowercase content words on each side of the
    value, :data:`_REACH` of them each way in its sentence; names and small words do not count
    as distance ("the collapse happened around the 2:40 hours of Friday": collapse is 2)."""
    s, e = v.start - claim.start, v.end - claim.start

    def keep(w: str) -> bool:
        return (w[0].islower() or _opens(claim, w)) and w.lower() not in STOP and len(w) > 2 and reporting_lemma(w) is None

    left = [w for w in WORD.findall(claim.text[:s]) if keep(w)][-_REACH:][::-1]
    right = [w for w in WORD.findall(claim.text[e:]) if keep(w)][:_REACH]
    out: dict[str, int] = {}
    for side in (left, right):
        for distance, w in enumerate(side, 1):
            c = word_class(w)
            out[c] = min(out.get(c, distance), distance)
    return out


def _opens(claim: Claim, word: str) -> bool:
    """The sentence's first word, past a dateline: capitalised as a first word ("Rescuers reached ...")."""
    opening = DATELINE.match(claim.text) or DATELINE_LINE.match(claim.text)  # "SAN TELMO, March 15 (Wire) — Rescuers ..."
    first = WORD.search(claim.text, opening.end() if opening else 0)
    return first is not None and first.group() == word and not word.isupper()


def evidence(a: Claim, va: Value, b: Claim, vb: Value, similarity: float = 0.0) -> float:
    """How strongly two values are one quantity or one day: each word class near both, at
    distances i and j, adds 1/(i*j); one counted noun adds :data:`_COUNTED`; ``similarity`` (the
    two claims' similarity over the agreement threshold) adds a little."""
    na, nb = _near(a, va), _near(b, vb)
    score = sum(1 / (na[c] * nb[c]) for c in na.keys() & nb.keys())
    ka, kb = counted_class(va), counted_class(vb)
    if ka and ka == kb and ka != "people":
        score += _COUNTED
    return score + _SIMILARITY * similarity


def _comparable(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two values that could be versions of one: figures of one unit and dimension, each the
    whole or a part alike ("all four" is no version of the whole in "three of the four"), or two
    times the calendar can compare."""
    if va.kind == "number":
        return vb.kind == "number" and figure(va)[3] == figure(vb)[3] and not other_dimension(va, vb) and (
            is_part(a, va) == is_part(b, vb) and is_whole(a, va) == is_whole(b, vb)
        )
    return vb.kind in DATE_KINDS and same_time(va, vb) is not None


_CLOSE = 0.15  # two agreeing figures are this close too: "all 41" fits any figure up to 41, but is 41


def _agree(va: Value, vb: Value) -> bool:
    if va.kind == "number":
        x, y = abs(figure(va)[0]), abs(figure(vb)[0])
        return numbers_agree(va, vb, rounded=False) and abs(x - y) <= _CLOSE * max(x, y)
    return bool(same_time(va, vb))


def rivals_agree(
    disagreements: Iterable[Disagreement], claims: Sequence[Claim], similarity: Callable[[Claim, Claim], float],
) -> list[Disagreement]:
    """The number and date disagreements whose either value has, in the other article, a best
    counterpart that agrees with it and holds clearly more evidence than the rival value."""
    values: dict[str, list[tuple[Claim, Value]]] = defaultdict(list)
    for c in claims:
        values[c.article] += [(c, v) for v in c.values]
    out = []
    for d in disagreements:
        if d.kind not in ("number", "date"):
            continue
        va, vb = _value(d.a), _value(d.b)
        if va is None or vb is None:
            continue
        rival = evidence(d.a.claim, va, d.b.claim, vb, similarity(d.a.claim, d.b.claim))
        if _told_alike(d.a.claim, va, values[d.b.claim.article], rival, similarity) or _told_alike(
            d.b.claim, vb, values[d.a.claim.article], rival, similarity
        ):
            out.append(d)
    return out


def _told_alike(
    claim: Claim, v: Value, others: list[tuple[Claim, Value]], rival: float, similarity: Callable[[Claim, Claim], float]
) -> bool:
    """Whether the value's best counterpart among ``others`` agrees with it, holding more than :data:`_MARGIN` times ``rival``."""
    best, best_score = None, float("-inf")
    for c, w in others:
        if _comparable(claim, v, c, w):
            score = evidence(claim, v, c, w, similarity(claim, c))
            if score > best_score:
                best, best_score = w, score
    return best is not None and _agree(v, best) and best_score > rival * _MARGIN


def _value(side: Side) -> Value | None:
    """The one value the side stands on; None for a side composed of two (a weekday with its
    date or its dateline: the calendar's day is compared there, not a value told alike)."""
    return next((v for v in side.claim.values if v.start == side.start and v.end == side.end), None)
