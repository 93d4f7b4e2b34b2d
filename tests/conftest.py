"""Shared fixtures: articles built from text with the real segmenter, and the one way to the
data in ../shared.

``../shared`` (the development data: seeds, ECB+, UCI-6k, stories-dev) sits beside a working
copy of the project, never inside a clone of it. A test that reads it asks the ``shared``
fixture for the path, which skips the test, saying what is missing, when it is not there
(``RASHOMON_SHARED`` points elsewhere). Helpers and collection-time code import
:func:`shared_data.shared_path` and :data:`shared_data.SHARED` (a module of its own: a
``conftest`` module is not importable by name, tests/e2e has one too).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rashomon.model import Article
from rashomon.comparison.segment import segment
from shared_data import SEEDS, SHARED, shared_path  # noqa: F401  (the one definition of where ../shared is)


def make_article(article_id: str, text: str, source: str = "") -> Article:
    return Article(id=article_id, source=source or f"outlet-{article_id}", title="", text=text, sentences=segment(article_id, text))


def conflicts_of(*texts: str) -> list:
    """The conflicts found among short articles a1, a2, ... (Outlet A, B, ...), aligned with tfidf."""
    from rashomon.backends.embedders import get_embedder
    from rashomon.comparison.align import align_claims
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts import find_conflicts

    articles = [make_article(f"a{i + 1}", t, f"Outlet {'ABCD'[i]}") for i, t in enumerate(texts)]
    claims = extract_claims(articles)
    return find_conflicts(claims, align_claims(claims, get_embedder("tfidf")), (), articles)


def checklist_params(rows, known_gaps: dict) -> list:
    """A pair CheckList's rows ``(class, a, b, conflict)`` as pytest params ``(a, b, conflict)`` named by
    class; a row in ``known_gaps`` (keyed by ``(a, b)``, valued by why) is a strict xfail."""
    return [pytest.param(a, b, conflict, id=cls,
                         marks=[pytest.mark.xfail(reason=known_gaps[a, b], strict=True)] if (a, b) in known_gaps else [])
            for cls, a, b, conflict in rows]


def resolved_conflicts_of(*texts: str) -> list:
    """As :func:`conflicts_of`, with the entity stage's people and places, as the pipeline has them
    (a role conflict needs a person resolved across the articles)."""
    from rashomon.backends.embedders import get_embedder
    from rashomon.comparison.align import align_claims
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts import find_conflicts
    from rashomon.comparison.entities import resolve_entities

    articles = [make_article(f"a{i + 1}", t, f"Outlet {'ABCD'[i]}") for i, t in enumerate(texts)]
    entities = resolve_entities(articles)
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=entities)
    return find_conflicts(claims, alignment, entities, articles)


@pytest.fixture(scope="session")
def shared() -> Callable[..., Path]:
    """``shared("seeds", "gold.json")``: that path under ../shared, or the test is skipped."""
    return shared_path


@pytest.fixture(scope="session")
def seeds_dir(shared: Callable[..., Path]) -> Path:
    shared("seeds", "gold.json")
    return shared("seeds")
