"""Every pair of differing figures (or days) the conflict finder compared, by the line that let it go,
split into gold pairs (both values inside two sides of one gold conflict) and the rest.

    python scripts/judged_other_census.py --set stories-dev --set stories-fresh [--show LINE]

Unlike ``same_event_reasons.py`` the pairs are traced inside ``compare`` with the pipeline's own
``aligned`` / ``alike`` / ``kindred`` flags. Per exit line (``values.shared_context``'s ``return
None`` or ``days.time_findings``' ``continue``) it prints how many gold pairs of conflicts the report
missed, of conflicts it found, and how many other pairs with two different values it rejected there:
the pairs a relaxation of that line would also let through (the precision side, pessimistic: the
later filters are not applied). ``--show LINE`` (as printed, e.g. ``values.py:299``) lists that
line's pairs with their two sentences.
"""

from __future__ import annotations

import argparse
import linecache
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

from quality import stories_of  # noqa: E402

from rashomon.comparison.conflicts import days, values  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.matching import locate  # noqa: E402
from rashomon.evaluation.rules import Located, conflict_matches  # noqa: E402
from rashomon.evaluation.scores import match_articles  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

KINDS = {"number": ("number",), "date": ("date", "month", "year", "weekday", "time")}
_LOOPS = ("for va in ta:", "for vb in tb:")  # time_findings' loop headers run with the last pair's values still bound
SEEN: list[tuple] = []  # (kind, claim a, value a, claim b, value b, exit, verdict)


def _wrap() -> None:
    shared_context, time_findings = values.shared_context, days.time_findings
    code_n, code_d = shared_context.__code__, time_findings.__code__

    def traced_shared(a, va, b, vb, *args, **kwargs):
        exit_line: list[int] = []

        def local(frame, event, arg):
            if event == "return":
                exit_line.append(frame.f_lineno)
            return local

        sys.settrace(lambda frame, event, arg: local if frame.f_code is code_n else None)
        try:
            out = shared_context(a, va, b, vb, *args, **kwargs)
        finally:
            sys.settrace(None)
        where = f"values.py:{exit_line[-1]}" if exit_line else "?"
        SEEN.append(("number", a, va, b, vb, where, "compared" if out is not None else "other"))
        return out

    def traced_times(a, b, *args, **kwargs):
        last: dict[tuple[int, int], tuple] = {}
        yielded: set[tuple[int, int]] = set()

        def local(frame, event, arg):
            va, vb = frame.f_locals.get("va"), frame.f_locals.get("vb")
            if va is not None and vb is not None:
                key = (id(va), id(vb))
                if event == "line" and linecache.getline(code_d.co_filename, frame.f_lineno).strip() not in _LOOPS:
                    last[key] = (va, vb, frame.f_lineno, frame.f_locals.get("same"))
                elif event == "return" and arg is not None:
                    yielded.add(key)
            return local

        sys.settrace(lambda frame, event, arg: local if frame.f_code is code_d else None)
        try:
            out = list(time_findings(a, b, *args, **kwargs))
        finally:
            sys.settrace(None)
        for key, (va, vb, line, same) in last.items():
            if same is not True:  # two days read as one are no conflict, whatever rule let them go
                SEEN.append(("date", a, va, b, vb, f"days.py:{line}", "compared" if key in yielded else "other"))
        return out

    values.shared_context = traced_shared
    import rashomon.comparison.conflicts as finder

    finder.time_findings = traced_times


def _inside(report, located, name, text, kinds) -> set[tuple[str, int]]:
    article = located.article(name)
    if article is None:
        return set()
    spans = locate(article.text, text)
    return {(c.id, v.start) for c in report.claims if c.article == article.id for v in c.values
            if v.kind in kinds and any(v.start < e and s < v.end for s, e in spans)}


def census(set_names: list[str], embedder: str):
    """Each compared pair of differing values: ``(set_name, slug, report, column, row)``, column one of
    "gold missed", "gold found", "other pair"; row ``(kind, a, va, b, vb, exit, verdict)``."""
    _wrap()
    for set_name in set_names:
        for slug, gold_path, sources in stories_of(set_name):
            gold = load_gold(gold_path)
            SEEN.clear()
            report = compare(sources, settings=Settings(embedder=embedder))
            located = Located(report, match_articles(gold.articles, report))
            gold_pairs: dict[tuple, bool] = {}
            for g in gold.conflicts:
                if g.kind not in KINDS:
                    continue
                found = any(conflict_matches(c, g, located) for c in report.conflicts)
                sides = [_inside(report, located, n, t, KINDS[g.kind]) for n, t in g.sides.items()]
                for i, x in enumerate(sides):
                    for y in sides[i + 1 :]:
                        for p in x:
                            for q in y:
                                for k in ((g.kind, p, q), (g.kind, q, p)):
                                    gold_pairs[k] = found or gold_pairs.get(k, False)
            for row in list(SEEN):
                kind, a, va, b, vb, where, verdict = row
                if va.normalized == vb.normalized:
                    continue
                key = (kind, (a.id, va.start), (b.id, vb.start))
                col = ("gold found" if gold_pairs[key] else "gold missed") if key in gold_pairs else "other pair"
                yield set_name, slug, report, col, row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--show", action="append", default=[], help="a LINE as printed, or 'gold' for every line's missed gold pairs")
    args = parser.parse_args()
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    shown: list[str] = []
    for set_name, slug, _report, col, (_kind, a, va, b, vb, where, verdict) in census(args.set, args.embedder):
        table[(where, verdict)][col] += 1
        if (where in args.show or ("gold" in args.show and col == "gold missed")) and verdict == "other":
            shown.append(f"[{col}] {where} {set_name}/{slug} {va.text!r} / {vb.text!r}\n    {a.id}: {a.text[:200]}\n    {b.id}: {b.text[:200]}")
    print(f"{'exit':16} {'verdict':9} {'gold missed':>11} {'gold found':>10} {'other pair':>10}")
    for (where, verdict), c in sorted(table.items(), key=lambda kv: (-kv[1]["gold missed"], kv[0])):
        print(f"{where:16} {verdict:9} {c['gold missed']:11} {c['gold found']:10} {c['other pair']:10}")
    print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
