"""Alignment: shared and unique claims, clauses, the lexical gate, and a compare without scikit-learn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import rashomon
from rashomon.comparison.align import _CLAUSE_WEIGHT, align_claims, canonical_text, clauses, lexical_similarity, similarity_matrix
from rashomon.backends.embedders import get_embedder
from rashomon.comparison.claims import extract_claims
from rashomon.model import Entity, Mention
from tests.conftest import make_article

A = (
    "The harbour authority closed the northern port on Tuesday after a chemical leak.\n"
    "Fishermen said the catch had fallen sharply this year.\n"
    "The mayor promised compensation for every family affected by the closure."
)
B = (
    "Officials shut the northern port after a chemical leak on Tuesday.\n"
    "A new stadium will open in the spring, the sports minister announced.\n"
    "Every family affected by the closure will receive compensation, the mayor promised."
)


def _align(*texts, entities=()):
    articles = [make_article(f"a{i + 1}", t) for i, t in enumerate(texts)]
    claims = extract_claims(articles)
    return claims, align_claims(claims, get_embedder("tfidf"), entities=entities)


def test_shared_and_unique_claims():
    _, alignment = _align(A, B)
    pairs = {tuple(sorted(c.sentence for c in g.claims)) for g in alignment.agreements}
    assert ("a1.s0", "a2.s0") in pairs
    assert ("a1.s2", "a2.s2") in pairs
    unique = {u.sentence for u in alignment.unique}
    assert {"a1.s1", "a2.s1"} <= unique
    assert not unique & {"a1.s0", "a2.s0", "a1.s2", "a2.s2"}


def test_claims_of_one_article_never_agree_with_each_other():
    _, alignment = _align(A + "\nThe harbour authority closed the northern port on Tuesday.", B)
    for group in alignment.agreements:
        articles = [c.article for c in group.claims]
        assert len(articles) == len(set(articles))


def test_three_sources_group_into_one_agreement():
    c = "After a chemical leak, the northern port was closed by the harbour authority on Tuesday."
    _, alignment = _align(A, B, c)
    groups = [g for g in alignment.agreements if len(g.claims) == 3]
    assert groups and {x.sentence for x in groups[0].claims} == {"a1.s0", "a2.s0", "a3.s0"}


def test_garbled_names_are_read_as_their_entity():
    articles = [make_article("a1", "Minister Olaf Brandt met the union on Monday."), make_article("a2", "Minister Olaf Brandtt met the union on Monday.")]
    claims = extract_claims(articles)
    b = articles[1]
    start = b.text.index("Olaf Brandtt")
    entity = Entity(id="e1", name="Olaf Brandt", type="PERSON", mentions=(
        Mention(article="a2", sentence="a2.s0", text="Olaf Brandtt", start=start, end=start + len("Olaf Brandtt")),
    ))
    assert canonical_text(claims[1], [entity]) == "Minister Olaf Brandt met the union on Monday."


def test_clauses_split_long_sentences_only_into_substantial_parts():
    parts = clauses("They spoke about the security challenges in the region, humanitarian aid to the people, and the normalisation of relations with neighbours.")
    assert "humanitarian aid to the people" in parts
    assert all(len(p.split()) >= 5 for p in parts)


def test_lexical_similarity_is_the_tfidf_similarity_matrix():
    """The story-level lexical gate (sparse TF-IDF) gives what the tfidf embedder's matrix gives."""
    texts = [A.splitlines()[0], B.splitlines()[0], A.splitlines()[2], B.splitlines()[2], B.splitlines()[1], "Too short."]
    expected = similarity_matrix(texts, get_embedder("tfidf"))
    got = lexical_similarity(texts)
    np.testing.assert_allclose(got, expected, atol=1e-5)
    assert got[0, 1] > 0.3 and got[0, 4] < got[0, 1]


def test_clause_matches_count_at_their_weight():
    long_a = "The mayor spoke at length on Monday about the harbour budget, and the northern port will reopen on Friday after repairs."
    long_b = "Fishermen complained loudly about the price of diesel this winter, and the northern port will reopen on Friday after repairs."
    sim = similarity_matrix([long_a, long_b], get_embedder("tfidf"))
    vectors = get_embedder("tfidf").embed([long_a, long_b, *clauses(long_a), *clauses(long_b)])
    whole = float(vectors[0] @ vectors[1])
    assert sim[0, 1] == pytest.approx(max(whole, _CLAUSE_WEIGHT * 1.0), abs=1e-5)  # the shared clause is identical


def test_compare_imports_no_scikit_learn_nor_scipy(tmp_path):
    """A comparison must not pay scikit-learn's import (about a second of every cold start), nor
    scipy's (a tenth of one)."""
    for i, text in enumerate((A, B)):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    code = (
        "import json, sys, rashomon\n"
        f"report = rashomon.compare([{str(tmp_path / 'a0.txt')!r}, {str(tmp_path / 'a1.txt')!r}])\n"
        "assert report.agreements, 'the two articles should share claims'\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy'))))\n"
    )
    src = str(Path(rashomon.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_best_of_pieces_is_the_maximum_over_each_claims_pieces():
    from rashomon.comparison.align import _best_of_pieces

    rng = np.random.default_rng(7)
    owner = np.array([0, 1, 2, 3, 1, 1, 3, 3, 3])  # claims 0 and 2 have no clauses
    cos = rng.uniform(-1, 1, (len(owner), len(owner))).astype(np.float32)
    got = _best_of_pieces(cos, owner, 4)
    for i in range(4):
        for j in range(4):
            best = max(cos[p, q] for p in np.flatnonzero(owner == i) for q in np.flatnonzero(owner == j))
            assert got[i, j] == pytest.approx(max(cos[i, j], _CLAUSE_WEIGHT * best), abs=1e-6)
    assert np.array_equal(_best_of_pieces(cos[:4, :4], owner[:4], 4), cos[:4, :4])  # no clauses: the cosines


def test_a_claim_told_by_three_articles_is_one_agreement():
    claims, alignment = _align(
        "The harbour authority closed the northern port on Tuesday after a chemical leak.",
        "Officials shut the northern port after a chemical leak on Tuesday.",
        "The northern port was closed on Tuesday after a chemical leak, the harbour authority said.",
    )
    assert any(len({c.article for c in g.claims}) == 3 for g in alignment.agreements)
    # one claim per article in a group
    for g in alignment.agreements:
        assert len({c.article for c in g.claims}) == len(g.claims)


def test_a_sentence_that_carries_a_shared_claim_can_carry_a_unique_one():
    claims, alignment = _align(
        "The harbour authority closed the northern port on Tuesday after a chemical leak, "
        "and a separate inquiry into the ferry operator's safety record was opened by the coast guard.",
        "Officials shut the northern port after a chemical leak on Tuesday.",
    )
    assert alignment.agreements
    clause = [u for u in alignment.unique if "inquiry" in u.text]
    assert clause and clause[0].text != claims[0].text
    article = claims[0]
    assert article.text[clause[0].start - article.start : clause[0].end - article.start] == clause[0].text


def test_the_pair_model_weighs_evidence_the_same_way_on_every_call():
    from rashomon.comparison.align import FEATURES, PAIR_WEIGHTS, pair_probability

    assert len(FEATURES) == len(PAIR_WEIGHTS)
    weak = pair_probability(np.array([-0.2, 0.05, -0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]))
    strong = pair_probability(np.array([0.1, 0.6, 0.2, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0]))
    assert 0.0 < weak < 0.35 <= strong < 1.0
