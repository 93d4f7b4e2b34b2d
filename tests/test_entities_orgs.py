"""entities.orgs and the resolver's organisation steps: an office is no misspelling of its holder,
and an article that names one body two ways is varying its words, not garbling a name."""

from __future__ import annotations

from rashomon.comparison.entities import resolve_entities
from rashomon.comparison.entities.orgs import holder_and_office
from rashomon.model import Article

from entity_helpers import entity_of, make, suspects as flagged_of


def flagged(articles: list[Article]) -> dict[str, str]:
    return {s.text: s.reason for e in resolve_entities(articles) for s in e.suspect}


def test_an_office_holder_and_the_office_differ_by_an_ending_not_by_a_misspelling() -> None:
    assert holder_and_office("minister", "ministry")
    assert holder_and_office("presidency", "president")
    assert holder_and_office("secretary", "secretariat")
    assert not holder_and_office("halvorsen", "halvorson")  # a garbled surname still differs
    assert not holder_and_office("minister", "ministerium")


def test_the_holders_title_beside_the_office_is_not_flagged() -> None:
    found = flagged([
        make("m1", "The Ministry of Harbours fined the owner. The Minister of Harbours, Ada Lenk, said the fine was fair."),
        make("m2", "The harbour fine was paid on Monday, Ada Lenk said."),
    ])
    assert "Minister of Harbours" not in found and "Ministry of Harbours" not in found


def test_one_article_naming_a_body_two_ways_flags_neither_name() -> None:
    one_article = flagged([
        make("v1", "The High Court of Norland upheld the ban. Later the High Tribunal of Norland published its reasons."),
        make("v2", "The ban stays, the High Court said."),
    ])
    assert not any("of Norland" in name for name in one_article)
    # a translated article that only ever uses the other name is still flagged
    translated = flagged([
        make("w1", "The High Court of Norland upheld the ban. The High Court of Norland published its reasons."),
        make("w2", "The High Court of Norland said the ban stays."),
        make("w3", "The High Tribunal of Norland confirmed the prohibition."),
    ])
    assert translated.get("High Tribunal of Norland", "").startswith("named differently")


def test_a_saints_name_written_in_another_language_is_the_same_body() -> None:
    from rashomon.comparison.entities.orgs import org_words, same_body

    hospital = org_words("San Vitrio University Hospital", set())
    assert same_body(hospital, org_words("University Hospital Saint Vitrio", set()))
    assert not same_body(hospital, org_words("University Hospital Saint Orsola", set()))  # another saint


def test_eu_in_a_bodys_name_is_european_a_variant_never_a_flag() -> None:
    from entity_helpers import entity_of

    articles = [
        make("e1", "The European Parliament voted on the fishing quota. The European Parliament met in March."),
        make("e2", "The European Parliament debated the quota again on Tuesday."),
        make("e3", "The EU Parliament rejected the fishing quota."),
    ]
    entities = resolve_entities(articles)
    assert entity_of(entities, "EU Parliament") == entity_of(entities, "European Parliament")
    assert "EU Parliament" not in flagged(articles)


def test_a_body_named_for_its_members_is_not_the_authority_of_its_field() -> None:
    from rashomon.comparison.entities.orgs import org_words, same_body

    authority = org_words("Harbour Authority", set())
    assert not same_body(authority, org_words("Harbour Pilots United", set()))  # the pilots' union
    assert not same_body(org_words("Ferry Workers Union", set()), org_words("Ferry Authority", set()))
    assert same_body(org_words("Harbour Pilots United", set()), org_words("United Harbour Pilots", set()))
    found = flagged([
        make("u1", "The Harbour Authority closed the quay. The Harbour Authority said repairs would take a week."),
        make("u2", "The Harbour Authority reopened the quay on Friday."),
        make("u3", "The union, Harbour Pilots United, said its members had warned of the risk."),
    ])
    assert "Harbour Pilots United" not in found


def test_a_noun_compound_rewritten_with_of_is_only_reworded() -> None:
    from rashomon.comparison.entities.orgs import only_reworded, org_words

    assert only_reworded(org_words("Harbrook Freight Logistics", set()), org_words("Harbrook Logistics of Freight", set()))
    assert not only_reworded(org_words("Harbrook Freight Logistics", set()), org_words("Harbrook Logistics of Cargo", set()))
    assert not only_reworded(org_words("Harbrook Freight Logistics", set()), org_words("Logistics of Harbrook Freight", set()))


def test_the_noun_after_of_may_be_plural_in_a_reworded_compound() -> None:
    from rashomon.comparison.entities.orgs import only_reworded, org_words

    assert only_reworded(org_words("Tarnwick Glacier Institute", set()), org_words("Tarnwick Institute of Glaciers", set()))
    assert only_reworded(org_words("Pellmoor Ferry Company", set()), org_words("Pellmoor Company of Ferries", set()))
    assert not only_reworded(org_words("Tarnwick Glacier Institute", set()), org_words("Tarnwick Institute of Rivers", set()))


def test_a_name_cut_short_with_no_kind_of_body_is_no_body() -> None:
    from rashomon.comparison.entities.orgs import org_words, same_body

    # "International Fishing" cut from "International Fishing and Whaling Register" names no kind of body
    assert not same_body(org_words("International Fishing", set()), org_words("Fishing Safety Board", set()))
    assert same_body(org_words("Fishing Board", set()), org_words("Fishing Safety Board", set()))  # a head: a body


def test_a_ministry_is_not_a_firm_with_a_name_of_its_own() -> None:
    from rashomon.comparison.entities.orgs import org_words, same_body

    ministry = org_words("Ministry of Ferries", set())
    assert not same_body(ministry, org_words("Ferries Pellouin", set()))  # a firm named for its founder
    assert same_body(ministry, org_words("Ferries Ministry", set()))
    found = flagged([
        make("f1", "Ferries Pellouin ran the boat. Ferries Pellouin said the crew was trained."),
        make("f2", "The operator, Ferries Pellouin, declined to comment."),
        make("f3", "The Ministry of Ferries opened an inquiry into the sinking."),
    ])
    assert "Ministry of Ferries" not in found


def test_a_body_named_without_the_place_that_opens_its_name_is_the_same_body() -> None:
    entities = resolve_entities([
        make("p1", "The Norland Bridges Authority closed the oldest bridge in Norland on Friday."),
        make("p2", "Cracks were found in two piers, the Bridges Authority said."),
    ])
    assert entity_of(entities, "Bridges Authority") is entity_of(entities, "Norland Bridges Authority")
    assert "Bridges Authority" not in flagged_of(entities)


def test_three_names_of_one_body_join_when_each_fits_the_others() -> None:
    entities = resolve_entities([
        make("q1", "The Central Electoral Commission of Norland rejected the list on Monday."),
        make("q2", "Electoral Commission rejects list. The Central Electoral Commission said many signatures were forged."),
        make("q3", "The Central Election Commission voted on the list on Monday."),
    ])
    body = entity_of(entities, "Electoral Commission")
    assert body is entity_of(entities, "Central Election Commission")
    # "Election" for "Electoral" is the same word in another form, no translated name
    assert "Central Election Commission" not in flagged_of(entities)


def test_two_bodies_a_short_name_may_mean_stay_apart() -> None:
    entities = resolve_entities([
        make("r1", "The State Electoral Commission counted the votes in the province."),
        make("r2", "The Central Electoral Commission will publish the national result."),
        make("r3", "The Electoral Commission has not commented."),
    ])
    assert entity_of(entities, "State Electoral Commission") is not entity_of(entities, "Central Electoral Commission")
