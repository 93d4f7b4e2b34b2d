"""Shared and unique claims across sources (N-way alignment).

1. Pieces (``pieces``): each claim with its names resolved, and its clauses; a pair of claims
   scores the best of sentence-sentence and clause-clause cosines in the embedder's space.
2. Pairs (``pairs``): every cross-article pair not far below the embedder's threshold is weighed
   by a logistic model over its evidence (cosine, story wording, CSLS, best matches, shared
   figures and names); the pairs over its cut agree. An embedder with a second-opinion model
   (``second``: all-MiniLM-L6-v2) aligns in the static space, where every cut is calibrated, and
   its own cosines raise a pair's probability where they are evidence of one claim.
3. Groups (``groups``): agreeing pairs become agreements across all articles at once, with a
   coherence check, so one agreement spans the 2-4 outlets that tell a claim without every pair
   passing on its own (a newcomer may join on the clause that anchors the group, or on the joint
   evidence of weak ties to every member).
4. Unique claims (``unique``): every claim in no agreement, the clauses of agreed claims that
   nothing in another article comes close to (a sentence that carries a shared claim can carry a
   unique one), and the parts of agreed claims stating a figure no other article states.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ...backends.embedders import Embedder
from ...backends.embedders.tfidf import tfidf_cosines
from ...model import Agreement, Claim, ClaimRef, Entity
from ...text.datelines import dateline
from .groups import COHERENCE_MARGIN, MARGINS, group_pairs
from .pairs import (
    FEATURES, PAIR_BIAS, PAIR_PROBABILITY, PAIR_WEIGHTS, names_of, pair_features, pair_probability,
    RARE_FIGURE, SLOT_PROBABILITY, scored_pairs, shared_figures, story_figure_keys,
)
from .pieces import best_of_pieces, canonical_text, clause_spans, clauses, lexical_similarity, pieces_of
from .pieces import anchors, similarity_matrix
from .second import SecondOpinion, base_embedder, second_model
from .slots import slot_ties
from .unique import figure_parts, told_nowhere_else, unique_clauses

__all__ = [
    "COHERENCE_MARGIN", "DEFAULT_THRESHOLDS", "FEATURES", "PAIR_BIAS", "PAIR_PROBABILITY", "PAIR_WEIGHTS", "Alignment",
    "align_claims", "canonical_text", "clauses", "lexical_similarity", "names_of", "pair_features", "pair_probability",
    "similarity_matrix", "unique_clauses",
]

# Cosine above which two claims are the same claim, per embedder, when the embedder does not
# carry its own calibrated ``agreement_threshold``.
DEFAULT_THRESHOLDS = {"tfidf": 0.30}
# A datelined lead's clauses are alignment units of their own: such a lead carries the story's
# three or four main claims, each told by another outlet in a sentence of its own. A pair of such
# a clause and another claim agrees from UNIT_PROBABILITY (bench/README.md, "align9"): a clause
# weighed on its own is short, and a loose tie of it would pull the whole lead into a group.
LEAD_UNITS = True
UNIT_PROBABILITY = 0.6
# An embedder with a packaged second-opinion model (``second``: all-MiniLM-L6-v2) aligns in the
# static space and adds its cosines to the pair model's evidence (off when False).
SECOND_OPINIONS = True
# Parts of agreed claims stating a figure only their outlet gives are unique claims (``figure_parts``).
FIGURE_PARTS = True
# A newcomer a distinctive slot ties to one member of a group, sharing it with every other, joins
# the group (``slots``; off when False).
SLOT_GROUPS = True

# kept for callers of the single-module layout
_best_of_pieces = best_of_pieces
_pieces = pieces_of
_names = names_of


@dataclass(frozen=True, slots=True)
class Alignment:
    agreements: tuple[Agreement, ...]
    unique: tuple[ClaimRef, ...]
    pairs: tuple[tuple[Claim, Claim, float], ...]  # every cross-article pair that agrees
    similarity: np.ndarray  # claims x claims, for later stages (conflicts)
    threshold: float


def _owned(groups: list[tuple[set[int], float]], owner: np.ndarray) -> list[tuple[set[int], float]]:
    """Groups of claims and units as groups of claims (a unit stands for its lead), no group
    inside another."""
    owned = sorted((({int(owner[k]) for k in members}, score) for members, score in groups), key=lambda g: -len(g[0]))
    out: list[tuple[set[int], float]] = []
    for members, score in owned:
        if any(members <= kept for kept, _ in out):
            continue
        out.append((members, score))
    return out


def lead_units(claims: Sequence[Claim]) -> list[tuple[int, Claim]]:
    """The clauses of each datelined lead ("OSTREL, March 18 (Wire) — A rocket ..., marking the
    second failure in its three flights") as claims of their own, each with the index of its lead:
    the lead's whole-sentence evidence with a sentence telling one of its claims is diluted by the
    others, so a clause is weighed on its own. The values stated in the clause go with it."""
    out = []
    for k, claim in enumerate(claims):
        if not dateline(claim.text):
            continue
        spans = clause_spans(claim)
        if len(spans) < 2:
            continue
        for n, (start, end) in enumerate(spans):
            out.append((k, replace(
                claim, id=f"{claim.id}.u{n + 1}", text=claim.text[start - claim.start : end - claim.start], start=start, end=end,
                values=tuple(v for v in claim.values if start <= v.start and v.end <= end),
            )))
    return out


@dataclass(frozen=True, slots=True)
class _Evidence:
    """The claims as compared: texts (names resolved), pieces (texts, then clauses) with each
    piece's claim, their cosines in the embedder's space and their TF-IDF cosines, and names."""
    texts: list[str]
    pieces: list[str]
    owner: np.ndarray
    piece_cos: np.ndarray
    piece_lex: np.ndarray
    names: list[set[str]]
    second_cos: np.ndarray | None = None  # piece x piece in a second opinion's space (``second``)


def _with_lead_units(
    claims: Sequence[Claim], entities: Sequence[Entity], threshold: float, embedder: Embedder, evidence: _Evidence,
    pairs: list[tuple[int, int, float]], probability: dict[tuple[int, int], float], claim_sim: np.ndarray,
    second: SecondOpinion | None = None, second_embedder: Embedder | None = None,
) -> tuple[list[Claim], np.ndarray, list[tuple[int, int, float]], dict[tuple[int, int], float], np.ndarray, np.ndarray] | None:
    """The claims with the datelined leads' clauses after them, and the evidence over all of
    them: every pair of two claims keeps the cosine and probability it had without the units
    (later stages read those pairs), a pair with a unit is weighed over the claims and units
    together. A unit is one of its lead's clause pieces, so its cosines are read from the
    claims' pieces, and only the pairs with a unit are weighed again. None when no lead has a
    dateline and clauses."""
    units = lead_units(claims)
    if not units:
        return None
    n = len(claims)
    owner = np.arange(n + len(units))
    owner[n:] = [k for k, _ in units]
    every = list(claims) + [u for _, u in units]
    unit_texts = [canonical_text(u, entities) for _, u in units]
    # each unit's piece: the clause of its lead it is (a name across a clause's edge can change the cut)
    clause_of = {(int(k), text): p for p, (k, text) in enumerate(zip(evidence.owner, evidence.pieces)) if p >= n}
    rows = [clause_of.get((k, text)) for (k, _), text in zip(units, unit_texts)]
    piece_cos, piece_lex, second_cos = evidence.piece_cos, evidence.piece_lex, evidence.second_cos
    if any(p is None for p in rows):  # a unit that is no piece: the cosines of all pieces again
        extra = [text for p, text in zip(rows, unit_texts) if p is None]
        vectors = embedder.embed(evidence.pieces + extra)
        piece_cos = vectors @ vectors.T
        piece_lex = piece_cos if embedder.name == "tfidf" else tfidf_cosines(evidence.pieces + extra)
        if second is not None and second_embedder is not None:
            vectors = second_embedder.embed(evidence.pieces + extra)
            second_cos = vectors @ vectors.T
        fresh = iter(range(len(evidence.pieces), len(evidence.pieces) + len(extra)))
        rows = [p if p is not None else next(fresh) for p in rows]
    # the texts of the claims and of the units (one clause each: no clauses of their own), then the claims' clauses
    index = np.concatenate([np.arange(n), np.asarray(rows, dtype=np.int64), np.arange(n, len(evidence.pieces))])
    piece_owner = np.concatenate([evidence.owner[:n], np.arange(n, n + len(units)), evidence.owner[n:]])
    cos = piece_cos[np.ix_(index, index)]
    sim = best_of_pieces(cos, piece_owner, len(every))
    lexical = sim if embedder.name == "tfidf" else best_of_pieces(piece_lex[np.ix_(index, index)], piece_owner, len(every))
    sim[:n, :n] = claim_sim
    if second is not None and second_cos is not None:
        unit_second = best_of_pieces(second_cos[np.ix_(index, index)], piece_owner, len(every))
        unit_second[:n, :n] = second.sim
        second = replace(second, sim=unit_second)
    texts = evidence.texts + unit_texts
    names = evidence.names + [evidence.names[k] for k, _ in units]
    in_scope = np.arange(len(every)) >= n
    unit_pairs, unit_probability = scored_pairs(
        sim, lexical, every, threshold, names, texts, embedder.name, scope=in_scope, second=second,
    )
    pairs = pairs + [(i, j, s) for i, j, s in unit_pairs if max(i, j) >= n and unit_probability[(min(i, j), max(i, j))] >= UNIT_PROBABILITY]
    probability = {**{key: q for key, q in unit_probability.items() if key[1] >= n}, **probability}
    return every, owner, pairs, probability, sim, anchors(cos, piece_owner, len(every))


def align_claims(
    claims: Sequence[Claim],
    embedder: Embedder,
    *,
    entities: Sequence[Entity] = (),
    threshold: float | None = None,
) -> Alignment:
    model = second_model(embedder.name) if threshold is None and SECOND_OPINIONS else None
    second_embedder = None
    if model is not None:  # align in the base space; the embedder's cosines are evidence of the pair model
        second_embedder, embedder = embedder, base_embedder(model.base)
    if threshold is None:
        threshold = getattr(embedder, "agreement_threshold", None) or DEFAULT_THRESHOLDS.get(embedder.name, 0.5)
    texts = [canonical_text(c, entities) for c in claims]
    pieces, owner = pieces_of(texts)
    second, second_cos = None, None
    if claims:
        vectors = embedder.embed(pieces)
        piece_cos = vectors @ vectors.T
        piece_lex = piece_cos if embedder.name == "tfidf" else tfidf_cosines(pieces)
        sim = best_of_pieces(piece_cos, owner, len(texts))
        lexical = sim if embedder.name == "tfidf" else best_of_pieces(piece_lex, owner, len(texts))
        if model is not None and second_embedder is not None:
            vectors = second_embedder.embed(pieces)
            second_cos = vectors @ vectors.T
            second = SecondOpinion(
                sim=best_of_pieces(second_cos, owner, len(texts)), threshold=second_embedder.agreement_threshold,
                gate=model.gate, weights=model.weights, bias=model.bias,
            )
    else:
        sim = lexical = piece_cos = piece_lex = np.zeros((0, 0), dtype=np.float32)
    names = [names_of(c, entities) for c in claims]
    evidence = _Evidence(
        texts=texts, pieces=pieces, owner=owner, piece_cos=piece_cos, piece_lex=piece_lex, names=names, second_cos=second_cos,
    )
    keys = story_figure_keys(claims)  # read once: the pairs' evidence and the groups' rare figures
    pairs, probability = scored_pairs(sim, lexical, claims, threshold, names, texts, embedder.name, keys=keys, second=second)
    pairs.sort(key=lambda p: -p[2])
    kept_pairs = list(pairs)
    anchor = anchors(piece_cos, owner, len(texts)) if claims else None
    units, unit_owner, group_sim = list(claims), np.arange(len(claims)), sim
    extended = (
        _with_lead_units(claims, entities, threshold, embedder, evidence, pairs, probability, sim, second, second_embedder)
        if LEAD_UNITS and claims else None
    )
    if extended is not None:
        units, unit_owner, pairs, probability, group_sim, anchor = extended
        pairs.sort(key=lambda p: -p[2])
    rare = shared_figures(units, RARE_FIGURE, keys=keys if extended is None else None) if claims else None
    ties = slot_ties(units, probability, SLOT_PROBABILITY) if SLOT_GROUPS and claims else None
    groups = group_pairs(pairs, units, group_sim, threshold, probability, anchor, rare, MARGINS.get(embedder.name), slots=ties)
    if len(units) > len(claims):
        groups = _owned(groups, unit_owner)
    agreements = tuple(
        Agreement(
            claims=tuple(ClaimRef.of(claims[k]) for k in sorted(members, key=lambda k: (claims[k].article, claims[k].start))),
            score=round(score, 4),
        )
        for members, score in groups
    )
    in_agreement = {k for members, _ in groups for k in members}
    unique = tuple(ClaimRef.of(c) for k, c in enumerate(claims) if k not in in_agreement)
    # a clause or figure part no other article tells, read in the static space and, with a second
    # opinion, in the second space too: told nowhere else in either is unique
    spaces = [(piece_cos, threshold, embedder)]
    if second_embedder is not None and second_cos is not None:
        spaces.append((second_cos, second_embedder.agreement_threshold, second_embedder))
    clauses_told = [c for cos, at, _ in spaces for c in unique_clauses(claims, texts, in_agreement, cos, piece_lex, at, entities)]
    unique += tuple(dict.fromkeys(clauses_told) if len(spaces) > 1 else clauses_told)
    if FIGURE_PARTS and claims:
        parts = figure_parts(claims, in_agreement, unique)
        unique += tuple(told_nowhere_else(parts, claims, pieces, owner, embedder, threshold, also=[(space, at) for _, at, space in spaces[1:]]))
    return Alignment(
        agreements=agreements,
        unique=unique,
        pairs=tuple((claims[i], claims[j], s) for i, j, s in kept_pairs),
        similarity=sim,
        threshold=threshold,
    )
