"""A story inside the clusterer, and the clusterer's state as plain values.

:class:`ClustererState` is the contract between
:meth:`~rashomon.stories.clusterer.StoryClusterer.to_state` /
:meth:`~rashomon.stories.clusterer.StoryClusterer.from_state` and the byte format of
:mod:`rashomon.stories.state`: the clusterer says what it needs to go on later, the format
says how it is written; neither reads the other's internals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["ClustererState", "SavedStory"]

Vector = tuple[list[int], list[float]]  # terms strongest first, and their weights
Recent = tuple[np.ndarray, np.ndarray, float, bool]  # terms, weights (float32), threshold, headline only?


class Story:
    """One story of the clusterer: its members and, while it is open, its centroid."""

    __slots__ = ("id", "members", "centroid", "norm", "first_time", "last_time", "dense")

    def __init__(self, story_id: str) -> None:
        self.id = story_id
        self.members: list[str] = []
        self.centroid: dict[int, float] = {}  # sum of member vectors, strongest terms only
        self.norm = 0.0
        self.first_time: float | None = None  # the earliest dated member (POSIX seconds)
        self.last_time: float | None = None  # the latest
        self.dense: np.ndarray | None = None  # sum of member embeddings, for a model-backed embedder


class LoadedStory(Story):
    """A restored story whose centroid is built from the saved arrays the first time it is
    read: a top-up looks at a few hundred of the open stories, not all of them, and building
    100,000s of dict entries would be most of what restoring costs. Fresh stories stay plain
    :class:`Story` objects, so the lazy read costs them nothing."""

    __slots__ = ("pending",)
    _slot = Story.__dict__["centroid"]

    def __init__(self, story_id: str) -> None:
        self.pending: tuple[np.ndarray, np.ndarray] | None = None
        super().__init__(story_id)

    @property  # type: ignore[override]
    def centroid(self) -> dict[int, float]:
        pending = self.pending
        if pending is not None:
            LoadedStory._slot.__set__(self, dict(zip(pending[0].tolist(), pending[1].tolist())))
            self.pending = None
        return LoadedStory._slot.__get__(self)

    @centroid.setter
    def centroid(self, value: dict[int, float]) -> None:
        self.pending = None
        LoadedStory._slot.__set__(self, value)

    @classmethod
    def restore(cls, saved: SavedStory) -> LoadedStory:
        story = cls(saved.id)
        story.members = list(saved.members)
        story.last_time = saved.last_time
        story.first_time = saved.first_time
        story.norm = saved.norm
        story.pending = (np.asarray(saved.centroid_terms), np.asarray(saved.centroid_weights))
        if saved.dense is not None:
            story.dense = saved.dense.copy()
        return story


def centroid_arrays(story: Story) -> tuple[list[int], list[float]]:
    """A story's centroid as (terms, weights), without building the dict of a restored story
    that was never read."""
    pending = story.pending if isinstance(story, LoadedStory) else None
    if pending is not None:
        return pending[0].tolist(), pending[1].tolist()
    return list(story.centroid.keys()), list(story.centroid.values())


@dataclass(frozen=True, slots=True, kw_only=True)
class SavedStory:
    """A story as saved: a closed one keeps only its id (a near-duplicate original points at it)."""

    id: str
    members: Sequence[str]  # empty for a closed story
    last_time: float | None
    norm: float
    centroid_terms: Sequence[int] | np.ndarray
    centroid_weights: Sequence[float] | np.ndarray
    dense: np.ndarray | None = None
    first_time: float | None = None  # None in a state saved before it was kept: the latest stands in

    @classmethod
    def of(cls, story: Story, *, members: bool) -> SavedStory:
        """``story`` as saved; ``members``: with its members (an open story)."""
        terms, weights = centroid_arrays(story)
        return cls(id=story.id, members=story.members if members else [], last_time=story.last_time,
                   first_time=story.first_time,
                   norm=story.norm, centroid_terms=terms, centroid_weights=weights, dense=story.dense)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClustererState:
    """What a clusterer needs to go on where it stopped; bounded by its own bounds.

    Stories are referred to by their position in ``stories``.
    """

    options: dict[str, Any]  # as passed to the constructor; a restore must pass the same
    docs: int  # documents counted in the term space
    df_buckets: np.ndarray  # the term buckets with a non-zero document frequency
    df_counts: np.ndarray  # and their counts
    frozen: bool  # whether the document frequencies are fixed
    latest: float | None  # the latest article date seen (POSIX seconds)
    made: int  # stories started so far (story ids are s1, s2, ...)
    stories: Sequence[SavedStory]
    open: Sequence[int]  # the open stories, least recently updated first
    story_of: dict[str, int]  # record id -> story, for the open stories' members and the originals
    postings: dict[int, list[int]]  # term -> stories, newest last
    near_ids: Sequence[str]  # the near-duplicate originals, oldest first
    near_orders: np.ndarray  # their arrival numbers
    near_signatures: np.ndarray | None  # their MinHash values, one row each
    near_added: int  # signatures the near-duplicate index had seen
    recent: dict[str, Recent]  # the recent vectors refine sweeps over, oldest first
    copies: dict[str, list[str]]  # a recent article's near-duplicate copies
