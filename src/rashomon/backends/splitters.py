"""Sentence splitters: a paragraph in, ``(start, end)`` spans out."""

from __future__ import annotations

import re
from typing import Protocol

from ..errors import MissingExtra
from ..registry import Registry


class Splitter(Protocol):
    name: str

    def spans(self, paragraph: str) -> list[tuple[int, int]]:
        """Sentence spans of one paragraph, as offsets into it, whitespace trimmed."""
        ...


SPLITTERS: Registry[Splitter] = Registry("sentence splitter")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class PysbdSplitter:
    """pysbd's rule set: knows abbreviations such as "U.S." and "Dr."."""

    name = "pysbd"

    def __init__(self, language: str = "en") -> None:
        import pysbd

        self._segmenter = pysbd.Segmenter(language=language, clean=False, char_span=False)

    def pieces(self, paragraph: str) -> list[str]:
        """What ``Segmenter.segment(paragraph)`` returns (with ``clean=False``): pysbd's
        sentences, each with the whitespace after it. pysbd finds each sentence in the text with
        a regex built from that sentence, a new pattern for every sentence, which floods ``re``'s
        pattern cache (512 entries) so that its own fixed patterns, and every other module's, are
        compiled again and again; here the same search is made with ``str.find``."""
        if not paragraph:
            return []
        sentences = self._segmenter.processor(paragraph).process()
        return _located(paragraph, sentences)

    def spans(self, paragraph: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        cursor = 0
        for piece in self.pieces(paragraph):
            # pysbd returns the pieces in order; find each one from the cursor on, which is
            # robust to the spans it reports for repeated sentences.
            stripped = piece.strip()
            if not stripped:
                continue
            at = paragraph.find(stripped, cursor)
            if at < 0:
                continue
            out.append((at, at + len(stripped)))
            cursor = at + len(stripped)
        return out


def _located(text: str, sentences: list[str]) -> list[str]:
    """Each sentence as pysbd's ``sentences_with_char_spans`` finds it in ``text``: the first of
    the non-overlapping occurrences of the sentence followed by any whitespace (regex ``\\s*``,
    the characters ``str.isspace`` accepts) that ends after the previous sentence's end; a
    sentence found nowhere there is dropped."""
    out: list[str] = []
    prior_end = 0
    for sentence in sentences:
        if not sentence:  # the pattern would be a bare whitespace run: pysbd's own search
            for match in re.finditer(r"\s*", text):
                if match.end() > prior_end:
                    out.append(match.group())
                    prior_end = match.end()
                    break
            continue
        at = text.find(sentence)
        while at >= 0:
            end = at + len(sentence)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior_end:
                out.append(text[at:end])
                prior_end = end
                break
            at = text.find(sentence, end)
    return out


class SyntokSplitter:
    name = "syntok"

    def __init__(self) -> None:
        try:
            import syntok.segmenter  # noqa: F401
        except ImportError as exc:
            raise MissingExtra("syntok", "syntok", "the syntok splitter") from exc

    def spans(self, paragraph: str) -> list[tuple[int, int]]:
        import syntok.segmenter as segmenter

        out = []
        for para in segmenter.analyze(paragraph):
            for sentence in para:
                tokens = list(sentence)
                if tokens:
                    start = tokens[0].offset
                    end = tokens[-1].offset + len(tokens[-1].value)
                    out.append(_trim(paragraph, start, end))
        return out


class RegexSplitter:
    """A fallback that needs nothing: splits after . ! ? followed by a capital."""

    name = "regex"
    _boundary = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")

    def spans(self, paragraph: str) -> list[tuple[int, int]]:
        out, start = [], 0
        for m in self._boundary.finditer(paragraph):
            out.append(_trim(paragraph, start, m.start()))
            start = m.end()
        out.append(_trim(paragraph, start, len(paragraph)))
        return [s for s in out if s[1] > s[0]]


SPLITTERS.register("pysbd")(PysbdSplitter)
SPLITTERS.register("syntok")(SyntokSplitter)
SPLITTERS.register("regex")(RegexSplitter)

_cache: dict[str, Splitter] = {}


def get_splitter(name: str = "pysbd") -> Splitter:
    if name not in _cache:
        _cache[name] = SPLITTERS.create(name)
    return _cache[name]
