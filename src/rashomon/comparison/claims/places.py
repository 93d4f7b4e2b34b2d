"""Places of acts: where a sentence says something was done to someone.

"Ormanov was detained ... at a checkpoint near Tobylgan" -> (detain, "Tobylgan");
"the survivors were transferred to the port of Marsena" -> (bring, "Marsena").
The place is the first name after a locative preposition (at, in, near, to, on) within a few
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
}
_ACT_OF = {verb: act for act, verbs in _ACTS.items() for verb in verbs}
_VERB = re.compile(r"\b(" + "|".join(sorted(_ACT_OF, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_PLACE = re.compile(
    r"\b(?:at|in|near|to|on)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][a-z-]*\s+){0,3}?(?:(?:of|near|in)\s+(?:the\s+)?)?"
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
            out.append(Place(act=_ACT_OF[v.group(1).lower()], verb=v.group(1), name=name, start=offset + start, end=offset + start + len(name)))
            break
    return tuple(out)
