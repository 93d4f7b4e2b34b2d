"""The network, behind one function: :func:`fetch` takes an ``httpx.Client``.

Tests hand in a client built on ``httpx.MockTransport``; nothing else in ingest touches the
network.

Which addresses a fetch may reach is decided by the client: :func:`make_client` with
``allow_private_urls=False`` (the web app's default; the CLI allows them) builds one whose
every request, redirects included, passes :class:`UrlGuard`: the host is resolved and refused
when any of its addresses is loopback, private, link-local, reserved, multicast, unspecified
or otherwise not global (IPv4 and IPv6, IPv4-mapped IPv6 unwrapped first). The connection is
then made to the address that was checked, not to a second look-up, so a name that resolves
to a public address once and to a private one next (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import metadata
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..errors import FetchError, TooLarge
from .addresses import host_of, is_url  # noqa: F401  (part of this module's interface)

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
        # JSON Lines dumps, by the names servers give them
        "application/x-ndjson",
        "application/jsonl",
        "application/x-jsonlines",
    }
)


def user_agent() -> str:
    try:
        version = metadata.version("rashomon")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"rashomon/{version}"


# --- which addresses a fetch may reach ---------------------------------------------------------

Resolver = Callable[[str, int], list[str]]  # (host, port) -> the IP addresses it resolves to


def system_resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, through the system resolver."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def address_refusal(address: str) -> str | None:
    """Why a fetch may not reach ``address`` (an IP literal), or None when it is public."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for test, what in (
        ("is_loopback", "loopback"),
        ("is_link_local", "link-local"),
        ("is_multicast", "multicast"),
        ("is_unspecified", "unspecified"),
        ("is_private", "private"),
        ("is_reserved", "reserved"),
    ):
        if getattr(ip, test):
            return f"{ip} is a {what} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


@dataclass(frozen=True, slots=True)
class UrlGuard:
    """Refuses URLs whose host is, or resolves to, an address that is not public.

    ``allow_private=True`` lets everything through (the CLI's default). ``resolve`` is the
    host look-up; tests hand in a fake one.
    """

    allow_private: bool = False
    resolve: Resolver = system_resolve

    def addresses(self, url: str, host: str, port: int) -> list[str]:
        """The addresses of ``host`` that a fetch may use; raises FetchError when any is refused."""
        host = host.strip("[]")
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
            addresses = [host]
        except ValueError:
            try:
                addresses = self.resolve(host, port)
            except (OSError, UnicodeError) as exc:
                raise FetchError(url, f"cannot resolve {host!r}: {exc}") from exc
            if not addresses:
                raise FetchError(url, f"cannot resolve {host!r}: no address")
        if not self.allow_private:
            for address in addresses:
                reason = address_refusal(address)
                if reason:
                    raise FetchError(url, f"refused: {host} -> {reason} (private addresses are not allowed here)")
        return addresses

    def check(self, url: str) -> list[str]:
        """Raise FetchError unless ``url`` is http(s) with a host a fetch may reach."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise FetchError(url, f"invalid URL: {exc}") from exc
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise FetchError(url, "only http and https URLs with a host can be fetched")
        return self.addresses(url, parts.hostname, port or (443 if parts.scheme.lower() == "https" else 80))


class GuardedTransport(httpx.BaseTransport):
    """Checks every request's URL with a :class:`UrlGuard` before handing it on.

    The client sends each redirect as a new request through its transport, so every hop of
    a redirect chain is checked.
    """

    def __init__(self, guard: UrlGuard, inner: httpx.BaseTransport) -> None:
        self.guard = guard
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.guard.check(str(request.url))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class _PinnedBackend:
    """An httpcore network backend that connects only to addresses the guard accepted.

    The host is resolved once, here; the connection goes to one of those addresses (TLS still
    verifies the host name), so the guard's answer and the connection cannot disagree.
    """

    def __init__(self, guard: UrlGuard, inner: Any) -> None:
        self.guard = guard
        self.inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> Any:
        error: Exception | None = None
        for address in self.guard.addresses(f"{host}:{port}", host, port):
            try:
                return self.inner.connect_tcp(address.split("%", 1)[0], port, timeout=timeout, local_address=local_address, socket_options=socket_options)
            except Exception as exc:  # noqa: BLE001 - try the next address, raise the last failure
                error = exc
        assert error is not None
        raise error

    def __getattr__(self, name: str) -> Any:  # connect_unix_socket, sleep
        return getattr(self.inner, name)


def guarded_transport(guard: UrlGuard) -> httpx.BaseTransport:
    """A real network transport whose connections go only where ``guard`` allows."""
    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    if pool is not None and hasattr(pool, "_network_backend"):
        pool._network_backend = _PinnedBackend(guard, pool._network_backend)
    else:  # another httpx: the URL check alone still runs on every hop
        logger.warning("cannot pin connections to checked addresses with this httpx; checking URLs only")
    return GuardedTransport(guard, transport)


def make_client(
    timeout: float,
    *,
    allow_private_urls: bool = True,
    resolve: Resolver | None = None,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """The client :func:`fetch` uses. ``allow_private_urls=False`` puts a :class:`UrlGuard`
    on every request (and ignores proxy settings, so connections go where they were checked).

    ``transport`` (tests: an ``httpx.MockTransport``) replaces the network under the guard.
    """
    headers = {"User-Agent": user_agent()}
    if allow_private_urls:
        return httpx.Client(headers=headers, follow_redirects=True, timeout=timeout, transport=transport)
    guard = UrlGuard(allow_private=False, resolve=resolve or system_resolve)
    wrapped = GuardedTransport(guard, transport) if transport is not None else guarded_transport(guard)
    return httpx.Client(headers=headers, follow_redirects=True, timeout=timeout, transport=wrapped, trust_env=False)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body we accepted, with what we need to read it."""

    url: str  # after redirects
    content_type: str  # media type only, lower case ("" when the server sent none)
    charset: str | None
    body: bytes


def total_deadline(timeout: float) -> float:
    """Seconds one fetch may take in all: twice the read timeout (a server that drips a few
    bytes within each read timeout is cut off here)."""
    return 2 * timeout


def fetch(url: str, *, client: httpx.Client, max_bytes: int, timeout: float, deadline: float | None = None) -> Fetched:
    """GET ``url``; the body is streamed and abandoned past ``max_bytes``, or when the whole
    fetch has taken more than ``deadline`` seconds (default :func:`total_deadline`).

    Raises FetchError (network failure, timeout, HTTP status >= 400, a content type that is
    not text, past the deadline) or TooLarge.
    """
    deadline = total_deadline(timeout) if deadline is None else deadline
    started = time.monotonic()
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
                if time.monotonic() - started > deadline:
                    raise FetchError(url, f"took more than {deadline:g} s in all (stopped after {len(body):,} bytes)")
            final_url = str(response.url)
    except FetchError as exc:  # the guard refused this URL, a redirect hop or a connection
        if exc.source == url:
            raise
        raise FetchError(url, f"{exc.reason} (at {exc.source})") from exc
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
