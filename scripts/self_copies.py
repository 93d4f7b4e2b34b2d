"""Does an article set beside its own copy conflict with it?

An article agrees with itself on everything, so every conflict found between an article and a
word-for-word copy under another outlet's name is a false conflict of the reading, whatever the
story: this check needs no gold. Each article of the named sets (and the packaged examples) is
compared with its copy; the conflicts found are listed with the values each side holds.

    python scripts/self_copies.py --set stories-dev --set stories-fresh19
    python scripts/self_copies.py --set examples --totals-only
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from quality import SETS, stories_of  # noqa: E402

from dataclasses import replace  # noqa: E402

from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.model import Conflict  # noqa: E402
from rashomon.settings import Settings  # noqa: E402
from rashomon.sources import read_sources  # noqa: E402


def self_conflicts(path: Path, settings: Settings) -> list[Conflict]:
    """The conflicts found between the article at ``path`` and a copy of it (two outlets' names)."""
    (document,), _ = read_sources([path])
    copies = [replace(document, source=f"Copy {n}", path=f"{n}{path.suffix}") for n in ("one", "two")]
    return list(compare(copies, settings=settings).conflicts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=SETS, required=True)
    parser.add_argument("--embedder", default="static")
    parser.add_argument("--totals-only", action="store_true")
    args = parser.parse_args(argv)
    previous = logging.root.manager.disable  # the comparison's warnings are not this report's; restored after
    logging.disable(logging.WARNING)
    try:
        settings = Settings(embedder=args.embedder)
        kinds: Counter[str] = Counter()
        read = 0
        for name in args.set:
            for slug, _, paths in stories_of(name):
                for path in paths:
                    read += 1
                    for conflict in self_conflicts(path, settings):
                        kinds[conflict.kind] += 1
                        if not args.totals_only:
                            values = " / ".join(f"{s.article} {s.value!r}" for s in conflict.sides)
                            print(f"{name}/{slug}/{path.name}: {conflict.kind}: {values}")
        print(f"{read} articles, {sum(kinds.values())} conflicts with their own copies" + (f" ({dict(kinds)})" if kinds else ""))
        return 1 if kinds else 0
    finally:
        logging.disable(previous)


if __name__ == "__main__":
    raise SystemExit(main())
