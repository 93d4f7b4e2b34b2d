"""``static``: a static embedding table distilled from all-MiniLM-L6-v2 with model2vec.

A sentence vector is the mean of its WordPiece tokens' rows, normalised: numpy for the table and
the sums, the ``tokenizers`` library for the
tokenizer; no torch, no scipy and no model2vec at run time. The reader gives
model2vec's own vectors (checked by the distillation script: max difference 9e-5). The table is made by
``scripts/distill_static.py`` and ships in ``rashomon/data/static`` (about 15.6 MB, float16,
256 dimensions). Without it there, the table is looked for in ``$RASHOMON_CACHE/static`` or
``~/.cache/rashomon/static``, where the script writes it with ``--out``.

Files of a table directory: ``embeddings.npy`` (vocab x dim), ``tokenizer.json``, ``config.json``
(format ``rashomon.static/1``, settings, versions, the table's sha256), ``LICENSE`` and ``NOTICE``.
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ._base import EMBEDDERS, EmbedderLoadError, check_texts, installed, normalise, require

log = logging.getLogger(__name__)

FORMAT = "rashomon.static/1"
PACKAGED_TABLE = Path(__file__).resolve().parents[2] / "data" / "static"
_BATCH = 8192  # sentences per tokenizer batch: bounds the index arrays to a few MB
_MAX_CACHED_CHUNKS = 200_000  # distinct words kept with their token ids (some tens of MB)


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


class _Table:
    """The token table, its tokenizer, and a cache of whitespace-separated chunks to token ids.

    BERT's normaliser and pre-tokenizer act within a whitespace-separated chunk, so a chunk
    always gives the same ids wherever it occurs: tokenizing each distinct chunk once and
    reusing it makes a sentence cost a few dictionary look-ups instead of a tokenizer run. The
    result is the same ids as tokenizing the whole sentence (checked in the tests).
    """

    def __init__(self, half: np.ndarray, tokenizer: Any, unk_id: int | None, max_tokens: int, model_id: str) -> None:
        # float16 on disk (memory-mapped), float32 in memory: a row is converted when a text first
        # uses it, so a cold start converts the few thousand rows a story needs, not 30 MB of table.
        self._half = half
        self._rows = np.empty(half.shape, dtype=np.float32)  # pages never written cost no memory
        self._ready = np.zeros(half.shape[0], dtype=bool)
        self.shape: tuple[int, int] = half.shape
        self.tokenizer = tokenizer
        self.unk_id = unk_id
        self.max_tokens = max_tokens
        self.model_id = model_id
        self._chunks: dict[str, tuple[int, ...]] = {}
        self._lock = threading.Lock()

    def _convert(self, ids: np.ndarray) -> None:
        """Make the float32 rows of ``ids`` ready (the same values as converting the whole table)."""
        with self._lock:
            todo = ids[~self._ready[ids]]
            if todo.size:
                todo = np.unique(todo)
                self._rows[todo] = self._half[todo]
                self._ready[todo] = True

    def rows(self, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        """The float32 rows of the token ``ids``, in order."""
        ids = np.asarray(ids, dtype=np.int64)
        self._convert(ids)
        return self._rows[ids]

    @property
    def vectors(self) -> np.ndarray:
        """The whole float32 table (vocab x dim), every row converted."""
        self._convert(np.arange(self.shape[0]))
        return self._rows

    def token_ids(self, chunks: list[str]) -> list[tuple[int, ...]]:
        """Token ids of each chunk, unknown pieces dropped (as model2vec does)."""
        encodings = self.tokenizer.encode_batch(chunks, add_special_tokens=False)
        unk = self.unk_id
        return [tuple(i for i in e.ids if i != unk) for e in encodings]

    def sums(self, texts: list[str]) -> np.ndarray:
        """Per text, the sum of its token rows (first ``max_tokens`` tokens), float32."""
        split = [text.split() for text in texts]
        words = list(itertools.chain.from_iterable(split))
        with self._lock:
            cache = self._chunks
            new = list(set(words).difference(cache))
            if new:
                if len(cache) + len(new) > _MAX_CACHED_CHUNKS:
                    cache.clear()  # bounded memory; a cold cache only costs tokenizer time
                cache.update(zip(new, self.token_ids(new)))
            ids = list(map(cache.__getitem__, words))
        per_word = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
        flat = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int32, count=int(per_word.sum()))
        word_bounds = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, split), dtype=np.int64, count=len(split)), out=word_bounds[1:])
        token_bounds = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum(per_word, out=token_bounds[1:])
        indptr = token_bounds[word_bounds].tolist()
        # Per text, its first max_tokens rows (the model's truncation) gathered and summed: for
        # sentences of tens of tokens as fast as a sparse product, and the same float32 sums.
        self._convert(flat)
        out = np.zeros((len(texts), self.shape[1]), dtype=np.float32)
        take, add, limit = self._rows.take, np.add.reduce, self.max_tokens
        for k, (start, end) in enumerate(zip(indptr, indptr[1:])):
            if end > start:
                add(take(flat[start : min(end, start + limit)], axis=0), axis=0, out=out[k])
        return out


@functools.lru_cache(maxsize=4)
def _load(directory: str) -> _Table:
    tokenizers: Any = require("tokenizers", "static")
    path = Path(directory)
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        if config.get("format") != FORMAT:
            raise ValueError(f"config.json format is {config.get('format')!r}, expected {FORMAT!r}")
        # float16 on disk, float32 in memory (30 MB once every row is used, see _Table): the sums
        # are then exact enough and fast.
        vectors = np.load(path / "embeddings.npy", mmap_mode="r", allow_pickle=False)
        tokenizer = tokenizers.Tokenizer.from_file(str(path / "tokenizer.json"))
    except Exception as error:  # missing file, bad JSON, bad array, tokenizer parse error
        raise EmbedderLoadError("static", directory, f"{type(error).__name__}: {error}") from error
    if vectors.ndim != 2 or vectors.shape[0] < tokenizer.get_vocab_size():
        raise EmbedderLoadError(
            "static", directory, f"table shape {vectors.shape} does not cover {tokenizer.get_vocab_size()} tokens"
        )
    tokenizer.no_padding()
    tokenizer.no_truncation()  # truncation is applied per sentence, not per chunk
    model_id = f"{config.get('base_model', 'static')}@{str(config.get('embeddings_sha256', ''))[:16]}"
    return _Table(vectors, tokenizer, config.get("unk_token_id"), int(config.get("max_tokens", 512)), model_id)


@EMBEDDERS.register("static")
class StaticEmbedder:
    """Mean of static token vectors distilled from MiniLM: about a hundred times faster than it."""

    name = "static"
    cacheable = True
    # Best F0.5 on ECB+ train+dev same-claim sentence pairs: 0.654 (bench/embedders.py,
    # bench/results/embedders.md); the pipeline sweep on the seeds and examples agrees.
    agreement_threshold = 0.65

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
        self.dim = int(self._table.shape[1])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = check_texts(texts, self.name)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), _BATCH):
            out[start : start + _BATCH] = self._table.sums(texts[start : start + _BATCH])
        return normalise(out)

    def __repr__(self) -> str:
        return f"StaticEmbedder(path={self.path!r})"

