"""``rashomon search WORDS``: full-text search over the stored articles."""

from __future__ import annotations

import json
import re

import pytest

from cli_helpers import EXAMPLES, example_library, invoke


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return example_library(tmp_path_factory.mktemp("search"))


def rare_word() -> tuple[str, set[str]]:
    """A long word of the examples and the outlets (file stems) whose articles hold it."""
    texts = {path.stem: path.read_text(encoding="utf-8") for path in EXAMPLES.glob("*/*.txt")}
    words = sorted({w for text in texts.values() for w in re.findall(r"[A-Za-z]{9,}", text)})
    for word in words:
        holders = {name for name, text in texts.items() if re.search(rf"\b{word}\b", text, re.IGNORECASE)}
        if len(holders) == 1:
            return word, holders
    raise AssertionError("no word of the examples is in one article only")


def test_search_finds_the_article_that_holds_a_word(db):
    word, holders = rare_word()
    done = invoke("search", word, "--db", db, "-f", "json")
    assert done.exit_code == 0, done.output
    hits = json.loads(done.stdout)
    assert {hit["source"] for hit in hits} == holders
    assert all(hit["story_id"] is not None for hit in hits)
    table = invoke("search", word, "--db", db)
    count = f"{len(hits)} article matches" if len(hits) == 1 else f"{len(hits)} articles match"  # counts read as English
    assert table.exit_code == 0 and f"{count} '{word}'" in table.stdout


def test_search_for_nothing_is_refused_and_no_match_is_not_an_error(db):
    assert invoke("search", "zzzqqqxyzzy", "--db", db).exit_code == 0
    empty = invoke("search", "   ", "--db", db)
    assert empty.exit_code == 1 and "nothing to search" in empty.stderr


def test_a_search_cut_by_its_limit_says_more_match(db):
    hits = json.loads(invoke("search", "said", "--db", db, "-f", "json", "-n", "1000").stdout)
    assert len(hits) >= 3, "the examples say 'said' in several articles"
    cut = invoke("search", "said", "--db", db, "-n", "2")
    assert cut.exit_code == 0
    title = " ".join(cut.stdout.split())
    assert "the first 2 articles matching 'said'" in title and "raise --limit" in title
    assert f"{len(hits)} articles match '" not in title and "2 articles match '" not in title
    whole = " ".join(invoke("search", "said", "--db", db, "-n", str(len(hits))).stdout.split())
    assert f"{len(hits)} articles match 'said'" in whole and "raise --limit" not in whole
    assert len(json.loads(invoke("search", "said", "--db", db, "-f", "json", "-n", "2").stdout)) == 2
