"""What a figure is in its sentence, beyond what it counts: a part of a whole ("210 of the
plant's 640 jobs"), one half of a score or range ("a 14-0 lead"), a property of one thing ("a
6.7-strength quake"), a tally over a span ("nine touchdowns in 10 games"), an addition ("two
more victims"), a clock reading ("4:48 left"), an age, a time elapsed, left or granted, a rate,
a figure of an earlier year, a winning margin, or the start, end or size of a change. Two figures
in different roles are two quantities (:func:`~.values.shared_context`)."""

from __future__ import annotations

import re

from ...model import Claim, Value
from ...text.datelines import DATELINE, DATELINE_LINE
from ...text.stems import suffix_stem
from ..claims import value_measure
from ..claims.times import MONTHS
from ..memo import per_record
from .common import STOP, WORD, context, names_of, word_class
from .figures import DURATION, counted_class, figure

__all__ = [
    "CLAUSE_END", "deadline_act", "is_planned", "lead_time", "clock_left", "counted_over", "elapsed", "is_added", "is_age", "is_paired", "is_part", "is_rate", "is_remaining", "is_whole", "left_later",
    "compound_of", "measured_thing", "month_after", "pay_of_a_span", "narrowed", "owner", "past_period", "role", "same_compound", "share_a_name",
    "time_remaining", "window_of", "year_near",
]

# The end of a figure's clause: a tally or a rate is read up to it.
CLAUSE_END = re.compile(r"[;:(),]|\s[–—]\s|\band\b|\bwhile\b|\bbut\b")


@per_record
def is_part(claim: Claim, v: Value) -> bool:
    """"210 of the plant's 640 jobs", "including 14 police officers", "the dead include two
    workers": a part, not the whole ("thousands of supporters" is a vague count, not a part)."""
    if v.text[:1].isalpha() and v.text.lower().endswith("s") and v.text.lower().rstrip("s") in ("dozen", "hundred", "thousand", "million", "tens of thousand", "hundreds of thousand"):
        return False
    after = claim.text[v.end - claim.start : v.end - claim.start + 4]
    before = claim.text[max(0, v.start - claim.start - 16) : v.start - claim.start].lower()
    return bool(re.match(r"\s+of\b(?!\s+(?:them|those|us|whom)\b)", after + claim.text[v.end - claim.start + 4 : v.end - claim.start + 12])) or bool(
        re.search(r"\b(?:including|includes?|included|among them|of whom|of which)\s+$", before)) or _part_of_group_told(claim, v) or bool(
        _AMONG_GROUP.search(claim.text[max(0, v.start - claim.start - 40) : v.start - claim.start]))


# "Among the dead were four children", "among those arrested are two minors": the figure counts
# some of a group the clause names before it
_AMONG_GROUP = re.compile(r"\bamong\s+(?:the|those)\s+(?:[a-z][\w-]*\s+){1,3}(?:were|was|are|is)\s+(?:also\s+)?$", re.IGNORECASE)


# ", about a dozen of them accredited diplomats": a figure set after a comma, "of them"
_OF_THEM = re.compile(r"\s+of\s+them\b")
_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+\s+){0,2}$")


def _part_of_group_told(claim: Claim, v: Value) -> bool:
    """"The embassy employs 40 staff, about a dozen of them diplomats": a figure told "of them"
    after a comma, once the sentence has counted a group with another figure, counts a part of
    that group (not "three of them were killed", where "them" is a group told before)."""
    s, e = v.start - claim.start, v.end - claim.start
    if not _OF_THEM.match(claim.text, e) or not _AFTER_COMMA.search(claim.text[max(0, s - 30) : s]):
        return False
    return any(t.kind == "number" and t.end <= v.start for t in claim.values)


# "around 200 inmates would be moved", "the ministry will release 40 prisoners": what is to be done
_MODAL = r"(?:will|would|shall|is\s+to|are\s+to|was\s+to|were\s+to|plans?\s+to|planned\s+to)"
_PLANNED_AFTER = re.compile(rf"^(?:\s+[a-z][\w-]*){{0,2}}?\s+{_MODAL}\s+(?:be\s+)?[a-z]+", re.IGNORECASE)
_PLANNED_BEFORE = re.compile(rf"\b{_MODAL}\s+(?:[a-z][\w-]*\s+){{1,2}}$", re.IGNORECASE)


def is_planned(claim: Claim, v: Value) -> bool:
    """Whether the figure counts what is to be done ("200 inmates will be transferred", "would
    free 40 prisoners"), not what is or was: a plan for some of a group is no count of it."""
    s, e = v.start - claim.start, v.end - claim.start
    after = claim.text[e:]
    clause = CLAUSE_END.split(after, maxsplit=1)[0]
    return bool(_PLANNED_AFTER.match(clause) or _PLANNED_BEFORE.search(claim.text[max(0, s - 40) : s]))


def is_paired(claim: Claim, v: Value) -> bool:
    """A figure joined to another by a hyphen or a dash ("a 14-0 lead", "a 9-14 start", "from
    1978-89", "10-15 people") or a slash ("4 1/2 months", "24/7"): one half of a score, a
    record, a range or a fraction, no count on its own; or the tail of a figure whose thousands
    are set apart by a space ("2 400 posts")."""
    s, e = v.start - claim.start, v.end - claim.start
    return bool(
        re.match(r"[-–]\d|\s?/\s?\d|\s\d+\s?/\s?\d", claim.text[e : e + 8])
        or re.search(r"\d[-–]$|\d\s?/\s?$|(?<![\d,.])\d{1,3} $", claim.text[max(0, s - 6) : s])
    )


# the noun after a participle is the compound's ("an eight-minute televised address" is an address)
_COMPOUND = re.compile(r"-([A-Za-z]+)\s+(?:[a-z]{2,}[a-df-z]ed\s+(?=[a-z]))?([a-z][\w-]*)")
_CURRENCY = re.compile(r"^[A-Z]{3}$")  # "EUR", "USD": a sum of money


def compound_of(claim: Claim, v: Value, measures: bool = False) -> tuple[str, str] | None:
    """(the word, the noun) of a figure hyphened to a word before a noun: "a 6.7-strength quake",
    "a 100-RBI season", "the 45-yard field goal". The figure tells a property of one thing (the
    quake, the season, the kick), no count of it. A unit of measure or time ("a 20-kilometre
    ban", "an 11-day strike") or of money ("the 150,000-euro prize fund": the sum is the fund's,
    as "a prize fund of 120,000 euros" tells it) only with ``measures``: such a figure is
    compared with any length or sum."""
    m = _COMPOUND.match(claim.text, v.end - claim.start)
    if m is None or (not measures and (value_measure(v) is not None or counted_class(v) == DURATION or _CURRENCY.match(v.unit or ""))):
        return None
    return word_class(m.group(1)), word_class(m.group(2))


# Pay told as a span of work: "one month's salary", "two weeks' pay", "three months' wages".
_SPANS_PAY = re.compile(r"(?:\s+(?:days|weeks|months|years|day|week|month|year))?['’]s?\s+(?:pay|salary|wages?)\b", re.IGNORECASE)
# ... for each year worked: "for every year of service", "per year worked"
_PER_YEAR = re.compile(r"\b(?:for\s+(?:every|each)|per|a)\s+year\b", re.IGNORECASE)


def pay_of_a_span(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Two amounts of pay told as spans of work, both or neither per year worked ("one month's
    salary for every year of service" / "two weeks' pay for each year of service"): one
    severance or bonus, told twice."""
    def pay(claim: Claim, v: Value) -> bool:
        return counted_class(v) == DURATION and bool(_SPANS_PAY.match(claim.text, v.end - claim.start))

    def per_year(claim: Claim, v: Value) -> bool:
        return bool(_PER_YEAR.search(claim.text[v.end - claim.start : v.end - claim.start + 60]))

    return pay(a, va) and pay(b, vb) and per_year(a, va) == per_year(b, vb)


# The thing a length or a mass is of: "a 1.5-metre crack", "the crack measures about 40 cm",
# "two cracks, the longer about 40 centimetres".
_MEASURED_BY = re.compile(
    r"\b([a-z]{3,}?)s?\s+(?:measures|measured|measuring|weighs|weighed|weighing)\s+(?:(?:about|approximately|roughly|some|nearly|almost|around|over|under|just)\s+)*$"
)
_MEASURED_OF_SEVERAL = re.compile(
    r"\b([a-z]{3,}?)s,\s+the\s+(?:longer|longest|larger|largest|bigger|biggest|deeper|deepest|wider|widest|heavier|heaviest)"
    r"\s+(?:(?:one|about|approximately|roughly|some|nearly|almost|around|over|just)\s+)*$"
)


_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


def measured_thing(claim: Claim, v: Value) -> str:
    """The class of the thing a measure (a length, a mass, a volume) is of, else ""."""
    if value_measure(v) is None:
        return ""
    before = claim.text[max(0, v.start - claim.start - 60) : v.start - claim.start]
    if compound := compound_of(claim, v, measures=True):
        # "a gaping 1.5-metre crack" introduces a thing by its size; "the 27-yard line" is a place
        return compound[1] if _INDEFINITE.search(before) else ""
    m = _MEASURED_BY.search(before) or _MEASURED_OF_SEVERAL.search(before)
    return word_class(m.group(1)) if m and m.group(1) not in STOP else ""


_COMPOUND_REACH = 8  # words around a plain figure that may name a compound's noun ("suspended X for 18 months")


def same_compound(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Whether a compound figure can be the other figure: the same word before the same noun
    ("38-caliber revolver" / "38-caliber revolver"), or a plain figure of that word ("a .357
    caliber revolver"). Two figures with no compound pass."""
    ca, cb = compound_of(a, va, measures=True), compound_of(b, vb, measures=True)
    if ca and cb and counted_class(va) == counted_class(vb) == DURATION:
        return ca[1] == cb[1]  # "a 48-hour strike" / "a two-day walkout": one strike's length, in hours
    if ca and cb:
        return ca == cb  # "a 45-yard field goal" is no "7-yard line"
    if ca or cb:
        # "a 73-yard drive" is the drive's length: a plain "90 yards" only when told of the drive
        noun, plain, at = (ca[1], b, vb) if ca else (cb[1], a, va)  # type: ignore[index]
        if noun not in context(plain, at.start, at.end, _COMPOUND_REACH):
            return False
    ca, cb = compound_of(a, va), compound_of(b, vb)
    if ca or cb:
        word = (ca or cb)[0]  # type: ignore[index]
        plain = vb if ca else va
        return counted_class(plain) == word
    return True


_OVER = re.compile(r"\b(?:in|over|during|across)\s+(?:(?:his|her|their|its|the|last|past|first|next)\s+){0,3}$", re.IGNORECASE)


def _over(claim: Claim, v: Value, t: Value) -> bool:
    """Whether ``t`` is the span ``v`` is counted over: "nine touchdowns in 10 games"."""
    between = claim.text[v.end - claim.start : t.start - claim.start]
    if compound_of(claim, t, measures=True):
        return False  # "lost their lives in the 6.8-magnitude quake": a property of the event, no span
    return bool(t.counted) and len(between) <= 40 and not re.search(r"[.;:()]", between) and bool(_OVER.search(between))


def counted_over(claim: Claim, v: Value) -> tuple[str, str] | None:
    """(figure, noun) of the span a figure is counted over, told after it in its clause: "nine
    touchdowns in 10 games" -> ("10", "game"); None when no span is told."""
    t = next((t for t in claim.values if t.kind == "number" and t.start > v.end), None)
    return (t.normalized, suffix_stem(t.counted)) if t is not None and _over(claim, v, t) else None


_PAST_PERIOD = re.compile(r"\b(?:last|previous|past)\s+(?:season|year|campaign|term)\b", re.IGNORECASE)


def past_period(claim: Claim) -> bool:
    """Whether a claim names a finished period ("in his last season"): its tally is that
    period's, not one counted over the games another claim tells."""
    return bool(_PAST_PERIOD.search(claim.text))


def window_of(claim: Claim, v: Value) -> Value | None:
    """The figure counted over the span ``v`` is: "nine touchdowns in 10 games" -> nine for 10."""
    before = [t for t in claim.values if t.kind == "number" and t.end <= v.start]
    return before[-1] if before and _over(claim, before[-1], v) else None


def is_added(claim: Claim, v: Value) -> bool:
    """"the bodies of two more victims", "he would grab two more rebounds": an addition to a
    total, not the total."""
    return bool(re.match(r"\s+more\b(?!\s+than)", claim.text[v.end - claim.start : v.end - claim.start + 12]))


# "Four are still in hospital", "two remain in custody", "the three remaining patients": those
# not yet out, read after the figure up to its clause's end or just before it
_STILL_AFTER = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:still|remain|remains|remained|remaining)\b", re.IGNORECASE)
_STILL_BEFORE = re.compile(r"\b(?:still|remaining)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@per_record
def is_remaining(claim: Claim, v: Value) -> bool:
    """A count of those still somewhere ("Four are still in hospital", "the four remaining in
    hospital"): those not yet released, not the count that went in ("63 were treated in hospital")."""
    s, e = v.start - claim.start, v.end - claim.start
    after = CLAUSE_END.split(claim.text[e:])[0]
    before = CLAUSE_END.split(claim.text[:s])[-1]
    return bool(_STILL_AFTER.match(after) or _STILL_BEFORE.search(before))


# What is left of a count ("with three matches left", "two matches remain", "there remain two
# matches", "leaving two matches"), and a later moment the count is read at: "after that", "after
# Saturday", "then" (not the event itself: "After the storm, three remain missing" is read now)
_LEFT_AFTER_FIGURE = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:left|remain|remains|remaining|to\s+go|to\s+play)\b", re.IGNORECASE)
_LEFT_BEFORE_FIGURE = re.compile(r"\b(?:remain|remains|remained|remaining|leaves|leaving)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_LATER = re.compile(
    r"\b(?:after\s+(?:that|this|which|it|then|next|tomorrow|the\s+next|the\s+weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"afterwards|thereafter|then)\b",
    re.IGNORECASE,
)


def left_later(claim: Claim, v: Value) -> bool:
    """A count of what is left read after a later event ("After that remain two matches", "two
    games will be left after Saturday"): not the count left now ("with three matches left"),
    which holds the games before that event too."""
    s, e = v.start - claim.start, v.end - claim.start
    after, before = CLAUSE_END.split(claim.text[e:])[0], CLAUSE_END.split(claim.text[:s])[-1]
    if not (_LEFT_AFTER_FIGURE.match(after) or _LEFT_BEFORE_FIGURE.search(before)):
        return False
    # the moment is told in the figure's own clause, or by the sentence's opening words ("After
    # Saturday's game, two matches remain"); one told elsewhere times another act
    return bool(_LATER.search(before) or _LATER.search(after) or _LATER.match(claim.text.lstrip()))


# "with 12 minutes, 31 seconds remaining", "4:48 left", "with 10 seconds to play": a game clock
# read at one moment, not how long anything lasted
_LEFT_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?[\w-]+){0,3}?\s+(?:remaining|remain|left|to\s+play|to\s+go)\b", re.IGNORECASE)


def clock_left(claim: Claim, v: Value) -> bool:
    """A span of minutes or seconds followed by "remaining", "left", "to play": a clock reading."""
    if counted_class(v) != DURATION and word_class(v.counted or "") != word_class("seconds"):
        return False
    return bool(_LEFT_AFTER.match(claim.text, v.end - claim.start))


_CLOCK_DIGITS = re.compile(r"[:.]\d\d\b")


def clock_hour(claim: Claim, v: Value) -> bool:
    """The hour of a time the reader left as a figure ("at 17:06 pm", "at 9.30pm"): no count."""
    return v.kind == "number" and bool(_CLOCK_DIGITS.match(claim.text, v.end - claim.start))


def is_age(claim: Claim, v: Value) -> bool:
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
    return bool(named and part.counted and whole.counted and suffix_stem(part.counted) != suffix_stem(whole.counted))


def is_whole(claim: Claim, v: Value) -> bool:
    """"210 of the plant's 640 jobs", "three charges out of four": the whole a part is taken from.
    A part that counts another noun ("3,400 people out of 11 villages") takes nothing from it."""
    for t in claim.values:
        if t.kind == "number" and t.end <= v.start and not _counts_another_noun(claim, t, v):
            between = claim.text[t.end - claim.start : v.start - claim.start]
            if re.fullmatch(r"\s+(?:[\w-]+\s+)?(?:out\s+)?of\s+(?:(?:the|its|their|his|her|all)\s+)?(?:[\w-]+[’']s\s+)?", between):
                return True
    return False


_PROPER_MODIFIER = re.compile(r"\s+([A-Z][a-z]{3,})\s+[a-z]")


def narrowed(claim: Claim, v: Value, other: Claim) -> bool:
    """A figure whose noun a proper adjective narrows ("300 Portuguese workers") that the other
    claim never names (no word of it begins alike: "Lirenian" / "Lirenia" is named): a group of
    the whole the other counts, not the whole."""
    m = _PROPER_MODIFIER.match(claim.text, v.end - claim.start)
    if m is None or not v.counted or not claim.text[m.end() - 1 :].lower().startswith(v.counted.lower()):
        return False
    root = m.group(1)[:5].lower()
    return not any(w.lower().startswith(root) for w in WORD.findall(other.text))


def _modifier(claim: Claim, v: Value) -> str:
    """The lowercase word between a figure and its counted noun ("three strong aftershocks" ->
    strong), or ""."""
    if not v.counted:
        return ""
    m = re.match(r"\s+([a-z][\w-]*)\s+(\w+)", claim.text[v.end - claim.start :])
    found = m is not None and m.group(2).lower() == v.counted.lower() and m.group(1) not in STOP
    return m.group(1) if found else ""  # "dozens of others": "of" qualifies nothing


def qualified_part(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """The smaller figure counts its noun with a word the larger lacks ("three strong
    aftershocks" / "at least four aftershocks"): it may count a part of the larger's things,
    and both can hold. Only for one noun counted by both. The larger figure qualified ("four priceless masterpieces" / "three
    paintings") is no part of the smaller."""
    (small, vs), (large, vl) = ((a, va), (b, vb)) if figure(va)[0] < figure(vb)[0] else ((b, vb), (a, va))
    if figure(vs)[0] >= figure(vl)[0] or suffix_stem(vs.counted or "") != suffix_stem(vl.counted or ""):
        return False  # "fourteen production lots" / "40 batches": two nouns, a compound, no part
    word = _modifier(small, vs)
    return bool(word) and word != _modifier(large, vl)


_MONTH_AFTER = re.compile(r"(?:\s+[a-z%-]+){0,2}?\s+(?:in|for|during)\s+(" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def month_after(claim: Claim, v: Value) -> str:
    """The month a figure is told of, right after it ("9.4 percent in August" -> "august"), or ""."""
    m = _MONTH_AFTER.match(claim.text, v.end - claim.start)
    return m.group(1).lower() if m else ""


def owner(claim: Claim, v: Value) -> str:
    """Whose the figure is, when a possessive stands before it ("Greyhaven's 96 branches")."""
    before = claim.text[max(0, v.start - claim.start - 30) : v.start - claim.start]
    m = re.search(r"([\w-]+)[’']s\s+(?:(?:about|around|nearly|some|almost)\s+)?$", before)
    return suffix_stem(m.group(1).lower()) if m else ""


_TIME_UNITS = {word_class(w) for w in ("hours", "days", "weeks", "months", "years", "minutes")}


def time_remaining(claim: Claim, v: Value) -> bool:
    """"takes effect on January 1, giving companies about 14 months to prepare": the time left
    until a date the sentence states, which depends on when each outlet wrote."""
    if not v.counted or word_class(v.counted) not in _TIME_UNITS:
        return False
    opening = DATELINE.match(claim.text) or DATELINE_LINE.match(claim.text)
    told_from = claim.start + (opening.end() if opening else 0)  # the dateline's day is when it was written
    if not any(t.kind in ("date", "month", "year") and t.start >= told_from for t in claim.values):
        return False
    before = claim.text[max(0, v.start - claim.start - 45) : v.start - claim.start]
    return bool(re.search(r"\b(?:giving|leaving|gives|leaves)\b(?:\s+[\w-]+){0,4}\s*$", before))


# "giving them 72 hours to leave", "have three days to leave", "must leave the country within 48 hours"
_GRANTED_TO = re.compile(r"\s+[a-z]+\s+(?:in\s+which\s+)?to\s+([a-z]{3,})\b")
_WITHIN = re.compile(r"\b(?:must|to|will|would|should|shall)\s+([a-z]{3,})\b[^,;.:]{0,40}?\bwithin\s+(?:[a-z]+\s+)?$")


def deadline_act(claim: Claim, v: Value) -> str:
    """The act a span of time is granted for ("72 hours to leave", "must leave within 48
    hours" -> leave), "" for any other figure: two deadlines for one act are one quantity."""
    if counted_class(v) != DURATION:
        return ""
    s, e = v.start - claim.start, v.end - claim.start
    m = _GRANTED_TO.match(claim.text, e) or _WITHIN.search(claim.text[max(0, s - 80) : s])
    return word_class(m.group(1)) if m else ""


_LEAD = re.compile(r"\s+[a-z]+\s+(?:before|earlier)\b")


def lead_time(claim: Claim, v: Value) -> bool:
    """A span told before an event ("received the warning three days before the collision"):
    how early something came. (A span after an event dates the later one: "the oil reached
    the harbour two days after the grounding" is left to the days, as before.)"""
    return counted_class(v) == DURATION and bool(_LEAD.match(claim.text, v.end - claim.start))


_RATE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|year)\b", re.IGNORECASE)


_EACH_OF = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:in|for)\s+each\s+of\b", re.IGNORECASE)


# "almost six million euros a goal", "$40 per share": an amount for each one of a thing, told at
# the end of its clause right after the figure (and its unit or noun)
_PER_ONE = re.compile(r"(?:\s+[a-z]+)?\s+(?:a|an|per)\s+(?!cent\b)[a-z]{3,}\s*(?:[.;:,)]|$)")


@per_record
def is_rate(claim: Claim, v: Value) -> bool:
    """"5,000 gallons of water a minute", "120 litres per person a day", "105 runs in each of the
    past five seasons", "six million euros a goal": an amount per span of time, in each of
    several spans, or for each one of a thing."""
    clause = CLAUSE_END.split(claim.text[v.end - claim.start :])[0]
    return bool(_RATE.match(clause) or _EACH_OF.match(clause) or (v.unit and _PER_ONE.match(claim.text, v.end - claim.start)))


def elapsed(claim: Claim, v: Value) -> bool:
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


def year_near(claim: Claim, v: Value) -> bool:
    """A year stands within eight words before the figure, or after it in its clause, or names
    an event earlier in the sentence ("the 2004 tsunami"); or the clause after the figure says
    "two years ago" ("killed two co-workers two years ago": an earlier event)."""
    after = re.split(r"[,;:()]", claim.text[v.end - claim.start :])[0]
    if _YEARS_AGO.search(after) and not elapsed(claim, v):
        return True
    return bool(years_near(claim, v))


_ASIDE_OPEN, _ASIDE_CLOSED = re.compile(r",\s+(?:who|which|whose)\b[^,;:()]*$"), re.compile(r"[^,;:()]*,")  # a year in an aside


@per_record
def years_near(claim: Claim, v: Value) -> frozenset[str]:
    """The years of :func:`year_near` as written in the claim ("2023" of "In 2023, 45 migrants
    died"): two figures dated by two different years count two years' events."""
    out = set()
    for t in claim.values:
        if t.kind not in ("year", "month") or (t.kind == "month" and not any(c.isdigit() for c in t.text)):
            continue  # a month told without its year ("in June") dates no other year
        if t.end <= v.start and len(WORD.findall(claim.text[t.end - claim.start : v.start - claim.start])) <= 8:
            if not _ASIDE_CLOSED.match(claim.text[t.end - claim.start : v.start - claim.start]) or not _ASIDE_OPEN.search(claim.text[: t.start - claim.start]):
                out.add(t.normalized[:4])  # not "The king, who has reigned since 1994, made an eight-minute address"
            continue
        if t.end <= v.start and _names_an_event(claim, t):
            out.add(t.normalized[:4])  # "The 2004 tsunami that killed about 230,000 ... a 9.1-magnitude quake"
            continue
        between = claim.text[v.end - claim.start : t.start - claim.start]
        if t.start >= v.end and not re.search(r"[,;:()]", between) and not _BASELINE.search(between):
            out.add(t.normalized[:4])
    return frozenset(out)


# How far a winner finished ahead: "beat her to the line by almost two seconds", "won with a lead
# of 0.8 seconds", "finished 12 points clear of".
_NEAR = r"(?:(?:almost|nearly|about|around|just|only|some|more\s+than|less\s+than|over|under)\s+)?"
_MARGIN_BEFORE = re.compile(
    r"(?:\b(?:beat|beats|beaten|won|wins|defeated|edged|outpaced)\b[^.;:,]{0,50}\bby\s+" + _NEAR
    + r"|\b(?:winning\s+)?(?:lead|margin)\s+of\s+" + _NEAR + r")$"
)
_MARGIN_AFTER = re.compile(r"\s+[a-z]+\s+(?:ahead|clear)\s+of\b")
# "fell 14 votes short of the majority", "12 short of the 126 needed": what was missing
_SHORT_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+short\s+of\b")


def share_a_name(a: Claim, b: Claim) -> bool:
    """The two claims share a name (the winner, the rival, the venue): a capitalised word in common, accents aside."""
    return bool(names_of(a) & names_of(b))


@per_record
def role(claim: Claim, v: Value) -> str:
    """"from" / "to" / "by" when the figure is the start, end or size of a change; "margin" for
    a lead, "short" for what was missing ("14 votes short of the majority"); "granted"
    for a span of time given to do something ("gave them 72 hours to leave")."""
    wide = claim.text[max(0, v.start - claim.start - 80) : v.start - claim.start].lower()
    if _MARGIN_BEFORE.search(wide) or _MARGIN_AFTER.match(claim.text, v.end - claim.start):
        return "margin"
    if _SHORT_AFTER.match(claim.text, v.end - claim.start):
        return "short"
    before = claim.text[max(0, v.start - claim.start - 12) : v.start - claim.start].lower()
    m = re.search(r"\b(from|to|by)\s+(?:[$€£¥]|(?:about|around|nearly|some|only|just|almost|roughly)\s+)?$", before)
    if m:
        return m.group(1)
    if counted_class(v) == DURATION:
        wider = claim.text[max(0, v.start - claim.start - 30) : v.start - claim.start].lower()
        after = claim.text[v.end - claim.start : v.end - claim.start + 30].lower()
        if re.search(r"\b(?:gave|give|given|gives|giving|granted|grants?)\s+(?:\w+\s+){0,2}$", wider) and re.match(
            r"\s*[\w-]*\s+(?:to|for|in which to)\s+\w", after
        ):
            return "granted"
    return ""


_REST_BEFORE = re.compile(r"\b(?:other|remaining|further|additional)\s+$", re.IGNORECASE)
_REST_AFTER = re.compile(r"^\s+(?:others?|more|further|additional|remaining)\b(?!\s+than\b)", re.IGNORECASE)


def _around(claim: Claim, v: Value, before: int, after: int) -> tuple[str, str]:
    """The claim's text up to ``before`` characters before the figure and ``after`` after it."""
    start, end = v.start - claim.start, v.end - claim.start
    return claim.text[max(0, start - before) : start], claim.text[end : end + after]


def counts_the_rest(claim: Claim, v: Value) -> bool:
    """"the other four universities", "five more volunteers": a figure that counts the rest, beside
    some that are not counted in it."""
    before, after = _around(claim, v, 24, 24)
    return bool(_REST_BEFORE.search(before) or _REST_AFTER.match(after))


_SOURCES_BEFORE = re.compile(r"\baccording\s+to\s+(?:at\s+least\s+|some\s+)?$", re.IGNORECASE)
_SOURCES_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:who|that)\s+(?:spoke|talked|told|asked|requested|declined|wished)\b", re.IGNORECASE)


def counts_sources(claim: Claim, v: Value) -> bool:
    """"according to two volunteers", "three officials who spoke to us": a figure that counts the
    people a claim is put to, not anything the event holds."""
    before, after = _around(claim, v, 30, 60)
    return bool(_SOURCES_BEFORE.search(before) or _SOURCES_AFTER.match(after))


# "killed 12 people in the town of Arlen", "damaged 800 homes in Lisk": the place a figure's own
# clause puts it in, by name
_PLACE_AFTER = re.compile(
    r"^[^,;:.()]*?\bin\s+(?:the\s+(?:town|city|village|province|region|district|state|county|port)\s+of\s+)?([A-Z][\w-]{2,})"
)


def place_apart(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Both figures are placed by name in their own clauses, in two places neither sentence names
    for the other ("killed 12 people in Arlen" / "killed 20 people in Borsk"): two places' counts."""
    ma = _PLACE_AFTER.match(a.text[va.end - a.start :])
    mb = _PLACE_AFTER.match(b.text[vb.end - b.start :])
    if not (ma and mb) or ma.group(1) == mb.group(1):
        return False
    return ma.group(1) not in b.text and mb.group(1) not in a.text
