"""Which one of several, told with "No." or "number" (conflicts/designations.py)."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.conflicts.designations import designations
from rashomon.model import Claim
from tests.conftest import make_article


def _which(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, (), articles) if c.explanation.startswith("which")]


def _claim(text):
    return Claim(id="a1.s0", article="a1", sentence="a1.s0", text=text, start=0, end=len(text))


def test_the_noun_before_the_mark_else_the_noun_after_it():
    assert [d[:2] for d in designations(_claim("The pump number 3 failed first."))] == [("pump", "3")]
    assert [d[:2] for d in designations(_claim("Its No. 4 pump failed first."))] == [("pump", "4")]


def test_two_pumps_named_for_one_failure_conflict():
    (found,) = _which(
        "The ferry lost power at sea on Friday after its No. 2 pump failed.",
        "The ferry lost power at sea on Friday when its pump number 3 failed.",
    )
    assert found.kind == "number" and {s.normalized for s in found.sides} == {"2", "3"}


def test_an_article_naming_both_tells_of_two():
    assert not _which(
        "The ferry lost power at sea on Friday after its No. 2 pump failed; pump No. 3 held.",
        "The ferry lost power at sea on Friday when its pump number 3 failed.",
    )
