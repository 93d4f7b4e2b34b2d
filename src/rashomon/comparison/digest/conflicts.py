"""A conflict told once in the digest: "Sources differ on <what>: A and C say X; B says Y."."""

from __future__ import annotations

import re

from ...model import Conflict, DigestSentence


def conflict_sentence(conflict: Conflict, sources: dict[str, str]) -> DigestSentence:
    """"Sources differ on the day: A and C say “Sunday”; B says “Saturday”." with every side.

    Values are quoted as written ("$1 trillion", not its normalised number)."""
    grouped = len({side.group for side in conflict.sides}) > 1  # else: a conflict without groups
    groups: dict[object, list] = {}
    for side in conflict.sides:
        groups.setdefault(side.group if grouped else side.value.lower(), []).append(side)
    told = "; ".join(
        " and ".join(dict.fromkeys(sources.get(s.article, s.article) for s in sides))
        + (" say " if len({s.article for s in sides}) > 1 else " says ") + f"“{sides[0].value}”"
        for sides in groups.values()
    )
    label = re.sub(r"\s+differs?$", "", conflict.explanation.split(":", 1)[0].strip()) or conflict.kind
    return DigestSentence(text=f"Sources differ on {label}: {told}.", citations=tuple(dict.fromkeys(s.sentence for s in conflict.sides)))
