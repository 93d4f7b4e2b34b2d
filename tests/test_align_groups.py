"""Grouping agreeing pairs (comparison/align/groups.py): the coherence check's cosine margins."""

from __future__ import annotations

import numpy as np

from rashomon.comparison.align.groups import group_pairs
from tests.test_align import _claims


def _grouped(sim_to_newcomer: tuple[float, float]) -> list[set[int]]:
    """Two outlets telling one claim in close words, and a third that translates it loosely: tied to
    the first by its pair probability, far from both in the embedder's space."""
    claims = _claims("The league banned the club from signing new players.",
                     "The club may not sign new players, the league ruled.",
                     "The team can register no reinforcements, says the federation.")
    to_first, to_second = sim_to_newcomer
    sim = np.array([[1, .8, to_first], [.8, 1, to_second], [to_first, to_second, 1]])
    probability = {(0, 1): .9, (0, 2): .5, (1, 2): .1}
    pairs = [(0, 1, .8), (0, 2, to_first)]
    return [members for members, _ in group_pairs(pairs, claims, sim, 0.65, probability)]


def test_an_outlet_far_from_the_members_in_the_embedders_space_joins_when_its_pairs_tie_it():
    # cosines 0.58 and 0.33: a mean 0.195 under the threshold, one 0.32 under it
    assert _grouped((.58, .33)) == [{0, 1, 2}]


def test_an_outlet_foreign_to_one_member_still_stays_out():
    # a cosine 0.37 under the threshold with the second member: no drift through the first's tie
    assert {0, 1, 2} not in _grouped((.6, .28))
