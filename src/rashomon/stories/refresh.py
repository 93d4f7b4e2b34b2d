"""Keep the stories' reports current: compare every story of two or more articles that has no
report, so pages that read across stories (outlets, entities) describe compared stories.

    refresh_reports(store, settings=...)   compare the stories whose report is missing (a story
                                           that gained or lost an article loses its report
                                           in the store, so "missing" is "changed")
    Refresher(store, interval, ...)        the same, on a background thread (``rashomon serve``)

``rashomon ingest`` runs :func:`refresh_reports` after storing (``--no-compare`` skips it);
``rashomon compare-all`` does it on demand (also on dask workers).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from ..errors import RashomonError
from ..model import Skipped
from ..settings import Settings
from ..store.facade import Store
from .ingestion import compare_story

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RefreshResult:
    compared: tuple[int, ...] = ()  # story ids compared now
    failed: tuple[Skipped, ...] = field(default_factory=tuple)  # story id and reason
    pending: int = 0  # stories still without a report (over the limit)

    def __add__(self, other: RefreshResult) -> RefreshResult:
        return RefreshResult(self.compared + other.compared, self.failed + other.failed, other.pending)


def stale_stories(store: Store) -> list[int]:
    """Ids of the stories with two or more articles and no report, most recent first."""
    return [s.id for s in store.stories() if s.size > 1 and not s.has_report]


def refresh_reports(
    store: Store,
    *,
    settings: Settings | None = None,
    limit: int | None = None,
    on_story: Callable[[int, int, int], None] | None = None,
    slot: Callable[[], AbstractContextManager[object]] | None = None,
    stop: threading.Event | None = None,
) -> RefreshResult:
    """Compare (and store the report of) every story that needs it, at most ``limit``.

    ``on_story(done, total, story_id)`` is told after each; ``slot`` wraps each comparison (the
    web app's cap on comparisons at once); ``stop`` ends the run between two stories. A story
    that cannot be compared is reported in ``failed`` with the reason; the others go on.
    """
    todo = stale_stories(store)
    pending = max(0, len(todo) - limit) if limit is not None else 0
    if limit is not None:
        todo = todo[:limit]
    compared: list[int] = []
    failed: list[Skipped] = []
    for done, story_id in enumerate(todo, 1):
        if stop is not None and stop.is_set():
            pending += len(todo) - done + 1
            break
        try:
            with slot() if slot else nullcontext():
                compare_story(story_id, store, settings=settings)
            compared.append(story_id)
        except RashomonError as exc:
            log.warning("story %d could not be compared: %s", story_id, exc)
            failed.append(Skipped(source=f"story {story_id}", reason=str(exc)))
        if on_story is not None:
            on_story(done, len(todo), story_id)
    return RefreshResult(tuple(compared), tuple(failed), pending)


class Refresher:
    """:func:`refresh_reports` every ``interval`` seconds on a daemon thread, until :meth:`stop`."""

    def __init__(self, store: Store, interval: float, *, settings: Settings | None = None,
                 slot: Callable[[], AbstractContextManager[object]] | None = None) -> None:
        if interval <= 0:
            raise ValueError(f"the refresh interval must be positive, got {interval}")
        self.store, self.interval, self.settings, self.slot = store, interval, settings, slot
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rashomon-refresh", daemon=True)
        self.rounds = 0

    def start(self) -> Refresher:
        self._thread.start()
        return self

    def _run(self) -> None:
        seen = None  # the assignments a round left with nothing to do: no scan until they change
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                # A story changes only when its articles do, and that changes the fingerprint
                # (count, highest id, sum of story ids): a cheap query instead of listing every
                # story each round.
                fingerprint = self.store.assignments_fingerprint()
                if fingerprint != seen:
                    result = refresh_reports(self.store, settings=self.settings, slot=self.slot, stop=self._stop)
                    if result.compared:
                        log.info("compared %d changed stories", len(result.compared))
                    seen = fingerprint if not (result.failed or result.pending) else None
            except Exception:  # noqa: BLE001 - a background step must not die silently or kill the server
                seen = None
                log.exception("refreshing the story reports failed; trying again in %.0f s", self.interval)
            self.rounds += 1
            self._stop.wait(max(0.0, self.interval - (time.monotonic() - started)))

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
