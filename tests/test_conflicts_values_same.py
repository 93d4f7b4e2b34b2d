"""Which figure of a sentence is the same quantity as another article's (conflicts/values.py,
conflicts/figure_roles.py, and the doers of conflicts/__init__.py): a part of a group told "of
them", a figure the other sentence also states, a span told in two units, a plan, a shortfall,
a name that is only the agent of the subject's phrase."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.conflicts.values import tally_of
from rashomon.comparison.entities import resolve_entities
from tests.conftest import make_article


def _numbers(*texts, resolve=False):
    """The number conflicts of the articles; ``resolve``: with the entity stage's entities."""
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    entities = resolve_entities(articles) if resolve else ()
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    return [c for c in find_conflicts(claims, alignment, entities, articles) if c.kind == "number"]


def test_a_part_of_a_group_told_of_them_is_no_count_of_the_group():
    assert not _numbers(
        "The agency employs about 60 staff, nearly a dozen of them inspectors.",
        "The council dismissed five inspectors.",
    )


def test_three_of_them_with_no_group_counted_before_is_still_compared():
    numbers = _numbers(
        "The council dismissed five inspectors on Monday, and three of them appealed.",
        "The council dismissed seven inspectors on Monday.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["five", "seven"]]


def test_a_figure_the_other_sentence_also_states_is_no_disagreement():
    # the threshold told in both, the result beside it in one: no conflict over the threshold
    assert not _numbers(
        "The bill needed 201 votes to pass the chamber.",
        "The bill won 187 votes in the chamber, 14 short of the 201 needed.",
    )


def test_a_figure_of_another_tally_in_the_other_sentence_does_not_hide_a_disagreement():
    numbers = _numbers(
        "Three workers were killed in the blast at the refinery.",
        "Two workers were killed and three were injured in the blast at the refinery.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["Three", "Two"]]


def test_a_span_in_hours_and_minutes_agrees_with_a_near_round_one():
    assert not _numbers(
        "The hearing in the chamber lasted almost four hours.",
        "The hearing in the chamber, which lasted three hours and 45 minutes, ended in uproar.",
    )


def test_a_plan_for_some_of_a_group_is_no_count_of_the_group():
    # the counted noun is all the two figures share: one is what will be done, the other what is
    assert not _numbers(
        "Around 300 buses will be moved to other towns, the regional transport authority of Pellmar announced.",
        "Nearly 900 buses are parked in the old city, the regional transport authority of Pellmar announced.",
    )


def test_two_plans_with_only_the_noun_in_common_are_still_compared():
    numbers = _numbers(
        "Around 300 buses will be moved to other towns, the regional transport authority of Pellmar announced.",
        "About 500 buses would be sent to the coast, the regional transport authority of Pellmar announced.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["about 500", "around 300"]]


def test_a_shortfall_is_no_count_of_what_was_won():
    numbers = _numbers(
        "The council motion fell 9 votes short of the majority, and it won 41 votes.",
        "The council motion won 40 votes on Tuesday.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["40", "41"]]


def test_a_name_after_by_names_who_brought_the_subject_not_who_did_the_act():
    numbers = _numbers(
        "The council motion won 41 votes on Tuesday, and Mayor Ivo Stanek stayed in office.",
        "The council motion brought by opposition leader Hana Brodsky won 44 votes on Tuesday.",
        resolve=True,
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["41", "44"]]


def test_those_who_fled_and_the_evacuated_are_one_tally():
    numbers = _numbers(
        "The flood forced the evacuation of 2,300 residents from the river villages on Monday.",
        "Some 3,500 villagers fled the river villages as the flood rose on Monday.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["2,300", "some 3,500"]]


def test_a_headline_in_capitals_names_no_doer_and_its_figure_stands_on_the_body():
    numbers = _numbers(
        "The flood forced the evacuation of 2,300 residents from the river villages on Monday, Mayor Ilse Varga said.",
        "FLOOD HORROR: 3,500 FLEE AS RIVER BURSTS\nMore than 3,500 people were pulled from their homes as the river burst its banks.",
        resolve=True,
    )
    assert len(numbers) == 1
    assert {s.text for s in numbers[0].sides if s.article == "a2"} == {
        "More than 3,500 people were pulled from their homes as the river burst its banks."
    }


def test_two_deadlines_for_one_act_are_one_span():
    numbers = _numbers(
        "VELLMOR, May 3 (Coastwire) - The ministry ordered the two reporters out, giving them 24 hours to leave the country.",
        "The two reporters must leave the country within five days, the ministry said.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["24 hours", "five days"]]
    # deadlines for two acts are two spans
    assert not _numbers(
        "The two reporters were given 24 hours to appeal the order of the ministry.",
        "The two reporters must leave the country within five days, the ministry said.",
    )


def test_time_left_until_a_stated_date_is_still_no_deadline():
    # each outlet counts the months left from the day it wrote
    assert not _numbers(
        "The rules take effect on March 1, 2028, giving firms about 16 months to comply with them.",
        "The rules take effect on March 1, 2027, leaving firms less than four months to comply.",
    )


def test_two_lead_times_before_one_event_told_with_the_same_words_are_one_span():
    numbers = _numbers(
        "The port authority said it received the storm warning two days before the landfall.",
        "The port authority said it received the storm warning only 20 hours before the storm hit.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["only 20 hours", "two days"]]


def test_who_says_so_between_commas_does_not_end_the_figures_clause():
    numbers = _numbers(
        "About 800 villagers were evacuated from the valley after the dam cracked.",
        "Some 1,500 people, according to local officials, were evacuated from the valley.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["about 800", "some 1,500"]]


def test_two_places_joined_after_of_do_not_end_the_figures_clause():
    (claim,) = extract_claims([make_article("a1", "About 800 residents of Dovrin and three nearby farms were evacuated.")])
    (figure,) = [v for v in claim.values if v.kind == "number" and v.text == "800"]
    assert tally_of(claim, figure) == {"evacuated"}
    # "and" before another clause still ends it
    (claim,) = extract_claims([make_article("a1", "About 800 residents of Dovrin stayed and the farms were evacuated.")])
    (figure,) = [v for v in claim.values if v.kind == "number"]
    assert not tally_of(claim, figure)


def test_a_figure_among_a_tallied_group_is_a_part_of_it():
    # "Among the dead were three children": some of the dead, no count of them
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts.figure_roles import is_part
    from tests.conftest import make_article

    claim = extract_claims([make_article("a1", "Among the dead were three children, the health office said.")])[0]
    three = next(v for v in claim.values if v.kind == "number")
    assert is_part(claim, three)
    whole = extract_claims([make_article("a1", "The dead were three children, the health office said.")])[0]
    assert not is_part(whole, next(v for v in whole.values if v.kind == "number"))


def test_two_figures_rounded_with_about_agree_only_within_a_unit_of_their_rounding():
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts.values import numbers_agree
    from tests.conftest import make_article

    def figure_of(text):
        claim = extract_claims([make_article("a1", text)])[0]
        return next(v for v in claim.values if v.kind == "number")

    sheep = figure_of("Vets culled about 380,000 sheep on the island.")
    assert not numbers_agree(sheep, figure_of("Vets culled about 480 thousand sheep on the island."))  # their 15% intervals meet
    assert numbers_agree(sheep, figure_of("Vets culled about 400,000 sheep on the island."))  # 380,000 rounds to it
    assert numbers_agree(figure_of("About 50 boats sank."), figure_of("Around 47 boats sank."))
    assert not numbers_agree(sheep, figure_of("Vets culled 480,000 sheep on the island."))  # as before: out of "about"



def _distances(*texts):
    """Each article's first claim and its first figure, and the measures each article states once."""
    from rashomon.comparison.conflicts.values import sole_measures

    articles = [make_article(f"a{i + 1}", t) for i, t in enumerate(texts)]
    claims = extract_claims(articles)
    numbers = {a.id: [(c, v) for c in claims if c.article == a.id for v in c.values if v.kind == "number"] for a in articles}
    firsts = [numbers[a.id][0] for a in articles]
    return firsts, sole_measures(numbers)


_COLLISION_A = "A cargo ship collided with a trawler in thick fog off the northern cape, about 30 kilometres from the harbour."
_COLLISION_B = "Coastguards said 45 kilometres out, the cargo ship struck the trawler in thick fog near the cape."


def test_each_articles_one_distance_in_alike_sentences_is_one_quantity():
    # nothing close to the two figures says what they measure, but each article states one
    # distance only, and the two sentences tell the same collision once the figures are left out
    from rashomon.comparison.conflicts.values import shared_context

    ((a, va), (b, vb)), sole = _distances(_COLLISION_A + " The crews were unhurt.", _COLLISION_B + " Nobody was hurt.")
    assert shared_context(a, va, b, vb) is None
    assert shared_context(a, va, b, vb, sole=sole) is not None


def test_an_article_with_two_distances_pairs_neither_by_kind_alone():
    from rashomon.comparison.conflicts.values import shared_context

    ((a, va), (b, vb)), sole = _distances(_COLLISION_A + " A tug sailed 12 kilometres to reach them.", _COLLISION_B)
    assert shared_context(a, va, b, vb, sole=sole) is None


def test_one_distance_each_in_sentences_of_little_in_common_is_not_one_quantity():
    from rashomon.comparison.conflicts.values import shared_context

    ((a, va), (b, vb)), sole = _distances(
        "The freighter sank about 30 kilometres from the harbour.", "Some 45 kilometres of coast were closed to boats.",
    )
    assert shared_context(a, va, b, vb, sole=sole) is None


def test_two_sums_whose_first_noun_modifies_two_other_nouns_are_two_quantities():
    # "a $4bn steel mill" is the mill's cost, "a $1bn steel giveaway" the giveaway's: "steel" names neither
    from rashomon.comparison.conflicts.values import shared_context

    def shared(a, b):
        ca, cb = extract_claims([make_article("a1", a)])[0], extract_claims([make_article("a2", b)])[0]
        return shared_context(ca, ca.values[0], cb, cb.values[0])

    assert shared("Ostrava Metals to build $4bn steel mill in Dervan with state support",
                  "Voss's $1bn steel giveaway: taxpayers foot the bill for a foreign giant") is None
    # the same compound, or a sum with no compound, still names one quantity
    assert shared("Ostrava Metals to build $4bn steel mill in Dervan with state support",
                  "Voss backs $3bn steel mill: taxpayers foot the bill for a foreign giant") is not None
    assert shared("Ostrava Metals to build $4bn steel mill in Dervan with state support",
                  "Voss backs $3bn steel: taxpayers foot the bill for a foreign giant") is not None
    # the same compound told with two sums disagrees
    numbers = _numbers(
        "Ostrava Metals will build a $4bn steel mill in Dervan, the government said.",
        "Ostrava Metals will build a $3bn steel mill in Dervan, the government said on Monday.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["3bn", "4bn"]]
