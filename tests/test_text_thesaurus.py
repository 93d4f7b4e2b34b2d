"""The thesaurus from Open English WordNet: the kind of thing a noun names."""

from __future__ import annotations

from rashomon.text.thesaurus import (
    adjective_superlative, antonyms, kind_of, kinds_of, lemma_of, money_noun, names_a_thing, narrows, opposite, own_lemma, post_of,
    related, same_kind, same_post,
)


def test_plural_nouns_are_read_through_their_lemma():
    assert lemma_of("ferries") == "ferry"
    assert lemma_of("children") == "child"  # OEWN's irregular form
    assert lemma_of("policewomen") == "policewoman"  # "-men" by rule
    assert lemma_of("qwzx") == ""


def test_people_of_every_sort_are_persons_and_workers_a_finer_kind():
    assert kind_of("residents") == kind_of("inhabitants") == kind_of("evacuees") == "person"
    assert kind_of("people") == "person"
    assert kind_of("miners") == kind_of("employees") == "worker"
    assert same_kind("villagers", "passengers")
    assert not same_kind("passengers", "ferries")


def test_things_of_other_kinds():
    assert kind_of("ferries") == "vehicle"
    assert kind_of("euros") == "money"
    assert kind_of("tonnes") == "unit"
    assert kind_of("qwzx") == "" and kinds_of("qwzx") == ()



def test_words_related_by_a_synset_a_hypernym_or_a_derivation_of_any_sense():
    assert related("choose", "elect")  # one synset
    assert related("routes", "lines")  # a route is a line of travel (a hypernym), read through the plural
    assert related("chosen", "selected")  # an irregular form through OEWN's table
    assert related("decision", "decided")  # a derivation
    assert not related("budget", "weather")
    assert not related("qwzx", "choose")


def test_antonyms_of_any_sense():
    assert "open" in antonyms("closed")
    assert opposite("win", "lose") and opposite("lost", "won")
    assert not opposite("choose", "elect")


def test_comparatives_and_superlatives_are_read_through_their_adjective():
    assert related("largest", "biggest") and related("bigger", "greater")


def test_a_word_names_a_thing_when_every_sense_of_every_lemma_is_a_physical_thing():
    assert names_a_thing("throat") and names_a_thing("Shellfish")
    assert names_a_thing("handful")  # an amount
    assert names_a_thing("metal-detectors")  # a two-word lemma as an outlet writes it, in the plural
    assert not names_a_thing("ropes")  # to rope someone in
    assert not names_a_thing("pockets")  # to pocket the money
    assert not names_a_thing("garbage")  # worthless talk too
    assert not names_a_thing("tore")  # a form of the verb "tear" as well as a noun
    assert not names_a_thing("vipers")  # an animal's name, the commonest figure for people
    assert not names_a_thing("usurpers") and not names_a_thing("qwzx")



def test_a_word_of_one_sense_narrows_another_words_commonest_sense():
    assert narrows("burgomaster", "mayor")
    assert not narrows("mayor", "burgomaster")
    assert not narrows("boss", "leader")  # several senses: a rare one under "leader" does not count


def test_a_superlative_is_read_through_its_adjective_and_a_noun_in_est_is_none():
    assert adjective_superlative("tallest") and adjective_superlative("biggest") and adjective_superlative("happiest")
    assert not adjective_superlative("forest") and not adjective_superlative("interest") and not adjective_superlative("tall")


def test_senses_are_every_synset_of_every_lemma_a_word_may_be():
    from rashomon.text.thesaurus import senses

    assert senses("injured") & senses("hurt")  # an inflection reads as its lemma
    assert not senses("injured") & senses("forest")
    assert senses("qwzxv") == frozenset()


def test_nouns_that_name_a_post_or_a_kin_and_words_of_a_situation():
    assert post_of("warden") == "post" and post_of("veterinarian") == "post"
    assert post_of("employee") == "vague"  # names many posts, none in particular
    assert post_of("cousin") == "kin:side" and post_of("grandfather") == "kin:up"
    for situation in ("victim", "witness", "resident", "passenger", "suspect", "man"):
        assert post_of(situation) == "", situation


def test_two_posts_are_one_when_a_sense_is_shared_or_above_the_other():
    assert same_post("director", "manager") is True  # one synset
    assert same_post("surgeon", "doctor") is True  # a hypernym
    assert same_post("warden", "minister") is False
    assert same_post("veterinarian", "director") is False
    assert same_post("employee", "director") is None  # a vague word
    assert same_post("cousin", "brother-in-law") is False
    assert same_post("son", "father") is None  # a son of one person is a father of another
    assert same_post("victim", "director") is None


def test_a_word_is_its_own_lemma_only_with_senses_of_its_own():
    assert own_lemma("bakery") and own_lemma("small")
    assert not own_lemma("went")  # only a form of "go"
    assert not own_lemma("qwzx")


def test_a_currency_or_coin_is_read_in_any_sense_with_whether_money_is_its_first():
    assert money_noun("forints") == ("forint", True)
    assert money_noun("kroner") == ("krone", True)  # an irregular plural OEWN lists
    assert money_noun("ducats") == ("ducat", True)  # a coin
    assert money_noun("marks") == ("mark", False)  # a sign first, the German currency a later sense
    assert money_noun("crowns") == ("crown", False)
    assert money_noun("miles") is None  # "-es" only after a sibilant: no "mil"
    assert money_noun("votes") is None
    assert money_noun("won") is None and money_noun("at") is None  # a verb's form, a stop word
