"""Tallies and their parts (conflicts/values.py): a part of the tallied, the occasion and the names of
a tally, a headline figure told again in the body, a count still in hospital."""

from rashomon.comparison.claims import extract_claims
from tests.conftest import conflicts_of, make_article


def _numbers(*texts):
    return [c for c in conflicts_of(*texts) if c.kind == "number"]


def test_a_smaller_count_of_a_qualified_noun_may_be_a_part():
    # "two large aftershocks" can be two of "at least five aftershocks": both hold
    assert not _numbers(
        "Residents of Tolva felt two large aftershocks on Monday.",
        "Residents of Tolva felt at least five aftershocks on Monday.",
    )
    # the larger count qualified is no part of the smaller: "four rare stamps" / "three stamps"
    numbers = _numbers(
        "Burglars took three stamps from the Pellin postal museum on Monday.",
        "Burglars took four rare stamps from the Pellin postal museum on Monday.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"3", "4"}]


def test_a_small_figure_of_something_else_does_not_hide_a_disagreement():
    # a1's "at least four" counts the gang and its "two windows" a ban: neither is the other side's figure
    stolen = _numbers(
        "Burglars stole three sculptures from the Vellmar gallery early on Saturday. "
        "Police say they are hunting a gang of at least four.",
        "Burglars made off with four sculptures from the Vellmar gallery early on Saturday, the police said.",
    )
    assert [{s.normalized for s in c.sides} for c in stolen] == [{"3", "4"}]
    goals = _numbers(
        "The striker has scored six goals in 20 matches for Ostra this season. "
        "The league barred Ostra from signing players for the next two windows.",
        "The striker has scored just twice in 20 matches for Ostra this season.",
    )
    assert [{s.normalized for s in c.sides} for c in goals] == [{"6", "2"}]


def test_a_figure_told_with_the_same_act_still_shows_two_quantities():
    # a2 tells a1's two dead (the same act: "dead" / "killing") and another shooting's three:
    # two events, not two versions of one, though its two counts "workers" and a1's nothing
    conflicts = _numbers(
        "The clerk accused of shooting three colleagues at the Halvor depot, killing two of them, goes on trial on Monday.",
        "Prosecutors say the gunfire in May left two workers dead. "
        "Last year a gunman opened fire at a school in Dorn, killing three.",
    )
    assert not conflicts


def test_a_headline_figure_told_again_in_the_body_stands_on_the_body():
    # the headline's twelve disagrees with a2's nine; a1's body tells the twelve again: it joins
    # the headline's side, and the finding stands on the body sentence
    from rashomon.comparison.conflicts.common import Disagreement
    from rashomon.comparison.conflicts.merging import merge
    from rashomon.comparison.conflicts.sides import body_sides
    from rashomon.comparison.conflicts.values import number_side

    claims = extract_claims([
        make_article("a1", "Twelve climbers rescued from Mount Orla\nRescuers reached 12 climbers near the summit on Sunday."),
        make_article("a2", "Nine climbers were rescued from Mount Orla on Sunday."),
    ])
    numbers = {}
    for c in claims:
        numbers.setdefault(c.article, []).extend((c, v) for v in c.values if v.kind == "number")
    (head, twelve), (body, _), (other, nine) = [(c, v) for c in claims for v in c.values if v.kind == "number"]
    found = Disagreement("number", "how many", number_side(head, twelve), number_side(other, nine))
    joined = body_sides([found], numbers)
    assert [(g.a.claim.id, g.b.claim.id) for g in joined] == [(head.id, body.id)]
    (conflict,) = merge([found], joined, {"a1": "a1", "a2": "a2"})
    assert {s.sentence for s in conflict.sides} == {body.id, other.id}


def test_the_occasion_of_a_tally_is_no_tally_of_its_own():
    # "during the evacuation" says when the passengers were hurt: both count the hurt
    numbers = _numbers(
        "The jet landed in Orsk after the fire. Nine passengers were treated for light injuries, mostly bruises.",
        "The jet landed in Orsk after the fire. 11 persons who were lightly hurt during the evacuation went to a clinic.",
    )
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"9", "11"}


def test_the_names_of_a_tally_do_not_carry_it_out_of_reach():
    from rashomon.comparison.conflicts.values import tally_of
    from rashomon.model import Claim, Value

    text = "27 were taken to Orbeck Central and St Ivo's hospitals on Monday."
    claim = Claim(id="a1.s1", article="a1", sentence="a1.s1", text=text, start=0, end=len(text))
    figure = Value(kind="number", text="27", normalized="27", start=0, end=2)
    assert tally_of(claim, figure) == {"hospital"}


def test_a_part_whose_own_verb_is_the_tally_counts_the_tallied():
    # "two of its guards were wounded" counts the wounded as "three guards were wounded" does
    numbers = _numbers(
        "The coastguard said a storm hit the harbour overnight and that two of its sailors were injured.",
        "The storm hit the harbour overnight and three coastguard sailors were injured.",
    )
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"2", "3"}


def test_a_part_of_the_tallied_is_still_a_part():
    # "two of the injured were sailors": the tally is the whole, the part counts sailors
    assert not _numbers(
        "The storm hit the harbour overnight, and two of the injured were sailors.",
        "The storm hit the harbour overnight and nine people were injured.",
    )


def test_a_count_still_in_hospital_is_not_the_count_taken_there():
    # those not yet released are another quantity than those admitted
    from rashomon.comparison.conflicts.figure_roles import is_remaining

    for still in ("five workers are still in hospital", "five workers remain in hospital"):
        assert not _numbers(
            "Forty workers were treated in hospital after the gas leak at the Dunmore plant.",
            f"After the gas leak at the Dunmore plant, {still}.",
        ), still
    assert _numbers(
        "Forty workers were treated in hospital after the gas leak at the Dunmore plant.",
        "After the gas leak at the Dunmore plant, five workers were treated in hospital.",
    )
    claims = extract_claims([make_article("a1", "Five are still in hospital. Forty were treated in hospital.")])
    assert [is_remaining(c, c.values[0]) for c in claims] == [True, False]


def test_who_the_counted_are_between_commas_does_not_cut_off_their_tally():
    # the apposition names the two; the verb after it is still their tally
    assert _numbers(
        "Two men, a lorry driver and a dock worker, were arrested at the harbour of Peltry on Friday.",
        "Four people were arrested at the harbour of Peltry on Friday after the raid.",
    )


def test_a_part_drawn_from_the_injured_counts_the_tally_of_its_own_predicate():
    # "Nine of the injured were taken to hospital" counts those taken to hospital, as "Ten people
    # were rushed to hospital" does; a hospital named with capitals tells the tally as "hospital" does
    numbers = _numbers(
        "A bus hit a wall in Tolvan on Monday. Nine of the injured were taken to Orlen General Hospital, two of them in serious condition.",
        "A bus hit a wall in Tolvan on Monday. Ten people were rushed to Orlen General Hospital.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"9", "10"}]
    # "three of the injured were children" names no second tally: still a part, no side
    assert not _numbers(
        "A bus hit a wall in Tolvan on Monday. Three of the injured were children.",
        "A bus hit a wall in Tolvan on Monday. Ten people were rushed to Orlen General Hospital.",
    )


def test_the_tally_of_a_figure_drawn_from_a_tallied_whole():
    from rashomon.comparison.conflicts.values import tally_of

    claims = extract_claims([make_article("a1", "Nine of the injured were taken to hospital. Nine injured were flown to hospital. Nine of the injured were children.")])
    assert [tally_of(c, c.values[0]) for c in claims] == [frozenset({"hospital"}), frozenset({"hospital"}), frozenset({"injured"})]


def test_what_is_left_after_a_later_event_is_no_count_of_what_is_left_now():
    from rashomon.comparison.conflicts.figure_roles import left_later

    assert not _numbers(
        "The Ferrow Harriers were relegated on Sunday with four races left in the season.",
        "The Ferrow Harriers were relegated on Sunday. After that remain three races in the season.",
    )
    assert not _numbers(
        "The Ferrow Harriers were relegated on Sunday with four races left in the season.",
        "The Ferrow Harriers were relegated on Sunday, and three races will be left after Saturday.",
    )
    # both read now: the counts disagree
    assert _numbers(
        "The Ferrow Harriers were relegated on Sunday with four races left in the season.",
        "The Ferrow Harriers were relegated on Sunday with three races left in the season.",
    )
    claims = extract_claims([make_article("a1", (
        "After the flood, three villagers remain missing. Then remain two races. "
        "The club was fined after the hearing, with four races left."
    ))])
    assert [left_later(c, c.values[0]) for c in claims] == [False, True, False]


def _tally(text: str, figure: str):
    from rashomon.comparison.conflicts.values import tally_of
    from rashomon.model import Claim, Value

    claim = Claim(id="a1.s1", article="a1", sentence="a1.s1", text=text, start=0, end=len(text))
    s = text.index(figure)
    return tally_of(claim, Value(kind="number", text=figure, normalized=figure, start=s, end=s + len(figure)))


def test_a_casualty_word_inside_a_fixed_expression_names_no_tally():
    # the word's role in the expression is no death or injury: "the dead of night", "a dead end"
    assert _tally("Crews moved 12 pickers out of the Varnholt orchard in the dead of night.", "12") == frozenset()
    assert _tally("The 40 volunteers hit a dead end near the Osk ridge.", "40") == frozenset()
    assert _tally("The 9 riders finished in a dead heat at Brallin.", "9") == frozenset()
    assert _tally("Some 30 porters were killing time at the Tarse depot.", "30") == frozenset()
    assert _tally("The 3 finalists left with wounded pride after the Lusk cup.", "3") == frozenset()
    # a longer word that only begins with a casualty word is another word
    assert _tally("The 6 firms missed the deadline set by the Orve council.", "6") == frozenset()
    assert _tally("The 20 coders built a killer app for the Pask fair.", "20") == frozenset()
    # the tally itself is still read, inflected or not
    assert _tally("Guards found 12 pickers dead in the dead of night.", "12") == {"dead"}
    assert _tally("At least 8 people were killed at the Varnholt crossing.", "8") == {"dead"}
    assert _tally("The 5 deaths at the Osk mill shocked the valley.", "5") == {"dead"}
    assert _tally("Some 14 workers were wounded in the blast.", "14") == {"injured"}


def test_figures_told_beside_a_fixed_expression_still_disagree():
    # "moved out in the dead of night" counts no dead: the two figures count the same staff
    numbers = _numbers(
        "Fourteen staff were moved out of the Grellin depot in the dead of night on Tuesday.",
        "Sixteen staff were moved out of the Grellin depot on Tuesday.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"14", "16"}]


def test_a_part_whose_tally_is_followed_by_more_words_counts_the_tallied():
    # "four of our drivers were arrested at the depot": the word after the tally is no adverb of it
    numbers = _numbers(
        "A storm hit the harbour overnight and four of its sailors were injured in the squall, the coastguard said.",
        "A storm hit the harbour overnight and seven coastguard sailors were injured in the squall.",
    )
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"4", "7"}


def test_a_tallied_part_smaller_than_all_the_tallied_people_may_be_some_of_them():
    # "five of our drivers were hurt" may be five of the "14 people injured"; nine of them could not be
    assert not _numbers(
        "A bus overturned in Selbrook on Monday and five of our drivers were injured in the crash, the union said.",
        "A bus overturned in Selbrook on Monday and 14 people were injured in the crash.",
    )
    numbers = _numbers(
        "Police broke up the picket at the Selbrook depot on Monday and nine of our drivers were arrested at the gate, the union said.",
        "Police broke up the picket at the Selbrook depot on Monday and six people were arrested at the gate.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"9", "6"}]


def test_a_tallied_part_of_the_group_the_other_counts_is_still_compared():
    # "two of its sailors were injured in the squall" / "three coastguard sailors were hurt": one group, two counts
    numbers = _numbers(
        "A storm hit the harbour overnight and two of its sailors were injured in the squall, the coastguard said.",
        "A storm hit the harbour overnight and three coastguard sailors were injured in the squall.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"2", "3"}]
