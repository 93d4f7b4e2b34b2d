"""Fixtures of the web tests: a store of the bundled example stories and a story of one article
(ingested once per test module), a client over it, and short articles to compare."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rashomon.model import Document
from rashomon.stories.ingestion import ingest
from rashomon.store.facade import Store
from rashomon.web import create_app

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "examples"

TEXT_A = (
    "Fire crews were called to the Norvane plant in Eskerby on Monday night. "
    "Police Chief Tobias Orrell said 12 workers were treated for smoke inhalation. "
    "The company said all safety rules had been followed."
)
TEXT_B = (
    "A fire broke out at the Norvane chemical plant in Eskerby on Monday evening. "
    "Fire Chief Tobias Orrell said 15 workers were treated for smoke inhalation. "
    "Residents said nobody had warned them about the smoke."
)

LONE = ("The Velmora chess open ended on Sunday with a draw between grandmasters Ilse Varga and Tomas Brevik. "
        "The organisers said 140 players from 22 clubs took part.")


def example_sources() -> list[str]:
    return [str(p) for p in sorted(EXAMPLES.glob("*/*")) if p.suffix in (".txt", ".html")]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("web") / "web.db")
    result = ingest(example_sources(), store=store)
    assert result.added >= 8 and not result.skipped
    # A story of one article beside the examples' three stories of several.
    ingest([Document(text=LONE, title="Velmora chess open ends in a draw", source="Board Weekly")], store=store)
    return store


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


@pytest.fixture(scope="module")
def multi(store: Store) -> int:
    """The id of a story of several articles."""
    return max(store.stories(), key=lambda s: (s.size, -s.id)).id
