"""How many comparisons run at once: a bounded semaphore, waited on for a while, then 503.

A comparison (``POST /api/compare``, the compare form, a story page opened for the first time)
costs about a tenth of a second of CPU per article. Run all at once on two cores, fifty of them
make every one of them wait for all the others; run at most one per core, the rest queue and
each finishes as soon as it can. A request that finds no free slot within the wait is turned
away with :class:`rashomon.errors.Busy` (503, ``Retry-After``) rather than piling up threads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import Busy


class ComparisonSlots:
    def __init__(self, size: int, wait: float) -> None:
        if size < 1:
            raise ValueError(f"at least one comparison must be able to run, got {size}")
        if wait < 0:
            raise ValueError(f"the wait for a slot must not be negative, got {wait}")
        self.size, self.wait = size, wait
        self._free = threading.BoundedSemaphore(size)

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one slot while the block runs; raise :class:`Busy` if none frees within the wait."""
        if not self._free.acquire(timeout=self.wait):
            raise Busy(self.size, self.wait)
        try:
            yield
        finally:
            self._free.release()
