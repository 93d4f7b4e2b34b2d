"""One thing told with a common noun and two different proper names (conflicts/heads.py)."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.conflicts.heads import _apart, named_heads, place_heads
from rashomon.model import Claim
from tests.conftest import make_article


def _names(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "name"]


def _heads(text):
    claim = Claim(id="c", article="a", sentence="s", text=text, start=0, end=len(text))
    return [(head, name) for head, name, _, _ in named_heads(claim)]


def test_a_name_after_its_head_and_a_name_before_an_appositive_are_read():
    assert _heads("The soup was cooked by the bakery Pellmora for the fair.") == [("bakery", "Pellmora")]
    assert _heads("The soup came from Quillvane, a small bakery that supplies the fair.") == [("bakery", "Quillvane")]
    assert _heads("The club named the team's coach, Tobin Arkwell, on Friday.") == [("coach", "Tobin Arkwell")]


def test_a_verb_or_a_function_word_before_a_name_is_no_head():
    assert _heads("The soup came from Quillvane on Friday.") == []
    assert _heads("After the storm, Kerrow residents stayed indoors.") == []


def test_one_supplier_with_two_names_conflicts():
    (found,) = _names(
        "Forty guests fell ill after the soup was supplied by Quillvane, a small bakery that serves the fair.",
        "Forty guests fell ill after the soup was supplied by Pellmora, the bakery that serves the fair.",
    )
    assert {s.value for s in found.sides} == {"Quillvane", "Pellmora"}
    assert "which bakery" in found.explanation


def test_a_third_article_naming_one_side_joins_it():
    (found,) = _names(
        "Forty guests fell ill after the soup was supplied by Quillvane, a small bakery that serves the fair.",
        "Forty guests fell ill after the soup was supplied by Pellmora, the bakery that serves the fair.",
        "The council cancelled the contract of the firm Quillvane after forty guests fell ill at the fair.",
    )
    groups = {(s.article, s.group) for s in found.sides}
    assert len(groups) == 3 and len({g for _, g in groups}) == 2


def test_an_article_naming_both_tells_of_two():
    assert not _names(
        "Forty guests fell ill after the soup was supplied by Quillvane, a small bakery that serves the fair.",
        "Forty guests fell ill after the soup was supplied by Pellmora, the bakery that serves the fair. "
        "Quillvane sold bread there too.",
    )


def test_one_name_spelt_two_ways_is_no_conflict():
    assert not _names(
        "Forty guests fell ill after the soup was supplied by Quillvane, a small bakery that serves the fair.",
        "Forty guests fell ill after the soup was supplied by Quilvane, the bakery that serves the fair.",
    )


def test_a_things_name_in_ordinary_words_may_be_a_translation():
    assert not _names(
        "Forty guests fell ill after the soup was supplied by Casa Blanca, a small bakery that serves the fair.",
        "Forty guests fell ill after the soup was supplied by White House, the bakery that serves the fair.",
    )


def test_two_names_in_unrelated_sentences_are_no_conflict():
    assert not _names(
        "Forty guests fell ill after the soup was supplied by Quillvane, a small bakery that serves the fair.",
        "The mayor opened a new road to the harbour, built by Pellmora, the bakery owner's son.",
    )



def test_two_names_told_with_two_places_are_two_events():
    assert not _names(
        "The reporter Tomas Quellin was detained by the police in Varnby on Sunday.",
        "The reporter Ilse Dorrant was detained by the police in Oskelund on Sunday.",
    )


def test_a_name_before_its_head_is_read():
    assert ("hospital", "Varnby") in _heads("The injured were taken to the Varnby hospital on Monday.")
    assert _heads("The Varnby Hospital Trust said nothing.") == []


def test_one_hospital_with_two_names_conflicts():
    (found,) = _names(
        "The eleven injured miners were treated at the Varnby hospital late on Monday night.",
        "Late on Monday night the eleven injured miners were treated at the Oskelund hospital.",
    )
    assert {s.value for s in found.sides} == {"Varnby", "Oskelund"}
    assert "which hospital" in found.explanation


def _places(text):
    claim = Claim(id="c", article="a", sentence="s", text=text, start=0, end=len(text))
    return [(head, name) for head, name, _, _ in place_heads(claim)]


def test_a_place_told_by_its_head_without_an_article_or_with_of_is_read():
    assert _places("Nine riders were hurt at Pellmont Square tram station on Monday.") == [("station", "Pellmont Square")]
    assert _places("A shepherd found the coins near the village of Tarrowby.") == [("village", "Tarrowby")]


def test_no_place_where_the_head_is_no_place_or_the_place_is_a_persons_home():
    assert _places("The treaty was signed by the government of Quessia.") == []
    assert _places("The decree came from the minister of Quessia.") == []
    assert _places("said Oda Renn, a baker in Tarrowby village near the coast.") == []
    assert _places("A farmer from the village of Tarrowby found the coins.") == []


def test_one_station_with_two_names_conflicts():
    (found,) = _names(
        "Nine riders were hurt on Monday when an escalator at Pellmont Square station suddenly reversed.",
        "Nine riders were hurt on Monday when an escalator at Orchard Lane station suddenly reversed.",
    )
    assert {s.value for s in found.sides} == {"Pellmont Square", "Orchard Lane"}
    assert "which station" in found.explanation


def test_one_village_with_two_names_conflicts():
    (found,) = _names(
        "A shepherd found a pot of forty gold coins near the village of Tarrowby on Sunday.",
        "A shepherd found a pot of forty gold coins outside the village of Kessmoor on Sunday.",
    )
    assert {s.value for s in found.sides} == {"Tarrowby", "Kessmoor"}


def test_two_places_that_one_article_names_together_are_no_conflict():
    assert not _names(
        "A shepherd found a pot of forty gold coins near the village of Tarrowby on Sunday.",
        "A shepherd found a pot of forty gold coins outside the village of Kessmoor on Sunday.",
        "Kessmoor lies a short walk from Tarrowby, across the river.",
    )


def test_where_a_voyage_began_and_where_it_ended_are_no_conflict():
    assert not _names(
        "The boat with forty migrants on board sailed from the port of Varnesk on Monday night.",
        "The boat with forty migrants on board was brought to the port of Dellomar on Monday night.",
    )


def test_a_name_told_as_a_speaker_or_an_employer_is_no_place():
    texts = {"a": "Trading halted at Berholt Quay terminal.", "b": "Berholt Quay said the terminal stays shut."}
    assert not _apart("berholt quay", "ostrel dock", texts)
    texts = {"a": "Trading halted at Berholt Quay terminal.", "b": "Berholt Quay's staff went home early."}
    assert not _apart("berholt quay", "ostrel dock", texts)
    texts = {"a": "The coins were found near the village of Tarrowby.", "b": "Tarrowby's past was always rich."}
    assert _apart("tarrowby", "kessmoor", texts)
