"""Which cross-article pairs of claims state the same thing: a small logistic model over evidence.

Candidate pairs come from the embedder (any backend); each is weighed by the cosine against the
embedder's threshold, the story-specific wording both share (TF-IDF fitted on the story), CSLS
(Conneau et al. 2018: closer than each side is to its usual neighbours, so a "hub" close to
everything agrees with nothing in particular), whether each is the other's best match, the
figures, years, dates and times both state, and the names both mention. The weights are fitted
by scripts/fit_align.py on stories-dev as a whole (bench/README.md, "align3").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from ...backends.embedders.tfidf import stop_words
from ...model import Claim, Entity
from ..claims import stem

_CSLS_K = 5
_LEXICAL_FLOOR = 0.10
# Pairs this far below the threshold are not weighed at all.
_FAR_BELOW = 0.3
# A word is rare in a story when at most this many claims use it (one claim told by four outlets).
_RARE = 4
_WORD = re.compile(r"[^\W\d_]{4,}")

FEATURES = (
    "cosine - threshold", "lexical", "csls", "mutual best", "best of one side", "same specific value",
    "shared names", "shared figures", "shared rare words",
)
PAIR_WEIGHTS = (0.53, 0.86, 1.06, 0.68, 1.14, 0.26, 0.36, 1.82, 0.95)
PAIR_BIAS = -4.53
# A pair at this probability agrees; a weaker pair down to WEAK_PROBABILITY may only bring a claim
# into a group whose members it is close to (groups.py).
PAIR_PROBABILITY = 0.35
WEAK_PROBABILITY = 0.25


def names_of(claim: Claim, entities: Sequence[Entity]) -> set[str]:
    return {e.id for e in entities for m in e.mentions if m.sentence == claim.sentence}


def slot_keys(claim: Claim) -> set[str]:
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


def figure_keys(claim: Claim) -> set[str]:
    """Every figure, year, date and time a claim states, however qualified ("about 1.9 million"
    and "approximately 1,9 million" state the same figure): shared ones are evidence of one claim.
    Counts below ten without a unit are left out (too common to say anything)."""
    out = set()
    for v in claim.values:
        if v.kind == "number":
            try:
                figure = float(v.normalized.split()[0])
            except (ValueError, IndexError):
                continue
            if figure >= 10 or v.unit or figure != int(figure):
                out.add(f"n:{v.normalized}")
        elif v.kind in ("date", "time", "month", "year"):
            out.add(f"{v.kind}:{v.normalized}")
    return out


def rare_words(texts: Sequence[str]) -> list[set[str]]:
    """Each text's lower-case content words (stemmed) that few claims of the story use: shared
    ones are the story-specific wording of one proposition ("east wing", "kiln", "borehole").
    Names are left out: a name both mention says they share a topic, not a proposition."""
    stop = stop_words()
    words = [{stem(w) for w in _WORD.findall(t) if w.islower() and w not in stop} for t in texts]
    df = Counter(w for ws in words for w in ws)
    return [{w for w in ws if df[w] <= _RARE} for ws in words]


def pair_features(
    sim: np.ndarray, lexical: np.ndarray, claims: Sequence[Claim], threshold: float, names: Sequence[set[str]],
    texts: Sequence[str] | None = None,
) -> list[tuple[int, int, np.ndarray]]:
    """Every cross-article pair of claims not far below the threshold, with its evidence
    (``FEATURES``). ``texts``: the claims as compared (names resolved); their own texts by default."""
    index: dict[str, list[int]] = defaultdict(list)
    for k, claim in enumerate(claims):
        index[claim.article].append(k)
    keys = [slot_keys(c) for c in claims]
    figures = [figure_keys(c) for c in claims]
    rare = rare_words(texts if texts is not None else [c.text for c in claims])
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
            for r, c in zip(*np.nonzero(block >= threshold - _FAR_BELOW)):
                i, j = int(rows[r]), int(cols[c])
                out.append((i, j, np.array([
                    block[r, c] - threshold, lex[r, c], csls[r, c],
                    float(row_best[r, c] and col_best[r, c]), float(row_best[r, c] or col_best[r, c]),
                    float(min(len(keys[i] & keys[j]), 2)), float(min(len(names[i] & names[j]), 3)),
                    float(min(len(figures[i] & figures[j]), 2)), float(min(len(rare[i] & rare[j]), 3)),
                ], dtype=np.float64)))
    return out


def pair_probability(features: np.ndarray) -> float:
    z = PAIR_BIAS + float(np.dot(PAIR_WEIGHTS, features))
    return 1.0 / (1.0 + np.exp(-z))


def scored_pairs(
    sim: np.ndarray, lexical: np.ndarray, claims: Sequence[Claim], threshold: float, names: Sequence[set[str]],
    texts: Sequence[str] | None = None,
) -> tuple[list[tuple[int, int, float]], dict[tuple[int, int], float]]:
    """The pairs that agree (i, j, cosine), and every weighed pair's probability keyed (i, j), i < j.

    A pair agrees by the calibrated rule (cosine over the threshold, CSLS positive) or by the
    model; either way it must share some story-specific wording (TF-IDF over a floor)."""
    agree, probability = [], {}
    for i, j, f in pair_features(sim, lexical, claims, threshold, names, texts):
        p = pair_probability(f)
        key = (min(i, j), max(i, j))
        if f[1] < _LEXICAL_FLOOR:
            continue
        probability[key] = p
        if (f[0] >= 0 and f[2] >= 0) or p >= PAIR_PROBABILITY:
            agree.append((i, j, float(sim[i, j])))
    return agree, probability
