"""One quotation reworded in several passages, one of which adds a condition or replaces a phrase's noun
(rashomon.comparison.conflicts.quote_passages). Invented sentences."""

from rashomon.comparison.conflicts.quote_passages import changed_passage
from rashomon.comparison.conflicts.quotes import quote_change


def test_a_condition_added_to_a_reworded_quotation():
    a = "The families who lost their homes will receive full compensation when the claims are proven"
    b = "The families that lost their houses will get full compensation"
    assert quote_change(a, b) is None  # reworded in several passages: too many for the one-passage rule
    assert changed_passage(a, b) == "a condition is added"


def test_the_same_condition_in_both_tellings_is_no_change():
    a = "The families who lost their homes will receive full compensation when the claims are proven"
    b = "The families that lost their houses will get full compensation when their claims are proven"
    assert changed_passage(a, b) is None


def test_another_noun_in_a_phrase_of_an_excerpt():
    a = "We owe every family in the valley an apology. Those tanks were never safe"
    b = "owes every family an explanation"
    assert changed_passage(a, b) == "a key word differs"


def test_a_replaced_verb_or_adjective_is_left_to_the_translation():
    # "brand" / "stamp", "real" / "true": a translation's words, not a phrase's noun
    assert changed_passage("The state may not brand journalists as agents of foreign powers",
                           "The state may not stamp journalists as agents of foreign powers") is None
    assert changed_passage("This is not everything we asked for, but it is a real step forward for pupils",
                           "It is not all that we demanded, but it is a true step forward for the pupils") is None


def test_words_put_in_another_order_are_no_change():
    assert changed_passage("We have broken no rule and we will prove it at the appeal",
                           "We have no rule broken and will prove that in appeal") is None


def test_two_quotations_with_little_in_common_are_left_alone():
    assert changed_passage("We will fight this closure with every means we have",
                           "We will negotiate the best possible severance for our members") is None


def test_a_condition_against_a_clause_of_the_other_telling_outweighs_a_small_rewording():
    # the statement told alike, "claims like this" / "claims of this kind", then a condition on one side
    # and a clause of the speaker's own on the other
    a = "We consider every complaint of this type extremely carefully, and we will answer each family"
    b = "We consider complaints like this carefully when they are documented"
    assert changed_passage(a, b) == "a condition is added"


def test_the_same_statement_with_two_clauses_of_its_own_is_no_condition():
    a = "We consider every complaint of this type extremely carefully, and we will answer each family"
    b = "We consider complaints like this carefully, but we cannot comment on this one"
    assert changed_passage(a, b) is None


def test_a_small_rewording_beside_a_key_word_is_still_undecided():
    # only a condition outweighs a rewording; a key word among rewordings is the translation's
    assert changed_passage("We consider every complaint of this type extremely carefully and owe the families an apology",
                           "We consider complaints like this carefully and owe the families an explanation") is None


def test_a_refusal_told_with_another_modal_and_another_closing_noun():
    a = "I cannot sign the death warrant of this orchestra"
    b = "I will not sign the death warrant of Marrish music"
    assert changed_passage(a, b) == "a key word differs"
    assert changed_passage(a, "I will not sign the death warrant of this orchestra") is None


def test_a_closing_noun_after_a_lower_case_adjective_is_left_to_the_translation():
    # "national music" is no name's adjective: a translation may render "this orchestra" so
    assert changed_passage("I cannot sign the death warrant of this orchestra",
                           "I will not sign the death warrant of national music") is None


def test_a_modal_that_changes_the_refusal_stays_undecided():
    # "must not" / "will not" are not one refusal told two ways
    assert changed_passage("I must not sign the death warrant of this orchestra",
                           "I will not sign the death warrant of Marrish music") is None
