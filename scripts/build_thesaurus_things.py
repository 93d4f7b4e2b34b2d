"""Rebuild src/rashomon/data/thesaurus_things.tsv from Open English WordNet (OEWN): the words that only name things.

    python scripts/build_thesaurus_things.py OEWN_CHECKOUT

OEWN_CHECKOUT as for scripts/build_thesaurus.py (a work tree or a bare git directory; nothing is
downloaded; needs PyYAML). One lower-case word a row: an OEWN lemma every sense of which, in every
part of speech, lies in a lexicographer file of physical things (:data:`THING_FILES`: a body part,
an artifact, a substance, food, a plant, an animal, a natural object, an amount), and whose commonest sense
names no animal (an animal's name is the commonest figure for people: "vermin", "vipers"). A
two-word lemma is written with a hyphen ("metal-detector"), as an outlet writes the compound.
Only words common in English text are kept (wordfreq Zipf >= :data:`MIN_ZIPF`).

"throat", "shellfish", "metal-detector", "handful" are listed; "rope" is not (a verb too: "roped in"),
nor "pocket" (a verb of taking), nor "garbage" (also worthless talk).

Read at run time by :mod:`rashomon.text.thesaurus` (``names_a_thing``), lazily. Licence and
provenance: data/thesaurus.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from build_thesaurus import _files, write_table  # noqa: E402

from rashomon.text.frequency import zipf  # noqa: E402

MIN_ZIPF = 1.5
THING_FILES = frozenset({"noun.body", "noun.artifact", "noun.substance", "noun.food", "noun.plant", "noun.animal", "noun.object", "noun.quantity"})
_WORDS = re.compile(r"^[a-z][a-z'-]*(?: [a-z][a-z'-]*)?$")  # one word or two


def thing_rows(source: Path) -> list[str]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    lexfile: dict[str, str] = {}
    entries: dict = {}
    for name, text in _files(source, ("noun.", "verb.", "adj.", "adv.", "entries-")).items():
        data = yaml.load(text, Loader=loader)
        if name.startswith("entries-"):
            entries.update(data)
        else:
            lexfile.update(dict.fromkeys(data, name.removesuffix(".yaml")))
    files: dict[str, list[str]] = {}  # lower-cased lemma -> the files of its senses, commonest first per part of speech
    for lemma, entry in entries.items():
        word = str(lemma).lower()
        for value in entry.values():
            files.setdefault(word, []).extend(lexfile.get(s["synset"], "") for s in value.get("sense", []))
    rows = []
    for word, senses in sorted(files.items()):
        if not _WORDS.match(word) or not senses or not set(senses) <= THING_FILES or senses[0] == "noun.animal":
            continue
        written = word.replace(" ", "-")
        if " " in word and written in files:
            continue  # the hyphenated lemma is OEWN's own row
        if zipf(written) >= MIN_ZIPF:
            rows.append(written)
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    write_table(Path(argv[0]), "thesaurus_things.tsv", thing_rows(Path(argv[0])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
