"""Times a claim states: dates, months, years, weekdays, clock times, and relative days
("last Friday", "yesterday", "this Monday") resolved against the article's date or dateline.

A date that does not exist (31 February) is left unread; a weekday is resolved only when the
article gives a reference date whose year is known.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ...text.calendar import MONTHS, WEEKDAYS
from ...text.needles import case_blind, scan
from .time_spans import WEEK_OF, find_spans, week_of

_MONTH = "|".join(m.capitalize() for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?(?:,?\s+(?P<y2>\d{{4}}))?)\b"
)
MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH})\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b")
YEAR_WORD = re.compile(r"(?<![\w.,$€£])(?P<y>(?:19|20)\d\d)(?![\w.,]\d|['’]?s\b)")
RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|next)\s+year\b", re.IGNORECASE)
WEEKDAY = re.compile(
    r"\b(?:(?P<which>last|this|next|on|since|until|by|from)\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")(?:'s)?\b",
    re.IGNORECASE,
)
RELATIVE_DAY = re.compile(
    r"\b(?P<word>yesterday|today|tonight|tomorrow|the day before yesterday|the day after tomorrow|last night"
    r"|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_RELATIVE_SHIFT = {
    "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
    "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0,
}
# "a week ago", "two days ago", "three weeks ago": a day counted back from the article's date;
# "two years ago" a year. "weeks ago" / "some days ago" count no number and are left unread.
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
AGO = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|year)s?\s+ago\b", re.IGNORECASE)
# A month named without its day or year, after a word that makes it a time ("in April", "in early
# March", "mid-October", "since January", "at the end of May"), and "last / this / next month". A
# month alone after no such word is left unread ("May" the verb, "March" the walk).
MONTH_ALONE = re.compile(
    r"\b(?P<pre>in|since|until|till|by|from|during|early|late|mid|(?:the\s+)?(?:start|beginning|middle|end)\s+of)"
    r"(?:\s+(?:early|late|mid))?[\s-]+(?P<m>" + "|".join(m.capitalize() for m in MONTHS) + r")\b(?![\s.]*\d)"
)
RELATIVE_MONTH = re.compile(r"\b(?P<which>last|this|next)\s+month\b", re.IGNORECASE)
# "on the 16th": a day of the article's month (or the one before or after it), only before a stop
# or a clause ("on the 16th floor" is no day).
ORDINAL_DAY = re.compile(r"\bon\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*[,.;()]|\s*$|\s+(?:at|when|and|after|before|in|\w+ed)\b)")
ISO_DATE = re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])(?![\w-])")
# "the second of February", "the twenty-first of May": a day in words
_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
)
_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(_ORDINALS)} | {f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINALS[:9])} | {"thirtieth": 30, "thirty-first": 31}
WORD_DATE = re.compile(
    r"\bthe\s+(?P<d>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")\s+of\s+(?P<m>" + _MONTH + r")\b(?:,?\s+(?P<y>\d{4})\b)?",
    re.IGNORECASE,
)
NOON = re.compile(r"\b(?:at|around|about|by|until|after|before|shortly\s+(?:after|before)|just\s+(?:after|before))\s+(?P<w>noon|midday|midnight)\b", re.IGNORECASE)
CLOCK = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b)"
    r"|(?<![\w.,:])(?P<h24>[01]?\d|2[0-3])(?::|h(?=[0-5]\d\b))(?P<m24>[0-5]\d)(?![\w:])",
    re.IGNORECASE,
)


# Clock times in words: "ten to eight", "half past nine", "a quarter past six", "eight o'clock",
# "3.42 o'clock", "nine in the evening", each with an optional part of the day.
_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_MINUTES = {"five": 5, "ten": 10, "a quarter": 15, "quarter": 15, "twenty": 20, "twenty-five": 25, "twenty five": 25, "half": 30}
_HOUR = r"(?P<hour>" + "|".join(_HOURS) + r"|1[0-2]|0?[1-9])"
_DAYPART = r"(?:\s+(?:(?P<daypart>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|at\s+noon)|(?P<ampm>[ap]\.\s?m\.|[ap]m\b)))"
_OCLOCK = r"(?:\s+o['’]clock)"
WORD_CLOCKS = tuple(re.compile(p + _DAYPART + r"?\b", re.IGNORECASE) for p in (
    r"\b(?P<minutes>" + "|".join(sorted(_MINUTES, key=len, reverse=True)) + r"|\d{1,2})(?:\s+minutes)?\s+(?P<rel>past|to|after)\s+" + _HOUR + _OCLOCK + "?",
    r"(?<![\w.,:])(?P<dh>\d{1,2})[.:](?P<dm>[0-5]\d)" + _OCLOCK,
    r"\b" + _HOUR + _OCLOCK,
    r"\b" + _HOUR + r"(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))",
    r"\b(?P<half>half)\s+" + _HOUR,  # "at half three": half past three, as spoken in Britain
))
# "around the 21 hours of Sunday", "at the 9 hours": the 24-hour clock as Romance languages say
# it ("alle 21", "às 21 horas"), only before a day or a stop: "the 12 hours of talks" is a length
_HOURS_OF = re.compile(
    r"\b(?:at|around|about|towards|toward|approximately)\s+(?P<the>the\s+)(?P<h>[01]?\d|2[0-3])\s+hours?"
    r"(?=\s*[,.;)]|\s+(?:of|on)\s+(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b|\s+local\b)"
)
# A time in words without a part of the day or "o'clock" is read only after a preposition of time
# ("at ten to eight"; not "five to eight candidates").
_AT = re.compile(r"\b(?:at|around|about|by|until|till|from|after|before|approximately|roughly)\s+(?:around\s+|about\s+)?$", re.IGNORECASE)
# Words before a clock time that make it approximate: it agrees with a time within half an hour.
_APPROXIMATE = re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost|shortly|just|soon|before|after|by)\s+(?:after\s+|before\s+)?$", re.IGNORECASE)


def _approximate(text: str, start: int) -> str:
    """"about" when the words before a clock time make it approximate, else ""."""
    return "about" if _APPROXIMATE.search(text[max(0, start - 20) : start]) else ""


def _word_clock(m: re.Match[str]) -> tuple[str, bool] | None:
    """("HH:MM", whether the part of the day is known) of a clock time in words, or None."""
    def number(word: str) -> int:
        word = word.lower()
        return _HOURS.index(word) + 1 if word in _HOURS else int(word)

    groups = m.groupdict()
    part, ampm = groups.get("daypart"), groups.get("ampm")
    if groups.get("half"):
        hour, minutes = number(m.group("hour")), 30
    elif groups.get("minutes"):
        hour, words = number(m.group("hour")), m.group("minutes").lower()
        minutes = _MINUTES.get(words) if not words.isdigit() else int(words)
        if minutes is None or minutes >= 60:
            return None
        if m.group("rel").lower() == "to":
            hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
    elif groups.get("dh"):
        hour, minutes = int(m.group("dh")), int(m.group("dm"))
        if hour > 12:
            return (f"{hour:02d}:{minutes:02d}", True) if hour < 24 else None
    else:
        hour, minutes = number(m.group("hour")), 0
    if not 1 <= hour <= 12:
        return None
    later = (ampm or "").lower().startswith("p") or any(w in (part or "").lower() for w in ("afternoon", "evening", "night"))
    if "night" in (part or "").lower() and hour < 5:
        later = False  # "two at night"
    known = bool(ampm or part)
    hour = hour % 12 + (12 if later else 0)
    return f"{hour:02d}:{minutes:02d}", known


@dataclass(frozen=True, slots=True)
class TimeValue:
    kind: str  # date | month | year | weekday | time | span
    text: str
    start: int
    end: int
    normalized: str  # "2025-03-12", "????-03-12", "2024-02", "2024", "tuesday", "21:00", "2026-04-01/2026-06-30"
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


def time_readings(normalized: str, qualifier: str = "") -> list[int]:
    """Minutes after midnight a clock time may mean: two readings when it was written without a
    part of the day ("ten to eight": 07:50 or 19:50), else one; none when unreadable."""
    try:
        hours, minutes = (int(x) for x in normalized.split(":"))
    except ValueError:
        return []
    first = hours * 60 + minutes
    return [first, (first + 720) % 1440] if "12h" in qualifier.split() else [first]


# A part of a named day told for the time: "on Sunday evening", "in the small hours of Monday",
# "early on Sunday", read as the middle of the part; a part agrees with a clock time within three
# hours, with another part within five ("early on Sunday" / "on Sunday morning" may be one hour).
_WEEKDAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
# the day a part of the day belongs to: a weekday, "yesterday", a date ("6 March", "March 6")
_PART_DAY = rf"(?:{_WEEKDAY_NAMES}|[Yy]esterday|\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\.?\s+\d{{1,2}}\b)"
PART_OF_DAY = re.compile(
    rf"\b(?:{_WEEKDAY_NAMES}|[Yy]esterday)\s+(?P<part>morning|afternoon|evening|night)\b"
    rf"|\b(?:in|during)\s+the\s+(?P<small>(?:small|early)\s+hours)\s+of\s+(?:the\s+)?{_PART_DAY}"
    rf"|\b(?P<early>early|late)\s+on\s+(?:{_WEEKDAY_NAMES})\b(?!\s+(?:morning|afternoon|evening|night))"
    rf"|\b(?:at|before|shortly\s+before|just\s+before|after|shortly\s+after|just\s+after|around)\s+"
    rf"(?P<light>dawn|daybreak|first\s+light|dusk|nightfall|lunchtime)\s+(?:on\s+)?{_PART_DAY}"
    rf"|\bon\s+the\s+(?P<of>morning|afternoon|evening|night)\s+of\s+(?:the\s+)?{_PART_DAY}"
)
_PART_SHIFT = re.compile(r"\b(early|late)\s+(?:on\s+)?$", re.IGNORECASE)
_PART_HOURS = {
    "small hours": "03:00", "early": "04:00", "morning": "09:00", "afternoon": "15:00", "evening": "20:00", "night": "23:00",
    "late": "21:00", "dawn": "06:00", "daybreak": "06:00", "first light": "06:00", "dusk": "18:30", "nightfall": "18:30",
    "lunchtime": "12:30",
}


def times_agree(a: str, qa: str, b: str, qb: str) -> bool | None:
    """Whether two clock times can be the same moment: within half an hour when either is
    approximate ("about", "shortly after"), a quarter of an hour when either is a round hour
    ("9 p.m." for 9:10), else exactly; a part of the day (:data:`PART_OF_DAY`) within three or five
    hours; None when either cannot be read."""
    ra, rb = time_readings(a, qa), time_readings(b, qb)
    if not ra or not rb:
        return None
    parts = ("part" in qa.split()) + ("part" in qb.split())
    if parts:
        slack = 300 if parts == 2 else 180
    elif "about" in qa.split() or "about" in qb.split():
        slack = 30
    elif any(x % 60 == 0 for x in ra + rb):
        slack = 15
    else:
        slack = 0
    return any(min(abs(x - y), 1440 - abs(x - y)) <= slack for x in ra for y in rb)


def _real(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February is possible
    except ValueError:
        return False
    return True


# --- the article's reference date -----------------------------------------------------------


def reference_date(text: str, date: str | None = None, story_years: Iterable[int] = ()) -> dt.date | None:
    """The day the article speaks from: its metadata date, else a dateline in its first lines
    ("CITY, Tuesday 9 September —", "CITY, Feb. 8 (Agency) -"). A dateline without a year takes
    the year in which its weekday falls on that day, among the years the article mentions (and
    the next); without a weekday, none. An article that mentions no year takes, by the same
    rule, those of its story (``story_years``: the years of its other articles' dates and
    datelines)."""
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
    years = sorted({int(y.group("y")) for y in YEAR_WORD.finditer(text[:20_000])}) or sorted(set(story_years))
    if not years:
        return None
    candidates = sorted(set(years) | {years[-1] + 1}, reverse=True)
    weekday = WEEKDAY.search(head[max(0, m.start() - 15) : m.end() + 15])
    for y in candidates:
        if not _real(y, month, day):
            continue
        if weekday is None:  # the latest year mentioned dated too many datelines wrongly (bench/README.md, days18)
            return dt.date(y, month, day) if y in years else None
        if WEEKDAYS[dt.date(y, month, day).weekday()] == weekday.group("day").lower():
            return dt.date(y, month, day)
    return None


# --- reading --------------------------------------------------------------------------------


def _resolve_weekday(day: str, which: str, future: bool, ref: dt.date | None) -> str:
    try:
        return _resolve(day, which, future, ref)
    except OverflowError:  # a reference date at the edge of the calendar
        return ""


def _resolve(day: str, which: str, future: bool, ref: dt.date | None) -> str:
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


# A weekday placed in a week named after it: "Thursday of last week", "on Monday next week"
_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?(?P<week>last|next|this)\s+week\b", re.IGNORECASE)
_WEEK_SHIFT = {"last": -7, "this": 0, "next": 7}


_FUTURE = re.compile(r"\b(?:will|would|shall|is due|are due|is to|are to|plans? to|scheduled|expected to)\b", re.IGNORECASE)


# Past weeks and weekends counted from the article's date: each also carries, as ``resolved``,
# the days it may mean when the sentence was written the day before the page's date (wire copy
# reprinted the next day), "START/END"
_PAST_RELATIVE = re.compile(
    r"(?:last|over\s+the|at\s+the|this)\s+weekend|last\s+week|the\s+week\s+before\s+last|earlier\s+this\s+week",
    re.IGNORECASE,
)


def _hulls(text: str, out: list[TimeValue], offset: int, ref: dt.date) -> list[TimeValue]:
    """``out`` with ``resolved`` of each past relative week or weekend set to the hull of its
    readings against the article's date and the day before."""
    wanted = [t for t in out if t.kind == "span" and _PAST_RELATIVE.fullmatch(t.text)]
    if not wanted:
        return out
    shifted = [find_times(text, offset, ref - dt.timedelta(days=1), hull=False)]
    for t in wanted:
        readings = [t.normalized] + [u.normalized for other in shifted for u in other if (u.start, u.kind) == (t.start, t.kind)]
        bounds = [r.split("/") for r in readings]
        hull = f"{min(b[0] for b in bounds)}/{max(b[-1] for b in bounds)}"
        out = [dataclasses.replace(u, resolved=hull) if u is t else u for u in out]
    return out


def find_times(text: str, offset: int = 0, ref: dt.date | None = None, hull: bool = True) -> list[TimeValue]:
    """Every time expression of ``text`` (offsets shifted by ``offset``); ``hull``: see :func:`_hulls`.
    Each pattern scans only a text that holds one of its needles (:func:`...text.needles.scan`)."""
    folded = case_blind(text)
    out: list[TimeValue] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    future = bool(_FUTURE.search(text))
    for span in find_spans(text, ref, future):
        out.append(TimeValue("span", span.text, offset + span.start, offset + span.end, span.normalized, qualifier=span.qualifier))
        taken.append((span.start, span.end))
    for m in scan(ISO_DATE, text, folded):
        if free(*m.span()) and _real(int(m.group("y")), int(m.group("m")), int(m.group("d"))):
            out.append(TimeValue("date", m.group(0), offset + m.start(), offset + m.end(), m.group(0)))
            taken.append(m.span())
    for m in scan(DATE, text, folded):
        month = month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y1") or m.group("y2")
        if not free(*m.span()) or not _real(int(year) if year else None, month, day):
            continue  # "31 February": no such date
        if year is None and ref is not None:
            normalized = f"{ref.year}-{month:02d}-{day:02d}"
            if not _real(ref.year, month, day):
                normalized = f"????-{month:02d}-{day:02d}"
        else:
            normalized = f"{year or '????'}-{month:02d}-{day:02d}"
        lo = max(0, m.start() - 20)
        week = WEEK_OF.search(text[lo : m.start()])
        if week is not None and not normalized.startswith("?"):  # "the week of March 9"
            span = week_of(text, m.end(), dt.date.fromisoformat(normalized), lo + week.start())
            out.append(TimeValue("span", span.text, offset + span.start, offset + span.end, span.normalized))
            taken.append((span.start, span.end))
            continue
        out.append(TimeValue("date", m.group(0), offset + m.start(), offset + m.end(), normalized))
        taken.append(m.span())
    for m in scan(WORD_DATE, text, folded):
        month, day, year = month_number(m.group("m")), _ORDINAL_WORDS[m.group("d").lower()], m.group("y")
        span = (m.start("d"), m.end())
        if not free(*span) or not _real(int(year) if year else None, month, day):
            continue
        y = year or (str(ref.year) if ref is not None and _real(ref.year, month, day) else "????")
        out.append(TimeValue("date", text[span[0] : span[1]], offset + span[0], offset + span[1], f"{y}-{month:02d}-{day:02d}"))
        taken.append(span)
    for m in scan(MONTH_YEAR, text, folded):
        if free(*m.span()):
            out.append(TimeValue("month", m.group(0), offset + m.start(), offset + m.end(), f"{m.group('y')}-{month_number(m.group('m')):02d}"))
            taken.append(m.span())
    for m in scan(MONTH_ALONE, text, folded):
        span = (m.start("m"), m.end("m"))
        if free(*span):
            month = month_number(m.group("m"))
            year = _month_year(month, ref, future)
            pre = m.group("pre").lower()
            out.append(TimeValue("month", m.group("m"), offset + span[0], offset + span[1], f"{year or '????'}-{month:02d}",
                                 qualifier="until" if pre == "till" else pre if pre in ("since", "until", "by", "from") else ""))
            taken.append(span)
    for m in scan(RELATIVE_MONTH, text, folded):
        if ref is not None and free(*m.span()):
            index = ref.year * 12 + ref.month - 1 + {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
            out.append(TimeValue("month", m.group(0), offset + m.start(), offset + m.end(), f"{index // 12}-{index % 12 + 1:02d}"))
            taken.append(m.span())
    for m in scan(ORDINAL_DAY, text, folded):
        day = _ordinal_day(int(m.group("d")), ref, future)
        span = (m.start("d"), m.end())
        if day is not None and free(*span):
            out.append(TimeValue("date", text[span[0] : span[1]], offset + span[0], offset + span[1], day.isoformat()))
            taken.append(span)
    for m in scan(YEAR_WORD, text, folded):
        if free(*m.span()):
            out.append(TimeValue("year", m.group(0), offset + m.start(), offset + m.end(), m.group("y")))
    for m in scan(RELATIVE_YEAR, text, folded):
        if ref is not None and free(*m.span()):
            shift = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
            out.append(TimeValue("year", m.group(0), offset + m.start(), offset + m.end(), str(ref.year + shift)))
    for m in (m for pattern in WORD_CLOCKS for m in scan(pattern, text, folded)):
        read = _word_clock(m)
        if read is None or not free(*m.span()):
            continue
        value, known = read
        if not known and "clock" not in m.group(0).lower() and not _AT.search(text[max(0, m.start() - 25) : m.start()]):
            continue  # "five to eight candidates": no part of the day, no "o'clock", no "at"
        # without a part of the day the hour is read on a 12-hour dial ("12h")
        qualifier = " ".join(q for q in (_approximate(text, m.start()), "" if known else "12h") if q)
        out.append(TimeValue("time", m.group(0), offset + m.start(), offset + m.end(), value, qualifier=qualifier))
        taken.append(m.span())
    for m in scan(_HOURS_OF, text, folded):
        span = (m.start("the"), m.end())
        if free(*span):
            out.append(TimeValue("time", text[span[0] : span[1]], offset + span[0], offset + span[1], f"{int(m.group('h')):02d}:00",
                                 qualifier=_approximate(text, span[0])))
            taken.append(span)
    for m in scan(NOON, text, folded):
        span = (m.start("w"), m.end("w"))
        if free(*span):
            value = "00:00" if m.group("w").lower() == "midnight" else "12:00"
            out.append(TimeValue("time", m.group("w"), offset + span[0], offset + span[1], value, qualifier=_approximate(text, span[0])))
            taken.append(span)
    for m in scan(CLOCK, text, folded):
        value = clock(m)
        if value is not None and free(*m.span()):
            surface = m.group(0).strip()
            out.append(TimeValue("time", surface, offset + m.start(), offset + m.start() + len(surface), value,
                                 qualifier=_approximate(text, m.start())))
            taken.append(m.span())
    for m in scan(PART_OF_DAY, text, folded):
        group = next(g for g in ("part", "small", "early", "light", "of") if m.group(g))
        span = m.span(group)
        part = "small hours" if group == "small" else " ".join(m.group(group).lower().split())
        if m.group("part") and (shift := _PART_SHIFT.search(text, max(0, m.start() - 12), m.start())):
            if shift.group(1).lower() == "late" or part != "morning":
                continue  # "late on Sunday evening", "early Sunday afternoon": a part of a part, left unread
            part = "early"  # "early on Monday morning"
        if free(*span):
            out.append(TimeValue("time", text[span[0] : span[1]], offset + span[0], offset + span[1], _PART_HOURS[part], qualifier="part"))
            taken.append(span)
    for m in scan(WEEKDAY, text, folded):
        day = m.group("day").lower()
        which = (m.group("which") or "").lower()
        resolved = _resolve_weekday(day, which, future, ref)
        if ref is not None and (week := _WEEK_AFTER.match(text, m.end())) and which in ("", "on"):
            which = week.group("week").lower()  # "Thursday of last week": that day of the week before the article's
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=_WEEK_SHIFT[which])
            resolved = (monday + dt.timedelta(days=WEEKDAYS.index(day))).isoformat()
        out.append(TimeValue(
            "weekday", m.group("day"), offset + m.start("day"), offset + m.end("day"), day,
            resolved=resolved, qualifier="" if which == "on" else which,
        ))
    for m in scan(RELATIVE_DAY, text, folded):
        if ref is not None:
            shift = _RELATIVE_SHIFT[" ".join(m.group("word").lower().split())]
            resolved = (ref + dt.timedelta(days=shift)).isoformat()
            out.append(TimeValue("weekday", m.group(0), offset + m.start(), offset + m.end(), WEEKDAYS[dt.date.fromisoformat(resolved).weekday()], resolved=resolved))
    for m in scan(AGO, text, folded):
        if ref is None or not free(*m.span()):
            continue
        n = _COUNTS.get(m.group("n").lower()) or int(m.group("n"))
        unit = m.group("unit").lower()
        if unit == "year":
            out.append(TimeValue("year", m.group(0), offset + m.start(), offset + m.end(), str(ref.year - n)))
            continue
        resolved = (ref - dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        out.append(TimeValue("weekday", m.group(0), offset + m.start(), offset + m.end(), WEEKDAYS[dt.date.fromisoformat(resolved).weekday()], resolved=resolved))
    out.sort(key=lambda t: t.start)
    if hull and ref is not None:
        out = _hulls(text, out, offset, ref)
    return out


def _month_year(month: int, ref: dt.date | None, future: bool) -> int | None:
    """The year of a month named without one: the latest such month up to the article's date, or
    the next from it when the sentence tells what is to come; None without the article's date."""
    if ref is None:
        return None
    if future:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _ordinal_day(day: int, ref: dt.date | None, future: bool) -> dt.date | None:
    """The date "on the 16th" stands for: that day of the article's month, else of the month before
    (the month after, told ahead) when the day has not come yet (has passed); None without a date."""
    if ref is None:
        return None
    index = ref.year * 12 + ref.month - 1
    if future and day < ref.day:
        index += 1
    elif not future and day > ref.day:
        index -= 1
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, day) if _real(year, month, day) else None


def weekday_of(date: str) -> str | None:
    """The weekday of an ISO date with a year ("2025-03-19" -> "wednesday")."""
    try:
        return WEEKDAYS[dt.date.fromisoformat(date).weekday()]
    except ValueError:
        return None
