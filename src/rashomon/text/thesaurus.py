"""A thesaurus from Open English WordNet: which verbs mean the same, what kind of thing a noun names.

    same_meaning("halted", "stopped")   -> True   (one sense shared, or one sense the other's hypernym)
    kind_of("residents")                -> "person"; kind_of("miners") -> "worker"; kind_of("ferries") -> "vehicle"
    same_kind("inhabitants", "evacuees") -> True

Words are taken as written: irregular forms by OEWN's own table ("children", "led"), regular
endings by rule ("-ies", "-es", "-s"; "-ied", "-ed", "-ing" with a doubled consonant or a lost
"e"). A noun's kind is that of its commonest sense, the nearest head of its hypernym chain
(person, worker, vehicle, building, money, time, unit, place, ...: scripts/build_thesaurus.py
lists them). The tables, data/thesaurus_nouns.tsv and data/thesaurus_verbs.tsv, are each read on
first use, so importing this module costs nothing. Source and licence: data/thesaurus.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["kind_of", "kinds_of", "lemma_of", "same_kind", "same_meaning"]

# Senses of each verb compared: a verb's rarer senses ("run" has 41) would make most verbs one meaning.
_VERB_SENSES = 4


def _rows(name: str) -> list[str]:
    text = (resources.files("rashomon") / "data" / name).read_text(encoding="utf-8")
    return text.splitlines()[1:]  # past the line naming the OEWN commit


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """noun -> "KIND,KIND,KIND" (its first senses' kinds), or "=LEMMA" for an irregular plural.
    Kept as written and split on use: parsing every row would slow the first comparison."""
    text = (resources.files("rashomon") / "data" / "thesaurus_nouns.tsv").read_text(encoding="utf-8")
    cells = text[text.index("\n") + 1 :].strip().replace("\n", "\t").split("\t")  # past the commit line
    return dict(zip(cells[0::2], cells[1::2]))


@dataclass(frozen=True, slots=True)
class _Verbs:
    senses: dict[str, tuple[int, ...]]  # verb -> its senses (synset numbers), commonest first
    hypernyms: dict[int, tuple[int, ...]]  # verb synset -> its direct hypernyms
    forms: dict[str, str]  # irregular form -> lemma


@lru_cache(maxsize=1)
def _verbs() -> _Verbs:
    senses: dict[str, tuple[int, ...]] = {}
    hypernyms: dict[int, tuple[int, ...]] = {}
    forms: dict[str, str] = {}
    for line in _rows("thesaurus_verbs.tsv"):
        row = line.split("\t")
        if row[0] == "v":
            senses[row[1]] = tuple(int(s) for s in row[2].split())
        elif row[0] == "h":
            hypernyms[int(row[1])] = tuple(int(s) for s in row[2].split())
        elif row[0] == "f":
            forms.setdefault(row[1], row[2])
    return _Verbs(senses, hypernyms, forms)


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


def _verb_candidates(word: str) -> list[str]:
    out = [word]
    for ending in ("ed", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "stopped" -> "stop"
    if word.endswith("ied"):
        out.append(word[:-3] + "y")
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


@lru_cache(maxsize=65536)
def lemma_of(word: str, pos: str) -> str:
    """The OEWN lemma ``word`` is a form of (``pos`` "n" or "v"), or "" when none is known."""
    w = word.lower().strip("’'").removesuffix("’s").removesuffix("'s")
    if pos == "n":
        nouns = _nouns()
        if nouns.get(w, "").startswith("="):
            return nouns[w][1:]
        return next((c for c in _noun_candidates(w) if c in nouns and not nouns[c].startswith("=")), "")
    verbs = _verbs()
    if (irregular := verbs.forms.get(w)) is not None and irregular in verbs.senses:
        return irregular
    return next((c for c in _verb_candidates(w) if c in verbs.senses), "")


def kinds_of(noun: str) -> tuple[str, ...]:
    """The kinds of the noun's first senses, commonest first ("-" for a sense under no head)."""
    lemma = lemma_of(noun, "n")
    return tuple(_nouns()[lemma].split(",")) if lemma else ()


def kind_of(noun: str) -> str:
    """The kind of thing the noun's commonest sense names ("person", "worker", "vehicle", ...), "" if none."""
    kinds = kinds_of(noun)
    return kinds[0] if kinds and kinds[0] != "-" else ""


def same_kind(noun_a: str, noun_b: str) -> bool:
    """Whether the two nouns' commonest senses are things of one kind (both people, both vehicles)."""
    kind = kind_of(noun_a)
    return bool(kind) and kind == kind_of(noun_b)


def _senses(verb: str) -> tuple[int, ...]:
    lemma = lemma_of(verb, "v")
    return _verbs().senses.get(lemma, ())[:_VERB_SENSES] if lemma else ()


def same_meaning(verb_a: str, verb_b: str) -> bool:
    """Whether two verbs (any inflection) can mean one act: one of their commonest senses is one
    synset ("headed" / "led"), or the direct hypernym of the other's ("shot" / "killed")."""
    a, b = _senses(verb_a), _senses(verb_b)
    if not a or not b:
        return False
    if set(a) & set(b):
        return True
    up = _verbs().hypernyms
    return any(h in b for s in a for h in up.get(s, ())) or any(h in a for s in b for h in up.get(s, ()))
