"""``tfidf``: word and character n-gram TF-IDF fitted on the batch; no model, always available.

numpy only: the features and weights are scikit-learn's, written out so that the compare path
does not import scikit-learn (about a second of a cold start):

- words: lower case, tokens of two or more word characters (``(?u)\\b\\w\\w+\\b``), English stop
  words dropped (scikit-learn's list, ``data/english_stop_words.txt``);
- characters: lower case, n-grams of 3 to 5 characters inside each space-padded word
  (scikit-learn's ``analyzer="char_wb"``);
- each block weighted ``(1 + ln tf) * (ln((1 + n) / (1 + df)) + 1)`` (``sublinear_tf=True``,
  smoothed IDF) and L2-normalised, the two blocks side by side, each row normalised again.

``tests/test_embedders.py`` checks the vectors against scikit-learn's ``TfidfVectorizer``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from ...text.scoped import per_comparison
from ._base import EMBEDDERS, check_texts, normalise

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_CHAR_NGRAMS = (3, 5)
_PAIRS_PER_CHUNK = 1 << 21  # bounds the temporary arrays of the sparse product to some tens of MB
_DENSE_SHARE = 16  # a feature in more than 1/16 of the rows goes to the small dense product


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words, read from the data file once."""
    text = resources.files("rashomon").joinpath("data", "english_stop_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@per_comparison
def word_features(text: str) -> tuple[str, ...]:
    """The word features of one text, in order, repeats kept (read once a comparison: the alignment
    weighs a story's pieces in more than one batch)."""
    stop = stop_words()
    return tuple([token for token in _TOKEN.findall(text.lower()) if token not in stop])


@functools.lru_cache(maxsize=1 << 16)
def _word_ngrams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    low, high = _CHAR_NGRAMS
    return tuple(padded[i : i + n] for n in range(low, min(high, len(padded)) + 1) for i in range(len(padded) - n + 1))


@per_comparison
def char_features(text: str) -> tuple[str, ...]:
    """The character n-gram features of one text, in order, repeats kept (read once a comparison)."""
    return tuple([gram for word in text.lower().split() for gram in _word_ngrams(word)])


@dataclass(frozen=True, slots=True)
class SparseRows:
    """A sparse matrix as compressed rows (``indptr``, ``indices``, ``data``), numpy arrays only."""

    indptr: np.ndarray  # int64, n_rows + 1
    indices: np.ndarray  # int64 column of each stored value, sorted within a row
    data: np.ndarray  # float64
    n_cols: int

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1

    def row_ids(self) -> np.ndarray:
        return np.repeat(np.arange(self.n_rows), np.diff(self.indptr))

    def toarray(self) -> np.ndarray:
        dense = np.zeros((self.n_rows, self.n_cols))
        dense[self.row_ids(), self.indices] = self.data
        return dense

    def gram(self, first: int = 0) -> np.ndarray:
        """``X @ X.T`` as a dense float64 array: the cosines when rows have unit length; with
        ``first``, only its rows from ``first`` on (``(X @ X.T)[first:]``, the same numbers).

        Features in many rows go through a small dense product; every other feature adds the
        products of its rows' values pair by pair (``np.bincount``), so the cost follows the
        number of row pairs sharing a rare feature, not rows x rows x features.
        """
        n = self.n_rows
        out = np.zeros((n - first, n))
        if not self.data.size:
            return out
        rows = self.row_ids()
        df = np.bincount(self.indices, minlength=self.n_cols)
        common = (df * _DENSE_SHARE > n)[self.indices]
        if common.any():
            columns, column_of = np.unique(self.indices[common], return_inverse=True)
            dense = np.zeros((n, columns.size))
            dense[rows[common], column_of] = self.data[common]
            out += (dense @ dense.T)[first:]  # the whole product, so that each number is the same
        rare = ~common
        order = np.argsort(self.indices[rare], kind="stable")
        cols, rows, values = self.indices[rare][order], rows[rare][order], self.data[rare][order]
        # Entry e pairs with every entry of its column: entries column_start[e] .. column_start[e] + df - 1.
        column_start = np.searchsorted(cols, cols, side="left")
        per_entry = df[cols]
        ends = np.cumsum(per_entry)
        start = 0
        while start < cols.size:
            stop = max(int(np.searchsorted(ends, ends[start] - per_entry[start] + _PAIRS_PER_CHUNK, side="right")), start + 1)
            # the chunk's entries in the rows asked for; the chunks stay those of the whole product,
            # so that each number is summed in the same order
            chosen = np.arange(start, stop)[rows[start:stop] >= first]
            counts = per_entry[chosen]
            left = np.repeat(chosen, counts)
            offsets = np.arange(left.size) - np.repeat(np.cumsum(counts) - counts, counts)
            right = np.repeat(column_start[chosen], counts) + offsets
            cells = (rows[left] - first) * n + rows[right]
            out += np.bincount(cells, weights=values[left] * values[right], minlength=(n - first) * n).reshape(n - first, n)
            start = stop
        return out


def _weighted(documents: list[tuple[str, ...]]) -> SparseRows:
    """Sublinear TF times smoothed IDF, rows L2-normalised: one TfidfVectorizer block."""
    # each feature's column: the order of first occurrence over the documents
    vocabulary = {feature: i for i, feature in enumerate(dict.fromkeys(itertools.chain.from_iterable(documents)))}
    n_docs, n_terms = len(documents), len(vocabulary)
    lengths = np.fromiter(map(len, documents), dtype=np.int64, count=n_docs)
    terms = np.fromiter(map(vocabulary.__getitem__, itertools.chain.from_iterable(documents)), dtype=np.int64, count=int(lengths.sum()))
    docs = np.repeat(np.arange(n_docs, dtype=np.int64), lengths)
    keys, counts = np.unique(docs * max(n_terms, 1) + terms, return_counts=True)  # sorted by row, then term
    rows, cols = keys // max(n_terms, 1), keys % max(n_terms, 1)
    df = np.bincount(cols, minlength=n_terms)
    idf = np.log((1 + n_docs) / (1 + df)) + 1.0
    values = (1.0 + np.log(counts)) * idf[cols]
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n_docs))
    values = values / norms[rows]
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_docs), out=indptr[1:])
    return SparseRows(indptr=indptr, indices=cols, data=values, n_cols=n_terms)


def tfidf_rows(texts: Sequence[str]) -> SparseRows:
    """Word and character TF-IDF of the texts, fitted on them, each row of unit length (or zero)."""
    texts = list(texts)
    words = _weighted([word_features(t) for t in texts])
    chars = _weighted([char_features(t) for t in texts])
    # Side by side: per row, the word block's entries then the character block's (shifted).
    n = len(texts)
    row_w, row_c = words.row_ids(), chars.row_ids()
    rows = np.concatenate([row_w, row_c])
    order = np.argsort(rows, kind="stable")
    indices = np.concatenate([words.indices, chars.indices + words.n_cols])[order]
    data = np.concatenate([words.data, chars.data])[order]
    norms = np.sqrt(np.bincount(rows, weights=np.concatenate([words.data, chars.data]) ** 2, minlength=n))
    norms[norms == 0] = 1.0
    data = data / norms[rows[order]]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return SparseRows(indptr=indptr, indices=indices, data=data, n_cols=words.n_cols + chars.n_cols)


def tfidf_cosines(texts: Sequence[str], first: int = 0) -> np.ndarray:
    """texts x texts cosines of their TF-IDF vectors (float32), without a dense feature matrix;
    with ``first``, only the rows of the texts from ``first`` on (against every text)."""
    return tfidf_rows(check_texts(texts, "tfidf")).gram(first).astype(np.float32)


@EMBEDDERS.register("tfidf")
class TfidfEmbedder:
    """Word and character n-gram TF-IDF, fitted on the batch: no model, no download.

    The vocabulary and the IDF weights come from the texts of one call, so vectors are
    comparable only within that call. That is also why tfidf is never cached: a cached vector
    from another batch would live in another space.
    """

    name = "tfidf"
    model_id = "tfidf/word1+char3-5"
    cacheable = False
    # ECB+ train+dev same-claim pairs, fitted per topic, give 0.18 at the best F0.5, but in the
    # pipeline (fitted on one story's sentences and clauses) 0.20-0.25 add false conflicts and
    # cost a third of the unique claims on the seeds and examples, so the pipeline's 0.30 stays
    # (bench/results/embedders.md, threshold sweep).
    agreement_threshold = 0.30

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = check_texts(texts, self.name)
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        if not any(t.strip() for t in texts):
            return np.zeros((len(texts), 1), dtype=np.float32)
        return normalise(tfidf_rows(texts).toarray())

    def __repr__(self) -> str:
        return "TfidfEmbedder()"
