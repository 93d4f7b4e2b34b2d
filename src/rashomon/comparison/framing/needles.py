"""What every match of a regex holds: the longest run of characters it writes out at its top level
(:func:`regex_needle`), which the framing lexicon tests for before it scans a text with the regex.

The pattern is read here rather than by the standard library's private parser (``re._parser``),
whose shape changes between Python versions. It reads as that parser does where it matters: an
alternation's branches give up their common opening ("\\bradicals\\b|\\bradical\\b" holds "radical"),
a group without flags or name opens up, "[.]" is ".", a quantified item may be missing. What it does
not know it takes for "anything" (an escape such as "\\n", a verbose pattern), which can only shorten
a needle: a shorter needle costs time, never a match.
"""

from __future__ import annotations

import re

__all__ = ["regex_needle"]

# An item of a pattern's top level: ("char", c) for an ASCII character it writes out, ("other", its
# source) for anything else: a class, an assertion, a group kept whole, a quantified item.
_Item = tuple[str, str]
_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_FLAGS_ONLY = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)": the whole pattern's flags, no item
_GROUP_OPENING = re.compile(r"\((?:\?(?:P?<(?=[\w])[^>]*>|[aiLmsux-]*:|[=!>]|<[=!]))?")


def regex_needle(regex: re.Pattern[str]) -> str:
    """The longest run of ASCII characters a regex writes out at its top level, in lower case: every
    match holds them in a row, in either case (of a top-level alternation, only what its branches
    open with in common)."""
    if regex.flags & re.VERBOSE:
        return ""  # white space would not be what it seems
    items, _ = _alternation(regex.pattern, 0)
    best = run = ""
    for kind, text in items:
        run = run + text.lower() if kind == "char" else ""
        best = max(best, run, key=len)
    return best


def _alternation(pattern: str, i: int) -> tuple[list[_Item], int]:
    """The items of ``pattern`` from ``i`` up to an unmatched ")" or the end, and where that is; the
    branches of an alternation give up their common opening, as Python's regex parser does."""
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
            branches[-1].append(("other", last[1] + quantifier.group()))
            i = quantifier.end()
    if len(branches) == 1:
        return branches[0], i
    prefix: list[_Item] = []
    while all(branches) and all(b[0] == branches[0][0] for b in branches):
        prefix.append(branches[0][0])
        branches = [b[1:] for b in branches]
    return prefix + [("other", pattern[start:i])], i


def _item(pattern: str, i: int) -> tuple[list[_Item], int]:
    """The item at ``i`` (a group without flags or name is opened up) and where the next one starts."""
    ch = pattern[i]
    if ch == "\\":
        escaped = pattern[i + 1 : i + 2]
        if escaped.isascii() and not escaped.isalnum():
            return [("char", escaped)], i + 2
        return [("other", pattern[i : i + 2])], i + 2
    if ch == "[":
        end = _class_end(pattern, i)
        body = pattern[i + 1 : end - 1]
        if len(body) == 1 and body not in "^\\" and body.isascii():
            return [("char", body)], end  # "[.]" is "."
        return [("other", pattern[i:end])], end
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
        return [("other", pattern[i:end])], end
    if ch.isascii() and ch not in ".^$":
        return [("char", ch)], i + 1
    return [("other", ch)], i + 1


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
