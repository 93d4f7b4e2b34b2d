"""The runner the two garbled-name CheckLists share (test_entities_garbled_checklist.py and
test_entities_garbled_checklist19.py): the FIXING / HELD-OUT split, the default three-outlet story,
the outcome of one row, its pytest params and the pass-rate report.

A row starts ``(class, title, usual name, variant, garbled, third outlet's text, known gap)``. Each
list keeps its own rows, its own story for a row and its own hit test: what counts as a form written
by the first two outlets too.
"""

from __future__ import annotations

import sys
import zlib
from collections import defaultdict
from collections.abc import Callable

import pytest

from entity_helpers import make
from rashomon.comparison.entities import resolve_entities
from rashomon.model import Article


def half(row: tuple) -> str:
    """FIXING or HELD-OUT, by a stable hash of the class and the variant."""
    return "FIXING" if zlib.crc32(f"{row[0]}|{row[3]}".encode()) % 2 == 0 else "HELD-OUT"


def surname(name: str) -> str:
    return name.split()[-1]


def default_story(title: str, usual: str, variant: str, third: str | None) -> list[Article]:
    """Two outlets write the usual form (full, then the surname); the third writes ``third``, or the
    variant in the same two shapes."""
    last = surname(usual)
    return [
        make("o1", f"{title} {usual} met the delegation in the capital on Monday. {last} said the talks were useful."),
        make("o2", f"{title} {usual} spoke to reporters on Tuesday. {last} promised a new plan for the harbour."),
        make("o3", third or f"{title} {variant} arrived for the talks on Monday. "
                            f"{surname(variant)} said the meeting went well."),
    ]


def outcome(articles: list[Article], garbled: bool,
            written_by_others: Callable[[str, str], bool]) -> tuple[bool, str]:
    """Whether the resolver meets a row, and what it flagged. A garbled row is met when a form flagged
    in o3 is not ``written_by_others(form, o1 and o2's text)``; any other row when nothing is flagged."""
    flagged = [s for e in resolve_entities(articles) for s in e.suspect]
    shown = "; ".join(f"{s.article}:{s.text}" for s in flagged) or "nothing"
    if garbled:
        others = articles[0].text + " " + articles[1].text
        return any(s.article == "o3" and not written_by_others(s.text, others) for s in flagged), shown
    return not flagged, shown


def params(rows: list[tuple]) -> list:
    """The rows as pytest params named ``class:variant``; a row with a known gap is a strict xfail."""
    return [pytest.param(r, id=f"{r[0]}:{r[3]}",
                         marks=[pytest.mark.xfail(reason=r[6], strict=True)] if r[6] else [])
            for r in rows]


def report(rows: list[tuple], row_outcome: Callable[[tuple], tuple[bool, str]], kind: Callable[[tuple], str],
           width: int, which: str = "all", totals: bool = False) -> None:
    """Print the pass rate by half and class (and by half and ``kind``, an ``ALL ...`` name), only the
    ``ALL`` lines when ``totals``; failures are listed for FIXING or with ``--show-all``."""
    by: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        h = half(row)
        if which != "all" and h != which:
            continue
        ok, shown = row_outcome(row)
        for key in ((h, row[0]), (h, kind(row))):
            by[key][0] += ok
            by[key][1] += 1
        if not ok and (which == "FIXING" or "--show-all" in sys.argv):
            print(f"  FAIL {h} {row[0]}: {row[2]!r} -> {row[3]!r}: flagged {shown}")
    for (h, cls), (n, total) in sorted(by.items()):
        if totals and not cls.startswith("ALL"):
            continue
        print(f"{h:9} {cls:{width}} {n}/{total}")


def which_half() -> str:
    """The half named on the command line (FIXING, HELD-OUT), or all."""
    return sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "all"
