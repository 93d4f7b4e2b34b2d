"""Days counted from another day of the same article (claims/anchored_days.py), past weeks and
weekends against a named day (claims/times.py ``_hulls``, conflicts/days.py ``apart_however_dated``)
and parts of a named day (claims/times.py ``PART_OF_DAY``). Sentences are the tests' own."""

import dataclasses
import datetime as dt

from rashomon.comparison.claims import extract_claims, find_times
from rashomon.comparison.claims.anchored_days import ANCHORED
from rashomon.comparison.conflicts.days import time_findings
from tests.conftest import make_article

DATED = "2026-05-14"  # a Thursday: Monday 11, Tuesday 12, Wednesday 13 May


def _claims(text, date=DATED):
    article = dataclasses.replace(make_article("a1", text), date=date)
    return extract_claims([article])


def _anchored(text, date=DATED):
    return [(v.text, v.normalized) for c in _claims(text, date) for v in c.values if v.qualifier == ANCHORED]


def test_a_day_counted_from_an_event_the_article_dates():
    text = "The city council approved the plan on Wednesday. The mayor spoke out the day before the approval."
    assert _anchored(text) == [("the day before the approval", "2026-05-12")]
    text = "The strike ended on 12 May. Two days after the strike, the depot reopened."
    assert _anchored(text) == [("Two days after the strike", "2026-05-14")]
    assert _anchored("The summit opened on Monday. Protesters marched on the eve of the summit.") == [
        ("on the eve of the summit", "2026-05-10")
    ]


def test_no_day_when_the_event_is_undated_or_dated_twice():
    assert _anchored("The mayor spoke out the day before the approval.") == []
    text = "The first approval came on Monday. A second approval followed on Wednesday. He quit the day after the approval."
    assert _anchored(text) == []


def test_the_previous_day_counts_from_the_day_told_before_it():
    assert _anchored("The ferry sailed on Tuesday. Its engine had failed a test the previous day.") == [
        ("the previous day", "2026-05-11")
    ]
    assert _anchored("The board met on Monday and the chairman resigned the next day.") == [("the next day", "2026-05-12")]
    assert _anchored("The chairman resigned the next day.") == []


def _pair(text_a, text_b, date=DATED):
    a = [c for c in _claims(text_a, date) if c.values][-1]
    b = [c for c in _claims(text_b, date) if c.values][-1]
    return [type(f).__name__ for f in time_findings(a, b, aligned=True)]


def test_an_anchored_day_is_set_against_a_named_day():
    lead = "The council approved the plan on Wednesday. "
    assert "Disagreement" in _pair(lead + "The mayor Ines Ravel quit the day before the approval.", "The mayor Ines Ravel quit on Monday.")
    assert "Disagreement" not in _pair(lead + "The mayor Ines Ravel quit the day before the approval.", "The mayor Ines Ravel quit on Tuesday.")


def test_a_past_week_carries_the_days_it_may_mean():
    ref = dt.date(2026, 5, 14)
    week = next(t for t in find_times("The depot closed last week.", 0, ref) if t.kind == "span")
    assert (week.normalized, week.resolved) == ("2026-05-04/2026-05-10", "2026-05-04/2026-05-10")
    monday = next(t for t in find_times("The depot closed last week.", 0, dt.date(2026, 5, 11)) if t.kind == "span")
    assert monday.resolved == "2026-04-27/2026-05-10"  # written on Sunday, "last week" was the week before
    assert [t.kind for t in find_times("The depot closed on Friday of last week.", 0, ref)] == ["weekday"]


def test_a_past_weekend_or_month_against_a_day_apart_however_dated():
    assert "Disagreement" in _pair("The Orban depot closed at the weekend.", "The Orban depot closed on Tuesday.")
    assert "Disagreement" not in _pair("The Orban depot closed at the weekend.", "The Orban depot closed on Sunday.")
    assert "Disagreement" in _pair("The Orban depot closed last month.", "The Orban depot closed on Tuesday.")


def test_today_and_yesterday_stay_no_evidence_against_a_day():
    assert "Disagreement" not in _pair("The Orban depot closed yesterday.", "The Orban depot closed on Monday.")


def test_parts_of_a_named_day():
    ref = dt.date(2026, 5, 14)
    parts = {
        "The levee broke at dawn on Tuesday.": "06:00",
        "The levee broke in the early hours of Tuesday.": "03:00",
        "The levee broke late on Tuesday.": "21:00",
        "The levee broke at dusk on Tuesday.": "18:30",
        "The levee broke yesterday evening.": "20:00",
        "The levee broke on the morning of 12 May.": "09:00",
    }
    for text, hour in parts.items():
        assert [t.normalized for t in find_times(text, 0, ref) if t.kind == "time"] == [hour], text
    assert [t for t in find_times("The levee broke late on Tuesday evening.", 0, ref) if t.kind == "time"] == []
    assert [t for t in find_times("The levee broke in the afternoon.", 0, ref) if t.kind == "time"] == []


def test_parts_of_one_day_compared():
    assert "Disagreement" in _pair("The Ostra levee broke in the small hours of Tuesday.", "The Ostra levee broke on Tuesday evening.")
    assert "Disagreement" not in _pair("The Ostra levee broke in the early hours of Tuesday.", "The Ostra levee broke at 2am on Tuesday.")


def test_a_yearless_dateline_takes_the_year_of_the_storys_dated_articles():
    dated = dataclasses.replace(make_article("a1", "The harbour wall fell in a storm on Tuesday, officials said."), date="2025-03-06")
    undated = make_article("a2", "PENMARCH, Thursday March 6 (Wire) - The harbour wall fell in a storm on Tuesday, officials said.")
    alone = [v.resolved for c in extract_claims([undated]) for v in c.values if v.text == "Tuesday"]
    assert alone == [""]
    story = [v.resolved for c in extract_claims([dated, undated]) if c.article == "a2" for v in c.values if v.text == "Tuesday"]
    assert story == ["2025-03-04"]
