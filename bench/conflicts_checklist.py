"""Run the role and quotation CheckLists (tests/roles_checklist_pairs.py, tests/quotes_checklist_pairs.py)
through the conflict finder and count failures per class.

    python bench/conflicts_checklist.py                  # totals per half, failures per class of the fixing half
    python bench/conflicts_checklist.py --show fixing    # also print the fixing half's failing rows

Rows are split into a fixing half and a held-out half by a stable hash of the two sentences; the held-out
half is only ever counted (its failing rows are not printed), so rules are not read off it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from tests import quotes_checklist_pairs, roles_checklist_pairs  # noqa: E402
from tests.conftest import resolved_conflicts_of  # noqa: E402


def half(a: str, b: str) -> str:
    """'fixing' or 'held-out', stable across runs and machines."""
    return "fixing" if hashlib.sha256((a + "\n" + b).encode()).digest()[0] % 2 == 0 else "held-out"


def found(kind: str, lead: str, a: str, b: str) -> bool:
    return any(c.kind == kind for c in resolved_conflicts_of(lead + a, lead + b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", choices=["fixing"], help="print the failing rows of the fixing half")
    args = parser.parse_args()
    for kind, module in (("role", roles_checklist_pairs), ("quote", quotes_checklist_pairs)):
        fails: Counter[tuple[str, str]] = Counter()
        rows: Counter[tuple[str, str]] = Counter()
        false_found: Counter[str] = Counter()
        for cls, a, b, conflict in module.ROWS:
            h = half(a, b)
            rows[(h, cls)] += 1
            got = found(kind, module.LEAD, a, b)
            if got != conflict:
                fails[(h, cls)] += 1
                if got:
                    false_found[h] += 1
                if args.show == h:
                    print(f"  FAIL [{cls}] expected {conflict}: {a} || {b}")
        for h in ("fixing", "held-out"):
            n = sum(v for (hh, _), v in rows.items() if hh == h)
            f = sum(v for (hh, _), v in fails.items() if hh == h)
            print(f"{kind} {h}: {n - f}/{n} pass ({false_found[h]} false conflicts)")
        classes = sorted({c for _, c in rows})
        print(f"{kind} fixing half, failures per class:")
        for cls in classes:
            if rows[("fixing", cls)]:
                print(f"  {cls:24} {fails[('fixing', cls)]}/{rows[('fixing', cls)]}")


if __name__ == "__main__":
    main()
