"""The hashed TF-IDF space: term codes, boosted counts, online document frequencies."""

from __future__ import annotations

import numpy as np

from rashomon.stories.dedup import tokenize
from rashomon.stories.termspace import HashingTfidf, term_codes


def _codes(text: str) -> np.ndarray:
    return term_codes(tokenize(text))


def test_possessive_and_case_fold_to_one_word_and_capitals_mark_names():
    fed, possessive, lower = _codes("Fed Fed's fed")
    assert fed >> 2 == possessive >> 2 == lower >> 2
    assert fed & 2 and possessive & 2 and not lower & 2


def test_stop_words_and_one_letter_tokens_are_flagged():
    the, a, court = _codes("the a court")
    assert the & 1 and a & 1 and not court & 1


def test_counts_drop_stop_words_pair_adjacent_names_and_boost_titles():
    space = HashingTfidf(title_boost=3.0, name_boost=2.0, max_terms=64)
    plain = space.counts(_codes(""), _codes("the court ruled"))
    assert len(plain[0]) == 2  # "the" dropped
    names = space.counts(_codes(""), _codes("Tara Reid"))
    assert len(names[0]) == 3  # two names and their pair
    assert sorted(names[1].tolist()) == [2.0, 2.0, 2.0]
    titled = space.counts(_codes("court"), _codes(""))
    assert titled[1].tolist() == [3.0]


def test_vector_is_unit_length_strongest_first_and_capped():
    space = HashingTfidf(title_boost=1.0, name_boost=1.0, max_terms=3)
    counts = space.counts(_codes(""), _codes("quake quake quake fire fire river town village"))
    terms, weights = space.vector(counts)
    assert len(terms) == 3
    assert weights == sorted(weights, reverse=True)
    assert np.isclose(np.linalg.norm(weights), 1.0)


def test_a_word_in_every_document_weighs_less_than_a_rare_one():
    space = HashingTfidf(title_boost=1.0, name_boost=1.0, max_terms=64)
    for text in ("storm hit coast", "storm closed schools", "storm delayed flights"):
        space.observe(space.counts(_codes(""), _codes(text)))
    counts = space.counts(_codes(""), _codes("storm flooded harbour"))
    terms, weights = space.vector(counts)
    storm = int(_codes("storm")[0] >> 2) & ((1 << 20) - 1)
    assert terms[-1] == storm and weights[-1] < weights[0]
