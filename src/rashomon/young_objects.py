"""The garbage collector's full collections kept to the objects a piece of work makes.

Python's cyclic collector walks every tracked object at each full collection. In a comparison
most of them are the loaded tables and models (and, in a command-line run, every imported
module), none of which become garbage: in the warm 4-article comparison of
``bench/compare_speed.py`` a full collection came about once in five comparisons and took
0.12-0.18 s of CPU (a comparison takes about 0.5 s), and a cold ``rashomon compare`` made two,
0.06-0.09 s together (bench/README.md, speed25). Inside :func:`collecting_young_objects` what
was alive when it began is moved out of the collector's reach (``gc.freeze``), and
:func:`freeze_survivors` does the same for what outlived a step of the work (an ingest's batch);
everything is handed back (``gc.unfreeze``, into the oldest generation) when the outermost block
ends. Nothing is left
out of the collector for good, and garbage made inside the block is collected as before.

:func:`collector_paused` turns the collector off for a block and gives it back as it was: the
package's import of the comparison's modules (about 100,000 objects that live as long as the
process, which the collector would otherwise walk again and again while they are made).

Blocks may nest and overlap in threads (the web server's comparisons, a comparison inside an
ingest): the objects are handed back when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0


@contextmanager
def collecting_young_objects(*, freeze_now: bool = True) -> Iterator[None]:
    """Full collections inside the block walk only what is made inside it (and after each
    :func:`freeze_survivors`); ``freeze_now=False`` freezes nothing until then."""
    global _depth
    with _lock:
        _depth += 1
        if freeze_now:
            gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if not _depth:
                gc.unfreeze()


def freeze_survivors() -> None:
    """Inside :func:`collecting_young_objects`: put what is alive now out of the collector's
    reach (in a process forked inside it as well); outside one, nothing. (No lock: a process
    forked while another thread held it would wait for it for ever.)"""
    if _depth:
        gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off inside the block, then as it was (on, unless the caller had it off)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
