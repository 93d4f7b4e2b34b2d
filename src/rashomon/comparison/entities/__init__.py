"""Entities: mentions, cross-document resolution, garbled-name flags.

    find_mentions(article)        stage 1: people, organisations, places, with title cues
    resolve_entities(articles)    stages 1-3: one Entity per referent, garbled forms as Suspects
    role_disagreements(entities)  title cues that differ across articles, for conflicts
    name_disagreements(entities)  first names that differ across articles, for conflicts
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ...model import Article, Entity
from ..clean import machine_translated
from .mentions import TAGGERS, TaggedMention, Tagger, find_mentions, get_tagger
from .disagreements import name_disagreements, role_disagreements
from .resolve import resolve

log = logging.getLogger(__name__)

__all__ = [
    "TAGGERS",
    "TaggedMention",
    "Tagger",
    "find_mentions",
    "get_tagger",
    "name_disagreements",
    "resolve_entities",
    "role_disagreements",
]


def resolve_entities(articles: Sequence[Article], *, tagger: str = "rules") -> tuple[Entity, ...]:
    """Every person, organisation and place the articles mention, one Entity each.

    Entities are numbered by first appearance (article order, then offset); each carries its
    mentions, its distinct surface forms and the forms that look garbled, with the reason.
    Articles whose machine-translation notice cleaning removed weigh less when deciding which
    spelling of a name is the original.
    """
    ids = [a.id for a in articles]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise ValueError(f"article ids must be unique; repeated: {', '.join(duplicated)}")
    tagged: list[TaggedMention] = []
    for article in articles:
        tagged.extend(find_mentions(article, tagger=tagger))
    translated = frozenset(a.id for a in articles if machine_translated(a.removed))
    entities = resolve(tagged, translated)
    log.debug("entities: %d mentions -> %d entities", len(tagged), len(entities))
    return entities
