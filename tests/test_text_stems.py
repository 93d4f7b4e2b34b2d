"""Word stems of the text layer: a suffix stem for claims, an inflection stem for expressions."""

from __future__ import annotations

from rashomon.text.stems import inflection_stem, suffix_stem


def test_a_suffix_stem_sees_inflections_and_derivations_alike():
    assert suffix_stem("strengthening") == suffix_stem("strengthen")
    assert suffix_stem("lifted") == suffix_stem("lift")
    assert suffix_stem("inquiries") == suffix_stem("inquiry")
    assert suffix_stem("stopped") == suffix_stem("stop")


def test_an_inflection_stem_joins_inflections_and_keeps_apart_different_words():
    assert inflection_stem("spilled") == inflection_stem("spill") == inflection_stem("spills")
    assert inflection_stem("tying") == inflection_stem("tie") and inflection_stem("clung") == inflection_stem("cling")
    assert inflection_stem("rolling") == inflection_stem("roll") != inflection_stem("role")


def test_an_inflection_stem_joins_spellings_but_not_an_agent_noun():
    assert inflection_stem("killings") == inflection_stem("killing") == inflection_stem("kills")
    assert inflection_stem("massacred") == inflection_stem("massacre") == inflection_stem("massacres")
    assert inflection_stem("nation's") == inflection_stem("nation") and inflection_stem("fire-bomb") == inflection_stem("firebomb")
    assert inflection_stem("killer") != inflection_stem("killed")


def test_a_stem_shorter_than_the_least_letters_gives_the_word():
    assert inflection_stem("bars", 4) == "bars" and inflection_stem("bare", 4) == "bare"
    assert inflection_stem("fire's", 4) == "fire"
    assert inflection_stem("warnings", 4) == inflection_stem("warned", 4) == "warn"


def test_a_root_stem_joins_spellings_and_a_verb_with_its_noun():
    from rashomon.text.stems import root_stem

    assert root_stem("normalise") == root_stem("normalize") == root_stem("normalization")
    assert root_stem("investigated") == root_stem("investigation")
    assert root_stem("strengthening") == suffix_stem("strengthening")
