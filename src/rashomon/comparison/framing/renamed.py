"""People renamed under a shared modifier: one outlet writes "armed criminals" where another writes
"armed gangs", "foreign bankers" where another writes "foreign lenders". The modifier the two share
shows the same referent; the head noun only this outlet writes is its choice of name for it.

Candidates are plural nouns for people (by the thesaurus: the commonest sense a person or a
worker) that no other outlet of the story writes, in the outlet's own voice, scored by the
loaded-word model at least ``RENAMED_CUT``; the word before must be a lower-case content word that
another outlet puts before a different noun for people, workers, a group or an organisation: a
plural ("armed gangs"), or a body named in the singular after a determiner ("the city council" /
"city bosses"; "told police" has no modifier), unless this outlet's noun is a post's title
("football chiefs" / "the football federation": the body's officers, not the body renamed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...model import Article
from ...text.thesaurus import kind_of, lemma_of
from .hits import _Hit
from .loaded import WordScores
from .referents import _roles
from .wording import choice_probability

# The loaded-word model's bar for the noun: low, because the shared modifier shows the plain name
# the outlet passed over (the bar of word choice's contrasts, CONTRAST_CUT, is as low).
RENAMED_CUT = 0.15
# Kinds of the thesaurus that name people or a body of them.
_PEOPLE_KINDS = frozenset({"person", "worker"})
_GROUP_KINDS = frozenset({"group", "organization"})
_BODY_KINDS = _PEOPLE_KINDS | _GROUP_KINDS
_MODIFIER = re.compile(r"([a-z][a-z-]{2,})[ \t]+$")
_STOP = frozenset("the and for with from that this these those their its his her our was were are has have had not "
                  "who whose which many more most some other such than into over all both few several".split())
_NUMBER = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)$")


def _people_plural(word: str) -> bool:
    """A plural whose commonest sense is a person or a worker ("criminals", "bankers")."""
    lemma = lemma_of(word)
    return bool(lemma) and lemma != word and kind_of(word) in _PEOPLE_KINDS


@lru_cache(maxsize=256)
def _after(modifier: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(modifier)}[ \t]+([a-z][a-z-]+)\b")


# A determiner right before the modifier: a body named in the singular takes one ("the city
# council"), so without it the word before the noun is no modifier of it ("told police").
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)[ \t]+$", re.IGNORECASE)


def _renamed_under(modifier: str, noun: str, others: Sequence[Article]) -> list[str]:
    """What other outlets write after ``modifier`` that names people or a body and is not ``noun``."""
    found = []
    for other in others:
        for m in _after(modifier).finditer(other.text):
            head = m.group(1).lower()
            # a plural, written in lower case: a body of people, not a name ("Football Federation")
            lemma = lemma_of(head)
            if lemma in ("", lemma_of(noun)):
                continue
            # a plural for people or a body; or a body named in the singular after a determiner ("the
            # city council" / "city bosses"), unless the noun is a post's title ("football federation"
            # / "football chiefs": the body's officers, named by their post, not the body renamed)
            if (lemma != head and kind_of(head) in _BODY_KINDS) or (
                    lemma == head and kind_of(head) in _GROUP_KINDS and lemma_of(noun) not in _roles()
                    and _DETERMINER.search(other.text, max(0, m.start() - 8), m.start())):
                found.append(f"{other.id} writes '{m.group().strip()}'")
                break
    return found


def renamed_people_hits(article: Article, articles: Sequence[Article], scores: WordScores, model: dict,
                        elsewhere: set[str]) -> list[_Hit]:
    """Nouns for people this outlet alone writes after a modifier another outlet puts before another name."""
    others = [a for a in articles if a.id != article.id]
    hits = []
    for i, m in enumerate(scores.tokens):
        noun = m.group().lower()
        if noun in elsewhere or not m.group().islower() or not _people_plural(noun):
            continue
        before = _MODIFIER.search(article.text[max(0, m.start() - 30) : m.start()])
        if not before or before.group(1) in _STOP or _NUMBER.match(before.group(1)):
            continue
        p = choice_probability(scores, i, model)
        if p < RENAMED_CUT:
            continue
        said = _renamed_under(before.group(1), noun, others)
        if said:
            note = (f"label for people ({p:.2f}): '{before.group(1)} {noun}', where " + "; ".join(said)
                    + ": the same people under another name")
            hits.append(_Hit(kind="naming", start=m.start(), end=m.end(), note=note, rank=999))
    return hits
