"""Times told as spans: a quarter, a half, a part or a season of a year, a fiscal year, a decade,
"the week of" a date, and spans counted from the article's date ("within two weeks", "by the
weekend", "later this year").

Each is read as an interval of days, normalized "YYYY-MM-DD/YYYY-MM-DD" (ISO 8601's start/end),
resolved against the article's date where the words are relative ("the second quarter of next
year"); a relative span without the article's date is left unread. Bounds are generous where
usage varies (a season's edges, "early" / "mid" / "late" a year, a fiscal year's start): two spans
conflict only when they cannot overlap, so a wide span errs towards agreement. Seasons are the
northern hemisphere's. A deadline ("by the end of 2026") opens its span at the article's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_YEAR = r"(?:(?P<y>(?:19|20)\d\d)(?!['’]?s\b)|(?P<rel>last|this|next|the\s+coming|the\s+following)\s+year|(?P<the>the)\s+year)"
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
# "by the end of 2026", "before the second half of next year": a deadline, read from the words before
_BY = re.compile(r"\b(?:by|before)\s+$", re.IGNORECASE)

QUARTER = re.compile(
    r"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of\s+" + _YEAR + r"\b"
    r"|" + r"\bQ(?P<qn>[1-4])\s*(?:of\s+)?(?P<qy>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
HALF = re.compile(
    r"\b(?:the\s+)?(?P<h>first|second|latter|1st|2nd)\s+half\s+of\s+" + _YEAR + r"\b"
    r"|\bH(?P<hn>[12])\s*(?:of\s+)?(?P<hy>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "early next year", "mid-2026", "late 2025", "the end of next year", "the start of 2027",
# "the early part of this year", "by the end of the year"
PART = re.compile(
    r"\b(?:the\s+)?(?P<p>early|mid|late|start|beginning|middle|end|turn)(?:\s+part)?(?:\s+of)?(?:\s+|-)" + _YEAR + r"\b"
    r"|\b(?P<ym>year)[-\s]end\b",
    re.IGNORECASE,
)
# (first month, last month) of each part of a year
_PARTS = {"early": (1, 5), "start": (1, 4), "beginning": (1, 4), "mid": (4, 9), "middle": (4, 9), "late": (8, 12), "end": (9, 12)}
_SEASON_WORDS = r"spring|summer|autumn|fall|winter"
SEASON = re.compile(
    r"\b(?P<pre>this|last|next|in\s+the|over\s+the|during\s+the|through\s+the|by\s+the|until\s+the|in|by)\s+"
    r"(?:(?P<part>early|late|mid)[\s-]?)?(?P<s>" + _SEASON_WORDS + r")\b(?!\s+(?:of\s+)?(?:19|20)\d\d|\s+(?:in|of)\b)"
    r"|\b(?:the\s+)?(?P<s2>" + _SEASON_WORDS + r")\s+(?:of\s+)?(?P<sy>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# (month, day) the season may start and end on, with a margin either side of the meteorological season
_SEASONS = {"spring": ((3, 1), (6, 20)), "summer": ((6, 1), (9, 22)), "autumn": ((9, 1), (12, 20)), "fall": ((9, 1), (12, 20)),
            "winter": ((12, 1), (3, 20))}
FISCAL = re.compile(r"\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<y>(?:19|20)\d\d|\d\d)\b(?![-/–]\d)", re.IGNORECASE)
DECADE = re.compile(r"\b(?:the\s+)(?:(?P<p>early|mid|late)[\s-])?(?P<d>(?:19|20)\d0)['’]?s\b", re.IGNORECASE)
WEEK_OF = re.compile(r"\bthe\s+week\s+of\s+$", re.IGNORECASE)
# spans counted from the article's date
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 31}
WITHIN = re.compile(
    r"\b(?:within|in\s+the\s+(?:next|coming)|over\s+the\s+(?:next|coming))\s+(?:the\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})?\s*"
    r"(?P<unit>day|week|fortnight|month)s?\b(?!\s+(?:of|after|from|since|before)\b)",
    re.IGNORECASE,
)
WEEKEND = re.compile(r"\b(?P<pre>by|this|last|over\s+the|at\s+the|next)\s+(?:the\s+)?weekend\b(?!\s+(?:of|before|after)\b)", re.IGNORECASE)
# "last week", "the week before last", "earlier this week": a week counted from the article's date
WEEK = re.compile(
    r"\b(?:(?:(?P<last>last)|(?P<earlier>earlier)\s+this)\s+week\b(?!['’]s|\s+(?:of|before|after)\b)|the\s+week\s+before\s+(?P<before>last)\b)",
    re.IGNORECASE,
)
_WEEKDAY_BEFORE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*(?:of\s+)?$", re.IGNORECASE)
# a span after these bounds another span ("since last autumn", "from the first quarter of 2026"):
# it is no time of the act
_BOUND = re.compile(r"\b(?:since|from|after|until|till|through|throughout)\s+$", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
LATER = re.compile(r"\b(?P<w>later|earlier)\s+this\s+(?P<unit>year|month)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int
    first: dt.date
    last: dt.date
    relative: bool  # counted from the article's date at the scale of days ("within two weeks"): evidence for agreement only
    qualifier: str = ""  # "by" for a deadline, "relative" for a short span counted from the article's date

    @property
    def normalized(self) -> str:
        return f"{self.first.isoformat()}/{self.last.isoformat()}"


def interval(normalized: str) -> tuple[dt.date, dt.date] | None:
    """The days of a span's normalized form "YYYY-MM-DD/YYYY-MM-DD"; None when it is none."""
    try:
        a, b = normalized.split("/")
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(m: re.Match[str], ref: dt.date | None, future: bool) -> int | None:
    """The year a span names: written, counted from the article's date, or "the year" of one told
    as to come (a past "at the end of the year" may be the year before the article's)."""
    if m.group("y"):
        return int(m.group("y"))
    if ref is None or (m.group("the") and not future):
        return None
    rel = (m.group("rel") or "").lower().split()
    if rel and rel[-1] in ("last",):
        return ref.year - 1
    if rel and rel[-1] in ("next", "coming", "following"):
        return ref.year + 1
    return ref.year  # "this year", "the year"


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, first, 1), _month_end(year, last)


def _season(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The season that starts in ``year`` (winter: December of that year to March of the next)."""
    (m1, d1), (m2, d2) = _SEASONS[name]
    return dt.date(year, m1, d1), dt.date(year + (1 if m2 < m1 else 0), m2, d2)


def _relative_season(name: str, pre: str, ref: dt.date, future: bool) -> tuple[dt.date, dt.date]:
    seasons = [_season(name, y) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    current = next((s for s in seasons if s[0] <= ref <= s[1]), None)
    last_done = max(s for s in seasons if s[1] < ref)
    upcoming = min(s for s in seasons if s[0] > ref)
    if pre == "last":
        # the one just ended, or (within a year of it) the one before: both, when it ended this year
        before = max(s for s in seasons if s[1] < last_done[0])
        return (before[0], last_done[1]) if last_done[1].year == ref.year and current is None else last_done
    if pre == "next":
        return upcoming
    if current is not None:
        return current
    if pre == "this":
        return (last_done[0], upcoming[1]) if not future else upcoming
    return upcoming if future else last_done


def find_spans(text: str, ref: dt.date | None = None, future: bool = False) -> list[Span]:
    """Every span of ``text`` (offsets into ``text``), earlier patterns first where two overlap."""
    out: list[Span] = []

    def add(m: re.Match[str], first: dt.date, last: dt.date, relative: bool = False, by: bool | None = False) -> None:
        """``by``: a deadline (True), none (False), or one when "by" / "before" stands before (None)."""
        s, e = m.span()
        if by is None:
            b = _BY.search(text[max(0, s - 8) : s])
            by, s = (True, max(0, s - 8) + b.start()) if b else (False, s)
        if by and ref is not None and ref < first:
            first = ref
        if any(x.start < e and s < x.end for x in out) or first > last or _BOUND.search(text[max(0, s - 12) : s]):
            return
        qualifier = "by" if by else "relative" if relative else ""
        out.append(Span(text[s:e], s, e, first, last, relative, qualifier))

    low = text.lower()
    for m in QUARTER.finditer(text) if "quarter" in low or "q" in low else ():
        if m.group("qn"):
            y, q = int(m.group("qy")), int(m.group("qn"))
        else:
            y, q = _year(m, ref, future), _ORD[m.group("q").lower()]
        if y is not None:
            add(m, *_months(y, 3 * q - 2, 3 * q), by=None)
    for m in HALF.finditer(text) if "half" in low or "h1" in low or "h2" in low else ():
        if m.group("hn"):
            y, h = int(m.group("hy")), int(m.group("hn"))
        else:
            y, h = _year(m, ref, future), 1 if m.group("h").lower() in ("first", "1st") else 2
        if y is not None:
            add(m, *_months(y, 6 * h - 5, 6 * h), by=None)
    for m in PART.finditer(text) if "year" in low or _ANY_YEAR.search(text) else ():
        if m.group("ym"):
            if ref is not None and future:
                add(m, *_months(ref.year, *_PARTS["end"]))
            continue
        y, part = _year(m, ref, future), m.group("p").lower()
        if y is None:
            continue
        if part == "turn":
            add(m, dt.date(y - 1, 11, 1), dt.date(y, 2, 28))
        else:
            add(m, *_months(y, *_PARTS[part]), by=None)
    for m in FISCAL.finditer(text) if "fiscal" in low or "fy" in low else ():
        y = int(m.group("y"))
        y = y if y > 99 else 2000 + y
        # "fiscal 2026" ends in 2026 (the United States' October-September year, April-March
        # elsewhere) or, in Japan and some retailers, begins in it: from April before to March after
        add(m, dt.date(y - 1, 4, 1), dt.date(y + 1, 3, 31))
    for m in DECADE.finditer(text) if "0s" in low or "0's" in low or "0’s" in low else ():
        d, part = int(m.group("d")), (m.group("p") or "").lower()
        first_year, last_year = {"early": (0, 5), "mid": (3, 7), "late": (5, 9)}.get(part, (0, 9))
        if d % 100 == 0 and not part:
            continue  # "the 2000s" may be the century
        add(m, dt.date(d + first_year, 1, 1), dt.date(d + last_year, 12, 31))
    for m in SEASON.finditer(text) if any(w in low for w in _SEASONS) else ():
        if m.group("s2"):
            name, y = m.group("s2").lower(), int(m.group("sy"))
            span = _season(name, y) if name != "winter" else (_season(name, y - 1)[0], _season(name, y)[1])
            add(m, *span)
        elif ref is not None:
            pre = " ".join(m.group("pre").lower().split())
            name = m.group("s").lower()
            span = _relative_season(name, pre if pre in ("this", "last", "next") else "", ref, future or pre.startswith(("by", "until")))
            add(m, *span, by=pre.startswith("by"))  # "by the summer": the words hold their "by"
    if ref is not None:
        for m in LATER.finditer(text) if "this" in low else ():
            year_end = _month_end(ref.year, 12 if m.group("unit").lower() == "year" else ref.month)
            year_start = dt.date(ref.year, 1 if m.group("unit").lower() == "year" else ref.month, 1)
            add(m, *((ref, year_end) if m.group("w").lower() == "later" else (year_start, ref)))
        for m in WITHIN.finditer(text) if "within" in low or "next" in low or "coming" in low else ():
            if not future and not re.match(r"(?:in|over)\s", m.group(0), re.IGNORECASE):
                continue  # "sold out within two weeks": counted from another event
            if m.group("n") is None and m.group(0).lower().endswith("s"):
                continue  # "within days": no count
            n = _COUNTS.get((m.group("n") or "a").lower()) or int(m.group("n"))
            add(m, ref, ref + dt.timedelta(days=n * _UNIT_DAYS[m.group("unit").lower()]), relative=True)
        for m in WEEKEND.finditer(text) if "weekend" in low else ():
            pre = " ".join(m.group("pre").lower().split())
            saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
            if pre == "last" or (pre in ("over the", "at the") and not future and ref.weekday() not in (5, 6)):
                saturday -= dt.timedelta(days=7)
            elif pre == "next":
                saturday += dt.timedelta(days=7 if ref.weekday() >= 4 else 0)
            if ref.weekday() == 6 and pre in ("this", "over the", "at the", "by"):
                saturday = ref - dt.timedelta(days=1)
            add(m, ref if pre == "by" else saturday, saturday + dt.timedelta(days=1), relative=True)
        for m in WEEK.finditer(text) if "week" in low and not future else ():
            if _WEEKDAY_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
                continue  # "Thursday of last week": the weekday tells its day
            monday = ref - dt.timedelta(days=ref.weekday())
            if m.group("earlier"):
                if ref.weekday() > 0:
                    add(m, monday, ref - dt.timedelta(days=1), relative=True)
                continue
            monday -= dt.timedelta(days=14 if m.group("before") else 7)
            add(m, monday, monday + dt.timedelta(days=6), relative=True)
    return out


def week_of(text: str, date_end: int, day: dt.date, span_start: int) -> Span:
    """"the week of March 9": the week that holds the day, and the six days after it."""
    monday = day - dt.timedelta(days=day.weekday())
    return Span(text[span_start:date_end], span_start, date_end, monday, day + dt.timedelta(days=6), False)
