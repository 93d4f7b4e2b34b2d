"""Conflicts rashomon reports on real coverage of one event: ECB+ (no conflict gold).

ECB+ (/work/shared/data/ecbplus, CC BY 3.0) groups real news articles by the event they report
(982 articles, 86 events). Every event with three or more articles is compared as one story
(its first four articles), and every conflict found is listed, so a reader can judge each one.
ECB+ has no conflict gold: most of these articles agree on their event and differ in the
background they add (earlier games, earlier trials, other people's figures), so a conflict
here is false more often than on the development stories, which were written to disagree. The
count per story is the measure to watch, with a reader's audit of the list (bench/README.md).

The corpus was converted from tokens ("2, 000", "20: 09", "co - workers"); the token spacing is
undone before comparing, as real pages write them. Topics 1-35 (ECB+'s train and dev splits)
were read to find false conflicts and their mechanisms; topics 36-45 (its test split) were not
read before the fixes, and are reported apart.

    python bench/conflicts_ecbplus.py            # writes bench/results/conflicts_ecbplus.{json,md}
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED, write_result  # noqa: E402

import rashomon  # noqa: E402
from rashomon.model import Document  # noqa: E402

HELD_OUT_FROM = 36  # ECB+'s test topics
PER_STORY = 4


def detokenize(text: str) -> str:
    """Undo the token spacing of the converted corpus ("2, 000" -> "2,000", "it ’ s" -> "it’s")."""
    text = re.sub(r" \. (\d)", r" .\1", text)  # "a . 357 caliber"
    text = re.sub(r"(\d)\. (\d)", r"\1.\2", text)  # "2. 6 million"
    text = re.sub(r"\b([ap])\. m\.", r"\1.m.", text)  # "7 p. m."
    text = re.sub(r" ([’']) (s|re|ve|ll|d|m|t)\b", r"\1\2", text)  # "it ’ s"
    text = re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)
    text = re.sub(r"(\d): (\d\d)\b", r"\1:\2", text)
    text = re.sub(r"(\w) - (\w)", r"\1-\2", text)
    text = re.sub(r" ([’'])(s|re|ve|ll|d|m)\b", r"\1\2", text)
    text = re.sub(r" n([’'])t\b", r"n\1t", text)
    text = re.sub(r"“ ", "“", text)
    text = re.sub(r" ”", "”", text)
    text = re.sub(r"‘ ", "‘", text)
    text = re.sub(r" ([,.;:!?%)])(?!\d)", r"\1", text)
    return re.sub(r"([($]) ", r"\1", text)


def stories(path: Path) -> dict[str, list[dict]]:
    by: dict[str, list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            by[record["cluster"]].append(record)
    return {c: rs[:PER_STORY] for c, rs in sorted(by.items()) if len(rs) >= 3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--note", default="")
    args = parser.parse_args()
    path = SHARED / "data" / "ecbplus" / "ecbplus_docs.jsonl"
    if not path.exists():
        sys.exit(f"ECB+ is not at {path}")
    rows, listing = [], []
    started = time.perf_counter()
    for cluster, records in stories(path).items():
        topic = int(cluster.split("_")[0])
        part = "test (36-45)" if topic >= HELD_OUT_FROM else "read (1-35)"
        documents = [
            Document(record_id=r["id"], source=(r.get("source") or "ecb") + ":" + r["id"], title=detokenize(r["title"]), text=detokenize(r["text"]))
            for r in records
        ]
        report = rashomon.compare(documents)
        kinds = Counter(c.kind for c in report.conflicts)
        rows.append({"story": cluster, "part": part, "articles": len(documents), "conflicts": len(report.conflicts), "kinds": dict(kinds)})
        for c in report.conflicts:
            listing.append((part, cluster, c))
    seconds = time.perf_counter() - started
    parts: dict[str, dict] = {}
    for part in ("read (1-35)", "test (36-45)"):
        chosen = [r for r in rows if r["part"] == part]
        kinds = Counter()
        for r in chosen:
            kinds.update(r["kinds"])
        total = sum(r["conflicts"] for r in chosen)
        parts[part] = {"stories": len(chosen), "conflicts": total, "per_story": round(total / max(len(chosen), 1), 2), "kinds": dict(kinds)}
    lines = [
        "# Conflicts on real coverage of one event (ECB+, no conflict gold)",
        "",
        "Every ECB+ event with three or more articles, compared as one story (its first four articles). "
        "The list below is for reading: ECB+ has no conflict gold, so each finding is judged by a reader "
        "(bench/README.md keeps the audits).",
        "",
        f"{args.note}" if args.note else "",
        "",
        "| part | stories | conflicts | per story | by kind |",
        "|---|---|---|---|---|",
    ]
    for part, p in parts.items():
        lines.append(f"| {part} | {p['stories']} | {p['conflicts']} | {p['per_story']} | "
                     + ", ".join(f"{k} {n}" for k, n in sorted(p["kinds"].items())) + " |")
    lines += ["", f"{len(rows)} stories compared in {seconds:.1f} s.", "", "## Every conflict", ""]
    for part, cluster, c in listing:
        lines.append(f"- {part} {cluster} {c.kind}: {c.explanation}")
        for side in c.sides:
            lines.append(f"  - {side.article} «{side.value}»: {side.text[:200]}")
    payload = {"parts": parts, "stories": rows, "seconds": round(seconds, 1)}
    json_path, md_path = write_result("conflicts_ecbplus", payload, "\n".join(lines))
    print("\n".join(lines[:14]))
    print(f"wrote {json_path} and {md_path}")


if __name__ == "__main__":
    main()
