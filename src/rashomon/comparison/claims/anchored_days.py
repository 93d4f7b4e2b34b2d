"""Days counted from another day of the same article: "the day before the vote", "two days after
the election", "on the eve of the summit", "on the day of the vote" (counted from the day the
article gives that event), and "the previous day", "the next day", "a day earlier" (counted from
the day told just before them: earlier in the sentence, else in the sentence before).

Each is read as a date (qualifier ``"anchored"``) only when its anchor resolves to one calendar day
(a date, or a weekday resolved against the article's date or dateline) and, for a named event,
when every day the article gives that event is the same day. Otherwise nothing is read: the
comparison then treats the sentence as dating another event (``conflicts.days.counts_from_a_day``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from ...model import Claim, Value
from ...text import IRREGULAR_PAST
from ...text.stems import suffix_stem

ANCHORED = "anchored"

_COUNT = r"(?P<n>a|one|two|three|four|five|six|\d)"
# "the day before the vote", "two days after the election", "on the eve of the summit", "on the
# day of the vote": the determiner and at most one modifier, then the event's noun
_NAMED = re.compile(
    r"\b(?:(?:on\s+)?the\s+day\s+(?P<dir>before|after|of)|" + _COUNT + r"\s+days?\s+(?P<dir2>before|after)"
    r"|(?:on\s+)?the\s+eve\s+of)"
    r"\s+(?:the|this|that|its|their|his|her|last|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
    r"(?P<w1>[a-z]+)(?:[ -](?P<w2>[a-z]+))?",
    re.IGNORECASE,
)
# "the previous day", "the day before" (no event after it), "a day earlier", "the next day"
_UNNAMED = re.compile(
    r"\b(?:the\s+(?:(?P<prev>previous|preceding)|(?P<next>next|following))\s+day"
    r"|the\s+day\s+(?P<dir>before|after)(?!\s+(?:the|this|that|its|their|his|her|last|yesterday|today|tomorrow)\b)(?=\s*[,.;]|\s+(?:and|when|as|but)\b)"
    r"|" + _COUNT + r"\s+days?\s+(?P<dir2>earlier|later))\b",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_NOT_EVENTS = {
    "week", "weekend", "month", "year", "day", "morning", "evening", "night", "afternoon", "same", "new", "first", "last",
    "was", "were", "is", "are", "had", "has", "and", "or", "in", "on", "at", "of", "to", "for", "which", "that", "when",
}
_EVENT_REACH = 8  # words either side of a day that name the event it dates


def _stem(word: str) -> str:
    w = word.lower()
    return suffix_stem(IRREGULAR_PAST.get(w, w))


_DERIVED = ("e", "al", "ion", "ation", "ment")


def _same_stem(a: str, b: str) -> bool:
    """One event's word: one stem, or one stem and a noun made from it ("vot" / "vote",
    "approv" / "approval", "elect" / "election")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and long_[len(short) :] in _DERIVED


def _day(v: Value) -> dt.date | None:
    """The calendar day a date or a weekday resolves to (its year known), else None."""
    iso = v.normalized if v.kind == "date" else v.resolved if v.kind == "weekday" else ""
    if not iso or iso.startswith("?"):
        return None
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


def _days_near(claim: Claim, stem: str, skip: tuple[int, int]) -> set[dt.date]:
    """The days the claim gives to a word of ``stem`` within a few words of the day."""
    out = set()
    for v in claim.values:
        if v.qualifier == ANCHORED or (day := _day(v)) is None or (skip[0] < v.end and v.start < skip[1]):
            continue
        s, e = v.start - claim.start, v.end - claim.start
        before = _WORD.findall(claim.text[:s])[-_EVENT_REACH:]
        after = _WORD.findall(claim.text[e:])[:_EVENT_REACH]
        if any(_same_stem(_stem(w), stem) for w in before + after):
            out.add(day)
    return out


def _event_day(claims: Sequence[Claim], words: list[str], skip: tuple[int, int]) -> dt.date | None:
    """The one day the article gives the event named by the first of ``words`` that it dates."""
    for word in words:
        if not word or word.lower() in _NOT_EVENTS:
            continue
        stem = _stem(word)
        days = set().union(*(_days_near(c, stem, skip) for c in claims))
        if days:
            return days.pop() if len(days) == 1 else None
    return None


def _day_before(claims: Sequence[Claim], index: int, at: int) -> dt.date | None:
    """The day told just before position ``at`` of claim ``index``: the last in its sentence,
    else the one day of the sentence before."""
    own = [(v.start, d) for v in claims[index].values if v.start < at and v.qualifier != ANCHORED and (d := _day(v))]
    if own:
        return max(own)[1]
    if index == 0:
        return None
    days = {d for v in claims[index - 1].values if v.qualifier != ANCHORED and (d := _day(v))}
    return days.pop() if len(days) == 1 else None


def _shift(m: re.Match[str], forward: bool) -> int:
    n = _COUNTS.get((m.group("n") or "a").lower()) or int(m.group("n"))
    return n if forward else -n


def anchored_values(claims: Sequence[Claim]) -> list[tuple[int, Value]]:
    """(index of the claim, the anchored day) for every day counted from another day of the
    article whose claims, in order, are ``claims``."""
    out = []
    for i, claim in enumerate(claims):
        for m in _NAMED.finditer(claim.text):
            span = (claim.start + m.start(), claim.start + m.end())
            direction = (m.group("dir") or m.group("dir2") or "before").lower()
            shift = 0 if direction == "of" and m.group("dir") else _shift(m, direction == "after")
            if m.group(0).lower().lstrip().startswith(("on the eve", "the eve")):
                shift = -1
            anchor = _event_day(claims, [m.group("w1"), m.group("w2") or ""], span)
            if anchor is not None:
                out.append((i, _value(claim, m, anchor + dt.timedelta(days=shift))))
        for m in _UNNAMED.finditer(claim.text):
            forward = bool(m.group("next")) or (m.group("dir") or "").lower() == "after" or (m.group("dir2") or "").lower() == "later"
            anchor = _day_before(claims, i, claim.start + m.start())
            if anchor is not None:
                shift = _shift(m, forward) if m.group("n") else (1 if forward else -1)
                out.append((i, _value(claim, m, anchor + dt.timedelta(days=shift))))
    return out


def _value(claim: Claim, m: re.Match[str], day: dt.date) -> Value:
    text = m.group(0)
    lead = len(text) - len(text.lstrip())
    return Value(kind="date", text=text.strip(), normalized=day.isoformat(), start=claim.start + m.start() + lead,
                 end=claim.start + m.end(), qualifier=ANCHORED)


def with_anchored_days(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one article, in order, with the days counted from another day added."""
    found = anchored_values(claims)
    if not found:
        return list(claims)
    out = list(claims)
    for i, value in found:
        inside = [v for v in out[i].values if v.start < value.end and value.start < v.end]
        if any(v.kind != "number" or v.start < value.start or v.end > value.end for v in inside):
            continue  # the words are already read as a time of their own
        kept = [v for v in out[i].values if v not in inside]  # "two days" of "two days before" is no count
        out[i] = dataclasses.replace(out[i], values=tuple(sorted((*kept, value), key=lambda v: v.start)))
    return out
