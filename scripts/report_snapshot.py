"""Write each bundle's JSON report to a folder, to check that a change leaves every report byte-identical.

    python scripts/report_snapshot.py OUT [--set stories-dev --set examples ...] [--embedder static]
    diff -r BEFORE AFTER

One file per bundle, ``OUT/<set>/<slug>.json``: the report as ``rashomon compare --format json``
writes it, less ``settings.timings`` (wall-clock seconds, different on every run), with the
package's and the repository's folders written ``<rashomon>`` and ``<repository>`` (the bundled
examples' paths are inside the package, the blind sets' inside the repository). The sets are
bench/quality.py's (stories-dev, the stories-fresh sets, seeds, examples) less any it holds out;
``--set`` picks some. Run it on two checkouts (PYTHONPATH=<checkout>/src) and diff the folders.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from quality import HELD_OUT, ROOT, SETS, stories_of  # noqa: E402

import rashomon  # noqa: E402
from rashomon.comparison.pipeline import compare  # noqa: E402
from rashomon.settings import Settings  # noqa: E402


def snapshot(out: Path, sets: list[str], embedder: str) -> int:
    """Write the reports; returns how many were written."""
    written = 0
    for set_name in sets:
        folder = out / set_name
        folder.mkdir(parents=True, exist_ok=True)
        for slug, _gold, sources in stories_of(set_name):
            report = compare(sources, settings=Settings(embedder=embedder)).to_dict()
            report["settings"].pop("timings", None)
            text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
            text = text.replace(str(Path(rashomon.__file__).resolve().parent), "<rashomon>").replace(str(ROOT), "<repository>")
            (folder / f"{slug}.json").write_text(text, encoding="utf-8")
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--set", action="append", dest="sets", help="a set of bench/quality.py (default: every set not held out)")
    parser.add_argument("--embedder", default="static")
    args = parser.parse_args()
    sets = args.sets or [s for s in SETS if s not in HELD_OUT]
    print(f"{snapshot(args.out, sets, args.embedder)} reports written to {args.out}")


if __name__ == "__main__":
    main()
