"""For every gold conflict of kind ``name`` about a place, the stage of the place finder that lost it.

    python scripts/place_stages.py --set stories-dev --set stories-fresh11 [--list] [--all-names]

A gold place conflict is a ``name`` conflict whose note starts with "place:" (the older sets'
notes do not say so: ``--all-names`` takes every ``name`` conflict, and the found ones say which
finder found them). Stages of :func:`rashomon.comparison.conflicts.places.place_conflicts`, in
order; a gold conflict is counted at the furthest stage any pair of its sides (two claims of two
articles, each holding the gold side's text) reached:

1. not read       fewer than two sides hold a place of an act (``read_places``); the note
                  says which sides hold a place by the wider reader (``place_names``)
2. other act      both read, but no two places of one act (detain, bring, wreck...)
3. not similar    the two claims are less similar than the finder asks
4. other who      no person named in both, nor one subject before the verb
5. gated          a gate let it go (the note names it: one name, no place, one claim tells
                  both, one inside the other, a named structure, a building and a town)
6. lost later     a disagreement came out and no reported conflict matches

The finder's gates are re-run here on the arguments ``compare`` gave it (wrapped, not changed).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from conflict_stages import gold_conflicts, stage_arguments  # noqa: E402

import rashomon.comparison.conflicts as finder  # noqa: E402
from rashomon.comparison.claims.places import place_names, read_places  # noqa: E402
from rashomon.comparison.conflicts import places as gates  # noqa: E402
from rashomon.evaluation.matching import locate  # noqa: E402

STAGES = ("not read", "other act", "not similar", "other who", "gated", "lost later")
CALL: dict[str, tuple] = {}
EVERY_NAME = False


def _wrap() -> None:
    original = finder.place_conflicts

    def recorded(*args, **kwargs):
        CALL["args"], CALL["kwargs"] = args, kwargs
        return original(*args, **kwargs)

    finder.place_conflicts = recorded


def _persons(claim, place, named, people) -> set[str]:
    """The people the act is told of: named in its sentence, or carried to its "he" or "she"."""
    claims = CALL["args"][0]
    own = {eid for _, eid in named.get(claim.sentence, []) if eid in people}
    if own or not hasattr(gates, "_carried"):  # a finder that carries no person to a pronoun
        return own
    return gates._carried(claims, claims.index(claim), named, people) if gates._pronoun_subject(claim, place) else set()


def _gate(a, qa, b, qb, named, people, places, story) -> str:
    """The first gate of ``place_conflicts`` that lets the pair of places go, or "" when none does."""
    persons_a, persons_b = _persons(a, qa, named, people), _persons(b, qb, named, people)
    ea = gates._entity_at(named.get(a.sentence, []), qa.start, qa.end)
    eb = gates._entity_at(named.get(b.sentence, []), qb.start, qb.end)
    if ea in persons_a or eb in persons_b:
        return "a person's name"
    if not gates._different_places(qa.name, ea, qb.name, eb):
        return "one name"
    if gates._no_place(a, qa, ea, places) or gates._no_place(b, qb, eb, places):
        return "no place"
    if gates._tells_both(a, b, qa, qb):
        return "one claim tells both"
    if gates.one_inside_other(qa.name, qb.name, story):
        return "one inside the other"
    if gates._structure_named(a, qa) or gates._structure_named(b, qb):
        return "a named structure"
    two_sites = getattr(gates, "_two_sites", lambda *_: False)  # a finder without the building-against-building rule
    if gates._facility(a, qa) != gates._facility(b, qb) and not two_sites(a, qa, b, qb):
        return f"building/town ({gates._facility(a, qa) or '-'} / {gates._facility(b, qb) or '-'})"
    return ""


def _pair_stage(a, b, similarity, threshold, index, named, people, places, story) -> tuple[int, str]:
    pa, pb = read_places(a.text, a.start), read_places(b.text, b.start)
    acts = [(qa, qb) for qa in pa for qb in pb if qa.act == qb.act]
    if not acts:
        return 1, f"{[(q.act, q.name) for q in pa]} / {[(q.act, q.name) for q in pb]}"
    score = similarity[index[a.id], index[b.id]] / threshold
    if score < gates._SIMILARITY:
        return 2, f"similarity {score:.2f} of the threshold"
    best, why = 3, "no shared person or subject"
    for qa, qb in acts:
        persons_a, persons_b = _persons(a, qa, named, people), _persons(b, qb, named, people)
        shared = {e for e in persons_a & persons_b if gates._same_person(a, b, e, named)}
        if not (shared or (gates._subject(a, qa) and gates._subject(a, qa) == gates._subject(b, qb))):
            continue
        gate = _gate(a, qa, b, qb, named, people, places, story)
        if gate:
            best, why = 4, f"{qa.name} / {qb.name}: {gate}"
        else:
            return 5, f"{qa.name} / {qb.name}"
    return best, why


def stage_of(located, g) -> tuple[str, str]:
    claims, similarity, threshold, index, named, people, places = CALL["args"]
    story = CALL["kwargs"].get("story", "")
    sides: dict[str, list] = {}
    wider: list[str] = []
    for name, text in g.sides.items():
        article = located.article(name)
        spans = locate(article.text, text) if article else []
        holding = [c for c in claims if article and c.article == article.id and any(c.start < e and s < c.end for s, e in spans)]
        sides[name] = holding
        if any(place_names(c.text) for c in holding):
            wider.append(name)
    read = [n for n, cs in sides.items() if any(read_places(c.text, c.start) for c in cs)]
    if len(read) < 2:
        return STAGES[0], f"read in: {', '.join(read) or '-'}; wider reader: {', '.join(wider) or '-'}"
    best, why = 0, ""
    names = list(sides)
    for i, x in enumerate(names):
        for y in names[i + 1 :]:
            for a in sides[x]:
                for b in sides[y]:
                    if a.article == b.article:
                        continue
                    reached, note = _pair_stage(a, b, similarity, threshold, index, named, people, places, story)
                    if reached > best or not why:
                        best, why = reached, f"{x}/{y}: {note}"
    return STAGES[best], why


def main() -> int:
    args = stage_arguments(__doc__.splitlines()[0])
    _wrap()
    counts: Counter = Counter()
    for set_name, slug, report, located, g, found in gold_conflicts(args.set, ("name",), args.embedder):
        if not EVERY_NAME and not (g.note or "").lower().startswith("place:"):
            continue
        if found:
            counts["found"] += 1
            if args.list:
                by = [c.explanation for c in report.conflicts if c.kind == "name"]
                print(f"[found] {set_name}/{slug}: {g.note} (reported: {'; '.join(by)[:200]})")
            continue
        stage, why = stage_of(located, g)
        counts[stage] += 1
        if args.list:
            print(f"[{stage}] {set_name}/{slug}: {g.note} ({why})")
    print("place found", counts["found"], "| missed:", ", ".join(f"{s} {counts[s]}" for s in STAGES if counts[s]))
    return 0


if __name__ == "__main__":
    EVERY_NAME = "--all-names" in sys.argv
    if EVERY_NAME:
        sys.argv.remove("--all-names")  # stage_arguments knows only the options every stage script takes
    sys.exit(main())
