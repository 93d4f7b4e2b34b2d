"""For every missed gold number and date conflict, the stage of the conflict finder that lost it.

    python scripts/conflict_stages.py --set stories-dev --set stories-fresh [--list]

Stages, in the order a pair of figures (or days) goes through them; a gold conflict is counted
at the furthest stage any pair of its sides reached:

1. not read       fewer than two sides have a value of the kind (a figure; a day, date or time)
                  inside the gold side's text
2. no pair        the sides' claims were never a candidate pair (``_candidate_pairs``)
3. judged other   the pair was compared and no finding came out: the counted thing or the
                  event judged different
4. agreeing       the two values were judged to agree
5. dropped        a disagreement came out and a filter dropped it (other people, other doers,
                  other occasions, loose money, another article agreeing, two dated acts, a
                  rival's best counterpart agreeing)
6. merged         a disagreement reached the merge, and no reported conflict holds two sides

The finder's functions are wrapped, not changed: the report is the one ``compare`` writes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import stories_of  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.matching import locate  # noqa: E402
from rashomon.evaluation.rules import Located, conflict_matches  # noqa: E402
from rashomon.evaluation.scores import match_articles  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

STAGES = ("not read", "no pair", "judged other", "agreeing", "dropped", "merged")
KINDS = {"number": ("number",), "date": ("date", "month", "year", "weekday", "time")}


class Trace:
    """What the wrapped stages saw, per pair of claim ids (both orders); past the candidate pairs,
    per pair and kind of finding ("number", "date"): a pair's figures merged say nothing of its days."""

    def __init__(self) -> None:
        self.pairs: set[tuple[str, str]] = set()
        self.agreeing: set[tuple[str, str, str]] = set()
        self.disagreeing: set[tuple[str, str]] = set()  # per pair, whatever the kind
        self.dropped: dict[tuple[str, str, str], str] = {}
        self.merged: set[tuple[str, str, str]] = set()

    def reset(self) -> None:
        self.__init__()


TRACE = Trace()


def _both(a: str, b: str) -> list[tuple[str, str]]:
    return [(a, b), (b, a)]


def _both_of(d, kind: str = "") -> list[tuple[str, str, str]]:
    """The keys of a finding: its two claims, both orders, with its kind (``kind`` for an
    agreement, which carries none)."""
    return [(x, y, kind or d.kind) for x, y in _both(d.a.claim.id, d.b.claim.id)]


def _wrap() -> None:
    pairs, numbers, times = finder._candidate_pairs, finder.number_findings, finder.time_findings
    filters = {name: getattr(finder, name) for name in (
        "_other_people", "_other_doers", "_loose_money", "_other_article_agrees", "other_occasions", "told_as_two_acts",
    )}
    merge, rivals = finder.merge, finder.rivals_agree

    def candidate_pairs(claims, alignment):
        out = pairs(claims, alignment)
        for a, b in out:
            TRACE.pairs.update(_both(a.id, b.id))
        return out

    def record(found, kind):
        for f in found:
            if not isinstance(f, finder.Agreeing):
                TRACE.disagreeing.update(_both(f.a.claim.id, f.b.claim.id))
            elif f.a.normalized != f.b.normalized:  # two values judged to fit ("nearly 50" / "47")
                TRACE.agreeing.update(_both_of(f, kind))
            yield f

    def wrap_filter(name, fn):
        def filtered(*args, **kwargs):
            out = fn(*args, **kwargs)
            if out:
                d = args[0]
                if isinstance(d, finder.Disagreement):
                    for k in _both_of(d):
                        TRACE.dropped.setdefault(k, name)
                else:  # _other_people(a, b, persons): asked of days only
                    for x, y in _both(args[0].id, args[1].id):
                        TRACE.dropped.setdefault((x, y, "date"), name)
            return out
        return filtered

    def rivals_agree(disagreements, *args, **kwargs):
        out = rivals(disagreements, *args, **kwargs)
        for d in out:
            for k in _both_of(d):
                TRACE.dropped.setdefault(k, "rivals_agree")
        return out

    def merged(disagreements, agreements, sources):
        for d in disagreements:
            TRACE.merged.update(_both_of(d))
        return merge(disagreements, agreements, sources)

    finder._candidate_pairs = candidate_pairs
    finder.number_findings = lambda *a, **k: record(numbers(*a, **k), "number")
    finder.time_findings = lambda *a, **k: record(times(*a, **k), "date")
    for name, fn in filters.items():
        setattr(finder, name, wrap_filter(name, fn))
    finder.merge = merged
    finder.rivals_agree = rivals_agree


def _side_claims(report, located: Located, gold_name: str, text: str, kinds: tuple[str, ...]) -> list[tuple[str, frozenset[str]]]:
    """(id, values) of the claims holding a value of ``kinds`` inside the gold side's text."""
    article = located.article(gold_name)
    if article is None:
        return []
    spans = locate(article.text, text)
    out = []
    for c in report.claims:
        if c.article != article.id:
            continue
        inside = frozenset(v.normalized for v in c.values if v.kind in kinds and any(v.start < e and s < v.end for s, e in spans))
        if inside:
            out.append((c.id, inside))
    return out


def _reached(k: tuple[str, str, str]) -> tuple[int, str]:
    """How far one pair of claims went with findings of one kind (an index of STAGES), with a note naming it."""
    note = f"{k[0]}/{k[1]}"
    if k in TRACE.merged:
        return 5, note
    if k in TRACE.dropped:
        return 4, f"{note} by {TRACE.dropped[k]}"
    if k in TRACE.agreeing:
        return 3, note
    return (2 if k[:2] in TRACE.pairs else 1), note


def stage_of(report, located: Located, gold) -> tuple[str, str]:
    kinds = KINDS[gold.kind]
    sides = {name: _side_claims(report, located, name, text, kinds) for name, text in gold.sides.items()}
    read = [n for n, ids in sides.items() if ids]
    if len(read) < 2:
        return "not read", "read in: " + ", ".join(read)
    names = list(sides)
    told = [(a, b) for i, x in enumerate(names) for y in names[i + 1 :] for a in sides[x] for b in sides[y]]
    # the pairs of sides telling different values: sides that agree are no part of the conflict
    differing = [(a, b) for (a, va), (b, vb) in told if va != vb] or [(a, b) for (a, _), (b, _) in told]
    best, why = 1, ""
    for a, b in differing:
        reached, note = _reached((a, b, gold.kind))
        if reached > best or not why:
            best, why = reached, note
    return STAGES[best], why


def stage_arguments(description: str) -> argparse.Namespace:
    """The options every stage script takes: --set (repeatable), --embedder, --list."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--list", action="store_true", help="print each missed conflict with its stage")
    return parser.parse_args()


def gold_conflicts(set_names: list[str], kinds, embedder: str, before: Callable[[], None] = lambda: None) -> Iterator[tuple]:
    """Each gold conflict of ``kinds`` in the sets' stories, compared once per story (``before``
    runs just ahead, to reset a trace): ``(set_name, slug, report, located, gold_conflict, found)``,
    ``found`` whether a reported conflict matches it. Stories with none of those kinds are skipped."""
    for set_name in set_names:
        for slug, gold_path, sources in stories_of(set_name):
            gold = load_gold(gold_path)
            wanted = [g for g in gold.conflicts if g.kind in kinds]
            if not wanted:
                continue
            before()
            report = compare(sources, settings=Settings(embedder=embedder))
            for skipped in report.skipped:  # a wrapped stage that raises is caught by compare: say so
                if "stage failed" in skipped.reason:
                    print(f"STAGE FAILED {set_name}/{slug}: {skipped.source}: {skipped.reason}", file=sys.stderr, flush=True)
            located = Located(report, match_articles(gold.articles, report))
            for g in wanted:
                yield set_name, slug, report, located, g, any(conflict_matches(c, g, located) for c in report.conflicts)


def main() -> int:
    args = stage_arguments(__doc__.splitlines()[0])
    _wrap()
    counts: dict[str, Counter] = defaultdict(Counter)
    for set_name, slug, report, located, g, found in gold_conflicts(args.set, KINDS, args.embedder, TRACE.reset):
        if found:
            counts[g.kind]["found"] += 1
            continue
        stage, why = stage_of(report, located, g)
        counts[g.kind][stage] += 1
        if args.list:
            print(f"[{stage}] {set_name}/{slug} {g.kind}: {g.note or list(g.sides.values())} ({why})")
    for kind, c in counts.items():
        print(kind, "found", c["found"], "| missed:", ", ".join(f"{s} {c[s]}" for s in STAGES if c[s]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
