"""Quotations told in one frame with another object, and a flat refusal told as nothing ruled out."""

from __future__ import annotations

from dataclasses import replace

from rashomon.comparison.conflicts.quote_fillers import (
    every_against_one, one_speaker, open_against_refusal, other_condition, other_filler,
)
from rashomon.comparison.conflicts.quotes import quote_findings
from rashomon.model import Claim


def claim(article: str, quote: str, speaker: str = "") -> Claim:
    text = f"“{quote}”, she said."
    return Claim(id=f"{article}.s1", article=article, sentence=f"{article}.s1", text=text, start=0, end=len(text),
                 quotes=(quote,), speaker=speaker)


def test_another_object_after_the_same_verb_and_preposition_is_another_statement():
    assert other_filler("We will answer with patience, and we will answer", "We will answer with every weapon we own.")
    assert other_filler("It was envy dressed up as expertise", "pride dressed as learning")
    assert other_filler("No pardon for those who burned the depot", "No mercy for anyone who marched that night")


def test_one_object_in_other_words_or_in_a_translation_is_no_other_filler():
    assert other_filler("It was envy dressed up as expertise", "It was jealousy disguised as expertise") is None
    assert other_filler("No pardon for those who burned the depot", "No pardon for anyone who burned the depot") is None


def test_a_preposition_on_two_different_words_is_no_frame():
    # "a fine morning for" / "who pays for": the preposition hangs on no word both tell
    assert other_filler("This is a fine morning for every farmer", "The town asks who pays for the roads") is None


def test_nothing_ruled_out_against_a_flat_refusal_disagrees():
    assert open_against_refusal("We will not sign with the smugglers", "We are not ruling anything out")
    assert open_against_refusal("Nothing is ruled out", "I will never bargain with them")
    assert not open_against_refusal("We cannot rule out a leak", "We will not bargain with them")
    assert not open_against_refusal("We will not comment", "We are not ruling anything out")


def test_a_refusal_told_as_nothing_ruled_out_is_found_only_for_one_speaker():
    refusal = claim("a1", "We will not sign with the smugglers", "Trade Minister Olsa Berring")
    open_ = claim("a2", "We are not ruling anything out", "Berring")
    assert [f.what for f in quote_findings(refusal, open_)] == ["the quoted words (a refusal told as nothing ruled out)"]
    assert list(quote_findings(refusal, replace(open_, speaker="Mayor Tove Lind"))) == []
    assert one_speaker(claim("a1", "x y", "Health Minister Ana Roos"), claim("a2", "x y", "Roos"))
    assert not one_speaker(claim("a1", "x y", "Health Minister Ana Roos"), claim("a2", "x y", "Health Minister"))


def test_a_claim_whose_speaker_was_not_read_is_named_by_its_sentence_outside_the_quotation():
    unread = Claim(id="a3.s1", article="a3", sentence="a3.s1", start=0, end=60, quotes=("Boris Kell was wrong",),
                   text="The Minister of Trade, Olsa Berring, declared that “Boris Kell was wrong”.")
    assert one_speaker(unread, claim("a1", "x y", "Berring"))
    assert not one_speaker(unread, claim("a1", "x y", "Kell"))


def test_another_condition_after_until_is_another_statement():
    assert other_condition("Nobody may fish in the bay until we lift the ban", "Nobody may fish until the water is clean")
    assert other_condition("Nobody may fish in the bay until we lift the ban", "Nobody can fish in the bay until we end the ban") is None
    # two tellings that open apart are left to the word-for-word comparison
    assert other_condition("Boats wait until we lift the ban", "Nobody may fish until the water is clean") is None


def test_every_one_of_a_thing_told_as_one_picked_out_is_a_changed_word():
    assert every_against_one("until every bridge has been checked", "once the cracked bridge has been checked")
    assert every_against_one("once the cracked bridge has been checked", "until every bridge has been checked")
    assert every_against_one("until every bridge has been checked", "until each bridge has been checked") is None
    assert every_against_one("every bridge was closed", "the old bridge reopened") is None
