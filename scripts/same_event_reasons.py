"""For every missed gold number and date conflict lost at "judged other" or "agreeing", the rule that
rejected its pair of figures (or days), with the general evidence around the pair.

    python scripts/same_event_reasons.py --set stories-dev --set stories-fresh

Per missed conflict, each pair of differing values inside the gold sides is run again through
``values.shared_context`` (numbers) or ``days.time_findings`` (days), traced: the line of the
``return None`` / ``continue`` it left by is the rule that judged the pair two things. Printed with
the pair's alignment similarity (over the agreement threshold), its neighbours' (the sentences
before and after, aligned too) and the two claims' relative places in their articles.
"""

from __future__ import annotations

import linecache
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import conflict_stages as cs  # noqa: E402

from rashomon.comparison.conflicts import days, values  # noqa: E402

CAPTURED: dict = {}


def _capture() -> None:
    pairs = cs.finder._candidate_pairs

    def candidate_pairs(claims, alignment):
        CAPTURED["claims"], CAPTURED["alignment"] = list(claims), alignment
        return pairs(claims, alignment)

    cs.finder._candidate_pairs = candidate_pairs


def _rule(lineno: int, path: str) -> str:
    """The rule's own line and its comment (the line before when the ``return``/``continue`` is bare)."""
    line = linecache.getline(path, lineno).strip()
    cond = linecache.getline(path, lineno - 1).strip()
    return f"{Path(path).name}:{lineno} {cond[:90]} | {line[:80]}"


def traced_number(a, va, b, vb, close: bool) -> str:
    exits: list[int] = []
    code = values.shared_context.__code__

    def tracer(frame, event, arg):
        if frame.f_code is code:
            def local(frame, event, arg):
                if event == "return":
                    exits.append((frame.f_lineno, arg))
                return local
            return local
        return None

    sys.settrace(tracer)
    try:
        out = values.shared_context(a, va, b, vb, close)
    finally:
        sys.settrace(None)
    if out is None:
        return _rule(exits[-1][0], code.co_filename)
    if values.numbers_agree(va, vb):
        return "agree: numbers_agree"
    return f"passed ({sorted(out)[:4]})"


def traced_day(a, va, b, vb, paired: bool) -> str:
    code = days.time_findings.__code__
    hits: list[int] = []

    def tracer(frame, event, arg):
        if frame.f_code is code:
            def local(frame, event, arg):
                if event == "line":
                    loc = frame.f_locals
                    if loc.get("va") is va and loc.get("vb") is vb:
                        text = linecache.getline(code.co_filename, frame.f_lineno).strip()
                        if text.startswith(("continue", "yield")):
                            hits.append(frame.f_lineno)
                return local
            return local
        return None

    sys.settrace(tracer)
    try:
        found = list(days.time_findings(a, b, paired))
    finally:
        sys.settrace(None)
    mine = [f for f in found if f.a.start == va.start and f.b.start == vb.start]
    if mine:
        return f"{type(mine[0]).__name__}"
    if hits:
        return _rule(hits[0], code.co_filename)
    return "same is None / not reached"


def _values_inside(report, located, gold_name, text, kinds):
    article = located.article(gold_name)
    if article is None:
        return []
    spans = cs.locate(article.text, text)
    return [(c, v) for c in report.claims if c.article == article.id for v in c.values
            if v.kind in kinds and any(v.start < e and s < v.end for s, e in spans)]


def main() -> int:
    args = cs.stage_arguments(__doc__.splitlines()[0])
    cs._wrap()
    _capture()
    tally: Counter = Counter()
    for set_name, slug, report, located, g, found in cs.gold_conflicts(args.set, cs.KINDS, args.embedder, cs.TRACE.reset):
        if found:
            continue
        stage, why = cs.stage_of(report, located, g)
        if stage not in ("judged other", "agreeing"):
            continue
        kinds = cs.KINDS[g.kind]
        claims, alignment = CAPTURED["claims"], CAPTURED["alignment"]
        index = {c.id: k for k, c in enumerate(claims)}
        aligned = {(x.id, y.id) for x, y, _ in alignment.pairs} | {(y.id, x.id) for x, y, _ in alignment.pairs}
        sides = {n: _values_inside(report, located, n, t, kinds) for n, t in g.sides.items()}
        names = list(sides)
        print(f"\n[{stage}] {set_name}/{slug} {g.kind}: {(g.note or '')[:150]}")
        seen = set()
        for i, x in enumerate(names):
            for y in names[i + 1:]:
                for a, va in sides[x]:
                    for b, vb in sides[y]:
                        if va.normalized == vb.normalized or (a.id, va.start, b.id, vb.start) in seen:
                            continue
                        seen.add((a.id, va.start, b.id, vb.start))
                        if a.id not in index or b.id not in index:
                            continue
                        i_a, i_b = index[a.id], index[b.id]
                        sim = alignment.similarity[i_a, i_b] / alignment.threshold
                        paired = (a.id, b.id) in aligned
                        close = paired and sim >= 1
                        if g.kind == "number":
                            reason = traced_number(a, va, b, vb, close)
                        else:
                            reason = traced_day(a, va, b, vb, paired)
                        cand = (a.id, b.id) in cs.TRACE.pairs
                        print(f"  {a.id} {va.text!r} / {b.id} {vb.text!r} sim={sim:.2f} paired={paired} cand={cand}: {reason}")
                        tally[reason.split(" ", 1)[0]] += 1
    print("\nrules:", tally.most_common())
    return 0


if __name__ == "__main__":
    sys.exit(main())
