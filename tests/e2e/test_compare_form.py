"""The compare form in a real browser: the round trip, an error that keeps the typed text, the
keyboard path (skip link first, then the form fields)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.e2e

COMPARE_TIMEOUT_MS = 90_000  # a fresh comparison on a shared 2-core machine

# Two invented reports of one invented event: most facts shared, the number of passengers and
# the day in conflict.
FERRY_A_TITLE = "Ferry runs aground on Lake Orvid, passengers taken off by lifeboat"
FERRY_A = (
    "The passenger ferry Wenna Star ran aground on a sandbank near Tolsby harbour on Lake Orvid on Monday morning. "
    "All 212 passengers were taken off by lifeboats and brought to the harbour within three hours, the coast guard said. "
    "Captain Ilse Maroway told reporters that thick fog had hidden the channel markers. "
    "Four passengers were treated for hypothermia at the Tolsby clinic. "
    "The ferry company Orvid Lines said the Wenna Star would be towed off the sandbank at high water. "
    "Services between Tolsby and Karnholm are suspended until Thursday."
)
FERRY_B_TITLE = "Wenna Star stranded in fog near Tolsby"
FERRY_B = (
    "The ferry Wenna Star ran aground on a sandbank close to Tolsby harbour on Lake Orvid on Tuesday. "
    "All 180 passengers were taken off by lifeboats and brought safely to the harbour, according to the coast guard. "
    "Captain Ilse Maroway said that thick fog had hidden the channel markers from the bridge. "
    "Orvid Lines said the ship would be towed off the sandbank at high water. "
    "Local fishermen said the channel markers had been out of place for weeks."
)


def open_form(page, site) -> None:
    response = page.goto(site.url("/compare"))
    assert response is not None and response.status == 200
    assert page.locator("form#compare-form").count() == 1


def submit(page) -> None:
    page.locator("button#compare-submit").click()
    page.wait_for_selector("section#digest, .error", timeout=COMPARE_TIMEOUT_MS)


def test_compare_form_round_trip(page, site) -> None:
    open_form(page, site)
    form = page.locator("form#compare-form")
    assert form.get_attribute("method").lower() == "post"
    assert (form.get_attribute("enctype") or "").lower() == "multipart/form-data"
    texts = form.locator("textarea[name='text']")
    assert texts.count() >= 2
    assert form.locator("textarea[name='urls']").count() == 1
    assert form.locator("input[type='file'][name='files'][multiple]").count() == 1
    texts.nth(0).fill(FERRY_A)
    texts.nth(1).fill(FERRY_B)
    titles = form.locator("input[name='title']")
    if titles.count() >= 2:
        titles.nth(0).fill(FERRY_A_TITLE)
        titles.nth(1).fill(FERRY_B_TITLE)
    submit(page)
    assert page.locator(".error").count() == 0, page.locator(".error").first.inner_text()

    columns = page.locator("section#articles article.outlet-column")
    assert columns.count() == 2
    assert page.locator("section#articles article.outlet-column span.sent.shared").count() >= 3
    assert page.locator("section#articles article.outlet-column span.sent.unique").count() >= 1
    assert page.locator("section#articles article.outlet-column span.sent.conflict").count() >= 1
    conflicts = page.locator("section#conflicts").inner_text()
    assert "212" in conflicts and "180" in conflicts, f"the passenger count conflict is not shown: {conflicts!r}"
    cites = page.locator("section#digest a.cite")
    assert cites.count() > 0
    for href in cites.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        assert page.locator(f'[id="{href[1:]}"]').count() == 1, f"citation {href} points at no sentence"
    if titles.count() >= 2:
        body = page.locator("section#articles").inner_text()
        assert FERRY_A_TITLE in body and FERRY_B_TITLE in body
    # The sentences shown are the texts sent: nothing lost on the way.
    shown = [" ".join(t.split()) for t in columns.all_inner_texts()]
    for text in (FERRY_A, FERRY_B):
        sentences = re.split(r"(?<=\.) ", text)
        assert any(all(s in column for s in sentences) for column in shown), f"a sentence of {text[:40]!r}... is missing"


def test_compare_form_error_keeps_what_was_typed(page, site) -> None:
    open_form(page, site)
    page.locator("form#compare-form textarea[name='text']").nth(0).fill(FERRY_A)
    submit(page)
    error = page.locator(".error")
    assert error.count() >= 1, "one article alone must be refused with a .error message"
    assert error.first.is_visible()
    assert page.locator("form#compare-form").count() == 1
    kept = page.locator("form#compare-form textarea[name='text']").evaluate_all("els => els.map(e => e.value)")
    assert FERRY_A in kept, "the form lost the text the user typed"


def _focus_description(page) -> dict:
    return page.evaluate(
        """() => { const e = document.activeElement; const s = getComputedStyle(e);
           return {tag: e.tagName.toLowerCase(), id: e.id, name: e.getAttribute('name') || '',
                   href: e.getAttribute('href') || '', outline: s.outlineStyle, outlineWidth: s.outlineWidth,
                   shadow: s.boxShadow}; }""")


def _visible_focus(focus: dict) -> bool:
    outline = focus["outline"] not in ("none", "") and focus["outlineWidth"] not in ("0px", "")
    return outline or focus["shadow"] not in ("none", "")


def test_keyboard_reaches_skip_link_then_form_fields(page, site) -> None:
    open_form(page, site)
    page.keyboard.press("Tab")
    first = _focus_description(page)
    assert first["tag"] == "a" and first["href"] == "#main", f"the first Tab stop is not the skip link: {first}"
    assert _visible_focus(first), f"the focused skip link shows no focus ring: {first}"
    assert page.locator("main#main").count() == 1

    reached: list[dict] = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focus = _focus_description(page)
        reached.append(focus)
        if focus["id"] == "compare-submit":
            break
    text_fields = [f for f in reached if f["tag"] == "textarea" and f["name"] == "text"]
    assert len(text_fields) >= 2, f"Tab never reached two article fields: {reached}"
    assert any(f["id"] == "compare-submit" for f in reached), f"Tab never reached the submit button: {reached}"
    assert all(_visible_focus(f) for f in reached if f["tag"] in ("textarea", "input", "button", "select")), (
        f"a form control has no visible focus: {[f for f in reached if not _visible_focus(f)]}")

    # The skip link moves to the main landmark.
    page.goto(site.url("/compare"))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**#main")


def test_every_form_field_has_a_label(page, site) -> None:
    for path in ("/compare", "/"):
        page.goto(site.url(path))
        unlabelled = page.locator("input:not([type=hidden]), textarea, select").evaluate_all(
            """els => els.filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                                   && !e.getAttribute('aria-labelledby')).map(e => e.outerHTML.slice(0, 120))""")
        assert unlabelled == [], f"{path}: fields without a label: {unlabelled}"
