"""Actor disagreements on "-ed" verbs after a name: the same action with different doers, one
of whom the other article never names ("UNICEF lifted sanctions" / "the administration ...
lifted the sanctions"). Acts read more widely (passives, clefts, verbs of one meaning) are in
``actors``; the order of events is in ``order``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...model import Claim, Mention
from ...text import SPEECH_VERBS, reporting_lemma
from ...text.stems import suffix_stem
from ..claims.acts import places_doer
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


_SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we"}
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
            out.setdefault(suffix_stem(w), (word, start, end))
    return out


# prepositions that place or own what a name is the object of; "by" names an agent, a doer in its
# own right, and "as", "after", "before" also open clauses
_PREPOSITIONS = frozenset("of in at from near with for to on into onto under within across among between against through via".split())
_NAME_DETERMINERS = frozenset({"the", "a", "an"})


def _governed(tokens: list[tuple[str, int, int]], start: int) -> bool:
    """Whether the name at ``start`` is the object of a preposition (past "the"): "specialists of
    the Institute", "a team from the institute in Varnholm". The verb after it is then the verb of
    the phrase the preposition hangs on, whose head is no name."""
    words = [w.lower() for w, s, _ in tokens if s < start]
    while words and words[-1] in _NAME_DETERMINERS:
        words.pop()
    return bool(words) and words[-1] in _PREPOSITIONS


def _actor_before(
    sentence_mentions: list[tuple[Mention, str]], verb_start: int, tokens: list[tuple[str, int, int]]
) -> tuple[Mention, str] | None:
    """The nearest named doer before the verb, within a short window of words. A name before a
    reporting verb is the speaker; the act is the doer's the reported clause names ("Governor
    Ada Lenk said the agency had closed the road"), unless a pronoun stands for the speaker
    ("the ministry announced that it had closed the road")."""
    before = [(m, eid) for m, eid in sentence_mentions if m.end <= verb_start]
    if not before:
        return None
    mention, eid = max(before, key=lambda x: x[0].end)
    preceding = [w for w, s, _ in tokens if s < mention.start][-2:]
    if len(preceding) == 2 and places_doer(*preceding):
        return None  # "Police in Mirvale have arrested": the name places a doer it does not name
    if _governed(tokens, mention.start):
        return None  # "a team from the institute in Varnholm arrived": the team arrived, not Varnholm
    between = [w for w, s, _ in tokens if mention.end <= s < verb_start]
    if any(reporting_lemma(w) is not None for w in between):
        subject = next((w.lower() for w in reversed(between) if w.lower() not in _AUXILIARY - _SUBJECT_PRONOUNS), "")
        if subject not in _SUBJECT_PRONOUNS:
            return None
    return (mention, eid) if len(between) <= 10 else None
