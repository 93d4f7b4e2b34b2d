"""A vivid verb of physical action only one outlet writes: the table, the forms, the story rule, one article alone."""

from __future__ import annotations

import re

from rashomon.comparison.framing import find_framing, resources
from rashomon.comparison.framing.loaded import word_scores
from rashomon.comparison.framing.loaded_words import vocabulary
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.framing.vivid import verb_lemma, vivid_verb_hits
from rashomon.comparison.segment import segment
from rashomon.model import Article

LOUD = ("The disgraced minister raked in a shameful fortune from the deal, then lashed out at furious reporters. "
        "Police swooped on his lavish villa, and the arrogant party clung to power as the outrageous scandal grew.")
PLAIN = "The minister earned money from the deal and criticised reporters. Police searched his villa and the party stayed in power."


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def hits(text: str, other: str | None) -> dict[str, str]:
    article = make("a1", text)
    elsewhere = vocabulary(other) if other is not None else None
    found = vivid_verb_hits(article, word_scores(article, _quote_spans(article.text), elsewhere), elsewhere)
    return {article.text[h.start : h.end]: h.note for h in found}


def test_the_table_lists_uncommon_physical_verbs_and_their_irregular_forms():
    table = resources.vivid_verbs()
    assert table["rake"] == ("rake", "verb.motion") and table["clung"][0] == "cling"
    assert "hit" not in table and "pull" not in table  # common enough to be the plain word
    assert [verb_lemma(w) for w in ("raked", "flopped", "clung", "bulldozing", "rakes")] == ["rake", "flop", "cling", "bulldoze", "rake"]
    assert verb_lemma("pulled") is None and verb_lemma("reporters") is None


def test_a_verb_no_other_outlet_writes_is_a_cue_with_its_evidence():
    found = hits(LOUD, PLAIN)
    assert "clung" in found
    assert "physical action (contact, WordNet)" in found["clung"] and "no other outlet of the story writes 'cling'" in found["clung"]


def test_a_verb_another_outlet_writes_in_any_form_gives_nothing():
    assert "clung" not in hits(LOUD, PLAIN + " The party is clinging to office.")


def test_an_article_alone_needs_the_higher_bar_and_names_no_other_outlet():
    # with no other outlet to tell the plain verb, only a verb scored at SINGLE_MIN_PROBABILITY is a cue
    alone = hits(LOUD, None)
    story = hits(LOUD, PLAIN)
    assert "clung" in alone and "no other outlet" not in alone["clung"]
    assert set(alone) <= set(story)
    assert hits("The report said the river rose and the crews towed two cars from the road.", None) == {}


def test_the_cue_reaches_an_inspected_article():
    cues = find_framing([make("a1", LOUD)])
    assert "clung" in {c.text for c in cues if "vivid verb" in c.note}


def test_the_cue_reaches_the_report_in_a_story():
    cues = find_framing([make("a1", LOUD), make("a2", PLAIN)])
    assert "clung" in {c.text for c in cues if "vivid verb" in c.note}


def test_a_past_participle_before_a_noun_in_a_calm_headline_loses_the_headlines_raise():
    from rashomon.comparison.clean import MACHINE_TRANSLATED
    from rashomon.comparison.framing.vivid import _before_noun, _probability
    from rashomon.model import Removed

    title = "Town board votes to auction shuttered Riverside Cinema and sweeping lawns"
    text = title + "\n\nThe town board voted on Monday to auction the cinema, which closed in 2020, and its gardens."
    article = Article(id="a1", source="a1", title=title, text=text, sentences=segment("a1", text))
    scores = word_scores(article, [], set())
    at = {m.group(): i for i, m in enumerate(scores.tokens)}
    shut, sweep = at["shuttered"], at["sweeping"]
    assert _before_noun(text, scores.tokens[shut]) and not _before_noun(text, scores.tokens[sweep])
    assert _probability(article, scores, shut, False) < scores.probabilities[shut]
    assert _probability(article, scores, sweep, False) == scores.probabilities[sweep]  # an "-ing" form keeps it
    # a translated headline renders its source's words: it keeps the raise
    notice = Removed(text="This article was translated automatically from Dutch.", reason=MACHINE_TRANSLATED)
    translated = Article(id="a1", source="a1", title=title, text=text, sentences=article.sentences, removed=(notice,))
    assert _probability(translated, word_scores(translated, [], set()), shut, False) == scores.probabilities[shut]
    # a participle ending its clause ("the tenants it evicted") is the clause's verb, not a state of a noun
    assert not _before_noun("Board sells the hall it shuttered", re.search("shuttered", "Board sells the hall it shuttered"))
