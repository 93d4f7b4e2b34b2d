"""Which one of several: "a fire in its No. 2 engine" / "its engine number 1 caught fire".

A designation is a figure after "No." or "number" that picks one of a kind of thing ("No. 2
engine", "engine No. 2", "engine number 2"); it counts nothing, though the number reader may read it as a figure ("the figure": 41 / No. 44).
Two articles disagree on which one when sentences telling one matter (aligned, or as similar as
figures must be to be compared) designate one kind of thing with different figures, and neither
article designates the other's anywhere (an article that tells of engines 1 and 2 speaks of
two engines). Reported as a ``number`` conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ...model import Claim
from ...text.stems import suffix_stem
from .common import STOP, Disagreement, Side

_MARK = re.compile(r"\b(?:No\.?|no\.|[Nn]umber)\s*(\d{1,3})\b")
_WORD_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]{3,})\b")


def designations(claim: Claim) -> list[tuple[str, str, int, int]]:
    """(noun stem, figure, start, end) of each designation in the claim (article offsets): the
    noun before the mark ("engine number 1"), else the noun after it ("its No. 2 engine")."""
    out = []
    for m in _MARK.finditer(claim.text):
        before = _WORD_BEFORE.search(claim.text, max(0, m.start() - 20), m.start())
        if before and before.group(1) not in STOP:
            out.append((suffix_stem(before.group(1)), m.group(1), claim.start + before.start(1), claim.start + m.end()))
            continue
        after = _WORD_AFTER.match(claim.text, m.end())
        if after and after.group(1) not in STOP:
            out.append((suffix_stem(after.group(1)), m.group(1), claim.start + m.start(), claim.start + after.end()))
    return out


def designation_findings(
    claims: Sequence[Claim], similarity: object, floor: float, index: dict[str, int]
) -> Iterable[Disagreement]:
    found = [(c, d) for c in claims for d in designations(c)]
    told: dict[tuple[str, str], set[str]] = {}  # (article, noun) -> every figure it designates
    for c, (noun, n, _, _) in found:
        told.setdefault((c.article, noun), set()).add(n)
    done: set[tuple[str, str, str]] = set()
    for x, (a, (noun, n, sa, ea)) in enumerate(found):
        for b, (noun_b, m, sb, eb) in found[x + 1 :]:
            if a.article == b.article or noun != noun_b or n == m or (a.article, b.article, noun) in done:
                continue
            if m in told[(a.article, noun)] or n in told[(b.article, noun)]:
                continue  # an article that names both tells of two
            if similarity[index[a.id], index[b.id]] < floor:  # type: ignore[index]
                continue
            done.add((a.article, b.article, noun))
            yield Disagreement(
                "number", f"which {noun}",
                Side(claim=a, value=a.text[sa - a.start : ea - a.start], normalized=n, start=sa, end=ea),
                Side(claim=b, value=b.text[sb - b.start : eb - b.start], normalized=m, start=sb, end=eb),
            )
