"""What every match of a regex holds: strings of which each match holds one (:func:`regex_needles`),
tested for in a text (:func:`case_blind`, :func:`may_hold`) before the regex scans it: the framing
lexicon's entries, the kinds of promotion of a line.

The pattern is read here rather than by the standard library's private parser (``re._parser``),
whose shape changes between Python versions. It reads as that parser does where it matters: an
alternation's branches give up their common opening ("\\bradicals\\b|\\bradical\\b" holds "radical"),
a group without flags opens up, "[.]" is ".", a quantified item may be missing. What it does not
know it takes for "anything" (an escape such as "\\n", a verbose pattern, a lookaround), which can
only cost a needle: a missing or shorter needle costs time, never a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

__all__ = ["case_blind", "may_hold", "regex_needles", "scan"]


class _Item(NamedTuple):
    """An item of a pattern's top level: an ASCII character it writes out (``char``), or anything
    else (``other``: a class, an assertion, a group kept whole, a quantified item) with, for a
    group every match of which holds one of some strings, those strings (``needles``)."""

    kind: str
    text: str
    needles: tuple[str, ...] = ()


_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_FLAGS_ONLY = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)": the whole pattern's flags, no item
_GROUP_OPENING = re.compile(r"\((?:\?(?:P?<(?=[\w])[^>]*>|[aiLmsux-]*:|[=!>]|<[=!]))?")


# The characters other than an ASCII letter's two cases that Python's case-blind regex takes for
# it: dotted and dotless I, the Kelvin sign, the long s.
_CASE_BLIND_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})


def case_blind(text: str) -> str:
    """``text`` folded so that wherever a regex matches it, case ignored or not, one of the regex's
    needles is a substring of the fold (:func:`may_hold`)."""
    return text.translate(_CASE_BLIND_FOLDS).lower()


def may_hold(needles: tuple[str, ...], folded: str) -> bool:
    """False when a regex with these needles cannot match the text ``folded`` was made from
    (:func:`case_blind`): each needle is missing. A few substring tests cost far less than a scan."""
    if not needles:
        return True
    for needle in needles:
        if needle in folded:
            return True
    return False


_OF_PATTERN: dict[re.Pattern[str], tuple[str, ...]] = {}  # the needles of each pattern scan() was given


def scan(regex: re.Pattern[str], text: str, folded: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, nothing scanned where ``folded`` (:func:`case_blind` of ``text``)
    holds none of the regex's needles. For a module's fixed patterns: each one's needles are read
    once and kept."""
    needles = _OF_PATTERN.get(regex)
    if needles is None:
        needles = _OF_PATTERN[regex] = regex_needles(regex)
    return regex.finditer(text) if may_hold(needles, folded) else iter(())


def regex_needles(regex: re.Pattern[str]) -> tuple[str, ...]:
    """Strings in lower case of which every match of ``regex`` holds one (in either case): the
    longest run of ASCII characters it writes out at its top level, or, where that is longer, what
    the branches of an alternation hold, one needle or more each ("\\bgrim\\b|\\bbleak\\b" holds
    "grim" or "bleak"). Empty when nothing is known (a branch that holds nothing known)."""
    if regex.flags & re.VERBOSE:
        return ()  # white space would not be what it seems
    items, _ = _alternation(regex.pattern, 0)
    return _best(items)


def _best(items: list[_Item]) -> tuple[str, ...]:
    """The needles of a run of items: its longest run of characters, or a group's needles where
    their shortest is longer (fewer needles first among equals); () when there are none."""
    candidates: list[tuple[str, ...]] = [item.needles for item in items if item.needles]
    run = ""
    for item in items + [_Item("other", "")]:
        if item.kind == "char":
            run += item.text.lower()
        elif run:
            candidates.append((run,))
            run = ""
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=())


def _alternation(pattern: str, i: int) -> tuple[list[_Item], int]:
    """The items of ``pattern`` from ``i`` up to an unmatched ")" or the end, and where that is; the
    branches of an alternation give up their common opening, as Python's regex parser does, and
    the rest stands as one item holding the needles of every branch."""
    start = i
    branches: list[list[_Item]] = [[]]
    while i < len(pattern) and pattern[i] != ")":
        if pattern[i] == "|":
            branches.append([])
            i += 1
            continue
        item, i = _item(pattern, i)
        branches[-1].extend(item)
        quantifier = _QUANTIFIER.match(pattern, i)
        if quantifier and branches[-1]:
            last = branches[-1].pop()
            branches[-1].append(_Item("other", last.text + quantifier.group()))
            i = quantifier.end()
    if len(branches) == 1:
        return branches[0], i
    each = [_best(b) for b in branches]
    needles = _fewest(n for ns in each for n in ns) if all(each) else ()
    prefix: list[_Item] = []
    while all(branches) and all(b[0] == branches[0][0] for b in branches):
        prefix.append(branches[0][0])
        branches = [b[1:] for b in branches]
    return prefix + [_Item("other", pattern[start:i], needles)], i


def _fewest(needles: Iterable[str]) -> tuple[str, ...]:
    """The needles less any that holds another (a text with "claimed" holds "claim"), in order."""
    unique = list(dict.fromkeys(needles))
    return tuple(n for n in unique if not any(o != n and o in n for o in unique))


def _item(pattern: str, i: int) -> tuple[list[_Item], int]:
    """The item at ``i`` (a group without flags or name is opened up; a capturing group stands
    whole, with its needles) and where the next one starts."""
    ch = pattern[i]
    if ch == "\\":
        escaped = pattern[i + 1 : i + 2]
        if escaped.isascii() and not escaped.isalnum():
            return [_Item("char", escaped)], i + 2
        return [_Item("other", pattern[i : i + 2])], i + 2
    if ch == "[":
        end = _class_end(pattern, i)
        body = pattern[i + 1 : end - 1]
        if len(body) == 1 and body not in "^\\" and body.isascii():
            return [_Item("char", body)], end  # "[.]" is "."
        return [_Item("other", pattern[i:end])], end
    if ch == "(":
        flags = _FLAGS_ONLY.match(pattern, i)
        if flags:
            return [], flags.end()
        if pattern.startswith("(?#", i):
            return [], pattern.index(")", i) + 1  # a comment
        opening = _GROUP_OPENING.match(pattern, i)
        inner, end = _alternation(pattern, opening.end())
        end += 1  # the ")"
        if opening.group() == "(?:" and not _QUANTIFIER.match(pattern, end):
            return inner, end
        capturing = opening.group().startswith("(?P<") or (opening.group() == "(" and pattern[i + 1 : i + 2] != "?")
        return [_Item("other", pattern[i:end], _best(inner) if capturing else ())], end
    if ch.isascii() and ch not in ".^$":
        return [_Item("char", ch)], i + 1
    return [_Item("other", ch)], i + 1


def _class_end(pattern: str, i: int) -> int:
    """Where the character class opening at ``i`` ends (just after its "]")."""
    i += 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1
