"""The store's schema module: the tables a fresh database gets, and the names store.py re-exports."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import rashomon.store.facade as store_module
import rashomon.store.browse as browse
import rashomon.store.schema as schema
from rashomon.store.facade import Store


def test_a_fresh_database_has_every_table_of_the_schema_and_the_full_text_index(tmp_path: Path):
    path = tmp_path / "s.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
        version = conn.execute("SELECT value FROM rashomon_meta WHERE key='schema'").fetchone()[0]
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert set(schema.metadata.tables) <= names
    assert {"articles_fts", "articles_fts_insert", "articles_fts_delete", "articles_fts_update"} <= names
    assert version == schema.STORE_SCHEMA
    assert journal == "wal"  # set by sqlite_pragmas on the store's first connection


def test_the_names_imported_from_rashomon_store_before_the_split_are_the_same_objects():
    assert store_module.articles_table is schema.articles_table
    assert store_module.StoredArticle is schema.StoredArticle
    assert store_module.StorySummary is browse.StorySummary
    assert store_module.SearchHit is browse.SearchHit
    assert store_module.fts_query is browse.fts_query



def test_the_store_hands_every_public_method_of_its_parts_on():
    """Store is a facade: each public method of a part is a Store method with the part's
    signature and documentation, and the Store adds no other public method."""
    import inspect

    from rashomon.store import articles, assignments, cache, reports

    parts = (articles.Articles, assignments.Assignments, reports.Reports, reports.ClustererStates,
             cache.Embeddings, browse.Browsing)
    handed = set()
    for part in parts:
        for name, method in vars(part).items():
            if name.startswith("_") or not callable(method):
                continue
            handed.add(name)
            assert inspect.signature(getattr(Store, name)) == inspect.signature(method), name
            assert getattr(Store, name).__doc__ == method.__doc__, name
    own = {name for name, value in vars(Store).items() if not name.startswith("_") and callable(value)}
    assert own - handed == {"close"}


def test_chunks_cover_a_sequence_in_order_without_overlap():
    items = list(range(1001))
    parts = list(schema.chunks(items, 400))
    assert [len(p) for p in parts] == [400, 400, 201]
    assert [x for p in parts for x in p] == items


def test_a_store_made_before_an_index_existed_gets_it_when_opened(tmp_path: Path):
    # The outlet list and filter read articles by source: without the index they read every row.
    path = tmp_path / "old.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX ix_articles_source")
    Store(path).close()
    with sqlite3.connect(path) as conn:
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        plan = " ".join(str(row) for row in conn.execute("EXPLAIN QUERY PLAN SELECT DISTINCT source FROM articles"))
    assert "ix_articles_source" in indexes
    assert "ix_articles_source" in plan, plan
