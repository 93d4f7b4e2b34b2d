"""Story assignments: which story each article is in; a story's row (title, dates) follows
its members, and its stored report is dropped when they change."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..errors import StoreError
from .database import Database, timestamp
from .schema import CHUNK, articles_table, chunks, stories_table, story_articles_table
from .spans import StorySpans, _read_spans, _refresh_stories, _Span, _store_spans

__all__ = ["Assignments"]


class Assignments:
    """The stories and story_articles tables of one :class:`~.database.Database`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def assign(self, article_id: int, story_id: int | None = None) -> int:
        """Put an article in a story (``None``: a new story of its own) and return the story id.

        One transaction: the story's title and dates are refreshed and its stored report,
        now out of date, is dropped. An article already in another story moves; a story left
        empty is deleted.
        """
        return self.assign_many([(story_id, [article_id])])[0]

    def assign_many(self, groups: Iterable[tuple[int | None, Sequence[int]]], *,
                    spans: StorySpans | None = None) -> list[int]:
        """:meth:`assign` for many articles in one transaction; returns each group's story id.

        A group is ``(story id, article ids)``; a story id of ``None`` makes one new story for
        the whole group. Each story that changes is refreshed once: its title and dates from
        all its members, or, with ``spans`` (a :class:`StorySpans` the caller keeps for a run
        of assignments) and a story that only gained articles, from what ``spans`` remembers
        of it and the new articles alone (the same title and dates, without reading the
        members back: a story of thousands of articles growing in every call cost more and
        more per call).
        """
        groups = [(story_id, [int(a) for a in article_ids]) for story_id, article_ids in groups]
        every = [a for _, article_ids in groups for a in article_ids]
        if any(not article_ids for _, article_ids in groups):
            raise StoreError("a story assignment names no article")
        if len(set(every)) != len(every):
            raise StoreError("an article cannot be put in two stories at once")
        s, sa_, a_ = stories_table.c, story_articles_table.c, articles_table.c
        learned: dict[int, _Span | None] = {}
        with self.db.write(f"assigning {len(every)} articles to stories") as conn:
            known: dict[int, tuple[str | None, str]] = {}
            previous: dict[int, int] = {}
            columns = (a_.id, a_.date, a_.title) if spans is not None else (a_.id,)
            for chunk in chunks(every):
                for row in conn.execute(sa.select(*columns).where(a_.id.in_(chunk))):
                    known[row.id] = (row.date, row.title) if spans is not None else (None, "")
                for row in conn.execute(sa.select(sa_.article_id, sa_.story_id).where(sa_.article_id.in_(chunk))):
                    previous[row.article_id] = row.story_id
            missing = [a for a in every if a not in known]
            if missing:
                raise StoreError(f"no article {', '.join(map(str, missing[:10]))} in {self.db.display}")
            wanted = sorted({story_id for story_id, _ in groups if story_id is not None})
            existing = set(conn.execute(sa.select(s.id).where(s.id.in_(wanted))).scalars()) if wanted else set()
            if set(wanted) - existing:
                raise StoreError(f"no story {', '.join(map(str, sorted(set(wanted) - existing)))} in {self.db.display}")
            touched: set[int] = set()
            created = sorted(self._new_stories(conn, sum(1 for story_id, _ in groups if story_id is None)))
            fresh = iter(created)
            story_ids: list[int] = []
            leaving: list[int] = []
            losing: set[int] = set()
            gained: dict[int, list[int]] = {}
            rows: list[dict[str, int]] = []
            for story_id, article_ids in groups:
                if story_id is None:
                    story_id = next(fresh)
                story_ids.append(story_id)
                moving = [a for a in article_ids if previous.get(a) != story_id]
                if not moving:
                    continue
                for a in moving:
                    if a in previous:
                        touched.add(previous[a])
                        losing.add(previous[a])
                        leaving.append(a)
                touched.add(story_id)
                gained.setdefault(story_id, []).extend(moving)
                rows.extend({"article_id": a, "story_id": story_id} for a in moving)
            for chunk in chunks(leaving):
                conn.execute(sa.delete(story_articles_table).where(sa_.article_id.in_(chunk)))
            if rows:
                conn.execute(sa.insert(story_articles_table), rows)
            full = sorted(touched)
            if spans is not None:
                new = set(created)
                quick = {story_id: spans.get(story_id) if story_id not in new else _Span()
                         for story_id in full if story_id not in losing and (story_id in new or story_id in spans)}
                for story_id, span in quick.items():
                    learned[story_id] = span.extended((a, *known[a]) for a in gained[story_id])
                _store_spans(conn, {story_id: learned[story_id] for story_id in quick})
                full = [story_id for story_id in full if story_id not in quick]
            _refresh_stories(conn, full)
            if spans is not None and full:
                learned.update(_read_spans(conn, full))
        if spans is not None:  # only once the transaction is committed
            spans.update(learned)
        return story_ids

    def assignments(self) -> dict[int, int]:
        """article id -> story id, for every article that is in a story."""
        sa_ = story_articles_table.c
        with self.db.read("reading story assignments") as conn:
            return {row.article_id: row.story_id for row in conn.execute(sa.select(sa_.article_id, sa_.story_id))}

    def unassigned(self) -> list[int]:
        """Ids of the articles in no story, oldest date first (undated last, then by id)."""
        a = articles_table.c
        query = (
            sa.select(a.id)
            .outerjoin(story_articles_table, story_articles_table.c.article_id == a.id)
            .where(story_articles_table.c.story_id.is_(None))
            .order_by(a.date.is_(None), a.date, a.id)
        )
        with self.db.read("reading unassigned articles") as conn:
            return [row.id for row in conn.execute(query)]

    def _new_stories(self, conn: Connection, count: int) -> list[int]:
        """Ids of ``count`` new, empty story rows: one multi-row INSERT ... RETURNING where the
        database has it (the rows are identical, so their order does not matter)."""
        if not count:
            return []
        row = {"title": "", "updated_at": timestamp()}
        if conn.dialect.insert_returning and conn.dialect.supports_multivalues_insert:
            ids: list[int] = []
            for start in range(0, count, CHUNK // 2):
                size = min(CHUNK // 2, count - start)
                ids.extend(conn.execute(sa.insert(stories_table).values([row] * size).returning(stories_table.c.id)).scalars())
            return ids
        return [int(conn.execute(sa.insert(stories_table).values(**row)).inserted_primary_key[0]) for _ in range(count)]

    def article_dates(self, *, assigned: bool) -> list[tuple[int, str | None]]:
        """``(id, date)`` of the articles in a story (``assigned``) or in none, by id: the
        order they were stored in, from which the clusterer's order is worked out."""
        a, sa_ = articles_table.c, story_articles_table.c
        query = sa.select(a.id, a.date).outerjoin(story_articles_table, sa_.article_id == a.id)
        query = query.where(sa_.story_id.is_not(None) if assigned else sa_.story_id.is_(None)).order_by(a.id)
        with self.db.read("reading article dates") as conn:
            return [(row.id, row.date) for row in conn.execute(query)]

    def existing_stories(self, story_ids: Sequence[int]) -> set[int]:
        """Those of ``story_ids`` that are stored (a story emptied by a move is deleted)."""
        found: set[int] = set()
        with self.db.read("reading story ids") as conn:
            for chunk in chunks(list(story_ids)):
                found.update(conn.execute(sa.select(stories_table.c.id).where(stories_table.c.id.in_(chunk))).scalars())
        return found

    def assignments_fingerprint(self) -> str:
        """A short summary of the story assignments (how many, the highest article id, the
        sum of story ids): it changes when articles are assigned or moved."""
        sa_ = story_articles_table.c
        with self.db.read("summarising story assignments") as conn:
            row = conn.execute(sa.select(sa.func.count(), sa.func.max(sa_.article_id),
                                         sa.func.sum(sa_.story_id))).one()
        return f"{int(row[0] or 0)}:{int(row[1] or 0)}:{int(row[2] or 0)}"
