"""Throughput, peak memory and sanity of ingest + near-duplicate detection + story clustering.

The articles are synthetic: the seeded firehose of bench/firehose.py (its docstring says how it
recombines real ECB+ sentences into a day of news at 500,000 articles a day).

Each size runs in its own process, so the peak resident memory (ru_maxrss) is per size.
Timed: parsing the record (``ClusterRecord.from_dict``) and ``StoryClusterer.assign``; not
timed: generating the text. The B-cubed scores are against the generator's own stories: a
sanity check of the clusterer at volume, not a measure of quality on real news (that is
bench/cluster_quality.py on ECB+ and UCI-6k). ``--diagnose`` also traces where each
article's story went wrong (closed, not among the candidates, below the threshold, beaten
by another story); it slows the run and is not timed.

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
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, SHARED, machine_markdown, write_result  # noqa: E402

from firehose import ECB, GENERATORS, generate, generate_mixed  # noqa: E402,F401  (re-exported)



# --- measuring -------------------------------------------------------------------------------


class _Trace:
    """Where each article's story went (``--diagnose``): hooks on the clusterer's candidate
    lookup and scoring, and the story that holds most of the article's gold story so far."""

    OUTCOMES = ("joined its story", "started its story", "near duplicate", "first of its story joined another",
                "its story was closed", "its story was not a candidate", "its story scored below the threshold",
                "another story scored higher")

    def __init__(self, clusterer) -> None:
        self.clusterer = clusterer
        self.where: dict[str, Counter] = {}  # gold story -> predicted story index -> articles
        self.outcomes: Counter = Counter()
        self.missed_scores: list[float] = []  # the right story's score when it lost
        self.winner_scores: list[float] = []  # the score that beat it
        self.candidates: list[int] = []
        self.scores: dict[int, float] = {}
        candidates, similarity = clusterer._candidates, clusterer._similarity

        def traced_candidates(*args, **kwargs):
            self.candidates = candidates(*args, **kwargs)
            return self.candidates

        def traced_similarity(story, weights, dense):
            score = similarity(story, weights, dense)
            self.scores[id(story)] = score
            return score

        clusterer._candidates, clusterer._similarity = traced_candidates, traced_similarity

    def before(self) -> None:
        self.candidates, self.scores = [], {}

    def after(self, gold: str, placed) -> None:
        c = self.clusterer
        index = c._story_of[placed.id]
        seen = self.where.setdefault(gold, Counter())
        right = seen.most_common(1)[0][0] if seen else None
        if placed.duplicate_of is not None:
            outcome = "near duplicate"
        elif right is None:
            outcome = "started its story" if placed.score == 0.0 else "first of its story joined another"
        elif index == right:
            outcome = "joined its story"
        elif right not in c._open:
            outcome = "its story was closed"
        elif right not in self.candidates:
            outcome = "its story was not a candidate"
        else:
            score = self.scores.get(id(c._stories[right]), 0.0)
            self.missed_scores.append(score)
            if placed.score == 0.0:
                outcome = "its story scored below the threshold"
            else:
                outcome = "another story scored higher"
                self.winner_scores.append(placed.score)
        self.outcomes[outcome] += 1
        seen[index] += 1

    def summary(self) -> dict:
        total = sum(self.outcomes.values())
        out = {name: round(self.outcomes[name] / total, 4) for name in self.OUTCOMES}
        if self.missed_scores:
            out["median score of the right story when it lost"] = round(sorted(self.missed_scores)[len(self.missed_scores) // 2], 3)
        if self.winner_scores:
            out["median score of the story that beat it"] = round(sorted(self.winner_scores)[len(self.winner_scores) // 2], 3)
        return out


def _shape(predicted: dict[str, str], gold: dict[str, str]) -> dict:
    """Where B-cubed precision and recall go: by the size of the predicted story, and how many
    predicted stories a gold story is split over."""
    pred_size, gold_size = Counter(predicted.values()), Counter(gold.values())
    joint = Counter((predicted[r], g) for r, g in gold.items())
    buckets = ((1, 1), (2, 10), (11, 50), (51, 200), (201, 10**9))
    by_size = {}
    for low, high in buckets:
        cells = [(p, n) for (p, _), n in joint.items() if low <= pred_size[p] <= high]
        articles = sum(n for _, n in cells)
        if articles:
            label = f"{low}-{high}" if high < 10**9 else f">{low - 1}"
            by_size[label] = {"share_of_articles": round(articles / len(gold), 4),
                              "precision": round(sum(n * n / pred_size[p] for p, n in cells) / articles, 4)}
    template = {r: g.split(":", 1)[1] for r, g in gold.items() if ":" in g}
    if len(template) == len(gold):  # the events generator: how much of the precision is lost to
        # look-alikes (stories of one ECB+ event merged) and how much to stories of other events
        from rashomon.evaluation.bcubed import bcubed

        by_event = round(bcubed(predicted, template)[0], 4)
    else:
        by_event = None
    splits = Counter(g for (_, g) in joint)
    big = [g for g, n in gold_size.items() if n >= 5]
    return {
        "largest_predicted": max(pred_size.values()),
        "largest_gold": max(gold_size.values()),
        "precision_by_predicted_size": by_size,
        "precision_vs_ecb_event": by_event,
        "gold_stories_of_5_plus_split_into_mean": round(sum(splits[g] for g in big) / max(len(big), 1), 2),
    }


def calibrate(n: int, pairs: int = 3000, seed: int = 1) -> dict:
    """Mean cosine (the clusterer's hashed TF-IDF vectors, document frequencies from the set
    itself) of random article pairs by relation: in ECB+ (same event, look-alike event of the
    same topic, other) and in ``n`` generated articles (same story, another story on the same
    ECB+ event, on its look-alike event, other): are the generator's look-alikes as close as
    real ones?"""
    from rashomon.stories.termspace import HashingTfidf, term_codes
    from rashomon.stories.dedup import tokenize

    def vectors(records: list[dict]) -> list[dict[int, float]]:
        space = HashingTfidf(title_boost=2.0, name_boost=2.0, max_terms=64)
        counts = [space.counts(term_codes(tokenize(r["title"])), term_codes(tokenize(r["text"]))) for r in records]
        for c in counts:
            space.observe(c)
        return [dict(zip(*space.vector(c))) for c in counts]

    def sample(labels: list[tuple[str, str]], kind) -> dict:
        vs, rng, out = vectors([{"title": t, "text": x} for t, x in labels]), random.Random(seed), {}
        for _ in range(100 * pairs):
            i, j = rng.sample(range(len(vs)), 2)
            scores = out.setdefault(kind(i, j), [])
            if len(scores) < pairs:
                scores.append(sum(vs[i][t] * vs[j][t] for t in vs[i].keys() & vs[j].keys()))
        return {k: {"pairs": len(v), "mean": round(sum(v) / len(v), 3)} for k, v in sorted(out.items())}

    docs = [json.loads(line) for line in ECB.open(encoding="utf-8")]
    ecb = sample([(d["title"], d["text"]) for d in docs], lambda i, j: (
        "same event" if docs[i]["cluster"] == docs[j]["cluster"] else
        "look-alike event" if docs[i]["topic"] == docs[j]["topic"] else "other"))
    records = list(generate(n))
    gold = [r["story"] for r in records]
    event = [g.split(":", 1)[1] for g in gold]
    made = sample([(r["title"], r["text"]) for r in records], lambda i, j: (
        "same story" if gold[i] == gold[j] else "same ECB+ event" if event[i] == event[j] else
        "look-alike event" if event[i].split("_")[0] == event[j].split("_")[0] else "other"))
    return {"ecbplus": ecb, "generator": made}


def measure(n: int, generator: str = "events", diagnose: bool = False, **options) -> dict:
    from rashomon.evaluation.bcubed import bcubed
    from rashomon.stories.cluster import ClusterRecord, StoryClusterer

    clusterer = StoryClusterer(**options)
    trace = _Trace(clusterer) if diagnose else None
    timed = cpu = 0.0
    duplicates = words = 0
    gold: dict[str, str] = {}
    started = time.perf_counter()
    for raw in GENERATORS[generator](n):
        words += len(raw["text"].split())
        gold[raw["id"]] = raw["story"]
        if trace:
            trace.before()
        t0, c0 = time.perf_counter(), time.process_time()
        placed = clusterer.assign(ClusterRecord.from_dict(raw))
        timed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        duplicates += placed.duplicate_of is not None
        if trace:
            trace.after(raw["story"], placed)
    wall = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # before scoring builds its own dicts
    predicted = {rid: clusterer.story_of(rid) for rid in gold}
    precision, recall, f1 = bcubed(predicted, gold)
    result = {
        "articles": n,
        "generator": generator,
        "options": options,
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
        "shape": _shape(predicted, gold),
    }
    if trace:
        result["diagnosis"] = trace.summary()
    return result


_HEADER = ("| articles | words/article | seconds | articles/s | CPU articles/s | peak RSS MiB | stories (generator's) "
           "| open at end | near duplicates | largest story (generator's) | B-cubed P / R / F1 vs generator |")


def _rows(runs: list[dict]) -> list[str]:
    rows = [_HEADER, "|---" * 11 + "|"]
    for r in runs:
        b, shape = r["bcubed_vs_generator"], r.get("shape", {})
        rows.append(f"| {r['articles']:,} | {r['mean_words']} | {r['clustering_seconds']} | {r['articles_per_second']} | "
                    f"{r['articles_per_cpu_second']} | {r['peak_rss_mib']} | {r['stories']:,} ({r['gold_stories']:,}) | "
                    f"{r['open_stories']:,} | {r['near_duplicates']:,} | {shape.get('largest_predicted', '?')} "
                    f"({shape.get('largest_gold', '?')}) | {b['precision']} / {b['recall']} / {b['f1']} |")
    return rows


def report(payload: dict) -> str:
    """The markdown of a result: its runs, and when the payload has them, the runs of earlier
    versions (``earlier``: [{label, runs}]), ``--diagnose`` runs (``diagnosed``, under
    ``diagnosed_label`` when they are an earlier version's) and findings."""
    runs, note = payload["runs"], payload.get("note", "")
    generator = runs[0].get("generator", "events")
    md = [
        "# Story clustering at scale (ingest + near duplicates + clustering)",
        "",
        ("Synthetic firehose dated 500,000 articles a day (seeded generator in bench/cluster_scale.py, "
         f"`--generator {generator}`): "
         + ("each story one ECB+ event's real sentences with its own names and places substituted "
            "consistently, headlines from its own sentences, life spans of hours to a couple of days, "
            "~600 words, ~10% near-duplicate reprints (see the module docstring)."
            if generator == "events" else
            "every story's sentences sampled from all of ECB+, random UCI-6k headlines, ~600 words, "
            "10% near-duplicate reprints.")),
        "Single process, the clusterer's default settings unless stated. Timed: parsing each record and "
        "StoryClusterer.assign (near duplicates, vector, candidates, join); not timed: generating the text.",
        "",
        *_rows(runs),
    ]
    for before in payload.get("earlier", []):
        md += ["", before["label"], "", *_rows(before["runs"])]
    diagnosed = payload.get("diagnosed") or [r for r in runs if "diagnosis" in r]
    if diagnosed:
        if payload.get("diagnosed_label"):
            md += ["", payload["diagnosed_label"]]
        md += ["", "Where each article went (`--diagnose`; its story = the predicted story holding most of the "
               "earlier articles of its generator story), and where precision goes (B-cubed precision of the "
               "articles in predicted stories of each size, and against the ECB+ event the generator built the "
               "story on):", "",
               "| articles | settings | " + " | ".join(_Trace.OUTCOMES) + " |", "|---" * (len(_Trace.OUTCOMES) + 2) + "|"]
        for r in diagnosed:
            md.append(f"| {r['articles']:,} | {json.dumps(r.get('options') or 'defaults')} | "
                      + " | ".join(str(r["diagnosis"][k]) for k in _Trace.OUTCOMES) + " |")
        md += ["", "| articles | settings | largest story (generator's) | precision by predicted size (share of "
               "articles) | precision vs ECB+ event |", "|---|---|---|---|---|"]
        for r in diagnosed:
            shape = r["shape"]
            sizes = "; ".join(f"{k}: {v['precision']} ({v['share_of_articles']})"
                              for k, v in shape["precision_by_predicted_size"].items())
            md.append(f"| {r['articles']:,} | {json.dumps(r.get('options') or 'defaults')} | "
                      f"{shape['largest_predicted']} ({shape['largest_gold']}) | {sizes} | "
                      f"{shape['precision_vs_ecb_event']} |")
    md += [
        "",
        "The B-cubed scores are against the generator's own stories: a sanity check of the clusterer at "
        "volume, not a quality measure on real news (that is cluster_quality.md, on ECB+ and UCI-6k).",
        "",
        *payload.get("findings", []),
    ]
    if note:
        md += ["", note]
    return "\n".join(md)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 500_000])
    parser.add_argument("--generator", choices=sorted(GENERATORS), default="events")
    parser.add_argument("--diagnose", action="store_true", help="trace where each article's story went (slower)")
    parser.add_argument("--options", default="{}", help="StoryClusterer options as JSON, e.g. '{\"max_open\": 5000}'")
    parser.add_argument("--calibrate", type=int, metavar="N",
                        help="print mean cosines of article pairs by relation, ECB+ vs N generated articles")
    parser.add_argument("--render", action="store_true", help="rewrite results/<name>.md from results/<name>.json")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size, print JSON
    parser.add_argument("--name", default="cluster_scale", help="result file name under bench/results/")
    parser.add_argument("--note", default="", help="a line about the machine's load, added to the result")
    args = parser.parse_args()
    options = json.loads(args.options)
    if args.calibrate:
        print(json.dumps(calibrate(args.calibrate), indent=1))
        return
    if args.render:  # rewrite the markdown from the JSON (after adding before / diagnosed / findings to it)
        payload = json.loads((RESULTS / f"{args.name}.json").read_text(encoding="utf-8"))
        (RESULTS / f"{args.name}.md").write_text(report(payload).rstrip() + "\n\n" + machine_markdown(payload["machine"])
                                                  + "\n", encoding="utf-8")
        return
    if args.one:
        print(json.dumps(measure(args.one, args.generator, args.diagnose, **options)))
        return
    if not ECB.exists():
        sys.exit(f"shared data not found under {SHARED}")
    runs = []
    for n in args.sizes:
        command = [sys.executable, __file__, "--one", str(n), "--generator", args.generator, "--options", args.options]
        out = subprocess.run(command + (["--diagnose"] if args.diagnose else []), check=True, capture_output=True,
                             text=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(json.dumps(runs[-1]), flush=True)
    payload = {"python": platform.python_version(), "runs": runs, "note": args.note}
    write_result(args.name, payload, report(payload))


if __name__ == "__main__":
    main()
