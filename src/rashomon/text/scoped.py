"""A reading of a text remembered while one comparison runs.

The stages of a comparison read the same sentence again and again: who it is attributed to is
asked by the claims, by the framing's voices, commentary and scare quotes, and by the digest.
:func:`per_comparison` keeps such a reading by the value of its arguments while a :func:`one_comparison`
block runs (the pipeline opens one around each comparison) and forgets it when the block ends: a
reading never outlives its comparison, and a comparison never finds another's. Outside such a
block the function runs as it is. The block is a context variable, so comparisons that run at
once in threads (the web server's) each keep their own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = ["one_comparison", "per_comparison"]

F = TypeVar("F", bound=Callable[..., Any])

_readings: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("rashomon_readings", default=None)


@contextmanager
def one_comparison() -> Iterator[None]:
    """Readings of :func:`per_comparison` functions remembered inside the block, forgotten after it
    (a block inside another shares the outer one's)."""
    if _readings.get() is not None:
        yield
        return
    token = _readings.set({})
    try:
        yield
    finally:
        _readings.reset(token)


def per_comparison(function: F) -> F:
    """``function``, remembered within one comparison by the value of its positional arguments
    (strings, numbers, tuples of frozen records; a call with keywords or with an argument that
    cannot be hashed is not remembered). For pure functions whose results are not changed by
    their callers (None, a bool, a string, a tuple, a frozenset, a frozen record)."""

    @functools.wraps(function)
    def remembered(*args: Any, **kwargs: Any) -> Any:
        readings = _readings.get()
        if readings is None or kwargs:
            return function(*args, **kwargs)
        key = (function, *args)
        try:
            return readings[key]
        except KeyError:
            pass
        except TypeError:  # an argument that cannot be hashed
            return function(*args)
        result = readings[key] = function(*args)
        return result

    return remembered  # type: ignore[return-value]
