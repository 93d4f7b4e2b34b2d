"""The rules tagger's tokens: words with the cues that end or join a name ("Blinken’s",
"Hague-based", "al-Assad", "US-Israel"), and the small word sets a name's shape is read with."""

from __future__ import annotations

import re

from .lexicon import Lexicon


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gen", "lt", "col", "maj", "capt", "prof", "jr", "sr", "mme", "gov", "pres", "sgt"}
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*")
_PARTICLES = {"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "bin", "ibn", "abu", "abd", "ben", "van", "von",
              "de", "da", "di", "du", "dos", "das", "del", "della", "der", "den", "la", "le", "ter", "ten", "bint"}
_CONNECTORS = {"of", "the", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "la", "le", "y", "do", "dos", "das", "for"}
_SPACES2 = {"  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0"}
_OPENERS = set("\"“‘'([«—–-:")
# A lowercase word after a sentence-initial capitalised word that marks it as a subject ("Blinken
# said", "Blinken has"), unlike "Receive the" or "Speaking to".
_VERB_CUES = {"is", "was", "has", "had", "have", "will", "would", "could", "should", "can", "may", "might", "must",
              "said", "says", "told", "added", "also", "did", "does", "who", "and", "himself", "herself", "later", "then"}


# One romanised East Asian syllable: an initial, a glide, one to three vowels, a closing nasal or stop.
# a syllable of a romanised given name; Wade-Giles ends some in "eh" ("Hsueh", "Chieh", "Yeh")
_SYLLABLE = re.compile(r"(?:ch|sh|zh|ts|hs|[bcdghjklmnpqrstxz])?[yw]?(?:[aeiou]{1,3}(?:ng|n|m|k|p|l|t)?|[aiu]{0,2}eh)")


def _given_name_syllables(head: str, tail: str) -> bool:
    """"Jae-won", "Chien-kuo", "Hsueh-liang": a given name written as two syllables joined by a hyphen,
    the second in lower case, unlike "Hague-based" or "Soviet-era" (no syllable, or a past participle)."""
    return (head[:1].isupper() and head[1:].islower() and not tail.endswith("ed")
            and bool(_SYLLABLE.fullmatch(head.casefold())) and bool(_SYLLABLE.fullmatch(tail)))


class _Token:
    __slots__ = ("text", "start", "end", "possessive", "modifier", "capitalised")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.possessive = False  # "Blinken’s": the name ends here
        self.modifier = False  # "Hague-based": the name ends here
        head, _, rest = text.partition("-")
        self.capitalised = (text[0].isupper() or (head in _PARTICLES and rest[:1].isupper())  # "al-Assad"
                            or (len(text) > 2 and text[0].islower() and text[1].isupper() and text[2:3].islower()))  # "iPod", "eBay"

    @property
    def acronym(self) -> bool:
        letters = self.text.replace(".", "")
        return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()

    def __repr__(self) -> str:
        return f"_Token({self.text!r}, {self.start})"


def _tokens(text: str, start: int, end: int, lex: Lexicon) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.start(), m.end()
        word = m.group()
        # A trailing full stop belongs to initials ("W.") and abbreviations ("Dr.").
        if e < end and text[e] == "." and ((len(word) == 1 and word.isupper()) or word.casefold() in _ABBREVIATIONS):
            e += 1
            word += "."
        if word[-2:] in ("'s", "’s") and len(word) > 3:
            tok = _Token(word[:-2], s, e - 2)
            tok.possessive = True
            out.append(tok)
            continue
        if "-" in word and word[0].isupper():
            parts = word.split("-")
            lower_at = next((i for i, p in enumerate(parts) if p and not p[0].isupper() and not p[0].isdigit()), None)
            if lower_at == 1 and len(parts) == 2 and _given_name_syllables(parts[0], parts[1]):
                out.append(_Token(word, s, e))  # "Jae-won", "Wei-ming": one given name in two syllables
                continue
            if lower_at is not None and lower_at > 0:  # "Hague-based", "Muslim-majority"
                head = "-".join(parts[:lower_at])
                tok = _Token(head, s, s + len(head))
                tok.modifier = True
                out.append(tok)
                continue
            if lower_at is None and len(parts) > 1 and lex.place_code(word) is None and not lex.is_title(word) and all(
                lex.place_code(p) is not None or lex.demonym_code(p) is not None for p in parts
            ):  # "US-Israel": two places
                at = s
                for p in parts:
                    tok = _Token(p, at, at + len(p))
                    tok.modifier = True
                    out.append(tok)
                    at += len(p) + 1
                continue
        out.append(_Token(word, s, e))
    return out
