"""Work in a process of its own, so that reading a big dump overlaps what the caller does.

:func:`forked` runs a generator function in a child process (forked, so the function needs
no pickling) and yields its items in the caller, in order; the items travel in small chunks
through a bounded queue, so the child runs ahead by a few chunks at most. The library uses
it to read, parse and store articles in the child while the caller clusters them: on a
machine with two cores, language detection, JSON parsing and full-text indexing then stay off
the clusterer's path.

The child ends by itself when its parent dies (a thread of it watches), and is terminated
when the caller stops early. An exception in the child is raised in the caller.
:func:`local_bytes` tells whether sources are local files worth it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import queue as queue_module
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..model import Document
from .addresses import is_url

logger = logging.getLogger(__name__)

__all__ = ["AUTO_BYTES", "can_fork", "forked", "local_bytes"]

AUTO_BYTES = 4_000_000  # reading in a child pays off above this many bytes of local sources
# Items per message at most. A big item ends its message: the library's reader sends one
# "read" item per input and one big "stored" item per batch of 200, so a message is a batch.
# (With 32, a batch took 7 messages and the 8 in flight held barely one batch: either process
# waited for the other at the smallest hiccup.)
_CHUNK = 1024
_QUEUE = 8  # messages in flight: bounds how far the child runs ahead


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) > 1


def local_bytes(sources: Sequence[Any]) -> int | None:
    """Total size of the sources when every one is a local file or folder; None otherwise
    (standard input, ``-``, included: a forked reading process has none)."""
    total = 0
    for source in sources:
        if isinstance(source, Document) or not isinstance(source, (str, os.PathLike)) or source == "-":
            return None
        if isinstance(source, str) and (is_url(source) or "://" in source):
            return None
        path = Path(source)
        try:
            if path.is_dir():
                total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
            elif path.is_file():
                total += path.stat().st_size
        except OSError:
            return None
    return total


def forked(produce: Callable[[Callable[[], int]], Iterator[Any]], *,
           big: Callable[[Any], bool] = lambda item: False) -> Iterator[Any]:
    """The items of ``produce(backlog)``, produced in a forked child process. An item for which
    ``big`` is true is sent at once rather than gathered with the next ones. ``backlog()``,
    called in the child, is how many messages the caller has not taken yet (0 to
    :data:`_QUEUE`): the child can do less of the work when the caller is waiting for it, and
    more when the caller is behind."""
    context = multiprocessing.get_context("fork")
    channel = context.Queue(maxsize=_QUEUE)
    child = context.Process(target=_child, args=(channel, produce, big, os.getpid()), name="rashomon-reader",
                            daemon=True)
    child.start()
    try:
        while True:
            try:
                kind, payload = channel.get(timeout=1.0)
            except queue_module.Empty:
                if not child.is_alive():
                    raise RuntimeError(f"the reading process ended unexpectedly (exit code {child.exitcode})") from None
                continue
            if kind == "items":
                yield from payload
            elif kind == "error":
                raise payload
            else:
                break
        child.join(timeout=30)
    finally:
        if child.is_alive():
            child.terminate()
            child.join(timeout=5)
        channel.close()


def _child(channel: Any, produce: Callable[[Callable[[], int]], Iterator[Any]], big: Callable[[Any], bool],
           parent: int) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()

    def backlog() -> int:
        try:
            return int(channel.qsize())
        except NotImplementedError:  # macOS has no sem_getvalue: say half full
            return _QUEUE // 2

    try:
        chunk: list[Any] = []
        for item in produce(backlog):
            chunk.append(item)
            if len(chunk) >= _CHUNK or big(item):
                channel.put(("items", chunk))
                chunk = []
        channel.put(("items", chunk))
        channel.put(("end", None))
    except BaseException as exc:  # handed to the caller, who raises it
        try:
            pickle.dumps(exc)
        except Exception:  # an exception that does not pickle
            exc = RuntimeError(f"in the reading process: {type(exc).__name__}: {exc}")
        channel.put(("error", exc))
    channel.close()
    channel.join_thread()


def _watch_parent(parent: int) -> None:
    """End this process when the caller is gone (killed): nobody will read what it sends."""
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(0)
