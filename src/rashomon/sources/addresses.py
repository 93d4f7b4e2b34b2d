"""What an input's address says, without the network: whether it is a URL, and its host.

Kept apart from :mod:`.url` (the HTTP client) so that reading local files never imports httpx.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https") and bool(urlsplit(text).netloc)


def host_of(url: str | None) -> str:
    """The host of ``url`` without "www." ("" when there is none)."""
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
