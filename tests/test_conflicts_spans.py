"""A clock range against a span of time (conflicts/spans.py)."""

from rashomon.comparison.conflicts.spans import clock_ranges
from rashomon.comparison.claims import extract_claims
from tests.conftest import make_article
from tests.test_conflicts_values import _numbers


def test_a_clock_range_longer_or_shorter_than_the_span_conflicts():
    numbers = _numbers(
        "The city will cut household water supply every night from 22 o'clock to next day 6 o'clock.",
        "The government ordered the city to cut household water supply for 10 hours each night.",
    )
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"8", "10"}
    assert "10 hours" in numbers[0].explanation


def test_a_clock_range_as_long_as_the_span_agrees():
    assert not _numbers(
        "The city will cut household water supply every night from 10pm to 6am.",
        "The government ordered the city to cut household water supply for eight hours each night.",
    )


def test_a_time_without_its_part_of_the_day_reads_both_ways():
    claim = extract_claims([make_article("a1", "The shops are open between 9 o'clock and 5 o'clock.")])[0]
    assert [lengths for _, _, lengths in clock_ranges(claim)] == [{8.0, 20.0}]


def test_the_same_clock_range_told_another_way_joins_its_side():
    numbers = _numbers(
        "The city will cut household water supply every night from 22 o'clock to next day 6 o'clock.",
        "The government ordered the city to cut household water supply for 10 hours each night.",
        "The city will cut household water supply every night; taps will be dry from 10pm to 6am.",
    )
    assert len(numbers) == 1
    assert {s.article: s.group for s in numbers[0].sides} == {"a1": 0, "a2": 1, "a3": 0}
