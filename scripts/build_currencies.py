"""Rebuild src/rashomon/data/currencies.tsv from Open English WordNet (OEWN).

    python scripts/build_currencies.py OEWN_CHECKOUT

OEWN_CHECKOUT as for scripts/build_thesaurus.py (a work tree or a bare git directory, read at its HEAD;
nothing is downloaded; needs PyYAML). One row per one-word noun that has a sense, any sense, under
"monetary unit" (13625961-n: "koruna", "forint", "mark") or "coin" (13409418-n: "crown", "ducat"):

- ``WORD  LEMMA  FIRST``: the word (a lemma, or an irregular plural OEWN lists: "kroner", "lire"), its lemma,
  and ``1`` where money is the lemma's first noun sense ("forint"), ``0`` where it is a later one ("mark":
  a sign first, the German currency seventh; "crown" a headdress first, a coin fifth).

English stop words ("at", the Laotian cent) and a verb's irregular forms ("won", "sent") are left out: they are never what a figure counts. Read at run time
by :mod:`rashomon.text.thesaurus` (``money_noun``), lazily.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from build_thesaurus import DATA, _senses, load, write_table

ROOTS = ("13625961-n", "13409418-n")  # monetary unit; coin
_ONE_WORD = re.compile(r"^[a-z][a-z'-]*$")


def _below(synsets: dict, roots: tuple[str, ...]) -> set[str]:
    """Every synset under ``roots`` by hyponymy (OEWN stores hypernyms: read them backwards)."""
    down: dict[str, list[str]] = defaultdict(list)
    for key, synset in synsets.items():
        for up in synset.get("hypernym", []):
            down[up].append(key)
    out, stack = set(roots), list(roots)
    while stack:
        for child in down[stack.pop()]:
            if child not in out:
                out.add(child)
                stack.append(child)
    return out


def currency_rows(synsets: dict, entries: dict) -> list[str]:
    money = _below(synsets, ROOTS)
    lines = (DATA / "english_stop_words.txt").read_text(encoding="utf-8").splitlines()
    stop = {w.strip() for w in lines if w.strip() and not w.startswith("#")}
    # a verb's irregular form ("won", "sent") after a figure is the verb, not what the figure counts
    stop |= {form for entry in entries.values() for key, value in entry.items() if key.split("-")[0] == "v" for form in value.get("form", [])}
    rows: dict[str, str] = {}
    for lemma in sorted(entries):
        if not _ONE_WORD.match(lemma) or lemma in stop:
            continue
        senses, forms = _senses(entries[lemma], "n")
        if not any(s in money for s in senses):
            continue
        first = "1" if senses[0] in money else "0"
        for word in [lemma, *forms]:
            if _ONE_WORD.match(word) and word not in stop:
                rows.setdefault(word, f"{word}\t{lemma}\t{first}")
    return list(rows.values())


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    source = Path(argv[0])
    write_table(source, "currencies.tsv", currency_rows(*load(source)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
