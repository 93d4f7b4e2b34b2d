"""The names of days and months, in one place: every rule that must not read them as names, places
or counted things asks here."""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

# Lower-case words that name a day or a month.
CALENDAR_WORDS = frozenset(WEEKDAYS + MONTHS)
