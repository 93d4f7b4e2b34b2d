"""The network, behind one function: :func:`fetch` takes an ``httpx.Client``.

Tests hand in a client built on ``httpx.MockTransport``; nothing else in ingest touches the
network.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import metadata
from urllib.parse import urlsplit

import httpx

from ..errors import FetchError, TooLarge

logger = logging.getLogger(__name__)

# Content types we can read: pages, plain text, feeds. Anything else is refused before the
# body is read.
_TEXT_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/json",
    }
)


def user_agent() -> str:
    try:
        version = metadata.version("rashomon")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"rashomon/{version}"


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https") and bool(urlsplit(text).netloc)


def host_of(url: str | None) -> str:
    """The host of ``url`` without "www." ("" when there is none)."""
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def make_client(timeout: float) -> httpx.Client:
    return httpx.Client(headers={"User-Agent": user_agent()}, follow_redirects=True, timeout=timeout)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body we accepted, with what we need to read it."""

    url: str  # after redirects
    content_type: str  # media type only, lower case ("" when the server sent none)
    charset: str | None
    body: bytes


def fetch(url: str, *, client: httpx.Client, max_bytes: int, timeout: float) -> Fetched:
    """GET ``url``; the body is streamed and abandoned past ``max_bytes``.

    Raises FetchError (network failure, timeout, HTTP status >= 400, a content type that is
    not text) or TooLarge.
    """
    headers = {}
    if client.headers.get("User-Agent", "").startswith("python-httpx"):
        headers["User-Agent"] = user_agent()  # keep a caller's own User-Agent
    try:
        with client.stream("GET", url, headers=headers, timeout=timeout, follow_redirects=True) as response:
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            content_type, _, params = response.headers.get("Content-Type", "").partition(";")
            content_type = content_type.strip().lower()
            if content_type and content_type not in _TEXT_TYPES and not content_type.startswith("text/"):
                raise FetchError(url, f"content type {content_type!r} is not a web page, text or feed")
            declared_length = response.headers.get("Content-Length", "")
            if declared_length.isdigit() and int(declared_length) > max_bytes:
                raise TooLarge(url, f"{int(declared_length):,} bytes (Content-Length) over the limit of {max_bytes:,}")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise TooLarge(url, f"more than {max_bytes:,} bytes (stopped reading)")
            final_url = str(response.url)
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {timeout:g} s ({type(exc).__name__})") from exc
    except httpx.ConnectError as exc:
        raise FetchError(url, f"cannot connect: {exc or type(exc).__name__}") from exc
    except httpx.HTTPError as exc:  # too many redirects, protocol errors, bad URLs
        raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL: {exc}") from exc
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    logger.debug("fetched %s (%s, %d bytes)", final_url, content_type or "no content type", len(body))
    return Fetched(url=final_url, content_type=content_type, charset=charset, body=bytes(body))
