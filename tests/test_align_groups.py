"""Grouping agreeing pairs into agreements (comparison/align/groups.py): coherence, joint evidence,
anchors and merges of overlapping groups."""

from __future__ import annotations

import numpy as np

from rashomon.comparison.align.groups import MARGINS, group_pairs
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
    return [members for members, _ in group_pairs(pairs, claims, sim, 0.65, probability, margins=MARGINS["static"])]


def test_an_outlet_far_from_the_members_in_the_embedders_space_joins_when_its_pairs_tie_it():
    # cosines 0.58 and 0.33: a mean 0.195 under the threshold, one 0.32 under it
    assert _grouped((.58, .33)) == [{0, 1, 2}]


def test_an_outlet_foreign_to_one_member_still_stays_out():
    # a cosine 0.37 under the threshold with the second member: no drift through the first's tie
    assert {0, 1, 2} not in _grouped((.6, .28))


def test_a_claim_may_sit_in_two_groups_but_a_group_holds_one_claim_per_article():
    from rashomon.comparison.align.groups import group_pairs

    # 0: a lead telling two things; 1 and 2: each one of them in article a2; 3: the first in a3
    claims = _claims("a1|The port closed on Tuesday and the mayor promised compensation to families.",
                     "a2|The port closed on Tuesday after the leak.", "a2|The mayor promised compensation to every family.",
                     "a3|On Tuesday the port was closed.")
    sim = np.array([[1, .8, .78, .7], [.8, 1, .2, .85], [.78, .2, 1, .2], [.7, .85, .2, 1]])
    probability = {(0, 1): .9, (0, 2): .8, (0, 3): .6, (1, 3): .9, (1, 2): 0.0, (2, 3): 0.0}
    pairs = sorted(((i, j, sim[i, j]) for (i, j), p in probability.items() if p >= .5), key=lambda x: -x[2])
    groups = [members for members, _ in group_pairs(pairs, claims, sim, 0.65, probability)]
    assert {0, 1, 3} in groups and {0, 2} in groups
    for members in groups:
        assert len({claims[k].article for k in members}) == len(members)


def test_a_third_outlet_joins_when_close_to_both_without_every_pair_passing():
    from rashomon.comparison.align.groups import group_pairs

    claims = _claims("About 140 houses burned.", "The fire destroyed 140 houses.", "Nearly 150 homes were burned down.")
    sim = np.array([[1, .75, .72], [.75, 1, .6], [.72, .6, 1]])
    probability = {(0, 1): .8, (0, 2): .7, (1, 2): .1}  # the third pair alone would not agree
    pairs = [(0, 1, .75), (0, 2, .72)]
    assert [members for members, _ in group_pairs(pairs, claims, sim, 0.65, probability)] == [{0, 1, 2}]


def test_a_chain_of_pairs_does_not_drift_from_one_proposition_to_another():
    from rashomon.comparison.align.groups import group_pairs

    # 0 ~ 1 (the same claim), 1 ~ 2 only through a shared speaker: 2 says something else
    claims = _claims("The mayor said the water supply had been cut.", "The mayor said the water was cut off.",
                     "The mayor said enough tents had arrived.")
    sim = np.array([[1, .85, .3], [.85, 1, .7], [.3, .7, 1]])
    probability = {(0, 1): .9, (1, 2): .4, (0, 2): 0.0}
    pairs = [(0, 1, .85), (1, 2, .7)]
    groups = [members for members, _ in group_pairs(pairs, claims, sim, 0.65, probability)]
    assert {0, 1} in groups and {0, 1, 2} not in groups


def test_an_outlet_weakly_tied_to_every_member_joins_on_the_joint_evidence():
    from rashomon.comparison.align.groups import group_pairs

    claims = _claims("The election is due in October.", "The parliamentary elections of the month of October.",
                     "October's vote decides the parliament.", "a3|The harvest was poor this year.")
    sim = np.array([[1, .87, .55, .2], [.87, 1, .55, .2], [.55, .55, 1, .3], [.2, .2, .3, 1]])
    pairs = [(0, 1, .87)]  # only the first two agree on their own
    joint = {(0, 1): .8, (0, 2): .09, (1, 2): .09, (0, 3): .01, (1, 3): .01}
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, joint)] == [{0, 1, 2}]
    # tied to one member only: no joint evidence, it stays out
    one_sided = {(0, 1): .8, (0, 2): .15, (1, 2): 0.0, (0, 3): .01, (1, 3): .01}
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, one_sided)] == [{0, 1}]
    # another claim of its article is likelier for a member: the weaker one does not join
    rival = {(0, 1): .8, (0, 2): .09, (1, 2): .09, (0, 3): .12, (1, 3): .01}
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, rival)] == [{0, 1}]


def _mutual(
    probability: dict[tuple[int, int], float], to_newcomer: float = .5, newcomer: str = "The envoys got up from the negotiating table.",
) -> list[set[int]]:
    """Two outlets telling one claim (0, 1), another claim of the second outlet's article (2), and
    a third outlet telling the claim in other words (3), each of its ties weak."""
    claims = _claims("The delegates walked out of the talks on Monday.", "a2|On Monday the delegates left the talks.",
                     "a2|The talks resume next week.", f"a3|{newcomer}")
    assert [c.article for c in claims] == ["a1", "a2", "a2", "a3"]
    sim = np.array([[1, .85, .3, to_newcomer], [.85, 1, .3, to_newcomer], [.3, .3, 1, .4], [to_newcomer, to_newcomer, .4, 1]])
    return [m for m, _ in group_pairs([(0, 1, .85)], claims, sim, 0.65, probability, margins=MARGINS["static"])]


def test_a_newcomer_and_members_likeliest_for_each_other_both_ways_join_on_weaker_joint_evidence(monkeypatch):
    from rashomon.comparison.align import groups

    # noisy-or 1 - 0.94 * 0.95 = 0.107: under JOINT_PROBABILITY, over JOINT_MUTUAL
    weak = {(0, 1): .8, (0, 3): .06, (1, 3): .05, (0, 2): .0, (1, 2): .0, (2, 3): .02}
    assert _mutual(weak) == [{0, 1, 3}]
    monkeypatch.setattr(groups, "JOINT_MUTUAL", 1.0)  # off: the usual bar keeps it out
    assert _mutual(weak) == [{0, 1}]


def test_a_newcomer_likelier_for_another_claim_of_a_members_article_far_from_the_members_or_of_two_clauses_stays_out():
    # the newcomer's likeliest claim of the second article is the other one: not mutual, the usual bar
    rival = {(0, 1): .8, (0, 3): .06, (1, 3): .05, (0, 2): .0, (1, 2): .0, (2, 3): .07}
    assert _mutual(rival) == [{0, 1}]
    # mutual, but the cosines fail the coherence check: the lower bar does not waive them
    weak = {(0, 1): .8, (0, 3): .06, (1, 3): .05, (0, 2): .0, (1, 2): .0, (2, 3): .02}
    assert _mutual(weak, to_newcomer=.4) == [{0, 1}]
    # a sentence of two clauses may tell something of its own in the other: the usual bar
    two = "The envoys got up from the negotiating table, and reporters waited outside the hall for hours."
    assert _mutual(weak, newcomer=two) == [{0, 1}]
    # too weak even for the lower bar
    weaker = {(0, 1): .8, (0, 3): .04, (1, 3): .04, (0, 2): .0, (1, 2): .0, (2, 3): .01}
    assert _mutual(weaker) == [{0, 1}]


def test_an_outlet_joining_on_joint_evidence_passes_the_cosine_checks_with_a_figure_that_fits_every_member(monkeypatch):
    from rashomon.comparison.align import groups
    from rashomon.comparison.align.groups import group_pairs

    claims = _claims("Inspectors put 2,310 ballots aside as spoiled.", "More than 2,300 ballots were put aside as spoiled.",
                     "The board looked at over 2,300 contested papers.", "a3|The board met in the town hall.")
    sim = np.array([[1, .80, .45, .2], [.80, 1, .42, .2], [.45, .42, 1, .3], [.2, .2, .3, 1]])  # the third paraphrases poorly
    pairs = [(0, 1, .80)]
    joint = {(0, 1): .9, (0, 2): .08, (1, 2): .09, (0, 3): .01, (1, 3): .01}
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, joint)] == [{0, 1, 2}]
    monkeypatch.setattr(groups, "JOINT_FIGURES", 0)
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, joint)] == [{0, 1}]
    monkeypatch.setattr(groups, "JOINT_FIGURES", 1)
    # a figure that fits no member's ("over 5,000"): the cosines still keep it out
    other = _claims("Inspectors put 2,310 ballots aside as spoiled.", "More than 2,300 ballots were put aside as spoiled.",
                    "The board looked at over 5,000 contested papers.", "a3|The board met in the town hall.")
    assert [m for m, _ in group_pairs(pairs, other, sim, 0.65, joint)] == [{0, 1}]


def test_a_newcomer_stating_a_rare_figure_with_every_member_passes_the_cosine_checks():
    from rashomon.comparison.align.pairs import shared_figures
    from rashomon.comparison.align.groups import group_pairs

    claims = _claims("A magnitude 6.8 earthquake struck the north on Tuesday, killing 212 people.",
                     "Rescuers searched the rubble after the 6.8-magnitude quake.",
                     "In the north the earth shook on Tuesday with a strength of 6,8.")
    sim = np.array([[1, .70, .64], [.70, 1, .34], [.64, .34, 1]])  # the second and third tell other things too
    probability = {(0, 1): .87, (0, 2): .95, (1, 2): 0.0}
    pairs = [(0, 2, .64), (0, 1, .70)]
    figures = shared_figures(claims, 4)
    assert figures[1, 2] > 0  # "6.8" and "6,8"
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, probability)] != [{0, 1, 2}]
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, probability, None, figures)] == [{0, 1, 2}]


def test_joins_on_joint_evidence_stop_at_their_budget_and_say_so(monkeypatch, caplog):
    from rashomon.comparison.align import groups
    from rashomon.comparison.align.groups import group_pairs

    claims = _claims("The election is due in October.", "The parliamentary elections of the month of October.",
                     "October's vote decides the parliament.", "a3|The harvest was poor this year.")
    sim = np.array([[1, .87, .55, .2], [.87, 1, .55, .2], [.55, .55, 1, .3], [.2, .2, .3, 1]])
    joint = {(0, 1): .8, (0, 2): .09, (1, 2): .09, (0, 3): .01, (1, 3): .01}
    monkeypatch.setattr(groups, "MAX_JOINT_CELLS", 1)
    with caplog.at_level("WARNING"):
        assert [m for m, _ in group_pairs([(0, 1, .87)], claims, sim, 0.65, joint)] == [{0, 1}]
    assert "joint evidence stopped" in caplog.text


def test_a_newcomer_anchored_on_the_clause_that_holds_a_group_joins_it():
    from rashomon.comparison.align.groups import group_pairs

    claims = _claims("A magnitude 6.8 earthquake struck the north on Tuesday, the agency said.",
                     "The 6.8-magnitude quake hit the province.", "The earth shook with a strength of 6,8 on Tuesday.")
    sim = np.array([[1, .7, .64], [.7, 1, .45], [.64, .45, 1]])
    probability = {(0, 1): .48, (0, 2): .46, (1, 2): 0.0}  # the two paraphrases share nothing
    pairs = [(0, 1, .7), (0, 2, .64)]
    same = np.full((3, 3), -1)
    same[0, 1] = same[0, 2] = 7  # claim 0 meets both on one clause
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, probability, same)] == [{0, 1, 2}]
    other = same.copy()
    other[0, 2] = 8  # ... or on two different clauses: two propositions
    assert sorted(map(sorted, (m for m, _ in group_pairs(pairs, claims, sim, 0.65, probability, other)))) == [[0, 1], [0, 2]]
    # ... unless the tie on the other clause is very strong
    strong = {**probability, (0, 2): .7}
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, strong, other)] == [{0, 1, 2}]


def test_two_groups_sharing_two_members_merge_when_their_newcomers_tell_the_same(monkeypatch):
    from rashomon.comparison.align import groups

    # (a figure that fits every member's would bring a newcomer in on joint evidence: the merge alone here)
    monkeypatch.setattr(groups, "JOINT_FIGURES", 0)
    claims = _claims("Prosecutors said 64 people had been arrested.", "64 persons were detained.",
                     "Dozens of people have been arrested since Thursday.", "a4|More than sixty conspirators have been detained.",
                     "a4|The conspirators were led by a colonel.")
    assert [c.article for c in claims] == ["a1", "a2", "a3", "a4", "a4"]
    sim = np.array([[1, .71, .55, .39, .3], [.71, 1, .39, .45, .3], [.55, .39, 1, .5, .3], [.39, .45, .5, 1, .3], [.3] * 4 + [1]])
    # the two newcomers (2 and 3) each close to the figure's two tellings (0 and 1), too weakly tied to each other
    probability = {(0, 1): .67, (0, 2): .63, (0, 3): .24, (1, 2): .07, (1, 3): .27, (2, 3): .08, (0, 4): .01, (1, 4): .01}
    pairs = sorted(((i, j, sim[i, j]) for (i, j), p in probability.items() if p >= .15), key=lambda x: -x[2])
    assert [sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability)] == [[0, 1, 2, 3]]
    # another claim of a newcomer's article is likelier for a shared member: no merge
    rival = {**probability, (0, 4): .3}
    assert sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, rival)) == [[0, 1, 2], [0, 1, 3]]


def test_two_groups_sharing_two_members_stay_apart_without_the_merge(monkeypatch):
    from rashomon.comparison.align import groups

    monkeypatch.setattr(groups, "OVERLAP_MEMBERS", 0)
    monkeypatch.setattr(groups, "JOINT_FIGURES", 0)  # (the figures would join them on joint evidence)
    claims = _claims("Prosecutors said 64 people had been arrested.", "More than sixty conspirators have been detained.",
                     "Dozens of people have been arrested since Thursday.", "64 persons were detained.")
    sim = np.array([[1, .39, .55, .71], [.39, 1, .5, .45], [.55, .5, 1, .39], [.71, .45, .39, 1]])
    probability = {(0, 1): .24, (0, 2): .63, (0, 3): .67, (1, 2): .08, (1, 3): .27, (2, 3): .07}
    pairs = sorted(((i, j, sim[i, j]) for (i, j), p in probability.items() if p >= .15), key=lambda x: -x[2])
    assert sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability)) == [[0, 1, 3], [0, 2, 3]]


def test_two_groups_sharing_two_members_merge_when_their_far_newcomers_state_one_rare_figure(monkeypatch):
    from rashomon.comparison.align import groups

    monkeypatch.setattr(groups, "JOINT_FIGURES", 0)  # (the merge alone here)
    claims = _claims("Nineteen miners were trapped when the tunnel collapsed.", "The collapse trapped 19 workers underground.",
                     "Rescuers said 19 men were stuck below ground.", "Nineteen people remain in the shaft, officials said.")
    # the two newcomers (2 and 3) far apart in the embedder's space (0.25, under the drift floor)
    sim = np.array([[1, .75, .6, .6], [.75, 1, .6, .55], [.6, .6, 1, .25], [.6, .55, .25, 1]])
    probability = {(0, 1): .8, (0, 2): .6, (0, 3): .5, (1, 2): .5, (1, 3): .4, (2, 3): .05}
    pairs = sorted(((i, j, sim[i, j]) for (i, j), p in probability.items() if p >= .15), key=lambda x: -x[2])
    figures = np.zeros((4, 4))
    figures[2, 3] = figures[3, 2] = 1  # the rare figure the newcomers both state
    merged = groups.group_pairs(pairs, claims, sim, 0.65, probability, figures=figures)
    assert [sorted(m) for m, _ in merged] == [[0, 1, 2, 3]]
    apart = sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability))
    assert apart == [[0, 1, 2], [0, 1, 3]]
    monkeypatch.setattr(groups, "FIGURE_REACH", 0)
    assert sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability, figures=figures)) == apart


def test_two_groups_sharing_one_member_merge_unless_their_newcomers_state_figures_that_clash(monkeypatch):
    from rashomon.comparison.align import groups

    def grouped(*texts):
        claims = _claims(*texts)
        sim = np.array([[1, .7, .6], [.7, 1, .45], [.6, .45, 1]])
        # the debate's two other tellings each tied to the lead, too weakly to each other to join
        probability = {(0, 1): .35, (0, 2): .3, (1, 2): .01}
        pairs = sorted(((i, j, sim[i, j]) for (i, j), p in probability.items() if p >= .15), key=lambda x: -x[2])
        return sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability))

    debate = ("Wallau and Moroz met in the only televised debate of the campaign on Thursday.",
              "The candidates met on Thursday evening in the campaign's only television debate.",
              "Facing Moroz in the only televised debate, Wallau stayed calm.")
    assert grouped(*debate) == [[0, 1, 2]]
    # "14 freed" and "40 released later" each tied to a lead stating both: two propositions
    freed = ("Tamaruk freed 14 members of the clan on Tuesday and will free 40 more later.",
             "Fourteen sons of the clan walked out of prison on Tuesday.",
             "Tamaruk will release 40 prisoners later under the agreement.")
    assert grouped(*freed) == [[0, 1], [0, 2]]
    monkeypatch.setattr(groups, "SINGLE_OVERLAP", 0)
    assert grouped(*debate) == [[0, 1], [0, 2]]


def test_groups_sharing_one_lead_clause_merge_though_another_claim_is_likelier_for_it(monkeypatch):
    from dataclasses import replace

    from rashomon.comparison.align import groups

    claims = list(_claims("DRUNESK, March 12 — A quake struck the north early on Tuesday, killing dozens.",
                          "The earthquake tore through the town in the early hours of Tuesday.",
                          "a3|On Tuesday at 3.42 in the morning the earth shook in the north.",
                          "a3|Rescue teams from the north arrived on Tuesday."))
    claims.append(replace(claims[0], id=f"{claims[0].id}.u1"))  # 4: a clause of the lead, a unit of its own
    sim = np.full((5, 5), .6) + np.eye(5) * .4
    # the lead's clause is tied to a2's and a3's tellings; a3's other claim is likelier for it, but no pair
    probability = {(1, 4): .35, (2, 4): .3, (3, 4): .32, (1, 2): .01, (0, 1): .01, (0, 2): .01, (1, 3): .01}
    pairs = [(1, 4, .62), (2, 4, .61)]

    def grouped():
        return sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability))

    assert grouped() == [[1, 2, 4]]
    monkeypatch.setattr(groups, "LEAD_RELAX", 0)
    assert grouped() == [[1, 4], [2, 4]]


def test_a_weakly_tied_shared_member_and_an_opening_rival_do_not_keep_two_groups_apart(monkeypatch):
    from rashomon.comparison.align import groups

    claims = _claims("a1|Rebels tried to storm the palace and seized the state broadcaster.",
                     "a2|In the night rebels attempted an assault on the presidential palace.",
                     "a3|An attempt to attack the residence of the head of state was repelled.",
                     "a4|Coup attempt fails in Karsavia.", "a4|The capital was quiet on Friday.",
                     "a4|Colonel Ormanov's men tried to force their way into the palace.")
    assert [c.article for c in claims] == ["a1", "a2", "a3", "a4", "a4", "a4"]
    sim = np.full((6, 6), .6) + np.eye(6) * .4
    sim[0, 1] = sim[1, 0] = .7
    # 0: a lead telling the assault among other things, weakly tied to either newcomer (2, 5) and
    # on different clauses; 1 tells it alone, and a4's headline (3) is likelier for it than 5
    probability = {(0, 1): .5, (1, 2): .45, (1, 5): .3, (1, 3): .46, (0, 2): .015, (0, 5): .07, (2, 5): .09,
                   (0, 3): .01, (2, 3): .01}
    pairs = [(0, 1, .7), (1, 2, .65), (1, 5, .62)]
    anchor = np.full((6, 6), -1)
    anchor[0, 2], anchor[0, 5] = 0, 1

    def grouped():
        return sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability, anchor))

    assert grouped() == [[0, 1, 2, 5]]
    monkeypatch.setattr(groups, "LEAD_RIVALS", 0)
    assert grouped() == [[0, 1, 2], [0, 1, 5]]
    monkeypatch.setattr(groups, "LEAD_RIVALS", 1)
    monkeypatch.setattr(groups, "WEAK_TIE", 0)
    assert grouped() == [[0, 1, 2], [0, 1, 5]]


def test_the_cosine_margins_are_read_on_the_embedders_own_scale(monkeypatch):
    from rashomon.backends.embedders import get_embedder
    from rashomon.comparison import align

    seen = []
    monkeypatch.setattr(align, "group_pairs", lambda *args, **kwargs: seen.append(args[-1]) or [])
    claims = _claims("The port closed on Tuesday after a leak.", "The port was closed on Tuesday after the leak.")
    align.align_claims(claims, get_embedder("tfidf"))
    assert seen == [None]  # tfidf: COHERENCE_MARGIN and DRIFT_MARGIN
    assert MARGINS["static"][0] > 0.15 and MARGINS["static"][1] > 0.3


def _second_telling_groups(monkeypatch, body_ties: tuple[float, float], rival_ties: tuple[float, float] = (0, 0),
                           on: bool = True) -> list[list[int]]:
    """a1 and a2 tell the grounding in a sentence each; a3's headline tells it in brief among other
    things and is grouped with them, while a3's body tells it in full, tied to both (body_ties)."""
    from rashomon.comparison.align import groups

    claims = _claims("a1|The tanker struck the Grey Skerries at about 4 a.m. on Saturday.",
                     "a2|At four in the morning the ship ran onto the rocks of the Grey Skerries.",
                     "a3|Tanker aground, oil on the beaches, shares fall.",
                     "a3|Fishermen watched the black tide reach the harbour.",
                     "a3|The ship hit the Grey Skerries shortly before dawn on Saturday.",
                     "a3|Crews fought the oil on the beaches for a second day.")
    sim = np.full((6, 6), .5) + np.eye(6) * .5
    sim[0, 1] = sim[1, 0] = .8
    probability = {(0, 1): .9, (0, 2): .3, (1, 2): .2, (0, 4): body_ties[0], (1, 4): body_ties[1],
                   (0, 5): rival_ties[0], (1, 5): rival_ties[1], (0, 3): .01, (1, 3): .01}
    pairs = [(0, 1, .8), (0, 2, .6), (1, 2, .6)]
    monkeypatch.setattr(groups, "SECOND_PROBABILITY", 0.15 if on else 0)
    return sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability))


def test_a_body_sentence_telling_a_groups_claim_better_than_its_headline_joins_as_a_second_claim(monkeypatch):
    assert _second_telling_groups(monkeypatch, (.6, .5)) == [[0, 1, 2, 4]]
    assert _second_telling_groups(monkeypatch, (.6, .5), on=False) == [[0, 1, 2]]


def test_a_body_sentence_tied_less_than_the_headline_or_outranked_in_its_article_stays_out(monkeypatch):
    assert _second_telling_groups(monkeypatch, (.2, .1)) == [[0, 1, 2]]  # 0.28 < the headline's 0.44
    # 5 is likelier for a1's claim (and tied to a2's under JOINT_FLOOR itself)
    assert _second_telling_groups(monkeypatch, (.6, .5), rival_ties=(.7, .01)) == [[0, 1, 2]]
    assert _second_telling_groups(monkeypatch, (.6, .01)) == [[0, 1, 2]]  # a tie under JOINT_FLOOR


def test_an_opening_never_joins_a_group_as_a_second_claim_of_its_article():
    from rashomon.comparison.align import groups

    claims = _claims("a1|The tanker struck the Grey Skerries at about 4 a.m. on Saturday.",
                     "a2|At four in the morning the ship ran onto the rocks of the Grey Skerries.",
                     "a3|Tanker aground, oil on the beaches, shares fall.",
                     "a3|Fishermen watched the black tide reach the harbour.",
                     "a3|The ship hit the Grey Skerries shortly before dawn on Saturday.")
    sim = np.full((5, 5), .7) + np.eye(5) * .3
    # a3's headline is tied to both more strongly than its body sentence, which the group holds
    probability = {(0, 1): .9, (0, 4): .6, (1, 4): .5, (0, 2): .95, (1, 2): .9, (0, 3): .01, (1, 3): .01}
    pairs = [(0, 1, .8), (0, 4, .7), (1, 4, .7)]
    assert sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability)) == [[0, 1, 4]]


def test_a_group_holding_a_body_sentence_takes_no_second_one_of_its_article(monkeypatch):
    from rashomon.comparison.align import groups

    claims = _claims("a1|The tanker struck the Grey Skerries at about 4 a.m. on Saturday.",
                     "a2|At four in the morning the ship ran onto the rocks of the Grey Skerries.",
                     "a3|Tanker aground, oil on the beaches, shares fall.",
                     "a3|Fishermen watched the black tide reach the harbour.",
                     "a3|Crews said the ship was in trouble before dawn.",
                     "a3|The ship hit the Grey Skerries shortly before dawn on Saturday.")
    sim = np.full((6, 6), .7) + np.eye(6) * .3
    # the group holds a3's fourth sentence (4); its sixth (5) ties both members more strongly
    probability = {(0, 1): .9, (0, 4): .3, (1, 4): .3, (0, 5): .6, (1, 5): .5, (0, 2): .01, (1, 2): .01,
                   (0, 3): .01, (1, 3): .01}
    pairs = [(0, 1, .8), (0, 4, .7), (1, 4, .7)]

    def grouped():
        return sorted(sorted(m) for m, _ in groups.group_pairs(pairs, claims, sim, 0.65, probability))

    assert grouped() == [[0, 1, 4]]
    monkeypatch.setattr(groups, "SECOND_FROM_OPENING", 0)
    assert grouped() == [[0, 1, 4, 5]]


def _hub(newcomers: tuple[str, str], ties: tuple[float, float], apart: float = .45) -> list[set[int]]:
    """One member tied to two newcomers that share no wording with each other (no pair probability),
    ``apart`` their cosine."""
    claims = _claims("a1|Anyone who fails the retest will lose the place.", "a2|" + newcomers[0], "a3|" + newcomers[1])
    sim = np.array([[1, .75, .7], [.75, 1, apart], [.7, apart, 1]])
    probability = {(0, 1): ties[0], (0, 2): ties[1]}
    pairs = [(0, 1, .75), (0, 2, .7)]
    return [m for m, _ in group_pairs(pairs, claims, sim, 0.65, probability)]


def test_two_loose_paraphrases_each_tied_to_one_member_join_it():
    assert _hub(("Students who fail will be expelled.", "Failing it means losing the seat."), (.3, .25)) == [{0, 1, 2}]


def test_two_newcomers_stay_apart_when_one_tie_is_weak_or_the_reach_is_off(monkeypatch):
    import rashomon.comparison.align.groups as groups

    assert {0, 1, 2} not in _hub(("Students who fail will be expelled.", "Failing it means losing the seat."), (.3, .1))
    # cosine under the drift floor: the member may tie them on two things (a speaker, a place)
    assert {0, 1, 2} not in _hub(("Students who fail will be expelled.", "Failing it means losing the seat."), (.3, .25), .25)
    monkeypatch.setattr(groups, "HUB_PROBABILITY", 0.0)
    assert {0, 1, 2} not in _hub(("Students who fail will be expelled.", "Failing it means losing the seat."), (.3, .25))


def test_two_newcomers_whose_figures_clash_stay_apart():
    assert {0, 1, 2} not in _hub(("Twelve students who fail will be expelled.", "Forty students failing lose the seat."), (.3, .25))


def test_a_newcomer_met_through_a_members_whole_sentence_is_no_second_proposition():
    claims = _claims("A keeper failed to close the gate after feeding the pack at noon.",
                     "A keeper left a gate unlatched.", "The gate was not shut after the midday feed.")
    sim = np.array([[1, .7, .64], [.7, 1, .45], [.64, .45, 1]])
    probability = {(0, 1): .48, (0, 2): .46}
    pairs = [(0, 1, .7), (0, 2, .64)]
    anchor = np.full((3, 3), -1)
    anchor[0, 1], anchor[0, 2] = 7, 8  # met on two clauses: kept apart
    assert sorted(map(sorted, (m for m, _ in group_pairs(pairs, claims, sim, 0.65, probability, anchor)))) == [[0, 1], [0, 2]]
    anchor[0, 2] = -2 - 8  # the second meets the whole sentence as well as its clause
    assert [m for m, _ in group_pairs(pairs, claims, sim, 0.65, probability, anchor)] == [{0, 1, 2}]
