"""Framing recall and false cues per gold kind, per set (static embedder), for a before/after table.

    python scripts/framing_kinds.py --read                 # every READ set, totals per kind
    python scripts/framing_kinds.py --check                # every CHECK set, totals per kind only
    python scripts/framing_kinds.py --read --dump /tmp/x   # also writes the missed / false lists of READ sets

READ = stories-dev, stories-fresh .. stories-fresh15; CHECK = stories-fresh16 .. stories-fresh19 (common.md,
twenty-fourth session). The
held-out set of bench/quality.py (HELD_OUT) is never run. Lists are written for READ sets only.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from quality import HELD_OUT, run  # noqa: E402

from rashomon.evaluation.totals import totals  # noqa: E402

READ = ("stories-dev", "stories-fresh") + tuple(f"stories-fresh{i}" for i in range(2, 16))
CHECK = tuple(f"stories-fresh{i}" for i in range(16, 20))
KINDS = ("loaded", "naming", "hedge", "scare_quote")


def row(set_name: str) -> tuple[dict, dict]:
    scores, _ = run("static", set_name, None, True)
    total = totals(scores)
    false = collections.Counter(item.split(": ", 2)[1] for item in total["lists"]["false-framing"])
    by = total["by"]["framing_by_kind"]
    out = {k: {"found": by.get(k, [0, 0])[0], "total": by.get(k, [0, 0])[1], "false": false.get(k, 0)} for k in KINDS}
    out["all"] = {"found": total["tallies"]["framing"][0], "total": total["tallies"]["framing"][1],
                  "false": total["counts"]["false_framing"], "false_hedges": total["counts"]["false_hedges"]}
    return out, total["lists"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--read", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("--dump", type=Path, help="folder for the missed / false lists (READ sets only)")
    parser.add_argument("--json", type=Path, help="write the table as JSON")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    sets = list(args.set) + (list(READ) if args.read else []) + (list(CHECK) if args.check else [])
    table = {}
    for set_name in sets:
        if set_name in HELD_OUT:
            raise SystemExit(f"{set_name} is held out")
        table[set_name], lists = row(set_name)
        cells = "  ".join(f"{k}={v['found']}/{v['total']} f{v['false']}" for k, v in table[set_name].items())
        print(f"{set_name:16} {cells}", flush=True)
        if args.dump and set_name in READ:
            args.dump.mkdir(parents=True, exist_ok=True)
            for name in ("missed-framing", "false-framing", "false-hedges"):
                (args.dump / f"{set_name}.{name}.txt").write_text("\n".join(lists[name]) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
