"""An adjective the outlet turns up with a degree adverb ("an utterly unworkable plan", "a
deeply flawed report", "incredibly reckless").

Wire copy states the property, if at all, and leaves its degree to the facts; an outlet that puts a
booster before an evaluative adjective has judged how much. A pair of words is a cue when all of
these hold:

1. **A booster adverb**: VADER's boosters that raise intensity (Hutto & Gilbert 2014,
   ``resources.intensifiers``), only the adverbs ("-ly"), and not the everyday ones wire copy
   writes too ("fully", "highly", "extremely", "particularly": Zipf ``MAX_BOOSTER_ZIPF`` or
   more, wordfreq).
2. **An evaluative adjective right after it**: WordNet lists it as an adjective
   (data/attributive.tsv), not a comparative ("considerably higher" measures), and a sentiment
   lexicon rates it (VADER valence, SentiWordNet, the pattern lexicon's subjectivity: as for an
   adjective on a noun, ``modifiers``).
3. **The outlet's own voice**: not inside quotation marks, not reported as someone's view
   ("described as", "called it"), not in speech reported earlier in the sentence ("the ministry
   said it was deeply concerned": the ministry's words, told indirectly).

Like an adjective grading an amount (``graded``), it needs no other outlet: the frame is the
evidence, so one article alone gets these cues too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Article
from ...text import PLAIN_SAYING
from . import resources
from .hits import _Hit
from .loaded import _label_attributed_or_generic
from .quotes import _inside
from .modifiers import _ratings

__all__ = ["boosted_adjective_hits", "MAX_BOOSTER_ZIPF"]

MAX_BOOSTER_ZIPF = 4.5  # "utterly" 4.0, "deeply" 4.4; not "fully", "highly", "extremely", "absolutely"
_REPORTED = re.compile(rf"\b(?:{'|'.join(PLAIN_SAYING)}|warned|according[ \t]+to)\b", re.IGNORECASE)
_PAIR = re.compile(r"\b([A-Za-z]+ly)[ \t]+([a-z]+(?:-[a-z]+)?)\b")


def _comparative(word: str) -> bool:
    return word.endswith(("er", "est")) and any(resources.zipf(stem) >= 3.0 for stem in (word[:-2], word[:-3], word[:-1]))


def boosted_adjective_hits(article: Article, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    """The article's booster-plus-adjective pairs in its own voice (module docstring)."""
    text = article.text
    boosters = resources.intensifiers()
    adjectives = resources.attributive().adjectives
    hits = []
    for m in _PAIR.finditer(text):
        adverb, adjective = m.group(1).lower(), m.group(2)
        if adverb not in boosters or resources.zipf(adverb) >= MAX_BOOSTER_ZIPF:
            continue
        if adjective not in adjectives or _comparative(adjective):
            continue
        ratings = _ratings(adjective)
        if not ratings or _inside(quotes, m.start(), m.end()) or _label_attributed_or_generic(text, m.start()):
            continue
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        if _REPORTED.search(text, sentence_start + 1, m.start()):
            continue
        note = f"intensified adjective: '{m.group(1)}' turns up '{adjective}'; {', '.join(ratings)}"
        hits.append(_Hit(kind="loaded", start=m.start(), end=m.end(), note=note, rank=950))
    return hits
