"""What a figure's clause tallies: the dead, the injured, the arrested, those taken to hospital.

A tally is read from the words of the figure's clause ("31 people were injured" -> injured; "the death
toll rose to 9" -> dead). A part drawn from a tallied whole counts the tally of its own predicate
("Eleven of the injured were taken to hospital" -> hospital), and a part whose own verb is a tally counts
the tallied ("two of its guards were wounded"). Two figures of different tallies are two quantities
(:func:`~.values.shared_context`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Claim, Value
from ...text.stems import inflection_stem, suffix_stem
from ..claims import value_measure
from ..framing.idioms import LISTS, find_idioms
from ..memo import per_record
from .common import CLASSES, WORD, word_class
from .figure_roles import CLAUSE_END, is_part
from .figures import figure

# What an event's tallies count: one such class in common is enough to compare two figures.
TALLIES = ("dead", "injured", "arrested", "missing", "hospital", "evacuated", "trapped", "rescued", "spilled")
_SPILLED = frozenset({"spilled"})
# Tallies told anywhere in both figures' clauses, words away: "2,500 tonnes had escaped" / "up
# to 6,000 tonnes of toxic crude have already poured into the sea" (a measure's tally, see tally_of)
TALLY_IN_CLAUSE = _SPILLED  # a tally of tonnes, litres or barrels, not of people or money


# "two of its guards were wounded": a part of a whole told without a figure, then the verb
_PART_PREDICATE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<group>[a-z][\w-]*)\s+"
    r"(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?P<verb>[a-z]+)(?:\s+(?P<next>[a-z]+))?"
)


def tallied_part(claim: Claim, v: Value) -> bool:
    """A part whose whole is only who they belong to and whose own verb is a tally ("two of
    its guards were wounded", "three of the miners were killed"): the figure counts the
    tallied, as "two guards were wounded" does. A whole with a figure ("two of the 31 injured")
    or a tally in the whole ("three of the injured were children") stays a part."""
    m = _PART_PREDICATE.match(claim.text, v.end - claim.start)
    # the verb right after "were", or after one adverb ("were later arrested"): an optional adverb
    # read first would take the verb itself and leave the next word ("were arrested for ...")
    return bool(m) and _tallied_verb(m) or bool(_drawn_from_tally(claim, v))


def _tallied_verb(m: re.Match[str]) -> bool:
    return any(w and word_class(w) in TALLIES for w in (m.group("verb"), m.group("next")))



def some_of_the_tallied(part: Claim, vp: Value, whole: Claim, vw: Value) -> bool:
    """A tallied part of a named group ("seven of our members were injured") against a larger count
    of all the people tallied ("17 people were injured", "17 wounded"): the part may be some of
    them. A part larger than the whole ("nine of our members were arrested" / "six people were
    arrested") cannot be, and the two still disagree."""
    m = _PART_PREDICATE.match(part.text, vp.end - part.start)
    if not (m and is_part(part, vp) and _tallied_verb(m)) or is_part(whole, vw) or not vw.counted:
        return False
    if suffix_stem(m.group("group")) == suffix_stem(vw.counted):
        return False  # "two of its guards were wounded" / "three border guards were wounded": one group
    # "17 people", "17 wounded" count all the tallied; "three coastguard sailors" only sailors
    return word_class(vw.counted) in ("people", *TALLIES) and abs(figure(vp)[0]) < abs(figure(vw)[0])


# "Eleven of the injured were taken to hospital": the whole a part is drawn from, named by a tally
_TALLIED_WHOLE = re.compile(r"\s+of\s+(?:the|those)\s+([a-z][\w-]*)\s+(?=(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\b)")


def _drawn_from_tally(claim: Claim, v: Value) -> frozenset[str]:
    """The tallies of a figure's own predicate when the figure names only who it is drawn from by
    another tally ("Eleven of the injured were taken to hospital", "Nine injured were brought to
    hospital" -> hospital): the figure counts the second tally, as "twelve were rushed to hospital"
    does; empty when the predicate names no other tally ("three of the injured were children")."""
    return _drawn(claim.text, v.end - claim.start, v.counted)


@lru_cache(maxsize=16384)
def _drawn(text: str, e: int, counted: str) -> frozenset[str]:
    """:func:`_drawn_from_tally` of the figure ending at ``e`` in ``text``: read once per figure,
    not once per pair of figures."""
    if (m := _TALLIED_WHOLE.match(text, e)) is not None:
        whole, e = word_class(m.group(1)), m.end()
    elif counted and word_class(counted) in TALLIES and re.match(r"\s+" + re.escape(counted) + r"\s+(?:were|was|are|is|had\s+been|have\s+been)\b", text[e:]):
        whole = word_class(counted)
    else:
        return frozenset()
    if whole not in TALLIES:
        return frozenset()
    own = frozenset(c for c in (_tally_class(w) for w in _not_occasion(_within_reach(WORD.findall(CLAUSE_END.split(_literal(text)[e:])[0]), 8))) if c in TALLIES)
    return own - {whole}


@per_record
def tally_of(claim: Claim, v: Value) -> frozenset[str]:
    """The tallies a figure's clause names ("31 people were injured" -> injured; "half a dozen
    injured were taken to hospital" -> injured, hospital; "the death toll rose to 9" -> dead)."""
    if drawn := _drawn_from_tally(claim, v):
        return drawn  # "Eleven of the injured were taken to hospital" counts the hospital's
    counted = word_class(v.counted) if v.counted else ""
    tallies = _tallies(claim.text, v.start - claim.start, v.end - claim.start)
    if value_measure(v) is None:
        tallies -= _SPILLED  # "1.2 billion florins to fix leaking mains": only an amount of matter spills
    # the counted noun inside the figure's own words ("the only fatality") names its tally too
    return tallies | {counted} if counted in TALLIES else tallies


# "Two men, a driver and a dock worker, were arrested": who the counted are, set between commas
# after the counted noun, is no end of the figure's clause
# nor is who says so ("Around 2,000 people, according to villagers, were forced to flee")
_APPOSITION = re.compile(
    r"^(\s+[a-z][\w-]*),\s+(?:(?:a|an|the|one|both)\s+[^,;:()]{1,80}|according\s+to\s+[^,;:()]{1,60}),"
    r"(?=\s+(?:were|was|are|is|have|had|has)\b)"
)


def sentence_tallies(claim: Claim) -> set[str]:
    return {c for c in (_tally_class(w) for w in WORD.findall(_literal(claim.text))) if c in TALLIES}


# The tally cues that are whole words: a longer word that only begins with one ("deadline", "killer",
# "diesel", "lifetime", "bodyguard") is another word, not an inflection of the cue.
_WHOLE_CUES = tuple(c for name, cues in CLASSES if name in TALLIES for c in cues if c in ("kill", "dead", "die", "death", "life", "body", "toll", "hurt", "wound"))
# Fixed expressions whose word only looks like a casualty word, missing from the idiom table
# (``data/idioms.tsv``, read through :func:`~..framing.idioms.find_idioms`).
_FIXED = re.compile(r"\b(?:dead[\s-](?:ends?|heats?|ringers?|weight|letters?|zones?|air|spots?|cert)|"
                    r"kill(?:ing|ed|s)?\s+time|wounded\s+(?:pride|ego|vanity|feelings))\b", re.I)


@lru_cache(maxsize=65536)
def _tally_class(word: str) -> str:
    """:func:`word_class`, less a word that only begins with a whole-word tally cue ("deadline",
    "killer"): "killed", "deaths", "bodies" and "wounded" keep their tally."""
    c = word_class(word)
    if c not in TALLIES:
        return c
    w = word.lower()
    cue = next((q for q in _WHOLE_CUES if w.startswith(q)), None)
    if cue is None or w == cue or inflection_stem(w) == inflection_stem(cue):
        return c
    return ""


@lru_cache(maxsize=16384)
def _literal(text: str) -> str:
    """``text`` with each fixed expression that holds a casualty word blanked, offsets kept ("in the
    dead of night", "a dead heat", "killing time", "wounded pride"): the word's role in the expression
    is no death or injury, so it names no tally. Expressions come from the idiom lists (not the
    WordNet entries, which are read literally too) and from :data:`_FIXED`."""
    spans = [(m.start, m.end) for m in find_idioms(text) if m.idiom.source == LISTS]
    spans += [m.span() for m in _FIXED.finditer(text)]
    out = text
    for s, e in spans:
        if any(word_class(w) in TALLIES for w in WORD.findall(text[s:e])):
            out = out[:s] + " " * (e - s) + out[e:]
    return out


@per_record
def named_tally(claim: Claim, v: Value) -> frozenset[str]:
    """Tallies told by a capitalised word in the figure's clause ("were taken to St. Aurel Hospital")."""
    clause = CLAUSE_END.split(claim.text[v.end - claim.start :])[0]
    return frozenset(c for c in (word_class(w) for w in WORD.findall(clause) if w[:1].isupper()) if c in TALLIES)


def apposed(claim: Claim, v: Value) -> bool:
    """Whether who the counted are stands between commas after the figure's noun (see ``_APPOSITION``)."""
    return bool(_APPOSITION.match(claim.text[v.end - claim.start :]))


@lru_cache(maxsize=16384)
def _tallies(text: str, s: int, e: int) -> frozenset[str]:
    text = _literal(text)
    rest = _OF_PAIR.sub(r"\1 ", _APPOSITION.sub(r"\1", text[e:]))
    after = _not_occasion(_within_reach(WORD.findall(CLAUSE_END.split(_NAMES_JOINED.sub(r"\1 ", rest))[0]), 8))
    before = _not_occasion(WORD.findall(CLAUSE_END.split(text[:s])[-1]))[-4:]
    return frozenset(c for c in (_tally_class(w) for w in after + before) if c in TALLIES)


# "and" between two names joins the names, it ends no clause ("31 were taken to Harlsund General
# and St Anselm's hospitals")
_NAMES_JOINED = re.compile(r"\b([A-Z][\w’'-]*) and (?=[A-Z])")
# nor does "and" between two nouns after "of" before the verb ("1,200 residents of Sarnovo and
# two neighbouring hamlets were evacuated")
_OF_PAIR = re.compile(r"^(\s+[a-z][\w-]*\s+of\s+(?:the\s+)?[\w’'-]+) and (?=(?:[\w-]+\s+){1,3}(?:were|was|are|is|have|had|has)\b)")


def _within_reach(words: list[str], reach: int) -> list[str]:
    """The first words up to ``reach`` lowercase ones: the words of a name do not count, a
    hospital's name does not carry its tally away."""
    out, counted = [], 0
    for w in words:
        if counted == reach:
            break
        out.append(w)
        counted += not w[:1].isupper()
    return out


_OCCASION_REACH = 3  # "during the slide evacuation": a determiner, a modifier, the noun


def _not_occasion(words: list[str]) -> list[str]:
    """The words, less those naming when the counted thing happened ("14 people were hurt during
    the evacuation"): an occasion is no tally, the hurt are not the evacuated."""
    out, skip = [], 0
    for w in words:
        if w.lower() == "during":
            skip = _OCCASION_REACH
            continue
        if skip:
            skip -= 1
            continue
        out.append(w)
    return out
