"""``rashomon compare-all`` on a large store: stories per second in one process and on dask.

The store is one that ``bench/warc_firehose.py`` left behind (``--workdir``: its ingest runs keep
``store-*.sqlite``), so the stories are the synthetic firehose's: real ECB+ sentences recombined
into ~600-word articles (bench/firehose.py). Each engine runs on its own copy of the store,
``rashomon compare-all --limit N`` as a user runs it (a backfill in steps), in a process of its
own: the N oldest stories of two or more articles, the same N for every engine. Timed: the whole
command as a user waits for it (starting dask's workers and loading the models in each process
included; reading each story's articles, the comparison, storing the report). CPU seconds are this
process's and its children's (dask's workers); peak RSS likewise. From the measured CPU seconds a
story, the cost of every story in the store is extrapolated (stories differ in size, so the
extrapolation weighs the articles compared, at most MAX_STORY_ARTICLES a story: an estimate,
said as one). The oldest stories of a firehose are its largest (they had the longest to grow),
so a prefix costs more a story than the whole.

    python bench/compare_all.py --store /tmp/warc100k/store-local2.sqlite --limit 1000 --engines local local:2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import render_result, run_child, run_cli, write_result  # noqa: E402

from rashomon.stories.ingestion import MAX_STORY_ARTICLES  # noqa: E402


def store_shape(db: Path) -> dict:
    """How many stories need a comparison, and how large they are."""
    from rashomon.store.facade import Store

    with Store(db) as store:
        sizes = [s.size for s in store.stories()]
        articles = store.count()
    multi = sorted(s for s in sizes if s >= 2)
    return {"articles": articles, "stories": len(sizes), "stories_to_compare": len(multi),
            "articles_in_them": sum(multi), "articles_compared": sum(min(s, MAX_STORY_ARTICLES) for s in multi),
            "median_size": statistics.median(multi) if multi else 0, "largest": max(multi, default=0)}


def stage_run(db: Path, engine: str, limit: int) -> dict:
    from rashomon.store.facade import Store

    args = ["compare-all", "--db", str(db), "--limit", str(limit), "-f", "json", "--no-progress"]
    if engine != "local":
        args += ["--scheduler", engine]
    load = os.getloadavg()[0]
    timed = run_cli(args)
    with Store(db) as store:
        compared = [s for s in store.stories() if s.size >= 2 and s.has_report]
    return {"engine": engine, **timed, "articles_compared": sum(min(s.size, MAX_STORY_ARTICLES) for s in compared),
            "stories": len(compared), "articles": sum(s.size for s in compared),
            "load": f"{load:.1f}-{os.getloadavg()[0]:.1f}"}


def report(payload: dict) -> str:
    shape, runs = payload["store"], payload["runs"]
    lines = [f"# compare-all: {payload['limit']:,} stories of a {shape['articles']:,}-article store", "",
             f"The store of bench/warc_firehose.py's {shape['articles']:,} generated pages: {shape['stories']:,} stories, "
             f"{shape['stories_to_compare']:,} of them of two or more articles ({shape['articles_in_them']:,} articles; "
             f"median {shape['median_size']}, largest {shape['largest']}). Each engine ran `rashomon compare-all --limit "
             f"{payload['limit']}` (the oldest stories) on its own copy. " + payload.get("note", ""), "",
             "| engine | stories | articles (compared) | seconds | stories/s | CPU s here | CPU s workers | CPU s a story | "
             "peak RSS MiB (workers) | load |", "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for run in runs:
        cpu = run["cpu_seconds"] + run["children_cpu_seconds"]
        lines.append(f"| {run['engine']} | {run['stories']:,} | {run['articles']:,} ({run.get('articles_compared', 0):,}) | {run['seconds']} | "
                     f"{run['stories'] / max(run['seconds'], 1e-9):.2f} | {run['cpu_seconds']} | "
                     f"{run['children_cpu_seconds']} | {cpu / max(run['stories'], 1):.3f} | "
                     f"{run['peak_rss_mib']} ({run['children_peak_rss_mib']}) | {run['load']} |")
    base = next((r for r in runs if r["engine"] == "local"), None)
    if base and base.get("articles_compared"):
        per_article = (base["cpu_seconds"] + base["children_cpu_seconds"]) / base["articles_compared"]
        whole = per_article * shape["articles_compared"]
        lines += ["", f"A story is compared through at most {MAX_STORY_ARTICLES} of its articles; the store's stories hold "
                  f"{shape['articles_compared']:,} articles to compare. Extrapolated from the local run's CPU seconds an "
                  f"article compared ({per_article * 1000:.0f} ms): comparing all {shape['stories_to_compare']:,} stories of the store would "
                  f"take about {whole / 3600:.1f} CPU hours, {whole / 3600 / 2:.1f} hours on this machine's two cores "
                  "(an upper estimate: the oldest stories measured here are the store's largest, and a story's cost grows "
                  "faster than its article count)."]
        for run in runs:
            if run is not base:
                lines.append(f"`{run['engine']}` over `local`, stories a second: "
                             f"{(run['stories'] / run['seconds']) / (base['stories'] / base['seconds']):.2f}x.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="a store that bench/warc_firehose.py ingested")
    parser.add_argument("--limit", type=int, default=1_000, help="stories each engine compares (the oldest)")
    parser.add_argument("--engines", nargs="+", default=["local", "local:2"])
    parser.add_argument("--name", default="compare_all")
    parser.add_argument("--note", default="")
    parser.add_argument("--stage", nargs=3, help=argparse.SUPPRESS)  # internal: one run, print JSON
    parser.add_argument("--render", action="store_true", help="rewrite the .md from the result JSON (its own stamp)")
    args = parser.parse_args()
    if args.render:
        render_result(args.name, report)
        return
    if args.stage:
        print(json.dumps(stage_run(Path(args.stage[0]), args.stage[1], int(args.stage[2]))))
        return
    if args.store is None or not args.store.exists():
        sys.exit("--store: give a store that bench/warc_firehose.py ingested (see this script's docstring)")
    payload = {"limit": args.limit, "note": args.note, "store": store_shape(args.store), "runs": []}
    print(payload["store"], flush=True)
    with tempfile.TemporaryDirectory(prefix="rashomon-compare-all-") as work:
        for engine in args.engines:
            copy = Path(work) / f"store-{engine.replace(':', '')}.sqlite"
            shutil.copyfile(args.store, copy)
            run = run_child(__file__, "--stage", str(copy), engine, str(args.limit))
            payload["runs"].append(run)
            print(run, flush=True)
            copy.unlink()
    write_result(args.name, payload, report(payload))


if __name__ == "__main__":
    main()
