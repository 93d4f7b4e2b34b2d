from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.entities import resolve_entities
from tests.conftest import make_article


def _names(*texts):
    articles = [make_article(f"a{k + 1}", t) for k, t in enumerate(texts)]
    entities = resolve_entities(articles)
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    return [c for c in find_conflicts(claims, alignment, entities, articles) if c.kind == "name"]


def test_the_same_group_brought_to_differently_named_places():
    (found,) = _names(
        "The survivors were landed at Porto Ferrin on Wednesday afternoon after the rescue.",
        "The survivors were transferred to the port of Marsena on Wednesday after the rescue.",
    )
    assert {s.value for s in found.sides} == {"Porto Ferrin", "Marsena"}
    assert found.explanation.startswith("where the survivor")


def test_a_spelling_of_one_place_is_no_conflict():
    assert not _names(
        "The survivors were landed at Porto Ferrin on Wednesday afternoon after the rescue.",
        "The survivors were transferred to Porto Ferin on Wednesday after the rescue.",
    )
