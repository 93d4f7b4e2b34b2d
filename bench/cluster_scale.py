"""Throughput and peak memory of ingest + near-duplicate detection + story clustering.

The articles are synthetic: a seeded generator recombines real sentences from the shared data
(ECB+ article sentences as body text, UCI-6k headlines as titles). Each story draws most of its
sentences from its own pool of real sentences (so articles of a story share wording, as
articles about one event do), some from the whole corpus; about 10% of the articles are
near-duplicate reprints of an earlier article of the same story (a few words edited, a new
headline). Articles are about 600 words, dated at a rate of 500,000 a day.

Each size runs in its own process, so the peak resident memory (ru_maxrss) is per size.
Timed: parsing the record (``ClusterRecord.from_dict``) and ``StoryClusterer.assign``; not
timed: generating the text.

    python bench/cluster_scale.py --sizes 10000 100000 500000
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, SHARED, write_result  # noqa: E402

ECB = SHARED / "data" / "ecbplus" / "ecbplus_docs.jsonl"
UCI = SHARED / "data" / "uci-news-6k" / "uci-news-6k.csv"
WORDS_PER_ARTICLE = 600
ARTICLES_PER_DAY = 500_000


def sentence_pool() -> tuple[list[str], list[str]]:
    import csv

    sentences: list[str] = []
    with ECB.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            sentences += [s["text"] for s in doc["sentences"] if len(s["text"].split()) >= 6]
    with UCI.open(encoding="utf-8", newline="") as fh:
        titles = [row["TITLE"] for row in csv.DictReader(fh)]
    return sentences, titles


def generate(n: int, seed: int = 7) -> Iterator[dict]:
    """``n`` synthetic article records (see the module docstring); ``story`` names the
    generator's story, the gold the clustering is scored against (extra fields are ignored
    by ``ClusterRecord.from_dict``)."""
    sentences, titles = sentence_pool()
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    stories: list[dict] = []
    for i in range(n):
        # A new story one time in eight; otherwise a recent one continues.
        if not stories or rng.random() < 0.125:
            stories.append({"pool": rng.sample(sentences, 40), "title": rng.choice(titles), "articles": [],
                            "gold": f"g{i}"})
            stories = stories[-2000:]
        story = stories[-1 - min(int(rng.expovariate(1 / 30)), len(stories) - 1)]
        date = (start + timedelta(days=i / ARTICLES_PER_DAY)).isoformat()
        if story["articles"] and rng.random() < 0.10:
            text = story["articles"][rng.randrange(len(story["articles"]))].split()
            for _ in range(5):
                text[rng.randrange(len(text))] = rng.choice(text)
            yield {"id": f"g{i}", "title": rng.choice(titles), "text": " ".join(text), "date": date,
                   "story": story["gold"]}
            continue
        body, words = [], 0
        while words < WORDS_PER_ARTICLE:
            sentence = rng.choice(story["pool"]) if rng.random() < 0.75 else rng.choice(sentences)
            body.append(sentence)
            words += len(sentence.split())
        text = " ".join(body)
        story["articles"] = (story["articles"] + [text])[-5:]
        yield {"id": f"g{i}", "title": story["title"], "text": text, "date": date, "story": story["gold"]}


def measure(n: int, **options) -> dict:
    from rashomon.cluster import ClusterRecord, StoryClusterer, bcubed

    clusterer = StoryClusterer(**options)
    timed = cpu = 0.0
    duplicates = words = 0
    gold: dict[str, str] = {}
    started = time.perf_counter()
    for raw in generate(n):
        words += len(raw["text"].split())
        gold[raw["id"]] = raw["story"]
        t0, c0 = time.perf_counter(), time.process_time()
        placed = clusterer.assign(ClusterRecord.from_dict(raw))
        timed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        duplicates += placed.duplicate_of is not None
    wall = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # before scoring builds its own dicts
    predicted = {rid: clusterer.story_of(rid) for rid in gold}
    precision, recall, f1 = bcubed(predicted, gold)
    return {
        "articles": n,
        "mean_words": round(words / n, 1),
        "clustering_seconds": round(timed, 2),
        "articles_per_second": round(n / timed, 1),
        "cpu_seconds": round(cpu, 2),
        "articles_per_cpu_second": round(n / cpu, 1),
        "wall_seconds_including_generation": round(wall, 2),
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "stories": len(clusterer.stories()),
        "open_stories": clusterer.open_stories,
        "near_duplicates": duplicates,
        "minutes_for_500k": round(500_000 / (n / timed) / 60, 2),
        "bcubed_vs_generator": {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)},
        "gold_stories": len(set(gold.values())),
    }


def report(runs: list[dict], note: str = "") -> str:
    md = [
        "# Story clustering at scale (ingest + near duplicates + clustering)",
        "",
        "Synthetic articles recombined from real sentences (ECB+ bodies, UCI-6k headlines), ~600 words, "
        "10% near-duplicate reprints, dated 500,000 a day; seeded generator in bench/cluster_scale.py. "
        "Single process, default StoryClusterer settings. Timed: parsing each record and StoryClusterer.assign "
        "(near duplicates, vector, candidates, join); not timed: generating the text. No story closes: "
        "500,000 articles a day all fall inside the 7-day window, so every story stays open (the worst case "
        "for the per-article cost).",
        "",
        "| articles | words/article | seconds | articles/s | CPU articles/s | peak RSS MiB | stories (generator's) | near duplicates | B-cubed F1 vs generator |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        md.append(f"| {r['articles']:,} | {r['mean_words']} | {r['clustering_seconds']} | {r['articles_per_second']} | "
                  f"{r['articles_per_cpu_second']} | {r['peak_rss_mib']} | {r['stories']:,} ({r['gold_stories']:,}) | "
                  f"{r['near_duplicates']:,} | {r['bcubed_vs_generator']['f1']} |")
    md += [
        "",
        "The last column scores the partition against the generator's own stories. It is a sanity check, not "
        "a quality measure: every synthetic article is a mixture of sentences from all ECB+ topics (about "
        "15,500 sentences in all), so articles of different generator stories share much of their vocabulary, "
        "and the threshold calibrated on real news (ECB+, UCI-6k) merges more and more of them as open stories "
        "pile up (largest predicted story at 30,000 articles: 232 articles; generator's: about 19). Real news "
        "stories are topically coherent; clustering quality is measured on ECB+ and UCI-6k "
        "(cluster_quality.md).",
    ]
    if note:
        md += ["", note]
    return "\n".join(md)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 500_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size, print JSON
    parser.add_argument("--name", default="cluster_scale", help="result file name under bench/results/")
    parser.add_argument("--note", default="", help="a line about the machine's load, added to the result")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    if not ECB.exists():
        sys.exit(f"shared data not found under {SHARED}")
    runs = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], check=True, capture_output=True, text=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(runs[-1], flush=True)
    write_result(args.name, {"python": platform.python_version(), "runs": runs, "note": args.note}, report(runs, args.note))


if __name__ == "__main__":
    main()
