"""Build src/rashomon/data/framing_subjectivity.tsv from Pattern's English subjectivity lexicon.

    pip install textblob==0.20.1      # only to build; rashomon does not depend on it
    python scripts/build_framing_subjectivity.py [--xml PATH]

Source: ``en-sentiment.xml`` of Pattern (De Smedt & Daelemans 2012, "Pattern for Python", JMLR 13),
as shipped in the TextBlob wheel (``textblob/en/en-sentiment.xml``; TextBlob is MIT, the lexicon
file itself declares ``license="PDDL"``, the Open Data Commons Public Domain Dedication). About
2,900 word senses, mostly adjectives, each hand-rated (or inferred) for polarity (-1..1),
subjectivity (0 objective .. 1 subjective) and intensity (adverbs such as "very": > 1).

Written: one line per word form (lower-cased), the mean over its senses, as
``word<TAB>subjectivity<TAB>polarity<TAB>intensity``, sorted, with a header of comment lines.
"""

from __future__ import annotations

import argparse
import importlib.util
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "data" / "framing_subjectivity.tsv"


def _installed_xml() -> Path:
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("textblob is not installed: pip install textblob==0.20.1, or pass --xml")
    return Path(list(spec.submodule_search_locations)[0]) / "en" / "en-sentiment.xml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xml", type=Path, default=None, help="path of en-sentiment.xml (default: the installed textblob's)")
    args = parser.parse_args()
    path = args.xml or _installed_xml()
    root = ET.parse(path).getroot()
    if root.get("license") != "PDDL":
        raise SystemExit(f"{path}: expected license=\"PDDL\", found {root.get('license')!r}; check the licence before shipping")
    senses: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for word in root.iter("word"):
        form = (word.get("form") or "").strip().lower()
        if form and "\t" not in form:
            senses[form].append((float(word.get("subjectivity", 0)), float(word.get("polarity", 0)), float(word.get("intensity", 1))))
    lines = [
        "# Pattern's English subjectivity lexicon (De Smedt & Daelemans 2012), from en-sentiment.xml as shipped in TextBlob 0.20.1.",
        "# Licence of the lexicon: PDDL (Open Data Commons Public Domain Dedication), as the file declares.",
        "# Built by scripts/build_framing_subjectivity.py: per word form, the mean over its senses.",
        "# word\tsubjectivity\tpolarity\tintensity",
    ]
    for form in sorted(senses):
        rows = senses[form]
        mean = [sum(r[i] for r in rows) / len(rows) for i in range(3)]
        lines.append(f"{form}\t{mean[0]:.3f}\t{mean[1]:.3f}\t{mean[2]:.3f}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(senses)} word forms from {path}")


if __name__ == "__main__":
    main()
