"""The online story clusterer: each article joins a story or starts one.

:meth:`StoryClusterer.assign` takes four steps: (1) a near duplicate of an earlier article
(:class:`~rashomon.stories.dedup.NearDuplicates`) joins its original's story; (2) the article
becomes a sparse vector in the hashed TF-IDF space (:mod:`rashomon.stories.termspace`);
(3) an inverted index from each open story's strongest terms finds at most
``max_candidates`` stories (never all pairs; stories close when idle, so memory stays
bounded however long the stream runs); (4) the best candidate at or above the threshold,
its cosine weighed down by the time between them, wins if the article agrees with the
story's latest members (:mod:`.tuning` says why); else the article starts a story.

:meth:`StoryClusterer.refine` moves recent articles after the fact: sweeps (an article moves
to a closer open story) and splits (a story of two groups far apart is cut in two: a single
online pass merges two look-alike events for good once the second one's first article joins
the first one's story). :meth:`StoryClusterer.to_state` / :meth:`StoryClusterer.from_state`
hand over and take back what it needs to go on later
(:class:`~rashomon.stories.story.ClustererState`). The sweeps and splits live in
:mod:`rashomon.stories.sweeps`.
"""

from __future__ import annotations

import heapq
import json
import math
from collections import Counter, OrderedDict
from collections.abc import Iterable
from itertools import chain
from typing import Any

import numpy as np

from ..errors import InputError
from .dedup import NearDuplicates, tokenize
from .headlines import headline_view
from .records import Assignment, ClusterRecord, parse_date
from .story import ClustererState, LoadedStory, Recent, SavedStory, Story, Vector
from .termspace import HashingTfidf, Prepared, term_codes
from .sweeps import Sweeps
from .tuning import DEFAULT_SHORT_THRESHOLD, DEFAULT_THRESHOLD, DENSE_DEFAULT_THRESHOLD, HEADLINE_ONLY
from .vectors import agrees, decay, similarity

__all__ = ["StoryClusterer"]


class StoryClusterer(Sweeps):
    """Online story clustering: each :meth:`add` joins an existing story or starts one.

    ``threshold`` is the cosine an article needs with a story's centroid to join it (None: the
    calibrated default, lower for headline-only records). ``embedder`` is ``"tfidf"`` (hashed
    TF-IDF, no model, the default) or the name of a model-backed embedder from
    :mod:`rashomon.backends.embedders`, used for scoring candidates (the sparse index still
    finds them).

    Bounds: ``window_days`` (stories idle that long, by article date, close),
    ``idle_articles`` (stories not joined while that many articles arrived close; None: never),
    ``max_open`` (least recently updated stories close beyond it), ``postings_cap`` (stories kept per
    index term), ``centroid_terms`` (terms kept per story), ``duplicate_capacity`` (originals
    kept in the near-duplicate index). Features: ``title_boost`` and ``name_boost`` weigh
    title words and capitalised words; ``max_terms`` terms per article vector. Search:
    ``query_terms`` strongest article terms look up at most ``max_candidates`` stories;
    ``index_terms`` strongest terms of each member index its story; a headline-only record
    uses up to ``headline_terms`` for both (a headline has few words, and any of them may be
    the one two headlines of a story share).
    """

    def __init__(
        self,
        *,
        threshold: float | None = None,
        embedder: str = "tfidf",
        short_threshold: float | None = None,
        window_days: float | None = 7.0,
        max_open: int = 100_000,
        idle_articles: int | None = 200_000,
        duplicates: bool = True,
        duplicate_threshold: float = 0.7,
        duplicate_capacity: int | None = 100_000,
        title_boost: float = 2.0,
        name_boost: float = 2.0,
        max_terms: int = 64,
        centroid_terms: int = 120,
        query_terms: int = 12,
        index_terms: int = 8,
        headline_terms: int = 16,
        max_candidates: int = 10,
        postings_cap: int = 200,
        refine_window: int = 20_000,
    ) -> None:
        arguments = dict(locals())
        self.options = {name: value for name, value in arguments.items() if name != "self"}  # for saved state
        if threshold is not None and not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be in [0, 1], got {threshold}")
        if window_days is not None and window_days <= 0:
            raise ValueError(f"window_days must be positive or None, got {window_days}")
        if max_open < 1:
            raise ValueError(f"max_open must be at least 1, got {max_open}")
        if idle_articles is not None and idle_articles < 1:
            raise ValueError(f"idle_articles must be at least 1 or None, got {idle_articles}")
        self.embedder_name, self._dense = _load_embedder(embedder)
        default, short_default = default_thresholds(self.embedder_name)
        self.threshold = default if threshold is None else threshold
        if short_threshold is not None:
            self.short_threshold = short_threshold
        elif threshold is not None:
            self.short_threshold = threshold
        else:
            self.short_threshold = short_default
        self.window = None if window_days is None else window_days * 86_400.0
        self.max_open = max_open
        self.idle_articles = idle_articles
        self._arrived = 0  # articles assigned so far (this session), for idle_articles
        self.centroid_terms = centroid_terms
        self.query_terms = query_terms
        self.index_terms = index_terms
        self.headline_terms = headline_terms
        self.max_candidates = max_candidates
        self.postings_cap = postings_cap
        self.space = HashingTfidf(title_boost=title_boost, name_boost=name_boost, max_terms=max_terms)
        self.near = (NearDuplicates(threshold=duplicate_threshold, capacity=duplicate_capacity)
                     if duplicates else None)
        self._stories: list[Story] = []
        self._story_of: dict[str, int] = {}  # record id -> index in _stories
        # open stories, least recently updated first -> the article count at their last update
        # (None for a story restored from a saved state: counted from the restore)
        self._open: OrderedDict[int, int | None] = OrderedDict()
        # term -> recent stories, newest last. Plain lists: a deque costs 760 bytes even when
        # nearly empty, and there can be a million terms.
        self._postings: dict[int, list[int]] = {}
        self._latest: float | None = None
        # The most recent articles' vectors, for :meth:`refine` (oldest first, at most
        # refine_window of them): record id -> (terms, weights as float32, threshold, headline
        # only?), and each one's near-duplicate copies, which move with it.
        self.refine_window = refine_window
        self._recent: OrderedDict[str, Recent] = OrderedDict()
        self._copies: dict[str, list[str]] = {}
        # The dates of the recent articles that have one (POSIX seconds), for the time decay in
        # refine; not in the saved state, so a restored clusterer refines without it.
        self._when: dict[str, float] = {}
        # Story index -> how many members it had when :meth:`_split` last looked at it; a story
        # is looked at again once it has grown by half (not saved either: looked at anew).
        self._split_checked: dict[int, int] = {}
        self._made = 0  # stories started so far (story ids are s1, s2, ...)

    # -- public -----------------------------------------------------------------------------

    def add(self, record: ClusterRecord) -> str:
        """Put ``record`` in a story and return the story id."""
        return self.assign(record).story

    def prepare(self, record: ClusterRecord, *, signature: bool = True) -> Prepared:
        """What :meth:`assign` computes from the record's words alone: no state is read or
        changed, so another process (the library's reading process) can do it. ``signature``:
        also the near-duplicate signature (else :meth:`assign` computes it from the codes)."""
        title, text = headline_view(record.title, record.text)  # a headline-only record: all title
        title_codes, body_codes = term_codes(tokenize(title)), term_codes(tokenize(text))
        values = hashing = None
        if signature and self.near is not None:
            words = (body_codes if len(body_codes) else title_codes) >> 2
            values = self.near.signature(words) if len(words) else None
            hashing = self.near.hashing
        return Prepared(title=title_codes, body=body_codes, signature=values, hashing=hashing)

    def assign(self, record: ClusterRecord, *, prepared: Prepared | None = None) -> Assignment:
        """Like :meth:`add`, saying also which article it duplicates and how close it was.

        ``prepared``: the record's :meth:`prepare`, when it was computed already (by any
        clusterer: a signature hashed otherwise than this one's index is computed again)."""
        if record.id in self._story_of:
            raise InputError(record.id, "duplicate id: a record with this id was already clustered")
        when = parse_date(record.date, source=record.id) if record.date else None
        self._expire(when)
        if prepared is None:
            prepared = self.prepare(record)
        title_codes, body_codes = prepared.title, prepared.body

        # 1. near duplicates (body text; a headline-only record is compared on its headline)
        if self.near is not None:
            values = prepared.signature
            if prepared.hashing != self.near.hashing:
                words = (body_codes if len(body_codes) else title_codes) >> 2
                values = self.near.signature(words) if len(words) else None
            original = self.near.add_signature(record.id, values)
            if original is not None and original in self._story_of:
                index = self._story_of[original]
                self._join(index, record.id, when, vector=None, dense=None)
                if original in self._recent:
                    self._copies.setdefault(original, []).append(record.id)
                return Assignment(id=record.id, story=self._stories[index].id, duplicate_of=original, score=1.0)

        # 2. the vector
        counts = self.space.counts(title_codes, body_codes)
        if not self.space.frozen:
            self.space.observe(counts)
        vector = self.space.vector(counts)
        dense = self._embed(record) if self._dense is not None else None
        # Headlines share few words even about one story, so they get their own threshold;
        # anything with a body, however short, is held to the full one.
        headline_only = int(np.count_nonzero((body_codes & 1) == 0)) < HEADLINE_ONLY
        threshold = self.short_threshold if headline_only else self.threshold
        reach = (self.headline_terms, self.headline_terms) if headline_only else (self.query_terms, self.index_terms)

        # 3. candidates, 4. join the best that agrees with its members, or start a story
        weights = dict(zip(*vector))
        scored = []
        for index in self._candidates(vector, when, reach[0]):
            score = similarity(self._stories[index], weights, dense) * decay(self._stories[index], when, headline_only)
            if score >= threshold:
                scored.append((score, index))
        best, best_score = None, -1.0
        # Headlines are exempt: a few words each, two headlines of one story share too few.
        for score, index in sorted(scored, reverse=True):
            if headline_only or agrees(self._stories[index].members, self._recent, weights):
                best, best_score = index, score
                break
        self._remember(record.id, vector, threshold, headline_only)
        if when is not None and self.refine_window and vector[0]:
            self._when[record.id] = when
        if best is not None and best_score >= threshold:
            self._join(best, record.id, when, vector, dense, reach[1])
            return Assignment(id=record.id, story=self._stories[best].id, score=round(best_score, 6))
        index = self._start(record.id, when, vector, dense, reach[1])
        return Assignment(id=record.id, story=self._stories[index].id)

    def stories(self) -> dict[str, list[str]]:
        """Every story so far (open or closed): story id -> record ids in arrival order."""
        return {story.id: list(story.members) for story in self._stories if story.members}

    def story_of(self, record_id: str) -> str:
        return self._stories[self._story_of[record_id]].id

    def open_members(self, story_ids: Iterable[str]) -> dict[str, list[str]]:
        """The record ids in each of these stories that is open (closed or unknown ones are left out)."""
        wanted = set(story_ids)
        return {self._stories[i].id: list(self._stories[i].members) for i in self._open if self._stories[i].id in wanted}

    def live_stories(self) -> list[str]:
        """Ids of the stories an article can still join: the open ones, and the closed ones
        whose articles a reprint can still be matched to (what :meth:`to_state` keeps)."""
        live = dict.fromkeys(self._open)
        if self.near is not None:
            live.update(dict.fromkeys(self._story_of[rid] for rid in self.near.original_ids() if rid in self._story_of))
        return [self._stories[index].id for index in live]

    def freeze_idf(self, records: Iterable[ClusterRecord]) -> None:
        """Count document frequencies over ``records`` once and keep them fixed from now on.

        :func:`~rashomon.stories.cluster.cluster_records` does not use it: counting them as
        records are placed scored higher in batch too (bench/README.md)."""
        for rec in records:
            self.space.observe(self.space.counts(term_codes(tokenize(rec.title)), term_codes(tokenize(rec.text))))
        self.space.frozen = True

    @property
    def open_stories(self) -> int:
        return len(self._open)

    def to_state(self) -> ClustererState:
        """What the clusterer needs to go on later (:mod:`rashomon.stories.state` writes it as bytes).

        Bounded: document frequencies, the open stories (centroids, members, index terms),
        the near-duplicate signatures and the recent vectors; closed stories are left out
        except for the ids that near-duplicate originals still point at. The dates of recent
        articles and what :meth:`_split` has looked at are not kept: a restored clusterer
        refines without the time decay, and looks at each story anew.
        """
        near = self.near
        originals, orders, signatures = near.originals() if near is not None else ([], np.zeros(0, np.int64), None)
        story_of = self._story_of
        keep = set(self._open)
        keep.update(story_of[rid] for rid in originals if rid in story_of)
        kept = sorted(keep)
        remap = {old: new for new, old in enumerate(kept)}
        stories = [SavedStory.of(self._stories[old], members=old in self._open) for old in kept]
        where = {rid: remap[story_of[rid]] for rid in originals if rid in story_of}
        for old in self._open:
            for member in self._stories[old].members:
                where[member] = remap[old]
        postings = {}
        for term, indexes in self._postings.items():
            mine = [remap[i] for i in indexes if i in remap]
            if mine:
                postings[term] = mine
        buckets = np.flatnonzero(self.space.df).astype(np.int32)
        return ClustererState(
            options=self.options, docs=self.space.docs, df_buckets=buckets, df_counts=self.space.df[buckets],
            frozen=self.space.frozen, latest=self._latest, made=self._made, stories=stories,
            open=[remap[i] for i in self._open], story_of=where, postings=postings, near_ids=originals,
            near_orders=orders, near_signatures=signatures, near_added=near.added if near is not None else 0,
            recent=dict(self._recent),
            copies={rid: ids for rid, ids in self._copies.items() if rid in self._recent},
        )

    @classmethod
    def from_state(cls, state: ClustererState, **options: Any) -> StoryClusterer:
        """A clusterer that goes on from :meth:`to_state`. ``options`` must be the ones the
        state was saved with (as passed to the constructor); other options raise ``ValueError``."""
        c = cls(**options)
        saved = json.loads(json.dumps(state.options))
        if json.loads(json.dumps(c.options)) != saved:
            changed = sorted(k for k in set(saved) | set(c.options) if saved.get(k) != c.options.get(k))
            raise ValueError(f"the clusterer state was saved with other settings ({', '.join(changed)})")
        c.space.df[state.df_buckets] = state.df_counts
        c.space.docs = int(state.docs)
        c.space.frozen = bool(state.frozen)
        c._latest = state.latest
        c._made = int(state.made)
        c._stories.extend(map(LoadedStory.restore, state.stories))  # centroids built when first read
        c._open = OrderedDict.fromkeys(state.open)
        c._story_of = dict(state.story_of)
        c._postings.update(state.postings)
        if c.near is not None:
            signatures = state.near_signatures
            if signatures is None:
                signatures = np.zeros((0, 0), dtype=np.uint32)
            c.near.restore(list(state.near_ids), state.near_orders, signatures, added=int(state.near_added),
                           seen=c._story_of)  # ids known to be clustered are not checked again
        c._recent.update(state.recent)
        c._copies.update({rid: list(ids) for rid, ids in state.copies.items()})
        return c

    # -- internals --------------------------------------------------------------------------

    def _embed(self, rec: ClusterRecord) -> np.ndarray:
        text = f"{rec.title}\n{rec.text}".strip()
        return np.asarray(self._dense.embed([text])[0], dtype=np.float32)  # type: ignore[union-attr]

    def _candidates(self, vector: Vector, when: float | None, terms: int) -> list[int]:
        """Open stories sharing the most strong terms with the article (most recent on a tie)."""
        is_open = self._open
        if len(is_open) <= self.max_candidates:
            # So few open stories that each can be scored: a small corpus does not depend on
            # its articles' few strongest terms meeting in the index.
            ranked = list(reversed(is_open))
        else:
            postings = self._postings
            hits = Counter(chain.from_iterable([postings.get(term, ()) for term in vector[0][:terms]]))
            # (shared terms, story index) tuples compare in C: most shared first, then most recent.
            ranked = [index for _, index in heapq.nlargest(
                self.max_candidates, [(count, index) for index, count in hits.items() if index in is_open])]
        if when is None or self.window is None:
            return ranked
        # Out-of-order dates: a story can be open yet far from this article's date.
        stories, window = self._stories, self.window
        return [i for i in ranked if stories[i].last_time is None or abs(when - stories[i].last_time) <= window]

    def _start(self, record_id: str, when: float | None, vector: Vector,
               dense: np.ndarray | None, index_terms: int) -> int:
        index = len(self._stories)
        self._made += 1
        self._stories.append(Story(f"s{self._made}"))
        self._join(index, record_id, when, vector, dense, index_terms)
        return index

    def _join(self, index: int, record_id: str, when: float | None, vector: Vector | None,
              dense: np.ndarray | None, index_terms: int = 0) -> None:
        story = self._stories[index]
        story.members.append(record_id)
        self._story_of[record_id] = index
        if when is not None:
            story.last_time = when if story.last_time is None else max(story.last_time, when)
            story.first_time = when if story.first_time is None else min(story.first_time, when)
        if vector and vector[0]:
            self._add_vector(index, vector, index_terms)
        if dense is not None:
            story.dense = dense.copy() if story.dense is None else story.dense + dense
        if vector is None and index not in self._open:
            return  # a reprint of a closed story's article joins it without reopening it
        self._open[index] = self._arrived
        self._open.move_to_end(index)
        if len(self._open) > self.max_open:
            self._close(next(iter(self._open)))

    def _add_vector(self, index: int, vector: Vector, terms: int) -> None:
        """Add an article's vector to the story's centroid and index the story under its terms."""
        story = self._stories[index]
        centroid = story.centroid
        get = centroid.get
        norm2 = story.norm * story.norm
        for term, weight in zip(*vector):
            old = get(term, 0.0)
            centroid[term] = old + weight
            norm2 += weight * (2.0 * old + weight)
        if len(centroid) > self.centroid_terms + self.centroid_terms // 2:  # prune now and then
            kept = sorted(centroid.items(), key=lambda kv: kv[1], reverse=True)[: self.centroid_terms]
            story.centroid = centroid = dict(kept)
            norm2 = sum([w * w for w in centroid.values()])  # exact again after pruning
        story.norm = math.sqrt(max(norm2, 0.0))
        for term in vector[0][:terms]:
            postings = self._postings.get(term)
            if postings is None:
                self._postings[term] = [index]
            elif postings[-1] != index:
                postings.append(index)
                if len(postings) > self.postings_cap + self.postings_cap // 4:
                    del postings[: len(postings) - self.postings_cap]  # drop the oldest, in batches

    def _expire(self, now: float | None) -> None:
        """Close stories idle for longer than the window (by article dates) or than
        ``idle_articles`` arrivals (the least recently updated are at the front)."""
        self._arrived += 1
        if self.idle_articles is not None:
            horizon = self._arrived - self.idle_articles
            while self._open:
                oldest, updated = next(iter(self._open.items()))
                if (updated or 0) >= horizon:
                    break
                self._close(oldest)
        if now is None:
            return
        if self._latest is None or now > self._latest:
            self._latest = now
        if self.window is None:
            return
        horizon = self._latest - self.window
        while self._open:
            oldest = next(iter(self._open))
            last = self._stories[oldest].last_time
            if last is None or last >= horizon:
                break
            self._close(oldest)

    def _close(self, index: int) -> None:
        """A closed story keeps its members but drops its vectors; its postings age out."""
        self._open.pop(index, None)
        story = self._stories[index]
        story.centroid = {}
        story.norm = 0.0
        story.dense = None


def embedder_name(name: str) -> str:
    """The embedder a clusterer given ``name`` uses ("auto": the best one installed)."""
    if name != "auto":
        return name
    from ..backends.embedders import available

    return available()[0]


def default_thresholds(embedder: str) -> tuple[float, float]:
    """The default thresholds (articles with a body, headline-only records) with ``embedder``
    (its name, "auto" resolved): the hashed TF-IDF's calibrated pair, or one threshold for every
    record in a model-backed embedder's space (cosines run higher there)."""
    if embedder_name(embedder) == "tfidf":
        return DEFAULT_THRESHOLD, DEFAULT_SHORT_THRESHOLD
    return DENSE_DEFAULT_THRESHOLD, DENSE_DEFAULT_THRESHOLD


def _load_embedder(name: str):
    """("tfidf", None) for the built-in hashing TF-IDF, else (name, a model-backed embedder)."""
    name = embedder_name(name)
    if name == "tfidf":  # the registry's tfidf fits per call; streaming needs the hashing one
        return "tfidf", None
    from ..backends.embedders import get_embedder

    return name, get_embedder(name)
