"""The web app in-process: pages and REST API over a real store, real default backends.

The store holds the bundled example stories (tests/web_fixtures.py; the REST API is tests/test_web_api.py); the network is never
used (URL fetches go to an httpx.MockTransport with a fake resolver).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rashomon[web]'")
import httpx  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from markupsafe import escape  # noqa: E402

from rashomon.stories.ingestion import ingest  # noqa: E402
from rashomon.model import Document  # noqa: E402
from rashomon.store.facade import Store  # noqa: E402
from rashomon.web import create_app  # noqa: E402
from rashomon.web.views import entity_key, story_title  # noqa: E402

from tests.web_fixtures import TEXT_A, TEXT_B, client, multi, store  # noqa: E402,F401  (fixtures)


def sentence_spans(page: str) -> dict[str, str]:
    """sentence id -> the class attribute of its span."""
    spans = {}
    for match in re.finditer(r'<span class="([^"]*)" id="sent-([^"]+)" data-sid="([^"]+)"', page):
        assert match.group(2) == match.group(3)
        spans[match.group(2)] = match.group(1)
    return spans


# --- the story list --------------------------------------------------------------------------


def test_story_list_shows_every_story_with_its_link(client: TestClient, store: Store) -> None:
    page = client.get("/")
    assert page.status_code == 200
    ids = [int(i) for i in re.findall(r'<li class="story[^"]*" data-story-id="(\d+)"', page.text)]
    assert ids == [s.id for s in store.stories()]
    for story in store.stories():
        assert f'class="story-link" href="/stories/{story.id}"' in page.text
        assert str(escape(story.title)) in page.text
    assert 'id="search"' in page.text and 'name="q"' in page.text and 'name="outlet"' in page.text


def test_story_list_filters_by_outlet_search_and_dates(client: TestClient, store: Store) -> None:
    stories = store.stories()
    outlet = stories[0].outlets[0]
    shown = re.findall(r'data-story-id="(\d+)"', client.get("/", params={"outlet": outlet}).text)
    assert shown and {int(i) for i in shown} == {s.id for s in stories if outlet in s.outlets}

    word = max(re.findall(r"[A-Za-z]{6,}", stories[0].title), key=len)
    found = {int(i) for i in re.findall(r'data-story-id="(\d+)"', client.get("/", params={"q": word}).text)}
    assert stories[0].id in found
    nothing = client.get("/", params={"q": "zzqxnotaword"}).text
    assert 'data-story-id="' not in nothing and "No story matches" in nothing

    dated = [s for s in stories if s.first_date]
    assert dated, "the examples have dated stories"
    day = dated[0].first_date[:10]
    same_day = {int(i) for i in re.findall(r'data-story-id="(\d+)"', client.get("/", params={"since": day, "until": day}).text)}
    assert dated[0].id in same_day
    assert all(s.first_date for s in stories if s.id in same_day)
    after = {int(i) for i in re.findall(r'data-story-id="(\d+)"', client.get("/", params={"since": "2999-01-01"}).text)}
    assert after == set()


def test_empty_store_has_a_friendly_empty_state(tmp_path: Path) -> None:
    page = TestClient(create_app(Store(tmp_path / "empty.db"))).get("/")
    assert page.status_code == 200
    assert "No stories yet" in page.text and 'href="/compare"' in page.text


# --- a story ---------------------------------------------------------------------------------


def test_story_page_shows_the_report(client: TestClient, store: Store, multi: int) -> None:
    page = client.get(f"/stories/{multi}").text
    report = store.report(multi)
    assert report is not None, "viewing a story stores its report"
    for section in ("glance", "articles", "digest", "conflicts", "entities", "framing", "timeline"):
        assert f'<section id="{section}"' in page
    assert re.findall(r'<article class="outlet-column" data-article="(a\d+)"', page) == [a.id for a in report.articles]
    spans = sentence_spans(page)
    assert set(spans) == {s.id for a in report.articles for s in a.sentences}
    shared = {ref.sentence for agreement in report.agreements for ref in agreement.claims}
    unique = {ref.sentence for ref in report.unique}
    conflicting = {side.sentence for c in report.conflicts for side in c.sides}
    for sid, classes in spans.items():
        words = classes.split()
        assert words[0] == "sent"
        assert ("shared" in words) == (sid in shared)
        assert ("unique" in words) == (sid in unique)
        assert ("conflict" in words) == (sid in conflicting)
    # a marked sentence is a Tab stop whose title says why; a plain one is not a stop
    focusable = set(re.findall(r'<span class="[^"]*" id="sent-([^"]+)"[^>]*tabindex="0"', page))
    assert focusable == shared | unique | conflicting
    # every citation of the digest jumps to a sentence on the page
    cites = re.findall(r'<a class="cite" href="#sent-([^"]+)"', page)
    assert len(cites) >= sum(len(line.citations) for line in report.digest)
    assert set(cites) <= set(spans)
    assert f'href="/api/stories/{multi}"' in page
    for article in report.articles:
        if article.source:
            assert f'href="/outlets/{article.source}"' in page
    for entity in report.entities:
        assert f'href="/entities/{entity_key(entity.name)}"' in page


def test_story_page_marks_garbled_names_and_removed_lines(client: TestClient, store: Store) -> None:
    pages = {s.id: client.get(f"/stories/{s.id}").text for s in store.stories() if s.size > 1}
    reports = {i: store.report(i) for i in pages}
    garbled = [(i, x) for i, r in reports.items() for e in r.entities for x in e.suspect]
    assert garbled, "the examples have garbled names"
    for story_id, suspect in garbled:
        assert f'<span class="garbled" title="{str(escape(suspect.reason))}">{str(escape(suspect.text))}</span>' in pages[story_id]
    removed = [(i, line) for i, r in reports.items() for a in r.articles for line in a.removed]
    assert removed, "the examples have boilerplate"
    for story_id, line in removed:
        assert 'id="removed"' in pages[story_id]
        assert str(escape(line.reason)) in pages[story_id]


def test_story_timeline_places_dated_articles(client: TestClient, store: Store) -> None:
    story = next(s for s in store.stories() if s.first_date and s.size > 1)
    page = client.get(f"/stories/{story.id}").text
    timeline = page[page.index('<section id="timeline"'):]
    timeline = timeline[: timeline.index("</section>")]
    dated = [a for a in store.report(story.id).articles if a.date]
    assert "<svg" in timeline and timeline.count('<circle class="dot"') == len(dated)


def test_story_of_one_article_shows_it_without_a_comparison(tmp_path: Path) -> None:
    store = Store(tmp_path / "single.db")
    ingest([Document(text=TEXT_A, title="Norvane fire", source="Eskerby Courier")], store=store)
    (single,) = store.stories()
    client = TestClient(create_app(store))
    page = client.get(f"/stories/{single.id}")
    assert page.status_code == 200
    assert page.text.count('class="outlet-column"') == 1
    assert "nothing to be compared with" in page.text
    assert sentence_spans(page.text)


def test_story_whose_articles_clean_to_nothing_shows_them_and_why(tmp_path: Path) -> None:
    store = Store(tmp_path / "bylines.db")
    ingest([Document(text="Posted by Anna Kell", title="Harbour crane falls in Velmora", source="Coast Daily"),
            Document(text="Posted by Tom Rusk", title="Harbour crane falls at Velmora port", source="Bay Post")], store=store)
    (story,) = store.stories()
    client = TestClient(create_app(store))
    page = client.get(f"/stories/{story.id}")
    assert page.status_code == 200  # was 422 "Cannot compare", with neither article shown
    assert page.text.count('class="outlet-column"') == 2 and "2 inputs skipped" in page.text
    assert client.get(f"/api/stories/{story.id}").status_code == 200


def test_unknown_story_is_404_in_html_and_json(client: TestClient) -> None:
    page = client.get("/stories/999999")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    api = client.get("/api/stories/999999")
    assert api.status_code == 404
    assert api.json() == {"error": {"message": "no story 999999", "type": "HTTPError"}}
    assert client.get("/stories/not-a-number").status_code == 404


# --- entities and outlets --------------------------------------------------------------------


def test_entity_page_lists_forms_and_garbled_ones(client: TestClient, store: Store) -> None:
    for story in store.stories():
        if story.size > 1:
            client.get(f"/stories/{story.id}")  # compare every story first
    found = [(s.id, e) for s in store.stories() if s.size > 1 for e in store.report(s.id).entities if e.suspect]
    story_id, entity = found[0]
    page = client.get(f"/entities/{entity_key(entity.name)}")
    assert page.status_code == 200
    assert str(escape(entity.name)) in page.text
    for suspect in entity.suspect:
        assert f'<span class="garbled" title="' in page.text and f">{str(escape(suspect.text))}</span>" in page.text
    assert f'href="/stories/{story_id}"' in page.text
    assert client.get("/entities/no-such-entity-anywhere").status_code == 404


def test_outlet_page_has_chart_voices_and_stories(client: TestClient, store: Store) -> None:
    for story in store.stories():
        if story.size > 1:
            client.get(f"/stories/{story.id}")
    story = next(s for s in store.stories() if s.size > 1)
    outlet = store.story_articles(story.id)[0].source
    page = client.get(f"/outlets/{outlet}")
    assert page.status_code == 200
    for section in ("chart", "naming", "loaded", "tone", "voices", "outlet-stories"):
        assert f'<section id="{section}"' in page.text
    assert '<svg class="chart bars"' in page.text
    report = store.report(story.id)
    ids = {a.id for a in report.articles if a.source == outlet}
    for cue in report.framing:
        if cue.article in ids and cue.kind == "voice":
            assert str(escape(cue.note.removeprefix("quotes "))) in page.text
    assert f'href="/stories/{story.id}"' in page.text
    assert client.get("/outlets/no-such-outlet").status_code == 404


# --- the compare form ------------------------------------------------------------------------


def test_compare_form_has_its_fields(client: TestClient) -> None:
    page = client.get("/compare").text
    assert '<form id="compare-form" method="post" action="/compare" enctype="multipart/form-data">' in page
    assert page.count('name="text"') >= 2 and 'name="urls"' in page and 'id="compare-submit"' in page
    assert re.search(r'<input id="files" name="files" type="file" multiple', page)
    for field_id in re.findall(r'<(?:input|textarea|select) id="([^"]+)"', page):
        assert f'<label for="{field_id}">' in page, f"{field_id} has a label"


def test_compare_form_answers_the_story_layout(client: TestClient) -> None:
    page = client.post("/compare", data={"text": [TEXT_A, TEXT_B], "title": ["A", "B"], "source": ["Courier", "Dispatch"], "urls": ""})
    assert page.status_code == 200
    assert page.text.count('class="outlet-column"') == 2 and '<section id="digest"' in page.text
    assert "unsaved comparison" in page.text


def test_compare_form_reads_uploaded_files(client: TestClient) -> None:
    page_html = f"<html><head><title>Dispatch report</title></head><body><article><h1>Dispatch report</h1><p>{TEXT_B}</p></article></body></html>"
    page = client.post(
        "/compare",
        data={"text": [TEXT_A, ""], "urls": ""},
        files=[("files", ("../../etc/dispatch.html", page_html.encode(), "text/html"))],
    )
    assert page.status_code == 200, page.text
    assert page.text.count('class="outlet-column"') == 2
    assert "rashomon-upload" not in page.text, "temporary paths are not shown"


def test_compare_form_errors_keep_what_was_typed(client: TestClient) -> None:
    page = client.post("/compare", data={"text": [TEXT_A, ""], "title": ["My title", ""], "urls": ""})
    assert page.status_code == 400
    assert 'class="error"' in page.text and 'id="compare-form"' in page.text
    assert str(escape(TEXT_A)) in page.text and 'value="My title"' in page.text
    bad_url = client.post("/compare", data={"text": [TEXT_A, ""], "urls": "javascript:alert(1)\n"})
    assert bad_url.status_code == 400 and "not an http(s) URL" in bad_url.text
    assert re.search(r'<textarea id="urls"[^>]*>javascript:alert\(1\)\s*</textarea>', bad_url.text)


def test_compare_form_fetches_urls_through_the_guard(store: Store) -> None:
    pages = {
        "/a": f"<html><head><title>Courier</title></head><body><article><p>{TEXT_A}</p></article></body></html>",
        "/b": f"<html><head><title>Dispatch</title></head><body><article><p>{TEXT_B}</p></article></body></html>",
    }
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, text=pages[request.url.path], headers={"content-type": "text/html"})

    addresses = {"news.example": ["93.184.216.34"], "intranet.example": ["10.1.2.3"]}
    app = create_app(store, http_transport=httpx.MockTransport(handler), resolve=lambda host, port: addresses[host])
    client = TestClient(app)
    page = client.post("/compare", data={"text": ["", ""], "urls": "https://news.example/a\nhttps://news.example/b"})
    assert page.status_code == 200, page.text
    assert seen == ["https://news.example/a", "https://news.example/b"]
    refused = client.post("/compare", data={"text": [TEXT_A, ""], "urls": "https://intranet.example/a\nhttp://127.0.0.1:8000/b"})
    assert refused.status_code == 422
    assert "10.1.2.3 is a private address" in refused.text and "127.0.0.1 is a loopback address" in refused.text
    assert len(seen) == 2, "refused URLs are never requested"
    api = client.post("/api/compare", json={"articles": [{"text": TEXT_A}, {"url": "https://intranet.example/b"}]})
    assert api.status_code == 422 and "private address" in api.json()["error"]["message"]


# --- article text is text --------------------------------------------------------------------

PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def _assert_inert(page: str) -> None:
    for payload in PAYLOADS:
        assert payload not in page
    assert "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or "&lt;img src=x onerror=alert(1)&gt;" in page
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert all('src="/static/app.js"' in tag for tag in scripts)


def test_article_text_is_escaped_on_every_page(tmp_path: Path) -> None:
    hostile_a = f"{TEXT_A} Witnesses wrote {PAYLOADS[0]} and {PAYLOADS[1]} on a wall."
    hostile_b = f"{TEXT_B} A sign read {PAYLOADS[1]} near the gate."
    store = Store(tmp_path / "hostile.db")
    docs = [
        Document(text=hostile_a, title=f"Fire {PAYLOADS[0]}", source=f"Courier{PAYLOADS[1]}", date="2024-03-12", origin="a"),
        Document(text=hostile_b, title=f"Blaze {PAYLOADS[1]}", source="Dispatch", date="2024-03-13", origin="b"),
    ]
    store.add_documents(docs)
    ids = [a.id for a in store.articles()]
    story_id = store.assign(ids[0])
    store.assign(ids[1], story_id)
    client = TestClient(create_app(store))
    story = client.get(f"/stories/{story_id}")
    assert story.status_code == 200
    _assert_inert(story.text)
    _assert_inert(client.get("/").text)
    report = store.report(story_id)
    _assert_inert(client.get(f"/outlets/Courier{PAYLOADS[1]}").text)
    for entity in report.entities:
        _assert_inert(client.get(f"/entities/{entity_key(entity.name)}").text)
    compared = client.post("/compare", data={"text": [hostile_a, hostile_b], "title": [PAYLOADS[0], PAYLOADS[1]], "source": ["x", "y"], "urls": ""})
    assert compared.status_code == 200
    _assert_inert(compared.text)
    error = client.post("/compare", data={"text": [hostile_a, ""], "urls": ""})
    _assert_inert(error.text)


def test_outlet_of_a_story_not_compared_lists_it(client: TestClient, store: Store) -> None:
    single = next(s for s in store.stories() if s.size == 1)
    page = client.get(f"/outlets/{single.outlets[0]}")
    assert page.status_code == 200
    assert f'data-story-id="{single.id}"' in page.text and "nothing to compare" in page.text


# --- issue 5 follow-ups: titles once, quotes, legend, dates, single stories, pages ----------------


def _section(page: str, section_id: str) -> str:
    start = page.index(f'<section id="{section_id}"')
    return page[start: page.index("</section>", start)]


def test_outlet_page_names_each_story_once(client: TestClient, store: Store) -> None:
    compared = [s for s in store.stories() if s.size > 1]
    for story in compared:
        client.get(f"/stories/{story.id}")
    checked = 0
    for outlet in {o for s in compared for o in s.outlets}:
        listing = _section(client.get(f"/outlets/{outlet}").text, "outlet-stories")
        items = re.findall(r'<li class="story" data-story-id="(\d+)">(.*?)</li>', listing, flags=re.S)
        assert items
        for story_id, item in items:
            summary = next(s for s in store.stories() if s.id == int(story_id))
            title = story_title(summary, store.report(summary.id))
            assert item.count(f">{escape(title)}<") == 1, f"{outlet}: story {story_id} shows its title more than once: {item}"
            checked += 1
    assert checked >= len(compared)


QUOTED_A = (
    "Fire crews were called to the Norvane plant in Eskerby on Monday night. "
    "\u201c12 workers were treated for smoke inhalation,\u201d Fire Chief Tobias Orrell said. "
    "The company said all safety rules had been followed."
)
QUOTED_B = (
    "A fire broke out at the Norvane chemical plant in Eskerby on Monday evening. "
    '"15 workers were treated for smoke inhalation," Fire Chief Tobias Orrell said. '
    "Residents said nobody had warned them about the smoke."
)


def test_conflict_sides_already_in_quotes_are_not_quoted_twice(client: TestClient) -> None:
    page = client.post("/compare", data={"text": [QUOTED_A, QUOTED_B], "source": ["Courier", "Dispatch"], "urls": ""})
    assert page.status_code == 200, page.text
    conflicts = _section(page.text, "conflicts")
    assert "12" in conflicts and "15" in conflicts, "the 12 vs 15 workers conflict is shown"
    assert '<span class="quoted">\u201c12 workers' in conflicts and '<span class="quoted">&#34;15 workers' in conflicts
    assert not re.search(r"<q>\s*(?:&#34;|&#39;|[\u201c\u201d\u2018\u00ab])", page.text), "a <q> around text that starts with a quote"
    plain = client.post("/compare", data={"text": [TEXT_A, TEXT_B], "urls": ""}).text
    assert "<q>" in _section(plain, "conflicts"), "unquoted sides still get their quotation marks"


def test_story_legend_folds_into_a_details_with_a_compact_key(client: TestClient, multi: int) -> None:
    page = client.get(f"/stories/{multi}").text
    legend = page[page.index('<details class="legend" id="legend">'): page.index("</details>")]
    summary = legend[legend.index("<summary>"): legend.index("</summary>")]
    for word in ("Legend", "shared", "unique", "conflict", "framing", "garbled"):
        assert word in summary, f"the folded legend does not show {word!r}"
    for mark in ("=", "+", "!"):
        assert f'data-mark="{mark}"' in summary, "the key shows each marker, not only its colour"
    assert "another outlet makes the same claim" in legend


def _two_plain_text_articles(tmp_path: Path) -> tuple[Store, int]:
    store = Store(tmp_path / "dates.db")
    store.add_documents([
        Document(text=TEXT_A, title="Plant fire", source="Courier", path=str(tmp_path / "courier.txt"), origin="courier.txt"),
        Document(text=TEXT_B, title="Blaze at Norvane", source="Dispatch", date="2024-03-12", origin="dispatch"),
    ])
    ids = [a.id for a in store.articles()]
    story_id = store.assign(ids[0])
    store.assign(ids[1], story_id)
    return store, story_id


def test_an_undated_article_shows_when_it_was_stored(tmp_path: Path) -> None:
    store, story_id = _two_plain_text_articles(tmp_path)
    stored = {a.source: a for a in store.story_articles(story_id)}
    page = TestClient(create_app(store)).get(f"/stories/{story_id}").text
    columns = re.findall(r'<article class="outlet-column" data-article="a\d"(.*?)</article>', page, flags=re.S)
    courier = next(c for c in columns if 'href="/outlets/Courier"' in c)
    dispatch = next(c for c in columns if 'href="/outlets/Dispatch"' in c)
    when = stored["Courier"].ingested_at
    assert when
    assert f'stored <time datetime="{when}">{when[:10]}</time>' in courier
    assert "undated" not in courier
    assert '<time datetime="2024-03-12">2024-03-12</time>' in dispatch and "stored" not in dispatch
    timeline = _section(page, "timeline")
    assert timeline.count('<circle class="dot"') == 1, "a stored time is not put on the publication timeline"
    assert f"(stored {when[:10]})" in timeline


def test_single_article_stories_are_labelled_and_can_be_left_out(client: TestClient, store: Store) -> None:
    stories = store.stories()
    singles = {s.id for s in stories if s.size == 1}
    compared = {s.id for s in stories if len(s.outlets) >= 2}
    assert singles and compared, "the examples have both kinds"
    page = client.get("/").text
    assert '<input id="min_outlets" name="min_outlets" type="checkbox" value="2">' in page
    assert '<label for="min_outlets">only stories with 2+ outlets</label>' in page
    items = dict(re.findall(r'<li class="story[^"]*" data-story-id="(\d+)"[^>]*>(.*?)</li>', page, flags=re.S))
    assert {int(i) for i in items} == {s.id for s in stories}, "all stories by default"
    for story_id in singles:
        assert "1 outlet — nothing to compare yet" in items[str(story_id)]
    for story_id in compared:
        assert "nothing to compare" not in items[str(story_id)]
    only = client.get("/", params={"min_outlets": "2"}).text
    assert {int(i) for i in re.findall(r'data-story-id="(\d+)"', only)} == compared
    assert 'name="min_outlets" type="checkbox" value="2" checked' in only
    api = client.get("/api/stories", params={"min_outlets": 2}).json()
    assert {s["id"] for s in api} == compared
    assert {s["id"] for s in client.get("/api/stories").json()} == {s.id for s in stories}
    assert client.get("/api/stories", params={"min_outlets": 0}).status_code == 422
    assert client.get("/", params={"min_outlets": "lots"}).status_code == 200, "a bad form value is ignored"


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """120 one-article stories, half of them from the outlet "Even"."""
    store = Store(tmp_path_factory.mktemp("many") / "many.db")
    store.add_documents([
        Document(text=f"Story number {i} happened in town {i}. Nothing else happened.", title=f"Story {i:03d}",
                 source="Even" if i % 2 == 0 else "Odd", date=f"2024-01-01T00:{i // 60:02d}:{i % 60:02d}", origin=f"n{i}")
        for i in range(120)
    ])
    store.assign_many([(None, [a.id]) for a in store.articles()])
    assert len(store.stories()) == 120
    return TestClient(create_app(store))


def test_story_list_is_paged(many: TestClient) -> None:
    first = many.get("/").text
    assert len(re.findall(r'data-story-id="', first)) == 50
    assert 'rel="prev"' not in first and '<a href="/?offset=50" rel="next">' in first
    assert "Stories 1–50 of 120" in first
    last = many.get("/", params={"offset": 100}).text
    assert len(re.findall(r'data-story-id="', last)) == 20
    assert '<a href="/?offset=50" rel="prev">' in last and 'rel="next"' not in last
    assert '← Previous 50</a>' in last
    near = many.get("/", params={"offset": 20}).text  # the previous page is the first 20, not 50
    assert '<a href="/" rel="prev">← Previous 20</a>' in near
    seen = set()
    for offset in (0, 50, 100):
        seen |= set(re.findall(r'data-story-id="(\d+)"', many.get("/", params={"offset": offset}).text))
    assert len(seen) == 120, "the pages together show every story once"
    even = many.get("/", params={"outlet": "Even", "limit": 25}).text
    assert len(re.findall(r'data-story-id="', even)) == 25
    assert '<a href="/?outlet=Even&amp;limit=25&amp;offset=25" rel="next">' in even, "the next page keeps the filters"
    past = many.get("/", params={"offset": 5000}).text
    assert len(re.findall(r'data-story-id="', past)) == 20, "past the end: the last page"
    assert many.get("/", params={"offset": "x", "limit": "-3"}).status_code == 200


def test_api_stories_is_paged(many: TestClient) -> None:
    answer = many.get("/api/stories")
    assert len(answer.json()) == 50 and answer.headers["x-total-count"] == "120"
    assert answer.headers["link"] == '</api/stories?offset=50>; rel="next"'
    tail = many.get("/api/stories", params={"limit": 30, "offset": 100})
    assert len(tail.json()) == 20
    assert tail.headers["link"] == '</api/stories?limit=30&offset=70>; rel="prev"'
    everything = []
    url = "/api/stories?limit=45"
    while url:
        answer = many.get(url)
        everything += [s["id"] for s in answer.json()]
        url = next((part.split(">")[0].strip("< ") for part in answer.headers.get("link", "").split(",") if 'rel="next"' in part), "")
    assert len(everything) == len(set(everything)) == 120
    assert [s["outlets"] for s in many.get("/api/stories", params={"outlet": "Even", "limit": 500}).json()] == [["Even"]] * 60
    too_many = many.get("/api/stories", params={"limit": 501})
    assert too_many.status_code == 400 and "at most 500" in too_many.json()["error"]["message"]
    assert many.get("/api/stories", params={"offset": -1}).status_code == 422
