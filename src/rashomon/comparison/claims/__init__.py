"""Claims: who said what, the quoted words, and the typed slots conflicts are checked on.

A claim is a sentence of an article. Each carries its attribution (``speaker``, with offsets,
and the reporting verb, read through :mod:`rashomon.text`), its quoted passages, negation and
modality, and its values: quantities with qualifier, unit and counted thing (``numbers``), and
times resolved against the article's date or dateline (``times``). A sentence the readers cannot
make sense of gives a claim with fewer values, never an error.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Sequence

from ...model import Article, Claim, Sentence, Value
from ...text import attribution
from ...text import find_quotes as text_quotes
from .measures import measure, span_hours
from .numbers import NUMBER, Quantity, compatible, find_quantities, format_number, is_vague, parse_number
from .anchored_days import with_anchored_days
from .times import WEEKDAYS, TimeValue, find_times, reference_date, time_readings, times_agree, weekday_of

log = logging.getLogger(__name__)

__all__ = [
    "NUMBER", "WEEKDAYS", "Quantity", "TimeValue", "claim_of", "compatible", "extract_claims", "find_quantities",
    "find_quotes", "find_speaker", "find_times", "find_values", "format_number", "is_vague", "measure", "negated", "parse_number",
    "span_hours", "value_measure",
    "reference_date", "time_readings", "times_agree", "weekday_of",
]


def _number_value(q: Quantity, offset: int) -> Value:
    return Value(
        kind="number", text=q.text, normalized=q.normalized, start=offset + q.start, end=offset + q.end,
        unit=q.unit, qualifier=q.qualifier, counted=q.counted,
        low=q.low if math.isfinite(q.low) else None, high=q.high if math.isfinite(q.high) else None,
    )


def value_measure(v: Value) -> tuple[str, float] | None:
    """The SI unit and factor of the unit of measure a figure counts ("10 feet" -> ("m", 0.3048)),
    None for a count, money or a share (a figure with a unit of its own)."""
    return measure(v.counted) if v.counted and not v.unit else None


def find_values(text: str, offset: int = 0, ref: dt.date | None = None) -> tuple[Value, ...]:
    """Quantities and times stated in ``text`` (offsets shifted by ``offset``)."""
    times = find_times(text, 0, ref)
    values = [
        Value(
            kind=t.kind, text=t.text, normalized=t.normalized, start=offset + t.start, end=offset + t.end,
            resolved=t.resolved, qualifier=t.qualifier,
        )
        for t in times
    ]
    taken = [(t.start, t.end) for t in times if t.kind != "weekday"]
    for q in find_quantities(text):
        if any(s < q.end and q.start < e for s, e in taken):
            continue
        values.append(_number_value(q, offset))
    values.sort(key=lambda v: v.start)
    return tuple(values)


# --- attribution, quotes, negation, modality --------------------------------------------------


def find_speaker(text: str) -> str:
    """To whom the sentence attributes its content: "according to X", "..., X said"."""
    found = attribution(text)
    return found.name if found is not None and found.named else ""


def find_quotes(text: str) -> tuple[str, ...]:
    return tuple(q.text.strip(" ,.") for q in text_quotes(text) if q.text.strip(" ,."))


_NEGATION = re.compile(r"\b(?:not|no|never|nobody|none|nothing|neither|nor|without|cannot)\b|n[’']t\b", re.IGNORECASE)
_POSSIBLE = re.compile(r"\b(?:may|might|could|possibly|perhaps|likely|unlikely|reportedly|allegedly)\b", re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|shall|plans? to|is to|are to|is due to|are due to|intends? to|expects? to)\b", re.IGNORECASE)


def _unquoted(text: str) -> str:
    out, cursor = [], 0
    for q in text_quotes(text):
        out.append(text[cursor : q.start])
        out.append(" " * (q.end - q.start))
        cursor = q.end
    out.append(text[cursor:])
    return "".join(out)


def negated(text: str) -> bool:
    """Whether the outlet's own words (not a quotation) negate what the sentence says."""
    return bool(_NEGATION.search(_unquoted(text)))


def _modal(match: re.Match[str], text: str) -> bool:
    """Whether a match of ``_POSSIBLE`` is a modal, not the month: "May" capitalised inside a
    sentence, or before a day's number, names the month ("on May 11", "in May")."""
    if match.group() != "May":
        return True
    opening = not text[: match.start()].strip()
    return opening and not re.match(r"\s+\d", text[match.end() :])


def modality(text: str) -> str:
    plain = _unquoted(text)
    if any(_modal(m, plain) for m in _POSSIBLE.finditer(plain)):
        return "possible"
    if FUTURE.search(plain):
        return "future"
    return ""


# --- the stage ------------------------------------------------------------------------------


def _safe_values(text: str, offset: int, ref: dt.date | None) -> tuple[Value, ...]:
    """The values of a sentence; a reader that fails on odd input leaves the claim with its
    other slots (the failure is logged, never raised)."""
    try:
        return find_values(text, offset, ref)
    except (ValueError, OverflowError, ArithmeticError) as error:
        log.warning("claims: values of a sentence at %d not read (%s)", offset, error)
        try:
            return find_values(text, offset, None)
        except (ValueError, OverflowError, ArithmeticError):
            return ()


def claim_of(sentence: Sentence, ref: dt.date | None = None) -> Claim:
    text = sentence.text
    found = attribution(text)
    return Claim(
        id=sentence.id,
        article=sentence.article,
        sentence=sentence.id,
        text=text,
        start=sentence.start,
        end=sentence.end,
        speaker=found.name if found is not None and found.named else "",
        speaker_start=sentence.start + found.speaker.start if found is not None and found.named else -1,
        speaker_end=sentence.start + found.speaker.end if found is not None and found.named else -1,
        verb=found.lemma if found is not None else "",
        quotes=find_quotes(text),
        values=_safe_values(text, sentence.start, ref),
        negated=negated(text),
        modality=modality(text),
    )


_MIN_CLAIM_WORDS = 4


def extract_claims(articles: Sequence[Article]) -> tuple[Claim, ...]:
    """One claim per sentence that states something (a headline-length fragment does not)."""
    claims = []
    refs = {a.id: reference_date(a.text, a.date) for a in articles}
    for article in articles:
        ref = refs[article.id]
        if ref is None:  # a yearless dateline: the years of the story's other dated articles
            ref = reference_date(article.text, article.date, {d.year for i, d in refs.items() if d is not None and i != article.id})
        own = [claim_of(sentence, ref) for sentence in article.sentences if len(sentence.text.split()) >= _MIN_CLAIM_WORDS]
        claims.extend(with_anchored_days(own))  # "the day before the vote": counted from the vote's day
    return tuple(claims)
