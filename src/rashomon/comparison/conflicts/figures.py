"""A figure read for comparison: its value and bounds in one unit per dimension (:func:`figure`:
basis points as percentage points, spans of time in hours, lengths, masses and volumes in SI),
the class of what it counts (:func:`counted_class`) and whether two figures measure different
dimensions or one dimension in two units."""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Value
from ...text.thesaurus import kind_of, lemma_of
from ..claims import value_measure
from .common import CLASSES, word_class

__all__ = ["DURATION", "WOUNDS", "counted_class", "figure", "other_dimension", "other_units"]

# Spans of time told in different units are one quantity: "72 hours" is "three days", "115 days"
# is "nearly four months"; compared in hours.
# The singular too: "a 40-minute delay" counts "minute", which stems apart from "minutes".
_HOURS = {word_class(form): f for w, f in (("minutes", 1 / 60), ("hours", 1), ("days", 24), ("weeks", 168), ("months", 730.5), ("years", 8766))
          for form in (w[:-1], w)}
DURATION = "duration"  # the one class of every span of time
WOUNDS = "wounds"  # injuries counted as such: one person may suffer several
_HAND_CLASSES = {name for name, _ in CLASSES}
# A counted noun no hand class knows is classed by its kind in the thesaurus: "prisoners",
# "members", "pensioners" are people, whatever word the story counts them by. Only persons: the
# thesaurus's "worker" would merge officers, officials and miners, which the hand classes keep apart,
# and "people" is a class the checks already treat as loose (values._GENERIC).
_THESAURUS_CLASSES = {"person": "people"}


@lru_cache(maxsize=16384)
def figure(v: Value) -> tuple[float, float, float, str]:
    """(value, low, high, unit) with basis points as percentage points and spans of time in hours
    (cached: every pair of claims reads its figures again)."""
    low = v.low if v.low is not None else 0.0 if v.qualifier else float("-inf")
    high = v.high if v.high is not None else float("inf")
    try:
        value = float(v.normalized.split(" ")[0])
    except ValueError:
        value = low
    if v.unit == "bp":
        return value / 100, low / 100, high / 100, "pp"
    hours = _HOURS.get(word_class(v.counted)) if v.counted and not v.unit else None
    if hours is not None:
        if hours == _HOURS[word_class("months")] and low == high:
            return value * hours, low * 24 * 28, high * 24 * 31, "h"  # "one month" is 28 to 31 days
        return value * hours, low * hours, high * hours, "h"
    if (si := value_measure(v)) is not None:  # "20 nautical miles" is 37,040 metres, "a 20-kilometre ban" 20,000
        return value * si[1], low * si[1], high * si[1], v.unit
    return value, low, high, v.unit


def other_dimension(va: Value, vb: Value) -> bool:
    """One figure a length, a mass or a volume and the other not, or of another dimension."""
    sa, sb = value_measure(va), value_measure(vb)
    return (sa is not None or sb is not None) and (sa is None or sb is None or sa[0] != sb[0])


def other_units(va: Value, vb: Value) -> bool:
    """Two figures of one dimension in two units ("20 nautical miles" / "20 kilometres")."""
    sa, sb = value_measure(va), value_measure(vb)
    return sa is not None and sb is not None and sa[0] == sb[0] and word_class(va.counted) != word_class(vb.counted)


# The hand classes that name people; the others name an act or a thing ("investigation", "rescued").
_PERSON_CLASSES = frozenset({"people", "worker", "customer", "diplomat"})
_WOUNDS = re.compile(r"injur(?:y|ies)|wounds?")


def _person_noun(counted: str, k: str) -> bool:
    """A plural noun for persons that begins like a hand class of an act or a thing stays a count of
    people: "investigators", "rescuers", "strikers", "detainees", "nationals" count people, not
    investigations, the rescued, strikes, arrests or countries (the adjectives "injured", "rescued"
    are no nouns and keep their act's class)."""
    return k not in _PERSON_CLASSES and lemma_of(counted) not in ("", counted.lower()) and kind_of(counted) == "person"


def counted_class(v: Value) -> str:
    """The class of what a figure counts; every span of time is one class (see :func:`figure`)."""
    if not v.counted:
        return ""
    k = word_class(v.counted)
    if k in _HAND_CLASSES and _person_noun(v.counted, k):
        return "people"
    if _WOUNDS.fullmatch(v.counted.lower()):
        return WOUNDS  # one person may suffer several injuries: "40 injuries" is no count of the injured
    if k not in _HAND_CLASSES and lemma_of(v.counted) not in ("", v.counted.lower()):
        k = _THESAURUS_CLASSES.get(kind_of(v.counted), k)  # a plural only: "two regular season games" counts no regulars
    return DURATION if k in _HOURS and not v.unit else k


_TIMES_WORDS = frozenset({"once", "twice", "thrice"})


def count_of_times(v: Value) -> bool:
    """A figure that counts how often an act was done ("issued only twice", "scored three times"),
    not things."""
    return v.text.lower() in _TIMES_WORDS or (v.counted or "").lower() == "times"
