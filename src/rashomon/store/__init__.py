"""The store: one facade (:class:`Store`) over SQLite or any SQLAlchemy database.

:mod:`.facade` is the one entry, over its parts: :mod:`.database` (engine and transactions),
:mod:`.articles`, :mod:`.assignments` (with :mod:`.spans`), :mod:`.reports` (reports and the
saved clusterer), :mod:`.cache` (embeddings) and :mod:`.browse` (the read-only queries);
:mod:`.schema` holds the tables, :mod:`.keys` the keys.
"""

from .browse import SearchHit, StorySummary
from .facade import AddResult, Reprint, Store, StoredArticle, StorySpans, canonical_url, content_hash, default_url

__all__ = [
    "AddResult", "Reprint", "SearchHit", "Store", "StoredArticle", "StorySpans", "StorySummary",
    "canonical_url", "content_hash", "default_url",
]
