"""The library: many articles in, stories out, each story compared.

What the ``ingest``, ``stories``, ``show`` and ``search`` commands call:

1. :func:`ingest` reads sources (folders, files, JSONL/CSV dumps, URLs, feeds) with
   :func:`rashomon.sources.iter_sources`, stores each article once, reports every skipped
   input with its reason, and clusters each stored batch at once (2), from the documents
   just read; the stories are stored every :data:`ASSIGN_EVERY` articles, each story from
   its new articles alone (:class:`rashomon.store.spans.StorySpans`). How that runs on
   several cores (a reading process, a writer thread, a quieter garbage collector) is
   :mod:`rashomon.stories.concurrency`.
2. :func:`cluster_stories` puts every article that is in no story yet into one, with
   :class:`rashomon.stories.clusterer.StoryClusterer`; the clusterer goes on from the state the last
   run saved in the store (or, when there is none or it is stale, is rebuilt by replaying
   the stored articles), so new articles join the stories already there.
3. :func:`compare_story` runs :func:`rashomon.comparison.pipeline.compare` on a story's articles and
   stores the report; :func:`story_report` returns the stored one when it is current.
4. :func:`watch` runs 1 on some feeds every few seconds.

Every step commits as it goes: a process killed half-way keeps what it committed, and
running it again stores nothing twice and clusters what was left unclustered (the
clusterer's state is saved at the end of a run; after a kill it is rebuilt by replay).
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import NotEnoughArticles
from ..model import Document, Report, Skipped
from ..progress import ProgressCallback, reporter
from ..settings import DEFAULT_MAX_BYTES, Settings
from ..store.facade import Store, StorySpans
from ..store.schema import Reprint, StoredArticle
from . import state as saved_state
from .concurrency import (  # noqa: F401  (_in_child and _Preparer are importable from here)
    READERS,
    Source,
    _collecting_young_objects,
    _freeze,
    _in_child,
    _Preparer,
    _quietly,
    _read_and_store,
    _Writer,
)
from .records import ClusterResult, IngestResult, stored_arrival, stored_record

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

# A ProgressCallback (stage, done, total) here sees the stages "reading" and "clustering";
# total is None while unknown.


@dataclass(slots=True)
class _Counter:
    """Running totals of one read, for the progress display."""

    stored: int = 0
    duplicates: int = 0
    reprints: int = 0
    skipped: list[Skipped] = field(default_factory=list)


# --- 1. ingest -------------------------------------------------------------------------------


def ingest(
    sources: Iterable[Source],
    *,
    store: Store,
    progress: bool | ProgressCallback = False,
    csv_columns: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 15.0,
    client: httpx.Client | None = None,
    batch_size: int = 200,
    cluster: bool = True,
    threshold: float | None = None,
    embedder: str = "tfidf",
    reader: str = "auto",
    scheduler: str | None = None,
) -> IngestResult:
    """Store every article the sources hold, once, and put the new ones into stories.

    A malformed line, a missing field, an unreadable file, a feed that is down: each becomes
    a :class:`~rashomon.model.Skipped` in the result (``origin``/line and reason), and the rest
    is stored. ``progress``: ``True`` draws a progress bar on stderr; a callable receives
    ``(stage, done, total)``. ``cluster=False`` only stores (the next ingest clusters).

    Batch by batch (``batch_size`` articles): the batch is stored (one transaction), then its
    new articles are clustered from the documents just read, oldest first; their stories are
    stored every :data:`ASSIGN_EVERY` articles or every second (another transaction). Articles an earlier run stored but did not cluster (it
    was killed, or ran with ``cluster=False``) are clustered first.

    ``reader``: ``"process"`` reads local files in a child process while this one stores and
    clusters (:func:`rashomon.sources.parallel.forked`); ``"inline"`` reads here;
    ``"auto"`` (the default) reads in a child process when the sources are local files
    holding more than 4 MB and the machine has more than one CPU.

    ``scheduler``: ``"local:N"`` or a dask scheduler's address: pages are extracted and articles
    prepared on dask workers (:mod:`rashomon.stories.distributed`); storing and clustering stay here.
    """
    sources = list(sources)
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if reader not in READERS:
        raise ValueError(f"reader must be one of {', '.join(READERS)}; got {reader!r}")
    report = reporter(progress)
    counter = _Counter()
    new_ids: list[int] = []
    engine = _engine(scheduler)  # connects first: an unreachable scheduler fails before any write
    in_child = engine is None and _in_child(reader, sources, client, store)
    stories = (_Stories(store, threshold=threshold, embedder=embedder, report=report,
                        background=in_child or engine is not None)
               if cluster else None)
    options = dict(max_bytes=max_bytes, timeout=timeout, csv_columns=csv_columns)
    # The reading process is forked inside, so it collects young objects only as well.
    with _collecting_young_objects():
        try:
            if stories is not None:
                stories.add_stored(stored_arrival(store.article_dates(assigned=False)), batch_size)
            if engine is not None:
                from .distributed import ingest_messages

                messages = ingest_messages(engine.client, sources, store, options, batch_size, prepare=cluster,
                                           keep_text=embedder != "tfidf")
            elif in_child:
                from ..sources.parallel import forked

                # The child reads and stores (its own connection), and tokenises and hashes the
                # articles for the clusterer (StoryClusterer.prepare); this process clusters.
                messages = forked(lambda backlog: _read_and_store(
                    sources, Store(store.url), options, None, batch_size, close=True,
                    prepare=_Preparer(backlog, keep_text=embedder != "tfidf") if cluster else None),
                    big=lambda message: message[0] == "stored")
            else:
                messages = _read_and_store(sources, store, options, client, batch_size)
            read = 0
            for message in messages:
                kind = message[0]
                if kind == "read":
                    read += 1
                elif kind == "skipped":
                    log.info("skipped %s: %s", message[1].source, message[1].reason)
                    counter.skipped.append(message[1])
                else:  # stored
                    _, added, duplicates, ids, records, prepared, reprints, changed_at_url = message
                    counter.stored += added
                    # another text at a stored page's address is no copy: told with its reason, as a skip
                    counter.duplicates += duplicates - len(changed_at_url)
                    counter.skipped.extend(changed_at_url)
                    counter.reprints += reprints
                    new_ids.extend(ids)
                    if stories is not None:
                        stories.add(records, prepared)
                report("reading", read, None)
            report("reading", read, read)
            if stories is not None:
                stories.add_late(batch_size)
            clustered = stories.finish() if stories is not None else ClusterResult()
        finally:
            if stories is not None:
                stories.close(quiet=True)  # after an error: its last transactions, without masking the error
            if engine is not None:
                engine.close()
            report("done", 0, 0)
    log.info(
        "ingested %d articles (%d duplicates, %d skipped) into %d stories (%d new)",
        counter.stored, counter.duplicates, len(counter.skipped), len(clustered.stories), clustered.new_stories,
    )
    return IngestResult(
        added=counter.stored,
        duplicates=counter.duplicates,
        reprints=counter.reprints,
        skipped=tuple(counter.skipped),
        article_ids=tuple(new_ids),
        stories=clustered.stories,
        new_stories=clustered.new_stories,
    )


def _engine(scheduler: str | None) -> Any:
    """The dask engine (connected) for ``scheduler``, or None."""
    if scheduler is None:
        return None
    from .distributed import Engine

    return Engine(scheduler)


# --- 2. stories ------------------------------------------------------------------------------


def cluster_stories(
    store: Store,
    *,
    threshold: float | None = None,
    embedder: str = "tfidf",
    progress: bool | ProgressCallback = False,
    batch_size: int = 200,
    sweeps: int = 2,
) -> ClusterResult:
    """Put every stored article that is in no story into one; returns what changed.

    1. The clusterer goes on from the state saved by the last run (:meth:`Store.cluster_state`)
       when the story assignments are still the ones it was saved after and the settings
       are the same; otherwise it is rebuilt from the store: the articles already in stories
       are added first, oldest first, and each clusterer group is mapped to the stored story
       most of its articles belong to (``replayed`` counts them).
    2. Each new article joins a story, or starts one; one transaction per
       :data:`ASSIGN_EVERY` articles (or second), the articles read back a batch at a time.
    3. ``sweeps`` reassignment sweeps (:meth:`StoryClusterer.refine`) over the new articles and
       the recent articles of the stories they joined; a moved article moves in the store too.
    4. The clusterer's state is saved with the assignments' fingerprint.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    pending = stored_arrival(store.article_dates(assigned=False))
    if not pending:
        return ClusterResult()
    stories = _Stories(store, threshold=threshold, embedder=embedder, report=reporter(progress), sweeps=sweeps)
    stories.add_stored(pending, batch_size)
    return stories.finish()


class _Stories:
    """The clusterer of one run, fed batch by batch (steps 1-4 of :func:`cluster_stories`).

    The clusterer is loaded (or rebuilt) when the first article comes, so a run that stores
    nothing new does not pay for it.
    """

    def __init__(self, store: Store, *, threshold: float | None, embedder: str, report: ProgressCallback,
                 sweeps: int = 2, background: bool = False, split: bool = False) -> None:
        self.store = store
        # split: the closing sweeps also split stories (StoryClusterer.refine). Not the default:
        # with it, an ingest of A then B agrees with one ingest of A+B below the tolerance the
        # tests state (0.97 B-cubed F1; bench/README.md has the numbers).
        self.split = split
        # background: the stories are stored by a thread of their own, so that clustering goes
        # on while a transaction waits for the database (another process is writing to it).
        self.writer = _Writer() if background else None
        self.threshold = threshold
        self.embedder = embedder
        self.report = report
        self.sweeps = sweeps
        self.clusterer: Any = None
        self.story_of: dict[str, int] = {}  # clusterer story id -> stored story id
        self.replayed = 0
        self.done = 0
        self.fresh: list[str] = []  # ids of the articles this run clustered
        self.keys: dict[str, None] = {}  # clusterer stories they joined
        self.touched: dict[int, None] = {}  # stored stories that changed
        self.created: dict[int, None] = {}  # stored stories this run made (a sweep may empty one again)
        # What the stored stories' rows say (dates, naming article), so that storing a story
        # that only gained articles reads only the new ones (Store.assign_many).
        self.spans = StorySpans()
        self.total: int | None = None  # articles this run will cluster, when known
        # Clustered articles whose stories are not stored yet (clusterer story -> article ids):
        # stored every ASSIGN_EVERY articles, so a story that grows in every batch is
        # refreshed once per flush, not once per batch.
        self.pending: dict[Any, list[int]] = {}
        self.pending_count = 0
        self.flushed = time.monotonic()

    def add_stored(self, article_ids: Sequence[int], batch_size: int) -> None:
        """Cluster stored articles, in the order given (:func:`_arrival`), read back a batch at a time."""
        self.total = len(article_ids)
        for start in range(0, len(article_ids), batch_size):
            self.add([stored_record(a.id, a) for a in self.store.articles(article_ids[start : start + batch_size])], ordered=True)
        self.total = None

    def add_late(self, batch_size: int) -> None:
        """Cluster the stored, unassigned articles this run did not cluster: another process stored
        them while it ran (the reading child of a killed run finishing its batch), so this run read
        them as duplicates, and no one else will put them into stories."""
        clustered = set(self.fresh)
        late = [i for i in stored_arrival(self.store.article_dates(assigned=False)) if str(i) not in clustered]
        if late:
            self.add_stored(late, batch_size)

    def add(self, records: Sequence[Any], prepared: Sequence[Any] | None = None, *, ordered: bool = False) -> None:
        """Put these articles (ClusterRecords of stored, unassigned articles) into stories,
        oldest first, an undated one beside the article stored just before it (the order
        ``cluster_records`` uses in batch, :func:`rashomon.stories.cluster.in_date_order`); their
        stories are stored with the next flush (by the writer thread, when there is one).
        ``prepared``: each record's :meth:`StoryClusterer.prepare`, when done already.
        ``ordered``: the records are in that order already (over more than this batch)."""
        if not records:
            return
        from .records import in_date_order

        if self.clusterer is None:
            self.clusterer, self.story_of, self.replayed = _clusterer(
                self.store, threshold=self.threshold, embedder=self.embedder, report=self.report,
                pending=self.total or 0)
            self.done = self.replayed
        clusterer = self.clusterer
        total = None if self.total is None else self.replayed + self.total
        groups: dict[Any, list[int]] = {}
        ready = dict(zip((r.id for r in records), prepared)) if prepared is not None else {}
        for record in records if ordered else in_date_order(sorted(records, key=lambda r: int(r.id))):
            key = clusterer.assign(record, prepared=ready.get(record.id)).story
            groups.setdefault(key, []).append(int(record.id))
            self.fresh.append(record.id)
            self.done += 1
            self.report("clustering", self.done, total)
        self.keys.update(dict.fromkeys(groups))
        pending = self.pending
        for key, members in groups.items():
            pending.setdefault(key, []).extend(members)
        self.pending_count += len(records)
        if self.pending_count >= ASSIGN_EVERY or time.monotonic() - self.flushed >= ASSIGN_SECONDS:
            self._flush()
            _freeze()

    def _flush(self) -> None:
        """Store the stories of the articles clustered since the last flush (one transaction)."""
        if not self.pending:
            return
        groups, self.pending, self.pending_count = self.pending, {}, 0
        self.flushed = time.monotonic()
        if self.writer is not None:
            self.writer.submit(self._assign, groups)
        else:
            self._assign(groups)

    def _assign(self, groups: Mapping[Any, list[int]]) -> None:
        # One transaction per batch: a kill loses at most this batch, which the next run clusters.
        story_of = self.story_of
        items = list(groups.items())
        story_ids = self.store.assign_many([(story_of.get(key), members) for key, members in items], spans=self.spans)
        for (key, _members), story_id in zip(items, story_ids):
            if key not in story_of:
                self.created[story_id] = None
                story_of[key] = story_id
            self.touched[story_id] = None

    def close(self, *, quiet: bool = False) -> None:
        """Wait for the writer thread's last transactions; raises the error one of them met
        (logs it instead when ``quiet``). The stories not stored yet are stored first."""
        _quietly(self._flush, quiet)  # first: with a writer thread, this hands it the last job
        if self.writer is not None:
            writer, self.writer = self.writer, None
            _quietly(writer.join, quiet)

    def finish(self) -> ClusterResult:
        """3. the reassignment sweeps, applied to the store; 4. the state saved."""
        self.close()
        if self.clusterer is None:
            return ClusterResult()
        clusterer, story_of, store = self.clusterer, self.story_of, self.store
        self.report("clustering", self.done, self.done)
        moved = 0
        if self.sweeps:
            around = [m for members in clusterer.open_members(self.keys).values() for m in members]
            moves = clusterer.refine(self.sweeps, only=self.fresh + around, split=self.split)
            # A moved article's near-duplicate copies moved with it; a split-off story is new.
            final = {member: clusterer.story_of(member)
                     for record_id, _, _ in moves for member in (record_id, *clusterer.copies(record_id))}
            regroup: dict[str, list[int]] = {}
            for record_id, key in final.items():
                regroup.setdefault(key, []).append(int(record_id))
            if regroup:
                items = list(regroup.items())
                story_ids = store.assign_many([(story_of.get(key), members) for key, members in items], spans=self.spans)
                for (key, _members), story_id in zip(items, story_ids):
                    if key not in story_of:
                        story_of[key] = story_id
                        self.created[story_id] = None
                moved = len(final)
                self.touched.update(dict.fromkeys(story_ids))
                self.touched.update(dict.fromkeys(story_of[source] for _, source, _ in moves if source in story_of))
        live = clusterer.live_stories()
        store.save_cluster_state(saved_state.dump(clusterer), fingerprint=store.assignments_fingerprint(),
                                 meta={"stories": {key: story_of[key] for key in live if key in story_of}})
        existing = store.existing_stories(list(self.touched)) if moved else None
        stories = tuple(s for s in self.touched if existing is None or s in existing)
        # A story the sweeps emptied is deleted: it is neither new nor one that gained articles.
        new_stories = sum(1 for s in self.created if existing is None or s in existing)
        return ClusterResult(assigned=len(self.fresh), stories=stories, new_stories=new_stories,
                             replayed=self.replayed, moved=moved)


# Articles clustered between two transactions storing their stories: refreshing a story reads
# all its members, so storing a story that grows in every batch once per batch would cost more
# and more. And at least every ASSIGN_SECONDS, so that a slow run (or a killed one) has its
# stories stored as it goes.
ASSIGN_EVERY = 1000
ASSIGN_SECONDS = 1.0


def _clusterer(store: Store, *, threshold: float | None, embedder: str, report: ProgressCallback,
               pending: int) -> tuple[Any, dict[str, int], int]:
    """(clusterer, clusterer story id -> stored story id, articles replayed to rebuild it)."""
    from .clusterer import StoryClusterer

    saved = store.cluster_state()
    if saved is not None:
        data, fingerprint, meta = saved
        if fingerprint == store.assignments_fingerprint():
            try:
                clusterer = saved_state.load(data, threshold=threshold, embedder=embedder)
            except ValueError as exc:
                log.info("clusterer state not used (%s); rebuilding it from the store", exc)
            else:
                return clusterer, {str(k): int(v) for k, v in meta.get("stories", {}).items()}, 0
        else:
            log.info("stories changed since the clusterer state was saved; rebuilding it from the store")
    assignments = store.assignments()
    clusterer = StoryClusterer(threshold=threshold, embedder=embedder)
    votes: dict[Any, dict[int, int]] = {}
    total = len(assignments) + pending
    done = 0
    # In the order a live run clusters them, read back a chunk at a time.
    order = stored_arrival(store.article_dates(assigned=True)) if assignments else []
    for start in range(0, len(order), 500):
        for article in store.articles(order[start : start + 500]):
            key = clusterer.add(stored_record(article.id, article))
            counts = votes.setdefault(key, {})
            counts[assignments[article.id]] = counts.get(assignments[article.id], 0) + 1
            done += 1
            report("clustering", done, total)
    story_of = {key: max(counts, key=lambda s: (counts[s], -s)) for key, counts in votes.items()}
    return clusterer, story_of, done


# --- 3. compare ------------------------------------------------------------------------------


# A story is compared through at most this many of its articles, the earliest of each outlet
# first: a comparison weighs claims pair by pair, and a story's hundredth reprint adds cost, not
# another account (the web app compares at most 20 articles a request too).
MAX_STORY_ARTICLES = 20


def story_documents(articles: Sequence[StoredArticle], limit: int | None = None,
                    reprints: Mapping[int, Sequence[Reprint]] | None = None) -> tuple[list[Document], list[Skipped]]:
    """The documents a story is compared through (``articles`` oldest first) and the records of
    what is not compared: when the story has more than ``limit`` articles, one record of those
    left out (the earliest article of each outlet is chosen first, then the earliest of the
    rest; ``limit``: :data:`MAX_STORY_ARTICLES` by default), and one for each other outlet's
    copy of an article (``reprints``, by article id: the same text is compared once)."""
    limit = MAX_STORY_ARTICLES if limit is None else limit
    copies = _reprint_notes(articles, reprints or {})
    if len(articles) <= limit:
        return [a.document() for a in articles], copies
    chosen: list[int] = []
    outlets: set[str] = set()
    for a in articles:
        if a.source not in outlets:
            outlets.add(a.source)
            chosen.append(a.id)
    chosen = chosen[:limit]
    chosen += [a.id for a in articles if a.id not in set(chosen)][: limit - len(chosen)]
    kept = set(chosen)
    left = [a.id for a in articles if a.id not in kept]
    note = Skipped(source=f"story: {len(left)} of {len(articles)} articles",
                   reason=f"not compared: a story is compared through at most {limit} articles, the earliest of each "
                          f"outlet first (store ids left out: {', '.join(map(str, left))})")
    return [a.document() for a in articles if a.id in kept], [note, *copies]


def stored_story_documents(store: Store, articles: Sequence[StoredArticle]) -> tuple[list[Document], list[Skipped]]:
    """:func:`story_documents` of a stored story's articles, with the store's reprints of them."""
    return story_documents(articles, reprints=store.reprints(a.id for a in articles))


def _reprint_notes(articles: Sequence[StoredArticle], reprints: Mapping[int, Sequence[Reprint]]) -> list[Skipped]:
    notes = []
    for article in articles:
        for copy in reprints.get(article.id, ()):
            where = f" ({copy.url})" if copy.url else ""
            # a paper that runs wire copy under its own headline: the headline is its own telling
            headline = f" under its own headline “{copy.title}”" if copy.title and copy.title != article.title else ""
            notes.append(Skipped(source=copy.source, reason=f"not compared: a reprint{where}{headline}, the same text as store "
                                                            f"article {article.id} ({article.source or 'no outlet named'})"))
    return notes


def compare_story(story_id: int, store: Store, *, settings: Settings | None = None) -> Report:
    """Compare a story's articles (oldest first; at most :data:`MAX_STORY_ARTICLES`, see
    :func:`story_documents`) and store the report.

    A story of one article has nothing to compare it with: :class:`NotEnoughArticles`.
    """
    articles = store.story_articles(story_id)
    if len(articles) < 2:
        raise NotEnoughArticles(len(articles))
    from ..comparison.pipeline import compare

    documents, left_out = stored_story_documents(store, articles)
    report = with_skipped(compare(documents, settings=settings, cache=store), left_out)
    store.save_report(story_id, report)
    return report


def with_skipped(report: Report, skipped: Sequence[Skipped]) -> Report:
    """``report`` with ``skipped`` added to its own skips."""
    return dataclasses.replace(report, skipped=(*report.skipped, *skipped)) if skipped else report


def story_report(story_id: int, store: Store, *, refresh: bool = False, settings: Settings | None = None) -> Report:
    """The story's stored report, or a fresh comparison when there is none (or ``refresh``)."""
    if not refresh:
        stored = store.report(story_id)
        if stored is not None:
            return stored
    return compare_story(story_id, store, settings=settings)


# --- 4. watch --------------------------------------------------------------------------------


def watch(
    feeds: Iterable[Source],
    interval: float,
    store: Store,
    iterations: int | None = None,
    *,
    on_round: Callable[[int, IngestResult], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    **options: Any,
) -> IngestResult:
    """Ingest ``feeds`` every ``interval`` seconds, ``iterations`` times (``None``: until interrupted).

    Each round only adds what is new (everything else is a duplicate). ``on_round(n, result)``
    is called after each round; the return value is the total over the rounds.
    """
    if interval <= 0:
        raise ValueError(f"the watch interval must be positive, got {interval}")
    if iterations is not None and iterations < 1:
        raise ValueError(f"iterations must be at least 1, got {iterations}")
    feeds = list(feeds)
    total = IngestResult()
    round_number = 0
    while iterations is None or round_number < iterations:
        round_number += 1
        result = ingest(feeds, store=store, **options)
        total = total + result
        if on_round is not None:
            on_round(round_number, result)
        if iterations is None or round_number < iterations:
            sleep(interval)
    return total
