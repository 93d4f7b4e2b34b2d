"""Actor conflicts from acts: one act on one thing, done by different doers.

Each claim's acts are read by :mod:`..claims.acts` (passive with its agent, a cleft, a name
followed by its verb). Two claims of different articles disagree on the doer when they tell the
same act (verbs of one meaning: "headed" / "led", "suspended" / "paused") on the same thing
(the same head word: "commission", "production"), their doers share no word and are not one
resolved entity, and the two sentences are about the same matter (their similarity is at
least half the agreement threshold).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from ...model import Claim, Mention
from ..claims.acts import Act, active_act, read_acts
from .common import STOP, Disagreement, Side, word_class

_GENERIC_DOERS = {"authorities", "officials", "government", "people", "someone", "others", "police"}
_SIMILARITY = 0.5  # of the agreement threshold


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


_NO_DOER = {"own", "so-called", "very", "same"}  # "the board's own laboratory" / "the own quality control"


def _words(text: str) -> set[str]:
    return {
        word_class(w) for w in _fold(text).replace("’s", "").replace("'s", "").split()
        if w not in STOP and w not in _NO_DOER and len(w) > 2
    }


def acts_of(claim: Claim, mentions: list[tuple[Mention, str]]) -> list[tuple[Act, str]]:
    """(act, doer entity id or "") of a claim."""
    out: list[tuple[Act, str]] = []
    for act in read_acts(claim.text, claim.start):
        owner = next((eid for m, eid in mentions if m.start < act.doer_end and act.doer_start < m.end), "")
        out.append((act, owner))
    for m, eid in mentions:
        found = active_act(claim.text, m.start - claim.start, m.end - claim.start, claim.start)
        if found is not None:
            out.append((found, eid))
    return out


def _differ(x: tuple[Act, str], y: tuple[Act, str]) -> bool:
    (a, ea), (b, eb) = x, y
    if ea and eb:
        return ea != eb and not (_words(a.doer) & _words(b.doer))
    wa, wb = _words(a.doer), _words(b.doer)
    if not wa or not wb or wa <= _GENERIC_DOERS or wb <= _GENERIC_DOERS:
        return False
    return not (wa & wb)


def _thing_as_written(thing: str, text: str) -> str:
    """What was acted on, for the reader: a name as the sentence writes it ("Stolyar"), a common
    noun after "the" ("the production")."""
    written = re.search(rf"\b{re.escape(thing)}\b", text, re.IGNORECASE)
    if written and written.group()[:1].isupper() and written.start() > 0 and not text[:written.start()].rstrip().endswith((".", "!", "?")):
        return written.group()
    return f"the {thing}"


def act_conflicts(
    claims: Sequence[Claim], similarity: object, threshold: float, index: dict[str, int],
    mentions: dict[str, list[tuple[Mention, str]]],
) -> Iterable[Disagreement]:
    acts = [(c, found) for c in claims if (found := acts_of(c, mentions.get(c.sentence, [])))]
    for x, (a, found_a) in enumerate(acts):
        for b, found_b in acts[x + 1 :]:
            if a.article == b.article:
                continue
            if similarity[index[a.id], index[b.id]] < _SIMILARITY * threshold:  # type: ignore[index]
                continue
            for pa in found_a:
                for pb in found_b:
                    act_a, act_b = pa[0], pb[0]
                    if act_a.act != act_b.act or word_class(act_a.thing) != word_class(act_b.thing):
                        continue
                    # the other article names the same doer for this act elsewhere: no conflict here
                    if not _differ(pa, pb):
                        continue
                    yield Disagreement(
                        "actor", f"who {act_a.verb.lower()} {_thing_as_written(act_a.thing, a.text)}",
                        Side(claim=a, value=act_a.doer, normalized=pa[1] or _fold(act_a.doer), start=act_a.doer_start, end=act_a.doer_end),
                        Side(claim=b, value=act_b.doer, normalized=pb[1] or _fold(act_b.doer), start=act_b.doer_start, end=act_b.doer_end),
                    )
