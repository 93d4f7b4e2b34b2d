"""Reprints: another outlet's copy of a stored article is kept as a row of its own, not lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app
from rashomon.model import Document, Report
from rashomon.store.facade import Store
from rashomon.stories.ingestion import story_documents

WIRE = "The Harlow council voted 7-2 on Tuesday to close the Elm Street library by March, citing a budget gap."
OTHER = "Harlow's council shut the Elm Street library in a 6-3 vote on Wednesday, a move critics called reckless."


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "reprints.db") as s:
        yield s


def test_the_same_text_from_another_outlet_is_a_reprint(store):
    result = store.add_documents([
        Document(text=WIRE, title="Library to close", source="Wire One", url="https://wire.example/a"),
        Document(text=WIRE, title="Library to close", source="Valley Gazette", url="https://gazette.example/b"),
    ])
    assert (result.added, result.duplicates, result.reprints) == (1, 1, 1)
    [copy] = store.reprints(result.ids)[result.ids[0]]
    assert (copy.source, copy.url, copy.title) == ("Valley Gazette", "https://gazette.example/b", "Library to close")


def test_a_copy_from_the_same_outlet_or_a_nameless_one_is_no_reprint(store):
    first = store.add_documents([Document(text=WIRE, source="Wire One", url="https://wire.example/a")])
    again = store.add_documents([Document(text=WIRE, source=" wire one ", url="https://wire.example/a?x=1"),
                                 Document(text=WIRE)])
    assert (again.duplicates, again.reprints) == (2, 0)
    assert store.reprints(first.ids) == {}


def test_an_outlet_reprints_an_article_once_whatever_the_batch(store):
    first = store.add_documents([Document(text=WIRE, source="Wire One"), Document(text=WIRE, source="Paper C")],
                                batch_size=1)
    later = store.add_documents([Document(text=WIRE, source="Paper C"), Document(text=WIRE, source="Paper D")])
    assert (first.reprints, later.reprints) == (1, 1)
    assert [c.source for c in store.reprints(first.ids)[first.ids[0]]] == ["Paper C", "Paper D"]


def test_a_same_address_update_is_a_duplicate_but_no_reprint(store):
    store.add_documents([Document(text=WIRE, source="Wire One", url="https://wire.example/a")])
    result = store.add_documents([Document(text=OTHER, source="Valley Gazette", url="https://wire.example/a")])
    assert (result.duplicates, result.reprints) == (1, 0)


def test_the_story_counts_and_finds_the_reprinting_outlet(store):
    ids = store.add_documents([Document(text=WIRE, source="Wire One"), Document(text=WIRE, source="Valley Gazette")]).ids
    story = store.assign(ids[0])
    assert store.story(story).outlets == ("Valley Gazette", "Wire One")
    assert "Valley Gazette" in store.outlets()
    assert [s.id for s in store.story_page(outlet="valley gazette")[0]] == [story]
    assert [s.id for s in store.story_page(min_outlets=2)[0]] == [story]
    assert store.story_page(min_outlets=3)[0] == []


def test_an_outlet_that_also_wrote_an_article_counts_once(store):
    ids = store.add_documents([Document(text=WIRE, source="Wire One"), Document(text=OTHER, source="Valley Gazette"),
                               Document(text=WIRE, source="Valley Gazette")]).ids
    story = store.assign(ids[0])
    store.assign(ids[1], story)
    assert store.story_page(min_outlets=2)[1] == 1
    assert store.story_page(min_outlets=3)[1] == 0


def test_a_new_reprint_drops_the_stored_report(store):
    ids = store.add_documents([Document(text=WIRE, source="Wire One")]).ids
    story = store.assign(ids[0])
    store.save_report(story, Report())
    store.add_documents([Document(text=WIRE, source="Valley Gazette")])
    assert store.report(story) is None


def test_the_comparison_names_each_reprint_as_not_compared(store):
    ids = store.add_documents([Document(text=WIRE, source="Wire One"), Document(text=OTHER, source="Daily Shout"),
                               Document(text=WIRE, source="Valley Gazette", url="https://gazette.example/b")]).ids
    articles = store.articles(ids)
    documents, notes = story_documents(articles, reprints=store.reprints(ids))
    assert [d.source for d in documents] == ["Wire One", "Daily Shout"]
    [note] = notes
    assert note.source == "Valley Gazette"
    assert f"store article {ids[0]} (Wire One)" in note.reason and "https://gazette.example/b" in note.reason
    assert "headline" not in note.reason  # the same headline: nothing of its own


def test_a_reprint_under_its_own_headline_names_it(store):
    ids = store.add_documents([Document(text=WIRE, title="Library to close", source="Wire One"),
                               Document(text=WIRE, title="Council axes beloved library", source="Daily Shout")]).ids
    _, [note] = story_documents(store.articles(ids[:1]), reprints=store.reprints(ids[:1]))
    assert "under its own headline “Council axes beloved library”" in note.reason


def test_ingest_says_how_many_duplicates_were_reprints_and_show_lists_them(tmp_path):
    records = [{"text": WIRE, "title": "Library to close", "source": "Wire One", "date": "2025-03-04"},
               {"text": WIRE, "title": "Library to close", "source": "Valley Gazette", "date": "2025-03-04"},
               {"text": OTHER, "title": "Council shuts library", "source": "Daily Shout", "date": "2025-03-05"}]
    feed = tmp_path / "records.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", str(feed), "--db", db])
    assert ingested.exit_code == 0, ingested.output
    assert "1 already stored (1 by another outlet, kept as reprints)" in ingested.output
    shown = runner.invoke(app, ["show", "1", "--db", db, "-f", "json"])
    assert shown.exit_code == 0, shown.output
    skipped = json.loads(shown.output)["skipped"]
    assert [s["source"] for s in skipped] == ["Valley Gazette"]


def test_a_search_hit_names_the_outlets_that_reprinted_it(store):
    # the story list counts a reprinting outlet; a search for the text it ran found only the
    # first outlet's article, as if no one else had run it
    store.add_documents([Document(text=WIRE, source="Wire One"), Document(text=WIRE, source="Valley Gazette"),
                         Document(text=WIRE, source="Daily Shout"), Document(text=OTHER, source="Other Paper")])
    [hit] = [h for h in store.search("Elm Street library") if h.source == "Wire One"]
    assert hit.reprinted_by == ("Daily Shout", "Valley Gazette")
    [other] = [h for h in store.search("Elm Street library") if h.source == "Other Paper"]
    assert other.reprinted_by == ()


def test_search_lists_the_reprinting_outlets(tmp_path):
    records = [{"text": WIRE, "source": "Wire One"}, {"text": WIRE, "source": "Valley Gazette"}]
    feed = tmp_path / "records.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(feed), "--db", db]).exit_code == 0
    found = runner.invoke(app, ["search", "library", "--db", db], env={"COLUMNS": "200"})
    assert found.exit_code == 0, found.output
    assert "also run by Valley Gazette" in found.output
    as_json = runner.invoke(app, ["search", "library", "--db", db, "-f", "json"])
    assert json.loads(as_json.output)[0]["reprinted_by"] == ["Valley Gazette"]


@pytest.mark.parametrize("full_text", [True, False])
def test_a_reprint_found_by_its_own_headline(store, monkeypatch, full_text):
    # a paper runs wire copy under its own headline: searching for that headline found nothing
    monkeypatch.setattr(store.db, "full_text", full_text)
    ids = store.add_documents([Document(text=WIRE, title="Library to close", source="Wire One"),
                               Document(text=WIRE, title="Readers lose their Elm Street branch", source="Valley Gazette"),
                               Document(text=OTHER, title="Council shuts library", source="Daily Shout")]).ids
    story = store.assign(ids[0])
    [hit] = store.search("readers lose branch")
    assert hit.article_id == ids[0] and hit.reprinted_by == ("Valley Gazette",)
    assert "Readers lose their Elm Street branch" in hit.snippet
    assert [s.id for s in store.story_page(query="readers lose branch")[0]] == [story]
    assert store.search("readers budget gap") == []  # every word in one headline, as an article's title and text


def test_records_of_one_text_under_each_outlets_own_headline_are_a_reprint(store, tmp_path):
    # a record's headline given apart leads its text (to be read as a file's first line is); the
    # content key then differed by the headline and the copy was stored as a second article
    from rashomon.stories.ingestion import ingest

    dump = tmp_path / "wire.jsonl"
    dump.write_text(json.dumps({"outlet": "Wire One", "headline": "Library to close", "text": WIRE}) + "\n"
                    + json.dumps({"outlet": "Valley Gazette", "headline": "Council shuts Elm Street library", "text": WIRE}) + "\n",
                    encoding="utf-8")
    result = ingest([str(dump)], store=store, cluster=False)
    assert (result.added, result.duplicates, result.reprints) == (1, 1, 1)
    [article] = store.articles()
    assert article.text == "Library to close\n" + WIRE, "the stored article still leads with its own headline"
    [copy] = store.reprints([article.id])[article.id]
    assert (copy.source, copy.title) == ("Valley Gazette", "Council shuts Elm Street library")


def test_another_text_at_a_stored_address_is_said_not_stored(store, tmp_path):
    """An updated page (its corrected figure) was counted "1 already stored" by ingest: the store
    kept the old text without a word. Now each such update is named, and ingest lists it as a skip."""
    first = store.add_documents([Document(text=WIRE, source="Wire One", url="https://wire.example/a", origin="day.jsonl:1")])
    update = WIRE.replace("7-2", "6-3")
    again = store.add_documents([Document(text=update, source="Wire One", url="https://wire.example/a#top", origin="day.jsonl:2")])
    assert (again.added, again.duplicates, again.reprints) == (0, 1, 0)
    [why] = again.changed_at_url
    assert why.source == "day.jsonl:2" and f"store article {first.ids[0]}" in why.reason and "not stored" in why.reason
    same = store.add_documents([Document(text=WIRE, source="Wire One", url="https://wire.example/a")])
    assert same.changed_at_url == ()  # the same text again is a plain duplicate

    dump = tmp_path / "day.jsonl"
    dump.write_text("\n".join(json.dumps({"id": k, "outlet": "Wire One", "text": t, "url": "https://wire.example/b"})
                              for k, t in (("v1", WIRE), ("v2", update))) + "\n", encoding="utf-8")
    shown = CliRunner().invoke(app, ["ingest", str(dump), "--db", str(tmp_path / "cli.db"), "--no-compare"])
    assert shown.exit_code == 0, shown.output
    assert "another text at the address of store article 1" in shown.output
    assert "stored 1 new article, 0 already stored, 1 skipped" in shown.output
