"""UCI-6k clustered whole with the defaults, as a user runs it: `rashomon cluster uci-news-6k.csv`.

The CSV has headlines only (TITLE, PUBLISHER, URL, TIMESTAMP, no text column): the reader takes
each headline as its record's text and the clusterer recognises headline-only records. Nothing
is tuned here: the CLI's defaults, streaming and --batch, the whole file in file order (both
halves of bench/cluster_quality.py), B-cubed against the STORY column.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, write_result  # noqa: E402

from rashomon.evaluation.bcubed import bcubed  # noqa: E402

UCI = SHARED / "data" / "uci-news-6k" / "uci-news-6k.csv"


def main() -> None:
    gold = {}
    with UCI.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        line = reader.line_num + 1
        for row in reader:
            gold[f"{UCI}:{line}"] = row[header.index("STORY")]  # the reader names a row by the line it starts on
            line = reader.line_num + 1
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for mode, extra in (("stream", []), ("batch", ["--batch"])):
            result = Path(tmp) / f"{mode}.jsonl"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(["rashomon", "cluster", str(UCI), "-o", str(result), "--no-progress", *extra],
                           check=True, capture_output=True)
            seconds = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            pred = {d["id"]: d["story"] for d in map(json.loads, result.open(encoding="utf-8"))}  # a moved record: the last line
            p, r, f = bcubed(pred, gold)
            runs.append({"mode": mode, "records": len(pred), "stories": len(set(pred.values())),
                         "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                         "seconds": round(seconds, 2),
                         "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
                         "peak_rss_mib": round(after.ru_maxrss / 1024, 1), "load": os.getloadavg()[0]})
    rows = gold
    lines = ["# UCI-6k whole file, `rashomon cluster` with its defaults", "",
             f"{len(rows):,} headlines, {len(set(gold.values()))} gold stories; the CSV as it is, through the CLI "
             "with no options (and with --batch). Nothing chosen on "
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
