"""A press release's and a campaign page's own lines (rashomon.comparison.furniture, clean, promotions):
a dateline of a name and a date, notes to editors, the sender after "Statement of", a paid-for notice,
a masthead's "news from the campaign", another article "Also in" the outlet, a help line's number given
after a colon. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from rashomon.comparison.clean import classify_line


@pytest.mark.parametrize("line", [
    "Brenmouth, 14 March 2026",
    "Quarry Trade Weekly, 9 October",
    "Coastal Water Board | Dunmere, 2 June 2026",
    "Notes to editors: The Board is the national regulator for drinking water.",
    "Note for editors - the Board publishes its annual report in May.",
    "Statement of the Harbour Pilots' Association (HPA), Dunmere",
    "Press release from the Valley Tenants Alliance",
    "Paid for by the Committee to Elect Ruth Penhale.",
    "Dunmere Tenants Union - news from the campaign",
    "Also in the Valley Courier: Ten walks for a wet weekend",
    "A helpline for families has been set up: +44 555 0142 (open 24 hours).",
])
def test_release_and_campaign_lines_are_removed(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Monday, 14 March 2026",
    "Tue, 14 Mar 2026",
    "Statement by Ruth Penhale",
    "The vote, 14 March",
    "In Brenmouth, 14 March",
    "Statement by the Water Board on the leak at the Dunmere works",
    "Also on Monday: the minister resigned.",
    "Thousands joined the march on Saturday.",
    "A helpline has been set up for 2,000 families after the flood.",
    "The council said its helpline was busy: 0800 555 0100.",
    "Supported by the mayor, the plan passed.",
])
def test_story_lines_stay(line: str) -> None:
    assert classify_line(line) is None
