"""An evaluative adjective the outlet puts on a noun ("wild accusations", "reckless lending",
"panicked patients"), in a story.

The loaded-word model weighs one word at a time, and many judging adjectives sit just under its
threshold: "wild" or "reckless" alone is as often descriptive as loaded. Put on a noun in the
outlet's own voice, and written by no other outlet of the story, such a word judges what the others
only name. A word is a cue when all of these hold:

1. **Borderline loaded**: the loaded-word model scores it at least ``MIN_PROBABILITY`` (a word
   above the model's own threshold is the model's cue already).
2. **An adjective on a noun**: WordNet lists it as an adjective whose commonest sense is no
   pertainym ("corporate", "social" classify), and the next word, after one space, is a noun that is
   no quantity ("just seven", nor a plural unit after a word of degree: "just hours after"), no stop word and no verb's past ("fell"); a participle after an
   auxiliary or a noun is a verb ("were mistreated", "quakes flattened buildings"); the pair is no
   fixed term ("civil servant",
   "natural gas"), and a compound of adjective and noun ("high-risk", "last-minute") classifies
   rather than judges (data/attributive.tsv, scripts/build_attributive.py), and so does a superlative
   compound on a participle no sentiment lexicon rates ("best-known", "longest-serving",
   "best-selling"): it ranks its noun by a measure, where "best-loved" (VADER rates "loved") judges.
3. **Rated**: a sentiment lexicon rates the adjective (VADER valence, SentiWordNet 0.25 or more,
   or the pattern lexicon's subjectivity 0.5 or more): "masked" or "migrant" carry no judgment.
4. **Unshared**: no other outlet of the story writes the adjective, nor, for an adjective VADER does
   not rate, a word derived from it (OEWN relates the two and they open on one stem: "plagiarised" /
   "plagiarism", "irregular" / "irregularities"): the adjective then tells the matter another outlet
   names; a word VADER rates keeps its judgment ("decisive step" where others write "decision");
   one article alone has no others to compare with, and gets no cue from this rule.
5. **The outlet's own judgment**: not reported as someone's view ("is regarded as an unfriendly
   step", "described as a ..."), the same exception the lexicon's labels have, and not the name of
   a charge an inquiry or a court weighs ("an investigation into possible negligent homicide",
   "charged with reckless driving", "illegal dumping suspected"): the offence's legal name, as
   "alleged" on a charge is no hedge, and not the wording of what a party demands ("the unions
   demand decent wages", and each item of a list of demands: "we demand an inquiry, criminal
   liability for the owners and a ban"), and not in a clause that a plain verb of saying reports
   ("the guide told us he had heard eerie rumbles": the guide's account, ``hits.told_indirectly``,
   as the booster step leaves speech reported earlier in the sentence).

In a sentence that tells a claim other outlets tell too (the comparison aligned it with a passage of
another article), in the outlet's own voice (no quotation mark, no plain verb of saying, no
"according to"), a lower bar ``ALIGNED_PROBABILITY`` holds: the others tell the same claim and none
writes the adjective anywhere, so it is what this outlet added to a shared fact ("after speculative
attacks on the currency" where the others write "after attacks on the currency"). A verb's irregular
past ("lost", "stuck", "gone") is no adjective there.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ...backends.embedders.tfidf import stop_words
from ...model import Article
from ...text import IRREGULAR_PAST, PLAIN_SAYING
from ...text.thesaurus import related
from . import resources
from .hits import _Hit, _sentence_at, told_indirectly
from .wording import IRREGULAR_PAST as PAST_FORMS
from .loaded import WordScores, _label_attributed_or_generic

__all__ = ["evaluative_modifier_hits", "ALIGNED_PROBABILITY", "MIN_PROBABILITY"]

MIN_PROBABILITY = 0.35  # the loaded-word model's score from which an adjective on a noun is weighed
ALIGNED_PROBABILITY = 0.25  # the same in an aligned sentence in the outlet's own voice (module docstring)
MIN_SENTIWORDNET = 0.25
MIN_SUBJECTIVITY = 0.5
_NEXT_WORD = re.compile(r" ([a-z][a-z-]*[a-z])\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ ]$")
# Before a participle, a word that makes it a verb: "were mistreated", "has lost".
_AUXILIARIES = frozenset("be been being is are was were am has have had having get gets got getting".split())


# A charge under inquiry or before a court: the adjective after it belongs to the offence's name.
_CHARGE_BEFORE = re.compile(
    r"\b(?:investigat(?:e|es|ed|ing|ion|ions)|inquiry|inquiries|probe|probes|probing|charged|charges?|accused|suspected|suspicion|"
    r"convicted|acquitted|prosecut(?:e|es|ed|ing|ion|ions)|trial|tried|sentenced)\s+(?:(?:into|of|for|with|over|on)\s+)?"
    r"(?:(?:possible|suspected|alleged|aggravated|involuntary)\s+)?$",
    re.IGNORECASE)


# What a party demands ("the patients' associations demand exemplary sanctions"): the demand's
# wording is the demanders', reported, as a view "regarded as" is.
# A later item of a list of demands ("demand an inquiry, criminal liability for ..."): the items before
# it hold no sentence end, no semicolon and no verb of the outlet's own between the demand and a comma.
_DEMAND_VERB = (r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|"
                r"ask(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for)\s+")
_DEMANDED_BEFORE = re.compile(_DEMAND_VERB + r"(?:an?\s+|the\s+)?$", re.IGNORECASE)
_DEMANDED_IN_LIST = re.compile(_DEMAND_VERB + r"[^.;:!?\"“”]*,\s+(?:and\s+)?(?:an?\s+|the\s+)?$", re.IGNORECASE)
_LIST_REACH = 120  # characters back from the adjective to a demand that opens a list
# A sentence that reports someone's words: a quotation mark, a plain verb of saying, "according to".
_REPORTED = re.compile(r'["“”]|\b(?:' + "|".join(PLAIN_SAYING) + r')\b|\baccording[ \t]+to\b', re.IGNORECASE)
# After the noun, the suspicion itself: "illegal excavation suspected", "arson is suspected".
_SUSPECTED_AFTER = re.compile(r"\s+(?:(?:is|was|are|were)\s+)?(?:suspected|alleged)\b", re.IGNORECASE)


# A comma that opens a new clause ends the list: what follows is no longer the demand's object
# ("they demand an inquiry, but the council refused reckless delays").
_NEW_CLAUSE = re.compile(r",\s+(?:but|while|as|yet|which|who|although|though)\b", re.IGNORECASE)


_STEM = 5  # letters a derived word shares with the adjective ("plagi-arised" / "plagi-arism")


def _matter_named_elsewhere(adjective: str, elsewhere: set[str]) -> str | None:
    """A word of another outlet that names the matter an adjective VADER does not rate tells: one
    stem, and related in OEWN ("plagiarised" / "plagiarism"); the stem alone is no proof ("general" /
    "generous")."""
    if len(adjective) < _STEM + 2 or resources.valence(adjective) is not None:
        return None
    stem = adjective[:_STEM]
    return next((w for w in sorted(elsewhere) if w.startswith(stem) and w != adjective and related(adjective, w)), None)


def _added_to_shared_claim(article: Article, start: int, adjective: str, aligned: Collection[str]) -> bool:
    """Whether the adjective at ``start`` stands in a sentence aligned with another outlet's passage,
    in the outlet's own voice (``_REPORTED`` finds no report of words in it), and is no verb's
    irregular past."""
    sentence = _sentence_at(article, start)
    return (sentence is not None and sentence.id in aligned and adjective not in PAST_FORMS and adjective not in IRREGULAR_PAST
            and not _REPORTED.search(sentence.text))


def _charge_named(text: str, start: int, end: int) -> bool:
    """Whether the adjective at ``start``, with its noun ending at ``end``, names a charge ("an
    investigation into possible negligent homicide", "illegal excavation suspected")."""
    return bool(_CHARGE_BEFORE.search(text, max(0, start - 60), start) or _SUSPECTED_AFTER.match(text, end))


def _demanded(text: str, start: int) -> bool:
    """Whether the adjective at ``start`` words what a party demands ("demand exemplary sanctions"),
    first or later in a list of demands ("demand an inquiry, criminal liability for ...")."""
    if _DEMANDED_BEFORE.search(text, max(0, start - 30), start):
        return True
    m = _DEMANDED_IN_LIST.search(text, max(0, start - _LIST_REACH), start)
    return bool(m) and not _NEW_CLAUSE.search(m.group())


def _singular(word: str, nouns: frozenset[str]) -> str | None:
    """``word`` or its singular where the table lists it as a noun ("accusations" -> "accusation")."""
    for form in (word, word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "",
                 word[:-1] if word.endswith("s") else ""):
        if form and form in nouns:
            return form
    return None


def _classifying_compound(adjective: str, nouns: frozenset[str]) -> bool:
    """An adjective made of words and ending in a plain noun ("high-risk", "last-minute"), not in a
    participle ("long-suffering", "heavy-handed")."""
    last = adjective.split("-")[-1]
    return "-" in adjective and last in nouns and not last.endswith(("ing", "ed"))


_SUPERLATIVE_WORDS = frozenset("best most least worst".split())
_SUPERLATIVE = re.compile(r"(best|most|least|worst|[a-z]{2,}est)-([a-z]+)")


def _ranking_compound(adjective: str) -> bool:
    """A superlative joined to a participle VADER does not rate ("best-known", "longest-serving"):
    a rank by a measure, not a judgment (module docstring, step 2). An adjective of its own that ends
    in "-est" ("honest-looking", "modest-sized") is no superlative."""
    m = _SUPERLATIVE.fullmatch(adjective)
    if m is None or (m.group(1) not in _SUPERLATIVE_WORDS and m.group(1) in resources.attributive().adjectives):
        return False
    return m.group(2).endswith(("ed", "ing", "wn", "en")) and resources.rated_valence(m.group(2)) is None


def _ratings(adjective: str) -> list[str]:
    """What the sentiment lexicons say of the adjective, where they rate it."""
    out = []
    v = resources.valence(adjective)
    if v is not None:
        out.append(f"valence {v:+.1f} (VADER)")
    swn = resources.sentiwordnet(adjective)
    if swn >= MIN_SENTIWORDNET:
        out.append(f"SentiWordNet {swn:.2f}")
    subjective = resources.subjectivity(adjective)
    if subjective is not None and subjective >= MIN_SUBJECTIVITY:
        out.append(f"subjectivity {subjective:.1f} (pattern)")
    return out


def _verb_reading(text: str, start: int, word: str, table: resources.Attributive) -> bool:
    """A participle after an auxiliary or a noun reads as the verb ("were mistreated", "quakes
    flattened buildings"), not as an adjective ("stunned neighbours", "a twisted ankle")."""
    if not word.endswith(("ed", "ing")):
        return False
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return False
    before = m.group(1).lower()
    return before in _AUXILIARIES or (before not in table.adjectives and before not in stop_words()
                                      and _singular(before, table.nouns) is not None)


# A word of degree that is an adverb before a quantity ("just seven", "only metres from"): before a
# plural unit of time or distance with no number ("just hours after"), it measures the span, and the
# adjective's own sense ("just": fair) is not the one written.
_DEGREE_WORDS = frozenset("just only barely scarcely hardly nearly almost".split())
_UNITS = frozenset("seconds minutes hours days weeks months years decades metres meters yards feet miles kilometres kilometers".split())


def _degree_before_quantity(adjective: str, text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    return adjective in _DEGREE_WORDS and m is not None and m.group(1) in _UNITS


def _noun_after(text: str, end: int, table: resources.Attributive) -> tuple[int, str] | None:
    """(the end offset, the noun) of the noun right after an adjective that ends at ``end``; a
    verb's past ("fell", "led") is no noun there."""
    m = _NEXT_WORD.match(text, end)
    if not m or m.group(1) in stop_words() or m.group(1) in IRREGULAR_PAST:
        return None
    noun = _singular(m.group(1), table.nouns)
    return (m.end(), noun) if noun else None


def evaluative_modifier_hits(article: Article, scores: WordScores, elsewhere: set[str] | None,
                             aligned: Collection[str] = ()) -> list[_Hit]:
    """The article's adjectives on nouns that judge (module docstring); ``scores``: the loaded-word
    model over the article (:func:`~.loaded.word_scores`); ``elsewhere``: the story's other outlets'
    words (None for one article alone: no cue); ``aligned``: the ids of the sentences the comparison
    aligned with another outlet's passage (the keys of ``wording.pair_sentences``)."""
    if elsewhere is None:
        return []
    table = resources.attributive()
    hits = []
    for m, p in zip(scores.tokens, scores.probabilities):
        adjective = m.group().lower()
        if p < ALIGNED_PROBABILITY or adjective in elsewhere or adjective not in table.adjectives:
            continue
        added = p < MIN_PROBABILITY  # only under the lower bar of a shared claim told in the outlet's own voice
        if added and not _added_to_shared_claim(article, m.start(), adjective, aligned):
            continue
        if _classifying_compound(adjective, table.nouns) or _ranking_compound(adjective) or _verb_reading(article.text, m.start(), adjective, table) \
                or _degree_before_quantity(adjective, article.text, m.end()):
            continue
        after = _noun_after(article.text, m.end(), table)
        if after is None or f"{adjective} {after[1]}" in table.terms:
            continue
        ratings = _ratings(adjective)
        if not ratings or _matter_named_elsewhere(adjective, elsewhere) or _label_attributed_or_generic(article.text, m.start()) or _charge_named(article.text, m.start(), after[0]) \
                or _demanded(article.text, m.start()) or told_indirectly(article, m.start()):
            continue
        note = (f"evaluative adjective on a noun ({float(p):.2f}): '{adjective}' before '{after[1]}'; {', '.join(ratings)}; "
                f"no other outlet of the story writes '{adjective}'" + (", in a claim other outlets tell without it" if added else ""))
        hits.append(_Hit(kind="loaded", start=m.start(), end=after[0], note=note, rank=950))
    return hits
