"""What every conflict check shares: the evidence of one side, the words around a value, and
the classes of words that name the same thing ("killed" / "dead" / "lost their lives")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ...model import Claim, ConflictSide, Value
from ...text import IRREGULAR_PAST, reporting_lemma
from ...text.calendar import CALENDAR_WORDS
from ...text.stems import suffix_stem
from ...text.thesaurus import senses

WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
STOP = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "this",
    "it", "its", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "as", "but", "not", "also",
    "he", "she", "they", "their", "his", "her", "which", "who", "will", "would", "after", "before", "than", "more",
    "some", "about", "around", "nearly", "almost", "least", "over", "up", "just", "only", "all", "other", "into",
    "said", "says", "say", "told", "according", "there", "these", "those", "them", "we", "our", "us", "i", "you",
    "out", "so", "such", "per", "cent", "percent", "points", "point", "since", "until", "then", "now", "still",
    "same", "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "last",
    "next", "first", "early", "late", "later", "ago", "year", "years", "day", "days", "week", "weeks", "month",
    "months", "hours", "hour", "morning", "evening", "night", "afternoon", *CALENDAR_WORDS, "million", "billion", "thousand", "hundred", "dozen",
    "whopping", "staggering", "mere", "only", "total", "new", "reported", "official", "officials", "can", "could",
    "may", "might", "what", "when", "where", "how", "while", "if", "no", "any", "each", "every", "most", "both",
}
# Words that name the same thing: a value's words are compared through these classes.
CLASSES = [
    ("dead", ("kill", "dead", "die", "died", "death", "fatalit", "perish", "lives", "life", "bodies", "body", "toll")),
    ("injured", ("injur", "hurt", "wound")),
    ("arrested", ("arrest", "detain", "detention", "custody", "captiv")),
    ("missing", ("missing",)),
    # Kept by hand for the words near a figure (``context``): the thesaurus makes officers, deputies
    # and ministers persons too, and reading them all as "people" there adds false conflicts (one
    # more on stories-dev, one on stories-fresh). Counted nouns outside it: figures.counted_class.
    ("people", (
        "people", "person", "citizen", "resident", "individual", "civilian", "fan", "supporter", "passenger",
        "victim", "protester", "demonstrator", "participant", "migrant", "survivor", "child", "adult", "patient",
        "voter", "villager", "inhabitant", "men", "women", "tourist", "pupil", "student", "spectator",
    )),
    ("evacuated", ("evacuat", "flee", "fled", "displac")),  # those who fled their homes, however it is told
    ("rescued", ("rescu", "saved", "pulled")),
    ("trapped", ("trapped",)),
    ("hospital", ("hospital",)),
    ("worker", ("worker", "miner", "employee", "staff", "job")),  # a job is one worker's post
    ("customer", ("customer", "consumer", "subscriber", "client")),  # those a utility or firm serves
    ("batch", ("batch", "lot")),
    ("vote", ("vote", "ballot")),
    ("country", ("country", "countries", "nation", "state")),
    ("tonne", ("tonne", "ton")),
    ("spilled", ("spill", "leak", "escap", "poured")),
    ("aground", ("aground", "grounding")),
    ("awarded", ("award", "signed", "signing")),  # a contract awarded / signed
    ("adopted", ("adopt",)),  # "adopted" / "the adoption"
    ("investigation", ("investigat", "probe", "inquiry", "inquiries")),
    ("discovered", ("discover", "spotted", "detect", "uncover", "find")),  # "found" is read as "find"
    ("second", ("second",)),
    ("hours", ("hour",)),
    ("diplomat", ("diplomat", "agent", "official")),
    ("strike", ("strike", "walkout", "stoppage")),  # a labour stoppage, however it is called
    ("artwork", ("painting", "masterpiece", "canvas", "artwork")),
    ("worth", ("worth", "valu")),  # "worth 60 million" / "value the works at 40 million"
    ("ban", ("ban", "suspen")),  # "suspended for 18 months" / "a two-year ban"
]




_POSSESSIVE = re.compile(r"[’']s$")


@lru_cache(maxsize=65536)
def word_class(word: str) -> str:
    w = _POSSESSIVE.sub("", word.lower()).strip("’'")  # "Aldenburg's" is Aldenburg
    w = IRREGULAR_PAST.get(w, w)
    for name, cues in CLASSES:
        if any(w.startswith(cue) for cue in cues):
            return name
    return suffix_stem(w)


def context(claim: Claim, start: int, end: int, reach: int = 6) -> set[str]:
    """Classes of the content words within ``reach`` words of ``start:end`` (article offsets)."""
    return set(_context(claim.text, start - claim.start, end - claim.start, reach, False))


def event_words(claim: Claim, start: int, end: int, reach: int = 6) -> set[str]:
    """The lowercase (not name) classes of :func:`context`: the words that say what happened."""
    return set(_context(claim.text, start - claim.start, end - claim.start, reach, True))


@lru_cache(maxsize=16384)
def _context(text: str, s: int, e: int, reach: int, lowercase: bool) -> frozenset[str]:
    """Classes of the content words within ``reach`` words of ``text[s:e]``, not crossing a
    semicolon, a colon, a bracket or a dash; ``lowercase``: only words that are not names."""
    left = re.split(r"[;:()]|\s[–—]\s", text[:s])[-1]
    right = re.split(r"[;:()]|\s[–—]\s", text[e:])[0]
    words = [w for w in WORD.findall(left)][-reach:] + [w for w in WORD.findall(right)][:reach]
    return frozenset(
        _class_in_context(w) for w in words
        if (not lowercase or w[0].islower()) and w.lower() not in STOP and len(w) > 2 and reporting_lemma(w) is None
    )


def _class_in_context(word: str) -> str:
    """A word's class; a capitalised word that is no word of the dictionary is a name, itself and
    no class its first letters happen to open ("Tollisen" is no "toll", "Killany" no "kill")."""
    if word[0].isupper() and not senses(word.lower()):
        return suffix_stem(_POSSESSIVE.sub("", word.lower()).strip("’'"))
    return word_class(word)


@dataclass(frozen=True, slots=True)
class Side:
    """One article's evidence: the claim, the value as written and as compared, its offsets."""

    claim: Claim
    value: str
    normalized: str
    start: int
    end: int

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.claim.sentence, self.start, self.end)

    def stated(self, kinds: tuple[str, ...] = ()) -> Value | None:
        """The value of the claim this side stands on (same offsets), of one of ``kinds`` when given."""
        return next((v for v in self.claim.values if v.start == self.start and v.end == self.end and (not kinds or v.kind in kinds)), None)

    def to_side(self, group: int) -> ConflictSide:
        return ConflictSide(
            article=self.claim.article, sentence=self.claim.sentence, text=self.claim.text, value=self.value,
            start=self.start, end=self.end, normalized=self.normalized, group=group,
        )


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Two sides that differ on one thing (``what``: "how many people killed", "the day")."""

    kind: str
    what: str
    a: Side
    b: Side


@dataclass(frozen=True, slots=True)
class Agreeing:
    """Two sides that state the same value for one thing: they join one group of a conflict."""

    a: Side
    b: Side


def is_headline(claim: Claim) -> bool:
    """A line with no closing stop, also where it ends on a quotation ('... Schäfer: "I never took
    it"'): a sentence of the body closes its quotation with a stop inside or after the marks."""
    return not claim.text.rstrip().rstrip("\"”'’» ").endswith((".", "!", "?"))


def fold(text: str) -> str:
    """Lower case without accents, for comparing names."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def holds(text: str, phrase: str) -> bool:
    """Whether ``text`` holds ``phrase`` as whole words (a hyphen or an apostrophe joins a word)."""
    return re.search(r"(?<![\w’'-])" + re.escape(phrase) + r"(?![\w’'-])", text) is not None


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (rapidfuzz's)."""
    return Levenshtein.distance(a, b)


_NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")  # "Schäfer" whole


def names_of(claim: Claim) -> set[str]:
    """The claim's capitalised words of four letters or more, no stop word, accents folded: its names."""
    return {fold(w) for w in _NAME_WORD.findall(claim.text) if w[0].isupper() and len(w) > 3 and w.lower() not in STOP}


def names_apart(a: Claim, b: Claim) -> bool:
    """Both claims name something (:func:`names_of`) and share no name: "Schafer won in Varnholm" /
    "Lindqvist won in Tessby" tell two winners."""
    na, nb = names_of(a), names_of(b)
    return bool(na and nb and not na & nb)
