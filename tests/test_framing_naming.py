"""Naming compared across outlets: marked modifiers on a referent, places a story shows as a seat
of government standing for it."""

from __future__ import annotations

import json

import pytest

from rashomon.comparison.framing import find_framing, load_lexicon
from rashomon.comparison.framing.naming import story_capitals
from rashomon.comparison.framing.referents import FEATURES, candidates, capitals_line, naming_model
from rashomon.comparison.segment import segment
from rashomon.errors import LexiconError
from rashomon.model import Article, Entity, Mention


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def mention(article: Article, text: str, nth: int = 0) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = article.text.find(text, at + 1)
    sentence = next(s for s in article.sentences if s.start <= at < s.end)
    return Mention(article=article.id, sentence=sentence.id, text=text, start=at, end=at + len(text))


def naming(cues, article: str) -> list[str]:
    return [c.text for c in cues if c.article == article and c.kind == "naming"]


PLAIN = "Finance minister Tomas Verl resigned on Friday. Verl had led the ministry since 2019."
MARKED = "Greedy penny-pinching ex-minister Tomas Verl quit on Friday. The disgraced minister had run the ministry since 2019."


def test_a_marked_modifier_on_a_referent_is_named_with_what_the_others_write():
    a1, a2 = make("a1", MARKED), make("a2", PLAIN)
    verl = Entity(id="e1", name="Tomas Verl", type="PERSON", mentions=(mention(a1, "Tomas Verl"), mention(a2, "Tomas Verl"), mention(a2, "Verl", 1)))
    cues = find_framing([a1, a2], [verl])
    found = naming(cues, "a1")
    assert "Greedy penny-pinching" in found and "disgraced" in found
    note = next(c.note for c in cues if c.text == "Greedy penny-pinching")
    assert "a2 writes 'Finance minister Tomas Verl'" in note  # the other outlet's wording of the same person
    assert "coined compound" in note
    assert not naming(cues, "a2")  # the plain outlet's title is no naming choice


def test_a_word_glued_to_a_name_at_a_sentence_start_is_a_modifier_of_it():
    a1 = make("a1", "Strongman Daniyar Sabitov, who has ruled for sixteen years, wasted no time. Mr Daniyar Sabitov spoke.")
    a2 = make("a2", "President Daniyar Sabitov has ruled Karsavia since 2009.")
    # the entity stage took "Strongman" and "Mr" into the name's mention
    sabitov = Entity(id="e1", name="Daniyar Sabitov", type="PERSON", mentions=(
        mention(a1, "Strongman Daniyar Sabitov"), mention(a1, "Mr Daniyar Sabitov"), mention(a2, "Daniyar Sabitov")))
    found = [c.words for c in candidates(a1, [sabitov], [])]
    assert ("Strongman",) in found and ("Mr",) not in found


def test_a_verb_before_a_name_is_no_modifier_of_it():
    a1 = make("a1", "The whole harbour town tearfully mourns Captain Ilse Brandvik, lost at sea on Monday.")
    brandvik = Entity(id="e1", name="Ilse Brandvik", type="PERSON", mentions=(mention(a1, "Captain Ilse Brandvik"),))
    found = [c.words for c in candidates(a1, [brandvik], [])]
    assert not any("mourns" in words for words in found)
    a2 = make("a2", "Tireless skipper Ilse Brandvik was lost at sea on Monday.")
    skipper = Entity(id="e1", name="Ilse Brandvik", type="PERSON", mentions=(mention(a2, "Ilse Brandvik"),))
    assert ("Tireless", "skipper") in [c.words for c in candidates(a2, [skipper], [])]


def test_titles_and_roles_are_not_naming_choices():
    text = "Former transport minister Tomas Verl and chief executive Ana Ruiz met the deputy mayor on Friday."
    a1, a2 = make("a1", text), make("a2", "Tomas Verl and Ana Ruiz met on Friday.")
    assert candidates(a1, (), []) == []
    assert not naming(find_framing([a1, a2]), "a1")


def test_modifiers_inside_a_quotation_are_the_speakers():
    a1 = make("a1", '"The greedy ex-minister must go," said Ana Ruiz.')
    a2 = make("a2", "Ana Ruiz called for the former minister to resign.")
    assert not naming(find_framing([a1, a2]), "a1")


def test_a_place_the_story_shows_as_a_capital_stands_for_its_government():
    wire = make("a1", "Headline here\nVELMORA, March 3 — The Drisland government delayed the vote, officials said.")
    other = make("a2", "The vote is off. Velmora waited two days before asking for help, and survivors are still waiting for Velmora.")
    local = make("a3", "Residents in Velmora queued for water. The Velmora airport reopened.")
    capitals = story_capitals([wire, other, local], load_lexicon())
    assert "Velmora" in capitals
    cues = find_framing([wire, other, local])
    assert naming(cues, "a2") == ["Velmora", "Velmora"]
    assert "seat of government" in next(c.note for c in cues if c.article == "a2" and c.kind == "naming")
    assert not naming(cues, "a3")  # a place prepositon or a modifier: the city itself
    assert not naming(cues, "a1")  # the dateline itself


def test_a_capital_takes_the_governments_verbs_in_the_present_and_the_perfect():
    wire = make("a1", "Headline here\nVELMORA, March 3 — The Drisland government expelled two envoys, officials said.")
    other = make("a2", "Velmora accuses the envoys of spying. The coast is a place Velmora has long neglected, "
                       "and Velmora has spent years promising a road.")
    local = make("a3", "Fans in Velmora cheered. Velmora residents said the square was calm.")
    cues = find_framing([wire, other, local])
    assert naming(cues, "a2") == ["Velmora", "Velmora", "Velmora"]
    assert not naming(cues, "a3")  # a place after a preposition, a modifier of a noun: the city itself


def test_a_capital_worried_about_a_neighbour_is_its_government():
    a1 = make("a1", "Envoys expelled - Berlin worried about stability in the region")
    a2 = make("a2", "Germany said it was following the expulsions closely. Tourists in Berlin worried little.")
    cues = find_framing([a1, a2])
    assert naming(cues, "a1") == ["Berlin"]
    assert not naming(cues, "a2")  # a place after "in": the city itself


def test_a_capital_as_a_party_to_talks_or_spoken_of_as_a_person_stands_for_its_government():
    wire = make("a1", "Headline here\nVELMORA, March 3 — The rebels freed two captives, officials said.")
    other = make("a2", "It is the first deal between the Brigade and Velmora. It was the mayor, not Velmora, who acted.")
    local = make("a3", "Buses ran between the Harbour and Velmora all night. The mayor, who lives in Velmora, helped.")
    cues = find_framing([wire, other, local])
    assert naming(cues, "a2") == ["Velmora", "Velmora"]
    assert not naming(cues, "a3")  # a route between two places, a place after "in": the city itself


def test_a_capital_named_in_apposition_to_the_capital_is_the_place():
    # "who" after "the capital, X," is the people sent from there, not the city spoken of as a person
    wire = make("a1", "Headline here\nVELMORA, March 3 — The rebels freed two captives, officials said.")
    other = make("a2", "Engineers were sent from the capital, Velmora, who will inspect the dam. It was the mayor, not Velmora, who acted.")
    cues = find_framing([wire, other])
    assert naming(cues, "a2") == ["Velmora"]
    assert [c.start for c in cues if c.article == "a2" and c.kind == "naming"] == [other.text.rindex("Velmora")]


def test_a_dateline_city_that_governs_itself_is_the_city_acting():
    wire = make("a1", "Harlow closes its old pier\nHARLOW, June 2 — The town of Harlow closed the pier on Monday.")
    other = make("a2", "Harlow decided to shut the pier after a storm. The mayor of Harlow visited it.")
    assert "Harlow" not in story_capitals([wire, other], load_lexicon())
    assert not naming(find_framing([wire, other]), "a2")


def test_a_capital_turned_into_another_place_is_the_place_itself():
    # what the place became ("a ghost town", "a building site"): the place described, no act of its government
    wire = make("a1", "Headline here\nVELMORA, March 3 — The Drisland government ordered the evacuation, officials said.")
    other = make("a2", "Velmora turned into a ghost town overnight. Velmora waited two days before asking for help.")
    cues = find_framing([wire, other])
    assert naming(cues, "a2") == ["Velmora"]
    assert [c.start for c in cues if c.article == "a2" and c.kind == "naming"] == [other.text.rindex("Velmora")]


def test_a_sentence_opening_name_with_an_age_is_no_dateline():
    a1 = make("a1", "Title\nMira Holm, 41, a teacher, said she waited.\nHolm said more.")
    assert story_capitals([a1], load_lexicon()) == {}


def test_the_naming_model_file_names_its_features_and_fit():
    model = naming_model()
    assert model["features"] == list(FEATURES)
    assert model["fit"]["leave_one_story_out"]["flagged"] > 0


def test_a_malformed_naming_model_fails_with_the_file(tmp_path, monkeypatch):
    from rashomon.comparison.framing import referents

    bad = tmp_path / "framing_naming_model.json"
    bad.write_text(json.dumps({"features": ["valence"], "weights": [1.0]}))
    monkeypatch.setattr("rashomon.comparison.framing.loaded_words.resources_path", lambda name: bad)
    referents.naming_model.cache_clear()
    try:
        with pytest.raises(LexiconError, match="framing_naming_model.json"):
            referents.naming_model()
    finally:
        referents.naming_model.cache_clear()


@pytest.mark.parametrize("text", ["", "12345 67890", "x" * 5000, "Москва сказала. 北京 said."])
def test_bad_text_gives_no_naming_cue_and_no_crash(text):
    a1, a2 = make("a1", text or " "), make("a2", "Plain text here.")
    cues = find_framing([a for a in (a1, a2) if a.sentences or not a.text.strip()])
    assert not naming(cues, "a1")


def test_our_before_a_referent_is_the_outlet_taking_a_side_but_not_its_own_staff():
    a1 = make("a1", "Our brave lads lost to the visitors. Our correspondent saw it. Sign up to our newsletter today. Our Harbour Summit opens in May.")
    a2 = make("a2", '"Our players did their best," the coach said. The home side lost.')
    cues = find_framing([a1, a2])
    assert naming(cues, "a1") == ["Our brave"]
    assert "one of the side" in next(c.note for c in cues if c.text == "Our brave")
    assert not naming(cues, "a2")  # inside a quotation: the speaker's "our"


def test_our_before_the_outlets_own_kind_is_the_outlet_itself():
    # a wire service telling who spoke to it: "our agency" is the outlet, not a side it takes
    a1 = make("a1", "The skipper spoke to our agency after the race. Our bureau in the port saw the boats return.")
    a2 = make("a2", "The skipper spoke to reporters after the race.")
    assert not naming(find_framing([a1, a2]), "a1")


def test_our_before_people_known_by_their_agent_ending_but_not_before_things():
    a1 = make("a1", "Our observers were sent out of the hall. The count ran late, and our numbers show a gap.")
    a2 = make("a2", "Party observers signed the protocol. The count ended at noon.")
    cues = find_framing([a1, a2])
    assert naming(cues, "a1") == ["Our observers"]  # "numbers": the ending, but no people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cup was lost, and our rowers had trained all winter for it.", ["our rowers"]),  # OEWN: person only
        ("Prices rose again, and our shopkeepers were the first to feel it.", ["our shopkeepers"]),
        ("The mill closed, owned by our industrialist Tomas Werle since 2001.", ["our industrialist"]),
        ("The dog ran off, and our quarry had a head start.", []),  # "quarry": an animal or a pit too
        ("Since June the residents of our town have waited for the road.", []),  # a place, not people
        ("Our beloved harbour reopened at last.", []),  # "beloved": an adjective first, not the noun named
        ("The pumps were tested in May. Read our guide to the tests.", []),  # a guide the outlet wrote
    ],
)
def test_our_before_a_noun_that_oewn_knows_only_as_people(text, expected):
    a1 = make("a1", text)
    a2 = make("a2", "The plain report of the same day, with no side taken.")
    assert naming(find_framing([a1, a2]), "a1") == expected


def test_a_title_of_deference_standing_for_a_name():
    a1 = make("a1", "Leader of the Nation thanks the army. His Majesty the King received the envoy. Guards shut the residence of the Head of State.")
    a2 = make("a2", "President Aro thanked the army.")
    assert naming(find_framing([a1, a2]), "a1") == ["Leader of the Nation", "His Majesty the King"]


def test_a_vague_noun_for_the_event_that_no_other_outlet_uses():
    a1 = make("a1", "The ferry sank on Monday. Officials called the maritime incident regrettable.")
    a2 = make("a2", "Forty people drowned when the ferry sank in the shipwreck on Monday.")
    a3 = make("a3", "The shipwreck, an incident the port had feared, killed forty people on Monday.")
    assert naming(find_framing([a1, a2]), "a1") == ["maritime incident"]
    assert not naming(find_framing([a1, a3]), "a1")  # another outlet says "incident" too


def test_a_vague_noun_after_any_or_no_is_any_such_event_not_a_name_for_this_one():
    a1 = make("a1", "The ferry sank on Monday. Any maritime incident must be reported within a day.")
    a2 = make("a2", "Forty people drowned when the ferry sank in the shipwreck on Monday.")
    assert not naming(find_framing([a1, a2]), "a1")



def test_a_vague_noun_after_a_measure_of_the_event_is_no_soft_name():
    a1 = make("a1", "Dockers walked out on Monday. The three-day stoppage closed the port.")
    a2 = make("a2", "Dockers began a strike on Monday that closed the port.")
    assert not naming(find_framing([a1, a2]), "a1")
    a1 = make("a1", "Dockers walked out on Monday. The work stoppage closed the port.")
    assert naming(find_framing([a1, a2]), "a1") == ["work stoppage"]


def test_a_place_after_of_is_the_place_itself_not_its_government():
    wire = make("a1", "Headline here\nVELMORA, March 3 — Customs officers at the port of Velmora have seized a shipment.")
    other = make("a2", "The shipment was stopped. Velmora waited two days before saying so.")
    cues = find_framing([wire, other])
    assert not naming(cues, "a1")  # the officers seized it, "of Velmora" says where
    assert naming(cues, "a2") == ["Velmora"]


def test_a_plural_or_a_counted_vague_noun_is_a_class_of_events_not_a_name_for_this_one():
    a2 = make("a2", "Forty people drowned when the ferry sank in the shipwreck on Monday.")
    a1 = make("a1", "The ferry sank on Monday. It is the first maritime incident this year; inspectors check open events.")
    assert not naming(find_framing([a1, a2]), "a1")


def test_a_vague_noun_a_word_of_counting_modifies_counts_events_and_names_none():
    a2 = make("a2", "The old bridge fell into the river on Friday after the flood.")
    a1 = make("a1", "The old bridge fell on Friday. Engineers think the piers gave way in a single event, "
              "and a separate incident damaged the ramp.")
    assert not naming(find_framing([a1, a2]), "a1")
    a1 = make("a1", "The old bridge fell on Friday. Engineers called it a structural event.")
    assert naming(find_framing([a1, a2]), "a1") == ["structural event"]


def test_a_vague_noun_a_superlative_ranks_is_a_class_of_events_not_a_name_for_this_one():
    a2 = make("a2", "Nine people died in the crush at the fairground on Sunday.")
    a1 = make("a1", "Nine people died at the fairground on Sunday. It was the worst accident at a public event "
              "in the province since 1998, and the biggest outdoor gathering the town had hosted.")
    assert not naming(find_framing([a1, a2]), "a1")
    a1 = make("a1", "Nine people died at the fairground on Sunday. The mayor regretted the public event.")
    assert naming(find_framing([a1, a2]), "a1") == ["public event"]  # no rank: the outlet's name for it


def test_a_superlative_is_an_est_form_of_an_adjective_not_a_word_of_its_own():
    from rashomon.comparison.framing.referents import superlative

    assert all(superlative(w) for w in ("deadliest", "largest", "biggest", "worst", "safest"))
    assert not any(superlative(w) for w in ("modest", "forest", "honest", "interest", "protest", "west"))


def test_capitals_on_a_line_all_in_capitals_mark_nothing():
    header = ("Port closed after storm\nKELVORAN NEWS AGENCY (KNA)\n"
              "The port of Dunmarsh was closed on Monday after a storm damaged two cranes, officials said.")
    a1 = make("a1", header)
    a2 = make("a2", "The port of Dunmarsh shut on Monday when a storm hit two cranes, the harbour office said.")
    assert not naming(find_framing([a1, a2], []), "a1")  # the agency's name in its own capitals
    assert capitals_line(header, header.index("KELVORAN")) and not capitals_line(header, header.index("Dunmarsh"))
    shouted = "Officials STILL have no plan for the KELVORAN port."
    assert not capitals_line(shouted, shouted.index("KELVORAN"))  # capitals against the outlet's own text


def test_a_compound_of_ownership_states_a_fact_and_weighs_nothing():
    a1 = make("a1", "The city-owned harbour company said on Monday it would sell two ferries.")
    a2 = make("a2", "The harbour company will sell two ferries, it said on Monday.")
    cues = find_framing([a1, a2], [])
    assert not any("city-owned" in t for t in naming(cues, "a1"))
    # a coined compound that judges is still weighed
    a3 = make("a3", "The greed-soaked harbour company said on Monday it would sell two ferries.")
    assert any("greed-soaked" in t for t in naming(find_framing([a3, a2], []), "a3"))


def test_a_name_and_its_past_verb_before_a_referent_are_no_modifiers_of_it():
    # "Marvella alerted police": a subject and its verb, the referent noun the verb's object
    a1 = make("a1", "Marvella alerted police on Monday. Later that day Marvella notified regulators as well.")
    assert [c.words for c in candidates(a1, [], [])] == []
    # a participle OEWN knows as an adjective stays a modifier ("Frightened residents")
    a2 = make("a2", "Frightened residents left the valley on Monday.")
    assert ("Frightened",) in [c.words for c in candidates(a2, [], [])]
