"""promotions.promotion(): calls to action and offers scored, the signs of a story line against them."""

from __future__ import annotations

import pytest

from rashomon.comparison.promotions import PROMO_KINDS, promotion


def words(text: str) -> list[str]:
    return text.split()


def reason(text: str) -> str | None:
    return promotion(text, words(text))


def test_nothing_offered_is_never_a_promotion_whatever_the_tone() -> None:
    assert reason("Stay indoors and keep your windows shut.") is None
    assert reason("If you smell gas, call the emergency line.") is None


@pytest.mark.parametrize(
    "line",
    [
        "If you like our reporting, become a member of the Valley Herald today.",  # after a condition
        "To keep reading, log in or create a free account.",  # after a purpose
        "For more stories like this, visit valleyherald.example",  # after "For more ...,"
        "The Valley Herald is the county's weekly paper. To subscribe, visit our website.",  # second sentence
    ],
)
def test_an_imperative_after_an_opening_clause_put_to_the_reader_counts(line: str) -> None:
    assert reason(line) is not None


def test_a_recurring_day_or_a_founding_year_is_no_date_of_an_event() -> None:
    # "every Friday" offers a schedule; a date of an event would count against the line
    assert reason("Get the Valley Herald podcast every Friday.") is not None
    assert reason("Get the Valley Herald podcast on Friday 4 May.") is None
    assert reason("Valley Herald: your town, your paper since 1887.") is not None


def test_the_outlets_own_pages_count_only_while_the_line_speaks_to_the_reader() -> None:
    assert reason("Vote in our poll on the new bridge.") is not None
    assert reason("In this episode of the series, the host recalls her first year.") is None


def test_have_your_say_is_no_reported_speech() -> None:
    assert reason("Have your say in our reader survey.") is not None
    assert reason("Have your say, the mayor said to residents before the vote.") is None


def test_every_kind_has_a_name_and_a_pattern() -> None:
    names = [name for name, _pattern in PROMO_KINDS]
    assert len(names) == len(set(names))
    assert all(pattern.pattern for _name, pattern in PROMO_KINDS)


@pytest.mark.parametrize(
    "line",
    [
        "Sign our petition to save the Old Mill from demolition.",  # a campaign of the outlet
        "Join the Dockworkers' Union today: together we are stronger.",  # recruiting, today
        "Join our readers' club for updates and to share your memories of the mill.",  # a group of the outlet
        "Gazette Plus subscribers can download the full council report as a PDF.",  # a subscriber's offer
        "Watch the Mayor's full speech on Channel Nine tonight at 8 p.m.",  # a broadcast promoted
    ],
)
def test_offers_of_campaigns_groups_subscribers_and_broadcasts_are_promotions(line: str) -> None:
    assert reason(line) is not None


def test_those_offers_reported_as_events_stay() -> None:
    assert reason("More than 4,000 residents signed the petition against the demolition, the council said.") is None
    assert reason("Netflix subscribers can download films since 2016, the company said on Monday.") is None
    assert reason("Workers who join the union today keep their pension rights.") is None


def test_any_promo_is_the_kinds_alternation() -> None:
    """The split test (each top-level alternative behind its needles) answers as the alternation of
    every kind, case ignored."""
    import re

    from rashomon.comparison.promotions import PROMO_KINDS, _any_promo

    whole = re.compile("|".join(f"(?:{p.pattern})" for _kind, p in PROMO_KINDS), re.IGNORECASE)
    lines = [
        "", "The council met on Tuesday.", "Write to us: desk@harbourpost.example", "Read more at harbourpost.example/news",
        "Only £4.99 a month", "3 euros per week for the first year", "Support our journalism today",
        "SUBSCRIBE NOW for 1/2 price", "She paid 40 dollars each day for parking.", "The road reopened at 5/6 of capacity.",
        "Follow us on the usual channels", "It rained every day / every night", "Listen live on 98.4 FM",
        "SIGN UP FOR OUR NEWSLETTER", "Visit harbourpost.example today", "The newsletter editor resigned.", "Our app is free",
    ]
    assert [_any_promo(t) for t in lines] == [bool(whole.search(t)) for t in lines]


def test_top_alternatives() -> None:
    from rashomon.comparison.promotions import _top_alternatives

    assert _top_alternatives(r"\ba|b(c|d)|[|]e|f\|g") == [r"\ba", "b(c|d)", "[|]e", r"f\|g"]
    assert _top_alternatives("[]|]x|y") == ["[]|]x", "y"]


def test_a_broadcast_report_and_a_second_thing_to_watch_on_the_outlets_channel_is_a_promotion() -> None:
    assert reason("Watch the full report and the dramatic footage on Dockside News TV.") is not None
    assert reason("Listen to the interview and the match highlights on Radio Harbour.") is not None
    assert reason("Investigators will watch the report and the footage again before ruling.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Not yet a member? Join the federation online in ten minutes.",
        "Not a subscriber yet? Start reading today.",
        "Become a Lantern supporter and keep local reporting free of advertisers.",  # the outlet's name between
        "Join the Tenants' League and help us keep rents fair.",  # the outlet recruits to its cause
    ],
)
def test_a_membership_appeal_is_a_promotion(line: str) -> None:
    assert reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "He was not a member of the board when the contract was signed.",
        "She became a senior member of the federation in 2019.",
        "What you can do: talk to your neighbours, join the league, and come to the meeting on 4 May.",
        "Volunteers will join the search and help the police comb the woods.",
    ],
)
def test_story_lines_about_members_stay(line: str) -> None:
    assert reason(line) is None
