"""A reading of one claim's value remembered for the comparison that asks it again and again.

The conflict steps compare values pair by pair, and each pair reads both sides afresh (the event
a figure is told with, its tally, its clause): a value in ten pairs was read ten times.
:func:`per_record` keeps such a reading by the identity of its arguments (frozen records, which
cannot change), so that it is done once per value. The cache holds the arguments themselves, so
no other object can take their ids while an entry stands; a comparison's new records never find
an earlier one's entries, and the cache is emptied when it grows past its size.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["per_record"]

F = TypeVar("F", bound=Callable[..., Any])

MAX_ENTRIES = 20_000


def per_record(function: F) -> F:
    """``function``, remembered by the identity of its positional arguments (a call with keywords is
    not remembered). For pure functions of
    frozen records whose results are not changed by their callers (None, a bool, a string, a
    tuple, a frozenset, a frozen record)."""
    cache: dict[int | tuple[int, ...], tuple[tuple[Any, ...], Any]] = {}  # keyed by id(argument), or the ids of several

    @functools.wraps(function)
    def remembered(*args: Any, **kwargs: Any) -> Any:
        if kwargs:
            return function(*args, **kwargs)
        if len(args) == 1:  # the common case, without a tuple of ids
            only = args[0]
            hit = cache.get(id(only))
            if hit is not None and hit[0][0] is only:
                return hit[1]
            result = function(only)
            if len(cache) >= MAX_ENTRIES:
                cache.clear()
            cache[id(only)] = (args, result)
            return result
        key = tuple(map(id, args))
        hit = cache.get(key)
        if hit is not None and all(map(operator.is_, hit[0], args)):
            return hit[1]
        result = function(*args)
        if len(cache) >= MAX_ENTRIES:
            cache.clear()
        cache[key] = (args, result)
        return result

    remembered.cache_clear = cache.clear  # type: ignore[attr-defined]
    return remembered  # type: ignore[return-value]
