"""WARC ingest: pages with provenance, skips with reasons, bad archives read past."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.errors import InputError
from rashomon.model import Document, Skipped
from rashomon.sources import iter_sources, read_sources
from rashomon.sources.warc import WarcPage, iter_pages, page_document, parse_warc_origin


def page_html(title: str, words: str, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{words} Paragraph {i} adds a sentence about the harbour council vote.</p>" for i in range(4))
    return (f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright the outlet</footer></body></html>")


def record(uri: str, payload: bytes, *, kind: str = "response", status: str = "200 OK",
           content_type: str = "text/html; charset=utf-8", extra_http: str = "", record_id: str = "",
           date: str = "2024-03-05T10:20:30Z", length: int | None = None, digest: str = "") -> bytes:
    """One WARC record, written by hand so that a test can make it lie."""
    if kind == "response":
        block = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra_http}"
                 f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload
        block_type = "application/http; msgtype=response"
    else:
        block, block_type = payload, content_type
    rid = record_id or f"<urn:uuid:{hashlib.md5(uri.encode() + payload + kind.encode()).hexdigest()}>"
    headers = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: {rid}\r\nWARC-Date: {date}\r\n"
               f"WARC-Target-URI: {uri}\r\nContent-Type: {block_type}\r\n"
               + (f"WARC-Payload-Digest: {digest}\r\n" if digest else "")
               + f"Content-Length: {len(block) if length is None else length}\r\n\r\n")
    return headers.encode() + block + b"\r\n\r\n"


def warcinfo() -> bytes:
    info = b"software: tests\r\n"
    return (b"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:info>\r\n"
            b"WARC-Date: 2024-03-05T10:00:00Z\r\nContent-Type: application/warc-fields\r\n"
            + f"Content-Length: {len(info)}\r\n\r\n".encode() + info + b"\r\n\r\n")


def write(path: Path, records: list[bytes], *, gzipped: bool = True) -> list[int]:
    """Write the records (a gzip member each when ``gzipped``); returns each one's offset."""
    offsets, out = [], io.BytesIO()
    for rec in records:
        offsets.append(out.tell())
        out.write(gzip.compress(rec) if gzipped else rec)
    path.write_bytes(out.getvalue())
    return offsets


ARTICLE_A = page_html("Harbour council approves new ferry route",
                      "The harbour council voted seven to two on Tuesday to approve a new ferry route.")
ARTICLE_B = page_html("Ferry operator welcomes council decision",
                      "The ferry operator said the new route would start in the spring season.")
ARTICLE_C = page_html("Residents question cost of new ferry route",
                      "Residents asked how much the ferry route would cost the town each year.")


def test_pages_carry_their_provenance_and_non_pages_are_skipped_with_reasons(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = write(path, [
        warcinfo(),
        record("https://news.example/a", b"", kind="request", content_type="application/http; msgtype=request"),
        record("https://news.example/a", ARTICLE_A.encode(), record_id="<urn:uuid:aaa>"),
        record("https://news.example/report.pdf", b"%PDF-1.4 data", content_type="application/pdf"),
        record("https://news.example/old", b"", status="301 Moved Permanently", extra_http="Location: https://news.example/new\r\n"),
        record("https://news.example/gone", b"<html>not here</html>", status="404 Not Found"),
        record("https://news.example/a", ARTICLE_A.encode(), record_id="<urn:uuid:again>"),
        record("https://other.example/b", ARTICLE_B.encode(), kind="revisit"),
        record("https://other.example/c", ARTICLE_C.encode(), date="2024-03-06T08:00:00Z"),
    ])
    documents, skipped = read_sources([str(path)])
    assert [d.url for d in documents] == ["https://news.example/a", "https://other.example/c"]
    first = documents[0]
    assert parse_warc_origin(first.origin) == (str(path), "<urn:uuid:aaa>", "2024-03-05T10:20:30Z")
    assert first.path == str(path)
    assert first.title == "Harbour council approves new ferry route"
    assert "seven to two" in first.text
    assert first.date == "2024-03-05T10:20:30Z"  # the page states no date: the capture date
    assert documents[1].date == "2024-03-06T08:00:00Z"
    reasons = {s.source.split(" ")[0]: s.reason for s in skipped}
    assert reasons[f"{path}@{offsets[3]}"] == "not HTML (application/pdf)"
    assert reasons[f"{path}@{offsets[4]}"] == "an HTTP redirect (301) to https://news.example/new"
    assert reasons[f"{path}@{offsets[5]}"] == "HTTP status 404, not a page"
    assert "captured again" in reasons[f"{path}@{offsets[6]}"]
    assert "revisit" in reasons[f"{path}@{offsets[7]}"]
    assert len(skipped) == 5  # warcinfo and request records are not pages: no skip for them


@pytest.mark.parametrize("share", [0.005, 0.05, 0.17, 0.5, 0.9])
def test_a_gzip_member_cut_short_is_reported_at_its_offset_and_the_rest_is_read(tmp_path: Path, share: float) -> None:
    members = [gzip.compress(record(f"https://news.example/{n}", html.encode()))
               for n, html in enumerate([ARTICLE_A, ARTICLE_B, ARTICLE_C])]
    cut = members[1][: max(int(len(members[1]) * share), 1)]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(members[0] + cut + members[2])
    items = list(iter_pages(path, source="cut.warc.gz", max_bytes=1_000_000))
    pages = [i for i in items if isinstance(i, WarcPage)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [p.target_uri for p in pages] == ["https://news.example/0", "https://news.example/2"]
    assert [e.source for e in errors] == [f"cut.warc.gz@{len(members[0])}"]
    assert "truncated" in errors[0].reason or "malformed" in errors[0].reason


@pytest.mark.parametrize("keep", [3, 80, 200, -30])
def test_a_file_cut_in_its_last_member_keeps_what_came_before(tmp_path: Path, keep: int) -> None:
    whole = gzip.compress(record("https://news.example/a", ARTICLE_A.encode()))
    last = gzip.compress(record("https://news.example/b", ARTICLE_B.encode()))
    path = tmp_path / "end.warc.gz"
    path.write_bytes(whole + last[:keep])
    items = list(iter_sources([str(path)]))
    assert [d.url for d in items if isinstance(d, Document)] == ["https://news.example/a"]
    assert [s.source for s in items if isinstance(s, Skipped)] == [f"{path}@{len(whole)}"]


@pytest.mark.parametrize("delta", [-40, 25])
def test_a_lying_content_length_is_reported_and_the_next_record_still_read(tmp_path: Path, delta: int) -> None:
    good_a = record("https://news.example/a", ARTICLE_A.encode())
    honest = record("https://news.example/b", ARTICLE_B.encode())
    block_length = len(honest.split(b"\r\n\r\n", 1)[1]) - 4
    liar = record("https://news.example/b", ARTICLE_B.encode(), length=block_length + delta)
    good_c = record("https://news.example/c", ARTICLE_C.encode())
    path = tmp_path / "liar.warc"
    offsets = write(path, [good_a, liar, good_c], gzipped=False)
    items = list(iter_pages(path, source="liar.warc", max_bytes=1_000_000))
    uris = [i.target_uri for i in items if isinstance(i, WarcPage)]
    assert uris[0] == "https://news.example/a" and uris[-1] == "https://news.example/c"
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors and errors[0].source.startswith("liar.warc@")
    assert int(errors[0].source.split("@")[1]) >= offsets[1]


def test_a_page_in_an_unknown_encoding_is_decoded_or_skipped_with_a_reason(tmp_path: Path) -> None:
    latin = page_html("Caf\u00e9 owners protest the new ferry timetable",
                      "The caf\u00e9 owners on the quay said the timetable would cost them trade every morning.")
    path = tmp_path / "enc.warc.gz"
    write(path, [
        record("https://news.example/x", ARTICLE_A.encode(), content_type="text/html; charset=x-no-such-charset"),
        record("https://news.example/y", latin.encode("cp1252"), content_type="text/html; charset=x-no-such-charset"),
    ])
    documents, skipped = read_sources([str(path)])
    assert documents[0].url == "https://news.example/x" and "seven to two" in documents[0].text
    if len(documents) == 2:
        assert "timetable would cost them trade" in documents[1].text
    else:
        assert len(skipped) == 1 and "not UTF-8" in skipped[0].reason


def test_a_page_over_the_size_limit_is_skipped_without_reading_it_all(tmp_path: Path) -> None:
    big = page_html("A long page", "word " * 20_000)
    path = tmp_path / "big.warc.gz"
    write(path, [record("https://news.example/big", big.encode()), record("https://news.example/a", ARTICLE_A.encode())])
    documents, skipped = read_sources([str(path)], max_bytes=50_000)
    assert [d.url for d in documents] == ["https://news.example/a"]
    assert "over the limit of 50,000 bytes" in skipped[0].reason


def test_a_file_that_is_not_a_warc_is_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("just some notes\n")
    documents, skipped = read_sources([str(path)])
    assert not documents and "not a WARC file" in skipped[0].reason


def test_page_document_extracts_without_the_archive() -> None:
    page = WarcPage(archive="x.warc.gz", offset=0, record_id="<urn:uuid:1>", target_uri="https://news.example/p",
                    captured="2024-01-02T03:04:05Z", charset=None, body=ARTICLE_B.encode())
    document = page_document(page)
    assert document.source == "news.example" and document.origin == "x.warc.gz#<urn:uuid:1>@2024-01-02T03:04:05Z"


def test_ingest_reads_a_folder_of_archives_and_reports_skips(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    write(folder / "one.warc.gz", [record("https://a.example/1", ARTICLE_A.encode()),
                                   record("https://a.example/pdf", b"%PDF", content_type="application/pdf")])
    write(folder / "two.warc", [record("https://b.example/2", ARTICLE_B.encode())], gzipped=False)
    db = tmp_path / "store.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "stored 2 new articles" in result.output
    listed = runner.invoke(app, ["search", "ferry", "--db", str(db), "-f", "json"])
    assert {hit["source"] for hit in json.loads(listed.stdout)} == {"a.example", "b.example"}
