"""A label noun for a body of people beside a name other outlets write too: framing/attached.py."""

from __future__ import annotations

import re

from rashomon.comparison.framing.attached import attached_label_hits
from rashomon.comparison.framing.loaded_words import vocabulary
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.segment import segment
from rashomon.model import Article, Entity, Mention


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def entity(name: str, *articles: Article) -> Entity:
    mentions = tuple(Mention(article=a.id, sentence="", text=m.group(), start=m.start(), end=m.end())
                     for a in articles for m in re.finditer(re.escape(name), a.text))
    return Entity(id="e1", name=name, type="PERSON", mentions=mentions)


def labels(a: Article, *others: Article, name: str = "Varo") -> list[str]:
    articles = [a, *others]
    elsewhere = set().union(*(vocabulary(o.text) for o in others))
    hits = attached_label_hits(a, articles, [entity(name, *articles)], _quote_spans(a.text), elsewhere)
    return [a.text[h.start : h.end] for h in hits]


PLAIN = make("a2", "Prime Minister Tomas Varo won the vote in parliament on Tuesday by eleven votes.")


def test_a_group_noun_after_a_shared_name_is_naming():
    a = make("a1", "The Varo clique has won the vote in parliament on Tuesday by eleven votes.")
    assert labels(a, PLAIN) == ["clique"]


def test_a_group_noun_in_apposition_is_naming():
    a = make("a1", "Ransom demands came from Nightfall, a shadowy gang that appeared last year.")
    b = make("a2", "A criminal group calling itself Nightfall claimed the attack on Tuesday.")
    assert labels(a, b, name="Nightfall") == ["gang"]


def test_a_noun_another_outlet_writes_is_no_label():
    a = make("a1", "The Varo clique has won the vote in parliament on Tuesday by eleven votes.")
    b = make("a2", "Prime Minister Tomas Varo and what critics call his clique won the vote on Tuesday.")
    assert labels(a, b) == []


def test_a_name_only_this_outlet_writes_gives_no_label():
    a = make("a1", "The Varo clique has won the vote in parliament on Tuesday by eleven votes.")
    b = make("a2", "The prime minister won the vote in parliament on Tuesday by eleven votes.")
    assert labels(a, b) == []


def test_one_person_before_a_name_is_left_to_the_title_readers():
    # a singular noun for a person ("boss", "rival") in the title slot is news style as often as a label
    a = make("a1", "Party boss Tomas Varo has won the vote in parliament on Tuesday by eleven votes.")
    assert labels(a, PLAIN, name="Tomas Varo") == []


def test_a_word_between_two_names_is_no_label():
    a = make("a1", "Varo bullies Fenwick in the debate, and has won the vote on Tuesday.")
    assert labels(a, PLAIN) == []


def test_a_plural_before_a_name_is_its_title_not_a_label():
    # "the allies Varo and Kestra": a noun before a name titles it (or a list); labels head the phrase
    a = make("a1", "The opposition and the minions Varo and Holt have won the vote on Tuesday.")
    assert labels(a, PLAIN) == []


def test_a_body_noun_at_a_shared_name_is_naming():
    b = make("a2", "Crews at Harbour Line Ferries walked out at midnight over pay.")
    a = make("a1", "The greedy bosses at Harbour Line Ferries refused to talk before midnight.")
    assert labels(a, b, name="Harbour Line Ferries") == ["bosses"]


def test_a_label_inside_a_quotation_is_the_speaker_s():
    a = make("a1", "\u201cThe Varo clique has bought this vote,\u201d the opposition leader said on Tuesday.")
    assert labels(a, PLAIN) == []


def test_a_noun_that_modifies_a_following_noun_is_no_label():
    # "the Varo clique rally": "clique" is a modifier of "rally", not the head naming the referent
    a = make("a1", "The Varo clique rally filled the square on Tuesday evening.")
    assert labels(a, PLAIN) == []


def test_a_body_noun_in_a_shared_name_says_where_people_are():
    b = make("a2", "Inmates at Kestra Hall set fire to mattresses on Sunday night.")
    a = make("a1", "The thugs in Kestra Hall set fire to mattresses on Sunday night.")
    assert labels(a, b, name="Kestra Hall") == []


def test_a_collective_noun_before_of_counts_and_labels_no_one():
    a = make("a1", "A horde of Varo supporters has won the vote in parliament on Tuesday by eleven votes.")
    assert labels(a, PLAIN) == []


def test_a_group_noun_that_introduces_a_shared_name_is_naming():
    a = make("a1", "Files were leaked by a gang calling itself Nightfall on Tuesday night.")
    b = make("a2", "A criminal group calling itself Nightfall claimed the attack on Tuesday.")
    assert labels(a, b, name="Nightfall") == ["gang"]


def test_a_plain_noun_that_introduces_a_shared_name_is_no_label():
    a = make("a1", "Files were leaked by a group calling itself Nightfall on Tuesday night.")
    b = make("a2", "An outfit known as Nightfall claimed the attack on Tuesday.")
    assert labels(a, b, name="Nightfall") == []


def test_an_agent_noun_of_a_common_verb_beside_the_name_says_what_its_people_do_to_it():
    a = make("a1", "Varo's defenders packed the gallery while the vote in parliament went on.")
    assert labels(a, PLAIN) == []  # they defend Varo: no body Varo owns
    a = make("a1", "The defenders of Varo cheered in parliament on Tuesday.")
    assert labels(a, PLAIN) == []
    a = make("a1", "Varo's cronies packed the gallery while the vote in parliament went on.")
    assert labels(a, PLAIN) == ["cronies"]  # a label, no verb behind it
