"""The REST API in-process (web/api.py): stories, a story's report, compare, errors, schema and health,
over a real store of the bundled examples."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rashomon[web]'")
from fastapi.testclient import TestClient  # noqa: E402

from rashomon.model import Report  # noqa: E402
from rashomon.renderers.jsonfmt import json_schema  # noqa: E402
from rashomon.store.facade import Store  # noqa: E402
from tests.web_fixtures import TEXT_A, TEXT_B, client, multi, store  # noqa: E402,F401  (fixtures)

# --- the REST API ----------------------------------------------------------------------------


def test_api_stories_and_story_report(client: TestClient, store: Store, multi: int) -> None:
    listing = client.get("/api/stories").json()
    assert [s["id"] for s in listing] == [s.id for s in store.stories()]
    assert all(s["report_url"] == f"/api/stories/{s['id']}" for s in listing)
    outlet = listing[0]["outlets"][0]
    assert all(outlet in s["outlets"] for s in client.get("/api/stories", params={"outlet": outlet}).json())
    answer = client.get(f"/api/stories/{multi}")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    data = answer.json()
    assert Report.from_dict(data) == store.report(multi)
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency")
    jsonschema.Draft202012Validator(json_schema()).validate(data)


def test_api_compare_answers_the_report(client: TestClient) -> None:
    answer = client.post("/api/compare", json={"articles": [
        {"text": TEXT_A, "title": "Plant fire", "source": "Courier"},
        {"text": TEXT_B, "source": "Dispatch", "url": "https://example.org/fire"},
    ]})
    assert answer.status_code == 200, answer.text
    report = Report.from_dict(answer.json())
    assert [a.source for a in report.articles] == ["Courier", "Dispatch"]
    assert report.articles[0].title == "Plant fire" and report.articles[1].url == "https://example.org/fire"
    assert any(c.kind == "number" for c in report.conflicts), "12 vs 15 workers"


def test_api_compare_reads_a_field_under_the_names_a_record_file_is_read_under(client: TestClient) -> None:
    """"outlet", "headline", "body", "link", as a JSON or CSV file of records is read; was silently "text 1"."""
    answer = client.post("/api/compare", json={"articles": [
        {"body": TEXT_A, "outlet": "North Post", "headline": "First"},
        {"text": TEXT_B, "publisher": "South Daily", "title": "Second"},
    ]})
    assert answer.status_code == 200, answer.text
    articles = answer.json()["articles"]
    assert [(a["source"], a["title"]) for a in articles] == [("North Post", "First"), ("South Daily", "Second")]
    schema = client.get("/openapi.json").json()["components"]["schemas"]["ArticleIn"]["properties"]
    assert {"text", "title", "source", "url"} <= set(schema)


def test_api_compare_errors_are_json(client: TestClient) -> None:
    one = client.post("/api/compare", json={"articles": [{"text": TEXT_A}]})
    assert one.status_code == 400 and one.json()["error"]["type"] == "RequestError"
    blank = client.post("/api/compare", json={"articles": [{"text": TEXT_A}, {"text": "   "}]})
    assert blank.status_code == 400
    malformed = client.post("/api/compare", content=b"{not json", headers={"content-type": "application/json"})
    assert malformed.status_code == 422
    body = malformed.json()
    assert set(body) == {"error"} and body["error"]["type"] == "ValidationError"
    assert "Traceback" not in malformed.text
    missing = client.post("/api/compare", json={"stories": []})
    assert missing.status_code == 422 and "articles" in missing.json()["error"]["message"]


def test_api_compare_says_when_the_body_is_not_a_json_object(client: TestClient) -> None:
    """A script that posts text, a form, an empty body or a JSON array learns that the body is
    the problem and what to send, not pydantic's "a valid dictionary or object"."""
    def message(**kwargs: object) -> str:
        answer = client.post("/api/compare", **kwargs)  # type: ignore[arg-type]
        assert answer.status_code == 422 and answer.json()["error"]["type"] == "ValidationError"
        return answer.json()["error"]["message"]

    plain = message(content=b"two articles about a fire", headers={"content-type": "text/plain"})
    assert plain.startswith("the body was sent as text/plain, not as JSON") and "Content-Type: application/json" in plain
    form = message(data={"articles": "x"})
    assert form.startswith("the body was sent as application/x-www-form-urlencoded, not as JSON")
    cut = message(content=b'{"articles": [\n  {"text": "A fire."},\n  {"text": "B fire."\n', headers={"content-type": "application/json"})
    assert cut.startswith("the body is not valid JSON (") and "at line 4 column 1" in cut
    assert message(content=b"", headers={"content-type": "application/json"}).startswith("the body is empty")
    assert message(json=[{"text": TEXT_A}, {"text": TEXT_B}]).startswith("the body is an array in JSON, not an object")
    # a mistake inside the object still names its field
    assert message(json={"articles": [{"text": TEXT_A}, {"text": 5}]}) == "articles.1.text: Input should be a valid string"


def test_openapi_and_health(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/compare", "/api/stories", "/api/stories/{story_id}"} <= set(spec["paths"])
    assert "post" in spec["paths"]["/api/compare"]
    # a comparison can be refused as busy or stopped at its deadline (503 with Retry-After): both say so
    assert "503" in spec["paths"]["/api/compare"]["post"]["responses"]
    assert "503" in spec["paths"]["/api/stories/{story_id}"]["get"]["responses"]
    assert client.get("/healthz").json()["status"] == "ok"
    # a story's outlets can outnumber its articles (reprints): the schema says why
    story = spec["components"]["schemas"]["StoryOut"]["properties"]
    assert "reprint" in story["size"]["description"] and "reprint" in story["outlets"]["description"]
