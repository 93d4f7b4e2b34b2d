"""A named person's age told "Name, aged N years," and in two transliterations of the name
(conflicts/person_figures.ages_of_a_name, one_count_told, ages_told_at_one_moment; values.shared_context). Invented sentences."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.person_figures import ages_of_a_name, ages_told_at_one_moment, one_count_told
from rashomon.comparison.conflicts.values import shared_context
from tests.conftest import make_article


def _claim(article_id, text):
    claim = next(c for c in extract_claims([make_article(article_id, text)]) if c.values)
    return claim, next(v for v in claim.values if v.kind == "number")


def test_aged_n_years_after_a_name_is_an_age():
    a, va = _claim("a1", "Morrisey, 47, took the oath of office with 212 votes.")
    b, vb = _claim("a2", "Morisey, aged 44 years, took the oath with 212 votes.")
    assert ages_of_a_name(a, va, b, vb)  # "Morrisey" / "Morisey": one transliterated surname
    assert one_count_told(a, va, b, vb)  # 212 votes in both: one moment
    assert shared_context(a, va, b, vb) == {"age"}


def test_years_counted_after_a_name_without_a_comma_are_no_age():
    a, va = _claim("a1", "Morrisey, 47, took the oath of office with 212 votes.")
    b, vb = _claim("a2", "Morrisey served 44 years in the chamber before taking the oath.")
    assert not ages_of_a_name(a, va, b, vb)


def test_two_surnames_are_two_people():
    a, va = _claim("a1", "Morrisey, 47, took the oath of office with 212 votes.")
    b, vb = _claim("a2", "Kavanagh, aged 44 years, took the oath with 212 votes.")
    assert not ages_of_a_name(a, va, b, vb)


def test_ages_at_two_moments_are_left_apart():
    # the trial and the arrest: no count and no tally told in both, so the ages may be two years apart
    a, va = _claim("a1", "A jury found Dorran Pike, 31, guilty of arson on Friday.")
    b, vb = _claim("a2", "Pike, 29, was found hiding in a barn near the warehouse.")
    assert ages_of_a_name(a, va, b, vb)
    assert not one_count_told(a, va, b, vb)
    assert shared_context(a, va, b, vb) is None


def test_ages_told_with_one_act_in_alike_sentences_are_one_age():
    # no count, no tally, no quotation both tell; the sentences are told alike, each with one act as done
    a, va = _claim("a1", "Farmer Ulla Brisk, 61, found the first coins on Monday when her plough turned them up.")
    b, vb = _claim("a2", "Ulla Brisk, 66, found the coins on Monday while ploughing.")
    assert shared_context(a, va, b, vb, alike=True) == {"age"}
    assert ages_told_at_one_moment(a, va, b, vb, told_alike=True)
    assert shared_context(a, va, b, vb) is None  # sentences not told alike: nothing says one moment


def test_ages_told_with_two_acts_stay_apart_in_alike_sentences():
    # "found guilty" at the trial, "was found hiding" at the arrest: no one act told as done in both
    a, va = _claim("a1", "A jury found Dorran Pike, 31, guilty of arson on Friday.")
    b, vb = _claim("a2", "Pike, 29, was found hiding in a barn near the warehouse.")
    assert shared_context(a, va, b, vb, alike=True) is None
