"""compare: the findings of a story do not depend on the order its articles are given in.

Each invented story is compared in every order of its three articles; its conflicts, framing cues
(voices included), entity groups with their names, garbled flags, agreements and unique claims,
mapped from article ids (a1, a2 ... given by the order) to files, are the same every time. scripts/order_invariance.py runs the same check on the
benchmark sets."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from rashomon.comparison.pipeline import compare
from rashomon.model import Report
from rashomon.settings import Settings

STORIES = {
    "gallery": {
        "a.txt": "Thieves take three paintings from Lessmoor gallery\n\n"
                 "LESSMOOR - Thieves took three paintings from the Lessmoor City Gallery early on Tuesday, "
                 "the curator, Maelis Torvander, said. Torvander said the alarm failed at 2 a.m. "
                 "Police said 12 officers searched the old town.",
        "b.txt": "Paintings stolen in Lessmoor\n\n"
                 "Three paintings were stolen from the Lessmoor City Gallery on Tuesday. "
                 "Curator Maeve Torvander said the alarm failed at 2 a.m. "
                 "Police said 20 officers searched the old town in a brazen hunt.",
        "c.txt": "Gallery raid in Lessmoor\n\n"
                 "Maelis Torvandir, the curator of the Lessmoor City Gallery, said three paintings were taken on Tuesday. "
                 "The alarm failed at 3 a.m., she said. Police said 12 officers searched the old town.",
    },
    "ferry": {
        "a.txt": "Ferry workers strike in Ostrel\n\n"
                 "OSTREL - Ferry workers in Ostrel walked out on Monday over pay, the union leader Piet Harlowe said. "
                 "About 400 workers joined the strike, Harlowe said. The port authority said 30 crossings were cancelled.",
        "b.txt": "Ostrel ferries halted by strike\n\n"
                 "Ferry crews in Ostrel stopped work on Monday in a dispute over wages. "
                 "Union leader Pieter Harlowe said 400 workers had joined. "
                 "The port authority said 45 crossings were cancelled, a crippling blow to the islands.",
        "c.txt": "Strike stops ferries\n\n"
                 "The ferry strike in Ostrel began on Monday, union leader Piet Harlow said. "
                 "Some 400 workers walked out. The port authority said 30 crossings were cancelled.",
    },
    "harbour": {  # a speaker phrase holding two names ("Harbour Authority director Ilse Varn"): one voice
        "a.txt": "Ilse Varn warns of dredging delays\n\n"
                 "Ilse Varn, who runs the port of Kelmsey, said dredging would be delayed until June. "
                 "The Harbour Authority said the budget was spent.",
        "b.txt": "Kelmsey dredging delayed\n\n"
                 "The Harbour Authority said on Monday that dredging in Kelmsey would wait until June. "
                 "Ilse Varn said the delay would cost shippers dearly.",
        "c.txt": "Port work put off\n\n"
                 "Harbour Authority director Ilse Varn said the dredging of Kelmsey port was put off until June. "
                 "Varn said shippers would pay more. "
                 "The Harbour Authority said the budget for the year was spent.",
    },
}


def findings(report: Report) -> dict[str, set]:
    file = {a.id: Path(a.path).name for a in report.articles}
    entity = {e.id: frozenset(m.text for m in e.mentions) for e in report.entities}
    conflicts = set()
    for c in report.conflicts:
        groups: dict[int, set] = {}  # group numbers follow the order; the sides of one group are kept together
        for s in c.sides:
            groups.setdefault(s.group, set()).add((file[s.article], s.value, entity.get(s.normalized, s.normalized)))
        conflicts.add((c.kind, frozenset(frozenset(g) for g in groups.values())))
    return {
        "conflicts": conflicts,
        "framing": {(file[c.article], c.start, c.end, c.kind) for c in report.framing},
        "entities": {(e.name, e.type, frozenset(m.text for m in e.mentions)) for e in report.entities},
        "garbled": {(file[s.article], s.text) for e in report.entities for s in e.suspect},
        "agreements": {frozenset((file[r.article], r.start, r.end) for r in a.claims) for a in report.agreements},
        "unique": {(file[r.article], r.start, r.end) for r in report.unique},
    }


@pytest.mark.parametrize("story", sorted(STORIES))
def test_every_order_of_the_articles_gives_the_same_findings(story: str, tmp_path: Path) -> None:
    for name, text in STORIES[story].items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    names = sorted(STORIES[story])
    seen = None
    for order in permutations(names):
        report = compare([tmp_path / n for n in order], settings=Settings(embedder="static"))
        found = findings(report)
        if seen is None:
            seen = found
            assert found["agreements"] and found["framing"]  # the stories hold findings to keep
            assert story == "harbour" or (found["conflicts"] and found["garbled"])
        else:
            assert found == seen, f"order {order}"
