"""Which cross-article pairs of claims state the same thing: a small logistic model over evidence.

Candidate pairs come from the embedder (any backend); each is weighed by the cosine against the
embedder's threshold, the story-specific wording both share (TF-IDF fitted on the story), CSLS
(Conneau et al. 2018: closer than each side is to its usual neighbours, so a "hub" close to
everything agrees with nothing in particular), whether each is the other's best match, the
figures, years, dates and times both state (a rare small count of one thing, "six carriages",
counts as a shared figure), the names both mention, how far apart the two sit in their articles,
and whether both state one clock time, exactly or compatibly ("shortly after 9 p.m." / "9:10 p.m."). The weights are fitted by scripts/fit_align.py on stories-dev as a whole (bench/README.md,
"align3", "align4", "align6"). A second sentence space's cosines (``second``) add ``SECOND_FEATURES``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from ...backends.embedders.tfidf import stop_words
from ...model import Claim, Entity
from ...text.stems import root_stem
from ...text.thesaurus import senses
from ...text.verbs import REPORTING_VERBS, SPEECH_VERBS
from ..claims import is_vague, span_hours, time_readings, times_agree, value_measure
from .slots import anchored_pairs, moment_keys, story_slots

if TYPE_CHECKING:
    from .second import SecondOpinion

_CSLS_K = 5
_LEXICAL_FLOOR = 0.10
# Pairs this far below the threshold are not weighed at all, unless both state a quantity or a
# clock time few claims of the story state (off when 0): "sealed the leak by 11 a.m." / "Around
# 11 o'clock the leak was closed, so <name>" sit far apart in a static space (a long name's
# word pieces weigh on a mean of token vectors), yet the rare figure ties them.
_FAR_BELOW = 0.3
FAR_FIGURES = 1
# A word is rare in a story when at most this many claims use it (one claim told by four outlets).
_RARE = 4
# ... and so is a figure: a rare one both state ties two claims (scored_pairs, groups.py).
RARE_FIGURE = _RARE
# An open bound ("more than 9", "under 50") reaches this factor past its figure.
_OPEN_REACH = 1.5
# Months and years differ in length: a span of them is its mean length give or take this many
# hours (keyed by ``span_hours``' mean length): "90 days" fits "three months" (89-92 days), "25
# months" does not fit "two years".
_CALENDAR_SLACK = {730.5: 3 * 24, 8766: 24}
_WORD = re.compile(r"[^\W\d_]{4,}")
_SHORT_WORD = re.compile(r"[^\W\d_]{3,}")  # "leg", "ban": short content words count as wording
# Auxiliaries the stop list lacks: "did not respond" / "did not say" share no wording.
_AUXILIARIES = frozenset({"did", "does", "doing", "done"})
# Content words in scikit-learn's stop list (Nothman et al. 2018 list it among the list's surprises): as
# evidence of one proposition they are wording like any other ("the fire broke out" / "the fire, which
# was initiated", "must now go it alone" / "will now have to continue alone"), so alignment's own word
# sets keep them. Words of the list that are mostly function words in news ("back", "side", "top",
# "full", "found", "bill" of a law story) stay stop words.
CONTENT_STOP_WORDS = frozenset("alone bottom cry empty fire mill thick thin".split())
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand "
    "million billion dozen dozens percent".split()
)

# A vague figure ("hundreds of") is shared only with the same thing counted (off when 0).
VAGUE_WITH_THING = 1
# A pair agrees on its own only when it shares some wording beyond names, a figure, this many
# names (who and where pin down one event; one name is one actor saying many things), or, with
# RARE_NAME_ENOUGH, a name few claims of the story mention, as rare words are (off when 0).
WORDING_BEYOND_NAMES = 1
NAMES_ENOUGH = 2
RARE_NAME_ENOUGH = 1

FEATURES = (
    "cosine - threshold", "lexical", "csls", "mutual best", "best of one side", "shared names", "shared figures",
    "shared rare words", "compatible figures", "position gap", "same clock time",
)
# Weights and bias per embedder (its cosines and CSLS have their own scale), fitted by
# scripts/fit_align.py on stories-dev; an embedder without its own fit uses the static one's.
PAIR_MODELS: dict[str, tuple[tuple[float, ...], float]] = {
    "static": ((0.40, 1.41, 1.49, 0.50, 1.02, 0.30, 2.29, 0.89, 2.24, -1.55, 0.79), -4.22),
    "tfidf": ((0.52, 0.52, 0.87, 0.58, 1.63, 0.49, 2.31, 0.81, 1.78, -1.60, 0.0), -4.63),
}
PAIR_WEIGHTS, PAIR_BIAS = PAIR_MODELS["static"]
# The evidence a second sentence space adds beside the static one's (``second_opinion``): its
# cosine against its own threshold, its CSLS, and whether the two claims are each other's best
# match in it.
SECOND_FEATURES = ("second cosine - threshold", "second csls", "second mutual best")
_SHARED_FIGURES, _COMPATIBLE = FEATURES.index("shared figures"), FEATURES.index("compatible figures")
_SHARED_NAMES = FEATURES.index("shared names")
_SHARED_RARE = FEATURES.index("shared rare words")
# A pair at this probability agrees; a pair over the embedder's threshold and closer than its
# usual neighbours (CSLS > 0) agrees from CLOSE_PROBABILITY. Both chosen on stories-dev as a whole
# (bench/README.md, "align3"); CLOSE_PROBABILITY is the strictest round value that keeps the
# seeds' shared pairs.
PAIR_PROBABILITY = 0.15
CLOSE_PROBABILITY = 0.1
# A pair that states a count few claims of the story state ("14 police officers" / "Fourteen law
# enforcement officers") agrees from this probability (bench/README.md, fifth session, 7d).
FIGURE_PROBABILITY = 0.1
# A pair a distinctive slot ties (a measure, a span of time, a day with its part of the day that no
# outlet repeats, each claim the other's likeliest stating it: ``slots``) agrees from this
# probability (off when 1). 0.03 found no more on the eight sets and tied two more wrong pairs.
SLOT_PROBABILITY = 0.04
# A pair whose two claims say a story-specific word of one with a synonym in the other (OEWN: one
# synset), each the other's likeliest claim in its article, agrees from this probability (off when 1).
SENSE_PROBABILITY = 0.08
# ... a word of more senses than this says too little ("clear" is also "light", "minor" a "child").
MAX_SENSES = 8


def names_of(claim: Claim, entities: Sequence[Entity]) -> set[str]:
    return {e.id for e in entities for m in e.mentions if m.sentence == claim.sentence}


@functools.lru_cache(maxsize=1)
def alignment_stop_words() -> frozenset[str]:
    """The stop list alignment's word sets use: scikit-learn's, its content words (``CONTENT_STOP_WORDS``) kept."""
    return stop_words() - CONTENT_STOP_WORDS


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
            si = value_measure(v)
            if VAGUE_WITH_THING and is_vague(v.text):
                # "hundreds of jobs" / "hundreds of families" share an order of magnitude, not a figure
                out.add(f"n:{v.normalized} {root_stem(v.counted.lower())}")
            elif si is not None:  # "three-metre" and "three meters", "15-centimetre" and "15 centimeters"
                out.add(f"n:{figure * si[1]:.4g} {si[0]}")
            elif figure >= 10 or v.unit or figure != int(figure):
                out.add(f"n:{v.normalized}")
        elif v.kind == "time" and "part" not in v.qualifier.split():  # a part of the day ("evening") aligns by its word
            # every reading of a time written without a part of the day ("ten to eight")
            out.update(f"time:{m // 60:02d}:{m % 60:02d}" for m in time_readings(v.normalized, v.qualifier))
        elif v.kind in ("date", "month", "year") and not (v.kind == "month" and not any(c.isdigit() for c in v.text)):
            out.add(f"{v.kind}:{v.normalized}")
    return out


def counted_keys(claims: Sequence[Claim]) -> list[set[str]]:
    """Each claim's small counts with the thing they count ("four of the six carriages" -> 6
    carriages), kept only where few claims of the story state them: a rare count of a thing is
    evidence of one claim, "two days" in every other sentence is not."""
    stop = stop_words()
    keys = []
    for claim in claims:
        out = set()
        for v in claim.values:
            counted = (v.counted or "").lower()
            if v.kind != "number" or v.unit or not _WORD.fullmatch(counted) or counted in stop or counted in _NUMBER_WORDS:
                continue
            figure = v.normalized.split()[0] if v.normalized.split() else ""
            out.add(f"c:{figure}:{root_stem(counted)}")
        keys.append(out)
    df = Counter(k for ks in keys for k in ks)
    return [{k for k in ks if df[k] <= _RARE} for ks in keys]


def content_words(texts: Sequence[str]) -> list[tuple[set[str], set[str]]]:
    """Each text's content words (stemmed), however common in the story, as two sets: those it
    writes in lower case, and all of them lower-cased. Two texts share wording beyond names when a
    word of one is a lower-case word of the other ("Colonel Brandt's men" / "a lieutenant-colonel"):
    a word no text writes in lower case is a name."""
    stop = alignment_stop_words() | _AUXILIARIES | {w for w, lemma in REPORTING_VERBS.items() if lemma in SPEECH_VERBS}
    out = []
    for text in texts:
        words = [w for w in _SHORT_WORD.findall(text) if w.lower() not in stop]
        out.append(({root_stem(w) for w in words if w.islower()}, {root_stem(w.lower()) for w in words}))
    return out


def share_wording(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """Two texts' ``content_words`` meet on a word at least one of them writes in lower case."""
    return bool(a[0] & b[1] or a[1] & b[0])


def word_senses(texts: Sequence[str]) -> list[dict[str, frozenset[str]]]:
    """Each text's lower-case content words (stemmed), each with the OEWN synsets of every lemma it
    may be: two tellings in other words keep the meaning of their words ("hurt" / "injured", "repelled"
    / "repulsed", a translation's "prohibited" for "banned"). Names and reporting verbs are left out."""
    stop = alignment_stop_words() | _AUXILIARIES | set(REPORTING_VERBS)
    out = []
    for text in texts:
        words: dict[str, frozenset[str]] = {}
        for w in _SHORT_WORD.findall(text):
            if w.islower() and w not in stop and 0 < len(meanings := senses(w)) <= MAX_SENSES:
                words.setdefault(root_stem(w), meanings)
        out.append(words)
    df = Counter(w for words in out for w in words)
    return [{w: s for w, s in words.items() if df[w] <= _RARE} for words in out]


def shared_senses(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> int:
    """How many words of one text, written differently in the other, share a synset with a word of
    the other that the first does not write (the same word in both is wording, not a synonym)."""
    theirs = frozenset().union(*(s for w, s in b.items() if w not in a)) if b else frozenset()
    return sum(1 for w, s in a.items() if w not in b and s & theirs)


def rare_words(texts: Sequence[str]) -> list[set[str]]:
    """Each text's lower-case content words (stemmed) that few claims of the story use: shared
    ones are the story-specific wording of one proposition ("east wing", "kiln", "borehole").
    Names are left out: a name both mention says they share a topic, not a proposition."""
    stop = alignment_stop_words()
    words = [{root_stem(w) for w in _WORD.findall(t) if w.islower() and w not in stop} for t in texts]
    df = Counter(w for ws in words for w in ws)
    return [{w for w in ws if df[w] <= _RARE} for ws in words]


def intervals(claim: Claim) -> list[tuple[float, float, str, str]]:
    """The figures a claim states as intervals (low, high, unit, exact form); counts below ten
    without a unit are left out. An open bound ("more than 9%") reaches half the figure again:
    as evidence of one claim, "more than 9%" fits "9.2%", not "40%". Spans of time are in hours
    ("within 30 days" fits "within a month"), and measures in SI ("nearly 10 feet" fits "three metres")."""
    out = []
    for v in claim.values:
        if v.kind != "number" or (v.low is None and v.high is None):
            continue
        low = v.low if v.low is not None else v.high / _OPEN_REACH
        high = v.high if v.high is not None else v.low * _OPEN_REACH
        hours = span_hours(v.counted) if v.counted and not v.unit else None
        if hours is not None:
            slack = _CALENDAR_SLACK.get(hours, 0.0)
            # the exact form keeps the figure as written, in its own unit: "36 hours" and "a day and a half"
            # are one span told two ways (compatible), "36 hours" and "36 hours" one figure (shared)
            out.append((low * hours - slack, high * hours + slack, "h", f"{float(v.normalized.split()[0]):g} {root_stem(v.counted.lower())}"))
            continue
        si = value_measure(v)
        if si is not None:  # "nearly 10 feet" fits "three metres"
            unit, factor = si
            out.append((low * factor, high * factor, unit, f"{float(v.normalized.split()[0]) * factor:.4g} {unit}"))
            continue
        if (max(abs(low), abs(high)) < 10 and not v.unit) or low > high:
            continue
        out.append((low, high, v.unit, v.normalized))
    return out


def _decimals(exact: str) -> int | None:
    """How many decimals a normalised figure is written with ("2.1 %" -> 1), or None."""
    head = exact.split()[0] if exact.split() else ""
    try:
        float(head)
    except ValueError:
        return None
    return len(head.split(".")[1]) if "." in head else 0


def _rounds_to(exact: str, low: float, high: float, other: str) -> bool:
    """A figure written with fewer decimals than an exact other one that rounds to it ("2%" and
    "2.1%", "9%" and "9.2%"): the same figure told less precisely."""
    mine, theirs = _decimals(exact), _decimals(other)
    if mine is None or theirs is None or mine >= theirs or low != high:
        return False
    try:
        value = float(other.split()[0])
    except ValueError:
        return False
    return abs(value - low) <= 0.5 * 10 ** -mine


def compatible_figures(a: list[tuple[float, float, str, str]], b: list[tuple[float, float, str, str]]) -> int:
    """How many figures of one claim the other states differently but compatibly: the same unit,
    overlapping intervals ("about 230" and "232", "nearly 120 km/h" and "118 km/h", "more than
    9%" and "9.2%"), or one rounding the other ("2%" and "2.1%")."""
    return sum(
        1 for low, high, unit, exact in a
        if any(
            unit == u and exact != e and (
                (low <= h and l <= high) or (unit != "h" and (_rounds_to(exact, low, high, e) or _rounds_to(e, l, h, exact)))
            )
            for l, h, u, e in b
        )
    )


def figures_fit(a: list[tuple[float, float, str | None, str]], b: list[tuple[float, float, str | None, str]]) -> bool:
    """Some figure of one claim fits one of the other's: the same unit, overlapping intervals
    ("over 1,100" and "1,140", "above 9 percent" and "9.4%")."""
    return any(u1 == u2 and low <= h and l <= high for low, high, u1, _ in a for l, h, u2, _ in b)


def clock_times(claim: Claim) -> list[tuple[str, str]]:
    """The clock times a claim states (normalised "HH:MM", qualifier)."""
    return [(v.normalized, v.qualifier) for v in claim.values if v.kind == "time" and "part" not in v.qualifier.split()]  # a part of the day is too loose to align by


def compatible_times(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> int:
    """How many clock times of one claim the other states differently but compatibly: "shortly
    after 9 p.m." and "9:10 p.m.", "around 21:00" and "9:10 p.m." (``claims.times_agree``); the
    same reading both ways is a shared figure, not counted here."""
    return sum(
        1 for t, q in a
        if any(
            not set(time_readings(t, q)) & set(time_readings(u, r)) and times_agree(t, q, u, r)
            for u, r in b
        )
    )


def _shared_counts(sets: Sequence[set[str]], cap: int) -> np.ndarray:
    """Claim x claim: how many members each two sets share, capped."""
    # counted through each member's holders: the sets are small and their members mostly rare, so
    # this is far cheaper than a claims x members incidence product
    holders: dict[str, list[int]] = {}
    for k, keys in enumerate(sets):
        for key in keys:
            holders.setdefault(key, []).append(k)
    n = len(sets)
    cells = [np.add.outer(np.asarray(ks) * n, ks).ravel() for ks in holders.values()]  # every two holders of a key
    counts = np.bincount(np.concatenate(cells), minlength=n * n) if cells else np.zeros(n * n, dtype=np.int64)
    return np.minimum(counts.reshape(n, n), cap).astype(np.float64)


def story_figure_keys(claims: Sequence[Claim]) -> list[set[str]]:
    """Each claim's figures (``figure_keys``) and rare small counts (``counted_keys``): read once
    per list of claims and handed to every feature that compares them."""
    return [figure_keys(c) | k for c, k in zip(claims, counted_keys(claims))]


def shared_figures(
    claims: Sequence[Claim], rare: int | None = None, counts: bool = False, keys: Sequence[set[str]] | None = None,
) -> np.ndarray:
    """Claim x claim: how many figures (and rare small counts of a thing) two claims both state;
    with ``rare``, only figures at most that many claims of the story state; with ``counts``,
    only quantities (no dates, years or times). ``keys``: the claims' ``story_figure_keys``, when
    read already."""
    keys = story_figure_keys(claims) if keys is None else keys
    if counts:
        keys = [{key for key in ks if key.startswith(("n:", "c:"))} for ks in keys]
    if rare is not None:
        df = Counter(key for ks in keys for key in ks)
        keys = [{key for key in ks if df[key] <= rare} for ks in keys]
    return _shared_counts(keys, 2)


def far_figure_ties(keys: Sequence[set[str]]) -> np.ndarray:
    """Claim x claim: whether two claims both state a quantity ("n:" keys) or a clock time that
    at most RARE_FIGURE claims of the story state. Dates, years and small counts of a thing ("the
    two countries") are left out: too loose to weigh a pair the embedder puts far apart."""
    tying = [{k for k in ks if k.startswith(("n:", "time:"))} for ks in keys]
    df = Counter(k for ks in tying for k in ks)
    return _shared_counts([{k for k in ks if df[k] <= RARE_FIGURE} for ks in tying], 1) > 0


def _relative_places(claims: Sequence[Claim], index: dict[str, list[int]]) -> np.ndarray:
    """Each claim's place in its article, 0 (first) to 1 (last): outlets tend to tell one event in
    the same order (the lead first), so two claims far apart in their articles are less often one."""
    place = np.zeros(len(claims))
    for ks in index.values():
        ordered = sorted(ks, key=lambda k: claims[k].start)
        place[ordered] = np.arange(len(ordered)) / max(len(ordered) - 1, 1)
    return place


def pair_feature_matrix(
    sim: np.ndarray, lexical: np.ndarray, claims: Sequence[Claim], threshold: float, names: Sequence[set[str]],
    texts: Sequence[str] | None = None, scope: np.ndarray | None = None, keys: Sequence[set[str]] | None = None,
    second: SecondOpinion | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every cross-article pair of claims not far below the threshold: its two claims (two index
    arrays) and its evidence, one row per pair (``FEATURES``). ``texts``: the claims as compared
    (names resolved); their own texts by default. ``scope`` (one flag per claim): only the pairs
    with a claim in it are weighed, their evidence read over all claims (hubs, rare words).
    ``keys``: the claims' ``story_figure_keys``, when read already. ``second``: a second sentence
    space's cosines; its ``SECOND_FEATURES`` follow, and a pair close in it is weighed too."""
    keys = story_figure_keys(claims) if keys is None else keys
    index: dict[str, list[int]] = defaultdict(list)
    for k, claim in enumerate(claims):
        index[claim.article].append(k)
    shared_names = _shared_counts(names, 3)
    shared_figures = _shared_counts(keys, 2)
    shared_rare = _shared_counts(rare_words(texts if texts is not None else [c.text for c in claims]), 3)
    place = _relative_places(claims, index)
    spans = [intervals(c) for c in claims]
    clocks = [clock_times(c) for c in claims]
    clock_keys = [{k for k in ks if k.startswith("time:")} for ks in keys]
    moments = [moment_keys(c) for c in claims]
    tied = far_figure_ties(keys) if FAR_FIGURES else np.zeros((len(claims), len(claims)), dtype=bool)
    articles = sorted(index)
    firsts, seconds, rows_out = [], [], []
    for x, a in enumerate(articles):
        for b in articles[x + 1 :]:
            rows, cols = np.asarray(index[a]), np.asarray(index[b])
            block = sim[np.ix_(rows, cols)]
            csls, row_best, col_best = _hubness(block)
            near = (block >= threshold - _FAR_BELOW) | tied[np.ix_(rows, cols)]
            if second is not None:
                other = second.sim[np.ix_(rows, cols)]
                near |= other >= second.threshold + second.gate
            if scope is not None:
                near &= scope[rows][:, None] | scope[cols][None, :]
            r, c = np.nonzero(near)
            i, j = rows[r], cols[c]
            # figures compared only for the pairs weighed (a page of numbers has many of them)
            compatible = np.fromiter(
                (min(compatible_figures(spans[p], spans[q]), 2) if spans[p] and spans[q] else 0 for p, q in zip(i, j)),
                dtype=np.float64, count=len(i),
            )
            # a clock time both state, exactly or compatibly: one moment of the story; or a clock time one
            # states on the day the other gives with the part of the day it falls in ("shortly after 2 p.m.
            # on Saturday" / "on Saturday in the afternoon")
            same_clock = np.fromiter(
                (
                    float(bool(clock_keys[p] & clock_keys[q]) or compatible_times(clocks[p], clocks[q]) > 0) if clocks[p] and clocks[q]
                    else float(bool(moments[p] & moments[q])) if clocks[p] or clocks[q] else 0.0
                    for p, q in zip(i, j)
                ),
                dtype=np.float64, count=len(i),
            )
            firsts.append(i)
            seconds.append(j)
            columns = [
                block[r, c] - threshold, lexical[i, j], csls[r, c],
                (row_best[r, c] & col_best[r, c]).astype(np.float64), (row_best[r, c] | col_best[r, c]).astype(np.float64),
                shared_names[i, j], shared_figures[i, j], shared_rare[i, j], compatible, np.abs(place[i] - place[j]), same_clock,
            ]
            if second is not None:
                columns += _second_columns(other, second.threshold, r, c)
            rows_out.append(np.column_stack(columns))
    if not rows_out:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros((0, len(FEATURES) + (len(SECOND_FEATURES) if second is not None else 0)))
    return np.concatenate(firsts), np.concatenate(seconds), np.vstack(rows_out).astype(np.float64)


def _second_columns(block: np.ndarray, threshold: float, r: np.ndarray, c: np.ndarray) -> list[np.ndarray]:
    """The ``SECOND_FEATURES`` of the weighed cells (r, c) of one article pair's block of second cosines."""
    csls, row_best, col_best = _hubness(block)
    mutual = row_best & col_best
    return [block[r, c] - threshold, csls[r, c], mutual[r, c].astype(np.float64)]


def _hubness(block: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One article pair's block of cosines read for hubs: its CSLS (each cosine less the means of
    its row's and column's ``_CSLS_K`` best), and each cell's being its row's and its column's best."""
    k_row, k_col = min(_CSLS_K, block.shape[1]), min(_CSLS_K, block.shape[0])
    row_hub = np.sort(block, axis=1)[:, -k_row:].mean(axis=1, keepdims=True)
    col_hub = np.sort(block, axis=0)[-k_col:, :].mean(axis=0, keepdims=True)
    csls = 2 * block - row_hub - col_hub
    return csls, block >= block.max(axis=1, keepdims=True), block >= block.max(axis=0, keepdims=True)


def pair_features(
    sim: np.ndarray, lexical: np.ndarray, claims: Sequence[Claim], threshold: float, names: Sequence[set[str]],
    texts: Sequence[str] | None = None, second: SecondOpinion | None = None,
) -> list[tuple[int, int, np.ndarray]]:
    """:func:`pair_feature_matrix` as (i, j, features) triples."""
    first, other, features = pair_feature_matrix(sim, lexical, claims, threshold, names, texts, second=second)
    return [(int(i), int(j), f) for i, j, f in zip(first, other, features)]


def pair_model(embedder: str, second: SecondOpinion | None = None) -> tuple[tuple[float, ...], float]:
    """The weights and bias that weigh a pair: a second opinion's own model, else the embedder's,
    else the static one's."""
    if second is not None:
        return second.weights, second.bias
    return PAIR_MODELS.get(embedder, PAIR_MODELS["static"])


def pair_probability(features: np.ndarray, embedder: str = "static", second: SecondOpinion | None = None) -> float:
    weights, bias = pair_model(embedder, second)
    z = bias + float(np.dot(weights, features))
    return 1.0 / (1.0 + np.exp(-z))


def _only_a_common_name(
    first: np.ndarray, second: np.ndarray, features: np.ndarray, texts: Sequence[str], names: Sequence[set[str]],
) -> np.ndarray:
    """Per weighed pair: the two claims share nothing but one name many claims of the story mention
    ("Harlow Mining said ..." / "Harlow Mining did not respond"): one actor, not one proposition.
    No word, no figure, not two names (who and where), and no name few claims mention (a chemical,
    a village: as good as rare wording, with RARE_NAME_ENOUGH)."""
    read = sorted({int(k) for k in first} | {int(k) for k in second})  # the texts of these pairs only
    words = dict(zip(read, content_words([texts[k] for k in read])))
    worded = np.fromiter((share_wording(words[i], words[j]) for i, j in zip(first, second)), dtype=bool, count=len(first))
    if RARE_NAME_ENOUGH:
        df = Counter(e for ns in names for e in ns)
        worded |= np.fromiter((any(df[e] <= _RARE for e in names[i] & names[j]) for i, j in zip(first, second)), dtype=bool, count=len(first))
    evidence = (features[:, _SHARED_FIGURES] > 0) | (features[:, _COMPATIBLE] > 0) | (features[:, _SHARED_NAMES] >= NAMES_ENOUGH)
    return ~(worded | evidence)


def likeliest_both_ways(first: np.ndarray, second: np.ndarray, p: np.ndarray, claims: Sequence[Claim]) -> np.ndarray:
    """Per weighed pair: each claim is the other's likeliest claim in its article."""
    best: dict[tuple[int, str], float] = {}
    for i, j, q in zip(first, second, p):
        for mine, theirs in ((int(i), int(j)), (int(j), int(i))):
            key = (mine, claims[theirs].article)
            best[key] = max(best.get(key, 0.0), float(q))
    return np.fromiter(
        (q >= best[(int(i), claims[j].article)] and q >= best[(int(j), claims[i].article)] for i, j, q in zip(first, second, p)),
        dtype=bool, count=len(first),
    )


def scored_pairs(
    sim: np.ndarray, lexical: np.ndarray, claims: Sequence[Claim], threshold: float, names: Sequence[set[str]],
    texts: Sequence[str] | None = None, embedder: str = "static", scope: np.ndarray | None = None,
    keys: Sequence[set[str]] | None = None, second: SecondOpinion | None = None,
) -> tuple[list[tuple[int, int, float]], dict[tuple[int, int], float]]:
    """The pairs that agree (i, j, cosine), and every weighed pair's probability keyed (i, j), i < j.

    A pair agrees when the model says so and the two share some story-specific wording (TF-IDF
    over a floor) or a figure; a pair with neither has probability 0. A pair stating a rare count
    both state agrees from FIGURE_PROBABILITY. A pair whose only common wording is one name that
    many claims mention (``WORDING_BEYOND_NAMES``) is weighed but does not agree. ``scope`` and
    ``keys`` and ``second``: as :func:`pair_feature_matrix`."""
    keys = story_figure_keys(claims) if keys is None else keys
    opinion = second
    first, second, features = pair_feature_matrix(sim, lexical, claims, threshold, names, texts, scope, keys, opinion)
    weights, bias = pair_model(embedder, opinion)
    p = 1.0 / (1.0 + np.exp(-(bias + features @ np.asarray(weights))))
    own = p
    if opinion is not None:
        # the pair agrees or not by the static model's probability; the groups read the corrected
        # one where it is higher and the second space puts the pair near its threshold
        base_weights, base_bias = PAIR_MODELS.get(embedder, PAIR_MODELS["static"])
        own = 1.0 / (1.0 + np.exp(-(base_bias + features[:, : len(FEATURES)] @ np.asarray(base_weights))))
        raised = np.where(features[:, len(FEATURES)] >= opinion.gate, np.maximum(p, own), own)
        p, own = own, raised
    # story wording over the floor, or a figure both state (exactly or compatibly): "$48m" and
    # "48 million dollars" share no word
    keep = (features[:, 1] >= _LEXICAL_FLOOR) | (features[:, _SHARED_FIGURES] > 0) | (features[:, _COMPATIBLE] > 0)
    agrees = keep & ((p >= PAIR_PROBABILITY) | ((features[:, 0] >= 0) & (features[:, 2] >= 0) & (p >= CLOSE_PROBABILITY)))
    if FIGURE_PROBABILITY < 1.0 and len(first):
        rare = shared_figures(claims, RARE_FIGURE, counts=True, keys=keys)[first, second] > 0
        agrees |= keep & rare & (p >= FIGURE_PROBABILITY)
    if SLOT_PROBABILITY < 1.0 and len(first):
        agrees |= keep & anchored_pairs(first, second, p, claims, story_slots(claims)) & (p >= SLOT_PROBABILITY)
    if SENSE_PROBABILITY < 1.0 and len(first):
        candidate = keep & ~agrees & (p >= SENSE_PROBABILITY)
        if candidate.any():  # (the senses of every text are read only for a pair that may need them)
            candidate &= likeliest_both_ways(first, second, p, claims)
        if candidate.any():
            meanings = word_senses(texts if texts is not None else [c.text for c in claims])
            synonymous = [shared_senses(meanings[i], meanings[j]) for i, j in zip(first[candidate], second[candidate])]
            # a synonym, and one more word of the story's own (another synonym or a rare word both write)
            agrees[candidate] = [n > 0 and n + features[k, _SHARED_RARE] >= 2 for n, k in zip(synonymous, np.nonzero(candidate)[0])]
    if WORDING_BEYOND_NAMES and agrees.any():
        # its probability still counts (coherence, joint evidence), but such a pair does not agree on its own
        agrees[agrees] = ~_only_a_common_name(
            first[agrees], second[agrees], features[agrees], texts if texts is not None else [c.text for c in claims], names,
        )
    probability = {
        (int(min(i, j)), int(max(i, j))): float(q) for i, j, q in zip(first[keep], second[keep], own[keep])
    }
    agree = [(int(i), int(j), float(sim[i, j])) for i, j in zip(first[agrees], second[agrees])]
    return agree, probability
