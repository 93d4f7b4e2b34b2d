"""One structure named differently: "behind the Harkness Stand" / "at the back of the Miller
Stand"; "a fault at the Halvik substation" / "at the Dornas substation"; one vessel too ("the
cargo ship Merrow Star" / "the vessel, the Merrow Queen,"), and one work of art or letters
with one word of its quoted title changed ("Ferrante's "Girl with a Lantern"" / "Ferrante's
famous "Boy with a Lantern""; articles aside, as a translation adds or drops them).

A structure is read as "the <Name> <kind>", a kind of built thing (a stand, a substation, a
terminal, a bridge...). Two articles disagree on which one when each names exactly one structure
of that kind, the names are more than a spelling apart, neither article's text holds the other's
name (an article that tells of two stands speaks of two places, and the others may too), and
two sentences naming them tell one matter (as similar as figures must be to be compared).
Reported as a ``name`` conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ...model import Claim
from ...text.stems import suffix_stem
from ..entities.lexicon import is_word
from .common import Disagreement, Side, edit_distance, fold, holds

# Kinds of built thing a name picks out one of: a stadium's stands, a grid's substations, a
# port's terminals. Not buildings a story often holds several of by name (hospitals, schools).
_KINDS = (
    "stand", "substation", "terminal", "bridge", "tunnel", "pier", "quay", "dock", "berth", "runway",
    "reactor", "dam", "refinery", "depot", "pipeline", "platform", "tower", "plant", "mine",
)
STRUCTURE = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z][\w’'-]+)\s+(?P<kind>(?i:" + "|".join(_KINDS) + r"))s?\b(?!\s+[A-Z])"
)
# A vessel is named after its kind: "the cargo ship Sorrel Star", "the vessel, the Merrow Queen,"
_VESSEL = re.compile(
    r"\b(?:ship|vessel|tanker|freighter|ferry|trawler|containership|cargo\s+ship|cruise\s+ship),?\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
# A work's title in quotes, in title case: "Girl with a Lantern" (two to six words, the first and
# last capitalised, the others capitalised or small words), told as a work: after a possessive
# ("Ferrante's famous") or a kind of work, or before "of" or "by" and a name ("... of Ferrante").
_SMALL = r"(?:a|an|the|of|with|in|on|at|and|for|to|from|by|under|over)"
_CAP = r"[A-Z][\w’'-]*"
_WORK = re.compile(r"[\"“](?P<name>" + _CAP + r"(?:\s+(?:" + _CAP + "|" + _SMALL + r")){0,4}\s+" + _CAP + r")[\"”]")
_WORK_BEFORE = re.compile(
    r"(?:[\w-]+[’']s(?:\s+[a-z]+)?|\b(?:painting|canvas|portrait|picture|work|masterpiece|sculpture|film|book|novel|"
    r"song|album|play|opera|series|poem)s?)\s*$"
)
_WORK_AFTER = re.compile(r"\s+(?:of|by)\s+(?:the\s+(?:painter|artist|writer|author|composer|director)\s+)?[A-Z]")
_ARTICLES = re.compile(r"\b(?:a|an|the)\s+", re.IGNORECASE)
_SPELLING = 2  # names this close are one name spelt two ways (the garbled-name check's)


def _structures(claim: Claim) -> Iterable[tuple[str, str, int, int]]:
    """(name, kind, start, end) of each "the <Name> <kind>" and each named vessel ("the ship
    <Name>", kind "vessel") in the claim (article offsets)."""
    for m in STRUCTURE.finditer(claim.text):
        name = m.group("name")
        if name.lower() not in ("same", "new", "old", "main"):
            yield name, m.group("kind").lower(), claim.start + m.start("name"), claim.start + m.end("kind")
    for m in _VESSEL.finditer(claim.text):
        yield m.group("name"), "vessel", claim.start + m.start("name"), claim.start + m.end("name")
    for m in _WORK.finditer(claim.text):
        told_as_work = _WORK_BEFORE.search(claim.text[max(0, m.start() - 40) : m.start()]) or _WORK_AFTER.match(claim.text, m.end())
        if told_as_work:
            yield _bare(m.group("name")), "work", claim.start + m.start("name"), claim.start + m.end("name")


def _bare(title: str) -> str:
    """A title less its articles: "Girl with the Lantern" is "Girl with a Lantern" translated."""
    return _ARTICLES.sub("", title)


def structure_findings(
    claims: Sequence[Claim], texts: dict[str, str], similarity: object, floor: float, index: dict[str, int]
) -> Iterable[Disagreement]:
    found: dict[tuple[str, str], list[tuple[Claim, str, int, int]]] = defaultdict(list)  # (article, kind) -> mentions
    for claim in claims:
        for name, kind, start, end in _structures(claim):
            found[(claim.article, kind)].append((claim, name, start, end))
    for kind, first, second in pairs_naming_one(found):
        pair = _best_pair(kind, found[(first, kind)], found[(second, kind)], texts, similarity, floor, index)
        if pair is not None:
            yield Disagreement("name", f"which {kind}", *pair)


Mention = tuple[Claim, str, int, int]  # the claim, the name as written, its start and end in the article


def pairs_naming_one(found: dict[tuple[str, str], list[Mention]]) -> Iterable[tuple[str, str, str]]:
    """(key, first article, second article) for every two articles that each name exactly one thing
    under the key (one name, folded), in the order the mentions were found."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for article, key in found:
        if len({fold(name) for _, name, _, _ in found[(article, key)]}) == 1:
            by_key[key].append(article)
    for key, articles in by_key.items():
        for x, first in enumerate(articles):
            for second in articles[x + 1 :]:
                yield key, first, second


def _best_pair(
    kind: str, xs: list[tuple[Claim, str, int, int]], ys: list[tuple[Claim, str, int, int]], texts: dict[str, str],
    similarity: object, floor: float, index: dict[str, int],
) -> tuple[Side, Side] | None:
    """The two most similar sentences naming two different structures, when as similar as ``floor``."""
    name_x, name_y = fold(xs[0][1]), fold(ys[0][1])
    if edit_distance(name_x, name_y) <= _SPELLING or suffix_stem(name_x) == suffix_stem(name_y):
        return None
    if kind == "vessel" and not (_one_word_swapped(name_x, name_y) or two_coined_names(name_x, name_y)):
        return None  # "Estrella del Norte" / "North Star": a translated name, or another ship
    if kind == "work" and not _one_word_swapped(name_x, name_y):
        return None  # two titles that share no frame are two works, or a translated title
    text_x, text_y = texts[xs[0][0].article], texts[ys[0][0].article]
    if kind == "work":
        text_x, text_y = _bare(text_x), _bare(text_y)
    if holds(fold(text_y), name_x) or holds(fold(text_x), name_y):
        return None  # an article that names both structures tells of two
    best = max(((a, b) for a in xs for b in ys), key=lambda p: similarity[index[p[0][0].id], index[p[1][0].id]])  # type: ignore[index]
    (a, na, sa, ea), (b, nb, sb, eb) = best
    if similarity[index[a.id], index[b.id]] < floor:  # type: ignore[index]
        return None
    return (
        Side(claim=a, value=a.text[sa - a.start : ea - a.start], normalized=fold(na), start=sa, end=ea),
        Side(claim=b, value=b.text[sb - b.start : eb - b.start], normalized=fold(nb), start=sb, end=eb),
    )


def _one_word_swapped(x: str, y: str) -> bool:
    """Two names of as many words, all alike but one: "Sorrel Star" / "Sorrel Queen"."""
    wx, wy = x.split(), y.split()
    return len(wx) == len(wy) >= 2 and sum(a != b for a, b in zip(wx, wy)) == 1


def two_coined_names(x: str, y: str) -> bool:
    """Two names with no word in common, each holding a word that is no ordinary English word
    ("Saltgrass Star" / "Cape Tillary"): two names given to the ship, where a translation renders
    a name in ordinary words ("Estrella del Norte" / "North Star")."""
    wx, wy = set(x.split()), set(y.split())
    return not wx & wy and all(any(not is_word(w) for w in words) for words in (wx, wy))


