"""Slots: where a word of one sentence sits in another outlet's sentence that tells the same thing.

A token alignment of the two sentences (difflib) gives the words the other writes in the word's
place; where the sentences share too few tokens, the nearest content words both have on either side
anchor the slot. Word choice (``wording``) reads what the others wrote instead from here.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

MIN_SLOT_RATIO = 0.35  # token overlap (difflib ratio) below which two sentences have no common slots
MAX_SLOT = 3  # at most this many words on either side of a substitution
_STOP = frozenset(
    "the a an and or but of to in on at for from by with as is are was were be been has have had it its this that "
    "these those their his her they he she we our not no will would could should may might said says after before "
    "than then also more most over into about up out who which what when where while".split()
)  # function words: no slot is anchored on them

_TOKENS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def clause_breaks(text: str) -> set[int]:
    """The indexes of ``_tokens(text)`` a clause mark (comma, semicolon, colon, bracket, dash) follows."""
    spans = [m.span() for m in _TOKENS.finditer(text)]
    return {k for k, ((_, end), (start, _)) in enumerate(zip(spans, spans[1:])) if _CLAUSE_MARK.search(text, end, start)}


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKENS.findall(text)]


def slot_counterpart(mine: Sequence[str], at: int, theirs: Sequence[str]) -> str | None:
    """What ``theirs`` has in the slot of ``mine[at]`` ("blocked" for "sinks"), or None when the
    slot has no counterpart there (the word is an addition, or the sentences are aligned elsewhere)."""
    found = slot(mine, at, theirs)
    return found[2] if found else None


def slot(mine: Sequence[str], at: int, theirs: Sequence[str]) -> tuple[int, int, str] | None:
    """The slot of ``mine[at]`` in ``theirs``: ``(i1, i2, counterpart)``, ``mine[i1:i2]`` being
    this outlet's words there and ``counterpart`` the other's: from a token alignment of the whole
    sentences (difflib) when they share enough of their tokens, else (or when that alignment gives
    the word no slot) the words between the nearest content words on either side that both
    sentences have (or a sentence edge)."""
    matcher = difflib.SequenceMatcher(None, list(mine), list(theirs), autojunk=False)
    if matcher.ratio() >= MIN_SLOT_RATIO:
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "replace" and i1 <= at < i2 and i2 - i1 <= MAX_SLOT and j2 - j1 <= MAX_SLOT:
                if any(w not in _STOP for w in theirs[j1:j2]):
                    return i1, i2, " ".join(theirs[j1:j2])
    return _anchored(mine, at, theirs)


def _anchored(mine: Sequence[str], at: int, theirs: Sequence[str]) -> tuple[int, int, str] | None:
    """The words of ``theirs`` between two anchors of ``mine[at]``: the nearest content words before
    and after it that ``theirs`` has once each, in the same order, with at most MAX_SLOT words
    between them on either side; a sentence edge anchors only when both sides start (or end) there."""
    def position(word: str) -> int | None:
        hits = [j for j, w in enumerate(theirs) if w == word]
        return hits[0] if len(hits) == 1 else None

    have = set(theirs)
    left = next((i for i in range(at - 1, -1, -1) if mine[i] not in _STOP and mine[i] in have), None)
    right = next((i for i in range(at + 1, len(mine)) if mine[i] not in _STOP and mine[i] in have), None)
    i1, j1 = (left + 1, position(mine[left])) if left is not None else (0, -1)
    i2, j2 = (right, position(mine[right])) if right is not None else (len(mine), len(theirs))
    if j1 is None or j2 is None or (left is None and right is None):
        return None
    j1 += 1
    # function words at the slot's edges belong to the frame ("takes charge of the" | "visited the")
    while i1 < at and mine[i1] in _STOP:
        i1 += 1
    while i2 - 1 > at and mine[i2 - 1] in _STOP:
        i2 -= 1
    while j1 < j2 and theirs[j1] in _STOP:
        j1 += 1
    while j2 > j1 and theirs[j2 - 1] in _STOP:
        j2 -= 1
    words = theirs[j1:j2]
    if not (i1 <= at < i2) or i2 - i1 > MAX_SLOT or not 0 < len(words) <= MAX_SLOT:
        return None
    if set(words) & set(mine):
        return None  # the slot's words are this sentence's too: reordered, not replaced
    return i1, i2, " ".join(words)
