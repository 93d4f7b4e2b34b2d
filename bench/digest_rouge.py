"""How much of what the sources share the digest says, next to the most neutral outlet's lead.

    python bench/digest_rouge.py                 # stories-dev, static embedder: writes bench/results/digest_rouge.{json,md}
    python bench/digest_rouge.py --print         # prints only

A stand-in for the measure issue 12 sets on real coverage (ROUGE-1 of the digest against an
editor's neutral summary, against the most neutral outlet's first sentences), which cannot be run
here: no editor's summaries are at hand. The reference of a story is its gold shared claims (the
shortest side of each entry, joined): what every outlet agrees on, which is what a neutral editor
writes. Compared per story, unigram ROUGE-1 (lower-cased words and digit runs, with counts):

- the digest's shared-claim sentences (conflict sentences left out: an editor's summary has none),
- the first three body sentences (after the title) of the gold's first ``neutral`` article, else
  of the article with the fewest gold framing cues.

Reads gold (benchmark only; the product never does). Totals are means over stories.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, write_result  # noqa: E402

from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

_TOKEN = re.compile(r"[A-Za-z]+|\d+")
CONFLICT = "Sources differ on "


def tokens(text: str) -> Counter:
    return Counter(w.lower() for w in _TOKEN.findall(text))


def rouge1(candidate: Counter, reference: Counter) -> dict[str, float]:
    overlap = sum((candidate & reference).values())
    p = overlap / max(1, sum(candidate.values()))
    r = overlap / max(1, sum(reference.values()))
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}


def story(gold_path: Path, embedder: str) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    names = gold["articles"]
    reference = tokens(" ".join(min(entry.values(), key=len) for entry in gold["shared"]))
    report = compare([str(gold_path.parent / n) for n in names], settings=Settings(embedder=embedder))
    shared = [d.text for d in report.digest if not d.text.startswith(CONFLICT)]
    framing = Counter(cue["article"] for cue in gold["framing"])
    neutral = (gold.get("neutral") or [min(names, key=lambda n: framing[n])])[0]
    article = report.articles[names.index(neutral)]
    lead = [s.text for s in article.sentences[1:4]]
    return {
        "digest": rouge1(tokens(" ".join(shared)), reference),
        "lead": rouge1(tokens(" ".join(lead)), reference),
        "digest_sentences": len(shared),
        "digest_words": sum(len(t.split()) for t in shared),
        "conflict_sentences": len(report.digest) - len(shared),
        "neutral_article": neutral,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--print", action="store_true", help="print only; write no result file")
    args = parser.parse_args()
    root = SHARED / "data" / "stories-dev"
    golds = sorted(root.glob("*/gold.json"))
    if not golds:
        sys.exit(f"no stories under {root}")
    per = {g.parent.name: story(g, args.embedder) for g in golds}
    n = len(per)
    mean = lambda which, key: round(sum(s[which][key] for s in per.values()) / n, 4)  # noqa: E731
    totals = {
        "stories": n,
        "digest_f1": mean("digest", "f1"), "digest_recall": mean("digest", "recall"), "digest_precision": mean("digest", "precision"),
        "lead_f1": mean("lead", "f1"), "lead_recall": mean("lead", "recall"), "lead_precision": mean("lead", "precision"),
        "digest_beats_lead": sum(s["digest"]["f1"] > s["lead"]["f1"] for s in per.values()),
        "digest_sentences": sum(s["digest_sentences"] for s in per.values()),
        "digest_words": sum(s["digest_words"] for s in per.values()),
    }
    lines = [
        f"# Digest ROUGE-1 against the gold shared claims (stories-dev, {args.embedder})", "",
        "| | F1 | recall | precision |", "|---|---|---|---|",
        f"| digest (shared-claim sentences) | {totals['digest_f1']:.3f} | {totals['digest_recall']:.3f} | {totals['digest_precision']:.3f} |",
        f"| neutral article, first 3 sentences | {totals['lead_f1']:.3f} | {totals['lead_recall']:.3f} | {totals['lead_precision']:.3f} |",
        "",
        f"Digest F1 above the lead's in {totals['digest_beats_lead']}/{n} stories; "
        f"{totals['digest_sentences']} digest sentences, {totals['digest_words']} words.",
    ]
    print("\n".join(lines))
    if not args.print:
        write_result("digest_rouge", {"embedder": args.embedder, "totals": totals, "stories": per}, "\n".join(lines))


if __name__ == "__main__":
    main()
