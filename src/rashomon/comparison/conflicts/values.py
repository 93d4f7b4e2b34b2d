"""Number disagreements between two claims, on figures shown to be about one thing.

A quantity is the same thing in two claims when the units agree and the words around the two
figures share at least two classes of words ("11 people were killed" / "the storm killed nine
people": people, dead). Wordings that can state the same figure ("nearly 50" / "47", "more than
200" / "at least 212") agree. Days and times are compared in :mod:`.days`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ...model import Claim, Value
from ...text import find_quotes, reporting_lemma
from ...text.stems import suffix_stem
from ...text.thesaurus import lemma_of, synonyms
from ..claims import value_measure
from ..claims.events import forecast_against_outcome, kindred_act, one_act_told, related_acts, same_event
from ..claims.number_words import CURRENCY_CODES
from ..claims.numbers import format_number, in_designation
from ..claims.number_phrases import SCORE_UNIT
from ..claims.totals import running_span, summed
from ..memo import per_record
from .common import CLASSES, STOP, WORD, Agreeing, Disagreement, Side, context, event_words, word_class
from .lasting import closed_for, lasting_one_thing
from .figure_roles import (
    clock_hour, counts_sources, counts_the_rest, deadline_act, is_planned, lead_time, clock_left, counted_over, elapsed, is_added, is_age, is_paired, is_part, is_rate, is_remaining, is_whole, left_later,
    measured_thing, month_after, narrowed, owner, past_period, pay_of_a_span, qualified_part, role, same_compound, share_a_name, time_remaining, window_of, year_near, years_near, place_apart,
)
from .bounds import ROUNDING as _ROUNDING, last_place as _last_digit, near_pair, ranges_apart
from .figures import DURATION, WOUNDS, count_of_times, counted_class, figure, other_units
from .gatherings import one_gathering
from .pronoun_parts import counted_nouns
from .speeds import speeds_of_two_things
from .splits import voted
from .sums import magnitude_slipped, sums_apart, sums_of_two_compounds
from .person_figures import ages_of_one, ages_told_at_one_moment, penalty_term
from .tallies import TALLY_IN_CLAUSE, TALLIES, apposed, named_tally, sentence_tallies, some_of_the_tallied, tallied_part, tally_of  # noqa: F401  (TALLIES, tally_of: sides.py)

_NAMED = {name for name, _ in CLASSES}
# Classes too common to show on their own that two figures count one thing.
_GENERIC = {"people", "country", "hours", "second", "percent", "cent", "tonne", "duration"}
# Counted nouns that are units of measure: a figure of one is never the same quantity as another's.
MEASURES = _MEASURES = {word_class(w) for w in (
    "hours", "days", "weeks", "months", "years", "minutes", "seconds", "tonnes", "kilometres", "km", "miles",
    "metres", "meters", "kilograms", "kg", "litres", "hectares", "acres",
)}
# Two figures further apart than this are two quantities, not two versions of one.
_MAX_RATIO = 50
# Counted nouns that are units or too general to show on their own that two figures count one thing.
_GENERIC_NOUNS = {suffix_stem(w) for w in (
    "people", "persons", "person", "times", "years", "months", "weeks", "days", "hours", "minutes", "seconds",
    "tonnes", "tons", "kilometres", "kilometers", "km", "miles", "metres", "meters", "percent", "points", "cases",
    "others", "members", "units", "parts", "cent", "euros", "dollars", "per",
)}

_MIN_SHARED = 2
# Words of any prison term: shared alone, they name no one convict's sentence.
_TERM_CLASSES = {word_class(w) for w in ("sentenced", "jailed", "imprisoned", "condemned", "prison", "jail", "years", "months", "term", "sentence")}
# Classes whose nouns name one population in other words ("customers", "consumers",
# "subscribers" of a utility): counted alone they name one quantity, as one noun does. Not
# classes of related things ("96 ballots" is no "37-vote" margin; "workers" / "staff").
_ONE_POPULATION = {"customer"}
# How far a figure told in another unit may be from the converted one (rounding: 10 miles is "16 km").
_CONVERTED = 0.03
# Units rare enough in one story that one event word in common shows one quantity.
_RARE_UNITS = {"km/h", "mph"}


def number_side(claim: Claim, v: Value) -> Side:
    shown = f"{v.qualifier} {v.text}".strip() if v.qualifier else v.text
    unit = {"%": "%", "pp": " percentage points", "bp": " basis points"}.get(v.unit, f" {v.unit}" if v.unit else "")
    if (si := value_measure(v)) is not None:  # in SI, so that "20 nautical miles" and "20 kilometres" differ
        amount = figure(v)[0]
        shown = shown if v.counted in shown.lower() else f"{shown} {v.counted}"
        return Side(claim=claim, value=shown, normalized=f"{format_number(amount)} {si[0]}", start=v.start, end=v.end)
    if counted_class(v) == DURATION:  # "18 months" / "a two-year ban": shown with its unit
        told = re.match(r"[-\s]+" + re.escape(v.counted), claim.text[v.end - claim.start :], re.IGNORECASE)
        if not any(word_class(w) == word_class(v.counted) for w in WORD.findall(shown)):  # "one month" tells it
            shown = shown + told.group(0) if told else f"{shown} {v.counted}"
        return Side(claim=claim, value=shown, normalized=v.normalized.split(" ")[0], start=v.start, end=v.end)
    if v.unit == SCORE_UNIT:  # read as one figure, the higher first ("7-2" is 7002): told as the split it is
        high, low = divmod(int(figure(v)[0]), 1000)
        return Side(claim=claim, value=shown, normalized=f"{high}-{low}", start=v.start, end=v.end)
    if aged := re.match(r"-years?-old\b", claim.text[v.end - claim.start :]):
        shown += aged.group(0)  # an age shown as one: "four-year-old", not "four"
    return Side(claim=claim, value=shown, normalized=v.normalized.split(" ")[0] + unit, start=v.start, end=v.end)


# Content words two sentences share, figures and counted class left out, for the one measure
# each article states (:func:`sole_pair`) to be one quantity.
_SOLE_SHARED = 3


def _measure(v: Value) -> tuple[str, str] | None:
    """Unit in SI, currency or percent, and counted class; None for spans of time and bare counts."""
    if (si := value_measure(v)) is not None:
        return si[0], ""
    unit = figure(v)[3]
    return (unit, counted_class(v)) if unit and unit != "h" else None


def sole_measures(numbers: Mapping[str, list[tuple[Claim, Value]]]) -> dict[tuple[str, tuple[str, str]], tuple[Value, ...]]:
    """(article, measure) -> its figures, where they all agree ("790 km" twice, "10 km (6.2 miles)")."""
    out = {}
    for article, found in numbers.items():
        by_measure: dict[tuple[str, str], list[Value]] = {}
        for claim, v in found:
            if not denied(claim, v) and (m := _measure(v)) is not None:
                by_measure.setdefault(m, []).append(v)
        out.update({(article, m): tuple(vs) for m, vs in by_measure.items() if all(numbers_agree(vs[0], y) for y in vs[1:])})
    return out


def _rest(claim: Claim, v: Value) -> set[str]:
    """Classes of the claim's lowercase content words, the figure left out."""
    text = claim.text[: v.start - claim.start] + " " + claim.text[v.end - claim.start :]
    return {word_class(w) for w in WORD.findall(text) if w[0].islower() and w.lower() not in STOP and len(w) > 2 and reporting_lemma(w) is None}


def sole_pair(a: Claim, va: Value, b: Claim, vb: Value, sole: Mapping[tuple[str, tuple[str, str]], tuple[Value, ...]], counted: set[str]) -> bool:
    """Each figure its article's one quantity of its measure, the sentences alike without the figures
    ("collided ... 790 kilometres above the Earth" / "collided in orbit ... 970 kilometres")."""
    m = _measure(va)
    if m is None or m != _measure(vb) or (a.article, m) not in sole or (b.article, m) not in sole:
        return False
    if any(numbers_agree(va, y) for y in sole[(b.article, m)]) or any(numbers_agree(vb, x) for x in sole[(a.article, m)]):
        return False  # "10 miles" against "less than 50 km (30 miles)": the other article's own telling fits
    return len(_rest(a, va) & _rest(b, vb) - counted - {"people"}) >= _SOLE_SHARED


# A share told against a reference ("30 percent above the market rate", "20 percent cheaper than
# last year", "5 percent more than"): a difference from that reference, no level of anything.
_AGAINST_REFERENCE = re.compile(
    r"\s*(?:%|per\s?cent|percent|percentage[-\s]points?|points?)?\s+(?:(?:more|less)\s+than|above|below|over|under|"
    r"higher|lower|cheaper|dearer|costlier|more\s+expensive|less\s+expensive|ahead\s+of|behind)\b",
    re.IGNORECASE,
)


def against_reference(claim: Claim, v: Value) -> bool:
    return bool(_AGAINST_REFERENCE.match(claim.text, v.end - claim.start))


def one_noun(va: Value, vb: Value) -> bool:
    """Two counted nouns OEWN gives one sense of ("homes" / "houses"): one thing counted, named
    two ways; not a hypernym ("boats" / "vessels" is left apart: "ships" / "boats" are two)."""
    if not (va.counted and vb.counted and va.kind == vb.kind == "number"):
        return False
    la, lb = lemma_of(va.counted), lemma_of(vb.counted)
    # both written as plurals of two lemmas: "a magnitude 6.1 earthquake" counts no earthquakes
    return bool(la and lb) and la != lb and la != va.counted.lower() and lb != vb.counted.lower() and synonyms(va.counted, vb.counted)


def shared_context(
    a: Claim, va: Value, b: Claim, vb: Value, aligned: bool = False, several: frozenset[tuple[str, str]] = frozenset(),
    sole: Mapping[tuple[str, tuple[str, str]], tuple[Value, ...]] | None = None, alike: bool = False, kindred: bool = False,
) -> set[str] | None:
    """The word classes two figures share when they are the same quantity, else None.
    ``several``: (article, counted noun's stem) for nouns an article counts with different figures;
    ``sole``: :func:`sole_measures`, the measures each article states as one quantity;
    ``alike``: the two sentences are close in meaning and name the same people, so one counted
    thing told with one verb as done is one quantity; ``kindred``: the sentences are told alike or
    are each the other's best match in their articles, naming the same people, so one counted
    thing told with two verbs of one sense (``claims.events.kindred_act``), or the one figure of
    its noun and unit in each sentence told with related acts, is one quantity."""
    if ages_of_one(a, va, b, vb) and (sentence_tallies(a) & sentence_tallies(b) or events_near(a, va, b, vb)):
        return {"age"}  # "a four-year-old girl had died" / "the death of a child of five years"
    if ages_told_at_one_moment(a, va, b, vb, told_alike=alike or kindred):
        return {"age"}  # "Paul Renner, 34," / "Renner (38)": one named person's age, at one moment (a count, a quotation or an act both tell)
    ua, ub = figure(va)[3], figure(vb)[3]
    if (ua != ub and {ua, ub} != {"%", "pp"}) or speeds_of_two_things(a, va, b, vb):
        return None  # two units; two speeds of two things ("the 50 km/h limit" / "a tolerance of 2 km/h")
    if ua in ("%", "pp") and against_reference(a, va) != against_reference(b, vb):
        return None  # "prices 30 percent above the market" / "growth of 3.2 percent": a difference, a level
    if count_of_times(va) != count_of_times(vb) and not related_acts(a, va, b, vb):
        return None  # "licences were issued only twice" is no count of "three bears"; "scored twice" / "scored four goals" is
    ka, kb = counted_class(va), counted_class(vb)
    units = other_units(va, vb)  # one length, one mass, one volume in two units: compared in SI
    if (ka in _MEASURES or kb in _MEASURES or DURATION in (ka, kb)) and ka != kb and not units:
        return None  # "a delay of three hours" is no count of the rescued
    x, y = abs(figure(va)[0]), abs(figure(vb)[0])
    if min(x, y) > 0 and max(x, y) / min(x, y) > _MAX_RATIO and not magnitude_slipped(va, vb):
        return None  # "150,000 per depositor" / "2.1 billion": two magnitudes, two quantities
    if ka and kb and ka != kb and ("people" not in (ka, kb) or WOUNDS in (ka, kb)) and not units and not one_noun(va, vb):
        return None  # "11 dead" / "9 injured", "6.8 magnitude" / "212 people"; "people" counts fans too, not wounds
    if (act := deadline_act(a, va)) and act == deadline_act(b, vb) and not (time_remaining(a, va) or time_remaining(b, vb)):
        return {DURATION, f"to {act}"}  # "72 hours to leave the country" / "must leave within 48 hours"
    if lead_time(a, va) and lead_time(b, vb) and len(events_near(a, va, b, vb) - {DURATION}) >= _MIN_SHARED:
        return {DURATION, "before"}  # "received the warning three days before" / "received the alert 36 hours before"
    if sums_apart(a, va, ka, b, vb, kb):
        return None  # "the recount cost the city 180,000 marks" / "legal fees ... 40,000 marks": a cost, fees
    tally = tally_of(a, va)
    if tally != tally_of(b, vb):
        return None  # "31 injured" / "6 in hospital"; a tally against a figure of no tally
    if (is_part(a, va) and not tallied_part(a, va)) or (is_part(b, vb) and not tallied_part(b, vb)) or elapsed(a, va) or elapsed(b, vb):
        return None  # "210 of the plant's 640 jobs"; but "two of its guards were wounded" counts the wounded
    if some_of_the_tallied(a, va, b, vb) or some_of_the_tallied(b, vb, a, va):
        return None  # "seven of our members were injured" may be some of "17 people were injured"
    if is_remaining(a, va) != is_remaining(b, vb):
        return None  # "Four are still in hospital" is no count of the "63 treated in hospital"
    if left_later(a, va) != left_later(b, vb):
        return None  # "After that remain two matches" is no count of the "three matches left" now
    if is_rate(a, va) != is_rate(b, vb):
        return None  # "5,000 gallons of water a minute" is no tank's "100,000 gallons"
    if is_paired(a, va) or is_paired(b, vb) or not same_compound(a, va, b, vb):
        return None  # "a 14-0 lead", "from 1978-89"; "a 6.7-strength quake" is no count of the dead
    if is_added(a, va) or is_added(b, vb) or clock_left(a, va) or clock_left(b, vb) or clock_hour(a, va) or clock_hour(b, vb):
        return None  # "two more victims were found"; "with 4 minutes 48 seconds remaining"; "at 17:06"
    sa, sb = counted_over(a, va), counted_over(b, vb)
    if (sa and sb and sa != sb) or (bool(sa) != bool(sb) and past_period(b if sa else a)):
        return None  # "nine touchdowns in 10 games" / "two touchdowns in his last two games" / "17 goals last season"
    if totals_apart(a, va, b, vb):
        return None  # "14 rifles in their five operations so far" / "six rifles during the operation"
    if counts_the_rest(a, va) != counts_the_rest(b, vb):
        return None  # "the other four universities" / "all five universities": the rest is not the whole
    if counts_sources(a, va) or counts_sources(b, vb):
        return None  # "according to two volunteers": who a claim is put to, not what the event holds
    wa, wb = window_of(a, va), window_of(b, vb)
    if wa and wb and not (numbers_agree(wa, wb) and suffix_stem(wa.counted) == suffix_stem(wb.counted)):
        return None  # the spans two different tallies were counted over ("10 games" / "two games")
    if is_age(a, va) or is_age(b, vb) or is_whole(a, va) or is_whole(b, vb) or time_remaining(a, va) or time_remaining(b, vb):
        return None  # "Karavel, 58,"; "210 of the plant's 640 jobs"; "giving firms 14 months to prepare"
    if narrowed(a, va, b) or narrowed(b, vb, a) or qualified_part(a, va, b, vb):
        return None  # "300 Portuguese workers" is a group of the site's "1,200 workers"
    oa, ob = owner(a, va), owner(b, vb)
    if oa and ob and oa != ob:
        return None  # "Greyhaven's 96 branches" / "the subsidiary's two branches"
    if year_near(a, va) != year_near(b, vb):
        return None  # "since 2008, when 11 people died": an earlier event's figure
    if forecast_against_outcome(a, va, b, vb) or forecast_against_outcome(b, vb, a, va):
        return None  # "organisers expected 50,000 visitors" / "the fair drew 32,000 visitors"
    if place_apart(a, va, b, vb):
        return None  # "killed 12 people in Arlen" / "killed 20 people in Borsk"
    ya, yb = years_near(a, va), years_near(b, vb)
    if ya and yb and not ya & yb:
        return None  # "In 2023, 45 migrants died" / "In 2024, 30 migrants died": two years' tallies
    ra, rb = role(a, va), role(b, vb)
    if (ra and rb and ra != rb) or (ra == "from") != (rb == "from") or (ua != ub and {ra, rb} & {"from", "to"}):
        return None  # "from 25% to 10%": the old rate is neither the new one nor the change
    if (ra == "short") != (rb == "short"):
        return None  # "fell 14 votes short of the majority" is no count of the "114 votes" won
    ma, mb = month_after(a, va), month_after(b, vb)
    if ma and mb and ma != mb:
        return None  # "9.4 percent in August" / "9.1 percent in July": two months' figures
    # a tally both figures count is shared context, also when told inside a figure ("the only fatality")
    shared = context(a, va.start, va.end) & context(b, vb.start, vb.end) | ({ka} & {kb} & set(TALLIES)) | (tally & TALLY_IN_CLAUSE)
    if apposed(a, va) or apposed(b, vb) or (named_tally(a, va) & named_tally(b, vb) & tally):
        # "Two men, a driver and a porter, were arrested": the verb past the commas is the figure's;
        # "taken to St. Aurel Hospital": a hospital's name tells its tally
        shared = shared | tally
    if ma and ma == mb:
        shared = shared | {f"in {ma}"}  # "inflation reached 9.4 percent in August" / "stood at 9.1 percent in August"
    if ua in _RARE_UNITS and ua == ub and events_near(a, va, b, vb):
        return shared  # a speed is rarer than a count: "limited to 80 km/h" / "the limit is 60km/h"
    if aligned and ua and ua == ub and only_in_unit(a, va) and only_in_unit(b, vb):
        return shared  # one proposition, one figure of its unit in each: "demanded 12 percent" / "claimed 15 %"
    if ra == rb == "margin" and ka and ka == kb and share_a_name(a, b):
        return shared | {"margin"}  # "beat her by almost two seconds" / "won with a lead of 0.8 seconds"
    if lasting_one_thing(a, va, b, vb) or closed_for(a, va, b, vb) or pay_of_a_span(a, va, b, vb):
        return shared | {DURATION}  # "a 48-hour strike" / "a two-day walkout": how long the strike lasts
    counted = {ka, kb, *(word_class(v.counted) for v in (va, vb) if v.counted)} - {""}  # the nouns too, where the thesaurus classed them
    events = event_words(a, va.start, va.end) & event_words(b, vb.start, vb.end) - counted
    if act := same_event(a, va, b, vb):
        events = events | {act}  # "the 14 deaths" / "14 people died"
    if penalty_term(a, va, b, vb) and (share_a_name(a, b) or events or shared - counted - _TERM_CLASSES):
        return shared | {"term"}  # "sentenced to six years in prison" / "was jailed for five years"
    if units:  # two units: only the words around both show one quantity ("fishing ban")
        strict = len(shared - counted) >= _MIN_SHARED and shared - _GENERIC - counted and events
        thing = measured_thing(a, va)  # "a 1.5-metre crack" / "the crack measures about 40 cm"
        return shared if strict or (thing and thing == measured_thing(b, vb)) else None
    if shared & set(TALLIES):
        return shared  # "31 people were injured" / "Seventeen fans were hurt"
    same_noun = (
        bool(va.counted) and suffix_stem(va.counted) == suffix_stem(vb.counted or "") and suffix_stem(va.counted) not in _GENERIC_NOUNS
        and not sums_of_two_compounds(a, va, b, vb)
    )
    # the counted noun alone names the quantity only when each claim counts it once ("14
    # batches" / "40 batches"), not in "14.2 billion thalers in deposits ... 2.1 billion thalers"
    # ("fourteen men" / "four men": a word for people names no quantity on its own)
    # ("32 yards" for an interception, "226 yards" rushed, "a 73-yard drive": a noun one article
    # counts with several figures names several quantities, and says alone of none which it is)
    # nouns of one population count as one noun ("3.2 million customers" / "2 million consumers")
    same_kind = same_noun or bool(ka) and ka == kb and ka in _ONE_POPULATION
    # a plan for some of them is no count of them ("200 prisoners will be transferred" / "1,400 prisoners are crammed")
    alone = same_kind and ka != "people" and _counted_once(a, va) and _counted_once(b, vb) and not (
        {(a.article, suffix_stem(va.counted or "")), (b.article, suffix_stem(vb.counted or ""))} & several
    ) and is_planned(a, va) == is_planned(b, vb)
    if (same_noun or (ka and ka == kb and ka not in _GENERIC)) and (events or shared - counted or (ra and ra == rb) or alone):
        return shared  # "by 231 votes" / "by 213 votes"; "14 batches" / "40 batches"
    if len(shared - counted) >= _MIN_SHARED and shared - _GENERIC - counted and events:
        return shared
    if va.counted and suffix_stem(va.counted) == suffix_stem(vb.counted or "") and _stuff_once(a, va, b, vb, several):
        return shared  # "around 180 tonnes of hake" / "some 280 tonnes of hake"
    if ra and ra == rb and ua and events:
        return shared  # "cut its key rate by 25 basis points" / "lowered the rate by 0.5 percentage points"
    if sole and sole_pair(a, va, b, vb, sole, counted):
        return shared  # each article's one altitude in kilometres, in two alike sentences
    if alike and ka == kb and (act := one_act_told(a, va, b, vb)):
        return shared | {act}  # "the ferry carried 300 people" / "the boat carried 450 people", in alike sentences
    if kindred and ka == kb and (act := kindred_act(a, va, b, vb)):
        return shared | {act}  # "rebels seized 40 trucks" / "the rebels captured 25 trucks", in matched sentences
    if kindred and _one_figure_each(a, va, b, vb) and ka != "people" and related_acts(a, va, b, vb):
        return shared | {"one figure"}  # "will last for three weeks" / "the ban will last two weeks"
    if one_gathering(a, va, b, vb):
        return shared | {"gathering"}  # "a crowd of 38,000 was in the stadium" / "the 40,000 fans packed into the ground"
    return None


def _one_figure_each(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """One counted noun (one stem) and one unit, and no other figure of that unit in either sentence."""
    if not (va.counted and vb.counted and suffix_stem(va.counted) == suffix_stem(vb.counted)):
        return False
    return figure(va)[3] == figure(vb)[3] and only_in_unit(a, va) and only_in_unit(b, vb)


_STUFF = re.compile(r"^\s*[\w-]+\s+of\s+([a-z][\w-]+)")


def _stuff(claim: Claim, v: Value) -> str:
    """What a measure weighs or holds, named right after it: "180 tonnes of hake" -> hake."""
    m = _STUFF.match(claim.text[v.end - claim.start :])
    return word_class(m.group(1)) if m and m.group(1) not in STOP else ""


def _stuff_once(a: Claim, va: Value, b: Claim, vb: Value, several: frozenset[tuple[str, str]]) -> bool:
    """One measure of one stuff in each ("tonnes of hake"), its noun counted with one figure in
    each article: one quantity, as a noun counted alone is."""
    stuff = _stuff(a, va)
    noun = suffix_stem(va.counted or "")
    return bool(stuff) and stuff == _stuff(b, vb) and not ({(a.article, noun), (b.article, noun)} & several)


def events_near(a: Claim, va: Value, b: Claim, vb: Value) -> set[str]:
    return event_words(a, va.start, va.end) & event_words(b, vb.start, vb.end)


def only_in_unit(claim: Claim, v: Value) -> bool:
    unit = figure(v)[3]
    return sum(1 for t in claim.values if t.kind == "number" and figure(t)[3] == unit) == 1


def _counted_once(claim: Claim, v: Value) -> bool:
    """The claim counts the figure's noun (or another name of its population) with this figure only."""
    noun, kind = suffix_stem(v.counted or ""), counted_class(v)
    return sum(
        1 for t in claim.values
        if t.kind == "number" and (suffix_stem(t.counted or "") == noun or (kind in _ONE_POPULATION and counted_class(t) == kind))
    ) == 1


_LABELS = {"hospital": "in hospital"}


@per_record
def denied(claim: Claim, v: Value) -> bool:
    """"15 workers, not 14": a figure the sentence denies is no figure it states."""
    before = claim.text[max(0, v.start - claim.start - 8) : v.start - claim.start].lower()
    return bool(re.search(r"\b(?:not|never|rather than|instead of)\s+$", before))


def totals_apart(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """A running total against a figure of one occasion, or two totals over different spans of
    one kind ("in five operations" / "in three operations"): two quantities. A figure with some
    sign of a sum ("now has 2,129 points", "finished his third season with 404 yards") may be the
    same total told without its span, and stays comparable; so do a total over counted occasions
    and one over a period ("in 10 games" / "this season"), which may be one span."""
    ta, tb = running_span(a, va), running_span(b, vb)
    if ta and tb:
        return ta[0] == tb[0] and ta != tb
    if ta or tb:
        plain, v = (b, vb) if ta else (a, va)
        return not summed(plain, v)
    return False


def same_quantity(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    return shared_context(a, va, b, vb) is not None


def numbers_agree(va: Value, vb: Value, rounded: bool = True, near: bool = True) -> bool:
    """Whether two figures can be one; ``rounded``: a whole figure agrees with an exact one it
    rounds ("54 percent" / "54.3 percent"). Without it, only figures that agree to the digit: a
    whole figure cannot tell which of two close exact ones it rounds ("tops 9%" fits 9.4 and 9.1).
    ``near``: an open bound names a figure near it (:func:`.bounds.reach`: "more than 200" is
    under 300); without it, any figure past the bound fits."""
    x, xl, xh, xu = fa = figure(va)
    y, yl, yh, yu = fb = figure(vb)
    if near:
        (xl, xh), (yl, yh) = near_pair(va, fa, vb, fb)
    if xu != yu or ranges_apart(va, fa, vb, fb):
        return False  # "14 percentage points" is not "14%"; "10 to 14 days" / "10 to 20 days": two ranges
    if xu == SCORE_UNIT:
        return x == y  # "won 4-0" / "won 4-2": a score agrees only to the goal
    # a figure converted to another unit is rounded: "10 miles" is "16 km" (16.09)
    tolerance = (_CONVERTED if other_units(va, vb) else 0.005) * max(abs(x), abs(y))
    if _two_roundings(va, vb):
        return False  # "about 380,000" / "about 480 thousand": two figures rounded alike, not one
    return (xl - tolerance <= yh and yl - tolerance <= xh) or (rounded and _rounded_whole(figure(va), figure(vb)))


# Qualifiers that round a figure both ways (bounds.ROUNDING): their intervals are wide (15%), but
# two such figures give the rounding they chose in their last digits


def _two_roundings(va: Value, vb: Value) -> bool:
    """Two figures both rounded with "about" (or "around", "some"...) that differ by more than a
    unit of the coarser rounding: "about 380,000" / "about 480,000" are two counts, though their
    intervals meet; "about 50" / "about 47", "about 400,000" / "about 380,000" stay one."""
    if va.qualifier.lower() not in _ROUNDING or vb.qualifier.lower() not in _ROUNDING:
        return False
    x, y = figure(va)[0], figure(vb)[0]
    unit = max(_last_digit(x), _last_digit(y))
    return bool(unit) and abs(x - y) > unit


def _rounded_whole(fa: tuple[float, float, float, str], fb: tuple[float, float, float, str]) -> bool:
    """Two exact figures, one whole and one not, the whole one the other rounded: "54" / "54.3"."""
    (x, xl, xh, _), (y, yl, yh, _) = fa, fb
    if not (xl == x == xh and yl == y == yh) or x.is_integer() == y.is_integer():
        return False
    return abs(x - y) < 0.5


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
        if vx.unit == "%" and figure(vy)[3] == "pp" and _level_in_percent(x, vx) and abs(figure(vx)[0]) < _POINTS_IN_PERCENT:
            fx, fy = figure(vx)[0], figure(vy)[0]
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
    if not is_whole(claim, whole):
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
            if not numbers_agree(part, part) or figure(part)[0] >= figure(whole)[0]:
                continue
            for u in y.values:
                if (
                    u.kind == "number" and u.qualifier == "all" and u.normalized == whole.normalized
                    and suffix_stem(u.counted or "") == suffix_stem(whole.counted) and _part_of(y, u) is None
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


def stated_numbers(claim: Claim) -> list[Value]:
    """The figures a claim states in its own words: neither denied ("not 14") nor quoted (a
    figure inside a quotation is the quote check's: "24 hours" / "48 hours" in one remark is a
    misquote, told once), nor part of a designation ("the Orlink-2 cable" counts no cables)."""
    return [
        v for v in claim.values
        if v.kind == "number" and not (claim.quotes and _quoted(claim, v)) and not denied(claim, v)
        and not in_designation(claim.text, v.start - claim.start)
    ]


def number_findings(
    a: Claim, b: Claim, aligned: bool = False, several: frozenset[tuple[str, str]] = frozenset(),
    stated: Mapping[str, list[Value]] | None = None, sole: Mapping[tuple[str, tuple[str, str]], tuple[Value, ...]] | None = None,
    alike: bool = False, kindred: bool = False,
) -> Iterable[Disagreement | Agreeing]:
    """Figures of two claims that count one thing; ``aligned``: the two claims were aligned as
    one proposition, so one figure of a unit in each is the same quantity; ``several``: see
    :func:`shared_context`; ``stated``: claim id -> its :func:`stated_numbers`, read once per
    claim when a story compares many pairs; ``sole``: :func:`sole_measures`; ``alike``: see
    :func:`shared_context`."""
    na = stated[a.id] if stated is not None else stated_numbers(a)
    nb = stated[b.id] if stated is not None else stated_numbers(b)
    for va in na:
        for vb in nb:
            shared = shared_context(a, va, b, vb, aligned, several, sole, alike, kindred)
            if shared is None:
                continue
            sa, sb = number_side(a, va), number_side(b, vb)
            if numbers_agree(va, vb) or points_told_in_percent(a, va, b, vb):
                yield Agreeing(sa, sb)
                continue
            if _also_stated(a, va, b, nb) or _also_stated(b, vb, a, na):
                continue  # "It needed 126 votes" / "won 114 votes, 12 short of the 126 needed"
            tally = [t for t in TALLIES if t in shared]
            counted = word_class(va.counted) if va.counted and word_class(va.counted) == word_class(vb.counted or "") else ""
            # a class is told by its name ("dead"); any other noun as written, not by its stem ("homes", not "hom")
            what = _LABELS.get(tally[0], tally[0]) if tally else (counted if counted in _NAMED else (va.counted or "").lower() if counted else "")
            if counted_class(va) == DURATION:
                yield Disagreement("number", "how long", sa, sb)
                continue
            if what in _GENERIC and va.counted and suffix_stem(va.counted) == suffix_stem(vb.counted or ""):
                what = va.counted  # "supporters", not the class "people"
            if va.unit == SCORE_UNIT:
                yield Disagreement("number", "the vote" if voted(a, va) or voted(b, vb) else "the score", sa, sb)
                continue
            told = _TOLD.get(va.unit) or _TOLD.get(va.counted) or (f"how many ({what})" if what else _SUM.get(va.unit, "the figure"))
            yield Disagreement("number", told, sa, sb)


# A sum of money counting nothing named is "the amount" (one counting a thing is told by the thing).
_SUM = dict.fromkeys(CURRENCY_CODES, "the amount")
_TOLD = {"%": "the percentage", "place": "the place", "rank": "the rank", "degrees": "the temperature", "fahrenheit": "the temperature"}
# A participle right after a figure: its noun is left out, told before ("the 126 needed")
_ELIDED = re.compile(r"[a-z]+ed$")


def _also_stated(x: Claim, vx: Value, y: Claim, ny: list[Value]) -> bool:
    """Whether ``y``'s sentence states ``vx``'s figure too (the same value, no part), of the
    same thing: with ``vx``'s noun or with the noun left out ("the 126 needed"), under the same
    tally. Then the other figure of ``y`` is another quantity ("114 votes, 12 short of the 126
    needed"), and "It needed 126 votes" agrees with ``y`` rather than disagrees."""
    tally, (value, _, _, unit) = tally_of(x, vx), figure(vx)
    for t in ny:
        told, _, _, told_unit = figure(t)
        if told_unit != unit or abs(told - value) > (0 if unit == SCORE_UNIT else 0.005) * abs(value) or is_part(y, t) or tally_of(y, t) != tally \
                or ranges_apart(vx, figure(vx), t, figure(t)):
            continue  # the same figure, not one that only fits it ("at least 208,000 of which"), nor "10 to 20" for "10 to 14"
        if not t.counted or _ELIDED.fullmatch(t.counted.lower()) or same_quantity(x, vx, y, t):
            return True
    return False


def counted_several_ways(numbers: dict[str, list[tuple[Claim, Value]]]) -> frozenset[tuple[str, str]]:
    """(article, noun stem) for each noun an article counts with two or more figures that cannot agree ("32 yards" and "226 yards")."""
    out = set()
    for article, found in numbers.items():
        by_noun: dict[str, list[Value]] = {}
        for claim, v, noun in counted_nouns(found):  # "900 of them" counts the noun before it
            if not denied(claim, v):
                by_noun.setdefault(suffix_stem(noun), []).append(v)
        for noun, values in by_noun.items():
            if any(not numbers_agree(values[0], y) for y in values[1:]):  # one pass: a long list costs no square
                out.add((article, noun))
    return frozenset(out)


def tallied(claim: Claim) -> bool:
    """Whether a claim states a figure next to a tally word (dead, injured, arrested...)."""
    return any(v.kind == "number" and context(claim, v.start, v.end) & set(TALLIES) for v in claim.values)
