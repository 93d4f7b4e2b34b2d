"""digest.tell: a clause told alone needs a verb to state anything."""

from rashomon.comparison.digest.tell import has_verb


def test_a_clause_needs_a_finite_verb_to_stand_alone() -> None:
    assert not has_verb("The harbour workers' union of the north")
    assert has_verb("The harbour workers' union called a strike")
    assert has_verb("The union has been on strike for a week")
    assert has_verb("The strike will end on Friday")
