"""A second encoder's cosines as evidence beside the static space (comparison/align/second.py)."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

import rashomon.comparison.align as align
from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import FEATURES, align_claims
from rashomon.comparison.align.pairs import PAIR_MODELS, SECOND_FEATURES, pair_feature_matrix
from rashomon.comparison.align.second import SecondModel, SecondOpinion, parse_model, second_model
from rashomon.comparison.claims import extract_claims
from rashomon.errors import LexiconError
from tests.conftest import make_article

A = (
    "The ferry company cancelled every crossing to the island on Friday because of the storm.\n"
    "Bakers in the old town raised the price of bread last month."
)
B = (
    "All sailings to the island were called off by the ferry operator on Friday as the storm hit.\n"
    "A choir from the capital will sing in the cathedral at Easter."
)


def _model(**changes) -> dict:
    data = {
        "embedder": "minilm", "base": "static", "gate": -0.05, "features": list(FEATURES + SECOND_FEATURES),
        "weights": [0.5] * (len(FEATURES) + len(SECOND_FEATURES)), "bias": -4.0,
    }
    data.update(changes)
    return data


def test_parse_model_reads_a_well_formed_file():
    model = parse_model(_model())
    assert model == SecondModel("minilm", "static", -0.05, tuple([0.5] * (len(FEATURES) + len(SECOND_FEATURES))), -4.0)


@pytest.mark.parametrize("bad", [
    [],
    _model(weights=[0.5] * 3),
    _model(features=list(FEATURES)),
    _model(bias="high"),
    _model(gate=float("nan")),
    _model(base="minilm"),
    {k: v for k, v in _model().items() if k != "gate"},
])
def test_parse_model_refuses_malformed_files(bad):
    with pytest.raises(LexiconError):
        parse_model(bad)


def test_packaged_models_parse_and_static_has_none():
    assert second_model("static") is None
    assert second_model("tfidf") is None
    path = resources.files("rashomon").joinpath("data", "align_second_minilm.json")
    model = parse_model(json.loads(path.read_text(encoding="utf-8")))
    assert model.base == "static" and len(model.weights) == len(FEATURES) + len(SECOND_FEATURES)


def test_second_features_follow_the_static_ones_and_widen_the_weighed_pairs():
    claims = extract_claims([make_article("a1", A), make_article("a2", B)])
    n = len(claims)
    far = np.full((n, n), 0.1)  # the base space puts every pair far apart
    np.fill_diagonal(far, 1.0)
    close = far.copy()
    close[0, 2] = close[2, 0] = 0.9  # the second space finds the two ferry sentences alike
    first, other, features = pair_feature_matrix(far, far, claims, 0.65, [set()] * n)
    assert len(first) == 0
    opinion = SecondOpinion(sim=close, threshold=0.62, gate=-0.05, weights=(), bias=0.0)
    first, other, features = pair_feature_matrix(far, far, claims, 0.65, [set()] * n, second=opinion)
    assert [(int(i), int(j)) for i, j in zip(first, other)] == [(0, 2)]
    assert features.shape == (1, len(FEATURES) + len(SECOND_FEATURES))
    assert features[0, len(FEATURES)] == pytest.approx(0.9 - 0.62)  # second cosine - threshold
    assert features[0, -1] == 1.0  # each the other's best in the second space


class _Renamed:
    """The static embedder under another name: a second opinion that agrees with the base space."""

    def __init__(self) -> None:
        self._inner = get_embedder("static")
        self.name, self.model_id, self.cacheable, self.agreement_threshold = "other", "other", True, 0.65

    def embed(self, texts):
        return self._inner.embed(texts)


def test_an_embedder_with_a_second_model_aligns_in_the_base_space(monkeypatch):
    claims = extract_claims([make_article("a1", A), make_article("a2", B)])
    static = align_claims(claims, get_embedder("static"))
    weights = tuple(PAIR_MODELS["static"][0]) + (0.0,) * len(SECOND_FEATURES)
    model = SecondModel("other", "static", -0.05, weights, PAIR_MODELS["static"][1])
    monkeypatch.setattr(align, "second_model", lambda name: model if name == "other" else None)
    hybrid = align_claims(claims, _Renamed())
    assert hybrid.threshold == static.threshold  # the base space's threshold, cosines and groups
    assert np.allclose(hybrid.similarity, static.similarity)
    assert [g.claims for g in hybrid.agreements] == [g.claims for g in static.agreements]
    assert hybrid.unique == static.unique
    monkeypatch.setattr(align, "SECOND_OPINIONS", False)
    plain = align_claims(claims, _Renamed())
    assert plain.threshold == 0.65


def test_a_second_opinion_decides_no_pair_on_its_own(monkeypatch):
    # however strongly the second space believes a pair, a pair agrees by the static model alone;
    # only the groups read the raised probabilities
    claims = extract_claims([make_article("a1", A), make_article("a2", B)])
    static = align_claims(claims, get_embedder("static"))
    weights = tuple(PAIR_MODELS["static"][0]) + (5.0,) * len(SECOND_FEATURES)
    model = SecondModel("other", "static", -0.05, weights, PAIR_MODELS["static"][1])
    monkeypatch.setattr(align, "second_model", lambda name: model if name == "other" else None)
    hybrid = align_claims(claims, _Renamed())
    assert [(a.id, b.id) for a, b, _ in hybrid.pairs] == [(a.id, b.id) for a, b, _ in static.pairs]
