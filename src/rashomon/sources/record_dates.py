"""A record's date: ISO 8601 from the forms news data writes (ISO, RFC 2822, epoch seconds, a day
written out in English), or the form as written, or nothing when it cannot be a news article's date."""

from __future__ import annotations

import logging
import math
import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from .detect import valid_text

__all__ = ["iso_date"]

logger = logging.getLogger(__name__)

# Dates outside these years are not a news article's date (a typo, a sentinel, an overflow):
# dropped rather than kept.
_FIRST_YEAR, _LAST_YEAR = 1800, 2200
_MAX_DATE_CHARS = 64  # an unknown date form longer than this is not a date: dropped


def _sane(moment: datetime | date) -> bool:
    return _FIRST_YEAR <= moment.year <= _LAST_YEAR


def iso_date(value: Any) -> str | None:
    """ISO 8601 for the date forms news data uses (ISO, RFC 2822, epoch seconds, a day written
    out in English: "5 June 2026", "Jun. 5, 2026"); an unknown short form is kept as written.

    A whole number in the years 1800-2200 is a year, kept as written like the string "2026". A
    date outside those years, a number that is not finite, or anything that does not fit in a
    date at all is dropped (None), never raised."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int) and _FIRST_YEAR <= value <= _LAST_YEAR:
        value = str(value)  # a year told as a number ("date": 2026), not 33 minutes past 1970
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.strip().isascii()
                                           and value.strip().isdigit() and len(value.strip()) >= 9):
        try:
            stamp = float(value)
            if not math.isfinite(stamp):
                return None
            if abs(stamp) > 1e11:  # milliseconds since the epoch
                stamp /= 1000
            moment = datetime.fromtimestamp(stamp, tz=timezone.utc)
        except (ValueError, OverflowError, OSError):
            return None
        return moment.isoformat() if _sane(moment) else None
    if not isinstance(value, str):
        return None
    text = valid_text(value).strip()
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    for parse in (date.fromisoformat, lambda t: datetime.fromisoformat(t.replace("Z", "+00:00")), parsedate_to_datetime):
        try:
            moment = parse(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        return moment.isoformat() if moment is not None and _sane(moment) else None
    if (day := _written_day(text)) is not None and _sane(day):
        return day.isoformat()
    logger.debug("date %r kept as written", text)
    return text


# A day written for people ("Friday 5th June 2026", "Jun. 5, 2026 10:30", "05.06.2026"): the
# weekday, ordinal suffixes, commas and a time of day are set aside, then these forms are tried
# (English month names; numbers only in the unambiguous year-first and dotted day-first forms).
_DAY_FORMS = ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d", "%d.%m.%Y")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"(?:,?\s+|T)\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:utc|gmt|z))?$", re.IGNORECASE)


def _written_day(text: str) -> date | None:
    bare = _TIME_OF_DAY.sub("", _WEEKDAY.sub("", text))
    bare = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", bare)
    bare = re.sub(r"(?<=[A-Za-z])\.(?=\s)", "", bare).replace(",", " ")
    bare = " ".join(bare.split())
    for form in _DAY_FORMS:
        try:
            return datetime.strptime(bare, form).date()
        except ValueError:
            continue
    return None
