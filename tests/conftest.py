"""Shared fixtures: articles built from text with the real segmenter, and the one way to the
data in ../shared.

``../shared`` (the development data: seeds, ECB+, UCI-6k, stories-dev) sits beside a working
copy of the project, never inside a clone of it. A test that reads it asks the ``shared``
fixture for the path, which skips the test, saying what is missing, when it is not there
(``RASHOMON_SHARED`` points elsewhere). Collection-time code uses :data:`SHARED` alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from rashomon.model import Article
from rashomon.comparison.segment import segment

SHARED = Path(os.environ.get("RASHOMON_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
SEEDS = SHARED / "seeds"


def shared_path(*parts: str) -> Path:
    """``SHARED / parts``, or skip the calling test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)}, which is not beside the repository ({path}); "
                    "the shared data is never part of a clone")
    return path


def make_article(article_id: str, text: str, source: str = "") -> Article:
    return Article(id=article_id, source=source or f"outlet-{article_id}", title="", text=text, sentences=segment(article_id, text))


@pytest.fixture(scope="session")
def shared() -> Callable[..., Path]:
    """``shared("seeds", "gold.json")``: that path under ../shared, or the test is skipped."""
    return shared_path


@pytest.fixture(scope="session")
def seeds_dir(shared: Callable[..., Path]) -> Path:
    shared("seeds", "gold.json")
    return shared("seeds")
