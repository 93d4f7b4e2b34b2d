"""Quote checks (rashomon.comparison.conflicts.quotes), with sentences written for these tests."""

from rashomon.comparison.conflicts.quotes import quote_change


def test_a_negation_moved_in_a_translation_is_the_same_negation():
    # both tellings say "never"; the translation only puts it elsewhere
    assert quote_change("this law offers the farmers a hearing they were never offered",
                        "this law offers to the farmers a hearing that never was offered to them") is None
    # a negation only one side has is still a misquote
    assert quote_change("this law offers the farmers a hearing they were never offered",
                        "this law offers the farmers a hearing they were always offered") == "the negation differs"


def test_each_and_every_are_one_quantifier():
    assert quote_change("We owe every patient a clear answer today", "We owe each patient a clear answer today") is None
    assert quote_change("We owe every patient a clear answer today", "We owe most patients a clear answer today") == "a key word differs"
