"""``rashomon show STORY``: a stored story's comparison report."""

from __future__ import annotations

import json

import pytest

from cli_helpers import FERRY_A, example_library, invoke


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> tuple[str, dict]:
    db = example_library(tmp_path_factory.mktemp("show"))
    stories = json.loads(invoke("stories", "--db", db, "-f", "json").stdout)
    return db, max(stories, key=lambda story: story["size"])


def test_show_writes_the_report_of_the_story_and_stores_it(library, tmp_path):
    db, story = library
    out = tmp_path / "story.json"
    done = invoke("show", str(story["id"]), "--db", db, "-f", "json", "-o", str(out))
    assert done.exit_code == 0, done.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["schema"] == "rashomon.report/2"
    assert sorted(article["source"] for article in report["articles"]) == sorted(story["outlets"])
    listed = {s["id"]: s for s in json.loads(invoke("stories", "--db", db, "-f", "json").stdout)}
    assert listed[story["id"]]["has_report"] is True
    again = invoke("show", str(story["id"]), "--db", db)  # the stored report, as Markdown
    assert again.exit_code == 0 and again.stdout.startswith("# rashomon report")


def test_show_of_an_unknown_story_exits_1(library):
    db, _ = library
    done = invoke("show", "999", "--db", db)
    assert done.exit_code == 1
    assert "no story 999" in " ".join(done.stderr.split())


def test_show_of_a_story_of_one_article_says_so_rather_than_blaming_the_article(tmp_path):
    article = tmp_path / "harbour-post.txt"
    article.write_text(FERRY_A, encoding="utf-8")
    db = str(tmp_path / "one.db")
    assert invoke("ingest", str(article), "--db", db, "--no-progress").exit_code == 0
    story = json.loads(invoke("stories", "--db", db, "-f", "json").stdout)[0]
    done = invoke("show", str(story["id"]), "--db", db)
    assert done.exit_code == 1
    message = " ".join(done.stderr.split())
    assert f"story {story['id']} has one article: nothing to compare it with (at least two are needed" in message
    assert "usable" not in message


def test_show_to_an_html_file_without_a_format_writes_html(library, tmp_path):
    db, story = library
    out = tmp_path / "story.html"
    done = invoke("show", str(story["id"]), "--db", db, "-o", str(out))
    assert done.exit_code == 0, done.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
