"""One BLAS thread while a comparison runs.

A comparison's matrix products are small (a story's sentences or pieces against each other, a
few hundred rows). OpenBLAS hands each to its worker threads all the same, and they cost more
than they give: after a product the workers spin waiting for the next one, taking a second core
for most of the comparison, and on a loaded machine the calling thread waits for them. With one
thread the warm 4-article comparison of ``bench/compare_speed.py`` takes about a quarter less
CPU, and its reports are the same (bench/README.md, speed18).

:func:`one_blas_thread` sets the limit with threadpoolctl and gives the process its own setting
back when the comparison ends; comparisons that overlap in threads (the web server's) share one
limit, lifted when the last of them ends. An OpenBLAS that ignores a limit set from a thread
other than the main one (seen with 0.3.31 once the main thread had set and restored one) runs
such a comparison as before.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_lock = threading.Lock()
_users = 0
_limiter: Any = None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """BLAS limited to one thread inside the block (see the module's doc)."""
    global _users, _limiter
    with _lock:
        if _users == 0:
            _limiter = _limit()
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0 and _limiter is not None:
                _limiter.restore_original_limits()
                _limiter = None


def _limit() -> Any:
    from threadpoolctl import threadpool_limits  # a base dependency, imported when a comparison first runs

    return threadpool_limits(limits=1, user_api="blas")
