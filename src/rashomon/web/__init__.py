"""The web app and REST API: ``rashomon serve``, or :func:`create_app` in-process.

    app.py        create_app: the FastAPI app, its state, middleware and error handlers
    api.py        /api/compare, /api/stories, /api/stories/{id}, /healthz (JSON)
    pages.py      /, /stories/{id}, /entities/{key}, /outlets/{name}, /compare (HTML)
    inputs.py     what a compare request carries -> sources for rashomon.comparison.pipeline, capped
    views.py      what the pages show, built from reports
    reports.py    stored stories' reports, computed once and cached
    security.py   the write token, the body cap, the security headers
    config.py     WebLimits: the caps on one request

Needs the ``web`` extra (fastapi, uvicorn, python-multipart).
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def create_app(*args: Any, **kwargs: Any) -> Any:
    """Build the app (see :func:`rashomon.web.app.create_app`); MissingExtra without the web extra."""
    from .app import create_app as _create_app

    return _create_app(*args, **kwargs)
