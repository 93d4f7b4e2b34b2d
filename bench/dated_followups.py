"""Follow-up coverage over several days against look-alike events: does the time penalty keep
an event's later articles in its story without merging look-alikes?

Two dated sets, both clustered in date order (streaming and batch), scored by B-cubed F1, each
also with its dates withheld (no time penalty at all):

- ``bench/data/dated_lookalikes.jsonl``: 24 short articles written for this check (fictional
  towns, people and companies; no news text): six events in three look-alike pairs (two
  warehouse fires, two river floods, two strikes), each covered by four articles over two to
  three days, the pairs overlapping in time. Small: a sanity check of the mechanism.
- ECB+ with seeded dates (``ecb_dated``): ECB+ has no dates, so each gold event gets a start
  time, the two look-alike events of a topic (its ``ecb`` and ``ecbplus`` subtopics) start 0 to
  4 days apart, the topics are spread over 40 days, and an event's articles come over the 0
  to 72 hours after its start (uniform). Real text, invented dates: it measures what a penalty
  does when follow-ups come days later and a look-alike is near.

``--penalty since,grace,scale`` (hours) sets the article penalty (default: the one in
stories/tuning.py); ``--grid`` scores the candidates on the written set and ECB+ train/dev
only; ``--test`` adds ECB+ test and writes bench/results/dated_followups.{json,md}.

    python bench/dated_followups.py --grid
    python bench/dated_followups.py --test
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cluster_quality import ecb_docs  # noqa: E402
from common import write_result  # noqa: E402

from rashomon.evaluation.bcubed import bcubed  # noqa: E402
from rashomon.stories import tuning  # noqa: E402
from rashomon.stories.cluster import cluster_records  # noqa: E402

WRITTEN = Path(__file__).resolve().parent / "data" / "dated_lookalikes.jsonl"
START = datetime(2025, 1, 1, tzinfo=timezone.utc)
CANDIDATES = [("latest", 0, 12), ("latest", 0, 24), ("latest", 0, 48), ("latest", 24, 24), ("latest", 48, 24),
              ("latest", 72, 24), ("latest", 48, 48), ("latest", 72, 72), ("first", 72, 24)]


def written() -> tuple[list[dict], dict[str, str]]:
    rows = [json.loads(line) for line in WRITTEN.open(encoding="utf-8")]
    rows.sort(key=lambda r: r["date"])
    return ([{k: r[k] for k in ("id", "title", "text", "date", "source")} for r in rows],
            {r["id"]: r["story"] for r in rows})


def ecb_dated(split: str, seed: int = 0) -> tuple[list[dict], dict[str, str]]:
    """ECB+ ``split`` with invented dates (see the module doc), in date order."""
    rng = random.Random(f"{split}-{seed}")
    docs = [d for d in ecb_docs() if d["split"] == split]
    topic_start = {t: rng.uniform(0, 40 * 24) for t in sorted({d["topic"] for d in docs})}
    event_start = {}
    for cluster in sorted({d["cluster"] for d in docs}):
        topic = int(cluster.split("_")[0])
        event_start[cluster] = topic_start[topic] + (rng.uniform(0, 96) if cluster.endswith("plus") else 0.0)
    records = []
    for d in docs:
        hours = event_start[d["cluster"]] + rng.uniform(0, 72)
        records.append({"id": d["id"], "title": d["title"], "text": d["text"],
                        "date": (START + timedelta(hours=hours)).isoformat()})
    records.sort(key=lambda r: r["date"])
    return records, {d["id"]: d["cluster"] for d in docs}


def f1(records: list[dict], gold: dict[str, str], *, batch: bool, dates: bool = True) -> float:
    if not dates:
        records = [{**r, "date": None} for r in records]
    pred = {line["id"]: line["story"] for line in cluster_records(records, batch=batch)}
    return round(bcubed(pred, gold)[2], 4)


def scores(splits: tuple[str, ...]) -> dict[str, float]:
    out = {}
    records, gold = written()
    for batch in (False, True):
        out[f"written {'batch' if batch else 'stream'}"] = f1(records, gold, batch=batch)
    for split in splits:
        for seed in (0, 1):
            records, gold = ecb_dated(split, seed)
            for batch in (False, True):
                out[f"ECB+ {split} dated seed {seed} {'batch' if batch else 'stream'}"] = f1(records, gold, batch=batch)
    return out


def undated(splits: tuple[str, ...]) -> dict[str, float]:
    out = {}
    records, gold = written()
    for batch in (False, True):
        out[f"written {'batch' if batch else 'stream'}, dates withheld"] = f1(records, gold, batch=batch, dates=False)
    for split in splits:
        records, gold = ecb_dated(split, 0)
        for batch in (False, True):
            out[f"ECB+ {split} seed 0 {'batch' if batch else 'stream'}, dates withheld"] = f1(
                records, gold, batch=batch, dates=False)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--penalty", help="since,grace,scale in hours, e.g. latest,48,24")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--grid", action="store_true")
    group.add_argument("--test", action="store_true")
    args = parser.parse_args()
    if args.penalty:
        since, grace, scale = args.penalty.split(",")
        tuning.ARTICLE_PENALTY = tuning.TimePenalty(since, float(grace), float(scale))
    if args.grid:
        for since, grace, scale in CANDIDATES:
            tuning.ARTICLE_PENALTY = tuning.TimePenalty(since, grace, scale)
            got = scores(("train", "dev"))
            ecb = [v for k, v in got.items() if k.startswith("ECB+")]
            print(f"{since},{grace},{scale}: written {got['written stream']}/{got['written batch']}; "
                  f"ECB+ train/dev dated mean {sum(ecb) / len(ecb):.4f} (min {min(ecb)})", flush=True)
        print("no dates:", undated(("train", "dev")), flush=True)
        return
    penalty = tuning.ARTICLE_PENALTY
    chosen = scores(("train", "dev", "test"))
    tuning.ARTICLE_PENALTY = tuning.TimePenalty("latest", 0.0, 12.0)
    before = scores(("train", "dev", "test"))
    tuning.ARTICLE_PENALTY = penalty
    none = undated(("train", "dev", "test"))
    lines = ["# Follow-up coverage over days against look-alike events (B-cubed F1)", "",
             f"Article penalty that ran: {penalty.describe()} (before: time penalty from the story's latest "
             "article: 1 / (1 + hours / 12)). Headline-only records are not in these sets. Chosen on the written "
             "set and ECB+ train/dev (dated by the seeded rule of bench/dated_followups.py); ECB+ test scored after.",
             "", "| data | before | now |", "|---|---:|---:|"]
    lines += [f"| {k} | {before[k]} | {chosen[k]} |" for k in chosen]
    lines += ["", "With the dates withheld (no penalty at all): "
              + "; ".join(f"{k} {v}" for k, v in none.items()) + "."]
    write_result("dated_followups", {"penalty": [penalty.since, penalty.grace_hours, penalty.scale_hours],
                                     "now": chosen, "before": before, "dates_withheld": none}, "\n".join(lines))


if __name__ == "__main__":
    main()
