"""digest.tell: a clause told alone needs a verb to state anything."""

from rashomon.comparison.digest.tell import has_verb


def test_a_clause_needs_a_finite_verb_to_stand_alone() -> None:
    assert not has_verb("The harbour workers' union of the north")
    assert has_verb("The harbour workers' union called a strike")
    assert has_verb("The union has been on strike for a week")
    assert has_verb("The strike will end on Friday")


def test_a_second_reported_claim_after_and_that_is_a_clause_of_its_own() -> None:
    from rashomon.comparison.digest.tell import clauses

    said = "The coast guard said the trawler had sunk in heavy seas off the cape and that its crew had been reckless."
    assert [said[s:e] for s, e in clauses(said)] == [
        "The coast guard said the trawler had sunk in heavy seas off the cape", "its crew had been reckless."]
    # no verb of saying before it: "and that" joins two nouns, not two claims
    phrase = "The ferry and that trawler were both towed to port on Monday."
    assert clauses(phrase) == [(0, len(phrase))]


def test_a_member_naming_another_speaker_does_not_state_the_told_attribution() -> None:
    from rashomon.comparison.digest.tell import other_speaker

    told = "The pier was closed on Friday, the port authority said."
    assert other_speaker(told, "The pier was closed on Friday, fishermen said.")
    # the same speaker named another way, no speaker, or a pronoun: not another speaker
    assert not other_speaker(told, "The pier was closed on Friday, a port authority spokesman said.")
    assert not other_speaker(told, "The pier was closed on Friday.")
    assert not other_speaker(told, "The pier was closed on Friday, she said.")
    # a member naming the told speaker among others states it
    assert not other_speaker(told, "The pier was closed on Friday, the port authority said, and fishermen said the catch was lost.")
    # a told sentence with no speaker states none
    assert not other_speaker("The pier was closed on Friday.", "The pier was closed on Friday, fishermen said.")


def test_a_role_or_another_spelling_may_be_the_told_speaker() -> None:
    from rashomon.comparison.digest.tell import other_speaker

    told = "Work will resume in May, Brandvold said."
    # a role may stand for the person, a garbled spelling is one person, "officials" anyone's
    assert not other_speaker(told, "Work will resume in May, the minister said.")
    assert not other_speaker(told, "Work will resume in May, said Brandvoll.")
    assert not other_speaker(told, "Work will resume in May, officials said.")
    # a group of people, or another named person, is someone else
    assert other_speaker(told, "Work will resume in May, according to two engineers hired by the city.")
    assert other_speaker(told, "Work will resume in May, Karimova said.")


def test_a_member_that_does_not_quote_the_told_quotation_does_not_state_it() -> None:
    from rashomon.comparison.digest.tell import unstated

    told = "The baker said “it was pandemonium” as nine people were hurt when the bus left the road near Oskarby on Friday."
    assert unstated(told, "The bus left the road near Oskarby on Friday, injuring nine.") == "the quotation “it was pandemonium”"
    # the quotation's words written without quotation marks, or the sentence itself: stated
    assert unstated(told, "Nine were hurt when the bus left the road near Oskarby, a scene of pandemonium, the baker said.") == ""
    assert unstated(told, told) == ""
    # no quotation, no speaker named: nothing only one outlet gives
    assert unstated("The bus left the road near Oskarby on Friday.", "A bus crashed near Oskarby on Friday.") == ""
    # another speaker for the same words
    assert unstated("The road was closed for hours, the police said.", "The road was closed for hours, drivers said.") == "another speaker"
