"""``rashomon ingest crawl.warc.gz`` on a generated web archive: pages/s, stages, peak memory.

The pages are the synthetic firehose of ``bench/cluster_scale.py`` (its seeded ``generate``:
real ECB+ sentences recombined into ~600-word articles, dated 500,000 a day), each wrapped in
the chrome of one of 40 outlets' page templates: a head with meta tags (Open Graph title,
site name, publication time) and a stylesheet link, inline scripts (analytics, ads), a cookie
banner, a navigation bar of 25 links, a byline, the article in paragraphs of 3-5 sentences, a
"related" list of 8 links, a newsletter box and a footer of 20 links. 2% of the records are
not pages (a redirect, a 404, an image) so the skip path runs too. Written as a gzipped WARC
(one gzip member per record, as crawlers write them) with warcio; not timed.

Timed, each in a process of its own (peak RSS is that process's ru_maxrss, and its children's):

- ``parse``: :func:`rashomon.sources.warc.iter_pages` over the whole archive (reading the WARC);
- ``extract``: :func:`rashomon.sources.warc.page_document` (decoding + trafilatura) on the
  first ``--sample`` pages;
- ``ingest``: the whole ``rashomon ingest ARCHIVE --db fresh.sqlite`` command, with the
  engine given by ``--scheduler`` (none: one process, as a user runs it; ``local:2``: a dask
  LocalCluster of two worker processes).

- ``pages`` (``--pagebound inline local:2``): the page-bound part alone, the same work in
  either engine (:func:`stage_pages`), and the throughput ratio.

    python bench/warc_firehose.py --pages 10000 --runs inline local local:2 --pagebound inline local:2
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import datetime
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, render_result, run_child, run_cli, write_result  # noqa: E402

OUTLETS = 40
SECTIONS = ["World", "Politics", "Business", "Tech", "Science", "Health", "Sport", "Culture", "Opinion", "Local"]


def _chrome(outlet: int, rng: random.Random) -> dict[str, str]:
    """The parts of outlet ``outlet``'s page template around the article."""
    site = f"outlet{outlet:02d}"
    host = f"{site}.example.com"
    nav = "".join(f'<li class="nav-item"><a href="https://{host}/{s.lower()}/{i}">{s} {i or ""}</a></li>'
                  for i in range(3) for s in SECTIONS[: 8 + outlet % 3])
    footer = "".join(f'<li><a href="https://{host}/about/{w}">{w.title()}</a></li>'
                     for w in ["contact", "careers", "privacy", "terms", "cookies", "advertise", "newsletters",
                               "archive", "corrections", "ethics", "rss", "apps", "help", "accessibility",
                               "sitemap", "podcasts", "events", "shop", "licensing", "staff"])
    script = ("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
              "gtag('js',new Date());gtag('config','G-" + f"{outlet:06d}" + "');"
              "(function(){var s=document.createElement('script');s.async=true;s.src='https://ads." + host
              + "/tag.js';document.head.appendChild(s);})();" * (2 + outlet % 3))
    return {"site": site, "host": host, "nav": nav, "footer": footer, "script": script,
            "cls": ["story", "article-body", "post-content", "entry"][outlet % 4]}


def page(raw: dict, outlet: int, chrome: dict[str, str], related: list[tuple[str, str]], rng: random.Random) -> str:
    """One article as a news site serves it."""
    sentences = raw["text"].replace(". ", ".\n").split("\n")
    paragraphs, i = [], 0
    while i < len(sentences):
        step = rng.randint(3, 5)
        paragraphs.append("<p>" + escape(" ".join(sentences[i : i + step])) + "</p>")
        i += step
    title = escape(raw["title"])
    when = raw["date"]
    related_html = "".join(f'<li><a href="https://{chrome["host"]}/news/{rid}">{escape(rt)}</a></li>'
                           for rid, rt in related)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {chrome["site"].title()} News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{chrome["site"]}">
<meta property="og:type" content="article"><meta property="article:published_time" content="{when}">
<link rel="stylesheet" href="https://{chrome["host"]}/static/main.css">
<script>{chrome["script"]}</script></head>
<body>
<div id="cookie-banner" class="consent"><p>We use cookies to improve your experience and to show you
personalised ads. By clicking accept you agree to our use of cookies.</p><button>Accept all</button>
<button>Manage settings</button></div>
<header><a class="logo" href="https://{chrome["host"]}/">{chrome["site"].title()}</a>
<nav><ul class="menu">{chrome["nav"]}</ul></nav></header>
<main><article class="{chrome["cls"]}"><h1>{title}</h1>
<div class="byline">By Staff Reporter <time datetime="{when}">{when[:10]}</time></div>
{"".join(paragraphs)}
</article>
<aside class="related"><h2>Related stories</h2><ul>{related_html}</ul></aside>
<div class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our daily newsletter.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div></main>
<footer><ul>{chrome["footer"]}</ul><p>&copy; 2024 {chrome["site"].title()} Media Group. All rights reserved.</p></footer>
<script>document.querySelectorAll('.consent button').forEach(function(b){{b.onclick=function(){{this.parentNode.remove();}};}});</script>
</body></html>"""


def write_warc(path: Path, pages: int, seed: int = 11) -> dict:
    """The first ``pages`` articles of the generator as a gzipped WARC; what it holds."""
    from warcio.warcwriter import WARCWriter

    from cluster_scale import generate

    rng = random.Random(seed)
    chromes = [_chrome(o, rng) for o in range(OUTLETS)]
    recent: list[tuple[str, str]] = []
    written = others = html_bytes = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, raw in enumerate(generate(pages)):
            outlet = i % OUTLETS
            url = f"https://{chromes[outlet]['host']}/news/{raw['id']}"
            when = datetime.fromisoformat(raw["date"]).strftime("%Y-%m-%dT%H:%M:%SZ")
            if rng.random() < 0.02:  # not a page: exercises the skips
                kind = rng.choice(["redirect", "missing", "image"])
                status, headers, body = {
                    "redirect": ("301 Moved Permanently", [("Location", url + "/amp")], b""),
                    "missing": ("404 Not Found", [("Content-Type", "text/html")], b"<html><body>Not found</body></html>"),
                    "image": ("200 OK", [("Content-Type", "image/jpeg")], b"\xff\xd8\xff" + bytes(2000)),
                }[kind]
                _write(writer, url + f"?{kind}", status, headers, body, when)
                others += 1
            html = page(raw, outlet, chromes[outlet], recent[-8:], rng).encode("utf-8")
            html_bytes += len(html)
            _write(writer, url, "200 OK", [("Content-Type", "text/html; charset=utf-8")], html, when)
            recent.append((raw["id"], raw["title"]))
            written += 1
    return {"pages": written, "other_records": others, "warc_bytes": path.stat().st_size,
            "mean_page_bytes": round(html_bytes / max(written, 1))}


def _write(writer, url: str, status: str, headers: list[tuple[str, str]], body: bytes, when: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders

    http = StatusAndHeaders(status, headers + [("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": when})
    writer.write_record(record)


# --- timed stages (each in a child process) --------------------------------------------------


def stage_parse(archive: Path) -> dict:
    from rashomon.sources.warc import WarcPage, iter_pages

    t0, (c0, f0) = time.perf_counter(), _usage()
    pages = skipped = 0
    for item in iter_pages(archive, source=str(archive), max_bytes=5_000_000):
        if isinstance(item, WarcPage):
            pages += 1
        else:
            skipped += 1
    return {"seconds": round(time.perf_counter() - t0, 2), "cpu_seconds": round(time.process_time() - c0, 2),
            "pages": pages, "skipped": skipped}


def stage_extract(archive: Path, sample: int) -> dict:
    from rashomon.errors import InputError
    from rashomon.sources.warc import WarcPage, iter_pages, page_document

    pages = []
    for item in iter_pages(archive, source=str(archive), max_bytes=5_000_000):
        if isinstance(item, WarcPage):
            pages.append(item)
            if len(pages) >= sample:
                break
    t0, (c0, f0) = time.perf_counter(), _usage()
    words = failed = 0
    for p in pages:
        try:
            words += len(page_document(p).text.split())
        except InputError:
            failed += 1
    seconds = time.perf_counter() - t0
    return {"seconds": round(seconds, 2), "cpu_seconds": round(time.process_time() - c0, 2), "pages": len(pages),
            "ms_per_page": round(1000 * seconds / max(len(pages), 1), 2), "no_article": failed,
            "mean_words_extracted": round(words / max(len(pages) - failed, 1), 1)}


def _warm() -> bool:
    """Import what a unit's work needs and make the worker's clusterer (a process's first unit
    pays for these otherwise): done before the timed part in either engine."""
    from rashomon.sources.warc import page_document  # noqa: F401
    from rashomon.stories.distributed import _preparer

    _preparer()
    return True


_BARRIER: list = []


def _pool_init(barrier) -> None:  # type: ignore[no-untyped-def]
    _BARRIER.append(barrier)


def _warm_pool(_index: int) -> bool:
    _warm()
    _BARRIER[0].wait()
    return True


def _cpu_pool(_index: int) -> tuple[float, int]:
    cpu = _usage()
    _BARRIER[0].wait()
    return cpu


def _usage() -> tuple[float, int]:
    """This process's CPU seconds and minor page faults so far."""
    return time.process_time(), resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def _pool_work(unit: tuple) -> list:
    from rashomon.stories.distributed import work

    return work(unit, {"max_bytes": 5_000_000}, True) if unit[0] != "local" else [(i, None) for i in unit[1]]


def stage_pages(archive: Path, engine: str) -> dict:
    """The page-bound part alone, the same work in either engine: reading the WARC and cutting
    it into units (:func:`rashomon.stories.distributed.page_units`, in this process), and for
    each unit what a dask worker does (:func:`~rashomon.stories.distributed.work`: decoding,
    trafilatura, the clusterer's per-article ``prepare``), its results taken back here in
    order. ``inline``: every unit worked in this process; ``local:N``: on a LocalCluster of N
    workers, as ``rashomon ingest --scheduler local:N`` starts it. Nothing is stored or
    clustered. Not timed: starting the cluster and :func:`_warm` (in every process that works
    units), both reported apart as ``startup_seconds``."""
    from rashomon.stories.distributed import Engine, page_units, unit_results, work

    options = {"max_bytes": 5_000_000}
    documents = skipped = 0
    worker_cpu = 0.0
    engine_obj = None
    t0 = time.perf_counter()
    pool = None
    if engine == "inline":
        _warm()
    elif engine.startswith("pool:"):  # the yardstick: the same units on a plain process pool, no dask
        import multiprocessing

        size = int(engine.partition(":")[2])
        context = multiprocessing.get_context("spawn")
        pool = context.Pool(size, initializer=_pool_init, initargs=(context.Barrier(size),))
        pool.map(_warm_pool, range(size), chunksize=1)
        before = dict(enumerate(pool.map(_cpu_pool, range(size), chunksize=1)))
    else:
        engine_obj = Engine(engine)
        engine_obj.client.wait_for_workers(int(engine.partition(":")[2] or 1))
        engine_obj.client.run(_warm)
        before = engine_obj.client.run(_usage)
    startup = time.perf_counter() - t0
    load = os.getloadavg()[0]
    t0, (c0, f0) = time.perf_counter(), _usage()
    todo = page_units(archive, str(archive), options)
    if pool is not None:
        results = pool.imap(_pool_work, todo)
    elif engine_obj is None:
        results = (work(u, options, True) if u[0] != "local" else [(i, None) for i in u[1]] for u in todo)
    else:
        results = unit_results(engine_obj.client, todo, options, True)
    for items in results:
        for _item, prepared in items:
            if prepared is None:
                skipped += 1
            else:
                documents += 1
    seconds, (cpu, faults) = time.perf_counter() - t0, _usage()
    cpu, faults = cpu - c0, faults - f0
    worker_faults = 0
    after: dict = {}
    if pool is not None:  # each process's CPU read once (a barrier keeps a process from answering twice)
        after = dict(enumerate(pool.map(_cpu_pool, range(size), chunksize=1)))
        pool.close()
        pool.join()
    if engine_obj is not None:
        after = engine_obj.client.run(_usage)
        engine_obj.close()
    if after:
        worker_cpu = sum(after[w][0] - before[w][0] for w in after)
        worker_faults = sum(after[w][1] - before[w][1] for w in after)
    return {"engine": engine, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "worker_cpu_seconds": round(worker_cpu, 2), "documents": documents, "skipped": skipped,
            "minor_faults": faults, "worker_minor_faults": worker_faults,
            "startup_seconds": round(startup, 2), "load": f"{load:.1f}-{os.getloadavg()[0]:.1f}"}


def stage_idle(engine: str, seconds: float = 10.0) -> dict:
    """CPU seconds a started ``local:N`` cluster spends doing nothing for ``seconds``: in this
    process (the scheduler, the client, the nannies) and in its workers."""
    from rashomon.stories.distributed import Engine

    engine_obj = Engine(engine)
    try:
        client = engine_obj.client
        client.wait_for_workers(int(engine.partition(":")[2] or 1))
        time.sleep(1.0)
        before, c0 = client.run(time.process_time), time.process_time()
        time.sleep(seconds)
        after, c1 = client.run(time.process_time), time.process_time()
    finally:
        engine_obj.close()
    return {"engine": engine, "seconds": seconds, "cpu_seconds": round(c1 - c0, 3),
            "worker_cpu_seconds": [round(after[w] - before[w], 3) for w in sorted(after)]}


def stage_ingest(archive: Path, db: Path, scheduler: str) -> dict:
    from rashomon.store.facade import Store

    # --no-compare: the page-bound part (reading, extraction, storing, clustering); comparing the
    # stories after an ingest is compare-all's work, measured apart.
    args = ["ingest", str(archive), "--db", str(db), "--no-progress", "--no-compare"]
    if scheduler == "inline":
        args += ["--reader", "inline"]
    elif scheduler != "local":
        args += ["--scheduler", scheduler]
    timed = run_cli(args)
    with Store(db) as store:
        stored, stories = store.count(), len(store.stories())
    return {**timed, "stored": stored, "stories": stories}


def report(payload: dict) -> str:
    info, stages = payload["archive"], payload["stages"]
    lines = [f"# WARC ingest: {info['pages']:,} generated pages", "",
             f"One gzipped WARC of {info['pages']:,} HTML pages (mean {info['mean_page_bytes']:,} bytes of HTML) "
             f"and {info['other_records']} other records, {info['warc_bytes'] / 2**20:.1f} MiB "
             "(bench/warc_firehose.py). " + payload.get("note", ""), "",
             "| stage | pages | seconds | pages/s | CPU s | notes |", "|---|---:|---:|---:|---:|---|"]
    loads = {name: run.get("load", "?") for name, run in payload["runs"].items()}
    if "parse" in stages:
        p = stages["parse"]
        lines.append(f"| reading the WARC (iter_pages) | {p['pages']:,} | {p['seconds']} | "
                     f"{p['pages'] / max(p['seconds'], 1e-9):,.0f} | {p['cpu_seconds']} | {p['skipped']} records skipped |")
    if "extract" in stages:
        e = stages["extract"]
        lines.append(f"| decoding + trafilatura (page_document) | {e['pages']:,} | {e['seconds']} | "
                     f"{e['pages'] / max(e['seconds'], 1e-9):,.1f} | {e['cpu_seconds']} | {e['ms_per_page']} ms a page, "
                     f"{e['mean_words_extracted']} words extracted |")
    for name, run in payload["runs"].items():
        label = {"local": "(default: a forked reader process + this one)",
                 "inline": "--reader inline (one process)"}.get(name, "--scheduler " + name)
        lines.append(f"| `rashomon ingest` {label} | "
                     f"{run['stored']:,} stored | {run['seconds']} | {info['pages'] / run['seconds']:,.1f} | "
                     f"{run['cpu_seconds']} (+{run['children_cpu_seconds']} in children) | "
                     f"peak RSS {run['peak_rss_mib']} MiB (children {run['children_peak_rss_mib']}), "
                     f"{run['stories']:,} stories; load average {loads[name]} |")
    for base_name in ("inline", "local"):
        if base_name not in payload["runs"]:
            continue
        base = payload["runs"][base_name]["seconds"]
        for name, run in payload["runs"].items():
            if name not in ("inline", "local"):
                lines += ["", f"Speed-up of `--scheduler {name}` over the `{base_name}` run (wall time): "
                              f"{base / run['seconds']:.2f}x."]
    lines += pagebound_report(payload.get("pagebound", []), info)
    for idle in payload.get("idle", []):
        lines += ["", f"`{idle['engine']}` started and idle for {idle['seconds']:.0f} s: {idle['cpu_seconds']} CPU s in "
                      f"this process (scheduler, client, nannies), {', '.join(map(str, idle['worker_cpu_seconds']))} "
                      "in its workers."]
    for key in ("extrapolation", "reading"):
        if payload.get(key):
            lines += ["", payload[key]]
    return "\n".join(lines)


def pagebound_report(runs: list[dict], info: dict) -> list[str]:
    """The page-bound table and the local:N / inline throughput ratios (each local:N run
    against the inline run nearest to it, then the median)."""
    if not runs:
        return []
    lines = ["", "## The page-bound part alone", "",
             "Reading the WARC and cutting it into units of pages (this process), then per unit what a worker "
             "does (decoding, trafilatura, the clusterer's per-article `prepare`), the results taken back into "
             "this process in order; nothing stored or clustered. `inline`: all of it in one process; `local:N`: "
             "the units on a LocalCluster of N worker processes as `rashomon ingest --scheduler local:N` starts "
             "it. Not timed, in either engine: starting the cluster and importing the extraction code and making "
             "the clusterer in every process that works units (the `startup` column). CPU ms and minor page "
             "faults a page: this process + the workers, over the documents. `pool:N`, the yardstick: the same "
             "units on a plain multiprocessing pool of N processes, no dask.", "",
             "| run | engine | documents | seconds | pages/s | CPU s here | CPU s workers | CPU ms a page | "
             "page faults a page | startup s | load |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for i, run in enumerate(runs, 1):
        n = max(run["documents"], 1)
        per = 1000 * (run["cpu_seconds"] + run["worker_cpu_seconds"]) / n
        faults = (run.get("minor_faults", 0) + run.get("worker_minor_faults", 0)) / n
        lines.append(f"| {i} | {run['engine']} | {run['documents']:,} | {run['seconds']} | "
                     f"{run['documents'] / max(run['seconds'], 1e-9):,.1f} | {run['cpu_seconds']} | "
                     f"{run['worker_cpu_seconds']} | {per:.2f} | {faults:.0f} | {run['startup_seconds']} | {run['load']} |")
    inline = [(i, r) for i, r in enumerate(runs) if r["engine"] == "inline"]
    ratios: dict[str, list[float]] = {}
    for i, run in enumerate(runs):
        if run["engine"] == "inline" or not inline:
            continue
        _, base = min(inline, key=lambda item: abs(item[0] - i))
        ratios.setdefault(run["engine"], []).append(
            (run["documents"] / run["seconds"]) / (base["documents"] / base["seconds"]))
    for engine, values in ratios.items():
        median = statistics.median(values)
        workers = int(engine.partition(":")[2] or 1)
        base_cpu = sum(r["cpu_seconds"] for _, r in inline) / sum(r["documents"] for _, r in inline)
        mine = [r for r in runs if r["engine"] == engine]
        cpu = sum(r["cpu_seconds"] + r["worker_cpu_seconds"] for r in mine) / sum(r["documents"] for r in mine)
        lines += ["", f"**Page-bound throughput, `{engine}` over `inline`: {median:.2f}x** (pages/s against pages/s; "
                      f"each run against the inline run next to it: {', '.join(f'{v:.2f}' for v in values)}). "
                      f"From CPU time alone, which the machine's load moves less: {1000 * base_cpu:.2f} ms a page "
                      f"in one process, {1000 * cpu:.2f} ms in all the processes of `{engine}`; with its "
                      f"{workers} workers' cores all busy and nothing waiting, at most "
                      f"{min(workers, os.cpu_count() or workers) * base_cpu / cpu:.2f}x."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--runs", nargs="*", default=["local"],
                        help="engines: inline (one process), local (the default ingest), local:N, or an address")
    parser.add_argument("--pagebound", nargs="*", default=[],
                        help="engines for the page-bound part alone (inline, local:N), e.g. inline local:2")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of --pagebound, the engines alternating")
    parser.add_argument("--sample", type=int, default=1_000, help="pages the extraction stage times")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--name", default="warc_ingest")
    parser.add_argument("--note", default="")
    parser.add_argument("--merge", action="store_true", help="add these runs to the current result file")
    parser.add_argument("--stage", nargs="+", help=argparse.SUPPRESS)  # internal: one timed stage, print JSON
    parser.add_argument("--render", action="store_true", help="rewrite the .md from the result JSON (its own stamp)")
    args = parser.parse_args()
    if args.render:
        render_result(args.name, report)
        return
    if args.stage:
        kind, archive = args.stage[0], Path(args.stage[1])
        result = {"parse": lambda: stage_parse(archive), "extract": lambda: stage_extract(archive, int(args.stage[2])),
                  "ingest": lambda: stage_ingest(archive, Path(args.stage[2]), args.stage[3]),
                  "pages": lambda: stage_pages(archive, args.stage[2]),
                  "idle": lambda: stage_idle(args.stage[1])}[kind]()
        print(json.dumps(result))
        return
    if not (SHARED / "data" / "ecbplus").exists():
        sys.exit(f"shared data not found under {SHARED}")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="rashomon-warc-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    archive = workdir / f"firehose{args.pages}.warc.gz"
    info_path = workdir / f"firehose{args.pages}.info.json"
    if archive.exists() and info_path.exists():
        info = json.loads(info_path.read_text())
    else:
        info = write_warc(archive, args.pages)
        info_path.write_text(json.dumps(info))
    print(info, flush=True)
    result_path = Path(__file__).resolve().parent / "results" / f"{args.name}.json"
    payload = json.loads(result_path.read_text()) if args.merge and result_path.exists() else {}
    payload.update({"archive": info, "note": args.note or payload.get("note", "")})
    payload.setdefault("stages", {})
    payload.setdefault("runs", {})
    if not args.merge or "parse" not in payload["stages"]:
        payload["stages"]["parse"] = run_child(__file__, "--stage", "parse", str(archive))
        print(payload["stages"]["parse"], flush=True)
        payload["stages"]["extract"] = run_child(__file__, "--stage", "extract", str(archive), str(args.sample))
        print(payload["stages"]["extract"], flush=True)
    for engine in args.runs:
        db = workdir / f"store-{engine.replace(':', '')}.sqlite"
        for stale in workdir.glob(db.name + "*"):
            stale.unlink()
        load = os.getloadavg()[0]
        run = run_child(__file__, "--stage", "ingest", str(archive), str(db), engine)
        run["load"] = f"{load:.1f}-{os.getloadavg()[0]:.1f}"
        payload["runs"][engine] = run
        print(engine, run, flush=True)
    if args.pagebound:
        payload["idle"] = [run_child(__file__, "--stage", "idle", engine) for engine in args.pagebound if engine.startswith("local")]
        print("idle", payload["idle"], flush=True)
        payload["pagebound"] = []
        for _round in range(args.repeat):
            for engine in args.pagebound:
                run = run_child(__file__, "--stage", "pages", str(archive), engine)
                payload["pagebound"].append(run)
                print("page-bound", run, flush=True)
    payload.pop("machine", None)
    write_result(args.name, payload, report(payload))


if __name__ == "__main__":
    main()
