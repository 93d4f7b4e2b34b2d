"""entities.context: what the words around a mention say; here, the places of a dateline."""

from __future__ import annotations

from rashomon.comparison.entities import find_mentions, resolve_entities
from rashomon.model import Article

from entity_helpers import make


def types(article: Article) -> list[tuple[str, str]]:
    return [(tm.mention.text, tm.type) for tm in find_mentions(article)]


def test_the_places_of_a_dateline_are_places() -> None:
    found = types(make("d1", "KELMAR, Storvik, June 3 (Norpress) — Voters in Storvik backed the plan."))
    assert found[:2] == [("KELMAR", "PLACE"), ("Storvik", "PLACE")]
    assert ("Norpress", "PLACE") not in found  # the agency is no place
    # a headline with a dash but no date or agency names no place
    headline = types(make("d2", "Orvel Buys Brightmill – Big Bet on Chips\nOrvel said on Monday it bought the firm."))
    assert not any(kind == "PLACE" for _text, kind in headline)


def test_a_dateline_place_is_no_short_form_of_a_body_named_after_it() -> None:
    entities = resolve_entities([
        make("s1", "Tarvik, May 2 (Coastwire) — Staff at Tarvik Island Buses walked out on Monday."),
        make("s2", "Tarvik Island Buses said talks would resume."),
    ])
    place = next(e for e in entities if e.name == "Tarvik")
    assert "Tarvik Island Buses" not in place.variants
