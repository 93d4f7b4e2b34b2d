"""Word lists the rules tagger reads: project data files plus gazetteers shipped by installed packages.

- ``data/titles.txt``, ``honorifics.txt``, ``org_heads.txt``, ``place_words.txt``,
  ``common_words.txt``, ``first_names.txt``, ``first_names_census.txt`` (1990 US Census, public
  domain; scripts/build_first_names.py), ``places.tsv``: kept as data, each citing its source in
  its header.
- the word-piece vocabulary of the packaged static embedder: English words (``is_word``).
- babel: English country and region names (``Locale('en').territories``), months and weekdays.
- the IANA time-zone database (``zoneinfo``): city names ("Asia/Jerusalem" -> "Jerusalem").

Everything loads once, on first use.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...text.thesaurus import senses

log = logging.getLogger(__name__)

# babel territory codes that are not places (the UN, the EU, the eurozone, pseudo-locales).
_NOT_PLACES = {"UN", "EU", "EZ", "QO", "XA", "XB", "ZZ", "001"}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def _data_lines(name: str) -> list[str]:
    text = resources.files("rashomon").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-folded, straight apostrophes, single spaces: the form names are compared in."""
    return " ".join(text.translate(_APOSTROPHES).casefold().split())


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Lower-case English words: the word-piece vocabulary of the packaged static embedder
    (data/static/tokenizer.json, Apache-2.0), whole words only."""
    import json

    path = resources.files("rashomon").joinpath("data", "static", "tokenizer.json")
    try:
        vocab = json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, KeyError, ValueError):
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha() and w.islower() and len(w) > 2)


def is_word(text: str) -> bool:
    """An English word ("Kettle", "Frost"): a surname written as one may be a translation."""
    return fold(text) in _vocabulary()


def dictionary_word(text: str) -> bool:
    """An English word a dictionary lists: in the embedder's vocabulary and an OEWN lemma or a
    form of one ("Willow", "Birds"). The vocabulary alone holds surnames ("Hollis", "Vogel"),
    which OEWN, whose proper nouns are capitalised, does not answer for a lower-case word."""
    return is_word(text) and bool(senses(fold(text)))



@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: frozenset[str]  # folded, multi-word allowed
    title_max_words: int
    title_last_words: frozenset[str]  # folded last word of each title: a cheap first test
    title_heads: frozenset[str]  # last word of a title built from parts (data/title_parts.txt)
    title_modifiers: frozenset[str]  # ranks and portfolio words that may come before a head
    honorifics: frozenset[str]  # folded
    first_names: frozenset[str]  # as written
    org_heads: frozenset[str]
    place_heads: frozenset[str]
    directions: frozenset[str]
    common: frozenset[str]  # folded words that are never names on their own
    calendar: frozenset[str]  # folded months and weekdays
    places: dict[str, str]  # folded place name or alias -> territory code ("" for cities)
    demonyms: dict[str, str]  # folded demonym, singular and plural -> territory code
    place_names: dict[str, str]  # territory code -> English name

    def place_code(self, text: str) -> str | None:
        """The territory code of a place name, alias or city ("" for a city), or None."""
        letters = text.replace(".", "")
        if len(letters) <= 3 and not letters.isupper():
            return None  # "US" is a country, "Us" and "us" are not
        return self.places.get(fold(text))

    def demonym_code(self, text: str) -> str | None:
        return self.demonyms.get(fold(text))

    def is_title(self, text: str) -> bool:
        """A listed title, or one built from parts: up to three ranks or portfolio words, then a
        head ("Commerce Minister", "Fire Chief", "Deputy Chief Constable")."""
        folded = fold(text)
        if folded in self.titles:
            return True
        words = folded.split()
        if len(words) < 2 or len(words) > 4 or words[-1] not in self.title_heads:
            return False
        return all(w in self.title_modifiers for w in words[:-1])

    def is_first_name(self, word: str) -> bool:
        """A listed first name, accents aside ("Élodie" for "Elodie")."""
        if word in self.first_names:
            return True
        from anyascii import anyascii

        return anyascii(word) in self.first_names

    def may_end_title(self, word: str) -> bool:
        return fold(word) in self.title_last_words


def _plurals(word: str) -> list[str]:
    # "Israeli" -> "Israelis"; "Chinese", "Swiss", "French" have no -s plural.
    if word.endswith(("ese", "ss", "sh", "ch")) or " " in word:
        return []
    return [word + "s"]


def _territories() -> dict[str, str]:
    import babel

    names: dict[str, str] = {}
    for code, name in babel.Locale("en").territories.items():
        if code in _NOT_PLACES or code.startswith("X"):
            continue
        names[code] = name
    return names


def _variants_of(name: str) -> list[str]:
    """Plain-text spellings of a babel territory name ("Bosnia & Herzegovina", "St. Lucia")."""
    out = {name}
    base = re.sub(r"\s*\(.*?\)", "", name)  # "Myanmar (Burma)"
    base = re.sub(r"\s+SAR China$", "", base)  # "Hong Kong SAR China"
    out.add(base)
    out.add(base.replace(" & ", " and "))
    if base.startswith("St. "):
        out.add("Saint " + base[4:])
    return [v for v in out if v and " - " not in v]


def _cities() -> list[str]:
    import zoneinfo

    cities = set()
    for zone in zoneinfo.available_timezones():
        parts = zone.split("/")
        if len(parts) < 2 or parts[0] in {"Etc", "SystemV", "US", "Canada", "Brazil", "Chile", "Mexico"}:
            continue
        city = parts[-1].replace("_", " ")
        if city[:1].isupper() and not any(ch.isdigit() for ch in city) and len(city) > 3:
            cities.add(city)
    return sorted(cities)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    import babel

    titles = frozenset(fold(t) for t in _data_lines("titles.txt"))
    title_parts: dict[str, set[str]] = {"heads": set(), "ranks": set(), "portfolios": set()}
    section = ""
    for line in _data_lines("title_parts.txt"):
        if line.startswith("["):
            section = line.strip("[]")
        else:
            title_parts[section].add(fold(line))
    first_names = frozenset(word for name in ("first_names.txt", "first_names_census.txt")
                            for line in _data_lines(name) for word in line.split())

    place_heads: set[str] = set()
    directions: set[str] = set()
    section = ""
    for line in _data_lines("place_words.txt"):
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "heads":
            place_heads.add(line)
        elif section == "directions":
            directions.add(line)

    territories = _territories()
    places: dict[str, str] = {}
    for city in _cities():
        places[fold(city)] = ""
    for code, name in territories.items():
        for variant in _variants_of(name):
            places[fold(variant)] = code
    demonyms: dict[str, str] = {}
    for line in _data_lines("places.tsv"):
        code, kind, forms = line.split("\t")
        for form in forms.split("|"):
            if kind == "alias":
                places[fold(form)] = code
            else:
                demonyms[fold(form)] = code
                for plural in _plurals(form):
                    demonyms[fold(plural)] = code

    english = babel.Locale("en")
    calendar = {fold(n) for n in english.months["format"]["wide"].values()}
    calendar |= {fold(n) for n in english.days["format"]["wide"].values()}
    common = {fold(w) for w in _data_lines("common_words.txt")} | calendar
    common -= {fold(n) for n in first_names}  # a first name opening a sentence is a name

    lex = Lexicon(
        titles=titles,
        title_max_words=max(4, *(len(t.split()) for t in titles)),
        title_last_words=frozenset(t.split()[-1] for t in titles) | title_parts["heads"],
        title_heads=frozenset(title_parts["heads"]),
        title_modifiers=frozenset(title_parts["ranks"] | title_parts["portfolios"]),
        honorifics=frozenset(fold(h) for h in _data_lines("honorifics.txt")),
        first_names=first_names,
        org_heads=frozenset(_data_lines("org_heads.txt")),
        place_heads=frozenset(place_heads),
        directions=frozenset(directions),
        common=frozenset(common),
        calendar=frozenset(calendar),
        places=places,
        demonyms=demonyms,
        place_names=territories,
    )
    log.debug("entity lexicon: %d titles, %d first names, %d places, %d demonyms",
              len(titles), len(first_names), len(places), len(demonyms))
    return lex
