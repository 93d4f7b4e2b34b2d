from rashomon.comparison.conflicts.same_event import NEAR, near_in_meaning, nearest_pair


def test_the_nearest_pair_of_words_tells_one_thing_in_other_words():
    a, b, score = nearest_pair(["shut", "power"], ["halted", "electric"])
    assert (a, b) == ("power", "electric") and score >= NEAR
    assert near_in_meaning(["power"], ["electric"]) == ("power", "electric")


def test_unrelated_words_and_empty_sides_tell_nothing():
    assert near_in_meaning(["harbour", "ticket"], ["senator", "violin"]) is None
    assert near_in_meaning([], ["electric"]) is None
