"""Many articles -> stories: :func:`cluster_records` runs the clusterer over records.

Streaming yields each record's line as it is placed and, every ``REFINE_EVERY`` records,
splits the stories just joined where needed and sweeps the records just placed; every
``SWEEP_EVERY`` records the sweep also takes the weakly placed articles (those that started a
story or joined one below ``SWEEP_BELOW``) that are about ``SWEEP_AGES`` records old, so an
early article moves to the story that formed after it (:class:`_Weak`). A ``"moved"`` line is
yielded for each article that moved. ``batch=True`` makes the same pass in date order, then
two sweeps with splitting over everything. Batch agrees with streaming at B-cubed F1 0.97 or
more (tests/test_cluster.py). The constants are in :mod:`.tuning`, their measurements in
bench/README.md and bench/results/cluster_quality_dev.md.

The clusterer itself is :class:`~rashomon.stories.clusterer.StoryClusterer`; the records are
in :mod:`.records`. Both are importable from here, the module the ``cluster`` command and the
public API name.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from typing import Any

from ..errors import InputError
from ..progress import ticker
from .clusterer import StoryClusterer
from .records import Assignment, ClusterRecord, arrival_order, in_date_order, parse_date
from .tuning import REFINE_EVERY, SWEEP_AGES, SWEEP_BELOW, SWEEP_EVERY, SWEEP_WINDOW, SWEEPS

log = logging.getLogger(__name__)

__all__ = [
    "Assignment",
    "ClusterRecord",
    "StoryClusterer",
    "cluster_records",
    "arrival_order",
    "in_date_order",
    "parse_date",
]


def cluster_records(
    records: Iterable[Mapping[str, Any]],
    *,
    batch: bool = False,
    progress: bool = False,
    threshold: float | None = None,
    embedder: str = "tfidf",
    on_skip: Callable[[int, str], None] | None = None,
    sweeps: int = 2,
    refine_every: int = REFINE_EVERY,
    **options: Any,
) -> Iterator[dict[str, Any]]:
    """Cluster ``{id, title, text, date?, source?, url?}`` records; yield ``{"id", "story"}`` each.

    A near duplicate's line also has ``"duplicate_of"``. Streaming (the default) yields each
    line as soon as its record is placed, in input order. Every ``refine_every`` records
    (0: never) the stories that the articles with a body just placed are in are looked at
    again, and split when they hold two groups far apart (:meth:`StoryClusterer.refine`
    with ``split=True`` and no sweep, at a small cost in time): an article
    that moved is yielded again, ``{"id", "story", "moved": true}``; the last line of an id
    is where it is. ``batch=True`` reads everything first, clusters in date order (records
    without a date keep their input position) with the same splits, makes ``sweeps``
    reassignment sweeps with splitting over everything, and then yields one line per
    record, in input order. Document frequencies are counted as records are placed in both
    modes (counting them over the whole batch first scored lower: bench/README.md).

    A malformed record or a repeated id raises :class:`InputError`, unless ``on_skip`` is
    given: it is then called with the record's 0-based position and the reason, and the
    record is left out. ``options`` go to :class:`StoryClusterer`.
    """
    clusterer = StoryClusterer(threshold=threshold, embedder=embedder, **options)
    total = len(records) if isinstance(records, Sized) else None
    with ticker(progress, total, "clustering") as advance:
        if not batch:
            block: list[str] = []
            weak = _Weak()
            for position, raw in enumerate(records):
                line = _place(clusterer, position, raw, on_skip, weak)
                advance()
                if line is not None:
                    yield line
                    block.append(line["id"])
                    if refine_every and len(block) >= refine_every:
                        yield from _corrections(clusterer, block, weak)
                        block = []
            if refine_every and block:
                yield from _corrections(clusterer, block, weak)
            return

        valid: list[tuple[int, ClusterRecord]] = []
        first_seen: dict[str, int] = {}
        for position, raw in enumerate(records):
            try:
                rec = ClusterRecord.from_dict(raw)
                if rec.id in first_seen:  # the first in input order is kept, as when streaming
                    raise InputError(rec.id, "duplicate id: an earlier record has it")
                first_seen[rec.id] = position
                valid.append((position, rec))
            except InputError as err:
                _skip(on_skip, position, err)
        placed: dict[int, dict[str, Any]] = {}
        block = []
        weak = _Weak()
        for position, rec in [valid[i] for i in arrival_order([rec.date for _, rec in valid])]:
            line = _place(clusterer, position, rec, on_skip, weak)
            advance()
            if line is not None:
                placed[position] = line
                block.append(line["id"])
                if refine_every and len(block) >= refine_every:
                    for _ in _corrections(clusterer, block, weak):
                        pass  # the lines are yielded at the end, in input order
                    block = []
        if sweeps:
            clusterer.refine(sweeps, split=True)
            for line in placed.values():
                line["story"] = clusterer.story_of(line["id"])
        for position in sorted(placed):
            yield placed[position]


class _Weak:
    """The articles among the last ``SWEEP_WINDOW`` placed that started a story or joined one
    with a score below ``SWEEP_BELOW``: those a streaming sweep looks at again, at the ages
    ``SWEEP_AGES`` (an article that joined strongly seldom moves, and each look costs a
    candidate lookup)."""

    def __init__(self) -> None:
        self.placed = 0
        self.swept = 0  # self.placed at the last sweep of the window
        self.ids: OrderedDict[str, int] = OrderedDict()  # record id -> its place in the stream

    def add(self, record_id: str, score: float) -> None:
        self.placed += 1
        if score < SWEEP_BELOW:
            self.ids[record_id] = self.placed
        while self.ids and next(iter(self.ids.values())) <= self.placed - SWEEP_WINDOW:
            self.ids.popitem(last=False)

    def due(self) -> list[str]:
        """Every ``SWEEP_EVERY`` records, the ids that reached one of ``SWEEP_AGES`` since the
        last time; in between, none."""
        if self.placed - self.swept < SWEEP_EVERY:
            return []
        last, self.swept = self.swept, self.placed
        return [rid for rid, place in self.ids.items()
                if any(last - age < place <= self.placed - age for age in SWEEP_AGES)]


def _corrections(clusterer: StoryClusterer, block: list[str], weak: _Weak) -> Iterator[dict[str, Any]]:
    """Split the stories the block's articles joined where needed, then sweep the block and,
    every ``SWEEP_EVERY`` records, the weakly placed articles of the window (:class:`_Weak`);
    a line for each article that moved (and for its near-duplicate copies, which move with it)."""
    moved: dict[str, str] = {}
    chosen = list(dict.fromkeys([*weak.due(), *block]))
    for record_id, _, _ in clusterer.refine(SWEEPS, only=clusterer.with_body(chosen), split=True):
        for member in (record_id, *clusterer.copies(record_id)):
            moved[member] = clusterer.story_of(member)
    for record_id, story in moved.items():
        yield {"id": record_id, "story": story, "moved": True}


def _place(clusterer: StoryClusterer, position: int, raw: Mapping[str, Any] | ClusterRecord,
           on_skip: Callable[[int, str], None] | None, weak: _Weak) -> dict[str, Any] | None:
    try:
        rec = raw if isinstance(raw, ClusterRecord) else ClusterRecord.from_dict(raw)
        placed = clusterer.assign(rec)
    except InputError as err:
        _skip(on_skip, position, err)
        return None
    if placed.duplicate_of is None:
        weak.add(placed.id, placed.score)
    line: dict[str, Any] = {"id": placed.id, "story": placed.story}
    if placed.duplicate_of is not None:
        line["duplicate_of"] = placed.duplicate_of
    return line


def _skip(on_skip: Callable[[int, str], None] | None, position: int, err: InputError) -> None:
    if on_skip is None:
        raise err
    reason = f"{err.source}: {err.reason}" if err.source != "record" else err.reason
    log.info("skipped record %d: %s", position, reason)
    on_skip(position, reason)
