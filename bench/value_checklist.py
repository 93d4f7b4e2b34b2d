"""The value CheckList (tests/value_checklist_pairs.py) through the conflict finder: per class, how many
rows of each half get what their label owes (a value conflict for "conflict"; no conflict of any kind for
"agree").

    python bench/value_checklist.py [--misses] [--days]

A value conflict is one of :data:`VALUE_KINDS`. ``--misses`` lists the failing rows of the fixing half
only; the held-out half is totals only, so rules are not read off it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # tests.conftest imports its neighbours by name

from tests import value_checklist_pairs as checklist  # noqa: E402

VALUE_KINDS = frozenset({"number", "date", "time", "weekday", "span", "age"})


def conflicts_of(*texts: str, date: str | None) -> list:
    """The conflicts among short articles a1, a2 (Outlet A, B) dated ``date``, with the entity stage."""
    from rashomon.backends.embedders import get_embedder
    from rashomon.comparison.align import align_claims
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts import find_conflicts
    from rashomon.comparison.entities import resolve_entities
    from rashomon.comparison.segment import segment
    from rashomon.model import Article

    articles = [
        Article(id=f"a{i + 1}", source=f"Outlet {'AB'[i]}", title="", text=t, sentences=segment(f"a{i + 1}", t), date=date)
        for i, t in enumerate(texts)
    ]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=resolve_entities(articles))
    return find_conflicts(claims, alignment, resolve_entities(articles), articles)


def passes(row: tuple[str, str, str, str]) -> tuple[bool, list]:
    """Whether the row gets what its label owes, and the conflicts that decided it."""
    lead = checklist.LEADS[row[0]] + " "
    found = conflicts_of(lead + row[1], lead + row[2], date=checklist.date_of(row))
    if row[3] == "conflict":
        values = [c for c in found if c.kind in VALUE_KINDS]
        return bool(values), values
    return not found, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the fixing half's failing rows")
    parser.add_argument("--days", action="store_true", help="only the day classes (days18)")
    args = parser.parse_args()
    score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row in checklist.PAIRS:
        if args.days and row[0] not in checklist.DAY_CLASSES:
            continue
        ok, found = passes(row)
        h = checklist.half(row)
        for key in ((h, row[0]), (h, "= " + row[3])):
            score[key][0] += ok
            score[key][1] += 1
        if args.misses and h == "fixing" and not ok:
            print(f"MISS [{row[0]}/{row[3]}] {row[1]}  ||  {row[2]}")
            for c in found:
                print(f"    found {c.kind}: {c.explanation}")
    classes = list(dict.fromkeys(r[0] for r in checklist.PAIRS))
    print(f"{'class':16} fixing   held-out")
    classes = [c for c in classes if score[("fixing", c)][1] + score[("held-out", c)][1]]
    for c in [*classes, "= conflict", "= agree"]:
        f, o = score[("fixing", c)], score[("held-out", c)]
        print(f"{c:16} {f[0]}/{f[1]:<6} {o[0]}/{o[1]}")
    totals = [sum(score[(h, c)][i] for c in classes) for h in ("fixing", "held-out") for i in (0, 1)]
    print(f"{'= all':16} {totals[0]}/{totals[1]:<6} {totals[2]}/{totals[3]}")
    days = [sum(score[(h, c)][i] for c in checklist.DAY_CLASSES) for h in ("fixing", "held-out") for i in (0, 1)]
    print(f"{'= day classes':16} {days[0]}/{days[1]:<6} {days[2]}/{days[3]}")


if __name__ == "__main__":
    main()
