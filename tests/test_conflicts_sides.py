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


def test_a_third_article_telling_the_very_figure_of_a_kind_joins_its_side():
    from rashomon.comparison.conflicts.sides import _one_figure_of_a_kind

    def figure_of(text):
        claim = extract_claims([make_article("a1", text)])[0]
        return next(v for v in claim.values if v.kind == "number")

    hens = figure_of("Vets culled about 240,000 hens on nine farms.")
    assert _one_figure_of_a_kind(hens, figure_of("The loss of 240,000 birds hit the region hard."))  # hens are birds
    assert not _one_figure_of_a_kind(figure_of("Vets culled about 240,000 chickens."), figure_of("The fair drew 240,000 visitors."))
    assert not _one_figure_of_a_kind(figure_of("Vets culled 40 hens."), figure_of("The loss of 40 birds hit them."))  # too round to tell
