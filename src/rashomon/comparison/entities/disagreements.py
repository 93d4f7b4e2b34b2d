"""Disagreements inside one entity that conflicts.py reports: titles and first names that differ
across articles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...model import Entity, Mention
from .lexicon import fold
from .mentions import PERSON
from .names import first_names_agree, first_names_sound_alike, name_cognates, office_translation, pet_name, short_first_name, split_name, titles_agree


def _pairs(entity_mentions: Iterable[tuple[Mention, str]], differ) -> list[tuple[Mention, Mention]]:
    """One pair per (article, value) x (other article, differing value), earliest mentions."""
    firsts: dict[tuple[str, str], Mention] = {}
    for mention, value in entity_mentions:
        firsts.setdefault((mention.article, fold(value)), mention)
    keys = list(firsts)
    out = []
    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            if a[0] != b[0] and differ(a[1], b[1]):
                out.append((firsts[a], firsts[b]))
    return out


def role_disagreements(entities: Sequence[Entity]) -> list[tuple[Mention, Mention]]:
    """Pairs of mentions of one entity, from different articles, whose title cues differ; the same
    kind of office worded another way by a translation ("chief executive" / "general director")
    is no disagreement."""
    out = []
    for entity in entities:
        titled = ((m, m.title) for m in entity.mentions if m.title)
        out.extend(_pairs(titled, lambda x, y: not titles_agree(x, y) and not office_translation(x, y)))
    return out


def name_disagreements(entities: Sequence[Entity]) -> list[tuple[Mention, Mention]]:
    """Pairs of mentions of one person, from different articles, whose first names differ while
    their titles agree; a spelling, accent or transliteration of the same first name ("Dušan" /
    "Dushan", "Genrikh" / "Henrik"), a pet form ("Bill" / "William"), one name in another language
    ("Piet" / "Peter"), or another first name with no title to tie it, is a garbled
    form (flagged on the entity), not a different name."""
    out = []
    for entity in entities:
        if entity.type != PERSON:
            continue
        named = [(m, split_name(m.text)[0]) for m in entity.mentions if split_name(m.text)[0]]
        for a, b in _pairs(named, lambda x, y: not first_names_agree(x, y) and not first_names_sound_alike(x, y)
                            and not short_first_name(x, y) and not pet_name(x, y) and not name_cognates(x, y)):
            # two first names for one office ("US President Joe Biden" / "US President George W.
            # Biden"); without agreeing titles the other name is a garble, flagged on the entity
            if a.title and b.title and titles_agree(a.title, b.title):
                out.append((a, b))
    return out
