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

    def spans(self, paragraph: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        cursor = 0
        for piece in self._segmenter.segment(paragraph):
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
