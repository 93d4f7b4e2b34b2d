"""The clusterer's saved state: a compact, versioned, pickle-free archive."""

from __future__ import annotations

import io
import json
import random

import numpy as np
import pytest

from rashomon.stories import state as cluster_state
from rashomon.stories.cluster import ClusterRecord, StoryClusterer
from rashomon.stories.state import dump, load

_PLACES = ["Valparaiso", "Kessing", "Lindqvist", "Tarnby", "Quarne", "Halden", "Selmar", "Korvath"]
_THINGS = ["earthquake", "strike", "election", "flood", "summit", "fire", "trial", "storm"]


def stream(n: int, seed: int = 3) -> list[ClusterRecord]:
    """Articles about a few dozen invented events, some reprinted word for word."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        event = rng.randrange(30)
        place, thing = _PLACES[event % 8], _THINGS[event // 4 % 8]
        words = [f"{place} {thing} report {event}"] + [rng.choice(_THINGS + _PLACES + ["said", "officials", "on", "Monday"])
                                                       for _ in range(60)]
        text = " ".join(words) if i < 10 or rng.random() > 0.2 else records[rng.randrange(len(records))].text
        records.append(ClusterRecord(id=f"r{i}", title=f"{place} {thing}", text=text,
                                     date=f"2024-01-{1 + i // 40:02d}"))
    return records


def test_state_goes_on_exactly_with_small_bounds() -> None:
    """With bounds small enough that the resumed clusterer evicts near-duplicate originals
    and recent vectors it was given back, it still places every article as the clusterer
    that never stopped, and saves the same bytes."""
    options = dict(duplicate_capacity=25, refine_window=40, max_open=12)
    records = stream(240)
    whole = StoryClusterer(**options)
    placed = [whole.assign(r) for r in records]
    first = StoryClusterer(**options)
    for r in records[:120]:
        first.assign(r)
    resumed = load(dump(first), **options)
    assert [resumed.assign(r) for r in records[120:]] == placed[120:]
    assert any(p.duplicate_of for p in placed[120:])
    assert dump(resumed) == dump(whole)
    assert resumed.refine(2) == whole.refine(2)


def test_the_clusterer_hands_over_and_takes_back_its_state_without_bytes() -> None:
    """to_state() / from_state() is the whole contract: the byte format only encodes it."""
    options = dict(duplicate_capacity=25, refine_window=40, max_open=12)
    records = stream(160)
    whole = StoryClusterer(**options)
    placed = [whole.assign(r) for r in records]
    first = StoryClusterer(**options)
    for r in records[:80]:
        first.assign(r)
    state = first.to_state()
    assert cluster_state.decode(cluster_state.encode(state)).story_of == state.story_of
    resumed = StoryClusterer.from_state(state, **options)
    assert [resumed.assign(r) for r in records[80:]] == placed[80:]
    with pytest.raises(ValueError, match="other settings.*max_open"):
        StoryClusterer.from_state(state, duplicate_capacity=25, refine_window=40, max_open=13)


def test_an_older_version_is_refused_with_its_version_named() -> None:
    buffer = io.BytesIO()
    header = json.dumps({"version": "rashomon.stories.cluster-state/1", "options": {}}).encode()
    np.savez(buffer, header=np.frombuffer(header, dtype=np.uint8))
    with pytest.raises(ValueError, match="version 'rashomon.stories.cluster-state/1'.*reads 'rashomon.stories.cluster-state/2'"):
        load(buffer.getvalue())


def test_the_archive_holds_no_pickle_and_each_record_id_once() -> None:
    clusterer = StoryClusterer()
    for r in stream(200):
        clusterer.assign(r)
    archive = np.load(io.BytesIO(dump(clusterer)), allow_pickle=False)  # raises on an object array
    names = json.loads(archive["names"].tobytes())
    assert len(names) == len(set(names))
    assert set(names) <= {f"r{i}" for i in range(200)}
    assert json.loads(archive["header"].tobytes())["version"] == cluster_state.VERSION
    for key in ("centroid_terms", "posting_terms", "recent_terms"):
        assert archive[key].dtype == np.uint32
