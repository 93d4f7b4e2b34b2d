"""An evaluative adjective grading an amount: which words between "a" and a number are cues."""

from __future__ import annotations

from rashomon.comparison.framing import find_framing
from rashomon.comparison.framing.graded import _participle, graded_amount_hits
from rashomon.comparison.framing.loaded import word_scores
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.segment import segment
from rashomon.model import Article


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def graded(text: str) -> dict[str, str]:
    article = make("a1", text)
    found = graded_amount_hits(article, word_scores(article, _quote_spans(article.text)))
    return {article.text[h.start : h.end]: h.note for h in found}


def test_a_judging_adjective_on_an_amount_is_a_cue_with_its_evidence():
    found = graded("The union offered a miserly two days of leave. Shares fell by a staggering 40 percent on Monday.")
    assert set(found) == {"miserly", "staggering"}
    assert "'miserly' grades 'two'" in found["miserly"] and "SentiWordNet" in found["miserly"]


def test_counts_plain_words_and_adjectives_on_nouns_are_no_cue():
    text = ("An estimated 300 people marched. Prices rose by a further 4 percent and an additional 50 staff were hired. "
            "A strong 5.9 earthquake shook the coast. The firm made a staggering loss.")
    assert graded(text) == {}
    assert _participle("estimated") and _participle("reported") and not _participle("unprecedented")


def test_a_graded_amount_is_found_in_one_article_alone_and_not_inside_a_quote():
    cues = find_framing([make("a1", "The board paid itself an astonishing 12 percent more this year.")])
    assert any(c.text == "astonishing" and "amount" in c.note for c in cues)
    quoted = find_framing([make("a1", 'A worker said: "They gave us a miserly two days off."')])
    assert not any(c.text == "miserly" for c in quoted)
