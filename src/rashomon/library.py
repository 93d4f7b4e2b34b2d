"""The library: many articles in, stories out, each story compared.

What the ``ingest``, ``stories``, ``show`` and ``search`` commands call:

1. :func:`ingest` reads sources (folders, files, JSONL/CSV dumps, URLs, feeds) with
   :func:`rashomon.ingest.iter_sources`, stores each article once, reports every skipped
   input with its reason, then calls 2.
2. :func:`cluster_stories` puts every article that is in no story yet into one, with
   :class:`rashomon.cluster.StoryClusterer`; the clusterer goes on from the state the last
   run saved in the store (or, when there is none or it is stale, is rebuilt by replaying
   the stored articles), so new articles join the stories already there.
3. :func:`compare_story` runs :func:`rashomon.compare.compare` on a story's articles and
   stores the report; :func:`story_report` returns the stored one when it is current.
4. :func:`watch` runs 1 on some feeds every few seconds.

Every step commits as it goes: a process killed half-way keeps what it committed, and
running it again stores nothing twice and clusters what was left unclustered.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Union

from .errors import InputError, NotEnoughArticles
from .model import Document, Report, Skipped
from .settings import DEFAULT_MAX_BYTES, Settings
from .store import Store, StoredArticle

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

Source = Union[str, "os.PathLike[str]", Document]
# progress(stage, done, total): stage is "reading" or "clustering"; total is None while unknown.
ProgressCallback = Callable[[str, int, Union[int, None]], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestResult:
    """What one ingest did. ``skipped`` holds every input that was not stored, with the reason."""

    added: int = 0
    duplicates: int = 0
    skipped: tuple[Skipped, ...] = ()
    article_ids: tuple[int, ...] = ()  # the articles this ingest stored
    stories: tuple[int, ...] = ()  # the stories that gained an article
    new_stories: int = 0

    def __add__(self, other: IngestResult) -> IngestResult:
        return IngestResult(
            added=self.added + other.added,
            duplicates=self.duplicates + other.duplicates,
            skipped=self.skipped + other.skipped,
            article_ids=self.article_ids + other.article_ids,
            stories=tuple(dict.fromkeys(self.stories + other.stories)),
            new_stories=self.new_stories + other.new_stories,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "skipped": [s.to_dict() for s in self.skipped],
            "article_ids": list(self.article_ids),
            "stories": list(self.stories),
            "new_stories": self.new_stories,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterResult:
    assigned: int = 0
    stories: tuple[int, ...] = ()  # stories that gained (or lost) an article
    new_stories: int = 0
    replayed: int = 0  # stored articles re-read to rebuild the clusterer (0 when its saved state was used)
    moved: int = 0  # articles the reassignment sweeps moved to another story


@dataclass(slots=True)
class _Counter:
    """Running totals of one read, for the progress display."""

    stored: int = 0
    duplicates: int = 0
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
) -> IngestResult:
    """Store every article the sources hold, once, and put the new ones into stories.

    A malformed line, a missing field, an unreadable file, a feed that is down: each becomes
    a :class:`~rashomon.model.Skipped` in the result (``origin``/line and reason), and the rest
    is stored. ``progress``: ``True`` draws a progress bar on stderr; a callable receives
    ``(stage, done, total)``. ``cluster=False`` only stores (the next ingest clusters).
    """
    sources = list(sources)
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    report = _reporter(progress)
    counter = _Counter()
    new_ids: list[int] = []
    try:
        batch: list[Document] = []
        for item in _read(sources, csv_columns=csv_columns, max_bytes=max_bytes, timeout=timeout, client=client):
            if isinstance(item, Skipped):
                log.info("skipped %s: %s", item.source, item.reason)
                counter.skipped.append(item)
            elif not item.text.strip():
                counter.skipped.append(Skipped(source=_origin(item), reason="no text"))
            else:
                batch.append(item)
            if len(batch) >= batch_size:
                _store_batch(store, batch, counter, new_ids)
                batch = []
            report("reading", counter.stored + counter.duplicates + len(counter.skipped) + len(batch), None)
        if batch:
            _store_batch(store, batch, counter, new_ids)
        report("reading", counter.stored + counter.duplicates + len(counter.skipped), counter.stored + counter.duplicates + len(counter.skipped))
        clustered = (
            cluster_stories(store, threshold=threshold, embedder=embedder, progress=report, batch_size=batch_size)
            if cluster
            else ClusterResult()
        )
    finally:
        report("done", 0, 0)
    log.info(
        "ingested %d articles (%d duplicates, %d skipped) into %d stories (%d new)",
        counter.stored, counter.duplicates, len(counter.skipped), len(clustered.stories), clustered.new_stories,
    )
    return IngestResult(
        added=counter.stored,
        duplicates=counter.duplicates,
        skipped=tuple(counter.skipped),
        article_ids=tuple(new_ids),
        stories=clustered.stories,
        new_stories=clustered.new_stories,
    )


def _read(
    sources: Sequence[Source],
    *,
    csv_columns: Mapping[str, str] | None,
    max_bytes: int,
    timeout: float,
    client: httpx.Client | None,
) -> Iterator[Document | Skipped]:
    """Documents and skips, source by source; a wrong option (``csv_columns``) raises ValueError."""
    from .ingest import iter_sources

    # iter_sources turns every bad input into a Skipped; only a wrong option raises.
    yield from iter_sources(sources, max_bytes=max_bytes, timeout=timeout, client=client, csv_columns=csv_columns)


def _store_batch(store: Store, batch: Sequence[Document], counter: _Counter, new_ids: list[int]) -> None:
    result = store.add_documents(batch, batch_size=len(batch))
    counter.stored += result.added
    counter.duplicates += result.duplicates
    new_ids.extend(result.ids)


def _origin(doc: Document) -> str:
    return doc.origin or doc.url or doc.path or doc.title or "a document"


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
    2. Each new article joins a story, or starts one; one transaction per batch.
    3. ``sweeps`` reassignment sweeps (:meth:`StoryClusterer.refine`) over the new articles and
       the recent articles of the stories they joined; a moved article moves in the store too.
    4. The clusterer's state is saved with the assignments' fingerprint.
    """
    from .cluster import ClusterRecord

    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    report = _reporter(progress)
    pending = store.unassigned()
    if not pending:
        return ClusterResult()
    # 1. go on, or rebuild
    clusterer, story_of, replayed = _clusterer(store, threshold=threshold, embedder=embedder, report=report,
                                               pending=len(pending))
    touched: dict[int, None] = {}
    keys: dict[str, None] = {}
    new_stories = 0
    done = replayed
    total = replayed + len(pending)
    fresh = store.articles(pending)
    # 2. new articles
    for start in range(0, len(fresh), batch_size):
        # One transaction per batch: a kill loses at most this batch, which the next run clusters.
        groups: dict[Any, tuple[int | None, list[int]]] = {}
        for article in fresh[start : start + batch_size]:
            key = clusterer.add(_cluster_record(ClusterRecord, article))
            groups.setdefault(key, (story_of.get(key), []))[1].append(article.id)
            done += 1
            report("clustering", done, total)
        story_ids = store.assign_many(list(groups.values()))
        for (key, (known, _members)), story_id in zip(groups.items(), story_ids):
            if known is None:
                new_stories += 1
                story_of[key] = story_id
            touched[story_id] = None
            keys[key] = None
    # 3. reassignment sweeps, applied to the store
    moved = 0
    if sweeps:
        around = [m for members in clusterer.open_members(keys).values() for m in members]
        moves = clusterer.refine(sweeps, only=[str(a.id) for a in fresh] + around)
        final = {record_id: clusterer.story_of(record_id) for record_id, _, _ in moves}
        regroup: dict[int, list[int]] = {}
        for record_id, key in final.items():
            regroup.setdefault(story_of[key], []).append(int(record_id))
        if regroup:
            store.assign_many(list(regroup.items()))
            moved = len(final)
            touched.update(dict.fromkeys(regroup))
            touched.update(dict.fromkeys(story_of[source] for _, source, _ in moves))
    # 4. save the state
    live = clusterer.live_stories()
    store.save_cluster_state(clusterer.state(), fingerprint=store.assignments_fingerprint(),
                             meta={"stories": {key: story_of[key] for key in live if key in story_of}})
    existing = {summary.id for summary in store.stories()} if moved else None
    stories = tuple(s for s in touched if existing is None or s in existing)
    return ClusterResult(assigned=len(pending), stories=stories, new_stories=new_stories,
                         replayed=replayed, moved=moved)


def _clusterer(store: Store, *, threshold: float | None, embedder: str, report: ProgressCallback,
               pending: int) -> tuple[Any, dict[str, int], int]:
    """(clusterer, clusterer story id -> stored story id, articles replayed to rebuild it)."""
    from .cluster import ClusterRecord, StoryClusterer

    saved = store.cluster_state()
    if saved is not None:
        data, fingerprint, meta = saved
        if fingerprint == store.assignments_fingerprint():
            try:
                clusterer = StoryClusterer.from_state(data, threshold=threshold, embedder=embedder)
            except ValueError as exc:
                log.info("clusterer state not used (%s); rebuilding it from the store", exc)
            else:
                return clusterer, {str(k): int(v) for k, v in meta.get("stories", {}).items()}, 0
        else:
            log.info("stories changed since the clusterer state was saved; rebuilding it from the store")
    assignments = store.assignments()
    clusterer = StoryClusterer(threshold=threshold, embedder=embedder)
    votes: dict[Any, dict[int, int]] = {}
    stored = _by_date(store.articles(list(assignments))) if assignments else []
    total = len(stored) + pending
    for done, article in enumerate(stored, 1):
        key = clusterer.add(_cluster_record(ClusterRecord, article))
        counts = votes.setdefault(key, {})
        counts[assignments[article.id]] = counts.get(assignments[article.id], 0) + 1
        report("clustering", done, total)
    story_of = {key: max(counts, key=lambda s: (counts[s], -s)) for key, counts in votes.items()}
    return clusterer, story_of, len(stored)


def _cluster_record(record_type: Any, article: StoredArticle) -> Any:
    return record_type(
        id=str(article.id),
        title=article.title,
        text=article.text,
        date=_iso_date_or_none(article),
        source=article.source,
        url=article.url,
    )


def _iso_date_or_none(article: StoredArticle) -> str | None:
    """The date when it is ISO 8601; ingest keeps an unknown date form as written."""
    if not article.date:
        return None
    from .cluster import parse_date

    try:
        parse_date(article.date, source=str(article.id))
    except InputError:
        log.info("article %d: date %r is not ISO 8601; clustered without a date", article.id, article.date)
        return None
    return article.date


def _by_date(articles: Iterable[StoredArticle]) -> list[StoredArticle]:
    return sorted(articles, key=lambda a: (a.date is None, a.date or "", a.id))


# --- 3. compare ------------------------------------------------------------------------------


def compare_story(story_id: int, store: Store, *, settings: Settings | None = None) -> Report:
    """Compare a story's articles (oldest first) and store the report.

    A story of one article has nothing to compare it with: :class:`NotEnoughArticles`.
    """
    articles = store.story_articles(story_id)
    if len(articles) < 2:
        raise NotEnoughArticles(len(articles))
    from .compare import compare

    report = compare([a.document() for a in articles], settings=settings, cache=store)
    store.save_report(story_id, report)
    return report


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


# --- progress --------------------------------------------------------------------------------


def _reporter(progress: bool | ProgressCallback) -> ProgressCallback:
    if callable(progress):
        return progress
    if progress:
        return _RichProgress()
    return lambda stage, done, total: None


class _RichProgress:
    """A progress bar on stderr, one task per stage; asked for with ``progress=True``."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
        )
        self._tasks: dict[str, Any] = {}
        self._started = False

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage == "done":
            if self._started:
                self._bar.stop()
                self._started = False
            return
        if not self._started:
            self._bar.start()
            self._started = True
        if stage not in self._tasks:
            self._tasks[stage] = self._bar.add_task(stage, total=total)
        self._bar.update(self._tasks[stage], completed=done, total=total)
