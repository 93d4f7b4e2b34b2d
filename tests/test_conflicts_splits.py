"""Panel splits (rashomon.comparison.conflicts.splits), with sentences written for these tests."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.conflicts.splits import splits
from tests.conftest import conflicts_of, make_article


def _numbers(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "number"]


def test_splits_are_read_in_every_wording():
    claims = extract_claims([make_article("a1", "The tribunal ruled by six votes to three. The jury gave a 10-2 verdict. "
                                                 "The council voted nine to nil. The senate passed it by 61 votes to 38.")])
    read = [s.normalized for c in claims for s in splits(c)]
    assert read == ["6-3", "10-2"]  # "nil" is no figure read here; a senate's count is no panel's


def test_two_splits_of_one_ruling_disagree():
    numbers = _numbers(
        "The appeals tribunal upheld the fishing ban on Monday, ruling by six votes to three.",
        "The appeals tribunal upheld the fishing ban on Monday in a 5-4 decision.",
    )
    assert len(numbers) == 1 and {s.normalized for s in numbers[0].sides} == {"6-3", "5-4"}


def test_a_unanimous_decision_against_a_split_one_disagrees():
    numbers = _numbers(
        "The museum's board of trustees voted eight to one to sell the painting.",
        "The museum's trustees unanimously agreed on Tuesday to sell the painting to a private buyer.",
    )
    assert len(numbers) == 1 and {s.normalized for s in numbers[0].sides} == {"8-1", "unanimous"}


def test_splits_read_once_per_claim_give_the_same_findings():
    from rashomon.comparison.conflicts.splits import split_findings

    a, b = extract_claims([
        make_article("a1", "The appeals tribunal upheld the fishing ban, ruling by six votes to three."),
        make_article("a2", "The appeals tribunal upheld the fishing ban in a 5-4 decision."),
    ])
    told = {c.id: splits(c) for c in (a, b)}
    assert list(split_findings(a, b, told)) == list(split_findings(a, b))
    assert [f.what for f in split_findings(a, b, told)] == ["the vote"]


def test_a_split_voted_with_a_dash_is_read():
    claims = extract_claims([make_article("a1", "The zoning board voted 7-2 on Monday. The panel voted 5 – 4 to delay.")])
    assert [s.normalized for c in claims for s in splits(c)] == ["7-2", "5-4"]


def test_one_split_told_as_a_score_and_in_words_is_one_side():
    """"voted 7-2" and "by seven votes to two" are one vote: the third outlet's "6-3" differs from
    both (the score was told as "7002 score", three values where there are two)."""
    numbers = _numbers(
        "The zoning board voted 7-2 on Monday to approve the Lindqvist tower.",
        "In a 6-3 vote on Monday, the zoning board approved the Lindqvist tower.",
        "The zoning board approved the Lindqvist tower on Monday by seven votes to two.",
    )
    assert len(numbers) == 1
    conflict = numbers[0]
    assert conflict.explanation.startswith("the vote: ")
    groups = {}
    for side in conflict.sides:
        groups.setdefault(side.group, set()).add((side.article, side.normalized))
    assert sorted(map(sorted, groups.values())) == [[("a1", "7-2"), ("a3", "7-2")], [("a2", "6-3")]]


def test_a_score_is_told_as_the_score_it_is():
    """A score is read as one figure, the higher first (3-1 is 3001): its side shows "3-1", and the
    finding says "the score" (it said "3001 score" and "the figure")."""
    numbers = [c for c in conflicts_of(
        "The Kestrel Otters won 3-1 against Harrow Mills on Saturday.",
        "The Kestrel Otters won 4-1 against Harrow Mills on Saturday.",
    ) if c.kind == "number"]
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"3-1", "4-1"}
    assert numbers[0].explanation.startswith("the score: ")
