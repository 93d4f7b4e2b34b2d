"""Entities across translations: transliterations, names translated as words, renamed
organisations, aliases and typed evidence; every name invented for these tests."""

from __future__ import annotations

import pytest

from rashomon.comparison.entities import find_mentions, resolve_entities
from rashomon.model import Article

from entity_helpers import entity_of, make, suspects


def test_transliterations_join_and_are_flagged_without_first_letter_blocking() -> None:
    entities = resolve_entities([
        make("t1", "Interior Minister Yelena Kharitonova visited the port. Kharitonova said repairs would start."),
        make("t2", "Minister Yelena Kharitonova promised money. Kharitonova spoke for an hour."),
        make("t3", "The minister Elena Charitonowa said the port will be repaired. Charitonowa thanked the workers."),
        make("t4", "Walter Brenneke, the harbour master, said ships would wait. Brenneke gave no date."),
        make("t5", "The harbour master Valter Brenneke said that ships wait."),
    ])
    person = entity_of(entities, "Yelena Kharitonova")
    assert {"Elena Charitonowa", "Charitonowa"} <= set(person.variants)
    assert entity_of(entities, "Valter Brenneke") == entity_of(entities, "Walter Brenneke")
    flagged = suspects(entities)
    assert flagged["Charitonowa"] == "transliteration of the more frequent 'Kharitonova'"
    assert "Kharitonova" not in flagged and "Yelena Kharitonova" not in flagged


def test_an_accent_only_difference_is_a_variant_never_a_flag() -> None:
    entities = resolve_entities([
        make("u1", "Mayor Lucía Ferrán opened the bridge. Ferrán said it was safe."),
        make("u2", "Mayor Lucia Ferran opened the bridge on Monday. Ferran thanked the builders."),
    ])
    person = entity_of(entities, "Lucia Ferran")
    assert {"Lucía Ferrán", "Ferrán", "Ferran"} <= set(person.variants)
    assert not person.suspect


def test_umlauts_spelled_out_are_a_variant_never_a_flag() -> None:
    entities = resolve_entities([
        make("w1", "Port director Annika Rosström said the cranes had stopped. Rosström gave no date."),
        make("w2", "The port's director, Annika Rosström, called the attack serious."),
        make("w3", "The director of the harbour, Annika Rosstroem, declared that the cranes stand. Rosstroem was calm."),
    ])
    person = entity_of(entities, "Annika Rosström")
    assert {"Annika Rosstroem", "Rosstroem"} <= set(person.variants)
    assert not person.suspect


def test_a_surname_translated_as_a_word_is_recognised_by_the_first_name_beside_it() -> None:
    entities = resolve_entities([
        make("v1", "Finance Minister Dragomir Schmiedl said the budget holds. Schmiedl spoke in parliament."),
        make("v2", "Finance Minister Dragomir Schmiedl told reporters the budget would hold."),
        make("v3", "The minister of finances Dragomir Blacksmith declared that the budget holds. Blacksmith added more."),
    ])
    person = entity_of(entities, "Dragomir Schmiedl")
    assert {"Dragomir Blacksmith", "Blacksmith"} <= set(person.variants)
    assert suspects(entities)["Dragomir Blacksmith"].startswith("surname 'Blacksmith' looks translated as a word")


def test_a_word_surname_most_articles_use_is_the_name_not_a_translation() -> None:
    # "Joan Hale" and "John Pemberton" share a first name only as a transliteration key; "Hale" is
    # told by every article, the other surname by one: the word is the name, two people stay apart
    entities = resolve_entities([
        make("h1", "Former judge Arthur Hale died on Monday. His daughter Joan Hale said he slept well."),
        make("h2", "Arthur Hale, the retired judge, died at 91. Hale had served for decades."),
        make("h3", "Hale died at home. His family's lawyer, John Pemberton, read a statement. Hale was 91."),
    ])
    assert entity_of(entities, "John Pemberton") != entity_of(entities, "Arthur Hale")
    assert not any(reason.startswith("surname 'Hale' looks translated") for reason in suspects(entities).values())


def test_one_surname_is_one_person_unless_two_people_share_it() -> None:
    one = resolve_entities([
        make("w1", "Coach Matthias Orlander praised the team. Orlander was pleased."),
        make("w2", "Tobias Orlander, the coach, praised the team."),
    ])
    assert entity_of(one, "Tobias Orlander") == entity_of(one, "Matthias Orlander")
    assert "first name 'Tobias' differs" in suspects(one)["Tobias Orlander"]
    two = resolve_entities([
        make("x1", "Anna Orlander and her brother Jonas Orlander ran the farm."),
        make("x2", "Jonas Orlander sold the farm in May."),
    ])
    assert entity_of(two, "Anna Orlander") != entity_of(two, "Jonas Orlander")


def test_an_organisation_a_translation_renamed_joins_and_is_flagged() -> None:
    entities = resolve_entities([
        make("y1", "The Norland Aviation Safety Board grounded the jets. The Norland Aviation Safety Board said checks would take a week."),
        make("y2", "The Norland Aviation Safety Board said on Friday that checks continue."),
        make("y3", "The Norland Authority for Aviation Security announced that the airplanes remain on the ground."),
    ])
    body = entity_of(entities, "Norland Aviation Safety Board")
    assert "Norland Authority for Aviation Security" in body.variants
    assert suspects(entities)["Norland Authority for Aviation Security"].startswith("named differently")


def test_acronyms_in_brackets_and_stated_aliases_join_their_long_form() -> None:
    entities = resolve_entities([
        make("z1", "The Federation of Harbour Workers (FTP) called a strike. FTP leaders met on Monday. "
                   "The strike hit Kellmar Terminal, which dockers call Old Yard."),
        make("z2", "FTP said the strike would last a week. Old Yard was quiet."),
    ])
    assert entity_of(entities, "FTP") == entity_of(entities, "Federation of Harbour Workers")
    assert entity_of(entities, "Old Yard") == entity_of(entities, "Kellmar Terminal")
    assert not suspects(entities)


def test_of_joins_only_after_a_word_naming_a_kind_of_thing_and_only_once() -> None:
    mentions = [t.mention.text for t in find_mentions(make("o1",
        "Presiding Judge Marta Kovel of the Supreme Court read the verdict. "
        "The Minister of Justice of Norland resigned."))]
    assert "Marta Kovel" in mentions and "Supreme Court" in mentions
    assert not any("Norland" in m and "Justice" in m for m in mentions)


def test_general_in_a_law_is_no_rank_and_common_words_are_no_entities() -> None:
    entities = resolve_entities([
        make("c1", "The General Data Protection Regulation applies. Crews worked overnight. Stewards opened a gate."),
        make("c2", "Kick-off was delayed. Trust in the club fell. Crews left at dawn."),
    ])
    names = {e.name for e in entities}
    assert not names & {"Crews", "Stewards", "Trust", "Kick"}
    assert not any(e.type == "PERSON" and "Data Protection" in e.name for e in entities)


def test_a_title_before_a_name_of_vocabulary_words_that_are_no_english_words() -> None:
    # "Oskar" and "Brandt" are in the wide vocabulary but name nothing in OEWN: a name, cut from its title
    entities = resolve_entities([make("t1", "Mayor Oskar Brandt ordered the evacuation. Oskar Brandt stayed.")])
    person = next(e for e in entities if any(m.text == "Oskar Brandt" for m in e.mentions))
    assert person.type == "PERSON"
    assert not any(m.text == "Mayor Oskar Brandt" for e in entities for m in e.mentions)


def test_a_short_form_and_a_lone_first_name_join_their_entity() -> None:
    entities = resolve_entities([
        make("s1", "Halvorsen Shipping lost a tanker. Halvorsen said the crew was safe. Captain Ingrid Solberg was praised."),
        make("s2", "Shares in Halvorsen Shipping fell. Ingrid, the captain, stayed on board."),
    ])
    assert entity_of(entities, "Halvorsen") == entity_of(entities, "Halvorsen Shipping")
    assert entity_of(entities, "Ingrid") == entity_of(entities, "Ingrid Solberg")


def test_a_place_is_not_taken_for_a_short_form_of_a_body_named_after_it() -> None:
    entities = resolve_entities([
        make("p1", "Fire broke out in Tessaly. Tessaly General Hospital treated 20 people."),
        make("p2", "Residents of Tessaly were evacuated."),
    ])
    assert entity_of(entities, "Tessaly") != entity_of(entities, "Tessaly General Hospital")


def test_the_original_spelling_is_the_one_of_articles_not_machine_translated() -> None:
    from rashomon.model import Removed

    a1 = make("m1", "Chief executive Edmund Harlow resigned on Friday.")
    a2 = make("m2", "The chief executive Edmond Harlo resigned. Harlo led the bank since 2016.")
    a2 = Article(id=a2.id, source=a2.source, title="", text=a2.text, sentences=a2.sentences,
                 removed=(Removed(text="This article was translated automatically from Chinese.",
                                  reason="notice: machine-translation or AI notice"),))
    entities = resolve_entities([a1, a2])
    person = entity_of(entities, "Edmund Harlow")
    assert person.name == "Edmund Harlow"
    assert "Edmond Harlo" in suspects(entities) and "Edmund Harlow" not in suspects(entities)


@pytest.mark.parametrize("text", [
    "Москва заявила о помощи. Владимир Путин сказал, что помощь придёт. 北京 表示 支持.",
    "DRUNMORE, Norland — Rescuers searched the rubble. B. said so. X met Y. Q.",
    " ".join(["Alderman"] * 3 + ["Capital", "Words"] * 5000),
    "",
])
def test_bad_input_is_read_without_a_crash(text: str) -> None:
    entities = resolve_entities([make("b1", text), make("b2", "Vladimir Putin said Moskva agreed.")])
    assert all(e.mentions for e in entities)


def test_headlines_months_as_surnames_and_names_written_family_name_first() -> None:
    entities = resolve_entities([
        make("n1", "Envoy Rask Secretly Met With Kim Jong Un\nPrime Minister Theresa May spoke. Mrs. May said the envoy Paavo Rask "
                   "met Kim Jong Un. Talks resume in May."),
        make("n2", "Kim Jong Un met Rask. Kim said talks went well. Kim Jong praised the envoy. Theresa May agreed."),
    ])
    names = {m.text for e in entities for m in e.mentions}
    assert not any("Secretly" in n for n in names)
    assert "Mrs." not in names
    may = entity_of(entities, "Theresa May")
    assert sum(m.text == "May" for m in may.mentions) == 1  # "Mrs. May", never the month in "in May"
    assert entity_of(entities, "Kim Jong") == entity_of(entities, "Kim Jong Un") == entity_of(entities, "Kim")


def test_one_places_adjective_formed_two_ways_is_no_garble() -> None:
    entities = resolve_entities([
        make("a1", "A Dravonian patrol crossed the river. Dravonian officials said the Dravonian guards fired first."),
        make("a2", "The Dravonic side denied it. Dravonic media blamed the Dravonic border guards."),
    ])
    assert not [s for e in entities for s in e.suspect if s.text.startswith("Dravon")]


def test_a_ministrys_formal_name_is_no_translated_name() -> None:
    from rashomon.comparison.entities.orgs import only_reworded, org_words

    assert only_reworded(org_words("Trade Ministry", set()), org_words("Ministry of Trade Affairs", set()))
    # another word is still another name
    assert not only_reworded(org_words("Trade Ministry", set()), org_words("Ministry of Foreign Trade", set()))


def test_two_untyped_names_ending_in_one_surname_are_a_person() -> None:
    entities = resolve_entities([
        make("a1", "The valve failed, Ruud Halvorsk of the port authority told reporters at the quay."),
        make("a2", "The harbour chief Rudolf Halvorsk said before the press that the valve failed."),
    ])
    person = entity_of(entities, "Ruud Halvorsk")
    assert person.type == "PERSON" and "Rudolf Halvorsk" in person.variants
    assert [s.text for s in person.suspect] == ["Rudolf Halvorsk"]


def test_transliterations_through_another_script_share_a_skeleton() -> None:
    from rashomon.comparison.entities.names import transliterated

    assert transliterated("Qurtan", "Kortan")  # a q before the vowel u, as a transliteration writes k
    assert transliterated("Lindquist", "Lindkvist")  # a q before a vowel still sounds kv
    assert transliterated("Marovitch", "Marovic")  # one final sound: -itch, -ich, -ic
    assert not transliterated("Marovitch", "Marovin")
    assert transliterated("Jelić", "Jelitsch")  # German writes the č or ć "tsch": one final sound too
    assert transliterated("Vukač", "Wukatsch")
    assert not transliterated("Jelić", "Jelitsa")
    assert transliterated("Stahl", "Staal")  # an h that lengthens the vowel before it is silent


def test_each_part_of_a_double_name_is_respelled_as_a_word() -> None:
    from rashomon.comparison.entities.names import transliterated

    # the silent final w of the first part, as of a whole word: "Barlow-Reyes" back from another script
    assert transliterated("Barlou-Rejs", "Barlow-Reyes")
    assert transliterated("Winslou-Tejt", "Winslow-Tate")
    assert not transliterated("Barlou-Rejs", "Barlow-Rennick")


def test_english_dg_before_a_front_vowel_is_written_dzh_by_a_transliteration() -> None:
    from rashomon.comparison.entities.names import transliterated

    assert transliterated("Brumidzh", "Brummidge")
    assert transliterated("Bridzhet", "Bridget")
    assert not transliterated("Edgar", "Edzhar")  # dg before a, o, u is two sounds


def test_a_double_name_a_translation_wrote_back_joins_the_person_and_is_flagged() -> None:
    entities = resolve_entities([
        make("d1", "The painting was consigned by Marcus Barlow-Reyes, a collector. Barlow-Reyes declined to comment."),
        make("d2", "Collector Marcus Barlow-Reyes inherited the painting from his father."),
        make("d3", "The owner of the painting, the collector Marcus Barlou-Rejs, will defend the property."),
    ])
    person = entity_of(entities, "Marcus Barlow-Reyes")
    assert "Marcus Barlou-Rejs" in person.variants
    assert [s.text for s in person.suspect] == ["Marcus Barlou-Rejs"]


def test_a_place_with_dge_written_back_as_dzh_joins_the_place_and_is_flagged() -> None:
    entities = resolve_entities([
        make("p1", "All staff at Tormund Ridge station were evacuated. Tormund Ridge lies on a remote island."),
        make("p2", "The fire at Tormund Ridge destroyed the generator hall."),
        make("p3", "The sailors rescued the workers from the station Tormund-Ridzh, the ministry informed."),
    ])
    place = entity_of(entities, "Tormund Ridge")
    assert "Tormund-Ridzh" in place.variants
    assert [s.text for s in place.suspect] == ["Tormund-Ridzh"]


def test_a_place_with_a_generic_word_is_no_shorter_name_of_a_headed_body() -> None:
    from rashomon.comparison.entities.orgs import org_words, same_body

    places = {"orbeck"}
    authority = org_words("Orbeck Port Authority", places)
    assert not same_body(org_words("Orbeck General", places), authority)
    assert same_body(org_words("Orbeck Authority", places), authority)



def test_a_surname_written_with_a_silent_h_joins_the_person() -> None:
    entities = resolve_entities([
        make("a1", "Deputy Ambassador Henrik Vaar was told to leave within three days."),
        make("a2", "The expelled deputy ambassador Henrik Vaar flew home on Friday."),
        make("a3", "The ambassador Hendrik Wahr had to leave the country."),
    ])
    person = entity_of(entities, "Henrik Vaar")
    assert "Hendrik Wahr" in person.variants


def test_the_same_first_name_vouches_for_a_looser_transliteration_of_the_surname() -> None:
    entities = resolve_entities([
        make("a1", "Regional health director Dr Lina Tarrow closed the beaches on Monday."),
        make("a2", "The health director Lina Tarrow said the water was unsafe."),
        make("a3", "According to the director of health, the doctor Lina Tarreau, the fishing was banned."),
    ])
    person = entity_of(entities, "Lina Tarrow")
    assert "Lina Tarreau" in person.variants


def test_a_surname_translated_as_two_words_glued_is_the_same_person_flagged() -> None:
    entities = resolve_entities([
        make("g1", "Police Commissioner Ottokar Steinbrucker said the divers found nothing."),
        make("g2", "Police Commissioner Ottokar Stonebridge said the search would go on. Stonebridge spoke at dawn."),
    ])
    person = entity_of(entities, "Ottokar Steinbrucker")
    flagged = {s.text for s in person.suspect}
    assert "Ottokar Stonebridge" in flagged and "Stonebridge" in flagged


def test_two_glued_english_surnames_with_one_first_name_stay_two_people() -> None:
    entities = resolve_entities([
        make("g1", "Police Commissioner Ottokar Blackwood said the divers found nothing."),
        make("g2", "Police Commissioner Ottokar Stonebridge said the search would go on."),
    ])
    assert entity_of(entities, "Ottokar Blackwood") is not entity_of(entities, "Ottokar Stonebridge")


def test_a_street_name_written_back_word_by_word_joins_and_is_flagged() -> None:
    entities = resolve_entities([
        make("s1", "The parade turned onto Harbour Road at noon. Police closed Harbour Road for an hour."),
        make("s2", "According to the organisers, the parade went by the Road of the Port at noon."),
    ])
    assert entity_of(entities, "Road of the Port") == entity_of(entities, "Harbour Road")
    assert suspects(entities)["Road of the Port"] == "'Harbour Road' as a translation writes a street's name"


def test_a_street_name_with_an_unrelated_word_stays_apart() -> None:
    entities = resolve_entities([
        make("s1", "The parade turned onto Mill Road at noon. Police closed Mill Road for an hour."),
        make("s2", "According to the organisers, the parade went by the Road of the Bridge at noon."),
    ])
    assert entity_of(entities, "Road of the Bridge") != entity_of(entities, "Mill Road")
    assert not suspects(entities)


def test_a_body_of_the_thing_leaves_its_one_word_name_to_the_thing() -> None:
    entities = resolve_entities([
        make("l1", "The council sold the Brenlow Opera House on Tuesday. Friends of the Brenlow protested."),
        make("l2", "Friends of the Brenlow said the Brenlow deserved better than a sale."),
    ])
    assert entity_of(entities, "Brenlow") == entity_of(entities, "Brenlow Opera House")
    assert entity_of(entities, "Friends of the Brenlow") != entity_of(entities, "Brenlow Opera House")


def test_a_country_in_y_beside_its_ian_demonym_is_no_short_form_of_a_body() -> None:
    entities = resolve_entities([
        make("c1", "Runner Ilse Marov of Tessany won the race. The Tessany Rowing Federation said the times stand."),
        make("c2", "The president of the Tessanian Federation of Rowing said the Tessanian runners were robbed."),
    ])
    body = entity_of(entities, "Tessany Rowing Federation")
    assert entity_of(entities, "Tessany") != body
    assert entity_of(entities, "Tessanian") != body
    assert not suspects(entities)


@pytest.mark.parametrize("courtesy", ["Madame", "Frau", "Monsieur", "Señora", "Signor"])
def test_foreign_courtesy_title_left_by_translation_marks_the_person(courtesy: str) -> None:
    entities = resolve_entities([
        make("f1", "Transport Minister Odile Varrent opened the bridge on Friday. Varrent said the tolls would end in May."),
        make("f2", f"The minister Odile Varrent cut the ribbon. {courtesy} Varrente then promised an end to the tolls."),
    ])
    minister = entity_of(entities, "Odile Varrent")
    assert "Varrente" in {m.text for m in minister.mentions}
    assert "Varrente" in suspects(entities)
    assert not any(courtesy in m.text for e in entities for m in e.mentions)


def test_a_glued_translated_surname_beside_a_vocabulary_surname_is_flagged() -> None:
    # "Hollis" is in the embedder's vocabulary but in no dictionary: "Hollisford" is no pair of English words
    entities = resolve_entities([
        make("h1", "Board chairman Gerhardt Hollisford said the plant would stay open."),
        make("h2", "Chairman Gerhardt Hollisford repeated the pledge on Friday."),
        make("h3", "The chairman Gerhard Hawkhill declared that the plant will stay open. Hawkhill smiled."),
    ])
    person = entity_of(entities, "Gerhardt Hollisford")
    assert {"Gerhard Hawkhill", "Hawkhill"} <= {s.text for s in person.suspect}
