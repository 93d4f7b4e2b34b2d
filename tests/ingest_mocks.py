"""A canned network for the ingest tests: an httpx client that answers from a table of routes.

Nothing here opens a socket.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from rashomon.model import Skipped

DATA = Path(__file__).parent / "data" / "ingest"

ARTICLE_HTML = (DATA / "article.html").read_bytes()
NO_SITENAME_HTML = (DATA / "nositename.html").read_bytes()

Route = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def mock_client(routes: dict[str, Route], seen: list[httpx.Request] | None = None) -> httpx.Client:
    """A client whose transport answers from ``routes``; an unknown URL gets a 404."""

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        answer = routes.get(str(request.url))
        if answer is None:
            return httpx.Response(404)
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer

    return httpx.Client(transport=httpx.MockTransport(handler))


def html_response(body: bytes = ARTICLE_HTML, content_type: str = "text/html; charset=utf-8") -> httpx.Response:
    return httpx.Response(200, headers={"Content-Type": content_type}, content=body)


def only(items: list[Skipped], source_suffix: str) -> Skipped:
    matches = [s for s in items if s.source.endswith(source_suffix)]
    assert len(matches) == 1, (source_suffix, items)
    return matches[0]
