"""Actor conflicts from acts: one act on one thing, done by different doers.

Each claim's acts are read by :mod:`..claims.acts` (passive with its agent, a cleft, a name
followed by its verb). Two claims of different articles disagree on the doer when they tell the
same act (verbs of one meaning: "headed" / "led", "suspended" / "paused") on the same thing
(the same head word: "commission", "production"), their doers share no word and are not one
resolved entity, and the two sentences are about the same matter (their similarity is at
least half the agreement threshold). Acts of any other verb are read as frames
(:mod:`..claims.frames`: "Army engineers opened a footpath" / "volunteers had opened an emergency
path"); two frames tell one act when their verbs are one, on one thing in other words, and their
doers are judged by :mod:`.frames` (no body against its members, no person only described), and
not where each article names both doers.

A third article joins the side whose doer it names (and not the other's) where it tells the act:
aligned with either side's claim and naming what was acted on, or its doer's own verb of the
act's meaning right after the name, in a relative clause on it or past a name standing as a whole
apposition, or an order naming the act by its noun ("ordered the suspension") (:func:`act_sides`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ...model import Claim, Mention
from ..claims.acts import ACT_FORMS, Act, active_act, done_act, read_acts
from ..claims.frames import read_frames
from ..claims.prompted import read_prompted
from .common import WORD as _WORD, Agreeing, Disagreement, Side, word_class
from ...text.thesaurus import kinds_of, lemma_of
from .frames import (
    _one_name, body_described, doer_words, fold, frames_differ, head_of, members_of_group, named_in, one_person_named,
    owned_alike, post_only, same_thing,
)

_GENERIC_DOERS = {"authorities", "officials", "government", "people", "someone", "others", "police"}
_SIMILARITY = 0.5  # of the agreement threshold


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
    for act in (*read_frames(claim.text, claim.start), *read_prompted(claim.text, claim.start)):
        # any verb's frame, where no shape above read that act of that doer on that thing
        if not any(
            a.act == act.act and a.thing == act.thing and a.doer_start < act.doer_end and act.doer_start < a.doer_end for a, _ in out
        ):
            owner = next((eid for m, eid in mentions if m.start < act.doer_end and act.doer_start < m.end), "")
            out.append((_as_named(act, claim, mentions), owner))
    return [(_with_conjunct(act, claim), owner) for act, owner in out if not _headline_cased(act, claim)]


def _as_named(act: Act, claim: Claim, mentions: list[tuple[Mention, str]]) -> Act:
    """A frame's doer as the entity stage names it, where one mention ends the doer after its
    determiner ("The city council" -> "city council"), as the other readings of acts give it."""
    inside = [m for m, _ in mentions if act.doer_start < m.start and m.end == act.doer_end]
    if len(inside) != 1 or claim.text[act.doer_start - claim.start : inside[0].start - claim.start].strip().lower() not in ("the", "a", "an"):
        return act
    m = inside[0]
    return replace(act, doer=claim.text[m.start - claim.start : m.end - claim.start], doer_start=m.start)


def _headline_cased(act: Act, claim: Claim) -> bool:
    """An act told in a headline's or a label's casing ("PHILADELPHIA 76ERS Fired Jim O'Brien"): a
    verb written capitalised inside the sentence, where names and words run together."""
    return act.verb[:1].isupper() and not claim.text.lstrip().startswith(act.verb)


# A doer that is the last of coordinated subjects: "France and Germany vetoed", "Police and
# soldiers sealed off": a stretch of at most four words opening the clause, then "and"
_CONJUNCT = re.compile(r"(?:^|[,;:]\s+|\b(?:that|said|says)\s+)(?P<first>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:and|or)\s+$")


def _with_conjunct(act: Act, claim: Claim) -> Act:
    """The act with its doer widened to the whole coordination, where the doer read is its last
    member: another article's doer that is one of the members is then told by both."""
    m = _CONJUNCT.search(claim.text[: act.doer_start - claim.start])
    if m is None or any(done_act(w) for w in m.group("first").split()):
        return act
    start = claim.start + m.start("first")
    return replace(act, doer=claim.text[m.start("first") : act.doer_end - claim.start], doer_start=start, start=min(start, act.start))


def _differ(x: tuple[Act, str], y: tuple[Act, str]) -> bool:
    (a, ea), (b, eb) = x, y
    if ea and eb:
        return ea != eb and not (doer_words(a.doer) & doer_words(b.doer))
    if (ea and _trade_only(b.doer)) or (eb and _trade_only(a.doer)):
        return False  # "Dornach Structural" / "inspectors": the people of a named doer, told by their trade
    wa, wb = doer_words(a.doer), doer_words(b.doer)
    if not wa or not wb or wa <= _GENERIC_DOERS or wb <= _GENERIC_DOERS:
        return False
    return not (wa & wb)


def _trade_only(doer: str) -> bool:
    """A doer told only by a plural common noun, people by their trade ("inspectors", "the
    engineers"): no name, no body ("the municipality", "the fire brigade") and no word of whom
    they work for ("city police officers")."""
    words = _WORD.findall(doer)
    if len(doer_words(doer)) != 1 or re.search(r"[^s]s$", words[-1]) is None:
        return False
    return not _has_name(doer)


def _has_name(doer: str) -> bool:
    """Whether a doer holds a capitalised word, past a first word that is a common noun of people
    or of a body ("Technicians found ...", "Police and soldiers sealed off ..."): that capital is
    the sentence's, not a name's."""
    words = _WORD.findall(doer)
    if words and lemma_of(words[0].lower()) and kinds_of(words[0].lower())[:1] in (("person",), ("worker",), ("organization",), ("group",)):
        words = words[1:]
    return any(w[:1].isupper() for w in words)


def _trade_against_name(x: tuple[Act, str], y: tuple[Act, str], told_a: set[str]) -> bool:
    """People told only by their trade against a doer with a name ("inspectors" / "engineers of
    the firm Dornach Structural"), or against one their own article names too ("technicians" /
    "the operator", where the technicians' article speaks of the operator): they may be that
    firm's people."""
    (a, _), (b, eb) = x, y
    if not _trade_only(a.doer) or one_person_named(b.doer):
        return False  # "lifeguards" are not "mussel farmer Piet Arrand", one person
    return bool(eb) or _has_name(b.doer) or named_in(b.doer, told_a)


def _thing_as_written(thing: str, text: str) -> str:
    """What was acted on, for the reader: a name as the sentence writes it ("Stolyar"), a common
    noun after "the" ("the production")."""
    written = re.search(rf"\b{re.escape(thing)}\b", text, re.IGNORECASE)
    if written and written.group()[:1].isupper() and written.start() > 0 and not text[:written.start()].rstrip().endswith((".", "!", "?")):
        return written.group()
    return f"the {thing}"


def titles_of(mentions: Iterable[list[tuple[Mention, str]]]) -> dict[str, set[str]]:
    """The words of the titles each entity is named with anywhere in the story ("Infrastructure
    Minister Mattias Dren" -> {"infrastructure", "minister"}), by entity id."""
    out: dict[str, set[str]] = {}
    for own in mentions:
        for m, eid in own:
            if m.title:
                out.setdefault(eid, set()).update(fold(w) for w in _WORD.findall(m.title))
    return out


_BODY_KINDS = ("organization", "group")
_RANKS = frozenset({"deputy", "acting", "former", "vice", "chief", "senior", "junior", "assistant", "head"})  # no body of their own


def heads_body(person: tuple[Act, str], body: tuple[Act, str], titles: dict[str, set[str]]) -> bool:
    """Whether a named doer's title makes them the head or a member of the body the other doer is
    ("Minister Ana Brel" / "the ministry", "Police Chief Ana Brel" / "the police"): a title word
    that is the body's head or of one stem with it, the body's head naming a body by its
    commonest sense, and no words beside the two that set them apart ("Interior Minister" / "the
    defence ministry")."""
    (_, entity), (act, _) = person, body
    words = titles.get(entity, set()) if entity else set()
    head = fold(head_of(act.doer))
    kinds = kinds_of(head) if head else ()
    if not words or not kinds or kinds[0] not in _BODY_KINDS:
        return False
    matched = {w for w in words if len(w) > 3 and (w == head or _one_name(w, head))}
    if not matched:
        return False
    rest_title = {word_class(w) for w in words - matched - _RANKS}
    rest_body = doer_words(act.doer) - {word_class(head)}
    return not (rest_title and rest_body and not rest_title & rest_body)


def act_verdict(
    pa: tuple[Act, str], pb: tuple[Act, str], told_a: set[str], told_b: set[str], titles: dict[str, set[str]] | None = None,
) -> str:
    """Why two acts (each with its doer's entity id or "") of two articles are no conflict on the
    doer: "other act" (verbs of different meanings), "other thing" (acted on), "same doers" (not
    judged different actors); "" when they are one act by different doers. ``told_a`` and
    ``told_b`` are the word classes of each act's article; ``titles`` the title words of each
    entity (:func:`titles_of`)."""
    act_a, act_b = pa[0], pb[0]
    if act_a.act != act_b.act:
        return "other act"
    if titles and (heads_body(pa, pb, titles) or heads_body(pb, pa, titles)):
        return "same doers"  # "Minister Ana Brel ordered" / "the ministry ordered": a body and its head
    if (post_only(act_a.doer) and doer_words(act_a.doer) <= told_b) or (post_only(act_b.doer) and doer_words(act_b.doer) <= told_a):
        return "same doers"  # "the interior minister" / "Interior Minister Rolf Haken": the other names who holds the post
    if owned_alike(act_a.doer, act_b.doer):
        return "same doers"  # "our members" / "our associates": one owner's people, in two words
    if act_a.general or act_b.general:
        if not same_thing(act_a.thing, act_b.thing):
            return "other thing"
        if not frames_differ(pa, pb):
            return "same doers"
        if named_in(act_a.doer, told_b) and named_in(act_b.doer, told_a):
            return "same doers"  # each article names both doers: both may have taken part
        if _trade_against_name(pa, pb, told_a) or _trade_against_name(pb, pa, told_b):
            return "same doers"
        if body_described(act_a.doer, act_b.doer, pb[1], told_a, told_b) or body_described(act_b.doer, act_a.doer, pa[1], told_b, told_a):
            return "same doers"  # "the firm" / "Marrow Aggregates", named before in the firm's article
        if members_of_group(act_a.doer, act_b.doer) or members_of_group(act_b.doer, act_a.doer):
            return "same doers"  # "the robbers" / "a gang of five"
        return ""
    if word_class(act_a.thing) != word_class(act_b.thing):
        return "other thing"
    # the other article names the same doer for this act elsewhere: no conflict here
    return "" if _differ(pa, pb) else "same doers"


def act_conflicts(
    claims: Sequence[Claim], similarity: object, threshold: float, index: dict[str, int],
    mentions: dict[str, list[tuple[Mention, str]]],
) -> Iterable[Disagreement]:
    acts = [(c, found) for c in claims if (found := acts_of(c, mentions.get(c.sentence, [])))]
    told: dict[str, set[str]] = {}  # each article's words, for the frames' doers
    titles = titles_of(mentions.values())
    for c in claims:
        told.setdefault(c.article, set()).update(word_class(w) for w in _WORD.findall(c.text))
    for x, (a, found_a) in enumerate(acts):
        for b, found_b in acts[x + 1 :]:
            if a.article == b.article:
                continue
            if similarity[index[a.id], index[b.id]] < _SIMILARITY * threshold:  # type: ignore[index]
                continue
            for pa in found_a:
                for pb in found_b:
                    if act_verdict(pa, pb, told[a.article], told[b.article], titles):
                        continue
                    act_a, act_b = pa[0], pb[0]
                    yield Disagreement(
                        "actor", f"who {act_a.verb.lower()} {_thing_as_written(act_a.thing, a.text)}",
                        Side(claim=a, value=act_a.doer, normalized=pa[1] or fold(act_a.doer), start=act_a.doer_start, end=act_a.doer_end),
                        Side(claim=b, value=act_b.doer, normalized=pb[1] or fold(act_b.doer), start=act_b.doer_start, end=act_b.doer_end),
                    )


# --- every side: a third article naming one side's doer for the act ------------------------

def _doer_in(claim: Claim, act: Act, entity: str, mentions: list[tuple[Mention, str]]) -> tuple[int, int] | None:
    """Where ``claim`` names the doer of ``act``: a mention of its entity, else most of its words
    (not only generic ones: "Brisland's coastguard" for "the Brisland Coastguard")."""
    found = next(((m.start, m.end) for m, eid in mentions if eid == entity), None) if entity else None
    wanted = doer_words(act.doer)
    hits = [(m.start(), m.end()) for m in _WORD.finditer(claim.text) if doer_words(m.group()) & wanted]
    named = {c for s, e in hits for c in doer_words(claim.text[s:e])} & wanted
    if not named or named <= _GENERIC_DOERS or len(named) * 2 < len(wanted) or hits[-1][0] - hits[0][1] > 40:
        return found
    words = claim.start + hits[0][0], claim.start + hits[-1][1]
    # the words written around the resolved name tell the doer more fully ("Brisland's coastguard")
    return words if found is None or words[0] <= found[0] and found[1] <= words[1] else found


# the doer's own verb right after its name, or in a relative clause on it: "Senasmin suspended",
# "Brisland's coastguard, which is directing the response" (not "Naviera Cordal, ran aground");
# after a name standing as a whole apposition, its verb past the comma ("The agency's deputy
# director, Anton Weiss, has been put in charge of the probe")
_AFTER_DOER = re.compile(
    r"^(?:’s|'s)?(?P<glue>\s*,\s*(?:which|who|that)\s+|\s*,\s*|\s+)(?:(?:is|are|was|were|has|have|had)\s+)?(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:(?P<charge>(?:put|placed)\s+in\s+charge)|ordered\s+(?:the\s+|an?\s+)?(?P<noun>[a-z]+)|(?P<verb>[a-z]+))"
)
# the act a doer ordered, named by its noun: "Senasmin ordered the suspension of the activities"
_ORDERED = {
    "suspension": "stop", "halt": "stop", "closure": "stop", "shutdown": "stop", "stoppage": "stop",
    "arrest": "detain", "detention": "detain", "evacuation": "evacuate", "investigation": "cause", "inquiry": "cause",
}


def _does(claim: Claim, start: int, end: int, act: str) -> bool:
    """Whether the doer named at ``start:end`` in ``claim`` does ``act`` by its own verb."""
    m = _AFTER_DOER.match(claim.text[end - claim.start :])
    if m is None:
        return False
    if m.group("glue").strip() == "," and not re.search(r",\s*$", claim.text[: start - claim.start]):
        return False  # a comma after a name that is only the end of a longer phrase
    if m.group("charge"):
        return act == "lead"
    if m.group("noun"):
        return _ORDERED.get(m.group("noun")) == act or (act == "order")
    return m.group("verb") in ACT_FORMS.get(act, frozenset())


def _names_other(claim: Claim, act: Act, entity: str, mentions: list[tuple[Mention, str]]) -> bool:
    """Whether ``claim`` names the other side's doer at all: its entity, else any of its words."""
    if entity:
        return any(eid == entity for _, eid in mentions)
    return bool(doer_words(claim.text) & (doer_words(act.doer) - _GENERIC_DOERS))


def act_sides(
    disagreements: Sequence[Disagreement], claims: Sequence[Claim], aligned: set[tuple[str, str]],
    similarity: object, floor: float, index: dict[str, int], mentions: dict[str, list[tuple[Mention, str]]],
) -> Iterable[Agreeing]:
    """A third article's claim that names one side's doer and not the other's, and tells the act:
    aligned with either side's claim and stating the act or what it was done to ("A commission
    under the leadership of chief designer Anton White" for "a commission led by chief designer
    Anton Weiss"), or as similar as the value floor and stating the act in a verb of its meaning
    ("Brisland's coastguard, which is directing the response" for "is leading the clean-up")."""
    for d in disagreements:
        if d.kind != "actor":
            continue
        read = {}
        for side in (d.a, d.b):
            own = mentions.get(side.claim.sentence, [])
            read[side.key] = next(((a, e) for a, e in acts_of(side.claim, own) if (a.doer_start, a.doer_end) == (side.start, side.end)), None)
        if None in read.values():
            continue
        pair = {d.a.claim.article, d.b.claim.article}
        best: dict[str, tuple[tuple[bool, float], Side, Side] | None] = {}
        for claim in claims:
            if claim.article in pair or claim.id not in index:
                continue
            own = mentions.get(claim.sentence, [])
            words = {word_class(w) for w in _WORD.findall(claim.text)}
            for side, other in ((d.a, d.b), (d.b, d.a)):
                (act, entity), (other_act, other_entity) = read[side.key], read[other.key]  # type: ignore[misc]
                linked = (side.claim.id, claim.id) in aligned or (other.claim.id, claim.id) in aligned
                sim = float(similarity[index[side.claim.id], index[claim.id]])  # type: ignore[index]
                if not linked and sim < floor:
                    continue
                span = _doer_in(claim, act, entity, own)
                if span is None or _names_other(claim, other_act, other_entity, own):
                    continue
                does = _does(claim, span[0], span[1], act.act)
                if not does and not (linked and word_class(act.thing) in words):
                    continue
                value = claim.text[span[0] - claim.start : span[1] - claim.start]
                third = Side(claim=claim, value=value, normalized=side.normalized, start=span[0], end=span[1])
                rank = (linked, sim)
                if claim.article in best and (best[claim.article] is None or best[claim.article][1] is not side):  # type: ignore[index]
                    best[claim.article] = None  # it names each side's doer somewhere: it takes none
                elif claim.article not in best or rank > best[claim.article][0]:  # type: ignore[index]
                    best[claim.article] = (rank, side, third)
        for found in best.values():
            if found is not None:
                yield Agreeing(found[1], found[2])
