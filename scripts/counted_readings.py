"""The counted nouns of the number values the conflict finder compares that look misread: a
hyphenated modifier, a participle or another word no noun table knows, a word after "of", a
person noun whose class is no class of people (counted12).

    python scripts/counted_readings.py --set stories-dev --set stories-fresh

Prints how many values each reading has and 30 examples; the finder is wrapped, not changed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import HELD_OUT, stories_of  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.comparison.conflicts.figures import counted_class  # noqa: E402
from rashomon.comparison.conflicts.values import stated_numbers  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.settings import Settings  # noqa: E402
from rashomon.text.thesaurus import kind_of, lemma_of  # noqa: E402

_PEOPLE = ("people", "worker", "customer", "diplomat")
SEEN: dict[tuple[str, int], tuple] = {}


def _wrap() -> None:
    """Record every number value of the claims ``number_findings`` compares."""
    numbers = finder.number_findings

    def recorded(a, b, *args, **kwargs):
        for claim in (a, b):
            for v in stated_numbers(claim):
                SEEN[(claim.id, v.start)] = (claim, v)
        return numbers(a, b, *args, **kwargs)

    finder.number_findings = recorded


def readings(claim, v) -> list[str]:
    """The suspect readings of one value's counted noun."""
    word = (v.counted or "").lower()
    if not word:
        return []
    out = []
    if "-" in word:
        out.append("hyphenated")
    if lemma_of(word) == "" and " " not in word:
        out.append("participle" if word.endswith(("ed", "ing")) else "no noun known")
    if claim.text[v.end - claim.start :].lstrip(" -").lower().startswith("of "):
        out.append("after of")
    if kind_of(word) == "person" and counted_class(v) not in _PEOPLE:
        out.append("person noun in another class")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    args = parser.parse_args()
    if held := set(args.set) & set(HELD_OUT):
        parser.error(f"held out this session: {', '.join(sorted(held))}")
    _wrap()
    counts, examples, total = Counter(), [], 0
    for set_name in args.set:
        for slug, _, sources in stories_of(set_name):
            SEEN.clear()
            compare(sources, settings=Settings(embedder="static"))
            for claim, v in (x for x in SEEN.values() if x[1].kind == "number"):
                total += 1
                for reading in readings(claim, v):
                    counts[reading] += 1
                    at = v.start - claim.start
                    examples.append(f"{set_name}/{slug} | {reading} | {v.text} -> {v.counted} | {claim.text[max(0, at - 30) : at + 60]}")
    print("number values compared:", total)
    for reading, n in counts.most_common():
        print(f"  {reading}: {n}")
    for line in random.Random(1).sample(examples, min(30, len(examples))):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
