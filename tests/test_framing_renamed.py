"""People renamed under a shared modifier ("armed bandits" / "armed gangs"): framing/renamed.py."""

from __future__ import annotations

from rashomon.comparison.framing import find_framing
from rashomon.comparison.segment import segment
from rashomon.model import Article

TAIL = "\nThe reserve will stay closed until Friday, the ministry said."


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text + TAIL, sentences=segment(article_id, text + TAIL))


def renamed(a: Article, b: Article) -> list:
    return [c for c in find_framing([a, b]) if c.article == "a1" and "same people under another name" in (c.note or "")]


def test_a_noun_for_people_after_a_modifier_another_outlet_puts_before_another_name_is_naming():
    a = make("a1", "Rangers at the northern reserve clashed overnight with armed bandits who had crossed the river.")
    b = make("a2", "Rangers at the northern reserve clashed overnight with armed gangs from across the river.")
    cues = renamed(a, b)
    assert [c.text for c in cues] == ["bandits"]
    assert cues[0].kind == "naming" and "a2 writes 'armed gangs'" in cues[0].note


def test_the_same_noun_elsewhere_is_no_renaming():
    a = make("a1", "Rangers at the northern reserve clashed overnight with armed bandits who had crossed the river.")
    b = make("a2", "Armed bandits crossed the river, and rangers clashed with the armed gangs at the northern reserve.")
    assert renamed(a, b) == []


def test_a_number_or_a_name_after_the_modifier_is_no_counterpart():
    # "two bandits" / "two men": a count, not a name; "armed Forces": a name, not a body of people
    a = make("a1", "Rangers at the northern reserve caught two bandits, then more armed bandits at dawn.")
    b = make("a2", "Rangers at the northern reserve caught two men, and the Armed Forces joined them at dawn.")
    assert renamed(a, b) == []


def test_a_body_another_outlet_names_in_the_singular_is_a_counterpart():
    a = make("a1", "The river bosses ignored the warnings about the old dam for years before the flood.")
    b = make("a2", "The river council had received warnings about the old dam for years before the flood.")
    cues = renamed(a, b)
    assert [c.text for c in cues] == ["bosses"]
    assert "a2 writes 'river council'" in cues[0].note


def test_a_post_in_the_plural_beside_a_body_in_the_singular_is_no_renaming():
    # "river chiefs" / "river council": the body's officers, named by their post, not the body renamed
    a = make("a1", "The river chiefs ignored the warnings about the old dam for years before the flood.")
    b = make("a2", "The river council had received warnings about the old dam for years before the flood.")
    assert renamed(a, b) == []


def test_a_body_in_the_singular_without_a_determiner_has_no_modifier():
    # "told police": a verb before the noun, not a modifier of a body
    a = make("a1", "The witness later told jurors that she had seen the two men near the river.")
    b = make("a2", "The witness later told police that she had seen the two men near the river.")
    assert renamed(a, b) == []
