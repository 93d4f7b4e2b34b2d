"""Time one-story comparisons: 2 and 4 articles, warm in-process and cold through the CLI.

    python bench/compare_speed.py [--embedder auto] [--repeat 5] [--name NAME] [--note TEXT]

Articles are the bundled example stories (written for the project), padded or trimmed to
about 600 words each. Writes bench/results/compare_speed_<embedder>.json and .md (or
<NAME>.json and .md). Wall time is reported with the CPU time of the same runs (process time
in-process, the children's user+sys for the CLI) and the load average before and after: on a
machine shared with other jobs the wall time grows with the load, the CPU time much less.
To time another checkout with this script, put its ``src`` first on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
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
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
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
    times, cpu, stages = [], [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        report = compare(paths, settings=settings)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        stages.append(report.settings["timings"])
    return {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4),
            "cpu_median_s": round(statistics.median(cpu), 4), "embedder": report.settings["embedder"],
            "stages_median_s": {k: round(statistics.median(t[k] for t in stages), 4) for k in stages[0]}}


def cold(paths: list[Path], embedder: str, repeat: int) -> dict:
    times, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rashomon.cli", "compare", *map(str, paths), "--format", "json",
                        "-o", os.devnull, "--embedder", embedder], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4),
            "cpu_median_s": round(statistics.median(cpu), 4)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default="auto")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--name", help="result file name (default compare_speed_<embedder>)")
    parser.add_argument("--note", default="", help="a line saying what was measured and how loaded the machine was")
    args = parser.parse_args()
    settings = Settings(embedder=args.embedder)
    import rashomon

    results = {"machine": machine(), "code": str(Path(rashomon.__file__).resolve().parent), "note": args.note,
               "words_per_article": WORDS, "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (2, 4):
            paths = articles(n, Path(tmp))
            results["runs"][f"{n}_articles"] = {"warm": warm(paths, settings, args.repeat), "cold_cli": cold(paths, args.embedder, max(2, args.repeat // 2))}
    results["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    RESULTS.mkdir(exist_ok=True)
    name = args.name or f"compare_speed_{args.embedder}"
    (RESULTS / f"{name}.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [f"# compare speed ({args.embedder})", "", f"{results['machine']}", ""]
    if args.note:
        lines += [args.note, ""]
    lines += ["| articles | embedder | warm median (s) | warm min (s) | warm CPU (s) | cold CLI median (s) | cold CLI min (s) | cold CLI CPU (s) |",
              "|---|---|---|---|---|---|---|---|"]
    for key, run in results["runs"].items():
        w, c = run["warm"], run["cold_cli"]
        lines.append(f"| {key.split('_')[0]} | {w['embedder']} | {w['median_s']} | {w['min_s']} | {w['cpu_median_s']} "
                     f"| {c['median_s']} | {c['min_s']} | {c['cpu_median_s']} |")
    (RESULTS / f"{name}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
