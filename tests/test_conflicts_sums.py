"""What a sum of money is of (conflicts/sums.py): a cost and fees are two sums, a sum naming no
such thing is compared with either."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import Claim, extract_claims, find_values
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.conflicts.sums import sum_of
from tests.conftest import make_article


def _claim(text: str) -> Claim:
    return Claim(id="x", article="a", sentence="s", text=text, start=0, end=len(text), values=find_values(text))


def _numbers(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "number"]


def test_the_thing_a_sum_is_named_as():
    told = {
        "The new roof cost the parish about 95,000 crowns.": "cost",
        "Court fees for the hearing reached 12,000 crowns.": "fee",
        "The club was handed a fine of 30,000 euros.": "fine",
        "He was ordered to pay 5,000 euros in damages.": "damages",
        "The kidnappers asked for 2 million dollars.": "",
        "The agency's budget, set at 4 million euros, was cut.": "budget",
    }
    for text, thing in told.items():
        claim = _claim(text)
        assert [sum_of(claim, v) for v in claim.values if v.kind == "number"] == [thing], text


def test_a_word_past_the_figures_clause_names_nothing_of_it():
    claim = _claim("The town paid 8,000 crowns; its budget for next year is unknown.")
    assert [sum_of(claim, v) for v in claim.values if v.kind == "number"] == [""]


def test_a_cost_and_fees_are_two_sums():
    assert not _numbers(
        "The repair of the Tellan bridge cost the town about 260,000 crowns, the council said.",
        "Lawyers' fees for the Tellan bridge dispute are put at 70,000 crowns, the council said.",
    )


def test_one_thing_named_in_both_is_still_compared():
    numbers = _numbers(
        "The repair of the Tellan bridge cost the town about 260,000 crowns, the council said.",
        "The repair bill for the Tellan bridge came to 310,000 crowns, the council said.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["310,000", "about 260,000"]]


def test_a_sum_naming_no_thing_is_compared_with_a_named_one():
    numbers = _numbers(
        "The gang holding the Orvel trawler crew demanded 2 million dollars in gold.",
        "The gang holding the Orvel trawler crew wants a ransom of 5 million dollars.",
    )
    assert [sorted(s.value for s in c.sides) for c in numbers] == [["2 million", "5 million"]]


def test_a_projects_cost_and_the_investment_in_it_are_one_sum():
    cost = _claim("The dam is expected to cost 4 billion crowns.")
    investment = _claim("Total investment in the dam is 5 billion crowns.")
    assert sum_of(cost, cost.values[0]) == sum_of(investment, investment.values[0]) == "cost"
