"""The found gold conflicts whose best finding lacks a gold side, with the finding's sides and
every other finding that stands on the missing side (READ sets only).

    python scripts/missing_sides.py --set stories-dev [--set ...] [--story SLUG]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from quality import stories_of  # noqa: E402

from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.matching import match_articles  # noqa: E402
from rashomon.evaluation.rules import Located, conflict_matches, describe_conflict, sides_covered  # noqa: E402
from rashomon.settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", dest="sets", action="append", required=True)
    parser.add_argument("--story")
    args = parser.parse_args()
    count = 0
    for set_name in args.sets:
        for slug, gold_path, sources in stories_of(set_name):
            if args.story and slug != args.story:
                continue
            gold = load_gold(gold_path)
            report = compare(sources, settings=Settings(embedder="static"))
            ids = match_articles(gold.articles, report)
            located = Located(report, ids)
            names = {v: k for k, v in ids.items()}
            for g in gold.conflicts:
                matching = [c for c in report.conflicts if conflict_matches(c, g, located)]
                if not matching or any(len(sides_covered(c, g, located)) == len(g.sides) for c in matching):
                    continue
                count += 1
                most = max(matching, key=lambda c: len(sides_covered(c, g, located)))
                missing = sorted(set(g.sides) - sides_covered(most, g, located))
                print(f"\n## {set_name} {slug} {g.kind}: {g.note}")
                for a, t in g.sides.items():
                    print(f"   gold {a}: {t}{'   <-- MISSING' if a in missing else ''}")
                print(f"   found: {describe_conflict(most, names)}")
                for c in report.conflicts:
                    if c is most:
                        continue
                    on = sides_covered(c, g, located)
                    if on & set(missing):
                        print(f"   also on {sorted(on)}: {describe_conflict(c, names)}")
    print(f"\n{count} found conflicts lack a side")


if __name__ == "__main__":
    main()
