"""HTML to a Document with trafilatura: main text, title, date and outlet."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from ..errors import NoArticle
from ..model import Document
from .detect import detect_language, normalize_text
from .addresses import host_of, web_url

logger = logging.getLogger(__name__)

# Less than this is a menu or a footer that the extractor fell back on, not an article.
MIN_ARTICLE_WORDS = 12
# What a page shows browsers without scripts ("please enable JavaScript"): never the article. Left
# in the article's markup, its text makes trafilatura run every paragraph into one line.
_NOSCRIPT = re.compile(r"<noscript\b[^>]*>.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return looks_like_page(head) or "<body" in head or "<p>" in head or "<div" in head


def looks_like_page(text: str) -> bool:
    """Whether ``text`` is a whole web page: what a text file saved from a browser holds. An
    article that only quotes a tag does not open with one."""
    return text.lstrip("\ufeff \t\r\n")[:15].lower().startswith(("<!doctype html", "<html"))


def extract_html(
    html: str,
    *,
    source: str,
    url: str | None = None,
    fallback_source: str = "",
    fallback_title: str = "",
    path: str | None = None,
) -> Document:
    """The article in ``html``: one paragraph per line, metadata where the page has it.

    ``source`` names the input in errors. The outlet is the page's site name, else the host
    of its URL, else ``fallback_source``. Raises NoArticle when there is no main text.
    """
    import trafilatura

    try:
        result = trafilatura.bare_extraction(_NOSCRIPT.sub("", html), url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # a third-party parser on untrusted input: keep the reason
        raise NoArticle(source, f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc
    text = normalize_text(result.text or "") if result is not None else ""
    if not text.strip():
        raise NoArticle(source, "no article text found in the HTML")
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        raise NoArticle(source, f"no article text found in the HTML (only {words} words: {text[:60]!r})")
    page_url = web_url(url) or web_url(result.url)
    outlet = _site_name(result.sitename, page_url) or host_of(page_url) or fallback_source
    return Document(
        text=text,
        title=(result.title or "").strip() or fallback_title,
        source=outlet,
        path=path,
        url=page_url,
        date=_page_date(result.date, html),
        language=detect_language(text),
        origin=source,
    )


def _page_date(found: str | None, html: str) -> str | None:
    """The page's date as trafilatura (htmldate, markup first, then the page's text) found it. Its
    last resort reads a year alone ("opened in 1998", "from 2022 to 2025", "Copyright 2025") as 1
    January of it: such a date is dropped unless the page writes that day."""
    if not found or not found.endswith("-01-01") or _writes_new_year(html, found[:4]):
        return found or None
    return None


def _writes_new_year(html: str, year: str) -> bool:
    """Whether ``html`` writes 1 January of ``year``: 2026-01-01, 01.01.2026, 1/1/2026, "1 January
    2026", "Jan. 1, 2026", "1er janvier 2026", "1. Januar 2026", "1 de enero de 2026"."""
    month = r"(?:jan|jän|ene|gen)[a-zé]*\.?"
    day = r"0?1(?:st|er|\.|º)?"
    forms = (
        rf"{year}[-/.]0?1[-/.]0?1(?!\d)",
        rf"(?<!\d)0?1[-/.]0?1[-/.]{year}",
        rf"(?<!\d){day}\s+(?:of\s+|de\s+)?{month},?\s+(?:de\s+)?{year}",
        rf"\b{month}\s+{day},?\s+{year}",
    )
    return any(re.search(form, html, re.IGNORECASE) for form in forms)


def _site_name(name: str | None, url: str | None) -> str:
    """The page's own site name; "" when the extractor fell back on the address as written
    ("WWW.North.Example", "north.example:8080"), which :func:`host_of` writes the way a text page,
    a record and a feed entry of the site are named ("north.example")."""
    name = (name or "").strip()
    if url and name:
        netloc = urlsplit(url).netloc.rpartition("@")[2].lower()
        if name.lower().removeprefix("www.") in (netloc.removeprefix("www."), host_of(url)):
            return ""
    return name

