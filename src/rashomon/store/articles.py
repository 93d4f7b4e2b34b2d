"""Articles: each stored once (by content hash or canonical URL), read back by id."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from ..errors import StoreError
from ..sources.addresses import web_url
from ..model import Document, Record, record
from .database import Database, first_line, timestamp
from .keys import canonical_url, content_hash
from .schema import CHUNK, StoredArticle, articles_table, chunks

__all__ = ["AddResult", "Articles"]

log = logging.getLogger(__name__)

# A batch that lost a race with another writer (a unique key inserted meanwhile) is retried.
RETRIES = 3


@record
class AddResult(Record):
    """What :meth:`Store.add_documents` did: new article ids, and the existing ids duplicates matched."""

    added: int
    duplicates: int
    ids: tuple[int, ...] = ()  # ids of the newly stored articles, in input order
    duplicate_ids: tuple[int, ...] = ()  # for each duplicate, the id of the article already stored
    positions: tuple[int, ...] = ()  # for each new id, the position of its document in the input


class Articles:
    """The articles table of one :class:`~.database.Database`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add_documents(self, docs: Iterable[Document], batch_size: int = 200) -> AddResult:
        """Store each document once; commits every ``batch_size`` documents.

        A document whose content hash or canonical URL is already stored (or seen earlier in
        ``docs``) is a duplicate: it is counted, its existing id reported, and nothing is written.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        ids: list[int] = []
        duplicate_ids: list[int] = []
        positions: list[int] = []
        batch: list[Document] = []
        offset = 0
        for doc in docs:
            if not isinstance(doc, Document):
                raise TypeError(f"add_documents takes Document records, got {type(doc).__name__}")
            batch.append(doc)
            if len(batch) >= batch_size:
                self._add_batch(batch, ids, duplicate_ids, positions, offset)
                offset += len(batch)
                batch = []
        if batch:
            self._add_batch(batch, ids, duplicate_ids, positions, offset)
        return AddResult(added=len(ids), duplicates=len(duplicate_ids), ids=tuple(ids),
                         duplicate_ids=tuple(duplicate_ids), positions=tuple(positions))

    def _add_batch(self, batch: Sequence[Document], ids: list[int], duplicate_ids: list[int],
                   positions: list[int], offset: int) -> None:
        now = timestamp()
        rows = [_article_row(doc, now) for doc in batch]
        for attempt in range(RETRIES):
            try:
                new, dups, where = self._insert_new(rows)
            except sa.exc.IntegrityError as exc:
                # Another writer stored one of these between our check and our insert: the
                # transaction rolled back whole, so check again against what is there now.
                if attempt == RETRIES - 1:
                    raise StoreError(f"storing articles on {self.db.display} kept conflicting with another writer: {first_line(exc)}") from exc
                log.info("retrying a batch of %d articles after a concurrent insert", len(rows))
                continue
            ids.extend(new)
            duplicate_ids.extend(dups)
            positions.extend(offset + i for i in where)
            return

    def _insert_new(self, rows: Sequence[dict[str, Any]]) -> tuple[list[int], list[int], list[int]]:
        """(new ids, ids the duplicates matched, the positions in ``rows`` of the new ones):
        one lookup of the keys per chunk, then one multi-row insert."""
        a = articles_table.c
        dups: list[int] = []
        with self.db.write("storing articles", conflicts=True) as conn:
            by_hash: dict[str, int] = {}
            by_url: dict[str, int] = {}
            for chunk in chunks(rows, CHUNK // 2):
                hashes = [r["content_hash"] for r in chunk]
                urls = [r["canonical_url"] for r in chunk if r["canonical_url"]]
                condition = a.content_hash.in_(hashes)
                if urls:
                    condition = sa.or_(condition, a.canonical_url.in_(urls))
                for row in conn.execute(sa.select(a.id, a.content_hash, a.canonical_url).where(condition)):
                    by_hash[row.content_hash] = row.id
                    if row.canonical_url:
                        by_url[row.canonical_url] = row.id
            fresh: list[dict[str, Any]] = []
            where: list[int] = []
            # Keys of this batch's rows to be stored: a later copy in the batch points at them.
            batch_hash: dict[str, int] = {}
            batch_url: dict[str, int] = {}
            for position, row in enumerate(rows):
                hash_, url = row["content_hash"], row["canonical_url"]
                existing = by_hash.get(hash_)
                if existing is None and url:
                    existing = by_url.get(url)
                if existing is None:
                    twin = batch_hash.get(hash_)
                    if twin is None and url:
                        twin = batch_url.get(url)
                    if twin is not None:
                        existing = -1 - twin  # the new id of fresh[twin], known after the insert
                if existing is not None:
                    dups.append(existing)
                    log.debug("duplicate: %s", row["origin"] or row["url"] or row["title"])
                    continue
                batch_hash[hash_] = len(fresh)
                if url:
                    batch_url[url] = len(fresh)
                fresh.append(row)
                where.append(position)
            new: list[int] = []
            if fresh:
                # One executemany, then the new ids by their (unique) content hashes: cheaper
                # than RETURNING, which SQLAlchemy runs a row at a time to keep the order.
                conn.execute(sa.insert(articles_table), fresh)
                stored: dict[str, int] = {}
                for chunk in chunks(fresh):
                    query = sa.select(a.content_hash, a.id).where(a.content_hash.in_([r["content_hash"] for r in chunk]))
                    stored.update((row.content_hash, row.id) for row in conn.execute(query))
                new = [int(stored[r["content_hash"]]) for r in fresh]
            # A duplicate of a row stored in this batch reports that row's new id.
            dups = [new[-1 - d] if d < 0 else d for d in dups]
        return new, dups, where

    def article(self, article_id: int) -> StoredArticle:
        with self.db.read("reading an article") as conn:
            row = conn.execute(sa.select(articles_table).where(articles_table.c.id == article_id)).mappings().first()
        if row is None:
            raise StoreError(f"no article {article_id} in {self.db.display}")
        return StoredArticle(**row)

    def articles(self, ids: Iterable[int] | None = None) -> list[StoredArticle]:
        """The articles with these ids, in that order (all of them by id when ``ids`` is None).

        An id that is not stored raises :class:`StoreError` naming it.
        """
        query = sa.select(articles_table)
        with self.db.read("reading articles") as conn:
            if ids is None:
                return [StoredArticle(**row) for row in conn.execute(query.order_by(articles_table.c.id)).mappings()]
            wanted = [int(i) for i in ids]
            found: dict[int, StoredArticle] = {}
            for chunk in chunks(wanted):
                for row in conn.execute(query.where(articles_table.c.id.in_(chunk))).mappings():
                    found[row["id"]] = StoredArticle(**row)
        missing = [i for i in wanted if i not in found]
        if missing:
            raise StoreError(f"no article {', '.join(map(str, missing[:10]))} in {self.db.display}")
        return [found[i] for i in wanted]

    def count(self) -> int:
        """How many articles are stored."""
        with self.db.read("counting articles") as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(articles_table)).scalar() or 0)


def _article_row(doc: Document, now: str) -> dict[str, Any]:
    if not doc.text or not doc.text.strip():
        raise StoreError(f"an article needs text; {doc.origin or doc.url or doc.path or doc.title or 'a document'} has none")
    return {
        "content_hash": content_hash(doc.text),
        "canonical_url": canonical_url(web_url(doc.url)),
        "source": doc.source or "",
        "title": doc.title or "",
        "text": doc.text,
        "url": web_url(doc.url),
        "path": doc.path,
        "date": doc.date,
        "language": doc.language or "",
        "origin": doc.origin or "",
        "ingested_at": now,
    }
