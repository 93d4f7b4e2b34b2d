"""Distinctive facts two claims share: evidence of one claim however loosely it is paraphrased.

Outlets that retell a fact in other words, or through machine translation, keep its specific
slots: a measure with its unit ("a 15-centimetre borehole" / "a perforation of 15 centimeters"),
a span of time ("an 11-day walkout" / "after eleven days of disruption"), or a day with its part
of the day ("who visited on Tuesday evening" / "flew there on Tuesday evening", "at about 9 a.m.
on Saturday" / "on Saturday morning"). A slot no outlet repeats is an anchor: two claims of two
articles sharing one, each the other's likeliest claim among those of its article stating it, agree
from a lower probability than other pairs (``pairs.scored_pairs``), and a newcomer so tied to one
member of a group and sharing the slot with every other joins it (``groups.group_pairs``). A bare
count is no anchor ("14 killed" / "14 arrested"), nor a bare weekday, nor a small span ("three
days"), nor a day that bounds a span ("since Thursday"): they fix no role (bench/README.md,
"anchors12").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations

import numpy as np

from ...model import Claim
from ..claims import span_hours, value_measure

# A slot an article states in more claims than this (past its opening one) is no anchor: a moment
# every sentence of a report repeats ("on Thursday night" of a debate) pins down no claim.
REPEATS = 2
# A span of time anchors only when stated with a figure this large, or with a fraction ("a day and a
# half"): "three days" and "two years" are common phrases of many roles ("three days of mourning",
# "three days after the quake").
SPAN_FIGURE = 10
# How far (characters) from a day a part of the day may be written ("the morning of this Saturday").
_DAY_REACH = 24
_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|overnight|midday|noon|dawn|dusk)\b", re.IGNORECASE)
# A day after one of these words bounds a span ("waited until Monday morning", "arrested since
# Thursday"): another role than the moment an act took place.
_BOUND = re.compile(r"\b(since|until|till|before|after|from|by)\s+(?:the\s+|this\s+|last\s+|next\s+)?$", re.IGNORECASE)
_PARTS = {"overnight": "night", "midday": "afternoon", "noon": "afternoon", "dawn": "morning", "dusk": "evening"}


def part_of_clock(hhmm: str) -> str | None:
    """The part of the day a clock time falls in ("09:00" -> "morning"), None when unreadable."""
    try:
        hour = int(hhmm.split(":")[0])
    except ValueError:
        return None
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


def moment_keys(claim: Claim) -> set[str]:
    """The claim's days with their part of the day (``_moments``), however often the story repeats them."""
    return _moments(claim)


def _moments(claim: Claim) -> set[str]:
    """Each day the claim states (a weekday or a date) with the part of the day written next to it,
    or told by a clock time when the claim states one day: "Tuesday evening" -> "m:tuesday:evening",
    "at about 9 a.m. on Saturday" -> "m:saturday:morning"."""
    days = [
        v for v in claim.values
        if v.kind in ("weekday", "date") and not _BOUND.search(claim.text[: v.start - claim.start])
    ]
    out = set()
    for v in days:
        lo, hi = v.start - claim.start, v.end - claim.start
        window = claim.text[max(lo - _DAY_REACH, 0) : hi + _DAY_REACH]
        out |= {f"m:{v.normalized}:{_PARTS.get(m.lower(), m.lower())}" for m in _PART_OF_DAY.findall(window)}
    if len({v.normalized for v in days}) == 1:
        clocks = {p for v in claim.values if v.kind == "time" and "part" not in v.qualifier.split() and (p := part_of_clock(v.normalized))}
        out |= {f"m:{days[0].normalized}:{p}" for p in clocks}
    return out


def _measures(claim: Claim) -> set[str]:
    """Each figure the claim states with a unit of measure (in SI) or as a span of time (in hours):
    "15-centimetre" and "15 centimeters" -> "u:0.15 m", "11-day" and "eleven days" -> "u:264 h"."""
    out = set()
    for v in claim.values:
        if v.kind != "number" or v.unit:
            continue
        try:
            figure = float(v.normalized.split()[0])
        except (ValueError, IndexError):
            continue
        hours = span_hours(v.counted) if v.counted else None
        si = value_measure(v)
        if hours is not None:
            if figure < SPAN_FIGURE and figure == int(figure):
                continue  # "three days" is a common phrase; "a day and a half", "2.5 years" are not
            out.add(f"u:{figure * hours:.4g} h")
        elif si is not None:
            out.add(f"u:{figure * si[1]:.4g} {si[0]}")
    return out


def slot_keys(claim: Claim) -> set[str]:
    """The claim's distinctive slots: measures and spans of time, days with their part of the day."""
    return _moments(claim) | _measures(claim)


def story_slots(claims: Sequence[Claim]) -> list[set[str]]:
    """Each claim's slots that no article states in more than REPEATS claims past its opening one
    (a headline repeats its lead)."""
    keys = [slot_keys(c) for c in claims]
    opening: dict[str, int] = {}
    for k, c in enumerate(claims):
        if c.article not in opening or c.start < claims[opening[c.article]].start:
            opening[c.article] = k
    openers = set(opening.values())
    per_article = Counter(
        (c.article, key) for k, (c, ks) in enumerate(zip(claims, keys)) if k not in openers for key in ks
    )
    repeated = {key for (_, key), n in per_article.items() if n > REPEATS}
    return [ks - repeated for ks in keys]


def anchored_pairs(
    first: np.ndarray, second: np.ndarray, p: np.ndarray, claims: Sequence[Claim], slots: Sequence[set[str]],
) -> np.ndarray:
    """Per weighed pair: the two claims share a slot and each is the other's likeliest claim among
    those of its article stating that slot (one-to-one: of two sentences of one outlet telling
    "Tuesday evening", only the one closer to the other outlet's is tied by it)."""
    best: dict[tuple[int, str, str], float] = {}
    for i, j, q in zip(first, second, p):
        for key in slots[i] & slots[j]:
            for mine, theirs in ((i, j), (j, i)):
                slot = (int(mine), claims[theirs].article, key)
                best[slot] = max(best.get(slot, 0.0), float(q))
    return np.fromiter(
        (
            any(
                q >= best[(int(i), claims[j].article, key)] and q >= best[(int(j), claims[i].article, key)]
                for key in slots[i] & slots[j]
            )
            for i, j, q in zip(first, second, p)
        ),
        dtype=bool, count=len(first),
    )


def slot_ties(claims: Sequence[Claim], probability: dict[tuple[int, int], float], floor: float) -> np.ndarray:
    """Claims x claims: 2 where ``anchored_pairs`` ties two claims by a slot at probability ``floor``
    or more (``probability``: every weighed pair's, keyed (i, j), i < j), 1 where they merely share
    a slot, 0 elsewhere."""
    slots = story_slots(claims)
    ties = np.zeros((len(claims), len(claims)), dtype=np.int8)
    stating: dict[str, list[int]] = defaultdict(list)
    for k, keys in enumerate(slots):
        for key in keys:
            stating[key].append(k)
    for ks in stating.values():
        for i, j in combinations(ks, 2):
            if claims[i].article != claims[j].article:
                ties[i, j] = ties[j, i] = 1
    if not probability:
        return ties
    first, second = (np.fromiter(side, dtype=np.int64, count=len(probability)) for side in zip(*probability))
    p = np.fromiter(probability.values(), dtype=np.float64, count=len(probability))
    tied = anchored_pairs(first, second, p, claims, slots) & (p >= floor)
    ties[first[tied], second[tied]] = ties[second[tied], first[tied]] = 2
    return ties
