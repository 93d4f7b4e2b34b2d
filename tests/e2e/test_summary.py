"""The summary that leads a story, honest outlet pages, entity sentences and the compare
result's downloads, in a real browser (Debian's chromium)."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from tests.e2e.test_compare_form import FERRY_A, FERRY_A_TITLE, FERRY_B, FERRY_B_TITLE, open_form, submit

pytestmark = pytest.mark.e2e

TOP_JS = "sel => { const e = document.querySelector(sel); return e ? e.getBoundingClientRect().top + window.scrollY : null; }"


def biggest_story(site) -> int:
    story = site.seeded.example_story_ids.get("dunmere-stadium-crush")
    assert story is not None, site.seeded
    return story


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)])
def test_summary_and_first_conflict_come_before_the_texts(page, site, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.goto(site.url(f"/stories/{biggest_story(site)}"))
    tops = {name: page.evaluate(TOP_JS, sel) for name, sel in {
        "glance": "section#glance", "event": "section#glance .event", "headlines": "section#headlines",
        "conflict": "section#conflicts .conflict-item", "digest": "section#digest", "texts": "section#articles"}.items()}
    assert None not in tops.values(), tops
    assert tops["glance"] < tops["conflict"] < tops["digest"] < tops["texts"], tops
    assert tops["headlines"] < tops["texts"], tops
    # the first conflict is read without scrolling past any text: it is on the first screen
    assert tops["conflict"] + 20 <= height, f"first conflict at {tops['conflict']:.0f}px on a {height}px screen"
    first = page.locator("section#conflicts .conflict-item").first
    assert first.locator(".value").count() >= 2, "a conflict shows each side's value"
    headlines = page.locator("section#headlines li.headline")
    articles = page.locator("section#articles article.outlet-column")
    assert headlines.count() == articles.count() >= 3


def test_a_conflict_citation_jumps_to_its_sentence(page, site) -> None:
    page.set_viewport_size({"width": 1280, "height": 700})
    page.goto(site.url(f"/stories/{biggest_story(site)}"))
    cite = page.locator("section#conflicts a.cite").first
    href = cite.get_attribute("href")
    assert href and re.fullmatch(r"#sent-a\d+\.s\d+", href)
    target = page.locator(f'[id="{href[1:]}"]')
    assert target.count() == 1
    assert target.evaluate("e => e.getBoundingClientRect().top > window.innerHeight"), "the sentence starts out of view"
    cite.click()
    page.wait_for_url(f"**{href}", timeout=5_000)
    page.wait_for_function(f"() => {{ const r = document.getElementById({href[1:]!r}).getBoundingClientRect(); "
                           "return r.bottom > 0 && r.top < window.innerHeight; }", timeout=5_000)
    assert target.evaluate("e => e.matches(':target') && e.closest('section#articles') !== null")


def test_outlet_page_before_and_after_comparison(page, fresh_site) -> None:
    story = biggest_story(fresh_site)
    summary = httpx.get(fresh_site.url("/api/stories"), timeout=30).raise_for_status().json()
    outlet = next(s for s in summary if s["id"] == story)["outlets"][0]
    page.goto(fresh_site.url(f"/outlets/{outlet}"))
    before = " ".join(page.locator("main").inner_text().split())
    assert "No story of this outlet has been compared yet" in before
    assert "Whom it quotes" not in before and "every name it uses" not in before
    link = page.locator(f"section#outlet-stories a[href='/stories/{story}']")
    assert link.count() == 1
    link.click()
    page.wait_for_url(f"**/stories/{story}")
    page.locator(f"section#headlines a.outlet-link[href='/outlets/{outlet}']").click()
    page.wait_for_url(f"**/outlets/{outlet}")
    after = " ".join(page.locator("main").inner_text().split())
    assert "No story of this outlet has been compared yet" not in after
    assert "1 compared story" in after and "Whom it quotes" in after


def test_entity_page_lists_the_sentences_that_name_it(page, site) -> None:
    story = biggest_story(site)
    page.goto(site.url(f"/stories/{story}"))
    link = page.locator("section#entities tbody th a[href^='/entities/']").first
    name = link.inner_text().strip()
    link.click()
    page.wait_for_url("**/entities/**")
    sentences = page.locator("section#entity-sentences li.entity-sentence")
    assert sentences.count() >= 1, f"no sentence names {name!r}"
    first = sentences.first
    cite = first.locator("a.cite")
    href = cite.get_attribute("href")
    assert href and re.fullmatch(rf"/stories/{story}#sent-a\d+\.s\d+", href), href
    quoted = " ".join(first.locator(".quoted, q").first.inner_text().split())
    cite.click()
    page.wait_for_url("**/stories/**#sent-*")
    sid = page.url.split("#", 1)[1]
    shown = " ".join(page.locator(f'[id="{sid}"]').inner_text().split())
    assert quoted.strip("“”\"") in shown or shown in quoted


def test_compare_result_downloads_as_json_and_html_and_saves_under_a_link(page, site, tmp_path) -> None:
    open_form(page, site)
    form = page.locator("form#compare-form")
    form.locator("textarea[name='text']").nth(0).fill(FERRY_A)
    form.locator("textarea[name='text']").nth(1).fill(FERRY_B)
    form.locator("input[name='title']").nth(0).fill(FERRY_A_TITLE)
    form.locator("input[name='title']").nth(1).fill(FERRY_B_TITLE)
    submit(page)
    assert page.locator("h1").inner_text().strip() in {FERRY_A_TITLE, FERRY_B_TITLE}, "titled with a headline"
    with page.expect_download() as info:
        page.locator("a[download]", has_text="JSON").click()
    saved = tmp_path / "report.json"
    info.value.save_as(saved)
    assert info.value.suggested_filename.endswith(".json")
    report = json.loads(saved.read_text(encoding="utf-8"))
    assert {a["title"] for a in report["articles"]} == {FERRY_A_TITLE, FERRY_B_TITLE}
    values = [" ".join(side["value"] for side in c["sides"]) for c in report["conflicts"]]
    assert any("212" in v and "180" in v for v in values), values
    with page.expect_download() as info:
        page.locator("a[download]", has_text="HTML").click()
    html = tmp_path / "report.html"
    info.value.save_as(html)
    text = html.read_text(encoding="utf-8")
    assert '<section id="glance"' in text and "default-src 'none'" in text
    page.locator("button", has_text="Save under a permanent link").click()
    page.wait_for_url("**/comparisons/*")
    link = page.url.rsplit("/", 1)[1]
    assert re.fullmatch(r"[0-9a-f]{20}", link)
    assert f"/comparisons/{link}" in page.locator("main").inner_text()
    again = httpx.get(site.url(f"/comparisons/{link}.json"), timeout=30)
    assert again.status_code == 200 and json.loads(again.text)["articles"] == report["articles"]
