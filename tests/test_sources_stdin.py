"""Standard input as a source ("-"): read whole, its format sniffed, its failures skipped with a reason."""

from __future__ import annotations

import io
import json
import sys

import pytest

from rashomon.sources.reading import STDIN_NAME, iter_sources, read_sources
from rashomon.model import Skipped

ARTICLE = ("Harbour crane toppled in overnight gale\n"
           "A container crane at the north quay of Ostmere harbour toppled in a gale on Tuesday night, "
           "the port authority said. Nobody was hurt.\n")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_plain_text_on_stdin_is_one_article(monkeypatch):
    _stdin(monkeypatch, ARTICLE.encode())
    documents, skipped = read_sources(["-"])
    assert skipped == []
    assert len(documents) == 1
    assert documents[0].title == "Harbour crane toppled in overnight gale"
    assert "north quay" in documents[0].text
    assert documents[0].source == "stdin"


def test_json_lines_on_stdin_are_one_article_each(monkeypatch):
    lines = [json.dumps({"title": f"Crane report {n}", "text": ARTICLE, "source": f"outlet{n}"}) for n in (1, 2, 3)]
    _stdin(monkeypatch, ("\n".join(lines) + "\n").encode())
    documents, skipped = read_sources(["-"])
    assert skipped == []
    assert [d.source for d in documents] == ["outlet1", "outlet2", "outlet3"]


@pytest.mark.parametrize("bad", ["not json at all", "{\"title\": \"cut off", "[1, 2]"])
def test_one_malformed_json_line_on_stdin_is_skipped_with_its_line_and_the_rest_read(monkeypatch, bad):
    """A JSON Lines dump with one broken line, piped in: the line is skipped with its number, as when
    the file is named (the whole input was skipped as "invalid JSON at line 2: Extra data")."""
    lines = [json.dumps({"title": f"Crane report {n}", "text": ARTICLE, "source": f"outlet{n}"}) for n in (1, 2)]
    _stdin(monkeypatch, "\n".join([lines[0], bad, lines[1]]).encode())
    documents, skipped = read_sources(["-"])
    assert [d.source for d in documents] == ["outlet1", "outlet2"]
    assert [s.source for s in skipped] == [f"{STDIN_NAME}:2"]


def test_one_json_object_over_several_lines_is_json_not_json_lines(monkeypatch):
    _stdin(monkeypatch, json.dumps({"title": "Crane report", "text": ARTICLE, "source": "outlet"}, indent=1).encode())
    documents, skipped = read_sources(["-"])
    assert skipped == []
    assert [d.source for d in documents] == ["outlet"]


def test_a_page_on_stdin_is_read_as_html(monkeypatch):
    page = (f"<html><head><title>Crane toppled</title></head><body><article><h1>Crane toppled</h1>"
            f"<p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>")
    _stdin(monkeypatch, page.encode())
    documents, skipped = read_sources(["-"])
    assert skipped == []
    assert "<p>" not in documents[0].text and "north quay" in documents[0].text


def test_empty_stdin_is_skipped_with_a_reason_and_the_other_sources_still_read(monkeypatch, tmp_path):
    _stdin(monkeypatch, b"")
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE, encoding="utf-8")
    items = list(iter_sources(["-", str(other)]))
    assert isinstance(items[0], Skipped) and items[0].source == STDIN_NAME
    assert "nothing on standard input" in items[0].reason
    assert not isinstance(items[1], Skipped)


def test_stdin_over_the_size_limit_is_skipped(monkeypatch):
    _stdin(monkeypatch, ARTICLE.encode() * 10)
    documents, skipped = read_sources(["-"], max_bytes=100)
    assert documents == []
    assert skipped[0].source == STDIN_NAME and "more than 100 bytes" in skipped[0].reason


def test_binary_stdin_is_skipped(monkeypatch):
    _stdin(monkeypatch, b"\x00\x01\x02\x89PNG\x00" * 50)
    documents, skipped = read_sources(["-"])
    assert documents == [] and skipped[0].source == STDIN_NAME


def test_a_file_named_dash_is_reached_as_dot_slash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_text(ARTICLE, encoding="utf-8")
    documents, skipped = read_sources(["./-"])
    assert skipped == [] and len(documents) == 1


def test_a_csv_dump_on_stdin_is_one_article_a_row(monkeypatch):
    rows = ["title,text,outlet", f'"Crane down","{ARTICLE.strip()}",Quay News', f'"Gale","{ARTICLE.strip()}",Port Wire']
    _stdin(monkeypatch, ("\ufeff" + "\r\n".join(rows) + "\r\n").encode())
    documents, skipped = read_sources(["-"])
    assert skipped == []
    assert [(d.title, d.source) for d in documents] == [("Crane down", "Quay News"), ("Gale", "Port Wire")]


@pytest.mark.parametrize("header, delimiter", [("headline;body", ";"), ("headline\tbody", "\t")])
def test_semicolon_and_tab_separated_dumps_on_stdin_are_read_as_records(monkeypatch, header, delimiter):
    body = ARTICLE.strip().replace("\n", " ")
    _stdin(monkeypatch, f"{header}\nCrane down{delimiter}\"{body}\"\n".encode())
    documents, skipped = read_sources(["-"])
    assert skipped == []
    assert [d.title for d in documents] == ["Crane down"]
    assert "north quay" in documents[0].text


@pytest.mark.parametrize("first_line", ["Body, found in river, is named", "Title, text and outlet: a guide",
                                        "Crane,toppled"])
def test_an_article_whose_first_line_has_commas_stays_one_article(monkeypatch, first_line):
    _stdin(monkeypatch, f"{first_line}\n{ARTICLE}".encode())
    documents, skipped = read_sources(["-"])
    assert skipped == []
    assert len(documents) == 1 and documents[0].title == first_line


def test_stdin_named_twice_is_read_once_and_the_second_says_why(monkeypatch):
    _stdin(monkeypatch, ARTICLE.encode())
    documents, skipped = read_sources(["-", "-"])
    assert len(documents) == 1
    assert [(s.source, s.reason) for s in skipped] == [(STDIN_NAME, "standard input given twice: it is read once")]


MARKUP_BODY = "<p>The quay was closed on Tuesday.</p><p>Nobody was hurt, the port authority said.</p>"


@pytest.mark.parametrize("shape", ["jsonl", "json", "csv"])
def test_records_whose_body_is_markup_on_stdin_are_records_not_one_page(monkeypatch, shape):
    """A dump whose record holds its text as HTML ("<p>..."), piped in: each record is an article
    (the "<p>" made the whole input one page, compared as one article holding the JSON)."""
    records = [{"title": f"Crane report {n}", "text": ARTICLE if n == 1 else MARKUP_BODY, "source": f"outlet{n}"} for n in (1, 2)]
    if shape == "jsonl":
        data = "\n".join(json.dumps(r) for r in records) + "\n"
    elif shape == "json":
        data = json.dumps(records, indent=1)
    else:
        data = "title,text,source\n" + "".join(f'"{r["title"]}","{r["text"].strip()}",{r["source"]}\n' for r in records)
    _stdin(monkeypatch, data.encode())
    documents, skipped = read_sources(["-"])
    assert skipped == []
    assert [d.source for d in documents] == ["outlet1", "outlet2"]
    assert "<p>" not in documents[1].text and "Nobody was hurt" in documents[1].text


def test_a_json_lines_file_without_an_extension_is_read_as_records(tmp_path):
    dump = tmp_path / "dump"
    dump.write_text("\n".join(json.dumps({"title": f"Crane report {n}", "text": MARKUP_BODY, "source": f"outlet{n}"}) for n in (1, 2)))
    documents, skipped = read_sources([str(dump)])
    assert skipped == []
    assert [d.source for d in documents] == ["outlet1", "outlet2"]
