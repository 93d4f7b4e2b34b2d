"""Two years of an act a thing undergoes once (a disappearance, a death), and two parts of one
weekday where one side's weekday is not resolved to a date (conflicts/days.py ``once_in_a_life``,
``_one_day``). Sentences invented."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.days import _one_day, once_in_a_life, time_findings
from tests.conftest import make_article
from tests.test_conflicts_days import _dates


def _claim(article_id, text):
    return extract_claims([make_article(article_id, text)])[0]


def _found(text_a, text_b):
    a, b = _claim("a1", text_a), _claim("a2", text_b)
    return [(type(f).__name__, f.a.value, f.b.value) for f in time_findings(a, b, aligned=True)]


def test_a_disappearance_and_a_death_are_once_in_a_life():
    one = _claim("a1", "The silver chalice of the chapter had been kept in the cathedral until it vanished in 1951.")
    assert once_in_a_life(one, one.values[-1]) == "disappear"
    other = _claim("a2", "The painter Ilse Worrel died in 1978 in her studio by the harbour.")
    assert once_in_a_life(other, other.values[0]) == "die"
    hosted = _claim("a3", "The town hosted the regatta in 2011 for the first time.")
    assert once_in_a_life(hosted, hosted.values[0]) == ""


def test_two_years_of_one_disappearance_disagree():
    found = _dates(
        "The silver chalice of the chapter was kept in the cathedral until it disappeared in 1951.",
        "The silver chalice of the chapter stayed in the cathedral until it vanished in 1952.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"1951", "1952"}]


def test_years_of_a_repeated_act_stay_apart():
    assert not _dates(
        "The town hosted the regatta in 2011 for the first time.",
        "The town hosted the regatta in 2015 for the first time.",
    )


def test_a_weekday_not_resolved_still_tells_its_day_for_a_part_of_it():
    morning = _claim("a1", "The hikers entered the gorge on Friday morning for a long walk.")
    afternoon = _claim("a2", "The hikers had set off into the gorge on Friday afternoon.")
    assert _one_day(morning, afternoon)
    assert ("Disagreement", "morning", "afternoon") in _found(
        "The hikers entered the gorge on Friday morning for a long walk.",
        "The hikers had set off into the gorge on Friday afternoon.",
    )


def test_parts_of_two_weekdays_are_compared_by_the_days():
    morning = _claim("a1", "The hikers entered the gorge on Friday morning.")
    evening = _claim("a2", "The hikers entered the gorge on Saturday evening.")
    assert not _one_day(morning, evening)
    found = _found("The hikers entered the gorge on Friday morning.", "The hikers entered the gorge on Saturday evening.")
    assert ("Disagreement", "Friday", "Saturday") in found
    assert not any(x == "morning" for _, x, _ in found)


def test_a_claim_of_two_days_tells_no_one_day():
    two = _claim("a1", "The hikers left on Friday morning and came back on Sunday evening.")
    one = _claim("a2", "The hikers left on Friday afternoon.")
    assert not _one_day(two, one)
