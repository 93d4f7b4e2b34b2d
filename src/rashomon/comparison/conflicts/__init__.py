"""Conflicts: where the articles disagree, one finding per disagreement with every side.

Checked on pairs of claims from different articles:

1. number   the same quantity of the same thing with figures no wording reconciles (``values``,
            in SI across units); a clock range against a span of time (``spans``)
2. date     the same event's day, date, year or clock time (``days``); a weekday written with
            its date fixes the calendar without the year, so a lead's weekday counted back from
            its dateline is a date too (``calendar``)
3. quote    one quotation told with a dropped negation, another figure or a changed key word (``quotes``)
4. actor    the same action with different doers (``events``: "-ed" verbs after a name;
            ``actors``: passives with their agent, clefts, verbs of one meaning)
5. order    the same two events in reverse order, whatever the connective (``order``)
6. name     the place of one act named differently (``places``); a place named with another
            point of the compass (``compass``)

and from the resolved entities:

7. role     one person with different offices or ranks, read around every mention (``roles``)
8. name     one person with different first names, beyond a spelling variant

Precision first: values are compared only when the words around them show they are about the
same thing, and a disagreement is dropped when the other article also states a value that
agrees. Pairwise disagreements on one thing are merged into one finding listing every article
that speaks to it; sides that say the same share a ``group`` ("a1 and a3 say 11; a2 says 9"),
and a side that agrees with two groups (a vague figure) takes no side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ...model import Article, Claim, Conflict, ConflictSide, Entity, Mention, Value
from ..align import Alignment
from ..entities import name_disagreements
from .actors import act_conflicts, act_sides
from .calendar import dateline_of, pair_of
from .common import Agreeing, Disagreement, Side, edit_distance as _edits, fold as _fold, is_headline, word_class
from .events import actor_findings
from .order import order_conflicts, order_sides
from .places import place_conflicts
from .quotes import quote_findings
from .roles import role_conflicts
from ...text.datelines import DATELINE, DATELINE_LINE
from .days import calendar_sides, lead_findings, lead_time, time_findings, year_sides
from .spans import range_agreements, span_findings
from .compass import compass_findings
from .sides import third_days, third_quotes, third_sides
from .values import MEASURES, counted_several_ways, denial_findings, denied, number_findings, numbers_agree, part_findings, tallied, tally_of
from .values import other_dimension
from .splits import split_findings

__all__ = ["find_conflicts"]

# Claims this similar (relative to the agreement threshold) are compared on their values even
# when they were not aligned: a figure told in a different sentence is still the same figure.
_VALUE_PAIR_FLOOR = 0.6
_MAX_RATIO = 50
# Figure pairs compared per story: real stories compare a few hundred (stories-dev at most
# 1,313); a list of hundreds of figures in each article would cost millions.
MAX_VALUE_PAIRS = 20_000
_KIND_ORDER = {"number": 0, "date": 1, "quote": 2, "actor": 3, "order": 4, "role": 5, "name": 6}


def _candidate_pairs(claims: Sequence[Claim], alignment: Alignment) -> list[tuple[Claim, Claim]]:
    sim = alignment.similarity
    floor = _VALUE_PAIR_FLOOR * alignment.threshold
    out = []
    for i, a in enumerate(claims):
        if not a.values and not a.quotes:
            continue
        tally_a = tallied(a)
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if b.article != a.article and (b.values or b.quotes) and (
                sim[i, j] >= floor or (tally_a and tallied(b)) or (a.quotes and b.quotes)
            ):
                out.append((a, b))
    return out


def _other_article_agrees(
    d: Disagreement, numbers: dict[str, list[tuple[Claim, Value]]], memo: dict[tuple[str, int, int, str], list[Value]]
) -> bool:
    """Whether the disagreement is no disagreement: either side's article also states a figure
    agreeing with the other side's (the same unit, counted thing and tally, wherever it stands),
    or some article states both figures (so they are two quantities, not two versions of one).

    ``memo`` keeps, per figure and article, the article's figures agreeing with it: a story's
    disagreements share their figures, so each figure is matched against an article once."""
    va = next(v for v in d.a.claim.values if v.start == d.a.start and v.end == d.a.end)
    vb = next(v for v in d.b.claim.values if v.start == d.b.start and v.end == d.b.end)
    a, b = d.a.claim, d.b.claim

    def agreeing(claim: Claim, value: Value, article: str) -> list[Value]:
        key = (claim.id, value.start, value.end, article)
        if key not in memo:
            memo[key] = [
                v for c, v in numbers.get(article, [])
                if _loosely_same(claim, value, c, v) and numbers_agree(value, v) and not denied(c, v)
            ]
        return memo[key]

    if agreeing(a, va, b.article) or agreeing(b, vb, a.article):
        return True
    # the other claim itself states the very figure, counting the same thing ("14.2 billion
    # thalers in deposits ... pulled 2.1 billion thalers" / "took out 2.1 billion thaler")
    if _states_exactly(a, vb) or _states_exactly(b, va):
        return True
    for article in numbers:
        with_a, with_b = agreeing(a, va, article), agreeing(b, vb, article)
        # two figures of one article, one agreeing with each side: two quantities, not one
        if any(x is not y and not numbers_agree(x, y) for x in with_a for y in with_b):
            return True
    return False


def _other_people(a: Claim, b: Claim, persons: dict[str, list[tuple[str, Mention]]]) -> bool:
    """Both sentences name people and none of them the same: two acts of two people, whose days may differ."""
    pa, pb = {e for e, _ in persons.get(a.sentence, ())}, {e for e, _ in persons.get(b.sentence, ())}
    return bool(pa and pb and not pa & pb)


_SUBJECT_REACH = 8  # words between a person's name and the figure or day of what the person did
_NAME_WORD = re.compile(r"\b[A-Z][\w’'-]{2,}")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")


def _other_doers(
    d: Disagreement, names: dict[str, set[str]], people: dict[str, list[tuple[str, Mention]]], texts: dict[str, str]
) -> bool:
    """Each side's figure or day follows its own person closely, and neither sentence names the
    other's: what two people did ("Garrard completed 28 passes" / "Manning completed his first
    17 passes"; "Smith scored 16 points" / "Jones needed nine points"). For a figure, one side's
    person is enough when the other sentence names people and never that one ("Lawson chipped
    in 16 points" / "the senior needed nine points to pass Ford")."""
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
        return bool(named) and not doer & named
    return not da & _named(d.b.claim.text, names) and not db & _named(d.a.claim.text, names)


_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


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
    out: set[str] = set()
    for w in words:
        at = offset + w.start()
        if claim.speaker_start <= at < claim.speaker_end:
            continue
        m = _NAME_WORD.match(w.group())
        if m:
            out |= names.get(m.group(), set())
    for entity, mention in people.get(claim.sentence, ()):
        if offset <= mention.start and mention.end <= side.start and not claim.speaker_start <= mention.start < claim.speaker_end:
            if len(text[mention.end : side.start].split()) <= _SUBJECT_REACH:
                out.add(entity)
    return out


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _loose_money(d: Disagreement) -> bool:
    """Two sums of money in claims not aligned as one proposition, with nothing counted: prices,
    share moves and market values are many different sums in one story ("shares sagged $2.56" /
    "shares dropped $2.49"; "$1,799 for the 15-inch" / "$999 for the 11-inch")."""
    if d.kind != "number" or d.what != "the figure":
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


class _Union:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, int, int], tuple[str, int, int]] = {}

    def find(self, x: tuple[str, int, int]) -> tuple[str, int, int]:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: tuple[str, int, int], b: tuple[str, int, int]) -> None:
        self.parent[self.find(a)] = self.find(b)


def _figures_fit(x: Side, y: Side) -> bool:
    """Whether two sides' figures can be one figure ("more than four" / "four and a half")."""
    vx, vy = x.stated(("number",)), y.stated(("number",))
    return vx is not None and vy is not None and numbers_agree(vx, vy)


def _figures_differ(x: Side, y: Side) -> bool:
    """Whether two sides' figures are known and cannot be one figure."""
    vx, vy = x.stated(("number",)), y.stated(("number",))
    return vx is not None and vy is not None and not numbers_agree(vx, vy)


def merge(disagreements: Sequence[Disagreement], agreements: Sequence[Agreeing], sources: dict[str, str]) -> list[Conflict]:
    """Pairwise findings into one Conflict per disagreement, every article's side, agreeing sides grouped."""
    out: list[Conflict] = []
    by_kind: dict[str, list[Disagreement]] = defaultdict(list)
    for d in disagreements:
        by_kind[d.kind].append(d)
    for kind, found in by_kind.items():
        sides: dict[tuple[str, int, int], Side] = {}
        weight: dict[tuple[str, int, int], int] = defaultdict(int)
        for d in found:
            sides[d.a.key], sides[d.b.key] = d.a, d.b
            weight[d.a.key] += 1
            weight[d.b.key] += 1
        agree = _Union()
        agreeing = {(g.a.key, g.b.key) for g in agreements}
        for g in agreements:
            agree.join(g.a.key, g.b.key)
            if g.a.key in sides or g.b.key in sides:
                for s in (g.a, g.b):
                    sides.setdefault(s.key, s)
        # Each component is told around its core, the first disagreement found in it: only sides
        # with a finding of their own against a side of the core join, so one misread figure
        # cannot chain two different counts into one conflict.
        neighbours: dict[tuple[str, int, int], set[tuple[str, int, int]]] = defaultdict(set)
        for x, y in [(d.a.key, d.b.key) for d in found] + [(g.a.key, g.b.key) for g in agreements]:
            neighbours[x].add(y)
            neighbours[y].add(x)
        told: set[tuple[str, int, int]] = set()
        for core in found:
            if core.a.key in told and core.b.key in told:
                continue  # already a side of a conflict told around an earlier core
            what = core.what
            keys = {core.a.key, core.b.key} | neighbours[core.a.key] | neighbours[core.b.key]
            told |= keys
            members = [sides[k] for k in keys if k in sides]
            # one side per article: the one with the most disagreements, a sentence before a headline
            chosen: dict[str, Side] = {}
            for side in sorted(members, key=lambda s: (-weight[s.key], is_headline(s.claim), s.start)):
                chosen.setdefault(side.claim.article, side)
            if len(chosen) < 2:
                continue
            reps = sorted(chosen.values(), key=lambda s: s.claim.article)

            def alike(x: Side, y: Side) -> bool:
                if kind == "number" and _figures_differ(x, y):
                    return False  # "four months" / "more than four years": one digit, two figures
                return x.normalized == y.normalized or (x.key, y.key) in agreeing or (y.key, x.key) in agreeing

            # a side joins a group only when it agrees with every member: "more than two
            # hundred" agrees with 212 and with "more than 500" but makes them no group
            groups: list[list[Side]] = []
            for side in sorted(reps, key=lambda s: (s.key not in (core.a.key, core.b.key), s.claim.article)):
                fits = [g for g in groups if all(alike(side, m) for m in g)]
                if len(fits) == 1 and kind == "number" and any(_figures_fit(side, m) for g in groups if g is not fits[0] for m in g):
                    continue  # "more than four years" fits "four" and "four and a half": no side
                if len(fits) == 1:
                    fits[0].append(side)
                elif not fits and not any(alike(side, m) for g in groups for m in g):
                    groups.append([side])
                # a side alike with members of two groups, or with only some of one, takes no side
            groups.sort(key=lambda g: min(s.claim.article for s in g))
            for g in groups:
                g.sort(key=lambda s: s.claim.article)
            if len(groups) < 2:
                continue
            out.append(_conflict(kind, what, groups, sources))
    return out


def _conflict(kind: str, what: str, groups: list[list[Side]], sources: dict[str, str]) -> Conflict:
    told = "; ".join(
        " and ".join(sources.get(s.claim.article, s.claim.article) for s in group)
        + (" say " if len(group) > 1 else " says ") + f"“{group[0].value}”"
        for group in groups
    )
    sides = tuple(side.to_side(n) for n, group in enumerate(groups) for side in group)
    return Conflict(kind=kind, explanation=f"{what}: {told}", sides=sides)


# --- role and name, from the resolved entities ------------------------------------------------


def _spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one first name ("Dušan" / "Dushan", "Hendrik" / "Henrik", "Corin" /
    "Colin"): the same after folding accents, or one or two letters apart with the same initial.
    A wrong first name is then a garbled form (flagged on the entity), not a conflict."""
    fa, fb = _fold(a.split()[0]), _fold(b.split()[0])
    return fa == fb or (fa[:1] == fb[:1] and _edits(fa, fb) <= 2)


# "Deputy Luis Gerardo (Jerry) Ortiz", 'Robert "Bob" Kane': the name a person goes by, told after the first names
_NICKNAME = re.compile(r"\s*[(\"“‘']\s*([A-Z][\w’'-]+)\s*[)\"”’']")


def _goes_by(mention: Mention, other: Mention, texts: dict[str, str]) -> bool:
    """The mention's first names are followed by a nickname in brackets or quotes that is the
    other mention's first name: one name told fully and in part, no second name."""
    m = _NICKNAME.match(texts.get(mention.article, ""), mention.end)
    return bool(m and other.text.split() and _fold(m.group(1)) == _fold(other.text.split()[0]))


def entity_conflicts(entities: Sequence[Entity], articles: Sequence[Article], sources: dict[str, str]) -> Iterable[Conflict]:
    sentence_text = {s.id: s.text for a in articles for s in a.sentences}
    texts = {a.id: a.text for a in articles}
    owner = {(m.article, m.start): e.id for e in entities for m in e.mentions}
    for kind, finder, what in (("name", name_disagreements, "the name"),):
        pairs: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
        for ma, mb in finder(entities):
            va, vb = ma.text, mb.text
            if _spelling_variant(va, vb) or _goes_by(ma, mb, texts) or _goes_by(mb, ma, texts):
                continue
            entity = owner.get((ma.article, ma.start), ma.text)
            pairs[entity] += [(ma, va), (mb, vb)]
        for entity, mentions in pairs.items():
            chosen: dict[str, tuple[Mention, str]] = {}
            for m, v in mentions:
                chosen.setdefault(m.article, (m, v))
            groups: list[list[tuple[Mention, str]]] = []
            for m, v in sorted(chosen.values(), key=lambda x: x[0].article):
                for group in groups:
                    same = _fold(group[0][1]) == _fold(v)
                    if same:
                        group.append((m, v))
                        break
                else:
                    groups.append([(m, v)])
            if len(groups) < 2:
                continue
            told = "; ".join(
                " and ".join(sources.get(m.article, m.article) for m, _ in group)
                + (" say " if len(group) > 1 else " says ") + f"“{group[0][1]}”"
                for group in groups
            )
            yield Conflict(
                kind=kind,
                explanation=f"{what}: {told}",
                sides=tuple(
                    ConflictSide(
                        article=m.article, sentence=m.sentence, text=sentence_text.get(m.sentence, ""), value=v,
                        start=m.start, end=m.end, normalized=_fold(v), group=n,
                    )
                    for n, group in enumerate(groups) for m, v in group
                ),
            )


def _dedupe(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """One finding per disagreement: the same values in the same articles are told once."""
    seen, out = set(), []
    for c in conflicts:
        key = (c.kind, frozenset((s.article, s.group, s.normalized or s.value.lower()) for s in c.sides))
        if key not in seen:
            seen.add(key)
            out.append(c)

    def span(c: Conflict) -> int:
        return sum(s.end - s.start for s in c.sides)

    def inside(small: Conflict, big: Conflict) -> bool:
        """Every side of ``small`` lies within a side of ``big`` (the calendar's "April 13 …
        Saturday" holds the plain "Saturday"): the same disagreement, told once, the fuller way."""
        return small.kind == big.kind and span(big) > span(small) and all(
            any(t.article == s.article and t.start <= s.start and s.end <= t.end for t in big.sides) for s in small.sides
        )

    kept = [c for c in out if not any(inside(c, other) for other in out if other is not c)]
    return _absorb(kept)


def _absorb(conflicts: list[Conflict]) -> list[Conflict]:
    """A finding two of whose sides, in different groups, lie inside a fuller finding of the same
    kind is the same disagreement told with more articles ("a1 and a3 say Saturday; a4 says
    Sunday" beside "a1: April 13 … Saturday; a4: Sunday, 12 April"): its other articles' sides
    join the fuller finding's group that their own group's inner side is in, and it is told once."""
    out = list(conflicts)
    for small in sorted(conflicts, key=lambda c: sum(s.end - s.start for s in c.sides)):
        for k, big in enumerate(out):
            if big is small or big.kind != small.kind or small not in out:
                continue
            home = {}  # small's group -> big's group, through a side lying inside one of big's
            for s in small.sides:
                t = next((t for t in big.sides if t.article == s.article and t.start <= s.start and s.end <= t.end), None)
                if t is not None:
                    home.setdefault(s.group, t.group)
            if len(home) < 2 or len(set(home.values())) < 2:
                continue
            present = {t.article for t in big.sides}
            extra = [
                ConflictSide(article=s.article, sentence=s.sentence, text=s.text, value=s.value, start=s.start, end=s.end,
                             normalized=s.normalized, group=home[s.group])
                for s in small.sides if s.article not in present and s.group in home
            ]
            sides = tuple(sorted(big.sides + tuple(extra), key=lambda s: (s.group, s.article)))
            out[k] = Conflict(kind=big.kind, explanation=_told(big.explanation, sides), sides=sides)
            out.remove(small)
            break
    return out


def _told(explanation: str, sides: tuple[ConflictSide, ...]) -> str:
    what = explanation.split(": ", 1)[0]
    groups: dict[int, list[ConflictSide]] = defaultdict(list)
    for s in sides:
        groups[s.group].append(s)
    return f"{what}: " + "; ".join(
        " and ".join(s.article for s in g) + (" say " if len(g) > 1 else " says ") + f"“{g[0].value}”"
        for _, g in sorted(groups.items())
    )


# --- the stage ------------------------------------------------------------------------------


def find_conflicts(
    claims: Sequence[Claim], alignment: Alignment, entities: Sequence[Entity], articles: Sequence[Article],
    *, capped: list[str] | None = None,
) -> tuple[Conflict, ...]:
    """Conflicts between the articles' claims. Figure pairs past :data:`MAX_VALUE_PAIRS` are not
    compared; each claim pair left out is appended to ``capped`` when given."""
    sources = {a.id: a.id for a in articles}
    texts = {a.id: a.text for a in articles}
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
    disagreements: list[Disagreement] = []
    agreements: list[Agreeing] = []
    memo: dict[tuple[str, int, int, str], list[Value]] = {}
    aligned = {(a.id, b.id) for a, b, _ in alignment.pairs} | {(b.id, a.id) for a, b, _ in alignment.pairs}
    budget = MAX_VALUE_PAIRS
    position = {c.id: k for k, c in enumerate(claims)}
    for a, b in _candidate_pairs(claims, alignment):
        cost = len(a.values) * len(b.values)
        if cost > budget:
            if capped is not None:
                capped.append(f"figures of {a.id} and {b.id} not compared: the story's budget of "
                              f"{MAX_VALUE_PAIRS:,} figure pairs was spent")
            disagreements += quote_findings(a, b)
            continue
        budget -= cost
        paired = (a.id, b.id) in aligned
        # one proposition for the figures only when also as close as the agreement threshold
        close = paired and alignment.similarity[position[a.id], position[b.id]] >= alignment.threshold
        for found in (*number_findings(a, b, close, several), *denial_findings(a, b), *time_findings(a, b, paired)):
            if isinstance(found, Agreeing):
                agreements.append(found)
            elif found.what == "the day" and _other_people(a, b, persons):
                continue  # "Darvand's ambassador ... summoned on Monday" / "Lirenia's ambassador ... on Tuesday"
            elif _other_doers(found, doers, persons, texts):
                continue
            elif not paired and _loose_money(found):
                continue
            elif found.kind != "number" or not _other_article_agrees(found, numbers, memo):
                disagreements.append(found)
        disagreements += quote_findings(a, b)
        disagreements += part_findings(a, b)  # the whole both state is no agreeing figure here
        for found in split_findings(a, b):  # "by five votes to two" / "in a 4-3 decision"
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
                    (agreements if isinstance(found, Agreeing) else disagreements).append(found)  # type: ignore[arg-type]
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
            for article, (b, vb) in lead_of.items():
                if vb.kind != "weekday" or vb.normalized != pair[3].normalized:
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
    disagreements += order_conflicts(claims, alignment.similarity, alignment.threshold, index)
    disagreements += act_conflicts(claims, alignment.similarity, alignment.threshold, index, named)
    people = {e.id for e in entities if e.type == "PERSON"}
    places = {e.id for e in entities if e.type == "PLACE"}
    disagreements += place_conflicts(claims, alignment.similarity, alignment.threshold, index, named, people, places)
    disagreements += compass_findings(entities, claims)  # "the Northern Ring" / "the Eastern Ring"

    agreements += third_sides(disagreements, numbers, aligned)
    agreements += third_days(disagreements, claims)
    agreements += third_quotes(disagreements, claims)
    agreements += order_sides(disagreements, claims, alignment.similarity, alignment.threshold, index)
    agreements += act_sides(disagreements, claims, aligned, alignment.similarity, _VALUE_PAIR_FLOOR * alignment.threshold, index, named)
    agreements += year_sides(disagreements, claims, aligned, alignment.similarity, _VALUE_PAIR_FLOOR * alignment.threshold, index)
    conflicts = _dedupe(merge(disagreements, agreements, sources))
    conflicts += entity_conflicts(entities, articles, sources)
    conflicts += role_conflicts(entities, articles, sources)
    conflicts.sort(key=lambda c: (_KIND_ORDER.get(c.kind, 9), min(s.start for s in c.sides)))
    return tuple(conflicts)
