"""Attribution: who a sentence says is speaking, and the reporting verb that says so.

Forms read: "X said (that) ...", "..., X said.", "“...,” said X", "according to X", with X a
name ("Ned Price"), a titled name ("State Department spokeswoman Ned Price"), a role
("officials", "the ministry") or a pronoun. Words inside quotation marks are never the
attribution. Works on tokens with bounded look-around, so the time is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .calendar import WEEKDAYS
from .quotes import Quote, find_quotes
from .scoped import per_comparison
from .verbs import PRONOUNS, REPORTING_VERBS, SPEAKER_JOINERS, SPEAKER_NOUNS, SPEECH_VERBS

_TOKEN = re.compile(r"[^\W_][\w’'.&-]*")
_MAX_SPEAKER = 8  # words in a speaker phrase
_BETWEEN = {"also", "later", "earlier", "previously", "separately", "has", "had", "have", "then", "once", "again", "publicly", "repeatedly", "reportedly"}
_LEADING = {"but", "and", "or", "however", "meanwhile", "yet", "so", "still", "then", "now", "while", "as", "when", "although", "because", "if", "in", "on", "at", "after", "before"}
_CLAUSE_WORDS = {"that", "who", "which", "whose", "is", "was", "were", "are", "has", "had", "have", "will", "would", "in", "on", "at", "to", "with", "by", "from", "after", "before", "as", "but", "and", "said", "says"}
_WEEKDAYS = set(WEEKDAYS) | {"yesterday", "today", "tonight"}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker and the verb (or "according to") that attributes the sentence to it."""

    speaker: Span
    verb: Span
    lemma: str  # "say", "warn", ... or "according to"
    named: bool  # a name or a role, not a pronoun

    @property
    def name(self) -> str:
        """The capitalised name at the end of a speaker phrase with lowercase words before it
        ("ministry spokeswoman Ana Ruiz" -> "Ana Ruiz", "Mayor Elena Varga" stays); the whole
        phrase when it has no such name ("the port authority")."""
        words = self.speaker.text.split()
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper():
            k -= 1
        if 0 < k < len(words) and any(w.lower() not in ("the", "a", "an") for w in words[:k]):
            return " ".join(words[k:])
        return self.speaker.text

    @property
    def speech(self) -> bool:
        return self.lemma in SPEECH_VERBS or self.lemma == "according to"


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).rstrip(".") if m.group(0).count(".") == 1 and m.group(0).endswith(".") else m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _speakerish(word: str) -> bool:
    w = word.lower().removesuffix("’s").removesuffix("'s")
    return word[:1].isupper() or w in SPEAKER_NOUNS or w in SPEAKER_JOINERS


def _gap_clean(text: str, end: int, start: int) -> bool:
    """Only spaces (or a possessive mark) between two tokens: they belong to one phrase."""
    return not text[end:start].strip()


def _left_speaker(text: str, tokens: list[tuple[str, int, int]], verb: int, quoted: list[bool]) -> tuple[int, int] | None:
    """Token range [i, j) of the speaker right before token ``verb`` (skipping "also", "has" ...)."""
    j = verb
    skipped = 0
    while j > 0 and skipped < 2 and tokens[j - 1][0].lower() in _BETWEEN and _gap_clean(text, tokens[j - 1][2], tokens[j][1]):
        j -= 1
        skipped += 1
    if j == 0 or not _gap_clean(text, tokens[j - 1][2], tokens[j][1]):
        return None
    last = tokens[j - 1][0]
    if last.lower() in PRONOUNS:
        return (j - 1, j)
    i = j
    while i > 0 and j - i < _MAX_SPEAKER and _speakerish(tokens[i - 1][0]) and not quoted[i - 1]:
        if i < j and not _gap_clean(text, tokens[i - 1][2], tokens[i][1]):
            break
        i -= 1
    # "the port authority said": lowercase modifiers between a determiner and the noun.
    if i < j:
        k = i
        while k > 0 and i - k < 3 and _gap_clean(text, tokens[k - 1][2], tokens[k][1]) and not quoted[k - 1]:
            w = tokens[k - 1][0].lower()
            if w in ("the", "a", "an") or w.endswith(("’s", "'s")):
                i = k - 1
                break
            if not tokens[k - 1][0].isalpha() or w in _CLAUSE_WORDS or w in REPORTING_VERBS:
                break
            k -= 1
    return _trim(tokens, i, j)


def _right_speaker(
    text: str, tokens: list[tuple[str, int, int]], start: int, quoted: list[bool], *, loose: bool = False
) -> tuple[int, int] | None:
    """Token range of the speaker starting at token ``start`` ("said Ned Price", "according to X").
    ``loose`` also takes lowercase modifiers ("according to the regional health ministry")."""
    if start >= len(tokens):
        return None
    if tokens[start][0].lower() in PRONOUNS:
        return (start, start + 1)
    j = start
    while (
        j < len(tokens) and j - start < _MAX_SPEAKER and not quoted[j]
        and (_speakerish(tokens[j][0]) or (loose and tokens[j][0].isalpha() and tokens[j][0].lower() not in _CLAUSE_WORDS))
    ):
        if j > start and not _gap_clean(text, tokens[j - 1][2], tokens[j][1]):
            break
        j += 1
    return _trim(tokens, start, j)


def _trim(tokens: list[tuple[str, int, int]], i: int, j: int) -> tuple[int, int] | None:
    while i < j and (tokens[i][0].lower() in _LEADING or tokens[i][0].lower() in SPEAKER_JOINERS - {"the", "a", "an"}):
        i += 1
    while j > i and (tokens[j - 1][0].lower() in SPEAKER_JOINERS or tokens[j - 1][0].lower() in _WEEKDAYS):
        j -= 1
    content = [w for w, _, _ in tokens[i:j] if w.lower() not in SPEAKER_JOINERS]
    if not content:
        return None
    # A lone capitalised word that starts the sentence is often not a name ("Officials" is fine,
    # "Prices said" is not possible to tell; keep it: the verb carries the evidence).
    return (i, j)


def _quoted(tokens: list[tuple[str, int, int]], quotes: tuple[Quote, ...]) -> list[bool]:
    """For each token, whether it lies inside a quotation (one sweep: both lists are in order)."""
    out, q = [], 0
    spans = sorted((x.start, x.end) for x in quotes)
    for _, start, end in tokens:
        while q < len(spans) and spans[q][1] <= start:
            q += 1
        out.append(q < len(spans) and spans[q][0] <= start and end <= spans[q][1])
    return out


@per_comparison
def attributions(text: str, quotes: tuple[Quote, ...] | None = None) -> tuple[Attribution, ...]:
    """Every attribution in ``text``, in order (offsets are into ``text``); read once a comparison
    (the claims, the framing and the digest all ask)."""
    if quotes is None:
        quotes = find_quotes(text)
    tokens = _tokens(text)
    quoted = _quoted(tokens, quotes)
    found: list[Attribution] = []
    for k, (word, start, end) in enumerate(tokens):
        if quoted[k]:
            continue
        lower = word.lower()
        if lower == "according" and k + 1 < len(tokens) and tokens[k + 1][0].lower() == "to":
            span = _right_speaker(text, tokens, k + 2, quoted, loose=True)
            lemma, verb = "according to", Span(start, tokens[k + 1][2], text[start : tokens[k + 1][2]])
        elif lower in REPORTING_VERBS:
            lemma = REPORTING_VERBS[lower]
            verb = Span(start, start + len(word), word)
            span = _left_speaker(text, tokens, k, quoted)
            previous = text[max(0, start - 4) : start].strip()
            inverted = span is None or previous.endswith((",", "”", "\"", "’"))
            if inverted and lower in ("said", "says", "added", "wrote", "asked", "told", "stated", "declared"):
                right = _right_speaker(text, tokens, k + 1, quoted)
                if right is not None and previous.endswith((",", "”", "\"", "’")):
                    span = right
        else:
            continue
        if span is None:
            continue
        i, j = span
        s, e = tokens[i][1], tokens[j - 1][1] + len(tokens[j - 1][0])
        speaker_text = text[s:e].rstrip(".,")
        e = s + len(speaker_text)
        named = not (j - i == 1 and tokens[i][0].lower() in PRONOUNS)
        found.append(Attribution(speaker=Span(s, e, speaker_text), verb=verb, lemma=lemma, named=named))
    return tuple(found)


def attribution(text: str, quotes: tuple[Quote, ...] | None = None) -> Attribution | None:
    """The sentence's main attribution: "according to X" first, then the last speech verb
    ("..., spokeswoman Ned Price said."), then the last other reporting verb; None if none."""
    found = attributions(text, quotes)
    if not found:
        return None
    for test in (lambda a: a.lemma == "according to", lambda a: a.speech and a.named, lambda a: a.named, lambda a: True):
        chosen = [a for a in found if test(a)]
        if chosen:
            return chosen[-1]
    return None
