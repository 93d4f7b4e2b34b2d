"""The web app and REST API: ``rashomon serve``, or :func:`create_app` in-process.

    app.py        create_app: the FastAPI app, its state, middleware and error handlers
    api.py        /api/compare, /api/stories, /api/stories/{id}, /healthz (JSON)
    pages.py      /, /stories/{id}, /entities/{key}, /outlets/{name}, /compare, /comparisons/{id} (HTML)
    inputs.py     what a compare request carries -> sources for rashomon.comparison.pipeline, capped
    views.py      what the pages show, built from reports (the story body: rashomon.renderers.view)
    across.py     the pages that read across stories: one entity, one outlet
    reports.py    stored stories' reports (and their page views), computed once and cached
    results.py    the compare form's recent results (downloads) and saved comparisons (permanent links)
    outlet_meta.py  the user's outlet list (CSV or TOML), shown as coverage by group
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
