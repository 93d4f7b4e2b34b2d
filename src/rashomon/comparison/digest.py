"""The neutral digest: what the sources share, in neutral words, every sentence cited.

1. Agreements are ranked: claims carried by more sources first, then by where the story puts
   them (earlier sentences lead).
2. Each agreement is told through its most neutral member (fewest loaded terms and garbled
   names), with garbled names replaced by the resolved name and loaded terms by neutral ones.
3. Each conflict becomes "Sources differ on ...: A says X; B says Y.", citing both sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .framing import neutralize
from ..model import Agreement, Article, ClaimRef, Conflict, DigestSentence, Entity

MAX_SHARED = 8


def _neutralize(text: str) -> tuple[str, int]:
    neutral, replaced = neutralize(text)
    return neutral, len(replaced)


def _repair_names(ref: ClaimRef, entities: Sequence[Entity]) -> tuple[str, int]:
    """Replace flagged (garbled) forms in the sentence by the entity's resolved name."""
    fixes = []
    for entity in entities:
        flagged = {s.text for s in entity.suspect}
        for m in entity.mentions:
            if m.sentence == ref.sentence and m.text in flagged and ref.start <= m.start and m.end <= ref.end:
                fixes.append((m.start - ref.start, m.end - ref.start, _replacement(m.text, entity.name)))
    text = ref.text
    for start, end, name in sorted(fixes, reverse=True):
        text = text[:start] + name + text[end:]
    return text, len(fixes)


def _replacement(form: str, canonical: str) -> str:
    # A surname alone stays a surname: "Blinkin" -> "Blinken", not the full name.
    if " " not in form.strip() and " " in canonical:
        return canonical.split()[-1]
    return canonical


def _shared_sentence(agreement: Agreement, entities: Sequence[Entity]) -> DigestSentence:
    candidates = []
    for ref in agreement.claims:
        repaired, fixes = _repair_names(ref, entities)
        neutral, loaded = _neutralize(repaired)
        candidates.append((loaded, fixes, len(neutral), neutral))
    _, _, _, text = min(candidates)
    text = re.sub(r"\s+", " ", text).strip()
    return DigestSentence(text=text, citations=tuple(ref.sentence for ref in agreement.claims))


def _position(agreement: Agreement, order: dict[str, int]) -> tuple[int, int]:
    return (-len({c.article for c in agreement.claims}), min(order.get(c.sentence, 0) for c in agreement.claims))


# What the sources differ on, by conflict kind; "number" and "actor" take theirs from the
# explanation ("how many (injured)", "who ordered").
_DIFFER_ON = {
    "date": "the date", "time": "the time", "weekday": "the day", "role": "the title",
    "name": "the name", "order": "the order of events", "quote": "the quoted words",
}


def _conflict_sentence(conflict: Conflict, sources: dict[str, str]) -> DigestSentence:
    told = "; ".join(f"{sources.get(s.article, s.article)} says “{s.value}”" for s in conflict.sides)
    label = _DIFFER_ON.get(conflict.kind) or conflict.explanation.split(":", 1)[0]
    return DigestSentence(text=f"Sources differ on {label}: {told}.", citations=tuple(s.sentence for s in conflict.sides))


def build_digest(
    articles: Sequence[Article],
    agreements: Sequence[Agreement],
    conflicts: Sequence[Conflict],
    entities: Sequence[Entity] = (),
    *,
    max_shared: int = MAX_SHARED,
) -> tuple[DigestSentence, ...]:
    order = {s.id: s.index for a in articles for s in a.sentences}
    sources = {a.id: a.source or a.id for a in articles}
    digest: list[DigestSentence] = []
    told: set[str] = set()
    for agreement in sorted(agreements, key=lambda g: _position(g, order)):
        if len(digest) >= max_shared:
            break
        sentence = _shared_sentence(agreement, entities)
        if sentence.text in told:
            continue
        told.add(sentence.text)
        digest.append(sentence)
    # Restore story order among the chosen sentences: a digest reads as a story, not a ranking.
    digest.sort(key=lambda d: min(order.get(c, 0) for c in d.citations))
    digest += [_conflict_sentence(c, sources) for c in conflicts]
    return tuple(digest)
