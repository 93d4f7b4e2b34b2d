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

# A month's name as written in running text: the whole name or its standard abbreviation (with or without its
# full stop), capitalised or in capitals, and never the start of a longer word ("Marchers", "Decades", "Mayors").
# A pattern string, to be put inside a larger expression compiled without IGNORECASE.
MONTH_NAME = (
    "(?:" + "|".join(m.capitalize() + "|" + m.upper() for m in MONTHS) + "|"
    + "|".join(a.capitalize() + "|" + a.upper() for a in MONTH_ABBREVIATIONS) + r")(?!\w)\.?"
)
