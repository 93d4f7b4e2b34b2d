"""scripts/false_cue_mechanisms.py: the mechanism marks of a framing cue, read off invented articles."""

from __future__ import annotations

import sys

import pytest

from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.segment import segment
from rashomon.model import Article, FramingCue

from script_loader import load_script


@pytest.fixture(scope="module")
def census():
    return load_script("scripts/false_cue_mechanisms.py")


def _article(title: str, body: str) -> Article:
    text = f"{title}\n{body}" if title else body
    return Article(id="a1", source="a1", title=title, text=text, sentences=segment("a1", text))


def _marks(census, article: Article, word: str, note: str = "loaded word (0.60): no other outlet of the story writes it") -> list[str]:
    start = article.text.index(word)
    cue = FramingCue(article="a1", sentence="", text=word, kind="loaded", note=note, start=start, end=start + len(word))
    return census.marks(article, cue, _quote_spans(article.text))


def test_a_headline_word_and_a_word_a_plain_verb_of_saying_reports(census):
    article = _article("Flood waters swallow the old mill", "Neighbours said the water was seeping into their cellars by noon.")
    assert "headline" in _marks(census, article, "swallow")
    assert "told indirectly" in _marks(census, article, "seeping")
    assert "headline" not in _marks(census, article, "seeping")


def test_a_quoted_word_a_name_inside_a_sentence_and_a_compound(census):
    article = _article("", 'The mayor of Dunmore called the plan "reckless" and the half-built bridge a hazard.')
    assert "quoted" in _marks(census, article, "reckless")
    assert "proper name" in _marks(census, article, "Dunmore")
    assert "hyphenated" in _marks(census, article, "half-built")
    assert "proper name" not in _marks(census, article, "The")  # a sentence's first word


def test_evidence_read_off_the_note(census):
    article = _article("", "The council scrapped the scheme in a hurry.")
    only = _marks(census, article, "scrapped", "word choice (0.41; in a loud article, loudness 0.50 against a typical 0.39): no other outlet of the story writes it")
    assert "loud article" in only and "unshared only" in only
    rated = _marks(census, article, "scrapped", "loaded word (0.70): rare register (Zipf 3.2, wordfreq); no other outlet of the story writes it")
    assert "unshared only" not in rated


def test_the_table_counts_each_mark_by_gold_status_and_set(census):
    rows = [
        {"set": "stories-fresh", "on_gold": False, "marks": ["headline"]},
        {"set": "stories-fresh2", "on_gold": False, "marks": ["headline", "quoted"]},
        {"set": "stories-fresh2", "on_gold": True, "marks": ["headline"]},
    ]
    lines = census.table(rows, lambda r: r["marks"])
    assert "| headline | 1 | 2 | 2 | fresh 1, fresh2 1 |" in lines
    assert "| quoted | 0 | 1 | 1 | fresh2 1 |" in lines


def test_a_check_set_is_refused(census, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["false_cue_mechanisms.py", "--set", "stories-fresh17"])
    with pytest.raises(SystemExit, match="READ sets only"):
        census.main()
