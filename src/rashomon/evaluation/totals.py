"""Scores summed over many stories: totals per measure, breakdowns by kind, and every list.

A set's ratio is its summed found over its summed total (not a mean of story ratios), so a story
with 30 framing cues weighs more than one with 3. Counts are summed; lists are concatenated, each
item prefixed with its story.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .scores import Scores

# Every list a developer reads to fix a mechanism: name -> (field, attribute or None).
LISTS: dict[str, tuple[str, str | None]] = {
    "missed-shared": ("shared", "missed"),
    "missed-unique": ("unique", "missed"),
    "unique-agreed": ("unique_agreed", None),
    "missed-conflicts": ("conflicts", "missed"),
    "wrong-kind-conflicts": ("conflict_kinds", "missed"),
    "conflicts-missing-sides": ("conflict_sides", "missed"),
    "false-conflicts": ("false_conflicts", None),
    "duplicate-conflicts": ("duplicate_conflicts", None),
    "missed-framing": ("framing", "missed"),
    "false-framing": ("framing_precision", "missed"),
    "false-hedges": ("hedges", "missed"),
    "wire-cues": ("wire_cues", None),
    "missed-boilerplate": ("boilerplate", "missed"),
    "lost-lines": ("content_lost", None),
    "entities-not-merged": ("entities", "missed"),
    "missed-garbles": ("garbled", "missed"),
    "wrong-flags": ("false_flags", None),
    "uncited-digest": ("digest", "missed"),
    "unsupported-digest": ("digest_supported", "missed"),
    "loaded-in-digest": ("digest_loaded", None),
    "absent-from-text": ("absent_from_text", None),
}

BREAKDOWNS = ("shared_by_size", "conflicts_by_kind", "framing_by_kind")


def story_list(scores: Scores, name: str) -> tuple[str, ...]:
    field, attr = LISTS[name]
    value = getattr(scores, field)
    return tuple(getattr(value, attr) if attr else value)


def totals(stories: Mapping[str, Scores]) -> dict[str, Any]:
    """``{"stories", "tallies": {name: [found, total]}, "ratios", "counts", "by": {breakdown: {label:
    [found, total]}}, "lists": {list: [items]}}`` over ``{story name: scores}``."""
    tallies: dict[str, list[int]] = {name: [0, 0] for name in Scores.RATIOS}
    counts: dict[str, int] = {name: 0 for name in Scores.COUNTS}
    by: dict[str, dict[str, list[int]]] = {name: {} for name in BREAKDOWNS}
    lists: dict[str, list[str]] = {name: [] for name in LISTS}
    empty_digests = 0
    for story, scores in stories.items():
        for name in Scores.RATIOS:
            tally = getattr(scores, name)
            tallies[name][0] += tally.found
            tallies[name][1] += tally.total
        for name, value in scores.counts().items():
            counts[name] += value
        for name in BREAKDOWNS:
            for tally in getattr(scores, name):
                cell = by[name].setdefault(tally.label, [0, 0])
                cell[0] += tally.found
                cell[1] += tally.total
        for name in LISTS:
            lists[name] += [f"{story}: {item}" for item in story_list(scores, name)]
        empty_digests += scores.digest.total == 0
    ratios = {name: (f / t if t else 1.0) for name, (f, t) in tallies.items()}
    counts["empty_digests"] = empty_digests
    n = len(stories)
    derived = {
        "false_conflicts_per_story": counts["false_conflicts"] / n if n else 0.0,
    }
    return {"stories": n, "tallies": tallies, "ratios": ratios, "counts": counts, "derived": derived, "by": by, "lists": lists}


def shortfalls(measured: Mapping[str, Any], floors: Mapping[str, float], ceilings: Mapping[str, float]) -> list[str]:
    """The measures of a set's totals below their floor or above their ceiling, in words."""
    out = []
    for name, floor in floors.items():
        value = measured["ratios"].get(name)
        if value is not None and value < floor:
            out.append(f"{name} {value:.4f} < floor {floor:.4f}")
    for name, ceiling in ceilings.items():
        value = measured["counts"].get(name)
        if value is not None and value > ceiling:
            out.append(f"{name} {value} > ceiling {ceiling}")
    return out
