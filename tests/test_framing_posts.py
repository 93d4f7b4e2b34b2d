"""A plain post before or for a person is attribution, never a loaded-word cue."""

from rashomon.comparison.framing.hits import _Hit
from rashomon.comparison.framing.posts import drop_plain_posts, is_plain_post


def _loaded(text: str, word: str) -> _Hit:
    start = text.index(word)
    return _Hit(kind="loaded", start=start, end=start + len(word), note="")


def test_an_office_or_a_narrower_name_for_one_is_a_plain_post():
    assert is_plain_post("mayor")
    assert is_plain_post("Burgomaster")  # OEWN: a kind of mayor


def test_a_charged_noun_for_a_person_is_no_post():
    for word in ("strongman", "traitor", "thug", "tyrant", "supremo", "dictator"):
        assert not is_plain_post(word), word


def test_a_post_before_a_name_or_after_the_loses_its_loaded_cue():
    text = "Burgomaster Pellweg opened the bridge, and the burgomaster cut the ribbon."
    hits = [_loaded(text, "Burgomaster"), _loaded(text, "burgomaster")]
    assert drop_plain_posts(text, hits) == []


def test_an_epithet_before_a_name_keeps_its_cue():
    text = "The strongman Orvatz spoke; the traitor Kallin fled."
    hits = [_loaded(text, "strongman"), _loaded(text, "traitor")]
    assert drop_plain_posts(text, hits) == hits


def test_a_post_in_a_bare_plural_keeps_its_cue():
    text = "Burgomasters gathered in the square."
    hits = [_loaded(text, "Burgomasters")]
    assert drop_plain_posts(text, hits) == hits
