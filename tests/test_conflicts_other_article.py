"""A disagreement dropped because one side's own article agrees with the other side
(conflicts/__init__.py, ``_other_article_agrees``)."""

from tests.conftest import conflicts_of


def _figures(conflicts):
    return [{s.normalized for s in c.sides} for c in conflicts if c.kind == "number"]


def test_a_vague_figure_beside_the_sides_own_figure_backs_neither_side():
    # "thousands of passengers" fits 30,000 and 18,000 alike: the second article still says 18,000
    conflicts = conflicts_of(
        "The ferry line says it carries about 30,000 passengers a week on the island route.",
        "The ferry line says it carries about 18,000 passengers a week on the island route. "
        "Thousands of passengers rely on the boats in winter, when the bridge shuts.",
    )
    assert {"30000", "18000"} in _figures(conflicts)


def test_the_other_sides_exact_figure_in_the_same_article_still_drops_it():
    # the second article itself also gives 30,000 passengers: two quantities, not two versions
    conflicts = conflicts_of(
        "The ferry line says it carries about 30,000 passengers a week on the island route.",
        "The ferry line says it carries about 18,000 passengers a week on the island route. "
        "In summer about 30,000 passengers a week ride the boats, the operator added.",
    )
    assert not _figures(conflicts)


def test_an_open_bound_fitting_both_figures_still_drops_it():
    # "more than 10,000" is no order of magnitude in words: it keeps the earlier reading
    conflicts = conflicts_of(
        "The ferry line says it carries about 30,000 passengers a week on the island route.",
        "The ferry line says it carries about 18,000 passengers a week on the island route. "
        "More than 10,000 passengers rely on the boats in winter, when the bridge shuts.",
    )
    assert not _figures(conflicts)


def test_an_order_of_magnitude_in_words_is_a_bounded_span_without_a_digit():
    from rashomon.comparison.claims import find_quantities
    from rashomon.comparison.conflicts import _magnitude_word

    def first(text):
        return find_quantities(text)[0]

    assert _magnitude_word(first("Thousands of fans queued outside the stadium."))
    assert _magnitude_word(first("Dozens of boats sheltered in the harbour."))
    assert not _magnitude_word(first("About 9,000 fans queued outside the stadium."))
    assert not _magnitude_word(first("Six boats sheltered in the harbour."))
    assert not _magnitude_word(first("More than 200 fans queued outside the stadium."))


def test_a_sides_own_figure_told_again_backs_neither_side():
    # the first article's lead tells its headline's "about 2,300" again; that figure fits the second
    # article's open "up to 4,000" loosely, but it is the first side's own figure, not the second's
    conflicts = conflicts_of(
        "Harlow Rail to shut two depots and cut about 2,300 jobs\n"
        "Harlow Rail said on Monday it would shut its depots in Brent and Oakley and cut about 2,300 jobs by next spring.",
        "Harlow Rail confirmed on Monday the closure of the Brent and Oakley depots and a cull of up to 4,000 jobs by next spring.",
    )
    assert {"2300", "4000"} in _figures(conflicts)


def test_a_headline_copy_without_its_hedge_backs_neither_side():
    # the second article's headline drops the body's "about" and reads "stolen" after its figure:
    # it is still the second side's own 347 million, not a figure agreeing with the first's 318
    conflicts = conflicts_of(
        "Thieves took about $318 million from the Tarnby freight exchange overnight, the company said on Friday.",
        "Tarnby freight exchange: $347m stolen\n"
        "Thieves took about $347m from the Tarnby freight exchange overnight, the company said on Friday.",
    )
    assert {"318000000 USD", "347000000 USD"} in _figures(conflicts)


def test_a_headline_figure_told_again_is_the_sides_own_figure():
    from rashomon.comparison.claims import find_quantities
    from rashomon.comparison.conflicts import _told_again

    def first(text):
        return find_quantities(text)[0]

    body = first("Thieves took about $44m from the exchange.")
    assert _told_again(first("Exchange: $44m stolen"), body)  # the hedge and a verb read as counted differ in nothing
    assert not _told_again(first("Exchange: $45m stolen"), body)
    assert not _told_again(first("Thieves took about 44m euros from the exchange."), body)  # another unit
    assert not _told_again(first("The exchange lost about $44m in deposits."), first("The exchange lost about $44m in fees."))
