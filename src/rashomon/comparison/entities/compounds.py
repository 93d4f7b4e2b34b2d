"""A name made of one compound word, translated word by word: "Greyhaven Bank" as "Grey Harbour
Bank", "Northlight Aid" as "Northern Light for Relief".

A translation that meets a compound it does not know as a name splits it into the English
words it is made of, each one translated, its synonym or a derived form ("north" / "northern").
The reverse (English words joined into one word that is no word) is not what a translation does,
so the form that spreads the compound over words is the translated one.
"""

from __future__ import annotations

import re

from ...text.thesaurus import related, synonyms
from .lexicon import is_word
from .names import _CONNECTOR_WORDS

MIN_PART = 3  # "Greyhaven" = "grey" + "haven"; two-letter parts match too much by chance
MIN_COMPOUND = 7
# Endings that derive an adjective or a noun from a word a compound holds ("northern", "sandy").
_DERIVED_ENDINGS = frozenset({"ern", "ish", "y", "en", "ly", "ic", "al", "s", "es", "ed"})


def _parts(word: str) -> list[tuple[str, str]]:
    """Ways ``word`` (folded, no English word itself) splits into two English words."""
    if len(word) < MIN_COMPOUND or not word.isalpha() or is_word(word):
        return []
    return [(word[:i], word[i:]) for i in range(MIN_PART, len(word) - MIN_PART + 1)
            if is_word(word[:i]) and is_word(word[i:])]


def _same_word(part: str, word: str) -> bool:
    """A part of the compound rendered by ``word``: itself, a form derived from it, or a synonym
    (OEWN: one synset)."""
    if part == word:
        return True
    short, long_ = sorted((part, word), key=len)
    if long_.startswith(short) and long_[len(short):] in _DERIVED_ENDINGS:
        return True
    return synonyms(part, word)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _CONNECTOR_WORDS]


def translated_compound(compound_name: str, spread_name: str) -> bool:
    """Whether the folded ``spread_name`` renders the folded ``compound_name`` word by word: one
    word of ``compound_name`` splits into two English words rendered, in order, by two adjacent
    words of ``spread_name``; every other word of each name has its counterpart, in order, the
    same, a synonym or a word one step away in OEWN ("Aid" / "Relief"); words like "of", "for"
    aside."""
    own, other = _content(compound_name.replace("-", " ").split()), _content(spread_name.replace("-", " ").split())
    if len(other) != len(own) + 1:
        return False
    for n, word in enumerate(own):
        for first, second in _parts(word):
            if not (_same_word(first, other[n]) and _same_word(second, other[n + 1])):
                continue
            rest_own, rest_other = own[:n] + own[n + 1:], other[:n] + other[n + 2:]
            if all(x == y or synonyms(x, y) or related(x, y) for x, y in zip(rest_own, rest_other)):
                return True
    return False


def compound_translations(names: dict[str, str]) -> list[tuple[str, str]]:
    """(compound form, spread form) pairs among ``names`` (form key -> folded name): each form
    with a word that splits into two English words, against the forms one word longer."""
    by_length: dict[int, list[str]] = {}
    for key, name in names.items():
        by_length.setdefault(len(_content(name.replace("-", " ").split())), []).append(key)
    out = []
    for key, name in names.items():
        words = _content(name.replace("-", " ").split())
        if not any(_parts(w) for w in words):
            continue
        out.extend((key, other) for other in by_length.get(len(words) + 1, ()) if translated_compound(name, names[other]))
    return out


# A street's name as French, Spanish or Portuguese build it, written back word by word: "Rue du
# Quai" becomes "Street of the Dock" for "Quay Street".
_STREET_WORDS = ("street", "road", "avenue", "lane", "square", "boulevard")
_STREET_OF = re.compile(rf"^(?P<head>{'|'.join(_STREET_WORDS)}) of (?:the )?(?P<word>[^\W\d_]+)$")
_STREET = re.compile(rf"^(?P<word>[^\W\d_]+) (?P<head>{'|'.join(_STREET_WORDS)})$")


def street_translations(names: dict[str, str]) -> list[tuple[str, str, bool]]:
    """(English form, translated form, whether the word differs) for each "<Head> of the <Word>"
    among ``names`` (form key -> folded name) with one "<Word> <Head>" of the same head whose word
    is the same, a synonym or a word one step away in OEWN ("Quay" / "Dock"); only when that
    English form is the only one that fits."""
    english = {key: _STREET.match(name) for key, name in names.items()}
    out = []
    for key, name in names.items():
        spread = _STREET_OF.match(name)
        if not spread:
            continue
        word = spread["word"]
        fits = [(other, m["word"] != word) for other, m in english.items() if m and m["head"] == spread["head"]
                and (m["word"] == word or synonyms(m["word"], word) or related(m["word"], word))]
        if len(fits) == 1:
            out.append((fits[0][0], key, fits[0][1]))
    return out
