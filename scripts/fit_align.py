"""Fit the weights of the alignment pair model (comparison/align/pairs.py: PAIR_WEIGHTS, PAIR_BIAS).

    python scripts/fit_align.py ../shared/data/stories-dev [MORE_ROOTS...] [--embedder static] [--halves] [--by-set]
    python scripts/fit_align.py ../shared/data/stories-dev bench/data/stories-fresh ... bench/data/stories-fresh7 \
        --second minilm [--write]

Every cross-article pair of claims of every story that ``align.pair_features`` weighs is one
example; it is positive when both claims hold the texts of one gold shared claim. A logistic
regression (L2, gradient descent, numpy only) over the features gives the weights it prints. The
gold lists shared claims for recall only, so some negatives are true agreements: the weights are
a ranking, and the probability cuts are chosen on the whole set's scores (bench/README.md).
``--halves`` also fits on the d1-d2 stories and ranks the d3-d4 pairs, and the other way round
(average precision of each half's positives under the other half's weights), so one sees whether
the weights carry to stories they were not fitted on. ``--by-set`` ranks each root's pairs by the weights
fitted on the other roots (held out by set) beside the shipped weights (``PAIR_MODELS``), and counts the
pooled held-out pairs and gold pairs at ``PAIR_PROBABILITY`` under each (bench/README.md, "refitalign21").

``--second NAME`` fits a second-opinion model (``comparison/align/second.py``): the pairs are
weighed in the static space with NAME's cosines as ``SECOND_FEATURES``; each root's pairs are also
ranked by the weights fitted on the other roots (held out by set). ``--write`` writes the model
to ``data/align_second_NAME.json`` and its account to ``data/align_second_NAME.md`` (the same
roots rebuild both byte for byte); ``--folds DIR`` writes each held-out fold's model there.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import FEATURES, canonical_text, lexical_similarity, names_of, pair_features, similarity_matrix
from rashomon.comparison.align.pairs import PAIR_MODELS, PAIR_PROBABILITY, SECOND_FEATURES
from rashomon.comparison.align.second import SecondOpinion
from rashomon.comparison.pipeline import compare
from rashomon.evaluation.scores import covers, match_articles
from rashomon.settings import Settings


ROOT = Path(__file__).resolve().parents[1]
BASE = "static"
# A pair this far below the second embedder's threshold in its space is not weighed on that account.
GATE = -0.05


def examples(
    roots: list[Path], embedder_name: str, second_name: str | None = None,
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per story of every root: the features of its weighed pairs, and whether each is a gold shared
    pair (keyed root/story). With ``second_name``, weighed in the static space with that
    embedder's cosines as a second opinion."""
    embedder = get_embedder(BASE if second_name else embedder_name)
    other = get_embedder(second_name) if second_name else None
    out = {}
    for story in sorted((p for root in roots for p in root.iterdir() if (p / "gold.json").exists()), key=lambda p: (p.parent.name, p.name)):
        gold = json.loads((story / "gold.json").read_text())
        # claims and entities come before the alignment: the base embedder's report has the same
        report = compare([story / n for n in gold["articles"]], settings=Settings(embedder=BASE if second_name else embedder_name))
        ids = match_articles(gold["articles"], report)
        claims = report.claims
        texts = [canonical_text(c, report.entities) for c in claims]
        sim = similarity_matrix(texts, embedder)
        lexical = sim if embedder.name == "tfidf" else lexical_similarity(texts)
        names = [names_of(c, report.entities) for c in claims]
        positive = set()
        for group in gold["shared"]:
            holders = {a: {k for k, c in enumerate(claims) if c.article == ids.get(a) and covers(c.text, t)} for a, t in group.items()}
            for a in holders:
                for b in holders:
                    if a < b:
                        positive |= {(min(i, j), max(i, j)) for i in holders[a] for j in holders[b]}
        second = None
        if other is not None:
            second = SecondOpinion(sim=similarity_matrix(texts, other), threshold=other.agreement_threshold, gate=GATE, weights=(), bias=0.0)
        xs, ys = [], []
        for i, j, f in pair_features(sim, lexical, claims, embedder.agreement_threshold, names, texts, second):
            xs.append(f)
            ys.append(float((min(i, j), max(i, j)) in positive))
        width = len(FEATURES) + (len(SECOND_FEATURES) if second is not None else 0)
        out[f"{story.parent.name}/{story.name}"] = (np.asarray(xs).reshape(-1, width), np.asarray(ys))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 3e-4, steps: int = 50, offset: np.ndarray | float = 0.0) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (the bias is not regularised);
    ``offset``: a fixed logit each example starts from (a correction of another model is fitted)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2 * len(y))
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w + offset)))
        gradient = xb.T @ (p - y) + penalty * w
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def average_precision(score: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(-score)
    hits = y[order]
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / max(hits.sum(), 1))


def stack(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    return np.vstack([x for x, _ in parts]), np.concatenate([y for _, y in parts])


def model_json(name: str, w: np.ndarray, b: float) -> str:
    return json.dumps({
        "embedder": name, "base": BASE, "gate": GATE, "features": list(FEATURES + SECOND_FEATURES),
        "weights": [round(float(v), 4) for v in w], "bias": round(b, 4),
    }, indent=1) + "\n"


def correction(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """The static pair model kept as it is, and a fitted correction of its logit by the second
    opinion's features: the weights over ``FEATURES + SECOND_FEATURES`` and the bias. The static
    model's cuts (``PAIR_PROBABILITY`` and the groups' probabilities) keep their meaning."""
    static_w, static_b = PAIR_MODELS[BASE]
    k = len(FEATURES)
    extra, bias = fit(x[:, k:], y, offset=x[:, :k] @ np.asarray(static_w) + static_b)
    return np.concatenate([np.asarray(static_w), extra]), static_b + bias


def second_opinion(roots: list[Path], name: str, write: bool, folds: Path | None) -> None:
    """Fit the second-opinion model of ``name`` on all roots, rank each root's pairs by the model
    fitted on the others, and write the model (``--write``) and each fold's model (``--folds``)."""
    per_story = examples(roots, "static", name)
    x, y = stack(list(per_story.values()))
    w, b = correction(x, y)
    static_w, static_b = PAIR_MODELS[BASE]
    names = list(FEATURES + SECOND_FEATURES)
    lines = [
        f"# Second-opinion pair model: {name} beside the static space",
        "",
        "Read by `comparison/align/second.py`; `scripts/fit_align.py ROOTS --second NAME --write` rebuilds it",
        f"byte for byte from the sets {', '.join(r.name for r in roots)}.",
        "",
        "Every cross-article pair of claims the static space weighs, or whose cosine in "
        f"{name}'s space reaches its threshold {GATE:+.2f}, is one example; it is positive when both claims hold the "
        "texts of one gold shared claim. The static pair model (`pairs.PAIR_MODELS['static']`) is kept as it "
        "is and a correction of its logit by the second opinion's features is fitted (L2 logistic regression with "
        "the static logit as offset, Newton's method, numpy), so the cuts tuned on the static model keep their meaning. "
        "A pair agrees by the static model alone; the groups read the larger of the two probabilities where the "
        f"second cosine is at least its threshold {GATE:+.2f} (bench/README.md, \"shared16\").",
        "",
        f"- {len(y)} pairs, {int(y.sum())} positive, over {len(per_story)} stories of {len(roots)} sets.",
        "",
        "| feature | weight |",
        "|---|---|",
        *(f"| {n} | {v:+.4f} |" for n, v in zip(names, w)),
        f"| bias | {b:+.4f} |",
        "",
        "Held out by set (the correction fitted on the other sets; average precision of the set's pairs,",
        "against the static model alone):",
        "",
        "| set | pairs | positive | second opinion | static model |",
        "|---|---|---|---|---|",
    ]
    sets = sorted({k.split("/")[0] for k in per_story})
    for held in sets:
        train = stack([v for k, v in per_story.items() if k.split("/")[0] != held])
        test = stack([v for k, v in per_story.items() if k.split("/")[0] == held])
        wt, bt = correction(*train)
        ap = average_precision(test[0] @ wt + bt, test[1])
        ap_static = average_precision(test[0][:, : len(FEATURES)] @ np.asarray(static_w) + static_b, test[1])
        lines.append(f"| {held} | {len(test[1])} | {int(test[1].sum())} | {ap:.3f} | {ap_static:.3f} |")
        if folds is not None:
            folds.mkdir(parents=True, exist_ok=True)
            (folds / f"{held}.json").write_text(model_json(name, wt, bt), encoding="utf-8")
    text = "\n".join(lines) + "\n"
    print(text)
    print(f"in sample: {average_precision(x @ w + b, y):.3f} (the static model alone {average_precision(x[:, :len(FEATURES)] @ np.asarray(static_w) + static_b, y):.3f})")
    if write:
        data = ROOT / "src" / "rashomon" / "data"
        (data / f"align_second_{name}.json").write_text(model_json(name, w, b), encoding="utf-8")
        (data / f"align_second_{name}.md").write_text(text, encoding="utf-8")
        print(f"wrote data/align_second_{name}.json and .md")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("roots", type=Path, nargs="+", help="folders of gold v2 bundles (stories-dev, the stories-fresh sets)")
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--halves", action="store_true", help="also fit on each half of the stories and rank the other")
    parser.add_argument("--by-set", action="store_true", help="also rank each root's pairs by the weights fitted on the others")
    parser.add_argument("--second", help="fit this embedder's second-opinion model beside the static space")
    parser.add_argument("--write", action="store_true", help="with --second: write data/align_second_NAME.json and .md")
    parser.add_argument("--folds", type=Path, help="with --second: write each held-out set's model to this folder")
    args = parser.parse_args()
    if args.second:
        second_opinion([r.resolve() for r in args.roots], args.second, args.write, args.folds)
        return
    per_story = examples(args.roots, args.embedder)
    x, y = stack(list(per_story.values()))
    w, b = fit(x, y)
    print(f"{len(y)} pairs, {int(y.sum())} positive; average precision on the fitted pairs {average_precision(x @ w + b, y):.3f}")
    for name, weight in zip(FEATURES, w):
        print(f"  {name:20s} {weight:+.2f}")
    print(f"PAIR_WEIGHTS = ({', '.join(f'{v:.2f}' for v in w)})\nPAIR_BIAS = {b:.2f}")
    if args.halves:
        halves = [[v for k, v in per_story.items() if k.split("/")[-1][:2] in ("d1", "d2")], [v for k, v in per_story.items() if k.split("/")[-1][:2] not in ("d1", "d2")]]
        for name, (train, test) in (("d1-d2 -> d3-d4", halves), ("d3-d4 -> d1-d2", halves[::-1])):
            xt, yt = stack(train)
            xe, ye = stack(test)
            wt, bt = fit(xt, yt)
            own, _ = fit(xe, ye)
            print(f"{name}: average precision {average_precision(xe @ wt + bt, ye):.3f} "
                  f"(weights fitted on the half itself: {average_precision(xe @ own, ye):.3f}); weights {', '.join(f'{v:.2f}' for v in wt)}, bias {bt:.2f}")
    if args.by_set:
        by_set(per_story, args.embedder)


def by_set(per_story: dict[str, tuple[np.ndarray, np.ndarray]], embedder: str) -> None:
    """Each root's average precision under the weights fitted on the other roots and under the
    shipped weights, and the pooled pairs (gold pairs) at the cut under each."""
    shipped_w, shipped_b = PAIR_MODELS.get(embedder, PAIR_MODELS[BASE])
    cut = float(np.log(PAIR_PROBABILITY / (1 - PAIR_PROBABILITY)))
    held, shipped, gold = [], [], []
    print("| set | pairs | positive | held out | shipped |\n|---|---|---|---|---|")
    for root in sorted({k.split("/")[0] for k in per_story}):
        wt, bt = fit(*stack([v for k, v in per_story.items() if k.split("/")[0] != root]))
        x, y = stack([v for k, v in per_story.items() if k.split("/")[0] == root])
        held.append(x @ wt + bt)
        shipped.append(x @ np.asarray(shipped_w) + shipped_b)
        gold.append(y)
        print(f"| {root} | {len(y)} | {int(y.sum())} | {average_precision(held[-1], y):.3f} | {average_precision(shipped[-1], y):.3f} |")
    y = np.concatenate(gold)
    for name, score in (("held out", np.concatenate(held)), ("shipped", np.concatenate(shipped))):
        print(f"{name}: {int((score >= cut).sum())} pairs at probability {PAIR_PROBABILITY} ({int(y[score >= cut].sum())} gold)")


if __name__ == "__main__":
    main()
