"""Distinctive slots two claims share (comparison/align/slots.py): measures, long spans of time,
days with their part of the day; the one-to-one tie they make; a newcomer they bring into a group."""

from __future__ import annotations

import numpy as np

from rashomon.comparison.align.groups import MARGINS, group_pairs
from rashomon.comparison.align.slots import anchored_pairs, part_of_clock, slot_keys, slot_ties, story_slots
from tests.test_align import _claims


def test_a_measure_and_a_long_span_are_slots_however_written():
    a, b, c, d = _claims("Engineers bored a 20-centimetre shaft into the dam.", "They opened a hole of 20 centimeters.",
                         "Dockers ended a 12-day stoppage.", "After twelve days of chaos the port reopened.")
    assert slot_keys(a) & slot_keys(b)
    assert slot_keys(c) & slot_keys(d)


def test_a_bare_count_a_small_span_and_a_bare_weekday_are_no_slots():
    # "14 killed" / "14 arrested", "three days of mourning" / "three days after": no role fixed
    claims = _claims("Police said 14 people were killed.", "Officers arrested 14 people.",
                     "The king declared three days of mourning.", "Three days after the flood, roads are shut.",
                     "The court sits on Friday.")
    assert not any(slot_keys(c) for c in claims)


def test_a_span_with_a_fraction_is_a_slot_however_written():
    # "a day and a half" is no common phrase, as "three days" is
    a, b, c = _claims("The talks ran an extra day and a half.", "Delegates haggled for 36 hours past the deadline.",
                      "Engineers needed two and a half days to restore power.")
    assert slot_keys(a) == slot_keys(b) == {"u:36 h"}
    assert slot_keys(c) == {"u:60 h"}


def test_a_day_with_its_part_of_the_day_is_a_slot_written_or_told_by_a_clock_time():
    a, b, c = _claims("The minister toured the valley on Sunday evening.", "On Sunday evening she flew over the valley.",
                      "Divers reached the wreck at about 7 p.m. on Sunday.")
    assert slot_keys(a) == slot_keys(b) == {"m:sunday:evening"}
    assert slot_keys(c) == {"m:sunday:evening"}
    assert part_of_clock("09:00") == "morning" and part_of_clock("23:30") == "night"


def test_a_day_that_bounds_a_span_is_no_moment():
    (claim,) = _claims("Dozens have been held since Sunday evening.")
    assert not slot_keys(claim)


def test_a_slot_an_outlet_repeats_in_many_claims_anchors_nothing():
    claims = _claims("a1|The debate opened on Sunday evening.", "a1|The mayor spoke first on Sunday evening.",
                     "a1|She attacked him on Sunday evening.", "a1|He had no answer on Sunday evening.",
                     "a2|Viewers watched on Sunday evening.")
    assert not any(story_slots(claims))


def test_a_slot_ties_each_claim_to_its_likeliest_counterpart_only():
    # two claims of a2 state the slot; only the one likelier for a1's is tied to it
    claims = _claims("a1|The minister toured the valley on Sunday evening.",
                     "a2|On Sunday evening she flew over the valley.", "a2|Rescue teams were there on Sunday evening.")
    slots = story_slots(claims)
    first, second, p = np.array([0, 0]), np.array([1, 2]), np.array([0.08, 0.05])
    assert anchored_pairs(first, second, p, claims, slots).tolist() == [True, False]
    ties = slot_ties(claims, {(0, 1): 0.08, (0, 2): 0.05}, 0.04)
    assert ties[0, 1] == 2 and ties[0, 2] == 1 and ties[1, 2] == 0


def test_a_newcomer_a_slot_ties_to_one_member_and_shares_with_the_other_joins_the_group():
    claims = _claims("The minister toured the flooded valley on Sunday evening.",
                     "On Sunday evening the minister visited the valley.",
                     "The head of government let herself be filmed between the rescuers on Sunday evening.")
    sim = np.array([[1, .8, .3], [.8, 1, .25], [.3, .25, 1]])
    probability = {(0, 1): .9, (0, 2): .06, (1, 2): .02}
    pairs = [(0, 1, .8), (0, 2, .3)]
    without = [m for m, _ in group_pairs(pairs, claims, sim, 0.65, probability, margins=MARGINS["static"])]
    ties = slot_ties(claims, probability, 0.04)
    with_slots = [m for m, _ in group_pairs(pairs, claims, sim, 0.65, probability, margins=MARGINS["static"], slots=ties)]
    assert {0, 1, 2} not in without
    assert {0, 1, 2} in with_slots
