"""For every missed gold shared claim, the stage of alignment that lost it.

    python scripts/align_stages.py --set stories-dev --set stories-fresh [--list] [--by-set]

Stages, in the order a pair of claims goes through them; a gold shared claim (2-4 articles) is
counted at the first stage that keeps it from one agreement:

1. no claim      some article's gold text is held by no claim
2. not weighed   some two articles' claims holding the text were never weighed as a pair (far below
                 the embedder's threshold, no rare figure tying them)
3. rejected      every two articles' claims were weighed, yet the agreeing pairs do not connect
                 the articles (the pair model or a verifier said no; the best probability shown)
4. grouping      agreeing pairs connect every article, and no one group holds them all

Alignment's functions are wrapped, not changed: the report is the one ``compare`` writes.
``--by-set`` adds a table of the stages per set (a stage that loses claims in many sets is a
general loss; one set's many is one writer's style).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import stories_of  # noqa: E402

import rashomon.comparison.align as align  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.rules import Located, _claim_on  # noqa: E402
from rashomon.evaluation.scores import match_articles  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

STAGES = ("no claim", "not weighed", "rejected", "grouping")


class Trace:
    """The first (whole-story) alignment's claims, weighed pairs and agreeing pairs, by claim id."""

    def __init__(self) -> None:
        self.seen = False
        self.probability: dict[frozenset[str], float] = {}
        self.agreeing: set[frozenset[str]] = set()


TRACE = Trace()


def _wrap() -> None:
    scored = align.scored_pairs

    def scored_pairs(sim, lexical, claims, threshold, names, texts=None, embedder="static", scope=None, keys=None, second=None):
        agree, probability = scored(sim, lexical, claims, threshold, names, texts, embedder, scope, keys, second)
        if not TRACE.seen:
            # a lead's clause (id "<claim>.uN") stands for its lead
            base = [c.id.split(".u")[0] for c in claims]
            for (i, j), q in probability.items():
                key = frozenset((base[i], base[j]))
                TRACE.probability[key] = max(TRACE.probability.get(key, 0.0), q)
            unit_cut = align.UNIT_PROBABILITY if scope is not None else 0.0
            for i, j, _ in agree:
                if probability.get((min(i, j), max(i, j)), 0.0) >= unit_cut:
                    TRACE.agreeing.add(frozenset((base[i], base[j])))
        return agree, probability

    original = align.align_claims

    def align_claims(*args, **kwargs):
        out = original(*args, **kwargs)
        TRACE.seen = True
        return out

    align.scored_pairs = scored_pairs
    align.align_claims = align_claims
    import rashomon.comparison.pipeline as pipeline
    pipeline.align_claims = align_claims


def _connected(sides: dict[str, list[str]], edges: set[frozenset[str]]) -> bool:
    names = list(sides)
    reach = {names[0]}
    grew = True
    while grew:
        grew = False
        for b in names:
            if b in reach:
                continue
            if any(frozenset((x, y)) in edges for a in reach for x in sides[a] for y in sides[b]):
                reach.add(b)
                grew = True
    return len(reach) == len(names)


def stage_of(report, located: Located, shared: dict[str, str]) -> tuple[str, str]:
    sides = {a: [c.id for c in report.claims if _claim_on(c, a, t, located)] for a, t in shared.items()}
    empty = [a for a, ids in sides.items() if not ids]
    if empty:
        return "no claim", "no claim in " + ", ".join(empty)
    names = list(sides)
    notes, weighed_all = [], True
    for n, a in enumerate(names):
        for b in names[n + 1 :]:
            keys = [frozenset((x, y)) for x in sides[a] for y in sides[b]]
            weighed = [TRACE.probability[k] for k in keys if k in TRACE.probability]
            agrees = any(k in TRACE.agreeing for k in keys)
            if not weighed:
                weighed_all = False
            notes.append(f"{a}-{b}:" + ("agree" if agrees else f"p={max(weighed):.2f}" if weighed else "unweighed"))
    if _connected(sides, TRACE.agreeing):
        return "grouping", " ".join(notes)
    if not weighed_all and not any("p=" in n for n in notes):
        return "not weighed", " ".join(notes)
    # some pair weighed and not agreeing; some maybe unweighed
    return ("rejected" if weighed_all else "not weighed"), " ".join(notes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--by-set", action="store_true", help="a table of the stages per set")
    args = parser.parse_args()
    _wrap()
    counts: Counter = Counter()
    per_set: dict[str, Counter] = {}
    for set_name in args.set:
        before = Counter(counts)
        for slug, gold_path, sources in stories_of(set_name):
            gold = load_gold(gold_path)
            TRACE.__init__()
            report = compare(sources, settings=Settings(embedder=args.embedder))
            located = Located(report, match_articles(gold.articles, report))
            for shared in gold.shared:
                hit = any(
                    all(any(_claim_on(c, a, t, located) for c in agreement.claims) for a, t in shared.items())
                    for agreement in report.agreements
                )
                if hit:
                    counts["found"] += 1
                    continue
                stage, why = stage_of(report, located, shared)
                counts[stage] += 1
                if args.list:
                    print(f"[{stage}] {set_name}/{slug} ({len(shared)}-way) {why}")
                    for a, t in shared.items():
                        print(f"      {a}: {t[:110]}")
        per_set[set_name] = counts - before
    if args.by_set:
        print("| set | found | " + " | ".join(STAGES) + " |")
        print("|---" * (len(STAGES) + 2) + "|")
        for set_name, c in per_set.items():
            print(f"| {set_name} | {c['found']} | " + " | ".join(str(c[s]) for s in STAGES) + " |")
        print("| sets losing claims at the stage | | " + " | ".join(str(sum(1 for c in per_set.values() if c[s])) for s in STAGES) + " |")
    print("found", counts["found"], "| missed:", ", ".join(f"{s} {counts[s]}" for s in STAGES if counts[s]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
