"""The texts alignment compares: a claim with its names resolved, and its clauses.

Sentences carry several claims, so a pair of claims scores the best of the whole sentences and
of their clauses ("..., and the normalization of relations with Arab countries" matches a
sentence on normalisation elsewhere). Names are replaced by their resolved entity first, so a
garbled "Blinkin" still matches "Blinken".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ...backends.embedders import Embedder
from ...backends.embedders.tfidf import tfidf_cosines
from ...model import Claim, Entity

_MIN_CLAUSE_WORDS = 5
_CLAUSE_WEIGHT = 0.9
# (a comma or colon between digits is part of a figure: "3,1 billion", "7:50")
_CLAUSE_SPLIT = re.compile(r"\s*(?:;|(?<!\d)[:,]|[:,](?!\d)|\s(?:that|and|but|while|which|who|after|before)\s|\s[–—]\s|[“”\"()])\s*")


def canonical_text(claim: Claim, entities: Sequence[Entity]) -> str:
    """The claim with every resolved name replaced by its entity's canonical name."""
    spans = sorted(
        ((m.start, m.end, e.name) for e in entities for m in e.mentions if m.sentence == claim.sentence),
        key=lambda s: s[0],
    )
    out, cursor = [], claim.start
    for start, end, name in spans:
        if start < cursor or end > claim.end:
            continue  # (a clause of a sentence holds only the names inside it)
        before = _slice(claim, cursor, start)
        out.append(before)
        # "the Castrelian authorities" with the entity "The Castrelian ...": one article, not two
        out.append(name[4:] if name.startswith("The ") and before.lower().endswith("the ") else name)
        cursor = end
    out.append(_slice(claim, cursor, claim.end))
    return "".join(out)


def _slice(claim: Claim, start: int, end: int) -> str:
    return claim.text[start - claim.start : end - claim.start]


def clauses(text: str) -> list[str]:
    parts = [p.strip(" ,.") for p in _CLAUSE_SPLIT.split(text)]
    return [p for p in parts if len(p.split()) >= _MIN_CLAUSE_WORDS]


def pieces_of(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Every claim's text, then the clauses of each claim that has two or more, and each piece's claim."""
    pieces: list[str] = list(texts)
    owner: list[int] = list(range(len(texts)))
    for i, text in enumerate(texts):
        parts = clauses(text)
        if len(parts) > 1:
            pieces.extend(parts)
            owner.extend([i] * len(parts))
    return pieces, np.asarray(owner, dtype=np.int64)


def best_of_pieces(cos: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Piece x piece cosines to claim x claim (n claims): the best of sentence-sentence and clause-clause."""
    sim = cos[:n, :n].copy()
    if len(owner) > n:
        # Pieces grouped by claim (each claim has at least its own sentence), then the maximum
        # over each group of rows and each group of columns.
        order = np.argsort(owner, kind="stable")
        starts = np.searchsorted(owner[order], np.arange(n))
        per_row = np.maximum.reduceat(cos[order], starts, axis=0)
        claim_sim = np.maximum.reduceat(per_row[:, order], starts, axis=1)
        # A clause match is weaker evidence than a whole-sentence match of the same score.
        sim = np.maximum(sim, _CLAUSE_WEIGHT * claim_sim)
    return sim


def anchors(cos: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Claim x claim: the piece of the first claim (one of its clauses) that matches the second
    best, clause to clause as :func:`best_of_pieces` compares them; -1 where the first claim has
    no clauses (it is one unit)."""
    out = np.full((n, n), -1, dtype=np.int64)
    if len(owner) <= n:
        return out
    order = np.argsort(owner, kind="stable")
    starts = np.searchsorted(owner[order], np.arange(n))
    per_claim = np.maximum.reduceat(cos[:, order], starts, axis=1)  # piece x claim
    clause_owner = owner[n:]
    for i in np.unique(clause_owner):
        rows = n + np.nonzero(clause_owner == i)[0]
        out[i] = rows[np.argmax(per_claim[rows], axis=0)]
    return out


def similarity_matrix(texts: Sequence[str], embedder: Embedder) -> np.ndarray:
    """Claim x claim similarity: the best of sentence-sentence and clause-clause cosines."""
    pieces, owner = pieces_of(texts)
    vectors = embedder.embed(pieces)
    return best_of_pieces(vectors @ vectors.T, owner, len(texts))


def lexical_similarity(texts: Sequence[str]) -> np.ndarray:
    """Claim x claim TF-IDF similarity (fitted on the story's sentences and clauses), as
    :func:`similarity_matrix` with the tfidf embedder gives it, without a dense feature matrix."""
    pieces, owner = pieces_of(texts)
    return best_of_pieces(tfidf_cosines(pieces), owner, len(texts))


def clause_spans(claim: Claim) -> list[tuple[int, int]]:
    """Article offsets of the clauses of a claim, as :func:`clauses` cuts them."""
    spans, cursor = [], 0
    for part in clauses(claim.text):
        at = claim.text.find(part, cursor)
        if at < 0:
            return []
        spans.append((claim.start + at, claim.start + at + len(part)))
        cursor = at + len(part)
    return spans
