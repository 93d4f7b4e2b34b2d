"""Places of acts: where a sentence says something was done to someone.

"Ormanov was detained ... at a checkpoint near Tobylgan" -> (detain, "Tobylgan");
"the survivors were transferred to the port of Marsena" -> (bring, "Marsena"); where a thing
was lost or an event broke out or struck: "the boat sank off Kerrow" -> (wreck, "Kerrow"), "the
fire broke out at the Harnet depot" -> (outbreak, "Harnet").
:func:`place_names` reads every place a sentence names where something happened ("near the
intersection of 117th Street and 97th Avenue in Richmond Hill"), whatever the act.
The place is the first name after a locative preposition (at, in, near, to, on, off, outside) within a few
words after the verb, past common nouns ("a checkpoint near", "the village of"); a direction
from another place ("north of Varnholm") is no place of the act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...text.calendar import CALENDAR_WORDS

_ACTS = {
    "detain": ("detained", "arrested", "caught", "captured", "seized", "apprehended", "held", "snatched"),
    "bring": ("landed", "transferred", "taken", "brought", "moved", "flown", "disembarked", "evacuated"),
    # where a thing was lost or an event broke out: "the boat sank off Kerrow", "the fire broke out at"
    "wreck": ("sank", "capsized", "went down", "ran aground", "foundered"),
    "crash": ("crashed", "derailed", "plunged", "crash-landed"),
    "outbreak": ("broke out", "started", "erupted", "exploded", "ripped through", "tore through", "swept through"),
    "strike": ("struck", "hit"),
}
_ACT_OF = {verb: act for act, verbs in _ACTS.items() for verb in verbs}
_VERB = re.compile(r"\b(" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(_ACT_OF, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_PLACE = re.compile(
    r"\b(?:at|in|near|to|on|off|outside)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][a-z-]*\s+){0,3}?(?:(?:of|near|in)\s+(?:the\s+)?)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
_DIRECTION = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+$", re.IGNORECASE)
_TIME_WORDS = CALENDAR_WORDS
_REACH = 90  # characters after the verb


@dataclass(frozen=True, slots=True)
class Place:
    act: str
    verb: str
    name: str
    start: int
    end: int


@lru_cache(maxsize=16384)
def read_places(text: str, offset: int = 0) -> tuple[Place, ...]:
    out: list[Place] = []
    for v in _VERB.finditer(text):
        window = re.split(r"[;:.]|,\s+(?:while|and|but|as|who|which)\b", text[v.end() : v.end() + _REACH])[0]
        for m in _PLACE.finditer(window):
            name = m.group("name")
            if name.split()[0].lower() in _TIME_WORDS:
                continue  # "on Thursday": a time, not a place
            if _DIRECTION.search(window[: m.start("name")]):
                continue
            start = v.end() + m.start("name")
            out.append(Place(act=_ACT_OF[" ".join(v.group(1).lower().split())], verb=v.group(1), name=name, start=offset + start, end=offset + start + len(name)))
            break
    return tuple(out)


# Where something happened, whatever the act: a name after a locative preposition, past a few
# common nouns ("near the intersection of 117th Street", "at the corner of Main Street"); a
# numbered street ("117th Street") is a name too.
_WHERE = re.compile(
    r"\b(?:[Aa]t|[Ii]n|[Nn]ear|[Oo]n|[Aa]long|[Oo]utside|[Ii]nside)\s+(?:(?:the|a|an)\s+)?(?:[a-z][a-z-]*\s+){0,2}?(?:of\s+(?:the\s+)?)?"
    r"(?P<name>(?:\d+(?:st|nd|rd|th)|[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,2})"
)
# The last word of a street address: the most specific place a report names
_STREET = frozenset({
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "highway", "plaza",
    "square", "parkway", "expressway", "freeway", "bridge", "tunnel", "interstate", "route",
})


def _calendar(word: str) -> bool:
    """A day or month, whole or cut short ("Dec.", "Sept")."""
    w = re.sub(r"[’']s$", "", word.lower()).strip(".")  # "in Sunday's referendum"
    return len(w) >= 3 and any(c.startswith(w) for c in _TIME_WORDS)


@lru_cache(maxsize=16384)
def place_names(text: str) -> dict[str, bool]:
    """The places a sentence names where something happened, each with whether it is a street
    address ("walking near 117th Street in Richmond Hill" -> {"117th Street": True, "Richmond Hill": False})."""
    out: dict[str, bool] = {}
    for m in _WHERE.finditer(text):
        name = m.group("name")
        words = name.split()
        if _calendar(words[0]) or _DIRECTION.search(text[: m.start("name")]):
            continue  # "on Thursday", "in Dec. 2009": a time; "north of Varnholm": a direction
        out[name] = any(w.lower().strip(".") in _STREET for w in words[1:])
    return out
