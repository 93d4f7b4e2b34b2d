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
from ...text.scoped import per_comparison

_MIN_CLAUSE_WORDS = 5
_CLAUSE_WEIGHT = 0.9
# A claim of two clauses that another claim meets as well through its whole sentence as through
# its best clause is met on all of it: no clause of it is told apart ("a keeper failed to close a
# gate after feeding the pack" / "a keeper left a gate unlatched after the feed"). Not for a claim
# of three or more clauses: a lead telling the story's claims matches each teller as a whole too
# (bench/README.md, "shared19"; off when 0).
WHOLE_ANCHOR = 1
WHOLE_ANCHOR_CLAUSES = 2
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


@per_comparison
def clauses(text: str) -> tuple[str, ...]:
    """The clauses of ``text`` long enough to tell something; read once a comparison (the pieces,
    the groups and the unique clauses ask)."""
    parts = [p.strip(" ,.") for p in _CLAUSE_SPLIT.split(text)]
    return tuple([p for p in parts if len(p.split()) >= _MIN_CLAUSE_WORDS])


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
    no clauses (it is one unit); -2 - that piece where the first claim's whole sentence matches the
    second as well as that clause does (``WHOLE_ANCHOR``; ``anchor_clause`` reads the piece back)."""
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
        if WHOLE_ANCHOR and len(rows) <= WHOLE_ANCHOR_CLAUSES:
            # the whole sentence meets the other claim as well as its best clause: that clause,
            # written -2 - clause (``anchor_clause`` reads it back)
            whole = per_claim[i] >= per_claim[rows].max(axis=0)
            out[i, whole] = -2 - out[i, whole]
    return out


def anchor_clause(value: int) -> int:
    """The clause an ``anchors`` value names, whether or not its whole sentence meets the other
    claim as well (-1: a claim of one clause)."""
    return -2 - value if value <= -2 else value


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
