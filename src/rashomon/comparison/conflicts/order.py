"""Order conflicts: one article puts event A before event B, another B before A.

A sentence tells an order with a connective; each connective says which side came first:

    "X before Y", "X ahead of Y", "X prior to Y", "X, after which Y"    X first
    "X after Y", "X following Y", "X follows Y", "After Y, X"          Y first
    "first X, then Y", "X first and Y followed"                        X first

Each side is read as the set of its event words (lowercase content words within its clause,
verbs of one meaning as one class: "signature" / "signing", "endorsed" / "approved"). Two
sentences of different articles conflict when what one puts first shares an event word with what
the other puts second, and the other way round: the same two events, reversed. When one event is
told alike by two shared words (an act and what it was done to), the other may be told in other
words of one meaning, judged by ``same_event`` ("power" / "electric").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ...model import Claim
from ...text import IRREGULAR_PAST
from ...text.stems import suffix_stem
from .common import STOP, WORD, Agreeing, Disagreement, Side, edit_distance, fold, word_class
from .same_event import near_in_meaning

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
    "even", "shortly", "immediately", "soon",
}

# Three-letter words that name what happened ("before the gas reached", "after the war").
_SHORT_EVENTS = {"gas", "war", "oil", "car", "bus", "jet", "row", "ban", "bid", "sea"}

_CONNECTIVE = re.compile(
    r"\b(?P<c>after\s+which|before|ahead\s+of|prior\s+to|after|following|follows|follow|followed\s+by|followed|until)\b", re.IGNORECASE
)
# "the sirens did not sound until the gas was inside": what follows "until" came first; a plain
# "until" tells how long something lasted, no order
_NOT_UNTIL = re.compile(r"\b(?:not|never)\s+(?:[a-z]+\s+){1,2}$|n[o’']t\s+(?:[a-z]+\s+){1,2}$", re.IGNORECASE)
# a full stop inside an abbreviation ("after 4 p.m., after all ...", "Mr. Lunn") or a colon
# inside a clock time ("at 7:25 p.m.") ends no clause
_CLAUSE_END = re.compile(r"[;!?]|(?<!\d):(?!\d)|\.(?![\w,]|\s+[a-z])|\s[–—]\s")
_REACH = 9
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


def _event_of(word: str) -> str:
    lw = word.lower()
    return _SAME_EVENT.get(lw) or _SAME_EVENT.get(suffix_stem(lw)) or word_class(lw)


def _written(event: str, *texts: str) -> str:
    """An event class as each sentence writes it ("announc" -> "announced"; "resign" ->
    "resigned/resignation" when the two write it differently), for the reader."""
    if event.startswith("^"):  # a name, as the first sentence writes it
        return next((_POSSESSIVE.sub("", m.group()) for t in texts for m in _NAME_RUN.finditer(t)
                     if fold(_POSSESSIVE.sub("", m.group().split()[-1])).strip("-") == event[1:]), event[1:])
    forms = []
    for text in texts:
        form = next((w.lower() for w in WORD.findall(text) if w[0].islower() and len(w) > 3 and _event_of(w) == event), None)
        if form and suffix_stem(form) not in {suffix_stem(f) for f in forms}:  # "expulsions" / "expulsion": one form
            forms.append(form)
    return "/".join(forms) or event


# a name of one or more capitalised words ("Kari Marie", "Sankt Olvin's"), as written
_NAME_RUN = re.compile(r"\b[A-Z][A-Za-z’'-]*(?: [A-Z][A-Za-z’'-]*)*")
_KNOWN_EVENTS = frozenset(_SAME_EVENT.values())


def _main(events: frozenset[str]) -> str:
    """The event of a set to name: one the verb table knows ("resign", "takeover") before a word
    that only happens to be shared ("chief", "executive")."""
    return min(events, key=lambda e: (e not in _KNOWN_EVENTS, e.startswith("^"), e))


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


def _ordinals_agree(oa: Order, ob: Order) -> bool:
    """Whether "P before Q" (oa) and "Q before P" (ob) contradict, given the events' ordinals:
    P before the i-th Q and P after the j-th Q cannot both hold when j >= i ("sirens before the
    first blast" / "only after the second explosion"), but can when j < i ("before the second
    blast" / "after the first"). An ordinal on one side only leaves it open: no finding."""
    i, j = oa.then_ordinal, ob.first_ordinal  # Q, as each tells it
    k, m = oa.first_ordinal, ob.then_ordinal  # P
    if (i or j) and not (i and j and j >= i):
        return False
    if (k or m) and not (k and m and m <= k):
        return False
    return True


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
        if lw in STOP or len(lw) < 3 or (len(lw) == 3 and lw not in _SHORT_EVENTS) or (verbs and not lw.endswith("ed")):
            continue
        if _describes_noun(text, m):
            continue  # "a notice to trading members": what the members are, not what happened
        event = _event_of(lw)
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
    n = _BEFORE_NOUN.match(text, m.end())
    if not n:
        return False
    word = n.group("n")
    return word not in STOP and word not in _NOT_NOUNS and not _verb_form(word) and not word.endswith("ly")


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
        w = _POSSESSIVE.sub("", m.group())
        key = fold(w).strip("-")
        if not w[0].isupper() or key in common or key in STOP or len(key) < 2:
            continue
        found.append((m, key))
    # a word of a longer name ("Port" of "Port Seline") is not its own
    return {"^" + key for (m, key), nxt in zip(found, [*found[1:], None]) if not (nxt and text[m.end() : nxt[0].start()] == " ")}


_POSSESSIVE = re.compile(r"[’']s$")


def _meet(x: frozenset[str], y: frozenset[str]) -> frozenset[str]:
    """The events two sides share: a word of one class, or a name written alike but for a
    garbled letter or two ("Nordstjerne" / "Nordesterne")."""
    out = set(x & y)
    for a in x - y:
        if a.startswith("^") and len(a) > 5:
            if any(b.startswith("^") and b[1] == a[1] and len(b) > 5 and edit_distance(a, b) <= len(a) // 5 for b in y):
                out.add(a)
    return frozenset(out)


_FIRST_FIRST = {"before", "ahead of", "prior to", "after which", "followed by"}  # the clause before the connective came first
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
# a clock time, a span or a year right after the connective ("after 3 p.m.", "before 2005")
_TIME = re.compile(
    r"\s*(?:(?:about|around|some|nearly|almost|just)\s+)?(?:\d{1,2}[:.]\d\d|\d+\s*(?:a\.?m\b|p\.?m\b|o['’]clock|h\b|seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b)|(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)
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
    if "," in tail:
        x, y = tail.split(",", 1)
        return x, y
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
            chunks = _CLAUSE_END.split(text[: m.start()])[-1].split(",")
            left = chunks[-1] if _events(chunks[-1], True) or len(chunks) < 2 else ",".join(chunks[-2:])
            if not (re.search(r",\s*and", m.group(0)[:8]) or re.search(r"\bfirst\b", left, re.IGNORECASE)):
                continue  # "ran into Jean and his mother a few days later": "and" joins two names, not two clauses
            earlier, later = _events(left, True), _events(m.group("y"), False)
            if _elided_subject(m.group("y")):
                later |= {e for e in earlier if e.startswith("^")}  # "Garrard misfired first, then got sacked": his in both
            shared = earlier & later
            if earlier - shared and later - shared:
                start = text.rfind(left.strip(), 0, m.start())
                out.append(Order(first=earlier - shared, then=later - shared, connective="and later", reference=frozenset(),
                                 start=start, end=m.end(), word=_sequence_word(m)))
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
        if _adverbial(m):
            continue  # "... and after that Y": read by _sequences
        if c in ("after", "before") and _TIME.match(tail):
            continue  # "spotted him shortly after 3 p.m.": a time, no event
        opening = _OPENER.fullmatch(head) is not None
        if c in ("after", "following", "before") and opening:
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
            chunks = head.split(",")
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
            right = tail.split(",")[0]
            start, end = text.rfind(left.strip(), 0, m.start()), m.end() + len(right.rstrip())
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
    for m in re.finditer(r"\bfirst\b(?P<x>[^;:.]{3,80}?)\b(?:then|and then|before|followed)\b(?P<y>[^;:.]{3,80})", text, re.IGNORECASE):
        if re.search(r"\bthe\s+$", text[: m.start()], re.IGNORECASE):
            continue  # "before the first blast, and the night shift followed ...": an ordinal, no "first X, then Y"
        before = text[: m.start()].split(",")[-1]
        if re.match(r",?\s*and\b", m.group("x")) and m.group(0).rstrip().endswith("followed" + m.group("y")):
            # "the carriages jumped the track first and the locomotive followed": X first, Y after
            earlier, later = _events(before, True), _events(m.group("x"), False)
        else:
            earlier, later = _events(before + m.group("x"), True), _events(m.group("y"), False)
            if _elided_subject(m.group("y")):
                later |= {e for e in earlier if e.startswith("^")}
        shared = earlier & later
        if earlier - shared and later - shared:
            out.append(Order(first=earlier - shared, then=later - shared, connective="first … then", reference=frozenset(), start=m.start() - len(before.lstrip()), end=m.end(), word="first … then"))
    out.extend(_sequences(text))
    for m in re.finditer(r"(?P<x>[^;:.,]{3,80})\bfirst(?=\s*(?:[;:.,]|$))", text):
        # "the locomotive appeared to have left the rails first": its doer before any other; an
        # order only against a sentence that puts that doer after another (see order_conflicts)
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


# A clause opening with "By the time X, ..." or "When/As X, ...".
_OPENING = re.compile(r"(?:^|[.;:!?\"“]\s*)(?P<c>By the time|When|As)\s+(?P<x>[^,;:.]{3,100}),(?P<y>[^;:.]{3,100})")


def _acts(events: frozenset[str]) -> frozenset[str]:
    return frozenset(e for e in events if not e.startswith("^"))


def _reversed(oa: Order, ob: Order) -> bool:
    """Whether two orders tell the same two events the other way round. Each event must be
    shown the same in both: by an act word at least once; by names alone only where each sentence
    writes one of its events with no act of its own ("the Kari Marie was boarded first and the
    Nordstjerne an hour later"), since a place or a company named on both sides of two different
    orders ("shares in Norvane fell after the fire in Eskerby") shows no event."""
    one, other = _meet(oa.first, ob.then), _meet(oa.then, ob.first)
    if not (one and other):
        return False
    if not (_acts(one) and _acts(other)) and _names_alike(oa, ob):
        return False  # a name on the same side in both tells one participant's place, agreed
    if _acts(one) or _acts(other):
        return True
    return all(not _acts(o.first) or not _acts(o.then) for o in (oa, ob))


def _forms(events: frozenset[str], stretch: str) -> list[str]:
    """The act words of a side as the stretch writes them ("interrupt" -> "interrupted")."""
    acts = _acts(events)
    return list(dict.fromkeys(w.lower() for w in WORD.findall(stretch) if w[0].islower() and _event_of(w) in acts))


def _verb_form(word: str) -> bool:
    return word.endswith(("ed", "ing")) or word in IRREGULAR_PAST


def _half_reversed(oa: Order, ob: Order, text_a: str, text_b: str) -> tuple[str, str] | None:
    """The same two events reversed, one told alike by an act and what it was done to ("drilled the
    vault door" / "drilling through the vault door"), the other in other words of one meaning ("shut
    off power" / "disconnected the electric supply"): the pair of words that shows the second one.
    Shared nouns alone ("the carriages left the tracks" / "the carriages jumped the tracks") or a
    single shared word ("commission") show no event well enough to look further."""
    if not (oa.then and ob.then) or _names_alike(oa, ob):
        return None
    stretches = (text_a[oa.start : oa.end], text_b[ob.start : ob.end])
    alike, other = (oa.first, ob.then), (oa.then, ob.first)
    if _meet(*other):
        alike, other = other, alike
    met = _acts(_meet(*alike))
    if len(met) < 2 or _meet(*other) or not any(map(_verb_form, _forms(met, stretches[0]) + _forms(met, stretches[1]))):
        return None
    return near_in_meaning(_forms(other[0], stretches[0]), _forms(other[1], stretches[1]))


def _names_alike(oa: Order, ob: Order) -> bool:
    """Whether the two orders name someone on the same side ("flooring Rahman before the referee
    stopped it" / "after flooring Rahman, Klitschko wrapped it up")."""
    return any(e.startswith("^") for e in _meet(oa.first, ob.first) | _meet(oa.then, ob.then))


def _comparable(oa: Order, ob: Order) -> bool:
    """"When X, Y" tells no strict order: it stands only against "by the time X, Y had already"."""
    return all(o.connective not in ("when", "as") or p.connective == "by the time" for o, p in ((oa, ob), (ob, oa)))


def _say(order: Order) -> str:
    return f"{'/'.join(sorted(order.first))} before {'/'.join(sorted(order.then))}"


def _first_against(single: Order, order: Order) -> bool:
    """"the locomotive left the rails first" against "the carriages jumped the track first and the
    locomotive followed": what the one says came first, the other puts only after something else."""
    return (
        single.connective == "first" and not single.then and order.connective == "first … then"
        and bool(single.first & order.then)
    )


def order_conflicts(claims: Sequence[Claim], similarity: object, threshold: float, index: dict[str, int]) -> Iterable[Disagreement]:
    related = [(c, found) for c in claims if (found := order_relations(c.text))]
    for x, (a, ra) in enumerate(related):
        for b, rb in related[x + 1 :]:
            if a.article == b.article:
                continue
            # The two sentences must at least be about the same thing.
            if similarity[index[a.id], index[b.id]] < 0.5 * threshold:  # type: ignore[index]
                continue
            # the same two events reversed; or one event both connectives are said of, with the
            # other sentence's main event on the other side of it ("an hour after X announced" /
            # "before it was announced")
            pairs = [
                (oa, ob) for oa in ra for ob in rb
                if _comparable(oa, ob) and ((_reversed(oa, ob) and _ordinals_agree(oa, ob))
                or ((oa.first & ob.then | oa.then & ob.first) & oa.reference & ob.reference)
                or _first_against(oa, ob) or _first_against(ob, oa) or (_ordinals_agree(oa, ob) and _half_reversed(oa, ob, a.text, b.text)))
            ]
            for oa, ob in pairs[:1]:  # one finding per pair of sentences
                one, other = _meet(oa.first, ob.then), _meet(oa.then, ob.first)
                named = dict.fromkeys(_written(_main(side), a.text, b.text) for side in (one, other) if side)
                if not (one and other) and (near := _half_reversed(oa, ob, a.text, b.text)):
                    named["/".join(near)] = None  # the event told in other words, by its nearest pair
                what = f"the order of events ({', '.join(named)})"
                yield Disagreement(
                    "order", what,
                    # the value is the connective as written; the offsets span the clauses it orders
                    Side(claim=a, value=oa.word, normalized=_say(oa), start=a.start + oa.start, end=a.start + oa.end),
                    Side(claim=b, value=ob.word, normalized=_say(ob), start=b.start + ob.start, end=b.start + ob.end),
                )


def order_sides(
    disagreements: Sequence[Disagreement], claims: Sequence[Claim], similarity: object, threshold: float, index: dict[str, int]
) -> list[Agreeing]:
    """A third article joins the side of an order finding whose order it tells: what it puts first
    shares an event with that side's first, what it puts after with that side's after, and it does
    not also agree with the other side ("When the coast guard boat came near, the people moved to
    one side" with "As it came alongside, people moved to one side and the boat capsized")."""
    related = [(c, found) for c in claims if (found := order_relations(c.text))]
    out: list[Agreeing] = []
    for d in disagreements:
        if d.kind != "order":
            continue
        told = [next((o for o in order_relations(s.claim.text) if s.claim.start + o.start == s.start), None) for s in (d.a, d.b)]
        if None in told:
            continue
        taken = {d.a.claim.article, d.b.claim.article}
        for c, found in related:
            if c.article in taken:
                continue
            for side, mine, theirs in ((d.a, told[0], told[1]), (d.b, told[1], told[0])):
                if similarity[index[c.id], index[side.claim.id]] < 0.5 * threshold:  # type: ignore[index]
                    continue
                oc = next((
                    o for o in found
                    if _meet(o.first, mine.first) and _meet(o.then, mine.then) and not (_meet(o.first, theirs.first) or _meet(o.then, theirs.then))
                ), None)
                if oc:
                    out.append(Agreeing(side, Side(claim=c, value=oc.word, normalized=_say(oc), start=c.start + oc.start, end=c.start + oc.end)))
                    taken.add(c.article)
                    break
    return out
