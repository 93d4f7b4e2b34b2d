"""Rebuild src/rashomon/data/thesaurus_nouns.tsv from Open English WordNet (OEWN).

    python scripts/build_thesaurus.py OEWN_CHECKOUT

OEWN_CHECKOUT is a local clone of https://github.com/globalwordnet/english-wordnet (a work tree
with ``src/yaml/``, or a bare git directory, read at its HEAD). Nothing is downloaded. Needs PyYAML.

thesaurus_nouns.tsv, tab-separated, lower case, one row per one-word noun:

- ``WORD  KIND,KIND,KIND``: the kind of each of the noun's first three senses, in OEWN's order
  (commonest first): the nearest head on the sense's hypernym chain (:data:`HEADS`: "resident" ->
  person, "miner" -> worker, "ferry" -> vehicle), ``-`` for a sense under no head. Only nouns with
  at least one sense under a head are written.
- ``FORM  =LEMMA``: an irregular plural OEWN lists ("children" -> child), read as its lemma even
  where OEWN also has it as a noun of its own ("men", a work force).

The file opens with a line naming the OEWN commit. Read at run time by
:mod:`rashomon.text.thesaurus`, lazily, on its first use. Licence and provenance:
data/thesaurus.md.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import deque
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "src" / "rashomon" / "data"
# Heads that cut a noun's hypernym chain, by OEWN synset: the nearest one names the noun's kind.
# "worker" sits under "person": the checks keep people at work apart from people at large.
HEADS = {
    "00007846-n": "person",
    "09655706-n": "worker",  # a person who works at a specific occupation (not "actor, doer, worker")
    "00015568-n": "animal",
    "04531608-n": "vehicle",
    "02916498-n": "building",
    "04348764-n": "structure",
    "04572661-n": "weapon",
    "08024893-n": "organization",
    "07967506-n": "group",  # a social group
    "13405730-n": "money", "13271441-n": "money", "13406050-n": "money", "13625961-n": "money",
    "15179734-n": "time", "15137796-n": "time",  # a unit of time, a time period
    "13604927-n": "unit",  # a unit of measurement (money and time are nearer heads of their own)
    "00027365-n": "place",
    "05227735-n": "body part",
    "14604577-n": "substance", "00020270-n": "substance",
    "06481744-n": "document",
}
_SENSES_KEPT = 3
_ONE_WORD = re.compile(r"^[a-z][a-z'-]*$")


NOUN_FILES = ("noun.", "entries-")


def _files(source: Path, wanted: tuple[str, ...]) -> dict[str, str]:
    """The OEWN YAML files whose names start with one of ``wanted``, by name, from a work tree or a
    git directory."""
    tree = source / "src" / "yaml"
    if tree.is_dir():
        return {p.name: p.read_text(encoding="utf-8") for p in sorted(tree.glob("*.yaml")) if p.name.startswith(wanted)}
    git = ["git", "--git-dir", str(source)]
    names = subprocess.run([*git, "ls-tree", "--name-only", "HEAD:src/yaml"], capture_output=True, text=True, check=True).stdout.split()
    return {
        n: subprocess.run([*git, "show", f"HEAD:src/yaml/{n}"], capture_output=True, text=True, check=True).stdout
        for n in names if n.startswith(wanted)
    }


def commit_of(source: Path) -> str:
    tree = ["-C", str(source)] if (source / "src" / "yaml").is_dir() else ["--git-dir", str(source)]
    return subprocess.run(["git", *tree, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()


def load(source: Path, wanted: tuple[str, ...] = NOUN_FILES) -> tuple[dict, dict]:
    """(synsets by id, entries by lemma) of the OEWN files ``wanted`` names (nouns by default)."""
    synsets: dict = {}
    entries: dict = {}
    for name, text in _files(source, wanted).items():
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        (entries if name.startswith("entries-") else synsets).update(data)
    return synsets, entries


def kind_of_synset(synsets: dict, start: str) -> str:
    """The nearest head above ``start`` (breadth first over hypernyms and instance hypernyms)."""
    queue, seen = deque([start]), {start}
    while queue:
        here = queue.popleft()
        if here in HEADS:
            return HEADS[here]
        for up in synsets.get(here, {}).get("hypernym", []) + synsets.get(here, {}).get("instance_hypernym", []):
            if up not in seen:
                seen.add(up)
                queue.append(up)
    return "-"


def _senses(entry: dict, pos: str) -> tuple[list[str], list[str]]:
    """(synsets in OEWN order, irregular forms) of one lemma's entries of one part of speech."""
    senses: list[str] = []
    forms: list[str] = []
    for key, value in entry.items():
        if key.split("-")[0] == pos:
            senses += [s["synset"] for s in value.get("sense", [])]
            forms += value.get("form", [])
    return senses, forms


def noun_rows(synsets: dict, entries: dict) -> list[str]:
    rows: dict[str, str] = {}
    plurals: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for lemma in sorted(entries):
        if not _ONE_WORD.match(lemma):
            continue
        senses, forms = _senses(entries[lemma], "n")
        kept = [kinds.setdefault(s, kind_of_synset(synsets, s)) for s in senses[:_SENSES_KEPT]]
        if any(k != "-" for k in kept):
            rows[lemma] = ",".join(kept)
            plurals.update((form, lemma) for form in forms if _ONE_WORD.match(form))
    # a plural is read as its lemma even where OEWN also lists it as a noun of its own ("men": a work force)
    return [f"{w}\t{k}" for w, k in rows.items() if w not in plurals] + [f"{f}\t={lemma}" for f, lemma in plurals.items()]


def base36(n: int) -> str:
    """A synset's short number in a table: the tables number synsets in a fixed order to stay small."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def write_table(source: Path, name: str, lines: list[str]) -> None:
    """Write ``data/NAME`` from ``lines``, under a line naming the OEWN commit it was built from."""
    header = f"# Open English WordNet {commit_of(source)}: see thesaurus.md (CC BY 4.0 and the WordNet licence)\n"
    out = DATA / name
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} rows, {out.stat().st_size} bytes")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    source = Path(argv[0])
    write_table(source, "thesaurus_nouns.tsv", noun_rows(*load(source)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
