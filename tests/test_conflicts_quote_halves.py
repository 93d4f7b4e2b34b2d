"""One side of a quotation's "but" told alone, with nothing of the other side."""

from __future__ import annotations

from rashomon.comparison.conflicts.quote_fillers import no_two_speakers
from rashomon.comparison.conflicts.quote_halves import half_told
from rashomon.comparison.conflicts.quotes import quote_findings
from rashomon.model import Claim


def claim(article: str, quote: str, speaker: str = "", said: str = "she said") -> Claim:
    text = f"“{quote}”, {said}."
    return Claim(id=f"{article}.s1", article=article, sentence=f"{article}.s1", text=text, start=0, end=len(text),
                 quotes=(quote,), speaker=speaker)


def test_a_concession_told_in_one_telling_only_is_a_changed_quotation():
    assert half_told("We broke no law and we will show it in court", "We may have slipped up, but we broke no law")
    assert half_told("We will resign, and we are sure the board will follow", "We regret the vote but we will resign")


def test_a_qualification_told_in_one_telling_only_is_a_changed_quotation():
    assert half_told("We had a plan, but not for this flood", "We had a plan and we were prepared")


def test_both_sides_of_the_but_told_are_no_change():
    assert not half_told("We may have slipped up, but we broke no law", "We may have slipped up but we broke no law")
    assert not half_told("We made serious mistakes, but we broke no law", "We did slip up, though we broke no law")


def test_an_excerpt_of_one_side_is_no_change():
    assert not half_told("a fair deal for the miners", "It is not everything we wanted, but it is a fair deal for the miners")
    assert not half_told("ready to talk to the inspectors",
                         "Our town is ready to talk to the inspectors, but will not accept their threats")


def test_another_statement_is_no_half_told():
    assert not half_told("Every vote cast tonight will be counted", "The hall had not passed its check, but the faults were fixed")
    assert not half_told("We will rebuild the bridge within two years", "The deck is lost, but the piers still stand")


def test_but_as_except_or_but_also_weighs_nothing():
    assert not half_told("We want nothing but the truth about the fire", "We want the truth, and we want it now")
    assert not half_told("We will repair the roof and we will open", "We will repair the roof but also the walls")


def test_two_named_speakers_are_not_one():
    a, b = claim("a1", "We broke no law and we will show it", "Irma Kask"), claim("a2", "We made serious mistakes, but we broke no law", "Tor Venn")
    assert not no_two_speakers(a, b)
    assert not list(quote_findings(a, b))
    c = claim("a3", "We made serious mistakes, but we broke no law", "the chairwoman")
    assert no_two_speakers(a, c)
    found = list(quote_findings(a, c))
    assert found and "but" in found[0].what
