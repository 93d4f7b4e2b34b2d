"""A label in a person's title slot where other outlets title the person by post: framing/retitled.py."""

from __future__ import annotations

import re

from rashomon.comparison.framing.loaded_words import vocabulary
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.framing.retitled import retitled_hits
from rashomon.comparison.segment import segment
from rashomon.model import Article, Entity, Mention

NAME = "Ada Rennick"


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def person(*titled: tuple[Article, str], kind: str = "PERSON") -> Entity:
    """The entity NAME in each article, with the title the entity stage would read there."""
    mentions = tuple(Mention(article=a.id, sentence="", text=m.group(), start=m.start(), end=m.end(), title=title)
                     for a, title in titled for m in re.finditer(re.escape(NAME), a.text))
    return Entity(id="e1", name=NAME, type=kind, mentions=mentions)


def labels(a: Article, *others: tuple[Article, str], kind: str = "PERSON") -> list[str]:
    articles = [a, *(o for o, _ in others)]
    elsewhere = set().union(*(vocabulary(o.text) for o, _ in others))
    hits = retitled_hits(a, articles, [person((a, ""), *others, kind=kind)], _quote_spans(a.text), elsewhere)
    return [a.text[h.start : h.end] for h in hits]


TITLED = make("a2", "Election commission chair Ada Rennick announced the final count on Monday evening.")


def test_a_label_where_other_outlets_give_a_post_is_naming():
    a = make("a1", "The count was announced by loyalist Ada Rennick on Monday evening.")
    assert labels(a, (TITLED, "commission chair")) == ["loyalist"]


def test_the_note_gives_the_other_outlets_title():
    a = make("a1", "The count was announced by loyalist Ada Rennick on Monday evening.")
    articles = [a, TITLED]
    entity = person((a, ""), (TITLED, "commission chair"))
    hits = retitled_hits(a, articles, [entity], [], vocabulary(TITLED.text))
    assert hits and hits[0].kind == "naming" and "a2 writes 'commission chair Ada Rennick'" in hits[0].note


def test_a_modifier_of_the_label_joins_it():
    a = make("a1", "The count was announced by staunch loyalist Ada Rennick on Monday evening.")
    assert labels(a, (TITLED, "commission chair")) == ["staunch loyalist"]


def test_no_title_elsewhere_gives_no_evidence():
    # the others name her without a post: "rival", "widow" before a name are as often plain description
    a = make("a1", "The count was announced by loyalist Ada Rennick on Monday evening.")
    b = make("a2", "The count was announced by Ada Rennick on Monday evening.")
    assert labels(a, (b, "")) == []


def test_a_post_word_in_the_slot_is_a_title():
    # "harbour director" / "harbour manager": two words for a post, no label
    a = make("a1", "The closure was ordered by harbour manager Ada Rennick on Monday evening.")
    b = make("a2", "The closure was ordered by harbour director Ada Rennick on Monday evening.")
    assert labels(a, (b, "director")) == []


def test_a_kin_term_is_no_label():
    a = make("a1", "The closure was mourned by grandmother Ada Rennick on Monday evening.")
    assert labels(a, (TITLED, "commission chair")) == []


def test_a_word_another_outlet_writes_is_no_label():
    a = make("a1", "The count was announced by loyalist Ada Rennick on Monday evening.")
    b = make("a2", "Commission chair Ada Rennick, a loyalist of the president, announced the count on Monday.")
    assert labels(a, (b, "commission chair")) == []


def test_a_plural_before_a_name_titles_no_one_person():
    a = make("a1", "The count was announced by the loyalists Ada Rennick and two aides on Monday evening.")
    assert labels(a, (TITLED, "commission chair")) == []


def test_a_place_or_a_body_has_no_title_slot():
    a = make("a1", "The count was announced by loyalist Ada Rennick on Monday evening.")
    assert labels(a, (TITLED, "commission chair"), kind="ORG") == []


def test_a_capitalised_word_inside_a_sentence_is_part_of_a_name():
    a = make("a1", "The count was announced by Loyalist Ada Rennick on Monday evening.")
    assert labels(a, (TITLED, "commission chair")) == []


def test_a_label_inside_a_quotation_is_the_speaker_s():
    a = make("a1", 'A protester shouted "down with loyalist Ada Rennick" outside the hall on Monday.')
    assert labels(a, (TITLED, "commission chair")) == []


def test_the_title_the_entity_stage_reads_here_is_no_label():
    a = make("a1", "The count was announced by loyalist Ada Rennick on Monday evening.")
    articles = [a, TITLED]
    entity = person((a, "loyalist"), (TITLED, "commission chair"))
    assert retitled_hits(a, articles, [entity], [], vocabulary(TITLED.text)) == []
