"""Every side of a finding: the other articles that state one side's value.

A conflict found between two articles names a third one on the side whose value it states, so a
finding reads "a and c say X; b says Y" even where only a and b were compared.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ...model import Claim, Value
from ...text.thesaurus import kinds_of
from .calendar import pair_of
from .common import Agreeing, Disagreement, Side, is_headline, word_class
from .days import same_time, time_findings, time_side
from .leads import lead_days, lead_time
from .quotes import STOP as QUOTE_STOP, quote_span, quote_words
from .figures import DURATION, figure
from .values import MEASURES, TALLIES, counted_class, denied, number_side, numbers_agree, only_in_unit, shared_context, tally_of


def third_sides(
    disagreements: Sequence[Disagreement], numbers: dict[str, list[tuple[Claim, Value]]], aligned: set[tuple[str, str]]
) -> list[Agreeing]:
    """The other articles' figures that state one side's value of a figures conflict: the same
    quantity by :func:`shared_context`, or a figure of the same counted thing and tally in a claim
    aligned with that side's ("a and c say about 90; b says 60" where only a and b were compared),
    or the one figure of its unit in a claim aligned with that side's, agreeing with that side and
    not the other ("14 batches" / "fourteen production lots" against "40 batches")."""
    out = []
    for d in disagreements:
        if d.kind != "number":
            continue
        pair = {d.a.claim.article, d.b.claim.article}
        for side, other in ((d.a, d.b), (d.b, d.a)):
            value = side.stated()
            if value is None:
                continue
            against = other.stated()
            for article, figures in numbers.items():
                if article in pair:
                    continue
                for claim, v in figures:
                    if not numbers_agree(value, v) or denied(claim, v):
                        continue
                    same_thing = (counted_class(value) and counted_class(value) == counted_class(v)
                                  and tally_of(side.claim, value) == tally_of(claim, v) and (side.claim.id, claim.id) in aligned)
                    # one proposition told with one figure of its unit, agreeing with this side only
                    same_proposition = (
                        (side.claim.id, claim.id) in aligned and against is not None and not numbers_agree(against, v)
                        and only_in_unit(side.claim, value) and only_in_unit(claim, v)
                    )
                    if same_thing or same_proposition or _same_tally(side.claim, value, claim, v) or _one_figure_of_a_kind(value, v) or (
                        _same_fraction(value, v, against) and _told_once(figures, v)
                    ) or (
                        shared_context(side.claim, value, claim, v) is not None
                    ) or ((side.claim.id, claim.id) in aligned and _told_to_the_unit(value, v, against)):
                        out.append(Agreeing(side, number_side(claim, v)))
    return out


# A count this large told to the unit in a sentence aligned with a side's is that side's figure,
# whatever noun it counts ("112 votes" / "112 deputies supported"; "4,200 residents were
# evacuated" / "some 4.200 inhabitants ... were evacuated"); a smaller one may count anything.
_TELLING_COUNT = 20


def _told_to_the_unit(value: Value, v: Value, against: Value | None) -> bool:
    """``v`` is the side's ``value`` to the unit, a count (no unit, nothing measured) of at least
    :data:`_TELLING_COUNT`, and it cannot be the other side's figure."""
    if against is None or numbers_agree(against, v) or value.unit or v.unit or value.normalized != v.normalized:
        return False
    if {counted_class(value), counted_class(v)} & (MEASURES | {DURATION}):
        return False
    try:
        return float(v.normalized) >= _TELLING_COUNT
    except ValueError:
        return False


def _same_fraction(value: Value, v: Value, against: Value | None) -> bool:
    """``v`` is the side's ``value`` to the decimal, a figure with a fraction ("9.4 percent" /
    "rose 9.4%"), in the same unit and neither bounded nor hedged, and it cannot be the other
    side's figure: a rate told to a tenth is rarely two quantities of one story."""
    if against is None or numbers_agree(against, v) or value.qualifier or v.qualifier:
        return False
    x, y = figure(value), figure(v)
    return x[0] == y[0] and x[3] == y[3] and x[0] != int(x[0])


def _told_once(figures: list[tuple[Claim, Value]], v: Value) -> bool:
    """The article tells ``v``'s figure in its unit once: no second quantity of the same figure."""
    x = figure(v)
    return sum(1 for _, t in figures if figure(t)[0] == x[0] and figure(t)[3] == x[3]) == 1


# A figure written with this many digits is rarely two quantities of one story.
_SPECIFIC = 1000


def _one_figure_of_a_kind(value: Value, v: Value) -> bool:
    """The very figure, a specific one, counting nouns of one kind in the thesaurus ("about
    380,000 chickens and ducks" / "an estimated 380,000 birds"): one count told in other words."""
    x, y = figure(value), figure(v)
    if x[0] != y[0] or x[3] != y[3] or abs(x[0]) < _SPECIFIC or not value.counted or not v.counted:
        return False
    if word_class(value.counted) == word_class(v.counted):
        return True
    # each noun's commonest sense is a kind of the other's senses: "chickens" (food, animal) and
    # "birds" (animal, food), not "chickens" and "visitors" (a rare sense of each makes people of both)
    ka, kb = kinds_of(value.counted), kinds_of(v.counted)
    return bool(ka and kb) and ka[0] in kb and kb[0] in ka and "-" not in (ka[0], kb[0])


def body_sides(disagreements: Sequence[Disagreement], numbers: dict[str, list[tuple[Claim, Value]]]) -> list[Agreeing]:
    """A headline's figure told again in its article's body ("Fourteen miners found alive" /
    "made contact with 14 miners trapped"): the body figure, agreeing and counting the same
    noun, joins the headline's side, so the finding can stand on the sentence that tells it."""
    out = []
    for d in disagreements:
        if d.kind != "number":
            continue
        for side in (d.a, d.b):
            value = side.stated(("number",))
            if value is None or not value.counted or not is_headline(side.claim):
                continue
            noun = word_class(value.counted)
            # "6,000 FLEE AS VOLCANO BLOWS": a headline's figure before a tally's verb counts people
            nouns = {noun, "people"} if noun in TALLIES else {noun}
            for claim, v in numbers.get(side.claim.article, ()):
                if claim.id != side.claim.id and not is_headline(claim) and v.counted and word_class(v.counted) in nouns \
                        and numbers_agree(value, v) and not denied(claim, v):
                    out.append(Agreeing(side, number_side(claim, v)))
    return out


def _same_tally(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """The very figure of people under the same tally ("sent 31 people to hospital" / "31 were
    taken to Harlsund General and St Anselm's hospitals"): no other count of the story agrees
    with one side of a disputed tally to the unit."""
    tally = tally_of(a, va)
    measured = {counted_class(va), counted_class(vb)} & (MEASURES | {DURATION})  # "31 tonnes", "31 hours"
    return bool(tally) and tally == tally_of(b, vb) and va.normalized == vb.normalized and not va.unit and not measured


_DAYS = ("date", "weekday")


def _day_of(side: Side) -> Value | None:
    """The side's day: its value, or the date inside a side told with its weekday ("Sunday, 9 March")."""
    inside = [v for v in side.claim.values if v.kind in _DAYS and side.start <= v.start and v.end <= side.end]
    return side.stated(_DAYS) or next((v for v in inside if v.kind == "date"), None) or next(iter(inside), None)


def _same_pair(side: Side, claim: Claim, v: Value) -> bool:
    """``v`` is written with the same weekday as the side's own weekday and date ("Sunday 9 March"
    beside "Sunday, 9 March"): both halves agree, so the third article is on that side."""
    mine = pair_of(side.claim, _day_of(side)) if _day_of(side) is not None else None
    theirs = pair_of(claim, v)
    return mine is not None and theirs is not None and mine[3].normalized == theirs[3].normalized


def third_days(disagreements: Sequence[Disagreement], claims: Sequence[Claim]) -> list[Agreeing]:
    """The other articles' days that state one side's day of a day conflict and not the other's,
    about the same event as that side's (``time_findings`` of the two claims as one proposition
    agrees on them): "a and b say 18 March; c says 19 March" where only a and c were compared."""
    times = [(c, v) for c in claims for v in c.values if v.kind in ("date", "weekday")]
    out = []
    for d in disagreements:
        if d.kind != "date" or d.what not in ("the day", "the day of the event"):
            continue
        pair = {d.a.claim.article, d.b.claim.article}
        sides = [(side, other, _day_of(side), _day_of(other)) for side, other in ((d.a, d.b), (d.b, d.a))]
        for claim, v in times:
            if claim.article in pair:
                continue
            for side, other, mine, theirs in sides:
                if mine is None or theirs is None or same_time(mine, v) is not True or same_time(theirs, v) is not False:
                    continue
                if side.stated(_DAYS) is None and not _same_pair(side, claim, v):
                    continue  # a bare "12 April" cannot tell the right half of "Sunday, 12 April"
                # a day of the month is specific enough on its own; a weekday needs the same event around it
                exact = mine.kind == v.kind == "date" and mine.normalized[5:] == v.normalized[5:]
                if exact or any(isinstance(f, Agreeing) and f.b.start == v.start for f in time_findings(side.claim, claim, True)):
                    out.append(Agreeing(side, time_side(claim, v)))
    return out



def third_quotes(disagreements: Sequence[Disagreement], claims: Sequence[Claim]) -> list[Agreeing]:
    """The other articles' tellings of a disputed quotation that keep one side's changed words and
    none of the other's: "a and b quote 'the prime minister's office'; c quotes 'the office of the
    president'" where only b and c were compared."""
    quotes = [(c, q) for c in claims for q in c.quotes]
    # a telling found to differ from a side's (a dropped negation, another figure) is on no side
    # with it, however many words the two translations share against a third
    differ = {(d.a.claim.id, d.b.claim.id) for d in disagreements if d.kind == "quote"}
    differ |= {(b, a) for a, b in differ}
    out = []
    for d in disagreements:
        if d.kind != "quote":
            continue
        wa, wb = quote_words(d.a.value), quote_words(d.b.value)
        only_a, only_b = set(wa) - set(wb) - QUOTE_STOP, set(wb) - set(wa) - QUOTE_STOP
        if not only_a or not only_b:
            continue  # a word added or dropped on one side only: no word of the other to tell them apart
        pair = {d.a.claim.article, d.b.claim.article}
        for claim, q in quotes:
            if claim.article in pair:
                continue
            words = quote_words(q)
            shared = len(set(words) & (set(wa) | set(wb)) - QUOTE_STOP)
            if shared < 0.5 * len(set(words) - QUOTE_STOP):
                continue  # another quotation
            # the share of each side's own words it keeps: one side's, and at most half as much of the other's
            keeps_a, keeps_b = len(only_a & set(words)) / len(only_a), len(only_b & set(words)) / len(only_b)
            if max(keeps_a, keeps_b) < 0.5 or min(keeps_a, keeps_b) > 0.5 * max(keeps_a, keeps_b):
                continue
            side = d.a if keeps_a > keeps_b else d.b
            if (claim.id, side.claim.id) in differ:
                continue
            start, end = quote_span(claim, q)
            out.append(Agreeing(side, Side(claim=claim, value=q, normalized=" ".join(words), start=start, end=end)))
    return out


# the day an act was done, not "next Friday" or "until Friday"; nor "last Thursday", in a lead
# mostly an earlier act told as background ("silent since his trial began last Thursday")
_PLAIN_WEEKDAY = {"", "on", "this"}
# a third article's lead read one sentence further: a headline written with its full stop
# ("They stole two years of our lives.") takes the place of a lead sentence
_THIRD_LEAD = 3


def _weekday_in(side: Side) -> str | None:
    """The one weekday written within a side ("Tuesday", "Sunday, 9 March", "March 18 … Tuesday")."""
    days = {v.normalized for v in side.claim.values if v.kind == "weekday" and side.start <= v.start and v.end <= side.end}
    return next(iter(days)) if len(days) == 1 else None


def _is_lead_day(side: Side, lead: tuple[Claim, Value] | None) -> bool:
    """The side tells its article's lead day (``lead``: the article's :func:`lead_time`), the day of
    the article's main event."""
    return lead is not None and lead[0].id == side.claim.id and side.start <= lead[1].start and lead[1].end <= side.end


def lead_sides(
    disagreements: Sequence[Disagreement], agreements: Sequence[Agreeing], claims: Sequence[Claim],
    similarity: np.ndarray, floor: float, index: dict[str, int],
) -> list[Agreeing]:
    """The other articles' leads on one side of a weekday finding about a lead's day: when one
    side is its article's lead day, the finding is about the main event, and another article's
    lead on the same topic (as similar as ``floor`` to that side's claim) tells that event's day
    too. A weekday in it that is one side's and not the other's joins that side ("a says Thursday,
    b says Wednesday, 22 May; c's lead: thrown out on Thursday"); an article whose lead holds
    both sides' weekdays takes none, and one already on a side (``agreements``) or against one keeps
    its sentence."""
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.article, []).append(claim)
    # each article's lead day and lead days, read once for all the findings that ask
    lead_of: dict[str, tuple[Claim, Value] | None] = {}
    third_leads: dict[str, list[tuple[Claim, Value]]] = {}
    out = []
    for d in disagreements:
        if d.kind != "date" or d.what not in ("the day", "the day of the event"):
            continue
        days = {side.key: _weekday_in(side) for side in (d.a, d.b)}
        if None in days.values() or days[d.a.key] == days[d.b.key]:
            continue  # a date told two ways: one weekday cannot tell the sides apart
        for article in (d.a.claim.article, d.b.claim.article):
            if article not in lead_of:
                lead_of[article] = lead_time(by_article[article])
        leads = [side for side in (d.a, d.b) if _is_lead_day(side, lead_of[side.claim.article])]
        if not leads:
            continue
        pair = {d.a.claim.article, d.b.claim.article}
        # an article already on a side, or against one, keeps the sentence found for it
        joined = {g.b.claim.article for g in agreements if g.a.key in days} | {g.a.claim.article for g in agreements if g.b.key in days}
        joined |= {x.claim.article for e in disagreements if e.kind == "date" and {e.a.key, e.b.key} & set(days) for x in (e.a, e.b)}
        for article, own in by_article.items():
            if article in pair or article in joined:
                continue
            if article not in third_leads:
                third_leads[article] = list(lead_days(own, _THIRD_LEAD))
            found = [
                (claim, v) for claim, v in third_leads[article]
                if v.kind == "weekday" and v.qualifier in _PLAIN_WEEKDAY and claim.id in index
                and any(similarity[index[claim.id], index[lead.claim.id]] >= floor for lead in leads)
            ]
            sides = {side.key for claim, v in found for side in (d.a, d.b) if days[side.key] == v.normalized}
            if len(sides) != 1:
                continue  # neither side's weekday, or both
            side = d.a if d.a.key in sides else d.b
            claim, v = next((c, v) for c, v in found if v.normalized == days[side.key])
            out.append(Agreeing(side, Side(claim=claim, value=v.text, normalized=side.normalized, start=v.start, end=v.end)))
    return out


def body_quotes(disagreements: Sequence[Disagreement], claims: Sequence[Claim]) -> list[Agreeing]:
    """A headline's quotation told again in its article's body ("'I never took it'" over "'I never
    took it in my life,' she said"): the body's telling, which holds the headline's words in
    order, joins the headline's side, so the finding stands on the sentence that tells it whole."""
    out = []
    for d in disagreements:
        if d.kind != "quote":
            continue
        for side in (d.a, d.b):
            if not is_headline(side.claim):
                continue
            told = quote_words(side.value)
            for claim in claims:
                if claim.article != side.claim.article or claim.id == side.claim.id or is_headline(claim):
                    continue
                for q in claim.quotes:
                    words = quote_words(q)
                    if len(words) > len(told) and _holds_run(words, told):
                        start, end = quote_span(claim, q)
                        out.append(Agreeing(side, Side(claim=claim, value=q, normalized=" ".join(words), start=start, end=end)))
    return out


def _holds_run(words: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))
