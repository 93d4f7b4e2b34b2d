"""The store: every article once, the stories they form, their reports, cached embeddings.

SQLite by default (a file in the user's data directory), any SQLAlchemy URL otherwise;
SQLAlchemy Core only. :class:`Store` is one facade over the store's parts, each a class over
the same :class:`~.database.Database` (engine and transactions, :mod:`.database`):

- :mod:`.articles`: each article stored once, by the keys of :mod:`.keys`;
- :mod:`.assignments`: which story each article is in, with the story rows kept in step
  (:mod:`.spans`);
- :mod:`.reports`: each story's report, and the clusterer's saved state;
- :mod:`.cache`: the embedding cache;
- :mod:`.browse`: the read-only story and search queries of the web pages and the CLI.

The tables are defined in :mod:`.schema`. Writes commit per batch, so a process killed
half-way loses at most the batch it had open; every committed article stays and storing it
again is a no-op. Database failures surface as :class:`~rashomon.errors.StoreError` naming
the operation and the database.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from ..errors import StoreError
from ..model import Document, Report
from .articles import AddResult, Articles
from .assignments import Assignments
from .browse import Browsing, SearchHit, StorySummary, fts_query  # noqa: F401  (importable from here)
from .cache import Embeddings
from .database import Database, default_url
from .keys import canonical_url, content_hash, embedding_key
from .reports import ClustererStates, Reports
from .schema import (  # noqa: F401  (the tables are importable from here, as before)
    CHUNK,
    FTS_DDL,
    STORE_SCHEMA,
    articles_table,
    cluster_state_table,
    embeddings_table,
    meta_table,
    metadata,
    reports_table,
    reprints_table,
    Reprint,
    sqlite_pragmas,
    stories_table,
    story_articles_table,
    StoredArticle,
    chunks,
)
from .spans import StorySpans

__all__ = [
    "AddResult",
    "Reprint",
    "SearchHit",
    "Store",
    "StorySpans",
    "StoredArticle",
    "StorySummary",
    "canonical_url",
    "content_hash",
    "default_url",
    "embedding_key",
    "fts_query",
]


class Store:
    """Articles, stories, reports and embeddings in one database.

    ``url``: a SQLAlchemy URL, or a path to a SQLite file; ``None`` is the SQLite file in the
    user's data directory (see :func:`default_url`). ``full_text``: ``None`` uses SQLite FTS5
    when the database has it and ``LIKE`` otherwise; ``False`` forces ``LIKE``. Each method
    hands the call to one part (its documentation is the part's).
    """

    def __init__(self, url: str | os.PathLike[str] | None = None, *, full_text: bool | None = None) -> None:
        self.db = Database(url, full_text=full_text)
        self._articles = Articles(self.db)
        self._assignments = Assignments(self.db)
        self._reports = Reports(self.db)
        self._states = ClustererStates(self.db)
        self._embeddings = Embeddings(self.db)
        self._browsing = Browsing(self.db)

    @property
    def url(self) -> str:
        return self.db.url

    @property
    def is_sqlite(self) -> bool:
        return self.db.is_sqlite

    @property
    def engine(self) -> Any:
        return self.db.engine

    @property
    def full_text(self) -> bool:
        """Whether search uses SQLite's FTS5 index (else ``LIKE``)."""
        return self.db.full_text

    def __repr__(self) -> str:
        return f"Store({self.db.display!r})"

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- articles (articles.py) --
    def add_documents(self, docs: Iterable[Document], batch_size: int = 200) -> AddResult:
        return self._articles.add_documents(docs, batch_size)

    def article(self, article_id: int) -> StoredArticle:
        return self._articles.article(article_id)

    def articles(self, ids: Iterable[int] | None = None) -> list[StoredArticle]:
        return self._articles.articles(ids)

    def reprints(self, article_ids: Iterable[int]) -> dict[int, list[Reprint]]:
        """Other outlets' copies of these articles (the same text), by article id."""
        return self._articles.reprints(article_ids)

    def count(self) -> int:
        return self._articles.count()


    # -- assignments (assignments.py) --
    def assign(self, article_id: int, story_id: int | None = None) -> int:
        return self._assignments.assign(article_id, story_id)

    def assign_many(self, groups: Iterable[tuple[int | None, Sequence[int]]], *,
                    spans: StorySpans | None = None) -> list[int]:
        return self._assignments.assign_many(groups, spans=spans)

    def assignments(self) -> dict[int, int]:
        return self._assignments.assignments()

    def unassigned(self) -> list[int]:
        return self._assignments.unassigned()

    def article_dates(self, *, assigned: bool) -> list[tuple[int, str | None]]:
        return self._assignments.article_dates(assigned=assigned)

    def existing_stories(self, story_ids: Sequence[int]) -> set[int]:
        return self._assignments.existing_stories(story_ids)

    def assignments_fingerprint(self) -> str:
        return self._assignments.assignments_fingerprint()


    # -- reports (reports.py) --
    def save_report(self, story_id: int, report: Report) -> None:
        return self._reports.save_report(story_id, report)

    def report(self, story_id: int) -> Report | None:
        return self._reports.report(story_id) if _storable(story_id) else None

    def report_times(self) -> dict[int, str]:
        return self._reports.report_times()


    # -- the clusterer's saved state (reports.py) --
    def save_cluster_state(self, data: bytes, *, fingerprint: str, meta: Mapping[str, Any]) -> None:
        return self._states.save_cluster_state(data, fingerprint=fingerprint, meta=meta)

    def cluster_state(self) -> tuple[bytes, str, dict[str, Any]] | None:
        return self._states.cluster_state()


    # -- the embedding cache (cache.py) --
    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        return self._embeddings.get_many(keys)

    def put_many(self, items: Mapping[str, np.ndarray]) -> None:
        return self._embeddings.put_many(items)


    # -- browsing, read only (browse.py) --
    def stories(self) -> list[StorySummary]:
        return self._browsing.stories()

    def story(self, story_id: int) -> StorySummary:
        return self._browsing.story(self._known(story_id))

    def story_count(self) -> int:
        return self._browsing.story_count()

    def outlets(self) -> list[str]:
        return self._browsing.outlets()

    def story_page(self, *, query: str = "", outlet: str = "", since: str = "", until: str = "",
                   min_outlets: int = 1, limit: int = 50, offset: int = 0) -> tuple[list[StorySummary], int]:
        return self._browsing.story_page(query=query, outlet=outlet, since=since, until=until, min_outlets=min_outlets, limit=limit, offset=offset)

    def story_articles(self, story_id: int) -> list[StoredArticle]:
        return self._browsing.story_articles(self._known(story_id))

    def _known(self, story_id: int) -> int:
        """``story_id``, or "no story" when SQLite could not hold it (a typed URL or argument
        of 20 digits would otherwise be an OverflowError)."""
        if not _storable(story_id):
            raise StoreError(f"no story {story_id} in {self.db.display}")
        return story_id

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        return self._browsing.search(text, limit)


def _storable(story_id: int) -> bool:
    """Whether an id fits SQLite's 64-bit integers."""
    return -(2**63) <= story_id < 2**63


_PARTS = (Articles, Assignments, Reports, ClustererStates, Embeddings, Browsing)
for _part in _PARTS:
    for _name, _method in vars(_part).items():
        if not _name.startswith("_") and callable(_method) and _name in vars(Store):
            vars(Store)[_name].__doc__ = _method.__doc__
del _part, _name, _method
