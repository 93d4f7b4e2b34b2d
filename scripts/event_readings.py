"""Which event word each side of a missed number or date conflict is told with, and what is read now.

    python scripts/event_readings.py --set stories-dev --set stories-fresh [--list] [--dump FILE]

For every missed gold number or date conflict that ``conflict_stages.py`` loses at "judged other",
each compared pair of its sides' claims with differing values: the verb the done-act reader reads
(``day_acts._day_verb_word``) and the event the event reader reads (``claims.events.event_of``:
a verb, a passive or participle, an event noun, skipping reporting verbs and copulas), each with
its shape. Counted per shape; ``--dump`` writes the pairs (and the compared pairs rightly let go,
the precision side) as JSON lines for offline reading. Read sets only: it prints sentences.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import conflict_stages as stages  # noqa: E402

from rashomon.comparison.claims.events import event_of  # noqa: E402
from rashomon.comparison.conflicts.day_acts import _day_verb_word  # noqa: E402


def _window(claim, v, reach: int = 90) -> str:
    s, e = v.start - claim.start, v.end - claim.start
    return (claim.text[max(0, s - reach) : s] + "[[" + claim.text[s:e] + "]]" + claim.text[e : e + reach]).replace("\n", " ")


def _row(claim, v) -> dict:
    ev = event_of(claim, v)
    return {
        "text": claim.text, "start": v.start - claim.start, "end": v.end - claim.start, "kind": v.kind,
        "value": v.normalized, "verb_now": _day_verb_word(claim, v), "event": ev.key if ev else "",
        "shape": ev.shape if ev else "none", "word": ev.word if ev else "",
    }


def _pairs(ca, cb, kinds):
    for va in (v for v in ca.values if v.kind in kinds):
        for vb in (v for v in cb.values if v.kind in kinds and v.normalized != va.normalized):
            yield va, vb


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--dump", default="")
    args = parser.parse_args()
    stages._wrap()
    shapes: Counter = Counter()
    joined: Counter = Counter()
    out = open(args.dump, "w", encoding="utf-8") if args.dump else None
    seen_story, gold_ids, last = None, set(), None

    def rejected(where, report, pairs, disagreeing, ids):
        claims = {c.id: c for c in report.claims}
        for a, b in sorted(pairs):
            if a >= b or a in ids or b in ids or (a, b) in disagreeing:
                continue
            ca, cb = claims.get(a), claims.get(b)
            if ca is None or cb is None or ca.article == cb.article:
                continue
            for k in stages.KINDS.values():
                for va, vb in _pairs(ca, cb, k):
                    if va.kind == vb.kind and out:
                        out.write(json.dumps({"side": "rejected", "where": where, "a": _row(ca, va), "b": _row(cb, vb)}) + "\n")

    for set_name, slug, report, located, g, found in stages.gold_conflicts(args.set, stages.KINDS, args.embedder, stages.TRACE.reset):
        kinds = stages.KINDS[g.kind]
        sides = {n: stages._side_claims(report, located, n, text, kinds) for n, text in g.sides.items()}
        if (set_name, slug) != seen_story:
            if last is not None:
                rejected(*last, gold_ids)
            seen_story, gold_ids = (set_name, slug), set()
            last = (f"{set_name}/{slug}", report, frozenset(stages.TRACE.pairs), frozenset(stages.TRACE.disagreeing))
        gold_ids.update(c for ids in sides.values() for c, _ in ids)
        if found or stages.stage_of(report, located, g)[0] != "judged other":
            continue
        names, claims = list(sides), {c.id: c for c in report.claims}
        told = [(a, b) for i, x in enumerate(names) for y in names[i + 1 :] for a in sides[x] for b in sides[y]]
        any_join = False
        for (a, na), (b, nb) in told:
            if na == nb or (a, b) not in stages.TRACE.pairs:
                continue
            for va, vb in _pairs(claims[a], claims[b], kinds):
                ra, rb = _row(claims[a], va), _row(claims[b], vb)
                shapes[ra["shape"]] += 1
                shapes[rb["shape"]] += 1
                same = bool(ra["event"]) and ra["event"] == rb["event"]
                any_join |= same
                if out:
                    out.write(json.dumps({"side": "missed", "where": f"{set_name}/{slug} {g.kind}", "a": ra, "b": rb}) + "\n")
                if args.list:
                    print(f"{set_name}/{slug} {g.kind}: now {ra['verb_now'] or '-'} / {rb['verb_now'] or '-'}; "
                          f"event {ra['event'] or '-'} ({ra['shape']}) / {rb['event'] or '-'} ({rb['shape']}){' SAME' if same else ''}")
                    print(f"    A: {_window(claims[a], va)}")
                    print(f"    B: {_window(claims[b], vb)}")
        joined["joined" if any_join else "apart"] += 1
    if last is not None:
        rejected(*last, gold_ids)
    print("sides by shape:", ", ".join(f"{k} {n}" for k, n in shapes.most_common()))
    print("missed conflicts with one event on every side of a pair:", joined["joined"], "of", sum(joined.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
