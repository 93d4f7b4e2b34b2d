"""Progress bars on stderr (rich), for the library's stages and for ``cluster_records``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Union

__all__ = ["ProgressCallback", "StageProgress", "reporter", "ticker"]

# (stage, done, total or None); the stage "done" ends the display.
ProgressCallback = Callable[[str, int, Union[int, None]], None]


class StageProgress:
    """A progress bar on stderr, one task per stage; a :data:`ProgressCallback`."""

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


def reporter(progress: bool | ProgressCallback) -> ProgressCallback:
    """A callback as given, a bar for ``True``, nothing for ``False``."""
    if callable(progress):
        return progress
    if progress:
        return StageProgress()
    return lambda stage, done, total: None


@contextmanager
def ticker(enabled: bool, total: int | None, label: str) -> Iterator[Callable[[], None]]:
    """A function to call once per item done, drawing one bar labelled ``label`` when enabled."""
    if not enabled:
        yield lambda: None
        return
    bar, done = StageProgress(), 0

    def tick() -> None:
        nonlocal done
        done += 1
        bar(label, done, total)

    try:
        yield tick
    finally:
        bar("done", done, total)
