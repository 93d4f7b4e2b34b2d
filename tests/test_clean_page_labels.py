"""Page labels in their other shapes (rashomon.comparison.clean, furniture, promotions): a read-more
label as machine translation renders it ("To read also:"), a byline with its section across a bar, the
outlet's own webinar with a link to register. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from rashomon.comparison.clean import classify_line


@pytest.mark.parametrize("line", [
    "To read also: Orvel ferries raise their fares for the winter",
    "To see also: the ten oldest bridges of the valley",
    "Also to read: Dunmarsh council votes on new bus lanes",
    "Also see: how the port grew in a decade",
    "Read too: The harvest festival returns to Pellby",
])
def test_translated_read_more_labels_are_found(line: str) -> None:
    assert classify_line(line) == "navigation: read-more link"


@pytest.mark.parametrize("line", [
    "Posted by Ferrow Stand Editorial | Match reaction",
    "By Lena Corbet | Court report",
    "Written by Tamsin Vell | Transfer talk",
])
def test_byline_with_section_is_found(line: str) -> None:
    assert classify_line(line) == "credit: byline"


@pytest.mark.parametrize("line", [
    "Orchard Trade Weekly will host a webinar on cold storage for growers on 12 March. Register at otweekly.example/live",
    "The Dale Farmer hosts a masterclass on hedge laying on 3 October. Book your place at dalefarmer.example/events",
])
def test_outlet_webinar_with_registration_is_found(line: str) -> None:
    assert classify_line(line) is not None and classify_line(line).startswith("promo:")


@pytest.mark.parametrize("line", [
    "To read also the small print, the inspectors needed three weeks.",
    "To read too much into the vote would be a mistake, the mayor said.",
    "Also read out at the hearing was a letter from the former director.",
    "Read too quickly, the notice seemed to close the whole market.",
    "By the end of the day | the bridge had reopened to traffic",
    "By Monday the ferry service had resumed, the operator said.",
    "The ministry will host a workshop for teachers on 4 May, officials said.",
    "The agency will hold a webinar for exporters on 8 June to explain the new customs forms.",
    "The union plans to run its own workshops on safety at the depot next month.",
])
def test_story_lines_stay(line: str) -> None:
    assert classify_line(line) is None
