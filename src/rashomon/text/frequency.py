"""English word frequency on the Zipf scale: wordfreq's values, without wordfreq's start-up cost.

    zipf("slashed") -> 3.2, the same as wordfreq.zipf_frequency("slashed", "en")

wordfreq (Speer 2022; code Apache-2.0, data CC BY-SA 4.0) is slow to start for one process that
looks up a few thousand words: importing it costs about 0.1 s (langcodes, ftfy and a large
Unicode tokenizer regex) and its first look-up another 0.1 s (a Python loop that gives each of the
list's 320,000 words a float). The words rashomon asks about are almost all plain, and a plain
word's wordfreq tokens can be told without the tokenizer. So this module:

1. **Reads wordfreq's own English list** (``wordfreq/data/large_en.msgpack.gz``, the list its
   "best" choice reads for English) into word -> centibel band, one ``dict.update`` per band.
2. **Tokenizes plain words as wordfreq does**: lower-case ASCII letters, digits, an inner
   apostrophe, pieces joined by hyphens ("kick-off" is "kick" and "off"; "d'arcy" is "d" and
   "arcy", French elision, but "d’arcy" with a curly mark is one token, as in wordfreq).
3. **Applies wordfreq's arithmetic**: a run of digits looked up as zeros and weighed by its
   Benford or year estimate, tokens combined as 1/f = 1/f1 + 1/f2 + ..., three significant
   digits, Zipf rounded to hundredths.

Any other word (capitals, accents, a letter-digit mix, odd punctuation) goes to wordfreq itself.
A test checks the values against wordfreq on the list's own words and on built ones.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from functools import lru_cache
from pathlib import Path

from ..errors import MissingExtra

__all__ = ["zipf"]

# wordfreq's look-up floor for zipf_frequency(..., minimum=0): a frequency of 1e-9 (Zipf 0).
_MINIMUM = 10**0 / 1e9
_PLAIN = re.compile(r"[a-z0-9'’]+(?:-[a-z0-9'’]+)*")
_PIECE = re.compile(r"(?P<letters>[a-z]+)(?:(?P<mark>['’])(?P<rest>[a-z]+))?|(?P<digits>[0-9]+)")
# wordfreq's French-elision rule: one or two letters, an ASCII apostrophe, then a vowel or h
# ("l'arc", "qu'un") end a token; "o'clock" and "it's" stay whole.
_ELISION_NEXT = frozenset("aehiouy")
# wordfreq.numbers: digit frequencies by first digit (Benford) and its year estimate.
_DIGIT_FREQS = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)
_YEAR_LOG_PEAK, _NOT_YEAR_PROB, _REFERENCE_YEAR, _PLATEAU_WIDTH = -1.9185, 0.1, 2019, 20


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` (already lower-cased) in English; 0 when unknown."""
    bands = _bands() if _PLAIN.fullmatch(word) else None
    tokens = _tokens(word) if bands is not None else None
    if tokens is None:
        return _wordfreq_zipf(word)
    return round(math.log(_frequency(tokens, bands), 10) + 9, 2)


def _tokens(word: str) -> list[str] | None:
    """wordfreq's tokens of a plain word (hyphens split it), None when a piece is not plain."""
    tokens: list[str] = []
    for piece in word.split("-"):
        match = _PIECE.fullmatch(piece)
        if match is None:
            return None
        if match["digits"] or not match["mark"]:
            tokens.append(piece)
        elif match["mark"] == "'" and len(match["letters"]) <= 2 and match["rest"][0] in _ELISION_NEXT:
            tokens += [match["letters"], match["rest"]]
        else:
            tokens.append(piece.replace("’", "'"))  # wordfreq straightens a curly mark after tokenizing
    return tokens


def _frequency(tokens: list[str], bands: dict[str, int]) -> float:
    """wordfreq's _word_frequency for these tokens (with the Zipf-0 floor)."""
    one_over_result = 0.0
    for token in tokens:
        smashed = "0" * len(token) if len(token) > 1 and token.isdigit() else token
        if smashed not in bands:
            return _MINIMUM
        freq = 10 ** (-bands[smashed] / 100)
        if smashed != token:
            freq *= _digit_frequency(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, _MINIMUM)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


def _digit_frequency(digits: str) -> float:
    """wordfreq.numbers.digit_freq of one run of two or more digits."""
    if len(digits) != 4:
        return _benford(digits)
    year = int(digits)
    if year <= _REFERENCE_YEAR:
        year_log_freq = _YEAR_LOG_PEAK - 0.0083 * (_REFERENCE_YEAR - year)
    elif year <= _REFERENCE_YEAR + _PLATEAU_WIDTH:
        year_log_freq = _YEAR_LOG_PEAK
    else:
        year_log_freq = _YEAR_LOG_PEAK - 0.2 * (year - (_REFERENCE_YEAR + _PLATEAU_WIDTH))
    return 10.0**year_log_freq + _NOT_YEAR_PROB * _benford(digits)


def _benford(digits: str) -> float:
    return _DIGIT_FREQS[int(digits[0])] / 10 ** (len(digits) - 1)


@lru_cache(maxsize=1)
def _bands() -> dict[str, int] | None:
    """wordfreq's large English list as word -> band (minus its centibels); None when it cannot be
    read here (then every word goes to wordfreq)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"
    try:
        import msgpack

        data = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False, use_list=False)
    except Exception:  # noqa: BLE001 - an unreadable list leaves every word to wordfreq itself
        return None
    header = data[0] if data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    bands: dict[str, int] = {}
    for band, words in enumerate(data[1:]):
        bands.update(zip(words, [band] * len(words)))
    return bands


def _wordfreq_zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError as exc:
        raise MissingExtra("sentiment", "wordfreq", "register by word frequency") from exc
    return float(zipf_frequency(word, "en"))
