"""Day and time disagreements between two claims (the lead's day: :mod:`.leads`).

Times are compared when the words around them share two classes of words ("the evacuation order
was issued on Sunday" / "waited until Monday to order the evacuation"): a weekday against a
weekday (or the dates both resolve to), a date against a date or a resolved weekday, a year
against a year. Not compared: a deadline against a start, the day a statement was made against
the day of what it reports, a possessive day ("Sunday's game") against a plain one, a lasting
state's day against an act's, a year that bounds a span or modifies a noun (background).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ...model import Claim, Value
from ...text import reporting_lemma
from ..claims import WEEKDAYS, weekday_of
from ..claims.anchored_days import ANCHORED
from ..claims.events import event_of, kindred_act, one_act_told, same_event, told_ahead_of
from ..claims.time_spans import interval
from ..memo import per_record
from .calendar import StoryCalendar, night_into, night_of, nights_compare, opens_night_span, pair_of
from .day_acts import DAYS as _DAYS, act_counted_from, content_apart, dates_another_act, other_acts, shared_event_words
from .day_values import date_of, days_of, same_time
from .statement_days import ROUTINE as _ROUTINE, one_statement, stated_on
from .common import STOP, WORD, Agreeing, Disagreement, Side, context, word_class

_MIN_SHARED = 2


def _one_day(a: Claim, b: Claim) -> bool:
    """Whether both claims tell one day, and the same one (a part of the day compares only then):
    one date each, or, where a side's weekday is not resolved to a date, one weekday each with
    the same name ("entered on Friday morning" / "set off on Friday afternoon")."""
    da = {date_of(v) for v in a.values if v.kind in ("date", "weekday")} - {None, ""}
    db = {date_of(v) for v in b.values if v.kind in ("date", "weekday")} - {None, ""}
    if len(da) == 1 and da == db:
        return True
    na, nb = _weekday_names(a), _weekday_names(b)
    return len(na) == len(nb) == 1 and na == nb and len(da) <= 1 and len(db) <= 1 and not (da and db)


def _weekday_names(claim: Claim) -> set[str]:
    """The weekdays a claim's days fall on: a weekday's name, a full date's weekday; "?" for a
    date whose weekday is not known (it tells a day, but not which weekday)."""
    names = set()
    for v in claim.values:
        if v.kind == "weekday":
            names.add(v.normalized)
        elif v.kind == "date":
            names.add(weekday_of(v.normalized) if not v.normalized.startswith("?") else "?")
    return names


DEADLINE = {"until", "by", "from", "since"}
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


_YEAR = re.compile(r"\b\d{4}\b")


def _weekday_side(claim: Claim, v: Value) -> Side:
    """The side of a date told with its weekday, by its weekday (what two such dates disagree on
    when neither writes a year and the day and month are one), else by the date."""
    pair = pair_of(claim, v)
    return time_side(claim, pair[3]) if pair is not None else time_side(claim, v)


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
            return bool(near_events(x, vx) & near_events(y, vy))
    return False


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


@per_record
def _attributive(claim: Claim, v: Value, before: re.Pattern[str] = _ATTRIBUTIVE) -> bool:
    """A time between an article (``before``) and a noun dates that noun's event ("a Tuesday news
    conference", "the June 20, 2005 attempted murder", "a 1998 conviction"), not the act the
    sentence tells; a part of the day ("in the small hours of Sunday") is none."""
    if v.kind == "time" and "part" in v.qualifier.split():
        return False
    s, e = v.start - claim.start, v.end - claim.start
    return bool(before.search(claim.text[max(0, s - 40) : s]) and re.match(r"\s+[a-z]", claim.text[e : e + 20]))


_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]{3,})\b")
_POSSESSOR = re.compile(r"\w[’']s\s+$")


@per_record
def names_its_event(claim: Claim, v: Value) -> bool:
    """A day between an article or a name's possessive and a noun names that noun's event ("the
    June 8 vote", "Kestovia's May 4 election"): the phrase tells no tense."""
    return _attributive(claim, v) or _attributive(claim, v, _POSSESSOR)


def _event_noun(claim: Claim, v: Value) -> str:
    """The class of the noun an attributive day or date dates ("the 11 May election" -> election)."""
    if v.kind not in ("date", "weekday") or not (_attributive(claim, v) or _dates_a_noun(claim, v)):
        return ""
    at = v.end - claim.start + (2 if _dates_a_noun(claim, v) else 0)  # "Sunday's referendum"
    m = _NOUN_AFTER.match(claim.text, at)
    return word_class(m.group(1)) if m and m.group(1) not in STOP else ""


def noun_of_the_act(a: Claim, va: Value, b: Claim, vb: Value) -> str:
    """The act both days are told with when one side tells it by a noun ("Monday's collapse of
    the bridge", "the walkout on Friday") and the other by its verb or the same noun ("the bridge
    collapsed on Tuesday"): the noun names the very event the plain day dates."""
    act = same_event(a, va, b, vb)
    if not act:
        return ""
    ea, eb = event_of(a, va), event_of(b, vb)
    return act if ea is not None and eb is not None and NOUN_SHAPES_DATED & {ea.shape, eb.shape} else ""


NOUN_SHAPES_DATED = frozenset({"possessive", "noun"})


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
_RELATIVE = re.compile(
    r"(?:the day (?:before|after) )?(?:yesterday|today|tonight|tomorrow)|last night|this (?:morning|afternoon|evening)"
    r"|(?:last|this|next) month|\w+\s+(?:day|week|year)s?\s+ago",
    re.IGNORECASE,
)
_RESTATED = re.compile(r"\b(?:yesterday|today|tonight)\s*\(\s*$", re.IGNORECASE)


def relative_day(claim: Claim, v: Value) -> bool:
    """"today", "last month", "a week ago", a span of days counted from the article's date ("within
    two weeks", "by the weekend"), or a date restating it ("announced today (14 October 2011)")."""
    return (v.kind == "span" and v.qualifier == "relative") or bool(_RELATIVE.fullmatch(v.text) or _RESTATED.search(claim.text[max(0, v.start - claim.start - 12) : v.start - claim.start]))


def _hull(v: Value) -> tuple[dt.date, dt.date] | None:
    """The days a past week, weekend or month counted from the article's date may mean, written
    on the page's date or the day before (``claims.times._hulls``; "last month" from the month
    before it, for a page of the first); None for other times."""
    if v.kind == "span" and "/" in v.resolved:
        return interval(v.resolved)
    if v.kind == "month" and _RELATIVE.fullmatch(v.text) and (days := days_of(v)) is not None:
        return (days[0] - dt.timedelta(days=1)).replace(day=1), days[1]
    return None


def apart_however_dated(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Whether a past week, weekend or month counted from the page's date ("last week", "at the
    weekend", "last month") and a named day, date or span lie apart even if the sentence was
    written the day before its page's date: then the relative time is evidence against the other ("last week" /
    "on 4 March"), where "today" or "yesterday" remain none (:func:`relative_day`). Both times
    must date one act, the event nearest each (``claims.events.same_event``): "ordered a review
    last month" / "signed an order on 30 January" are two."""
    ha, hb = _hull(va), _hull(vb)
    if ha is None and hb is None:
        return False
    da = ha or (None if _RELATIVE.fullmatch(va.text) or va.kind == "time" else days_of(va))
    db = hb or (None if _RELATIVE.fullmatch(vb.text) or vb.kind == "time" else days_of(vb))
    if da is None or db is None or (va.kind == "span" and va.qualifier == "relative" and ha is None) or (
        vb.kind == "span" and vb.qualifier == "relative" and hb is None
    ):
        return False
    return (da[1] < db[0] or db[1] < da[0]) and bool(same_event(a, va, b, vb))


# "a day before", "two days after", "the previous day": a day counted from another day
_DAY_OFFSET = re.compile(
    r"\b(?:a|one|two|three|four|\d+)\s+days?\s+(?:before|earlier|after|later)\b|\bthe\s+(?:day\s+(?:before|after)|previous\s+day|next\s+day|following\s+day)\b",
    re.IGNORECASE,
)
_OFFSET_REACH = 4  # words either side of "a day before" that name the event it dates


def counts_from_a_day(claim: Claim, other: Claim) -> bool:
    """Whether ``claim`` dates the event ``other`` tells by counting from its own day ("the
    aftershock shook the island on Monday as the toll from the earthquake a day before rose"
    against "the earthquake razed villages on Sunday"): then its day is another event's."""
    told = sentence_events(other)
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
# year 1974"; "the painting vanished in 1911" / "vanished in 1912"; a birth, a death); a repeated
# act ("hosted the show in 2007") is dated by a bare year among many.
_ONCE = re.compile(
    r"\b(open|found|establish|buil[td]|construct|inaugurat|born|died|disappear|vanish)(?:ed|ing|s)?\s+(?:in\s+)?(?:the\s+year\s+)?$",
    re.IGNORECASE,
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
    return {"built": "build", "died": "die", "vanish": "disappear"}.get(m.group(1).lower(), m.group(1).lower()) if m else ""


def time_findings(
    a: Claim, b: Claim, aligned: bool = False, alike: bool = False, kindred: bool = False, people: bool = False,
    calendar: StoryCalendar | None = None,
) -> Iterable[Disagreement | Agreeing]:
    """Times of two claims about one event. Claims aligned as one proposition need one class of
    words in common around the two times; others two; claims told ``alike`` (close in meaning,
    naming the same people) none, when both days are told with one verb as done; ``kindred``
    (told alike, or each the other's best match, naming the same people) none, when both days
    are told with one verb or with two verbs of one sense (``claims.events.kindred_act``); ``people``:
    the two sentences name people (the same, when ``alike``), so that aligned sentences told alike
    with one day each date one act of theirs, whatever the verbs. ``calendar``: the story's
    (:func:`.calendar.story_calendar`), by which a weekday is set against a date without its year."""
    need = 1 if aligned else _MIN_SHARED
    reach = _ALIGNED_REACH if aligned else 6
    ta = [v for v in a.values if v.kind in ("date", "month", "year", "weekday", "time", "span")]
    tb = [v for v in b.values if v.kind in ("date", "month", "year", "weekday", "time", "span")]
    for va in ta:
        for vb in tb:
            apart = False
            if _wrong_year(a, va, b, vb):
                if _YEAR.search(va.text) or _YEAR.search(vb.text):
                    yield Disagreement("date", "the year", time_side(a, va), time_side(b, vb))
                else:  # no year written: one day and month, two weekdays ("Tuesday 9 September" / "Wednesday 9 September")
                    yield Disagreement("date", "the day", _weekday_side(a, va), _weekday_side(b, vb))
                continue
            if opens_night_span(a, va) or opens_night_span(b, vb):
                continue  # "the night between Friday and Saturday" is told by its Saturday
            once = aligned and va.kind == vb.kind == "year" and once_in_a_life(a, va) == once_in_a_life(b, vb) != ""
            # two bare years of one act read from each side's verb ("will start construction in
            # 2026" / "is scheduled to start in 2027") are that act's year, as a milestone's are
            # ... and a span against a year or a span, told so ("will close in the second quarter of
            # 2026" / "plans to close the plant in 2027")
            once = once or ({va.kind, vb.kind} <= {"year", "span"} and _years_of_one_act(a, va, b, vb, reach))
            same = va.normalized == vb.normalized if once and va.kind == vb.kind == "year" else same_time(va, vb)
            if same is None and calendar is not None:
                same = calendar.same_day(va, vb)  # "on Friday" / "12 September": the story's calendar, if it tells
            if "part" in f"{va.qualifier} {vb.qualifier}".split() and not _one_day(a, b):
                continue  # "on Sunday evening" / "early on Monday": the days tell it, or nothing does
            nights = va.kind == vb.kind == "weekday" and not (va.resolved and vb.resolved)
            if nights and _is_night(a, va) and _is_night(b, vb):
                same = night_time(a, va, b, vb)  # "late on Saturday" / "in the night to Sunday": one night
            elif same is False and _night_before(a, va, b, vb):
                same = True  # "in the night to Sunday" / "on Saturday": the night began that day
            if same is None:
                continue
            qa, qb = _qualifier(a, va), _qualifier(b, vb)
            if DEADLINE & {qa, qb} and qa != qb:
                continue  # "until Friday" is a deadline, "from Monday" a start: not the event's day
            named = named_event(a, va, b, vb) or noun_of_the_act(a, va, b, vb)
            # a figure's milestone is one whether told as planned or as law ("will rise until it
            # reaches 65 in 2033" / "foresees ... reaching the 65 years in 2030")
            # ... and a day that names its event ("Kestovia's May 4 election") tells no tense
            tense_free = (once and once_in_a_life(a, va).startswith("reach ")) or names_its_event(a, va) or names_its_event(b, vb)
            # one statement copied word for word, its day changed ("police said on Sunday" / "... on Monday")
            copied = va.kind in _DAYS and vb.kind in _DAYS and one_statement(a, va, b, vb)
            if not copied and (other_events(a, va, b, vb, named) or (
                "time" not in (va.kind, vb.kind) and _ahead(a, va) != _ahead(b, vb) and not tense_free
            )):
                continue  # "will next meet on Thursday" is another event than "met on Wednesday"
            shared = context(a, va.start, va.end, reach) & context(b, vb.start, vb.end, reach) - _CLOCK_WORDS
            events = shared_event_words(a, va, b, vb, reach) - _CLOCK_WORDS
            if act := same_event(a, va, b, vb):
                events = events | {act}  # "the collapse on Friday" / "collapsed on Sunday"
            both_nights = nights and _is_night(a, va) and _is_night(b, vb)
            # "the water supply was restored on Friday" / "running water was restored on Saturday"
            # ... and "the talks collapsed on Friday" / "the talks broke down on Sunday", in matched sentences
            kin = kindred and va.kind in _DAYS and vb.kind in _DAYS and bool(kindred_act(a, va, b, vb))
            one_act = kin or ((alike or kindred) and va.kind in _DAYS and vb.kind in _DAYS and bool(one_act_told(a, va, b, vb)))
            # ... and one proposition told alike of one named person, one day in each ("the mediator, Ana Ruiz,
            # will meet both sides on Thursday" / "the mediator Ana Ruiz will receive the two parties this Friday")
            one_day = aligned and alike and people and told_one_day(a, va) and told_one_day(b, vb) and names_in_common(a, b)
            if ((len(shared) < need and not named) or not (events or (aligned and both_nights))) and not (one_act or one_day or copied):
                continue  # two nights told of one aligned proposition date one act, verb or none
            sa, sb = time_side(a, va), time_side(b, vb)
            if same:
                yield Agreeing(sa, sb)
            elif states_both(a, va, vb) or states_both(b, vb, va):
                continue  # "expelled them on Monday, and Darvand responded on Tuesday": two events
            elif ((relative_day(a, va) or relative_day(b, vb)) and not (apart := apart_however_dated(a, va, b, vb))) or (
                va.qualifier != ANCHORED and counts_from_a_day(a, b) or vb.qualifier != ANCHORED and counts_from_a_day(b, a)
            ):
                continue  # "today" may be the named day; "the earthquake a day before" is not Monday's
            elif not aligned and not kin and va.kind in _DAYS and vb.kind in _DAYS and other_acts(a, va, b, vb):
                continue  # "the cull began on Tuesday" / "ordered the cull on Monday": two acts
            elif va.kind in _DAYS and vb.kind in _DAYS and dates_another_act(a, va, b, vb):
                continue  # "closed the road on Tuesday" / "met on Wednesday about the leak that closed the road"
            elif aligned and va.kind in _DAYS and vb.kind in _DAYS and content_apart(a, va, b, vb, events):
                continue  # the words both share tell, in one, what its day's act ruled
            elif aligned and va.kind in _DAYS and vb.kind in _DAYS and act_counted_from(a, va, b, vb, reach):
                continue  # one day's act is, in the other, the event its day is counted from
            else:
                what = "the time" if va.kind == vb.kind == "time" else "the year" if {va.kind, vb.kind} & {"year", "month", "span"} else "the day"
                if apart:
                    yield Disagreement("date", "the day", sa, sb)  # "last week" / "on 4 March"
                    continue
                if what == "the year" and not once and (_background(_year_use(a, va), _year_use(b, vb)) or "year" in (va.kind, vb.kind)):
                    continue  # a bare year dates too many events to set against another's month or day
                yield Disagreement("date", what, sa, sb)


# A day to come told without "will": the future of a reported plan ("said he would meet them on
# Thursday") and an obligation set for a day ("must appear in court on Tuesday"); not "must have".
_AHEAD = re.compile(
    r"\b(?:said|says|told|announced|added|promised|pledged)\s+(?:that\s+)?(?:\w+\s+){0,3}?would\s+(?!have\b)[a-z]+"
    r"|\bmust\s+(?!have\b|be\s+\w+ed\b)[a-z]+",
    re.IGNORECASE,
)


@per_record
def told_ahead(claim: Claim) -> bool:
    """Whether the claim tells what is to come: "will" (:func:`claims.modality`), a reported
    "would", an obligation "must" (see ``_AHEAD``)."""
    return claim.modality == "future" or (claim.modality == "" and bool(_AHEAD.search(claim.text)))


def _years_of_one_act(a: Claim, va: Value, b: Claim, vb: Value, reach: int) -> bool:
    """Two years each told with a verb of one act to come, in clauses that share another event
    word: a plan's milestone ("will start construction in 2026" / "is scheduled to start
    construction in 2027"). Years of acts told as done are too often two events' ("a quake struck
    in 2004" / "a quake struck last year")."""
    act = same_event(a, va, b, vb)
    if not act or not (told_ahead_of(a, va) and told_ahead_of(b, vb)):
        return False
    events = shared_event_words(a, va, b, vb, reach) - _CLOCK_WORDS
    return len(events - {act}) >= 1


def told_one_day(claim: Claim, v: Value, opening: int = 0) -> bool:
    """Whether the day is the one day its sentence tells: a weekday or a date, and every other day
    or date of the sentence written right beside it ("on Tuesday, July 15", "Wednesday 15 July").
    ``opening``: characters of the sentence that tell no day of its own (a dateline's "CITY, May 6 -")."""
    if v.kind not in _DAYS:
        return False
    for t in claim.values:
        if t is v or t.kind not in _DAYS or t.start - claim.start < opening:
            continue
        s, e = sorted((v, t), key=lambda x: x.start)
        if claim.text[s.end - claim.start : e.start - claim.start].strip(" ,()") != "":
            return False
    return True


_CAPITALISED_PAIR = re.compile(r"(?=\b([A-Z][a-z]+[\s-][A-Z][a-z]+)\b)")


def names_in_common(a: Claim, b: Claim) -> bool:
    """Whether the two sentences share two capitalised words in a row, not opening the sentence: one
    person or body named with the same words ("Oskar Tennfeld", "Marit Ekdahl")."""
    def pairs(text: str) -> set[str]:
        return {m.group(1) for m in _CAPITALISED_PAIR.finditer(text) if m.start() > 0}
    return bool(pairs(a.text) & pairs(b.text))


@per_record
def _ahead(claim: Claim, v: Value) -> bool:
    """:func:`told_ahead`, or the day's own act told as to come (``claims.events.told_ahead_of``:
    "is scheduled to start in 2027")."""
    if _told_done(claim, v):
        return False  # "will cost ..., the office said in a report published on Tuesday": the day's own act is past
    return told_ahead(claim) or told_ahead_of(claim, v)


# "will have closed", "would have signed": a past form of an act still to come
_PERFECT_AHEAD = re.compile(r"\b(?:will|would|shall)\s+(?:\w+\s+)?have\s+$", re.IGNORECASE)


def _told_done(claim: Claim, v: Value) -> bool:
    """Whether the day's own clause tells its act in a past form, not after a form of be ("the
    bridge, which closed on Monday, will reopen"): the sentence's "will" is another clause's."""
    ev = event_of(claim, v)
    return ev is not None and ev.shape == "verb" and not _PERFECT_AHEAD.search(claim.text[max(0, ev.start - 30) : ev.start])


def night_time(a: Claim, va: Value, b: Claim, vb: Value) -> bool | None:
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


@per_record
def _is_night(claim: Claim, v: Value) -> bool:
    return night_of(claim, v) is not None


def sentence_events(claim: Claim) -> set[str]:
    """Classes of a sentence's lowercase content words (what happened, not who)."""
    return {word_class(w) for w in WORD.findall(claim.text) if w[0].islower() and w.lower() not in STOP and len(w) > 2 and reporting_lemma(w) is None}


def states_both(claim: Claim, own: Value, other: Value) -> bool:
    """Whether ``claim`` also states a time that agrees with ``other`` (beside its ``own``), a
    bare year too ("between 1991 and 1998 ... returned to prison in June 1999" against "June 1998")."""
    return any(t is not own and same_time(t, other) for t in claim.values if t.kind in ("date", "weekday", "time", "month", "year", "span"))


def near_events(claim: Claim, v: Value, reach: int = 12, wide: bool = False) -> set[str]:
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
