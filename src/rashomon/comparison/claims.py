"""Claims: who said what, the quoted words, and the values a claim states.

A claim is a sentence of an article. Each carries its attribution (``speaker``: "Price",
"the State Department"), its quoted passages, and the values conflicts are checked on:
numbers (``"two dozen"`` = 24, ``"4,2 million"`` = 4200000), dates, clock times, weekdays and years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Claim, Sentence, Value
from ..text import attribution
from ..text import find_quotes as text_quotes

# --- numbers --------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_MULTIPLIERS = {
    "dozen": 12, "score": 20, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000,
}
_WORD = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_MULT = r"(?:dozen|score|hundred|thousand|million|billion|trillion)"
_DIGITS = r"\d+(?:[.,]\d+)*"

NUMBER = re.compile(
    rf"(?<![\w.,])(?:(?:half\s+(?:a|an)\s+|(?:a|an)\s+){_MULT}|(?:{_DIGITS}|{_WORD}(?:[-\s]{_WORD})?)(?:\s+{_MULT})*)(?![\w])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def parse_number(text: str) -> float | None:
    """``"two dozen"`` -> 24, ``"4,2 million"`` -> 4200000, ``"1,500"`` -> 1500."""
    words = re.split(r"[-\s]+", text.strip().lower())
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word == "half":  # "half a dozen", "half a million"
            current, seen = 0.5, True
        elif word in ("a", "an"):
            current, seen = (current or 1), True
        elif re.fullmatch(_DIGITS, word):
            current += _parse_digits(word)
            seen = True
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _MULTIPLIERS:
            current = (current or 1) * _MULTIPLIERS[word]
            if _MULTIPLIERS[word] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def format_number(number: float) -> str:
    return f"{number:.6f}".rstrip("0").rstrip(".")


def _parse_digits(token: str) -> float:
    # "4,2" (decimal comma, as machine translation from many languages writes it) vs "4,200".
    if re.fullmatch(r"\d+,\d{1,2}", token):
        return float(token.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):  # "4.200.000" thousands dots
        return float(token.replace(".", ""))
    return float(token.replace(",", ""))


# --- dates ----------------------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_MONTH = "|".join(m.capitalize() for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?(?:,?\s+(?P<y2>\d{{4}}))?)\b"
)


# Clock times: "9 p.m.", "10.30 am", "21:15", "2.20 p.m." (a time is not a count).
_TIME = re.compile(
    r"(?<![\w.,:])(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b)"
    r"|(?<![\w.,:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\w:])",
    re.IGNORECASE,
)


def _clock(m: re.Match[str]) -> str | None:
    """"9 p.m." -> "21:00"; None for an impossible time."""
    if m.group("h24") is not None:
        return f"{int(m.group('h24')):02d}:{m.group('m24')}"
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    if m.group("ampm").lower().startswith("p"):
        hour = hour % 12 + 12
    else:
        hour %= 12
    return f"{hour:02d}:{minute:02d}"


def _month_number(name: str) -> int:
    name = name.lower()[:3]
    return [m[:3] for m in MONTHS].index(name) + 1


def find_values(text: str, offset: int = 0) -> tuple[Value, ...]:
    """Numbers, dates, weekdays and years stated in ``text`` (offsets shifted by ``offset``)."""
    values: list[Value] = []
    taken: list[tuple[int, int]] = []
    for m in _DATE.finditer(text):
        month = m.group("m1") or m.group("m2")
        day = m.group("d1") or m.group("d2")
        year = m.group("y1") or m.group("y2")
        normalized = f"{year or '????'}-{_month_number(month):02d}-{int(day):02d}"
        values.append(Value(kind="date", text=m.group(0), normalized=normalized, start=offset + m.start(), end=offset + m.end()))
        taken.append(m.span())
    for m in _TIME.finditer(text):
        clock = _clock(m)
        if clock is not None and not any(s <= m.start() < e for s, e in taken):
            values.append(Value(kind="time", text=m.group(0).strip(), normalized=clock, start=offset + m.start(), end=offset + m.start() + len(m.group(0).strip())))
            taken.append(m.span())
    for m in _WEEKDAY.finditer(text):
        values.append(Value(kind="weekday", text=m.group(0), normalized=m.group(1).lower(), start=offset + m.start(), end=offset + m.end()))
    for m in NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        surface = m.group(0)
        number = parse_number(surface)
        if number is None:
            continue
        kind = "year" if _YEAR.match(surface) else "number"
        if kind == "number" and surface.lower() in ("one", "a", "an"):
            continue  # "one of the", "a dozen" handled above: a bare "one" is rarely a figure
        unit = _unit_after(text, m.end()) if kind == "number" else ""
        normalized = format_number(number) + (f" {unit}" if unit else "")
        values.append(Value(kind=kind, text=surface, normalized=normalized, start=offset + m.start(), end=offset + m.end()))
    values.sort(key=lambda v: v.start)
    return tuple(values)


_SKIP_AFTER = {"more", "other", "of", "the", "people", "persons", "more than", "additional", "new", "percent", "per"}
_UNIT_WORD = re.compile(r"\s*(?:%|per\s?cent|[a-z][a-z-]*)", re.IGNORECASE)


def _unit_after(text: str, end: int) -> str:
    """The noun a number counts ("24 people were hurt" -> "hurt"; "31 injured" -> "injured")."""
    rest = text[end : end + 60]
    words = re.findall(r"%|per\s?cent|[A-Za-z][A-Za-z-]*", rest)
    for word in words[:4]:
        w = word.lower()
        if w in ("%", "percent", "per cent"):
            return "percent"
        if w in ("were", "was", "are", "is", "have", "had", "been", "being", "more", "other", "of", "the", "people", "persons", "additional", "new", "than", "about", "some"):
            continue
        return stem(w)
    return ""


# --- attribution and quotes (read through the text layer) ----------------------------------


def find_speaker(text: str) -> str:
    """To whom the sentence attributes its content: "according to X", "..., X said"."""
    found = attribution(text)
    return found.name if found is not None and found.named else ""


def find_quotes(text: str) -> tuple[str, ...]:
    return tuple(q.text.strip(" ,.") for q in text_quotes(text) if q.text.strip(" ,."))


# --- words ----------------------------------------------------------------------------------


def stem(word: str) -> str:
    """A crude English stemmer: enough to see "strengthen" = "strengthening", "lifted" = "lift"."""
    w = word.lower().strip("’'")
    for suffix in ("ations", "ation", "ingly", "ing", "edly", "ed", "ies", "es", "s", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix == "ies":
                w += "y"
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":  # "stopp" -> "stop"
        w = w[:-1]
    return w


# --- the stage ------------------------------------------------------------------------------


def claim_of(sentence: Sentence) -> Claim:
    return Claim(
        id=sentence.id,
        article=sentence.article,
        sentence=sentence.id,
        text=sentence.text,
        start=sentence.start,
        end=sentence.end,
        speaker=find_speaker(sentence.text),
        quotes=find_quotes(sentence.text),
        values=find_values(sentence.text, sentence.start),
    )


_MIN_CLAIM_WORDS = 4


def extract_claims(articles: Sequence[Article]) -> tuple[Claim, ...]:
    """One claim per sentence that states something (a headline-length fragment does not)."""
    claims = []
    for article in articles:
        for sentence in article.sentences:
            if len(sentence.text.split()) >= _MIN_CLAIM_WORDS:
                claims.append(claim_of(sentence))
    return tuple(claims)
