from rashomon.comparison.claims.frames import read_frames


def _frames(text):
    return [(a.act, a.doer, a.thing) for a in read_frames(text)]


def test_an_active_verb_after_its_subject():
    assert _frames("Navy divers cleared a channel through the wreckage.") == [("=clear", "Navy divers", "channel")]


def test_the_subject_starts_after_a_reporting_verb_and_past_a_participle_phrase():
    assert _frames("The mayor said firefighters had dismantled the fence near the depot.") == [("=dismantl", "firefighters", "fence")]
    assert _frames("By noon, guards hired by the owners had blocked the ramp.") == [("block", "guards", "ramp")]


def test_a_verb_after_and_keeps_the_subject_of_the_verb_before_it():
    assert ("=lower", "a crew of the port authority", "boom") in _frames(
        "At dawn a crew of the port authority reached the dock and lowered a boom across the inlet."
    )


def test_a_passive_with_its_agent_and_a_cleft():
    assert _frames("Witnesses said the old bridge had been blocked by soldiers.") == [("block", "soldiers", "bridge")]
    assert _frames("It was the harbour pilots who towed the barge to safety.") == [("=tow", "the harbour pilots", "barge")]


def test_who_ordered_a_thing_acted_on():
    assert ("=drain", "The council", "reservoir") in _frames("The council ordered the old reservoir to be drained last week.")


def test_no_frame_for_a_pronoun_a_name_acted_on_or_a_verb_inside_the_subject():
    assert _frames("They cleared a channel through the wreckage.") == []
    assert _frames("Rescuers thanked Borvik for its help.") == []  # many may thank one party
    assert _frames("He had knocked down Ortiz in the third round with successive left hooks.") == []


def test_who_first_noticed_a_thing_however_worded():
    assert _frames("The leak was first noticed by dock workers on Sunday.") == [("first noticed", "dock workers", "leak")]
    assert _frames("The leak was first reported by harbour pilot Jon Vell.") == [("first noticed", "harbour pilot Jon Vell", "leak")]


def test_no_thing_in_a_particle_a_pronoun_or_a_relative_clause():
    assert _frames("The old skipper passed away in his sleep.") == []
    assert _frames("The owners dumped him after the season.") == []
    assert _frames("The chapel she attends was damaged by vandals.") == []


def test_a_participle_with_its_agent_on_the_noun_before_it():
    assert _frames("The survey, commissioned by the harbour board, found cracks in the pier.") == [
        ("=commission", "harbour board", "survey")
    ]
    assert _frames("A bus chartered by the ferry company took the stranded passengers home.") == [("=charter", "ferry company", "bus")]


def test_a_participle_after_a_time_or_a_phrase_on_another_noun_is_not_read():
    assert _frames("The climbers came down on Sunday evening, guided by mountain rescuers.") == []
    assert _frames("Residents gathered outside the town hall, watched by police.") == []


def test_the_agent_stops_before_a_phrase_on_it_and_is_never_a_date():
    assert _frames("The search, led by a team of the Coast Guard acting on a tip, ended at dawn.") == [
        ("lead", "team of the Coast Guard", "search")
    ]
    assert _frames("Engineers said the line had been restored by December 3.") == []


def test_a_causative_or_a_verb_kept_last_acts_through_the_subject_of_the_auxiliary():
    assert ("=hand", "The governor Ada Prell", "letter") in _frames(
        "The governor Ada Prell had the visiting envoy formally received and handed over the letter, aides said."
    )
    assert _frames("The port agency has on Friday the Orlen-pier for all ships closed, after divers found damage.")[:1] == [
        ("stop", "The port agency", "pier")
    ]
    assert _frames("The farmers had their barns flooded, neighbours said.") == []  # done to them, not by them
    assert _frames("The village had a school destroyed, residents said.") == []
    assert _frames("The port agency has closed the pier.") == [("stop", "The port agency", "pier")]


def test_a_passive_going_on_after_and_with_the_thing_given_and_its_agent():
    assert _frames("The envoy was called to the palace at noon and given the reply by Chancellor Ivo Brandt.") == [
        ("=giv", "Chancellor Ivo Brandt", "reply")
    ]
    assert _frames("The envoy was called to the palace and fined the next day by the guards.") == []


def test_the_subject_past_a_relative_clause_or_an_apposition():
    assert _frames("The new owners of the mill, who took over in May, closed the old canteen.") == [
        ("stop", "The new owners of the mill", "canteen")
    ]
    assert _frames("The harbour master, Lena Odd, sealed the north dock.") == [("=seal", "Lena Odd", "dock")]


def test_an_acronym_is_no_pronoun():
    assert _frames("The bank's IT staff traced the fault.") == [("=trac", "The bank's IT staff", "fault")]
    assert _frames("The climber was flown to the valley and pronounced dead by medics.") == []


def test_an_act_told_as_decided_is_the_deciders_act():
    assert ("stop", "The harbour board", "marina") in _frames("The harbour board decided to close the marina after the storm.")
    assert ("=sell", "The parish council", "farmhouse") in _frames("The parish council took the decision to sell the farmhouse.")
    assert ("stop", "the county sheriff", "schools") in _frames("The decision to shut the schools was taken by the county sheriff on Friday.")


def test_an_act_ordered_done_by_a_participle_is_the_orderers_act():
    assert ("stop", "The water board", "pools") in _frames("The water board ordered two public pools in Marsby closed for a week.")


def test_an_act_tried_or_refused_is_no_act_done():
    assert _frames("The harbour board tried to close the marina.") == []
    assert _frames("The harbour board refused to close the marina.") == []


def test_no_act_from_a_participle_on_another_noun_or_a_decision_against_it():
    assert ("=sentenc", "The panel", "penalty") not in _frames("The panel ordered a penalty for a driver sentenced to prison.")
    assert _frames("The harbour board decided to not close the marina.") == []
    assert ("=dredg", "The harbour board", "channel") in _frames("The harbour board voted to quickly dredge the channel.")
    assert _frames("Somebody decided to close the marina.") == []


def test_a_passive_agent_after_a_time_and_a_place():
    from rashomon.comparison.claims.frames import read_frames

    (act,) = read_frames("The monument was cleaned early on Sunday by volunteers.")
    assert (act.doer, act.thing) == ("volunteers", "monument")
    assert not read_frames("The monument was cleaned on Sunday after the rain stopped by the river.")


def test_a_group_of_people_may_act():
    from rashomon.comparison.claims.frames import read_frames

    (act,) = read_frames("The banner was painted by a group of pupils.")
    assert act.doer == "group of pupils"


def test_a_person_is_what_one_hand_detains_or_dismisses():
    from rashomon.comparison.claims.frames import read_frames

    assert [a.thing for a in read_frames("The board sacked the coach Ilan Berger on Monday.")] == ["berger"]
    assert not read_frames("The board praised the coach Ilan Berger on Monday.")


def test_an_apposition_names_a_subject_only_described():
    from rashomon.comparison.claims.frames import read_frames

    assert [a.doer for a in read_frames("Its founder, the chemist Ada Rusk, sold the patent in 1990.")] == ["the chemist Ada Rusk"]
    assert [a.doer for a in read_frames("The new tenants, who moved in last week, painted the fence.")] == ["The new tenants"]


def test_the_speaker_tells_their_own_act():
    from rashomon.comparison.claims.frames import read_frames

    assert [a.doer for a in read_frames("The agency said on Monday that it had returned the mask.")] == ["The agency"]
    assert [a.doer for a in read_frames("The union says it has closed the office.")] == ["The union"]


def test_a_word_telling_how_the_agent_acted_closes_its_name():
    assert _frames("The permit was signed by Governor Ruth Amsel alone on Friday.") == [("=sign", "Governor Ruth Amsel", "permit")]
    assert _frames("The petition had been filed by a group of tenants together with two charities.") == [
        ("=fil", "group of tenants", "petition")
    ]
    assert not read_frames("The permit was signed by the weather alone.")


def test_what_was_acted_on_ends_before_a_word_telling_how():
    assert _frames("The council approved the plan together with the regional board.") == [("approve", "The council", "plan")]
