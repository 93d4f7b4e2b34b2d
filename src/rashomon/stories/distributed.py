"""dask.distributed as the engine beyond one process (the ``distributed`` extra).

``rashomon ingest --scheduler ADDRESS|local:N`` and ``rashomon compare-all --scheduler ...``:

- :func:`connect` opens a client: ``local:N`` starts a LocalCluster of N single-threaded worker
  processes, anything else is the address of a running scheduler. An unreachable scheduler
  is a :class:`~rashomon.errors.SchedulerError` before anything is read or written; dask
  missing is :class:`~rashomon.errors.MissingExtra` with the pip line. dask is imported here
  only, and only when asked for.
- :func:`ingest_messages` is the dask twin of the reading half of
  :func:`rashomon.stories.ingestion.ingest`: this process walks the sources in order, cuts
  them into units (a run of a WARC archive's pages, a run of local HTML files; everything
  else is read here, where the network guard is), and the workers extract each unit's pages
  and compute the clusterer's per-article work (:meth:`StoryClusterer.prepare`: term codes and
  the near-duplicate signature). Results are taken back in submission order, so the store's
  writes and the online clustering, which stay in this process, see the articles in the
  order a local run sees them: the same ids, the same stories. At most :data:`IN_FLIGHT`
  units per worker are out at once (bounded memory on any archive size). A worker that
  dies mid-run has its units run again elsewhere by dask; nothing is stored until a
  unit's result is back here, so nothing is lost or stored twice.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import InputError, MissingExtra, SchedulerError
from ..model import Document, Skipped

log = logging.getLogger(__name__)

__all__ = ["IN_FLIGHT", "UNIT", "Engine", "connect", "ingest_messages", "page_units", "parse_scheduler", "unit_results",
           "units", "work", "workers_of"]

# Pages (or HTML files) per task: ~0.25 s of extraction; the scheduler and client here spend ~5 ms
# of CPU a task, 2% of it. 128 was no better that the shared machine could tell (bench/README.md).
UNIT = 32
IN_FLIGHT = 4  # units out per worker
LOCAL_CHUNK = 200  # documents read in this process per unit
CONNECT_TIMEOUT = "10s"
# A local cluster shares this machine's cores with this process (which hosts the scheduler and
# the client, and stores and clusters): the background work dask does by default is turned down
# there. Workers sample their own stacks every 10 ms for the dashboard's profile (none is
# shown); the scheduler and every worker poll psutil every 0.5 s; the scheduler rebalances
# tasks that are all alike and submitted in order. Every event loop (this process's, every
# worker's) wakes every 20 ms to time itself, the nannies here and the workers poll their memory
# every 100 ms, the client asks the scheduler for its workers every 2 s: together 3.3% of a core
# here and 1.6% in each worker while idle, 0.7% and 0.3% with the intervals below.
# bench/README.md (``## scale3``, ``## scale4``) has the costs.
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.scheduler.work-stealing": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.client.scheduler-info-interval": "10s",
}


def parse_scheduler(spec: str) -> tuple[str, int | str]:
    """``"local:N"`` -> ``("local", N)``; anything else -> ``("address", spec)``."""
    spec = spec.strip()
    if spec.startswith("local"):
        _, _, count = spec.partition(":")
        try:
            workers = int(count) if count else (os.cpu_count() or 1)
        except ValueError:
            raise ValueError(f"--scheduler {spec!r}: local:N needs a number of workers") from None
        if workers < 1:
            raise ValueError(f"--scheduler {spec!r}: at least one worker")
        return "local", workers
    if not spec:
        raise ValueError("--scheduler: an address (tcp://host:8786) or local:N")
    return "address", spec


def _dask() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise MissingExtra("distributed", exc.name or "distributed", "--scheduler") from exc
    return distributed


class Engine:
    """A connected dask client (and the local cluster it started, if any); :meth:`close` ends both."""

    def __init__(self, spec: str) -> None:
        kind, value = parse_scheduler(spec)
        distributed = _dask()
        self.cluster = None
        try:
            if kind == "local":
                import dask

                # Workers as this process is: dask pins BLAS to one thread in its workers, and the
                # comparison breaks exact ties (a sentence two articles share) on the last bits of
                # a matrix product, which depend on the thread count; a local run and a local
                # cluster then give the same reports. And dask sets glibc's malloc to give freed
                # memory back to the system past 64 KiB: extracting a page (lxml) then faults
                # its memory in again, five times the page faults of a plain process and ~7% more
                # CPU a page (bench/README.md, ``## scale4``); a worker's memory is bounded by its
                # few units in flight.
                spawn = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ", {}).items()
                         if not k.endswith("_NUM_THREADS") and k != "MALLOC_TRIM_THRESHOLD_"}
                with dask.config.set({"distributed.nanny.pre-spawn-environ": spawn, **LOCAL_CONFIG}), \
                        warnings.catch_warnings():
                    # its HTTP server (health checks; no dashboard) moves off a taken port by itself
                    warnings.filterwarnings("ignore", message=r"Port \d+ is already in use", category=UserWarning)
                    self.cluster = distributed.LocalCluster(n_workers=int(value), threads_per_worker=1,
                                                            processes=True, dashboard_address=None,
                                                            silence_logs=logging.ERROR)
                    self.client = distributed.Client(self.cluster)
            else:
                self.client = distributed.Client(str(value), timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            raise SchedulerError(f"cannot reach the dask scheduler {value}: {exc}") from None

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@contextmanager
def connect(spec: str) -> Iterator[Any]:
    """A dask client for ``spec`` (see :func:`parse_scheduler`), closed (and a local cluster
    stopped) on exit."""
    engine = Engine(spec)
    try:
        yield engine.client
    finally:
        engine.close()


def workers_of(client: Any) -> int:
    return max(len(client.scheduler_info().get("workers", {})), 1)


# --- ingest ----------------------------------------------------------------------------------


def ingest_messages(client: Any, sources: Sequence[Any], store: Any, options: Mapping[str, Any], batch_size: int,
                    *, prepare: bool, keep_text: bool) -> Iterator[tuple[Any, ...]]:
    """The messages of :func:`rashomon.stories.ingestion._read_and_store` (``("read",)``,
    ``("skipped", Skipped)``, ``("stored", added, duplicates, ids, records, prepared, reprints, changed_at_url)``), the
    pages extracted and the articles prepared on the workers of ``client``."""
    from .concurrency import _freeze
    from .records import stored_record as _record

    batch: list[Document] = []
    ready: list[Any] = []  # each document's prepared clusterer input (None: not prepared)

    for items in unit_results(client, units(sources, options), options, prepare):
        for item, prepared in items:
            if isinstance(item, Skipped):
                yield ("skipped", item)
            elif not item.text.strip():
                yield ("skipped", Skipped(source=item.origin or item.url or "a document", reason="no text"))
            else:
                batch.append(item)
                ready.append(prepared)
            if len(batch) >= batch_size:
                yield _stored(store, batch, ready, prepare, keep_text, _record)
                batch, ready = [], []
                _freeze()
            yield ("read",)
    if batch:
        yield _stored(store, batch, ready, prepare, keep_text, _record)


def unit_results(client: Any, todo: Iterable[tuple[str, Any]], options: Mapping[str, Any],
                 prepare: bool) -> Iterator[list[tuple[Any, Any]]]:
    """Each unit's ``[(Document | Skipped, prepared)]``, in the order of ``todo`` (:func:`units`): ``"pages"``
    and ``"files"`` units worked on the workers of ``client`` (:func:`work`), at most
    :data:`IN_FLIGHT` a worker out at once; ``"local"`` ones (read here) as they are."""
    window: deque[tuple[str, Any]] = deque()
    limit = IN_FLIGHT * workers_of(client)
    options = dict(options)
    for unit in todo:
        if unit[0] == "local":
            window.append(("items", [(item, None) for item in unit[1]]))
        else:
            window.append(("future", client.submit(work, unit, options, prepare, pure=False)))
        while len(window) > limit or (window and window[0][0] == "items"):
            kind, value = window.popleft()
            yield value.result() if kind == "future" else value
    while window:
        kind, value = window.popleft()
        yield value.result() if kind == "future" else value


def _stored(store: Any, batch: list[Document], ready: list[Any], prepare: bool, keep_text: bool,
            record: Any) -> tuple[Any, ...]:
    from dataclasses import replace

    result = store.add_documents(batch, batch_size=len(batch))
    records = [record(article_id, batch[position]) for article_id, position in zip(result.ids, result.positions)]
    prepared = None
    if prepare:
        missing = [i for i, position in enumerate(result.positions) if ready[position] is None]
        if missing:  # read in this process (not a page or an HTML file): prepared here
            from .clusterer import StoryClusterer

            clusterer = StoryClusterer()
            for i in missing:
                ready[result.positions[i]] = clusterer.prepare(records[i])
        prepared = [ready[position] for position in result.positions]
        if not keep_text:
            records = [replace(r, text="") for r in records]
    return ("stored", result.added, result.duplicates, result.ids, records, prepared, result.reprints,
            result.changed_at_url)


def units(sources: Sequence[Any], options: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """The sources, in the order a local read takes them, as units of work: ``("pages",
    [WarcPage])`` and ``("files", [html paths])`` for the workers, ``("local", [Document |
    Skipped])`` read here."""
    from ..sources import iter_sources
    from ..sources.files import DOCUMENTATION_REASON, FORMATS, is_documentation, known_type, list_folder, unknown_type_reason
    from ..sources.warc import is_warc

    def files_of(source: Any) -> list[tuple[Any, bool]]:
        """(file or source, whether it was found in a folder)."""
        if isinstance(source, (str, os.PathLike)) and not isinstance(source, Document):
            path = Path(source)
            if "://" not in os.fspath(source) and path.is_dir():
                listed = list_folder(path, unknown=True)
                if any(map(known_type, listed)):
                    return [(f, True) for f in listed]
        return [(source, False)]  # an empty folder too: read here, to be reported

    html: list[str] = []
    for source in sources:
        for item, in_folder in files_of(source):
            path = Path(item) if isinstance(item, (str, os.PathLike)) and not isinstance(item, Document) else None
            local = path is not None and "://" not in os.fspath(item) and path.is_file()
            if local and FORMATS.get(path.suffix.lower()) == "html":
                html.append(os.fspath(item))
                if len(html) >= UNIT:
                    yield ("files", html)
                    html = []
                continue
            if html:
                yield ("files", html)
                html = []
            if local and in_folder and not known_type(path):
                yield ("local", [Skipped(source=os.fspath(item), reason=unknown_type_reason(path))])
            elif local and in_folder and is_documentation(path):
                yield ("local", [Skipped(source=os.fspath(item), reason=DOCUMENTATION_REASON)])
            elif local and is_warc(path):
                yield from page_units(path, os.fspath(item), options)
            else:  # read here, a chunk at a time (a dump may be far larger than memory)
                chunk: list[Any] = []
                for read in iter_sources([item], **options):
                    chunk.append(read)
                    if len(chunk) >= LOCAL_CHUNK:
                        yield ("local", chunk)
                        chunk = []
                if chunk:
                    yield ("local", chunk)
    if html:
        yield ("files", html)


def page_units(path: Path, name: str, options: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    from ..sources.warc import WarcPage, iter_pages

    pages: list[Any] = []
    try:
        for item in iter_pages(path, source=name, max_bytes=int(options.get("max_bytes", 5_000_000))):
            if isinstance(item, WarcPage):
                pages.append(item)
                if len(pages) >= UNIT:
                    yield ("pages", pages)
                    pages = []
            else:
                if pages:
                    yield ("pages", pages)
                    pages = []
                yield ("local", [Skipped(source=item.source, reason=item.reason)])
    except InputError as exc:  # the archive as a whole (not a WARC, unreadable)
        if pages:
            yield ("pages", pages)
            pages = []
        yield ("local", [Skipped(source=exc.source, reason=exc.reason)])
    if pages:
        yield ("pages", pages)


def work(unit: tuple[str, Any], options: Mapping[str, Any], prepare: bool) -> list[tuple[Any, Any]]:
    """On a worker: a unit's documents (or why each is skipped), each with its
    :meth:`StoryClusterer.prepare` when ``prepare``."""
    kind, value = unit
    items: list[Document | Skipped] = []
    if kind == "pages":
        from ..sources.warc import page_document

        for page in value:
            try:
                items.append(page_document(page))
            except InputError as exc:
                items.append(Skipped(source=exc.source, reason=exc.reason))
    else:  # files
        from ..sources import iter_sources

        items.extend(iter_sources(value, **options))
    if not prepare:
        return [(item, None) for item in items]
    from .records import stored_record as _record

    clusterer = _preparer()
    return [(item, clusterer.prepare(_record(0, item)) if isinstance(item, Document) and item.text.strip() else None)
            for item in items]


_PREPARER: list[Any] = []


def _preparer() -> Any:
    """One default clusterer per worker process for :meth:`StoryClusterer.prepare`, which reads
    no state: making one per unit allocated its 4 MB term table every 32 pages."""
    if not _PREPARER:
        from .clusterer import StoryClusterer

        _PREPARER.append(StoryClusterer())
    return _PREPARER[0]
