"""The library over many runs: an ingest that goes on from the saved clustering state, stories
stored as they grow, and reading in a child process, on real SQLite and ECB+ documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rashomon
from rashomon.stories import ingestion as library
from rashomon.stories.ingestion import cluster_stories, ingest
from rashomon.model import Document
from rashomon.store.facade import Store

from shared_data import shared_path
from library_events import event_article, partition, store  # noqa: F401  (store is a fixture)


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
            partitions.append(partition(store))
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
            partitions.append(partition(store))
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
