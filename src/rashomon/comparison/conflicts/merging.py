"""Pairwise findings into conflicts: one :class:`~rashomon.model.Conflict` per disagreement,
every article's side, the sides that say the same grouped (:func:`merge`), and each
disagreement told once however many checks found it (:func:`dedupe`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ...model import Conflict, ConflictSide
from ...text.lists import plain_list
from ..claims import parse_number
from .common import Agreeing, Disagreement, Side, is_headline
from .frames import doers_alike, fold
from .values import numbers_agree

__all__ = ["merge", "dedupe"]



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


def _resolved(side: Side) -> bool:
    """Whether an actor side stands for a resolved entity: its normalized value is then the
    entity's, not its own words folded. Two named bodies sharing a word ("the Transport Ministry" /
    "the Interior Ministry") are two actors."""
    return side.normalized != fold(side.value)


def _content_order(d: Disagreement) -> tuple:
    """A finding's place by what its two sides say and where, never by which article was given
    first; of two findings on words starting at one place, the one whose sides span more ("the
    Norrvik terminal" over "Norrvik")."""
    return tuple(sorted((s.claim.text, s.start, s.start - s.end, s.value, s.normalized) for s in (d.a, d.b)))


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
        # Each component is told around its core, its first disagreement in content order (never
        # the first found: findings come in the order the articles were given): only sides
        # with a finding of their own against a side of the core join, so one misread figure
        # cannot chain two different counts into one conflict.
        neighbours: dict[tuple[str, int, int], set[tuple[str, int, int]]] = defaultdict(set)
        for x, y in [(d.a.key, d.b.key) for d in found] + [(g.a.key, g.b.key) for g in agreements]:
            neighbours[x].add(y)
            neighbours[y].add(x)
        agreed: dict[tuple[str, int, int], set[tuple[str, int, int]]] = defaultdict(set)
        for g in agreements:
            agreed[g.a.key].add(g.b.key)
            agreed[g.b.key].add(g.a.key)
        told: set[tuple[str, int, int]] = set()
        for core in sorted(found, key=_content_order):
            if core.a.key in told and core.b.key in told:
                continue  # already a side of a conflict told around an earlier core
            what = core.what
            keys = {core.a.key, core.b.key} | neighbours[core.a.key] | neighbours[core.b.key]
            told |= keys
            members = [sides[k] for k in keys if k in sides]
            # one side per article: a sentence before a headline, then the one with the most disagreements
            chosen: dict[str, Side] = {}
            for side in sorted(members, key=lambda s: (is_headline(s.claim), -weight[s.key], s.start)):
                chosen.setdefault(side.claim.article, side)
            # an article left out that agrees with a side found beside the core ("a1 and a4 say
            # 1,200; a3 says 2,000", a2's 1,200 agreeing with a4's): it may join that side's group
            # only, never start one, so no chain of agreements adds a side of its own
            joining = {k for k in keys - {core.a.key, core.b.key} for k in agreed[k]} - keys
            second = {}
            for side in sorted((sides[k] for k in joining if k in sides), key=lambda s: (is_headline(s.claim), s.start)):
                if side.claim.article not in chosen:
                    second.setdefault(side.claim.article, side)
            chosen.update(second)
            late = {s.key for s in second.values()}
            if len(chosen) < 2:
                continue
            reps = sorted(chosen.values(), key=lambda s: s.claim.article)

            def alike(x: Side, y: Side) -> bool:
                if kind == "number" and _figures_differ(x, y):
                    return False  # "four months" / "more than four years": one digit, two figures
                if x.normalized == y.normalized or (x.key, y.key) in agreeing or (y.key, x.key) in agreeing:
                    return True
                # two doers no entity resolved, told alike ("Army engineers" / "Military engineers")
                return kind == "actor" and not (_resolved(x) or _resolved(y)) and doers_alike(x.value, y.value)

            # a side joins a group only when it agrees with every member: "more than two
            # hundred" agrees with 212 and with "more than 500" but makes them no group. The core's
            # sides come first, then the sides with the most findings, then by content (not by
            # article: its number is where the user listed it)
            groups: list[list[Side]] = []
            for side in sorted(reps, key=lambda s: (s.key not in (core.a.key, core.b.key), -weight[s.key], s.claim.text, s.start, s.end)):
                fits = [g for g in groups if all(alike(side, m) for m in g)]
                if side.key in late and len(fits) != 1:
                    continue
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


_INTERVAL = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")


def _quoted(value: str, normalized: str) -> str:
    """A side's words in quotes, and the days a span stands for ("“the first half of 2026”
    (2026-01-01 to 2026-06-30)")."""
    m = _INTERVAL.fullmatch(normalized)
    return f"“{value}”" + (f" ({m.group(1)} to {m.group(2)})" if m else "")


def _conflict(kind: str, what: str, groups: list[list[Side]], sources: dict[str, str]) -> Conflict:
    # two figures whose words read the same ("14" / "14": 14% against 14 points) are told with
    # their readings, so that the reader sees what differs (an order's or a day's reading is internal)
    shown = [" ".join(g[0].value.lower().split()) for g in groups]
    same = {v for v in shown if shown.count(v) > 1}
    told = "; ".join(
        _group_told([(sources.get(s.claim.article, s.claim.article), s.value, s.normalized) for s in group])
        + (f" ({group[0].normalized})" if kind == "number" and words in same and group[0].normalized else "")
        for group, words in zip(groups, shown)
    )
    sides = tuple(side.to_side(n) for n, group in enumerate(groups) for side in group)
    return Conflict(kind=kind, explanation=f"{what}: {told}", sides=sides)


def _group_told(sides: Sequence[tuple[str, str, str]]) -> str:
    """One group of a conflict told from its sides ``(article, value, normalized)``: "a1 and a3
    say “X”". Values that fit one group yet differ ("about 1,200", "about 1,300") are each told
    with the articles that wrote them ("a1 says “about 1,200”, a3 says “about 1,300”"); one
    figure spelt two ways ("Fourteen", "14") is one value, quoted as most wrote it, the other
    spelling after it with its articles (as the digest tells a conflict)."""
    readings: dict[object, list[tuple[str, str, str]]] = {}
    for article, value, normalized in sides:
        written = " ".join(value.split())
        number = parse_number(written)
        key = (normalized, number) if number is not None else written.casefold()
        readings.setdefault(key, []).append((article, written, normalized))
    parts = []
    for held in readings.values():
        forms = list(dict.fromkeys(written for _, written, _ in held))
        chosen = max(forms, key=lambda form: (sum(w == form for _, w, _ in held), -forms.index(form)))
        others = "; ".join(
            f"{plain_list(dict.fromkeys(a for a, w, _ in held if w == form))}: “{form}”"
            for form in forms if form.casefold() != chosen.casefold()
        )
        articles = list(dict.fromkeys(a for a, _, _ in held))
        normalized = next(n for _, w, n in held if w == chosen)
        parts.append(plain_list(articles) + (" say " if len(articles) > 1 else " says ") + _quoted(chosen, normalized)
                     + (f" ({others})" if others else ""))
    return ", ".join(parts)


def dedupe(conflicts: Iterable[Conflict]) -> list[Conflict]:
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
            # a finding rebuilt from ``small`` itself is equal to it, not a fuller finding
            if big is small or big == small or big.kind != small.kind or small not in out:
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
    return f"{what}: " + "; ".join(_group_told([(s.article, s.value, s.normalized) for s in g]) for _, g in sorted(groups.items()))
