"""Two sentences whose own anchors disagree tell two occasions (conflicts/occasions.py)."""

from rashomon.comparison.conflicts.occasions import opponents
from tests.conftest import conflicts_of


def _kinds(*texts):
    return sorted(c.kind for c in conflicts_of(*texts))


def test_the_counterpart_is_whom_the_act_was_against():
    assert opponents("Marlow ran for 84 yards in the victory over the Harbor Hawks on Nov. 9.") == {"Harbor Hawks"}
    assert opponents("He looked sharper on Sunday against Dunmore, running for 71 yards.") == {"Dunmore"}
    assert opponents("He ran for 71 yards on Sunday.") == set()


def test_two_games_against_two_opponents_are_no_number_or_date_conflict():
    assert _kinds(
        "Posted November 18, 2025.\nThe running back Marlow finally looked sharp on Sunday against Dunmore, "
        "when he ran for 71 yards on nine carries.",
        "Posted November 18, 2025.\nIn the Rovers' 20-17 victory over the Harbor Hawks on Nov. 9, the running back "
        "Marlow ran for 84 yards on nine carries.",
    ) == []


def test_one_game_told_with_two_yardages_is_still_a_number_conflict():
    assert "number" in _kinds(
        "The running back Marlow ran for 71 yards on Sunday against Dunmore, the coach said.",
        "The running back Marlow ran for 84 yards on Sunday against Dunmore, the coach said.",
    )


def test_two_crashes_at_two_street_addresses_are_no_time_conflict():
    assert _kinds(
        "At about 6 p.m., the cyclist was riding near the corner of 43rd Street and Fennel Avenue in Oakridge.",
        "A cyclist was struck and hurt by a van as she rode along Harbor Road near 12th Street shortly before 11 p.m., police said.",
    ) == []


def test_one_crash_at_one_address_told_at_two_times_is_still_a_date_conflict():
    assert "date" in _kinds(
        "At about 6 p.m., the cyclist was struck by a van near the corner of 43rd Street and Fennel Avenue, police said.",
        "At about 11 p.m., the cyclist was struck by a van near the corner of 43rd Street and Fennel Avenue, police said.",
    )


def test_one_crash_at_one_address_with_two_counts_is_still_a_number_conflict():
    assert "number" in _kinds(
        "Three pedestrians were hurt when a van mounted the kerb on Fennel Avenue near 43rd Street, police said.",
        "Five pedestrians were hurt when a van mounted the kerb on Fennel Avenue near 43rd Street, police said.",
    )


def test_the_same_event_told_on_two_days_is_a_date_conflict_and_its_counts_still_compared():
    found = _kinds(
        "Posted March 11, 2025.\nThree inmates escaped from the Kellby prison on Sunday, guards said.",
        "Posted March 11, 2025.\nFour inmates escaped from the Kellby prison on Monday, guards said.",
    )
    assert "date" in found and "number" in found


def test_counts_of_two_sittings_a_week_apart_are_no_number_conflict():
    # the second article tells the Sunday game too: its March 8 sentence is aligned with no telling of it
    assert "number" not in _kinds(
        "Posted March 20, 2025.\nThe striker Oduya scored twice when the club thrashed its neighbours on Sunday, March 16, "
        "lifting his tally to 14 league goals.",
        "Posted March 20, 2025.\nThe striker Oduya scored twice on Sunday, March 16, when the club thrashed its neighbours. "
        "On March 8, Oduya had reached 12 league goals with a header late in a dull draw.",
    )
