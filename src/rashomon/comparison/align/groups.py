"""Agreeing pairs into agreements: one group per proposition, across all articles at once.

A claim may sit in several groups (a lead that carries four claims agrees with four different
sentences elsewhere), but a group holds at most one claim of each article. Pairs are taken
strongest first; a pair extends a group holding one of its claims, or joins two groups, when
the claims it brings in are close on average to every member already there (a coherence check:
no chain of pairwise matches drifts from one proposition to another); otherwise it starts a
group of its own. Weaker pairs (``weak``) may only bring a claim into an existing group, on the
same check: a claim told by three outlets is grouped when it is tied to one of the others and
close to all, without every pair passing on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from ...model import Claim

# A group takes claims whose cosines with its members average this close to the threshold.
COHERENCE_MARGIN = 0.15


def group_pairs(
    pairs: Sequence[tuple[int, int, float]],
    weak: Sequence[tuple[int, int, float]],
    claims: Sequence[Claim],
    sim: np.ndarray,
    threshold: float,
) -> list[tuple[set[int], float]]:
    """Groups of claim indices with their strongest pair's score, no group inside another."""
    article = [c.article for c in claims]
    coherence = threshold - COHERENCE_MARGIN
    groups: list[set[int]] = []
    scores: list[float] = []
    holding: dict[int, list[int]] = defaultdict(list)  # claim -> the groups that hold it

    def cohesion(new: set[int], members: set[int]) -> float | None:
        """Mean cosine of the newcomers with the members, or None when an article would hold two claims."""
        taken = {article[k] for k in members}
        if any(article[k] in taken for k in new) or len({article[k] for k in new}) < len(new):
            return None
        return float(np.mean([sim[x, y] for x in new for y in members]))

    def options(i: int, j: int) -> list[tuple[float, int, set[int]]]:
        """(cohesion, group, claims to add) for each way the pair can extend a group."""
        out = []
        for g in holding[i]:
            for h in holding[j]:
                fit = cohesion(groups[h] - groups[g], groups[g])
                if fit is not None and fit >= coherence:
                    out.append((fit, g, groups[h] - groups[g]))
            fit = cohesion({j}, groups[g])
            if fit is not None and fit >= coherence:
                out.append((fit, g, {j}))
        for h in holding[j]:
            fit = cohesion({i}, groups[h])
            if fit is not None and fit >= coherence:
                out.append((fit, h, {i}))
        # the largest extension first, then the closest
        out.sort(key=lambda o: (-len(o[2]), -o[0]))
        return out

    for strong, batch in ((True, pairs), (False, weak)):
        for i, j, score in batch:
            if set(holding[i]) & set(holding[j]):
                continue
            found = options(i, j)
            if found:
                _, g, new = found[0]
                groups[g] |= new
                for k in new:
                    holding[k].append(g)
                if strong:
                    scores[g] = max(scores[g], score)
            elif strong:
                groups.append({i, j})
                scores.append(score)
                holding[i].append(len(groups) - 1)
                holding[j].append(len(groups) - 1)
    out: list[tuple[set[int], float]] = []
    for g in sorted(range(len(groups)), key=lambda g: -len(groups[g])):
        if not any(groups[g] <= kept for kept, _ in out):
            out.append((groups[g], scores[g]))
    return out
