"""An evaluative adjective put before a person's name ("the hardline leader Karl Brandt", "the
beleaguered Anna Lind"), found by its place, not from a list of epithets.

The lexicon's epithets (``naming``) are the ones style guides name; an outlet coins others. Before
a person's name, between "the" and the name (with at most two role words between: "prime
minister", "tycoon"), an adjective says what the outlet makes of the person rather than which
person it is. Wire copy writes roles there ("the former", "the acting", "the outgoing"). A word is a
cue when all of these hold:

1. **Before a person's name**: "the", the word, at most two lowercase role words, then two or more
   capitalised words of which the first is a given name (data/first_names*.txt).
2. **An adjective**: WordNet lists it as an adjective (data/attributive.tsv), not a verb's
   participle ("the jailed", "the exiled" state a fact; the rule of ``graded``), not one of
   English's plainest words (Zipf ``PLAIN_ZIPF`` or more: "the new", "the young"), and not a noun
   too: a word that also names a follower ("a socialist", "a liberal", "a reformist") states the
   person's side, as wire copy does, rather than judging the person.
3. **Charged**: the loaded-word model scores it at least ``MIN_PROBABILITY``; the place is the
   rest of the evidence, so the bar is below the model's own operating point.
4. **The outlet's own voice**: not inside quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Article
from ..entities.lexicon import lexicon as entity_lexicon
from . import resources
from .graded import PLAIN_ZIPF, _participle
from .hits import _Hit
from .loaded import WordScores
from .quotes import _inside

__all__ = ["coined_epithet_hits", "MIN_PROBABILITY"]

MIN_PROBABILITY = 0.2
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_NAME_AFTER = re.compile(r"(?:[ \t]+[a-z][a-z-]+){0,2}[ \t]+(?P<name>(?P<first>[A-Z][a-z]+)(?:[ \t]+[A-Z][A-Za-z'-]+)+)")


def coined_epithet_hits(article: Article, quotes: Sequence[tuple[int, int]], scores: WordScores) -> list[_Hit]:
    """The article's charged adjectives before a person's name (module docstring); ``scores``: the
    loaded-word model over the article (:func:`~.loaded.word_scores`)."""
    text = article.text
    table = resources.attributive()
    first_names = entity_lexicon().first_names
    hits = []
    for m, p in zip(scores.tokens, scores.probabilities):
        word = m.group().lower()
        if p < MIN_PROBABILITY or word not in table.adjectives or word in table.nouns or _participle(word) or resources.zipf(word) >= PLAIN_ZIPF:
            continue
        if not _THE_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        after = _NAME_AFTER.match(text, m.end())
        if not after or after.group("first") not in first_names or _inside(quotes, m.start(), after.end()):
            continue
        name = after.group("name")
        note = f"epithet '{m.group()}' put before {name} ({float(p):.2f}): an evaluative adjective before a person's name"
        hits.append(_Hit(kind="naming", start=m.start(), end=after.end("name"), note=note, neutral=name, rank=-1))
    return hits
