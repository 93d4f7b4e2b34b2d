"""The class of what a figure counts (conflicts/figures.py)."""

from rashomon.comparison.conflicts.figures import DURATION, counted_class
from rashomon.model import Value
from tests.test_conflicts_values import _numbers


def _count(noun: str, unit: str = "") -> Value:
    return Value(kind="number", text="12", normalized="12", start=0, end=2, counted=noun, unit=unit)


def test_people_counted_by_any_word_are_one_class_through_the_thesaurus():
    # "prisoners" and "pensioners" are in no hand class; the thesaurus makes them persons
    assert counted_class(_count("prisoners")) == counted_class(_count("pensioners")) == counted_class(_count("people")) == "people"


def test_hand_classes_stay_finer_than_the_thesaurus():
    assert counted_class(_count("miners")) == "worker"  # a hand class: not merged with people at large
    assert counted_class(_count("injured")) == "injured"
    assert counted_class(_count("hours")) == DURATION
    assert counted_class(_count("ferries")) == counted_class(_count("ferry")) != "people"


def test_a_person_noun_counts_people_not_the_act_it_begins_like():
    # "investigators" begins like "investigation", "rescuers" like "rescued": a person noun stays people
    assert counted_class(_count("investigators")) == counted_class(_count("rescuers")) == "people"
    assert counted_class(_count("detainees")) == counted_class(_count("nationals")) == "people"
    assert counted_class(_count("rescued")) == "rescued"  # an adjective told as a noun keeps its act


def test_people_counted_by_other_words_conflict():
    # "jailed members" / "prisoners": both persons to the thesaurus, one quantity of the deal
    numbers = _numbers(
        "The army will release 14 jailed members of the movement in exchange for the two hostages.",
        "The army will release 40 prisoners in exchange for the two hostages.",
    )
    assert len(numbers) == 1


def test_injuries_count_wounds_not_the_injured():
    # one person may suffer several injuries: "40 injuries" is no count of "35 people were injured"
    assert counted_class(_count("injuries")) != counted_class(_count("injured"))
    assert _numbers(
        "The bus crash caused 40 injuries on the motorway, the police said.",
        "35 people were injured in the bus crash on the motorway, the police said.",
    ) == []
    # injuries against injuries are one quantity
    assert len(_numbers(
        "Doctors treated 40 injuries after the bus crash on the motorway.",
        "Doctors treated 35 injuries after the bus crash on the motorway.",
    )) == 1


def test_a_count_of_times_is_set_only_against_a_count_told_with_its_act():
    from rashomon.comparison.conflicts.figures import count_of_times
    from tests.conftest import conflicts_of

    twice = Value(kind="number", text="twice", normalized="2", start=0, end=5)
    assert count_of_times(twice) and not count_of_times(_count("wolves"))
    numbers = [c for c in conflicts_of(
        "Permits to kill wolves have been granted only twice in the past decade.",
        "FOUR killer wolves that have terrorised the upland farms are to be shot, after the ministry finally agreed on Monday.",
    ) if c.kind == "number"]
    assert not numbers  # how often permits were granted is no count of wolves (nor of the dead)
    scored = [c for c in conflicts_of("Ostrava's striker has scored four goals in 19 games.", "Ostrava's striker has scored just twice in 19 games.") if c.kind == "number"]
    assert scored  # the same act counted: two goals scored, told as times
