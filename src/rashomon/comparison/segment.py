"""Sentences with character offsets into the article text.

Paragraphs (lines) are split first, so a headline or a one-line paragraph without a final
full stop never runs into the next one; the splitter backend then splits each paragraph.
"""

from __future__ import annotations

from ..backends.splitters import get_splitter
from ..model import Sentence


def segment(article_id: str, text: str, splitter: str = "pysbd") -> tuple[Sentence, ...]:
    backend = get_splitter(splitter)
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for start, end in backend.spans(line):
                index = len(sentences)
                sentences.append(
                    Sentence(
                        id=f"{article_id}.s{index}",
                        article=article_id,
                        index=index,
                        text=text[offset + start : offset + end],
                        start=offset + start,
                        end=offset + end,
                    )
                )
        offset += len(line) + 1
    return tuple(sentences)
