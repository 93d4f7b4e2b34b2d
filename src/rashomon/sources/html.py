"""HTML to a Document with trafilatura: main text, title, date and outlet."""

from __future__ import annotations

import logging

from ..errors import NoArticle
from ..model import Document
from .detect import detect_language, normalize_text
from .addresses import host_of

logger = logging.getLogger(__name__)

# Less than this is a menu or a footer that the extractor fell back on, not an article.
MIN_ARTICLE_WORDS = 12


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head or "<div" in head


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
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # a third-party parser on untrusted input: keep the reason
        raise NoArticle(source, f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc
    text = normalize_text(result.text or "") if result is not None else ""
    if not text.strip():
        raise NoArticle(source, "no article text found in the HTML")
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        raise NoArticle(source, f"no article text found in the HTML (only {words} words: {text[:60]!r})")
    page_url = url or result.url or None
    outlet = (result.sitename or "").strip() or host_of(page_url) or fallback_source
    return Document(
        text=text,
        title=(result.title or "").strip() or fallback_title,
        source=outlet,
        path=path,
        url=page_url,
        date=result.date or None,
        language=detect_language(text),
        origin=source,
    )
