"""Loaded language in one article: lexicon terms, labels, euphemisms and hedges outside quotations."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Article
from .hits import _Hit
from .lexicon import Lexicon
from .naming import _elsewhere
from .quotes import _inside

def _lexicon_hits(
    article: Article, articles: Sequence[Article], lexicon: Lexicon, quotes: Sequence[tuple[int, int]]
) -> list[_Hit]:
    hits = []
    for rank, entry in enumerate(lexicon.entries):
        for m in entry.regex.finditer(article.text):
            start, end = m.span()
            if _inside(quotes, start, end):
                continue  # the speaker's words, not the outlet's
            note = entry.note if entry.kind == entry.cue_kind else f"[{entry.kind}] {entry.note}"
            if entry.referent:
                note += _elsewhere(entry.referent, article.id, articles)
            note += f" (source: {lexicon.source_titles(entry.sources[:1])})"
            hits.append(_Hit(kind=entry.cue_kind, start=start, end=end, note=note, neutral=entry.replacement(m), rank=rank))
    return hits
