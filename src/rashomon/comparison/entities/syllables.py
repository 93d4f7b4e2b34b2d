"""A Western name written back in the syllables of Chinese or Japanese: "Velanto" as
"Weilantuo", "Averland" as "Aifulan", "Helena Strand" as "Herena Sutorando".

A translation from Chinese or Japanese gives a foreign name as the syllables those languages
wrote it with, romanised: every consonant opens a syllable (pinyin closes one only with n or ng;
Japanese with n), r and l are one sound, v becomes w or f. So a consonant that closes a syllable
in the original is dropped (Chinese) or gets a vowel of its own (Japanese), and what is left
keeps the original's consonants in order, by sound class. The letter-for-letter key of
names.skeleton cannot see a dropped consonant; this one can.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import is_word

# Pinyin: an initial, then a final; Japanese (Hepburn): a consonant or a palatalised one, then a
# vowel, or a syllable-closing n. Both written without tone marks, as translations write them.
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))+"
)
_KANA = re.compile(r"(?:(?:(?:[kgnhbpmr]y?)|sh|ch|ts|[sztdjfyw])?[aiueo]|n(?![aiueoy]))+")
_VOWELS = frozenset("aeiouy")
# Sound classes shared across the two scripts; r and l are one (neither language tells them apart).
_CLASSES = [("zh", "S"), ("ch", "K"), ("sh", "S"), ("ts", "S"), ("th", "T"), ("ph", "F"), ("kh", "K"), ("ck", "K"),
            ("ng", "N"), ("v", "F"), ("w", "F"), ("f", "F"), ("b", "P"), ("p", "P"), ("m", "M"), ("n", "N"),
            ("l", "L"), ("r", "L"), ("d", "T"), ("t", "T"), ("g", "K"), ("k", "K"), ("c", "K"), ("q", "K"),
            ("h", "K"), ("j", "K"), ("x", "S"), ("s", "S"), ("z", "S")]
_CLASS_RE = re.compile("|".join(c for c, _ in _CLASSES))
_CLASS_OF = dict(_CLASSES)
MAX_DROPPED = 1
MIN_CONSONANTS = 3  # "Hadeng" / "Halden": fewer consonants match too many names by chance


def syllabic(word: str) -> bool:
    """Whether the folded ``word`` is written wholly in pinyin or Japanese syllables."""
    return bool(_PINYIN.fullmatch(word) or _KANA.fullmatch(word))


@lru_cache(maxsize=1 << 14)
def _consonants(word: str) -> tuple[tuple[str, bool], ...]:
    """(sound class, whether a vowel follows) of each consonant of ``word``, doubles single."""
    out: list[tuple[str, bool]] = []
    at = 0
    for m in _CLASS_RE.finditer(word):
        if m.start() < at:
            continue
        at = m.end()
        sound = _CLASS_OF[m.group()]
        opens = m.end() < len(word) and word[m.end()] in _VOWELS
        if out and out[-1][0] == sound and m.start() > 0 and word[m.start() - 1] not in _VOWELS:
            out[-1] = (sound, opens)  # "ll", "ck": one sound
            continue
        out.append((sound, opens))
    return tuple(out)


def syllabic_rendering(rendered: str, original: str) -> bool:
    """Whether the folded ``rendered`` is the folded ``original`` written in Chinese or Japanese
    syllables: ``rendered`` is syllabic, every syllable open (or closed by n), and no English
    word; ``original`` is not syllabic and closes a syllable with a consonant other than n; both
    begin alike (a vowel or a consonant); and the consonants of
    ``original`` that open a syllable are all kept, in order and by sound, in ``rendered``, with
    at most one syllable-closing one dropped (or given a vowel of their own)."""
    if not rendered.isalpha() or not original.isalpha() or not syllabic(rendered) or syllabic(original):
        return False
    if is_word(rendered):
        return False  # an English word ("Banana") is no rendering of a name
    if (rendered[0] in _VOWELS) != (original[0] in _VOWELS):
        return False
    rendering = _consonants(rendered)
    if any(not opens and sound != "N" for sound, opens in rendering):
        return False  # "Courier": pinyin's "er" closes a syllable with r, which no rendering needs
    kept = [sound for sound, _ in rendering]
    source = _consonants(original)
    if len(kept) < MIN_CONSONANTS or not any(not opens and sound != "N" for sound, opens in source):
        return False
    return _kept_in_order(kept, source)


def _kept_in_order(kept: list[str], source: tuple[tuple[str, bool], ...]) -> bool:
    """``kept`` is ``source`` less at most one of its syllable-closing consonants (more dropped
    leaves too little of the original to tell it from another name)."""
    i, dropped = 0, 0
    for sound, opens in source:
        if i < len(kept) and kept[i] == sound:
            i += 1
        elif opens:
            return False  # a consonant that opens a syllable is never dropped
        else:
            dropped += 1
    return i == len(kept) and dropped <= MAX_DROPPED
