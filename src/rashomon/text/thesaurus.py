"""A thesaurus from Open English WordNet: what kind of thing a noun names.

    kind_of("residents")                -> "person"; kind_of("miners") -> "worker"; kind_of("ferries") -> "vehicle"
    same_kind("inhabitants", "evacuees") -> True

Words are taken as written: irregular plurals by OEWN's own table ("children"), regular endings
by rule ("-ies", "-es", "-s", "-men"). A noun's kind is that of its commonest sense, the nearest head of its hypernym chain
(person, worker, vehicle, building, money, time, unit, place, ...: scripts/build_thesaurus.py
lists them). The table, data/thesaurus_nouns.tsv, is read on first use, so importing this module
costs nothing. Source and licence: data/thesaurus.md. (Verbs of one meaning were built too and
left out: every conflict check that used them gained false conflicts; bench/README.md, thesaurus10.)
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["kind_of", "kinds_of", "lemma_of", "same_kind"]

@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """noun -> "KIND,KIND,KIND" (its first senses' kinds), or "=LEMMA" for an irregular plural.
    Kept as written and split on use: parsing every row would slow the first comparison."""
    text = (resources.files("rashomon") / "data" / "thesaurus_nouns.tsv").read_text(encoding="utf-8")
    cells = text[text.index("\n") + 1 :].strip().replace("\n", "\t").split("\t")  # past the commit line
    return dict(zip(cells[0::2], cells[1::2]))


# "people" is the plural of "person" in news; OEWN has it only as a noun of its own (a group).
_PLURALS = {"people": "person"}


def _noun_candidates(word: str) -> list[str]:
    out = [_PLURALS.get(word, word)]
    if word.endswith("men"):
        out.append(word[:-3] + "man")  # "women", "policemen": OEWN lists only some
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


@lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """The OEWN noun lemma ``word`` is a form of, or "" when none is known."""
    w = word.lower().strip("’'").removesuffix("’s").removesuffix("'s")
    nouns = _nouns()
    if nouns.get(w, "").startswith("="):
        return nouns[w][1:]
    return next((c for c in _noun_candidates(w) if c in nouns and not nouns[c].startswith("=")), "")


def kinds_of(noun: str) -> tuple[str, ...]:
    """The kinds of the noun's first senses, commonest first ("-" for a sense under no head)."""
    lemma = lemma_of(noun)
    return tuple(_nouns()[lemma].split(",")) if lemma else ()


def kind_of(noun: str) -> str:
    """The kind of thing the noun's commonest sense names ("person", "worker", "vehicle", ...), "" if none."""
    kinds = kinds_of(noun)
    return kinds[0] if kinds and kinds[0] != "-" else ""


def same_kind(noun_a: str, noun_b: str) -> bool:
    """Whether the two nouns' commonest senses are things of one kind (both people, both vehicles)."""
    kind = kind_of(noun_a)
    return bool(kind) and kind == kind_of(noun_b)
