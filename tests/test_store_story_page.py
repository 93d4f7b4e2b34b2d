"""Store.story_page: the story list's filters and paging, in SQL, on real SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.errors import StoreError
from rashomon.model import Document
from rashomon.store.facade import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "pages.db") as s:
        yield s


def _story(store: Store, *articles: dict) -> int:
    ids = store.add_documents([Document(**fields) for fields in articles]).ids
    story = store.assign(ids[0])
    for article_id in ids[1:]:
        store.assign(article_id, story)
    return story


@pytest.fixture
def stories(store: Store) -> dict[str, int]:
    return {
        "fire": _story(store,
                       {"text": "A warehouse fire in Eskerby burned all night.", "title": "Warehouse fire in Eskerby",
                        "source": "Harbour Post", "date": "2024-03-02"},
                       {"text": "Firefighters fought the Eskerby blaze until dawn.", "title": "Eskerby blaze",
                        "source": "Valley Times", "date": "2024-03-03T08:00:00Z"}),
        "vote": _story(store,
                       {"text": "The council voted to close the old bridge.", "title": "Council vote on the bridge",
                        "source": "Harbour Post", "date": "2024-02-10"}),
        "storm": _story(store,
                        {"text": "A storm cut power to the coast.", "title": "Storm on the coast", "date": "2024-03-20"},
                        {"text": "Power returned after the coastal storm.", "title": "Power back", "date": "2024-03-21"}),
        "undated": _story(store, {"text": "An undated note about the 100% rise.", "title": "Note on 100% rise",
                                  "source": "Valley Times"}),
    }


def _ids(page: tuple[list, int]) -> list[int]:
    return [summary.id for summary in page[0]]


def test_the_whole_list_is_most_recent_first_and_matches_stories(store, stories):
    items, total = store.story_page()
    assert total == 4 == store.story_count()
    assert _ids((items, total)) == [stories["storm"], stories["fire"], stories["vote"], stories["undated"]]
    assert items == store.stories(), "a page and the full list summarise stories the same way"


def test_pages_cover_the_list_once(store, stories):
    everything = _ids(store.story_page())
    pages = [store.story_page(limit=3, offset=offset) for offset in (0, 3, 6)]
    assert [total for _, total in pages] == [4, 4, 4]
    assert _ids(pages[0]) + _ids(pages[1]) + _ids(pages[2]) == everything
    assert _ids(pages[2]) == []


def test_an_outlet_keeps_the_stories_it_covered(store, stories):
    assert set(_ids(store.story_page(outlet="Harbour Post"))) == {stories["fire"], stories["vote"]}
    assert store.story_page(outlet="Nobody")[1] == 0
    assert store.outlets() == ["Harbour Post", "Valley Times"]


def test_an_outlet_matches_whatever_its_case_and_surrounding_spaces(store, stories):
    both = {stories["fire"], stories["vote"]}
    for typed in ("harbour post", "  HARBOUR POST ", "Harbour Post\t"):
        assert set(_ids(store.story_page(outlet=typed))) == both, typed
    assert store.story_page(outlet="harbour")[1] == 0, "the whole name, not a part of it"
    assert store.story_page(outlet="   ")[1] == 4, "only spaces: no outlet filter"


def test_an_outlet_folds_case_beyond_ascii(store):
    story = _story(store, {"text": "The ferry left at noon.", "title": "Ferry", "source": "Östra Kuriren"})
    assert _ids(store.story_page(outlet="östra kuriren")) == [story]
    assert _ids(store.story_page(outlet="ÖSTRA KURIREN")) == [story]


def test_min_outlets_counts_named_outlets_or_else_articles(store, stories):
    # fire: two named outlets; storm: no named outlet but two articles; vote, undated: one.
    assert set(_ids(store.story_page(min_outlets=2))) == {stories["fire"], stories["storm"]}
    assert _ids(store.story_page(min_outlets=3)) == []


def test_dates_keep_stories_whose_coverage_overlaps_and_never_undated_ones(store, stories):
    assert set(_ids(store.story_page(since="2024-03-03"))) == {stories["fire"], stories["storm"]}
    assert set(_ids(store.story_page(until="2024-03-02"))) == {stories["fire"], stories["vote"]}
    assert _ids(store.story_page(since="2024-03-04", until="2024-03-19")) == []


def test_a_query_matches_titles_and_article_text(store, stories):
    assert _ids(store.story_page(query="eskerby")) == [stories["fire"]]  # title and text
    assert _ids(store.story_page(query="dawn")) == [stories["fire"]]  # only in the second article's text
    assert _ids(store.story_page(query="coastal")) == [stories["storm"]]
    assert store.story_page(query="eskerby storm")[1] == 0, "every word must match"
    assert _ids(store.story_page(query="100%")) == [stories["undated"]], "a LIKE wildcard is matched as itself"
    assert store.story_page(query="_")[1] == 0, "no title has an underscore (unescaped, _ matches any title)"
    assert _ids(store.story_page(query="fire", outlet="Valley Times")) == [stories["fire"]], "filters combine"


def test_one_story_by_id(store, stories):
    fire = store.story(stories["fire"])
    assert (fire.size, fire.outlets, fire.first_date) == (2, ("Harbour Post", "Valley Times"), "2024-03-02")
    with pytest.raises(StoreError, match="no story 999"):
        store.story(999)


def test_bad_paging_arguments_are_refused(store):
    with pytest.raises(ValueError):
        store.story_page(limit=0)
    with pytest.raises(ValueError):
        store.story_page(offset=-1)


def test_numbers_beyond_sqlite_integers_page_as_their_meaning_not_an_overflow(store, stories):
    # rashomon stories --offset 99999999999999999999999, /api/stories?offset=..., search -n ...
    huge = 10**23
    assert store.story_page(offset=huge) == ([], len(stories))
    assert store.story_page(min_outlets=huge)[1] == 0
    assert len(store.story_page(limit=huge)[0]) == len(stories)
    assert len(store.search("Eskerby", limit=huge)) == 2


@pytest.mark.parametrize("full_text", [True, False])
def test_a_query_keeps_every_story_however_many_articles_match(tmp_path, full_text):
    # More matching articles than any cap on search hits: each is its own story.
    with Store(tmp_path / "many.db", full_text=full_text) as many:
        docs = [Document(text=f"Ferry timetable number {i} was printed again.", title=f"Timetable {i}") for i in range(620)]
        ids = many.add_documents(docs).ids
        many.assign_many([(None, [article_id]) for article_id in ids])
        assert many.story_page(query="timetable printed", limit=10)[1] == 620
        assert many.story_page(query="printed", limit=1000)[1] == 620
        assert many.story_page(query="printed zebra", limit=10)[1] == 0, "a word no article has"
