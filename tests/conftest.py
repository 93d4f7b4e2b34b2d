"""Shared fixtures: articles built from text with the real segmenter."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.model import Article
from rashomon.comparison.segment import segment

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def make_article(article_id: str, text: str, source: str = "") -> Article:
    return Article(id=article_id, source=source or f"outlet-{article_id}", title="", text=text, sentences=segment(article_id, text))


@pytest.fixture
def seeds_dir() -> Path:
    if not (SEEDS / "gold.json").exists():
        pytest.skip(f"the shared seeds are not beside the repository ({SEEDS})")
    return SEEDS
