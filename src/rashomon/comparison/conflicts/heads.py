"""One thing given two names: the same common noun told with a different proper name in two articles.

"the bakery Pellmora" / "Quillvane, a small bakery that serves the fair"; "the team's coach, Tobin
Arkwell," / "the coach Ivar Lund". A name is read with its head noun in apposition: the noun
before the name, after a determiner or a possessive and at most two modifiers that are words of
their own ("the firm Pellmora"; not "the soup came from Pellmora": a verb's form and a function
word), the noun after the name, told with an article ("Quillvane, a small bakery that ..."), or
the noun right after "the" and the name ("the Varnby hospital"; not "the Varnby Hospital Trust").
A head is an OEWN noun that names no time ("the day Kerrow voted" is no thing).

Two articles disagree on which one when each names exactly one thing with that head, the names
are more than a spelling apart and share no word, neither article's text holds any word of the
other's name (an article that names both tells of two things, or of one at two levels), a thing's
two names each hold a word that is no ordinary English word (a name told in ordinary words may be
a translation of the other: "Casa Blanca" / "White House"; persons' names are not translated), and
two sentences naming them tell one matter (as similar as figures must be to be compared). A third
article that names one side's thing, under any head, and not the other's joins that side.
Reported as a ``name`` conflict.

A place is read by its head too, without an article ("at Harbour Gate station") or with "of" ("near
the village of Halsby"), when the head has a sense of a place, a building or a structure and the
place is not a person's home ("a resident in Kerrow village"). Two places so read are compared only
when no article of the story names both (a town and its region), neither name is told as a speaker
or an employer (a body, no place), and both are told as where something was, or both as where it
came from, or both as where it went ("from the port of A" / "to the port of B" are two places).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ...backends.embedders.tfidf import stop_words
from ...model import Claim
from ...text.calendar import CALENDAR_WORDS
from ...text.thesaurus import kind_of, kinds_of, lemma_of, own_lemma, post_of, related
from .common import Agreeing, Disagreement, Side, edit_distance, fold, holds
from .structures import pairs_naming_one, two_coined_names

_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
# "the coach Ivar Lund", "the team's coach, Tobin Arkwell,": a determiner or a possessive, up to
# two modifiers, the head, the name
_BEFORE = re.compile(
    r"\b(?:[Tt]he|[\w-]+[’']s)\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z][a-z-]+)(?P<comma>,)?\s+" + _NAME + r"(?P<after>[\s\S]?)"
)
# "Quillvane, a small bakery that", "Pellmora, the family bakery,"
_AFTER = re.compile(
    r"(?<![\w’'-])" + _NAME + r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][a-z-]+)"
    r"(?=\s*[,.;:]|\s+(?:that|which|who|whose|with|based)\b)"
)
# "the Harnet depot", "the Varnby hospital": the name before its head
_INSIDE = re.compile(r"\b[Tt]he\s+" + _NAME + r"\s+(?P<head>[a-z][a-z-]+)\b(?![\w’'-]|\s+[A-Z])")
# "near the village of Halsby", "the port of Dremmen": a place's head, "of", its name
_OF = re.compile(r"\b[Tt]he\s+(?P<head>[a-z][a-z-]+)\s+of\s+" + _NAME + r"(?![\w’'-]|\s+[A-Z]|’s|'s)")
# "at Harbour Gate station", "in Tessel harbour": a preposition, the name, at most one modifier, its head
_BARE = re.compile(
    r"\b(?:at|in|on|near|outside|inside|from|to|into|off)\s+" + _NAME + r"\s+(?P<w1>[a-z][a-z-]+)\b(?=(?:\s+(?P<w2>[a-z][a-z-]+)\b)?)"
)
_PLACE_KINDS = frozenset({"place", "building", "structure"})
_NO_HEAD = frozenset({"same", "other", "new", "old", "first", "last", "next", "only", "former", "late", "then", "said"})
_SPELLING = 2  # names this close are one name spelt two ways (the garbled-name check's)


def _head(word: str) -> str:
    """The head's noun lemma when it is an OEWN noun that names no time, else ""."""
    w = word.lower()
    if w in _NO_HEAD or w in stop_words() or w in CALENDAR_WORDS or w.endswith("ed") or kind_of(w) == "time":
        return ""
    return lemma_of(w)


def _modifiers(words: str) -> bool:
    """Words before the head that may modify it: each an OEWN lemma of its own, none a function
    word ("the soup came from Pellmora": "came" is only a form, "from" a function word)."""
    stop = stop_words()
    return all(w not in stop and own_lemma(w) for w in words.split())


def named_heads(claim: Claim) -> Iterable[tuple[str, str, int, int]]:
    """(head stem, name, start, end) of each name told with its head noun (article offsets)."""
    text = claim.text
    for m in _BEFORE.finditer(text):
        if m.group("comma") and m.group("after") not in (",", ".", ";", ")", ""):
            continue  # "after the storm, Kerrow residents": no apposition
        head = _head(m.group("head"))
        if head and _modifiers(m.group("mods")) and not _calendar_name(m.group("name")):
            yield head, m.group("name"), claim.start + m.start("name"), claim.start + m.end("name")
    for m in _INSIDE.finditer(text):
        head = _head(m.group("head"))
        if head and not _calendar_name(m.group("name")):
            yield head, m.group("name"), claim.start + m.start("name"), claim.start + m.end("name")
    for m in _AFTER.finditer(text):
        head = _head(m.group("head"))
        if head and not _calendar_name(m.group("name")):
            yield head, m.group("name"), claim.start + m.start("name"), claim.start + m.end("name")


def place_heads(claim: Claim) -> Iterable[tuple[str, str, int, int]]:
    """(head stem, name, start, end) of each place told by its head without an article before the
    name ("at Harbour Gate station") or with "of" ("the village of Halsby"). The head must have a
    sense that is a place, a building or a structure ("the government of Kerrow", "the minister of
    Kerrow" name no place)."""
    text = claim.text
    for pattern in (_OF, _BARE):  # the preposition of _BARE is in its match, _OF's before it
        for m in pattern.finditer(text):
            head = _head(m.group("head")) if pattern is _OF else _bare_head(m, text)
            if not _place_head(head) or _calendar_name(m.group("name")) or _a_persons_place(text[: m.start()]):
                continue
            yield head, m.group("name"), claim.start + m.start("name"), claim.start + m.end("name")


def _place_head(head: str) -> bool:
    return bool(head) and bool(_PLACE_KINDS & set(kinds_of(head)))


def _bare_head(m: re.Match[str], text: str) -> str:
    """The head of "at <Name> [modifier] <head>": the second word when it is a place's noun after a
    modifier ("Harbour Gate metro station"), else the first ("Harbour Gate station suddenly"); the
    head not followed by a capital or "of" (then the name is only a modifier of a longer name)."""
    w1, w2 = m.group("w1"), m.group("w2")
    if w2 and _place_head(_head(w2)) and _modifiers(w1):
        head, end = _head(w2), m.end("w2")
    else:
        head, end = _head(w1), m.end("w1")
    return "" if re.match(r"[\w’'-]|\s+[A-Z]|\s+of\b", text[end:]) else head


def _a_persons_place(before: str) -> bool:
    """The place follows a person's noun ("a resident in Kerrow village", "a farmer from the village
    of Halsby"): it tells where that person lives or comes from, not where the matter happened."""
    words = re.findall(r"[A-Za-z][\w-]*", before)[-2:]
    if words and _PREPOSITION.fullmatch(words[-1] + " "):
        words = words[:-1]
    if not words:
        return False
    noun = words[-1].lower()
    return kind_of(noun) in ("person", "worker") or bool(post_of(noun))


def _calendar_name(name: str) -> bool:
    return name.split()[0].lower().strip(".") in CALENDAR_WORDS


def head_findings(
    claims: Sequence[Claim], texts: dict[str, str], similarity: object, floor: float, index: dict[str, int]
) -> Iterable[Disagreement]:
    found: dict[tuple[str, str], list[tuple[Claim, str, int, int]]] = defaultdict(list)  # (article, head) -> names
    placed: set[tuple[str, str]] = set()  # (article, head) read by a place's shape
    for claim in claims:
        for head, name, start, end in named_heads(claim):
            found[(claim.article, head)].append((claim, name, start, end))
        for head, name, start, end in place_heads(claim):
            found[(claim.article, head)].append((claim, name, start, end))
            placed.add((claim.article, head))
    for head, first, second in pairs_naming_one(found):
        xs, ys = found[(first, head)], found[(second, head)]
        place = (first, head) in placed or (second, head) in placed
        if place and not _apart(fold(xs[0][1]), fold(ys[0][1]), texts):
            continue
        pair = _best_pair(bool(post_of(head)) or kind_of(head) == "person", xs, ys, texts, similarity, floor, index, place)
        if pair is not None:
            yield Disagreement("name", f"which {head}", *pair)


def _best_pair(
    person: bool, xs: list[tuple[Claim, str, int, int]], ys: list[tuple[Claim, str, int, int]], texts: dict[str, str],
    similarity: object, floor: float, index: dict[str, int], place: bool = False,
) -> tuple[Side, Side] | None:
    name_x, name_y = fold(xs[0][1]), fold(ys[0][1])
    if edit_distance(name_x, name_y) <= _SPELLING or set(name_x.split()) & set(name_y.split()):
        return None
    if not (person or two_coined_names(name_x, name_y) or (place and _two_plain_names(name_x, name_y))):
        return None  # "Estrella" / "North Star": a thing's name translated into ordinary words
    text_x, text_y = fold(texts[xs[0][0].article]), fold(texts[ys[0][0].article])
    if any(holds(text_y, w) for w in name_x.split()) or any(holds(text_x, w) for w in name_y.split()):
        return None  # an article that names both tells of two things, or of one at two levels
    best = max(((a, b) for a in xs for b in ys), key=lambda p: similarity[index[p[0][0].id], index[p[1][0].id]])  # type: ignore[index]
    (a, na, sa, ea), (b, nb, sb, eb) = best
    if similarity[index[a.id], index[b.id]] < floor:  # type: ignore[index]
        return None
    if place and _role(a, sa) != _role(b, sb):
        return None  # "sailed from the port of A" / "was taken to the port of B": two places of a voyage
    if _other_names(a, na, text_y, place) and _other_names(b, nb, text_x, place):
        return None  # "the journalist A was arrested in Kerrow" / "the journalist B ... in Danmouth": two events
    return (
        Side(claim=a, value=na, normalized=fold(na), start=sa, end=ea),
        Side(claim=b, value=nb, normalized=fold(nb), start=sb, end=eb),
    )


def _apart(name_x: str, name_y: str, texts: dict[str, str]) -> bool:
    """Two places read by a place's shape are two names of one place only when no article of the
    story names both (a town and its region, a building and its town) and neither name is anywhere
    told as a doer or an employer ("Berholt Capital said", "Berholt Capital's staff": a body, no place)."""
    for text in texts.values():
        folded = fold(text)
        if any(holds(folded, w) for w in name_x.split()) and any(holds(folded, w) for w in name_y.split()):
            return False
        for name in (name_x, name_y):
            for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?:[’']s\s+(?P<owned>[a-z]+)|\s+(?:said|says|told|announced|added|denied|confirmed)\b)", folded):
                owned = m.group("owned")
                if not owned or post_of(owned) or kind_of(owned) in ("worker", "organization"):
                    return False  # "Berholt Capital said", "Berholt Capital's staff": a body
    return True


_PREPOSITION = re.compile(r"(?<![\w’'-])(at|in|on|near|outside|inside|off|by|beside|from|to|into|onto|towards?)\s", re.IGNORECASE)
_ROLES = {"from": "source", "to": "goal", "into": "goal", "onto": "goal", "toward": "goal", "towards": "goal"}


def _role(claim: Claim, start: int) -> str:
    """Whether a place is told as where something was ("at", "near", none), where it came from
    ("from") or where it went ("to", "into"): the last such preposition in the few words before it."""
    before = claim.text[max(0, start - claim.start - 30) : start - claim.start]
    found = _PREPOSITION.findall(before)
    return _ROLES.get(found[-1].lower(), "where") if found else "where"


def _two_plain_names(name_x: str, name_y: str) -> bool:
    """Two places' names in ordinary words, two words or more each, no word of one akin to a word of
    the other ("Harbour Gate" / "Central Market"; not "Quay Street" / "Street of the Dock", one
    street's name translated)."""
    wx, wy = name_x.split(), name_y.split()
    return len(wx) > 1 and len(wy) > 1 and not any(related(x, y) for x in wx for y in wy)


def _other_names(claim: Claim, name: str, other_text: str, place: bool = False) -> bool:
    """The claim names something else, past its first word, that the other article never names (for
    a place, a dateline's town and agency and words in brackets aside)."""
    text = claim.text.replace(name, " " * len(name))
    if place:
        text = _DATELINE.sub(lambda m: " " * len(m.group()), text)
        text = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
    words = [m.group() for m in _CAPITAL.finditer(text) if text[: m.start()].strip()]  # a sentence's first word aside
    return any(not holds(other_text, fold(w)) for w in words if fold(w) not in stop_words())


_DATELINE = re.compile(r"^[^\n]{0,80}?\s[-–—]\s")  # "HALDERN (Agency) - ", "KARSK, 3 May - "
_CAPITAL = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+")


def head_sides(
    findings: Sequence[Disagreement], claims: Sequence[Claim], similarity: object = None, index: dict[str, int] | None = None,
) -> list[Agreeing]:
    """The other articles naming one side's thing and not the other's, under any head ("the firm
    Quillvane" joins "Quillvane, a small bakery" against "Pellmora, the bakery"); of an article's
    sentences naming it, the one most like the side's own (a headline may name it only in passing)."""
    out = []
    for d in findings:
        pair = {d.a.claim.article, d.b.claim.article}
        told = [(side, re.compile(r"(?<![\w’'-])" + re.escape(side.value) + r"(?![\w’'-])")) for side in (d.a, d.b)]
        for article in dict.fromkeys(c.article for c in claims if c.article not in pair):
            mine = [c for c in claims if c.article == article]
            hits = [(side, c, m) for side, name in told for c in mine for m in [name.search(c.text)] if m]
            if not hits or len({id(side) for side, _, _ in hits}) > 1:
                continue  # names neither, or both: on no side
            if similarity is not None and index is not None:
                hits.sort(key=lambda h: -similarity[index[h[0].claim.id], index[h[1].id]])  # type: ignore[index]
            side, claim, m = hits[0]
            out.append(Agreeing(side, Side(claim=claim, value=m.group(), normalized=side.normalized, start=claim.start + m.start(), end=claim.start + m.end())))
    return out
