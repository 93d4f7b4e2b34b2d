"""The units resolution works on: forms (one folded name string and its mentions), the
union-find that joins them, the key a mention's form is filed under, and the limits that keep
the comparisons linear."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .lexicon import lexicon
from .mentions import ORG, OTHER, PERSON, TaggedMention
from .names import ascii_fold

MIN_NEAR_MISS = 5  # shorter names are too easily one edit apart ("Trump" / "Truman" is two)
MAX_TRUNCATION = 3  # letters a truncated surname may lose ("Blink" for "Blinken")
MIN_TRUNCATED = 4
MIN_TRUNCATED_ALONE = 6  # a truncation with no first name or title beside it must be this long
MAX_UNBLOCKED = 400  # surnames compared all against all; more are compared within blocks
MAX_COMPARED = 200  # each name is compared with at most this many more frequent names of its block
_LEGAL_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "corp", "corporation", "co", "ag", "sa", "gmbh", "nv", "bv",
                             "limited", "incorporated", "lp", "llp", "spa", "oyj", "asa", "ab"})
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ns", "ans", "ians", "is")
_LOCATIVE = frozenset({"in", "near", "outside", "across", "around", "throughout", "into", "inside"})
_HOLDINGS = frozenset({"shares", "stake", "stakes", "investment", "investments", "interest", "confidence", "trust",
                       "investors", "share", "holdings", "position", "positions", "jobs", "role", "work", "career"})
_PLACE_KINDS = frozenset({"city", "town", "village", "province", "region", "district", "south", "north", "east", "west",
                          "outskirts", "port", "capital", "centre", "center", "streets", "mayor", "residents", "people"})


def _locative(before: str) -> bool:
    """"in Halden", "south of Pallavur", "the city of Pallavur": words that put a name on a map
    ("shares in Orvalis", "a stake in" do not)."""
    words = before.split()
    if words and words[-1] in _LOCATIVE:
        return not (len(words) == 2 and words[0] in _HOLDINGS)
    return len(words) == 2 and words[1] == "of" and words[0] in _PLACE_KINDS
VARIANT = "="  # _garble_of: the same name (accents aside), not a garble

_DERIVATIONS = {"s", "es", "n", "ns", "an", "ans", "i", "is", "ian", "ians", "ese", "er", "ers", "ite", "ites"}


# --- resolution -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Form:
    key: str
    order: int  # index of the first mention
    items: list[int] = field(default_factory=list)  # mention indices
    surfaces: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    first: str = ""  # person full names: first names ...
    surname: str = ""  # ... and surname ("" when not a full person name)

    @property
    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]

    @property
    def type(self) -> str:
        votes = {t: n for t, n in self.types.items() if t != OTHER}
        if not votes:
            return OTHER
        return max(votes, key=lambda t: (votes[t], t == PERSON, t == ORG))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(slots=True)
class _SurnameCluster:
    canonical: str  # folded
    display: str  # as written most often
    why: dict[str, str]  # folded member -> reason it is a garble of the canonical


def _form_key(tm: TaggedMention) -> str:
    lex = lexicon()
    if tm.place:
        return f"@{tm.place}~d" if tm.demonym else f"@{tm.place}"
    key = ascii_fold(tm.mention.text)
    if key.startswith("the ") and len(key) > 4:
        key = key[4:]
    words = key.split()
    if len(words) > 1 and words[-1].rstrip(".,") in _LEGAL_SUFFIXES:
        key = " ".join(words[:-1]).rstrip(",")  # "Apple Inc." is Apple, "General Motors Corporation" is General Motors
    if tm.type == ORG:
        words = tm.mention.text.split()
        for k in range(len(words) - 1, 0, -1):  # "US State Department" -> "state department"
            left = " ".join(words[:k])
            if lex.place_code(left) is not None or lex.demonym_code(left) is not None:
                key = ascii_fold(" ".join(words[k:]))
                break
    return key




def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()

