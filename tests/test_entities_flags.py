"""entities.flags: the suspect forms of one entity. A word that judges its bearer, opening a sentence
before the surname ("Ruthless Varga"), is no differing first name; inside a sentence a capitalised word
before the surname is written as a name and still differs. Sentences invented for these tests."""

from __future__ import annotations

from rashomon.comparison.entities import resolve_entities

from entity_helpers import make, suspects


def test_an_epithet_opening_a_sentence_is_not_a_first_name() -> None:
    found = suspects(resolve_entities([
        make("p1", "Factory owner Tibor Varga was arrested on Monday. Tibor Varga denies the charges."),
        make("p2", "Police arrested Tibor Varga at his home in Dellin."),
        make("p3", "Greedy Varga kept the money for himself, police believe."),
    ]))
    assert "Greedy Varga" not in found


def test_a_rated_word_inside_a_sentence_stays_a_differing_first_name() -> None:
    found = suspects(resolve_entities([
        make("q1", "The skipper Amal Kassir said the boat was full. Amal Kassir was rescued at dawn."),
        make("q2", "Survivors included Amal Kassir, the skipper."),
        make("q3", "The skipper, and Hope Kassir added that the engine had failed."),
    ]))
    assert found.get("Hope Kassir", "").startswith("first name 'Hope' differs")
