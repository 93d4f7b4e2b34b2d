"""One structure named differently in two articles (conflicts/structures.py)."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from tests.conftest import make_article


def _names(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "name"]


def test_one_terminal_with_two_names_conflicts():
    (found,) = _names(
        "The fire broke out at the Norrvik terminal of the port on Monday night.",
        "The fire broke out on Monday night at the Eskdal terminal of the port.",
    )
    assert {s.value for s in found.sides} == {"Norrvik terminal", "Eskdal terminal"}
    assert "which terminal" in found.explanation


def test_an_article_naming_both_structures_tells_of_two():
    assert not _names(
        "The fire broke out at the Norrvik terminal of the port on Monday night. The Eskdal terminal stayed open.",
        "The fire broke out on Monday night at the Eskdal terminal of the port.",
    )


def test_one_name_spelt_two_ways_is_no_conflict():
    assert not _names(
        "The fire broke out at the Norrvik terminal of the port on Monday night.",
        "The fire broke out on Monday night at the Norvik terminal of the port.",
    )


def test_one_vessel_with_one_word_of_its_name_changed_conflicts():
    assert _names(
        "The cargo ship Grey Heron ran aground off the cape of Moll on Sunday.",
        "The vessel, the Grey Falcon, ran aground off the cape of Moll on Sunday.",
    )


def test_a_vessels_name_with_no_word_in_common_may_be_a_translation():
    assert not _names(
        "The tanker Luz del Mar ran aground off the cape of Moll on Sunday.",
        "The tanker Sea Light ran aground off the cape of Moll on Sunday.",
    )


def test_two_coined_names_for_one_vessel_conflict():
    (found,) = _names(
        "Ammonia leaked while it was pumped ashore from the tanker Brantholm Star on Monday.",
        "Ammonia leaked on Monday while it was pumped from the vessel Cape Orrish.",
    )
    assert {s.value for s in found.sides} == {"Brantholm Star", "Cape Orrish"}


def test_one_work_with_one_word_of_its_quoted_title_changed_conflicts():
    (found,) = _names(
        'Thieves took four paintings, including Anna Velt\'s "Woman with a Harp", on Friday night.',
        'The haul, including Velt\'s famous "Girl with a Harp", was taken on Friday night.',
        'Thieves made off with four canvases, among them the "Woman with the Harp" of Anna Velt, on Friday.',
    )
    groups = {s.article: s.group for s in found.sides}
    assert len(groups) == 3 and groups["a1"] == groups["a3"] != groups["a2"]


def test_a_quoted_phrase_not_told_as_a_work_is_no_title():
    assert not _names(
        'The minister called the plan "Clean Water First" on Friday night.',
        'The minister called the plan "Clean Air First" on Friday night.',
    )
