"""Gold scores of the compare pipeline on the seeds and the bundled examples, per embedder.

    python bench/quality.py [--embedders tfidf,static,minilm] [--seeds ../shared/seeds]

Writes bench/results/quality.json (the baseline tests/test_quality.py guards) and quality.md.
The seeds are read from ../shared when present; the examples ship with the package.
"""

from __future__ import annotations

import argparse
import json
import platform
import os
import time
from datetime import datetime, timezone
from pathlib import Path

from rashomon.backends.embedders import available
from rashomon.comparison.pipeline import compare
from rashomon.demo import example_stories, story_sources
from rashomon.evaluation.scores import evaluate
from rashomon.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SEEDS = ROOT.parent / "shared" / "seeds"


def stories(seeds: Path) -> list[tuple[str, Path, list[Path]]]:
    out = []
    if (seeds / "gold.json").exists():
        names = json.loads((seeds / "gold.json").read_text())["articles"]
        out.append(("seeds", seeds / "gold.json", [seeds / n for n in names]))
    out += [(s.name, s / "gold.json", story_sources(s)) for s in example_stories()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedders", default=",".join(available()))
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()
    results: dict = {
        "machine": {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count()},
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "scores": {},
    }
    lines = ["# Gold scores per story and embedder", "", f"{results['date']}, {results['machine']}", "",
             "| embedder | story | entities | garbled | shared | unique | conflicts (false) | framing | boilerplate (lost) | digest | seconds |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for embedder in args.embedders.split(","):
        for name, gold, sources in stories(args.seeds):
            start = time.perf_counter()
            report = compare(sources, settings=Settings(embedder=embedder))
            seconds = time.perf_counter() - start
            s = evaluate(gold, report)
            entry = {"ratios": s.ratios(), "counts": s.counts(), "summary": s.summary(), "embedder": report.settings["embedder"]}
            results["scores"].setdefault(embedder, {})[name] = entry
            t = s.to_dict()
            cell = lambda k: f"{t[k]['found']}/{t[k]['total']}"  # noqa: E731
            lines.append(f"| {embedder} | {name} | {cell('entities')} | {cell('garbled')} | {cell('shared')} | {cell('unique')} | "
                         f"{cell('conflicts')} ({s.counts()['false_conflicts']}) | {cell('framing')} | "
                         f"{cell('boilerplate')} ({s.counts()['content_lost']}) | {cell('digest')} | {seconds:.2f} |")
            print(lines[-1], flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "quality.json").write_text(json.dumps(results, indent=2) + "\n")
    (RESULTS / "quality.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
