"""The embedder ablation: quality, speed and memory of tfidf, static and minilm.

    python bench/embedders.py [--backends tfidf,static,minilm] [--sentences 20000] [--skip-pipeline]

Per backend it measures:

1. ECB+ sentence pairs (same-claim detection). From the reliably annotated ECB+ sentences
   (ECBplus_coreference_sentences.csv), pairs of sentences of two different articles of one
   topic: *positive* when both articles tell the same event and the sentences share two
   cross-document event chains and a participant/time/place chain; *negative* when they share
   no chain at all (see :func:`ecb_pairs`). Scores: ROC AUC, and the cosine threshold with the
   best F0.5 on train+dev (precision counts twice: a false agreement hides a conflict or a
   unique claim), which becomes the backend's ``agreement_threshold``; test is reported once,
   at that threshold.
2. Seed pairs: the seeds' gold ``shared`` pairs, as the sentences holding them, against every
   other cross-article sentence pair: AUC, the lowest gold-pair cosine, and how many non-pairs
   score at or above the calibrated threshold.
3. The pipeline (when rashomon.comparison.pipeline and rashomon.evaluation.scores exist): gold scores on the seeds and
   the bundled examples with ``Settings(embedder=name)``: shared pairs found, unique claims found,
   conflicts found, false conflicts.
4. ECB+ story clustering (when rashomon.stories.cluster exists): B-cubed F1 of ``cluster_records`` with
   ``embedder=name``, threshold chosen on train+dev, test reported once.
5. Speed and memory, each backend in a fresh subprocess: sentences per second embedding
   ``--sentences`` ECB+ and UCI sentences (a cold start: no cache), peak RSS of the process and
   the tracemalloc peak during the run (allocations made through Python and numpy; torch's own
   allocator is not traced, RSS covers it).

Writes bench/results/embedders.json and bench/results/embedders.md with the machine and date.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import itertools
import json
import logging
import os
import resource
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine as bench_machine, run_child  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ECB = SHARED / "data" / "ecbplus"
UCI = SHARED / "data" / "uci-news-6k" / "uci-news-6k.csv"
SEEDS = SHARED / "seeds"
RESULTS = Path(__file__).resolve().parent / "results"
BACKENDS = ("tfidf", "static", "minilm")

log = logging.getLogger("bench.embedders")


# --- data ------------------------------------------------------------------------------------


def machine() -> dict:
    """Where and when (bench/common.py's header), with the load average at the start."""
    return {**bench_machine(), "load_average": [round(x, 2) for x in os.getloadavg()]}


def ecb_docs() -> dict[str, dict]:
    with (ECB / "ecbplus_docs.jsonl").open(encoding="utf-8") as handle:
        return {d["id"]: d for d in map(json.loads, handle)}


def ecb_pairs() -> list[tuple[str, str, int, str, int]]:
    """(sentence, sentence, label, split, topic) for the reliably annotated ECB+ sentences.

    Positive: two articles of the same event, the sentences sharing at least two cross-document
    event chains and one participant, time or place chain (the same happening told with the same
    actors: as close to "the same claim" as ECB+ gets). Negative: no coreference chain shared.
    Pairs in between (one shared chain, or another event's sentences sharing a participant) are
    left out: they are neither clearly the same claim nor clearly not.
    """
    docs = ecb_docs()
    reliable = set()
    with (ECB / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            reliable.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    events: dict[tuple[str, int], set[str]] = defaultdict(set)
    others: dict[tuple[str, int], set[str]] = defaultdict(set)
    with (ECB / "ecbplus_mentions.jsonl").open(encoding="utf-8") as handle:
        for m in map(json.loads, handle):
            if m["coref_type"] == "cross_doc":
                (events if m["is_event"] else others)[m["doc_id"], m["sent_id"]].add(m["coref_chain"])
    text = {(d, s["sent_id"]): s["text"] for d, doc in docs.items() for s in doc["sentences"]}
    by_topic: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for key in sorted(reliable):
        if key in text:
            by_topic[docs[key[0]]["topic"]].append(key)
    pairs = []
    for topic, keys in sorted(by_topic.items()):
        for a, b in itertools.combinations(keys, 2):
            if a[0] == b[0]:
                continue
            shared_events, shared_others = len(events[a] & events[b]), len(others[a] & others[b])
            if docs[a[0]]["cluster"] == docs[b[0]]["cluster"] and shared_events >= 2 and shared_others >= 1:
                label = 1
            elif not shared_events and not shared_others:
                label = 0
            else:
                continue
            pairs.append((text[a], text[b], label, docs[a[0]]["split"], topic))
    return pairs


def seed_sentence_pairs() -> tuple[list[str], list[str], set[tuple[int, int]]]:
    """The two seed articles' sentences and the (i, j) pairs holding a gold shared claim."""
    from rashomon.evaluation.scores import normalize
    from rashomon.comparison.segment import segment

    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    first, second = gold["articles"]
    sentences = []
    for name in (first, second):
        article_text = (SEEDS / name).read_text(encoding="utf-8")
        sentences.append([s.text for s in segment("a", article_text)])
    positives = set()
    for pair in gold["shared"]:
        hits = []
        for k, name in enumerate((first, second)):
            wanted = normalize(pair[name])
            hits.append([i for i, s in enumerate(sentences[k]) if wanted in normalize(s)])
        for i in hits[0]:
            for j in hits[1]:
                positives.add((i, j))
    return sentences[0], sentences[1], positives


def speed_texts(n: int) -> list[str]:
    texts = [s["text"] for d in ecb_docs().values() for s in d["sentences"]]
    with UCI.open(encoding="utf-8") as handle:
        texts += [row["TITLE"] for row in csv.DictReader(handle)]
    return (texts * (n // len(texts) + 1))[:n]


# --- metrics ---------------------------------------------------------------------------------


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores))


BETA = 0.5  # precision weighs twice recall: a false agreement hides a conflict or a unique claim


def best_threshold(scores: np.ndarray, labels: np.ndarray, beta: float = BETA) -> tuple[float, float]:
    """(threshold, F-beta) maximising F-beta of ``score >= threshold``; cuts only between scores."""
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    tp = np.cumsum(y)
    fp = np.cumsum(1 - y)
    fn = y.sum() - tp
    b2 = beta * beta
    f = (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp)
    f = np.where(np.r_[s[1:] != s[:-1], True], f, -1.0)
    k = int(np.argmax(f))
    return float(s[k]), float(f[k])


def prf_at(scores: np.ndarray, labels: np.ndarray, threshold: float, beta: float = BETA) -> dict:
    predicted = scores >= threshold
    tp = int((predicted & (labels == 1)).sum())
    fp = int((predicted & (labels == 0)).sum())
    fn = int((~predicted & (labels == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    b2 = beta * beta
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
        f"f{beta}": round((1 + b2) * p * r / (b2 * p + r) if p + r else 0.0, 4),
    }


def pair_scores(embedder, pairs: list[tuple[str, str, int, str, int]]) -> np.ndarray:
    """Cosine of each pair.

    A batch-relative embedder (tfidf) is fitted per topic, a story-sized batch as in the
    pipeline; the others embed every distinct sentence once.
    """
    groups: dict[int, list[int]] = defaultdict(list)
    for k, pair in enumerate(pairs):
        groups[pair[4] if not embedder.cacheable else 0].append(k)
    scores = np.zeros(len(pairs), dtype=np.float32)
    for members in groups.values():
        index: dict[str, int] = {}
        for k in members:
            index.setdefault(pairs[k][0], len(index))
            index.setdefault(pairs[k][1], len(index))
        vectors = embedder.embed(list(index))
        a = vectors[[index[pairs[k][0]] for k in members]]
        b = vectors[[index[pairs[k][1]] for k in members]]
        scores[members] = np.einsum("ij,ij->i", a, b)
    return scores


# --- the measurements ------------------------------------------------------------------------


def calibrate(embedder, pairs) -> dict:
    scores = pair_scores(embedder, pairs)
    labels = np.array([p[2] for p in pairs])
    tune = np.array([p[3] in ("train", "dev") for p in pairs])
    threshold, f_beta = best_threshold(scores[tune], labels[tune])
    test = ~tune
    return {
        "pairs": {"train+dev": int(tune.sum()), "test": int(test.sum()), "positives": int(labels.sum())},
        "auc_train_dev": round(roc_auc(scores[tune], labels[tune]), 4),
        "threshold": round(threshold, 4),
        f"f{BETA}_train_dev": round(f_beta, 4),
        "test_at_threshold": prf_at(scores[test], labels[test], threshold),
        "auc_test": round(roc_auc(scores[test], labels[test]), 4),
    }


def seed_pairs(embedder, threshold: float) -> dict:
    first, second, positives = seed_sentence_pairs()
    vectors = embedder.embed(first + second)  # one batch: tfidf fits on both articles
    cos = vectors[: len(first)] @ vectors[len(first) :].T
    labels = np.zeros(cos.shape, dtype=int)
    for i, j in positives:
        labels[i, j] = 1
    pos = cos[labels == 1]
    neg = cos[labels == 0]
    return {
        "gold_pairs": int(labels.sum()),
        "auc": round(roc_auc(cos.ravel(), labels.ravel()), 4),
        "lowest_gold_pair": round(float(pos.min()), 4),
        "highest_non_pair": round(float(neg.max()), 4),
        "gold_pairs_at_threshold": int((pos >= threshold).sum()),
        "non_pairs_at_threshold": int((neg >= threshold).sum()),
        "non_pairs": int(neg.size),
    }


def pipeline(name: str, thresholds: list[float]) -> dict | None:
    """Gold scores of compare() on the seeds and the examples: per story at the embedder's own
    threshold, and totals over all stories for each threshold of a small grid."""
    try:
        # the module, not the function: rashomon/__init__ re-exports compare() under that name
        compare_module = importlib.import_module("rashomon.comparison.pipeline")
        from rashomon.backends.embedders import CachedEmbedder, MemoryCache, get_embedder
        from rashomon.demo import example_stories, story_sources
        from rashomon.evaluation.scores import evaluate
        from rashomon.settings import Settings
    except ImportError as error:
        log.warning("pipeline columns skipped: %s", error)
        return None
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    stories = [("seeds", [SEEDS / a for a in gold["articles"]], SEEDS / "gold.json")]
    stories += [(s.name, story_sources(s), s / "gold.json") for s in example_stories()]

    def run(story, sources, gold_path, threshold):
        started = time.perf_counter()
        report = compare_module.compare(sources, settings=Settings(embedder=name, agreement_threshold=threshold))
        seconds = time.perf_counter() - started
        scores = evaluate(gold_path, report)
        return {
            "embedder_ran": report.settings.get("embedder"),
            "threshold": report.settings.get("agreement_threshold"),
            "shared": [scores.shared.found, scores.shared.total],
            "unique": [scores.unique.found, scores.unique.total],
            "conflicts": [scores.conflicts.found, scores.conflicts.total],
            "false_conflicts": len(scores.false_conflicts),
            "seconds": round(seconds, 2),
        }

    out: dict = {"stories": {story: run(story, sources, g, None) for story, sources, g in stories}, "grid": {}}
    # The grid reuses vectors (bench only: compare() asks for its embedder by name).
    cache = MemoryCache(max_items=None)
    original = compare_module.get_embedder
    compare_module.get_embedder = lambda n="auto", **o: CachedEmbedder(get_embedder(n, **o), cache)
    try:
        for threshold in thresholds:
            runs = [run(story, sources, g, threshold) for story, sources, g in stories]
            out["grid"][str(threshold)] = {
                key: [sum(r[key][0] for r in runs), sum(r[key][1] for r in runs)] for key in ("shared", "unique", "conflicts")
            } | {"false_conflicts": sum(r["false_conflicts"] for r in runs), "seeds_shared": runs[0]["shared"]}
    finally:
        compare_module.get_embedder = original
    return out


def ecb_clustering(name: str) -> dict | None:
    """B-cubed of story clustering over ECB+ articles; the threshold grid reuses cached vectors."""
    try:
        embedders = importlib.import_module("rashomon.backends.embedders")
        from rashomon.evaluation.bcubed import bcubed
        from rashomon.stories.cluster import cluster_records
    except ImportError as error:
        log.warning("ECB+ B-cubed skipped: %s", error)
        return None
    docs = list(ecb_docs().values())
    records = {split: [{"id": d["id"], "title": d["title"], "text": d["text"]} for d in docs if d["split"] in split]
               for split in (("train", "dev"), ("test",))}
    gold = {d["id"]: d["cluster"] for d in docs}
    # Each article is embedded once across the whole grid (bench only: the clusterer asks the
    # registry by name, so the registry's getter is wrapped for the duration).
    cache = embedders.MemoryCache(max_items=None)
    original = embedders.get_embedder
    embedders.get_embedder = lambda n="auto", **o: embedders.CachedEmbedder(original(n, **o), cache)

    def run(split, threshold):
        lines = cluster_records(records[split], batch=True, threshold=threshold, embedder=name)
        predicted = {line["id"]: line["story"] for line in lines}
        return bcubed(predicted, {k: gold[k] for k in predicted})

    try:
        grid = [round(float(x), 2) for x in np.arange(0.10, 0.96, 0.05)]
        tuned = [(run(("train", "dev"), t)[2], t) for t in grid]
        best_f1, best_t = max(tuned, key=lambda x: (x[0], -x[1]))
        p, r, f = run(("test",), best_t)
    finally:
        embedders.get_embedder = original
    return {
        "threshold": best_t,
        "f1_train_dev": round(best_f1, 4),
        "test": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)},
        "grid": {str(t): round(f1, 4) for f1, t in tuned},
    }


def speed_child(name: str, n: int) -> dict:
    """Runs inside a fresh process: load, warm up on 64 other texts, embed n texts."""
    from rashomon.backends.embedders import get_embedder

    texts = speed_texts(n + 64)
    started = time.perf_counter()
    embedder = get_embedder(name)
    load = time.perf_counter() - started
    embedder.embed(texts[n:])  # first-call costs (thread pools, lazy imports) are not throughput
    texts = texts[:n]
    tracemalloc.start()
    started = time.perf_counter()
    if name == "tfidf":
        # tfidf fits per call; a story is tens to hundreds of sentences, so time batches of 500
        for k in range(0, n, 500):
            embedder.embed(texts[k : k + 500])
    else:
        embedder.embed(texts)
    seconds = time.perf_counter() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "sentences": n,
        "seconds": round(seconds, 3),
        "sentences_per_second": round(n / seconds, 1),
        "load_seconds": round(load, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "traced_peak_mb": round(traced_peak / 1e6, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def speed(name: str, n: int) -> dict:
    return run_child(__file__, "--speed-child", name, "--sentences", str(n))


# --- report ----------------------------------------------------------------------------------


def markdown(result: dict) -> str:
    m = result["machine"]
    lines = [
        "# Embedder ablation",
        "",
        f"Commit {m.get('commit', 'not recorded')}, {m['date']} on {m['processor']} ({m['cpu_count']} CPUs, load average {m['load_average']} at the start), "
        f"{m['platform']}, Python {m['python']}. Made by `python bench/embedders.py`.",
        "",
        "## Same-claim detection on ECB+ sentence pairs",
        "",
        f"Threshold: best F{BETA} on train+dev; test once at that threshold.",
        "",
        f"| backend | AUC train+dev | threshold | F{BETA} train+dev | AUC test | P / R / F1 / F{BETA} test |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in result["backends"].items():
        c = r["ecb_pairs"]
        t = c["test_at_threshold"]
        lines.append(f"| {name} | {c['auc_train_dev']} | {c['threshold']} | {c[f'f{BETA}_train_dev']} | {c['auc_test']} "
                     f"| {t['precision']} / {t['recall']} / {t['f1']} / {t[f'f{BETA}']} |")
    first = next(iter(result["backends"].values()))["ecb_pairs"]["pairs"]
    lines += ["", f"Pairs: {first['train+dev']} train+dev, {first['test']} test, {first['positives']} positive in all.", ""]
    lines += ["## Seed sentence pairs (gold shared claims vs every other cross-article pair)", "",
              "| backend | AUC | lowest gold pair | highest non-pair | gold pairs >= threshold | non-pairs >= threshold |",
              "|---|---|---|---|---|---|"]
    for name, r in result["backends"].items():
        s = r["seed_pairs"]
        lines.append(f"| {name} | {s['auc']} | {s['lowest_gold_pair']} | {s['highest_non_pair']} "
                     f"| {s['gold_pairs_at_threshold']}/{s['gold_pairs']} | {s['non_pairs_at_threshold']}/{s['non_pairs']} |")
    if any(r.get("pipeline") for r in result["backends"].values()):
        lines += ["", "## The compare pipeline against gold, at each backend's own threshold", "",
                  "found / total; seeds = the two seed articles, the others are the bundled examples.", "",
                  "| backend | story | threshold | shared | unique | conflicts | false conflicts | seconds |",
                  "|---|---|---|---|---|---|---|---|"]
        for name, r in result["backends"].items():
            for story, s in ((r.get("pipeline") or {}).get("stories") or {}).items():
                lines.append(f"| {name} | {story} | {s['threshold']} | {s['shared'][0]}/{s['shared'][1]} "
                             f"| {s['unique'][0]}/{s['unique'][1]} | {s['conflicts'][0]}/{s['conflicts'][1]} "
                             f"| {s['false_conflicts']} | {s['seconds']} |")
        lines += ["", "### Threshold sweep (totals over the seeds and the examples)", "",
                  "| backend | threshold | seeds shared | shared | unique | conflicts | false conflicts |",
                  "|---|---|---|---|---|---|---|"]
        for name, r in result["backends"].items():
            for threshold, g in ((r.get("pipeline") or {}).get("grid") or {}).items():
                lines.append(f"| {name} | {threshold} | {g['seeds_shared'][0]}/{g['seeds_shared'][1]} "
                             f"| {g['shared'][0]}/{g['shared'][1]} | {g['unique'][0]}/{g['unique'][1]} "
                             f"| {g['conflicts'][0]}/{g['conflicts'][1]} | {g['false_conflicts']} |")
    if any(r.get("ecb_clustering") for r in result["backends"].values()):
        lines += ["", "## ECB+ story clustering, B-cubed (threshold on train+dev, test once)", "",
                  "| backend | threshold | F1 train+dev | P / R / F1 test |", "|---|---|---|---|"]
        for name, r in result["backends"].items():
            c = r.get("ecb_clustering")
            if c:
                t = c["test"]
                lines.append(f"| {name} | {c['threshold']} | {c['f1_train_dev']} | {t['precision']} / {t['recall']} / {t['f1']} |")
    lines += ["", "## Speed and memory (fresh process per backend, no cache)", "",
              "| backend | sentences | sentences/s | load s | peak RSS MB | traced peak MB | load average |",
              "|---|---|---|---|---|---|---|"]
    for name, r in result["backends"].items():
        s = r.get("speed")
        if s:
            lines.append(f"| {name} | {s['sentences']} | {s['sentences_per_second']} | {s['load_seconds']} "
                         f"| {s['peak_rss_mb']} | {s['traced_peak_mb']} | {s['load_average']} |")
    lines += ["", "tfidf is timed in batches of 500 sentences (it fits on each batch, as in one story).",
              "The machine is shared: the load average says how busy it was; speeds are lower bounds."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default=",".join(BACKENDS))
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--minilm-sentences", type=int, default=2_000, help="minilm is slow: time it on fewer")
    parser.add_argument("--skip-pipeline", action="store_true")
    parser.add_argument("--skip-clustering", action="store_true")
    parser.add_argument("--speed-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.speed_child:
        print(json.dumps(speed_child(args.speed_child, args.sentences)))
        return 0
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not ECB.is_dir():
        sys.exit(f"ECB+ not found at {ECB}")

    from rashomon.backends.embedders import available, get_embedder

    result = {"machine": machine(), "available": available(), "backends": {}}
    pairs = ecb_pairs()
    for name in args.backends.split(","):
        log.info("== %s", name)
        embedder = get_embedder(name)
        r: dict = {"model_id": embedder.model_id, "agreement_threshold_in_code": embedder.agreement_threshold}
        r["ecb_pairs"] = calibrate(embedder, pairs)
        r["seed_pairs"] = seed_pairs(embedder, r["ecb_pairs"]["threshold"])
        if not args.skip_pipeline:
            centre = round(embedder.agreement_threshold, 2)
            r["pipeline"] = pipeline(name, [round(centre + d, 2) for d in (-0.1, -0.05, 0.0, 0.05, 0.1)])
        if not args.skip_clustering:
            r["ecb_clustering"] = ecb_clustering(name)
        n = args.minilm_sentences if name == "minilm" else args.sentences
        r["speed"] = speed(name, n)
        result["backends"][name] = r
        log.info("%s", json.dumps(r, indent=1))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "embedders.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "embedders.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
