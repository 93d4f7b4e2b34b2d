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
# A pair this far below the threshold agrees when both state one specific value (see _candidate_pairs).
_SLOT_MARGIN = 0.15
# A clause of an agreed claim is unique when nothing in another article comes this close.
_UNIQUE_MARGIN = 0.05
_UNIQUE_LEXICAL = 0.2
# A group takes a claim or another group when their cross cosines average this close to the threshold.
_COHERENCE_MARGIN = 0.15
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


def _clause_spans(claim: Claim) -> list[tuple[int, int]]:
    """Article offsets of the clauses of a claim, as :func:`clauses` cuts them."""
    spans, cursor = [], 0
    for part in clauses(claim.text):
        at = claim.text.find(part, cursor)
        if at < 0:
            return []
        spans.append((claim.start + at, claim.start + at + len(part)))
        cursor = at + len(part)
    return spans


def unique_clauses(
    claims: Sequence[Claim], texts: Sequence[str], agreed: set[int], cos: np.ndarray, lexical: np.ndarray, threshold: float
) -> list[ClaimRef]:
    """Clauses of agreed claims that no other article tells: a sentence that carries a shared
    claim can carry a unique one too. ``cos`` and ``lexical`` are piece x piece (``_pieces``)."""
    _pieces_, owner = _pieces(texts)
    n = len(claims)
    article_of = np.asarray([claims[k].article for k in owner])
    out = []
    for p in range(n, len(owner)):
        k = int(owner[p])
        if k not in agreed:
            continue
        others = article_of != claims[k].article
        if not others.any():
            continue
        if cos[p, others].max() >= threshold - _UNIQUE_MARGIN or lexical[p, others].max() >= _UNIQUE_LEXICAL:
            continue
        first = int(np.nonzero(owner == k)[0][1])  # the claim's first clause piece (0 is its sentence)
        spans = _clause_spans(claims[k])
        if len(spans) != int((owner == k).sum()) - 1:
            continue  # names replaced changed the cut: no offsets to point at
        start, end = spans[p - first]
        claim = claims[k]
        out.append(ClaimRef(article=claim.article, sentence=claim.sentence, text=claim.text[start - claim.start : end - claim.start], start=start, end=end))
    return out


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
    pieces, owner = _pieces(texts)
    if claims:
        vectors = embedder.embed(pieces)
        piece_cos = vectors @ vectors.T
        piece_lex = piece_cos if embedder.name == "tfidf" else tfidf_cosines(pieces)
        sim = _best_of_pieces(piece_cos, owner, len(texts))
        lexical = sim if embedder.name == "tfidf" else _best_of_pieces(piece_lex, owner, len(texts))
    else:
        sim = lexical = piece_cos = piece_lex = np.zeros((0, 0), dtype=np.float32)
    names = [_names(c, entities) for c in claims]
    pairs = _candidate_pairs(sim, lexical, claims, threshold, names)
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
    unique += tuple(unique_clauses(claims, texts, in_agreement, piece_cos, piece_lex, threshold))
    return Alignment(
        agreements=agreements,
        unique=unique,
        pairs=tuple((claims[i], claims[j], s) for i, j, s in pairs),
        similarity=sim,
        threshold=threshold,
    )


# Weights of the pair model (logistic; features in ``pair_features``), fitted by
# scripts/fit_align.py on stories-dev as a whole (bench/README.md, "claims").
PAIR_WEIGHTS = (0.96, 2.03, 1.57, 1.01, 1.42, 1.44, 0.11)
PAIR_BIAS = -4.22
PAIR_PROBABILITY = 0.35
FEATURES = ("cosine - threshold", "lexical", "csls", "mutual best", "best of one side", "same specific value", "shared names")


def pair_features(
    sim: np.ndarray, lexical: np.ndarray, claims: Sequence[Claim], threshold: float, names: Sequence[set[str]]
) -> list[tuple[int, int, np.ndarray]]:
    """Every cross-article pair of claims with its evidence (see ``FEATURES``)."""
    index: dict[str, list[int]] = defaultdict(list)
    for k, claim in enumerate(claims):
        index[claim.article].append(k)
    keys = [_slot_keys(c) for c in claims]
    articles = sorted(index)
    out = []
    for x, a in enumerate(articles):
        for b in articles[x + 1 :]:
            rows, cols = np.asarray(index[a]), np.asarray(index[b])
            block = sim[np.ix_(rows, cols)]
            k_row, k_col = min(_CSLS_K, block.shape[1]), min(_CSLS_K, block.shape[0])
            row_hub = np.sort(block, axis=1)[:, -k_row:].mean(axis=1, keepdims=True)
            col_hub = np.sort(block, axis=0)[-k_col:, :].mean(axis=0, keepdims=True)
            csls = 2 * block - row_hub - col_hub
            row_best = block >= block.max(axis=1, keepdims=True)
            col_best = block >= block.max(axis=0, keepdims=True)
            lex = lexical[np.ix_(rows, cols)]
            for r, i in enumerate(rows):
                for c, j in enumerate(cols):
                    if block[r, c] < threshold - 0.3:
                        continue  # far too apart to be one claim: no need to weigh the rest
                    out.append((int(i), int(j), np.array([
                        block[r, c] - threshold, lex[r, c], csls[r, c],
                        float(row_best[r, c] and col_best[r, c]), float(row_best[r, c] or col_best[r, c]),
                        float(min(len(keys[i] & keys[j]), 2)), float(min(len(names[i] & names[j]), 3)),
                    ], dtype=np.float64)))
    return out


def pair_probability(features: np.ndarray) -> float:
    z = PAIR_BIAS + float(np.dot(PAIR_WEIGHTS, features))
    return 1.0 / (1.0 + np.exp(-z))


def _candidate_pairs(
    sim: np.ndarray, lexical: np.ndarray, claims: Sequence[Claim], threshold: float, names: Sequence[set[str]]
) -> list[tuple[int, int, float]]:
    """Cross-article pairs that agree, by a small logistic model over their evidence: the
    cosine against the embedder's threshold; the story-specific wording they share (TF-IDF
    fitted on the story); CSLS (Conneau et al. 2018: closer than each side is to its usual
    neighbours, so a "hub" close to everything agrees with nothing in particular); whether each
    is the other's best match; a specific figure or date both state; the names both mention.
    A pair's score is its probability."""
    out = []
    for i, j, f in pair_features(sim, lexical, claims, threshold, names):
        if f[1] < _LEXICAL_FLOOR:
            continue
        # the calibrated rule (cosine over the threshold, CSLS, shared wording) or the model
        if (f[0] >= 0 and f[2] >= 0) or pair_probability(f) >= PAIR_PROBABILITY:
            out.append((i, j, float(sim[i, j])))
    return out


def _names(claim: Claim, entities: Sequence[Entity]) -> set[str]:
    return {e.id for e in entities for m in e.mentions if m.sentence == claim.sentence}


def _slot_keys(claim: Claim) -> set[str]:
    """The specific values a claim states: figures that are not tiny counts, full dates, times."""
    out = set()
    for v in claim.values:
        if v.kind == "number":
            figure = v.low if v.low is not None and v.low == v.high else None
            if figure is not None and (figure >= 10 or v.unit) and not v.qualifier:
                out.add(f"n:{v.normalized}")
        elif v.kind in ("date", "time", "month"):
            out.add(f"{v.kind}:{v.normalized}")
    return out


def _group(
    pairs: Sequence[tuple[int, int, float]], claims: Sequence[Claim], sim: np.ndarray, threshold: float
) -> list[tuple[set[int], float]]:
    """Pairs into agreements, strongest first, across all articles at once.

    Each claim joins one group: a pair joins two groups (or a claim and a group) when they hold
    no article in common and the claims they bring together are close on average (a coherence
    check: no chain of pairwise matches drifts from one proposition to another). A strong pair
    that cannot join this way is kept as an agreement of its own, since one sentence can carry
    two claims that other articles tell in different sentences.
    """
    group_of: dict[int, int] = {}
    groups: list[set[int]] = []
    scores: list[float] = []
    extra: list[tuple[set[int], float]] = []
    coherence = threshold - _COHERENCE_MARGIN

    def articles(members: set[int]) -> set[str]:
        return {claims[k].article for k in members}

    for i, j, score in pairs:
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is not None and gi == gj:
            continue
        left = groups[gi] if gi is not None else {i}
        right = groups[gj] if gj is not None else {j}
        joinable = not (articles(left) & articles(right))
        if joinable and (len(left) > 1 or len(right) > 1):
            cross = [sim[x, y] for x in left for y in right]
            joinable = float(np.mean(cross)) >= coherence
        if joinable:
            merged = left | right
            if gi is None and gj is None:
                groups.append(merged)
                scores.append(score)
                target = len(groups) - 1
            else:
                target = gi if gi is not None else gj  # type: ignore[assignment]
                other = gj if target == gi else gi
                groups[target] = merged
                scores[target] = max(scores[target], score)
                if other is not None:
                    groups[other] = set()
            for k in merged:
                group_of[k] = target
        elif score >= threshold:
            extra.append(({i, j}, score))
    out = [(members, score) for members, score in zip(groups, scores) if len(members) > 1]
    return out + extra
