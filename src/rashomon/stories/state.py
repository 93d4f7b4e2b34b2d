"""A :class:`~rashomon.stories.clusterer.StoryClusterer`'s state as bytes, so that clustering goes on
where it stopped instead of being rebuilt from every stored article.

The clusterer hands over its state as a :class:`~rashomon.stories.story.ClustererState`
(:meth:`~rashomon.stories.clusterer.StoryClusterer.to_state`) and takes it back
(:meth:`~rashomon.stories.clusterer.StoryClusterer.from_state`); this module only encodes that
record (:func:`encode`, :func:`decode`) and reads no attribute of the clusterer.

The format is a numpy ``.npz`` archive (never pickle: a store file may come from someone
else, and loading it must not run code) of flat, compact arrays, and a small JSON header:

1. the settings the clusterer was made with, and the format version (``VERSION``);
2. document frequencies (non-zero buckets only) and the document count;
3. the open stories: centroid, members, last date, dense sum; and the closed stories that a
   near-duplicate original still points at (their id only);
4. the inverted index, restricted to the stories kept;
5. the near-duplicate index: each original's id, arrival number and MinHash values (put
   back into sorted arrays on load, :meth:`~rashomon.stories.dedup.NearDuplicates.restore`);
6. the recent vectors that :meth:`~rashomon.stories.clusterer.StoryClusterer.refine` sweeps over.

Version 2 stores each record id once (a table of names; everything else refers to it by
number), term buckets as 32-bit integers, and no per-record JSON: at 100,000 articles the
state is smaller and loads several times faster than version 1. A state of another version
is refused with ``ValueError`` (the library then rebuilds the clusterer from the store).

Everything is bounded by the clusterer's own bounds (``max_open``, ``duplicate_capacity``,
``refine_window``), not by the number of articles ever clustered (members of open stories
aside).
"""

from __future__ import annotations

import io
import json
import math
from typing import TYPE_CHECKING, Any

import numpy as np

from .story import ClustererState, SavedStory

if TYPE_CHECKING:
    from .clusterer import StoryClusterer

__all__ = ["VERSION", "decode", "dump", "encode", "load"]

VERSION = "rashomon.stories.cluster-state/2"


def dump(clusterer: StoryClusterer) -> bytes:
    """The clusterer's state as bytes."""
    return encode(clusterer.to_state())


def load(data: bytes, **options: Any) -> StoryClusterer:
    """A clusterer that goes on from :func:`dump`'s bytes. ``options`` must be the ones the state
    was saved with; other options, or data that is not a state of this version, raise ``ValueError``."""
    from .clusterer import StoryClusterer

    return StoryClusterer.from_state(decode(data), **options)


def encode(state: ClustererState) -> bytes:
    names = _Names()
    stories = state.stories
    members = [m for story in stories for m in story.members]
    centroid_terms = [t for story in stories for t in story.centroid_terms]
    centroid_weights = [w for story in stories for w in story.centroid_weights]
    dense = [story.dense for story in stories if story.dense is not None]
    recent_ids = list(state.recent)
    recent = [state.recent[r] for r in recent_ids]
    copies = list(state.copies.items())
    originals, signatures = list(state.near_ids), state.near_signatures
    header = {
        "version": VERSION,
        "options": state.options,
        "docs": state.docs,
        "frozen": state.frozen,
        "latest": state.latest,
        "made": state.made,
        "near_count": state.near_added,
    }
    arrays = {
        # 2. document frequencies
        "df_buckets": np.asarray(state.df_buckets, dtype=np.int32),
        # 3. stories
        "story_ids": _strings([story.id for story in stories]),
        "story_last_time": np.array([math.nan if s.last_time is None else s.last_time for s in stories],
                                    dtype=np.float64),
        "story_first_time": np.array([math.nan if s.first_time is None else s.first_time for s in stories],
                                     dtype=np.float64),  # absent from states written before it was kept
        "story_norm": np.array([story.norm for story in stories], dtype=np.float64),
        "story_dense": np.array([story.dense is not None for story in stories], dtype=bool),
        "member_sizes": np.array([len(story.members) for story in stories], dtype=np.int32),
        "members": np.array(names.many(members), dtype=np.int32),
        "centroid_terms": _terms(centroid_terms),
        "centroid_weights": np.array(centroid_weights, dtype=np.float64),
        "centroid_sizes": np.array([len(story.centroid_terms) for story in stories], dtype=np.int32),
        "dense": np.stack(dense) if dense else np.zeros((0, 0), dtype=np.float32),
        "open": np.array(list(state.open), dtype=np.int32),  # least recently updated first
        "story_of_names": np.array(names.many(list(state.story_of)), dtype=np.int32),
        "story_of_stories": np.array(list(state.story_of.values()), dtype=np.int32),
        # 4. the index
        "posting_terms": _terms(list(state.postings)),
        "posting_sizes": np.array([len(v) for v in state.postings.values()], dtype=np.int32),
        "posting_values": np.array([i for v in state.postings.values() for i in v], dtype=np.int32),
        # 5. near duplicates
        "near_names": np.array(names.many(originals), dtype=np.int32),
        "near_orders": np.asarray(state.near_orders, dtype=np.int64),
        "signatures": signatures if signatures is not None and len(originals) else np.zeros((0, 0), dtype=np.uint32),
        # 6. recent vectors
        "recent_names": np.array(names.many(recent_ids), dtype=np.int32),
        "recent_thresholds": np.array([r[2] for r in recent], dtype=np.float64),
        "recent_headline": np.array([bool(r[3]) for r in recent], dtype=bool),
        "recent_sizes": np.array([len(r[0]) for r in recent], dtype=np.int32),
        "recent_terms": _terms(np.concatenate([r[0] for r in recent]) if recent else []),
        "recent_weights": (np.concatenate([r[1] for r in recent]).astype(np.float32) if recent
                           else np.zeros(0, dtype=np.float32)),
        "copy_names": np.array(names.many([rid for rid, _ in copies]), dtype=np.int32),
        "copy_sizes": np.array([len(ids) for _, ids in copies], dtype=np.int32),
        "copy_values": np.array(names.many([i for _, ids in copies for i in ids]), dtype=np.int32),
    }
    arrays["df_counts"] = np.asarray(state.df_counts)  # after the others, as version 2 always wrote it
    arrays["names"] = _strings(names.table)
    arrays["header"] = np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


class _Names:
    """Record ids as numbers: each id is stored once, in a table, and referred to by its index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.table: list[str] = []

    def many(self, names: list[str]) -> list[int]:
        index = self.index
        for name in dict.fromkeys(names):
            if name not in index:
                index[name] = len(self.table)
                self.table.append(name)
        return list(map(index.__getitem__, names))


def _strings(values: list[str]) -> np.ndarray:
    """Strings as one JSON list in UTF-8 bytes (json parses a list of strings at C speed)."""
    return np.frombuffer(json.dumps(values, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)


def _read_strings(array: np.ndarray) -> list[str]:
    return json.loads(array.tobytes().decode("utf-8"))


def _terms(values: Any) -> np.ndarray:
    """Term buckets fit in 32 bits (the hashed space has 2**20 of them)."""
    array = np.asarray(values, dtype=np.int64)
    if len(array) and (array.min() < 0 or array.max() > 0xFFFFFFFF):
        raise ValueError("a term bucket does not fit in 32 bits")
    return array.astype(np.uint32)


def decode(data: bytes) -> ClustererState:
    """The state :func:`encode` wrote; ``ValueError`` for anything else or another version."""
    try:
        archive = np.load(io.BytesIO(data), allow_pickle=False)
        header = json.loads(archive["header"].tobytes().decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError("the header is not a JSON object")
    except (OSError, ValueError, KeyError, IndexError, UnicodeDecodeError, TypeError) as exc:
        raise ValueError(f"not a saved clusterer state: {exc}") from None
    if header.get("version") != VERSION:
        raise ValueError(f"clusterer state of version {header.get('version')!r}; this rashomon reads {VERSION!r}")
    names = _read_strings(archive["names"])
    # 3. stories (centroids stay array slices: the clusterer builds each dict when first read)
    terms, weights = archive["centroid_terms"], archive["centroid_weights"]
    members = [names[i] for i in archive["members"].tolist()]
    dense = archive["dense"]
    stories = []
    start = member_start = dense_row = 0
    firsts = archive["story_first_time"].tolist() if "story_first_time" in archive.files else None
    for position, (story_id, last_time, norm, has_dense, size, member_size) in enumerate(zip(
        _read_strings(archive["story_ids"]), archive["story_last_time"].tolist(), archive["story_norm"].tolist(),
        archive["story_dense"].tolist(), archive["centroid_sizes"].tolist(), archive["member_sizes"].tolist(),
    )):
        first = firsts[position] if firsts is not None else math.nan
        stories.append(SavedStory(
            id=story_id, members=members[member_start : member_start + member_size],
            last_time=None if math.isnan(last_time) else last_time, norm=norm,
            first_time=None if math.isnan(first) else first,
            centroid_terms=terms[start : start + size], centroid_weights=weights[start : start + size],
            dense=dense[dense_row] if has_dense else None))
        member_start += member_size
        start += size
        dense_row += bool(has_dense)
    # 4. the index
    values = archive["posting_values"].tolist()
    postings = {}
    start = 0
    for term, size in zip(archive["posting_terms"].tolist(), archive["posting_sizes"].tolist()):
        postings[term] = values[start : start + size]
        start += size
    # 6. recent vectors (views of the loaded arrays: refine only reads them)
    rterms, rweights = archive["recent_terms"].astype(np.int64), archive["recent_weights"]
    recent = {}
    start = 0
    for name, threshold, headline, size in zip(archive["recent_names"].tolist(), archive["recent_thresholds"].tolist(),
                                               archive["recent_headline"].tolist(), archive["recent_sizes"].tolist()):
        recent[names[name]] = (rterms[start : start + size], rweights[start : start + size], threshold, headline)
        start += size
    copy_values = [names[i] for i in archive["copy_values"].tolist()]
    copies = {}
    start = 0
    for name, size in zip(archive["copy_names"].tolist(), archive["copy_sizes"].tolist()):
        copies[names[name]] = copy_values[start : start + size]
        start += size
    return ClustererState(
        options=header["options"], docs=int(header["docs"]), df_buckets=archive["df_buckets"],
        df_counts=archive["df_counts"], frozen=bool(header["frozen"]), latest=header["latest"],
        made=int(header["made"]), stories=stories, open=archive["open"].tolist(),
        story_of=dict(zip([names[i] for i in archive["story_of_names"].tolist()],
                          archive["story_of_stories"].tolist())),
        postings=postings, near_ids=[names[i] for i in archive["near_names"].tolist()],
        near_orders=archive["near_orders"], near_signatures=archive["signatures"],
        near_added=int(header["near_count"]), recent=recent, copies=copies,
    )
