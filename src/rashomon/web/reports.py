"""Reports of stored stories for the web app, computed once and kept.

:func:`rashomon.stories.ingestion.story_report` returns the stored report or compares the story and
stores it. :class:`StoryReports` adds what a server needs around it: one comparison per story
at a time (two browsers opening a new story do not compare it twice), a small in-memory cache
keyed on the story's ``updated_at`` (a story that gained an article is compared again), and a
report of the single article for a story that has only one.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any

from ..comparison.pipeline import prepare
from ..stories.ingestion import story_report
from ..model import Report
from ..settings import Settings
from ..store.facade import Store, StorySummary
from .slots import ComparisonSlots

log = logging.getLogger(__name__)


class StoryReports:
    def __init__(self, store: Store, settings: Settings, *, cache_size: int = 256,
                 slots: ComparisonSlots | None = None) -> None:
        self.store = store
        self.slots = slots  # None: no cap on comparisons at once
        self.settings = settings
        self.cache_size = cache_size
        self._cache: OrderedDict[int, tuple[str, Report]] = OrderedDict()
        self._lock = threading.Lock()
        self._story_locks: dict[int, threading.Lock] = {}
        # the story pages' views: the report (kept alive by _cache) is part of the key
        self.view_cache_size = min(cache_size, 64)
        self._views: OrderedDict[int, tuple[tuple[int, str, int], dict[str, Any]]] = OrderedDict()

    def _story_lock(self, story_id: int) -> threading.Lock:
        with self._lock:
            return self._story_locks.setdefault(story_id, threading.Lock())

    def _cached(self, summary: StorySummary) -> Report | None:
        with self._lock:
            hit = self._cache.get(summary.id)
            if hit and hit[0] == summary.updated_at:
                self._cache.move_to_end(summary.id)
                return hit[1]
        return None

    def _keep(self, summary: StorySummary, report: Report) -> None:
        with self._lock:
            self._cache[summary.id] = (summary.updated_at, report)
            self._cache.move_to_end(summary.id)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)

    def report(self, summary: StorySummary) -> Report:
        """The story's report: cached, stored, or computed now (and stored)."""
        report = self._cached(summary)
        if report is not None:
            return report
        with self._story_lock(summary.id):
            report = self._cached(summary)  # another request may have computed it meanwhile
            if report is not None:
                return report
            if summary.size < 2:
                report = self._single(summary)
            else:
                with self.slots.slot() if self.slots else nullcontext():
                    report = story_report(summary.id, self.store, settings=self.settings)
            self._keep(summary, report)
            return report

    def view(self, summary: StorySummary, report: Report, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """What the story page shows for ``report`` (``build()`` once per story version and
        report): the page is then only the template, not the summary and highlights again."""
        key = (summary.id, summary.updated_at, id(report))
        with self._lock:
            hit = self._views.get(summary.id)
            if hit is not None and hit[0] == key:
                self._views.move_to_end(summary.id)
                return hit[1]
        view = build()
        with self._lock:
            self._views[summary.id] = (key, view)
            self._views.move_to_end(summary.id)
            while len(self._views) > self.view_cache_size:
                self._views.popitem(last=False)
        return view

    def stored(self, summary: StorySummary) -> Report | None:
        """The report only when it exists already (cross-story pages never compute)."""
        report = self._cached(summary)
        if report is not None or not summary.has_report:
            return report
        report = self.store.report(summary.id)
        if report is not None:
            self._keep(summary, report)
        return report

    def _single(self, summary: StorySummary) -> Report:
        """A story of one article: the article, cleaned and split, and no comparison."""
        articles = self.store.story_articles(summary.id)
        prepared = tuple(prepare(a.document(), f"a{i}", self.settings) for i, a in enumerate(articles, 1))
        return Report(articles=prepared, settings={"note": "one article: nothing to compare it with"})
