"""Datelines: where and when an article was filed, opening its first sentence or standing alone.

"DRUNESK, Veskaria, March 12 (Meridian Wire) — ", "ISTROVEL, 12 March (VNA) – ", "MİROBEL, ..." (a
place in capitals of any script, then a date, the agency in brackets and a dash); "Castelmoor,
10 February — " (a place in title case, a date, a dash); "Sethurai – The hurricane..." (a place
and a long dash before a capital); "Qasr Nadim – Al-Nadimiya: " (a place, a dash, the agency and
a colon); "Daily, Tirmaz 23 November dispatch (reporter Zhao) The..." (a date and a bracketed
byline run into the sentence). A dateline standing as its own sentence: "Kovrin, 13 April (SarTA).".

    dateline(text)        -> the match of the opening dateline, or None
    dateline_line(text)   -> the match of a sentence that is only a dateline, or None
    strip_dateline(text)  -> the sentence without its dateline
    dateline_place(text)  -> the place a dateline opens with ("TORVENNA", "Kovrin"), or ""
"""

from __future__ import annotations

import re

from .calendar import CALENDAR_WORDS, MONTH_NAME

__all__ = ["DATELINE", "DATELINE_CAPITALS", "DATELINE_LINE", "dateline", "dateline_line", "dateline_place", "strip_dateline"]

_UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x500) if chr(c).isupper())
_MONTH = MONTH_NAME  # "12 March", "Sept. 3"; not "40 Mayors"
_PLACE = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
DATELINE = re.compile(
    "^[“\"]?(?:"
    rf"[{_UPPER}][{_UPPER}’'.-]+(?:\s+[{_UPPER}][{_UPPER}’'.-]+)*(?:,[^—–\n()]{{0,60}}?)?\s*(?:\([^)\n]{{1,60}}\))?\s*[—–-]{{1,2}}\s+"
    rf"|{_PLACE},\s*(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*(?:\([^)\n]{{1,60}}\))?\s*[—–-]{{1,2}}\s+"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+[—–]\s+[A-Z][\w’'.-]*(?:[\s-]+[A-Z][\w’'.-]*){0,3}:\s+"
    rf"|{_PLACE}\s+[—–]\s+(?=[A-Z])"
    rf"|[^\n()]{{0,60}}?\b\d{{1,2}}\s+{_MONTH}[^\n()]{{0,30}}\([^)\n]{{1,60}}\)\s+(?=[A-Z])"
    r")(?=\S)"
)
DATELINE_LINE = re.compile(r"^[A-ZÀ-Ý][\w’' .-]{0,40},(?:\s*[A-ZÀ-Ý][\w’' .-]{0,30},)?\s*[\w.]+\s+\w+\.?(?:\s*\([^)]{1,40}\))?[.:]?\s*$")
# A sentence that is only a dateline in capitals ("DRUNESK, Veskaria (Meridian Wire) —").
DATELINE_CAPITALS = re.compile(r"^[A-Z][A-Z .,'’-]+(?:,\s*[\w .,]+)?(?:\([^)]*\))?\s*[—–-]?\s*$")
_PLACE_FIRST = re.compile(r"^\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*(?:,|\s[–—-]\s)")
_DATE_NEXT = re.compile(rf"\s*(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
# Capitalised openings that are no place: "On Tuesday, ...", "President X, ...", "Tuesday, Nov. 4".
_NOT_PLACE = {
    "on", "in", "at", "by", "from", "since", "until", "last", "this", "next", "the", "president", "prime", "minister",
    "updated", "posted", "published", *CALENDAR_WORDS,
}


def dateline(text: str) -> re.Match[str] | None:
    return DATELINE.match(text)


def dateline_line(text: str) -> re.Match[str] | None:
    return DATELINE_LINE.match(text)


def strip_dateline(text: str) -> str:
    """The sentence without its dateline: where and when it was filed, and by which agency, is the
    outlet's header, not the claim."""
    m = DATELINE.match(text)
    if not m:
        return text
    rest = text[m.end():]
    return rest[0].upper() + rest[1:] if rest[:1].islower() else rest


def dateline_place(text: str) -> str:
    """The place an opening "PLACE, date" or "PLACE — date" names, as written ("TORVENNA, Sept 23
    —" -> "TORVENNA", "Kovrin, 13 April" -> "Kovrin"), or ""."""
    m = _PLACE_FIRST.match(text)
    if m is None or not _DATE_NEXT.match(text, m.end()) or m.group(1).split()[0].lower() in _NOT_PLACE:
        return ""
    return m.group(1)
