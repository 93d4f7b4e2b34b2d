"""The TF-IDF pair model's agreeing pairs as a second opinion, where both claims share a predicate
(comparison/align/lexical_opinion.py)."""

from __future__ import annotations

import numpy as np

import rashomon.comparison.align as align
import rashomon.comparison.align.lexical_opinion as opinion
from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from tests.conftest import make_article

A = (
    "The survey vessel left the harbour the same evening.\n"
    "Families of the injured gathered outside the hospital at dawn."
)
B = (
    "The company's ship left the port that evening.\n"
    "Our injured colleagues and their families are in our thoughts at dawn."
)


def _story():
    claims = extract_claims([make_article("a1", A), make_article("a2", B)])
    assert [c.article for c in claims] == ["a1", "a1", "a2", "a2"]
    lexical = np.full((4, 4), 0.05)
    np.fill_diagonal(lexical, 1.0)
    for i, j in ((0, 2), (1, 3)):  # each sentence's story wording is the other article's same-place sentence's
        lexical[i, j] = lexical[j, i] = 0.8
    static = {(0, 2): 0.1, (1, 3): 0.1, (0, 3): 0.01, (1, 2): 0.01}  # the static model under its cut
    texts = [c.text for c in claims]
    return claims, lexical, static, texts


def _pairs(claims, lexical, static, texts, agreed=()):
    n = len(claims)
    return opinion.lexical_opinion_pairs(
        np.eye(n), lexical, claims, 0.30, [set()] * n, texts, [set()] * n, list(agreed), static,
    )


def test_a_pair_the_tfidf_model_agrees_on_joins_only_where_both_tell_one_act():
    claims, lexical, static, texts = _story()
    found = opinion.lexical_opinion_candidates(
        np.eye(4), lexical, claims, 0.30, [set()] * 4, texts, [set()] * 4, [], static, 0.30,
    )
    assert {(i, j) for i, j, _, _ in found} == {(0, 2), (1, 3)}  # both reach the TF-IDF cut, likeliest both ways
    assert all(q >= opinion.LEXICAL_OPINION_PROBABILITY for _, _, q, _ in found)
    # "left" / "left" is one act; "gathered" and the adjective "injured" after "our" share none
    assert [(i, j) for i, j, _ in _pairs(claims, lexical, static, texts)] == [(0, 2)]


def test_without_the_predicate_test_both_pairs_join(monkeypatch):
    claims, lexical, static, texts = _story()
    monkeypatch.setattr(opinion, "SAME_PREDICATE", False)
    assert [(i, j) for i, j, _ in _pairs(claims, lexical, static, texts)] == [(0, 2), (1, 3)]


def test_pairs_the_static_model_agrees_on_or_not_likeliest_both_ways_are_not_added():
    claims, lexical, static, texts = _story()
    assert _pairs(claims, lexical, static, texts, agreed=[(0, 2, 0.9)]) == []
    # the static model likes another claim of a2 better for claim 0: not each other's likeliest
    assert _pairs(claims, lexical, {**static, (0, 3): 0.2}, texts) == []


def test_off_when_the_probability_is_one(monkeypatch):
    claims, lexical, static, texts = _story()
    monkeypatch.setattr(opinion, "LEXICAL_OPINION_PROBABILITY", 1.0)
    assert _pairs(claims, lexical, static, texts) == []


def test_align_claims_adds_its_pairs_to_the_agreeing_ones(monkeypatch):
    # off by default (measured and not kept); when on, its pairs are agreeing pairs that later stages read
    text_a = A + "\nBakers in the old town raised the price of bread last month."
    text_b = B + "\nA choir from the capital will sing in the cathedral at Easter."
    claims = extract_claims([make_article("a1", text_a), make_article("a2", text_b)])
    embedder = get_embedder("static")
    bread, choir = 2, 5
    assert (claims[bread].article, claims[choir].article) == ("a1", "a2")

    def pairs():
        return {(a.id, b.id) for a, b, _ in align_claims(claims, embedder).pairs}

    assert (claims[bread].id, claims[choir].id) not in pairs()
    monkeypatch.setattr(align, "LEXICAL_OPINIONS", True)
    monkeypatch.setattr(align, "lexical_opinion_pairs", lambda sim, *args: [(bread, choir, float(sim[bread, choir]))])
    assert (claims[bread].id, claims[choir].id) in pairs()
    monkeypatch.setattr(align, "LEXICAL_OPINIONS", False)
    assert (claims[bread].id, claims[choir].id) not in pairs()
