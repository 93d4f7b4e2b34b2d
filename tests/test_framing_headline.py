"""The verb of a calm article's headline (framing/headline.py), with invented headlines."""

from __future__ import annotations

import numpy as np

from rashomon.comparison.framing.headline import calm, headline_verb, present_verb, unraised


def _verb(headline: str, word: str) -> bool:
    start = headline.index(word)
    return headline_verb(headline, start, start + len(word))


def test_the_present_verb_after_its_subject_is_the_headlines_verb():
    assert _verb("Harbour board shuts old pier after storm", "shuts")  # after a singular noun
    assert _verb("Norvia expels three envoys over leak", "expels")  # after a name
    assert _verb("Mill owner quietly sells family firm", "sells")  # after an adverb in -ly
    assert _verb("Minister resigns as Vell strike ends", "resigns")


def test_nouns_and_other_forms_are_no_verb():
    assert not _verb("Harbour board shuts old pier after storm", "board")  # no -s
    assert not _verb("Harbour board closes old pier after storm", "closes")  # after a noun, and a noun's plural
    assert not _verb("Budget crisis deepens for town council", "crisis")  # -is
    assert not _verb("Town bus stops for good", "bus")  # -us
    assert not _verb("Town address by the mayor", "address")  # -ss
    assert not _verb("New rules for pier owners as season ends", "owners")  # after a plural noun
    assert not _verb("Walkers return to the hills", "Walkers")  # capitalised: no lower-case verb


def test_calm_is_loudness_under_the_typical_articles_plus_the_margin():
    assert calm(np.array([0.0, 0.40, 1.0]), 0.39, 0.05)
    assert not calm(np.array([0.0, 0.47, 1.0]), 0.39, 0.05)
    assert not calm(None, 0.39, 0.05)


def test_unraised_reads_the_flag_where_there_is_one():
    class Scores:
        unraised = np.array([False, True])

    class NoFlags:
        unraised = None

    assert unraised(Scores(), 1) and not unraised(Scores(), 0) and not unraised(NoFlags(), 0)


def test_a_present_verb_is_no_nouns_plural_and_no_adjective():
    assert present_verb("mourns") and present_verb("detains")
    assert not present_verb("owners") and not present_verb("closes")  # a noun's plural too
    assert not present_verb("various") and not present_verb("glass") and not present_verb("crisis")
