"""The embedding cache (the :class:`~rashomon.backends.embedders.cache.EmbeddingCache`
protocol): vectors by :func:`~rashomon.store.keys.embedding_key`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import sqlalchemy as sa

from ..errors import StoreError
from .articles import RETRIES
from .database import Database, first_line
from .schema import chunks, embeddings_table

__all__ = ["Embeddings"]


class Embeddings:
    """The embeddings table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of those keys that are cached (float32, one dimension)."""
        e = embeddings_table.c
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        with self.db.read("reading cached embeddings") as conn:
            for chunk in chunks(unique):
                for row in conn.execute(sa.select(e.key, e.dim, e.vector).where(e.key.in_(chunk))):
                    vector = np.frombuffer(row.vector, dtype="<f4")
                    if vector.shape[0] != row.dim:
                        raise StoreError(f"cached embedding {row.key!r} in {self.db.display} has {vector.shape[0]} values, expected {row.dim}")
                    found[row.key] = vector.astype(np.float32)  # a writable copy
        return found

    def put_many(self, items: Mapping[str, np.ndarray]) -> None:
        """Cache vectors by key; a key already cached keeps its vector (same key, same text)."""
        rows = []
        for key, vector in items.items():
            array = np.asarray(vector, dtype="<f4")
            if array.ndim != 1:
                raise StoreError(f"an embedding is one vector; {key!r} has shape {array.shape}")
            rows.append({"key": key, "dim": int(array.shape[0]), "vector": array.tobytes()})
        if not rows:
            return
        e = embeddings_table.c
        for attempt in range(RETRIES):
            try:
                with self.db.write("caching embeddings", conflicts=True) as conn:
                    for chunk in chunks(rows):
                        cached = set(conn.execute(sa.select(e.key).where(e.key.in_([r["key"] for r in chunk]))).scalars())
                        fresh = [r for r in chunk if r["key"] not in cached]
                        if fresh:
                            conn.execute(sa.insert(embeddings_table), fresh)
                return
            except sa.exc.IntegrityError as exc:  # another writer cached the same key meanwhile
                if attempt == RETRIES - 1:
                    raise StoreError(f"caching embeddings on {self.db.display} kept conflicting with another writer: {first_line(exc)}") from exc
