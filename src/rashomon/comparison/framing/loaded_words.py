"""Loaded words by statistics: a word's features (valence from VADER, register from word
frequency, subjectivity, its vector) and the fitted loaded-word model that scores them
(``data/framing_word_model.json``, rebuilt by scripts/fit_framing_words.py)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import LexiconError
from ...model import Article
from ...text.scoped import per_comparison
from ...text.thesaurus import names_a_thing, senses
from ..clean import machine_translated
from . import resources


# A word token: letters with inner hyphens or apostrophes ("long-suffering", "don't"), accented
# letters included ("Íngrid" is one name, not "ngrid").
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # Latin letters, accented ones included
_TOKEN = re.compile(rf"[{LATIN}]+(?:['’-][{LATIN}]+)*")


def vocabulary(text: str) -> set[str]:
    """The lower-cased words of a text, and each two neighbouring words joined by a hyphen: an
    outlet that writes "blood pressure" or "fossil fuel" writes "blood-pressure" and "fossil-fuel"
    too, as far as word choice goes."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    return set(words) | {f"{a}-{b}" for a, b in zip(words, words[1:])}
_MAX_TOKEN = 40  # longer runs are not words (URLs, hashes, one enormous word)
SINGLE_FEATURES = ("valence", "valence_sq", "rarity", "valence_x_rarity", "unknown", "intensifier", "adverb_ly", "compound", "negative",
                   "subjectivity", "subjectivity_rated", "sentiwordnet")
STORY_FEATURES = SINGLE_FEATURES + ("unshared", "valence_x_unshared", "rarity_x_unshared")
# The second stage of a model that has one (``context``): the word's first-stage log-odds, how loud
# its article is (the mean first-stage probability of the loudest LOUDNESS_SHARE of the article's
# other words, a share so that a long article is not louder for its length: a tabloid's borderline
# word is likelier loaded than a wire copy's), and whether it is in the headline.
CONTEXT_FEATURES = ("log_odds", "loudness", "in_title")
LOUDNESS_SHARE = 0.05
# A short text has few words to tell how loud it is: its loudness is drawn toward the typical
# article's (the model's ``prior_loudness``) as if this many more words of typical loudness were counted.
LOUDNESS_PRIOR_WORDS = 5
_UNSHARED = STORY_FEATURES.index("unshared")
_SUBJECTIVITY, _SENTIWORDNET = SINGLE_FEATURES.index("subjectivity"), SINGLE_FEATURES.index("sentiwordnet")
_LOUD_NOTE = 0.05  # loudness above the typical article's by this much is named in a cue's note


def context_features(probabilities: np.ndarray, in_title: np.ndarray, prior: float | None = None) -> np.ndarray:
    """The CONTEXT_FEATURES of each word of one article, from its first-stage probabilities;
    ``prior``: the typical article's loudness, toward which a short text's is drawn (None: not drawn)."""
    p = np.clip(np.asarray(probabilities, dtype=np.float64), 1e-6, 1 - 1e-6)
    ranked = np.sort(p)[::-1]
    k = min(max(1, round(LOUDNESS_SHARE * len(p))), len(p) - 1)  # the other words counted
    if k <= 0:
        total, counted = np.zeros_like(p), 0
    else:
        top = ranked[:k].sum()
        # a word among the k loudest gives its place to the next one
        total, counted = np.where(p >= ranked[k - 1], top - p + ranked[k], top), k
    if prior is not None:
        total, counted = total + LOUDNESS_PRIOR_WORDS * prior, counted + LOUDNESS_PRIOR_WORDS
    loudness = total / counted if counted else total
    return np.column_stack([np.log(p / (1 - p)), loudness, np.asarray(in_title, dtype=np.float64)])


def title_mask(article: Article, starts: Sequence[int]) -> np.ndarray:
    """Which of the words starting at ``starts`` lie in the article's headline (its title, where
    the text opens with it)."""
    title = article.title.strip()
    end = len(title) if title and article.text.startswith(title) else 0
    return np.asarray([s < end for s in starts], dtype=np.float64)


def translators_word(article: Article, m: re.Match[str]) -> bool:
    """Whether word ``m`` of ``article`` is a machine translation's word for its source's: the article
    carried a machine-translation notice (``clean.machine_translated``), the word stands outside the
    headline and VADER does not rate it as written. Such a word differs from the other outlets' for
    the translation's sake, not as the outlet's choice, so the steps that take a word no other outlet
    writes as evidence under the full bar (word choice naming a referent or against a plainer word,
    vivid verbs) leave it; a rated word keeps the source's charge through the translation. The word
    as written: a base form would read "goods" as "good"."""
    if not machine_translated(article.removed) or title_mask(article, [m.start()])[0]:
        return False
    return resources.rated_valence(m.group()) is None


def word_features(word: str, elsewhere: set[str] | None) -> np.ndarray:
    """Features of one word for the loaded-word model (``elsewhere``: the story's other outlets'
    lower-cased words, or None for a single article): the named ones (SINGLE_FEATURES or
    STORY_FEATURES) followed by the word's vector (resources.word_vector, VECTOR_DIM numbers).
    Valence: VADER, a hyphenated compound taking the mean of its parts' valences (unrated parts
    count 0); rarity: 5 minus wordfreq's Zipf value, floored at 0; subjectivity: the pattern
    lexicon's (0 and "not rated" where it does not rate the word); sentiwordnet:
    SentiWordNet's positivity plus negativity (resources.subjectivity, resources.sentiwordnet)."""
    lower = word.lower()
    named, a, rarity = _own_features(lower)
    if elsewhere is not None:
        unshared = float(lower not in elsewhere and not form_written_elsewhere(lower, elsewhere))
        named += (unshared, a * unshared, rarity * unshared)
    return np.concatenate([np.asarray(named, dtype=np.float32), resources.word_vector(lower)])


@per_comparison
def _own_features(lower: str) -> tuple[tuple[float, ...], float, float]:
    """The SINGLE_FEATURES of a lower-cased word, its valence's size and its rarity: what the word
    itself gives, whatever the other outlets write (read once a comparison: the framing steps and
    the digest score the story's words article by article)."""
    v = resources.valence(lower)
    if v is None and "-" in lower:
        parts = lower.split("-")
        rated = [p for p in (resources.valence(x) for x in parts) if p is not None]
        # the mean over every part: "search-and-rescue" is not as charged as "rescue"
        v = sum(rated) / len(parts) if rated else None
    a = abs(v) if v is not None else 0.0
    z = resources.zipf(lower)
    rarity = max(0.0, 5.0 - z)
    named = (
        a, a * a / 4, rarity, a * rarity / 4, float(z < UNKNOWN_ZIPF), float(lower in resources.intensifiers()),
        float(lower.endswith("ly")), float("-" in lower), float(v is not None and v < 0),
    )
    subjectivity = resources.subjectivity(lower)
    return named + (subjectivity or 0.0, float(subjectivity is not None), resources.sentiwordnet(lower)), a, rarity


UNKNOWN_ZIPF = 1.5  # wordfreq's Zipf below which it does not know a word (the feature "unknown")


def thing_named(word: str) -> bool:
    """Whether ``word`` names a physical thing (``thesaurus.names_a_thing``), or is a hyphenated
    compound OEWN does not list whose last part names a thing and whose other parts VADER does not
    rate ("deck-girder", "valve-flanges"): an English compound names a kind of its head, and a part
    that carries no valence names the kind plainly (trade terms, not the outlet's feeling). A rated
    part keeps the compound's charge ("death-car"), and a compound OEWN lists is judged by its own
    senses ("glass-ceiling")."""
    if names_a_thing(word):
        return True
    parts = word.lower().strip("’'").split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts) or senses(word):
        return False
    return names_a_thing(parts[-1]) and all(resources.valence(p) is None for p in parts[:-1])


def unknown_word(word: str) -> bool:
    """A single word wordfreq does not know ("zorvanti", a currency; "hemicycle"): a foreign name or
    a coinage, whose probability the word model reads off its rarity alone. Word choice across
    outlets leaves it to the loaded-word step, whose bar it must pass on its own."""
    return "-" not in word and resources.zipf(word) < UNKNOWN_ZIPF


MIN_PART = 3  # letters of a compound's part below which it is a prefix ("ex-", "co-"), not a word the others could write
MIN_CLIPPED = 5  # letters of a clipped form ("rhino" for "rhinoceros")
CLIP_GAP = 3  # letters the full word adds at least
CLIP_KINSHIP = 0.5  # word vectors' cosine of a clipped form and its full word: the same meaning
# A tail that makes a derived word, not a clipped one ("forger" / "forgeries", "terror" / "terrorism").
_DERIVING_TAIL = re.compile(r"(?:e?s|ies|e?d|ing|ings|e?rs?|ery|eries|ly|ily|ness|ment|ments|ists?|isms?|ions?|ations?|al|ally|ic|ous|ful|less|able|ible|ity|ities|ive|ize|ise)")


def form_written_elsewhere(word: str, elsewhere: set[str]) -> bool:
    """Whether ``word`` is another form of words the other outlets write (``elsewhere``): a compound
    whose every part they write ("warden-chief" / "warden", "chief"), the same compound written
    closed ("cyberattack" / "cyber-attack"), or the full form of a word they write cut short
    ("rhinoceros" / "rhino": the same meaning by the word vectors, the tail no derivation). The
    same word spelt otherwise, which no reader takes for a choice of words."""
    parts = word.split("-")
    if len(parts) > 1:
        return all(len(p) >= MIN_PART and p in elsewhere for p in parts) or "".join(parts) in elsewhere
    if any(f"{word[:i]}-{word[i:]}" in elsewhere for i in range(MIN_PART, len(word) - MIN_PART + 1)):
        return True
    for i in range(MIN_CLIPPED, len(word) - CLIP_GAP + 1):
        short = word[:i]
        if short in elsewhere and not _DERIVING_TAIL.fullmatch(word[i:]):
            return float(resources.word_vector(short) @ resources.word_vector(word)) >= CLIP_KINSHIP
    return False


@lru_cache(maxsize=1)
def word_model() -> dict[str, Any]:
    """The fitted loaded-word model (``data/framing_word_model.json``; scripts/fit_framing_words.py).
    Each part (``single``, ``story``) gets ``coef``: its named weights then its vector weights, as
    one array in the order of :func:`word_features`."""
    path = resources_path("framing_word_model.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{path}:{exc.lineno}", f"not valid JSON: {exc.msg}") from exc
    for part, names in (("single", SINGLE_FEATURES), ("story", STORY_FEATURES)):
        model = data.get(part)
        if not isinstance(model, dict) or list(model.get("features", ())) != list(names) or len(model.get("weights", ())) != len(names):
            raise LexiconError(str(path), f"'{part}' must list the features {', '.join(names)} with one weight each")
        if len(model.get("vector_weights", ())) != resources.VECTOR_DIM:
            raise LexiconError(str(path), f"'{part}' must give {resources.VECTOR_DIM} 'vector_weights' (one per dimension of the word vector)")
        model["coef"] = np.asarray(list(model["weights"]) + list(model["vector_weights"]), dtype=np.float32)
        if model.get("hidden") is not None:
            model["hidden"] = _hidden_layer(model["hidden"], len(names) + resources.VECTOR_DIM, f"{path}: '{part}.hidden'")
        context = model.get("context")
        if context is not None and (list(context.get("features", ())) != list(CONTEXT_FEATURES) or len(context.get("weights", ())) != len(CONTEXT_FEATURES)
                                    or not isinstance(context.get("bias"), (int, float)) or not isinstance(context.get("prior_loudness"), (int, float))):
            raise LexiconError(str(path), f"'{part}.context' must list the features {', '.join(CONTEXT_FEATURES)} with one weight each, "
                               "a bias and a prior_loudness")
        if context is not None and context.get("share", LOUDNESS_SHARE) != LOUDNESS_SHARE:
            raise LexiconError(str(path), f"'{part}.context' was fitted with a loudness share of {context['share']}, the code counts "
                               f"{LOUDNESS_SHARE}: refit it (scripts/fit_framing_words.py --write)")
    if not isinstance(data["single"].get("broad_threshold"), (int, float)):
        raise LexiconError(str(path), "'single' must give a 'broad_threshold' (the operating point of find_framing(sensitivity='broad'))")
    return data


def resources_path(name: str) -> Path:
    return Path(str(importlib_resources.files("rashomon") / "data" / name))


def logistic(z: float) -> float:
    """A fitted logistic model's probability from its score, clamped so that it never overflows
    (every model of the framing stage reads its probability here)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, float(z)))))


def word_probability(features: Sequence[float] | np.ndarray, model: dict[str, Any]) -> float:
    """The probability that a word with these features (:func:`word_features`) is loaded (the first stage)."""
    return logistic(first_stage(np.asarray(features, dtype=np.float32)[None, :], model)[0][0])


def first_stage(features: np.ndarray, model: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """The first stage's log-odds for each row of ``features`` (rows of :func:`word_features`), and
    the part of it owed to the word's vector (its ``meaning``). A part with a ``hidden`` layer scores
    through it, and a word's meaning is then its score less the score it would get with the
    training words' mean vector; otherwise the score is linear and the meaning its vector's term."""
    named = len(model["weights"])
    hidden = model.get("hidden")
    if hidden is None:
        meaning = features[:, named:] @ model["coef"][named:]
        return model["bias"] + features[:, :named] @ model["coef"][:named] + meaning, meaning
    z = _hidden_score(features, hidden)
    average = np.array(features, dtype=np.float32)
    average[:, named:] = hidden["mean"][named:]
    return z, z - _hidden_score(average, hidden)


def _hidden_score(features: np.ndarray, hidden: dict[str, Any]) -> np.ndarray:
    """A one-hidden-layer network's log-odds: standardised inputs, rectified hidden units, one output."""
    units = np.maximum(0.0, ((features - hidden["mean"]) / hidden["scale"]) @ hidden["weights"] + hidden["bias"])
    return units @ hidden["out_weights"] + hidden["out_bias"]


def _hidden_layer(data: Any, width: int, where: str) -> dict[str, Any]:
    """A part's ``hidden`` layer as arrays, its shapes checked: ``mean`` and ``scale`` (one per input),
    ``weights`` (one row per input, one column per unit), ``bias`` and ``out_weights`` (one per unit), ``out_bias``."""
    try:
        layer = {k: np.asarray(data[k], dtype=np.float32) for k in ("mean", "scale", "weights", "bias", "out_weights")}
        layer["out_bias"] = float(data["out_bias"])
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(where, "must give mean, scale, weights, bias, out_weights and out_bias") from exc
    units = layer["bias"].shape
    if (layer["mean"].shape != (width,) or layer["scale"].shape != (width,) or layer["weights"].shape != (width, *units)
            or layer["out_weights"].shape != units or len(units) != 1):
        raise LexiconError(where, f"expected {width} inputs: mean and scale of {width}, weights of {width} rows by one column per unit, "
                           "bias and out_weights of one per unit")
    return layer
