"""Articles and look-ups for the entity tests: an article segmented for real, the one entity that
holds a mention, and the flagged forms with their reasons."""

from __future__ import annotations

from rashomon.comparison.segment import segment
from rashomon.model import Article, Entity


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def entity_of(entities: tuple[Entity, ...], text: str) -> Entity:
    """The one entity with a mention written ``text`` (fails when none or several hold it)."""
    holders = [e for e in entities if any(m.text == text for m in e.mentions)]
    assert len(holders) == 1, f"{text!r} is in {len(holders)} entities"
    return holders[0]


def suspects(entities: tuple[Entity, ...]) -> dict[str, str]:
    return {s.text: s.reason for e in entities for s in e.suspect}
