"""Fit the weights of the alignment pair model (comparison/align.py: PAIR_WEIGHTS, PAIR_BIAS).

    python scripts/fit_align.py ../shared/data/stories-dev [--embedder static]

Every cross-article pair of claims of every story is one example; it is positive when both
claims hold the texts of one gold shared claim. A logistic regression (L2, gradient descent,
numpy only) over the features of ``align.pair_features`` gives the weights it prints. The gold
lists shared claims for recall only, so some negatives are true agreements: the weights are a
ranking, and the probability cut is chosen on the whole set's scores (bench/README.md).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import FEATURES, _names, canonical_text, lexical_similarity, pair_features, similarity_matrix
from rashomon.comparison.pipeline import compare
from rashomon.evaluation.scores import covers, match_articles
from rashomon.settings import Settings


def examples(root: Path, embedder_name: str) -> tuple[np.ndarray, np.ndarray]:
    embedder = get_embedder(embedder_name)
    xs, ys = [], []
    for story in sorted(p for p in root.iterdir() if (p / "gold.json").exists()):
        gold = json.loads((story / "gold.json").read_text())
        report = compare([story / n for n in gold["articles"]], settings=Settings(embedder=embedder_name))
        ids = match_articles(gold["articles"], report)
        claims = report.claims
        texts = [canonical_text(c, report.entities) for c in claims]
        sim = similarity_matrix(texts, embedder)
        lexical = sim if embedder.name == "tfidf" else lexical_similarity(texts)
        names = [_names(c, report.entities) for c in claims]
        positive = set()
        for group in gold["shared"]:
            holders = {a: {k for k, c in enumerate(claims) if c.article == ids.get(a) and covers(c.text, t)} for a, t in group.items()}
            for a in holders:
                for b in holders:
                    if a < b:
                        positive |= {(min(i, j), max(i, j)) for i in holders[a] for j in holders[b]}
        for i, j, f in pair_features(sim, lexical, claims, embedder.agreement_threshold, names):
            xs.append(f)
            ys.append(float((min(i, j), max(i, j)) in positive))
    return np.asarray(xs), np.asarray(ys)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 4000, rate: float = 0.5) -> tuple[np.ndarray, float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w)
        b -= rate * float(np.mean(p - y))
    return w, b


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("--embedder", default="static")
    args = parser.parse_args()
    x, y = examples(args.root, args.embedder)
    w, b = fit(x, y)
    print(f"{len(y)} pairs, {int(y.sum())} positive")
    for name, weight in zip(FEATURES, w):
        print(f"  {name:20s} {weight:+.2f}")
    print(f"PAIR_WEIGHTS = ({', '.join(f'{v:.2f}' for v in w)})\nPAIR_BIAS = {b:.2f}")


if __name__ == "__main__":
    main()
