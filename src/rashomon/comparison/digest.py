"""The neutral digest: what the sources share, in neutral words, every sentence cited.

1. Agreements are ranked: claims carried by more sources first, then by where the story puts
   them (earlier sentences lead).
2. Each agreement is told once, through its most neutral member: a sentence, not a headline,
   not a question or a first-person remark; fewest loaded terms, from the article with the
   fewest loaded terms overall (wire copy before a tabloid), fewest garbled names; garbled names
   replaced by the resolved name and loaded terms by neutral ones. It cites the members that
   state it (sharing its figures and most of its words), not every member of the group.
3. Each conflict becomes "Sources differ on <what>: A and C say X; B says Y.", citing every side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import attribution, find_quotes
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


_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+|\d+(?:[.,]\d+)*")
_STOP = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "this", "it",
    "its", "is", "was", "were", "are", "be", "been", "has", "have", "had", "as", "but", "not", "said", "says", "who",
    "which", "will", "would", "after", "before", "their", "his", "her", "they", "he", "she",
}


def _tellable(ref: ClaimRef) -> bool:
    """A sentence a digest may state: closed like a sentence, not a question, not in the first
    person outside quotation marks."""
    text = ref.text.strip()
    if not text.endswith((".", "”", "\"", "’", "'")) or text.endswith("?"):
        return False
    return not _FIRST_PERSON.search(_unquoted(text))


def _unquoted(text: str) -> str:
    return re.sub(r"[“\"«„][^”\"»“]*[”\"»“]?", " ", text)


def _scare_quotes(text: str) -> int:
    """Short quotations in a sentence that attributes nothing: words the outlet holds at a distance."""
    if attribution(text) is not None:
        return 0
    return sum(1 for q in find_quotes(text) if len(q.text.split()) <= 3)


def _content(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _WORD.findall(text) if w.lower() not in _STOP}


def _states(told: str, ref: ClaimRef) -> bool:
    """Whether a member states what the digest sentence tells: its figures and half its words."""
    mine, theirs = _content(told), _content(ref.text)
    figures = {w for w in mine if w[:1].isdigit()}
    return figures <= theirs and len(mine & theirs) >= 0.5 * max(1, len(mine))


def _shared_sentence(agreement: Agreement, entities: Sequence[Entity], loaded: dict[str, int]) -> DigestSentence | None:
    candidates = []
    for ref in agreement.claims:
        if not _tellable(ref):
            continue
        repaired, fixes = _repair_names(ref, entities)
        neutral, replaced = _neutralize(repaired)
        # cues neutral wording cannot fix (scare quotes) count before those it replaces
        candidates.append((_scare_quotes(ref.text), replaced, loaded.get(ref.article, 0), fixes, len(neutral), neutral, ref))
    if not candidates:
        return None  # only headlines, questions or first-person remarks: nothing to state
    *_, text, chosen = min(candidates, key=lambda c: c[:5])
    text = re.sub(r"\s+", " ", text).strip()
    cited = [ref.sentence for ref in agreement.claims if ref is chosen or _states(text, ref)]
    return DigestSentence(text=text, citations=tuple(dict.fromkeys(cited)))


def _article_loaded(articles: Sequence[Article]) -> dict[str, int]:
    """Loaded terms per article: the digest prefers the article that uses fewest."""
    return {a.id: len(neutralize(a.text)[1]) for a in articles}


def _position(agreement: Agreement, order: dict[str, int]) -> tuple[int, int]:
    return (-len({c.article for c in agreement.claims}), min(order.get(c.sentence, 0) for c in agreement.claims))


def _conflict_sentence(conflict: Conflict, sources: dict[str, str]) -> DigestSentence:
    """"Sources differ on the day: A and C say “Sunday”; B says “Saturday”." with every side."""
    grouped = len({side.group for side in conflict.sides}) > 1  # else: a conflict without groups
    groups: dict[object, list] = {}
    for side in conflict.sides:
        groups.setdefault(side.group if grouped else side.value.lower(), []).append(side)
    told = "; ".join(
        " and ".join(dict.fromkeys(sources.get(s.article, s.article) for s in sides))
        + (" say " if len({s.article for s in sides}) > 1 else " says ") + f"“{sides[0].value}”"
        for sides in groups.values()
    )
    label = re.sub(r"\s+differs?$", "", conflict.explanation.split(":", 1)[0].strip()) or conflict.kind
    return DigestSentence(text=f"Sources differ on {label}: {told}.", citations=tuple(dict.fromkeys(s.sentence for s in conflict.sides)))


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
    loaded = _article_loaded(articles)
    digest: list[DigestSentence] = []
    told: set[str] = set()
    for agreement in sorted(agreements, key=lambda g: _position(g, order)):
        if len(digest) >= max_shared:
            break
        sentence = _shared_sentence(agreement, entities, loaded)
        if sentence is None or sentence.text in told:
            continue
        told.add(sentence.text)
        digest.append(sentence)
    # Restore story order among the chosen sentences: a digest reads as a story, not a ranking.
    digest.sort(key=lambda d: min(order.get(c, 0) for c in d.citations))
    digest += [_conflict_sentence(c, sources) for c in conflicts]
    return tuple(digest)
