"""Every page with the keyboard alone, and on a phone (375x667): the story list, a story, an
entity, an outlet and the compare form.

With the keyboard: the first Tab stop is the skip link, Enter on it lands in ``main``; then Tab
walks every stop of the page to the end and each one is a real control (link, button, field,
summary or a focusable mark), shows a focus ring, is on screen when focused, and comes once.
On a phone: nothing scrolls sideways, the heading is on the first screen, and the story page's
event and first conflict are on the first screen, above the texts (whose legend is folded).
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.e2e

PHONE = {"width": 375, "height": 667}
MAX_STOPS = 600  # more Tab stops than this on one page is itself a finding

FOCUS_JS = """() => {
  const e = document.activeElement;  // a date field's own parts count as the field
  if (!e || e === document.body || e === document.documentElement) return null;
  const s = getComputedStyle(e);
  const r = e.getBoundingClientRect();
  return {
    tag: e.tagName.toLowerCase(), id: e.id, href: e.getAttribute('href'), role: e.getAttribute('role'),
    tabindex: e.getAttribute('tabindex'), type: e.getAttribute('type'),
    outline: s.outlineStyle, outlineWidth: s.outlineWidth, shadow: s.boxShadow,
    inMain: !!e.closest('main'),
    box: [r.left, r.top, r.width, r.height], vw: window.innerWidth, vh: window.innerHeight,
    path: (() => { const p = []; let n = e; while (n && n.nodeType === 1 && p.length < 6) {
      const i = n.parentNode ? [...n.parentNode.children].indexOf(n) : 0; p.push(n.tagName + ':' + i); n = n.parentNode; }
      return p.join('<'); })(),
    text: (e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 40),
  };
}"""

CONTROLS = {"a", "button", "input", "select", "textarea", "summary"}


def _pages(site: Any) -> dict[str, str]:
    """name -> path: the five kinds of page, the entity and outlet the compared story links."""
    story = site.seeded.example_story_ids.get("port-aldane-trade-summit")
    assert story is not None, site.seeded
    html = httpx.get(site.url(f"/stories/{story}"), timeout=180).raise_for_status().text  # compares and stores it
    entity = re.search(r'<a href="(/entities/[^"]+)"', html)
    outlet = re.search(r'<a class="outlet-link" href="(/outlets/[^"]+)"', html)
    assert entity and outlet, "the story page links an entity and an outlet"
    return {"stories": "/", "story": f"/stories/{story}", "entity": entity.group(1), "outlet": outlet.group(1),
            "compare": "/compare"}


@pytest.fixture(scope="module")
def pages(site: Any) -> dict[str, str]:
    return _pages(site)


def _visible_focus(focus: dict) -> bool:
    outline = focus["outline"] not in ("none", "") and focus["outlineWidth"] not in ("0px", "")
    return outline or focus["shadow"] not in ("none", "")


def _on_screen(focus: dict) -> bool:
    left, top, width, height = focus["box"]
    if focus["tag"] == "a" and width == 0 and height == 0:
        return False
    return top + height > 0 and top < focus["vh"] and left + width > 0 and left < focus["vw"]


def _walk(page: Any) -> list[dict]:
    """Tab from the top of the page to its end (focus back on the body or on the skip link)."""
    stops: list[dict] = []
    for _ in range(MAX_STOPS):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_JS)
        if focus is None or (stops and focus["href"] == "#main"):
            return stops
        stops.append(focus)
    raise AssertionError(f"more than {MAX_STOPS} Tab stops; last ones: {stops[-5:]}")


@pytest.mark.parametrize("name", ["stories", "story", "entity", "outlet", "compare"])
def test_every_page_works_with_the_keyboard_alone(page, site, pages, name: str) -> None:
    path = pages[name]
    response = page.goto(site.url(path))
    assert response is not None and response.status == 200, path

    page.keyboard.press("Tab")
    first = page.evaluate(FOCUS_JS)
    assert first and first["tag"] == "a" and first["href"] == "#main", f"{path}: the first Tab stop is not the skip link: {first}"
    assert _visible_focus(first) and _on_screen(first), f"{path}: the focused skip link is not visible: {first}"
    page.keyboard.press("Enter")
    page.wait_for_url("**#main")
    assert page.evaluate("() => !!document.activeElement.closest('main')"), f"{path}: the skip link does not move focus to main"

    page.goto(site.url(path))
    stops = _walk(page)
    assert stops and stops[0]["href"] == "#main"
    in_main = [s for s in stops if s["inMain"]]
    assert in_main, f"{path}: Tab never reaches the content"
    odd = [s for s in stops if s["tag"] not in CONTROLS and s["tabindex"] != "0"]
    assert odd == [], f"{path}: Tab stops that are no control: {odd[:5]}"
    positive = [s for s in stops if s["tabindex"] not in (None, "0", "-1")]
    assert positive == [], f"{path}: a positive tabindex breaks the reading order: {positive[:5]}"
    unseen = [s for s in stops if not _visible_focus(s)]
    assert unseen == [], f"{path}: {len(unseen)} Tab stops show no focus ring, e.g. {unseen[:3]}"
    hidden = [s for s in stops if not _on_screen(s)]
    assert hidden == [], f"{path}: {len(hidden)} Tab stops are off screen when focused, e.g. {hidden[:3]}"
    paths = [s["path"] for i, s in enumerate(stops) if i == 0 or stops[i - 1]["path"] != s["path"]]  # a date field has 3 stops
    assert len(paths) == len(set(paths)), f"{path}: Tab comes back to an element it left"


def test_story_legend_folds_and_opens_with_the_keyboard(phone_page, site, pages) -> None:
    page = phone_page
    page.goto(site.url(pages["story"]))
    legend = page.locator("details#legend")
    assert legend.count() == 1
    assert legend.evaluate("e => e.open") is False, "on a phone the legend starts folded"
    summary = legend.locator("summary")
    key = summary.inner_text().lower()
    for word in ("shared", "unique", "conflict"):
        assert word in key, f"the folded legend does not name {word!r}: {key!r}"
    assert not legend.locator("ul").is_visible()
    summary.focus()
    page.keyboard.press("Enter")
    assert legend.evaluate("e => e.open") is True, "Enter on the summary opens the legend"
    assert legend.locator("ul").is_visible() and "same claim" in legend.locator("ul").inner_text()
    page.keyboard.press("Space")
    assert legend.evaluate("e => e.open") is False, "Space folds it again"


def test_story_legend_is_open_on_a_wide_screen(page, site, pages) -> None:
    page.goto(site.url(pages["story"]))
    assert page.locator("details#legend").evaluate("e => e.open") is True
    assert page.locator("details#legend ul").is_visible()


def test_story_page_shows_the_event_and_the_first_conflict_on_the_first_phone_screen(phone_page, site, pages) -> None:
    page = phone_page
    page.goto(site.url(pages["story"]))
    event = page.locator("section#glance .event").bounding_box()
    conflict = page.locator("section#conflicts .conflict-item").first.bounding_box()
    texts = page.locator("section#articles").bounding_box()
    assert event is not None and conflict is not None and texts is not None
    assert event["y"] < PHONE["height"], f"the event starts below the first phone screen (at {event['y']:.0f}px)"
    assert conflict["y"] + 20 <= PHONE["height"], (
        f"the first conflict starts below the first phone screen (at {conflict['y']:.0f}px)")
    assert conflict["y"] < texts["y"]


@pytest.mark.parametrize("name", ["stories", "story", "entity", "outlet", "compare"])
def test_every_page_fits_a_phone(phone_page, site, pages, name: str) -> None:
    page = phone_page
    path = pages[name]
    response = page.goto(site.url(path))
    assert response is not None and response.status == 200, path
    assert page.locator("meta[name='viewport']").count() == 1
    sizes = page.evaluate("() => [document.documentElement.scrollWidth, document.body.scrollWidth, document.documentElement.clientWidth]")
    assert max(sizes[:2]) <= sizes[2], f"{path} scrolls sideways on a phone: {sizes}"
    wide = page.evaluate("""() => [...document.querySelectorAll('main *')].filter(e => {
        const r = e.getBoundingClientRect(); if (!r.width) return false;
        let p = e.parentElement; while (p) { const o = getComputedStyle(p).overflowX; if (o !== 'visible') return false; p = p.parentElement; }
        return r.right > window.innerWidth + 1; }).map(e => e.tagName + '.' + e.className).slice(0, 5)""")
    assert wide == [], f"{path}: elements stick out of a phone screen: {wide}"
    h1 = page.locator("main h1").bounding_box()
    assert h1 is not None and h1["y"] < PHONE["height"] / 2, f"{path}: the heading is not near the top: {h1}"
    # Tap targets: the links and buttons of the page chrome are at least 24px tall (WCAG 2.2 AA).
    small = page.evaluate("""() => [...document.querySelectorAll('header.site a, main button, main summary, nav.pages a')]
        .map(e => e.getBoundingClientRect()).filter(r => r.width && r.height < 24).length""")
    assert small == 0, f"{path}: {small} controls are smaller than 24px"


def test_tab_reaches_a_marked_sentence_and_shows_why_it_is_marked(page, site, pages) -> None:
    page.goto(site.url(pages["story"]))
    for _ in range(MAX_STOPS):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('sent')"):
            break
    else:
        raise AssertionError("Tab never reaches a marked sentence of the story page")
    shown = page.evaluate("() => [document.activeElement.title, getComputedStyle(document.activeElement, '::after').content,"
                          " getComputedStyle(document.activeElement, '::after').display]")
    title, content, display = shown
    assert ": " in title, f"the focused sentence's title gives no note: {title!r}"
    assert content.strip('"') == title and display == "block", f"the note is not shown on focus: {shown}"
    assert _visible_focus(page.evaluate(FOCUS_JS))
