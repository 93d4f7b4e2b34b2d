"""Biased words in real single news sentences (BABE, Spinde et al. 2021), found through ``rashomon inspect``.

    python bench/framing_babe.py            # writes bench/results/framing_babe.{json,md}
    python bench/framing_babe.py --print    # prints only
    python bench/framing_babe.py --contextual-cues   # inspect with its contextual word head (semantic extra);
                                                     # writes bench/results/framing_babe_contextual.{json,md}

BABE (../shared/data/babe/final_labels_SG2.csv; AGPL-3.0, test data only, never copied into the
package): 3,674 sentences from 11 US outlets labelled Biased / Non-biased / No agreement by experts,
with the words that make a biased sentence biased. Every sentence is one article given to
:func:`rashomon.inspect` in one call. A predicted word is a word inside a framing cue of kind
loaded, naming, scare_quote or hedge (voice and tone are not word cues).

Scored over the sentences labelled Biased or Non-biased ("No agreement" left out):
- word recall: annotated biased words (lower-cased word tokens of ``biased_words``) inside a cue;
- word precision: predicted words that are annotated biased words of their sentence (every
  predicted word in a Non-biased sentence is false);
- cues per Non-biased sentence.
The set is split in two halves by a stable hash of the sentence (``half`` A / B); every number is
given for both halves and the whole. Which half any threshold was tuned on is said in the results.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED, write_result  # noqa: E402

from rashomon.comparison.single import inspect_articles  # noqa: E402
from rashomon.model import Document  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

BABE = SHARED / "data" / "babe" / "final_labels_SG2.csv"
WORD_KINDS = {"loaded", "naming", "scare_quote", "hedge"}
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# What the thresholds of the framing step were tuned on (said in the results).
TUNED_ON = ("the development sets as a whole: stories-dev for the story part, stories-dev and the blind-written "
             "stories-fresh, -fresh2, -fresh3 and -fresh5 for the single-article part that inspect uses "
             "(no BABE sentence was used to choose any threshold or word)")


def load() -> list[dict[str, object]]:
    rows = []
    with BABE.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            if row["label_bias"] not in ("Biased", "Non-biased"):
                continue
            try:
                words = ast.literal_eval(row["biased_words"] or "[]")
            except (ValueError, SyntaxError):
                words = []
            gold = {w.lower() for phrase in words for w in WORD.findall(str(phrase))}
            half = "A" if hashlib.sha1(row["text"].encode()).digest()[0] % 2 == 0 else "B"
            rows.append({"text": row["text"], "biased": row["label_bias"] == "Biased", "gold": gold, "half": half})
    return rows


def score(rows: list[dict[str, object]], predicted: list[set[str] | None], cues: list[int]) -> dict[str, object]:
    tp = fp = fn = 0
    neutral_sentences = neutral_cues = flagged_biased = biased = 0
    for row, words, n in zip(rows, predicted, cues):
        gold: set[str] = row["gold"]  # type: ignore[assignment]
        words = words or set()
        tp += len(words & gold)
        fp += len(words - gold)
        fn += len(gold - words)
        if row["biased"]:
            biased += 1
            flagged_biased += bool(words)
        else:
            neutral_sentences += 1
            neutral_cues += n
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "sentences": len(rows), "biased": biased, "non_biased": neutral_sentences,
        "word_tp": tp, "word_fp": fp, "word_fn": fn,
        "word_precision": round(p, 4), "word_recall": round(r, 4), "word_f1": round(f1, 4),
        "biased_sentences_with_a_cue": flagged_biased,
        "cues_per_non_biased_sentence": round(neutral_cues / neutral_sentences, 4) if neutral_sentences else 0.0,
    }


def run(sensitivity: str = "precise", contextual: bool = False) -> dict[str, object]:
    rows = load()
    documents = [Document(text=r["text"], title=f"babe {i}", source="babe", origin=f"babe:{i}") for i, r in enumerate(rows)]  # type: ignore[arg-type]
    started = time.perf_counter()
    settings = Settings(contextual_cues=True) if contextual else None
    inspection = inspect_articles(documents, sensitivity=sensitivity, settings=settings)
    seconds = time.perf_counter() - started
    if len(inspection.articles) != len(rows):
        raise SystemExit(f"{len(rows) - len(inspection.articles)} sentences were skipped: {inspection.skipped[:3]}")
    predicted, counts = [], []
    for item in inspection.articles:
        words: set[str] = set()
        n = 0
        for cue in item.framing:
            if cue.kind in WORD_KINDS:
                n += 1
                words |= {w.lower() for w in WORD.findall(cue.text)}
        predicted.append(words)
        counts.append(n)
    out: dict[str, object] = {"data": str(BABE.relative_to(SHARED)), "tuned_on": TUNED_ON, "seconds": round(seconds, 2),
                              "sensitivity": sensitivity}
    if contextual:
        out["contextual_cues"] = True
    for half in ("A", "B"):
        idx = [i for i, r in enumerate(rows) if r["half"] == half]
        out[f"half_{half}"] = score([rows[i] for i in idx], [predicted[i] for i in idx], [counts[i] for i in idx])
    out["all"] = score(rows, predicted, counts)
    return out


def markdown(result: dict[str, object]) -> str:
    contextual = result.get("contextual_cues", False)
    lines = [
        "# Framing on BABE (biased words in real news sentences), through rashomon inspect"
        + (" --contextual-cues" if contextual else ""), "",
        "BABE SG2 (Spinde et al. 2021; AGPL-3.0, read from ../shared, never shipped). Sentences labelled "
        "Biased or Non-biased; a predicted word is a word inside a loaded / naming / scare_quote / hedge cue.", "",
        f"Thresholds tuned on: {result['tuned_on']}. Both halves are therefore held out.", "",
        *(["With `--contextual-cues`: also the single-article contextual word head's loaded words (threshold 0.85, chosen on the "
           "leave-one-set-out story scores before BABE was run; bench/README.md, ctxinspect21).", ""] if contextual else []),
        "`precise` is the default operating point of `rashomon inspect`; `broad` (`--sensitivity broad`) is the loaded-word "
        "threshold of best word F1 on the leave-one-set-out sweep of the development sets (scripts/fit_framing_words.py).", "",
        "| sensitivity | part | sentences | word precision | word recall | word F1 | biased sentences with a cue | cues per non-biased sentence |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for sensitivity, run_result in result["runs"].items():  # type: ignore[union-attr]
        for part in ("half_A", "half_B", "all"):
            s = run_result[part]
            lines.append(f"| {sensitivity} | {part} | {s['sentences']} | {s['word_precision']:.3f} | {s['word_recall']:.3f} | {s['word_f1']:.3f} | "
                         f"{s['biased_sentences_with_a_cue']}/{s['biased']} | {s['cues_per_non_biased_sentence']:.3f} |")
    precise = result["runs"]["precise"]  # type: ignore[index]
    lines += ["", f"{precise['all']['sentences']} sentences inspected in one call in {precise['seconds']} s (precise).",
              "Reference: the feature-based biased-word detector on MBIC (same kind of data) reports F1 0.43 at precision 0.29."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print only, write nothing")
    parser.add_argument("--contextual-cues", action="store_true",
                        help="inspect with its contextual word head (needs the semantic extra); results under framing_babe_contextual")
    args = parser.parse_args()
    if not BABE.exists():
        raise SystemExit(f"BABE not found at {BABE}")
    runs = {sensitivity: run(sensitivity, args.contextual_cues) for sensitivity in ("precise", "broad")}
    result = {**runs["precise"], "runs": runs}  # the top level keeps the default's numbers, as before
    text = markdown(result)
    if args.print:
        print(text)
    else:
        for path in write_result("framing_babe_contextual" if args.contextual_cues else "framing_babe", result, text):
            print(path)
        print(text)


if __name__ == "__main__":
    main()
