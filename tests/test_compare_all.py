"""``rashomon compare-all`` in one process: what it compares, what it keeps, and ``--limit``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.store.facade import Store
from rashomon.stories.compare_all import compare_all

EVENTS = [
    ("harbour ferry route", "The harbour council of Velmar approved a ferry route to Osk island on Tuesday after a long debate about costs, "
     "the council said. The route will start in May with two boats a day."),
    ("warehouse fire", "Firefighters in Drenna fought a warehouse fire near the rail yard through the night and saved the depot, "
     "the fire service said. Nobody was hurt in the blaze at the Drenna yard."),
    ("mountain pass storm", "A winter storm closed the Karsk mountain pass and stranded trucks on the highway for two days, "
     "police said. Snow ploughs reopened one lane on Thursday."),
]


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    records = []
    for number, (topic, text) in enumerate(EVENTS):
        for outlet in range(3):
            records.append({"title": f"{topic.title()} report {outlet}", "text": text.replace("said", ("said", "reported", "stated")[outlet]),
                            "outlet": f"outlet{outlet}.example", "url": f"https://outlet{outlet}.example/{number}",
                            "date": f"2024-03-0{number + 1}T0{outlet}:00:00Z"})
    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    db = tmp_path / "store.db"
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(db), "--no-progress", "--no-compare"])
    assert result.exit_code == 0, result.output
    return db


def test_compares_every_story_once_then_keeps_the_reports(store_path: Path) -> None:
    with Store(store_path) as store:
        first = compare_all(store)
        assert len(first.compared) == 3 and not first.failed and first.left == 0
        again = compare_all(store)
        assert again.compared == () and again.current == 3


def test_limit_compares_the_oldest_and_leaves_the_rest_for_the_next_run(store_path: Path) -> None:
    runner = CliRunner()
    step = runner.invoke(app, ["compare-all", "--db", str(store_path), "--limit", "2", "-f", "json", "--no-progress"])
    assert step.exit_code == 0, step.output
    done = json.loads(step.stdout)
    assert len(done["compared"]) == 2 and done["left"] == 1 and done["compared"] == sorted(done["compared"])
    rest = json.loads(runner.invoke(app, ["compare-all", "--db", str(store_path), "-f", "json", "--no-progress"]).stdout)
    assert len(rest["compared"]) == 1 and rest["left"] == 0 and rest["current"] == 2
    assert rest["compared"][0] > max(done["compared"])


def test_refresh_with_a_limit_goes_round_every_story_stalest_report_first(store_path: Path) -> None:
    """``--refresh --limit 1`` run again and again refreshes each story in turn (the ones with
    no report first, then the stalest report), so "1 left for the next run" comes true: it
    refreshed the first story every time and never reached the others."""
    runner = CliRunner()
    picked = []
    for _ in range(4):
        step = runner.invoke(app, ["compare-all", "--db", str(store_path), "--refresh", "--limit", "1", "-f", "json", "--no-progress"])
        assert step.exit_code == 0, step.output
        done = json.loads(step.stdout)
        assert done["left"] == 2
        picked += done["compared"]
    assert len(set(picked[:3])) == 3 and picked[3] == picked[0]


def test_a_limit_under_one_is_refused(store_path: Path) -> None:
    result = CliRunner().invoke(app, ["compare-all", "--db", str(store_path), "--limit", "0", "--no-progress"])
    assert result.exit_code != 0
    with Store(store_path) as store, pytest.raises(ValueError, match="limit"):
        compare_all(store, limit=0)


def test_a_story_is_compared_through_the_earliest_article_of_each_outlet_first():
    from rashomon.store.schema import StoredArticle
    from rashomon.stories.ingestion import story_documents

    def stored(i: int, outlet: str) -> StoredArticle:
        return StoredArticle(id=i, content_hash=str(i), canonical_url=None, source=outlet, title=f"t{i}", text=f"text {i}")

    # oldest first: outlet a writes three times before b and c write once
    articles = [stored(1, "a"), stored(2, "a"), stored(3, "a"), stored(4, "b"), stored(5, "c"), stored(6, "a")]
    documents, left = story_documents(articles, limit=4)
    assert [d.title for d in documents] == ["t1", "t2", "t4", "t5"]  # a, b, c first, then the earliest of the rest
    (note,) = left
    assert "store ids left out: 3, 6" in note.reason and note.source == "story: 2 of 6 articles"
    assert story_documents(articles, limit=6) == ([a.document() for a in articles], [])


def test_the_articles_a_story_is_not_compared_through_are_reported(store_path: Path, monkeypatch) -> None:
    from rashomon.stories import ingestion

    monkeypatch.setattr(ingestion, "MAX_STORY_ARTICLES", 2)
    with Store(store_path) as store:
        done = compare_all(store)
        report = store.report(done.compared[0])
    assert len(report.articles) == 2
    assert [s.source for s in report.skipped if s.source.startswith("story:")] == ["story: 1 of 3 articles"]


def test_the_summary_line_agrees_in_number(tmp_path: Path) -> None:
    # it printed "1 have one article" beside "1 already had a current report"
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"title": "Lone report", "text": EVENTS[0][1], "outlet": "solo.example"}) + "\n")
    db = str(tmp_path / "one.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(source), "--db", db, "--no-progress", "--no-compare"]).exit_code == 0
    result = runner.invoke(app, ["compare-all", "--db", db, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "1 has one article" in result.output and "have one article" not in result.output
