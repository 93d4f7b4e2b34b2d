"""Two tellings of one quotation in articles that are not translations: a word changed is a misquote."""

from __future__ import annotations

from dataclasses import replace

from rashomon.comparison.conflicts.quote_verbatim import one_word_changed, verbatim_change
from rashomon.comparison.conflicts.quotes import quote_findings
from rashomon.model import Claim


def claim(article: str, quote: str, speaker: str = "") -> Claim:
    text = f"“{quote}”, he said."
    return Claim(id=f"{article}.s1", article=article, sentence=f"{article}.s1", text=text, start=0, end=len(text),
                 quotes=(quote,), speaker=speaker)


def test_one_word_of_content_changed_inside_a_quotation_told_word_for_word():
    assert one_word_changed("I thought the cellar had flooded", "I thought the garage had flooded") == ("cellar", "garage")
    assert one_word_changed("It is a proud evening for our village", "It is a bitter evening for our village") == (
        "proud", "bitter")


def test_an_excerpt_is_no_change():
    # one telling starts later or stops earlier: the words both tell are the same
    assert one_word_changed("It is a proud evening for our village", "a proud evening for the village") is None
    assert one_word_changed("We will rebuild the mill", "We will rebuild the mill before winter") is None


def test_a_word_wordnet_gives_the_same_sense_is_no_change():
    assert one_word_changed("We are not deserting the miners", "We are not abandoning the miners") is None
    assert one_word_changed("She ran the full course today", "She ran the complete course today") is None
    assert one_word_changed("I thought the cellars had flooded", "I thought the cellar had flooded") is None


def test_more_than_one_change_or_too_little_told_alike_is_no_one_word():
    assert one_word_changed("I thought the cellar had flooded badly", "I thought the garage was flooded entirely") is None
    assert one_word_changed("cellar flooded", "garage flooded") is None
    assert one_word_changed("I thought the old cellar had flooded", "I thought the big new garage had flooded") is None


def test_a_short_tail_after_an_opening_told_word_for_word():
    why = verbatim_change("The council has behaved properly and within the law", "The council has behaved too rashly")
    assert why is not None and "“properly and within the law” against “too rashly”" in why
    why = verbatim_change("The orchard will not be sold to the mayor", "The orchard will not be sold off by the mayor")
    assert why is None  # one meaning, a different preposition: no tail of its own on each side


def test_the_reason_names_the_words_as_written():
    why = verbatim_change("Our harvest is over, and Tarnel has burned it", "Our harvest is over, and it has been gathered")
    assert why is not None and "“Tarnel has burned it” against “it has been gathered”" in why
    assert verbatim_change("I thought the cellar had flooded", "I thought the garage had flooded") == (
        "a word differs, “cellar” against “garage”, in articles not translated")


def test_found_only_where_neither_article_is_a_translation():
    a = claim("a1", "I thought the cellar had flooded", "Mira Oslo")
    b = claim("a2", "I thought the garage had flooded")
    assert [f.what for f in quote_findings(a, b, translated=frozenset())] == [
        "the quoted words (a word differs, “cellar” against “garage”, in articles not translated)"]
    assert list(quote_findings(a, b, translated=frozenset({"a2"}))) == []
    assert list(quote_findings(a, b)) == []  # translation not known: the finder's tolerance stays


def test_two_named_speakers_say_their_own_words():
    a = claim("a1", "I thought the cellar had flooded", "Mira Oslo")
    b = replace(claim("a2", "I thought the garage had flooded"), speaker="Petr Vand")
    assert list(quote_findings(a, b, translated=frozenset())) == []


def test_the_words_that_differ_are_quoted_as_written_with_their_commas():
    # the finding puts them in quotation marks: the outlet's words, not the reader's tokens
    why = verbatim_change("The council has the money and the votes, and we will spend both",
                          "The council has the money, and that is enough for us")
    assert why is not None and "“the votes, and we will spend both” against “that is enough for us”" in why
    assert one_word_changed("We don't think the cellar had flooded", "We don't think the garage had flooded") == ("cellar", "garage")
    from rashomon.comparison.conflicts.quote_verbatim import _shown

    # "can't" is read as two words, "ca" and "n't": a stretch from either keeps the word whole
    assert _shown("We can’t open the gate, not yet", 1, 6) == "can’t open the gate"
    assert _shown("We can't open the gate, not yet", 3, 7) == "open the gate, not"
