"""A vivid verb of physical action the outlet alone chose ("raked in", "lashed out", "swooped on",
"clung to power"), in a story; in one article alone, a vivid verb the model scores higher.

Figurative verbs are loaded through their picture, not through a charged word: "rake", "lash" or
"swoop" carry little valence, so the loaded-word model scores them under its threshold. Where the
others tell the same event with a plain verb, a verb of physical action that only one outlet writes
pictures it. A word is a cue when all of these hold:

1. **Borderline loaded**: the loaded-word model scores it at least ``MIN_PROBABILITY``.
2. **A verb of physical action, in use**: a past form, a participle or an -ing form ("raked",
   "clung", "bulldozing") of a verb whose commonest WordNet sense is contact, motion, the body,
   weather or consumption, and that English text uses less often than Zipf 4.0 ("hit", "pull",
   "stop" are the plain words): data/vivid_verbs.tsv, scripts/build_vivid_verbs.py.
3. **Unshared**: no other outlet of the story writes the verb in any form ("capsized" in one
   outlet, "capsizes" in another is the event, not a picture of it).

A calm headline's past participle before a noun is judged without the headline's raise (as the
loaded-word step judges a calm headline's present-tense verb, ``headline.py``): in an article that
is not loud and carries no machine-translation notice, "-ed" standing before a noun or a name tells
the state the event left the thing in ("votes to sell shuttered theatre", "flooded homes"), not an
act pictured. An "-ing" form before a noun ("sweeping law") and a verb of a clause ("the drivers it
exploited") keep the raise, as does every word of a loud or translated headline.

One article alone (``rashomon inspect``) has no other outlet to tell the event's plain verb: there the
verb must be scored at least ``SINGLE_MIN_PROBABILITY``, a higher bar standing in for "unshared".
"""

from __future__ import annotations

import re

from ...model import Article
from . import resources
from .hits import _Hit
from ..clean import machine_translated
from .headline import calm
from .loaded import WordScores, unraised_probability
from .loaded_words import _LOUD_NOTE, translators_word, word_model

__all__ = ["vivid_verb_hits", "verb_lemma", "MIN_PROBABILITY", "SINGLE_MIN_PROBABILITY"]

MIN_PROBABILITY = 0.3
SINGLE_MIN_PROBABILITY = 0.4
# Regular inflections undone, in order: (ending, what replaces it).
_ENDINGS = (("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("ies", "y"), ("es", ""), ("s", ""))
_INFLECTED = ("ed", "ing")


def verb_lemma(word: str) -> str | None:
    """The table's lemma of ``word`` (lower case) when it is a form of a listed verb: its irregular
    form, its own lemma, or a regular form ("raked" -> "rake", "flopped" -> "flop", "rakes" -> "rake")."""
    table = resources.vivid_verbs()
    if word in table:
        return table[word][0]
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            for base in (stem + replacement, stem[:-1] if not replacement and stem[-1] == stem[-2] else ""):
                if base in table:
                    return table[base][0]
    return None


def _in_use(word: str) -> bool:
    """A past, participle or -ing form: the verb as it is told ("raked", "clung"), not its bare
    lemma, which is as often a noun ("rake", "lash")."""
    table = resources.vivid_verbs()
    return word.endswith(_INFLECTED) or (word in table and table[word][0] != word)


def vivid_verb_hits(article: Article, scores: WordScores, elsewhere: set[str] | None) -> list[_Hit]:
    """The article's vivid verbs (module docstring); ``scores``: the loaded-word model over the article
    (:func:`~.loaded.word_scores`); ``elsewhere``: the story's other outlets' words (None: one article
    alone, whose verbs must reach ``SINGLE_MIN_PROBABILITY``)."""
    told_elsewhere = {verb_lemma(w) for w in elsewhere if "-" not in w} - {None} if elsewhere is not None else set()
    bar = MIN_PROBABILITY if elsewhere is not None else SINGLE_MIN_PROBABILITY
    hits = []
    for i, m in enumerate(scores.tokens):
        p = _probability(article, scores, i, elsewhere is None)
        word = m.group().lower()
        if p < bar or not _in_use(word):
            continue
        lemma = verb_lemma(word)
        if lemma is None or lemma in told_elsewhere or translators_word(article, m):
            continue  # no verb, the story's verb, or a machine translation's verb for its source's
        sense = resources.vivid_verbs()[lemma][1].split(".")[1]
        note = (f"vivid verb ({float(p):.2f}): '{word}', a verb of physical action ({sense}, WordNet) and uncommon "
                f"(Zipf {resources.zipf(lemma):.1f}, wordfreq)")
        if elsewhere is not None:
            note += f"; no other outlet of the story writes '{lemma}'"
        hits.append(_Hit(kind="loaded", start=m.start(), end=m.end(), note=note, rank=960))
    return hits


def _probability(article: Article, scores: WordScores, i: int, single: bool) -> float:
    """The loaded-word model's probability for word ``i``, without the headline's raise where the word
    is a past participle before a noun in a calm, untranslated article's headline (module docstring)."""
    p = float(scores.probabilities[i])
    model = word_model()["single" if single else "story"]
    context = model.get("context")
    if context is None or scores.context is None or not scores.context[i, 2] or machine_translated(article.removed):
        return p
    if not _before_noun(article.text, scores.tokens[i]):
        return p
    if not calm(scores.context[i], context["prior_loudness"], _LOUD_NOTE):
        return p
    return unraised_probability(scores.context[i], model)


_NEXT = re.compile(r"[ \t]+([A-Za-z][A-Za-z'’-]*)")


def _before_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the "-ed" word of ``m`` stands right before a name (a capitalised word) or a noun (OEWN)."""
    if not m.group().lower().endswith("ed"):
        return False
    following = _NEXT.match(text, m.end())
    if following is None:
        return False
    word = following.group(1)
    return word[0].isupper() or word.lower() in resources.attributive().nouns
