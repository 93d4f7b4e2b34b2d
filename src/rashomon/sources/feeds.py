"""RSS and Atom feeds (feedparser): each entry's link is fetched and extracted.

When an entry's page cannot be had, its own content or summary stands in if it is long
enough to be an article; otherwise the entry is reported with both reasons.
"""

from __future__ import annotations

import html
import io
import logging
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import EmptyInput, InputError
from ..model import Document
from .detect import detect_language, normalize_text
from .records import MalformedInput
from .addresses import host_of, web_url

logger = logging.getLogger(__name__)

MIN_SUMMARY_WORDS = 50  # a summary shorter than this is a teaser, not an article

_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(p|div|li|h[1-6]|blockquote|tr)\s*>")
_TAG = re.compile(r"<[^>]+>")


def looks_like_feed(text: str) -> bool:
    head = text[:2048].lstrip()
    return bool(_FEED_ROOT.search(head)) and not head.lower().startswith(("<!doctype html", "<html"))


def html_to_text(fragment: str) -> str:
    """Markup of a feed summary to plain text, one paragraph a line."""
    text = _BLOCK_END.sub("\n", fragment)
    text = html.unescape(_TAG.sub("", text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
    return entry.get("published") or entry.get("updated") or None


def _entry_body(entry: Any) -> str:
    """The longest text the entry itself carries (Atom content, RSS description)."""
    candidates = [part.get("value", "") for part in entry.get("content", [])]
    candidates.append(entry.get("summary", ""))
    texts = [html_to_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def read_feed(
    data: bytes | str, *, source: str, fetch_page: Callable[[str], Document]
) -> Iterator[Document | InputError]:
    """Documents for the entries of the feed in ``data``.

    ``fetch_page(url)`` fetches and extracts one linked page or raises InputError.
    """
    import feedparser

    # A stream, so feedparser never takes the text for a path or a URL to open; the text is
    # already decoded, so its UTF-8 bytes override the encoding the XML prolog declares.
    raw = data.encode("utf-8") if isinstance(data, str) else data
    headers = {"content-type": "application/xml; charset=utf-8"} if isinstance(data, str) else {}
    parsed = feedparser.parse(io.BytesIO(raw), response_headers=headers)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise MalformedInput(source, f"not an RSS or Atom feed{f' ({problem})' if problem else ''}")
    if not parsed.entries:
        raise EmptyInput(source, "feed has no entries")
    feed_title = (parsed.feed.get("title") or "").strip()
    for number, entry in enumerate(parsed.entries, start=1):
        link = (entry.get("link") or "").strip()
        origin = link or f"{source}#entry{number}"
        title = html_to_text(entry.get("title", "")).strip()
        try:
            yield _entry_document(entry, number, link, origin, title, feed_title, fetch_page)
        except InputError as exc:
            yield exc


def _entry_document(
    entry: Any,
    number: int,
    link: str,
    origin: str,
    title: str,
    feed_title: str,
    fetch_page: Callable[[str], Document],
) -> Document:
    problem = "entry has no link"
    if link:
        try:
            page = fetch_page(link)
        except InputError as exc:
            problem = f"link not usable ({exc.reason})"
        else:
            return Document(
                text=page.text,
                title=page.title or title,
                source=page.source or host_of(link) or feed_title,
                path=None,
                url=page.url or web_url(link),
                date=page.date or _entry_date(entry),
                language=page.language,
                origin=origin,
            )
    body = normalize_text(_entry_body(entry))
    words = len(body.split())
    if words < MIN_SUMMARY_WORDS:
        raise EmptyInput(origin, f"{problem}, and the entry's own text is too short ({words} words < {MIN_SUMMARY_WORDS})")
    logger.warning("%s: %s; using the entry's own text (%d words)", origin, problem, words)
    return Document(
        text=body,
        title=title,
        source=host_of(link) or feed_title,
        url=web_url(link),
        date=_entry_date(entry),
        language=detect_language(body),
        origin=origin,
    )
