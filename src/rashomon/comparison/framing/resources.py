"""Broad, licensed word resources behind loaded-language detection.

- Valence: VADER's lexicon (Hutto & Gilbert 2014, MIT licence), read from the installed
  ``vaderSentiment`` package: about 7,500 words each rated -4..+4 by ten human raters.
- Register: word frequency from ``wordfreq`` (Speer 2022; code Apache-2.0, data CC BY-SA 4.0),
  as a Zipf value (log10 of frequency per billion words: "the" 7.7, "cut" 5.2, "slashed" 3.2).

Both are base dependencies (data shipped inside pip packages; nothing is downloaded at run time).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...errors import LexiconError, MissingExtra

__all__ = ["valence", "zipf", "intensifiers"]


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
def intensifiers() -> frozenset[str]:
    """VADER's boosters that raise intensity ("utterly", "enormously"); the dampeners are left out."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    return frozenset(w for w, v in BOOSTER_DICT.items() if v > 0 and " " not in w)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in English (0 when unknown)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError as exc:
        raise MissingExtra("sentiment", "wordfreq", "register by word frequency") from exc
    return float(zipf_frequency(word.lower(), "en"))
