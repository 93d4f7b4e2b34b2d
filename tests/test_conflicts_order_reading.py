"""What orders of events a sentence tells (conflicts/order_reading.py)."""

from rashomon.comparison.conflicts.order_reading import follow_ups, order_relations


def test_relations_read_from_every_connective():
    (follows,) = order_relations("The approval follows a unanimous vote by the advisory committee on May 28.")
    assert "vote" in follows.first and "approve" in follows.then
    (opening,) = order_relations("After the approval, the advisory committee will still vote on the age range.")
    assert "approve" in opening.first and "vote" in opening.then
    (which,) = order_relations("The engine shut down 94 seconds in, after which the vehicle began to tumble.")
    assert "engine" in which.first and "tumble" in which.then


def test_places_and_clock_times_set_off_by_commas_are_skipped_for_the_clause():
    # "at about 3:40 p.m., ten minutes before ...": the colon of a clock ends no clause, and the
    # place and the time between commas tell no event; the clause before them does
    text = ("The roof collapsed at the north end of the hall, near the stage, at about 3:40 p.m., "
            "ten minutes before the concert.")
    (order,) = order_relations(text)
    assert {"collaps", "roof"} <= order.first and "concert" in order.then


def test_the_first_few_of_many_is_no_ordinal_of_an_event():
    (order,) = order_relations("The alarm rang out before the gas reached the first houses.")
    assert order.then_ordinal == 0 and "gas" in order.then


def test_two_connectives_of_opposite_sense_side_by_side_tell_no_order():
    assert not order_relations("The gang boss hanged himself in his cell after hours before he was arrested in a raid.")
    # two clauses, each with its connective, still tell their orders
    assert order_relations("The engine shut down 94 seconds after liftoff, after which the vehicle began to tumble.")


def test_the_first_of_several_events_is_an_ordinal_not_first_then():
    (order,) = order_relations("The alarm was ringing before the first blast, and the crew followed its drill to the gate.")[:1]
    assert order.connective == "before" and order.then_ordinal == 1
    assert not [o for o in order_relations("The alarm was ringing before the first blast, and the crew followed its drill.")
                if o.connective == "first … then"]


def test_followed_by_puts_what_comes_before_it_first():
    (order,) = order_relations("The lifeboat reached the reef within an hour, followed by a navy frigate.")
    assert "arrive" in order.first and "frigate" in order.then


def test_and_after_that_and_and_later_put_the_first_clause_first():
    (order,) = [o for o in order_relations("The pumps were stopped first, and after that the engineers opened the sluice.") if o.then]
    assert "pump" in order.first and "sluice" in order.then
    (later,) = order_relations("The curfew was lifted at dawn, and the markets opened about three hours later.")
    assert "curfew" in later.first and "market" in later.then
    (only,) = order_relations("The gang first forced the back door and only after disabled the cameras.")
    assert "door" in only.first and "camera" in only.then
    # "and" between two names joins no clauses
    assert not order_relations("She met Arlo and his brother a few days later at the harbour.")


def test_an_opening_connective_without_a_comma_splits_at_the_new_subject():
    (order,) = order_relations("Only after the collapse of the talks the mediators left Verrin.")
    assert "collapse" in order.first and "mediator" in order.then
    (named,) = order_relations("After the verdict Maddox spoke to reporters outside.")
    assert "verdict" in named.first and "^maddox" in named.then
    (before,) = order_relations("Even before the ceasefire began, the shelling stopped.")
    assert "shell" in before.first and "ceasefire" in before.then


def test_a_clock_time_after_the_connective_is_no_event():
    assert not order_relations("The guard saw him shortly after 3 p.m. and chased him.")


def test_a_sequence_names_its_words_as_written():
    (later,) = order_relations("The curfew was lifted at dawn, and the markets opened about three hours later.")
    assert later.word == "and … about three hours later"
    (then,) = [o for o in order_relations("The pumps were stopped first, and after that the engineers opened the sluice.") if o.then]
    assert then.word == "and after that"


def test_an_ing_word_before_a_noun_names_no_act():
    # "fishing boats" are what was warned, not fishing itself: the two sentences tell no reversed pair
    told = order_relations("The harbour office warned fishing crews before the storm reached the bay.")
    assert all("fish" not in o.first and "fish" not in o.then for o in told)
    # before a verb the -ing word is the act: "fishing resumed" is an event of the order
    resumed = order_relations("Prices at the market fell after fishing resumed.")
    assert any("fish" in o.first for o in resumed)


def test_a_time_after_until_bounds_a_state_and_orders_nothing():
    # "did not reopen until 16:20": how long the closure lasted, not which of two events came first
    assert not order_relations("The Dunmore bridge closed at 09:30 and did not reopen until 16:20 - a closure of almost seven hours.")
    assert not order_relations("The ferries did not sail until noon, the harbour master said.")
    assert not order_relations("The archive stayed shut and was not reopened until Friday.")
    # an event after "not until" is still an order; a day's event after "before" too
    (gas,) = order_relations("The sirens did not sound until the smoke had reached the school.")
    assert "smoke" in gas.first and "siren" in gas.then
    (vote,) = order_relations("The mayor resigned before Tuesday's vote on the budget.")
    assert "vote" in vote.then


def test_a_comma_inside_a_figure_ends_no_clause():
    # "2,400 residents": the order's first side is the whole clause, from "The storm" on
    text = "The storm forced the evacuation of 2,400 residents, hours before the river burst its banks."
    (order,) = order_relations(text)
    assert text[order.start :].startswith("The storm")
    assert "evacuated" in order.first and "river" in order.then


def test_a_connective_orders_the_conjunct_beside_it():
    # "the closure of the pier and a sweep of the dunes before the dog was caught": the sweep came
    # before the catch; the closure is not said to
    (order,) = order_relations("The storm forced the closure of the pier and a long sweep of the dunes before the stray dog was caught.")
    assert "sweep" in order.first and "pier" not in order.first and "closur" not in order.first


def test_an_ing_form_after_a_verb_of_beginning_is_the_act():
    (order,) = order_relations("After the crowd began hurling stones at the gate, the guards closed the square.")
    assert "hurl" in order.first
    (order,) = order_relations("The guards closed the square before the trading session.")
    assert "trad" not in order.then  # "trading session": what the session is


def test_in_response_to_and_prompted_order_their_clauses():
    (order,) = order_relations("The ministry shut the border crossing in response to the shelling of the village.")
    assert "shell" in order.first and "border" in order.then
    (order,) = order_relations("The storm flooded the lower town, prompting the evacuation of the clinic.")
    assert "flood" in order.first and "evacuated" in order.then
    (order,) = order_relations("The evacuation of the clinic was prompted by the flooding of the lower town.")
    assert "flood" in order.first and "evacuated" in order.then


def test_a_sentence_that_follows_the_one_before_it():
    before = "The harbour office closed nine piers on Monday after divers found a leaking hull."
    (order,) = follow_ups("A ban on sailing in the inner basin followed on Tuesday.", before, -len(before) - 1)
    assert "pier" in order.first and "ban" in order.then
    assert order.start == -len(before) - 1  # the evidence spans both sentences
    (order,) = follow_ups("The mayor responded by citing a flood report.", "Grell opened the hearing by attacking the dam contract.", -56)
    assert "contract" not in order.then and {"report", "^mayor"} & order.then or "report" in order.then
    # "followed by X" and "followed the vote" order their events inside the sentence
    assert not follow_ups("A ban on sailing followed the vote of the council.", before, -len(before) - 1)
    assert not follow_ups("The pier was closed after the ban on sailing.", before, -len(before) - 1)


def test_an_opening_adverb_of_time_points_at_the_sentence_before():
    before = "Police sealed the market square at noon."
    (order,) = follow_ups("Hours later, the crowd was dispersed with water cannon.", before, -len(before) - 1)
    assert "seal" in order.first and "dispers" in order.then
    (order,) = follow_ups("Two days before, the council had banned the march.", before, -len(before) - 1)
    assert "ban" in order.first and "seal" in order.then
    # a sentence before that tells no past act ("counts") is not what the adverb points at
    assert not follow_ups("Two days before, the council had banned the march.", "The square holds 5,000 people.", -31)


def test_once_with_a_clause_orders_it_first():
    (order,) = order_relations("Crews could reach the pier once the tide had turned.")
    assert "tide" in order.first and "pier" in order.then
    (order,) = order_relations("Once the levee was repaired, the residents returned to the village.")
    assert "levee" in order.first and "return" in order.then
    # "once" meaning formerly orders nothing
    assert not order_relations("The dock was once the busiest in the region.")
    assert not order_relations("The mill, once the largest employer in the valley, shut in 1990.")


def test_phrases_of_aftermath_put_what_follows_them_first():
    (order,) = order_relations("In the wake of the flooding, the council closed the riverside path.")
    assert "flood" in order.first and "path" in order.then
    (order,) = order_relations("The council closed the riverside path in retaliation for the protest.")
    assert "protest" in order.first and "path" in order.then


def test_an_adverb_that_stresses_the_order_after_a_comma_is_no_event():
    # "..., well before ...": the event that came first is the clause before the comma, not "well"
    for stress in ("well", "long", "just"):
        (order,) = order_relations(f"The ferry had left the harbour at noon, {stress} before the storm warning was issued.")
        assert {"ferry", "harbour"} <= order.first and stress not in order.first
        assert "storm" in order.then


def test_a_rule_that_was_followed_tells_no_order():
    # "followed" in the passive, with no "by", is "obeyed": no event came after another
    assert order_relations("The director said every safety rule had been followed to the letter.") == []
    assert order_relations("Shares fell after the fire; the company says its rules were followed") != []
    assert follow_ups("The inspectors said the rules were followed.", "The plant reopened on Monday.", -31) == []
    # the active verb still orders the sentence after the one before it
    assert follow_ups("A ban on fishing followed on Sunday.", "The council closed the beach.", -31) != []
def test_the_span_of_a_long_clause_runs_to_its_end_not_into_a_word():
    # the clause after "then" is longer than the reader's bound: the span (the side's evidence)
    # still ends where the clause ends, never inside a word
    text = ("The crew first sealed the leaking valve, then pumped the remaining fuel from the damaged tank "
            "into a waiting barge moored beside the Wrelham ferry terminal.")
    orders = [o for o in order_relations(text) if o.connective == "first … then"]
    assert orders and text[orders[0].start:orders[0].end].endswith("ferry terminal")
    text = ("Guards checked the gate, and after that the night shift unloaded every single crate of donated medicine "
            "and bottled water from the long convoy of lorries parked along the northern perimeter road near the old "
            "quarry, one by one.")
    (order,) = [o for o in order_relations(text) if o.connective == "and later"]
    assert text[order.start:order.end].endswith("near the old quarry")


def test_the_words_of_a_first_then_order_are_shown_as_written():
    # the side's value is what the sentence writes: "first … followed", not a label of the reading
    text = "The left barrier gave way first and the right one followed a minute later."
    (order,) = [o for o in order_relations(text) if o.connective == "first … then"]
    assert order.word == "first … followed"
    (order,) = [o for o in order_relations("The dogs first circled the field, then the handlers walked in.")
                if o.connective == "first … then"]
    assert order.word == "first … then"
