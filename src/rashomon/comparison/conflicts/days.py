"""Day and time disagreements between two claims, and the day each article's lead gives.

Times are compared when the words around them share two classes of words ("the evacuation order
was issued on Sunday" / "waited until Monday to order the evacuation"): a weekday against a
weekday (or the dates both resolve to), a date against a date or a resolved weekday, a year
against a year. Not compared: a deadline against a start, the day a statement was made against
the day of what it reports, a possessive day ("Sunday's game") against a plain one, a lasting
state's day against an act's, a year that bounds a span or modifies a noun (background).

Third articles join a side by the same evidence: a lead counted back from its dateline like the
lead of a calendar finding (:func:`calendar_sides`), a weekday or dated year on one side of a
wrong year (:func:`year_sides`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from ...model import Claim, Value
from ...text import reporting_lemma
from ...text.datelines import DATELINE, DATELINE_LINE
from ...text.verbs import REPORTING_VERBS
from ..claims import WEEKDAYS, times_agree, weekday_of
from .calendar import describe, days_disagree, night_into, night_of, nights_compare, opens_night_span, pair_of
from .day_acts import DAYS as _DAYS, other_acts, shared_event_words
from .common import STOP, WORD, Agreeing, Disagreement, Side, context, event_words, is_headline, word_class

_MIN_SHARED = 2


def date_of(v: Value) -> str | None:
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


def same_time(va: Value, vb: Value) -> bool | None:
    """True: the same time; False: different; None: not comparable."""
    kinds = {va.kind, vb.kind}
    if kinds == {"time"}:
        return times_agree(va.normalized, va.qualifier, vb.normalized, vb.qualifier)
    da, db = date_of(va), date_of(vb)
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
# "8:00 am local time": the words that name the clock, not what happened at that time
_CLOCK_WORDS = {word_class(w) for w in ("local", "time")}
_ALIGNED_REACH = 10  # words either side of the two times of claims aligned as one proposition


def time_side(claim: Claim, v: Value) -> Side:
    return Side(claim=claim, value=v.text, normalized=date_of(v) or v.normalized, start=v.start, end=v.end)


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
_STATED = ("say", "tell", "state", "add", "announce", "communicate", "report", "confirm", "reveal", "disclose", "declare", "post", "tweet", "write", "note", "explain")
_STATED_AT = re.compile(
    r"\b(" + "|".join(sorted((f for f, lemma in REPORTING_VERBS.items() if lemma in _STATED), key=len, reverse=True)) + r")"
    r"(?:\s+(?:in|on|at|to)\s+(?:a|an|the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?)?(?:,)?\s+(?:(?:on|in|late|early|earlier|this|last)\s+)*$",
    re.IGNORECASE,
)


_ROUTINE = ("say", "tell", "add", "note", "explain")  # said every day: the day of no event


# what follows a statement's day: "declared on Monday that ...", "declared on Monday: ..."
_WORDS_FOLLOW = re.compile(r"[\s,]*(?:that\b|[:\"“‘'])", re.IGNORECASE)


def stated_on(claim: Claim, v: Value) -> str:
    """The lemma of the reporting verb whose day ``v`` is ("said Wednesday" -> "say"), else "".
    "declare" with an object is an act, not words ("the court declared on Monday the law
    unconstitutional", "declared a state of emergency"): only "declared that" or a quotation is
    a statement."""
    m = _STATED_AT.search(claim.text[max(0, v.start - claim.start - 60) : v.start - claim.start])
    lemma = reporting_lemma(m.group(1)) or "" if m else ""
    if lemma == "declare":
        pair = pair_of(claim, v)
        end = max(pair[2].end, pair[3].end) if pair else v.end  # past "Wednesday, 8 April"
        if not _WORDS_FOLLOW.match(claim.text, end - claim.start):
            return ""
    return lemma


def _dates_a_noun(claim: Claim, v: Value) -> bool:
    """A possessive day names its own event: "Sunday's playoff game", "Thursday's final"."""
    return claim.text[v.end - claim.start : v.end - claim.start + 2] in ("'s", "’s")


# "were coping Saturday with the death", "was being questioned yesterday": a state that lasted,
# dated by the day it was seen, not the day of an act.
_ONGOING = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:still\s+|now\s+)?(?:being\s+)?[a-z]{3,}ing\b[^.;:,]{0,30}$", re.IGNORECASE)


def _ongoing(claim: Claim, v: Value) -> bool:
    return bool(_ONGOING.search(claim.text[max(0, v.start - claim.start - 50) : v.start - claim.start]))


# "as of 4 p.m.", "as of Monday": when a running count was read, not when something happened
_AS_OF = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)


def _as_of(claim: Claim, v: Value) -> bool:
    return bool(_AS_OF.search(claim.text[max(0, v.start - claim.start - 10) : v.start - claim.start]))


def other_events(a: Claim, va: Value, b: Claim, vb: Value, named: str = "") -> bool:
    """Whether two days are of different kinds of event: a statement's day against an event's,
    two routine statements ("said Saturday" / "said Friday"), a possessive day ("Sunday's
    game") or a day before a noun ("a Tuesday news conference") against a plain one, unless
    the plain one dates that very event (``named``, see :func:`named_event`), or the time a
    count was read ("as of 4 p.m.") against an act's."""
    if _ongoing(a, va) != _ongoing(b, vb) or _as_of(a, va) != _as_of(b, vb):
        return True  # a lasting state's day against an act's
    if _attributive(a, va) != _attributive(b, vb) and not named:
        return True  # "convicted March 20" / "the June 20 murder": two acts
    sa, sb = stated_on(a, va), stated_on(b, vb)
    if (sa or sb) and (sa != sb or sa in _ROUTINE):
        return True
    return _dates_a_noun(a, va) != _dates_a_noun(b, vb) and not named


# A year that modifies a noun ("for a 2012 car crash case", "the 1998 conviction") or bounds a
# span ("from September 2010 to January 2011", "between 1991 and 1998") dates something in the
# background of the story, not the event the claims share.
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+$", re.IGNORECASE)
_SPAN = re.compile(r"\b(?:from|between|since|until|till|through)\s+(?:\w+\s+){0,2}$|\b(?:to|and)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _year_use(claim: Claim, v: Value) -> str:
    """"span" (a bound of a span of time), "attributive" (a year before a noun) or ""."""
    s, e = v.start - claim.start, v.end - claim.start
    before, after = claim.text[max(0, s - 40) : s], claim.text[e : e + 20]
    if _SPAN.search(before) or re.match(r"\s*(?:-|–|to|and|through)\s*(?:\w+\s+)?\d{4}", after) or _SEASON.match(after):
        return "span"
    return "attributive" if _attributive(claim, v) else ""


_SEASON = re.compile(r"[-–/]\d\d\b")  # "the 2002-03 season": a span of two years


def _attributive(claim: Claim, v: Value) -> bool:
    """A time between an article and a noun dates that noun's event ("a Tuesday news conference",
    "the June 20, 2005 attempted murder", "a 1998 conviction"), not the act the sentence tells."""
    s, e = v.start - claim.start, v.end - claim.start
    return bool(_ATTRIBUTIVE.search(claim.text[max(0, s - 40) : s]) and re.match(r"\s+[a-z]", claim.text[e : e + 20]))


_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]{3,})\b")
_NAMED_BY = re.compile(r"(?:\b(?:a|an|the|its|his|her|their|this)|\w[’']s)\s+$", re.IGNORECASE)


def names_its_event(claim: Claim, v: Value) -> bool:
    """A day between an article or a name's possessive and a noun names that noun's event ("the
    June 8 vote", "Kestovia's May 4 election"): the phrase tells no tense."""
    s, e = v.start - claim.start, v.end - claim.start
    return bool(_NAMED_BY.search(claim.text[max(0, s - 40) : s]) and re.match(r"\s+[a-z]", claim.text[e : e + 20]))


def _event_noun(claim: Claim, v: Value) -> str:
    """The class of the noun an attributive day or date dates ("the 11 May election" -> election)."""
    if v.kind not in ("date", "weekday") or not (_attributive(claim, v) or _dates_a_noun(claim, v)):
        return ""
    at = v.end - claim.start + (2 if _dates_a_noun(claim, v) else 0)  # "Sunday's referendum"
    m = _NOUN_AFTER.match(claim.text, at)
    return word_class(m.group(1)) if m and m.group(1) not in STOP else ""


def named_event(a: Claim, va: Value, b: Claim, vb: Value) -> str:
    """The event both days date by name: the same noun after both ("after the May 18 election" /
    "after the 11 May election"), or the noun after one the subject the other day dates ("the
    11 May election" / "The election was held on 18 May"). One event named alike is evidence enough
    that the two days are one event's; "" when there is none."""
    na, nb = _event_noun(a, va), _event_noun(b, vb)
    if na or nb:
        if na and nb:
            return na if na == nb else ""
        noun, (y, vy) = (na, (b, vb)) if na else (nb, (a, va))
        if _dated_subject(y, vy) == noun:
            return noun
    return ""


# "The election was held on", "the vote was on": the subject a plain day dates ("convicted
# March 20 of first-degree murder" dates the conviction, not the murder)
_SUBJECT_DATED = re.compile(
    r"(?:^|\b(?:the|this|that)\s+)(?:[a-z-]+\s+)?([a-z][a-z-]{3,})\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+"
    r"(?:[a-z]+\s+)?(?:on|in)?\s*$",
    re.IGNORECASE,
)
# "in a historic referendum on Sunday", "the referendum held in Teveria on Sunday": a noun
# dated by the "on" right after it (or after "held in" a place)
_NOUN_DATED = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z-]+\s+)?([a-z][a-z-]{3,})\s+(?:(?:held|staged)\s+(?:in\s+[A-Z][\w-]+\s+)?)?on\s+$"
)


def _dated_subject(claim: Claim, v: Value) -> str:
    """The class of the noun whose day a plain day is, told as the subject of "was": "The
    election was held on 18 May" -> election; "" otherwise."""
    before = claim.text[max(0, v.start - claim.start - 60) : v.start - claim.start]
    m = _SUBJECT_DATED.search(before) or _NOUN_DATED.search(before)
    return word_class(m.group(1)) if m else ""


# "today", "yesterday": a day counted from when the sentence was written, which the page's date
# does not tell (wire copy is reprinted and updated the next day): it may agree with a named day
# but is no evidence against one.
_RELATIVE = re.compile(r"(?:the day before )?(?:yesterday|today|tonight)", re.IGNORECASE)
_RESTATED = re.compile(r"\b(?:yesterday|today|tonight)\s*\(\s*$", re.IGNORECASE)


def relative_day(claim: Claim, v: Value) -> bool:
    """"today", or a date restating it ("announced today (14 October 2011)")."""
    return bool(_RELATIVE.fullmatch(v.text) or _RESTATED.search(claim.text[max(0, v.start - claim.start - 12) : v.start - claim.start]))


# "a day before", "two days after", "the previous day": a day counted from another day
_DAY_OFFSET = re.compile(
    r"\b(?:a|one|two|three|four|\d+)\s+days?\s+(?:before|earlier|after|later)\b|\bthe\s+(?:day\s+(?:before|after)|previous\s+day|next\s+day|following\s+day)\b",
    re.IGNORECASE,
)
_OFFSET_REACH = 4  # words either side of "a day before" that name the event it dates


def _counts_from_a_day(claim: Claim, other: Claim) -> bool:
    """Whether ``claim`` dates the event ``other`` tells by counting from its own day ("the
    aftershock shook the island on Monday as the toll from the earthquake a day before rose"
    against "the earthquake razed villages on Sunday"): then its day is another event's."""
    told = _sentence_events(other)
    for m in _DAY_OFFSET.finditer(claim.text):
        before = WORD.findall(claim.text[: m.start()])[-_OFFSET_REACH:]
        after = WORD.findall(claim.text[m.end() :])[:_OFFSET_REACH]
        near = {word_class(w) for w in before + after if w[0].islower() and w.lower() not in STOP and len(w) > 2}
        if near & told:
            return True
    return False


def _background(use_a: str, use_b: str) -> bool:
    """A span's bound against anything, or a year before a noun against one that dates an act."""
    return "span" in (use_a, use_b) or use_a != use_b


# Acts a thing undergoes once in its life: two years of one such act, in two tellings of one
# proposition, are two versions of one date ("the bridge opened in 1971" / "was opened in the
# year 1974"); a repeated act ("hosted the show in 2007") is dated by a bare year among many.
_ONCE = re.compile(
    r"\b(open|found|establish|buil[td]|construct|inaugurat|born)(?:ed|ing|s)?\s+(?:in\s+)?(?:the\s+year\s+)?$", re.IGNORECASE
)


# A figure reached in a year is reached once: "until it reaches 65 in 2033" / "until reaching
# the 65 years in 2030" are two years of one milestone (the figure itself is kept in the key).
_REACHED = re.compile(r"\breach(?:es|ed|ing)?\s+(?:the\s+)?(\d+(?:[.,]\d+)?)(?:\s*%|\s+per\s+cent|\s+[a-z]+)?\s+(?:by\s+|in\s+)$", re.IGNORECASE)


def once_in_a_life(claim: Claim, v: Value) -> str:
    """The once-only act a year right after it dates ("opened in 1971" -> open, "reaches 65 in
    2033" -> reach 65), else ""."""
    before = claim.text[max(0, v.start - claim.start - 40) : v.start - claim.start]
    if v.kind == "year" and (r := _REACHED.search(before)):
        return f"reach {r.group(1)}"
    m = _ONCE.search(before)
    return {"built": "build"}.get(m.group(1).lower(), m.group(1).lower()) if m else ""


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
            if opens_night_span(a, va) or opens_night_span(b, vb):
                continue  # "the night between Friday and Saturday" is told by its Saturday
            once = aligned and va.kind == vb.kind == "year" and once_in_a_life(a, va) == once_in_a_life(b, vb) != ""
            same = va.normalized == vb.normalized if once else same_time(va, vb)
            nights = va.kind == vb.kind == "weekday" and not (va.resolved and vb.resolved)
            if nights and _is_night(a, va) and _is_night(b, vb):
                same = _night_time(a, va, b, vb)  # "late on Saturday" / "in the night to Sunday": one night
            elif same is False and _night_before(a, va, b, vb):
                same = True  # "in the night to Sunday" / "on Saturday": the night began that day
            if same is None:
                continue
            qa, qb = _qualifier(a, va), _qualifier(b, vb)
            if _DEADLINE & {qa, qb} and qa != qb:
                continue  # "until Friday" is a deadline, "from Monday" a start: not the event's day
            named = named_event(a, va, b, vb)
            # a figure's milestone is one whether told as planned or as law ("will rise until it
            # reaches 65 in 2033" / "foresees ... reaching the 65 years in 2030")
            # ... and a day that names its event ("Kestovia's May 4 election") tells no tense
            tense_free = (once and once_in_a_life(a, va).startswith("reach ")) or names_its_event(a, va) or names_its_event(b, vb)
            if other_events(a, va, b, vb, named) or (
                "time" not in (va.kind, vb.kind) and (a.modality == "future") != (b.modality == "future") and not tense_free
            ):
                continue  # "will next meet on Thursday" is another event than "met on Wednesday"
            shared = context(a, va.start, va.end, reach) & context(b, vb.start, vb.end, reach) - _CLOCK_WORDS
            events = shared_event_words(a, va, b, vb, reach) - _CLOCK_WORDS
            both_nights = nights and _is_night(a, va) and _is_night(b, vb)
            if (len(shared) < need and not named) or not (events or (aligned and both_nights)):
                continue  # two nights told of one aligned proposition date one act, verb or none
            sa, sb = time_side(a, va), time_side(b, vb)
            if same:
                yield Agreeing(sa, sb)
            elif _states_both(a, va, vb) or _states_both(b, vb, va):
                continue  # "expelled them on Monday, and Darvand responded on Tuesday": two events
            elif relative_day(a, va) or relative_day(b, vb) or _counts_from_a_day(a, b) or _counts_from_a_day(b, a):
                continue  # "today" may be the named day; "the earthquake a day before" is not Monday's
            elif not aligned and va.kind in _DAYS and vb.kind in _DAYS and other_acts(a, va, b, vb):
                continue  # "the cull began on Tuesday" / "ordered the cull on Monday": two acts
            else:
                what = "the time" if va.kind == vb.kind == "time" else "the year" if {va.kind, vb.kind} & {"year", "month"} else "the day"
                if what == "the year" and not once and (_background(_year_use(a, va), _year_use(b, vb)) or "year" in (va.kind, vb.kind)):
                    continue  # a bare year dates too many events to set against another's month or day
                yield Disagreement("date", what, sa, sb)


def _night_time(a: Claim, va: Value, b: Claim, vb: Value) -> bool | None:
    """:func:`same_time`, with two weekdays that both name a night compared as nights."""
    if va.kind == vb.kind == "weekday" and not (va.resolved and vb.resolved) and _is_night(a, va) and _is_night(b, vb):
        return nights_compare(a, va, b, vb)
    return same_time(va, vb)


def _night_before(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """One weekday is the night into the day after the other ("in the night to Sunday" /
    "on Saturday")."""
    for (x, vx), vy in (((a, va), vb), ((b, vb), va)):
        if night_into(x, vx) and vy.normalized in WEEKDAYS and vx.normalized in WEEKDAYS:
            if WEEKDAYS[(WEEKDAYS.index(vx.normalized) - 1) % 7] == vy.normalized:
                return True
    return False


def _is_night(claim: Claim, v: Value) -> bool:
    return night_of(claim, v) is not None


# --- the lead's day -------------------------------------------------------------------------

_LEAD_SENTENCES = 2


def lead_time(claims: list[Claim]) -> tuple[Claim, Value] | None:
    """The day the article's lead gives its main event: the first of :func:`lead_days`."""
    return next(lead_days(claims), None)


def lead_days(claims: list[Claim], sentences: int = _LEAD_SENTENCES) -> Iterator[tuple[Claim, Value]]:
    """The days of what happened in the lead, in order: each weekday or date in the first two
    (``sentences``) body sentences (a headline, without closing punctuation, is not the lead),
    unless it is a deadline or a start ("until Friday", "from Monday") or the sentence speaks of
    the future."""
    body = [c for c in claims if not is_headline(c)][:sentences]
    for claim in body:
        dateline = DATELINE.match(claim.text) or DATELINE_LINE.match(claim.text)
        for v in claim.values:
            if dateline and v.start - claim.start < dateline.end():
                continue  # "CITY, Feb. 8 —": when the article was written, not when it happened
            if opens_night_span(claim, v):
                continue  # "the night between Friday and Saturday": told by its Saturday
            if v.kind in ("weekday", "date") and v.qualifier not in _DEADLINE and not _future_day(claim, v):
                if stated_on(claim, v):
                    continue  # "officials said Saturday", "announced this Thursday": the day of the telling
                yield claim, v


_FUTURE_WORD = re.compile(r"\b(?:will|shall|plans? to|is to|are to|is due to|are due to|intends? to|expects? to)\b", re.IGNORECASE)
_FUTURE_AFTER = 4  # words after a day that may still tell its verb ("on Friday the board will meet")


def _future_day(claim: Claim, v: Value) -> bool:
    """Whether the day is of something to come: a future word before it or right after it ("will
    meet on Friday", "on Friday the board will meet"); a future later in the sentence is another
    clause's ("approved on Thursday a reform that will raise the age")."""
    if claim.modality != "future":
        return False
    s, e = v.start - claim.start, v.end - claim.start
    after = " ".join(claim.text[e:].split()[:_FUTURE_AFTER])
    return bool(_FUTURE_WORD.search(claim.text[:s]) or _FUTURE_WORD.search(after))


# "PELLWORTH, Vandria, March 9 (Norpress) —", "Castlemoor, 10 February -": the opening dateline
# "Kovrin, 13 April (SarTA).": a dateline standing as its own sentence


_LEAD_SHARED = 2
_LEAD_REACH = 10  # words either side of a lead's day that must share what happened


def _sentence_events(claim: Claim) -> set[str]:
    """Classes of a sentence's lowercase content words (what happened, not who)."""
    return {word_class(w) for w in WORD.findall(claim.text) if w[0].islower() and w.lower() not in STOP and len(w) > 2 and reporting_lemma(w) is None}


def _states_both(claim: Claim, own: Value, other: Value) -> bool:
    """Whether ``claim`` also states a time that agrees with ``other`` (beside its ``own``), a
    bare year too ("between 1991 and 1998 ... returned to prison in June 1999" against "June 1998")."""
    return any(t is not own and same_time(t, other) for t in claim.values if t.kind in ("date", "weekday", "time", "month", "year"))


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
    same = _night_time(a, va, b, vb)
    if other_events(a, va, b, vb) or (not same and (relative_day(a, va) or relative_day(b, vb))):
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
    if same is False and (_states_both(a, va, vb) or _states_both(b, vb, va) or _counts_from_a_day(a, b) or _counts_from_a_day(b, a)):
        return
    if len(_sentence_events(a) & _sentence_events(b)) < _LEAD_SHARED:
        return  # two leads that do not tell one event
    if not event_words(a, va.start, va.end, _LEAD_REACH) & event_words(b, vb.start, vb.end, _LEAD_REACH):
        return  # the two days are the days of two different acts ("shares fell on Monday" / "ran aground on Saturday")
    sa, sb = time_side(a, va), time_side(b, vb)
    yield Agreeing(sa, sb) if same else Disagreement("date", "the day of the event", sa, sb)


def calendar_sides(
    found: Disagreement, pair: tuple[Claim, Value, Value | None], lead: tuple[Claim, Value, Value | None],
    others: Iterable[tuple[Claim, Value, Value | None]],
) -> Iterable[Agreeing]:
    """Third articles' leads on the lead's side of a calendar finding (``found``: ``pair``'s day
    against ``lead``'s): a lead with the same kind of evidence (a weekday counted back from its
    dateline, like the lead's) that gives the same day under the pair's calendar ("OSTREL, March
    18 — ... on Tuesday" and "DORVESK, 18 March — ... on Tuesday morning" against "Tuesday, 19
    March"). A bare date beside a weekday-and-date pair tells nothing of which of the two is wrong."""
    (a, va, dateline_a), (_, vb, _) = pair, lead
    for z, vz, dateline_z in others:
        if vz.kind != vb.kind or pair_of(z, vz) is not None:
            continue
        days = days_disagree(a, va, dateline_a, z, vz, dateline_z)
        if days is not None and describe(days[1]) == found.b.normalized:
            yield Agreeing(found.b, _calendar_side(z, vz, dateline_z, days[1]))


def year_sides(
    disagreements: Iterable[Disagreement], claims: Sequence[Claim], aligned: set[tuple[str, str]],
    similarity: np.ndarray, floor: float, index: dict[str, int],
) -> Iterable[Agreeing]:
    """Third articles on one side of a wrong-year finding ("14 June 2024" against "Saturday,
    14 June": 14 June 2024 was a Friday): a weekday of the same event is the pair's when it is the
    pair's weekday, the year's when it is that year's; a date with its year likewise. Told of the
    same event: aligned with either side's claim, or as similar as ``floor`` with an event word
    near both days. An article with days on both sides takes none."""
    for d in disagreements:
        if d.kind != "date" or d.what != "the year":
            continue
        values = {side.key: side.stated() for side in (d.a, d.b)}
        dated = [(side, values[side.key]) for side in (d.a, d.b)]
        if any(v is None or v.kind != "date" for _, v in dated):
            continue
        paired = [(side, v, pair_of(side.claim, v)) for side, v in dated if v.normalized.startswith("?")]  # type: ignore[union-attr]
        yeared = [(side, v) for side, v in dated if not v.normalized.startswith("?")]  # type: ignore[union-attr]
        if len(paired) != 1 or len(yeared) != 1 or paired[0][2] is None:
            continue
        (p_side, p_value, pair), (y_side, y_value) = paired[0], yeared[0]
        p_weekday, y_weekday = pair[3].normalized, weekday_of(y_value.normalized)  # type: ignore[index, union-attr]
        if y_weekday is None or y_weekday == p_weekday:
            continue
        sides = {p_side.key: (p_side, p_value), y_side.key: (y_side, y_value)}
        found: dict[str, list[tuple[tuple[bool, float], Side, Side]]] = {}
        for claim in claims:
            if claim.article in (p_side.claim.article, y_side.claim.article) or claim.id not in index:
                continue
            linked = (claim.id, p_side.claim.id) in aligned or (claim.id, y_side.claim.id) in aligned
            for v in claim.values:
                if v.kind == "weekday":
                    day = v.normalized
                elif v.kind == "date" and not v.normalized.startswith("?") and v.normalized[5:] == y_value.normalized[5:]:  # type: ignore[union-attr]
                    day = weekday_of(v.normalized)
                else:
                    continue
                key = p_side.key if day == p_weekday else y_side.key if day == y_weekday else None
                if key is None:
                    continue
                side, own = sides[key]
                sim = float(similarity[index[side.claim.id], index[claim.id]])
                if linked or (sim >= floor and _near_events(side.claim, own, wide=True) & _near_events(claim, v, wide=True)):  # type: ignore[arg-type]
                    found.setdefault(claim.article, []).append(((linked, sim), side, time_side(claim, v)))
        for candidates in found.values():
            if len({side.key for _, side, _ in candidates}) == 1:
                _, side, third = max(candidates, key=lambda c: c[0])
                yield Agreeing(side, third)
