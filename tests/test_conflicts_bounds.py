"""An open bound names a figure near it (conflicts/bounds.py): "more than 120" is no telling of
about 200, "up to 4,000" none of 2,300; a figure twice past the bound is left to the open reading.
Sentences are invented."""

import math

import pytest

from rashomon.comparison.conflicts.bounds import reach
from rashomon.comparison.conflicts.figures import figure
from rashomon.model import Value
from tests.conftest import conflicts_of


def _value(text: str, qualifier: str, low: float, high: float | None, counted: str = "people", unit: str = "") -> Value:
    return Value(kind="number", text=text, normalized=text.replace(",", ""), start=0, end=len(text), unit=unit,
                 qualifier=qualifier, counted=counted, low=low, high=high)


@pytest.mark.parametrize("text, qualifier, low, high, other, expected", [
    ("200", "more than", 200, None, 250, (200, 300)),       # the next step of its last digit
    ("120", "more than", 120, None, 150, (120, 168)),       # or two fifths more, whichever is wider
    ("30", "at least", 30, None, 41, (30, 42)),
    ("4000", "up to", 2000, 4000, 3000, (2857.142857142857, 4000)),
    ("3000", "more than", 3000, None, 15000, (3000, math.inf)),  # twice past: left open
    ("100", "well over", 100, None, 150, (100, math.inf)),  # "well over" says the figure is far past
    ("50000", "up to", 25000, 50000, 40000, (25000, 50000)),  # a sum of money with "up to" is a cap
])
def test_reach(text, qualifier, low, high, other, expected):
    unit = "EUR" if text == "50000" else ""
    v = _value(text, qualifier, low, high, unit=unit)
    assert reach(v, figure(v), other) == pytest.approx(expected)


def test_a_span_of_time_is_left_open():
    v = _value("3", "more than", 3, None, counted="decades")
    assert reach(v, figure(v), 5)[1] == math.inf


@pytest.mark.parametrize("a, b", [
    ("More than 120 people were hurt in the crush at the stadium.", "Around 200 people were hurt in the crush at the stadium."),
    ("The plant's owner will cut up to 4,000 jobs in Lenz.", "The plant's owner will cut about 2,300 jobs in Lenz."),
    # against a closed bound a figure rounded both ways is its own figure, not its 15% either way
    ("More than 200 people were hurt in the crush at the stadium.", "About 320 people were hurt in the crush at the stadium."),
])
def test_a_bound_far_from_the_figure_is_a_conflict(a, b):
    assert [c.kind for c in conflicts_of(a, b)] == ["number"]


@pytest.mark.parametrize("a, b", [
    ("More than 200 people were hurt in the crush at the stadium.", "Some 230 people were hurt in the crush at the stadium."),
    ("More than 3,000 people were at the stadium.", "About 3,400 people were at the stadium."),
    ("More than 30 people were hurt in the crush at the stadium.", "Forty-one people were hurt in the crush at the stadium."),
    ("The plant's owner will cut up to 4,000 jobs in Lenz.", "The plant's owner will cut 3,600 jobs in Lenz."),
])
def test_a_bound_near_the_figure_agrees(a, b):
    assert not conflicts_of(a, b)


def test_two_written_ranges_agree_only_end_for_end():
    from tests.test_conflicts_values import _numbers

    # each writer chose both ends: ranges that overlap but do not coincide are two tellings
    apart = _numbers("Repairs will take 10 to 14 days once the ship is on site.",
                     "Repairs will take 10 to 20 days once the ship is on site.")
    assert [sorted(s.value for s in c.sides) for c in apart] == [["10 to 14 days", "10 to 20 days"]]
    assert _numbers("The pupils, aged between 6 and 10, fell ill after lunch.",
                    "The pupils, aged between 8 and 10, fell ill after lunch.")
    # one range told two ways, or a range against a figure inside it, is one telling
    assert not _numbers("Repairs will take 10 to 14 days once the ship is on site.",
                        "Repairs will take between 10 and 14 days once the ship is on site.")
    assert not _numbers("Repairs will take 10 to 14 days once the ship is on site.",
                        "Repairs will take 12 days once the ship is on site.")
