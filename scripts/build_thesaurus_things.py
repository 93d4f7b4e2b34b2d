"""Rebuild src/rashomon/data/thesaurus_things.tsv from Open English WordNet (OEWN): the words that only name things.

    python scripts/build_thesaurus_things.py OEWN_CHECKOUT

OEWN_CHECKOUT as for scripts/build_thesaurus.py (a work tree or a bare git directory; nothing is
downloaded; needs PyYAML). One lower-case word a row: an OEWN lemma every sense of which, in every
part of speech, lies in a lexicographer file of physical things (:data:`THING_FILES`: a body part,
an artifact, a substance, food, a plant, an animal, a natural object, an amount), and whose commonest sense
names no animal (an animal's name is the commonest figure for people: "vermin", "vipers"). A
two-word lemma is written with a hyphen ("metal-detector"), as an outlet writes the compound.
A word OEWN lists as a form of another lemma, or that a regular inflection makes of one ("tore" of
tear, "glasses" of glass), is left out unless that lemma names only things too. Only words common in
English text are kept (wordfreq Zipf >= :data:`MIN_ZIPF`).

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


_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))


def _stems(word: str) -> list[str]:
    """The lemmas a regular inflection of a noun or a verb may stand for ("glasses" -> glass, "lining" -> line)."""
    out = []
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)]
            out.append(stem + replacement)
            if not replacement and len(stem) >= 3 and stem[-1] == stem[-2] and ending in ("ed", "ing"):
                out.append(stem[:-1])  # "pinned" -> pin
    return out


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
    form_of: dict[str, set[str]] = {}  # an irregular form -> the lemmas OEWN lists it under ("tore" -> tear)
    for lemma, entry in entries.items():
        word = str(lemma).lower()
        for value in entry.values():
            files.setdefault(word, []).extend(lexfile.get(s["synset"], "") for s in value.get("sense", []))
            for form in value.get("form", []):
                form_of.setdefault(str(form).lower(), set()).add(word)

    def thing(word: str) -> bool:
        senses = files.get(word, [])
        return bool(senses) and set(senses) <= THING_FILES and senses[0] != "noun.animal"

    rows = []
    for word in sorted(files):
        if not _WORDS.match(word) or not thing(word):
            continue
        # a form of a lemma with other senses ("tore": tear; "glasses": glass) is that lemma's too
        if any(not thing(lemma) for lemma in form_of.get(word, set()) | (set(_stems(word)) & files.keys())):
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
