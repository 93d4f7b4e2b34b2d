"""The store: every article once, the stories they form, their reports, cached embeddings.

SQLite by default (a file in the user's data directory), any SQLAlchemy URL otherwise;
SQLAlchemy Core only. The tables (articles, stories, story_articles, reports, embeddings,
cluster_state and SQLite's FTS5 index) are defined in :mod:`rashomon.store.schema`; the
read-only story and search queries the web pages and the CLI browse with are in
:mod:`rashomon.store.browse` (:class:`Store` inherits them); this module holds the keys an
article is stored once by, and the writes.

Writes commit per batch, so a process killed half-way loses at most the batch it had open;
every committed article stays and storing it again is a no-op. Database failures surface as
:class:`~rashomon.errors.StoreError` naming the operation and the database.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..errors import StoreError
from ..model import SCHEMA, Document, Report
from .browse import Browsing, SearchHit, StorySummary, fts_query  # noqa: F401  (importable from here)
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
    sqlite_pragmas,
    stories_table,
    story_articles_table,
    StoredArticle,
    chunks,
)

__all__ = [
    "AddResult",
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

log = logging.getLogger(__name__)

# A batch that lost a race with another writer (a unique key inserted meanwhile) is retried.
_RETRIES = 3
_LOCKED_RETRIES = 3  # opening a store that another process (or a recovery) holds locked past the busy wait


# --- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class AddResult:
    """What :meth:`Store.add_documents` did: new article ids, and the existing ids duplicates matched."""

    added: int
    duplicates: int
    ids: tuple[int, ...] = ()  # ids of the newly stored articles, in input order
    duplicate_ids: tuple[int, ...] = ()  # for each duplicate, the id of the article already stored
    positions: tuple[int, ...] = ()  # for each new id, the position of its document in the input

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "duplicates": self.duplicates, "ids": list(self.ids),
                "duplicate_ids": list(self.duplicate_ids), "positions": list(self.positions)}


# --- keys ------------------------------------------------------------------------------------


def content_hash(text: str) -> str:
    """sha256 of the casefolded text with whitespace runs collapsed: the same words, the same hash."""
    normalised = " ".join(text.casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """The URL with tracking parameters, default ports and the fragment removed (via courlan).

    Not a URL (a path, an empty string, ``None``) gives ``None``: such documents are
    deduplicated by content alone.
    """
    if not url or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    from courlan import normalize_url, scrub_url

    try:
        # Non-strict: strict mode keeps only a fixed list of query parameters and would merge
        # distinct articles addressed by an unusual parameter (?story=123).
        normal = normalize_url(scrub_url(url), strict=False)
    except (ValueError, AttributeError):
        normal = url
    # A fragment never names a different article.
    return urlunsplit(urlsplit(normal)._replace(fragment=""))


def embedding_key(backend: str, text: str) -> str:
    """The cache key of ``text`` embedded by ``backend``: ``"<backend>:<sha256 of the text>"``."""
    return f"{backend}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


def default_url() -> str:
    """``sqlite:///`` + ``$XDG_DATA_HOME/rashomon/rashomon.db`` (``~/.local/share`` without it)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return f"sqlite:///{Path(base) / 'rashomon' / 'rashomon.db'}"


def _as_url(url: str | os.PathLike[str] | None) -> str:
    if url is None:
        return default_url()
    text = os.fspath(url)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"  # a plain path names a SQLite file


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# --- the store -------------------------------------------------------------------------------


class Store(Browsing):
    """Articles, stories, reports and embeddings in one database.

    ``url``: a SQLAlchemy URL, or a path to a SQLite file; ``None`` is the SQLite file in the
    user's data directory (see :func:`default_url`). ``full_text``: ``None`` uses SQLite FTS5
    when the database has it and ``LIKE`` otherwise; ``False`` forces ``LIKE``.
    """

    def __init__(self, url: str | os.PathLike[str] | None = None, *, full_text: bool | None = None) -> None:
        self.url = _as_url(url)
        try:
            parsed = sa.engine.make_url(self.url)
        except sa.exc.ArgumentError as exc:
            raise StoreError(f"not a database URL or path: {self.url!r} ({exc})") from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self._display = parsed.render_as_string(hide_password=True)
        if self.is_sqlite and parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the directory of {self._display}: {exc}") from exc
        try:
            # sqlite3's own busy wait (5 s by default) covers the connection's first statements
            connect_args = {"timeout": 30} if self.is_sqlite else {}
            self.engine: Engine = sa.create_engine(parsed, connect_args=connect_args)
        except Exception as exc:  # a missing driver, a bad option
            raise StoreError(f"cannot open {self._display}: {exc}") from exc
        if self.is_sqlite:
            sa.event.listen(self.engine, "connect", sqlite_pragmas)
        self.full_text = False
        for attempt in range(_LOCKED_RETRIES + 1):  # a store reopened right after kill -9 may be locked a moment
            try:
                self._create(full_text)
                break
            except StoreError as exc:
                if attempt == _LOCKED_RETRIES or "database is locked" not in str(exc):
                    raise
                time.sleep(0.5 * (attempt + 1))

    def __repr__(self) -> str:
        return f"Store({self._display!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- plumbing --

    @contextmanager
    def _write(self, operation: str, *, conflicts: bool = False) -> Iterator[Connection]:
        """One transaction; database errors become StoreError naming the operation.

        ``conflicts=True`` lets IntegrityError through, for callers that retry a lost race.
        """
        try:
            with self.engine.begin() as conn:
                yield conn
        except StoreError:
            raise
        except sa.exc.SQLAlchemyError as exc:
            if conflicts and isinstance(exc, sa.exc.IntegrityError):
                raise
            raise StoreError(f"{operation} failed on {self._display}: {exc.__class__.__name__}: {_first_line(exc)}") from exc

    @contextmanager
    def _read(self, operation: str) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except StoreError:
            raise
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"{operation} failed on {self._display}: {exc.__class__.__name__}: {_first_line(exc)}") from exc

    def _create(self, full_text: bool | None) -> None:
        with self._write("creating the tables") as conn:
            metadata.create_all(conn)
            found = conn.execute(sa.select(meta_table.c.value).where(meta_table.c.key == "schema")).scalar()
            if found is None:
                conn.execute(sa.insert(meta_table).values(key="schema", value=STORE_SCHEMA))
            elif found != STORE_SCHEMA:
                raise StoreError(f"{self._display} holds a store of schema {found!r}; this rashomon reads {STORE_SCHEMA!r}")
        if full_text is False or not self.is_sqlite:
            return
        try:
            with self._write("creating the full-text index") as conn:
                existed = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles_fts'"
                ).scalar()
                for ddl in FTS_DDL:
                    conn.exec_driver_sql(ddl)
                if not existed:  # articles stored before the index existed
                    conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        except StoreError as exc:
            if full_text:
                raise
            log.warning("no FTS5 full-text index (%s); search falls back to LIKE", exc)
            return
        self.full_text = True

    # -- articles --

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
        now = _now()
        rows = [_article_row(doc, now) for doc in batch]
        for attempt in range(_RETRIES):
            try:
                new, dups, where = self._insert_new(rows)
            except sa.exc.IntegrityError as exc:
                # Another writer stored one of these between our check and our insert: the
                # transaction rolled back whole, so check again against what is there now.
                if attempt == _RETRIES - 1:
                    raise StoreError(f"storing articles on {self._display} kept conflicting with another writer: {_first_line(exc)}") from exc
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
        with self._write("storing articles", conflicts=True) as conn:
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
        with self._read("reading an article") as conn:
            row = conn.execute(sa.select(articles_table).where(articles_table.c.id == article_id)).mappings().first()
        if row is None:
            raise StoreError(f"no article {article_id} in {self._display}")
        return StoredArticle(**row)

    def articles(self, ids: Iterable[int] | None = None) -> list[StoredArticle]:
        """The articles with these ids, in that order (all of them by id when ``ids`` is None).

        An id that is not stored raises :class:`StoreError` naming it.
        """
        query = sa.select(articles_table)
        with self._read("reading articles") as conn:
            if ids is None:
                return [StoredArticle(**row) for row in conn.execute(query.order_by(articles_table.c.id)).mappings()]
            wanted = [int(i) for i in ids]
            found: dict[int, StoredArticle] = {}
            for chunk in chunks(wanted):
                for row in conn.execute(query.where(articles_table.c.id.in_(chunk))).mappings():
                    found[row["id"]] = StoredArticle(**row)
        missing = [i for i in wanted if i not in found]
        if missing:
            raise StoreError(f"no article {', '.join(map(str, missing[:10]))} in {self._display}")
        return [found[i] for i in wanted]

    def count(self) -> int:
        """How many articles are stored."""
        with self._read("counting articles") as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(articles_table)).scalar() or 0)

    # -- stories --

    def assign(self, article_id: int, story_id: int | None = None) -> int:
        """Put an article in a story (``None``: a new story of its own) and return the story id.

        One transaction: the story's title and dates are refreshed and its stored report,
        now out of date, is dropped. An article already in another story moves; a story left
        empty is deleted.
        """
        return self.assign_many([(story_id, [article_id])])[0]

    def assign_many(self, groups: Iterable[tuple[int | None, Sequence[int]]], *,
                    spans: StorySpans | None = None) -> list[int]:
        """:meth:`assign` for many articles in one transaction; returns each group's story id.

        A group is ``(story id, article ids)``; a story id of ``None`` makes one new story for
        the whole group. Each story that changes is refreshed once: its title and dates from
        all its members, or, with ``spans`` (a :class:`StorySpans` the caller keeps for a run
        of assignments) and a story that only gained articles, from what ``spans`` remembers
        of it and the new articles alone (the same title and dates, without reading the
        members back: a story of thousands of articles growing in every call cost more and
        more per call).
        """
        groups = [(story_id, [int(a) for a in article_ids]) for story_id, article_ids in groups]
        every = [a for _, article_ids in groups for a in article_ids]
        if any(not article_ids for _, article_ids in groups):
            raise StoreError("a story assignment names no article")
        if len(set(every)) != len(every):
            raise StoreError("an article cannot be put in two stories at once")
        s, sa_, a_ = stories_table.c, story_articles_table.c, articles_table.c
        learned: dict[int, _Span | None] = {}
        with self._write(f"assigning {len(every)} articles to stories") as conn:
            known: dict[int, tuple[str | None, str]] = {}
            previous: dict[int, int] = {}
            columns = (a_.id, a_.date, a_.title) if spans is not None else (a_.id,)
            for chunk in chunks(every):
                for row in conn.execute(sa.select(*columns).where(a_.id.in_(chunk))):
                    known[row.id] = (row.date, row.title) if spans is not None else (None, "")
                for row in conn.execute(sa.select(sa_.article_id, sa_.story_id).where(sa_.article_id.in_(chunk))):
                    previous[row.article_id] = row.story_id
            missing = [a for a in every if a not in known]
            if missing:
                raise StoreError(f"no article {', '.join(map(str, missing[:10]))} in {self._display}")
            wanted = sorted({story_id for story_id, _ in groups if story_id is not None})
            existing = set(conn.execute(sa.select(s.id).where(s.id.in_(wanted))).scalars()) if wanted else set()
            if set(wanted) - existing:
                raise StoreError(f"no story {', '.join(map(str, sorted(set(wanted) - existing)))} in {self._display}")
            touched: set[int] = set()
            created = sorted(self._new_stories(conn, sum(1 for story_id, _ in groups if story_id is None)))
            fresh = iter(created)
            story_ids: list[int] = []
            leaving: list[int] = []
            losing: set[int] = set()
            gained: dict[int, list[int]] = {}
            rows: list[dict[str, int]] = []
            for story_id, article_ids in groups:
                if story_id is None:
                    story_id = next(fresh)
                story_ids.append(story_id)
                moving = [a for a in article_ids if previous.get(a) != story_id]
                if not moving:
                    continue
                for a in moving:
                    if a in previous:
                        touched.add(previous[a])
                        losing.add(previous[a])
                        leaving.append(a)
                touched.add(story_id)
                gained.setdefault(story_id, []).extend(moving)
                rows.extend({"article_id": a, "story_id": story_id} for a in moving)
            for chunk in chunks(leaving):
                conn.execute(sa.delete(story_articles_table).where(sa_.article_id.in_(chunk)))
            if rows:
                conn.execute(sa.insert(story_articles_table), rows)
            full = sorted(touched)
            if spans is not None:
                new = set(created)
                quick = {story_id: spans.get(story_id) if story_id not in new else _Span()
                         for story_id in full if story_id not in losing and (story_id in new or story_id in spans)}
                for story_id, span in quick.items():
                    learned[story_id] = span.extended((a, *known[a]) for a in gained[story_id])
                _store_spans(conn, {story_id: learned[story_id] for story_id in quick})
                full = [story_id for story_id in full if story_id not in quick]
            _refresh_stories(conn, full)
            if spans is not None and full:
                learned.update(_read_spans(conn, full))
        if spans is not None:  # only once the transaction is committed
            spans.update(learned)
        return story_ids

    def assignments(self) -> dict[int, int]:
        """article id -> story id, for every article that is in a story."""
        sa_ = story_articles_table.c
        with self._read("reading story assignments") as conn:
            return {row.article_id: row.story_id for row in conn.execute(sa.select(sa_.article_id, sa_.story_id))}

    def unassigned(self) -> list[int]:
        """Ids of the articles in no story, oldest date first (undated last, then by id)."""
        a = articles_table.c
        query = (
            sa.select(a.id)
            .outerjoin(story_articles_table, story_articles_table.c.article_id == a.id)
            .where(story_articles_table.c.story_id.is_(None))
            .order_by(a.date.is_(None), a.date, a.id)
        )
        with self._read("reading unassigned articles") as conn:
            return [row.id for row in conn.execute(query)]

    def _new_stories(self, conn: Connection, count: int) -> list[int]:
        """Ids of ``count`` new, empty story rows: one multi-row INSERT ... RETURNING where the
        database has it (the rows are identical, so their order does not matter)."""
        if not count:
            return []
        row = {"title": "", "updated_at": _now()}
        if conn.dialect.insert_returning and conn.dialect.supports_multivalues_insert:
            ids: list[int] = []
            for start in range(0, count, CHUNK // 2):
                size = min(CHUNK // 2, count - start)
                ids.extend(conn.execute(sa.insert(stories_table).values([row] * size).returning(stories_table.c.id)).scalars())
            return ids
        return [int(conn.execute(sa.insert(stories_table).values(**row)).inserted_primary_key[0]) for _ in range(count)]

    def article_dates(self, *, assigned: bool) -> list[tuple[int, str | None]]:
        """``(id, date)`` of the articles in a story (``assigned``) or in none, by id: the
        order they were stored in, from which the clusterer's order is worked out."""
        a, sa_ = articles_table.c, story_articles_table.c
        query = sa.select(a.id, a.date).outerjoin(story_articles_table, sa_.article_id == a.id)
        query = query.where(sa_.story_id.is_not(None) if assigned else sa_.story_id.is_(None)).order_by(a.id)
        with self._read("reading article dates") as conn:
            return [(row.id, row.date) for row in conn.execute(query)]

    def existing_stories(self, story_ids: Sequence[int]) -> set[int]:
        """Those of ``story_ids`` that are stored (a story emptied by a move is deleted)."""
        found: set[int] = set()
        with self._read("reading story ids") as conn:
            for chunk in chunks(list(story_ids)):
                found.update(conn.execute(sa.select(stories_table.c.id).where(stories_table.c.id.in_(chunk))).scalars())
        return found

    # -- reports --

    def save_report(self, story_id: int, report: Report) -> None:
        payload = json.dumps(report.to_dict(), ensure_ascii=False)
        r = reports_table.c
        with self._write(f"saving the report of story {story_id}") as conn:
            if conn.execute(sa.select(stories_table.c.id).where(stories_table.c.id == story_id)).first() is None:
                raise StoreError(f"no story {story_id} in {self._display}")
            conn.execute(sa.delete(reports_table).where(r.story_id == story_id))
            conn.execute(sa.insert(reports_table).values(story_id=story_id, schema=report.schema, json=payload, created_at=_now()))

    def report(self, story_id: int) -> Report | None:
        """The stored report, or ``None`` when there is none or it has an older report schema."""
        r = reports_table.c
        with self._read(f"reading the report of story {story_id}") as conn:
            row = conn.execute(sa.select(r.schema, r.json).where(r.story_id == story_id)).first()
        if row is None:
            return None
        if row.schema != SCHEMA:
            log.info("stored report of story %d has schema %s, not %s: ignored", story_id, row.schema, SCHEMA)
            return None
        try:
            return Report.from_dict(json.loads(row.json))
        except (ValueError, TypeError) as exc:
            raise StoreError(f"the stored report of story {story_id} in {self._display} is unreadable: {exc}") from exc

    # -- embedding cache (the EmbeddingCache protocol) --

    # -- the clusterer's state --

    def assignments_fingerprint(self) -> str:
        """A short summary of the story assignments (how many, the highest article id, the
        sum of story ids): it changes when articles are assigned or moved."""
        sa_ = story_articles_table.c
        with self._read("summarising story assignments") as conn:
            row = conn.execute(sa.select(sa.func.count(), sa.func.max(sa_.article_id),
                                         sa.func.sum(sa_.story_id))).one()
        return f"{int(row[0] or 0)}:{int(row[1] or 0)}:{int(row[2] or 0)}"

    def save_cluster_state(self, data: bytes, *, fingerprint: str, meta: Mapping[str, Any]) -> None:
        """Keep the clusterer's state (replacing any earlier one) with the assignments'
        fingerprint it matches and a JSON-able ``meta``."""
        c = cluster_state_table.c
        with self._write("saving the clusterer state") as conn:
            conn.execute(sa.delete(cluster_state_table).where(c.key == "stories"))
            conn.execute(sa.insert(cluster_state_table).values(
                key="stories", fingerprint=fingerprint, meta=json.dumps(dict(meta)), data=bytes(data), saved_at=_now()))

    def cluster_state(self) -> tuple[bytes, str, dict[str, Any]] | None:
        """The saved clusterer state, its fingerprint and meta; None when there is none."""
        c = cluster_state_table.c
        with self._read("reading the clusterer state") as conn:
            row = conn.execute(sa.select(c.data, c.fingerprint, c.meta).where(c.key == "stories")).first()
        if row is None:
            return None
        return bytes(row.data), row.fingerprint, json.loads(row.meta)

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of those keys that are cached (float32, one dimension)."""
        e = embeddings_table.c
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        with self._read("reading cached embeddings") as conn:
            for chunk in chunks(unique):
                for row in conn.execute(sa.select(e.key, e.dim, e.vector).where(e.key.in_(chunk))):
                    vector = np.frombuffer(row.vector, dtype="<f4")
                    if vector.shape[0] != row.dim:
                        raise StoreError(f"cached embedding {row.key!r} in {self._display} has {vector.shape[0]} values, expected {row.dim}")
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
        for attempt in range(_RETRIES):
            try:
                with self._write("caching embeddings", conflicts=True) as conn:
                    for chunk in chunks(rows):
                        cached = set(conn.execute(sa.select(e.key).where(e.key.in_([r["key"] for r in chunk]))).scalars())
                        fresh = [r for r in chunk if r["key"] not in cached]
                        if fresh:
                            conn.execute(sa.insert(embeddings_table), fresh)
                return
            except sa.exc.IntegrityError as exc:  # another writer cached the same key meanwhile
                if attempt == _RETRIES - 1:
                    raise StoreError(f"caching embeddings on {self._display} kept conflicting with another writer: {_first_line(exc)}") from exc


# --- helpers ---------------------------------------------------------------------------------


def _article_row(doc: Document, now: str) -> dict[str, Any]:
    if not doc.text or not doc.text.strip():
        raise StoreError(f"an article needs text; {doc.origin or doc.url or doc.path or doc.title or 'a document'} has none")
    return {
        "content_hash": content_hash(doc.text),
        "canonical_url": canonical_url(doc.url),
        "source": doc.source or "",
        "title": doc.title or "",
        "text": doc.text,
        "url": doc.url,
        "path": doc.path,
        "date": doc.date,
        "language": doc.language or "",
        "origin": doc.origin or "",
        "ingested_at": now,
    }


@dataclass(frozen=True, slots=True)
class _Span:
    """What a story's row says of its members: the first and last dates, and the title with
    the sort key ``(undated, date, id)`` of the article it comes from (``None``: no member has
    a title), as :func:`_refresh_stories` works them out."""

    first: str | None = None
    last: str | None = None
    title: str = ""
    key: tuple[bool, str, int] | None = None

    def extended(self, members: Iterable[tuple[int, str | None, str]]) -> _Span:
        """The span once these ``(id, date, title)`` members joined."""
        first, last, title, key = self.first, self.last, self.title, self.key
        for article_id, date, name in members:
            if date is not None:
                first = date if first is None or date < first else first
                last = date if last is None or date > last else last
            if (name or "").strip(" "):  # SQLite's trim() removes spaces only
                candidate = (date is None, date or "", article_id)
                if key is None or candidate < key:
                    key, title = candidate, name
        return _Span(first=first, last=last, title=title, key=key)


class StorySpans:
    """A run's memory of the stories it assigned articles to (their dates and naming article),
    for :meth:`Store.assign_many`: a story that only gains articles is then refreshed from the
    new ones alone. Keep one for the assignments of one run by one writer: a story changed by
    someone else meanwhile is refreshed from what this one remembers."""

    def __init__(self) -> None:
        self._spans: dict[int, _Span] = {}

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._spans

    def __len__(self) -> int:
        return len(self._spans)

    def get(self, story_id: int) -> _Span:
        return self._spans[story_id]

    def update(self, spans: Mapping[int, _Span | None]) -> None:
        """Remember these spans (``None``: the story was deleted)."""
        for story_id, span in spans.items():
            if span is None:
                self._spans.pop(story_id, None)
            else:
                self._spans[story_id] = span


def _store_spans(conn: Connection, spans: Mapping[int, _Span]) -> None:
    """Write these stories' titles and dates (worked out by the caller); drop their reports."""
    if not spans:
        return
    s_ = stories_table.c
    for chunk in chunks(list(spans)):
        conn.execute(sa.delete(reports_table).where(reports_table.c.story_id.in_(chunk)))
    now = _now()
    conn.execute(
        sa.update(stories_table).where(s_.id == sa.bindparam("sid")).values(
            first_date=sa.bindparam("first_date"), last_date=sa.bindparam("last_date"),
            title=sa.bindparam("new_title"), updated_at=sa.bindparam("updated_at")),
        [{"sid": story_id, "first_date": span.first, "last_date": span.last, "new_title": span.title,
          "updated_at": now} for story_id, span in spans.items()],
    )


def _naming_article(column: Any) -> Any:
    """``column`` of the article that names each story (correlated with the stories table): the
    earliest article with a title, the one that broke the story."""
    a, sa_ = articles_table.c, story_articles_table.c
    return (
        sa.select(column)
        .join(story_articles_table, sa_.article_id == a.id)
        .where(sa_.story_id == stories_table.c.id, sa.func.trim(a.title) != "")
        .order_by(a.date.is_(None), a.date, a.id)
        .limit(1)
        .correlate(stories_table)
        .scalar_subquery()
    )


def _read_spans(conn: Connection, story_ids: Sequence[int]) -> dict[int, _Span | None]:
    """The spans of these stories as stored (``None`` for a story that is gone), with the
    naming article's sort key: after :func:`_refresh_stories`."""
    a, s_ = articles_table.c, stories_table.c
    naming = _naming_article(a.id)
    found: dict[int, _Span | None] = dict.fromkeys(story_ids)
    for chunk in chunks(list(story_ids)):
        rows = conn.execute(sa.select(s_.id, s_.first_date, s_.last_date, s_.title, naming.label("naming"))
                            .where(s_.id.in_(chunk))).all()
        named = [row.naming for row in rows if row.naming is not None]
        dates = dict(conn.execute(sa.select(a.id, a.date).where(a.id.in_(named))).all()) if named else {}
        for row in rows:
            key = None
            if row.naming is not None:
                date = dates[row.naming]
                key = (date is None, date or "", int(row.naming))
            found[row.id] = _Span(first=row.first_date, last=row.last_date, title=row.title or "", key=key)
    return found


def _refresh_stories(conn: Connection, story_ids: Sequence[int]) -> None:
    """Title, dates and timestamp of each story from its members; drop its stale report;
    delete it if empty. A few statements per chunk of stories, computed in the database
    (a story's members are not read back)."""
    a, sa_, s_ = articles_table.c, story_articles_table.c, stories_table.c
    now = _now()
    earliest = _naming_article(a.title)
    for chunk in chunks(list(story_ids)):
        conn.execute(sa.delete(reports_table).where(reports_table.c.story_id.in_(chunk)))
        spans = {
            row.story_id: row
            for row in conn.execute(
                sa.select(sa_.story_id, sa.func.count().label("size"), sa.func.min(a.date).label("first"),
                          sa.func.max(a.date).label("last"))
                .join(articles_table, a.id == sa_.article_id)
                .where(sa_.story_id.in_(chunk))
                .group_by(sa_.story_id)
            )
        }
        empty = [story_id for story_id in chunk if story_id not in spans]
        if empty:
            conn.execute(sa.delete(stories_table).where(s_.id.in_(empty)))
        updates = [{"sid": story_id, "first_date": row.first, "last_date": row.last, "updated_at": now}
                   for story_id, row in spans.items()]
        if updates:
            conn.execute(
                sa.update(stories_table).where(s_.id == sa.bindparam("sid")).values(
                    first_date=sa.bindparam("first_date"), last_date=sa.bindparam("last_date"),
                    updated_at=sa.bindparam("updated_at")),
                updates,
            )
            conn.execute(sa.update(stories_table).where(s_.id.in_(list(spans))).values(
                title=sa.func.coalesce(earliest, "")))


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]
