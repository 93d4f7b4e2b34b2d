"""B-cubed precision, recall and F1: how a clustering of items agrees with a gold clustering.

Used to score story clustering (bench/cluster_quality.py, bench/cluster_scale.py) and to
state how far two clusterings of the same articles agree (streaming against batch, one
ingest against two).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["bcubed"]


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold.

    Scored over the items in ``gold``; an item missing from ``predicted`` counts as a
    singleton.
    """
    if not gold:
        raise ValueError("bcubed: the gold clustering is empty")
    joint: dict[tuple[Any, Any], int] = {}
    pred_size: dict[Any, int] = {}
    gold_size: dict[Any, int] = {}
    for item, gold_cluster in gold.items():
        pred_cluster = predicted.get(item, ("__singleton__", item))
        joint[pred_cluster, gold_cluster] = joint.get((pred_cluster, gold_cluster), 0) + 1
        pred_size[pred_cluster] = pred_size.get(pred_cluster, 0) + 1
        gold_size[gold_cluster] = gold_size.get(gold_cluster, 0) + 1
    # Each of the n items in a (pred, gold) cell has n items in common with its own clusters.
    precision = sum(n * n / pred_size[p] for (p, _), n in joint.items())
    recall = sum(n * n / gold_size[g] for (_, g), n in joint.items())
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
