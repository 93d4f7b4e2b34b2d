"""Number disagreements between two claims, on figures shown to be about one thing.

A quantity is the same thing in two claims when the units agree and the words around the two
figures share at least two classes of words ("11 people were killed" / "the storm killed nine
people": people, dead). Wordings that can state the same figure ("nearly 50" / "47", "more than
200" / "at least 212") agree. Days and times are compared in :mod:`.days`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...model import Claim, Value
from ...text import find_quotes
from ..claims import stem, value_measure
from ..claims.numbers import format_number
from .common import CLASSES, STOP, WORD, Agreeing, Disagreement, Side, context, event_words, fold, word_class

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
_HOURS = {word_class(w): f for w, f in (("minutes", 1 / 60), ("hours", 1), ("days", 24), ("weeks", 168), ("months", 730.5), ("years", 8766))}
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
# How far a figure told in another unit may be from the converted one (rounding: 10 miles is "16 km").
_CONVERTED = 0.03
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
    if (si := value_measure(v)) is not None:  # "20 nautical miles" is 37,040 metres, "a 20-kilometre ban" 20,000
        return value * si[1], low * si[1], high * si[1], v.unit
    return value, low, high, v.unit


def other_dimension(va: Value, vb: Value) -> bool:
    """One figure a length, a mass or a volume and the other not, or of another dimension."""
    sa, sb = value_measure(va), value_measure(vb)
    return (sa is not None or sb is not None) and (sa is None or sb is None or sa[0] != sb[0])


def _other_units(va: Value, vb: Value) -> bool:
    """Two figures of one dimension in two units ("20 nautical miles" / "20 kilometres")."""
    sa, sb = value_measure(va), value_measure(vb)
    return sa is not None and sb is not None and sa[0] == sb[0] and word_class(va.counted) != word_class(vb.counted)


def counted_class(v: Value) -> str:
    """The class of what a figure counts; every span of time is one class (see :func:`_figure`)."""
    if not v.counted:
        return ""
    k = word_class(v.counted)
    return _DURATION if k in _HOURS and not v.unit else k


def number_side(claim: Claim, v: Value) -> Side:
    shown = f"{v.qualifier} {v.text}".strip() if v.qualifier else v.text
    unit = {"%": "%", "pp": " percentage points", "bp": " basis points"}.get(v.unit, f" {v.unit}" if v.unit else "")
    if (si := value_measure(v)) is not None:  # in SI, so that "20 nautical miles" and "20 kilometres" differ
        figure = _figure(v)[0]
        shown = shown if v.counted in shown.lower() else f"{shown} {v.counted}"
        return Side(claim=claim, value=shown, normalized=f"{format_number(figure)} {si[0]}", start=v.start, end=v.end)
    if counted_class(v) == _DURATION:  # "18 months" / "a two-year ban": shown with its unit
        told = re.match(r"[-\s]+" + re.escape(v.counted), claim.text[v.end - claim.start :], re.IGNORECASE)
        if not any(word_class(w) == word_class(v.counted) for w in WORD.findall(shown)):  # "one month" tells it
            shown = shown + told.group(0) if told else f"{shown} {v.counted}"
        return Side(claim=claim, value=shown, normalized=v.normalized.split(" ")[0], start=v.start, end=v.end)
    return Side(claim=claim, value=shown, normalized=v.normalized.split(" ")[0] + unit, start=v.start, end=v.end)


# What an event's tallies count: one such class in common is enough to compare two figures.
TALLIES = ("dead", "injured", "arrested", "missing", "hospital", "evacuated", "trapped", "rescued", "spilled")
_SPILLED = frozenset({"spilled"})
# Tallies told anywhere in both figures' clauses, words away: "2,500 tonnes had escaped" / "up
# to 6,000 tonnes of toxic crude have already poured into the sea" (a measure's tally, see tally_of)
_TALLY_IN_CLAUSE = _SPILLED  # a tally of tonnes, litres or barrels, not of people or money


def shared_context(
    a: Claim, va: Value, b: Claim, vb: Value, aligned: bool = False, several: frozenset[tuple[str, str]] = frozenset()
) -> set[str] | None:
    """The word classes two figures share when they are the same quantity, else None.
    ``several``: (article, counted noun's stem) for nouns an article counts with different figures."""
    ua, ub = _figure(va)[3], _figure(vb)[3]
    if ua != ub and {ua, ub} != {"%", "pp"}:
        return None
    ka, kb = counted_class(va), counted_class(vb)
    units = _other_units(va, vb)  # one length, one mass, one volume in two units: compared in SI
    if (ka in _MEASURES or kb in _MEASURES or _DURATION in (ka, kb)) and ka != kb and not units:
        return None  # "a delay of three hours" is no count of the rescued
    x, y = abs(_figure(va)[0]), abs(_figure(vb)[0])
    if min(x, y) > 0 and max(x, y) / min(x, y) > _MAX_RATIO:
        return None  # "150,000 per depositor" / "2.1 billion": two magnitudes, two quantities
    if ka and kb and ka != kb and "people" not in (ka, kb) and not units:
        return None  # "11 dead" / "9 injured", "6.8 magnitude" / "212 people"; "people" counts fans too
    tally = tally_of(a, va)
    if tally != tally_of(b, vb):
        return None  # "31 injured" / "6 in hospital"; a tally against a figure of no tally
    if _part(a, va) or _part(b, vb) or _elapsed(a, va) or _elapsed(b, vb):
        return None
    if _rate(a, va) != _rate(b, vb):
        return None  # "5,000 gallons of water a minute" is no tank's "100,000 gallons"
    if _paired(a, va) or _paired(b, vb) or not _same_compound(a, va, b, vb):
        return None  # "a 14-0 lead", "from 1978-89"; "a 6.7-strength quake" is no count of the dead
    if _added(a, va) or _added(b, vb) or _clock_left(a, va) or _clock_left(b, vb):
        return None  # "two more victims were found"; "with 4 minutes 48 seconds remaining"
    sa, sb = _counted_over(a, va), _counted_over(b, vb)
    if (sa and sb and sa != sb) or (bool(sa) != bool(sb) and _past_period(b if sa else a)):
        return None  # "nine touchdowns in 10 games" / "two touchdowns in his last two games" / "17 goals last season"
    wa, wb = _window_of(a, va), _window_of(b, vb)
    if wa and wb and not (numbers_agree(wa, wb) and stem(wa.counted) == stem(wb.counted)):
        return None  # the spans two different tallies were counted over ("10 games" / "two games")
    if _age(a, va) or _age(b, vb) or _whole(a, va) or _whole(b, vb) or _remaining(a, va) or _remaining(b, vb):
        return None  # "Karavel, 58,"; "210 of the plant's 640 jobs"; "giving firms 14 months to prepare"
    if _narrowed(a, va, b) or _narrowed(b, vb, a):
        return None  # "300 Portuguese workers" is a group of the site's "1,200 workers"
    oa, ob = _owner(a, va), _owner(b, vb)
    if oa and ob and oa != ob:
        return None  # "Greyhaven's 96 branches" / "the subsidiary's two branches"
    if _year_near(a, va) != _year_near(b, vb):
        return None  # "since 2008, when 11 people died": an earlier event's figure
    ra, rb = _role(a, va), _role(b, vb)
    if (ra and rb and ra != rb) or (ra == "from") != (rb == "from") or (ua != ub and {ra, rb} & {"from", "to"}):
        return None  # "from 25% to 10%": the old rate is neither the new one nor the change
    ma, mb = _month_after(a, va), _month_after(b, vb)
    if ma and mb and ma != mb:
        return None  # "9.4 percent in August" / "9.1 percent in July": two months' figures
    # a tally both figures count is shared context, also when told inside a figure ("the only fatality")
    shared = context(a, va.start, va.end) & context(b, vb.start, vb.end) | ({ka} & {kb} & set(TALLIES)) | (tally & _TALLY_IN_CLAUSE)
    if ma and ma == mb:
        shared = shared | {f"in {ma}"}  # "inflation reached 9.4 percent in August" / "stood at 9.1 percent in August"
    if ua in _RARE_UNITS and ua == ub and events_near(a, va, b, vb):
        return shared  # a speed is rarer than a count: "limited to 80 km/h" / "the limit is 60km/h"
    if aligned and ua and ua == ub and only_in_unit(a, va) and only_in_unit(b, vb):
        return shared  # one proposition, one figure of its unit in each: "demanded 12 percent" / "claimed 15 %"
    if ra == rb == "margin" and ka and ka == kb and _winner(a, b):
        return shared | {"margin"}  # "beat her by almost two seconds" / "won with a lead of 0.8 seconds"
    if _lasting_one_thing(a, va, b, vb):
        return shared | {_DURATION}  # "a 48-hour strike" / "a two-day walkout": how long the strike lasts
    counted = {ka, kb} - {""}
    events = event_words(a, va.start, va.end) & event_words(b, vb.start, vb.end) - counted
    if units:  # two units: only the words around both show one quantity ("fishing ban")
        strict = len(shared - counted) >= _MIN_SHARED and shared - _GENERIC - counted and events
        return shared if strict else None
    if shared & set(TALLIES):
        return shared  # "31 people were injured" / "Seventeen fans were hurt"
    same_noun = bool(va.counted) and stem(va.counted) == stem(vb.counted or "") and stem(va.counted) not in _GENERIC_NOUNS
    # the counted noun alone names the quantity only when each claim counts it once ("14
    # batches" / "40 batches"), not in "14.2 billion thalers in deposits ... 2.1 billion thalers"
    # ("fourteen men" / "four men": a word for people names no quantity on its own)
    # ("32 yards" for an interception, "226 yards" rushed, "a 73-yard drive": a noun one article
    # counts with several figures names several quantities, and says alone of none which it is)
    alone = same_noun and ka != "people" and _counted_once(a, va) and _counted_once(b, vb) and not (
        {(a.article, stem(va.counted or "")), (b.article, stem(vb.counted or ""))} & several
    )
    if (same_noun or (ka and ka == kb and ka not in _GENERIC)) and (events or shared - counted or (ra and ra == rb) or alone):
        return shared  # "by 231 votes" / "by 213 votes"; "14 batches" / "40 batches"
    if len(shared - counted) >= _MIN_SHARED and shared - _GENERIC - counted and events:
        return shared
    if ra and ra == rb and ua and events:
        return shared  # "cut its key rate by 25 basis points" / "lowered the rate by 0.5 percentage points"
    return None


_MONTH_AFTER = re.compile(
    r"(?:\s+[a-z%-]+){0,2}?\s+(?:in|for|during)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def _month_after(claim: Claim, v: Value) -> str:
    """The month a figure is told of, right after it ("9.4 percent in August" -> "august"), or ""."""
    m = _MONTH_AFTER.match(claim.text, v.end - claim.start)
    return m.group(1).lower() if m else ""


def events_near(a: Claim, va: Value, b: Claim, vb: Value) -> set[str]:
    return event_words(a, va.start, va.end) & event_words(b, vb.start, vb.end)


def only_in_unit(claim: Claim, v: Value) -> bool:
    unit = _figure(v)[3]
    return sum(1 for t in claim.values if t.kind == "number" and _figure(t)[3] == unit) == 1


def _counted_once(claim: Claim, v: Value) -> bool:
    noun = stem(v.counted or "")
    return sum(1 for t in claim.values if t.kind == "number" and stem(t.counted or "") == noun) == 1


def tally_of(claim: Claim, v: Value) -> frozenset[str]:
    """The tallies a figure's clause names ("31 people were injured" -> injured; "half a dozen
    injured were taken to hospital" -> injured, hospital; "the death toll rose to 9" -> dead)."""
    counted = word_class(v.counted) if v.counted else ""
    tallies = _tallies(claim.text, v.start - claim.start, v.end - claim.start)
    if value_measure(v) is None:
        tallies -= _SPILLED  # "1.2 billion florins to fix leaking mains": only an amount of matter spills
    # the counted noun inside the figure's own words ("the only fatality") names its tally too
    return tallies | {counted} if counted in TALLIES else tallies


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


def _paired(claim: Claim, v: Value) -> bool:
    """A figure joined to another by a hyphen or a dash ("a 14-0 lead", "a 9-14 start", "from
    1978-89", "10-15 people") or a slash ("4 1/2 months", "24/7"): one half of a score, a
    record, a range or a fraction, no count on its own; or the tail of a figure whose thousands
    are set apart by a space ("2 400 posts")."""
    s, e = v.start - claim.start, v.end - claim.start
    return bool(
        re.match(r"[-–]\d|\s?/\s?\d|\s\d+\s?/\s?\d", claim.text[e : e + 8])
        or re.search(r"\d[-–]$|\d\s?/\s?$|(?<![\d,.])\d{1,3} $", claim.text[max(0, s - 6) : s])
    )


_COMPOUND = re.compile(r"-([A-Za-z]+)\s+([a-z][\w-]*)")


def _compound(claim: Claim, v: Value, measures: bool = False) -> tuple[str, str] | None:
    """(the word, the noun) of a figure hyphened to a word before a noun: "a 6.7-strength quake",
    "a 100-RBI season", "the 45-yard field goal". The figure tells a property of one thing (the
    quake, the season, the kick), no count of it. A unit of measure or time ("a 20-kilometre
    ban", "an 11-day strike") only with ``measures``: such a figure is compared with any length."""
    m = _COMPOUND.match(claim.text, v.end - claim.start)
    if m is None or (not measures and (value_measure(v) is not None or counted_class(v) == _DURATION)):
        return None
    return word_class(m.group(1)), word_class(m.group(2))


def _lasting_one_thing(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two spans of time hyphened to the same noun ("a 48-hour strike" / "a two-day stoppage"):
    the compound names what lasts, so the two are its length told twice."""
    if counted_class(va) != _DURATION or counted_class(vb) != _DURATION:
        return False
    ca, cb = _compound(a, va, measures=True), _compound(b, vb, measures=True)
    return bool(ca and cb and ca[1] == cb[1])


_COMPOUND_REACH = 8  # words around a plain figure that may name a compound's noun ("suspended X for 18 months")


def _same_compound(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Whether a compound figure can be the other figure: the same word before the same noun
    ("38-caliber revolver" / "38-caliber revolver"), or a plain figure of that word ("a .357
    caliber revolver"). Two figures with no compound pass."""
    ca, cb = _compound(a, va, measures=True), _compound(b, vb, measures=True)
    if ca and cb and counted_class(va) == counted_class(vb) == _DURATION:
        return ca[1] == cb[1]  # "a 48-hour strike" / "a two-day walkout": one strike's length, in hours
    if ca and cb:
        return ca == cb  # "a 45-yard field goal" is no "7-yard line"
    if ca or cb:
        # "a 73-yard drive" is the drive's length: a plain "90 yards" only when told of the drive
        noun, plain, at = (ca[1], b, vb) if ca else (cb[1], a, va)  # type: ignore[index]
        if noun not in context(plain, at.start, at.end, _COMPOUND_REACH):
            return False
    ca, cb = _compound(a, va), _compound(b, vb)
    if ca or cb:
        word = (ca or cb)[0]  # type: ignore[index]
        plain = vb if ca else va
        return counted_class(plain) == word
    return True


_OVER = re.compile(r"\b(?:in|over|during|across)\s+(?:(?:his|her|their|its|the|last|past|first|next)\s+){0,3}$", re.IGNORECASE)


def _over(claim: Claim, v: Value, t: Value) -> bool:
    """Whether ``t`` is the span ``v`` is counted over: "nine touchdowns in 10 games"."""
    between = claim.text[v.end - claim.start : t.start - claim.start]
    if _compound(claim, t, measures=True):
        return False  # "lost their lives in the 6.8-magnitude quake": a property of the event, no span
    return bool(t.counted) and len(between) <= 40 and not re.search(r"[.;:()]", between) and bool(_OVER.search(between))


def _counted_over(claim: Claim, v: Value) -> tuple[str, str] | None:
    """(figure, noun) of the span a figure is counted over, told after it in its clause: "nine
    touchdowns in 10 games" -> ("10", "game"); None when no span is told."""
    t = next((t for t in claim.values if t.kind == "number" and t.start > v.end), None)
    return (t.normalized, stem(t.counted)) if t is not None and _over(claim, v, t) else None


_PAST_PERIOD = re.compile(r"\b(?:last|previous|past)\s+(?:season|year|campaign|term)\b", re.IGNORECASE)


def _past_period(claim: Claim) -> bool:
    """Whether a claim names a finished period ("in his last season"): its tally is that
    period's, not one counted over the games another claim tells."""
    return bool(_PAST_PERIOD.search(claim.text))


def _window_of(claim: Claim, v: Value) -> Value | None:
    """The figure counted over the span ``v`` is: "nine touchdowns in 10 games" -> nine for 10."""
    before = [t for t in claim.values if t.kind == "number" and t.end <= v.start]
    return before[-1] if before and _over(claim, before[-1], v) else None


def _added(claim: Claim, v: Value) -> bool:
    """"the bodies of two more victims", "he would grab two more rebounds": an addition to a
    total, not the total."""
    return bool(re.match(r"\s+more\b(?!\s+than)", claim.text[v.end - claim.start : v.end - claim.start + 12]))


# "with 12 minutes, 31 seconds remaining", "4:48 left", "with 10 seconds to play": a game clock
# read at one moment, not how long anything lasted
_LEFT_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?[\w-]+){0,3}?\s+(?:remaining|remain|left|to\s+play|to\s+go)\b", re.IGNORECASE)


def _clock_left(claim: Claim, v: Value) -> bool:
    """A span of minutes or seconds followed by "remaining", "left", "to play": a clock reading."""
    if counted_class(v) != _DURATION and word_class(v.counted or "") != word_class("seconds"):
        return False
    return bool(_LEFT_AFTER.match(claim.text, v.end - claim.start))


def _age(claim: Claim, v: Value) -> bool:
    """"Karavel, 58, was...", "aged 58", "a 58-year-old", "5 years old": a person's age, no count of the event."""
    s, e = v.start - claim.start, v.end - claim.start
    before, after = claim.text[max(0, s - 40) : s], claim.text[e : e + 12]
    return bool(
        (re.search(r"[A-Z][\w’'-]+,\s*$", before) and re.match(r"\s*,", after))
        or re.search(r"\baged\s+$", before) or re.match(r"[-\s]years?[-\s]old\b", after)
    )


def _counts_another_noun(claim: Claim, part: Value, whole: Value) -> bool:
    """"3,400 people out of 11 villages": the first figure names its own noun before "of", not
    the second's ("210 of the plant's 640 jobs" names none)."""
    named = re.match(r"\s+[a-z][\w-]*\s+(?:out\s+)?of\b", claim.text[part.end - claim.start :])
    return bool(named and part.counted and whole.counted and stem(part.counted) != stem(whole.counted))


def _whole(claim: Claim, v: Value) -> bool:
    """"210 of the plant's 640 jobs", "three charges out of four": the whole a part is taken from.
    A part that counts another noun ("3,400 people out of 11 villages") takes nothing from it."""
    for t in claim.values:
        if t.kind == "number" and t.end <= v.start and not _counts_another_noun(claim, t, v):
            between = claim.text[t.end - claim.start : v.start - claim.start]
            if re.fullmatch(r"\s+(?:[\w-]+\s+)?(?:out\s+)?of\s+(?:(?:the|its|their|his|her|all)\s+)?(?:[\w-]+[’']s\s+)?", between):
                return True
    return False


_PROPER_MODIFIER = re.compile(r"\s+([A-Z][a-z]{3,})\s+[a-z]")


def _narrowed(claim: Claim, v: Value, other: Claim) -> bool:
    """A figure whose noun a proper adjective narrows ("300 Portuguese workers") that the other
    claim never names (no word of it begins alike: "Lirenian" / "Lirenia" is named): a group of
    the whole the other counts, not the whole."""
    m = _PROPER_MODIFIER.match(claim.text, v.end - claim.start)
    if m is None or not v.counted or not claim.text[m.end() - 1 :].lower().startswith(v.counted.lower()):
        return False
    root = m.group(1)[:5].lower()
    return not any(w.lower().startswith(root) for w in WORD.findall(other.text))


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


_RATE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|year)\b", re.IGNORECASE)


_EACH_OF = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:in|for)\s+each\s+of\b", re.IGNORECASE)


# "almost six million euros a goal", "$40 per share": an amount for each one of a thing, told at
# the end of its clause right after the figure (and its unit or noun)
_PER_ONE = re.compile(r"(?:\s+[a-z]+)?\s+(?:a|an|per)\s+(?!cent\b)[a-z]{3,}\s*(?:[.;:,)]|$)")


def _rate(claim: Claim, v: Value) -> bool:
    """"5,000 gallons of water a minute", "120 litres per person a day", "105 runs in each of the
    past five seasons", "six million euros a goal": an amount per span of time, in each of
    several spans, or for each one of a thing."""
    clause = _CLAUSE.split(claim.text[v.end - claim.start :])[0]
    return bool(_RATE.match(clause) or _EACH_OF.match(clause) or (v.unit and _PER_ONE.match(claim.text, v.end - claim.start)))


def _elapsed(claim: Claim, v: Value) -> bool:
    """"two days after", "three weeks ago": time elapsed, which depends on when each wrote."""
    after = claim.text[v.end - claim.start : v.end - claim.start + 30].lower()
    return bool(re.match(r"\s+(?:full\s+)?(?:days?|weeks?|months?|hours?|years?)\s+(?:after|ago|later|since|before|earlier)\b", after))


# "up four points from 2024", "higher than in 2023": the year a change is measured against
_BASELINE = re.compile(r"\b(?:from|since|than(?:\s+in)?|compared\s+(?:with|to)|on|over)\s+$")


_YEARS_AGO = re.compile(r"\b(?:\w+\s+years?\s+ago|last\s+year)\b", re.IGNORECASE)


def _names_an_event(claim: Claim, year: Value) -> bool:
    """A year between an article and a noun: "the 2004 tsunami", "a 1998 conviction"."""
    s, e = year.start - claim.start, year.end - claim.start
    return bool(re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", claim.text[max(0, s - 8) : s], re.IGNORECASE)
                and re.match(r"\s+[a-z]", claim.text[e : e + 3]))


def _year_near(claim: Claim, v: Value) -> bool:
    """A year stands within eight words before the figure, or after it in its clause, or names
    an event earlier in the sentence ("the 2004 tsunami"); or the clause after the figure says
    "two years ago" ("killed two co-workers two years ago": an earlier event)."""
    after = re.split(r"[,;:()]", claim.text[v.end - claim.start :])[0]
    if _YEARS_AGO.search(after) and not _elapsed(claim, v):
        return True
    for t in claim.values:
        if t.kind not in ("year", "month"):
            continue
        if t.end <= v.start and len(WORD.findall(claim.text[t.end - claim.start : v.start - claim.start])) <= 8:
            return True
        if t.end <= v.start and _names_an_event(claim, t):
            return True  # "The 2004 tsunami that killed about 230,000 ... a 9.1-magnitude quake"
        between = claim.text[v.end - claim.start : t.start - claim.start]
        if t.start >= v.end and not re.search(r"[,;:()]", between) and not _BASELINE.search(between):
            return True
    return False


# How far a winner finished ahead: "beat her to the line by almost two seconds", "won with a lead
# of 0.8 seconds", "finished 12 points clear of".
_NEAR = r"(?:(?:almost|nearly|about|around|just|only|some|more\s+than|less\s+than|over|under)\s+)?"
_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:beat|beats|beaten|won|wins|defeated|edged|outpaced)\b[^.;:,]{0,50}\bby\s+" + _NEAR
    + r"|\b(?:winning\s+)?(?:lead|margin)\s+of\s+" + _NEAR + r")$"
)
_NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")  # "Schäfer" whole
_MARGIN_AFTER = re.compile(r"\s+[a-z]+\s+(?:ahead|clear)\s+of\b")


def _winner(a: Claim, b: Claim) -> bool:
    """The two claims share a name (the winner, the rival, the venue): a capitalised word in common, accents aside."""
    def names(c: Claim) -> set[str]:
        return {fold(w) for w in _NAME_WORD.findall(c.text) if w[0].isupper() and len(w) > 3 and w.lower() not in STOP}
    return bool(names(a) & names(b))


def _role(claim: Claim, v: Value) -> str:
    """"from" / "to" / "by" when the figure is the start, end or size of a change; "granted"
    for a span of time given to do something ("gave them 72 hours to leave")."""
    wide = claim.text[max(0, v.start - claim.start - 80) : v.start - claim.start].lower()
    if _MARGIN_BEFORE.search(wide) or _MARGIN_AFTER.match(claim.text, v.end - claim.start):
        return "margin"
    before = claim.text[max(0, v.start - claim.start - 12) : v.start - claim.start].lower()
    m = re.search(r"\b(from|to|by)\s+(?:[$€£¥]|(?:about|around|nearly|some|only|just|almost|roughly)\s+)?$", before)
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


def lasting(claim: Claim, v: Value) -> tuple[float, float] | None:
    """(low, high) in hours of a figure stating how long something lasts ("for 10 hours each
    night"); None for any other figure, a time elapsed, left or granted, or a rate."""
    if v.kind != "number" or counted_class(v) != _DURATION or denied(claim, v):
        return None
    if _elapsed(claim, v) or _remaining(claim, v) or _rate(claim, v) or _role(claim, v) or _part(claim, v):
        return None
    _, low, high, _ = _figure(v)
    return low, high


def same_quantity(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    return shared_context(a, va, b, vb) is not None


def numbers_agree(va: Value, vb: Value) -> bool:
    x, xl, xh, xu = _figure(va)
    y, yl, yh, yu = _figure(vb)
    if xu != yu:
        return False  # "14 percentage points" is not "14%"
    # a figure converted to another unit is rounded: "10 miles" is "16 km" (16.09)
    tolerance = (_CONVERTED if _other_units(va, vb) else 0.005) * max(abs(x), abs(y))
    return xl - tolerance <= yh and yl - tolerance <= xh


def _level_in_percent(claim: Claim, v: Value) -> bool:
    """Whether the claim tells, beside a "%" figure, another figure in percent: the level of the
    rate the first one changes ("a rise of 0.75% to 8.25%")."""
    return any(t is not v and t.kind == "number" and t.unit == "%" for t in claim.values)


# A change of a rate told in percent below this is a change in points: a relative change of
# under one percent would move a rate by hundredths of a point, which news does not report.
_POINTS_IN_PERCENT = 1.0


def points_told_in_percent(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """"raised the rate by 75 basis points" / "a rate rise of 0.75%, to 8.25%": a change of under
    a point told in percent beside the rate's level is the loose wording of a change in points,
    the same figure. ("fell by 14 percentage points" / "declined 14%" stay two figures: a
    relative change of 14% is a real one.)"""
    for (x, vx), (y, vy) in (((a, va), (b, vb)), ((b, vb), (a, va))):
        if vx.unit == "%" and _figure(vy)[3] == "pp" and _level_in_percent(x, vx) and abs(_figure(vx)[0]) < _POINTS_IN_PERCENT:
            fx, fy = _figure(vx)[0], _figure(vy)[0]
            return abs(fx - fy) <= 0.005 * max(abs(fx), abs(fy))
    return False


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


def number_findings(
    a: Claim, b: Claim, aligned: bool = False, several: frozenset[tuple[str, str]] = frozenset()
) -> Iterable[Disagreement | Agreeing]:
    """Figures of two claims that count one thing; ``aligned``: the two claims were aligned as
    one proposition, so one figure of a unit in each is the same quantity; ``several``: see
    :func:`shared_context`."""
    # A figure inside a quotation is the quote check's: "24 hours" / "48 hours" in one remark
    # is a misquote, told once.
    na = [v for v in a.values if v.kind == "number" and not (a.quotes and _quoted(a, v)) and not denied(a, v)]
    nb = [v for v in b.values if v.kind == "number" and not (b.quotes and _quoted(b, v)) and not denied(b, v)]
    for va in na:
        for vb in nb:
            shared = shared_context(a, va, b, vb, aligned, several)
            if shared is None:
                continue
            sa, sb = number_side(a, va), number_side(b, vb)
            if numbers_agree(va, vb) or points_told_in_percent(a, va, b, vb):
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


def counted_several_ways(numbers: dict[str, list[tuple[Claim, Value]]]) -> frozenset[tuple[str, str]]:
    """(article, noun stem) for each noun an article counts with two or more figures that
    cannot agree ("32 yards" and "226 yards")."""
    out = set()
    for article, found in numbers.items():
        by_noun: dict[str, list[Value]] = {}
        for claim, v in found:
            if v.counted and not denied(claim, v):
                by_noun.setdefault(stem(v.counted), []).append(v)
        for noun, values in by_noun.items():
            if any(not numbers_agree(values[0], y) for y in values[1:]):  # one pass: a long list costs no square
                out.add((article, noun))
    return frozenset(out)


def tallied(claim: Claim) -> bool:
    """Whether a claim states a figure next to a tally word (dead, injured, arrested...)."""
    return any(v.kind == "number" and context(claim, v.start, v.end) & set(TALLIES) for v in claim.values)
