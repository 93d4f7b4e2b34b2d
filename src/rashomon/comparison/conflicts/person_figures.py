"""Figures of one person: the term of a prison sentence ("sentenced to six years in prison") and an
age ("a four-year-old girl", "a child of five years"). Two such figures, each the only one of its
kind in its sentence, are one quantity told twice (:func:`~.values.shared_context`); a sentence of
two terms or two ages tells of two people."""

from __future__ import annotations

import re

from ...model import Claim, Value
from ...text.stems import suffix_stem
from ...text.thesaurus import kind_of
from ..entities.names import skeleton
from ..memo import per_record
from ..claims.events import one_act_told
from .common import event_words, word_class
from .figures import DURATION, counted_class
from .quotes import one_quotation_told
from .tallies import sentence_tallies

__all__ = ["ages_of_a_name", "ages_of_one", "ages_with_one_quotation", "one_count_told", "penalty_term"]

# Words that qualify a term before its figure ("at least", "up to", "another")
_QUALIFIED = r"(?:(?:at|least|about|some|up|more|than|nearly|almost|around|over|another)\s+)*$"
# The term of a prison sentence: "sentenced to six years in prison", "was jailed for five years",
# "condemned Tuesday to six years of reclusion", "a three-year prison term".
_TERM_BEFORE = re.compile(
    r"\b(?:sentenc|jail|imprison|condemn|serv)\w*\b(?:\s+[\w’'-]+){0,4}?\s+(?:to|for)\s+"
    + _QUALIFIED, re.IGNORECASE
)
_TERM_AFTER = re.compile(
    r"[-\s]+(?:years?|months?)\b(?:\s+in\s+(?:prison|jail|custody)|\s+behind\s+bars|\s+of\s+(?:prison|jail|imprisonment|reclusion|detention|incarceration)"
    r"|[-\s]+(?:prison|jail)\s+(?:term|sentence))", re.IGNORECASE
)


def _term(claim: Claim, v: Value) -> bool:
    s, e = v.start - claim.start, v.end - claim.start
    return counted_class(v) == DURATION and bool(_TERM_BEFORE.search(claim.text[max(0, s - 60) : s]) or _TERM_AFTER.match(claim.text[e : e + 40]))


def penalty_term(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two prison terms, each the only term its sentence gives ("sentenced to six years in prison" /
    "was jailed for five years"): one sentence's length told twice. A sentence giving two terms
    tells of two convicts or two counts, and names neither as the other's."""
    if not (_term(a, va) and _term(b, vb)):
        return False
    return all(sum(1 for t in c.values if t.kind == "number" and (_term(c, t) or _gapped_term(c, t))) == 1 for c in (a, b))


_GAPPED = re.compile(r"\b(?:for|to)\s+" + _QUALIFIED, re.IGNORECASE)


def _gapped_term(claim: Claim, v: Value) -> bool:
    """A term whose verb a conjunct leaves out: "jailed for five years and his driver for two years"."""
    s = v.start - claim.start
    return counted_class(v) == DURATION and bool(_GAPPED.search(claim.text[max(0, s - 30) : s])) and any(
        t.kind == "number" and t.end <= v.start and _term(claim, t) for t in claim.values
    )


# A person's age told with a common noun for the person: "a four-year-old girl", "a child of five years"
_AGE_OF = re.compile(r"\b([a-z]+)\s+of\s+$")
_AGED_NOUN = re.compile(r"(?:-years?-old|\s+years?\s+old)\s+([a-z]+)\b")
# Nouns for a child: one child told as "girl" in one outlet and "child" in another
_CHILD = frozenset({"child", "girl", "boy", "baby", "toddler", "infant", "son", "daughter", "kid", "pupil"})


@per_record
def _aged_person(claim: Claim, v: Value) -> str:
    """The common noun of the person whose age the figure is ("a four-year-old girl" -> girl, "a
    child of five years" -> child), else "" (a name, "the 55-year-old said", no age)."""
    s, e = v.start - claim.start, v.end - claim.start
    if (m := _AGED_NOUN.match(claim.text, e)) and kind_of(m.group(1)) == "person":
        return m.group(1)
    told = _AGE_OF.search(claim.text[max(0, s - 40) : s])
    if told and kind_of(told.group(1)) == "person" and re.match(r"\s+years?\b(?!\s+(?:ago|of|in|after|before|later|earlier))", claim.text[e : e + 16]):
        return told.group(1)
    return ""


def ages_of_one(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two ages, each the only age its sentence tells, of one kind of person ("a four-year-old girl" /
    "a child of five years"): one person's age told twice, where the sentences share what befell
    them (the caller asks). A sentence of two ages tells of two people; a name is no common noun."""
    pa, pb = _aged_person(a, va), _aged_person(b, vb)
    if not (pa and pb and (word_class(pa) == word_class(pb) or {pa, pb} <= _CHILD)):
        return False
    return all(sum(1 for t in c.values if t.kind == "number" and _aged_person(c, t)) == 1 for c in (a, b))


# A person's age told beside the name: "Paul Renner, 34,", "Renner (34)", "Renner, aged 34", "Renner, a
# 34-year-old", "34-year-old Paul Renner".
_NAME = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
_NAME_BEFORE = re.compile(_NAME + r"(?:,\s*(?:aged\s+|a\s+)?|\s+\(\s*(?:aged\s+)?)$")
_AGE_AFTER_NAMED = re.compile(r"(?:\s*[,)]|[-\s]years?[-\s]old\b\s*[,)]?)")
# "Renner, aged 34 years,", "Renner (34 years)": a translation's age, its figure counting years
_YEARS_AFTER_NAMED = re.compile(r"\s+years?\s*[,)]")
_YEAR_OLD_NAME = re.compile(r"[-\s]years?[-\s]old\s+" + _NAME)
_NOT_A_NAME = frozenset({"The", "A", "An", "On", "In", "At", "By", "But", "And", "He", "She", "They", "It", "Police", "Officers"})


def _aged_name(claim: Claim, v: Value) -> tuple[str, ...]:
    """The words of the name whose age the figure is ("Paul Renner, 34," -> ("Paul", "Renner")), else ()."""
    if v.kind != "number" or v.unit or not (1 <= v.low == v.high <= 110) or v.low != int(v.low):
        return ()
    s, e = v.start - claim.start, v.end - claim.start
    before, after = claim.text[max(0, s - 60) : s], claim.text[e : e + 40]
    years = bool(_YEARS_AFTER_NAMED.match(after))
    if v.counted and not years:
        return ()
    name = ""
    if (m := _NAME_BEFORE.search(before)) and (_AGE_AFTER_NAMED.match(after) or years):
        plain = re.search(r",\s*$", m.group(0)) and not re.search(r"(?:aged|a)\s+$", m.group(0))
        if not plain or re.match(r"\s*,", after):  # "Renner, 34," not "Harwick, 34 people"
            name = m.group(1)
    elif m := _YEAR_OLD_NAME.match(after):
        name = m.group(1)
    words = tuple(w for w in name.split() if w not in _NOT_A_NAME)
    return words


def ages_of_a_name(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two ages of one named person ("Paul Renner, 34," / "Renner (38)"), each the only age of a name
    its sentence tells: one person's age told twice. Names agree on the surname, and on the first name
    when both give one: their first words or the words before the surnames ("Farmer Ulla Brisk" /
    "Ulla Brisk": a capitalised title opens a sentence; "Paul Jakob Renner" / "Paul Renner"). The
    caller asks for a moment both sentences tell: an article written a year on gives the person's age
    then. A name told in two transliterations ("Haloran" / "Halloran") is one name
    (``entities.names.skeleton``)."""
    na, nb = _aged_name(a, va), _aged_name(b, vb)
    if not (na and nb) or skeleton(na[-1]) != skeleton(nb[-1]) or (
        len(na) > 1 and len(nb) > 1 and skeleton(na[0]) != skeleton(nb[0]) and skeleton(na[-2]) != skeleton(nb[-2])
    ):
        return False
    return all(sum(1 for t in c.values if _aged_name(c, t)) == 1 for c in (a, b))


def one_count_told(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Besides ``va`` and ``vb``, the two sentences state one same count of one noun ("Renner, 34, won 154
    votes" / "Renner, aged 38 years, obtained 154 votes"): they tell one moment, so a person's age in
    them is one age told twice. Without such a count (or a shared tally, the caller's other test), an
    age told at the verdict may be two years on from the age told at the crime."""
    def counts(c: Claim, own: Value) -> set[tuple[str, float]]:
        return {(suffix_stem(t.counted), t.low) for t in c.values
                if t is not own and t.kind == "number" and t.counted and not t.unit and t.low is not None and t.low == t.high}
    return bool(counts(a, va) & counts(b, vb))


def ages_with_one_quotation(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two ages of one named person (:func:`ages_of_a_name`) in sentences that give one quotation
    ("Ulla Brisk, 47, said: 'The windows shook'" / "'The windows were shaking,' said Ulla Brisk
    (52)"): the words were said once, so both tell that moment and the age is one age told twice."""
    return ages_of_a_name(a, va, b, vb) and one_quotation_told(a, b)


def ages_told_at_one_moment(a: Claim, va: Value, b: Claim, vb: Value, told_alike: bool = False) -> bool:
    """Two ages of one named person (:func:`ages_of_a_name`) that both sentences tell at one moment,
    so that they are one age told twice: the sentences give one quotation; or they tell one tally
    or one count (:func:`one_count_told`) with a word of the event near both ages; or, ``told_alike``
    (the sentences close in meaning, or each the other's best match, naming the same people), both
    tell one act as done ("Ulla Brisk, 61, found the coins" / "Brisk, 66, found the coins":
    ``claims.events.one_act_told``). An age told at the trial and one told at the crime share none
    of these, and may be two years apart."""
    if ages_with_one_quotation(a, va, b, vb):
        return True
    if not ages_of_a_name(a, va, b, vb):
        return False
    if (sentence_tallies(a) & sentence_tallies(b) or one_count_told(a, va, b, vb)) \
            and event_words(a, va.start, va.end) & event_words(b, vb.start, vb.end):
        return True
    return told_alike and bool(one_act_told(a, va, b, vb))
