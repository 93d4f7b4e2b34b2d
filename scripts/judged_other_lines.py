"""For each missed number or date conflict lost at "judged other", the line that let each pair go.

    python scripts/judged_other_lines.py --set stories-dev --set stories-fresh

Every pair of differing values of the sides' claims (the pairs ``conflict_stages.py`` names) is
compared again with a line tracer on ``values.shared_context`` (numbers) or ``days.time_findings``
(dates, one pair of values at a time, as not aligned), and the last line the function ran before it
let the pair go is printed with its source: the exact test that judged the two values other.
"""

from __future__ import annotations

import linecache
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import conflict_stages as stages  # noqa: E402

from rashomon.comparison.conflicts import days, values  # noqa: E402

# the loop headers of time_findings: the line before them is the test that let the pair go
_LOOPS = ("for va in ta:", "for vb in tb:")


def _lines(run, code) -> tuple[object, list[int]]:
    """``run()``'s result and the lines it ran inside ``code``."""
    lines: list[int] = []

    def local(frame, event, arg):
        if event == "line":
            lines.append(frame.f_lineno)
        return local

    sys.settrace(lambda frame, event, arg: local if frame.f_code is code else None)
    try:
        out = run()
    finally:
        sys.settrace(None)
    return out, lines


def _why(path: str, lines: list[int]) -> str:
    ran = [n for n in lines if linecache.getline(path, n).strip() not in _LOOPS]
    return f"@{ran[-1]}: {linecache.getline(path, ran[-1]).strip()[:140]}" if ran else "?"


def main() -> int:
    args = stages.stage_arguments(__doc__.splitlines()[0])
    stages._wrap()
    for set_name, slug, report, located, g, found in stages.gold_conflicts(args.set, stages.KINDS, args.embedder, stages.TRACE.reset):
        if found or stages.stage_of(report, located, g)[0] != "judged other":
            continue
        print(f"== {set_name}/{slug} {g.kind}: {g.note}")
        kinds = stages.KINDS[g.kind]
        sides = {n: stages._side_claims(report, located, n, text, kinds) for n, text in g.sides.items()}
        names, claims = list(sides), {c.id: c for c in report.claims}
        told = [(a, b) for i, x in enumerate(names) for y in names[i + 1 :] for a in sides[x] for b in sides[y]]
        for (a, na), (b, nb) in told:
            if na == nb or (a, b) not in stages.TRACE.pairs:
                continue
            ca, cb = claims[a], claims[b]
            print(f"  {a}: {ca.text}\n  {b}: {cb.text}")
            for va in (v for v in ca.values if v.kind in kinds):
                for vb in (v for v in cb.values if v.kind in kinds and v.normalized != va.normalized):
                    if g.kind == "number":
                        out, lines = _lines(lambda: values.shared_context(ca, va, cb, vb), values.shared_context.__code__)
                        why = _why(values.__file__, lines) if out is None else "same quantity"
                    else:
                        one = (replace(ca, values=[va]), replace(cb, values=[vb]))
                        out, lines = _lines(lambda: list(days.time_findings(*one)), days.time_findings.__code__)
                        why = _why(days.__file__, lines) if not out else type(out[0]).__name__
                    print(f"    {va.text!r} / {vb.text!r}  {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
