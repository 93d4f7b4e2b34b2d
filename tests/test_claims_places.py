from rashomon.comparison.claims.places import read_places


def _places(text):
    return [(p.act, p.name) for p in read_places(text)]


def test_the_place_after_the_verb_past_common_nouns():
    assert _places("Ormanov was detained on Thursday at a checkpoint near Tobylgan, 80 km north of Udrin.") == [("detain", "Tobylgan")]
    assert _places("The survivors were transferred to the port of Marsena, where they were treated.") == [("bring", "Marsena")]


def test_a_direction_from_another_place_and_a_weekday_are_no_place():
    assert _places("He was detained on Friday at his home in Tessby, north of Varnholm.") == [("detain", "Tessby")]
    assert _places("He was detained on Friday.") == []
