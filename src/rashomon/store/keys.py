"""The keys the store finds things by: an article's content hash and canonical URL (it is
stored once by them), and a cached embedding's key."""

from __future__ import annotations

import hashlib
import html
import re
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

__all__ = ["canonical_url", "content_hash", "embedding_key"]


def content_hash(text: str) -> str:
    """sha256 of the casefolded text with whitespace runs collapsed: the same words, the same hash."""
    normalised = " ".join(text.casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """The URL with tracking parameters, default ports and the fragment removed (scheme, host and
    path normalised by courlan).

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
        scrubbed = urlsplit(html.unescape(scrub_url(url)))  # as courlan reads a URL string
        # The query is cleaned here, not by courlan: its tracker pattern matches a word anywhere
        # in a parameter's name and would merge distinct articles addressed by "SourceCode=...",
        # "sourceid=..." or "gallery=..." (strict mode keeps only a fixed list of parameters:
        # "?story=123" would go).
        normal = urlsplit(normalize_url(scrubbed._replace(query=""), strict=False))
    except (ValueError, AttributeError):
        return urlunsplit(parts._replace(fragment=""))
    query = _without_trackers(scrubbed.query)
    # A fragment never names a different article.
    return urlunsplit(normal._replace(path=normal.path or ("/" if query else ""), query=query, fragment=""))


# courlan's tracker names (campaign, click and referral tags), a word of them only as a whole word
# of the parameter's name ("ref", "utm_source", "ns_campaign"): "SourceCode=...", "sourceid=..."
# or "gallery=..." may be what tells two articles of one page apart.
_TRACKER = re.compile(
    r"^(?:dc|fbc|gc|twc|yc|ysc)lid|^(?:click|gbra|msclk|igsh|partner|wbra)id"
    r"|^(?:ads?|mc|ga|gs|itm|mkt|ml|mtm|ns|oly|pk|utm|vero)_"
    r"|(?:\b|_)(?:aff|affi|affiliate|campaign|cl?id|eid|ga|gl|kwd|keyword|medium|ref|referr?er|session|source|uid|xtor)"
    r"(?:\b|_|$)",
    re.IGNORECASE,
)


def _without_trackers(query: str) -> str:
    """The query's parameters in name order, tracking ones and empty values left out."""
    if not query:
        return ""
    kept = {name: values for name, values in sorted(parse_qs(query).items()) if not _TRACKER.search(name)}
    return urlencode(kept, doseq=True)


def embedding_key(backend: str, text: str) -> str:
    """The cache key of ``text`` embedded by ``backend``: ``"<backend>:<sha256 of the text>"``."""
    return f"{backend}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"
