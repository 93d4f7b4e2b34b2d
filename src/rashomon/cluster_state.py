"""A :class:`~rashomon.cluster.StoryClusterer`'s state as bytes, so that clustering goes on
where it stopped instead of being rebuilt from every stored article.

The format is a numpy ``.npz`` archive (never pickle: a store file may come from someone
else, and loading it must not run code) holding a JSON header and flat arrays:

1. the settings the clusterer was made with, and the format version (``VERSION``);
2. document frequencies (non-zero buckets only) and the document count;
3. the open stories: centroid, members, last date, dense sum; and the closed stories that a
   near-duplicate original still points at (their id only);
4. the inverted index, restricted to the stories kept;
5. the near-duplicate index: each original's id, arrival number and MinHash values (the LSH
   tables are rebuilt from them on load);
6. the recent vectors that :meth:`~rashomon.cluster.StoryClusterer.refine` sweeps over.

Everything is bounded by the clusterer's own bounds (``max_open``, ``duplicate_capacity``,
``refine_window``), not by the number of articles ever clustered (members of open stories
aside).
"""

from __future__ import annotations

import io
import json
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .cluster import StoryClusterer

__all__ = ["VERSION", "dump", "load"]

VERSION = "rashomon.cluster-state/1"


def dump(clusterer: StoryClusterer) -> bytes:
    c = clusterer
    near = c.near
    originals = list(near._order) if near is not None else []
    keep = set(c._open)
    keep.update(c._story_of[rid] for rid in originals if rid in c._story_of)
    kept = sorted(keep)
    remap = {old: new for new, old in enumerate(kept)}
    stories = []
    centroid_terms, centroid_weights, centroid_sizes, dense = [], [], [], []
    for old in kept:
        story = c._stories[old]
        is_open = old in c._open
        stories.append({"id": story.id, "last_time": story.last_time, "norm": story.norm,
                        "members": story.members if is_open else [], "dense": story.dense is not None})
        centroid_terms.extend(story.centroid.keys())
        centroid_weights.extend(story.centroid.values())
        centroid_sizes.append(len(story.centroid))
        if story.dense is not None:
            dense.append(story.dense)
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
    header = {
        "version": VERSION,
        "options": c.options,
        "docs": c.space.docs,
        "frozen": c.space.frozen,
        "latest": c._latest,
        "made": c._made,
        "stories": stories,
        "open": [remap[i] for i in c._open],  # least recently updated first
        "story_of": story_of,
        "near": {"ids": originals, "count": near._count if near is not None else 0,
                 "orders": [int(near._signatures[rid][0]) for rid in originals] if near is not None else [],
                 "seen": len(near._seen) if near is not None else 0},
        "recent": {"ids": recent_ids, "thresholds": [c._recent[r][2] for r in recent_ids],
                   "headline": [bool(c._recent[r][3]) for r in recent_ids],
                   "sizes": [len(c._recent[r][0]) for r in recent_ids]},
        "copies": {rid: ids for rid, ids in c._copies.items() if rid in c._recent},
    }
    nonzero = np.flatnonzero(c.space.df)
    arrays = {
        "header": np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8),
        "df_buckets": nonzero.astype(np.int32),
        "df_counts": c.space.df[nonzero],
        "centroid_terms": np.array(centroid_terms, dtype=np.int64),
        "centroid_weights": np.array(centroid_weights, dtype=np.float64),
        "centroid_sizes": np.array(centroid_sizes, dtype=np.int64),
        "posting_terms": np.array(posting_terms, dtype=np.int64),
        "posting_sizes": np.array(posting_sizes, dtype=np.int64),
        "posting_values": np.array(posting_values, dtype=np.int64),
        "signatures": (np.stack([near._signatures[rid][1] for rid in originals]).astype(np.uint32)
                       if originals else np.zeros((0, 0), dtype=np.uint32)),
        "recent_terms": (np.concatenate([c._recent[r][0] for r in recent_ids]) if recent_ids
                         else np.zeros(0, dtype=np.int64)),
        "recent_weights": (np.concatenate([c._recent[r][1] for r in recent_ids]) if recent_ids
                           else np.zeros(0, dtype=np.float32)),
        "dense": np.stack(dense) if dense else np.zeros((0, 0), dtype=np.float32),
    }
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def load(cls: type[StoryClusterer], data: bytes, options: dict[str, Any]) -> StoryClusterer:
    from .cluster import _Story

    try:
        archive = np.load(io.BytesIO(data), allow_pickle=False)
        header = json.loads(archive["header"].tobytes().decode("utf-8"))
    except (OSError, ValueError, KeyError, UnicodeDecodeError) as exc:
        raise ValueError(f"not a saved clusterer state: {exc}") from None
    if header.get("version") != VERSION:
        raise ValueError(f"clusterer state of version {header.get('version')!r}; this rashomon reads {VERSION!r}")
    clusterer = cls(**options)
    saved = header["options"]
    if json.loads(json.dumps(clusterer.options)) != saved:
        changed = sorted(k for k in set(saved) | set(clusterer.options) if saved.get(k) != clusterer.options.get(k))
        raise ValueError(f"the clusterer state was saved with other settings ({', '.join(changed)})")
    c = clusterer
    # 2. document frequencies
    c.space.df[archive["df_buckets"]] = archive["df_counts"]
    c.space.docs = int(header["docs"])
    c.space.frozen = bool(header["frozen"])
    c._latest = header["latest"]
    c._made = int(header["made"])
    # 3. stories
    terms, weights = archive["centroid_terms"].tolist(), archive["centroid_weights"].tolist()
    dense = archive["dense"]
    start = dense_row = 0
    for entry, size in zip(header["stories"], archive["centroid_sizes"].tolist()):
        story = _Story(entry["id"])
        story.members = list(entry["members"])
        story.last_time = entry["last_time"]
        story.norm = float(entry["norm"])
        story.centroid = dict(zip(terms[start : start + size], weights[start : start + size]))
        start += size
        if entry["dense"]:
            story.dense = dense[dense_row].copy()
            dense_row += 1
        c._stories.append(story)
    c._open = OrderedDict((int(i), None) for i in header["open"])
    c._story_of = {rid: int(i) for rid, i in header["story_of"].items()}
    # 4. the index
    values = archive["posting_values"].tolist()
    start = 0
    for term, size in zip(archive["posting_terms"].tolist(), archive["posting_sizes"].tolist()):
        c._postings[term] = values[start : start + size]
        start += size
    # 5. near duplicates
    if c.near is not None:
        near = header["near"]
        c.near.restore(near["ids"], near["orders"], archive["signatures"])
        c.near._count = int(near["count"])
        c.near._seen.update(c._story_of)  # ids known to be clustered; the rest are not re-checked
    # 6. recent vectors
    recent = header["recent"]
    rterms, rweights = archive["recent_terms"], archive["recent_weights"]
    start = 0
    for rid, threshold, headline, size in zip(recent["ids"], recent["thresholds"], recent["headline"], recent["sizes"]):
        c._recent[rid] = (rterms[start : start + size].copy(), rweights[start : start + size].copy(), float(threshold),
                          bool(headline))
        start += size
    c._copies = {rid: list(ids) for rid, ids in header["copies"].items()}
    return clusterer
