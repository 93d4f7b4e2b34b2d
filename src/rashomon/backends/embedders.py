"""Embedders: texts in, L2-normalised vectors out (one row per text).

``tfidf`` needs no model and fits on the batch it is given, so its vectors are comparable
only within one call. Model-backed embedders (``minilm``, ``static``) arrive with the
``semantic`` extra.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from ..registry import Registry


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One L2-normalised row per text (float32)."""
        ...


EMBEDDERS: Registry[Embedder] = Registry("embedder")


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32)


@EMBEDDERS.register("tfidf")
class TfidfEmbedder:
    """Word and character n-gram TF-IDF, fitted on the batch: no model, no download."""

    name = "tfidf"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer

        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        words = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1)
        try:
            w = words.fit_transform(texts)
        except ValueError:  # only stop words
            w = None
        c = chars.fit_transform(texts)
        matrix = hstack([w, c]) if w is not None else c
        return _normalise(matrix.toarray())


def available() -> list[str]:
    """Names of embedders that can load here, best first."""
    return ["tfidf"]


def get_embedder(name: str = "auto") -> Embedder:
    if name == "auto":
        name = available()[0]
    return EMBEDDERS.create(name)
