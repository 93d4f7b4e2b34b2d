"""Quotations: the spans of a text inside quotation marks, found in one linear scan."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# opening mark -> the marks that close it
_PAIRS = {"“": "”„\"", "„": "“”\"", "«": "»", "»": "«", "\"": "\"”", "‘": "’", "‚": "‘’"}
_MAX_SINGLE = 80  # a single curly quote is also an apostrophe: a short span only


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``text`` is the words inside them."""

    start: int
    end: int
    text: str
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + 1, self.end - (1 if self.closed else 0))


# any opening mark, and for each, its closing marks or the end of the line: the scan jumps from
# mark to mark in C (re) instead of stepping through every character in Python
_OPENING = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CLOSING = {mark: re.compile("[" + re.escape(closers) + "\n]") for mark, closers in _PAIRS.items()}


def _closing_mark(text: str, start: int, limit: int, closers: re.Pattern[str], single: bool) -> tuple[int, int]:
    """(where the quotation opened before ``start`` closes or -1, where the scan stopped): the
    first closing mark before a line end and before ``limit``; for a single mark, not one
    followed by a letter ("the rebels’ leader")."""
    j = start
    while (m := closers.search(text, j, limit)) is not None:
        j = m.start()
        if text[j] == "\n":
            return -1, j
        if not (single and j + 1 < len(text) and text[j + 1].isalnum()):
            return j, j
        j += 1
    return -1, limit


def find_quotes(text: str, offset: int = 0) -> tuple[Quote, ...]:
    """Every quotation in ``text`` (offsets shifted by ``offset``). An unclosed double quote
    runs to the end of its line; a single quote counts only when closed within a short span
    and not used as an apostrophe ("the rebels’ leader"). One pass over the text."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while (m := _OPENING.search(text, i)) is not None:
        i = m.start()
        ch = text[i]
        single = ch in "‘‚"
        if single and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        limit = n if not single else min(n, i + 1 + _MAX_SINGLE)
        close, j = _closing_mark(text, i + 1, limit, _CLOSING[ch], single)
        if close < 0:
            if single:
                i += 1
                continue
            inner = text[i + 1 : j].strip()
            if inner:
                quotes.append(Quote(start=offset + i, end=offset + j, text=inner, closed=False))
            i = j
            continue
        inner = text[i + 1 : close].strip()
        if inner:
            quotes.append(Quote(start=offset + i, end=offset + close + 1, text=inner))
        i = close + 1
    return tuple(quotes)


def inside(quotes: tuple[Quote, ...] | list[Quote], start: int, end: int) -> bool:
    """Whether ``start:end`` lies within one of ``quotes`` (in text order and not overlapping, as
    :func:`find_quotes` gives them): only the last quotation opening at or before ``start`` can
    hold it, found by binary search, so a sentence of thousands of quotations is read in
    n log n, not n squared."""
    k = bisect.bisect_right(quotes, start, key=lambda q: q.start) - 1
    return k >= 0 and end <= quotes[k].end
