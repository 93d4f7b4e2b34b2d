"""``rashomon ingest``: the bundled examples folder into a fresh store, as a user would."""

from __future__ import annotations

from cli_helpers import EXAMPLES, example_articles, run

from rashomon.store import Store


def test_ingest_stores_each_article_once_makes_the_stories_and_names_every_skip(tmp_path):
    articles = sum(len(outlets) for outlets in example_articles().values())
    first = run("ingest", str(EXAMPLES), "--db", "library.db", "--no-progress", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    stories = len(example_articles())
    assert f"stored {articles} new articles, 0 already stored" in first.stdout
    assert f"{stories} stories gained articles ({stories} new)" in first.stdout
    skipped = [line for line in first.stderr.splitlines() if line.startswith("skipped ")]
    assert any("README.md: documentation, not an article" in line for line in skipped)
    assert not any("gold.json" in line for line in skipped)  # a gold file beside the articles is no article, and no warning
    with Store(tmp_path / "library.db") as store:
        assert store.count() == articles and len(store.stories()) == stories

    again = run("ingest", str(EXAMPLES), "--db", "library.db", "--no-progress", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert f"stored 0 new articles, {articles} already stored" in again.stdout


def test_ingest_of_nothing_usable_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    done = run("ingest", "empty.txt", "--db", "library.db", "--no-progress", cwd=tmp_path)
    assert done.returncode == 1
    assert "stored 0 new articles, 0 already stored, 1 skipped" in done.stdout
    message = " ".join(done.stderr.split())
    assert "skipped empty.txt: only whitespace" in message and "nothing could be read" in message


def test_ingest_names_a_story_it_could_not_compare_and_goes_on(tmp_path, monkeypatch):
    # A comparison that fails (here forced) is reported with its reason; the ingest still
    # succeeds and says how many stories could not be compared.
    from cli_helpers import invoke

    from rashomon.errors import StoreError
    from rashomon.stories import refresh

    def fails(story_id, store, settings=None):
        raise StoreError(f"story {story_id} took too long [for <this> test]")

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(refresh, "compare_story", fails)
    done = invoke("ingest", str(EXAMPLES), "--db", "library.db", "--no-progress")
    assert done.exit_code == 0, done.output
    assert "could not be compared" in done.stdout
    assert "took too long [for <this> test]" in done.stderr  # the reason, its brackets not read as markup


def test_watching_standard_input_is_refused_before_anything_is_read(tmp_path):
    # stdin is read once: each later poll would find it empty and report it skipped
    from cli_helpers import FERRY_A, invoke

    db = str(tmp_path / "library.db")
    done = invoke("ingest", "-", "--db", db, "--watch", "1", "--rounds", "2", "--no-progress", input=FERRY_A)
    assert done.exit_code == 1
    assert "--watch cannot poll standard input" in " ".join(done.stderr.split())
    assert not (tmp_path / "library.db").exists()


def test_standard_input_is_read_in_this_process_whatever_the_reader(tmp_path):
    # a reading child process has no standard input: "-" read there found nothing
    import json

    from cli_helpers import FERRY_A, FERRY_B, invoke

    lines = "".join(json.dumps({"id": f"r{n}", "title": f"Ferry {n}", "text": text, "source": f"outlet{n}"}) + "\n"
                    for n, text in enumerate((FERRY_A, FERRY_B), 1))
    db = str(tmp_path / "library.db")
    done = invoke("ingest", "-", "--db", db, "--reader", "process", "--no-compare", "--no-progress", input=lines)
    assert done.exit_code == 0, done.output
    assert "stored 2 new articles" in done.stdout


def test_rounds_without_watch_is_refused_before_anything_is_read(tmp_path):
    """``--rounds`` was ignored without ``--watch``: one ingest ran and nothing said the option did nothing."""
    from cli_helpers import ferry, invoke

    db = tmp_path / "library.db"
    done = invoke("ingest", *map(str, ferry(tmp_path)), "--db", str(db), "--rounds", "2", "--no-progress")
    assert done.exit_code == 1, done.output
    assert "--rounds counts the polls of --watch" in " ".join(done.stderr.split())
    assert not db.exists()
