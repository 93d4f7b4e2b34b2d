"""digest.neutrality: a feeling the outlet states for a group reads loaded; one someone states does not; an
intensifier other sources write is the story's term."""

from rashomon.comparison.digest.neutrality import Neutrality
from rashomon.text.stems import suffix_stem
from tests.conftest import make_article


def reading(text: str):
    article = make_article("a1", text, "A")
    return Neutrality([article]).read("a1", 0, len(article.text), article.text)


def test_a_feeling_stated_in_the_outlets_voice_is_not_clean() -> None:
    assert any("feeling" in why for why in reading("On the quay, fishermen fear the worst.").reasons)
    assert any("feeling" in why for why in reading("The vote confirms what growers have feared for months.").reasons)


def test_a_feeling_someone_states_or_a_concern_for_someone_is_no_such_reason() -> None:
    assert not any("feeling" in why for why in reading("Fishermen fear the worst, the harbour master said.").reasons)
    assert not any("feeling" in why for why in reading("The growers' union fears for the smallest farms.").reasons)


def test_an_intensifier_other_sources_write_in_the_claim_is_the_storys_term() -> None:
    article = make_article("a1", "Vets confirmed an utterly contagious strain at the farm.", "A")
    neutrality = Neutrality([article])
    alone = neutrality.read("a1", 0, len(article.text), article.text)
    assert any("intensifier" in why for why in alone.reasons)
    shared = neutrality.read("a1", 0, len(article.text), article.text, shared={suffix_stem("utterly"), suffix_stem("contagious")})
    assert not any("intensifier" in why for why in shared.reasons)
