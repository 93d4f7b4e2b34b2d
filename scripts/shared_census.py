"""Every missed gold shared claim by the mechanism that lost it, with the check that said no.

    python scripts/shared_census.py --set stories-fresh --set stories-fresh2 [--list] [--by-set] [--features] [--unique]

``align_stages.py`` says at which stage a claim is lost; this census says why, and for a claim of
three or four outlets how far it got. For each missed claim, the agreement that holds the most of
its outlets on the gold texts is its best group (coverage k of N); the outlets outside it (all of
them when no agreement holds two) are its missing outlets, and the claim is put under the first
mechanism that applies to the tie between a missing outlet and the outlets it should join:

- scoring       the gold text of some outlet is held by no claim: the text spans two sentences, or
                its sentence is under the claim floor (no claim of that article covers it)
- far apart     no pair of the claims holding the texts was weighed: the embedder puts them far
                under its threshold and no rare figure ties them (a paraphrase, a translation)
- no wording    weighed, but the two share no story wording over the TF-IDF floor and no figure
                (the lexical gate gives them probability 0)
- rejected: model p   the pair model's probability is under every cut that applies (the best p shown)
- rejected: one name  the model agrees, but the two share only one name many claims mention
- rejected: unit cut  a datelined lead's clause agrees only from UNIT_PROBABILITY
- group split   the missing outlet agrees with a member (or every outlet is tied by agreeing
                pairs) but no one group holds them: the coherence, drift, split-clause or merge
                checks kept it out
A second label says whether the tie runs through a sentence of several claims (the gold text is
under half the words of the claim that holds it: the claim unit was not split out), and whether
the best group holds another sentence of a missing outlet (the wrong sentence of that outlet).
For an outlet one short of a group, the terms of the join on joint evidence it fails are named.
``--features`` adds the pair model's mean evidence for the ties lost at the model against the gold
pairs that agree, and recall by what anchors a claim (a shared figure, a shared rare word, neither).
``--unique`` reads the missed gold unique claims the same way (``UNIQUE_MECHANISMS``): no claim
holds the text; the whole claim holding it is agreed (a wrong agreement, or gold's part of a short
sentence); the claim is agreed and no clause of it holds the text (the clause cut); a clause holds
it but another article's piece comes close (by cosine, or near and sharing wording: the checks of
``unique.unique_clauses``); or, for a text stating a figure, the figure part was refused
(``figure_stage`` names the check of ``unique.figure_parts`` that refused it). The whole claim
agreed says whether an agreeing pair brought it into its group (with the pair's probability).
Alignment's functions are wrapped, not changed: the report is the one ``compare`` writes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from quality import stories_of  # noqa: E402

import rashomon.comparison.align as align  # noqa: E402
import rashomon.comparison.align.groups as groups_module  # noqa: E402
import rashomon.comparison.align.pairs as pairs_module  # noqa: E402
import rashomon.comparison.align.pieces as pieces_module  # noqa: E402
import rashomon.comparison.align.unique as unique_module  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.evaluation.gold import load_gold  # noqa: E402
from rashomon.evaluation.rules import Located, _claim_on  # noqa: E402
from rashomon.evaluation.scores import match_articles  # noqa: E402
from rashomon.settings import Settings  # noqa: E402

MECHANISMS = ("scoring", "far apart", "no wording", "rejected: model p", "rejected: one name", "rejected: unit cut", "group split")
UNIQUE_MECHANISMS = (
    "no claim", "whole claim agreed", "no clause holds it", "clause close: cosine", "clause close: near and wording",
    "clause close: wording", "figure part refused",
)
# a pair's status, strongest first (the best of a pair of outlets' claim pairs is read)
STATUS_ORDER = ("agree", "one name", "unit cut", "model", "no wording", "far apart")


class Trace:
    """The whole-story alignment's pairs by claim id: each pair's status and probability."""

    def __init__(self) -> None:
        self.seen = False
        self.status: dict[frozenset[str], tuple[str, float]] = {}
        self.grouping: dict | None = None  # the first group_pairs call's claims, cosines and probabilities
        self.features: dict[frozenset[str], np.ndarray] = {}  # the evidence of each pair's likeliest claim pair
        self.unique_inputs: tuple | None = None  # the first unique_clauses call's claims, texts, cosines, threshold

    def note_features(self, key: frozenset[str], p: float, row: np.ndarray) -> None:
        if key not in self.features or p > self.features[key][-1]:
            self.features[key] = np.append(row, p)

    def note(self, key: frozenset[str], status: str, p: float) -> None:
        old = self.status.get(key)
        if old is None or STATUS_ORDER.index(status) < STATUS_ORDER.index(old[0]) or (status == old[0] and p > old[1]):
            self.status[key] = (status, p)


TRACE = Trace()


def _wrap() -> None:
    scored = align.scored_pairs

    def scored_pairs(sim, lexical, claims, threshold, names, texts=None, embedder="static", scope=None, keys=None, second=None):
        agree, probability = scored(sim, lexical, claims, threshold, names, texts, embedder, scope, keys, second)
        if TRACE.seen:
            return agree, probability
        base = [c.id.split(".u")[0] for c in claims]  # a lead's clause ("<claim>.uN") stands for its lead
        unit_cut = align.UNIT_PROBABILITY if scope is not None else 0.0
        first, other, features = pairs_module.pair_feature_matrix(sim, lexical, claims, threshold, names, texts, scope, keys, second)
        weights, bias = pairs_module.pair_model(embedder)
        p = 1.0 / (1.0 + np.exp(-(bias + features[:, : len(weights)] @ np.asarray(weights))))
        agreeing = {(min(i, j), max(i, j)) for i, j, _ in agree}
        text_of = texts if texts is not None else [c.text for c in claims]
        weighed = set()
        for n, (i, j) in enumerate(zip(first.tolist(), other.tolist())):
            key = (min(i, j), max(i, j))
            weighed.add(key)
            q = probability.get(key, 0.0)
            if key in agreeing:
                status = "agree" if q >= unit_cut else "unit cut"
            elif key not in probability:
                status = "no wording"
            else:
                lone = pairs_module._only_a_common_name(first[n : n + 1], other[n : n + 1], features[n : n + 1], text_of, names)[0]
                model_says = p[n] >= pairs_module.PAIR_PROBABILITY
                status = "one name" if model_says and lone else "model"
            TRACE.note(frozenset((base[i], base[j])), status, float(max(q, p[n])))
            TRACE.note_features(frozenset((base[i], base[j])), float(p[n]), features[n, : len(pairs_module.FEATURES)])
        return agree, probability

    grouped = align.group_pairs

    def group_pairs(pairs, claims, sim, threshold, probability, *args, **kwargs):
        if not TRACE.seen and TRACE.grouping is None:
            prob = np.zeros((len(claims), len(claims)))
            for (x, y), q in probability.items():
                prob[x, y] = prob[y, x] = q
            margins = args[3] if len(args) > 3 else kwargs.get("margins")
            coherence_margin, drift_margin = margins or (groups_module.COHERENCE_MARGIN, groups_module.DRIFT_MARGIN)
            TRACE.grouping = {
                "index": {c.id: k for k, c in enumerate(claims)}, "claims": list(claims), "sim": sim, "prob": prob,
                "coherence": threshold - coherence_margin, "floor": threshold - drift_margin,
            }
        return grouped(pairs, claims, sim, threshold, probability, *args, **kwargs)

    align.group_pairs = group_pairs
    original = align.align_claims

    def align_claims(*args, **kwargs):
        out = original(*args, **kwargs)
        TRACE.seen = True
        return out

    clauses_told = align.unique_clauses

    def unique_clauses(claims, texts, agreed, cos, lexical, threshold, entities=()):
        if not TRACE.seen and TRACE.unique_inputs is None:
            TRACE.unique_inputs = (list(claims), list(texts), set(agreed), cos, lexical, threshold)
        return clauses_told(claims, texts, agreed, cos, lexical, threshold, entities)

    align.unique_clauses = unique_clauses
    align.scored_pairs = scored_pairs
    align.align_claims = align_claims
    import rashomon.comparison.pipeline as pipeline
    pipeline.align_claims = align_claims


def _pair_status(xs: list[str], ys: list[str]) -> tuple[str, float]:
    best = ("far apart", 0.0)
    for x in xs:
        for y in ys:
            s = TRACE.status.get(frozenset((x, y)))
            if s and (STATUS_ORDER.index(s[0]) < STATUS_ORDER.index(best[0]) or (s[0] == best[0] and s[1] > best[1])):
                best = s
    return best


def join_terms(newcomer: list[str], members: list[str]) -> list[str]:
    """Which terms of the join on joint evidence (``groups._join_on_joint_evidence``) a missing
    outlet's claim fails against the members of its best group: the likeliest claim of its
    article for every member, the noisy-or of its ties, each tie over the floor, the cosine
    checks (mean over the coherence cut, none under the drift floor). The best of the outlet's
    claims holding the gold text is read."""
    g = TRACE.grouping
    if g is None:
        return []
    rows = [g["index"][m] for m in members if m in g["index"]]
    best: list[str] | None = None
    for x in newcomer:
        if x not in g["index"] or not rows:
            continue
        k = g["index"][x]
        article = g["claims"][k].article
        rivals = [r for r, c in enumerate(g["claims"]) if c.article == article]
        p = g["prob"][k, rows]
        failing = []
        if not all(p[n] >= g["prob"][rivals, r].max() for n, r in enumerate(rows)):
            failing.append("not likeliest")
        joint = 1.0 - np.prod(1.0 - p)
        if joint < groups_module.JOINT_PROBABILITY:
            failing.append(f"noisy-or {joint:.2f}")
        if p.min() < groups_module.JOINT_FLOOR:
            failing.append("a tie under the floor")
        cos = g["sim"][k, rows]
        if cos.mean() < g["coherence"] or cos.min() < g["floor"]:
            failing.append("cosine")
        if best is None or len(failing) < len(best):
            best = failing
    return best or []


def anchored(report, located: Located, shared: dict[str, str]) -> str:
    """"figure" when some two outlets' claims holding the gold texts state a figure both state
    (exactly or compatibly), else "rare word" when two share a rare word of the story (the anchors
    the pair model leans on most), else "none"."""
    sides = {a: [c.id for c in report.claims if _claim_on(c, a, t, located)] for a, t in shared.items()}
    figures, compatible, rare = (pairs_module.FEATURES.index(f) for f in ("shared figures", "compatible figures", "shared rare words"))
    rows = [
        TRACE.features.get(frozenset((x, y))) for n, a in enumerate(list(sides)) for b in list(sides)[n + 1 :]
        for x in sides[a] for y in sides[b]
    ]
    rows = [r for r in rows if r is not None]
    if any(r[figures] > 0 or r[compatible] > 0 for r in rows):
        return "figure"
    return "rare word" if any(r[rare] > 0 for r in rows) else "none"


def census_of(report, located: Located, shared: dict[str, str]) -> dict:
    """The mechanism that lost one missed gold shared claim, with its best group and labels."""
    claims = {c.id: c for c in report.claims}
    id_of = {(c.article, c.start, c.end): c.id for c in report.claims}
    sides = {a: [c.id for c in report.claims if _claim_on(c, a, t, located)] for a, t in shared.items()}
    best_cover: set[str] = set()
    best_group = None
    for agreement in report.agreements:
        cover = {a for a, ids in sides.items() if any(id_of.get((r.article, r.start, r.end)) in ids for r in agreement.claims)}
        if len(cover) > len(best_cover):
            best_cover, best_group = cover, agreement
    out = {"size": len(shared), "cover": len(best_cover) if len(best_cover) >= 2 else 0, "notes": []}
    # a sentence of several claims: the gold text under half the words of every claim holding it
    multi = [a for a, ids in sides.items() if ids and all(len(shared[a].split()) < 0.5 * len(claims[i].text.split()) for i in ids)]
    out["multi"] = multi
    empty = [a for a, ids in sides.items() if not ids]
    if empty:
        out["mechanism"] = "scoring"
        out["notes"].append("no claim holds the text in " + ", ".join(empty))
        return out
    missing = [a for a in sides if a not in best_cover] if len(best_cover) >= 2 else list(sides)
    if not missing:  # one group holds every outlet: the claim is found
        out["mechanism"] = "found"
        return out
    held = [a for a in sides if a in best_cover] if len(best_cover) >= 2 else []
    if best_group is not None and len(best_cover) >= 2:
        group_ids = {id_of.get((r.article, r.start, r.end)) for r in best_group.claims}
        wrong = [a for a in missing if any(claims[i].article == claims[sides[a][0]].article for i in group_ids if i in claims)]
        out["wrong sentence"] = wrong
        members = [i for i in group_ids if i in claims]
        for a in missing:
            failing = join_terms(sides[a], members)
            out.setdefault("join", []).extend(failing)
            out["notes"].append(f"[{a} joins on joint evidence: " + (", ".join(failing) or "every term passes") + "]")
        for a in wrong:
            held_text = next(claims[i].text for i in group_ids if i in claims and claims[i].article == claims[sides[a][0]].article)
            out["notes"].append(f"[{a} in the group: {held_text[:100]!r}]")
    # each missing outlet's best tie to the outlets it should join (all other outlets when none is held)
    ties = []
    for a in missing:
        others = held or [b for b in sides if b != a]
        status = max((_pair_status(sides[a], sides[b]) + (b,) for b in others), key=lambda s: (-STATUS_ORDER.index(s[0]), s[1]))
        ties.append((a,) + status)
        out["notes"].append(f"{a}->{status[2]}:{status[0]} p={status[1]:.2f}")
    # the claim is lost by its worst missing outlet's best tie
    worst = max(ties, key=lambda t: (STATUS_ORDER.index(t[1]), -t[2]))
    out["mechanism"] = {
        "agree": "group split", "one name": "rejected: one name", "unit cut": "rejected: unit cut", "model": "rejected: model p",
        "no wording": "no wording", "far apart": "far apart",
    }[worst[1]]
    out["p"] = worst[2]
    out["tie"] = (worst[0], worst[3], sides)
    out["via multi"] = worst[0] in multi or worst[3] in multi
    return out


def figure_stage(report, claim, value) -> str:
    """Which check of ``unique.figure_parts`` refuses a figure's part (the order it reads them), or
    that the part passed it and ``told_nowhere_else`` found another article telling it."""
    if value.kind == "year" and not unique_module.FIGURE_PART_YEARS:
        return "years off"
    if unique_module._ARTICLE_FIGURE.match(value.text):
        return "an article, no figure"
    if value.kind == "number" and len([v for v in claim.values if v.kind == "number"]) > unique_module._MAX_PART_FIGURES:
        return "a table row"
    others = [c for c in report.claims if c.article != claim.article]
    own, own_keys = unique_module._figure_key(claim, value)
    other_keys = set().union(*(pairs_module.figure_keys(c) for c in others))
    other_spans = [s for c in others for s in pairs_module.intervals(c)]
    if value.kind == "year" and (not own_keys or own_keys & other_keys):
        return "the year stated elsewhere"
    if value.kind == "number" and not own:
        return "a count under ten (no interval: alignment leaves such counts out)"
    if value.kind == "number" and (own_keys & other_keys or pairs_module.figures_fit(own, other_spans)):
        return "the figure stated elsewhere"
    ref = unique_module._part_of(claim, value, unique_module._parts(claim.text))
    if ref is None:
        return "the part is the whole claim or under three words"
    if value.kind == "number":
        kind = unique_module._counted_kind(value)
        counting = unique_module._kinds_counted(others)
        if unique_module._names_its_thing(value) and kind in counting:
            return f"another article counts {kind[1] or kind[0]!r} too"
        if unique_module._counted_alike(claim, ref, value, counting.get(kind, ()), unique_module._story_words(report.claims)):
            return "another article counts alike"
    return "told elsewhere (told_nowhere_else)"


def unique_census_of(report, located: Located, article: str, text: str) -> tuple[str, str]:
    """The mechanism that lost one missed gold unique claim (``UNIQUE_MECHANISMS``) and a note."""
    holders = [c for c in report.claims if _claim_on(c, article, text, located)]
    if not holders:
        return "no claim", ""
    claim = min(holders, key=lambda c: len(c.text))
    agreed_with = [r.text for g in report.agreements if any((r.article, r.start) == (claim.article, claim.start) for r in g.claims)
                   for r in g.claims if r.article != claim.article]
    note = f"agreed with {agreed_with[0][:90]!r}" if agreed_with else "in no agreement"
    if len(text.split()) >= 0.5 * len(claim.text.split()):
        # how the claim came into its group: an agreeing pair with a member, or a join without one
        group = next((g for g in report.agreements if any((r.article, r.start) == (claim.article, claim.start) for r in g.claims)), None)
        if group is not None:
            ids = {(c.article, c.start, c.end): c.id for c in report.claims}
            members = [ids.get((r.article, r.start, r.end)) for r in group.claims if r.article != claim.article]
            status = max((_pair_status([claim.id], [m]) for m in members if m), key=lambda s: (-STATUS_ORDER.index(s[0]), s[1]), default=("far apart", 0.0))
            note += f"; {'a pair agrees' if status[0] == 'agree' else 'joined without an agreeing pair'} (best tie {status[0]} p={status[1]:.2f})"
        return "whole claim agreed", note
    spans = located.spans(article, text)
    clause = next(((a, b) for a, b in pieces_module.clause_spans(claim) if any(a <= s and e <= b for s, e in spans)), None)
    numbers = [v for v in claim.values if v.kind in ("number", "year") and any(s <= v.start < e for s, e in spans)]
    if numbers:
        return "figure part refused", note + "; " + figure_stage(report, claim, numbers[0]) + f"; claim {claim.text[:100]!r}"
    if clause is None or TRACE.unique_inputs is None:
        return "no clause holds it", note + f"; claim {claim.text[:120]!r}"
    if len(pieces_module.clause_spans(claim)) < 2:
        return "no clause holds it", note + f" (one clause); claim {claim.text[:120]!r}"
    claims, texts, _agreed, cos, lexical, threshold = TRACE.unique_inputs
    index = next((k for k, c in enumerate(claims) if c.id == claim.id), None)
    if index is None:
        return "no clause holds it", note
    _pieces, owner = pieces_module.pieces_of(texts)
    rows = np.nonzero(owner == index)[0][1:]
    n = pieces_module.clause_spans(claim).index(clause)
    if n >= len(rows):
        return "no clause holds it", note + " (names changed the cut)"
    p = int(rows[n])
    others = np.asarray([claims[k].article for k in owner]) != claim.article
    best = int(np.argmax(np.where(others, cos[p], -1)))
    close = f"; nearest {_pieces[best][:90]!r} cos {cos[p, best]:.2f} (threshold {threshold:.2f}) lexical {lexical[p, best]:.2f}"
    if (cos[p, others] >= threshold).any():
        return "clause close: cosine", note + close
    near = (cos[p, others] >= threshold - unique_module._UNIQUE_MARGIN) & (lexical[p, others] >= unique_module._UNIQUE_SHARED)
    if near.any():
        return "clause close: near and wording", note + close
    if lexical[p, others].max() >= unique_module._UNIQUE_LEXICAL:
        return "clause close: wording", note + close
    return "no clause holds it", note + close + " (names changed the cut)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--by-set", action="store_true", help="a table of the mechanisms per set")
    parser.add_argument("--features", action="store_true",
                        help="the pair model's mean evidence: the ties that lost claims at the model, against the gold pairs that agree")
    parser.add_argument("--unique", action="store_true", help="the missed gold unique claims by mechanism (UNIQUE_MECHANISMS)")
    args = parser.parse_args()
    _wrap()
    counts: Counter = Counter()
    sizes: Counter = Counter()
    per_set: dict[str, Counter] = {}
    evidence: dict[str, list[np.ndarray]] = {"agreeing gold pairs": [], "ties lost at the model": []}
    for set_name in args.set:
        before = Counter(counts)
        for slug, gold_path, sources in stories_of(set_name):
            gold = load_gold(gold_path)
            TRACE.__init__()
            report = compare(sources, settings=Settings(embedder=args.embedder))
            located = Located(report, match_articles(gold.articles, report))
            if args.unique:
                for u in gold.unique:
                    if not located.ids.get(u.article) or any(_claim_on(c, u.article, u.text, located) for c in report.unique):
                        counts["unique found"] += located.ids.get(u.article) is not None
                        continue
                    mechanism, note = unique_census_of(report, located, u.article, u.text)
                    counts["unique: " + mechanism] += 1
                    if args.list:
                        print(f"[unique: {mechanism}] {set_name}/{slug} {u.article}: {u.text[:110]!r}\n      {note}")
            for shared in gold.shared:
                hit = all(a in located.ids for a in shared) and any(
                    all(any(_claim_on(c, a, t, located) for c in agreement.claims) for a, t in shared.items())
                    for agreement in report.agreements
                )
                sizes[len(shared), hit] += 1
                if args.features:
                    counts[f"anchored {anchored(report, located, shared)} {hit}"] += 1
                if hit:
                    counts["found"] += 1
                    if args.features:
                        sides = {a: [c.id for c in report.claims if _claim_on(c, a, t, located)] for a, t in shared.items()}
                        names = list(sides)
                        for n, a in enumerate(names):
                            for b in names[n + 1 :]:
                                keys = [frozenset((x, y)) for x in sides[a] for y in sides[b]]
                                rows = [TRACE.features[k] for k in keys if TRACE.status.get(k, ("",))[0] == "agree" and k in TRACE.features]
                                if rows:
                                    evidence["agreeing gold pairs"].append(max(rows, key=lambda r: r[-1]))
                    continue
                found = census_of(report, located, shared)
                if args.features and found["mechanism"] == "rejected: model p":
                    a, b, sides = found["tie"]
                    rows = [TRACE.features[k] for k in (frozenset((x, y)) for x in sides[a] for y in sides[b]) if k in TRACE.features]
                    if rows:
                        evidence["ties lost at the model"].append(max(rows, key=lambda r: r[-1]))
                counts[found["mechanism"]] += 1
                counts["via multi"] += bool(found.get("via multi"))
                counts["wrong sentence"] += bool(found.get("wrong sentence"))
                counts[f"{found['size']}-way cover {found['cover']}"] += 1
                for term in {t.split(" 0")[0] for t in found.get("join", [])}:
                    counts["join: " + term] += 1
                if found["cover"] and found["cover"] == found["size"] - 1:
                    counts["one outlet short"] += 1
                if args.list:
                    labels = [f"cover {found['cover']}/{found['size']}"]
                    if found.get("via multi"):
                        labels.append("multi-claim sentence")
                    if found.get("wrong sentence"):
                        labels.append("group holds another sentence of " + ",".join(found["wrong sentence"]))
                    print(f"[{found['mechanism']}] {set_name}/{slug} ({found['size']}-way; {'; '.join(labels)}) {' '.join(found['notes'])}")
                    for a, t in shared.items():
                        print(f"      {a}: {t[:110]}")
        per_set[set_name] = counts - before
    if args.unique:
        print("| set | unique found | " + " | ".join(UNIQUE_MECHANISMS) + " |")
        print("|---" * (len(UNIQUE_MECHANISMS) + 2) + "|")
        for set_name, c in per_set.items():
            print(f"| {set_name} | {c['unique found']} | " + " | ".join(str(c['unique: ' + m]) for m in UNIQUE_MECHANISMS) + " |")
        print("| all | " + str(counts["unique found"]) + " | " + " | ".join(str(counts["unique: " + m]) for m in UNIQUE_MECHANISMS) + " |")
    if args.by_set:
        print("| set | found | " + " | ".join(MECHANISMS) + " |")
        print("|---" * (len(MECHANISMS) + 2) + "|")
        for set_name, c in per_set.items():
            print(f"| {set_name} | {c['found']} | " + " | ".join(str(c[m]) for m in MECHANISMS) + " |")
        print("| sets losing claims to it | | " + " | ".join(str(sum(1 for c in per_set.values() if c[m])) for m in MECHANISMS) + " |")
    print("found", counts["found"], "| missed:", ", ".join(f"{m} {counts[m]}" for m in MECHANISMS if counts[m]))
    print("of the missed: through a sentence of several claims", counts["via multi"], "| the best group holds another sentence of a missing outlet", counts["wrong sentence"])
    if args.features:
        for kind in ("figure", "rare word", "none"):
            got, lost = counts[f"anchored {kind} True"], counts[f"anchored {kind} False"]
            print(f"gold shared claims whose best-anchored two outlets share: {kind}: {got}/{got + lost} found ({got / max(got + lost, 1):.2f})")
        weights, _ = pairs_module.pair_model(args.embedder)
        print("| evidence (weight) | " + " | ".join(f"{k} ({len(v)})" for k, v in evidence.items()) + " |")
        print("|---|---|---|")
        for f, name in enumerate(pairs_module.FEATURES + ("probability",)):
            weight = f" ({weights[f]:+.2f})" if f < len(weights) else ""
            print(f"| {name}{weight} | " + " | ".join(f"{np.mean([r[f] for r in v]):.3f}" if v else "-" for v in evidence.values()) + " |")
    if args.features and evidence["agreeing gold pairs"]:
        p = np.asarray([r[-1] for r in evidence["agreeing gold pairs"]])
        print("agreeing gold pairs by probability: " + ", ".join(
            f"[{a:.2f}, {b:.2f}) {int(((p >= a) & (p < b)).sum())}" for a, b in ((0.0, 0.25), (0.25, 0.5), (0.5, 1.01))))
    joins = ", ".join(f"{k[6:]} {v}" for k, v in sorted(counts.items()) if k.startswith("join: "))
    print(f"one outlet short of a group: {counts['one outlet short']}; the join on joint evidence fails for a missing outlet by: {joins}")
    for n in (2, 3, 4):
        total = sizes[n, True] + sizes[n, False]
        if total:
            covers = ", ".join(f"{k} of {n}: {counts[f'{n}-way cover {k}']}" for k in range(n - 1, -1, -1) if k != 1)
            print(f"{n}-way: found {sizes[n, True]}/{total}; missed by best group ({covers})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
