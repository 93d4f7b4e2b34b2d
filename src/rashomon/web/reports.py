"""Reports of stored stories for the web app, computed once and kept.

:func:`rashomon.stories.ingestion.story_report` returns the stored report or compares the story and
stores it. :class:`StoryReports` adds what a server needs around it: one comparison per story
at a time (two browsers opening a new story do not compare it twice), a small in-memory cache
keyed on the story's ``updated_at`` (a story that gained an article is compared again), and a
report of the single article for a story that has only one, and the report's JSON text kept
beside it (``GET /api/stories/{id}`` answers it without serialising the report again).

A story without a stored report is compared in the web app's worker processes with its deadline
(:mod:`.workers`; a comparison past it answers 503), never in the server's own threads, unless
``compare_in="thread"``.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from typing import Any

from ..comparison.pipeline import prepare
from ..errors import NotEnoughArticles
from ..renderers import to_json
from ..model import Report
from ..settings import Settings
from ..store.facade import Store, StoredArticle, StorySummary
from ..stories.ingestion import stored_story_documents, with_skipped
from .slots import ComparisonSlots
from .workers import shared_workers

log = logging.getLogger(__name__)


class StoryReports:
    def __init__(self, store: Store, settings: Settings, *, cache_size: int = 256,
                 slots: ComparisonSlots | None = None, deadline: float | None = None) -> None:
        self.store = store
        self.deadline = deadline  # None: compare in this process's threads; else in a worker, stopped after it
        self.slots = slots  # None: no cap on comparisons at once
        self.settings = settings
        self.cache_size = cache_size
        self._cache: OrderedDict[int, tuple[str, Report]] = OrderedDict()
        self._json: dict[int, tuple[int, str]] = {}  # story id -> (id of its cached report, its JSON text)
        self._lock = threading.Lock()
        self._story_locks: dict[int, threading.Lock] = {}
        # the story pages' views: the report (kept alive by _cache) is part of the key
        self.view_cache_size = min(cache_size, 64)
        self._views: OrderedDict[int, tuple[tuple[int, str, int], Any]] = OrderedDict()
        self._pages: OrderedDict[int, tuple[tuple[int, str, int], str]] = OrderedDict()  # the story pages' HTML

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
                gone, _ = self._cache.popitem(last=False)
                self._json.pop(gone, None)

    def report(self, summary: StorySummary) -> Report:
        """The story's report: cached, stored, or computed now (and stored)."""
        report = self._cached(summary)
        if report is not None:
            return report
        with self._story_lock(summary.id):
            report = self._cached(summary)  # another request may have computed it meanwhile
            if report is not None:
                return report
            report = self.store.report(summary.id) if summary.size >= 2 else None
            if report is None:
                with self.slots.slot() if self.slots else nullcontext():
                    report = self._alone(summary) if summary.size < 2 else self._compare(summary)
            self._keep(summary, report)
            return report

    def json(self, summary: StorySummary) -> str:
        """The story's report as JSON text, serialised once per cached report."""
        report = self.report(summary)
        with self._lock:
            hit = self._json.get(summary.id)
            if hit is not None and hit[0] == id(report):
                return hit[1]
        text = to_json(report)
        with self._lock:
            if self._cache.get(summary.id, (None, None))[1] is report:
                self._json[summary.id] = (id(report), text)
        return text

    def _compare(self, summary: StorySummary) -> Report:
        """Compare the story's articles (in a worker process when there is a deadline) and store the report."""
        articles = self.store.story_articles(summary.id)
        if len(articles) < 2:
            raise NotEnoughArticles(len(articles))
        documents, left_out = stored_story_documents(self.store, articles)
        try:
            if self.deadline is None:
                from ..comparison.pipeline import compare

                report = compare(documents, settings=self.settings, cache=self.store)
            else:
                report = shared_workers().compare(documents, self.settings, self.deadline)
        except NotEnoughArticles as exc:
            # articles that clean to nothing (bylines, bare headlines): the page still shows them and why,
            # as it does a story of one article; nothing is stored, so a later article brings a comparison
            log.info("story %d: %s", summary.id, str(exc).splitlines()[0])
            note = f"fewer than two of its {len(articles)} articles have text to compare"
            return with_skipped(self._single(articles, note=note), [*left_out, *exc.skipped])
        report = with_skipped(report, left_out)
        self.store.save_report(summary.id, report)
        return report

    def view(self, summary: StorySummary, report: Report, build: Callable[[], Any]) -> Any:
        """What the story page shows for ``report`` (``build()`` once per story version and
        report): the page is then only the template, not the summary and highlights again."""
        return self._once(self._views, summary, report, build)

    def page(self, summary: StorySummary, report: Report, build: Callable[[], str]) -> str:
        """The story page's HTML for ``report`` (``build()`` once per story version and report)."""
        return self._once(self._pages, summary, report, build)

    def _once(self, cache: OrderedDict[int, tuple[tuple[int, str, int], Any]], summary: StorySummary, report: Report,
              build: Callable[[], Any]) -> Any:
        key = (summary.id, summary.updated_at, id(report))  # the report is kept alive by _cache
        with self._lock:
            hit = cache.get(summary.id)
            if hit is not None and hit[0] == key:
                cache.move_to_end(summary.id)
                return hit[1]
        value = build()
        with self._lock:
            cache[summary.id] = (key, value)
            cache.move_to_end(summary.id)
            while len(cache) > self.view_cache_size:
                cache.popitem(last=False)
        return value

    def stored(self, summary: StorySummary) -> Report | None:
        """The report only when it exists already (cross-story pages never compute)."""
        report = self._cached(summary)
        if report is not None or not summary.has_report:
            return report
        report = self.store.report(summary.id)
        if report is not None:
            self._keep(summary, report)
        return report

    def _alone(self, summary: StorySummary) -> Report:
        """A story of one article: the article alone, with the other outlets that ran its text."""
        articles = self.store.story_articles(summary.id)
        _, reprints = stored_story_documents(self.store, articles)
        return with_skipped(self._single(articles), reprints)

    def _single(self, articles: Sequence[StoredArticle], note: str = "one article: nothing to compare it with") -> Report:
        """A story of one article (or of ``articles`` with too little text): the articles, cleaned
        and split, and no comparison."""
        if self.deadline is not None:
            report = shared_workers().single([a.document() for a in articles], self.settings, self.deadline)
            return dataclasses.replace(report, settings={**report.settings, "note": note})
        prepared = tuple(prepare(a.document(), f"a{i}", self.settings) for i, a in enumerate(articles, 1))
        return Report(articles=prepared, settings={"note": note})
