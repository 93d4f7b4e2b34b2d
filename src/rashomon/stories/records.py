"""The records of the many-article side: what is clustered, where it went, and in what order.

:class:`ClusterRecord` is one article to cluster, :class:`Assignment` where
:meth:`rashomon.stories.clusterer.StoryClusterer.assign` put it. Both are records of the one
data model (:mod:`rashomon.model`): frozen, with ``to_dict`` / ``from_dict``.
:func:`arrival_order` is the order every path clusters articles in (streaming, batch, the
library's ingest and its replay), so that they agree.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from ..errors import InputError
from ..model import Record, record

__all__ = ["Assignment", "ClusterRecord", "arrival_order", "in_date_order", "parse_date"]


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
        raw_id = data.get("id")
        if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)) or str(raw_id).strip() == "":
            raise InputError("record", f"missing or invalid 'id' (a non-empty string or integer): {raw_id!r}")
        rid = str(raw_id)
        fields: dict[str, Any] = {}
        for name in ("title", "text", "source", "url", "date"):
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise InputError(rid, f"'{name}' must be a string, got {type(value).__name__}")
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
