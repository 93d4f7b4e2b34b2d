"""Shares told as fractions without "of" (claims/number_phrases.py ``bare_shares``, through
``find_quantities``). Invented sentences."""

from rashomon.comparison.claims.numbers import find_quantities


def _read(text):
    return [(round(q.value, 1), q.unit, q.qualifier, q.counted) for q in find_quantities(text)]


def test_half_before_a_determiner_is_a_share_of_what_it_names():
    assert _read("Half the orchards were flooded.") == [(50.0, "%", "", "orchards")]
    assert _read("the strike closed nearly half its depots") == [(50.0, "%", "nearly", "depots")]


def test_a_fraction_after_to_is_an_amount():
    assert _read("the quota was reduced to a quarter, officials said") == [(25.0, "%", "", "")]
    assert _read("The herd shrank to about half over the winter.") == [(50.0, "%", "about", "")]


def test_a_change_told_as_a_fraction_is_left_unread():
    assert _read("Ticket sales dropped by about a third over the winter.") == []
    assert _read("The mill cut its staff by half.") == []


def test_a_qualified_fraction_at_a_stop_is_an_amount():
    assert _read("Turnout in the valley reached almost two thirds.") == [(66.7, "%", "almost", "")]


def test_a_hyphened_fraction_is_a_share_wherever_it_stands():
    # after a copula the word past the share is a predicate, no thing counted
    assert _read("The tunnel is roughly one-third finished.") == [(33.3, "%", "roughly", "")]
    assert _read("a one-third stake in the tunnel") == [(33.3, "%", "", "stake")]
    assert _read("a three-quarters majority of the board") == [(75.0, "%", "", "majority")]


def test_a_rounded_fraction_reads_as_about():
    (q,) = find_quantities("Exports fell to a fifth.")
    assert q.low < 20 < q.high


def _shares(text):
    return [q.text for q in find_quantities(text) if q.unit == "%"]


def test_ordinals_spans_clock_times_and_round_figures_are_no_shares():
    for text in (
        "The mayor won a third term.", "Two riders fell and a third is still missing.", "The contract went to a third party.",
        "They waited for half an hour.", "Half the time the lift was broken.", "She left at half past nine.",
        "a day and a half of talks", "half a million visitors", "Flags flew at half-mast.", "the second half of the match",
    ):
        assert _shares(text) == [], text


def test_a_share_with_of_is_read_once():
    assert _read("Half of the orchards were flooded.") == [(50.0, "%", "", "orchards")]
