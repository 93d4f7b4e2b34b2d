"""rashomon.web.views without a server: quoting, the dates shown, the story filter and pages."""

from __future__ import annotations

import pytest

from rashomon.model import Article
from rashomon.store.facade import StoredArticle, StorySummary
from rashomon.web.views import Page, article_dates, outlet_count, page_query, quoted


# --- quoting ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    '"We were ready," the mayor said.',
    "\u201cWe were ready,\u201d the mayor said.",
    "The mayor said: \u201cWe were ready.\u201d",
    "\u00abNous \u00e9tions pr\u00eats\u00bb",
    "'heroes'",
    '  "padded"  ',
])
def test_already_quoted_text_gets_no_second_pair_of_quotes(text: str) -> None:
    html = str(quoted(text))
    assert "<q>" not in html
    assert html.startswith('<span class="quoted">')


@pytest.mark.parametrize("text", ["The mayor said they were ready.", "the workers\u2019", "heroes", ""])
def test_plain_text_is_quoted_by_q(text: str) -> None:
    assert str(quoted(text)).startswith("<q>")


def test_quoted_escapes_the_text() -> None:
    assert str(quoted('"<b>x</b>"')) == '<span class="quoted">&#34;&lt;b&gt;x&lt;/b&gt;&#34;</span>'
    assert str(quoted("<script>")) == "<q>&lt;script&gt;</q>"


# --- dates -----------------------------------------------------------------------------------


def _article(aid: str, **kwargs: object) -> Article:
    return Article(id=aid, source=str(kwargs.pop("source", "Courier")), title=str(kwargs.pop("title", "T")), text="x", **kwargs)


def _stored(i: int, **kwargs: object) -> StoredArticle:
    fields = {"id": i, "content_hash": f"h{i}", "canonical_url": None, "source": "Courier", "title": "T", "text": "x",
              "ingested_at": f"2026-11-2{i}T08:00:00+00:00"}
    fields.update(kwargs)
    return StoredArticle(**fields)


def test_a_published_date_wins_and_a_stored_time_is_labelled_as_such() -> None:
    articles = [
        _article("a1", date="2024-03-12"),
        _article("a2", path="/news/b.txt", title="B"),
        _article("a3", url="https://example.org/c", title="C"),
        _article("a4", title="D", source="Dispatch"),
    ]
    stored = [
        _stored(1, date="2024-03-12"),
        _stored(2, path="/news/b.txt", title="B"),
        _stored(3, url="https://example.org/c", title="C", date="2024-03-14T10:00:00Z"),
        _stored(4, title="D", source="Dispatch"),
    ]
    dates = article_dates(articles, stored)
    assert (dates["a1"].kind, dates["a1"].value) == ("published", "2024-03-12")
    assert (dates["a2"].kind, dates["a2"].day) == ("stored", "2026-11-22")
    assert (dates["a3"].kind, dates["a3"].value) == ("published", "2024-03-14T10:00:00Z"), "the store's date when the report lacks one"
    assert (dates["a4"].kind, dates["a4"].day) == ("stored", "2026-11-24")


def test_no_date_is_invented_for_an_unmatched_or_ambiguous_article() -> None:
    articles = [_article("a1", title="Same"), _article("a2", title="Nowhere")]
    stored = [_stored(1, title="Same"), _stored(2, title="Same")]  # two candidates: no match
    assert article_dates(articles, stored) == {}
    assert article_dates(articles) == {}


# --- the story list --------------------------------------------------------------------------


def _story(i: int, outlets: tuple[str, ...], size: int) -> StorySummary:
    return StorySummary(id=i, title=f"s{i}", size=size, outlets=outlets, first_date=None, last_date=None)


def test_outlet_count_is_named_outlets_or_else_articles() -> None:
    stories = [_story(1, ("A",), 1), _story(2, ("A", "B"), 2), _story(3, ("A",), 3), _story(4, (), 2), _story(5, (), 1)]
    assert [outlet_count(s) for s in stories] == [1, 2, 1, 2, 1]


def test_paginate_and_page_links() -> None:
    first = Page(items=list(range(50)), total=120, offset=0, limit=50)
    assert (first.first, first.last, first.total) == (1, 50, 120)
    assert first.previous_offset is None and first.next_offset == 50
    last = Page(items=list(range(100, 120)), total=120, offset=100, limit=50)
    assert (last.first, last.last) == (101, 120) and last.next_offset is None and last.previous_offset == 50
    middle = Page(items=list(range(30, 80)), total=120, offset=30, limit=50)
    assert middle.previous_offset == 0
    empty = Page(items=[], total=0, offset=0, limit=50)
    assert (empty.first, empty.last, empty.next_offset, empty.previous_offset) == (0, 0, None, None)
    assert page_query("/", {"q": "fire & smoke", "outlet": "", "limit": None}, 50) == "/?q=fire+%26+smoke&offset=50"
    assert page_query("/", {"q": ""}, 0) == "/"


# --- the timeline ------------------------------------------------------------------------------


def test_undated_articles_are_listed_as_undated_not_placed_on_the_timeline() -> None:
    from rashomon.web.views import timeline

    articles = [_article("a1", date="2026-03-11T09:00:00"), _article("a2", source="Ledger"), _article("a3", source="Post")]
    line = timeline(articles)
    assert [p.article for p in line.points] == ["a1"]
    assert line.undated == [("a2", "Ledger"), ("a3", "Post")]
