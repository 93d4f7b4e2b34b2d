"""What lasts: a span of time told of one thing, so that two spans are its length told twice ("a 48-hour
strike" / "a two-day walkout", "the bridge would remain closed for three months" / "will stay shut for six
weeks")."""

from __future__ import annotations

import re

from ...model import Claim, Value
from .common import STOP, word_class
from .figure_roles import compound_of
from .figures import DURATION, counted_class

__all__ = ["closed_for", "lasting_one_thing"]


def lasting_one_thing(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two spans of time told of the same noun, hyphened to it or after its "of" ("a 48-hour strike" /
    "a two-day stoppage", "a journey of 14 hours" / "a 20-hour journey"): the noun names what lasts,
    so the two are its length told twice."""
    if counted_class(va) != DURATION or counted_class(vb) != DURATION:
        return False
    na, nb = _lasting_noun(a, va), _lasting_noun(b, vb)
    return bool(na and nb and na == nb)


# "a journey of 14 hours", "a delay of about two hours": the noun a span after "of" is the length of
_LENGTH_OF = re.compile(r"\b([a-z]{3,})\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|just|more|less|than|over|under)\s+)*$")


def _lasting_noun(claim: Claim, v: Value) -> str:
    if (c := compound_of(claim, v, measures=True)) is not None:
        return c[1]
    m = _LENGTH_OF.search(claim.text[max(0, v.start - claim.start - 40) : v.start - claim.start])
    return word_class(m.group(1)) if m and m.group(1) not in STOP else ""


# A place or service out of use for a span: "would remain closed for at least three months",
# "will stay shut for six weeks", "remains at least three months closed".
_STATE_BEFORE = re.compile(r"\b(clos|shut)\w*\s+for\s+(?:(?:at|least|about|some|up|to|more|than|nearly|almost|around|over|another)\s+)*$", re.IGNORECASE)
_STATE_AFTER = re.compile(r"[-\s]+[a-z]+s?\s+(clos|shut)", re.IGNORECASE)


def _out_of_use(claim: Claim, v: Value) -> bool:
    s, e = v.start - claim.start, v.end - claim.start
    return bool(_STATE_BEFORE.search(claim.text[max(0, s - 60) : s]) or _STATE_AFTER.match(claim.text[e : e + 30]))


def closed_for(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two spans of time for which one thing stays closed or shut ("the bridge would remain
    closed for three months" / "the bridge will stay shut for six weeks"): how long one closure
    lasts, told twice. The thing is the subject of the state; two subjects are two closures."""
    if counted_class(va) != DURATION or counted_class(vb) != DURATION or not (_out_of_use(a, va) and _out_of_use(b, vb)):
        return False
    sa, sb = _closed_thing(a, va), _closed_thing(b, vb)
    return bool(sa) and sa == sb


# "the bridge would remain", "the pier will stay", "The bridge remains": the subject of the state
_STATE_SUBJECT = re.compile(
    r"\b([A-Za-z][a-z-]{2,})\s+(?:(?:will|would|could|must|to|has|have|had)\s+)?(?:been\s+)?(?:remain|stay|be|is|was|are|were)s?\b"
)


def _closed_thing(claim: Claim, v: Value) -> str:
    matches = list(_STATE_SUBJECT.finditer(claim.text[: v.start - claim.start]))
    return word_class(matches[-1].group(1)) if matches else ""
