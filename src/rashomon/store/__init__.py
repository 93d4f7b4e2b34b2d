"""The store: one facade (:class:`Store`) over SQLite.

:mod:`.schema` holds the tables, :mod:`.browse` the read-only queries, :mod:`.facade` the
writes (articles, story assignments, reports, the saved clusterer, the embedding cache).
"""

from .browse import SearchHit, StorySummary
from .facade import AddResult, Store, StoredArticle, StorySpans, canonical_url, content_hash, default_url

__all__ = [
    "AddResult", "SearchHit", "Store", "StoredArticle", "StorySpans", "StorySummary",
    "canonical_url", "content_hash", "default_url",
]
