"""Shares told as fractions with numerators past four (claims/number_phrases.py ``shares``). Invented sentences."""

from rashomon.comparison.claims.number_phrases import shares


def _read(text):
    return [(q.value, q.unit, q.counted) for q in shares(text, [])]


def test_numerators_up_to_nine():
    assert _read("Nine-tenths of the harbour's berths were empty.") == [(90.0, "%", "berths")]
    assert _read("seven tenths of the voters stayed home") == [(70.0, "%", "voters")]
    assert _read("three-quarters of the staff") == [(75.0, "%", "staff")]


def test_no_share_of_a_whole_or_more():
    assert _read("five quarters of the budget") == []
    assert _read("two halves of the city") == []
