"""The event a figure or a day is told with, read from the surface of its clause.

Two outlets' figures or days are one event's only when they are told of one act. News tells the
act in several shapes, and the word for it is read in the value's own clause (up to punctuation or
a subordinate clause):

- a verb told as done before the value: "the roof collapsed on Tuesday", "14 were arrested";
- a verb after it: "on Tuesday, the board voted";
- a participle after a noun: "a ship seized Friday";
- a verb told ahead: "will vote on Thursday", "plans to reopen on Monday";
- an event noun: "the collapse on Tuesday", "Tuesday's vote", "the 14 deaths".

Reporting verbs ("said on Monday") and copulas tell no event and are passed over. Each event has a
key (:func:`event_key`) that a noun shares with its verb ("collapse" / "collapsed", "evacuation" /
"evacuated", "arrests" / "arrested"), so two tellings in other parts of speech meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...model import Claim, Value
from ...text.stems import IRREGULAR_FORMS
from ...text.thesaurus import kinds_of, opposite, related, senses, synonyms
from ...text.verbs import IRREGULAR_PAST, REPORTING_VERBS
from ..memo import per_record
from .acts import ACT_FORMS

# A clause ends at punctuation and before a subordinate clause (as ``conflicts.day_acts`` reads it)
CLAUSE = re.compile(r"[;()\"“”]|(?<!\d):|:(?!\d)|,\s|\s[–—-]\s|\b(?:after|before|when|while|because|since|until|as|which|who)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][a-z’'-]*")

_COPULAS = frozenset("be is are was were been being am become became remain remained seem seemed appear appeared".split())
_AUX = frozenset("has have had having do does did will would shall should can could may might must to not never also".split())
# words that open a sentence before its day ("On Tuesday,", "Late on Monday,", "Early this month,")
_OPENERS = frozenset("on in at by late early earlier later last this next from since the of until".split())
# reporting verbs that also tell an act of their own ("announced a curfew", "posted a loss")
_ACTS_TOO = frozenset({"announced", "announces", "posted", "posts", "revealed", "reveals", "disclosed", "reported"})
_MODALS = frozenset("will would must shall".split())  # "can", "may" tell what is possible, not an act to come
_ADVERBS = frozenset("next also then soon now again not never still first finally later only once jointly".split())
# words of a plan before "to" and its act: "is due to begin", "scheduled to start", "plans to reopen"
_PLANNED = frozenset("""
due scheduled expected set slated poised planned plans plan planning going agreed decided voted aims aimed intends intended
hopes hoped wants wanted ready able likely unlikely ordered allowed forced told asked
""".split())
_DAY_WORDS = frozenset("on last this late early monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night".split())
# past forms in -ed that are no verb, and verbs that tell no act of their own
_NOT_VERBS = frozenset({
    "hundred", "speed", "creed", "breed", "need", "needed", "used", "based", "led", "red", "bed", "shed", "seed", "feed",
    "went", "came", "got", "made", "did", "had", "done", "gone", "expected", "scheduled", "planned", "due", "set",
    "aged", "named", "called", "dubbed", "known", "so-called", "alleged", "reported", "estimated", "reportedly",
})
# nouns that tell an act on their own, beyond those made from a verb by a suffix
_EVENT_NOUNS = frozenset("""
collapse vote attack arrest raid strike crash fire blast explosion death deaths killing murder shooting fall rise
launch landing takeoff departure arrival visit meeting talks summit hearing trial verdict ruling sentence election
poll referendum protest march rally walkout lockout outbreak quake earthquake flood storm eruption blaze spill
leak breach hack theft robbery heist kidnapping abduction rescue evacuation seizure capture release escape riot
clash clashes battle fight ambush bombing assault coup resignation dismissal sacking appointment signing deal
agreement ceasefire truce closure shutdown opening reopening start end collision derailment sinking grounding
""".split())
_DEVERBAL = (("ations", ""), ("ation", ""), ("itions", ""), ("ition", ""), ("ments", ""), ("ment", ""), ("sions", "d"),
             ("sion", "d"), ("ures", ""), ("ure", ""), ("als", ""), ("al", ""), ("ions", ""), ("ion", ""))
_NOUN_TO_VERB = {"death": "die", "deaths": "die", "dead": "die", "killing": "kill", "killings": "kill", "fire": "fire",
                 "blaze": "burn", "quake": "quake", "earthquake": "quake", "talks": "talk", "meeting": "meet",
                 "sentence": "sentence", "poll": "vote", "ballot": "vote", "theft": "steal", "robbery": "rob",
                 "heist": "rob", "flight": "fly", "sale": "sell", "loss": "lose", "growth": "grow", "fall": "fall",
                 "rise": "rise", "choice": "choose", "proof": "prove", "entry": "enter", "failure": "fail"}
# irregular past forms and participles of verbs (not plurals or comparatives: "men", "better")
_PAST = frozenset(IRREGULAR_PAST) | {w for w, base in IRREGULAR_FORMS.items() if base not in {
    "be", "have", "do", "go", "say", "man", "woman", "foot", "tooth", "mouse", "child", "good", "bad"} and w != base}
_POSSESSIVE = re.compile(r"[’']s\b")


@dataclass(frozen=True, slots=True)
class Event:
    key: str  # shared by a verb's forms and its nouns ("collaps" for "collapse", "collapsed")
    word: str  # as written
    shape: str  # verb, passive, after, ahead, noun, possessive, counted
    start: int  # offset of the word in the claim's text


@lru_cache(maxsize=65536)
def event_key(word: str) -> str:
    """One key for a verb's forms and the nouns made from it: "collapsed" / "collapse" ->
    "collaps", "evacuated" / "evacuation" -> "evacu", "arrests" / "arrested" -> "arrest",
    "died" / "deaths" -> "die", "exploded" / "explosion" -> "explod"."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    w = _NOUN_TO_VERB.get(w, IRREGULAR_FORMS.get(w, w))
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif w.endswith("ings") and len(w) >= 7:
        w = w[:-4]
    elif w.endswith("ing") and len(w) >= 6:
        w = w[:-3]
    elif w.endswith("ed") and len(w) >= 5:
        w = w[:-2]
    elif w.endswith(("ches", "shes", "ses", "xes", "zes")) and len(w) > 4:
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    else:
        for suffix, repl in _DEVERBAL:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)] + repl
                break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeioulsz":
        w = w[:-1]  # "stopped" -> "stop"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if w.endswith("at") and len(w) >= 6:
        w = w[:-2]  # "evacuat(ed)" as "evacu(ation)"
    return w


def _verb_form(words: list[str], k: int) -> str:
    """The shape of ``words[k]`` as a verb of an act: "verb" (a past form), "passive" (after a form
    of be), "ahead" (a plain form after will / to / would), "" when it is none."""
    w = words[k].lower()
    if w in REPORTING_VERBS or w in _COPULAS or w in _AUX or w in _NOT_VERBS or "-" in w or not w.isalpha():
        return ""
    prev = words[k - 1].lower() if k else ""
    if (w.endswith("ed") and len(w) > 4) or (w in _PAST and w not in _EVENT_NOUNS):
        return "passive" if prev in _COPULAS else "verb"
    k0 = k - 1
    while k0 >= 0 and (words[k0].lower() in _ADVERBS or words[k0].lower().endswith("ly")):
        k0 -= 1  # "will next review", "will soon reopen"
    prev = words[k0].lower() if k0 >= 0 else ""
    k1 = k0 - 1
    while k1 > 0 and k0 - k1 <= 4 and words[k1].lower() in _DAY_WORDS:
        k1 -= 1  # the day of the plan between it and its act: "agreed on Monday evening to hold talks"
    if len(w) > 2 and w not in _ADVERBS and not w.endswith("ly") and (
        prev in _MODALS or (prev == "to" and k1 >= 0 and words[k1].lower() in _PLANNED)
    ):
        return "ahead"
    return ""


@per_record
def day_group(claim: Claim, v: Value) -> tuple[int, int, str]:
    """The span (offsets in the claim's text) of the day phrase ``v`` stands in, and the claim's text
    with the phrase's inner commas and brackets blanked: a weekday and a date that restate one day
    ("on Wednesday, 23 July", "Friday 12 September", "29 October (Wednesday)") and a part of the day
    after either ("on Friday night") are one phrase, read as one day by the clause around it."""
    text = claim.text
    if v.kind not in _GROUPED:
        return v.start - claim.start, v.end - claim.start, text
    days = sorted((t for t in claim.values if t.kind in _GROUPED), key=lambda t: t.start)
    k = next(i for i, t in enumerate(days) if t is v)
    lo = hi = k
    while lo > 0 and _restates(text, claim.start, days[lo - 1], days[lo]):
        lo -= 1
    while hi + 1 < len(days) and _restates(text, claim.start, days[hi], days[hi + 1]):
        hi += 1
    s, e = days[lo].start - claim.start, days[hi].end - claim.start
    if lo == hi:
        return s, e, text
    close = re.match(r"\s*\)", text[e:])
    if close and "(" in text[s:e]:
        e += close.end()
    inner = re.sub(r"[,()]", " ", text[s:e])
    return s, e, text[:s] + inner + text[e:]


_GROUPED = ("date", "weekday", "time")


def _restates(text: str, offset: int, x: Value, y: Value) -> bool:
    """Whether ``y`` right after ``x`` restates its day: a weekday and a date, either way round, joined
    by a space, a comma or an opening bracket; or a part of the day ("night") after a day."""
    gap = text[x.end - offset : y.start - offset]
    if not re.fullmatch(r"\s*(?:,\s*|\(\s*)?", gap):
        return False
    if y.kind == "time":
        return y.qualifier == "part" and x.kind in ("date", "weekday") and "(" not in gap and "," not in gap
    if "(" in gap and not re.match(r"\s*\)", text[y.end - offset :]):
        return False
    return {x.kind, y.kind} == {"date", "weekday"}


@per_record
def _clause(claim: Claim, v: Value, grouped: bool = True) -> tuple[str, str]:
    """The value's own clause before and after it (the clause around its day phrase,
    :func:`day_group`, unless ``grouped`` is false). A time right after "before", "after" or "until" ("restored shortly before
    1 a.m. on Tuesday", "moved in just after midnight") is governed by the preposition, not by a
    clause of its own: its clause is the one it ends."""
    s, e, text = day_group(claim, v) if grouped else (v.start - claim.start, v.end - claim.start, claim.text)
    parts = CLAUSE.split(text[:s])
    before = parts[-1]
    if len(parts) > 1 and _PREPOSITION_ONLY.fullmatch(before) and _GOVERNS.search(text[:s - len(before)]):
        before = parts[-2] + text[s - len(before) - len(_GOVERNS.search(text[:s - len(before)]).group()) : s]
    return before, CLAUSE.split(text[e:])[0]


# what may stand between "before" / "after" / "until" and the time it governs: another time
# ("1 a.m. on"), a hedge; not an article ("before the 3 June referendum" dates the referendum)
_PREPOSITION_ONLY = re.compile(
    r"(?:\s|[\d:.]+|a\.m\.|p\.m\.|am|pm|on|at|about|around|some|nearly|approximately|noon|midnight|dawn|"
    r"morning|evening|night|afternoon|o'clock|hours?)*",
    re.IGNORECASE,
)
_GOVERNS = re.compile(r"\b(?:after|before|until)$", re.IGNORECASE)


def _event_noun(word: str) -> bool:
    """A noun that tells an act: one of ``_EVENT_NOUNS``, or one made from a verb (-ation, -ition,
    -ment, -sion) whose commonest sense is no person, body, place or thing ("government",
    "commission", "station" are none)."""
    w = word.lower()
    if w in _EVENT_NOUNS:
        return True
    made = any(w.endswith(s) and len(w) - len(s) >= 4 for s, _ in _DEVERBAL[:8])
    return made and not set(kinds_of(w)) - {"-"}  # no sense of its first three under a head of things


def act_key(word: str) -> str:
    """The act a word tells, one key for verbs of one meaning (``claims.acts``: "closed", "halted",
    "closure" -> "stop") and for a verb's forms and its nouns (:func:`event_key`)."""
    key = event_key(word)
    return _ACT_OF_KEY.get(key, key)


_ACT_OF_KEY = {event_key(form): act for act, forms in ACT_FORMS.items() for form in forms if not form.endswith("ing")}
# "began" / "commenced" tell the start that ``claims.acts`` counts with "started"
_ACT_OF_KEY.update({event_key(w): _ACT_OF_KEY[event_key("started")] for w in ("begin", "commence")})


def same_event(a: Claim, va: Value, b: Claim, vb: Value) -> str:
    """The act both values are told with (:func:`act_key` of each one's :func:`event_of`), or ""
    when a side tells none or they differ."""
    ea, eb = event_of(a, va), event_of(b, vb)
    if ea is None or eb is None:
        return ""
    ka, kb = act_key(ea.word), act_key(eb.word)
    return ka if ka == kb and len(ka) > 2 else ""


def one_act_told(a: Claim, va: Value, b: Claim, vb: Value) -> str:
    """The act both values are told with when each is told by a verb as done, not by a noun or as
    a plan ("the water supply was restored on Friday" / "running water was restored on Saturday"):
    :func:`same_event` of two verb shapes, or ""."""
    ea, eb = event_of(a, va), event_of(b, vb)
    if ea is None or eb is None or ea.shape not in DONE or eb.shape not in DONE:
        return ""
    return same_event(a, va, b, vb)


def kindred_act(a: Claim, va: Value, b: Claim, vb: Value) -> str:
    """Two different verbs, each value told with one as done, that OEWN gives a sense in common and
    does not call antonyms ("the talks collapsed on Friday" / "the talks broke down on Sunday",
    "seized 40 trucks" / "captured 25 trucks"): "collaps=break"; "" when a side tells no verb as
    done, both tell one act's key (:func:`one_act_told` reads those), or the verbs share no sense.
    Weak evidence on its own (many verbs share a rare sense): the conflict finder asks it only of
    two sentences told alike or each the other's best match (``conflicts.find_conflicts``)."""
    ea, eb = event_of(a, va), event_of(b, vb)
    if ea is None or eb is None or ea.shape not in DONE or eb.shape not in DONE:
        return ""
    ka, kb = act_key(ea.word), act_key(eb.word)
    if ka == kb or opposite(ea.word, eb.word) or not synonyms(ea.word, eb.word):
        return ""
    return f"{ka}={kb}"


def related_acts(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Both values are told with an act, in any shape, and the two acts are one key or OEWN relates
    them (one sense, one step apart: ``text.thesaurus.related``), antonyms left apart ("will last
    three weeks" / "will last two weeks"; "seized" / "took")."""
    ea, eb = event_of(a, va), event_of(b, vb)
    if ea is None or eb is None:
        return False
    if act_key(ea.word) == act_key(eb.word):
        return True
    if appraised(a, va, ea) != appraised(b, vb, eb):
        return False  # "put the bill at 11 billion" appraises; "put" is near "spend" only as "invest"
    return related(ea.word, eb.word) and not opposite(ea.word, eb.word)


# The words between an act and its figure when the act sets a value on its object ("put the bill at more
# than", "set the toll at", "was put at about"): the figure is the value given, not what was done
_APPRAISED = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?at\s+(?:[a-z]+\s+){0,3}", re.IGNORECASE)


def appraised(claim: Claim, v: Value, ev: Event) -> bool:
    """Whether the figure is the value an act sets on its object, after "at": "auditors put the bill at
    11 billion", "the cost was set at 9 million". Such a verb tells an estimate, in whichever of its
    senses OEWN relates it to other acts ("put" as "invest" is one step from "spend")."""
    if ev.shape not in ("verb", "passive") or ev.start >= v.start - claim.start:
        return False
    between = claim.text[ev.start + len(ev.word) : v.start - claim.start]
    return _APPRAISED.fullmatch(between) is not None


@per_record
def event_of(claim: Claim, v: Value) -> Event | None:
    """The event a figure or day is told with in its own clause (see the module's shapes), or None
    when the clause tells none, or when another value of its kind stands between the event's word
    and this one ("centered 13 miles east of X and two miles from Y": the act is the first figure's)."""
    ev = _event_of(claim, v)
    if ev is None:
        return None
    gs, ge, _ = day_group(claim, v)
    lo, hi = sorted((ev.start, v.start - claim.start))
    group = _KIND_GROUP.get(v.kind, v.kind)
    if any(t is not v and _KIND_GROUP.get(t.kind, t.kind) == group and lo < t.start - claim.start < hi
           and not gs <= t.start - claim.start < ge for t in claim.values):
        return None
    return ev


_KIND_GROUP = {"date": "day", "weekday": "day", "month": "day", "year": "day"}  # a clock time is its day's part


def _event_of(claim: Claim, v: Value) -> Event | None:
    """The event read around the value's day phrase, else around the value alone ("Police on Sunday,
    12 April, dispersed the crowd": the date alone opens the clause after it)."""
    grouped = day_group(claim, v)
    ev = _read(claim, v, *grouped, *_clause(claim, v))
    if ev is None and grouped[:2] != (v.start - claim.start, v.end - claim.start):
        ev = _read(claim, v, v.start - claim.start, v.end - claim.start, claim.text, *_clause(claim, v, False))
    return ev


def _read(claim: Claim, v: Value, s: int, e: int, text: str, before: str, after: str) -> Event | None:
    b_words = [(m.group(), s - len(before) + m.start()) for m in _WORD.finditer(before)]
    a_words = [(m.group(), e + m.start()) for m in _WORD.finditer(after)]
    words = [w for w, _ in b_words]
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in REPORTING_VERBS:
            if v.kind not in _DAY_KINDS and all(w.lower() in _COMPLEMENT_OPENS for w in words[k + 1 :]):
                return _verb_after(a_words)  # "said (that) about 200 people had marched": the value opens what was said
            if told := _object_told(a_words) or (words[k + 1 : k + 2] and words[k + 1].lower() in _DETERMINERS and _head_of(b_words[k + 1 :])):
                return told  # "announced on Wednesday the closure of the mine", "confirmed the dismissal of the coach on Monday"
            if words[k].lower() not in _ACTS_TOO:
                return None  # "the ministry said on Monday": the day of a statement, no event of its own
            continue
        shape = _verb_form(words, k)
        if shape:
            return Event(event_key(words[k]), words[k], shape, b_words[k][1])
    if all(w.lower() in _OPENERS for w in words):
        rest = text[e:]
        if rest.startswith(","):  # "On Tuesday, the board voted": the day opens the clause after it
            after = CLAUSE.split(rest[1:].lstrip())[0]
            e += len(rest) - len(rest[1:].lstrip())
            a_words = [(m.group(), e + m.start()) for m in _WORD.finditer(after)]
    # "Tuesday's vote", "the collapse on Tuesday", "the 14 deaths": a noun of an act by the value
    if _POSSESSIVE.match(after):
        for w, o in a_words[1:4]:  # "Tuesday's vote", "Monday's deadly collapse"
            if _event_noun(w):
                return Event(event_key(w), w, "possessive", o)
    if v.counted and _event_noun(v.counted):
        return Event(event_key(v.counted), v.counted, "counted", s)
    # names are passed over: "the walkout at the Marden steelworks on Friday" dates the walkout
    near = [(w, o) for w, o in b_words if w[0].islower() and w.lower() not in {"on", "in", "at", "of", "the", "a", "an", "last", "this", "since"}][-2:]
    for w, o in reversed(near):
        if _event_noun(w):
            return Event(event_key(w), w, "noun", o)
    if headed := _head_of(b_words):
        return headed
    return _verb_after(a_words)


# what may stand between a reporting verb and a figure that opens what was said ("said about 200",
# "can reveal that 41"): a complementizer, an article, a hedge; not a preposition ("said on Monday")
_COMPLEMENT_OPENS = frozenset("that the a an about some nearly almost around roughly approximately more than over only just up to".split())
_DAY_KINDS = ("date", "weekday", "time", "month", "year", "span")  # "said Monday" dates the saying
_PHRASE_ENDS = frozenset("and or but nor than before after".split())  # an "of" phrase does not run past these
_DETERMINERS = frozenset("the a an its their his her our this that".split())


def _verb_after(a_words: list[tuple[str, int]]) -> Event | None:
    """The first verb of an act in the clause after the value ("14 were arrested", "will vote")."""
    after_words = [w for w, _ in a_words]
    for k in range(len(after_words)):
        shape = _verb_form(after_words, k)
        if shape:
            return Event(event_key(after_words[k]), after_words[k], "ahead" if shape == "ahead" else "after", a_words[k][1])
    return None


def _object_told(a_words: list[tuple[str, int]]) -> Event | None:
    """The event noun heading the object of a reporting verb, right after the value that dates the
    report ("announced on Wednesday the withdrawal of its prize", "confirmed on Monday his
    resignation"): the report of an act is dated with the act."""
    if not a_words or a_words[0][0].lower() not in _DETERMINERS:
        return None
    for w, o in a_words[1:3]:
        if _event_noun(w):
            return Event(event_key(w), w, "noun", o)
        if _verb_form([a_words[0][0], w], 1):
            return None
    return None


def _head_of(b_words: list[tuple[str, int]]) -> Event | None:
    """An event noun whose "of" phrase runs on to the value ("the dismissal of the national team
    coach on Monday", "the next meeting of the policy board is on 29 October"): the noun heads the
    phrase the value dates; a verb between them ends the phrase."""
    words = [w for w, _ in b_words]
    for k in range(len(words) - 1, max(0, len(words) - 7), -1):
        if _verb_form(words, k) or words[k].lower() in REPORTING_VERBS or words[k].lower() in _PHRASE_ENDS:
            return None
        if words[k].lower() == "of" and words[k - 1][0].islower() and _event_noun(words[k - 1]):
            return Event(event_key(words[k - 1]), words[k - 1], "noun", b_words[k - 1][1])
    return None


DONE = ("verb", "passive", "after")  # the shapes that tell a verb as done
NOUN_SHAPES = ("noun", "possessive", "counted")  # the shapes that tell the act by a noun


def told_ahead_of(claim: Claim, v: Value) -> bool:
    """Whether the value's own act is told as to come ("will start in 2026", "is due to begin in
    2027", "is scheduled to open on Monday")."""
    ev = event_of(claim, v)
    return ev is not None and ev.shape == "ahead"


def told_ahead_in_sentence(claim: Claim, v: Value) -> bool:
    """Whether the nearest verb of an act before the value's day phrase in its sentence, across
    commas, is told as to come, else the first after it ("drivers will stop work again in two
    weeks' time, on Thursday 20 November"): a day of an act still ahead, where the value's own
    clause ("on Thursday 20 November") holds no verb."""
    s, e, _ = day_group(claim, v)
    before = [m.group() for m in _WORD.finditer(claim.text[:s])]
    for k in range(len(before) - 1, -1, -1):
        if shape := _verb_form(before, k):
            return shape == "ahead"
    after = [m.group() for m in _WORD.finditer(claim.text[e:])]
    for k in range(len(after)):
        if shape := _verb_form(after, k):
            return shape == "ahead"
    return False


# A figure told as what was expected, not what happened: "organisers expected 50,000 visitors",
# "economists had forecast growth of 2.5%", "is projected to reach 300"; not an estimate of what
# happened ("an estimated 300", "officials estimated the crowd at 300")
_FORECAST = re.compile(
    r"\b(?:expect|expects|expected|expecting|forecast|forecasts|forecasted|forecasting|predict|predicts|predicted|"
    r"predicting|projected|projects|projecting|anticipated|anticipates|anticipating)\b",
    re.IGNORECASE,
)


@per_record
def forecast(claim: Claim, v: Value) -> bool:
    """Whether the figure is told in its own clause as a forecast ("Organisers expected 50,000
    visitors", "Economists had forecast that the economy would grow 2.5%"): a figure of what was
    expected is no count of what happened."""
    return bool(_FORECAST.search(_clause(claim, v)[0]))


def forecast_against_outcome(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """``va`` is told as a forecast and ``vb`` as what happened, by a verb told as done ("The
    fair drew 32,000 visitors"): not one quantity. Two forecasts ("expects sales of 1.2 billion" /
    "sales can reach 12 billion") stay comparable."""
    if not forecast(a, va) or forecast(b, vb):
        return False
    ev = event_of(b, vb)
    return ev is not None and ev.shape in ("verb", "passive")


# An "-ing" form long enough to be a verb's ("acquiring", "closing"), not "king", "ring"
_ING = re.compile(r"[a-z]{3,}ing")
# Words after which a participle is an adjective or a noun: "the injured", "our injured brothers", "the same evening"
_NOMINAL_AFTER = _DETERMINERS | frozenset("my your these those same every each no some any many several other".split())


def _ing_verb(word: str) -> bool:
    """An "-ing" form of a verb OEWN knows ("acquiring" of "acquire", "leaving"), not a noun of a thing or a
    time ("evening", "building", "housing") nor a word whose stem is no lemma ("something", "during")."""
    if not _ING.fullmatch(word) or word in _NOT_VERBS or set(kinds_of(word)) - {"-"}:
        return False
    stem = word[:-3]
    return any(senses(c) for c in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""))


@lru_cache(maxsize=65536)
def predicate_words(text: str, nouns: bool = True) -> tuple[str, ...]:
    """Every word of a sentence that tells an act, wherever it stands: a verb told as done, after a
    form of be, or ahead (:func:`_verb_form`: "left", "was bought", "will open"), an "-ing" form of a
    verb ("acquiring"), and a noun of an act ("the closure", "the arrests"). Lower-case words only (a
    name tells no act); reporting verbs, copulas and auxiliaries are passed over, and so is a
    participle after an article or a possessive ("the injured", "our injured brothers": an adjective
    or a noun there). Two sentences that tell one proposition share one of these, or two that OEWN
    relates (:func:`share_a_predicate`); two of one scene may share only nouns. ``nouns``: False
    for the verbs alone (a noun of an act, "the outbreak", often names the scene both tell)."""
    words = _WORD.findall(text)
    out = []
    for k, w in enumerate(words):
        lower = w.lower()
        if not w[0].islower() or lower in REPORTING_VERBS or lower in _COPULAS or lower in _AUX:
            continue
        if _event_noun(w):
            if nouns:
                out.append(lower)
        elif not (k and words[k - 1].lower() in _NOMINAL_AFTER) and (_verb_form(words, k) or _ing_verb(lower)):
            out.append(lower)
    return tuple(dict.fromkeys(out))


def share_a_predicate(a: tuple[str, ...], b: tuple[str, ...], broad: bool = True) -> bool:
    """Whether two sentences' :func:`predicate_words` meet: one act's key ("left" / "leaving", "closure"
    / "closed") or one OEWN synset ("left" / "departed"); with ``broad``, also two words OEWN relates
    (a hypernym or a derivation apart, any sense: "bought" / "acquiring") and does not call antonyms."""
    return any(
        act_key(x) == act_key(y) or synonyms(x, y) or (broad and related(x, y) and not opposite(x, y)) for x in a for y in b
    )
