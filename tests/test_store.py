"""The store on real SQLite: dedup, stories, reports, full-text search, the embedding cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from rashomon.errors import StoreError
from rashomon.model import Article, Conflict, ConflictSide, Document, Report, Sentence
from rashomon.store.facade import (
    AddResult,
    SearchHit,
    Store,
    StorySpans,
    StorySummary,
    canonical_url,
    content_hash,
    default_url,
    embedding_key,
    fts_query,
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "test.db") as s:
        yield s


def doc(text: str, **fields) -> Document:
    return Document(text=text, **fields)


# --- keys --------------------------------------------------------------------------------------


def test_content_hash_ignores_case_and_whitespace_but_not_words():
    assert content_hash("The  Minister\nsaid so.") == content_hash("the minister said so.  ")
    assert content_hash("The minister said so.") != content_hash("The minister said no.")


def test_canonical_url_drops_tracking_params_fragment_and_default_port():
    plain = canonical_url("https://news.example.com/world/story?id=12")
    assert plain == "https://news.example.com/world/story?id=12"
    assert canonical_url("https://News.Example.com:443/world/story?utm_source=tw&id=12&fbclid=x#comments") == plain
    # a parameter that names the article is kept
    assert canonical_url("https://news.example.com/world/story?id=13") != plain


@pytest.mark.parametrize("name", ["SourceCode", "sourceid", "gallery", "global", "referendum", "story"])
def test_canonical_url_keeps_a_parameter_that_only_contains_a_tracker_word(name):
    # Two articles of one page told apart by a parameter whose name holds "source", "ga", "ref"...
    first = canonical_url(f"https://paper.example/article.cfm?{name}=20300101a&utm_source=rss")
    second = canonical_url(f"https://paper.example/article.cfm?{name}=20300101b")
    assert first == f"https://paper.example/article.cfm?{name}=20300101a"
    assert first != second


@pytest.mark.parametrize("tracker", ["ref", "source", "ns_campaign", "ref_src", "_ga", "gclid", "mc_eid", "session_id"])
def test_canonical_url_drops_a_tracker_named_by_whole_words(tracker):
    assert canonical_url(f"https://paper.example/a?p=3&{tracker}=x") == "https://paper.example/a?p=3"


def test_canonical_url_reads_an_html_escaped_address_as_courlan_does():
    assert canonical_url("https://paper.example/can&#39;t-stop?a=1&amp;b=2") == "https://paper.example/can%27t-stop?a=1&b=2"


@pytest.mark.parametrize("value", [None, "", "  ", "/tmp/article.txt", "file:///tmp/a.txt", "story.html"])
def test_canonical_url_is_none_for_what_is_not_a_web_url(value):
    assert canonical_url(value) is None


def test_embedding_key_depends_on_backend_and_text():
    assert embedding_key("tfidf", "a") != embedding_key("minilm", "a")
    assert embedding_key("tfidf", "a") != embedding_key("tfidf", "b")
    assert embedding_key("tfidf", "a").startswith("tfidf:")


# --- opening -----------------------------------------------------------------------------------


def test_default_location_follows_xdg_data_home_and_is_created(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_url() == f"sqlite:///{tmp_path / 'xdg' / 'rashomon' / 'rashomon.db'}"
    with Store() as s:
        s.add_documents([doc("Something happened.")])
    assert (tmp_path / "xdg" / "rashomon" / "rashomon.db").is_file()


def test_default_location_without_xdg_is_local_share(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_url() == f"sqlite:///{tmp_path / '.local' / 'share' / 'rashomon' / 'rashomon.db'}"


def test_sqlite_is_in_wal_mode_with_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_path_and_its_sqlalchemy_url_open_the_same_database(tmp_path):
    path = tmp_path / "same.db"
    with Store(path) as a:
        a.add_documents([doc("One article.")])
    with Store(f"sqlite:///{path}") as b:
        assert b.count() == 1


def test_unknown_database_url_is_a_store_error():
    with pytest.raises(StoreError, match="nosuchdb"):
        Store("nosuchdb://user:secret@host/db")


def test_password_is_not_shown_in_errors():
    with pytest.raises(StoreError) as info:
        Store("nosuchdb://user:secret@host/db")
    assert "secret" not in str(info.value)


def test_unwritable_location_is_a_store_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="a-file"):
        Store(blocker / "sub" / "x.db")


def test_a_store_of_another_schema_is_refused(tmp_path):
    path = tmp_path / "old.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE rashomon_meta SET value='rashomon.store/0' WHERE key='schema'")
    with pytest.raises(StoreError, match="rashomon.store/0"):
        Store(path)


# --- articles ------------------------------------------------------------------------------------


def test_same_text_twice_is_stored_once(store):
    first = store.add_documents([doc("The minister resigned on Monday.", source="A")])
    again = store.add_documents([doc("the  MINISTER resigned on monday.\n", source="B")])
    assert first == AddResult(added=1, duplicates=0, ids=first.ids, positions=(0,))
    assert again.added == 0 and again.duplicates == 1 and again.duplicate_ids == first.ids
    assert store.count() == 1
    assert store.article(first.ids[0]).source == "A"


def test_same_url_with_tracking_params_is_stored_once(store):
    a = store.add_documents([doc("First version of the story.", url="https://ex.com/news/1?utm_source=rss")])
    b = store.add_documents([doc("Updated version of the story.", url="https://ex.com/news/1?utm_medium=social&utm_campaign=x#top")])
    assert (a.added, b.added, b.duplicates) == (1, 0, 1)
    assert b.duplicate_ids == a.ids
    assert store.count() == 1


def test_duplicates_inside_one_batch_and_across_batches(store):
    docs = [doc(f"Article number {i % 7}.") for i in range(20)]
    result = store.add_documents(docs, batch_size=3)
    assert result.added == 7 and result.duplicates == 13
    assert len(set(result.ids)) == 7
    assert store.add_documents(docs, batch_size=5).added == 0
    assert store.count() == 7


def test_documents_round_trip(store):
    original = doc(
        "Text of the article.\nSecond line.",
        title="A title",
        source="Outlet",
        url="https://ex.com/a",
        path=None,
        date="2024-05-01T10:00:00+00:00",
        language="en",
        origin="feed.xml:3",
    )
    (article_id,) = store.add_documents([original]).ids
    stored = store.article(article_id)
    assert stored.document() == original
    assert stored.canonical_url == "https://ex.com/a"
    assert stored.content_hash == content_hash(original.text)
    assert stored.ingested_at


def test_articles_in_the_order_asked_and_missing_ids_named(store):
    ids = store.add_documents([doc(f"Story {i}.") for i in range(5)]).ids
    assert [a.id for a in store.articles([ids[3], ids[0]])] == [ids[3], ids[0]]
    assert [a.id for a in store.articles()] == list(ids)
    with pytest.raises(StoreError, match="no article 999"):
        store.articles([ids[0], 999])
    with pytest.raises(StoreError, match="no article 999"):
        store.article(999)


def test_a_document_without_text_is_refused_with_its_origin(store):
    with pytest.raises(StoreError, match="dump.jsonl:4"):
        store.add_documents([doc("   ", origin="dump.jsonl:4")])
    assert store.count() == 0


def test_add_documents_checks_its_input(store):
    with pytest.raises(TypeError):
        store.add_documents(["just a string"])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        store.add_documents([doc("x")], batch_size=0)


# --- stories -------------------------------------------------------------------------------------


def test_stories_summarise_their_articles(store):
    ids = store.add_documents(
        [
            doc("Later report.", title="Later", source="B", date="2024-05-03"),
            doc("First report.", title="First", source="A", date="2024-05-01"),
            doc("Undated report.", title="Undated", source="A"),
            doc("Other event.", title="Other", source="C", date="2024-06-01"),
        ]
    ).ids
    story = store.assign(ids[0])
    assert store.assign(ids[1], story) == story
    store.assign(ids[2], story)
    other = store.assign(ids[3])
    summaries = store.stories()
    assert [s.id for s in summaries] == [other, story]  # most recent first
    assert summaries[1] == StorySummary(
        id=story,
        title="First",  # the earliest article names the story
        size=3,
        outlets=("A", "B"),
        first_date="2024-05-01",
        last_date="2024-05-03",
        updated_at=summaries[1].updated_at,
        has_report=False,
    )
    assert [a.title for a in store.story_articles(story)] == ["First", "Later", "Undated"]
    assert store.unassigned() == []
    assert store.assignments() == {ids[0]: story, ids[1]: story, ids[2]: story, ids[3]: other}


def test_moving_an_article_updates_both_stories_and_deletes_an_empty_one(store):
    ids = store.add_documents([doc("One.", title="One", date="2024-01-01"), doc("Two.", title="Two", date="2024-01-02")]).ids
    first = store.assign(ids[0])
    second = store.assign(ids[1])
    store.assign(ids[1], first)
    assert [s.id for s in store.stories()] == [first]
    assert store.story(first).size == 2 and store.story(first).last_date == "2024-01-02"
    with pytest.raises(StoreError, match=f"no story {second}"):
        store.story_articles(second)


def test_assign_refuses_unknown_articles_and_stories(store):
    (article_id,) = store.add_documents([doc("Text.")]).ids
    with pytest.raises(StoreError, match="no article 42"):
        store.assign(42)
    with pytest.raises(StoreError, match="no story 42"):
        store.assign(article_id, 42)
    assert store.unassigned() == [article_id]


def test_unassigned_oldest_first_undated_last(store):
    ids = store.add_documents([doc("c", date=None), doc("b", date="2024-02-01"), doc("a", date="2024-01-01")]).ids
    assert store.unassigned() == [ids[2], ids[1], ids[0]]


# --- reports ---------------------------------------------------------------------------------


def _report() -> Report:
    text = "The plant burned on Tuesday."
    article = Article(
        id="a1",
        source="Courier",
        title="Fire",
        text=text,
        sentences=(Sentence(id="a1.s0", article="a1", index=0, text=text, start=0, end=len(text)),),
    )
    side = ConflictSide(article="a1", sentence="a1.s0", text=text, value="Tuesday", start=20, end=27)
    return Report(articles=(article,), conflicts=(Conflict(kind="weekday", explanation="days differ", sides=(side,)),), settings={"embedder": "tfidf"})


def test_report_round_trip_and_flag(store):
    ids = store.add_documents([doc("One."), doc("Two.")]).ids
    story = store.assign(ids[0])
    store.assign(ids[1], story)
    assert store.report(story) is None
    report = _report()
    store.save_report(story, report)
    assert store.report(story) == report
    assert store.story(story).has_report
    store.save_report(story, Report())  # replaces
    assert store.report(story) == Report()


def test_a_story_that_changes_loses_its_stale_report(store):
    ids = store.add_documents([doc("One."), doc("Two."), doc("Three.")]).ids
    story = store.assign(ids[0])
    store.assign(ids[1], story)
    store.save_report(story, _report())
    store.assign(ids[2], story)
    assert store.report(story) is None


def test_a_report_of_another_schema_is_not_returned(store):
    (article_id,) = store.add_documents([doc("One.")]).ids
    story = store.assign(article_id)
    store.save_report(story, Report(schema="rashomon.report/0"))
    assert store.report(story) is None


def test_saving_a_report_for_a_missing_story_fails(store):
    with pytest.raises(StoreError, match="no story 7"):
        store.save_report(7, Report())


# --- search ------------------------------------------------------------------------------------


@pytest.fixture
def news(store: Store) -> list[int]:
    return list(
        store.add_documents(
            [
                doc("The central bank raised interest rates again. Rates rose by half a point; rates will rise more.", title="Bank raises rates", source="A"),
                doc("Interest rates were left unchanged by the bank, officials said.", title="Rates on hold", source="B"),
                doc("A storm closed the harbour (again) on Friday.", title="Storm \"Ciarán\" hits", source="C"),
                doc("Stock prices AND bond yields fell after the announcement.", title="Markets fall", source="D"),
            ]
        ).ids
    )


def test_search_finds_words_with_bm25_order_and_snippets(store, news):
    hits = store.search("rates")
    assert [h.article_id for h in hits] == [news[0], news[1]]  # more, and title, matches rank first
    assert all(isinstance(h, SearchHit) for h in hits)
    assert hits[0].score <= hits[1].score
    assert "[rates]" in hits[0].snippet.lower()
    assert hits[0].source == "A" and hits[0].story_id is None


def test_search_requires_every_word(store, news):
    assert [h.article_id for h in store.search("interest unchanged")] == [news[1]]
    assert store.search("interest harbour") == []


def test_search_stems_and_ignores_accents(store, news):
    assert [h.article_id for h in store.search("raising")] == [news[0]]
    assert [h.article_id for h in store.search("ciaran")] == [news[2]]


@pytest.mark.parametrize(
    "query",
    ['"harbour', "harbour)", "(again)", "stock AND", "AND", "OR yields", "NEAR(a b)", "yields*", "title:markets", "-bond", "^stock", 'a"b"c'],
)
def test_fts_syntax_in_the_query_is_plain_text(store, news, query):
    store.search(query)  # never a syntax error


def test_operators_are_searched_as_words(store, news):
    # "AND" is a word of article 4; as an operator it would match all of article 1..4 or fail
    assert [h.article_id for h in store.search("stock AND")] == [news[3]]
    assert {h.article_id for h in store.search("(again)")} == {news[0], news[2]}


def test_fts_query_quotes_each_word():
    assert fts_query('say "hi" (now)') == '"say" "hi" "now"'
    assert fts_query("al-Assad's_x") == '"al" "Assad" "s" "x"'  # one token each, as unicode61 cuts them
    assert fts_query("Cafe\u0301") == '"Café"'  # composed first
    assert fts_query("... ,") == ""


def test_hyphenated_and_accented_words_are_found(store, news):
    # the index keeps no positions: a word FTS5 cuts in two is searched as its parts
    store.add_documents([doc("Talks with al-Assad's envoy resumed in Genève.", title="Talks resume", source="E")])
    (hit,) = store.search("al-Assad geneve")
    assert hit.title == "Talks resume" and "[Assad]" in hit.snippet


def test_empty_search_is_a_store_error(store, news):
    with pytest.raises(StoreError, match="nothing to search"):
        store.search("  ")
    with pytest.raises(StoreError):
        store.search("()")


def test_search_shows_the_story(store, news):
    story = store.assign(news[2])
    (hit,) = store.search("storm")
    assert hit.story_id == story


def test_full_text_index_is_built_for_articles_stored_without_it(tmp_path):
    path = tmp_path / "late.db"
    with Store(path, full_text=False) as plain:
        assert not plain.full_text
        plain.add_documents([doc("A volcano erupted near the village.")])
    with Store(path) as indexed:
        assert indexed.full_text
        assert len(indexed.search("volcano")) == 1
        indexed.add_documents([doc("Another volcano report.")])
        assert len(indexed.search("volcano")) == 2


def test_like_fallback_searches_every_word_and_escapes_wildcards(tmp_path):
    with Store(tmp_path / "like.db", full_text=False) as s:
        ids = s.add_documents(
            [doc("Profits rose 50% this year.", title="Results"), doc("Profits rose 50 points.", title="Index"), doc("Nothing here.", title="x_y")]
        ).ids
        assert [h.article_id for h in s.search("PROFITS 50%")] == [ids[0]]
        assert [h.article_id for h in s.search("x_y")] == [ids[2]]
        assert [h.article_id for h in s.search("profits rose")] == [ids[1], ids[0]]
        hit = s.search("year")[0]
        assert "this year" in hit.snippet and hit.score == 0.0


# --- embedding cache ---------------------------------------------------------------------------


def test_embedding_cache_round_trip(store):
    rng = np.random.default_rng(0)
    vectors = {embedding_key("tfidf", f"sentence {i}"): rng.standard_normal(384).astype(np.float32) for i in range(1000)}
    store.put_many(vectors)
    keys = list(vectors) + ["missing"]
    got = store.get_many(keys)
    assert set(got) == set(vectors)
    for key, vector in vectors.items():
        assert got[key].dtype == np.float32 and got[key].shape == (384,)
        np.testing.assert_array_equal(got[key], vector)
    got[keys[0]][0] = 99.0  # a writable copy, not a view of the cache
    assert store.get_many([keys[0]])[keys[0]][0] != 99.0


def test_embedding_cache_keeps_the_first_vector_and_converts_dtype(store):
    store.put_many({"k": np.array([1.0, 2.0], dtype=np.float64)})
    store.put_many({"k": np.array([3.0, 4.0]), "j": [0.5, 0.25]})
    got = store.get_many(["k", "j", "k"])
    np.testing.assert_array_equal(got["k"], [1.0, 2.0])
    np.testing.assert_array_equal(got["j"], [0.5, 0.25])
    assert store.get_many([]) == {}
    store.put_many({})


def test_embedding_cache_refuses_a_matrix(store):
    with pytest.raises(StoreError, match="shape"):
        store.put_many({"k": np.zeros((2, 3))})


def test_a_corrupt_cached_vector_is_reported(store):
    store.put_many({"k": np.zeros(4, dtype=np.float32)})
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE embeddings SET dim = 5 WHERE key = 'k'")
    with pytest.raises(StoreError, match="'k'"):
        store.get_many(["k"])


def test_the_store_is_an_embedding_cache_for_cached_embedders(tmp_path):
    from rashomon.backends.embedders import CachedEmbedder, EmbeddingCache, get_embedder

    path = tmp_path / "cache.db"
    with Store(path) as first:
        assert isinstance(first, EmbeddingCache)
        embedder = CachedEmbedder(get_embedder("static"), first)
        vectors = embedder.embed(["The plant burned.", "Shares fell."])
        assert embedder.misses == 2
    with Store(path) as reopened:  # the vectors outlive the process that computed them
        embedder = CachedEmbedder(get_embedder("static"), reopened)
        again = embedder.embed(["Shares fell.", "The plant burned."])
        assert (embedder.hits, embedder.misses) == (2, 0)
        np.testing.assert_array_equal(again, vectors[::-1])


def test_assign_many_in_one_transaction(store):
    ids = store.add_documents([doc(f"Article {i}.", title=f"T{i}", date=f"2024-01-0{i + 1}") for i in range(5)]).ids
    first, second = store.assign_many([(None, ids[:3]), (None, ids[3:4])])
    assert first != second
    assert store.assign_many([(second, [ids[4], ids[2]])]) == [second]  # ids[2] moves
    assert {s.id: s.size for s in store.stories()} == {first: 2, second: 3}
    assert store.story(second).first_date == "2024-01-03" and store.story(second).title == "T2"
    before = store.assignments()
    with pytest.raises(StoreError, match="no article 999"):
        store.assign_many([(None, [ids[0]]), (first, [999])])
    with pytest.raises(StoreError, match="two stories"):
        store.assign_many([(first, [ids[1]]), (second, [ids[1]])])
    with pytest.raises(StoreError, match="no article"):
        store.assign_many([(first, [])])
    assert store.assignments() == before  # a refused batch changes nothing
    assert len(store.stories()) == 2


def _story_rows(path) -> dict:
    with sqlite3.connect(path) as conn:
        return {row[0]: row[1:] for row in conn.execute("SELECT id, title, first_date, last_date FROM stories")}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_assign_many_with_spans_writes_the_same_titles_and_dates_as_reading_every_member(tmp_path, seed):
    """Two stores get the same random assignments (new stories, articles joining, moves, stories
    emptied), one refreshing each story from all its members, the other from the StorySpans it
    keeps: their stories' titles and dates are the same after every call."""
    import random

    rng = random.Random(seed)
    dates = [None, "2024-01-01", "2024-01-01T08:00:00", "2024-01-02", "2023-12-31", "yesterday"]
    titles = ["", "  ", "A fire", "Fire at the plant", "Zebra escapes"]
    docs = [doc(f"Article number {i} about things.", title=rng.choice(titles), date=rng.choice(dates))
            for i in range(120)]
    plain, spanned = Store(tmp_path / "plain.db"), Store(tmp_path / "spanned.db")
    ids = plain.add_documents(docs).ids
    assert spanned.add_documents(docs).ids == ids
    spans = StorySpans()
    stories: list[int] = []
    unassigned = list(ids)
    rng.shuffle(unassigned)
    while unassigned or rng.random() < 0.5:
        groups: dict[int | None, list[int]] = {}
        for _ in range(rng.randint(1, 12)):
            if unassigned and (not stories or rng.random() < 0.8):
                article = unassigned.pop()
            else:
                assigned = plain.assignments()
                if not assigned:
                    continue
                article = rng.choice(sorted(assigned))  # a move
            if any(article in members for members in groups.values()):
                continue
            target = rng.choice(stories) if stories and rng.random() < 0.7 else None
            groups.setdefault(target, []).append(article)
        if not groups:
            continue
        batch = [(story, members) for story, members in groups.items() if story is not None]
        batch += [(None, [m]) for m in groups.get(None, [])]
        got_plain = plain.assign_many(batch)
        got_spanned = spanned.assign_many(batch, spans=spans)
        assert got_plain == got_spanned
        stories = sorted(_story_rows(tmp_path / "plain.db"))
        assert _story_rows(tmp_path / "spanned.db") == _story_rows(tmp_path / "plain.db")
    assert len(spans) > 0
    plain.close()
    spanned.close()


def test_spans_remember_a_story_that_was_there_before_the_run(store, tmp_path):
    ids = store.add_documents([doc(f"Text {i}.", title=f"T{i}", date=f"2024-01-0{i + 1}") for i in range(4)]).ids
    (story,) = store.assign_many([(None, ids[1:3])])  # an earlier run
    spans = StorySpans()
    store.assign_many([(story, [ids[3]])], spans=spans)  # read whole once, then remembered
    assert story in spans
    store.assign_many([(story, [ids[0]])], spans=spans)  # earlier than every member: names the story
    summary = store.story(story)
    assert (summary.title, summary.first_date, summary.last_date, summary.size) == ("T0", "2024-01-01", "2024-01-04", 4)


@pytest.mark.parametrize("story_id", [2**63, -(2**63) - 1, 10**23])
def test_a_story_id_beyond_sqlite_integers_is_no_story_not_an_overflow(store, story_id):
    # a URL such as /stories/99999999999999999999999 hands such an id to the store
    with pytest.raises(StoreError, match=f"no story {story_id}"):
        store.story(story_id)
    with pytest.raises(StoreError, match=f"no story {story_id}"):
        store.story_articles(story_id)
    assert store.report(story_id) is None


def test_an_address_that_is_no_web_page_is_neither_stored_nor_answered(store):
    """A document built in Python (or a store written before this rule) may carry a script
    scheme as its URL: the store keeps http(s) addresses only, and search answers no other."""
    (added,) = store.add_documents([doc("The ferry sank near the pier.", title="Ferry", source="A",
                                        url="javascript:alert(1)")]).ids
    assert store.article(added).url is None
    with store.db.write("writing an old row") as conn:
        conn.exec_driver_sql("UPDATE articles SET url = 'data:text/html,x' WHERE id = ?", (added,))
    (hit,) = store.search("ferry")
    assert hit.url is None
