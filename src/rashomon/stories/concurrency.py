"""How an ingest runs on several cores: a reading process, a writer thread, a quieter collector.

:func:`rashomon.stories.ingestion.ingest` decides what happens; this module holds how it runs:

- a big local input (over 4 MB) is read and stored by a forked child process
  (:mod:`rashomon.sources.parallel`, :func:`_in_child`) while the parent clusters; the child
  also does the clustering's per-article work that reads no clusterer state
  (:class:`_Preparer`), and sends batches, not items, so that on two cores neither waits for
  the other for long;
- the stories are stored by a thread of the parent (:class:`_Writer`), so that clustering goes
  on while a transaction waits for the database;
- what outlived a batch is frozen out of the garbage collector's full collections
  (:func:`_collecting_young_objects`), which otherwise walk the clusterer's millions of
  objects again and again.

Measured in bench/results/ingest_scale.md; bench/README.md has the history.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Union

from ..model import Document, Skipped
from ..store.facade import Store
from ..young_objects import collecting_young_objects, freeze_survivors
from .records import stored_record

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

Source = Union[str, "os.PathLike[str]", Document]

READERS = ("auto", "inline", "process")

# While an ingest runs, the objects that outlived a batch (the clusterer's stories and
# vectors, mostly) are moved out of the collector's reach (gc.freeze), so that its full
# collections no longer walk them again and again; they are handed back when it ends
# (:mod:`rashomon.young_objects`, which a comparison uses too).


def _collecting_young_objects() -> AbstractContextManager[None]:
    return collecting_young_objects(freeze_now=False)


def _freeze() -> None:
    """Within :func:`_collecting_young_objects`: put what is alive now out of the collector's
    reach (in the reading process, which was forked inside it, as well)."""
    freeze_survivors()


def _in_child(reader: str, sources: Sequence[Source], client: httpx.Client | None, store: Store) -> bool:
    """Whether to read and store in a child process (see ``reader`` in :func:`ingest`)."""
    if reader == "inline" or client is not None:
        return False
    if store.is_sqlite and _sqlite_memory(store.url):
        return False  # a second connection would open another, empty database
    from ..sources.parallel import AUTO_BYTES, can_fork, local_bytes

    if not can_fork():
        return False
    size = local_bytes(sources)
    return size is not None and (reader == "process" or size > AUTO_BYTES)


def _sqlite_memory(url: str) -> bool:
    """Whether a SQLite URL names an in-memory database."""
    database = url.split("://", 1)[-1].lstrip("/").split("?", 1)[0]
    return database in ("", ":memory:") or "mode=memory" in url


def _read_and_store(
    sources: Sequence[Source],
    store: Store,
    options: Mapping[str, Any],
    client: httpx.Client | None,
    batch_size: int,
    *,
    close: bool = False,
    prepare: _Preparer | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Read the sources and store their documents a batch at a time; yields ``("read",)`` for
    each input, ``("skipped", Skipped)``, and for each batch ``("stored", added, duplicates,
    new ids, the clusterer's records of the new articles, their :meth:`StoryClusterer.prepare`
    or None, reprints recorded, the duplicates by URL alone)``, ``prepare`` deciding. A wrong option raises ValueError."""
    from ..sources import iter_sources

    try:
        batch: list[Document] = []
        # iter_sources turns every bad input into a Skipped; only a wrong option raises.
        for item in iter_sources(sources, client=client, **options):
            if isinstance(item, Skipped):
                yield ("skipped", item)
            elif not item.text.strip():
                yield ("skipped", Skipped(source=_origin(item), reason="no text"))
            else:
                batch.append(item)
            if len(batch) >= batch_size:
                yield _store_batch(store, batch, prepare)
                batch = []
                _freeze()
            yield ("read",)
        if batch:
            yield _store_batch(store, batch, prepare)
    finally:
        if close:
            store.close()


def _store_batch(store: Store, batch: Sequence[Document], prepare: _Preparer | None) -> tuple[Any, ...]:
    result = store.add_documents(batch, batch_size=len(batch))
    records = [stored_record(article_id, batch[position]) for article_id, position in zip(result.ids, result.positions)]
    records, prepared = prepare(records) if prepare is not None else (records, None)
    return ("stored", result.added, result.duplicates, result.ids, records, prepared, result.reprints,
            result.changed_at_url)


class _Preparer:
    """The reading process's share of the clustering, :meth:`StoryClusterer.prepare`: the
    term codes always, and the near-duplicate signature too while the clustering process is
    behind (``backlog()``: batches it has not taken yet, :func:`rashomon.sources.parallel.forked`).
    Why: reading and storing costs about as much per article as clustering, so the work that
    reads no clusterer state is moved to whichever process would otherwise wait. A prepared
    record goes without its text (the clusterer does not read it again) unless ``keep_text``
    (a dense embedder embeds it)."""

    # Batches waiting from which the clustering process counts as behind: with one batch queued
    # it has work, so the signature is better made here (bench/README.md has the measurements).
    BEHIND = 1

    def __init__(self, backlog: Callable[[], int], *, keep_text: bool = False) -> None:
        from .clusterer import StoryClusterer

        self.backlog = backlog
        self.keep_text = keep_text
        self.clusterer = StoryClusterer()
        self.levels = {"codes": 0, "signature": 0}  # batches prepared at each level

    def __call__(self, records: list[Any]) -> tuple[list[Any], list[Any]]:
        signature = self.backlog() >= self.BEHIND
        self.levels["signature" if signature else "codes"] += 1
        prepared = [self.clusterer.prepare(record, signature=signature) for record in records]
        if not self.keep_text:
            from dataclasses import replace

            records = [replace(record, text="") for record in records]
        return records, prepared


def _origin(doc: Document) -> str:
    return doc.origin or doc.url or doc.path or doc.title or "a document"


def _quietly(step: Callable[[], None], quiet: bool) -> None:
    """Run ``step``; when ``quiet``, log its error instead of raising it."""
    try:
        step()
    except Exception as exc:
        if not quiet:
            raise
        log.warning("storing stories failed: %s", exc)


class _Writer:
    """Jobs run in order by one thread; the first error is raised by the next submit or join."""

    def __init__(self) -> None:
        import queue
        import threading

        self.jobs: queue.Queue[tuple[Callable[..., None], tuple[Any, ...]] | None] = queue.Queue()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="rashomon-story-writer", daemon=True)
        self.thread.start()

    def submit(self, job: Callable[..., None], *args: Any) -> None:
        if self.error is not None:
            raise self.error
        self.jobs.put((job, args))

    def join(self) -> None:
        self.jobs.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        while (item := self.jobs.get()) is not None:
            if self.error is None:  # after an error, the rest is dropped: the next run clusters it
                try:
                    item[0](*item[1])
                except BaseException as exc:  # handed to the caller
                    self.error = exc
