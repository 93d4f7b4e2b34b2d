"""Doers of an "-ed" verb after a name (conflicts/events.py): a speaker is no doer."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.entities import resolve_entities
from tests.conftest import make_article


def _actors(a_text, b_text):
    articles = [make_article("a1", a_text), make_article("a2", b_text)]
    entities = resolve_entities(articles)
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    return [c for c in find_conflicts(claims, alignment, entities, articles) if c.kind == "actor"]


def test_a_name_before_a_reporting_verb_is_the_speaker_not_the_doer():
    # the harbour authority closed the quay; Mayor Lund only said so
    assert not _actors(
        "Mayor Edvin Lund said the harbour authority had closed the fish quay to all traffic on Friday.",
        "Harbour master Tomas Reiner, who closed the fish quay to all traffic on Friday, said the ice was too thin.",
    )


def test_a_pronoun_after_the_reporting_verb_stands_for_the_speaker():
    (found,) = _actors(
        "Premier Halvden Sorn announced on Friday that he had suspended the grain levy for all farms in the north.",
        "Farm minister Ola Brandt, who suspended the grain levy for all farms in the north on Friday, said prices were too low.",
    )
    assert {s.value for s in found.sides} == {"Halvden Sorn", "Ola Brandt"}


def test_a_name_after_a_body_and_a_preposition_places_the_doer_it_does_not_name():
    # "Police in Velmora" are police placed in Velmora, told elsewhere as the Harbour Police of Ostrand
    assert not _actors(
        "The Harbour Police of Ostrand seized the trawler Marit with 40 tonnes of illegal catch on Monday.",
        "VARDEN, Velmora (Wire) - Police in Velmora have seized the trawler Marit with 40 tonnes of illegal catch, officials said.",
    )
    # a name that acts on its own is still a doer against another
    assert _actors(
        "The Harbour Police of Ostrand seized the trawler Marit with 40 tonnes of illegal catch on Monday.",
        "Velmora seized the trawler Marit with 40 tonnes of illegal catch, officials said.",
    )


def test_a_name_after_a_preposition_is_no_doer_of_the_verb_after_it():
    # the crew and the divers arrived, not the bodies they come from
    assert not _actors(
        "A crew from the Institute of Marine Science arrived at the harbour on Friday morning.",
        "On Friday morning the divers of the Bureau arrived at the harbour.",
    )
    # names that are the subjects themselves still act
    (found,) = _actors(
        "The Institute of Marine Science arrived at the harbour on Friday morning.",
        "On Friday morning the Bureau arrived at the harbour.",
    )
    assert {s.value for s in found.sides} == {"Institute of Marine Science", "Bureau"}
