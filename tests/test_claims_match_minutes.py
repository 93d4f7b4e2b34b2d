"""A minute of a match's clock read as a figure of its own kind (claims/number_phrases.places, unit
"minute"), compared through values.number_findings. Invented sentences."""

from rashomon.comparison.claims import extract_claims, find_values
from rashomon.comparison.conflicts.values import number_findings
from tests.conftest import make_article


def _minutes(text):
    return [(v.text, v.low) for v in find_values(text) if v.kind == "number" and v.unit == "minute"]


def test_an_ordinal_minute_after_a_preposition_is_read():
    assert _minutes("The home side equalised in the 53rd minute through a header.") == [("53rd", 53.0)]
    assert _minutes("Play was held up from the ninth minute until the break.") == [("ninth", 9.0)]


def test_a_translations_minute_before_its_number_is_read():
    assert _minutes("The game was stopped in the minute 64, when the rain came.") == [("64", 64.0)]


def test_no_match_minute_without_the_shape():
    assert _minutes("He scored in the 12th and 40th minutes.") == []  # two minutes, one noun
    assert _minutes("The meeting lasted 45 minutes.") == []  # a span
    assert _minutes("Wait a minute 5 people said.") == []
    assert _minutes("It was the 3rd time this season.") == []


def _claim(article_id, text):
    return next(c for c in extract_claims([make_article(article_id, text)]) if c.values)


def test_two_minutes_of_one_stoppage_disagree():
    a = _claim("a1", "The derby was halted after a flare landed on the pitch in the 37th minute.")
    b = _claim("a2", "The derby was halted when a flare landed on the pitch in the 41st minute.")
    found = [f for f in number_findings(a, b) if getattr(f, "kind", "") == "number"]
    assert found and {found[0].a.value, found[0].b.value} == {"37th", "41st"}


def test_one_minute_told_two_ways_agrees():
    a = _claim("a1", "The derby was halted after a flare landed on the pitch in the 37th minute.")
    b = _claim("a2", "The derby was halted when a flare landed on the pitch in the minute 37.")
    assert not [f for f in number_findings(a, b) if getattr(f, "kind", "") == "number"]
