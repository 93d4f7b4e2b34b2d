"""scripts/self_copies.py: an article beside its own copy has no conflict."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from self_copies import main, self_conflicts  # noqa: E402

from rashomon.demo import example_stories, story_sources  # noqa: E402
from rashomon.settings import Settings  # noqa: E402


@pytest.mark.parametrize("story", example_stories(), ids=lambda s: s.name)
def test_no_packaged_example_article_conflicts_with_its_own_copy(story):
    for path in story_sources(story):
        assert self_conflicts(path, Settings(embedder="static")) == [], path.name


def test_the_script_counts_and_exits_clean_on_the_examples(capsys):
    assert main(["--set", "examples", "--totals-only"]) == 0
    assert "0 conflicts with their own copies" in capsys.readouterr().out
