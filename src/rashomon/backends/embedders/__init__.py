"""Embedders: texts in, L2-normalised float32 vectors out (one row per text), chosen by name.

    tfidf    word and character n-gram TF-IDF fitted on the batch; no model, always there
    minilm   all-MiniLM-L6-v2 through sentence-transformers (``semantic`` extra), offline
    static   a static table distilled from MiniLM with model2vec; numpy and tokenizers at run time
    auto     the best of those that can load here (:func:`available`)

Every embedder has ``name``, ``model_id``, ``cacheable``, a calibrated ``agreement_threshold``
and ``embed(texts) -> np.ndarray``. :class:`CachedEmbedder` embeds each sentence once through an
:class:`EmbeddingCache` (:class:`MemoryCache`, or the SQLite store).
"""

from __future__ import annotations

import logging
from typing import Any

from ...errors import MissingExtra
from . import minilm as _minilm
from . import static as _static
from ._base import EMBEDDERS, Embedder, EmbedderLoadError, cache_key, normalise
from .cache import CachedEmbedder, EmbeddingCache, MemoryCache
from .minilm import MiniLMEmbedder
from .static import StaticEmbedder
from .tfidf import TfidfEmbedder

log = logging.getLogger(__name__)

__all__ = [
    "EMBEDDERS",
    "CachedEmbedder",
    "Embedder",
    "EmbedderLoadError",
    "EmbeddingCache",
    "MemoryCache",
    "MiniLMEmbedder",
    "StaticEmbedder",
    "TfidfEmbedder",
    "available",
    "cache_key",
    "get_embedder",
    "normalise",
]

# Best first, from the ablation in bench/embedders.py (bench/results/embedders.md): static finds
# all 7 shared pairs of the seeds with no false conflict there, and 17/31 shared pairs over the
# seeds and examples (tfidf 12/31, minilm 16/31), at ~11,800 sentences/s against minilm's ~48;
# minilm's better ECB+ pair AUC (0.91 vs 0.88) does not pay for a 250 times slower embedder, so
# it only comes before tfidf.
PREFERENCE = ("static", "minilm", "tfidf")
_LOADABLE = {"static": _static.loadable, "minilm": _minilm.loadable, "tfidf": lambda: True}


def available() -> list[str]:
    """Names of the embedders that can load here, best first (cheap: imports no model library)."""
    return [name for name in PREFERENCE if _LOADABLE[name]()]


def get_embedder(name: str = "auto", **options: Any) -> Embedder:
    """The embedder called ``name``; ``auto`` is the best one that loads.

    Naming one whose extra is missing raises :class:`~rashomon.errors.MissingExtra` (its message
    is the pip line); one whose model cannot be read raises :class:`EmbedderLoadError`; an
    unknown name raises :class:`~rashomon.errors.UnknownBackend` listing the valid ones.
    """
    if name != "auto":
        return EMBEDDERS.create(name, **options)
    if options:
        raise ValueError(f"'auto' picks its own backend and takes no options, got {sorted(options)}")
    for candidate in available():
        try:
            return EMBEDDERS.create(candidate)
        except (MissingExtra, EmbedderLoadError) as error:  # a partial install: say so, move on
            log.warning("auto: embedder %r cannot load (%s); trying the next one", candidate, error)
    return EMBEDDERS.create("tfidf")
