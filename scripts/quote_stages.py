"""For every missed gold quote conflict (and any other kind whose sides are all quoted words), the
stage of the quote finder that lost it, with the two quotations and how alike they are.

    python scripts/quote_stages.py --set stories-dev --set stories-fresh [--list]

Stages, in the order a pair of quotations goes through them; a gold conflict is counted at the
furthest stage any pair of its sides reached:

1. not read       fewer than two sides hold a quotation (``Claim.quotes``) inside the gold side's text
2. agreeing       the claims were compared (``quote_findings``) and no finding came out; the note
                  tells whether the two quotations are "one quotation" to ``quote_change`` (at least
                  three stems shared in order) or "not aligned" (fewer)
3. merged         a quote disagreement reached the merge, and no reported conflict holds two sides

With ``--list``, each miss is printed with the closest pair of quotations (most stems shared in
order) and the claims' speakers. The finder's functions are wrapped, not changed.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import conflict_stages as stages  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.comparison.conflicts.quotes import quote_words  # noqa: E402
from rashomon.evaluation.matching import locate  # noqa: E402

STAGES = ("not read", "agreeing", "merged")
_QUOTE_MARK = re.compile(r"[“”\"‘’«»„]")


class Trace:
    def __init__(self) -> None:
        self.compared: set[tuple[str, str]] = set()
        self.merged: set[tuple[str, str]] = set()

    def reset(self) -> None:
        self.__init__()


TRACE = Trace()


def _wrap() -> None:
    findings, merge = finder.quote_findings, finder.merge

    def quote_findings(a, b, texts=None, translated=None):
        TRACE.compared.update({(a.id, b.id), (b.id, a.id)})
        yield from findings(a, b, texts, translated)

    def merged(disagreements, agreements, sources):
        for d in disagreements:
            if d.kind == "quote":
                TRACE.merged.update({(d.a.claim.id, d.b.claim.id), (d.b.claim.id, d.a.claim.id)})
        return merge(disagreements, agreements, sources)

    finder.quote_findings = quote_findings
    finder.merge = merged


def _quoted_sides(report, located, gold) -> dict[str, list[tuple[object, str]]]:
    """Per gold side, the (claim, quotation) pairs whose quotation lies inside the side's text."""
    out: dict[str, list[tuple[object, str]]] = {}
    for name, text in gold.sides.items():
        article = located.article(name)
        found = []
        if article is not None:
            spans = locate(article.text, text)
            for c in report.claims:
                if c.article != article.id:
                    continue
                for q in c.quotes:
                    at = article.text.find(q, c.start)
                    if at >= 0 and any(at < e and s < at + len(q) for s, e in spans):
                        found.append((c, q))
        out[name] = found
    return out


def _shared(qa: str, qb: str) -> int:
    sa, sb = quote_words(qa), quote_words(qb)
    return sum(b.size for b in difflib.SequenceMatcher(a=sa, b=sb, autojunk=False).get_matching_blocks())


def stage_of(report, located, gold):
    sides = _quoted_sides(report, located, gold)
    read = [n for n, found in sides.items() if found]
    if len(read) < 2:
        return "not read", "quoted in: " + ", ".join(read), None
    names = list(sides)
    pairs = [(x, y) for i, n in enumerate(names) for m in names[i + 1 :] for x in sides[n] for y in sides[m]]
    best, best_pair = 0, max(pairs, key=lambda p: _shared(p[0][1], p[1][1]))
    for (ca, _), (cb, _) in pairs:
        if (ca.id, cb.id) in TRACE.merged:
            best = max(best, 2)
        elif (ca.id, cb.id) in TRACE.compared:
            best = max(best, 1)
    shared = _shared(best_pair[0][1], best_pair[1][1])
    note = f"{'one quotation' if shared >= 3 else 'not aligned'}, {shared} stems shared"
    return STAGES[best], note, best_pair


def main() -> int:
    args = stages.stage_arguments(__doc__.splitlines()[0])
    _wrap()
    counts: dict[str, Counter] = defaultdict(Counter)
    kinds = stages.KINDS | {k: () for k in ("quote", "actor", "order", "role", "name", "place", "other")}
    for set_name, slug, report, located, g, found in stages.gold_conflicts(args.set, kinds, args.embedder, TRACE.reset):
        if g.kind != "quote" and not all(_QUOTE_MARK.search(t) for t in g.sides.values()):
            continue
        if found:
            counts[set_name]["found"] += 1
            continue
        stage, note, pair = stage_of(report, located, g)
        counts[set_name][stage] += 1
        if args.list:
            print(f"[{stage}] {set_name}/{slug} {g.kind}: {g.note} ({note})")
            quoted = _quoted_sides(report, located, g)
            for name, text in g.sides.items():
                told = quoted.get(name) or []
                print(f"    {name}: " + (" | ".join(f"{c.id} ({c.speaker or '-'}) “{q}”" for c, q in told) or f"no quotation in: {text}"))
    for set_name, c in counts.items():
        print(set_name, "found", c["found"], "| missed:", ", ".join(f"{s} {c[s]}" for s in STAGES if c[s]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
