"""A compound name translated word by word (entities/compounds.py); every name invented for
these tests."""

from __future__ import annotations

import pytest

from rashomon.comparison.entities import resolve_entities
from rashomon.comparison.entities.compounds import translated_compound

from entity_helpers import entity_of, make, suspects


@pytest.mark.parametrize(("compound", "spread"), [
    ("stonehaven trust", "stone harbour trust"),  # a synonym of one part
    ("eastlight relief", "eastern light for aid"),  # a derived form, a word one step away, "for" aside
    ("redmouth", "red mouth"),
])
def test_a_compound_translated_word_by_word_is_recognised(compound: str, spread: str) -> None:
    assert translated_compound(compound, spread)


@pytest.mark.parametrize(("compound", "spread"), [
    ("stonehaven trust", "stone harbour school"),  # another kind of body
    ("stonehaven trust", "iron harbour trust"),  # another first part
    ("harbour trust", "stone harbour trust"),  # no compound: a longer name
    ("stone harbour trust", "stonehaven trust"),  # words are never joined into a compound
])
def test_other_names_are_no_translated_compound(compound: str, spread: str) -> None:
    assert not translated_compound(compound, spread)


def test_the_spread_form_joins_the_compound_and_is_flagged() -> None:
    entities = resolve_entities([
        make("c1", "Stonehaven Trust closed its doors on Friday. Stonehaven Trust said savers would be paid."),
        make("c2", "Savers queued outside Stonehaven Trust on Friday morning."),
        make("c3", "The Stone Harbour Trust closed its doors, the regulator said."),
    ])
    body = entity_of(entities, "Stonehaven Trust")
    assert "Stone Harbour Trust" in body.variants
    assert suspects(entities)["Stone Harbour Trust"] == "'Stonehaven Trust' translated word by word"
    assert "Stonehaven Trust" not in suspects(entities)
