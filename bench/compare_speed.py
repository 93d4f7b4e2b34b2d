"""Time one-story comparisons: 2 and 4 articles, warm in-process and cold through the CLI.

    python bench/compare_speed.py [--embedder auto] [--repeat 5]

Articles are the bundled example stories (written for the project), padded or trimmed to
about 600 words each. Writes bench/results/compare_speed.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from rashomon.compare import compare
from rashomon.demo import example_stories, story_sources
from rashomon.settings import Settings

RESULTS = Path(__file__).parent / "results"
WORDS = 600


def machine() -> dict:
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def articles(n: int, folder: Path) -> list[Path]:
    """n text files of about 600 words from the example stories (round robin over them)."""
    from rashomon.ingest import read_sources

    documents, _ = read_sources([p for story in example_stories() for p in story_sources(story)])
    paths = []
    for i in range(n):
        doc = documents[i % len(documents)]
        words = doc.text.split(" ")
        text = " ".join((words * (WORDS // max(len(words), 1) + 1))[:WORDS])
        path = folder / f"article{i}.txt"
        path.write_text(f"{doc.title}\n{text}\n", encoding="utf-8")
        paths.append(path)
    return paths


def warm(paths: list[Path], settings: Settings, repeat: int) -> dict:
    compare(paths, settings=settings)  # load models and caches once
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        report = compare(paths, settings=settings)
        times.append(time.perf_counter() - start)
    return {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4), "embedder": report.settings["embedder"],
            "stages_s": report.settings["timings"]}


def cold(paths: list[Path], embedder: str, repeat: int) -> dict:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rashomon.cli", "compare", *map(str, paths), "--format", "json",
                        "-o", os.devnull, "--embedder", embedder], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default="auto")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    settings = Settings(embedder=args.embedder)
    results = {"machine": machine(), "words_per_article": WORDS, "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (2, 4):
            paths = articles(n, Path(tmp))
            results["runs"][f"{n}_articles"] = {"warm": warm(paths, settings, args.repeat), "cold_cli": cold(paths, args.embedder, max(2, args.repeat // 2))}
    RESULTS.mkdir(exist_ok=True)
    name = f"compare_speed_{args.embedder}"
    (RESULTS / f"{name}.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [f"# compare speed ({args.embedder})", "", f"{results['machine']}", "",
             "| articles | embedder | warm median (s) | cold CLI median (s) |", "|---|---|---|---|"]
    for key, run in results["runs"].items():
        lines.append(f"| {key.split('_')[0]} | {run['warm']['embedder']} | {run['warm']['median_s']} | {run['cold_cli']['median_s']} |")
    (RESULTS / f"{name}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
