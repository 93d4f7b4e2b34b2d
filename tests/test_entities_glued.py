"""entities.glued: a person's name a translation ran into the body before it is cut off and
compared with the person the story names elsewhere."""

from __future__ import annotations

from rashomon.comparison.entities import find_mentions, resolve_entities
from rashomon.comparison.entities.glued import split_glued_names

from entity_helpers import entity_of, make


def test_a_known_persons_name_after_a_body_is_cut_off_and_compared() -> None:
    entities = resolve_entities([
        make("g1", "Plant manager Oskar Brennvik said the furnace had failed twice. Brennvik apologised."),
        make("g2", "The company Halvard Steelworks Oscar Brenvik expressed regret for the accident."),
    ])
    person = entity_of(entities, "Oskar Brennvik")
    assert "Oscar Brenvik" in person.variants
    assert any(s.text == "Oscar Brenvik" for s in person.suspect)  # the garbled spelling is flagged
    assert any(m.text == "Halvard Steelworks" for e in entities for m in e.mentions)


def test_names_that_only_look_glued_stay_whole() -> None:
    article = make("n1", "Mary Ann Quinn spoke first. Ann Quinn, her cousin, spoke next. "
                         "W. Mark Felt was named. Mark Felt died in 2008.")
    tagged = find_mentions(article)
    texts = [tm.mention.text for tm in split_glued_names(tagged)]
    assert texts == [tm.mention.text for tm in tagged]  # a first name or an initial is no body


def test_a_surname_translated_as_a_word_is_cut_off_by_the_first_name_alone() -> None:
    entities = resolve_entities([
        make("t1", "Housing minister Anouk Lefevre resigned. Lefevre said she had no regrets."),
        make("t2", "The Minister of the Urban Housing Anouk Smith presented her resignation."),
    ])
    person = entity_of(entities, "Anouk Lefevre")  # Lefèvre: the smith
    assert "Anouk Smith" in person.variants
    assert any(s.text == "Anouk Smith" and "translated" in s.reason for s in person.suspect)


def test_a_word_after_a_word_is_no_person_cut_off() -> None:
    # "Dana Wells" is known; "Data Systems" ends a company's name and is no garbled "Dana Wells"
    article = make("w1", "Dana Wells runs the lab. Electronic Data Systems hired Dana Wells in May.")
    tagged = find_mentions(article)
    assert [tm.mention.text for tm in split_glued_names(tagged)] == [tm.mention.text for tm in tagged]


def test_a_person_the_name_lists_lack_is_cut_off_when_the_surname_stands_alone_elsewhere() -> None:
    entities = resolve_entities([
        make("u1", "The board dismissed its auditor, Tiberin Aulby, on Monday. Aulby said he would appeal."),
        make("u2", "The chief of the National Audit Chamber Tiberinn Olbi was dismissed. Olbi declared he did nothing wrong."),
    ])
    assert any(m.text == "National Audit Chamber" for e in entities for m in e.mentions)
    person = entity_of(entities, "Tiberin Aulby")
    assert "Tiberinn Olbi" in person.variants
