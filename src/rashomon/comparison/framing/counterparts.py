"""A word's slot in another outlet's sentence: what the other writes in its place.

Both sentences are read as lower-case tokens (``_tokens``). ``slot`` aligns the tokens of the two
sentences (difflib) and takes the replacement that covers the word, or, where they share too
little, the words between the nearest content words both sentences have; ``counterpart_word``
narrows a slot to one content word, or takes the word beside a shared anchor ("the earthquake
tore" / "the earthquake that struck"). Word choice (:mod:`.wording`) compares the outlet's word
with what it finds there.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from ...backends.embedders.tfidf import stop_words
from .loaded_words import LATIN

__all__ = ["clause_breaks", "counterpart_word", "slot"]

MIN_SLOT_RATIO = 0.35  # token overlap (difflib ratio) below which two sentences have no common slots
MAX_SLOT = 3  # at most this many words on either side of a substitution
ANCHOR_GAP = 2  # function words between a word and the shared word beside it
ANCHOR_SPAN = 12  # words on the slot's other side searched for a second shared word
# Function words: a slot's edges shed them ("takes charge of the" | "visited the"); they are no content word.
_STOP = frozenset(
    "the a an and or but of to in on at for from by with as is are was were be been has have had it its this that "
    "these those their his her they he she we our not no will would could should may might said says after before "
    "than then also more most over into about up out who which what when where while".split()
)

# Function words for slots: the stop words and the particles and prepositions a verb takes along.
_FUNCTION = _STOP | frozenset("through off down away back across on".split())


def counterpart_word(mine: Sequence[str], at: int, theirs: Sequence[str]) -> str | None:
    """The one content word ``theirs`` writes in the slot of ``mine[at]``: the slot of a token
    alignment (``slot``) when it holds one content word, else the word beside a shared anchor
    (``_beside_anchor``)."""
    found = slot(mine, at, theirs)
    if found is not None:
        words = [w for w in found[2].split() if w not in _FUNCTION]
        if len(words) == 1 and found[1] - found[0] == 1:
            return words[0]
    return _beside_anchor(mine, at, theirs)


def _beside_anchor(mine: Sequence[str], at: int, theirs: Sequence[str]) -> str | None:
    """The content word of ``theirs`` beside the content word that stands next to ``mine[at]``
    (at most ``ANCHOR_GAP`` function words between), on the same side: the predicate of the same
    subject ("the earthquake tore" / "the earthquake that struck") or the verb of the same object
    ("careered off a bend" / "derailed on the bend"). The anchor occurs once in ``theirs``, and the
    two sentences share a content word on the slot's other side too (within ``ANCHOR_SPAN``
    words), so that they run alike around it."""
    have = set(mine)
    for step in (-1, 1):
        anchor = _next_content(mine, at, step)
        if anchor is None:
            continue
        places = [j for j, w in enumerate(theirs) if w == mine[anchor]]
        if len(places) != 1:
            continue
        found = _next_content(theirs, places[0], -step)
        if found is None or theirs[found] in have:
            continue
        if step < 0:
            mine_far, theirs_far = mine[at + 1 : at + 1 + ANCHOR_SPAN], theirs[found + 1 : found + 1 + ANCHOR_SPAN]
        else:
            mine_far, theirs_far = mine[max(0, at - ANCHOR_SPAN) : at], theirs[max(0, found - ANCHOR_SPAN) : found]
        if {w for w in _parts(mine_far) if _is_content(w)} & _parts(theirs_far):
            return theirs[found]
    return None


def _parts(tokens: Sequence[str]) -> set[str]:
    """The tokens and the parts of the hyphenated ones ("corvath-to-lystrand": "corvath", "lystrand")."""
    return set(tokens) | {part for t in tokens if "-" in t for part in t.split("-")}


def _next_content(tokens: Sequence[str], at: int, step: int) -> int | None:
    """The index of the first content word from ``at + step`` on in the direction ``step``,
    past at most ``ANCHOR_GAP`` function words."""
    i = at + step
    while 0 <= i < len(tokens) and abs(i - at) <= ANCHOR_GAP + 1:
        if _is_content(tokens[i]):
            return i
        i += step
    return None


def _is_content(word: str) -> bool:
    return word not in _FUNCTION and word not in stop_words() and len(word) > 2 and not any(c.isdigit() for c in word)


_TOKENS = re.compile(rf"[{LATIN}0-9][{LATIN}0-9'’-]*")
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def clause_breaks(text: str) -> set[int]:
    """The indexes of ``_tokens(text)`` a clause mark (comma, semicolon, colon, bracket, dash) follows."""
    spans = [m.span() for m in _TOKENS.finditer(text)]
    return {k for k, ((_, end), (start, _)) in enumerate(zip(spans, spans[1:])) if _CLAUSE_MARK.search(text, end, start)}


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKENS.findall(text)]


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
