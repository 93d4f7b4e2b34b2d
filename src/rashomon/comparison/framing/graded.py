"""An evaluative adjective that grades an amount ("an impressive 68 per cent", "a miserly two
weeks' pay", "a greedy 12 percent demand").

Put between "a" or "an" and a number, an adjective says what the outlet makes of the amount, not
what the amount is: the number itself is the fact, the adjective the verdict on it. Wire copy
writes "a 12 percent rise"; a paper that writes "a whopping 12 percent rise" has judged it. A word
is a cue when all of these hold:

1. **Between "a"/"an" and a number**: digits or a number word right after it ("two", "dozen").
2. **An adjective**: WordNet lists it as an adjective whose commonest sense is no pertainym
   (data/attributive.tsv), and it is no verb's participle ("an estimated 300", "a reported 40"
   count, they do not judge): a word ending in "ed" whose stem English text knows is a participle.
   Nor is it one of English's plainest words (Zipf ``PLAIN_ZIPF`` or more, wordfreq): "a strong 5.6
   earthquake", "a high 40 percent" grade in the measure's own plain terms.
3. **Rated**: a sentiment lexicon rates it (VADER valence, SentiWordNet 0.25 or more, or the
   pattern lexicon's subjectivity 0.5 or more), as for an adjective on a noun (``modifiers``):
   "an additional 50" or "a further 4.5 percent" carry no judgment.
4. **Not flat**: the loaded-word model scores it at least ``MIN_PROBABILITY``.
5. **The outlet's own judgment**: not reported as someone's view ("described as a ..."), the
   exception the lexicon's labels have.

It needs no other outlet to compare with: the place of the word is the evidence, so one article
alone gets these cues too.
"""

from __future__ import annotations

import re

from ...model import Article
from . import resources
from .hits import _Hit
from .loaded import WordScores, _label_attributed_or_generic
from .modifiers import _ratings

__all__ = ["graded_amount_hits", "MIN_PROBABILITY"]

MIN_PROBABILITY = 0.15
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)[ \t]+$", re.IGNORECASE)
_NUMBER_AFTER = re.compile(
    r"[ \t]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|dozen|thousand|million|billion)\b)",
    re.IGNORECASE,
)
PLAIN_ZIPF = 5.0  # "strong", "big", "high": the measure's plain words, not a verdict
_KNOWN_STEM = 3.0  # wordfreq Zipf: the stem of "estimated" ("estimate") is a word English text uses


def _participle(word: str) -> bool:
    """A verb's participle ("estimated", "reported"), not an adjective made so ("unprecedented")."""
    return word.endswith("ed") and any(resources.zipf(stem) >= _KNOWN_STEM for stem in (word[:-1], word[:-2]))


def graded_amount_hits(article: Article, scores: WordScores) -> list[_Hit]:
    """The article's adjectives that grade an amount (module docstring); ``scores``: the
    loaded-word model over the article (:func:`~.loaded.word_scores`)."""
    text = article.text
    adjectives = resources.attributive().adjectives
    hits = []
    for m, p in zip(scores.tokens, scores.probabilities):
        word = m.group().lower()
        if p < MIN_PROBABILITY or word not in adjectives or _participle(word) or resources.zipf(word) >= PLAIN_ZIPF:
            continue
        if not _ARTICLE_BEFORE.search(text[max(0, m.start() - 6) : m.start()]) or not _NUMBER_AFTER.match(text, m.end()):
            continue
        ratings = _ratings(word)
        if not ratings or _label_attributed_or_generic(text, m.start()):
            continue
        amount = text[m.end() :].split(None, 1)[0]
        note = f"evaluative adjective on an amount ({float(p):.2f}): '{word}' grades '{amount}'; {', '.join(ratings)}"
        hits.append(_Hit(kind="loaded", start=m.start(), end=m.end(), note=note, rank=950))
    return hits
