"""A place named with another point of the compass: "the Northern Ring motorway" / "the
Eastern Ring motorway".

Two resolved names that are the same words but for a first word naming a direction (north,
northern, east, eastern...) are two versions of one place when no article names both: an
article that tells of the Northern and the Eastern Ring speaks of two roads, and then the
others may too; nor are two places the gazetteer knows ("North Korea" / "South Korea"). Each article's first mention is its side; reported as a ``name`` conflict.
The same holds within one resolved entity whose mentions the resolver joined across directions
("Northern Ring" / "Southern Ring" as one spelling), each article writing one direction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...model import Claim, Entity, Mention
from .common import Disagreement, Side, fold

_DIRECTIONS = {
    d: k for k, words in {
        "n": ("north", "northern"), "s": ("south", "southern"), "e": ("east", "eastern"), "w": ("west", "western"),
        "ne": ("north-east", "northeast", "north-eastern", "northeastern"), "nw": ("north-west", "northwest", "north-western", "northwestern"),
        "se": ("south-east", "southeast", "south-eastern", "southeastern"), "sw": ("south-west", "southwest", "south-western", "southwestern"),
    }.items() for d in words
}


def _split(name: str) -> tuple[str, str] | None:
    """(direction, the rest) of a name opening with a point of the compass, else None."""
    words = fold(name).split()
    if len(words) < 2 or words[0] not in _DIRECTIONS:
        return None
    return _DIRECTIONS[words[0]], " ".join(words[1:])


def compass_findings(entities: Sequence[Entity], claims: Sequence[Claim]) -> Iterable[Disagreement]:
    by_sentence = {c.sentence: c for c in claims}
    named = [(e, s) for e in entities if e.type in ("PLACE", "ORG", "OTHER") and (s := _split(e.name))]
    for x, (ea, (da, rest_a)) in enumerate(named):
        for eb, (db, rest_b) in named[x + 1 :]:
            if rest_a != rest_b or da == db:
                continue
            if _known_place(ea.name) or _known_place(eb.name):
                continue  # "North Korea" / "South Korea": two places the gazetteer knows apart
            arts_a, arts_b = {m.article for m in ea.mentions}, {m.article for m in eb.mentions}
            if arts_a & arts_b:
                continue  # one article names both: two places
            firsts_a, firsts_b = _firsts(ea.mentions), _firsts(eb.mentions)
            for ma in firsts_a:
                for mb in firsts_b:
                    ca, cb = by_sentence.get(ma.sentence), by_sentence.get(mb.sentence)
                    if ca is not None and cb is not None:
                        yield Disagreement("name", f"which {ea.name.split(maxsplit=1)[1]}", _side(ca, ma, ea), _side(cb, mb, eb))
    yield from _within_entity(entities, by_sentence)


def _within_entity(entities: Sequence[Entity], by_sentence: dict[str, Claim]) -> Iterable[Disagreement]:
    """One resolved entity whose mentions open on different points of the compass, each article
    writing one ("the Northern Ring" in one, "the Southern Ring" in another, joined by the
    resolver as one spelling): the same two versions of one place, unless an article writes both."""
    for e in entities:
        if e.type not in ("PLACE", "ORG", "OTHER"):
            continue
        told: dict[str, set[str]] = {}  # article -> the directions it writes
        rests: set[str] = set()
        for m in e.mentions:
            if (s := _split(m.text)) is not None:
                told.setdefault(m.article, set()).add(s[0])
                rests.add(s[1])
        if len(rests) != 1 or any(len(d) > 1 for d in told.values()) or len({d for ds in told.values() for d in ds}) < 2:
            continue
        if any(_known_place(m.text) for m in e.mentions):
            continue
        firsts = [m for m in _firsts([m for m in e.mentions if _split(m.text)])]
        for x, ma in enumerate(firsts):
            for mb in firsts[x + 1 :]:
                if _split(ma.text)[0] == _split(mb.text)[0]:  # type: ignore[index]
                    continue
                ca, cb = by_sentence.get(ma.sentence), by_sentence.get(mb.sentence)
                if ca is not None and cb is not None:
                    yield Disagreement(
                        "name", f"which {ma.text.split(maxsplit=1)[1]}",
                        Side(claim=ca, value=ma.text, normalized=fold(ma.text), start=ma.start, end=ma.end),
                        Side(claim=cb, value=mb.text, normalized=fold(mb.text), start=mb.start, end=mb.end),
                    )


def _known_place(name: str) -> bool:
    from ..entities.lexicon import lexicon

    return lexicon().place_code(name) is not None


def _firsts(mentions: Sequence[Mention]) -> list[Mention]:
    out: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: (m.article, m.start)):
        out.setdefault(m.article, m)
    return list(out.values())


def _side(claim: Claim, m: Mention, entity: Entity) -> Side:
    return Side(claim=claim, value=m.text, normalized=fold(entity.name), start=m.start, end=m.end)
