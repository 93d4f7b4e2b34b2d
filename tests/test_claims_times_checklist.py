"""A CheckList of how news text tells times, each row an invented sentence read against one
article date (Wednesday 12 March 2025), with the reading it should get: (kind, value) where value
is the resolved calendar date of a weekday or relative day, else the normalized value; None where
the expression is too vague to date (no time read at all)."""

from __future__ import annotations

import datetime as dt
import zlib

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
    ("time", "The blast came at 21h30.", ("time", "21:30")),  # the hour and minutes split by "h"
    ("vague", "The blast ended a 24h strike.", None),  # a span of hours, no clock time
    ("time", "The blast came at half past nine in the evening.", ("time", "21:30")),
    ("time", "The blast came shortly after 3 a.m.", ("time", "03:00")),
    ("time", "The blast came at 6.45am.", ("time", "06:45")),
    ("time", "The blast came at about ten o'clock.", ("time", "10:00")),
    ("time", "The blast came at noon.", ("time", "12:00")),
    ("time", "The blast came at midnight.", ("time", "00:00")),
    # vague: no time to set against another
    ("vague", "The fire broke out overnight.", None),
    ("vague", "The fire broke out the day before.", None),
    ("week", "The talks stalled earlier this week.", ("span", "2025-03-10/2025-03-11")),  # read since days18
    ("vague", "The talks stalled in recent weeks.", None),
    ("vague", "The talks resume in the coming days.", None),
    ("vague", "The board may approve the plan.", None),
    ("vague", "Thousands march through the capital.", None),
    ("vague", "The talks had stalled for years.", None),
    ("week", "The talks stalled last week.", ("span", "2025-03-03/2025-03-09")),  # read since days18
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


# --- spans -----------------------------------------------------------------------------------
# A time told as a span reads as an interval of days "first/last" (resolved against REF where the
# words are relative), with the words as written. Rows are split into a FIXING half and a
# HELD-OUT half by a stable hash of the sentence (see ``_half``); the reader was fixed against
# the FIXING half only.

SPAN_READINGS: list[tuple[str, str, tuple[str, str] | None]] = [
    # (class, sentence, (words as written, "first/last") or None where nothing should be read)
    ("quarter", "The plant will close in the second quarter of next year.", ("the second quarter of next year", "2026-04-01/2026-06-30")),
    ("quarter", "Sales fell in the third quarter of 2024.", ("the third quarter of 2024", "2024-07-01/2024-09-30")),
    ("quarter", "Output will rise in Q3 2025.", ("Q3 2025", "2025-07-01/2025-09-30")),
    ("quarter", "The firm expects a loss in the fourth quarter of this year.", ("the fourth quarter of this year", "2025-10-01/2025-12-31")),
    ("quarter", "Shipments resumed in the first quarter of last year.", ("the first quarter of last year", "2024-01-01/2024-03-31")),
    ("quarter", "Profits doubled in Q1 of 2023.", ("Q1 of 2023", "2023-01-01/2023-03-31")),
    ("half", "Sales fell in the first half of 2024.", ("the first half of 2024", "2024-01-01/2024-06-30")),
    ("half", "The board will meet in the second half of next year.", ("the second half of next year", "2026-07-01/2026-12-31")),
    ("half", "Costs rose in H2 2024.", ("H2 2024", "2024-07-01/2024-12-31")),
    ("half", "The bridge will reopen in the first half of 2026.", ("the first half of 2026", "2026-01-01/2026-06-30")),
    ("part of a year", "The line will open early next year.", ("early next year", "2026-01-01/2026-05-31")),
    ("part of a year", "The line will open in mid-2026.", ("mid-2026", "2026-04-01/2026-09-30")),
    ("part of a year", "The mine closed in late 2023.", ("late 2023", "2023-08-01/2023-12-31")),
    ("part of a year", "The works will finish by the end of next year.", ("by the end of next year", "2025-03-12/2026-12-31")),
    ("part of a year", "The hospital will open at the start of 2027.", ("the start of 2027", "2027-01-01/2027-04-30")),
    ("part of a year", "Rates will fall later this year.", ("later this year", "2025-03-12/2025-12-31")),
    ("part of a year", "Rates fell earlier this year.", ("earlier this year", "2025-01-01/2025-03-12")),
    ("part of a year", "The strike began in early 2024.", ("early 2024", "2024-01-01/2024-05-31")),
    ("season", "The works will finish this spring.", ("this spring", "2025-03-01/2025-06-20")),
    ("season", "Crowds thinned over the summer.", ("over the summer", "2024-06-01/2024-09-22")),
    ("season", "The law passed last summer.", ("last summer", "2024-06-01/2024-09-22")),
    ("season", "The vote will be held in the autumn of 2025.", ("the autumn of 2025", "2025-09-01/2025-12-20")),
    ("season", "The company will launch the phone next autumn.", ("next autumn", "2025-09-01/2025-12-20")),
    ("season", "The trial opens in summer 2026.", ("summer 2026", "2026-06-01/2026-09-22")),
    ("season", "Wages will fall in the polls.", None),
    ("season", "The pipeline will be finished by the summer.", ("by the summer", "2025-03-12/2025-09-22")),
    ("relative", "A decision will come within two weeks.", ("within two weeks", "2025-03-12/2025-03-26")),
    ("relative", "The deal will be signed by the weekend.", ("by the weekend", "2025-03-12/2025-03-16")),
    ("relative", "Sales will recover in the next three months.", ("in the next three months", "2025-03-12/2025-06-13")),
    ("relative", "The shop was shut last weekend.", ("last weekend", "2025-03-08/2025-03-09")),
    ("relative", "The tickets sold out within two weeks.", None),
    ("relative", "The fix will come within days.", None),
    ("relative", "The talks will resume within ten days.", ("within ten days", "2025-03-12/2025-03-22")),
    ("fiscal", "Revenue rose in fiscal 2024.", ("fiscal 2024", "2023-04-01/2025-03-31")),
    ("fiscal", "The agency's budget for FY2026 was cut.", ("FY2026", "2025-04-01/2027-03-31")),
    ("fiscal", "Losses widened in fiscal year 2023.", ("fiscal year 2023", "2022-04-01/2024-03-31")),
    ("week of", "The trial opens the week of March 17.", ("the week of March 17", "2025-03-17/2025-03-23")),
    ("week of", "Talks are set for the week of 9 June 2025.", ("the week of 9 June 2025", "2025-06-09/2025-06-15")),
    ("decade", "Prices rose sharply in the 1990s.", ("the 1990s", "1990-01-01/1999-12-31")),
    ("decade", "The plant was built in the late 1970s.", ("the late 1970s", "1975-01-01/1979-12-31")),
    ("decade", "The town grew quickly in the early 1960s.", ("the early 1960s", "1960-01-01/1965-12-31")),
    ("past year", "Profits fell at the end of the year.", None),
    # added after reading the READ sets' span phrases: a span that bounds another, a weekend of a month
    ("bound", "Prices have risen steadily since last autumn.", None),
    ("bound", "Output will grow from the first quarter of 2026.", None),
    ("relative", "The fair is held on the last weekend of June.", None),
]

# (class, sentence a, sentence b, "conflict" / "compatible" / "other"): two short articles dated
# REF telling one act (conflict, compatible) or two (other); a date conflict is expected only
# for "conflict".
SPAN_PAIRS: list[tuple[str, str, str, str]] = [
    ("conflict", "Harrow Steel will close its Dunmore plant in the second quarter of 2026, the company said.",
     "Harrow Steel will close its Dunmore plant in 2027, the company said.", "conflict"),
    ("conflict", "The Kessel bridge will reopen to traffic in the first half of 2026, officials said.",
     "The Kessel bridge will reopen to traffic in the autumn of 2026, officials said.", "conflict"),
    ("conflict", "The Orvan tunnel will open to trains in early 2027, the operator said.",
     "The Orvan tunnel will open to trains in November 2027, the operator said.", "conflict"),
    ("conflict", "The Lisk museum will reopen its east wing in the first quarter of next year, the trust said.",
     "The Lisk museum will reopen its east wing in the summer of 2026, the trust said.", "conflict"),
    ("compatible", "Harrow Steel will close its Dunmore plant in the second quarter of 2026, the company said.",
     "Harrow Steel will close its Dunmore plant in May 2026, the company said.", "compatible"),
    ("compatible", "The Kessel bridge will reopen to traffic in the first half of 2026, officials said.",
     "The Kessel bridge will reopen to traffic in 2026, officials said.", "compatible"),
    ("compatible", "The Orvan tunnel will open to trains in mid-2027, the operator said.",
     "The Orvan tunnel will open to trains in the third quarter of 2027, the operator said.", "compatible"),
    ("compatible", "The Lisk museum will reopen its east wing this summer, the trust said.",
     "The Lisk museum will reopen its east wing on July 4, the trust said.", "compatible"),
    ("compatible", "The Marl council will vote on the budget within two weeks, the mayor said.",
     "The Marl council will vote on the budget on March 20, the mayor said.", "compatible"),
    ("compatible", "The Marl council will vote on the budget within two weeks, the mayor said.",
     "The Marl council will vote on the budget in May, the mayor said.", "compatible"),
    ("compatible", "The Dalby works will finish by the end of next year, the builder said.",
     "The Dalby works will finish in June 2026, the builder said.", "compatible"),
    ("compatible", "Prices of grain at Tolvik rose sharply in the 1990s, the report said.",
     "Prices of grain at Tolvik rose sharply in 1994, the report said.", "compatible"),
    ("other", "Harrow Steel posted a loss in the second quarter of 2024, the company said.",
     "Harrow Steel will close its Dunmore plant in 2027, the company said.", "other"),
    ("other", "The Kessel bridge was closed to traffic in the first half of 2024 after a crack was found.",
     "The Kessel bridge will reopen to traffic in 2026, officials said.", "other"),
    ("other", "The Orvan tunnel flooded last summer, the operator said.",
     "The Orvan tunnel will open to trains in 2027, the operator said.", "other"),
]


def _half(key: str) -> str:
    """FIXING or HELD-OUT, by a stable hash of the row's sentences."""
    return "FIXING" if zlib.crc32(key.encode()) % 2 == 0 else "HELD-OUT"


def _span_readings(sentence: str) -> set[tuple[str, str]]:
    return {(t.text, t.normalized) for t in find_times(sentence, 0, REF) if t.kind == "span"}


def _span_read_ok(cls: str, sentence: str, expected: tuple[str, str] | None) -> bool:
    got = _span_readings(sentence)
    return not got if expected is None else expected in got


def _pair_ok(cls: str, a: str, b: str, expected: str) -> bool:
    from tests.conftest import conflicts_of

    dated = [f"Posted {REF:%B} {REF.day}, {REF.year}.\n{t}" for t in (a, b)]
    found = [c for c in conflicts_of(*dated) if c.kind == "date"]
    return bool(found) == (expected == "conflict")


@pytest.mark.parametrize("row", SPAN_READINGS, ids=[f"{_half(r[1])}:{r[0]}:{r[1]}" for r in SPAN_READINGS])
def test_span_reading(row: tuple[str, str, tuple[str, str] | None]) -> None:
    assert _span_read_ok(*row), sorted(_span_readings(row[1]))


@pytest.mark.parametrize("row", SPAN_PAIRS, ids=[f"{_half(r[1] + r[2])}:{r[0]}:{r[1][:40]}|{r[2][:40]}" for r in SPAN_PAIRS])
def test_span_pair(row: tuple[str, str, str, str]) -> None:
    assert _pair_ok(*row)


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
    for half in ("FIXING", "HELD-OUT"):
        rows = [r for r in SPAN_READINGS if _half(r[1]) == half]
        pairs = [r for r in SPAN_PAIRS if _half(r[1] + r[2]) == half]
        print(f"spans {half}: readings {sum(_span_read_ok(*r) for r in rows)}/{len(rows)}, pairs {sum(_pair_ok(*r) for r in pairs)}/{len(pairs)}")
        if half == "FIXING":
            for r in rows:
                if not _span_read_ok(*r):
                    print("FAIL", r, sorted(_span_readings(r[1])))
            for r in pairs:
                if not _pair_ok(*r):
                    print("FAIL", r)
