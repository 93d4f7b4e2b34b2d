"""The day of a statement, not of what it reports ("police said Wednesday", "the agency announced
on Tuesday"): which reporting verb a day dates (:mod:`.days` keeps a statement's day apart from an
event's)."""

from __future__ import annotations

import re

from ...model import Claim, Value
from ...text import reporting_lemma
from ...text.thesaurus import kind_of
from ...text.verbs import REPORTING_VERBS
from ..claims.events import event_of
from ..memo import per_record
from .calendar import pair_of
from .common import STOP, WORD

# The day of a statement, not of what it reports: "police said Wednesday", "the agency announced
# on Tuesday", "it was reported Wednesday", "said in a statement on Friday".
_STATED = ("say", "tell", "state", "add", "announce", "communicate", "report", "confirm", "reveal", "disclose", "declare", "post", "tweet", "write", "note", "explain")
_STATED_AT = re.compile(
    r"\b(" + "|".join(sorted((f for f, lemma in REPORTING_VERBS.items() if lemma in _STATED), key=len, reverse=True)) + r")"
    r"(?:\s+(?:in|on|at|to)\s+(?:a|an|the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?)?(?:,)?\s+(?:(?:on|in|late|early|earlier|this|last)\s+)*$",
    re.IGNORECASE,
)


ROUTINE = ("say", "tell", "add", "note", "explain")  # said every day: the day of no event


# what follows a statement's day: "declared on Monday that ...", "declared on Monday: ..."
_WORDS_FOLLOW = re.compile(r"[\s,]*(?:that\b|[:\"“‘'])", re.IGNORECASE)


@per_record
def stated_on(claim: Claim, v: Value) -> str:
    """The lemma of the reporting verb whose day ``v`` is ("said Wednesday" -> "say"), else "".
    "declare" with an object is an act, not words ("the court declared on Monday the law
    unconstitutional", "declared a state of emergency"): only "declared that" or a quotation is
    a statement."""
    opening = max(0, v.start - claim.start - 60)
    window = claim.text[opening : v.start - claim.start]
    m = _STATED_AT.search(window)
    if m and _reported_thing(window[: m.start(1)]):
        return ""  # "a case reported on Sept. 29": the day the case came to light, not a speaker's
    if m and (ev := event_of(claim, v)) is not None and ev.shape in ("verb", "passive") and ev.start >= opening + m.end(1):
        return ""  # "said in a report published on Tuesday": the day of the publishing, the act after the verb
    lemma = reporting_lemma(m.group(1)) or "" if m else ""
    if lemma == "declare":
        pair = pair_of(claim, v)
        end = max(pair[2].end, pair[3].end) if pair else v.end  # past "Wednesday, 8 April"
        if not _WORDS_FOLLOW.match(claim.text, end - claim.start):
            return ""
    return lemma


# A noun after a determiner, then a reporting participle: "a case reported", "the measures, announced"
_THING_BEFORE = re.compile(r"\b(?:a|an|the|first|new|its|their)\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]{2,})(?:,)?\s+$")
# Kinds of noun that can speak: before a reporting verb they are its subject ("the ministry announced")
_SPEAKERS = frozenset({"person", "group", "organization", "worker"})


def _reported_thing(before: str) -> bool:
    """Whether a reporting verb right after ``before`` is a participle of the thing reported ("a case
    reported on Sept. 29", "the measures, announced last Thursday,"): a noun no one speaks with."""
    m = _THING_BEFORE.search(before)
    return bool(m) and m.group(1) not in STOP and kind_of(m.group(1)) not in _SPEAKERS and reporting_lemma(m.group(1)) is None


_DAY_KINDS = ("weekday", "date", "month", "year", "time")
_MIN_TOLD_ALIKE = 6  # words both tellings share outside their days: a sentence, not a phrase


def _words_outside_days(claim: Claim) -> list[str]:
    """The claim's words, lower-cased, less those of its days and times."""
    days = [(v.start - claim.start, v.end - claim.start) for v in claim.values if v.kind in _DAY_KINDS]
    return [m.group().lower() for m in WORD.finditer(claim.text) if not any(s <= m.start() < e for s, e in days)]


def one_statement(a: Claim, va: Value, b: Claim, vb: Value) -> bool:
    """Whether two days date one statement told twice: both days are of one reporting verb, and the
    two sentences are word for word the same outside their days ("the ministry said on Tuesday
    that the line would reopen" / "... said on Wednesday that ..."). A copy of one telling dates one
    statement; two tellings of a statement in their own words may be two statements, made on two days."""
    lemma = stated_on(a, va)
    if not lemma or lemma != stated_on(b, vb):
        return False
    wa, wb = _words_outside_days(a), _words_outside_days(b)
    return wa == wb and len(set(wa) - STOP) >= _MIN_TOLD_ALIKE
