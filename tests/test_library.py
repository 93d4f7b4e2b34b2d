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

import rashomon
from rashomon.stories import ingestion as library
from rashomon.errors import NotEnoughArticles, StoreError
from rashomon.stories.ingestion import IngestResult, cluster_stories, compare_story, ingest, story_report, watch
from rashomon.model import Document, Report
from rashomon.store.facade import Store, content_hash

from shared_data import SEEDS, shared_path  # noqa: E402

# Invented events: each has its own vocabulary, so the clusterer's grouping is unambiguous.
EVENTS = [
    ("Korvath volcano", "The Korvath volcano erupted near Lindqvist village, sending ash over the Tarnby valley; {n} residents were evacuated by the regional civil defence."),
    ("Obradovic chess", "Grandmaster Milena Obradovic won the Reykjavik chess open after a marathon endgame against Tobias Arkwright; she collected {n} points."),
    ("Selmar bridge", "The Selmar suspension bridge over the Quarne river was closed after engineers found cracked cables; {n} lorries were diverted through Halden."),
    ("Pellucid satellite", "The Pellucid weather satellite reached orbit aboard a Vantor rocket from the Kessing spaceport, carrying {n} kilograms of instruments."),
]


def event_article(event: int, variant: int) -> str:
    name, body = EVENTS[event]
    return f"{name} ({variant})\n" + body.format(n=100 + variant)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "lib.db") as s:
        yield s


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


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
        resumed = _partition(store)

    # The stories are those an uninterrupted ingest makes (the clusterer is rebuilt from the
    # store, so the kill leaves no trace in the grouping either).
    with Store(tmp_path / "whole.db") as whole:
        ingest([folder], store=whole, batch_size=50)
        assert resumed == _partition(whole)


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


def _partition(store: Store) -> set[frozenset[str]]:
    by_id = {a.id: a.content_hash for a in store.articles()}
    return {frozenset(by_id[a.id] for a in store.story_articles(s.id)) for s in store.stories()}


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


# --- incremental ingest --------------------------------------------------------------------------

def _ecb_documents(split: str) -> list[Document]:
    import random

    with shared_path("data", "ecbplus", "ecbplus_docs.jsonl").open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    chosen = [d for d in docs if d["split"] == split]
    random.Random(0).shuffle(chosen)  # the file is sorted by topic; a stream is mixed
    return [Document(text=d["text"], title=d["title"], source=d["id"], origin=d["id"]) for d in chosen]


def _labels(store: Store) -> dict[str, int]:
    by_id = {a.id: a.content_hash for a in store.articles()}
    return {by_id[article]: story for article, story in store.assignments().items()}


def test_a_second_ingest_goes_on_from_the_saved_state_and_matches_one_ingest(tmp_path):
    """Ingesting A then B gives the stories of ingesting A+B at once, within the stated
    tolerance: B-cubed F1 >= 0.97 between the two partitions of ECB+ dev (measured 0.986;
    0.997 on train). The saved state is the clusterer's exact state: they differ only by the
    reassignment sweeps, which run over A alone first. The second ingest replays no article
    of A and reads back only B's."""
    from rashomon.evaluation.bcubed import bcubed

    docs = _ecb_documents("dev")
    half = len(docs) // 2
    with Store(tmp_path / "two.db") as two, Store(tmp_path / "one.db") as one:
        first = ingest(docs[:half], store=two)
        assert first.added == half
        assert library.cluster_stories(two).assigned == 0  # nothing pending: nothing to do
        calls: list[int] = []
        original = Store.articles

        def counting(self, ids=None):
            rows = original(self, ids)
            calls.append(len(rows))
            return rows

        Store.articles = counting  # type: ignore[method-assign]
        try:
            ingest(docs[half:], store=two, cluster=False)
            clustered = library.cluster_stories(two)
        finally:
            Store.articles = original  # type: ignore[method-assign]
        assert clustered.assigned == len(docs) - half and clustered.replayed == 0
        assert sum(calls) == len(docs) - half  # only B's articles were read back
        ingest(docs, store=one)
        a, b = _labels(two), _labels(one)
        assert a.keys() == b.keys() and len(a) == len(docs)
        assert bcubed(a, b)[2] >= 0.97, bcubed(a, b)


@pytest.mark.parametrize("split", [False, True])
def test_after_the_sweeps_the_store_holds_the_clusterers_stories(tmp_path, monkeypatch, split):
    """Every article is stored in the story its clusterer story maps to, after the closing
    sweeps moved some: the near-duplicate copies of a moved article too, and, with
    splitting, the articles of a split-off story (a new stored story)."""
    from rashomon.stories import state as cluster_state

    docs = _ecb_documents("dev") + _ecb_documents("train")[:150]
    reprints = [Document(text=d.text + "\n(Reprinted.)", title=d.title, source="reprint", origin=f"r{i}")
                for i, d in enumerate(docs[::4])]
    monkeypatch.setattr(library._Stories, "__init__", _with_split(library._Stories.__init__, split))
    with Store(tmp_path / "lib.db") as store:
        ingest(docs[:120] + reprints + docs[120:], store=store, batch_size=50)
        data, _, meta = store.cluster_state()
        clusterer = cluster_state.load(data)
        mapping = {key: int(story) for key, story in meta["stories"].items()}
        stored = store.assignments()
        checked = 0
        for article, story in stored.items():
            key = clusterer.story_of(str(article))
            if key in mapping:  # a live story (open, or a near-duplicate original's)
                assert mapping[key] == story, (article, key)
                checked += 1
        assert checked == len(stored)  # ECB+ is undated: every story is still open
        assert len(set(mapping.values())) == len(mapping)  # one stored story per clusterer story
        assert set(store.existing_stories(list(mapping.values()))) == set(mapping.values())


def _with_split(init, split):
    def patched(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.split = split
    return patched


def test_a_stale_state_is_not_used(tmp_path):
    docs = [Document(text=event_article(e, v), title=f"{e}-{v}") for e in range(4) for v in range(3)]
    with Store(tmp_path / "lib.db") as store:
        ingest(docs[:4], store=store)
        assert store.cluster_state() is not None
        ingest(docs[4:6], store=store, cluster=False)
        assert library.cluster_stories(store).replayed == 0  # the state matched
        # Someone moves an article by hand: the saved state no longer matches the stories.
        article = next(iter(store.assignments()))
        store.assign(article, None)
        ingest(docs[6:9], store=store, cluster=False)
        rebuilt = library.cluster_stories(store)
        assert rebuilt.assigned == 3 and rebuilt.replayed == 6  # every assigned article replayed
        ingest(docs[9:], store=store, cluster=False)
        assert library.cluster_stories(store).replayed == 0  # saved again, used again
        assert store.unassigned() == []


# --- reading in a child process ----------------------------------------------------------------


def _dump(path: Path, documents: list[Document]) -> Path:
    lines = [json.dumps({"title": d.title, "text": d.text, "source": d.source}) for d in documents]
    lines.insert(3, '{"title": "broken", "text": ')  # line 4: malformed
    lines.insert(6, json.dumps({"title": "no text"}))  # line 7: no text field
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reading_in_a_child_process_stores_and_clusters_as_reading_inline(tmp_path):
    docs = _ecb_documents("dev")
    dump = _dump(tmp_path / "dump.jsonl", docs)
    results = {}
    for reader in ("inline", "process"):
        with Store(tmp_path / f"{reader}.db") as store:
            result = ingest([dump], store=store, reader=reader, batch_size=40)
            results[reader] = (result, _labels(store), store.cluster_state() is not None)
    inline, process = results["inline"], results["process"]
    assert process[0].added == inline[0].added == len(docs)
    assert [(s.source, s.reason) for s in process[0].skipped] == [(s.source, s.reason) for s in inline[0].skipped]
    assert [s.source.rsplit(":", 1)[1] for s in process[0].skipped] == ["4", "7"]
    assert _partition_of(process[1]) == _partition_of(inline[1])  # the same stories
    assert process[2] and inline[2]


def _partition_of(labels: dict[str, int]) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for article, story in labels.items():
        groups.setdefault(story, set()).add(article)
    return {frozenset(g) for g in groups.values()}


def test_an_error_in_the_reading_process_is_raised_in_the_caller(tmp_path, store):
    dump = _dump(tmp_path / "dump.jsonl", [Document(text=event_article(0, v)) for v in range(8)])
    with pytest.raises(ValueError, match="csv_columns"):
        ingest([dump], store=store, reader="process", csv_columns={"body": "text"})
    with pytest.raises(ValueError, match="reader must be one of auto, inline, process"):
        ingest([dump], store=store, reader="threads")
    assert store.count() == 0


def test_a_big_local_dump_is_read_in_a_child_and_urls_or_memory_stores_are_not(tmp_path, monkeypatch):
    from rashomon.sources import parallel

    dump = _dump(tmp_path / "dump.jsonl", [Document(text=event_article(e, v)) for e in range(2) for v in range(3)])
    monkeypatch.setattr(parallel, "AUTO_BYTES", 100)  # the dump counts as big
    monkeypatch.setattr(parallel, "can_fork", lambda: True)
    with Store(tmp_path / "a.db") as store:
        assert library._in_child("auto", [dump], None, store)
        assert not library._in_child("inline", [dump], None, store)
        assert not library._in_child("auto", [dump, "https://example.org/feed"], None, store)
        assert not library._in_child("auto", [Document(text="x")], None, store)
    with Store("sqlite://") as memory:
        assert not library._in_child("process", [dump], None, memory)


@pytest.mark.parametrize("when", ["as ingested", "clustered later"])
def test_the_bundled_examples_folder_makes_one_story_per_example(tmp_path: Path, when: str) -> None:
    """The whole examples folder, as a user would ingest it: its README and gold files are
    skipped with a reason, and each example's articles (some dated, some not) make one story,
    whether they are clustered as they are stored or by a later run (the same order)."""
    examples = Path(rashomon.__file__).parent / "examples"
    with Store(tmp_path / "examples.db") as store:
        result = ingest([examples], store=store, cluster=when == "as ingested")
        if when == "clustered later":
            assert cluster_stories(store).assigned == 9
        assert {Path(s.source).name for s in result.skipped} == {"README.md", "gold.json"}
        assert all(s.reason for s in result.skipped)
        folders = {}
        for summary in store.stories():
            folders[summary.id] = {Path(a.path).parent.name for a in store.story_articles(summary.id)}
        expected = {folder.name for folder in examples.iterdir() if folder.is_dir() and any(folder.glob("*.txt"))}
        assert sorted(len(names) for names in folders.values()) == [1] * len(expected), folders
        assert {name for names in folders.values() for name in names} == expected


def test_stories_are_stored_every_few_batches_with_the_same_result(tmp_path, monkeypatch):
    docs = [Document(text=event_article(e, v) + f"\nRef {v}.", title=f"{e}-{v}") for v in range(25) for e in range(4)]
    partitions = []
    for every in (1, 30):
        monkeypatch.setattr(library, "ASSIGN_EVERY", every)
        monkeypatch.setattr(library, "ASSIGN_SECONDS", 3600.0)
        calls: list[int] = []
        original = Store.assign_many

        def counting(self, groups, **options):
            groups = list(groups)
            calls.append(sum(len(members) for _, members in groups))
            return original(self, groups, **options)

        monkeypatch.setattr(Store, "assign_many", counting)
        with Store(tmp_path / f"every{every}.db") as store:
            ingest(docs, store=store, batch_size=10)
            assert store.unassigned() == []
            partitions.append(_partition(store))
        if every == 1:
            assert calls[:10] == [10] * 10  # one transaction per batch
        else:
            assert calls[:4] == [30, 30, 30, 10]  # every 30 articles, the rest when the run ends
        monkeypatch.setattr(Store, "assign_many", original)
    assert partitions[0] == partitions[1]


def test_stories_stored_as_they_grow_have_the_title_and_dates_of_all_their_members(tmp_path, monkeypatch):
    """Each flush stores a story that only gained articles from the new ones alone (StorySpans):
    after an ingest in many small flushes and a top-up, every story's title is its earliest
    titled article's and its dates span its members, as a refresh from all of them gives."""
    monkeypatch.setattr(library, "ASSIGN_EVERY", 7)
    dates = ["2024-03-02T10:00:00", None, "2024-03-01T09:00:00", "2024-03-03", "someday"]
    docs = [Document(text=event_article(e, v) + f"\nRef {v}.", title="" if v % 4 == 1 else f"{e}-{v}",
                     date=dates[(v + e) % len(dates)]) for v in range(20) for e in range(4)]
    with Store(tmp_path / "grow.db") as store:
        ingest(docs[:50], store=store, batch_size=5)
        ingest(docs[50:], store=store, batch_size=5)  # a later run: stories there before it
        assert store.unassigned() == []
        for summary in store.stories():
            members = store.story_articles(summary.id)  # oldest first, undated last, then by id
            titled = [a.title for a in members if a.title.strip(" ")]
            dated = [a.date for a in members if a.date is not None]
            assert summary.title == (titled[0] if titled else "")
            assert (summary.first_date, summary.last_date) == ((min(dated), max(dated)) if dated else (None, None))


def test_the_reading_process_prepares_the_signature_too_when_the_clustering_process_is_behind(tmp_path):
    """_Preparer: the term codes always, and the near-duplicate signature while the clustering
    process is behind; a prepared record goes without its text; every level gives the
    clusterer the stories it makes from the bare records."""
    from rashomon.stories.cluster import StoryClusterer

    docs = [Document(text=event_article(e, v) + f"\nRef {v}.", title=f"{e}-{v}") for v in range(6) for e in range(3)]
    records = [library.stored_record(i + 1, d) for i, d in enumerate(docs)]
    waiting = {"n": 0}
    preparer = library._Preparer(lambda: waiting["n"])
    partitions = []
    for n, signature in ((None, None), (0, False), (library._Preparer.BEHIND, True)):
        if n is None:
            sent, prepared = records, None  # the clusterer prepares them itself
        else:
            waiting["n"] = n
            sent, prepared = preparer(records)
            assert all(r.text == "" for r in sent) and [r.id for r in sent] == [r.id for r in records]
            assert all((p.signature is not None) == signature for p in prepared)
        clusterer = StoryClusterer()
        for record, ready in zip(sent, prepared or [None] * len(sent)):
            clusterer.assign(record, prepared=ready)
        partitions.append(sorted(sorted(m) for m in clusterer.stories().values()))
    assert preparer.levels == {"codes": 1, "signature": 1}
    assert partitions[0] == partitions[1] == partitions[2]
    assert len(partitions[0]) == 3
    kept = library._Preparer(lambda: 0, keep_text=True)(records)[0]  # a dense embedder reads the text
    assert [r.text for r in kept] == [r.text for r in records]


def test_ingest_in_a_child_process_gives_the_stories_of_an_inline_ingest(tmp_path):
    docs = [Document(text=event_article(e, v) + f"\nRef {v}.", title=f"{e}-{v}", date=f"2024-02-{v + 1:02d}")
            for v in range(12) for e in range(4)]
    dump = _dump(tmp_path / "dump.jsonl", docs)
    partitions = []
    for reader in ("inline", "process"):
        with Store(tmp_path / f"{reader}.db") as store:
            ingest([dump], store=store, reader=reader, batch_size=5)
            assert store.unassigned() == []
            partitions.append(_partition(store))
    assert partitions[0] == partitions[1]


def test_an_ingest_hands_the_objects_it_froze_back_to_the_collector(tmp_path, monkeypatch):
    import gc

    monkeypatch.setattr(library, "ASSIGN_EVERY", 5)
    seen: list[int] = []
    docs = [Document(text=event_article(e, v) + f"\nRef {v}.", title=f"{e}-{v}") for v in range(6) for e in range(3)]
    with Store(tmp_path / "gc.db") as store:
        ingest(docs, store=store, batch_size=5, progress=lambda stage, done, total: seen.append(gc.get_freeze_count()))
        with pytest.raises(ValueError):
            ingest(docs, store=store, csv_columns={"body": "text"})  # an error on the way
    assert max(seen) > 0  # batches after the first ran with the earlier objects frozen
    assert gc.get_freeze_count() == 0
