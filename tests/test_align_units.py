"""Alignment: a datelined lead's clauses as units, weighed from the claims' own pieces."""

from __future__ import annotations

import numpy as np
import pytest

from rashomon.backends.embedders import get_embedder, static
from rashomon.comparison.align import _Evidence, _with_lead_units, canonical_text, lead_units, names_of
from rashomon.comparison.align.pairs import pair_feature_matrix
from rashomon.comparison.align.pieces import best_of_pieces, pieces_of
from rashomon.comparison.claims import extract_claims
from tests.conftest import make_article

LEAD = ("MARLOW, May 3 (Harbour Wire) — Fire crews evacuated the northern terminal on Friday, "
        "after a tanker began leaking diesel into the inner basin of the port.")
OTHERS = (
    "Crews cleared the northern terminal of passengers on Friday.\nThe port authority counted no injuries.",
    "A tanker spilled diesel into the inner basin, the harbour master said.\nShips were held outside the breakwater.",
)


def _story():
    articles = [make_article("a1", LEAD + "\nThe terminal reopened at dusk."), *(make_article(f"a{i + 2}", t) for i, t in enumerate(OTHERS))]
    return extract_claims(articles)


def _evidence(claims, embedder, with_clauses: bool = True) -> _Evidence:
    texts = [canonical_text(c, ()) for c in claims]
    pieces, owner = pieces_of(texts) if with_clauses else (list(texts), np.arange(len(texts)))
    vectors = embedder.embed(pieces)
    cos = vectors @ vectors.T
    return _Evidence(texts=texts, pieces=pieces, owner=owner, piece_cos=cos, piece_lex=cos, names=[names_of(c, ()) for c in claims])


def _reference_sim(claims, embedder) -> np.ndarray:
    """Claims and units compared as one set of texts, each with its clauses (the units' evidence
    as weighing them from scratch gives it)."""
    every = list(claims) + [u for _, u in lead_units(claims)]
    pieces, owner = pieces_of([canonical_text(c, ()) for c in every])
    vectors = embedder.embed(pieces)
    return best_of_pieces(vectors @ vectors.T, owner, len(every))


@pytest.mark.skipif(not static.loadable(), reason="the static embedding table is not installed")
def test_a_units_cosines_are_read_from_its_leads_clause_pieces():
    embedder = get_embedder("static")  # a text's vector is its own (tfidf's depends on the batch)
    claims = _story()
    n = len(claims)
    evidence = _evidence(claims, embedder)
    sim = best_of_pieces(evidence.piece_cos, evidence.owner, n)
    every, owner, _pairs, probability, unit_sim, _anchor = _with_lead_units(claims, (), 0.5, embedder, evidence, [], {}, sim)
    assert len(every) > n and set(owner[n:].tolist()) == {0}  # the lead's clauses, after the claims
    assert np.allclose(unit_sim, _reference_sim(claims, embedder), atol=1e-5)  # as embedding claims and units anew
    assert probability and all(key[1] >= n for key in probability)  # only the pairs with a unit were weighed again


def test_a_unit_that_is_no_piece_of_its_lead_is_embedded_with_the_pieces():
    embedder = get_embedder("tfidf")
    claims = _story()
    n = len(claims)
    evidence = _evidence(claims, embedder, with_clauses=False)  # no clause pieces to read a unit from
    sim = best_of_pieces(evidence.piece_cos, evidence.owner, n)
    every, _owner, _pairs, _probability, unit_sim, _anchor = _with_lead_units(claims, (), 0.3, embedder, evidence, [], {}, sim)
    units = [canonical_text(u, ()) for u in every[n:]]
    vectors = embedder.embed(evidence.pieces + units)
    assert np.allclose(unit_sim[n:, :n], (vectors @ vectors.T)[len(evidence.pieces):, :n], atol=1e-6)


def test_a_scope_weighs_only_the_pairs_with_a_claim_in_it_and_each_as_before():
    embedder = get_embedder("tfidf")
    claims = _story()
    evidence = _evidence(claims, embedder)
    sim = best_of_pieces(evidence.piece_cos, evidence.owner, len(claims))
    first, second, features = pair_feature_matrix(sim, sim, claims, 0.0, evidence.names, evidence.texts)
    scope = np.zeros(len(claims), dtype=bool)
    scope[0] = True
    f2, s2, features2 = pair_feature_matrix(sim, sim, claims, 0.0, evidence.names, evidence.texts, scope)
    assert len(f2) and all(0 in (i, j) for i, j in zip(f2, s2)) and len(f2) < len(first)
    rows = {(int(i), int(j)): f for i, j, f in zip(first, second, features)}
    assert all(np.allclose(rows[(int(i), int(j))], f) for i, j, f in zip(f2, s2, features2))
