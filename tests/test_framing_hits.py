"""Candidate cues: where hits of one family overlap, one is kept (the longest, then the best ranked)."""

from __future__ import annotations

import random

from rashomon.comparison.framing.hits import _FAMILY, _Hit, _resolve


def resolve_by_walk(hits: list[_Hit]) -> list[_Hit]:
    """The rule read plainly: each hit, longest first, against every hit kept before it."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.rank, h.start)):
        if not any(_FAMILY[k.kind] == _FAMILY[hit.kind] and k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    return kept


def test_overlapping_hits_of_one_family_keep_the_longest():
    hits = [_Hit("loaded", 10, 15, "a"), _Hit("naming", 5, 20, "b"), _Hit("hedge", 12, 14, "c"), _Hit("loaded", 20, 22, "d")]
    assert [h.note for h in _resolve(hits)] == ["b", "c", "d"]  # "a" lies inside "b" (both wording); "d" only touches it


def test_resolve_keeps_what_a_walk_over_every_kept_hit_keeps():
    rng = random.Random(3)
    for _ in range(200):
        hits = []
        for n in range(rng.randint(0, 30)):
            start = rng.randint(0, 60)
            hits.append(_Hit(rng.choice(list(_FAMILY)), start, start + rng.randint(0, 8), str(n), rank=rng.randint(0, 3)))
        assert _resolve(hits) == resolve_by_walk(hits)
