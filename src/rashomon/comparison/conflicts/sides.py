"""Every side of a finding: the other articles that state one side's value.

A conflict found between two articles names a third one on the side whose value it states, so a
finding reads "a and c say X; b says Y" even where only a and b were compared.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Claim, Value
from ...text.thesaurus import kinds_of
from .calendar import pair_of
from .common import Agreeing, Disagreement, Side, is_headline, word_class
from .days import same_time, time_findings, time_side
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
                        shared_context(side.claim, value, claim, v) is not None
                    ):
                        out.append(Agreeing(side, number_side(claim, v)))
    return out


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
