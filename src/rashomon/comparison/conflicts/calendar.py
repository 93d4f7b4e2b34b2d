"""The day of one event by two calendars, without knowing the year.

An article that writes a weekday beside a date ("on Sunday, 12 April", "On June 12 (Wednesday)")
fixes a calendar: every other day's weekday follows by counting days, whatever the year. Under
that calendar, another article's weekday is a date too, counted back from its dateline ("KOVRIN,
April 13 — ... on Saturday evening" is 11 April when 12 April is a Sunday). Two leads that then
put the event on different dates disagree, in every year: one of them has the weekday or the
date wrong ("a, datelined April 13, says Saturday; d says Sunday, 12 April").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ...model import Claim, Value
from ..claims import WEEKDAYS
from ..memo import per_record

_YEAR = 2001  # a year without 29 February, only to count days between two dates
_GLUE = re.compile(r"^\s*(?:,|\(|,?\s+the)?\s*$")
_BACKWARD = {"", "last", "on", "since"}


def _ordinal(iso: str) -> int | None:
    """Day of the year of "????-MM-DD" or "YYYY-MM-DD" (29 February: None)."""
    try:
        return dt.date(_YEAR, int(iso[5:7]), int(iso[8:10])).toordinal()
    except ValueError:
        return None


def _label(ordinal: int) -> str:
    day = dt.date.fromordinal(ordinal)
    return f"{day.day} {day.strftime('%B')}"


def pair_of(claim: Claim, v: Value) -> tuple[int, int, Value, Value] | None:
    """(day, weekday index, date value, weekday value) when ``v`` is a date or weekday written
    beside the other ("Sunday, 12 April", "June 12 (Wednesday)", "23rd, Sunday")."""
    for t in claim.values:
        if t is v or {t.kind, v.kind} != {"date", "weekday"}:
            continue
        first, second = (t, v) if t.start < v.start else (v, t)
        gap = claim.text[first.end - claim.start : second.start - claim.start]
        if len(gap) <= 6 and _GLUE.match(gap):
            date, day = (t, v) if t.kind == "date" else (v, t)
            ordinal = _ordinal(date.normalized)
            if ordinal is not None and day.normalized in WEEKDAYS:
                return ordinal, WEEKDAYS.index(day.normalized), date, day
    return None


def _event_day(claim: Claim, v: Value, dateline: Value | None, anchor: tuple[int, int] | None) -> int | None:
    """The day of the year ``v`` stands for: a date; a weekday beside a date; a weekday counted
    back from the dateline under the anchor's calendar."""
    own = pair_of(claim, v)
    if own is not None:
        return own[0]
    if v.kind == "date":
        return _ordinal(v.normalized)
    if v.kind != "weekday" or v.normalized not in WEEKDAYS or dateline is None or anchor is None:
        return None
    if v.qualifier not in _BACKWARD:
        return None  # "next Friday", "until Friday": not the day of the event told
    reference = _ordinal(dateline.normalized)
    if reference is None:
        return None
    day, weekday = anchor
    reference_weekday = (weekday + reference - day) % 7
    back = (reference_weekday - WEEKDAYS.index(v.normalized)) % 7
    if v.qualifier == "last" and back == 0:
        back = 7
    return reference - back


def days_disagree(
    a: Claim, va: Value, dateline_a: Value | None, b: Claim, vb: Value, dateline_b: Value | None
) -> tuple[int, int] | None:
    """The two days of the year when the two values put one event on different days under the
    calendar either article fixes (its own weekday-and-date pair first), else None."""
    pa, pb = pair_of(a, va), pair_of(b, vb)
    if pa is None and pb is None:
        return None
    anchor_a = (pa or pb)[:2]  # type: ignore[index]
    anchor_b = (pb or pa)[:2]  # type: ignore[index]
    day_a = _event_day(a, va, dateline_a, anchor_b if pa is None else anchor_a)
    day_b = _event_day(b, vb, dateline_b, anchor_a if pb is None else anchor_b)
    if day_a is None or day_b is None:
        return None
    if day_a != day_b:
        return day_a, day_b
    if pa and pb and pa[1] != pb[1]:
        return day_a, day_b  # one date, two weekdays
    return None


def describe(day: int) -> str:
    return _label(day)


def dateline_of(claims: list[Claim], pattern: re.Pattern[str], line: re.Pattern[str]) -> Value | None:
    """The date of the article's opening dateline ("KOVRIN, April 13 (Agency) —"), if any."""
    for claim in claims[:3]:
        m = pattern.match(claim.text) or line.match(claim.text)
        if m is None:
            continue
        for v in claim.values:
            if v.kind == "date" and v.start - claim.start < m.end():
                return v
    return None



# --- the story's calendar -------------------------------------------------------------------
# A yearless date ("12 September") against a weekday not resolved to a date ("on Friday") is
# comparable once the story fixes which weekday that date fell on. Evidence, from any article of
# the story: a weekday resolved against its article's own date (its year known), and a weekday
# written beside a date ("on Friday, 12 September", "29 October (Wednesday)"). Each fixes the
# weekday of every day near it, counted in days: a day on the other side of 29 February only when
# the year is known. Where two pieces of evidence give one day two weekdays, the story's calendar
# is in dispute and tells nothing about that day.
_REACH = 120  # days from the evidence within which a yearless date is taken to be of its year
_MARCH_1 = 60  # the day of the year of 1 March in a year without 29 February
_SOURCES = 2  # articles whose evidence must agree on a day's weekday


@dataclass(frozen=True)
class Anchor:
    """A day the story gives the weekday of: its month and day, its weekday, its year if known,
    and the article that tells it."""

    month: int
    day: int
    weekday: int
    year: int | None
    article: str


def _weekday_by(anchor: Anchor, month: int, day: int) -> int | None:
    """The weekday of ``month``/``day`` under the anchor's calendar, None where the date may be of
    another year (more than ``_REACH`` days away) or a 29 February lies between and the year is
    not known."""
    if anchor.year is not None:
        try:
            base = dt.date(anchor.year, anchor.month, anchor.day)
            near = [dt.date(anchor.year + k, month, day) for k in (-1, 0, 1)]
        except ValueError:
            return None
        target = min(near, key=lambda d: abs((d - base).days))
        if abs((target - base).days) > _REACH:
            return None
        return (anchor.weekday + (target - base).days) % 7
    a, d = _ordinal(f"????-{anchor.month:02d}-{anchor.day:02d}"), _ordinal(f"????-{month:02d}-{day:02d}")
    if a is None or d is None or abs(d - a) > _REACH:
        return None
    start = dt.date(_YEAR, 1, 1).toordinal()
    if (a - start + 1 < _MARCH_1) != (d - start + 1 < _MARCH_1):
        return None  # 29 February may lie between
    return (anchor.weekday + d - a) % 7


@dataclass(frozen=True)
class StoryCalendar:
    """The weekdays the story's articles give to days (:class:`Anchor`)."""

    anchors: tuple[Anchor, ...] = ()

    def weekday(self, iso: str) -> str | None:
        """The weekday of a yearless date ("????-09-12") under every anchor that reaches it, when
        they all agree and come from at least ``_SOURCES`` articles; None otherwise."""
        try:
            month, day = int(iso[5:7]), int(iso[8:10])
        except ValueError:
            return None
        found = {(w, a.article) for a in self.anchors if (w := _weekday_by(a, month, day)) is not None}
        days = {w for w, _ in found}
        if len(days) != 1 or len({article for _, article in found}) < _SOURCES:
            return None
        return WEEKDAYS[days.pop()]

    def same_day(self, va: Value, vb: Value) -> bool | None:
        """A weekday not resolved to a date against a date without its year: whether the date's
        weekday by the story's calendar is that weekday; None where the calendar does not tell."""
        if {va.kind, vb.kind} != {"date", "weekday"}:
            return None
        date, day = (va, vb) if va.kind == "date" else (vb, va)
        if not date.normalized.startswith("?") or day.resolved or day.normalized not in WEEKDAYS:
            return None
        weekday = self.weekday(date.normalized)
        return None if weekday is None else weekday == day.normalized


def story_calendar(claims: Iterable[Claim]) -> StoryCalendar:
    """The anchors of a story's claims: each resolved weekday, each weekday written beside a date."""
    anchors: set[Anchor] = set()
    for claim in claims:
        for v in claim.values:
            if v.kind == "weekday" and v.resolved and v.normalized in WEEKDAYS:
                try:
                    day = dt.date.fromisoformat(v.resolved)
                except ValueError:
                    continue
                anchors.add(Anchor(day.month, day.day, day.weekday(), day.year, claim.article))
            elif v.kind == "date" and (pair := pair_of(claim, v)) is not None:
                date = v.normalized
                year = None if date.startswith("?") else int(date[:4])
                anchors.add(Anchor(int(date[5:7]), int(date[8:10]), pair[1], year, claim.article))
    return StoryCalendar(tuple(sorted(anchors, key=lambda a: (a.month, a.day, a.weekday, a.year or 0, a.article))))

# "in the night to Sunday", "overnight into Sunday": the night from Saturday to Sunday
_NIGHT_INTO = re.compile(r"\b(?:night|overnight)\s+(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)


def night_into(claim: Claim, v: Value) -> bool:
    """A weekday told as the night leading into it ("in the night to Sunday"): the night began
    on the day before."""
    return v.kind == "weekday" and bool(_NIGHT_INTO.search(claim.text[max(0, v.start - claim.start - 30) : v.start - claim.start]))


# --- nights ---------------------------------------------------------------------------------
# A night runs over two days; each telling names it by one of them: "on Friday night" and "late
# on Friday" by the evening it began, "in the night to Saturday", "in the early hours of
# Saturday", "shortly after midnight on Saturday" and "the night between Friday and Saturday" by
# the morning it ended. Every night is keyed here by the weekday of that morning.
_NIGHT_AFTER = re.compile(r"^\s*night\b", re.IGNORECASE)
_LATE_ON = re.compile(r"\blate\s+(?:on\s+)?$", re.IGNORECASE)
_MORNING_OF = re.compile(
    r"\b(?:(?:early|small|wee)\s+hours\s+of|(?:just|shortly|soon)\s+after\s+midnight\s+on|night\s+(?:of\s+\w+\s+)?(?:between|from)\s+\w+\s+(?:and|to|into))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the first day of "the night between Friday and Saturday": the span's bound, told by its second
_NIGHT_SPAN_START = re.compile(r"^\s+(?:and|to|into)\s+(?:the\s+)?(?:" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_NIGHT_SPAN_BEFORE = re.compile(r"\bnight\s+(?:between|from)\s+$", re.IGNORECASE)


def _around(claim: Claim, v: Value, before: int, after: int) -> tuple[str, str]:
    s, e = v.start - claim.start, v.end - claim.start
    return claim.text[max(0, s - before) : s], claim.text[e : e + after]


@per_record
def opens_night_span(claim: Claim, v: Value) -> bool:
    """Whether the weekday is the first day of "the night between Friday and Saturday"."""
    before, after = _around(claim, v, 20, 20)
    return v.kind == "weekday" and bool(_NIGHT_SPAN_BEFORE.search(before) and _NIGHT_SPAN_START.match(after))


@per_record
def night_of(claim: Claim, v: Value) -> str | None:
    """The weekday of the morning that ends the night a weekday names, or None when it names no
    night ("on Saturday", "Saturday's match")."""
    if v.kind != "weekday" or v.normalized not in WEEKDAYS:
        return None
    before, after = _around(claim, v, 40, 10)
    day = WEEKDAYS.index(v.normalized)
    if _NIGHT_AFTER.match(after) or _LATE_ON.search(before):
        return WEEKDAYS[(day + 1) % 7]
    if night_into(claim, v) or _MORNING_OF.search(before):
        return v.normalized
    if opens_night_span(claim, v):
        return WEEKDAYS[(day + 1) % 7]
    return None


def nights_compare(a: Claim, va: Value, b: Claim, vb: Value) -> bool | None:
    """Whether two weekdays told as nights are one night (by the mornings they end), None when
    either names no night. A night against a plain day is left to the day's own rules: the
    morning after "Friday night" is as often called Saturday as the evening before is Friday."""
    na, nb = night_of(a, va), night_of(b, vb)
    if na is None or nb is None:
        return None
    return na == nb
