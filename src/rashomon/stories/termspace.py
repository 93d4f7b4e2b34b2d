"""The hashed vector space story clustering works in: words -> term codes -> sparse TF-IDF.

No vocabulary to fit and no refit ever: a word's bucket is a hash of its normalised form,
document frequencies are counted online in one array, and a prior of a few empty
documents keeps a handful of articles from being over-weighted. Title words and names
(capitalised words, and runs of two) weigh more: names and places are what tell one event
from a look-alike event of the same kind.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["HashingTfidf", "Prepared", "term_codes"]

# Pseudo-documents, in none of which any term occurs, added to the document count: with few
# documents seen, plain IDF punishes exactly the words two articles share (two documents: a
# shared word 1.0, a word of one 1.4); the prior flattens that, and is noise once thousands
# have been seen.
_IDF_PRIOR = 10.0
_BUCKETS = 1 << 20  # hashed term space; document frequencies live in one int32 array of this size
_MASK = _BUCKETS - 1


_STOP_WORDS: frozenset[str] | None = None
_TERMS: dict[str, int] = {}  # token -> code (see _term)
_TERMS_LIMIT = 2_000_000  # entries; cleared when full so memory stays bounded
_PAIR = 0x01000193  # mixes two name hashes into the hash of the pair


def _term(token: str) -> int:
    """The token's code: ``crc32(normalised form) * 4 + 2 * looks_like_a_name + is_stop_word``.

    Normalised: lower case, possessive dropped ("Fed's" = "Fed"); plurals are kept apart.
    One-letter tokens count as stop words. ``code >> 2`` is
    also the word hash the near-duplicate shingles use, so a token is looked up once.
    """
    global _STOP_WORDS
    if _STOP_WORDS is None:
        from ..backends.embedders.tfidf import stop_words

        _STOP_WORDS = stop_words()
    if len(_TERMS) > _TERMS_LIMIT:
        _TERMS.clear()
    low = token.lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    stop = len(low) < 2 or low in _STOP_WORDS
    flags = 1 if stop else (2 if token[0].isupper() else 0)
    code = zlib.crc32(low.encode("utf-8")) * 4 + flags
    _TERMS[token] = code
    return code


def term_codes(tokens: Sequence[str]) -> np.ndarray:
    codes = list(map(_TERMS.get, tokens))  # one C-level pass; new tokens are filled in below
    if None in codes:
        for position, code in enumerate(codes):
            if code is None:
                codes[position] = _term(tokens[position])
    return np.array(codes, dtype=np.int64)


class HashingTfidf:
    """Hashed words -> L2-normalised sparse vectors; IDF counted online (or frozen).

    A document's counts are two arrays: the distinct term buckets, and their boosted counts.
    """

    def __init__(self, *, title_boost: float, name_boost: float, max_terms: int) -> None:
        self.title_boost = title_boost
        self.name_boost = name_boost
        self.max_terms = max_terms
        self.df = np.zeros(_BUCKETS, dtype=np.int32)
        self.docs = 0
        self.frozen = False

    def counts(self, title_codes: np.ndarray, body_codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Boosted term counts from :func:`term_codes` (stop words dropped; names boosted, and
        paired with a name right before them, so "Tara Reid" is a term of its own)."""
        buckets, weights = [], []
        for codes, weight in ((title_codes, self.title_boost), (body_codes, 1.0)):
            if not len(codes):
                continue
            valid = (codes & 1) == 0
            hashes = codes >> 2
            names = (codes & 2) == 2
            buckets.append((hashes & _MASK)[valid])
            weights.append(np.where(names, weight * self.name_boost, weight)[valid])
            pairs = names[1:] & names[:-1]
            if pairs.any():
                buckets.append(((hashes[:-1][pairs] * _PAIR) ^ hashes[1:][pairs]) & _MASK)
                weights.append(np.full(int(pairs.sum()), weight * self.name_boost))
        if not buckets:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        unique, inverse = np.unique(np.concatenate(buckets), return_inverse=True)
        return unique, np.bincount(inverse, weights=np.concatenate(weights))

    def observe(self, counts: tuple[np.ndarray, np.ndarray]) -> None:
        """Count one document in the document frequencies."""
        self.docs += 1
        self.df[counts[0]] += 1

    def vector(self, counts: tuple[np.ndarray, np.ndarray]) -> tuple[list[int], list[float]]:
        """The document's strongest ``max_terms`` terms and weights, strongest first, L2-normalised."""
        buckets, tf = counts
        if not len(buckets):
            return [], []
        idf = np.log((self.docs + _IDF_PRIOR + 1.0) / (self.df[buckets] + 1.0)) + 1.0
        weights = (1.0 + np.log(np.maximum(tf, 1.0))) * idf
        order = np.argsort(-weights, kind="stable")[: self.max_terms]
        buckets, weights = buckets[order], weights[order]
        weights /= float(np.sqrt(np.dot(weights, weights))) or 1.0
        return buckets.tolist(), weights.tolist()


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """A record's term codes (title and body, see :func:`term_codes`) and the MinHash
    signature of its words for the near-duplicate index (``None``: no words, or no index),
    with the index's ``hashing``: :meth:`StoryClusterer.prepare`."""

    title: np.ndarray
    body: np.ndarray
    signature: np.ndarray | None
    hashing: tuple[int, int, int] | None
