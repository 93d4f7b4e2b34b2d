"""``rashomon cluster`` with its defaults, as a user runs it, on headlines however they come.

UCI-6k (headlines only) in three shapes a user's file may have: the headline as ``title``
with no text, as ``text`` with no title, and as both (one CSV column mapped to both); ECB+
(full articles, some of them one-line) as it is. Every run uses the clusterer's defaults (no
threshold given), streaming, in timestamp order (UCI) or the seeded shuffle of
bench/cluster_quality.py (ECB+). ``--dev`` scores the UCI dev half and ECB+ train and dev
only (what the headline rule was chosen on); ``--test`` the UCI test half and ECB+ test.

    python bench/headline_defaults.py --dev
    python bench/headline_defaults.py --test     # writes bench/results/headline_defaults.{json,md}
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_quality import ecb_docs, ecb_split, uci_half, uci_rows  # noqa: E402
from common import write_result  # noqa: E402

from rashomon.evaluation.bcubed import bcubed  # noqa: E402
from rashomon.stories.cluster import cluster_records  # noqa: E402
from rashomon.stories.tuning import ARTICLE_PENALTY, DEFAULT_SHORT_THRESHOLD, DEFAULT_THRESHOLD, HEADLINE_PENALTY  # noqa: E402
from rashomon.stories.headlines import HEADLINE_WORDS, is_headline_only  # noqa: E402


def shapes(records: list[dict]) -> dict[str, list[dict]]:
    return {"title only": records,
            "text only": [{**r, "title": "", "text": r["title"]} for r in records],
            "title and text": [{**r, "text": r["title"]} for r in records]}


def run(records: list[dict], gold: dict[str, str], batch: bool = False) -> dict:
    pred = {line["id"]: line["story"] for line in cluster_records(records, batch=batch)}
    p, r, f = bcubed(pred, gold)
    headlines = sum(is_headline_only(x.get("title", ""), x.get("text", "")) for x in records)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "records": len(records),
            "headline_only": headlines}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--dev", action="store_true")
    group.add_argument("--test", action="store_true")
    args = parser.parse_args()
    rows = uci_rows()
    results: dict[str, dict] = {}
    half = "dev" if args.dev else "test"
    records, gold = uci_half(rows, half)
    for shape, recs in shapes(records).items():
        results[f"UCI-6k {half} half, {shape}"] = run(recs, gold)
        print(f"UCI {half} {shape}: {results[f'UCI-6k {half} half, {shape}']}", flush=True)
    if args.test:  # the whole file, as `rashomon cluster` reads a JSONL of it: test half included
        whole = [{"id": r["ID"], "title": r["TITLE"], "text": r["TITLE"], "source": r["PUBLISHER"], "url": r["URL"],
                  "date": datetime.fromtimestamp(int(r["TIMESTAMP"]) / 1000, tz=timezone.utc).isoformat()}
                 for r in sorted(rows, key=lambda r: int(r["ID"]))]
        results["UCI-6k whole, file order, title and text"] = run(whole, {r["ID"]: r["STORY"] for r in rows})
        print(f"UCI whole: {results['UCI-6k whole, file order, title and text']}", flush=True)
    docs = ecb_docs()
    for split in (("train", "dev") if args.dev else ("test",)):
        recs, g = ecb_split(docs, split)
        for batch in (False, True):
            key = f"ECB+ {split}, {'batch' if batch else 'stream'}"
            results[key] = run(recs, g, batch=batch)
            print(f"{key}: {results[key]}", flush=True)
    if args.dev:
        return
    settings = {"threshold": DEFAULT_THRESHOLD, "short_threshold": DEFAULT_SHORT_THRESHOLD,
                "headline_words": HEADLINE_WORDS, "headline_penalty": HEADLINE_PENALTY.describe(),
                "article_penalty": ARTICLE_PENALTY.describe()}
    lines = ["# `rashomon cluster` defaults on headlines however they come", "",
             f"Defaults that ran: articles {DEFAULT_THRESHOLD}, headline-only records {DEFAULT_SHORT_THRESHOLD} "
             f"(recognised by src/rashomon/stories/headlines.py, HEADLINE_WORDS {HEADLINE_WORDS}); dated headlines: "
             f"{HEADLINE_PENALTY.describe()}; dated articles: {ARTICLE_PENALTY.describe()}; streaming "
             "unless marked batch. The rules were chosen on the UCI dev half and ECB+ train+dev (the article penalty "
             "also on bench/dated_followups.py's development sets); these are the test sets, scored after.", "",
             "| data | precision | recall | F1 | records | headline-only |", "|---|---:|---:|---:|---:|---:|"]
    lines += [f"| {k} | {v['precision']} | {v['recall']} | {v['f1']} | {v['records']} | {v['headline_only']} |"
              for k, v in results.items()]
    write_result("headline_defaults", {"settings": settings, "results": results}, "\n".join(lines))


if __name__ == "__main__":
    main()
