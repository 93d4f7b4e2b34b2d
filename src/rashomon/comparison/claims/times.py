"""Times a claim states: dates, months, years, weekdays, clock times, and relative days
("last Friday", "yesterday", "this Monday") resolved against the article's date or dateline.

A date that does not exist (31 February) is left unread; a weekday is resolved only when the
article gives a reference date whose year is known.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MONTH = "|".join(m.capitalize() for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?(?:,?\s+(?P<y2>\d{{4}}))?)\b"
)
MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH})\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b")
YEAR_WORD = re.compile(r"(?<![\w.,$€£])(?P<y>(?:19|20)\d\d)(?![\w.,]\d)")
RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|next)\s+year\b", re.IGNORECASE)
WEEKDAY = re.compile(
    r"\b(?:(?P<which>last|this|next|on|since|until|by|from)\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")(?:'s)?\b",
    re.IGNORECASE,
)
RELATIVE_DAY = re.compile(r"\b(?P<word>yesterday|today|tonight|the day before yesterday)\b", re.IGNORECASE)
CLOCK = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b)"
    r"|(?<![\w.,:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\w:])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TimeValue:
    kind: str  # date | month | year | weekday | time
    text: str
    start: int
    end: int
    normalized: str  # "2025-03-12", "????-03-12", "2024-02", "2024", "tuesday", "21:00"
    resolved: str = ""
    qualifier: str = ""  # "until", "by", "from", "since", "last", "next", "this" before a weekday  # the calendar date a weekday or relative day stands for, when known


def month_number(name: str) -> int:
    return [m[:3] for m in MONTHS].index(name.lower()[:3]) + 1


def clock(m: re.Match[str]) -> str | None:
    """"9 p.m." -> "21:00"; None for an impossible time."""
    if m.group("h24") is not None:
        return f"{int(m.group('h24')):02d}:{m.group('m24')}"
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    hour = hour % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    return f"{hour:02d}:{minute:02d}"


def _real(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February is possible
    except ValueError:
        return False
    return True


# --- the article's reference date -----------------------------------------------------------


def reference_date(text: str, date: str | None = None) -> dt.date | None:
    """The day the article speaks from: its metadata date, else a dateline in its first lines
    ("CITY, Tuesday 9 September —", "CITY, Feb. 8 (Agency) -"). A dateline without a year takes
    the year in which its weekday falls on that day, among the years the article mentions (and
    the next); without a weekday, the latest year the article mentions."""
    if date:
        try:
            return dt.date.fromisoformat(date[:10])
        except ValueError:
            pass
    head = text[:300]
    m = DATE.search(head)
    if m is None or m.start() > 120:
        return None
    month = month_number(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    year = m.group("y1") or m.group("y2")
    if not _real(int(year) if year else None, month, day):
        return None
    if year:
        return dt.date(int(year), month, day)
    years = sorted({int(y.group("y")) for y in YEAR_WORD.finditer(text[:20_000])})
    if not years:
        return None
    candidates = sorted(set(years) | {years[-1] + 1}, reverse=True)
    weekday = WEEKDAY.search(head[max(0, m.start() - 15) : m.end() + 15])
    for y in candidates:
        if not _real(y, month, day):
            continue
        if weekday is None:
            return dt.date(y, month, day) if y in years else None
        if WEEKDAYS[dt.date(y, month, day).weekday()] == weekday.group("day").lower():
            return dt.date(y, month, day)
    return None


# --- reading --------------------------------------------------------------------------------


def _resolve_weekday(day: str, which: str, future: bool, ref: dt.date | None) -> str:
    if ref is None:
        return ""
    target = WEEKDAYS.index(day)
    back = (ref.weekday() - target) % 7
    if which == "last":
        back = back or 7
        return (ref - dt.timedelta(days=back)).isoformat()
    if which == "next" or (future and which != "last"):
        ahead = (target - ref.weekday()) % 7
        return (ref + dt.timedelta(days=ahead or (7 if which == "next" else 0))).isoformat()
    return (ref - dt.timedelta(days=back)).isoformat()


_FUTURE = re.compile(r"\b(?:will|would|shall|is due|are due|is to|are to|plans? to|scheduled|expected to)\b", re.IGNORECASE)


def find_times(text: str, offset: int = 0, ref: dt.date | None = None) -> list[TimeValue]:
    """Every time expression of ``text`` (offsets shifted by ``offset``)."""
    out: list[TimeValue] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    future = bool(_FUTURE.search(text))
    for m in DATE.finditer(text):
        month = month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y1") or m.group("y2")
        if not _real(int(year) if year else None, month, day):
            continue  # "31 February": no such date
        if year is None and ref is not None:
            normalized = f"{ref.year}-{month:02d}-{day:02d}"
            if not _real(ref.year, month, day):
                normalized = f"????-{month:02d}-{day:02d}"
        else:
            normalized = f"{year or '????'}-{month:02d}-{day:02d}"
        out.append(TimeValue("date", m.group(0), offset + m.start(), offset + m.end(), normalized))
        taken.append(m.span())
    for m in MONTH_YEAR.finditer(text):
        if free(*m.span()):
            out.append(TimeValue("month", m.group(0), offset + m.start(), offset + m.end(), f"{m.group('y')}-{month_number(m.group('m')):02d}"))
            taken.append(m.span())
    for m in YEAR_WORD.finditer(text):
        if free(*m.span()):
            out.append(TimeValue("year", m.group(0), offset + m.start(), offset + m.end(), m.group("y")))
    for m in RELATIVE_YEAR.finditer(text):
        if ref is not None:
            shift = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
            out.append(TimeValue("year", m.group(0), offset + m.start(), offset + m.end(), str(ref.year + shift)))
    for m in CLOCK.finditer(text):
        value = clock(m)
        if value is not None and free(*m.span()):
            surface = m.group(0).strip()
            out.append(TimeValue("time", surface, offset + m.start(), offset + m.start() + len(surface), value))
            taken.append(m.span())
    for m in WEEKDAY.finditer(text):
        day = m.group("day").lower()
        which = (m.group("which") or "").lower()
        out.append(TimeValue(
            "weekday", m.group("day"), offset + m.start("day"), offset + m.end("day"), day,
            resolved=_resolve_weekday(day, which, future, ref), qualifier="" if which == "on" else which,
        ))
    for m in RELATIVE_DAY.finditer(text):
        if ref is not None:
            back = {"yesterday": 1, "today": 0, "tonight": 0, "the day before yesterday": 2}[m.group("word").lower()]
            resolved = (ref - dt.timedelta(days=back)).isoformat()
            out.append(TimeValue("weekday", m.group(0), offset + m.start(), offset + m.end(), WEEKDAYS[dt.date.fromisoformat(resolved).weekday()], resolved=resolved))
    out.sort(key=lambda t: t.start)
    return out


def weekday_of(date: str) -> str | None:
    """The weekday of an ISO date with a year ("2025-03-19" -> "wednesday")."""
    try:
        return WEEKDAYS[dt.date.fromisoformat(date).weekday()]
    except ValueError:
        return None


def spans_taken(times: Sequence[TimeValue]) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in times if t.kind in ("date", "time", "month", "year")]
