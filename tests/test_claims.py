import pytest

from rashomon.comparison.claims import extract_claims, find_quotes, find_speaker, find_values, parse_number, stem
from tests.conftest import make_article


@pytest.mark.parametrize(
    "text, number",
    [("two dozen", 24), ("24", 24), ("4,2 million", 4_200_000), ("1,500", 1500), ("a dozen", 12),
     ("thirty-one", 31), ("3.5 billion", 3.5e9), ("four", 4), ("two hundred", 200), ("4.200.000", 4_200_000)],
)
def test_numbers_in_words_and_digits(text, number):
    assert parse_number(text) == pytest.approx(number)


def test_values_carry_kind_unit_and_offsets():
    text = "Some 31 people were injured on Friday, March 3, 2021, and 4,2 million euros were lost."
    values = find_values(text, offset=100)
    kinds = [(v.kind, v.normalized) for v in values]
    assert ("number", "31") in kinds
    assert ("weekday", "friday") in kinds
    assert ("date", "2021-03-03") in kinds
    assert ("number", "4200000 EUR") in kinds
    assert [v.counted for v in values if v.normalized == "31"] == ["people"]
    for v in values:
        assert text[v.start - 100 : v.end - 100] == v.text


def test_equal_figures_in_other_words_normalise_alike():
    a = [v for v in find_values("two dozen people were hurt") if v.kind == "number"]
    b = [v for v in find_values("24 were hurt in the blast") if v.kind == "number"]
    assert a[0].normalized == b[0].normalized == "24"


def test_speaker_is_the_attribution_not_a_name_inside_the_quote():
    assert find_speaker("“Secretary Jones stressed the point,” the statement said.") == "the statement"
    assert find_speaker("Jones stressed the point, ministry spokeswoman Ana Ruiz said.") == "Ana Ruiz"
    assert find_speaker("According to the Interior Ministry, the road is closed.") == "the Interior Ministry"
    assert find_speaker("The road is closed.") == ""


def test_quotes_straight_and_curly():
    assert find_quotes('He called it “a disgrace” and "unacceptable."') == ("a disgrace", "unacceptable")


def test_stem_sees_inflections_alike():
    assert stem("strengthening") == stem("strengthen")
    assert stem("lifted") == stem("lift")


def test_short_fragments_are_not_claims():
    article = make_article("a1", "Breaking news\nThe council approved the budget on Monday.")
    claims = extract_claims([article])
    assert [c.text for c in claims] == ["The council approved the budget on Monday."]
    assert claims[0].sentence == "a1.s1"


def test_clock_times_are_times_not_counts():
    values = find_values("The blast came at 9 p.m., the sirens at 10pm and the all-clear at 21:15; 45 minutes later.")
    assert [(v.kind, v.text, v.normalized) for v in values] == [
        ("time", "9 p.m.", "21:00"), ("time", "10pm", "22:00"), ("time", "21:15", "21:15"), ("number", "45", "45"),
    ]
