"""The web app's safety: the write token, cross-site posts, the caps, headers, error bodies."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rashomon[web]'")
from fastapi.testclient import TestClient  # noqa: E402

from rashomon.errors import MissingExtra  # noqa: E402
from rashomon.model import Document  # noqa: E402
from rashomon.store.facade import Store  # noqa: E402
from rashomon.web import create_app  # noqa: E402
from rashomon.web.config import WebLimits  # noqa: E402
from rashomon.web.security import CSP, TOKEN_COOKIE, is_loopback  # noqa: E402
from rashomon.web.server import decide_token, serve  # noqa: E402

TOKEN = "s3cret-token-for-the-tests"
TEXT_A = "The council met on Monday. The mayor said 12 homes were flooded. Repairs will take a month."
TEXT_B = "The council met on Tuesday. The mayor said 15 homes were flooded. Repairs will take weeks."
ARTICLES = {"articles": [{"text": TEXT_A, "source": "A"}, {"text": TEXT_B, "source": "B"}]}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "sec.db")
    store.add_documents([Document(text=TEXT_A, title="Flood", source="A", origin="a"), Document(text=TEXT_B, title="Flood", source="B", origin="b")])
    ids = [a.id for a in store.articles()]
    store.assign(ids[1], store.assign(ids[0]))
    return store


@pytest.fixture
def guarded(store: Store) -> TestClient:
    return TestClient(create_app(store, token=TOKEN))


def test_headers_forbid_inline_scripts_on_every_page(store: Store) -> None:
    client = TestClient(create_app(store))
    story = store.stories()[0].id
    for path in ("/", "/compare", f"/stories/{story}", "/outlets/A", "/api/stories", "/stories/12345", "/static/app.css"):
        response = client.get(path)
        assert response.headers["content-security-policy"] == CSP, path
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        if "text/html" in response.headers["content-type"]:
            assert '<meta name="viewport"' in response.text and '<main id="main"' in response.text
            assert 'href="#main"' in response.text, "skip link"
            for tag in re.findall(r"<script\b[^>]*>", response.text):
                assert re.fullmatch(r'<script src="/static/[\w.]+\.js" defer>', tag), tag
            assert " style=" not in response.text and "<style" not in response.text
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP


def test_writes_need_the_token_reads_do_not(guarded: TestClient, store: Store) -> None:
    assert guarded.get("/api/stories").status_code == 200
    assert guarded.get(f"/stories/{store.stories()[0].id}").status_code == 200
    missing = guarded.post("/api/compare", json=ARTICLES)
    assert missing.status_code == 401 and missing.json()["error"]["message"].startswith("this server needs a token")
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = guarded.post("/api/compare", json=ARTICLES, headers={"Authorization": "Bearer " + TOKEN[:-1] + "x"})
    assert wrong.status_code == 401
    right = guarded.post("/api/compare", json=ARTICLES, headers={"Authorization": f"Bearer {TOKEN}"})
    assert right.status_code == 200 and right.json()["schema"] == "rashomon.report/2"


def test_form_token_field_cookie_and_login(store: Store) -> None:
    client = TestClient(create_app(store, token=TOKEN))
    assert 'name="token"' in client.get("/compare").text
    refused = client.post("/compare", data={"text": [TEXT_A, TEXT_B], "urls": ""})
    assert refused.status_code == 401 and 'class="error"' in refused.text and TEXT_A in refused.text
    wrong = client.post("/compare", data={"text": [TEXT_A, TEXT_B], "urls": "", "token": "nope"})
    assert wrong.status_code == 401
    right = client.post("/compare", data={"text": [TEXT_A, TEXT_B], "urls": "", "token": TOKEN})
    assert right.status_code == 200 and 'class="outlet-column"' in right.text
    cookie = right.headers["set-cookie"]
    assert cookie.startswith(f"{TOKEN_COOKIE}=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert client.post("/compare", data={"text": [TEXT_A, TEXT_B], "urls": ""}).status_code == 200, "the cookie is enough now"
    assert 'name="token"' not in client.get("/compare").text

    fresh = TestClient(create_app(store, token=TOKEN))
    assert fresh.get("/login", params={"token": "bad"}, follow_redirects=False).status_code == 401
    login = fresh.get("/login", params={"token": TOKEN}, follow_redirects=False)
    assert login.status_code == 303 and login.headers["location"] == "/compare"
    assert fresh.post("/compare", data={"text": [TEXT_A, TEXT_B], "urls": ""}).status_code == 200


def test_cross_site_posts_are_refused(store: Store) -> None:
    client = TestClient(create_app(store))
    evil = {"Origin": "https://evil.example"}
    assert client.post("/api/compare", json=ARTICLES, headers=evil).status_code == 403
    assert client.post("/compare", data={"text": [TEXT_A, TEXT_B]}, headers=evil).status_code == 403
    assert client.post("/compare", data={"text": [TEXT_A, TEXT_B]}, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.post("/compare", data={"text": [TEXT_A, TEXT_B]}, headers={"Sec-Fetch-Site": "same-site"}).status_code == 403
    same = client.post("/api/compare", json=ARTICLES, headers={"Origin": "http://testserver"})
    assert same.status_code == 200
    # what chromium sends for a form post from this site under Referrer-Policy: no-referrer
    form = client.post("/compare", data={"text": [TEXT_A, TEXT_B]}, headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"})
    assert form.status_code == 200


def test_body_cap_answers_413_before_reading(store: Store) -> None:
    client = TestClient(create_app(store, limits=WebLimits(max_body_bytes=2_000)))
    big = {"articles": [{"text": "x" * 3_000}, {"text": TEXT_B}]}
    api = client.post("/api/compare", json=big)
    assert api.status_code == 413 and api.json()["error"]["type"] == "TooLarge"
    page = client.post("/compare", data={"text": ["x" * 3_000, TEXT_B]})
    assert page.status_code == 413 and "text/html" in page.headers["content-type"] and "larger than the limit" in page.text

    def chunks():  # no Content-Length: the bytes are counted as they arrive
        yield b'{"articles": [{"text": "'
        for _ in range(10):
            yield b"y" * 500
        yield b'"}]}'

    streamed = client.post("/api/compare", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413 and streamed.json()["error"]["type"] == "TooLarge"


def test_article_count_and_article_size_caps(store: Store) -> None:
    client = TestClient(create_app(store, limits=WebLimits(max_articles=3, max_article_bytes=1_000)))
    many = client.post("/api/compare", json={"articles": [{"text": TEXT_A}] * 4})
    assert many.status_code == 413 and "at most 3" in many.json()["error"]["message"]
    large = client.post("/api/compare", json={"articles": [{"text": TEXT_A + " word" * 300}, {"text": TEXT_B}]})
    assert large.status_code == 413 and "limit is 1,000" in large.json()["error"]["message"]
    upload = client.post("/compare", data={"text": [TEXT_A, ""]}, files=[("files", ("big.txt", b"z " * 800, "text/plain"))])
    assert upload.status_code == 413 and "big.txt" in upload.text and 'class="error"' in upload.text
    form_text = client.post("/compare", data={"text": [TEXT_A + " word" * 300, TEXT_B]})
    assert form_text.status_code == 413 and 'class="error"' in form_text.text


def test_a_title_or_outlet_past_the_forms_length_is_refused_not_made_the_heading(store: Store) -> None:
    # the form's fields stop at 500 and 200 characters, but a script (or curl) could send 100,000:
    # that "title" became the page's <h1> and <title> and led the text that was read
    client = TestClient(create_app(store))
    page = client.get("/compare").text
    assert 'maxlength="500"' in page and 'maxlength="200"' in page
    long_title = client.post("/api/compare", json={"articles": [{"text": TEXT_A}, {"text": TEXT_B, "title": "Flood " * 200}]})
    assert long_title.status_code == 413
    assert long_title.json()["error"]["message"] == ("article 2's title has 1,199 characters; the limit is 500; "
                                                     "is its text in the title field?")
    form = client.post("/compare", data={"text": [TEXT_A, TEXT_B], "title": ["", ""], "source": ["A" * 201, "B"]})
    assert form.status_code == 413 and "article 1&#39;s outlet has 201 characters; the limit is 200" in form.text
    assert client.post("/api/compare", json={"articles": [{"text": TEXT_A, "title": "T" * 500, "source": "S" * 200},
                                                          {"text": TEXT_B}]}).status_code == 200


def test_unexpected_errors_answer_without_a_traceback(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(store)

    def explode(summary):  # noqa: ANN001, ANN202
        raise RuntimeError("internal detail /etc/secret")

    app.state.web.reports.report = explode
    client = TestClient(app, raise_server_exceptions=False)
    story = store.stories()[0].id
    with caplog.at_level(logging.ERROR):
        api = client.get(f"/api/stories/{story}")
        page = client.get(f"/stories/{story}")
    assert api.status_code == 500 and api.json() == {"error": {"message": "the server could not do this; the log has the details", "type": "InternalError"}}
    assert page.status_code == 500 and "text/html" in page.headers["content-type"]
    for body in (api.text, page.text):
        assert "Traceback" not in body and "/etc/secret" not in body
    assert any(r.exc_info and "internal detail" in str(r.exc_info[1]) for r in caplog.records), "the traceback is logged"


def test_unknown_routes_and_methods_answer_json_under_api(store: Store) -> None:
    client = TestClient(create_app(store))
    missing = client.get("/api/nothing")
    assert missing.status_code == 404 and set(missing.json()) == {"error"}
    method = client.delete("/api/stories")
    assert method.status_code == 405 and set(method.json()) == {"error"}
    assert "text/html" in client.get("/nothing").headers["content-type"]


def test_token_decision() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example.org")
    assert decide_token("127.0.0.1", None).token is None
    made = decide_token("0.0.0.0", None)
    assert made.generated and len(made.token) >= 32
    assert decide_token("0.0.0.0", None).token != made.token
    assert decide_token("0.0.0.0", TOKEN).token == TOKEN and not decide_token("0.0.0.0", TOKEN).generated
    assert decide_token("127.0.0.1", TOKEN).token == TOKEN, "a token given is enforced on loopback too"
    with pytest.raises(ValueError, match="at least 16"):
        decide_token("0.0.0.0", "short")


def test_serve_without_the_web_extra_names_the_pip_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(MissingExtra, match=r"pip install 'rashomon\[web\]'"):
        serve(host="127.0.0.1", port=0, db=None)


def test_head_is_answered_on_every_page_that_answers_get(store: Store) -> None:
    client = TestClient(create_app(store))
    for path in ("/", "/compare", "/api/stories", "/healthz", "/static/app.css"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"], path
        assert head.headers["content-security-policy"] == CSP
    # a missing page is still missing, and a write-only route still refuses
    assert client.head("/stories/12345").status_code == 404
    assert client.head("/api/compare").status_code == 405
