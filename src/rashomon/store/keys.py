"""The keys the store finds things by: an article's content hash and canonical URL (it is
stored once by them), and a cached embedding's key."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit

__all__ = ["canonical_url", "content_hash", "embedding_key"]


def content_hash(text: str) -> str:
    """sha256 of the casefolded text with whitespace runs collapsed: the same words, the same hash."""
    normalised = " ".join(text.casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """The URL with tracking parameters, default ports and the fragment removed (via courlan).

    Not a URL (a path, an empty string, ``None``) gives ``None``: such documents are
    deduplicated by content alone.
    """
    if not url or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    from courlan import normalize_url, scrub_url

    try:
        # Non-strict: strict mode keeps only a fixed list of query parameters and would merge
        # distinct articles addressed by an unusual parameter (?story=123).
        normal = normalize_url(scrub_url(url), strict=False)
    except (ValueError, AttributeError):
        normal = url
    # A fragment never names a different article.
    return urlunsplit(urlsplit(normal)._replace(fragment=""))


def embedding_key(backend: str, text: str) -> str:
    """The cache key of ``text`` embedded by ``backend``: ``"<backend>:<sha256 of the text>"``."""
    return f"{backend}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"
