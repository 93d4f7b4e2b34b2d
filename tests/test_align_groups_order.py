"""align.groups: the agreements do not depend on the order the articles are given in.

Four invented articles of three sentences each, with made-up cosines and pair probabilities; the
claims are renumbered as the pipeline numbers them for the articles given in another order (a1,
a2 ... by position, claims in article order, pairs strongest first and ties by index, each pair's
first claim from the earlier article), and the groups, mapped back to the claims, must be the same."""

from __future__ import annotations

import numpy as np
import pytest

from rashomon.comparison.align.groups import content_keys, group_pairs, ordered_pairs
from rashomon.model import Claim

ARTICLES = {
    "ledger": ["The harbour board raised mooring fees", "Two trawlers left for the northern banks",
               "Dock workers met the mayor on Friday"],
    "herald": ["Mooring fees at the harbour went up", "The mayor spoke with dock workers",
               "A storm warning was issued for the coast"],
    "courier": ["Fishing crews criticised the higher fees", "The coast guard warned of a storm",
                "Trawlers headed north despite the warning"],
    "gazette": ["The board defended its new fee scale", "Workers from the docks saw the mayor",
                "Crews expect a poor season this year"],
}
ORDERS = (("ledger", "herald", "courier", "gazette"), ("gazette", "courier", "herald", "ledger"),
          ("herald", "courier", "gazette", "ledger"))


def _story(seed: int) -> tuple[list[tuple[str, int]], np.ndarray, dict[tuple[int, int], float]]:
    """Claims as (outlet, sentence number) with cosines and probabilities for every cross-outlet pair,
    some scores tied."""
    rng = np.random.default_rng(seed)
    claims = [(name, k) for name in ARTICLES for k in range(3)]
    n = len(claims)
    sim, prob = np.eye(n), {}
    for i in range(n):
        for j in range(i + 1, n):
            if claims[i][0] != claims[j][0]:
                sim[i, j] = sim[j, i] = round(float(rng.uniform(0.3, 0.75)), 2)  # two decimals: ties
                prob[(i, j)] = float(rng.uniform(0.0, 0.9))
    return claims, sim, prob


def _groups(story, order: tuple[str, ...]) -> set[frozenset[tuple[str, int]]]:
    """The groups of the story compared with its articles in ``order``, as sets of (outlet, sentence)."""
    claims, sim, prob = story
    index = [claims.index((name, k)) for name in order for k in range(3)]  # the pipeline's numbering
    new = {old: pos for pos, old in enumerate(index)}
    objs = []
    for old in index:
        name, k = claims[old]
        aid = f"a{order.index(name) + 1}"
        text = ARTICLES[name][k]
        objs.append(Claim(id=f"{aid}.s{k + 1}", article=aid, sentence=f"{aid}.s{k + 1}", text=text, start=100 * k, end=100 * k + len(text)))
    s = sim[np.ix_(index, index)]
    p = {(min(new[i], new[j]), max(new[i], new[j])): q for (i, j), q in prob.items()}
    pairs = sorted(((i, j, float(s[i, j])) for (i, j), q in p.items() if q >= 0.15 and s[i, j] >= 0.5), key=lambda t: -t[2])
    return {frozenset(claims[index[k]] for k in members) for members, _ in group_pairs(pairs, objs, s, 0.6, p)}


@pytest.mark.parametrize("seed", range(6))
def test_the_groups_are_the_same_whatever_the_order_of_the_articles(seed: int) -> None:
    story = _story(seed)
    usual = _groups(story, ORDERS[0])
    assert any(len(g) >= 3 for g in usual)  # the story holds groups of three outlets or more
    for order in ORDERS[1:]:
        assert _groups(story, order) == usual, order


def test_pairs_are_ordered_by_score_then_by_content_each_with_its_claims_in_content_order() -> None:
    a = Claim(id="a1.s1", article="a1", sentence="a1.s1", text="Mooring fees went up", start=0, end=20)
    b = Claim(id="a2.s1", article="a2", sentence="a2.s1", text="Fees at the harbour rose", start=0, end=24)
    c = Claim(id="a3.s1", article="a3", sentence="a3.s1", text="Berths cost more now", start=0, end=20)
    claims = [a, b, c]
    keys = content_keys(claims)
    assert keys[0][0] == "Mooring fees went up" and "a1" not in keys[0]
    # a cosine equal but for the last bits of float arithmetic is a tie, broken by the texts
    ordered = ordered_pairs([(0, 1, 0.7), (0, 2, 0.7 + 1e-9), (1, 2, 0.9)], claims)
    assert ordered == [(2, 1, 0.9), (2, 0, 0.7 + 1e-9), (1, 0, 0.7)]
