"""entities.surnames and entities.names: a typist's slips in a name (two neighbouring letters
swapped in the first name, a doubled letter written once, a final letter dropped), French and
Spanish "-que" for a final k, a description word opening a sentence before a full name, and
names of one numbered series, which are no garble of each other."""

from __future__ import annotations

import dataclasses

from rashomon.comparison.entities import find_mentions, resolve_entities
from rashomon.comparison.entities.names import first_names_sound_alike, skeleton, transliterated
from rashomon.model import Removed

from entity_helpers import entity_of, make, suspects


def _translated(article):
    notice = Removed(text="This report was translated by machine.", reason="notice: machine-translation or AI notice")
    return dataclasses.replace(article, removed=(notice,))


def test_two_neighbouring_letters_swapped_is_the_same_first_name() -> None:
    assert first_names_sound_alike("Tobias", "Tobais")
    assert first_names_sound_alike("Sigrun", "Sirgun")
    assert not first_names_sound_alike("Tobias", "Silas")


def test_a_first_name_with_two_letters_swapped_ties_a_short_surname_to_the_person() -> None:
    entities = resolve_entities([
        make("a", "Chief executive Sigrun Tarrel said the line was cut on Sunday."),
        make("b", "Sigrun Tarrel, the chief executive, said repairs would take a week."),
        _translated(make("c", "The director of the company, Sirgun Tarel, has explained the situation. "
                              "Tarel said the repair will need ten days. Mr Tarrel added that clients will be informed.")),
    ])
    person = entity_of(entities, "Sigrun Tarrel")
    flagged = {s.text for s in person.suspect}
    assert {"Sirgun Tarel", "Tarel"} <= flagged


def test_names_of_one_numbered_series_are_not_garbles_of_each_other() -> None:
    entities = resolve_entities([
        make("a", "The Relay-2 cable was cut on Sunday. Traffic moved to the older Relay-1 cable."),
        make("b", "Relay-2 carries most of the traffic. Relay-2 entered service in 2019."),
        make("c", "A tender for the planned Relay-3 has been delayed. Relay-2 remains down."),
    ])
    flagged = suspects(entities)
    assert not any(text.startswith("Relay") for text in flagged)
    assert entity_of(entities, "Relay-1") is not entity_of(entities, "Relay-2")


def test_a_numbered_name_misspelled_in_its_letters_is_still_read() -> None:
    from rashomon.comparison.entities.surnames import _numbers_differ

    assert _numbers_differ("relay-1", "relay-3")
    assert not _numbers_differ("relay-2", "relai-2")
    assert not _numbers_differ("relay", "relay-2")  # a name without its number is not a second member


def test_a_doubled_letter_written_once_in_a_short_surname_is_flagged() -> None:
    entities = resolve_entities([
        make("a", "Coach Ilse Tamm said her side should not be punished."),
        make("b", "Skipper Ilse Tam was furious after the match. Later, coach Ilse Tamm asked for a replay."),
        make("c", "The coach of the team, Ilse Tamm, declared that the team is ready."),
    ])
    person = entity_of(entities, "Ilse Tamm")
    assert any(s.text == "Ilse Tam" for s in person.suspect)


def test_two_people_whose_surnames_differ_in_a_doubled_letter_side_by_side_stay_apart() -> None:
    entities = resolve_entities([
        make("a", "The sculptor Ilse Tamm opened the show on Monday."),
        make("b", "The sculptor Ilse Tamm was 80."),
        make("c", "The sculptor Ilse Tamm spoke first; her niece, the painter Ilse Tam, spoke next."),
    ])
    assert "Ilse Tam" not in suspects(entities)


def test_a_final_letter_dropped_beside_a_first_name_that_sounds_alike_is_flagged() -> None:
    entities = resolve_entities([
        make("a", "Milla Harte, head of the transit company, said the stairs were checked in March."),
        make("b", "Transit boss Mila Hart shrugged off the crash. \"These things happen,\" she said."),
        make("c", "Milla Harte said the company would review every escalator."),
    ])
    person = entity_of(entities, "Milla Harte")
    assert any(s.text == "Mila Hart" for s in person.suspect)


def test_a_final_que_is_read_as_k() -> None:
    assert skeleton("Brasque") == skeleton("Brask")
    assert transliterated("Brasque", "Brask")
    entities = resolve_entities([
        make("a", "Referee Tomas Brask called the match off."),
        make("b", "Referee Tomas Brask said the lights could not be fixed."),
        make("c", "The referee Brasque was criticised for waiting so long."),
    ])
    assert suspects(entities).get("Brasque", "").startswith("transliteration of the more frequent 'Brask'")


def test_an_english_noun_opening_a_sentence_before_a_full_name_is_no_part_of_it() -> None:
    def names(text: str) -> list[str]:
        return [m.mention.text for m in find_mentions(make("a", text))]

    assert names("Grocer Lena Morrow said prices would rise.") == ["Lena Morrow"]
    assert names("Gaffer Ilse Tamm was fuming.") == ["Ilse Tamm"]
    assert names("Then grocer Lena Morrow spoke.") == ["Lena Morrow"]


def test_a_noun_for_a_person_before_a_name_the_lists_lack_is_no_part_of_it() -> None:
    def names(text: str) -> list[str]:
        return [m.mention.text for m in find_mentions(make("a", text))]

    assert names("Bystander Wrenna Gale said the smoke was thick.") == ["Wrenna Gale"]  # "Gale" a word, "Wrenna" none
    assert names("Shopkeeper Tam Ovrell counted the notes.") == ["Tam Ovrell"]
    assert "Witness Protection Scheme" in " ".join(names("Witness Protection Scheme officers moved the family."))
    assert names("Great Vessara Telescope was finished.") != ["Vessara Telescope"]  # an adjective, no person's role
