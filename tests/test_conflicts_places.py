from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.entities import resolve_entities
from tests.conftest import make_article


def _names(*texts):
    articles = [make_article(f"a{k + 1}", t) for k, t in enumerate(texts)]
    entities = resolve_entities(articles)
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    return [c for c in find_conflicts(claims, alignment, entities, articles) if c.kind == "name"]


def test_the_same_group_brought_to_differently_named_places():
    (found,) = _names(
        "The survivors were landed at Porto Ferrin on Wednesday afternoon after the rescue.",
        "The survivors were transferred to the port of Marsena on Wednesday after the rescue.",
    )
    assert {s.value for s in found.sides} == {"Porto Ferrin", "Marsena"}
    assert found.explanation.startswith("where the survivors were ")


def test_a_spelling_of_one_place_is_no_conflict():
    assert not _names(
        "The survivors were landed at Porto Ferrin on Wednesday afternoon after the rescue.",
        "The survivors were transferred to Porto Ferin on Wednesday after the rescue.",
    )


def test_no_place_is_read_from_a_month_an_acronym_or_a_thing_called_by_name():
    from rashomon.comparison.claims.places import read_places
    from rashomon.comparison.conflicts.places import _no_place
    from rashomon.model import Claim

    for text in ("The receiver was arrested on Jan. 6 near the stadium.", "She had taken in a dog called Fenn."):
        claim = Claim(id="a1.s0", article="a1", sentence="a1.s0", text=text, start=0, end=len(text))
        places = read_places(text, 0)
        assert places and all(_no_place(claim, place, "", set()) for place in places), text
    text = "The receiver was arrested in Oslo on Friday."
    claim = Claim(id="a1.s0", article="a1", sentence="a1.s0", text=text, start=0, end=len(text))
    assert not any(_no_place(claim, place, "", set()) for place in read_places(text, 0))


def test_the_second_of_two_passive_verbs_has_the_first_ones_subject():
    (found,) = _names(
        "The survivors were landed at Porto Ferrin on Wednesday afternoon after the rescue.",
        "All 41 survivors were rescued by patrol boats and transferred to the port of Marsena on Wednesday.",
    )
    assert {s.value for s in found.sides} == {"Porto Ferrin", "Marsena"}


def test_a_place_named_with_another_point_of_the_compass():
    (found,) = _names(
        "The contract for the Northern Ring motorway was awarded in 2019, the court found.",
        "The contract for the Eastern Ring motorway was awarded in 2019, the court found.",
    )
    assert {s.value for s in found.sides} == {"Northern Ring", "Eastern Ring"}
    assert found.explanation.startswith("which Ring")


def test_two_points_of_the_compass_in_one_article_are_two_places():
    assert not _names(
        "The Northern Ring motorway and the Eastern Ring motorway were both built by the firm.",
        "The contract for the Eastern Ring motorway was awarded in 2019, the court found.",
    )


def test_two_places_the_gazetteer_knows_are_no_compass_variants():
    assert not _names(
        "North Korea fired a ballistic missile into the sea on Monday, officials said.",
        "South Korea said a ballistic missile was fired into the sea on Monday.",
    )


def test_a_town_and_the_country_the_story_puts_it_in_are_one_place():
    for first, second in (("Darnholt", "Velmaria"), ("Velmaria", "Darnholt")):
        assert not _names(
            f"The ferry passengers were held in {first} on Monday after the outbreak, officials said.",
            f"The ferry passengers were held in {second} on Monday after the outbreak, officials said. "
            "Health officers in the Velmarian port of Darnholt confirmed the cases on Tuesday.",
        ), first


def test_two_towns_of_one_country_still_disagree():
    (found,) = _names(
        "DARNHOLT, Velmaria - The ferry passengers were held in Darnholt on Monday after the outbreak, officials said.",
        "KORVIK, Velmaria - The ferry passengers were held in Korvik on Monday after the outbreak, officials said.",
    )
    assert {s.value for s in found.sides} == {"Darnholt", "Korvik"}


def test_compass_variants_the_resolver_joined_as_one_place():
    (found,) = _names(
        "The accident closed the Northern Ring motorway for six hours.",
        "The accident closed the Southern Ring motorway for six hours.",
    )
    assert {s.value for s in found.sides} == {"Northern Ring", "Southern Ring"}


def test_a_building_and_a_town_are_two_levels_of_one_place():
    assert not _names(
        "The suspect was arrested at the Grand Orvo hotel on Sunday, police said.",
        "The suspect was arrested in Kerrow on Sunday, police said.",
    )


def test_a_boat_lost_off_two_coasts():
    (found,) = _names(
        "The fishing boat sank off Kerrow early on Saturday with six crew aboard.",
        "The fishing boat sank off Danmouth early on Saturday with six crew aboard.",
    )
    assert {s.value for s in found.sides} == {"Kerrow", "Danmouth"}


def test_the_explanation_names_the_group_as_written_not_by_its_stem():
    # the subject is compared by its stem, and shown as the sentence writes it
    (found,) = _names(
        "The stranded climbers were flown to Kessel Ridge on Monday morning after the storm.",
        "The stranded climbers were taken to the valley town of Darrowby on Monday after the storm.",
    )
    assert found.explanation.startswith("where the climbers were ")
