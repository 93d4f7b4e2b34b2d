"""Whether two sentences tell two occasions of one broad story, read from their own anchors.

A story's coverage tells earlier games, other crashes and other days beside its event: "70
yards rushing on Sunday against Tampa Bay" and "rushed for 63 yards in the victory over the
Falcons on Dec. 27" are two games; "walking near 117th Street and 97th Avenue at 7 p.m." and
"crossing Queens Plaza North near 27th Street before 10 p.m." are two crashes. Two sentences
tell two occasions when the anchors each states of its own occasion disagree and neither names
the other's:

- the opponent: whom the act was against ("against Tampa Bay" / "over the Falcons");
- the place: the street address ("near 117th Street" / "near 27th Street"); a town or a country
  is no anchor ("in Iran" and "in Kavouhi" may tell one quake at two levels);
- for figures only, the day: two sentences not aligned as one proposition state full dates more
  than two days apart (two games a week apart). A slip of a day is the same event told on two
  days: that is the date conflict itself, and its figures are still compared; a date conflict is
  never dropped for its own days.

No figure or day of one occasion contradicts the other's.
"""

from __future__ import annotations

import datetime as dt
import re

from ...model import Claim, Value
from ...text.calendar import CALENDAR_WORDS
from ...text.datelines import DATELINE, DATELINE_LINE
from ..claims.places import place_names
from .common import Disagreement
from .days import date_of

__all__ = ["opponents", "other_occasions"]

_NAME = r"(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*){0,2})"
# Whom a game, fight or case was against: "against Tampa Bay", "victory over the Falcons",
# "beat the Eagles", "versus Leeds"
_COUNTERPART = re.compile(
    r"\b(?:against|versus|vs\.?|(?:victory|win|triumph|upset|loss|defeat)\s+(?:over|to|against)|"
    r"beat|beating|defeated|defeating|lost\s+to|losing\s+to)\s+" + _NAME
)
_DAY_KINDS = ("date", "weekday")
_SLIP = 2  # days two tellings of one event may differ by: "Sunday night" / "Monday, 3 November"


def opponents(text: str) -> set[str]:
    """The names a sentence's act was against ("in the victory over the Falcons" -> {"Falcons"})."""
    return {
        m.group("name") for m in _COUNTERPART.finditer(text)
        if m.group("name").split()[0].lower().strip(".") not in CALENDAR_WORDS
    }


def _names_none_of(names: set[str], text: str) -> bool:
    """No name of ``names`` stands in ``text`` (whole words; "27th Street" is not in "117th Street")."""
    return not any(re.search(r"(?<![\w’'-])" + re.escape(n) + r"(?![\w’'-])", text, re.IGNORECASE) for n in names)


def _apart(x: set[str], y: set[str], text_x: str, text_y: str) -> bool:
    """Both sentences name some, and neither names any of the other's."""
    return bool(x and y) and _names_none_of(x, text_y) and _names_none_of(y, text_x)


def _places_apart(a: Claim, b: Claim) -> bool:
    """Two street addresses of the event, neither sentence naming the other's. A town or a
    country is no anchor: "in Iran" and "in Kavouhi" may tell one quake at two levels, and a
    name after "in" is often a ship's, a firm's or a people's ("in the holds of the Sea Lark")."""
    streets_a = {n for n, street in place_names(a.text).items() if street}
    streets_b = {n for n, street in place_names(b.text).items() if street}
    return _apart(streets_a, streets_b, a.text, b.text)


def _days(claim: Claim) -> list[Value]:
    """The days a sentence states, past its dateline ("VARNHOLM, Tuesday -": when it was written)."""
    opening = DATELINE.match(claim.text) or DATELINE_LINE.match(claim.text)
    edge = claim.start + (opening.end() if opening else 0)
    return [v for v in claim.values if v.kind in _DAY_KINDS and v.start >= edge]


def _days_apart(a: Claim, b: Claim) -> bool:
    """Both sentences state full dates, and every pair lies more than :data:`_SLIP` days apart:
    a slip of a day or two is one event told on two days (the date conflict, whose figures are
    still compared); a week apart is two games, two sittings, two counts."""
    gaps = [_gap(x, y) for x in _days(a) for y in _days(b)]
    known = [g for g in gaps if g is not None]
    return bool(known) and min(known) > _SLIP


def _gap(x: Value, y: Value) -> int | None:
    """Days between two stated days, when both are full dates (a weekday resolved against its article's date)."""
    dx, dy = date_of(x), date_of(y)
    if dx is None or dy is None:
        return None
    try:
        return abs((dt.date.fromisoformat(dx) - dt.date.fromisoformat(dy)).days)
    except ValueError:
        return None


def other_occasions(d: Disagreement, one_proposition: bool) -> bool:
    """Whether a number or date disagreement compares two occasions (see the module's words);
    ``one_proposition``: the two claims are aligned and as close as the agreement threshold, so
    their two days are two tellings of one event's day (the date conflict), and their figures
    are still compared."""
    if d.kind not in ("number", "date"):
        return False
    a, b = d.a.claim, d.b.claim
    if _apart(opponents(a.text), opponents(b.text), a.text, b.text):
        return True
    if _places_apart(a, b):
        return True
    return d.kind == "number" and not one_proposition and _days_apart(a, b)
