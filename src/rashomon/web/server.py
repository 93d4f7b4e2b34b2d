"""Running the app with uvicorn: what ``rashomon serve`` calls.

A server that listens beyond loopback needs a write token: the one given (``--token`` or
``RASHOMON_TOKEN``), or one generated here and printed once. On loopback, writes are open
unless a token is given.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

from ..errors import MissingExtra
from ..settings import Settings
from .config import WebLimits
from .security import is_loopback

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TokenDecision:
    token: str | None
    generated: bool


def decide_token(host: str, token: str | None) -> TokenDecision:
    """The token a server on ``host`` uses: the given one, a new one beyond loopback, or none."""
    token = (token or "").strip() or None
    if token is not None:
        if len(token) < 16:
            raise ValueError("the token must be at least 16 characters long")
        return TokenDecision(token, False)
    if is_loopback(host):
        return TokenDecision(None, False)
    return TokenDecision(secrets.token_urlsafe(24), True)


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    db: str | None = None,
    token: str | None = None,
    allow_private_urls: bool = False,
    settings: Settings | None = None,
    max_compares: int = 0,
    refresh_every: float = 0.0,
    outlets_file: str | None = None,
    announce=print,  # noqa: ANN001 - where the token and address are told
) -> None:
    """Build the app and run it until interrupted."""
    try:
        import uvicorn
    except ImportError as exc:
        raise MissingExtra("web", "uvicorn", "rashomon serve") from exc
    from .app import create_app

    if settings is not None and settings.embedder != "auto":
        from ..backends.embedders import get_embedder

        get_embedder(settings.embedder)  # an unknown name or a missing extra fails here, not in every comparison
    decision = decide_token(host, token)
    limits = WebLimits(max_running_compares=max_compares)
    if settings is not None:
        limits = limits.replace(max_article_bytes=settings.max_bytes)
    app = create_app(db, settings=settings, token=decision.token, allow_private_urls=allow_private_urls, limits=limits,
                     refresh_every=refresh_every, outlets_file=outlets_file)
    if limits.compare_in == "process":
        from .workers import shared_workers

        shared_workers().warm(limits.running_compares(), app.state.web.settings)
    shown_host = f"[{host}]" if ":" in host else host
    if decision.generated:
        announce(f"listening beyond loopback: writes need this token (Authorization: Bearer <token>, "
                 f"or open http://{shown_host}:{port}/login?token=<token> once in a browser):\n{decision.token}")
    elif decision.token:
        announce("writes need the token given (Authorization: Bearer <token>, or /login?token=<token> in a browser)")
    announce(f"rashomon at http://{shown_host}:{port}/ (store: {app.state.web.store!r})")
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)
    except SystemExit as exc:  # uvicorn's exit code 3 when it cannot start (the port in use, say)
        if exc.code in (0, None):
            raise
        raise ValueError(f"could not serve at http://{shown_host}:{port}/ (the reason is in the line above)") from None
