"""Unique claims: clauses of agreed claims, and short parts stating a figure only one outlet gives."""

from __future__ import annotations

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from tests.conftest import make_article


def _align(*texts):
    claims = extract_claims([make_article(f"a{i + 1}", t) for i, t in enumerate(texts)])
    return claims, align_claims(claims, get_embedder("tfidf"))


def test_a_unique_clause_is_told_without_the_and_or_but_that_opens_it():
    claims, alignment = _align(
        "The ferry company raised its fares by a tenth on Monday, but the regional council promised "
        "a new subsidy for island residents next spring.",
        "The ferry company raised its fares by a tenth on Monday.",
    )
    clause = [u for u in alignment.unique if "subsidy" in u.text]
    assert clause and clause[0].text.startswith("the regional council promised")
    article = claims[0]
    assert article.text[clause[0].start - article.start : clause[0].end - article.start] == clause[0].text


def test_a_short_part_stating_a_figure_no_other_outlet_states_is_a_unique_claim():
    budget = "The council passed the harbour budget by 31 votes to 12 on Tuesday"
    claims, alignment = _align(f"{budget}, with 14 abstentions.", f"{budget}.")
    assert alignment.agreements
    part = [u for u in alignment.unique if "abstentions" in u.text]
    assert [u.text for u in part] == ["with 14 abstentions"]
    assert claims[0].text[part[0].start - claims[0].start : part[0].end - claims[0].start] == part[0].text
    # the other outlet counts abstentions too, the same or another figure: no claim of its own
    for other in ("with 14 abstentions", "with 19 abstentions"):
        _, alignment = _align(f"{budget}, with 14 abstentions.", f"{budget}, {other}.")
        assert not [u for u in alignment.unique if "abstentions" in u.text]
