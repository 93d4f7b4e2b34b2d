"""A plain post before or for a person is attribution, not framing.

"Fire Chief Tobias Orrell", "Burgomaster Vandermeer" (a translated "mayor"): a noun for a
person's office, carrying no valence, tells the reader who speaks; a rare or unshared word of
that kind is the translator's or the style book's, not the outlet's view. A valenced noun
("strongman", "thug") or one naming no listed office ("traitor", "supremo") is not a post here
and keeps its cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .hits import _Hit
from .resources import sentiwordnet, subjectivity, valence


@lru_cache(maxsize=1)
def _offices() -> tuple[str, ...]:
    """The one-word titles of the entity stage (data/titles.txt): "mayor", "minister", "chief"."""
    from ..entities.lexicon import lexicon as entity_lexicon

    return tuple(sorted(t for t in entity_lexicon().titles if " " not in t))


@lru_cache(maxsize=4096)
def is_plain_post(word: str) -> bool:
    """A noun for an office, listed or narrowing a listed one in OEWN ("burgomaster" under
    "mayor"), that no valence or subjectivity rating marks."""
    from ...text.thesaurus import narrows

    w = word.lower().strip()
    if not w.isalpha() or valence(w) is not None or subjectivity(w) is not None or sentiwordnet(w) > 0:
        return False
    return w in _offices() or any(narrows(w, office) for office in _offices())


# Where a post is attribution: before a capitalised name ("Burgomaster Vandermeer"), or after
# "the" for one person ("said the burgomaster"); a bare plural ("politicos") is a choice of word.
_BEFORE_NAME = re.compile(r"[ \t]+[A-Z][\w'’-]")
_AFTER_THE = re.compile(r"\b[Tt]he[ \t]+$")


def _attributive(text: str, start: int, end: int) -> bool:
    return bool(_BEFORE_NAME.match(text, end) or _AFTER_THE.search(text[max(0, start - 8) : start]))


def drop_plain_posts(text: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits less the loaded words that are one plain post naming a person."""
    return [h for h in hits
            if not (h.kind == "loaded" and _attributive(text, h.start, h.end) and is_plain_post(text[h.start : h.end]))]
