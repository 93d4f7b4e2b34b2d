"""entities.surnames: one-word names and surnames clustered; a place written as another language
writes it is the same place, not a garbled name."""

from __future__ import annotations

from rashomon.comparison.entities import resolve_entities

from entity_helpers import entity_of, make, suspects


def test_a_town_with_a_romance_ending_is_the_same_town_and_not_flagged() -> None:
    entities = resolve_entities([
        make("t1", "Floods closed the old bridge in Kremburg on Monday. Shops in Kremburg stayed shut."),
        make("t2", "The river rose in Kremburg overnight."),
        make("t3", "The waters cut the bridge of Krenburgo, in the north of the country."),
    ])
    town = entity_of(entities, "Kremburg")
    assert "Krenburgo" in town.variants
    assert not any(s.text == "Krenburgo" for s in town.suspect)


def test_a_person_whose_surname_gains_a_vowel_is_still_flagged() -> None:
    entities = resolve_entities([
        make("p1", "Sergeant Emil Dravik was wounded. Dravik was taken to hospital."),
        make("p2", "Sergeant Emil Dravik died on Friday, the army said."),
        make("p3", "The family of Dravika was not in the zone."),
    ])
    person = entity_of(entities, "Emil Dravik")
    assert any(s.text == "Dravika" for s in person.suspect)


def test_a_portfolio_after_minister_of_is_no_garbled_name() -> None:
    texts = [
        make("p1", "President Ilse Vork signed the budget. Vork said taxes would not rise."),
        make("p2", "President Ilse Vork defended the plan. Vork spoke in the capital."),
        make("p3", "The budget passed. The minister of Work, Remo Tallis, said wages would rise."),
    ]
    flagged = suspects(resolve_entities(texts))
    assert "Work" not in flagged
    assert entity_of(resolve_entities(texts), "Ilse Vork").suspect == ()


def test_a_places_adjective_with_its_final_vowel_changed_is_no_garble() -> None:
    texts = [
        make("d1", "The ferry sank off Pellarna on Sunday. Rescuers in Pellarna worked through the night."),
        make("d2", "A ferry went down near Pellarna, the coast guard said."),
        make("d3", "The Pellarni coast guard found 40 survivors in the water."),
    ]
    assert "Pellarni" not in suspects(resolve_entities(texts))


def test_a_persons_name_is_no_garble_of_a_place() -> None:
    texts = [
        make("v1", "Shelling hit Torsk on Monday. Residents of Torsk fled to the hills."),
        make("v2", "Two villages near Torsk were shelled, the army said."),
        make("v3", "Foreign Minister Lena Tarsko said the talks would go ahead."),
    ]
    assert "Lena Tarsko" not in suspects(resolve_entities(texts))
    assert "Tarsko" not in suspects(resolve_entities(texts))


def test_a_surname_two_letters_off_beside_a_sound_alike_first_name_is_flagged() -> None:
    entities = resolve_entities([
        make("m1", "Governor Sigrun Valesk opened the bridge. Valesk said it was safe."),
        make("m2", "Governor Sigrun Valesk spoke on Monday. Valesk thanked the builders."),
        make("m3", "Province governor Sigrunn Valesch opened the bridge. Valesch said it is safe."),
    ])
    person = entity_of(entities, "Sigrun Valesk")
    assert {"Sigrunn Valesch", "Valesch"} <= set(person.variants)
    assert suspects(entities)["Valesch"] == "near miss of the more frequent 'Valesk' (edit distance 2)"


def test_two_letters_off_with_other_first_names_stay_two_people() -> None:
    entities = resolve_entities([
        make("o1", "Judge Petra Valesk opened the hearing. Valesk said it was adjourned."),
        make("o2", "Lawyer Tomas Valesch said his client was innocent. Valesch left early."),
    ])
    assert entity_of(entities, "Petra Valesk") != entity_of(entities, "Tomas Valesch")


def test_an_initial_before_a_surname_one_letter_off_is_the_known_person_flagged() -> None:
    entities = resolve_entities([
        make("i1", "Mayor Teodor Valmusk closed the port. Valmusk said the storm was the worst in years."),
        make("i2", "Mayor Teodor Valmusk asked boats to stay in. Valmusk spoke at noon."),
        make("i3", "The quays are flooded. Boats must stay tied up, T. Valmosk warned."),
    ])
    person = entity_of(entities, "Teodor Valmusk")
    assert any(s.text == "T. Valmosk" for s in person.suspect)


def test_an_initial_that_opens_no_known_first_name_stays_apart() -> None:
    entities = resolve_entities([
        make("i1", "Mayor Teodor Valmusk closed the port. Valmusk said the storm was the worst in years."),
        make("i2", "Mayor Teodor Valmusk asked boats to stay in. Valmusk spoke at noon."),
        make("i3", "The quays are flooded. Boats must stay tied up, R. Valmosk warned."),
    ])
    person = entity_of(entities, "Teodor Valmusk")
    assert not any("Valmosk" in s.text for s in person.suspect)
    assert not any("Valmosk" in m.text for m in person.mentions)


def test_a_surname_alone_with_a_double_letter_written_once_joins_the_full_name_flagged() -> None:
    entities = resolve_entities([
        make("d1", "Ansgar Wennerholm, who runs the ferry line, said the crossing was cancelled."),
        make("d2", "The ferry stayed in port. Wenerholm said the crew was safe."),
    ])
    person = entity_of(entities, "Ansgar Wennerholm")
    assert any(s.text == "Wenerholm" for s in person.suspect)


def test_a_name_alone_that_differs_by_more_than_a_double_letter_stays_apart() -> None:
    entities = resolve_entities([
        make("d1", "Ansgar Wennerholm, who runs the ferry line, said the crossing was cancelled."),
        make("d2", "The ferry stayed in port. Wendelholt said the crew was safe."),
    ])
    person = entity_of(entities, "Ansgar Wennerholm")
    assert not any("Wendelholt" in m.text for m in person.mentions)


def test_two_people_named_in_full_with_one_first_name_in_one_article_are_not_flagged() -> None:
    entities = resolve_entities([
        make("k1", "Mayor Jorun Hestvik shut the fish market on Friday. Hestvik said it was unsafe."),
        make("k2", "Mayor Jorun Hestvik said the market would stay shut."),
        make("k3", "Mayor Jorun Hestvik shut the market. A trader, Jorun Hesvik, said she would appeal."),
    ])
    assert "Jorun Hesvik" not in suspects(entities)


def test_a_garble_beside_another_first_name_in_one_article_is_still_flagged() -> None:
    entities = resolve_entities([
        make("k1", "The pilot, Tobias Wennerlund, landed the plane. Wennerlund was praised."),
        make("k2", "Pilot Tobias Wennerlund landed safely, the airline said."),
        make("k3", "Pilot Tobias Wenerlund landed. Friends of Anders Wennerlund called him calm."),
    ])
    assert any("Tobias Wenerlund" in text for text in suspects(entities))


def test_two_towns_one_letter_apart_put_on_the_map_in_one_article_are_not_flagged() -> None:
    entities = resolve_entities([
        make("t1", "A landslide buried the road in Orvby on Sunday. Crews reached Orvby by noon."),
        make("t2", "The road in Orvby was buried, police said."),
        make("t3", "A landslide buried the road in Orvby; diggers came from Orveby, up the valley."),
    ])
    assert "Orveby" not in suspects(entities)


def test_one_half_of_a_double_surname_is_not_a_translated_surname() -> None:
    entities = resolve_entities([
        make("m1", "Senator Alice Mitchell-Hayes filed the bill. Mitchell-Hayes said it would pass."),
        make("m2", "Senator Alice Mitchell-Hayes spoke for the bill."),
        make("m3", "Senator Alice Mitchell spoke for the bill on Monday. Mitchell said it would pass."),
    ])
    assert not suspects(entities)


def test_a_slavic_ending_written_with_w_is_a_transliteration() -> None:
    from rashomon.comparison.entities.names import transliterated

    assert transliterated("Zhirkov", "Żyrkow")
    assert transliterated("Colakovic", "Tcholakovitch")


def test_two_numbered_names_of_a_series_stay_apart() -> None:
    texts = [
        make("s1", "The Velta-3 pipeline burst on Tuesday. Gas now flows through the older Velta-2 line."),
        make("s2", "Engineers shut the Velta-3 pipeline after the leak, the operator said."),
        make("s3", "The Velta-3 leak was found near the coast. Velta-3 carries most of the gas."),
    ]
    entities = resolve_entities(texts)
    assert entity_of(entities, "Velta-2") is not entity_of(entities, "Velta-3")
    assert "Velta-2" not in suspects(entities)


def test_a_numbered_name_written_without_its_hyphen_is_still_the_same() -> None:
    texts = [
        make("s1", "The Korvex-7 rocket lifted off on Friday. Korvex-7 carried two satellites."),
        make("s2", "The Korvex-7 launch went to plan, the agency said."),
        make("s3", "The Korvex7 rocket reached orbit after nine minutes."),
    ]
    entities = resolve_entities(texts)
    assert entity_of(entities, "Korvex7") is entity_of(entities, "Korvex-7")


def test_an_unlisted_first_name_with_a_misspelt_surname_joins_once_the_person_is_named() -> None:
    entities = resolve_entities([
        make("m1", "Runner-up Marten Hollis said he was sad for the sport. Hollis will get the prize."),
        make("m2", "Hollis, 29, trains on the same streets as Marten Hollis did as a boy."),
        make("m3", "The trainer of the athlete Marten Holly complained before the ceremony."),
    ])
    assert "Marten Holly" in suspects(entities)
