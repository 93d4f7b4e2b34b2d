"""entities.resolve: the steps run in order; here the case endings a translation leaves on names."""

from __future__ import annotations

from rashomon.comparison.entities import resolve_entities

from entity_helpers import entity_of, make, suspects


def test_a_foreign_case_ending_after_an_apostrophe_joins_the_bare_name_and_is_flagged() -> None:
    entities = resolve_entities([
        make("k1", "President Aron Velmek lost the vote in Dravonia on Sunday. Velmek conceded on Monday."),
        make("k2", "Velmek'in party lost the referendum. Turnout in Dravonia'da was low."),
    ])
    person = entity_of(entities, "Aron Velmek")
    assert "Velmek'in" in person.variants
    assert any(s.text == "Velmek'in" and "case ending" in s.reason for s in person.suspect)
    assert any(s.text == "Dravonia'da" for s in entity_of(entities, "Dravonia").suspect)


def test_english_endings_and_unknown_stems_are_left_alone() -> None:
    entities = resolve_entities([
        make("e1", "Aron Velmek won the vote. Velmek's party celebrated, and Velmek'll speak on Monday."),
        make("e2", "Ka'lani Brooks, 19, was the youngest voter in Dravonia."),
    ])
    assert not any("case ending" in s.reason for e in entities for s in e.suspect)


def test_an_unlisted_first_name_joins_the_person_its_own_article_names_in_full() -> None:
    entities = resolve_entities([
        make("f1", "Union leader Tjerk Valmond called the strike. Tjerk's brother said he loved the yard."),
        make("f2", "Tjerk Valmond said talks had failed."),
    ])
    assert entity_of(entities, "Tjerk") == entity_of(entities, "Tjerk Valmond")


def test_an_unlisted_first_name_stays_apart_where_no_full_name_stands_beside_it() -> None:
    entities = resolve_entities([
        make("u1", "Union leader Tjerk Valmond called the strike."),
        make("u2", "Tjerk's harbour reopened on Monday."),
    ])
    assert entity_of(entities, "Tjerk") != entity_of(entities, "Tjerk Valmond")


def test_an_acronym_opening_a_name_is_no_first_name() -> None:
    entities = resolve_entities([
        make("b1", "Tonight the NTV Valmond show returns. NTV said the host was ready."),
        make("b2", "Tjerk Valmond will host the show."),
    ])
    assert not any({"NTV", "NTV Valmond"} <= set(e.variants) for e in entities)


def test_a_countrys_formal_name_is_the_country_but_not_after_another_word() -> None:
    entities = resolve_entities([
        make("r1", "Grain prices rose in Ostrevia. Trucks left for the Republic of Ostrevia on Monday."),
        make("r2", "Ostrevia closed its border. The Democratic Republic of Ostrevia protested."),
    ])
    assert entity_of(entities, "Republic of Ostrevia") == entity_of(entities, "Ostrevia")
    assert not entity_of(entities, "Republic of Ostrevia").suspect
    assert entity_of(entities, "Democratic Republic of Ostrevia") != entity_of(entities, "Ostrevia")


def test_a_hyphen_between_capitalised_words_parts_them_as_a_space_does() -> None:
    entities = resolve_entities([
        make("h1", "The regatta ended in Port Vellaury on Sunday. Port Vellaury hosts it every year."),
        make("h2", "Sailors reached Port Vellaury after a storm."),
        make("h3", "The regatta of Port-Vellori finished on Sunday."),
    ])
    town = entity_of(entities, "Port Vellaury")
    assert entity_of(entities, "Port-Vellori") == town
    assert [s.text for s in town.suspect] == ["Port-Vellori"]


def test_a_pet_form_of_the_first_name_is_not_flagged() -> None:

    entities = resolve_entities([
        make("n1", "Minister Johannes Brekkestad opened the port. Brekkestad said trade would grow."),
        make("n2", "Minister Johannes Brekkestad spoke on Tuesday."),
        make("n3", "Minister Hans Brekkestad opened the port on Monday. Brekkestad said trade would grow."),
    ])
    assert not suspects(entities)


def test_a_first_name_with_its_umlaut_spelled_out_is_not_flagged() -> None:

    entities = resolve_entities([
        make("n1", "Minister Bjørn Sandtorv opened the port. Sandtorv said trade would grow."),
        make("n2", "Minister Bjørn Sandtorv spoke on Tuesday."),
        make("n3", "Minister Bjoern Sandtorv opened the port on Monday. Sandtorv said trade would grow."),
    ])
    assert not suspects(entities)


def test_a_patronymic_where_the_surname_belongs_is_flagged() -> None:

    entities = resolve_entities([
        make("n1", "Minister Pyotr Ilyich Varlamov opened the port. Varlamov said trade would grow."),
        make("n2", "Minister Pyotr Ilyich Varlamov spoke on Tuesday."),
        make("n3", "Minister Pyotr Ilyich opened the port on Monday. Ilyich said trade would grow."),
    ])
    assert "patronymic" in suspects(entities).get("Ilyich", "")


def test_a_name_written_surname_first_where_others_write_it_first_name_first_is_flagged() -> None:

    entities = resolve_entities([
        make("n1", "Senator Daniel Brackwater voted no. Brackwater said the bill was rushed."),
        make("n2", "Senator Daniel Brackwater voted against the bill."),
        make("n3", "Senator Brackwater Daniel voted no on Monday. Daniel said the bill was rushed."),
    ])
    assert "swapped" in suspects(entities).get("Brackwater Daniel", "")


def test_which_article_comes_first_does_not_decide_whether_two_full_names_are_one_person() -> None:
    wire = make("w1", "The Minister of Fisheries of Talvaria, Jonas Pelterin, signed the quota deal on Friday.")
    translated = make("t1", "Her counterpart, Jonas Peltering, praised the deal. Later Matteo Pelterin told reporters "
                            "his country asked for nothing.")
    groups = []
    for articles in ([wire, translated], [translated, wire]):
        entities = resolve_entities(articles)
        groups.append(sorted(sorted(e.variants) for e in entities if any("Pelter" in v for v in e.variants)))
    assert groups[0] == groups[1]
    assert any({"Jonas Pelterin", "Matteo Pelterin"} <= set(group) for group in groups[0])


def test_two_first_names_written_once_each_are_told_apart_by_the_rest_of_the_story_not_the_order() -> None:
    first = make("p1", "The curator, Maelis Torvander, closed the gallery on Monday.")
    second = make("p2", "Curator Maeve Torvander said the gallery would reopen.")
    third = make("p3", "Maelis Torvandir, the curator, called the loss painful.")
    for articles in ([first, second, third], [second, first, third], [third, second, first]):
        entities = resolve_entities(articles)
        person = next(e for e in entities if "Maelis Torvander" in e.variants)
        assert person.name == "Maelis Torvander"
        assert "Maeve Torvander" in suspects(entities)
        assert "Maelis Torvander" not in suspects(entities)


def test_a_monarchs_number_ends_the_name_and_the_realm_after_of_stays_a_place() -> None:
    entities = resolve_entities([
        make("m1", "Queen Adela II of Morvenna opened the bridge on Friday. Adela II cut the ribbon."),
        make("m2", "Crowds in Morvenna cheered as Queen Adela II arrived. Morvenna has waited years."),
    ])
    queen = entity_of(entities, "Adela II")
    assert "Morvenna" not in queen.variants and "Adela II of Morvenna" not in queen.variants
    assert entity_of(entities, "Morvenna").name == "Morvenna"


def test_a_name_written_with_a_word_before_it_is_no_second_first_name() -> None:
    # "Ferry Silver Orvenna" in a headline beside "Silver Orvenna": one name, not two people sharing
    # a surname; typed alike read alone and beside another article
    alone = make("v1", "Ferry Silver Orvenna grounded near Kesta.\n\nThe ferry Silver Orvenna ran onto a sandbank on Thursday.")
    other = make("v2", "The ferry Silver Orvenna grounded on a sandbank on Thursday night, the operator said.")
    for articles in ([alone], [alone, other]):
        entities = resolve_entities(articles)
        assert entity_of(entities, "Silver Orvenna").type != "PERSON"
    # two first names before one surname still read as a person's ("Ruud Kessling" / "Rudolf Kessling")
    people = resolve_entities([make("r1", "Ruud Vanterholm opened the gallery on Monday."),
                               make("r2", "Rudolf Vanterholm opened the gallery on Monday.")])
    assert any(e.type == "PERSON" and "Vanterholm" in e.name for e in people)
