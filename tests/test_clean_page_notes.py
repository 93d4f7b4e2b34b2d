"""Furniture of live blogs, radio and club sites, NGO, magazine and markets pages, and the notes put around
sensitive stories (rashomon.comparison.furniture, clean, promotions). Sentences invented for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rashomon.comparison.clean import classify_line

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("line", [
    "Live", "LIVE NOW", "Load more updates", "Older posts", "« Prev 4 5 6 Next »", "Embed video", "See deals",
    "Pin this for later", "Official partners", "Editor's picks", "Tap to unmute", "Press to play",
    "This audio cannot be played", "Video unavailable",
    "Est reading time: 4 minutes",
    "Story filed: 07:15 GMT",
    "Sports desk | 3 May 2027", "Team News | League Two | Tuesday 9 March",
    "Kim Ode | Valley Radio | Updated June 2, 2027 at 8:10 PM CDT",
    "As heard on Valley Drive",
    "The full podcast will be available on our website from Friday.",
    "Match highlights are now online.",
    "This blog has now ended.",
    "Viewer advisory: some scenes may upset",
    "Note: this video contains flashing images.",
    "Warning: this story contains details of how the victims were killed.",
    "Anyone struggling with these issues can call Harbourline free, day or night.",
    "This report is subject to a court order.",
    "The Valley Herald adheres to the editors' code of practice.",
    "The Courier is a member of the independent press complaints body.",
    "Our recommendations are always impartial.",
    "Harbour Aid is a humanitarian charity working with displaced families across the country.",
    "Gifts to the appeal are fully tax-deductible.",
    "Capital at risk.", "Trading carries a high level of risk.", "Prices delayed by 20 minutes.",
    "Weather data supplied by Skyline Forecasts.",
    "Together we stand.", "A wage for one is a wage for all.",
    "Send us your pictures of the snow: pics@valleyherald.example",
    "With reporting from Ana Ruiz and Tom Bell",
    "Get instant alerts on every goal with the club app.",
    "Who will win the title? Vote now.", "Rate the candidates in our poll below.",
    "Passes for the festival are available now. Book today.",
])
def test_page_notes_are_removed(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Live music returned to the square on Saturday.",
    "Older residents were moved first.",
    "Next year the plan will be reviewed.",
    "The partners of the firm met on Monday.",
    "Click-through rates fell after the change.",
    "The video could not be played in court because of a fault.",
    "Heard on the radio, the warning seemed vague, residents said.",
    "The footage was shown to the jury on Tuesday.",
    "The audio will be released when the inquiry ends, a spokesman said.",
    "The blog's author was arrested in March.",
    "Anyone with information should call police on 101, officers said.",
    "The charity is a member of the regional health board.",
    "The union is a member of the national federation.",
    "The trust is an independent charity, its chairman said.",
    "Donations to the appeal reached 40,000 pounds.",
    "Past performance suggested the shares would recover.",
    "Investors lost money when the shares fell.",
    "Together, the two clubs raised 12,000 pounds.",
    "A vote for Kemp is a vote for change, her leaflets said.",
    "Send us the money, the caller demanded.",
    "Reporting from the port was restricted by police.",
    "Passes for the festival sold out in an hour.",
    "The clinic follows guidance from the health regulator.",
    "Harbour Aid is the biggest charity working across Eastmoor.",
    "People struggling with energy bills can contact the council for advice.",
    "Footage of the crash is online.",
    "Seen on Monday",
])
def test_story_lines_stay(line: str) -> None:
    assert classify_line(line) is None


def test_the_checklist_second_rows_fixing_half_passes_and_keeps_every_story_line() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests"))
    from boilerplate_checklist import ROWS19, halves, score

    parts = halves(ROWS19)
    fixing, _ = score(parts["fixing"])
    held, _ = score(parts["held-out"])
    assert fixing["found"] == fixing["boiler"]
    assert fixing["lost"] == 0 and held["lost"] == 0
    assert fixing["context_lost"] == 0 and held["context_lost"] == 0
