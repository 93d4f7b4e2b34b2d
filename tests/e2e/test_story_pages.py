"""The story list and a story page in a real browser: highlights, legend, citations, phones."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.e2e

# The sentences of the articles (the legend's samples are not sentences).
SENTENCES = "section#articles article.outlet-column span.sent"

IN_VIEWPORT_JS = """el => {
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
}"""

NO_HORIZONTAL_SCROLL_JS = """() => ({
  scrollWidth: document.documentElement.scrollWidth,
  clientWidth: document.documentElement.clientWidth,
  bodyScrollWidth: document.body.scrollWidth,
})"""


def compared_story(site) -> int:
    """A two-outlet example story whose report has shared, unique and conflicting claims."""
    story = site.seeded.example_story_ids.get("port-aldane-trade-summit")
    assert story is not None, f"the Port Aldane example did not land in a story: {site.seeded}"
    return story


def test_story_list_links_every_stored_story(page, site) -> None:
    response = page.goto(site.url("/"))
    assert response is not None and response.status == 200
    assert page.locator("form#search").count() == 1
    for name in ("q", "outlet", "since", "until"):
        assert page.locator(f"form#search [name='{name}']").count() == 1, f"form#search has no field {name!r}"
    items = page.locator("ul#stories > li.story")
    ids = sorted(int(x) for x in items.evaluate_all("els => els.map(e => e.dataset.storyId)"))
    assert ids == sorted(site.seeded.story_ids)
    story = compared_story(site)
    link = page.locator(f"li.story[data-story-id='{story}'] a.story-link")
    assert link.get_attribute("href") == f"/stories/{story}"
    link.click()
    page.wait_for_url(f"**/stories/{story}")
    assert page.locator("section#articles article.outlet-column").count() == 2


def test_story_page_shows_highlights_and_legend(page, site) -> None:
    story = compared_story(site)
    response = page.goto(site.url(f"/stories/{story}"))
    assert response is not None and response.status == 200
    columns = page.locator("section#articles article.outlet-column")
    assert columns.count() == 2
    assert columns.evaluate_all("els => els.map(e => e.dataset.article)") == ["a1", "a2"]

    for kind in ("shared", "unique", "conflict"):
        spans = page.locator(f"{SENTENCES}.{kind}")
        assert spans.count() > 0, f"no sentence marked {kind!r}"
    # Every sentence span carries its id in the contract's form.
    assert page.locator(SENTENCES).count() > 10
    bad_ids = page.locator(SENTENCES).evaluate_all(
        "els => els.filter(e => e.id !== 'sent-' + e.dataset.sid || !/^a\\d+\\.s\\d+$/.test(e.dataset.sid)).length")
    assert bad_ids == 0

    # The stylesheet really colours the three kinds, and differently.
    # A sentence can carry a shared claim and a unique clause (or a conflict) at once: the colour
    # of a kind is read on a sentence marked with that kind alone (a conflict's colour wins).
    only = {"shared": ":not(.unique):not(.conflict)", "unique": ":not(.shared):not(.conflict)", "conflict": ""}
    colours = {
        kind: page.locator(f"{SENTENCES}.{kind}{only[kind]}").first.evaluate("e => getComputedStyle(e).backgroundColor")
        for kind in ("shared", "unique", "conflict")
    }
    assert len(set(colours.values())) == 3, f"the three kinds are not coloured apart: {colours}"
    assert not any(c in ("rgba(0, 0, 0, 0)", "transparent") for c in colours.values()), colours

    # Colour is never the only cue: each marked sentence also says what it is in words.
    unlabelled = page.locator(f"{SENTENCES}.shared, {SENTENCES}.unique, {SENTENCES}.conflict").evaluate_all(
        """els => els.filter(e => {
             const words = (e.getAttribute('title') || '') + (e.getAttribute('aria-label') || '')
               + (e.getAttribute('aria-describedby') || '') + (e.querySelector('.sr-only, .visually-hidden, .marker') ? 'x' : '')
               + getComputedStyle(e, '::before').content.replace(/^none$|^normal$/, '');
             return words.trim() === '';
           }).length""")
    assert unlabelled == 0, f"{unlabelled} highlighted sentences are told apart by colour alone"

    legend = page.locator(".legend, #legend")
    assert legend.count() >= 1, "no legend (.legend or #legend) explains the colours"
    legend_text = legend.first.inner_text().lower()
    for word in ("shared", "unique", "conflict"):
        assert word in legend_text, f"the legend does not explain {word!r}: {legend_text!r}"

    for section in ("digest", "conflicts", "entities", "framing", "timeline"):
        assert page.locator(f"section#{section}").count() == 1, f"no section#{section}"
    assert page.locator("section#conflicts").inner_text().strip()
    assert page.locator(f"a[href='/api/stories/{story}']").count() >= 1, "no link to the report JSON"
    entity_links = page.locator("section#entities a[href^='/entities/']")
    outlet_links = page.locator("section#framing a[href^='/outlets/']")
    assert entity_links.count() > 0 and outlet_links.count() > 0


def test_citation_click_brings_its_sentence_into_view(page, site) -> None:
    page.set_viewport_size({"width": 1280, "height": 600})
    page.goto(site.url(f"/stories/{compared_story(site)}"))
    cites = page.locator("section#digest a.cite")
    assert cites.count() > 0, "the digest has no citations"
    hrefs = cites.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert all(re.fullmatch(r"#sent-a\d+\.s\d+", h) for h in hrefs), hrefs

    # Pick a citation whose sentence is out of view while the citation is in view, so the
    # click has to move the page for the test to pass.
    chosen = None
    for index, href in enumerate(hrefs):
        cite = cites.nth(index)
        cite.scroll_into_view_if_needed()
        target = page.locator(f'[id="{href[1:]}"]')
        assert target.count() == 1, f"citation {href} points at no sentence"
        if not target.evaluate(IN_VIEWPORT_JS):
            chosen = (cite, target, href)
            break
    assert chosen is not None, "every cited sentence is already in view next to the digest; cannot test the jump"
    cite, target, href = chosen
    style_before = target.evaluate("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.backgroundColor, s.boxShadow].join('|'); }")
    cite.click()
    page.wait_for_url(f"**{href}", timeout=5_000)
    page.wait_for_function(f"() => {{ const e = document.getElementById({href[1:]!r}); const r = e.getBoundingClientRect(); "
                           "return r.bottom > 0 && r.top < window.innerHeight; }", timeout=5_000)
    box = target.bounding_box()
    viewport = page.viewport_size
    assert box is not None
    assert box["y"] < viewport["height"] and box["y"] + box["height"] > 0, (box, viewport)
    assert target.evaluate("e => e.matches(':target')")
    # When the stylesheet marks the :target sentence, the mark must show on it.
    marks_target = page.evaluate(
        """() => [...document.styleSheets].some(sheet => {
             try { return [...sheet.cssRules].some(r => (r.selectorText || '').includes(':target')); }
             catch (e) { return false; } })""")
    if marks_target:
        style_after = target.evaluate("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.backgroundColor, s.boxShadow].join('|'); }")
        assert style_after != style_before, "the stylesheet has a :target rule but the cited sentence looks the same"


@pytest.mark.parametrize("path", ["/", "story"])
def test_phone_viewport_has_no_horizontal_scroll(phone_page, site, path: str) -> None:
    url = site.url(f"/stories/{compared_story(site)}" if path == "story" else path)
    phone_page.goto(url)
    assert phone_page.locator("meta[name='viewport']").count() == 1
    sizes = phone_page.evaluate(NO_HORIZONTAL_SCROLL_JS)
    assert sizes["scrollWidth"] <= sizes["clientWidth"], f"{url} scrolls sideways on a phone: {sizes}"
    assert sizes["bodyScrollWidth"] <= sizes["clientWidth"], f"{url} scrolls sideways on a phone: {sizes}"


def test_pages_send_the_security_headers(page, site) -> None:
    for path in ("/", f"/stories/{compared_story(site)}", "/compare"):
        response = page.goto(site.url(path))
        assert response is not None and response.status == 200, path
        headers = response.headers
        csp = headers.get("content-security-policy", "")
        script_src = re.search(r"script-src([^;]*)", csp) or re.search(r"default-src([^;]*)", csp)
        assert script_src, f"{path}: no script-src in the CSP {csp!r}"
        assert "'unsafe-inline'" not in script_src.group(1) and "'self'" in script_src.group(1), csp
        assert headers.get("x-content-type-options") == "nosniff"
        assert headers.get("referrer-policy") == "no-referrer"
