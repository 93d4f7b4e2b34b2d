"""``rashomon compare-all``: the report of every story that changed, computed (or refreshed).

A story's stored report is dropped when the story changes (the store does it), so the stories
to compare are those of two or more articles without a stored report (``refresh``: all of
them). Locally they are compared one after the other (:func:`rashomon.stories.ingestion.compare_story`);
with a dask ``scheduler`` (:mod:`rashomon.stories.distributed`) each story's comparison runs on
a worker, from its documents read here, and the reports are stored here, in story order, as
they come back (at most :data:`rashomon.stories.distributed.IN_FLIGHT` stories per worker
out at once). A story that fails is reported with its reason and the others go on.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import RashomonError
from ..progress import ProgressCallback, reporter
from ..settings import Settings
from ..store.facade import Store
from .ingestion import stored_story_documents, with_skipped

log = logging.getLogger(__name__)

__all__ = ["CompareAllResult", "compare_all", "stories_to_compare"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareAllResult:
    compared: tuple[int, ...] = ()  # stories whose report was computed and stored now
    current: int = 0  # stories of two or more articles whose stored report was kept
    single: int = 0  # stories of one article: nothing to compare
    failed: tuple[tuple[int, str], ...] = ()  # (story, reason)
    left: int = 0  # stories that need a report, left for a later run by ``limit``
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"compared": list(self.compared), "current": self.current, "single": self.single,
                "failed": [{"story": s, "reason": r} for s, r in self.failed], "left": self.left, "seconds": round(self.seconds, 3)}


def stories_to_compare(store: Store, *, refresh: bool = False) -> tuple[list[int], int, int]:
    """(stories to compare, oldest first; stories whose report is current; one-article stories).

    With ``refresh`` the stories without a report come first, then those whose report is the
    stalest, so that a refresh in steps (``limit``) goes round every story instead of
    comparing the same first ones each time."""
    todo, current, single = [], 0, 0
    for story in sorted(store.stories(), key=lambda s: s.id):
        if story.size < 2:
            single += 1
        elif story.has_report and not refresh and store.report(story.id) is not None:
            current += 1
        else:
            todo.append(story.id)
    if refresh:
        computed = store.report_times()
        todo.sort(key=lambda story_id: (story_id in computed, computed.get(story_id, ""), story_id))
    return todo, current, single


def compare_all(store: Store, *, scheduler: str | None = None, refresh: bool = False, limit: int | None = None,
                settings: Settings | None = None, progress: bool | ProgressCallback = False) -> CompareAllResult:
    """Compute and store the report of every story that needs one (see the module docstring);
    ``limit``: at most that many, oldest first (with ``refresh``: stalest report first), the others left
    for a later run (a backfill or a refresh in steps)."""
    if limit is not None and limit < 1:
        raise ValueError(f"limit: {limit} is not a positive number of stories")
    report = reporter(progress)
    started = time.perf_counter()
    todo, current, single = stories_to_compare(store, refresh=refresh)
    left = max(0, len(todo) - limit) if limit is not None else 0
    todo = todo[:len(todo) - left]
    compared: list[int] = []
    failed: list[tuple[int, str]] = []

    def done(story_id: int, outcome: Any) -> None:
        if isinstance(outcome, str):
            failed.append((story_id, outcome))
            log.warning("story %d not compared: %s", story_id, outcome)
        else:
            store.save_report(story_id, outcome)
            compared.append(story_id)
        report("comparing", len(compared) + len(failed), len(todo))

    left_out: dict[int, list[Any]] = {}

    def inputs(story_id: int) -> list[Any]:
        documents, left_out[story_id] = stored_story_documents(store, store.story_articles(story_id))
        return documents

    def stored(story_id: int, outcome: Any) -> None:
        left = left_out.pop(story_id, [])
        done(story_id, outcome if isinstance(outcome, str) else with_skipped(outcome, left))

    if scheduler is None:
        for story_id in todo:
            stored(story_id, _compare(inputs(story_id), settings, cache=store))
    else:
        from .distributed import IN_FLIGHT, connect, workers_of

        with connect(scheduler) as client:
            _on_workers(client, todo, inputs, settings, stored, IN_FLIGHT * workers_of(client))
    report("done", 0, 0)
    return CompareAllResult(compared=tuple(compared), current=current, single=single, failed=tuple(failed),
                            left=left, seconds=time.perf_counter() - started)


def _on_workers(client: Any, todo: Sequence[int], inputs: Callable[[int], list[Any]], settings: Settings | None,
                done: Callable[[int, Any], None], limit: int) -> None:
    window: deque[tuple[int, Any]] = deque()
    for story_id in todo:
        window.append((story_id, client.submit(_compare, inputs(story_id), settings, pure=False)))
        while len(window) >= limit:
            finished, future = window.popleft()
            done(finished, future.result())
    while window:
        finished, future = window.popleft()
        done(finished, future.result())


def _compare(documents: list[Any], settings: Settings | None, cache: Any = None) -> Any:
    """A story's report, or the reason it has none (on a worker, or here with the store's
    embedding cache)."""
    from ..comparison.pipeline import compare

    try:
        return compare(documents, settings=settings, cache=cache)
    except RashomonError as exc:
        return f"{type(exc).__name__}: {exc}"
