"""Read Princeton WordNet 3.0's database files, for the build scripts that derive tables from it.

WordNet 3.0 (Princeton University, 2006) allows use, copying and redistribution with its copyright
notice (see ``/usr/share/doc/wordnet-base/copyright``); Debian ships it as ``wordnet-base``
(``apt-get install wordnet-base``). Nothing in the package reads WordNet at run time: build scripts
import this module and write the small tables they need into ``src/rashomon/data/``.

    import wordnet_reader as wn
    net = wn.load()                         # every synset of the four parts of speech
    for synset in net.synsets_of("hurtle", "v"):
        print(synset.lexname, synset.lemmas, synset.gloss, [net.synset(o) for o in synset.hypernyms])

The file format is wndb(5WN): one synset per line of ``data.POS``, its lemmas, then its pointers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))
PARTS_OF_SPEECH = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# wndb lexicographer file numbers (lexnames(5WN)); they say which broad class a synset is in.
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession "
    "noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time "
    "verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption "
    "verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession "
    "verb.social verb.stative verb.weather adj.ppl"
).split()


@dataclass(frozen=True)
class Synset:
    offset: str
    pos: str  # n, v, a (satellites "s" read as "a") or r
    lexname: str
    lemmas: tuple[str, ...]  # lower case, spaces for underscores
    pointers: tuple[tuple[str, str, str], ...]  # (symbol, target offset, target pos)
    gloss: str
    satellite: bool = False  # an adjective satellite ("s"): similar to ("&") one head adjective
    # per pointer: the lemma it starts from (1-based, in ``lemmas``), 0 for the whole synset
    sources: tuple[int, ...] = ()

    def targets_of(self, lemma: str, *symbols: str) -> list[tuple[str, str]]:
        """As :meth:`targets`, less the lexical pointers that start from another of the synset's lemmas."""
        number = self.lemmas.index(lemma) + 1 if lemma in self.lemmas else -1
        return [(pos, offset) for (symbol, offset, pos), source in zip(self.pointers, self.sources or [0] * len(self.pointers))
                if symbol in symbols and source in (0, number)]

    @property
    def key(self) -> tuple[str, str]:
        return (self.pos, self.offset)

    def targets(self, *symbols: str) -> list[tuple[str, str]]:
        """The synsets this one points at with any of these pointer symbols ("@" hypernym, "&" similar to...)."""
        return [(pos, offset) for symbol, offset, pos in self.pointers if symbol in symbols]

    @property
    def hypernyms(self) -> list[tuple[str, str]]:
        return self.targets("@", "@i")


class WordNet:
    def __init__(self, synsets: dict[tuple[str, str], Synset], index: dict[tuple[str, str], list[str]]) -> None:
        self._synsets = synsets
        self._index = index  # (lemma, pos) -> synset offsets, most frequent sense first

    def synset(self, key: tuple[str, str]) -> Synset:
        return self._synsets[key]

    def synsets_of(self, lemma: str, pos: str) -> list[Synset]:
        """The lemma's senses in WordNet's order (by tagged frequency), for an exact base form."""
        return [self._synsets[(pos, offset)] for offset in self._index.get((lemma.lower(), pos), [])]

    def lemmas(self, pos: str) -> list[str]:
        return [lemma for (lemma, p) in self._index if p == pos]

    def __iter__(self):
        return iter(self._synsets.values())


def _pos(symbol: str) -> str:
    return "a" if symbol == "s" else symbol


def _read_data(path: Path) -> list[Synset]:
    synsets = []
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue  # the licence header
            body, _, gloss = line.partition(" | ")
            fields = body.split()
            offset, lexnum, pos, count = fields[0], int(fields[1]), _pos(fields[2]), int(fields[3], 16)
            satellite = fields[2] == "s"
            words = fields[4 : 4 + 2 * count : 2]
            lemmas = tuple(w.split("(")[0].replace("_", " ").lower() for w in words)
            rest = fields[4 + 2 * count :]
            n_pointers = int(rest[0])
            pointers = tuple(
                (rest[1 + 4 * i], rest[2 + 4 * i], _pos(rest[3 + 4 * i])) for i in range(n_pointers)
            )
            # the pointer's source/target field, hex "sstt": its source lemma number, 00 for the whole synset
            sources = tuple(int(rest[4 + 4 * i][:2], 16) for i in range(n_pointers))
            synsets.append(Synset(offset, pos, LEXNAMES[lexnum], lemmas, pointers, gloss.strip(), satellite, sources))
    return synsets


def _read_index(path: Path, pos: str) -> dict[tuple[str, str], list[str]]:
    index = {}
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[6 + pointer_count : 6 + pointer_count + synset_count]
            index[(lemma.replace("_", " "), pos)] = offsets
    return index


def load(directory: Path = DEFAULT_DIR) -> WordNet:
    if not (directory / "data.noun").exists():
        raise SystemExit(f"WordNet 3.0 not found in {directory}: apt-get install wordnet-base (or set WORDNET_DIR)")
    synsets, index = {}, {}
    for pos, name in PARTS_OF_SPEECH.items():
        for synset in _read_data(directory / f"data.{name}"):
            synsets[synset.key] = synset
        index.update(_read_index(directory / f"index.{name}", pos))
    return WordNet(synsets, index)


def write_table(path: Path, header: str, rows: list[tuple[str, ...]]) -> None:
    """Write a derived table: its header (source and licence notice), then one tab-separated row per line."""
    path.write_text(header + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
