"""Rebuild src/rashomon/data/label_nouns.tsv: nouns that label a referent rather than name it.

    apt-get install wordnet-base        # Princeton WordNet 3.0 in /usr/share/wordnet
    python scripts/build_wordnet_labels.py

Two kinds of row, each derived from WordNet 3.0 (through scripts/wordnet_reader.py) by a rule:

- ``power``: a noun for a being of exceptional size or power that WordNet also uses for a large
  enterprise or an important person (the synsets "someone or something that is abnormally large
  and powerful", "a person of exceptional importance and reputation", "an unusually large
  enterprise", and their direct hyponyms), kept where the noun's commonest sense is itself that
  sense or a creature (an animal, an imaginary being), not a literal human role: "giant", "titan",
  not "heavyweight" (a boxer first). Said of a company or a regulator ("mining giant Altoquivi"),
  the outlet names it by a metaphor of size and power. WordNet's two-word nouns that begin or end with
  such a noun and mean something else ("gas giant", "red giant", "giant panda") are listed as
  ``literal``: no label.
- ``disparaging``: a noun for a person or group whose commonest sense WordNet marks with the usage
  domain disparagement, ethnic slur or obscenity (";u" pointers) or whose gloss calls it a
  disparaging, derogatory, offensive or insulting term or its referent contemptible ("apparatchik",
  "hillbilly"), whose other senses are marked too or name people ("rat" is an animal first), that
  has no adjective or verb sense, has more than three letters (else also an acronym or a software
  name: "git", "pom"), is no first name (data/first_names.txt) and is no compound of
  common words (every word of Zipf 4.5 or more in wordfreq: WordNet marks "black person" with its
  synset's "ethnic slur").

Columns: ``word<TAB>kind<TAB>commonest sense (WordNet lexicographer file)<TAB>the sense that makes it
a label (gloss)``. Read at run time by rashomon.comparison.framing.resources (label_nouns); nothing
reads WordNet at run time. Licence: data/label_nouns.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wordnet_reader as wn  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rashomon" / "data" / "label_nouns.tsv"
FIRST_NAMES = ROOT / "src" / "rashomon" / "data" / "first_names.txt"
# The senses of size and power, found by a lemma and a phrase of their gloss.
POWER_SENSES = (("giant", "abnormally large and powerful"), ("giant", "exceptional importance"), ("giant", "large enterprise"))
DISPARAGING = {"disparagement", "ethnic slur", "obscenity"}
DISPARAGING_GLOSS = re.compile(r"\b(?:disparaging|derogatory|offensive|insulting|contemptuous)\b[^;]*\bterms?\b|\bterm of abuse\b|\bcontemptible\b")
COMMON_ZIPF = 4.5
MIN_LETTERS = 3  # a slur of three letters or fewer is also an acronym or a software name ("git", "pom", "jap")
HEADER = """# Nouns that label a referent rather than name it, derived from Princeton WordNet 3.0 by
# scripts/build_wordnet_labels.py (which says how). WordNet 3.0 Copyright 2006 by Princeton
# University; see label_nouns.md for the licence notice.
# word<TAB>kind (power | literal | disparaging)<TAB>commonest sense<TAB>the labelling sense
"""


def _hyponyms(net: wn.WordNet) -> dict[tuple[str, str], list[wn.Synset]]:
    below: dict[tuple[str, str], list[wn.Synset]] = {}
    for synset in net:
        for key in synset.hypernyms:
            below.setdefault(key, []).append(synset)
    return below


def _closure(net: wn.WordNet, synset: wn.Synset) -> set[str]:
    """Every lemma of every hypernym above ``synset``."""
    seen, todo = set(), [synset]
    while todo:
        for key in todo.pop().hypernyms:
            if key not in seen:
                seen.add(key)
                todo.append(net.synset(key))
    return {lemma for key in seen for lemma in net.synset(key).lemmas}


def power_rows(net: wn.WordNet) -> list[tuple[str, str, str, str]]:
    below = _hyponyms(net)
    seeds = [s for lemma, gloss in POWER_SENSES for s in net.synsets_of(lemma, "n") if gloss in s.gloss]
    senses = {s.key: s for s in seeds} | {h.key: h for s in seeds for h in below.get(s.key, [])}
    rows = []
    for lemma in sorted({lemma for s in senses.values() for lemma in s.lemmas if " " not in lemma}):
        first = net.synsets_of(lemma, "n")[0]
        creature = first.lexname == "noun.animal" or "imaginary being" in _closure(net, first)
        if first.key not in senses and not creature:
            continue  # a literal human role first ("heavyweight": a boxer)
        labels = [s for s in net.synsets_of(lemma, "n") if s.key in senses]
        label = next((s for s in labels if s.lexname == "noun.group"), labels[0])  # an enterprise, where WordNet has one
        rows.append((lemma, "power", first.lexname, label.gloss.split(";")[0]))
    return rows


def literal_rows(net: wn.WordNet, nouns: set[str]) -> list[tuple[str, str, str, str]]:
    """Two-word nouns that begin or end with a power noun and whose senses are none of a person,
    group or enterprise ("gas giant", "giant panda")."""
    rows = []
    for lemma in sorted(set(net.lemmas("n"))):
        words = lemma.split()
        if len(words) != 2 or not (words[0] in nouns or words[1] in nouns):
            continue
        senses = net.synsets_of(lemma, "n")
        if all(s.lexname not in ("noun.person", "noun.group") for s in senses):
            rows.append((lemma, "literal", senses[0].lexname, senses[0].gloss.split(";")[0]))
    return rows


def _marked(net: wn.WordNet, synset: wn.Synset) -> set[str]:
    """The usage domains of DISPARAGING a sense is marked with, or "gloss" where its gloss calls it
    a disparaging, derogatory, offensive or insulting term, or its referent contemptible."""
    domains = {net.synset((pos, offset)).lemmas[0] for symbol, offset, pos in synset.pointers if symbol == ";u"} & DISPARAGING
    return domains | ({"gloss"} if DISPARAGING_GLOSS.search(synset.gloss) else set())


def disparaging_rows(net: wn.WordNet) -> list[tuple[str, str, str, str]]:
    from wordfreq import zipf_frequency

    first_names = {name.lower() for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines() if not line.startswith("#") for name in line.split()}
    rows = []
    for lemma in sorted(set(net.lemmas("n"))):
        senses = net.synsets_of(lemma, "n")
        if senses[0].lexname not in ("noun.person", "noun.group") or net.synsets_of(lemma, "a") or net.synsets_of(lemma, "v"):
            continue
        marks = [_marked(net, s) for s in senses]
        # the commonest sense marked, and no other sense that is not a person or group ("rat" is an animal first)
        if not marks[0] or any(not m and s.lexname not in ("noun.person", "noun.group") for m, s in zip(marks, senses)):
            continue
        if len(lemma) <= MIN_LETTERS or lemma in first_names or all(zipf_frequency(word, "en") >= COMMON_ZIPF for word in lemma.replace("-", " ").split()):
            continue  # a first name; "black person": common words, WordNet's mark is its synset's
        said = ", ".join(sorted(marks[0] - {"gloss"})) or "disparaging in its gloss"
        rows.append((lemma, "disparaging", senses[0].lexname, f"{said}: {senses[0].gloss.split(';')[0]}"))
    return rows


def main() -> int:
    net = wn.load()
    power = power_rows(net)
    rows = power + literal_rows(net, {row[0] for row in power}) + disparaging_rows(net)
    wn.write_table(OUT, HEADER, rows)
    counts = {kind: sum(row[1] == kind for row in rows) for kind in ("power", "literal", "disparaging")}
    print(f"wrote {OUT} ({', '.join(f'{n} {k}' for k, n in counts.items())})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
