"""Time one-story comparisons: 2 and 4 articles, warm in-process and cold through the CLI.

    python bench/compare_speed.py [--embedder auto] [--repeat 5] [--name NAME] [--note TEXT]
    python bench/compare_speed.py --versus OTHER/src [--rounds 3]   # A/B in alternation

Articles are the bundled example stories (written for the project), padded or trimmed to
about 600 words each. Writes bench/results/compare_speed.json and .md, the one current result
(or <NAME>.json and .md). Wall time is reported with the CPU time of the same runs (process time
in-process, the children's user+sys for the CLI) and the load average before and after: on a
machine shared with other jobs the wall time grows with the load, the CPU time much less. A cold
run is a new process whose modules are already compiled (one untimed run writes the bytecode
first, as installing the package does), whatever PYTHONDONTWRITEBYTECODE says in the caller's shell.
To time another checkout with this script, put its ``src`` first on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine as bench_machine, run_child  # noqa: E402

from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.demo import example_stories, story_sources  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

RESULTS = Path(__file__).parent / "results"
WORDS = 600


def machine() -> dict:
    """Where and when (bench/common.py's header), with the load average before the runs."""
    return {**bench_machine(), "load_average_before": [round(x, 2) for x in os.getloadavg()]}


def articles(n: int, folder: Path) -> list[Path]:
    """n text files of about 600 words from the example stories: article i is example article i
    followed by articles i+3, i+6, ... until 600 words, so no line is given twice (cleaning
    removes a repeated line, and a text repeated to length would shrink to half)."""
    from rashomon.sources import read_sources

    documents, _ = read_sources([p for story in example_stories() for p in story_sources(story)])
    paths = []
    for i in range(n):
        doc = documents[i % len(documents)]
        words: list[str] = []
        for k in range(len(documents)):
            if len(words) >= WORDS:
                break
            words += documents[(i + 3 * k) % len(documents)].text.split(" ")
        text = " ".join(words[:WORDS])
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


def cold(paths: list[Path], embedder: str, repeat: int, src: Path | None = None) -> dict:
    # one untimed run first: it writes the bytecode, as installing the package does
    subprocess.run([sys.executable, "-m", "rashomon.cli", "compare", *map(str, paths), "--format", "json",
                    "-o", os.devnull, "--embedder", embedder], check=True, capture_output=True, env=_env(src))
    times, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "rashomon.cli", "compare", *map(str, paths), "--format", "json",
                        "-o", os.devnull, "--embedder", embedder], check=True, capture_output=True, env=_env(src))
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4),
            "cpu_median_s": round(statistics.median(cpu), 4)}


def _env(src: Path | None) -> dict[str, str]:
    """The environment of a child that imports rashomon from ``src`` (None: this process's path).

    Bytecode may be written: an installed package has its modules compiled, so a cold run that
    compiled ~130 modules from source each time (PYTHONDONTWRITEBYTECODE set in the caller's
    shell) would time the compiler, not a user's start-up."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])
    return env


def versus(other: Path, embedder: str, repeat: int, rounds: int) -> dict:
    """This code and ``other`` (another checkout's src), timed in alternation so both see the same
    load: per round and per code, a warm child process then the cold CLI runs."""
    import rashomon

    codes = {"other": other.resolve(), "this": Path(rashomon.__file__).resolve().parents[1]}
    samples: dict = {label: {n: {"warm": [], "warm_cpu": [], "cold": [], "cold_cpu": []} for n in (2, 4)} for label in codes}
    with tempfile.TemporaryDirectory() as tmp:
        sets = {}
        for n in (2, 4):
            (Path(tmp) / str(n)).mkdir()
            sets[n] = articles(n, Path(tmp) / str(n))
        for _ in range(rounds):
            for label, src in codes.items():
                for n, paths in sets.items():
                    w = run_child(__file__, "--embedder", embedder, "--repeat", str(repeat), "--warm-child", *map(str, paths),
                                  env=_env(src))
                    c = cold(paths, embedder, max(2, repeat // 2), src)
                    for key, value in (("warm", w["median_s"]), ("warm_cpu", w["cpu_median_s"]),
                                       ("cold", c["median_s"]), ("cold_cpu", c["cpu_median_s"])):
                        samples[label][n][key].append(value)
    return {"codes": {k: str(v) for k, v in codes.items()}, "rounds": rounds,
            "median_of_rounds": {label: {n: {k: round(statistics.median(v), 4) for k, v in per.items()} for n, per in by_n.items()}
                                 for label, by_n in samples.items()},
            "samples": samples}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default="auto")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--name", help="result file name (default compare_speed)")
    parser.add_argument("--note", default="", help="a line saying what was measured and how loaded the machine was")
    parser.add_argument("--versus", type=Path, help="another checkout's src directory: time it and this code in alternation")
    parser.add_argument("--rounds", type=int, default=3, help="alternations with --versus")
    parser.add_argument("--warm-child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    settings = Settings(embedder=args.embedder)
    if args.warm_child:  # a child of --versus: the warm timing of the rashomon on its PYTHONPATH
        print(json.dumps(warm([Path(p) for p in args.warm_child], settings, args.repeat)))
        return
    if args.versus:
        write_versus(args)
        return
    import rashomon

    results = {"machine": machine(), "code": str(Path(rashomon.__file__).resolve().parent), "note": args.note,
               "words_per_article": WORDS, "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (2, 4):
            paths = articles(n, Path(tmp))
            results["runs"][f"{n}_articles"] = {"warm": warm(paths, settings, args.repeat), "cold_cli": cold(paths, args.embedder, max(2, args.repeat // 2))}
    results["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    RESULTS.mkdir(exist_ok=True)
    name = args.name or "compare_speed"
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


def write_versus(args: argparse.Namespace) -> None:
    results = {"machine": machine(), "note": args.note, "words_per_article": WORDS,
               **versus(args.versus, args.embedder, args.repeat, args.rounds)}
    results["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    name = args.name or "compare_speed"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [f"# compare speed ({args.embedder}): this code against another, in alternation", "", f"{results['machine']}", "",
             f"other = `{results['codes']['other']}`, this = `{results['codes']['this']}`; {args.rounds} rounds, "
             "each cell the median over the rounds of each round's median.", ""]
    if args.note:
        lines += [args.note, ""]
    lines += ["| articles | code | warm median (s) | warm CPU (s) | cold CLI median (s) | cold CLI CPU (s) |", "|---|---|---|---|---|---|"]
    for n in (2, 4):
        for label in ("other", "this"):
            m = results["median_of_rounds"][label][n]
            lines.append(f"| {n} | {label} | {m['warm']} | {m['warm_cpu']} | {m['cold']} | {m['cold_cpu']} |")
    (RESULTS / f"{name}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
