"""What a figure is of, read around it (conflicts/figure_roles.py): the noun a span is hyphened to,
and the years that date a figure. Invented sentences."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.figure_roles import same_compound, years_near
from tests.conftest import conflicts_of, make_article


def _numbers(*texts):
    return [c for c in conflicts_of(*texts) if c.kind == "number"]


def _figure(article_id, text, figure):
    claim = next(c for c in extract_claims([make_article(article_id, text)]) if any(v.text == figure for v in c.values))
    return claim, next(v for v in claim.values if v.text == figure)


def test_a_participle_between_a_span_and_its_noun_is_no_noun():
    a, va = _figure("a1", "The mayor gave a 20-minute recorded speech to the council.", "20")
    b, vb = _figure("a2", "The mayor gave a rambling 35-minute speech to the council.", "35")
    assert same_compound(a, va, b, vb)
    c, vc = _figure("a3", "The mayor gave a 35-minute press conference to the council.", "35")
    assert not same_compound(a, va, c, vc)  # a speech is no press conference


def test_a_year_in_an_aside_closed_before_the_figure_dates_it_not():
    claim, v = _figure("a1", "The mayor, who has led the city since 2015, gave a 20-minute speech.", "20")
    assert not years_near(claim, v)
    claim, v = _figure("a1", "In 2015 the mayor gave a 20-minute speech.", "20")
    assert years_near(claim, v) == {"2015"}


def test_two_lengths_of_one_speech_conflict_past_an_aside_and_a_participle():
    numbers = _numbers(
        "The mayor, who has led the city since 2015, resigned in a 20-minute recorded speech on Monday.",
        "The mayor resigned in a rambling 35-minute speech on Monday.",
    )
    assert len(numbers) == 1 and numbers[0].explanation.startswith("how long")


def test_n_others_after_a_count_is_the_rest_not_the_whole():
    """"nine passengers injured and 180 others stranded" counts the rest: it was read against a
    third outlet's "212 on the board" as one quantity ("how many (injured): 180 / 212")."""
    numbers = _numbers(
        "The ferry hit a sandbank off Kestrel Island on Friday night, leaving nine passengers injured and 180 others stranded for hours.",
        "The ferry ran aground off Kestrel Island on Thursday evening, injuring 14 of the 212 people on board, the coast guard said.",
        "The ferry has on Thursday evening run onto a sandbank by Kestrel Island. According to the coast guard were 14 persons injured, of 212 on the board.",
    )
    told = sorted(tuple(sorted(s.normalized for s in c.sides)) for c in numbers)
    assert ("180", "212", "212") not in told
    assert ("14", "14", "9") in told  # the injured still disagree
