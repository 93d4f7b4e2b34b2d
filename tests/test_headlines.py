"""Headline-only records: recognised by shape, clustered as headlines whatever field holds them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.stories.cluster import cluster_records
from rashomon.stories.headlines import HEADLINE_WORDS, headline_view, is_headline_only

HEADLINES = [
    ("h1", "Harbour council approves ferry route to Kellan island", "2024-03-05T08:00:00+00:00"),
    ("h2", "Kellan island ferry route wins council approval", "2024-03-05T08:05:00+00:00"),
    ("h3", "Council backs new Kellan ferry after long debate", "2024-03-05T08:09:00+00:00"),
    ("h4", "Warehouse fire near Dunmore rail yard burns overnight", "2024-03-05T08:02:00+00:00"),
    ("h5", "Firefighters battle Dunmore warehouse blaze", "2024-03-05T08:07:00+00:00"),
    ("h6", "Dunmore rail yard fire contained by morning", "2024-03-05T08:12:00+00:00"),
]


def test_the_shapes_of_a_headline() -> None:
    assert is_headline_only("A headline", "")
    assert is_headline_only("Ferry route approved by council", "Ferry route approved by council")
    assert is_headline_only("", "Ferry route approved by the harbour council on Tuesday")
    assert not is_headline_only("", "A first paragraph.\nA second paragraph of the article.")
    body = " ".join(["word"] * (HEADLINE_WORDS + 1))
    assert not is_headline_only(body, body)  # a one-sentence article whose sentence is its title
    assert not is_headline_only("Short title", "A body that says more than the title does here")
    assert headline_view("Ferry approved", "Ferry approved") == ("Ferry approved", "")
    assert headline_view("", "Ferry approved by council") == ("Ferry approved by council", "")
    assert headline_view("Ferry route approved by council", "Council votes 7-2") == (
        "Ferry route approved by council Council votes 7-2", "")
    article = "Paragraph one of a real article.\n" * 5
    assert headline_view("Title", article) == ("Title", article)


def test_a_headline_clusters_the_same_in_the_title_the_text_or_both() -> None:
    shapes = {
        "title": [{"id": i, "title": t, "text": "", "date": d} for i, t, d in HEADLINES],
        "text": [{"id": i, "title": "", "text": t, "date": d} for i, t, d in HEADLINES],
        "both": [{"id": i, "title": t, "text": t, "date": d} for i, t, d in HEADLINES],
    }
    partitions = {}
    for shape, records in shapes.items():
        stories: dict[str, set[str]] = {}
        for line in cluster_records(records):
            stories.setdefault(line["story"], set()).add(line["id"])
        partitions[shape] = sorted(sorted(s) for s in stories.values())
    assert partitions["title"] == partitions["text"] == partitions["both"]
    assert ["h1", "h2", "h3"] in partitions["title"]


def test_cluster_prints_the_settings_that_ran(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": t, "text": t, "date": d}) + "\n" for i, t, d in HEADLINES))
    result = CliRunner().invoke(app, ["cluster", str(path), "-o", str(tmp_path / "out.jsonl"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "0.02 for headline-only records (6 of 6" in result.output


def test_cluster_prints_the_threshold_of_the_embedder_that_ran(tmp_path: Path) -> None:
    from rashomon.stories.clusterer import StoryClusterer
    from rashomon.stories.headlines import HeadlineCount

    # a model-backed embedder's space has its own default, one for every record: the line says
    # that one, not the TF-IDF pair
    dense = StoryClusterer(embedder="static")
    told = HeadlineCount().settings(None, "static")
    assert f"static embedder, threshold {dense.threshold} for every record" in told
    assert dense.short_threshold == dense.threshold and "0.18" not in told
    tfidf = StoryClusterer()
    assert f"tfidf embedder, threshold {tfidf.threshold} for articles, {tfidf.short_threshold} for headline-only" in (
        HeadlineCount().settings(None))
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": t, "text": t, "date": d}) + "\n" for i, t, d in HEADLINES))
    result = CliRunner().invoke(app, ["cluster", str(path), "-o", str(tmp_path / "out.jsonl"), "--no-progress",
                                      "--embedder", "static"])
    assert result.exit_code == 0, result.output
    assert f"threshold {dense.threshold} for every record" in result.output


def test_cluster_and_ingest_print_the_time_penalties_that_ran(tmp_path: Path) -> None:
    from rashomon.stories.tuning import ARTICLE_PENALTY, HEADLINE_PENALTY

    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": i, "title": t, "text": t, "date": d}) + "\n" for i, t, d in HEADLINES))
    result = CliRunner().invoke(app, ["cluster", str(path), "-o", str(tmp_path / "out.jsonl"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"dated headlines: {HEADLINE_PENALTY.describe()}" in result.output
    assert "from the story's first article" in HEADLINE_PENALTY.describe()
    ingest = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "s.db"), "--no-progress", "--no-compare"])
    assert ingest.exit_code == 0, ingest.output
    assert f"dated articles: {ARTICLE_PENALTY.describe()}" in ingest.output


def test_the_headline_count_reads_a_record_s_fields_under_their_usual_names():
    """A JSONL record with "headline" and "body" (read by the clusterer as title and text) has a
    body: the settings line counted it headline-only ("2 of 2"); a record skipped for its id is
    not counted either (it is not clustered)."""
    from rashomon.stories.headlines import HeadlineCount

    body = "The ferry sank near the pier on Sunday, the coastguard said, and two people were rescued by a boat."
    counted = HeadlineCount()
    list(counted([{"id": "x1", "headline": "Ferry sinks", "body": body},
                  {"id": "x2", "Title": "Ferry sinks near the pier on Sunday"}]))
    assert (counted.headlines, counted.records) == (1, 2)


def test_two_skipped_records_each_leave_the_headline_count():
    """A record skipped for its repeated id and a later one skipped as empty: the settings line
    said "2 of 3" for two clustered records, one with a body, because the second skip was taken
    for the first's place."""
    from rashomon.stories.headlines import HeadlineCount

    body = "The ferry sank near the pier on Sunday, the coastguard said, and two people were rescued by a boat."
    counted = HeadlineCount()
    records = [{"id": "x1", "title": "Ferry sinks", "text": body},
               {"id": "x2", "title": "Ferry sinks near the pier"},
               {"id": "x1", "title": "Ferry sinks again", "text": body},
               {"id": "x3", "text": ""}]
    for position, _ in enumerate(counted(records)):
        if position >= 2:
            counted.drop(position)  # skipped as the clusterer reads it
    assert (counted.headlines, counted.records) == (1, 2)
