"""The story page's summary, the compare result's downloads and permanent link, honest outlet
pages, entity pages, the user's outlet metadata and the background refresh: in-process, over a
real store of the bundled examples (real default backends, no network)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")
from fastapi.testclient import TestClient  # noqa: E402
from markupsafe import escape  # noqa: E402

from rashomon.model import Document  # noqa: E402
from rashomon.renderers import from_json  # noqa: E402
from rashomon.store.facade import Store  # noqa: E402
from rashomon.stories.ingestion import ingest  # noqa: E402
from rashomon.stories.refresh import Refresher, refresh_reports, stale_stories  # noqa: E402
from rashomon.web import create_app  # noqa: E402
from rashomon.web.outlet_meta import load_outlet_groups  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "examples"
TOKEN = "a-write-token-of-some-length"

TEXT_A = ("Fire crews were called to the Norvane plant in Eskerby on Monday night. "
          "Fire Chief Tobias Orrell said 12 workers were treated for smoke inhalation. "
          "The company said all safety rules had been followed.")
TEXT_B = ("A fire broke out at the Norvane chemical plant in Eskerby on Monday evening. "
          "Fire Chief Tobias Orrell said 15 workers were treated for smoke inhalation. "
          "Residents said nobody had warned them about the smoke.")


def example_sources() -> list[str]:
    return [str(p) for p in sorted(EXAMPLES.glob("*/*")) if p.suffix in (".txt", ".html")]


@pytest.fixture()
def fresh(tmp_path: Path) -> Store:
    """A store just ingested: its stories are not compared yet."""
    store = Store(tmp_path / "fresh.db")
    ingest(example_sources(), store=store)
    return store


def _text(html: str) -> str:
    main = html.split("<main", 1)[1]
    return " ".join(re.sub(r"<[^>]+>", " ", main).split())


def _position(html: str, marker: str) -> int:
    index = html.find(marker)
    assert index >= 0, f"{marker!r} not on the page"
    return index


# --- the story page leads with the comparison --------------------------------------------------


def test_story_page_puts_the_summary_and_conflicts_before_the_texts(fresh: Store) -> None:
    client = TestClient(create_app(fresh))
    story = max(fresh.stories(), key=lambda s: s.size)
    page = client.get(f"/stories/{story.id}").text
    report = fresh.report(story.id)
    assert report is not None and report.conflicts, "the biggest example story has conflicts"
    order = [_position(page, f'<section id="{name}"') for name in ("glance", "conflicts", "digest", "articles", "entities",
                                                                     "framing", "timeline", "inputs")]
    assert order == sorted(order)
    glance = page[order[0]:order[1]]
    for article in report.articles:  # every outlet with its headline, side by side
        assert str(escape(article.source)) in glance and str(escape(article.title)) in glance
    first = report.conflicts[0]
    conflicts = page[order[1]:order[2]]
    assert all(str(escape(side.value)) in conflicts for side in first.sides)
    assert '<section id="differences"' in page and '<section id="wording"' in page


def test_a_story_compared_through_some_of_its_articles_says_so_at_the_top(fresh: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import rashomon.stories.ingestion as ingestion

    story = max(fresh.stories(), key=lambda s: s.size)
    monkeypatch.setattr(ingestion, "MAX_STORY_ARTICLES", story.size - 1)
    page = TestClient(create_app(fresh)).get(f"/stories/{story.id}").text
    note = f"This story has {story.size} articles; the comparison reads {story.size - 1} of them."
    assert _position(page, note) < _position(page, '<section id="glance"')
    assert '<a href="#skipped">Skipped inputs</a> lists the others.' in page
    smaller = min((s for s in fresh.stories() if s.size > 1), key=lambda s: s.size)
    if smaller.size < story.size:  # read whole: no note
        assert "the comparison reads" not in TestClient(create_app(fresh)).get(f"/stories/{smaller.id}").text


def test_story_heading_is_the_least_loaded_headline(fresh: Store) -> None:
    from rashomon.renderers.summary import framing_load

    client = TestClient(create_app(fresh))
    story = max(fresh.stories(), key=lambda s: s.size)
    page = client.get(f"/stories/{story.id}").text
    heading = re.search(r"<h1>(.*?)</h1>", page, flags=re.S).group(1).strip()
    titles = [a.title for a in fresh.report(story.id).articles]
    assert heading in {str(escape(t)) for t in titles}
    loads = {str(escape(t)): framing_load(t) for t in titles}
    assert loads[heading] == min(loads.values())


# --- the compare form: headline, downloads, permanent link ----------------------------------


def _compare(client: TestClient, **extra: str) -> str:
    response = client.post("/compare", data={
        "text": [TEXT_A, TEXT_B], "title": ["Norvane fire: 12 treated", "Fire at Norvane plant"],
        "source": ["Courier", "Ledger"], **extra,
    })
    assert response.status_code == 200, response.text
    return response.text


def test_compare_result_is_titled_with_a_headline_and_downloads_as_json_and_html(tmp_path: Path) -> None:
    client = TestClient(create_app(Store(tmp_path / "s.db")))
    page = _compare(client)
    heading = re.search(r"<h1>(.*?)</h1>", page).group(1)
    assert heading in {"Norvane fire: 12 treated", "Fire at Norvane plant"}
    json_url = re.search(r'href="(/compare/results/[^"]+\.json)" download="([^"]+)"', page)
    html_url = re.search(r'href="(/compare/results/[^"]+\.html)" download="([^"]+)"', page)
    assert json_url and html_url
    data = client.get(json_url.group(1))
    assert data.status_code == 200 and "attachment" in data.headers["content-disposition"]
    report = from_json(data.content)
    assert [a.source for a in report.articles] == ["Courier", "Ledger"]
    html = client.get(html_url.group(1))
    assert html.headers["content-type"].startswith("text/html") and '<section id="glance"' in html.text
    assert client.get("/compare/results/nosuchresultxxxxxxxx.json").status_code == 404


def test_a_saved_comparison_has_a_permanent_link(tmp_path: Path) -> None:
    client = TestClient(create_app(Store(tmp_path / "s.db")))
    page = _compare(client)
    action = re.search(r'<form class="inline" method="post" action="([^"]+)"', page).group(1)
    saved = client.post(action, follow_redirects=False)
    assert saved.status_code == 303
    link = saved.headers["location"]
    assert re.fullmatch(r"/comparisons/[0-9a-f]{20}", link)
    assert list((tmp_path / "comparisons").glob("*.json")), "kept beside the store"
    # a new app over the same store (a restart) still has it
    again = TestClient(create_app(Store(tmp_path / "s.db")))
    shown = again.get(link)
    assert shown.status_code == 200 and link in shown.text and "Courier" in shown.text
    assert from_json(again.get(link + ".json").content).articles[0].source == "Courier"
    # the file a browser keeps is named as the page's link names it, and as before the save
    for suffix in (".json", ".html"):
        named = re.search(rf'href="{link}{suffix}" download="([^"]+)"', shown.text).group(1)
        assert again.get(link + suffix).headers["content-disposition"] == f'attachment; filename="{named}"'
        before = re.search(rf'href="(/compare/results/[^"]+{suffix})"', page).group(1)
        assert client.get(before).headers["content-disposition"] == f'attachment; filename="{named}"'
    assert client.post(action, follow_redirects=False).headers["location"] == link, "the same report, the same link"
    assert again.get("/comparisons/0123456789abcdef0123").status_code == 404


@pytest.mark.parametrize("address", ["/comparisons/0123456789abcdef0123.json", "/compare/results/nope.json"])
def test_a_missing_json_download_answers_json(tmp_path: Path, address: str) -> None:
    """A script that fetches a comparison's JSON gets its 404 as JSON, as the API answers, not an HTML page."""
    client = TestClient(create_app(Store(tmp_path / "s.db")))
    answer = client.get(address)
    assert answer.status_code == 404 and answer.headers["content-type"].startswith("application/json")
    assert answer.json()["error"]["message"]


def test_saving_needs_the_token_when_the_server_has_one(tmp_path: Path) -> None:
    client = TestClient(create_app(Store(tmp_path / "s.db"), token=TOKEN))
    page = _compare(client, token=TOKEN)
    action = re.search(r'action="(/compare/results/[^"]+/save)"', page).group(1)
    client.cookies.clear()
    refused = client.post(action, follow_redirects=False)
    assert refused.status_code == 401
    assert not (tmp_path / "comparisons").exists()
    assert client.post(action, data={"token": TOKEN}, follow_redirects=False).status_code == 303


# --- outlet pages: nothing claimed before a comparison ---------------------------------------


def test_outlet_page_before_and_after_its_story_is_compared(fresh: Store) -> None:
    client = TestClient(create_app(fresh))
    story = max(fresh.stories(), key=lambda s: s.size)
    outlet = story.outlets[0]
    before = client.get(f"/outlets/{outlet}")
    assert before.status_code == 200
    text = _text(before.text)
    assert "No story of this outlet has been compared yet" in text
    for claim in ("names it uses", "Loaded terms", "Whom it quotes", "No loaded term", "every name it uses"):
        assert claim not in text, f"{claim!r} claimed before anything was compared"
    client.get(f"/stories/{story.id}")
    after = _text(client.get(f"/outlets/{outlet}").text)
    assert "No story of this outlet has been compared yet" not in after
    assert "compared story" in after and "Whom it quotes" in after


def test_outlet_page_shows_the_labels_it_puts_on_groups_beside_tone(fresh: Store) -> None:
    client = TestClient(create_app(fresh))
    for story in fresh.stories():
        if story.size > 1:
            client.get(f"/stories/{story.id}")
    outlets = {o for s in fresh.stories() for o in s.outlets}
    pages = {o: client.get(f"/outlets/{o}").text for o in outlets}
    # the bundled tabloid writes "thugs" and "mob" for unnamed groups: its tone section says so
    tones = {o: page.split('<section id="tone"', 1)[1].split("</section>", 1)[0] for o, page in pages.items()}
    assert any('<mark class="cue cue-loaded">thugs</mark>' in tone for tone in tones.values())
    for tone in tones.values():
        assert ("Labels it puts on people or groups" in tone) == ('<mark class="cue cue-loaded">' in tone)
    assert all("tone toward anyone" not in page for page in pages.values())


def test_outlet_page_lists_blindspots(fresh: Store) -> None:
    client = TestClient(create_app(fresh))
    stories = fresh.stories()
    outlet = next(o for s in stories for o in s.outlets if any(o not in t.outlets and len(t.outlets) >= 2 for t in stories))
    page = client.get(f"/outlets/{outlet}").text
    blind = page[_position(page, '<section id="blindspots"'):]
    for story in stories:
        shown = f'data-story-id="{story.id}"' in blind
        assert shown == (outlet not in story.outlets and len(story.outlets) >= 2)


# --- entity pages -------------------------------------------------------------------------------


def test_entity_page_lists_the_sentences_that_name_it(fresh: Store) -> None:
    client = TestClient(create_app(fresh))
    story = max(fresh.stories(), key=lambda s: s.size)
    page = client.get(f"/stories/{story.id}").text
    report = fresh.report(story.id)
    entity = max(report.entities, key=lambda e: len({m.sentence for m in e.mentions}))
    key = re.search(rf'href="(/entities/[^"]+)">{re.escape(str(escape(entity.name)))}</a>', page).group(1)
    shown = client.get(key).text
    sentences = re.findall(rf'href="/stories/{story.id}#sent-([^"]+)">', shown[_position(shown, 'id="entity-sentences"'):])
    assert set(sentences) >= {m.sentence for m in entity.mentions}
    for sid in {m.sentence for m in entity.mentions}:
        assert str(escape(report.sentence(sid).text)) in shown
    involved = [c for c in report.conflicts if any(s.sentence in {m.sentence for m in entity.mentions} for s in c.sides)]
    conflicts = shown[_position(shown, 'id="entity-conflicts"'):_position(shown, 'id="forms"')]
    assert conflicts.count('class="conflict-item"') >= len(involved)


# --- the user's outlet metadata ------------------------------------------------------------------


def test_outlet_metadata_shows_coverage_by_group(fresh: Store, tmp_path: Path) -> None:
    story = max(fresh.stories(), key=lambda s: s.size)
    listed = tmp_path / "outlets.csv"
    first, second = story.outlets[:2]
    listed.write_text(f"outlet,country,owner,stance\n{first},Kelmark,Family trust,centre\n{second},Saradia,,\n", encoding="utf-8")
    client = TestClient(create_app(fresh, outlets_file=listed))
    page = _text(client.get(f"/stories/{story.id}").text)
    assert "Country: Kelmark (1), Saradia (1)" in page and "unlisted" in page
    assert "rashomon rates no outlet" in page
    listing = client.get("/").text
    item = re.search(rf'data-story-id="{story.id}"(.*?)</li>', listing, flags=re.S).group(1)
    assert "Country: Kelmark (1), Saradia (1)" in _text("<main>" + item)
    outlet = _text(client.get(f"/outlets/{first}").text)
    assert "Owner: Family trust" in outlet and "Stated stance: centre" in outlet


def test_outlet_metadata_reads_toml_and_refuses_a_list_without_outlets(tmp_path: Path) -> None:
    from rashomon.errors import InputError

    toml = tmp_path / "o.toml"
    toml.write_text('["Kelmark Herald"]\ncountry = "Kelmark"\nstance = "says it is independent"\n', encoding="utf-8")
    groups = load_outlet_groups(toml)
    assert groups.of("Kelmark Herald") == [("Country", "Kelmark"), ("Stated stance", "says it is independent")]
    bad = tmp_path / "o.csv"
    bad.write_text("name_of_paper,country\n", encoding="utf-8")
    with pytest.raises(InputError, match="no outlet"):
        load_outlet_groups(bad)


# --- stories compared when they change -----------------------------------------------------------


def test_refresh_compares_the_changed_stories_once(fresh: Store) -> None:
    todo = stale_stories(fresh)
    assert todo, "a fresh ingest leaves stories to compare"
    result = refresh_reports(fresh)
    assert sorted(result.compared) == sorted(todo) and not result.failed
    assert all(fresh.report(i) is not None for i in todo)
    assert refresh_reports(fresh).compared == ()


def test_the_background_refresher_compares_what_a_server_holds(fresh: Store) -> None:
    import time

    refresher = Refresher(fresh, 0.2).start()
    try:
        deadline = time.monotonic() + 120
        while stale_stories(fresh) and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        refresher.stop()
    assert stale_stories(fresh) == []


def test_json_download_of_a_story(fresh: Store) -> None:
    client = TestClient(create_app(fresh))
    story = max(fresh.stories(), key=lambda s: s.size)
    page = client.get(f"/stories/{story.id}").text
    assert f'href="/api/stories/{story.id}" download=' in page
    html = client.get(f"/stories/{story.id}/report.html")
    assert html.status_code == 200 and "attachment" in html.headers["content-disposition"]
    assert json.loads(client.get(f"/api/stories/{story.id}").text)["articles"]


def test_the_refresher_lists_the_stories_again_only_when_assignments_change(fresh: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from rashomon.stories import refresh

    rounds: list[int] = []
    real = refresh.refresh_reports

    def counted(*args, **kwargs):
        rounds.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(refresh, "refresh_reports", counted)
    refresher = refresh.Refresher(fresh, 0.05).start()
    try:
        deadline = time.monotonic() + 120
        while refresher.rounds < 8 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        refresher.stop()
    assert stale_stories(fresh) == []
    assert len(rounds) == 1, "one scan; the later rounds saw the same assignments"


def test_the_api_refuses_a_date_filter_it_cannot_read_and_the_page_ignores_it(tmp_path: Path) -> None:
    client = TestClient(create_app(Store(tmp_path / "empty.db")))
    for name in ("since", "until"):
        answer = client.get(f"/api/stories?{name}=2026-3-1x")
        assert answer.status_code == 400, answer.text
        assert answer.json()["error"]["message"] == f"{name}: '2026-3-1x' is not an ISO date (YYYY-MM-DD)"
    assert client.get("/api/stories?since=2026-03-01&until=").status_code == 200
    for day in ("2026-13-01", "2026-02-30"):  # the shape of a date, but no day of the calendar
        answer = client.get(f"/api/stories?until={day}")
        assert answer.status_code == 400 and "is not an ISO date" in answer.json()["error"]["message"], answer.text
    assert client.get("/?since=2026-3-1x").status_code == 200


def test_a_comparison_not_in_the_store_links_to_no_outlet_or_entity_page(tmp_path: Path) -> None:
    """The outlet and entity pages read stored stories: from the compare form's result, or a saved
    comparison, their links led to 'no story has an article from this outlet' (404)."""
    client = TestClient(create_app(Store(tmp_path / "empty.db")))
    texts = ["A ferry named Tullan sank off Brora on Monday. Captain Ewan Hartfield said ten crew were rescued.",
             "The ferry Tullan went down off Brora on Tuesday. Captain Ewan Hartfield said twelve crew were rescued."]
    result = client.post("/compare", data={"text": texts, "source": ["Brora Post", "Firth Wire"], "urls": ""})
    assert result.status_code == 200, result.text[:2000]
    saved = client.post(re.search(r'action="(/compare/results/[^"]+/save)"', result.text).group(1))
    assert saved.status_code == 200 and "/comparisons/" in str(saved.url), saved.text[:2000]
    for page in (result.text, saved.text):
        assert "Brora Post" in page and "Ewan Hartfield" in page
        links = re.findall(r'href="(/(?:outlets|entities)/[^"]*)"', page)
        assert links == [], links


@pytest.mark.parametrize("path", ["/stories/{n}", "/stories/{n}/report.html", "/api/stories/{n}"])
def test_a_story_id_of_twenty_digits_is_404_not_500(tmp_path: Path, path: str) -> None:
    client = TestClient(create_app(Store(tmp_path / "empty.db")))
    for n in ("99999999999999999999999", "9223372036854775808", "-99999999999999999999999"):
        assert client.get(path.format(n=n)).status_code == 404, n


def test_an_offset_of_twenty_digits_is_an_empty_page_not_500(tmp_path: Path) -> None:
    client = TestClient(create_app(Store(tmp_path / "empty.db")))
    answer = client.get("/api/stories?offset=99999999999999999999999")
    assert answer.status_code == 200 and answer.json() == []


def test_direction_controls_are_named_on_every_page(tmp_path: Path) -> None:
    store = Store(tmp_path / "bidi.db")
    ingest([Document(text=TEXT_A, title="Plant \u202efire", source="North \u202eWire"),
            Document(text=TEXT_B, title="Fire at plant", source="South Post")], store=store)
    client = TestClient(create_app(store))
    story = client.get("/api/stories").json()[0]["id"]
    for address in ("/", f"/stories/{story}", "/outlets/North%20%E2%80%AEWire", f"/stories/{story}/report.html"):
        page = client.get(address)
        assert page.status_code == 200, address
        assert not re.search("[\u202a-\u202e\u2066-\u2069]", page.text), address
        assert "\u27e8U+202E\u27e9" in page.text, address


def test_an_outlet_that_only_reprinted_another_outlets_text_lists_that_story(tmp_path: Path) -> None:
    # the story list and /api/stories?outlet= count a reprinting outlet; its own page said it had
    # no story with another outlet and listed none
    store = Store(tmp_path / "reprinted.db")
    store.add_documents([Document(text=TEXT_A, title="Fire at Norvane", source="North Wire"),
                         Document(text=TEXT_B, title="Norvane plant fire", source="South Daily"),
                         Document(text=TEXT_A, title="Fire at Norvane", source="Echo Radio")])
    from rashomon.stories.ingestion import cluster_stories
    cluster_stories(store)
    client = TestClient(create_app(store))
    [story] = [s for s in store.stories() if "Echo Radio" in s.outlets]
    client.get(f"/stories/{story.id}")
    page = client.get("/outlets/Echo%20Radio").text
    listed = page[_position(page, '<section id="outlet-stories"'):_position(page, '<section id="blindspots"')]
    assert f'data-story-id="{story.id}"' in listed
    assert "a reprint of North Wire" in " ".join(re.sub(r"<[^>]+>", " ", listed).split())
    assert "None of its stories has another outlet" not in _text(page)


def test_a_one_article_story_that_another_outlet_reprinted_is_not_called_one_outlet(tmp_path: Path) -> None:
    # the list said "1 outlet — nothing to compare yet" beside the two outlets' links, and the
    # first outlet's page "only this outlet"
    store = Store(tmp_path / "single.db")
    store.add_documents([Document(text=TEXT_A, title="Fire at Norvane", source="North Wire"),
                         Document(text=TEXT_A, title="Fire at Norvane", source="Echo Radio")])
    from rashomon.stories.ingestion import cluster_stories
    cluster_stories(store)
    client = TestClient(create_app(store))
    [story] = store.stories()
    item = " ".join(re.sub(r"<[^>]+>", " ", client.get("/").text.split(f'data-story-id="{story.id}"', 1)[1].split("</li>", 1)[0]).split())
    assert "1 outlet" not in item
    assert "1 article, 2 outlets (the same text) — nothing to compare yet" in item
    page = _text(client.get("/outlets/North%20Wire").text)
    assert "only this outlet" not in page and "also run word for word by Echo Radio" in page


def test_outlets_named_with_dot_segments_get_links_a_browser_keeps(tmp_path: Path) -> None:
    # "/outlets/.." is resolved by the browser to "/" before it asks (%2E%2E too), so the link
    # of an outlet called ".." opened the story list; such a name's link carries it in the query
    from urllib.parse import urljoin

    store = Store(tmp_path / "dots.db")
    store.add_documents([Document(text=TEXT_A, title="Fire at Norvane", source=".."),
                         Document(text=TEXT_B, title="Norvane plant fire", source="a/b")])
    from rashomon.stories.ingestion import cluster_stories
    cluster_stories(store)
    client = TestClient(create_app(store))
    [story] = store.stories()
    pages = [client.get("/").text, client.get(f"/stories/{story.id}").text]
    for page in pages:
        links = set(re.findall(r'href="(/outlets[^"]*)"', page))
        assert links == {"/outlets?name=..", "/outlets/a/b"}, links
    for link, name in [("/outlets?name=..", ".."), ("/outlets/a/b", "a/b")]:
        # what a browser asks for is the link as it resolves it against the page
        asked = urljoin(f"http://testserver/stories/{story.id}", link).removeprefix("http://testserver")
        assert asked == link
        answer = client.get(asked)
        assert answer.status_code == 200 and f"<title>{escape(name)} · rashomon" in answer.text
    entity = re.search(r'href="(/entities/[^"]+)"', pages[1])
    assert entity and "/outlets?name=.." in client.get(entity.group(1)).text


def test_form_values_send_back_an_outlets_direction_controls_as_they_are(tmp_path: Path) -> None:
    # shown names (⟨U+202E⟩) went into the outlet menu's values too: picking the outlet sent the
    # name of the character and matched no story; a pasted title shown again after an error
    # would have been sent with the names in place of its characters
    import html

    odd = "Omega \u202eRTL"
    store = Store(tmp_path / "controls.db")
    store.add_documents([Document(text=TEXT_A, title="Fire at Norvane", source=odd),
                         Document(text=TEXT_B, title="Norvane plant fire", source="South Daily")])
    from rashomon.stories.ingestion import cluster_stories
    cluster_stories(store)
    client = TestClient(create_app(store))
    listing = client.get("/").text
    assert "\u202e" not in listing and "Omega ⟨U+202E⟩RTL</option>" in listing
    values = [html.unescape(v) for v in re.findall(r'<option value="([^"]*)"', listing)]
    assert odd in values
    [story] = store.stories()
    assert f'data-story-id="{story.id}"' in client.get("/", params={"outlet": odd}).text
    again = client.post("/compare", data={"text": [TEXT_A, ""], "title": [odd, ""], "source": ["", ""]}).text
    assert 'class="error"' in again and "\u202e" not in again
    assert html.unescape(re.search(r'id="title-1" name="title" type="text" value="([^"]*)"', again).group(1)) == odd
