"""Lines an outlet writes about itself and its pages (rashomon.comparison.clean, furniture,
promotions): a byline with a newsroom role, a related-news label, an app called an application,
a name and its section across a dash, the outlet's coming content. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from rashomon.comparison.clean import classify_line


@pytest.mark.parametrize("line", [
    "By Ana Reyes, Harbour Post senior correspondent",
    "By Tomas Hale, political editor",
    "By the Valley Ledger editorial team",
    "By Mira Ost and Jon Pell, Eastmere Times business desk",
    "Other news: Velby harbour opens a new quay",
    "More stories: ten walks along the coast",
    "Latest headlines: the ferry timetable for winter",
    "Read all the sport of the region in our application.",
    "Get the scores first on our mobile application.",
    "Eastmere Ramblers' Association - members' bulletin",
    "Harbour Workers' Union – campaign news",
    "The Valley Ledger will publish a full guide to the new parking rules once the council approves them.",
    "The Courier's own garden writer will look back at the show in next week's edition.",
    "Our science desk will return to the story in a special report.",
    "We will publish the full interview in our next edition.",
])
def test_outlet_lines_are_found(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "By the time the rescue team arrived, the fire was out.",
    "By Monday the rescue team had reached the village.",
    "By the editorial board's own count, the paper lost readers.",
    "Other residents said they had heard nothing.",
    "More news is expected from the inquiry.",
    "The application was rejected by the council.",
    "Our application to the council was rejected, the club said.",
    "The ferry company - a family firm",
    "Velby council - a bitter dispute",
    "The commission will publish a full report on the crash next month.",
    "The Herald will publish the documents once the court allows it.",
    "The mayor's own adviser will look at the plan.",
    "Our own engineers will examine the cable.",
    "We will follow the trial closely.",
    "The inquiry's report will look back at the decade of cuts.",
])
def test_story_lines_that_look_like_them_stay(line: str) -> None:
    assert classify_line(line) is None
