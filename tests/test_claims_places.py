from rashomon.comparison.claims.places import read_places


def _places(text):
    return [(p.act, p.name) for p in read_places(text)]


def test_the_place_after_the_verb_past_common_nouns():
    assert _places("Ormanov was detained on Thursday at a checkpoint near Tobylgan, 80 km north of Udrin.") == [("detain", "Tobylgan")]
    assert _places("The survivors were transferred to the port of Marsena, where they were treated.") == [("bring", "Marsena")]


def test_a_direction_from_another_place_and_a_weekday_are_no_place():
    assert _places("He was detained on Friday at his home in Tessby, north of Varnholm.") == [("detain", "Tessby")]
    assert _places("He was detained on Friday.") == []


def test_every_place_something_happened_with_whether_it_is_a_street():
    from rashomon.comparison.claims.places import place_names

    text = "The cyclist was riding near the corner of 43rd Street and Fennel Avenue in Oakridge on Dec. 3."
    assert place_names(text) == {"43rd Street": True, "Oakridge": False}
    assert place_names("The vote in Sunday's referendum was close, north of Varnholm.") == {}
