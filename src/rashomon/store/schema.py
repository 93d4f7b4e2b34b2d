"""The store's schema: its tables, the SQLite full-text index and the connection settings.

What a database holding a rashomon store looks like, apart from what :class:`rashomon.store.facade.Store`
does with it. Tables:

    rashomon_meta   ``schema``: the store schema (:data:`STORE_SCHEMA`) the database was made with
    articles        one row per article; ``content_hash`` and ``canonical_url`` are unique,
                    so storing the same article twice stores it once
    stories         one row per story (the same event); ``id`` is stable once created
    story_articles  which story an article belongs to (an article is in at most one story)
    reprints        another outlet's copy of a stored article (the same text under another
                    source): stored as a row here, not as a second article, so the story counts
                    the outlet and the comparison reads the text once
    reports         the comparison report of a story, as JSON (dropped when the story changes)
    embeddings      the embedding cache: ``key`` -> float32 vector
    cluster_state   the story clusterer's saved state (one row), so an ingest goes on from
                    it instead of replaying every stored article; with the assignments it
                    was saved after, it is used only while they still match
    articles_fts    SQLite only: an FTS5 index on title + text, kept in sync by triggers
                    (other databases fall back to ``LIKE``); a new store's index keeps no
                    token positions (``detail=column``: a third smaller, cheaper to fill)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..model import Document

__all__ = [
    "CHUNK",
    "FTS_DDL",
    "STORE_SCHEMA",
    "articles_table",
    "cluster_state_table",
    "embeddings_table",
    "meta_table",
    "metadata",
    "reports_table",
    "reprints_table",
    "sqlite_pragmas",
    "Reprint",
    "StoredArticle",
    "chunks",
    "stories_table",
    "story_articles_table",
]

STORE_SCHEMA = "rashomon.store/1"

# Bound parameters per statement, far below SQLite's limit (32766) and other databases' limits.
CHUNK = 400


# --- tables ----------------------------------------------------------------------------------

metadata = sa.MetaData()

meta_table = sa.Table(
    "rashomon_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

articles_table = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("canonical_url", sa.String(2048), nullable=True, unique=True),
    sa.Column("source", sa.Text, nullable=False, default="", index=True),  # the outlet list and filter
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("path", sa.Text, nullable=True),
    sa.Column("date", sa.String(40), nullable=True, index=True),
    sa.Column("language", sa.String(16), nullable=False, default=""),
    sa.Column("origin", sa.Text, nullable=False, default=""),
    sa.Column("ingested_at", sa.String(40), nullable=False),
    sqlite_autoincrement=True,  # ids are never reused, so an id names one article for good
)

stories_table = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("first_date", sa.String(40), nullable=True),
    sa.Column("last_date", sa.String(40), nullable=True),
    sa.Column("updated_at", sa.String(40), nullable=False),
    sqlite_autoincrement=True,
)

story_articles_table = sa.Table(
    "story_articles",
    metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
)

reprints_table = sa.Table(
    "reprints",
    metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("source", sa.Text, primary_key=True, index=True),  # one row per outlet that ran the text
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("date", sa.String(40), nullable=True),
    sa.Column("origin", sa.Text, nullable=False, default=""),
    sa.Column("ingested_at", sa.String(40), nullable=False),
)

reports_table = sa.Table(
    "reports",
    metadata,
    sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("schema", sa.String(64), nullable=False),
    sa.Column("json", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
)

embeddings_table = sa.Table(
    "embeddings",
    metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("dim", sa.Integer, nullable=False),
    sa.Column("vector", sa.LargeBinary, nullable=False),  # float32, native little-endian bytes
)

cluster_state_table = sa.Table(
    "cluster_state",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("fingerprint", sa.String(200), nullable=False),
    sa.Column("meta", sa.Text, nullable=False),  # JSON
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("saved_at", sa.String(40), nullable=False),
)

FTS_DDL = [
    # detail=column: no token positions (so no phrase queries, see fts_query); snippets,
    # highlights and bm25 work as with positions, and storing an article costs less.
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='id', detail=column, "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]


# --- rows -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredArticle:
    """An article as stored: the ingested document plus its store id and keys."""

    id: int
    content_hash: str
    canonical_url: str | None
    source: str
    title: str
    text: str
    url: str | None = None
    path: str | None = None
    date: str | None = None
    language: str = ""
    origin: str = ""
    ingested_at: str = ""

    def document(self) -> Document:
        return Document(
            text=self.text,
            title=self.title,
            source=self.source,
            path=self.path,
            url=self.url,
            date=self.date,
            language=self.language,
            origin=self.origin,
        )

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True, kw_only=True)
class Reprint:
    """Another outlet's copy of stored article ``article_id``: its source, title, address and date."""

    article_id: int
    source: str
    title: str = ""
    url: str | None = None
    date: str | None = None
    origin: str = ""
    ingested_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}  # type: ignore[attr-defined]


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- connections -----------------------------------------------------------------------------


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # First: the journal-mode switch below takes a lock, and must wait for another writer (or a
    # recovery after kill -9) like everything else rather than fail with "database is locked".
    cursor.execute("PRAGMA busy_timeout=30000")  # wait for another writer instead of failing at once
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer, a crash keeps commits
    cursor.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at every checkpoint, safe against corruption
    # 64 MiB of page cache (the default is 2 MiB): the unique keys' indexes and the full-text
    # segments being merged outgrow 2 MiB within tens of thousands of articles, and every miss
    # is a read; storing 100,000 articles took 0.89 ms of CPU each with the default, 0.75 with this.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()
