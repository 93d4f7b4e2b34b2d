"""Rebuild src/rashomon/data/attributive.tsv: adjectives, nouns and fixed adjective-noun terms.

    apt-get install wordnet-base        # Princeton WordNet 3.0 in /usr/share/wordnet
    python scripts/build_attributive.py

The table lets framing/modifiers.py tell an adjective put on a noun ("wild accusations") from a
fixed term ("civil servant") without a tagger. Three kinds of row, each derived from WordNet 3.0
(through scripts/wordnet_reader.py) by a rule:

Every word listed is one English text uses (wordfreq Zipf 2.0 or more).

- ``adjective``: a one-word adjective (hyphens allowed) whose commonest sense is no pertainym
  ("wild", "reckless"; not "corporate", "social": adjectives of relation classify, they do not judge);
- ``noun``: a one-word noun whose commonest sense
  is no quantity ("seven", "dozen" count, they are not what an adjective judges);
- ``term``: a two-word noun of WordNet whose first word is a listed adjective ("civil servant",
  "natural gas", "bare hands" is none): the pair names a thing, the adjective does not judge it.

Columns: ``word<TAB>kind``. Read at run time by rashomon.comparison.framing.resources (attributive);
nothing reads WordNet at run time. Licence: data/attributive.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wordnet_reader as wn  # noqa: E402
from wordfreq import zipf_frequency  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rashomon" / "data" / "attributive.tsv"
MIN_ZIPF = 2.0  # wordfreq: rarer words are left out (a word the table lacks is no candidate)
HEADER = """# Adjectives, nouns and fixed adjective-noun terms, derived from Princeton WordNet 3.0 by
# scripts/build_attributive.py (which says how). WordNet 3.0 Copyright 2006 by Princeton
# University; see attributive.md for the licence notice.
# word<TAB>kind (adjective | noun | term)
"""


def _one_word(lemma: str) -> bool:
    return " " not in lemma and lemma.replace("-", "").isalpha()


def adjective_rows(net: wn.WordNet) -> list[tuple[str, str]]:
    rows = []
    for lemma in net.lemmas("a"):
        senses = net.synsets_of(lemma, "a")
        if _one_word(lemma) and senses and senses[0].lexname != "adj.pert" and zipf_frequency(lemma, "en") >= MIN_ZIPF:
            rows.append((lemma, "adjective"))
    return rows


def noun_rows(net: wn.WordNet) -> list[tuple[str, str]]:
    rows = []
    for lemma in net.lemmas("n"):
        senses = net.synsets_of(lemma, "n")
        if (_one_word(lemma) and senses and senses[0].lexname != "noun.quantity"
                and zipf_frequency(lemma, "en") >= MIN_ZIPF):
            rows.append((lemma, "noun"))
    return rows


def term_rows(net: wn.WordNet, adjectives: set[str]) -> list[tuple[str, str]]:
    rows = []
    for lemma in net.lemmas("n"):
        words = lemma.split(" ")
        if len(words) == 2 and words[0] in adjectives and words[1].isalpha() and zipf_frequency(words[1], "en") >= MIN_ZIPF:
            rows.append((lemma, "term"))
    return rows


def main() -> int:
    net = wn.load()
    adjectives = adjective_rows(net)
    rows = sorted(set(adjectives + noun_rows(net) + term_rows(net, {w for w, _ in adjectives})))
    wn.write_table(OUT, HEADER, rows)
    counts = {kind: sum(row[1] == kind for row in rows) for kind in ("adjective", "noun", "term")}
    print(f"wrote {OUT} ({', '.join(f'{n} {k}' for k, n in counts.items())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
