"""Feeds in local files: their links obey the web's URL policy (no loopback, private or link-local
addresses) unless the user passes ``--allow-private-urls``. A real HTTP server on loopback serves
the articles, so the refusal is the guard's and the success is a real fetch."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from tests.hostile.generator import GOOD_A, GOOD_B

runner = CliRunner()
PAGES = {"/a": GOOD_A, "/b": GOOD_B}


class _Articles(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        text = PAGES.get(self.path)
        if text is None:
            self.send_error(404)
            return
        title, body = text.split("\n", 1)
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
        data = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}"
                "</article></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Iterator[Path]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Articles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    items = "".join(f"<item><title>{t}</title><link>{base}{p}</link><description>short</description></item>"
                    for p, t in (("/a", "Ferry A"), ("/b", "Ferry B")))
    path = tmp_path_factory.mktemp("feed") / "local.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>')
    try:
        yield path
    finally:
        server.shutdown()
        server.server_close()


def test_compare_refuses_a_local_feeds_loopback_links_by_default(feed: Path) -> None:
    result = runner.invoke(app, ["compare", str(feed), "-f", "json"], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert "loopback" in result.output


def test_compare_follows_them_when_private_urls_are_allowed(feed: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["compare", str(feed), "--allow-private-urls", "--embedder", "tfidf", "-f", "json",
                                 "-o", str(out)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    # every input read; the digest's own notes (agreements it does not tell) are no lost input
    assert len(report["articles"]) == 2
    assert not [s for s in report["skipped"] if not s["source"].startswith("digest")]


def test_inspect_follows_them_only_when_allowed(feed: Path) -> None:
    refused = runner.invoke(app, ["inspect", str(feed), "-f", "json"], env={"COLUMNS": "200"})
    assert "loopback" in refused.output and "Ferry service resumes" not in refused.output
    allowed = runner.invoke(app, ["inspect", str(feed), "-f", "json", "--allow-private-urls"], env={"COLUMNS": "200"})
    assert allowed.exit_code == 0, allowed.output
    assert "Ferry service resumes" in allowed.output


def test_ingest_stores_them_only_when_allowed(feed: Path, tmp_path: Path) -> None:
    refused = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "a.db"), "--no-compare"])
    assert refused.exit_code == 1 and "loopback" in refused.output
    allowed = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "b.db"), "--no-compare",
                                  "--allow-private-urls"])
    assert allowed.exit_code == 0, allowed.output
    from rashomon.store.facade import Store

    with Store(tmp_path / "b.db") as store:
        assert sorted(a.title for a in store.articles()) == ["Brannoy ferry back after ramp repair",
                                                              "Ferry service resumes at Tolvik harbour"]


def test_ingest_refuses_the_flag_with_a_scheduler(feed: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "c.db"), "--allow-private-urls",
                                 "--scheduler", "local:1"])
    assert result.exit_code == 1 and "--scheduler" in result.output
