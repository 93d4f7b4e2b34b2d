"""An article carrying ``<script>``, ``onerror=`` and a ``javascript:`` link never executes: on the
story list, its story page, the entity and outlet pages, the report JSON, and the page the
compare form answers with. Its markup shows as the text it is."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.e2e.harness import HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_SVG, HOSTILE_SOURCE, HOSTILE_TEXT, HOSTILE_TITLE

pytestmark = pytest.mark.e2e

COMPARE_TIMEOUT_MS = 90_000

# Anything that the markup would have turned into live DOM.
DOM_PROBE_JS = """() => {
  const all = [...document.querySelectorAll('*')];
  return {
    pwned: typeof window.__pwned,
    cspViolations: window.__cspViolations || [],
    inlineScripts: [...document.scripts].filter(s => !s.src).map(s => s.textContent.slice(0, 80)),
    foreignScripts: [...document.scripts].filter(s => s.src && new URL(s.src).origin !== location.origin).map(s => s.src),
    handlers: all.flatMap(e => [...e.attributes].filter(a => /^on/i.test(a.name)).map(a => e.tagName + ' ' + a.name)),
    jsUrls: all.flatMap(e => ['href', 'src', 'action', 'formaction', 'xlink:href']
      .map(n => e.getAttribute(n)).filter(v => v && /^\\s*javascript:/i.test(v))),
    strayImages: [...document.images].filter(i => i.getAttribute('src') === 'x').length,
    text: document.body ? document.body.innerText : '',
  };
}"""


def assert_inert(page, watch, where: str, *, literal: bool) -> None:
    page.wait_for_load_state("load")
    page.wait_for_timeout(200)  # an injected <img src=x> would have failed and fired by now
    probe = page.evaluate(DOM_PROBE_JS)
    assert probe["pwned"] == "undefined", f"{where}: the hostile article's script ran"
    assert probe["inlineScripts"] == [], f"{where}: inline scripts in the page: {probe['inlineScripts']}"
    assert probe["foreignScripts"] == [], f"{where}: scripts from elsewhere: {probe['foreignScripts']}"
    assert probe["handlers"] == [], f"{where}: event-handler attributes in the page: {probe['handlers']}"
    assert probe["jsUrls"] == [], f"{where}: javascript: URLs in the page: {probe['jsUrls']}"
    assert probe["strayImages"] == 0, f"{where}: the article's <img> became an element"
    # A CSP violation means markup was parsed as HTML and only the policy stopped it.
    assert probe["cspViolations"] == [] and watch.csp_violations == [], (
        f"{where}: CSP violations: {probe['cspViolations'] or watch.csp_violations}")
    assert watch.page_errors == [], f"{where}: uncaught errors: {watch.page_errors}"
    assert watch.dialogs == [], f"{where}: dialogs: {watch.dialogs}"
    if literal:
        text = " ".join(probe["text"].split())
        for payload in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_SVG, "javascript:window.__pwned=1"):
            assert payload in text, f"{where}: {payload!r} is not shown as text"


def hostile_story(site) -> int:
    story = site.seeded.hostile_story_id
    assert story is not None, "the hostile article did not join the Eskerby story"
    return story


def test_story_list_and_story_page_never_run_the_article(watched_page, site) -> None:
    page, watch = watched_page
    page.goto(site.url("/"))
    assert_inert(page, watch, "/", literal=False)
    story = hostile_story(site)
    item_text = " ".join(page.locator(f"li.story[data-story-id='{story}']").inner_text().split())
    assert HOSTILE_SOURCE in item_text or "Eskerby" in item_text
    listed = {s["id"]: s for s in page.request.get(site.url("/api/stories")).json()}
    if listed[story]["title"] == HOSTILE_TITLE:  # the story took the hostile article's title
        assert HOSTILE_TITLE in item_text, "the hostile title is not shown as text in the story list"

    response = page.goto(site.url(f"/stories/{story}"))
    assert response is not None and response.status == 200
    assert_inert(page, watch, f"/stories/{story}", literal=True)
    column = page.locator("section#articles article.outlet-column", has_text=HOSTILE_SOURCE)
    assert column.count() == 1, "the hostile outlet has no column"
    assert HOSTILE_TITLE in " ".join(column.inner_text().split()), "the hostile title is not shown as text"


def test_entity_and_outlet_pages_never_run_the_article(watched_page, site) -> None:
    page, watch = watched_page
    story = hostile_story(site)
    page.goto(site.url(f"/stories/{story}"))
    assert_inert(page, watch, f"/stories/{story}", literal=True)
    entity_hrefs = page.locator("section#entities a[href^='/entities/']").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))")
    assert entity_hrefs, "the story page links no entity"
    outlet_hrefs = page.locator("section#framing a[href^='/outlets/']").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))")
    hostile_outlet = f"/outlets/{quote(HOSTILE_SOURCE)}"
    assert any(h in (hostile_outlet, f"/outlets/{HOSTILE_SOURCE}") for h in outlet_hrefs), (
        f"no link to the hostile outlet's page among {outlet_hrefs}")

    # The entities the hostile article names: their pages list the story (with its title).
    for href in entity_hrefs[:3]:
        response = page.goto(site.url(href))
        assert response is not None and response.status == 200, href
        assert_inert(page, watch, href, literal=False)
        assert page.locator(f"a[href='/stories/{story}']").count() >= 1, f"{href} does not link the story"

    response = page.goto(site.url(hostile_outlet))
    assert response is not None and response.status == 200
    assert_inert(page, watch, hostile_outlet, literal=False)
    assert HOSTILE_SOURCE in page.locator("main").inner_text()
    assert page.locator("main svg").count() >= 1, "the outlet page has no server-rendered chart"


def test_report_json_in_the_browser_is_not_a_page(watched_page, site) -> None:
    page, watch = watched_page
    story = hostile_story(site)
    response = page.goto(site.url(f"/api/stories/{story}"))
    assert response is not None and response.status == 200
    assert response.headers.get("content-type", "").startswith("application/json")
    assert_inert(page, watch, f"/api/stories/{story}", literal=False)


def test_compare_answer_never_runs_the_article(watched_page, site, example_dir) -> None:
    page, watch = watched_page
    page.goto(site.url("/compare"))
    form = page.locator("form#compare-form")
    texts = form.locator("textarea[name='text']")
    texts.nth(0).fill(HOSTILE_TEXT)
    texts.nth(1).fill((example_dir / "eskerby-plant-fire" / "eskerby-courier.txt").read_text(encoding="utf-8"))
    titles = form.locator("input[name='title']")
    if titles.count():
        titles.nth(0).fill(HOSTILE_TITLE)
    sources = form.locator("input[name='source']")
    if sources.count():
        sources.nth(0).fill(HOSTILE_SOURCE + ' <img src=x onerror="window.__pwned=1">')
    form.locator("button#compare-submit").click()
    page.wait_for_selector("section#digest, .error", timeout=COMPARE_TIMEOUT_MS)
    assert page.locator(".error").count() == 0, page.locator(".error").first.inner_text()
    assert_inert(page, watch, "the compare answer", literal=True)
    if titles.count():
        assert HOSTILE_TITLE in " ".join(page.locator("section#articles").inner_text().split())
