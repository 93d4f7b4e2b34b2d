"""Agreeing pairs into agreements: one group per proposition, across all articles at once.

A claim may sit in several groups (a lead that carries four claims agrees with four different
sentences elsewhere), but a group holds at most one claim of each article. Pairs are taken
strongest first; a pair extends the groups holding one of its claims, or joins two groups, when
the claims it brings in are close on average to every member already there (a coherence check:
no chain of pairwise matches drifts from one proposition to another); otherwise it starts a
group of its own. Every group holding one claim of a pair is offered the other, whatever the
order pairs come in, so a claim told by three outlets is grouped when it is tied to one of the
others and close to all, without every pair passing on its own.

Two ways in for an outlet that paraphrases some members poorly: a newcomer tied strongly to a
member on the very clause of that member that ties it to the others (its anchor) skips the
probability part of the coherence check; and, after the pairs, an outlet no pair brought in joins
on the joint evidence of its weak ties to every member (bench/README.md, "align4"). The other
way round, a newcomer tied to a member on another clause of it than the one that ties that member
to the group stays out unless the tie is very strong: a lead carrying two claims, told one by each
of two outlets, does not make those two outlets agree. Last, two groups that share two members and
each hold an outlet the other lacks merge, and two sharing one member when the newcomers' figures
do not clash (``_merge_overlapping``). Then a group of three or more outlets holding an article's
headline or lead may take a second claim of that article: a body sentence that ties the other
members at least as strongly (telling in full what the opening tells in brief; ``_second_tellings``).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from ...model import Claim
from .pairs import figures_fit, intervals
from .pieces import anchor_clause, clauses

log = logging.getLogger(__name__)

# A group takes claims whose cosines with its members average this close to the threshold, and
# whose pair probabilities with its members average this much.
COHERENCE_MARGIN = 0.15
COHERENCE_PROBABILITY = 0.2
# ... and none of whose cosines with a member is this far below the threshold (no drift through
# one strong tie: a claim close to one member and foreign to another stays out).
DRIFT_MARGIN = 0.3
# The two cosine margins on an embedder's own scale, where they differ from the above. The static
# space puts an outlet that translates or paraphrases loosely far from the members while its pair
# probabilities (story wording, figures, names) already tie it (bench/README.md, "align9").
MARGINS = {"static": (0.2, 0.35)}
# A claim no pair brings into a group of this many joins it when the noisy-or of its pair
# probabilities with the members reaches JOINT_PROBABILITY and each reaches JOINT_FLOOR.
JOINT_MIN_MEMBERS = 2
JOINT_PROBABILITY = 0.15
JOINT_FLOOR = 0.02
JOINT_TOPS = 1.0
# ... or this noisy-or, when the newcomer and every member are each other's likeliest claim of
# their articles both ways, the cosine checks pass and the newcomer is one clause (off when not
# below JOINT_PROBABILITY): a
# loose paraphrase ("the delegates walked out of the talks" / "the envoys left the negotiating
# table") whose every tie is weak, yet nothing else in either article comes closer.
JOINT_MUTUAL = 0.1
# ... and the cosine checks waived for a claim stating a figure that fits one of every member's (off when 0).
JOINT_FIGURES = 1
# ... or, anchored on the clause that holds the group together, when tied to it this strongly.
ANCHOR_PROBABILITY = 0.45
# A newcomer that meets a member on another clause than the one tying that member to the group
# stays out (two claims of one lead), unless its tie to that member is this strong.
SPLIT_OVERRIDE = 0.6
# Two groups sharing this many members, each with claims of articles the other lacks, are one
# proposition told by more outlets than any pair ties together (off when 0).
OVERLAP_MEMBERS = 2
# Two groups sharing one member, met on one clause of it, merge too, unless a newcomer of one
# states a figure a newcomer of the other contradicts ("14 freed" / "40 released later"; off when 0).
SINGLE_OVERLAP = 1
# ... and when that member is a clause of a datelined lead (a unit, ``align.lead_units``), its
# newcomers need not be its likeliest claims of their articles: the lead's other clauses tell other
# things, so another claim of the article may be likelier for the whole lead (off when 0).
LEAD_RELAX = 1
# ... and two newcomers stating a rare figure both state are in reach of each other, whatever
# their cosine (off when 0).
FIGURE_REACH = 1
# Two newcomers with no pair probability (no story wording or figure in common, or too far apart
# to be weighed) yet within the drift floor of each other are in reach of each other when each is
# tied this strongly to every shared member and their figures do not clash: one proposition told
# in two loose paraphrases ("Who fails, loses the study place" / "will be thrown out if they
# fail", both tied to "Those who fail will lose their places"; bench/README.md, "shared19"; off
# when 0).
HUB_PROBABILITY = 0.15
# Of two groups sharing two members, a member tied to every newcomer below this says nothing by
# the clauses it meets them on nor by which claims are likeliest for it, when the other does.
WEAK_TIE = 0.1
# The likeliest-claim term of a merge leaves out, for a newcomer from the body of its article, the
# rivals that open it (headline, lead): they paraphrase the whole story, so are likeliest for many
# (off when 0).
LEAD_RIVALS = 1
# A group takes a body sentence of an article it holds when that sentence tells the group's
# proposition at least as well: an opening restates in brief what the body tells in full, and the
# digest reads the fuller one (bench/README.md, "shared13"). It joins on joint evidence of
# SECOND_PROBABILITY with the other members (off when 0), of whom there are SECOND_MIN_OTHERS or
# more (one tie is too little to tell which sentence of an article tells a claim).
SECOND_PROBABILITY = 0.15
SECOND_MIN_OTHERS = 2
# ... and only when the claim the group holds of that article is its headline or lead (when 0, any
# claim: adjacent quotes of one speaker are joined; bench/README.md, "shared13").
SECOND_FROM_OPENING = 1
# Pairs are taken strongest first with their scores read to this many decimals: the same two claims
# given in another article order get the same cosine but for the last bits of float arithmetic.
SCORE_DECIMALS = 6
# Coherence checks per story: stories-dev needs at most 231; a story of dozens of copies of
# one wire text would need millions, so past this many a pair only extends or starts groups.
MAX_COHESION_CHECKS = 20_000
# Pair probabilities read by the joins on joint evidence per story (groups x other articles'
# claims x members): stories-dev needs at most 1,332; past this many the rest of the
# groups are left as the pairs made them.
MAX_JOINT_CELLS = 2_000_000


def content_keys(claims: Sequence[Claim]) -> list[tuple[str, int, int, str]]:
    """Each claim's key by its content alone: its text, its offsets in its article, and its
    article's text as its claims tell it (a digest), never where its article stands in the input."""
    told: dict[str, set[tuple[int, int, str]]] = defaultdict(set)
    for c in claims:
        told[c.article].add((c.start, c.end, c.text))
    digest = {a: hashlib.sha1("\x1f".join(t for _, _, t in sorted(spans)).encode("utf-8")).hexdigest() for a, spans in told.items()}
    return [(c.text, c.start, c.end, digest[c.article]) for c in claims]


def ordered_pairs(pairs: Sequence[tuple[int, int, float]], claims: Sequence[Claim]) -> list[tuple[int, int, float]]:
    """The pairs strongest first, ties broken by content (``content_keys``), each pair's claims in
    content order: the order the groups are built in, and so the groups, do not depend on the order
    the articles are given in (``group_pairs`` offers a pair's second claim to the first one's
    groups before the other way round)."""
    keys = content_keys(claims)
    oriented = [(i, j, s) if keys[i] <= keys[j] else (j, i, s) for i, j, s in pairs]
    return sorted(oriented, key=lambda p: (-round(p[2], SCORE_DECIMALS), keys[p[0]], keys[p[1]]))


def _join_on_joint_evidence(
    groups: list[set[int]], holding: dict[int, list[int]], article: Sequence[str], sim: np.ndarray, prob: np.ndarray,
    coherence: float, floor: float, spans: Sequence[list] = (), single: Sequence[bool] | None = None,
) -> None:
    """An outlet no pair brought into a group joins it when its claim is weakly tied to every
    member and the ties together are strong: the third outlet of a claim paraphrases each of the
    other two a little ("October's election" / "the parliamentary elections of October"). A claim
    stating a figure that fits one of every member's (``spans``: each claim's ``pairs.intervals``)
    passes the cosine checks, as a rare figure does in the coherence check: "over 1,100 contested
    cards" joins "1,140 ballots set aside" and "more than 1,100 ballots set aside". A newcomer and
    members that are each other's likeliest claims both ways join from a lower noisy-or
    (``JOINT_MUTUAL``), the cosine checks passed, when the newcomer is a sentence of one clause
    (``single``, per claim): a sentence of several may tell the group's claim in one clause and
    something of its own in the others. ``floor``: the lowest cosine a newcomer may have with any
    member (no drift)."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for k, a in enumerate(article):
        by_article[a].append(k)
    cells = 0
    for g, members in enumerate(groups):
        if len(members) < JOINT_MIN_MEMBERS:
            continue
        taken = {article[k] for k in members}
        rows = sorted(members)
        for a, candidates in by_article.items():
            if a in taken:
                continue
            cells += len(candidates) * len(rows)
            if cells > MAX_JOINT_CELLS:
                log.warning("alignment: joins on joint evidence stopped at group %d of %d (budget %d probabilities)",
                            g, len(groups), MAX_JOINT_CELLS)
                return
            p = prob[np.ix_(candidates, rows)]
            joint = 1.0 - np.prod(1.0 - p, axis=1)
            best = int(np.argmax(joint))
            k = candidates[best]
            cosines = sim[k, rows]
            tops = int((p[best] >= p.max(axis=0)).sum())  # members whose likeliest claim of the article it is
            close = cosines.mean() >= coherence and cosines.min() >= floor
            mutual = (JOINT_MUTUAL < JOINT_PROBABILITY and close and single is not None and single[k]
                      and _likeliest_back(k, rows, p[best], prob, article, by_article))
            bar = JOINT_MUTUAL if mutual else JOINT_PROBABILITY
            if (tops >= JOINT_TOPS * len(rows) and joint[best] >= bar and p[best].min() >= JOINT_FLOOR
                    and (close or (JOINT_FIGURES and spans and all(figures_fit(spans[k], spans[m]) for m in rows)))):
                members.add(k)
                holding[k].append(g)
                taken.add(a)


def _likeliest_back(
    k: int, rows: Sequence[int], ties: np.ndarray, prob: np.ndarray, article: Sequence[str], by_article: dict[str, list[int]],
) -> bool:
    """Each member (``rows``) is the newcomer ``k``'s likeliest claim of the member's article
    (``ties``: k's probability with each member): with the newcomer the likeliest claim of its
    article for every member, the two are each other's best match both ways."""
    return all(ties[r] > 0 and ties[r] >= prob[k, by_article[article[m]]].max() for r, m in enumerate(rows))


def _figures_clash(a: list[tuple[float, float, str | None, str]], b: list[tuple[float, float, str | None, str]]) -> bool:
    """Two claims state figures of one unit and no figure of one fits any of the other's ("14
    freed" / "40 released later", "more than 500 detained" / "212 detained")."""
    units = {u for _, _, u, _ in a} & {u for _, _, u, _ in b}
    return any(
        not any(low <= h and l <= high for low, high, u1, _ in a if u1 == unit for l, h, u2, _ in b if u2 == unit)
        for unit in units
    )


def _single_fits(mine: set[int], theirs: set[int], spans: Sequence[list]) -> bool:
    """Two groups sharing one member merge only when no newcomer of one states a figure the other's
    newcomers contradict (``spans``: each claim's ``pairs.intervals``)."""
    return not any(_figures_clash(spans[x], spans[y]) for x in mine for y in theirs)


def _apart(a: int, b: int) -> bool:
    """Two claims meet a member on different clauses of it; one met through the member's whole
    sentence as well as through a clause (``pieces.anchors``) is on no clause in particular."""
    return a != b and a > -2 and b > -2


def _split_at(shared: set[int], mine: set[int], theirs: set[int], anchor: np.ndarray, prob: np.ndarray) -> bool:
    """A shared member meets a newcomer of each group on different clauses of it (a lead carrying
    two claims, told one by each): unless that member is tied to both too weakly for its clauses to
    say anything (below WEAK_TIE) and another shared member meets them on one clause."""
    split = [m for m in shared if any(_apart(anchor[m, x], anchor[m, y]) for x in mine for y in theirs)]
    if not split:
        return False
    if len(split) == len(shared):
        return True
    return any(prob[m, x] >= WEAK_TIE for m in split for x in mine | theirs)


def _openings(article: Sequence[str], sentences: Sequence[str], starts: Sequence[int]) -> list[bool]:
    """Whether each claim is one of its article's first two sentences (its headline and lead, or
    their clauses): they paraphrase the whole story, so are the likeliest claim for many."""
    columns: dict[str, list[int]] = defaultdict(list)
    for k, a in enumerate(article):
        columns[a].append(k)
    opening = [False] * len(article)
    for ks in columns.values():
        order = sorted({sentences[k]: starts[k] for k in sorted(ks, key=lambda k: -starts[k])}.items(), key=lambda t: t[1])
        heads = {s for s, _ in order[:2]}
        for k in ks:
            opening[k] = sentences[k] in heads
    return opening


def _second_telling(
    members: set[int], m: int, own: list[int], rest: list[int], prob: np.ndarray, sim: np.ndarray, opening: np.ndarray,
    coherence: float, floor: float,
) -> int | None:
    """Of the body sentences in ``rest`` (the claims of ``m``'s article but ``m``'s sentence), the
    one the group's other members tie best, when it ties them at least as strongly as ``m``'s
    sentence does (joint evidence; ``own``: ``m`` and, when it is a clause of a lead, the lead and
    its other clauses), is the likeliest body sentence of its article for each of them (the
    opening paraphrases the whole story, so is likeliest for many) and passes the cosine checks
    with every member, ``m`` included."""
    others = sorted(members - {m})
    body = [x for x in rest if not opening[x]]
    if not body:
        return None
    p = prob[np.ix_(others, body)]  # others x body sentences
    likeliest = (p >= p.max(axis=1, keepdims=True)).all(axis=0)
    joint = 1.0 - np.prod(1.0 - p, axis=0)
    cosines = sim[np.ix_(body, sorted(members))]
    fits = (likeliest & (p >= JOINT_FLOOR).all(axis=0) & (joint >= SECOND_PROBABILITY)
            & (joint >= max(1.0 - np.prod(1.0 - prob[others, k]) for k in own))
            & (cosines.mean(axis=1) >= coherence) & (cosines.min(axis=1) >= floor))
    if not fits.any():
        return None
    return body[int(np.argmax(np.where(fits, joint, -1.0)))]


def _second_tellings(
    groups: list[set[int]], holding: dict[int, list[int]], article: Sequence[str], sim: np.ndarray, prob: np.ndarray,
    sentences: Sequence[str], opening: Sequence[bool], coherence: float, floor: float,
) -> None:
    """Each group takes, for an article it holds the headline or lead of (``SECOND_FROM_OPENING``),
    a body sentence of that article that tells its proposition at least as well
    (``_second_telling``): "Tanker runs aground, spills crude" opens a story whose third sentence
    says "The tanker struck the Grey Skerries at 4 a.m.", which the other outlets' sentences on the
    grounding match better. One claim per article is the
    rule of the pairs; a group holds two only here, and never three."""
    if SECOND_PROBABILITY <= 0:
        return
    openings = np.asarray(opening, dtype=bool)
    columns: dict[str, list[int]] = defaultdict(list)
    for k, a in enumerate(article):
        columns[a].append(k)
    for g, members in enumerate(groups):
        if len({article[k] for k in members}) < len(members) or len(members) < 1 + SECOND_MIN_OTHERS:
            continue
        if any(members < groups[h] for k in members for h in holding[k] if h != g):
            continue  # a group inside another, dropped at the end
        added = []
        for m in sorted(members):
            if SECOND_FROM_OPENING and not openings[m]:
                continue
            # the other claims of m's article, a lead's other clauses aside (they are m's sentence)
            rest = [x for x in columns[article[m]] if sentences[x] != sentences[m]]
            own = [k for k in columns[article[m]] if sentences[k] == sentences[m]]
            x = _second_telling(members, m, own, rest, prob, sim, openings, coherence, floor) if rest else None
            # a group that holds x with the other members tells x's claim already; this one, with m,
            # tells m's (joined, the two would be one group told through one sentence)
            if x is not None and not any((members - {m}) | {x} <= groups[h] for h in holding[x]):
                added.append(x)
        for x in added:
            members.add(x)
            holding[x].append(g)


def _merge_overlapping(
    groups: list[set[int]], holding: dict[int, list[int]], article: Sequence[str], sim: np.ndarray, prob: np.ndarray,
    anchor: np.ndarray | None, floor: float, spans: Sequence[list] = (), sentences: Sequence[str] | None = None,
    starts: Sequence[int] | None = None, figures: np.ndarray | None = None,
) -> None:
    """Two groups that share two members and differ by claims of other articles tell one
    proposition: "64 people arrested" / "64 persons detained" grouped once with "more than sixty
    detained" and once with "dozens arrested", the two newcomers tied too weakly to each other for
    either group to take the other's. They merge when each newcomer is the likeliest claim of its
    article for every shared member, each newcomer of one is in reach of each of the other (no
    drift, a pair the lexical gate weighed), and every shared member meets them on one clause (a
    lead carrying two claims, told one by each newcomer, is two propositions).

    Two groups sharing one member merge on the same terms (``SINGLE_OVERLAP``), when no two
    newcomers state figures that clash; a shared lead clause (``LEAD_RELAX``) waives the likeliest-
    claim term, since claims telling the lead's other clauses compete with its own newcomers.
    ``sentences``, ``starts``: each claim's sentence and offset, so a unit is told from its lead
    and an article's opening sentences are known.

    A shared member tied to every newcomer below WEAK_TIE is passed over by both terms when the
    other shared member meets them on one clause ("tried to storm the palace" / "an attempt to
    attack the residence", the lead that tells it among other things weakly tied to each), and a
    claim opening its article is no rival of a newcomer from the body of it (``LEAD_RIVALS``).

    ``figures`` (claims x claims, as :func:`group_pairs` takes it): two newcomers that state a rare
    figure both state are in reach of each other however far apart the embedder puts them ("14
    people were swept away" / "burying fourteen persons"), as a newcomer stating one with every
    member passes the coherence check (``FIGURE_REACH``)."""
    if OVERLAP_MEMBERS < 2:
        return

    def tied(x: int, y: int) -> bool:
        return bool(FIGURE_REACH and figures is not None and figures[x, y] > 0)

    def hub(x: int, y: int, shared: set[int]) -> bool:
        """Two newcomers with no pair probability, each tied at HUB_PROBABILITY to every shared
        member, their figures not clashing: two loose paraphrases of the members' proposition."""
        return bool(HUB_PROBABILITY and prob[x, y] <= 0
                    and all(prob[m, x] >= HUB_PROBABILITY and prob[m, y] >= HUB_PROBABILITY for m in shared)
                    and not (spans and _figures_clash(spans[x], spans[y])))
    columns: dict[str, list[int]] = defaultdict(list)
    for k, a in enumerate(article):
        columns[a].append(k)
    # a clause of a lead taken as a unit of its own (it shares its article and sentence with its
    # lead); an opening claim: one of the article's first two sentences (its headline and lead, or
    # their clauses), which paraphrase the whole story and so are the likeliest claim for many
    told = Counter(zip(article, sentences)) if sentences is not None else Counter()
    unit = [told[a, s] > 1 for a, s in zip(article, sentences)] if sentences is not None else [False] * len(article)
    opening = _openings(article, sentences, starts) if sentences is not None and starts is not None else [False] * len(article)
    for g in range(len(groups)):
        for h in range(g + 1, len(groups)):
            shared = groups[g] & groups[h]
            if len(shared) < OVERLAP_MEMBERS and not (SINGLE_OVERLAP and len(shared) == 1):
                continue
            mine, theirs = groups[g] - shared, groups[h] - shared
            union = groups[g] | groups[h]
            if not mine or not theirs or len({article[k] for k in union}) < len(union):
                continue
            if any((sim[x, y] < floor and not tied(x, y)) or (prob[x, y] <= 0 and not hub(x, y, shared))
                   for x in mine for y in theirs):
                continue
            # a shared member tied to every newcomer below WEAK_TIE says nothing of them, when another does
            weak = {m for m in shared if all(prob[m, x] < WEAK_TIE for x in mine | theirs)}
            if len(weak) == len(shared):
                weak = set()
            if any(prob[m, x] < max(prob[m, k] for k in columns[article[x]] if k == x or not (LEAD_RIVALS and opening[k] and not opening[x]))
                   for m in shared - weak for x in mine | theirs if len(shared) >= OVERLAP_MEMBERS or not LEAD_RELAX or not unit[m]):
                continue
            if anchor is not None and _split_at(shared, mine, theirs, anchor, prob):
                continue
            if len(shared) < OVERLAP_MEMBERS and not _single_fits(mine, theirs, spans):
                continue
            for k in theirs:
                holding[k].append(g)
            groups[g] |= theirs


def group_pairs(
    pairs: Sequence[tuple[int, int, float]],
    claims: Sequence[Claim],
    sim: np.ndarray,
    threshold: float,
    probability: dict[tuple[int, int], float],
    anchor: np.ndarray | None = None,
    figures: np.ndarray | None = None,
    margins: tuple[float, float] | None = None,
    slots: np.ndarray | None = None,
) -> list[tuple[set[int], float]]:
    """Groups of claim indices with their strongest pair's score, no group inside another, the same
    whatever the order of the claims and pairs (``ordered_pairs``).

    ``anchor`` (claims x claims): the clause of the first claim that matches the second best (-1
    for a claim of one clause); a newcomer tied to a member on the clause that ties that member to
    every other member tells the same proposition, however weakly it paraphrases the others.
    ``figures`` (claims x claims): the rare figures two claims both state; a newcomer that states
    one with every member passes the cosine checks ("a magnitude 6.8 earthquake" / "with a
    strength of 6,8" in sentences that otherwise tell different things).
    ``margins``: the coherence and drift margins on the embedder's scale (``MARGINS``); by default
    COHERENCE_MARGIN and DRIFT_MARGIN. ``slots`` (claims x claims, ``slots.slot_ties``): 2 where a
    distinctive slot ties two claims, 1 where they merely share one; a single newcomer tied so to
    one member and sharing the slot with every other joins, however loosely it paraphrases them
    ("visited on Tuesday evening" / "flew there on Tuesday evening")."""
    pairs = ordered_pairs(pairs, claims)
    article = [c.article for c in claims]
    coherence_margin, drift_margin = margins or (COHERENCE_MARGIN, DRIFT_MARGIN)
    coherence, floor = threshold - coherence_margin, threshold - drift_margin
    groups: list[set[int]] = []
    scores: list[float] = []
    holding: dict[int, list[int]] = defaultdict(list)  # claim -> the groups that hold it

    # the pair probabilities as one matrix, so a coherence check is two array lookups
    prob = np.zeros((len(claims), len(claims)), dtype=np.float64)
    for (x, y), q in probability.items():
        prob[x, y] = prob[y, x] = q

    checks = 0

    def anchored(k: int, tie: int | None, members: set[int]) -> bool:
        """k is tied to the member ``tie`` on the clause of ``tie`` that ties it to every other member."""
        if anchor is None or tie is None or tie not in members or len(members) < 2 or prob[tie, k] < ANCHOR_PROBABILITY:
            return False
        clause = anchor_clause(anchor[tie, k])
        return clause >= 0 and all(anchor_clause(anchor[tie, m]) == clause for m in members if m != tie)

    def split(k: int, tie: int | None, members: set[int]) -> bool:
        """k meets the member ``tie`` on another clause of it than the one that ties ``tie`` to the
        other members: a lead that carries two claims, told one by each (two propositions)."""
        if anchor is None or tie is None or tie not in members or len(members) < 2 or prob[tie, k] >= SPLIT_OVERRIDE:
            return False
        clause = anchor[tie, k]
        return clause >= 0 and any(_apart(anchor[tie, m], clause) for m in members if m != tie)

    def cohesion(new: set[int], members: set[int], tie: int | None = None) -> float | None:
        """Mean cosine of the newcomers with the members, or None when an article would hold two
        claims or the pairs they make are too improbable on average (unless a single newcomer is
        anchored on the clause that holds the group together)."""
        nonlocal checks
        checks += 1
        taken = {article[k] for k in members}
        if not new or not members or any(article[k] in taken for k in new) or len({article[k] for k in new}) < len(new):
            return None
        rows, cols = np.ix_(list(new), list(members))
        if slots is not None and len(new) == 1 and slots[rows, cols].all() and (slots[rows, cols] == 2).any():
            return max(float(np.mean(sim[rows, cols])), coherence)
        if prob[rows, cols].mean() < COHERENCE_PROBABILITY and not (len(new) == 1 and anchored(next(iter(new)), tie, members)):
            return None
        if len(new) == 1 and split(next(iter(new)), tie, members):
            return None
        cosines = sim[rows, cols]
        if figures is not None and figures[rows, cols].min() > 0:
            return max(float(np.mean(cosines)), coherence)  # a figure every member states too
        if cosines.min() < floor:
            return None
        return float(np.mean(cosines))

    def extend(g: int, new: set[int], score: float | None) -> None:
        groups[g] |= new
        for k in new:
            holding[k].append(g)
        if score is not None:
            scores[g] = max(scores[g], score)

    # the pairs twice: a group started late is offered the pairs seen before it
    for strong in (True, False):
        for i, j, score in pairs:
            only_i = [g for g in holding[i] if j not in groups[g]]
            only_j = [g for g in holding[j] if i not in groups[g]]
            together = len(only_i) < len(holding[i])
            # two groups the pair joins, when they tell one proposition (one claim per article)
            merged = set()
            if checks > MAX_COHESION_CHECKS:
                only_i = only_i[:1]
                only_j = only_j[:1]
            for g in only_i:
                for h in only_j:
                    if h in merged or g in merged:
                        continue
                    fit = cohesion(groups[h] - groups[g], groups[g])
                    if fit is not None and fit >= coherence:
                        extend(g, groups[h] - groups[g], score if strong else None)
                        merged.add(h)
                        together = True
            # every group holding one claim of the pair takes the other when it is close to all
            for g, k in [(g, j) for g in only_i] + [(h, i) for h in only_j if h not in merged]:
                if k in groups[g]:
                    continue
                fit = cohesion({k}, groups[g], i if k == j else j)
                if fit is not None and fit >= coherence:
                    extend(g, {k}, score if strong else None)
                    together = True
            if strong and not together:  # only on the first pass
                groups.append({i, j})
                scores.append(score)
                holding[i].append(len(groups) - 1)
                holding[j].append(len(groups) - 1)
    spans = [intervals(c) for c in claims]
    single = [len(clauses(c.text)) <= 1 for c in claims] if JOINT_MUTUAL < JOINT_PROBABILITY else None
    _join_on_joint_evidence(groups, holding, article, sim, prob, coherence, floor, spans, single)
    _merge_overlapping(groups, holding, article, sim, prob, anchor, floor, spans,
                       [c.sentence for c in claims],
                       [c.start for c in claims], figures)
    sentences = [c.sentence for c in claims]
    _second_tellings(groups, holding, article, sim, prob, sentences, _openings(article, sentences, [c.start for c in claims]),
                     coherence, floor)
    if checks > MAX_COHESION_CHECKS:
        log.warning("alignment: %d coherence checks (budget %d): later pairs were offered one group of each claim",
                    checks, MAX_COHESION_CHECKS)
    # largest first, no group inside a kept one (a group inside another shares its first member)
    out: list[tuple[set[int], float]] = []
    kept_with: dict[int, list[frozenset[int]]] = defaultdict(list)
    for g in sorted(range(len(groups)), key=lambda g: -len(groups[g])):
        members = frozenset(groups[g])
        if any(members <= kept for kept in kept_with[min(members)]):
            continue
        out.append((groups[g], scores[g]))
        for k in members:
            kept_with[k].append(members)
    return out
