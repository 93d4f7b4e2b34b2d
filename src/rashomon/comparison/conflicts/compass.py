"""A place named with another point of the compass: "the Northern Ring motorway" / "the
Eastern Ring motorway".

Two resolved names that are the same words but for a first word naming a direction (north,
northern, east, eastern...) are two versions of one place when no article names both: an
article that tells of the Northern and the Eastern Ring speaks of two roads, and then the
others may too; nor are two places the gazetteer knows ("North Korea" / "South Korea"). Each article's first mention is its side; reported as a ``name`` conflict.
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
