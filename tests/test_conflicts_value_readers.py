"""The value readers the value CheckList (tests/value_checklist_pairs.py) asked for: race times,
spans in several units, scores, places and ranks, shares told "out of", a weekday of a named week,
a part of a named day, a named person's age and a sum told with another magnitude word. Sentences
are invented."""

import datetime as dt
import re

import pytest

from rashomon.comparison.claims import find_quantities
from rashomon.comparison.claims.times import find_times, times_agree
from tests.conftest import conflicts_of


def _one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, [(q.text, q.value) for q in found]
    return found[0]


def test_a_race_time_is_one_span_in_hours_read_down_to_its_minute():
    q = _one("Ruta Sell won the race in 2:04:51.")
    assert q.counted == "hours" and q.value == pytest.approx(2 + 4 / 60 + 51 / 3600)
    assert q.low == pytest.approx(2 + 4 / 60)


def test_a_clock_reading_with_seconds_is_no_span():
    assert find_quantities("The alarm sounded at 14:05:30.") == []


@pytest.mark.parametrize("text, hours", [
    ("She finished in two hours, four minutes and 51 seconds.", 2 + 4 / 60 + 51 / 3600),
    ("The talks lasted two hours and 50 minutes.", 2 + 50 / 60),
])
def test_a_span_told_in_several_units_is_one(text, hours):
    assert _one(text).value == pytest.approx(hours)


def test_hours_told_bare_before_minutes_stay_apart_and_may_be_an_hour_more():
    hours = find_quantities("He ran it in 2 hours 19 minutes.")[0]
    assert (hours.low, hours.high) == (2, 3)


@pytest.mark.parametrize("text, value", [
    ("Tavel United won 3-1 at home.", 3001), ("The visitors lost 1-3.", 3001), ("The court ruled in a 5-4 decision.", 5004),
])
def test_a_score_is_one_value(text, value):
    q = _one(text)
    assert (q.unit, q.value) == ("score", value)


@pytest.mark.parametrize("text, unit, value", [
    ("Ivo Pell finished fifth in the sprint.", "place", 5), ("The fourth-placed side lost.", "place", 4),
    ("She is ranked 21st in the world.", "rank", 21), ("It was the third time the pass was shut.", "time", 3),
])
def test_places_ranks_and_times(text, unit, value):
    q = _one(text)
    assert (q.unit, q.value) == (unit, value)


@pytest.mark.parametrize("text", [
    "Ivo Pell finished fifth in the sprint.", "The fourth-placed side lost.", "She is ranked 21st in the world.",
    "It was the third time the pass was shut.", "He is the World No. 12 now.", "They sit 15TH in the table.",
    "The road was shut for hours.", "One was later freed.", "He said one of them died.", "Nobody was hurt.",
])
def test_the_cheap_tests_before_the_place_and_one_readers_change_nothing(text, monkeypatch):
    from rashomon.comparison.claims import number_phrases

    before = (number_phrases.places(text), number_phrases.pronoun_ones(text))
    monkeypatch.setattr(number_phrases, "_ANY_PLACE", re.compile(""))  # matches every text
    monkeypatch.setattr(number_phrases, "_ONE_WORD", "")
    assert (number_phrases.places(text), number_phrases.pronoun_ones(text)) == before


def test_the_first_time_is_no_count():
    assert find_quantities("For the first time the pass was shut.") == []


def test_a_share_told_out_of():
    q = _one("Three out of four tenants said the rent was too high.")
    assert (q.unit, q.value, q.counted) == ("%", 75, "tenants")


def test_a_weekday_of_last_week():
    thursday = dt.date(2026, 3, 12)
    (t,) = find_times("He left on Thursday of last week.", ref=thursday)
    assert t.resolved == "2026-03-05"


@pytest.mark.parametrize("text, clock", [
    ("The roof fell in on Sunday evening.", "20:00"), ("The roof fell in early on Sunday.", "04:00"),
    ("The roof fell in early on Sunday morning.", "04:00"), ("The roof fell in during the small hours of Sunday.", "03:00"),
])
def test_a_part_of_a_named_day(text, clock):
    parts = [t for t in find_times(text) if t.kind == "time"]
    assert [(t.normalized, t.qualifier) for t in parts] == [(clock, "part")]


def test_late_on_a_part_of_a_day_is_left_unread():
    assert [t for t in find_times("The roof fell in late on Sunday evening.") if t.kind == "time"] == []


def test_a_part_of_the_day_agrees_loosely():
    assert times_agree("20:00", "part", "19:10", "")
    assert not times_agree("04:00", "part", "20:00", "part")


LEAD = "A tanker lorry overturned on the coast road on Friday. "


def _numbers(a: str, b: str) -> list:
    return [c for c in conflicts_of(LEAD + a, LEAD + b) if c.kind == "number"]


def test_a_named_persons_age_under_one_tally():
    assert _numbers("The driver, Olek Brandt, 52, was injured in the crash.", "The driver, Olek Brandt, 25, was injured in the crash.")


def test_one_named_persons_age_agrees():
    assert not _numbers("The driver, Olek Brandt, 52, was injured in the crash.", "The driver, 52-year-old Olek Brandt, was injured in the crash.")


def test_a_sum_told_with_another_magnitude_word():
    assert _numbers("The clean-up will cost £3.4m, the council said.", "The clean-up will cost £3.4bn, the council said.")


def test_scores_agree_only_to_the_goal():
    lead = "Tavel United played Orrin City on Saturday. "
    found = [c for c in conflicts_of(lead + "Tavel United won 4-0 against Orrin City.", lead + "Tavel United won 4-2 against Orrin City.") if c.kind == "number"]
    assert found


@pytest.mark.parametrize("text, value", [
    ("Temperatures fell to minus 18C overnight.", -18), ("The thermometer read -12°C at dawn.", -12),
    ("Temperatures fell to minus 30 overnight.", -30), ("It was minus 5 degrees Celsius.", -5),
    ("Temperatures of 40C were forecast.", 40),
])
def test_a_temperature_is_read_in_degrees(text, value):
    q = _one(text)
    assert (q.value, q.counted) == (value, "degrees")


@pytest.mark.parametrize("text", ["Growth was minus 2 in the quarter.", "The Category 5C storm passed."])
def test_a_bare_minus_or_letter_outside_the_weather_is_no_temperature(text):
    assert all(q.counted != "degrees" for q in find_quantities(text))


@pytest.mark.parametrize("text, value", [
    ("Harlow Town sit 15th in the table.", 15), ("Harlow Town are in 15th place.", 15),
    ("Harlow Town are 14th in the Premier League.", 14), ("Harlow Town lie third.", 3),
    ("Harlow Town are currently ninth.", 9),
])
def test_a_place_in_a_league_table(text, value):
    q = _one(text)
    assert (q.unit, q.value) == ("place", value)


def test_a_day_of_the_month_is_no_league_place():
    assert all(q.unit != "place" for q in find_quantities("They met on the 15th in the league's office."))


@pytest.mark.parametrize("text, counted", [
    ("One was taken to hospital.", "taken"), ("Two died; one was taken to hospital.", "taken"),
    ("One young climber later died.", "climber"),
])
def test_one_told_as_a_pronoun_is_a_count(text, counted):
    q = [q for q in find_quantities(text) if q.value == 1]
    assert len(q) == 1 and q[0].counted == counted


@pytest.mark.parametrize("text", ["No one was hurt.", "One of the guides was hurt.", "One woman said the ridge was icy."])
def test_one_of_a_group_or_no_one_is_no_count(text):
    assert all(q.value != 1 for q in find_quantities(text))
