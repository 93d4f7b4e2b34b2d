"""rashomon.web.inputs and the compare form's uploads: what a request may carry, and what the
page says about the files it was given (never the server's temporary paths)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rashomon[web]'")
from fastapi.testclient import TestClient  # noqa: E402

from rashomon.errors import RequestError  # noqa: E402
from rashomon.store.facade import Store  # noqa: E402
from rashomon.web import create_app  # noqa: E402
from rashomon.web.config import WebLimits  # noqa: E402
from rashomon.web.inputs import CompareInput, Upload, check  # noqa: E402

TEXT_A = ("A landslide closed the Vell valley road near Orsa on Tuesday. "
          "The road agency said 30 metres of the road were buried and the repairs would take two weeks.")
TEXT_B = ("The Vell valley road near Orsa was shut on Tuesday after a landslide. "
          "The road agency said 50 metres of the road were buried and the repairs would take three weeks.")


def _records_csv() -> bytes:
    rows = ["title,text,outlet", f'"Road shut","{TEXT_A}",Orsa Post', f'"Landslide","{TEXT_B}",Valley Wire']
    return ("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8")


def _records_jsonl() -> bytes:
    lines = [{"id": "r1", "title": "Road shut", "text": TEXT_A, "source": "Orsa Post"},
             {"id": "r2", "title": "Landslide", "text": TEXT_B, "source": "Valley Wire"}]
    return "\n".join(json.dumps(line) for line in lines).encode("utf-8")


@pytest.mark.parametrize("name", ["dump.csv", "dump.jsonl", "dump.json", "dump.tsv", "DUMP.NDJSON"])
def test_one_upload_of_a_record_file_may_hold_the_articles(name: str) -> None:
    check(CompareInput(uploads=[Upload(name=name, data=b"x")]), WebLimits())


def test_one_upload_of_one_article_is_still_too_few() -> None:
    with pytest.raises(RequestError, match="at least two"):
        check(CompareInput(uploads=[Upload(name="story.txt", data=b"x")]), WebLimits())


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(Store(tmp_path_factory.mktemp("inputs") / "s.db")))


@pytest.mark.parametrize(("name", "data"), [("outlets.csv", _records_csv()), ("outlets.jsonl", _records_jsonl())])
def test_the_form_compares_the_records_of_one_uploaded_file(client: TestClient, name: str, data: bytes) -> None:
    page = client.post("/compare", data={"urls": ""}, files=[("files", (name, data, "text/plain"))])
    assert page.status_code == 200, page.text[:2000]
    assert page.text.count('class="outlet-column"') == 2
    assert "Orsa Post" in page.text and "Valley Wire" in page.text


def test_one_record_in_one_uploaded_file_is_too_few_and_says_so(client: TestClient) -> None:
    one = json.dumps({"id": "r1", "title": "Road shut", "text": TEXT_A}).encode("utf-8")
    page = client.post("/compare", data={"urls": ""}, files=[("files", ("one.jsonl", one, "text/plain"))])
    assert page.status_code == 422, page.text[:2000]
    assert "fewer than two usable articles" in page.text


def test_a_skipped_upload_is_named_as_uploaded_not_by_its_temporary_path(client: TestClient) -> None:
    binary = bytes(range(256)) * 8
    page = client.post("/compare", data={"urls": ""},
                       files=[("files", ("scan.dat", binary, "application/octet-stream")),
                              ("files", ("story.txt", TEXT_A.encode(), "text/plain"))])
    assert page.status_code == 422, page.text[:2000]
    assert "rashomon-upload" not in page.text, "the server's temporary folder is not shown"
    assert "scan.dat:" in page.text and "scan.dat.txt" not in page.text


def test_a_skipped_upload_in_a_compared_story_keeps_its_own_name(client: TestClient) -> None:
    binary = bytes(range(256)) * 8
    page = client.post("/compare", data={"text": [TEXT_A, TEXT_B], "urls": ""},
                       files=[("files", ("scan.dat", binary, "application/octet-stream"))])
    assert page.status_code == 200, page.text[:2000]
    assert "scan.dat" in page.text and "scan.dat.txt" not in page.text and "rashomon-upload" not in page.text


def test_a_lone_surrogate_escape_in_the_api_body_is_replaced_not_a_500(client: TestClient) -> None:
    # "\ud800" is valid JSON (an escape with no pair), but no UTF-8 text can hold it
    body = ('{"articles": [{"text": "' + TEXT_A + ' \\ud800", "title": "Road \\udc00 shut", "source": "Orsa \\ud800"},'
            ' {"text": "' + TEXT_B + '"}]}')
    answer = client.post("/api/compare", content=body.encode("utf-8"), headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text[:2000]
    first = answer.json()["articles"][0]
    assert first["title"] == "Road \ufffd shut" and first["source"] == "Orsa \ufffd"
    assert first["text"].endswith("\ufffd")


def test_an_empty_uploaded_file_is_listed_with_its_reason_not_dropped(client: TestClient) -> None:
    """A chosen file of 0 bytes vanished from the page: neither compared nor among the skipped inputs."""
    page = client.post("/compare", data={"text": [TEXT_A, TEXT_B], "urls": ""},
                       files=[("files", ("blank.txt", b"", "text/plain"))])
    assert page.status_code == 200, page.text[:2000]
    assert "blank.txt" in page.text and "empty file" in page.text


def test_a_pasted_text_is_read_as_a_text_file_is(client: TestClient) -> None:
    """A form's textarea sends CRLF line ends: removed lines kept a trailing carriage return and
    the text its CRs; and a pasted article's headline-like first line was no title (the page was
    "Comparison of text 1, text 2" where the same texts as files are titled by their headlines)."""
    first = "Landslide shuts Vell valley road\r\n\r\n" + TEXT_A + "\r\n\r\nSubscribe to our newsletter for the latest updates!\r\n"
    second = "Vell valley road buried\r\n\r\n" + TEXT_B + "\r\n"
    report = client.post("/api/compare", json={"articles": [{"text": first}, {"text": second, "title": "Own title"}]}).json()
    one, two = report["articles"]
    assert "\r" not in one["text"] and all("\r" not in line["text"] for line in one["removed"])
    assert (one["title"], two["title"]) == ("Landslide shuts Vell valley road", "Own title")
    page = client.post("/compare", data={"text": [first, second], "title": ["", ""], "urls": ""})
    assert page.status_code == 200, page.text[:2000]
    assert "Comparison of text 1" not in page.text


def test_a_pasted_article_with_a_title_and_no_text_is_named_in_the_refusal() -> None:
    """Two articles given, one of them a title and an outlet with its text left empty: the
    refusal says which one has no text, not only "give at least two articles"."""
    from rashomon.web.inputs import PastedArticle

    given = CompareInput(articles=[PastedArticle(title="Road shut at Orsa", source="Orsa Post"), PastedArticle(text=TEXT_B)])
    with pytest.raises(RequestError, match="article 1 .*Road shut at Orsa.* has no text"):
        check(given, WebLimits())


def test_the_form_says_when_its_body_is_not_a_form(client: TestClient) -> None:
    # Starlette reads a JSON or text body as an empty form: two articles posted as JSON to
    # /compare were answered "give at least two articles", as if nothing had been sent
    body = json.dumps({"articles": [{"text": TEXT_A}, {"text": TEXT_B}]})
    posted = client.post("/compare", content=body, headers={"Content-Type": "application/json"})
    assert posted.status_code == 415 and 'class="error"' in posted.text
    assert ("the compare form reads a form (multipart/form-data or application/x-www-form-urlencoded), not a body of "
            "application/json; a script posts JSON to /api/compare") in posted.text
    plain = client.post("/compare", content=TEXT_A, headers={"Content-Type": "text/plain"})
    assert plain.status_code == 415 and "not a body of text/plain</p>" in plain.text
    # an empty post is still answered with what to give, and a real form still compares
    assert "give at least two articles" in client.post("/compare").text
    assert client.post("/compare", data={"text": [TEXT_A, TEXT_B]}).status_code == 200


def test_a_pasted_outlet_of_only_invisible_characters_is_named_as_a_blank_one(client: TestClient) -> None:
    report = client.post("/api/compare", json={"articles": [{"text": TEXT_A, "source": "\u200b"},
                                                            {"text": TEXT_B, "source": "  "}]}).json()
    assert [a["source"] for a in report["articles"]] == ["text 1", "text 2"]


_PAGE = ('<!DOCTYPE html>\n<html lang="en"><head><title>Vell road buried | Orsa Post</title>'
         '<meta property="og:site_name" content="Orsa Post"></head><body><nav><a href="/">Home</a></nav>'
         f'<article><h1>Vell road buried</h1><p>{TEXT_A}</p><p>Crews from Orsa began clearing the road on Wednesday.</p></article>'
         '<footer>Cookie settings</footer></body></html>')


def test_a_pasted_page_is_read_as_a_page_file_is(client: TestClient) -> None:
    """A page's source pasted in the form (or sent to the API) was compared as text: its headline
    "<!DOCTYPE html>", its sentences "<p>A landslide ...". It is read as a page: the page's title
    and site name unless others are given, and a page with no article is skipped with why."""
    report = client.post("/api/compare", json={"articles": [{"text": _PAGE}, {"text": TEXT_B, "source": "Valley Wire"}]}).json()
    page = report["articles"][0]
    assert (page["source"], page["title"]) == ("Orsa Post", "Vell road buried")
    assert "<" not in page["text"] and "30 metres" in page["text"]
    given = client.post("/api/compare", json={"articles": [{"text": _PAGE, "title": "Own title", "source": "Own outlet"},
                                                           {"text": TEXT_B}]}).json()["articles"][0]
    assert (given["source"], given["title"]) == ("Own outlet", "Own title")
    form = client.post("/compare", data={"text": [_PAGE, TEXT_B], "title": ["", ""], "source": ["", ""], "urls": ""})
    assert form.status_code == 200, form.text[:2000]
    assert "&lt;!DOCTYPE" not in form.text and "Orsa Post" in form.text
    empty = "<!DOCTYPE html><html><body><nav>Home</nav></body></html>"
    skipped = client.post("/api/compare", json={"articles": [{"text": empty}, {"text": TEXT_A}, {"text": TEXT_B}]}).json()
    assert [s["source"] for s in skipped["skipped"]] == ["text 1"] and "no article text" in skipped["skipped"][0]["reason"]


def test_one_text_pasted_twice_with_no_outlet_is_one_article(client: TestClient) -> None:
    """Two identical pastes were compared as two articles ("text 1", "text 2") that agreed on every
    claim; the same file named twice is one. A paste with an outlet given stays an outlet's copy."""
    report = client.post("/api/compare", json={"articles": [{"text": TEXT_A}, {"text": TEXT_A}, {"text": TEXT_B}]}).json()
    assert [a["source"] for a in report["articles"]] == ["text 1", "text 3"]
    [note] = report["skipped"]
    assert note["source"] == "text 2" and "same text as text 1" in note["reason"]
    named = client.post("/api/compare", json={"articles": [{"text": TEXT_A, "outlet": "Orsa Post"},
                                                           {"text": TEXT_A, "outlet": "Valley Wire"}]}).json()
    assert [a["source"] for a in named["articles"]] == ["Orsa Post", "Valley Wire"]


def test_an_articles_date_given_to_the_api_dates_it(client: TestClient) -> None:
    """/api/compare took no date: "date" was dropped without a word, so "yesterday" and "on Tuesday"
    were resolved against nothing, where the same records as a JSONL file are resolved."""
    report = client.post("/api/compare", json={"articles": [
        {"text": TEXT_A, "outlet": "Orsa Post", "date": "2026-06-10T08:00:00"},
        {"text": TEXT_B.replace("on Tuesday", "yesterday"), "outlet": "Valley Wire", "published": "Wed, 10 Jun 2026 09:00:00 +0000"},
    ]}).json()
    assert [a["date"] for a in report["articles"]] == ["2026-06-10T08:00:00", "2026-06-10T09:00:00+00:00"]
    resolved = {v["text"]: v["resolved"] for c in report["claims"] for v in c["values"] if v["kind"] == "weekday"}
    assert resolved == {"Tuesday": "2026-06-09", "yesterday": "2026-06-09"}
