"""Loaded sentence shapes, as opposed to loaded words: a headline's shouted label and the
outlet's own verbless aside.

- A **shouted label** opens a sentence with words in capitals and ends in "!" ("BUSTED!",
  "LOCKED UP!"), or in ":" when one of its words is charged ("DEATH TRAIN HORROR: ..."). A
  section label ("UPDATE 2:", "BREAKING:", "READ MORE:") carries no charged word and is left alone.
- A **verbless aside** is a whole sentence of one to four plain words in the outlet's voice with
  no verb and no name ("Yeah, right.", "Good luck with that.", "Yet."): the writer comments on
  the news instead of telling it. A short sentence with a verb ("Viewers noticed.", "Markets
  fell.", "Deposits and trading continue.": a word OEWN knows only as a verb) reports; a name
  or a date ("Ottwiller.", "Kovrin, 13 April.") is a dateline or a caption; a question is left
  to the reader. An imperative ("Mark the date.", "Mind your step.", "Call us.": a first word
  taking a determiner, possessive or pronoun as its object) has its verb first: a call to the
  reader, not a verbless comment. Nouns alone with no judging word ("Lab results.", "Referral
  letters.") name things: an item of a list or a caption. "From our correspondent." names who
  files the report (a credit, as a byline), not a comment on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...backends.embedders.tfidf import stop_words
from ...model import Article
from ..claims.numbers import parse_number
from ..credit_lines import _NEWSROOM_NOUNS
from ...text import IRREGULAR_PAST, PRONOUNS, REPORTING_VERBS
from ...text.calendar import CALENDAR_WORDS
from ...text.thesaurus import own_lemma
from . import resources
from .hits import _Hit
from .loaded_words import _TOKEN as _WORD
from .quotes import _inside

_SHOUTED = re.compile(r"[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){0,4}[ \t]*(?P<end>[!:])")
_CHARGED = 2.0  # VADER mean valence (of 4) for a shouted word to be charged ("horror" 2.7; "foe" 1.9, "exclusive" 0.5 are not)
_COMMON = 3.0  # wordfreq Zipf: a word English text uses often, not a name or a coinage
_MAX_ASIDE = 4

# Words that make a clause finite: auxiliaries and modals (subject pronouns: text.PRONOUNS).
_FINITE = frozenset(
    "is are was were be been being am has have had do does did will would can could shall should may might must "
    "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't couldn't".split()
)


def shouted_label_hits(article: Article, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    hits = []
    for sentence in article.sentences:
        m = _SHOUTED.match(sentence.text)
        if not m:
            continue
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if _inside(quotes, start, end):
            continue
        words = _WORD.findall(m.group())
        charged = [w for w in words if abs(resources.rated_valence(w) or 0.0) >= _CHARGED]
        if m.group("end") == ":" and not charged:
            continue  # a section label ("UPDATE 2:") or an acronym ("NATO:")
        if sum(len(w) for w in words) < 4:
            continue  # "OK!"
        why = f"charged: {', '.join(w.lower() for w in charged)}" if charged else "exclaimed"
        label_end = end - 1 if m.group("end") == ":" else end
        hits.append(_Hit(kind="loaded", start=start, end=label_end,
                         note=f"a shouted headline label (capitals, {why}): the outlet's verdict before the facts", rank=500))
    return hits


def verbless_aside_hits(article: Article, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    hits = []
    for sentence in article.sentences:
        text = sentence.text.rstrip()
        if not text or text[-1] not in ".!" or any(c.isdigit() for c in text):
            continue
        words = _WORD.findall(text)
        if not 1 <= len(words) <= _MAX_ASIDE or _inside(quotes, sentence.start, sentence.start + len(text)):
            continue
        if not text[0].isupper():
            continue  # a fragment of a broken sentence or a link ("com newsroom.")
        if any((w[0].isupper() and i > 0) or any(c.isupper() for c in w[1:]) for i, w in enumerate(words)):
            continue  # a name ("T-Mobile")
        if any(w.lower() in _CALENDAR for w in words):
            continue  # "Wednesday.": a date standing alone
        if any(_count_word(w) for w in words):
            continue  # "Eighty-one children.": a figure standing alone, as digits are
        lower = [w.lower() for w in words]
        if any(resources.zipf(w) < _COMMON for w in lower):
            continue  # a name or a rare word: a caption or a dateline, not an aside
        if any(_verb(w) for w in lower) or _present_clause(lower) or _imperative(lower) or _verb_after_subject(lower):
            continue
        if _credit(lower):
            continue  # "From our correspondent.": who files the report, a credit, not a comment on it
        if "," not in text and _plain_nouns(lower):
            continue  # "Lab results.", "Referral letters.": things named, an item of a list or a caption
        hits.append(_Hit(kind="loaded", start=sentence.start, end=sentence.start + len(text),
                         note="a verbless aside in the outlet's own voice: comment, not report", rank=500))
    return hits


_CALENDAR = CALENDAR_WORDS | {"today", "tonight", "yesterday", "tomorrow"}
_DETERMINERS = frozenset("the a an this that these those his her its their our my your every each no".split())
_CONTRACTED = re.compile(r"\w+['’](?:re|ve|ll|d|m|s)$")  # "they're", "everyone's": a verb inside


_CREDIT_OPENERS = frozenset({"from", "by"})


def _credit(words: list[str]) -> bool:
    """"From our correspondent.", "By our staff.": "from" or "by" and a newsroom noun
    (``credit_lines._NEWSROOM_NOUNS``): the outlet names who sent or wrote the report, as a byline does."""
    return words[0] in _CREDIT_OPENERS and any(w in _NEWSROOM_NOUNS for w in words[1:])


def _plain_nouns(words: list[str]) -> bool:
    """Every word a noun WordNet lists (a plural in -s read as its singular where the plural is not
    listed) and no adjective, with no rating in VADER or the pattern lexicon: a phrase that names
    things ("Lab results.", "Referral letters."), where a comment carries a judging word ("Fine words.");
    read only on a phrase with no comma ("Amen, sister." addresses someone)."""
    table = resources.attributive()
    for word in words:
        noun = word if word in table.nouns or not word.endswith("s") else word[:-1]
        if noun not in table.nouns or word in table.adjectives or noun in table.adjectives:
            return False
        if resources.rated_valence(word) is not None or resources.rated_valence(noun) is not None or resources.subjectivity(word):
            return False
    return True


def _count_word(word: str) -> bool:
    """A number in words of two or more ("three", "eighty-one", "hundred"); not "a", "an", "one",
    which open a phrase as often as they count ("Not one.", "What a week.")."""
    number = parse_number(word.lower())
    return number is not None and number >= 2


def _verb(word: str) -> bool:
    return (
        word in _FINITE or word in PRONOUNS or word in IRREGULAR_PAST or word in REPORTING_VERBS
        or (word.endswith("ed") and len(word) > 4) or bool(_CONTRACTED.match(word))
    )


# Words that open a noun phrase ahead of its determiner ("Not a chance.", "What a week.", "Quite
# the turnaround.", "Such a shame."): before a determiner they are no verb.
_PREDETERMINERS = frozenset("not what such quite all both half only just hardly rather so too some many".split())
# Prepositions open a phrase the same way ("In a word, yes.", "For the record.").
_PREPOSITIONS = frozenset(
    "in on at for with by from of to into onto over under after before about against among between during "
    "without within through across behind beyond like as than per via".split()
)
_OBJECTS = frozenset("us me him them you it".split())


def _imperative(words: list[str]) -> bool:
    """A verb first, its object next: "Mark the date.", "Mind your step.", "Call us."
    (the first word no determiner, pre-determiner or preposition, nor an adverb in -ly)."""
    if len(words) < 2 or words[1] not in _DETERMINERS | _OBJECTS:
        return False
    first = words[0]
    return first not in _DETERMINERS | _PREDETERMINERS | _PREPOSITIONS and not first.endswith("ly")


def _verb_after_subject(words: list[str]) -> bool:
    """A word after the first that OEWN knows only as a verb (a lemma, no noun, no adjective, no
    stop word nor adverb in -ly): "Deposits and trading continue.", "Both sides agree." - a plural
    subject's present verb, which has no "-s" for ``_present_clause`` to read. The first word is
    left to ``_imperative`` ("Mind your step.")."""
    table = resources.attributive()
    return any(
        own_lemma(w) and w not in table.nouns and w not in table.adjectives and w not in stop_words() and not w.endswith("ly")
        for w in words[1:]
    )


def _present_clause(words: list[str]) -> bool:
    """A verb in -s after its subject: "The timeline matters." (a determiner first), "Testimony
    continues today." (a word follows it); a last plural after no determiner is a noun ("Fine words.")."""
    verbish = [i for i, w in enumerate(words) if i > 0 and w.endswith("s") and not w.endswith(("ss", "us", "is"))]
    return bool(verbish) and (words[0] in _DETERMINERS or verbish[0] < len(words) - 1)
