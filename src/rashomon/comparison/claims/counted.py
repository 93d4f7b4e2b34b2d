"""What a figure counts: the unit after it ("percent", "basis points", a currency) and the noun
it counts ("people", "tonnes"), past the words that only describe that noun ("two damaged cargo
tanks") and not when a copula makes the word after a share its predicate ("30 percent complete")."""

from __future__ import annotations

import re

from ...text.calendar import MONTHS
from ...text.thesaurus import lemma_of, money_noun
from .number_words import CURRENCY_SIGNS, CURRENCY_WORDS, WORD_PATTERN, qualifier_before


UNIT_AFTER = re.compile(
    r"[\s-]*(?P<unit>%|per\s?cent\b|percent\b|percentage[-\s]points?\b|points?\b|basis[-\s]points?\b|bps?\b"
    # "40 million of euros": a translation's currency after "of" is the currency still
    r"|(?:of\s+)?(?:dollars?|euros?|pounds?|yen|yuan|roubles?|rubles?)\b|km/h|kph|mph\b)",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SKIP_COUNTED = {
    "more", "other", "of", "the", "additional", "new", "than", "about", "some", "further", "its", "their", "his", "her",
    "our", "all", "those", "these", "were", "was", "are", "is", "have", "had", "been", "being", "who",
    "them", "us", "still", "remain", "remained", "remains", "also", "now", "more",
}


_NOT_COUNTED = {
    "to", "on", "in", "at", "and", "or", "from", "by", "for", "with", "per", "as", "after", "before", "into", "a", "an",
    "that", "which", "when", "while", "but", "than", "since", "until", "over", "under", "between", "against",
    *MONTHS,
}


def unit_after(text: str, start: int, end: int) -> tuple[str, int]:
    before = text[max(0, start - 1) : start]
    m = UNIT_AFTER.match(text, end)
    if before in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[before], end
    if m:
        word = re.sub(r"^of\s+", "", m.group("unit").lower()).replace("-", " ")
        if word in ("%", "percent", "per cent", "percent") or word.startswith("per"):
            if word.startswith("percentage"):
                return "pp", m.end()
            return "%", m.end()
        if word.startswith("basis") or word in ("bp", "bps"):
            return "bp", m.end()
        if word.startswith("point"):
            return "pp", m.end()
        if word in ("km/h", "kph"):
            return "km/h", m.end()
        if word == "mph":
            return "mph", m.end()
        for name, code in CURRENCY_WORDS.items():
            if word.startswith(name):
                return code, m.end()
    # "3.8 million crowns", "150,000 thalers": a currency we do not know is a counted noun (``currency_counted``)
    return "", end


# A figure told large ("3 million", "40,000") or in hundredths ("1.40"): how sums are written, rarely counts
_SUM_LIKE = re.compile(r".*(?:\d[\d,]*\d{3}|million|billion|thousand|bn|\dm|\.\d\d)$", re.IGNORECASE)


def currency_counted(surface: str, counted: str) -> str:
    """The currency a figure's counted noun names in OEWN ("25,000 forints", "4 million kroner": its lemma),
    or "". A noun whose money sense is not its first ("marks", "crowns", "quarters") only after a figure told
    as sums are ("900,000 marks", "1.40 marks"); "three crowns" are titles or headdresses. The figure reader
    keeps such a noun as what the figure counts (the conflict checks read a counted noun that is no person,
    span or wound as a sum already: conflicts/sums.py); the unique stage asks here whether it is money."""
    found = money_noun(counted) if counted else None
    if found is None or not (found[1] or _SUM_LIKE.match(surface.strip())):
        return ""
    return found[0]


_NEXT_NOUN = re.compile(r"\s+[a-z]{3,}")

_NAUTICAL = re.compile(r"[\s-]+(miles?)\b", re.IGNORECASE)


# A closed class of function words: determiners, prepositions, pronouns and the adverbs that say
# when or how often. They end the words a figure counts ("30 percent above the market", "3.2 percent
# this year", "slid 2 percent overnight"): none is the thing counted, nor is the noun past it.
_FUNCTION_WORDS = frozenset({
    "this", "that", "each", "every", "last", "next", "any", "no", "both", "either", "neither", "another", "such",
    "above", "below", "across", "around", "behind", "beyond", "during", "despite", "through", "throughout", "toward",
    "towards", "within", "without", "up", "down", "off", "out", "near", "past", "via", "upon", "amid", "among",
    "amongst", "along", "onto", "beneath", "beside", "inside", "outside", "ahead", "apart", "plus", "minus", "versus",
    "if", "so", "then", "there", "here", "where", "whose", "whom", "it", "they", "he", "she", "we", "you", "i",
    "him", "me", "today", "tonight", "yesterday", "tomorrow", "overnight", "ago", "already", "again", "yet", "annually",
    "apiece", "respectively", "instead", "too", "compared",
})


def counted_noun(text: str, end: int) -> str:
    for m in _COUNTED.finditer(text, end, min(len(text), end + 40)):
        if text[end : m.start()].strip(" -") and any(ch in ",.;:()" for ch in text[end : m.start()]):
            return ""
        word = m.group(0).lower()
        if word in _SKIP_COUNTED:
            continue
        if m.group(0)[:1].isupper() and _NEXT_NOUN.match(text, m.end()):
            continue  # "four Darvandi diplomats", "14 Brigade members": the noun after the name is counted
        if word.endswith(("'s", "’s")) and _NEXT_NOUN.match(text, m.end()):
            continue  # "four of our country's diplomats": the owner's noun is counted
        if word == "nautical" and (unit := _NAUTICAL.match(text, m.end())):
            return f"nautical {unit.group(1).lower()}"  # "20 nautical miles": one unit, not an adjective
        if word in _NOT_COUNTED or word in _FUNCTION_WORDS:
            return ""
        return _noun_past_modifier(text, m) or word
    return ""


# A copula (with the adverbs and qualifiers a figure may take) right before a share: the share is
# said of the subject, and the word after it is a predicate, not a thing counted ("the bridge is 30
# percent complete", "petrol is now 20 percent cheaper", "the vaccine was 90 percent effective").
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|become|becomes|became|remain|remains|remained|stay|stays|stayed|seem|seems|seemed)"
    r"(?:\s+(?:now|already|still|only|just|nearly|almost|about|around|roughly|some|approximately|barely|fully|well|over|"
    r"under|reportedly|largely|more\s+than|less\s+than|at\s+least|up\s+to|close\s+to|an\s+estimated))*\s+$",
    re.IGNORECASE,
)


def share_counted(text: str, start: int, end: int, counted: str) -> str:
    """What a share (a figure in percent starting at ``start``, ending at ``end`` with its unit)
    counts, given the word :func:`counted_noun` read after it: nothing when a copula before the share
    makes that word a predicate ("is 30 percent complete"), else the word as read ("40 percent of
    the voters" is no predicate)."""
    if not counted or re.match(r"\s+of\s", text[end : end + 5]):
        return counted
    head = _qualifier_start(text, start)
    if _COPULA_BEFORE.search(text, max(0, head - 80), head):
        return ""
    return counted


def _qualifier_start(text: str, start: int) -> int:
    """Where the figure's qualifier begins ("nearly 40"), else the figure's start."""
    qualifier = qualifier_before(text, start)
    if qualifier:
        at = text.lower().rfind(qualifier, max(0, start - len(qualifier) - 3), start)
        if at >= 0:
            return at
    return start


_MODIFIER = re.compile(r"[a-z]+-[a-z-]+|[a-z]{3,}(?:ed|ing)", re.IGNORECASE)
_NOUN_NEXT = re.compile(r" ([a-z]{3,})\b(?: ([a-z]{3,}s)\b)?")


_SUPERLATIVE = re.compile(r"(?:worst|best|most|least|[a-z]{2,}est)-", re.IGNORECASE)


def _ranked(modifier: str) -> bool:
    """A superlative compound ("worst-hit", "hardest-hit") picks out a ranked group of the things:
    "the 12 worst-hit villages" counts that group, not every village."""
    return bool(_SUPERLATIVE.match(modifier))


def _noun_past_modifier(text: str, m: re.Match[str]) -> str:
    """The noun a figure counts when the first word after it only describes that noun: a
    hyphenated compound or a participle set before a plural ("fourteen blood-soaked horns",
    "two damaged cargo tanks", "dozens of forged paintings" count horns, tanks, paintings). A
    participle told after the figure as what happened ("47 injured on Sunday") names the counted
    itself; a compound joined to the figure ("a 16-year-old") is the figure's own unit."""
    if text[m.start() - 1 : m.start()] == "-" or not _MODIFIER.fullmatch(m.group(0)) or _ranked(m.group(0)):
        return ""
    nxt = _NOUN_NEXT.match(text, m.end())
    if nxt is None or nxt.group(1) in _NOT_COUNTED or nxt.group(1) in _SKIP_COUNTED:
        return ""
    plural = nxt.group(1).endswith("s") and not nxt.group(1).endswith("ss")
    return nxt.group(1) if plural else (nxt.group(2) or "")


# "seven to two votes", "10 to 20 people": a pair of figures told with one noun after the second.
_PAIRED_FIGURE = re.compile(rf"\s+(?:to|-|–)\s+(?:\d+|{WORD_PATTERN})\b", re.IGNORECASE)


def counted_after_pair(text: str, end: int) -> str:
    """The noun the second figure of a pair counts, which the first (ending at ``end``) counts too."""
    m = _PAIRED_FIGURE.match(text, end)
    if m is None or UNIT_AFTER.match(text, m.end()):
        return ""  # "from 5 to 7 percent": a unit, which the pair's first figure does not take here
    return counted_noun(text, m.end())


_PLURAL_AFTER = re.compile(r"\s+([a-z]{3,}s)\b")
_SINGULAR_AFTER = re.compile(r"\s+([a-z]{3,})\b(?=\s+[a-z]{3,}s\b)")


def head_noun(text: str, end: int, counted: str) -> str:
    """The plural noun after singular words that only modify it: more than one "pirate ships",
    "fire engines", "undersea cables", "wild plant species" count ships, engines, cables and
    species, not pirates, fires or the wild; an adjective in -ss is no plural either ("four
    priceless masterpieces"). A second modifier must be a noun OEWN knows ("plant"), not a verb
    or a function word ("12 people lost homes", "30 people from towns")."""
    if not counted or (counted.endswith("s") and not counted.endswith("ss")) or not counted.isalpha():
        return ""
    at = text.lower().find(counted, end)
    if at < 0 or at - end > 20:
        return ""
    after = at + len(counted)
    second = _SINGULAR_AFTER.match(text, after)
    if second and lemma_of(second.group(1)) == second.group(1) and second.group(1) not in _FUNCTION_WORDS:
        after = second.end()
    m = _PLURAL_AFTER.match(text, after)
    return m.group(1) if m and not m.group(1).endswith("ss") else ""


# A span of time told without a figure: "a month", "an hour and a half", "half a day", "one
# week", "an extra day and a half", "a full year"; not a rate ("twice a day", "once a week") or a
