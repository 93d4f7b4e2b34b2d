"""A possessive told as an "of" phrase after its noun is one telling of one quotation (quote_grammar)."""

from rashomon.comparison.conflicts.quote_grammar import genitive_reworded
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.quotes import quote_change, quote_findings
from tests.conftest import make_article


def test_a_possessive_turned_into_an_of_phrase_is_no_change():
    said = "By noon the flood had taken a season's harvest"
    turned = "By noon the flood had taken the harvest of one season"
    assert quote_change(said, turned) is None
    assert quote_change(turned, said) is None


def test_another_owner_or_another_count_after_of_is_still_a_change():
    # the owner counted otherwise ("ten seasons") is a figure changed, not a grammar reworded
    assert quote_change("By noon the flood had taken a season's harvest", "By noon the flood had taken the harvest of ten seasons")
    assert not genitive_reworded(
        ["we", "kept", "the", "mayor's", "promise"], ["we", "kept", "the", "promise", "of", "the", "council"], (2, 4, 2, 3)
    )


def test_a_translated_telling_with_the_possessive_turned_is_no_quote_finding():
    (a,) = extract_claims([make_article("a1", '"By noon the flood had taken a season\'s harvest," said the grower Tomas Verl.')])
    (b,) = extract_claims([make_article("a2", '"By noon the flood had taken the harvest of one season," declared the grower Tomas Verl.')])
    assert list(quote_findings(a, b, translated=frozenset({"a2"}))) == []
    assert list(quote_findings(b, a, translated=frozenset({"a2"}))) == []
