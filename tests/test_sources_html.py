"""HTML pages to documents (sources/html.py): the page's date."""

import pytest

from rashomon.sources.html import extract_html

_BODY = "<p>The council met on Tuesday and voted on the plan to repair the roads of the city over the summer.</p>"


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}{_BODY}</article></body></html>"


@pytest.mark.parametrize("sentence", [
    "The audit covered the years 2022 to 2025.",
    "The plant opened in 1998 and employed 400 people.",
    "The plant closed in March 2024.",
    "Copyright 2025 The Gazette.",
])
def test_a_bare_year_in_the_text_is_no_date_of_the_page(sentence):
    """A year alone says no day: the page is not dated 1 January of it."""
    assert extract_html(_page(body=f"<p>{sentence}</p>"), source="page.html").date is None


@pytest.mark.parametrize("head, body, date", [
    ('<meta property="article:published_time" content="2026-03-04T10:00:00Z">', "<p>It opened in 1998.</p>", "2026-03-04"),
    ("", '<time datetime="2026-03-05">5 March</time><p>It opened in 1998.</p>', "2026-03-05"),
    ("", "<p>Published 3 March 2026</p>", "2026-03-03"),
    ("", "<p>Posted January 1, 2026</p>", "2026-01-01"),
    ("", "<p>Filed 01.01.2026</p>", "2026-01-01"),
])
def test_a_date_the_page_writes_is_its_date(head, body, date):
    assert extract_html(_page(head, body), source="page.html").date == date


def test_a_noscript_notice_inside_the_article_leaves_its_paragraphs_apart():
    """A "please enable JavaScript" notice in <noscript> inside the article made the extractor
    run every paragraph (the headline too) into one line, the notice kept in it."""
    page = ("<html><head><title>Roads</title></head><body><article><h1>Council backs road plan</h1>"
            "<p>The council met on Tuesday and voted on the plan to repair the roads of the city over the summer.</p>"
            "<noscript>Please enable JavaScript to see the map.</noscript>"
            "<p>Work on the first streets starts in June, the council said, and ends before the autumn rains.</p>"
            "</article></body></html>")
    lines = extract_html(page, source="page.html").text.splitlines()
    assert lines[0] == "Council backs road plan"
    assert len(lines) == 3 and not any("JavaScript" in line for line in lines)


@pytest.mark.parametrize("url", ["https://WWW.North.Example/a", "http://north.example:8080/a", "https://www.north.example/a"])
def test_a_page_without_a_site_name_is_named_by_its_host_as_a_text_page_is(url):
    """The extractor falls back on the address as written ("WWW.North.Example", "north.example:8080")
    where a text page, a record and a feed entry of the same site are named "north.example"."""
    assert extract_html(_page(), source=url, url=url).source == "north.example"


def test_a_page_s_own_site_name_is_kept():
    page = _page('<meta property="og:site_name" content="The North Post">')
    assert extract_html(page, source="p", url="https://north.example/a").source == "The North Post"


def test_a_document_holding_a_whole_page_is_read_as_the_page():
    """rashomon.compare([Document(text=page_source)]): the page's article, its title and site name
    where the Document gives none (the markup was read as text)."""
    from rashomon.model import Document
    from rashomon.sources.reading import read_sources

    body = "".join(f"<p>The quay at Ostmere was closed on Tuesday after crack number {n} was found in its wall.</p>" for n in range(3))
    page = ('<!DOCTYPE html><html><head><title>Quay shut | Harbour Post</title><meta property="og:site_name" content="Harbour Post">'
            f"</head><body><article><h1>Quay shut</h1>{body}</article></body></html>")
    (read,), skipped = read_sources([Document(text=page, origin="pasted")])
    assert skipped == [] and read.source == "Harbour Post" and "<p>" not in read.text and "crack number 2" in read.text
    (named,), _ = read_sources([Document(text=page, title="Own title", source="Own outlet")])
    assert (named.title, named.source) == ("Own title", "Own outlet") and named.text.startswith("Own title\n")
