"""Entities, garbled-name flags and boilerplate on stories-dev, all bundles at once.

    python bench/entities_dev.py [--data ../shared/data/stories-dev] [--name entities_dev]

Runs only the stages these scores need (read, clean, segment, entities) and scores them with
rashomon.evaluation (the same rules as ``rashomon evaluate``): entities merged, garbled forms
flagged, suspect texts that are no gold garble (false flags), boilerplate removed and story lines
lost. Until bench/quality.py covers stories-dev, this is the names benchmark; every bundle's
misses are listed in the markdown so a change can be read, not only counted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED, write_result  # noqa: E402

from rashomon.comparison.entities import resolve_entities  # noqa: E402
from rashomon.comparison.pipeline import prepare  # noqa: E402
from rashomon.evaluation.scores import evaluate  # noqa: E402
from rashomon.model import Report  # noqa: E402
from rashomon.settings import Settings  # noqa: E402
from rashomon.sources import read_sources  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "stories-dev")
    parser.add_argument("--name", default="entities_dev")
    args = parser.parse_args()
    bundles = sorted(p for p in args.data.iterdir() if (p / "gold.json").is_file())
    if not bundles:
        sys.exit(f"no bundles under {args.data}")
    totals = {k: [0, 0] for k in ("entities", "garbled", "boilerplate")}
    per_bundle, false_flags, lost, misses = {}, [], [], []
    clock = time.perf_counter()
    for bundle in bundles:
        gold = json.loads((bundle / "gold.json").read_text(encoding="utf-8"))
        documents, _skipped = read_sources([bundle / name for name in gold["articles"]])
        articles = tuple(prepare(d, f"a{n + 1}", Settings()) for n, d in enumerate(documents))
        scores = evaluate(bundle / "gold.json", Report(articles=articles, entities=resolve_entities(articles)))
        row = {}
        for key in totals:
            tally = getattr(scores, key)
            totals[key][0] += tally.found
            totals[key][1] += tally.total
            row[key] = [tally.found, tally.total]
            misses += [f"{bundle.name}: {key} missed: {m}" for m in tally.missed]
        false_flags += [f"{bundle.name}: {f}" for f in scores.false_flags]
        lost += [f"{bundle.name}: {f}" for f in scores.content_lost]
        per_bundle[bundle.name] = row
    seconds = time.perf_counter() - clock
    ratios = {k: round(f / t, 4) if t else 1.0 for k, (f, t) in totals.items()}
    lines = ["# Names and boilerplate on stories-dev (all bundles)", "",
             "| score | found / total | ratio | target |", "|---|---|---|---|"]
    targets = {"entities": ">= 0.92", "garbled": ">= 0.85", "boilerplate": ">= 0.95"}
    for key, (f, t) in totals.items():
        lines.append(f"| {key} | {f} / {t} | {ratios[key]} | {targets[key]} |")
    lines += [f"| correct names flagged (false flags) | {len(false_flags)} | | <= 2 |",
              f"| story lines lost | {len(lost)} | | 0 |", "",
              f"{len(bundles)} bundles in {seconds:.1f} s (read, clean, segment, entities).", "",
              "## Misses", "", *[f"- {m}" for m in misses + [f"false flag: {f}" for f in false_flags] + [f"lost: {x}" for x in lost]]]
    write_result(args.name, {"data": str(args.data.name), "totals": totals, "ratios": ratios, "false_flags": false_flags,
                             "lines_lost": lost, "bundles": per_bundle, "seconds": round(seconds, 2)}, "\n".join(lines))
    print("\n".join(lines[:10]))


if __name__ == "__main__":
    main()
