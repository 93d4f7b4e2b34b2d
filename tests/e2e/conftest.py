"""Browser tests: the real ``rashomon serve`` on 127.0.0.1 and Debian's chromium via Playwright.

The server and the browser start once per session. Every test gets a fresh browser context
and a page that records dialogs, page errors and Content-Security-Policy violations; a dialog
fails the test it happened in (nothing on these pages may open one).

No chromium (or no Playwright): the tests skip with the reason, except under CI (the ``CI``
environment variable set), where a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.harness import RunningServer, Seeded, chromium_path, launch_chromium, seed_store

NAV_TIMEOUT_MS = 60_000  # the first visit of a story compares it; the machine is shared
ACTION_TIMEOUT_MS = 15_000


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: browser tests (real server, headless chromium); select with -m e2e")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: the browser tests must run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    path = chromium_path()
    if path is None:
        _unavailable("no chromium: install Debian's package (apt-get install chromium); the tests never download a browser")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("the playwright package is not installed: pip install -e '.[dev]'")
    return path


@dataclass(frozen=True, slots=True)
class Site:
    """The server under test and what its store holds."""

    base_url: str
    seeded: Seeded
    server: RunningServer

    def url(self, path: str) -> str:
        return self.base_url + path


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        _unavailable("the web extra is not installed: pip install -e '.[web]'")
    folder = tmp_path_factory.mktemp("e2e-store")
    seeded = seed_store(folder / "rashomon.db")
    server = RunningServer.start(seeded.db, log_path=folder / "server.log")
    try:
        yield Site(base_url=server.base_url, seeded=seeded, server=server)
    finally:
        server.stop()


@pytest.fixture(scope="module")
def fresh_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """A server over a store just ingested, with the background refresh off: its stories stay
    uncompared until a page opens one."""
    folder = tmp_path_factory.mktemp("e2e-fresh")
    seeded = seed_store(folder / "rashomon.db", hostile=False)
    server = RunningServer.start(seeded.db, log_path=folder / "server.log", extra_args=("--refresh-every", "0"))
    try:
        yield Site(base_url=server.base_url, seeded=seeded, server=server)
    finally:
        server.stop()


@pytest.fixture(scope="session")
def browser(chromium_executable: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright, chromium_executable)
        try:
            yield browser
        finally:
            browser.close()


@dataclass(slots=True)
class Watch:
    """What a page did that it must not: dialogs, uncaught errors, CSP violations."""

    dialogs: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


def _open_page(browser: Any, width: int, height: int) -> tuple[Any, Any, Watch]:
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_navigation_timeout(NAV_TIMEOUT_MS)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    page = context.new_page()
    watch = Watch()

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(message: Any) -> None:
        if message.type == "error":
            watch.console_errors.append(message.text)
            if "Content Security Policy" in message.text:
                watch.csp_violations.append(message.text)

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    page.on("console", on_console)
    # A CSP violation also fires this DOM event; the console message is not the only witness.
    page.add_init_script(
        "window.__cspViolations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    return context, page, watch


@pytest.fixture
def watched_page(browser: Any) -> Iterator[tuple[Any, Watch]]:
    """A desktop-sized page (1280x720) and its :class:`Watch`; a dialog fails the test."""
    context, page, watch = _open_page(browser, 1280, 720)
    try:
        yield page, watch
    finally:
        context.close()
    assert not watch.dialogs, f"a page opened a dialog: {watch.dialogs}"


@pytest.fixture
def page(watched_page: tuple[Any, Watch]) -> Any:
    return watched_page[0]


@pytest.fixture
def phone_page(browser: Any) -> Iterator[Any]:
    """A phone-sized page (375x667, like an iPhone SE)."""
    context, page, watch = _open_page(browser, 375, 667)
    try:
        yield page
    finally:
        context.close()
    assert not watch.dialogs, f"a page opened a dialog: {watch.dialogs}"


@pytest.fixture(scope="session")
def example_dir() -> Path:
    from rashomon.demo import EXAMPLES

    return EXAMPLES
