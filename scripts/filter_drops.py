"""What each late filter of the conflict finder drops: per set, the gold conflicts and the false
conflicts the report gains when that one filter is turned off.

    python scripts/filter_drops.py --set stories-dev --set stories-fresh [--filter _other_doers] [--list SET]

The filters (``rashomon.comparison.conflicts``): ``_other_people`` (a day of two people's acts),
``_other_doers``, ``other_occasions``, ``_loose_money``, ``_other_article_agrees``,
``told_as_two_acts`` and ``rivals_agree``. A filter gains gold conflicts when turned off where it
drops true ones (recall it costs), and false conflicts where it rightly drops (precision it buys).
Each story is compared once as it is and once per filter turned off; a stage that fails is told
on stderr. ``--list SET`` prints the gained conflicts' descriptions for that set (a READ set only:
a CHECK set's texts are not to be read).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import stories_of  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.scores import evaluate  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

# each filter, and what it returns turned off
FILTERS = {
    "_other_people": False, "_other_doers": False, "other_occasions": False, "_loose_money": False,
    "_other_article_agrees": False, "told_as_two_acts": False, "rivals_agree": [],
}


def _outcome(sources, gold_path, embedder: str, where: str) -> tuple[set[str], set[str]]:
    """(missed gold conflicts, false conflicts) of one story, as descriptions."""
    report = compare(sources, settings=Settings(embedder=embedder))
    for skipped in report.skipped:
        if "stage failed" in skipped.reason:
            print(f"STAGE FAILED {where}: {skipped.source}: {skipped.reason}", file=sys.stderr, flush=True)
    scores = evaluate(load_gold(gold_path), report)
    return set(scores.conflicts.missed), set(scores.false_conflicts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--filter", action="append", choices=sorted(FILTERS))
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--list", action="append", default=[], help="a READ set whose gained conflicts are printed")
    parser.add_argument("--together", action="store_true", help="turn the filters off all at once, not one at a time")
    args = parser.parse_args()
    chosen = args.filter or list(FILTERS)
    runs = {"+".join(chosen): chosen} if args.together else {n: [n] for n in chosen}
    names = list(runs)
    originals = {n: getattr(finder, n) for n in chosen}
    gained: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for set_name in args.set:
        for slug, gold_path, sources in stories_of(set_name):
            missed, false = _outcome(sources, gold_path, args.embedder, f"{set_name}/{slug}")
            for name in names:
                for f in runs[name]:
                    setattr(finder, f, lambda *a, _off=FILTERS[f], **k: _off)
                try:
                    missed_off, false_off = _outcome(sources, gold_path, args.embedder, f"{set_name}/{slug} without {name}")
                finally:
                    for f in runs[name]:
                        setattr(finder, f, originals[f])
                more, wrong, lost = missed - missed_off, false_off - false, missed_off - missed
                gained[name, set_name][0] += len(more)
                gained[name, set_name][1] += len(wrong)
                if set_name in args.list:
                    for m in sorted(more):
                        print(f"  {name} {set_name}/{slug} TRUE  {m}")
                    for w in sorted(wrong):
                        print(f"  {name} {set_name}/{slug} FALSE {w}")
                if lost:
                    print(f"  {name} {set_name}/{slug}: {len(lost)} gold conflict(s) lost without it")
    print("filter turned off: gold conflicts gained / false conflicts gained, per set")
    for name in names:
        row = ", ".join(f"{s} +{gained[name, s][0]}/+{gained[name, s][1]}" for s in args.set if any(gained[name, s]))
        total = [sum(gained[name, s][k] for s in args.set) for k in (0, 1)]
        print(f"{name}: +{total[0]} gold / +{total[1]} false ({row or 'nothing'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
