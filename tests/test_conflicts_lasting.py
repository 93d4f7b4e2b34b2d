"""What lasts (conflicts/lasting.py): a span of time told of one noun, hyphened to it or after its
"of". Invented sentences."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.lasting import lasting_one_thing
from tests.conftest import conflicts_of, make_article


def _span(article_id, text):
    claim = next(c for c in extract_claims([make_article(article_id, text)]) if c.values)
    return claim, next(v for v in claim.values if v.kind == "number")


def test_a_span_after_the_nouns_of_is_that_things_length():
    a, va = _span("a1", "The convoy reached the border after a crossing of nine hours.")
    b, vb = _span("a2", "The convoy made a 12-hour crossing to the border.")
    c, vc = _span("a3", "The convoy reached the border after a delay of about three hours.")
    assert lasting_one_thing(a, va, b, vb)
    assert not lasting_one_thing(a, va, c, vc)  # a delay is no crossing


def test_two_lengths_of_one_crossing_conflict():
    numbers = [c for c in conflicts_of(
        "The 40 refugees, most of them families, landed on Friday after a crossing of nine hours in an open boat.",
        "The boat landed at dawn on Friday, after a crossing of 15 hours, and volunteers handed out blankets.",
    ) if c.kind == "number"]
    assert len(numbers) == 1 and numbers[0].explanation.startswith("how long")
