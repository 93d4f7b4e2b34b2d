"""Group the misses of ``bench/conflicts_mutations.py --misses`` by the shape of the changed value's
context, so that the mechanisms behind them can be counted (mutations24's census).

    python bench/conflicts_mutations.py --misses > misses.txt
    python scripts/mutation_census.py misses.txt

Each MISS line is put in the first group whose pattern its context (around the changed value)
matches; the patterns read the original wording only, as the readers would.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

_LINE = re.compile(r"^MISS (?P<set>[^/]+)/\S+ (?P<kind>\w+) '(?P<before>[^']*)' -> '[^']*': …(?P<context>.*)…$")
_NAME = r"[A-Z][\w’'-]+"
# (kind, group, pattern on the text around the value: ``X`` stands for the changed value)
_GROUPS = [
    ("number", "age beside a name", rf"{_NAME},? (?:\(|aged )?X(?: years)?[,)]|{_NAME}, of X years|\b{_NAME} was X\.|{_NAME}, X,"),
    ("number", "end of a written range", r"\bbetween (?:X and \d|\d[\d,]* and X)|\bX (?:to|-) \d|\d (?:to|-) X\b|aged \d+ to X|\d+% and X%"),
    ("number", "part of a whole (X of N)", r"\bX of (?:its|the|his|her|their)?\s*\S*\s*\d|\bby X to \d"),
    ("number", "span or clock time", r"X (?:minutes|hours|o'clock|a\.m\.|p\.m\.|degrees)|(?:by|around|from the|the) X (?:of morning|hours of|o'clock|a\.m\.)|delay of X|X hours"),
    ("number", "label or designation", r"(?:Gate|Quay|Category|Intercity|level|station|Kiln|Ost) X\b|X out of"),
    ("number", "year or age of a thing", r"(?:since|in|year) X\b|X million years"),
    ("weekday", "reporting day (said on X)", r"\b(?:said|says|announced|told [\w ]*?|declared|ordered [\w ]+)\s+(?:in [\w ]+ )?on X\b|said in a statement on X"),
    ("weekday", "beside a date or a dateline", r"[A-Z]{3,}, X\b|X,? \d+(?:st|nd|rd|th)? [A-Z]|X, [A-Z][a-z]+ \d|\d+(?:st|nd|rd|th)? \(X\)"),
    ("weekday", "night or span of two days", r"night (?:of|between) X|X (?:to|and) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|through X"),
    ("weekday", "part of a named day", r"X (?:morning|evening|night|afternoon)|(?:early|late|dawn) on X|hours of X"),
    ("negation", "imperative (Do not ...)", r"[Dd]o X"),
    ("negation", "quotation of two clauses or two nots", r"X\b.*\bnot\b|\bnot\b.*X"),
]


def census(lines: list[str]) -> tuple[Counter, dict[tuple[str, str], set[str]]]:
    counts: Counter = Counter()
    sets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for line in lines:
        m = _LINE.match(line.rstrip("\n"))
        if not m:
            continue
        kind, context, before = m["kind"], m["context"], m["before"].strip()
        marked = context.replace(f" {before} " if kind == "negation" else before, " X " if kind == "negation" else "X", 1)
        group = next((g for k, g, p in _GROUPS if k == kind and re.search(p, marked)), "other")
        counts[kind, group] += 1
        sets[kind, group].add(m["set"])
    return counts, sets


def main(path: str) -> None:
    counts, sets = census(open(path, encoding="utf-8").readlines())
    print("| kind | mechanism | misses | sets |\n|---|---|---|---|")
    for (kind, group), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"| {kind} | {group} | {n} | {len(sets[kind, group])} |")


if __name__ == "__main__":
    main(sys.argv[1])
