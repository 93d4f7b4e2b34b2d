"""Names listed in plain English: "a", "a and b", "a, b and c"."""

from __future__ import annotations

from collections.abc import Iterable


def plain_list(items: Iterable[str]) -> str:
    """The items joined as a sentence lists them: commas between, "and" before the last, no
    comma before it ("Wire, Daily and Post")."""
    names = list(items)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
