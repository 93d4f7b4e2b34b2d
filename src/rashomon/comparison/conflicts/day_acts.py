"""What happened on a day: the verb a weekday or date is told with.

Two days are two versions of one event's day only when they date one act. Two sentences on one
topic date many acts ("the cull began on Tuesday" / "the inspectorate ordered the cull on
Monday"; "engineers opened a path on Tuesday" / "the minister flew in on Monday"), and sharing the
words around the days (cull, helicopter) does not make them one. The verb of each day is read in
its own clause: the last verb told as done before the day, else the first after it ("on Tuesday
began the liquidation"). The words that tell one day's event are read apart from those of an
"after" or "before" phrase, which tells the event the day is counted from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...model import Claim, Value
from ..claims.events import CLAUSE, DONE, act_key, event_of
from ...text.thesaurus import related
from ..memo import per_record
from .common import WORD, Disagreement, Side, event_words, word_class

DAYS = ("weekday", "date")  # a day two acts of one story may fall on; a clock time dates one moment

# A clause ends at punctuation and before a subordinate clause: "began on Tuesday, ordered by the
# minister after bird flu was found" dates the beginning, not the order or the finding.
_CLAUSE = CLAUSE


def day_verb(claim: Claim, v: Value) -> str:
    """The act a day is told with, in the day's own clause: the last verb told as done before it,
    else the first after it; "" when the clause tells none."""
    word = _day_verb_word(claim, v)
    return act_key(word) if word else ""  # a class of one meaning, or the verb's own key


@per_record
def _day_verb_word(claim: Claim, v: Value) -> str:
    """The verb of :func:`day_verb` as written ("buried"); "" when the clause tells none
    (``claims.events.event_of``, its shapes of a verb told as done)."""
    ev = event_of(claim, v)
    return ev.word if ev is not None and ev.shape in DONE else ""


def _clause_around(claim: Claim, v: Value) -> tuple[str, str]:
    """The words of a day's own clause (see ``_CLAUSE``) before the day and after it."""
    s, e = v.start - claim.start, v.end - claim.start
    return _CLAUSE.split(claim.text[:s])[-1], _CLAUSE.split(claim.text[e:])[0]


def other_acts(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Both days are told with a verb, and the verbs name two acts: two events, whose days differ."""
    xa, xb = day_verb(a, va), day_verb(b, vb)
    return bool(xa and xb and xa != xb)


def unrelated_acts(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Both days are told with a verb of two acts (:func:`other_acts`) that no OEWN sense joins
    (one synset, a hypernym, a derivation: ``text.thesaurus.related``): "broke out on Monday" /
    "was arrested on Wednesday", "was arrested on Monday" / "was charged on Tuesday" date two acts
    even in claims aligned as one proposition; "broke down" / "collapsed", "quit" / "resigned" may
    tell one."""
    if not other_acts(a, va, b, vb):
        return False
    return not related(_day_verb_word(a, va).lower(), _day_verb_word(b, vb).lower())


def dates_another_act(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Whether one side's sentence tells the other side's dated act in a relative clause and dates
    an act of another meaning: "the council met on Wednesday to question the firm about
    the leak that closed the road" dates the meeting and tells the closing undated, so it gives
    no day of "closed the road on Tuesday" (two verbs OEWN relates may tell one act: kept)."""
    xa, xb = day_verb(a, va), day_verb(b, vb)
    if not xa or not xb or xa == xb or related(_day_verb_word(a, va).lower(), _day_verb_word(b, vb).lower()):
        return False
    return _tells_act_elsewhere(b, vb, xa) or _tells_act_elsewhere(a, va, xb)


# a relative clause that tells an act of the noun before it: "the leak that closed the road",
# "the crash, which had killed two": background to the sentence, not the act its day dates
_RELATIVE_ACT = re.compile(r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?:been\s+)?([A-Za-z][a-z’'-]*)")


def _tells_act_elsewhere(claim: Claim, v: Value, act: str) -> bool:
    """Whether the claim tells ``act`` in a relative clause, though its day ``v`` is told with
    another verb (the day's clause does not end at "that"): an act told of a noun, undated by the
    sentence's day. A participle or a coordinated verb ("swept through ..., killing six") may tell
    the dated event's own consequence, so only the relative clause counts."""
    return any(act_key(m.group(1)) == act for m in _RELATIVE_ACT.finditer(claim.text))


def clause_words(claim: Claim, v: Value) -> set[str]:
    """The event words of a day's own clause (see ``_CLAUSE``): "dropped the bombshell on
    Wednesday" of "dropped the bombshell on Wednesday, ruling that her run last month ..."."""
    s, e = v.start - claim.start, v.end - claim.start
    before, after = _clause_around(claim, v)
    clause = " " * (s - len(before)) + before + claim.text[s:e] + after
    return event_words(replace(claim, text=clause), v.start, v.end, len(clause))


# "ruling that ...", "finding that ...": what follows tells the content of the act, its own event
_CONTENT = re.compile(r"\bthat\b", re.IGNORECASE)


def _content_words(claim: Claim, v: Value) -> set[str]:
    """The event words of a "that" clause after a day ("on Wednesday, ruling that her run last
    month never happened" -> run, month, happen): what the day's act said or found."""
    e = v.end - claim.start
    m = _CONTENT.search(claim.text, e)
    if not m:
        return set()
    blank = " " * m.end() + claim.text[m.end() :]
    return event_words(replace(claim, text=blank), claim.start + m.end(), claim.start + m.end(), len(blank))


def content_apart(a: Claim, va: Value, b: Claim, vb: Value, shared: set[str]) -> bool:
    """Two days told with two acts, where the words the sentences share (``shared``) stand in one
    day's own clause and, in the other sentence, only in what the other day's act ruled or found
    ("ran the race on Friday" / "dropped the bombshell on Wednesday, ruling that her race ..."):
    the other day dates the ruling, not the race, even in claims aligned as one proposition."""
    if not other_acts(a, va, b, vb):
        return False
    for x, vx, y, vy in ((a, va, b, vb), (b, vb, a, va)):
        told = shared & clause_words(x, vx)
        if told and told <= _content_words(y, vy) and not told & clause_words(y, vy):
            return True
    return False


# "after" and "before" open the telling of another event, earlier or later than the day's own,
# up to the next comma ("placed under a notice on Wednesday after benzene was detected"; "waited
# until Thursday, two days after the quake, to ask"): its words date that other event
_SEQUENCE = re.compile(r"\b(?:after|before)\b[^,;:]*", re.IGNORECASE)


def shared_event_words(a: Claim, va: Value, b: Claim, vb: Value, reach: int) -> set[str]:
    """:func:`event_words` both days share, each day's own clause against the other's and an
    "after" or "before" phrase against the other's: a word of one day's act is no evidence when
    the other sentence has it only in the event it counts from."""
    own_a, seq_a = _event_parts(a, va, reach)
    own_b, seq_b = _event_parts(b, vb, reach)
    return (own_a & own_b) | (seq_a & seq_b)


@per_record
def _event_parts(claim: Claim, v: Value, reach: int) -> tuple[set[str], set[str]]:
    """The event words of a day's own clause, outside the sentence's "after"/"before" phrases,
    and of the other event's, inside them. A day inside such a phrase ("campaigned before the 3
    June referendum", "before the elections, which take place on May 11") has every word as
    both: where its phrase ends is not told by a comma."""
    text = claim.text
    s, e = v.start - claim.start, v.end - claim.start
    spans = [(m.start(), m.end()) for m in _SEQUENCE.finditer(text)]
    if not spans:
        return event_words(claim, v.start, v.end, reach), set()
    if any(x <= s and e <= y for x, y in spans):
        every = event_words(claim, v.start, v.end, reach)
        return every, every
    blank = WORD.sub(lambda m: "a".ljust(len(m.group())), text)  # every word still counts toward the reach
    own, seq = list(text), list(blank)
    for x, y in spans:
        own[x:y], seq[x:y] = blank[x:y], text[x:y]
    own[s:e] = seq[s:e] = text[s:e]  # the day itself, where the words are counted from
    return tuple(  # type: ignore[return-value]
        event_words(replace(claim, text="".join(chars)), v.start, v.end, reach) for chars in (own, seq)
    )


def act_counted_from(a: Claim, va: Value, b: Claim, vb: Value, reach: int) -> bool:
    """Two days told with two acts, where one day's act stands in the other sentence only in its
    "after" or "before" phrase, the event that sentence counts its own day from ("reopened the road
    on Thursday after a landslide blocked it" / "a landslide blocked the road on Tuesday"): the
    other day dates that earlier (or later) event, not this day's act, even in claims aligned as one
    proposition."""
    if not other_acts(a, va, b, vb):
        return False
    for x, vx, y, vy in ((a, va, b, vb), (b, vb, a, va)):
        own, counted = _event_parts(x, vx, reach)
        act = word_class(_day_verb_word(y, vy).lower())  # as event_words reads it ("buried" -> "buri")
        if act in counted and act not in own:
            return True
    return False


DatedActs = dict[str, list[tuple[str, Value]]]  # article -> (act, day) for each day told with a verb


def dated_acts(claims: Sequence[Claim]) -> DatedActs:
    """Each article's days told with a verb, with the act each dates."""
    out: DatedActs = {}
    for claim in claims:
        for v in claim.values:
            if v.kind in DAYS and (act := day_verb(claim, v)):
                out.setdefault(claim.article, []).append((act, v))
    return out


def told_as_two_acts(d: Disagreement, acts: DatedActs) -> bool:
    """Whether one article tells both sides' acts, each on the day its side gives ("the ministry
    ordered the cull on Monday ... teams began culling on Tuesday"): two acts on two days, and an
    outlet that gives only the order's day does not contradict one that gives only the start's; nor
    does another act against a start that the side's own article dates on a day of its own."""
    from .days import same_time  # days reads day_verb: imported here, not at the top

    va, vb = _value(d.a), _value(d.b)
    if va is None or vb is None:
        return False
    xa, xb = day_verb(d.a.claim, va), day_verb(d.b.claim, vb)
    if not xa or not xb or xa == xb:
        return False
    for told in acts.values():
        if any(x == xa and same_time(v, va) for x, v in told) and any(x == xb and same_time(v, vb) for x, v in told):
            return True
    # one side dates the start of what happened and the other side's own article dates that start
    # too: that day, not the other act's, is the one set against it ("the outage began on Monday
    # ... service was restored on Tuesday" / "the outage began on Sunday": Tuesday dates the end)
    return (xb == _START and any(x == xb for x, _ in acts.get(d.a.claim.article, ()))) or (
        xa == _START and any(x == xa for x, _ in acts.get(d.b.claim.article, ()))
    )


_START = act_key("began")


def _value(side: Side) -> Value | None:
    return next((v for v in side.claim.values if v.start == side.start and v.kind in DAYS), None)
