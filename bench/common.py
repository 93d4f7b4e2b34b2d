"""Shared helpers for benchmarks: where the data is, the machine/date header of a result, a stage run
in a process of its own, and a ``rashomon`` command timed as a user runs it."""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"
SHARED = BENCH.parents[1] / "shared"  # /work/shared beside the repo: benchmarks only, never the product


def machine() -> dict[str, Any]:
    """Where and when a result was measured."""
    return {
        "commit": commit(),
        "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or _cpu_model(),
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
    }


def commit() -> str:
    """The commit measured; ``+dirty`` when the working tree had uncommitted changes (other than
    result files, which a run of several benchmarks writes one after another: they are no code)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=BENCH, capture_output=True, text=True, check=False).stdout.strip()

    head = git("rev-parse", "--short=12", "HEAD") or "unknown"
    return head + ("+dirty" if git("status", "--porcelain", "--untracked-files=no", "--", ":(top)", ":(top,exclude)bench/results") else "")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def machine_markdown(info: dict[str, Any] | None = None) -> str:
    info = info or machine()
    return (f"Measured at commit {info.get('commit', 'unknown')}, {info['date']}, on {info['platform']} ({info['processor']}, {info['cpu_count']} CPUs), "
            f"Python {info['python']}.")


def run_child(script: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """``python SCRIPT ARGS`` in a process of its own (``env``: its environment, None: this one's);
    the JSON it printed last (a stage's result)."""
    out = subprocess.run([sys.executable, script, *args], check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_cli(args: list[str]) -> dict[str, float]:
    """``rashomon ARGS`` run in this process as a user runs it, timed: wall seconds, CPU seconds here
    and in this process's children (a reader process, dask's workers), and the peak RSS of each."""
    from rashomon.cli import app

    t0, c0 = time.perf_counter(), time.process_time()
    try:
        app(args, standalone_mode=False)
    except SystemExit as exc:  # typer.Exit(0) is fine
        if exc.code:
            raise
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "children_cpu_seconds": round(children.ru_utime + children.ru_stime, 2),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "children_peak_rss_mib": round(children.ru_maxrss / 1024, 1)}


def write_result(name: str, payload: dict[str, Any], markdown: str) -> tuple[Path, Path]:
    """Write ``results/<name>.json`` (payload plus machine) and ``results/<name>.md``."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {"machine": machine(), **payload}
    json_path = RESULTS / f"{name}.json"
    md_path = RESULTS / f"{name}.md"
    json_path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    md_path.write_text(markdown.rstrip() + "\n\n" + machine_markdown(payload["machine"]) + "\n", encoding="utf-8")
    return json_path, md_path


def render_result(name: str, report: Callable[[dict[str, Any]], str]) -> None:
    """Rewrite ``results/<name>.md`` from ``results/<name>.json`` with ``report``, under the JSON's own
    machine line (a changed report, the numbers as they were measured)."""
    payload = json.loads((RESULTS / f"{name}.json").read_text(encoding="utf-8"))
    (RESULTS / f"{name}.md").write_text(report(payload).rstrip() + "\n\n" + machine_markdown(payload["machine"]) + "\n",
                                        encoding="utf-8")
