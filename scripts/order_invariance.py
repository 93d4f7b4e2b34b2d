"""Does the order in which a story's articles are given change what the compare pipeline finds?

For every story of the named sets the articles are compared in their usual order, reversed, and
rotated by one; each report's findings are mapped from article ids (a1, a2 ... given by the input
order) back to file names, and every difference from the usual order is reported:

- gold scores (found/total of every ratio and every count of ``rashomon.evaluation.scores``);
- conflicts, each as (kind, its sides as (file, value, normalized) grouped by what they say);
- framing cues as (file, start, end, kind);
- entity groups as sets of mention texts, and their canonical names;
- garbled flags as (file, suspect text);
- agreements as sets of (file, start, end) claims, and unique claims as (file, start, end).

The digest's text is not compared: it names outlets in the order given, which is the user's
choice (its cited/supported scores are compared).

    python scripts/order_invariance.py --set stories-dev --set stories-fresh      # differences listed
    python scripts/order_invariance.py --set stories-fresh11 --totals-only        # counts per set only
    python scripts/order_invariance.py --story f1-dam-ruling-harsel --set stories-fresh
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from quality import SETS, stories_of  # noqa: E402

from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.scores import Scores, evaluate  # noqa: E402
from rashomon.model import Report  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

CATEGORIES = ("scores", "conflicts", "framing", "entities", "canonical", "garbled", "agreements", "unique")


def orders(n: int) -> dict[str, list[int]]:
    usual = list(range(n))
    return {"reversed": usual[::-1], "rotated": usual[1:] + usual[:1]}


def score_cells(scores: Scores) -> dict[str, str]:
    cells = {name: f"{getattr(scores, name).found}/{getattr(scores, name).total}" for name in Scores.RATIOS}
    cells.update({name: str(value) for name, value in scores.counts().items()})
    return cells


def findings(report: Report) -> dict[str, set]:
    """The report's findings, with article ids replaced by file names."""
    file = {a.id: Path(a.path or a.url or a.id).name for a in report.articles}
    # an entity's id (e1, e2 ... numbered by first appearance) stands for its mentions' texts
    entity = {e.id: "|".join(sorted({m.text for m in e.mentions})) for e in report.entities}
    conflicts = set()
    for c in report.conflicts:
        groups: dict[int, set] = {}
        for s in c.sides:
            groups.setdefault(s.group, set()).add((file[s.article], s.value, entity.get(s.normalized, s.normalized)))
        conflicts.add((c.kind, frozenset(frozenset(g) for g in groups.values())))
    entities, canonical, garbled = set(), set(), set()
    for e in report.entities:
        group = frozenset(m.text for m in e.mentions) | frozenset(e.variants)
        entities.add(group)
        canonical.add((e.name, e.type, group))
        garbled.update((file.get(s.article, s.article), s.text) for s in e.suspect)
    return {
        "conflicts": conflicts,
        "framing": {(file[c.article], c.start, c.end, c.kind) for c in report.framing},
        "entities": entities,
        "canonical": canonical,
        "garbled": garbled,
        "agreements": {frozenset((file[r.article], r.start, r.end) for r in a.claims) for a in report.agreements},
        "unique": {(file[r.article], r.start, r.end) for r in report.unique},
    }


def show(item) -> str:
    if isinstance(item, frozenset):
        return "{" + ", ".join(sorted(show(i) for i in item)) + "}"
    if isinstance(item, tuple):
        return "(" + ", ".join(show(i) for i in item) + ")"
    return str(item)


def differences(gold: Path, sources: list[Path], embedder: str) -> dict[str, list[str]]:
    """Per category, the lines that tell how each other order differs from the usual one."""
    settings = Settings(embedder=embedder)
    base = compare(sources, settings=settings)
    base_found, base_cells = findings(base), score_cells(evaluate(gold, base))
    out: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    for name, order in orders(len(sources)).items():
        report = compare([sources[i] for i in order], settings=settings)
        found, cells = findings(report), score_cells(evaluate(gold, report))
        for measure, value in base_cells.items():
            if cells[measure] != value:
                out["scores"].append(f"{name}: {measure} {value} -> {cells[measure]}")
        for category, items in base_found.items():
            for item in sorted(items - found[category], key=show):
                out[category].append(f"{name}: only usual: {show(item)}")
            for item in sorted(found[category] - items, key=show):
                out[category].append(f"{name}: only {name}: {show(item)}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=SETS, action="append", dest="sets", required=True)
    parser.add_argument("--story", help="only the story with this slug")
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--totals-only", action="store_true", help="per set, only how many stories and findings differ")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    for set_name in args.sets:
        tally: Counter[str] = Counter()
        stories = 0
        for slug, gold, sources in stories_of(set_name):
            if args.story and slug != args.story:
                continue
            diff = differences(gold, sources, args.embedder)
            if any(diff.values()):
                stories += 1
            for category, lines in diff.items():
                tally[category] += len(lines)
                if not args.totals_only:
                    for line in lines:
                        print(f"{set_name} {slug} {category} {line}", flush=True)
        cells = " ".join(f"{c}={tally[c]}" for c in CATEGORIES)
        print(f"TOTAL {set_name}: stories differing={stories} differences={sum(tally.values())} {cells}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
