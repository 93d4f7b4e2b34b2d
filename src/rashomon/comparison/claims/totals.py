"""A figure summed up to now over several occasions: a running total.

"In their five operations so far, the crew have seized 14 rifles" adds up several occasions to
date; "During the operation, six rifles were found" counts one. A figure is read as a running
total when its part of the sentence tells both halves:

1. that the count runs up to now: "so far", "to date", "since the shooting", "in all", or a
   present "has" / "have" ("have seized", "have been made", "has 548 yards");
2. the occasions it adds up: several counted ("in five operations", "over four nights") or a
   period still running ("this season", "so far this year").

Spans of time need more than a present verb: "have bid $160 million over eight years" is a
contract's length, "have been hurt over the past eight days" a total, which "past" or "last"
(or "so far", "since"...) tells. One event's toll up to now ("the fire's only fatality so far")
names no occasions: it is no running total.
"""

from __future__ import annotations

import re

from ...model import Claim, Value
from ...text.stems import suffix_stem
from ..memo import per_record
from .measures import measure

# The parts of a sentence a figure's span is read in: "has rushed for 150 yards this season, but
# had 70 yards on Sunday" tells a season's total and one game's count; "have lifted 3,400 coins,
# which the company values at 9 million crowns" a total and what it is worth.
_PART_END = re.compile(
    r"[;:]|\s[–—]\s|\b(?:but|while|whereas|when|although|though|including|after|before|because)\b|,\s+(?:which|who|whose)\b",
    re.IGNORECASE,
)
# Words that say a count runs up to now (the first half of a running total).
_TO_DATE = re.compile(
    r"\b(?:so|thus)\s+far\b|\bto\s+date\b|\b(?:until|up\s+to|till|to)\s+(?:now|today|this\s+day)\b|\bsince\b"
    r"|\bin\s+(?:all|total)\b|\baltogether\b|\ball\s+told\b|\bcumulative(?:ly)?\b|\bnow\b",
    re.IGNORECASE,
)
# a present "has" / "have": done or held up to now ("have confiscated", "has 548 yards"); not
# "should have known", "have to"
_PRESENT_HAVE = re.compile(
    r"(?<!should\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!must\s)(?<!may\s)(?<!will\s)\b(?:has|have)\b(?!\s+to\b)", re.IGNORECASE
)
# occasions counted after a preposition of span: "in their five operations", "over four nights"
_SPAN_BEFORE = re.compile(
    r"\b(?:in|over|during|across|through|throughout)\s+"
    r"(?P<det>(?:(?:the|their|his|her|its|our|last|past|first|previous|latest)\s+){0,3})$",
    re.IGNORECASE,
)
_TIME_SPANS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
_UP_TO_NOW = re.compile(r"\b(?:last|past)\b", re.IGNORECASE)  # "over the past eight days"
# a period still running ("this season", "the current year")
_PERIOD = re.compile(r"\b(?:this|the\s+current)\s+(season|campaign|tournament|year|month|week)\b", re.IGNORECASE)
# words of a period a figure may be told over, with no "this" ("finished his third season with
# 404 yards", "wraps up the year with 404 yards"): a total of some span, maybe the other's
_ANY_PERIOD = re.compile(r"\b(?:seasons?|campaign|career)\b|\b(?:the|this|a|his|her|its|their)\s+(?:[a-z]+\s+)?year\b", re.IGNORECASE)
# figures summed over a span: counts and amounts, not shares ("lost 71 percent this year")
_NOT_SUMMED = {"%", "pp", "bp"}


def _part(claim: Claim, v: Value) -> tuple[int, int]:
    """The offsets in the claim's text of the part of its sentence that holds the figure."""
    s, e = v.start - claim.start, v.end - claim.start
    start, end = 0, len(claim.text)
    for m in _PART_END.finditer(claim.text):
        if m.end() <= s:
            start = m.end()
        elif m.start() >= e:
            end = m.start()
            break
    return start, end


def _occasions(claim: Claim, v: Value, bounds: tuple[int, int], told_now: bool) -> Value | None:
    """Another figure of the part counting two or more occasions after "in", "over"... told after
    ``v`` ("nine touchdowns in 10 games") or opening the part ("In their five operations so far,
    they seized 14 rifles"): the occasions ``v`` adds up. Lengths and weights are no occasions
    ("over 100 yards"); a span of time is one only when told as running up to now; "over 50
    arrests have been made over four nights" sums no arrests over four nights' count."""
    start, end = bounds
    for t in claim.values:
        if t is v or t.kind != "number" or t.unit or t.low is None or t.low < 2:
            continue
        noun, at = t.counted.lower(), t.start - claim.start
        if not noun.endswith("s") or measure(noun) or not start <= at < t.end - claim.start <= end:
            continue
        window = max(start, at - 40)
        span = _SPAN_BEFORE.search(claim.text[window:at])
        if span is None:
            continue
        if t.start < v.start and claim.text[start : window + span.start()].strip():
            continue  # told before the figure, the span opens its part ("Over two seasons they have lifted")
        if _is_time_span(noun) and not (told_now or _UP_TO_NOW.search(span.group("det"))):
            continue
        return t
    return None


def _is_time_span(noun: str) -> bool:
    noun = noun.lower()
    return (noun[:-1] if noun.endswith("s") else noun) in _TIME_SPANS


def summed(claim: Claim, v: Value) -> bool:
    """Whether the figure's part of the sentence tells any sign of a sum: a word that it runs up
    to now ("so far", "until today", "has recovered"), a period ("his third season") or occasions
    counted ("nine touchdowns in 10 games"). A figure without one counts one occasion."""
    start, end = _part(claim, v)
    part = claim.text[start:end]
    if _TO_DATE.search(part) or _PRESENT_HAVE.search(part) or _ANY_PERIOD.search(part):
        return True
    return _occasions(claim, v, (start, end), True) is not None


@per_record
def running_span(claim: Claim, v: Value) -> tuple[str, ...] | None:
    """What a running total adds up: ("occasions", figure, noun stem) for "in their five
    operations so far", ("period", word) for "this season"; None when the figure is no running
    total (see the module's docstring)."""
    if v.kind != "number" or v.unit in _NOT_SUMMED or _is_time_span(v.counted):
        return None  # a share is no sum; "held for 90 days" is how long, no total
    start, end = _part(claim, v)
    part = claim.text[start:end]
    told_now = bool(_TO_DATE.search(part))
    if not (told_now or _PRESENT_HAVE.search(part)):
        return None
    if (t := _occasions(claim, v, (start, end), told_now)) is not None:
        return ("occasions", t.normalized.split(" ")[0], suffix_stem(t.counted.lower()))
    if m := _PERIOD.search(part):
        return ("period", m.group(1).lower())
    return None
