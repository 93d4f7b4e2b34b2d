"""Comparing names as strings: folding, transliteration keys, first names, surnames and titles.

Machine translation garbles names in regular ways: accents dropped ("Lucía" / "Lucia"), letters
of one script written by the sound of another (W/V, Ch/Kh/H, J/Y/I, -ij/-iy, Ph/F), double
letters single, or a surname translated as a word ("Castle" for "Castillo"). The functions here
compare two strings with those changes in mind; resolve.py decides which strings are one name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from .lexicon import fold
from .mentions import _PARTICLES

_CONNECTOR_WORDS = {"of", "the", "and", "for", "de", "la", "le", "du", "des", "da", "del", "der", "von", "van", "on", "in", "at"}


# --- names ----------------------------------------------------------------------------------


def split_name(text: str) -> tuple[str, str]:
    """(first names, surname) of a person's full name; ("", name) for a single word.

    Particles open the surname: "Ursula von der Leyen" -> ("Ursula", "von der Leyen").
    """
    words = text.split()
    if len(words) < 2 or words[0].casefold() in _PARTICLES:  # "Von der Leyen" is a surname alone
        return "", text
    at = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _PARTICLES:
            at = i
            break
    return " ".join(words[:at]), " ".join(words[at:])


def soundex(word: str) -> str:
    """American Soundex: "Gabi" and "Gabby" are both G100; "Anthony" and "Antony" both A535."""
    codes = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"), **dict.fromkeys("dt", "3"),
             "l": "4", **dict.fromkeys("mn", "5"), "r": "6"}
    letters = [c for c in word.casefold() if c.isalpha()]
    if not letters:
        return ""
    out, last = letters[0].upper(), codes.get(letters[0], "")
    for c in letters[1:]:
        code = codes.get(c, "")
        if code and code != last:
            out += code
        if c not in "hw":
            last = code
    return (out + "000")[:4]


def first_names_agree(a: str, b: str) -> bool:
    """Same first name, up to an initial or a middle name: "Joe" ~ "J." ~ "Joe R."."""
    wa, wb = fold(a).replace(".", "").split(), fold(b).replace(".", "").split()
    if not wa or not wb:
        return True
    for x, y in zip(wa, wb):
        if x != y and not (len(x) == 1 and y.startswith(x)) and not (len(y) == 1 and x.startswith(y)):
            return False
    return True


def first_names_sound_alike(a: str, b: str) -> bool:
    """A spelling variant of the same first name: "Gabi" / "Gabby", "Anthony" / "Antony"."""
    x, y = fold(a).replace(".", ""), fold(b).replace(".", "")
    if min(len(x), len(y)) < 3 or x[0] != y[0]:
        return False
    distance = Levenshtein.distance(x, y)
    return distance == 1 or (distance == 2 and soundex(x) == soundex(y))


_TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "prof": "professor", "dr": "doctor",
    "pres": "president", "sgt": "sergeant", "defence": "defense", "advisor": "adviser",
}


def _title_words(title: str) -> list[str]:
    words = fold(title).replace(".", " ").replace("-", " ").split()
    return [_TITLE_ABBREVIATIONS.get(w, w) for w in words if w not in _CONNECTOR_WORDS]


# Words that describe someone without naming an office; with "police" or "club" before them
# they still say nothing about rank.
_VAGUE_TITLE_WORDS = frozenset({"leader", "head", "boss", "official", "representative", "police", "club", "party", "team"})
# A rank that makes another office: a deputy minister is not the minister.
_SUBORDINATE_RANKS = frozenset({"deputy", "vice", "assistant", "under", "associate", "lieutenant", "junior"})


def titles_agree(a: str, b: str) -> bool:
    """"Secretary" agrees with "Secretary of State" and "Gov." with "Governor"; "Foreign
    Minister" does not agree with "Secretary of State", nor "Deputy Chief Constable" with
    "Chief Constable"."""
    wa, wb = _title_words(a), _title_words(b)
    if set(wa) <= _VAGUE_TITLE_WORDS or set(wb) <= _VAGUE_TITLE_WORDS:
        return True  # "police leader", "their representative": a description, not an office
    if (set(wa) ^ set(wb)) & _SUBORDINATE_RANKS:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return set(short) <= set(long_)


