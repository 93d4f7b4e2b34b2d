"""Every reported framing cue of the READ sets by the step that made it, on gold or false, per set.

    python scripts/false_cue_steps.py --set stories-dev --set stories-fresh [--list]

The step is read off the cue's note (its first words: "word choice", "loaded word", "evaluative
adjective on a noun", "vivid verb", "naming", ...; a scare quote and tone by their kind). A cue is on
gold when it overlaps a gold framing cue of its article (``rules._cue_on_gold``, as
``bench/quality.py`` counts framing precision). Voices and hedges are left out (hedges are scored
apart). ``--list`` prints each false cue with its set, story, article and note.

Totals and lists of misses: READ sets only (bench/README: READ/CHECK).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from quality import stories_of  # noqa: E402

from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.matching import match_articles  # noqa: E402
from rashomon.evaluation.rules import Located, _cue_on_gold, _cue_spans  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

_STEP = re.compile(r"(?:\[[a-z]+\] )?([a-z ',-]+?)(?: \(|:|$)")


def step_of(kind: str, note: str) -> str:
    """The step a cue's note names (its leading words), or its kind for scare quotes and tone."""
    if kind in ("scare_quote", "tone"):
        return kind.replace("_", " ")
    m = _STEP.match(note or "")
    return (m.group(1) if m else (note or kind)[:30])[:45]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--list", action="store_true", help="print every false cue")
    args = parser.parse_args()
    table: dict[str, list] = collections.defaultdict(lambda: [0, 0, collections.Counter()])
    false_rows = []
    for name in args.set:
        for slug, gold_path, sources in stories_of(name):
            report = compare(sources, settings=Settings(embedder="static"))
            gold = load_gold(gold_path)
            located = Located(report, match_articles(gold.articles, report))
            names = {v: k for k, v in located.ids.items()}
            for cue in report.framing:
                if cue.kind in ("voice", "hedge"):
                    continue
                step = step_of(cue.kind, cue.note)
                on = _cue_on_gold(cue, _cue_spans(cue, located), gold, located)
                row = table[step]
                row[0 if on else 1] += 1
                if not on:
                    row[2][name.replace("stories-", "")] += 1
                    false_rows.append(f"{name} {slug} {names.get(cue.article, cue.article)}: {step}: {cue.text!r} ({cue.note})")
    print("| step | on gold | false | false by set |\n|---|---|---|---|")
    for step, (on, false, sets) in sorted(table.items(), key=lambda kv: (-kv[1][1], -kv[1][0])):
        print(f"| {step} | {on} | {false} | {', '.join(f'{s} {n}' for s, n in sorted(sets.items()))} |")
    print(f"| all | {sum(r[0] for r in table.values())} | {sum(r[1] for r in table.values())} | |")
    if args.list:
        print("\n".join(false_rows))


if __name__ == "__main__":
    main()
