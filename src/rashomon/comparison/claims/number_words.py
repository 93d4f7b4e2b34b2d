"""The words of figures: number words and multipliers, the qualifiers before a figure and the
interval each makes of it, and currencies by sign and by name. Read by the figure reader
(numbers.py), the reader of what a figure counts (counted.py) and the phrases of figures
(number_phrases.py)."""

from __future__ import annotations

import math
import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
MULTIPLIERS = {
    "dozen": 12, "score": 20, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000,
    "mn": 1_000_000, "k": 1_000, "tn": 1_000_000_000_000,
}
PLURAL_MULTIPLIERS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})
WORD_PATTERN = r"(?:" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")"
MULTIPLIER_PATTERN = r"(?:dozen|score|hundred|thousand|million|billion|trillion)"

# Qualifiers before a figure, and the interval they make of it (low, high factors; None: open).
QUALIFIERS: dict[str, tuple[float | None, float | None]] = {
    "at least": (1, None), "more than": (1, None), "over": (1, None), "upwards of": (1, None),
    "not less than": (1, None), "well over": (1, None), "well above": (1, None), "as many as": (0.5, 1), "no fewer than": (1, None), "in excess of": (1, None), "above": (1, None),
    "up to": (0.5, 1), "at most": (None, 1), "fewer than": (None, 1), "less than": (None, 1),
    "under": (None, 1), "no more than": (None, 1), "barely": (0.85, 1), "just under": (0.85, 1),
    "nearly": (0.85, 1), "almost": (0.85, 1), "close to": (0.85, 1.05),
    "about": (0.85, 1.15), "around": (0.85, 1.15), "roughly": (0.85, 1.15), "some": (0.85, 1.15),
    "approximately": (0.85, 1.15), "an estimated": (0.8, 1.2), "estimated": (0.8, 1.2), "just over": (1, 1.15),
    "just": (1, 1), "only": (1, 1), "exactly": (1, 1), "all": (1, 1),
}
_QUALIFIER = re.compile(r"(?:" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True)) + r")\s+$", re.IGNORECASE)

def qualifier_before(text: str, at: int) -> str:
    """The qualifier ("nearly", "at least") just before position ``at``, lower case, or ""."""
    q = _QUALIFIER.search(text, max(0, at - 20), at)
    return q.group(0).strip().lower() if q else ""


def interval(low: float, high: float, qualifier: str) -> tuple[float, float]:
    """The values a figure told as ``low``..``high`` can stand for, given its qualifier ("at
    least": no upper bound; "under": down to 0)."""
    lo_f, hi_f = QUALIFIERS.get(qualifier, (1, 1))
    return (low * lo_f if lo_f is not None else 0.0, high * hi_f if hi_f is not None else math.inf)


CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "rouble": "RUB", "ruble": "RUB"}
CURRENCY_CODES = frozenset({*CURRENCY_SIGNS.values(), *CURRENCY_WORDS.values()})  # a value's unit when it is money
