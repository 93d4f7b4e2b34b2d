"""A seeded store and the real ``rashomon serve`` process, for the browser tests, the load
benchmark (``bench/web_load.py``) and the screenshots (``scripts/screenshots.py``).

    seed_store(db)            -> Seeded: the bundled example stories plus one hostile article
    RunningServer.start(db)   -> the server as a subprocess on 127.0.0.1, /healthz answered
    launch_chromium(p)        -> Debian's chromium through Playwright (never a browser download)

The server only ever listens on loopback: :func:`require_loopback` refuses anything else.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags chromium keeps trying the (closed) network and
# becomes slow and flaky on this machine.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# The hostile article: invented text about the Eskerby fire (one of the bundled examples, so
# it lands in that story), carrying markup that must show as text and never run.
HOSTILE_SOURCE = "Mallory Gazette"
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_SVG = '<svg onload="alert(document.domain)"></svg>'
HOSTILE_LINK = '<a href="javascript:window.__pwned=1">the full statement</a>'
HOSTILE_TITLE = f"Eskerby solvent plant fire {HOSTILE_SCRIPT}"
HOSTILE_URL = "javascript:window.__pwned=1"
HOSTILE_TEXT = "\n".join(
    [
        "A fire at the Norvane Chemicals solvent plant in Eskerby forced residents of the north district "
        "from their homes on Tuesday night, Fire Chief Tobias Orrell said.",
        f"The blaze began in a storage hall where drums of industrial solvent were kept {HOSTILE_SCRIPT} "
        "and crews from neighbouring towns fought it until dawn.",
        f"About 1,500 residents were evacuated to the sports hall on Mill Road {HOSTILE_IMG} where volunteers "
        "handed out blankets.",
        "Plant director Margit Sollander said the company was cooperating with investigators and had followed "
        "every safety procedure.",
        f"Residents said the warning sirens of the Norvane plant sounded only after the second explosion, "
        f"according to {HOSTILE_LINK} read out at the news conference.",
        "The Regional Environment Agency said its mobile units were measuring air quality across Eskerby "
        "on Wednesday.",
        f"Twenty-four workers were treated for smoke inhalation and burns {HOSTILE_SVG} and seven of them "
        "remained in hospital.",
    ]
)


def hostile_document():  # -> rashomon.model.Document
    from rashomon.model import Document

    return Document(
        text=HOSTILE_TEXT,
        title=HOSTILE_TITLE,
        source=HOSTILE_SOURCE,
        url=HOSTILE_URL,
        date="2026-03-11",
        origin="e2e-hostile",
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Seeded:
    """What :func:`seed_store` stored: every story id and the story holding the hostile article."""

    db: Path
    story_ids: tuple[int, ...]
    hostile_article_id: int
    hostile_story_id: int | None  # None only if clustering left it alone (the tests then fail)
    example_story_ids: dict[str, int] = field(default_factory=dict)  # example folder -> story id


def seed_store(db: Path, *, hostile: bool = True) -> Seeded:
    """Ingest the bundled example stories (and the hostile article) into a new SQLite store."""
    from rashomon.stories import ingestion as library
    from rashomon.demo import example_stories, story_sources
    from rashomon.store.facade import Store

    sources: list[Any] = []
    folders: dict[Path, str] = {}
    for story in example_stories():
        for path in story_sources(story):
            sources.append(path)
            folders[path.resolve()] = story.name
    if hostile:
        sources.append(hostile_document())
    with Store(db) as store:
        result = library.ingest(sources, store=store)
        if result.skipped:
            reasons = "; ".join(f"{s.source}: {s.reason}" for s in result.skipped)
            raise RuntimeError(f"seeding skipped inputs: {reasons}")
        assignments = store.assignments()
        by_story: dict[str, int] = {}
        hostile_id = -1
        for article in store.articles(result.article_ids):
            story_id = assignments.get(article.id)
            if article.origin == "e2e-hostile":
                hostile_id = article.id
            elif article.path and story_id is not None:
                by_story.setdefault(folders.get(Path(article.path).resolve(), "?"), story_id)
        story_ids = tuple(s.id for s in store.stories())
    return Seeded(
        db=db,
        story_ids=story_ids,
        hostile_article_id=hostile_id,
        hostile_story_id=assignments.get(hostile_id) if hostile else None,
        example_story_ids=by_story,
    )


# --- the server ------------------------------------------------------------------------------


def require_loopback(host: str) -> str:
    """``host`` if it is a loopback address or ``localhost``; anything else raises ValueError."""
    if host == "localhost":
        return host
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise ValueError(f"refusing a non-loopback target {host!r}: the server under test listens on 127.0.0.1 only")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((require_loopback(host), 0))
        return s.getsockname()[1]


@dataclass(slots=True)
class RunningServer:
    """``python -m rashomon.cli serve`` as a child process; :meth:`stop` ends it (and only it)."""

    process: subprocess.Popen
    base_url: str
    log_path: Path

    @classmethod
    def start(cls, db: Path, *, host: str = "127.0.0.1", port: int | None = None, log_path: Path | None = None,
              timeout: float = 90.0, extra_args: tuple[str, ...] = ()) -> RunningServer:
        require_loopback(host)
        port = port or free_port(host)
        log_path = log_path or db.with_suffix(".server.log")
        env = dict(os.environ)
        # This checkout's package, whatever is installed machine-wide.
        env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
        env.setdefault("PYTHONUNBUFFERED", "1")
        command = [sys.executable, "-m", "rashomon.cli", "serve", "--host", host, "--port", str(port), "--db", str(db),
                   *extra_args]
        log = open(log_path, "wb")  # noqa: SIM115 - kept open for the child's lifetime
        try:
            process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(REPO))
        finally:
            log.close()  # the child holds its own descriptor
        server = cls(process=process, base_url=f"http://{host}:{port}", log_path=log_path)
        try:
            server._wait_healthy(timeout)
        except BaseException:
            server.stop()
            raise
        return server

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last = "no answer yet"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with code {self.process.returncode} before /healthz answered:\n"
                                   f"{self.log_tail()}")
            try:
                response = httpx.get(f"{self.base_url}/healthz", timeout=2.0)
                if response.status_code == 200:
                    return
                last = f"HTTP {response.status_code}"
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}: {exc}"
            time.sleep(0.2)
        raise TimeoutError(f"/healthz did not answer 200 within {timeout:.0f}s ({last}):\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


# --- the browser -----------------------------------------------------------------------------


def chromium_path() -> str | None:
    """Debian's chromium, when installed."""
    if os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    return shutil.which("chromium")


def launch_chromium(playwright: Any, executable: str | None = None) -> Any:
    """A headless chromium from the system package, with the flags this machine needs."""
    return playwright.chromium.launch(
        executable_path=executable or chromium_path() or CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
    )
