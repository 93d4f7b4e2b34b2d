"""Each sentence embedded once: a cache of vectors keyed by backend, model and text.

``EmbeddingCache`` is the storage protocol; ``MemoryCache`` keeps vectors in a dict and
``rashomon.store.facade.Store`` keeps them in the database (same two methods). ``CachedEmbedder``
wraps any embedder and asks its inner embedder only for the texts the cache lacks.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from ._base import Embedder, cache_key, check_texts

log = logging.getLogger(__name__)


@runtime_checkable
class EmbeddingCache(Protocol):
    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of those keys that are cached."""
        ...

    def put_many(self, items: Mapping[str, np.ndarray]) -> None:
        """Cache vectors by key."""
        ...


class MemoryCache:
    """An in-process cache; ``max_items`` bounds it, dropping the least recently used first."""

    def __init__(self, max_items: int | None = 200_000) -> None:
        if max_items is not None and max_items < 1:
            raise ValueError(f"max_items must be at least 1 or None, got {max_items}")
        self.max_items = max_items
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()

    def __len__(self) -> int:
        return len(self._vectors)

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found = {}
        for key in keys:
            vector = self._vectors.get(key)
            if vector is not None:
                self._vectors.move_to_end(key)
                found[key] = vector
        return found

    def put_many(self, items: Mapping[str, np.ndarray]) -> None:
        for key, vector in items.items():
            array = np.array(vector, dtype=np.float32)  # a copy: callers may mutate theirs
            if array.ndim != 1:
                raise ValueError(f"an embedding is one vector; {key!r} has shape {array.shape}")
            array.setflags(write=False)
            self._vectors[key] = array
            self._vectors.move_to_end(key)
        if self.max_items is not None:
            while len(self._vectors) > self.max_items:
                self._vectors.popitem(last=False)


class CachedEmbedder:
    """An embedder that embeds each distinct text once per (backend, model), through a cache.

    It has the inner embedder's ``name``, ``model_id`` and ``agreement_threshold``, so a report
    names the backend that ran. An inner embedder that is not ``cacheable`` (``tfidf``: its
    vectors depend on the batch) is called directly every time and nothing is stored.
    """

    def __init__(self, inner: Embedder, cache: EmbeddingCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.model_id = inner.model_id
        self.agreement_threshold = inner.agreement_threshold
        self.cacheable = inner.cacheable
        self.hits = 0
        self.misses = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = check_texts(texts, self.name)
        if not self.inner.cacheable:
            return self.inner.embed(texts)
        keys = [cache_key(self.inner, t) for t in texts]
        found = self.cache.get_many(keys) if keys else {}
        missing: dict[str, str] = {}  # key -> text, each distinct text once
        for key, text in zip(keys, texts):
            if key not in found and key not in missing:
                missing[key] = text
        if missing:
            fresh = self.inner.embed(list(missing.values()))
            new = dict(zip(missing, fresh))
            self.cache.put_many(new)
            found = {**found, **new}
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        log.debug("%s: %d texts, %d embedded, %d from the cache", self.name, len(texts), len(missing), len(texts) - len(missing))
        if not texts:
            return self.inner.embed([])
        return np.stack([np.asarray(found[k], dtype=np.float32) for k in keys])

    def __repr__(self) -> str:
        return f"CachedEmbedder({self.inner!r}, {type(self.cache).__name__})"
