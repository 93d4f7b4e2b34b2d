"""One thing's name told with one coined word changed: "Kellby Ratings" / "Ostmark Ratings".

Two resolved names of things (not persons), of two articles, are two versions of one name when
they have as many words (two or three), all alike but the first, the rest ordinary words (the
head: "Ratings", "Superior Court"; not a person's surname), the two first words letters only (no
abbreviation or number), more than a spelling apart and both no ordinary English word (an ordinary word changed may be a
translation's other word, "Transit Authority" / "Traffic Authority", or another body of a kind,
"Interior Ministry" / "Foreign Ministry"; a coined name is not translated), neither a direction
(:mod:`.compass` reads those), neither name a title ("Deputy Minister"), neither
article's text holds the other's name (an article that names both tells of two), and two
sentences naming them tell one matter (as similar as two claims the alignment pairs).
Reported as a ``name`` conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...model import Claim, Entity
from ..entities.lexicon import is_word, lexicon
from .common import Disagreement, Side, edit_distance, fold, holds
from .compass import _DIRECTIONS

_SPELLING = 2  # words this close are one word spelt two ways
_DIRECTION_WORDS = frozenset(w for forms in _DIRECTIONS.values() for w in forms)


def _swapped(x: str, y: str) -> bool:
    wx, wy = x.split(), y.split()
    if not 2 <= len(wx) == len(wy) <= 3 or wx[1:] != wy[1:] or not all(is_word(w) for w in wx[1:]):
        return False  # the first word changed, before a head of ordinary words ("Ratings", "Superior Court")
    a, b = wx[0], wy[0]
    if not (a.isalpha() and b.isalpha() and min(len(a), len(b)) >= 4):
        return False  # "Mt" / "Mount", "II" / "8900": an abbreviation or a number
    if edit_distance(a, b) <= _SPELLING or a in _DIRECTION_WORDS or b in _DIRECTION_WORDS:
        return False
    return not is_word(a) and not is_word(b)


def swapped_findings(
    entities: Sequence[Entity], claims: Sequence[Claim], texts: dict[str, str], similarity: object, floor: float,
    index: dict[str, int],
) -> Iterable[Disagreement]:
    by_sentence: dict[str, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    told: dict[str, dict[str, list[tuple[Claim, int, int, str]]]] = {}  # article -> name -> (claim, start, end, text)
    for e in entities:
        if e.type == "PERSON":
            continue
        for m in e.mentions:
            words = m.text.split()
            if not 2 <= len(words) <= 3 or lexicon().is_title(m.text):
                continue
            for c in by_sentence.get(m.sentence, ()):
                if c.article == m.article and c.start <= m.start and m.end <= c.end:
                    told.setdefault(m.article, {}).setdefault(fold(m.text), []).append((c, m.start, m.end, m.text))
    articles = sorted(told)
    folded: dict[str, str] = {}  # an article's text folded, read when a pair of its names is first tested

    def folded_text(article: str) -> str:
        if article not in folded:
            folded[article] = fold(texts[article])
        return folded[article]

    for x, first in enumerate(articles):
        for second in articles[x + 1 :]:
            for nx, xs in told[first].items():
                for ny, ys in told[second].items():
                    if not _swapped(nx, ny) or holds(folded_text(second), nx) or holds(folded_text(first), ny):
                        continue
                    best = max(((p, q) for p in xs for q in ys), key=lambda pq: similarity[index[pq[0][0].id], index[pq[1][0].id]])  # type: ignore[index]
                    (a, sa, ea, va), (b, sb, eb, vb) = best
                    if similarity[index[a.id], index[b.id]] < floor:  # type: ignore[index]
                        continue
                    yield Disagreement(
                        "name", "the name",
                        Side(claim=a, value=va, normalized=nx, start=sa, end=ea),
                        Side(claim=b, value=vb, normalized=ny, start=sb, end=eb),
                    )
