"""One thing's name told with one coined word changed (conflicts/swapped.py)."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.conflicts.swapped import _swapped
from rashomon.comparison.entities import resolve_entities
from tests.conftest import make_article


def test_one_coined_word_changed_is_two_versions_of_one_name():
    assert _swapped("kellby ratings", "ostmark ratings")
    assert _swapped("dellish mining company", "quorrant mining company")


def test_an_ordinary_word_changed_may_be_a_translation_or_another_body():
    assert not _swapped("marrow transit authority", "marrow traffic authority")
    assert not _swapped("interior ministry", "foreign ministry")
    assert not _swapped("kellby bay", "clean bay")


def test_a_spelling_a_direction_or_two_changed_words_is_no_version():
    assert not _swapped("kellby ratings", "kelby ratings")
    assert not _swapped("northern kellby", "southern kellby")
    assert not _swapped("kellby ratings group", "ostmark credit group")
    assert not _swapped("kellby", "ostmark")
    assert not _swapped("ivar kellby", "ivar ostmark")  # a surname: no head
    assert not _swapped("kellby ii", "kellby 8900")


def _names(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    entities = resolve_entities(articles)
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    return [c for c in find_conflicts(claims, alignment, entities, articles) if c.kind == "name"]


def test_one_agency_named_with_one_coined_word_changed_conflicts():
    (found,) = _names(
        "The agency Kellby Ratings cut the town's credit rating to junk on Monday.",
        "On Monday the agency Ostmark Ratings cut the credit rating of the town to junk.",
    )
    assert {s.value for s in found.sides} == {"Kellby Ratings", "Ostmark Ratings"}


def test_an_article_naming_both_agencies_tells_of_two():
    assert not [
        c for c in _names(
            "The agency Kellby Ratings cut the town's credit rating to junk on Monday. Ostmark Ratings kept it.",
            "On Monday the agency Ostmark Ratings cut the credit rating of the town to junk.",
        ) if "Ratings" in c.explanation
    ]


def test_a_third_article_naming_one_agency_joins_its_side():
    (found,) = [
        c for c in _names(
            "The agency Kellby Ratings cut the town's credit rating to junk on Monday.",
            "On Monday the agency Ostmark Ratings cut the credit rating of the town to junk.",
            "Kellby Ratings said the town's debts were too high.",
        ) if "Ratings" in c.explanation
    ]
    assert {(s.article, s.value) for s in found.sides} == {
        ("a1", "Kellby Ratings"), ("a2", "Ostmark Ratings"), ("a3", "Kellby Ratings"),
    }
