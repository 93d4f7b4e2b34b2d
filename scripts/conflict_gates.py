"""Broad gates on conflict signals: how many of the blind sets' first-score false conflicts each
would have removed, and how many of today's true conflicts it would lose.

    python scripts/conflict_gates.py --first /tmp/first.jsonl --today /tmp/today.jsonl [--limit 14]

Reads the two files ``conflict_signals.py`` writes. Prints the anatomy of the first-score false
conflicts (by kind and by the rule that made them, read off the explanation), then every
conjunction of up to three signal atoms (at most one kind), and unions of two such conjunctions,
that lose at most ``--limit`` true conflicts: the most first-score false conflicts removed first,
with the number of sets they fall in, and the fewest true conflicts lost needed to remove 1/4 and
1/2 of the first-score false conflicts.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections import Counter
from pathlib import Path

KINDS = ("number", "quote", "date", "role", "actor", "order", "name")


def rule_of(kind: str, desc: str) -> str:
    """The finder module a first-score conflict came from, read off its explanation."""
    what = desc.split(": ", 2)[1] if desc.count(": ") >= 2 else desc
    if kind == "quote":
        sub = re.search(r"\((.*?)\)", what)
        return f"quotes ({sub.group(1)})" if sub else "quotes"
    if kind == "date":
        return "leads" if "of the event" in what else "days"
    if kind == "actor":
        return "events" if len(what.split()) == 2 else "actors"
    if kind == "name":
        return "places" if what.startswith("where") else "names"
    return {"number": "values", "role": "roles", "order": "order"}.get(kind, kind)


def atoms(r: dict) -> dict[str, bool]:
    ratio, mag = r.get("ratio") or 0.0, r.get("magnitude")
    counted, others, speaker = r.get("counted", ["", ""]), r.get("others", [0, 0]), r.get("speaker", ["", ""])
    out = {f"kind={k}": r["kind"] == k for k in KINDS}
    out["kind=number|date"] = r["kind"] in ("number", "date")
    out["unaligned"] = not r.get("aligned")
    out.update({f"ratio<{t}": ratio < t for t in (0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1)})
    out["no shared entity"] = r.get("entities") == 0
    out["entity-less sentence"] = min(r.get("entities_each", [1, 1])) == 0
    out["no shared verb"] = not r.get("verbs")
    out["no shared near word"] = not r.get("near")
    out["counted differ"] = bool(counted[0] and counted[1] and counted[0] != counted[1])
    out["counted one side only"] = bool(counted[0]) != bool(counted[1])
    out["counted none"] = not counted[0] and not counted[1]
    out["attributed one side"] = bool(speaker[0]) != bool(speaker[1])
    out["attributed any"] = any(speaker)
    out["attributed none"] = not any(speaker)
    out["both quoted"] = all(r.get("quoted", [False, False]))
    out[">=1 other value"] = max(others) >= 1
    out[">=2 other values"] = max(others) >= 2
    out["no other value"] = max(others) == 0
    out["magnitude>=2"] = mag is not None and mag >= 2
    out["magnitude<1.2"] = mag is not None and mag < 1.2
    out["magnitude unread"] = mag is None
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=Path, required=True)
    parser.add_argument("--today", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=14, help="true conflicts a gate may lose")
    args = parser.parse_args()
    first = [json.loads(x) for x in args.first.read_text().splitlines()]
    true = [r for r in (json.loads(x) for x in args.today.read_text().splitlines()) if r["true"]]
    print(f"first-score false conflicts: {len(first)} in {len({r['set'] for r in first})} sets; still firing today: "
          f"{sum(r['fires'] for r in first)}; true conflicts today: {len(true)}")
    print("by kind:", dict(Counter(r["kind"] for r in first).most_common()))
    print("by rule:", dict(Counter(rule_of(r["kind"], r["desc"]) for r in first).most_common()))
    af, at = [atoms(r) for r in first], [atoms(r) for r in true]
    combos = []
    for n in (1, 2, 3):
        for combo in itertools.combinations(list(af[0]), n):
            if sum(c.startswith("kind=") for c in combo) > 1:
                continue
            f = frozenset(i for i, a in enumerate(af) if all(a[c] for c in combo))
            if f:
                combos.append((f, frozenset(i for i, a in enumerate(at) if all(a[c] for c in combo)), " & ".join(combo)))

    def sets(f) -> int:
        return len({first[i]["set"] for i in f})

    print(f"\nconjunctions losing at most {args.limit} true conflicts, most first-score false removed:")
    kept = sorted((c for c in combos if len(c[1]) <= args.limit), key=lambda c: (-len(c[0]), len(c[1])))
    for f, t, name in kept[:10]:
        print(f"  {len(f):2}/{len(first)} false removed ({sets(f)} sets), {len(t):3}/{len(true)} true lost: {name}")
    print(f"\nunions of two such conjunctions:")
    pool, unions = kept[:600], []
    for x, y in itertools.combinations(pool, 2):
        t = x[1] | y[1]
        if len(t) <= args.limit:
            unions.append((x[0] | y[0], t, f"({x[2]}) or ({y[2]})"))
    for f, t, name in sorted(unions, key=lambda c: (-len(c[0]), len(c[1])))[:5]:
        print(f"  {len(f):2}/{len(first)} false removed ({sets(f)} sets), {len(t):3}/{len(true)} true lost: {name}")
    for share in (4, 2):
        need = -(-len(first) // share)
        fit = [c for c in combos if len(c[0]) >= need]
        if fit:
            f, t, name = min(fit, key=lambda c: len(c[1]))
            print(f"\nto remove 1/{share} ({need}) at least {len(t)}/{len(true)} true are lost: {name} ({len(f)} removed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
