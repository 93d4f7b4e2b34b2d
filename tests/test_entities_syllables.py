"""Names written back from Chinese or Japanese syllables (entities/syllables.py); every name
invented for these tests."""

from __future__ import annotations

import pytest

from rashomon.comparison.entities import resolve_entities
from rashomon.comparison.entities.names import transliterated
from rashomon.comparison.entities.syllables import syllabic, syllabic_rendering

from entity_helpers import entity_of, make, suspects


@pytest.mark.parametrize(("rendered", "original"), [
    ("keweiluo", "kelvaro"),  # pinyin: the l that closes "Kel-" dropped, v written w
    ("rindoguren", "lindgren"),  # Japanese: l written r, each closing consonant given a vowel
    ("baodeni", "boldeni"),  # pinyin: one closing l dropped
])
def test_a_name_written_back_from_syllables_is_recognised(rendered: str, original: str) -> None:
    assert syllabic(rendered) and not syllabic(original)
    assert syllabic_rendering(rendered, original)
    assert transliterated(rendered.title(), original.title())


@pytest.mark.parametrize(("rendered", "original"), [
    ("courier", "koller"),  # an English word, and pinyin's "er" closes a syllable with r
    ("sandi", "sanders"),  # two closing consonants dropped: too little left of the original
    ("marina", "martin"),  # the t that opens "-tin" is missing: another name
    ("kelvaro", "keweiluo"),  # the original is never the rendering
    ("teresa", "theresa"),  # nothing closed a syllable in the original: no sign of a syllabary
])
def test_other_names_are_not_renderings(rendered: str, original: str) -> None:
    assert not syllabic_rendering(rendered, original)


def test_a_surname_written_back_from_pinyin_joins_the_person_and_is_flagged() -> None:
    entities = resolve_entities([
        make("s1", "Mayor Oskar Kelvaro opened the new dam on Monday. Kelvaro said water would flow by June."),
        make("s2", "Mayor Oskar Kelvaro spoke to farmers. Kelvaro thanked the engineers."),
        make("s3", "The dam opened. Keweiluo said that the water will flow in June."),
    ])
    person = entity_of(entities, "Oskar Kelvaro")
    assert "Keweiluo" in person.variants
    assert suspects(entities)["Keweiluo"] == "transliteration of the more frequent 'Kelvaro'"
    assert "Kelvaro" not in suspects(entities)


def test_a_full_name_written_back_from_japanese_joins_the_person() -> None:
    entities = resolve_entities([
        make("j1", "Engineer Greta Lindgren led the launch team. Lindgren said the orbit was stable."),
        make("j2", "Greta Lindgren, the chief engineer, said the orbit was stable."),
        make("j3", "Engineer Gureta Rindoguren said that the orbit is stable."),
    ])
    person = entity_of(entities, "Greta Lindgren")
    assert "Gureta Rindoguren" in person.variants
    assert "Gureta Rindoguren" in suspects(entities)
