"""Rebuild src/rashomon/data/thesaurus_words.tsv from Open English WordNet (OEWN): which words mean alike.

    python scripts/build_thesaurus_words.py OEWN_CHECKOUT

OEWN_CHECKOUT as for scripts/build_thesaurus.py (a work tree or a bare git directory; nothing is
downloaded; needs PyYAML). Only one-word lemmas common in English news are kept (wordfreq Zipf >=
:data:`MIN_ZIPF`, through rashomon.text.frequency), every part of speech. Tab-separated rows, lower case:

- ``WORD  SENSES  NEAR  ANTONYMS  FORM_OF``: SENSES, the synsets of all the word's senses (renumbered, base 36,
  space-separated); NEAR, the synsets one step from them (hypernyms, instance hypernyms, similar
  adjectives, the synsets of derivationally related senses: "route" -> a "line" of travel,
  "decision" -> "decide"); ANTONYMS, the lemmas of the senses OEWN calls antonyms ("open" for "close");
  FORM_OF, the lemmas of which OEWN lists the word as an irregular form ("chosen" -> choose), comma-separated.
  A form that is no lemma of its own has only this last cell.

Read at run time by :mod:`rashomon.text.thesaurus` (``related``, ``antonyms``), lazily. Licence and
provenance: data/thesaurus.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from build_thesaurus import _ONE_WORD, base36, load, write_table  # noqa: E402

from rashomon.text.frequency import zipf  # noqa: E402

MIN_ZIPF = 1.5
_POS_FILES = ("noun.", "verb.", "adj.", "adv.", "entries-")
_NEAR = ("hypernym", "instance_hypernym", "similar")


def word_rows(synsets: dict, entries: dict) -> list[str]:
    senses = {}  # sense id -> (lemma, synset)
    for lemma, entry in entries.items():
        for value in entry.values():
            for s in value.get("sense", []):
                senses[s["id"]] = (str(lemma).lower(), s["synset"])
    numbers: dict[str, str] = {}

    def number(synset: str) -> str:
        return numbers.setdefault(synset, base36(len(numbers)))

    rows, forms = [], {}
    for lemma in sorted(entries, key=str):
        word = str(lemma).lower()
        if not _ONE_WORD.match(word) or zipf(word) < MIN_ZIPF:
            continue
        own, near, antonyms = [], [], []
        for value in entries[lemma].values():
            for form in value.get("form", []):
                if _ONE_WORD.match(str(form)):
                    forms.setdefault(str(form), []).append(word)
            for s in value.get("sense", []):
                own.append(s["synset"])
                near += [u for key in _NEAR for u in synsets.get(s["synset"], {}).get(key, [])]
                near += [senses[d][1] for d in s.get("derivation", []) + s.get("pertainym", []) if d in senses]
                antonyms += [senses[a][0] for a in s.get("antonym", []) if a in senses]
        own_ids = list(dict.fromkeys(number(s) for s in own))
        near_ids = [n for n in dict.fromkeys(number(s) for s in near) if n not in own_ids]
        rows.append(f"{word}\t{' '.join(own_ids)}\t{' '.join(near_ids)}\t{' '.join(dict.fromkeys(antonyms))}")
    # the lemmas a word is a form of close its row ("chosen", an adjective too, is a form of choose)
    rows = [f"{r}\t{','.join(dict.fromkeys(forms.pop(r.split(chr(9), 1)[0], [])))}" for r in rows]
    return rows + [f"{f}\t\t\t\t{','.join(dict.fromkeys(ls))}" for f, ls in forms.items()]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    source = Path(argv[0])
    write_table(source, "thesaurus_words.tsv", word_rows(*load(source, _POS_FILES)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
