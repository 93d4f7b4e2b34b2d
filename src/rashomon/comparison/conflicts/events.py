"""Event disagreements: who did an act (actor) and what came first (order).

actor   the same action with different doers, one of whom the other article never names
        ("UNICEF lifted sanctions" / "the administration ... lifted the sanctions")
order   one article puts an event after another, the other article before it
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ...model import Claim, Mention
from ...text import SPEECH_VERBS, reporting_lemma
from ..claims import stem
from .common import STOP as _STOP
from .common import WORD as _WORD
from .common import Disagreement, Side



def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), offset + m.start(), offset + m.end()) for m in _WORD.finditer(text)]


def actor_findings(
    a: Claim, b: Claim, mentions: dict[str, list[tuple[Mention, str]]], present: dict[str, set[str]]
) -> Iterable[Disagreement]:
    """The same action with different doers, one of whom the other article never names."""
    ta, tb = _tokens(a.text, a.start), _tokens(b.text, b.start)
    verbs_a = _actions(ta, mentions.get(a.sentence, []))
    verbs_b = _actions(tb, mentions.get(b.sentence, []))
    for verb in sorted(verbs_a.keys() & verbs_b.keys()):
        actor_a = _actor_before(mentions.get(a.sentence, []), verbs_a[verb][1], ta)
        actor_b = _actor_before(mentions.get(b.sentence, []), verbs_b[verb][1], tb)
        if not actor_a or not actor_b or actor_a[1] == actor_b[1]:
            continue
        # Different doers are a conflict when one side's doer is absent from the other
        # article altogether; two known parties acting together are not.
        if actor_b[1] in present[a.article] and actor_a[1] in present[b.article]:
            continue
        word_a = verbs_a[verb][0]
        yield Disagreement(
            "actor", f"who {word_a}",
            Side(claim=a, value=actor_a[0].text, normalized=actor_a[1], start=actor_a[0].start, end=actor_a[0].end),
            Side(claim=b, value=actor_b[0].text, normalized=actor_b[1], start=actor_b[0].start, end=actor_b[0].end),
        )
        return


_AUXILIARY = {"had", "has", "have", "it", "they", "he", "she", "we", "who", "which", "then", "also", "later", "reportedly"}


def _actions(tokens: list[tuple[str, int, int]], sentence_mentions: list[tuple[Mention, str]]) -> dict[str, tuple[str, int, int]]:
    """Past-tense verbs used actively: after a name, a pronoun or an auxiliary ("UNICEF lifted",
    "it had lifted"), not a participle after a noun ("the sanctions imposed")."""
    name_ends = {m.end for m, _ in sentence_mentions}
    out = {}
    for k, (word, start, end) in enumerate(tokens):
        w = word.lower()
        if not (w.endswith("ed") and len(w) > 4) or word[0].isupper() or w in _STOP or reporting_lemma(w) in SPEECH_VERBS:
            continue
        if k == 0:
            continue
        previous, _, previous_end = tokens[k - 1]
        if previous.lower() in _AUXILIARY or previous_end in name_ends:
            out.setdefault(stem(w), (word, start, end))
    return out


def _actor_before(
    sentence_mentions: list[tuple[Mention, str]], verb_start: int, tokens: list[tuple[str, int, int]]
) -> tuple[Mention, str] | None:
    """The nearest named doer before the verb, within a short window of words."""
    before = [(m, eid) for m, eid in sentence_mentions if m.end <= verb_start]
    if not before:
        return None
    mention, eid = max(before, key=lambda x: x[0].end)
    gap = sum(1 for _, s, _ in tokens if mention.end <= s < verb_start)
    return (mention, eid) if gap <= 10 else None


# --- 5: order of events ---------------------------------------------------------------------

_ORDER = re.compile(r"\b(after|before|following|ahead of|prior to)\b", re.IGNORECASE)
_AFTER = {"after", "following"}


def _order_relations(claim: Claim) -> list[tuple[str, str, str, re.Match[str]]]:
    """(direction, event stem, event word, match) for "... after X announced", "... before it was announced"."""
    out = []
    for m in _ORDER.finditer(claim.text):
        direction = "after" if m.group(1).lower() in _AFTER else "before"
        clause = re.split(r"[,;:()]|\s[–—]\s", claim.text[m.end() : m.end() + 90])[0]
        following = [w for w in _WORD.findall(clause)[:9] if not w[0].isupper() and w.lower() not in _STOP]
        # The event is the first verb after the connective ("after X announced"); a noun
        # ("after the announcement") only when no verb follows.
        verbs = [w for w in following if w.lower().endswith("ed")]
        nouns = [w for w in following if w.lower().endswith(("ion", "ment"))]
        if verbs or nouns:
            word = (verbs or nouns)[0]
            out.append((direction, stem(word).removesuffix("ment").removesuffix("ion"), word, m))
    return out


def order_conflicts(claims: Sequence[Claim], similarity: object, threshold: float, index: dict[str, int]) -> Iterable[Disagreement]:
    related = [(c, _order_relations(c)) for c in claims]
    related = [(c, r) for c, r in related if r]
    for x, (a, ra) in enumerate(related):
        for b, rb in related[x + 1 :]:
            if a.article == b.article:
                continue
            # The two sentences must at least be about the same thing.
            if similarity[index[a.id], index[b.id]] < 0.5 * threshold:  # type: ignore[index]
                continue
            for da, event_a, word_a, ma in ra:
                for db, event_b, word_b, mb in rb:
                    if event_a == event_b and da != db:
                        yield Disagreement(
                            "order", f"the order of events (“{word_a}”)",
                            Side(claim=a, value=f"{da} {word_a}", normalized=da, start=a.start + ma.start(), end=a.start + ma.end()),
                            Side(claim=b, value=f"{db} {word_b}", normalized=db, start=b.start + mb.start(), end=b.start + mb.end()),
                        )
