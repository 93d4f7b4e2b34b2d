"""Broad, licensed word resources behind loaded-language detection.

- Valence: VADER's lexicon (Hutto & Gilbert 2014, MIT licence), read from the installed
  ``vaderSentiment`` package: about 7,500 words each rated -4..+4 by ten human raters.
- Register: word frequency from ``wordfreq`` (Speer 2022; code Apache-2.0, data CC BY-SA 4.0),
  as a Zipf value (log10 of frequency per billion words: "the" 7.7, "cut" 5.2, "slashed" 3.2).
- Subjectivity: ``data/subjectivity.tsv`` (scripts/build_subjectivity.py): the pattern sentiment
  lexicon's hand-rated subjectivity of about 1,500 words (De Smedt & Daelemans 2012,
  public domain) and SentiWordNet 3.0's sentiment of about 30,000 (Baccianella et al. 2010,
  CC BY-SA 4.0), which rates verbs and nouns too ("scorn", "hype").
- Meaning: the packaged static embedding table (``data/static``, distilled from all-MiniLM-L6-v2,
  Apache-2.0): a word's vector is the normalised mean of its WordPiece rows, so words used alike
  ("devours", "swallows", "unleashes") lie near each other and the fitted model can weigh words
  it never saw in training by what they resemble.
- Labels: ``data/label_nouns.tsv`` (scripts/build_wordnet_labels.py): nouns that label a referent
  rather than name it, derived from Princeton WordNet 3.0 (its licence: ``data/label_nouns.md``).
- Parts of speech: ``data/attributive.tsv`` (scripts/build_attributive.py): adjectives, nouns and
  fixed adjective-noun terms ("civil servant"), derived from WordNet 3.0 (``data/attributive.md``).
- Vivid verbs: ``data/vivid_verbs.tsv`` (scripts/build_vivid_verbs.py): uncommon verbs of physical
  action ("rake", "swoop") and their irregular forms, derived from WordNet 3.0 (``data/vivid_verbs.md``).

All are base dependencies or packaged data (nothing is downloaded at run time).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple
from importlib import resources

import numpy as np

from ...errors import LexiconError, MissingExtra
from ...text.frequency import zipf as english_zipf

__all__ = ["label_nouns", "LabelNoun", "attributive", "Attributive", "vivid_verbs", "valence", "rated_valence", "subjectivity", "sentiwordnet", "zipf", "intensifiers", "word_vector", "word_vectors", "VECTOR_DIM"]

VECTOR_DIM = 256  # the packaged static table's width; the fitted model stores one weight per dimension


@lru_cache(maxsize=1)
def _vader() -> dict[str, float]:
    try:
        path = resources.files("vaderSentiment") / "vader_lexicon.txt"
        text = path.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise MissingExtra("sentiment", "vaderSentiment", "loaded-language detection") from exc
    out: dict[str, float] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        try:
            out[parts[0].lower()] = float(parts[1])
        except (IndexError, ValueError) as exc:
            raise LexiconError(f"{path}:{number}", f"expected 'word<TAB>mean valence<TAB>...', got {line[:60]!r}") from exc
    return out


# Inflections and derivations tried, in order, when a word is not rated itself ("brutally" ->
# "brutal", "outraged" -> "outrage", "greedier" -> "greedy").
_SUFFIXES = (("ily", "y"), ("ly", ""), ("ness", ""), ("ied", "y"), ("ies", "y"), ("ier", "y"), ("iest", "y"),
             ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", ""), ("er", ""), ("est", ""))


def rated_valence(word: str) -> float | None:
    """VADER's mean valence of ``word`` itself (lower-cased), with no base form tried: None when
    VADER does not rate the word as written ("likely" is not "like")."""
    return _vader().get(word.lower())


@lru_cache(maxsize=200_000)
def valence(word: str) -> float | None:
    """VADER's mean valence of ``word`` (lower-cased), or of its base form when only that is
    rated; None when neither is."""
    lexicon = _vader()
    lower = word.lower()
    if lower in lexicon:
        return lexicon[lower]
    for suffix, replacement in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            base = lower[: -len(suffix)] + replacement
            if base in lexicon:
                return lexicon[base]
    return None


@lru_cache(maxsize=1)
def _subjectivity_table() -> dict[str, tuple[float | None, float | None]]:
    """word -> (pattern subjectivity, SentiWordNet sentiment), each None where unrated."""
    path = resources.files("rashomon") / "data" / "subjectivity.tsv"
    out: dict[str, tuple[float | None, float | None]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            if len(parts) != 3:
                raise ValueError
            out[parts[0]] = (float(parts[1]) if parts[1] else None, float(parts[2]) if parts[2] else None)
        except ValueError as exc:
            raise LexiconError(f"{path}:{number}", f"expected 'word<TAB>subjectivity<TAB>sentiwordnet', got {line[:60]!r}") from exc
    return out


def _base_forms(word: str) -> list[str]:
    """``word`` and the base forms tried after it (_SUFFIXES), a doubled consonant undone too
    ("rammed" -> "ram", "flopped" -> "flop")."""
    out = [word]
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out.append(stem + replacement)
            if suffix in ("ed", "ing", "er", "est") and not replacement and len(stem) >= 4 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
    return out


@lru_cache(maxsize=200_000)
def subjectivity(word: str) -> float | None:
    """The pattern lexicon's subjectivity (0 objective .. 1 subjective) of ``word`` or of its base
    form, the mean over the word's senses; None when the lexicon rates neither ("ruthless" 1,
    "local" 0)."""
    table = _subjectivity_table()
    for form in _base_forms(word.lower()):
        row = table.get(form)
        if row is not None and row[0] is not None:
            return row[0]
    return None


@lru_cache(maxsize=200_000)
def sentiwordnet(word: str) -> float:
    """SentiWordNet's positivity plus negativity of ``word`` or of its base form, over its senses
    (the commoner weighing more); 0 when unrated or neutral ("scorned" 0.5, "committee" 0)."""
    table = _subjectivity_table()
    for form in _base_forms(word.lower()):
        row = table.get(form)
        if row is not None and row[1] is not None:
            return row[1]
    return 0.0


class LabelNoun(NamedTuple):
    kind: str  # power | literal | disparaging (scripts/build_wordnet_labels.py)
    commonest: str  # the WordNet lexicographer file of the noun's commonest sense
    sense: str  # the gloss of the sense that makes it a label


@lru_cache(maxsize=1)
def label_nouns() -> dict[str, LabelNoun]:
    """``data/label_nouns.tsv``: lower-cased noun (words joined by one space) -> its row."""
    path = resources.files("rashomon") / "data" / "label_nouns.tsv"
    out: dict[str, LabelNoun] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[1] not in ("power", "literal", "disparaging"):
            raise LexiconError(f"{path}:{number}", f"expected 'word<TAB>power|literal|disparaging<TAB>sense class<TAB>gloss', got {line[:60]!r}")
        out[parts[0]] = LabelNoun(parts[1], parts[2], parts[3])
    return out


class Attributive(NamedTuple):
    adjectives: frozenset[str]  # one-word adjectives whose commonest sense is no pertainym
    nouns: frozenset[str]  # one-word nouns, quantities aside
    terms: frozenset[str]  # two-word nouns that open with a listed adjective ("civil servant")


@lru_cache(maxsize=1)
def attributive() -> Attributive:
    """``data/attributive.tsv``: the words an adjective-on-noun reading needs (lower case)."""
    path = resources.files("rashomon") / "data" / "attributive.tsv"
    # 48,000 lines read at every cold start: one partition and one list append a line
    kinds: dict[str, list[str]] = {"adjective": [], "noun": [], "term": []}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        word, _, kind = line.partition("\t")
        words = kinds.get(kind)  # no tab, a second tab or an unknown kind: None
        if words is None:
            raise LexiconError(f"{path}:{number}", f"expected 'word<TAB>adjective|noun|term', got {line[:60]!r}")
        words.append(word)
    return Attributive(frozenset(kinds["adjective"]), frozenset(kinds["noun"]), frozenset(kinds["term"]))


@lru_cache(maxsize=1)
def vivid_verbs() -> dict[str, tuple[str, str]]:
    """``data/vivid_verbs.tsv``: a lemma or irregular form -> (lemma, its commonest sense's class)."""
    path = resources.files("rashomon") / "data" / "vivid_verbs.tsv"
    out: dict[str, tuple[str, str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise LexiconError(f"{path}:{number}", f"expected 'form<TAB>lemma<TAB>sense class', got {line[:60]!r}")
        out[parts[0]] = (parts[1], parts[2])
    return out


@lru_cache(maxsize=1)
def intensifiers() -> frozenset[str]:
    """VADER's boosters that raise intensity ("utterly", "enormously"); the dampeners are left out."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    return frozenset(w for w, v in BOOSTER_DICT.items() if v > 0 and " " not in w)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in English (0 when unknown; text/frequency.py)."""
    return english_zipf(word.lower())


@lru_cache(maxsize=1)
def _table():  # type: ignore[no-untyped-def]
    from ...backends.embedders.static import _load, default_table

    directory = default_table()
    if directory is None:
        raise LexiconError("rashomon/data/static", "the packaged static embedding table is missing (scripts/distill_static.py)")
    table = _load(str(directory))
    if table.shape[1] != VECTOR_DIM:
        raise LexiconError(str(directory), f"the table has {table.shape[1]} dimensions, the framing model expects {VECTOR_DIM}")
    return table


_VECTORS: dict[str, np.ndarray] = {}
_MAX_VECTORS = 200_000  # distinct words kept (about 200 MB at most; a cold cache costs tokenizer time only)


def word_vectors(words: Iterable[str]) -> list[np.ndarray]:
    """:func:`word_vector` of each word, the unseen ones tokenized in one batch."""
    lowered = [w.lower() for w in words]
    new = list(dict.fromkeys(w for w in lowered if w not in _VECTORS))
    if new:
        table = _table()
        if len(_VECTORS) + len(new) > _MAX_VECTORS:
            _VECTORS.clear()
        for word, ids in zip(new, table.token_ids(new)):
            if ids:
                out = table.rows(ids).mean(axis=0)
                norm = float(np.linalg.norm(out))
                if norm:
                    out = out / norm
            else:
                out = np.zeros(VECTOR_DIM, dtype=np.float32)
            out.setflags(write=False)
            _VECTORS[word] = out
    return [_VECTORS[w] for w in lowered]


def word_vector(word: str) -> np.ndarray:
    """The normalised mean of ``word``'s (lower-cased) WordPiece rows in the static table; zeros
    when no piece is known. Read-only: callers must not modify it."""
    return word_vectors([word])[0]


@lru_cache(maxsize=8192)
def word_cosine(a: str, b: str) -> float:
    """The cosine of two words' static vectors (:func:`word_vector`; 0.0 when either is unknown)."""
    va, vb = word_vectors([a, b])
    return float(va @ vb)
