"""Orders of events as one sentence tells them: the connective, and the events on each side.

A sentence tells an order with a connective; each connective says which side came first:

    "X before Y", "X ahead of Y", "X prior to Y", "X, after which Y"    X first
    "X after Y", "X following Y", "X follows Y", "After Y, X"          Y first
    "first X, then Y", "X first and Y followed"                        X first

Each side is read as the set of its event words (lowercase content words within its clause,
verbs of one meaning as one class: "signature" / "signing", "endorsed" / "approved"), with the
names written there as participants ("^kostal"). ``order_relations`` returns them as ``Order``
records; ``order`` matches the orders of two tellings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...text import IRREGULAR_PAST
from ...text.calendar import CALENDAR_WORDS
from ...text.stems import suffix_stem
from .common import STOP, WORD, fold, word_class


# Words of one event, by the class compared (after word_class / stem).
_SAME_EVENT = {
    "signature": "sign", "signing": "sign", "signed": "sign", "sign": "sign",
    "resignation": "resign", "resigned": "resign", "resign": "resign",
    "takeover": "takeover", "stepped": "takeover",
    "endorsed": "approve", "endorse": "approve", "approved": "approve", "approval": "approve", "validated": "approve",
    "validate": "approve", "adopted": "approve", "ratified": "approve",
    "informed": "inform", "alerted": "inform", "notified": "inform", "warned": "inform",
    "gathering": "gather", "gathered": "gather", "gather": "gather",
    "expulsion": "expel", "expelled": "expel", "expulsions": "expel", "expel": "expel",
    "arrest": "arrested", "arrested": "arrested", "caught": "arrested", "detained": "arrested", "detention": "arrested",
    "tumble": "tumble", "tumbling": "tumble", "tumbled": "tumble",
    "vote": "vote", "voted": "vote", "votes": "vote",
    "capsized": "capsize", "capsize": "capsize", "overturned": "capsize",
    "freed": "free", "retook": "free", "retaken": "free", "liberated": "free",
    "arrived": "arrive", "arrival": "arrive", "reached": "arrive", "alongside": "arrive",
    "kick-off": "match", "kickoff": "match", "match": "match", "game": "match",  # before kick-off is before the match
    "blast": "explode", "blasts": "explode", "explosion": "explode", "explosions": "explode", "exploded": "explode",
}
# Words too common in news to tell one event from another.
_GENERIC = {
    "people", "country", "government", "officials", "authorities", "said", "says", "hours", "minutes", "seconds", "days", "later",
    "already", "still", "first", "then", "also", "again", "morning", "evening", "night", "afternoon", "time", "day",
    # spans of the calendar are when, not what ("prior to the 2005 season" / "a 9-14 start to the season")
    "season", "seasons", "week", "weeks", "month", "months", "year", "years",
    # who acted and where tell no event apart ("chaos at the east turnstiles" / "the east side")
    "police", "officer", "east", "west", "north", "south", "side", "northern", "southern", "eastern", "western",
    # adverbs that stress an order tell no event ("even before the inspectors came", "shortly after")
    "even", "shortly", "immediately", "soon", "well", "long", "just",
}

# Prepositions of place and time: where or when an act was, never which act ("stranded above the
# valley" / "left hanging above the gorge" tell the place of two different events alike)
_PREPOSITIONS_OF_PLACE = {
    "above", "below", "beneath", "underneath", "beside", "between", "among", "amid", "amidst", "near", "inside",
    "outside", "within", "without", "throughout", "despite", "during", "via", "toward", "towards", "onto", "upon",
    "beyond", "behind",
}

# Three-letter words that name what happened ("before the gas reached", "after the war").
_SHORT_EVENTS = {"gas", "war", "oil", "car", "bus", "jet", "row", "ban", "bid", "sea"}

_CONNECTIVE = re.compile(
    r"\b(?P<c>after\s+which|before|ahead\s+of|prior\s+to|after|following|follows|follow|followed\s+by|(?<!been\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!be\s)(?<!being\s)followed|until|in\s+response\s+to|in\s+reply\s+to|in\s+reaction\s+to|in\s+retaliation\s+for|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of|on\s+the\s+heels\s+of|prompted\s+by|prompting|prompted|(?<!at\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!had\s)(?<!has\s)(?<!have\s)once(?=\s+(?:the|a|an|all|its|their|his|her|he|she|it|they|we)\b))\b", re.IGNORECASE
)
# "the sirens did not sound until the gas was inside": what follows "until" came first; a plain
# "until" tells how long something lasted, no order
_NOT_UNTIL = re.compile(r"\b(?:not|never)\s+(?:[a-z]+\s+){1,2}$|n[o’']t\s+(?:[a-z]+\s+){1,2}$", re.IGNORECASE)
# a full stop inside an abbreviation ("after 4 p.m., after all ...", "Mr. Lunn") or a colon
# inside a clock time ("at 7:25 p.m.") ends no clause
_CLAUSE_END = re.compile(r"[;!?]|(?<!\d):(?!\d)|\.(?![\w,]|\s+[a-z])|\s[–—]\s")
_REACH = 9
# a comma between clauses, not one inside a figure ("1,950 visitors", "some 12,000 people")
_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}\b)")
# "alerted by miners from the surface crew", ", which serves 14 schools,": an aside on the subject
# a place or a time set off by commas: "behind the Harkness Stand", "at about 7:25 p.m."
_PHRASE = re.compile(r"\s*(?:at|in|on|behind|near|beside|outside|inside|around|about)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\s*(?:[a-z]+ed\s+by|which|who)\b")


@dataclass(frozen=True, slots=True)
class Order:
    first: frozenset[str]  # event classes of what came first
    then: frozenset[str]  # ... and of what came after
    connective: str
    reference: frozenset[str]  # the acts (past forms) the connective is said of ("after X announced")
    start: int  # the stretch the order is read from (claim text offsets)
    end: int
    word: str = ""  # the connective as written ("after", "After", "first … then")
    first_ordinal: int = 0  # "the second explosion": which of several such events (0: not said)
    then_ordinal: int = 0


def event_of(word: str) -> str:
    lw = word.lower()
    return _SAME_EVENT.get(lw) or _SAME_EVENT.get(suffix_stem(lw)) or word_class(lw)


# the classes the verb table names: a shared one tells an event before a word shared by chance
KNOWN_EVENTS = frozenset(_SAME_EVENT.values())


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# the ordinal of one event ("the second blast"), not the first few of many ("the first houses")
_ORDINAL = re.compile(r"\bthe\s+(?P<n>first|second|third|fourth|fifth)\s+(?![a-z][\w-]*[^s]s\b)[a-z]", re.IGNORECASE)


def _ordinal(text: str, last: bool) -> int:
    """Which of several like events a clause's words name: "before the first blast" 1, "after
    the second explosion" 2; 0 when it names no ordinal (within the words ``_events`` reads)."""
    found = list(_ORDINAL.finditer(text))
    if not found:
        return 0
    m = found[-1] if last else found[0]
    return _ORDINALS[m.group("n").lower()]


def _events(text: str, last: bool, verbs: bool = False) -> frozenset[str]:
    """Event classes of the first (or last) words of a clause; ``verbs``: only its past forms.
    The names within that reach join them as participants ("^kostal"): two outlets may tell one
    act in other words, but who did it, or to whom, they name alike."""
    found = [m for m in WORD.finditer(text) if m.group()[0].islower()]  # names do not use up the reach
    reached = found[-_REACH:] if last else found[:_REACH]
    out = set()
    for m in reached:
        w = m.group()
        lw = w.lower()
        if lw in STOP or lw in _PREPOSITIONS_OF_PLACE or len(lw) < 3 or (len(lw) == 3 and lw not in _SHORT_EVENTS) or (verbs and not lw.endswith("ed")):
            continue
        if _describes_noun(text, m):
            continue  # "a notice to trading members": what the members are, not what happened
        event = event_of(lw)
        if event not in _GENERIC and lw not in _GENERIC:  # "seconds" as written, "second" stays
            out.add(event)
    if not verbs:
        if _SUBJECT_PRONOUN.match(text):
            out.add(_PRONOUN)  # "after it learned of the attacks": someone named on the other side
        cut = len(found) > _REACH
        lo = reached[0].start() if cut and last else 0
        hi = reached[-1].end() if cut and not last else len(text)
        out |= _names(text, lo, hi)
    return frozenset(out)


# an -ing word right before a noun describes it ("trading members", "the matching engine"); before
# a verb ("trading resumed"), a preposition or a comma it is the act itself
_BEFORE_NOUN = re.compile(r" (?P<n>[a-z][a-z-]{3,})\b(?![ ]*[(’'])")


def _describes_noun(text: str, m: re.Match[str]) -> bool:
    """Whether the word ``m`` is an -ing form that stands before a noun as its modifier."""
    if not m.group().endswith("ing"):
        return False
    if _ASPECT.search(text, 0, m.start()):
        return False  # "began throwing bottles": the act, its object after it
    n = _BEFORE_NOUN.match(text, m.end())
    if not n:
        return False
    word = n.group("n")
    return word not in STOP and word not in _NOT_NOUNS and not verb_form(word) and not word.endswith("ly")


# a verb of beginning or going on right before an -ing form makes it the act ("began throwing
# bottles", "kept firing shots")
_ASPECT = re.compile(r"\b(?:beg[ai]n|begun|begins|start(?:s|ed)?|kept|keeps?|continu(?:e|es|ed)|stopp(?:ed)?|stops?|resum(?:e|es|ed))\s+$", re.IGNORECASE)


def verb_form(word: str) -> bool:
    """Whether a word is written as a verb: a past form or an -ing form."""
    return word.endswith(("ed", "ing")) or word in IRREGULAR_PAST


# prepositions and particles after an -ing act ("drilling through the door", "cutting off power")
_NOT_NOUNS = {"through", "into", "onto", "across", "over", "under", "toward", "towards", "against", "along", "past", "around", "behind", "beyond", "down", "off", "back", "away", "out", "upon", "without", "within", "during", "since", "until"}


_PRONOUN = "^?"
_SUBJECT_PRONOUN = re.compile(r"\s*(?:he|she|it|they)\b", re.IGNORECASE)


def _corefer(order: Order) -> Order | None:
    """An order whose one side's subject is a pronoun: the names of the other side are its doer
    too ("Microsoft went into emergency mode after it learned of the attacks"), so on both sides
    they tell neither event apart."""
    names = {e for side, other in ((order.first, order.then), (order.then, order.first)) if _PRONOUN in side for e in other if e.startswith("^")}
    first, then = order.first - names - {_PRONOUN}, order.then - names - {_PRONOUN}
    if not first or (order.then and not then):
        return None
    return replace(order, first=first, then=then)


def _names(text: str, lo: int, hi: int) -> set[str]:
    """The names written between ``lo`` and ``hi`` of a clause, each by its last word, folded and
    marked "^" ("Deputy Ortiz" ^ortiz, "South Sudan" ^sudan)."""
    from ..entities.lexicon import lexicon

    common = lexicon().common
    found = []
    for m in WORD.finditer(text, lo, hi):
        w = POSSESSIVE.sub("", m.group())
        key = fold(w).strip("-")
        if not w[0].isupper() or key in common or key in STOP or len(key) < 2:
            continue
        found.append((m, key))
    # a word of a longer name ("Port" of "Port Seline") is not its own
    return {"^" + key for (m, key), nxt in zip(found, [*found[1:], None]) if not (nxt and text[m.end() : nxt[0].start()] == " ")}


POSSESSIVE = re.compile(r"[’']s$")


# phrases that put what follows them first, as "after" does ("in the wake of the storm")
_AFTER_PHRASES = {"in response to", "in reply to", "in reaction to", "in retaliation for", "in the wake of", "in the aftermath of", "on the heels of"}
_FIRST_FIRST = {"before", "ahead of", "prior to", "after which", "followed by", "prompting", "prompted"}  # the clause before the connective came first
_MUDDLE_REACH = 12  # characters between two connectives of opposite sense read as one muddled phrase


def _muddled(m: re.Match[str], found: list[re.Match[str]]) -> bool:
    """Whether a connective of the opposite sense stands right beside this one, in the same
    clause ("after hours before")."""
    sense = " ".join(m.group("c").lower().split()) in _FIRST_FIRST
    text = m.string
    for n in found:
        if n is m or (" ".join(n.group("c").lower().split()) in _FIRST_FIRST) == sense:
            continue
        between = text[m.end() : n.start()] if n.start() >= m.end() else text[n.end() : m.start()]
        if len(between) <= _MUDDLE_REACH and not re.search(r"[,;:.()]", between):
            return True  # "after liftoff, after which": two clauses, each with its order
    return False

# What may stand before an opening connective: nothing, or a word that only stresses it ("Only
# after the vote ...", "Even before presenting their demand, ...").
_OPENER = re.compile(r"[\s,\"“”'‘’]*(?:(?:only|even|shortly|just|long|soon|right|immediately)\s*)?", re.IGNORECASE)
# "after that", "after," and "and only after interrupted ...": an adverb, what came before it first
_ADVERB_AFTER = re.compile(r"after(?:\s+that(?=\s*,|\s+(?:the|a|an|he|she|it|they|we|[A-Z]))|(?=\s*,))", re.IGNORECASE)
# a clock time, a span, a day or a year right after the connective ("after 3 p.m.", "before
# 2005", "until noon", "until Thursday"), not a day's event ("before Monday's vote"); a day or
# a month by its capital, so "before march" stays a word
_TIME = re.compile(
    r"\s*(?:(?:about|around|some|nearly|almost|just)\s+)?(?:\d{1,2}[:.]\d\d|\d+\s*(?:a\.?m\b|p\.?m\b|o['’]clock|h\b|seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b)|(?:1[89]|20)\d\d\b"
    r"|(?:noon|midday|midnight|dawn|daybreak|dusk|nightfall)\b|(?-i:%s)\b(?![’']s))" % "|".join(w.capitalize() for w in CALENDAR_WORDS),
    re.IGNORECASE,
)
# "once the flow had stopped", "once the crews arrived": a clause with its verb after "once"
_ONCE_VERB = re.compile(r"\b(?:had|has|have|was|were|is|are|[a-z]{3,}ed)\b")
_AND_AFTER_VERB = re.compile(r"\band\s+(?:only\s+|then\s+)?$", re.IGNORECASE)
_PREPOSITIONS = {"of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "the", "a", "an", "into", "over", "its", "their", "his", "her"}
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our"}


def _adverbial(m: re.Match[str]) -> bool:
    """Whether an "after" is an adverb ("and after that the valves were closed", "and only
    after cut the power"), which tells no event after it."""
    if m.group("c").lower() != "after":
        return False
    text = m.string
    if _ADVERB_AFTER.match(text, m.start()):
        return True
    return bool(_AND_AFTER_VERB.search(text[: m.start()]) and re.match(r"\s+[a-z]+ed\b", text[m.end() :]))


def _split_opening(tail: str) -> tuple[str, str] | None:
    """An opening "after X, Y" as (X, Y): at its comma, or, written without one, where a new
    subject starts ("After the vote Kostal said", "after the start of the riot the guards
    searched"): a name or a determiner right after a noun."""
    if len(parts := _COMMA.split(tail, maxsplit=1)) == 2:
        return parts[0], parts[1]
    words = list(re.finditer(r"\S+", tail))
    for prev, word in zip(words, words[1:]):
        before, w = prev.group().lower(), word.group()
        if before in _PREPOSITIONS or prev is words[0]:
            continue
        if (w[0].isupper() and fold(w) not in STOP) or w.lower() in _DETERMINERS:
            return tail[: word.start()], tail[word.start() :]
    return None

# "X, and after that Y", "X first and afterwards Y", "X and only after cut Y", "X, and then Y"
_AND_THEN = re.compile(
    r"(?:,\s*|\s+)and\s+(?:only\s+|then\s+)?(?:after\s+that|afterwards|after(?=\s+[a-z]+ed\b)|later|then)\b,?(?P<y>[^;:.,]{3,120})", re.IGNORECASE
)
# "X, and Y about two hours later"
_AND_LATER = re.compile(
    r"(?:,\s*|\s+)and\s+(?P<y>[^;:.,]{3,100}?)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+later\b",
    re.IGNORECASE,
)


_NOT_A_VERB = _DETERMINERS | _PREPOSITIONS | {"he", "she", "it", "they", "we", "i", "you", "that", "this", "these", "those"}


def _elided_subject(clause: str) -> bool:
    """Whether a clause after "and then" opens with its verb, its subject the first clause's
    ("..., then got sacked by Freeney")."""
    first = re.match(r"\s*([A-Za-z]+)", clause)
    return bool(first and first.group(1)[0].islower() and first.group(1) not in _NOT_A_VERB)


def _clause_end(text: str, end: int, stops: str) -> int:
    """Where the clause ends that a match of bounded length (``[^;:.]{3,80}``) stopped inside: the
    order's span is its evidence, and a long clause cut at the bound ended it inside a word
    ("the Kalvenian Space Trave"). The clause runs on to the next of ``stops``."""
    rest = re.match(f"[^{re.escape(stops)}]*", text[end:])
    return end + len(rest.group().rstrip()) if rest else end


def _sequence_word(m: re.Match[str]) -> str:
    """The words that tell the order, as written: "and after that", "and … about two hours later"."""
    before, after = m.string[m.start() : m.start("y")].strip(" ,"), m.string[m.end("y") : m.end()].strip(" ,")
    return f"{before} … {after}" if after else before


def _sequences(text: str) -> list[Order]:
    """Orders told by "and" with a word of later time: the clause before "and" came first ("The
    alert was raised at 04:15, and the ferries left two hours later"; "the crews arrived first,
    and after that the valves were closed")."""
    out = []
    for pattern in (_AND_THEN, _AND_LATER):
        for m in pattern.finditer(text):
            chunks = _COMMA.split(_CLAUSE_END.split(text[: m.start()])[-1])
            left = chunks[-1] if _events(chunks[-1], True) or len(chunks) < 2 else ",".join(chunks[-2:])
            if not (re.search(r",\s*and", m.group(0)[:8]) or re.search(r"\bfirst\b", left, re.IGNORECASE)):
                continue  # "ran into Jean and his mother a few days later": "and" joins two names, not two clauses
            earlier, later = _events(left, True), _events(m.group("y"), False)
            if _elided_subject(m.group("y")):
                later |= {e for e in earlier if e.startswith("^")}  # "Garrard misfired first, then got sacked": his in both
            shared = earlier & later
            if earlier - shared and later - shared:
                start = text.rfind(left.strip(), 0, m.start())
                end = m.end() if pattern is _AND_LATER else _clause_end(text, m.end(), ";:.,")
                out.append(Order(first=earlier - shared, then=later - shared, connective="and later", reference=frozenset(),
                                 start=start, end=end, word=_sequence_word(m)))
    return out


def _lower_opening(text: str) -> str:
    """The sentence with its first word in lower case when that is an English word, not a name
    ("Opening the session before the vote ..."), so that it is read as a word, never a name."""
    from ..entities.lexicon import is_word, lexicon

    m = re.match(r"[\s\"“'‘]*([A-Z][a-z]+)\b", text)
    if not m or fold(m.group(1)) in lexicon().common or not is_word(m.group(1)):
        return text
    return text[: m.start(1)] + m.group(1).lower() + text[m.end(1) :]


def order_relations(text: str) -> list[Order]:
    """The orders of events ``text`` tells."""
    text = _lower_opening(text)
    out: list[Order] = []
    found = list(_CONNECTIVE.finditer(text))
    for m in found:
        c = " ".join(m.group("c").lower().split())
        if _muddled(m, found):
            continue  # "hanged himself after hours before he was arrested": no order can be read
        head = _CLAUSE_END.split(text[: m.start()])[-1]
        tail = _CLAUSE_END.split(text[m.end() :])[0]
        if c == "until" and not _NOT_UNTIL.search(head):
            continue
        if c == "once" and not _ONCE_VERB.search(_COMMA.split(tail)[0]):
            continue  # "once the largest employer": formerly, no event after it
        if _adverbial(m):
            continue  # "... and after that Y": read by _sequences
        if c in ("after", "before", "until") and _TIME.match(tail):
            # "spotted him shortly after 3 p.m.": a time, no event; "did not reopen until 14:05":
            # a time after "until" bounds how long a state lasted, and orders no two events
            continue
        opening = _OPENER.fullmatch(head) is not None
        if (c in ("after", "following", "before", "once") or c in _AFTER_PHRASES) and opening:
            # "After the takeover, the chief executive resigned": Y, then X; "Before X, Y": Y first
            parts = _split_opening(tail)
            if not parts:
                continue
            earlier, later = _events(parts[0], False), _events(parts[1], False)
            reference = _events(parts[0], False, verbs=True)
            ordinals = (_ordinal(parts[0], False), _ordinal(parts[1], False))
            if c == "before":
                earlier, later, ordinals = later, earlier, ordinals[::-1]
            start, end = m.start(), m.end() + len(tail)
        else:
            chunks = _COMMA.split(head)
            left = chunks[-1] if c not in ("after which",) else head
            if not _events(left, True) and len(chunks) > 1:
                # "resigned on Friday afternoon, hours before ...", "validated it in the night,
                # before ...": the event is the clause before the comma
                left = ",".join(chunks[-2:])
                if len(chunks) > 2 and (_ASIDE.match(chunks[-2]) or _PHRASE.match(chunks[-2])):
                    # "Families were already gathering at the gate, alerted by miners, before ...":
                    # a passive aside on the subject tells no event of the order; the clause before it
                    # does, past any place or time ("The crush happened at Gate 7, behind the stand,
                    # at 7:25 p.m., 20 minutes before the kick-off")
                    k = len(chunks) - 3
                    while k > 0 and (_ASIDE.match(chunks[k]) or _PHRASE.match(chunks[k])) and k > len(chunks) - 5:
                        k -= 1
                    left = chunks[k]
            right = _COMMA.split(tail)[0]
            start, end = text.rfind(left.strip(), 0, m.start()), m.end() + len(right.rstrip())
            left = _last_conjunct(left)
            # "will not stop before every building is searched" is "not until": the search comes first
            if c in _FIRST_FIRST and not (c == "before" and _NOT_UNTIL.search(head)):
                earlier, later = _events(left, True), _events(right, False)
                reference = _events(right, False, verbs=True)
                ordinals = (_ordinal(left, True), _ordinal(right, False))
            else:  # after, following, follow(s), followed, not until: what follows the connective came first
                earlier, later = _events(right, False), _events(left, True)
                reference = _events(right, False, verbs=True)
                ordinals = (_ordinal(right, False), _ordinal(left, True))
        shared = earlier & later
        earlier, later = earlier - shared, later - shared
        if earlier and later:
            out.append(Order(first=earlier, then=later, connective=c, reference=reference - shared, start=start, end=end, word=m.group("c"),
                             first_ordinal=ordinals[0], then_ordinal=ordinals[1]))
    for m in re.finditer(r"\bfirst\b(?P<x>[^;:.]{3,80}?)\b(?P<then>then|and then|before|followed)\b(?P<y>[^;:.]{3,80})", text, re.IGNORECASE):
        if re.search(r"\bthe\s+$", text[: m.start()], re.IGNORECASE):
            continue  # "before the first blast, and the night shift followed ...": an ordinal, no "first X, then Y"
        before = _COMMA.split(text[: m.start()])[-1]
        if re.match(r",?\s*and\b", m.group("x")) and m.group(0).rstrip().endswith("followed" + m.group("y")):
            # "the carriages jumped the track first and the locomotive followed": X first, Y after
            earlier, later = _events(before, True), _events(m.group("x"), False)
        else:
            earlier, later = _events(before + m.group("x"), True), _events(m.group("y"), False)
            if _elided_subject(m.group("y")):
                later |= {e for e in earlier if e.startswith("^")}
        shared = earlier & later
        if earlier - shared and later - shared:
            out.append(Order(first=earlier - shared, then=later - shared, connective="first … then", reference=frozenset(), start=m.start() - len(before.lstrip()),
                             end=_clause_end(text, m.end(), ";:."), word=f"{text[m.start():m.start() + 5]} … {m.group('then')}"))
    out.extend(_sequences(text))
    # "the locomotive appeared to have left the rails first": its doer before any other; an order
    # only against a sentence that puts that doer after another (see order_conflicts). The scan
    # tries 80 characters back from every position: only a text that writes "first" is scanned.
    for m in re.finditer(r"(?P<x>[^;:.,]{3,80})\bfirst(?=\s*(?:[;:.,]|$))", text) if "first" in text else ():
        if not any(o.start <= m.start("x") < o.end for o in out) and (earlier := _events(m.group("x"), True)):
            out.append(Order(first=earlier, then=frozenset(), connective="first", reference=frozenset(), start=m.start("x") + len(m.group("x")) - len(m.group("x").lstrip()), end=m.end(), word="first"))
    for m in _OPENING.finditer(text):
        c, x, y = m.group("c").lower(), m.group("x"), m.group("y")
        if c == "by the time":
            # "By the time they reached the area, the vessel had already capsized": Y before X
            if not re.search(r"\b(?:had|has|have|was|were)\s+already\b", y):
                continue
            earlier, later = _events(y, False), _events(x, False)
        else:  # "As it came alongside, the boat capsized": X at (or just before) Y
            earlier, later = _events(x, False), _events(y, False)
        shared = earlier & later
        if earlier - shared and later - shared:
            out.append(Order(first=earlier - shared, then=later - shared, connective=c, reference=frozenset(), start=m.start("c"), end=m.end(),
                             word=f"{m.group('c')} {x.strip()}"))  # the opening clause: its words are the time it names
    return [o for o in map(_corefer, out) if o]


# "and" before an article opens a second conjunct ("the evacuation of the hall and a search of
# the grounds before ..."): the connective orders the conjunct it stands beside
_CONJUNCT = re.compile(r"\band\s+(?:a|an|the)\s+", re.IGNORECASE)


def _last_conjunct(left: str) -> str:
    """The last of the conjuncts before a connective, when it tells an event of its own."""
    found = list(_CONJUNCT.finditer(left))
    if found and _events(left[found[-1].end() :], True):
        return left[found[-1].end() :]
    return left


# A clause opening with "By the time X, ..." or "When/As X, ...".
_OPENING = re.compile(r"(?:^|[.;:!?\"“]\s*)(?P<c>By the time|When|As)\s+(?P<x>[^,;:.]{3,100}),(?P<y>[^;:.]{3,100})")


# A sentence that orders its event after the previous sentence's, naming only its own: "A ban on
# fishing followed on Sunday", "The reply came later", "The minister responded by citing an audit",
# "In response, the ministry closed the border". A passive "rules were followed" tells no order.
_FOLLOWED = re.compile(r"\b(?P<c>(?<!been\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)(?<!be\s)(?<!being\s)followed|came\s+(?:later|afterwards|next)|responded\s+(?:by|with)|in\s+response(?=\s*,))", re.IGNORECASE)
# ... or opens with an adverb of time that points at it: "Hours later, ...", "Afterwards, ...",
# "Two days before, ...", "Earlier, ..."
_SPAN = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few|some)\s+(?:minutes?|hours?|days?|weeks?|months?)"
_POINTING = re.compile(
    rf"[\s\"“]*(?P<c>(?:(?:{_SPAN}|minutes|hours|days|weeks|moments|shortly|soon|the\s+day|the\s+night)\s+)?(?:later|afterwards|after|earlier|before)|after\s+that|subsequently|afterwards)\s*,",
    re.IGNORECASE,
)
_EARLIER = re.compile(r"(?:earlier|before)$", re.IGNORECASE)
# "followed on Sunday and will last ...": the words after "followed" up to the next clause
_NEXT_CLAUSE = re.compile(r",|\band\b", re.IGNORECASE)


def follow_ups(text: str, before: str, offset: int) -> list[Order]:
    """Orders a sentence tells against the sentence before it (``before``, starting ``offset``
    characters before ``text``, a negative number): the main clause of the earlier sentence came
    first, unless an opening "Earlier," or "Two days before," puts this one first."""
    text = _lower_opening(text)
    m = _POINTING.match(text) or _FOLLOWED.search(text)
    if not m or any(not (m.start() <= n.start() < m.end()) for n in _CONNECTIVE.finditer(text)):
        return []  # the sentence orders its events with a connective of its own
    c = " ".join(m.group("c").lower().split())
    head = _CLAUSE_END.split(text[: m.start("c")])[-1]
    tail = _CLAUSE_END.split(text[m.end() :])[0]
    if m.re is _POINTING:
        later = _events(tail, False)
    elif c == "followed":
        if _events(_NEXT_CLAUSE.split(tail, maxsplit=1)[0], False):
            return []  # "followed by X", "followed the vote": the order is in this sentence
        later = _events(head, False)
    elif c == "in response":
        if not _OPENER.fullmatch(head):
            return []
        later = _events(_COMMA.split(tail, maxsplit=1)[-1], False)
    elif c.startswith("came"):
        later = _events(head, True)
    else:  # "responded by citing": the doer and the act
        later = _events(head, True) | _events(tail, False)
    main = [s for s in _CLAUSE_END.split(_lower_opening(before)) if s.strip()]
    if not main:
        return []
    opening = main[0]
    if (n := _CONNECTIVE.search(opening)) and n.start() > 0:
        opening = opening[: n.start()]  # "closed the beaches after tests found ...": the main act
    if not any(w.endswith("ed") or w.lower() in IRREGULAR_PAST for w in WORD.findall(opening)):
        return []  # "The embassy counts 37 employees": no event told, the order points further back
    earlier = _events(opening, False)
    if m.re is _POINTING and _EARLIER.search(c):
        earlier, later = later, earlier
    shared = earlier & later
    if earlier - shared and later - shared:
        found = Order(first=earlier - shared, then=later - shared, connective=c, reference=frozenset(), start=offset, end=m.end() + len(tail.rstrip()),
                      word=m.group("c"))
        return [o for o in [_corefer(found)] if o]
    return []
