"""Ingest over the network: URLs fetched and extracted, every fetch failure as its precise error,
and RSS/Atom feeds whose entries are fetched.

The network is canned with httpx.MockTransport (tests/ingest_mocks.py); nothing here opens a socket.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from rashomon.errors import BinaryInput, EmptyInput, FetchError, InputError, NoArticle, TooLarge
from rashomon.sources import read_source, read_sources

from ingest_mocks import ARTICLE_HTML, DATA, NO_SITENAME_HTML, Route, html_response, mock_client

# --- URLs -----------------------------------------------------------------------------------------


URL = "https://www.lakesidecourier.example/news/ferry-resumes"


def test_url_is_fetched_with_our_user_agent_and_extracted() -> None:
    seen: list[httpx.Request] = []
    with mock_client({URL: html_response()}, seen) as client:
        (doc,) = read_source(URL, client=client)
    assert doc.source == "The Lakeside Courier" and doc.url == URL and doc.origin == URL
    assert doc.title == "Ferry service to Marrow Island resumes" and doc.language == "en"
    assert seen[0].headers["User-Agent"].startswith("rashomon/")


def test_url_without_site_name_takes_the_host_as_outlet() -> None:
    url = "https://www.cityhall-news.example/2024/lanes"
    with mock_client({url: html_response(NO_SITENAME_HTML)}) as client:
        (doc,) = read_source(url, client=client)
    assert doc.source == "cityhall-news.example"


def test_url_serving_plain_text() -> None:
    url = "https://wire.example/story.txt"
    body = b"Storm closes pass\nA storm closed the pass on Sunday, stranding drivers overnight.\n"
    with mock_client({url: httpx.Response(200, headers={"Content-Type": "text/plain"}, content=body)}) as client:
        (doc,) = read_source(url, client=client)
    assert (doc.title, doc.source) == ("Storm closes pass", "wire.example")


def chunked(body: bytes, size: int = 1000) -> Iterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


def failing_routes() -> dict[str, Route]:
    base = "https://bad.example/"
    return {
        base + "404": httpx.Response(404),
        base + "500": httpx.Response(503),
        base + "timeout": httpx.ReadTimeout("read timed out"),
        base + "refused": httpx.ConnectError("[Errno 111] Connection refused"),
        base + "dns": httpx.ConnectError("[Errno -2] Name or service not known"),
        base + "big": httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<p>x</p>" * 400),
        base + "big-stream": httpx.Response(200, headers={"Content-Type": "text/html"}, content=chunked(b"<p>x</p>" * 400)),
        base + "pdf": httpx.Response(200, headers={"Content-Type": "application/pdf"}, content=b"%PDF-1.4"),
        base + "lying": httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"%PDF-1.4 binary"),
        base + "empty": httpx.Response(200, headers={"Content-Type": "text/html"}, content=b""),
        base + "menu": httpx.Response(200, headers={"Content-Type": "text/html"}, content=(DATA / "empty_body.html").read_bytes()),
    }


@pytest.mark.parametrize(
    ("path", "error", "reason"),
    [
        ("404", FetchError, "HTTP 404"),
        ("500", FetchError, "HTTP 503"),
        ("timeout", FetchError, "timed out"),
        ("refused", FetchError, "Connection refused"),
        ("dns", FetchError, "Name or service not known"),
        ("big", TooLarge, "Content-Length"),
        ("big-stream", TooLarge, "stopped reading"),
        ("pdf", FetchError, "application/pdf"),
        ("lying", BinaryInput, "PDF"),
        ("empty", EmptyInput, "empty"),
        ("menu", NoArticle, "no article text"),
    ],
)
def test_url_failures_raise_the_precise_error(path: str, error: type[InputError], reason: str) -> None:
    url = "https://bad.example/" + path
    with mock_client(failing_routes()) as client:
        with pytest.raises(error, match=reason) as info:
            read_source(url, client=client, max_bytes=2000)
    assert info.value.source == url


def test_url_failures_are_skipped_and_the_good_url_is_read() -> None:
    routes = failing_routes() | {URL: html_response()}
    urls = [u for u in routes if u != URL]
    with mock_client(routes) as client:
        docs, skipped = read_sources([*urls[:5], URL, *urls[5:]], client=client, max_bytes=2000)
    assert [d.url for d in docs] == [URL]
    assert [s.source for s in skipped] == urls
    assert all(s.reason for s in skipped)


def test_caller_user_agent_is_kept() -> None:
    seen: list[httpx.Request] = []
    with mock_client({URL: html_response()}, seen) as client:
        client.headers["User-Agent"] = "newsroom-bot/2"
        read_source(URL, client=client)
    assert seen[0].headers["User-Agent"] == "newsroom-bot/2"


# --- feeds ----------------------------------------------------------------------------------------


def orchard_page(request: httpx.Request) -> httpx.Response:
    body = ARTICLE_HTML.replace(b"The Lakeside Courier", b"Valley Gazette").replace(
        b"Ferry service to Marrow Island resumes", b"Orchard festival draws record crowd"
    )
    return html_response(body)


def test_rss_file_entries_are_fetched_or_fall_back_to_a_long_summary() -> None:
    routes: dict[str, Route] = {
        "https://valleygazette.example/orchard": orchard_page,
        "https://valleygazette.example/mill": httpx.Response(404),
        "https://valleygazette.example/bypass": httpx.ConnectError("[Errno 111] Connection refused"),
    }
    with mock_client(routes) as client:
        docs, skipped = read_sources([DATA / "feed.rss"], client=client)
    orchard, mill = docs
    assert orchard.title == "Orchard festival draws record crowd" and orchard.source == "Valley Gazette"
    assert orchard.url == "https://valleygazette.example/orchard"
    assert "The ferry between Port Alder" in orchard.text  # the page, not the teaser
    assert mill.title == "Old mill to become a museum"
    assert mill.text.startswith("The disused mill on the river bank")  # the summary, tags stripped
    assert len(mill.text.split("\n")) == 2
    assert mill.date == "2024-09-22T09:00:00+00:00" and mill.source == "valleygazette.example"
    (bypass,) = skipped
    assert bypass.source == "https://valleygazette.example/bypass"
    assert "Connection refused" in bypass.reason and "too short" in bypass.reason


def test_atom_feed_served_from_a_url() -> None:
    feed_url = "https://hilltimes.example/feed.atom"
    page = NO_SITENAME_HTML.replace(b"Council approves new cycle lanes", b"Cable car inspection passed")
    routes: dict[str, Route] = {
        feed_url: httpx.Response(200, headers={"Content-Type": "application/atom+xml"}, content=(DATA / "feed.atom").read_bytes()),
        "https://hilltimes.example/cable-car": html_response(page),
    }
    with mock_client(routes) as client:
        (doc,) = read_source(feed_url, client=client)
    assert doc.title == "Cable car inspection passed"
    assert doc.source == "hilltimes.example"
    assert doc.date == "2024-06-01T10:00:00+00:00"  # the page has none: the entry's
    assert doc.text.startswith("The city council approved")


def test_feed_without_entries_and_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    empty_feed = tmp_path / "empty.rss"
    empty_feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>')
    other = tmp_path / "data.xml"
    other.write_text('<?xml version="1.0"?><inventory><item sku="1"/></inventory>')
    _docs, skipped = read_sources([empty_feed, other])
    assert "no entries" in skipped[0].reason
    assert "neither an RSS/Atom feed nor a web page" in skipped[1].reason


def test_url_serving_json_records() -> None:
    url = "https://api.example/articles"
    body = json.dumps([{"title": "One", "text": "The first record served by an API.", "source": "Wire"}]).encode()
    with mock_client({url: httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)}) as client:
        (doc,) = read_source(url, client=client)
    assert (doc.title, doc.source, doc.origin) == ("One", "Wire", f"{url}[0]")


def test_a_web_address_without_its_scheme_is_no_file_and_the_reason_says_how_to_give_it() -> None:
    """It was "no such file" alone, and the user could not tell the address had not been tried."""
    _docs, skipped = read_sources(["www.example.org/story", "missing-notes.txt"])
    assert [s.reason for s in skipped] == [
        "no such file (a web page is read from its full address: https://www.example.org/story)", "no such file"]


def test_unsupported_url_scheme_is_skipped() -> None:
    _docs, skipped = read_sources(["ftp://files.example/story.txt"])
    assert skipped[0].reason == "unsupported URL scheme 'ftp' (http and https only)"


def test_feed_text_is_never_opened_as_a_path_and_keeps_its_decoding(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"  # a feed that must not be read through another file's text
    feed = (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>Café</title>'
        "<item><title>Déjà vu at the café</title><description>"
        + "The café on the square reopened after a long winter closure. " * 6
        + "</description></item></channel></rss>"
    )
    latin = tmp_path / "latin.rss"
    latin.write_bytes(feed.encode("latin-1"))
    secret.write_bytes(feed.encode("latin-1"))
    path_feed = tmp_path / "path.rss"
    path_feed.write_text(str(secret), encoding="utf-8")
    docs, skipped = read_sources([latin, path_feed])
    assert docs[0].title == "Déjà vu at the café" and docs[0].origin == f"{latin}#entry1"
    assert docs[0].text.startswith("The café on the square")
    assert len(skipped) == 1 and "not an RSS or Atom feed" in skipped[0].reason


@pytest.mark.parametrize(("path", "content_type", "shape"), [
    ("day.csv", "text/csv", "csv"), ("day.jsonl", "application/x-ndjson", "jsonl"),
    ("day.jsonl", "text/plain", "jsonl"), ("dump", "text/plain", "jsonl"), ("day.csv", "text/plain", "csv"),
])
def test_url_serving_a_dump_of_records_reads_each_record(path: str, content_type: str, shape: str) -> None:
    """A CSV served as text/csv (or a JSONL as text/plain, as raw file hosts serve it) was one
    article whose text was the dump, compared without a word."""
    url = f"https://files.example/{path}"
    records = [{"title": f"Storm {n}", "text": f"A storm closed pass number {n} on Sunday, stranding drivers.", "source": f"Wire {n}"}
               for n in (1, 2)]
    if shape == "csv":
        body = "title,text,source\n" + "".join(f'{r["title"]},"{r["text"]}",{r["source"]}\n' for r in records)
    else:
        body = "\n".join(json.dumps(r) for r in records) + "\n"
    with mock_client({url: httpx.Response(200, headers={"Content-Type": content_type}, content=body.encode())}) as client:
        docs = read_source(url, client=client)
    assert [(d.title, d.source) for d in docs] == [("Storm 1", "Wire 1"), ("Storm 2", "Wire 2")]
