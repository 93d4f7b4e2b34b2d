"""The one data model of rashomon.

Every record is a frozen dataclass with ``to_dict`` / ``from_dict``. The JSON report is
``Report.to_dict()``; its shape is versioned by :data:`SCHEMA` and documented in
``docs/schema.md``.

Offsets: ``start`` / ``end`` of a sentence, a mention, a claim or a framing cue are character
offsets into ``Article.text`` (the cleaned text of the article), so ``article.text[start:end]``
is always the quoted span. Sentence ids are unique across a report (``"a1.s3"``: article
``a1``, sentence 3), so a citation is a sentence id alone.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

SCHEMA = "rashomon.report/2"
PREVIOUS_SCHEMA = "rashomon.report/1"  # read too: its left-out agreements sat in ``skipped``
_LEFT_OUT_SOURCE = "digest: agreement "  # how version 1 named a left-out agreement in ``skipped``

T = TypeVar("T", bound="Record")


def _decode(tp: Any, value: Any) -> Any:
    """Turn a JSON value back into the annotated type (records, tuples, optionals)."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        (item_tp, *_rest) = typing.get_args(tp)
        return tuple(_decode(item_tp, v) for v in value)
    if isinstance(tp, type) and issubclass(tp, Record):
        return tp.from_dict(value)
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


class Record:
    """Mixin: JSON round trip for frozen dataclasses."""

    _hints: ClassVar[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _encode(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        hints = typing.get_type_hints(cls)
        known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs = {k: _decode(hints[k], v) for k, v in data.items() if k in known}
        return cls(**kwargs)


def record(cls: type[T]) -> type[T]:
    """The dataclass flavour every record uses."""
    return dataclass(frozen=True, slots=True, kw_only=True)(cls)


# --- articles -------------------------------------------------------------------------------


@record
class Sentence(Record):
    id: str  # "a1.s3"
    article: str  # "a1"
    index: int
    text: str
    start: int
    end: int


@record
class Removed(Record):
    """A line taken out of the article by cleaning, with the rule that removed it."""

    text: str
    reason: str
    line: int = -1  # line number in the raw text (0-based)


@record
class Document(Record):
    """What ingest reads: raw text and metadata, before cleaning."""

    text: str
    title: str = ""
    source: str = ""  # the outlet
    path: str | None = None
    url: str | None = None
    date: str | None = None  # ISO 8601 when known
    language: str = ""
    origin: str = ""  # what the user named: a path, a URL, "file.jsonl:12"
    record_id: str = ""  # a JSONL / CSV record's own "id", when it has one
    # the reader put the title given apart (a record's headline) before the text, on a line of
    # its own, to be read as a text file's first line is; the text as its source gave it follows
    led_by_title: bool = False

    def given_text(self) -> str:
        """The text as its source gave it, without a headline the reader led it with: what two
        copies of one article share when each outlet gave it a headline of its own."""
        return self.text.partition("\n")[2] if self.led_by_title else self.text


@record
class Article(Record):
    """A cleaned, segmented article; ``text`` is what every offset points into."""

    id: str  # "a1"
    source: str
    title: str
    text: str
    sentences: tuple[Sentence, ...] = ()
    removed: tuple[Removed, ...] = ()
    path: str | None = None
    url: str | None = None
    date: str | None = None
    language: str = ""

    def sentence(self, sentence_id: str) -> Sentence:
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(sentence_id)


@record
class Skipped(Record):
    """An input that could not be used, and why."""

    source: str
    reason: str


@record
class LeftOut(Record):
    """An agreement the digest does not tell, and why: its members' sentence ids, their articles."""

    group: tuple[str, ...]
    articles: tuple[str, ...] = ()
    reason: str


# --- entities -------------------------------------------------------------------------------


@record
class Mention(Record):
    article: str
    sentence: str
    text: str
    start: int
    end: int
    title: str = ""  # a role cue next to the name ("Foreign Minister"), when there is one


@record
class Suspect(Record):
    """A form of a name that looks garbled, with the reason."""

    text: str
    article: str
    reason: str
    sentence: str = ""
    start: int = -1
    end: int = -1


@record
class Entity(Record):
    id: str  # "e1"
    name: str  # the canonical form
    type: str  # PERSON | ORG | PLACE | OTHER
    mentions: tuple[Mention, ...] = ()
    suspect: tuple[Suspect, ...] = ()
    variants: tuple[str, ...] = ()


# --- claims, agreements, conflicts ----------------------------------------------------------


@record
class Value(Record):
    """A value a claim states: a number, a date, a weekday, a title."""

    kind: str  # number | date | month | time | weekday | year | span (normalized "START/END", ISO days)
    text: str
    normalized: str
    start: int
    end: int
    unit: str = ""  # number: "%", "pp" (percentage points), "bp", "EUR", "USD"...; "" for a count
    qualifier: str = ""  # number: "at least", "nearly", "up to" ... as written
    counted: str = ""  # number: the noun after the figure ("people", "tonnes")
    low: float | None = None  # number: the interval the wording allows; None when open
    high: float | None = None
    resolved: str = ""  # weekday, "yesterday": the ISO date it stands for, against the article's date

    # A score or a vote ("won 5-2", "a 7-2 vote") is compared as one figure, the higher first ("5-2" is
    # 5002): that encoding stays inside. The JSON says the split as written ("5-2 score", no interval),
    # and reading it back (or an older report's "5002 score") gives the figure again.
    def to_dict(self) -> dict[str, Any]:
        out = Record.to_dict(self)
        if self.kind == "number" and self.unit == _SCORE_UNIT and (split := _score_split(self.normalized)):
            out.update(normalized=f"{split[0]}-{split[1]} {_SCORE_UNIT}", low=None, high=None)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Value:  # type: ignore[override]
        if data.get("kind") == "number" and data.get("unit") == _SCORE_UNIT and (split := _score_split(data.get("normalized") or "")):
            figure = float(split[0] * 1000 + split[1])
            data = dict(data, normalized=f"{split[0] * 1000 + split[1]} {_SCORE_UNIT}", low=figure, high=figure)
        return Record.from_dict.__func__(cls, data)  # type: ignore[attr-defined]  # slots: no zero-argument super()


_SCORE_UNIT = "score"  # claims.number_phrases.SCORE_UNIT (the model imports nothing of the pipeline)
_SCORE_FORMS = re.compile(r"(?:(?P<a>\d{1,3})-(?P<b>\d{1,3})|(?P<figure>\d{1,7}))(?:\.0)? score")


def _score_split(normalized: str) -> tuple[int, int] | None:
    """(higher, lower) of a score's normalized form, internal ("5002 score") or public ("5-2 score")."""
    m = _SCORE_FORMS.fullmatch(normalized)
    if not m:
        return None
    if m.group("figure") is not None:
        return divmod(int(m.group("figure")), 1000)
    return int(m.group("a")), int(m.group("b"))


@record
class Claim(Record):
    id: str  # "a1.s3" or "a1.s3.c1" for a clause
    article: str
    sentence: str
    text: str
    start: int
    end: int
    speaker: str = ""  # to whom the claim is attributed ("the State Department")
    quotes: tuple[str, ...] = ()
    values: tuple[Value, ...] = ()
    speaker_start: int = -1  # offsets of the attribution's speaker phrase, when there is one
    speaker_end: int = -1
    verb: str = ""  # the reporting verb's lemma ("say", "according to")
    negated: bool = False  # a negation outside quotation marks ("did not", "never")
    modality: str = ""  # "possible" (may, could), "future" (will, plans to), "" when asserted


@record
class ClaimRef(Record):
    article: str
    sentence: str
    text: str
    start: int = -1
    end: int = -1

    @classmethod
    def of(cls, claim: Claim) -> ClaimRef:
        return cls(article=claim.article, sentence=claim.sentence, text=claim.text, start=claim.start, end=claim.end)


@record
class Agreement(Record):
    claims: tuple[ClaimRef, ...]
    score: float = 0.0


@record
class ConflictSide(Record):
    article: str
    sentence: str
    text: str
    value: str  # the value as written ("two dozen", "last Thursday")
    start: int = -1
    end: int = -1
    normalized: str = ""  # the value as compared ("24", "2025-02-06")
    group: int = 0  # sides with the same group say the same thing


@record
class Conflict(Record):
    kind: str  # actor | number | date | time | weekday | role | name | order | quote
    explanation: str
    sides: tuple[ConflictSide, ...]


@record
class FramingCue(Record):
    article: str
    sentence: str
    text: str
    kind: str  # loaded | naming | scare_quote | hedge | voice | tone
    note: str
    start: int = -1
    end: int = -1
    neutral: str = ""  # a neutral wording, when there is one


@record
class DigestSentence(Record):
    text: str
    citations: tuple[str, ...]


# --- the report -----------------------------------------------------------------------------


@record
class ReportSettings(Record, Mapping):
    """How a report was made: the rashomon version, the embedder that ran (and the one asked
    for), the agreement threshold used, the time each stage took, a note, and ``options``: the
    comparison's other settings (splitter, tagger, limits) and any key this version does not
    know. The JSON is one flat object, as before the record was typed; it also reads as a
    read-only mapping of that object (``settings["embedder"]``)."""

    version: str = ""
    embedder: str = ""
    embedder_requested: str = ""
    agreement_threshold: float | None = None
    timings: dict[str, float] = field(default_factory=dict)
    note: str = ""
    options: dict[str, Any] = field(default_factory=dict)

    _TYPED: ClassVar[tuple[str, ...]] = ("version", "embedder", "embedder_requested", "agreement_threshold",
                                         "timings", "note")

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.options)
        for name in self._TYPED:
            value = getattr(self, name)
            if value not in ("", None, {}):
                data[name] = _encode(value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReportSettings:  # type: ignore[override]
        typed = {name: data[name] for name in cls._TYPED if name in data and data[name] is not None}
        if "timings" in typed:
            typed["timings"] = dict(typed["timings"])
        return cls(**typed, options={k: v for k, v in data.items() if k not in cls._TYPED})

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self.to_dict() == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


@record
class Report(Record):
    schema: str = SCHEMA
    articles: tuple[Article, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    unique: tuple[ClaimRef, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    framing: tuple[FramingCue, ...] = ()
    digest: tuple[DigestSentence, ...] = ()
    left_out: tuple[LeftOut, ...] = ()  # agreements the digest does not tell, each with why
    settings: ReportSettings = field(default_factory=ReportSettings)  # how the report was made

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:  # type: ignore[override]
        """The report of ``data``; a version 1 report is read too, its left-out agreements moved
        from ``skipped`` to ``left_out``."""
        if data.get("schema") == PREVIOUS_SCHEMA:
            data = dict(data, schema=SCHEMA, **_left_out_of_v1(data.get("skipped") or ()))
        return Record.from_dict.__func__(cls, data)  # type: ignore[attr-defined]  # slots: no zero-argument super()

    def __post_init__(self) -> None:
        if not isinstance(self.settings, ReportSettings):  # a plain mapping, as before the record was typed
            object.__setattr__(self, "settings", ReportSettings.from_dict(self.settings or {}))

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def sentence(self, sentence_id: str) -> Sentence:
        return self.article(sentence_id.split(".", 1)[0]).sentence(sentence_id)


def _left_out_of_v1(skipped: Any) -> dict[str, list[dict[str, Any]]]:
    """Version 1's ``skipped``, split into the inputs skipped and the agreements left out of the digest."""
    kept, left = [], []
    for s in skipped:
        source = str(s.get("source", ""))
        if not source.startswith(_LEFT_OUT_SOURCE):
            kept.append(s)
            continue
        group = [m.strip() for m in source[len(_LEFT_OUT_SOURCE):].split(",") if m.strip()]
        reason = str(s.get("reason", "")).removeprefix("left out of the digest: ")
        left.append({"group": group, "articles": list(dict.fromkeys(g.split(".", 1)[0] for g in group)), "reason": reason})
    return {"skipped": kept, "left_out": left}
