"""A word told with its synonym as evidence that two claims agree (align/pairs.py: SENSE_PROBABILITY)."""

from __future__ import annotations

import numpy as np

from rashomon.comparison.align import pairs
from rashomon.comparison.claims import extract_claims
from rashomon.text.thesaurus import senses
from tests.conftest import make_article


def _claims(*texts):
    return extract_claims([make_article(f"a{n}", t) for n, t in enumerate(texts, 1)])


def test_a_word_and_its_synonym_are_shared_senses_the_same_word_is_not():
    a, b, c = pairs.word_senses(["The hiker was found in the woods.", "The hiker was found in a forest.", "The woods were quiet."])
    assert pairs.shared_senses(a, b) == 1  # woods / forest; "hiker", "found" are the same words, no synonyms
    assert pairs.shared_senses(a, c) == 0


def test_words_of_many_senses_and_reporting_verbs_say_too_little():
    assert len(senses("clear")) > pairs.MAX_SENSES
    a, b = pairs.word_senses(["The road was clear by noon, officials said.", "The lane was light by noon, officials stated."])
    assert "clear" not in a and not any(w.startswith("stat") for w in b)


def test_a_synonym_and_a_rare_word_let_the_likeliest_pair_agree(monkeypatch):
    for name in ("PAIR_PROBABILITY", "CLOSE_PROBABILITY"):
        monkeypatch.setattr(pairs, name, 0.999)  # only the sense rule can make a pair agree
    for name in ("FIGURE_PROBABILITY", "SLOT_PROBABILITY"):
        monkeypatch.setattr(pairs, name, 1.0)
    sim, lexical = np.full((2, 2), 0.8), np.full((2, 2), 0.3)
    told = _claims("Volunteers found the lost hiker in the woods.", "The hiker was located by volunteers in a forest.")
    other = _claims("Volunteers found the lost hiker in the woods.", "The hiker was located by volunteers in a car park.")
    monkeypatch.setattr(pairs, "SENSE_PROBABILITY", 1.0)
    assert not pairs.scored_pairs(sim, lexical, told, 0.65, [set(), set()])[0]
    monkeypatch.setattr(pairs, "SENSE_PROBABILITY", 0.08)
    assert pairs.scored_pairs(sim, lexical, told, 0.65, [set(), set()])[0]
    assert not pairs.scored_pairs(sim, lexical, other, 0.65, [set(), set()])[0]
