"""A speaker's opening verb negated in one telling only (conflicts/quote_opening.py); invented sentences."""

from rashomon.comparison.conflicts.quote_opening import negated_opening, same_verb
from rashomon.comparison.conflicts.quotes import quote_change
from rashomon.text.thesaurus import irregular_lemmas


def test_irregular_forms_are_one_verb():
    assert irregular_lemmas("knew") == ("know",)
    assert irregular_lemmas("walked") == ()
    assert same_verb("knew", "know") and same_verb("given", "give") and same_verb("sold", "sells")
    assert same_verb("closed", "closes")  # one stem
    assert not same_verb("knew", "need")


def test_an_irregular_past_against_its_negated_lemma():
    # "given" / "give", and one object after the verb ("it to"), however each goes on
    assert quote_change("We would have sold it to the council if they had only called us",
                        "We will never sell it to the council, not at any price") == "the negation differs"
    assert quote_change("We knew the bridge was closing in March", "We did not know the bridge was closing") \
        == "the negation differs"


def test_a_negation_after_but_is_another_clause():
    # the first clause affirms the verb; the negation after "but" denies something else
    assert negated_opening("I never sold anyone the maps", "I sold them the maps, but nobody paid for them")
    # both first clauses denied, each its own way: one denial
    assert not negated_opening("I never sold anyone the maps", "I did not sell the maps, but nobody asked")


def test_no_finding_without_the_same_subject_or_a_thing_both_say():
    # one object pronoun with nothing told alike after it: the verb is said of other things
    assert quote_change("We have not seen it anywhere near the harbour", "We saw fog over the hills") is None
    # a telling that starts at the verb is an excerpt: silent on a negation before it
    assert not negated_opening("I cannot sign the treaty of this council", "sign the treaty of this council today")
    # another subject: the engineers did not know, the owners knew
    assert not negated_opening("The engineers did not know the roof was weak", "The owners knew the roof was weak")
