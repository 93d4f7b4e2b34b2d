"""The thing a speed is told of: "the 70 km/h limit", "a tolerance of 3 km/h", "speeds of up to
118 km/h". A speed is rare in a story, so one event word in common, or two aligned claims with one
speed each, is enough to take two speeds for one quantity (:func:`.values.shared_context`); but
where each sentence names the thing its speed is of, and the two things differ (a limit, a
tolerance), the two speeds are two quantities whatever words they share ("lorries kept within the
50 km/h limit" / "the radars stayed within a tolerance of 2 km/h")."""

from __future__ import annotations

import re

from ...model import Claim, Value
from ...text.thesaurus import senses
from .common import STOP, word_class

__all__ = ["speeds_of_two_things"]

_SPEEDS = frozenset({"km/h", "mph"})  # the units the claim reader gives speeds

# "a tolerance of 3 km/h", "speeds of up to 118 km/h", "a limit of about 80 km/h"
_OF_BEFORE = re.compile(
    r"\b([a-z]{3,})\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|under|just|up|to|more|less|than|at|least|most|only)\s+)*$",
    re.IGNORECASE,
)
# "the 70 km/h limit", "a 30 mph zone": a determiner, the figure, its unit and a noun
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that|his|her|our)\s+$", re.IGNORECASE)
_NOUN_AFTER_UNIT = re.compile(r"\s*\S+\s+([a-z]{3,})\b")


def _a_word(word: str) -> bool:
    return word not in STOP and bool(senses(word))


def speed_told_of(claim: Claim, v: Value) -> str:
    """The class of the noun a speed is told of, else ""."""
    s, e = v.start - claim.start, v.end - claim.start
    before = claim.text[max(0, s - 60) : s]
    if (m := _OF_BEFORE.search(before)) and _a_word(noun := m.group(1).lower()):
        return word_class(noun)
    if _DETERMINER_BEFORE.search(before) and (m := _NOUN_AFTER_UNIT.match(claim.text[e : e + 40])):
        return word_class(m.group(1)) if _a_word(m.group(1)) else ""
    return ""


def speeds_of_two_things(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Each speed told of a thing, and the two things differ: "the 70 km/h limit" / "a tolerance of 3 km/h"."""
    if va.unit not in _SPEEDS or vb.unit not in _SPEEDS:
        return False
    ta, tb = speed_told_of(a, va), speed_told_of(b, vb)
    return bool(ta and tb) and ta != tb
