"""The library on real SQLite, the real readers and the real clusterer; HTTP is canned."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from rashomon.stories import ingestion as library
from rashomon.errors import NotEnoughArticles, StoreError
from rashomon.stories.ingestion import IngestResult, cluster_stories, compare_story, ingest, story_report, watch
from rashomon.model import Document, Report
from rashomon.store.facade import Store, content_hash

from shared_data import SEEDS, shared_path  # noqa: E402
from library_events import event_article, partition, store, write  # noqa: F401  (store is a fixture)


# --- ingest ------------------------------------------------------------------------------------


def test_ingest_stores_each_article_once_and_reports_every_bad_input(tmp_path, store):
    folder = tmp_path / "in"
    for event in range(2):
        for variant in range(3):
            write(folder, f"e{event}v{variant}.txt", event_article(event, variant))
    lines = [
        json.dumps({"id": "x1", "title": "Bridge", "text": event_article(2, 0), "source": "Wire", "date": "2024-05-02"}),
        '{"id": "x2", "title": "broken',  # line 2: not JSON
        json.dumps({"id": "x3", "title": "no text here"}),  # line 3: no text
        json.dumps({"id": "x1", "title": "Bridge again", "text": event_article(2, 1), "source": "Wire"}),
        json.dumps({"id": "x5", "title": "Same as a file", "text": event_article(0, 0)}),  # a duplicate of a stored text
    ]
    write(folder, "dump.jsonl", "\n".join(lines) + "\n")
    write(folder, "sheet.csv", "headline,body,outlet\nSatellite,\"" + event_article(3, 0) + "\",Space Daily\n")
    (folder / "latin1.txt").write_bytes(("Caf\xe9 " * 3).encode("latin-1") + b"\xff\xfe\x00\x01" * 50)

    result = ingest([folder], store=store, csv_columns={"title": "headline", "text": "body", "source": "outlet"})

    assert result.added == 6 + 2 + 1
    assert result.duplicates == 1
    reasons = {s.source: s.reason for s in result.skipped}
    assert any(source.endswith("dump.jsonl:2") for source in reasons), reasons
    assert any(source.endswith("dump.jsonl:3") for source in reasons), reasons
    assert any("latin1.txt" in source for source in reasons), reasons
    assert store.count() == 9
    (satellite,) = [a for a in store.articles() if a.title == "Satellite"]
    assert satellite.source == "Space Daily"
    # every stored article is in a story; the four events make four stories
    assert store.unassigned() == []
    assert sorted(s.size for s in store.stories()) == [1, 2, 3, 3]

    again = ingest([folder], store=store, csv_columns={"title": "headline", "text": "body", "source": "outlet"})
    assert (again.added, again.duplicates) == (0, 10)
    assert again.stories == () and again.new_stories == 0
    assert store.count() == 9


def test_a_wrong_option_raises_before_anything_is_stored(tmp_path, store):
    write(tmp_path, "a.txt", event_article(0, 0))
    with pytest.raises(ValueError, match="headline"):
        ingest([tmp_path], store=store, csv_columns={"headline": "title"})
    with pytest.raises(ValueError):
        ingest([tmp_path], store=store, batch_size=0)
    assert store.count() == 0


def test_documents_can_be_ingested_directly(store):
    docs = [Document(text=event_article(1, v), title=f"Chess {v}", source=f"Outlet {v}", origin=f"doc{v}") for v in range(3)]
    result = ingest(docs, store=store)
    assert result.added == 3 and result.new_stories == 1
    (story,) = store.stories()
    assert story.size == 3 and story.outlets == ("Outlet 0", "Outlet 1", "Outlet 2")


def test_a_story_the_sweeps_empty_is_not_counted_as_new(store):
    # The second headline shares no word with the first and starts a story; the later ones join
    # the first story and the sweep moves the second there too, emptying (deleting) its story.
    heads = ["Ferry runs aground near Kalvik port", "Harbor closed after crash",
             "Kalvik ferry crash closes harbor", "Kalvik harbor crash: ferry aground"]
    docs = [Document(text=h, title=h, source=f"Outlet {i}", origin=f"h{i}", date=f"2030-05-01T08:{10 * i:02d}:00")
            for i, h in enumerate(heads)]
    result = ingest(docs, store=store)
    stories = store.stories()
    assert [s.size for s in stories] == [4]
    assert result.stories == (stories[0].id,)
    assert result.new_stories == 1


def test_a_later_ingest_joins_the_stories_already_stored(tmp_path, store):
    first = ingest([Document(text=event_article(e, 0), title=f"{e}-0") for e in range(4)], store=store)
    assert first.new_stories == 4
    story_of_title = {a.title: sid for a in store.articles() for aid, sid in store.assignments().items() if aid == a.id}
    # A fresh clusterer knows no stories: only a rebuilt one puts these into the old stories.
    second = ingest([Document(text=event_article(e, 1), title=f"{e}-1") for e in (2, 0)], store=store)
    assert second.new_stories == 0
    assert set(second.stories) == {story_of_title["2-0"], story_of_title["0-0"]}
    assignments = store.assignments()
    for article in store.articles():
        event = article.title.split("-")[0]
        assert assignments[article.id] == story_of_title[f"{event}-0"]


def test_articles_left_unclustered_are_clustered_by_the_next_run(store):
    docs = [Document(text=event_article(e, v)) for e in range(2) for v in range(2)]
    stored = ingest(docs, store=store, cluster=False)
    assert stored.added == 4 and stored.stories == ()
    assert len(store.unassigned()) == 4 and store.stories() == []
    rerun = ingest(docs, store=store)
    assert rerun.added == 0 and rerun.new_stories == 2
    assert store.unassigned() == []
    assert cluster_stories(store).assigned == 0


def test_an_unparseable_date_does_not_stop_clustering(store):
    docs = [Document(text=event_article(3, v), date=d) for v, d in enumerate(["2024-05-01", "sometime in May", None])]
    result = ingest(docs, store=store)
    assert result.added == 3 and store.unassigned() == []


def test_progress_callback_sees_both_stages(store):
    seen: list[tuple[str, int, int | None]] = []
    ingest([Document(text=event_article(0, v)) for v in range(3)], store=store, progress=lambda *a: seen.append(a))
    stages = [s for s, _, _ in seen]
    assert "reading" in stages and "clustering" in stages and stages[-1] == "done"
    assert ("clustering", 3, 3) in seen


# --- a real kill -------------------------------------------------------------------------------

_KILLABLE = textwrap.dedent(
    """
    import sys, time
    from rashomon.stories.ingestion import ingest
    from rashomon.store.facade import Store

    db, folder, slow_stage, reader = sys.argv[1:5]

    def progress(stage, done, total):
        if stage == slow_stage:
            time.sleep(0.02)  # slow enough for the test to kill it half-way

    ingest([folder], store=Store(db), batch_size=3, progress=progress, reader=reader)
    """
)


def _count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.mark.parametrize(
    "stage, table, reader",
    [
        ("reading", "articles", "inline"),
        ("clustering", "story_articles", "inline"),
        # Reading and storing in a child process, clustering in the parent: the parent is killed.
        ("clustering", "story_articles", "process"),
    ],
)
def test_a_killed_ingest_loses_nothing_committed_and_a_rerun_duplicates_nothing(tmp_path, stage, table, reader):
    folder = tmp_path / "articles"
    texts = {}
    for i in range(240):
        text = event_article(i % 4, i) + f"\nArchive reference {i:04d}."
        texts[content_hash(text)] = text
        write(folder, f"{i:04d}.txt", text)
    db = tmp_path / "killed.db"
    script = tmp_path / "killable.py"
    script.write_text(_KILLABLE)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}

    process = subprocess.Popen([sys.executable, str(script), str(db), str(folder), stage, reader], env=env)
    try:
        deadline = time.monotonic() + 120
        while _count(db, f"SELECT count(*) FROM {table}") < 30:
            assert process.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest committed nothing in two minutes"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    if reader == "process":  # the reading child notices its parent is gone and ends too
        deadline = time.monotonic() + 10
        while _children_of(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _children_of(process.pid), "the reading process outlived the killed ingest"
    committed = _count(db, f"SELECT count(*) FROM {table}")
    assert 30 <= committed < 240, "the kill did not land half-way"

    with Store(db) as store:
        survivors = {a.content_hash for a in store.articles()}
        assert survivors <= set(texts)
        result = ingest([folder], store=store, batch_size=50)
        articles = store.articles()
        assert len(articles) == 240
        assert {a.content_hash for a in articles} == set(texts)  # each exactly once (the hash is unique)
        assert result.added == 240 - len(survivors) and result.duplicates == len(survivors)
        assert store.unassigned() == []
        assert sum(s.size for s in store.stories()) == 240
        resumed = partition(store)

    # The stories are those an uninterrupted ingest makes (the clusterer is rebuilt from the
    # store, so the kill leaves no trace in the grouping either).
    with Store(tmp_path / "whole.db") as whole:
        ingest([folder], store=whole, batch_size=50)
        assert resumed == partition(whole)


def _children_of(pid: int) -> list[int]:
    """Processes whose parent was ``pid`` and that are still alive (an orphan is re-parented,
    so this looks for the reader by its name and its original parent's death instead)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            status = (entry / "status").read_text()
        except OSError:
            continue
        if b"killable.py" in cmdline and int(entry.name) != pid and "State:\tZ" not in status:
            found.append(int(entry.name))
    return found


# --- compare -----------------------------------------------------------------------------------


def _seed_documents() -> list[Document]:
    shared_path("seeds")
    return [
        Document(text=path.read_text(encoding="utf-8"), title=path.stem, source=f"seed {i}", path=str(path), origin=str(path))
        for i, path in enumerate(sorted(SEEDS.glob("*.txt")))
    ]


def test_compare_story_compares_and_stores_the_report(store):
    ids = store.add_documents(_seed_documents()).ids
    story = store.assign(ids[0])
    store.assign(ids[1], story)
    report = compare_story(story, store)
    assert isinstance(report, Report)
    assert len(report.articles) == 2
    assert {a.source for a in report.articles} == {"seed 0", "seed 1"}
    assert store.report(story) == report
    assert story_report(story, store) == report


def test_story_report_compares_on_demand(store, monkeypatch):
    ids = store.add_documents(_seed_documents()).ids
    story = store.assign(ids[0])
    store.assign(ids[1], story)
    calls = []
    monkeypatch.setattr(library, "compare_story", lambda sid, st, settings=None: calls.append(sid) or Report())
    assert story_report(story, store) == Report() and calls == [story]
    store.save_report(story, Report(settings={"stored": True}))
    assert story_report(story, store).settings == {"stored": True} and calls == [story]
    story_report(story, store, refresh=True)
    assert calls == [story, story]


def test_a_story_of_one_article_has_no_comparison(store):
    (article,) = store.add_documents([Document(text=event_article(0, 0))]).ids
    story = store.assign(article)
    with pytest.raises(NotEnoughArticles, match="got 1"):
        compare_story(story, store)
    with pytest.raises(StoreError, match="no story 99"):
        compare_story(99, store)


# --- watch -------------------------------------------------------------------------------------


def _page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"


def _rss(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate></item>"
        for title, link in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>{entries}</channel></rss>'


def _body(event: int, variant: int) -> str:
    # long enough for the HTML extractor to take it for an article
    return "\n".join(event_article(event, variant * 10 + k) for k in range(4))


def test_watch_polls_feeds_and_adds_only_what_is_new(store):
    polls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.url.host == "down.example":
            return httpx.Response(503)
        if path == "/rss":
            polls["n"] += 1
            items = [("Volcano", "https://wire.example/a0?utm_source=rss")]
            if polls["n"] > 1:  # a new story appears in the second poll
                items.append(("Bridge", "https://wire.example/a2"))
            return httpx.Response(200, text=_rss(items), headers={"Content-Type": "application/rss+xml"})
        event = int(path[-1])
        return httpx.Response(200, text=_page(f"Event {event}", _body(event, 0)), headers={"Content-Type": "text/html"})

    rounds: list[tuple[int, IngestResult]] = []
    sleeps: list[float] = []
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        total = watch(
            ["https://wire.example/rss", "https://down.example/rss"],
            30,
            store,
            3,
            on_round=lambda n, r: rounds.append((n, r)),
            sleep=sleeps.append,
            client=client,
        )
    assert sleeps == [30, 30]
    assert [n for n, _ in rounds] == [1, 2, 3]
    assert [r.added for _, r in rounds] == [1, 1, 0]
    assert [r.duplicates for _, r in rounds] == [0, 1, 2]
    for _, r in rounds:  # the feed that is down is reported every round, the other one still read
        assert [s.source for s in r.skipped] == ["https://down.example/rss"]
        assert "503" in r.skipped[0].reason
    assert total.added == 2 and len(total.skipped) == 3
    assert store.count() == 2
    assert {a.canonical_url for a in store.articles()} == {"https://wire.example/a0", "https://wire.example/a2"}


def test_watch_checks_its_arguments(store):
    with pytest.raises(ValueError, match="interval"):
        watch(["https://x.example/rss"], 0, store, 1)
    with pytest.raises(ValueError, match="iterations"):
        watch(["https://x.example/rss"], 5, store, 0)
