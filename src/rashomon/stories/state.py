"""A :class:`~rashomon.stories.cluster.StoryClusterer`'s state as bytes, so that clustering goes on
where it stopped instead of being rebuilt from every stored article.

The format is a numpy ``.npz`` archive (never pickle: a store file may come from someone
else, and loading it must not run code) of flat, compact arrays, and a small JSON header:

1. the settings the clusterer was made with, and the format version (``VERSION``);
2. document frequencies (non-zero buckets only) and the document count;
3. the open stories: centroid, members, last date, dense sum; and the closed stories that a
   near-duplicate original still points at (their id only);
4. the inverted index, restricted to the stories kept;
5. the near-duplicate index: each original's id, arrival number and MinHash values (put
   back into sorted arrays on load, :meth:`~rashomon.stories.dedup.NearDuplicates.restore`);
6. the recent vectors that :meth:`~rashomon.stories.cluster.StoryClusterer.refine` sweeps over.

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
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .cluster import StoryClusterer

__all__ = ["VERSION", "dump", "load"]

VERSION = "rashomon.stories.cluster-state/2"


def dump(clusterer: StoryClusterer) -> bytes:
    c = clusterer
    near = c.near
    originals, orders, signatures = near.originals() if near is not None else ([], np.zeros(0, np.int64), None)
    keep = set(c._open)
    keep.update(c._story_of[rid] for rid in originals if rid in c._story_of)
    kept = sorted(keep)
    remap = {old: new for new, old in enumerate(kept)}
    names = _Names()
    story_ids, last_times, norms, has_dense, member_sizes, members = [], [], [], [], [], []
    centroid_terms, centroid_weights, centroid_sizes, dense = [], [], [], []
    for old in kept:
        story = c._stories[old]
        story_ids.append(story.id)
        last_times.append(math.nan if story.last_time is None else story.last_time)
        norms.append(story.norm)
        has_dense.append(story.dense is not None)
        mine = story.members if old in c._open else []
        member_sizes.append(len(mine))
        members.extend(mine)
        pending = getattr(story, "_pending", None)
        if pending is not None:  # loaded and never touched since: its arrays as they came
            centroid_terms.extend(pending[0].tolist())
            centroid_weights.extend(pending[1].tolist())
            centroid_sizes.append(len(pending[0]))
        else:
            centroid_terms.extend(story.centroid.keys())
            centroid_weights.extend(story.centroid.values())
            centroid_sizes.append(len(story.centroid))
        if story.dense is not None:
            dense.append(story.dense)
    # Which story each record is in: the originals' stories, and the open stories' members.
    story_of = {rid: remap[c._story_of[rid]] for rid in originals if rid in c._story_of}
    for old in c._open:
        for member in c._stories[old].members:
            story_of[member] = remap[old]
    posting_terms, posting_sizes, posting_values = [], [], []
    for term, indexes in c._postings.items():
        mine = [remap[i] for i in indexes if i in remap]
        if mine:
            posting_terms.append(term)
            posting_sizes.append(len(mine))
            posting_values.extend(mine)
    recent_ids = list(c._recent)
    recent = [c._recent[r] for r in recent_ids]
    copies = [(rid, ids) for rid, ids in c._copies.items() if rid in c._recent]
    header = {
        "version": VERSION,
        "options": c.options,
        "docs": c.space.docs,
        "frozen": c.space.frozen,
        "latest": c._latest,
        "made": c._made,
        "near_count": near._count if near is not None else 0,
    }
    arrays = {
        # 2. document frequencies
        "df_buckets": np.flatnonzero(c.space.df).astype(np.int32),
        # 3. stories
        "story_ids": _strings(story_ids),
        "story_last_time": np.array(last_times, dtype=np.float64),
        "story_norm": np.array(norms, dtype=np.float64),
        "story_dense": np.array(has_dense, dtype=bool),
        "member_sizes": np.array(member_sizes, dtype=np.int32),
        "members": np.array(names.many(members), dtype=np.int32),
        "centroid_terms": _terms(centroid_terms),
        "centroid_weights": np.array(centroid_weights, dtype=np.float64),
        "centroid_sizes": np.array(centroid_sizes, dtype=np.int32),
        "dense": np.stack(dense) if dense else np.zeros((0, 0), dtype=np.float32),
        "open": np.array([remap[i] for i in c._open], dtype=np.int32),  # least recently updated first
        "story_of_names": np.array(names.many(list(story_of)), dtype=np.int32),
        "story_of_stories": np.array(list(story_of.values()), dtype=np.int32),
        # 4. the index
        "posting_terms": _terms(posting_terms),
        "posting_sizes": np.array(posting_sizes, dtype=np.int32),
        "posting_values": np.array(posting_values, dtype=np.int32),
        # 5. near duplicates
        "near_names": np.array(names.many(originals), dtype=np.int32),
        "near_orders": np.asarray(orders, dtype=np.int64),
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
    arrays["df_counts"] = c.space.df[arrays["df_buckets"]]
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


_LAZY: dict[type, type] = {}


def _lazy_story_type(base: type) -> type:
    """A subclass of the clusterer's story whose centroid is built from the loaded arrays the
    first time it is read: a top-up looks at a few hundred of the open stories, not all of
    them, and building 100,000s of dict entries is most of what loading cost."""
    found = _LAZY.get(base)
    if found is not None:
        return found
    slot = base.__dict__["centroid"]

    def get(self: Any) -> dict[int, float]:
        pending = self._pending
        if pending is not None:
            slot.__set__(self, dict(zip(pending[0].tolist(), pending[1].tolist())))
            self._pending = None
        return slot.__get__(self)

    def put(self: Any, value: dict[int, float]) -> None:
        self._pending = None
        slot.__set__(self, value)

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        self._pending = None
        base.__init__(self, *args, **kwargs)

    found = _LAZY[base] = type("_LoadedStory", (base,), {"__slots__": ("_pending",), "centroid": property(get, put),
                                                         "__init__": init})
    return found


def load(cls: type[StoryClusterer], data: bytes, options: dict[str, Any]) -> StoryClusterer:
    from .cluster import _Story

    try:
        archive = np.load(io.BytesIO(data), allow_pickle=False)
        header = json.loads(archive["header"].tobytes().decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError("the header is not a JSON object")
    except (OSError, ValueError, KeyError, IndexError, UnicodeDecodeError, TypeError) as exc:
        raise ValueError(f"not a saved clusterer state: {exc}") from None
    if header.get("version") != VERSION:
        raise ValueError(f"clusterer state of version {header.get('version')!r}; this rashomon reads {VERSION!r}")
    clusterer = cls(**options)
    saved = header["options"]
    if json.loads(json.dumps(clusterer.options)) != saved:
        changed = sorted(k for k in set(saved) | set(clusterer.options) if saved.get(k) != clusterer.options.get(k))
        raise ValueError(f"the clusterer state was saved with other settings ({', '.join(changed)})")
    c = clusterer
    names = _read_strings(archive["names"])
    # 2. document frequencies
    c.space.df[archive["df_buckets"]] = archive["df_counts"]
    c.space.docs = int(header["docs"])
    c.space.frozen = bool(header["frozen"])
    c._latest = header["latest"]
    c._made = int(header["made"])
    # 3. stories (each centroid becomes a dict when the clusterer first looks at it)
    story_type = _lazy_story_type(_Story)
    terms, weights = archive["centroid_terms"], archive["centroid_weights"]
    members = [names[i] for i in archive["members"].tolist()]
    dense = archive["dense"]
    start = member_start = dense_row = 0
    for story_id, last_time, norm, has_dense, size, member_size in zip(
        _read_strings(archive["story_ids"]), archive["story_last_time"].tolist(), archive["story_norm"].tolist(),
        archive["story_dense"].tolist(), archive["centroid_sizes"].tolist(), archive["member_sizes"].tolist(),
    ):
        story = story_type(story_id)
        story.members = members[member_start : member_start + member_size]
        member_start += member_size
        story.last_time = None if math.isnan(last_time) else last_time
        story.norm = norm
        story._pending = (terms[start : start + size], weights[start : start + size])
        start += size
        if has_dense:
            story.dense = dense[dense_row].copy()
            dense_row += 1
        c._stories.append(story)
    c._open = OrderedDict.fromkeys(archive["open"].tolist())
    c._story_of = dict(zip([names[i] for i in archive["story_of_names"].tolist()],
                           archive["story_of_stories"].tolist()))
    # 4. the index
    values = archive["posting_values"].tolist()
    start = 0
    postings = c._postings
    for term, size in zip(archive["posting_terms"].tolist(), archive["posting_sizes"].tolist()):
        postings[term] = values[start : start + size]
        start += size
    # 5. near duplicates
    if c.near is not None:
        c.near.restore([names[i] for i in archive["near_names"].tolist()], archive["near_orders"],
                       archive["signatures"])
        c.near._count = int(header["near_count"])
        c.near._seen.update(c._story_of)  # ids known to be clustered; the rest are not re-checked
    # 6. recent vectors (views of the loaded arrays: refine only reads them)
    rterms, rweights = archive["recent_terms"].astype(np.int64), archive["recent_weights"]
    start = 0
    recent = c._recent
    for name, threshold, headline, size in zip(archive["recent_names"].tolist(), archive["recent_thresholds"].tolist(),
                                               archive["recent_headline"].tolist(), archive["recent_sizes"].tolist()):
        recent[names[name]] = (rterms[start : start + size], rweights[start : start + size], threshold, headline)
        start += size
    copy_values = [names[i] for i in archive["copy_values"].tolist()]
    start = 0
    for name, size in zip(archive["copy_names"].tolist(), archive["copy_sizes"].tolist()):
        c._copies[names[name]] = copy_values[start : start + size]
        start += size
    return clusterer
