"""``rashomon ingest | stories | show | search`` through typer's CliRunner, on a temporary --db."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.cli.store_commands import parse_columns
from rashomon.model import Document
from rashomon.store.facade import Store

from shared_data import shared_path  # noqa: E402

runner = CliRunner()

ARTICLES = {
    "volcano-1.txt": "Korvath volcano erupts\nThe Korvath volcano erupted near Lindqvist village, sending ash over the Tarnby valley; 120 residents were evacuated.",
    "volcano-2.txt": "Ash over Tarnby\nAsh from the Korvath volcano covered the Tarnby valley after the eruption near Lindqvist village; 130 residents left.",
    "chess.txt": "Obradovic wins in Reykjavik\nGrandmaster Milena Obradovic won the Reykjavik chess open after a long endgame and a draw offer against Tobias Arkwright.",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "news"
    path.mkdir()
    for name, text in ARTICLES.items():
        (path / name).write_text(text, encoding="utf-8")
    (path / "broken.jsonl").write_text('{"title": "ok", "text": "A fine record about the Selmar bridge closure."}\n{not json\n', encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def run(*args: str):
    return runner.invoke(app, list(args))


def test_ingest_reports_counts_and_skips_and_is_idempotent(folder, db):
    first = run("ingest", str(folder), "--db", db)
    assert first.exit_code == 0, first.output
    assert "stored 4 new articles, 0 already stored, 1 skipped" in first.stdout
    assert "broken.jsonl:2" in first.stderr
    second = run("ingest", str(folder), "--db", db)
    assert second.exit_code == 0
    assert "stored 0 new articles, 4 already stored, 1 skipped; 0 stories gained articles" in second.stdout
    assert Store(db).count() == 4


def test_ingest_reports_documentation_in_a_folder_as_skipped(folder, db):
    (folder / "README.md").write_text("# News collected for the course\n\nOne file per article.\n", encoding="utf-8")
    result = run("ingest", str(folder), "--db", db)
    assert result.exit_code == 0, result.output
    assert "stored 4 new articles, 0 already stored, 2 skipped" in result.stdout
    assert "README.md: documentation, not an article" in " ".join(result.stderr.split())


def test_ingest_in_a_reading_process_and_a_bad_reader_choice(folder, db):
    result = run("ingest", str(folder), "--db", db, "--reader", "process")
    assert result.exit_code == 0, result.output
    assert "stored 4 new articles, 0 already stored, 1 skipped" in result.stdout
    assert "broken.jsonl:2" in result.stderr
    bad = run("ingest", str(folder), "--db", db, "--reader", "threads")
    assert bad.exit_code == 1 and "reader must be one of auto, inline, process" in bad.stderr


def test_ingest_with_a_column_mapping(tmp_path, db):
    sheet = tmp_path / "dump.csv"
    sheet.write_text('headline,body,outlet\nBridge shut,"The Selmar bridge was closed after cracked cables were found.",Courier\n', encoding="utf-8")
    result = run("ingest", str(sheet), "--db", db, "--columns", "title=headline, text=body,source=outlet")
    assert result.exit_code == 0, result.output
    (article,) = Store(db).articles()
    assert (article.title, article.source) == ("Bridge shut", "Courier")


@pytest.mark.parametrize("columns, message", [("title", "FIELD=COLUMN"), ("title=", "FIELD=COLUMN"), ("headline=title", "headline")])
def test_a_bad_column_mapping_is_a_user_error(tmp_path, db, columns, message):
    sheet = tmp_path / "dump.csv"
    sheet.write_text("title,text\nA,B\n", encoding="utf-8")
    result = run("ingest", str(sheet), "--db", db, "--columns", columns)
    assert result.exit_code == 1
    assert message in result.stderr


def test_parse_columns():
    assert parse_columns("title=headline,text=body") == {"title": "headline", "text": "body"}
    assert parse_columns(None) is None


@pytest.mark.parametrize(("spec", "message"), [
    ("text=body;title=headline", "separate the mappings with commas"),  # the title mapping was lost silently
    ("text=body,text=content", "'text' is mapped twice"),  # the last one won silently
    ("bogus=body", "'bogus' is not a record field"),  # it said "csv_columns keys must be record fields"
])
def test_a_columns_mapping_that_would_lose_a_mapping_is_refused(tmp_path, db, spec, message):
    source = tmp_path / "dump.jsonl"
    source.write_text('{"headline": "Dam fails", "body": "The Orvik dam failed on Friday."}\n', encoding="utf-8")
    result = run("ingest", str(source), "--db", db, "--columns", spec)
    assert result.exit_code == 1
    assert message in " ".join(result.stderr.split())


def test_nothing_readable_is_a_user_error(tmp_path, db):
    result = run("ingest", str(tmp_path / "missing.txt"), "--db", db)
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr and "nothing could be read" in result.stderr


def test_watch_runs_the_rounds_asked_for(folder, db):
    result = run("ingest", str(folder), "--db", db, "--watch", "0.01", "--rounds", "2")
    assert result.exit_code == 0, result.output
    assert "round 1: stored 4 new articles" in result.stdout
    assert "round 2: stored 0 new articles, 4 already stored" in result.stdout


def test_stories_as_table_and_json(folder, db):
    assert run("ingest", str(folder), "--db", db).exit_code == 0
    table = run("stories", "--db", db)
    assert table.exit_code == 0
    assert "Korvath volcano erupts" in table.stdout
    listed = json.loads(run("stories", "--db", db, "--format", "json").stdout)
    assert sorted(s["size"] for s in listed) == [1, 1, 2]
    (volcano,) = [s for s in listed if s["size"] == 2]
    assert volcano["title"] == "Korvath volcano erupts"
    assert run("stories", "--db", db, "--format", "xml").exit_code == 1


def test_stories_filtered_and_paged(folder, db):
    assert run("ingest", str(folder), "--db", db).exit_code == 0
    everything = [s["id"] for s in json.loads(run("stories", "--db", db, "-f", "json").stdout)]
    pages = [json.loads(run("stories", "--db", db, "-f", "json", "--limit", "2", "--offset", str(o)).stdout) for o in (0, 2)]
    assert [s["id"] for page in pages for s in page] == everything and len(pages[0]) == 2
    assert "stories 1-2 of 3" in run("stories", "--db", db, "--limit", "2").stdout
    volcano = json.loads(run("stories", "--db", db, "-f", "json", "--query", "volcano").stdout)
    assert [s["title"] for s in volcano] == ["Korvath volcano erupts"]
    assert [s["size"] for s in json.loads(run("stories", "--db", db, "-f", "json", "--min-outlets", "2").stdout)] == [2]
    none = run("stories", "--db", db, "--query", "nowhere-to-be-found")
    assert none.exit_code == 0 and "no stories match" in none.stderr
    assert run("stories", "--db", db, "--since", "last week").exit_code == 1


def test_stories_of_an_empty_store(db):
    from rashomon.store.facade import Store

    Store(db).close()
    result = run("stories", "--db", db)
    assert result.exit_code == 0 and "no stories yet" in result.stderr


@pytest.mark.parametrize("command", [("stories",), ("show", "1"), ("search", "fire"), ("compare-all",)])
def test_a_read_command_never_creates_a_store(tmp_path, command):
    missing = tmp_path / "typo" / "rashomon.db"
    result = run(*command, "--db", str(missing))
    assert result.exit_code == 1
    assert f"no store at {missing}" in " ".join(result.stderr.split())
    assert not missing.parent.exists(), "neither the file nor its folder was created"


def test_counts_read_as_english(folder, db):
    assert run("ingest", str(folder), "--db", db, "--no-compare").exit_code == 0
    listing = run("stories", "--db", db, "--limit", "1")
    assert "stories 1-1 of" in listing.stdout or "1 story\n" in listing.stdout
    one = run("search", "volcano Tarnby", "--db", db, "-n", "1")
    # more than one article matches: the table says it shows the first of them
    assert "the first article matching" in one.stdout and "1 articles" not in one.stdout


def test_search_finds_and_quotes(folder, db):
    assert run("ingest", str(folder), "--db", db).exit_code == 0
    found = run("search", "volcano Tarnby", "--db", db, "--format", "json")
    assert found.exit_code == 0
    hits = json.loads(found.stdout)
    assert {h["title"] for h in hits} == {"Korvath volcano erupts", "Ash over Tarnby"}
    assert all(h["story_id"] is not None for h in hits)
    table = run("search", 'Obradovic "chess" (open) AND', "--db", db)
    assert table.exit_code == 0 and "Obradovic" in table.stdout
    assert run("search", "nothing-like-this", "--db", db).exit_code == 0
    empty = run("search", "  ", "--db", db)
    assert empty.exit_code == 1 and "nothing to search" in empty.stderr


def _seed_story(db: str) -> int:
    seeds = shared_path("seeds")
    store = Store(db)
    docs = [Document(text=p.read_text(encoding="utf-8"), title=p.stem, source=p.stem) for p in sorted(seeds.glob("*.txt"))]
    ids = store.add_documents(docs).ids
    story = store.assign(ids[0])
    store.assign(ids[1], story)
    return story


def test_show_compares_on_demand_then_uses_the_stored_report(db):
    story = _seed_story(db)
    shown = run("show", str(story), "--db", db, "--format", "json")
    assert shown.exit_code == 0, shown.output
    report = json.loads(shown.stdout)
    assert report["schema"].startswith("rashomon.report/") and len(report["articles"]) == 2
    assert Store(db).story(story).has_report
    again = run("show", str(story), "--db", db, "--format", "json")
    assert json.loads(again.stdout) == report


@pytest.mark.parametrize("fmt, marker", [("md", "#"), ("html", "<html")])
def test_show_renders(db, tmp_path, fmt, marker):
    story = _seed_story(db)
    out = tmp_path / f"report.{fmt}"
    result = run("show", str(story), "--db", db, "--format", fmt, "--output", str(out))
    assert result.exit_code == 0, result.output
    assert marker in out.read_text(encoding="utf-8").lower()


def test_show_explains_what_cannot_be_shown(folder, db):
    assert run("ingest", str(folder), "--db", db).exit_code == 0
    single = [s["id"] for s in json.loads(run("stories", "--db", db, "-f", "json").stdout) if s["size"] == 1][0]
    one = run("show", str(single), "--db", db)
    assert one.exit_code == 1 and "at least two" in one.stderr
    missing = run("show", "9999", "--db", db)
    assert missing.exit_code == 1 and "no story 9999" in missing.stderr
    assert run("show", "1", "--db", db, "--format", "pdf").exit_code == 1


def test_a_bad_database_url_is_a_user_error():
    result = run("stories", "--db", "nosuchdb://host/x")
    assert result.exit_code == 1 and "nosuchdb" in result.stderr


def test_python_dash_m_runs_the_commands(db):
    from rashomon.store.facade import Store

    Store(db).close()
    done = subprocess.run([sys.executable, "-m", "rashomon.cli", "stories", "--db", db, "--format", "json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
