"""The size of one gathering told two ways (conflicts/gatherings.py, used by values.shared_context).
Invented sentences."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.gatherings import gathering_size, one_gathering
from rashomon.comparison.conflicts.values import number_findings
from tests.conftest import make_article


def _claim(article_id, text):
    claim = next(c for c in extract_claims([make_article(article_id, text)]) if any(v.kind == "number" for v in c.values))
    return claim, next(v for v in claim.values if v.kind == "number")


def _numbers(text_a, text_b):
    (a, _), (b, _) = _claim("a1", text_a), _claim("a2", text_b)
    return [f for f in number_findings(a, b) if getattr(f, "kind", "") == "number"]


def test_a_group_noun_before_of_gives_a_gatherings_size():
    assert gathering_size(*_claim("a1", "A crowd of 12,000 was at the parade in Tessby."))
    assert gathering_size(*_claim("a1", "The band played to an audience of about 900 people."))
    assert not gathering_size(*_claim("a1", "The ferry company has a staff of 40 in Tessby."))  # an organisation
    assert not gathering_size(*_claim("a1", "The parade drew 12,000 people to Tessby."))  # no group noun


def test_a_crowd_and_a_count_of_fans_disagree():
    found = _numbers("A crowd of 12,000 was in the arena.", "The 15,000 supporters crammed into the arena were silent.")
    assert found and {found[0].a.value, found[0].b.value} == {"12,000", "15,000"}


def test_two_audiences_of_one_size_agree():
    assert not _numbers("The choir sang to an audience of about 900 people.", "An audience of 900 listeners heard the choir.")


def test_two_counts_of_people_with_no_gathering_are_left_alone():
    assert not _numbers("The parade drew 12,000 people.", "Police said 15,000 supporters were arrested.")


def test_a_second_count_of_people_in_the_sentence_leaves_it_out():
    a, va = _claim("a1", "A crowd of 12,000 and 40 dancers were at the parade.")
    b, vb = _claim("a2", "The 15,000 supporters cheered.")
    assert not one_gathering(a, va, b, vb)
