"""Number and time disagreements between two claims, on slots shown to be about one thing.

A quantity is the same thing in two claims when the units agree and the words around the two
figures share at least two classes of words ("11 people were killed" / "the storm killed nine
people": people, dead). Wordings that can state the same figure ("nearly 50" / "47", "more than
200" / "at least 212") agree. Times are compared when the words around them share two classes
too ("the evacuation order was issued on Sunday" / "waited until Monday to order the
evacuation"): a weekday against a weekday (or the dates both resolve to), a date against a date
or a resolved weekday, a year against a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...model import Claim, Value
from ...text import find_quotes
from ..claims import stem, times_agree, weekday_of
from ...text import reporting_lemma
from ...text.datelines import DATELINE, DATELINE_LINE
from ...text.verbs import REPORTING_VERBS
from .calendar import describe, days_disagree, pair_of
from .common import CLASSES, STOP, WORD, Agreeing, Disagreement, Side, context, event_words, is_headline, word_class

_NAMED = {name for name, _ in CLASSES}
# Classes too common to show on their own that two figures count one thing.
_GENERIC = {"people", "country", "hours", "second", "percent", "cent", "tonne", "duration"}
# Counted nouns that are units of measure: a figure of one is never the same quantity as another's.
MEASURES = _MEASURES = {word_class(w) for w in (
    "hours", "days", "weeks", "months", "years", "minutes", "seconds", "tonnes", "kilometres", "km", "miles",
    "metres", "meters", "kilograms", "kg", "litres", "hectares", "acres",
)}
# Spans of time told in different units are one quantity: "72 hours" is "three days", "115 days"
# is "nearly four months"; compared in hours.
_HOURS = {word_class(w): f for w, f in (("minutes", 1 / 60), ("hours", 1), ("days", 24), ("weeks", 168), ("months", 730.5))}
_DURATION = "duration"
# Two figures further apart than this are two quantities, not two versions of one.
_MAX_RATIO = 50
# Counted nouns that are units or too general to show on their own that two figures count one thing.
_GENERIC_NOUNS = {stem(w) for w in (
    "people", "persons", "person", "times", "years", "months", "weeks", "days", "hours", "minutes", "seconds",
    "tonnes", "tons", "kilometres", "kilometers", "km", "miles", "metres", "meters", "percent", "points", "cases",
    "others", "members", "units", "parts", "cent", "euros", "dollars", "per",
)}

_MIN_SHARED = 2
# Units rare enough in one story that one event word in common shows one quantity.
_RARE_UNITS = {"km/h", "mph"}


def _figure(v: Value) -> tuple[float, float, float, str]:
    """(value, low, high, unit) with basis points as percentage points and spans of time in hours."""
    low = v.low if v.low is not None else 0.0 if v.qualifier else float("-inf")
    high = v.high if v.high is not None else float("inf")
    try:
        value = float(v.normalized.split(" ")[0])
    except ValueError:
        value = low
    if v.unit == "bp":
        return value / 100, low / 100, high / 100, "pp"
    hours = _HOURS.get(word_class(v.counted)) if v.counted and not v.unit else None
    if hours is not None:
        if hours == _HOURS[word_class("months")] and low == high:
            return value * hours, low * 24 * 28, high * 24 * 31, "h"  # "one month" is 28 to 31 days
        return value * hours, low * hours, high * hours, "h"
    return value, low, high, v.unit


def counted_class(v: Value) -> str:
    """The class of what a figure counts; every span of time is one class (see :func:`_figure`)."""
    if not v.counted:
        return ""
    k = word_class(v.counted)
    return _DURATION if k in _HOURS and not v.unit else k


def number_side(claim: Claim, v: Value) -> Side:
    shown = f"{v.qualifier} {v.text}".strip() if v.qualifier else v.text
    unit = {"%": "%", "pp": " percentage points", "bp": " basis points"}.get(v.unit, f" {v.unit}" if v.unit else "")
    return Side(claim=claim, value=shown, normalized=v.normalized.split(" ")[0] + unit, start=v.start, end=v.end)


# What an event's tallies count: one such class in common is enough to compare two figures.
TALLIES = ("dead", "injured", "arrested", "missing", "hospital", "evacuated", "trapped", "rescued")


# A figure before a time zone or "a.m." is a clock time the time reader did not take ("0300 GMT"):
# no count of anything.
_CLOCK_WORDS = frozenset(
    "gmt utc bst cet cest eet msk est edt cst cdt mst mdt pst pdt ist jst aest aedt am pm a.m. p.m. a.m p.m hrs".split()
)


def shared_context(a: Claim, va: Value, b: Claim, vb: Value, aligned: bool = False) -> set[str] | None:
    """The word classes two figures share when they are the same quantity, else None."""
    if _clock_figure(a, va) or _clock_figure(b, vb):
        return None
    ua, ub = _figure(va)[3], _figure(vb)[3]
    if ua != ub and {ua, ub} != {"%", "pp"}:
        return None
    ka, kb = counted_class(va), counted_class(vb)
    if (ka in _MEASURES or kb in _MEASURES or _DURATION in (ka, kb)) and ka != kb:
        return None  # "a delay of three hours" is no count of the rescued
    x, y = abs(_figure(va)[0]), abs(_figure(vb)[0])
    if min(x, y) > 0 and max(x, y) / min(x, y) > _MAX_RATIO:
        return None  # "150,000 per depositor" / "2.1 billion": two magnitudes, two quantities
    if ka and kb and ka != kb and "people" not in (ka, kb):
        return None  # "11 dead" / "9 injured", "6.8 magnitude" / "212 people"; "people" counts fans too
    if tally_of(a, va) != tally_of(b, vb):
        return None  # "31 injured" / "6 in hospital"; a tally against a figure of no tally
    if _part(a, va) or _part(b, vb) or _elapsed(a, va) or _elapsed(b, vb):
        return None
    if _age(a, va) or _age(b, vb) or _whole(a, va) or _whole(b, vb) or _remaining(a, va) or _remaining(b, vb):
        return None  # "Karavel, 58,"; "210 of the plant's 640 jobs"; "giving firms 14 months to prepare"
    oa, ob = _owner(a, va), _owner(b, vb)
    if oa and ob and oa != ob:
        return None  # "Greyhaven's 96 branches" / "the subsidiary's two branches"
    if _year_near(a, va) != _year_near(b, vb):
        return None  # "since 2008, when 11 people died": an earlier event's figure
    ra, rb = _role(a, va), _role(b, vb)
    if (ra and rb and ra != rb) or (ra == "from") != (rb == "from") or (ua != ub and {ra, rb} & {"from", "to"}):
        return None  # "from 25% to 10%": the old rate is neither the new one nor the change
    shared = context(a, va.start, va.end) & context(b, vb.start, vb.end)
    if ua in _RARE_UNITS and ua == ub and events_near(a, va, b, vb):
        return shared  # a speed is rarer than a count: "limited to 80 km/h" / "the limit is 60km/h"
    if aligned and ua and ua == ub and _only_in_unit(a, va) and _only_in_unit(b, vb):
        return shared  # one proposition, one figure of its unit in each: "demanded 12 percent" / "claimed 15 %"
    counted = {ka, kb} - {""}
    events = event_words(a, va.start, va.end) & event_words(b, vb.start, vb.end) - counted
    if shared & set(TALLIES):
        return shared  # "31 people were injured" / "Seventeen fans were hurt"
    same_noun = bool(va.counted) and stem(va.counted) == stem(vb.counted or "") and stem(va.counted) not in _GENERIC_NOUNS
    # the counted noun alone names the quantity only when each claim counts it once ("14
    # batches" / "40 batches"), not in "14.2 billion thalers in deposits ... 2.1 billion thalers"
    # ("fourteen men" / "four men": a word for people names no quantity on its own)
    alone = same_noun and ka != "people" and _counted_once(a, va) and _counted_once(b, vb)
    if (same_noun or (ka and ka == kb and ka not in _GENERIC)) and (events or shared - counted or (ra and ra == rb) or alone):
        return shared  # "by 231 votes" / "by 213 votes"; "14 batches" / "40 batches"
    if len(shared - counted) >= _MIN_SHARED and shared - _GENERIC - counted and events:
        return shared
    if ra and ra == rb and ua and events:
        return shared  # "cut its key rate by 25 basis points" / "lowered the rate by 0.5 percentage points"
    return None


def _clock_figure(claim: Claim, v: Value) -> bool:
    after = claim.text[v.end - claim.start : v.end - claim.start + 6].strip().lower()
    return (v.counted or "").lower() in _CLOCK_WORDS or after.split(" ")[0].rstrip(",;)") in _CLOCK_WORDS


def events_near(a: Claim, va: Value, b: Claim, vb: Value) -> set[str]:
    return event_words(a, va.start, va.end) & event_words(b, vb.start, vb.end)


def _only_in_unit(claim: Claim, v: Value) -> bool:
    unit = _figure(v)[3]
    return sum(1 for t in claim.values if t.kind == "number" and _figure(t)[3] == unit) == 1


def _counted_once(claim: Claim, v: Value) -> bool:
    noun = stem(v.counted or "")
    return sum(1 for t in claim.values if t.kind == "number" and stem(t.counted or "") == noun) == 1


def tally_of(claim: Claim, v: Value) -> frozenset[str]:
    """The tallies a figure's clause names ("31 people were injured" -> injured; "half a dozen
    injured were taken to hospital" -> injured, hospital; "the death toll rose to 9" -> dead)."""
    return _tallies(claim.text, v.start - claim.start, v.end - claim.start)


@lru_cache(maxsize=16384)
def _tallies(text: str, s: int, e: int) -> frozenset[str]:
    after = WORD.findall(_CLAUSE.split(text[e:])[0])[:8]
    before = WORD.findall(_CLAUSE.split(text[:s])[-1])[-4:]
    return frozenset(c for c in (word_class(w) for w in after + before) if c in TALLIES)


_CLAUSE = re.compile(r"[;:(),]|\s[–—]\s|\band\b|\bwhile\b|\bbut\b")
_LABELS = {"hospital": "in hospital"}


def denied(claim: Claim, v: Value) -> bool:
    """"15 workers, not 14": a figure the sentence denies is no figure it states."""
    before = claim.text[max(0, v.start - claim.start - 8) : v.start - claim.start].lower()
    return bool(re.search(r"\b(?:not|never|rather than|instead of)\s+$", before))


def _part(claim: Claim, v: Value) -> bool:
    """"210 of the plant's 640 jobs", "including 14 police officers": a part, not the whole
    ("thousands of supporters" is a vague count, not a part)."""
    if v.text[:1].isalpha() and v.text.lower().endswith("s") and v.text.lower().rstrip("s") in ("dozen", "hundred", "thousand", "million", "tens of thousand", "hundreds of thousand"):
        return False
    after = claim.text[v.end - claim.start : v.end - claim.start + 4]
    before = claim.text[max(0, v.start - claim.start - 16) : v.start - claim.start].lower()
    return bool(re.match(r"\s+of\b(?!\s+(?:them|those|us|whom)\b)", after + claim.text[v.end - claim.start + 4 : v.end - claim.start + 12])) or bool(re.search(r"\b(?:including|among them|of whom|of which)\s+$", before))


def _age(claim: Claim, v: Value) -> bool:
    """"Karavel, 58, was...", "aged 58", "a 58-year-old": a person's age, no count of the event."""
    s, e = v.start - claim.start, v.end - claim.start
    before, after = claim.text[max(0, s - 40) : s], claim.text[e : e + 12]
    return bool(
        (re.search(r"[A-Z][\w’'-]+,\s*$", before) and re.match(r"\s*,", after))
        or re.search(r"\baged\s+$", before) or re.match(r"-year-old\b", after)
    )


def _whole(claim: Claim, v: Value) -> bool:
    """"210 of the plant's 640 jobs", "three charges out of four": the whole a part is taken from."""
    for t in claim.values:
        if t.kind == "number" and t.end <= v.start:
            between = claim.text[t.end - claim.start : v.start - claim.start]
            if re.fullmatch(r"\s+(?:[\w-]+\s+)?(?:out\s+)?of\s+(?:(?:the|its|their|his|her|all)\s+)?(?:[\w-]+[’']s\s+)?", between):
                return True
    return False


def _owner(claim: Claim, v: Value) -> str:
    """Whose the figure is, when a possessive stands before it ("Greyhaven's 96 branches")."""
    before = claim.text[max(0, v.start - claim.start - 30) : v.start - claim.start]
    m = re.search(r"([\w-]+)[’']s\s+(?:(?:about|around|nearly|some|almost)\s+)?$", before)
    return stem(m.group(1).lower()) if m else ""


_TIME_UNITS = {word_class(w) for w in ("hours", "days", "weeks", "months", "years", "minutes")}


def _remaining(claim: Claim, v: Value) -> bool:
    """"takes effect on January 1, giving companies about 14 months to prepare": the time left
    until a date the sentence states, which depends on when each outlet wrote."""
    if not v.counted or word_class(v.counted) not in _TIME_UNITS:
        return False
    if not any(t.kind in ("date", "month", "year") for t in claim.values):
        return False
    before = claim.text[max(0, v.start - claim.start - 45) : v.start - claim.start]
    return bool(re.search(r"\b(?:giving|leaving|gives|leaves)\b(?:\s+[\w-]+){0,4}\s*$", before))


def _elapsed(claim: Claim, v: Value) -> bool:
    """"two days after", "three weeks ago": time elapsed, which depends on when each wrote."""
    after = claim.text[v.end - claim.start : v.end - claim.start + 30].lower()
    return bool(re.match(r"\s+(?:full\s+)?(?:days?|weeks?|months?|hours?|years?)\s+(?:after|ago|later|since|before|earlier)\b", after))


# "up four points from 2024", "higher than in 2023": the year a change is measured against
_BASELINE = re.compile(r"\b(?:from|since|than(?:\s+in)?|compared\s+(?:with|to)|on|over)\s+$")


def _year_near(claim: Claim, v: Value) -> bool:
    """A year stands within eight words before the figure, or after it in its clause."""
    for t in claim.values:
        if t.kind not in ("year", "month"):
            continue
        if t.end <= v.start and len(WORD.findall(claim.text[t.end - claim.start : v.start - claim.start])) <= 8:
            return True
        between = claim.text[v.end - claim.start : t.start - claim.start]
        if t.start >= v.end and not re.search(r"[,;:()]", between) and not _BASELINE.search(between):
            return True
    return False


def _role(claim: Claim, v: Value) -> str:
    """"from" / "to" / "by" when the figure is the start, end or size of a change; "granted"
    for a span of time given to do something ("gave them 72 hours to leave")."""
    before = claim.text[max(0, v.start - claim.start - 12) : v.start - claim.start].lower()
    m = re.search(r"\b(from|to|by)\s+(?:[$€£¥]|about\s+|around\s+|nearly\s+|some\s+)?$", before)
    if m:
        return m.group(1)
    if counted_class(v) == _DURATION:
        wider = claim.text[max(0, v.start - claim.start - 30) : v.start - claim.start].lower()
        after = claim.text[v.end - claim.start : v.end - claim.start + 30].lower()
        if re.search(r"\b(?:gave|give|given|gives|giving|granted|grants?)\s+(?:\w+\s+){0,2}$", wider) and re.match(
            r"\s*[\w-]*\s+(?:to|for|in which to)\s+\w", after
        ):
            return "granted"
    return ""


def same_quantity(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    return shared_context(a, va, b, vb) is not None


def numbers_agree(va: Value, vb: Value) -> bool:
    x, xl, xh, xu = _figure(va)
    y, yl, yh, yu = _figure(vb)
    if xu != yu:
        return False  # "14 percentage points" is not "14%"
    tolerance = 0.005 * max(abs(x), abs(y))
    return xl - tolerance <= yh and yl - tolerance <= xh


def _quoted(claim: Claim, v: Value) -> bool:
    return any(q.start <= v.start - claim.start and v.end - claim.start <= q.end for q in find_quotes(claim.text))


def _asserted(claim: Claim, v: Value) -> Value | None:
    """The figure a denial corrects: "15 workers down there, not 14" -> 15 for the denied 14."""
    before = [t for t in claim.values if t.kind == "number" and t.end <= v.start]
    if not before:
        return None
    t = before[-1]
    between = claim.text[t.end - claim.start : v.start - claim.start]
    if len(WORD.findall(between)) > 5 or re.search(r"[;:()]", between) or not re.search(r",?\s*(?:and\s+)?(?:not|rather than|instead of)\s+$", between):
        return None
    return t


def _part_of(claim: Claim, whole: Value) -> Value | None:
    """The part taken from ``whole``: "three of the four charges" -> three."""
    if not _whole(claim, whole):
        return None
    before = [t for t in claim.values if t.kind == "number" and t.end <= whole.start]
    return before[-1] if before else None


def part_findings(a: Claim, b: Claim) -> Iterable[Disagreement]:
    """"guilty on three of the four charges" / "guilty on all four charges": the same whole,
    counted the same, and a part of it against all of it."""
    for x, y in ((a, b), (b, a)):
        for whole in x.values:
            if whole.kind != "number" or not whole.counted or (part := _part_of(x, whole)) is None:
                continue
            if not numbers_agree(part, part) or _figure(part)[0] >= _figure(whole)[0]:
                continue
            for u in y.values:
                if (
                    u.kind == "number" and u.qualifier == "all" and u.normalized == whole.normalized
                    and stem(u.counted or "") == stem(whole.counted) and _part_of(y, u) is None
                ):
                    yield Disagreement("number", f"how many of the {whole.text} {whole.counted}", number_side(x, part), number_side(y, u))


def denial_findings(a: Claim, b: Claim) -> Iterable[Disagreement]:
    """A figure of ``a`` that ``b`` denies in so many words ("there are 15 workers, not 14")
    disagrees with the figure ``b`` states instead, when both count one kind of thing."""
    for x, y in ((a, b), (b, a)):
        for vy in y.values:
            if vy.kind != "number" or not denied(y, vy) or (asserted := _asserted(y, vy)) is None:
                continue
            kind = counted_class(asserted) or counted_class(vy)
            for vx in x.values:
                if vx.kind != "number" or denied(x, vx) or not numbers_agree(vx, vy) or numbers_agree(vx, asserted):
                    continue
                kx = counted_class(vx)
                if not kind or not kx or (kx != kind and "people" not in (kx, kind)):
                    continue
                yield Disagreement("number", f"how many ({asserted.counted or vx.counted})", number_side(x, vx), number_side(y, asserted))


def number_findings(a: Claim, b: Claim, aligned: bool = False) -> Iterable[Disagreement | Agreeing]:
    """Figures of two claims that count one thing; ``aligned``: the two claims were aligned as
    one proposition, so one figure of a unit in each is the same quantity."""
    # A figure inside a quotation is the quote check's: "24 hours" / "48 hours" in one remark
    # is a misquote, told once.
    na = [v for v in a.values if v.kind == "number" and not (a.quotes and _quoted(a, v)) and not denied(a, v)]
    nb = [v for v in b.values if v.kind == "number" and not (b.quotes and _quoted(b, v)) and not denied(b, v)]
    for va in na:
        for vb in nb:
            shared = shared_context(a, va, b, vb, aligned)
            if shared is None:
                continue
            sa, sb = number_side(a, va), number_side(b, vb)
            if numbers_agree(va, vb):
                yield Agreeing(sa, sb)
                continue
            tally = [t for t in TALLIES if t in shared]
            counted = word_class(va.counted) if va.counted and word_class(va.counted) == word_class(vb.counted or "") else ""
            what = _LABELS.get(tally[0], tally[0]) if tally else counted
            if counted_class(va) == _DURATION:
                yield Disagreement("number", "how long", sa, sb)
                continue
            if what in _GENERIC and va.counted and stem(va.counted) == stem(vb.counted or ""):
                what = va.counted  # "supporters", not the class "people"
            yield Disagreement("number", f"how many ({what})" if what else "the figure", sa, sb)


def tallied(claim: Claim) -> bool:
    """Whether a claim states a figure next to a tally word (dead, injured, arrested...)."""
    return any(v.kind == "number" and context(claim, v.start, v.end) & set(TALLIES) for v in claim.values)


# --- times ----------------------------------------------------------------------------------


def _date_of(v: Value) -> str | None:
    """The full ISO date a value stands for, when known."""
    if v.kind == "date" and not v.normalized.startswith("?"):
        return v.normalized
    if v.kind == "weekday" and v.resolved:
        return v.resolved
    return None


def _year_of(v: Value) -> str | None:
    if v.kind in ("date", "month") and not v.normalized.startswith("?"):
        return v.normalized[:4]
    if v.kind == "year":
        return v.normalized
    return None


def _compare(va: Value, vb: Value) -> bool | None:
    """True: the same time; False: different; None: not comparable."""
    kinds = {va.kind, vb.kind}
    if kinds == {"time"}:
        return times_agree(va.normalized, va.qualifier, vb.normalized, vb.qualifier)
    da, db = _date_of(va), _date_of(vb)
    if kinds <= {"date", "weekday"}:
        if da and db:
            return da == db
        if kinds == {"weekday"}:
            return va.normalized == vb.normalized
        if kinds == {"date"}:
            return va.normalized[5:] == vb.normalized[5:]
        # a weekday against a date: the date's weekday, when its year is known; a weekday
        # resolved against its article's date against a date without its year: day and month
        date = va if va.kind == "date" else vb
        day = vb if date is va else va
        if date.normalized.startswith("?") and day.resolved:
            return date.normalized[5:] == day.resolved[5:]
        weekday = weekday_of(date.normalized) if not date.normalized.startswith("?") else None
        return None if weekday is None else weekday == day.normalized
    if kinds == {"year"}:
        return None  # a bare year against a bare year: too often two different events' years
    if kinds <= {"month", "year", "date"} and kinds & {"month", "year"}:
        ya, yb = _year_of(va), _year_of(vb)
        if ya is None or yb is None:
            return None
        if ya != yb:
            return False
        if kinds == {"month"}:
            return va.normalized == vb.normalized
        return True
    return None


_DEADLINE = {"until", "by", "from", "since"}
_ALIGNED_REACH = 10  # words either side of the two times of claims aligned as one proposition


def time_side(claim: Claim, v: Value) -> Side:
    return Side(claim=claim, value=v.text, normalized=_date_of(v) or v.normalized, start=v.start, end=v.end)


# "waited until Thursday to ask", "did not order it until Monday": the day the act was done
_ACT_UNTIL = re.compile(r"\b(?:wait(?:ed|s|ing)?|not\b[^.;:]{0,60}|only)\s+until\s+$", re.IGNORECASE)


def _qualifier(claim: Claim, v: Value) -> str:
    """The weekday's qualifier, "" for the day an act was done after waiting ("waited until Thursday to")."""
    if v.qualifier == "until" and _ACT_UNTIL.search(claim.text[max(0, v.start - claim.start - 80) : v.start - claim.start]):
        return ""
    return v.qualifier


def _wrong_year(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """One day and month, one article with its year, the other with its weekday: the year's
    calendar gives another weekday ("14 June 2024" / "Saturday, 14 June": 14 June 2024 was a Friday)."""
    if va.kind != "date" or vb.kind != "date" or va.normalized[5:] != vb.normalized[5:]:
        return False
    for (x, vx), (y, vy) in (((a, va), (b, vb)), ((b, vb), (a, va))):
        if vx.normalized.startswith("?") or not vy.normalized.startswith("?"):
            continue
        pair = pair_of(y, vy)
        weekday = weekday_of(vx.normalized)
        if pair is not None and weekday is not None and weekday != pair[3].normalized:
            return bool(_near_events(x, vx) & _near_events(y, vy))
    return False


# The day of a statement, not of what it reports: "police said Wednesday", "the agency announced
# on Tuesday", "it was reported Wednesday", "said in a statement on Friday".
_STATED = ("say", "tell", "state", "add", "announce", "report", "confirm", "reveal", "disclose", "declare", "post", "tweet", "write", "note", "explain")
_STATED_AT = re.compile(
    r"\b(" + "|".join(sorted((f for f, lemma in REPORTING_VERBS.items() if lemma in _STATED), key=len, reverse=True)) + r")"
    r"(?:\s+(?:in|on|at|to)\s+(?:a|an|the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?)?(?:,)?\s+(?:(?:on|late|early|earlier|this|last)\s+)*$",
    re.IGNORECASE,
)


_ROUTINE = ("say", "tell", "add", "note", "explain")  # said every day: the day of no event


def stated_on(claim: Claim, v: Value) -> str:
    """The lemma of the reporting verb whose day ``v`` is ("said Wednesday" -> "say"), else ""."""
    m = _STATED_AT.search(claim.text[max(0, v.start - claim.start - 60) : v.start - claim.start])
    return reporting_lemma(m.group(1)) or "" if m else ""


def _dates_a_noun(claim: Claim, v: Value) -> bool:
    """A possessive day names its own event: "Sunday's playoff game", "Thursday's final"."""
    return claim.text[v.end - claim.start : v.end - claim.start + 2] in ("'s", "’s")


# "were coping Saturday with the death", "was being questioned yesterday": a state that lasted,
# dated by the day it was seen, not the day of an act.
_ONGOING = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:still\s+|now\s+)?(?:being\s+)?[a-z]{3,}ing\b[^.;:,]{0,30}$", re.IGNORECASE)


def _ongoing(claim: Claim, v: Value) -> bool:
    return bool(_ONGOING.search(claim.text[max(0, v.start - claim.start - 50) : v.start - claim.start]))


def other_events(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Whether two days are of different kinds of event: a statement's day against an event's,
    two routine statements ("said Saturday" / "said Friday"), or a possessive day ("Sunday's
    game") against a plain one."""
    if _ongoing(a, va) != _ongoing(b, vb):
        return True  # a lasting state's day against an act's
    sa, sb = stated_on(a, va), stated_on(b, vb)
    if (sa or sb) and (sa != sb or sa in _ROUTINE):
        return True
    return _dates_a_noun(a, va) != _dates_a_noun(b, vb)


# A year that modifies a noun ("for a 2012 car crash case", "the 1998 conviction") or bounds a
# span ("from September 2010 to January 2011", "between 1991 and 1998") dates something in the
# background of the story, not the event the claims share.
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+$", re.IGNORECASE)
_SPAN = re.compile(r"\b(?:from|between|since|until|till|through)\s+(?:\w+\s+){0,2}$|\b(?:to|and)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _year_use(claim: Claim, v: Value) -> str:
    """"span" (a bound of a span of time), "attributive" (a year before a noun) or ""."""
    s, e = v.start - claim.start, v.end - claim.start
    before, after = claim.text[max(0, s - 40) : s], claim.text[e : e + 20]
    if _SPAN.search(before) or re.match(r"\s*(?:-|–|to|and|through)\s*(?:\w+\s+)?\d{4}", after):
        return "span"
    return "attributive" if _ATTRIBUTIVE.search(before) and re.match(r"\s+[a-z]", after) else ""


def _background(use_a: str, use_b: str) -> bool:
    """A span's bound against anything, or a year before a noun against one that dates an act."""
    return "span" in (use_a, use_b) or use_a != use_b


def time_findings(a: Claim, b: Claim, aligned: bool = False) -> Iterable[Disagreement | Agreeing]:
    """Times of two claims about one event. Claims aligned as one proposition need one class of
    words in common around the two times; others two."""
    need = 1 if aligned else _MIN_SHARED
    reach = _ALIGNED_REACH if aligned else 6
    ta = [v for v in a.values if v.kind in ("date", "month", "year", "weekday", "time")]
    tb = [v for v in b.values if v.kind in ("date", "month", "year", "weekday", "time")]
    for va in ta:
        for vb in tb:
            if _wrong_year(a, va, b, vb):
                yield Disagreement("date", "the year", time_side(a, va), time_side(b, vb))
                continue
            same = _compare(va, vb)
            if same is None:
                continue
            qa, qb = _qualifier(a, va), _qualifier(b, vb)
            if _DEADLINE & {qa, qb} and qa != qb:
                continue  # "until Friday" is a deadline, "from Monday" a start: not the event's day
            if other_events(a, va, b, vb):
                continue
            shared = context(a, va.start, va.end, reach) & context(b, vb.start, vb.end, reach)
            if len(shared) < need or not event_words(a, va.start, va.end, reach) & event_words(b, vb.start, vb.end, reach):
                continue
            sa, sb = time_side(a, va), time_side(b, vb)
            if same:
                yield Agreeing(sa, sb)
            elif _states_both(a, va, vb) or _states_both(b, vb, va):
                continue  # "expelled them on Monday, and Darvand responded on Tuesday": two events
            else:
                what = "the time" if va.kind == vb.kind == "time" else "the year" if {va.kind, vb.kind} & {"year", "month"} else "the day"
                if what == "the year" and _background(_year_use(a, va), _year_use(b, vb)):
                    continue
                yield Disagreement("date", what, sa, sb)


# --- the lead's day -------------------------------------------------------------------------

_LEAD_SENTENCES = 2


def lead_time(claims: list[Claim]) -> tuple[Claim, Value] | None:
    """The day the article's lead gives its main event: the first weekday or date in the first
    two body sentences (a headline, without closing punctuation, is not the lead), unless it is
    a deadline or a start ("until Friday", "from Monday") or the sentence speaks of the future."""
    body = [c for c in claims if not is_headline(c)][:_LEAD_SENTENCES]
    for claim in body:
        dateline = DATELINE.match(claim.text) or DATELINE_LINE.match(claim.text)
        for v in claim.values:
            if dateline and v.start - claim.start < dateline.end():
                continue  # "CITY, Feb. 8 —": when the article was written, not when it happened
            if v.kind in ("weekday", "date") and v.qualifier not in _DEADLINE and claim.modality != "future":
                if stated_on(claim, v) in _ROUTINE:
                    continue  # "officials said Saturday": the day of the telling
                return claim, v
    return None


# "PELLWORTH, Vandria, March 9 (Norpress) —", "Castlemoor, 10 February -": the opening dateline
# "Kovrin, 13 April (SarTA).": a dateline standing as its own sentence


_LEAD_SHARED = 2
_LEAD_REACH = 10  # words either side of a lead's day that must share what happened


def _sentence_events(claim: Claim) -> set[str]:
    """Classes of a sentence's lowercase content words (what happened, not who)."""
    return {word_class(w) for w in WORD.findall(claim.text) if w[0].islower() and w.lower() not in STOP and len(w) > 2 and reporting_lemma(w) is None}


def _states_both(claim: Claim, own: Value, other: Value) -> bool:
    """Whether ``claim`` also states a time that agrees with ``other`` (beside its ``own``)."""
    return any(t is not own and _compare(t, other) for t in claim.values if t.kind in ("date", "weekday", "time", "month"))


def _near_events(claim: Claim, v: Value, reach: int = 12, wide: bool = False) -> set[str]:
    """Classes of the lowercase content words within ``reach`` words of a value, across commas
    and brackets ("vaccine on Thursday, when the board approved"): what happened that day."""
    s, e = v.start - claim.start, v.end - claim.start

    def keep(w: str) -> bool:
        return w[0].islower() and w.lower() not in STOP and len(w) > 2 and reporting_lemma(w) is None

    if wide:  # names and small words do not use up the reach
        words = [w for w in WORD.findall(claim.text[:s]) if keep(w)][-reach:] + [w for w in WORD.findall(claim.text[e:]) if keep(w)][:reach]
    else:
        words = [w for w in WORD.findall(claim.text[:s])[-reach:] + WORD.findall(claim.text[e:])[:reach] if keep(w)]
    return {word_class(w) for w in words}


def _calendar_side(claim: Claim, v: Value, dateline: Value | None, day: int) -> Side:
    """A lead's day as evidence: a weekday and date written together, or a weekday with the
    dateline it is counted back from (both in the span when the dateline opens the sentence)."""
    pair = pair_of(claim, v)
    if pair is not None:
        start, end = min(pair[2].start, pair[3].start), max(pair[2].end, pair[3].end)
        if claim.text[end - claim.start : end - claim.start + 1] == ")" and "(" in claim.text[start - claim.start : end - claim.start]:
            end += 1
        return Side(claim=claim, value=claim.text[start - claim.start : end - claim.start], normalized=describe(day), start=start, end=end)
    if v.kind == "weekday" and dateline is not None and claim.start <= dateline.start < v.start:
        return Side(claim=claim, value=f"{dateline.text} … {v.text}", normalized=describe(day), start=dateline.start, end=v.end)
    return Side(claim=claim, value=v.text, normalized=describe(day), start=v.start, end=v.end)


def lead_findings(
    a: Claim, va: Value, b: Claim, vb: Value, dateline_a: Value | None = None, dateline_b: Value | None = None,
    wide: bool = False,
) -> Iterable[Disagreement | Agreeing]:
    """The days two leads give; ``wide``: the event words around a day are counted without the
    names and small words between (for one weekday told with two dates)."""
    same = _compare(va, vb)
    if other_events(a, va, b, vb):
        return
    if pair_of(a, va) or pair_of(b, vb):
        # a weekday written with its date fixes the calendar: compare the days it gives
        days = days_disagree(a, va, dateline_a, b, vb, dateline_b)
        if days is not None and _near_events(a, va, wide=wide) & _near_events(b, vb, wide=wide):
            yield Disagreement(
                "date", "the day of the event",
                _calendar_side(a, va, dateline_a, days[0]), _calendar_side(b, vb, dateline_b, days[1]),
            )
        return
    if same is None:
        return
    if same is False and (_states_both(a, va, vb) or _states_both(b, vb, va)):
        return
    if len(_sentence_events(a) & _sentence_events(b)) < _LEAD_SHARED:
        return  # two leads that do not tell one event
    if not event_words(a, va.start, va.end, _LEAD_REACH) & event_words(b, vb.start, vb.end, _LEAD_REACH):
        return  # the two days are the days of two different acts ("shares fell on Monday" / "ran aground on Saturday")
    sa, sb = time_side(a, va), time_side(b, vb)
    yield Agreeing(sa, sb) if same else Disagreement("date", "the day of the event", sa, sb)
