"""Place conflicts: one act done to the same person or group, at places with different names.

Read by :mod:`..claims.places` ("detained ... near Tobylgan" / "detained ... in the village of
Sarykol"). Two claims of different articles disagree on the place when they tell the same act
(verbs of one meaning), of the same person (one resolved person named in both) or the same
group (the same word right before the verb: "the survivors were landed" / "the survivors were
transferred"), about the same matter (similarity at least half the agreement threshold), and the
two places are different names: not one resolved entity, no word in common, and more than a
spelling apart, and neither written in the story as a place within the other ("the Ostrenian
port of Lisvarre"), nor one a building or site and the other not ("at the Grand Orvo hotel" / "in
Kerrow": two levels; "Lenton airport" / "Marbury airport" still disagree). A person the resolver
joined is no shared person when the two claims give them two different first names in full
("Ivo Darnel" / "Paul Darnel"). Reported as a ``name`` conflict (the place named differently).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ...model import Claim, Mention
from ...text.calendar import CALENDAR_WORDS, MONTH_ABBREVIATIONS
from ...text.stems import suffix_stem
from ..claims.places import Place, read_places
from .common import Disagreement, Side, edit_distance as _edits, fold as _fold
from .levels import one_inside_other
from .structures import STRUCTURE

_SIMILARITY = 0.5  # of the agreement threshold
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def _entity_at(mentions: list[tuple[Mention, str]], start: int, end: int) -> str:
    return next((eid for m, eid in mentions if m.start < end and start < m.end), "")


def _different_places(a: str, ea: str, b: str, eb: str) -> bool:
    if ea and eb and ea == eb:
        return False
    fa, fb = _fold(a), _fold(b)
    if set(fa.split()) & set(fb.split()):
        return False
    return _edits(fa, fb) > 2


_CALENDAR = CALENDAR_WORDS | set(MONTH_ABBREVIATIONS)
_NAMED_THING = re.compile(r"\b(?:called|named|dubbed|nicknamed|known as)\s+$", re.IGNORECASE)


def _no_place(claim: Claim, place: Place, entity: str, places: set[str]) -> bool:
    """A name that is no place: a month or a day ("on Jan. 6"), a short acronym no entity calls a
    place ("arrested for DUI"), a thing's name ("a dog called Fenn")."""
    name = place.name.strip(". ")
    if _fold(name) in _CALENDAR:
        return True
    if name.isupper() and len(name) <= 4 and entity not in places:
        return True
    return bool(_NAMED_THING.search(claim.text[max(0, place.start - claim.start - 20) : place.start - claim.start]))


def _tells_both(a: Claim, b: Claim, qa: Place, qb: Place) -> bool:
    """One claim names the other's place too ("along Interstate 75 in Genesee County")."""
    return _fold(qb.name) in _fold(a.text) or _fold(qa.name) in _fold(b.text)


def _subject(claim: Claim, place: Place) -> str:
    """The word right before the verb's auxiliary, stemmed to compare ("the survivors were landed" -> "survivor")."""
    return suffix_stem(_subject_as_written(claim, place))


def _subject_as_written(claim: Claim, place: Place) -> str:
    """That word as the sentence writes it, for the conflict's explanation ("survivors"): its stem
    is no word to show ("where the survivor were transferred")."""
    before = claim.text[: place.start - claim.start]
    at = before.rfind(place.verb)
    words = _WORD.findall(before[:at])[-3:]
    words = [w for w in words if w.lower() not in ("was", "were", "is", "are", "been", "had", "has", "have", "being", "already")]
    if words and words[-1].lower() == "and":
        # "41 survivors were rescued by patrol boats and transferred to": the first verb's subject
        first = list(_PASSIVE.finditer(re.split(r"[;:]", before[:at])[-1]))
        return first[-1].group(1).lower() if first else ""
    return words[-1].lower() if words and words[-1][0].islower() else ""


_PASSIVE = re.compile(r"\b([a-z][\w’'-]*)\s+(?:was|were|(?:has|have|had)\s+been)\s+[a-z]+ed\b")


# The head nouns of a building or a site named after its place or owner ("the Grand Orvo hotel",
# "Lenton airport"): a place within a town, at another level than the town itself
_FACILITY = frozenset({
    "airport", "airfield", "base", "bridge", "building", "camp", "cathedral", "centre", "center", "church", "clinic",
    "college", "compound", "depot", "embassy", "factory", "hall", "harbour", "harbor", "hospital", "hotel", "mall",
    "market", "mine", "mosque", "office", "palace", "park", "plant", "port", "prison", "school", "square", "stadium",
    "station", "temple", "terminal", "tower", "university", "warehouse", "jail", "court", "courthouse", "headquarters",
})


def _facility(claim: Claim, place: Place) -> str:
    """The head noun after the name when it names a building or site ("Lenton airport" -> "airport"), else ""."""
    after = re.match(r"((?:\s+[a-z][a-z-]*){1,2})", claim.text[place.end - claim.start :])
    words = after.group(1).split() if after else []
    return next((w for w in reversed(words) if w in _FACILITY), "")


def _structure_named(claim: Claim, place: Place) -> bool:
    """The place is a named structure of a kind :mod:`.structures` judges ("the Norrvik terminal"):
    that rule asks which one, and knows when an article names both."""
    at = place.start - claim.start
    return any(m.start("name") == at for m in STRUCTURE.finditer(claim.text))


def _same_person(a: Claim, b: Claim, entity: str, named: dict[str, list[tuple[Mention, str]]]) -> bool:
    """One resolved person named in both claims, not with two different given names in full
    ("Ivo Darnel" / "Paul Darnel": two relatives the resolver joined by the surname)."""
    firsts = set()
    for claim in (a, b):
        full = [m.text.split() for m, eid in named.get(claim.sentence, []) if eid == entity and len(m.text.split()) >= 2]
        firsts |= {_fold(words[0]) for words in full if words[0][:1].isupper() and not words[0].endswith(".")}
    return not any(_edits(x, y) > 2 for x in firsts for y in firsts)


def place_conflicts(
    claims: Sequence[Claim], similarity: object, threshold: float, index: dict[str, int],
    named: dict[str, list[tuple[Mention, str]]], people: set[str], places: frozenset[str] | set[str] = frozenset(),
    story: str = "",
) -> Iterable[Disagreement]:
    """``story``: the articles' texts, where one place may be written inside the other (see :mod:`.levels`)."""
    found = [(c, places) for c in claims if (places := read_places(c.text, c.start))]
    for x, (a, pa) in enumerate(found):
        persons_a = {eid for _, eid in named.get(a.sentence, []) if eid in people}
        for b, pb in found[x + 1 :]:
            if a.article == b.article or similarity[index[a.id], index[b.id]] < _SIMILARITY * threshold:  # type: ignore[index]
                continue
            persons_b = {eid for _, eid in named.get(b.sentence, []) if eid in people}
            for qa in pa:
                for qb in pb:
                    if qa.act != qb.act:
                        continue
                    shared = {e for e in persons_a & persons_b if _same_person(a, b, e, named)}
                    same_who = bool(shared) or (_subject(a, qa) and _subject(a, qa) == _subject(b, qb))
                    if not same_who:
                        continue
                    ea = _entity_at(named.get(a.sentence, []), qa.start, qa.end)
                    eb = _entity_at(named.get(b.sentence, []), qb.start, qb.end)
                    if ea in persons_a or eb in persons_b or not _different_places(qa.name, ea, qb.name, eb):
                        continue
                    if _no_place(a, qa, ea, places) or _no_place(b, qb, eb, places) or _tells_both(a, b, qa, qb):
                        continue
                    if one_inside_other(qa.name, qb.name, story):
                        continue  # a town and its country: one place at two levels
                    if _structure_named(a, qa) or _structure_named(b, qb):
                        continue
                    if _facility(a, qa) != _facility(b, qb):
                        continue  # "at the Grand Orvo hotel" / "in Kerrow": a building and a town
                    who = next((m.text for m, eid in named.get(a.sentence, []) if eid in shared), "") if shared else ""
                    yield Disagreement(
                        "name", f"where {who} was {qa.verb.lower()}" if who else f"where the {_subject_as_written(a, qa)} were {qa.verb.lower()}",
                        Side(claim=a, value=qa.name, normalized=ea or _fold(qa.name), start=qa.start, end=qa.end),
                        Side(claim=b, value=qb.name, normalized=eb or _fold(qb.name), start=qb.start, end=qb.end),
                    )
