"""An adjective turned up by a booster adverb, and a charged adjective coined as an epithet before a
person's name: which pairs are cues (own sentences, no news text)."""

from __future__ import annotations

from rashomon.comparison.framing import find_framing
from rashomon.comparison.framing.boosted import boosted_adjective_hits
from rashomon.comparison.framing.epithets import coined_epithet_hits
from rashomon.comparison.framing.loaded import word_scores
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.segment import segment
from rashomon.model import Article


def make(text: str) -> Article:
    return Article(id="a1", source="a1", title="", text=text, sentences=segment("a1", text))


def boosted(text: str) -> set[str]:
    article = make(text)
    return {text[h.start : h.end] for h in boosted_adjective_hits(article, _quote_spans(text))}


def epithets(text: str) -> set[str]:
    article = make(text)
    quotes = _quote_spans(text)
    return {text[h.start : h.end] for h in coined_epithet_hits(article, quotes, word_scores(article, quotes))}


def test_a_booster_on_an_evaluative_adjective_is_a_cue():
    assert boosted("The board made an incredibly reckless choice on Monday.") == {"incredibly reckless"}
    assert boosted("The scheme was deeply flawed from the start.") == {"deeply flawed"}


def test_plain_degree_words_comparatives_and_reported_speech_are_no_cue():
    assert not boosted("The bridge was fully repaired and costs were considerably higher than planned.")
    assert not boosted("The office said it was deeply concerned about the delays.")
    assert not boosted('"It was incredibly reckless," the mayor said.')


def test_the_pair_takes_in_the_loaded_word_cue_on_its_adjective():
    article = make("The council adopted an utterly unworkable timetable.")
    cues = [c for c in find_framing([article]) if c.kind == "loaded"]
    assert [article.text[c.start : c.end] for c in cues] == ["utterly unworkable"]


def test_a_charged_adjective_before_a_persons_name_is_an_epithet():
    assert epithets("The hardline leader Karl Brandt rejected the offer.") == {"hardline leader Karl Brandt"}


def test_roles_facts_and_sides_before_a_name_are_no_epithet():
    text = ("The former minister John Hale spoke. The jailed activist Mary Stone wrote a letter. "
            "The socialist mayor Paul Grey opened the bridge. The hardline policy was dropped.")
    assert not epithets(text)
    assert not epithets('"The hardline leader Karl Brandt lied," she said.')
