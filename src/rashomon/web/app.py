"""The FastAPI app: its state, middleware, error handlers, routes and static files.

    create_app(store=..., settings=..., token=..., allow_private_urls=..., limits=...)

Reads are open. Writes (``POST /api/compare``, ``POST /compare``) need the token when one is
set (``rashomon serve`` sets one whenever it listens beyond loopback): ``Authorization:
Bearer <token>`` for the API; for the form, the ``token`` field or the cookie that
``GET /login?token=...`` (or a first successful form post) sets. Cross-site browser posts are
refused. Bodies over ``limits.max_body_bytes`` get 413 before they are read. Every error
answers JSON ``{"error": {"message", "type"}}`` under ``/api`` and an HTML page elsewhere;
tracebacks go to the log, never into a response.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from functools import lru_cache
from typing import Any

from ..errors import MissingExtra, NotEnoughArticles
from ..model import Report
from ..settings import Settings
from ..store.facade import Store
from ..text.controls import finalize_shown, sent_back
from .config import WebLimits
from .slots import ComparisonSlots
from .inputs import CompareInput, check, relabel, sources
from .outlet_meta import OutletGroups, load_outlet_groups
from .readcache import ReadCache, StoreVersion
from .reports import StoryReports
from .results import RecentResults, SavedComparisons, saved_folder
from .security import BodyLimit, HeadAsGet, SecurityHeaders, TokenCheck
from .views import outlet_count, outlet_href, quoted
from .workers import shared_workers

log = logging.getLogger(__name__)

try:
    import fastapi  # noqa: F401
    import python_multipart  # noqa: F401  (for the compare form)
except ImportError as exc:  # pragma: no cover - the web extra is installed where tests run
    raise MissingExtra("web", exc.name or "fastapi", "the web app") from exc


@dataclass(slots=True)
class WebState:
    """What every route needs, kept on ``app.state.web``."""

    store: Store
    settings: Settings
    limits: WebLimits
    token: TokenCheck
    allow_private_urls: bool
    reports: StoryReports
    templates: Any
    client_factory: Any  # () -> httpx.Client, the guarded client for URL fetches
    slots: ComparisonSlots  # how many comparisons run at once
    heavy_slots: ComparisonSlots  # how many comparisons with a very long article run at once, apart from those
    results: RecentResults  # the compare form's last results, for their downloads
    saved: SavedComparisons  # comparisons saved under a permanent link
    outlet_groups: OutletGroups  # what the user said about the outlets (may be empty)
    reads: ReadCache  # answers to reads, kept until the store changes

    def compare(self, given: CompareInput) -> Report:
        """Run one comparison (call it from a worker thread): the inputs are read here, the
        analysis runs in a worker process with a deadline (``limits.compare_in``)."""
        return self._compare(given, as_json=False)

    def compare_json(self, given: CompareInput) -> str:
        """:meth:`compare`, answered as the report's JSON text, which the worker process writes
        (a long report's serialisation would otherwise hold the server's GIL)."""
        return self._compare(given, as_json=True)

    def _compare(self, given: CompareInput, *, as_json: bool) -> Any:
        from ..comparison.pipeline import compare
        from ..renderers import to_json
        from ..sources import read_sources

        check(given, self.limits)
        limits = self.limits
        # a pasted article over heavy_chars goes to the heavy lane at once; a fetched or uploaded
        # one is known only once read, and changes lanes then
        heavy_now = limits.compare_in == "process" and any(len(a.text) > limits.heavy_chars for a in given.articles)
        with (self.heavy_slots if heavy_now else self.slots).slot(), self.client_factory() as client, \
                sources(given) as (items, names):
            if limits.compare_in == "thread":
                report = relabel(compare(items, settings=self.settings, client=client), names)
                return to_json(report) if as_json else report
            documents, skipped = read_sources(items, max_bytes=self.settings.max_bytes, timeout=self.settings.timeout,
                                              client=client)
            if len(documents) < 2:
                raise NotEnoughArticles(len(documents), skipped)
            heavy = max(len(d.text) for d in documents) > limits.heavy_chars
            if heavy_now or not heavy:
                return shared_workers().compare(documents, self.settings, limits.compare_deadline, skipped=skipped,
                                                names=names, as_json=as_json, nice=limits.heavy_nice if heavy else None,
                                                demote=(limits.heavy_after_cpu, limits.heavy_nice))
        log.info("a comparison with an article over %d characters moves to the heavy lane", limits.heavy_chars)
        with self.heavy_slots.slot():
            return shared_workers().compare(documents, self.settings, limits.compare_deadline, skipped=skipped,
                                            names=names, as_json=as_json, nice=limits.heavy_nice)


@lru_cache(maxsize=1)
def _environment() -> Any:
    import jinja2

    from ..renderers.html import _file_name
    from ..renderers.view import cite_html, cite_sid

    env = jinja2.Environment(
        # the web app's pages, then the report body they share with the CLI's HTML report
        loader=jinja2.ChoiceLoader([jinja2.PackageLoader("rashomon.web", "templates"),
                                    jinja2.PackageLoader("rashomon.renderers", "templates")]),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=finalize_shown,  # direction controls in untrusted text are named, never obeyed
    )
    env.filters["quoted"] = quoted
    env.filters["outlet_count"] = outlet_count
    env.filters["sent_back"] = sent_back  # form values keep their characters (see text.controls)
    env.globals.update(quoted=quoted, cite_html=cite_html, cite_sid=cite_sid, file_name=_file_name, outlet_href=outlet_href)
    return env


def create_app(
    store: Store | str | os.PathLike[str] | None = None,
    *,
    settings: Settings | None = None,
    token: str | None = None,
    allow_private_urls: bool = False,
    limits: WebLimits | None = None,
    http_transport: Any = None,
    resolve: Any = None,
    refresh_every: float = 0.0,
    outlets_file: str | os.PathLike[str] | None = None,
    saved_dir: str | os.PathLike[str] | None = None,
) -> Any:
    """The rashomon web app.

    ``store``: a Store, a database path or URL, or None for the default store. ``token``: the
    write token, None for open writes (fine on loopback only; ``rashomon serve`` checks).
    ``allow_private_urls``: let URL fetches reach loopback/private/link-local addresses.
    ``http_transport`` / ``resolve``: the network and the host look-up under the URL guard
    (tests pass an ``httpx.MockTransport`` and a fake resolver). ``refresh_every``: compare
    the stories that changed every so many seconds on a background thread (0: only when a page
    asks). ``outlets_file``: the user's outlet metadata (CSV or TOML), shown as coverage by
    group. ``saved_dir``: where saved comparisons go (default: beside a SQLite store).
    """
    from fastapi import FastAPI
    from fastapi.staticfiles import StaticFiles
    from starlette.templating import Jinja2Templates

    from ..sources.url import make_client
    from . import api, handlers, pages

    if not isinstance(store, Store):
        store = Store(store)
    settings = settings or Settings()
    limits = limits or WebLimits(max_article_bytes=settings.max_bytes)
    slots = ComparisonSlots(limits.running_compares(), limits.compare_wait)
    shared_workers().nice = limits.worker_nice

    def client_factory() -> Any:
        return make_client(settings.timeout, allow_private_urls=allow_private_urls, resolve=resolve, transport=http_transport)

    app = FastAPI(
        title="rashomon",
        summary="One story, many tellings: compare how outlets report the same event, claim by claim.",
        version=_version(),
        docs_url=None,  # the Swagger page needs inline scripts from a CDN; the CSP forbids both
        redoc_url=None,
    )
    app.state.web = WebState(
        store=store,
        settings=settings,
        limits=limits,
        token=TokenCheck(token),
        allow_private_urls=allow_private_urls,
        reports=StoryReports(store, settings, slots=slots,
                             deadline=limits.compare_deadline if limits.compare_in == "process" else None),
        templates=Jinja2Templates(env=_environment()),
        client_factory=client_factory,
        slots=slots,
        heavy_slots=ComparisonSlots(limits.heavy_running, limits.heavy_wait),
        results=RecentResults(),
        saved=SavedComparisons(Path(saved_dir) if saved_dir else saved_folder(store.url)),
        outlet_groups=load_outlet_groups(outlets_file) if outlets_file else OutletGroups(),
        reads=ReadCache(StoreVersion(store)),
    )
    app.router.on_shutdown.append(app.state.web.reads.version.close)
    if refresh_every > 0:
        from ..stories.refresh import Refresher

        refresher = Refresher(store, refresh_every, settings=settings, slot=slots.slot)
        app.router.on_startup.append(refresher.start)
        app.router.on_shutdown.append(refresher.stop)
    handlers.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("rashomon.web", "static")]), name="static")
    app.add_middleware(BodyLimit, limit=limits.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    return app


def _version() -> str:
    from .. import __version__

    return __version__
