"""Words in capitals for loudness told from acronyms, and the case-restored view (rashomon.text.case)."""

from __future__ import annotations

from rashomon.text.case import case_view, shouted_runs


def test_a_headline_in_capitals_is_read_in_the_case_its_article_writes_its_words():
    text = "GRAIN SILO BLAZE: CROWDS FLEE AS MOUNT ORLEK SMOKES\nMount Orlek towers over the silo at Pradva."
    view = case_view(text)
    assert len(view) == len(text)
    assert view.startswith("Grain silo blaze: Crowds flee as Mount Orlek smokes\n")  # after a colon, a capital
    assert view[view.index("\n"):] == text[text.index("\n"):]  # the rest as written


def test_a_shouted_word_inside_a_sentence_is_lowered_and_an_acronym_kept():
    text = "The council raised bin charges AGAIN, the LWRB said. The Lerwin Waste Recovery Board (LWRB) agreed."
    view = case_view(text)
    assert "charges again," in view
    assert view.count("LWRB") == 2
    assert [text[s:e] for s, e in shouted_runs(text)] == ["AGAIN"]


def test_short_capitals_and_unknown_words_are_acronyms():
    text = "The UN and the EU met the VKRA envoy in Pradva."
    assert shouted_runs(text) == ()
    assert case_view(text) == text


def test_a_word_the_story_writes_in_capitals_elsewhere_keeps_them_inside_a_loud_run():
    text = "EU ANGER OVER QUOTAS\nThe EU said the quotas would stand."
    assert case_view(text).startswith("EU anger over quotas\n")


def test_a_word_in_capitals_more_than_once_alone_is_an_acronym():
    text = "MEDIC staff joined the strike. Later MEDIC said it would pay."
    assert shouted_runs(text) == ()


def test_a_shouted_opening_word_keeps_its_capital_and_a_name_its_own():
    text = "FURIOUS villagers in Trask blocked the road. TRASK MAYOR QUITS"
    view = case_view(text)
    assert view.startswith("Furious villagers")
    assert view.endswith("Trask mayor quits")


def test_a_story_gives_names_the_article_writes_only_in_capitals():
    text = "VELDRA BRIDGE SHUT"
    assert case_view(text, ["Engineers closed the Veldra Bridge on Monday."]) == "Veldra Bridge shut"
    assert case_view(text) == "Veldra bridge shut"  # alone: an unknown word a name, a known one lower case
