"""A CheckList (Ribeiro et al. 2020) of page furniture: invented articles of ten kinds of news page (wire, tabloid,
trade press, machine-translated state agency, campaign group, union, club fan site, partisan site, local paper,
broadcaster), each with one line placed inside it. A furniture line (promo, byline, newsletter plea, related link,
sign-off, photo credit, subscription nag, correction note, share prompt, cookie notice, tip line, donation appeal,
club chant, agency slug ...) must be removed by cleaning; a story line that looks like furniture (a short quote, a
one-line paragraph, a list of figures, a reporter's question, a line with a link or handle, a closing line with
"will") must be kept, and so must every line of the article around it.

Rows (tests/boilerplate_checklist_rows.py, and the second rows of seven more kinds of page in
tests/boilerplate_checklist_rows19.py) alternate between a fixing half and a held-out half within each label and
each list; held-out halves are reported as totals only (``--misses`` lists the fixing halves alone).

usage: python bench/boilerplate_checklist.py [--misses]

Writes ``bench/results/boilerplate_checklist.{json,md}`` (without ``--misses``).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "tests"))

from boilerplate_checklist_rows import ARTICLES as ARTICLES18, ROWS  # noqa: E402
from boilerplate_checklist_rows19 import ARTICLES19, ROWS19  # noqa: E402
from common import write_result  # noqa: E402

from rashomon.comparison.clean import clean  # noqa: E402
from rashomon.sources.files import text_document  # noqa: E402

ARTICLES = {**ARTICLES18, **ARTICLES19}
PLACES = {"first": 0, "top": 1, "mid": 3, "end": 5}


def article_lines(genre: str, place: str, line: str) -> tuple[list[str], int]:
    """The article's raw lines (headline first) with ``line`` placed, and the placed line's index."""
    _outlet, headline, paragraphs = ARTICLES[genre]
    body = list(paragraphs)
    at = PLACES[place]
    body.insert(at, line)
    return [headline, *body], at + 1


def judge(genre: str, place: str, line: str) -> tuple[bool, int]:
    """Whether the placed line was removed, and how many of the article's own lines were removed."""
    lines, at = article_lines(genre, place, line)
    outlet = ARTICLES[genre][0]
    doc = text_document("\n".join(lines), source=f"{genre}.txt", outlet=outlet, fallback_title=lines[0])
    _text, removed = clean(doc)
    gone = {r.line for r in removed}
    return at in gone, len(gone - {at})


def halves(rows: list[tuple[str, str, str, str]] | None = None) -> dict[str, list[tuple[str, str, str, str]]]:
    """Fixing and held-out halves of ``rows`` (the first rows by default): every other row within each label."""
    out: dict[str, list[tuple[str, str, str, str]]] = {"fixing": [], "held-out": []}
    seen = {"boiler": 0, "story": 0}
    for row in ROWS if rows is None else rows:
        half = "fixing" if seen[row[0]] % 2 == 0 else "held-out"
        seen[row[0]] += 1
        out[half].append(row)
    return out


def all_halves() -> dict[str, list[tuple[str, str, str, str]]]:
    """The first rows' halves, then the second rows' halves named "new fixing" and "new held-out"."""
    out = halves(ROWS)
    out.update({f"new {half}": rows for half, rows in halves(ROWS19).items()})
    return out


def score(rows: list[tuple[str, str, str, str]]) -> tuple[dict[str, int], list[str]]:
    counts = {"boiler": 0, "found": 0, "story": 0, "lost": 0, "context_lost": 0}
    misses: list[str] = []
    for label, genre, place, line in rows:
        gone, context = judge(genre, place, line)
        counts["context_lost"] += context
        if context:
            misses.append(f"context lost ({context}) around: [{genre}/{place}] {line}")
        if label == "boiler":
            counts["boiler"] += 1
            counts["found"] += gone
            if not gone:
                misses.append(f"furniture kept: [{genre}/{place}] {line}")
        else:
            counts["story"] += 1
            counts["lost"] += gone
            if gone:
                misses.append(f"story lost: [{genre}/{place}] {line}")
    return counts, misses


def main(argv: list[str]) -> int:
    show = "--misses" in argv
    result: dict[str, dict[str, int]] = {}
    lines = ["# Boilerplate checklist", "", "| half | furniture found | story lines lost | article lines lost |",
             "|---|---|---|---|"]
    for half, rows in all_halves().items():
        counts, misses = score(rows)
        result[half] = counts
        text = (f"{half}: furniture found {counts['found']}/{counts['boiler']}  story lines lost "
                f"{counts['lost']}/{counts['story']}  article lines lost {counts['context_lost']}")
        print(text)
        lines.append(f"| {half} | {counts['found']}/{counts['boiler']} | {counts['lost']}/{counts['story']} "
                     f"| {counts['context_lost']} |")
        if show and half.endswith("fixing"):
            for miss in misses:
                print("  " + miss)
    if not show:
        write_result("boilerplate_checklist", result, "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
