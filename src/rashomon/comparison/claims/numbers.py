"""Quantities: a figure (or a range), its qualifier, its unit and the thing it counts.

"at least 212 people were killed" -> 212, qualifier "at least", counted "people"/"kill";
"€3.1bn" -> 3.1e9 EUR; "25 basis points" -> 0.25 pp; "thousands of supporters" -> 2000-99999.
A figure that cannot be read ("2.0.1", "127.0.0.1", a 5,000-digit run) is no quantity at all.
What a figure counts is read in counted.py; the words of figures are in number_words.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...text.calendar import MONTH_ABBREVIATIONS, MONTH_NAME, MONTHS
from .counted import UNIT_AFTER, counted_after_pair, counted_noun, head_noun, share_counted, unit_after
from .measures import measure
from .number_words import (
    CURRENCY_SIGNS,
    MULTIPLIER_PATTERN,
    MULTIPLIERS,
    PLURAL_MULTIPLIERS,
    QUALIFIERS,
    UNITS,
    WORD_PATTERN,
    interval,
    qualifier_before,
)

_DIGITS = r"\d{1,40}(?:[.,]\d{1,40}){0,8}"
# Thousands grouped by a space (a no-break or thin one too), as French, Portuguese or Russian write them and
# their translations keep: "3 100 members", "40 000 people". The first group has no leading zero and no
# digits before it ("0800 555 212" is a telephone number) and no month ("May 12 500 people" is a day and a count).
_MONTHS = [m.capitalize() for m in MONTHS + MONTH_ABBREVIATIONS]
_SPACED = "".join(rf"(?<!{m} )" for m in _MONTHS) + r"(?<!\d[ \u00a0\u202f])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)"
_SPACED_GROUP = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_MAX_DIGITS = 15  # a longer run of digits is an identifier, not a figure

NUMBER = re.compile(
    rf"(?<![\w.,])(?:(?:half\s+(?:a|an)\s+|(?:a|an)\s+){MULTIPLIER_PATTERN}"
    rf"(?:\s+and\s+(?:{_DIGITS}|{WORD_PATTERN}(?:[-\s]{WORD_PATTERN})?)\s+(?:thousand|hundred)"
    rf"|(?:(?<=hundred)|(?<=thousand))\s+and\s+{WORD_PATTERN}(?:[-\s]{WORD_PATTERN})?)?"
    rf"|(?:{_SPACED}|{_DIGITS}(?:bn|mn|tn|m|k)?|{WORD_PATTERN}(?:[-\s]{WORD_PATTERN})?)(?:\s+{MULTIPLIER_PATTERN}s?){{0,3}}"
    rf"(?:\s+and\s+(?:{_DIGITS}|{WORD_PATTERN}(?:[-\s]{WORD_PATTERN})?)\s+(?:thousand|hundred)"
    rf"|(?:(?<=hundred)|(?<=thousand))\s+and\s+{WORD_PATTERN}(?:[-\s]{WORD_PATTERN})?)?)(?:(?![\w])|(?=(?:km/h|kph|mph|km|kg|ft|cm|mm|lb|lbs)\b))"
    rf"|(?<![\w])(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)(?=\s+of\b)"
    rf"|(?<![\w])(?P<few>(?:a\s+few|several)\s+(?:hundred|thousand)|a\s+handful)(?=\s+(?:of\s+)?[a-z])",
    re.IGNORECASE,
)
_VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 99_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999), "millions": (2e6, 9.99e8),
    # a few: read wide, so that only a figure clearly outside disagrees ("a few hundred" / "about 120")
    "a few hundred": (200, 900), "several hundred": (200, 900), "a few thousand": (2000, 9000), "several thousand": (2000, 9000),
    "a handful": (1, 12),
}


def is_vague(text: str) -> bool:
    """A figure written as an order of magnitude ("hundreds", "dozens", "tens of thousands")."""
    return " ".join(text.lower().split()) in _VAGUE


YEAR = re.compile(r"^(1[89]|20)\d\d$")



def _parse_digits(token: str) -> float | None:
    """"4,2" (decimal comma) -> 4.2; "4,200" and "4.200.000" -> thousands; "2.0.1" -> None."""
    digits = sum(ch.isdigit() for ch in token)
    if digits > _MAX_DIGITS:
        return None
    if re.fullmatch(r"\d+", token):
        return float(token)
    if re.fullmatch(r"\d+,\d{1,2}", token):
        return float(token.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", token):
        return float(token.replace(",", ""))
    if re.fullmatch(r"\d{1,3}\.\d{3}", token):
        return None  # "18.400": thousands in one convention, a decimal in the other
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        return float(token.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+\.\d+", token):
        return float(token)
    return None  # "2.0.1", "12.05.2024", "127.0.0.1": a version, a date or an address


def parse_number(text: str) -> float | None:
    """``"two dozen"`` -> 24, ``"4,2 million"`` -> 4200000, ``"€3.1bn"`` -> 3.1e9; None when unreadable."""
    if re.fullmatch(_SPACED, text.strip()):
        text = _SPACED_GROUP.sub("", text)  # "3 100" -> "3100"
    words = re.split(r"[-\s]+", text.strip().lower().lstrip("$€£¥"))
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        suffix = re.fullmatch(r"([\d.,]+)(bn|mn|tn|m|k)", word)
        if suffix:
            value = _parse_digits(suffix.group(1))
            if value is None:
                return None
            current += value * MULTIPLIERS[suffix.group(2)]
            seen = True
        elif word == "half":  # "half a dozen", "half a million"
            current, seen = 0.5, True
        elif word == "and" and seen:  # "3 million and 800 thousand"
            continue
        elif word in ("a", "an"):
            current, seen = (current or 1), True
        elif word and word[0].isdigit():
            value = _parse_digits(word)
            if value is None:
                return None
            current += value
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in MULTIPLIERS or (seen and word[:-1] in PLURAL_MULTIPLIERS and word.endswith("s")):
            # after a figure, a plural multiplier is a translation's ("3,6 millions of euros": French "millions")
            word = word if word in MULTIPLIERS else word[:-1]
            current = (current or 1) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    value = total + current
    return value if seen and math.isfinite(value) else None


def format_number(number: float) -> str:
    if abs(number) >= 1e15:
        return f"{number:.6g}"
    return f"{number:.6f}".rstrip("0").rstrip(".")


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str  # as written, qualifier and unit excluded
    start: int  # offsets into the text read
    end: int
    value: float
    low: float  # the interval the wording allows (qualifier, vague words)
    high: float
    qualifier: str = ""
    unit: str = ""  # "%", "pp", "EUR", "USD", "" (a count)
    counted: str = ""  # the noun after the figure ("people", "tonnes"), lower case

    @property
    def normalized(self) -> str:
        figure = format_number(self.value)
        return f"{figure} {self.unit}" if self.unit else figure



# A figure before a time zone or "a.m."/"p.m." is a clock time the time reader did not take.
_CLOCK_ZONE = re.compile(
    r"\s*(?:gmt|utc|bst|cet|cest|eet|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|jst|aest|aedt|am|pm|a\.m\.?|p\.m\.?|hrs)(?![\w])",
    re.IGNORECASE,
)




# time elapsed ("a year ago", "a day later").
_SPAN_UNIT = r"(?P<unit>minutes?|hours?|days?|weeks?|fortnights?|months?|years?)"
_INDEFINITE_SPAN = re.compile(
    rf"(?<![\w-])(?:(?P<half>half\s+(?:a|an)\s+)|(?P<one>a|an|one)\s+(?P<and_half>and\s+a\s+half\s+)?)"
    rf"(?:(?:extra|additional|further|full|whole|entire)\s+)?{_SPAN_UNIT}(?P<tail_half>\s+and\s+a\s+half)?(?![\w-])",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(
    r"(?:\b(?:once|twice|thrice|times|per|every|each|million|billion|thousand|hundred|dollars?|euros?|pounds?|percent)"
    r"|\d[\d.,]*(?:%|m|bn|k)?)\s+$", re.IGNORECASE)  # "twice a day", "€140m a year": a rate
_ELAPSED_AFTER = re.compile(r"\s*(?:ago|later|earlier|before|after|since|old|on\s+from)\b", re.IGNORECASE)
# Calendar spans are approximate: a month is 28 to 31 days, a year 365 or 366.
_SPAN_RANGE = {"month": (28 / 30.4375, 31 / 30.4375), "year": (365 / 365.25, 366 / 365.25)}
# A month's name after a day: "31 February", "3-4 December", "12 Sept." are days of a month; a word a month's
# name begins ("60,000 marchers", "three decades", "40 Mayors") or the verb "may" ("40 may have died") is none
_MONTH_AFTER, _DAYS = re.compile(r"\s+(?:of\s+)?" + MONTH_NAME), frozenset(range(1, 32))
_DIGIT_HALF = re.compile(r"\s+and\s+a\s+half\s+" + _SPAN_UNIT + r"(?![\w-])", re.IGNORECASE)
# "two hours and 50 minutes", "two hours, four minutes and 51 seconds": a span in two or three units is one
_SPAN_HEAD = re.compile(r"\s+(?P<unit>hours?|days?)(?![\w-])", re.IGNORECASE)
_SPAN_TAIL = re.compile(
    rf"(?P<join>,?\s+and|,|(?=\s+\d))\s+(?P<tail>\d{{1,2}}|{WORD_PATTERN}(?:[-\s]{WORD_PATTERN})?)\s+(?P<unit>minutes?|hours?|seconds?)(?![\w-])",
    re.IGNORECASE,
)
_TAIL_SHARE = {("hour", "minute"): 1 / 60, ("day", "hour"): 1 / 24, ("minute", "second"): 1 / 60}


def _after_its_count(text: str, start: int, counts: Sequence[Quantity]) -> bool:
    """Whether a span begins right after a figure and the noun it counts ("9,000 marks a year",
    "400 cars a day"): the span is the count's rate, not a span of its own."""
    for q in counts:
        between = text[q.end : start]
        if q.counted and between.strip().lower() == q.counted and between[:1].isspace() and between[-1:].isspace():
            return True
    return False


def _indefinite_spans(text: str, taken: list[tuple[int, int]], counts: Sequence[Quantity] = ()) -> list[Quantity]:
    out = []
    for m in _INDEFINITE_SPAN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _ELAPSED_AFTER.match(text, m.end()):
            continue
        if _after_its_count(text, m.start(), counts):
            continue
        value = 0.5 if m.group("half") else 1.5 if m.group("and_half") or m.group("tail_half") else 1.0
        unit = m.group("unit").lower().rstrip("s")
        if unit == "fortnight":
            unit, value = "week", value * 2
        lo, hi = _SPAN_RANGE.get(unit, (1.0, 1.0))
        qualifier = qualifier_before(text, m.start())
        low, high = interval(value * lo, value * hi, qualifier)
        out.append(Quantity(text=m.group(0), start=m.start(), end=m.end(), value=value, low=low, high=high,
                            qualifier=qualifier, unit="", counted=unit + "s"))
    return out


# "the fire's only fatality", "the sole survivor": a count of one told without a figure.
_ONLY_ONE = re.compile(
    r"(?<![\w-])(?:the|its|their|his|her|[A-Za-z]+['’]s)\s+(?P<figure>only|sole|lone|single)\s+"
    r"(?P<noun>fatality|death|victim|casualty|survivor|injury)(?![\w-])",
    re.IGNORECASE,
)


def _only_ones(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _ONLY_ONE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        # the figure is told by the pair of words ("only fatality"), so both are its text
        out.append(Quantity(text=text[m.start("figure") : m.end("noun")], start=m.start("figure"), end=m.end("noun"), value=1.0, low=1.0,
                            high=1.0, qualifier="", unit="", counted=m.group("noun").lower()))
    return out


# No name numbers people: "on the Halberd Bridge 11 people lost life" is a count after a name
_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons)\b")
_IDENTIFIER = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|The|In|On|At|By|Of|Some|About|Over|Nearly|Almost|Around|More|Only|Just|All|At|Up)\b)[A-Z][a-z]+\s$")

# A figure hyphened to a word with a capital letter is part of a designation ("Orlink-2", "F-16",
# "Covid-19", "Apollo-11"): the cable, the jet, the mission it names, one of each, not two or 16.
_DESIGNATION = re.compile(r"(?<![\w-])(?=[A-Za-z-]*[A-Z])[A-Za-z][A-Za-z-]*-$")


def in_designation(text: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``text`` is part of a designation hyphened to a name
    ("the Orlink-2 cable", "an F-16 jet"): it counts nothing, though two articles that both write
    it likely tell of one thing (so it is kept as a value, for alignment, and left out of counts)."""
    return bool(_DESIGNATION.search(text, max(0, start - 30), start))

# "1.2m inhabitants", "6m people": millions of a plural noun of people or things owned, not metres
_MILLION_OF = re.compile(
    r"\s+(?:people|persons|residents|inhabitants|users|customers|subscribers|viewers|voters|visitors|passengers|"
    r"households|homes|jobs|workers|children|members|refugees|migrants|tourists|fans|copies|shares|barrels|tonnes|doses|vaccines|cases)\b",
    re.IGNORECASE,
)
_DOT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")
_PLURAL_NEXT = re.compile(r"\s+([a-z]{3,}s)\b")
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years decades centuries".split())


def _grouped_count(text: str, surface: str, end: int) -> float | None:
    """ "310.000 patients": a dot grouping thousands (a translation's convention), read so when a
    plural noun follows that is no unit, because a count of things has no decimals; "18.400 km"
    stays unread (``_parse_digits``)."""
    if not _DOT_GROUPED.fullmatch(surface):
        return None
    noun = _PLURAL_NEXT.match(text, end)
    if not noun or measure(noun.group(1)) or UNIT_AFTER.match(text, end) or noun.group(1) in _TIME_UNITS:
        return None  # "1.500 metres", "2.500 points", "9.580 seconds": a measure may have decimals
    return float(surface.replace(".", ""))


def _span_tail(text: str, end: int) -> tuple[float, int, float] | None:
    """(the share of the figure's unit, the span's end, how much higher it may be) of smaller units
    told after it: "two hours and 50 minutes" -> (50/60, the end of "minutes", 0); else None."""
    head = _SPAN_HEAD.match(text, end)
    if head is None:
        return None
    unit, scale, total, at = head.group("unit").lower().rstrip("s"), 1.0, 0.0, head.end()
    ends = [(0.0, at)]  # (the total, its end) after each tail ended by "and"
    while (m := _SPAN_TAIL.match(text, at)) and (share := _TAIL_SHARE.get((unit, m.group("unit").lower().rstrip("s")))):
        tail = parse_number(m.group("tail"))
        if tail is None:
            break
        unit, scale, total, at = m.group("unit").lower().rstrip("s"), scale * share, total + tail * scale * share, m.end()
        if m.group("join") not in (",", ""):
            ends.append((total, at))
    total, at = ends[-1]  # a tail after a bare comma counts only when "and" closes the list
    if at == head.end() and (bare := _SPAN_TAIL.match(text, head.end())) and bare.group("join") == "":
        return 0.0, end, 1.0  # "2 hours 19 minutes": left apart, the hours read as "2 to 3"
    return (total, at, 0.0) if at > head.end() else None


# A range told by two figures: "40-50 people", "40 to 50 people", "between 40 and 50 people"; not a
# change ("from 40 to 50", "rose 40 to 50") nor a score or a vote ("won 5-2", "a 1-3 defeat", "a 7-2 vote").
_RANGE_JOIN = re.compile(r"\s*[-–]\s*(?=\d)|\s+to\s+|\s+and\s+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+[$€£¥]?$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"\b(?:from|rose|fell|grew|increased|decreased|dropped|climbed|jumped|slipped|went|up|down)\s+[$€£¥]?$", re.IGNORECASE)
_SCORE_WORDS = frozenset("win wins victory victories defeat defeats loss losses draw lead scoreline vote votes margin majority".split())
_MULT_END = re.compile(rf"\s+({MULTIPLIER_PATTERN})s?$|(bn|mn|tn|m|k)$", re.IGNORECASE)


def _range_after(text: str, m: re.Match[str], value: float) -> tuple[float, float, int] | None:
    """(the low value, the high value, the second figure's end) when the figure ``m`` opens a
    range, else None; "3 to 4 million" is 3 million to 4 million."""
    join = _RANGE_JOIN.match(text, m.end())
    if join is None:
        return None
    word = join.group(0).strip().lower()
    before = text[max(0, m.start() - 30) : m.start()]
    if word == "and" and not _BETWEEN_BEFORE.search(before):
        return None
    if word != "and" and _CHANGE_BEFORE.search(before):
        return None
    second = NUMBER.match(text, join.end() + (1 if text[join.end() : join.end() + 1] in CURRENCY_SIGNS else 0))
    if second is None or second.group("vague") or second.group("few") or YEAR.match(second.group(0)) or YEAR.match(m.group(0)):
        return None
    high = parse_number(second.group(0))
    if high is None:
        return None
    first_mult, second_mult = _MULT_END.search(m.group(0)), _MULT_END.search(second.group(0))
    if second_mult and not first_mult:  # "3 to 4 million": the first figure's multiplier is the second's
        bare = parse_number(second.group(0)[: second_mult.start()] or "") if second_mult.group(1) else None
        value = value * (high / bare if bare else MULTIPLIERS[second_mult.group(2).lower()])
    if not value < high:
        return None
    noun = re.match(r"[\s-]*([a-z]+)", text[second.end() : second.end() + 20], re.IGNORECASE)
    if noun and noun.group(1).lower() in _SCORE_WORDS:
        return None
    return value, high, second.end()


def find_quantities(text: str) -> list[Quantity]:
    """Every readable figure of ``text`` that is not a year (years are times)."""
    from .number_phrases import (  # they read with this module's parts
        bare_shares, fractions_of, multiples, places, point_fractions, pronoun_ones, scores, shares, stopwatch_times, temperatures, times_counts,
    )

    out, clocks = stopwatch_times(text)
    out += scores(text) + places(text) + fractions_of(text) + point_fractions(text) + times_counts(text) + temperatures(text)
    out += pronoun_ones(text)
    out += shares(text, [(q.start, q.end) for q in out])
    out += bare_shares(text, [(q.start, q.end) for q in out])
    out += multiples(text)
    out.sort(key=lambda q: q.start)
    taken = [(q.start, q.end) for q in out] + clocks
    for m in NUMBER.finditer(text):
        surface = m.group(0)
        if any(start <= m.start() < end for start, end in taken) or (out and out[-1].start <= m.start() < out[-1].end):
            continue  # the numerator or the whole of "a third of a million"; the "50" of "two hours and 50 minutes"
        if m.group("vague") or m.group("few"):
            low, high = _VAGUE[" ".join(surface.lower().split())]
            of = re.match(r"\s+of\s", text[m.end() :])
            counted = counted_noun(text, m.end() + (of.end() if of else 1))
            if not of and (head := head_noun(text, m.end(), counted)):
                counted = head  # "a few hundred permanent jobs" counts jobs
            out.append(Quantity(text=surface, start=m.start(), end=m.end(), value=low, low=low, high=high, qualifier="", unit="", counted=counted))
            continue
        if surface.lower() in ("one", "a", "an") or YEAR.match(surface):
            continue
        value = parse_number(surface)
        if value is None:
            value = _grouped_count(text, surface, m.end())
        if value is None:
            continue
        metres = re.fullmatch(r"(\d[\d.,]*)m", surface)
        if metres and text[m.start() - 1 : m.start()] not in CURRENCY_SIGNS and not re.match(
            r"\s+(?:in\s+)?(?:dollars?|euros?|pounds?|[a-z]+s\s+in\b)", text[m.end() : m.end() + 20]
        ) and not _MILLION_OF.match(text, m.end()):
            value = _parse_digits(metres.group(1))  # "480m underground": metres, not 480 million
            if value is None:
                continue
        else:
            metres = None
        if _IDENTIFIER.search(text, max(0, m.start() - 30), m.start()) and not _PEOPLE_AFTER.match(text, m.end()):
            continue  # "Intercity 214", "Kiln 2": a name, not a figure; "Bridge 11 people died" counts people
        rng = _range_after(text, m, value) if not metres else None
        unit, unit_end = unit_after(text, m.start(), m.end())
        if rng is not None and not unit:
            unit, unit_end = unit_after(text, m.start(), rng[2])  # "3 to 4 percent"
        if value in _DAYS and any(_MONTH_AFTER.match(text[at : at + 16]) for at in (m.end(), rng[2] if rng else m.end())):
            continue  # "31 February", "3-4 December": a day of a month (a date, read or rejected by ``times``)
        if _CLOCK_ZONE.match(text, m.end()):
            continue  # "(0300 GMT)", "8 a.m.": a clock time, no count of anything
        qualifier = qualifier_before(text, m.start() - (1 if text[m.start() - 1 : m.start()] in CURRENCY_SIGNS else 0))
        low, high = interval(value, value, qualifier)
        lo_f, hi_f = QUALIFIERS.get(qualifier, (1, 1))  # for the half below
        counted = "metres" if metres else counted_noun(text, unit_end) or counted_after_pair(text, unit_end)
        if unit in ("%", "pp"):
            counted = share_counted(text, m.start(), unit_end, counted)
        # a whole number only: "7.5 magnitude quakes" gives the magnitude, not a count of quakes
        if value != 1 and value == int(value) and not unit and (head := head_noun(text, unit_end, counted)):
            counted = head
        half = _DIGIT_HALF.match(text, m.end()) if not unit and not metres and rng is None else None
        if rng is not None:  # "between 40 and 50 people": the pair is one figure, its noun after the second
            value, (low, high) = rng[0], interval(rng[0], rng[1], qualifier)
            counted = counted_noun(text, max(unit_end, rng[2]))
            if counted and (head := head_noun(text, max(unit_end, rng[2]), counted)):
                counted = head
            surface = text[m.start() : rng[2]]
        elif half:  # "two and a half hours"
            value, low, high = value + 0.5, low + 0.5 * lo_f if lo_f is not None else low, high + 0.5 if hi_f is not None else high
            counted = half.group("unit").lower().rstrip("s") + "s"
            surface = text[m.start() : half.start("unit")].rstrip()
        elif not unit and not metres and rng is None and (tail := _span_tail(text, m.end())):  # "two hours and 50 minutes"
            share, tail_end, more = tail
            value, low, high = value + share, low + share if lo_f is not None else low, high + share + more if hi_f is not None else high
            surface = text[m.start() : max(tail_end, m.end())]
        if not counted and unit in CURRENCY_SIGNS.values():
            # "$2.4 million in cash", "€40m in damages": what the money is
            what = re.match(r"\s+in\s+([a-z][a-z-]+)\b", text[unit_end : unit_end + 30])
            counted = what.group(1) if what else ""
        out.append(Quantity(
            text=surface, start=m.start(), end=m.start() + len(surface), value=value, low=low, high=high,
            qualifier=qualifier, unit=unit, counted=counted,
        ))
    out.extend(_indefinite_spans(text, [(q.start, q.end) for q in out], list(out)))
    out.extend(_only_ones(text, [(q.start, q.end) for q in out]))
    out.sort(key=lambda q: q.start)
    return out


def _as_points(q: Quantity) -> Quantity:
    """A figure in basis points told in percentage points."""
    return Quantity(text=q.text, start=q.start, end=q.end, value=q.value / 100, low=q.low / 100, high=q.high / 100,
                    qualifier=q.qualifier, unit="pp", counted=q.counted)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two wordings can state the same figure ("nearly 50" / "47": yes; "188" / "at least 212": no).
    Exact figures match to the precision the less precise one is written in ("3.1" / "3.14")."""
    if {a.unit, b.unit} == {"pp", "bp"}:  # 25 basis points are a quarter of a percentage point
        a, b = (_as_points(a), b) if a.unit == "bp" else (a, _as_points(b))
    if a.unit != b.unit:
        return False
    if a.unit == "score":  # "won 4-0" / "won 4-2"
        return a.value == b.value
    tolerance = 0.005 * max(abs(a.value), abs(b.value))
    return a.low - tolerance <= b.high and b.low - tolerance <= a.high
