"""What keeps the server safe to expose: the token, the body cap, the response headers.

    is_loopback(host)        True for 127.0.0.0/8, ::1 and "localhost"
    TokenCheck               the write token: ``Authorization: Bearer <token>`` (API), the
                             ``token`` form field or the ``rashomon_token`` cookie (pages),
                             compared in constant time
    BodyLimit                ASGI middleware: a body over the cap is refused with 413 before
                             the app reads it all (Content-Length first, then counted bytes)
    SecurityHeaders          ASGI middleware: CSP without inline scripts, nosniff, no referrer
    HeadAsGet                ASGI middleware: HEAD answered as GET without the body
    same_origin(request)     a browser's cross-site POST is refused (its Origin is another site)
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from markupsafe import escape

from ..errors import RequestTooLarge

log = logging.getLogger(__name__)

TOKEN_COOKIE = "rashomon_token"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def is_loopback(host: str) -> bool:
    """True when ``host`` (an address or name a server binds to) is only reachable locally."""
    host = host.strip().strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class TokenCheck:
    """The write token; ``None`` means writes are open (a server on loopback)."""

    def __init__(self, token: str | None) -> None:
        self.token = token or None

    @property
    def required(self) -> bool:
        return self.token is not None

    def matches(self, candidate: str | None) -> bool:
        if self.token is None:
            return True
        if not candidate:
            return False
        return hmac.compare_digest(candidate.encode("utf-8"), self.token.encode("utf-8"))

    def bearer(self, authorization: str | None) -> str | None:
        """The token of an ``Authorization: Bearer <token>`` header."""
        scheme, _, value = (authorization or "").partition(" ")
        return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def same_origin(headers: Any, scheme: str) -> bool:
    """False when a browser says the request comes from another site.

    ``Sec-Fetch-Site`` decides when the browser sends it (``cross-site`` and ``same-site`` are
    refused). Otherwise an ``Origin`` naming another host is refused. ``Origin: null`` (what a
    browser sends for a form post under ``Referrer-Policy: no-referrer``) and requests with
    neither header (curl, scripts) pass: the token guards those.
    """
    fetch_site = (headers.get("sec-fetch-site") or "").lower()
    if fetch_site:
        return fetch_site in ("same-origin", "none")
    origin = headers.get("origin")
    if not origin or origin == "null":
        return True
    return urlsplit(origin).netloc.lower() == headers.get("host", "").lower()


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


async def _send_too_large(scope: Scope, send: Send, limit: int) -> None:
    message = f"the request body is larger than the limit of {limit:,} bytes"
    if _is_api(scope.get("path", "")):
        body = json.dumps({"error": {"message": message, "type": "TooLarge"}}).encode()
        content_type = b"application/json"
    else:
        body = (
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too large</title>"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main id=\"main\">"
            f"<h1>Too large</h1><p class=\"error\" role=\"alert\">{escape(message)}.</p>"
            "<p><a href=\"/compare\">Back to the compare form</a></p></main></body></html>"
        ).encode()
        content_type = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": 413, "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse a request body over ``limit`` bytes with 413 (JSON under /api, HTML elsewhere)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await _send_too_large(scope, send, self.limit)
            return
        seen = 0
        started = exceeded = replaced = False

        async def counted_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    exceeded = True
                    raise RequestTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            # The app may catch RequestTooLarge while parsing (FastAPI answers 400 then): once the
            # cap was passed, whatever the app answers is replaced by the 413.
            nonlocal started, replaced
            if replaced:
                return
            if exceeded and not started:
                replaced = True
                await _send_too_large(scope, send, self.limit)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except RequestTooLarge:
            if started:
                raise
            if not replaced:
                await _send_too_large(scope, send, self.limit)


class SecurityHeaders:
    """Add the CSP and the other security headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in present]
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """Answer ``HEAD`` on every page that answers ``GET`` (HTTP requires it; FastAPI's routes
    list GET only, so a monitor's or a link checker's ``HEAD /`` got 405): the request runs as
    GET and the answer keeps its status and headers (its length among them), without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
