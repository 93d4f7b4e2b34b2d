"""Story clustering quality: B-cubed precision, recall and F1 on ECB+ and UCI-6k.

ECB+ (/work/shared/data/ecbplus): each split is clustered on its own; the threshold is chosen on
train and dev only (mean F1 of streaming and batch), then test is run once with it.
Arrival order is a seeded shuffle (the file is sorted by topic; a real stream is mixed); ECB+
has no dates, so batch keeps that order too.
For context, the issue's baseline is re-run: batch TF-IDF (sklearn) with average-linkage
agglomerative clustering, distance threshold chosen on dev.

UCI-6k (/work/shared/data/uci-news-6k): headlines and timestamps only. Stories are split in two
halves by a hash of the gold story id; the headline threshold is chosen on the dev half and
reported on the test half, in timestamp order.

    python bench/cluster_quality.py            # writes bench/results/cluster_quality.{json,md}
    python bench/cluster_quality.py --dev-only # ECB+ train/dev and the UCI dev half only, at the
                                               # thresholds the test run chooses (on train+dev and
                                               # the dev half), ECB+ in four arrival orders;
                                               # writes bench/results/cluster_quality_dev.{json,md}

``--dev-only`` never reads the ECB+ test split or the UCI test half: use it while developing.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
import zlib
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, SHARED, write_result  # noqa: E402

from rashomon.evaluation.bcubed import bcubed  # noqa: E402
from rashomon.stories.cluster import cluster_records  # noqa: E402

ECB = SHARED / "data" / "ecbplus" / "ecbplus_docs.jsonl"
UCI = SHARED / "data" / "uci-news-6k" / "uci-news-6k.csv"
THRESHOLDS = [0.10, 0.12, 0.14, 0.16, 0.18, 0.20, 0.22, 0.25, 0.28, 0.32]
HEADLINE_THRESHOLDS = [0.01, 0.02, 0.03, 0.04, 0.06, 0.08, 0.10, 0.12, 0.14, 0.16, 0.20]


def ecb_docs() -> list[dict]:
    with ECB.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def predict(records: list[dict], *, batch: bool, threshold: float | None) -> dict[str, str]:
    """Story of each record; ``threshold=None``: the clusterer's calibrated defaults."""
    return {line["id"]: line["story"] for line in cluster_records(
        records, batch=batch, threshold=threshold, short_threshold=threshold)}


def score(records: list[dict], gold: dict[str, str], *, batch: bool, threshold: float | None) -> dict[str, float]:
    started = time.perf_counter()
    pred = predict(records, batch=batch, threshold=threshold)
    p, r, f = bcubed(pred, gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "stories": len(set(pred.values())), "seconds": round(time.perf_counter() - started, 2)}


def agreement(records: list[dict], threshold: float | None) -> float:
    """B-cubed F1 between the streaming and the batch partition of the same records."""
    return round(bcubed(predict(records, batch=False, threshold=threshold),
                        predict(records, batch=True, threshold=threshold))[2], 4)


def ecb_split(docs: list[dict], split: str, seed: int = 0) -> tuple[list[dict], dict[str, str]]:
    chosen = [d for d in docs if d["split"] == split]
    random.Random(seed).shuffle(chosen)
    records = [{"id": d["id"], "title": d["title"], "text": d["text"]} for d in chosen]
    return records, {d["id"]: d["cluster"] for d in chosen}


def tfidf_average_linkage(docs: list[dict], split: str, distance: float) -> float:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    chosen = [d for d in docs if d["split"] == split]
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [f"{d['title']}\n{d['text']}" for d in chosen]).toarray()
    labels = AgglomerativeClustering(n_clusters=None, distance_threshold=distance, metric="cosine",
                                     linkage="average").fit_predict(matrix)
    pred = {d["id"]: str(label) for d, label in zip(chosen, labels)}
    return bcubed(pred, {d["id"]: d["cluster"] for d in chosen})[2]


def run_ecb() -> dict:
    docs = ecb_docs()
    tuning = []
    for threshold in THRESHOLDS:
        row = {"threshold": threshold}
        for split in ("train", "dev"):
            records, gold = ecb_split(docs, split)
            for batch in (False, True):
                row[f"{split}_{'batch' if batch else 'stream'}"] = score(records, gold, batch=batch, threshold=threshold)
        row["mean_f1"] = round(sum(v["f1"] for k, v in row.items() if isinstance(v, dict)) / 4, 4)
        tuning.append(row)
        print(f"ecb+ threshold {threshold}: mean train/dev F1 {row['mean_f1']}", flush=True)
    best = max(tuning, key=lambda r: r["mean_f1"])["threshold"]
    records, gold = ecb_split(docs, "test")
    test = {mode: score(records, gold, batch=mode == "batch", threshold=best) for mode in ("stream", "batch")}
    agree = [agreement(records, best)]
    # Both depend on arrival order (ECB+ has no dates): the test split in three more shuffles.
    orders, batch_orders = [], []
    for seed in (1, 2, 3):
        records, gold = ecb_split(docs, "test", seed)
        orders.append(score(records, gold, batch=False, threshold=best)["f1"])
        batch_orders.append(score(records, gold, batch=True, threshold=best)["f1"])
        agree.append(agreement(records, best))
    distances = [0.80, 0.85, 0.88, 0.90, 0.92, 0.95]
    dev_baseline = {d: round(tfidf_average_linkage(docs, "dev", d), 4) for d in distances}
    best_distance = max(dev_baseline, key=dev_baseline.get)
    baseline = {"dev_f1_by_distance": dev_baseline, "distance": best_distance,
                "test_f1": round(tfidf_average_linkage(docs, "test", best_distance), 4)}
    print(f"ecb+ test at {best}: {test}; other orders {orders} / {batch_orders}; agreement {agree}; "
          f"baseline {baseline}", flush=True)
    return {"threshold": best, "tuning": tuning, "test": test, "test_stream_f1_other_orders": orders,
            "test_batch_f1_other_orders": batch_orders, "test_stream_batch_agreement": agree,
            "baseline_tfidf_average_linkage": baseline}


def uci_rows() -> list[dict]:
    with UCI.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows.sort(key=lambda r: (int(r["TIMESTAMP"]), int(r["ID"])))
    return rows


def uci_half(rows: list[dict], half: str) -> tuple[list[dict], dict[str, str]]:
    want = 0 if half == "dev" else 1
    chosen = [r for r in rows if zlib.crc32(r["STORY"].encode()) % 2 == want]
    records = [{
        "id": r["ID"], "title": r["TITLE"], "text": "", "source": r["PUBLISHER"], "url": r["URL"],
        "date": datetime.fromtimestamp(int(r["TIMESTAMP"]) / 1000, tz=timezone.utc).isoformat(),
    } for r in chosen]
    return records, {r["ID"]: r["STORY"] for r in chosen}


def run_uci() -> dict:
    rows = uci_rows()
    tuning = []
    records, gold = uci_half(rows, "dev")
    for threshold in HEADLINE_THRESHOLDS:
        row = {"threshold": threshold,
               "dev_stream": score(records, gold, batch=False, threshold=threshold),
               "dev_batch": score(records, gold, batch=True, threshold=threshold)}
        row["mean_f1"] = round((row["dev_stream"]["f1"] + row["dev_batch"]["f1"]) / 2, 4)
        tuning.append(row)
        print(f"uci threshold {threshold}: dev F1 {row['mean_f1']}", flush=True)
    best = max(tuning, key=lambda r: r["mean_f1"])["threshold"]
    records, gold = uci_half(rows, "test")
    test = {mode: score(records, gold, batch=mode == "batch", threshold=best) for mode in ("stream", "batch")}
    agree = agreement(records, best)
    records, gold = uci_half(rows, "dev")
    print(f"uci test at {best}: {test}; agreement {agree}", flush=True)
    return {"threshold": best, "tuning": tuning, "test": test, "test_stream_batch_agreement": agree,
            "dev_stories": len(set(gold.values())), "test_stories": len(set(uci_half(rows, "test")[1].values()))}


DEV_SEEDS = (0, 1, 2, 3)


def choose_ecb_threshold(docs: list[dict]) -> tuple[float, list[dict]]:
    """The threshold the test run uses (:func:`run_ecb`): best mean F1 of streaming and batch
    on train and dev (seed 0) over ``THRESHOLDS``."""
    tuning = []
    for threshold in THRESHOLDS:
        row: dict = {"threshold": threshold}
        for split in ("train", "dev"):
            records, gold = ecb_split(docs, split)
            for batch in (False, True):
                row[f"{split}_{'batch' if batch else 'stream'}"] = score(records, gold, batch=batch, threshold=threshold)["f1"]
        row["mean_f1"] = round(sum(v for k, v in row.items() if k != "threshold") / 4, 4)
        tuning.append(row)
    return max(tuning, key=lambda r: r["mean_f1"])["threshold"], tuning


def choose_uci_threshold(records: list[dict], gold: dict[str, str]) -> tuple[float, list[dict]]:
    """The headline threshold the test run uses (:func:`run_uci`), chosen on the dev half."""
    tuning = []
    for threshold in HEADLINE_THRESHOLDS:
        f1s = [score(records, gold, batch=batch, threshold=threshold)["f1"] for batch in (False, True)]
        tuning.append({"threshold": threshold, "stream": f1s[0], "batch": f1s[1], "mean_f1": round(sum(f1s) / 2, 4)})
    return max(tuning, key=lambda r: r["mean_f1"])["threshold"], tuning


def run_dev_only() -> None:
    """ECB+ train and dev (each split clustered on its own) and the UCI dev half, at the
    thresholds the test run would choose (on train+dev for ECB+, on the dev half for UCI);
    ECB+ in four seeded arrival orders. No test data is read."""
    docs = ecb_docs()
    threshold, ecb_tuning = choose_ecb_threshold(docs)
    print(f"ecb+ threshold chosen on train+dev: {threshold}", flush=True)
    ecb: dict[str, dict] = {}
    for split in ("train", "dev"):
        for mode in ("stream", "batch"):
            runs = []
            for seed in DEV_SEEDS:
                records, gold = ecb_split(docs, split, seed)
                runs.append(score(records, gold, batch=mode == "batch", threshold=threshold))
            f1s = [r["f1"] for r in runs]
            ecb[f"{split}_{mode}"] = {"orders": runs, "f1": f1s, "min_f1": min(f1s),
                                      "mean_f1": round(sum(f1s) / len(f1s), 4)}
            print(f"ecb+ {split} {mode}: F1 {f1s}", flush=True)
    agree = []
    for seed in DEV_SEEDS:  # train and dev together, shuffled as one (as tests/test_cluster.py does)
        chosen = [d for d in docs if d["split"] in ("train", "dev")]
        random.Random(seed).shuffle(chosen)
        agree.append(agreement([{"id": d["id"], "title": d["title"], "text": d["text"]} for d in chosen], threshold))
    records, gold = uci_half(uci_rows(), "dev")
    uci_threshold, uci_tuning = choose_uci_threshold(records, gold)
    uci = {mode: score(records, gold, batch=mode == "batch", threshold=uci_threshold) for mode in ("stream", "batch")}
    uci_agree = agreement(records, uci_threshold)
    print(f"uci dev at {uci_threshold}: {uci}; agreement {uci_agree}", flush=True)
    md = [
        "# Story clustering quality on development data only (B-cubed)",
        "",
        f"At the thresholds the test run chooses: ECB+ {threshold} (best mean F1 of streaming and batch on train and "
        f"dev, seed 0, over {THRESHOLDS}), UCI-6k headlines {uci_threshold} (the same on the dev half). ECB+ splits "
        f"clustered one at a time, in four seeded arrival orders (seeds {list(DEV_SEEDS)}); the UCI-6k dev half "
        "(headlines and timestamps) in timestamp order. No test data was read (`--dev-only`).",
        "",
        "| data | mode | F1 per order | min | mean |",
        "|---|---|---|---|---|",
    ]
    for key, row in ecb.items():
        split, mode = key.split("_")
        md.append(f"| ECB+ {split} | {mode} | {' / '.join(map(str, row['f1']))} | {row['min_f1']} | {row['mean_f1']} |")
    for mode in ("stream", "batch"):
        u = uci[mode]
        md.append(f"| UCI-6k dev half | {mode} | {u['f1']} (P {u['precision']}, R {u['recall']}) | | |")
    md += ["", f"Streaming vs batch agreement (B-cubed F1 between the two partitions): ECB+ train+dev {agree}, "
               f"UCI-6k dev {uci_agree}.",
           "", "ECB+ threshold tuning (seed 0; F1 train stream, train batch, dev stream, dev batch, mean): "
           + "; ".join(f"{r['threshold']}: {r['train_stream']}, {r['train_batch']}, {r['dev_stream']}, "
                       f"{r['dev_batch']}, {r['mean_f1']}" for r in ecb_tuning) + "."]
    write_result("cluster_quality_dev", {"ecbplus_threshold": threshold, "ecbplus_tuning": ecb_tuning, "ecbplus": ecb,
                                         "ecbplus_stream_batch_agreement": agree, "uci6k_threshold": uci_threshold,
                                         "uci6k_tuning": uci_tuning, "uci6k_dev": uci,
                                         "uci6k_dev_stream_batch_agreement": uci_agree},
                 "\n".join(md))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep-ecb", action="store_true",
                        help="reuse the ECB+ section of the last result (the test split is reported once)")
    parser.add_argument("--dev-only", action="store_true",
                        help="score ECB+ train/dev and the UCI dev half only (never the test data)")
    args = parser.parse_args()
    if not ECB.exists() or not UCI.exists():
        sys.exit(f"shared data not found under {SHARED}")
    if args.dev_only:
        run_dev_only()
        return
    previous = RESULTS / "cluster_quality.json"
    ecb = json.loads(previous.read_text())["ecbplus"] if args.keep_ecb else run_ecb()
    uci = run_uci()
    md = [
        "# Story clustering quality (B-cubed)",
        "",
        "| data | threshold (chosen on) | mode | precision | recall | F1 |",
        "|---|---|---|---|---|---|",
    ]
    for mode in ("stream", "batch"):
        t = ecb["test"][mode]
        md.append(f"| ECB+ test (210 docs) | {ecb['threshold']} (train+dev) | {mode} | {t['precision']} | {t['recall']} | {t['f1']} |")
    for mode in ("stream", "batch"):
        t = uci["test"][mode]
        md.append(f"| UCI-6k test half (headlines) | {uci['threshold']} (dev half) | {mode} | {t['precision']} | {t['recall']} | {t['f1']} |")
    md += [
        "",
        f"ECB+ test F1 in three other arrival orders: streaming {ecb['test_stream_f1_other_orders']}, "
        f"batch {ecb['test_batch_f1_other_orders']}.",
        f"Streaming vs batch agreement (B-cubed F1 between the two partitions): ECB+ test "
        f"{ecb['test_stream_batch_agreement']} (four orders), UCI-6k test {uci['test_stream_batch_agreement']}.",
        f"Baseline (batch sklearn TF-IDF, average linkage, cosine distance {ecb['baseline_tfidf_average_linkage']['distance']} "
        f"chosen on dev): ECB+ test F1 {ecb['baseline_tfidf_average_linkage']['test_f1']}.",
        "Streaming places each article as it arrives (joining a story only when it agrees with the story's latest "
        "members) and, every 20 records, splits the stories just joined where they hold two groups far apart and "
        "sweeps the records just placed; every 40 records it also sweeps the weakly placed articles about 0, 80 and "
        "200 records old (a moved article is yielded again); batch makes the same pass in date order, then two "
        "reassignment sweeps with splitting (StoryClusterer.refine).",
        "The test numbers above come from one run made after the thresholds were fixed on train/dev (ECB+) and the dev half (UCI).",
        "Targets from the issue: ECB+ test F1 >= 0.90 (aim 0.95), UCI-6k >= 0.80.",
        "",
        "Disclosure: the ECB+ test split was scored six times during development. First at commit 5ad2254 "
        "(threshold 0.16, then chosen on train+dev): streaming F1 0.9385, batch 0.8862. Second after "
        "changes chosen on train/dev and UCI dev only (possessive folding, smaller centroids): streaming 0.9184, "
        "batch 0.8731, other streaming orders 0.9125/0.8906/0.8698 (threshold 0.18), regenerated once unchanged. "
        "Third at commit 735e013, after further changes chosen on ECB+ train/dev and UCI dev only (reassignment sweeps in batch, "
        "headline-only records looking up 16 terms, 10 candidates, postings capped at 200, banded LSH): streaming 0.9184, "
        "batch 0.8988, other orders streaming 0.9125/0.8906/0.8698, batch 0.9141/0.9238/0.9687. "
        "Fourth, at commit 79b2e0e, after changes chosen on ECB+ train/dev and the UCI dev half only (splitting of merged "
        "look-alike events, publication-time weighting, an IDF prior for small corpora, batch counting document frequencies "
        "as it goes; threshold 0.10): streaming 0.8813, batch 0.9069, other orders streaming 0.8963/0.8807/0.9055, batch "
        "0.9317/0.9577/0.9036; UCI test half streaming 0.8056, batch 0.8066. "
        "Fifth, on 2026-11-22, after changes chosen on ECB+ train/dev and the UCI dev half only (bench/results/cluster_quality_dev.md: "
        "an article joins a story only if it agrees with the story's latest members; streaming sweeps of weakly placed "
        "articles; the train+dev threshold search now scores streaming and batch alike): ECB+ streaming 0.9012, batch 0.9056; "
        "UCI test half streaming 0.8056, batch 0.8066. "
        "Sixth, this run (regenerated once, unchanged), after the time penalties of headlines and dated articles "
        "(bench/README.md: chosen on the UCI dev half, ECB+ train+dev and bench/dated_followups.py's written set; "
        "ECB+ has no dates, so its rows did not move; the UCI test half had been scored with them by bench/headline_defaults.py). "
        "The UCI test half was likewise scored with earlier code (threshold 0.10: F1 0.732 streaming; 0.04: 0.779; "
        "0.02: streaming 0.7796 then 0.7825, batch 0.792; at 735e013: streaming 0.7719, batch 0.7969; at 79b2e0e as above) before the fifth run.",
    ]
    write_result("cluster_quality", {"ecbplus": ecb, "uci6k": uci}, "\n".join(md))


if __name__ == "__main__":
    main()
