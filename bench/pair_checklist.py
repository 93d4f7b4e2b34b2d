"""A pair CheckList through the conflict finder: per class, how many rows of each half get what their
label owes (a conflict of the list's kind for "conflict", none for "agree" and "unrelated").

    python bench/pair_checklist.py actors [--misses]    # tests/actor_checklist_pairs.py, actor conflicts
    python bench/pair_checklist.py places [--misses]    # tests/place_checklist_pairs.py, name conflicts

``--misses`` lists the failing rows of the fixing half only; the held-out half is totals only.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # tests.conftest imports its neighbours by name

from tests.conftest import resolved_conflicts_of  # noqa: E402

# list name -> (module of its rows, the conflict kind a "conflict" row owes)
LISTS = {"actors": ("tests.actor_checklist_pairs", "actor"), "places": ("tests.place_checklist_pairs", "name")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("list", choices=sorted(LISTS))
    parser.add_argument("--misses", action="store_true", help="list the fixing half's failing rows")
    args = parser.parse_args()
    module_name, kind = LISTS[args.list]
    module = importlib.import_module(module_name)
    pairs, half = module.PAIRS, module.half
    score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    by_label: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in pairs:
        found = [c for c in resolved_conflicts_of(row[1], row[2]) if c.kind == kind]
        ok = bool(found) is (row[3] == "conflict")
        h = half(row)
        for key, table in (((h, row[0]), score), ((h, row[3]), by_label)):
            table[key][0] += ok
            table[key][1] += 1
        if args.misses and h == "fixing" and not ok:
            print(f"MISS [{row[0]}/{row[3]}] {row[1]}  ||  {row[2]}")
            for c in found:
                print("    found:", c.explanation)
    classes = list(dict.fromkeys(r[0] for r in pairs))
    print(f"{'class':16} fixing   held-out")
    for c in classes:
        f, o = score[("fixing", c)], score[("held-out", c)]
        print(f"{c:16} {f[0]}/{f[1]:<6} {o[0]}/{o[1]}")
    for label in ("conflict", "agree", "unrelated"):
        f, o = by_label[("fixing", label)], by_label[("held-out", label)]
        print(f"{'= ' + label:16} {f[0]}/{f[1]:<6} {o[0]}/{o[1]}")
    totals = [sum(score[(h, c)][i] for c in classes) for h in ("fixing", "held-out") for i in (0, 1)]
    print(f"{'= all':16} {totals[0]}/{totals[1]:<6} {totals[2]}/{totals[3]}")


if __name__ == "__main__":
    main()
