"""Organisation names that translation rewrites: the same body named with other words.

"Esterran Medicines Safety Board" / "Esterran Authority for Medicine Safety", "Clean Sport
Commission" / "Commission for Clean Sport", "Bank of Averland" / "Averland Central Bank": the
words that say what the body works on (its *topic*) agree once folded, stemmed, read through the
synonym groups of data/org_synonyms.txt and with demonyms read as their place; the words that say
what kind of body it is (its *head*: board, authority, union) agree or are missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Levenshtein

from ...text.stems import inflection_stem
from ...text.thesaurus import kind_of, lemma_of
from .lexicon import is_word, lexicon
from .names import _CONNECTOR_WORDS, ascii_fold

# Words that narrow nothing down: "National Union" is not "National Teachers' Union".
_GENERIC = frozenset({"national", "state", "central", "federal", "public", "general", "international", "regional",
                      "affairs", "new", "united", "supreme", "high", "higher", "joint", "special", "main",
                      "chief", "local", "provincial", "county", "district", "republic", "people", "peoples"})
# An abbreviation that stands for an adjective inside a body's name: the "EU Commission" is the
# "European Commission", a variant, not a translation's rewording.
_ADJECTIVE_OF = {"eu": "european"}
# A topic word is compared by its stem's first letters: a translation rewrites a word's ending
# too ("Seismological" / "Seismology").
TOPIC_LETTERS = 6
_DERIVATIONS = ("ians", "ian", "ans", "an", "ese", "is", "i", "n")


@dataclass(frozen=True, slots=True)
class OrgWords:
    topic: tuple[str, ...]  # what the body works on, in order: "@place", "syn:N" or "stem/word"
    heads: frozenset[str]  # kinds of body ("head:0", "head:1", ... or the word itself)
    words: tuple[str, ...]  # every word, folded, in order (for "is it only reordered?")
    places: bool  # some topic word is a place or a demonym
    plain: tuple[str, ...] = ()  # the words that are neither places, demonyms nor connectors, sorted
    members: bool = False  # named for its members ("Workers", "Pilots"): a union or an association


@lru_cache(maxsize=1)
def _synonyms() -> tuple[dict[str, str], list[tuple[str, str]], dict[str, str], list[tuple[str, str]]]:
    text = resources.files("rashomon").joinpath("data", "org_synonyms.txt").read_text(encoding="utf-8")
    exact: dict[str, str] = {}
    prefix: list[tuple[str, str]] = []
    head_exact: dict[str, str] = {}
    head_prefix: list[tuple[str, str]] = []
    for n, line in enumerate(text.splitlines()):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        is_head = line.startswith("head:")
        words = line.removeprefix("head:").split()
        label = f"{'head' if is_head else 'syn'}:{n}"
        for word in words:
            table, starts = (head_exact, head_prefix) if is_head else (exact, prefix)
            if word.endswith("*"):
                starts.append((word[:-1], label))
            else:
                table.setdefault(word, label)
    return exact, prefix, head_exact, head_prefix


def _lookup(word: str, exact: dict[str, str], prefix: list[tuple[str, str]]) -> str | None:
    if word in exact:
        return exact[word]
    for start, label in prefix:
        if word.startswith(start):
            return label
    return None


def org_words(surface: str, places: set[str]) -> OrgWords:
    """The topic and head words of an organisation's name; ``places`` holds the folded one-word
    place names of the story, so that "Veskarian" reads as "Veskaria"."""
    exact, prefix, head_exact, head_prefix = _synonyms()
    lex = lexicon()
    words = [w for w in re.split(r"[\s/]+", ascii_fold(surface).replace("'s", "").replace("'", "")) if w]
    words = [_ADJECTIVE_OF.get(w, w) if len(words) > 1 else w for w in words]
    topic: list[str] = []
    heads: set[str] = set()
    has_place = False
    plain: list[str] = []
    for word in words:
        if word in _CONNECTOR_WORDS or not word[:1].isalnum():
            continue
        if word in _GENERIC:
            plain.append(word)  # no topic, but a word the names differ by ("Central")
            continue
        head = _lookup(word, head_exact, head_prefix)
        if head:
            heads.add(head)
            plain.append(word)
            continue
        place = _place(word, places, lex)
        if place:
            topic.append(place)
            has_place = True
            continue
        plain.append(word)
        topic.append(_lookup(word, exact, prefix) or f"{inflection_stem(word)[:TOPIC_LETTERS]}/{word}")
    return OrgWords(topic=tuple(topic), heads=frozenset(heads), words=tuple(words), places=has_place,
                    plain=tuple(sorted(plain)), members=any(_members(w) for w in plain))


def _members(word: str) -> bool:
    """A plural noun for people ("workers", "pilots", "teachers"): the body is named for its members."""
    lemma = lemma_of(word)
    return bool(lemma) and lemma != word and kind_of(word) in ("person", "worker")


def _place(word: str, places: set[str], lex) -> str:
    for ending in _DERIVATIONS:  # a demonym first: "Veskarian" reads as "Veskaria" even when it stands alone too
        if word.endswith(ending) and word[: -len(ending)] in places:
            return "@" + word[: -len(ending)]
        if word.endswith(ending) and word[: -len(ending)] + "a" in places:  # "Estavian" -> "Estavia"
            return "@" + word[: -len(ending)] + "a"
    if word in places:
        return "@" + word
    code = lex.place_code(word) or lex.demonym_code(word)
    return "@" + code if code else ""


def _same_word(x: str, y: str) -> bool:
    if x.split("/")[0] == y.split("/")[0]:
        return True  # same place, synonym group or stem
    if x.startswith("syn:") or y.startswith("syn:") or (x.startswith("@") and y.startswith("@")):
        return False
    x, y = x.lstrip("@").split("/")[-1], y.lstrip("@").split("/")[-1]  # "Halden" read as a place, "Harden" not
    return min(len(x), len(y)) >= 5 and Levenshtein.distance(x, y) <= 1  # "Harden" / "Halden"


def _covered(small: tuple[str, ...], large: tuple[str, ...]) -> int:
    """How many of ``small``'s words have a partner in ``large`` (each partner used once)."""
    left = list(large)
    found = 0
    for word in small:
        for n, other in enumerate(left):
            if _same_word(word, other):
                found += 1
                del left[n]
                break
    return found


def same_body(a: OrgWords, b: OrgWords) -> bool:
    """One organisation named two ways: the topics (generic words aside) agree, one may add a
    word; the heads agree or one is missing."""
    if not a.topic or not b.topic:
        return False
    if a.members != b.members and (a.heads or b.heads):
        return False  # the pilots' union is not the harbour's authority
    small, large = sorted((a.topic, b.topic), key=len)
    if len(large) - len(small) > 1 or _covered(small, large) != len(small):
        return False
    heads_agree = not a.heads or not b.heads or bool(a.heads & b.heads)
    if len(small) == len(large):
        return heads_agree or len(small) >= 2
    short_name, long_name = (a, b) if a.topic is small else (b, a)
    if _place_cut(short_name, long_name):
        return heads_agree and bool(a.heads and b.heads)  # "Roads Authority" after "Harlow Roads Authority"
    if any(w.startswith("@") for w in large) and not any(w.startswith("@") for w in small):
        return False  # "Air France" is not the "Air Force" of France
    if all(w.startswith("@") for w in small) and not (a.heads and b.heads):
        return False  # "Harlsund General" (a hospital) names no body of its own: not the Port Authority
    if not short_name.heads and len(small) == 1:
        return False  # "International Nuclear" (a name cut short) says no kind of body: not the Nuclear Safety Authority
    if short_name.heads and not long_name.heads and any(_proper_word(w) for w in _uncovered(small, large)):
        return False  # the "Ministry of Transport" is not "Transports Ducasse", a firm with a name of its own
    return heads_agree and bool(a.heads or b.heads)


def one_body(names: list[OrgWords]) -> bool:
    """Whether ``names`` all name one body: each pair the same body with equal topics, and their generic
    words nested ("Electoral Commission" / "Central Electoral Commission" / "Central Election Commission");
    "State Electoral Commission" beside "Central Electoral Commission" are two bodies a short name may mean."""
    if len(names) < 2 or any(len(a.topic) != len(b.topic) or not same_body(a, b) for n, a in enumerate(names) for b in names[n + 1:]):
        return False
    generic = [frozenset(x.words) & _GENERIC for x in names]
    return max(generic, key=len) >= frozenset().union(*generic)


def _place_cut(short: OrgWords, long_: OrgWords) -> bool:
    """The longer name word for word after the place that opens it ("Harlow Roads Authority" / "Roads
    Authority"): the short form a second reference uses, not another body whose name lacks the place."""
    cut = len(long_.words) - len(short.words)
    return cut >= 1 and long_.words[cut:] == short.words and long_.topic[:1] != () and long_.topic[0].startswith("@") \
        and not any(w.startswith("@") for w in short.topic)


def _uncovered(small: tuple[str, ...], large: tuple[str, ...]) -> list[str]:
    """The words of ``large`` no word of ``small`` partners (each partner used once)."""
    left = list(large)
    for word in small:
        for n, other in enumerate(left):
            if _same_word(word, other):
                del left[n]
                break
    return left


def _proper_word(topic_word: str) -> bool:
    """A topic word that is no English word and no place: a name of its own ("Ducasse")."""
    if topic_word.startswith(("@", "syn:")):
        return False
    return not is_word(topic_word.split("/")[-1])


def _formal_free(name: OrgWords) -> list[str]:
    """The words of a name less the "of ... Affairs" a ministry's formal name adds ("Ministry of
    Foreign Affairs" is the Foreign Ministry); any other reordering keeps its words."""
    if "affairs" not in name.words:
        return sorted(name.words)
    return sorted(w for w in name.words if w not in ("affairs", "of"))


def only_reworded(a: OrgWords, b: OrgWords) -> bool:
    """The same words in another order ("Cosmodrome Ostrel"), a part of the name ("Emergency
    Situations", a word in another form of itself: "Electoral" / "Election"), or a demonym for its place ("Veskarian Seismological Institute" /
    "Seismological Institute of Veskaria"): a variant, not a translation garble."""
    if sorted(a.words) == sorted(b.words):
        return True
    if _formal_free(a) == _formal_free(b):
        return True  # "Foreign Ministry" / "Ministry of Foreign Affairs": the formal name
    if _derived_only(a.words, b.words):
        return True
    if _of_swapped(*sorted((a.words, b.words), key=len)):
        return True
    return (a.places or b.places) and a.plain == b.plain and sorted(a.topic) == sorted(b.topic)


_DERIVED_STEM = 5  # letters two forms of one word share: "electoral" / "election", "seismology" / "seismological"


def _derived_only(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The shorter name's words in order inside the longer, some written in another form of the word
    ("Electoral Commission" / "Central Election Commission"): one word's adjective for its noun, not
    another word, as a part of the name."""
    short, long_ = sorted((x, y), key=len)

    def same(u: str, v: str) -> bool:
        return u == v or min(len(u), len(v)) > _DERIVED_STEM and u[:_DERIVED_STEM] == v[:_DERIVED_STEM]

    return bool(short) and any(all(same(u, v) for u, v in zip(short, long_[n:n + len(short)]))
                               for n in range(len(long_) - len(short) + 1))


def _of_swapped(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """"Sentinel Logistics of Cash" for "Sentinel Cash Logistics": a compound of two nouns
    rewritten as one noun "of" the other, every other word in its place; the words are kept, so
    the name is reworded, not garbled. Only the last two words, and only with "of". The noun after
    "of" may take the plural English gives it there ("Volcano Observatory" / "Observatory of
    Volcanoes"). The two words may be the whole name: "Agriculture Ministry" / "Ministry of Agriculture"
    are English's two ways of naming a body by its field."""
    if len(long_) != len(short) + 1 or len(short) < 2 or long_[-2] != "of":
        return False
    return long_[:-3] == short[:-2] and long_[-3] == short[-1] and inflection_stem(long_[-1]) == inflection_stem(short[-2])


# "Minister" / "Ministry", "President" / "Presidency", "Regent" / "Regency": the holder of an office
# and the office itself differ by one ending, which looks like a misspelling and is not one.
_HOLDER_AND_OFFICE = (("er", "ry"), ("ent", "ency"), ("ant", "ancy"), ("or", "orate"), ("ary", "ariat"))


def holder_and_office(x: str, y: str) -> bool:
    """Whether the folded words ``x`` and ``y`` are an office holder and the office ("minister",
    "ministry"), in either order."""
    for holder, office in _HOLDER_AND_OFFICE:
        for a, b in ((x, y), (y, x)):
            if a.endswith(holder) and b.endswith(office) and a[: -len(holder)] == b[: -len(office)] and len(a) > 4:
                return True
    return False

