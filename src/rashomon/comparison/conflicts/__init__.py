"""Conflicts: where the articles disagree, one finding per disagreement with every side.

Checked on pairs of claims from different articles:

1. number   the same quantity of the same thing with figures no wording reconciles (``values``,
            in SI across units); a clock range against a span of time (``spans``); which one
            of a kind ("No. 2 engine" / "engine number 1", ``designations``)
2. date     the same event's day, date, year or clock time (``days``); a weekday written with
            its date fixes the calendar without the year, so a lead's weekday counted back from
            its dateline is a date too (``calendar``)
3. quote    one quotation told with a dropped negation, another figure or a changed key word (``quotes``)
4. actor    the same action with different doers (``events``: "-ed" verbs after a name;
            ``actors``: passives with their agent, clefts, verbs of one meaning)
5. order    the same two events in reverse order, whatever the connective (``order``)
6. name     the place of one act named differently (``places``); a place named with another
            point of the compass (``compass``); one structure with two names ("the Harkness
            Stand" / "the Miller Stand", ``structures``)

and from the resolved entities:

7. role     one person with different offices or ranks, read around every mention (``roles``)
8. name     one person with different first names, beyond a spelling variant

Precision first: values are compared only when the words around them show they are about the
same thing (or each is the one quantity of its unit its article states, in sentences alike once
the figures are left out: ``values.sole_pair``), and a disagreement is dropped when the other
article also states a value that agrees, or when either value's best counterpart in the other
article (by the words close around both, ``counterparts``) agrees with it, or when the two
sentences tell two occasions by their own anchors (another opponent, another street address,
days a week apart: ``occasions``).
Pairwise disagreements on one thing are merged into one finding listing every article that
speaks to it; sides that say the same share a ``group`` ("a1 and a3 say 11; a2 says 9"), and a
side that agrees with two groups (a vague figure) takes no side.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from ...model import Article, Claim, Conflict, Entity, Mention, Value
from ...text.datelines import DATELINE, DATELINE_LINE
from ...text.stems import suffix_stem
from ..align import Alignment
from ..claims.events import told_ahead_in_sentence
from ..clean import machine_translated
from .actors import act_conflicts, act_sides
from .bounds import written_range
from .calendar import dateline_of, pair_of, story_calendar
from .common import Agreeing, Disagreement, Side, event_words, names_apart, word_class
from .compass import compass_findings
from .counterparts import rivals_agree
from .day_acts import dated_acts, told_as_two_acts
from .days import time_findings
from .leads import calendar_sides, lead_findings, lead_time, year_sides
from .events import actor_findings
from .figure_roles import is_part, measured_thing
from .figures import other_dimension
from .heads import head_findings, head_sides
from .merging import dedupe, merge
from .names import entity_conflicts
from .occasions import other_occasions
from .order import claim_orders, order_conflicts, order_sides
from .places import place_conflicts
from .quotes import quote_findings
from .roles import role_conflicts
from .sides import body_quotes, body_sides, lead_sides, third_days, third_quotes, third_sides
from .spans import range_agreements, span_findings
from .designations import designation_findings
from .splits import split_findings, splits
from .structures import structure_findings
from .swapped import swapped_findings
from .values import (
    MEASURES, counted_several_ways, denial_findings, denied, number_findings, numbers_agree,
    part_findings, sole_measures, stated_numbers, tallied, tallied_part, tally_of,
)

__all__ = ["find_conflicts"]

# Claims this similar (relative to the agreement threshold) are compared on their values even
# when they were not aligned: a figure told in a different sentence is still the same figure.
_VALUE_PAIR_FLOOR = 0.6
_MAX_RATIO = 50
# Figure pairs compared per story: real stories compare a few hundred (stories-dev at most
# 1,313); a list of hundreds of figures in each article would cost millions.
MAX_VALUE_PAIRS = 20_000
# Claims this similar (relative to the agreement threshold), naming the same people, tell one
# event when each tells its figure or day with the same verb as done (``values.shared_context``,
# ``days.time_findings``: ``alike``), though few words around the two values are shared.
_TOLD_ALIKE = 0.9
_KIND_ORDER = {"number": 0, "date": 1, "quote": 2, "actor": 3, "order": 4, "role": 5, "name": 6}


def _candidate_pairs(claims: Sequence[Claim], alignment: Alignment) -> list[tuple[Claim, Claim]]:
    sim = alignment.similarity
    floor = _VALUE_PAIR_FLOOR * alignment.threshold
    tally = [bool(c.values) and tallied(c) for c in claims]  # once per claim, not once per pair
    out = []
    for i, a in enumerate(claims):
        if not a.values and not a.quotes:
            continue
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if b.article != a.article and (b.values or b.quotes) and (
                sim[i, j] >= floor or (tally[i] and tally[j]) or (a.quotes and b.quotes)
            ):
                out.append((a, b))
    return out


def _best_matches(claims: Sequence[Claim], similarity: np.ndarray) -> set[tuple[int, int]]:
    """(i, j), both orders, for two claims of two articles each of which is the other's most similar
    claim in its article (the first, on a tie)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(claims):
        by_article[c.article].append(k)
    best: dict[tuple[int, str], int] = {}
    for article, ks in by_article.items():
        top = np.asarray(ks)[np.argmax(similarity[:, ks], axis=1)]
        for i in range(len(claims)):
            if claims[i].article != article:
                best[i, article] = int(top[i])
    return {(i, j) for (i, _), j in best.items() if best.get((j, claims[i].article)) == i}


def _magnitude_word(value: Value) -> bool:
    """A figure told as an order of magnitude in words, no digit, a bounded span at least twice its
    floor ("dozens", "hundreds", "thousands", "tens of thousands")."""
    low, high = value.low, value.high
    return (not any(ch.isdigit() for ch in value.text) and low is not None and high is not None
            and 0 < low and math.isfinite(high) and high >= 2 * low)


def _told_again(v: Value, figure: Value | None) -> bool:
    """``v`` is ``figure`` itself, or ``figure`` told again: the same value, unit and counted noun
    ("cut about 2,300 jobs" in the headline and again in the lead). A headline drops the hedge and
    may read a verb as the counted thing ("$231m drained" / "lost about $231m"): a qualifier or a
    counted noun that only one of the two has differs in nothing either says."""
    if figure is None:
        return False
    return v is figure or (
        v.normalized == figure.normalized and v.unit == figure.unit
        and (v.qualifier == figure.qualifier or not (v.qualifier and figure.qualifier))
        and (suffix_stem(v.counted.lower()) == suffix_stem(figure.counted.lower()) or not (v.counted and figure.counted))
    )


def _other_article_agrees(
    d: Disagreement, numbers: dict[str, list[tuple[Claim, Value]]],
    memo: dict[tuple[str, int, int, str], list[tuple[Claim, Value]]], aligned: set[tuple[str, str]],
) -> bool:
    """Whether the disagreement is no disagreement: either side's article also states a figure
    agreeing with the other side's (the same unit, counted thing and tally, wherever it stands),
    or some article states both figures (so they are two quantities, not two versions of one).
    An agreeing figure counts only when it is plausibly the side's quantity (:func:`_plausibly_same`):
    "a gang of at least three" says nothing of "three paintings"; and an order of magnitude in words
    (:func:`_magnitude_word`) in a side's own article that fits that side's figure as well backs
    neither side ("thousands of riders" beside "about 9,000 riders" against 14,000).

    ``memo`` keeps, per figure and article, the article's figures loosely agreeing with it: a
    story's disagreements share their figures, so each figure is matched against an article once."""
    va = next(v for v in d.a.claim.values if v.start == d.a.start and v.end == d.a.end)
    vb = next(v for v in d.b.claim.values if v.start == d.b.start and v.end == d.b.end)
    a, b = d.a.claim, d.b.claim
    sides = (a.id, b.id)

    def agreeing(claim: Claim, value: Value, article: str, against: Value | None = None) -> list[Value]:
        """The article's figures that may be ``value``'s quantity, read loosely (an open bound fits
        any figure past it), less ``against``, the other side's own figure, and that figure told
        again in its article (:func:`_told_again`): it fits an open bound loosely only where the two
        disagree near the bound ("more than 120" / "around 200")."""
        key = (claim.id, value.start, value.end, article)
        if key not in memo:
            memo[key] = [
                (c, v) for c, v in numbers.get(article, [])
                if _loosely_same(claim, value, c, v) and numbers_agree(value, v, rounded=False, near=False) and not denied(c, v)
                and not _a_part(c, v)
            ]
        return [v for c, v in memo[key] if not _told_again(v, against) and _plausibly_same(claim, value, c, v, sides, aligned)]

    # an order of magnitude in words ("thousands of riders") in one side's own article that fits
    # that side's figure too backs neither: beside "about 9,000 riders" it says nothing for 14,000
    if any(not (_magnitude_word(v) and numbers_agree(v, vb, rounded=False)) for v in agreeing(a, va, b.article, vb)):
        return True
    if any(not (_magnitude_word(v) and numbers_agree(v, va, rounded=False)) for v in agreeing(b, vb, a.article, va)):
        return True
    # the other claim itself states the very figure, counting the same thing ("14.2 billion
    # thalers in deposits ... pulled 2.1 billion thalers" / "took out 2.1 billion thaler")
    if _states_exactly(a, vb) or _states_exactly(b, va):
        return True
    for article in numbers:
        with_a, with_b = agreeing(a, va, article, vb), agreeing(b, vb, article, va)
        # two figures of one article, one agreeing with each side: two quantities, not one
        if any(x is not y and not numbers_agree(x, y) for x in with_a for y in with_b):
            return True
    return False


def _a_part(claim: Claim, v: Value) -> bool:
    """A figure counting part of a group ("two of the dead were workers", "the dead include two
    workers") vouches for no total of the group: "three killed ... two of the dead" agrees with
    no one's "two people died"."""
    return is_part(claim, v) and not tallied_part(claim, v)


def _plausibly_same(
    cx: Claim, x: Value, cy: Claim, y: Value, sides: tuple[str, str], aligned: set[tuple[str, str]]
) -> bool:
    """Whether figure ``y`` of claim ``cy``, loosely agreeing with a side's figure ``x``, is
    plausibly that quantity and not a small number of something else that happens to agree
    ("a gang of at least three" / "three paintings"; "two transfer windows" / "scored just
    twice"): it stands in one of the two sides' claims or in a claim aligned with one, or it
    shares the side's unit ("8 million euros"), the class of its counted noun ("more than 40
    were injured" / "41 injured"), or a word of what happened ("killing two workers" / "killing
    two of them")."""
    if cy.id in sides or any((cy.id, s) in aligned for s in sides):
        return True
    if x.unit and x.unit == y.unit:
        return True
    if x.counted and y.counted and word_class(x.counted) == word_class(y.counted):
        return True
    return bool(event_words(cx, x.start, x.end) & event_words(cy, y.start, y.end))


def _same_people(a: Claim, b: Claim, persons: dict[str, list[tuple[str, Mention]]]) -> bool:
    """Both sentences name the same people, or none: two sentences close in meaning tell one
    event when both tell their values with one verb, but not two people's acts ("Ilse Marrow was
    detained on Friday" / "Tomas Vell was detained on Sunday")."""
    return {e for e, _ in persons.get(a.sentence, ())} == {e for e, _ in persons.get(b.sentence, ())}


def _other_people(a: Claim, b: Claim, persons: dict[str, list[tuple[str, Mention]]]) -> bool:
    """Both sentences name people and none of them the same: two acts of two people, whose days may differ."""
    pa, pb = {e for e, _ in persons.get(a.sentence, ())}, {e for e, _ in persons.get(b.sentence, ())}
    return bool(pa and pb and not pa & pb)


_SUBJECT_REACH = 8  # words between a person's name and the figure or day of what the person did
_NAME_WORD = re.compile(r"\b[A-Z][\w’'-]{2,}")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# A name after a participle and "by", with no comma up to the figure, is the agent of a phrase
# naming the subject ("The motion brought by Mirela Voss won 114 votes"), not who did the act
_AGENT = re.compile(r"\b[a-z]+(?:ed|en|ght|wn)\s+by\s+[^,;]*$")


def _other_doers(
    d: Disagreement, names: dict[str, set[str]], people: dict[str, list[tuple[str, Mention]]], texts: dict[str, str]
) -> bool:
    """Each side's figure or day follows its own person closely, and neither sentence names the
    other's: what two people did ("Garrard completed 28 passes" / "Manning completed his first
    17 passes"; "Smith scored 16 points" / "Jones needed nine points"). For a figure, one side's
    person is enough when the other sentence names people and never that one ("Lawson chipped
    in 16 points" / "the senior needed nine points to pass Ford")."""
    va, vb = _value_of(d.a), _value_of(d.b)
    if va is not None and vb is not None and measured_thing(d.a.claim, va) == measured_thing(d.b.claim, vb) != "":
        return False  # "a 1.5-metre crack" / "the crack measures 40 cm": a thing's size, whoever found it
    da, db = _doers(d.a, names, people, texts[d.a.claim.article]), _doers(d.b, names, people, texts[d.b.claim.article])
    if da & db or (not da and not db):
        return False
    if not da or not db:
        if d.kind != "number":
            return False
        doer, other = (da, d.b) if da else (db, d.a)
        if _pronoun_doer(other):
            return False  # "He has scored four goals": he may be the other's person
        named = {e for e, _ in people.get(other.claim.sentence, ())} | _named(other.claim.text, names)
        return bool(named) and (not doer & named or _only_as_object(other, doer, names))
    return not da & _named(d.b.claim.text, names) and not db & _named(d.a.claim.text, names)


_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# A preposition that makes the name after it another party to the act than its subject, with up
# to four words of the name's own phrase between ("lost to the home favourite Ada Lorne")
_OBJECT_OF = re.compile(r"\b(?:to|against|over|by|with|from)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)


def _only_as_object(side: Side, doer: set[str], names: dict[str, set[str]]) -> bool:
    """A rank or a place (a standing one person holds, unlike a sum or a count both parties to
    an act share) where every word of the doer's name in the side's sentence comes after the
    figure, in the object of a preposition: the standing is the sentence's subject's, another
    person the sentence sets against the doer ("Ferro, ranked 40th, won" / "the world No. 9 lost
    to Ferro")."""
    v = _value_of(side)
    if v is None or v.unit not in ("rank", "place"):
        return False
    claim = side.claim
    after = side.end - claim.start
    hits = [m for m in _NAME_WORD.finditer(claim.text) if doer & names.get(m.group(), set())]
    return bool(hits) and all(m.start() >= after and _OBJECT_OF.search(claim.text[after : m.start()]) for m in hits)


def _pronoun_doer(side: Side) -> bool:
    """A "he" or "she" within a few words before the side's figure: a person not named."""
    before = side.claim.text[: side.start - side.claim.start]
    return bool(_PRONOUN.search(" ".join(before.split()[-_SUBJECT_REACH:])))


def _named(text: str, names: dict[str, set[str]]) -> set[str]:
    return {e for w in _NAME_WORD.findall(text) for e in names.get(w, ())}


def _doers(side: Side, names: dict[str, set[str]], people: dict[str, list[tuple[str, Mention]]], text: str) -> set[str]:
    """The people named within a few words before the side's figure, in its sentence, who are
    not the claim's teller: found by a word of their name (``names``: word -> entities; a
    surname opening the sentence) and by the entities' own mentions (``people``)."""
    claim = side.claim
    before = text[max(0, side.start - 300) : side.start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    offset = side.start - len(before) + (cut[-1] if cut else 0)
    window = text[offset : side.start]
    words = list(re.finditer(r"\S+", window))[-_SUBJECT_REACH - 1 :]
    agent = _AGENT.search(window)  # "the motion brought by Mirela Voss won 114 votes": the motion won them
    agent_from = offset + agent.start() if agent else side.start
    byline = _byline_end(claim)  # "TESMIRA, May 18 (Meridian Wire) -": who wrote it, not who did it
    out: set[str] = set()
    for w in words:
        at = offset + w.start()
        if claim.speaker_start <= at < claim.speaker_end or at >= agent_from or at < byline:
            continue
        m = _NAME_WORD.match(w.group())
        if m and not m.group().isupper():  # "VOLCANO TERROR: 6,000 FLEE": a headline in capitals names no one
            out |= names.get(m.group(), set())
    for entity, mention in people.get(claim.sentence, ()):
        told = max(offset, byline) <= mention.start and mention.end <= agent_from and not claim.speaker_start <= mention.start < claim.speaker_end
        if told and not mention.text.isupper():
            if len(text[mention.end : side.start].split()) <= _SUBJECT_REACH:
                out.add(entity)
    return out


def _byline_end(claim: Claim) -> int:
    """Where the claim's dateline ends ("TESMIRA, May 18 (Meridian Wire) - "), in article offsets;
    the claim's start when it opens with none. The agency a dateline credits did nothing it tells."""
    opening = DATELINE.match(claim.text) or DATELINE_LINE.match(claim.text)
    return claim.start + (opening.end() if opening else 0)


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _loose_money(d: Disagreement) -> bool:
    """Two sums of money in claims not aligned as one proposition, with nothing counted: prices,
    share moves and market values are many different sums in one story ("shares sagged $2.56" /
    "shares dropped $2.49"; "$1,799 for the 15-inch" / "$999 for the 11-inch")."""
    if d.kind != "number" or d.what not in ("the figure", "the amount"):
        return False
    units = {v.unit for v in (_value_of(d.a), _value_of(d.b)) if v is not None}
    return bool(units) and all(_CURRENCY.match(u or "") for u in units)


def _value_of(side: Side) -> Value | None:
    return next((v for v in side.claim.values if v.start == side.start and v.kind == "number"), None)


def _name_words(entities: Sequence[Entity]) -> dict[str, set[str]]:
    """Each capitalised word of a person's name (or an untyped name's) -> the entities it names."""
    out: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.type not in ("PERSON", "OTHER"):
            continue
        for form in {entity.name, *(m.text for m in entity.mentions)}:
            words = _NAME_WORD.findall(form)
            if len(words) >= 2 or entity.type == "PERSON":
                for w in words:
                    out[w].add(entity.id)
    return out


def _states_exactly(claim: Claim, value: Value) -> bool:
    return any(
        v.kind == "number" and v.normalized == value.normalized and v.unit == value.unit and v.counted
        and word_class(v.counted) == word_class(value.counted or "") and not denied(claim, v)
        and not ((written_range(v) or written_range(value)) and (v.low, v.high) != (value.low, value.high))  # "10 to 14" is no "10 to 20"
        for v in claim.values
    )


def _loosely_same(cx: Claim, x: Value, cy: Claim, y: Value) -> bool:
    if x.unit != y.unit or other_dimension(x, y):
        return False  # "20 kilometres" is no count of "more than 140 people"
    kx, ky = word_class(x.counted) if x.counted else "", word_class(y.counted) if y.counted else ""
    # the tallies tell counts of people apart ("31 injured" / "6 in hospital"); a figure of one
    # named thing is that thing whatever verb stands near ("customers pulled 2.1 billion thalers")
    if tally_of(cx, x) != tally_of(cy, y) and not (kx and kx == ky and kx != "people"):
        return False
    try:
        fx, fy = abs(float(x.normalized.split(" ")[0])), abs(float(y.normalized.split(" ")[0]))
    except ValueError:
        return False
    if min(fx, fy) > 0 and max(fx, fy) / min(fx, fy) > _MAX_RATIO:
        return False  # "up to 1.6 billion" says nothing of a limit of 100,000
    if (kx in MEASURES or ky in MEASURES) and kx != ky:
        return False  # "over six months" says nothing of a cap of 28 pupils
    return not (kx and ky and kx != ky and "people" not in (kx, ky))


def _aligned_through(retold: Sequence[Agreeing], aligned: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """A headline's claim paired with every claim its body retelling is aligned with: a third
    article's sentence telling the body's figure tells the headline's ("cutting 1,140 jobs" in
    the headline, "eliminating 1,140 jobs" in the lead, "1140 people" in a third article's lead)."""
    out = set()
    for g in retold:
        for x, y in aligned:
            if x == g.b.claim.id:
                out |= {(g.a.claim.id, y), (y, g.a.claim.id)}
    return out


# --- the stage ------------------------------------------------------------------------------


NAMES_TO_JUDGE = 3


def articles_apart(articles: Sequence[Article], entities: Sequence[Entity]) -> list[tuple[str, str]]:
    """The pairs of articles that each name several people, places or bodies and none in common:
    they tell two events, not one, so their figures and days are not set against each other (two
    disasters' death tolls are no conflict). The articles of one story name at least one thing in
    common; an article that names fewer than :data:`NAMES_TO_JUDGE` is not judged (a two-line
    brief naming only its doer may well disagree about who did it)."""
    named: dict[str, set[str]] = {a.id: set() for a in articles}
    for entity in entities:
        for m in entity.mentions:
            named.setdefault(m.article, set()).add(entity.id)
    ids = [a.id for a in articles]
    return [(x, y) for i, x in enumerate(ids) for y in ids[i + 1 :]
            if min(len(named[x]), len(named[y])) >= NAMES_TO_JUDGE and not named[x] & named[y]]


def find_conflicts(
    claims: Sequence[Claim], alignment: Alignment, entities: Sequence[Entity], articles: Sequence[Article],
    *, capped: list[str] | None = None,
) -> tuple[Conflict, ...]:
    """Conflicts between the articles' claims. Figure pairs past :data:`MAX_VALUE_PAIRS` are not
    compared; each claim pair left out is appended to ``capped`` when given."""
    sources = {a.id: a.id for a in articles}
    texts = {a.id: a.text for a in articles}
    translated = frozenset(a.id for a in articles if machine_translated(a.removed))  # quotations reworded by a machine
    mentions: dict[str, list[tuple[Mention, str]]] = {}
    present: dict[str, set[str]] = {a.id: set() for a in articles}
    named: dict[str, list[tuple[Mention, str]]] = {}  # every named doer, for the acts
    for entity in entities:
        for m in entity.mentions:
            named.setdefault(m.sentence, []).append((m, entity.id))
        if entity.type not in ("PERSON", "ORG", "PLACE"):
            continue
        for m in entity.mentions:
            mentions.setdefault(m.sentence, []).append((m, entity.id))
            present.setdefault(m.article, set()).add(entity.id)
    persons: dict[str, list[tuple[str, Mention]]] = defaultdict(list)  # the people each sentence names
    for entity in entities:
        # a person, or an untyped name of two capitalised words ("Farhad Sarvestani")
        if entity.type == "PERSON" or (entity.type == "OTHER" and re.fullmatch(r"[A-Z][\w’'-]+ [A-Z][\w’'-]+", entity.name)):
            for m in entity.mentions:
                persons[m.sentence].append((entity.id, m))
    doers = _name_words(entities)
    numbers: dict[str, list[tuple[Claim, Value]]] = defaultdict(list)
    for claim in claims:
        numbers[claim.article] += [(claim, v) for v in claim.values if v.kind == "number"]

    several = counted_several_ways(numbers)
    sole = sole_measures(numbers)
    stated = {c.id: stated_numbers(c) for c in claims}  # once per claim, not once per pair
    votes = {c.id: splits(c) for c in claims}
    disagreements: list[Disagreement] = []
    agreements: list[Agreeing] = []
    memo: dict[tuple[str, int, int, str], list[tuple[Claim, Value]]] = {}
    aligned = {(a.id, b.id) for a, b, _ in alignment.pairs} | {(b.id, a.id) for a, b, _ in alignment.pairs}
    budget = MAX_VALUE_PAIRS
    position = {c.id: k for k, c in enumerate(claims)}
    best = _best_matches(claims, alignment.similarity)
    calendar = story_calendar(claims)  # the weekdays the story gives its days, for yearless dates
    for a, b in _candidate_pairs(claims, alignment):
        cost = len(a.values) * len(b.values)
        if cost > budget:
            if capped is not None:
                capped.append(f"figures of {a.id} and {b.id} not compared: the story's budget of "
                              f"{MAX_VALUE_PAIRS:,} figure pairs was spent")
            disagreements += quote_findings(a, b, texts, translated)
            continue
        budget -= cost
        paired = (a.id, b.id) in aligned
        # one proposition for the figures only when also as close as the agreement threshold
        close = paired and alignment.similarity[position[a.id], position[b.id]] >= alignment.threshold
        alike = alignment.similarity[position[a.id], position[b.id]] >= _TOLD_ALIKE * alignment.threshold and _same_people(a, b, persons)
        # ... or each the other's best match: two verbs of one sense may then tell one act
        kindred = alike or ((position[a.id], position[b.id]) in best and _same_people(a, b, persons) and not names_apart(a, b))
        for found in (*number_findings(a, b, close, several, stated, sole, alike, kindred), *denial_findings(a, b), *time_findings(a, b, paired, alike, kindred, bool(persons.get(a.sentence)), calendar)):
            if isinstance(found, Agreeing):
                agreements.append(found)
            elif found.what == "the day" and _other_people(a, b, persons):
                continue  # "Darvand's ambassador ... summoned on Monday" / "Lirenia's ambassador ... on Tuesday"
            elif _other_doers(found, doers, persons, texts):
                continue
            elif other_occasions(found, close):
                continue  # "70 yards on Sunday against Tampa Bay" / "63 yards in the victory over the Falcons"
            elif not paired and _loose_money(found):
                continue
            elif found.kind != "number" or not _other_article_agrees(found, numbers, memo, aligned):
                disagreements.append(found)
        disagreements += quote_findings(a, b, texts, translated)
        disagreements += part_findings(a, b)  # the whole both state is no agreeing figure here
        for found in split_findings(a, b, votes):  # "by five votes to two" / "in a 4-3 decision"
            (agreements if isinstance(found, Agreeing) else disagreements).append(found)  # type: ignore[arg-type]
        disagreements += span_findings(a, b, paired, numbers)  # "from 10pm to 6am" / "for 10 hours"
        agreements += range_agreements(a, b)
    # the lead's day: the main event of every article, when the two leads are on one topic
    index = {c.id: k for k, c in enumerate(claims)}
    leads, datelines = [], {}
    for article in articles:
        own = [c for c in claims if c.article == article.id]
        datelines[article.id] = dateline_of(own, DATELINE, DATELINE_LINE)
        if found := lead_time(own):
            leads.append(found)
    for x, (a, va) in enumerate(leads):
        for b, vb in leads[x + 1 :]:
            if alignment.similarity[index[a.id], index[b.id]] >= _VALUE_PAIR_FLOOR * alignment.threshold:
                for found in lead_findings(a, va, b, vb, datelines[a.article], datelines[b.article]):
                    if isinstance(found, Agreeing):
                        agreements.append(found)
                    elif not other_occasions(found, one_proposition=True):  # two leads of two games: no day of one
                        disagreements.append(found)
    # a weekday written with its date anywhere in an article against another article's lead
    # naming the same weekday: "On Tuesday, 19 March, the rocket lifted off" / a lead's
    # "Tuesday" under the dateline "March 18" (one weekday, two dates: one is wrong)
    lead_of = {a.article: (a, va) for a, va in leads}
    for claim in claims:
        for v in claim.values:
            pair = pair_of(claim, v) if v.kind == "date" else None
            if pair is None or lead_of.get(claim.article, (None,))[0] is claim:
                continue
            opening = DATELINE.match(claim.text) or DATELINE_LINE.match(claim.text)
            if opening and v.start - claim.start < opening.end():
                continue  # "VARNHOLM, Tuesday 9 September —": when the article was written
            # "drivers will strike again on Thursday 20 November": an act to come is not a lead's act told as done
            ahead = told_ahead_in_sentence(claim, v)
            for article, (b, vb) in lead_of.items():
                if vb.kind != "weekday" or vb.normalized != pair[3].normalized or (ahead and not told_ahead_in_sentence(b, vb)):
                    continue
                if article != claim.article and alignment.similarity[index[claim.id], index[b.id]] >= _VALUE_PAIR_FLOOR * alignment.threshold:
                    found = [
                        f for f in lead_findings(claim, v, b, vb, datelines[claim.article], datelines[article], wide=True)
                        if isinstance(f, Disagreement)
                    ]
                    disagreements += found
                    # the other articles' leads telling the lead's event: they may give its day too
                    others = [
                        (z, vz, datelines[z.article]) for z, vz in leads if z.article not in (claim.article, article)
                        and alignment.similarity[index[z.id], index[b.id]] >= alignment.threshold
                    ]
                    for f in found:
                        agreements += calendar_sides(f, (claim, v, datelines[claim.article]), (b, vb, datelines[article]), others)
    for a, b, _score in alignment.pairs:
        disagreements += actor_findings(a, b, mentions, present)
    related = claim_orders(claims)  # read once: the conflicts and their third sides
    disagreements += order_conflicts(related, alignment.similarity, alignment.threshold, index)
    disagreements += act_conflicts(claims, alignment.similarity, alignment.threshold, index, named)
    people = {e.id for e in entities if e.type == "PERSON"}
    places = {e.id for e in entities if e.type == "PLACE"}
    disagreements += place_conflicts(
        claims, alignment.similarity, alignment.threshold, index, named, people, places, story="\n".join(texts.values()),
    )
    disagreements += compass_findings(entities, claims)  # "the Northern Ring" / "the Eastern Ring"
    disagreements += designation_findings(claims, alignment.similarity, _VALUE_PAIR_FLOOR * alignment.threshold, index)  # "No. 2 engine" / "engine number 1"
    disagreements += structure_findings(claims, texts, alignment.similarity, _VALUE_PAIR_FLOOR * alignment.threshold, index)
    heads = list(head_findings(claims, texts, alignment.similarity, _VALUE_PAIR_FLOOR * alignment.threshold, index))  # "the bakery Pellmora" / "Quillvane, a bakery"
    heads += swapped_findings(entities, claims, texts, alignment.similarity, alignment.threshold, index)  # "Kellby Ratings" / "Ostmark Ratings"
    disagreements += heads

    apart = {frozenset(pair) for pair in articles_apart(articles, entities)}
    if apart:
        disagreements = [d for d in disagreements if frozenset((d.a.claim.article, d.b.claim.article)) not in apart]

    retold = body_sides(disagreements, numbers)  # a headline's figure told again in the body
    agreements += third_sides(disagreements, numbers, aligned | _aligned_through(retold, aligned))
    agreements += retold
    agreements += third_days(disagreements, claims)
    agreements += third_quotes(disagreements, claims)
    agreements += head_sides(heads, claims, alignment.similarity, index)  # a third article naming one side's thing and not the other's
    agreements += body_quotes(disagreements, claims)  # a headline's quotation told whole in the body
    agreements += lead_sides(disagreements, agreements, claims, alignment.similarity, _VALUE_PAIR_FLOOR * alignment.threshold, index)
    joined, disagreements = order_sides(disagreements, related, alignment.similarity, alignment.threshold, index)
    agreements += joined
    agreements += act_sides(disagreements, claims, aligned, alignment.similarity, _VALUE_PAIR_FLOOR * alignment.threshold, index, named)
    agreements += year_sides(disagreements, claims, aligned, alignment.similarity, _VALUE_PAIR_FLOOR * alignment.threshold, index)
    acts = dated_acts(claims)  # "ordered the cull on Monday ... began culling on Tuesday" in one article
    disagreements = [d for d in disagreements if d.kind != "date" or not told_as_two_acts(d, acts)]
    # a value told alike by its best counterpart in the other article is no side against a rival value
    rivals = {id(d) for d in rivals_agree(disagreements, claims, lambda x, y: alignment.similarity[index[x.id], index[y.id]] / alignment.threshold)}
    disagreements = [d for d in disagreements if id(d) not in rivals]
    conflicts = dedupe(merge(disagreements, agreements, sources))
    conflicts += entity_conflicts(entities, articles, sources)
    conflicts += role_conflicts(entities, articles, sources)
    conflicts.sort(key=lambda c: (_KIND_ORDER.get(c.kind, 9), min(s.start for s in c.sides)))
    return tuple(conflicts)
