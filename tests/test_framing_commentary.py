"""The outlet's editorial voice: commenting clauses, outside quotations and reported speech."""

from __future__ import annotations

from rashomon.comparison.framing import find_framing
from rashomon.comparison.framing.commentary import commentary_hits
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.segment import segment
from rashomon.model import Article


def make(text: str) -> Article:
    return Article(id="a1", source="a1", title="", text=text, sentences=segment("a1", text))


def comments(text: str) -> list[str]:
    article = make(text)
    return [text[h.start : h.end] for h in commentary_hits(article, _quote_spans(text))]


def test_a_question_the_outlet_leaves_hanging_is_commentary():
    assert comments("The canal flooded the old quarter again.\nWho will pay for the pumps?") == ["Who will pay for the pumps?"]
    assert comments("The ferry runs again at last, but why did it take a month?") == ["but why did it take a month?"]


def test_a_question_answered_at_once_or_quoted_or_asked_by_a_speaker_is_not():
    assert comments("And what do tenants get? A letter and a leaflet.") == []
    assert comments('"Who will pay for the pumps?" asked a shopkeeper.') == []
    assert comments("The mayor asked who would pay for the pumps.") == []


def test_a_verdict_handed_to_the_reader_and_a_retort():
    assert comments("The board voted in four minutes.\nThat tells you everything.") == ["That tells you everything"]
    text = "The minister says the queues are short. Tell that to the farmers waiting at the depot since dawn."
    assert comments(text) == ["Tell that to the farmers waiting at the depot since dawn"]
    assert comments("If the council sells this park, your street is next.") == ["If the council sells this park, your street is next"]


def test_a_guide_talking_to_its_user_is_not_commentary():
    text = "You can pair the watch in a minute. If you use a tablet, the app opens itself. You will like the strap."
    assert comments(text) == []


def test_a_verdict_of_desert_or_counterfactual_blame():
    assert comments("Tenants deserve answers, not leaflets.") == ["Tenants deserve answers"]
    assert comments("Pupils ate a meal that should never have left the kitchen.") == ["that should never have left the kitchen"]
    assert comments("The union said tenants deserve answers.") == []


def test_an_insinuating_act():
    assert comments("The governor did not even wait for the count.") == ["The governor did not even wait for the count"]
    assert comments("The council only got round to the survey last year.") == ["The council only got round to the survey last year"]
    assert comments("The ministry once again failed to publish its figures.") == ["once again failed to publish its figures"]
    assert comments("The ministry again published its figures.") == []
    text = '"This came from abroad," declared the minister, not presenting any evidence.'
    assert comments(text) == ["not presenting any evidence"]


def test_a_comment_keeps_the_loaded_words_inside_it_as_cues_of_their_own():
    text = "The regime did not even wait for the vote."
    cues = [c.text for c in find_framing([make(text)]) if c.kind == "loaded"]
    assert sorted(cues) == ["The regime did not even wait for the vote", "regime"]


def test_the_outlets_we_and_a_verdict_beyond_comparison():
    assert comments("Readers will ask why a tunnel we were told was safe is shut.") == [
        "Readers will ask why a tunnel we were told was safe is shut"]
    assert comments("The court found what we have said for years.") == ["The court found what we have said for years"]
    assert comments("The message could not be clearer.") == ["The message could not be clearer"]
    assert comments("We spoke to nine passengers on Monday.") == []


def test_a_verdict_on_the_event():
    assert comments("The flood was no accident.") == ["The flood was no accident"]
    assert comments("The truth is plainer: the pumps were never bought.") == ["The truth is plainer"]
    assert comments("The union leader says the plan is cruel. She is right.") == ["She is right."]
    assert comments("Its excuse fools nobody.") == ["Its excuse fools nobody"]
    assert comments("Police said the crash was an accident.") == []


def test_credit_to_an_actor_and_a_retort_the_parser_reads_as_speech():
    text = "Thanks to the wise leadership of the mayor, the pumps ran all night."
    assert comments(text) == ["Thanks to the wise leadership of the mayor"]
    assert comments("The team led at half-time thanks to a late interception.") == []
    text = "The director says the stand passed every check. Try telling that to the injured fans."
    assert comments(text) == ["Try telling that to the injured fans"]
