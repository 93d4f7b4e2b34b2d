"""The web app's comparisons run in its worker processes: stored stories too, with the deadline,
and at a lower CPU priority than the server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.hostile.generator import GOOD_A, GOOD_B

pytest.importorskip("fastapi")

SLOW = " ".join(["Anna Boris Carl Dana"] * 25_000)  # 100 KB of names: seconds of analysis


def _slow_story(db: Path) -> int:
    from rashomon.model import Document
    from rashomon.stories import ingestion as library
    from rashomon.store.facade import Store

    with Store(db) as store:
        library.ingest([Document(text=f"{GOOD_A}\n\n{SLOW}", title="Ferry", source="a"),
                        Document(text=f"{GOOD_B}\n\n{SLOW}", title="Ferry", source="b")], store=store)
        stories = [s for s in store.stories() if s.size == 2]
        assert stories and not stories[0].has_report, "the two articles should form one story, not yet compared"
        return stories[0].id


def test_a_stored_story_past_the_deadline_is_503_and_nothing_is_stored(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from rashomon.settings import Settings
    from rashomon.store.facade import Store
    from rashomon.web.app import create_app
    from rashomon.web.config import WebLimits

    db = tmp_path / "w.db"
    story_id = _slow_story(db)
    app_ = create_app(db, settings=Settings(embedder="tfidf"), limits=WebLimits(compare_deadline=0.3))
    with TestClient(app_, raise_server_exceptions=False) as client:
        response = client.get(f"/api/stories/{story_id}")
        assert response.status_code == 503 and response.headers["retry-after"]
        assert "took longer than 0.3 s" in response.json()["error"]["message"]
        assert client.get("/healthz").status_code == 200
    with Store(db) as store:
        assert store.report(story_id) is None


def test_a_stored_story_is_compared_in_a_worker_and_its_json_kept(tmp_path: Path, monkeypatch) -> None:
    from fastapi.testclient import TestClient

    from rashomon.comparison import pipeline
    from rashomon.settings import Settings
    from rashomon.store.facade import Store
    from rashomon.web.app import create_app

    db = tmp_path / "w.db"
    from rashomon.model import Document
    from rashomon.stories import ingestion as library

    with Store(db) as store:
        library.ingest([Document(text=f"{GOOD_A}\n\n{GOOD_B}", title="Ferry", source="a"),
                        Document(text=f"{GOOD_B}\n\n{GOOD_A}", title="Ferry", source="b")], store=store)
        story_id = next(s.id for s in store.stories() if s.size == 2)

    def in_this_process(*args, **kwargs):
        raise AssertionError("the server compared a story in its own process")

    monkeypatch.setattr(pipeline, "compare", in_this_process)
    app_ = create_app(db, settings=Settings(embedder="tfidf"))
    with TestClient(app_) as client:
        first = client.get(f"/api/stories/{story_id}")
        assert first.status_code == 200 and {a["source"] for a in first.json()["articles"]} == {"a", "b"}
        assert client.get(f"/api/stories/{story_id}").text == first.text
    with Store(db) as store:
        assert store.report(story_id) is not None


def test_the_workers_run_at_a_lower_priority_than_the_server(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from rashomon.settings import Settings
    from rashomon.web.app import create_app
    from rashomon.web.workers import shared_workers

    app_ = create_app(tmp_path / "w.db", settings=Settings(embedder="tfidf"))
    with TestClient(app_) as client:
        assert client.post("/api/compare", json={"articles": [{"text": GOOD_A}, {"text": GOOD_B}]}).status_code == 200
    pids = [pid for pids in shared_workers().idle().values() for pid in pids]
    assert pids
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    assert all(os.getpriority(os.PRIO_PROCESS, pid) > mine for pid in pids) or mine >= 19


def test_a_very_long_article_runs_in_the_heavy_lane_and_never_takes_an_ordinary_slot(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from rashomon.settings import Settings
    from rashomon.web.app import create_app
    from rashomon.web.config import WebLimits
    from rashomon.web.workers import shared_workers

    limits = WebLimits(heavy_chars=len(GOOD_A) + 10, heavy_wait=0.2, heavy_nice=9, worker_nice=3, max_running_compares=1)
    app_ = create_app(tmp_path / "w.db", settings=Settings(embedder="tfidf"), limits=limits)
    heavy = {"articles": [{"text": GOOD_A}, {"text": f"{GOOD_B}\n\n{GOOD_A}"}]}
    ordinary = {"articles": [{"text": GOOD_A}, {"text": GOOD_B}]}
    with TestClient(app_, raise_server_exceptions=False) as client:
        with app_.state.web.heavy_slots.slot():  # the heavy lane is busy: a second heavy one waits, then 503
            busy = client.post("/api/compare", json=heavy)
            assert busy.status_code == 503 and busy.headers["retry-after"]
            assert client.post("/api/compare", json=ordinary).status_code == 200  # its own slot is free
        with app_.state.web.slots.slot():  # every ordinary slot busy: the heavy one is not held by it
            answered = client.post("/api/compare", json=heavy)
        assert answered.status_code == 200 and len(answered.json()["articles"]) == 2
    idle = shared_workers().idle()
    assert idle.get(9) and idle.get(3)
    assert all(os.getpriority(os.PRIO_PROCESS, pid) > os.getpriority(os.PRIO_PROCESS, idle[3][0]) for pid in idle[9]) \
        or os.getpriority(os.PRIO_PROCESS, 0) >= 10


def test_an_ordinary_comparison_past_its_cpu_budget_drops_to_the_heavy_priority(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from rashomon.settings import Settings
    from rashomon.web.app import create_app
    from rashomon.web.config import WebLimits
    from rashomon.web.workers import shared_workers

    limits = WebLimits(heavy_after_cpu=0.05, heavy_nice=14, worker_nice=4, max_running_compares=1)
    app_ = create_app(tmp_path / "w.db", settings=Settings(embedder="tfidf"), limits=limits)
    slow = f"{GOOD_B}\n\n{SLOW[:40_000]}"  # under heavy_chars, but seconds of analysis
    with TestClient(app_) as client:
        assert client.post("/api/compare", json={"articles": [{"text": GOOD_A}, {"text": slow}]}).status_code == 200
    moved = shared_workers().idle().get(14)
    assert moved, "the worker that ran past its budget idles among the low-priority ones"
    assert all(os.getpriority(os.PRIO_PROCESS, pid) >= min(19, os.getpriority(os.PRIO_PROCESS, 0) + 14) for pid in moved)
