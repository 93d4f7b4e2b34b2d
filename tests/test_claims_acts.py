from rashomon.comparison.claims.acts import active_act, done_act, read_acts


def _acts(text):
    return [(a.act, a.doer, a.thing) for a in read_acts(text)]


def test_a_passive_with_its_agent_names_the_doer_and_the_thing():
    assert _acts("A state commission headed by Director General Selvanov himself will report.") == [
        ("lead", "Director General Selvanov", "commission")
    ]
    assert _acts("He said a commission of inquiry led by chief designer Anton Weiss would report.") == [
        ("lead", "chief designer Anton Weiss", "commission")
    ]


def test_the_subject_of_a_passive_is_found_past_an_age_and_a_relative_clause():
    assert _acts("Stolyar, 47, who leads the Civic Front, was detained by city police officers near the square.") == [
        ("detain", "city police officers", "stolyar")
    ]
    assert _acts("Yevgeny Stolyar, the leader of the Civic Front, was snatched by masked agents as he walked.") == [
        ("detain", "masked agents", "stolyar")
    ]


def test_a_denied_doer_is_no_doer():
    assert _acts("The clean-up is being run not by the coastguard but by contractors.") == [("lead", "contractors", "clean-up")]


def test_a_cleft_and_an_active_verb_after_a_name():
    assert _acts("It was Governor Priya Venkaran, not Sethurai, who ordered the coastal evacuation.") == [
        ("order", "Governor Priya Venkaran", "evacuation")
    ]
    text = "Minera Altoquivi has paused production at its copper mine."
    act = active_act(text, 0, len("Minera Altoquivi"))
    assert (act.act, act.doer, act.thing) == ("stop", "Minera Altoquivi", "production")


def test_a_sentence_without_an_act_gives_none():
    assert _acts("The weather was fine and the square was calm.") == []


def test_an_inquiry_set_going_an_act_under_way_and_a_sentence_opener():
    assert _acts("The probe was started upon a report of the Audit Office which found irregularities.") == [
        ("cause", "the Audit Office", "probe")
    ]
    assert _acts("Worse, the clean-up is being run not by the navy but by contractors of the owner.") == [
        ("lead", "contractors of the owner", "clean-up")
    ]
    text = "The Harbour Authority is leading the clean-up with 200 workers."
    act = active_act(text, 4, 21)
    assert act is not None and (act.act, act.thing) == ("lead", "clean-up")


def test_a_body_opening_the_sentence_is_the_doer_of_its_act():
    assert _acts("The fire brigade ordered the evacuation of the streets near the depot.") == [("order", "fire brigade", "evacuation")]
    assert _acts("The blaze started a second fire in the warehouse.") == []  # a fire is no doer
    assert _acts("Most residents ordered taxis.") == []  # not a body named after "the"



def test_a_body_reporting_an_act_is_not_its_doer():
    assert _acts("The council says surveyors found a leak in the dam wall.") == [("find", "surveyors", "leak")]


def test_only_people_or_a_body_opening_the_sentence_do_an_act():
    # the thesaurus tells things and events (no hand list of them) from people and bodies
    assert _acts("The landslide closed the mountain road for a week.") == []
    assert _acts("The ferry stopped the crossing at noon.") == []
    assert _acts("The municipality closed the mountain road for a week.") == [("stop", "municipality", "road")]
    assert _acts("The rangers closed the mountain road for a week.") == [("stop", "rangers", "road")]


def test_the_act_a_verb_told_as_done_names():
    assert done_act("halted") == done_act("suspended") != ""  # one class of one meaning
    assert done_act("opened") == "=open" and done_act("flew") == "=fly"
    # no act: a reporting verb, an auxiliary, a compound, a word in -ed that is no verb
    assert not any(done_act(w) for w in ("said", "had", "so-called", "hundred", "open"))


def test_a_name_after_a_body_and_a_preposition_places_the_doer():
    # "Rangers in Castelby seized": the rangers seized, Castelby says where they serve
    text = "Rangers in Castelby have seized two boats of the poachers."
    act = active_act(text, len("Rangers in "), len("Rangers in Castelby"))
    assert act is not None and act.doer == "Rangers in Castelby"
    # a name opening the sentence stays the doer; a thing before the preposition ("the harbour
    # at Castelby") is no doer to move to
    assert active_act("Castelby has seized two boats of the poachers.", 0, len("Castelby")).doer == "Castelby"
    text = "The harbour at Castelby has closed its gates to the trawlers."
    act = active_act(text, len("The harbour at "), len("The harbour at Castelby"))
    assert act is not None and act.doer == "Castelby"


def test_a_verb_of_two_words_after_a_name_is_read_whole():
    # a two-word verb of the act lists ("set off") is looked up whole, not by its last word
    text = "Tarnwick Rovers set off a row over ticket prices last week."
    act = active_act(text, 0, len("Tarnwick Rovers"))
    assert act is not None and act.act == "cause" and act.verb == "set off"


def test_an_act_under_way_is_read_by_its_last_word():
    act = active_act("Dr Okafor is leading the inquiry into the spill.", 0, len("Dr Okafor"))
    assert act is not None and act.act == "lead"
