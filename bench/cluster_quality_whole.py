"""UCI-6k clustered whole with the defaults, as a user runs it: `rashomon cluster` on one JSONL.

The CSV itself has no text column, so `rashomon cluster uci-news-6k.csv` stops with an error that
says how to map one; a user writes the headlines out as JSONL (title, empty text, source, url,
date) and clusters that. Nothing is tuned here: the CLI's defaults, streaming and --batch, the
whole file (both halves of bench/cluster_quality.py), B-cubed against the STORY column.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, write_result  # noqa: E402

from rashomon.evaluation.bcubed import bcubed  # noqa: E402

UCI = SHARED / "data" / "uci-news-6k" / "uci-news-6k.csv"


def main() -> None:
    with UCI.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    gold = {r["ID"]: r["STORY"] for r in rows}
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "uci.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for r in rows:
                when = datetime.fromtimestamp(int(r["TIMESTAMP"]) / 1000, tz=timezone.utc).isoformat()
                out.write(json.dumps({"id": r["ID"], "title": r["TITLE"], "text": "", "source": r["PUBLISHER"],
                                      "url": r["URL"], "date": when}) + "\n")
        for mode, extra in (("stream", []), ("batch", ["--batch"])):
            result = Path(tmp) / f"{mode}.jsonl"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(["rashomon", "cluster", str(source), "-o", str(result), "--no-progress", *extra],
                           check=True, capture_output=True)
            seconds = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            pred = {d["id"]: d["story"] for d in map(json.loads, result.open(encoding="utf-8"))}
            p, r, f = bcubed(pred, gold)
            runs.append({"mode": mode, "records": len(pred), "stories": len(set(pred.values())),
                         "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                         "seconds": round(seconds, 2),
                         "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
                         "peak_rss_mib": round(after.ru_maxrss / 1024, 1), "load": os.getloadavg()[0]})
    lines = ["# UCI-6k whole file, `rashomon cluster` with its defaults", "",
             f"{len(rows):,} headlines, {len(set(gold.values()))} gold stories; headlines written to JSONL "
             "(the CSV has no text column), then the CLI with no options (and with --batch). Nothing chosen on "
             "this run; both halves of bench/cluster_quality.py's split are in it, so the dev half the "
             "headline threshold and time penalty were chosen on is half of this file.", "",
             "| mode | records | stories | precision | recall | F1 | seconds | CPU s | peak RSS MiB | load |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {x['mode']} | {x['records']:,} | {x['stories']} | {x['precision']} | {x['recall']} | {x['f1']} | "
              f"{x['seconds']} | {x['cpu_s']} | {x['peak_rss_mib']} | {x['load']:.2f} |" for x in runs]
    lines += ["", "Target from the issue: UCI-6k >= 0.80."]
    write_result("cluster_quality_whole", {"runs": runs}, "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
