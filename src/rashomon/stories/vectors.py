"""The clusterer's vector arithmetic that reads no clusterer state: sparse vectors as
``(terms, weights)`` arrays or ``{term: weight}`` dicts, story centroids as dicts."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from .story import Recent, Story
from . import tuning
from .tuning import AGREE_BIG, AGREE_FLOOR, AGREE_MEAN, AGREE_MEMBERS, SPLIT_BELOW

__all__ = ["agrees", "cosine_without", "decay", "similarity", "two_groups"]


def two_groups(vectors: Sequence[tuple[np.ndarray, np.ndarray]]) -> list[int] | None:
    """The positions of the smaller of two groups far apart among these vectors, or None.

    Two-means (the vector least like the sum and the vector least like that one seed the two
    groups); the answer is a group when the two groups' sums have a cosine below
    ``SPLIT_BELOW`` and each has two vectors or more. Two look-alike events merged early
    come apart this way; moving one article at a time cannot undo such a merge.
    """
    terms = [t for t, _ in vectors]
    columns, inverse = np.unique(np.concatenate(terms), return_inverse=True)
    matrix = np.zeros((len(vectors), len(columns)), dtype=np.float32)
    rows = np.repeat(np.arange(len(vectors)), [len(t) for t in terms])
    matrix[rows, inverse] = np.concatenate([w for _, w in vectors])
    centre = matrix.sum(axis=0)
    first = int(np.argmin(matrix @ centre))
    second = int(np.argmin(matrix @ matrix[first]))
    if first == second:
        return None
    a, b = matrix[first], matrix[second]
    label = None
    for _ in range(10):
        new = (matrix @ b) > (matrix @ a)
        if label is not None and np.array_equal(new, label):
            break
        label = new
        if label.all() or not label.any():
            return None
        a, b = matrix[~label].sum(axis=0), matrix[label].sum(axis=0)
    small = int(label.sum())
    if min(small, len(vectors) - small) < 2:
        return None
    cosine = float(a @ b) / ((float(np.linalg.norm(a)) * float(np.linalg.norm(b))) or 1.0)
    if cosine >= SPLIT_BELOW:
        return None
    side = small <= len(vectors) - small
    return [position for position, mine in enumerate(label.tolist()) if mine == side]


def cosine_without(centroid: dict[int, float], norm: float, vector: dict[int, float]) -> float:
    """Cosine of ``vector`` with ``centroid`` (of length ``norm``) minus that vector: how close
    an article is to its own story without itself (-1.0 when nothing is left)."""
    dot = 0.0
    norm2 = norm * norm
    for term in vector.keys() & centroid.keys():
        rest = max(centroid[term] - vector[term], 0.0)
        dot += vector[term] * rest
        norm2 -= centroid[term] * centroid[term] - rest * rest
    return dot / math.sqrt(norm2) if norm2 > 1e-12 else -1.0


def similarity(story: Story, weights: dict[int, float], dense: np.ndarray | None) -> float:
    """Cosine of an article with a story: of their embeddings when both have one, else of
    the article's sparse ``weights`` (unit length) with the story's centroid."""
    if dense is not None and story.dense is not None:
        norm = float(np.linalg.norm(story.dense)) or 1.0
        return float(np.dot(story.dense, dense)) / norm
    if not story.norm:
        return 0.0
    centroid = story.centroid
    # Only the shared terms matter; the key intersection runs in C.
    return sum([weights[term] * centroid[term] for term in weights.keys() & centroid.keys()]) / story.norm


def decay(story: Story, when: float | None, headline: bool = False) -> float:
    """How much a story's score counts for an article dated ``when`` (POSIX seconds):
    1 / (1 + max(0, hours apart - grace) / scale), by the headline or the article penalty of
    :mod:`.tuning` (``HEADLINE_PENALTY``, ``ARTICLE_PENALTY``)."""
    if when is None:
        return 1.0
    penalty = tuning.HEADLINE_PENALTY if headline else tuning.ARTICLE_PENALTY
    since = story.first_time if penalty.since == "first" and story.first_time is not None else story.last_time
    if since is None or not penalty.scale_hours:
        return 1.0
    hours = abs(when - since) / 3600.0 - penalty.grace_hours
    return 1.0 / (1.0 + hours / penalty.scale_hours) if hours > 0 else 1.0


def agrees(members: Sequence[str], recent: Mapping[str, Recent], weights: dict[int, float]) -> bool:
    """Whether an article is close enough to a story's latest ``members`` to join it (see
    ``AGREE_FLOOR`` in :mod:`.tuning`): one of them at ``AGREE_FLOOR`` or more, and for a
    story of ``AGREE_BIG`` articles or more, ``AGREE_MEAN`` on average. Members without a
    ``recent`` vector (near-duplicate copies, or too old) are skipped; with none, it agrees."""
    size = len(members)
    if size < 2:
        return True
    get = weights.get
    values = []
    for member in reversed(members[-2 * AGREE_MEMBERS:]):
        kept = recent.get(member)
        if kept is not None:
            values.append(sum([get(t, 0.0) * w for t, w in zip(kept[0].tolist(), kept[1].tolist())]))
            if len(values) >= AGREE_MEMBERS:
                break
    if not values:
        return True
    if max(values) < AGREE_FLOOR:
        return False
    return size < AGREE_BIG or sum(values) / len(values) >= AGREE_MEAN
