"""Shared and unique claims across sources.

Two claims from different articles agree when their texts are close in the embedder's space.
Sentences carry several claims, so a pair scores the best of the whole sentences and of their
clauses ("..., and the normalization of relations with Arab countries" matches a sentence on
normalisation elsewhere). Names are replaced by their resolved entity first, so a garbled
"Blinkin" still matches "Blinken". One sentence may agree with several sentences of another
article: agreements are many-to-many, and claims of three or more articles are grouped when
they all agree with each other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..backends.embedders import Embedder
from ..backends.embedders.tfidf import tfidf_cosines
from ..model import Agreement, Claim, ClaimRef, Entity

# Cosine above which two claims are the same claim, per embedder, when the embedder does not
# carry its own calibrated ``agreement_threshold``.
DEFAULT_THRESHOLDS = {"tfidf": 0.30}
_MIN_CLAUSE_WORDS = 5
_CLAUSE_WEIGHT = 0.9
# Chosen on the seeds and the bundled examples together (bench/results/align_rules.md): the
# strictest setting that keeps the seeds' shared pairs.
_CSLS_K = 5
_LEXICAL_FLOOR = 0.10
_CLAUSE_SPLIT = re.compile(r"\s*(?:[;:,]|\s(?:that|and|but|while|which|who|after|before)\s|\s[–—]\s|[“”\"()])\s*")


@dataclass(frozen=True, slots=True)
class Alignment:
    agreements: tuple[Agreement, ...]
    unique: tuple[ClaimRef, ...]
    pairs: tuple[tuple[Claim, Claim, float], ...]  # every cross-article pair that agrees
    similarity: np.ndarray  # claims x claims, for later stages (conflicts)
    threshold: float


def canonical_text(claim: Claim, entities: Sequence[Entity]) -> str:
    """The claim with every resolved name replaced by its entity's canonical name."""
    spans = sorted(
        ((m.start, m.end, e.name) for e in entities for m in e.mentions if m.sentence == claim.sentence),
        key=lambda s: s[0],
    )
    out, cursor = [], claim.start
    for start, end, name in spans:
        if start < cursor:
            continue
        out.append(_slice(claim, cursor, start))
        out.append(name)
        cursor = end
    out.append(_slice(claim, cursor, claim.end))
    return "".join(out)


def _slice(claim: Claim, start: int, end: int) -> str:
    return claim.text[start - claim.start : end - claim.start]


def clauses(text: str) -> list[str]:
    parts = [p.strip(" ,.") for p in _CLAUSE_SPLIT.split(text)]
    return [p for p in parts if len(p.split()) >= _MIN_CLAUSE_WORDS]


def _pieces(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Every claim's text, then the clauses of each claim that has two or more, and each piece's claim."""
    pieces: list[str] = list(texts)
    owner: list[int] = list(range(len(texts)))
    for i, text in enumerate(texts):
        parts = clauses(text)
        if len(parts) > 1:
            pieces.extend(parts)
            owner.extend([i] * len(parts))
    return pieces, np.asarray(owner, dtype=np.int64)


def _best_of_pieces(cos: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
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


def similarity_matrix(texts: Sequence[str], embedder: Embedder) -> np.ndarray:
    """Claim x claim similarity: the best of sentence-sentence and clause-clause cosines."""
    pieces, owner = _pieces(texts)
    vectors = embedder.embed(pieces)
    return _best_of_pieces(vectors @ vectors.T, owner, len(texts))


def lexical_similarity(texts: Sequence[str]) -> np.ndarray:
    """Claim x claim TF-IDF similarity (fitted on the story's sentences and clauses), as
    :func:`similarity_matrix` with the tfidf embedder gives it, without a dense feature matrix."""
    pieces, owner = _pieces(texts)
    return _best_of_pieces(tfidf_cosines(pieces), owner, len(texts))


def align_claims(
    claims: Sequence[Claim],
    embedder: Embedder,
    *,
    entities: Sequence[Entity] = (),
    threshold: float | None = None,
) -> Alignment:
    if threshold is None:
        threshold = getattr(embedder, "agreement_threshold", None) or DEFAULT_THRESHOLDS.get(embedder.name, 0.5)
    texts = [canonical_text(c, entities) for c in claims]
    sim = similarity_matrix(texts, embedder) if claims else np.zeros((0, 0), dtype=np.float32)

    if embedder.name == "tfidf" or not claims:
        lexical = sim
    else:
        lexical = lexical_similarity(texts)
    pairs = _candidate_pairs(sim, lexical, [c.article for c in claims], threshold)
    pairs.sort(key=lambda p: -p[2])

    groups = _group(pairs, claims, sim, threshold)
    agreements = tuple(
        Agreement(
            claims=tuple(ClaimRef.of(claims[k]) for k in sorted(members, key=lambda k: (claims[k].article, claims[k].start))),
            score=round(score, 4),
        )
        for members, score in groups
    )
    in_agreement = {k for members, _ in groups for k in members}
    unique = tuple(ClaimRef.of(c) for k, c in enumerate(claims) if k not in in_agreement)
    return Alignment(
        agreements=agreements,
        unique=unique,
        pairs=tuple((claims[i], claims[j], s) for i, j, s in pairs),
        similarity=sim,
        threshold=threshold,
    )


def _candidate_pairs(
    sim: np.ndarray, lexical: np.ndarray, articles: Sequence[str], threshold: float
) -> list[tuple[int, int, float]]:
    """Cross-article pairs that agree.

    Three tests, all needed: the cosine reaches the threshold; the pair is closer than each
    side is to its usual neighbours in the other article (CSLS, Conneau et al. 2018: a
    sentence that is close to everything, a "hub", agrees with nothing in particular); and
    the two share some story-specific wording (TF-IDF fitted on the story), so two on-topic
    sentences that merely sound alike do not agree.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for k, article in enumerate(articles):
        index[article].append(k)
    names = sorted(index)
    pairs = []
    for x, a in enumerate(names):
        for b in names[x + 1 :]:
            rows, cols = np.asarray(index[a]), np.asarray(index[b])
            block = sim[np.ix_(rows, cols)]
            k_row, k_col = min(_CSLS_K, block.shape[1]), min(_CSLS_K, block.shape[0])
            row_hub = np.sort(block, axis=1)[:, -k_row:].mean(axis=1, keepdims=True)
            col_hub = np.sort(block, axis=0)[-k_col:, :].mean(axis=0, keepdims=True)
            csls = 2 * block - row_hub - col_hub
            keep = (block >= threshold) & (csls >= 0) & (lexical[np.ix_(rows, cols)] >= _LEXICAL_FLOOR)
            for r, c in zip(*np.nonzero(keep)):
                pairs.append((int(rows[r]), int(cols[c]), float(block[r, c])))
    return pairs


def _group(
    pairs: Sequence[tuple[int, int, float]], claims: Sequence[Claim], sim: np.ndarray, threshold: float
) -> list[tuple[set[int], float]]:
    """Pairs into agreements: a claim joins a group when it agrees with every member."""
    groups: list[tuple[set[int], float]] = []
    by_claim: dict[int, list[int]] = defaultdict(list)
    for i, j, score in pairs:
        if any(i in groups[g][0] and j in groups[g][0] for g in by_claim[i]):
            continue
        joined = False
        for a, b in ((i, j), (j, i)):
            for g in by_claim[a]:
                members, best = groups[g]
                if claims[b].article in {claims[k].article for k in members}:
                    continue
                if all(sim[b, k] >= threshold for k in members):
                    members.add(b)
                    groups[g] = (members, max(best, score))
                    by_claim[b].append(g)
                    joined = True
                    break
            if joined:
                break
        if not joined:
            groups.append(({i, j}, score))
            by_claim[i].append(len(groups) - 1)
            by_claim[j].append(len(groups) - 1)
    return groups
