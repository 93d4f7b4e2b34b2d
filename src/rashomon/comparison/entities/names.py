"""Comparing names as strings: folding, transliteration keys, first names, surnames and titles.

Machine translation garbles names in regular ways: accents dropped ("Lucía" / "Lucia"), letters
of one script written by the sound of another (W/V, Ch/Kh/H, J/Y/I, -ij/-iy, Ph/F), double
letters single, or a surname translated as a word ("Castle" for "Castillo"). The functions here
compare two strings with those changes in mind; resolve.py decides which strings are one name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from .lexicon import _data_lines, fold, is_word
from .syllables import syllabic_rendering
from .tokens import _PARTICLES

__all__ = ["ascii_fold", "first_names_agree", "first_names_sound_alike", "fused_title", "short_first_name", "is_word", "office_translation", "name_cognates", "pet_name", "same_spelling", "skeleton", "split_name",
           "titles_agree", "titles_related", "transliterated"]

_CONNECTOR_WORDS = {"of", "the", "and", "for", "de", "la", "le", "du", "des", "da", "del", "der", "von", "van", "on", "in", "at"}


# --- folding and transliteration keys --------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def ascii_fold(text: str) -> str:
    """``fold`` after transliteration to ASCII: "Lucía" = "lucia", "Москва" = "moskva".

    Forms that differ only here are one name (accents are a variant, never a garble).
    """
    from anyascii import anyascii

    return fold(anyascii(text))


# How German and the Nordic languages write their extra letters without them ("Rosström" /
# "Rosstroem", "Müller" / "Mueller", "Søren" / "Soeren"): the standard spelling, not a garble.
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa", "æ": "ae", "ß": "ss",
                              "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Ø": "Oe", "Å": "Aa", "Æ": "Ae"})


def same_spelling(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one name written with or without its accents, or with its
    umlauts (ä, ö, ü, ø, å, æ, ß) spelled out: a variant, never a garble."""
    return ascii_fold(a) == ascii_fold(b) or ascii_fold(a.translate(_SPELLED_OUT)) == ascii_fold(b.translate(_SPELLED_OUT))


# Letter groups machine translation and transliteration swap, longest first; each maps to one
# symbol: W/V/F, B/P, G/H/K/C/Q/Ch/Kh, D/T, S/Z/Sh/Zh/Ts, and J/Y read as vowels.
_SOUNDS = [
    ("sch", "S"), ("tsch", "S"), ("dzh", "S"), ("tch", "S"), ("kh", "K"), ("ch", "K"), ("gh", "K"), ("ph", "F"),
    ("th", "T"), ("sh", "S"), ("zh", "S"), ("ts", "S"), ("tz", "S"), ("ck", "K"), ("qu", "KF"), ("x", "KS"),
    ("ce", "Se"), ("ci", "Si"), ("cy", "Sy"),
    ("w", "F"), ("v", "F"), ("f", "F"), ("b", "P"), ("p", "P"), ("g", "K"), ("h", "K"), ("k", "K"), ("c", "K"),
    ("q", "K"), ("d", "T"), ("t", "T"), ("s", "S"), ("z", "S"),
]
_SOUND_RE = re.compile("|".join(re.escape(a) for a, _b in _SOUNDS))
_SOUND_MAP = dict(_SOUNDS)
_VOWEL_RUN = re.compile(r"[aeiouyj]+")


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A transliteration key: consonants by sound class, each vowel run one "a", doubles single.

    "Wallau" = "Vallau", "Genrikh" = "Henrik", "Weilantuo" = "Velanto", "Johanna" = "Yohana",
    "Lindkvist" = "Lindqvist", "Drunjesk" = "Drunesk", "Royce" = "Reuss": the forms an automatic translation from
    another script gives one name.
    """
    letters = _respelled(word)
    mapped = _SOUND_RE.sub(lambda m: _SOUND_MAP[m.group()], letters).lower()
    mapped = re.sub(r"(.)\1+", r"\1", _VOWEL_RUN.sub("a", mapped))
    return mapped[:-1] if len(mapped) > 2 and mapped.endswith("a") else mapped  # "Royce" = "Reuss"


def _respelled(word: str) -> str:
    """The folded letters of ``word`` with the spellings of one sound made one. Each part of a
    double name ("Farrow-Keyes") ends as a word does: its final w is silent, its final sound one."""
    return "".join(_respelled_part(part) for part in re.split(r"[^a-z]+", ascii_fold(word).lower()) if part)


def _respelled_part(letters: str) -> str:
    letters = re.sub(r"(?<=[aeiou])w$", "", letters)  # "Farrow" = "Faro": a silent final w
    letters = re.sub(r"qu(?![aeiouy])", "ku", letters)  # "Qustal" = "Kostal": a q before a vowel u
    letters = re.sub(r"(?<=[a-z]{2})que$", "k", letters)  # "Brasque" = "Brask": French and Spanish write a final k "-que"
    letters = re.sub(r"(?<=[aeiou])h(?![aeiouy])", "", letters)  # "Wahl" = "Vaal": an h that lengthens a vowel
    letters = re.sub(r"dg(?=[eiy])", "dzh", letters)  # "Ridge" = "Ridzh": English dg before e, i, y is the sound dzh
    letters = re.sub(r"(?<![st])tch(?=[aeiouy])", "ch", letters)  # "Tcholak" = "Čolak": French tch before a vowel is č
    return _one_final_sound(letters)


def _one_final_sound(text: str) -> str:
    """"Drafitch" = "Dravich", and German's "Kovatsch" = "Kovač": one final sound (the č or ć
    that folding writes "c": "Dravic", "Kovac") written one way."""
    return re.sub(r"t?tsch$|tch$", "ch", text)


def consonants(key: str) -> int:
    return sum(ch != "a" for ch in key)


def transliterated(a: str, b: str, *, loose: bool = False) -> bool:
    """Two spellings of one name as transliteration writes it: one written back from Chinese or
    Japanese syllables (syllables.py), or the same skeleton, and either three
    consonants or more, or at most two letters apart ("Gaas" / "Haas", "Fayla" / "Veyla");
    ``loose`` (a word beside other words that agree: "Yohana Royce" / "Johanna Reuss") drops
    the last condition."""
    x, y = _slavic_ending(*(ascii_fold(n) for n in (a, b)))
    if x == y or min(len(x), len(y)) < 4:
        return False
    if syllabic_rendering(x, y) or syllabic_rendering(y, x):
        return True  # "Aifulan" / "Averland": written back from Chinese or Japanese syllables
    key = skeleton(x)
    if key != skeleton(y):
        key = _french_reading(x, y)
    if not key or consonants(key) < 2:
        return False
    return loose or consonants(key) >= 3 or Levenshtein.distance(_one_final_sound(x), _one_final_sound(y)) <= 2


def _slavic_ending(x: str, y: str) -> tuple[str, str]:
    """A Slavic name's "-ov" / "-ev" as German and Polish write it, "-ow" / "-ew" ("Zhirkov" /
    "Zyrkow"), made "-ov" when the other spelling ends so; a final w after a vowel is otherwise
    read as silent ("Farrow")."""
    for one, other in ((x, y), (y, x)):
        if one.endswith(("ov", "ev")) and other.endswith(("ow", "ew")):
            return (x, y[:-1] + "v") if one is x else (x[:-1] + "v", y)
    return x, y


def _french_reading(x: str, y: str) -> str:
    """The shared skeleton of two spellings when the one French habits wrote ("ou" for u) is read
    with its "ch" as sh, as French writes that sound ("Bouchareb" / "Busharib"); "" when none."""
    for one, other in ((x, y), (y, x)):
        if "ou" in one and "ch" in one and "ch" not in other:
            key = skeleton(one.replace("ch", "sh"))
            if key == skeleton(other):
                return key
    return ""


# --- names ----------------------------------------------------------------------------------


def split_name(text: str) -> tuple[str, str]:
    """(first names, surname) of a person's full name; ("", name) for a single word.

    Particles open the surname: "Ursula von der Leyen" -> ("Ursula", "von der Leyen").
    """
    words = text.split()
    if len(words) < 2 or words[0].casefold() in _PARTICLES:  # "Von der Leyen" is a surname alone
        return "", text
    at = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _PARTICLES:
            at = i
            break
    return " ".join(words[:at]), " ".join(words[at:])


def soundex(word: str) -> str:
    """American Soundex: "Gabi" and "Gabby" are both G100; "Anthony" and "Antony" both A535."""
    codes = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"), **dict.fromkeys("dt", "3"),
             "l": "4", **dict.fromkeys("mn", "5"), "r": "6"}
    letters = [c for c in word.casefold() if c.isalpha()]
    if not letters:
        return ""
    out, last = letters[0].upper(), codes.get(letters[0], "")
    for c in letters[1:]:
        code = codes.get(c, "")
        if code and code != last:
            out += code
        if c not in "hw":
            last = code
    return (out + "000")[:4]


def first_names_agree(a: str, b: str) -> bool:
    """Same first name, up to an initial or a middle name: "Joe" ~ "J." ~ "Joe R."; a word put
    before it ("Strongman Daniyar" ~ "Daniyar") is a description, not another first name."""
    wa, wb = (ascii_fold(x).replace(".", "").replace("-", " ").split() for x in (a, b))
    if not wa or not wb:
        return True

    def same(xs: list[str], ys: list[str]) -> bool:
        return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) for x, y in zip(xs, ys))

    if same(wa, wb):
        return True
    short, long_ = sorted((wa, wb), key=len)
    return len(short) < len(long_) and len(short[-1]) > 1 and same(short, long_[len(long_) - len(short):])


def short_first_name(a: str, b: str) -> bool:
    """One first name is the everyday short form of the other, cut after its opening syllables:
    "Alex" / "Alexander", "Kate" / "Katherine", "Chris" / "Christoph" (three letters or more kept,
    a final "e", "y" or "ie" of the short form aside). One word each."""
    x, y = ascii_fold(a).replace(".", ""), ascii_fold(b).replace(".", "")
    if " " in x or " " in y or "-" in x or "-" in y:
        return False
    short, long_ = sorted((x, y), key=len)
    if len(long_) - len(short) < 2:
        return False
    for stem in (short, short[:-1] if short.endswith(("e", "y")) else "", short[:-2] if short.endswith("ie") else ""):
        if len(stem) >= 3 and long_.startswith(stem):
            return True
    return False


@lru_cache(maxsize=1)
def _pet_names() -> dict[str, frozenset[str]]:
    """Folded given name -> its folded pet forms (data/pet_names.txt), and each pet form -> the
    given names it is a pet form of."""
    out: dict[str, set[str]] = {}
    for line in _data_lines("pet_names.txt"):
        name, *pets = line.split()
        out.setdefault(name, set()).update(pets)
        for pet in pets:
            out.setdefault(pet, set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


def pet_name(a: str, b: str) -> bool:
    """One first name is an everyday pet form of the other that is not cut from its front
    ("Bill" / "William", "Hans" / "Johannes", "Dima" / "Dmitry"); two pet forms of one name
    ("Hans" / "Jan") are not taken for each other. One word each."""
    x, y = (ascii_fold(n).replace(".", "") for n in (a, b))
    if " " in x or " " in y or x == y:
        return False
    table = _pet_names()
    return y in table.get(x, ())


@lru_cache(maxsize=1)
def _cognates() -> dict[str, frozenset[int]]:
    """Folded given name -> the lines of data/name_cognates.txt it stands on."""
    out: dict[str, set[int]] = {}
    for n, line in enumerate(_data_lines("name_cognates.txt")):
        for form in line.split():
            out.setdefault(form, set()).add(n)
    return {k: frozenset(v) for k, v in out.items()}


def name_cognates(a: str, b: str) -> bool:
    """Two first names that are one name as two languages write it ("Piet" / "Peter", "Paulo" /
    "Pablo", "Henrik" / "Heinrich"): what a translation makes of a name, not another name. One
    word each."""
    x, y = (ascii_fold(n).replace(".", "").casefold() for n in (a, b))
    if " " in x or " " in y or x == y:
        return False
    table = _cognates()
    return bool(table.get(x, frozenset()) & table.get(y, frozenset()))


def fused_title(a: str, b: str) -> str:
    """The title one first name is the other with glued on before it ("Sheikhhamad" / "Hamad",
    "Dranselm" / "Anselm"), as a careless copy or a translation writes a title and a name as one
    word; "" when neither is."""
    from .lexicon import lexicon

    x, y = ascii_fold(a).replace(".", ""), ascii_fold(b).replace(".", "")
    short, long_ = sorted((x, y), key=len)
    if " " in long_ or len(short) < 3 or not long_.endswith(short):
        return ""
    head = long_[: len(long_) - len(short)]
    return head if len(head) >= 2 and lexicon().is_title(head) else ""


def first_names_sound_alike(a: str, b: str) -> bool:
    """A spelling or transliteration variant of the same first name: "Gabi" / "Gabby", "Anthony"
    / "Antony", "Genrikh" / "Henrik", "Yohana" / "Johanna"; two neighbouring letters swapped, the
    commonest slip of a typist, is one letter's difference ("Mangus" / "Magnus")."""
    x, y = ascii_fold(a).replace(".", ""), ascii_fold(b).replace(".", "")
    if min(len(x), len(y)) < 3:
        return False
    if transliterated(x, y):
        return True
    if x[0] != y[0]:
        return False
    distance = Levenshtein.distance(x, y)
    return distance == 1 or OSA.distance(x, y) == 1 or (distance == 2 and soundex(x) == soundex(y))


_TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "prof": "professor", "dr": "doctor",
    "pres": "president", "sgt": "sergeant", "defence": "defense", "advisor": "adviser",
}


def _title_words(title: str) -> list[str]:
    words = fold(title).replace(".", " ").replace("-", " ").split()
    return [_TITLE_ABBREVIATIONS.get(w, w) for w in words if w not in _CONNECTOR_WORDS]


# Words that describe someone without naming an office; with "police" or "club" before them
# they still say nothing about rank.
_VAGUE_TITLE_WORDS = frozenset({"leader", "head", "boss", "official", "representative", "police", "club", "party", "team"})
# A rank that makes another office: a deputy minister is not the minister.
_SUBORDINATE_RANKS = frozenset({"deputy", "vice", "assistant", "under", "associate", "lieutenant", "junior"})


def titles_agree(a: str, b: str) -> bool:
    """"Secretary" agrees with "Secretary of State" and "Gov." with "Governor"; "Foreign
    Minister" does not agree with "Secretary of State", nor "Deputy Chief Constable" with
    "Chief Constable"."""
    wa, wb = _title_words(a), _title_words(b)
    if set(wa) <= _VAGUE_TITLE_WORDS or set(wb) <= _VAGUE_TITLE_WORDS:
        return True  # "police leader", "their representative": a description, not an office
    if (set(wa) ^ set(wb)) & _SUBORDINATE_RANKS:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return set(short) <= set(long_)




# Kinds of office a translation words differently ("chief executive" / "general director").
_OFFICE_KINDS = [
    {"director", "executive", "ceo", "chief", "manager", "head", "boss", "chairman", "chairwoman", "chair", "president"},
    {"senator", "representative", "deputy", "mp", "lawmaker", "legislator", "congressman", "congresswoman"},
    {"judge", "justice", "magistrate"},
    {"minister", "secretary"},
    {"spokesman", "spokeswoman", "spokesperson", "spokesman", "press"},
]


def titles_related(a: str, b: str) -> bool:
    """Titles that may name one office ("Director" / "Deputy Director", "chief executive" /
    "general director", "Dr." / anything): they share a word that is not a rank, or a kind of
    office; "Senator" and "Judge" do not."""
    wa, wb = set(_title_words(a)), set(_title_words(b))
    if wa <= _HONORIFIC_TITLES or wb <= _HONORIFIC_TITLES:
        return True
    if (wa & wb) - _VAGUE_TITLE_WORDS - _SUBORDINATE_RANKS:
        return True
    return any(wa & kind and wb & kind for kind in _OFFICE_KINDS)


_HONORIFIC_TITLES = frozenset({"doctor", "professor", "mr", "mrs", "ms", "sir", "dame"})


def office_translation(a: str, b: str) -> bool:
    """Two titles with no word in common that name the same kind of office ("chief executive" /
    "general director"): a translation's wording, not another office."""
    wa, wb = set(_title_words(a)), set(_title_words(b))
    if wa & wb:
        return False
    heads = _OFFICE_KINDS[0]  # the heads of a body; "Foreign Minister" / "Secretary of State" stay two offices
    return bool(wa & heads and wb & heads)


def word_support(text: str, written: list[frozenset[str]]) -> float:
    """How far a story's mentions (``written``: each one's words, as :func:`folded_words` reads
    them) bear out the words of one form of a name: the
    share of the form's words (folded, accents aside) each mention holds, summed. Of "Helga
    Sandqvist" and "Helen Sandqvist" written once each, another article's "Helga Sandquist" bears
    out Helga: two forms equally often written are told apart by what the rest of the story
    writes, not by which article came first."""
    words = set(ascii_fold(text).split())
    if not words:
        return 0.0
    return sum(len(words & w) for w in written) / len(words)


def folded_words(texts: list[str]) -> list[frozenset[str]]:
    """Each text's words, folded to ASCII (:func:`word_support` reads them)."""
    return [frozenset(ascii_fold(t).split()) for t in texts]
