"""The TF-IDF pair model's agreeing pairs as a second opinion beside the static one's.

The static space reads a mean of word vectors; the TF-IDF space reads the story's own wording. On
the fresh sets the ``tfidf`` embedder finds shared claims the static one misses where outlets tell
one act in the story's words around a loose paraphrase ("left the site the same evening" / "left
the region in the same evening"), and loses others (bench/README.md, "shared23", item 7). So a pair
the TF-IDF pair model (``pairs.PAIR_MODELS["tfidf"]``) agrees on, that the static model does not,
is added to the pairs grouped when

1. its TF-IDF probability reaches ``LEXICAL_OPINION_PROBABILITY``;
2. each claim is the other's likeliest claim in the other's article, in both models;
3. the two claims share a predicate (``claims.events.share_a_predicate``): one proposition tells
   one act, while two sentences of one scene share only its nouns ("the injured" / "our injured
   brothers").

The pair keeps its static cosine and probability: the groups' checks read it as before.

Off in ``align`` (``LEXICAL_OPINIONS``): measured on every set (bench/README.md, "shared24"), the
predicate test keeps the added groups right but also drops the right pairs told with other verbs
("would publish a revised catalogue" / "has promised a new catalogue"), and no variant gained on
three READ sets without losing a unique claim. ``scripts/lexical_opinion_study.py`` lists every
candidate pair and the groups it changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ...model import Claim
from ..claims.events import predicate_words, share_a_predicate
from .pairs import scored_pairs

__all__ = [
    "BROAD_PREDICATES", "LEXICAL_OPINION_PROBABILITY", "PREDICATE_NOUNS", "SAME_PREDICATE", "lexical_opinion_candidates",
    "lexical_opinion_pairs",
]

# The TF-IDF probability from which an agreeing pair is a second opinion (off when 1), whether the two
# claims must share a predicate, whether a noun of an act counts as one ("the outbreak" names the scene
# both tell), and whether two verbs OEWN relates a step apart do ("bought" / "acquiring"; else one act's
# key or one synset only). The best variant measured (bench/README.md, "shared24"); ``align`` leaves the
# second opinion off (``LEXICAL_OPINIONS``): no variant gained on three READ sets without a loss.
LEXICAL_OPINION_PROBABILITY = 0.35
SAME_PREDICATE = True
PREDICATE_NOUNS = False
BROAD_PREDICATES = True


def _likeliest(probability: dict[tuple[int, int], float], claims: Sequence[Claim]) -> dict[tuple[int, str], float]:
    """Per claim and other article: the highest probability of a pair of the claim with a claim of that article."""
    best: dict[tuple[int, str], float] = {}
    for (i, j), q in probability.items():
        for mine, theirs in ((i, j), (j, i)):
            key = (mine, claims[theirs].article)
            best[key] = max(best.get(key, 0.0), q)
    return best


def _both_ways(i: int, j: int, probability: dict[tuple[int, int], float], best: dict[tuple[int, str], float], claims: Sequence[Claim]) -> bool:
    q = probability.get((min(i, j), max(i, j)), 0.0)
    return q > 0 and q >= best[(i, claims[j].article)] and q >= best[(j, claims[i].article)]


def lexical_opinion_candidates(
    sim: np.ndarray, lexical: np.ndarray, claims: Sequence[Claim], threshold: float, names: Sequence[set[str]],
    texts: Sequence[str], keys: Sequence[set[str]], agreed: Sequence[tuple[int, int, float]],
    probability: dict[tuple[int, int], float], floor: float,
) -> list[tuple[int, int, float, bool]]:
    """The pairs (i, j, TF-IDF probability, whether they share a predicate) that the TF-IDF pair model
    agrees on from ``floor``, the static one does not, and that are each other's likeliest claims
    both ways in both models (see :func:`lexical_opinion_pairs`)."""
    agree, lexical_probability = scored_pairs(lexical, lexical, claims, threshold, names, texts, "tfidf", keys=keys)
    have = {(min(i, j), max(i, j)) for i, j, _ in agreed}
    candidates = [
        (i, j, lexical_probability[(min(i, j), max(i, j))]) for i, j, _ in agree
        if (min(i, j), max(i, j)) not in have and lexical_probability[(min(i, j), max(i, j))] >= floor
    ]
    if not candidates:
        return []
    best_static, best_lexical = _likeliest(probability, claims), _likeliest(lexical_probability, claims)
    return [
        (i, j, q, share_a_predicate(
            predicate_words(texts[i], PREDICATE_NOUNS), predicate_words(texts[j], PREDICATE_NOUNS), BROAD_PREDICATES,
        ))
        for i, j, q in candidates
        if _both_ways(i, j, lexical_probability, best_lexical, claims) and _both_ways(i, j, probability, best_static, claims)
    ]


def lexical_opinion_pairs(
    sim: np.ndarray, lexical: np.ndarray, claims: Sequence[Claim], threshold: float, names: Sequence[set[str]],
    texts: Sequence[str], keys: Sequence[set[str]], agreed: Sequence[tuple[int, int, float]],
    probability: dict[tuple[int, int], float],
) -> list[tuple[int, int, float]]:
    """The pairs (i, j, static cosine) the TF-IDF pair model adds (see the module): ``lexical`` the
    claims' TF-IDF cosines and ``threshold`` the TF-IDF space's; ``agreed`` and ``probability`` the
    static model's agreeing pairs and probabilities."""
    if LEXICAL_OPINION_PROBABILITY >= 1.0 or not len(claims):
        return []
    found = lexical_opinion_candidates(
        sim, lexical, claims, threshold, names, texts, keys, agreed, probability, LEXICAL_OPINION_PROBABILITY,
    )
    return [(i, j, float(sim[i, j])) for i, j, _, shared in found if shared or not SAME_PREDICATE]
