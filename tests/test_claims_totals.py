"""A figure read as a running total over several occasions (claims/totals.py)."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.claims.totals import running_span, summed
from tests.conftest import make_article


def _read(text):
    """figure text -> (running span, summed) for each number the sentence states."""
    claim = extract_claims([make_article("a1", text)])[0]
    return {v.text: (running_span(claim, v), summed(claim, v)) for v in claim.values if v.kind == "number"}


def test_occasions_counted_up_to_now_make_a_running_total():
    read = _read("In their three patrols so far, the coast guard crews have seized 22 shotguns.")
    assert read["22"][0] == ("occasions", "3", "patrol")
    assert read["three"][0] is None  # the occasions are no total of their own
    read = _read("Since the verdict, more than 80 arrests have been made over five nights of rioting in Harwick.")
    assert read["80"][0] == ("occasions", "5", "night")
    assert read["five"][0] is None


def test_a_season_still_running_makes_a_running_total_only_with_a_present_verb():
    assert _read("Dunmore has caught 31 passes for 420 yards this season.")["420"][0] == ("period", "season")
    # "this season" names when one game was played: "was held" tells no sum up to now
    assert _read("In the first meeting this season, Dunmore was held to 25 yards.")["25"][0] is None


def test_one_events_toll_so_far_is_no_running_total():
    # "so far" alone names no occasions: the toll of one fire up to now
    read = _read("The blaze has killed four people so far, the county said.")
    assert read["four"] == (None, True)


def test_a_span_of_time_needs_more_than_a_present_verb():
    # the length of a contract, not a sum over eight years
    assert _read("The Herons have offered $90 million over eight years.")["90 million"][0] is None
    assert _read("At least 40 people have been hurt over the past six days.")["40"][0] == ("occasions", "6", "day")


def test_a_figure_of_another_part_of_the_sentence_is_no_part_of_the_total():
    read = _read("Dunmore has run for 300 yards this season, but on Sunday he had 45 yards on eight carries.")
    assert read["300"][0] == ("period", "season")
    assert read["45"] == (None, False)
    read = _read("Over three summers the divers have raised 2,100 coins, which dealers value at 4 million crowns.")
    assert read["2,100"][0] == ("occasions", "3", "summer")
    assert read["4 million"][0] is None
