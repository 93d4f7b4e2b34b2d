from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from tests.conftest import make_article


def _dates(a_text, b_text):
    articles = [make_article("a1", a_text), make_article("a2", b_text)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "date"]


def test_a_weekday_against_a_weekday_and_date_of_another_calendar():
    # No year anywhere: 12 April a Sunday (a2) makes a1's "Saturday" before its 13 April dateline the 11th
    (found,) = _dates(
        "KOVRIN, April 13 (Wire) — Riot police broke up a protest in the capital on Saturday evening.",
        "Police on Sunday, 12 April, dispersed a protest in the centre of the capital.",
    )
    by = {s.article: s for s in found.sides}
    assert by["a2"].value == "Sunday, 12 April" and by["a2"].normalized == "12 April"
    assert by["a1"].normalized == "11 April" and "April 13" in by["a1"].value


def test_the_same_day_by_both_calendars_is_no_conflict():
    assert not _dates(
        "KOVRIN, April 13 (Wire) — Riot police broke up a protest in the capital on Sunday evening.",
        "Police on Sunday, 12 April, dispersed a protest in the centre of the capital.",
    )


def test_two_days_of_two_acts_are_no_conflict():
    assert not _dates(
        "SAN AURELIO, 16 June (Ledger) — Shares in the shipping firm fell 7.5% on Monday as investors weighed the cost.",
        "The tanker ran aground this Saturday, 14 June, on rocks in front of the coast.",
    )
