"""The end-to-end ingest a user runs: ``rashomon ingest dump.jsonl --db fresh.sqlite``.

The articles are the synthetic ones of ``bench/cluster_scale.py`` (its seeded ``generate``:
real ECB+ sentences recombined into ~600-word articles, UCI-6k headlines as titles, 10%
near-duplicate reprints, dated 500,000 a day), each given an outlet and a URL, written to a
JSONL dump first (not timed). Timed: the whole ``rashomon ingest`` command on a fresh
SQLite file, in a process of its own: reading and parsing the JSONL, storing each article
with its full-text (FTS5) entry, near duplicates, clustering, the reassignment sweeps,
saving the clusterer's state and the story rows. Peak RSS is that process's ``ru_maxrss``.

Then a top-up: 1,000 new articles (the generator's next 1,000, so they continue its
stories) ingested onto the largest store, as a ``--watch`` round or a daily top-up does;
timed as a whole and by phase (loading the saved clusterer state, clustering, saving it).

    python bench/ingest_scale.py --sizes 10000 100000 --topup 1000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, run_cli, write_result  # noqa: E402

OUTLETS = 40


def write_dump(path: Path, start: int, stop: int) -> dict:
    """Articles ``start`` .. ``stop - 1`` of the generator's stream as JSONL; their mean words."""
    from cluster_scale import generate

    words = count = 0
    with path.open("w", encoding="utf-8") as out:
        for i, raw in enumerate(generate(stop)):
            if i < start:
                continue
            outlet = f"outlet{i % OUTLETS:02d}"
            record = {"title": raw["title"], "text": raw["text"], "date": raw["date"], "source": outlet,
                      "url": f"https://{outlet}.example.com/news/{raw['id']}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            words += len(raw["text"].split())
            count += 1
    return {"articles": count, "mean_words": round(words / max(count, 1), 1), "bytes": path.stat().st_size}


def run_ingest(dump: Path, db: Path) -> dict:
    """One ``rashomon ingest`` (the CLI, in this process), timed whole and by phase."""
    from rashomon.stories import ingestion as library
    from rashomon.stories import state as saved_state
    from rashomon.store.facade import Store

    phases = {"load_state": 0.0, "save_state": 0.0, "storing": 0.0, "clustering": 0.0, "refine_and_save": 0.0}

    def timed(owner, name, phase):
        original = getattr(owner, name)
        is_class = isinstance(owner.__dict__.get(name), classmethod)
        func = original.__func__ if is_class else original

        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                phases[phase] += time.perf_counter() - t0

        setattr(owner, name, classmethod(wrapper) if is_class else wrapper)

    timed(Store, "cluster_state", "load_state")
    timed(saved_state, "load", "load_state")
    timed(saved_state, "dump", "save_state")
    timed(Store, "save_cluster_state", "save_state")
    timed(Store, "add_documents", "storing")
    timed(library._Stories, "add", "clustering")  # each batch: clustering and storing its stories
    timed(library._Stories, "finish", "refine_and_save")
    # --no-compare: what ingest_scale has always measured (comparing the stories is compare-all's work)
    args = ["ingest", str(dump), "--db", str(db), "--no-progress", "--no-compare", "--max-bytes", str(2**31 - 1)]
    run = run_cli(args)
    with Store(db) as store:
        stories = len(store.stories())
        stored = store.count()
        state = store.cluster_state()
    return {
        "seconds": run["seconds"],
        "cpu_seconds": run["cpu_seconds"],
        "reader_cpu_seconds": run["children_cpu_seconds"],
        "reader_peak_rss_mib": run["children_peak_rss_mib"],
        "stored": stored,
        "stories": stories,
        "peak_rss_mib": run["peak_rss_mib"],
        "load_state_seconds": round(phases["load_state"], 3),
        "save_state_seconds": round(phases["save_state"], 3),
        # the clusterer is loaded (or rebuilt) in the first batch: its time is taken out here
        "clustering_seconds": round(phases["clustering"] - phases["load_state"], 2),
        "refine_seconds": round(phases["refine_and_save"] - phases["save_state"], 2),
        "storing_seconds": round(phases["storing"], 2),
        "reading_seconds": round(run["seconds"] - phases["storing"] - phases["clustering"] - phases["refine_and_save"], 2),
        "state_bytes": len(state[0]) if state else 0,
        "db_bytes": db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob(db.name + "-*")),
    }


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy (all cores, /proc/stat), or NaN."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return float("nan")
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def measure(n: int, topup: int, workdir: Path) -> dict:
    """Child process: ingest ``n`` articles into a fresh store (the numbers are this process's)."""
    dump = workdir / f"dump{n}.jsonl"
    db = workdir / f"fresh{n}.sqlite"
    result = run_ingest(dump, db)
    result["articles_per_second"] = round(n / result["seconds"], 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--topup", type=int, default=1_000, help="new articles ingested onto the largest store")
    parser.add_argument("--workdir", type=Path, help="where the dumps and stores go (default: a temporary folder)")
    parser.add_argument("--name", default="ingest_scale", help="result file name under bench/results/")
    parser.add_argument("--note", default="", help="a line about the machine's load, added to the result")
    parser.add_argument("--before-label", default="", help="what the --before runs were (default: their 'code' line)")
    parser.add_argument("--reuse-dumps", action="store_true", help="keep the dumps a run wrote to --workdir")
    parser.add_argument("--before", type=Path, default=Path(__file__).resolve().parent / "results" / "ingest_scale_speed_before.json",
                        help="a result JSON (with 'runs' and a 'code' or 'note' line) to compare with")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one ingest of a dump, print JSON
    parser.add_argument("--topup-of", type=int, help=argparse.SUPPRESS)  # internal: the top-up onto that store
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.topup, args.workdir)))
        return
    if args.topup_of:
        result = run_ingest(args.workdir / f"topup{args.topup_of}.jsonl", args.workdir / f"fresh{args.topup_of}.sqlite")
        result["articles_per_second"] = round(args.topup / result["seconds"], 1)
        print(json.dumps(result))
        return
    if not (SHARED / "data" / "ecbplus").exists():
        sys.exit(f"shared data not found under {SHARED}")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="rashomon-ingest-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    runs = []
    for n in args.sizes:
        dump = workdir / f"dump{n}.jsonl"
        saved = workdir / f"dump{n}.info.json"
        if args.reuse_dumps and dump.exists() and saved.exists():
            info = json.loads(saved.read_text())
        else:
            info = write_dump(dump, 0, n)
            saved.write_text(json.dumps(info))
        for stale in workdir.glob(f"fresh{n}.sqlite*"):
            stale.unlink()
        load = os.getloadavg()[0]
        busy = busy_seconds()
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--workdir", str(workdir)],
                             check=True, capture_output=True, text=True)
        busy = busy_seconds() - busy
        result = json.loads(out.stdout.strip().splitlines()[-1])
        # Cores kept busy by other work meanwhile: the machine's busy CPU time less this run's.
        other = (busy - result["cpu_seconds"] - result["reader_cpu_seconds"]) / result["seconds"]
        runs.append({"articles": n, **info, **result, "load": f"{load:.1f}-{os.getloadavg()[0]:.1f}",
                     "other_cores": round(max(other, 0.0), 2)})
        print(runs[-1], flush=True)
    largest = max(args.sizes)
    topup = None
    if args.topup:
        info = write_dump(workdir / f"topup{largest}.jsonl", largest, largest + args.topup)
        out = subprocess.run([sys.executable, __file__, "--topup-of", str(largest), "--topup", str(args.topup),
                              "--workdir", str(workdir)], check=True, capture_output=True, text=True)
        topup = {"onto": largest, **info, **json.loads(out.stdout.strip().splitlines()[-1])}
        print(topup, flush=True)
    load_after = os.getloadavg()
    payload = {"python": platform.python_version(), "runs": runs, "topup": topup, "note": args.note,
               "load_average_before": [round(x, 2) for x in load_before],
               "load_average_after": [round(x, 2) for x in load_after], "before": str(args.before),
               "before_label": args.before_label}
    write_result(args.name, payload, report(payload))


def report(payload: dict) -> str:
    md = [
        "# The full ingest path (rashomon ingest dump.jsonl --db fresh.sqlite)",
        "",
        "Synthetic ~600-word articles from the seeded generator of bench/cluster_scale.py (real ECB+ sentences "
        "recombined into stories of one event each, with their own names and headlines, 10% near-duplicate "
        "reprints, 500,000 a day), each with an outlet and a URL, "
        "written to a JSONL dump first (not timed). Timed: the whole `rashomon ingest` command in a process of its "
        "own on a fresh SQLite file: reading and parsing, storing with the FTS5 index, near duplicates, clustering, "
        "the reassignment sweeps, saving the clusterer state and the story rows. Peak RSS: that process's maxrss. "
        "A dump over 4 MB is read and stored (decoded, parsed, language detected, inserted with its full-text "
        "entry) by a child process while the main one clusters; the child's CPU time and peak RSS are given in "
        "brackets, and the main process's storing column is then 0. The phase columns are wall seconds in the "
        "main process; reading is what it waits for the child (or spends reading, without one).",
        "",
        "| articles | dump MB | seconds | articles/s | CPU s (reader process) | peak RSS MiB (reader) | reading s "
        "| storing s | clustering s | sweeps s | state save s | state MB | stories | database MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in payload["runs"]:
        r.setdefault("articles_per_busiest_cpu_second",
                     round(r["articles"] / max(r["cpu_seconds"], r["reader_cpu_seconds"]), 1))
        md.append(f"| {r['articles']:,} | {r['bytes'] / 1e6:.0f} | {r['seconds']} | {r['articles_per_second']} | "
                  f"{r['cpu_seconds']} ({r['reader_cpu_seconds']}) | {r['peak_rss_mib']} ({r['reader_peak_rss_mib']}) | "
                  f"{r['reading_seconds']} | {r['storing_seconds']} | {r['clustering_seconds']} | {r['refine_seconds']} | "
                  f"{r['save_state_seconds']} | {r['state_bytes'] / 1e6:.1f} | {r['stories']:,} | {r['db_bytes'] / 1e6:.0f} |")
    t = payload.get("topup")
    if t:
        md += [
            "",
            f"Top-up: {t['articles']:,} new articles (the generator's next ones) ingested onto the "
            f"{t['onto']:,}-article store, as a `--watch` round or a daily top-up does:",
            "",
            "| new articles | seconds | articles/s | loading the state s | clustering s | sweeps s | saving the state s "
            "| reading s | storing s | peak RSS MiB |",
            "|---|---|---|---|---|---|---|---|---|---|",
            f"| {t['articles']:,} | {t['seconds']} | {t['articles_per_second']} | {t['load_state_seconds']} | "
            f"{t['clustering_seconds']} | {t['refine_seconds']} | {t['save_state_seconds']} | {t['reading_seconds']} | "
            f"{t['storing_seconds']} | {t['peak_rss_mib']} |",
        ]
    md += ["", "Articles per CPU second of the busier of the two processes (what an otherwise idle two-core machine "
               "would approach, the two processes overlapping): "
           + ", ".join(f"{r['articles']:,}: {r['articles_per_busiest_cpu_second']}" for r in payload["runs"]) + "."]
    before_path = Path(__file__).resolve().parent / "results" / "ingest_scale_before.json"
    if before_path.exists():
        before = json.loads(before_path.read_text())
        md += ["", f"Before this work ({before['code']}; ingest_scale_before.md):", "",
               "| articles | seconds | articles/s | CPU s | articles per CPU s | peak RSS MiB | state MB |",
               "|---|---|---|---|---|---|---|"]
        for r in before["runs"]:
            md.append(f"| {r['articles']:,} | {r['seconds']} | {r['articles_per_second']} | {r['cpu_seconds']} | "
                      f"{round(r['articles'] / r['cpu_seconds'], 1)} | {r['peak_rss_mib']} | {r['state_bytes'] / 1e6:.1f} |")
        md += ["", "| top-up onto | seconds | loading the state s | clustering s | saving the state s |", "|---|---|---|---|---|"]
        for t in before["topups"]:
            md.append(f"| {t['onto']:,} | {t['seconds']} | {t['load_state_seconds']} | {t['clustering_seconds']} | "
                      f"{t['save_state_seconds']} |")
    speed_path = Path(payload.get("before") or Path(__file__).resolve().parent / "results" / "ingest_scale_speed_before.json")
    if speed_path.exists():
        md += _speed_table(json.loads(speed_path.read_text()), payload["runs"], payload.get("before_label", ""))
    md += ["", f"Load average (1, 5, 15 min) before the runs: {', '.join(map(str, payload['load_average_before']))}; "
               f"after: {', '.join(map(str, payload['load_average_after']))} (2 cores, shared with other work)."]
    if payload.get("note"):
        md += ["", payload["note"]]
    return "\n".join(md)


def _speed_table(before: dict, after: list[dict], label: str = "") -> list[str]:
    """Before and after the speed work: CPU milliseconds per article in each process."""
    label = label or before.get("code") or before.get("note", "")
    md = ["", f"Before and after (before: {label}; after: these runs). CPU per article in "
              "each process, the articles per CPU second of the busier one, and the wall time with the load "
              "average (1 min) when the run started and ended, and the cores other work kept busy meanwhile "
              "(the machine's busy CPU time from /proc/stat less the run's own, over its wall time; 2 cores):", "",
          "| articles | code | seconds | articles/s | load | other work, cores | main CPU ms/article "
          "| reader CPU ms/article | articles per CPU s of the busier | stories |",
          "|---|---|---|---|---|---|---|---|---|---|"]
    rows = [("before", r) for r in before["runs"]] + [("after", r) for r in after]
    for label, r in sorted(rows, key=lambda row: (row[1]["articles"], row[0] != "before")):
        n = r["articles"]
        load = r.get("load", "")
        md.append(f"| {n:,} | {label} | {r['seconds']} | {round(n / r['seconds'], 1)} | {load} | "
                  f"{r.get('other_cores', '')} | {1000 * r['cpu_seconds'] / n:.3f} | {1000 * r['reader_cpu_seconds'] / n:.3f} | "
                  f"{round(n / max(r['cpu_seconds'], r['reader_cpu_seconds']), 1)} | {r['stories']:,} |")
    return md


if __name__ == "__main__":
    main()
