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


@pytest.mark.parametrize("line", [
    "Harbour Wire, independent news agency",
    "Kestra Today, the valley's daily",
    "Northmark Voice, our community radio",
])
def test_a_name_and_the_kind_of_outlet_after_a_comma_is_a_masthead(line: str) -> None:
    assert classify_line(line) == "credit: outlet masthead"


@pytest.mark.parametrize("line", [
    "Jane Roe, a reporter at the paper",
    "The mayor, a former journalist, spoke to the radio",
    "Ida Falk, 34, works for the local radio",
])
def test_a_person_described_after_a_comma_stays(line: str) -> None:
    assert classify_line(line) is None


def _cleaned(*lines: str) -> tuple[str, tuple[str, ...]]:
    from rashomon.comparison.clean import clean
    from rashomon.model import Document

    kept, removed = clean(Document(text="\n".join(lines), title="t", source="s"))
    return kept, tuple(r.reason for r in removed)


_BODY = ("The ferry to Velby ran aground on a sandbank on Sunday, the coastguard said.",
         "All forty passengers were taken ashore by lifeboat and no one was hurt.")


@pytest.mark.parametrize("name", [
    "The Velby Lantern",
    "Bulletin of the Eastmere Ferry Users' Association",
    "Harbour First - Ada Lenk for Mayor",
])
def test_a_line_of_names_under_a_sentence_case_headline_is_the_masthead(name: str) -> None:
    kept, reasons = _cleaned("Ferry runs aground off Velby with forty on board", name, *_BODY)
    assert name not in kept and reasons == ("credit: outlet masthead under the headline",)


@pytest.mark.parametrize("lines", [
    # a headline in title case gives no contrast: its next line may be a deck in title case
    ("Ferry Runs Aground Off Velby", "Forty Passengers Rescued By Lifeboat", *_BODY),
    # a line of names further down is the story's (a list, a quoted sign)
    ("Ferry runs aground off Velby with forty on board", *_BODY, "Velby Harbour Office"),
    # a sentence under the headline stays
    ("Ferry runs aground off Velby with forty on board", "Forty passengers were rescued", *_BODY),
])
def test_lines_of_names_elsewhere_stay(lines: tuple[str, ...]) -> None:
    kept, reasons = _cleaned(*lines)
    assert "credit: outlet masthead under the headline" not in reasons


@pytest.mark.parametrize("line", [
    "Dockers' Union Bulletin - 12 June 2025",  # a dash where a header's bar would be
    "Harbour Gazette – 4 March 2025",
])
def test_a_name_ending_in_a_section_or_outlet_noun_and_a_date_across_a_dash_is_a_masthead(line: str) -> None:
    assert classify_line(line) == "credit: outlet masthead"


@pytest.mark.parametrize("line", [
    "Harvest Day - 12 June 2025",  # a name and a date, but no outlet's or section's name
    "Velby - 4 March - The ferry ran aground in the fog, the coast guard said.",
])
def test_a_name_and_a_date_across_a_dash_that_names_no_outlet_stays(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Tenants who are unsure about the new rent can call our advice line on weekdays.",
    "Growers with questions can contact the federation's help desk on 0800 555 017.",
])
def test_the_outlets_helpline_offered_to_its_readers_is_a_contact_line(line: str) -> None:
    assert classify_line(line) == "contact: helpline"


@pytest.mark.parametrize("line", [
    "The council said tenants who needed help could call its advice line.",  # reported, in the past
    "Our helpline took more than 300 calls from tenants on Tuesday.",  # what the line did: news
    "The union set up a help desk for growers who lose their contracts.",
])
def test_a_helpline_the_story_reports_stays(line: str) -> None:
    assert classify_line(line) is None
