"""The place CheckList (tests.place_checklist_pairs.py) through the conflict finder: per class, how
many rows of each half get what their label owes (a name conflict for "conflict", none for
"agree" and "unrelated").

usage: python bench/place_checklist.py [--misses] [--half fixing|held-out]

``--misses`` lists the failing rows of the fixing half only; the held-out half is totals only.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.place_checklist_pairs import PAIRS, half  # noqa: E402
from rashomon.comparison.segment import segment  # noqa: E402
from rashomon.model import Article  # noqa: E402


def make_article(article_id: str, text: str, source: str) -> Article:
    return Article(id=article_id, source=source, title="", text=text, sentences=segment(article_id, text))


def name_conflicts(a_text: str, b_text: str) -> list:
    """The name conflicts between two short articles, read as the pipeline reads them (tfidf)."""
    from rashomon.backends.embedders import get_embedder
    from rashomon.comparison.align import align_claims
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts import find_conflicts
    from rashomon.comparison.entities import resolve_entities

    articles = [make_article("a1", a_text, "Outlet A"), make_article("a2", b_text, "Outlet B")]
    entities = resolve_entities(articles)
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    return [c for c in find_conflicts(claims, alignment, entities, articles) if c.kind == "name"]


def passes(row: tuple[str, str, str, str]) -> tuple[bool, list]:
    found = name_conflicts(row[1], row[2])
    return bool(found) is (row[3] == "conflict"), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the fixing half's failing rows")
    args = parser.parse_args()
    score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    by_label: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in PAIRS:
        ok, found = passes(row)
        h = half(row)
        score[(h, row[0])][0] += ok
        score[(h, row[0])][1] += 1
        by_label[(h, row[3])][0] += ok
        by_label[(h, row[3])][1] += 1
        if args.misses and h == "fixing" and not ok:
            print(f"MISS [{row[0]}/{row[3]}] {row[1]}  ||  {row[2]}")
            for c in found:
                print("    found:", c.explanation if hasattr(c, "explanation") else c)
    classes = sorted({r[0] for r in PAIRS}, key=lambda c: [r[0] for r in PAIRS].index(c))
    print(f"{'class':16} fixing   held-out")
    for c in classes:
        f, o = score[("fixing", c)], score[("held-out", c)]
        print(f"{c:16} {f[0]}/{f[1]:<6} {o[0]}/{o[1]}")
    for label in ("conflict", "agree", "unrelated"):
        f, o = by_label[("fixing", label)], by_label[("held-out", label)]
        print(f"{'= ' + label:16} {f[0]}/{f[1]:<6} {o[0]}/{o[1]}")
    tf = [sum(score[(h, c)][i] for c in classes) for h in ("fixing", "held-out") for i in (0, 1)]
    print(f"{'= all':16} {tf[0]}/{tf[1]:<6} {tf[2]}/{tf[3]}")


if __name__ == "__main__":
    main()
