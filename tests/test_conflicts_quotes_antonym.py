"""A word put in place of its antonym inside a quotation told twice is a real change, though
other passages of the quotation are reworded too (conflicts/quotes.py ``quote_change``).
Sentences invented."""

from rashomon.comparison.conflicts.quotes import quote_change


def test_an_antonym_among_other_rewordings_is_a_change():
    assert quote_change(
        "The board made exactly the right call: it waited, listened and then acted.",
        "The board made the wrong call early on, but it waited and then acted,",
    ) == "a key word differs"


def test_an_antonym_alone_is_a_change():
    assert quote_change(
        "We will accept the offer from the city council this week.",
        "We will reject the offer from the city council this week.",
    ) == "a key word differs"


def test_rewordings_without_an_antonym_stay_one_quotation():
    assert quote_change(
        "The board made exactly the right call: it waited, listened and then acted.",
        "The board made the correct call early on, and it waited and then acted,",
    ) is None


def test_an_antonym_outside_the_stretch_both_tell_is_no_change():
    # the other telling stops short: what it leaves out is no change
    assert quote_change(
        "The crew stayed calm and waited for the tide, and nobody did anything wrong.",
        "The crew stayed calm and waited for the tide, and that was right.",
    ) is None
