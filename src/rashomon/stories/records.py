"""The records of the many-article side: what is clustered, where it went, and in what order.

:class:`ClusterRecord` is one article to cluster, :class:`Assignment` where
:meth:`rashomon.stories.clusterer.StoryClusterer.assign` put it, :class:`IngestResult` and
:class:`ClusterResult` what an ingest and a clustering run did. All are records of the one
data model (:mod:`rashomon.model`): frozen, with ``to_dict`` / ``from_dict``.
:func:`arrival_order` is the order every path clusters articles in (streaming, batch, the
library's ingest and its replay), so that they agree.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..model import Document, Record, Skipped, record

if TYPE_CHECKING:
    from ..store.schema import StoredArticle

log = logging.getLogger(__name__)

__all__ = [
    "Assignment", "ClusterRecord", "ClusterResult", "IngestResult", "arrival_order", "in_date_order", "parse_date",
    "stored_arrival", "stored_record",
]


@record
class ClusterRecord(Record):
    """One article to cluster: ``{id, title, text, date?, source?, url?}``."""

    id: str
    title: str = ""
    text: str = ""
    date: str | None = None  # ISO 8601
    source: str | None = None
    url: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClusterRecord:  # type: ignore[override]
        """Validate and build; a bad record raises :class:`InputError` saying what is wrong."""
        if not isinstance(data, Mapping):
            raise InputError("record", f"expected a JSON object, got {type(data).__name__}")
        from ..sources.records import field_key  # a record's fields under a CSV's column names too

        raw_id = data.get(field_key(data, "id"))
        if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or str(raw_id).strip() == "":
            raise InputError("record", f"missing or invalid 'id' (a non-empty string or integer): {raw_id!r}")
        rid = str(raw_id)
        fields: dict[str, Any] = {}
        for name in ("title", "text", "source", "url", "date"):
            key = field_key(data, name)
            value = data.get(key)
            if value is not None and not isinstance(value, str):
                raise InputError(rid, f"'{key}' must be a string, got {type(value).__name__}")
            fields[name] = value
        if not (fields["title"] or "").strip() and not (fields["text"] or "").strip():
            raise InputError(rid, "no 'title' and no 'text': nothing to cluster")
        if fields["date"] is not None:
            parse_date(fields["date"], source=rid)  # fail here, not deep in clustering
        return cls(id=rid, title=fields["title"] or "", text=fields["text"] or "", date=fields["date"],
                   source=fields["source"], url=fields["url"])


@record
class Assignment(Record):
    """Where :meth:`~rashomon.stories.clusterer.StoryClusterer.assign` put a record."""

    id: str
    story: str
    duplicate_of: str | None = None
    score: float = 0.0  # cosine with the story it joined (1.0 for a near duplicate, 0.0 for a new story)


def parse_date(value: str, *, source: str = "date") -> float:
    """ISO 8601 date or date-time -> POSIX seconds (a date without a zone is taken as UTC)."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(source, f"date {value!r} is not ISO 8601 (e.g. 2024-05-01 or 2024-05-01T12:30:00Z)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def arrival_order(dates: Sequence[str | None]) -> list[int]:
    """The positions of ``dates`` (ISO 8601, or None for an undated article) in the order they
    are clustered: by date, an undated one taking the date of the dated one before it in the
    sequence (so it stays beside the articles it came with), ties in sequence order."""
    keys: list[tuple[float, int]] = []
    carried = -math.inf
    for position, date in enumerate(dates):
        if date:
            carried = parse_date(date)
        keys.append((carried, position))
    return [position for _, position in sorted(keys)]


def in_date_order(records: Sequence[ClusterRecord]) -> list[ClusterRecord]:
    """``records`` in :func:`arrival_order`."""
    return [records[position] for position in arrival_order([rec.date for rec in records])]


def stored_record(article_id: int, article: StoredArticle | Document) -> ClusterRecord:
    """The clusterer's record of a stored article (or of the document just stored as it)."""
    return ClusterRecord(
        id=str(article_id),
        title=article.title or "",
        text=article.text,
        date=_iso_date_or_none(article.date, article_id),
        source=article.source or "",
        url=article.url,
    )


def stored_arrival(dates: Sequence[tuple[int, str | None]]) -> list[int]:
    """Article ids (``(id, date)`` in the order stored) in :func:`arrival_order`: the same
    whether an article is clustered as it is ingested, later, or replayed to rebuild the
    clusterer."""
    iso = [_iso_date_or_none(date, article_id) for article_id, date in dates]
    return [dates[position][0] for position in arrival_order(iso)]


def _iso_date_or_none(date: str | None, article_id: int) -> str | None:
    """The date when it is ISO 8601; ingest keeps an unknown date form as written."""
    return iso_or_none(date, str(article_id))


def iso_or_none(date: str | None, name: str = "record") -> str | None:
    """``date`` when it is ISO 8601, else None: a date form the readers keep as written ("5 June
    2026") is clustered without a date, by ingest and by ``rashomon cluster`` alike."""
    if not date:
        return None
    try:
        parse_date(date, source=name)
    except InputError:
        log.info("%s: date %r is not ISO 8601; clustered without a date", name, date)
        return None
    return date


@record
class IngestResult(Record):
    """What one ingest did. ``skipped`` holds every input that was not stored, with the reason."""

    added: int = 0
    duplicates: int = 0
    reprints: int = 0  # of the duplicates, those that were another outlet's copy (kept as reprints)
    skipped: tuple[Skipped, ...] = ()
    article_ids: tuple[int, ...] = ()  # the articles this ingest stored
    stories: tuple[int, ...] = ()  # the stories that gained an article
    new_stories: int = 0

    def __add__(self, other: IngestResult) -> IngestResult:
        return IngestResult(
            added=self.added + other.added,
            duplicates=self.duplicates + other.duplicates,
            reprints=self.reprints + other.reprints,
            skipped=self.skipped + other.skipped,
            article_ids=self.article_ids + other.article_ids,
            stories=tuple(dict.fromkeys(self.stories + other.stories)),
            new_stories=self.new_stories + other.new_stories,
        )


@record
class ClusterResult(Record):
    """What one clustering run did (:func:`rashomon.stories.ingestion.cluster_stories`)."""

    assigned: int = 0
    stories: tuple[int, ...] = ()  # stories that gained (or lost) an article
    new_stories: int = 0
    replayed: int = 0  # stored articles re-read to rebuild the clusterer (0 when its saved state was used)
    moved: int = 0  # articles the reassignment sweeps moved to another story
