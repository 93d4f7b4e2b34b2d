"""Places at two levels: a town and its country, named by two articles, are one referent.

"held in Lisvarre" / "held in Ostrenia" is no disagreement where the story itself writes the
one inside the other: "Lisvarre, Ostrenia" (a dateline or an address), "Lisvarre in Ostrenia",
"the Ostrenian port of Lisvarre" (a demonym of the wider place), "Ostrenia's port of Lisvarre".
Two towns of one country ("Lisvarre, Ostrenia" / "Dalmor, Ostrenia") still disagree: neither
is written inside the other. A comma that runs on into a list ("Lisvarre, Dalmor and Kestin")
places nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..entities.forms import _DEMONYM_ENDINGS  # "Ostrenia" -> "Ostrenian", "Veradia" -> "Veradian"

# A comma that runs on into a list: "Lisvarre, Dalmor and Kestin", "Lisvarre, Dalmor, Kestin and ..."
_LIST_GOES_ON = re.compile(r"\s+(?:and|or|&)\b|,\s+[A-Z][\w’'-]*(?:,|\s+(?:and|or)\b)")
# The nouns between a wider place and the town: "port of", "second city of", "capital"
_LINK = r"(?:[a-z][a-z-]*\s+){1,3}of\s+(?:the\s+)?|[a-z][a-z-]*\s+"
_NOT_A_LINK = re.compile(r"\b(?:to|from|in|at|near|with|and|or|for|by|on|into|against|than|said|says|say)\b")


def _name(text: str) -> str:
    return r"(?i:" + r"\s+".join(re.escape(w) for w in text.split()) + r")"


@lru_cache(maxsize=1)
def _real_demonyms() -> dict[str, tuple[str, ...]]:
    """Territory code -> its listed demonyms ("FR" -> "French", ...)."""
    from ..entities.lexicon import lexicon

    out: dict[str, list[str]] = {}
    for word, code in lexicon().demonyms.items():
        if code:
            out.setdefault(code, []).append(word)
    return {code: tuple(words) for code, words in out.items()}


def _demonyms(place: str) -> set[str]:
    """The words naming people or things of ``place``: derived ("Ostrenian") or listed ("French")."""
    if " " in place.strip():
        return set()
    stems = {place, place[:-1]} if place[-1:] in "aeo" else {place}
    forms = {s + e for s in stems for e in _DEMONYM_ENDINGS}
    from ..entities.lexicon import lexicon

    code = lexicon().place_code(place)
    forms |= set(_real_demonyms().get(code, ())) if code else set()
    return forms


def _written_inside(small: str, large: str, story: str) -> bool:
    """``story`` writes ``small`` as a place within ``large``."""
    s, big = _name(small), _name(large)
    for m in re.finditer(rf"\b{s},\s+(?:in\s+)?{big}\b", story):
        if not _LIST_GOES_ON.match(story, m.end()):
            return True
    if re.search(rf"\b{s}\s+in\s+{big}\b", story):
        return True
    for m in re.finditer(rf"\b{big}[’']s\s+((?:{_LINK})?){s}\b", story):
        if not _NOT_A_LINK.search(m.group(1)):
            return True
    demonyms = _demonyms(large)
    if demonyms:
        words = "|".join(re.escape(d) for d in sorted(demonyms, key=len, reverse=True))
        for m in re.finditer(rf"\b(?i:{words})\s+({_LINK}){s}\b", story):
            if not _NOT_A_LINK.search(m.group(1)):
                return True
    return False


def one_inside_other(a: str, b: str, story: str) -> bool:
    """Either name is written, somewhere in the story, as a place within the other."""
    if not story or not a.strip() or not b.strip():
        return False
    return _written_inside(a, b, story) or _written_inside(b, a, story)
