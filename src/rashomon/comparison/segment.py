"""Sentences with character offsets into the article text.

Paragraphs (lines) are split first, so a headline or a one-line paragraph without a final
full stop never runs into the next one; the splitter backend then splits each paragraph.

Every later stage costs more than linear time in the length of a sentence somewhere (pysbd on
a line of abbreviations, name and number patterns on a sentence of names or numbers), so no
stage ever sees an unbounded piece: a paragraph longer than :data:`MAX_LINE_CHARS` goes to the
splitter in pieces, and a sentence longer than :data:`MAX_SENTENCE_CHARS` is split into pieces,
each at a space (or, failing one, a hard cut). News sentences run to a few hundred characters
(the longest of the 80 development articles has 359), so real text is never touched. What was
split is written to ``capped`` when the caller passes a list.

Some costs grow with the number of values or names in one sentence rather than its length
(conflicts pair every figure of one sentence with every figure of another; the speaker patterns
try every run of capitalised words), so a sentence dense with them is split too: more than
:data:`MAX_NUMBERS` numbers or :data:`MAX_CAPITALISED` capitalised words. Of 17,056 sentences of
ECB+ news, none has more than 11 numbers or 30 capitalised words.
"""

from __future__ import annotations

import re

from ..backends.splitters import get_splitter
from ..model import Sentence

MAX_LINE_CHARS = 1_000  # a paragraph goes to the splitter at most this much at a time
MAX_SENTENCE_CHARS = 1_000  # a sentence longer than this is split for analysis
MAX_SENTENCES = 1_000  # sentences analysed in one article at most (the 80 development articles have under 60)

MAX_NUMBERS = 40  # a sentence with more numbers than this is split (a table or a list, not a claim)
MAX_CAPITALISED = 80  # a sentence with more capitalised words than this is split (a list of names)

_BREAKS = (". ", "! ", "? ", "; ", ", ", " ")  # preferred places to break, best first
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_CAPITALISED = re.compile(r"(?<![\w.])[A-Z]")


def _dense_limit(text: str, start: int, end: int) -> int | None:
    """A piece length that leaves about :data:`MAX_NUMBERS` numbers and :data:`MAX_CAPITALISED`
    capitalised words in each piece of ``text[start:end]``, or None when it holds no more."""
    span = text[start:end]
    numbers = sum(1 for _ in _NUMBER.finditer(span))
    capitals = sum(1 for _ in _CAPITALISED.finditer(span))
    if numbers <= MAX_NUMBERS and capitals <= MAX_CAPITALISED:
        return None
    share = min(MAX_NUMBERS / numbers if numbers else 1.0, MAX_CAPITALISED / capitals if capitals else 1.0)
    return max(20, int(len(span) * share))


def pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``text[start:end]`` as spans of at most ``limit`` characters, each ending after a sentence
    mark, a comma or a space in the second half of its window when there is one (else cut hard);
    spans are trimmed of surrounding whitespace and empty ones dropped. Linear time."""
    spans: list[tuple[int, int]] = []
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            break
        stop = min(end, start + limit)
        if stop < end:
            half = start + limit // 2
            for mark in _BREAKS:
                at = text.rfind(mark, half, stop)
                if at >= 0:
                    stop = at + len(mark) - 1 if mark != " " else at
                    stop = max(stop, start + 1)
                    break
        piece_end = stop
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            spans.append((start, piece_end))
        start = stop
    return spans


def segment(
    article_id: str, text: str, splitter: str = "pysbd", *, capped: list[str] | None = None
) -> tuple[Sentence, ...]:
    backend = get_splitter(splitter)
    sentences: list[Sentence] = []
    long_lines = long_sentences = longest = dense = 0
    dropped_from = -1
    offset = 0
    for line in text.split("\n"):
        if len(sentences) >= MAX_SENTENCES and line.strip():
            dropped_from = offset
            break
        if line.strip():
            windows = [(0, len(line))]
            if len(line) > MAX_LINE_CHARS:
                windows = pieces(line, 0, len(line), MAX_LINE_CHARS)
                long_lines += 1
                longest = max(longest, len(line))
            for w_start, w_end in windows:
                for start, end in backend.spans(line[w_start:w_end]):
                    start, end = start + w_start, end + w_start
                    spans = [(start, end)]
                    if end - start > MAX_SENTENCE_CHARS:
                        spans = pieces(line, start, end, MAX_SENTENCE_CHARS)
                        long_sentences += 1
                        longest = max(longest, end - start)
                    dense_here = [(s, e, _dense_limit(line, s, e)) for s, e in spans]
                    if any(limit for _, _, limit in dense_here):
                        dense += 1
                        spans = [piece for s, e, limit in dense_here
                                 for piece in (pieces(line, s, e, limit) if limit else [(s, e)])]
                    for s, e in spans:
                        index = len(sentences)
                        sentences.append(
                            Sentence(
                                id=f"{article_id}.s{index}",
                                article=article_id,
                                index=index,
                                text=text[offset + s : offset + e],
                                start=offset + s,
                                end=offset + e,
                            )
                        )
        offset += len(line) + 1
    if len(sentences) > MAX_SENTENCES:
        dropped_from = sentences[MAX_SENTENCES].start
        sentences = sentences[:MAX_SENTENCES]
    if capped is not None and dropped_from >= 0:
        capped.append(f"only the first {MAX_SENTENCES:,} sentences analysed (the text from character {dropped_from:,} on "
                      f"is left out)")
    if capped is not None and (long_lines or long_sentences or dense):
        what = []
        if long_lines:
            what.append(f"{long_lines:,} paragraph(s) over {MAX_LINE_CHARS:,} characters split before sentence splitting")
        if long_sentences:
            what.append(f"{long_sentences:,} sentence(s) over {MAX_SENTENCE_CHARS:,} characters split for analysis")
        if dense:
            what.append(f"{dense:,} sentence(s) with over {MAX_NUMBERS} numbers or {MAX_CAPITALISED} capitalised words "
                        "split for analysis")
        capped.append("; ".join(what) + (f" (longest {longest:,} characters)" if longest else ""))
    return tuple(sentences)
