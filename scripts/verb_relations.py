"""How the event verbs of two sentences relate in WordNet, for missed conflicts and for rightly rejected pairs.

    python scripts/verb_relations.py --set stories-dev --set stories-fresh [--list] [--sample 20]

Missed side: every missed gold number or date conflict that ``conflict_stages.py`` loses at
"judged other"; for each pair of its sides' claims that was compared and told differing values,
the verb each value is told with (``day_acts._day_verb_word``: the last done verb before the value
in its clause, else the first after it). Rejected side: pairs of claims from two articles that were
compared, told differing values of one kind, are no side of any gold conflict and gave no
disagreement (the finder rightly let them go); at most ``--sample`` value pairs per story.

Relations (Princeton WordNet 3.0 verbs, every sense of each lemma, via ``wordnet_reader``):
identical lemma; same synset; one hypernym step (or same synset); up to two steps (cumulative); a shared hypernym within two
steps of each (siblings, cousins); derivationally related (a "+" pointer between them, or to one
shared noun). Each row: share of missed verb pairs the relation holds for (would join) and share
of rejected verb pairs it holds for (would wrongly join). Needs ``apt-get install wordnet-base``.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import conflict_stages as stages  # noqa: E402
import wordnet_reader as wn  # noqa: E402

from rashomon.comparison.conflicts.day_acts import _day_verb_word  # noqa: E402

RELATIONS = ("identical", "same synset", "hypernym 1", "hypernym <=2", "shared hypernym <=2", "derivational", "any of these", "any, lemmas differ")
_DETACH = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))


class Verbs:
    def __init__(self, first: int = 0) -> None:
        self.first = first  # read only the lemma's first senses (WordNet's most frequent); 0 for all
        self.net = wn.load()
        self.exc: dict[str, str] = {}
        for line in (wn.DEFAULT_DIR / "verb.exc").read_text(encoding="latin-1").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                self.exc.setdefault(parts[0], parts[1])

    def lemma(self, word: str) -> str:
        w = word.lower().replace("’", "'")
        if w in self.exc:
            return self.exc[w]
        if self.net.synsets_of(w, "v") and not w.endswith(("ed", "ing")):
            return w
        for end, rep in _DETACH:
            if w.endswith(end):
                stem = w[: -len(end)] + rep
                if self.net.synsets_of(stem, "v"):
                    return stem
                if not rep and len(stem) > 2 and stem[-1] == stem[-2] and self.net.synsets_of(stem[:-1], "v"):
                    return stem[:-1]  # stopped -> stop
        return w

    def senses(self, lemma: str) -> set[tuple[str, str]]:
        found = self.net.synsets_of(lemma, "v")
        return {s.key for s in (found[: self.first] if self.first else found)}

    def up(self, keys: set[tuple[str, str]], steps: int) -> dict[tuple[str, str], int]:
        """Every synset within ``steps`` hypernym steps of ``keys``, with its least distance."""
        dist = {k: 0 for k in keys}
        frontier = set(keys)
        for d in range(1, steps + 1):
            nxt = set()
            for k in frontier:
                for h in self.net.synset(k).hypernyms:
                    if h not in dist:
                        dist[h] = d
                        nxt.add(h)
            frontier = nxt
        return dist

    def derived(self, lemma: str) -> set[tuple[str, str]]:
        out = set()
        for s in self.net.synsets_of(lemma, "v")[: self.first or None]:
            out.update(s.targets_of(lemma, "+"))
        return out

    def relations(self, a: str, b: str) -> set[str]:
        la, lb = self.lemma(a), self.lemma(b)
        sa, sb = self.senses(la), self.senses(lb)
        out = set()
        if la == lb:
            out.add("identical")
        if not sa or not sb:
            return out
        if sa & sb:
            out.add("same synset")
        ua1, ub1 = self.up(sa, 1), self.up(sb, 1)
        if (set(ua1) - sa) & sb or (set(ub1) - sb) & sa or sa & sb:
            out.add("hypernym 1")
        ua2, ub2 = self.up(sa, 2), self.up(sb, 2)
        if set(ua2) & sb or set(ub2) & sa:
            out.add("hypernym <=2")
        if set(ua2) & set(ub2):
            out.add("shared hypernym <=2")
        da, db = self.derived(la), self.derived(lb)
        if da & db or da & sb or db & sa:
            out.add("derivational")
        if out - {"identical"}:
            out.add("any of these")
            if la != lb:
                out.add("any, lemmas differ")
        return out


def _value_pairs(ca, cb, kinds):
    for va in (v for v in ca.values if v.kind in kinds):
        for vb in (v for v in cb.values if v.kind in kinds and v.normalized != va.normalized):
            yield va, vb


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--senses", type=int, default=0, help="read only each verb's first N senses (0: all)")
    args = parser.parse_args()
    verbs = Verbs(args.senses)
    stages._wrap()
    rng = random.Random(args.seed)
    missed: list[tuple[str, str, str]] = []  # (where, verb a, verb b); one row per missed conflict and verb pair
    rejected: list[tuple[str, str, str]] = []
    no_verb = Counter()
    kinds_all = tuple(k for ks in stages.KINDS.values() for k in ks)
    seen_story = None
    story_gold_ids: set[str] = set()
    story_report = None
    for set_name, slug, report, located, g, found in stages.gold_conflicts(args.set, stages.KINDS, args.embedder, stages.TRACE.reset):
        kinds = stages.KINDS[g.kind]
        sides = {n: stages._side_claims(report, located, n, text, kinds) for n, text in g.sides.items()}
        if (set_name, slug) != seen_story:
            if story_report is not None:
                rejected += _rejected(*story_report, story_gold_ids, verbs, rng, args.sample, kinds_all)
            seen_story, story_gold_ids = (set_name, slug), set()
            story_report = (f"{set_name}/{slug}", report, frozenset(stages.TRACE.pairs), frozenset(stages.TRACE.disagreeing))
        story_gold_ids.update(c for ids in sides.values() for c, _ in ids)
        if found or stages.stage_of(report, located, g)[0] != "judged other":
            continue
        names, claims = list(sides), {c.id: c for c in report.claims}
        told = [(a, b) for i, x in enumerate(names) for y in names[i + 1 :] for a in sides[x] for b in sides[y]]
        pairs = set()
        for (a, na), (b, nb) in told:
            if na == nb or (a, b) not in stages.TRACE.pairs:
                continue
            for va, vb in _value_pairs(claims[a], claims[b], kinds):
                xa, xb = _day_verb_word(claims[a], va), _day_verb_word(claims[b], vb)
                if xa and xb:
                    pairs.add((verbs.lemma(xa), verbs.lemma(xb)))
        if not pairs:
            no_verb["missed"] += 1
        for xa, xb in sorted(pairs):
            missed.append((f"{set_name}/{slug} {g.kind}", xa, xb))
    if story_report is not None:
        rejected += _rejected(*story_report, story_gold_ids, verbs, rng, args.sample, kinds_all)
    _table(verbs, missed, rejected, no_verb, args.list)
    return 0


def _rejected(where, report, pairs, disagreeing, gold_ids, verbs, rng, sample, kinds):
    claims = {c.id: c for c in report.claims}
    out = set()
    for a, b in sorted(pairs):
        if a >= b or a in gold_ids or b in gold_ids or (a, b) in disagreeing:
            continue
        ca, cb = claims.get(a), claims.get(b)
        if ca is None or cb is None or ca.article == cb.article:
            continue
        for va, vb in _value_pairs(ca, cb, kinds):
            if va.kind != vb.kind:
                continue
            xa, xb = _day_verb_word(ca, va), _day_verb_word(cb, vb)
            if xa and xb:
                out.add((verbs.lemma(xa), verbs.lemma(xb)))
    chosen = sorted(out)
    rng.shuffle(chosen)
    return [(where, x, y) for x, y in chosen[:sample]]


def _table(verbs, missed, rejected, no_verb, show):
    rm = [verbs.relations(x, y) for _, x, y in missed]
    rr = [verbs.relations(x, y) for _, x, y in rejected]
    # a missed conflict is joined when any of its verb pairs is related
    conflicts: dict[str, list[set[str]]] = {}
    for (where, _, _), rel in zip(missed, rm):
        conflicts.setdefault(where, []).append(rel)
    print(f"missed verb pairs {len(missed)} ({len(conflicts)} conflict rows; {no_verb['missed']} missed conflicts with no verb on a side)")
    print(f"rejected verb pairs {len(rejected)}")
    print("| relation | missed verb pairs joined | missed conflicts joined | rejected pairs wrongly joined |")
    print("|---|---|---|---|")
    for r in RELATIONS:
        m = sum(r in x for x in rm)
        c = sum(any(r in x for x in rels) for rels in conflicts.values())
        j = sum(r in x for x in rr)
        print(f"| {r} | {m}/{len(rm)} ({m / max(len(rm), 1):.0%}) | {c}/{len(conflicts)} ({c / max(len(conflicts), 1):.0%}) | {j}/{len(rr)} ({j / max(len(rr), 1):.0%}) |")
    if show:
        for (where, x, y), rel in zip(missed, rm):
            print(f"MISSED {where}: {x} / {y}: {', '.join(sorted(rel)) or '-'}")
        for (where, x, y), rel in zip(rejected, rr):
            if rel - {"identical"}:
                print(f"REJECTED-JOINED {where}: {x} / {y}: {', '.join(sorted(rel))}")


if __name__ == "__main__":
    sys.exit(main())
