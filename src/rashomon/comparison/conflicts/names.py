"""Name conflicts from the resolved entities: one person told with different first names,
beyond a spelling variant ("Ines" / "Agnes" Kaldera, not "Anthony" / "Antony") or a nickname
the article gives ("Luis Gerardo (Jerry) Ortiz"). A first name one article alone gives, against
one that two or more other articles agree on, is a garbled form of theirs (flagged on the entity,
as translations turn "Inés" into "Irene"), not a conflict: only a name no majority settles is one."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ...model import Article, Conflict, ConflictSide, Entity, Mention
from ...text.lists import plain_list
from ..entities import name_disagreements
from .common import edit_distance as _edits, fold as _fold

__all__ = ["entity_conflicts"]


def _spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one first name ("Dušan" / "Dushan", "Hendrik" / "Henrik", "Corin" /
    "Colin"): the same after folding accents, one or two letters apart with the same initial, or
    the same consonants in the same order, told with other vowels ("Graham" / "Graeme": one name
    as heard and written down again). A wrong first name is then a garbled form (flagged on the
    entity), not a conflict."""
    fa, fb = _fold(a.split()[0]), _fold(b.split()[0])
    return fa == fb or (fa[:1] == fb[:1] and (_edits(fa, fb) <= 2 or _consonants(fa) == _consonants(fb)))


_NOT_CONSONANTS = re.compile(r"[aeiouyh’'-]")


def _consonants(name: str) -> str:
    """A folded name's consonants in order, a doubled one once and "h" (often silent) left out:
    "graham" and "graeme" -> "grm"."""
    return re.sub(r"(.)\1+", r"\1", _NOT_CONSONANTS.sub("", name))


# "Deputy Luis Gerardo (Jerry) Ortiz", 'Robert "Bob" Kane': the name a person goes by, told after the first names
_NICKNAME = re.compile(r"\s*[(\"“‘']\s*([A-Z][\w’'-]+)\s*[)\"”’']")


def _goes_by(mention: Mention, other: Mention, texts: dict[str, str]) -> bool:
    """The mention's first names are followed by a nickname in brackets or quotes that is the
    other mention's first name: one name told fully and in part, no second name."""
    m = _NICKNAME.match(texts.get(mention.article, ""), mention.end)
    return bool(m and other.text.split() and _fold(m.group(1)) == _fold(other.text.split()[0]))


def _settled(groups: list[list[tuple[Mention, str]]], entity: str, entities: Sequence[Entity]) -> bool:
    """Two or more articles agree on one first name and each other name is one article's alone:
    the lone forms are garbles of the agreed name, which the entity's flags report. Every article
    naming the person in full counts, also those whose mention carries no title."""
    found = next((e for e in entities if e.id == entity), None)
    if found is None:
        return False
    told: dict[str, set[str]] = defaultdict(set)  # first name (folded) -> the articles giving it
    for m in found.mentions:
        if len(m.text.split()) >= 2:
            told[_fold(m.text.split()[0])].add(m.article)
    firsts = [_fold(group[0][1].split()[0]) for group in groups]
    counts = sorted((len(told.get(f, ())) for f in firsts), reverse=True)
    return counts[0] >= 2 and all(c == 1 for c in counts[1:])


def entity_conflicts(entities: Sequence[Entity], articles: Sequence[Article], sources: dict[str, str]) -> Iterable[Conflict]:
    sentence_text = {s.id: s.text for a in articles for s in a.sentences}
    texts = {a.id: a.text for a in articles}
    owner = {(m.article, m.start): e.id for e in entities for m in e.mentions}
    for kind, finder, what in (("name", name_disagreements, "the name"),):
        pairs: dict[str, list[tuple[Mention, str]]] = defaultdict(list)
        for ma, mb in finder(entities):
            va, vb = ma.text, mb.text
            if _spelling_variant(va, vb) or _goes_by(ma, mb, texts) or _goes_by(mb, ma, texts):
                continue
            entity = owner.get((ma.article, ma.start), ma.text)
            pairs[entity] += [(ma, va), (mb, vb)]
        for entity, mentions in pairs.items():
            chosen: dict[str, tuple[Mention, str]] = {}
            for m, v in mentions:
                chosen.setdefault(m.article, (m, v))
            groups: list[list[tuple[Mention, str]]] = []
            for m, v in sorted(chosen.values(), key=lambda x: x[0].article):
                for group in groups:
                    same = _fold(group[0][1]) == _fold(v)
                    if same:
                        group.append((m, v))
                        break
                else:
                    groups.append([(m, v)])
            if len(groups) < 2 or _settled(groups, entity, entities):
                continue
            told = "; ".join(
                plain_list(sources.get(m.article, m.article) for m, _ in group)
                + (" say " if len(group) > 1 else " says ") + f"“{group[0][1]}”"
                for group in groups
            )
            yield Conflict(
                kind=kind,
                explanation=f"{what}: {told}",
                sides=tuple(
                    ConflictSide(
                        article=m.article, sentence=m.sentence, text=sentence_text.get(m.sentence, ""), value=v,
                        start=m.start, end=m.end, normalized=_fold(v), group=n,
                    )
                    for n, group in enumerate(groups) for m, v in group
                ),
            )
