"""Hostile inputs at scale: tracebacks, runs over 30 s, good articles lost and peak memory, by class.

    python bench/hostile.py [--count 2000] [--seed 17] [--workers N] [--ingest-every 19] [--only CLASS] [--name hostile]

Draws ``--count`` seeded hostile inputs from tests/hostile/generator.py (its classes in turn,
full-size: lines up to 1 MB, 50,000-deep HTML, 64 MB compression bombs, 100,000 characters of
quotation marks, sentences or lines), places each beside two
good articles and runs ``rashomon compare HOSTILE GOOD_A GOOD_B -f json -o ...`` through the real
command (typer's runner, in worker processes, RASHOMON_DEBUG=1 so that an internal error shows as
the exception it is); every ``--ingest-every``-th input is also ingested with its good articles
into a fresh store. Counted per class: tracebacks (any exception but the command's own exit),
exit codes other than 0, runs over 30 s, good articles lost, and each worker's peak resident
memory. Writes bench/results/<name>.json and .md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import signal
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent), str(BENCH.parent / "src")]

from common import write_result  # noqa: E402

from tests.hostile.generator import GOOD_A, GOOD_B, HostileCase, cases, kinds  # noqa: E402

BOUND = 30.0
HARD_STOP = 120  # seconds: a run still going is stopped (and counted as over the bound)


_CPU: list[float] = []  # CPU seconds of each run in this worker (the wall time depends on the machine's load)


class _Overrun(Exception):
    pass


def _alarm(_signum: int, _frame: Any) -> None:
    raise _Overrun()


def _write(folder: Path, case: HostileCase) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good-a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "good-b.txt").write_text(GOOD_B, encoding="utf-8")
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), case.name)))
    path.write_bytes(case.data)
    return path


def _invoke(args: list[str]) -> tuple[Any, float, bool]:
    from typer.testing import CliRunner

    from rashomon.cli import app

    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HARD_STOP)
    start = time.perf_counter()
    cpu = time.process_time()
    try:
        result = CliRunner().invoke(app, args, env={"RASHOMON_DEBUG": "1"})
        overrun = isinstance(result.exception, _Overrun)  # the runner caught the hard stop: an overrun, not a traceback
        if overrun:
            result = None
    except _Overrun:
        result, overrun = None, True
    finally:
        signal.alarm(0)
    _CPU.append(time.process_time() - cpu)
    return result, time.perf_counter() - start, overrun


def _traceback(result: Any) -> str | None:
    if result is None or result.exception is None or isinstance(result.exception, SystemExit):
        return None
    return f"{type(result.exception).__name__}: {str(result.exception)[:200]}"


def run_case(task: tuple[int, HostileCase, bool]) -> dict[str, Any]:
    index, case, ingest = task
    out: dict[str, Any] = {"index": index, "kind": case.kind, "note": case.note}
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        folder = Path(tmp) / "in"
        path = _write(folder, case)
        report_path = Path(tmp) / "r.json"
        result, seconds, overrun = _invoke(["compare", os.fsdecode(path), str(folder / "good-a.txt"),
                                            str(folder / "good-b.txt"), "-f", "json", "-o", str(report_path)])
        out.update(seconds=round(seconds, 3), cpu_seconds=round(_CPU[-1], 3), overrun=overrun, traceback=_traceback(result),
                   exit_code=None if result is None else result.exit_code)
        kept = set()
        if report_path.exists():
            report = json.loads(report_path.read_text(encoding="utf-8"))
            kept = {Path(a.get("path") or "").name for a in report["articles"]}
        out["good_lost"] = 2 - len(kept & {"good-a.txt", "good-b.txt"})
        if ingest:
            from rashomon.store.facade import Store

            db = str(Path(tmp) / "s.db")
            result, seconds, overrun = _invoke(["ingest", str(folder), "--db", db, "--no-progress", "--reader", "inline"])
            stored = {Path(a.path or "").name for a in Store(db).articles()} if not overrun else set()
            out["ingest"] = {"seconds": round(seconds, 3), "overrun": overrun, "traceback": _traceback(result),
                             "exit_code": None if result is None else result.exit_code,
                             "good_lost": 2 - len(stored & {"good-a.txt", "good-b.txt"})}
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    by_kind: dict[str, Counter] = defaultdict(Counter)
    slowest: dict[str, float] = defaultdict(float)
    slowest_cpu: dict[str, float] = defaultdict(float)
    examples: dict[str, list[str]] = defaultdict(list)
    slowest_note: dict[str, str] = {}
    for row in rows:
        counts = by_kind[row["kind"]]
        counts["runs"] += 1
        counts["tracebacks"] += row["traceback"] is not None
        counts["over_30s"] += row["overrun"] or row["seconds"] > BOUND
        counts["exit_not_0"] += row["exit_code"] != 0
        counts["good_lost"] += row["good_lost"]
        slowest[row["kind"]] = max(slowest[row["kind"]], row["seconds"])
        if row["cpu_seconds"] >= slowest_cpu[row["kind"]]:
            slowest_cpu[row["kind"]] = row["cpu_seconds"]
            slowest_note[row["kind"]] = row["note"]
        if row["traceback"] and len(examples[row["kind"]]) < 3:
            examples[row["kind"]].append(f"{row['note']}: {row['traceback']}")
        ingest = row.get("ingest")
        if ingest:
            counts["ingest_runs"] += 1
            counts["ingest_tracebacks"] += ingest["traceback"] is not None
            counts["ingest_over_30s"] += ingest["overrun"] or ingest["seconds"] > BOUND
            counts["ingest_exit_not_0"] += ingest["exit_code"] != 0
            counts["ingest_good_lost"] += ingest["good_lost"]
    classes = {kind: {**by_kind[kind], "slowest_seconds": round(slowest[kind], 2),
                      "slowest_cpu_seconds": round(slowest_cpu[kind], 2), "slowest_cpu_input": slowest_note.get(kind, ""),
                      "examples": examples[kind]}
               for kind in kinds() if kind in by_kind}
    total = Counter()
    for counts in by_kind.values():
        total.update(counts)
    return {"total": dict(total), "classes": classes}


def markdown(summary: dict[str, Any], payload: dict[str, Any]) -> str:
    total = summary["total"]
    lines = [
        "# Hostile inputs", "",
        f"{payload['count']} seeded hostile inputs (seed {payload['seed']}, "
        f"{'class ' + payload['only'] if payload.get('only') else str(len(kinds())) + ' classes in turn'}, full size), each beside two "
        f"good articles, through `rashomon compare` ({payload['workers']} worker process{'es' if payload['workers'] != 1 else ''}); every "
        f"{payload['ingest_every']}th also through `rashomon ingest`. "
        f"{'Interrupted after ' + str(payload['finished']) + ' inputs. ' if payload.get('interrupted') else ''}"
        f"Wall time {payload['wall_seconds']} s; "
        f"peak resident memory of a worker {payload['peak_rss_mb']} MB.", "",
        f"**compare**: {total.get('tracebacks', 0)} tracebacks, {total.get('over_30s', 0)} runs over 30 s, "
        f"{total.get('exit_not_0', 0)} exits other than 0, {total.get('good_lost', 0)} good articles lost "
        f"(of {2 * total.get('runs', 0)}).",
        f"**ingest**: {total.get('ingest_tracebacks', 0)} tracebacks, {total.get('ingest_over_30s', 0)} runs over 30 s, "
        f"{total.get('ingest_exit_not_0', 0)} exits other than 0, {total.get('ingest_good_lost', 0)} good articles lost "
        f"(of {2 * total.get('ingest_runs', 0)}).", "",
        "Wall seconds depend on the machine's load (the load average is in the JSON); CPU seconds do not.", "",
        "| class | runs | tracebacks | over 30 s | exit != 0 | good lost | slowest s (wall) | slowest s (CPU) | ingest runs | ingest tracebacks | ingest good lost |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for kind, c in summary["classes"].items():
        lines.append(f"| {kind} | {c.get('runs', 0)} | {c.get('tracebacks', 0)} | {c.get('over_30s', 0)} | {c.get('exit_not_0', 0)} "
                     f"| {c.get('good_lost', 0)} | {c['slowest_seconds']} | {c['slowest_cpu_seconds']} | {c.get('ingest_runs', 0)} "
                     f"| {c.get('ingest_tracebacks', 0)} | {c.get('ingest_good_lost', 0)} |")
    for kind, c in summary["classes"].items():
        for example in c["examples"]:
            lines.append(f"- {kind}: {example}")
    return "\n".join(lines)


def _drawn(seed: int, count: int, small: bool, only: str | None) -> list[HostileCase]:
    """``count`` cases: the classes in turn, or (``only``) that class's cases of the same draw."""
    if only is None:
        return list(cases(seed, count, small=small))
    return [c for c in cases(seed, count * len(kinds()), small=small) if c.kind == only][:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--ingest-every", type=int, default=19)  # prime to the 17 classes, so every class is ingested
    parser.add_argument("--small", action="store_true", help="the CI sizes (lines up to 100 KB) instead of full size")
    parser.add_argument("--only", choices=kinds(), help="draw inputs of this one class only")
    parser.add_argument("--name", default="hostile")
    args = parser.parse_args()
    tasks = [(i, case, args.ingest_every > 0 and i % args.ingest_every == 0)
             for i, case in enumerate(_drawn(args.seed, args.count, args.small, args.only))]
    load_before = os.getloadavg()
    start = time.perf_counter()
    rows: list[dict[str, Any]] = []
    interrupted = False
    with multiprocessing.get_context("fork").Pool(args.workers, maxtasksperchild=200) as pool:
        try:
            for n, row in enumerate(pool.imap_unordered(run_case, tasks, chunksize=4), 1):
                rows.append(row)
                if n % 100 == 0:
                    print(f"{n}/{len(tasks)} in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
        except KeyboardInterrupt:  # a run cut short (Ctrl-C, or SIGINT when time is up) still reports what it did
            interrupted = True
            pool.terminate()
    wall = time.perf_counter() - start
    if not rows:
        raise SystemExit("interrupted before any input finished")
    summary = summarise(rows)
    payload = {"count": args.count, "only": args.only, "seed": args.seed, "workers": args.workers, "ingest_every": args.ingest_every,
               "small": args.small, "wall_seconds": round(wall, 1), "load_average_before": [round(x, 2) for x in load_before],
               "load_average_after": [round(x, 2) for x in os.getloadavg()], "bound_seconds": BOUND,
               "peak_rss_mb": max(r["peak_rss_mb"] for r in rows), "finished": len(rows), "interrupted": interrupted,
               **summary}
    json_path, md_path = write_result(args.name, payload, markdown(summary, payload))
    print(md_path.read_text())


if __name__ == "__main__":
    main()
