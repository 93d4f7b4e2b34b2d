"""Invented events for the library tests, each with its own vocabulary so the clusterer's grouping
is unambiguous, and a store on real SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.store.facade import Store

# Invented events: each has its own vocabulary, so the clusterer's grouping is unambiguous.
EVENTS = [
    ("Korvath volcano", "The Korvath volcano erupted near Lindqvist village, sending ash over the Tarnby valley; {n} residents were evacuated by the regional civil defence."),
    ("Obradovic chess", "Grandmaster Milena Obradovic won the Reykjavik chess open after a marathon endgame against Tobias Arkwright; she collected {n} points."),
    ("Selmar bridge", "The Selmar suspension bridge over the Quarne river was closed after engineers found cracked cables; {n} lorries were diverted through Halden."),
    ("Pellucid satellite", "The Pellucid weather satellite reached orbit aboard a Vantor rocket from the Kessing spaceport, carrying {n} kilograms of instruments."),
]


def event_article(event: int, variant: int) -> str:
    name, body = EVENTS[event]
    return f"{name} ({variant})\n" + body.format(n=100 + variant)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "lib.db") as s:
        yield s


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def partition(store: Store) -> set[frozenset[str]]:
    """The stored stories as sets of article content hashes: comparable across stores."""
    by_id = {a.id: a.content_hash for a in store.articles()}
    return {frozenset(by_id[a.id] for a in store.story_articles(s.id)) for s in store.stories()}
