from rashomon.comparison.conflicts.order_reading import order_relations
from tests.conftest import conflicts_of
from tests.conflict_helpers import two_article_conflicts


def test_the_same_two_events_reversed_is_one_order_conflict():
    conflicts, _ = two_article_conflicts(
        "The approval follows a unanimous vote by the board's advisory committee on May 28.",
        "After the approval, the board's advisory committee will still vote on the age range.",
    )
    (found,) = [c for c in conflicts if c.kind == "order"]
    assert {s.article for s in found.sides} == {"a1", "a2"}
    assert all(s.start < s.end for s in found.sides)
    # the events are named in the articles' words, never as stems
    named = found.explanation.split("(", 1)[1].split(")", 1)[0].split(", ")
    assert named and all(word in "".join(s.text for s in found.sides).lower() for word in named)


def test_an_event_in_another_clause_is_not_the_connectives():
    conflicts, _ = two_article_conflicts(
        "Shares in other lenders fell sharply on Friday before the takeover was announced.",
        "After the takeover, the bank's chief executive announced his resignation.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_a_connective_after_a_comma_orders_the_clause_before():
    (order,) = order_relations("The chief executive resigned on Friday afternoon, hours before the regulator stepped in.")
    assert "resign" in order.first and "takeover" in order.then
    conflicts, _ = two_article_conflicts(
        "The chief executive resigned on Friday afternoon, hours before the regulator stepped in.",
        "After the takeover, the bank's chief executive announced his resignation.",
    )
    assert [c for c in conflicts if c.kind == "order"]


def test_who_acted_and_where_tell_no_event_apart():
    conflicts, _ = two_article_conflicts(
        "Mounted police restore order after chaos at the east gates",
        "The crush happened at an entrance on the east side of the ground, after the gates were closed by police.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_a_passive_aside_before_the_connective_is_skipped_for_its_clause():
    text = "Families were already gathering at the mine gate, alerted by miners, before the company informed the ministry."
    (order,) = order_relations(text)
    assert "gather" in order.first and "inform" in order.then
    assert text[order.start :].startswith("Families")
    conflicts, _ = two_article_conflicts(
        "The company said it had alerted the ministry within an hour, before families began gathering at the mine gate.",
        text,
    )
    assert [c for c in conflicts if c.kind == "order"]


def test_a_relative_aside_and_a_stressing_adverb_before_the_connective_are_skipped():
    # ", which runs 12 clinics in the valley, even before ...": the order is the main clause's
    text = ("The health board closed the Holt ward, which runs 12 clinics in the valley, "
            "even before the inspectors had visited the building.")
    (order,) = order_relations(text)
    assert {"clos", "ward"} & order.first and "inspector" in order.then
    conflicts, _ = two_article_conflicts(
        "The health board closed the Holt ward after the inspectors had visited the building.",
        text,
    )
    assert [c for c in conflicts if c.kind == "order"]


def test_the_kick_off_is_the_start_of_the_match():
    conflicts, _ = two_article_conflicts(
        "The fence at the Holt ground gave way shortly before the kick-off, the club said.",
        "Supporters said the fence at the Holt ground gave way well after the match had begun.",
    )
    assert [c for c in conflicts if c.kind == "order"]


def test_not_until_puts_what_follows_first():
    # "did not ring until the gas was inside" against "rang before the gas reached the houses"
    conflicts, _ = two_article_conflicts(
        "The alarm bells at the Holt works rang out at 4 a.m., before the gas reached the first houses.",
        "Residents say the alarm bells at the Holt works did not ring until the gas was already in their homes.",
    )
    assert [c for c in conflicts if c.kind == "order"]
    # a plain "until" tells how long, and "not ... before" is "not until": no reversal
    assert not order_relations("The crews worked until the gas was cleared from the houses.")
    conflicts, _ = two_article_conflicts(
        "We will not leave the works until every tank has been checked, the manager said.",
        "The manager said: we do not leave the works before every tank is checked.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_what_came_first_against_first_and_followed():
    single = "The locomotive appeared to have left the rails first, investigators said."
    (order,) = order_relations(single)
    assert "locomotive" in order.first and not order.then
    assert not order_relations("He was the first to arrive at the derailed train.")
    followed = "The last two carriages of the train left the rails first and the locomotive followed seconds later, witnesses said."
    (order,) = order_relations(followed)
    assert "carriag" in order.first and order.then == {"locomotive"}
    conflicts, _ = two_article_conflicts(single, followed)
    (found,) = [c for c in conflicts if c.kind == "order"]
    assert "locomotive" in found.explanation


def test_by_the_time_had_already_against_as_it_arrived():
    (order,) = order_relations("By the time the patrol reached the area, the boat had already capsized.")
    assert "capsize" in order.first and "arrive" in order.then
    assert not order_relations("By the time the patrol reached the area, the boat capsized.")
    conflicts, _ = two_article_conflicts(
        "As the patrol came alongside the migrant boat, people moved to one side and the boat capsized.",
        "By the time the patrol reached the migrant boat, the boat had already capsized.",
    )
    assert [c for c in conflicts if c.kind == "order"]
    # "When X, Y" stands only against "by the time ... already", never against "before" / "after"
    conflicts, _ = two_article_conflicts(
        "When the patrol came alongside the migrant boat, people moved to one side and the boat capsized.",
        "The migrant boat capsized before the patrol arrived alongside, people said.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_a_third_article_telling_one_sides_order_joins_it():
    conflicts = conflicts_of(
        "As the patrol came alongside the migrant boat, people moved to one side and the boat capsized.",
        "By the time the patrol reached the migrant boat, the boat had already capsized.",
        "When the patrol boat came near to the migrant boat, the people moved to one side and it turned over.",
    )
    (found,) = [c for c in conflicts if c.kind == "order"]
    groups = {s.article: s.group for s in found.sides}
    assert groups.keys() == {"a1", "a2", "a3"} and groups["a3"] == groups["a1"] != groups["a2"]
    # each side's value names the time it tells, so the digest can cite it
    assert all(len(s.value.split()) > 1 for s in found.sides)



def test_a_third_side_telling_the_event_in_other_words_widens_the_label():
    # a2 joins a1 on "harbour" and the leak found, but tells the arrival as "towage": the label
    # names the event in its words too, so the digest's sentence on the conflict speaks for it
    conflicts = conflicts_of(
        "A leak about a metre long was discovered in the hull during a check after the tanker reached the harbour, the port captain told reporters.",
        "The tanker Solvik has suffered damage: its steel hull was found leaking after towage to the harbour of Brenna on Friday.",
        "According to a deckhand on the tug alongside, the leak was noticed out at sea before the tanker ever reached the harbour.",
    )
    (found,) = [c for c in conflicts if c.kind == "order"]
    assert {s.article for s in found.sides} == {"a1", "a2", "a3"}
    named = {w for part in found.explanation.split("(", 1)[1].split(")", 1)[0].split(", ") for w in part.split("/")}
    assert "towage" in named and "reached" in named

def test_a_span_of_the_calendar_is_no_event():
    # "the season" in both is when, not what: the firing and the hiring are two events
    conflicts, _ = two_article_conflicts(
        "Harlan has been fired as head coach of the Otters following the club's poor start to the season.",
        "The former Otters guard came back to the city to assume coaching duties prior to the 2005 season.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_ordinals_decide_whether_before_one_and_after_another_contradict():
    before_first = "The alarm at the depot was ringing before the first blast, the operator said."
    after_second = "Neighbours said the alarm at the depot rang only after the second explosion."
    conflicts, _ = two_article_conflicts(before_first, after_second)
    assert [c.kind for c in conflicts if c.kind == "order"] == ["order"]
    # before the second blast and after the first can both be true: no finding
    conflicts, _ = two_article_conflicts("The alarm at the depot was ringing before the second blast, the operator said.",
                              "Neighbours said the alarm at the depot rang only after the first explosion.")
    assert not [c for c in conflicts if c.kind == "order"]
    # an ordinal on one side only leaves the order open
    conflicts, _ = two_article_conflicts(before_first, "Neighbours said the alarm at the depot rang only after the explosion.")
    assert not [c for c in conflicts if c.kind == "order"]


def test_an_abbreviation_ends_no_clause_of_an_order():
    # "p.m." holds full stops; the clause before "after" is still the reading out of the result
    (order,) = order_relations("The clerk read out the result at 6 p.m., after the observers had signed the protocol.")
    assert "sign" in order.first and "result" in order.then
    conflicts, _ = two_article_conflicts(
        "The clerk read out the result at 6 p.m., after the observers had signed the protocol.",
        "The clerk read out the result before the observers had signed the protocol.",
    )
    assert [c.kind for c in conflicts if c.kind == "order"] == ["order"]


def test_a_shared_participant_shows_an_event_told_in_other_words():
    conflicts, _ = two_article_conflicts(
        "Mayor Orbeck addressed the council shortly before the vote on the bridge budget.",
        "After the vote on the bridge budget Orbeck spoke to the assembly for ten minutes.",
    )
    (found,) = [c for c in conflicts if c.kind == "order"]
    assert "Orbeck" in found.explanation


def test_names_alone_order_two_acts_only_when_the_act_is_shared():
    # the act is written once for both vessels: the names tell the two events apart
    conflicts, _ = two_article_conflicts(
        "Coast guards said the Halvard Dun was searched first and the Ostmarken about an hour later.",
        "The patrol first searched the Ostmarken and afterwards the Halvard Dun, according to the coast guards.",
    )
    assert [c for c in conflicts if c.kind == "order"]
    # a town and a firm named in two different orders show no event
    conflicts, _ = two_article_conflicts(
        "Shares in Tellam Foods fell sharply on Monday after a fire at the dairy in Brosk.",
        "Smoke spread over the town of Brosk after the dairy of Tellam Foods caught fire on Monday night.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_a_name_on_the_same_side_in_both_orders_tells_no_reversal():
    conflicts, _ = two_article_conflicts(
        "The champion won by knocking down Vasquez once before the referee stopped the bout in the fifth round.",
        "After knocking down Vasquez in the fourth round the champion needed little time to finish it in the fifth.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_one_event_told_alike_and_the_other_in_other_words_is_an_order_conflict():
    # the vault told alike (act and object), the outage in other words ("power" / "electric")
    conflicts, _ = two_article_conflicts(
        "The burglars shut off power to the bank's annex before drilling through the vault door, the police said.",
        "Investigators believe the gang first drilled the vault door of the annex and only after disconnected the electric supply.",
    )
    (found,) = [c for c in conflicts if c.kind == "order"]
    assert "power/electric" in found.explanation


def test_a_single_shared_word_asks_for_no_match_by_meaning():
    # "the tracks" alone shows no event: "train" / "locomotive" are near in meaning, not one event
    conflicts, _ = two_article_conflicts(
        "Four carriages left the tracks at 7:50, shortly after the train crossed the river bridge.",
        "Witnesses said the rear carriages jumped the tracks first and the locomotive followed seconds later.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_a_garbled_name_meets_its_right_spelling():
    from rashomon.comparison.conflicts.order import _meet

    assert _meet(frozenset({"^nordvaldsen"}), frozenset({"^nordvaldson"})) == {"^nordvaldsen"}
    assert not _meet(frozenset({"^nordvaldsen"}), frozenset({"^norberg"}))


def test_how_long_a_halt_lasted_is_no_order_against_its_cause():
    # "halted for six hours after a fault in its signalling system" / "the signalling system failed
    # at 08:10 and did not come back until 14:15": one halt, its cause and its length; the two
    # sentences tell no reversed pair of events
    conflicts, _ = two_article_conflicts(
        "Service on the Larrow tramway was halted for six hours on Monday after a fault in its signalling system.",
        "The Larrow tramway's signalling system failed at 08:10 on Monday and did not come back until 14:15 - a halt of six hours.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_a_plan_after_an_act_stands_against_no_told_order_of_that_act():
    told = "Mayor Ostrand thanked the harbour volunteers on Friday, before the new budget for the harbour was announced."
    # one act both connectives are said of ("before it was announced" / "an hour after ... announced")
    conflicts, _ = two_article_conflicts(
        told, "Ostrand met the harbour volunteers on Friday an hour after the council announced the new budget for the harbour.",
    )
    assert [c for c in conflicts if c.kind == "order"]
    # "will be made after ... is announced" tells what is to come: no order of what happened
    conflicts, _ = two_article_conflicts(
        told, "Harbour sources said a review of the moorings will be made after the new budget for the harbour is announced.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_claim_orders_keep_the_claims_that_tell_an_order_with_their_orders():
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts.order import claim_orders
    from tests.conftest import make_article

    claims = extract_claims([make_article("a1", "The chief executive resigned hours before the regulator stepped in. "
                                                "The shares fell by a third.")])
    related = claim_orders(claims)
    assert [c.text for c, _ in related] == ["The chief executive resigned hours before the regulator stepped in."]
    assert related[0][1] == order_relations(related[0][0].text)


def test_a_preposition_of_place_tells_no_event():
    # "above" places the stranding and the hanging alike; the lift is a participant of the rescue
    # and of the stop: no two events are shared, so nothing is reversed
    stranded = "Ski lift passengers rescued after five hours stranded above Marlow."
    stopped = "Dozens of skiers were left hanging above a frozen lake for hours on Sunday after a ski lift stopped dead in the resort."
    (order,) = order_relations(stranded)
    assert "strand" in order.first and "above" not in order.first
    conflicts, _ = two_article_conflicts(stranded, stopped)
    assert not [c for c in conflicts if c.kind == "order"]


def test_a_reply_told_against_the_sentence_before_it_is_an_order():
    conflicts, _ = two_article_conflicts(
        "Grell opened the hearing by attacking the dam contract. Osk responded by citing a flood report.",
        "After Osk quoted the flood report, Grell hit back with an attack on the dam contract.",
    )
    (found,) = [c for c in conflicts if c.kind == "order"]
    side = next(s for s in found.sides if s.article == "a1")
    assert side.text.startswith("Grell opened") or "responded" in side.text


def test_a_sentence_after_a_quotation_is_ordered_against_nothing():
    conflicts, _ = two_article_conflicts(
        "\"Keep off the piers,\" the harbour master said. A ban on sailing followed on Tuesday.",
        "Sailing was banned before the harbour master warned people off the piers.",
    )
    assert not [c for c in conflicts if c.kind == "order"]


def test_an_article_beside_its_own_copy_has_no_order_conflict():
    # one sentence read as two opposed orders ("before half-time ... after the break") must not
    # set the article against its own copy
    text = ("Dunmore had taken the lead through Ivo Brandt in the 12th minute, Kessel equalised before "
            "half-time and Brandt scored again shortly after the break. The match ended 2-1.")
    conflicts, _ = two_article_conflicts(text, text)
    assert [c for c in conflicts if c.kind == "order"] == []


def test_an_order_the_other_article_tells_too_takes_no_side():
    first = ("The bank collapsed after regulators seized its assets. "
             "Regulators seized the assets only after the bank had collapsed, the report says.")
    conflicts, _ = two_article_conflicts(first, "The bank collapsed before regulators seized its assets.")
    assert [c for c in conflicts if c.kind == "order"] == []
    # told once, the same disagreement stands
    conflicts, _ = two_article_conflicts("The bank collapsed after regulators seized its assets.",
                                         "The bank collapsed before regulators seized its assets.")
    assert [c.kind for c in conflicts].count("order") == 1
