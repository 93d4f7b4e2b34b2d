"""Untyped names read as people: two or three capitalised words the tagger could not type
(no title, no listed first name) get a first name and a surname when the story's other names
show them to be a person's, so that step 2 compares their surnames (resolve.py runs it first)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from rapidfuzz.distance import Levenshtein

from .forms import MIN_NEAR_MISS, _acronym, _Form
from .lexicon import dictionary_word, fold, lexicon
from .mentions import OTHER, PERSON
from .names import ascii_fold, first_names_agree, first_names_sound_alike, is_word, skeleton, split_name, transliterated


def name_untyped_people(forms: dict[str, _Form], is_place: Callable[[str], bool]) -> None:
    """Give a first name and a surname to each untyped form that reads as a person's name; again
    while a pass names someone, whose first name and surname the next pass may read others by
    ("Marten Holly" beside "Marten Hollis", named in the pass before)."""
    for _ in range(3):
        if not _name_once(forms, is_place):
            return


def _name_once(forms: dict[str, _Form], is_place: Callable[[str], bool]) -> bool:
    """One pass of name_untyped_people; whether it named anyone."""
    # "Lyndon Johnson", "Tara Reid ... Reid said": two or three capitalised words ending in a
    # known person's surname, or in a word that stands alone elsewhere as a name.
    surnames = {ascii_fold(f.surname) for f in forms.values() if f.surname}
    full_surnames = set(surnames)
    surnames |= {f.key for f in forms.values()
                 if " " not in f.key and not f.key.startswith("@") and f.type in (PERSON, OTHER) and not _acronym(f.surface)}
    # "Declan Farrow" beside "representative Declan Farow": the first name of a known person
    # and a near miss of that person's surname make a person too, whose surname step 2 compares.
    known_people: dict[str, list[tuple[str, str]]] = defaultdict(list)  # first name's sound key -> people
    for f in forms.values():
        if f.surname and f.first and " " not in f.first and _ALPHABETIC.fullmatch(f.surname):  # "Corvell H12" is a model
            known_people[_first_name_key(f.first)].append((ascii_fold(f.first), ascii_fold(f.surname)))
    shared_last = _shared_last_words(forms.values())
    named = False
    for form in forms.values():
        if form.surname:
            continue
        words = form.surface.split()
        if not (form.type == OTHER and 1 < len(words) <= 3 and all(w[:1].isupper() for w in words)
                and fold(words[0]) not in lexicon().common):
            continue
        last = ascii_fold(words[-1])
        if last in shared_last and not is_word(last) and not is_place(last):
            form.first, form.surname = split_name(form.surface)  # "Ruud Kessling" / "Rudolf Kessling"
            named = True
            continue
        if last not in full_surnames and is_place(last):
            continue  # "Forward Orvesia": a word and a place, not a person
        # "Dunmere Rovers", "Supporters' Trust": a dictionary word standing alone elsewhere is no
        # surname; a surname the embedder's vocabulary holds ("Hollis") is
        if (last in surnames and (last in full_surnames or not dictionary_word(last))) or any(
            _double_written_single(last, name) for name in surnames - full_surnames
        ) or any(
            (first_names_agree(words[0], first) or first_names_sound_alike(words[0], first)) and (
                is_word(last) or transliterated(last, surname) or len(last) >= MIN_NEAR_MISS
                and Levenshtein.distance(last, surname) <= (1 if max(len(last), len(surname)) <= 7 else 2))
            for first, surname in known_people.get(_first_name_key(words[0]), ())
        ) or _initial_of_known(words, known_people):
            form.first, form.surname = split_name(form.surface)
            named = True
    return named


_INITIAL = re.compile(r"^[A-Z]\.$")
_ALPHABETIC = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _double_written_single(a: str, b: str) -> bool:
    """"Ansgar Wennerholm" beside "Wenerholm" alone elsewhere: two names, neither an English word,
    the same but for a double letter written once."""
    if a == b or abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < MIN_NEAR_MISS or is_word(a) or is_word(b):
        return False
    long_, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long_[i] == long_[i + 1] and long_[:i] + long_[i + 1:] == short for i in range(len(long_) - 1))


def _initial_of_known(words: list[str], known_people: dict[str, list[tuple[str, str]]]) -> bool:
    """"T. Valmosk" beside "Teodor Valmusk": an initial that opens a known person's first name and,
    after it, that person's surname one edit off or transliterated (a word of English is no such
    surname here: an initial alone is too weak to read a translated surname)."""
    if len(words) != 2 or not _INITIAL.match(words[0]):
        return False
    last, letter = ascii_fold(words[1]), ascii_fold(words[0][0])
    if len(last) < MIN_NEAR_MISS or is_word(last):
        return False
    return any(first.startswith(letter) and (Levenshtein.distance(last, surname) <= 1 or transliterated(last, surname))
               for people in known_people.values() for first, surname in people)


def _first_name_key(first: str) -> str:
    """The sound key first names are looked up by; r and l one ("Herena" for "Helena", as
    Japanese writes it)."""
    return skeleton(first).replace("r", "l")


def _shared_last_words(forms: Iterable[_Form]) -> set[str]:
    """Last words two untyped names of two or three capitalised words end with, after different
    first words ("Ruud Kessling" / "Rudolf Kessling"): a surname, with an unlisted first name
    or a translation's other one. A name written with a word before it ("Ferry Morning Tern", a
    headline's, beside "Morning Tern") is that name, not another first name: only the shortest
    forms' first words count."""
    names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for form in forms:
        words = form.surface.split()
        if form.type == OTHER and 1 < len(words) <= 3 and all(w[:1].isupper() for w in words):
            names[ascii_fold(words[-1])].add(tuple(fold(w) for w in words))
    out = set()
    for last, told in names.items():
        shortest = [t for t in told if not any(len(u) < len(t) and t[-len(u):] == u for u in told)]
        if len({t[0] for t in shortest}) >= 2:
            out.add(last)
    return out
