"""Fit the weights of the alignment pair model (comparison/align/pairs.py: PAIR_WEIGHTS, PAIR_BIAS).

    python scripts/fit_align.py ../shared/data/stories-dev [MORE_ROOTS...] [--embedder static] [--halves]

Every cross-article pair of claims of every story that ``align.pair_features`` weighs is one
example; it is positive when both claims hold the texts of one gold shared claim. A logistic
regression (L2, gradient descent, numpy only) over the features gives the weights it prints. The
gold lists shared claims for recall only, so some negatives are true agreements: the weights are
a ranking, and the probability cuts are chosen on the whole set's scores (bench/README.md).
``--halves`` also fits on the d1-d2 stories and ranks the d3-d4 pairs, and the other way round
(average precision of each half's positives under the other half's weights), so one sees whether
the weights carry to stories they were not fitted on.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import FEATURES, canonical_text, lexical_similarity, names_of, pair_features, similarity_matrix
from rashomon.comparison.pipeline import compare
from rashomon.evaluation.scores import covers, match_articles
from rashomon.settings import Settings


def examples(roots: list[Path], embedder_name: str) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per story of every root: the features of its weighed pairs, and whether each is a gold shared pair."""
    embedder = get_embedder(embedder_name)
    out = {}
    for story in sorted(p for root in roots for p in root.iterdir() if (p / "gold.json").exists()):
        gold = json.loads((story / "gold.json").read_text())
        report = compare([story / n for n in gold["articles"]], settings=Settings(embedder=embedder_name))
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
        xs, ys = [], []
        for i, j, f in pair_features(sim, lexical, claims, embedder.agreement_threshold, names, texts):
            xs.append(f)
            ys.append(float((min(i, j), max(i, j)) in positive))
        out[story.name] = (np.asarray(xs).reshape(-1, len(FEATURES)), np.asarray(ys))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 3e-4, steps: int = 50) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (the bias is not regularised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2 * len(y))
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xb @ w)))
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("roots", type=Path, nargs="+", help="folders of gold v2 bundles (stories-dev, the stories-fresh sets)")
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--halves", action="store_true", help="also fit on each half of the stories and rank the other")
    args = parser.parse_args()
    per_story = examples(args.roots, args.embedder)
    x, y = stack(list(per_story.values()))
    w, b = fit(x, y)
    print(f"{len(y)} pairs, {int(y.sum())} positive; average precision on the fitted pairs {average_precision(x @ w + b, y):.3f}")
    for name, weight in zip(FEATURES, w):
        print(f"  {name:20s} {weight:+.2f}")
    print(f"PAIR_WEIGHTS = ({', '.join(f'{v:.2f}' for v in w)})\nPAIR_BIAS = {b:.2f}")
    if args.halves:
        halves = [[v for k, v in per_story.items() if k[:2] in ("d1", "d2")], [v for k, v in per_story.items() if k[:2] not in ("d1", "d2")]]
        for name, (train, test) in (("d1-d2 -> d3-d4", halves), ("d3-d4 -> d1-d2", halves[::-1])):
            xt, yt = stack(train)
            xe, ye = stack(test)
            wt, bt = fit(xt, yt)
            own, _ = fit(xe, ye)
            print(f"{name}: average precision {average_precision(xe @ wt + bt, ye):.3f} "
                  f"(weights fitted on the half itself: {average_precision(xe @ own, ye):.3f}); weights {', '.join(f'{v:.2f}' for v in wt)}, bias {bt:.2f}")


if __name__ == "__main__":
    main()
