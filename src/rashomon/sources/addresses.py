"""What an input's address says, without the network: whether it is a URL, and its host.

Kept apart from :mod:`.url` (the HTTP client) so that reading local files never imports httpx.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# "www.example.org/story", "example.org/news/1": a host name with a top-level domain of letters,
# then a path (or a "www." host alone); what a browser's address bar accepts without a scheme.
_BARE_ADDRESS = re.compile(
    r"(?:www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?::\d+)?(?:/\S*)?"
    r"|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?::\d+)?/\S*)"
)


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https") and bool(urlsplit(text).netloc)


def bare_address(text: str) -> bool:
    """Whether ``text`` reads as a web address written without its scheme ("www.example.org/story"),
    so that a missing file of that name can say how to give the page."""
    return bool(_BARE_ADDRESS.fullmatch(text)) and "://" not in text


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address with a host, written without whitespace or control
    characters; otherwise None. An article's URL is shown and may become a link, so a
    ``javascript:``, ``data:``, ``vbscript:`` or ``file:`` address (or a relative one) is never
    kept as an article's."""
    if not url or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def host_of(url: str | None) -> str:
    """The host of ``url`` without "www." ("" when there is none)."""
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
