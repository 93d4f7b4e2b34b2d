"""At most N comparisons at once: the (N+1)th waits, then gets 503 with Retry-After."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rashomon[web]'")
from fastapi.testclient import TestClient  # noqa: E402

from rashomon.errors import Busy  # noqa: E402
from rashomon.store.facade import Store  # noqa: E402
from rashomon.web import create_app  # noqa: E402
from rashomon.web.config import WebLimits  # noqa: E402
from rashomon.web.slots import ComparisonSlots  # noqa: E402

TEXTS = [{"text": "The Lindqvist bridge in Oramo closed on Tuesday after cracks were found. Engineer Maja Holt said "
                  "repairs would take 3 weeks."},
         {"text": "Oramo shut the Lindqvist bridge on Tuesday. Engineer Maja Holt said repairs could take 6 weeks."}]


def test_a_slot_frees_for_the_next_and_a_full_house_is_busy() -> None:
    slots = ComparisonSlots(2, wait=0.01)
    with slots.slot(), slots.slot():
        with pytest.raises(Busy, match="running 2 comparisons at once"):
            with slots.slot():
                pass
    with slots.slot():  # both freed, even after the refusal
        pass


def test_a_waiting_request_gets_the_slot_as_soon_as_it_frees() -> None:
    slots = ComparisonSlots(1, wait=30.0)
    got = threading.Event()

    def wait_for_a_slot() -> None:
        with slots.slot():
            got.set()

    with slots.slot():
        waiter = threading.Thread(target=wait_for_a_slot)
        waiter.start()
        assert not got.wait(0.05), "the slot is held: the waiter must wait"
    waiter.join(5)
    assert got.is_set()


def test_bad_sizes_are_refused() -> None:
    with pytest.raises(ValueError):
        ComparisonSlots(0, 1.0)
    with pytest.raises(ValueError):
        ComparisonSlots(1, -1.0)


def test_the_api_answers_503_with_retry_after_when_every_slot_is_taken(tmp_path) -> None:
    app = create_app(Store(tmp_path / "busy.db"), limits=WebLimits(max_running_compares=1, compare_wait=0.01))
    client = TestClient(app)
    with app.state.web.slots.slot():  # another comparison is running
        busy = client.post("/api/compare", json={"articles": TEXTS})
        page = client.post("/compare", data={"text": [t["text"] for t in TEXTS]},
                           headers={"origin": "http://testserver"})
    assert busy.status_code == 503 and busy.headers["retry-after"] == "5"
    assert busy.json()["error"]["type"] == "Busy"
    assert page.status_code == 503 and "try again shortly" in page.text
    done = client.post("/api/compare", json={"articles": TEXTS})
    assert done.status_code == 200, done.text


def test_one_slot_per_core_by_default() -> None:
    import os

    assert WebLimits().running_compares() == (os.cpu_count() or 1)
    assert WebLimits(max_running_compares=3).running_compares() == 3
