"""Stage 1b: a person's name a translation glued onto the body or place before it.

Machine translation drops the word that links an affiliation to a person ("Shenghua Overseas
[spokesman] Hendrick Molnar", "Ministry of Internal Affairs Grigory Antev"), and the tagger reads
one long capitalised name. When the last two words of such a mention are the first name and
surname of a person the story names elsewhere (each the same, a near miss or a transliteration;
a surname of one sound skeleton however far its letters, when the first names agree: "Lorentz
Obri" / "Lorenz Aubry"; or the same first name with a surname the translation turned into a word: "Étienne Baker"),
the mention is cut in two: the body, and the person, whom resolution then compares as any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from ...model import Mention
from ...text.thesaurus import senses
from .lexicon import lexicon
from .mentions import OTHER, PERSON, TaggedMention
from .names import _CONNECTOR_WORDS, ascii_fold, first_names_agree, first_names_sound_alike, is_word, transliterated

__all__ = ["split_glued_names"]

_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)?$")
MIN_GLUED_WORDS = 3  # the body, then first name and surname


def split_glued_names(tagged: Sequence[TaggedMention]) -> list[TaggedMention]:
    """``tagged`` with each mention that ends in a known person's name cut in two."""
    alone = {tm.mention.text for tm in tagged if len(tm.mention.text.split()) == 1}
    people = {_person_key(tm.mention.text) for tm in tagged if len(tm.mention.text.split()) == 2
              and (tm.type == PERSON or tm.type == OTHER and _untyped_person(tm.mention.text, alone))}
    people.discard(None)
    if not people:
        return list(tagged)
    out: list[TaggedMention] = []
    for tm in tagged:
        cut = _cut(tm, people) if tm.type != PERSON else None
        out.extend(cut or (tm,))
    return out


def _untyped_person(text: str, alone: set[str]) -> bool:
    """Two words left untyped that read as a person's name: the first no dictionary word (a first
    name the name lists lack, "Lorenz"), the last written alone elsewhere as a surname is ("Lorenz
    Aubry ... Aubry said")."""
    first, last = text.split()
    return last in alone and not senses(first.lower()) and not is_word(first.lower())


def _person_key(text: str) -> tuple[str, str] | None:
    words = text.split()
    if len(words) != 2 or not all(_NAME_WORD.match(w) and w[:1].isupper() for w in words):
        return None
    return words[0], words[1]


def _cut(tm: TaggedMention, people: set[tuple[str, str]]) -> tuple[TaggedMention, TaggedMention] | None:
    words = tm.mention.text.split()
    if len(words) < MIN_GLUED_WORDS or words[-3].casefold() in _CONNECTOR_WORDS:
        return None
    if len(words[-3].rstrip(".")) <= 1 or lexicon().is_first_name(words[-3]):
        return None  # "W. Mark Felt", "Mary Ann Quinn": a first name or an initial, not a body
    person = _person_key(" ".join(words[-2:]))
    if person is None or not any(_same_person(person, known) for known in people):
        return None
    m = tm.mention
    split_at = m.text.rindex(words[-2], 0, len(m.text) - len(words[-1]))
    body_text = m.text[:split_at].rstrip()
    body = TaggedMention(mention=Mention(article=m.article, sentence=m.sentence, text=body_text, start=m.start,
                                         end=m.start + len(body_text)),
                         type=tm.type, nationality=tm.nationality, before=tm.before)
    name = TaggedMention(mention=Mention(article=m.article, sentence=m.sentence, text=m.text[split_at:],
                                         start=m.start + split_at, end=m.end, title=m.title),
                         type=PERSON)
    return body, name


def _same_person(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """The first names agree or sound alike, and the surnames are one name, a near miss, or an
    English word (a surname a translation turned into a word: "Étienne Baker" for "Étienne
    Boulanger", which resolution then flags)."""
    firsts_agree = first_names_agree(a[0], b[0]) or first_names_sound_alike(a[0], b[0])
    if (firsts_agree or _near(a[0], b[0])) and (_near(a[1], b[1]) or transliterated(a[1], b[1])):
        return True
    if firsts_agree and transliterated(a[1], b[1], loose=True):
        return True  # "Lorentz Obri" / "Lorenz Aubry": a first name that agrees vouches for a looser spelling
    # a surname turned into a word: the first name, itself no word, must carry the match alone
    return is_word(a[1]) and first_names_agree(a[0], b[0]) and not is_word(a[0])


def _near(x: str, y: str) -> bool:
    x, y = ascii_fold(x), ascii_fold(y)
    return min(len(x), len(y)) >= 4 and Levenshtein.distance(x, y) <= (1 if max(len(x), len(y)) <= 6 else 2)
