"""Reads answered from memory until the store changes: never stale, 304 for a known ETag."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rashomon[web]'")
from fastapi.testclient import TestClient  # noqa: E402

from rashomon.model import Document  # noqa: E402
from rashomon.stories.ingestion import ingest  # noqa: E402
from rashomon.store.facade import Store  # noqa: E402
from rashomon.web import create_app  # noqa: E402
from rashomon.web.config import WebLimits  # noqa: E402
from rashomon.web.readcache import Answer, ReadCache, StoreVersion  # noqa: E402

FERRY = Document(text="The Lindholm ferry resumed service on Tuesday after a two-day strike by its crews ended, "
                      "the operator said.", title="Lindholm ferry back in service", source="Harbour Post")
MARKET = Document(text="Traders at the Osterby fish market said on Friday that prices of cod had doubled since "
                       "the spring.", title="Cod prices double at Osterby market", source="Coast Daily")


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "reads.db")
    ingest([FERRY], store=store)
    return store


@pytest.fixture()
def client(store: Store) -> TestClient:
    # comparisons in the test's own threads: these stories are single articles, no worker needed
    return TestClient(create_app(store, limits=WebLimits(compare_in="thread")))


def test_a_write_to_the_store_is_seen_by_the_next_read(client: TestClient, store: Store) -> None:
    assert client.get("/healthz").json()["stories"] == 1
    assert [s["title"] for s in client.get("/api/stories").json()] == ["Lindholm ferry back in service"]
    assert client.get("/healthz").json()["stories"] == 1  # now from memory
    ingest([MARKET], store=store)  # another connection commits
    assert client.get("/healthz").json()["stories"] == 2
    listed = client.get("/api/stories")
    assert sorted(s["title"] for s in listed.json()) == ["Cod prices double at Osterby market", "Lindholm ferry back in service"]
    assert listed.headers["x-total-count"] == "2"


def test_a_write_from_another_store_object_is_seen_too(client: TestClient, tmp_path: Path) -> None:
    assert client.get("/healthz").json()["stories"] == 1
    with Store(tmp_path / "reads.db") as other:  # as another process's ingest would
        ingest([MARKET], store=other)
    assert client.get("/healthz").json()["stories"] == 2


def test_etag_answers_304_until_the_answer_changes(client: TestClient, store: Store) -> None:
    story_id = client.get("/api/stories").json()[0]["id"]
    for path in (f"/api/stories/{story_id}", f"/stories/{story_id}", "/api/stories", "/healthz"):
        first = client.get(path)
        assert first.status_code == 200 and first.headers["etag"].startswith('"')
        again = client.get(path, headers={"If-None-Match": first.headers["etag"]})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == first.headers["etag"]
        other = client.get(path, headers={"If-None-Match": '"not-this-one"'})
        assert other.status_code == 200 and other.content == first.content
    health = client.get("/healthz")
    ingest([MARKET], store=store)
    changed = client.get("/healthz", headers={"If-None-Match": health.headers["etag"]})
    assert changed.status_code == 200 and changed.json()["stories"] == 2


def test_an_unknown_story_is_still_404_and_not_kept(client: TestClient, store: Store) -> None:
    assert client.get("/api/stories/999").status_code == 404
    assert client.get("/stories/999").status_code == 404
    assert client.get("/api/stories/999").json()["error"]["message"] == "no story 999"


def test_a_store_without_a_change_counter_is_read_every_time() -> None:
    store = Store("sqlite://")  # in memory: no file to watch
    version = StoreVersion(store)
    assert not version.available and version.current() is None
    reads = ReadCache(version)
    reads.put(("k",), Answer.of(b"{}", "application/json"), reads.stamp())
    assert reads.get(("k",)) is None


def test_a_stamp_taken_before_a_write_is_a_miss_after_it(store: Store) -> None:
    reads = ReadCache(StoreVersion(store))
    stamp = reads.stamp()
    ingest([MARKET], store=store)  # committed while the answer was being built
    reads.put(("k",), Answer.of(b"old", "text/plain"), stamp)
    assert reads.get(("k",)) is None
    reads.put(("k",), Answer.of(b"new", "text/plain"), reads.stamp())
    assert reads.get(("k",)).body == b"new"


def test_if_none_match_forms() -> None:
    answer = Answer.of(b"x", "text/plain")
    assert answer.matches(answer.etag) and answer.matches(f'W/{answer.etag}') and answer.matches(f'"a", {answer.etag}')
    assert answer.matches("*") and not answer.matches('"a"') and not answer.matches(None) and not answer.matches("")
