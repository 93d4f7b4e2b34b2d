"""Candidate cues (offsets into the article text) and their resolution into FramingCue records."""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ...errors import InputError
from ...model import Article, FramingCue, Sentence
from ...text import PLAIN_SAYING

log = logging.getLogger(__name__)

@dataclass(slots=True)
class _Hit:
    """A candidate cue before it becomes a FramingCue: offsets into the article text."""

    kind: str
    start: int
    end: int
    note: str
    neutral: str = ""
    rank: int = 0  # lower wins when two hits of the same family overlap


def _lines(text: str) -> Iterable[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _sentence_at(article: Article, offset: int) -> Sentence | None:
    """The sentence holding ``offset`` (sentences are in text order: a binary search)."""
    k = bisect.bisect_right(article.sentences, offset, key=lambda s: s.start) - 1
    if k >= 0 and article.sentences[k].start <= offset < article.sentences[k].end:
        return article.sentences[k]
    return None


# A plain verb of saying (``text.PLAIN_SAYING``) and what may not stand between it and a word of the
# clause it reports: a comma, dash, colon, semicolon, bracket or quotation mark.
_SAYING = re.compile(r"\b(?:" + "|".join(PLAIN_SAYING) + r")\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s")
MIN_REPORTED_WORDS = 2  # words between the verb and the word: one alone is the verb's object ("told the world")


def told_indirectly(article: Article, start: int) -> bool:
    """Whether the word at ``start`` stands in a clause that a plain verb of saying earlier in its
    sentence reports: someone's account told indirectly ("the guide told the paper he had grown
    wary", "villagers said their windows shook"). Not after a break ("he said, to loud applause",
    "she told the chamber, as if ...") and not the verb's object ("told the world")."""
    sentence = _sentence_at(article, start)
    if sentence is None:
        return False
    before = article.text[sentence.start : start]
    return any(not _CLAUSE_BREAK.search(before, m.end()) and len(before[m.end():].split()) >= MIN_REPORTED_WORDS
               for m in _SAYING.finditer(before))


# A determiner or possessive right before a word: the word opens a noun phrase that names a referent.
_OPENS_PHRASE = re.compile(r"\b(?:the|a|an|his|her|its|their|these|those|this|our|my|your|whose)\s+$", re.IGNORECASE)


def speakers_account(article: Article, start: int) -> bool:
    """Whether the word at ``start`` tells what a speaker reported (``told_indirectly``) rather than
    names a referent: a verb, a predicate or an adverb of the reported clause ("villagers said their
    windows rattled", "locals say the gas was seeping in", "he said it was perfectly legal") is the
    speaker's account, and the outlet's choice only of whom to report. A word opening a noun phrase
    ("said the train took the notorious bend", "told how the madman paced the aisle") is how the
    outlet names the referent inside the clause: an indirect report does not carry the speaker's
    words, so the label stays the outlet's."""
    return told_indirectly(article, start) and not _OPENS_PHRASE.search(article.text, max(0, start - 12), start)


_FAMILY = {"loaded": "wording", "naming": "wording", "hedge": "hedge", "scare_quote": "scare_quote", "voice": "voice"}


class _Spans:
    """Spans that do not overlap, in text order: whether a new span overlaps one of them is a
    binary search, not a walk over all of them (thousands of hits in one article)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # the last span opening before ``end`` is the only one that can reach past ``start``: the
        # spans before it end where it opens, or earlier
        k = bisect.bisect_left(self.starts, end) - 1
        return k >= 0 and start < self.ends[k]

    def add(self, start: int, end: int) -> None:
        if start < end:  # an empty span overlaps nothing that a later, no longer span could be
            k = bisect.bisect_left(self.starts, start)
            self.starts.insert(k, start)
            self.ends.insert(k, end)


def _resolve(hits: list[_Hit]) -> list[_Hit]:
    """Keep one hit where hits of the same family overlap: the longest, then the best ranked."""
    kept: list[_Hit] = []
    families: dict[str, _Spans] = {}
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.rank, h.start)):
        spans = families.setdefault(_FAMILY[hit.kind], _Spans())
        if spans.overlaps(hit.start, hit.end):
            continue
        spans.add(hit.start, hit.end)
        kept.append(hit)
    return kept


def _to_cues(article: Article, hits: Iterable[_Hit]) -> list[FramingCue]:
    cues = []
    for hit in hits:
        sentence = _sentence_at(article, hit.start)
        if sentence is None:
            log.warning("framing: %s %d:%d lies outside every sentence", article.id, hit.start, hit.end)
        cues.append(
            FramingCue(
                article=article.id,
                sentence=sentence.id if sentence else "",
                text=article.text[hit.start : hit.end],
                kind=hit.kind,
                note=hit.note,
                start=hit.start,
                end=hit.end,
                neutral=hit.neutral,
            )
        )
    return cues


def _check_article(article: Article) -> None:
    if article.text.strip() and not article.sentences:
        raise InputError(article.id, "article has text but no sentences; segment it first (rashomon.comparison.segment.segment)")
    for s in article.sentences:
        if article.text[s.start : s.end] != s.text:
            raise InputError(article.id, f"sentence {s.id} offsets {s.start}:{s.end} do not match the article text")
