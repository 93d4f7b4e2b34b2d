"""How a panel split: a court's, a board's or a jury's vote told as two figures or as "unanimously".

"ruling by five votes to two", "in a 4-3 decision", "voted seven to two", "was made by 7 to 2",
"unanimously raised": the votes for and against of one decision. Two articles that tell the
decision the claims share with two different splits disagree ("5-2" / "4-3"; "7-2" /
"unanimous"). Only a panel's vote (each side at most :data:`_PANEL` votes): a parliament's "231
votes to 148" is a pair of counts the number check compares already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ...model import Claim, Value
from ..claims.number_words import UNITS
from .common import STOP, WORD, Agreeing, Disagreement, Side, word_class

_PANEL = 30  # votes on either side of a panel's decision at most
_NUM = r"(\d{1,2}|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")"
_DECISION = r"(?:decision|ruling|verdict|vote|majority|split)"
_SPLITS = (
    re.compile(rf"\b{_NUM}\s+votes?\s+(?:to|against)\s+{_NUM}\b", re.IGNORECASE),  # "by five votes to two"
    re.compile(rf"\b{_NUM}\s*[-–]\s*{_NUM}\s+{_DECISION}\b", re.IGNORECASE),  # "in a 4-3 decision"
    re.compile(rf"\bvoted\s+{_NUM}(?:\s+to\s+|\s*[-–]\s*){_NUM}\b", re.IGNORECASE),  # "voted seven to two", "voted 7-2"
    re.compile(rf"\b(?:decided|decision|ruled|ruling|approved|adopted|made)\b[^.;:]{{0,30}}\bby\s+{_NUM}\s+(?:to|against)\s+{_NUM}\b", re.IGNORECASE),
)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_REACH = 12  # words around the split that must share what was decided


@dataclass(frozen=True, slots=True)
class Split:
    votes_for: int | None  # None: "unanimously", no count told
    against: int
    start: int  # article offsets of the words that tell it
    end: int
    text: str

    @property
    def normalized(self) -> str:
        return "unanimous" if self.against == 0 and self.votes_for is None else f"{self.votes_for}-{self.against}"


def _count(word: str) -> int:
    return int(word) if word.isdigit() else UNITS[word.lower()]


def splits(claim: Claim) -> list[Split]:
    """The panel splits a claim tells (outside quotations)."""
    out: list[Split] = []
    for pattern in _SPLITS:
        for m in pattern.finditer(claim.text):
            yes, no = _count(m.group(1)), _count(m.group(2))
            if yes > _PANEL or no > _PANEL or yes < no:
                continue  # a parliament's count, or no majority of the two
            at = m.start(1)
            if any(s.start <= claim.start + at < s.end for s in out):
                continue
            out.append(Split(yes, no, claim.start + at, claim.start + m.end(2), claim.text[at : m.end(2)]))
    if not out:
        out += [Split(None, 0, claim.start + m.start(), claim.start + m.end(), m.group(0)) for m in _UNANIMOUS.finditer(claim.text)]
    return out


def _same(x: Split, y: Split) -> bool:
    if x.votes_for is None or y.votes_for is None:
        return x.against == y.against == 0
    return (x.votes_for, x.against) == (y.votes_for, y.against)


def _side(claim: Claim, split: Split) -> Side:
    return Side(claim=claim, value=split.text, normalized=split.normalized, start=split.start, end=split.end)


def _near(claim: Claim, split: Split) -> set[str]:
    """Classes of the content words within :data:`_REACH` words of a split, names and
    possessives too ("the bank's board" / "the National Bank"): who decided, and what."""
    s, e = split.start - claim.start, split.end - claim.start
    words = WORD.findall(claim.text[:s])[-_REACH:] + WORD.findall(claim.text[e:])[:_REACH]
    return {word_class(w.lower().removesuffix("'s").removesuffix("’s")) for w in words if w.lower() not in STOP and len(w) > 2}


def split_findings(a: Claim, b: Claim, told: dict[str, list[Split]] | None = None) -> Iterable[Disagreement | Agreeing]:
    """Two claims' splits of one decision: the same decision when a word (a name too: the court, the board) is near both.
    ``told``: each claim's :func:`splits` by claim id, when read already (once per claim, not once per pair)."""
    told = told if told is not None else {c.id: splits(c) for c in (a, b)}
    for x in told[a.id]:
        for y in told[b.id]:
            if not _near(a, x) & _near(b, y):
                continue  # two decisions, or no telling which
            if _same(x, y):
                yield Agreeing(_side(a, x), _side(b, y))
            elif not (x.votes_for is None and y.votes_for is None):
                yield Disagreement("number", "the vote", _side(a, x), _side(b, y))


# A score told of a vote ("voted 7-2", "a 6-3 vote") is the vote, any other one a match's score
_VOTE_WORD = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)


def voted(claim: Claim, v: Value) -> bool:
    """Whether a vote word stands at a figure: before it ("voted 7-2") or right after ("a 6-3 vote")."""
    at, end = v.start - claim.start, v.end - claim.start
    return bool(_VOTE_WORD.search(claim.text[max(0, at - 40) : at]) or _VOTE_WORD.match(claim.text[end:].lstrip()))
