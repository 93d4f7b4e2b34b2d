"""Acts: who did what to what, read from the surface of a sentence without a parser.

Six shapes are read, each giving (doer, act, thing acted on) with offsets:

- passive with its agent: "A state commission headed by Director General Selvanov"
                          "Stolyar was detained by city police officers"
- active after a name:    "Senasmin suspended all production", "Minera Altoquivi has paused production"
- a cleft:                "It was Governor Priya Venkaran, not Sethurai, who ordered the coastal evacuation",
                          "it was volunteers, not ministry crews, who carried all 96 patients out"
- a crew before "had":    "units of the ministry had evacuated all 96 patients"
- a proposal and its author: "an amendment of the governmental majority" (a body that proposes)
- a body opening the sentence: "The fire brigade ordered the evacuation of the streets"

The act is a class of verbs of one meaning ("headed", "led", "chaired"; "suspended", "paused",
"halted"), so two outlets that word one act differently still tell one act. A sentence in none
of these shapes gives no act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...text.stems import inflection_stem
from ...text.thesaurus import kinds_of
from ...text.verbs import IRREGULAR_PAST, REPORTING_VERBS

# Verbs of one meaning, by act. Only past forms and participles: the act is told as done.
# Kept by hand, not read from the thesaurus: OEWN links few of them ("detain" / "arrest", "suspend" /
# "halt" share no sense and neither is the other's hypernym; comparing acts by OEWN's verb senses
# instead found 6 fewer conflicts on stories-dev, bench/README.md, thesaurus10), and growing a class by
# the synonyms of its verbs' commonest senses adds "held", "took", "followed", "happened".
_ACTS = {
    "lead": ("led", "headed", "chaired", "directed", "run", "ran", "coordinated", "steered"),
    "detain": ("detained", "arrested", "snatched", "seized", "apprehended", "abducted", "captured"),
    "order": ("ordered", "decreed", "mandated", "imposed", "commanded"),
    "stop": ("suspended", "paused", "halted", "stopped", "closed", "shut", "froze", "frozen"),
    "cause": ("caused", "started", "sparked", "triggered", "prompted", "ignited", "set off"),
    "find": ("detected", "discovered", "found", "uncovered", "identified", "spotted", "exposed"),
    "rescue": ("rescued", "saved"),
    "propose": ("tabled", "proposed", "introduced", "submitted", "drafted"),
    "evacuate": ("evacuated",),
    "approve": ("approved", "passed", "adopted", "endorsed", "ratified"),
    "kill": ("killed", "shot"),
    "destroy": ("destroyed", "demolished"),
    "dismiss": ("dismissed", "sacked", "fired", "ousted"),
    "block": ("blocked", "vetoed"),
}
# Acts one hand does to a person, whom the act frames may name as what was acted on ("detained the
# opposition leader Mara Yelsin"); many may praise or thank one party
ACTS_ON_PEOPLE = frozenset({"detain", "dismiss"})
_ACT_OF = {verb: act for act, verbs in _ACTS.items() for verb in verbs}
# An act still under way, after "is" / "are": "The coastguard is leading the clean-up".
_ONGOING_OF = {
    "leading": "lead", "heading": "lead", "directing": "lead", "running": "lead", "coordinating": "lead",
    "chairing": "lead", "steering": "lead",
}
_ONGOING = "|".join(_ONGOING_OF)
# Every form that tells an act, done or under way: "lead" -> {"led", "headed", ..., "leading", ...}
ACT_FORMS = {act: frozenset({*verbs, *(v for v, a in _ONGOING_OF.items() if a == act)}) for act, verbs in _ACTS.items()}
_VERB = "|".join(sorted((re.escape(v) for v in _ACT_OF), key=len, reverse=True))
_AUX = r"(?:(?:(?:was|were|is|are)(?:\s+being)?|has\s+been|have\s+been|had\s+been|being|been)\s+)?"
_PASSIVE = re.compile(rf"\b(?P<verb>{_VERB})\s+(?:[A-Za-z]+\s+){{0,5}}?by\s+(?P<agent>[^,;:.()\"“”]{{2,80}})", re.IGNORECASE)
# Who set an inquiry going without "by": "opened its investigation following a complaint from
# the builders' federation", "The investigation, opened at the request of the ministry",
# "was started upon a report of the Court of Auditors"
_PROMPTED = re.compile(
    r"\b(?P<verb>opened|started|launched|begun|began|initiated)\b(?P<gap>(?:\s+[\w’'-]+){0,6}?)\s+"
    r"(?:at\s+the\s+(?:request|behest)\s+of|(?:upon|following|after|on)\s+(?:a|an|the)\s+"
    r"(?:complaint|report|request|tip|tip-off|referral|petition)\s+(?:from|of|by))\s+"
    r"(?P<agent>[^,;:.()\"“”]{2,80})",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(r"(?<![\w-])(?:in|on|at|since|last|this|after|following|upon)(?![\w-])", re.IGNORECASE)
_CLEFT = re.compile(
    rf"\b[Ii]t\s+was\s+(?P<agent>[^\"“”]{{2,80}}?)\s+(?:who|that)\s+(?P<verb>{_VERB}|carried(?=\s+[^,;:.]{{2,40}}?\s+out\b))\s+(?P<rest>[^,;:.]{{2,80}})"
)
# A crew acting, before "had" / "has": "units of the ministry had evacuated all 96 patients"
_CREW = r"(?:units|crews|teams|troops|forces|staff|volunteers|workers|rescuers)"
_CREW_ACT = re.compile(
    rf"\b(?P<agent>{_CREW}(?:\s+of\s+(?:the\s+)?[a-z]+)?)\s+(?:had|has|have)\s+(?P<verb>{_VERB})\s+(?P<rest>[^,;:.]{{2,80}})"
)
# A proposal named with its author: "an amendment of the governmental majority", "a motion from
# the opposition"; the author must be a body that proposes ("of the constitution" is what it amends).
_PROPOSAL = re.compile(
    r"\b(?P<noun>amendments?|motions?|proposals?)\s+(?:from|of)\s+(?P<agent>(?:the\s+)?[^,;:.()\"“”]{2,60})", re.IGNORECASE
)
# A body named by a common noun opening the sentence, then its act: "The fire brigade ordered the
# evacuation" (a named doer is read through its entity mention: ``active_act``).
_OPENING_SUBJECT = re.compile(
    rf"^[\"“]?(?:The|A|An)\s+(?P<agent>(?:[a-z][a-z-]+\s+){{0,2}}[a-z][a-z-]+)\s+(?:has\s+|had\s+|have\s+)?"
    rf"(?P<verb>{_VERB})\s+(?P<rest>[^,;:.]{{2,80}})"
)
_REPORTED = re.compile(r"\b(?:says|said|reports|reported|claims|claimed)\s+")
_AUXILIARIES = frozenset("is are was were be been being has have had will would can could may might must shall should".split())
# Kinds of nouns that do acts (the thesaurus's kinds of a noun's first senses): people and the bodies
# they form; "the blaze", "the report", "the leak" are none of these and do no act.
_DOER_KINDS = {"person", "worker", "organization", "group"}
# Bodies that propose, kept by hand: OEWN's commonest senses of "majority", "opposition" and "caucus"
# are no bodies, "MPs" is not in it, and any noun of a body (the thesaurus's test, ``_may_act``)
# also takes the last word of a badly clipped author ("an amendment from the Greens also bans police").
_BODIES = {
    "majority", "opposition", "coalition", "government", "party", "faction", "bloc", "caucus", "ministry", "council",
    "committee", "lawmakers", "deputies", "senators", "legislators", "mps",
}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "all", "some", "own", "whole"}
_STOP_AGENT = re.compile(
    r"\s(?:and|but|while|after|before|when|which|who|on|in|at|near|during|from|for|with|over|under|to|not|as|about|into|against"
    r"|will|would|has|had|have|is|was|were|are|himself|herself|itself|themselves)\s",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ’'-]*")
_NEGATED = re.compile(r"\b(?:not|never|no)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Act:
    act: str  # the class of the verb ("lead", "stop")
    verb: str  # as written
    doer: str  # as written
    doer_start: int
    doer_end: int
    thing: str  # the head word of what is acted on, lower case ("commission", "production")
    start: int  # the whole stretch that tells the act
    end: int
    general: bool = False  # read by :mod:`.frames` from any verb, not by a shape of this module


# Past forms that tell no act of their own: auxiliaries, verbs of being or seeming, and words in
# -ed that are no verb ("hundred", "speed").
_NOT_ACTS = frozenset({
    "had", "did", "been", "went", "came", "became", "seemed", "appeared", "remained", "needed", "used", "based",
    "hundred", "speed", "creed", "breed",
})


def done_act(word: str) -> str:
    """The act a verb form told as done names: the class of one meaning it belongs to ("closed" ->
    "stop"), else ``=`` and its stem ("opened" -> "=open", "flew" -> "=fly"); "" for a word that is
    no past form of an act (a reporting verb, an auxiliary, a compound, "hundred")."""
    w = word.lower()
    if w in _ACT_OF:
        return _ACT_OF[w]
    if "-" in w or w in REPORTING_VERBS or w in _NOT_ACTS:
        return ""
    if w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4):
        return "=" + inflection_stem(w)
    return ""


def planned_act(verb: str) -> str:
    """The act a verb's plain form names where it is decided or ordered ("to close the schools"):
    the class of one meaning of its past forms ("close" -> "stop"), else ``=`` and its stem, as
    :func:`done_act` names the same act told as done; "" for a word that names no act."""
    w = verb.lower()
    if not w.isalpha() or w in REPORTING_VERBS or w in _NOT_ACTS or w in _NO_PLAN:
        return ""
    stem = inflection_stem(w)
    return _ACT_OF_STEM.get(stem, "=" + stem)


# Plain forms after "to" that tell no act of their own
_NO_PLAN = frozenset({"not", "never", "be", "have", "do", "go", "come", "get", "make", "take", "keep", "let", "seem", "become", "remain"})
_ACT_OF_STEM = {inflection_stem(verb): act for verb, act in _ACT_OF.items()}


def _may_act(noun: str) -> bool:
    """Whether one of the noun's commonest senses names people or a body ("the brigade", "the
    municipality"), not a thing or an event ("the blaze", "the report")."""
    return bool(_DOER_KINDS & set(kinds_of(noun)))


def _head(words: list[str]) -> str:
    """The head of a short noun phrase: its last word that is not a determiner."""
    content = [w for w in words if w.lower() not in _DETERMINERS]
    return content[-1].lower() if content else ""


def _subject(segments: list[str]) -> str:
    """The noun phrase a passive verb is said of, among the comma-separated stretches before it:
    the last one, past a relative clause ("who leads the Front"), an age (", 47,") or an
    apposition after a name ("Yevgeny Stolyar, the leader of the Front, was snatched")."""
    parts = [p.strip() for p in segments]
    k = len(parts) - 1
    while k >= 0 and not _WORD.search(parts[k]):
        if parts[k] and not re.fullmatch(r"\d+", parts[k]):
            break
        k -= 1
    while k > 0:
        part, previous = parts[k], parts[k - 1]
        first = part.split()[0].lower() if part.split() else ""
        # a name just before ("Yevgeny Stolyar, the leader of the Front"), not a sentence's
        # opening word ("Worse, the so-called clean-up")
        named_before = bool(re.search(r"[A-Z][\w’'-]*$", previous)) and (k > 1 or len(previous.split()) > 1)
        if first in ("who", "which", "that", "whose", "known", "called", "dubbed") or re.fullmatch(r"\d+", part) or not part or (
            first in ("the", "a", "an") and named_before
        ):
            k -= 1
            continue
        break
    return parts[k] if k >= 0 else ""


def _object_head(rest: str) -> str:
    """The head of what an active verb acts on: the words after it up to a preposition or "and"
    ("suspended all production at the mine" -> "production")."""
    return _head(_WORD.findall(re.split(r"\b(?:of|in|on|at|for|to|from|with|after|before|and)\b", rest)[0])[:4])


def _clip_agent(text: str) -> str:
    agent = _STOP_AGENT.split(" " + text + " ")[0].strip()
    return agent


@lru_cache(maxsize=16384)
def read_acts(text: str, offset: int = 0) -> tuple[Act, ...]:
    """The acts ``text`` tells; offsets shifted by ``offset``."""
    out: list[Act] = []
    for m in _PASSIVE.finditer(text):
        raw, raw_start = m.group("agent"), m.start("agent")
        if _NEGATED.search(text[max(0, raw_start - 12) : raw_start - 3]):
            # "run not by the coastguard but by contractors": the denied doer is none
            instead = re.search(r"\bbut\s+(?:rather\s+)?by\s+", raw)
            if instead is None:
                continue
            raw, raw_start = raw[instead.end() :], raw_start + instead.end()
        agent = _clip_agent(raw)
        if not agent or not _WORD.search(agent):
            continue
        before = text[: m.start("verb")]
        aux = re.search(rf"{_AUX}$", before)
        subject = before[: aux.start()] if aux else before
        words = _WORD.findall(_subject(re.split(r"[,;:()\"“”]", subject)))[-6:]
        if "of" in words[1:]:
            words = words[: len(words) - 1 - words[::-1].index("of")]  # "a commission of inquiry": the commission
        thing = _head(words[-4:])
        if not thing:
            continue
        start = raw_start + raw.find(agent)
        out.append(Act(
            act=_ACT_OF[m.group("verb").lower()], verb=m.group("verb"), doer=agent,
            doer_start=offset + start, doer_end=offset + start + len(agent),
            thing=thing, start=offset + m.start(), end=offset + start + len(agent),
        ))
    for m in _PROMPTED.finditer(text):
        agent = _clip_agent(m.group("agent"))
        if not agent or not _WORD.search(agent):
            continue
        # the thing opened: its object ("opened its in-depth investigation in February"), else
        # what the verb is said of ("The investigation, opened in February")
        thing = _head(_WORD.findall(_PREPOSITION.split(m.group("gap"))[0]))
        if not thing:
            before = text[: m.start("verb")]
            aux = re.search(rf"{_AUX}$", before)
            words = _WORD.findall(_subject(re.split(r"[,;:()\"“”]", before[: aux.start()] if aux else before)))[-6:]
            thing = _head(words[-4:])
        if not thing:
            continue
        start = m.start("agent") + m.group("agent").find(agent)
        out.append(Act(
            act="cause", verb=m.group("verb"), doer=agent, doer_start=offset + start, doer_end=offset + start + len(agent),
            thing=thing, start=offset + m.start(), end=offset + start + len(agent),
        ))
    for m in _PROPOSAL.finditer(text):
        agent = _clip_agent(m.group("agent"))
        if agent.split() and agent.split()[-1].lower() in _BODIES:
            start = m.start("agent")
            out.append(Act(
                # the verb the noun stands for ("who proposed the amendment")
                act="propose", verb="proposed", doer=agent, doer_start=offset + start, doer_end=offset + start + len(agent),
                thing=m.group("noun").lower().rstrip("s"), start=offset + m.start(), end=offset + start + len(agent),
            ))
    for m in _OPENING_SUBJECT.finditer(text):
        thing = _object_head(m.group("rest"))
        words = m.group("agent").lower().split()
        if re.match(r"(?:not\s+)?by\b", m.group("rest")) or _AUXILIARIES & set(words):
            continue  # "A commission headed by ...", "The clean-up is being run ...": passives, read above
        if thing and _may_act(words[-1]):
            # "The city says engineers found": the body reports the act, the doer follows its verb
            told = _REPORTED.search(m.group("agent"))
            start = m.start("agent") + (told.end() if told else 0)
            out.append(Act(
                act=_ACT_OF[m.group("verb").lower()], verb=m.group("verb"), doer=text[start : m.end("agent")],
                doer_start=offset + start, doer_end=offset + m.end("agent"),
                thing=thing, start=offset + m.start("agent"), end=offset + m.end("verb"),
            ))
    for m in (*_CLEFT.finditer(text), *_CREW_ACT.finditer(text)):
        agent = re.split(r",\s*not\b", m.group("agent"))[0].strip(" ,")
        # "who carried all 96 patients out": carried out of a place is an evacuation
        rest = _WORD.findall(re.split(r"\b(?:of|in|on|at|for|to|from|with|out)\b", m.group("rest"))[0])[:4]
        thing = _head(rest)
        if agent and thing:
            start = m.start("agent")
            out.append(Act(
                act=_ACT_OF.get(m.group("verb").lower(), "evacuate"), verb=m.group("verb"), doer=agent,
                doer_start=offset + start, doer_end=offset + start + len(agent),
                thing=thing, start=offset + m.start(), end=offset + m.end("verb"),
            ))
    return tuple(out)


# a noun and a preposition right before a name ("troops from", "police in")
_PLACING = frozenset({"in", "at", "from", "of", "near"})
_PLACED_BY = re.compile(rf"\b(?P<head>[A-Za-z][a-z-]+)\s+(?P<prep>{'|'.join(sorted(_PLACING))})\s+$")


def places_doer(head: str, preposition: str) -> bool:
    """Whether a name after ``head`` and ``preposition`` says where a doer is from, the doer
    being the head, people or a body by OEWN ("police in Mirvale", "troops from Estolia")."""
    return preposition.lower() in _PLACING and _may_act(head.lower())


def active_act(text: str, doer_start: int, doer_end: int, offset: int = 0) -> Act | None:
    """The act a named doer does right after its name ("Senasmin suspended all production",
    "Minera Altoquivi has paused production"); offsets of the name are into ``text``."""
    m = re.match(
        rf"\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?P<verb>{_VERB}|(?:is|are)\s+(?:{_ONGOING}))\s+(?P<rest>[^,;:.]{{2,60}})",
        text[doer_end:], re.IGNORECASE,
    )
    if m is None:
        return None
    thing = _object_head(m.group("rest"))
    if not thing:
        return None
    verb = " ".join(m.group("verb").lower().split())
    if verb not in _ACT_OF:
        verb = verb.split()[-1]  # "is leading": the act under way is the last word; "set off" is one verb
    # "Police in Mirvale have arrested": the name places the doer, the noun before it acts
    if (placed := _PLACED_BY.search(text, 0, doer_start)) and places_doer(placed.group("head"), placed.group("prep")):
        doer_start = placed.start("head")
    return Act(
        act=_ACT_OF.get(verb) or _ONGOING_OF[verb], verb=m.group("verb"), doer=text[doer_start:doer_end],
        doer_start=offset + doer_start, doer_end=offset + doer_end, thing=thing,
        start=offset + doer_start, end=offset + doer_end + m.end("verb"),
    )
