"""For every missed gold order conflict, the stage of the order finder that lost it.

    python scripts/order_stages.py --set stories-dev --set stories-fresh [--list]

Stages (sibling of ``conflict_stages.py``); a gold conflict is counted at the furthest stage any
pair of its sides (in two articles) reached:

1. not read     fewer than two sides have an order read (``order_reading.order_relations``) from a
                claim that overlaps the gold side's text
2. unlike       the two claims are below the finder's similarity floor (half the threshold)
3. not matched  both sides tell an order, and no two of them were judged the same two events reversed
4. merged       a disagreement came out and no reported conflict holds two of its sides

With ``--list`` each miss is printed with the orders read on each side (first > then).
The finder's functions are wrapped, not changed: the report is the one ``compare`` writes.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from conflict_stages import gold_conflicts, stage_arguments  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.evaluation.matching import locate  # noqa: E402

STAGES = ("not read", "unlike", "not matched", "merged")


class Trace:
    def __init__(self) -> None:
        self.related: list = []
        self.similarity = None
        self.threshold = 0.0
        self.index: dict[str, int] = {}
        self.found: set[tuple[str, str]] = set()

    def reset(self) -> None:
        self.__init__()


TRACE = Trace()


def _wrap() -> None:
    conflicts = finder.order_conflicts

    def wrapped(related, similarity, threshold, index):
        TRACE.related, TRACE.similarity, TRACE.threshold, TRACE.index = list(related), similarity, threshold, index
        for d in conflicts(related, similarity, threshold, index):
            TRACE.found.update({(d.a.claim.id, d.b.claim.id), (d.b.claim.id, d.a.claim.id)})
            yield d

    finder.order_conflicts = wrapped


def _side_claims(report, located, name: str, text: str) -> list[tuple[object, list]]:
    """(claim, orders) of the claims overlapping the gold side's text; orders may be empty."""
    article = located.article(name)
    if article is None:
        return []
    spans = locate(article.text, text)
    orders = {c.id: found for c, found in TRACE.related}
    return [
        (c, orders.get(c.id, [])) for c in report.claims
        if c.article == article.id and any(c.start < e and s < c.end for s, e in spans)
    ]


def _say(o) -> str:
    return f"[{o.word}] {'/'.join(sorted(o.first))} > {'/'.join(sorted(o.then)) or '-'}"


def stage_of(report, located, gold) -> tuple[str, list[str]]:
    sides = {name: _side_claims(report, located, name, text) for name, text in gold.sides.items()}
    notes = [f"  {name}: " + " | ".join(_say(o) for _, found in claims for o in found) if any(f for _, f in claims) else f"  {name}: (no order)"
             for name, claims in sides.items()]
    names = list(sides)
    best = 0
    for i, x in enumerate(names):
        for y in names[i + 1 :]:
            for a, fa in sides[x]:
                for b, fb in sides[y]:
                    if a.article == b.article or not (fa and fb):
                        continue
                    if (a.id, b.id) in TRACE.found:
                        best = max(best, 3)
                    elif TRACE.similarity[TRACE.index[a.id], TRACE.index[b.id]] < 0.5 * TRACE.threshold:
                        best = max(best, 1)
                    else:
                        best = max(best, 2)
    return STAGES[best], notes


def main() -> int:
    args = stage_arguments(__doc__.splitlines()[0])
    _wrap()
    counts: Counter = Counter()
    for set_name, slug, report, located, g, found in gold_conflicts(args.set, ("order",), args.embedder, TRACE.reset):
        if found:
            counts["found"] += 1
            continue
        stage, notes = stage_of(report, located, g)
        counts[stage] += 1
        if args.list:
            print(f"[{stage}] {set_name}/{slug}: {g.note}")
            print("\n".join(notes))
    print("order found", counts["found"], "| missed:", ", ".join(f"{s} {counts[s]}" for s in STAGES if counts[s]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
