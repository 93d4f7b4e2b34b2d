"""The database under the store: one engine, its transactions, and the tables created once.

Every part of the store (:mod:`.articles`, :mod:`.assignments`, :mod:`.reports`,
:mod:`.cache`, :mod:`.browse`) runs its statements through :meth:`Database.write` and
:meth:`Database.read`, so database failures surface everywhere as
:class:`~rashomon.errors.StoreError` naming the operation and the database.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..errors import StoreError
from .schema import FTS_DDL, STORE_SCHEMA, meta_table, metadata, sqlite_pragmas

__all__ = ["Database", "default_url", "first_line", "timestamp"]

_LOCKED_RETRIES = 3  # opening a store, or starting a write, that another process holds locked past the busy wait
BUSY_TIMEOUT = 30.0  # seconds SQLite waits for another writer before "database is locked"

log = logging.getLogger(__name__)


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


def timestamp() -> str:
    """The current UTC time as stored in the tables' timestamp columns."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


class Database:
    """A SQLAlchemy engine with the store's tables; ``display`` names it without a password.

    ``url``: a SQLAlchemy URL, or a path to a SQLite file; ``None`` is the SQLite file in the
    user's data directory (see :func:`default_url`). ``full_text``: ``None`` uses SQLite FTS5
    when the database has it and ``LIKE`` otherwise; ``False`` forces ``LIKE``.
    """

    def __init__(self, url: str | os.PathLike[str] | None = None, *, full_text: bool | None = None,
                 busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.url = _as_url(url)
        self.busy_timeout = busy_timeout
        try:
            parsed = sa.engine.make_url(self.url)
        except sa.exc.ArgumentError as exc:
            raise StoreError(f"not a database URL or path: {self.url!r} ({exc})") from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.display = parsed.render_as_string(hide_password=True)
        if self.is_sqlite and parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the directory of {self.display}: {exc}") from exc
        try:
            # sqlite3's own busy wait (5 s by default) covers the connection's first statements
            connect_args = {"timeout": 30} if self.is_sqlite else {}
            self.engine: Engine = sa.create_engine(parsed, connect_args=connect_args)
        except Exception as exc:  # a missing driver, a bad option
            raise StoreError(f"cannot open {self.display}: {exc}") from exc
        if self.is_sqlite:
            sa.event.listen(self.engine, "connect", sqlite_pragmas)
            sa.event.listen(self.engine, "connect", self._busy_wait)
        self.full_text = False
        for attempt in range(_LOCKED_RETRIES + 1):  # a store reopened right after kill -9 may be locked a moment
            try:
                self._create(full_text)
                break
            except StoreError as exc:
                if attempt == _LOCKED_RETRIES or "database is locked" not in str(exc):
                    raise
                time.sleep(0.5 * (attempt + 1))

    def close(self) -> None:
        self.engine.dispose()

    def _busy_wait(self, dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout={int(self.busy_timeout * 1000)}")  # type: ignore[attr-defined]

    @contextmanager
    def write(self, operation: str, *, conflicts: bool = False) -> Iterator[Connection]:
        """One transaction; database errors become StoreError naming the operation.

        On SQLite the transaction takes the write lock first (``BEGIN IMMEDIATE``): SQLite waits
        for another writer (the busy timeout) and, past it, the start is retried a few times. A
        deferred transaction that read first would instead fail at once with "database is
        locked" when another process committed meanwhile (its snapshot cannot become a write).
        ``conflicts=True`` lets IntegrityError through, for callers that retry a lost race.
        """
        try:
            with self.engine.begin() as conn:
                if self.is_sqlite:
                    self._begin_immediate(conn)
                yield conn
        except StoreError:
            raise
        except sa.exc.SQLAlchemyError as exc:
            if conflicts and isinstance(exc, sa.exc.IntegrityError):
                raise
            raise StoreError(f"{operation} failed on {self.display}: {exc.__class__.__name__}: {first_line(exc)}") from exc

    def _begin_immediate(self, conn: Connection) -> None:
        for attempt in range(_LOCKED_RETRIES + 1):
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except sa.exc.OperationalError as exc:
                if attempt == _LOCKED_RETRIES or "database is locked" not in str(exc):
                    raise
                log.warning("%s is locked by another writer; retrying (%d of %d)", self.display, attempt + 1, _LOCKED_RETRIES)
                time.sleep(0.5 * (attempt + 1))

    @contextmanager
    def read(self, operation: str) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except StoreError:
            raise
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"{operation} failed on {self.display}: {exc.__class__.__name__}: {first_line(exc)}") from exc

    def _create(self, full_text: bool | None) -> None:
        with self.write("creating the tables") as conn:
            metadata.create_all(conn)
            for table in metadata.sorted_tables:  # an index added since a store was made is made there too
                for index in table.indexes:
                    index.create(conn, checkfirst=True)
            found = conn.execute(sa.select(meta_table.c.value).where(meta_table.c.key == "schema")).scalar()
            if found is None:
                conn.execute(sa.insert(meta_table).values(key="schema", value=STORE_SCHEMA))
            elif found != STORE_SCHEMA:
                raise StoreError(f"{self.display} holds a store of schema {found!r}; this rashomon reads {STORE_SCHEMA!r}")
        if full_text is False or not self.is_sqlite:
            return
        try:
            with self.write("creating the full-text index") as conn:
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
