"""The TF-IDF pair model's second opinion (``align.lexical_opinion``): every candidate pair, and the groups it changes.

    python scripts/lexical_opinion_study.py --set stories-fresh3 --set stories-fresh8 [--floor 0.30] [--groups]
        [--probability 0.35] [--no-predicate] [--nouns] [--narrow]

The second opinion is off in ``align`` (``LEXICAL_OPINIONS``); this script turns it on, with the
module's settings unless told otherwise (``--probability``: its TF-IDF cut; ``--no-predicate``: no
predicate test; ``--nouns``: a noun of an act counts as a predicate; ``--narrow``: one act's key or
one synset only, no OEWN relation a step apart).

For each story, every pair the TF-IDF pair model agrees on from ``--floor`` that the static one does
not, each the other's likeliest claim both ways in both models (``lexical_opinion_candidates``): its
TF-IDF probability, whether the two claims share a predicate (``claims.events.share_a_predicate``)
with the predicate words of each, and whether both claims hold the gold texts of one shared claim
(gold: yes / no). A summary counts candidates by probability band, predicate and gold. ``--groups``
also runs each story without the second opinion and prints the agreements that differ (added or
changed), each member's text, and whether the changed group is a gold shared claim found only with it.
Run it on READ sets only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import stories_of  # noqa: E402

import rashomon.comparison.align as align  # noqa: E402
import rashomon.comparison.align.lexical_opinion as opinion  # noqa: E402
from rashomon.comparison.claims.events import predicate_words  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.rules import Located, _claim_on  # noqa: E402
from rashomon.evaluation.scores import match_articles  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

BANDS = (0.30, 0.35, 0.40, 0.45, 0.50)
SEEN: list[tuple] = []  # (claim i, claim j, TF-IDF p, shares a predicate) of the whole-story alignment


def _wrap(floor: float) -> None:
    original = align.lexical_opinion_pairs

    def lexical_opinion_pairs(sim, lexical, claims, threshold, names, texts, keys, agreed, probability):
        if not SEEN:
            found = opinion.lexical_opinion_candidates(sim, lexical, claims, threshold, names, texts, keys, agreed, probability, floor)
            SEEN.extend((claims[i], claims[j], q, shared, texts[i], texts[j]) for i, j, q, shared in found)
            SEEN.append(None)  # the whole story's call is the first; later calls (the lead's units) are not read
        return original(sim, lexical, claims, threshold, names, texts, keys, agreed, probability)

    align.lexical_opinion_pairs = lexical_opinion_pairs


def _on_gold(a, b, gold, located: Located) -> bool:
    return any(
        any(_claim_on(a, x, t, located) for x, t in shared.items()) and any(_claim_on(b, y, u, located) for y, u in shared.items())
        for shared in gold.shared
    )


def _found(report, gold, located: Located) -> set[int]:
    return {
        n for n, shared in enumerate(gold.shared)
        if all(a in located.ids for a in shared) and any(
            all(any(_claim_on(c, a, t, located) for c in agreement.claims) for a, t in shared.items()) for agreement in report.agreements
        )
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--floor", type=float, default=0.30)
    parser.add_argument("--groups", action="store_true", help="the agreements that differ without the second opinion")
    parser.add_argument("--probability", type=float, default=opinion.LEXICAL_OPINION_PROBABILITY)
    parser.add_argument("--no-predicate", action="store_true")
    parser.add_argument("--nouns", action="store_true")
    parser.add_argument("--narrow", action="store_true")
    args = parser.parse_args()
    align.LEXICAL_OPINIONS = True
    opinion.LEXICAL_OPINION_PROBABILITY = args.probability
    opinion.SAME_PREDICATE = not args.no_predicate
    opinion.PREDICATE_NOUNS = args.nouns
    opinion.BROAD_PREDICATES = not args.narrow
    _wrap(args.floor)
    counts: Counter = Counter()
    for set_name in args.set:
        for slug, gold_path, sources in stories_of(set_name):
            gold = load_gold(gold_path)
            SEEN.clear()
            report = compare(sources, settings=Settings(embedder="static"))
            located = Located(report, match_articles(gold.articles, report))
            claims = {c.id: c for c in report.claims}
            for a, b, q, shared, ta, tb in (s for s in SEEN if s is not None):
                band = max(x for x in BANDS if q >= x - 1e-9)
                on_gold = _on_gold(claims.get(a.id, a), claims.get(b.id, b), gold, located)
                counts[band, shared, on_gold] += 1
                print(f"{set_name}/{slug} p={q:.2f} predicate={'yes' if shared else 'no'} gold={'yes' if on_gold else 'no'}")
                print(f"    {a.article}: {ta[:150]}  {list(predicate_words(ta, args.nouns))}")
                print(f"    {b.article}: {tb[:150]}  {list(predicate_words(tb, args.nouns))}")
            if args.groups:
                align.LEXICAL_OPINIONS = False
                without = compare(sources, settings=Settings(embedder="static"))
                align.LEXICAL_OPINIONS = True
                before = {frozenset((r.article, r.start) for r in g.claims) for g in without.agreements}
                gained = _found(report, gold, located) - _found(without, gold, Located(without, match_articles(gold.articles, without)))
                lost = _found(without, gold, Located(without, match_articles(gold.articles, without))) - _found(report, gold, located)
                for g in report.agreements:
                    if frozenset((r.article, r.start) for r in g.claims) in before:
                        continue
                    print(f"  GROUP {set_name}/{slug} (gold shared found only with it: {len(gained)}, lost: {len(lost)})")
                    for r in g.claims:
                        c = next(c for c in report.claims if c.article == r.article and c.start == r.start)
                        print(f"      {r.article}: {c.text[:160]}")
    print("\nTF-IDF p from | shares a predicate | on one gold shared claim | pairs")
    for key in sorted(counts):
        print(f"{key[0]:.2f} | {key[1]} | {key[2]} | {counts[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
