"""What every embedder is: the protocol, the registry, the cache-key rule, the shared helpers."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from ...errors import EmbedderLoadError, MissingExtra  # noqa: F401  (EmbedderLoadError: its old home)
from ...registry import Registry

SEMANTIC_EXTRA = "semantic"


@runtime_checkable
class Embedder(Protocol):
    """Texts in, one L2-normalised float32 row per text out.

    ``agreement_threshold`` is the cosine above which two sentences count as the same claim for
    this backend, calibrated on data (see ``bench/embedders.py``). ``model_id`` names the exact
    weights, so cached vectors of one model are never served for another. ``cacheable`` is False
    for backends whose vectors depend on the batch (``tfidf``).
    """

    name: str
    model_id: str
    agreement_threshold: float
    cacheable: bool

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


EMBEDDERS: Registry[Embedder] = Registry("embedder")


def normalise(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length, float32; an all-zero row (no known token) stays zero."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def check_texts(texts: Sequence[str], backend: str) -> list[str]:
    """The texts as a list; a bare string or a non-string item is a caller's bug, said plainly."""
    if isinstance(texts, str):
        raise TypeError(f"embedder {backend!r} takes a sequence of texts, not one string")
    items = list(texts)
    for i, text in enumerate(items):
        if not isinstance(text, str):
            raise TypeError(f"embedder {backend!r}: text {i} is {type(text).__name__}, not str")
    return items


def require(module: str, backend: str) -> object:
    """Import an optional module, or raise MissingExtra with the pip line of the semantic extra."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(SEMANTIC_EXTRA, module, feature=f"the {backend!r} embedder") from None


def installed(module: str) -> bool:
    """Whether a module can be imported, without importing it (torch takes seconds to import)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def cache_key(embedder: Embedder, text: str) -> str:
    """sha1 of backend name, model id and text: the key of one cached vector."""
    payload = "\x00".join((embedder.name, embedder.model_id, text))
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()
