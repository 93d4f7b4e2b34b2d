"""Two speeds told of two different things are two quantities, whatever word they share (speeds)."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.speeds import speed_told_of
from rashomon.comparison.conflicts.values import shared_context
from tests.conftest import make_article
from tests.conflict_helpers import two_article_conflicts


def _speeds(text):
    return [(v.text, speed_told_of(c, v)) for c in extract_claims([make_article("a1", text)]) for v in c.values]


def test_the_thing_a_speed_is_told_of():
    assert _speeds("The 50 km/h limit applies. A tolerance of about 2 km/h is allowed. Gusts of up to 90 mph hit.") == [
        ("50", "limit"), ("2", "tolerance"), ("90", "gust")]
    assert _speeds("The van was doing 80 km/h on the bend.") == [("80", "")]


def test_a_limit_and_a_tolerance_are_two_speeds():
    (a,) = extract_claims([make_article("a1", "Most of the fined lorries had kept within the 50 km/h limit on the bypass.")])
    (b,) = extract_claims([make_article("a2", "The radar units left in place stayed within the allowed tolerance of 2 km/h.")])
    assert shared_context(a, a.values[0], b, b.values[0]) is None
    conflicts, _ = two_article_conflicts(
        "The lorries had in fact kept within the 50 km/h limit, the council said.",
        "The radar units were found to be within the permitted tolerance of 2 km/h, the council said.",
    )
    assert not [c for c in conflicts if c.kind == "number"]


def test_one_limit_told_as_a_compound_and_as_of_still_conflicts():
    conflicts, _ = two_article_conflicts(
        "Lorries on the bypass must keep within the 50 km/h limit since the spring.",
        "Since the spring, lorries on the bypass must keep within a limit of 60 km/h.",
    )
    (found,) = [c for c in conflicts if c.kind == "number"]
    assert {s.normalized for s in found.sides} == {"50 km/h", "60 km/h"}
