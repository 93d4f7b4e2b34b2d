"""The size of one gathering: "a crowd of 38,000" and "the 40,000 fans packed into the ground" count the
people present at one event, whatever noun counts them. A figure gives a gathering's size when it follows
"<noun> of", the noun's commonest OEWN sense being a group of people ("crowd", "audience", "turnout",
"congregation", "throng"; not an organisation: "a staff of 40", "a team of 12" count members).

Two such counts are one quantity only where the two sentences are already likely one proposition (aligned,
or each the other's best match naming the same people), one side at least tells the gathering, and each
sentence counts people with that figure alone."""

from __future__ import annotations

import re

from ...model import Claim, Value
from ...text.thesaurus import kind_of
from .figures import counted_class, figure

# "<noun> of" and at most two words between (an approximation, an adjective): "an audience of about 1,400"
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:[a-z]+\s+){0,2}$")
_PEOPLE = ("", "people")


def gathering_size(claim: Claim, v: Value) -> bool:
    """The figure is the size of a gathering: "a crowd of 38,000", "an audience of about 1,400 people"."""
    if v.kind != "number" or figure(v)[3] or counted_class(v) not in _PEOPLE:
        return False
    m = _OF_BEFORE.search(claim.text[: v.start - claim.start])
    return bool(m) and kind_of(m.group(1)) == "group"


def _only_people_count(claim: Claim, v: Value) -> bool:
    """The sentence counts people (or nothing named) with this figure alone."""
    return sum(1 for t in claim.values if t.kind == "number" and not figure(t)[3] and counted_class(t) in _PEOPLE) == 1


def one_gathering(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two counts of the people at one gathering ("a crowd of 38,000" / "the 40,000 fans"): one side at
    least gives a gathering's size, the other a gathering's size or a count of people (a bare figure only
    as a gathering's), and each is its sentence's only count of people."""
    if not (gathering_size(a, va) or gathering_size(b, vb)):
        return False
    for c, v in ((a, va), (b, vb)):
        if v.kind != "number" or figure(v)[3] or not _only_people_count(c, v):
            return False
        if counted_class(v) != "people" and not gathering_size(c, v):
            return False
    return True
