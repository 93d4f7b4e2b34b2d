"""Refinement after the fact: sweeps that move recent articles and splits of merged stories.

A single online pass depends on arrival order: an article that came early, when its story's
centroid was still one or two articles, may sit in a look-alike's story; and once the second of
two look-alike events has its first article in the first one's story, the pass keeps them
merged. :meth:`Sweeps.refine` moves articles to closer open stories (sweeps) and cuts a story of
two groups far apart in two (splits). It works on the recent vectors the clusterer remembers
(:meth:`Sweeps._remember`), at most ``refine_window`` of them.

:class:`Sweeps` is a part of :class:`~rashomon.stories.clusterer.StoryClusterer`, apart because
it is a job of its own: it reads and changes the clusterer's stories, index and recent vectors.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from .story import Story, Vector
from .tuning import AGREE_BIG, SPLIT_MEMBERS
from .vectors import agrees, cosine_without, decay, similarity, two_groups

__all__ = ["Sweeps"]


class Sweeps:
    """The clusterer's sweeps and splits (see the module docstring)."""

    def refine(self, sweeps: int = 2, *, only: Iterable[str] | None = None,
               split: bool = False) -> list[tuple[str, str, str]]:
        """Reassignment sweeps over the recent articles; returns the moves ``(id, from, to)``.

        A single online pass depends on arrival order: an article that came early, when its
        story's centroid was still one or two articles, may sit in a look-alike's story. Each
        sweep compares every article among the last ``refine_window`` (still in an open
        story) with its own story without it and with the candidate stories the index finds;
        it moves when another story is closer and at least at the threshold (and, into a story
        of ``AGREE_BIG`` articles or more, agrees with its latest members: see
        ``AGREE_FLOOR``). Its near-duplicate copies move with it. Cost: ``sweeps * refine_window`` candidate
        lookups, whatever the size of the corpus. Dense (model-backed) scores are not used
        here: the sparse centroids decide. ``only``: sweep just these record ids (those of
        them still among the recent ones). Scores are weighed by publication time as in
        :meth:`assign` (for articles dated in this session: the dates are not saved).

        ``split=True`` first looks at the open stories those articles are in and splits a
        story whose members fall into two groups far apart (:meth:`_split`): two look-alike
        events merged early come apart, which moving one article at a time cannot do. The
        split-off group starts a story, so a move's ``to`` can then be a new story id.
        """
        moves: list[tuple[str, str, str]] = []
        if only is None:
            chosen = list(self._recent.items())
        else:
            recent = self._recent
            chosen = [(rid, recent[rid]) for rid in dict.fromkeys(only) if rid in recent]
        if split:
            touched = dict.fromkeys(self._story_of[rid] for rid, _ in chosen if rid in self._story_of)
            for index in touched:
                if index in self._open:
                    moves.extend(self._split(index))
        for _ in range(sweeps):
            moved = 0
            for record_id, (terms, weights, threshold, headline) in chosen:
                index = self._story_of.get(record_id)
                if index is None or index not in self._open:
                    continue
                story = self._stories[index]
                vector = dict(zip(terms.tolist(), weights.tolist()))
                when = self._when.get(record_id)
                own = cosine_without(story.centroid, story.norm, vector) if len(story.members) > 1 + len(self._copies.get(record_id, ())) else -1.0
                best, best_score = None, -1.0
                reach = (self.headline_terms, self.headline_terms) if headline else (self.query_terms, self.index_terms)
                for other in self._candidates((list(vector), []), None, reach[0]):
                    if other == index:
                        continue
                    score = similarity(self._stories[other], vector, None) * decay(self._stories[other], when, headline)
                    if score > best_score:
                        best, best_score = other, score
                if best is None or best_score < threshold or best_score <= own:
                    continue
                if (not headline and len(self._stories[best].members) >= AGREE_BIG
                        and not agrees(self._stories[best].members, self._recent, vector)):
                    continue  # no chaining of look-alikes into a large story (see AGREE_BIG)
                self._move(record_id, index, best, vector, reach[1])
                moves.append((record_id, story.id, self._stories[best].id))
                moved += 1
            if not moved:
                break
        return moves

    def with_body(self, record_ids: Iterable[str]) -> list[str]:
        """Those of ``record_ids`` still among the recent articles that have a body (headline-only
        records are never split off, see :meth:`_split`)."""
        recent = self._recent
        return [rid for rid in record_ids if rid in recent and not recent[rid][3]]

    def copies(self, record_id: str) -> list[str]:
        """The near-duplicate copies of a recent article: :meth:`refine` moves them with it."""
        return list(self._copies.get(record_id, ()))

    def _remember(self, record_id: str, vector: Vector, threshold: float, headline: bool) -> None:
        if not self.refine_window or not vector[0]:
            return
        self._recent[record_id] = (np.array(vector[0], dtype=np.int64), np.array(vector[1], dtype=np.float32), threshold,
                                   headline)
        if len(self._recent) > self.refine_window:
            oldest, _ = self._recent.popitem(last=False)
            self._copies.pop(oldest, None)
            self._when.pop(oldest, None)

    def _split(self, index: int) -> list[tuple[str, str, str]]:
        """Split an open story in two when its latest members fall into two groups far apart
        (:func:`~rashomon.stories.vectors.two_groups`): the smaller group starts a story."""
        story = self._stories[index]
        size = len(story.members)
        if size < 4 or size < self._split_checked.get(index, 0) * 3 // 2:
            return []
        self._split_checked[index] = size
        if len(self._split_checked) > 2 * len(self._open) + 1000:  # closed stories leave it
            self._split_checked = {i: n for i, n in self._split_checked.items() if i in self._open}
        recent = self._recent
        # Headlines are left out: a few words each, two halves of one story share too few.
        ids = [m for m in story.members[-SPLIT_MEMBERS:] if m in recent and not recent[m][3]]
        if len(ids) < 4:
            return []
        group = two_groups([(recent[m][0], recent[m][1]) for m in ids])
        if group is None:
            return []
        leaving = [ids[position] for position in group]
        target = len(self._stories)
        self._made += 1
        self._stories.append(Story(f"s{self._made}"))
        times = [self._when[m] for m in leaving if m in self._when]
        self._stories[target].last_time = max(times) if times else story.last_time
        self._stories[target].first_time = min(times) if times else story.first_time
        self._open[target] = self._arrived  # split off now: idle from now (idle_articles)
        moves = []
        for member in leaving:
            m_terms, m_weights, _, headline = recent[member]
            vector = dict(zip(m_terms.tolist(), m_weights.tolist()))
            self._move(member, index, target, vector, self.headline_terms if headline else self.index_terms)
            moves.append((member, story.id, self._stories[target].id))
        if len(self._open) > self.max_open:
            self._close(next(iter(self._open)))
        return moves

    def _move(self, record_id: str, source: int, target: int, vector: dict[int, float], index_terms: int) -> None:
        """Take an article (and its copies) out of one open story and into another."""
        moving = [record_id, *self._copies.get(record_id, ())]
        old, new = self._stories[source], self._stories[target]
        gone = set(moving)
        old.members = [m for m in old.members if m not in gone]
        new.members.extend(moving)
        for member in moving:
            self._story_of[member] = target
        centroid = old.centroid
        for term, weight in vector.items():
            if term in centroid:
                rest = centroid[term] - weight
                if rest > 1e-9:
                    centroid[term] = rest
                else:
                    del centroid[term]
        old.norm = math.sqrt(sum(w * w for w in centroid.values()))
        if not old.members:
            self._close(source)
        terms = sorted(vector, key=vector.__getitem__, reverse=True)
        self._add_vector(target, (terms, [vector[t] for t in terms]), index_terms)
        if new.last_time is not None and old.last_time is not None:
            new.last_time = max(new.last_time, old.last_time)
        when = self._when.get(record_id)
        if when is not None:
            new.first_time = when if new.first_time is None else min(new.first_time, when)
