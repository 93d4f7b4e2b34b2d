"""What a story's row says of its members (first and last dates, the title of the article
that names it), worked out in the database or, for a story that only gained articles, from
what a run remembers (:class:`StorySpans`) and the new articles alone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .database import timestamp
from .schema import articles_table, chunks, reports_table, stories_table, story_articles_table

__all__ = ["StorySpans"]


@dataclass(frozen=True, slots=True)
class _Span:
    """What a story's row says of its members: the first and last dates, and the title with
    the sort key ``(undated, date, id)`` of the article it comes from (``None``: no member has
    a title), as :func:`_refresh_stories` works them out."""

    first: str | None = None
    last: str | None = None
    title: str = ""
    key: tuple[bool, str, int] | None = None

    def extended(self, members: Iterable[tuple[int, str | None, str]]) -> _Span:
        """The span once these ``(id, date, title)`` members joined."""
        first, last, title, key = self.first, self.last, self.title, self.key
        for article_id, date, name in members:
            if date is not None:
                first = date if first is None or date < first else first
                last = date if last is None or date > last else last
            if (name or "").strip(" "):  # SQLite's trim() removes spaces only
                candidate = (date is None, date or "", article_id)
                if key is None or candidate < key:
                    key, title = candidate, name
        return _Span(first=first, last=last, title=title, key=key)


class StorySpans:
    """A run's memory of the stories it assigned articles to (their dates and naming article),
    for :meth:`Store.assign_many`: a story that only gains articles is then refreshed from the
    new ones alone. Keep one for the assignments of one run by one writer: a story changed by
    someone else meanwhile is refreshed from what this one remembers."""

    def __init__(self) -> None:
        self._spans: dict[int, _Span] = {}

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._spans

    def __len__(self) -> int:
        return len(self._spans)

    def get(self, story_id: int) -> _Span:
        return self._spans[story_id]

    def update(self, spans: Mapping[int, _Span | None]) -> None:
        """Remember these spans (``None``: the story was deleted)."""
        for story_id, span in spans.items():
            if span is None:
                self._spans.pop(story_id, None)
            else:
                self._spans[story_id] = span


def _store_spans(conn: Connection, spans: Mapping[int, _Span]) -> None:
    """Write these stories' titles and dates (worked out by the caller); drop their reports."""
    if not spans:
        return
    s_ = stories_table.c
    for chunk in chunks(list(spans)):
        conn.execute(sa.delete(reports_table).where(reports_table.c.story_id.in_(chunk)))
    now = timestamp()
    conn.execute(
        sa.update(stories_table).where(s_.id == sa.bindparam("sid")).values(
            first_date=sa.bindparam("first_date"), last_date=sa.bindparam("last_date"),
            title=sa.bindparam("new_title"), updated_at=sa.bindparam("updated_at")),
        [{"sid": story_id, "first_date": span.first, "last_date": span.last, "new_title": span.title,
          "updated_at": now} for story_id, span in spans.items()],
    )


def _naming_article(column: Any) -> Any:
    """``column`` of the article that names each story (correlated with the stories table): the
    earliest article with a title, the one that broke the story."""
    a, sa_ = articles_table.c, story_articles_table.c
    return (
        sa.select(column)
        .join(story_articles_table, sa_.article_id == a.id)
        .where(sa_.story_id == stories_table.c.id, sa.func.trim(a.title) != "")
        .order_by(a.date.is_(None), a.date, a.id)
        .limit(1)
        .correlate(stories_table)
        .scalar_subquery()
    )


def _read_spans(conn: Connection, story_ids: Sequence[int]) -> dict[int, _Span | None]:
    """The spans of these stories as stored (``None`` for a story that is gone), with the
    naming article's sort key: after :func:`_refresh_stories`."""
    a, s_ = articles_table.c, stories_table.c
    naming = _naming_article(a.id)
    found: dict[int, _Span | None] = dict.fromkeys(story_ids)
    for chunk in chunks(list(story_ids)):
        rows = conn.execute(sa.select(s_.id, s_.first_date, s_.last_date, s_.title, naming.label("naming"))
                            .where(s_.id.in_(chunk))).all()
        named = [row.naming for row in rows if row.naming is not None]
        dates = dict(conn.execute(sa.select(a.id, a.date).where(a.id.in_(named))).all()) if named else {}
        for row in rows:
            key = None
            if row.naming is not None:
                date = dates[row.naming]
                key = (date is None, date or "", int(row.naming))
            found[row.id] = _Span(first=row.first_date, last=row.last_date, title=row.title or "", key=key)
    return found


def _refresh_stories(conn: Connection, story_ids: Sequence[int]) -> None:
    """Title, dates and timestamp of each story from its members; drop its stale report;
    delete it if empty. A few statements per chunk of stories, computed in the database
    (a story's members are not read back)."""
    a, sa_, s_ = articles_table.c, story_articles_table.c, stories_table.c
    now = timestamp()
    earliest = _naming_article(a.title)
    for chunk in chunks(list(story_ids)):
        conn.execute(sa.delete(reports_table).where(reports_table.c.story_id.in_(chunk)))
        spans = {
            row.story_id: row
            for row in conn.execute(
                sa.select(sa_.story_id, sa.func.count().label("size"), sa.func.min(a.date).label("first"),
                          sa.func.max(a.date).label("last"))
                .join(articles_table, a.id == sa_.article_id)
                .where(sa_.story_id.in_(chunk))
                .group_by(sa_.story_id)
            )
        }
        empty = [story_id for story_id in chunk if story_id not in spans]
        if empty:
            conn.execute(sa.delete(stories_table).where(s_.id.in_(empty)))
        updates = [{"sid": story_id, "first_date": row.first, "last_date": row.last, "updated_at": now}
                   for story_id, row in spans.items()]
        if updates:
            conn.execute(
                sa.update(stories_table).where(s_.id == sa.bindparam("sid")).values(
                    first_date=sa.bindparam("first_date"), last_date=sa.bindparam("last_date"),
                    updated_at=sa.bindparam("updated_at")),
                updates,
            )
            conn.execute(sa.update(stories_table).where(s_.id.in_(list(spans))).values(
                title=sa.func.coalesce(earliest, "")))
