"""Answers to reads, kept until the store changes: what the server does not redo per request.

    version = StoreVersion(store)      # None when the store cannot say cheaply whether it changed
    reads = ReadCache(version)
    body = reads.get(("healthz",))    # None on a miss (or when the store changed since)
    reads.put(("healthz",), body)     # an Answer: bytes, media type, ETag, extra headers

A SQLite store says whether anything committed since a given moment through ``PRAGMA
data_version`` on a connection of its own that never writes: the value changes whenever any
other connection commits (the server's own writes, another process's ``rashomon ingest``), and
reading it costs microseconds and takes no lock a writer waits on. Every cached answer carries
the version it was built under and is a miss once the version moved, so a cached read is never
staler than the last commit. Other databases (no such pragma) get no cache: every read goes to
the store, as before.

Each answer carries an ETag (a hash of its bytes): a client that sends it back in
``If-None-Match`` gets 304 and no body.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store.facade import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Answer:
    """One read's response: its bytes, media type and ETag, and any extra headers."""

    body: bytes
    media_type: str
    etag: str = ""
    headers: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def of(cls, body: bytes, media_type: str, headers: tuple[tuple[str, str], ...] = ()) -> Answer:
        return cls(body, media_type, '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"', headers)

    def matches(self, if_none_match: str | None) -> bool:
        """True when the client's ``If-None-Match`` names this answer (so 304 will do)."""
        if not if_none_match or not self.etag:
            return False
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return self.etag in tags or "*" in tags


class StoreVersion:
    """A number that changes whenever the store's database was committed to; None: cannot tell."""

    def __init__(self, store: Store) -> None:
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        path = _sqlite_file(store)
        if path is None:
            return
        try:
            # read-only, no busy wait: a check that would wait is a miss, never a stall
            self._conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0, check_same_thread=False,
                                         isolation_level=None)
            self._conn.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            log.debug("no change counter for %s: reads are not cached", path, exc_info=True)
            self._conn = None

    @property
    def available(self) -> bool:
        return self._conn is not None

    def current(self) -> int | None:
        if self._conn is None:
            return None
        with self._lock:
            try:
                return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                return None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def _sqlite_file(store: Store) -> Path | None:
    if not store.is_sqlite:
        return None
    import sqlalchemy as sa

    database = sa.engine.make_url(store.url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database).resolve()
    return path if path.is_file() else None


class ReadCache:
    """Answers keyed by what was asked, each valid while the store's version stays the same."""

    def __init__(self, version: StoreVersion, size: int = 512) -> None:
        self.version = version
        self.size = size
        self._answers: OrderedDict[Hashable, tuple[int, Answer]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Answer | None:
        now = self.version.current()
        if now is None:
            return None
        with self._lock:
            hit = self._answers.get(key)
            if hit is None or hit[0] != now:
                return None
            self._answers.move_to_end(key)
            return hit[1]

    def stamp(self) -> int | None:
        """The version to :meth:`put` an answer under: read it *before* reading the store, so that
        a commit landing while the answer is built makes it a miss rather than a stale hit."""
        return self.version.current()

    def put(self, key: Hashable, answer: Answer, stamp: int | None) -> Answer:
        if stamp is None:
            return answer
        with self._lock:
            self._answers[key] = (stamp, answer)
            self._answers.move_to_end(key)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)
        return answer


def respond(request: Any, answer: Answer) -> Any:
    """The response for ``answer``: 304 when the client already holds it (``If-None-Match``)."""
    from starlette.responses import Response

    headers = {"ETag": answer.etag, "Cache-Control": "no-cache"} if answer.etag else {}
    if answer.matches(request.headers.get("if-none-match")):
        return Response(status_code=304, headers=headers)
    return Response(content=answer.body, media_type=answer.media_type, headers={**dict(answer.headers), **headers})


async def cached(request: Any, key: Hashable, build: Callable[[], Answer]) -> Any:
    """Answer a read from the cache in the event loop, or ``build()`` it in a worker thread
    (it may read the store or wait for a comparison) and keep it until the store changes."""
    from starlette.concurrency import run_in_threadpool

    reads: ReadCache = request.app.state.web.reads
    answer = reads.get(key)
    if answer is None:
        def fill() -> Answer:
            stamp = reads.stamp()
            return reads.put(key, build(), stamp)

        answer = await run_in_threadpool(fill)
    return respond(request, answer)
