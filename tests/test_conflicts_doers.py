"""Who did what a figure counts: the people named before it (conflicts/__init__.py, _other_doers)."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.entities import resolve_entities
from tests.conftest import make_article


def _numbers(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, resolve_entities(articles), articles) if c.kind == "number"]


def test_the_agency_a_dateline_credits_did_not_do_what_the_lead_counts():
    # "(Tarsel Wire)" names who wrote the lead, not who was killed: the two tolls are one toll
    numbers = _numbers(
        "ORVEL, June 2 (Tarsel Wire) - Twelve people were killed when a ferry capsized on the Orvel river on Sunday.\n"
        "Divers searched the river through the night.",
        "Governor Maren Tulsk visited the Orvel Quay on Monday.\n"
        "Ten passengers lost their lives when the ferry capsized near the Halden Bridge.",
    )
    assert len(numbers) == 1
    assert {s.value for s in numbers[0].sides} == {"Twelve", "Ten"}


def test_a_rank_told_of_the_subject_is_not_the_rank_of_a_name_after_to():
    # one outlet ranks the winner; the other ranks the loser, who "lost to" the winner
    ranks = _numbers(
        "Mira Holtz, 27, who is ranked 52nd in the world, reached the final at Brenna on Friday.",
        "The world No. 6 was beaten 6-3, 6-2 by the local favourite Mira Holtz in the semi-final at Brenna.",
    )
    assert not [c for c in ranks if "rank" in c.explanation]
    # the same name before the figure: one person's rank told twice
    told_twice = _numbers(
        "Mira Holtz, 27, who is ranked 52nd in the world, reached the final at Brenna on Friday.",
        "Mira Holtz, the world No. 6, reached the final at Brenna on Friday.",
    )
    assert [c for c in told_twice if "rank" in c.explanation]
