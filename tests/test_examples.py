"""The bundled example stories: well-formed, their gold true to the text, and written for the project."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import rashomon
from rashomon.evaluation.scores import load_gold

EXAMPLES = Path(rashomon.__file__).parent / "examples"
STORIES = sorted(p for p in EXAMPLES.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
ARTICLE_SUFFIXES = {".txt", ".html"}


def articles(story: Path) -> list[Path]:
    return sorted(p for p in story.iterdir() if p.suffix in ARTICLE_SUFFIXES)


def words(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":  # count the article body, not the page chrome
        body = re.search(r"<article\b.*?</article>", text, re.S)
        assert body, f"{path.name}: no <article> element"
        text = re.sub(r"<[^>]+>", " ", body.group(0))
    return re.findall(r"[\w'’-]+", text)


def shingles(text: str, size: int = 6) -> set[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text.casefold())
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def test_there_are_three_stories_on_different_topics():
    assert len(STORIES) == 3
    abouts = [load_gold(s / "gold.json").about for s in STORIES]
    assert len(set(abouts)) == 3


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_every_story_has_two_to_four_articles_all_named_in_its_gold(story):
    gold = load_gold(story / "gold.json")
    files = [p.name for p in articles(story)]
    assert 2 <= len(files) <= 4
    assert sorted(gold.articles) == files


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_every_gold_text_occurs_verbatim_in_its_file(story):
    gold = load_gold(story / "gold.json")
    texts = {name: (story / name).read_text(encoding="utf-8") for name in gold.articles}
    assert [t for t in gold.texts() if t.text not in texts[t.article]] == []
    everything = "\n".join(texts.values())
    for entity in gold.entities:
        assert set(entity.garbled) <= set(entity.variants), entity.canonical
        assert [v for v in entity.variants if v not in everything] == [], entity.canonical


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_articles_are_250_to_600_words_with_a_title_line(story):
    for path in articles(story):
        assert 250 <= len(words(path)) <= 600, (path.name, len(words(path)))
        if path.suffix == ".txt":
            title = path.read_text(encoding="utf-8").split("\n", 1)[0]
            assert 3 <= len(title.split()) <= 20 and not title.endswith("."), (path.name, title)


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_every_story_holds_the_phenomena_of_the_seeds(story):
    gold = load_gold(story / "gold.json")
    kinds = {c.kind for c in gold.conflicts}
    assert {"number", "actor", "order", "quote"} <= kinds
    assert kinds & {"date", "weekday"} and kinds & {"role", "name"}
    assert sum(len(e.garbled) for e in gold.entities) >= 2
    assert len(gold.shared) >= 4 and len(gold.unique) >= 4
    assert len({f.article for f in gold.framing}) >= 2  # loaded terms from more than one side
    assert any(re.search(r"alleged|reportedly", f.text, re.I) for f in gold.framing)  # a hedge
    assert any(re.search(r"[\"“”]", f.text) for f in gold.framing)  # a scare quote
    assert any(re.search(r"contributed|reporting by|staff", b.text, re.I) for b in gold.boilerplate)  # a credit line
    assert any(re.search(r"sign up|subscribe|newsletter|app|member|follow|chip in", b.text, re.I) for b in gold.boilerplate)


def test_one_article_is_an_html_page_with_site_chrome():
    pages = [p for s in STORIES for p in articles(s) if p.suffix == ".html"]
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for chrome in ("<nav", "<footer", "cookie", "share"):
            assert chrome in html.casefold(), (page.name, chrome)


def test_examples_copy_no_text_from_the_seeds(seeds_dir):
    seed = set().union(*(shingles(p.read_text(encoding="utf-8")) for p in seeds_dir.glob("*.txt")))
    assert seed, "no seed article found"
    for story in STORIES:
        for path in articles(story):
            copied = shingles(path.read_text(encoding="utf-8")) & seed
            assert not copied, (path.name, sorted(" ".join(s) for s in copied)[:3])


def test_the_examples_carry_a_readme_saying_they_are_invented():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert "invented" in readme.casefold() and "licen" in readme.casefold()


# The examples' gold scores are guarded against the recorded baseline in tests/test_quality.py.

