"""Words written in capitals for loudness, told from acronyms, and a view of the text with their case restored.

A tabloid headline in capitals ("MAYOR'S SHAME: BRIDGE CASH SCANDAL") or a word shouted inside a
sentence ("They SMASHED the gates", "for SIX YEARS") carries no sign of a name in its capitals, yet
every step that reads a capital as a name's sign (a word not opening a sentence, written with a
capital) reads it as one. An acronym (NATO, EU, BBC) keeps its capitals: they are its spelling.

    shouted_runs(text)        -> ((start, end), ...) runs of words in capitals read as loudness
    case_view(text, story=()) -> ``text`` with those runs' words in the case the story writes them

The view has the length of ``text`` and each character at its own offset (a letter's case is all
that changes, and a letter whose other case is not one character stays as written), so an offset
read on the view points at the same characters of the text: evidence still cites the article's own
characters.

Which capitals are loudness:

- a run of two or more words in capitals (a headline, "LOCKED UP", "SEVEN HUNDRED"), its words of
  two letters or more; a word in it keeps its capitals where the story writes it so outside any
  such run (an acronym the story uses: "EU" in "EU FURY OVER ...");
- one word in capitals among words that are not: shouted where it is four letters or more and an
  English word (wordfreq Zipf >= ``SHOUTED_ZIPF`` of its lower case: "SHAMED", "AGAIN"), unless the
  story treats it as an acronym (written in brackets, "(EMSB)", or as the initials of a capitalised
  phrase, "Medicines Safety Board" ... "MSB", or written alone in capitals more than once: a shout is
  seldom repeated, an acronym is). Three letters or fewer stay an acronym ("UN", "BBC").

A restored word takes the case the story writes it in inside a sentence (not first in one, not in
a run), or first in one before the same capitalised word as in the run: "Mount Velkar" where the
story writes "Mount Velkar erupted"; else lower case when wordfreq knows it as a
word, else a capital and lower case (a name the story writes nowhere else). A word first in its
sentence or line gets a capital, as any sentence's first word has.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .frequency import zipf

__all__ = ["SHOUTED_ZIPF", "case_view", "shouted_runs"]

# wordfreq's Zipf above which a lone word in capitals is an English word shouted, not an acronym
SHOUTED_ZIPF = 3.0
# Zipf at which a word of a run in capitals the story writes nowhere else is a word, not a name
_WORD_ZIPF = 1.5

_LETTER = r"A-Za-zÀ-ÖØ-öø-ɏ"
_WORD = re.compile(rf"[{_LETTER}]+(?:['’.-][{_LETTER}]+)*")
# what may stand between two words of one run: spaces, punctuation, figures; never a line break
_JOIN = re.compile(r"[^\S\n]*[^\w\s]*[^\S\n]*(?:[\d.,%$€£]+[^\S\n]*[^\w\s]*[^\S\n]*)?")
_BRACKETED = re.compile(rf"\(([{_LETTER}]{{2,8}})\)")
_CAPITALISED_PHRASE = re.compile(rf"[A-Z][{_LETTER}]+(?:\s+(?:of|for|and|the|de|du|la)?\s*[A-Z][{_LETTER}]+)+")
_SMALL = frozenset("of for and the de du la".split())


def _capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Maximal runs of words in capitals (a one-letter word inside a run joins it: "A", "I")."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    last_end = -1
    for m in _WORD.finditer(text):
        word = m.group()
        joined = bool(current) and _JOIN.fullmatch(text, last_end, m.start()) is not None
        if _capitals(word) or (word.isupper() and joined):
            if not joined and current:
                runs.append(current)
                current = []
            current.append(m)
            last_end = m.end()
        else:
            if current:
                runs.append(current)
            current, last_end = [], -1
    if current:
        runs.append(current)
    # a run that ends on a one-letter word keeps it only between two longer ones
    return [run[: max(i for i, m in enumerate(run) if _capitals(m.group())) + 1] for run in runs if any(_capitals(m.group()) for m in run)]


def _story_acronyms(texts: Iterable[str]) -> frozenset[str]:
    """Words a story marks as acronyms: written in brackets, the initials of one of its capitalised
    phrases, or written alone in capitals (no other word in capitals beside it) more than once."""
    found: set[str] = set()
    alone: Counter[str] = Counter()
    for text in texts:
        alone.update(run[0].group() for run in _runs(text) if len(run) == 1)
        found.update(m.group(1) for m in _BRACKETED.finditer(text) if m.group(1).isupper())
        for m in _CAPITALISED_PHRASE.finditer(text):
            words = [w for w in m.group().split() if w.lower() not in _SMALL]
            if len(words) >= 2:
                found.add("".join(w[0] for w in words).upper())
    return frozenset(found | {word for word, n in alone.items() if n > 1})


def _loud(run: list[re.Match[str]], acronyms: frozenset[str]) -> bool:
    if sum(_capitals(m.group()) for m in run) >= 2:
        return True
    word = run[0].group()
    letters = word.replace(".", "").replace("’", "").replace("'", "").replace("-", "")
    if len(letters) < 4 or word in acronyms or "." in word:
        return False
    return zipf(word.lower()) >= SHOUTED_ZIPF


def shouted_runs(text: str, story: Iterable[str] = ()) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` written in capitals for loudness (see the module's rules); ``story``:
    the other texts of the story, whose brackets and capitalised phrases tell its acronyms."""
    return tuple((run[0].start(), run[-1].end()) for run in _loud_runs(text, _story_acronyms((text, *story))))


def _loud_runs(text: str, acronyms: frozenset[str]) -> list[list[re.Match[str]]]:
    return [run for run in _runs(text) if _loud(run, acronyms)]


def _first_in_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip(" \t“\"‘'(«")
    return not before or before[-1] in ".!?\n:—–-|"


def _story_forms(texts: Iterable[str], loud: list[tuple[int, int, int]]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Each word's commonest form written inside a sentence and outside every loud run, by its lower
    case; and a word's form first in a sentence before a capitalised word inside it ("Mount" of
    "Mount Velkar erupted"), by the pair's lower case."""
    counts: dict[str, Counter[str]] = {}
    pairs: dict[tuple[str, str], Counter[str]] = {}
    for index, text in enumerate(texts):
        spans = [(s, e) for i, s, e in loud if i == index]
        words = [m for m in _WORD.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
        for k, m in enumerate(words):
            if _first_in_sentence(text, m.start()):
                after = words[k + 1] if k + 1 < len(words) else None
                if after is not None and after.group()[:1].isupper() and text[m.end() : after.start()].isspace():
                    pairs.setdefault((m.group().lower(), after.group().lower()), Counter())[m.group()] += 1
                continue
            counts.setdefault(m.group().lower(), Counter())[m.group()] += 1
    return ({key: c.most_common(1)[0][0] for key, c in counts.items()},
            {key: c.most_common(1)[0][0] for key, c in pairs.items()})


def _recased(written: str, form: str) -> str:
    """``written`` with the case of ``form`` letter by letter (a letter whose other case is not one character stays)."""
    out = []
    for a, b in zip(written, form):
        c = b if a.lower() == b.lower() and len(b) == 1 else a
        out.append(c)
    return "".join(out) + written[len(form):]


def _lower(word: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def case_view(text: str, story: Iterable[str] = ()) -> str:
    """``text`` with each word of its loud runs (:func:`shouted_runs`) in the case the story
    (``text`` and the texts of ``story``) writes it; same length, every offset kept."""
    return _case_view(text, tuple(story))


@lru_cache(maxsize=512)
def _case_view(text: str, story: tuple[str, ...]) -> str:
    texts = (text, *story)
    acronyms = _story_acronyms(texts)
    loud = [(i, run[0].start(), run[-1].end()) for i, t in enumerate(texts) for run in _loud_runs(t, acronyms)]
    runs = _loud_runs(text, acronyms)
    if not runs:
        return text
    forms, pairs = _story_forms(texts, loud)
    chars = list(text)
    for run in runs:
        for k, m in enumerate(run):
            word = m.group()
            form = forms.get(word.lower())
            pair = pairs.get((word.lower(), run[k + 1].group().lower())) if k + 1 < len(run) else None
            if pair is not None and (form is None or form.islower()):
                form = pair  # "MOUNT VELKAR" where the story opens a sentence with "Mount Velkar"
            if form is not None and len(form) == len(word):
                new = _recased(word, form)
            elif zipf(word.lower()) >= _WORD_ZIPF or len(word) < 2:
                new = _lower(word)
            else:
                new = word[:1] + _lower(word[1:])
            if _first_in_sentence(text, m.start()):
                new = new[:1].upper() + new[1:] if len(new[:1].upper()) == 1 else new
            chars[m.start() : m.end()] = new
    return "".join(chars)
