"""Quotations told in one frame with another word in its slot, and an open door told as a shut one.

Two tellings of one statement may share too few words for :func:`quotes.quote_change` to call them
one quotation ("We will respond with restraint" / "We will respond with full force", "greed
dressed up as connoisseurship" / "vanity dressed as scholarship"), yet they keep its frame: a word
of content and the preposition it takes, told alike, and after the preposition another word with
no word of the same meaning on the other side (:func:`quotes.alike`). The preposition's object is
the point the speaker made, and the two tellings fill it differently. A translation fills it with
a word of one meaning ("disguised as connoisseurship" / "dressed up as connoisseurship"). So too
a condition after "until" told otherwise ("until we say so" / "until the mountain is quiet"),
and every one of a thing told as one of them ("every tank" / "the damaged tank").

A speaker who rules nothing out ("we are not ruling anything out", "nothing is ruled out") is
told, in another outlet, refusing flatly ("we will not pay criminals"): one of the two tellings
misquotes the speaker's answer. Only where the two claims name one speaker.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from ...model import Claim
from .quotes import _NOT_CONTENT, _SENTENCE_END, STOP, _content_written, _written_words, alike, quote_words

# Prepositions whose object is the point a verb or a noun is told about ("respond with", "dressed
# as", "wait until"); "of", "to", "in", "on", "at" also open a place, a time or an infinitive.
SLOT_PREPOSITIONS = frozenset({"with", "as", "until", "for", "by", "from", "into", "against", "without", "unless"})


def other_filler(qa: str, qb: str) -> str | None:
    """The two objects told for one preposition of one frame, or None: the opening sentences of
    both tellings hold a preposition told alike after words of one meaning (:func:`quotes.alike`;
    words like "up" between them aside: "dressed up as" / "disguised as"), the words right after
    it differ, and none of the words of content after it in one telling has a word of the same
    meaning after it in the other ("with restraint" / "with full force", "for those who attacked
    police officers" / "for anyone who came to the square")."""
    (sa, wa), (sb, wb) = _opening(qa), _opening(qb)
    ops = difflib.SequenceMatcher(a=sa, b=sb, autojunk=False).get_opcodes()
    for k, (op, _, i2, _, j2) in enumerate(ops[:-1]):
        if op != "equal" or wa[i2 - 1] not in SLOT_PREPOSITIONS or ops[k + 1][0] != "replace":
            continue
        ha = next((n for n in range(i2 - 2, -1, -1) if sa[n] not in STOP), None)
        hb = next((n for n in range(j2 - 2, -1, -1) if sb[n] not in STOP), None)
        if ha is None or hb is None or sa[ha] in _NOT_CONTENT or sb[hb] in _NOT_CONTENT or not alike(wa[ha], wb[hb]):
            continue  # the preposition must hang on one word both tell ("a good day for" / "pays for")
        cx, cy = _object_words(wa[i2:]), _object_words(wb[j2:])
        if cx and cy and not any(alike(x, y) for x in cx for y in cy):
            return f"{wa[i2 - 1]} {cx[0]} / {wb[j2 - 1]} {cy[0]}"
    return None


# Words of an object that name no thing of their own: pronouns ("for those who" / "for anyone who")
# and the words that join a clause to it.
_NO_OBJECT = frozenset({"those", "these", "anyone", "anybody", "everyone", "everybody", "someone", "somebody",
                        "all", "but", "who", "what"})


def _opening(quote: str) -> tuple[list[str], tuple[str, ...]]:
    """The words of a quotation's opening sentence, as compared (:func:`quotes.quote_words`) and as written."""
    first = _SENTENCE_END.split(quote.strip())[0]
    return quote_words(first), _written_words(first)


def _object_words(written: Sequence[str]) -> list[str]:
    """The words of content of an object (:func:`quotes._content_written`), less those that name no thing."""
    return [w for w in _content_written(written) if w not in _NO_OBJECT]


# Conjunctions that put a condition on what the sentence's opening says ("no one should return ...
# until we say so"): the condition is the point, however the words before it are told.
_CONDITIONS = ("until", "unless")
_SAME_OPENING = 2  # words both tellings open with, told alike


def other_condition(qa: str, qb: str) -> str | None:
    """One statement told with another condition, or None: both opening sentences open with the
    same words and put a condition after "until" or "unless", and no word of content of one
    condition has a word of the same meaning in the other ("until we say so" / "until the
    mountain is quiet"; "until we give the order" is the first told in other words)."""
    (sa, wa), (sb, wb) = _opening(qa), _opening(qb)
    if len(sa) <= _SAME_OPENING or sa[:_SAME_OPENING] != sb[:_SAME_OPENING]:
        return None
    for word in _CONDITIONS:
        if word in wa and word in wb:
            cx, cy = _object_words(wa[wa.index(word) + 1 :]), _object_words(wb[wb.index(word) + 1 :])
            if cx and cy and not any(alike(x, y) for x in cx for y in cy):
                return f"{word} {cx[0]} / {word} {cy[0]}"
    return None


_UNIVERSAL = frozenset({"every", "each", "all"})
_MIN_TOLD_AFTER = 2  # words told alike after the noun, one of them of content ("has been inspected")


def every_against_one(qa: str, qb: str) -> str | None:
    """Every one of a thing in one telling, one of them picked out in the other ("until every tank
    has been inspected" / "once the damaged tank has been inspected"), or None: the noun after
    "every", "each" or "all" in one telling stands after "the" and a word of content in the
    other, and the words after it are told alike."""
    for x, y in ((qa, qb), (qb, qa)):
        wx, wy = _written_words(x), _written_words(y)
        sx, sy = quote_words(x), quote_words(y)
        for i in range(1, len(sx)):
            if wx[i - 1] not in _UNIVERSAL or sx[i] in _NOT_CONTENT:
                continue
            for j in range(2, len(sy)):
                if sy[j] != sx[i] or wy[j - 2] != "the" or sy[j - 1] in _NOT_CONTENT or wy[j - 1] in _UNIVERSAL:
                    continue
                n = 0
                while i + 1 + n < len(sx) and j + 1 + n < len(sy) and sx[i + 1 + n] == sy[j + 1 + n]:
                    n += 1
                if n >= _MIN_TOLD_AFTER and any(w not in _NOT_CONTENT for w in sx[i + 1 : i + 1 + n]):
                    return f"{wx[i - 1]} {wx[i]} / the {wy[j - 1]} {wy[j]}"
    return None


# Ruling nothing out: a negated "rule out" whose object is "anything" (or none at all), or "nothing"
# as the thing ruled out, or every option kept open.
_OPEN = re.compile(
    r"\b(?:not|n't|never)\s+(?:be\s+)?rul(?:e|es|ed|ing)\s+(?:anything\s+)?out\b(?!\s+(?:a|an|the|any)\b)"
    r"|\brul(?:e|es|ed|ing)\s+nothing\s+out\b|\bnothing\s+(?:is|has\s+been|will\s+be|can\s+be)\s+ruled\s+out\b"
    r"|\ball\s+options\s+(?:are|remain)\s+(?:open|on\s+the\s+table)\b",
    re.IGNORECASE,
)
# A flat refusal: the speaker's "we will not", "we won't", "we will never" with a verb of acting.
# A quotation may open after its subject, told outside it (the Government "will not pay ...").
_REFUSAL = re.compile(r"(?:\b(?:we|i)\s+|^\s*)(?:(?:will|shall|would)\s+(?:not|never)|won[’']t)\s+([a-z]+)", re.IGNORECASE)
_NOT_ACTS = frozenset({"be", "have", "know", "say", "comment", "speculate", "forget", "rest", "stop", "give"})


def _refuses(quote: str) -> bool:
    return any(m.group(1).lower() not in _NOT_ACTS for m in _REFUSAL.finditer(quote))


def open_against_refusal(qa: str, qb: str) -> bool:
    """One telling has the speaker rule nothing out, the other has them refuse flatly."""
    return bool((_OPEN.search(qa) and _refuses(qb) and not _OPEN.search(qb))
                or (_OPEN.search(qb) and _refuses(qa) and not _OPEN.search(qa)))


def one_speaker(a: Claim, b: Claim) -> bool:
    """Two claims name one speaker: their speakers share a capitalised name word ("Health Minister
    Inés Carballeda" / "Carballeda"); a claim whose speaker was not read is named by its sentence
    outside its quotations ("The Minister of Health, Inés Carballeda, declared ...")."""
    return bool(_names(a) & _names(b))


def no_two_speakers(a: Claim, b: Claim) -> bool:
    """The two claims name no two different speakers: they share a name word, or one of them names
    none ("he said", "the minister said": the article names the speaker elsewhere)."""
    na, nb = _names(a), _names(b)
    return not (na and nb) or bool(na & nb)


def _names(claim: Claim) -> set[str]:
    said = claim.speaker
    if not said:
        said = claim.text
        for quote in claim.quotes:
            said = said.replace(quote, " ")
    return {w for w in re.findall(r"[A-Z][\w’'-]+", said) if len(w) > 2} - _TITLES


# Words of a title or an institution, which two different people share ("Health Minister").
_TITLES = frozenset({"Minister", "Ministry", "President", "Prime", "Health", "Foreign", "Defence", "Defense", "Interior",
                     "Mayor", "Chief", "General", "Secretary", "Director", "Spokesman", "Spokeswoman", "The", "Government",
                     "Parliament", "Congress", "Council", "Police", "State", "National", "Deputy", "Senator", "Judge"})
