"""A stronger sentence encoder as a second opinion beside the packaged static space.

Every threshold and margin of the alignment, and of the conflict stages that read its cosines, is
calibrated on the static space (``pairs.PAIR_MODELS``, ``groups.MARGINS``, the conflicts' cosine
floors). Run on another encoder's cosines they misjudge: all-MiniLM-L6-v2 found fewer shared
claims and conflicts than the static table it was distilled into (bench/README.md, "shared16").
So an encoder with a fitted second-opinion model aligns in the static space, and its own cosines
are three more features (``pairs.SECOND_FEATURES``): the static pair model is kept and a correction
of its logit by them is fitted. A pair agrees or not by the static model, as without the second
opinion; the groups (coherence, joint evidence, anchors) read the larger of the static and the
corrected probability wherever the second space puts the pair near its threshold (``gate``), so
what the static space finds stays found and the stronger encoder's evidence brings a newcomer into a
group that the static probabilities left just short.

``data/align_second_<name>.json`` holds the model (weights over ``FEATURES`` then
``SECOND_FEATURES``, bias, the base embedder, the gate); it is fitted by ``scripts/fit_align.py
--second <name>`` and ``data/align_second_<name>.md`` says how.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from ...backends.embedders import Embedder, get_embedder
from ...errors import LexiconError
from .pairs import FEATURES, SECOND_FEATURES

__all__ = ["SecondModel", "SecondOpinion", "base_embedder", "parse_model", "second_model"]


@dataclass(frozen=True, slots=True)
class SecondModel:
    """A fitted second-opinion pair model: ``weights`` over ``FEATURES + SECOND_FEATURES``."""

    embedder: str
    base: str
    gate: float
    weights: tuple[float, ...]
    bias: float


@dataclass(frozen=True, slots=True)
class SecondOpinion:
    """A second space's claim x claim cosines with its threshold, and the model that reads them.
    A pair whose second cosine reaches ``threshold + gate`` is weighed."""

    sim: np.ndarray
    threshold: float
    gate: float
    weights: tuple[float, ...]
    bias: float


def parse_model(data: object, path: str = "align_second") -> SecondModel:
    """A model file's content, checked: LexiconError on anything malformed."""
    if not isinstance(data, dict):
        raise LexiconError(path, "the model is not an object")
    for key in ("embedder", "base", "features", "weights", "bias", "gate"):
        if key not in data:
            raise LexiconError(path, f"no {key!r}")
    features = list(FEATURES + SECOND_FEATURES)
    if data["features"] != features:
        raise LexiconError(path, f"features {data['features']!r} are not {features!r}")
    weights = data["weights"]
    if not isinstance(weights, list) or len(weights) != len(features):
        raise LexiconError(path, f"weights must be a list of {len(features)} numbers")
    numbers = [*weights, data["bias"], data["gate"]]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in numbers):
        raise LexiconError(path, "weights, bias and gate must be finite numbers")
    if not isinstance(data["embedder"], str) or not isinstance(data["base"], str) or data["base"] == data["embedder"]:
        raise LexiconError(path, "embedder and base must name two embedders")
    return SecondModel(data["embedder"], data["base"], float(data["gate"]), tuple(float(w) for w in weights), float(data["bias"]))


@cache
def second_model(embedder: str) -> SecondModel | None:
    """The packaged second-opinion model of an embedder, or None when it has none."""
    name = f"align_second_{embedder}.json"
    resource = resources.files("rashomon").joinpath("data", name)
    if not resource.is_file():
        return None
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise LexiconError(name, f"unreadable: {error}") from error
    model = parse_model(data, name)
    if model.embedder != embedder:
        raise LexiconError(name, f"the model is for {model.embedder!r}, not {embedder!r}")
    return model


@cache
def base_embedder(name: str) -> Embedder:
    """The embedder a second opinion aligns in (the packaged static table: loaded once)."""
    return get_embedder(name)
