"""Loaded language in one article: lexicon terms, labels, euphemisms and hedges outside quotations."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import LexiconError
from ...model import Article
from .hits import _Hit
from .lexicon import Lexicon
from .naming import _elsewhere
from . import resources
from .quotes import _inside


# A label the outlet reports as someone's ("the government's view of the Brigade as a terrorist
# organisation", "which the EU lists as", "designated a terrorist group") or uses of a kind of
# event in general ("to prevent an imminent terrorist attack"): attributed or generic, the style
# guides' own exceptions (Reuters: "without attribution"; "specific events").
_ATTRIBUTED_LABEL = re.compile(
    r"(?:\b(?:view|views|viewed|regard\w*|sees|saw|seen|designat\w*|list(?:s|ed|ing)?|brand\w*|label\w*|classif\w*|"
    r"describ\w*|consider\w*|deem\w*|treat\w*|recogni[sz]\w*)\b[^.;:!?\"“”]{0,60}?\bas"
    r"|\b(?:designat\w*|brand\w*|labell?ed|dubb\w*|(?<![\w-])call(?:s|ed|ing)?)(?:\s+[\w’'-]+){0,3}?)"
    r"\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_GENERIC_EVENT = re.compile(
    r"\b(?:prevent\w*|avert\w*|thwart\w*|foil\w*|against|risk|threat|case|event|fight\w*|combat\w*)\s+(?:of\s+)?"
    r"(?:an?\s+|any\s+|future\s+|possible\s+|potential\s+|imminent\s+){1,3}$",
    re.IGNORECASE,
)


def _label_attributed_or_generic(text: str, start: int) -> bool:
    before = text[max(0, start - 90) : start]
    return bool(_ATTRIBUTED_LABEL.search(before) or _GENERIC_EVENT.search(before))


def _lexicon_hits(
    article: Article, articles: Sequence[Article], lexicon: Lexicon, quotes: Sequence[tuple[int, int]]
) -> list[_Hit]:
    hits = []
    for rank, entry in enumerate(lexicon.entries):
        for m in entry.regex.finditer(article.text):
            start, end = m.span()
            if _inside(quotes, start, end):
                continue  # the speaker's words, not the outlet's
            if entry.kind in ("loaded", "labels") and _label_attributed_or_generic(article.text, start):
                continue
            note = entry.note if entry.kind == entry.cue_kind else f"[{entry.kind}] {entry.note}"
            if entry.referent:
                note += _elsewhere(entry.referent, article.id, articles)
            note += f" (source: {lexicon.source_titles(entry.sources[:1])})"
            hits.append(_Hit(kind=entry.cue_kind, start=start, end=end, note=note, neutral=entry.replacement(m), rank=rank))
    return hits


# --- loaded words by statistics: valence (VADER) and register (word frequency) --------------

# A word token: letters with inner hyphens or apostrophes ("long-suffering", "don't").
_TOKEN = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_MAX_TOKEN = 40  # longer runs are not words (URLs, hashes, one enormous word)
SINGLE_FEATURES = ("valence", "valence_sq", "rarity", "valence_x_rarity", "unknown", "intensifier", "adverb_ly", "compound", "negative")
STORY_FEATURES = SINGLE_FEATURES + ("unshared", "valence_x_unshared", "rarity_x_unshared")


def word_features(word: str, elsewhere: set[str] | None) -> np.ndarray:
    """Features of one word for the loaded-word model (``elsewhere``: the story's other outlets'
    lower-cased words, or None for a single article): the named ones (SINGLE_FEATURES or
    STORY_FEATURES) followed by the word's vector (resources.word_vector, VECTOR_DIM numbers).
    Valence: VADER, a hyphenated compound taking the mean of its parts' valences (unrated parts
    count 0); rarity: 5 minus wordfreq's Zipf value, floored at 0."""
    lower = word.lower()
    v = resources.valence(lower)
    if v is None and "-" in lower:
        parts = lower.split("-")
        rated = [p for p in (resources.valence(x) for x in parts) if p is not None]
        # the mean over every part: "search-and-rescue" is not as charged as "rescue"
        v = sum(rated) / len(parts) if rated else None
    a = abs(v) if v is not None else 0.0
    z = resources.zipf(lower)
    rarity = max(0.0, 5.0 - z)
    named = [
        a, a * a / 4, rarity, a * rarity / 4, float(z < 1.5), float(lower in resources.intensifiers()),
        float(lower.endswith("ly")), float("-" in lower), float(v is not None and v < 0),
    ]
    if elsewhere is not None:
        unshared = float(lower not in elsewhere)
        named += [unshared, a * unshared, rarity * unshared]
    return np.concatenate([np.asarray(named, dtype=np.float32), resources.word_vector(lower)])


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
    if not isinstance(data["single"].get("broad_threshold"), (int, float)):
        raise LexiconError(str(path), "'single' must give a 'broad_threshold' (the operating point of find_framing(sensitivity='broad'))")
    return data


def resources_path(name: str) -> Path:
    return Path(str(importlib_resources.files("rashomon") / "data" / name))


def word_probability(features: Sequence[float] | np.ndarray, model: dict[str, Any]) -> float:
    """The probability that a word with these features (:func:`word_features`) is loaded."""
    z = model["bias"] + float(np.dot(model["coef"], np.asarray(features, dtype=np.float32)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def candidate_tokens(article: Article, quotes: Sequence[tuple[int, int]]) -> Iterable[re.Match[str]]:
    """Word tokens in the outlet's own voice: not a name (a capitalised word that does not start a
    sentence or that wordfreq hardly knows), not inside quotation marks (a speaker's words are not the outlet's; scare quotes
    have their own step), not a run of letters too long to be a word."""
    text = article.text
    for m in _TOKEN.finditer(text):
        word = m.group()
        if len(word) > _MAX_TOKEN or len(word) < 3:
            continue
        if word[0].isupper() and not _sentence_initial(text, m.start()):
            continue
        if any(c.isupper() for c in word[1:]) and not word.isupper():
            continue  # "al-Rifai", "McKinsey": a name
        if word[0].isupper() and resources.zipf(word) < 1.0:
            continue  # a capitalised word English text hardly knows, even first in a sentence: a name
        if _inside(quotes, m.start(), m.end()):
            continue
        yield m


def _statistical_hits(
    article: Article,
    quotes: Sequence[tuple[int, int]],
    elsewhere: set[str] | None = None,
    threshold: float | None = None,
    lexicon: Lexicon | None = None,
) -> list[_Hit]:
    """Words the fitted model finds loaded: charged (VADER valence), rare (wordfreq register), an
    intensifier, close in meaning to loaded words (the word vector), and in a story, written by
    no other outlet. A word the lexicon has an entry for is the lexicon's to judge: where its
    entry does not match (a fixed term such as "sanctions regime", a hedge), the model does not
    flag it either."""
    data = word_model()
    model = data["single" if elsewhere is None else "story"]
    cut = model["threshold"] if threshold is None else threshold
    tokens = [m for m in candidate_tokens(article, quotes) if lexicon is None or not _governed(lexicon, m.group().lower())]
    if not tokens:
        return []
    resources.word_vectors(m.group() for m in tokens)  # one tokenizer batch for the unseen words
    features = np.stack([word_features(m.group(), elsewhere) for m in tokens])
    named = len(model["weights"])
    meaning = features[:, named:] @ model["coef"][named:]
    z = model["bias"] + features[:, :named] @ model["coef"][:named] + meaning
    probabilities = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
    hits: list[_Hit] = []
    for i in np.flatnonzero(probabilities >= cut):
        m, f, p = tokens[i], features[i], float(probabilities[i])
        v, rarity = float(f[0]), float(f[2])
        why = [f"valence {v:.1f} of 4 (VADER)"] if v else []
        if rarity >= 1.5:
            why.append(f"rare register (Zipf {5 - rarity:.1f}, wordfreq)")
        if f[5]:
            why.append("an intensifier")
        if meaning[i] >= 1.0:
            why.append("close in meaning to loaded words")
        if elsewhere is not None and f[9]:
            why.append("no other outlet of the story writes it")
        hits.append(_Hit(kind="loaded", start=m.start(), end=m.end(), note=f"loaded word ({p:.2f}): " + ", ".join(why or ["the fitted model"]), rank=1000))
    return hits


_GOVERNED: dict[tuple[int, str], bool] = {}


def _governed(lexicon: Lexicon, word: str) -> bool:
    """Whether some lexicon entry matches ``word`` on its own (the lexicon then decides where it is loaded)."""
    key = (id(lexicon.entries), word)
    if key not in _GOVERNED:
        if len(_GOVERNED) > 200_000:
            _GOVERNED.clear()
        _GOVERNED[key] = any(entry.regex.fullmatch(word) for entry in lexicon.entries)
    return _GOVERNED[key]


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" “\"‘'(")
    return not before or before[-1] in ".!?\n:"
