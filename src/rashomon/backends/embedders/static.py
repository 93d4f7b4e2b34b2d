"""``static``: a static embedding table distilled from all-MiniLM-L6-v2 with model2vec.

A sentence vector is the mean of its WordPiece tokens' rows, normalised: numpy for the table and
the ``tokenizers`` library for the tokenizer, no torch at run time. The table is made by
``scripts/distill_static.py`` and ships in ``rashomon/data/static`` (about 15.6 MB, float16,
256 dimensions). Without it there, the table is looked for in ``$RASHOMON_CACHE/static`` or
``~/.cache/rashomon/static``, where the script writes it with ``--out``.

Files of a table directory: ``embeddings.npy`` (vocab x dim), ``tokenizer.json``, ``config.json``
(format ``rashomon.static/1``, settings, versions, the table's sha256), ``LICENSE`` and ``NOTICE``.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ._base import EMBEDDERS, EmbedderLoadError, check_texts, installed, normalise, require

log = logging.getLogger(__name__)

FORMAT = "rashomon.static/1"
PACKAGED_TABLE = Path(__file__).resolve().parents[2] / "data" / "static"
_BATCH = 2048  # sentences per gather: bounds the float32 token matrix to a few tens of MB


def cache_dir() -> Path:
    """Where a table built on first use lives: ``$RASHOMON_CACHE/static`` or ``~/.cache/rashomon/static``."""
    root = os.environ.get("RASHOMON_CACHE") or Path.home() / ".cache" / "rashomon"
    return Path(root) / "static"


def default_table() -> Path | None:
    """The packaged table, else the cached one, else None."""
    for directory in (PACKAGED_TABLE, cache_dir()):
        if (directory / "embeddings.npy").is_file() and (directory / "tokenizer.json").is_file():
            return directory
    return None


def loadable() -> bool:
    """Whether ``StaticEmbedder()`` can load here (tokenizers installed, a table present)."""
    return installed("tokenizers") and default_table() is not None


@dataclass(frozen=True, slots=True)
class _Table:
    vectors: np.ndarray  # float32, vocab x dim
    tokenizer: Any  # tokenizers.Tokenizer
    unk_id: int | None
    model_id: str


@functools.lru_cache(maxsize=4)
def _load(directory: str) -> _Table:
    tokenizers: Any = require("tokenizers", "static")
    path = Path(directory)
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        if config.get("format") != FORMAT:
            raise ValueError(f"config.json format is {config.get('format')!r}, expected {FORMAT!r}")
        # float16 on disk, float32 in memory (30 MB): the sums are then exact enough and fast.
        vectors = np.load(path / "embeddings.npy", allow_pickle=False).astype(np.float32)
        tokenizer = tokenizers.Tokenizer.from_file(str(path / "tokenizer.json"))
    except Exception as error:  # missing file, bad JSON, bad array, tokenizer parse error
        raise EmbedderLoadError("static", directory, f"{type(error).__name__}: {error}") from error
    if vectors.ndim != 2 or vectors.shape[0] < tokenizer.get_vocab_size():
        raise EmbedderLoadError(
            "static", directory, f"table shape {vectors.shape} does not cover {tokenizer.get_vocab_size()} tokens"
        )
    tokenizer.no_padding()
    tokenizer.enable_truncation(int(config.get("max_tokens", 512)))
    unk = config.get("unk_token_id")
    model_id = f"{config.get('base_model', 'static')}@{str(config.get('embeddings_sha256', ''))[:16]}"
    return _Table(vectors=vectors, tokenizer=tokenizer, unk_id=unk, model_id=model_id)


@EMBEDDERS.register("static")
class StaticEmbedder:
    """Mean of static token vectors distilled from MiniLM: about a hundred times faster than it."""

    name = "static"
    cacheable = True
    # Calibrated on ECB+ train+dev sentence pairs (bench/embedders.py; bench/results/embedders.md).
    agreement_threshold = 0.55

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if path is None:
            table = default_table()
            if table is None:
                raise EmbedderLoadError(
                    "static",
                    str(PACKAGED_TABLE),
                    f"no table in the package nor in {cache_dir()}; build it with "
                    f"python scripts/distill_static.py --out {cache_dir()}",
                )
            path = table
        self.path = str(Path(path).expanduser().resolve())
        self._table = _load(self.path)
        self.model_id = self._table.model_id
        self.dim = int(self._table.vectors.shape[1])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = check_texts(texts, self.name)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), _BATCH):
            out[start : start + _BATCH] = self._embed_batch(texts[start : start + _BATCH])
        return normalise(out)

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        table = self._table
        encode = getattr(table.tokenizer, "encode_batch_fast", table.tokenizer.encode_batch)
        ids = [e.ids for e in encode(texts, add_special_tokens=False)]
        lengths = np.fromiter((len(i) for i in ids), dtype=np.int64, count=len(ids))
        flat = np.fromiter((t for i in ids for t in i), dtype=np.int64, count=int(lengths.sum()))
        sums = np.zeros((len(texts), self.dim), dtype=np.float32)
        if table.unk_id is not None:  # unknown pieces carry no meaning; model2vec drops them too
            keep = flat != table.unk_id
            owner = np.repeat(np.arange(len(texts)), lengths)[keep]
            flat = flat[keep]
        else:
            owner = np.repeat(np.arange(len(texts)), lengths)
        if flat.size:
            present, starts = np.unique(owner, return_index=True)  # owner is sorted
            sums[present] = np.add.reduceat(table.vectors[flat], starts, axis=0)
        return sums

    def __repr__(self) -> str:
        return f"StaticEmbedder(path={self.path!r})"

