"""A part told with a pronoun: "Fans bought 8,000 tickets. Stewards turned away 700 of them": the
second figure counts the noun the figure before it counted, though the claim reader gives it no
noun of its own. An article that counts a noun and then a part of it this way counts that noun
with two figures, so the noun alone no longer says which of them another article's figure is
(:func:`.values.counted_several_ways`): "900 tickets had been forged" is not the "8,000 tickets"
bought."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...model import Claim, Value
from .figures import DURATION, counted_class

__all__ = ["counted_nouns"]

_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"\.s(\d+)$")
_REACH = 1  # sentences back to the figure the pronoun stands for: its own or the one before


def _sentence_index(claim: Claim) -> int:
    m = _SENTENCE.search(claim.sentence)
    return int(m.group(1)) if m else -1


def counted_nouns(found: Iterable[tuple[Claim, Value]]) -> Iterator[tuple[Claim, Value, str]]:
    """Each figure of one article (in its order) with the noun it counts: its own, or for a part
    told "N of them" the noun of the last count before it, in its sentence or the one before
    (a count of a thing, not a unit or a span of time)."""
    last: tuple[int, str] | None = None
    for claim, v in found:
        here = _sentence_index(claim)
        if v.counted:
            yield claim, v, v.counted
            if not v.unit and counted_class(v) != DURATION:
                last = (here, v.counted)
        elif last and 0 <= here - last[0] <= _REACH and _OF_THEM.match(claim.text, v.end - claim.start):
            yield claim, v, last[1]
