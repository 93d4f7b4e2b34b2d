"""What the pages show, built from reports and the store: plain data for the templates.

    story_view(report)            the story page: columns, digest, conflicts, entities,
                                  framing, timeline, removed lines
    entity_view, outlet_view      across stories: rashomon.web.across (re-exported here)

Every string from an article stays a plain string here; the templates escape it. The only
markup built in Python is the article body, assembled from escaped pieces by the renderer's
highlight helpers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup

from ..model import Article, Report, Sentence
from ..renderers.common import ReportIndex, quoted  # noqa: F401  (quoted: the pages' filter)
from ..renderers.view import ShownDate, report_view, timeline  # noqa: F401  (timeline: re-exported)
from ..store.facade import StoredArticle, StorySummary
from .across import StoryReport, entity_key, entity_view, outlet_view, story_title  # noqa: F401  (re-exported)

SENTENCE_MARKS = {"shared": "=", "unique": "+", "conflict": "!"}


def outlet_href(name: str) -> str:
    """The address of an outlet's page: /outlets/NAME ("a/b" keeps its slash: the route takes a
    path). A name with a segment "." or ".." (an outlet called "..", "x/../y") goes in the query,
    /outlets?name=..: a browser resolves dot segments away, written %2E%2E too, before it asks,
    so such a name has no working path of its own."""
    if any(part in {".", ".."} for part in name.split("/")):
        return "/outlets?" + urlencode({"name": name})
    return "/outlets/" + quote(name, safe="/")


# --- dates -------------------------------------------------------------------------------------


def article_dates(articles: Sequence[Article], stored: Sequence[StoredArticle] = ()) -> dict[str, ShownDate]:
    """Article id -> the date to show: the report's date, else the stored article's date, else
    the time the article was stored (``kind="stored"``). Articles matched to no stored article
    and without a date of their own are left out (shown as undated): nothing is invented.

    A report's article is matched to its stored article by URL, then by path, then by outlet
    and title, each only when it names exactly one stored article.
    """
    keys: dict[tuple[str, ...], list[StoredArticle]] = defaultdict(list)
    for item in stored:
        if item.url:
            keys[("url", item.url)].append(item)
        if item.path:
            keys[("path", item.path)].append(item)
        keys[("title", item.source, item.title)].append(item)
    out: dict[str, ShownDate] = {}
    for article in articles:
        if article.date:
            out[article.id] = ShownDate("published", article.date)
            continue
        match = None
        for key in (("url", article.url or ""), ("path", article.path or ""), ("title", article.source, article.title)):
            if key[1] or key[0] == "title":
                found = keys.get(key, [])
                if len(found) == 1:
                    match = found[0]
                    break
        if match is None:
            continue
        if match.date:
            out[article.id] = ShownDate("published", match.date)
        elif match.ingested_at:
            out[article.id] = ShownDate("stored", match.ingested_at)
    return out


# --- the story page --------------------------------------------------------------------------


def story_sentence(sentence: Sentence, index: ReportIndex, inner: Markup) -> Markup:
    """A sentence of the story page: ``<span class="sent shared" id="sent-a1.s3" data-sid="a1.s3">``."""
    kinds = index.sentence_classes(sentence.id)
    note = index.sentence_note(sentence.id)
    marks = "".join(SENTENCE_MARKS[k] for k in kinds)
    if not note:
        return Markup('<span class="{}" id="sent-{}" data-sid="{}" data-mark="{}" title="{}">{}</span>').format(
            " ".join(["sent", *kinds]), sentence.id, sentence.id, marks, sentence.id, inner)
    # A marked sentence is a Tab stop: its note shows on keyboard focus (CSS), not only on hover.
    return Markup('<span class="{}" id="sent-{}" data-sid="{}" data-mark="{}" title="{}" tabindex="0">{}</span>').format(
        " ".join(["sent", *kinds]), sentence.id, sentence.id, marks, f"{sentence.id}: {note}", inner)


def story_view(report: Report, stored: Sequence[StoredArticle] = ()) -> dict[str, Any]:
    """Everything the story page shows, from one report (and the story's stored articles, for
    the dates the report lacks): the report body the CLI's HTML report shows too."""
    return report_view(report, story_sentence, dates=article_dates(report.articles, stored), entity_key=entity_key)


# --- the story list --------------------------------------------------------------------------


def outlet_count(story: StorySummary) -> int:
    """How many outlets a story has: its named outlets, or, when none of its articles names
    one, its number of articles (unnamed sources count apart, as :meth:`Store.story_page` does)."""
    return len(story.outlets) if story.outlets else story.size


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list: ``items`` are ``total[offset:offset + limit]``."""

    items: list[Any]
    total: int
    offset: int
    limit: int

    @property
    def first(self) -> int:
        """The 1-based position of the first item shown (0 when none is)."""
        return self.offset + 1 if self.items else 0

    @property
    def last(self) -> int:
        return self.offset + len(self.items)

    @property
    def previous_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None


def page_query(path: str, params: dict[str, Any], offset: int | None) -> str:
    """``path`` with the non-empty ``params`` and ``offset`` (left out when 0) as its query."""
    query = {k: v for k, v in params.items() if v not in (None, "")}
    if offset:
        query["offset"] = offset
    return f"{path}?{urlencode(query)}" if query else path


def clean_date(value: str | None) -> str:
    """An ISO date from a form field, or "" (anything else, 2026-13-01 included, is ignored, not an error)."""
    from ..store.browse import is_iso_day

    value = (value or "").strip()
    return value if is_iso_day(value) else ""


