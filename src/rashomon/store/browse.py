"""What the web pages and the ``stories``/``show``/``search`` commands read: story summaries,
one page of filtered stories, a story's articles, full-text search.

:class:`Browsing` holds these read-only queries; :class:`rashomon.store.facade.Store` hands
them on, so they are called as ``store.story_page(...)`` and so on.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa

from ..errors import StoreError
from ..sources.addresses import web_url
from ..model import Record, record
from .articles import read_reprints
from .database import Database
from .schema import StoredArticle, articles_table, chunks, reports_table, reprints_table, stories_table, story_articles_table

__all__ = ["Browsing", "SearchHit", "StorySummary", "fts_query", "is_iso_day"]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# SQLite's largest integer: a larger count (a typed 20-digit --offset or ?offset=) means the same
# as this one, and could not be bound (OverflowError).
SQL_INT_MAX = 2**63 - 1


def is_iso_day(value: str) -> bool:
    """Whether ``value`` is a day written YYYY-MM-DD that the calendar has (not 2026-13-01)."""
    if not _ISO_DAY.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


# --- records ---------------------------------------------------------------------------------


@record
class StorySummary(Record):
    id: int
    title: str
    size: int
    outlets: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    updated_at: str = ""
    has_report: bool = False



@record
class SearchHit(Record):
    article_id: int
    title: str
    source: str
    snippet: str  # the matching passage of the text, on one line, matched terms in [brackets]
    score: float  # lower is better (SQLite's bm25); 0.0 for the LIKE fallback
    story_id: int | None = None
    url: str | None = None
    date: str | None = None
    reprinted_by: tuple[str, ...] = ()  # the other outlets that ran this text word for word (reprints)



# --- queries ---------------------------------------------------------------------------------


def fts_query(text: str) -> str:
    """User text as a safe FTS5 query: every word a quoted string, all of them required.

    A word is a run of letters and digits, as FTS5's ``unicode61`` tokenizer cuts text, so each
    quoted string is one token: "al-Assad" asks for "al" and "Assad" (anywhere in the article,
    not side by side: a phrase needs positions, which the index keeps only with
    ``detail=full``). Quoting makes FTS syntax in the text (``AND``, ``(``, ``"``, ``*``,
    ``:``) plain words, so no input can raise a syntax error.
    """
    return " ".join(f'"{token}"' for token in _TOKEN.findall(unicodedata.normalize("NFC", text)))


_TOKEN = re.compile(r"[^\W_]+")  # letters and digits: never more than one unicode61 token


def _words(text: str) -> list[str]:
    # FTS5's unicode61 tokenizer drops punctuation; a word made only of it would match nothing.
    return [w for w in text.split() if re.search(r"\w", w)]


class Browsing:
    """The read-only story and search queries, over one :class:`~.database.Database`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def stories(self) -> list[StorySummary]:
        """Every story, most recent first (by last date, then by id). :meth:`story_page` reads one page."""
        s = stories_table.c
        heads = sa.select(stories_table).order_by(sa.func.coalesce(s.last_date, "").desc(), s.id.desc())
        return [summary for summary in self._summaries(heads, "listing stories") if summary.size]

    def story(self, story_id: int) -> StorySummary:
        found = self._summaries(sa.select(stories_table).where(stories_table.c.id == story_id), "reading a story")
        if not found or not found[0].size:
            raise StoreError(f"no story {story_id} in {self.db.display}")
        return found[0]

    def story_count(self) -> int:
        """How many stories there are (a story always has an article: an emptied one is deleted)."""
        with self.db.read("counting stories") as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(stories_table)).scalar() or 0)

    def outlets(self) -> list[str]:
        """Every named outlet (the source of an article or of a reprint) in the store, in alphabetical order."""
        return sorted(self._outlet_names(), key=str.casefold)

    def _outlet_names(self) -> list[str]:
        a = articles_table.c
        named = sa.union(sa.select(a.source).where(a.source != ""), sa.select(reprints_table.c.source))
        with self.db.read("listing outlets") as conn:
            return list(conn.execute(named).scalars().all())

    def story_page(self, *, query: str = "", outlet: str = "", since: str = "", until: str = "",
                   min_outlets: int = 1, limit: int = 50, offset: int = 0) -> tuple[list[StorySummary], int]:
        """One page of the stories that pass every filter given, most recent first, and how many pass.

        The filters run in SQL, so a page costs the same in a store of a million stories as in
        one of ten. ``query``: words all in the story's title, or matched by :meth:`search` in
        one of its articles (every hit). ``outlet``: one of its articles has that source (up to
        case and surrounding whitespace). ``since`` / ``until`` (ISO dates): its coverage overlaps them; an undated story never
        passes. ``min_outlets``: that many named outlets (a story whose articles name none
        counts its articles).
        """
        if limit < 1 or offset < 0:
            raise ValueError(f"limit must be at least 1 and offset at least 0, got {limit} and {offset}")
        limit, offset, min_outlets = (min(n, SQL_INT_MAX) for n in (limit, offset, min_outlets))  # same meaning
        s, sa_, a = stories_table.c, story_articles_table.c, articles_table.c
        conditions = []
        if query.strip():
            conditions.append(self._matching(query))
        if outlet.strip():
            names = self._outlet_spellings(outlet)
            covered = sa.union(
                sa.select(sa_.story_id).join(articles_table, a.id == sa_.article_id).where(a.source.in_(names)),
                sa.select(sa_.story_id).join(reprints_table, reprints_table.c.article_id == sa_.article_id)
                .where(reprints_table.c.source.in_(names)))
            conditions.append(s.id.in_(covered))
        if since:
            conditions.append(sa.func.substr(sa.func.coalesce(s.last_date, s.first_date), 1, 10) >= since[:10])
        if until:
            conditions.append(sa.func.substr(s.first_date, 1, 10) <= until[:10])
        if min_outlets > 1:
            r = reprints_table.c
            in_story = sa_.story_id == s.id
            named = (sa.select(sa.func.count(sa.distinct(sa.func.nullif(a.source, ""))))
                     .select_from(story_articles_table.join(articles_table, a.id == sa_.article_id))
                     .where(in_story).scalar_subquery())
            links, written = story_articles_table.alias(), articles_table.alias()  # not correlated with the reprints' join
            own = (sa.select(written.c.source).select_from(links.join(written, written.c.id == links.c.article_id))
                   .where(links.c.story_id == s.id))
            # the outlets that ran one of its articles' text and wrote none of its articles
            reprinting = (sa.select(sa.func.count(sa.distinct(r.source)))
                          .select_from(story_articles_table.join(reprints_table, r.article_id == sa_.article_id))
                          .where(in_story, r.source.not_in(own)).scalar_subquery())
            size = sa.select(sa.func.count()).select_from(story_articles_table).where(in_story).scalar_subquery()
            counted = sa.case((named + reprinting > 0, named + reprinting), else_=size)
            conditions.append(counted >= min_outlets)
        where = sa.and_(sa.true(), *conditions)
        with self.db.read("counting stories") as conn:
            total = int(conn.execute(sa.select(sa.func.count()).select_from(stories_table).where(where)).scalar() or 0)
        page = (sa.select(stories_table).where(where)
                .order_by(sa.func.coalesce(s.last_date, "").desc(), s.id.desc()).limit(limit).offset(offset))
        return self._summaries(page, "listing stories"), total

    def _outlet_spellings(self, outlet: str) -> list[str]:
        """The stored outlet names that are ``outlet`` up to case and surrounding whitespace."""
        wanted = outlet.strip().casefold()
        return sorted(name for name in self._outlet_names() if name.strip().casefold() == wanted)

    def _matching(self, query: str) -> Any:
        """The SQL condition "the story matches these words" (see :meth:`story_page`): every
        word in its title, or one of its articles matched by :meth:`search` (all of them, in SQL:
        a common word matching thousands of articles keeps every story it is in)."""
        s, sa_ = stories_table.c, story_articles_table.c
        words = query.casefold().split()
        title = sa.and_(*[s.title.ilike(f"%{_like_escape(word)}%", escape="\\") for word in words])
        articles = self._matching_articles(query)
        if articles is None:  # nothing searchable (only punctuation): the title match alone
            return title
        # an article another outlet ran under a headline of its own holding every word matches too
        reprinted = sa.select(reprints_table.c.article_id).where(_reprint_title_words(_words(query)))
        return sa.or_(s.id.in_(sa.select(sa_.story_id).where(sa_.article_id.in_(articles))),
                      s.id.in_(sa.select(sa_.story_id).where(sa_.article_id.in_(reprinted))), title)

    def _matching_articles(self, text: str) -> Any:
        """A SELECT of the ids of the articles :meth:`search` finds for ``text`` (None: no word)."""
        words = _words(text)
        if not words:
            return None
        if self.db.full_text:
            query = fts_query(text)
            if not query:
                return None
            return sa.text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :fts_words").bindparams(
                fts_words=query).columns(sa.column("rowid", sa.Integer))
        a = articles_table.c
        return sa.select(a.id).where(_like_words(words))

    def _summaries(self, heads_query: Any, operation: str) -> list[StorySummary]:
        """Summaries of the stories ``heads_query`` selects, in its order, with sizes and outlets."""
        sa_, a = story_articles_table.c, articles_table.c
        with self.db.read(operation) as conn:
            heads = conn.execute(heads_query).all()
            ids = [h.id for h in heads]
            sizes: dict[int, int] = {}
            outlets: dict[int, set[str]] = {}
            reported: set[int] = set()
            for chunk in chunks(ids):
                for row in conn.execute(sa.select(sa_.story_id, a.source)
                                        .join(articles_table, a.id == sa_.article_id).where(sa_.story_id.in_(chunk))):
                    sizes[row.story_id] = sizes.get(row.story_id, 0) + 1
                    if row.source:
                        outlets.setdefault(row.story_id, set()).add(row.source)
                for row in conn.execute(sa.select(sa_.story_id, reprints_table.c.source)
                                        .join(reprints_table, reprints_table.c.article_id == sa_.article_id)
                                        .where(sa_.story_id.in_(chunk))):
                    outlets.setdefault(row.story_id, set()).add(row.source)
                reported.update(conn.execute(sa.select(reports_table.c.story_id)
                                             .where(reports_table.c.story_id.in_(chunk))).scalars())
        return [StorySummary(id=h.id, title=h.title, size=sizes.get(h.id, 0), outlets=tuple(sorted(outlets.get(h.id, ()))),
                             first_date=h.first_date, last_date=h.last_date, updated_at=h.updated_at,
                             has_report=h.id in reported)
                for h in heads]

    def story_articles(self, story_id: int) -> list[StoredArticle]:
        """The story's articles, oldest first (undated last, then by id)."""
        a = articles_table.c
        query = (
            sa.select(articles_table)
            .join(story_articles_table, story_articles_table.c.article_id == a.id)
            .where(story_articles_table.c.story_id == story_id)
            .order_by(a.date.is_(None), a.date, a.id)
        )
        with self.db.read("reading a story") as conn:
            if conn.execute(sa.select(stories_table.c.id).where(stories_table.c.id == story_id)).first() is None:
                raise StoreError(f"no story {story_id} in {self.db.display}")
            return [StoredArticle(**row) for row in conn.execute(query).mappings()]

    # -- search --

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching every word of ``text``, best first, each with a snippet.

        The text is plain words: FTS operators and quotes in it are searched for, not obeyed.
        """
        words = _words(text)
        if not words:
            raise StoreError(f"nothing to search for in {text!r}")
        if limit < 1:
            raise ValueError(f"limit must be at least 1, got {limit}")
        limit = min(limit, SQL_INT_MAX)
        if self.db.full_text:
            query = fts_query(text)
            hits = self._search_fts(query, limit) if query else []
        else:
            hits = self._search_like(words, limit)
        if len(hits) < limit:
            found = {h.article_id for h in hits}
            hits += [h for h in self._search_reprint_titles(words, limit) if h.article_id not in found][: limit - len(hits)]
        return self._with_reprints(hits)

    def _search_reprint_titles(self, words: Sequence[str], limit: int) -> list[SearchHit]:
        """The articles another outlet ran under a headline of its own that holds every word (a
        reprint's text is the article's, its headline is not): after the article hits."""
        r, a = reprints_table.c, articles_table.c
        query = (sa.select(a.id, a.title, a.source, a.url, a.date, r.source.label("copier"), r.title.label("headline"),
                           story_articles_table.c.story_id)
                 .join(articles_table, a.id == r.article_id)
                 .outerjoin(story_articles_table, story_articles_table.c.article_id == a.id)
                 .where(_reprint_title_words(words)).order_by(a.id.desc()).limit(limit))
        with self.db.read("searching") as conn:
            rows = conn.execute(query).all()
        hits: dict[int, SearchHit] = {}
        for row in rows:
            hits.setdefault(row.id, SearchHit(
                article_id=row.id, title=row.title, source=row.source, score=0.0, story_id=row.story_id,
                snippet=f"{' '.join(row.copier.split())} ran it as “{' '.join(row.headline.split())}”",
                url=web_url(row.url), date=row.date))
        return list(hits.values())

    def _with_reprints(self, hits: list[SearchHit]) -> list[SearchHit]:
        """Each hit with the outlets that reprinted it: the story list counts them, so a search
        for the text they ran names them too."""
        copies = read_reprints(self.db, (h.article_id for h in hits))
        return [dataclasses.replace(h, reprinted_by=tuple(sorted({c.source for c in copies[h.article_id]}, key=str.casefold)))
                if h.article_id in copies else h for h in hits]

    def _search_fts(self, query: str, limit: int) -> list[SearchHit]:
        sql = sa.text(
            "SELECT a.id, a.title, a.source, a.url, a.date, sa.story_id, "
            "snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS score "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "LEFT JOIN story_articles sa ON sa.article_id = a.id "
            "WHERE articles_fts MATCH :query ORDER BY score LIMIT :limit"
        )
        with self.db.read("searching") as conn:
            rows = conn.execute(sql, {"query": query, "limit": limit}).all()
        return [
            SearchHit(article_id=r.id, title=r.title, source=r.source, snippet=" ".join(r.snippet.split()), score=float(r.score), story_id=r.story_id, url=web_url(r.url), date=r.date)
            for r in rows
        ]

    def _search_like(self, words: Sequence[str], limit: int) -> list[SearchHit]:
        a = articles_table.c
        query = (
            sa.select(a.id, a.title, a.source, a.url, a.date, a.text, story_articles_table.c.story_id)
            .outerjoin(story_articles_table, story_articles_table.c.article_id == a.id)
            .where(_like_words(words))
            .order_by(a.id.desc())
            .limit(limit)
        )
        with self.db.read("searching") as conn:
            rows = conn.execute(query).all()
        return [
            SearchHit(article_id=r.id, title=r.title, source=r.source, snippet=_like_snippet(r.text, words), score=0.0, story_id=r.story_id, url=web_url(r.url), date=r.date)
            for r in rows
        ]


def _like_words(words: Sequence[str]) -> Any:
    """The LIKE fallback's condition: every word in the article's title or text, in any case."""
    a = articles_table.c
    conditions = []
    for word in words:
        pattern = "%" + _like_escape(word.lower()) + "%"
        conditions.append(sa.or_(sa.func.lower(a.title).like(pattern, escape="\\"), sa.func.lower(a.text).like(pattern, escape="\\")))
    return sa.and_(*conditions)


def _reprint_title_words(words: Sequence[str]) -> Any:
    """Every word in a reprint's own headline, in any case."""
    title = sa.func.lower(reprints_table.c.title)
    return sa.and_(*[title.like("%" + _like_escape(word.lower()) + "%", escape="\\") for word in words])


def _like_snippet(text: str, words: Sequence[str], width: int = 80) -> str:
    lower = text.lower()
    positions = [p for p in (lower.find(w.lower()) for w in words) if p >= 0]
    at = min(positions) if positions else 0  # no position: matched in the title only
    start, end = max(0, at - width), min(len(text), at + width)
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def _like_escape(word: str) -> str:
    """``word`` for a LIKE pattern with ``ESCAPE '\\'``: its wildcards match themselves."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
