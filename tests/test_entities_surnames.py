"""entities.surnames: one-word names and surnames clustered; a place written as another language
writes it is the same place, not a garbled name."""

from __future__ import annotations

from rashomon.comparison.entities import resolve_entities
from rashomon.comparison.segment import segment
from rashomon.model import Article, Entity


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def holding(entities: tuple[Entity, ...], text: str) -> Entity:
    holders = [e for e in entities if any(m.text == text for m in e.mentions)]
    assert len(holders) == 1, f"{text!r} is in {len(holders)} entities"
    return holders[0]


def test_a_town_with_a_romance_ending_is_the_same_town_and_not_flagged() -> None:
    entities = resolve_entities([
        make("t1", "Floods closed the old bridge in Kremburg on Monday. Shops in Kremburg stayed shut."),
        make("t2", "The river rose in Kremburg overnight."),
        make("t3", "The waters cut the bridge of Krenburgo, in the north of the country."),
    ])
    town = holding(entities, "Kremburg")
    assert "Krenburgo" in town.variants
    assert not any(s.text == "Krenburgo" for s in town.suspect)


def test_a_person_whose_surname_gains_a_vowel_is_still_flagged() -> None:
    entities = resolve_entities([
        make("p1", "Sergeant Emil Dravik was wounded. Dravik was taken to hospital."),
        make("p2", "Sergeant Emil Dravik died on Friday, the army said."),
        make("p3", "The family of Dravika was not in the zone."),
    ])
    person = holding(entities, "Emil Dravik")
    assert any(s.text == "Dravika" for s in person.suspect)
