"""A CheckList of how news text tells times, each row an invented sentence read against one
article date (Wednesday 12 March 2025), with the reading it should get: (kind, value) where value
is the resolved calendar date of a weekday or relative day, else the normalized value; None where
the expression is too vague to date (no time read at all)."""

from __future__ import annotations

import datetime as dt

import pytest

from rashomon.comparison.claims.times import find_times

REF = dt.date(2025, 3, 12)  # a Wednesday

# (class, sentence, expected reading or None)
CHECKLIST: list[tuple[str, str, tuple[str, str] | None]] = [
    # absolute dates
    ("date", "The vote took place on March 12.", ("date", "2025-03-12")),
    ("date", "The vote took place on 12 March.", ("date", "2025-03-12")),
    ("date", "The vote took place on March 12th.", ("date", "2025-03-12")),
    ("date", "The vote took place on the 12th of March.", ("date", "2025-03-12")),
    ("date", "The vote took place on March 12, 2025.", ("date", "2025-03-12")),
    ("date", "The plant closed on Sept. 29, 2024.", ("date", "2024-09-29")),
    ("date", "The plant closed on Feb. 3.", ("date", "2025-02-03")),
    ("date", "The plant closed on 2025-03-10.", ("date", "2025-03-10")),
    ("date", "The council met on the 10th.", ("date", "2025-03-10")),
    ("date", "The council will meet on the 16th.", ("date", "2025-03-16")),
    ("date", "The council met on the 16th.", ("date", "2025-02-16")),
    ("date", "The bridge reopened on Monday, March 10.", ("date", "2025-03-10")),
    ("date", "The bridge reopened on the tenth of March.", ("date", "2025-03-10")),
    ("date", "The bridge reopened on the twenty-first of February 2024.", ("date", "2024-02-21")),
    # months without a day
    ("month", "The plan was approved in February.", ("month", "2025-02")),
    ("month", "The plan was approved in April.", ("month", "2024-04")),
    ("month", "The plan will be put to a vote in April.", ("month", "2025-04")),
    ("month", "The works began in early March.", ("month", "2025-03")),
    ("month", "The works began in late January.", ("month", "2025-01")),
    ("month", "The works began in mid-October.", ("month", "2024-10")),
    ("month", "The works began last month.", ("month", "2025-02")),
    ("month", "The works will end next month.", ("month", "2025-04")),
    ("month", "The works are due to end this month.", ("month", "2025-03")),
    ("month", "The works began in March 2024.", ("month", "2024-03")),
    ("month", "The works began in January of 2023.", ("month", "2023-01")),
    ("month", "The strike has lasted since January.", ("month", "2025-01")),
    ("month", "The strike began at the start of February.", ("month", "2025-02")),
    ("month", "The strike began at the end of November.", ("month", "2024-11")),
    # years
    ("year", "The law was passed in 2023.", ("year", "2023")),
    ("year", "The law was passed last year.", ("year", "2024")),
    ("year", "The law takes effect next year.", ("year", "2026")),
    ("year", "The law was passed two years ago.", ("year", "2023")),
    ("year", "The law was passed a year ago.", ("year", "2024")),
    ("year", "The 2024 budget was cut.", ("year", "2024")),
    # weekdays
    ("weekday", "The minister resigned on Monday.", ("weekday", "2025-03-10")),
    ("weekday", "The minister resigned last Thursday.", ("weekday", "2025-03-06")),
    ("weekday", "The minister resigned on Friday evening.", ("weekday", "2025-03-07")),
    ("weekday", "The minister resigned late on Saturday.", ("weekday", "2025-03-08")),
    ("weekday", "The minister resigned on Tuesday night.", ("weekday", "2025-03-11")),
    ("weekday", "The minister will resign on Friday.", ("weekday", "2025-03-14")),
    ("weekday", "The minister resigns next Tuesday.", ("weekday", "2025-03-18")),
    ("weekday", "Friday's vote was close.", ("weekday", "2025-03-07")),
    ("weekday", "The minister resigned on Wednesday morning.", ("weekday", "2025-03-12")),
    ("weekday", "The minister resigned this Monday.", ("weekday", "2025-03-10")),
    # days told from the article's date
    ("relative", "The fire broke out yesterday.", ("weekday", "2025-03-11")),
    ("relative", "The fire broke out today.", ("weekday", "2025-03-12")),
    ("relative", "The fire broke out the day before yesterday.", ("weekday", "2025-03-10")),
    ("relative", "The fire broke out yesterday afternoon.", ("weekday", "2025-03-11")),
    ("relative", "The fire broke out a week ago.", ("weekday", "2025-03-05")),
    ("relative", "The fire broke out two days ago.", ("weekday", "2025-03-10")),
    ("relative", "The fire broke out three weeks ago.", ("weekday", "2025-02-19")),
    ("relative", "The hearing resumes tomorrow.", ("weekday", "2025-03-13")),
    ("relative", "The fire broke out last night.", ("weekday", "2025-03-11")),
    ("relative", "The fire broke out this morning.", ("weekday", "2025-03-12")),
    # times of day
    ("time", "The blast came at 9 p.m.", ("time", "21:00")),
    ("time", "The blast came at 21:30.", ("time", "21:30")),
    ("time", "The blast came at half past nine in the evening.", ("time", "21:30")),
    ("time", "The blast came shortly after 3 a.m.", ("time", "03:00")),
    ("time", "The blast came at 6.45am.", ("time", "06:45")),
    ("time", "The blast came at about ten o'clock.", ("time", "10:00")),
    ("time", "The blast came at noon.", ("time", "12:00")),
    ("time", "The blast came at midnight.", ("time", "00:00")),
    # vague: no time to set against another
    ("vague", "The fire broke out overnight.", None),
    ("vague", "The fire broke out the day before.", None),
    ("vague", "The talks stalled earlier this week.", None),
    ("vague", "The talks stalled in recent weeks.", None),
    ("vague", "The talks resume in the coming days.", None),
    ("vague", "Prices rose sharply in the 1990s.", None),
    ("vague", "The board may approve the plan.", None),
    ("vague", "Thousands march through the capital.", None),
    ("vague", "The talks had stalled for years.", None),
    ("vague", "The talks stalled last week.", None),
    ("vague", "The fire started on the 16th floor.", None),
    ("vague", "Voters may back him in large numbers.", None),
]


def test_a_month_without_the_articles_date_keeps_no_year() -> None:
    assert [(t.kind, t.normalized) for t in find_times("The plan was approved in April.")] == [("month", "????-04")]


def test_a_day_counted_back_needs_the_articles_date() -> None:
    assert find_times("The fire broke out a week ago.") == []


def test_a_month_against_a_date_or_a_month() -> None:
    from rashomon.comparison.claims import find_values
    from rashomon.comparison.conflicts.days import same_time

    def one(text: str):
        return find_values(text, 0, REF)[0]

    assert same_time(one("It was approved in March."), one("It was approved on March 3.")) is True
    assert same_time(one("It was approved in early January."), one("It was approved on Feb. 2.")) is False
    assert same_time(one("It was approved in April."), one("It was approved in March.")) is False
    assert same_time(find_values("It was approved in April.")[0], find_values("It was approved in March.")[0]) is False


def _readings(sentence: str) -> set[tuple[str, str]]:
    return {(t.kind, t.resolved or t.normalized) for t in find_times(sentence, 0, REF)}


@pytest.mark.parametrize(("cls", "sentence", "expected"), CHECKLIST, ids=[f"{c}:{s}" for c, s, _ in CHECKLIST])
def test_checklist(cls: str, sentence: str, expected: tuple[str, str] | None) -> None:
    got = _readings(sentence)
    if expected is None:
        assert not got, got
    else:
        assert expected in got, got


def pass_rate() -> dict[str, tuple[int, int]]:
    """Rows passing per class (for bench/README): {class: (passed, total)}."""
    out: dict[str, tuple[int, int]] = {}
    for cls, sentence, expected in CHECKLIST:
        got = _readings(sentence)
        ok = not got if expected is None else expected in got
        p, n = out.get(cls, (0, 0))
        out[cls] = (p + ok, n + 1)
    return out


if __name__ == "__main__":
    for cls, (p, n) in pass_rate().items():
        print(f"{cls}: {p}/{n}")
    for cls, sentence, expected in CHECKLIST:
        got = _readings(sentence)
        if not (not got if expected is None else expected in got):
            print("FAIL", cls, sentence, expected, sorted(got))
