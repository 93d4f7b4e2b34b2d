"""The day each article's lead gives its main event, and third articles on a side of a day finding.

A lead's day is the first weekday or date of its first two body sentences that tells what happened
(not the dateline, a deadline, a statement's day or a day to come). Two leads' days are compared as
:mod:`.days` compares any two days, and with a calendar where a weekday is written beside its date.
Third articles join a side by the same evidence: a lead counted back from its dateline like the
lead of a calendar finding (:func:`calendar_sides`), a weekday or dated year on one side of a
wrong year (:func:`year_sides`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from ...model import Claim, Value
from ...text.datelines import DATELINE, DATELINE_LINE
from ..claims import FUTURE, weekday_of
from .calendar import describe, days_disagree, opens_night_span, pair_of
from .common import Agreeing, Disagreement, Side, is_headline
from .day_acts import DAYS, act_counted_from, dates_another_act, shared_event_words
from .days import (
    noun_of_the_act,
    DEADLINE, counts_from_a_day, names_in_common, near_events, night_time, other_events, relative_day, sentence_events,
    stated_on, states_both, time_side, told_one_day,
)

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
            if v.kind in ("weekday", "date") and v.qualifier not in DEADLINE and not _future_day(claim, v):
                if stated_on(claim, v):
                    continue  # "officials said Saturday", "announced this Thursday": the day of the telling
                yield claim, v


# a day of an event that runs over days ("continued for a second day on Wednesday") dates no one act
_RUNNING = re.compile(r"\b(?:continu\w*|resum\w*|(?:second|third|fourth|fifth|another|\d+(?:st|nd|rd|th))"
                      r"(?:\s+(?:straight|consecutive|successive))?\s+day)\b", re.IGNORECASE)


def _one_lead_day(claim: Claim, v: Value) -> bool:
    """Whether the day is the one day its lead tells of one act (:func:`.days.told_one_day`, the
    dateline aside), and the sentence tells no day of an event running over several."""
    dateline = DATELINE.match(claim.text) or DATELINE_LINE.match(claim.text)
    return not _RUNNING.search(claim.text) and told_one_day(claim, v, dateline.end() if dateline else 0)


_FUTURE_AFTER = 4  # words after a day that may still tell its verb ("on Friday the board will meet")


def _future_day(claim: Claim, v: Value) -> bool:
    """Whether the day is of something to come: a future word before it or right after it ("will
    meet on Friday", "on Friday the board will meet"); a future later in the sentence is another
    clause's ("approved on Thursday a reform that will raise the age")."""
    if claim.modality != "future":
        return False
    s, e = v.start - claim.start, v.end - claim.start
    after = " ".join(claim.text[e:].split()[:_FUTURE_AFTER])
    return bool(FUTURE.search(claim.text[:s]) or FUTURE.search(after))


_LEAD_SHARED = 2
_LEAD_REACH = 10  # words either side of a lead's day that must share what happened


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
    same = night_time(a, va, b, vb)
    if other_events(a, va, b, vb, noun_of_the_act(a, va, b, vb)) or (not same and (relative_day(a, va) or relative_day(b, vb))):
        return
    if pair_of(a, va) or pair_of(b, vb):
        # a weekday written with its date fixes the calendar: compare the days it gives
        days = days_disagree(a, va, dateline_a, b, vb, dateline_b)
        if days is not None and near_events(a, va, wide=wide) & near_events(b, vb, wide=wide):
            yield Disagreement(
                "date", "the day of the event",
                _calendar_side(a, va, dateline_a, days[0]), _calendar_side(b, vb, dateline_b, days[1]),
            )
        return
    if same is None:
        return
    if same is False and (states_both(a, va, vb) or states_both(b, vb, va) or counts_from_a_day(a, b) or counts_from_a_day(b, a)):
        return
    # two leads that name one person or body in full tell its one act, whatever the verbs
    # ("dismissed Lorenz Aubry on Friday" / "relieved Lorenz Aubry of his duties on Thursday")
    named = names_in_common(a, b) and _one_lead_day(a, va) and _one_lead_day(b, vb)
    if len(sentence_events(a) & sentence_events(b)) < _LEAD_SHARED and not named:
        return  # two leads that do not tell one event
    if not named and not shared_event_words(a, va, b, vb, _LEAD_REACH):
        # the two days are the days of two different acts ("shares fell on Monday" / "ran aground
        # on Saturday"); a word one lead has only in its "after" phrase dates the event its own
        # day is counted from ("apologised on Friday after workers cut down the oak" / "the oak
        # was cut down on Tuesday by workers"), not its own act
        return
    if act_counted_from(a, va, b, vb, _LEAD_REACH):
        return  # one lead's act is, in the other, the event its day is counted from ("refloated on Monday after they stranded")
    if same is False and va.kind in DAYS and vb.kind in DAYS and dates_another_act(a, va, b, vb):
        return  # one lead tells the other's act undated and dates another ("met on Wednesday about the leak that closed ...")
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
                if linked or (sim >= floor and near_events(side.claim, own, wide=True) & near_events(claim, v, wide=True)):  # type: ignore[arg-type]
                    found.setdefault(claim.article, []).append(((linked, sim), side, time_side(claim, v)))
        for candidates in found.values():
            if len({side.key for _, side, _ in candidates}) == 1:
                _, side, third = max(candidates, key=lambda c: c[0])
                yield Agreeing(side, third)
