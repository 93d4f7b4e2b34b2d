"""Rebuild src/rashomon/data/thesaurus_people.tsv from Open English WordNet (OEWN): nouns that name a post or a kin.

    python scripts/build_thesaurus_people.py OEWN_CHECKOUT

OEWN_CHECKOUT as for scripts/build_thesaurus.py (a work tree or a bare git directory; nothing is
downloaded; needs PyYAML). One row per lower-case one-word (or hyphenated) noun whose commonest
sense lies in OEWN's lexicographer file noun.person and under one of the classes of people that
name a post a person holds (:data:`POSTS`: a worker, a leader, a professional, a preserver such as a
warden or a police officer, a scientist, an adjudicator), or under "relative" (a kin term):

    WORD  CLASS  SENSES  ABOVE

- CLASS: ``post``, or ``vague`` when the commonest sense has :data:`VAGUE_BELOW` or more hyponyms
  (transitively: "employee", "assistant", "official", "expert" name many posts, none in particular);
  for a kin term ``kin:`` and its line (:data:`KIN_LINES`): ``up`` (an ancestor: "father",
  "grandmother"), ``down`` (offspring: "son", "granddaughter"), ``spouse``, ``side`` (every other:
  "cousin", "brother", "nephew", "brother-in-law"), or ``vague`` ("relative", "kinsman" and any term
  with :data:`VAGUE_BELOW` hyponyms or more).
- SENSES: the word's noun.person senses among its first three (synsets renumbered, base 36).
- ABOVE: every hypernym of those senses, transitively (renumbered alike).

A word whose commonest sense names a situation rather than a post ("victim", "witness",
"resident", "passenger", "suspect", "father", "man") is under none of the classes and not listed.
Only words common in English text are kept (wordfreq Zipf >= :data:`MIN_ZIPF`).

Read at run time by :mod:`rashomon.text.thesaurus` (``post_of``, ``posts_apart``), lazily. Licence
and provenance: data/thesaurus.md.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from build_thesaurus import _files, base36, write_table  # noqa: E402

from rashomon.text.frequency import zipf  # noqa: E402

MIN_ZIPF = 1.5
VAGUE_BELOW = 60
# The classes of people that name a post, by OEWN synset (all under "actor: a person who acts and
# gets things done"); its other classes name a situation, a belief, a trait or a pastime.
POSTS = {
    "09655706-n": "worker",  # a person who works at a specific occupation
    "09646208-n": "leader",
    "10499838-n": "professional",
    "10486484-n": "preserver",  # defenders, keepers, wardens, law officers
    "10580065-n": "scientist",
    "09789059-n": "adjudicator",
}
RELATIVE = "10255246-n"  # a person related by blood or marriage
KIN_LINES = {"09811996-n": "up", "10393697-n": "down", "10026173-n": "down", "10660018-n": "spouse"}
KIN_VAGUE_BELOW = 5  # "relative", "kinsman", "sibling", "in-law": several kin, none in particular
_SENSES_KEPT = 3
_WORDS = re.compile(r"^[a-z][a-z'-]*$")


def people_rows(source: Path) -> list[str]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    synsets: dict = {}
    lexfile: dict[str, str] = {}
    entries: dict = {}
    for name, text in _files(source, ("noun.", "entries-")).items():
        data = yaml.load(text, Loader=loader)
        if name.startswith("entries-"):
            entries.update(data)
        else:
            synsets.update(data)
            lexfile.update(dict.fromkeys(data, name.removesuffix(".yaml")))
    below: dict[str, list[str]] = defaultdict(list)
    for s, d in synsets.items():
        for up in d.get("hypernym", []) + d.get("instance_hypernym", []):
            below[up].append(s)

    def above(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for up in synsets[todo.pop()].get("hypernym", []):
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
        return seen

    def hyponyms(start: str) -> int:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for down in below[todo.pop()]:
                if down not in seen:
                    seen.add(down)
                    todo.append(down)
        return len(seen)

    numbers: dict[str, str] = {}

    def number(s: str) -> str:
        return numbers.setdefault(s, base36(len(numbers)))

    rows: dict[str, str] = {}
    for lemma in sorted(entries, key=str):
        word = str(lemma).replace(" ", "-")  # a capitalised lemma names one person ("Jacob")
        if not _WORDS.match(word) or word in rows:
            continue
        senses = [s["synset"] for key, v in entries[lemma].items() if key.split("-")[0] == "n" for s in v.get("sense", [])]
        if not senses or lexfile.get(senses[0]) != "noun.person" or zipf(word) < MIN_ZIPF:
            continue
        first = above(senses[0])
        if RELATIVE in first:
            lines = {KIN_LINES[s] for s in first & KIN_LINES.keys()}
            vague = hyponyms(senses[0]) >= KIN_VAGUE_BELOW or len(lines) > 1
            kind = "kin:" + ("vague" if vague else lines.pop() if lines else "side")
        elif first & POSTS.keys():
            kind = "vague" if hyponyms(senses[0]) >= VAGUE_BELOW else "post"
        else:
            continue
        people = [s for s in senses[:_SENSES_KEPT] if lexfile.get(s) == "noun.person"]
        # numbered in a fixed order (sorted ids), so that the table rebuilds byte for byte
        ups = set().union(*(above(s) for s in people)) - set(people)
        rows[word] = "\t".join((word, kind, " ".join(map(number, people)), " ".join(sorted(number(u) for u in sorted(ups)))))
    return list(rows.values())


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    write_table(Path(argv[0]), "thesaurus_people.tsv", people_rows(Path(argv[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
