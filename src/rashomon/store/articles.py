"""Articles: each stored once (by content hash or canonical URL), read back by id."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from ..errors import StoreError
from ..sources.addresses import web_url
from ..model import Document, Record, Skipped, record
from .database import Database, first_line, timestamp
from .keys import canonical_url, content_hash
from .schema import CHUNK, Reprint, StoredArticle, articles_table, chunks, reports_table, reprints_table, story_articles_table

__all__ = ["AddResult", "Articles", "read_reprints"]

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
    reprints: int = 0  # duplicates that were another outlet's copy, stored as reprints of the article
    # duplicates by URL alone (the page's text changed: an update, a correction), not stored: why, for each
    changed_at_url: tuple[Skipped, ...] = ()


class Articles:
    """The articles table of one :class:`~.database.Database`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add_documents(self, docs: Iterable[Document], batch_size: int = 200) -> AddResult:
        """Store each document once; commits every ``batch_size`` documents.

        A document whose content hash or canonical URL is already stored (or seen earlier in
        ``docs``) is a duplicate: it is counted and its existing id reported. A duplicate of the
        same text under another source (a wire story two outlets ran) is kept as a reprint of the
        stored article (:meth:`reprints`), once per outlet; nothing else is written. A duplicate by
        canonical URL alone (another text at a stored page's address: the page was updated) is not
        stored either, and ``changed_at_url`` says so for each, naming the article kept.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        ids: list[int] = []
        duplicate_ids: list[int] = []
        positions: list[int] = []
        reprinted = 0
        changed: list[Skipped] = []
        batch: list[Document] = []
        offset = 0
        for doc in docs:
            if not isinstance(doc, Document):
                raise TypeError(f"add_documents takes Document records, got {type(doc).__name__}")
            batch.append(doc)
            if len(batch) >= batch_size:
                reprinted += self._add_batch(batch, ids, duplicate_ids, positions, offset, changed)
                offset += len(batch)
                batch = []
        if batch:
            reprinted += self._add_batch(batch, ids, duplicate_ids, positions, offset, changed)
        return AddResult(added=len(ids), duplicates=len(duplicate_ids), ids=tuple(ids),
                         duplicate_ids=tuple(duplicate_ids), positions=tuple(positions), reprints=reprinted,
                         changed_at_url=tuple(changed))

    def _add_batch(self, batch: Sequence[Document], ids: list[int], duplicate_ids: list[int],
                   positions: list[int], offset: int, changed: list[Skipped]) -> int:
        """Store one batch; returns how many reprints it recorded."""
        now = timestamp()
        rows = [_article_row(doc, now) for doc in batch]
        for attempt in range(RETRIES):
            try:
                new, dups, where, reprinted, updates = self._insert_new(rows)
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
            changed.extend(updates)
            return reprinted
        return 0  # not reached: the last attempt returns or raises

    def _insert_new(self, rows: Sequence[dict[str, Any]]) -> tuple[list[int], list[int], list[int], int, list[Skipped]]:
        """(new ids, ids the duplicates matched, the positions in ``rows`` of the new ones, the
        reprints recorded, the duplicates by URL alone): one lookup of the keys per chunk, then one
        multi-row insert."""
        a = articles_table.c
        dups: list[int] = []
        copies: list[tuple[int, dict[str, Any]]] = []  # (the id a same-text duplicate matched, its row)
        other_text: list[tuple[int, dict[str, Any]]] = []  # (the id a duplicate by URL alone matched, its row)
        sources: dict[int, str] = {}  # the source of each article a duplicate matched
        with self.db.write("storing articles", conflicts=True) as conn:
            by_hash: dict[str, int] = {}
            by_url: dict[str, int] = {}
            for chunk in chunks(rows, CHUNK // 2):
                hashes = [r["content_hash"] for r in chunk]
                urls = [r["canonical_url"] for r in chunk if r["canonical_url"]]
                condition = a.content_hash.in_(hashes)
                if urls:
                    condition = sa.or_(condition, a.canonical_url.in_(urls))
                for row in conn.execute(sa.select(a.id, a.content_hash, a.canonical_url, a.source).where(condition)):
                    by_hash[row.content_hash] = row.id
                    sources[row.id] = row.source
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
                same_text = existing is not None
                if existing is None and url:
                    existing = by_url.get(url)
                if existing is None:
                    twin = batch_hash.get(hash_)
                    same_text = twin is not None
                    if twin is None and url:
                        twin = batch_url.get(url)
                    if twin is not None:
                        existing = -1 - twin  # the new id of fresh[twin], known after the insert
                        sources[existing] = fresh[twin]["source"]
                if existing is not None:
                    dups.append(existing)
                    if same_text:
                        copies.append((existing, row))
                    else:
                        other_text.append((existing, row))
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
            reprinted = _store_reprints(conn, [(new[-1 - d] if d < 0 else d, row) for d, row in copies
                                               if _other_outlet(row["source"], sources.get(d, ""))])
            updates = [_changed_at_url(new[-1 - d] if d < 0 else d, row) for d, row in other_text]
        return new, dups, where, reprinted, updates

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

    def reprints(self, article_ids: Iterable[int]) -> dict[int, list[Reprint]]:
        """The other outlets' copies of these articles, by article id (only those that have some),
        each article's in the order they were stored."""
        return read_reprints(self.db, article_ids)

    def count(self) -> int:
        """How many articles are stored."""
        with self.db.read("counting articles") as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(articles_table)).scalar() or 0)


def _changed_at_url(kept_id: int, row: dict[str, Any]) -> Skipped:
    """Why a document at a stored article's address, with other text, was not stored: said, since the
    store compares the text it kept (an update's corrected figure is not in it)."""
    name = row["origin"] or row["url"] or row["title"] or "an article"
    return Skipped(source=name, reason=f"another text at the address of store article {kept_id} ({row['canonical_url']}), "
                                       "an update of that page: not stored, the store keeps the version it has")


def _article_row(doc: Document, now: str) -> dict[str, Any]:
    if not doc.text or not doc.text.strip():
        raise StoreError(f"an article needs text; {doc.origin or doc.url or doc.path or doc.title or 'a document'} has none")
    return {
        # the text as given: one wire text run under two outlets' own headlines is one text (a reprint)
        "content_hash": content_hash(doc.given_text()),
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


def read_reprints(db: Database, article_ids: Iterable[int]) -> dict[int, list[Reprint]]:
    """:meth:`Articles.reprints` on ``db`` (the search reads them too)."""
    r = reprints_table.c
    found: dict[int, list[Reprint]] = {}
    with db.read("reading reprints") as conn:
        for chunk in chunks([int(i) for i in article_ids]):
            query = sa.select(reprints_table).where(r.article_id.in_(chunk)).order_by(r.ingested_at, r.source)
            for row in conn.execute(query).mappings():
                found.setdefault(row["article_id"], []).append(Reprint(**row))
    return found


def _other_outlet(source: str, stored_source: str) -> bool:
    """Whether a same-text copy under ``source`` is another outlet's (a named source that is not
    the stored article's, up to case and surrounding spaces)."""
    return bool(source.strip()) and source.strip().casefold() != stored_source.strip().casefold()


def _store_reprints(conn: Any, copies: Sequence[tuple[int, dict[str, Any]]]) -> int:
    """Record each (article id, row) as a reprint, once per article and outlet; returns how many were new."""
    if not copies:
        return 0
    r = reprints_table.c
    known: set[tuple[int, str]] = set()
    for chunk in chunks(sorted({article for article, _ in copies})):
        known.update((row.article_id, row.source.strip().casefold())
                     for row in conn.execute(sa.select(r.article_id, r.source).where(r.article_id.in_(chunk))))
    fresh = []
    for article, row in copies:
        key = (article, row["source"].strip().casefold())
        if key in known:
            continue
        known.add(key)
        fresh.append({"article_id": article, "source": row["source"].strip(), "title": row["title"], "url": row["url"],
                      "date": row["date"], "origin": row["origin"], "ingested_at": row["ingested_at"]})
    if fresh:
        conn.execute(sa.insert(reprints_table), fresh)
        # a stored report lists the story's reprints: the stories that gained one are compared again
        links = story_articles_table.c
        for chunk in chunks(sorted({row["article_id"] for row in fresh})):
            stories = sa.select(links.story_id).where(links.article_id.in_(chunk))
            conn.execute(sa.delete(reports_table).where(reports_table.c.story_id.in_(stories)))
    return len(fresh)
