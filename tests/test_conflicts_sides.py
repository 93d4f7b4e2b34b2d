"""Sides of a conflict told by a third article, a side's day, one finding per disagreement
(conflicts/sides.py, merging.py), and a lone first name against two that agree (names.py)."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.entities import resolve_entities
from tests.conftest import conflicts_of, make_article


_conflicts_n = conflicts_of


def test_a_first_name_one_article_alone_gives_against_two_that_agree_is_a_garble():
    def names(*texts):
        articles = [make_article(f"a{i + 1}", t, f"Outlet {'ABCD'[i]}") for i, t in enumerate(texts)]
        entities = resolve_entities(articles)
        claims = extract_claims(articles)
        alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
        return [c for c in find_conflicts(claims, alignment, entities, articles) if c.kind == "name"]

    one = "Finance Minister Marta Velgrun told the assembly on Monday that the budget would be cut."
    other = "Finance Minister Greta Velgrun told the assembly on Monday that the budget would be cut."
    third = "The cuts were announced by Marta Velgrun, who spoke to the assembly on Monday."
    # two articles, two first names: nothing tells which is right, so the articles disagree
    assert names(one, other)
    # a third article agrees with the first: the lone "Greta" is a garbled form, not a conflict
    assert not names(one, other, third)


def test_a_third_article_with_the_same_figure_under_the_same_tally_joins_its_side():
    conflicts = _conflicts_n(
        "A gas leak at the chemical plant in Orbeck sent 27 people to hospital on Monday.",
        "A gas leak at the chemical plant in Orbeck left 35 persons needing treatment in hospital on Monday.",
        "Some 900 residents were moved out of the district, and 27 were taken to Orbeck Central and St Ivo's hospitals.",
    )
    numbers = [c for c in conflicts if c.kind == "number"]
    assert len(numbers) == 1
    groups = {}
    for side in numbers[0].sides:
        groups.setdefault(side.group, set()).add(side.article)
    assert sorted(groups.values(), key=len) == [{"a2"}, {"a1", "a3"}]


def test_a_third_article_joins_a_day_side_told_with_its_weekday_and_date():
    conflicts = _conflicts_n(
        "Hackers who broke into the city's payroll system have published data, a week after the city detected the breach on Sunday, 9 March.",
        "Payroll chaos grips the city hall. Officials are still counting the cost to staff. "
        "The breach of the payroll system, which the city says it detected on Sunday 9 March, shows years of neglect.",
        "The breach was detected on Saturday, 8 March, when the national centre saw unusual traffic on the payroll system.",
    )
    dates = [c for c in conflicts if c.kind == "date"]
    assert len(dates) == 1
    groups = {}
    for side in dates[0].sides:
        groups.setdefault(side.group, set()).add(side.article)
    assert sorted(groups.values(), key=len) == [{"a3"}, {"a1", "a2"}]


def test_the_day_of_a_side_told_with_its_weekday_is_its_date():
    from rashomon.comparison.conflicts.common import Side
    from rashomon.comparison.conflicts.sides import _day_of
    from rashomon.model import Claim, Value

    text = "The breach was detected on Sunday, 9 March."
    weekday = Value(kind="weekday", text="Sunday", normalized="sunday", start=26, end=32)
    date = Value(kind="date", text="9 March", normalized="????-03-09", start=34, end=41)
    claim = Claim(id="a1.s1", article="a1", sentence="a1.s1", text=text, start=0, end=len(text), values=(weekday, date))
    assert _day_of(Side(claim=claim, value="Sunday, 9 March", normalized="9 March", start=26, end=41)) is date
    assert _day_of(Side(claim=claim, value="Sunday", normalized="sunday", start=26, end=32)) is weekday


def test_a_finding_is_not_absorbed_into_its_own_rebuilt_copy():
    from rashomon.comparison.conflicts.merging import _absorb
    from rashomon.model import Conflict, ConflictSide

    def side(article, value, start, group):
        return ConflictSide(article=article, sentence=f"{article}.s1", text="", value=value, start=start,
                            end=start + len(value), normalized=value, group=group)

    full = Conflict(kind="date", explanation="the day: a1 says “Sunday, 9 March”; a2 says “Saturday, 8 March”",
                    sides=(side("a1", "Sunday, 9 March", 10, 0), side("a2", "Saturday, 8 March", 10, 1)))
    part = Conflict(kind="date", explanation="the day: a1 says “Sunday”; a2 says “Saturday”",
                    sides=(side("a1", "Sunday", 10, 0), side("a2", "Saturday", 10, 1)))
    assert len(_absorb([part, full])) == 1


def test_a_third_article_stating_one_sides_figure_joins_that_side():
    conflicts = _conflicts_n(
        "The ferry had left Port Imre on Sunday night with about 120 people on board, the coastguard said.",
        "The ferry left Port Imre on Sunday night with around 70 people on board, according to the coastguard.",
        "On Sunday night the ferry sailed from the port of Imre, carrying nearly one hundred and twenty passengers.",
    )
    (found,) = [c for c in conflicts if c.kind == "number"]
    groups = {}
    for s in found.sides:
        groups.setdefault(s.group, set()).add(s.article)
    assert sorted(groups.values(), key=len) == [{"a2"}, {"a1", "a3"}]


def test_a_third_article_telling_the_same_proposition_joins_the_side_its_figure_agrees_with():
    # "lots" and "batches" count one thing: a3's claim is aligned with a1's and states its figure
    conflicts = _conflicts_n(
        "The regulator ordered Orvalis to recall 14 batches of the blood pressure drug Tensavel on Monday.",
        "The regulator ordered Orvalis to recall a staggering 40 batches of the blood pressure drug Tensavel.",
        "On Monday the regulator ordered Orvalis to call back fourteen production lots of the blood pressure drug Tensavel.",
    )
    (found,) = [c for c in conflicts if c.kind == "number"]
    groups = {}
    for s in found.sides:
        groups.setdefault(s.group, set()).add(s.article)
    assert sorted(groups.values(), key=len) == [{"a2"}, {"a1", "a3"}]


def test_a_third_article_stating_one_sides_date_joins_that_side():
    conflicts = _conflicts_n(
        "Voters will elect a president on May 4, the electoral commission said on Monday.",
        "Voters will elect a president on May 11, the electoral commission said on Monday.",
        "On May 4, the country can turn the page.",
    )
    (found,) = [c for c in conflicts if c.kind == "date"]
    groups = {}
    for s in found.sides:
        groups.setdefault(s.group, set()).add(s.article)
    assert sorted(groups.values(), key=len) == [{"a2"}, {"a1", "a3"}]


def test_a_third_telling_of_a_disputed_quotation_joins_the_side_whose_words_it_keeps():
    conflicts = _conflicts_n(
        'Karavel told reporters: "This verdict was written in the prime minister\'s office, not in this courtroom."',
        'Karavel shouted: "This verdict was written in the prime minister\'s office."',
        'Karavel said: "This verdict was written in the office of the president, not in this court hall."',
    )
    (found,) = [c for c in conflicts if c.kind == "quote"]
    groups = {}
    for s in found.sides:
        groups.setdefault(s.group, set()).add(s.article)
    assert sorted(groups.values(), key=len) == [{"a3"}, {"a1", "a2"}]


def test_a_telling_found_to_differ_from_a_side_never_joins_it_by_shared_words():
    # a1 and a2 share their English words against a3's translation, but a2 drops a1's negation
    conflicts = _conflicts_n(
        'The director told reporters: "Patients should not stop taking their medicine without first speaking to their doctor or pharmacist."',
        'The chief told reporters: "Patients should stop taking their medicine and speak to their doctor or pharmacist."',
        'The minister told reporters: "Patients should not break off the taking of their medicine, without before having spoken with their doctor or pharmacist."',
    )
    for found in [c for c in conflicts if c.kind == "quote"]:
        group = {s.article: s.group for s in found.sides}
        assert not ("a1" in group and "a2" in group and group["a1"] == group["a2"]), found.explanation


def test_a_headline_is_aligned_with_what_its_body_retelling_is_aligned_with():
    from rashomon.comparison.conflicts import _aligned_through
    from rashomon.comparison.conflicts.common import Agreeing, Side

    articles = [
        make_article("a1", "Brannock to shut Holt bakery, cutting 420 jobs\n\nBrannock Foods will end production in Holt, eliminating 420 jobs."),
        make_article("a2", "Brannock Foods will end production in Holt, which concerns 420 people."),
    ]
    headline, lead, third = extract_claims(articles)
    retold = [Agreeing(Side(claim=headline, value="420", normalized="420", start=0, end=0),
                       Side(claim=lead, value="420", normalized="420", start=0, end=0))]
    aligned = {(lead.id, third.id), (third.id, lead.id)}
    assert _aligned_through(retold, aligned) == {(headline.id, third.id), (third.id, headline.id)}


def _lead_day_finding(*third_leads):
    """A weekday finding between two leads (Thursday / Wednesday, 12 June) and what
    :func:`lead_sides` adds from third articles whose leads are ``third_leads``."""
    import numpy as np

    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts.common import Disagreement, Side
    from rashomon.comparison.conflicts.sides import lead_sides
    from tests.conftest import make_article

    texts = [
        "The harbour authority of Harlow closed the northern quay on Thursday after divers found a crack in the sea wall.",
        "The harbour authority of Harlow closed the northern quay on Wednesday, 12 June, after divers found a crack.",
        *third_leads,
    ]
    articles = [make_article(f"a{i + 1}", t, f"Outlet {'ABCDE'[i]}") for i, t in enumerate(texts)]
    claims = extract_claims(articles)

    def side(article, start_word, end_word):
        claim = next(c for c in claims if c.article == article)
        start = claim.start + claim.text.index(start_word)
        end = claim.start + claim.text.index(end_word) + len(end_word)
        return Side(claim=claim, value=claim.text[start - claim.start : end - claim.start], normalized=claim.text[start - claim.start : end - claim.start], start=start, end=end)

    found = Disagreement("date", "the day of the event", side("a1", "Thursday", "Thursday"), side("a2", "Wednesday", "12 June"))
    index = {c.id: k for k, c in enumerate(claims)}
    added = lead_sides([found], [], claims, np.ones((len(claims), len(claims))), 0.5, index)
    return [(g.a.claim.article, g.b.claim.article, g.b.value) for g in added]


def test_another_articles_lead_weekday_joins_the_side_it_names_and_not_the_other():
    # the first weekday of the lead is another day's ("woke up on Friday"); the second is the event's
    assert _lead_day_finding(
        "Grain traders woke up on Friday to a port in turmoil. Port officials barred ships from the quay on Thursday."
    ) == [("a1", "a3", "Thursday")]
    assert _lead_day_finding("Port officials barred ships from the quay on Wednesday.") == [("a2", "a3", "Wednesday")]


def test_a_lead_with_both_weekdays_or_neither_joins_no_side():
    assert _lead_day_finding("Divers saw the crack on Wednesday and the quay was shut on Thursday.") == []
    assert _lead_day_finding("Grain traders woke up on Friday to a port in turmoil.") == []
    # a day to come is no day of the event
    assert _lead_day_finding("The quay will reopen on Thursday, port officials hope.") == []
    # "last Thursday" in a lead is mostly background to the event it tells
    assert _lead_day_finding("The inspector, silent since his survey began last Thursday, spoke to the port on Friday.") == []


def test_a_third_lead_is_read_past_a_headline_written_with_its_full_stop():
    assert _lead_day_finding(
        "They shut our port. We will not forget. Port officials barred ships from the quay on Thursday."
    ) == [("a1", "a3", "Thursday")]


def _ring_conflict(fourth_joins_with: str):
    """a1 says 1,200 and a3 says 2,000 (the core); a3 against a4's 1,200; a2's figure agrees
    with a4's only (``fourth_joins_with``: a2's figure as written)."""
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts.common import Agreeing, Disagreement
    from rashomon.comparison.conflicts.merging import merge
    from rashomon.comparison.conflicts.values import number_side
    from tests.conftest import make_article

    claims = extract_claims([
        make_article("a1", "About 1,200 people left the valley before the dam gave way."),
        make_article("a2", f"The dam gave way after {fourth_joins_with} people had left the valley."),
        make_article("a3", "Around 2,000 people left the valley before the dam gave way."),
        make_article("a4", "Some 1,200 people were moved out of the valley before the dam broke."),
    ])
    figure = {c.article: number_side(c, next(v for v in c.values if v.kind == "number")) for c in claims}
    found = [
        Disagreement("number", "how many", figure["a1"], figure["a3"]),
        Disagreement("number", "how many", figure["a3"], figure["a4"]),
    ]
    (conflict,) = merge(found, [Agreeing(figure["a4"], figure["a2"])], {a: a for a in figure})
    groups = {}
    for side in conflict.sides:
        groups.setdefault(side.group, set()).add(side.article)
    return sorted(groups.values(), key=len)


def test_an_article_agreeing_with_a_side_found_beside_the_core_joins_that_sides_group():
    assert _ring_conflict("1,200") == [{"a3"}, {"a1", "a2", "a4"}]


def test_an_article_agreeing_with_one_member_of_a_group_only_takes_no_side():
    # a2's 1,150 is given as agreeing with a4's 1,200, but it is not a1's figure: it fits one member only
    assert _ring_conflict("1,150") == [{"a3"}, {"a1", "a4"}]


def _joined_to_the_unit(first: str, second: str, third: str, aligned: bool = True):
    """The sides :func:`third_sides` adds from ``third`` to a finding between ``first`` and ``second``."""
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts.common import Disagreement
    from rashomon.comparison.conflicts.sides import third_sides
    from rashomon.comparison.conflicts.values import number_side
    from tests.conftest import make_article

    claims = extract_claims([make_article(a, t) for a, t in (("a1", first), ("a2", second), ("a3", third))])
    (a1, a2), a3 = [c for c in claims if c.article != "a3"], next(c for c in claims if c.article == "a3")
    found = Disagreement("number", "how many", number_side(a1, next(v for v in a1.values if v.kind == "number")),
                         number_side(a2, next(v for v in a2.values if v.kind == "number")))
    numbers = {c.article: [(c, v) for v in c.values if v.kind == "number"] for c in claims}
    pairs = {(a1.id, a3.id), (a3.id, a1.id), (a2.id, a3.id), (a3.id, a2.id)} if aligned else set()
    return [(g.a.claim.article, g.b.value) for g in third_sides([found], numbers, pairs)]


def test_a_count_told_to_the_unit_in_an_aligned_sentence_joins_its_side_whatever_it_counts():
    first, second = "The harbour bill won 212 votes in the council.", "The harbour bill won 218 votes in the council."
    assert _joined_to_the_unit(first, second, "Only 212 councillors backed the harbour bill, and 140 opposed it.") == [("a1", "only 212")]
    # not aligned, and nothing around it tells the same count
    assert _joined_to_the_unit(first, second, "Some 212 people came to the town fair.", aligned=False) == []


def test_only_a_large_count_to_the_unit_and_not_the_others_is_told_to_the_unit():
    from rashomon.comparison.conflicts.sides import _told_to_the_unit
    from rashomon.model import Value

    def count(n, counted="", unit=""):
        return Value(kind="number", text=str(n), normalized=str(n), start=0, end=len(str(n)), counted=counted, unit=unit, low=float(n), high=float(n))

    assert _told_to_the_unit(count(212, "votes"), count(212, "councillors"), count(218, "votes"))
    assert not _told_to_the_unit(count(3, "traders"), count(3, "stalls"), count(4, "traders"))  # a small count may count anything
    assert not _told_to_the_unit(count(212, "votes"), count(213, "councillors"), count(218, "votes"))  # not to the unit
    assert not _told_to_the_unit(count(40, "hours"), count(40, "hours"), count(72, "hours"))  # a measure, not a count


def test_a_headline_quotation_told_whole_in_the_body_gives_the_finding_its_body_sentence():
    from rashomon.comparison.conflicts.common import is_headline
    from rashomon.model import Claim

    headline = 'Row over Orlund harbour: "We never sold a single permit"'
    assert is_headline(Claim(id="a2.s1", article="a2", sentence="a2.s1", text=headline, start=0, end=len(headline)))
    # the two whole tellings differ twice (a translation's), the headline's excerpt once: the
    # finding is found on the headline and told with the body sentence that holds its words
    conflicts = _conflicts_n(
        'The harbour master told the council: "We never sold a permit to anyone from outside the town. We will fight to clear our name."',
        headline + '\n\nThe harbour master defended the office. "We never sold a single permit to anyone from outside the town. '
        'We will fight for our good name," he told the council.',
    )
    (found,) = [c for c in conflicts if c.kind == "quote"]
    told = {s.article: s.text for s in found.sides}
    assert "defended" not in told["a2"] and "told the council" in told["a2"]


def test_a_third_article_telling_the_very_figure_of_a_kind_joins_its_side():
    from rashomon.comparison.conflicts.sides import _one_figure_of_a_kind

    def figure_of(text):
        claim = extract_claims([make_article("a1", text)])[0]
        return next(v for v in claim.values if v.kind == "number")

    hens = figure_of("Vets culled about 240,000 hens on nine farms.")
    assert _one_figure_of_a_kind(hens, figure_of("The loss of 240,000 birds hit the region hard."))  # hens are birds
    assert not _one_figure_of_a_kind(figure_of("Vets culled about 240,000 chickens."), figure_of("The fair drew 240,000 visitors."))
    assert not _one_figure_of_a_kind(figure_of("Vets culled 40 hens."), figure_of("The loss of 40 birds hit them."))  # too round to tell


def _groups(conflict):
    groups = {}
    for side in conflict.sides:
        groups.setdefault(side.group, set()).add(side.article)
    return sorted(groups.values(), key=len)


def test_a_third_article_telling_a_sides_figure_to_the_decimal_joins_that_side():
    conflicts = _conflicts_n(
        "Unemployment in the province of Valmora stood at 7.3 percent in March, the statistics office said.",
        "Unemployment in the province of Valmora reached 6.8 percent in March, the statistics office said.",
        "Because joblessness climbed 7.3% over the winter, the governor promised new training schemes.",
    )
    numbers = [c for c in conflicts if c.kind == "number"]
    assert len(numbers) == 1
    assert _groups(numbers[0]) == [{"a2"}, {"a1", "a3"}]


def test_a_decimal_figure_hedged_whole_or_told_twice_in_the_third_article_joins_no_side():
    from rashomon.comparison.conflicts.sides import _same_fraction
    from rashomon.model import Value

    def pct(text, normalized, qualifier=""):
        return Value(kind="number", text=text, normalized=normalized, start=0, end=len(text), unit="%", qualifier=qualifier,
                     low=None if qualifier else float(normalized), high=None if qualifier else float(normalized))

    assert _same_fraction(pct("7.3 percent", "7.3"), pct("7.3%", "7.3"), pct("6.8 percent", "6.8"))
    assert not _same_fraction(pct("7.3 percent", "7.3"), pct("about 7.3%", "7.3", "about"), pct("6.8 percent", "6.8"))
    assert not _same_fraction(pct("7 percent", "7"), pct("7%", "7"), pct("6 percent", "6"))
    from rashomon.comparison.conflicts.sides import _told_once

    once, twice = pct("7.3%", "7.3"), pct("7.3%", "7.3")
    assert _told_once([(None, once), (None, pct("2.1%", "2.1"))], once)
    assert not _told_once([(None, once), (None, twice)], once)


def test_the_explanation_quotes_each_figure_a_side_holds_as_its_outlets_wrote_it():
    """Figures that fit one side ("about 1,200", "about 1,300", "1,200") are each told with the
    articles that wrote them: the explanation said "a1, a2 and a4 say “about 1,200”" while a2
    wrote "about 1,300" (the sides listed below it were right; the one line was not)."""
    conflicts = _conflicts_n(
        "About 1,200 residents of Dornhaven were evacuated on Tuesday after a chlorine leak at the Vessel Chemicals plant, officials said.",
        "Officials said about 1,300 people were evacuated from the area around the Vessel Chemicals plant in Dornhaven on Tuesday after a chlorine leak.",
        "Some 2,100 residents of Dornhaven fled their homes on Tuesday when a chlorine tank ruptured at the Vessel Chemicals plant.",
        "Authorities evacuated 1,200 people in Dornhaven on Tuesday after chlorine leaked at the Vessel Chemicals plant.",
    )
    numbers = [c for c in conflicts if c.kind == "number"]
    assert len(numbers) == 1
    told = numbers[0].explanation.split(": ", 1)[1]
    for side in numbers[0].sides:  # every side's figure is in the line, and no article is said to write another's
        assert f"“{side.value}”" in told
    assert "a1 says “about 1,200”" in told and "a2 says “about 1,300”" in told and "a4 says “1,200”" in told
    assert told.endswith("; a3 says “some 2,100”")


def test_one_figure_spelt_two_ways_on_one_side_is_told_once():
    conflicts = _conflicts_n(
        "Fourteen people were hurt when the stage at the Orsk festival collapsed on Saturday night.",
        "The stage at the Orsk festival collapsed on Saturday night and 14 people were hurt.",
        "The Orsk festival stage collapsed on Saturday night; 41 people were hurt, the organisers said.",
    )
    numbers = [c for c in conflicts if c.kind == "number"]
    assert len(numbers) == 1
    told = numbers[0].explanation.split(": ", 1)[1]
    assert told.count(";") == 1 and told.endswith("a3 says “41”"), told
    assert "“Fourteen”" in told and "“14”" in told
