"""Loaded and naming words read in context: a logistic head over all-MiniLM-L6-v2's contextual word vectors.

An optional stage of a comparison (``Settings.contextual_cues``; on by default with the ``minilm``
embedder, which needs the same ``semantic`` extra) and of ``rashomon inspect`` (asked for by name only).
Each sentence of an article goes through the frozen transformer (the sentences of every article of a
comparison or of an inspect call at once, in batches of sentences of about one length; torch's thread
count is left to the user); each candidate word
(``loaded.candidate_tokens``: the outlet's own voice, no name, nothing quoted) takes the mean of its word
pieces' vectors over the last three layers. In a comparison ``data/framing_context_head.json`` scores it,
with whether another outlet of the story writes the word; one article alone,
``data/framing_context_single.json`` scores the vector only. Words at or above
the head's threshold (set high: the stage only adds where the other steps found nothing) become
``loaded`` cues, a run of adjacent flagged words one cue, where no cue of the article already lies on
the words. ``data/framing_context_head.md`` and ``framing_context_single.md`` say what the heads were fitted on
and how well they carry; ``scripts/fit_framing_context.py`` rebuilds them.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

import numpy as np

from ...errors import LexiconError, MissingExtra
from ...model import Article, FramingCue
from .loaded import candidate_tokens

__all__ = ["ContextHead", "Pieces", "available", "contextual_cues", "context_head", "encode", "encode_articles", "parse_head",
           "require_encoder", "single_head"]

HEAD_FILE = "framing_context_head.json"
SINGLE_HEAD_FILE = "framing_context_single.json"
FEATURES = ("vector", "unshared")
SINGLE_FEATURES = ("vector",)
NOTE = "worded as loaded in its context (contextual word model)"
_GAP = frozenset(" -\u2010\u2011")
_MAX_PIECES = 256
_BATCH = 64  # sentences in one pass of the transformer
_BATCH_PIECES = 2048  # word pieces in one pass, padding included


@dataclass(frozen=True, slots=True)
class ContextHead:
    """The fitted head: ``weights`` over the ``dimensions`` numbers of the word vector, then ``unshared``
    where the head reads it (a comparison's head; one article alone has no other outlet)."""

    layers: int
    dimensions: int
    weights: np.ndarray
    bias: float
    threshold: float
    unshared: bool = True


def parse_head(data: object, path: str = HEAD_FILE) -> ContextHead:
    """A head file's content, checked: LexiconError on anything malformed."""
    if not isinstance(data, dict):
        raise LexiconError(path, "the head is not an object")
    for key in ("features", "layers", "dimensions", "weights", "bias", "threshold"):
        if key not in data:
            raise LexiconError(path, f"no {key!r}")
    if data["features"] not in (list(FEATURES), list(SINGLE_FEATURES)):
        raise LexiconError(path, f"features {data['features']!r} are not {list(FEATURES)!r} or {list(SINGLE_FEATURES)!r}")
    unshared = data["features"] == list(FEATURES)
    layers, dimensions = data["layers"], data["dimensions"]
    if not (isinstance(layers, int) and not isinstance(layers, bool) and 1 <= layers <= 6):
        raise LexiconError(path, "layers must be a whole number from 1 to 6")
    if not (isinstance(dimensions, int) and not isinstance(dimensions, bool) and dimensions > 0):
        raise LexiconError(path, "dimensions must be a positive whole number")
    weights = data["weights"]
    if not isinstance(weights, list) or len(weights) != dimensions + unshared:
        raise LexiconError(path, f"weights must be a list of {dimensions + unshared} numbers")
    numbers = [*weights, data["bias"], data["threshold"]]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in numbers):
        raise LexiconError(path, "weights, bias and threshold must be finite numbers")
    if not 0.0 < data["threshold"] < 1.0:
        raise LexiconError(path, "threshold must lie between 0 and 1")
    return ContextHead(layers, dimensions, np.asarray(weights, dtype=np.float64), float(data["bias"]), float(data["threshold"]), unshared)


def _packaged(name: str) -> ContextHead:
    text = resources.files("rashomon.data").joinpath(name).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LexiconError(name, f"not JSON: {error}") from error
    return parse_head(data, name)


@functools.cache
def context_head() -> ContextHead:
    """The packaged head of a comparison (reads ``unshared``), read once."""
    return _packaged(HEAD_FILE)


@functools.cache
def single_head() -> ContextHead:
    """The packaged head of one article alone (the word vector only), read once."""
    return _packaged(SINGLE_HEAD_FILE)


def available() -> bool:
    """Whether the stage can run here (torch, transformers and the packaged model), without importing torch."""
    from ...backends.embedders import minilm

    return minilm.loadable() and minilm.installed("transformers")


def require_encoder() -> Any:
    """The tokenizer and transformer, loaded once; MissingExtra with the pip line when the extra is missing."""
    from ...backends.embedders._base import SEMANTIC_EXTRA, installed
    from ...backends.embedders.minilm import PACKAGED_MODEL

    for module in ("torch", "transformers", PACKAGED_MODEL):
        if not installed(module):
            raise MissingExtra(SEMANTIC_EXTRA, module, feature="contextual framing cues")
    return _encoder()


@functools.cache
def _encoder() -> Any:
    import torch
    from transformers import AutoModel, AutoTokenizer

    from ...backends.embedders.minilm import _quiet_transformers, packaged_model_dir

    path = str(packaged_model_dir())
    with _quiet_transformers():
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModel.from_pretrained(path, local_files_only=True).eval()
    return torch, tokenizer, model


class Pieces(NamedTuple):
    """One sentence through the transformer: each word piece's ``(start, end)`` in the sentence
    (``offsets``; (0, 0) for the special pieces) and its vector, the mean of the last ``layers`` layers."""

    offsets: np.ndarray
    vectors: np.ndarray
    layers: int


def encode(texts: Iterable[str], layers: int) -> dict[str, Pieces]:
    """Each distinct sentence text through the transformer, truncated to its first ``_MAX_PIECES`` pieces.
    Sentences are read in order of length, in passes of up to ``_BATCH`` sentences padded to the longest
    and up to ``_BATCH_PIECES`` pieces in all (padding changes a vector by about 1e-6, never a cue seen)."""
    unique = list(dict.fromkeys(texts))
    if not unique:
        return {}
    torch, tokenizer, model = require_encoder()
    lengths = [len(ids) for ids in tokenizer(unique, truncation=True, max_length=_MAX_PIECES)["input_ids"]]
    order = sorted(range(len(unique)), key=lambda i: lengths[i])
    out: dict[str, Pieces] = {}
    b = 0
    while b < len(order):
        e = b + 1
        while e < len(order) and e - b < _BATCH and (e - b + 1) * lengths[order[e]] <= _BATCH_PIECES:
            e += 1
        chunk = order[b:e]
        encoded = tokenizer([unique[i] for i in chunk], return_offsets_mapping=True, padding=True, truncation=True,
                            max_length=_MAX_PIECES, return_tensors="pt")
        offsets = encoded.pop("offset_mapping").numpy()
        with torch.no_grad():
            hidden = model(**encoded, output_hidden_states=True).hidden_states
        mean = (sum(hidden[-k] for k in range(1, layers + 1)) / layers).numpy()
        for j, i in enumerate(chunk):
            n = lengths[i]
            out[unique[i]] = Pieces(offsets[j, :n].copy(), mean[j, :n].copy(), layers)
        b = e
    return out


def encode_articles(articles: Iterable[Article], layers: int) -> dict[str, Pieces]:
    """Every sentence of the articles through the transformer at once (:func:`encode`)."""
    return encode((s.text for a in articles for s in a.sentences), layers)


def word_vectors(sentences: Sequence[tuple[int, str]], words: Sequence[tuple[int, int]], layers: int,
                 encoded: Mapping[str, Pieces] | None = None) -> np.ndarray:
    """For each word (start, end) in the text the sentences (start, text) come from: the mean of its word
    pieces' vectors, each the mean of the transformer's last ``layers`` layers; zeros for a word in no sentence.
    ``encoded`` (from :func:`encode`): sentences already read; the others are read here."""
    encoded = encoded or {}
    missing = [t for _, t in sentences if t not in encoded or encoded[t].layers != layers]
    if missing:
        encoded = {**encoded, **encode(missing, layers)}
    width = encoded[sentences[0][1]].vectors.shape[1] if sentences else int(require_encoder()[2].config.hidden_size)
    out = np.zeros((len(words), width), dtype=np.float32)
    starts = np.asarray([w[0] for w in words])
    ends = np.asarray([w[1] for w in words])
    for start, text in sentences:
        offsets, mean, _ = encoded[text]
        inside = np.nonzero((starts >= start) & (ends <= start + len(text)))[0]
        piece_start, piece_end = offsets[:, 0] + start, offsets[:, 1] + start
        real = offsets[:, 1] > offsets[:, 0]
        for i in inside:
            pieces = real & (piece_start < ends[i]) & (starts[i] < piece_end)
            if pieces.any():
                out[i] = mean[pieces].mean(0)
    return out


def contextual_cues(article: Article, quotes: Sequence[tuple[int, int]], elsewhere: set[str] | None, taken: Sequence[FramingCue] = (),
                    head: ContextHead | None = None, encoded: Mapping[str, Pieces] | None = None) -> list[FramingCue]:
    """The head's ``loaded`` cues of ``article`` (a run of adjacent flagged words is one cue), less any that
    overlaps a cue in ``taken``. ``elsewhere``: the words the story's other articles write; None for one
    article alone (the single-article head then, which reads no ``unshared``). ``encoded``: sentences
    already through the transformer (:func:`encode_articles`, read for many articles at once)."""
    head = head or (single_head() if elsewhere is None else context_head())
    if head.unshared and elsewhere is None:
        raise ValueError("this head reads the other outlets' words: give elsewhere, or a single-article head")
    tokens = list(candidate_tokens(article, quotes))
    if not tokens:
        return []
    words = [(m.start(), m.end()) for m in tokens]
    vectors = word_vectors([(s.start, s.text) for s in article.sentences], words, head.layers, encoded)
    vectors = vectors.astype(np.float16).astype(np.float64)  # the precision the head was fitted on
    z = head.bias + vectors @ head.weights[: head.dimensions]
    if head.unshared:
        assert elsewhere is not None
        z += np.asarray([article.text[s:e].lower() not in elsewhere for s, e in words], dtype=np.float64) * head.weights[-1]
    z[~np.abs(vectors).any(axis=1)] = -np.inf  # a word in no sentence is not read
    flagged = [w for w, score in zip(words, z) if score >= math.log(head.threshold / (1.0 - head.threshold))]
    runs: list[list[tuple[int, int]]] = []
    for w in flagged:
        if runs and set(article.text[runs[-1][-1][1] : w[0]]) <= _GAP:
            runs[-1].append(w)
        else:
            runs.append([w])
    cues = []
    for run in runs:
        start, end = run[0][0], run[-1][1]
        if any(c.article == article.id and c.start < end and start < c.end for c in taken):
            continue
        sentence = next((s.id for s in article.sentences if s.start <= start < s.end), "")
        cues.append(FramingCue(article=article.id, sentence=sentence, text=article.text[start:end], kind="loaded",
                               note=NOTE, start=start, end=end))
    return cues
