"""A part told "N of them" counts the noun of the figure before it (pronoun_parts), so an article
that counts a whole and then a part of it counts that noun two ways (values.counted_several_ways)."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.pronoun_parts import counted_nouns
from rashomon.comparison.conflicts.values import counted_several_ways, shared_context
from tests.conftest import make_article


def _numbers(*texts):
    claims = extract_claims([make_article(f"a{i + 1}", t) for i, t in enumerate(texts)])
    numbers = {}
    for c in claims:
        numbers.setdefault(c.article, []).extend((c, v) for v in c.values if v.kind == "number")
    return numbers


def test_of_them_counts_the_noun_of_the_sentence_before():
    numbers = _numbers("The club sold 8,000 tickets for the final. The police checked 900 of them at the gate.")
    assert [(v.text, noun) for _, v, noun in counted_nouns(numbers["a1"])] == [("8,000", "tickets"), ("900", "tickets")]


def test_of_them_too_far_from_any_count_counts_nothing():
    numbers = _numbers("The club sold 8,000 tickets. The final was played in rain. Fans cheered. Police checked 900 of them.")
    assert [(v.text, noun) for _, v, noun in counted_nouns(numbers["a1"])] == [("8,000", "tickets")]


def test_a_whole_and_its_part_are_no_sole_count_of_the_noun():
    numbers = _numbers(
        "The league found that 900 tickets had been forged by a gang.",
        "Fans bought 8,000 tickets, mostly online. Stewards turned away 700 of them at the gate.",
    )
    several = counted_several_ways(numbers)
    assert ("a2", "ticket") in several
    (a, va), (b, vb) = numbers["a1"][0], numbers["a2"][0]
    # the noun counted once in each article would make the forged 900 and the 8,000 bought one quantity
    assert shared_context(a, va, b, vb) == {"ticket"}
    assert shared_context(a, va, b, vb, several=several) is None
